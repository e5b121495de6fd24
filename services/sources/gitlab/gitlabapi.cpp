#include "gitlabapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Signalbox::GitLab {

namespace {

struct GitLabApiTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::GitLabSource)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return GitLabApiTr::tr("true or false");
    case QJsonValue::Double:
        return GitLabApiTr::tr("a number");
    case QJsonValue::String:
        return GitLabApiTr::tr("text");
    case QJsonValue::Array:
        return GitLabApiTr::tr("a list");
    case QJsonValue::Object:
        return GitLabApiTr::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return GitLabApiTr::tr("nothing");
}

} // namespace

RunStatus runStatus(QStringView word, bool *known)
{
    static const QHash<QString, RunStatus> words {
        {u"created"_s, RunStatus::Queued},     {u"waiting_for_resource"_s, RunStatus::Queued},
        {u"preparing"_s, RunStatus::Queued},   {u"pending"_s, RunStatus::Queued},
        {u"scheduled"_s, RunStatus::Queued},   {u"manual"_s, RunStatus::Queued},
        {u"running"_s, RunStatus::Running},    {u"waiting_for_callback"_s, RunStatus::Running},
        {u"success"_s, RunStatus::Succeeded},  {u"failed"_s, RunStatus::Failed},
        {u"canceled"_s, RunStatus::Cancelled}, {u"canceling"_s, RunStatus::Cancelled},
        {u"skipped"_s, RunStatus::Skipped},
    };
    const auto it = words.constFind(word.toString());
    if (known)
        *known = it != words.cend();
    return it == words.cend() ? RunStatus::Unknown : *it;
}

bool isFinished(QStringView status)
{
    return status == u"success" || status == u"failed" || status == u"canceled"
        || status == u"skipped";
}

bool isWaiting(QStringView status)
{
    return status == u"manual" || status == u"scheduled";
}

DeploymentStatus deploymentStatus(QStringView word, bool *known)
{
    static const QHash<QString, DeploymentStatus> words {
        {u"created"_s, DeploymentStatus::Pending},    {u"blocked"_s, DeploymentStatus::Pending},
        {u"running"_s, DeploymentStatus::InProgress}, {u"success"_s, DeploymentStatus::Succeeded},
        {u"failed"_s, DeploymentStatus::Failed},      {u"canceled"_s, DeploymentStatus::Inactive},
        {u"skipped"_s, DeploymentStatus::Inactive},
    };
    const auto it = words.constFind(word.toString());
    if (known)
        *known = it != words.cend();
    return it == words.cend() ? DeploymentStatus::Unknown : *it;
}

ApiEntry::ApiEntry(const QJsonValue &value, QString key, QString url, QString origin,
                   QString skipped, Diagnostics &diagnostics)
    : m_value(value)
    , m_key(std::move(key))
    , m_url(std::move(url))
    , m_origin(std::move(origin))
    , m_skipped(std::move(skipped))
    , m_diagnostics(diagnostics)
{
    if (!m_value.isObject()) {
        m_failed = true;
        m_diagnostics.append(
            {Diagnostic::Severity::Error, m_origin, 0, 0, m_key,
             GitLabApiTr::tr("expected an object but found %1 in the answer from %2; %3")
                 .arg(typeName(m_value), m_url, m_skipped)});
    }
}

void ApiEntry::report(Diagnostic::Severity severity, QLatin1StringView field,
                      const QString &problem)
{
    const QString message = severity == Diagnostic::Severity::Error
        ? GitLabApiTr::tr("%1 in the answer from %2; %3").arg(problem, m_url, m_skipped)
        : GitLabApiTr::tr("%1 in the answer from %2").arg(problem, m_url);
    m_diagnostics.append({severity, m_origin, 0, 0, m_key + u'.' + field, message});
}

void ApiEntry::error(QLatin1StringView field, const QString &problem)
{
    m_failed = true;
    report(Diagnostic::Severity::Error, field, problem);
}

void ApiEntry::warning(QLatin1StringView field, const QString &problem)
{
    report(Diagnostic::Severity::Warning, field, problem);
}

