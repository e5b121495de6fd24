#include "analysis/analysis.h"
#include "domain/workspace.h"
#include "loopbackserver.h"
#include "sources/pactbroker/pactbrokerclient.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/sourcesync.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::fixture;
using Signalbox::Test::LoopbackServer;

namespace {

const QByteArray Token = "pactflow-Rk9sekrit-test-token-7731";
const QByteArray Password = "broker-pw-Zq3sekrit-8812";
const QString SourceName = u"contracts"_s;
// The fixtures name the broker by this address; the server's own replaces it when served.
const QByteArray FixtureBase = "http://pact-broker.test";

const QByteArray TestEnv = "/environments/6e4b0d47c1e14f55/deployed-versions/currently-deployed";
const QByteArray ProductionEnv
    = "/environments/b1f3c2a48d7e4e3b/deployed-versions/currently-deployed";
const QByteArray WebOrders
    = "/pacts/provider/orders/consumer/web/latest/verification-results/latest";
const QByteArray OrdersPayments
    = "/pacts/provider/payments/consumer/orders/latest/verification-results/latest";
const QByteArray WebBilling
    = "/pacts/provider/billing-svc/consumer/web/latest/verification-results/latest";

QString iso(EpochMs ms)
{
    if (ms == NoTime)
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

const QString B = QString::fromLatin1(FixtureBase);

const QStringList FirstDeployments {
    u"6e4b0d47c1e14f55/orders/5.1.0|orders|5.1.0|test|2024-05-06T08:00:00.000Z|success|"_s + B
        + u"/deployed-versions/d0000002"_s,
    u"6e4b0d47c1e14f55/web/2.0.0|web|2.0.0|test|2024-05-06T09:00:00.000Z|success|"_s + B
        + u"/deployed-versions/d0000001"_s,
    // Deployed at 12:00 in UTC+2.
    u"b1f3c2a48d7e4e3b/billing-svc/1.4.0|billing-svc|1.4.0|production|2024-04-29T10:00:00.000Z|"
    "success|"_s
        + B + u"/deployed-versions/d0000006"_s,
    u"b1f3c2a48d7e4e3b/orders/5.0.0|orders|5.0.0|production|2024-05-02T10:00:00.000Z|success|"_s + B
        + u"/deployed-versions/d0000004"_s,
    u"b1f3c2a48d7e4e3b/payments/3.2.0|payments|3.2.0|production|2024-04-30T12:00:00.000Z|"
    "success|"_s
        + B + u"/deployed-versions/d0000005"_s,
    u"b1f3c2a48d7e4e3b/web/1.9.0|web|1.9.0|production|2024-05-01T10:00:00.000Z|success|"_s + B
        + u"/deployed-versions/d0000003"_s,
};

const QStringList FirstDependencies {
    u"orders|payments|unknown|pact of orders 5.1.0 with payments in the Pact Broker: "_s + B
        + u"/pacts/provider/payments/consumer/orders/version/5.1.0"_s,
    u"web|billing-svc|unknown|pact of web 2.0.0 with billing-svc in the Pact Broker: "_s + B
        + u"/pacts/provider/billing-svc/consumer/web/version/2.0.0"_s,
    u"web|orders|unknown|pact of web 2.0.0 with orders in the Pact Broker: "_s + B
        + u"/pacts/provider/orders/consumer/web/version/2.0.0"_s,
};

const QStringList FirstVerifications {
    u"orders|5.1.0|payments|3.2.0 => orders|5.1.0|payments|3.2.0|success|"
    "2024-05-06T08:30:00.250Z|https://ci.example.com/payments/builds/77"_s,
    // Never verified: known as a contract, of unknown result.
    u"web|2.0.0|billing-svc| => web|2.0.0|billing-svc||unknown|-|"_s + B
        + u"/pacts/provider/billing-svc/consumer/web/version/2.0.0"_s,
    u"web|2.0.0|orders|5.0.0 => web|2.0.0|orders|5.0.0|failed|2024-05-06T09:30:00.000Z|"
    "https://ci.example.com/orders/builds/812"_s,
};

} // namespace

class TestPactBrokerSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LoopbackServer> m_server;
    Workspace m_workspace;
    SourceConfig m_config;
    SourceSyncOptions m_options;
    QStringList m_texts; // every error, diagnostic and cursor seen: none may hold a secret

    QString base() const { return m_server->baseUrl().toString(); }

