#include "githubsource.h"

#include "domain/tr.h"
#include "domain/workspace.h"
#include "githubcursor.h"
#include "githubpayload.h"
#include "githubservicemap.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

using namespace GitHub;

struct GitHubTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::GitHubSource)
};

// Jobs and deployment-status lists asked for per repository and sync. The first sync of a busy
// repository would otherwise make a hundred requests before showing anything; the rest follow
// on the next syncs, newest first.
constexpr int DetailRequestsPerRepository = 30;
constexpr int MaxJobPages = 10; // a run with more than 1,000 jobs shows its first 1,000
constexpr int DefaultMaxRuns = 100;
// How far back the first sync of a repository looks for incidents: DORA's widest window.
constexpr qint64 IncidentLookbackMs = 365LL * 24 * 3600 * 1000;

struct Settings
{
    QUrl baseUrl; // without a trailing slash
    QString base; // the same, as the text API paths are appended to
    QStringList repositories; // owner/repo
    QVariantMap services;
    QVariantMap workflows;
    int maxRuns = DefaultMaxRuns;
    QString caBundle;
    bool incidents = false;
};

std::optional<Settings> readSettings(const SourceConfig &config, const Workspace *workspace,
                                     bool needRepositories, Diagnostics &diagnostics,
                                     QString *error)
{
    Settings s;
    const QVariantMap &values = config.settings;
    QString base = values.value(u"baseUrl"_s).toString().trimmed();
    if (base.isEmpty())
        base = u"https://api.github.com"_s;
    while (base.endsWith(u'/'))
        base.chop(1);
    s.baseUrl = QUrl(base);
    if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty()
        || (s.baseUrl.scheme() != u"https" && s.baseUrl.scheme() != u"http")) {
        *error = GitHubTr::tr("baseUrl \"%1\" is not an http(s) address; use "
                              "https://api.github.com, or https://HOST/api/v3 for GitHub "
                              "Enterprise Server")
                     .arg(base);
        return std::nullopt;
    }
    if (!s.baseUrl.userInfo().isEmpty()) {
        // A token in the address would end up in messages and the cache.
        *error = GitHubTr::tr("baseUrl must not contain a user or password; name the token "
                              "with token: { env: … } instead");
        return std::nullopt;
    }
    s.base = base;

    static const QRegularExpression ownerRepo(uR"(^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$)"_s);
    const QStringList repositories = values.value(u"repositories"_s).toStringList();
    for (qsizetype i = 0; i < repositories.size(); ++i) {
        const QString repository = repositories.at(i).trimmed();
        if (!ownerRepo.match(repository).hasMatch()) {
            diagnostics.append(
                {Diagnostic::Severity::Error, config.name, 0, 0, u"repositories[%1]"_s.arg(i),
                 GitHubTr::tr("\"%1\" is not owner/repo (for example acme/shop); skipped")
                     .arg(repository)});
            continue;
        }
        const bool seen
            = std::any_of(s.repositories.cbegin(), s.repositories.cend(), [&](const QString &r) {
                  return r.compare(repository, Qt::CaseInsensitive) == 0;
              });
        if (!seen)
            s.repositories.append(repository);
    }
    if (needRepositories && s.repositories.isEmpty()) {
        *error = GitHubTr::tr("no repositories to read; list them as owner/repo in the "
                              "source's repositories setting");
        return std::nullopt;
    }
    s.services = values.value(u"services"_s).toMap();
    s.workflows = values.value(u"workflows"_s).toMap();
    s.maxRuns = std::clamp(values.value(u"maxRuns"_s, DefaultMaxRuns).toInt(), 1, 1000);
    s.incidents = values.value(u"incidents"_s).toBool();
    const QString caBundle = values.value(u"caBundle"_s).toString();
    if (!caBundle.isEmpty())
        s.caBundle = workspace ? workspace->resolvePath(caBundle) : caBundle;
    return s;
}

HttpEndpoint endpointFor(const Settings &settings, const SourceConfig &config,
                         const FetchContext &context)
{
    HttpEndpoint endpoint;
    endpoint.headers
        = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!context.token.isEmpty())
        endpoint.headers.append({"Authorization", "Bearer " + context.token.toUtf8()});
    endpoint.caBundlePath = settings.caBundle;
    endpoint.sourceName = config.name;
    return endpoint;
}

QUrl apiUrl(const Settings &settings, const QString &pathAndQuery)
{
    return QUrl(settings.base + pathAndQuery);
}

