#include "osuser.h"

#include <QDir>

namespace Signalbox {

QString osUserName()
{
    // USER on Linux and macOS, USERNAME on Windows; LOGNAME where a login shell set only that.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

} // namespace Signalbox
