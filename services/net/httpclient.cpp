#include "httpclient.h"

#include "buildinfo.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

#include <cmath>
#include <mutex>

Q_LOGGING_CATEGORY(lcHttp, "signalbox.http", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct HttpTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Http)
};

QString seconds(int ms)
{
    return QString::number(std::max(1, (ms + 999) / 1000));
}

QString clockTime(EpochMs at)
{
    return QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(u"HH:mm:ss"_s);
}

// RateLimit-Reset is seconds from now in the IETF draft but an epoch time at GitLab and in
// X-RateLimit-Reset; no delay is anywhere near a billion seconds, so the size tells them apart.
EpochMs resetTime(const QByteArray &value, EpochMs now)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return NoTime;
    return n > 1'000'000'000 ? n * 1000 : now + n * 1000;
}

// Retry-After: delay-seconds or an HTTP-date.
std::optional<qint64> retryAfterMs(const QByteArray &value, EpochMs now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 secondsToWait = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, secondsToWait * 1000);
    const QDateTime at
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, at.toMSecsSinceEpoch() - now);
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

// The server's own explanation, when it gives one in JSON (GitHub and GitLab both use
// "message"), shortened: it helps more than the status text alone.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(64 * 1024));
    QString message;
    if (doc.isObject()) {
        const QJsonValue m = doc.object().value("message"_L1);
        message = m.isString() ? m.toString() : doc.object().value("error"_L1).toString();
    }
    message = message.simplified();
    if (message.size() > 200)
        message = message.left(197) + u"…"_s;
    return message;
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Attempt
{
    HttpResponse response;
    bool retryable = false;
    qint64 waitMs = -1; // the server asked for this pause before the retry
};

HttpClient::HttpClient(HttpEndpoint endpoint, const FetchContext &context)
    : m_endpoint(std::move(endpoint))
    , m_context(context)
{
    static std::once_flag proxyOnce;
    std::call_once(proxyOnce, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setAutoDeleteReplies(false);
    if (!m_endpoint.caBundlePath.isEmpty()) {
        const QString path = m_endpoint.caBundlePath;
        if (!QFileInfo(path).isReadable()) {
            m_setupError = HttpTr::tr("the CA bundle %1 cannot be read").arg(path);
        } else if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
            m_setupError = HttpTr::tr("the CA bundle %1 holds no PEM certificate").arg(path);
        }
    }
}

HttpClient::~HttpClient() = default;

void HttpClient::setProxy(const QNetworkProxy &proxy)
{
    m_manager->setProxy(proxy);
}

QString HttpClient::displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QJsonDocument HttpClient::json(const HttpResponse &response, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = HttpTr::tr("the answer from %1 is not valid JSON (%2 at byte %3 of %4)")
                         .arg(displayUrl(response.url), parseError.errorString(),
                              QString::number(parseError.offset),
                              QString::number(response.body.size()));
        }
        return {};
    }
    return doc;
}

QUrl HttpClient::nextLink(const HttpResponse &response)
{
    // Link: <https://api.github.com/…?page=2>; rel="next", <…>; rel="last"
    static const QRegularExpression part(uR"re(<([^>]*)>\s*((?:;\s*[^;,]*)*))re"_s);
    static const QRegularExpression relNext(uR"re(;\s*rel\s*=\s*"?([^";]*\bnext\b[^";]*)"?)re"_s);
    const QString link = QString::fromLatin1(response.header("Link"));
    for (auto it = part.globalMatch(link); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (relNext.match(m.captured(2)).hasMatch())
            return response.url.resolved(QUrl(m.captured(1)));
    }
    return {};
}

bool HttpClient::waitCancellable(int ms)
{
    if (ms <= 0)
        return !m_context.isCancelled();
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_context.isCancelled())
            loop.quit();
    });
    done.start(ms);
    poll.start(50);
    loop.exec();
    return !m_context.isCancelled();
}

void HttpClient::readRateLimit(const HttpResponse &response)
{
    const EpochMs now = QDateTime::currentMSecsSinceEpoch();
    const auto number = [](const QByteArray &v) {
        bool ok = false;
        const int n = v.trimmed().toInt(&ok);
        return ok ? n : -1;
    };
    for (const char *prefix : {"X-RateLimit-", "RateLimit-"}) {
        const QByteArray p(prefix);
        const QByteArray remaining = response.header(QByteArray(p + "Remaining"));
        if (remaining.isEmpty())
            continue;
        m_rateLimit.remaining = number(remaining);
        m_rateLimit.limit = number(response.header(QByteArray(p + "Limit")));
        m_rateLimit.resetAt = resetTime(response.header(QByteArray(p + "Reset")), now);
        return;
    }
}

