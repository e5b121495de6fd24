#pragma once

#include "status.h"

#include <QList>
#include <QString>

namespace Signalbox {

// Times are milliseconds since the Unix epoch, UTC; 0 means "not known". Plain integers keep a
// million-row ingest cheap and map one to one onto the store's INTEGER columns.
using EpochMs = qint64;
inline constexpr EpochMs NoTime = 0;

struct Service
{
    QString name;
    QString owner; // team
    QString system;
    int tier = 0; // 1 = most critical; 0 = not set
    ServiceKind kind = ServiceKind::Unknown;
    QString repository;
    QString pathInRepo;
    QString defaultBranch; // empty: not stated (the store then keeps what it knows, else "main")
    bool inCatalog = false; // false: seen only in a source's data, not declared by anyone
    // Found in a repository's files and not confirmed by a person yet: shown, marked as such.
    bool discovered = false;

    bool operator==(const Service &) const = default;
};

struct Dependency
{
    QString consumer;
    QString provider;
    DependencyKind kind = DependencyKind::Unknown;
    QString evidence; // where a person can check it, e.g. "workspace.yaml:42: dependsOn: payments"
    bool discovered = false; // found in a repository's files, not confirmed by a person yet

    bool operator==(const Dependency &) const = default;
};

struct PipelineRun
{
    QString externalId; // the source's id, unique within that source
    QString service;
    QString pipeline;
    RunStatus status = RunStatus::Unknown;
    EpochMs startedAt = NoTime;
    EpochMs finishedAt = NoTime;
    qint64 durationMs = -1; // -1: not known (still running, or the source did not say)
    qint64 queuedMs = -1;
    QString commitSha;
    QString branch;
    int attempt = 1;
    QString url;
    QString source; // filled in by the store on reads

    bool operator==(const PipelineRun &) const = default;
};

// One job (GitHub) or job in a stage (GitLab) of a run: what issue-8's "does a failing test in A
// block B" and the build-time charts look into.
struct PipelineJob
{
    QString externalId; // unique within the source
    QString runExternalId; // the run it belongs to, from the same source
    QString name;
    QString stage; // GitLab's stage; empty where the system has none
    RunStatus status = RunStatus::Unknown;
    EpochMs startedAt = NoTime;
    EpochMs finishedAt = NoTime;
    qint64 durationMs = -1;
    qint64 queuedMs = -1;
    QString url;
    QString source; // filled in by the store on reads

    bool operator==(const PipelineJob &) const = default;
};

// A deployment target as the CI system knows it (GitHub environments, GitLab environments).
struct DeployEnvironment
{
    QString externalId;
    QString service;
    QString name;
    QString url;
    EpochMs updatedAt = NoTime;

    bool operator==(const DeployEnvironment &) const = default;
};

struct Deployment
{
    QString externalId;
    QString service;
    QString version;
    QString environment;
    EpochMs deployedAt = NoTime;
    DeploymentStatus status = DeploymentStatus::Unknown;
    QString commitSha;
    QString url;
    QString source;

    bool operator==(const Deployment &) const = default;
};

// One measurement of an analysis metric (Argo Rollouts' AnalysisRun measurements, or Flagger's
// check of a metric at an iteration).
struct AnalysisMeasurement
{
    EpochMs at = NoTime;
    double value = 0;
    AnalysisPhase phase = AnalysisPhase::Unknown;

    bool operator==(const AnalysisMeasurement &) const = default;
};

struct AnalysisResult
{
    QString metric;
    AnalysisPhase phase = AnalysisPhase::Unknown;
    double value = 0; // the newest measurement
    double threshold = 0;
    // Whether a value above the threshold fails (an error rate, a latency) or one below it does
    // (a success rate): the rollout panel shades the failing side.
    bool thresholdIsMaximum = true;
    bool hasThreshold = false; // false when the condition is not a plain comparison
    QString condition {}; // as the source states it, e.g. "result[0] <= 0.01"
    QList<AnalysisMeasurement> measurements {}; // oldest first

