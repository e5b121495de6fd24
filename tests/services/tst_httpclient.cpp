#include "loopbackserver.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::LoopbackServer;

namespace {

FetchContext quickContext()
{
    FetchContext context;
    context.http.connectTimeoutMs = 800;
    context.http.readTimeoutMs = 800;
    context.http.retryBaseDelayMs = 20;
    context.http.maxRetryWaitMs = 3'000;
    return context;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsHeadersAndReadsRateLimit()
    {
        LoopbackServer server;
        server.route("/things",
                     LoopbackServer::json(R"([1,2])")
                         .header("X-RateLimit-Limit", "5000")
                         .header("X-RateLimit-Remaining", "4987")
                         .header("X-RateLimit-Reset", "1900000000"));
        HttpClient client({{{"Authorization", "Bearer sekrit"}}, {}, u"test"_s}, quickContext());
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/things"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("[1,2]"));
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].headers.value("authorization"), QByteArray("Bearer sekrit"));
        QVERIFY(requests[0].headers.value("user-agent").startsWith("Signalbox/"));
        QCOMPARE(client.rateLimit().remaining, 4987);
        QCOMPARE(client.rateLimit().limit, 5000);
        QCOMPARE(client.rateLimit().resetAt, 1'900'000'000'000LL);
    }

    void gitLabRateLimitHeaders()
    {
        LoopbackServer server;
        server.route("/x",
                     LoopbackServer::json("{}")
                         .header("RateLimit-Limit", "2000")
                         .header("RateLimit-Remaining", "1999")
                         .header("RateLimit-Reset", "1900000060"));
        HttpClient client({}, quickContext());
        QVERIFY(client.get(server.baseUrl().resolved(QUrl(u"/x"_s))).ok());
        QCOMPARE(client.rateLimit().remaining, 1999);
        QCOMPARE(client.rateLimit().resetAt, 1'900'000'060'000LL);
    }

    void conditionalRequestsAnswered304()
    {
        LoopbackServer server;
        LoopbackServer::Reply reply = LoopbackServer::json(R"({"a":1})");
        reply.etag = "W/\"abc\"";
        server.route("/r", reply);
        const QUrl url = server.baseUrl().resolved(QUrl(u"/r"_s));

        FetchContext context = quickContext();
        HttpClient first({}, context);
        QVERIFY(first.get(url).ok());
        QCOMPARE(first.validators().value(url.toString()).etag, u"W/\"abc\""_s);

        context.validators = first.validators();
        HttpClient second({}, context);
        const HttpResponse r = second.get(url);
        QVERIFY(r.notModified());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.body.isEmpty());
        QCOMPARE(second.stats().notModified, 1);
        QCOMPARE(server.requests().last().headers.value("if-none-match"), QByteArray("W/\"abc\""));
        // A 304 keeps the validator for the next time.
        QCOMPARE(second.validators().value(url.toString()).etag, u"W/\"abc\""_s);
    }

    void followsLinkNext()
    {
        HttpResponse r;
        r.url = QUrl(u"https://api.example.com/repos/o/r/actions/runs?page=1"_s);
        r.headers.append(std::pair<QByteArray, QByteArray>(
            "link",
            "<https://api.example.com/repos/o/r/actions/runs?per_page=100&page=2>; rel=\"next\", "
            "<https://api.example.com/repos/o/r/actions/runs?per_page=100&page=5>; rel=\"last\""));
        QCOMPARE(HttpClient::nextLink(r),
                 QUrl(u"https://api.example.com/repos/o/r/actions/runs?per_page=100&page=2"_s));
        r.headers
            = {{"Link", "<https://x/?page=4>; rel=\"prev\", <https://x/?page=1>; rel=\"first\""}};
        QVERIFY(HttpClient::nextLink(r).isEmpty());
    }

    void retriesServerErrorThenSucceeds()
    {
        LoopbackServer server;
        server.routeSequence("/flaky",
                             {LoopbackServer::json(R"({"message":"boom"})", 500),
                              LoopbackServer::json(R"({"message":"boom"})", 502),
                              LoopbackServer::json("[]")});
        HttpClient client({}, quickContext());
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/flaky"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(client.stats().retries, 2);
    }

    void persistentServerErrorNamesUrlAndStatus()
    {
        LoopbackServer server;
        server.route("/down", LoopbackServer::json(R"({"message":"database is on fire"})", 503));
        FetchContext context = quickContext();
        context.http.maxAttempts = 2;
        HttpClient client({}, context);
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/down"_s)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"/down"_s) && r.error.contains(u"503"_s)
                     && r.error.contains(u"database is on fire"_s)
                     && r.error.contains(u"2 attempts"_s),
                 qPrintable(r.error));
    }

    void secondaryRateLimitWaitsRetryAfter()
    {
        LoopbackServer server;
        server.routeSequence(
            "/limited",
            {LoopbackServer::json(
                 R"({"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."})",
                 403)
                 .header("Retry-After", "1")
                 .header("X-RateLimit-Remaining", "4000"),
             LoopbackServer::json("[]")});
        HttpClient client({}, quickContext());
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/limited"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 must be honoured");
        QCOMPARE(server.requests().size(), 2);
    }

    void longRetryAfterFailsWithTime()
    {
        LoopbackServer server;
        server.route(
            "/busy",
            LoopbackServer::json(R"({"message":"slow down"})", 429).header("Retry-After", "3600"));
        HttpClient client({}, quickContext());
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/busy"_s)));
        QVERIFY(!r.ok());
        QCOMPARE(server.requests().size(), 1); // no hammering
        QVERIFY2(r.error.contains(u"rate limited"_s) && r.error.contains(u"429"_s),
                 qPrintable(r.error));
        QVERIFY(r.retryNotBefore > QDateTime::currentMSecsSinceEpoch() + 3'500'000);
    }

    void exhaustedPrimaryLimitUntilReset()
    {
        LoopbackServer server;
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1800);
        server.route("/out",
                     LoopbackServer::json(R"({"message":"API rate limit exceeded"})", 403)
                         .header("X-RateLimit-Remaining", "0")
                         .header("X-RateLimit-Reset", reset));
        HttpClient client({}, quickContext());
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/out"_s)));
        QVERIFY(!r.ok());
        QCOMPARE(r.retryNotBefore, reset.toLongLong() * 1000);
        QCOMPARE(client.rateLimit().remaining, 0);
    }

    void forbiddenWithoutLimitIsPermissions()
    {
        LoopbackServer server;
        server.route(
            "/private",
            LoopbackServer::json(R"({"message":"Resource not accessible by integration"})", 403)
                .header("X-RateLimit-Remaining", "4999"));
        HttpClient client({}, quickContext());
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/private"_s)));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(r.error.contains(u"403"_s) && r.error.contains(u"scope"_s), qPrintable(r.error));
        QCOMPARE(r.retryNotBefore, NoTime);
    }

    void truncatedBodyIsAnError()
    {
        LoopbackServer server;
        LoopbackServer::Reply reply = LoopbackServer::json(QByteArray(4000, 'x'));
        reply.behaviour = LoopbackServer::Reply::Behaviour::CloseMidBody;
        server.route("/cut", reply);
        FetchContext context = quickContext();
        context.http.maxAttempts = 2;
        HttpClient client({}, context);
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/cut"_s)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"/cut"_s), qPrintable(r.error));
        QCOMPARE(server.requests().size(), 2);
    }

    void hugeBodyIsRefused()
    {
        LoopbackServer server;
        server.route("/huge", LoopbackServer::json(QByteArray(50 * 1024 * 1024, ' ')));
        FetchContext context = quickContext();
        context.http.readTimeoutMs = 10'000;
        HttpClient client({}, context);
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/huge"_s)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"larger than 32 MB"_s), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(server.requests().size(), 1); // not worth retrying
    }

    void silentServerTimesOut()
    {
        LoopbackServer server;
        LoopbackServer::Reply reply;
        reply.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        server.route("/silent", reply);
        FetchContext context = quickContext();
        context.http.connectTimeoutMs = 300;
        context.http.maxAttempts = 2;
        HttpClient client({}, context);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/silent"_s)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"did not answer within 1 s"_s), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 5'000);
    }

    void cancelStopsAWait()
    {
        LoopbackServer server;
        LoopbackServer::Reply reply;
        reply.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        server.route("/silent", reply);
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        FetchContext context = quickContext();
        context.http.connectTimeoutMs = 60'000;
        context.isCancelled = [cancelled] {
            return cancelled->load();
        };
        std::thread canceller([cancelled] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancelled->store(true);
        });
        HttpClient client({}, context);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/silent"_s)));
        canceller.join();
        QVERIFY(r.cancelled);
        QVERIFY(timer.elapsed() < 3'000);
    }

    void gzipIsDecoded()
    {
        LoopbackServer server;
        LoopbackServer::Reply reply = LoopbackServer::json(R"({"total_count":3})");
        reply.gzip = true;
        server.route("/z", reply);
        HttpClient client({}, quickContext());
        const HttpResponse r = client.get(server.baseUrl().resolved(QUrl(u"/z"_s)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray(R"({"total_count":3})"));
        QVERIFY(server.requests()[0].headers.value("accept-encoding").contains("gzip"));
    }

    void unreadableCaBundleIsNamed()
    {
        HttpClient client({{}, u"/nonexistent/ca.pem"_s, u"test"_s}, quickContext());
        QVERIFY(client.setupError().contains(u"/nonexistent/ca.pem"_s));
        const HttpResponse r = client.get(QUrl(u"https://127.0.0.1:1/"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"/nonexistent/ca.pem"_s));
    }

    void customCertificateAuthorityPerSource()
    {
        LoopbackServer server(LoopbackServer::Transport::Https);
        server.route("/api/v4/version", LoopbackServer::json(R"({"version":"17.5.0"})"));
        const QUrl url = server.baseUrl().resolved(QUrl(u"/api/v4/version"_s));

        // TLS is verified: a self-hosted server with its own CA is refused without the bundle,
        // and the message says what to do.
        HttpClient plain({}, quickContext());
        const HttpResponse refused = plain.get(url);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"TLS check"_s) && refused.error.contains(u"caBundle"_s),
                 qPrintable(refused.error));
        QCOMPARE(server.requests().size(), 0);

        const QString bundle = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/fixtures/tls/ca.pem");
        HttpClient trusting({{}, bundle, u"gitlab"_s}, quickContext());
        QVERIFY(trusting.setupError().isEmpty());
        const HttpResponse r = trusting.get(url);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray(R"({"version":"17.5.0"})"));

        // The bundle is the source's own: another client still refuses the server.
        HttpClient other({}, quickContext());
        QVERIFY(!other.get(url).ok());
    }

    void usesTheSystemProxy()
    {
#ifndef Q_OS_LINUX
        QSKIP("the system proxy comes from the environment on Linux only");
#endif
        // On Linux the system proxy is the http_proxy variable (or libproxy where Qt uses it).
        LoopbackServer proxy;
        proxy.route("http://ci.example.invalid/api/v4/version",
                    LoopbackServer::json(R"({"version":"17.5.0"})"));
        qputenv("http_proxy", proxy.baseUrl().toEncoded());
        HttpClient client({}, quickContext());
        const HttpResponse r = client.get(QUrl(u"http://ci.example.invalid/api/v4/version"_s));
        qunsetenv("http_proxy");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(proxy.requests().size(), 1);
        // A proxy is asked with the absolute URL.
        QCOMPARE(proxy.requests()[0].target,
                 QByteArray("http://ci.example.invalid/api/v4/version"));
    }

    void worksOnAWorkerThread()
    {
        LoopbackServer server;
        server.route("/w", LoopbackServer::json("[]"));
        HttpResponse r;
        QThread *worker = QThread::create([&] {
            HttpClient client({}, quickContext());
            r = client.get(server.baseUrl().resolved(QUrl(u"/w"_s)));
        });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
