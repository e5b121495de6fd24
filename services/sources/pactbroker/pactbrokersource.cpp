#include "pactbrokersource.h"

#include "domain/workspace.h"
#include "pactbrokerapi.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

Q_LOGGING_CATEGORY(lcPactBroker, "signalbox.sources.pactbroker", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct PactBrokerTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PactBrokerSource)
};

constexpr int CursorVersion = 1;
constexpr int MaxPagesPerList = 200;
constexpr int PageSize = 100;

// One answer of the broker, reduced to what the sync uses. Kept in the cursor by URL, so that a
// page answered 304 (or with the same content) is known without its body.
struct Page
{
    QString next; // the next page's URL; empty on the last
    QJsonArray items;
    bool missing = false; // answered 404: for a verification, "never verified"

    bool operator==(const Page &) const = default;

    QJsonObject toJson() const
    {
        QJsonObject o;
        if (!next.isEmpty())
            o.insert("next"_L1, next);
        if (!items.isEmpty())
            o.insert("items"_L1, items);
        if (missing)
            o.insert("missing"_L1, true);
        return o;
    }
    static Page fromJson(const QJsonObject &o)
    {
        return {o.value("next"_L1).toString(), o.value("items"_L1).toArray(),
                o.value("missing"_L1).toBool()};
    }
};

using Pages = QHash<QString, Page>;

Pages pagesFromCursor(const QString &cursor)
{
    Pages pages;
    const QJsonObject root = QJsonDocument::fromJson(cursor.toUtf8()).object();
    if (root.value("v"_L1).toInt() != CursorVersion)
        return pages; // an older or foreign cursor: everything is read again
    const QJsonObject stored = root.value("pages"_L1).toObject();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        pages.insert(it.key(), Page::fromJson(it.value().toObject()));
    return pages;
}

QString cursorFromPages(const Pages &pages)
{
    QJsonObject stored;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it)
        stored.insert(it.key(), it.value().toJson());
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{"v"_L1, CursorVersion}, {"pages"_L1, stored}})
            .toJson(QJsonDocument::Compact));
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}

// HAL writes a link as an object or, where there are several, as an array of them.
QString linkHref(const QJsonObject &object, QLatin1StringView relation)
{
    const QJsonValue link = object.value("_links"_L1).toObject().value(relation);
    if (link.isArray()) {
        const QJsonArray links = link.toArray();
        // The latest pact names itself twice: as "latest" and by its consumer version; the
        // versioned one keeps pointing at the same pact.
        for (const QJsonValue &l : links) {
            const QString href = text(l.toObject().value("href"_L1));
            if (href.contains(u"/version/"_s))
                return href;
        }
        return links.isEmpty() ? QString() : text(links.first().toObject().value("href"_L1));
    }
    return text(link.toObject().value("href"_L1));
}

QJsonObject embedded(const QJsonObject &object, QLatin1StringView name)
{
    return object.value("_embedded"_L1).toObject().value(name).toObject();
}

class PactBrokerFetch
{
public:
    PactBrokerFetch(const PactBroker::Settings &settings, const SourceConfig &config,
                    const FetchContext &context, HttpClient &client, FetchResult &result)
        : m_settings(settings)
        , m_config(config)
        , m_context(context)
        , m_client(client)
        , m_result(result)
        , m_previous(pagesFromCursor(context.previousCursor))
    { }