    // Rows hold the server's address; the expectations name the fixtures' one.
    QString stable(QString text) const { return text.replace(base(), B); }

    QByteArray served(const QString &name) const
    {
        return fixture(u"pactbroker/"_s + name).replace(FixtureBase, base().toUtf8());
    }

    // As the broker answers, with an ETag derived from the body so it changes when the body does.
    LoopbackServer::Reply answer(const QString &name) const
    {
        const QByteArray body = served(name);
        LoopbackServer::Reply reply = LoopbackServer::json(body);
        reply.headers.clear();
        reply.header("Content-Type", "application/hal+json;charset=utf-8");
        reply.etag = "W/\""
            + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(16) + "\"";
        return reply;
    }

    void serveBroker()
    {
        LoopbackServer &s = *m_server;
        s.route("/pacticipants?size=100", answer(u"pacticipants-1.json"_s));
        s.route("/pacticipants?size=2&page=2", answer(u"pacticipants-2.json"_s));
        s.route("/environments", answer(u"environments.json"_s));
        s.route("/pacts/latest", answer(u"pacts-latest.json"_s));
        for (const QByteArray &pacticipant :
             QByteArrayList {"web", "orders", "payments", "billing-svc"}) {
            // Only web and orders run in test.
            const bool inTest = pacticipant == "web" || pacticipant == "orders";
            s.route(TestEnv + "?pacticipant=" + pacticipant,
                    answer(inTest ? u"deployed-test-%1.json"_s.arg(QString::fromLatin1(pacticipant))
                                  : u"deployed-none.json"_s));
            s.route(ProductionEnv + "?pacticipant=" + pacticipant,
                    answer(u"deployed-production-%1.json"_s.arg(QString::fromLatin1(pacticipant))));
        }
        s.route(WebOrders, answer(u"verification-web-orders.json"_s));
        s.route(OrdersPayments, answer(u"verification-orders-payments.json"_s));
        s.route(WebBilling, notFound());
    }

    static LoopbackServer::Reply notFound()
    {
        return LoopbackServer::json(R"({"error":"The requested document was not found."})", 404);
    }

    SourceSyncOutcome sync()
    {
        const SourceSyncOutcome outcome = syncSource(*m_store, m_workspace, m_config, m_options);
        m_texts.append(outcome.error);
        for (const Diagnostic &d : outcome.diagnostics)
            m_texts.append(d.key + u' ' + d.message);
        const SourceHealth health = m_store->sourceHealth(SourceName);
        m_texts.append(health.lastError);
        m_texts.append(health.cursor);
        return outcome;
    }

    QStringList deploymentRows()
    {
        Statement q(m_store->database(),
                    "SELECT d.external_id, s.name, d.version, d.environment, d.deployed_at, "
                    "d.status, d.commit_sha, d.url FROM deployments d "
                    "JOIN services s ON s.id = d.service_id JOIN sources src ON src.id = "
                    "d.source_id WHERE src.name = ? ORDER BY d.external_id");
        q.bind(1, SourceName);
        QStringList rows;
        while (q.step()) {
            // The broker knows versions, not commits: commit_sha stays empty.
            rows.append(stable(
                QStringList {q.text(0), q.text(1), q.text(2), q.text(3), iso(q.int64Or(4, NoTime)),
                             toWord(DeploymentStatus(q.int64(5))), q.text(6) + q.text(7)}
                    .join(u'|')));
        }
        return rows;
    }

    QStringList dependencyRows()
    {
        Statement q(m_store->database(),
                    "SELECT c.name, p.name, d.kind, d.evidence FROM dependencies d "
                    "JOIN services c ON c.id = d.consumer_id JOIN services p ON p.id = "
                    "d.provider_id JOIN sources src ON src.id = d.source_id WHERE src.name = ? "
                    "ORDER BY c.name, p.name");
        q.bind(1, SourceName);
        QStringList rows;
        while (q.step()) {
            rows.append(stable(
                QStringList {q.text(0), q.text(1), toWord(DependencyKind(q.int64(2))), q.text(3)}
                    .join(u'|')));
        }
        return rows;
    }

