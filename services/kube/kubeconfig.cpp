#include "kubeconfig.h"

#include <yaml-cpp/yaml.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QProcess>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Signalbox {

Q_LOGGING_CATEGORY(lcKube, "signalbox.kube", QtWarningMsg)

namespace {

constexpr auto execV1 = "client.authentication.k8s.io/v1"_L1;
constexpr auto execV1beta1 = "client.authentication.k8s.io/v1beta1"_L1;

QString text(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

bool flag(const YAML::Node &node)
{
    const QString value = text(node).toLower();
    return value == u"true" || value == u"yes" || value == u"on";
}

QString resolvePath(const QString &path, const QString &file)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(u"~/"_s))
        return QDir::home().filePath(path.mid(2));
    return QFileInfo(file).dir().filePath(path);
}

// Bytes from a path or from base64 data; *-data wins, as in kubectl.
std::optional<QByteArray> pemFrom(const QString &data, const QString &path, const QString &field,
                                  const QString &owner, const QString &file, QString *error)
{
    if (!data.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = KubeTr::tr("%1: %2 of %3 is not valid base64")
                         .arg(file, field + u"-data"_s, owner);
            return std::nullopt;
        }
        return *decoded;
    }
    if (path.isEmpty())
        return QByteArray();
    const QString absolute = resolvePath(path, file);
    QFile in(absolute);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = KubeTr::tr("%1: the %2 file %3 of %4 cannot be read (%5)")
                     .arg(file, field, absolute, owner, in.errorString());
        return std::nullopt;
    }
    return in.readAll();
}

QSslKey parseKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

// ---- credentials -------------------------------------------------------------------------

KubeCredentialProvider::KubeCredentialProvider(Static source)
    : m_static(std::move(source))
{ }

KubeCredentialProvider::KubeCredentialProvider(Exec source)
    : m_exec(std::move(source))
{ }

int KubeCredentialProvider::execRuns() const
{
    QMutexLocker lock(&m_mutex);
    return m_execRuns;
}

void KubeCredentialProvider::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_cached.reset();
}

std::optional<KubeCredential> KubeCredentialProvider::credential(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_exec) {
        KubeCredential credential;
        credential.token = m_static.token;
        if (credential.token.isEmpty() && !m_static.tokenFile.isEmpty()) {
            QFile in(m_static.tokenFile);
            if (!in.open(QIODevice::ReadOnly)) {
                *error = KubeTr::tr("the token file %1 cannot be read (%2)")
                             .arg(m_static.tokenFile, in.errorString());
                return std::nullopt;
            }
            credential.token = QString::fromUtf8(in.readAll()).trimmed();
        }
        return credential;
    }
    const EpochMs now = QDateTime::currentMSecsSinceEpoch();
    if (m_cached && (m_cached->expiresAt == NoTime || m_cached->expiresAt > now))
        return m_cached;
    m_cached = runExec(error);
    return m_cached;
}

