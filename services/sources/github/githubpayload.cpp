#include "githubpayload.h"

#include "domain/tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Signalbox::GitHub {

namespace {

struct PayloadTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::GitHubSource)
};

QString describeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PayloadTr::tr("null");
    case QJsonValue::Bool:
        return PayloadTr::tr("%1 (true or false)").arg(value.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::Double:
        return PayloadTr::tr("the number %1").arg(value.toVariant().toString());
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(37) + u"…"_s;
        return PayloadTr::tr("the text \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return PayloadTr::tr("a list");
    case QJsonValue::Object:
        return PayloadTr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PayloadTr::tr("nothing");
}

// Reads one entry's fields. A problem with a field the entry cannot do without skips the entry;
// the diagnostic says which field, in which answer, and what was found instead.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, const EntryOrigin &origin, QString skipped,
                Diagnostics &diagnostics)
        : m_object(object)
        , m_origin(origin)
        , m_skipped(std::move(skipped))
        , m_diagnostics(diagnostics)
    { }

    // GitHub's ids are JSON numbers; they are kept as text, the way the store keys rows.
    QString id(QLatin1StringView field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            fail(field, PayloadTr::tr("missing"));
            return {};
        }
        const double number = value.toDouble(-1);
        // Ids beyond 2^53 could not be told apart once read as a JSON number.
        if (!value.isDouble() || number < 1 || number > 9007199254740992.0
            || number != double(qint64(number))) {
            fail(field,
                 PayloadTr::tr("expected a whole number, found %1").arg(describeValue(value)));
            return {};
        }
        return QString::number(qint64(number));
    }

    QString text(QLatin1StringView field, bool required = false)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, PayloadTr::tr("missing"));
            return {};
        }
        if (!value.isString()) {
            fail(field, PayloadTr::tr("expected text, found %1").arg(describeValue(value)));
            return {};
        }
        return value.toString();
    }

    EpochMs time(QLatin1StringView field, bool required = false)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, PayloadTr::tr("missing"));
            return NoTime;
        }
        if (value.isString()) {
            QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            // GitHub writes UTC ("Z"); a time without an offset must not become local time.
            if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
                parsed.setTimeSpec(Qt::UTC);
            if (parsed.isValid())
                return parsed.toMSecsSinceEpoch();
        }
        fail(field, PayloadTr::tr("expected a time, found %1").arg(describeValue(value)));
        return NoTime;
    }

    int whole(QLatin1StringView field, int fallback)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 1e9 || number != double(int(number))) {
            fail(field,
                 PayloadTr::tr("expected a whole number, found %1").arg(describeValue(value)));
            return fallback;
        }
        return int(number);
    }

    // An undocumented word is worth a warning, not the entry.
    void unknownWord(QLatin1StringView field, const QString &word)
    {
        m_diagnostics.append({Diagnostic::Severity::Warning, m_origin.source, 0, 0,
                              m_origin.key + u'.' + field,
                              PayloadTr::tr("unknown value \"%1\" (in the answer from %2); taken "
                                            "as unknown")
                                  .arg(word, m_origin.url)});
    }

    bool failed() const { return m_failed; }

private:
    void fail(QLatin1StringView field, const QString &problem)
    {
        m_failed = true;
        m_diagnostics.append({Diagnostic::Severity::Error, m_origin.source, 0, 0,
                              m_origin.key + u'.' + field,
                              PayloadTr::tr("%1 (in the answer from %2); %3")
                                  .arg(problem, m_origin.url, m_skipped)});
    }

    const QJsonObject &m_object;
    const EntryOrigin &m_origin;
    QString m_skipped;
    Diagnostics &m_diagnostics;
    bool m_failed = false;
};

} // namespace

