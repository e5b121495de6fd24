#pragma once

#include "domain/workspace.h"
#include "sources/source.h"
#include "store/store.h"

namespace Signalbox {

struct SourceSyncOptions
{
    EpochMs now = NoTime; // NoTime: the current time
    std::function<bool()> isCancelled = [] {
        return false;
    };
    std::function<void(int done, int total)> progress = [](int, int) {
    };
    HttpTuning http;
    // A manual refresh (F5, `signalbox sync`) runs even while the source backs off.
    bool ignoreBackoff = false;
    int intervalMs = 5 * 60'000; // the periodic refresh; the backoff never waits less
};

struct SourceSyncOutcome
{
    QString source;
    bool ran = false; // false: skipped, still backing off until nextAttemptAt
    bool ok = false;
    bool unchanged = false; // succeeded with nothing new
    bool cancelled = false;
    QString error; // translated; names the source's server or file, never the token
    Diagnostics diagnostics;
    IngestCounts counts;
    SyncStats stats;
    int rateLimitRemaining = -1;
    EpochMs nextAttemptAt = NoTime; // after a failure: the backoff
    qint64 elapsedMs = 0;
};

// Runs one source and writes what it brings, with its cursor, HTTP validators and rate limit, in
// one transaction; or, when it fails, keeps everything it brought before and records the failure
// with an exponential backoff (with jitter, never before the server's Retry-After). Blocking:
// call it on a worker thread, with a Store opened on that thread. Never throws for a source's
// failure; a damaged cache (StoreError::Corrupt) is rethrown.
SourceSyncOutcome syncSource(Store &store, const Workspace &workspace, const SourceConfig &config,
                             const SourceSyncOptions &options);

// Whether the source's kind can follow changes (WatchingSource) and its settings do not turn that
// off (`watch: false`).
bool canWatch(const SourceConfig &config);

struct WatchProgress
{
    IngestCounts counts; // of this delivery
    int diagnostics = 0;
    qint64 writeMs = 0; // the delivery's transaction
};

// Follows a watching source's changes from where its last sync ended (its cursor), writing each
// delivery in one transaction with the cursor it carries, until options.isCancelled() (returns an
// empty string) or the source stops with a problem (returns it, translated, naming the source and
// never the token). onDelivered runs on this thread after each written delivery. Blocking, like
// syncSource; a damaged cache (StoreError::Corrupt) is rethrown.
QString watchSource(Store &store, const Workspace &workspace, const SourceConfig &config,
                    const SourceSyncOptions &options,
                    const std::function<void(const WatchProgress &)> &onDelivered);

// The backoff after the failureCount-th failure in a row: 30 s doubling to at most 30 minutes
// (or the refresh interval, if longer), ±20 % jitter so that many sources failing together do
// not retry together, and never before notBefore.
EpochMs nextAttemptAfterFailure(int failureCount, EpochMs now, EpochMs notBefore, int intervalMs,
                                double jitter01);

} // namespace Signalbox
