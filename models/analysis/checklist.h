#pragma once

#include "domain/entities.h"
#include "domain/history.h"

#include <QList>
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
namespace Signalbox {

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