    QStringList verificationRows()
    {
        Statement q(m_store->database(),
                    "SELECT v.external_id, c.name, v.consumer_version, p.name, v.provider_version, "
                    "v.result, v.verified_at, v.url FROM contract_verifications v "
                    "JOIN services c ON c.id = v.consumer_id JOIN services p ON p.id = "
                    "v.provider_id JOIN sources src ON src.id = v.source_id WHERE src.name = ? "
                    "ORDER BY v.external_id");
        q.bind(1, SourceName);
        QStringList rows;
        while (q.step()) {
            rows.append(stable(q.text(0) + u" => "_s
                               + QStringList {q.text(1), q.text(2), q.text(3), q.text(4),
                                              toWord(VerificationResult(q.int64(5))),
                                              iso(q.int64Or(6, NoTime)), q.text(7)}
                                     .join(u'|')));
        }
        return rows;
    }

    QList<QByteArray> authorizations() const
    {
        QList<QByteArray> result;
        for (const LoopbackServer::Request &r : m_server->requests())
            result.append(r.headers.value("authorization"));
        return result;
    }

    void syncFirst()
    {
        serveBroker();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(deploymentRows(), FirstDeployments);
        m_server->clearRequests();
    }

    void verifyNoSecretLeaked()
    {
        const QByteArray basic = (u"ops:"_s + QString::fromLatin1(Password)).toUtf8().toBase64();
        for (const QString &text : std::as_const(m_texts)) {
            QVERIFY2(!text.contains(QString::fromLatin1(Token)), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(Password)), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(basic)), qPrintable(text));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>(m_dir->filePath(u"cache.sqlite"_s));
        m_server = std::make_unique<LoopbackServer>();
        m_texts.clear();
        qputenv("PACT_BROKER_TOKEN", Token);
        for (const char *name :
             {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD"})
            qunsetenv(name);

        m_workspace = {};
        m_workspace.filePath = m_dir->filePath(u"workspace.yaml"_s);
        m_config = {};
        m_config.kind = u"pact-broker"_s;
        m_config.name = SourceName;
        m_config.settings.insert(u"url"_s, base());

        m_options = {};
        m_options.http.connectTimeoutMs = 800;
        m_options.http.readTimeoutMs = 800;
        m_options.http.retryBaseDelayMs = 20;
        m_options.http.maxRetryWaitMs = 3'000;
        m_options.ignoreBackoff = true;
    }

    void cleanup()
    {
        verifyNoSecretLeaked();
        m_server.reset();
        m_store.reset();
        m_dir.reset();
    }

    void firstSyncStoresExactRows()
    {
        serveBroker();
        QList<std::pair<int, int>> progress;
        m_options.progress = [&progress](int done, int total) {
            progress.append({done, total});
        };
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.diagnostics.isEmpty());
        QCOMPARE(deploymentRows(), FirstDeployments);
        QCOMPARE(dependencyRows(), FirstDependencies);
        QCOMPARE(verificationRows(), FirstVerifications);

        // Two pages of pacticipants, the environments, the pacts; 2 environments × 4
        // pacticipants; one verification per pact.
        QCOMPARE(m_server->requests().size(), 2 + 1 + 1 + 8 + 3);
        QCOMPARE(m_server->requests().at(1).target, "/pacticipants?size=2&page=2");
        QCOMPARE(progress.first(), std::make_pair(0, -1));
        QCOMPARE(progress.last(), std::make_pair(15, 15));
        // PACT_BROKER_TOKEN without a user name: PactFlow's bearer token.
        for (const QByteArray &header : authorizations())
            QCOMPARE(header, "Bearer " + Token);
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("username"); // the workspace setting
        QTest::addColumn<QByteArrayList>("environment"); // NAME=value
        QTest::addColumn<QByteArray>("expected");

        const QByteArray basic = "Basic " + QByteArray("ops:" + Password).toBase64();
        QTest::newRow("PactFlow token from PACT_BROKER_TOKEN")
            << QString() << QByteArrayList {} << "Bearer " + Token;
        QTest::newRow("user name in the workspace, token as the password")
            << u"ops"_s << QByteArrayList {"PACT_BROKER_TOKEN=" + Password} << basic;
        QTest::newRow("PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD")
            << QString()
            << QByteArrayList {"PACT_BROKER_TOKEN=", "PACT_BROKER_USERNAME=ops",
                               "PACT_BROKER_PASSWORD=" + Password}
            << basic;
        QTest::newRow("a stray PACT_BROKER_USERNAME leaves a PactFlow token a bearer token")
            << QString() << QByteArrayList {"PACT_BROKER_USERNAME=ops"} << "Bearer " + Token;
    }

