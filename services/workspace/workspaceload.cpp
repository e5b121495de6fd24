#include "workspaceload.h"

#include "domain/tr.h"
#include "sources/source.h"
#include "store/store.h"
#include "workspaceparser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct LoadTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Services)
};

const QString CatalogSourceName = u"workspace"_s;

void syncSource(Store &store, const Workspace &workspace, const SourceConfig &config, EpochMs now,
                FetchContext context, Diagnostics &diagnostics)
{
    store.recordSyncAttempt(config.name, config.kind, now);
    const SourceHealth previous = store.sourceHealth(config.name);
    std::unique_ptr<Source> source = SourceRegistry::create(config.kind);
    context.previousCursor = previous.cursor;
    context.now = now;

    FetchResult result;
    try {
        result = source->fetch(config, workspace, context);
    } catch (const std::exception &e) {
        result.error = LoadTr::tr("the source stopped with an internal error: %1")
                           .arg(QString::fromUtf8(e.what()));
    }
    for (Diagnostic d : std::as_const(result.diagnostics)) {
        if (d.origin.isEmpty())
            d.origin = config.name;
        diagnostics.append(d);
    }
    if (result.failed()) {
        // What the source brought before stays in the cache; the source is shown as stale.
        diagnostics.append({Diagnostic::Severity::Error,
                            config.name,
                            0,
                            0,
                            {},
                            LoadTr::tr("source \"%1\" failed, its earlier data is kept: %2")
                                .arg(config.name, result.error)});
        store.recordSyncFailure(config.name, now, result.error);
        return;
    }
    if (!result.unchanged) {
        result.batch.source = config.name;
        result.batch.sourceKind = config.kind;
        try {
            store.ingest(result.batch);
        } catch (const StoreError &e) {
            if (e.kind() == StoreError::Kind::Corrupt)
                throw;
            diagnostics.append({Diagnostic::Severity::Error,
                                config.name,
                                0,
                                0,
                                {},
                                LoadTr::tr("source \"%1\" could not be written to the cache: %2")
                                    .arg(config.name, e.message())});
            store.recordSyncFailure(config.name, now, e.detail());
            return;
        }
    }
    store.recordSyncSuccess(config.name, now, result.cursor);
}

} // namespace

QString cachePathFor(const QString &workspacePath, const QString &cacheDirectory)
{
    const QString canonical = workspacePath.startsWith(u':')
        ? workspacePath
        : QFileInfo(workspacePath).absoluteFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString stem = QFileInfo(workspacePath).completeBaseName();
    if (stem.isEmpty())
        stem = u"workspace"_s;
    return QDir(cacheDirectory).filePath(stem + u'-' + QString::fromLatin1(hash) + u".sqlite"_s);
}

QString setCacheAside(const QString &cachePath, EpochMs now)
{
    if (!QFileInfo::exists(cachePath))
        return {};
    // A name no earlier attempt took, so two rebuilds in one second never collide.
    const QString stamp = QDateTime::fromMSecsSinceEpoch(now).toString(u"yyyyMMdd-HHmmss-zzz"_s);
    QString target = cachePath + u".damaged-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = cachePath + u".damaged-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(cachePath, target))
        return {};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(cachePath + suffix)
            && !QFile::rename(cachePath + suffix, target + suffix)) {
            // A stale log beside a fresh database would be replayed into it: undo, and say so.
            QFile::rename(target, cachePath);
            return {};
        }
    }
    return target;
}

LoadResult loadWorkspace(const LoadRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    LoadResult result;
    result.workspacePath = request.workspacePath;
    const EpochMs now = request.now != NoTime ? request.now : QDateTime::currentMSecsSinceEpoch();

    if (request.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    WorkspaceParseResult parsed = parseWorkspaceFile(request.workspacePath);
    result.workspace = std::move(parsed.workspace);
    result.workspaceReadable = parsed.readable;
    result.diagnostics = std::move(parsed.diagnostics);
    if (!result.workspaceReadable) {
        result.elapsedMs = timer.elapsed();
        return result;
    }

    QDir().mkpath(request.cacheDirectory);
    result.cachePath = cachePathFor(request.workspacePath, request.cacheDirectory);
    if (request.rebuildCache && QFileInfo::exists(result.cachePath)) {
        result.setAsideCachePath = setCacheAside(result.cachePath, now);
        if (result.setAsideCachePath.isEmpty()) {
            result.cacheError = StoreError::Kind::CannotOpen;
            result.cacheErrorMessage
                = LoadTr::tr(
                      "The damaged cache %1 could not be moved aside, so it was not rebuilt; close "
                      "other programs using it and try again.")
                      .arg(QDir::toNativeSeparators(result.cachePath));
            result.elapsedMs = timer.elapsed();
            return result;
        }
    }

    if (request.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    try {
        Store store(result.cachePath);
        IngestBatch catalog;
        catalog.source = CatalogSourceName;
        catalog.sourceKind = CatalogSourceName;
        catalog.services = result.workspace.services;
        catalog.dependencies = result.workspace.dependencies;
        catalog.replacesCatalog = true;
        catalog.replacesDependencies = true;
        store.ingest(catalog);
        store.recordSyncSuccess(CatalogSourceName, now, {});

        for (const SourceConfig &config : std::as_const(result.workspace.sources)) {
            if (request.isCancelled()) {
                result.cancelled = true;
                return result;
            }
            FetchContext context;
            context.isCancelled = [&request] {
                return request.isCancelled();
            };
            syncSource(store, result.workspace, config, now, context, result.diagnostics);
        }
        if (request.isCancelled()) {
            result.cancelled = true;
            return result;
        }

        // Only a workspace read without errors may drop sources: a typo must not wipe a cache.
        if (!hasErrors(result.diagnostics)) {
            QStringList keep {CatalogSourceName};
            for (const SourceConfig &config : std::as_const(result.workspace.sources))
                keep.append(config.name);
            store.forgetSourcesExcept(keep);
        }
        result.snapshot = store.readSnapshot();
        // The analysis runs here, on the loader's worker, so the window only displays results.
        const AnalysisContext context = AnalysisContext::build(
            *result.snapshot, result.workspace.releasePolicy(), result.snapshot->takenAt);
        auto analysis = std::make_shared<AnalysisSummary>();
        analysis->triage = context.triage();
        analysis->environment = context.defaultEnvironment();
        analysis->pending = context.blocked(analysis->environment);
        analysis->plan = context.plan(analysis->environment, {}, nullptr);
        result.graph = buildGraphData(*result.snapshot, analysis.get());
        result.analysis = std::move(analysis);
    } catch (const StoreError &e) {
        qCWarning(lcWorkspace) << e.what();
        result.cacheError = e.kind();
        result.cacheErrorMessage = e.message();
        result.snapshot.reset();
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Signalbox
