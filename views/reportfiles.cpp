#include "reportfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Signalbox {

namespace {
struct ReportFilesTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ReportFiles)
};
} // namespace

QString askReportPath(QWidget *parent, const QString &settingsKey, const QString &title,
                      const QString &fileName, const QString &filter)
{
    QSettings settings;
    const QString folder
        = settings
              .value(settingsKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path
        = QFileDialog::getSaveFileName(parent, title, folder + u'/' + fileName, filter);
    if (!path.isEmpty())
        settings.setValue(settingsKey, QFileInfo(path).absolutePath());
    return path;
}

bool writeReportText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    if (error) {
        *error = ReportFilesTr::tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

} // namespace Signalbox