// Where a run is queued from: its creation, or for a re-run the moment it was started again.
qint64 queueTime(const WorkflowRun &run, const QList<PipelineJob> &jobs)
{
    EpochMs firstJobStarted = NoTime;
    for (const PipelineJob &job : jobs) {
        if (job.startedAt != NoTime
            && (firstJobStarted == NoTime || job.startedAt < firstJobStarted))
            firstJobStarted = job.startedAt;
    }
    const EpochMs queuedFrom = std::max(run.createdAt, run.run.startedAt);
    if (firstJobStarted == NoTime || queuedFrom == NoTime)
        return -1;
    return std::max<qint64>(0, firstJobStarted - queuedFrom);
}

// One sync of one source: the requests, in order, for each repository.
class Fetcher
{
public:
    Fetcher(const SourceConfig &config, const Settings &settings, const ServiceMap &map,
            HttpClient &client, const FetchContext &context, FetchResult &result)
        : m_config(config)
        , m_settings(settings)
        , m_map(map)
        , m_client(client)
        , m_context(context)
        , m_result(result)
    { }

    // previous: what the last sync left, when it was written under the same settings.
    bool syncRepository(const QString &name, const RepositoryCursor *previous,
                        RepositoryCursor &next)
    {
        Repository repository {name, m_map.forRepository(name), previous, next};
        if (!syncRuns(repository) || !syncDeployments(repository) || !syncEnvironments(repository)
            || !syncIncidents(repository))
            return false;
        warnAboutGuesses(repository);
        return true;
    }

    // The answers whose validators are worth keeping: the lists asked for again each sync.
    const QSet<QString> &listUrls() const { return m_listUrls; }

private:
    struct Repository
    {
        QString name;
        RepositoryService service;
        const RepositoryCursor *previous;
        RepositoryCursor &next;
        bool wroteToRepositoryService = false; // some row went by the repository rules
        bool rowsUnassigned = false;
    };

    bool fail(const QString &error, EpochMs notBefore = NoTime)
    {
        m_result.error = error;
        m_result.retryNotBefore = notBefore;
        return false;
    }

    void warn(const QString &key, const QString &message)
    {
        m_result.diagnostics.append(
            {Diagnostic::Severity::Warning, m_config.name, 0, 0, key, message});
    }

    // A 2xx or 304 answer; on anything else the sync fails with the client's message (it names
    // the URL and never the token) and the server's wish to be left alone.
    std::optional<HttpResponse> get(const QUrl &url, bool conditional, bool isList)
    {
        if (m_context.isCancelled()) {
            fail(GitHubTr::tr("cancelled"));
            return std::nullopt;
        }
        HttpResponse response = m_client.get(url, conditional);
        if (response.cancelled) {
            fail(GitHubTr::tr("cancelled"));
            return std::nullopt;
        }
        if (!response.ok() && !response.notModified()) {
            fail(response.error, response.retryNotBefore);
            return std::nullopt;
        }
        if (response.notModified() && !conditional) {
            // Only a request that named what it has can be told that it has it.
            fail(GitHubTr::tr("%1 answered 304 Not Modified to a request that was not "
                              "conditional; a proxy may be answering in its place")
                     .arg(HttpClient::displayUrl(url)));
            return std::nullopt;
        }
        if (isList)
            m_listUrls.insert(url.toString(QUrl::FullyEncoded));
        return response;
    }

    std::optional<QJsonDocument> json(const HttpResponse &response)
    {
        QString error;
        QJsonDocument document = HttpClient::json(response, &error);
        if (!error.isEmpty()) {
            if (response.body.trimmed().startsWith('<')) {
                error = GitHubTr::tr("the answer from %1 is a web page, not JSON; check that "
                                     "baseUrl is the API address (https://api.github.com, or "
                                     "https://HOST/api/v3 for GitHub Enterprise Server)")
                            .arg(HttpClient::displayUrl(response.url));
            }
            fail(error);
            return std::nullopt;
        }
        return document;
    }

    // The list of a JSON answer: the named array of an object, or the answer itself (name empty).
    std::optional<QJsonArray> list(const HttpResponse &response, QLatin1StringView name)
    {
        const std::optional<QJsonDocument> document = json(response);
        if (!document)
            return std::nullopt;
        if (name.isEmpty() && document->isArray())
            return document->array();
        const QJsonValue value = document->object().value(name);
        if (!name.isEmpty() && value.isArray())
            return value.toArray();
        fail(GitHubTr::tr("the answer from %1 is not what GitHub sends there (expected %2)")
                 .arg(HttpClient::displayUrl(response.url),
                      name.isEmpty() ? GitHubTr::tr("a list")
                                     : GitHubTr::tr("an object with a list \"%1\"").arg(name)));
        return std::nullopt;
    }

