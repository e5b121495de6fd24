#include "loopbackserver.h"

#include <QFile>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <zlib.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Signalbox::Test {

LoopbackServer::LoopbackServer(Transport transport)
    : m_transport(transport)
{
    m_thread.setObjectName(QStringLiteral("loopback-http"));
    m_thread.start();
    // The server object is made and listens on its own thread; the constructor waits for the port.
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_transport == Transport::Https) {
                auto *tls = new QSslServer;
                QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
                configuration.setLocalCertificate(QSslCertificate(fixture(u"tls/server.pem"_s)));
                configuration.setPrivateKey(QSslKey(fixture(u"tls/server.key"_s), QSsl::Rsa));
                tls->setSslConfiguration(configuration);
                m_server = tls;
            } else {
                m_server = new QTcpServer;
            }
            if (!m_server->listen(QHostAddress::LocalHost, 0))
                qFatal("loopback server cannot listen: %s", qPrintable(m_server->errorString()));
            m_port = m_server->serverPort();
            // For TLS, a connection is pending once its handshake is done.
            QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection())
                    serve(socket);
            });
        },
        Qt::BlockingQueuedConnection);
}

LoopbackServer::~LoopbackServer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server; // closes the listening socket; accepted sockets are its children
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has finished: safe to delete from here
}

QUrl LoopbackServer::baseUrl() const
{
    return QUrl((m_transport == Transport::Https ? QStringLiteral("https://127.0.0.1:%1")
                                                 : QStringLiteral("http://127.0.0.1:%1"))
                    .arg(m_port));
}

void LoopbackServer::route(const QByteArray &target, Reply reply)
{
    routeSequence(target, {std::move(reply)});
}

void LoopbackServer::routeSequence(const QByteArray &target, QList<Reply> replies)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(target, std::move(replies));
    m_served.remove(target);
}

void LoopbackServer::setHandler(Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

void LoopbackServer::clearRoutes()
{
    QMutexLocker lock(&m_mutex);
    m_routes.clear();
    m_served.clear();
    m_handler = {};
}

QList<LoopbackServer::Request> LoopbackServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int LoopbackServer::countRequests(const QByteArray &pathPrefix) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Request &r : m_requests)
        n += r.target.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

void LoopbackServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

LoopbackServer::Reply LoopbackServer::json(QByteArray body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.header("Content-Type", "application/json; charset=utf-8");
    return reply;
}

QByteArray LoopbackServer::gzipCompress(const QByteArray &data)
{
    z_stream stream {};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

LoopbackServer::Reply LoopbackServer::replyFor(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    if (m_handler) {
        Handler handler = m_handler;
        lock.unlock();
        if (std::optional<Reply> reply = handler(request))
            return *reply;
        lock.relock();
    }
    QByteArray key = request.target;
    if (!m_routes.contains(key))
        key = request.path();
    const auto it = m_routes.constFind(key);
    if (it == m_routes.cend() || it->isEmpty()) {
        Reply notFound = json(R"({"message":"Not Found"})", 404);
        return notFound;
    }
    const int served = m_served.value(key);
    m_served[key] = served + 1;
    return it->at(std::min<qsizetype>(served, it->size() - 1));
}

void LoopbackServer::serve(QTcpSocket *socket)
{
    socket->setParent(m_server);
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->clear();
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        Reply reply = replyFor(request);
        if (reply.behaviour == Reply::Behaviour::NeverAnswer)
            return; // the socket stays open until the client gives up
        if (!reply.etag.isEmpty() && request.headers.value("if-none-match") == reply.etag) {
            reply.status = 304;
            reply.body.clear();
            reply.gzip = false;
        }
        if (reply.behaviour == Reply::Behaviour::Stream
            || reply.behaviour == Reply::Behaviour::StreamThenHangUp
            || reply.behaviour == Reply::Behaviour::StreamThenHold) {
            stream(socket, reply);
            return;
        }
        QByteArray body = reply.gzip ? gzipCompress(reply.body) : reply.body;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
        for (const auto &[name, value] : std::as_const(reply.headers))
            head += name + ": " + value + "\r\n";
        if (!reply.etag.isEmpty())
            head += "ETag: " + reply.etag + "\r\n";
        if (reply.gzip)
            head += "Content-Encoding: gzip\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        switch (reply.behaviour) {
        case Reply::Behaviour::CloseAfterHeaders:
            socket->flush();
            socket->disconnectFromHost();
            return;
        case Reply::Behaviour::CloseMidBody:
            socket->write(body.left(body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return;
        default:
            break;
        }
        if (reply.status != 304)
            socket->write(body);
        socket->disconnectFromHost();
    });
}

void LoopbackServer::stream(QTcpSocket *socket, const Reply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    for (const auto &[name, value] : std::as_const(reply.headers))
        head += name + ": " + value + "\r\n";
    head += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    socket->write(head);
    socket->flush();
    // Each chunk goes out on its own timer tick, so the client sees them arrive one by one. The
    // pending timer owns the sender; it refers to itself weakly, so nothing outlives the stream.
    auto sendFrom = std::make_shared<std::function<void(qsizetype)>>();
    std::weak_ptr<std::function<void(qsizetype)>> self = sendFrom;
    *sendFrom = [socket, reply, self](qsizetype index) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (index < reply.chunks.size()) {
            const QByteArray &chunk = reply.chunks.at(index);
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            socket->flush();
            QTimer::singleShot(reply.chunkIntervalMs, socket,
                               [sender = self.lock(), index] { (*sender)(index + 1); });
            return;
        }
        if (reply.behaviour == Reply::Behaviour::Stream) {
            socket->write("0\r\n\r\n");
            socket->flush();
            socket->disconnectFromHost();
        } else if (reply.behaviour == Reply::Behaviour::StreamThenHangUp) {
            socket->flush();
            socket->abort();
        }
    };
    (*sendFrom)(0);
}

QByteArray fixture(const QString &relativePath)
{
    const QString path = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/fixtures/") + relativePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s cannot be read", qPrintable(path));
    return file.readAll();
}

} // namespace Signalbox::Test
