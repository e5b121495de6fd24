#pragma once

#include "domain/discovery.h"
#include "domain/discoveryjson.h"
#include "domain/repositoryscan.h"
#include "pipelinetemplates.h"
#include "sourcefile.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Signalbox {

class GitRepository;

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

// How discoverAtCommit() may reuse an earlier scan of the same repository.
struct DiscoveryPassOptions
{
    // The last scan, and the paths changed since its commit: a format none of whose files
    // changed is taken from it, not read again; CI definitions and templates are read again when
    // a CI file or the services found changed. Without changedPaths everything is read.
    const RepositoryScan *previous = nullptr;
    std::optional<QStringList> changedPaths;
    // A repository that is one service's: every CI definition in it builds that service.
    QString repositoryService;
    PipelineTemplateOptions templateOptions;
    std::function<bool()> isCancelled;
    std::function<void(int done, int total)> progress; // files read
};

struct DiscoveryPass
{
    QMap<QString, DiscoveryResult> formats; // catalog, compose, kubernetes, ci
    DiscoveryResult result; // merged, with the tree's own problems
    QList<ServiceTemplates> templates;
    QString ciContext; // see RepositoryScan::ciContext
    int filesRead = 0;
    int formatsRead = 0; // formats (and "ci") read again rather than reused
    QString error; // the tree could not be listed
    bool cancelled = false;
};

// One repository's services, dependencies, CI definitions and templates at a commit.
DiscoveryPass discoverAtCommit(const GitRepository &repository, const QString &commit,
                               const DiscoveryPassOptions &options = {});

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
