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
        // Version 6 brought the checklist decisions, empty.
        QVERIFY(store.readChecklistOverrides().isEmpty());
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

    void checklistOverridesAreKeptAsAHistory()
    {
        Store store(m_path);
        QVERIFY(store.readChecklistOverrides().isEmpty());
        const ChecklistOverride yes {ChecklistQuestion::SlowBuilds,
                                     ChecklistAnswer::Yes,
                                     u"The nightly build is 40 min"_s,
                                     u"alice"_s,
                                     T0 + 2,
                                     false};
        const ChecklistOverride taken {ChecklistQuestion::SlowBuilds,
                                       ChecklistAnswer::NotEnoughData,
                                       u"Measured again"_s,
                                       u"alice"_s,
                                       T0 + 3,
                                       true};
        const ChecklistOverride no {ChecklistQuestion::PipelineChangeOutage,
                                    ChecklistAnswer::No,
                                    {},
                                    u"bob"_s,
                                    T0 + 1,
                                    false};
        // Same moment as `yes`, added after it: it comes after it.
        const ChecklistOverride tie {ChecklistQuestion::SlowFirstPipeline,
                                     ChecklistAnswer::Yes,
                                     u"ümlaut ✓"_s,
                                     u"carol"_s,
                                     T0 + 2,
                                     false};
        store.addChecklistOverride(yes);
        store.addChecklistOverride(taken);
        store.addChecklistOverride(no);
        store.addChecklistOverride(tie);
        // The same decision twice is two rows: nothing is replaced.
        store.addChecklistOverride(no);
        QCOMPARE(countRows(m_path, "checklist_overrides"), 5);
        // Oldest first by decision time: no (T0+1), no again, yes (T0+2), tie (T0+2), taken.
        const QList<ChecklistOverride> expected {no, no, yes, tie, taken};
        QCOMPARE(store.readChecklistOverrides(), expected);
        QVERIFY(store.readChecklistOverrides().at(4).cleared);
    }

    void checklistOverridesOutliveSourcesAndTheCatalog()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        const ChecklistOverride decision {ChecklistQuestion::ManualCoordination,
                                          ChecklistAnswer::Yes,
                                          u"Release train"_s,
                                          u"alice"_s,
                                          T0,
                                          false};
        store.addChecklistOverride(decision);
        // Forgetting every source and repository takes their data with them...
        store.forgetSourcesExcept({});
        store.forgetRepositoriesExcept({});
        // ...and a catalog that names nothing then sweeps every service nobody refers to.
        IngestBatch emptyCatalog;
        emptyCatalog.source = u"workspace"_s;
        emptyCatalog.replacesCatalog = true;
        emptyCatalog.replacesDependencies = true;
        store.ingest(emptyCatalog);
        QCOMPARE(countRows(m_path, "pipeline_runs"), 0);
        QCOMPARE(countRows(m_path, "sources"), 1); // the workspace's, just written
        QCOMPARE(countRows(m_path, "services"), 0);
        QCOMPARE(countRows(m_path, "checklist_overrides"), 1);
        QCOMPARE(store.readChecklistOverrides(), QList<ChecklistOverride> {decision});
        QCOMPARE(Store(m_path).readChecklistOverrides(), QList<ChecklistOverride> {decision});
    }

    void teamLeadInputReadsTheWindow()
    {
        constexpr qint64 Day = 24 * 60 * Minute;
        // The window is [T0 + 10 days, T0 + 20 days); runs, verifications and rollouts are read
        // from a day before it, T0 + 9 days; deployments and commits up to now, T0 + 21 days.
        const EpochMs from = T0 + 10 * Day;
        const EpochMs to = T0 + 20 * Day;
        const EpochMs now = T0 + 21 * Day;
        const EpochMs since = T0 + 9 * Day;

        Store store(m_path);
        IngestBatch catalog;
        catalog.source = u"workspace"_s;
        catalog.services = {service(u"payments"_s, u"team-pay"_s, 1),
                            service(u"checkout"_s, u"team-checkout"_s, 2)};
        catalog.dependencies
            = {{u"checkout"_s, u"payments"_s, DependencyKind::Sync, u"workspace.yaml:9"_s}};
        store.ingest(catalog);

        IngestBatch ci;
        ci.source = u"ci"_s;
        ci.sourceKind = u"github"_s;
        // The same edge from a second source is still one edge, with the first evidence.
        ci.dependencies = {{u"checkout"_s, u"payments"_s, DependencyKind::Sync, u"ci.yaml:1"_s}};
        PipelineRun unstartedIn = run(u"unstarted-in"_s, u"payments"_s, RunStatus::Failed, 0, 0);
        unstartedIn.startedAt = NoTime;
        unstartedIn.finishedAt = T0 + 12 * Day;
        PipelineRun unstartedOut = unstartedIn;
        unstartedOut.externalId = u"unstarted-out"_s;
        unstartedOut.finishedAt = to;
        ci.runs = {
            run(u"before"_s, u"payments"_s, RunStatus::Succeeded, since - 1, 5),
            run(u"edge"_s, u"payments"_s, RunStatus::Succeeded, since, 5), // exactly from - 1 day
            run(u"inside"_s, u"checkout"_s, RunStatus::Failed, T0 + 15 * Day, 20),
            run(u"last"_s, u"checkout"_s, RunStatus::Succeeded, to - 1, 3),
            run(u"at-to"_s, u"checkout"_s, RunStatus::Succeeded, to, 3),
            unstartedIn,
            unstartedOut,
        };
        const auto job = [](const QString &id, const QString &runId, const QString &name) {
            PipelineJob j;
            j.externalId = id;
            j.runExternalId = runId;
            j.name = name;
            j.stage = u"test"_s;
            j.status = RunStatus::Succeeded;
            j.startedAt = T0;
            j.durationMs = 1000;
            j.url = u"https://ci.example.com/jobs/"_s + id;
            return j;
        };
        ci.jobs
            = {job(u"j0"_s, u"before"_s, u"unit"_s), job(u"j2"_s, u"inside"_s, u"e2e"_s),
               job(u"j1"_s, u"inside"_s, u"unit"_s), job(u"j3"_s, u"unstarted-in"_s, u"lint"_s)};
        const auto deployment = [](const QString &id, EpochMs at) {
            Deployment d;
            d.externalId = id;
            d.service = u"payments"_s;
            d.version = id + u".0"_s;
            d.environment = u"production"_s;
            d.deployedAt = at;
            d.status = DeploymentStatus::Succeeded;
            d.commitSha = u"abc1234"_s;
            d.url = u"https://deploy.example.com/"_s + id;
            return d;
        };
        ci.deployments = {deployment(u"future"_s, now + 1), deployment(u"at-now"_s, now),
                          deployment(u"old"_s, T0), deployment(u"edge"_s, since),
                          deployment(u"just-before"_s, since - 1)};
        const auto verification = [](const QString &id, EpochMs at) {
            ContractVerification v;
            v.externalId = id;
            v.consumer = u"checkout"_s;
            v.consumerVersion = u"2.0"_s;
            v.provider = u"payments"_s;
            v.providerVersion = u"5.0"_s;
            v.result = VerificationResult::Success;
            v.verifiedAt = at;
            return v;
        };
        ci.verifications
            = {verification(u"v-late"_s, T0 + 19 * Day), verification(u"v-out"_s, since - 1),
               verification(u"v-edge"_s, since), verification(u"v-to"_s, to)};
        const auto rollout = [](const QString &id, EpochMs at) {
            Rollout r;
            r.externalId = id;
            r.service = u"payments"_s;
            r.version = u"5.0"_s;
            r.strategy = RolloutStrategy::Canary;
            r.phase = RolloutPhase::Aborted;
            r.updatedAt = at;
            return r;
        };
        ci.rollouts = {rollout(u"ro-out"_s, T0 + 8 * Day), rollout(u"ro-in"_s, from),
                       rollout(u"ro-to"_s, to)};
        ci.rollouts[1].analysis = {{u"latency"_s, AnalysisPhase::Failed, 300, 250},
                                   {u"errors"_s, AnalysisPhase::Successful, 0.1, 1}};
        ci.rollouts[2].analysis = {{u"errors"_s, AnalysisPhase::Failed, 5, 1}};
        store.ingest(ci);

        // A second source with a run of the same id, a day after the window opens.
        IngestBatch gitlab;
        gitlab.source = u"gl"_s;
        gitlab.runs = {run(u"inside"_s, u"payments"_s, RunStatus::Succeeded, from + Day, 9)};
        gitlab.jobs = {job(u"gj"_s, u"inside"_s, u"build"_s)};
        store.ingest(gitlab);

        RepositoryScan scan;
        scan.repository = u"shop"_s;
        scan.path = u"/src/shop"_s;
        const auto commit = [](const QString &sha, EpochMs at, const QStringList &services,
                               const QStringList &pipelines) {
            ScannedCommit c;
            c.commit.sha = sha;
            c.commit.authorName = u"Ada"_s;
            c.commit.authorTime = at - Minute;
            c.commit.committerTime = at;
            c.commit.summary = u"change "_s + sha;
            c.services = services;
            c.pipelineServices = pipelines;
            return c;
        };
        // Newest first, as a history walk gives them.
        store.writeRepositoryScan(
            scan,
            {commit(u"c-future"_s, now + 1, {u"payments"_s}, {}),
             commit(u"c-recent"_s, T0 + 18 * Day, {u"checkout"_s}, {}),
             commit(u"c-old"_s, T0 + 5 * Day, {u"payments"_s}, {u"payments"_s})},
            true);
        const ChecklistOverride decision {ChecklistQuestion::SlowBuilds,
                                          ChecklistAnswer::No,
                                          u"Cached builds now"_s,
                                          u"alice"_s,
                                          T0,
                                          false};
        store.addChecklistOverride(decision);

        const TeamLeadInput input = store.readTeamLeadInput(from, to, now);
        QCOMPARE(input.from, from);
        QCOMPARE(input.to, to);
        QCOMPARE(input.now, now);
        QVERIFY(input.workspaceName.isEmpty());
        QVERIFY(input.incidents.isEmpty());

        const SnapshotPtr snapshot = store.readSnapshot();
        QCOMPARE(input.services.size(), 2);
        QCOMPARE(input.services.at(0), snapshot->services.at(0).service);
        QCOMPARE(input.services.at(0).name, u"checkout"_s);
        QCOMPARE(input.services.at(1).owner, u"team-pay"_s);
        QCOMPARE(input.dependencies.size(), 1);
        QCOMPARE(input.dependencies, snapshot->dependencies);
        QCOMPARE(input.dependencies.at(0).evidence, u"workspace.yaml:9"_s);

        // Runs by start from since (inclusive) to `to` (exclusive), then the unstarted by finish.
        QStringList runs;
        for (const PipelineRun &r : input.runs)
            runs.append(r.source + u':' + r.externalId);
        QCOMPARE(runs,
                 (QStringList {u"ci:edge"_s, u"gl:inside"_s, u"ci:inside"_s, u"ci:last"_s,
                               u"ci:unstarted-in"_s}));
        PipelineRun expectedInside = ci.runs.at(2);
        expectedInside.source = u"ci"_s;
        QCOMPARE(input.runs.at(2), expectedInside);
        QCOMPARE(input.runs.at(4).startedAt, NoTime);
        QCOMPARE(input.runs.at(4).finishedAt, T0 + 12 * Day);
        QCOMPARE(input.runs.at(1).service, u"payments"_s);

        // Jobs of those runs only, in run order, then as stored.
        QStringList jobs;
        for (const PipelineJob &j : input.jobs)
            jobs.append(j.source + u':' + j.runExternalId + u'/' + j.externalId);
        QCOMPARE(jobs,
                 (QStringList {u"gl:inside/gj"_s, u"ci:inside/j2"_s, u"ci:inside/j1"_s,
                               u"ci:unstarted-in/j3"_s}));
        PipelineJob expectedJob = ci.jobs.at(1);
        expectedJob.source = u"ci"_s;
        QCOMPARE(input.jobs.at(1), expectedJob);

        // Every deployment up to and including now, oldest first; the url only from since on.
        QStringList deployments;
        for (const Deployment &d : input.deployments)
            deployments.append(d.externalId + u' ' + d.url);
        QCOMPARE(
            deployments,
            (QStringList {u"old "_s, u"just-before "_s, u"edge https://deploy.example.com/edge"_s,
                          u"at-now https://deploy.example.com/at-now"_s}));
        Deployment expectedDeployment = ci.deployments.at(1);
        expectedDeployment.source = u"ci"_s;
        QCOMPARE(input.deployments.at(3), expectedDeployment);

        QStringList verifications;
        for (const ContractVerification &v : input.verifications)
            verifications.append(v.externalId);
        QCOMPARE(verifications, (QStringList {u"v-edge"_s, u"v-late"_s}));
        ContractVerification expectedVerification = ci.verifications.at(0);
        expectedVerification.source = u"ci"_s;
        QCOMPARE(input.verifications.at(1), expectedVerification);

        // Rollouts in [since, to): ro-in, with its analysis by metric.
        QCOMPARE(input.rollouts.size(), 1);
        Rollout expectedRollout = ci.rollouts.at(1);
        expectedRollout.source = u"ci"_s;
        expectedRollout.analysis = {{u"errors"_s, AnalysisPhase::Successful, 0.1, 1},
                                    {u"latency"_s, AnalysisPhase::Failed, 300, 250}};
        QCOMPARE(input.rollouts.at(0), expectedRollout);

        // Commits up to now, newest first, with the pipeline change marked.
        const QList<ServiceCommit> expectedCommits {
            {u"checkout"_s, u"c-recent"_s, u"Ada"_s, T0 + 18 * Day - Minute, T0 + 18 * Day,
             u"change c-recent"_s, false},
            {u"payments"_s, u"c-old"_s, u"Ada"_s, T0 + 5 * Day - Minute, T0 + 5 * Day,
             u"change c-old"_s, true},
        };
        QCOMPARE(input.commits, expectedCommits);
        QCOMPARE(input.overrides, QList<ChecklistOverride> {decision});

        // An empty window still reads the catalog, the deployments up to now and the overrides.
        const TeamLeadInput empty = store.readTeamLeadInput(T0 - 10 * Day, T0 - 5 * Day, T0 - Day);
        QVERIFY(empty.runs.isEmpty());
        QVERIFY(empty.jobs.isEmpty());
        QVERIFY(empty.deployments.isEmpty());
        QVERIFY(empty.verifications.isEmpty());
        QVERIFY(empty.rollouts.isEmpty());
        QVERIFY(empty.commits.isEmpty());
        QCOMPARE(empty.services.size(), 2);
        QCOMPARE(empty.overrides.size(), 1);
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

    void rolloutDetailsAndProgressRoundTrip()
    {
        Rollout r;
        r.externalId = u"prod/shop/payments"_s;
        r.service = u"payments"_s;
        r.version = u"5.3.0"_s;
        r.strategy = RolloutStrategy::Canary;
        r.step = 2;
        r.stepCount = 4;
        r.weight = 20;
        r.stableWeight = 80;
        r.phase = RolloutPhase::Paused;
        r.pauseReason = u"CanaryPauseStep"_s;
        r.location = u"prod/shop"_s;
        r.updatedAt = T0;
        r.steps = {{RolloutStepKind::SetWeight, 20, {}},
                   {RolloutStepKind::Pause, -1, u"10m"_s},
                   {RolloutStepKind::Analysis, -1, u"success-rate"_s},
                   {RolloutStepKind::SetWeight, 100, {}}};
        AnalysisResult rate {u"success-rate"_s, AnalysisPhase::Running, 0.97, 0.95};
        rate.thresholdIsMaximum = false;
        rate.hasThreshold = true;
        rate.condition = u"result[0] >= 0.95"_s;
        rate.measurements = {{T0 - 2 * Minute, 0.99, AnalysisPhase::Successful},
                             {T0 - Minute, 0.97, AnalysisPhase::Successful}};
        r.analysis = {rate};
        IngestBatch batch;
        batch.source = u"argo"_s;
        batch.rollouts = {r};

        Store store(m_path);
        store.ingest(batch);
        // The same state again is no new point; a new weight and then a new phase are.
        store.ingest(batch);
        Rollout moved = r;
        moved.step = 4;
        moved.weight = 100;
        moved.updatedAt = T0 + 5 * Minute;
        batch.rollouts = {moved};
        store.ingest(batch);
        Rollout done = moved;
        done.phase = RolloutPhase::Healthy;
        done.updatedAt = T0 + 6 * Minute;
        batch.rollouts = {done};
        store.ingest(batch);

        const ServiceDetails details = store.readServiceDetails(u"payments"_s);
        QCOMPARE(details.recentRollouts.size(), 1);
        const Rollout read = details.recentRollouts.at(0);
        const QList<RolloutProgress> expectedHistory {
            {T0, 2, 20, RolloutPhase::Paused},
            {T0 + 5 * Minute, 4, 100, RolloutPhase::Paused},
            {T0 + 6 * Minute, 4, 100, RolloutPhase::Healthy}};
        QCOMPARE(read.history, expectedHistory);
        Rollout expected = done;
        expected.source = u"argo"_s;
        expected.history = expectedHistory;
        QCOMPARE(read, expected);

        // The snapshot's rollout carries the details but not the history.
        const SnapshotPtr snapshot = store.readSnapshot();
        expected.history.clear();
        QCOMPARE(*snapshot->find(u"payments"_s)->latestRollout, expected);
    }

    void serviceDetailsListContractsVersionsAndEnvironments()
    {
        const auto verification
            = [](const QString &id, const QString &consumer, const QString &consumerVersion,
                 const QString &provider, const QString &providerVersion, VerificationResult result,
                 EpochMs at) {
                  ContractVerification v;
                  v.externalId = id;
                  v.consumer = consumer;
                  v.consumerVersion = consumerVersion;
                  v.provider = provider;
                  v.providerVersion = providerVersion;
                  v.result = result;
                  v.verifiedAt = at;
                  v.url = u"https://ci.example.com/verify/"_s + id;
                  v.source = u"ci"_s;
                  return v;
              };
        const auto deployment = [](const QString &id, const QString &svc, const QString &version,
                                   const QString &environment, EpochMs at) {
            Deployment d;
            d.externalId = id;
            d.service = svc;
            d.version = version;
            d.environment = environment;
            d.deployedAt = at;
            d.status = DeploymentStatus::Succeeded;
            return d;
        };
        const ContractVerification passed
            = verification(u"v1"_s, u"checkout"_s, u"2.0.0"_s, u"payments"_s, u"5.2.0"_s,
                           VerificationResult::Success, T0 + 30 * Minute);
        const ContractVerification olderSamePair
            = verification(u"v2"_s, u"checkout"_s, u"2.0.0"_s, u"payments"_s, u"5.2.0"_s,
                           VerificationResult::Failed, T0 + 10 * Minute);
        const ContractVerification failing
            = verification(u"v3"_s, u"checkout"_s, u"2.1.0"_s, u"payments"_s, u"5.2.0"_s,
                           VerificationResult::Failed, T0 + 50 * Minute);
        const ContractVerification asProvider
            = verification(u"v4"_s, u"web"_s, u"1.0.0"_s, u"checkout"_s, u"2.1.0"_s,
                           VerificationResult::Success, T0 + 45 * Minute);
        const ContractVerification unrelated
            = verification(u"v5"_s, u"web"_s, u"1.0.0"_s, u"payments"_s, u"5.2.0"_s,
                           VerificationResult::Success, T0 + 46 * Minute);

        IngestBatch ci;
        ci.source = u"ci"_s;
        ci.sourceKind = u"file"_s;
        // A call without a verification is not a contract.
        ci.dependencies = {{u"checkout"_s, u"shipping"_s, DependencyKind::Sync, {}},
                           {u"checkout"_s, u"payments"_s, DependencyKind::Sync, {}}};
        ci.deployments = {
            deployment(u"d1"_s, u"checkout"_s, u"2.1.0"_s, u"production"_s, T0 + 40 * Minute),
            deployment(u"d2"_s, u"checkout"_s, u"2.0.0"_s, u"staging"_s, T0 + 5 * Minute),
            deployment(u"d3"_s, u"checkout"_s, u"1.9.0"_s, u"production"_s, T0),
            deployment(u"d4"_s, u"web"_s, u"1.0.0"_s, u"dev"_s, T0),
        };
        ci.verifications = {passed, olderSamePair, failing, asProvider, unrelated};
        IngestBatch broker;
        broker.source = u"contracts"_s;
        broker.sourceKind = u"pact-broker"_s;
        // A pact nobody verified yet is still a contract.
        broker.dependencies = {{u"checkout"_s, u"fraud"_s, DependencyKind::Unknown, {}}};

        Store store(m_path);
        store.ingest(ci);
        store.ingest(broker);
        const ServiceDetails details = store.readServiceDetails(u"checkout"_s);

        const QList<ContractPair> expected = {
            {u"checkout"_s, u"fraud"_s, {}},
            {u"checkout"_s, u"payments"_s, {failing, passed}},
            {u"web"_s, u"checkout"_s, {asProvider}},
        };
        QCOMPARE(details.contracts, expected);
        QCOMPARE(details.knownVersions, (QStringList {u"2.1.0"_s, u"2.0.0"_s, u"1.9.0"_s}));
        QCOMPARE(details.knownEnvironments,
                 (QStringList {u"dev"_s, u"production"_s, u"staging"_s}));

        // Only the pair's last ContractHistoryPerPair verifications count: an old version pair
        // behind newer ones drops out.
        IngestBatch more;
        more.source = u"ci"_s;
        more.sourceKind = u"file"_s;
        for (int i = 0; i < ServiceDetails::ContractHistoryPerPair; ++i) {
            more.verifications.append(
                verification(u"w%1"_s.arg(i), u"web"_s, u"1.1.%1"_s.arg(i), u"checkout"_s,
                             u"2.1.0"_s, VerificationResult::Success, T0 + (60 + i) * Minute));
        }
        store.ingest(more);
        const ServiceDetails later = store.readServiceDetails(u"checkout"_s);
        QCOMPARE(later.contracts.size(), 3);
        const ContractPair &fromWeb = later.contracts.at(2);
        QCOMPARE(fromWeb.verifications.size(), ServiceDetails::ContractHistoryPerPair);
        QCOMPARE(fromWeb.verifications.first().consumerVersion, u"1.1.9"_s);
        QCOMPARE(fromWeb.verifications.last().consumerVersion, u"1.1.0"_s);
        QVERIFY(!later.knownVersions.contains(u"1.1.0"_s)); // consumer versions of web, not ours
        QCOMPARE(store.readServiceDetails(u"shipping"_s).contracts, QList<ContractPair> {});
    }

    static ReleasePlan samplePlan()
    {
        ReleasePlan plan;
        plan.name = u"Spring release"_s;
        plan.environment = u"production"_s;
        plan.createdAt = T0;
        plan.createdBy = u"rita"_s;
        PlanItem payments;
        payments.service = u"payments"_s;
        payments.version = u"5.3.0"_s;
        payments.currentVersion = u"5.2.0"_s;
        payments.commitRange = u"1a2b3c4..5d6e7f8"_s;
        payments.author = u"Ana"_s;
        payments.addedBy = u"rita"_s;
        payments.addedAt = T0;
        PlanItem checkout = payments;
        checkout.service = u"checkout"_s;
        checkout.version = u"2.1.0"_s;
        checkout.currentVersion.clear();
        checkout.manual = true;
        plan.items = {payments, checkout};
        PlanNote note;
        note.at = T0 + 5;
        note.author = u"rita"_s;
        note.kind = PlanNoteKind::Approval;
        note.service = u"payments"_s;
        note.text = u"Approved by the payments lead – “go”"_s;
        plan.notes = {note};
        return plan;
    }

    void releasePlansRoundTripWithTheirLog()
    {
        Store store(m_path);
        QVERIFY(store.readPlans().isEmpty());
        ReleasePlan plan = samplePlan();
        plan.id = store.createPlan(plan);
        QVERIFY(plan.id > 0);
        plan.notes[0].id = store.readPlan(plan.id)->notes.at(0).id;
        QVERIFY(plan.notes.at(0).id > 0);
        // Creating a plan logs it, in the creator's name.
        plan.events = {{T0, {}, u"Plan created for production"_s, u"rita"_s}};
        const ReleasePlan created = *store.readPlan(plan.id);
        QCOMPARE(created, plan);

        // A person's edits are each logged with their name.
        PlanItem orders;
        orders.service = u"orders"_s;
        orders.version = u"1.0.1"_s;
        store.addPlanItem(plan.id, orders, u"sam"_s, T0 + 10);
        orders.version = u"1.0.2"_s; // the same service again replaces it, keeping its place
        store.addPlanItem(plan.id, orders, u"sam"_s, T0 + 11);
        store.removePlanItem(plan.id, u"checkout"_s, u"sam"_s, T0 + 12);
        store.removePlanItem(plan.id, u"nobody"_s, u"sam"_s, T0 + 13); // not in it: no log line
        PlanNote freeze;
        freeze.at = T0 + 14;
        freeze.author = u"sam"_s;
        freeze.kind = PlanNoteKind::Override;
        freeze.text = u"Freeze lifted by the CTO"_s;
        const qint64 freezeId = store.addPlanNote(plan.id, freeze);
        PlanNote typo = freeze;
        typo.at = T0 + 15;
        typo.kind = PlanNoteKind::Note;
        typo.text = u"tpyo"_s;
        const qint64 typoId = store.addPlanNote(plan.id, typo);
        store.removePlanNote(plan.id, typoId, u"sam"_s, T0 + 16); // undone
        store.removePlanNote(plan.id, typoId, u"sam"_s, T0 + 17); // twice: nothing more

        ReleasePlan read = *store.readPlan(plan.id);
        QCOMPARE(read.items.size(), 2);
        QCOMPARE(read.items.at(0).service, u"payments"_s);
        QCOMPARE(read.items.at(1).service, u"orders"_s);
        QCOMPARE(read.items.at(1).version, u"1.0.2"_s);
        QCOMPARE(read.notes.size(), 2);
        QCOMPARE(read.notes.at(1).id, freezeId);
        QCOMPARE(read.notes.at(1).kind, PlanNoteKind::Override);
        const QList<PlanEvent> log {
            {T0, {}, u"Plan created for production"_s, u"rita"_s},
            {T0 + 10, u"orders"_s, u"Added orders 1.0.1"_s, u"sam"_s},
            {T0 + 11, u"orders"_s, u"Changed to orders 1.0.2"_s, u"sam"_s},
            {T0 + 12, u"checkout"_s, u"Removed from the plan"_s, u"sam"_s},
            {T0 + 14, {}, u"Override: Freeze lifted by the CTO"_s, u"sam"_s},
            {T0 + 15, {}, u"Note: tpyo"_s, u"sam"_s},
            {T0 + 16, {}, u"Note taken back: tpyo"_s, u"sam"_s},
        };
        QCOMPARE(read.events, log);

        // The tracker's check: tracked fields, the check as seen, log lines, in one go.
        read.items[0].state = PlanItemState::Deploying;
        read.items[0].weight = 25;
        read.items[0].wave = 1;
        read.items[0].startedAt = T0 + 20;
        read.items[1].wave = 2;
        PlanItemSeen seen;
        seen.service = u"orders"_s;
        seen.wave = 2;
        seen.blocked = true;
        seen.reasons = {u"Its pipeline is red."_s};
        seen.reasonKeys = {u"PipelineRed|"_s};
        read.lastCheck = {seen};
        store.writePlanCheck(read, {{T0 + 20, u"payments"_s, u"not started → deploying"_s, {}}});
        store.recordPlanLook(plan.id, T0 + 21, {seen});
        store.setPlanFinished(plan.id, T0 + 30, u"rita"_s);

        // Everything survives reopening the file.
        const ReleasePlan reopened = *Store(m_path).readPlan(plan.id);
        QCOMPARE(reopened.items, read.items);
        QCOMPARE(reopened.lastCheck, QList<PlanItemSeen> {seen});
        QCOMPARE(reopened.lastLook, QList<PlanItemSeen> {seen});
        QCOMPARE(reopened.lastLookedAt, T0 + 21);
        QCOMPARE(reopened.finishedAt, T0 + 30);
        QCOMPARE(reopened.events.size(), log.size() + 2);
        QCOMPARE(reopened.events.at(log.size()).text, u"not started → deploying"_s);
        QCOMPARE(reopened.events.last().text, u"Plan finished"_s);
        QCOMPARE(reopened.notes, read.notes);

        // Open plans come first, newest first; a finished one after them. By name: the open one.
        ReleasePlan second = samplePlan();
        second.createdAt = T0 + 40;
        second.id = store.createPlan(second);
        ReleasePlan third = samplePlan();
        third.name = u"Hotfix"_s;
        third.createdAt = T0 + 50;
        third.id = store.createPlan(third);
        QList<qint64> order;
        for (const ReleasePlan &p : store.readPlans())
            order.append(p.id);
        QCOMPARE(order, (QList<qint64> {third.id, second.id, plan.id}));
        QCOMPARE(store.findPlan(u"Spring release"_s)->id, second.id);
        QVERIFY(!store.findPlan(u"Autumn"_s));
        QVERIFY(!store.readPlan(9999));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addPlanNote(9999, freeze));
        store.setPlanFinished(plan.id, NoTime, u"rita"_s); // reopened
        QVERIFY(store.readPlan(plan.id)->isOpen());
    }

    // A plan names services; a source leaving or a catalog sweep takes none of it, and a plan
    // whose service is gone still reads whole.
    void releasePlansOutliveSourcesAndTheCatalog()
    {
        Store store(m_path);
        store.ingest(sampleBatch());
        const qint64 id = store.createPlan(samplePlan());
        store.forgetSourcesExcept({});
        IngestBatch emptyCatalog;
        emptyCatalog.source = u"workspace"_s;
        emptyCatalog.replacesCatalog = true;
        emptyCatalog.replacesDependencies = true;
        store.ingest(emptyCatalog);
        QCOMPARE(countRows(m_path, "services"), 0);
        const ReleasePlan plan = *store.readPlan(id);
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.notes.size(), 1);
    }

    // A rebuilt cache takes the plans over from the file set aside, ids, notes and log included.
    void carryOverTakesThePlansAlong()
    {
        ReleasePlan plan = samplePlan();
        {
            Store old(m_path);
            plan.id = old.createPlan(plan);
            old.addPlanNote(plan.id,
                            {0, T0 + 9, u"sam"_s, {}, PlanNoteKind::Note, u"Go at 14:00"_s});
            old.addChecklistOverride(
                {ChecklistQuestion::SlowBuilds, ChecklistAnswer::Yes, u"n"_s, u"a"_s, T0, false});
        }
        const QString fresh = m_dir->filePath(u"fresh.sqlite"_s);
        Store store(fresh);
        QCOMPARE(store.carryOverUserData(m_path), 2); // one decision, one plan
        QCOMPARE(store.readPlans(), Store(m_path).readPlans());
        QCOMPARE(store.readPlans().at(0).notes.size(), 2);
    }

    // A new plan names who wrote each pending change: found by a deployment's SHA, full or
    // abbreviated, in whichever repository the scans walked.
    void commitAuthorsBySha()
    {
        Store store(m_path);
        RepositoryScan scan;
        scan.repository = u"shop"_s;
        scan.path = u"/src/shop"_s;
        scan.commit = u"f00d"_s;
        scan.scannedAt = T0;
        ScannedCommit mine;
        mine.commit.sha = u"1a2b3c4d5e6f708192a3b4c5d6e7f80912345678"_s;
        mine.commit.authorName = u"Ana Lima"_s;
        ScannedCommit theirs;
        theirs.commit.sha = u"1a2b3c4fffffffffffffffffffffffffffffffff"_s;
        theirs.commit.authorName = u"Bo"_s;
        store.writeRepositoryScan(scan, {mine, theirs}, true);
        const QHash<QString, QString> authors = store.commitAuthors(
            {mine.commit.sha, u"1A2B3C4D5E"_s, u"1a2b3c4f"_s, u"1a2b3c"_s, u"0000000"_s});
        QCOMPARE(authors.value(mine.commit.sha), u"Ana Lima"_s);
        QCOMPARE(authors.value(u"1A2B3C4D5E"_s), u"Ana Lima"_s); // an upper-case prefix
        QCOMPARE(authors.value(u"1a2b3c4f"_s), u"Bo"_s);
        QVERIFY(!authors.contains(u"1a2b3c"_s)); // too short to name one commit
        QVERIFY(!authors.contains(u"0000000"_s));
        QCOMPARE(authors.size(), 3);
    }

    void migratesFromVersion5KeepingData()
    {
        {
            Store store(m_path);
            store.ingest(sampleBatch());
        }
        // Version 5 is version 9 without the incidents table (6), the checklist overrides (7),
        // the rollouts' details and history (8) and the release plans (9).
        QVERIFY(execSql(m_path,
                        "DROP TABLE plan_events; DROP TABLE plan_notes; DROP TABLE plan_items; "
                        "DROP TABLE release_plans; DROP INDEX git_commits_by_sha; "
                        "DROP TABLE incidents; DROP TABLE checklist_overrides; "
                        "DROP TABLE rollout_history; ALTER TABLE rollouts DROP COLUMN details; "
                        "ALTER TABLE rollout_analysis DROP COLUMN details; "
                        "PRAGMA user_version = 5"));
        QCOMPARE(countRows(m_path, "incidents"), -1);
        Store store(m_path);
        QCOMPARE(store.schemaVersion(), 9);
        QCOMPARE(countRows(m_path, "checklist_overrides"), 0);
        QVERIFY(store.readPlans().isEmpty());
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
