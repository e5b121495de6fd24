#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Signalbox::Test {

// A real HTTP/1.1 server on 127.0.0.1 for tests: the network edge, where the fakes serve the
// payloads real systems send. It runs on its own thread, so a test may block on a request
// (sources are blocking) while the server answers.
//
//     LoopbackServer server;
//     server.route("/repos/o/r/actions/runs", LoopbackServer::json(fixture("runs.json")));
//     … server.baseUrl() …
//     QCOMPARE(server.requests().size(), 1);
class LoopbackServer
{
public:
    struct Reply
    {
        enum class Behaviour {
            Answer,
            NeverAnswer, // accepts the connection, reads the request, says nothing
            CloseAfterHeaders, // sends status and headers, then hangs up
            CloseMidBody, // announces the full length, sends half, hangs up
            // Transfer-Encoding: chunked, one HTTP chunk per entry of chunks, chunkIntervalMs
            // apart (a watch stream), then: the last chunk (the server ended the stream) …
            Stream,
            StreamThenHangUp, // … or a hang-up without the last chunk (a dropped connection)
            StreamThenHold, // … or nothing more: the connection stays open until the client goes
        };
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Behaviour behaviour = Behaviour::Answer;
        bool gzip = false; // send the body gzip-compressed with Content-Encoding: gzip
        // When set, sent as ETag, and a request with a matching If-None-Match gets 304 with no
        // body (as GitHub and GitLab do).
        QByteArray etag;
        QList<QByteArray> chunks; // the streaming behaviours send these instead of body
        int chunkIntervalMs = 0;

        Reply &header(QByteArray name, QByteArray value)
        {
            headers.append({std::move(name), std::move(value)});
            return *this;
        }
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray path() const
        {
            return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        }
    };

    using Handler = std::function<std::optional<Reply>(const Request &)>;

    enum class Transport { Http, Https };
    // Https serves tests/fixtures/tls/server.pem, issued by tests/fixtures/tls/ca.pem.
    explicit LoopbackServer(Transport transport = Transport::Http);
    ~LoopbackServer();

    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>
    quint16 port() const { return m_port; }

    // Exact target (path with query) first, then the path alone. A sequence answers one entry
    // per request and repeats its last.
    void route(const QByteArray &target, Reply reply);
    void routeSequence(const QByteArray &target, QList<Reply> replies);
    // Asked before the routes; nullopt falls through to them.
    void setHandler(Handler handler);
    void clearRoutes();

    QList<Request> requests() const;
    int countRequests(const QByteArray &pathPrefix) const;
    void clearRequests();

    static Reply json(QByteArray body, int status = 200);
    static QByteArray gzipCompress(const QByteArray &data);

private:
    Reply replyFor(const Request &request);
    void serve(QTcpSocket *socket);
    void stream(QTcpSocket *socket, const Reply &reply);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what blocking calls run on
    QTcpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    Transport m_transport = Transport::Http;
    mutable QMutex m_mutex;
    QHash<QByteArray, QList<Reply>> m_routes;
    QHash<QByteArray, int> m_served;
    Handler m_handler;
    QList<Request> m_requests;
};

// Reads a file under tests/fixtures/ (SIGNALBOX_SOURCE_DIR), failing loudly when missing.
QByteArray fixture(const QString &relativePath);

} // namespace Signalbox::Test
