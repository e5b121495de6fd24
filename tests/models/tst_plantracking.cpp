#include "analysis/plantracking.h"

#include <QDateTime>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs Now = 1'760'000'000'000;
constexpr qint64 Minute = 60'000;
constexpr EpochMs PlanMade = Now - 60 * Minute;

QString hhmm(EpochMs at)
{
    return QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(u"HH:mm"_s);
}

// A workspace the way the store hands it over: a snapshot for the analysis core, and per service
// the activity since the plan was made. Edges read "a>b": a needs b.
struct World
{
    Snapshot snapshot;
    ReleasePolicy policy {{u"staging"_s, u"production"_s}, {}};
    PlanActivity activity;
    int ids = 0;

    explicit World(const QString &edges, const QStringList &alone = {})
    {
        QStringList names = alone;
        for (const QString &edge : edges.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList ends = edge.split(u'>');
            for (const QString &end : ends) {
                if (!names.contains(end))
                    names.append(end);
            }
            snapshot.dependencies.append({ends.at(0), ends.at(1), DependencyKind::Sync, edge});
        }
        names.sort();
        for (const QString &name : std::as_const(names)) {
            ServiceState state;
            state.service.name = name;
            state.service.owner = u"team-"_s + name;
            state.service.tier = 2;
            state.service.inCatalog = true;
            PipelineRun run;
            run.externalId = u"run-"_s + name;
            run.service = name;
            run.status = RunStatus::Succeeded;
            run.branch = u"main"_s;
            run.startedAt = Now - 300 * Minute;
            run.finishedAt = Now - 295 * Minute;
            state.lastRun = run;
            state.recentMainRuns = {run};
            snapshot.services.append(state);
        }
        snapshot.takenAt = Now;
        snapshot.rebuildIndex();
    }

    ServiceState &service(const QString &name) { return snapshot.services[snapshot.indexOf(name)]; }

    // Before the plan: the version in staging and the one production runs.
    void baseline(const QString &service, const QString &production, const QString &staging)
    {
        deploy(service, u"staging"_s, staging, DeploymentStatus::Succeeded, Now - 200 * Minute,
               false);
        if (!production.isEmpty())
            deploy(service, u"production"_s, production, DeploymentStatus::Succeeded,
                   Now - 400 * Minute, false);
    }

    // As a sync brings it: the newest deployment per environment in the snapshot, and the
    // deployment in the activity when it happened after the plan was made.
    void deploy(const QString &service, const QString &environment, const QString &version,
                DeploymentStatus status, EpochMs at, bool inActivity = true,
                const QString &sha = {})
    {
        Deployment d;
        d.externalId = u"d"_s + QString::number(++ids);
        d.service = service;
        d.environment = environment;
        d.version = version;
        d.status = status;
        d.deployedAt = at;
        d.commitSha = sha;
        QList<Deployment> &latest = this->service(service).latestDeployments;
        latest.removeIf([&](const Deployment &x) { return x.environment == environment; });
        latest.prepend(d);
        if (inActivity)
            activity[service].deployments.append(d);
    }

    // A rollout as the store keeps it: one row per rollout, updated in place.
    void rollout(const QString &service, const QString &version, RolloutPhase phase, int weight,
                 EpochMs at, const QString &message = {})
    {
        Rollout r;
        r.externalId = u"rollout-"_s + service;
        r.service = service;
        r.version = version;
        r.phase = phase;
        r.weight = weight;
        r.updatedAt = at;
        r.message = message;
        this->service(service).latestRollout = r;
        QList<Rollout> &rollouts = activity[service].rollouts;
        rollouts.removeIf([&](const Rollout &x) { return x.externalId == r.externalId; });
        rollouts.append(r);
    }

    void verify(const QString &consumer, const QString &provider, EpochMs at)
    {
        ContractVerification v;
        v.externalId = u"v"_s + QString::number(++ids);
        v.consumer = consumer;
        v.consumerVersion = u"1.0.0"_s;
        v.provider = provider;
        v.providerVersion = u"2.1.0"_s;
        v.result = VerificationResult::Success;
        v.verifiedAt = at;
        snapshot.verifications.append(v);
    }

    AnalysisContext context() const { return AnalysisContext::build(snapshot, policy, Now); }
};

ReleasePlan makePlan(const QStringList &items)
{
    ReleasePlan plan;
    plan.id = 7;
    plan.name = u"November release"_s;
    plan.environment = u"production"_s;
    plan.createdAt = PlanMade;
    plan.createdBy = u"rm"_s;
    for (const QString &spec : items) {
        PlanItem item;
        item.service = spec.section(u'@', 0, 0);
        item.version = spec.section(u'@', 1);
        item.addedAt = PlanMade;
        plan.items.append(item);
    }
    return plan;
}

