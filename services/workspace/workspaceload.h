#pragma once

#include "analysis/analysis.h"
#include "analysis/discoveryoverview.h"
#include "domain/workspace.h"
#include "graph/graphdata.h"
#include "store/snapshot.h"
#include "store/storeerror.h"

#include <atomic>
#include <memory>
#include <optional>

namespace Signalbox {

struct LoadRequest
{
    QString workspacePath;
    QString cacheDirectory; // where the per-workspace cache databases live
    bool rebuildCache = false; // set the existing cache aside (never deleted) and start afresh
    EpochMs now = NoTime; // NoTime: the current time
    // Set by the loader when a newer request supersedes this one: the load stops before its next
    // write and reports itself cancelled.
    std::shared_ptr<std::atomic_bool> cancelled;
    // Which sources the load runs. The window reads only local ones (files) while loading and
    // leaves network sources to the sync engine, so opening never waits for a server.
    enum class Sources { All, LocalOnly, None };
    Sources sources = Sources::All;

    bool isCancelled() const { return cancelled && cancelled->load(); }
};

struct LoadResult
{
    QString workspacePath;
    QString cachePath;
    Workspace workspace;
    bool workspaceReadable = false;
    Diagnostics diagnostics; // the workspace's and every source's problems
    SnapshotPtr snapshot; // null when the cache could not be used
    AnalysisSummaryPtr analysis; // triage and readiness for the last environment, with the snapshot
    GraphDataPtr graph; // the same, shaped for the graph view
    DiscoveryOverviewPtr discovery; // the repositories' findings, decisions, templates, history

    std::optional<StoreError::Kind> cacheError;
    QString cacheErrorMessage; // translated, names the file
    QString setAsideCachePath; // where a damaged cache was moved by a rebuild

    qint64 elapsedMs = 0;
    bool cancelled = false; // superseded by a newer request; nothing after that point was written

    bool ok() const { return workspaceReadable && snapshot != nullptr; }
};

// The cache database a workspace uses: one file per workspace path, in cacheDirectory.
QString cachePathFor(const QString &workspacePath, const QString &cacheDirectory);

// Moves a cache database (and its WAL files) aside as "<name>.damaged-<time>"; returns the new
// path, or an empty string when there was nothing to move.
QString setCacheAside(const QString &cachePath, EpochMs now);

// Parses the workspace, opens (or migrates) its cache, runs every source and writes what they
// bring through Store::ingest, then reads a snapshot. Blocking: call it on a worker thread.
// Never throws; a broken source is reported and skipped, and keeps what it brought before.
LoadResult loadWorkspace(const LoadRequest &request);

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::LoadResult)
