#pragma once

#include "domain/diagnostic.h"
#include "domain/entities.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reading GitLab REST API v4 answers (doc/api/pipelines.md, jobs.md, deployments.md,
// environments.md) into Signalbox's entities. Pure functions: no network, no store.
namespace Signalbox::GitLab {

// Pipeline and job statuses. manual is read as Queued for a pipeline: it waits for a person to
// start a job (a deploy gate) and has neither passed nor failed. A job still waiting for its
// manual start is Queued while its pipeline waits, and Skipped once the pipeline finished
// without it (an optional manual job nobody ran). canceling is Cancelled.
RunStatus runStatus(QStringView word, bool *known = nullptr);
// success, failed, canceled, skipped: nothing about the pipeline changes any more.
bool isFinished(QStringView status);
// manual, scheduled: the pipeline waits for a person or a time, and nothing in it changes until
// its status (and so its updated_at) does.
bool isWaiting(QStringView status);
// created, running, success, failed, canceled, skipped, blocked (waits for an approval: Pending).
// A canceled or skipped deployment never went out: Inactive, not Failed.
DeploymentStatus deploymentStatus(QStringView word, bool *known = nullptr);

// One object of an answer, read field by field. Problems become Diagnostics naming the source,
// the entry ("pipelines[3].updated_at") and the URL; an error marks the entry as failed, so the
// caller skips it and keeps the others. Nested fields are named with dots: "environment.name".
class ApiEntry
{
public:
    ApiEntry(const QJsonValue &value, QString key, QString url, QString origin, QString skipped,
             Diagnostics &diagnostics);

    // A required whole number > 0 (GitLab ids).
    qint64 id(QLatin1StringView field);
    // Text; absent or null reads as empty unless required.
    QString text(QLatin1StringView field, bool required = false);
    // An ISO 8601 time as GitLab sends it ("2024-05-02T10:00:01.123Z"); NoTime when absent or null.
    EpochMs time(QLatin1StringView field, bool required = false);
    // Seconds (whole or fractional) as milliseconds; -1 when absent or null.
    qint64 secondsAsMs(QLatin1StringView field);
    // true or false; absent or null reads as false.
    bool flag(QLatin1StringView field);

    void error(QLatin1StringView field, const QString &problem);
    void warning(QLatin1StringView field, const QString &problem);

    bool failed() const { return m_failed; }
    bool isObject() const { return m_value.isObject(); }
    const QString &key() const { return m_key; }

private:
    // The value at a dotted path; reports an error when something on the way is not an object.
    QJsonValue valueAt(QLatin1StringView field);
    void report(Diagnostic::Severity severity, QLatin1StringView field, const QString &problem);

    QJsonValue m_value;
    QString m_key;
    QString m_url;
    QString m_origin;
    QString m_skipped; // "this pipeline was skipped"
    Diagnostics &m_diagnostics;
    bool m_failed = false;
};

// A pipeline as the list and the single-pipeline endpoint describe it (the list leaves out times
// and durations, which then stay unknown).
struct GitLabPipeline
{
    qint64 id = 0;
    QString status; // GitLab's word
    QString updatedAt; // as sent: what the cursor compares
    QString webUrl;
    PipelineRun run; // service and attempt are the caller's
};
std::optional<GitLabPipeline> readPipeline(ApiEntry &entry);

struct GitLabJob
{
    qint64 id = 0;
    QString pipelineStatus; // the job's pipeline.status, when sent
    PipelineJob job; // runExternalId is the caller's; status before the manual rule
    QString statusWord;
};
std::optional<GitLabJob> readJob(ApiEntry &entry);

// service is the caller's.
std::optional<Deployment> readDeployment(ApiEntry &entry);
std::optional<DeployEnvironment> readEnvironment(ApiEntry &entry);

// The project path inside a GitLab web URL ("https://h/group/app/-/pipelines/7" -> "group/app"),
// below the instance's own path; empty when the URL is not one of the instance's.
QString projectPathFromWebUrl(const QString &webUrl, const QString &instancePath);

} // namespace Signalbox::GitLab
