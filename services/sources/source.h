#pragma once

#include "domain/diagnostic.h"
#include "domain/sourcedescription.h"
#include "domain/syncstate.h"
#include "store/ingestbatch.h"

#include <QCoreApplication>
#include <QtPlugin>

#include <functional>
#include <memory>

namespace Signalbox {

struct SourceConfig;
struct Workspace;

// How patient a network source is. The defaults suit real servers; tests shorten the waits.
struct HttpTuning
{
    int connectTimeoutMs = 15'000; // until the response headers arrive
    int readTimeoutMs = 30'000; // longest silence while the body arrives
    qint64 maxBodyBytes = 32LL * 1024 * 1024; // a larger answer is refused, not buffered
    int maxAttempts = 4; // for server errors, dropped connections and short rate-limit waits
    int retryBaseDelayMs = 1'000; // doubled per attempt, with jitter
    int maxRetryWaitMs = 90'000; // a longer Retry-After fails the sync and sets the backoff
};

struct FetchContext
{
    QString previousCursor; // what this source returned as cursor after its last success
    EpochMs now = NoTime;
    std::function<bool()> isCancelled = [] {
        return false;
    };
    // done of total steps (pages, repositories); total < 0 while the source cannot say.
    std::function<void(int done, int total)> progress = [](int, int) {
    };
    // The secret the workspace points to (keychain or environment), resolved by the caller.
    // Sources send it and never put it into errors, logs or the batch.
    QString token;
    QString tokenOrigin; // "environment variable GITHUB_TOKEN", for messages
    HttpValidators validators; // remembered from the last successful sync
    HttpTuning http;
    // Whether the cache already holds this source's run with that id, from an earlier sync: a
    // source whose jobs may name such a run asks before reporting the job as an orphan. Answered
    // by the caller from the cache as it was before this fetch, on fetch()'s own thread.
    std::function<bool(const QString &runExternalId)> hasStoredRun = [](const QString &) {
        return false;
    };
};

struct FetchResult
{
    IngestBatch batch; // what to write; the store fills in source name and kind
    Diagnostics diagnostics; // problems with single entries; the rest was still read
    QString error; // set when the source failed as a whole: nothing of it is written
    QString cursor; // remembered for the next fetch
    bool unchanged = false; // nothing new since the cursor: no ingest needed
    HttpValidators validators; // to remember with the batch (only when it is written)
    int rateLimitRemaining = -1;
    EpochMs rateLimitResetAt = NoTime;
    // When the server asked to wait (Retry-After, an exhausted limit): the earliest next attempt.
    EpochMs retryNotBefore = NoTime;
    SyncStats stats;

    bool failed() const { return !error.isEmpty(); }
};

// A place Signalbox reads from. fetch() runs on a worker thread, must not touch the GUI or the
// store, and returns everything by value; the caller writes the batch through Store::ingest, the
// one path every source shares.
class Source
{
public:
    virtual ~Source() = default;
    virtual SourceDescription description() const = 0;
    virtual FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                              const FetchContext &context)
        = 0;
    // Blocking as fetch(); the default says the source has nothing to connect to. Inline, as is
    // all of this class: a plugin built outside Signalbox must not need any of its symbols.
    virtual ConnectionCheck checkConnection(const SourceConfig &, const FetchContext &)
    {
        ConnectionCheck check;
        check.reached = true;
        check.authenticated = true;
        check.message = QCoreApplication::translate(
            "Signalbox::SourceRegistry",
            "This kind of source reads local files; there is no server to connect to.");
        return check;
    }
};

// What a watching source hands over while it follows changes: rows to upsert (keyed as any batch
// is), written by the caller in one transaction per delivery.
struct WatchDelivery
{
    IngestBatch batch;
    Diagnostics diagnostics;
    QString cursor; // when set, remembered as the source's cursor with this delivery
};

// A source that can also follow changes as they happen (Kubernetes watches), implemented beside
// Source by the same class. After a successful fetch the sync engine calls watch() on a thread of
// its own, with the cursor that fetch returned (where the lists ended), and keeps it running.
// watch() blocks until context.isCancelled() (then returns an empty string) or until it meets a
// problem retrying cannot fix (then returns it, naming the server and what is wrong; the engine
// starts it again after a backoff). It calls deliver from one thread at a time, coalescing bursts
// so that a delivery carries many changes (at most about every 250 ms) and never the same row
// twice. Found with dynamic_cast: sources that cannot watch need not know this class.
class WatchingSource
{
public:
    virtual ~WatchingSource() = default;
    virtual QString watch(const SourceConfig &config, const Workspace &workspace,
                          const FetchContext &context,
                          const std::function<void(WatchDelivery &&)> &deliver)
        = 0;
};

// The factory a source plugin exports. Built-in sources are static plugins; others are shared
// libraries in the user's plugin folder or SIGNALBOX_PLUGIN_PATH, with metadata JSON
// {"kind": …, "displayName": …, "apiVersion": 1, "network": …, "acceptsToken": …,
//  "tokenEnvironment": [...], "settings": [{"key", "type", "required", "default", "description"}]}
// that the registry reads before loading any code.
class SourcePlugin
{
public:
    virtual ~SourcePlugin() = default;
    virtual Source *createSource() const = 0; // owned by the caller
    // The metadata's descriptions, translated; may return an empty description to use the
    // metadata as it is.
    virtual SourceDescription translatedDescription() const { return {}; }
};

inline constexpr int SourcePluginApiVersion = 1;

// Problems met while loading plugins, each naming the file and the loader's reason.
struct PluginProblem
{
    QString path;
    QString reason;
};

// The sources this build knows, by kind. Built-in sources are always there; loadPlugins() adds
// the plugins found in the folders (call it once at startup, before any worker runs).
namespace SourceRegistry {
QStringList kinds();
std::unique_ptr<Source> create(const QString &kind);
// nullptr when no such kind is installed
const SourceDescription *describe(const QString &kind);
// The default folders: the user's plugin folder and every folder in SIGNALBOX_PLUGIN_PATH.
QStringList pluginDirectories();
QList<PluginProblem> loadPlugins(const QStringList &directories);
// Every problem met by loadPlugins so far; each workspace load reports them.
QList<PluginProblem> problems();
// Where a kind came from: "built in" or the plugin's file.
QString origin(const QString &kind);
} // namespace SourceRegistry

} // namespace Signalbox

#define SignalboxSourcePlugin_iid "org.signalbox.SourcePlugin/1"
Q_DECLARE_INTERFACE(Signalbox::SourcePlugin, SignalboxSourcePlugin_iid)
