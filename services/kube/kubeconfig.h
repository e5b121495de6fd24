#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Signalbox {

Q_DECLARE_LOGGING_CATEGORY(lcKube)

struct KubeTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Kube)
};

// users[].user.exec: a credential plugin (aws eks get-token, gke-gcloud-auth-plugin, …).
struct KubeExecConfig
{
    QString apiVersion; // client.authentication.k8s.io/v1 or …/v1beta1
    QString command; // a bare name is looked up in PATH; a relative path is the file's folder's
    QStringList args;
    QList<std::pair<QString, QString>> env; // added to this process's environment
    QString interactiveMode; // Never, IfAvailable or Always; a desktop app has no terminal
    QString installHint; // shown when the command cannot be started
};

// One kubeconfig entry, as read, with the file it came from: relative paths are resolved against
// that file's folder, and messages name it.
struct KubeClusterEntry
{
    QString file;
    QString server;
    QString certificateAuthority; // a path
    QString certificateAuthorityData; // base64 PEM, decoded when the context is resolved
    bool insecureSkipTlsVerify = false;
    QString proxyUrl;
};

struct KubeUserEntry
{
    QString file;
    QString token;
    QString tokenFile;
    QString clientCertificate;
    QString clientCertificateData;
    QString clientKey;
    QString clientKeyData;
    std::optional<KubeExecConfig> exec;
};

struct KubeContextEntry
{
    QString file;
    QString cluster;
    QString user;
    QString namespaceName;
};

// What a request needs besides TLS: a bearer token and, from an exec plugin, perhaps a client
// certificate of its own.
struct KubeCredential
{
    QString token; // may be empty (client certificates only)
    QSslCertificate certificate; // null unless an exec plugin gave one
    QSslKey key;
    EpochMs expiresAt = NoTime; // NoTime: until the server refuses it
};

// Hands out the user's credential, running the exec plugin when there is one and keeping its
// answer until it expires. Thread-safe: several watches of one context share it.
class KubeCredentialProvider
{
public:
    struct Static
    {
        QString token;
        QString tokenFile; // absolute; read again on each call, as it may be rotated
    };
    struct Exec
    {
        KubeExecConfig config;
        QString folder; // the kubeconfig file's folder, for a relative command
        QString userName;
        QString file;
        int timeoutMs = 30'000;
    };
    explicit KubeCredentialProvider(Static source);
    explicit KubeCredentialProvider(Exec source);

    // The credential, or nullopt and error set to one sentence (naming the plugin or the token
    // file, never the secret).
    std::optional<KubeCredential> credential(QString *error);
    // The server refused the last credential (HTTP 401): the next call asks the plugin again.
    void invalidate();
    bool usesExecPlugin() const { return m_exec.has_value(); }
    // How many times the plugin ran (for tests and logs).
    int execRuns() const;

private:
    std::optional<KubeCredential> runExec(QString *error);

    mutable QMutex m_mutex;
    Static m_static;
    std::optional<Exec> m_exec;
    std::optional<KubeCredential> m_cached;
    int m_execRuns = 0;
};

// A context resolved into what a client needs to talk to its cluster.
struct KubeConnection
{
    QString contextName;
    QUrl server; // https://host:port[/prefix]
    QString namespaceName; // the context's, "default" when it names none
    QSslConfiguration tls; // the cluster's CA (only it is trusted), the client certificate
    std::optional<QNetworkProxy> proxy; // proxy-url; otherwise the system's
    std::shared_ptr<KubeCredentialProvider> credentials;
};

// A kubeconfig read as kubectl reads it: KUBECONFIG (several files, separated as PATH is) or
// ~/.kube/config. Of several files, the first to set a value wins: current-context from the first
// that sets one, and a context, cluster or user from the first file that defines that name.
//
//     const KubeConfig config = KubeConfig::loadDefault();
//     if (!config.error().isEmpty()) …
//     QString error;
//     const std::optional<KubeConnection> prod = config.resolveContext(u"prod"_s, &error);
class KubeConfig
{
public:
    static KubeConfig loadDefault();
    // Files named in KUBECONFIG that do not exist are skipped (a warning), as kubectl does; a
    // file named here explicitly must exist.
    static KubeConfig load(const QStringList &files, bool skipMissing = false);

    // The whole configuration is unusable (no file, a file that is not a kubeconfig).
    QString error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }
    QStringList files() const { return m_files; }

    QString currentContext() const { return m_currentContext; }
    QStringList contextNames() const;
    std::optional<KubeContextEntry> context(const QString &name) const;

    // name empty: the current context. nullopt with error set when the context, its cluster or
    // its user does not exist, or a certificate, key or token file cannot be used.
    std::optional<KubeConnection> resolveContext(const QString &name, QString *error,
                                                 int execTimeoutMs = 30'000) const;

private:
    bool readFile(const QString &path);

    QStringList m_files;
    QString m_error;
    QStringList m_warnings;
    QString m_currentContext;
    QString m_currentContextFile;
    QStringList m_contextOrder;
    QHash<QString, KubeContextEntry> m_contexts;
    QHash<QString, KubeClusterEntry> m_clusters;
    QHash<QString, KubeUserEntry> m_users;
};

} // namespace Signalbox
