#include "analysis/checklist.h"
#include "analysis/deliveryhistory.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'700'000'000'000;
constexpr qint64 Min = 60LL * 1000;
constexpr qint64 H = 60 * Min;
constexpr qint64 Day = 24 * H;

PipelineRun run(const QString &id, const QString &service, RunStatus status, EpochMs startedAt,
                qint64 durationMs = -1, const QString &sha = {}, const QString &source = u"gh"_s)
{
    PipelineRun r;
    r.externalId = id;
    r.service = service;
    r.pipeline = u"ci"_s;
    r.status = status;
    r.startedAt = startedAt;
    r.durationMs = durationMs;
    r.finishedAt = durationMs >= 0 ? startedAt + durationMs : NoTime;
    r.commitSha = sha;
    r.url = u"https://ci.example/"_s + source + u'/' + id;
    r.source = source;
    return r;
}

PipelineJob job(const QString &runId, const QString &name, RunStatus status,
                const QString &source = u"gh"_s, const QString &url = {})
{
    PipelineJob j;
    j.externalId = runId + u'/' + name;
    j.runExternalId = runId;
    j.name = name;
    j.status = status;
    j.url = url;
    j.source = source;
    return j;
}

Deployment deployment(const QString &id, const QString &service, const QString &environment,
                      DeploymentStatus status, EpochMs at, const QString &version = {})
{
    Deployment d;
    d.externalId = id;
    d.service = service;
    d.environment = environment;
    d.status = status;
    d.deployedAt = at;
    d.version = version;
    d.url = u"https://deploy.example/"_s + id;
    return d;
}

ServiceCommit commit(const QString &service, const QString &sha, EpochMs at,
                     bool pipelineChange = false)
{
    return {service, sha, u"Ada"_s, at, at, u"Change"_s, pipelineChange};
}

QList<Service> catalog(const QStringList &names)
{
    QList<Service> services;
    for (const QString &name : names) {
        Service s;
        s.name = name;
        s.inCatalog = true;
        services.append(s);
    }
    return services;
}

// The window is ten days from T0; now is its end.
ChecklistInput windowed()
{
    ChecklistInput in;
    in.from = T0;
    in.to = T0 + 10 * Day;
    in.now = in.to;
    return in;
}

const ChecklistItem &itemOf(const Checklist &checklist, ChecklistQuestion question)
{
    const ChecklistItem *item = checklist.item(question);
    Q_ASSERT(item);
    return *item;
}

QStringList textsOf(const ChecklistItem &item)
{
    QStringList out;
    for (const ChecklistEvidence &e : item.evidence)
        out << e.text;
    return out;
}

