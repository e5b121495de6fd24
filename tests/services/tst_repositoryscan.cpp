#include "analysis/discoverycatalog.h"
#include "discovery/discovery.h"
#include "discovery/repositoryscanner.h"
#include "git/gitrepository.h"
#include "gitrepobuilder.h"
#include "store/store.h"
#include "workspace/workspaceload.h"
#include "workspace/workspaceparser.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

const char OrdersCatalog[] = "kind: Component\n"
                             "metadata:\n"
                             "  name: orders\n"
                             "spec:\n"
                             "  owner: team-orders\n"
                             "  dependsOn:\n"
                             "    - component:payments\n";

const char PaymentsCatalog[] = "kind: Component\n"
                               "metadata:\n"
                               "  name: payments\n"
                               "spec:\n"
                               "  owner: team-payments\n";

const char Compose[] = "services:\n"
                       "  orders:\n"
                       "    build: services/orders\n"
                       "    depends_on: [orders-db]\n"
                       "  orders-db:\n"
                       "    image: postgres:16\n";

const char ComposeWithRedis[] = "services:\n"
                                "  orders:\n"
                                "    build: services/orders\n"
                                "    depends_on: [orders-db, cache]\n"
                                "  orders-db:\n"
                                "    image: postgres:16\n"
                                "  cache:\n"
                                "    image: redis:7\n";

// Not a raw string: moc would read "/**" as a comment.
const char OrdersWorkflow[] = "name: orders\n"
                              "on: push\n"
                              "jobs:\n"
                              "  build:\n"
                              "    uses: shop/ci-templates/.github/workflows/build.yml@v2\n"
                              "    with:\n"
                              "      working-directory: services/orders\n";

QDateTime day(int n, int hour = 10)
{
    return QDateTime(QDate(2026, 3, 1).addDays(n), QTime(hour, 0), Qt::UTC);
}

QStringList names(const QList<DiscoveredService> &services)
{
    QStringList out;
    for (const DiscoveredService &s : services)
        out.append(s.name);
    out.sort();
    return out;
}

QStringList shas(const QList<ServiceCommit> &commits)
{
    QStringList out;
    for (const ServiceCommit &c : commits)
        out.append(c.sha);
    return out;
}

} // namespace

