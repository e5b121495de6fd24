#include "sourcesync.h"

#include "credentials/credentials.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "signalbox.sync", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Sync)
};

} // namespace

EpochMs nextAttemptAfterFailure(int failureCount, EpochMs now, EpochMs notBefore, int intervalMs,
                                double jitter01)
{
    constexpr qint64 first = 30'000;
    const qint64 cap = std::max<qint64>(30 * 60'000, intervalMs);
    const int doublings = std::clamp(failureCount - 1, 0, 20);
    const qint64 delay = std::min<qint64>(first << doublings, cap);
    const qint64 jittered = qint64(double(delay) * (0.8 + 0.4 * std::clamp(jitter01, 0.0, 1.0)));
    return std::max(now + jittered, notBefore);
}

SourceSyncOutcome syncSource(Store &store, const Workspace &workspace, const SourceConfig &config,
                             const SourceSyncOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    SourceSyncOutcome outcome;
    outcome.source = config.name;
    const EpochMs now = options.now != NoTime ? options.now : QDateTime::currentMSecsSinceEpoch();

    const SourceHealth previous = store.sourceHealth(config.name);
    if (!options.ignoreBackoff && previous.nextAttemptAt != NoTime
        && previous.nextAttemptAt > now) {
        outcome.nextAttemptAt = previous.nextAttemptAt;
        outcome.rateLimitRemaining = previous.rateLimitRemaining;
        return outcome;
    }
    outcome.ran = true;
    store.recordSyncAttempt(config.name, config.kind, now);

    const auto fail = [&](const QString &error, EpochMs notBefore, int rateLimitRemaining,
                          EpochMs rateLimitResetAt) {
        outcome.error = error;
        // The backoff counts from the failure, not from the start: a sync that waited out its
        // timeouts must not come back sooner than the backoff says.
        const EpochMs failedAt
            = options.now != NoTime ? options.now : QDateTime::currentMSecsSinceEpoch();
        outcome.nextAttemptAt = nextAttemptAfterFailure(
            previous.failureCount + 1, failedAt, notBefore, options.intervalMs,
            QRandomGenerator::global()->generateDouble());
        store.recordSyncFailure(config.name, failedAt, error, outcome.nextAttemptAt,
                                rateLimitRemaining, rateLimitResetAt);
        outcome.diagnostics.append({Diagnostic::Severity::Error,
                                    config.name,
                                    0,
                                    0,
                                    {},
                                    SyncTr::tr("source \"%1\" failed, its earlier data is kept: %2")
                                        .arg(config.name, error)});
        qCWarning(lcSync).noquote() << "source" << config.name << "failed:" << error;
    };

    std::unique_ptr<Source> source = SourceRegistry::create(config.kind);
    const SourceDescription *description = SourceRegistry::describe(config.kind);
    if (!source || !description) {
        fail(SyncTr::tr("no source of kind \"%1\" is installed").arg(config.kind), NoTime, -1,
             NoTime);
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }

    FetchContext context;
    context.previousCursor = previous.cursor;
    context.now = now;
    context.isCancelled = options.isCancelled;
    context.progress = options.progress;
    context.http = options.http;
    context.validators = store.httpValidators(config.name);
    context.hasStoredRun = [&store, &config](const QString &runExternalId) {
        return store.hasRun(config.name, runExternalId);
    };
    if (description->acceptsToken) {
        const ResolvedSecret secret
            = Credentials::resolve(config.token, description->tokenEnvironment);
        if (!secret.error.isEmpty()) {
            fail(secret.error, NoTime, -1, NoTime);
            outcome.elapsedMs = timer.elapsed();
            return outcome;
        }
        context.token = secret.value;
        context.tokenOrigin = secret.origin;
    }

    FetchResult result;
    try {
        result = source->fetch(config, workspace, context);
    } catch (const std::exception &e) {
        result.error = SyncTr::tr("the source stopped with an internal error: %1")
                           .arg(QString::fromUtf8(e.what()));
    }
    // Whatever a source puts into its messages, the token never leaves this function.
    const auto scrub = [&](QString text) {
        return Credentials::redact(std::move(text), context.token);
    };
    outcome.stats = result.stats;
    outcome.rateLimitRemaining = result.rateLimitRemaining;
    for (Diagnostic d : std::as_const(result.diagnostics)) {
        if (d.origin.isEmpty())
            d.origin = config.name;
        d.message = scrub(d.message);
        outcome.diagnostics.append(d);
    }
    if (options.isCancelled()) {
        // A cancelled sync writes nothing and is not a failure: the next one starts from the
        // same cursor.
        outcome.cancelled = true;
        outcome.error = SyncTr::tr("cancelled");
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    if (result.failed()) {
        fail(scrub(result.error), result.retryNotBefore, result.rateLimitRemaining,
             result.rateLimitResetAt);
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }

    SyncSuccess success;
    success.at = now;
    success.cursor = result.cursor;
    success.rateLimitRemaining = result.rateLimitRemaining;
    success.rateLimitResetAt = result.rateLimitResetAt;
    success.validators = result.validators;
    try {
        if (result.unchanged) {
            store.recordSyncSuccess(config.name, success);
        } else {
            result.batch.source = config.name;
            result.batch.sourceKind = config.kind;
            outcome.counts = store.ingest(result.batch, &success);
        }
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Corrupt)
            throw;
        fail(SyncTr::tr("could not be written to the cache: %1").arg(e.message()), NoTime, -1,
             NoTime);
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    outcome.ok = true;
    outcome.unchanged = result.unchanged;
    outcome.elapsedMs = timer.elapsed();
    qCInfo(lcSync).noquote() << "source" << config.name
                             << (result.unchanged ? "unchanged" : "synced") << "in"
                             << outcome.elapsedMs << "ms," << outcome.stats.requests << "requests,"
                             << outcome.stats.notModified << "not modified";
    return outcome;
}

bool canWatch(const SourceConfig &config)
{
    if (!config.settings.value(u"watch"_s, true).toBool())
        return false;
    const std::unique_ptr<Source> source = SourceRegistry::create(config.kind);
    return dynamic_cast<WatchingSource *>(source.get()) != nullptr;
}

QString watchSource(Store &store, const Workspace &workspace, const SourceConfig &config,
                    const SourceSyncOptions &options,
                    const std::function<void(const WatchProgress &)> &onDelivered)
{
    std::unique_ptr<Source> source = SourceRegistry::create(config.kind);
    auto *watching = dynamic_cast<WatchingSource *>(source.get());
    const SourceDescription *description = SourceRegistry::describe(config.kind);
    if (!watching || !description)
        return SyncTr::tr("source \"%1\" cannot follow changes").arg(config.name);

    FetchContext context;
    context.previousCursor = store.sourceHealth(config.name).cursor;
    context.now = options.now != NoTime ? options.now : QDateTime::currentMSecsSinceEpoch();
    context.isCancelled = options.isCancelled;
    context.http = options.http;
    HttpValidators validators = store.httpValidators(config.name);
    context.validators = validators;
    if (description->acceptsToken) {
        const ResolvedSecret secret
            = Credentials::resolve(config.token, description->tokenEnvironment);
        if (!secret.error.isEmpty())
            return secret.error;
        context.token = secret.value;
        context.tokenOrigin = secret.origin;
    }
    const auto scrub = [&](QString text) {
        return Credentials::redact(std::move(text), context.token);
    };

    QString storeProblem;
    const auto deliver = [&](WatchDelivery &&delivery) {
        if (!storeProblem.isEmpty())
            return;
        QElapsedTimer timer;
        timer.start();
        WatchProgress progress;
        progress.diagnostics = int(delivery.diagnostics.size());
        for (const Diagnostic &d : std::as_const(delivery.diagnostics)) {
            qCWarning(lcSync).noquote()
                << "source" << config.name << "while watching:" << scrub(d.message);
        }
        delivery.batch.source = config.name;
        delivery.batch.sourceKind = config.kind;
        try {
            if (delivery.cursor.isEmpty()) {
                progress.counts = store.ingest(delivery.batch);
            } else {
                // The cursor moves with the rows it stands for, so that a restart resumes exactly
                // after them.
                SyncSuccess success;
                success.at = QDateTime::currentMSecsSinceEpoch();
                success.cursor = delivery.cursor;
                success.validators = validators;
                progress.counts = store.ingest(delivery.batch, &success);
            }
        } catch (const StoreError &e) {
            if (e.kind() == StoreError::Kind::Corrupt)
                throw;
            storeProblem = SyncTr::tr("could not be written to the cache: %1").arg(e.message());
            return;
        }
        progress.writeMs = timer.elapsed();
        onDelivered(progress);
    };

    QString error;
    const auto cancelled = [&] {
        return !storeProblem.isEmpty() || options.isCancelled();
    };
    context.isCancelled = cancelled;
    try {
        error = watching->watch(config, workspace, context, deliver);
    } catch (const std::exception &e) {
        error = SyncTr::tr("the source stopped with an internal error: %1")
                    .arg(QString::fromUtf8(e.what()));
    }
    if (!storeProblem.isEmpty())
        error = storeProblem;
    if (options.isCancelled())
        return {};
    if (error.isEmpty())
        return {};
    qCWarning(lcSync).noquote() << "source" << config.name << "stopped watching:" << scrub(error);
    return scrub(error);
}

} // namespace Signalbox