HttpClient::Attempt HttpClient::sendOnce(const QUrl &url, bool conditional)
{
    Attempt attempt;
    HttpResponse &response = attempt.response;
    response.url = url;
    const QString shown = displayUrl(url);
    const QString key = url.toString(QUrl::FullyEncoded);

    QNetworkRequest request(url);
    // Never follow a redirect to another host: it would take the Authorization header along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(0); // the watchdog below tells connect and read timeouts apart
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(QByteArray("Signalbox/") + QByteArray(SIGNALBOX_VERSION)));
    for (const auto &[name, value] : std::as_const(m_endpoint.headers))
        request.setRawHeader(name, value);
    if (conditional) {
        const HttpValidator previous = m_context.validators.value(key);
        if (!previous.etag.isEmpty())
            request.setRawHeader("If-None-Match", previous.etag.toLatin1());
        if (!previous.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", previous.lastModified.toLatin1());
    }
    if (m_tls || !m_endpoint.caBundlePath.isEmpty()) {
        QSslConfiguration tls = m_tls.value_or(QSslConfiguration::defaultConfiguration());
        if (!m_endpoint.caBundlePath.isEmpty())
            tls.addCaCertificates(QSslCertificate::fromPath(m_endpoint.caBundlePath, QSsl::Pem));
        request.setSslConfiguration(tls);
    }

    ++m_stats.requests;
    std::unique_ptr<QNetworkReply> reply(m_manager->get(request));
    QEventLoop loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QTimer cancelPoll;
    enum class Stop { None, ConnectTimeout, ReadTimeout, TooLarge, Cancelled } stop = Stop::None;
    bool headersSeen = false;
    const qint64 maxBytes = m_context.http.maxBodyBytes;

    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        headersSeen = true;
        watchdog.start(m_context.http.readTimeoutMs);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes
            && reply->rawHeader("Content-Encoding").isEmpty()) {
            stop = Stop::TooLarge;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        watchdog.start(m_context.http.readTimeoutMs);
        response.body += reply->readAll();
        if (response.body.size() > maxBytes) {
            stop = Stop::TooLarge;
            reply->abort();
        }
    });
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        stop = headersSeen ? Stop::ReadTimeout : Stop::ConnectTimeout;
        reply->abort();
    });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (m_context.isCancelled()) {
            stop = Stop::Cancelled;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    watchdog.start(m_context.http.connectTimeoutMs);
    cancelPoll.start(50);
    if (!reply->isFinished())
        loop.exec();
    watchdog.stop();
    cancelPoll.stop();
    if (stop == Stop::None && reply->bytesAvailable() > 0)
        response.body += reply->readAll();
    m_stats.bytes += response.body.size();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &header : reply->rawHeaderPairs())
        response.headers.append(header);

    switch (stop) {
    case Stop::Cancelled:
        response.cancelled = true;
        response.error = HttpTr::tr("cancelled");
        return attempt;
    case Stop::ConnectTimeout:
        response.status = 0;
        response.error = HttpTr::tr("%1 did not answer within %2 s")
                             .arg(shown, seconds(m_context.http.connectTimeoutMs));
        attempt.retryable = true;
        return attempt;
    case Stop::ReadTimeout:
        response.error = HttpTr::tr("%1 stopped sending for %2 s in the middle of its answer")
                             .arg(shown, seconds(m_context.http.readTimeoutMs));
        attempt.retryable = true;
        return attempt;
    case Stop::TooLarge:
        response.error = HttpTr::tr("the answer from %1 is larger than %2 MB; refused")
                             .arg(shown, QString::number(maxBytes / (1024 * 1024)));
        response.body.clear();
        return attempt;
    case Stop::None:
        break;
    }

    if (response.status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::SslHandshakeFailedError) {
            response.error
                = HttpTr::tr("the TLS check of %1 failed (%2); for a server with its own "
                             "certificate authority, set the source's caBundle")
                      .arg(shown, reply->errorString());
        } else {
            response.error
                = HttpTr::tr("%1 could not be reached: %2").arg(shown, reply->errorString());
            attempt.retryable = isTransient(error);
        }
        return attempt;
    }

    readRateLimit(response);
    const EpochMs now = QDateTime::currentMSecsSinceEpoch();
    if (response.status == 304) {
        ++m_stats.notModified;
        m_newValidators.insert(key, m_context.validators.value(key));
        return attempt;
    }
    if (reply->error() == QNetworkReply::RemoteHostClosedError && response.status < 300) {
        // The server hung up before the whole body arrived.
        response.error
            = HttpTr::tr("%1 closed the connection before its answer was complete").arg(shown);
        attempt.retryable = true;
        return attempt;
    }
    if (response.status >= 200 && response.status < 300) {
        HttpValidator validator {QString::fromLatin1(response.header("ETag")),
                                 QString::fromLatin1(response.header("Last-Modified"))};
        if (!validator.isEmpty())
            m_newValidators.insert(key, validator);
        return attempt;
    }

    const QString reason = serverMessage(response.body);
    const QString said
        = reason.isEmpty() ? QString() : HttpTr::tr(" (the server said: %1)").arg(reason);
    const auto retryAfter = retryAfterMs(response.header("Retry-After"), now);
    const bool exhausted = m_rateLimit.remaining == 0;
    if (response.status == 429 || (response.status == 403 && (retryAfter || exhausted))) {
        // Rate limited: GitHub's secondary limits come as 403 or 429 with Retry-After; an
        // exhausted primary limit as 403 with X-RateLimit-Remaining: 0 until X-RateLimit-Reset.
        qint64 waitMs = -1;
        if (retryAfter)
            waitMs = *retryAfter;
        else if (exhausted && m_rateLimit.resetAt != NoTime)
            waitMs = std::max<qint64>(0, m_rateLimit.resetAt - now);
        else
            waitMs = 60'000; // GitHub: "wait at least one minute" when it gives no time
        response.retryNotBefore = now + waitMs;
        response.error = HttpTr::tr("%1 is rate limited (HTTP %2); try again after %3%4")
                             .arg(shown, QString::number(response.status),
                                  clockTime(response.retryNotBefore), said);
        attempt.retryable = waitMs <= m_context.http.maxRetryWaitMs;
        attempt.waitMs = waitMs;
        return attempt;
    }
    switch (response.status) {
    case 401:
        response.error = HttpTr::tr("%1 refused the credentials (HTTP 401)%2; check the token")
                             .arg(shown, said);
        break;
    case 403:
        response.error = HttpTr::tr("%1 denied access (HTTP 403)%2; the token may lack a scope")
                             .arg(shown, said);
        break;
    case 404:
        response.error = HttpTr::tr("%1 was not found (HTTP 404)%2; check the name and that the "
                                    "token can see it")
                             .arg(shown, said);
        break;
    default:
        response.error = HttpTr::tr("%1 answered HTTP %2%3")
                             .arg(shown, QString::number(response.status), said);
        attempt.retryable = response.status >= 500 || response.status == 408;
        if (retryAfter)
            attempt.waitMs = *retryAfter;
        break;
    }
    return attempt;
}

