#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Signalbox {

// One file handed to a format discoverer: what discoverRepository() read from the tree of the
// scanned commit (never from a working tree). A discoverer is a pure function of these:
//
//     DiscoveryResult discoverCompose(const QList<SourceFile> &files);
//
// It gets every file its `wants` predicate accepted (see FormatDiscoverer in discovery.h), all at
// once, so that files that belong together (compose files layered with an .env) are seen
// together. Files over 1 MB, binary files, symlinks leaving the repository and submodules never
// reach a discoverer: the frame reports them as ScanProblems. Evidence and ScanProblems a
// discoverer makes take `repository` and `path` from here, and 1-based lines of `content`.
struct SourceFile
{
    QString repository; // the repository's folder as given to the scan
    QString path; // inside the repository, with forward slashes ("services/cart/compose.yaml")
    QByteArray content; // the blob's bytes, as committed; UTF-8 text in practice

    bool operator==(const SourceFile &) const = default;
};

} // namespace Signalbox
