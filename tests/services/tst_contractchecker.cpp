#include "contracts/contractchecker.h"
#include "loopbackserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Signalbox;
using namespace Signalbox::Test;
using namespace Qt::StringLiterals;

// The can-i-deploy worker the Contracts panel asks through: a real broker answer over loopback,
// stale answers dropped, cancel honoured, and a workspace without a broker said so.
class TestContractChecker : public QObject
{
    Q_OBJECT

    Workspace workspaceWithBroker() const
    {
        Workspace workspace;
        workspace.filePath = u"/tmp/contract-checker/workspace.yaml"_s;
        SourceConfig file;
        file.kind = u"file"_s;
        file.name = u"demo-data"_s;
        SourceConfig broker;
        broker.kind = u"pact-broker"_s;
        broker.name = u"contracts"_s;
        broker.settings.insert(u"url"_s, m_server->baseUrl().toString());
        SourceConfig second = broker;
        second.name = u"other-broker"_s;
        second.settings.insert(u"url"_s, u"http://127.0.0.1:9"_s);
        workspace.sources = {file, broker, second};
        return workspace;
    }

    static LoopbackServer::Reply halJson(const QString &fixtureName)
    {
        LoopbackServer::Reply reply = LoopbackServer::json(fixture(u"pactbroker/"_s + fixtureName));
        reply.headers.clear();
        reply.header("Content-Type", "application/hal+json;charset=utf-8");
        return reply;
    }

    static HttpTuning shortTimeouts()
    {
        HttpTuning http;
        http.connectTimeoutMs = 800;
        http.readTimeoutMs = 800;
        http.retryBaseDelayMs = 20;
        http.maxRetryWaitMs = 3'000;
        return http;
    }

private Q_SLOTS:
    void init()
    {
        qputenv("PACT_BROKER_TOKEN", "s3cret-token");
        for (const char *name :
             {"PACT_BROKER_BASE_URL", "PACT_BROKER_USERNAME", "PACT_BROKER_PASSWORD"})
            qunsetenv(name);
        m_server = std::make_unique<LoopbackServer>();
    }

    void cleanup() { m_server.reset(); }

    void answersFromTheFirstPactBrokerSource()
    {
        m_server->route("/can-i-deploy", halJson(u"can-i-deploy-no.json"_s));
        ContractChecker checker;
        checker.setHttpTuning(shortTimeouts());
        QCOMPARE(checker.setWorkspace(workspaceWithBroker()), QString());
        QSignalSpy answered(&checker, &ContractChecker::answered);

        checker.check(u"web"_s, u"2.0.0"_s, u"production"_s);
        QVERIFY(checker.isBusy());
        QVERIFY(answered.wait(5'000));
        QVERIFY(!checker.isBusy());
        const auto answer = answered.first().first().value<CanIDeployAnswer>();
        QCOMPARE(answer.error, QString());
        QCOMPARE(answer.deployable, std::optional<bool>(false));
        QCOMPARE(answer.reason,
                 u"The verification for the pact between version 2.0.0 of web and the version of "
                 "orders currently deployed to production (5.0.0) failed"_s);
        QCOMPARE(answer.matrix.size(), 1);
        QCOMPARE(answer.matrix.first().provider, u"orders"_s);
        QCOMPARE(answer.matrix.first().verified, std::optional<bool>(false));
        const QList<LoopbackServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().target,
                 QByteArray("/can-i-deploy?pacticipant=web&version=2.0.0&environment=production"));
        QCOMPARE(requests.first().headers.value("authorization"),
                 QByteArray("Bearer s3cret-token"));
    }

    void aStaleAnswerIsNeverShown()
    {
        // The first question is never answered; the second is. Only the second's answer may
        // come out, also after the first one gives up.
        LoopbackServer::Reply silent;
        silent.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        m_server->route("/can-i-deploy?pacticipant=orders&version=5.0.0&environment=production",
                        silent);
        m_server->route("/can-i-deploy?pacticipant=orders&version=5.1.0&environment=production",
                        halJson(u"can-i-deploy-yes.json"_s));
        ContractChecker checker;
        checker.setHttpTuning(shortTimeouts());
        checker.setWorkspace(workspaceWithBroker());
        QSignalSpy answered(&checker, &ContractChecker::answered);

        checker.check(u"orders"_s, u"5.0.0"_s, u"production"_s);
        QTRY_COMPARE(m_server->requests().size(), 1);
        checker.check(u"orders"_s, u"5.1.0"_s, u"production"_s);
        QVERIFY(answered.wait(5'000));
        QCOMPARE(answered.first().first().value<CanIDeployAnswer>().deployable,
                 std::optional<bool>(true));
        checker.waitForIdle();
        QTest::qWait(100); // the first worker's finished signal is delivered, and dropped
        QCOMPARE(answered.size(), 1);
    }

    void cancelDropsTheAnswer()
    {
        m_server->route("/can-i-deploy", halJson(u"can-i-deploy-yes.json"_s));
        ContractChecker checker;
        checker.setHttpTuning(shortTimeouts());
        checker.setWorkspace(workspaceWithBroker());
        QSignalSpy answered(&checker, &ContractChecker::answered);
        checker.check(u"orders"_s, u"5.1.0"_s, u"production"_s);
        checker.cancel();
        QVERIFY(!checker.isBusy());
        checker.waitForIdle();
        QTest::qWait(100);
        QCOMPARE(answered.size(), 0);
    }

    void withoutABrokerTheAnswerSaysWhy()
    {
        Workspace workspace;
        SourceConfig file;
        file.kind = u"file"_s;
        file.name = u"demo-data"_s;
        workspace.sources = {file};
        const QString reason = u"The workspace has no pact-broker source to ask. Add one in "
                               "Sources to check whether a version can be deployed."_s;
        QCOMPARE(canIDeployUnavailableReason(workspace), reason);
        ContractChecker checker;
        QCOMPARE(checker.setWorkspace(workspace), reason);
        QSignalSpy answered(&checker, &ContractChecker::answered);
        checker.check(u"web"_s, u"2.0.0"_s, u"production"_s);
        QVERIFY(answered.wait(5'000));
        const auto answer = answered.first().first().value<CanIDeployAnswer>();
        QCOMPARE(answer.deployable, std::optional<bool>());
        QCOMPARE(answer.error, reason);
        QCOMPARE(m_server->requests().size(), 0);
    }

private:
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_GUILESS_MAIN(TestContractChecker)
#include "tst_contractchecker.moc"