RunStatus runStatus(const QString &status, const QString &conclusion, bool *known)
{
    if (known)
        *known = true;
    if (status == u"queued" || status == u"waiting" || status == u"pending"
        || status == u"requested")
        return RunStatus::Queued;
    if (status == u"in_progress")
        return RunStatus::Running;
    if (status == u"completed") {
        if (conclusion == u"success")
            return RunStatus::Succeeded;
        if (conclusion == u"failure" || conclusion == u"timed_out"
            || conclusion == u"startup_failure")
            return RunStatus::Failed;
        if (conclusion == u"cancelled")
            return RunStatus::Cancelled;
        if (conclusion == u"skipped" || conclusion == u"neutral")
            return RunStatus::Skipped;
        // Waiting for someone (action_required) or given up on (stale): neither passed nor failed.
        if (conclusion == u"action_required" || conclusion == u"stale" || conclusion.isEmpty())
            return RunStatus::Unknown;
    }
    if (known)
        *known = false;
    return RunStatus::Unknown;
}

DeploymentStatus deploymentState(const QString &state, bool *known)
{
    if (known)
        *known = true;
    if (state == u"success")
        return DeploymentStatus::Succeeded;
    if (state == u"failure" || state == u"error")
        return DeploymentStatus::Failed;
    if (state == u"inactive")
        return DeploymentStatus::Inactive;
    if (state == u"in_progress" || state == u"queued")
        return DeploymentStatus::InProgress;
    if (state == u"pending")
        return DeploymentStatus::Pending;
    if (known)
        *known = false;
    return DeploymentStatus::Unknown;
}

QString workflowPathWithoutRef(const QString &path)
{
    const qsizetype at = path.indexOf(u'@');
    return at < 0 ? path : path.left(at);
}

std::optional<WorkflowRun> readWorkflowRun(const QJsonObject &entry, const EntryOrigin &origin,
                                           Diagnostics &diagnostics)
{
    EntryReader r(entry, origin, PayloadTr::tr("the run was skipped"), diagnostics);
    WorkflowRun w;
    PipelineRun &run = w.run;
    run.externalId = r.id("id"_L1);
    w.workflowName = r.text("name"_L1);
    const QString title = r.text("display_title"_L1);
    run.pipeline = w.workflowName.isEmpty() ? title : w.workflowName;
    w.workflowPath = workflowPathWithoutRef(r.text("path"_L1));
    const QString status = r.text("status"_L1, true);
    const QString conclusion = r.text("conclusion"_L1);
    w.createdAt = r.time("created_at"_L1);
    const EpochMs updatedAt = r.time("updated_at"_L1, true);
    w.updatedAt = entry.value("updated_at"_L1).toString();
    run.startedAt = r.time("run_started_at"_L1);
    run.commitSha = r.text("head_sha"_L1);
    run.branch = r.text("head_branch"_L1);
    run.attempt = std::max(1, r.whole("run_attempt"_L1, 1));
    run.url = r.text("html_url"_L1);
    if (r.failed())
        return std::nullopt;

    bool known = true;
    run.status = runStatus(status, conclusion, &known);
    if (!known)
        r.unknownWord(status == u"completed" ? "conclusion"_L1 : "status"_L1,
                      status == u"completed" ? conclusion : status);
    w.completed = status == u"completed";
    if (run.startedAt == NoTime)
        run.startedAt = w.createdAt;
    if (w.completed) {
        // A finished run is not touched again: its last update is when it finished.
        run.finishedAt = updatedAt;
        if (run.startedAt != NoTime && updatedAt >= run.startedAt)
            run.durationMs = updatedAt - run.startedAt;
    }
    return w;
}

std::optional<PipelineJob> readJob(const QJsonObject &entry, const QString &runId,
                                   const EntryOrigin &origin, Diagnostics &diagnostics)
{
    EntryReader r(entry, origin, PayloadTr::tr("the job was skipped"), diagnostics);
    PipelineJob job;
    job.externalId = r.id("id"_L1);
    job.runExternalId = runId;
    job.name = r.text("name"_L1);
    const QString status = r.text("status"_L1, true);
    const QString conclusion = r.text("conclusion"_L1);
    const EpochMs createdAt = r.time("created_at"_L1);
    job.startedAt = r.time("started_at"_L1);
    job.finishedAt = r.time("completed_at"_L1);
    job.url = r.text("html_url"_L1);
    if (r.failed())
        return std::nullopt;

    bool known = true;
    job.status = runStatus(status, conclusion, &known);
    if (!known)
        r.unknownWord(status == u"completed" ? "conclusion"_L1 : "status"_L1,
                      status == u"completed" ? conclusion : status);
    if (status != u"completed")
        job.finishedAt = NoTime;
    if (job.startedAt != NoTime && job.finishedAt >= job.startedAt)
        job.durationMs = job.finishedAt - job.startedAt;
    if (createdAt != NoTime && job.startedAt >= createdAt)
        job.queuedMs = job.startedAt - createdAt;
    return job;
}