std::optional<KubeCredential> KubeCredentialProvider::runExec(QString *error)
{
    const Exec &exec = *m_exec;
    const KubeExecConfig &config = exec.config;
    QString program = config.command;
    if (program.contains(u'/') && QDir::isRelativePath(program))
        program = QDir(exec.folder).filePath(program);
    const QString who = KubeTr::tr("the credential plugin %1 of user %2 in %3")
                            .arg(config.command, exec.userName, exec.file);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : config.env)
        environment.insert(name, value);
    // What kubectl tells the plugin; there is never a terminal to ask the user on.
    const QJsonObject info {{u"apiVersion"_s, config.apiVersion},
                            {u"kind"_s, u"ExecCredential"_s},
                            {u"spec"_s, QJsonObject {{u"interactive"_s, false}}}};
    environment.insert(u"KUBERNETES_EXEC_INFO"_s,
                       QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(config.args);
    process.setStandardInputFile(QProcess::nullDevice());
    ++m_execRuns;
    process.start();
    if (!process.waitForStarted(exec.timeoutMs)) {
        *error = KubeTr::tr("%1 cannot be started (%2)").arg(who, process.errorString());
        if (!config.installHint.isEmpty())
            *error += u"; "_s + config.installHint.simplified();
        return std::nullopt;
    }
    if (!process.waitForFinished(exec.timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        *error = KubeTr::tr("%1 did not finish within %2 s")
                     .arg(who, QString::number(exec.timeoutMs / 1000.0));
        return std::nullopt;
    }
    const QString stderrText = QString::fromUtf8(process.readAllStandardError()).simplified();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = KubeTr::tr("%1 failed with exit code %2: %3")
                     .arg(who, QString::number(process.exitCode()),
                          stderrText.isEmpty() ? KubeTr::tr("(nothing on stderr)")
                                               : stderrText.right(500));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!doc.isObject()) {
        *error = KubeTr::tr("%1 printed no ExecCredential JSON (%2)")
                     .arg(who, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value("kind"_L1).toString() != u"ExecCredential"
        || root.value("apiVersion"_L1).toString() != config.apiVersion) {
        *error = KubeTr::tr("%1 printed a %2 %3 instead of an ExecCredential %4")
                     .arg(who, root.value("apiVersion"_L1).toString(),
                          root.value("kind"_L1).toString(), config.apiVersion);
        return std::nullopt;
    }
    const QJsonObject status = root.value("status"_L1).toObject();
    KubeCredential credential;
    credential.token = status.value("token"_L1).toString();
    const QString certificate = status.value("clientCertificateData"_L1).toString();
    const QString key = status.value("clientKeyData"_L1).toString();
    if (!certificate.isEmpty() || !key.isEmpty()) {
        credential.certificate = QSslCertificate(certificate.toUtf8());
        credential.key = parseKey(key.toUtf8());
        if (credential.certificate.isNull() || credential.key.isNull()) {
            *error = KubeTr::tr("%1 gave a client certificate or key that cannot be read").arg(who);
            return std::nullopt;
        }
    }
    if (credential.token.isEmpty() && credential.certificate.isNull()) {
        *error = KubeTr::tr("%1 gave neither a token nor a client certificate").arg(who);
        return std::nullopt;
    }
    const QString expiry = status.value("expirationTimestamp"_L1).toString();
    if (!expiry.isEmpty()) {
        const QDateTime at = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!at.isValid()) {
            *error = KubeTr::tr("%1 gave an expirationTimestamp that is not a time: %2")
                         .arg(who, expiry);
            return std::nullopt;
        }
        credential.expiresAt = at.toMSecsSinceEpoch();
    }
    qCInfo(lcKube).noquote() << "credential plugin" << config.command << "for" << exec.userName
                             << "ran; expires" << (expiry.isEmpty() ? u"never"_s : expiry);
    return credential;
}

// ---- the configuration -----------------------------------------------------------------------

KubeConfig KubeConfig::loadDefault()
{
    const QString variable = qEnvironmentVariable("KUBECONFIG");
    if (!variable.isEmpty()) {
        QStringList files;
        for (const QString &file : variable.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (!files.contains(file))
                files.append(file);
        }
        return load(files, true);
    }
    return load({QDir::home().filePath(u".kube/config"_s)});
}

KubeConfig KubeConfig::load(const QStringList &files, bool skipMissing)
{
    KubeConfig config;
    config.m_files = files;
    QStringList missing;
    bool anyRead = false;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file)) {
            if (!skipMissing) {
                config.m_error = KubeTr::tr("the kubeconfig file %1 does not exist").arg(file);
                return config;
            }
            missing.append(file);
            config.m_warnings.append(KubeTr::tr("the kubeconfig file %1 in KUBECONFIG does not "
                                                "exist; skipped")
                                         .arg(file));
            continue;
        }
        if (!config.readFile(file))
            return config;
        anyRead = true;
    }
    if (!anyRead) {
        config.m_error = files.isEmpty()
            ? KubeTr::tr("no kubeconfig file is named")
            : KubeTr::tr("none of the kubeconfig files exists: %1").arg(missing.join(u", "_s));
    }
    return config;
}

