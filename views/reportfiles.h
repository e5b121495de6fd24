#pragma once

#include <QString>

class QWidget;

// Where reports go: the save dialog every export opens, and writing a text report.
namespace Signalbox {

// A save dialog opening in the folder of the last export of its kind (remembered under
// settingsKey, Documents the first time). Empty when the person cancels.
QString askReportPath(QWidget *parent, const QString &settingsKey, const QString &title,
                      const QString &fileName, const QString &filter);

// Writes the text as UTF-8, atomically; on failure returns false and says why in *error, naming
// the path.
bool writeReportText(const QString &path, const QString &text, QString *error);

} // namespace Signalbox
