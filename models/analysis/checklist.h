#pragma once

#include "domain/entities.h"
#include "domain/history.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// "Is your pipeline the bottleneck?": the six questions of the checklist the product grew from,
// answered from stored data. Each answer is yes, no or not enough data - never a guess - with the
// figures behind it and the services a team lead should look at. Two or more yes answers mean the
// CI/CD architecture is limiting deployment frequency (the checklist's own rule).
//
// A team lead may override an answer with a note; overrides are stored, never dropped, and the
// newest one for a question decides its answer. The computed answer stays visible beside it.
//
// The rules (pure functions of ChecklistInput; the same input gives the same checklist)
//
// Common
//  - The window is [from, to); from NoTime reads from the beginning, to NoTime to the end. A run's
//    time is its start, or its finish when the start is not known; a deployment's is deployedAt.
//    Items without a time are never in the window. `now` NoTime means `to`.
//  - Production: environment equal to productionEnvironment, exactly. A deployment "happened"
//    when its status is anything but Unknown or Pending.
//  - Evidence: at most ChecklistEvidenceLimit items per question, the most telling first as each
//    rule says; the summary counts them all.
//
// 1. Cross-service tests block. A failed run (status Failed) of service B in the window holds back
//    B's deployment. It was blocked by service A when one of its failed jobs (joined by source and
//    run id) has a name or stage naming another catalog service A: A's name as whole words,
//    case-insensitive, anything but letters and digits separating words (the longest name wins:
//    "orders-events" is not also "orders"). A shared pipeline: runs of one source with the same
//    pipeline name on the same commit (exactly) for 3 or more services in the window - one
//    workflow testing them all; it blocked them when it failed for 2 or more of them. (Commit and
//    name together, because every repository may call its own workflow "CI".)
//    Yes: any such block. NotEnoughData: no runs in the window; or no jobs at all in the input;
//    or failed runs but none of them has a job recorded. No otherwise. Evidence: each blocked run
//    and each failing shared pipeline, newest first (then service, then url); services: the
//    blocked ones, most blocked runs first, then by name.
// 2. Slow builds. Per service, runs starting in the window that finished (Succeeded or Failed)
//    with durationMs >= 0 (the build-time charts read the same runs); median and p90 by nearest
//    rank (distributionOf). A service is slow when its median is over slowBuildMs. Yes: more than
//    half of the services with a duration are slow. No otherwise. NotEnoughData: no duration.
//    Evidence and services: the slow services, slowest median first, then by name.
// 3. Manual coordination. Pairs (consumer, provider) from the dependencies, each once. A
//    co-deployment: a production deployment X (that happened, in the window) of one side with a
//    production deployment Y of the other side at most 24 h before it (at the same time: Y
//    first by externalId, then service); each X counts once per pair, with the latest such Y. It
//    was checked when a Success contract verification of exactly that consumer and provider has
//    verifiedAt in [Y - 24 h, X], or a rollout of X's service with analysis results covers X: its
//    version is X's (when both are known), else its updatedAt is within 24 h of X. Yes: more than
//    half of the co-deployments were unchecked. No otherwise. NotEnoughData: no co-deployment.
//    Evidence: the unchecked ones, newest first; services: by unchecked count, then by name.
// 4. Shared integration environment. A production deployment (that happened, in the window) came
//    through the environment of the service's latest non-production deployment (that happened)
//    at or before it, if any. A service's path is the environment most of its production
//    deployments came through (ties: by name). The shared one is the path of the most services
//    (ties: by name). Yes: it is the path of more than half of the services with a production
//    deployment in the window. No otherwise. NotEnoughData: no production deployment in the
//    window came through any environment. Figures: the services through it, its deployments in
//    the window that failed or were rolled back (any service), and the median (nearest rank)
//    time from the deployment there to the production deployment it led to. Evidence: each
//    service through it (most production deployments first), then its failed deployments,
//    newest first.
// 5. Pipeline change outage. pipelineChangeOutcomes (one day after each change) for the changes
//    landing in the window. An outage: a failed or rolled-back deployment or an aborted or
//    degraded rollout after it. Failed runs alone are named, but are not an outage. Yes: any
//    outage. No: some change was followed by a run, or by a deployment or rollout failure, and
//    none by an outage. NotEnoughData: no change in the window, or nothing ran after any of them.
//    Evidence: describePipelineChangeOutcome of the outages, then of failed runs only, then the
//    rest, each newest first.
// 6. Slow first pipeline. timeToFirstGreen for services whose first commit is in the window. Too
//    long: green after more than firstPipelineLimitMs, or not green yet and `now` is more than
//    that after the first commit; not green yet within the limit is undecided and not counted.
//    Yes: more than half of the decided ones took too long. No otherwise. NotEnoughData: no new
//    service, or none decided. Evidence: too long first (longest first; not green yet counts as
//    the time until now), then the others by time taken, then by name.
//
// Overrides: the newest by decidedAt per question (on equal times, the one later in the list);
// when it is cleared, the computed answer stands and `override` stays empty.
namespace Signalbox {

// The most evidence items one answer carries.
inline constexpr int ChecklistEvidenceLimit = 50;

enum class ChecklistQuestion {
    CrossServiceTestsBlock = 1, // 1. a failing test in service A blocks the deployment of B
    SlowBuilds = 2, // 2. builds over 15 minutes for the majority of services
    ManualCoordination = 3, // 3. dependent services deployed with no recorded order or check
    SharedIntegrationEnvironment = 4, // 4. one pre-production environment everyone goes through
    PipelineChangeOutage = 5, // 5. a pipeline configuration change caused an outage
    SlowFirstPipeline = 6, // 6. new services take more than a day to a working pipeline
};
inline constexpr int ChecklistQuestionCount = 6;

// Stored as numbers: append, never renumber.
enum class ChecklistAnswer { NotEnoughData = 0, Yes = 1, No = 2 };

// One fact behind an answer, for a team lead to click through to.
struct ChecklistEvidence
{
    QString service; // the service it concerns; empty when it concerns none in particular
    QString text; // one sentence with the figures, translated
    EpochMs at = NoTime; // when it happened; NoTime when it is not one moment
    QString url; // the run, deployment or commit to open; empty when there is none

