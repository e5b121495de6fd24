#pragma once

#include <QByteArray>
#include <QString>

namespace Signalbox {

struct SourceFile
{
    QString repository;
    QString path; /* forward slashes, inside the repo */
    QByteArray content;
};

} // namespace Signalbox
