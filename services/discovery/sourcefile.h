#pragma once

#include <QByteArray>
#include <QString>

namespace Signalbox {

// One file as a discoverer sees it: the git layer reads it from a commit, tests write it inline.
// Discoverers work on these values only and never touch the disk or the repository.
struct SourceFile
{
    QString repository;
    QString path; // forward slashes, inside the repo
    QByteArray content;
};

} // namespace Signalbox