    bool isObject(const QJsonValue &value, const EntryOrigin &origin)
    {
        if (value.isObject())
            return true;
        m_result.diagnostics.append({Diagnostic::Severity::Error, origin.source, 0, 0, origin.key,
                                     GitHubTr::tr("expected an object (in the answer from %1); "
                                                  "skipped")
                                         .arg(origin.url)});
        return false;
    }

    // The Link: rel="next" page; an empty URL at the end. A next page on another server is not
    // followed: the request would carry the token there.
    std::optional<QUrl> nextPage(const HttpResponse &response)
    {
        const QUrl next = HttpClient::nextLink(response);
        if (next.isEmpty())
            return QUrl();
        const QUrl &base = m_settings.baseUrl;
        const auto port = [](const QUrl &url) {
            return url.port(url.scheme() == u"https" ? 443 : 80);
        };
        if (next.scheme() != base.scheme()
            || next.host().compare(base.host(), Qt::CaseInsensitive) != 0
            || port(next) != port(base)) {
            fail(GitHubTr::tr("the answer from %1 puts its next page on another server (%2); it "
                              "was not followed, so that the token is not sent there")
                     .arg(HttpClient::displayUrl(response.url), next.host()));
            return std::nullopt;
        }
        return next;
    }

    // Deployments and environments belong to the repository, not to a workflow: in a monorepo
    // only a service named for the whole repository can take them.
    QString serviceOfRepositoryRows(Repository &repository)
    {
        const RepositoryService &s = repository.service;
        if (repository.next.monorepo && (!s.isExplicit() || !s.alsoInRepository.isEmpty())) {
            repository.rowsUnassigned = true;
            return {};
        }
        return s.service;
    }

    bool syncRuns(Repository &repository)
    {
        const RepositoryCursor *previous = repository.previous;
        QHash<QString, const CursorRun *> before;
        if (previous) {
            for (const CursorRun &r : previous->runs)
                before.insert(r.id, &r);
        }
        // Runs written without their jobs must be read again to be written with them.
        const bool conditional = previous && !previous->hasPendingJobs();

        struct ReadRun
        {
            WorkflowRun run;
            bool changed = false;
        };
        QList<ReadRun> read;
        QSet<QString> readIds;
        int entries = 0;
        QStringList laterPages;
        QUrl url
            = apiUrl(m_settings, u"/repos/%1/actions/runs?per_page=100"_s.arg(repository.name));
        for (bool firstPage = true; !url.isEmpty(); firstPage = false) {
            if (!firstPage)
                laterPages.append(url.toString(QUrl::FullyEncoded));
            const std::optional<HttpResponse> response = get(url, conditional, true);
            if (!response)
                return false;
            if (response->notModified()) {
                if (firstPage) {
                    // Nothing new at the top: no run changed that is worth a request.
                    repository.next.runs = previous->runs;
                    repository.next.monorepo = previous->monorepo;
                    repository.next.laterPages = previous->laterPages;
                    return true;
                }
                break; // the rest is as the cursor says
            }
            const std::optional<QJsonArray> runs = list(*response, "workflow_runs"_L1);
            if (!runs)
                return false;
            const QString shown = HttpClient::displayUrl(response->url);
            bool onlyUnchanged = true;
            for (qsizetype i = 0; i < runs->size() && entries < m_settings.maxRuns; ++i) {
                ++entries;
                const EntryOrigin origin {m_config.name, shown, u"workflow_runs[%1]"_s.arg(i)};
                std::optional<WorkflowRun> run;
                if (isObject(runs->at(i), origin))
                    run = readWorkflowRun(runs->at(i).toObject(), origin, m_result.diagnostics);
                if (!run) {
                    onlyUnchanged = false;
                    continue;
                }
                const QString &id = run->run.externalId;
                if (readIds.contains(id))
                    continue; // the pages moved on while they were read
                readIds.insert(id);
                const CursorRun *old = before.value(id);
                const bool changed = !old || old->updatedAt != run->updatedAt || old->jobsPending;
                onlyUnchanged = onlyUnchanged && !changed && run->completed;
                read.append({*run, changed});
            }
            if (entries >= m_settings.maxRuns || runs->isEmpty() || (previous && onlyUnchanged))
                break;
            const std::optional<QUrl> next = nextPage(*response);
            if (!next)
                return false;
            url = *next;
        }

        RepositoryCursor &next = repository.next;
        next.laterPages = laterPages;
        if (previous) {
            for (const QString &page : previous->laterPages) {
                if (!next.laterPages.contains(page))
                    next.laterPages.append(page);
            }
        }
        next.monorepo
            = (previous && previous->monorepo)
            || std::any_of(read.cbegin(), read.cend(), [this](const ReadRun &r) {
                   return !m_map.forWorkflow(r.run.workflowName, r.run.workflowPath).isEmpty();
               });
        QSet<QString> skippedWorkflows;
        int jobRequests = DetailRequestsPerRepository;
        for (ReadRun &r : read) {
            WorkflowRun &w = r.run;
            CursorRun entry {w.run.externalId, w.updatedAt, w.completed, false};
            const QString byWorkflow = m_map.forWorkflow(w.workflowName, w.workflowPath);
            if (byWorkflow.isEmpty() && next.monorepo) {
                const QString workflow = w.workflowPath.isEmpty() ? w.workflowName : w.workflowPath;
                if (!skippedWorkflows.contains(workflow)) {
                    skippedWorkflows.insert(workflow);
                    warn(u"workflows"_s,
                         GitHubTr::tr("%1: runs of the workflow \"%2\" (%3) match no entry of "
                                      "the workflows setting and were skipped; add it there to "
                                      "see them")
                             .arg(repository.name, w.workflowName, w.workflowPath));
                }
                next.runs.append(entry);
                continue;
            }
            if (!r.changed) {
                next.runs.append(*before.value(w.run.externalId));
                continue;
            }
            w.run.service = byWorkflow.isEmpty() ? repository.service.service : byWorkflow;
            repository.wroteToRepositoryService
                = repository.wroteToRepositoryService || byWorkflow.isEmpty();
            if (jobRequests > 0) {
                --jobRequests;
                QList<PipelineJob> jobs;
                if (!fetchJobs(repository, w, jobs))
                    return false;
                w.run.queuedMs = queueTime(w, jobs);
                m_result.batch.jobs += jobs;
            } else {
                // On a repository's first fill the runs past the bound are history: their jobs
                // are not worth a request each, and leaving them pending would make every
                // following refresh fetch the run list in full. A burst of new runs later is
                // caught up on the next syncs.
                entry.jobsPending = previous != nullptr;
            }
            m_result.batch.runs.append(w.run);
            next.runs.append(entry);
        }
        if (previous) {
            // Older runs not read again this time are as they were.
            for (const CursorRun &r : previous->runs) {
                if (next.runs.size() >= m_settings.maxRuns)
                    break;
                if (!readIds.contains(r.id))
                    next.runs.append(r);
            }
        }
        while (next.runs.size() > m_settings.maxRuns)
            next.runs.removeLast();
        return true;
    }