    bool run()
    {
        m_context.progress(0, -1);
        QJsonArray pacticipants;
        QJsonArray environments;
        QJsonArray pacts;
        if (!readList(m_settings.root + u"/pacticipants?size=%1"_s.arg(PageSize),
                      &PactBrokerFetch::parsePacticipants, pacticipants)
            || !readList(m_settings.root + u"/environments"_s, &PactBrokerFetch::parseEnvironments,
                         environments)
            || !readList(m_settings.root + u"/pacts/latest"_s, &PactBrokerFetch::parsePacts, pacts))
            return false;
        m_total = m_done + int(environments.size() * pacticipants.size() + pacts.size());
        m_context.progress(m_done, m_total);

        for (const QJsonValue &environment : std::as_const(environments)) {
            const QJsonObject env = environment.toObject();
            const QString uuid = env.value("uuid"_L1).toString();
            const QString name
                = PactBroker::environmentFor(m_settings, env.value("name"_L1).toString());
            for (const QJsonValue &pacticipant : std::as_const(pacticipants)) {
                const QString broker = pacticipant.toObject().value("name"_L1).toString();
                QJsonArray deployed;
                if (!readList(m_settings.root + u"/environments/"_s + PactBroker::encoded(uuid)
                                  + u"/deployed-versions/currently-deployed?pacticipant="_s
                                  + PactBroker::encoded(broker),
                              &PactBrokerFetch::parseDeployedVersions, deployed))
                    return false;
                for (const QJsonValue &entry : std::as_const(deployed))
                    addDeployment(entry.toObject(), uuid, broker, name);
            }
        }

        QSet<std::pair<QString, QString>> edges;
        for (const QJsonValue &entry : std::as_const(pacts)) {
            const QJsonObject pact = entry.toObject();
            const QString consumer = pact.value("consumer"_L1).toString();
            const QString provider = pact.value("provider"_L1).toString();
            const QString consumerVersion = pact.value("consumerVersion"_L1).toString();
            const QString pactUrl = pact.value("url"_L1).toString();
            const std::optional<Page> verification
                = readPage(m_settings.root + u"/pacts/provider/"_s + PactBroker::encoded(provider)
                               + u"/consumer/"_s + PactBroker::encoded(consumer)
                               + u"/latest/verification-results/latest"_s,
                           &PactBrokerFetch::parseVerification, true);
            if (!verification)
                return false;

            Dependency dependency;
            dependency.consumer = PactBroker::serviceFor(m_settings, consumer);
            dependency.provider = PactBroker::serviceFor(m_settings, provider);
            // A pact does not say whether it is over HTTP or messages: the kind stays for the
            // workspace to state.
            dependency.kind = DependencyKind::Unknown;
            dependency.evidence
                = PactBrokerTr::tr("pact of %1 %2 with %3 in the Pact Broker: %4")
                      .arg(consumer, consumerVersion, provider,
                           pactUrl.isEmpty() ? HttpClient::displayUrl(m_settings.baseUrl)
                                             : pactUrl);
            if (!edges.contains({dependency.consumer, dependency.provider})) {
                edges.insert({dependency.consumer, dependency.provider});
                m_result.batch.dependencies.append(dependency);
            }

            ContractVerification v;
            v.consumer = dependency.consumer;
            v.consumerVersion = consumerVersion;
            v.provider = dependency.provider;
            if (verification->missing || verification->items.isEmpty()) {
                v.result = VerificationResult::Unknown;
                v.url = pactUrl;
            } else {
                const QJsonObject result = verification->items.first().toObject();
                v.providerVersion = result.value("providerVersion"_L1).toString();
                v.result = result.value("success"_L1).toBool() ? VerificationResult::Success
                                                               : VerificationResult::Failed;
                v.verifiedAt = qint64(result.value("verifiedAt"_L1).toDouble());
                v.url = result.value("buildUrl"_L1).toString();
            }
            // By the broker's names: a changed mapping moves the row instead of doubling it.
            v.externalId
                = consumer + u'|' + consumerVersion + u'|' + provider + u'|' + v.providerVersion;
            m_result.batch.verifications.append(v);
        }
        m_result.batch.replacesDependencies = true;
        m_result.cursor = cursorFromPages(m_next);
        m_result.unchanged = !m_changed;
        if (m_result.unchanged)
            m_result.batch = {};
        return true;
    }

private:
    using Parser
        = std::optional<QJsonArray> (PactBrokerFetch::*)(const QJsonObject &, const QString &);

    bool fail(const QString &error, EpochMs retryNotBefore = NoTime)
    {
        m_result.error = error;
        m_result.retryNotBefore = retryNotBefore;
        return false;
    }

    void diagnose(const QString &key, const QString &url, const QString &message)
    {
        m_result.diagnostics.append({Diagnostic::Severity::Warning, m_config.name, 0, 0, key,
                                     PactBrokerTr::tr("%1 (in %2)").arg(message, url)});
    }

