#pragma once

#include "entities.h"

namespace Signalbox {

// What one sync cost, for the Sources panel and the benchmark.
struct SyncStats
{
    int requests = 0;
    int notModified = 0; // answered 304: nothing was transferred
    int retries = 0;
    qint64 bytes = 0;
};

// What the Sources panel shows about one source: kept by the sync engine, plain data here so the
// item model (models/) and the engine (services/) share it.
struct SourceSyncState
{
    QString name;
    QString kind;
    QString displayName; // the kind's, translated
    bool network = false;
    bool syncing = false;
    bool watching = false; // following changes as they happen (a Kubernetes watch)
    int progressDone = 0;
    int progressTotal = -1; // < 0: indeterminate
    EpochMs lastAttemptAt = NoTime;
    EpochMs lastSuccessAt = NoTime;
    EpochMs lastErrorAt = NoTime;
    QString lastError;
    int failureCount = 0;
    int rateLimitRemaining = -1;
    EpochMs rateLimitResetAt = NoTime;
    EpochMs nextSyncAt = NoTime; // NoTime: only on request (local sources)
    SyncStats lastStats;
    qint64 lastElapsedMs = -1;

    // Failing since its last success: what it shows is kept but may be old.
    bool isStale() const { return lastErrorAt != NoTime && lastErrorAt >= lastSuccessAt; }
};

} // namespace Signalbox