QStringList servicesOf(const ChecklistItem &item)
{
    QStringList out;
    for (const ChecklistEvidence &e : item.evidence)
        out << e.service;
    return out;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossServiceTestsYes()
    {
        ChecklistInput in = windowed();
        in.services
            = catalog({u"orders"_s, u"payments"_s, u"orders-events"_s, u"cart"_s, u"web"_s});
        in.runs = {
            run(u"r1"_s, u"orders"_s, RunStatus::Failed, T0 + H),
            run(u"r2"_s, u"cart"_s, RunStatus::Failed, T0 + 2 * H),
            run(u"r3"_s, u"web"_s, RunStatus::Failed, T0 + 3 * H),
            // Another source using the same run id: its jobs are not r1's.
            run(u"r1"_s, u"cart"_s, RunStatus::Succeeded, T0 + 4 * H, -1, {}, u"gl"_s),
            // Before the window: not read.
            run(u"old"_s, u"web"_s, RunStatus::Failed, T0 - H),
        };
        in.jobs = {
            job(u"r1"_s, u"Payments contract tests"_s, RunStatus::Failed),
            job(u"r1"_s, u"build"_s, RunStatus::Succeeded),
            // The longest catalog name wins: orders-events, not orders.
            job(u"r2"_s, u"orders-events consumer"_s, RunStatus::Failed, u"gh"_s,
                u"https://ci.example/job/cart"_s),
            // A service's own tests naming itself are not another service's.
            job(u"r3"_s, u"unit tests web"_s, RunStatus::Failed),
            job(u"r1"_s, u"web smoke"_s, RunStatus::Failed, u"gl"_s),
            job(u"old"_s, u"payments e2e"_s, RunStatus::Failed),
        };
        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::Yes);
        // r1 and r2 are blocked by another service; r3 is not: 2 runs, no shared pipeline.
        QCOMPARE(item.summary,
                 u"2 failed run(s) stopped in a job or stage naming another service; 0 shared "
                 "pipeline(s) failed for several services at once."_s);
        // Newest first: r2 (T0 + 2 h), then r1 (T0 + 1 h).
        QCOMPARE(textsOf(item),
                 QStringList({u"A run of cart failed in \"orders-events consumer\", which names "
                              "orders-events."_s,
                              u"A run of orders failed in \"Payments contract tests\", which "
                              "names payments."_s}));
        QCOMPARE(item.evidence.at(0).url, u"https://ci.example/job/cart"_s);
        QCOMPARE(item.evidence.at(0).at, T0 + 2 * H);
        QCOMPARE(item.evidence.at(1).url, u"https://ci.example/gh/r1"_s); // the job has none
        QCOMPARE(item.services, QStringList({u"cart"_s, u"orders"_s}));
    }

    void crossServiceTestsSharedPipeline()
    {
        ChecklistInput in = windowed();
        in.services = catalog({u"a"_s, u"b"_s, u"c"_s});
        const QString sha = u"abcdef1234567890"_s;
        in.runs = {
            // One pipeline on one commit for three services, failing for two: shared, blocking.
            run(u"a1"_s, u"a"_s, RunStatus::Failed, T0 + 2 * H, -1, sha),
            run(u"b1"_s, u"b"_s, RunStatus::Failed, T0 + H, -1, sha),
            run(u"c1"_s, u"c"_s, RunStatus::Succeeded, T0 + H, -1, sha),
            // "ci" everywhere, on different commits: three repositories, not one workflow.
            run(u"a2"_s, u"a"_s, RunStatus::Failed, T0 + 5 * H, -1, u"1111111"_s),
            run(u"b2"_s, u"b"_s, RunStatus::Failed, T0 + 5 * H, -1, u"2222222"_s),
            run(u"c2"_s, u"c"_s, RunStatus::Failed, T0 + 5 * H, -1, u"3333333"_s),
        };
        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::Yes);
        QCOMPARE(textsOf(item),
                 QStringList({u"Pipeline \"ci\" on commit abcdef1 ran for 3 services and failed "
                              "for 2 of them: a, b."_s}));
        // The earliest failed run of the shared pipeline: b1 at T0 + 1 h.
        QCOMPARE(item.evidence.first().at, T0 + H);
        QCOMPARE(item.evidence.first().url, u"https://ci.example/gh/b1"_s);
        QCOMPARE(item.services, QStringList({u"a"_s, u"b"_s}));
    }

    void crossServiceTestsNoAndNotEnoughData()
    {
        ChecklistInput in = windowed();
        in.services = catalog({u"orders"_s, u"payments"_s});
        in.runs = {run(u"r1"_s, u"orders"_s, RunStatus::Failed, T0 + H),
                   run(u"r2"_s, u"orders"_s, RunStatus::Failed, T0 + 2 * H)};
        in.jobs = {job(u"r1"_s, u"lint"_s, RunStatus::Failed)};
        ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::No);
        // r1 was inspected and names nobody else; r2 has no jobs.
        QCOMPARE(item.summary,
                 u"None of the 2 failed run(s) in the window stopped in a job naming another "
                 "service, and no shared pipeline failed for several services. 1 failed run(s) had "
                 "no jobs recorded."_s);
        QVERIFY(item.evidence.isEmpty());

        // Jobs only for a run that did not fail: the failures cannot be traced.
        in.runs.append(run(u"ok"_s, u"orders"_s, RunStatus::Succeeded, T0 + 3 * H));
        in.jobs = {job(u"ok"_s, u"payments"_s, RunStatus::Succeeded)};
        item = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
        QCOMPARE(item.summary,
                 u"None of the 2 failed run(s) in the window has its jobs recorded."_s);

        in.jobs.clear();
        item = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);

        // Nothing failed, jobs known: nothing was blocked.
        in.runs = {run(u"ok"_s, u"orders"_s, RunStatus::Succeeded, T0 + 3 * H)};
        in.jobs = {job(u"ok"_s, u"payments"_s, RunStatus::Succeeded)};
        item = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::No);

        // No run in the window.
        in.runs = {run(u"ok"_s, u"orders"_s, RunStatus::Failed, T0 + 11 * Day)};
        item = itemOf(computeChecklist(in), ChecklistQuestion::CrossServiceTestsBlock);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
        QCOMPARE(item.summary, u"No pipeline runs in the window."_s);
    }

    void slowBuilds_data()
    {
        QTest::addColumn<qint64>("bMinutes");
        QTest::addColumn<ChecklistAnswer>("answer");
        QTest::addColumn<QStringList>("slow");
        // a: 10, 20, 30 min: median rank ceil(1.5) = 2 -> 20 min; p90 rank ceil(2.7) = 3 -> 30.
        // b: x, x + 1 min: median rank ceil(1) = 1 -> x; p90 rank ceil(1.8) = 2 -> x + 1.
        // c: 5 min. Slow when over 15 min: with b at 16, a and b are, 2 of 3 > half.
        QTest::newRow("b over the limit")
            << qint64(16) << ChecklistAnswer::Yes << QStringList({u"a"_s, u"b"_s});
        // With b at exactly 15 min only a is: 1 of 3.
        QTest::newRow("b at the limit")
            << qint64(15) << ChecklistAnswer::No << QStringList({u"a"_s});
    }

    void slowBuilds()
    {
        QFETCH(qint64, bMinutes);
        QFETCH(ChecklistAnswer, answer);
        QFETCH(QStringList, slow);
        ChecklistInput in = windowed();
        in.runs = {
            run(u"a1"_s, u"a"_s, RunStatus::Succeeded, T0 + H, 30 * Min),
            run(u"a2"_s, u"a"_s, RunStatus::Failed, T0 + 2 * H, 10 * Min),
            run(u"a3"_s, u"a"_s, RunStatus::Succeeded, T0 + 3 * H, 20 * Min),
            run(u"b1"_s, u"b"_s, RunStatus::Succeeded, T0 + H, (bMinutes + 1) * Min),
            run(u"b2"_s, u"b"_s, RunStatus::Succeeded, T0 + 2 * H, bMinutes * Min),
            run(u"c1"_s, u"c"_s, RunStatus::Succeeded, T0 + H, 5 * Min),
            // Not read: cancelled, before the window, no duration.
            run(u"c2"_s, u"c"_s, RunStatus::Cancelled, T0 + H, 100 * Min),
            run(u"c3"_s, u"c"_s, RunStatus::Succeeded, T0 - H, 100 * Min),
            run(u"c4"_s, u"c"_s, RunStatus::Succeeded, T0 + H),
            run(u"d1"_s, u"d"_s, RunStatus::Running, T0 + H, 100 * Min),
        };
        const ChecklistItem item = itemOf(computeChecklist(in), ChecklistQuestion::SlowBuilds);
        QCOMPARE(item.computed, answer);
        QCOMPARE(item.services, slow);
        QCOMPARE(
            item.summary,
            u"%1 of 3 service(s) with finished runs have a median build over 15 min 00 s."_s.arg(
                slow.size()));
        QCOMPARE(item.evidence.first().text,
                 u"a: median build 20 min 00 s, p90 30 min 00 s, over 3 run(s)."_s);
        if (slow.size() == 2) {
            QCOMPARE(item.evidence.at(1).text,
                     u"b: median build 16 min 00 s, p90 17 min 00 s, over 2 run(s)."_s);
        }
    }

    void slowBuildsNotEnoughData()
    {
        ChecklistInput in = windowed();
        in.runs = {run(u"a1"_s, u"a"_s, RunStatus::Succeeded, T0 + H)};
        const ChecklistItem item = itemOf(computeChecklist(in), ChecklistQuestion::SlowBuilds);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
        QCOMPARE(item.summary, u"No finished run with a duration in the window."_s);
    }

    void manualCoordination_data()
    {
        QTest::addColumn<bool>("verified");
        QTest::addColumn<ChecklistAnswer>("answer");
        QTest::addColumn<int>("unchecked");
        // Co-deployments (production, at most 24 h apart, the later one in the window):
        //  1. web w1 (12 h) after cart c1 (10 h): a Success verification of web/cart at 11 h
        //     lies in [10 h - 24 h, 12 h]: checked.
        //  2. web w2 (61 h) after cart c2 (60 h): only a Failed verification: unchecked.
        //  3. cart c3 (101 h) after web w3 (100 h): an analysed rollout of cart's version c-3.
        //  4. db d1 (102 h) after cart c3 (101 h): nothing: unchecked.
        // Not: w3 after c2 (40 h apart), the pending web deployment, cart's staging deployment.
        QTest::newRow("one verified, a tie is no") << true << ChecklistAnswer::No << 2;
        QTest::newRow("none verified") << false << ChecklistAnswer::Yes << 3;
    }

    void manualCoordination()
    {
        QFETCH(bool, verified);
        QFETCH(ChecklistAnswer, answer);
        QFETCH(int, unchecked);
        ChecklistInput in = windowed();
        const QString prod = u"production"_s;
        const auto ok = DeploymentStatus::Succeeded;
        in.dependencies = {{u"web"_s, u"cart"_s, DependencyKind::Sync, {}, false},
                           {u"web"_s, u"cart"_s, DependencyKind::Sync, {}, false},
                           {u"cart"_s, u"db"_s, DependencyKind::Datastore, {}, false}};
        in.deployments = {
            deployment(u"c1"_s, u"cart"_s, prod, ok, T0 + 10 * H),
            deployment(u"w1"_s, u"web"_s, prod, ok, T0 + 12 * H),
            deployment(u"c2"_s, u"cart"_s, prod, ok, T0 + 60 * H),
            deployment(u"w2"_s, u"web"_s, prod, DeploymentStatus::Failed, T0 + 61 * H),
            deployment(u"w3"_s, u"web"_s, prod, ok, T0 + 100 * H),
            deployment(u"c3"_s, u"cart"_s, prod, ok, T0 + 101 * H, u"c-3"_s),
            deployment(u"d1"_s, u"db"_s, prod, ok, T0 + 102 * H),
            deployment(u"pending"_s, u"web"_s, prod, DeploymentStatus::Pending, T0 + 11 * H),
            deployment(u"staging"_s, u"cart"_s, u"staging"_s, ok, T0 + 59 * H),
        };
        ContractVerification v;
        v.consumer = u"web"_s;
        v.provider = u"cart"_s;
        v.result = VerificationResult::Success;
        v.verifiedAt = T0 + 11 * H;
        if (verified)
            in.verifications.append(v);
        v.result = VerificationResult::Failed;
        v.verifiedAt = T0 + 60 * H + 30 * Min;
        in.verifications.append(v);
        Rollout r;
        r.service = u"cart"_s;
        r.version = u"c-3"_s;
        r.updatedAt = T0 + 200 * H; // the version matches: the time is not read
        r.analysis = {{u"error-rate"_s, AnalysisPhase::Successful, 0.1, 1}};
        in.rollouts = {r};

        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::ManualCoordination);
        QCOMPARE(item.computed, answer);
        QCOMPARE(item.summary,
                 u"%1 of 4 deployment(s) of dependent services within a day of each other had no "
                 "contract verification or rollout analysis."_s.arg(unchecked));
        // Newest first: d1 (102 h), w2 (61 h), then w1 (12 h) when unverified.
        QStringList expected {u"db"_s, u"web"_s};
        if (!verified)
            expected << u"web"_s;
        QCOMPARE(servicesOf(item), expected);
        QCOMPARE(item.evidence.first().text,
                 u"cart and db went to production 1 h 00 min apart with no contract verification "
                 "of the pair and no rollout analysis."_s);
        QCOMPARE(item.evidence.first().url, u"https://deploy.example/d1"_s);
        QCOMPARE(item.evidence.at(1).at, T0 + 61 * H);
        // Unchecked co-deployments per service: cart is in each of them.
        QCOMPARE(item.services,
                 verified ? QStringList({u"cart"_s, u"db"_s, u"web"_s})
                          : QStringList({u"cart"_s, u"web"_s, u"db"_s}));
    }

    void manualCoordinationNotEnoughData()
    {
        ChecklistInput in = windowed();
        in.dependencies = {{u"web"_s, u"cart"_s, DependencyKind::Sync, {}, false}};
        in.deployments = {deployment(u"c1"_s, u"cart"_s, u"production"_s,
                                     DeploymentStatus::Succeeded, T0 + 10 * H),
                          // Two days later: not together.
                          deployment(u"w1"_s, u"web"_s, u"production"_s,
                                     DeploymentStatus::Succeeded, T0 + 58 * H)};
        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::ManualCoordination);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
    }

    void sharedEnvironment_data()
    {
        QTest::addColumn<bool>("dThroughStaging");
        QTest::addColumn<ChecklistAnswer>("answer");
        QTest::addColumn<QString>("summary");
        // a: staging 1 h -> production 3 h (2 h); staging 10 h (failed) -> production 14 h (4 h).
        // b: staging 2 h -> production 3 h (1 h). c: qa 1 h -> production 2 h.
        // d: production 5 h, and a staging deployment at 4 h in the second row.
        // Through staging: a and b (2 of 4), waits 1, 2, 4 h: median rank 2 -> 2 h.
        QTest::newRow("half is not most")
            << false << ChecklistAnswer::No
            << u"2 of 4 service(s) deploying to production went through staging before it. 1 "
               "failed or rolled-back deployment(s) to staging in the window. Production "
               "followed a deployment there after a median of 2 h 00 min."_s;
        // With d: 3 of 4, waits 1, 1, 2, 4 h: median rank 2 -> 1 h.
        QTest::newRow("three of four")
            << true << ChecklistAnswer::Yes
            << u"3 of 4 service(s) deploying to production went through staging before it. 1 "
               "failed or rolled-back deployment(s) to staging in the window. Production "
               "followed a deployment there after a median of 1 h 00 min."_s;
    }

    void sharedEnvironment()
    {
        QFETCH(bool, dThroughStaging);
        QFETCH(ChecklistAnswer, answer);
        QFETCH(QString, summary);
        ChecklistInput in = windowed();
        const QString prod = u"production"_s;
        const QString staging = u"staging"_s;
        const auto ok = DeploymentStatus::Succeeded;
        in.deployments = {
            deployment(u"a-s1"_s, u"a"_s, staging, ok, T0 + H),
            deployment(u"a-p1"_s, u"a"_s, prod, ok, T0 + 3 * H),
            deployment(u"a-s2"_s, u"a"_s, staging, DeploymentStatus::Failed, T0 + 10 * H),
            deployment(u"a-p2"_s, u"a"_s, prod, ok, T0 + 14 * H),
            deployment(u"b-s1"_s, u"b"_s, staging, ok, T0 + 2 * H),
            deployment(u"b-p1"_s, u"b"_s, prod, ok, T0 + 3 * H),
            deployment(u"c-q1"_s, u"c"_s, u"qa"_s, ok, T0 + H),
            deployment(u"c-p1"_s, u"c"_s, prod, ok, T0 + 2 * H),
            deployment(u"d-p1"_s, u"d"_s, prod, ok, T0 + 5 * H),
        };
        if (dThroughStaging)
            in.deployments.append(deployment(u"d-s1"_s, u"d"_s, staging, ok, T0 + 4 * H));
        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::SharedIntegrationEnvironment);
        QCOMPARE(item.computed, answer);
        QCOMPARE(item.summary, summary);
        // a went through it twice, then the others by name.
        QStringList services {u"a"_s, u"b"_s};
        if (dThroughStaging)
            services << u"d"_s;
        QCOMPARE(item.services, services);
        QCOMPARE(item.evidence.first().text,
                 u"a went through staging before 2 production deployment(s) in the window."_s);
        QCOMPARE(item.evidence.last().text, u"A deployment of a to staging failed."_s);
        QCOMPARE(item.evidence.last().url, u"https://deploy.example/a-s2"_s);
    }

    void sharedEnvironmentNotEnoughData()
    {
        ChecklistInput in = windowed();
        in.deployments
            = {deployment(u"p"_s, u"a"_s, u"production"_s, DeploymentStatus::Succeeded, T0 + H),
               // After the production deployment: it did not come through it.
               deployment(u"s"_s, u"a"_s, u"staging"_s, DeploymentStatus::Succeeded, T0 + 2 * H)};
        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::SharedIntegrationEnvironment);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
    }

    void pipelineChangeOutage()
    {
        ChecklistInput in = windowed();
        const QString ordersSha = u"0a0a0a0a0a0a0a0a"_s;
        in.commits = {
            commit(u"orders"_s, ordersSha, T0 + H, true),
            commit(u"cart"_s, u"0b0b0b0b0b0b0b0b"_s, T0 + 2 * H, true),
            commit(u"web"_s, u"0c0c0c0c0c0c0c0c"_s, T0 + 3 * H, true),
            commit(u"web"_s, u"0d0d0d0d0d0d0d0d"_s, T0 + 4 * H, false),
            // Before the window: not read.
            commit(u"web"_s, u"0e0e0e0e0e0e0e0e"_s, T0 - 2 * Day, true),
        };
        in.runs = {run(u"cart-fail"_s, u"cart"_s, RunStatus::Failed, T0 + 3 * H),
                   run(u"web-ok"_s, u"web"_s, RunStatus::Succeeded, T0 + 5 * H)};
        in.deployments = {deployment(u"orders-rb"_s, u"orders"_s, u"production"_s,
                                     DeploymentStatus::RolledBack, T0 + 5 * H)};
        ChecklistItem item = itemOf(computeChecklist(in), ChecklistQuestion::PipelineChangeOutage);
        QCOMPARE(item.computed, ChecklistAnswer::Yes);
        // orders: a rolled-back deployment 4 h after; cart: a failed run only; web: a green run.
        QCOMPARE(
            item.summary,
            u"1 of 3 pipeline change(s) in the window were followed within a day by a failed "
            "or rolled-back deployment or an aborted or degraded rollout. 1 other change(s) had "
            "failed runs after them but no failed deployment, which is not an outage."_s);
        QCOMPARE(servicesOf(item), QStringList({u"orders"_s, u"cart"_s, u"web"_s}));
        QCOMPARE(item.services, QStringList({u"orders"_s, u"cart"_s}));
        QCOMPARE(item.evidence.at(0).url, u"https://deploy.example/orders-rb"_s);
        QCOMPARE(item.evidence.at(1).url, u"https://ci.example/gh/cart-fail"_s);
        QCOMPARE(item.evidence.at(2).url, QString());
        QCOMPARE(item.evidence.at(0).at, T0 + H);
        QVERIFY2(item.evidence.at(0).text.contains(u"1 failed or rolled-back deployment"_s),
                 qPrintable(item.evidence.at(0).text));

        in.deployments.clear();
        item = itemOf(computeChecklist(in), ChecklistQuestion::PipelineChangeOutage);
        QCOMPARE(item.computed, ChecklistAnswer::No);

        // Nothing ran within a day of any change (the runs are two days later).
        for (PipelineRun &r : in.runs)
            r.startedAt += 2 * Day;
        item = itemOf(computeChecklist(in), ChecklistQuestion::PipelineChangeOutage);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);

        for (ServiceCommit &c : in.commits)
            c.pipelineChange = false;
        item = itemOf(computeChecklist(in), ChecklistQuestion::PipelineChangeOutage);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
        QCOMPARE(item.summary, u"No pipeline definition changed in the window."_s);
    }

    void slowFirstPipeline_data()
    {
        QTest::addColumn<qint64>("limitMs");
        QTest::addColumn<ChecklistAnswer>("answer");
        QTest::addColumn<QStringList>("tooLong");
        // New services (first commit in the window), now = T0 + 240 h:
        //  a: first commit 1 h, green run finished 5 h: 4 h.
        //  b: first commit 2 h, green run finished 30 h (a green run before its first commit
        //     does not count): 28 h.
        //  c: first commit 3 h, only a failed run: not green, 237 h so far.
        //  d: first commit 239 h, not green, 1 h so far: undecided under either limit.
        //  old: first commit before the window: not new.
        // 24 h: b and c too long, 2 of 3 decided. 48 h: c only, 1 of 3.
        QTest::newRow("a day") << OneDayMs << ChecklistAnswer::Yes << QStringList({u"c"_s, u"b"_s});
        QTest::newRow("two days") << 2 * OneDayMs << ChecklistAnswer::No << QStringList({u"c"_s});
    }

    void slowFirstPipeline()
    {
        QFETCH(qint64, limitMs);
        QFETCH(ChecklistAnswer, answer);
        QFETCH(QStringList, tooLong);
        ChecklistInput in = windowed();
        in.firstPipelineLimitMs = limitMs;
        in.commits = {
            commit(u"a"_s, u"a1"_s, T0 + H),       commit(u"b"_s, u"b1"_s, T0 + 2 * H),
            commit(u"b"_s, u"b2"_s, T0 + 20 * H),  commit(u"c"_s, u"c1"_s, T0 + 3 * H),
            commit(u"d"_s, u"d1"_s, T0 + 239 * H), commit(u"old"_s, u"o1"_s, T0 - Day),
        };
        in.runs = {
            run(u"a-green"_s, u"a"_s, RunStatus::Succeeded, T0 + 4 * H, H),
            run(u"b-early"_s, u"b"_s, RunStatus::Succeeded, T0, H),
            run(u"b-green"_s, u"b"_s, RunStatus::Succeeded, T0 + 29 * H, H),
            run(u"c-red"_s, u"c"_s, RunStatus::Failed, T0 + 4 * H, H),
            run(u"old-red"_s, u"old"_s, RunStatus::Failed, T0 + 4 * H, H),
        };
        const ChecklistItem item
            = itemOf(computeChecklist(in), ChecklistQuestion::SlowFirstPipeline);
        QCOMPARE(item.computed, answer);
        QCOMPARE(item.services, tooLong);
        // Too long first, longest first; then the others.
        QCOMPARE(servicesOf(item), QStringList({u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(item.evidence.at(0).text,
                 u"c: no green pipeline yet, 9 d 21 h after the first commit c1."_s);
        QCOMPARE(item.evidence.at(1).text,
                 u"b: first green pipeline 28 h 00 min after the first commit b1."_s);
        QCOMPARE(item.evidence.at(1).url, u"https://ci.example/gh/b-green"_s);
        QCOMPARE(item.evidence.at(2).at, T0 + H);
        // d is undecided: named, not counted.
        QVERIFY2(item.summary.contains(u" of 3 new service(s) took more than "_s),
                 qPrintable(item.summary));
        QVERIFY2(item.summary.contains(u"1 new service(s) without a green run yet are still "
                                       "within "_s),
                 qPrintable(item.summary));
    }

    void slowFirstPipelineNotEnoughData()
    {
        ChecklistInput in = windowed();
        in.commits = {commit(u"d"_s, u"d1"_s, T0 + 239 * H)}; // 1 h before now, no green yet
        ChecklistItem item = itemOf(computeChecklist(in), ChecklistQuestion::SlowFirstPipeline);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
        in.commits = {commit(u"d"_s, u"d1"_s, T0 - H)};
        item = itemOf(computeChecklist(in), ChecklistQuestion::SlowFirstPipeline);
        QCOMPARE(item.computed, ChecklistAnswer::NotEnoughData);
        QCOMPARE(item.summary, u"No service had its first commit in the window."_s);
    }

    void emptyInput()
    {
        const Checklist checklist = computeChecklist(windowed());
        QCOMPARE(checklist.items.size(), ChecklistQuestionCount);
        for (int i = 0; i < ChecklistQuestionCount; ++i) {
            QCOMPARE(int(checklist.items.at(i).question), i + 1);
            QCOMPARE(checklist.items.at(i).answer(), ChecklistAnswer::NotEnoughData);
            QVERIFY(!checklist.items.at(i).summary.isEmpty());
        }
        QCOMPARE(checklist.yesCount(), 0);
        QVERIFY(!checklist.limitsDeploymentFrequency());
        QCOMPARE(verdictSentence(checklist),
                 u"Not enough data to answer any of the questions yet."_s);
    }

    void verdictAndOverrides()
    {
        // Two yes: slow builds (one service, 20 min) and a slow first pipeline (no green).
        ChecklistInput in = windowed();
        in.runs = {run(u"a1"_s, u"a"_s, RunStatus::Failed, T0 + H, 20 * Min)};
        in.commits = {commit(u"a"_s, u"a0"_s, T0 + H)};
        Checklist checklist = computeChecklist(in);
        QCOMPARE(checklist.item(ChecklistQuestion::SlowBuilds)->computed, ChecklistAnswer::Yes);
        QCOMPARE(checklist.item(ChecklistQuestion::SlowFirstPipeline)->computed,
                 ChecklistAnswer::Yes);
        QCOMPARE(checklist.yesCount(), 2);
        QVERIFY(checklist.limitsDeploymentFrequency());
        // The one run failed but has no jobs: question 1 cannot tell.
        QCOMPARE(verdictSentence(checklist),
                 u"Yes to 2 of 6 questions: the CI/CD architecture is limiting deployment "
                 "frequency. 4 question(s) could not be answered from the data."_s);

        // The newest override wins whatever the list order: No at T0 + 2 days over Yes at T0.
        ChecklistOverride older {ChecklistQuestion::SlowBuilds,
                                 ChecklistAnswer::Yes,
                                 u"Nightly builds only"_s,
                                 u"ada"_s,
                                 T0,
                                 false};
        ChecklistOverride newer {ChecklistQuestion::SlowBuilds,
                                 ChecklistAnswer::No,
                                 u"The 20 min run was a one-off"_s,
                                 u"ada"_s,
                                 T0 + 2 * Day,
                                 false};
        in.overrides = {newer, older};
        checklist = computeChecklist(in);
        const ChecklistItem *slow = checklist.item(ChecklistQuestion::SlowBuilds);
        QCOMPARE(slow->override, std::optional(newer));
        QCOMPARE(slow->computed, ChecklistAnswer::Yes);
        QCOMPARE(slow->answer(), ChecklistAnswer::No);
        QCOMPARE(checklist.yesCount(), 1);
        QVERIFY(!checklist.limitsDeploymentFrequency());
        QCOMPARE(verdictSentence(checklist),
                 u"Yes to 1 of 6 questions: by the checklist's rule of two or more, the CI/CD "
                 "architecture is not limiting deployment frequency. 4 question(s) could not be "
                 "answered from the data."_s);

        // An override replaces a not-enough-data answer too.
        ChecklistOverride shared {ChecklistQuestion::SharedIntegrationEnvironment,
                                  ChecklistAnswer::Yes,
                                  u"Everyone queues for uat"_s,
                                  u"bo"_s,
                                  T0 + Day,
                                  false};
        in.overrides.append(shared);
        checklist = computeChecklist(in);
        QCOMPARE(checklist.item(ChecklistQuestion::SharedIntegrationEnvironment)->answer(),
                 ChecklistAnswer::Yes);
        QCOMPARE(checklist.yesCount(), 2);

        // Taken back: a cleared override, newer, leaves the computed answer.
        ChecklistOverride cleared = newer;
        cleared.cleared = true;
        cleared.decidedAt = T0 + 3 * Day;
        in.overrides.append(cleared);
        checklist = computeChecklist(in);
        slow = checklist.item(ChecklistQuestion::SlowBuilds);
        QVERIFY(!slow->override);
        QCOMPARE(slow->answer(), ChecklistAnswer::Yes);
        QCOMPARE(checklist.yesCount(), 3);
    }

    void words()
    {
        for (const ChecklistAnswer a :
             {ChecklistAnswer::Yes, ChecklistAnswer::No, ChecklistAnswer::NotEnoughData})
            QCOMPARE(checklistAnswerFromWord(toWord(a)), std::optional(a));
        QCOMPARE(toWord(ChecklistAnswer::NotEnoughData), u"not-enough-data"_s);
        QCOMPARE(toWord(ChecklistQuestion::SharedIntegrationEnvironment), u"shared-environment"_s);
        for (int q = 1; q <= ChecklistQuestionCount; ++q) {
            const auto question = ChecklistQuestion(q);
            QCOMPARE(checklistQuestionFromWord(toWord(question)), std::optional(question));
            QVERIFY(!questionText(question).isEmpty());
        }
        QCOMPARE(checklistAnswerFromWord(u"maybe"_s), std::nullopt);
        QCOMPARE(checklistQuestionFromWord(u"slow"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
