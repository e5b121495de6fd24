#include "gitlabsource.h"

#include "domain/workspace.h"
#include "gitlabapi.h"
#include "gitlabcursor.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcGitLab, "signalbox.sources.gitlab", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct GitLabTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::GitLabSource)
};

constexpr int PageSize = 100; // GitLab's largest page
// Details and jobs cost two requests per pipeline; a first sync of a busy project spreads them
// over several syncs instead of spending a rate-limit window at once.
constexpr int MaxDetailsPerProjectAndSync = 30;
constexpr int MaxJobPages = 10;
constexpr int MaxEnvironmentPages = 10;
constexpr int MaxPipelinesLimit = 10'000;

struct Settings
{
    QUrl baseUrl; // without /api/v4
    QString apiRoot; // <baseUrl>/api/v4, encoded
    QStringList projects;
    QVariantMap services;
    bool bearer = false;
    int maxPipelines = 100;
    QString caBundle;
    QString error; // a configuration problem: nothing is requested
};

Settings readSettings(const SourceConfig &config, bool needProjects)
{
    Settings s;
    const QVariantMap &values = config.settings;
    QString base = values.value(u"baseUrl"_s, u"https://gitlab.com"_s).toString().trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    // People paste the API address they see in GitLab's docs.
    if (base.endsWith(u"/api/v4"_s))
        base.chop(7);
    s.baseUrl = QUrl(base, QUrl::StrictMode);
    if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty()
        || (s.baseUrl.scheme() != u"https" && s.baseUrl.scheme() != u"http")) {
        s.error = GitLabTr::tr("baseUrl \"%1\" is not an http or https address such as "
                               "https://gitlab.example.com")
                      .arg(base);
        return s;
    }
    s.apiRoot = s.baseUrl.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash) + u"/api/v4"_s;

    const QString tokenType = values.value(u"tokenType"_s, u"private"_s).toString().trimmed();
    if (tokenType.compare(u"private"_s, Qt::CaseInsensitive) == 0) {
        s.bearer = false;
    } else if (tokenType.compare(u"bearer"_s, Qt::CaseInsensitive) == 0) {
        s.bearer = true;
    } else {
        s.error = GitLabTr::tr("tokenType \"%1\" is not known; use private (sent as "
                               "PRIVATE-TOKEN) or bearer (sent as Authorization: Bearer)")
                      .arg(tokenType);
        return s;
    }

    bool ok = true;
    s.maxPipelines = values.value(u"maxPipelines"_s, 100).toInt(&ok);
    if (!ok || s.maxPipelines < 1 || s.maxPipelines > MaxPipelinesLimit) {
        s.error = GitLabTr::tr("maxPipelines must be a whole number from 1 to %1")
                      .arg(QLocale().toString(MaxPipelinesLimit));
        return s;
    }
    s.services = values.value(u"services"_s).toMap();
    s.caBundle = values.value(u"caBundle"_s).toString();

    for (QString project : values.value(u"projects"_s).toStringList()) {
        project = project.trimmed();
        while (project.startsWith(u'/'))
            project.remove(0, 1);
        while (project.endsWith(u'/'))
            project.chop(1);
        if (!project.isEmpty() && !s.projects.contains(project))
            s.projects.append(project);
    }
    if (needProjects && s.projects.isEmpty()) {
        s.error = GitLabTr::tr("projects names no project; list paths such as group/app or "
                               "numeric project ids");
    }
    return s;
}

HttpEndpoint endpointFor(const Settings &settings, const QString &token, const QString &name)
{
    HttpEndpoint endpoint;
    endpoint.sourceName = name;
    using Header = std::pair<QByteArray, QByteArray>;
    endpoint.headers.append(Header("Accept", "application/json"));
    if (!token.isEmpty()) {
        if (settings.bearer)
            endpoint.headers.append(Header("Authorization", "Bearer " + token.toUtf8()));
        else
            endpoint.headers.append(Header("PRIVATE-TOKEN", token.toUtf8()));
    }
    return endpoint;
}

bool isNumericId(const QString &project)
{
    bool ok = false;
    return project.toLongLong(&ok) > 0 && ok;
}

