#include "kube/kubeclient.h"
#include "loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::fixture;
using Signalbox::Test::LoopbackServer;

namespace {

const QByteArray collection = "/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts";
const QByteArray continueToken
    = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTAwLCJzdGFydCI6ImNoZWNrb3V0XHUwMDAwIn0%3D";

QByteArray watchTarget(const QByteArray &version)
{
    return collection + "?labelSelector=app%3Dcheckout&watch=1&resourceVersion=" + version
        + "&allowWatchBookmarks=true&timeoutSeconds=300";
}

// One line of a watch stream, as the API server writes it.
QByteArray watchLine(const char *type, const char *name, const char *version)
{
    return R"({"type":")" + QByteArray(type)
        + R"(","object":{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","metadata":{"name":")"
        + name + R"(","namespace":"shop","resourceVersion":")" + version + "\"}}}\n";
}

QByteArray bookmark(const char *version)
{
    return R"({"type":"BOOKMARK","object":{"kind":"Rollout","apiVersion":"argoproj.io/v1alpha1","metadata":{"resourceVersion":")"
        + QByteArray(version) + "\"}}}\n";
}

LoopbackServer::Reply stream(QList<QByteArray> chunks, LoopbackServer::Reply::Behaviour end)
{
    LoopbackServer::Reply reply = LoopbackServer::json({});
    reply.behaviour = end;
    reply.chunks = std::move(chunks);
    reply.chunkIntervalMs = 20;
    return reply;
}

QString describe(const KubeWatchEvent &e)
{
    static const char *const names[] = {"ADDED", "MODIFIED", "DELETED", "BOOKMARK"};
    const QJsonObject metadata = e.object.value("metadata"_L1).toObject();
    return QString::fromLatin1(names[int(e.type)]) + u' '
        + metadata.value("name"_L1).toString(u"-"_s) + u' '
        + metadata.value("resourceVersion"_L1).toString();
}

QString describe(const KubeList &list)
{
    QStringList names;
    for (const QJsonObject &item : list.items)
        names.append(item.value("metadata"_L1).toObject().value("name"_L1).toString());
    return u"snapshot %1: %2"_s.arg(list.resourceVersion, names.join(u", "_s));
}

KubeClientOptions fastOptions()
{
    KubeClientOptions options;
    options.http.connectTimeoutMs = 2000;
    options.http.readTimeoutMs = 2000;
    options.http.retryBaseDelayMs = 20;
    options.http.maxRetryWaitMs = 3000;
    options.reconnectBaseMs = 20;
    options.reconnectMaxMs = 100;
    return options;
}

} // namespace

class TestKubeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void collectionPaths()
    {
        QCOMPARE(
            KubeClient::collectionPath(u"argoproj.io"_s, u"v1alpha1"_s, u"shop"_s, u"rollouts"_s),
            u"/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts"_s);
        QCOMPARE(KubeClient::collectionPath({}, u"v1"_s, {}, u"namespaces"_s),
                 u"/api/v1/namespaces"_s);
    }

    void listFollowsContinue()
    {
        LoopbackServer server;
        server.route(collection + "?labelSelector=app%3Dcheckout&limit=500",
                     LoopbackServer::json(fixture(u"kube/rollouts-page1.json"_s)));
        server.route(collection
                         + "?labelSelector=app%3Dcheckout&limit=500&continue=" + continueToken,
                     LoopbackServer::json(fixture(u"kube/rollouts-page2.json"_s)));
        KubeClient client(connectionTo(server), fastOptions(), {});
        const KubeList list = client.list(QString::fromLatin1(collection), u"app=checkout"_s);
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(describe(list), u"snapshot 100: checkout, payments"_s);

        const QList<LoopbackServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].target, collection + "?labelSelector=app%3Dcheckout&limit=500");
        QCOMPARE(requests[1].target,
                 collection + "?labelSelector=app%3Dcheckout&limit=500&continue=" + continueToken);
        for (const auto &request : requests)
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer s3cret-token"));
    }

    void watchResumesRelistsAndReconnects()
    {
        LoopbackServer server;
        using Behaviour = LoopbackServer::Reply::Behaviour;
        const QByteArray firstPage = collection + "?labelSelector=app%3Dcheckout&limit=500";
        server.routeSequence(firstPage,
                             {LoopbackServer::json(fixture(u"kube/rollouts-page1.json"_s)),
                              LoopbackServer::json(fixture(u"kube/rollouts-relist.json"_s))});
        server.route(firstPage + "&continue=" + continueToken,
                     LoopbackServer::json(fixture(u"kube/rollouts-page2.json"_s)));
        // An event split over two chunks, a bookmark, then the connection dies inside an event,
        // which must not be delivered.
        const QByteArray modified = watchLine("MODIFIED", "checkout", "101");
        server.route(watchTarget("100"),
                     stream({modified.left(30), modified.mid(30),
                             bookmark("105") + watchLine("ADDED", "ghost", "106").left(40)},
                            Behaviour::StreamThenHangUp));
        // The server no longer has version 105: list again, watch from the list's version.
        server.route(
            watchTarget("105"),
            stream(
                {R"json({"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 105 (190)","reason":"Expired","code":410}})json"
                 "\n"},
                Behaviour::Stream));
        // The server's timeout ends this one cleanly: resume at once from the deletion's version.
        server.route(watchTarget("200"),
                     stream({watchLine("DELETED", "payments", "201")}, Behaviour::Stream));
        server.route(watchTarget("201"), stream({bookmark("250")}, Behaviour::StreamThenHold));

        std::atomic<bool> stop = false;
        QStringList seen;
        QStringList interruptions;
        KubeWatchHandlers handlers;
        handlers.snapshot = [&](const KubeList &list) {
            seen.append(describe(list));
        };
        handlers.event = [&](const KubeWatchEvent &e) {
            seen.append(describe(e));
            // Delivered while the stream is still open: the last connection never ends.
            if (e.object.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString()
                == u"250")
                stop = true;
        };
        handlers.interrupted = [&](const QString &reason, int retryInMs) {
            interruptions.append(reason);
            QVERIFY(retryInMs >= 10 && retryInMs <= 100);
        };
        KubeClient client(connectionTo(server), fastOptions(), [&] { return stop.load(); });
        const QString error
            = client.watch(QString::fromLatin1(collection), u"app=checkout"_s, {}, handlers);
        QCOMPARE(error, QString());
        QCOMPARE(seen,
                 (QStringList {u"snapshot 100: checkout, payments"_s, u"MODIFIED checkout 101"_s,
                               u"BOOKMARK - 105"_s, u"snapshot 200: cart, checkout, payments"_s,
                               u"DELETED payments 201"_s, u"BOOKMARK - 250"_s}));
        QCOMPARE(interruptions.size(), 1);
        QVERIFY2(interruptions[0].startsWith(
                     u"the watch http://127.0.0.1:%1%2 was cut off"_s.arg(server.port())
                         .arg(QString::fromLatin1(watchTarget("100")))),
                 qPrintable(interruptions[0]));

        QList<QByteArray> targets;
        for (const auto &request : server.requests()) {
            targets.append(request.target);
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer s3cret-token"));
            QVERIFY(!request.target.contains("s3cret"));
        }
        QCOMPARE(targets,
                 (QList<QByteArray> {firstPage, firstPage + "&continue=" + continueToken,
                                     watchTarget("100"), watchTarget("105"), firstPage,
                                     watchTarget("200"), watchTarget("201")}));
    }

    void watchFromAVersionSkipsTheList()
    {
        LoopbackServer server;
        server.route(watchTarget("300"),
                     stream({watchLine("ADDED", "search", "301")},
                            LoopbackServer::Reply::Behaviour::StreamThenHold));
        QStringList seen;
        KubeWatchHandlers handlers;
        handlers.snapshot = [&](const KubeList &list) {
            seen.append(describe(list));
        };
        handlers.event = [&](const KubeWatchEvent &e) {
            seen.append(describe(e));
        };
        // Cancelled from outside while the stream is open and quiet.
        KubeClient client(connectionTo(server), fastOptions(), [&] { return !seen.isEmpty(); });
        QCOMPARE(
            client.watch(QString::fromLatin1(collection), u"app=checkout"_s, u"300"_s, handlers),
            QString());
        QCOMPARE(seen, QStringList {u"ADDED search 301"_s});
        QCOMPARE(server.requests().size(), 1);
    }

    void refusedWatchIsNotRetried()
    {
        LoopbackServer server;
        server.route(watchTarget("300"),
                     LoopbackServer::json(fixture(u"kube/status-forbidden.json"_s), 403));
        KubeClient client(connectionTo(server), fastOptions(), {});
        const QString error
            = client.watch(QString::fromLatin1(collection), u"app=checkout"_s, u"300"_s, {});
        QCOMPARE(
            error,
            u"the watch http://127.0.0.1:%1%2 answered HTTP 403 (the server said: rollouts.argoproj.io is forbidden: User \"alice\" cannot watch resource \"rollouts\" in API group \"argoproj.io\" in the namespace \"shop\")"_s
                .arg(server.port())
                .arg(QString::fromLatin1(watchTarget("300"))));
        QCOMPARE(server.requests().size(), 1);
    }

    void tlsWithTheClustersOwnAuthority()
    {
        LoopbackServer server(LoopbackServer::Transport::Https);
        server.route(collection + "?limit=500",
                     LoopbackServer::json(fixture(u"kube/rollouts-page2.json"_s)));
        server.route(
            collection + "?watch=1&resourceVersion=100&allowWatchBookmarks=true&timeoutSeconds=300",
            stream({watchLine("MODIFIED", "payments", "102")},
                   LoopbackServer::Reply::Behaviour::StreamThenHold));
        const QByteArray ca = fixture(u"tls/ca.pem"_s).toBase64();
        const auto resolve = [&](const QByteArray &clusterFields) {
            writeConfig(server.baseUrl(), clusterFields);
            QString error;
            const auto connection
                = KubeConfig::load({m_dir->filePath(u"config"_s)}).resolveContext({}, &error);
            if (!connection)
                qFatal("%s", qPrintable(error));
            return *connection;
        };

        std::atomic<bool> stop = false;
        QStringList seen;
        KubeWatchHandlers handlers;
        handlers.snapshot = [&](const KubeList &list) {
            seen.append(describe(list));
        };
        handlers.event = [&](const KubeWatchEvent &e) {
            seen.append(describe(e));
            stop = true;
        };
        KubeClient trusted(resolve("    certificate-authority-data: " + ca + "\n"), fastOptions(),
                           [&] { return stop.load(); });
        QCOMPARE(trusted.watch(QString::fromLatin1(collection), {}, {}, handlers), QString());
        QCOMPARE(seen, (QStringList {u"snapshot 100: payments"_s, u"MODIFIED payments 102"_s}));
        QCOMPARE(server.requests().size(), 2);

        // Without the cluster's authority the server's certificate is not trusted.
        server.clearRequests();
        KubeClient untrusted(resolve({}), fastOptions(), {});
        const KubeList refused = untrusted.list(QString::fromLatin1(collection));
        QVERIFY2(refused.error.contains(u"TLS check"_s), qPrintable(refused.error));
        QVERIFY(!refused.error.contains(u"s3cret"_s));
        QCOMPARE(server.requests().size(), 0);
    }

private:
    void writeConfig(const QUrl &server, const QByteArray &clusterFields)
    {
        QFile out(m_dir->filePath(u"config"_s));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(
            "current-context: lab\n"
            "clusters:\n- name: lab\n  cluster:\n    server: "
            + server.toString().toUtf8() + "\n" + clusterFields
            + "contexts:\n- name: lab\n  context: {cluster: lab, user: alice, namespace: shop}\n"
              "users:\n- name: alice\n  user: {token: s3cret-token}\n");
    }

    KubeConnection connectionTo(const LoopbackServer &server)
    {
        writeConfig(server.baseUrl(), {});
        QString error;
        const auto connection
            = KubeConfig::load({m_dir->filePath(u"config"_s)}).resolveContext({}, &error);
        if (!connection)
            qFatal("%s", qPrintable(error));
        return *connection;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
