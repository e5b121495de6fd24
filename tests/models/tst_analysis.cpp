#include "analysis/analysis.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs Now = 1'760'000'000'000;
constexpr qint64 Minute = 60'000;

// A tiny language for test graphs, so each _data row reads like the situation it describes.
//   edges:  "a>b b>c"                a needs b, b needs c
//   runs:   "a:P1@90,F1@30 b:F2@60"  oldest first; P/F = passed/failed, the number is the commit,
//                                    @N = it finished N minutes ago
//   tiers:  "a=1 b=3"
struct World
{
    Snapshot snapshot;
    ReleasePolicy policy {{u"staging"_s, u"production"_s}, {}};

    explicit World(const QString &edges, const QString &runs = {}, const QString &tiers = {})
    {
        QStringList names;
        const auto ensure = [&](const QString &name) {
            if (!names.contains(name))
                names.append(name);
        };
        for (const QString &edge : edges.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList ends = edge.split(u'>');
            ensure(ends.at(0));
            ensure(ends.at(1));
            snapshot.dependencies.append({ends.at(0), ends.at(1), DependencyKind::Sync, edge});
        }
        QHash<QString, QList<PipelineRun>> history;
        int id = 0;
        for (const QString &spec : runs.split(u' ', Qt::SkipEmptyParts)) {
            const QString service = spec.section(u':', 0, 0);
            ensure(service);
            for (const QString &run : spec.section(u':', 1).split(u',')) {
                PipelineRun r;
                r.externalId = QString::number(++id);
                r.service = service;
                r.status = run.at(0) == u'P' ? RunStatus::Succeeded : RunStatus::Failed;
                r.commitSha = u"commit-"_s + run.mid(1).section(u'@', 0, 0);
                r.finishedAt = Now - run.section(u'@', 1).toLongLong() * Minute;
                r.startedAt = r.finishedAt - 5 * Minute;
                r.branch = u"main"_s;
                history[service].prepend(r); // newest first
            }
        }
        QHash<QString, int> tierOf;
        for (const QString &spec : tiers.split(u' ', Qt::SkipEmptyParts))
            tierOf.insert(spec.section(u'=', 0, 0), spec.section(u'=', 1).toInt());
        names.sort();
        for (const QString &name : std::as_const(names)) {
            ServiceState state;
            state.service.name = name;
            state.service.tier = tierOf.value(name, 2);
            state.service.inCatalog = true;
            state.recentMainRuns = history.value(name);
            if (!state.recentMainRuns.isEmpty())
                state.lastRun = state.recentMainRuns.constFirst();
            snapshot.services.append(state);
        }
        snapshot.takenAt = Now;
        snapshot.rebuildIndex();
    }

    ServiceState &service(const QString &name) { return snapshot.services[snapshot.indexOf(name)]; }

    void deploy(const QString &service, const QString &environment, const QString &version,
                DeploymentStatus status = DeploymentStatus::Succeeded)
    {
        Deployment d;
        d.service = service;
        d.environment = environment;
        d.version = version;
        d.status = status;
        d.deployedAt = Now - 100 * Minute;
        this->service(service).latestDeployments.append(d);
    }

    void verify(const QString &consumer, const QString &consumerVersion, const QString &provider,
                const QString &providerVersion, VerificationResult result)
    {
        ContractVerification v;
        v.consumer = consumer;
        v.consumerVersion = consumerVersion;
        v.provider = provider;
        v.providerVersion = providerVersion;
        v.result = result;
        snapshot.verifications.append(v);
    }

    AnalysisContext context() const { return AnalysisContext::build(snapshot, policy, Now); }
};

QString verdicts(const TriageResult &result)
{
    QStringList parts;
    for (const TriageEntry &e : result.entries) {
        QString part = e.service + u'=' + toWord(e.verdict);
        if (e.verdict == Verdict::Victim)
            part += u'(' + e.path.join(u'>') + u')';
        parts << part;
    }
    parts.sort();
    return parts.join(u' ');
}

QStringList reasonKinds(const DeployCheck &check)
{
    QStringList kinds;
    for (const BlockedReason &r : check.reasons)
        kinds << toWord(r.kind);
    return kinds;
}