// git@host:group/app.git, https://host/group/app(.git)(/) or group/app
bool repositoryMatches(QString repository, const QString &path)
{
    repository = repository.trimmed();
    while (repository.endsWith(u'/'))
        repository.chop(1);
    if (repository.endsWith(u".git"_s))
        repository.chop(4);
    if (path.isEmpty() || !repository.endsWith(path, Qt::CaseInsensitive))
        return false;
    if (repository.size() == path.size())
        return true;
    const QChar before = repository.at(repository.size() - path.size() - 1);
    return before == u'/' || before == u':';
}

struct ServiceChoice
{
    QString name;
    bool guessed = false; // not in the catalog: named after the project
};

ServiceChoice chooseService(const QString &configured, const QString &path,
                            const Settings &settings, const Workspace &workspace)
{
    for (auto it = settings.services.cbegin(); it != settings.services.cend(); ++it) {
        const QString service = it.value().toString().trimmed();
        if (service.isEmpty())
            continue;
        if (it.key() == configured
            || (!path.isEmpty() && it.key().compare(path, Qt::CaseInsensitive) == 0))
            return {service, false};
    }
    if (!path.isEmpty()) {
        for (const Service &s : workspace.services) {
            if (repositoryMatches(s.repository, path))
                return {s.name, false};
        }
    }
    const QString lastSegment = (path.isEmpty() ? configured : path).section(u'/', -1);
    for (const Service &s : workspace.services) {
        if (s.name.compare(lastSegment, Qt::CaseInsensitive) == 0)
            return {s.name, false};
    }
    return {lastSegment, true};
}

// One sync of all projects. Each method returns false once the sync failed as a whole (its
// error is then in the result); problems with single entries are diagnostics.
class GitLabFetch
{
public:
    GitLabFetch(const Settings &settings, const SourceConfig &config, const Workspace &workspace,
                const FetchContext &context, HttpClient &client, FetchResult &result)
        : m_settings(settings)
        , m_config(config)
        , m_workspace(workspace)
        , m_context(context)
        , m_client(client)
        , m_result(result)
        , m_previous(GitLabCursor::fromString(context.previousCursor))
        , m_plannedPages(settings.projects.size(), 1)
    { }

    bool run()
    {
        reportProgress();
        for (qsizetype i = 0; i < m_settings.projects.size(); ++i) {
            if (!syncProject(i))
                return false;
            ++m_done; // the project's details, deployments and environments
            reportProgress();
        }
        m_result.cursor = m_next.toString();
        const IngestBatch &batch = m_result.batch;
        m_result.unchanged = batch.runs.isEmpty() && batch.jobs.isEmpty()
            && batch.deployments.isEmpty() && batch.environments.isEmpty();
        return true;
    }

private:
    struct Project
    {
        QString configured; // as the workspace names it
        QString path; // group/sub/app; empty for an id whose path is not known yet
        QString apiUrl; // <api>/projects/<id or encoded path>
        QString service;
        bool known = false; // the cursor describes this project as it is now configured
        GitLabCursor::Project previous;
        GitLabCursor::Project next;
    };

    // A pipeline as the list showed it; from a page answered 304 only its id is at hand.
    struct Listed
    {
        qint64 id = 0;
        std::optional<GitLab::GitLabPipeline> pipeline;
    };

    struct Pages
    {
        bool notModified = false; // every page answered 304
        QList<QJsonArray> arrays;
        QList<QString> urls;
    };

    QString fingerprint(const QString &service) const
    {
        return service + u'|' + m_settings.apiRoot;
    }

    void reportProgress()
    {
        int total = int(m_settings.projects.size()); // one step per project after its pages
        for (const int pages : m_plannedPages)
            total += pages;
        m_context.progress(m_done, total);
    }

    bool fail(const QString &error, EpochMs retryNotBefore = NoTime)
    {
        m_result.error = error;
        m_result.retryNotBefore = retryNotBefore;
        return false;
    }

    std::optional<HttpResponse> get(const QString &url, bool conditional)
    {
        if (m_context.isCancelled()) {
            fail(GitLabTr::tr("cancelled"));
            return std::nullopt;
        }
        HttpResponse response = m_client.get(QUrl(url), conditional);
        if (response.notModified() || response.ok())
            return response;
        QString error = response.error;
        if (error.isEmpty()) {
            error
                = GitLabTr::tr("%1 answered HTTP %2")
                      .arg(HttpClient::displayUrl(response.url), QString::number(response.status));
        }
        fail(error, response.retryNotBefore);
        return std::nullopt;
    }

