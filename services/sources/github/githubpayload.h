#pragma once

#include "domain/diagnostic.h"
#include "domain/entities.h"

#include <QJsonObject>

#include <optional>

// Reading the entries of GitHub's REST answers (workflow runs, jobs, deployments, deployment
// statuses, environments) into Signalbox's entities. An entry with a missing id or a field of the
// wrong type is skipped with an Error diagnostic naming the source, the URL and the field
// ("workflow_runs[3].run_started_at"); the caller keeps reading the others.
namespace Signalbox::GitHub {

// Where an entry came from, for its diagnostics.
struct EntryOrigin
{
    QString source; // the source's name in the workspace
    QString url; // the answer it was in, as shown to people
    QString key; // "workflow_runs[3]"
};

struct WorkflowRun
{
    PipelineRun run; // without service: the caller decides it
    QString updatedAt; // as GitHub wrote it: what the cursor compares
    bool completed = false;
    EpochMs createdAt = NoTime;
    QString workflowName;
    QString workflowPath; // without the "@ref" GitHub appends for some runs
};

struct DeploymentEntry
{
    QString id;
    QString environment;
    QString commitSha;
    QString ref;
    EpochMs createdAt = NoTime;
    QString updatedAt;
};

struct DeploymentStatusEntry
{
    qint64 id = 0;
    DeploymentStatus state = DeploymentStatus::Unknown;
    EpochMs createdAt = NoTime;
    QString url; // where a person sees it: the log, else the target, else the environment
};

// An issue of the issues list, read as an incident (the Four Keys convention: issues labelled
// "incident"; "root cause: <sha>" in the body names the commit).
struct IssueEntry
{
    Incident incident; // externalId is the issue number; no service, no source
    QStringList labels; // their names
    bool pullRequest = false; // the issues list shows pull requests too
    QString updatedAt; // as GitHub wrote it
};

std::optional<WorkflowRun> readWorkflowRun(const QJsonObject &entry, const EntryOrigin &origin,
                                           Diagnostics &diagnostics);
// runId: the run the jobs were asked for.
std::optional<PipelineJob> readJob(const QJsonObject &entry, const QString &runId,
                                   const EntryOrigin &origin, Diagnostics &diagnostics);
std::optional<DeploymentEntry> readDeployment(const QJsonObject &entry, const EntryOrigin &origin,
                                              Diagnostics &diagnostics);
std::optional<DeploymentStatusEntry>
readDeploymentStatus(const QJsonObject &entry, const EntryOrigin &origin, Diagnostics &diagnostics);
// Without service: the caller decides it.
std::optional<DeployEnvironment>
readEnvironment(const QJsonObject &entry, const EntryOrigin &origin, Diagnostics &diagnostics);

std::optional<IssueEntry> readIssue(const QJsonObject &entry, const EntryOrigin &origin,
                                    Diagnostics &diagnostics);
// The commit a text names as "root cause: <7 to 40 hex digits>" (any case); empty when none.
QString rootCauseIn(const QString &text);

// GitHub's status and conclusion of a run or job; known is false for words GitHub does not
// document (they read as Unknown).
RunStatus runStatus(const QString &status, const QString &conclusion, bool *known = nullptr);
DeploymentStatus deploymentState(const QString &state, bool *known = nullptr);

// The path of a workflow file without the "@refs/heads/main" suffix runs may carry.
QString workflowPathWithoutRef(const QString &path);

} // namespace Signalbox::GitHub