    bool fetchJobs(const Repository &repository, const WorkflowRun &run, QList<PipelineJob> &jobs)
    {
        QUrl url = apiUrl(m_settings,
                          u"/repos/%1/actions/runs/%2/jobs?per_page=100"_s.arg(repository.name,
                                                                               run.run.externalId));
        for (int page = 0; page < MaxJobPages && !url.isEmpty(); ++page) {
            // Not conditional: the run is written again whole, so its queue time must come from
            // the jobs themselves.
            const std::optional<HttpResponse> response = get(url, false, false);
            if (!response)
                return false;
            const std::optional<QJsonArray> entries = list(*response, "jobs"_L1);
            if (!entries)
                return false;
            const QString shown = HttpClient::displayUrl(response->url);
            for (qsizetype i = 0; i < entries->size(); ++i) {
                const EntryOrigin origin {m_config.name, shown, u"jobs[%1]"_s.arg(i)};
                if (!isObject(entries->at(i), origin))
                    continue;
                if (std::optional<PipelineJob> job
                    = readJob(entries->at(i).toObject(), run.run.externalId, origin,
                              m_result.diagnostics))
                    jobs.append(*job);
            }
            const std::optional<QUrl> next = nextPage(*response);
            if (!next)
                return false;
            url = *next;
        }
        return true;
    }