bool KubeConfig::readFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        m_error
            = KubeTr::tr("the kubeconfig file %1 cannot be read (%2)").arg(path, in.errorString());
        return false;
    }
    const QByteArray bytes = in.readAll();
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        m_error = KubeTr::tr("%1 is not valid YAML at line %2: %3")
                      .arg(path, QString::number(e.mark.line + 1), QString::fromStdString(e.msg));
        return false;
    }
    if (root.IsNull())
        return true; // an empty file sets nothing, as in kubectl
    if (!root.IsMap()) {
        m_error = KubeTr::tr("%1 is not a kubeconfig: its top level is not a mapping").arg(path);
        return false;
    }
    try {
        const QString current = text(root["current-context"]);
        if (m_currentContext.isEmpty() && !current.isEmpty()) {
            m_currentContext = current;
            m_currentContextFile = path;
        }
        // Walks a named list, handing each entry whose name no earlier file defined.
        const auto each = [&](const char *list, const char *inner, auto &&take) -> bool {
            const YAML::Node entries = root[list];
            if (!entries || entries.IsNull())
                return true;
            if (!entries.IsSequence()) {
                m_error = KubeTr::tr("%1: %2 is not a list").arg(path, QString::fromLatin1(list));
                return false;
            }
            for (const YAML::Node &entry : entries) {
                const QString name = text(entry["name"]);
                if (name.isEmpty()) {
                    m_warnings.append(
                        KubeTr::tr("%1: an entry of %2 at line %3 has no name; skipped")
                            .arg(path, QString::fromLatin1(list),
                                 QString::number(entry.Mark().line + 1)));
                    continue;
                }
                const YAML::Node body = entry[inner];
                take(name, body && body.IsMap() ? body : YAML::Node(YAML::NodeType::Map));
            }
            return true;
        };
        const bool ok
            = each("clusters", "cluster",
                   [&](const QString &name, const YAML::Node &node) {
                       if (m_clusters.contains(name))
                           return;
                       KubeClusterEntry cluster;
                       cluster.file = path;
                       cluster.server = text(node["server"]);
                       cluster.certificateAuthority = text(node["certificate-authority"]);
                       cluster.certificateAuthorityData = text(node["certificate-authority-data"]);
                       cluster.insecureSkipTlsVerify = flag(node["insecure-skip-tls-verify"]);
                       cluster.proxyUrl = text(node["proxy-url"]);
                       m_clusters.insert(name, cluster);
                   })
            && each("contexts", "context",
                    [&](const QString &name, const YAML::Node &node) {
                        if (m_contexts.contains(name))
                            return;
                        m_contexts.insert(name,
                                          {path, text(node["cluster"]), text(node["user"]),
                                           text(node["namespace"])});
                        m_contextOrder.append(name);
                    })
            && each("users", "user", [&](const QString &name, const YAML::Node &node) {
                   if (m_users.contains(name))
                       return;
                   KubeUserEntry user;
                   user.file = path;
                   user.token = text(node["token"]);
                   user.tokenFile = text(node["tokenFile"]);
                   user.clientCertificate = text(node["client-certificate"]);
                   user.clientCertificateData = text(node["client-certificate-data"]);
                   user.clientKey = text(node["client-key"]);
                   user.clientKeyData = text(node["client-key-data"]);
                   const YAML::Node exec = node["exec"];
                   if (exec && exec.IsMap()) {
                       KubeExecConfig config;
                       config.apiVersion = text(exec["apiVersion"]);
                       config.command = text(exec["command"]);
                       for (const YAML::Node &arg : exec["args"])
                           config.args.append(text(arg));
                       for (const YAML::Node &variable : exec["env"])
                           config.env.append({text(variable["name"]), text(variable["value"])});
                       config.interactiveMode = text(exec["interactiveMode"]);
                       config.installHint = text(exec["installHint"]);
                       user.exec = config;
                   }
                   m_users.insert(name, user);
               });
        return ok;
    } catch (const YAML::Exception &e) {
        m_error = KubeTr::tr("%1 is not a kubeconfig at line %2: %3")
                      .arg(path, QString::number(e.mark.line + 1), QString::fromStdString(e.msg));
        return false;
    }
}