    bool operator==(const AnalysisResult &) const = default;
};

enum class RolloutStepKind { Other = 0, SetWeight = 1, Pause = 2, Analysis = 3, Experiment = 4 };

// One step of a canary strategy as the rollout declares it.
struct RolloutStep
{
    RolloutStepKind kind = RolloutStepKind::Other;
    int weight = -1; // setWeight's percentage; -1 for other kinds
    QString detail; // a pause's duration ("10m"; empty: until promoted), an analysis' templates

    bool operator==(const RolloutStep &) const = default;
};

// What the store saw of a rollout at one moment: the rollout panel's step chart.
struct RolloutProgress
{
    EpochMs at = NoTime;
    int step = 0;
    int weight = -1;
    RolloutPhase phase = RolloutPhase::Unknown;

    bool operator==(const RolloutProgress &) const = default;
};

struct Rollout
{
    QString externalId;
    QString service;
    QString version;
    RolloutStrategy strategy = RolloutStrategy::Unknown;
    int step = 0; // current step, 1-based; 0 when not known
    int stepCount = 0;
    int weight = -1; // traffic on the new version in percent; -1 when not known
    RolloutPhase phase = RolloutPhase::Unknown;
    QString message;
    EpochMs updatedAt = NoTime;
    QList<AnalysisResult> analysis;
    QString source;

    QList<RolloutStep> steps; // a canary's declared steps; empty for blue-green
    int stableWeight = -1; // traffic left on the stable version; -1 when not known
    QString pauseReason; // why a paused rollout waits, e.g. "CanaryPauseStep"
    QString activeSelector; // blue-green: the pod template hash serving traffic
    QString previewSelector; // blue-green: the one being previewed
    int iterations = -1; // Flagger: analysis iterations run; -1 when not known
    int failedChecks = -1; // Flagger: failed checks so far; -1 when not known
    QString location; // where it runs, e.g. "prod-eu/shop" (context/namespace)
    // Filled only where asked for (the rollout panel): how step and weight moved, oldest first.
    QList<RolloutProgress> history;

    bool operator==(const Rollout &) const = default;
};

struct ContractVerification
{
    QString externalId;
    QString consumer;
    QString consumerVersion;
    QString provider;
    QString providerVersion;
    VerificationResult result = VerificationResult::Unknown;
    EpochMs verifiedAt = NoTime;
    QString url;
    QString source;

    bool operator==(const ContractVerification &) const = default;
};

struct FlagState
{
    QString key;
    QString environment;
    bool enabled = false;
    QString service;
    EpochMs updatedAt = NoTime;
    QString source;

    bool operator==(const FlagState &) const = default;
};

// Something that went wrong in production and was handled as an incident: a GitHub or GitLab
// issue labelled "incident" (the Four Keys convention), or an entry in a file source. DORA counts a
// deployment linked to one as a failed change, and restores from created to resolved.
struct Incident
{
    QString externalId; // unique within the source
    QString service; // the service it was filed against; empty when not known
    QString title;
    EpochMs createdAt = NoTime;
    EpochMs resolvedAt = NoTime; // NoTime: still open
    // The commit named as its root cause ("root cause: <sha>" in the issue body, as Four Keys
    // reads it); empty when nobody said.
    QString rootCauseCommit;
    QString url;
    QString source;

    bool isOpen() const { return resolvedAt == NoTime; }
    bool operator==(const Incident &) const = default;
};

struct SourceHealth
{
    QString source; // the source's name in the workspace
    QString kind;
    EpochMs lastAttemptAt = NoTime;
    EpochMs lastSuccessAt = NoTime;
    QString lastError;
    EpochMs lastErrorAt = NoTime;
    int rateLimitRemaining = -1; // -1: the source has no rate limit or did not say
    EpochMs rateLimitResetAt = NoTime;
    QString cursor; // opaque to everyone but the source
    int failureCount = 0; // failures in a row since the last success
    EpochMs nextAttemptAt = NoTime; // the backoff: not before this time; NoTime: whenever due

    bool operator==(const SourceHealth &) const = default;
    bool isStale() const { return lastErrorAt != NoTime && lastErrorAt >= lastSuccessAt; }
};

} // namespace Signalbox