    bool syncDeployments(Repository &repository)
    {
        const RepositoryCursor *previous = repository.previous;
        const std::optional<HttpResponse> response
            = get(apiUrl(m_settings, u"/repos/%1/deployments?per_page=100"_s.arg(repository.name)),
                  previous != nullptr, true);
        if (!response)
            return false;

        QList<CursorDeployment> entries;
        QList<qsizetype> needStatuses;
        if (response->notModified()) {
            entries = previous->deployments;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (entries.at(i).inFlight())
                    needStatuses.append(i);
            }
        } else {
            QHash<QString, const CursorDeployment *> before;
            if (previous) {
                for (const CursorDeployment &d : previous->deployments)
                    before.insert(d.id, &d);
            }
            const std::optional<QJsonArray> deployments = list(*response, {});
            if (!deployments)
                return false;
            const QString shown = HttpClient::displayUrl(response->url);
            for (qsizetype i = 0; i < deployments->size(); ++i) {
                const EntryOrigin origin {m_config.name, shown, u"deployments[%1]"_s.arg(i)};
                if (!isObject(deployments->at(i), origin))
                    continue;
                const std::optional<DeploymentEntry> d
                    = readDeployment(deployments->at(i).toObject(), origin, m_result.diagnostics);
                if (!d)
                    continue;
                const CursorDeployment *old = before.value(d->id);
                CursorDeployment entry = old ? *old : CursorDeployment {};
                entry.id = d->id;
                entry.updatedAt = d->updatedAt;
                entry.environment = d->environment;
                entry.commitSha = d->commitSha;
                entry.ref = d->ref;
                entry.createdAt = d->createdAt;
                if (!old)
                    entry.statusesPending = true;
                if (!old || old->updatedAt != d->updatedAt || entry.inFlight())
                    needStatuses.append(entries.size());
                entries.append(entry);
            }
        }

