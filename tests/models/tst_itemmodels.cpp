#include "itemmodels/diagnosticlistmodel.h"
#include "itemmodels/runlistmodel.h"
#include "itemmodels/servicetablemodel.h"
#include "itemmodels/sourcestatusmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs Now = 1'760'000'000'000;

SnapshotPtr makeSnapshot()
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->takenAt = Now;
    ServiceState failing;
    failing.service.name = u"pricing"_s;
    failing.service.owner = u"team-catalog"_s;
    failing.service.tier = 1;
    failing.service.inCatalog = true;
    PipelineRun run;
    run.externalId = u"r1"_s;
    run.service = u"pricing"_s;
    run.status = RunStatus::Failed;
    run.startedAt = Now - 90 * 60'000;
    run.branch = u"main"_s;
    failing.lastRun = run;
    Deployment d;
    d.version = u"3.4.0"_s;
    d.environment = u"production"_s;
    d.deployedAt = Now - 2 * 3'600'000;
    d.status = DeploymentStatus::Succeeded;
    failing.latestDeployments = {d};
    Rollout r;
    r.phase = RolloutPhase::Progressing;
    r.weight = 25;
    r.step = 2;
    r.stepCount = 5;
    failing.latestRollout = r;

    ServiceState unknown; // a datastore nobody reports on
    unknown.service.name = u"redis"_s;
    unknown.service.inCatalog = true;

    ServiceState ghost; // seen only in a source's data
    ghost.service.name = u"zz-ghost"_s;
    PipelineRun ok = run;
    ok.status = RunStatus::Succeeded;
    ghost.lastRun = ok;

    snapshot->services = {failing, unknown, ghost};
    snapshot->rebuildIndex();
    return snapshot;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceStatesReadAsAPersonWouldSayThem()
    {
        SourceStatusModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EpochMs now = 1'800'000'000'000;
        model.setNow(now);
        SourceSyncState syncing;
        syncing.name = u"github"_s;
        syncing.network = true;
        syncing.syncing = true;
        syncing.progressDone = 3;
        syncing.progressTotal = 12;
        SourceSyncState failing;
        failing.name = u"gitlab"_s;
        failing.network = true;
        failing.lastSuccessAt = now - 3'600'000;
        failing.lastErrorAt = now - 60'000;
        failing.lastError = u"gitlab.example.com did not answer within 15 s"_s;
        failing.failureCount = 3;
        failing.nextSyncAt = now + 90'000;
        failing.rateLimitRemaining = 1999;
        SourceSyncState local;
        local.name = u"demo-data"_s;
        local.lastSuccessAt = now - 5'000;
        model.setStates({syncing, failing, local});

        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, SourceStatusModel::StateColumn), u"Syncing 3 of 12…"_s);
        QCOMPARE(model.index(0, 0).data(SourceStatusModel::ProgressRole).toInt(), 25);
        QVERIFY(text(1, SourceStatusModel::StateColumn).startsWith(u"Stale since "_s));
        QCOMPARE(text(1, SourceStatusModel::ProblemColumn), failing.lastError);
        QCOMPARE(text(1, SourceStatusModel::RateLimitColumn), u"1999"_s);
        QCOMPARE(text(1, SourceStatusModel::NextSyncColumn),
                 u"in 2 min (backing off after 3 failure(s))"_s);
        QCOMPARE(text(2, SourceStatusModel::StateColumn), u"Up to date"_s);
        QCOMPARE(text(2, SourceStatusModel::NextSyncColumn), u"on refresh (F5)"_s);
        QVERIFY(!model.index(2, 0).data(SourceStatusModel::ProgressRole).isValid());
        QCOMPARE(model.summary(),
                 u"3 source(s), 1 syncing, 1 failing"_s); // no translator loaded here

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        syncing.syncing = false;
        syncing.lastSuccessAt = now;
        model.updateState(syncing);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(text(0, SourceStatusModel::StateColumn), u"Up to date"_s);
        // A source that watches says it is live, and when its next full list is.
        SourceSyncState live = failing;
        live.watching = true;
        live.lastErrorAt = NoTime;
        live.lastError.clear();
        live.failureCount = 0;
        live.lastSuccessAt = now;
        live.nextSyncAt = now + 4 * 60'000;
        model.updateState(live);
        QCOMPARE(text(1, SourceStatusModel::StateColumn), u"Live: following changes"_s);
        QCOMPARE(text(1, SourceStatusModel::NextSyncColumn),
                 u"as changes come; a full resync in 4 min"_s);
        SourceSyncState unknown;
        unknown.name = u"unknown"_s;
        model.updateState(unknown); // ignored
        QCOMPARE(model.rowCount(), 3);
    }

    void serviceTableUnderTester()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeSnapshot());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ServiceTableModel::ColumnCount));
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(makeSnapshot());
        QCOMPARE(model.rowCount(), 3);
    }

    void serviceTableShowsStatus()
    {
        ServiceTableModel model;
        model.setSnapshot(makeSnapshot());
        const QModelIndex pricing = model.indexOfService(u"pricing"_s);
        QVERIFY(pricing.isValid());
        const QModelIndex pipeline = pricing.siblingAtColumn(ServiceTableModel::PipelineColumn);
        QCOMPARE(pipeline.data().toString(), u"Failed · 1 h ago"_s);
        QCOMPARE(pipeline.data(ServiceTableModel::HealthRole).value<Health>(), Health::Failing);
        QVERIFY(!pipeline.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(pricing.siblingAtColumn(ServiceTableModel::DeploymentColumn).data().toString(),
                 u"3.4.0 → production · 2 h ago"_s);
        QCOMPARE(pricing.siblingAtColumn(ServiceTableModel::RolloutColumn).data().toString(),
                 u"25 % · step 2/5"_s);
        QCOMPARE(pricing.siblingAtColumn(ServiceTableModel::TierColumn).data().toInt(), 1);

        // No runs at all: unknown, and never drawn as healthy.
        const QModelIndex redis
            = model.indexOfService(u"redis"_s).siblingAtColumn(ServiceTableModel::PipelineColumn);
        QCOMPARE(redis.data(ServiceTableModel::HealthRole).value<Health>(), Health::Unknown);
        QCOMPARE(redis.data().toString(), u"No runs"_s);
        QCOMPARE(model.indexOfService(u"redis"_s)
                     .siblingAtColumn(ServiceTableModel::DeploymentColumn)
                     .data()
                     .toString(),
                 u"Never deployed"_s);

        const QModelIndex ghost = model.indexOfService(u"zz-ghost"_s);
        QVERIFY(ghost.data(Qt::ToolTipRole).toString().contains(u"not in the catalog"_s));
        QVERIFY(!model.indexOfService(u"nope"_s).isValid());
    }

    void analysisColumns()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeSnapshot());
        const QModelIndex triage
            = model.indexOfService(u"pricing"_s).siblingAtColumn(ServiceTableModel::TriageColumn);
        const QModelIndex next = model.indexOfService(u"pricing"_s)
                                     .siblingAtColumn(ServiceTableModel::NextDeployColumn);
        QCOMPARE(next.data().toString(), u"—"_s); // no analysis yet
        auto analysis = std::make_shared<AnalysisSummary>();
        analysis->environment = u"production"_s;
        TriageEntry root;
        root.service = u"pricing"_s;
        root.verdict = Verdict::RootCause;
        root.rank = 1;
        root.blastRadius = 6;
        root.reason = u"pricing fails"_s;
        TriageEntry victim;
        victim.service = u"zz-ghost"_s;
        victim.verdict = Verdict::Victim;
        victim.rootCause = u"pricing"_s;
        analysis->triage.entries = {root, victim};
        DeployCheck check;
        check.service = u"pricing"_s;
        check.version = u"3.5.0"_s;
        check.environment = u"production"_s;
        check.deployable = false;
        check.reasons = {{BlockedReason::Kind::PipelineRed, {}, u"Its pipeline is red."_s}};
        analysis->pending = {check};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAnalysis(analysis);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(triage.data().toString(), u"Root cause #1 · 6 affected"_s);
        QCOMPARE(triage.data(Qt::ToolTipRole).toString(), u"pricing fails"_s);
        QCOMPARE(model.indexOfService(u"zz-ghost"_s)
                     .siblingAtColumn(ServiceTableModel::TriageColumn)
                     .data()
                     .toString(),
                 u"Victim of pricing"_s);
        QCOMPARE(model.indexOfService(u"redis"_s)
                     .siblingAtColumn(ServiceTableModel::TriageColumn)
                     .data()
                     .toString(),
                 u"No status"_s);
        QCOMPARE(next.data().toString(), u"3.5.0 blocked"_s);
        QVERIFY(next.data(Qt::ToolTipRole).toString().contains(u"Its pipeline is red."_s));
        QCOMPARE(model.headerData(ServiceTableModel::NextDeployColumn, Qt::Horizontal).toString(),
                 u"Next to production"_s);
        model.setAnalysis(nullptr);
        QCOMPARE(triage.data().toString(), QString());
    }

    void agesMoveOnWithTheClock()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeSnapshot());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReferenceTime(Now + 60 * 60'000);
        QCOMPARE(changed.size(), 1);
        const QModelIndex pipeline
            = model.indexOfService(u"pricing"_s).siblingAtColumn(ServiceTableModel::PipelineColumn);
        QCOMPARE(pipeline.data().toString(), u"Failed · 2 h ago"_s);
        model.setReferenceTime(Now + 60 * 60'000);
        QCOMPARE(changed.size(), 1); // nothing changed, nothing announced
        model.setSnapshot(makeSnapshot());
        QCOMPARE(pipeline.data().toString(),
                 u"Failed · 1 h ago"_s); // a new snapshot brings its own time
    }

    void runListUnderTester()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PipelineRun a;
        a.externalId = u"1"_s;
        a.status = RunStatus::Failed;
        a.attempt = 2;
        a.commitSha = u"0123456789abcdef"_s;
        a.durationMs = 65'000;
        a.url = u"https://ci.example.com/1"_s;
        PipelineRun b = a;
        b.externalId = u"2"_s;
        b.attempt = 1;
        b.status = RunStatus::Unknown;
        model.setRuns({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(),
                 u"Failed (attempt 2)"_s);
        QCOMPARE(model.index(0, RunListModel::CommitColumn).data().toString(), u"01234567"_s);
        QCOMPARE(model.index(0, RunListModel::DurationColumn).data().toString(), u"1 min 05 s"_s);
        QCOMPARE(model.index(0, 0).data(RunListModel::UrlRole).toUrl(),
                 QUrl(u"https://ci.example.com/1"_s));
        QCOMPARE(model.index(1, RunListModel::StatusColumn).data().toString(), u"Unknown"_s);
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void diagnosticsUnderTester()
    {
        DiagnosticListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(
            {{Diagnostic::Severity::Error, u"/tmp/ws/workspace.yaml"_s, 12, 5,
              u"services[3].tier"_s, u"expected a whole number"_s},
             {Diagnostic::Severity::Warning, u"demo-data"_s, 0, 0, {}, u"stale"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DiagnosticListModel::LocationColumn).data().toString(),
                 u"workspace.yaml:12"_s);
        QCOMPARE(model.index(0, DiagnosticListModel::MessageColumn).data().toString(),
                 u"services[3].tier: expected a whole number"_s);
        QCOMPARE(
            model.index(0, 0).data(Qt::ToolTipRole).toString(),
            u"/tmp/ws/workspace.yaml:12:5: error: services[3].tier: expected a whole number"_s);
        QCOMPARE(model.index(1, DiagnosticListModel::SeverityColumn).data().toString(),
                 u"Warning"_s);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