    bool operator==(const ChecklistEvidence &) const = default;
};

// A person's answer to one question, kept with why and by whom.
struct ChecklistOverride
{
    ChecklistQuestion question = ChecklistQuestion::CrossServiceTestsBlock;
    ChecklistAnswer answer = ChecklistAnswer::NotEnoughData;
    QString note;
    QString author; // the OS user name
    EpochMs decidedAt = NoTime;
    // A person took their override back: the computed answer applies again. Kept like any other
    // decision, so the history shows it; `answer` is not read.
    bool cleared = false;

    bool operator==(const ChecklistOverride &) const = default;
};

struct ChecklistItem
{
    ChecklistQuestion question = ChecklistQuestion::CrossServiceTestsBlock;
    ChecklistAnswer computed = ChecklistAnswer::NotEnoughData;
    QString summary; // the figures in one or two sentences, translated
    QStringList services; // the services to look at, most telling first
    QList<ChecklistEvidence> evidence; // most telling first
    std::optional<ChecklistOverride> override; // the newest override of this question

    ChecklistAnswer answer() const { return override ? override->answer : computed; }
    bool operator==(const ChecklistItem &) const = default;
};

struct Checklist
{
    EpochMs from = NoTime; // the window [from, to) the answers read
    EpochMs to = NoTime;
    QList<ChecklistItem> items; // all six, in question order

    int yesCount() const;
    // Two or more yes answers (after overrides).
    bool limitsDeploymentFrequency() const { return yesCount() >= 2; }
    const ChecklistItem *item(ChecklistQuestion question) const;

    bool operator==(const Checklist &) const = default;
};

struct ChecklistInput
{
    QList<Service> services; // the catalog
    QList<Dependency> dependencies;
    QList<PipelineRun> runs; // any time; each carries its source
    QList<PipelineJob> jobs; // joined to runs by (source, runExternalId)
    QList<Deployment> deployments; // every environment, any time
    QList<ContractVerification> verifications;
    QList<Rollout> rollouts;
    QList<ServiceCommit> commits; // with pipelineChange set where a commit changed a pipeline
    QList<ChecklistOverride> overrides; // any order; the newest per question applies (a cleared
                                        // one leaves the computed answer)
    QString productionEnvironment = QStringLiteral("production");
    qint64 slowBuildMs = 15LL * 60 * 1000;
    qint64 firstPipelineLimitMs = 24LL * 60 * 60 * 1000;
    EpochMs from = NoTime; // the window [from, to)
    EpochMs to = NoTime;
    EpochMs now = NoTime;
};

// Pure: the same input gives the same checklist, evidence in the same order.
Checklist computeChecklist(const ChecklistInput &input);

// The question as the checklist asks it, translated.
QString questionText(ChecklistQuestion question);
QString displayName(ChecklistAnswer answer);
// "2 of 6 answers are yes: the CI/CD architecture is limiting deployment frequency." and the like.
QString verdictSentence(const Checklist &checklist);
// Stable words for the database, --json and the workspace: "yes", "no", "not-enough-data";
// questions as "cross-service-tests", "slow-builds", "manual-coordination",
// "shared-environment", "pipeline-change-outage", "slow-first-pipeline".
QString toWord(ChecklistAnswer answer);
QString toWord(ChecklistQuestion question);
std::optional<ChecklistAnswer> checklistAnswerFromWord(const QString &word);
std::optional<ChecklistQuestion> checklistQuestionFromWord(const QString &word);

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::ChecklistOverride)
