#include "analysis/deliveryhistory.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'700'000'000'000;
constexpr qint64 H = 60LL * 60 * 1000;

const QString OrdersSha = u"a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"_s;

ServiceCommit commit(const QString &service, const QString &sha, EpochMs authored,
                     EpochMs committed, bool pipelineChange, const QString &summary = {})
{
    return {service, sha, u"Ada"_s, authored, committed, summary, pipelineChange};
}

PipelineRun run(const QString &id, const QString &service, RunStatus status, EpochMs startedAt,
                const QString &sha = {}, EpochMs finishedAt = NoTime)
{
    PipelineRun r;
    r.externalId = id;
    r.service = service;
    r.pipeline = u"ci"_s;
    r.status = status;
    r.startedAt = startedAt;
    r.finishedAt = finishedAt;
    r.commitSha = sha;
    return r;
}

Deployment deployment(const QString &id, const QString &service, DeploymentStatus status,
                      EpochMs at)
{
    Deployment d;
    d.externalId = id;
    d.service = service;
    d.environment = u"production"_s;
    d.status = status;
    d.deployedAt = at;
    return d;
}

Rollout rollout(const QString &id, const QString &service, RolloutPhase phase, EpochMs at)
{
    Rollout r;
    r.externalId = id;
    r.service = service;
    r.phase = phase;
    r.updatedAt = at;
    return r;
}

QStringList idsOf(const QList<RunAfterChange> &runs)
{
    QStringList out;
    for (const RunAfterChange &r : runs)
        out << r.run.externalId + (r.onChangeCommit ? u"*"_s : QString());
    return out;
}

template<typename T>
QStringList idsOf(const QList<T> &items)
{
    QStringList out;
    for (const T &item : items)
        out << item.externalId;
    return out;
}

struct Fixture
{
    QList<ServiceCommit> commits;
    QList<PipelineRun> runs;
    QList<Deployment> deployments;
    QList<Rollout> rollouts;
};

Fixture fixture()
{
    Fixture f;
    // orders' change was written two hours before it landed at T0: the window starts at T0.
    f.commits = {
        commit(u"orders"_s, OrdersSha, T0 - 2 * H, T0, true, u"Use template v2"_s),
        commit(u"orders"_s, u"b"_s.repeated(40), T0 + H, T0 + H, false, u"Fix typo"_s),
        commit(u"payments"_s, u"c"_s.repeated(40), T0 + 100 * H, T0 + 100 * H, true),
        commit(u"carts"_s, u"d"_s.repeated(40), T0 + 50 * H, NoTime, true, u"Cache deps"_s),
        commit(u"zeta"_s, u"e"_s.repeated(40), NoTime, NoTime, true, u"Lost"_s),
        // The same change read twice (two scans): counted once.
        commit(u"orders"_s, OrdersSha.toUpper(), T0 - 2 * H, T0, true, u"Use template v2"_s),
    };
    f.runs = {
        run(u"before"_s, u"orders"_s, RunStatus::Failed, T0 - H),
        run(u"at-change"_s, u"orders"_s, RunStatus::Failed, T0),
        run(u"ok-1h"_s, u"orders"_s, RunStatus::Succeeded, T0 + H, OrdersSha),
        run(u"fail-3h"_s, u"orders"_s, RunStatus::Failed, T0 + 3 * H, u"A1B2C3D"_s),
        run(u"fail-5h"_s, u"orders"_s, RunStatus::Failed, T0 + 5 * H, u"f"_s.repeated(40)),
        run(u"fail-24h"_s, u"orders"_s, RunStatus::Failed, T0 + 24 * H, u"a1b2c3"_s),
        run(u"fail-25h"_s, u"orders"_s, RunStatus::Failed, T0 + 25 * H, OrdersSha),
        run(u"payments-fail"_s, u"payments"_s, RunStatus::Failed, T0 + 2 * H),
        run(u"carts-ok"_s, u"carts"_s, RunStatus::Succeeded, T0 + 51 * H),
    };
    f.deployments = {
        deployment(u"d-rolled-back"_s, u"orders"_s, DeploymentStatus::RolledBack, T0 + 6 * H),
        deployment(u"d-ok"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 7 * H),
        deployment(u"d-failed-late"_s, u"orders"_s, DeploymentStatus::Failed, T0 + 30 * H),
        deployment(u"d-payments"_s, u"payments"_s, DeploymentStatus::RolledBack, T0 + 6 * H),
    };
    f.rollouts = {
        rollout(u"r-degraded"_s, u"orders"_s, RolloutPhase::Degraded, T0 + 10 * H),
        rollout(u"r-aborted"_s, u"orders"_s, RolloutPhase::Aborted, T0 + 8 * H),
        rollout(u"r-healthy"_s, u"orders"_s, RolloutPhase::Healthy, T0 + 9 * H),
        rollout(u"r-carts-before"_s, u"carts"_s, RolloutPhase::Aborted, T0 + 50 * H),
    };
    return f;
}

} // namespace

class TestDeliveryHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameCommit_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("equal") << OrdersSha << OrdersSha << true;
        QTest::newRow("case differs") << OrdersSha.toUpper() << OrdersSha << true;
        QTest::newRow("run has the short id") << u"a1b2c3d"_s << OrdersSha << true;
        QTest::newRow("change has the short id") << OrdersSha << u"a1b2c3d4"_s << true;
        QTest::newRow("six digits are too few") << u"a1b2c3"_s << OrdersSha << false;
        QTest::newRow("short ids, same prefix") << u"a1b2c3d"_s << u"a1b2c3d4e"_s << true;
        QTest::newRow("different") << u"a1b2c3e"_s << OrdersSha << false;
        QTest::newRow("empty run id") << QString() << OrdersSha << false;
        QTest::newRow("both empty") << QString() << QString() << false;
    }

    void sameCommit()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Signalbox::sameCommit(a, b), same);
    }

    void outcomesOrderedNewestFirst()
    {
        const Fixture f = fixture();
        const auto outcomes = pipelineChangeOutcomes(f.commits, f.runs, f.deployments, f.rollouts);
        QStringList order;
        for (const PipelineChangeOutcome &o : outcomes)
            order << o.change.service;
        // The non-pipeline commit is not listed, the duplicate counts once, no time comes last.
        QCOMPARE(order, (QStringList {u"payments"_s, u"carts"_s, u"orders"_s, u"zeta"_s}));
        QCOMPARE(outcomes.at(1).changedAt, T0 + 50 * H); // no committer time: the author time
        QCOMPARE(outcomes.at(2).changedAt, T0); // committer time, not the author time
        QCOMPARE(outcomes.at(2).change.sha, OrdersSha);
    }

    void changeFollowedByFailures()
    {
        const Fixture f = fixture();
        const auto outcomes = pipelineChangeOutcomes(f.commits, f.runs, f.deployments, f.rollouts);
        const PipelineChangeOutcome &orders = outcomes.at(2);
        QCOMPARE(orders.change.service, u"orders"_s);
        QVERIFY(orders.followedByFailure());
        // Not before the change, not at its very instant, not 25 h later, not payments' run; the
        // 24 h boundary is inside. "*": run of the change itself ("a1b2c3" is too short to say).
        QCOMPARE(idsOf(orders.failedRuns),
                 (QStringList {u"fail-3h*"_s, u"fail-5h"_s, u"fail-24h"_s}));
        QCOMPARE(orders.failedRunsOnChangeCommit(), 1);
        QCOMPARE(orders.runsInWindow, 4);
        QVERIFY(orders.firstRunAfter.has_value());
        QCOMPARE(orders.firstRunAfter->run.externalId, u"ok-1h"_s);
        QVERIFY(orders.firstRunAfter->onChangeCommit);
        QCOMPARE(idsOf(orders.failedDeployments), (QStringList {u"d-rolled-back"_s}));
        QCOMPARE(idsOf(orders.failedRollouts), (QStringList {u"r-aborted"_s, u"r-degraded"_s}));
        QCOMPARE(describePipelineChangeOutcome(orders),
                 u"Pipeline change a1b2c3d in orders (\"Use template v2\") was followed by 3 "
                 "failed run(s) (1 of the change itself), 1 failed or rolled-back deployment(s) "
                 "and 2 aborted or degraded rollout(s) within a day."_s);
    }

    void changeWithNoRunAfterIt()
    {
        const Fixture f = fixture();
        const auto outcomes = pipelineChangeOutcomes(f.commits, f.runs, f.deployments, f.rollouts);
        const PipelineChangeOutcome &payments = outcomes.at(0);
        QCOMPARE(payments.change.service, u"payments"_s);
        QVERIFY(!payments.followedByFailure());
        QVERIFY(!payments.firstRunAfter.has_value());
        QCOMPARE(payments.runsInWindow, 0);
        QCOMPARE(describePipelineChangeOutcome(payments),
                 u"Pipeline change ccccccc in payments was not followed by any run of payments "
                 "within a day, so its effect is not known."_s);
    }

    void changeThatRanGreen()
    {
        const Fixture f = fixture();
        const auto outcomes = pipelineChangeOutcomes(f.commits, f.runs, f.deployments, f.rollouts);
        const PipelineChangeOutcome &carts = outcomes.at(1);
        QCOMPARE(carts.change.service, u"carts"_s);
        // The aborted rollout at the change's own instant is not after it.
        QVERIFY(!carts.followedByFailure());
        QCOMPARE(carts.runsInWindow, 1);
        QCOMPARE(carts.firstRunAfter->run.externalId, u"carts-ok"_s);
        QVERIFY(!carts.firstRunAfter->onChangeCommit);
        QCOMPARE(describePipelineChangeOutcome(carts),
                 u"Pipeline change ddddddd in carts (\"Cache deps\") was followed by 1 run(s) "
                 "within a day, none of which failed."_s);
    }

    void changeWithoutTime()
    {
        const Fixture f = fixture();
        const auto outcomes = pipelineChangeOutcomes(f.commits, f.runs, f.deployments, f.rollouts);
        const PipelineChangeOutcome &zeta = outcomes.at(3);
        QCOMPARE(zeta.changedAt, NoTime);
        QVERIFY(!zeta.firstRunAfter.has_value());
        QCOMPARE(describePipelineChangeOutcome(zeta),
                 u"Pipeline change eeeeeee in zeta (\"Lost\") has no commit time, so what "
                 "followed it cannot be told."_s);
    }

    void narrowerWindow()
    {
        const Fixture f = fixture();
        const auto outcomes
            = pipelineChangeOutcomes(f.commits, f.runs, f.deployments, f.rollouts, 4 * H);
        const PipelineChangeOutcome &orders = outcomes.at(2);
        QCOMPARE(idsOf(orders.failedRuns), (QStringList {u"fail-3h*"_s}));
        QVERIFY(orders.failedDeployments.isEmpty());
        QVERIFY(orders.failedRollouts.isEmpty());
        QCOMPARE(describePipelineChangeOutcome(orders),
                 u"Pipeline change a1b2c3d in orders (\"Use template v2\") was followed by 1 "
                 "failed run(s) (1 of the change itself) within 4 hour(s)."_s);
    }

    void noInput()
    {
        QVERIFY(pipelineChangeOutcomes({}, {}, {}, {}).isEmpty());
        QVERIFY(timeToFirstGreen({}, {}).isEmpty());
    }

    void firstGreen()
    {
        const QList<ServiceCommit> commits = {
            commit(u"orders"_s, u"2"_s.repeated(40), T0 + 5 * H, T0 + 5 * H, false),
            commit(u"orders"_s, u"1"_s.repeated(40), T0, T0 + 9 * H, true),
            commit(u"billing"_s, u"3"_s.repeated(40), T0 + 2 * H, T0 + 2 * H, false),
            commit(u"analytics"_s, u"4"_s.repeated(40), T0 + H, T0 + H, false),
        };
        const QList<PipelineRun> runs = {
            // A green run before the first commit belongs to a history the commits do not show.
            run(u"o-old"_s, u"orders"_s, RunStatus::Succeeded, T0 - 10 * H, {}, T0 - 9 * H),
            run(u"o-fail"_s, u"orders"_s, RunStatus::Failed, T0 + H, {}, T0 + 2 * H),
            run(u"o-green"_s, u"orders"_s, RunStatus::Succeeded, T0 + 29 * H, {}, T0 + 30 * H),
            run(u"o-green-later"_s, u"orders"_s, RunStatus::Succeeded, T0 + 40 * H, {},
                T0 + 41 * H),
            run(u"b-fail"_s, u"billing"_s, RunStatus::Failed, T0 + 3 * H, {}, T0 + 4 * H),
            run(u"b-cancelled"_s, u"billing"_s, RunStatus::Cancelled, T0 + 5 * H),
            // No finish time known: its start counts.
            run(u"a-green"_s, u"analytics"_s, RunStatus::Succeeded, T0 + 3 * H),
            // Runs but no commits: no first commit known, not listed.
            run(u"g-green"_s, u"ghost"_s, RunStatus::Succeeded, T0, {}, T0 + H),
        };
        const auto firsts = timeToFirstGreen(commits, runs);
        QStringList services;
        for (const FirstGreenPipeline &first : firsts)
            services << first.service;
        QCOMPARE(services, (QStringList {u"analytics"_s, u"billing"_s, u"orders"_s}));

        const FirstGreenPipeline &orders = firsts.at(2);
        QCOMPARE(orders.firstCommit.sha, u"1"_s.repeated(40)); // oldest by author time
        QCOMPARE(orders.firstCommitAt, T0);
        QVERIFY(orders.hasGreen());
        QCOMPARE(orders.firstGreenRun->externalId, u"o-green"_s);
        QCOMPARE(orders.greenAt, T0 + 30 * H);
        QCOMPARE(orders.durationMs, 30 * H);

        const FirstGreenPipeline &billing = firsts.at(1);
        QVERIFY(!billing.hasGreen());
        QCOMPARE(billing.durationMs, -1);
        QCOMPARE(billing.greenAt, NoTime);
        QCOMPARE(billing.firstCommitAt, T0 + 2 * H);

        const FirstGreenPipeline &analytics = firsts.at(0);
        QCOMPARE(analytics.firstGreenRun->externalId, u"a-green"_s);
        QCOMPARE(analytics.durationMs, 2 * H);
    }

    void firstGreenTies()
    {
        // Same author time: the smaller commit id; same finish: the smaller external id. Input
        // order must not matter.
        const QList<ServiceCommit> commits = {
            commit(u"orders"_s, u"9"_s.repeated(40), T0, T0, false),
            commit(u"orders"_s, u"8"_s.repeated(40), T0, T0, false),
        };
        const QList<PipelineRun> runs = {
            run(u"run-b"_s, u"orders"_s, RunStatus::Succeeded, T0, {}, T0 + H),
            run(u"run-a"_s, u"orders"_s, RunStatus::Succeeded, T0, {}, T0 + H),
        };
        auto reversedCommits = commits;
        std::reverse(reversedCommits.begin(), reversedCommits.end());
        auto reversedRuns = runs;
        std::reverse(reversedRuns.begin(), reversedRuns.end());
        const auto first = timeToFirstGreen(commits, runs);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).firstCommit.sha, u"8"_s.repeated(40));
        QCOMPARE(first.at(0).firstGreenRun->externalId, u"run-a"_s);
        QCOMPARE(timeToFirstGreen(reversedCommits, reversedRuns), first);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryHistory)
#include "tst_deliveryhistory.moc"
