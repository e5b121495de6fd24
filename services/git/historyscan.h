#pragma once

#include "domain/history.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Signalbox {

class GitRepository;

// What a repository-wide history scan reads: which folder belongs to which service, which CI
// files build which services, and where the previous scan stopped.
struct HistoryScanRequest
{
    QString revision = QStringLiteral("HEAD");
    QList<ServiceFolder> folders; // which folder belongs to which service
    QHash<QString, QStringList> pipelineFiles; // CI file path -> services it builds (discovery)
    QString sinceCommit; // the tip of the last scan; empty: full scan
};

struct HistoryScanResult
{
    QString tip; // the commit `revision` resolved to
    bool incremental = false; // sinceCommit was an ancestor of tip: commits are only the new ones
    QList<ScannedCommit> commits; // newest first (committer time, like git log)
    QList<ScanProblem> problems; // shallow-clone gaps, missing trees: the rest was still read
    QString error; // nothing readable: unknown revision, not a repository
    bool cancelled = false;
};

// One walk over every commit reachable from request.revision (all parents followed), each
// compared with its first parent (a root commit: all of its files), telling which services each
// commit changed. Runs on the calling thread: call it from a worker with the GitRepository that
// worker owns. Usage:
//
//     HistoryScanRequest request;
//     request.folders = {{u"cart"_s, u"services/cart"_s}, {u"shop"_s, {}}};
//     request.pipelineFiles = {{u".github/workflows/cart.yml"_s, {u"cart"_s}}};
//     HistoryScanResult full = scanHistory(repo, request);
//     request.sinceCommit = full.tip;  // later: only what landed since
//     HistoryScanResult next = scanHistory(repo, request, cancelled, progress);
//
// A changed path belongs to the service with the deepest folder holding it as whole path
// components ("services/cart" does not own "services/cart-ui/x"); a folder "" owns what no
// deeper folder owns. A changed CI file (pipelineSystemOf) counts as a pipeline change of the
// services pipelineFiles lists for it, else of the service owning it by folder.
// Merges list no services, as `git log --name-only` lists no files for them: their changes are
// counted on the commits that the merge brought in, which the walk visits too.
// progress is called every 500 commits; isCancelled before each commit (a cancelled scan returns
// what it found with cancelled set).
HistoryScanResult scanHistory(const GitRepository &repository, const HistoryScanRequest &request,
                              const std::function<bool()> &isCancelled = {},
                              const std::function<void(int commitsDone)> &progress = {});

// How scanHistory compares a commit's tree with its parent's. Only the bench chooses: the
// results are the same, TreeWalk is faster.
enum class TreeComparison { TreeWalk, Libgit2Diff };
HistoryScanResult scanHistory(const GitRepository &repository, const HistoryScanRequest &request,
                              TreeComparison comparison,
                              const std::function<bool()> &isCancelled = {},
                              const std::function<void(int commitsDone)> &progress = {});

} // namespace Signalbox
