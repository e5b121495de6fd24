#pragma once

#include "sources/source.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Signalbox {

struct RateLimit
{
    int limit = -1;
    int remaining = -1; // -1: the server did not say
    EpochMs resetAt = NoTime;
};

struct HttpResponse
{
    QUrl url;
    int status = 0; // 0: no HTTP answer at all (see error)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Translated, one sentence naming the URL and what went wrong; empty for 2xx and 304. Never
    // contains request headers, so never the token.
    QString error;
    bool cancelled = false;
    // When the server asked to be left alone until a time (Retry-After, exhausted rate limit).
    EpochMs retryNotBefore = NoTime;

    bool ok() const { return error.isEmpty() && !cancelled && status >= 200 && status < 300; }
    bool notModified() const { return status == 304; }
    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

// Per-source HTTP settings.
struct HttpEndpoint
{
    QList<std::pair<QByteArray, QByteArray>> headers; // Authorization, API version, …
    QString caBundlePath; // PEM certificates trusted in addition to the system's
    QString sourceName; // for messages and logs
};

// A blocking HTTP client for sources: call it on the worker thread that runs fetch(). It creates
// its own QNetworkAccessManager there and waits in a local event loop, so a source reads like
// straight-line code while timeouts, cancel, retries and rate limits are handled here:
//
//   - conditional GETs: the validators from the last sync are sent as If-None-Match and
//     If-Modified-Since, and the new ones collected (validators()) to be stored with the batch;
//   - retries with exponential backoff and jitter for 5xx, dropped connections and timeouts,
//     and waits for Retry-After / secondary rate limits up to HttpTuning::maxRetryWaitMs;
//   - X-RateLimit-* (GitHub) and RateLimit-* (GitLab, IETF) headers read into rateLimit();
//   - TLS verification always on, plus the endpoint's own CA bundle; the system proxy; gzip;
//   - the answer is refused beyond HttpTuning::maxBodyBytes instead of being buffered.
class HttpClient
{
public:
    HttpClient(HttpEndpoint endpoint, const FetchContext &context);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // For endpoints that describe their trust themselves, as a kubeconfig does: this whole TLS
    // configuration (its own CAs only, a client certificate) instead of the default one; the
    // endpoint's caBundlePath is still added to it.
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }
    void setProxy(const QNetworkProxy &proxy); // instead of the system's

    // Problems with the endpoint itself (an unreadable CA bundle); empty when usable.
    QString setupError() const { return m_setupError; }

    HttpResponse get(const QUrl &url, bool conditional = true);

    // The validators to remember: those of this sync's 2xx answers, and the previous ones of
    // URLs answered 304.
    const HttpValidators &validators() const { return m_newValidators; }
    RateLimit rateLimit() const { return m_rateLimit; }
    const SyncStats &stats() const { return m_stats; }

    // The body as JSON; on failure an empty document and error set to one sentence naming the URL
    // and where the JSON broke (truncated answers, HTML error pages).
    static QJsonDocument json(const HttpResponse &response, QString *error);

    // Link: <…>; rel="next" (GitHub, GitLab); an empty URL when there is no next page.
    static QUrl nextLink(const HttpResponse &response);
    // The URL without user info, for messages.
    static QString displayUrl(const QUrl &url);

private:
    struct Attempt;
    Attempt sendOnce(const QUrl &url, bool conditional);
    bool waitCancellable(int ms);
    void readRateLimit(const HttpResponse &response);
    QString scrub(QString text) const;

    HttpEndpoint m_endpoint;
    FetchContext m_context;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::optional<QSslConfiguration> m_tls;
    QString m_setupError;
    HttpValidators m_newValidators;
    RateLimit m_rateLimit;
    SyncStats m_stats;
};

} // namespace Signalbox