    std::optional<QJsonDocument> parse(const HttpResponse &response, bool wantArray)
    {
        QString error;
        const QJsonDocument document = HttpClient::json(response, &error);
        if (!error.isEmpty()) {
            fail(error);
            return std::nullopt;
        }
        if (wantArray ? !document.isArray() : !document.isObject()) {
            fail(
                GitLabTr::tr("the answer from %1 is not shaped like GitLab's API v4 (expected %2); "
                             "check that baseUrl is the address of a GitLab instance")
                    .arg(HttpClient::displayUrl(response.url),
                         wantArray ? GitLabTr::tr("a list") : GitLabTr::tr("an object")));
            return std::nullopt;
        }
        return document;
    }

    // The URL of the page after this one, from x-next-page (empty on the last page), else from
    // Link rel="next"; nullopt when the answer has neither header (a 304 may come without).
    // Page URLs are built from the first one so that they stay the same between syncs and
    // their validators apply.
    static std::optional<QString> nextPageFromHeaders(const HttpResponse &response,
                                                      const QString &firstUrl)
    {
        const auto header = [&](QByteArrayView name) -> std::optional<QByteArray> {
            for (const auto &[key, value] : response.headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value.trimmed();
            }
            return std::nullopt;
        };
        if (const std::optional<QByteArray> next = header("X-Next-Page")) {
            bool ok = false;
            const int page = next->toInt(&ok);
            return ok && page > 1 ? firstUrl + u"&page="_s + QString::number(page) : QString();
        }
        if (!header("Link"))
            return std::nullopt;
        const QUrl link = HttpClient::nextLink(response);
        return link.isEmpty() ? QString() : link.toString(QUrl::FullyEncoded);
    }

    static QString nextPageUrl(const HttpResponse &response, const QString &firstUrl)
    {
        return nextPageFromHeaders(response, firstUrl).value_or(QString());
    }

    static int totalPages(const HttpResponse &response)
    {
        bool ok = false;
        const int total = response.header("X-Total-Pages").trimmed().toInt(&ok);
        return ok ? total : -1;
    }

    // Every page of a list. When any page changed, pages answered 304 are fetched again without
    // validators: the caller needs the whole list.
    std::optional<Pages> allPages(const QString &firstUrl, bool conditional, int maxPages)
    {
        QList<HttpResponse> responses;
        QString url = firstUrl;
        while (!url.isEmpty() && responses.size() < maxPages) {
            std::optional<HttpResponse> response = get(url, conditional);
            if (!response)
                return std::nullopt;
            const QString next = nextPageUrl(*response, firstUrl);
            responses.append(std::move(*response));
            url = next == url ? QString() : next;
        }
        Pages pages;
        pages.notModified = std::all_of(responses.cbegin(), responses.cend(),
                                        [](const HttpResponse &r) { return r.notModified(); });
        if (pages.notModified)
            return pages;
        for (HttpResponse &response : responses) {
            if (response.notModified()) {
                std::optional<HttpResponse> again = get(response.url.toString(), false);
                if (!again)
                    return std::nullopt;
                response = std::move(*again);
            }
            const std::optional<QJsonDocument> document = parse(response, true);
            if (!document)
                return std::nullopt;
            pages.arrays.append(document->array());
            pages.urls.append(HttpClient::displayUrl(response.url));
        }
        return pages;
    }

