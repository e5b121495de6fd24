#pragma once

#include "dependencygraph.h"
#include "store/snapshot.h"

#include <QHash>
#include <QSet>

namespace Signalbox {

// When an environment may not be deployed to, and why.
struct FreezeWindow
{
    QString environment;
    EpochMs from = NoTime;
    EpochMs to = NoTime;
    QString reason;

    bool covers(const QString &env, EpochMs at) const
    {
        return env == environment && at >= from && at < to;
    }
};

// The workspace's rules for releasing: its environments in promotion order (dev before
// production) and its freeze windows.
struct ReleasePolicy
{
    QStringList environments;
    QList<FreezeWindow> freezes;
};

// What a service's recent default-branch history says about its pipeline.
struct PipelineSummary
{
    Health health = Health::Unknown; // of the newest run
    EpochMs redSince
        = NoTime; // when the current failure became known (the first failing run of the streak)
    QString failingCommit; // the commit of the newest failing run
    QString lastGreenCommit; // the newest passing run before the red streak
    EpochMs lastGreenAt = NoTime;
    bool ownChangeSinceGreen = false; // the failing commit is not the last green one
    bool rerunWentGreen = false; // some commit failed and then passed on a later run
    QString failingRunUrl;
};

// Reads a service's default-branch runs, newest first.
PipelineSummary summarizePipeline(const QList<PipelineRun> &newestFirst);

enum class Verdict { RootCause, Victim, Independent, Flaky };
QString toWord(Verdict verdict);

struct TriageEntry
{
    QString service;
    Verdict verdict = Verdict::Independent;
    EpochMs redSince = NoTime;
    QString rootCause; // for victims: the root cause they suffer from
    QStringList path; // for victims: this service … → the root cause, along dependencies
    int blastRadius = 0; // for root causes: transitive consumers
    int weightedBlastRadius
        = 0; // the same, weighted by tier (tier 1 counts 3, tier 2 counts 2, others 1)
    int rank = 0; // for root causes: 1 = the widest blast radius
    QStringList signals; // what failed: "pipeline", "rollout", "deployment"
    QString reason; // one sentence a person can act on
};

struct TriageResult
{
    QList<TriageEntry> entries; // root causes by rank, then victims, flaky, independent
    int failingCount = 0;
    int unknownCount = 0; // services with no status at all: never counted healthy
    const TriageEntry *find(const QString &service) const;
};

struct BlockedReason
{
    enum class Kind {
        PipelineRed,
        ContractUnverified,
        ContractFailing,
        ProviderNotDeployed,
        Rollout,
        Freeze,
        Cycle,
        WaitingForProvider
    };
    Kind kind = Kind::PipelineRed;
    QString otherService; // the consumer or provider the reason is about, when there is one
    QString sentence;
};
QString toWord(BlockedReason::Kind kind);

struct DeployCheck
{
    int node = -1; // the service's node in the dependency graph
    QString service;
    QString version;
    QString environment;
    QString currentVersion; // what the environment runs now, empty when never deployed there
    QString fromEnvironment; // where the version was seen, when it was found as pending
    bool deployable = true;
    QList<BlockedReason> reasons;
};

struct PlanWave
{
    int number = 0;
    QStringList services;
};

struct DeployGroup
{
    QStringList services;
    QList<Dependency> cycleEdges; // the edges that form the cycle
};

struct PlanResult
{
    QString environment;
    QList<PlanWave> waves;
    QList<DeployGroup> groups;
    QList<DeployCheck> checks; // one per requested service
    QList<DeployCheck> held; // blocked, or waiting for a blocked provider: not in any wave
    bool anyBlocked() const { return !held.isEmpty(); }
};

struct ImpactResult
{
    QString service;
    QString version;
    QString environment;
    QStringList providers; // what it needs, transitively
    QStringList consumers; // who needs it, transitively
    struct Break
    {
        QString consumer;
        QString consumerVersion;
        QString sentence;
    };
    QList<Break>
        wouldBreak; // consumers in the environment whose contract with that version is not verified
};

// What the window shows next to each service: the triage and the readiness of each pending change
// for the workspace's target environment. Computed on the loader's worker with the snapshot.
struct AnalysisSummary
{
    TriageResult triage;
    QString environment;
    QList<DeployCheck> pending;
    PlanResult plan; // every pending change, planned in waves
};
using AnalysisSummaryPtr = std::shared_ptr<const AnalysisSummary>;

// Everything the analyses read, indexed once per snapshot. Immutable after build(); cheap to
// share with worker threads.
class AnalysisContext
{
public:
    static AnalysisContext build(const Snapshot &snapshot, const ReleasePolicy &policy,
                                 EpochMs now);