    void authentication()
    {
        QFETCH(QString, username);
        QFETCH(QByteArrayList, environment);
        QFETCH(QByteArray, expected);
        for (const QByteArray &assignment : environment) {
            const qsizetype eq = assignment.indexOf('=');
            const QByteArray name = assignment.left(eq);
            const QByteArray value = assignment.mid(eq + 1);
            if (value.isEmpty())
                qunsetenv(name.constData());
            else
                qputenv(name.constData(), value);
        }
        if (!username.isEmpty())
            m_config.settings.insert(u"username"_s, username);
        serveBroker();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QList<QByteArray> sent = authorizations();
        QCOMPARE(sent.size(), 15);
        for (const QByteArray &header : sent)
            QCOMPARE(header, expected);
    }

    void secondSyncIsAllNotModified()
    {
        syncFirst();
        QVERIFY(!QTest::currentTestFailed());
        const QString cursor = m_store->sourceHealth(SourceName).cursor;
        QVERIFY(!cursor.isEmpty());

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.unchanged);
        QCOMPARE(outcome.counts.deployments, 0);
        // Every request asked "changed since?"; all but the never-verified pact's 404 were 304.
        const QList<LoopbackServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 15);
        for (const LoopbackServer::Request &r : requests) {
            if (r.path() != WebBilling)
                QVERIFY2(r.headers.contains("if-none-match"), r.target.constData());
        }
        QCOMPARE(outcome.stats.requests, 15);
        QCOMPARE(outcome.stats.notModified, 14);
        // Only the 404's short body came over the wire.
        QCOMPARE(outcome.stats.bytes, qint64(notFound().body.size()));
        QCOMPARE(deploymentRows(), FirstDeployments);
        QCOMPARE(dependencyRows(), FirstDependencies);
        QCOMPARE(verificationRows(), FirstVerifications);
        QCOMPARE(m_store->sourceHealth(SourceName).cursor, cursor);
    }

    void changedPageIsReadWhileTheRestComesFromTheCursor()
    {
        syncFirst();
        QVERIFY(!QTest::currentTestFailed());
        // The provider verified the pact that was never verified: only that answer changes.
        LoopbackServer::Reply verified = LoopbackServer::json(
            served(u"verification-web-orders.json"_s)
                .replace("\"providerName\": \"orders\"", "\"providerName\": \"billing-svc\"")
                .replace("\"5.0.0\"", "\"1.4.0\"")
                .replace("\"success\": false", "\"success\": true")
                .replace("orders/builds/812", "billing/builds/40"));
        verified.etag = "W/\"billing-verified\"";
        m_server->route(WebBilling, verified);

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        QCOMPARE(outcome.stats.notModified, 14);
        QStringList expected = FirstVerifications;
        expected.insert(2,
                        u"web|2.0.0|billing-svc|1.4.0 => web|2.0.0|billing-svc|1.4.0|success|"
                        "2024-05-06T09:30:00.000Z|https://ci.example.com/billing/builds/40"_s);
        QCOMPARE(verificationRows(), expected);
        // What came from the cursor is written again as it was.
        QCOMPARE(deploymentRows(), FirstDeployments);
        QCOMPARE(dependencyRows(), FirstDependencies);
    }

    void namesAreMapped()
    {
        m_config.settings.insert(u"services"_s, QVariantMap {{u"billing-svc"_s, u"billing"_s}});
        m_config.settings.insert(
            u"environments"_s,
            QVariantMap {{u"production"_s, u"prod"_s}, {u"test"_s, u"staging"_s}});
        serveBroker();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QStringList deployments = FirstDeployments;
        for (QString &row : deployments) {
            row.replace(u"|production|"_s, u"|prod|"_s).replace(u"|test|"_s, u"|staging|"_s);
            row.replace(u"|billing-svc|"_s, u"|billing|"_s);
        }
        QCOMPARE(deploymentRows(), deployments);
        QCOMPARE(dependencyRows().at(1),
                 u"web|billing|unknown|pact of web 2.0.0 with billing-svc in the Pact Broker: "_s
                     + B + u"/pacts/provider/billing-svc/consumer/web/version/2.0.0"_s);
        // The id keeps the broker's names: a changed mapping moves the row.
        QCOMPARE(verificationRows().at(1),
                 u"web|2.0.0|billing-svc| => web|2.0.0|billing||unknown|-|"_s + B
                     + u"/pacts/provider/billing-svc/consumer/web/version/2.0.0"_s);
    }

    void urlFromTheEnvironment()
    {
        m_config.settings.remove(u"url"_s);
        qputenv("PACT_BROKER_BASE_URL", (base() + u"/"_s).toUtf8());
        serveBroker();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(deploymentRows(), FirstDeployments);

        qunsetenv("PACT_BROKER_BASE_URL");
        const SourceSyncOutcome without = sync();
        QVERIFY(!without.ok);
        QCOMPARE(without.error,
                 u"no broker address: set url to the broker's base address such as "
                 "https://broker.example.com, or PACT_BROKER_BASE_URL"_s);
    }

    void unauthorizedFailsAndKeepsRows()
    {
        syncFirst();
        QVERIFY(!QTest::currentTestFailed());
        m_server->route("/pacticipants?size=100",
                        LoopbackServer::json(R"({"error":"Unauthorized"})", 401));
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error,
                 base()
                     + u"/pacticipants?size=100 refused the credentials (HTTP 401) (the server "
                       "said: Unauthorized); check the token"_s);
        QCOMPARE(m_store->sourceHealth(SourceName).lastError, outcome.error);
        QCOMPARE(deploymentRows(), FirstDeployments);
        QCOMPARE(dependencyRows(), FirstDependencies);
        QCOMPARE(verificationRows(), FirstVerifications);
    }

    void htmlErrorPageFailsAndKeepsRows()
    {
        syncFirst();
        QVERIFY(!QTest::currentTestFailed());
        LoopbackServer::Reply login;
        login.header("Content-Type", "text/html; charset=utf-8");
        login.body = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                     "<body><form action=\"/login\"></form></body></html>\n";
        m_server->route("/environments", login);
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error,
                 u"the answer from "_s + base()
                     + u"/environments is not valid JSON (illegal value at byte 1 of 107); "
                       "expected the Pact Broker's HAL+JSON, check that url is the broker's "
                       "base address"_s);
        QCOMPARE(deploymentRows(), FirstDeployments);
        QCOMPARE(dependencyRows(), FirstDependencies);
        QCOMPARE(verificationRows(), FirstVerifications);
    }

    void cancelStopsWithoutWriting()
    {
        serveBroker();
        int requests = 0;
        m_options.progress = [&requests](int done, int) {
            requests = done;
        };
        m_options.isCancelled = [&requests] {
            return requests >= 5;
        };
        const SourceSyncOutcome outcome = sync();
        QVERIFY(outcome.cancelled);
        QCOMPARE(m_server->requests().size(), 5);
        QCOMPARE(deploymentRows(), QStringList());
    }

    void canIDeploy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<std::optional<bool>>("deployable");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("row");

        QTest::newRow("yes") << u"can-i-deploy-yes.json"_s << u"orders"_s << u"5.1.0"_s
                             << QByteArray("/can-i-deploy?pacticipant=orders&version=5.1.0"
                                           "&environment=production")
                             << std::optional<bool>(true)
                             << u"All required verification results are published and "
                                "successful"_s
                             << u"orders 5.1.0 -> payments 3.2.0: true at "
                                "2024-05-06T08:30:00.250Z"_s;
        QTest::newRow("no, with the broker's reason")
            << u"can-i-deploy-no.json"_s << u"web"_s << u"2.0.0"_s
            << QByteArray("/can-i-deploy?pacticipant=web&version=2.0.0&environment=production")
            << std::optional<bool>(false)
            << u"The verification for the pact between version 2.0.0 of web and the version of "
               "orders currently deployed to production (5.0.0) failed"_s
            << u"web 2.0.0 -> orders 5.0.0: false at 2024-05-06T09:30:00.000Z"_s;
        // The workspace calls the service billing; the broker billing-svc.
        QTest::newRow("unknown is not success")
            << u"can-i-deploy-unknown.json"_s << u"billing"_s << u"1.5.0+build.7"_s
            << QByteArray("/can-i-deploy?pacticipant=billing-svc&version=1.5.0%2Bbuild.7"
                          "&environment=production")
            << std::optional<bool>()
            << u"There is no verified pact between version 2.0.0 of web and the version of "
               "billing-svc currently deployed to production (1.4.0)"_s
            << u"web 2.0.0 -> billing : unverified at -"_s;
    }

    void canIDeploy()
    {
        QFETCH(QString, file);
        QFETCH(QString, service);
        QFETCH(QString, version);
        QFETCH(QByteArray, target);
        QFETCH(std::optional<bool>, deployable);
        QFETCH(QString, reason);
        QFETCH(QString, row);
        m_config.settings.insert(u"services"_s, QVariantMap {{u"billing-svc"_s, u"billing"_s}});
        m_config.settings.insert(u"environments"_s, QVariantMap {{u"production"_s, u"prod"_s}});
        m_server->route("/can-i-deploy", answer(file));

        PactBrokerRequestOptions options;
        options.http = m_options.http;
        const CanIDeployAnswer answer
            = PactBrokerClient::canIDeploy(m_config, service, version, u"prod"_s, options);
        QCOMPARE(answer.error, QString());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().target, target);
        QCOMPARE(m_server->requests().first().headers.value("authorization"), "Bearer " + Token);
        QCOMPARE(answer.deployable, deployable);
        QCOMPARE(answer.reason, reason);
        QCOMPARE(answer.notices.size(), deployable == true ? 2 : 1);
        QCOMPARE(answer.notices.last(), reason);
        QCOMPARE(answer.matrix.size(), 1);
        const PactMatrixRow &r = answer.matrix.first();
        const QString verdict = !r.verified ? u"unverified"_s
            : *r.verified                   ? u"true"_s
                                            : u"false"_s;
        QCOMPARE(u"%1 %2 -> %3 %4: %5 at %6"_s.arg(r.consumer, r.consumerVersion, r.provider,
                                                   r.providerVersion, verdict, iso(r.verifiedAt)),
                 row);
        QCOMPARE(r.pactCreatedAt,
                 QDateTime(QDate(2024, 5, 6), QTime(8, 55), Qt::UTC).toMSecsSinceEpoch());
    }

    void canIDeployFailureIsUnknownWithAnError()
    {
        m_server->route("/can-i-deploy", LoopbackServer::json(R"({"error":"Unauthorized"})", 401));
        PactBrokerRequestOptions options;
        options.http = m_options.http;
        const CanIDeployAnswer answer = PactBrokerClient::canIDeploy(m_config, u"web"_s, u"2.0.0"_s,
                                                                     u"production"_s, options);
        QCOMPARE(answer.deployable, std::optional<bool>());
        QCOMPARE(answer.error,
                 base()
                     + u"/can-i-deploy?pacticipant=web&version=2.0.0&environment=production "
                       "refused the credentials (HTTP 401) (the server said: Unauthorized); "
                       "check the token"_s);
        m_texts.append(answer.error);
    }

    // The analysis core on what a sync stored: the failing verification of web 2.0.0 against
    // the orders that runs in production holds web's deployment there.
    void failingVerificationBlocksTheDeployment()
    {
        syncFirst();
        QVERIFY(!QTest::currentTestFailed());
        const SnapshotPtr snapshot = m_store->readSnapshot();
        ReleasePolicy policy;
        policy.environments = {u"test"_s, u"production"_s};
        const AnalysisContext context = AnalysisContext::build(
            *snapshot, policy,
            QDateTime(QDate(2024, 5, 7), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        const QList<DeployCheck> checks = context.blocked(u"production"_s);
        QStringList seen;
        for (const DeployCheck &c : checks) {
            QStringList reasons;
            for (const BlockedReason &r : c.reasons)
                reasons.append(toWord(r.kind) + u": "_s + r.sentence);
            seen.append(u"%1 %2 (now %3, from %4): %5"_s.arg(
                c.service, c.version, c.currentVersion, c.fromEnvironment, reasons.join(u" / "_s)));
        }
        QCOMPARE(seen,
                 QStringList({
                     u"orders 5.1.0 (now 5.0.0, from test): contract-unverified: The contract of "
                     "web 1.9.0, which runs in production, has not been verified against this "
                     "version."_s,
                     u"web 2.0.0 (now 1.9.0, from test): contract-unverified: Its contract with "
                     "billing-svc 1.4.0, which runs in production, has not been verified; run "
                     "the provider verification for web 2.0.0. / contract-failing: Its contract "
                     "with orders 5.0.0, which runs in production, fails verification."_s,
                 }));
        // The provider whose verification fails is failing itself, by its contract.
        const TriageEntry *orders = context.triage().find(u"orders"_s);
        QVERIFY(orders);
        QVERIFY(
            context.facts(context.graph().indexOf(u"orders"_s)).signals.contains(u"contract"_s));
    }
};

QTEST_GUILESS_MAIN(TestPactBrokerSource)
#include "tst_pactbrokersource.moc"
