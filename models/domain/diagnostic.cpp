#include "diagnostic.h"

#include "tr.h"

#include <QDir>

namespace Signalbox {

QString Diagnostic::toString() const
{
    QString where = QDir::toNativeSeparators(origin);
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    const QString level
        = severity == Severity::Error ? ModelsTr::tr("error") : ModelsTr::tr("warning");
    QString text = where + QLatin1String(": ") + level + QLatin1String(": ");
    if (!key.isEmpty())
        text += key + QLatin1String(": ");
    return text + message;
}

} // namespace Signalbox