QStringList KubeConfig::contextNames() const
{
    return m_contextOrder;
}

std::optional<KubeContextEntry> KubeConfig::context(const QString &name) const
{
    const auto it = m_contexts.constFind(name);
    if (it == m_contexts.cend())
        return std::nullopt;
    return *it;
}

std::optional<KubeConnection> KubeConfig::resolveContext(const QString &name, QString *error,
                                                         int execTimeoutMs) const
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return std::nullopt;
    }
    const QString fileList = m_files.join(u", "_s);
    const QString contextName = name.isEmpty() ? m_currentContext : name;
    if (contextName.isEmpty()) {
        *error = KubeTr::tr("%1 sets no current-context; name a context").arg(fileList);
        return std::nullopt;
    }
    const auto context = m_contexts.constFind(contextName);
    if (context == m_contexts.cend()) {
        *error = KubeTr::tr("the context %1 does not exist in %2 (it has: %3)")
                     .arg(contextName, fileList,
                          m_contextOrder.isEmpty() ? KubeTr::tr("no contexts")
                                                   : m_contextOrder.join(u", "_s));
        return std::nullopt;
    }
    const auto cluster = m_clusters.constFind(context->cluster);
    if (cluster == m_clusters.cend()) {
        *error = KubeTr::tr("%1: the cluster %2 of context %3 does not exist")
                     .arg(context->file, context->cluster, contextName);
        return std::nullopt;
    }
    // A context without a user talks to the cluster anonymously.
    const KubeUserEntry noUser;
    const auto userIt = m_users.constFind(context->user);
    if (!context->user.isEmpty() && userIt == m_users.cend()) {
        *error = KubeTr::tr("%1: the user %2 of context %3 does not exist")
                     .arg(context->file, context->user, contextName);
        return std::nullopt;
    }
    const KubeUserEntry &user = context->user.isEmpty() ? noUser : *userIt;

    KubeConnection connection;
    connection.contextName = contextName;
    connection.namespaceName
        = context->namespaceName.isEmpty() ? u"default"_s : context->namespaceName;
    connection.server = QUrl(cluster->server, QUrl::StrictMode);
    const QString clusterOwner = KubeTr::tr("cluster %1").arg(context->cluster);
    if (cluster->server.isEmpty() || !connection.server.isValid()
        || (connection.server.scheme() != u"https" && connection.server.scheme() != u"http")
        || connection.server.host().isEmpty()) {
        *error = KubeTr::tr("%1: the server of %2 is not an http(s) URL: \"%3\"")
                     .arg(cluster->file, clusterOwner, cluster->server);
        return std::nullopt;
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const std::optional<QByteArray> ca
        = pemFrom(cluster->certificateAuthorityData, cluster->certificateAuthority,
                  u"certificate-authority"_s, clusterOwner, cluster->file, error);
    if (!ca)
        return std::nullopt;
    if (!ca->isEmpty()) {
        if (cluster->insecureSkipTlsVerify) {
            *error = KubeTr::tr("%1: %2 sets both a certificate authority and "
                                "insecure-skip-tls-verify; choose one")
                         .arg(cluster->file, clusterOwner);
            return std::nullopt;
        }
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(*ca, QSsl::Pem);
        if (authorities.isEmpty()) {
            *error = KubeTr::tr("%1: the certificate authority of %2 holds no PEM certificate")
                         .arg(cluster->file, clusterOwner);
            return std::nullopt;
        }
        // As kubectl: a cluster that names its authority trusts only it.
        tls.setCaCertificates(authorities);
    }
    if (cluster->insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    const QString userOwner = KubeTr::tr("user %1").arg(context->user);
    const std::optional<QByteArray> certificate
        = pemFrom(user.clientCertificateData, user.clientCertificate, u"client-certificate"_s,
                  userOwner, user.file, error);
    if (!certificate)
        return std::nullopt;
    const std::optional<QByteArray> key
        = pemFrom(user.clientKeyData, user.clientKey, u"client-key"_s, userOwner, user.file, error);
    if (!key)
        return std::nullopt;
    if (certificate->isEmpty() != key->isEmpty()) {
        *error = KubeTr::tr("%1: %2 has a client certificate without its key, or a key without "
                            "its certificate")
                     .arg(user.file, userOwner);
        return std::nullopt;
    }
    if (!certificate->isEmpty()) {
        const QSslCertificate parsed(*certificate, QSsl::Pem);
        if (parsed.isNull()) {
            *error = KubeTr::tr("%1: the client certificate of %2 is not a PEM certificate")
                         .arg(user.file, userOwner);
            return std::nullopt;
        }
        const QSslKey parsedKey = parseKey(*key);
        if (parsedKey.isNull()) {
            *error = KubeTr::tr("%1: the client key of %2 is not an unencrypted PEM private key")
                         .arg(user.file, userOwner);
            return std::nullopt;
        }
        tls.setLocalCertificate(parsed);
        tls.setPrivateKey(parsedKey);
    }
    connection.tls = tls;

    if (!cluster->proxyUrl.isEmpty()) {
        const QUrl proxy(cluster->proxyUrl, QUrl::StrictMode);
        const QString scheme = proxy.scheme();
        QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
        if (scheme == u"http" || scheme == u"https")
            type = QNetworkProxy::HttpProxy;
        else if (scheme == u"socks5")
            type = QNetworkProxy::Socks5Proxy;
        if (type == QNetworkProxy::DefaultProxy || proxy.host().isEmpty()) {
            *error = KubeTr::tr("%1: the proxy-url of %2 is not an http, https or socks5 URL")
                         .arg(cluster->file, clusterOwner);
            return std::nullopt;
        }
        connection.proxy = QNetworkProxy(
            type, proxy.host(), quint16(proxy.port(type == QNetworkProxy::HttpProxy ? 8080 : 1080)),
            proxy.userName(), proxy.password());
    }

    if (user.exec) {
        const KubeExecConfig &exec = *user.exec;
        if (exec.command.isEmpty()) {
            *error = KubeTr::tr("%1: the exec plugin of %2 names no command")
                         .arg(user.file, userOwner);
            return std::nullopt;
        }
        if (exec.apiVersion != execV1 && exec.apiVersion != execV1beta1) {
            *error = KubeTr::tr("%1: the exec plugin of %2 asks for apiVersion \"%3\"; "
                                "%4 and %5 are supported")
                         .arg(user.file, userOwner, exec.apiVersion, execV1, execV1beta1);
            return std::nullopt;
        }
        if (exec.interactiveMode == u"Always") {
            *error = KubeTr::tr("%1: the exec plugin of %2 needs a terminal (interactiveMode: "
                                "Always), which Signalbox cannot give it; log in with it in a "
                                "terminal first")
                         .arg(user.file, userOwner);
            return std::nullopt;
        }
        connection.credentials = std::make_shared<KubeCredentialProvider>(
            KubeCredentialProvider::Exec {exec, QFileInfo(user.file).absolutePath(), context->user,
                                          user.file, execTimeoutMs});
    } else {
        const QString tokenFile = resolvePath(user.tokenFile, user.file);
        if (user.token.isEmpty() && !tokenFile.isEmpty() && !QFileInfo(tokenFile).isReadable()) {
            *error = KubeTr::tr("%1: the tokenFile %2 of %3 cannot be read")
                         .arg(user.file, tokenFile, userOwner);
            return std::nullopt;
        }
        connection.credentials = std::make_shared<KubeCredentialProvider>(
            KubeCredentialProvider::Static {user.token, tokenFile});
    }
    return connection;
}

} // namespace Signalbox
