#include "buildinfo.h"

#include <QtGlobal>

#include <git2.h>
#include <sqlite3.h>
#include <yaml-cpp/yaml.h>

namespace Signalbox {

QString libraryVersions()
{
    int major = 0, minor = 0, revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return QStringLiteral("Qt %1, SQLite %2, libgit2 %3.%4.%5")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()))
        .arg(major)
        .arg(minor)
        .arg(revision);
}

} // namespace Signalbox
