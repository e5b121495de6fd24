#include "repositoryscanner.h"

#include "discovery.h"
#include "git/githistory.h"
#include "git/gitrepository.h"
#include "git/historyscan.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct ScanTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::RepositoryScanner)
};

// "github.com/shop/checkout" for https://github.com/shop/checkout.git, git@github.com:shop/
// checkout and ssh://git@github.com/shop/checkout/, so a catalog's repository URL can be matched
// with a clone's remote however each was written.
QString normalizedRepositoryUrl(QString url)
{
    url = url.trimmed();
    if (const qsizetype scheme = url.indexOf(u"://"_s); scheme >= 0)
        url = url.mid(scheme + 3);
    else if (const qsizetype colon = url.indexOf(u':');
             colon > 0 && !url.left(colon).contains(u'/'))
        url = url.left(colon) + u'/' + url.mid(colon + 1);
    if (const qsizetype at = url.indexOf(u'@'); at >= 0 && at < url.indexOf(u'/'))
        url = url.mid(at + 1);
    while (url.endsWith(u'/'))
        url.chop(1);
    if (url.endsWith(u".git"_s))
        url.chop(4);
    return url.toLower();
}

// Which folder holds which service, for the history walk.
QList<ServiceFolder> serviceFolders(const Workspace &workspace, const RepositoryConfig &config,
                                    const QString &remoteUrl, const DiscoveryResult &found)
{
    if (!config.service.isEmpty())
        return {{config.service, {}}};
    QList<ServiceFolder> folders;
    QSet<QString> named;
    const QString remote = normalizedRepositoryUrl(remoteUrl);
    for (const Service &s : workspace.services) {
        if (s.pathInRepo.isEmpty() || s.repository.isEmpty())
            continue;
        if (s.repository == config.name
            || (!remote.isEmpty() && normalizedRepositoryUrl(s.repository) == remote)) {
            folders.append({s.name, s.pathInRepo});
            named.insert(s.name);
        }
    }
    for (const DiscoveredService &s : found.services) {
        if (!s.path.isEmpty() && !named.contains(s.name)) {
            folders.append({s.name, s.path});
            named.insert(s.name);
        }
    }
    std::sort(folders.begin(), folders.end(),
              [](const ServiceFolder &a, const ServiceFolder &b) { return a.service < b.service; });
    return folders;
}

// The trunk the configured revision follows: the branch it names, or HEAD's branch.
TrunkSummary trunkSummary(const GitRepository &repository, const QString &revision, EpochMs now)
{
    TrunkSummary summary;
    summary.defaultBranch = revision == u"HEAD"_s ? repository.headBranch() : revision;
    if (summary.defaultBranch.isEmpty()) {
        summary.error = ScanTr::tr("HEAD is not on a branch, so there is no trunk to measure");
        return summary;
    }
    const TrunkHealth health
        = trunkHealth(repository, summary.defaultBranch, now, summary.windowDays);
    summary.error = health.error;
    summary.merges = int(health.merges.size());
    summary.openBranches = int(health.openBranches.size());
    if (!health.openBranches.isEmpty()) {
        summary.oldestBranch = health.openBranches.constFirst().name; // oldest first
        summary.oldestBranchAgeMs = health.openBranches.constFirst().ageMs;
    }
    return summary;
}

} // namespace

