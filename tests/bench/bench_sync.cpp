// Syncing 200 repositories x 100 workflow runs from a loopback server that speaks GitHub's REST
// format (with ETags), through the same syncSource() path the window and `signalbox sync` use.
// Prints wall time, requests and rows per second for the first sync, then the second sync with
// nothing changed: the target is zero full responses (every request answered 304) in under 2 s.
#include "loopbackserver.h"
#include "store/store.h"
#include "sync/sourcesync.h"
#include "workspace/workspaceload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Signalbox;
using namespace Qt::StringLiterals;
using Signalbox::Test::LoopbackServer;

namespace {

constexpr int Repositories = 200;
constexpr int RunsPerRepository = 100;

QByteArray isoTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC)
        .toString(Qt::ISODate)
        .toLatin1();
}

QByteArray runsPage(int repo)
{
    const qint64 base = 1'790'000'000;
    QByteArray runs;
    for (int i = 0; i < RunsPerRepository; ++i) {
        const qint64 id = qint64(repo) * 100'000 + (RunsPerRepository - i);
        const qint64 created = base - i * 3600 - repo * 7;
        const bool failed = (i + repo) % 9 == 0;
        if (i)
            runs += ',';
        runs += R"({"id":)" + QByteArray::number(id) + R"(,"name":"CI","display_title":"Build",)"
            + R"("node_id":"WFR_)" + QByteArray::number(id) + R"(","head_branch":"main",)"
            + R"("head_sha":")"
            + QCryptographicHash::hash(QByteArray::number(id), QCryptographicHash::Sha1).toHex()
            + R"(","path":".github/workflows/ci.yml","run_number":)"
            + QByteArray::number(RunsPerRepository - i)
            + R"(,"event":"push","status":"completed","conclusion":")"
            + (failed ? "failure" : "success") + R"(","workflow_id":)" + QByteArray::number(repo)
            + R"(,"run_attempt":1,)" + R"("html_url":"https://github.com/shop/svc)"
            + QByteArray::number(repo) + "/actions/runs/" + QByteArray::number(id)
            + R"(","created_at":")" + isoTime(created) + R"(","updated_at":")"
            + isoTime(created + 420) + R"(","run_started_at":")" + isoTime(created + 15) + R"("})";
    }
    return R"({"total_count":)" + QByteArray::number(RunsPerRepository) + R"(,"workflow_runs":[)"
        + runs + "]}";
}

QByteArray jobsPage(qint64 runId)
{
    const qint64 created = 1'790'000'000;
    return R"({"total_count":1,"jobs":[{"id":)" + QByteArray::number(runId * 10 + 1)
        + R"(,"run_id":)" + QByteArray::number(runId)
        + R"(,"name":"build","status":"completed","conclusion":"success","created_at":")"
        + isoTime(created) + R"(","started_at":")" + isoTime(created + 15) + R"(","completed_at":")"
        + isoTime(created + 400)
        + R"(","html_url":"https://github.com/x/y/actions/runs/1/job/2","run_attempt":1}]})";
}

LoopbackServer::Reply withEtag(QByteArray body)
{
    LoopbackServer::Reply reply = LoopbackServer::json(std::move(body));
    reply.etag
        = "\"" + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha1).toHex() + "\"";
    reply.header("X-RateLimit-Limit", "5000").header("X-RateLimit-Remaining", "4999");
    return reply;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LoopbackServer server;
    QMutex cacheMutex;
    QHash<QByteArray, LoopbackServer::Reply> cache;
    const QRegularExpression runs(uR"(^/repos/shop/svc(\d+)/actions/runs$)"_s);
    const QRegularExpression jobs(uR"(^/repos/shop/svc\d+/actions/runs/(\d+)/jobs$)"_s);
    const QRegularExpression deployments(uR"(^/repos/shop/svc\d+/deployments$)"_s);
    const QRegularExpression environments(uR"(^/repos/shop/svc\d+/environments$)"_s);
    server.setHandler(
        [&](const LoopbackServer::Request &request) -> std::optional<LoopbackServer::Reply> {
            const QString path = QString::fromLatin1(request.path());
            QMutexLocker lock(&cacheMutex);
            if (const auto it = cache.constFind(request.path()); it != cache.cend())
                return *it;
            std::optional<LoopbackServer::Reply> reply;
            if (const auto m = runs.match(path); m.hasMatch())
                reply = withEtag(runsPage(m.captured(1).toInt()));
            else if (const auto j = jobs.match(path); j.hasMatch())
                reply = withEtag(jobsPage(j.captured(1).toLongLong()));
            else if (deployments.match(path).hasMatch())
                reply = withEtag("[]");
            else if (environments.match(path).hasMatch())
                reply = withEtag(R"({"total_count":0,"environments":[]})");
            if (reply)
                cache.insert(request.path(), *reply);
            return reply;
        });

    QTemporaryDir dir;
    QByteArray yaml = "signalbox: 1\nname: Bench\nservices:\n";
    for (int r = 0; r < Repositories; ++r)
        yaml += "  - name: svc" + QByteArray::number(r) + "\n";
    yaml += "sources:\n  - kind: github\n    name: github\n    baseUrl: "
        + server.baseUrl().toEncoded() + "\n    repositories:\n";
    for (int r = 0; r < Repositories; ++r)
        yaml += "      - shop/svc" + QByteArray::number(r) + "\n";
    QFile file(dir.filePath(u"workspace.yaml"_s));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(yaml);
    file.close();
    LoadRequest request;
    request.workspacePath = file.fileName();
    request.cacheDirectory = dir.filePath(u"cache"_s);
    request.sources = LoadRequest::Sources::None;
    const LoadResult load = loadWorkspace(request);
    if (!load.ok() || load.workspace.sources.isEmpty()) {
        std::fprintf(stderr, "workspace not usable: %s\n",
                     qPrintable(load.diagnostics.value(0).message));
        return 1;
    }
    Store store(load.cachePath);
    SourceSyncOptions options;
    options.ignoreBackoff = true;

    std::printf("%d repositories x %d runs from a loopback GitHub\n", Repositories,
                RunsPerRepository);
    for (const char *label : {"first sync      ", "nothing changed "}) {
        server.clearRequests();
        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome o
            = syncSource(store, load.workspace, load.workspace.sources[0], options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!o.ok) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(o.error));
            return 1;
        }
        const int rows
            = o.counts.runs + o.counts.jobs + o.counts.deployments + o.counts.environments;
        std::printf("%s %7.2f s  %5d requests  %5d answered 304  %5d full responses  %6d rows  "
                    "%8.0f rows/s\n",
                    label, seconds, o.stats.requests, o.stats.notModified,
                    o.stats.requests - o.stats.notModified, rows,
                    seconds > 0 ? rows / seconds : 0.0);
    }
    return 0;
}