    bool syncProject(qsizetype index)
    {
        Project project;
        project.configured = m_settings.projects.at(index);
        const bool numeric = isNumericId(project.configured);
        const auto previous = m_previous.projects.constFind(project.configured);
        const bool hasPrevious = previous != m_previous.projects.cend();
        project.path
            = numeric ? (hasPrevious ? previous->learnedPath : QString()) : project.configured;
        // GitLab takes a path as one URL-encoded segment: group%2Fsub%2Fapp.
        project.apiUrl = m_settings.apiRoot + u"/projects/"_s
            + QString::fromLatin1(QUrl::toPercentEncoding(project.configured));
        ServiceChoice service
            = chooseService(project.configured, project.path, m_settings, m_workspace);
        project.known = hasPrevious && previous->fingerprint == fingerprint(service.name);
        if (project.known)
            project.previous = *previous;

        QList<Listed> listed;
        if (!readPipelineList(index, project, listed))
            return false;
        if (numeric) {
            // A project given by id is known by the path in its web URLs (which also follows
            // a move to another group).
            for (const Listed &entry : std::as_const(listed)) {
                const QString path = entry.pipeline ? GitLab::projectPathFromWebUrl(
                                         entry.pipeline->webUrl, m_settings.baseUrl.path())
                                                    : QString();
                if (path.isEmpty() || path == project.path)
                    continue;
                project.path = path;
                const ServiceChoice learned
                    = chooseService(project.configured, project.path, m_settings, m_workspace);
                if (learned.name != service.name) {
                    // What is stored went to another service: everything is read and written
                    // again.
                    project.known = false;
                    project.previous = {};
                }
                service = learned;
                break;
            }
            project.next.learnedPath = project.path;
        }
        project.service = service.name;
        project.next.fingerprint = fingerprint(service.name);
        if (service.guessed) {
            m_result.diagnostics.append(
                {Diagnostic::Severity::Warning, m_config.name, m_config.line, 0, u"services"_s,
                 GitLabTr::tr("project %1 matches no service of the catalog (by repository or "
                              "name); its data goes to a service named \"%2\"; map it under "
                              "services to choose one")
                     .arg(project.configured, service.name)});
        }

        if (!readPipelineDetails(project, listed))
            return false;
        if (!readDeployments(project))
            return false;
        if (!readEnvironments(project))
            return false;
        m_next.projects.insert(project.configured, project.next);
        return true;
    }

