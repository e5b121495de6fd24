#pragma once

#include "kubeconfig.h"
#include "sources/source.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Signalbox {

struct KubeClientOptions
{
    HttpTuning http; // for list pages (HttpClient), and the connect timeout of a watch
    int watchTimeoutSeconds = 300; // the server ends each watch after this; we then resume
    // Silence on a watch longer than this is a dead connection (bookmarks come about each
    // minute); 0: watchTimeoutSeconds plus 30 s.
    int watchIdleMs = 0;
    int reconnectBaseMs = 1'000; // doubled per failure in a row, with jitter …
    int reconnectMaxMs = 30'000; // … up to this
    int pageLimit = 500;
};

struct KubeList
{
    QList<QJsonObject> items;
    QString resourceVersion; // the list's: where a watch starts
    QString error; // one sentence naming the URL; empty on success
    int status = 0; // the failed page's HTTP status; 0 when none came
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

struct KubeWatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark };
    Type type = Type::Added;
    QJsonObject object; // for a bookmark only metadata.resourceVersion is meaningful
};

struct KubeWatchHandlers
{
    // The whole collection, at the start (unless a resourceVersion was given) and after the
    // server forgot the version being watched from (410 Gone): replace, do not merge.
    std::function<void(const KubeList &)> snapshot;
    std::function<void(const KubeWatchEvent &)> event;
    // The watch broke and is being resumed in retryInMs (for source health); optional.
    std::function<void(const QString &reason, int retryInMs)> interrupted;
};

// The Kubernetes API for one context, blocking, on the worker thread that calls it (as
// HttpClient): paged lists, and a watch that keeps going (bookmarks, relist on 410 Gone,
// reconnects with capped jittered backoff) until cancelled or refused.
//
//     KubeClient client(*connection, options, [&] { return stop.load(); });
//     const QString path = u"/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts"_s;
//     const QString error = client.watch(path, u"team=checkout"_s, {}, handlers);
//
// The token goes only into the Authorization header, never a URL or a message. TLS is the
// connection's: its CA only, its client certificate (or the exec plugin's).
class KubeClient
{
public:
    KubeClient(KubeConnection connection, KubeClientOptions options,
               std::function<bool()> isCancelled);

    // Every page of path (…?labelSelector=&limit=&continue=) joined; with maxPages > 0, no more
    // than that many (a connection check reads one).
    KubeList list(const QString &path, const QString &labelSelector = {}, int maxPages = 0);

    // Watches from resourceVersion (empty: list first, handing the snapshot) until cancelled
    // (returns an empty string) or a problem retrying cannot fix (returns it: refused
    // credentials, a resource that does not exist, an unusable credential plugin).
    QString watch(const QString &path, const QString &labelSelector, const QString &resourceVersion,
                  const KubeWatchHandlers &handlers);

    // The namespaced collection path: /api/v1/… for the core group, /apis/group/version/… else.
    static QString collectionPath(const QString &group, const QString &version,
                                  const QString &namespaceName, const QString &plural);

    const KubeConnection &connection() const { return m_connection; }

private:
    enum class StreamEnd { Cancelled, ServerClosed, Dropped, Gone, Refused };
    StreamEnd streamOnce(const QUrl &url, QString &resourceVersion,
                         const KubeWatchHandlers &handlers, QString *problem, bool *gotEvents,
                         int *status);
    bool sleep(int ms);
    int backoffMs(int failures) const;
    QUrl urlFor(const QString &path, const QList<std::pair<QString, QString>> &query) const;

    KubeConnection m_connection;
    KubeClientOptions m_options;
    std::function<bool()> m_isCancelled;
};

} // namespace Signalbox
