#include "kube/kubeconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

QByteArray tlsFixture(const char *name)
{
    QFile in(QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/fixtures/tls/") + QLatin1StringView(name));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("missing TLS fixture %s", name);
    return in.readAll();
}

QByteArray base64Of(const char *name)
{
    return tlsFixture(name).toBase64();
}

// A cluster "lab" at https://lab.example:6443, a context "lab" with user "alice" in namespace
// shop; the user's fields are the test's.
QByteArray labConfig(const QByteArray &userFields, const QByteArray &clusterFields = {})
{
    return "apiVersion: v1\n"
           "kind: Config\n"
           "current-context: lab\n"
           "clusters:\n"
           "- name: lab\n"
           "  cluster:\n"
           "    server: https://lab.example:6443\n"
        + clusterFields
        + "contexts:\n"
          "- name: lab\n"
          "  context:\n"
          "    cluster: lab\n"
          "    user: alice\n"
          "    namespace: shop\n"
          "users:\n"
          "- name: alice\n"
          "  user:\n"
        + userFields;
}

} // namespace

class TestKubeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qunsetenv("KUBECONFIG");
    }

    void tokenUser()
    {
        const QString file = write(u"config"_s, labConfig("    token: tok-123\n"));
        const KubeConfig config = KubeConfig::load({file});
        QCOMPARE(config.error(), QString());
        QCOMPARE(config.currentContext(), u"lab"_s);
        QString error;
        const auto connection = config.resolveContext({}, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->contextName, u"lab"_s);
        QCOMPARE(connection->server, QUrl(u"https://lab.example:6443"_s));
        QCOMPARE(connection->namespaceName, u"shop"_s);
        QVERIFY(!connection->proxy);
        QVERIFY(connection->tls.localCertificate().isNull());
        const auto credential = connection->credentials->credential(&error);
        QVERIFY(credential);
        QCOMPARE(credential->token, u"tok-123"_s);
        QCOMPARE(credential->expiresAt, NoTime);
    }

    void tokenFileRelativeToTheConfigAndReadAgain()
    {
        write(u"secrets/token"_s, "first-token\n");
        const QString file
            = write(u"kube/config"_s, labConfig("    tokenFile: ../secrets/token\n"));
        QString error;
        const auto connection = KubeConfig::load({file}).resolveContext(u"lab"_s, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->credentials->credential(&error)->token, u"first-token"_s);
        // A rotated token is picked up, as kubectl rereads the file.
        write(u"secrets/token"_s, "second-token");
        QCOMPARE(connection->credentials->credential(&error)->token, u"second-token"_s);
    }

    void clientCertificateAndCertificateAuthorityData()
    {
        const QString file
            = write(u"config"_s,
                    labConfig("    client-certificate-data: " + base64Of("server.pem")
                                  + "\n"
                                    "    client-key-data: "
                                  + base64Of("server.key") + "\n",
                              "    certificate-authority-data: " + base64Of("ca.pem") + "\n"));
        QString error;
        const auto connection = KubeConfig::load({file}).resolveContext({}, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->tls.caCertificates(), QSslCertificate::fromData(tlsFixture("ca.pem")));
        QCOMPARE(connection->tls.localCertificate(), QSslCertificate(tlsFixture("server.pem")));
        QCOMPARE(connection->tls.privateKey().toPem(),
                 QSslKey(tlsFixture("server.key"), QSsl::Rsa).toPem());
        QCOMPARE(connection->credentials->credential(&error)->token, QString());
    }

    void certificateFilesRelativeToTheConfig()
    {
        write(u"pki/client.pem"_s, tlsFixture("server.pem"));
        write(u"pki/client.key"_s, tlsFixture("server.key"));
        write(u"pki/ca.pem"_s, tlsFixture("ca.pem"));
        const QString file = write(u"config"_s,
                                   labConfig("    client-certificate: pki/client.pem\n"
                                             "    client-key: pki/client.key\n",
                                             "    certificate-authority: pki/ca.pem\n"
                                             "    proxy-url: socks5://proxy.lab:1081\n"));
        QString error;
        const auto connection = KubeConfig::load({file}).resolveContext({}, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->tls.caCertificates(), QSslCertificate::fromData(tlsFixture("ca.pem")));
        QCOMPARE(connection->tls.localCertificate(), QSslCertificate(tlsFixture("server.pem")));
        QVERIFY(connection->proxy);
        QCOMPARE(connection->proxy->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(connection->proxy->hostName(), u"proxy.lab"_s);
        QCOMPARE(connection->proxy->port(), quint16(1081));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected"); // %1: the file, %2: its folder

        QTest::newRow("context that does not exist")
            << labConfig("    token: t\n") << u"prod"_s
            << u"the context prod does not exist in %1 (it has: lab)"_s;
        QTest::newRow("bad base64")
            << labConfig("    client-certificate-data: " + base64Of("server.pem")
                         + "\n    client-key-data: '%%%not base64'\n")
            << QString() << u"%1: client-key-data of user alice is not valid base64"_s;
        QTest::newRow("unreadable key")
            << labConfig(
                   "    client-certificate-data: " + base64Of("server.pem")
                   + "\n    client-key-data: "
                   + QByteArray("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n")
                         .toBase64()
                   + "\n")
            << QString()
            << u"%1: the client key of user alice is not an unencrypted PEM private key"_s;
        QTest::newRow("missing key file")
            << labConfig("    client-certificate: client.pem\n    client-key: client.key\n")
            << QString()
            << u"%1: the client-certificate file %2/client.pem of user alice cannot be read (No such file or directory)"_s;
        QTest::newRow("missing token file")
            << labConfig("    tokenFile: /nonexistent/token\n") << QString()
            << u"%1: the tokenFile /nonexistent/token of user alice cannot be read"_s;
        QTest::newRow("certificate without key")
            << labConfig("    client-certificate-data: " + base64Of("server.pem") + "\n")
            << QString()
            << u"%1: user alice has a client certificate without its key, or a key without its certificate"_s;
        QTest::newRow("CA and insecure")
            << labConfig("    token: t\n",
                         "    certificate-authority-data: " + base64Of("ca.pem")
                             + "\n    insecure-skip-tls-verify: true\n")
            << QString()
            << u"%1: cluster lab sets both a certificate authority and insecure-skip-tls-verify; choose one"_s;
        QTest::newRow("old exec api")
            << labConfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n"
                         "      command: aws\n")
            << QString()
            << u"%1: the exec plugin of user alice asks for apiVersion \"client.authentication.k8s.io/v1alpha1\"; client.authentication.k8s.io/v1 and client.authentication.k8s.io/v1beta1 are supported"_s;
        QTest::newRow("user that does not exist")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://c:443'}\n"
                          "contexts:\n- name: x\n  context: {cluster: c, user: bob}\n")
            << u"x"_s << u"%1: the user bob of context x does not exist"_s;
        QTest::newRow("no current context")
            << QByteArray("contexts:\n- name: x\n  context: {cluster: c}\n") << QString()
            << u"%1 sets no current-context; name a context"_s;
    }

    void problems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, context);
        QFETCH(QString, expected);
        const QString file = write(u"config"_s, yaml);
        QString error;
        QVERIFY(!KubeConfig::load({file}).resolveContext(context, &error));
        QCOMPARE(error, expected.replace(u"%1"_s, file).replace(u"%2"_s, m_dir->path()));
    }

    void missingFile()
    {
        const QString missing = m_dir->filePath(u"nowhere/config"_s);
        const KubeConfig explicitFile = KubeConfig::load({missing});
        QCOMPARE(explicitFile.error(), u"the kubeconfig file %1 does not exist"_s.arg(missing));
        QString error;
        QVERIFY(!explicitFile.resolveContext({}, &error));
        QCOMPARE(error, explicitFile.error());

        qputenv("KUBECONFIG", missing.toUtf8());
        QCOMPARE(KubeConfig::loadDefault().error(),
                 u"none of the kubeconfig files exists: %1"_s.arg(missing));
    }

    void twoFilesMerged()
    {
        // The first file sets no current-context but defines "shared" and user "alice"; the
        // second sets the current context and defines "shared" and "alice" again, which lose.
        const QString first = write(
            u"a/config"_s,
            "clusters:\n- name: a\n  cluster: {server: 'https://a.example'}\n"
            "contexts:\n- name: shared\n  context: {cluster: a, user: alice, namespace: first}\n"
            "users:\n- name: alice\n  user: {token: from-first}\n");
        const QString second = write(
            u"b/config"_s,
            "current-context: second-only\n"
            "clusters:\n- name: b\n  cluster: {server: 'https://b.example'}\n"
            "- name: a\n  cluster: {server: 'https://ignored.example'}\n"
            "contexts:\n- name: shared\n  context: {cluster: b, user: alice, namespace: second}\n"
            "- name: second-only\n  context: {cluster: b, user: alice}\n"
            "users:\n- name: alice\n  user: {token: from-second}\n");
        const QString missing = m_dir->filePath(u"c/config"_s);
        qputenv(
            "KUBECONFIG",
            (first + QDir::listSeparator() + missing + QDir::listSeparator() + second).toUtf8());
        const KubeConfig config = KubeConfig::loadDefault();
        QCOMPARE(config.error(), QString());
        QCOMPARE(config.warnings(),
                 QStringList {u"the kubeconfig file %1 in KUBECONFIG does not exist; skipped"_s.arg(
                     missing)});
        QCOMPARE(config.currentContext(), u"second-only"_s);
        QCOMPARE(config.contextNames(), (QStringList {u"shared"_s, u"second-only"_s}));

        QString error;
        const auto shared = config.resolveContext(u"shared"_s, &error);
        QVERIFY2(shared, qPrintable(error));
        QCOMPARE(shared->server, QUrl(u"https://a.example"_s));
        QCOMPARE(shared->namespaceName, u"first"_s);
        QCOMPARE(shared->credentials->credential(&error)->token, u"from-first"_s);
        const auto current = config.resolveContext({}, &error);
        QVERIFY2(current, qPrintable(error));
        QCOMPARE(current->server, QUrl(u"https://b.example"_s));
        QCOMPARE(current->namespaceName, u"default"_s);
        QCOMPARE(current->credentials->credential(&error)->token, u"from-first"_s);

        // When both set current-context, the first wins.
        const QString third = write(u"d/config"_s, "current-context: shared\n");
        QCOMPARE(KubeConfig::load({third, second}).currentContext(), u"shared"_s);
    }

    void execPlugin()
    {
        // The plugin proves it got its args, its env and kubectl's KUBERNETES_EXEC_INFO.
        writeScript(u"bin/get-token"_s,
                    "echo \"$KUBERNETES_EXEC_INFO\" > \"$(dirname \"$0\")/exec-info\"\n"
                    "echo run >> \"$(dirname \"$0\")/runs\"\n"
                    "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",'\n"
                    "printf '\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s-%s\",'"
                    " \"$TOKEN_PREFIX\" \"$2\"\n"
                    "printf '\"expirationTimestamp\":\"2999-01-01T00:00:00Z\"}}'\n");
        const QString file = write(u"config"_s,
                                   labConfig("    exec:\n"
                                             "      apiVersion: client.authentication.k8s.io/v1\n"
                                             "      command: ./bin/get-token\n"
                                             "      args: [--cluster, lab]\n"
                                             "      env:\n"
                                             "      - {name: TOKEN_PREFIX, value: eks}\n"
                                             "      interactiveMode: Never\n"));
        QString error;
        const auto connection = KubeConfig::load({file}).resolveContext({}, &error);
        QVERIFY2(connection, qPrintable(error));
        QVERIFY(connection->credentials->usesExecPlugin());
        const auto credential = connection->credentials->credential(&error);
        QVERIFY2(credential, qPrintable(error));
        QCOMPARE(credential->token, u"eks-lab"_s);
        QCOMPARE(credential->expiresAt,
                 QDateTime(QDate(2999, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(
            read(u"bin/exec-info"_s).trimmed(),
            QByteArray(
                R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{"interactive":false}})"));
        // Cached until it expires.
        QCOMPARE(connection->credentials->credential(&error)->token, u"eks-lab"_s);
        QCOMPARE(connection->credentials->execRuns(), 1);
        QCOMPARE(read(u"bin/runs"_s), QByteArray("run\n"));
        // A refused token makes the next request ask again.
        connection->credentials->invalidate();
        QCOMPARE(connection->credentials->credential(&error)->token, u"eks-lab"_s);
        QCOMPARE(read(u"bin/runs"_s), QByteArray("run\nrun\n"));
    }

    void execPluginThatFails()
    {
        writeScript(u"login"_s,
                    "echo 'error: the SSO session has expired; run aws sso login' >&2\nexit 3\n");
        const QString file
            = write(u"config"_s,
                    labConfig("    exec:\n"
                              "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                              "      command: "
                              + m_dir->filePath(u"login"_s).toUtf8() + "\n"));
        QString error;
        const auto connection = KubeConfig::load({file}).resolveContext({}, &error);
        QVERIFY2(connection, qPrintable(error));
        QVERIFY(!connection->credentials->credential(&error));
        QCOMPARE(error,
                 u"the credential plugin %1 of user alice in %2 failed with exit code 3: "
                 "error: the SSO session has expired; run aws sso login"_s.arg(
                     m_dir->filePath(u"login"_s), file));
    }

    void execPluginWhoseCredentialExpires()
    {
        // Each run hands out a new token that has already expired: every call runs it again.
        writeScript(u"rotate"_s,
                    "n=$(( $(cat \"$(dirname \"$0\")/count\" 2>/dev/null || echo 0) + 1 ))\n"
                    "echo $n > \"$(dirname \"$0\")/count\"\n"
                    "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",'\n"
                    "printf '\"kind\":\"ExecCredential\",\"status\":{\"token\":\"token-%s\",' $n\n"
                    "printf '\"expirationTimestamp\":\"2020-01-01T00:00:00.5Z\"}}'\n");
        const QString file
            = write(u"config"_s,
                    labConfig("    exec:\n"
                              "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                              "      command: ./rotate\n"));
        QString error;
        const auto connection = KubeConfig::load({file}).resolveContext({}, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->credentials->credential(&error)->token, u"token-1"_s);
        QCOMPARE(connection->credentials->credential(&error)->token, u"token-2"_s);
        QCOMPARE(connection->credentials->execRuns(), 2);
    }

private:
    QString write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_dir->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        out.write(content);
        return path;
    }
    void writeScript(const QString &relative, const QByteArray &body)
    {
        const QString path = write(relative, "#!/bin/sh\n" + body);
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QByteArray read(const QString &relative)
    {
        QFile in(m_dir->filePath(relative));
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray("(missing)");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