        const QString service
            = needStatuses.isEmpty() ? QString() : serviceOfRepositoryRows(repository);
        int statusRequests = service.isEmpty() ? 0 : DetailRequestsPerRepository;
        for (qsizetype i : std::as_const(needStatuses)) {
            CursorDeployment &entry = entries[i];
            if (service.isEmpty()) {
                // Not asked for: nobody can see it until the repository gets a service.
                entry.statusesPending = false;
                entry.state = DeploymentStatus::Unknown;
                continue;
            }
            if (statusRequests == 0)
                break; // the next sync takes up the rest, newest first
            --statusRequests;
            if (!syncDeploymentStatuses(repository, entry, service))
                return false;
        }
        repository.next.deployments = entries;
        return true;
    }

    bool syncDeploymentStatuses(Repository &repository, CursorDeployment &entry,
                                const QString &service)
    {
        const QUrl url = apiUrl(
            m_settings,
            u"/repos/%1/deployments/%2/statuses?per_page=100"_s.arg(repository.name, entry.id));
        const std::optional<HttpResponse> response
            = get(url, repository.previous && !entry.statusesPending, true);
        if (!response)
            return false;
        if (response->notModified())
            return true; // as written before
        const std::optional<QJsonArray> statuses = list(*response, {});
        if (!statuses)
            return false;
        const QString shown = HttpClient::displayUrl(response->url);
        std::optional<DeploymentStatusEntry> latest;
        std::optional<DeploymentStatusEntry> latestSuccess;
        for (qsizetype i = 0; i < statuses->size(); ++i) {
            const EntryOrigin origin {m_config.name, shown,
                                      u"deployments/%1/statuses[%2]"_s.arg(entry.id).arg(i)};
            if (!isObject(statuses->at(i), origin))
                continue;
            const std::optional<DeploymentStatusEntry> s
                = readDeploymentStatus(statuses->at(i).toObject(), origin, m_result.diagnostics);
            if (!s)
                continue;
            // Newest first as GitHub sends them; the ids grow, so they decide when it does not.
            if (!latest || s->id > latest->id)
                latest = s;
            if (s->state == DeploymentStatus::Succeeded
                && (!latestSuccess || s->id > latestSuccess->id))
                latestSuccess = s;
        }
        entry.state = latest ? latest->state : DeploymentStatus::Unknown;
        entry.statusesPending = false;

        Deployment d;
        d.externalId = entry.id;
        d.service = service;
        d.version = entry.ref;
        d.environment = entry.environment;
        d.commitSha = entry.commitSha;
        // When it went live; one never live was asked for at its creation.
        d.deployedAt = latestSuccess ? latestSuccess->createdAt : entry.createdAt;
        d.status = entry.state;
        d.url = latest ? latest->url : QString();
        if (d.url.isEmpty() && latestSuccess)
            d.url = latestSuccess->url;
        m_result.batch.deployments.append(d);
        repository.wroteToRepositoryService = true;
        return true;
    }

    bool syncEnvironments(Repository &repository)
    {
        const std::optional<HttpResponse> response
            = get(apiUrl(m_settings, u"/repos/%1/environments?per_page=100"_s.arg(repository.name)),
                  repository.previous != nullptr, true);
        if (!response)
            return false;
        if (response->notModified())
            return true;
        const std::optional<QJsonArray> environments = list(*response, "environments"_L1);
        if (!environments)
            return false;
        if (environments->isEmpty())
            return true;
        const QString service = serviceOfRepositoryRows(repository);
        if (service.isEmpty())
            return true;
        const QString shown = HttpClient::displayUrl(response->url);
        for (qsizetype i = 0; i < environments->size(); ++i) {
            const EntryOrigin origin {m_config.name, shown, u"environments[%1]"_s.arg(i)};
            if (!isObject(environments->at(i), origin))
                continue;
            if (std::optional<DeployEnvironment> e
                = readEnvironment(environments->at(i).toObject(), origin, m_result.diagnostics)) {
                e->service = service;
                m_result.batch.environments.append(*e);
                repository.wroteToRepositoryService = true;
            }
        }
        return true;
    }

    // Issues labelled "incident", updated since the newest one read before. The since time stays
    // the same while nothing changes, so the request can be answered 304 like the other lists.
    bool syncIncidents(Repository &repository)
    {
        if (!m_settings.incidents)
            return true;
        const RepositoryCursor *previous = repository.previous;
        QString since = previous ? previous->incidentsSince : QString();
        if (since.isEmpty()) {
            const EpochMs now
                = m_context.now != NoTime ? m_context.now : QDateTime::currentMSecsSinceEpoch();
            since = QDateTime::fromMSecsSinceEpoch(now - IncidentLookbackMs, Qt::UTC)
                        .toString(Qt::ISODate);
        }
        RepositoryCursor &next = repository.next;
        next.incidentsSince = since;
        // Without a label: the repository's service, unless a monorepo's repository has none.
        const RepositoryService &mapped = repository.service;
        const bool repositoryHasService
            = !next.monorepo || (mapped.isExplicit() && mapped.alsoInRepository.isEmpty());
        QUrl url = apiUrl(m_settings,
                          u"/repos/%1/issues?labels=incident&state=all&since=%2&per_page=100"_s.arg(
                              repository.name, since));
        for (bool firstPage = true; !url.isEmpty(); firstPage = false) {
            // Later pages change with the first: only the first is asked for conditionally.
            const std::optional<HttpResponse> response
                = get(url, firstPage && previous != nullptr, firstPage);
            if (!response)
                return false;
            if (response->notModified())
                return true;
            const std::optional<QJsonArray> issues = list(*response, {});
            if (!issues)
                return false;
            const QString shown = HttpClient::displayUrl(response->url);
            for (qsizetype i = 0; i < issues->size(); ++i) {
                const EntryOrigin origin {m_config.name, shown, u"issues[%1]"_s.arg(i)};
                if (!isObject(issues->at(i), origin))
                    continue;
                std::optional<IssueEntry> issue
                    = readIssue(issues->at(i).toObject(), origin, m_result.diagnostics);
                if (!issue || issue->pullRequest)
                    continue;
                QString labelledService;
                bool labelled = false;
                for (const QString &label : std::as_const(issue->labels)) {
                    labelled = labelled || label.compare(u"incident"_s, Qt::CaseInsensitive) == 0;
                    if (label.startsWith(u"service:"_s, Qt::CaseInsensitive))
                        labelledService = label.mid(8).trimmed();
                }
                if (!labelled)
                    continue; // a server that ignored the label filter
                Incident &incident = issue->incident;
                incident.externalId = repository.name + u'#' + incident.externalId;
                if (!labelledService.isEmpty()) {
                    incident.service = labelledService;
                } else if (repositoryHasService) {
                    incident.service = mapped.service;
                    repository.wroteToRepositoryService = true;
                }
                m_result.batch.incidents.append(incident);
                if (issue->updatedAt > next.incidentsSince)
                    next.incidentsSince = issue->updatedAt;
            }
            if (issues->isEmpty())
                break;
            const std::optional<QUrl> nextUrl = nextPage(*response);
            if (!nextUrl)
                return false;
            url = *nextUrl;
        }
        return true;
    }

    void warnAboutGuesses(const Repository &repository)
    {
        const RepositoryService &s = repository.service;
        if (repository.rowsUnassigned) {
            warn(u"services"_s,
                 GitHubTr::tr("%1: its runs are assigned by workflow, but its deployments and "
                              "environments belong to no single service and were skipped; map "
                              "the repository with services: { %1: NAME } to see them")
                     .arg(repository.name));
        }
        if (!repository.wroteToRepositoryService)
            return;
        if (s.rule == RepositoryService::Rule::Fallback) {
            warn(u"services"_s,
                 GitHubTr::tr("%1: no catalog service has this repository or its name; its runs "
                              "go to a new service \"%2\". Set the repository of a catalog "
                              "service, or map it with services: { %1: NAME }")
                     .arg(repository.name, s.service));
        } else if (!s.alsoInRepository.isEmpty()) {
            warn(u"services"_s,
                 GitHubTr::tr("%1 is the repository of several catalog services (%2); its runs "
                              "go to %3. Assign its workflows with the workflows setting")
                     .arg(repository.name,
                          (QStringList {s.service} + s.alsoInRepository).join(u", "_s), s.service));
        }
    }

    const SourceConfig &m_config;
    const Settings &m_settings;
    const ServiceMap &m_map;
    HttpClient &m_client;
    const FetchContext &m_context;
    FetchResult &m_result;
    QSet<QString> m_listUrls;
};