    std::optional<HttpResponse> request(const QString &url, bool conditional, bool allowMissing)
    {
        if (m_context.isCancelled()) {
            fail(PactBrokerTr::tr("cancelled"));
            return std::nullopt;
        }
        HttpResponse response = m_client.get(QUrl(url, QUrl::StrictMode), conditional);
        if (response.notModified() || response.ok() || (allowMissing && response.status == 404))
            return response;
        QString error = response.error;
        if (error.isEmpty()) {
            error
                = PactBrokerTr::tr("%1 answered HTTP %2")
                      .arg(HttpClient::displayUrl(response.url), QString::number(response.status));
        }
        fail(error, response.retryNotBefore);
        return std::nullopt;
    }

    void step()
    {
        ++m_done;
        m_context.progress(m_done, m_total < 0 ? -1 : std::max(m_total, m_done));
    }

    // One page: from the broker, or as the cursor remembers it when the broker says it has not
    // changed. nullopt once the sync failed.
    std::optional<Page> readPage(const QString &url, Parser parse, bool allowMissing)
    {
        std::optional<HttpResponse> response = request(url, true, allowMissing);
        if (!response)
            return std::nullopt;
        const auto remembered = m_previous.constFind(url);
        if (response->notModified()) {
            if (remembered != m_previous.cend()) {
                m_next.insert(url, *remembered);
                step();
                return *remembered;
            }
            // Validators without the page they belong to (a cursor from another version).
            response = request(url, false, allowMissing);
            if (!response)
                return std::nullopt;
        }
        Page page;
        if (response->status == 404) {
            page.missing = true;
        } else {
            QString error;
            const QJsonDocument document = HttpClient::json(*response, &error);
            if (!error.isEmpty()) {
                fail(notTheBroker(error));
                return std::nullopt;
            }
            if (!document.isObject()) {
                fail(notTheBroker(PactBrokerTr::tr("the answer from %1 is not a JSON object")
                                      .arg(HttpClient::displayUrl(response->url))));
                return std::nullopt;
            }
            const QJsonObject object = document.object();
            const std::optional<QJsonArray> items = (this->*parse)(object, url);
            if (!items)
                return std::nullopt;
            page.items = *items;
            const QString next = linkHref(object, "next"_L1);
            if (!next.isEmpty()) {
                const QUrl nextUrl = QUrl(url).resolved(QUrl(next));
                if (!PactBroker::isOnBroker(m_settings, nextUrl)) {
                    fail(PactBrokerTr::tr("the next page of %1 is said to be at %2, which is not "
                                          "the broker; not followed")
                             .arg(HttpClient::displayUrl(QUrl(url)),
                                  HttpClient::displayUrl(nextUrl)));
                    return std::nullopt;
                }
                page.next = nextUrl.toString(QUrl::FullyEncoded);
            }
        }
        if (remembered == m_previous.cend() || !(*remembered == page))
            m_changed = true;
        m_next.insert(url, page);
        step();
        return page;
    }

    bool readList(const QString &firstUrl, Parser parse, QJsonArray &items)
    {
        QString url = firstUrl;
        QSet<QString> seen;
        while (!url.isEmpty()) {
            if (seen.contains(url) || seen.size() >= MaxPagesPerList) {
                return fail(PactBrokerTr::tr("the pages of %1 do not end (page %2 again, or more "
                                             "than %3 pages); stopped")
                                .arg(HttpClient::displayUrl(QUrl(firstUrl)),
                                     HttpClient::displayUrl(QUrl(url)),
                                     QString::number(MaxPagesPerList)));
            }
            seen.insert(url);
            const std::optional<Page> page = readPage(url, parse, false);
            if (!page)
                return false;
            for (const QJsonValue &item : page->items)
                items.append(item);
            url = page->next;
        }
        return true;
    }

    QString notTheBroker(const QString &error) const
    {
        return PactBrokerTr::tr("%1; expected the Pact Broker's HAL+JSON, check that url is the "
                                "broker's base address")
            .arg(error);
    }

