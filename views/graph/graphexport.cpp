#include "graphexport.h"

#include "graphscene.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

namespace Signalbox {

namespace {

void render(GraphScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    // Labels at any scale: an exported picture is read, not navigated.
    scene->setFullDetail(true);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    scene->setFullDetail(false);
}

} // namespace

bool exportGraphPng(GraphScene *scene, const QRectF &source, const QString &path, qreal pixelRatio,
                    QString *error)
{
    const QSize size = (source.size() * pixelRatio).toSize();
    if (size.isEmpty() || size.width() > 32000 || size.height() > 32000) {
        if (error)
            *error
                = GraphScene::tr("Cannot export %1: the picture would be %2 × %3 pixels; zoom in "
                                 "or export SVG.")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(size.width())
                      .arg(size.height());
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(scene->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error
                = GraphScene::tr("Cannot write %1: check that the folder exists and is writable.")
                      .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool exportGraphSvg(GraphScene *scene, const QRectF &source, const QString &path,
                    const QString &title, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = GraphScene::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), probe.errorString());
        return false;
    }
    probe.close();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(GraphScene::tr("Service dependency graph exported by Signalbox"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()),
                         scene->palette().color(QPalette::Base));
        render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return true;
}

} // namespace Signalbox