RepositoryScanOutcome scanRepository(Store &store, const Workspace &workspace,
                                     const RepositoryConfig &config,
                                     const RepositoryScanOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    RepositoryScanOutcome outcome;
    outcome.repository = config.name;
    const EpochMs now = options.now != NoTime ? options.now : QDateTime::currentMSecsSinceEpoch();
    const QString path = QFileInfo(workspace.resolvePath(config.path)).absoluteFilePath();
    const auto fail = [&](const QString &error) {
        outcome.error = error;
        store.recordRepositoryScanError(config.name, path, error, now);
        outcome.elapsedMs = timer.elapsed();
        qCWarning(lcDiscovery).noquote() << error;
        return outcome;
    };

    const GitRepository repository(path);
    if (!repository.isValid())
        return fail(ScanTr::tr("Repository %1: %2").arg(config.name, repository.errorString()));
    QString error;
    const std::optional<QString> commit = repository.resolveCommit(config.revision, &error);
    if (!commit)
        return fail(ScanTr::tr("Repository %1: %2").arg(config.name, error));
    outcome.commit = *commit;

    const std::optional<RepositoryScan> previous
        = options.full ? std::nullopt : store.readRepositoryScan(config.name);
    const bool hadScan = previous && !previous->commit.isEmpty();

    RepositoryScan scan;
    scan.repository = config.name;
    scan.path = path;
    scan.revision = config.revision;
    scan.commit = *commit;
    scan.scannedAt = now;

    DiscoveryPassOptions passOptions;
    passOptions.repositoryService = config.service;
    passOptions.isCancelled = options.isCancelled;
    passOptions.progress = [&](int done, int total) {
        if (options.progress)
            options.progress(config.name, u"files"_s, done, total);
    };
    if (hadScan) {
        passOptions.previous = &*previous;
        if (previous->commit != *commit)
            passOptions.changedPaths = repository.changedPaths(previous->commit, *commit);
        else
            passOptions.changedPaths = QStringList();
    }
    const DiscoveryPass pass = discoverAtCommit(repository, *commit, passOptions);
    if (pass.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!pass.error.isEmpty())
        return fail(ScanTr::tr("Repository %1: %2").arg(config.name, pass.error));
    scan.formats = pass.formats;
    scan.result = pass.result;
    scan.templates = pass.templates;
    scan.ciContext = pass.ciContext;
    outcome.filesRead = pass.filesRead;

    HistoryScanRequest request;
    request.revision = *commit;
    request.folders = serviceFolders(workspace, config, repository.remoteUrl(), pass.result);
    for (const ServiceFolder &f : std::as_const(request.folders))
        scan.historyFolders.append(f.service + u'=' + f.prefix);
    // Which CI file builds which service decides what counts as a pipeline change, so it is
    // part of what the kept history was read with, like the folders.
    for (const DiscoveredPipeline &p : std::as_const(pass.result.pipelines)) {
        request.pipelineFiles.insert(p.path, p.services);
        scan.historyFolders.append(u"ci:"_s + p.path + u'=' + p.services.join(u','));
    }
    if (hadScan && previous->historyFolders == scan.historyFolders)
        request.sinceCommit = previous->historyTip;
    const HistoryScanResult history
        = scanHistory(repository, request, options.isCancelled, [&](int done) {
              if (options.progress)
                  options.progress(config.name, u"history"_s, done, 0);
          });
    if (history.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!history.error.isEmpty())
        return fail(ScanTr::tr("Repository %1: %2").arg(config.name, history.error));
    scan.historyTip = history.tip;
    scan.result.problems.append(history.problems);
    scan.trunk = trunkSummary(repository, config.revision, now);

    outcome.unchanged = hadScan && previous->commit == *commit && history.commits.isEmpty();
    outcome.incrementalHistory = history.incremental;
    outcome.newCommits = int(history.commits.size());
    outcome.servicesFound = int(scan.result.services.size());
    outcome.dependenciesFound = int(scan.result.dependencies.size());
    outcome.problems = scan.result.problems;
    store.writeRepositoryScan(scan, history.commits, !history.incremental);
    outcome.ok = true;
    outcome.elapsedMs = timer.elapsed();
    qCInfo(lcDiscovery).noquote() << "scanned" << config.name << "at" << commit->left(12) << "in"
                                  << outcome.elapsedMs << "ms:" << pass.formatsRead
                                  << "formats read," << outcome.filesRead << "files,"
                                  << outcome.newCommits << "commits";
    return outcome;
}

QList<RepositoryScanOutcome> scanRepositories(Store &store, const Workspace &workspace,
                                              const RepositoryScanOptions &options)
{
    QList<RepositoryScanOutcome> outcomes;
    for (const RepositoryConfig &config : workspace.repositories) {
        if (options.isCancelled && options.isCancelled()) {
            RepositoryScanOutcome cancelled;
            cancelled.repository = config.name;
            cancelled.cancelled = true;
            outcomes.append(cancelled);
            continue;
        }
        try {
            outcomes.append(scanRepository(store, workspace, config, options));
        } catch (const StoreError &e) {
            RepositoryScanOutcome failed;
            failed.repository = config.name;
            failed.error = ScanTr::tr("Repository %1: the cache could not be written: %2")
                               .arg(config.name, e.message());
            outcomes.append(failed);
        }
    }
    return outcomes;
}

RepositoryScanner::RepositoryScanner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<Signalbox::RepositoryScanOutcome>>();
    m_pool.setMaxThreadCount(1);
}

RepositoryScanner::~RepositoryScanner()
{
    waitForIdle();
}

bool RepositoryScanner::start(const QString &cachePath, const Workspace &workspace, bool full)
{
    if (isScanning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT started();
    const auto cancel = m_cancel;
    QPointer<RepositoryScanner> self(this);
    m_future = QtConcurrent::run(&m_pool, [cachePath, workspace, full, cancel, self] {
        RepositoryScanOptions options;
        options.full = full;
        options.isCancelled = [cancel] {
            return cancel->load();
        };
        options.progress
            = [self](const QString &repository, const QString &phase, int done, int total) {
                  if (self)
                      QMetaObject::invokeMethod(
                          self.data(),
                          [self, repository, phase, done, total] {
                              if (self)
                                  Q_EMIT self->progress(repository, phase, done, total);
                          },
                          Qt::QueuedConnection);
              };
        QList<RepositoryScanOutcome> outcomes;
        try {
            Store store(cachePath);
            outcomes = scanRepositories(store, workspace, options);
        } catch (const StoreError &e) {
            for (const RepositoryConfig &config : workspace.repositories) {
                RepositoryScanOutcome failed;
                failed.repository = config.name;
                failed.error = e.message();
                outcomes.append(failed);
            }
        }
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, cachePath, outcomes] {
                    if (self)
                        Q_EMIT self->finished(cachePath, outcomes);
                },
                Qt::QueuedConnection);
    });
    return true;
}

void RepositoryScanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RepositoryScanner::waitForIdle()
{
    cancel();
    m_future.waitForFinished();
    m_pool.waitForDone();
}

} // namespace Signalbox
