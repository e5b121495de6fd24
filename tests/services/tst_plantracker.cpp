#include "plans/plantracker.h"
#include "store/store.h"
#include "workspace/workspaceload.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'780'000'000'000; // 2026-05-28
constexpr EpochMs Minute = 60'000;

Service service(const QString &name, const QString &owner)
{
    Service s;
    s.name = name;
    s.owner = owner;
    s.inCatalog = true;
    return s;
}

Deployment deployment(const QString &id, const QString &service, const QString &version,
                      const QString &environment, EpochMs at,
                      DeploymentStatus status = DeploymentStatus::Succeeded)
{
    Deployment d;
    d.externalId = id;
    d.service = service;
    d.version = version;
    d.environment = environment;
    d.deployedAt = at;
    d.status = status;
    d.commitSha = QString::fromLatin1((service + version).toUtf8().toHex().left(40));
    return d;
}

Rollout rollout(const QString &service, const QString &version, RolloutPhase phase, int weight,
                EpochMs at, const QString &message = {})
{
    Rollout r;
    r.externalId = u"prod/"_s + service;
    r.service = service;
    r.version = version;
    r.strategy = RolloutStrategy::Canary;
    r.phase = phase;
    r.weight = weight;
    r.updatedAt = at;
    r.message = message;
    r.steps = {{RolloutStepKind::SetWeight, 5, {}}, {RolloutStepKind::SetWeight, 25, {}}};
    r.stepCount = 2;
    return r;
}

QStringList servicesOf(const PlanStatus &status, PlanItemState state)
{
    QStringList names;
    for (const PlanItemStatus &item : status.items) {
        if (item.state == state)
            names.append(item.service);
    }
    return names;
}

QStringList eventTexts(const ReleasePlan &plan, qsizetype from)
{
    QStringList texts;
    for (qsizetype i = from; i < plan.events.size(); ++i)
        texts.append(plan.events.at(i).text);
    return texts;
}

} // namespace

class TestPlanTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = m_dir->filePath(u"cache.sqlite"_s);
        m_policy.environments = {u"staging"_s, u"production"_s};
    }

    // The bundled demo's pending changes, planned: the waves the analysis core gives, and every
    // blocked service held with its reason.
    void aPlanFromTheDemosPendingChanges()
    {
        const QString workspace
            = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/demo/workspace.yaml");
        const LoadResult load = loadWorkspace({workspace, m_dir->path(), false, NoTime, {}});
        QVERIFY(load.ok());
        const ReleasePolicy policy = load.workspace.releasePolicy();
        const EpochMs now = load.snapshot->takenAt;
        PlanBoard board = checkPlans(load.cachePath, policy, now);
        QCOMPARE(board.defaultEnvironment, u"production"_s);
        const QList<PendingChange> pending = board.pending.value(u"production"_s);
        QCOMPARE(pending.size(), 17);

        ReleasePlan draft;
        draft.name = u"Demo release"_s;
        draft.environment = u"production"_s;
        draft.createdAt = now;
        draft.createdBy = u"rita"_s;
        for (const PendingChange &change : pending)
            draft.items.append({change.service, change.version, change.currentVersion});
        const qint64 id = Store(load.cachePath).createPlan(draft);

        board = checkPlans(load.cachePath, policy, now);
        QCOMPARE(board.plans.size(), 1);
        QCOMPARE(board.plans.at(0).id, id);
        const PlanStatus &status = board.statuses.at(0);
        QCOMPARE(status.items.size(), 17);
        QStringList blocked;
        for (const PlanItemStatus &item : status.items) {
            if (item.blocked)
                blocked.append(item.service);
        }
        blocked.sort();
        QCOMPARE(blocked,
                 (QStringList {u"admin-frontend"_s, u"catalog"_s, u"checkout"_s, u"gateway"_s,
                               u"mobile-bff"_s, u"pricing"_s, u"promotions"_s, u"recommendations"_s,
                               u"search"_s, u"web-frontend"_s}));
        const PlanItemStatus *catalog = status.item(u"catalog"_s);
        QCOMPARE(catalog->reasons.at(0).kind, BlockedReason::Kind::PipelineRed);
        const PlanItemStatus *search = status.item(u"search"_s);
        QCOMPARE(search->reasons.at(0).kind, BlockedReason::Kind::WaitingForProvider);
        QCOMPARE(search->reasons.at(0).otherService, u"catalog"_s);
        // The deployable ones in the core's waves, providers first.
        QCOMPARE(status.item(u"accounts"_s)->wave, 1);
        QCOMPARE(status.item(u"inventory"_s)->wave, status.item(u"warehouse"_s)->wave);
        QVERIFY(status.item(u"payments"_s)->wave < status.item(u"orders"_s)->wave);
        QVERIFY(status.item(u"catalog"_s)->wave < status.item(u"search"_s)->wave);
        QCOMPARE(status.groups.size(), 1);
        QStringList group = status.groups.at(0).services;
        group.sort();
        QCOMPARE(group, (QStringList {u"inventory"_s, u"warehouse"_s}));
        // The first check only sets the baseline: nothing is logged as changed.
        QCOMPARE(board.plans.at(0).events.size(), 1);
        QVERIFY(!board.plans.at(0).lastCheck.isEmpty());
    }

    // Syncs bring deployments and rollouts; every check moves the plan and logs what moved,
    // once. A rollback in wave 2 holds wave 3.
    void checksFollowDeploymentsAndRollouts()
    {
        {
            Store store(m_cache);
            IngestBatch catalog;
            catalog.source = u"workspace"_s;
            catalog.sourceKind = u"workspace"_s;
            catalog.replacesCatalog = true;
            catalog.replacesDependencies = true;
            catalog.services
                = {service(u"accounts"_s, u"team-id"_s), service(u"payments"_s, u"team-pay"_s),
                   service(u"shipping"_s, u"team-ship"_s), service(u"checkout"_s, u"team-shop"_s)};
            catalog.dependencies = {{u"payments"_s, u"accounts"_s, DependencyKind::Sync, {}},
                                    {u"shipping"_s, u"accounts"_s, DependencyKind::Sync, {}},
                                    {u"checkout"_s, u"payments"_s, DependencyKind::Sync, {}},
                                    {u"checkout"_s, u"shipping"_s, DependencyKind::Sync, {}}};
            store.ingest(catalog);
            IngestBatch cd;
            cd.source = u"cd"_s;
            cd.sourceKind = u"file"_s;
            const QStringList names {u"accounts"_s, u"payments"_s, u"shipping"_s, u"checkout"_s};
            for (const QString &name : names) {
                cd.deployments.append(deployment(name + u"-p1"_s, name, u"1.0.0"_s, u"production"_s,
                                                 T0 - 60 * Minute));
                cd.deployments.append(
                    deployment(name + u"-s2"_s, name, u"1.1.0"_s, u"staging"_s, T0 - 30 * Minute));
            }
            store.ingest(cd);
        }
        PlanBoard board = checkPlans(m_cache, m_policy, T0);
        QCOMPARE(board.pending.value(u"production"_s).size(), 4);
        ReleasePlan draft;
        draft.name = u"Train 42"_s;
        draft.environment = u"production"_s;
        draft.createdAt = T0;
        draft.createdBy = u"rita"_s;
        for (const PendingChange &change : board.pending.value(u"production"_s))
            draft.items.append({change.service, change.version, change.currentVersion});
        const qint64 id = Store(m_cache).createPlan(draft);
        board = checkPlans(m_cache, m_policy, T0);
        PlanStatus status = board.statuses.at(0);
        QCOMPARE(status.item(u"accounts"_s)->wave, 1);
        QCOMPARE(status.item(u"payments"_s)->wave, 2);
        QCOMPARE(status.item(u"shipping"_s)->wave, 2);
        QCOMPARE(status.item(u"checkout"_s)->wave, 3);
        QCOMPARE(status.waves.at(0).state, PlanWaveStatus::State::Released);
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::Waiting);
        qsizetype logged = board.plans.at(0).events.size();

        auto ingest = [this](const QList<Deployment> &deployments, const QList<Rollout> &rollouts) {
            IngestBatch batch;
            batch.source = u"cd"_s;
            batch.sourceKind = u"file"_s;
            batch.deployments = deployments;
            batch.rollouts = rollouts;
            Store(m_cache).ingest(batch);
        };

        // Wave 1 ships.
        ingest({deployment(u"accounts-p2"_s, u"accounts"_s, u"1.1.0"_s, u"production"_s,
                           T0 + 5 * Minute)},
               {});
        board = checkPlans(m_cache, m_policy, T0 + 6 * Minute);
        status = board.statuses.at(0);
        QCOMPARE(servicesOf(status, PlanItemState::Done), QStringList {u"accounts"_s});
        QCOMPARE(status.waves.at(0).state, PlanWaveStatus::State::Done);
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::Released);
        QStringList texts = eventTexts(board.plans.at(0), logged);
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts.at(0).contains(u"accounts"_s), qPrintable(texts.join(u'\n')));
        logged = board.plans.at(0).events.size();
        // Stored: the state survives in the plan's items.
        const ReleasePlan stored = *Store(m_cache).readPlan(id);
        QCOMPARE(stored.item(u"accounts"_s)->state, PlanItemState::Done);
        QCOMPARE(stored.item(u"accounts"_s)->finishedAt, T0 + 5 * Minute);

        // Checking again with nothing new logs nothing.
        board = checkPlans(m_cache, m_policy, T0 + 7 * Minute);
        QCOMPARE(board.plans.at(0).events.size(), logged);

        // Wave 2: shipping deploys; payments' canary goes to 25 %, then aborts.
        ingest(
            {deployment(u"shipping-p2"_s, u"shipping"_s, u"1.1.0"_s, u"production"_s,
                        T0 + 10 * Minute)},
            {rollout(u"payments"_s, u"1.1.0"_s, RolloutPhase::Progressing, 25, T0 + 11 * Minute)});
        board = checkPlans(m_cache, m_policy, T0 + 12 * Minute);
        status = board.statuses.at(0);
        QCOMPARE(status.item(u"payments"_s)->state, PlanItemState::Deploying);
        QCOMPARE(status.item(u"payments"_s)->weight, 25);
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::InProgress);
        QCOMPARE(eventTexts(board.plans.at(0), logged).size(), 2); // shipping done, payments 25 %
        logged = board.plans.at(0).events.size();

        ingest({},
               {rollout(u"payments"_s, u"1.1.0"_s, RolloutPhase::Aborted, 0, T0 + 15 * Minute,
                        u"Metric error-rate failed"_s)});
        board = checkPlans(m_cache, m_policy, T0 + 16 * Minute);
        status = board.statuses.at(0);
        QCOMPARE(status.item(u"payments"_s)->state, PlanItemState::RolledBack);
        QCOMPARE(status.item(u"payments"_s)->blocksConsumers, QStringList {u"checkout"_s});
        QCOMPARE(status.waves.at(2).state, PlanWaveStatus::State::Held);
        QVERIFY2(status.waves.at(2).sentence.contains(u"payments"_s),
                 qPrintable(status.waves.at(2).sentence));
        texts = eventTexts(board.plans.at(0), logged);
        QVERIFY2(texts.join(u'\n').contains(u"payments"_s), qPrintable(texts.join(u'\n')));
        QVERIFY(board.plans.at(0).isOpen());

        // shipping leaves the catalog: the plan still opens, the service marked.
        {
            IngestBatch catalog;
            catalog.source = u"workspace"_s;
            catalog.sourceKind = u"workspace"_s;
            catalog.replacesCatalog = true;
            catalog.services
                = {service(u"accounts"_s, u"team-id"_s), service(u"payments"_s, u"team-pay"_s),
                   service(u"checkout"_s, u"team-shop"_s)};
            Store(m_cache).ingest(catalog);
        }
        board = checkPlans(m_cache, m_policy, T0 + 20 * Minute);
        status = board.statuses.at(0);
        QCOMPARE(status.items.size(), 4);
        QVERIFY(!status.item(u"shipping"_s)->inCatalog);
        QVERIFY(status.item(u"accounts"_s)->inCatalog);
        QCOMPARE(board.catalogServices,
                 (QStringList {u"accounts"_s, u"checkout"_s, u"payments"_s}));

        // Retried: payments and then checkout ship; the plan finishes by itself, and keeps how
        // long each wave took.
        ingest({deployment(u"payments-p2"_s, u"payments"_s, u"1.1.0"_s, u"production"_s,
                           T0 + 30 * Minute),
                deployment(u"checkout-p2"_s, u"checkout"_s, u"1.1.0"_s, u"production"_s,
                           T0 + 40 * Minute)},
               {});
        board = checkPlans(m_cache, m_policy, T0 + 41 * Minute);
        QCOMPARE(board.statuses.at(0).doneCount, 4);
        QCOMPARE(board.plans.at(0).finishedAt, T0 + 40 * Minute);
        QVERIFY(board.plans.at(0).events.last().text.contains(u"finished"_s));
        const QList<PlanWaveStatus> waves = recordedWaves(*Store(m_cache).readPlan(id));
        QCOMPARE(waves.size(), 3);
        QCOMPARE(waves.at(0).durationMs(), 0); // accounts: one deployment, seen done at once
        QCOMPARE(waves.at(2).finishedAt, T0 + 40 * Minute);
    }

    // The tracker runs edits and checks in order on its worker and hands boards back.
    void trackerAppliesEditsThenHandsBackABoard()
    {
        {
            Store store(m_cache);
            IngestBatch catalog;
            catalog.source = u"workspace"_s;
            catalog.sourceKind = u"workspace"_s;
            catalog.services = {service(u"payments"_s, u"team-pay"_s)};
            store.ingest(catalog);
        }
        PlanTracker tracker;
        tracker.setClock([] { return T0; });
        QSignalSpy boards(&tracker, &PlanTracker::boardReady);
        QSignalSpy created(&tracker, &PlanTracker::planCreated);
        tracker.setWorkspace(m_cache, m_policy);
        ReleasePlan draft;
        draft.name = u"Hotfix"_s;
        draft.environment = u"production"_s;
        draft.items = {{u"payments"_s, u"5.3.1"_s}};
        tracker.createPlan(draft);
        QVERIFY(created.wait());
        const qint64 id = created.at(0).at(0).toLongLong();
        QVERIFY(id > 0);
        QTRY_VERIFY(!boards.isEmpty());
        PlanBoardPtr board = boards.last().at(0).value<PlanBoardPtr>();
        QCOMPARE(board->plans.size(), 1);
        QCOMPARE(board->plans.at(0).createdAt, T0);
        QVERIFY(!board->plans.at(0).createdBy.isEmpty());
        QCOMPARE(board->plans.at(0).items.at(0).addedAt, T0);

        boards.clear();
        tracker.addNote(id, {0, NoTime, {}, u"payments"_s, PlanNoteKind::Approval, u"CAB ok"_s});
        QTRY_VERIFY(!boards.isEmpty());
        board = boards.last().at(0).value<PlanBoardPtr>();
        QCOMPARE(board->plans.at(0).notes.size(), 1);
        QCOMPARE(board->plans.at(0).notes.at(0).at, T0);
        const qint64 noteId = board->plans.at(0).notes.at(0).id;

        boards.clear();
        tracker.removeNote(id, noteId);
        tracker.setFinished(id, true);
        tracker.waitForIdle();
        QTRY_VERIFY(!boards.isEmpty());
        QTRY_VERIFY(boards.last().at(0).value<PlanBoardPtr>()->plans.at(0).notes.isEmpty());
        QCOMPARE(boards.last().at(0).value<PlanBoardPtr>()->plans.at(0).finishedAt, T0);

        // A broken cache is an error message, not a crash.
        QSignalSpy failed(&tracker, &PlanTracker::checkFailed);
        tracker.setWorkspace(m_dir->filePath(u"no/such/dir/cache.sqlite"_s), m_policy);
        tracker.refresh();
        QVERIFY(failed.wait());
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
    ReleasePolicy m_policy;
};

QTEST_GUILESS_MAIN(TestPlanTracker)
#include "tst_plantracker.moc"