class tst_RepositoryScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_repo = std::make_unique<GitRepoBuilder>(m_dir->filePath(u"shop"_s));
        c1 = m_repo->write(u"services/orders/catalog-info.yaml"_s, OrdersCatalog)
                 .write(u"services/payments/catalog-info.yaml"_s, PaymentsCatalog)
                 .write(u"docker-compose.yml"_s, Compose)
                 .commit(u"Start"_s, day(0), u"Ann"_s);
        c2 = m_repo->write(u"services/orders/main.go"_s, "package main\n")
                 .commit(u"Orders code"_s, day(1), u"Bob"_s);
        c3 = m_repo->write(u".github/workflows/orders.yml"_s, OrdersWorkflow)
                 .commit(u"Orders pipeline on the shared template"_s, day(2), u"Ann"_s);
        c4 = m_repo->write(u"services/payments/pay.go"_s, "package pay\n")
                 .commit(u"Payments code"_s, day(3), u"Cid"_s);
        m_workspacePath = m_dir->filePath(u"shop.yaml"_s);
        writeWorkspace("discovery:\n  hide:\n    services: [orders-db]\n");
        m_cachePath = m_dir->filePath(u"cache.sqlite"_s);
    }

    void firstScanReadsEverything()
    {
        Store store(m_cachePath);
        const QList<RepositoryScanOutcome> outcomes = scanRepositories(store, workspace());
        QCOMPARE(outcomes.size(), 1);
        const RepositoryScanOutcome &o = outcomes.first();
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.commit, c4);
        QCOMPARE(o.newCommits, 4);
        QVERIFY(!o.incrementalHistory);
        QCOMPARE(o.filesRead, 4); // two catalogs, the compose file, the workflow

        const std::optional<RepositoryScan> scan = store.readRepositoryScan(u"shop"_s);
        QVERIFY(scan);
        QCOMPARE(scan->commit, c4);
        QCOMPARE(scan->historyTip, c4);
        QCOMPARE(names(scan->result.services),
                 (QStringList {u"orders"_s, u"orders-db"_s, u"payments"_s}));
        QCOMPARE(scan->historyFolders,
                 (QStringList {u"orders=services/orders"_s, u"payments=services/payments"_s,
                               u"ci:.github/workflows/orders.yml=orders"_s}));

        // Templates per service: orders on the shared workflow at v2, payments without a pipeline.
        QCOMPARE(scan->templates.size(), 2);
        QCOMPARE(scan->templates.at(0).service, u"orders"_s);
        QCOMPARE(scan->templates.at(0).pipeline, ServiceTemplates::Pipeline::Templated);
        QCOMPARE(scan->templates.at(0).references.value(0).version, u"v2"_s);
        QCOMPARE(scan->templates.at(1).service, u"payments"_s);
        QCOMPARE(scan->templates.at(1).pipeline, ServiceTemplates::Pipeline::NoPipeline);

        // History per service: the workflow commit counts for orders as a pipeline change.
        const QList<ServiceCommit> orders = store.readServiceCommits(u"orders"_s);
        QCOMPARE(shas(orders), (QStringList {c3, c2, c1}));
        QCOMPARE(orders.at(0).pipelineChange, true);
        QCOMPARE(orders.at(1).pipelineChange, false);
        QCOMPARE(orders.at(1).authorName, u"Bob"_s);
        QCOMPARE(orders.at(1).authorTime, day(1).toMSecsSinceEpoch());
        QCOMPARE(shas(store.readServiceCommits(u"payments"_s)), (QStringList {c4, c1}));
    }

    void rescansOnlyWhatChanged()
    {
        Store store(m_cachePath);
        QVERIFY(scanRepositories(store, workspace()).first().ok);

        // Nothing moved: nothing is read.
        RepositoryScanOutcome o = scanRepositories(store, workspace()).first();
        QVERIFY(o.ok);
        QVERIFY(o.unchanged);
        QCOMPARE(o.filesRead, 0);
        QCOMPARE(o.newCommits, 0);

        // Code only: no discovery file is read again, one commit is walked.
        const QString c5 = m_repo->write(u"services/orders/main.go"_s, "package main // v2\n")
                               .commit(u"Orders fix"_s, day(4), u"Bob"_s);
        o = scanRepositories(store, workspace()).first();
        QVERIFY(o.ok);
        QVERIFY(!o.unchanged);
        QVERIFY(o.incrementalHistory);
        QCOMPARE(o.newCommits, 1);
        QCOMPARE(o.filesRead, 0);
        QCOMPARE(shas(store.readServiceCommits(u"orders"_s)).first(), c5);
        QCOMPARE(store.readServiceCommits(u"orders"_s).size(), 4);

        // The compose file changed: what it says is read again, and the result is the same as
        // a scan from nothing would give.
        const QString c6 = m_repo->write(u"docker-compose.yml"_s, ComposeWithRedis)
                               .commit(u"Cache for orders"_s, day(5), u"Ann"_s);
        o = scanRepositories(store, workspace()).first();
        QVERIFY(o.ok);
        QCOMPARE(o.newCommits, 1);
        QVERIFY(o.filesRead >= 1);
        const RepositoryScan incremental = *store.readRepositoryScan(u"shop"_s);
        QCOMPARE(incremental.commit, c6);
        QCOMPARE(names(incremental.result.services),
                 (QStringList {u"cache"_s, u"orders"_s, u"orders-db"_s, u"payments"_s}));

        const GitRepository repository(m_repo->path());
        const DiscoveryPass full = discoverAtCommit(repository, c6);
        QCOMPARE(incremental.result.services, full.result.services);
        QCOMPARE(incremental.result.dependencies, full.result.dependencies);
        QCOMPARE(incremental.result.pipelines, full.result.pipelines);
        QCOMPARE(incremental.templates, full.templates);
        QCOMPARE(allCommits(store), fullScanCommits());

        // The orders workflow now builds payments too: which commits changed payments' pipeline
        // is read again from the start, as a full scan would.
        m_repo
            ->write(u".github/workflows/orders.yml"_s,
                    QByteArray(OrdersWorkflow) + "      also: services/payments\n")
            .commit(u"Build payments with orders"_s, day(6), u"Ann"_s);
        o = scanRepositories(store, workspace()).first();
        QVERIFY(o.ok);
        QVERIFY(!o.incrementalHistory);
        QCOMPARE(allCommits(store), fullScanCommits());
        QStringList paymentsPipelineChanges;
        for (const ServiceCommit &c : store.readServiceCommits(u"payments"_s, NoTime, true))
            paymentsPipelineChanges.append(c.summary);
        QCOMPARE(paymentsPipelineChanges,
                 (QStringList {u"Build payments with orders"_s,
                               u"Orders pipeline on the shared template"_s}));
    }

    void aRewrittenHistoryIsReadAgain()
    {
        Store store(m_cachePath);
        QVERIFY(scanRepositories(store, workspace()).first().ok);
        // The branch is reset to c2 and grows another way, as after a force push.
        m_repo->branch(u"rewritten"_s, c2).checkout(u"rewritten"_s);
        const QString other = m_repo->write(u"services/payments/other.go"_s, "package pay\n")
                                  .commit(u"Another line"_s, day(6), u"Dee"_s);
        writeWorkspace({}, u"rewritten"_s);
        const RepositoryScanOutcome o = scanRepositories(store, workspace()).first();
        QVERIFY(o.ok);
        QVERIFY(!o.incrementalHistory);
        QCOMPARE(o.newCommits, 3);
        // c3 and c4 are no longer in the history and are gone from the cache too.
        QCOMPARE(shas(store.readServiceCommits(u"payments"_s)), (QStringList {other, c1}));
        QCOMPARE(shas(store.readServiceCommits(u"orders"_s)), (QStringList {c2, c1}));
    }

    void aBrokenRepositoryKeepsWhatWasFoundAndOthersGoOn()
    {
        Store store(m_cachePath);
        QVERIFY(scanRepositories(store, workspace()).first().ok);
        writeWorkspace({}, u"no-such-branch"_s, u"  - path: missing-clone\n"_s);
        const QList<RepositoryScanOutcome> outcomes = scanRepositories(store, workspace());
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(!outcomes.at(0).ok);
        QVERIFY2(
            outcomes.at(0).error.startsWith(u"Repository shop: no-such-branch names no commit"_s),
            qPrintable(outcomes.at(0).error));
        QVERIFY(!outcomes.at(1).ok);
        QVERIFY2(outcomes.at(1).error.startsWith(u"Repository missing-clone: "_s),
                 qPrintable(outcomes.at(1).error));
        const RepositoryScan kept = *store.readRepositoryScan(u"shop"_s);
        QCOMPARE(kept.commit, c4);
        QCOMPARE(kept.error, outcomes.at(0).error);
        QCOMPARE(store.readServiceCommits(u"orders"_s).size(), 3);
    }

    void cancelledScansWriteNothing()
    {
        Store store(m_cachePath);
        RepositoryScanOptions options;
        options.isCancelled = [] {
            return true;
        };
        const RepositoryScanOutcome o = scanRepositories(store, workspace(), options).first();
        QVERIFY(o.cancelled);
        QVERIFY(!o.ok);
        QVERIFY(!store.readRepositoryScan(u"shop"_s));
    }

    void theLoadShowsFoundServicesWithTheDecisionsApplied()
    {
        writeWorkspace("services:\n  - name: payments\n    owner: payments-team\n"
                       "discovery:\n  hide:\n    services: [orders-db]\n"
                       "  confirm:\n    dependencies: [orders -> payments]\n");
        LoadRequest request;
        request.workspacePath = m_workspacePath;
        request.cacheDirectory = m_dir->filePath(u"cache"_s);
        request.sources = LoadRequest::Sources::None;
        // The load reads the cache the scanner wrote.
        QVERIFY(QDir().mkpath(request.cacheDirectory));
        {
            Store store(cachePathFor(m_workspacePath, request.cacheDirectory));
            QVERIFY(scanRepositories(store, workspace()).first().ok);
        }
        const LoadResult result = loadWorkspace(request);
        QVERIFY2(result.ok(), qPrintable(result.cacheErrorMessage));
        const Snapshot &s = *result.snapshot;
        QStringList services;
        for (const ServiceState &state : s.services)
            services.append(state.service.name + (state.service.discovered ? u"?"_s : u""_s));
        // orders-db is hidden; orders is found and not yet confirmed; payments is declared.
        QCOMPARE(services, (QStringList {u"orders?"_s, u"payments"_s}));
        QCOMPARE(s.find(u"payments"_s)->service.owner, u"payments-team"_s);
        QCOMPARE(s.dependencies.size(), 1);
        QCOMPARE(s.dependencies.first().consumer, u"orders"_s);
        QCOMPARE(s.dependencies.first().provider, u"payments"_s);
        QCOMPARE(s.dependencies.first().discovered, false);
        QCOMPARE(s.dependencies.first().evidence,
                 m_repo->path() + u"/services/orders/catalog-info.yaml:7: - component:payments"_s);

        // Taken out of the workspace, the repository's findings leave the catalog at once.
        writeWorkspace("services:\n  - name: payments\n");
        QFile::remove(m_workspacePath);
        QFile f(m_workspacePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("signalbox: 1\nname: shop\nservices:\n  - name: payments\n");
        f.close();
        const LoadResult without = loadWorkspace(request);
        QVERIFY(without.ok());
        QCOMPARE(without.snapshot->services.size(), 1);
        QVERIFY(without.discovery->history.isEmpty());
    }

    void trunkHealthIsKeptWithTheScan()
    {
        // One feature merged into main, one still open since day 6.
        m_repo->branch(u"feature/pay"_s, c4).checkout(u"feature/pay"_s);
        m_repo->write(u"services/payments/pay.go"_s, "package pay // v2\n")
            .commit(u"Pay v2"_s, day(5), u"Cid"_s);
        m_repo->checkout(u"main"_s);
        m_repo->merge(u"feature/pay"_s, u"Merge feature/pay"_s, day(6), u"Ann"_s);
        m_repo->branch(u"feature/open"_s).checkout(u"feature/open"_s);
        m_repo->write(u"services/orders/open.go"_s, "package main\n")
            .commit(u"Still open"_s, day(6, 12), u"Dee"_s);
        m_repo->checkout(u"main"_s);

        Store store(m_cachePath);
        RepositoryScanOptions options;
        options.now = day(8).toMSecsSinceEpoch();
        QVERIFY(scanRepositories(store, workspace(), options).first().ok);
        const TrunkSummary trunk = store.readRepositoryScan(u"shop"_s)->trunk;
        QCOMPARE(trunk.defaultBranch, u"main"_s);
        QCOMPARE(trunk.error, QString());
        QCOMPARE(trunk.merges, 1);
        QCOMPARE(trunk.openBranches, 1);
        QCOMPARE(trunk.oldestBranch, u"feature/open"_s);
        // Its oldest own commit, day 6 at 12:00, to now, day 8 at 10:00.
        QCOMPARE(trunk.oldestBranchAgeMs, qint64(46) * 60 * 60 * 1000);
    }

    void theScannerReportsOnItsOwnThread()
    {
        RepositoryScanner scanner;
        QSignalSpy finished(&scanner, &RepositoryScanner::finished);
        QSignalSpy progress(&scanner, &RepositoryScanner::progress);
        QVERIFY(scanner.start(m_cachePath, workspace()));
        QVERIFY(!scanner.start(m_cachePath, workspace())); // one at a time
        QVERIFY(finished.wait(10000));
        const auto outcomes = finished.first().at(1).value<QList<RepositoryScanOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.first().ok);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(0).toString(), u"shop"_s);
    }