QString rateLimitText(const ConnectionCheck &check)
{
    if (check.rateLimitRemaining < 0)
        return GitHubTr::tr("the server reports no rate limit");
    return GitHubTr::tr("%1 of %2 API requests left in this hour")
        .arg(QString::number(check.rateLimitRemaining), QString::number(check.rateLimitTotal));
}

} // namespace

SourceDescription GitHubSource::staticDescription()
{
    using Type = SettingDescription::Type;
    SourceDescription d;
    d.kind = u"github"_s;
    d.displayName = GitHubTr::tr("GitHub Actions");
    d.network = true;
    d.acceptsToken = true;
    d.tokenEnvironment = {u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s};
    d.settings = {
        {u"baseUrl"_s, Type::Url, false, u"https://api.github.com"_s,
         GitHubTr::tr("The GitHub API address; for GitHub Enterprise Server https://HOST/api/v3")},
        {u"repositories"_s,
         Type::StringList,
         true,
         {},
         GitHubTr::tr("The repositories to read, as owner/repo")},
        {u"services"_s,
         Type::Map,
         false,
         {},
         GitHubTr::tr("owner/repo to service name. Without an entry a repository belongs to the "
                      "catalog service whose repository is that repository, else to the catalog "
                      "service named like the repository, else to a new service named like the "
                      "repository (with a warning)")},
        {u"workflows"_s,
         Type::Map,
         false,
         {},
         GitHubTr::tr("For monorepos: workflow name or workflow file path "
                      "(.github/workflows/cart.yml) to service name. Once a repository's runs "
                      "match an entry, its runs that match none are skipped with a warning")},
        {u"maxRuns"_s, Type::Int, false, DefaultMaxRuns,
         GitHubTr::tr("How many of the most recent runs of each repository to keep up to date")},
        {u"incidents"_s, Type::Bool, false, false,
         GitHubTr::tr("Also read issues labelled incident as incidents (the Four Keys "
                      "convention): a label service:NAME or the repository's service names the "
                      "service, and \"root cause: SHA\" in the body the commit. The token needs "
                      "read access to issues")},
        {u"caBundle"_s,
         Type::Path,
         false,
         {},
         GitHubTr::tr("A PEM file of certificate authorities to trust in addition to the "
                      "system's, for a GitHub Enterprise Server with its own CA")},
    };
    return d;
}

FetchResult GitHubSource::fetch(const SourceConfig &config, const Workspace &workspace,
                                const FetchContext &context)
{
    FetchResult result;
    QString error;
    const std::optional<Settings> settings
        = readSettings(config, &workspace, true, result.diagnostics, &error);
    if (!settings) {
        result.error = error;
        return result;
    }
    HttpClient client(endpointFor(*settings, config, context), context);
    if (!client.setupError().isEmpty()) {
        result.error = client.setupError();
        return result;
    }
    const ServiceMap map(settings->services, settings->workflows, workspace.services);
    const Cursor previous = Cursor::fromString(context.previousCursor);
    Cursor next;
    Fetcher fetcher(config, *settings, map, client, context, result);

    const int total = int(settings->repositories.size());
    bool ok = true;
    for (int i = 0; ok && i < total; ++i) {
        context.progress(i, total);
        const QString &name = settings->repositories.at(i);
        RepositoryCursor &after = next.repositories[name];
        after.fingerprint
            = map.fingerprint(name, {settings->base, QString::number(settings->maxRuns)});
        const auto before = previous.repositories.constFind(name);
        // Written under other settings or another catalog: start over, unconditionally, so that
        // every row is written again where it now belongs.
        const bool usable
            = before != previous.repositories.cend() && before->fingerprint == after.fingerprint;
        ok = fetcher.syncRepository(name, usable ? &*before : nullptr, after);
    }

    // Even a failed sync tells what it cost and what the server said about the limit.
    result.stats = client.stats();
    result.rateLimitRemaining = client.rateLimit().remaining;
    result.rateLimitResetAt = client.rateLimit().resetAt;
    if (!ok)
        return result;
    context.progress(total, total);
    const HttpValidators &validators = client.validators();
    for (auto it = validators.cbegin(); it != validators.cend(); ++it) {
        if (fetcher.listUrls().contains(it.key()))
            result.validators.insert(it.key(), it.value());
    }
    // A sync that stopped at an unchanged first page keeps what it knows of the pages after it.
    for (const RepositoryCursor &repository : std::as_const(next.repositories)) {
        for (const QString &page : repository.laterPages) {
            const auto kept = context.validators.constFind(page);
            if (!result.validators.contains(page) && kept != context.validators.cend())
                result.validators.insert(page, *kept);
        }
    }
    result.cursor = next.toString();
    result.unchanged = result.batch.isEmpty();
    return result;
}

