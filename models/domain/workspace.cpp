#include "workspace.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Signalbox {

QString Workspace::resolvePath(const QString &relativeOrAbsolute) const
{
    if (QDir::isAbsolutePath(relativeOrAbsolute) || relativeOrAbsolute.startsWith(u':'))
        return relativeOrAbsolute;
    return QFileInfo(filePath).dir().filePath(relativeOrAbsolute);
}

} // namespace Signalbox