std::optional<DeploymentEntry> readDeployment(const QJsonObject &entry, const EntryOrigin &origin,
                                              Diagnostics &diagnostics)
{
    EntryReader r(entry, origin, PayloadTr::tr("the deployment was skipped"), diagnostics);
    DeploymentEntry d;
    d.id = r.id("id"_L1);
    d.environment = r.text("environment"_L1, true);
    d.commitSha = r.text("sha"_L1);
    d.ref = r.text("ref"_L1);
    d.createdAt = r.time("created_at"_L1, true);
    r.time("updated_at"_L1);
    d.updatedAt = entry.value("updated_at"_L1).toString();
    if (r.failed())
        return std::nullopt;
    return d;
}

QString rootCauseIn(const QString &text)
{
    static const QRegularExpression pattern(uR"(root cause:\s*`?([0-9a-f]{7,40})\b)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).captured(1);
}

std::optional<IssueEntry> readIssue(const QJsonObject &entry, const EntryOrigin &origin,
                                    Diagnostics &diagnostics)
{
    EntryReader r(entry, origin, PayloadTr::tr("the issue was skipped"), diagnostics);
    IssueEntry issue;
    issue.pullRequest = entry.contains("pull_request"_L1);
    Incident &i = issue.incident;
    i.externalId = r.id("number"_L1);
    i.title = r.text("title"_L1);
    i.url = r.text("html_url"_L1);
    i.createdAt = r.time("created_at"_L1, true);
    const EpochMs closedAt = r.time("closed_at"_L1);
    const QString state = r.text("state"_L1);
    i.rootCauseCommit = rootCauseIn(r.text("body"_L1));
    r.time("updated_at"_L1);
    issue.updatedAt = entry.value("updated_at"_L1).toString();
    for (const QJsonValue &label : entry.value("labels"_L1).toArray()) {
        // Objects in the REST answers; plain names where GitHub abbreviates.
        const QString name
            = label.isString() ? label.toString() : label.toObject().value("name"_L1).toString();
        if (!name.isEmpty())
            issue.labels.append(name);
    }
    if (r.failed())
        return std::nullopt;
    // A reopened issue keeps its old closed_at: only a closed one is resolved.
    if (state == u"closed")
        i.resolvedAt = closedAt;
    return issue;
}

std::optional<DeploymentStatusEntry>
readDeploymentStatus(const QJsonObject &entry, const EntryOrigin &origin, Diagnostics &diagnostics)
{
    EntryReader r(entry, origin, PayloadTr::tr("the status was skipped"), diagnostics);
    DeploymentStatusEntry s;
    s.id = r.id("id"_L1).toLongLong();
    const QString state = r.text("state"_L1, true);
    s.createdAt = r.time("created_at"_L1, true);
    const QString logUrl = r.text("log_url"_L1);
    const QString targetUrl = r.text("target_url"_L1);
    const QString environmentUrl = r.text("environment_url"_L1);
    if (r.failed())
        return std::nullopt;
    bool known = true;
    s.state = deploymentState(state, &known);
    if (!known)
        r.unknownWord("state"_L1, state);
    for (const QString &url : {logUrl, targetUrl, environmentUrl}) {
        if (!url.isEmpty()) {
            s.url = url;
            break;
        }
    }
    return s;
}

std::optional<DeployEnvironment>
readEnvironment(const QJsonObject &entry, const EntryOrigin &origin, Diagnostics &diagnostics)
{
    EntryReader r(entry, origin, PayloadTr::tr("the environment was skipped"), diagnostics);
    DeployEnvironment e;
    e.externalId = r.id("id"_L1);
    e.name = r.text("name"_L1, true);
    e.url = r.text("html_url"_L1);
    e.updatedAt = r.time("updated_at"_L1);
    if (r.failed())
        return std::nullopt;
    return e;
}

} // namespace Signalbox::GitHub
