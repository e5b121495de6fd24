#include "storeerror.h"

#include "domain/tr.h"

#include <QDir>

namespace Signalbox {

StoreError::StoreError(Kind kind, const QString &path, const QString &detail)
    : std::runtime_error(QString(path + QLatin1String(": ") + detail).toStdString())
    , m_kind(kind)
    , m_path(path)
    , m_detail(detail)
{ }

QString StoreError::message() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (m_kind) {
    case Kind::CannotOpen:
        return ModelsTr::tr("Cannot open the cache database %1: %2").arg(file, m_detail);
    case Kind::Corrupt:
        return ModelsTr::tr("The cache database %1 is damaged (%2). It can be rebuilt from the "
                            "sources; the damaged file is kept beside it.")
            .arg(file, m_detail);
    case Kind::NewerSchema:
        return ModelsTr::tr("The cache database %1 was written by a newer version of Signalbox "
                            "(%2). It was left untouched; update Signalbox to open it.")
            .arg(file, m_detail);
    case Kind::Busy:
        return ModelsTr::tr("The cache database %1 is locked by another program: %2")
            .arg(file, m_detail);
    case Kind::Failed:
        break;
    }
    return ModelsTr::tr("The cache database %1 reported an error: %2").arg(file, m_detail);
}

} // namespace Signalbox
