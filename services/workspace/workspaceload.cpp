#include "workspaceload.h"

#include "analysis/discoverycatalog.h"
#include "domain/tr.h"
#include "sources/source.h"
#include "store/store.h"
#include "sync/sourcesync.h"
#include "workspaceparser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct LoadTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Services)
};

const QString CatalogSourceName = u"workspace"_s;

// What the Discovery panel shows. Only repositories the workspace names are listed; their scans
// are read once per load, and the history figures need a few indexed reads per service.
DiscoveryOverviewPtr buildDiscoveryOverview(Store &store, const Workspace &workspace,
                                            const QList<RepositoryScan> &scans,
                                            const EffectiveCatalog &catalog)
{
    auto overview = std::make_shared<DiscoveryOverview>();
    overview->catalog = catalog;
    overview->decisions = workspace.discovery;
    for (const RepositoryConfig &config : workspace.repositories) {
        RepositoryStatus status;
        status.name = config.name;
        status.path = workspace.resolvePath(config.path);
        status.revision = config.revision;
        for (const RepositoryScan &scan : scans) {
            if (scan.repository != config.name)
                continue;
            status.commit = scan.commit;
            status.scannedAt = scan.scannedAt;
            status.error = scan.error;
            status.problems = int(scan.result.problems.size());
            status.trunk = scan.trunk;
            overview->problems.append(scan.result.problems);
            overview->templates.append(scan.templates);
        }
        overview->repositories.append(status);
    }
    std::sort(
        overview->templates.begin(), overview->templates.end(),
        [](const ServiceTemplates &a, const ServiceTemplates &b) { return a.service < b.service; });
    overview->drift = analyseTemplateDrift(overview->templates);

    QStringList repositories;
    for (const RepositoryConfig &config : workspace.repositories)
        repositories.append(config.name);
    const QList<ServiceCommitSummary> summaries = store.readCommitSummaries(repositories);
    const QList<ServiceCommit> changes = store.readServiceCommits({}, NoTime, true, repositories);
    QHash<QString, QList<ServiceCommit>> changesByService;
    for (const ServiceCommit &c : changes)
        changesByService[c.service].append(c);
    for (const ServiceCommitSummary &summary : summaries) {
        ServiceHistoryRow row;
        row.commits = summary;
        // One read per service covers every change's day: from the first change to a day after
        // the last, and the first run after that, so a change nothing ran after is told apart.
        const QList<ServiceCommit> serviceChanges = changesByService.value(summary.service);
        EpochMs from = std::numeric_limits<qint64>::max();
        EpochMs to = std::numeric_limits<qint64>::min();
        for (const ServiceCommit &c : serviceChanges) {
            const EpochMs at = c.committerTime != NoTime ? c.committerTime : c.authorTime;
            if (at == NoTime)
                continue;
            from = std::min(from, at);
            to = std::max(to, at + OneDayMs);
        }
        ServiceActivity activity;
        if (from <= to) {
            activity = store.readActivity(summary.service, from, to);
            const ServiceActivity later
                = store.readActivity(summary.service, to, std::numeric_limits<qint64>::max(), 1);
            activity.runs.append(later.runs);
        }
        row.pipelineChanges = pipelineChangeOutcomes(serviceChanges, activity.runs,
                                                     activity.deployments, activity.rollouts);
        for (const PipelineChangeOutcome &o : std::as_const(row.pipelineChanges))
            row.changesFollowedByFailure += o.followedByFailure() ? 1 : 0;
        ServiceCommit first;
        first.service = summary.service;
        first.sha = summary.firstSha;
        first.authorTime = summary.firstAt;
        QList<PipelineRun> green;
        if (const auto run = store.firstSucceededRun(summary.service, summary.firstAt))
            green.append(*run);
        row.hasRuns = !green.isEmpty()
            || !store
                    .readActivity(summary.service, std::numeric_limits<qint64>::min(),
                                  std::numeric_limits<qint64>::max(), 1)
                    .runs.isEmpty();
        const QList<FirstGreenPipeline> firstGreen = timeToFirstGreen({first}, green);
        if (!firstGreen.isEmpty())
            row.firstGreen = firstGreen.first();
        overview->history.append(row);
    }
    return overview;
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
    for (const PluginProblem &problem : SourceRegistry::problems()) {
        result.diagnostics.append({Diagnostic::Severity::Warning,
                                   problem.path,
                                   0,
                                   0,
                                   {},
                                   LoadTr::tr("source plugin not loaded: %1").arg(problem.reason)});
    }
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
        if (!result.setAsideCachePath.isEmpty()) {
            // The cache is rebuilt from the sources, but what people decided exists nowhere else.
            try {
                store.carryOverUserData(result.setAsideCachePath);
            } catch (const StoreError &e) {
                result.diagnostics.append(
                    {Diagnostic::Severity::Warning,
                     result.setAsideCachePath,
                     0,
                     0,
                     {},
                     LoadTr::tr("The checklist decisions and release plans in the old cache "
                                "could not be carried over (%1); they stay in that file.")
                         .arg(e.message())});
            }
        }
        IngestBatch catalog;
        catalog.source = CatalogSourceName;
        catalog.sourceKind = CatalogSourceName;
        // The repositories' last scans join the declared catalog here, with the decisions people
        // made about them; scanning itself is the RepositoryScanner's, never a load's.
        // Only the repositories the workspace names: one taken out of it leaves the catalog at
        // once, even before its rows are forgotten.
        QList<RepositoryScan> scans = store.readRepositoryScans();
        scans.removeIf([&](const RepositoryScan &scan) {
            return std::none_of(
                result.workspace.repositories.cbegin(), result.workspace.repositories.cend(),
                [&](const RepositoryConfig &r) { return r.name == scan.repository; });
        });
        const EffectiveCatalog effective = buildEffectiveCatalog(result.workspace, scans);
        catalog.services = effective.visibleServices();
        catalog.dependencies = effective.visibleDependencies();
        catalog.replacesCatalog = true;
        catalog.replacesDependencies = true;
        store.ingest(catalog);
        store.recordSyncSuccess(CatalogSourceName, now, {});

        for (const SourceConfig &config : std::as_const(result.workspace.sources)) {
            if (request.isCancelled()) {
                result.cancelled = true;
                return result;
            }
            const SourceDescription *description = SourceRegistry::describe(config.kind);
            const bool wanted = request.sources == LoadRequest::Sources::All
                || (request.sources == LoadRequest::Sources::LocalOnly && description
                    && !description->network);
            if (!wanted)
                continue;
            SourceSyncOptions options;
            options.now = now;
            options.ignoreBackoff = true; // a local file is cheap to read again
            options.isCancelled = [&request] {
                return request.isCancelled();
            };
            SourceSyncOutcome outcome = syncSource(store, result.workspace, config, options);
            result.diagnostics.append(outcome.diagnostics);
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
            QStringList repositories;
            for (const RepositoryConfig &r : std::as_const(result.workspace.repositories))
                repositories.append(r.name);
            store.forgetRepositoriesExcept(repositories);
        }
        result.snapshot = store.readSnapshot();
        result.discovery = buildDiscoveryOverview(store, result.workspace, scans, effective);
        // A repository that could not be read belongs in the Problems list like a broken source.
        for (const RepositoryStatus &r : result.discovery->repositories) {
            if (!r.error.isEmpty())
                result.diagnostics.append(
                    {Diagnostic::Severity::Warning, r.path, 0, 0, {}, r.error});
        }
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
