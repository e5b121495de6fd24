#pragma once

#include "domain/discovery.h"
#include "sourcefile.h"

#include <QList>
#include <QString>

#include <functional>

namespace Signalbox {

// A discoverer of one file format, as a row of a table: which files it reads, and a pure function
// from those files to what it found. To add one (compose, Kubernetes, Helm), write
// `DiscoveryResult discoverX(const QList<SourceFile> &files)` beside the catalog discoverer and add
// a row to formatDiscoverers() in discovery.cpp; the frame lists the tree once, reads every file
// once even when several discoverers want it, and merges the results.
struct FormatDiscoverer
{
    QString name; // for logs: "catalog", "compose", …
    std::function<bool(const QString &path)> wants;
    std::function<DiscoveryResult(const QList<SourceFile> &files)> discover;
};

// The discoverers discoverRepository() runs, in order. The Backstage catalog comes first because
// it is the reference: where two discoverers name the same service or edge, the first one's
// fields win and the later ones add their evidence.
QList<FormatDiscoverer> formatDiscoverers();

// Merges `more` into `into`: services by name, dependencies by (consumer, provider); the entry
// already there keeps its fields, fills the empty ones from the newcomer and gains its evidence.
void mergeDiscovery(DiscoveryResult &into, const DiscoveryResult &more);

// Stable words for JSON and tables: catalog, compose, kubernetes, helm, ci.
QString toWord(DiscoveryOrigin origin);
// github-actions, gitlab-ci, jenkins, tekton, circleci.
QString toWord(DiscoveredPipeline::System system);

// Reads one local repository (with a working tree or bare) at a revision, without a checkout:
// lists the tree once, hands each format discoverer the files it wants, then finds the CI
// definitions and what they build (discoverPipelines()). Nothing is fatal: a path that is not a
// repository, an unknown revision, invalid YAML, big, binary or missing files and symlinks leaving
// the repository are ScanProblems, and the rest is still read. A cancelled scan returns what it
// found so far. progress(done, total) counts the files read.
// Runs on the calling thread; call it from a worker.
DiscoveryResult discoverRepository(const QString &repositoryPath,
                                   const QString &revision = QStringLiteral("HEAD"),
                                   std::function<bool()> isCancelled = {},
                                   std::function<void(int, int)> progress = {});

} // namespace Signalbox