private:
    // Every service's commits as a scan from nothing puts them in a fresh cache.
    QStringList fullScanCommits()
    {
        Store store(m_dir->filePath(u"full-%1.sqlite"_s.arg(++m_fullScans)));
        if (!scanRepositories(store, workspace()).first().ok)
            return {u"the full scan failed"_s};
        return allCommits(store);
    }

    static QStringList allCommits(Store &store)
    {
        QStringList out;
        for (const ServiceCommit &c : store.readServiceCommits())
            out.append(c.service + u' ' + c.sha + (c.pipelineChange ? u" ci"_s : u""_s));
        out.sort();
        return out;
    }

    void writeWorkspace(const QByteArray &extra, const QString &revision = u"HEAD"_s,
                        const QString &moreRepositories = {})
    {
        QFile f(m_workspacePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("signalbox: 1\nname: shop\nrepositories:\n  - path: shop\n    revision: "
                + revision.toUtf8() + "\n" + moreRepositories.toUtf8() + extra);
    }

    Workspace workspace()
    {
        const WorkspaceParseResult parsed = parseWorkspaceFile(m_workspacePath);
        for (const Diagnostic &d : parsed.diagnostics)
            qWarning().noquote() << d.toString();
        return parsed.workspace;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GitRepoBuilder> m_repo;
    QString m_workspacePath;
    QString m_cachePath;
    QString c1, c2, c3, c4;
    int m_fullScans = 0;
};

QTEST_GUILESS_MAIN(tst_RepositoryScan)
#include "tst_repositoryscan.moc"