QJsonValue ApiEntry::valueAt(QLatin1StringView field)
{
    if (!m_value.isObject())
        return {};
    QJsonValue value = m_value;
    qsizetype start = 0;
    for (;;) {
        const qsizetype dot = field.indexOf(u'.', start);
        const QLatin1StringView part = field.sliced(start, (dot < 0 ? field.size() : dot) - start);
        value = value.toObject().value(part);
        if (dot < 0)
            return value;
        if (value.isNull() || value.isUndefined())
            return {};
        if (!value.isObject()) {
            error(field.first(dot),
                  GitLabApiTr::tr("expected an object but found %1").arg(typeName(value)));
            return {};
        }
        start = dot + 1;
    }
}

qint64 ApiEntry::id(QLatin1StringView field)
{
    const QJsonValue value = valueAt(field);
    if (value.isUndefined() || value.isNull()) {
        error(field, GitLabApiTr::tr("missing"));
        return 0;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 9e15 || number != std::floor(number)) {
        error(field,
              GitLabApiTr::tr("expected a whole number above 0 but found %1").arg(typeName(value)));
        return 0;
    }
    return qint64(number);
}

QString ApiEntry::text(QLatin1StringView field, bool required)
{
    const QJsonValue value = valueAt(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(field, GitLabApiTr::tr("missing"));
        return {};
    }
    if (!value.isString()) {
        error(field, GitLabApiTr::tr("expected text but found %1").arg(typeName(value)));
        return {};
    }
    if (required && value.toString().isEmpty())
        error(field, GitLabApiTr::tr("is empty"));
    return value.toString();
}

EpochMs ApiEntry::time(QLatin1StringView field, bool required)
{
    const QJsonValue value = valueAt(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(field, GitLabApiTr::tr("missing"));
        return NoTime;
    }
    QDateTime parsed;
    if (value.isString())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        error(field,
              value.isString()
                  ? GitLabApiTr::tr("expected a time but found \"%1\"").arg(value.toString())
                  : GitLabApiTr::tr("expected a time but found %1").arg(typeName(value)));
        return NoTime;
    }
    // GitLab sends UTC with a Z or an offset; a bare time is UTC too, never this machine's.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

qint64 ApiEntry::secondsAsMs(QLatin1StringView field)
{
    const QJsonValue value = valueAt(field);
    if (value.isUndefined() || value.isNull())
        return -1;
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds > 1e9) {
        error(field,
              GitLabApiTr::tr("expected a number of seconds but found %1").arg(typeName(value)));
        return -1;
    }
    return std::llround(seconds * 1000);
}

