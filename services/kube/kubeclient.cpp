#include "kubeclient.h"

#include "buildinfo.h"
#include "net/httpclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QSslConfiguration tlsFor(const QSslConfiguration &base, const KubeCredential &credential)
{
    QSslConfiguration tls = base;
    if (!credential.certificate.isNull()) {
        tls.setLocalCertificate(credential.certificate);
        tls.setPrivateKey(credential.key);
    }
    return tls;
}

QByteArray bearer(const KubeCredential &credential)
{
    return credential.token.isEmpty() ? QByteArray()
                                      : QByteArray("Bearer ") + credential.token.toUtf8();
}

// The message of a Kubernetes Status object, when a body is one.
QString statusMessage(const QByteArray &body)
{
    const QJsonObject status = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    QString message = status.value("message"_L1).toString().simplified();
    if (message.size() > 200)
        message = message.left(197) + u"…"_s;
    return message;
}

std::optional<KubeWatchEvent::Type> eventType(const QString &type)
{
    if (type == u"ADDED")
        return KubeWatchEvent::Type::Added;
    if (type == u"MODIFIED")
        return KubeWatchEvent::Type::Modified;
    if (type == u"DELETED")
        return KubeWatchEvent::Type::Deleted;
    if (type == u"BOOKMARK")
        return KubeWatchEvent::Type::Bookmark;
    return std::nullopt;
}

} // namespace

KubeClient::KubeClient(KubeConnection connection, KubeClientOptions options,
                       std::function<bool()> isCancelled)
    : m_connection(std::move(connection))
    , m_options(options)
    , m_isCancelled(isCancelled ? std::move(isCancelled)
                                : std::function<bool()>([] { return false; }))
{ }

QString KubeClient::collectionPath(const QString &group, const QString &version,
                                   const QString &namespaceName, const QString &plural)
{
    QString path = group.isEmpty() ? QString(u"/api/"_s + version)
                                   : QString(u"/apis/"_s + group + u'/' + version);
    if (!namespaceName.isEmpty())
        path += u"/namespaces/"_s + namespaceName;
    return path + u'/' + plural;
}

