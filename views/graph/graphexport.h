#pragma once

#include <QRectF>
#include <QString>

namespace Signalbox {

class GraphScene;

// Writes a part of the scene (usually what the view shows) with every label drawn, whatever
// the zoom. Errors name the file and say what went wrong.
bool exportGraphPng(GraphScene *scene, const QRectF &source, const QString &path, qreal pixelRatio,
                    QString *error);
bool exportGraphSvg(GraphScene *scene, const QRectF &source, const QString &path,
                    const QString &title, QString *error);

} // namespace Signalbox