    // Walks the pipeline list newest first until maxPipelines, the last page, or a page whose
    // every pipeline the cursor knows as unchanged and settled.
    bool readPipelineList(qsizetype index, Project &project, QList<Listed> &listed)
    {
        const QString firstUrl = project.apiUrl + u"/pipelines?per_page="_s
            + QString::number(PageSize) + u"&order_by=id&sort=desc"_s;
        // Every page read on adds a pipeline or ends the walk; this bound only guards against
        // a server that pages on without end.
        const int maxPages = m_settings.maxPipelines;
        m_plannedPages[index] = 1;
        const GitLabCursor::Project &previous = project.previous;
        const auto settled = [&](qint64 id, const QString *updatedAt) {
            const auto it = previous.pipelines.constFind(id);
            return it != previous.pipelines.cend() && it->detail == GitLabCursor::Detail::Settled
                && (!updatedAt || it->updatedAt == *updatedAt);
        };

        QString url = firstUrl;
        for (int page = 1; !url.isEmpty() && page <= maxPages; ++page) {
            const GitLabCursor::Page *remembered = project.known && page <= previous.pages.size()
                ? &previous.pages.at(page - 1)
                : nullptr;
            std::optional<HttpResponse> response = get(url, remembered != nullptr);
            if (!response)
                return false;
            if (response->notModified()) {
                // Only what the cursor wrote about this page tells what is on it; should it not
                // know every pipeline there, the page is read again in full.
                const bool complete = remembered
                    && std::all_of(remembered->pipelineIds.cbegin(), remembered->pipelineIds.cend(),
                                   [&](qint64 id) { return previous.pipelines.contains(id); });
                if (!complete) {
                    response = get(url, false);
                    if (!response)
                        return false;
                }
            }
            if (const int total = totalPages(*response); total > 0)
                m_plannedPages[index] = std::clamp(total, 1, maxPages);

            GitLabCursor::Page record;
            bool pageSettled = true;
            if (response->notModified()) {
                record = *remembered;
                for (const qint64 id : std::as_const(record.pipelineIds)) {
                    if (listed.size() >= m_settings.maxPipelines)
                        break;
                    listed.append({id, std::nullopt});
                    pageSettled = pageSettled && settled(id, nullptr);
                }
                pageSettled = pageSettled && !record.hadBrokenEntries;
                record.next = nextPageFromHeaders(*response, firstUrl).value_or(record.next);
            } else {
                const std::optional<QJsonDocument> document = parse(*response, true);
                if (!document)
                    return false;
                const QJsonArray array = document->array();
                const QString shownUrl = HttpClient::displayUrl(response->url);
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (listed.size() >= m_settings.maxPipelines)
                        break;
                    GitLab::ApiEntry entry(array.at(i), u"pipelines["_s + QString::number(i) + u']',
                                           shownUrl, m_config.name,
                                           GitLabTr::tr("this pipeline was skipped"),
                                           m_result.diagnostics);
                    std::optional<GitLab::GitLabPipeline> pipeline = GitLab::readPipeline(entry);
                    if (!pipeline) {
                        record.hadBrokenEntries = true;
                        pageSettled = false;
                        continue;
                    }
                    pageSettled = pageSettled && settled(pipeline->id, &pipeline->updatedAt);
                    record.pipelineIds.append(pipeline->id);
                    listed.append({pipeline->id, std::move(pipeline)});
                }
                record.next = nextPageUrl(*response, firstUrl);
            }
            project.next.pages.append(record);
            ++m_done;
            reportProgress();
            if (pageSettled || listed.size() >= m_settings.maxPipelines)
                break;
            url = record.next == url ? QString() : record.next;
        }
        // The walk may stop before the last page: the total shrinks to what was read.
        m_plannedPages[index] = int(project.next.pages.size());
        return true;
    }

    bool readPipelineDetails(Project &project, const QList<Listed> &listed)
    {
        const GitLabCursor::Project &previous = project.previous;
        int fetched = 0;
        qint64 oldestListed = std::numeric_limits<qint64>::max();
        for (const Listed &entry : listed) {
            oldestListed = std::min(oldestListed, entry.id);
            const auto old = previous.pipelines.constFind(entry.id);
            const bool isNew = old == previous.pipelines.cend();
            GitLabCursor::Pipeline state = isNew ? GitLabCursor::Pipeline {} : *old;
            const bool changed
                = entry.pipeline && (isNew || old->updatedAt != entry.pipeline->updatedAt);
            if (entry.pipeline)
                state.updatedAt = entry.pipeline->updatedAt;
            const bool wanted = changed || state.detail != GitLabCursor::Detail::Settled;
            if (wanted && fetched < MaxDetailsPerProjectAndSync) {
                ++fetched;
                // Validators only for details that were stored: a 304 must never stand for
                // rows that are not in the cache.
                const bool conditional = !isNew && old->detail != GitLabCursor::Detail::Pending;
                if (!readOnePipeline(project, entry, conditional, state))
                    return false;
            } else if (changed) {
                // Over this sync's budget: what the list says now, the details next time.
                PipelineRun run = entry.pipeline->run;
                run.service = project.service;
                run.attempt = state.attempt;
                m_result.batch.runs.append(run);
                // On a project's first fill the finished pipelines past the budget are history:
                // stored from the list, never worth a request each, so the next refresh costs
                // nothing. New pipelines later catch up over the next syncs.
                const bool finished = run.status == RunStatus::Succeeded
                    || run.status == RunStatus::Failed || run.status == RunStatus::Cancelled
                    || run.status == RunStatus::Skipped;
                state.detail = previous.pipelines.isEmpty() && finished
                    ? GitLabCursor::Detail::Settled
                    : GitLabCursor::Detail::Pending;
            }
            project.next.pipelines.insert(entry.id, state);
        }
        // Older pipelines than the walk reached stay as they were; those missing inside the
        // walked range were deleted. Only the newest maxPipelines are remembered.
        for (auto it = previous.pipelines.cbegin(); it != previous.pipelines.cend(); ++it) {
            if (it.key() < oldestListed && !listed.isEmpty())
                project.next.pipelines.insert(it.key(), it.value());
        }
        while (project.next.pipelines.size() > m_settings.maxPipelines)
            project.next.pipelines.erase(project.next.pipelines.begin());
        return true;
    }

    std::optional<GitLab::GitLabPipeline> readPipelineObject(const HttpResponse &response,
                                                             qint64 id)
    {
        const std::optional<QJsonDocument> document = parse(response, false);
        if (!document)
            return std::nullopt;
        GitLab::ApiEntry entry(document->object(), u"pipelines/"_s + QString::number(id),
                               HttpClient::displayUrl(response.url), m_config.name,
                               GitLabTr::tr("this pipeline was skipped"), m_result.diagnostics);
        return GitLab::readPipeline(entry);
    }

    bool readOnePipeline(Project &project, const Listed &entry, bool conditional,
                         GitLabCursor::Pipeline &state)
    {
        const QString pipelineUrl = project.apiUrl + u"/pipelines/"_s + QString::number(entry.id);
        const QString jobsUrl = pipelineUrl + u"/jobs?per_page="_s + QString::number(PageSize)
            + u"&include_retried=true"_s;
        std::optional<HttpResponse> details = get(pipelineUrl, conditional);
        if (!details)
            return false;
        std::optional<GitLab::GitLabPipeline> pipeline;
        if (!details->notModified()) {
            pipeline = readPipelineObject(*details, entry.id);
            if (!m_result.error.isEmpty())
                return false;
            if (!pipeline) {
                // Skipped, with its jobs (they need their run); asked again without validators
                // next time.
                state.detail = GitLabCursor::Detail::Pending;
                return true;
            }
        }
        std::optional<Pages> jobPages = allPages(jobsUrl, conditional, MaxJobPages);
        if (!jobPages)
            return false;

        QList<PipelineJob> jobs;
        if (!jobPages->notModified) {
            QString pipelineStatus = pipeline ? pipeline->status
                : entry.pipeline              ? entry.pipeline->status
                                              : QString();
            // Retried attempts come under the same name with older ids: keep the newest.
            QHash<QString, std::pair<GitLab::GitLabJob, int>> byName; // newest, attempts
            QStringList order;
            int index = 0; // across pages
            for (qsizetype p = 0; p < jobPages->arrays.size(); ++p) {
                const QJsonArray &array = jobPages->arrays.at(p);
                for (qsizetype i = 0; i < array.size(); ++i) {
                    GitLab::ApiEntry jobEntry(array.at(i),
                                              u"pipelines/"_s + QString::number(entry.id)
                                                  + u"/jobs["_s + QString::number(index++) + u']',
                                              jobPages->urls.at(p), m_config.name,
                                              GitLabTr::tr("this job was skipped"),
                                              m_result.diagnostics);
                    std::optional<GitLab::GitLabJob> job = GitLab::readJob(jobEntry);
                    if (!job)
                        continue;
                    if (pipelineStatus.isEmpty())
                        pipelineStatus = job->pipelineStatus;
                    auto it = byName.find(job->job.name);
                    if (it == byName.end()) {
                        order.append(job->job.name);
                        byName.insert(job->job.name, {*job, 1});
                    } else {
                        ++it->second;
                        if (job->id > it->first.id)
                            it->first = *job;
                    }
                }
            }
            int attempt = 1;
            for (const QString &name : std::as_const(order)) {
                const auto &[job, attempts] = byName.value(name);
                attempt = std::max(attempt, attempts);
                PipelineJob stored = job.job;
                stored.runExternalId = QString::number(entry.id);
                if (job.statusWord == u"manual" && GitLab::isFinished(pipelineStatus))
                    stored.status = RunStatus::Skipped;
                jobs.append(stored);
            }
            if (!pipeline && attempt != state.attempt) {
                // The attempt is the run's: write the run again, which needs its details.
                std::optional<HttpResponse> again = get(pipelineUrl, false);
                if (!again)
                    return false;
                pipeline = readPipelineObject(*again, entry.id);
                if (!m_result.error.isEmpty())
                    return false;
                if (!pipeline) {
                    state.detail = GitLabCursor::Detail::Pending;
                    return true;
                }
            }
            state.attempt = attempt;
        }

        if (pipeline) {
            PipelineRun run = pipeline->run;
            run.service = project.service;
            run.attempt = state.attempt;
            m_result.batch.runs.append(run);
            const bool active
                = !GitLab::isFinished(pipeline->status) && !GitLab::isWaiting(pipeline->status);
            state.detail = active ? GitLabCursor::Detail::Open : GitLabCursor::Detail::Settled;
        }
        m_result.batch.jobs.append(jobs);
        return true;
    }

    bool readDeployments(Project &project)
    {
        const QString url = project.apiUrl + u"/deployments?per_page="_s + QString::number(PageSize)
            + u"&order_by=id&sort=desc"_s;
        std::optional<HttpResponse> response = get(url, project.known);
        if (!response)
            return false;
        if (response->notModified())
            return true;
        const std::optional<QJsonDocument> document = parse(*response, true);
        if (!document)
            return false;
        const QJsonArray array = document->array();
        const QString shownUrl = HttpClient::displayUrl(response->url);
        for (qsizetype i = 0; i < array.size(); ++i) {
            GitLab::ApiEntry entry(
                array.at(i), u"deployments["_s + QString::number(i) + u']', shownUrl, m_config.name,
                GitLabTr::tr("this deployment was skipped"), m_result.diagnostics);
            if (std::optional<Deployment> deployment = GitLab::readDeployment(entry)) {
                deployment->service = project.service;
                m_result.batch.deployments.append(*deployment);
            }
        }
        return true;
    }

    bool readEnvironments(Project &project)
    {
        const QString url
            = project.apiUrl + u"/environments?per_page="_s + QString::number(PageSize);
        std::optional<Pages> pages = allPages(url, project.known, MaxEnvironmentPages);
        if (!pages)
            return false;
        int index = 0; // across pages
        for (qsizetype p = 0; p < pages->arrays.size(); ++p) {
            const QJsonArray &array = pages->arrays.at(p);
            for (qsizetype i = 0; i < array.size(); ++i) {
                GitLab::ApiEntry entry(
                    array.at(i), u"environments["_s + QString::number(index++) + u']',
                    pages->urls.at(p), m_config.name, GitLabTr::tr("this environment was skipped"),
                    m_result.diagnostics);
                if (std::optional<DeployEnvironment> environment = GitLab::readEnvironment(entry)) {
                    environment->service = project.service;
                    m_result.batch.environments.append(*environment);
                }
            }
        }
        return true;
    }

    const Settings &m_settings;
    const SourceConfig &m_config;
    const Workspace &m_workspace;
    const FetchContext &m_context;
    HttpClient &m_client;
    FetchResult &m_result;
    const GitLabCursor m_previous;
    GitLabCursor m_next;
    QList<int> m_plannedPages; // per project: its pipeline list pages, as far as known
    int m_done = 0;
};