QUrl KubeClient::urlFor(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_connection.server;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    // Encoded by hand: a label selector's "=" and a continue token's "=" must not read as the
    // query's own separators.
    QStringList parts;
    for (const auto &[name, value] : query)
        parts.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

KubeList KubeClient::list(const QString &path, const QString &labelSelector, int maxPages)
{
    KubeList result;
    int pages = 0;
    QString continueToken;
    bool restarted = false;
    bool reauthenticated = false;
    for (;;) {
        if (m_isCancelled()) {
            result.cancelled = true;
            return result;
        }
        QString credentialError;
        const std::optional<KubeCredential> credential
            = m_connection.credentials->credential(&credentialError);
        if (!credential) {
            result.error = credentialError;
            result.status = 401; // no credential is as final as a refused one
            return result;
        }
        HttpEndpoint endpoint;
        if (const QByteArray header = bearer(*credential); !header.isEmpty())
            endpoint.headers.append({QByteArray("Authorization"), header});
        endpoint.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        endpoint.sourceName = m_connection.contextName;
        FetchContext context;
        context.token = credential->token;
        context.isCancelled = m_isCancelled;
        context.http = m_options.http;
        HttpClient client(endpoint, context);
        client.setTlsConfiguration(tlsFor(m_connection.tls, *credential));
        if (m_connection.proxy)
            client.setProxy(*m_connection.proxy);

        QList<std::pair<QString, QString>> query;
        if (!labelSelector.isEmpty())
            query.append({u"labelSelector"_s, labelSelector});
        query.append({u"limit"_s, QString::number(m_options.pageLimit)});
        if (!continueToken.isEmpty())
            query.append({u"continue"_s, continueToken});
        const HttpResponse response = client.get(urlFor(path, query), false);
        if (response.cancelled) {
            result.cancelled = true;
            return result;
        }
        if (response.status == 401 && m_connection.credentials->usesExecPlugin()
            && !reauthenticated) {
            // A plugin's token may be revoked before it says it expires: ask it once more.
            reauthenticated = true;
            m_connection.credentials->invalidate();
            continue;
        }
        if (response.status == 410 && !continueToken.isEmpty() && !restarted) {
            // The continue token outlived the server's compaction: the pages so far belong to a
            // version that is gone, so start over.
            restarted = true;
            continueToken.clear();
            result.items.clear();
            continue;
        }
        if (!response.ok()) {
            result.error = response.error;
            result.status = response.status;
            return result;
        }
        QString jsonError;
        const QJsonDocument doc = HttpClient::json(response, &jsonError);
        if (!doc.isObject() || !doc.object().value("items"_L1).isArray()) {
            result.error = jsonError.isEmpty()
                ? KubeTr::tr("the answer from %1 is not a Kubernetes list (no items)")
                      .arg(HttpClient::displayUrl(response.url))
                : jsonError;
            result.items.clear();
            return result;
        }
        const QJsonObject root = doc.object();
        const QJsonArray items = root.value("items"_L1).toArray();
        for (const QJsonValue &item : items) {
            if (item.isObject())
                result.items.append(item.toObject());
        }
        const QJsonObject metadata = root.value("metadata"_L1).toObject();
        result.resourceVersion = metadata.value("resourceVersion"_L1).toString();
        continueToken = metadata.value("continue"_L1).toString();
        if (continueToken.isEmpty() || (maxPages > 0 && ++pages >= maxPages))
            return result;
    }
}

bool KubeClient::sleep(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (m_isCancelled())
            return false;
        QThread::msleep(ulong(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return !m_isCancelled();
}

int KubeClient::backoffMs(int failures) const
{
    const double grown = m_options.reconnectBaseMs * std::pow(2.0, std::max(0, failures - 1));
    const double capped = std::min<double>(grown, m_options.reconnectMaxMs);
    // Jitter keeps many watches that broke together from reconnecting together.
    return int(capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
}

QString KubeClient::watch(const QString &path, const QString &labelSelector,
                          const QString &resourceVersion, const KubeWatchHandlers &handlers)
{
    QString version = resourceVersion;
    int failures = 0;
    bool reauthenticated = false;
    for (;;) {
        if (m_isCancelled())
            return {};
        if (version.isEmpty()) {
            const KubeList listed = list(path, labelSelector);
            if (listed.cancelled)
                return {};
            if (!listed.ok()) {
                // Refused credentials or a resource that does not exist stay so; anything else
                // (the server down, overloaded) may pass.
                if (listed.status >= 400 && listed.status < 500 && listed.status != 429
                    && listed.status != 408)
                    return listed.error;
                const int delay = backoffMs(++failures);
                if (handlers.interrupted)
                    handlers.interrupted(listed.error, delay);
                if (!sleep(delay))
                    return {};
                continue;
            }
            if (handlers.snapshot)
                handlers.snapshot(listed);
            version = listed.resourceVersion;
        }
        QList<std::pair<QString, QString>> query;
        if (!labelSelector.isEmpty())
            query.append({u"labelSelector"_s, labelSelector});
        query.append({u"watch"_s, u"1"_s});
        query.append({u"resourceVersion"_s, version});
        query.append({u"allowWatchBookmarks"_s, u"true"_s});
        query.append({u"timeoutSeconds"_s, QString::number(m_options.watchTimeoutSeconds)});
        QString problem;
        bool gotEvents = false;
        int status = 0;
        const StreamEnd end
            = streamOnce(urlFor(path, query), version, handlers, &problem, &gotEvents, &status);
        if (gotEvents)
            failures = 0;
        switch (end) {
        case StreamEnd::Cancelled:
            return {};
        case StreamEnd::Refused:
            if (status == 401 && m_connection.credentials->usesExecPlugin() && !reauthenticated) {
                reauthenticated = true;
                m_connection.credentials->invalidate();
                continue;
            }
            return problem;
        case StreamEnd::Gone:
            qCInfo(lcKube).noquote() << m_connection.contextName << path << "version" << version
                                     << "is gone; listing again";
            version.clear();
            continue;
        case StreamEnd::ServerClosed:
            // The server's timeoutSeconds ran out: the ordinary end of a watch.
            reauthenticated = false;
            continue;
        case StreamEnd::Dropped: {
            const int delay = backoffMs(++failures);
            qCInfo(lcKube).noquote() << problem << "- resuming in" << delay << "ms";
            if (handlers.interrupted)
                handlers.interrupted(problem, delay);
            if (!sleep(delay))
                return {};
            continue;
        }
        }
    }
}

KubeClient::StreamEnd KubeClient::streamOnce(const QUrl &url, QString &resourceVersion,
                                             const KubeWatchHandlers &handlers, QString *problem,
                                             bool *gotEvents, int *status)
{
    const QString shown = HttpClient::displayUrl(url);
    QString credentialError;
    const std::optional<KubeCredential> credential
        = m_connection.credentials->credential(&credentialError);
    if (!credential) {
        *problem = credentialError;
        return StreamEnd::Refused;
    }

    QNetworkAccessManager manager;
    if (m_connection.proxy)
        manager.setProxy(*m_connection.proxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(0); // the idle watchdog below decides
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(QByteArray("Signalbox/") + QByteArray(SIGNALBOX_VERSION)));
    request.setRawHeader("Accept", "application/json");
    if (const QByteArray header = bearer(*credential); !header.isEmpty())
        request.setRawHeader("Authorization", header);
    if (url.scheme() == u"https")
        request.setSslConfiguration(tlsFor(m_connection.tls, *credential));

    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QTimer cancelPoll;
    std::optional<StreamEnd> stop;
    QByteArray pending; // a line not yet complete
    QByteArray errorBody;
    const int idleMs = m_options.watchIdleMs > 0 ? m_options.watchIdleMs
                                                 : (m_options.watchTimeoutSeconds + 30) * 1000;
    const auto finish = [&](StreamEnd end, const QString &why = {}) {
        stop = end;
        if (!why.isEmpty())
            *problem = why;
        reply->abort();
    };
    const auto handleLine = [&](const QByteArray &line) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            finish(StreamEnd::Dropped,
                   KubeTr::tr("the watch %1 sent a line that is not a JSON event (%2)")
                       .arg(shown, parseError.errorString()));
            return;
        }
        const QString type = doc.object().value("type"_L1).toString();
        const QJsonObject object = doc.object().value("object"_L1).toObject();
        if (type == u"ERROR") {
            const int code = object.value("code"_L1).toInt();
            if (code == 410) {
                finish(StreamEnd::Gone);
                return;
            }
            finish(StreamEnd::Dropped,
                   KubeTr::tr("the watch %1 reported error %2: %3")
                       .arg(shown, QString::number(code),
                            object.value("message"_L1).toString().simplified()));
            return;
        }
        const std::optional<KubeWatchEvent::Type> kind = eventType(type);
        if (!kind) {
            qCWarning(lcKube).noquote()
                << "the watch" << shown << "sent an event of type" << type << "; ignored";
            return;
        }
        const QString version
            = object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
        if (!version.isEmpty())
            resourceVersion = version;
        *gotEvents = true;
        if (handlers.event)
            handlers.event(KubeWatchEvent {*kind, object});
        if (m_isCancelled())
            finish(StreamEnd::Cancelled);
    };

    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        watchdog.start(idleMs);
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        watchdog.start(idleMs);
        if (*status != 200) {
            errorBody += reply->readAll();
            return;
        }
        pending += reply->readAll();
        qsizetype start = 0;
        for (qsizetype newline = pending.indexOf('\n'); newline >= 0 && !stop;
             newline = pending.indexOf('\n', start)) {
            const QByteArray line = pending.mid(start, newline - start).trimmed();
            start = newline + 1;
            if (!line.isEmpty())
                handleLine(line);
        }
        pending.remove(0, start);
    });
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        finish(StreamEnd::Dropped,
               *status == 0
                   ? KubeTr::tr("the watch %1 did not answer within %2 s")
                         .arg(shown, QString::number(m_options.http.connectTimeoutMs / 1000.0))
                   : KubeTr::tr("the watch %1 was silent for %2 s")
                         .arg(shown, QString::number(idleMs / 1000.0)));
    });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (m_isCancelled())
            finish(StreamEnd::Cancelled);
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    watchdog.start(m_options.http.connectTimeoutMs);
    cancelPoll.start(50);
    if (!reply->isFinished())
        loop.exec();
    watchdog.stop();
    cancelPoll.stop();
    if (stop)
        return *stop;

    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (*status == 0) {
        *problem
            = KubeTr::tr("the watch %1 could not be reached: %2").arg(shown, reply->errorString());
        return StreamEnd::Dropped;
    }
    if (*status == 200) {
        if (reply->error() == QNetworkReply::NoError)
            return StreamEnd::ServerClosed;
        if (!pending.trimmed().isEmpty())
            qCInfo(lcKube).noquote() << "the watch" << shown << "broke inside an event of"
                                     << pending.size() << "bytes; it is read again on resuming";
        *problem = KubeTr::tr("the watch %1 was cut off: %2").arg(shown, reply->errorString());
        return StreamEnd::Dropped;
    }
    if (*status == 410)
        return StreamEnd::Gone;
    errorBody += reply->readAll();
    const QString message = statusMessage(errorBody);
    const QString said
        = message.isEmpty() ? QString() : KubeTr::tr(" (the server said: %1)").arg(message);
    *problem
        = KubeTr::tr("the watch %1 answered HTTP %2%3").arg(shown, QString::number(*status), said);
    if (*status == 429 || *status >= 500)
        return StreamEnd::Dropped;
    return StreamEnd::Refused;
}

} // namespace Signalbox