    // The embedded list a HAL collection holds; a missing one means the answer is not the
    // broker's.
    std::optional<QJsonArray> collection(const QJsonObject &document, QLatin1StringView name,
                                         bool embeddedList, const QString &url)
    {
        const QJsonValue list = embeddedList ? document.value("_embedded"_L1).toObject().value(name)
                                             : document.value(name);
        if (list.isArray())
            return list.toArray();
        fail(notTheBroker(PactBrokerTr::tr("the answer from %1 has no %2 list")
                              .arg(HttpClient::displayUrl(QUrl(url)), QString(name))));
        return std::nullopt;
    }

    std::optional<QJsonArray> parsePacticipants(const QJsonObject &document, const QString &url)
    {
        const std::optional<QJsonArray> list = collection(document, "pacticipants"_L1, true, url);
        if (!list)
            return std::nullopt;
        QJsonArray items;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString name = text(list->at(i).toObject().value("name"_L1));
            if (name.isEmpty()) {
                diagnose(u"pacticipants[%1].name"_s.arg(i), url,
                         PactBrokerTr::tr("expected a name"));
                continue;
            }
            items.append(QJsonObject {{"name"_L1, name}});
        }
        return items;
    }

    std::optional<QJsonArray> parseEnvironments(const QJsonObject &document, const QString &url)
    {
        const std::optional<QJsonArray> list = collection(document, "environments"_L1, true, url);
        if (!list)
            return std::nullopt;
        QJsonArray items;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QJsonObject env = list->at(i).toObject();
            const QString uuid = text(env.value("uuid"_L1));
            const QString name = text(env.value("name"_L1));
            if (uuid.isEmpty() || name.isEmpty()) {
                diagnose(
                    u"environments[%1].%2"_s.arg(i).arg(uuid.isEmpty() ? u"uuid"_s : u"name"_s),
                    url, PactBrokerTr::tr("expected text"));
                continue;
            }
            items.append(QJsonObject {{"uuid"_L1, uuid},
                                      {"name"_L1, name},
                                      {"production"_L1, env.value("production"_L1).toBool()}});
        }
        return items;
    }

    std::optional<QJsonArray> parseDeployedVersions(const QJsonObject &document, const QString &url)
    {
        const std::optional<QJsonArray> list
            = collection(document, "deployedVersions"_L1, true, url);
        if (!list)
            return std::nullopt;
        QJsonArray items;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QJsonObject deployed = list->at(i).toObject();
            if (deployed.contains("currentlyDeployed"_L1)
                && !deployed.value("currentlyDeployed"_L1).toBool())
                continue;
            const QString version = text(embedded(deployed, "version"_L1).value("number"_L1));
            if (version.isEmpty()) {
                diagnose(u"deployedVersions[%1]._embedded.version.number"_s.arg(i), url,
                         PactBrokerTr::tr("expected a version number"));
                continue;
            }
            bool timeOk = false;
            const EpochMs createdAt
                = PactBroker::parseTime(deployed.value("createdAt"_L1), &timeOk);
            if (!timeOk) {
                diagnose(u"deployedVersions[%1].createdAt"_s.arg(i), url,
                         PactBrokerTr::tr("expected a time"));
            }
            items.append(QJsonObject {{"version"_L1, version},
                                      {"createdAt"_L1, double(createdAt)},
                                      {"url"_L1, linkHref(deployed, "self"_L1)}});
        }
        return items;
    }

    std::optional<QJsonArray> parsePacts(const QJsonObject &document, const QString &url)
    {
        const std::optional<QJsonArray> list = collection(document, "pacts"_L1, false, url);
        if (!list)
            return std::nullopt;
        QJsonArray items;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QJsonObject pact = list->at(i).toObject();
            const QJsonObject consumer = embedded(pact, "consumer"_L1);
            const QJsonObject provider = embedded(pact, "provider"_L1);
            const QString consumerName = text(consumer.value("name"_L1));
            const QString providerName = text(provider.value("name"_L1));
            const QString consumerVersion
                = text(embedded(consumer, "version"_L1).value("number"_L1));
            QString missing;
            if (consumerName.isEmpty())
                missing = u"_embedded.consumer.name"_s;
            else if (providerName.isEmpty())
                missing = u"_embedded.provider.name"_s;
            else if (consumerVersion.isEmpty())
                missing = u"_embedded.consumer._embedded.version.number"_s;
            if (!missing.isEmpty()) {
                diagnose(u"pacts[%1].%2"_s.arg(i).arg(missing), url,
                         PactBrokerTr::tr("expected text"));
                continue;
            }
            items.append(QJsonObject {{"consumer"_L1, consumerName},
                                      {"provider"_L1, providerName},
                                      {"consumerVersion"_L1, consumerVersion},
                                      {"url"_L1, linkHref(pact, "self"_L1)}});
        }
        return items;
    }

    std::optional<QJsonArray> parseVerification(const QJsonObject &document, const QString &url)
    {
        const QString providerVersion = text(document.value("providerApplicationVersion"_L1));
        const QJsonValue success = document.value("success"_L1);
        if (providerVersion.isEmpty() || !success.isBool()) {
            // One unreadable result: the pact counts as not verified, the rest is still read.
            diagnose(providerVersion.isEmpty() ? u"providerApplicationVersion"_s : u"success"_s,
                     url,
                     providerVersion.isEmpty() ? PactBrokerTr::tr("expected a version number")
                                               : PactBrokerTr::tr("expected true or false"));
            return QJsonArray {};
        }
        bool timeOk = false;
        const EpochMs verifiedAt
            = PactBroker::parseTime(document.value("verificationDate"_L1), &timeOk);
        if (!timeOk)
            diagnose(u"verificationDate"_s, url, PactBrokerTr::tr("expected a time"));
        return QJsonArray {QJsonObject {{"providerVersion"_L1, providerVersion},
                                        {"success"_L1, success.toBool()},
                                        {"verifiedAt"_L1, double(verifiedAt)},
                                        {"buildUrl"_L1, text(document.value("buildUrl"_L1))}}};
    }

    void addDeployment(const QJsonObject &entry, const QString &environmentUuid,
                       const QString &pacticipant, const QString &environment)
    {
        Deployment d;
        d.version = entry.value("version"_L1).toString();
        // Stable while that version stays deployed there: a later record of the same version
        // updates the row instead of adding one.
        d.externalId = environmentUuid + u'/' + pacticipant + u'/' + d.version;
        d.service = PactBroker::serviceFor(m_settings, pacticipant);
        d.environment = environment;
        d.deployedAt = qint64(entry.value("createdAt"_L1).toDouble());
        d.status = DeploymentStatus::Succeeded;
        d.url = entry.value("url"_L1).toString();
        m_result.batch.deployments.append(d);
    }

    const PactBroker::Settings &m_settings;
    const SourceConfig &m_config;
    const FetchContext &m_context;
    HttpClient &m_client;
    FetchResult &m_result;
    const Pages m_previous;
    Pages m_next;
    bool m_changed = false;
    int m_done = 0;
    int m_total = -1;
};