// "1:inventory,payments 2:orders"
QString wavesOf(const PlanStatus &status)
{
    QStringList parts;
    for (const PlanWaveStatus &wave : status.waves)
        parts << QString::number(wave.number) + u':' + wave.services.join(u',');
    return parts.join(u' ');
}

QString statesOf(const PlanStatus &status)
{
    QStringList parts;
    for (const PlanItemStatus &item : status.items) {
        QString part = item.service + u'=' + toWord(item.state);
        if (item.weight >= 0)
            part += u'(' + QString::number(item.weight) + u')';
        parts << part;
    }
    return parts.join(u' ');
}

QStringList sentencesOf(const QList<PlanChange> &changes)
{
    QStringList sentences;
    for (const PlanChange &change : changes)
        sentences << change.sentence;
    return sentences;
}

QStringList waveStates(const PlanStatus &status)
{
    QStringList sentences;
    for (const PlanWaveStatus &wave : status.waves)
        sentences << wave.sentence;
    return sentences;
}

} // namespace

class TestPlanTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveReleaseMovesThroughItsStates()
    {
        // notifications reaches orders through mailer, which is not part of the release.
        World world(u"orders>payments orders>inventory checkout>orders notifications>mailer "
                    u"mailer>orders web>checkout"_s);
        world.baseline(u"payments"_s, u"5.2.0"_s, u"5.3.0"_s);
        world.baseline(u"inventory"_s, u"1.9.0"_s, u"2.0.0"_s);
        world.baseline(u"orders"_s, u"3.0.0"_s, u"3.1.0"_s);
        world.baseline(u"checkout"_s, u"2.0.0"_s, u"2.1.0"_s);
        world.baseline(u"notifications"_s, QString(), u"1.4.0"_s);
        ReleasePlan plan = makePlan({u"payments@5.3.0"_s, u"inventory@2.0.0"_s, u"orders@3.1.0"_s,
                                     u"checkout@2.1.0"_s, u"notifications@1.4.0"_s});
        const QString waves = u"1:inventory,payments 2:orders 3:checkout,notifications"_s;

        // Each check as the tracker runs it: track, compare with the last check, record.
        QList<PlanChange> changes;
        const auto check = [&](EpochMs at) {
            const PlanStatus status = trackPlan(plan, world.context(), world.activity, at);
            changes = changesBetween(plan.lastCheck, status, world.snapshot);
            plan = withStatus(plan, status, at);
            return status;
        };

        PlanStatus status = check(PlanMade + Minute);
        QCOMPARE(wavesOf(status), waves);
        QCOMPARE(statesOf(status),
                 u"payments=not started inventory=not started orders=not started "
                 "checkout=not started notifications=not started"_s);
        QCOMPARE(waveStates(status),
                 QStringList({u"Released: nothing has to go before it"_s, u"Waiting for wave 1"_s,
                              u"Waiting for wave 1"_s}));
        QCOMPARE(status.waves.at(0).state, PlanWaveStatus::State::Released);
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::Waiting);
        QCOMPARE(status.item(u"payments"_s)->owner, u"team-payments"_s);
        QCOMPARE(status.item(u"payments"_s)->currentVersion, u"5.2.0"_s);
        QCOMPARE(status.item(u"notifications"_s)->currentVersion, QString());
        QCOMPARE(status.blockedCount, 0);
        QVERIFY(changes.isEmpty()); // nothing to compare with yet

        world.rollout(u"payments"_s, u"5.3.0"_s, RolloutPhase::Progressing, 5,
                      PlanMade + 2 * Minute);
        status = check(PlanMade + 3 * Minute);
        QCOMPARE(statesOf(status).section(u' ', 0, 0), u"payments=deploying(5)"_s);
        QCOMPARE(status.item(u"payments"_s)->stateSentence,
                 u"Rolling out: 5 % of traffic on 5.3.0"_s);
        QCOMPARE(status.item(u"payments"_s)->startedAt, PlanMade + 2 * Minute);
        QCOMPARE(status.waves.at(0).state, PlanWaveStatus::State::InProgress);
        QCOMPARE(status.waves.at(0).sentence, u"In progress: 0 of 2 done"_s);
        QCOMPARE(status.waves.at(0).startedAt, PlanMade + 2 * Minute);
        QCOMPARE(sentencesOf(changes), QStringList({u"payments: not started → deploying (5 %)"_s}));

        world.rollout(u"payments"_s, u"5.3.0"_s, RolloutPhase::Progressing, 25,
                      PlanMade + 6 * Minute);
        status = check(PlanMade + 7 * Minute);
        QCOMPARE(status.item(u"payments"_s)->stateSentence,
                 u"Rolling out: 25 % of traffic on 5.3.0"_s);
        // The rollout row moved on; the start the tracker recorded earlier stays.
        QCOMPARE(status.item(u"payments"_s)->startedAt, PlanMade + 2 * Minute);
        QCOMPARE(sentencesOf(changes), QStringList({u"payments: 5 % → 25 % of traffic"_s}));
        QCOMPARE(wavesOf(status), waves);

        world.deploy(u"inventory"_s, u"production"_s, u"2.0.0"_s, DeploymentStatus::Succeeded,
                     PlanMade + 8 * Minute);
        world.rollout(u"payments"_s, u"5.3.0"_s, RolloutPhase::Healthy, 100,
                      PlanMade + 10 * Minute);
        status = check(PlanMade + 11 * Minute);
        QCOMPARE(statesOf(status),
                 u"payments=done(100) inventory=done orders=not started checkout=not started "
                 "notifications=not started"_s);
        QCOMPARE(status.item(u"inventory"_s)->stateSentence,
                 u"Done: production runs 2.0.0 since "_s + hhmm(PlanMade + 8 * Minute));
        QCOMPARE(status.item(u"payments"_s)->finishedAt, PlanMade + 10 * Minute);
        QCOMPARE(status.doneCount, 2);
        QCOMPARE(waveStates(status),
                 QStringList({u"Done at "_s + hhmm(PlanMade + 10 * Minute),
                              u"Released: wave 1 is done"_s, u"Waiting for wave 2"_s}));
        QCOMPARE(status.waves.at(0).durationMs(), 8 * Minute);
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::Released);
        QCOMPARE(sentencesOf(changes),
                 QStringList({u"payments is done"_s, u"inventory is done"_s}));
        QCOMPARE(wavesOf(status), waves);

        world.deploy(u"orders"_s, u"production"_s, u"3.1.0"_s, DeploymentStatus::InProgress,
                     PlanMade + 12 * Minute);
        status = check(PlanMade + 13 * Minute);
        QCOMPARE(status.item(u"orders"_s)->state, PlanItemState::Deploying);
        QCOMPARE(status.item(u"orders"_s)->weight, -1);
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::InProgress);
        QCOMPARE(sentencesOf(changes), QStringList({u"orders: not started → deploying"_s}));

        world.rollout(u"orders"_s, u"3.1.0"_s, RolloutPhase::Aborted, 0, PlanMade + 15 * Minute,
                      u"analysis failed on error-rate"_s);
        status = check(PlanMade + 16 * Minute);
        const PlanItemStatus *orders = status.item(u"orders"_s);
        QCOMPARE(orders->state, PlanItemState::RolledBack);
        QCOMPARE(orders->stateSentence, u"Rolled back: analysis failed on error-rate"_s);
        QCOMPARE(orders->startedAt, PlanMade + 12 * Minute);
        QCOMPARE(orders->finishedAt, PlanMade + 15 * Minute);
        // In the plan first, then the rest of the graph that needs it.
        QCOMPARE(orders->blocksConsumers,
                 QStringList({u"checkout"_s, u"notifications"_s, u"mailer"_s, u"web"_s}));
        QCOMPARE(status.failedCount, 1);
        QCOMPARE(waveStates(status),
                 QStringList({u"Done at "_s + hhmm(PlanMade + 10 * Minute),
                              u"Held: wave 2 is not healthy (orders rolled back)"_s,
                              u"Held: wave 2 is not healthy (orders rolled back)"_s}));
        QCOMPARE(status.waves.at(2).state, PlanWaveStatus::State::Held);
        // The consumers wait for orders, which the analysis core now holds.
        const PlanItemStatus *checkout = status.item(u"checkout"_s);
        QVERIFY(checkout->blocked);
        QCOMPARE(checkout->reasons.size(), 1);
        QCOMPARE(checkout->reasons.at(0).kind, BlockedReason::Kind::WaitingForProvider);
        QCOMPARE(checkout->reasons.at(0).otherService, u"orders"_s);
        QCOMPARE(sentencesOf(changes).mid(0, 1),
                 QStringList({u"orders rolled back: analysis failed on error-rate"_s}));
        QVERIFY(sentencesOf(changes).contains(
            u"checkout is blocked: It must wait for orders, which it depends on and which is "
            "blocked."_s));
        QCOMPARE(wavesOf(status), waves);

        // What was written back: the tracker's record of each item.
        const PlanItem *stored = plan.item(u"payments"_s);
        QCOMPARE(stored->state, PlanItemState::Done);
        QCOMPARE(stored->wave, 1);
        QCOMPARE(stored->startedAt, PlanMade + 2 * Minute);
        QCOMPARE(stored->finishedAt, PlanMade + 10 * Minute);
        QCOMPARE(plan.item(u"notifications"_s)->wave, 3);
        QVERIFY(plan.isOpen());
    }

    void anotherVersionAgainIsARollback()
    {
        World world(u"orders>payments"_s);
        world.baseline(u"payments"_s, u"5.2.0"_s, u"5.3.0"_s);
        world.baseline(u"orders"_s, u"3.0.0"_s, u"3.1.0"_s);
        const ReleasePlan plan = makePlan({u"payments@5.3.0"_s});
        world.deploy(u"payments"_s, u"production"_s, u"5.3.0"_s, DeploymentStatus::Succeeded,
                     PlanMade + 5 * Minute);
        QCOMPARE(trackPlan(plan, world.context(), world.activity, Now).items.at(0).state,
                 PlanItemState::Done);
        world.deploy(u"payments"_s, u"production"_s, u"5.2.0"_s, DeploymentStatus::Succeeded,
                     PlanMade + 9 * Minute);
        const PlanStatus status = trackPlan(plan, world.context(), world.activity, Now);
        QCOMPARE(status.items.at(0).state, PlanItemState::RolledBack);
        QCOMPARE(status.items.at(0).stateSentence,
                 u"Rolled back: production runs 5.2.0 again since "_s
                     + hhmm(PlanMade + 9 * Minute));
        QCOMPARE(status.items.at(0).blocksConsumers, QStringList({u"orders"_s}));
    }

    void rolloutsCountFromThePlansCreation()
    {
        World world(u"orders>payments"_s);
        world.baseline(u"payments"_s, u"5.2.0"_s, u"5.3.0"_s);
        world.baseline(u"orders"_s, u"3.0.0"_s, u"3.1.0"_s);
        const ReleasePlan plan = makePlan({u"payments@5.3.0"_s});
        // A rollout of the same version somewhere else, before the plan: not this plan's.
        world.rollout(u"payments"_s, u"5.3.0"_s, RolloutPhase::Healthy, 100, PlanMade - Minute);
        PlanStatus status = trackPlan(plan, world.context(), world.activity, Now);
        QCOMPARE(status.items.at(0).state, PlanItemState::NotStarted);
        QCOMPARE(status.items.at(0).stateSentence, u"Not started"_s);

        // Paused on a canary step: under way, and not blocked by its own pause.
        world.rollout(u"payments"_s, u"5.3.0"_s, RolloutPhase::Paused, 25, PlanMade + Minute);
        status = trackPlan(plan, world.context(), world.activity, Now);
        QCOMPARE(status.items.at(0).state, PlanItemState::Deploying);
        QCOMPARE(status.items.at(0).stateSentence, u"Paused: 25 % of traffic on 5.3.0"_s);
        QVERIFY(!status.items.at(0).blocked);
        QCOMPARE(status.blockedCount, 0);
        QCOMPARE(world.context().plan(u"production"_s, {u"payments@5.3.0"_s}, nullptr).held.size(),
                 1);
    }

    void failedDeploymentAndAlreadyThere()
    {
        World world(u"orders>payments"_s);
        world.baseline(u"payments"_s, u"5.2.0"_s, u"5.3.0"_s);
        world.baseline(u"orders"_s, u"3.1.0"_s, u"3.1.0"_s); // production had it before the plan
        const ReleasePlan plan = makePlan({u"payments@5.3.0"_s, u"orders@3.1.0"_s});
        world.deploy(u"payments"_s, u"production"_s, u"5.3.0"_s, DeploymentStatus::Failed,
                     PlanMade + 4 * Minute);
        const QString id = world.activity.value(u"payments"_s).deployments.constLast().externalId;
        const PlanStatus status = trackPlan(plan, world.context(), world.activity, Now);
        QCOMPARE(status.items.at(0).state, PlanItemState::Failed);
        QCOMPARE(status.items.at(0).stateSentence,
                 u"Failed: deployment "_s + id + u" failed at "_s + hhmm(PlanMade + 4 * Minute));
        QCOMPARE(status.items.at(1).state, PlanItemState::Done);
        QCOMPARE(status.items.at(1).stateSentence,
                 u"Done: production already ran 3.1.0 when the plan was made"_s);
        QCOMPARE(status.items.at(1).finishedAt, PlanMade);
        QCOMPARE(waveStates(status),
                 QStringList({u"Held: wave 1 is not healthy (payments failed)"_s,
                              u"Done at "_s + hhmm(PlanMade)}));
        QCOMPARE(status.waves.at(1).state, PlanWaveStatus::State::Done);
    }

    void blockedItemsWithTheirReasons()
    {
        World world(u"orders>payments"_s, {u"search"_s});
        world.baseline(u"payments"_s, u"5.2.0"_s, u"5.3.0"_s);
        world.baseline(u"orders"_s, u"3.0.0"_s, u"3.1.0"_s);
        world.baseline(u"search"_s, u"1.0.0"_s, u"1.1.0"_s);
        // payments' pipeline went red; search is red too but already shipped its version.
        for (const QString &name : {u"payments"_s, u"search"_s}) {
            PipelineRun red = *world.service(name).lastRun;
            red.externalId += u"-red"_s;
            red.status = RunStatus::Failed;
            red.commitSha = u"feedbeef00"_s;
            red.startedAt = Now - 30 * Minute;
            red.finishedAt = Now - 25 * Minute;
            world.service(name).lastRun = red;
            world.service(name).recentMainRuns.prepend(red);
        }
        world.deploy(u"search"_s, u"production"_s, u"1.1.0"_s, DeploymentStatus::Succeeded,
                     PlanMade + Minute);
        const ReleasePlan plan
            = makePlan({u"payments@5.3.0"_s, u"orders@3.1.0"_s, u"search@1.1.0"_s});
        const PlanStatus status = trackPlan(plan, world.context(), world.activity, Now);
        const PlanItemStatus *payments = status.item(u"payments"_s);
        QVERIFY(payments->blocked);
        QCOMPARE(payments->reasons.size(), 1);
        QCOMPARE(payments->reasons.at(0).kind, BlockedReason::Kind::PipelineRed);
        QVERIFY(payments->reasons.at(0).sentence.startsWith(
            u"Its pipeline on the main branch is red since"_s));
        const PlanItemStatus *orders = status.item(u"orders"_s);
        QVERIFY(orders->blocked);
        QCOMPARE(orders->reasons.at(0).kind, BlockedReason::Kind::WaitingForProvider);
        const PlanItemStatus *search = status.item(u"search"_s);
        QCOMPARE(search->state, PlanItemState::Done);
        QVERIFY(!search->blocked); // done is never blocked, however red its pipeline is now
        QCOMPARE(status.blockedCount, 2);
        // Held services keep the waves their dependencies give them.
        QCOMPARE(wavesOf(status), u"1:payments,search 2:orders"_s);

        const QList<PlanItemSeen> seen = seenOf(status);
        QCOMPARE(seen.at(0).reasonKeys, QStringList({u"pipeline-red|"_s}));
        QCOMPARE(seen.at(1).reasonKeys, QStringList({u"waiting-for-provider|payments"_s}));
        QCOMPARE(seen.at(0).reasons, QStringList({payments->reasons.at(0).sentence}));
        QCOMPARE(seen.at(1).wave, 2);
    }

    void cycleIsOneGroupInOneWave()
    {
        World world(u"a>b b>a c>a"_s);
        world.baseline(u"a"_s, u"1"_s, u"2"_s);
        world.baseline(u"b"_s, u"1"_s, u"2"_s);
        world.baseline(u"c"_s, u"1"_s, u"2"_s);
        const PlanStatus status = trackPlan(makePlan({u"c@2"_s, u"a@2"_s, u"b@2"_s}),
                                            world.context(), world.activity, Now);
        QCOMPARE(wavesOf(status), u"1:a,b 2:c"_s);
        QCOMPARE(status.groups.size(), 1);
        QCOMPARE(status.groups.at(0).services, QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(status.groups.at(0).cycleEdges.size(), 2);
        QCOMPARE(status.item(u"a"_s)->wave, 1);
        QCOMPARE(status.item(u"b"_s)->wave, 1);
        QCOMPARE(status.item(u"c"_s)->wave, 2);
    }

    void planWavesPlacesHeldServicesToo()
    {
        World world(u"orders>payments checkout>orders"_s);
        world.baseline(u"payments"_s, u"1"_s, u"2"_s);
        world.baseline(u"orders"_s, u"1"_s, u"2"_s);
        world.baseline(u"checkout"_s, u"1"_s, u"2"_s);
        PipelineRun red = *world.service(u"payments"_s).lastRun;
        red.status = RunStatus::Failed;
        red.finishedAt = Now - Minute;
        world.service(u"payments"_s).lastRun = red;
        world.service(u"payments"_s).recentMainRuns = {red};
        const AnalysisContext context = world.context();
        const QStringList services {u"checkout"_s, u"payments"_s, u"unknown"_s};
        // plan() holds payments and checkout (through orders, which is not requested).
        const PlanResult held = context.plan(u"production"_s, {u"checkout"_s, u"payments"_s}, {});
        QVERIFY(held.waves.isEmpty());
        QCOMPARE(held.held.size(), 2);
        const PlanResult placed = context.planWaves(services);
        QCOMPARE(placed.waves.size(), 2);
        QCOMPARE(placed.waves.at(0).services, QStringList({u"payments"_s}));
        QCOMPARE(placed.waves.at(1).services, QStringList({u"checkout"_s}));
        QVERIFY(placed.checks.isEmpty());
    }

    void serviceThatLeftTheCatalogStillTracks()
    {
        World world(u"orders>payments"_s);
        world.baseline(u"payments"_s, u"5.2.0"_s, u"5.3.0"_s);
        world.baseline(u"orders"_s, u"3.0.0"_s, u"3.1.0"_s);
        ReleasePlan plan = makePlan({u"legacy@0.9.0"_s, u"payments@5.3.0"_s});
        plan.items[0].state = PlanItemState::Done;
        plan.items[0].wave = 2;
        plan.items[0].startedAt = PlanMade + Minute;
        plan.items[0].finishedAt = PlanMade + 4 * Minute;
        plan.items[0].currentVersion = u"0.8.0"_s;
        const PlanStatus status = trackPlan(plan, world.context(), world.activity, Now);
        const PlanItemStatus *legacy = status.item(u"legacy"_s);
        QVERIFY(!legacy->inCatalog);
        QCOMPARE(legacy->wave, 0);
        QCOMPARE(legacy->state, PlanItemState::Done);
        QCOMPARE(legacy->finishedAt, PlanMade + 4 * Minute);
        QCOMPARE(legacy->currentVersion, u"0.8.0"_s);
        QCOMPARE(legacy->stateSentence, u"legacy left the catalog; last recorded: done"_s);
        QVERIFY(!legacy->blocked);
        QCOMPARE(wavesOf(status), u"1:payments"_s);
        QCOMPARE(status.doneCount, 1);
        // Its record stays as it was.
        const ReleasePlan written = withStatus(plan, status, Now);
        QCOMPARE(written.items.at(0), plan.items.at(0));
        QCOMPARE(written.items.at(1).wave, 1);
    }

    void changesSinceTheLastLook()
    {
        World world(u"payments>checkout notifications>checkout"_s, {u"orders"_s, u"ledger"_s});
        world.verify(u"payments"_s, u"checkout"_s, Now - 50 * Minute);
        world.verify(u"payments"_s, u"checkout"_s, Now - 20 * Minute);
        world.deploy(u"checkout"_s, u"production"_s, u"2.1.0"_s, DeploymentStatus::Succeeded,
                     Now - 10 * Minute, false);
        PipelineRun green = *world.service(u"orders"_s).lastRun;
        green.finishedAt = Now - 5 * Minute;
        world.service(u"orders"_s).lastRun = green;

        const auto seen = [](const QString &service, int wave, const QStringList &keys = {},
                             const QStringList &reasons = {}) {
            PlanItemSeen s;
            s.service = service;
            s.wave = wave;
            s.blocked = !keys.isEmpty();
            s.reasonKeys = keys;
            s.reasons = reasons;
            return s;
        };
        QList<PlanItemSeen> before {
            seen(u"payments"_s, 2, {u"contract-unverified|checkout"_s}, {u"unverified"_s}),
            seen(u"orders"_s, 1, {u"pipeline-red|"_s}, {u"red"_s}),
            seen(u"inventory"_s, 1, {u"freeze|"_s}, {u"frozen"_s}),
            seen(u"notifications"_s, 2, {u"provider-not-deployed|checkout"_s}, {u"needs"_s}),
            seen(u"search"_s, 1, {u"rollout|"_s}, {u"Its rollout of 1.1.0 is paused."_s}),
            seen(u"gone"_s, 1),
        };
        before[4].state = PlanItemState::NotStarted;

        const auto item = [](const QString &service, int wave) {
            PlanItemStatus s;
            s.service = service;
            s.wave = wave;
            return s;
        };
        PlanStatus now;
        now.environment = u"production"_s;
        now.items = {item(u"payments"_s, 3),      item(u"orders"_s, 1), item(u"inventory"_s, 1),
                     item(u"notifications"_s, 2), item(u"search"_s, 1), item(u"ledger"_s, 1)};
        now.items[4].state = PlanItemState::Deploying;
        now.items[4].weight = 25;
        now.items[2].blocked = true;
        now.items[2].reasons = {{BlockedReason::Kind::PipelineRed, {}, u"Its pipeline is red."_s}};

        QCOMPARE(sentencesOf(changesBetween(before, now, world.snapshot)),
                 QStringList({
                     u"payments is no longer blocked: its contract with checkout was verified "
                     "at "_s
                         + hhmm(Now - 20 * Minute),
                     u"payments moved from wave 2 to wave 3"_s,
                     u"orders is no longer blocked: its pipeline went green at "_s
                         + hhmm(Now - 5 * Minute),
                     u"inventory is blocked: Its pipeline is red."_s,
                     u"inventory has one reason less to wait: the freeze on production ended"_s,
                     u"notifications is no longer blocked: checkout 2.1.0 now runs in "
                     "production"_s,
                     u"search: not started → deploying (25 %)"_s,
                     u"search is no longer blocked: no longer: Its rollout of 1.1.0 is paused."_s,
                     u"ledger joined the plan"_s,
                     u"gone left the plan"_s,
                 }));
        const QList<PlanChange> changes = changesBetween(before, now, world.snapshot);
        QCOMPARE(changes.constFirst().service, u"payments"_s);
        QVERIFY(changesBetween({}, now, world.snapshot).isEmpty());
    }

    void stateChangeSentences_data()
    {
        QTest::addColumn<PlanItemState>("from");
        QTest::addColumn<int>("fromWeight");
        QTest::addColumn<PlanItemState>("to");
        QTest::addColumn<int>("toWeight");
        QTest::addColumn<QString>("stateSentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weight moves") << PlanItemState::Deploying << 25 << PlanItemState::Deploying
                                      << 50 << QString() << u"payments: 25 % → 50 % of traffic"_s;
        QTest::newRow("done") << PlanItemState::Deploying << 50 << PlanItemState::Done << 100
                              << QString() << u"payments is done"_s;
        QTest::newRow("rolled back") << PlanItemState::Deploying << 50 << PlanItemState::RolledBack
                                     << 0 << u"Rolled back: canary analysis failed"_s
                                     << u"payments rolled back: canary analysis failed"_s;
        QTest::newRow("failed") << PlanItemState::NotStarted << -1 << PlanItemState::Failed << -1
                                << u"Failed: deployment 42 failed at 14:02"_s
                                << u"payments failed: deployment 42 failed at 14:02"_s;
        QTest::newRow("deploying, weight unknown")
            << PlanItemState::NotStarted << -1 << PlanItemState::Deploying << -1 << QString()
            << u"payments: not started → deploying"_s;
    }
    void stateChangeSentences()
    {
        QFETCH(PlanItemState, from);
        QFETCH(int, fromWeight);
        QFETCH(PlanItemState, to);
        QFETCH(int, toWeight);
        QFETCH(QString, stateSentence);
        QFETCH(QString, expected);
        PlanItemSeen before;
        before.service = u"payments"_s;
        before.state = from;
        before.weight = fromWeight;
        PlanStatus now;
        PlanItemStatus item;
        item.service = u"payments"_s;
        item.state = to;
        item.weight = toWeight;
        item.stateSentence = stateSentence;
        now.items = {item};
        QCOMPARE(sentencesOf(changesBetween({before}, now, Snapshot())), QStringList({expected}));
    }

    void finishedPlanKeepsItsWaveTimes()
    {
        ReleasePlan plan = makePlan({u"payments@2"_s, u"inventory@2"_s, u"orders@2"_s});
        const auto record = [&plan](int i, int wave, EpochMs started, EpochMs finished) {
            plan.items[i].state = PlanItemState::Done;
            plan.items[i].wave = wave;
            plan.items[i].startedAt = started;
            plan.items[i].finishedAt = finished;
        };
        record(0, 1, PlanMade + 2 * Minute, PlanMade + 10 * Minute);
        record(1, 1, PlanMade + 1 * Minute, PlanMade + 6 * Minute);
        record(2, 2, PlanMade + 12 * Minute, PlanMade + 42 * Minute);
        const QList<PlanWaveStatus> waves = recordedWaves(plan);
        QCOMPARE(waves.size(), 2);
        QCOMPARE(waves.at(0).services, QStringList({u"payments"_s, u"inventory"_s}));
        QCOMPARE(waves.at(0).startedAt, PlanMade + Minute);
        QCOMPARE(waves.at(0).finishedAt, PlanMade + 10 * Minute);
        QCOMPARE(waves.at(0).durationMs(), 9 * Minute);
        QCOMPARE(waves.at(0).sentence, u"Took 9 min 00 s"_s);
        QCOMPARE(waves.at(1).durationMs(), 30 * Minute);
        QCOMPARE(waves.at(1).state, PlanWaveStatus::State::Done);

        // An item still under way: the wave has no finish and no duration.
        plan.items[2].state = PlanItemState::Deploying;
        plan.items[2].finishedAt = NoTime;
        QCOMPARE(recordedWaves(plan).at(1).state, PlanWaveStatus::State::InProgress);
        QCOMPARE(recordedWaves(plan).at(1).durationMs(), -1);
    }

    void withStatusFinishesADonePlan()
    {
        ReleasePlan plan = makePlan({u"payments@2"_s, u"orders@2"_s});
        PlanStatus status;
        for (const PlanItem &i : std::as_const(plan.items)) {
            PlanItemStatus s;
            s.service = i.service;
            s.version = i.version;
            s.state = PlanItemState::Done;
            s.wave = i.service == u"orders"_s ? 2 : 1;
            s.startedAt = PlanMade + Minute;
            s.finishedAt = PlanMade + (s.wave == 2 ? 20 : 9) * Minute;
            status.items.append(s);
        }
        status.doneCount = 1;
        QVERIFY(withStatus(plan, status, Now).isOpen()); // one still to go
        status.doneCount = 2;
        const ReleasePlan finished = withStatus(plan, status, Now);
        QCOMPARE(finished.finishedAt, PlanMade + 20 * Minute);
        QCOMPARE(finished.items.at(1).wave, 2);
        QCOMPARE(finished.items.at(1).finishedAt, PlanMade + 20 * Minute);
        QCOMPARE(finished.lastCheck, seenOf(status));
        QCOMPARE(finished.lastCheck.size(), 2);
        QCOMPARE(finished.lastCheck.at(1).state, PlanItemState::Done);
    }

    void pendingChangesCarryCommitsAndAuthors()
    {
        World world(u"orders>payments"_s);
        world.deploy(u"payments"_s, u"production"_s, u"5.2.0"_s, DeploymentStatus::Succeeded,
                     Now - 400 * Minute, false, u"1a2b3c4d5e6f70000000000000000000000000aa"_s);
        world.deploy(u"payments"_s, u"staging"_s, u"5.3.0"_s, DeploymentStatus::Succeeded,
                     Now - 100 * Minute, false, u"5d6e7f8a9b0c10000000000000000000000000bb"_s);
        world.deploy(u"orders"_s, u"staging"_s, u"1.0.0"_s, DeploymentStatus::Succeeded,
                     Now - 90 * Minute, false, u"99887766554433221100aabbccddeeff00112233"_s);
        const QHash<QString, QString> authors {
            {u"5d6e7f8a9b0c10000000000000000000000000bb"_s, u"Ada Lovelace"_s},
            {u"99887766554433221100aabbccddeeff00112233"_s, u"Grace Hopper"_s}};
        const QList<PendingChange> pending
            = pendingChanges(world.context(), u"production"_s, authors);
        QCOMPARE(pending.size(), 2);
        const PendingChange &payments = pending.at(1);
        QCOMPARE(payments.service, u"payments"_s);
        QCOMPARE(payments.version, u"5.3.0"_s);
        QCOMPARE(payments.currentVersion, u"5.2.0"_s);
        QCOMPARE(payments.fromEnvironment, u"staging"_s);
        QCOMPARE(payments.commitRange, u"1a2b3c4..5d6e7f8"_s);
        QCOMPARE(payments.author, u"Ada Lovelace"_s);
        QCOMPARE(payments.pipeline, Health::Healthy);
        QVERIFY(payments.deployable);
        // orders was never in production: no range, but its author is known. It needs payments,
        // which production runs at a version its contract was never checked against: no contract
        // tests, so nothing blocks it.
        const PendingChange &orders = pending.at(0);
        QCOMPARE(orders.service, u"orders"_s);
        QCOMPARE(orders.currentVersion, QString());
        QCOMPARE(orders.commitRange, QString());
        QCOMPARE(orders.author, u"Grace Hopper"_s);
        QVERIFY(orders.deployable);
        QVERIFY(orders.reasons.isEmpty());
    }

    void wordsForStates()
    {
        QCOMPARE(toWord(PlanItemState::NotStarted), u"not started"_s);
        QCOMPARE(toWord(PlanItemState::Deploying), u"deploying"_s);
        QCOMPARE(toWord(PlanItemState::Done), u"done"_s);
        QCOMPARE(toWord(PlanItemState::Failed), u"failed"_s);
        QCOMPARE(toWord(PlanItemState::RolledBack), u"rolled back"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanTracking)
#include "tst_plantracking.moc"