    const DependencyGraph &graph() const { return m_graph; }
    const ReleasePolicy &policy() const { return m_policy; }
    EpochMs now() const { return m_now; }
    QString defaultEnvironment() const;

    TriageResult triage() const;
    // Pending changes for the environment: each service's newest version in an earlier
    // environment that the target does not run yet.
    QList<DeployCheck> blocked(const QString &environment) const;
    // requests: "service" or "service@version"; an empty list plans every pending change.
    PlanResult plan(const QString &environment, const QStringList &requests,
                    QStringList *unknown) const;
    // The waves and deploy-together groups of these services as plan() levels them, with every
    // one of them placed: plan() leaves held services out of its waves, while a plan being
    // tracked keeps its waves when its services get blocked, unblocked or done. Names not in the
    // graph are left out; checks and held stay empty.
    PlanResult planWaves(const QStringList &services) const;
    ImpactResult impact(const QString &service, const QString &environment) const;

    // Per service facts, by graph node.
    struct Facts
    {
        int tier = 0;
        ServiceKind kind = ServiceKind::Unknown;
        PipelineSummary pipeline;
        std::optional<Rollout> rollout;
        QList<Deployment> deployments; // the newest deployment to each environment
        bool failing = false;
        EpochMs failingSince = NoTime;
        bool ownChange = false;
        QStringList signals;
        QString owner; // the owning team, as the catalog says
    };
    const Facts &facts(int node) const { return m_facts.at(std::size_t(node)); }

    // Exposed for benchmarks that build inputs without a store.
    static AnalysisContext fromParts(DependencyGraph graph, std::vector<Facts> facts,
                                     ReleasePolicy policy,
                                     const QList<ContractVerification> &verifications, EpochMs now);

private:
    // planned: by node, versions that will already run in the environment when this service
    // deploys (its providers, deployed in earlier waves of the same plan).
    DeployCheck check(int node, int environment, const QString &version,
                      const std::vector<const QString *> *planned) const;
    void applyCycleRule(QList<DeployCheck> &checks) const;
    // Calls visit(node) for every member of a component.
    template<typename Visit>
    void forEachMember(int component, Visit visit) const;
    // A wave level per component: one more than the highest level among the components it needs
    // (directly or through components without a chosen service); a component without a chosen
    // service takes its providers' level.
    std::vector<int> levels(const std::vector<char> &containsChosen) const;
    // The deploy-together groups among these nodes (given in node order), by their services.
    QList<DeployGroup> groupsOf(const std::vector<int> &nodes) const;
    int environmentIndex(const QString &environment) const;
    const Deployment *deployment(int node, int environment) const;
    const Deployment *pendingCandidate(int node, int environment) const;
    QString versionIn(int node, int environment) const;
    void indexVerifications(const QList<ContractVerification> &verifications);

    DependencyGraph m_graph;
    std::vector<Facts> m_facts;
    ReleasePolicy m_policy;
    EpochMs m_now = NoTime;
    QStringList m_environments; // promotion order, then any others seen in the data
    std::vector<int>
        m_deployed; // [node * environments + environment]: index into Facts::deployments, or -1
    std::vector<std::vector<int>> m_cycles; // members of each component with more than one service
    QHash<int, int> m_cycleOfComponent; // component id -> index into m_cycles
    std::vector<int> m_componentFirst; // a member of each component
    // (consumer, provider) pairs that have contract tests at all: only those gate a deployment.
    QSet<quint64> m_contractPairs;
    // "consumer|cv|provider|pv" → newest result
    QHash<QString, VerificationResult> m_results;
    // "consumer|cv|provider" → provider versions verified successfully; and the reverse
    QHash<QString, QStringList> m_verifiedProviderVersions;
};

} // namespace Signalbox