const DeployCheck *findCheck(const QList<DeployCheck> &checks, const QString &service)
{
    for (const DeployCheck &c : checks) {
        if (c.service == service)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphBasics()
    {
        const World world(u"a>b b>c a>c c>c d>e"_s);
        const AnalysisContext context = world.context();
        const DependencyGraph &g = context.graph();
        QCOMPARE(g.nodeCount(), 5);
        QCOMPARE(g.edgeCount(), 4); // the self-edge is dropped
        QCOMPARE(g.selfEdges().size(), 1);
        const auto names = [&](std::vector<int> nodes) {
            QStringList list;
            for (int n : nodes)
                list << g.name(n);
            list.sort();
            return list;
        };
        QCOMPARE(names(g.transitiveProviders(g.indexOf(u"a"_s))), QStringList({u"b"_s, u"c"_s}));
        QCOMPARE(names(g.transitiveConsumers(g.indexOf(u"c"_s))), QStringList({u"a"_s, u"b"_s}));
        QVERIFY(names(g.transitiveConsumers(g.indexOf(u"a"_s))).isEmpty());
        QVERIFY(g.hasEdge(g.indexOf(u"a"_s), g.indexOf(u"b"_s)));
        QVERIFY(!g.hasEdge(g.indexOf(u"b"_s), g.indexOf(u"a"_s)));
    }

    void indexEdgesAreSortedAndDeduplicated()
    {
        // Unsorted input with repeats and a self-edge: neighbour rows come out sorted and unique
        // in both directions, which kind() and hasEdge() rely on (binary search).
        const DependencyGraph g = DependencyGraph::fromIndexEdges(
            4, {{2, 0}, {0, 3}, {0, 1}, {2, 0}, {0, 3}, {1, 1}, {3, 1}, {2, 1}});
        QCOMPARE(g.edgeCount(), 5);
        const auto row = [](DependencyGraph::Range r) {
            return std::vector<int>(r.begin(), r.end());
        };
        QCOMPARE(row(g.providers(0)), (std::vector<int> {1, 3}));
        QCOMPARE(row(g.providers(2)), (std::vector<int> {0, 1}));
        QCOMPARE(row(g.consumers(1)), (std::vector<int> {0, 2, 3}));
        QCOMPARE(row(g.consumers(0)), (std::vector<int> {2}));
        QVERIFY(g.providers(1).size() == 0);
        QCOMPARE(g.kind(2, 1), DependencyKind::Sync);
        QCOMPARE(g.kind(1, 2), DependencyKind::Unknown);
        QCOMPARE(g.indexOf(u"3"_s), 3);
        QCOMPARE(g.indexOf(u"4"_s), -1);
    }

    void componentsComeProvidersFirst()
    {
        const World world(u"a>b b>c c>b d>a"_s);
        const AnalysisContext context = world.context();
        const DependencyGraph &g = context.graph();
        const auto comp = [&](const char16_t *name) {
            return g.componentOf()[std::size_t(g.indexOf(QString::fromUtf16(name)))];
        };
        QCOMPARE(comp(u"b"), comp(u"c"));
        QCOMPARE(g.componentSize(comp(u"b")), 2);
        QVERIFY(comp(u"b") < comp(u"a"));
        QVERIFY(comp(u"a") < comp(u"d"));
        QCOMPARE(g.componentCount(), 3);
    }

    void triage_data()
    {
        QTest::addColumn<QString>("edges");
        QTest::addColumn<QString>("runs");
        QTest::addColumn<QString>("expected");

        QTest::addRow("chain") << u"a>b b>c"_s << u"a:P1@90,F1@20 b:P2@90,F2@40 c:P3@90,F4@60"_s
                               << u"a=victim(a>b>c) b=victim(b>c) c=root-cause"_s;
        QTest::addRow("diamond") << u"a>b a>c b>d c>d"_s
                                 << u"a:P1@90,F1@10 b:P2@90,F2@30 c:P3@90,F3@40 d:P4@90,F5@60"_s
                                 << u"a=victim(a>b>d) b=victim(b>d) c=victim(c>d) d=root-cause"_s;
        QTest::addRow("cycle") << u"a>b b>a c>a"_s << u"a:P1@90,F2@60 b:P3@90,F3@30 c:P4@90"_s
                               << u"a=root-cause b=victim(b>a)"_s;
        QTest::addRow("disconnected parts")
            << u"a>b c>d"_s << u"a:P1@90,F1@30 b:P2@90,F3@60 d:P4@90,F5@50"_s
            << u"a=victim(a>b) b=root-cause d=independent"_s;
        QTest::addRow("provider failed after its consumer")
            << u"a>b"_s << u"a:P1@90,F1@60 b:P2@90,F3@30"_s << u"a=root-cause b=root-cause"_s;
        QTest::addRow("consumer failed on a change of its own")
            << u"a>b"_s << u"a:P1@90,F2@30 b:P3@90,F4@60"_s << u"a=root-cause b=root-cause"_s;
        QTest::addRow("flaky reruns")
            << u"a>b"_s << u"a:P1@90 b:P2@120,F3@100,P3@90,F3@10"_s << u"b=flaky"_s;
        QTest::addRow("flaky provider is not a root cause")
            << u"a>b"_s << u"a:P1@90,F1@5 b:P2@120,F3@100,P3@90,F3@10"_s
            << u"a=root-cause b=flaky"_s;
        QTest::addRow("unknown provider stays unknown")
            << u"a>b"_s << u"a:P1@90,F1@30"_s << u"a=independent"_s;
        QTest::addRow("same minute counts as after")
            << u"a>b"_s << u"a:P1@90,F1@30 b:P2@90,F3@30"_s << u"a=victim(a>b) b=root-cause"_s;
        QTest::addRow("recovered services are not failing")
            << u"a>b"_s << u"a:F1@90,P1@30 b:F2@90,P3@60"_s << QString();
        QTest::addRow("empty graph") << QString() << QString() << QString();
        QTest::addRow("self-edge") << u"a>a"_s << u"a:P1@90,F2@30"_s << u"a=independent"_s;
    }

    void triage()
    {
        QFETCH(QString, edges);
        QFETCH(QString, runs);
        QFETCH(QString, expected);
        const World world(edges, runs);
        const TriageResult result = world.context().triage();
        QCOMPARE(verdicts(result), expected);
        for (const TriageEntry &e : result.entries)
            QVERIFY2(!e.reason.isEmpty() && e.reason.contains(e.service), qPrintable(e.service));
    }

    void triageCountsUnknownAndRanksByBlastRadius()
    {
        // Two root causes: x is needed by three tier-1 services, y by one tier-3 service.
        World world(u"p>x q>x r>x s>y"_s,
                    u"p:P1@90,F1@10 q:P2@90 r:P3@90 s:P4@90,F4@10 x:P5@90,F6@60 y:P7@90,F8@60"_s,
                    u"p=1 q=1 r=1 s=3"_s);
        world.service(u"q"_s).recentMainRuns.clear(); // no status at all
        world.service(u"q"_s).lastRun.reset();
        const TriageResult result = world.context().triage();
        QCOMPARE(result.failingCount, 4);
        QCOMPARE(result.unknownCount, 1);
        QCOMPARE(result.entries.at(0).service, u"x"_s);
        QCOMPARE(result.entries.at(0).rank, 1);
        QCOMPARE(result.entries.at(0).blastRadius, 3);
        QCOMPARE(result.entries.at(0).weightedBlastRadius, 9);
        QCOMPARE(result.entries.at(1).service, u"y"_s);
        QCOMPARE(result.entries.at(1).rank, 2);
        QCOMPARE(result.entries.at(1).weightedBlastRadius, 1);
        const TriageEntry *p = result.find(u"p"_s);
        QVERIFY(p->reason.contains(u"50 min after x failed"_s));
        QCOMPARE(p->rootCause, u"x"_s);
    }

    void failedRolloutAndDeploymentAreFailures()
    {
        World world(u"a>b"_s, u"a:P1@90,F1@20 b:P2@90"_s);
        Rollout aborted;
        aborted.phase = RolloutPhase::Aborted;
        aborted.updatedAt = Now - 40 * Minute;
        aborted.version = u"2.0"_s;
        world.service(u"b"_s).latestRollout = aborted;
        const TriageResult result = world.context().triage();
        QCOMPARE(verdicts(result), u"a=victim(a>b) b=root-cause"_s);
        QCOMPARE(result.find(u"b"_s)->signals, QStringList {u"rollout"_s});
    }

    void aBrokenContractIsAFailure()
    {
        // b's newest verification against a failed: b breaks the contract, a's red run follows it.
        World world(u"a>b"_s, u"a:P1@90,F1@20 b:P2@90"_s);
        world.verify(u"a"_s, u"1.0"_s, u"b"_s, u"1.0"_s, VerificationResult::Success);
        world.verify(u"a"_s, u"1.0"_s, u"b"_s, u"2.0"_s, VerificationResult::Failed);
        world.snapshot.verifications[0].verifiedAt = Now - 80 * Minute;
        world.snapshot.verifications[1].verifiedAt = Now - 50 * Minute;
        TriageResult result = world.context().triage();
        QCOMPARE(verdicts(result), u"a=victim(a>b) b=root-cause"_s);
        QCOMPARE(result.find(u"b"_s)->signals, QStringList {u"contract"_s});
        // Fixed by a newer passing verification: no longer a failure.
        world.verify(u"a"_s, u"1.0"_s, u"b"_s, u"2.1"_s, VerificationResult::Success);
        world.snapshot.verifications[2].verifiedAt = Now - 30 * Minute;
        result = world.context().triage();
        QCOMPARE(verdicts(result), u"a=independent"_s);
    }

    void blocked_data()
    {
        // a needs b. Production runs a 1.0 and b 1.0; staging has the new versions in the row.
        QTest::addColumn<QString>("stagingA");
        QTest::addColumn<QString>("stagingB");
        QTest::addColumn<QString>("verifications"); // "cv>pv=success|failed|unknown" for a→b
        QTest::addColumn<QString>("expectedA"); // "deployable" or the reason kinds
        QTest::addColumn<QString>("expectedB");

        QTest::addRow("verified both ways")
            << u"2.0"_s << u"2.0"_s << u"1.0>1.0=success 2.0>1.0=success 1.0>2.0=success"_s
            << u"deployable"_s << u"deployable"_s;
        QTest::addRow("new consumer unverified") << u"2.0"_s << QString() << u"1.0>1.0=success"_s
                                                 << u"contract-unverified"_s << QString();
        QTest::addRow("unknown is not success")
            << u"2.0"_s << QString() << u"1.0>1.0=success 2.0>1.0=unknown"_s
            << u"contract-unverified"_s << QString();
        QTest::addRow("new consumer fails")
            << u"2.0"_s << QString() << u"1.0>1.0=success 2.0>1.0=failed"_s << u"contract-failing"_s
            << QString();
        QTest::addRow("consumer needs the new provider")
            << u"2.0"_s << QString() << u"1.0>1.0=success 2.0>2.0=success"_s
            << u"provider-not-deployed"_s << QString();
        QTest::addRow("new provider breaks the running consumer")
            << QString() << u"2.0"_s << u"1.0>1.0=success 1.0>2.0=failed"_s << QString()
            << u"contract-failing"_s;
        QTest::addRow("new provider unverified against the running consumer")
            << QString() << u"2.0"_s << u"1.0>1.0=success"_s << QString()
            << u"contract-unverified"_s;
        QTest::addRow("no contract tests for the pair")
            << u"2.0"_s << u"2.0"_s << QString() << u"deployable"_s << u"deployable"_s;
        QTest::addRow("nothing pending")
            << QString() << QString() << u"1.0>1.0=success"_s << QString() << QString();
    }

    void blocked()
    {
        QFETCH(QString, stagingA);
        QFETCH(QString, stagingB);
        QFETCH(QString, verifications);
        QFETCH(QString, expectedA);
        QFETCH(QString, expectedB);
        World world(u"a>b"_s, u"a:P1@90 b:P2@90"_s);
        world.deploy(u"a"_s, u"production"_s, u"1.0"_s);
        world.deploy(u"b"_s, u"production"_s, u"1.0"_s);
        if (!stagingA.isEmpty())
            world.deploy(u"a"_s, u"staging"_s, stagingA);
        if (!stagingB.isEmpty())
            world.deploy(u"b"_s, u"staging"_s, stagingB);
        for (const QString &v : verifications.split(u' ', Qt::SkipEmptyParts)) {
            const QString versions = v.section(u'=', 0, 0);
            const QString word = v.section(u'=', 1);
            world.verify(u"a"_s, versions.section(u'>', 0, 0), u"b"_s, versions.section(u'>', 1),
                         verificationResultFromWord(word));
        }
        const QList<DeployCheck> checks = world.context().blocked(u"production"_s);
        const auto describe = [&](const QString &service) {
            const DeployCheck *c = findCheck(checks, service);
            if (!c)
                return QString();
            return c->deployable ? u"deployable"_s : reasonKinds(*c).join(u' ');
        };
        QCOMPARE(describe(u"a"_s), expectedA);
        QCOMPARE(describe(u"b"_s), expectedB);
        for (const DeployCheck &c : checks) {
            QCOMPARE(c.environment, u"production"_s);
            QCOMPARE(c.fromEnvironment, u"staging"_s);
            QCOMPARE(c.currentVersion, u"1.0"_s);
            for (const BlockedReason &r : c.reasons) {
                // Each sentence names the other side of the contract and the version running there.
                QVERIFY2(
                    (!r.otherService.isEmpty() && r.sentence.contains(r.otherService + u" 1.0"_s))
                        || r.kind == BlockedReason::Kind::ProviderNotDeployed,
                    qPrintable(r.sentence));
            }
        }
    }

    void blockedByPipelineRolloutFreezeAndCycle()
    {
        World world(u"a>b b>a c>d"_s, u"a:P1@90 b:P2@90,F3@30 c:P4@90 d:P5@90"_s);
        for (const QString &s : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
            world.deploy(s, u"production"_s, u"1.0"_s);
            world.deploy(s, u"staging"_s, u"2.0"_s);
        }
        Rollout paused;
        paused.phase = RolloutPhase::Paused;
        paused.version = u"2.0"_s;
        paused.message = u"waiting for manual promotion"_s;
        world.service(u"d"_s).latestRollout = paused;
        world.policy.freezes.append(
            {u"production"_s, Now - Minute, Now + 60 * Minute, u"Black Friday"_s});
        const QList<DeployCheck> checks = world.context().blocked(u"production"_s);
        QCOMPARE(reasonKinds(*findCheck(checks, u"b"_s)),
                 QStringList({u"pipeline-red"_s, u"freeze"_s, u"cycle"_s}));
        QCOMPARE(reasonKinds(*findCheck(checks, u"a"_s)), QStringList({u"freeze"_s, u"cycle"_s}));
        QVERIFY(findCheck(checks, u"a"_s)->reasons.at(1).sentence.contains(u"together with b"_s));
        QCOMPARE(reasonKinds(*findCheck(checks, u"d"_s)), QStringList({u"rollout"_s, u"freeze"_s}));
        QVERIFY(findCheck(checks, u"d"_s)
                    ->reasons.at(0)
                    .sentence.contains(u"waiting for manual promotion"_s));
        QVERIFY(findCheck(checks, u"c"_s)->reasons.at(0).sentence.contains(u"Black Friday"_s));
        // Outside the window, only the real problems remain.
        world.policy.freezes.clear();
        const QList<DeployCheck> later = world.context().blocked(u"production"_s);
        QVERIFY(findCheck(later, u"c"_s)->deployable);
    }

    void planWaves_data()
    {
        QTest::addColumn<QString>("edges");
        QTest::addColumn<QStringList>("requests");
        QTest::addColumn<QString>("expectedWaves"); // "1:c 2:b 3:a"
        QTest::addRow("chain") << u"a>b b>c"_s << QStringList {u"a"_s, u"b"_s, u"c"_s}
                               << u"1:c 2:b 3:a"_s;
        QTest::addRow("independent share a wave")
            << u"a>c b>c"_s << QStringList {u"a"_s, u"b"_s, u"c"_s} << u"1:c 2:a,b"_s;
        QTest::addRow("through a service not in the release")
            << u"a>x x>c"_s << QStringList {u"a"_s, u"c"_s} << u"1:c 2:a"_s;
        QTest::addRow("diamond") << u"a>b a>c b>d c>d"_s
                                 << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                                 << u"1:d 2:b,c 3:a"_s;
        QTest::addRow("cycle ships together")
            << u"a>b b>a c>a"_s << QStringList {u"a"_s, u"b"_s, u"c"_s} << u"1:a,b 2:c"_s;
        QTest::addRow("single service") << u"a>b"_s << QStringList {u"a"_s} << u"1:a"_s;
    }

    void planWaves()
    {
        QFETCH(QString, edges);
        QFETCH(QStringList, requests);
        QFETCH(QString, expectedWaves);
        const World world(edges);
        QStringList unknown;
        const PlanResult plan = world.context().plan(u"production"_s, requests, &unknown);
        QVERIFY(unknown.isEmpty());
        QStringList waves;
        for (const PlanWave &w : plan.waves)
            waves << QString::number(w.number) + u':' + w.services.join(u',');
        QCOMPARE(waves.join(u' '), expectedWaves);
        QVERIFY(!plan.anyBlocked());
    }

    void planReportsCycleEdgesAndHoldsWaiters()
    {
        World world(u"a>b b>a c>a d>e"_s, u"a:P1@90 b:P2@90 c:P3@90 d:P4@90 e:P5@90,F6@10"_s);
        QStringList unknown;
        const PlanResult plan = world.context().plan(
            u"production"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"nope"_s}, &unknown);
        QCOMPARE(unknown, QStringList {u"nope"_s});
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(plan.groups.at(0).services, QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(plan.groups.at(0).cycleEdges.size(), 2);
        QVERIFY(plan.anyBlocked());
        QCOMPARE(plan.held.size(), 2);
        QCOMPARE(plan.held.at(0).service, u"d"_s);
        QCOMPARE(reasonKinds(plan.held.at(0)), QStringList {u"waiting-for-provider"_s});
        QCOMPARE(plan.held.at(0).reasons.at(0).otherService, u"e"_s);
        QCOMPARE(plan.held.at(1).service, u"e"_s);
        QCOMPARE(reasonKinds(plan.held.at(1)), QStringList {u"pipeline-red"_s});
        QCOMPARE(plan.waves.size(), 2);
    }

    void planLetsAConsumerFollowTheProviderItNeeds()
    {
        World world(u"a>b"_s, u"a:P1@90 b:P2@90"_s);
        world.deploy(u"a"_s, u"production"_s, u"1.0"_s);
        world.deploy(u"b"_s, u"production"_s, u"1.0"_s);
        world.deploy(u"a"_s, u"staging"_s, u"2.0"_s);
        world.deploy(u"b"_s, u"staging"_s, u"2.0"_s);
        world.verify(u"a"_s, u"1.0"_s, u"b"_s, u"2.0"_s, VerificationResult::Success);
        world.verify(u"a"_s, u"2.0"_s, u"b"_s, u"2.0"_s, VerificationResult::Success);
        const AnalysisContext context = world.context();
        // Alone, a waits for b 2.0; planned together, b goes first and a follows.
        const PlanResult alone = context.plan(u"production"_s, {u"a"_s}, nullptr);
        QVERIFY(alone.anyBlocked());
        QCOMPARE(reasonKinds(alone.held.at(0)), QStringList {u"provider-not-deployed"_s});
        const PlanResult together = context.plan(u"production"_s, {u"a"_s, u"b@2.0"_s}, nullptr);
        QVERIFY(!together.anyBlocked());
        QCOMPARE(together.waves.size(), 2);
        QCOMPARE(together.waves.at(0).services, QStringList {u"b"_s});
        QCOMPARE(together.waves.at(1).services, QStringList {u"a"_s});
        // Planning everything pending gives the same answer.
        QCOMPARE(context.plan(u"production"_s, {}, nullptr).waves.size(), 2);
    }

    void impactWhatIf()
    {
        World world(u"a>b c>b b>d"_s, u"a:P1@90 b:P2@90 c:P3@90 d:P4@90"_s);
        world.deploy(u"a"_s, u"production"_s, u"1.0"_s);
        world.deploy(u"c"_s, u"production"_s, u"1.0"_s);
        world.deploy(u"b"_s, u"production"_s, u"1.0"_s);
        world.deploy(u"b"_s, u"staging"_s, u"2.0"_s);
        world.verify(u"a"_s, u"1.0"_s, u"b"_s, u"1.0"_s, VerificationResult::Success);
        world.verify(u"a"_s, u"1.0"_s, u"b"_s, u"2.0"_s, VerificationResult::Failed);
        world.verify(u"c"_s, u"1.0"_s, u"b"_s, u"1.0"_s, VerificationResult::Success);
        const ImpactResult impact = world.context().impact(u"b"_s, u"production"_s);
        QCOMPARE(impact.version, u"2.0"_s);
        QCOMPARE(impact.providers, QStringList {u"d"_s});
        QCOMPARE(impact.consumers, QStringList({u"a"_s, u"c"_s}));
        QCOMPARE(impact.wouldBreak.size(), 2);
        QVERIFY(impact.wouldBreak.at(0).sentence.contains(u"fails verification"_s));
        QVERIFY(impact.wouldBreak.at(1).sentence.contains(u"never verified"_s));
    }

    void pipelineSummary()
    {
        const World world(QString(), u"a:P1@100,F2@80,F2@60,P2@50,F2@40"_s);
        const PipelineSummary s = summarizePipeline(world.snapshot.find(u"a"_s)->recentMainRuns);
        QCOMPARE(s.health, Health::Failing);
        QCOMPARE(s.redSince, Now - 40 * Minute);
        QCOMPARE(s.lastGreenCommit, u"commit-2"_s);
        QVERIFY(!s.ownChangeSinceGreen);
        QVERIFY(s.rerunWentGreen);
        QCOMPARE(summarizePipeline({}).health, Health::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