QString HttpClient::scrub(QString text) const
{
    // A server may echo what it was sent ("Bad credentials: Bearer …"): whatever secret went
    // out in a header never comes back in a message.
    const auto blank = [&text](const QString &secret) {
        if (secret.size() >= 4)
            text.replace(secret, u"••••"_s);
    };
    blank(m_context.token);
    for (const auto &[name, value] : std::as_const(m_endpoint.headers)) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0 && !name.contains("TOKEN")
            && !name.contains("Token") && !name.contains("token"))
            continue;
        const QString whole = QString::fromLatin1(value);
        blank(whole);
        const qsizetype space = whole.indexOf(u' ');
        if (space > 0)
            blank(whole.mid(space + 1));
    }
    return text;
}

HttpResponse HttpClient::get(const QUrl &url, bool conditional)
{
    if (!m_setupError.isEmpty()) {
        HttpResponse response;
        response.url = url;
        response.error = m_setupError;
        return response;
    }
    const int maxAttempts = std::max(1, m_context.http.maxAttempts);
    for (int n = 1;; ++n) {
        Attempt attempt = sendOnce(url, conditional);
        attempt.response.error = scrub(attempt.response.error);
        if (attempt.response.cancelled || !attempt.retryable || n >= maxAttempts) {
            if (!attempt.response.error.isEmpty() && n > 1 && !attempt.response.cancelled) {
                attempt.response.error += HttpTr::tr(" (after %n attempts)", nullptr, n);
            }
            if (!attempt.response.error.isEmpty()) {
                qCWarning(lcHttp).noquote() << m_endpoint.sourceName << attempt.response.error;
            }
            return attempt.response;
        }
        qint64 waitMs = attempt.waitMs;
        if (waitMs < 0) {
            const double backoff = m_context.http.retryBaseDelayMs * std::pow(2.0, n - 1);
            waitMs = qint64(backoff * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
        }
        ++m_stats.retries;
        qCInfo(lcHttp).noquote() << m_endpoint.sourceName << attempt.response.error
                                 << "- retrying in" << waitMs << "ms";
        if (!waitCancellable(int(std::min<qint64>(waitMs, INT_MAX)))) {
            HttpResponse cancelled;
            cancelled.url = url;
            cancelled.cancelled = true;
            cancelled.error = HttpTr::tr("cancelled");
            return cancelled;
        }
    }
}

} // namespace Signalbox