void copyClientState(const HttpClient &client, FetchResult &result)
{
    result.validators = client.validators();
    result.rateLimitRemaining = client.rateLimit().remaining;
    result.rateLimitResetAt = client.rateLimit().resetAt;
    result.stats = client.stats();
}

} // namespace

SourceDescription GitLabSource::staticDescription()
{
    using Type = SettingDescription::Type;
    SourceDescription d;
    d.kind = u"gitlab"_s;
    d.displayName = GitLabTr::tr("GitLab CI");
    d.network = true;
    d.acceptsToken = true;
    d.tokenEnvironment = {u"GITLAB_TOKEN"_s};
    d.settings = {
        {u"baseUrl"_s, Type::Url, false, u"https://gitlab.com"_s,
         GitLabTr::tr("Address of the GitLab instance, e.g. https://gitlab.com or, self-managed, "
                      "https://gitlab.example.com; requests go to <baseUrl>/api/v4/…")},
        {u"projects"_s,
         Type::StringList,
         true,
         {},
         GitLabTr::tr("Projects to read: full paths such as group/sub/project (sent URL-encoded, "
                      "group%2Fsub%2Fproject) or numeric project ids")},
        {u"services"_s,
         Type::Map,
         false,
         {},
         GitLabTr::tr("Project path or id to service name. Without an entry a project goes to "
                      "the catalog service whose repository ends with /<path> (or /<path>.git), "
                      "else to the catalog service named like the path's last segment, else to "
                      "a service of that name seen only in CI data (with a warning)")},
        {u"tokenType"_s, Type::String, false, u"private"_s,
         GitLabTr::tr("How the token is sent: private sends PRIVATE-TOKEN (personal, project and "
                      "group access tokens); bearer sends Authorization: Bearer (OAuth tokens, "
                      "CI job tokens)")},
        {u"maxPipelines"_s, Type::Int, false, 100,
         GitLabTr::tr("Newest pipelines read per project; details and jobs are fetched for at "
                      "most 30 new or changed pipelines per project and sync, the rest on the "
                      "following syncs")},
        {u"caBundle"_s,
         Type::Path,
         false,
         {},
         GitLabTr::tr("PEM file with the certificate authority of a self-managed instance, "
                      "trusted in addition to the system's; relative to the workspace file")},
    };
    return d;
}