ConnectionCheck GitHubSource::checkConnection(const SourceConfig &config,
                                              const FetchContext &context)
{
    ConnectionCheck check;
    Diagnostics ignored;
    QString error;
    const std::optional<Settings> settings = readSettings(config, nullptr, false, ignored, &error);
    if (!settings) {
        check.message = error;
        return check;
    }
    HttpClient client(endpointFor(*settings, config, context), context);
    if (!client.setupError().isEmpty()) {
        check.message = client.setupError();
        return check;
    }
    const QString where = HttpClient::displayUrl(settings->baseUrl);
    const auto refused = [&] {
        check.authenticated = false;
        check.message = context.tokenOrigin.isEmpty()
            ? GitHubTr::tr("GitHub at %1 was reached, but the token was refused (HTTP 401); "
                           "check the token")
                  .arg(where)
            : GitHubTr::tr("GitHub at %1 was reached, but the token was refused (HTTP 401); "
                           "check the token (%2)")
                  .arg(where, context.tokenOrigin);
        return check;
    };

    const HttpResponse limits = client.get(apiUrl(*settings, u"/rate_limit"_s), false);
    if (limits.status == 0) {
        check.message
            = GitHubTr::tr("GitHub at %1 could not be reached: %2").arg(where, limits.error);
        return check;
    }
    check.reached = true;
    if (limits.status == 401)
        return refused();
    if (limits.ok()) {
        QString jsonError;
        const QJsonObject root = HttpClient::json(limits, &jsonError).object();
        QJsonObject core = root.value("resources"_L1).toObject().value("core"_L1).toObject();
        if (core.isEmpty())
            core = root.value("rate"_L1).toObject();
        if (!jsonError.isEmpty() || core.isEmpty()) {
            check.message = GitHubTr::tr("%1 answered, but not like the GitHub API; check that "
                                         "baseUrl is the API address (https://api.github.com, or "
                                         "https://HOST/api/v3 for GitHub Enterprise Server)")
                                .arg(where);
            return check;
        }
        check.rateLimitTotal = core.value("limit"_L1).toInt(-1);
        check.rateLimitRemaining = core.value("remaining"_L1).toInt(-1);
    } else if (limits.status != 404) {
        // GitHub Enterprise Server answers 404 here when it has no rate limits; anything else
        // is a real problem.
        check.message = GitHubTr::tr("GitHub at %1 was reached, but: %2").arg(where, limits.error);
        return check;
    }

    if (context.token.isEmpty()) {
        check.message = GitHubTr::tr("Connected to GitHub at %1 without a token (%2); only public "
                                     "repositories can be read. Set GITHUB_TOKEN or GH_TOKEN, or "
                                     "name a token in the workspace.")
                            .arg(where, rateLimitText(check));
        return check;
    }
    const HttpResponse user = client.get(apiUrl(*settings, u"/user"_s), false);
    if (user.status == 401)
        return refused();
    if (user.ok()) {
        QString jsonError;
        check.identity = HttpClient::json(user, &jsonError).object().value("login"_L1).toString();
        check.authenticated = true;
        check.message = GitHubTr::tr("Connected to GitHub at %1 as %2 (%3).")
                            .arg(where, check.identity, rateLimitText(check));
    } else if (user.status == 403) {
        // App installation and Actions tokens work but may not ask who they are.
        check.authenticated = true;
        check.message = GitHubTr::tr("Connected to GitHub at %1 with a token that works but cannot "
                                     "say whose it is, such as an app's (%2).")
                            .arg(where, rateLimitText(check));
    } else {
        check.message = GitHubTr::tr("Connected to GitHub at %1, but asking whose the token is "
                                     "failed: %2")
                            .arg(where, user.error);
    }
    return check;
}

} // namespace Signalbox