void copyClientState(const HttpClient &client, FetchResult &result)
{
    result.validators = client.validators();
    result.rateLimitRemaining = client.rateLimit().remaining;
    result.rateLimitResetAt = client.rateLimit().resetAt;
    result.stats = client.stats();
}

} // namespace

SourceDescription PactBrokerSource::staticDescription()
{
    using Type = SettingDescription::Type;
    SourceDescription d;
    d.kind = u"pact-broker"_s;
    d.displayName = PactBrokerTr::tr("Pact Broker");
    d.network = true;
    d.acceptsToken = true;
    d.tokenEnvironment = {u"PACT_BROKER_TOKEN"_s, u"PACT_BROKER_PASSWORD"_s};
    d.settings = {
        {u"url"_s,
         Type::Url,
         false,
         {},
         PactBrokerTr::tr("Base address of the Pact Broker or PactFlow, e.g. "
                          "https://broker.example.com; empty: the PACT_BROKER_BASE_URL "
                          "environment variable")},
        {u"username"_s,
         Type::String,
         false,
         {},
         PactBrokerTr::tr("User name for an open-source broker with basic authentication; the "
                          "token is then the password. Empty: PACT_BROKER_USERNAME if set, else "
                          "the token is sent as a bearer token (PactFlow)")},
        {u"services"_s,
         Type::Map,
         false,
         {},
         PactBrokerTr::tr("Pacticipant name to service name, for pacticipants named differently "
                          "from their service; without an entry the names are the same")},
        {u"environments"_s,
         Type::Map,
         false,
         {},
         PactBrokerTr::tr("Broker environment name to workspace environment name; without an "
                          "entry the names are the same")},
        {u"caBundle"_s,
         Type::Path,
         false,
         {},
         PactBrokerTr::tr("PEM file with the certificate authority of a self-hosted broker, "
                          "trusted in addition to the system's; relative to the workspace file")},
    };
    return d;
}