bool ApiEntry::flag(QLatin1StringView field)
{
    const QJsonValue value = valueAt(field);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool()) {
        error(field, GitLabApiTr::tr("expected true or false but found %1").arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

std::optional<GitLabPipeline> readPipeline(ApiEntry &entry)
{
    GitLabPipeline p;
    p.id = entry.id("id"_L1);
    p.status = entry.text("status"_L1, true);
    p.updatedAt = entry.text("updated_at"_L1, true);
    // The cursor compares updated_at as text; it must still be a time.
    if (!p.updatedAt.isEmpty())
        entry.time("updated_at"_L1);
    p.webUrl = entry.text("web_url"_L1);
    PipelineRun &run = p.run;
    run.externalId = QString::number(p.id);
    bool known = true;
    run.status = runStatus(p.status, &known);
    if (!known && !p.status.isEmpty()) {
        entry.warning("status"_L1,
                      GitLabApiTr::tr("unknown status \"%1\", shown as unknown").arg(p.status));
    }
    const QString name = entry.text("name"_L1);
    const QString source = entry.text("source"_L1);
    run.branch = entry.text("ref"_L1);
    // Without a workflow:name, what started the pipeline and on which ref is what people tell
    // pipelines apart by.
    run.pipeline = !name.isEmpty() ? name
        : source.isEmpty()         ? run.branch
                                   : source + u' ' + run.branch;
    run.commitSha = entry.text("sha"_L1);
    run.url = p.webUrl;
    const EpochMs created = entry.time("created_at"_L1);
    run.startedAt = entry.time("started_at"_L1);
    // Not started yet (or the list, which has no started_at): the creation time keeps the run
    // in its place among the newest.
    if (run.startedAt == NoTime)
        run.startedAt = created;
    run.finishedAt = entry.time("finished_at"_L1);
    run.durationMs = entry.secondsAsMs("duration"_L1);
    if (run.durationMs < 0 && run.finishedAt != NoTime && run.startedAt != NoTime
        && run.finishedAt >= run.startedAt && isFinished(p.status))
        run.durationMs = run.finishedAt - run.startedAt;
    run.queuedMs = entry.secondsAsMs("queued_duration"_L1);
    if (entry.failed())
        return std::nullopt;
    return p;
}

std::optional<GitLabJob> readJob(ApiEntry &entry)
{
    GitLabJob j;
    j.id = entry.id("id"_L1);
    PipelineJob &job = j.job;
    job.externalId = QString::number(j.id);
    job.name = entry.text("name"_L1, true);
    job.stage = entry.text("stage"_L1);
    j.statusWord = entry.text("status"_L1, true);
    bool known = true;
    job.status = runStatus(j.statusWord, &known);
    if (!known && !j.statusWord.isEmpty()) {
        entry.warning("status"_L1,
                      GitLabApiTr::tr("unknown status \"%1\", shown as unknown").arg(j.statusWord));
    }
    j.pipelineStatus = entry.text("pipeline.status"_L1);
    job.startedAt = entry.time("started_at"_L1);
    job.finishedAt = entry.time("finished_at"_L1);
    job.durationMs = entry.secondsAsMs("duration"_L1);
    job.queuedMs = entry.secondsAsMs("queued_duration"_L1);
    job.url = entry.text("web_url"_L1);
    if (entry.failed())
        return std::nullopt;
    return j;
}

std::optional<Deployment> readDeployment(ApiEntry &entry)
{
    Deployment d;
    d.externalId = QString::number(entry.id("id"_L1));
    d.environment = entry.text("environment.name"_L1, true);
    const QString status = entry.text("status"_L1, true);
    bool known = true;
    d.status = deploymentStatus(status, &known);
    if (!known && !status.isEmpty()) {
        entry.warning("status"_L1,
                      GitLabApiTr::tr("unknown status \"%1\", shown as unknown").arg(status));
    }
    d.commitSha = entry.text("sha"_L1);
    const QString ref = entry.text("ref"_L1);
    // A tag names a release ("v2.3.0"); a branch ("main") says nothing about which build went
    // out, so a branch deployment's version is its commit.
    const bool tag = entry.flag("deployable.tag"_L1);
    d.version = tag || d.commitSha.isEmpty() ? ref : d.commitSha;
    d.deployedAt = entry.time("updated_at"_L1);
    const EpochMs finished = entry.time("deployable.finished_at"_L1);
    if (d.deployedAt == NoTime)
        d.deployedAt = finished;
    d.url = entry.text("deployable.web_url"_L1);
    if (entry.failed())
        return std::nullopt;
    return d;
}

std::optional<DeployEnvironment> readEnvironment(ApiEntry &entry)
{
    DeployEnvironment e;
    e.externalId = QString::number(entry.id("id"_L1));
    e.name = entry.text("name"_L1, true);
    e.url = entry.text("external_url"_L1);
    e.updatedAt = entry.time("updated_at"_L1);
    if (entry.failed())
        return std::nullopt;
    return e;
}

QString projectPathFromWebUrl(const QString &webUrl, const QString &instancePath)
{
    QString path = QUrl(webUrl).path();
    QString prefix = instancePath;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (!path.startsWith(prefix + u'/'))
        return {};
    path = path.mid(prefix.size() + 1);
    const qsizetype marker = path.indexOf(u"/-/"_s);
    return marker > 0 ? path.left(marker) : QString();
}

} // namespace Signalbox::GitLab
