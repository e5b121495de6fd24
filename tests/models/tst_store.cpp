#include "store/migrations.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sqlite3.h>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'760'000'000'000; // a fixed instant, so every figure below is exact
constexpr qint64 Minute = 60'000;

Service service(const QString &name, const QString &owner, int tier)
{
    Service s;
    s.name = name;
    s.owner = owner;
    s.system = u"shop"_s;
    s.tier = tier;
    s.kind = ServiceKind::Service;
    s.repository = u"https://git.example.com/shop/"_s + name;
    s.defaultBranch = u"main"_s;
    s.inCatalog = true;
    return s;
}

PipelineRun run(const QString &id, const QString &svc, RunStatus status, EpochMs started,
                qint64 durationMinutes, const QString &branch = u"main"_s)
{
    PipelineRun r;
    r.externalId = id;
    r.service = svc;
    r.pipeline = u"ci"_s;
    r.status = status;
    r.startedAt = started;
    r.durationMs = durationMinutes * Minute;
    r.finishedAt = started + r.durationMs;
    r.queuedMs = 4000;
    r.commitSha = QString(u"%1"_s).arg(id, 40, u'0');
    r.branch = branch;
    r.url = u"https://ci.example.com/"_s + id;
    return r;
}

IngestBatch sampleBatch()
{
    IngestBatch batch;
    batch.source = u"ci"_s;
    batch.sourceKind = u"file"_s;
    batch.services = {service(u"payments"_s, u"team-checkout"_s, 1),
                      service(u"checkout"_s, u"team-checkout"_s, 1)};
    batch.dependencies
        = {{u"checkout"_s, u"payments"_s, DependencyKind::Sync, u"workspace.yaml:9"_s}};
    batch.runs = {
        run(u"r1"_s, u"payments"_s, RunStatus::Succeeded, T0, 5),
        run(u"r2"_s, u"payments"_s, RunStatus::Failed, T0 + 60 * Minute, 7),
        run(u"r3"_s, u"checkout"_s, RunStatus::Succeeded, T0 + 10 * Minute, 3),
        run(u"r4"_s, u"checkout"_s, RunStatus::Running, T0 + 90 * Minute, -1, u"feature/x"_s),
    };
    batch.runs[3].durationMs = -1;
    batch.runs[3].finishedAt = NoTime;
    Deployment d;
    d.externalId = u"d1"_s;
    d.service = u"payments"_s;
    d.version = u"5.2.0"_s;
    d.environment = u"production"_s;
    d.deployedAt = T0 + 20 * Minute;
    d.status = DeploymentStatus::Succeeded;
    d.commitSha = u"abc"_s;
    Deployment staging = d;
    staging.externalId = u"d2"_s;
    staging.version = u"5.3.0"_s;
    staging.environment = u"staging"_s;
    staging.deployedAt = T0 + 70 * Minute;
    batch.deployments = {d, staging};
    Rollout r;
    r.externalId = u"ro1"_s;
    r.service = u"payments"_s;
    r.version = u"5.3.0"_s;
    r.strategy = RolloutStrategy::Canary;
    r.step = 2;
    r.stepCount = 5;
    r.weight = 25;
    r.phase = RolloutPhase::Progressing;
    r.updatedAt = T0 + 75 * Minute;
    r.analysis = {{u"error-rate"_s, AnalysisPhase::Successful, 0.3, 1.0},
                  {u"latency-p99"_s, AnalysisPhase::Running, 180, 250}};
    batch.rollouts = {r};
    ContractVerification v;
    v.externalId = u"v1"_s;
    v.consumer = u"checkout"_s;
    v.consumerVersion = u"2.0.0"_s;
    v.provider = u"payments"_s;
    v.providerVersion = u"5.2.0"_s;
    v.result = VerificationResult::Success;
    v.verifiedAt = T0 + 30 * Minute;
    batch.verifications = {v};
    batch.flags = {{u"new-checkout"_s, u"production"_s, true, u"checkout"_s, T0, {}}};
    return batch;
}

qint64 countRows(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
    qint64 count = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        count = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return count;
}

Incident incident(const QString &id, const QString &svc, EpochMs created, EpochMs resolved,
                  const QString &rootCause = {})
{
    Incident i;
    i.externalId = id;
    i.service = svc;
    i.title = u"Checkout errors "_s + id;
    i.createdAt = created;
    i.resolvedAt = resolved;
    i.rootCauseCommit = rootCause;
    i.url = u"https://issues.example.com/"_s + id;
    return i;
}

bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache.sqlite"_s);
    }

    void createsCurrentSchema()
    {
        Store store(m_path);
        QCOMPARE(store.schemaVersion(), Migrations::CurrentVersion);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    void roundTrip()
    {
        const IngestBatch batch = sampleBatch();
        {
            Store store(m_path);
            const IngestCounts counts = store.ingest(batch);
            QCOMPARE(counts.runs, 4);
            QCOMPARE(counts.deployments, 2);
        }
        // A fresh connection reads back exactly what was written.
        Store store(m_path, Database::Mode::ReadOnly);
        const SnapshotPtr snapshot = store.readSnapshot();
        QCOMPARE(snapshot->services.size(), 2);
        QCOMPARE(snapshot->services.at(0).service.name, u"checkout"_s); // sorted by name
        const ServiceState *payments = snapshot->find(u"payments"_s);
        QVERIFY(payments);
        QCOMPARE(payments->service, batch.services.at(0));

        QVERIFY(payments->lastRun.has_value());
        PipelineRun expected = batch.runs.at(1); // the newest run on main
        expected.source = u"ci"_s;
        QCOMPARE(*payments->lastRun, expected);
        QCOMPARE(payments->pipelineHealth(), Health::Failing);

        // checkout's newest run is on a feature branch: the headline is its newest main run.
        const ServiceState *checkout = snapshot->find(u"checkout"_s);
        QCOMPARE(checkout->lastRun->externalId, u"r3"_s);

        QCOMPARE(payments->latestDeployments.size(), 2);
        QCOMPARE(payments->latestDeployments.at(0).environment, u"staging"_s); // newest first
        QCOMPARE(payments->latestDeployments.at(1).version, u"5.2.0"_s);

        QVERIFY(payments->latestRollout.has_value());
        Rollout rollout = batch.rollouts.at(0);
        rollout.source = u"ci"_s;
        QCOMPARE(*payments->latestRollout, rollout);

        QCOMPARE(snapshot->dependencies.size(), 1);
        QCOMPARE(snapshot->dependencies.at(0), batch.dependencies.at(0));

        const ServiceDetails details = store.readServiceDetails(u"payments"_s);
        QCOMPARE(details.latestDeployments.size(), 2);
        QCOMPARE(details.latestDeployments.at(0).environment, u"staging"_s);
        QCOMPARE(details.latestDeployments.at(1).version, u"5.2.0"_s);
        QCOMPARE(details.recentRuns.size(), 2);
        QCOMPARE(details.recentRuns.at(0).externalId, u"r2"_s);
        QCOMPARE(details.recentRuns.at(1).externalId, u"r1"_s);
        QCOMPARE(details.recentVerifications.size(), 1);
        QCOMPARE(details.recentVerifications.at(0).result, VerificationResult::Success);
        QCOMPARE(details.recentVerifications.at(0).consumer, u"checkout"_s);

        const ServiceDetails runningDetails = store.readServiceDetails(u"checkout"_s);
        QCOMPARE(runningDetails.recentRuns.at(0).status, RunStatus::Running);
        QCOMPARE(runningDetails.recentRuns.at(0).durationMs, -1); // unknown stays unknown
        QCOMPARE(runningDetails.recentRuns.at(0).finishedAt, NoTime);
        QVERIFY(store.readServiceDetails(u"no-such-service"_s).service.name.isEmpty());
    }

    void ingestIsIdempotent()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        store.ingest(sampleBatch());
        QCOMPARE(countRows(m_path, "pipeline_runs"), 4);
        QCOMPARE(countRows(m_path, "deployments"), 2);
        QCOMPARE(countRows(m_path, "rollouts"), 1);
        QCOMPARE(countRows(m_path, "rollout_analysis"), 2);
        QCOMPARE(countRows(m_path, "contract_verifications"), 1);
        QCOMPARE(countRows(m_path, "flag_states"), 1);
        QCOMPARE(countRows(m_path, "dependencies"), 1);
        QCOMPARE(countRows(m_path, "services"), 2);
    }

    void ingestUpdatesChangedRows()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        IngestBatch later;
        later.source = u"ci"_s;
        later.runs = {sampleBatch().runs.at(3)};
        later.runs[0].status = RunStatus::Succeeded; // the running build finished
        later.runs[0].durationMs = 6 * Minute;
        store.ingest(later);
        QCOMPARE(countRows(m_path, "pipeline_runs"), 4);
        const ServiceDetails details = store.readServiceDetails(u"checkout"_s);
        QCOMPARE(details.recentRuns.at(0).status, RunStatus::Succeeded);
        QCOMPARE(details.recentRuns.at(0).durationMs, 6 * Minute);
    }

    void sameIdFromTwoSourcesIsTwoRows()
    {
        Store store(m_path);
        IngestBatch a = sampleBatch();
        IngestBatch b = sampleBatch();
        b.source = u"other"_s;
        store.ingest(a);
        store.ingest(b);
        QCOMPARE(countRows(m_path, "pipeline_runs"), 8);
        // The same edge from two sources is still one edge in the snapshot.
        QCOMPARE(store.readSnapshot()->dependencies.size(), 1);
    }

    void replacingDependenciesAndCatalog()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        IngestBatch catalog;
        catalog.source = u"ci"_s;
        catalog.services = {service(u"checkout"_s, u"team-checkout"_s, 1)};
        catalog.replacesCatalog = true;
        catalog.replacesDependencies = true;
        store.ingest(catalog);
        const SnapshotPtr snapshot = store.readSnapshot();
        QVERIFY(snapshot->dependencies.isEmpty());
        // payments left the catalog, but its history stays.
        QCOMPARE(snapshot->find(u"payments"_s)->service.inCatalog, false);
        QVERIFY(snapshot->find(u"payments"_s)->lastRun.has_value());
        QCOMPARE(snapshot->find(u"checkout"_s)->service.inCatalog, true);
    }

    void servicesSeenOnlyInRunsAreNotInCatalog()
    {
        Store store(m_path);
        IngestBatch batch;
        batch.source = u"ci"_s;
        batch.runs = {run(u"x"_s, u"ghost"_s, RunStatus::Succeeded, T0, 2)};
        store.ingest(batch);
        const SnapshotPtr snapshot = store.readSnapshot();
        const ServiceState *ghost = snapshot->find(u"ghost"_s);
        QVERIFY(ghost);
        QVERIFY(!ghost->service.inCatalog);
        QCOMPARE(ghost->service.kind, ServiceKind::Unknown);
    }

    void failedIngestLeavesNothingBehind()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        // A trigger that fails half-way through simulates a disk or constraint error.
        sqlite3_exec(
            store.database().handle(),
            "CREATE TRIGGER boom BEFORE INSERT ON deployments WHEN NEW.external_id = 'bad' "
            "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
            nullptr, nullptr, nullptr);
        IngestBatch batch;
        batch.source = u"ci"_s;
        batch.runs = {run(u"new-run"_s, u"brand-new-service"_s, RunStatus::Failed, T0, 1)};
        Deployment bad;
        bad.externalId = u"bad"_s;
        bad.service = u"payments"_s;
        batch.deployments = {bad};
        QVERIFY_THROWS_EXCEPTION(StoreError, store.ingest(batch));
        QCOMPARE(countRows(m_path, "pipeline_runs"), 4);
        QVERIFY(!store.readSnapshot()->find(u"brand-new-service"_s));
        // The store stays usable, and ids cached inside the rolled-back transaction are gone.
        batch.deployments.clear();
        store.ingest(batch);
        QVERIFY(store.readSnapshot()->find(u"brand-new-service"_s));
        QCOMPARE(countRows(m_path, "pipeline_runs"), 5);
    }

    void migratesFromVersion1()
    {
        const QString fixture = QStringLiteral(SIGNALBOX_TEST_DATA "/fixtures/cache-v1.sqlite");
        QVERIFY(QFile::copy(fixture, m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        Store store(m_path);
        QCOMPARE(store.schemaVersion(), Migrations::CurrentVersion);
        const SnapshotPtr snapshot = store.readSnapshot();
        QCOMPARE(snapshot->services.size(), 2);
        const ServiceState *payments = snapshot->find(u"payments"_s);
        QCOMPARE(payments->service.owner, u"team-checkout"_s);
        QCOMPARE(payments->lastRun->externalId, u"run-2"_s);
        QCOMPARE(payments->lastRun->status, RunStatus::Failed);
        QCOMPARE(payments->lastRun->attempt, 1); // new column, default
        QCOMPARE(payments->lastRun->queuedMs, -1); // new column, unknown
        QCOMPARE(payments->latestDeployments.at(0).version, u"5.2.0"_s);
        QCOMPARE(snapshot->dependencies.size(), 1);
        QCOMPARE(store.readServiceDetails(u"payments"_s).recentRuns.size(), 2);
        // The migrated database takes new kinds of data.
        store.ingest(sampleBatch());
        QCOMPARE(countRows(m_path, "rollouts"), 1);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        {
            Store store(m_path);
            store.ingest(sampleBatch());
        }
        // A newer Signalbox wrote its version into the write-ahead log and has not checkpointed:
        // the refusal must leave both files exactly as they are.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        const QByteArray pragma
            = "PRAGMA user_version = " + QByteArray::number(Migrations::CurrentVersion + 1);
        QCOMPARE(sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QString wal = m_path + u"-wal"_s;
        QVERIFY(QFile::exists(wal));
        const QByteArray mainBefore = fileHash(m_path);
        const QByteArray walBefore = fileHash(wal);
        try {
            Store store(m_path);
            QFAIL("a newer schema was opened");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::NewerSchema);
            QVERIFY(e.message().contains(u"newer version of Signalbox"_s));
            QVERIFY(e.message().contains(u"cache.sqlite"_s));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, Store(m_path, Database::Mode::ReadOnly));
        QCOMPARE(fileHash(m_path), mainBefore);
        QVERIFY(QFile::exists(wal));
        QCOMPARE(fileHash(wal), walBefore);
    }

    void concurrentFirstOpensMigrateOnce()
    {
        // The window and a headless command may open a new cache at the same moment.
        for (int attempt = 0; attempt < 10; ++attempt) {
            const QString path = m_dir->filePath(u"race-%1.sqlite"_s.arg(attempt));
            std::atomic<int> failures = 0;
            const auto open = [&] {
                try {
                    Store store(path);
                } catch (const StoreError &) {
                    ++failures;
                }
            };
            std::thread a(open), b(open);
            a.join();
            b.join();
            QCOMPARE(failures.load(), 0);
            QCOMPARE(Store(path).schemaVersion(), Migrations::CurrentVersion);
        }
    }

    void sourceServicesDoNotEraseTheCatalog()
    {
        Store store(m_path);
        IngestBatch catalog;
        catalog.source = u"workspace"_s;
        Service declared = service(u"checkout"_s, u"team-checkout"_s, 1);
        declared.defaultBranch = u"develop"_s;
        catalog.services = {declared};
        store.ingest(catalog);
        // A source that knows only the name and the system must not wipe the rest.
        IngestBatch partial;
        partial.source = u"ci"_s;
        Service thin;
        thin.name = u"checkout"_s;
        thin.system = u"shop-2"_s;
        thin.inCatalog = true;
        partial.services = {thin};
        store.ingest(partial);
        const Service s = store.readSnapshot()->find(u"checkout"_s)->service;
        QCOMPARE(s.owner, u"team-checkout"_s);
        QCOMPARE(s.tier, 1);
        QCOMPARE(s.kind, ServiceKind::Service);
        QCOMPARE(s.defaultBranch, u"develop"_s);
        QCOMPARE(s.system, u"shop-2"_s);
    }

    void corruptFileIsReportedNotReplaced_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("not a database")
            << QByteArray("this is a text file, not SQLite\n").repeated(200);
        QTest::addRow("zeros") << QByteArray(8192, '\0').replace(0, 16, "SQLite format 3\0");
    }

    void corruptFileIsReportedNotReplaced()
    {
        QFETCH(QByteArray, content);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = fileHash(m_path);
        try {
            Store store(m_path);
            store.readSnapshot();
            QFAIL("a damaged file was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
            QVERIFY(e.message().contains(u"damaged"_s));
        }
        QCOMPARE(fileHash(m_path), before);
    }

    void truncatedDatabaseIsCorrupt()
    {
        {
            Store store(m_path);
            IngestBatch batch = sampleBatch();
            for (int i = 0; i < 3000; ++i)
                batch.runs.append(run(u"bulk-"_s + QString::number(i), u"payments"_s,
                                      RunStatus::Succeeded, T0 + i, 1));
            store.ingest(batch);
            store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            store.database().exec("PRAGMA journal_mode = DELETE");
        }
        QFile file(m_path);
        const qint64 size = file.size();
        QVERIFY(size > 16384);
        QVERIFY(file.resize(size / 2));
        bool reported = false;
        try {
            Store store(m_path);
            store.readSnapshot();
            store.readServiceDetails(u"payments"_s, 5000);
            reported = !store.integrityProblems().isEmpty();
        } catch (const StoreError &e) {
            reported = e.kind() == StoreError::Kind::Corrupt;
        }
        QVERIFY2(reported, "a database cut in half was read without complaint");
    }

    void bindingAfterAStatementRanToItsEnd()
    {
        Store store(m_path);
        Statement q(store.database(), "SELECT ?1");
        q.bind(1, u"first"_s);
        QVERIFY(q.step());
        QVERIFY(!q.step()); // done, but not reset
        q.bind(1, u"a much longer second value that needs a bigger buffer"_s);
        QVERIFY(q.step());
        QCOMPARE(q.text(0), u"a much longer second value that needs a bigger buffer"_s);
    }

    void readOnlyOpenOfMissingFileFails()
    {
        QVERIFY_THROWS_EXCEPTION(
            StoreError, Store(m_dir->filePath(u"missing.sqlite"_s), Database::Mode::ReadOnly));
        QVERIFY(!QFile::exists(m_dir->filePath(u"missing.sqlite"_s)));
    }

    void buildStatsOverWindow()
    {
        Store store(m_path);
        IngestBatch batch;
        batch.source = u"ci"_s;
        // payments: durations 1..10 minutes, the 3rd and 7th failed; one cancelled run, one old
        // run.
        for (int i = 1; i <= 10; ++i) {
            batch.runs.append(run(u"p"_s + QString::number(i), u"payments"_s,
                                  i == 3 || i == 7 ? RunStatus::Failed : RunStatus::Succeeded,
                                  T0 + i * Minute, i));
        }
        batch.runs.append(run(u"pc"_s, u"payments"_s, RunStatus::Cancelled, T0 + 20 * Minute, 99));
        batch.runs.append(
            run(u"old"_s, u"payments"_s, RunStatus::Failed, T0 - 40LL * 24 * 60 * Minute, 50));
        batch.runs.append(run(u"c1"_s, u"checkout"_s, RunStatus::Succeeded, T0 + Minute, 20));
        store.ingest(batch);

        const QList<BuildStats> stats = store.buildStats(T0);
        QCOMPARE(stats.size(), 2);
        const BuildStats &checkout = stats.at(0);
        QCOMPARE(checkout.service, u"checkout"_s);
        QCOMPARE(checkout.runs, 1);
        QCOMPARE(checkout.p50DurationMs, 20 * Minute);
        QCOMPARE(checkout.p90DurationMs, 20 * Minute);
        const BuildStats &payments = stats.at(1);
        QCOMPARE(payments.runs, 10);
        QCOMPARE(payments.failed, 2);
        QCOMPARE(payments.failureRate, 0.2);
        QCOMPARE(payments.p50DurationMs, 5 * Minute); // nearest rank: the 5th of 10
        QCOMPARE(payments.p90DurationMs, 9 * Minute); // the 9th of 10
        QVERIFY(store.buildStats(T0 + 1000 * Minute).isEmpty());
    }

    void sourceHealthBookkeeping()
    {
        Store store(m_path);
        store.recordSyncAttempt(u"gh"_s, u"github"_s, T0);
        store.recordSyncSuccess(u"gh"_s, T0 + 1, u"etag-1"_s, 4999);
        SourceHealth h = store.sourceHealth(u"gh"_s);
        QCOMPARE(h.kind, u"github"_s);
        QCOMPARE(h.lastSuccessAt, T0 + 1);
        QCOMPARE(h.cursor, u"etag-1"_s);
        QCOMPARE(h.rateLimitRemaining, 4999);
        QVERIFY(!h.isStale());
        store.recordSyncFailure(u"gh"_s, T0 + 2, u"HTTP 502"_s);
        h = store.sourceHealth(u"gh"_s);
        QVERIFY(h.isStale());
        QCOMPARE(h.lastError, u"HTTP 502"_s);
        QCOMPARE(h.cursor, u"etag-1"_s); // a failure keeps the cursor
        QCOMPARE(store.readSnapshot()->lastSyncAt(), T0 + 1);
        // Reading the workspace's own catalog is not a sync.
        store.recordSyncAttempt(u"workspace"_s, u"workspace"_s, T0 + 5);
        store.recordSyncSuccess(u"workspace"_s, T0 + 5, {});
        QCOMPARE(store.readSnapshot()->lastSyncAt(), T0 + 1);
    }

    void forgettingSourcesRemovesTheirData()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        IngestBatch other = sampleBatch();
        other.source = u"kept"_s;
        store.ingest(other);
        store.forgetSourcesExcept({u"kept"_s});
        QCOMPARE(countRows(m_path, "pipeline_runs"), 4);
        QCOMPARE(countRows(m_path, "sources"), 1);
    }

    void incidentsIngestOnceAndReadBackExactly()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        IngestBatch batch;
        batch.source = u"issues"_s;
        batch.sourceKind = u"github"_s;
        batch.incidents = {
            incident(u"41"_s, u"payments"_s, T0 + 60 * Minute, T0 + 95 * Minute, u"abc1234"_s),
            incident(u"7"_s, {}, T0 + 10 * Minute, NoTime),
            // Filed against a service nobody declared: kept, like a run of one.
            incident(u"9"_s, u"search"_s, T0 + 30 * Minute, NoTime),
        };
        QCOMPARE(store.ingest(batch).incidents, 3);
        QCOMPARE(store.ingest(batch).incidents, 3);
        QCOMPARE(countRows(m_path, "incidents"), 3);

        // Oldest first, each with its source.
        QList<Incident> expected {batch.incidents.at(1), batch.incidents.at(2),
                                  batch.incidents.at(0)};
        for (Incident &i : expected)
            i.source = u"issues"_s;
        QCOMPARE(store.readIncidents(), expected);
        // [T0 + 10 min, T0 + 60 min): the one created at the end is out.
        QCOMPARE(store.readIncidents(T0 + 10 * Minute, T0 + 60 * Minute),
                 (QList<Incident> {expected.at(0), expected.at(1)}));
        QCOMPARE(store.readIncidents(T0 + 11 * Minute),
                 (QList<Incident> {expected.at(1), expected.at(2)}));
        QCOMPARE(store.readIncidents(NoTime, T0 + 30 * Minute), (QList<Incident> {expected.at(0)}));

        // The open one is resolved and moves to another service: the same row changes.
        batch.incidents = {incident(u"7"_s, u"checkout"_s, T0 + 10 * Minute, T0 + 50 * Minute)};
        store.ingest(batch);
        QCOMPARE(countRows(m_path, "incidents"), 3);
        expected[0] = batch.incidents.at(0);
        expected[0].source = u"issues"_s;
        QCOMPARE(store.readIncidents(), expected);

        // The same id from another source is another incident.
        batch.source = u"file"_s;
        store.ingest(batch);
        QCOMPARE(countRows(m_path, "incidents"), 4);

        // A service kept only by an incident stays when the catalog is replaced.
        IngestBatch catalog;
        catalog.source = u"ci"_s;
        catalog.replacesCatalog = true;
        store.ingest(catalog);
        QVERIFY(store.readSnapshot()->find(u"search"_s));
        QCOMPARE(store.readIncidents().at(2).service, u"search"_s);

        // A removed source takes its incidents with it.
        store.forgetSourcesExcept({u"ci"_s, u"file"_s});
        QCOMPARE(countRows(m_path, "incidents"), 1);
        QCOMPARE(store.readIncidents().at(0).source, u"file"_s);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    void migratesFromVersion5KeepingData()
    {
        {
            Store store(m_path);
            store.ingest(sampleBatch());
        }
        // Version 5 is version 6 without the incidents table and its indexes.
        QVERIFY(execSql(m_path, "DROP TABLE incidents; PRAGMA user_version = 5"));
        QCOMPARE(countRows(m_path, "incidents"), -1);
        Store store(m_path);
        QCOMPARE(store.schemaVersion(), 6);
        QCOMPARE(countRows(m_path, "pipeline_runs"), 4);
        QCOMPARE(countRows(m_path, "deployments"), 2);
        QCOMPARE(countRows(m_path, "rollouts"), 1);
        QCOMPARE(store.readSnapshot()->find(u"payments"_s)->lastRun->externalId, u"r2"_s);
        QVERIFY(store.readIncidents().isEmpty());
        IngestBatch batch;
        batch.source = u"ci"_s;
        batch.incidents = {incident(u"1"_s, u"payments"_s, T0, T0 + Minute)};
        store.ingest(batch);
        QCOMPARE(store.readIncidents().size(), 1);
        QCOMPARE(store.readIncidents().at(0).resolvedAt, T0 + Minute);
        QVERIFY(store.integrityProblems().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