FetchResult GitLabSource::fetch(const SourceConfig &config, const Workspace &workspace,
                                const FetchContext &context)
{
    FetchResult result;
    const Settings settings = readSettings(config, true);
    if (!settings.error.isEmpty()) {
        result.error = settings.error;
        return result;
    }
    HttpEndpoint endpoint = endpointFor(settings, context.token, config.name);
    if (!settings.caBundle.isEmpty())
        endpoint.caBundlePath = workspace.resolvePath(settings.caBundle);
    HttpClient client(endpoint, context);
    if (!client.setupError().isEmpty()) {
        result.error = client.setupError();
        return result;
    }
    GitLabFetch fetch(settings, config, workspace, context, client, result);
    if (!fetch.run()) {
        // Nothing of a failed sync is written: the batch goes, the server's wishes stay.
        result.batch = {};
        result.cursor.clear();
        result.unchanged = false;
    }
    copyClientState(client, result);
    qCDebug(lcGitLab).noquote() << config.name << result.stats.requests << "requests,"
                                << result.stats.notModified << "not modified";
    return result;
}

ConnectionCheck GitLabSource::checkConnection(const SourceConfig &config,
                                              const FetchContext &context)
{
    ConnectionCheck check;
    const Settings settings = readSettings(config, false);
    if (!settings.error.isEmpty()) {
        check.message = settings.error;
        return check;
    }
    HttpEndpoint endpoint = endpointFor(settings, context.token, config.name);
    endpoint.caBundlePath = settings.caBundle; // no workspace here: as given
    HttpClient client(endpoint, context);
    if (!client.setupError().isEmpty()) {
        check.message = client.setupError();
        return check;
    }
    const QString where = HttpClient::displayUrl(settings.baseUrl);
    const bool hasToken = !context.token.isEmpty();
    const auto rateLimitText = [&]() -> QString {
        const RateLimit limit = client.rateLimit();
        check.rateLimitRemaining = limit.remaining;
        check.rateLimitTotal = limit.limit;
        if (limit.remaining < 0)
            return {};
        if (limit.limit < 0)
            return GitLabTr::tr("; %1 requests are left in the current rate-limit window")
                .arg(QLocale().toString(limit.remaining));
        return GitLabTr::tr("; %1 of %2 requests are left in the current rate-limit window")
            .arg(QLocale().toString(limit.remaining), QLocale().toString(limit.limit));
    };

    const HttpResponse version = client.get(QUrl(settings.apiRoot + u"/version"_s), false);
    if (version.status == 0) {
        check.message = version.cancelled
            ? GitLabTr::tr("The check of GitLab at %1 was cancelled.").arg(where)
            : GitLabTr::tr("GitLab could not be reached: %1.").arg(version.error);
        return check;
    }
    check.reached = true;
    if (version.status == 401) {
        check.message = hasToken
            ? GitLabTr::tr("GitLab at %1 was reached, but the token was refused (HTTP 401); check "
                           "that it is valid, not expired, and that tokenType fits it%2.")
                  .arg(where, rateLimitText())
            : GitLabTr::tr("GitLab at %1 was reached; without a token only public projects can "
                           "be read (set GITLAB_TOKEN or name a token in the workspace)%2.")
                  .arg(where, rateLimitText());
        return check;
    }
    if (!version.ok()) {
        check.message = GitLabTr::tr("GitLab at %1 was reached, but: %2%3.")
                            .arg(where, version.error, rateLimitText());
        return check;
    }
    const QJsonObject answer = QJsonDocument::fromJson(version.body).object();
    const QString versionText = answer.value("version"_L1).toString();
    if (versionText.isEmpty()) {
        check.message = GitLabTr::tr("%1 answered, but not as GitLab's API does; check that "
                                     "baseUrl is the address of a GitLab instance.")
                            .arg(where);
        return check;
    }
    if (!hasToken) {
        check.message = GitLabTr::tr("GitLab %1 at %2 was reached; no token is set, so only "
                                     "public projects can be read%3.")
                            .arg(versionText, where, rateLimitText());
        return check;
    }
    check.authenticated = true;
    const HttpResponse user = client.get(QUrl(settings.apiRoot + u"/user"_s), false);
    if (user.status == 401) {
        check.authenticated = false;
        check.message = GitLabTr::tr("GitLab %1 at %2 was reached, but the token was refused "
                                     "(HTTP 401)%3.")
                            .arg(versionText, where, rateLimitText());
        return check;
    }
    check.identity = QJsonDocument::fromJson(user.body).object().value("username"_L1).toString();
    if (!user.ok() || check.identity.isEmpty()) {
        // Job tokens and tokens without read_user are accepted for the API but cannot say whose
        // they are.
        check.message = GitLabTr::tr("Connected to GitLab %1 at %2; the token works, but does "
                                     "not say whose it is%3.")
                            .arg(versionText, where, rateLimitText());
        return check;
    }
    check.message = GitLabTr::tr("Connected to GitLab %1 at %2 as %3%4.")
                        .arg(versionText, where, check.identity, rateLimitText());
    return check;
}

} // namespace Signalbox