FetchResult PactBrokerSource::fetch(const SourceConfig &config, const Workspace &workspace,
                                    const FetchContext &context)
{
    FetchResult result;
    const PactBroker::Settings settings = PactBroker::readSettings(config);
    if (!settings.error.isEmpty()) {
        result.error = settings.error;
        return result;
    }
    HttpEndpoint endpoint = PactBroker::endpointFor(settings, context.token, config.name);
    if (!settings.caBundle.isEmpty())
        endpoint.caBundlePath = workspace.resolvePath(settings.caBundle);
    HttpClient client(endpoint, context);
    if (!client.setupError().isEmpty()) {
        result.error = client.setupError();
        return result;
    }
    PactBrokerFetch fetch(settings, config, context, client, result);
    if (!fetch.run()) {
        // Nothing of a failed sync is written: what the broker said before stays.
        result.batch = {};
        result.cursor.clear();
        result.unchanged = false;
    }
    copyClientState(client, result);
    qCDebug(lcPactBroker).noquote() << config.name << result.stats.requests << "requests,"
                                    << result.stats.notModified << "not modified";
    return result;
}

ConnectionCheck PactBrokerSource::checkConnection(const SourceConfig &config,
                                                  const FetchContext &context)
{
    ConnectionCheck check;
    const PactBroker::Settings settings = PactBroker::readSettings(config);
    if (!settings.error.isEmpty()) {
        check.message = settings.error;
        return check;
    }
    HttpEndpoint endpoint = PactBroker::endpointFor(settings, context.token, config.name);
    endpoint.caBundlePath = settings.caBundle; // no workspace here: as given
    HttpClient client(endpoint, context);
    if (!client.setupError().isEmpty()) {
        check.message = client.setupError();
        return check;
    }
    const QString where = HttpClient::displayUrl(settings.baseUrl);
    // The index alone is open on some brokers; the pacticipants never are when auth is on.
    const HttpResponse response
        = client.get(QUrl(settings.root + u"/pacticipants?size=1"_s), false);
    if (response.status == 0) {
        check.message = response.cancelled
            ? PactBrokerTr::tr("The check of the Pact Broker at %1 was cancelled.").arg(where)
            : PactBrokerTr::tr("The Pact Broker could not be reached: %1.").arg(response.error);
        return check;
    }
    check.reached = true;
    if (!response.ok()) {
        check.message = PactBrokerTr::tr("The Pact Broker at %1 was reached, but: %2.")
                            .arg(where, response.error);
        return check;
    }
    if (!QJsonDocument::fromJson(response.body)
             .object()
             .value("_embedded"_L1)
             .toObject()
             .value("pacticipants"_L1)
             .isArray()) {
        check.message = PactBrokerTr::tr("%1 answered, but not as a Pact Broker does; check that "
                                         "url is the broker's base address.")
                            .arg(where);
        return check;
    }
    check.authenticated = true;
    check.message = context.token.isEmpty()
        ? PactBrokerTr::tr("Connected to the Pact Broker at %1 without credentials.").arg(where)
        : PactBrokerTr::tr("Connected to the Pact Broker at %1.").arg(where);
    return check;
}

} // namespace Signalbox
