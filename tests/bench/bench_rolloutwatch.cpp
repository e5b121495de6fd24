// A watch stream of 10,000 Argo Rollouts updates (MODIFIED events for 200 rollouts, chunked as
// the API server sends them) from a loopback Kubernetes API, through the argo-rollouts source's
// watch, the sync engine's writes to the cache and the window's reloads of its models and graph:
// the whole path a live rollout takes to the screen. Prints updates per second and the longest
// stall of the GUI thread while they were applied (target under 50 ms), measured by a 2 ms
// heartbeat timer on that thread.
#include "application.h"
#include "loopbackserver.h"
#include "mainwindow.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Signalbox;
using namespace Qt::StringLiterals;
using Signalbox::Test::LoopbackServer;

namespace {

constexpr int Rollouts = 200;
constexpr int Updates = 10'000;
constexpr int EventsPerChunk = 50;
const QByteArray Collection = "/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts";
const QByteArray Runs = "/apis/argoproj.io/v1alpha1/namespaces/shop/analysisruns";

QJsonObject rollout(int index, int update)
{
    const int step = update % 5;
    const QString name = u"svc-%1"_s.arg(index, 3, 10, QLatin1Char('0'));
    QJsonArray steps;
    for (int weight : {10, 25, 50, 75, 100})
        steps.append(QJsonObject {{u"setWeight"_s, weight}});
    return QJsonObject {
        {u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
        {u"kind"_s, u"Rollout"_s},
        {u"metadata"_s,
         QJsonObject {{u"name"_s, name},
                      {u"namespace"_s, u"shop"_s},
                      {u"generation"_s, 3},
                      {u"resourceVersion"_s, QString::number(1000 + update)},
                      {u"creationTimestamp"_s, u"2026-11-20T08:00:00Z"_s},
                      {u"labels"_s, QJsonObject {{u"app.kubernetes.io/name"_s, name}}}}},
        {u"spec"_s,
         QJsonObject {
             {u"strategy"_s, QJsonObject {{u"canary"_s, QJsonObject {{u"steps"_s, steps}}}}},
             {u"template"_s,
              QJsonObject {
                  {u"spec"_s,
                   QJsonObject {{u"containers"_s,
                                 QJsonArray {QJsonObject {{u"name"_s, u"app"_s},
                                                          {u"image"_s,
                                                           u"registry/%1:2.%2.0"_s.arg(name).arg(
                                                               update / Rollouts)}}}}}}}}}},
        {u"status"_s,
         QJsonObject {{u"phase"_s, u"Progressing"_s},
                      {u"observedGeneration"_s, u"3"_s},
                      {u"currentStepIndex"_s, step},
                      {u"message"_s, u"update %1"_s.arg(update)},
                      {u"conditions"_s,
                       QJsonArray {QJsonObject {
                           {u"type"_s, u"Progressing"_s},
                           {u"status"_s, u"True"_s},
                           {u"lastUpdateTime"_s,
                            QDateTime::fromSecsSinceEpoch(1'795'000'000 + update, Qt::UTC)
                                .toString(Qt::ISODate)}}}}}}};
}

QByteArray eventLine(const QJsonObject &object)
{
    return QJsonDocument(QJsonObject {{u"type"_s, u"MODIFIED"_s}, {u"object"_s, object}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    QApplication::setOrganizationName(u"SignalboxBench"_s);
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());

    LoopbackServer server;
    QJsonArray items;
    for (int i = 0; i < Rollouts; ++i)
        items.append(rollout(i, i));
    server.route(Collection + "?limit=500",
                 LoopbackServer::json(
                     QJsonDocument(QJsonObject {{u"kind"_s, u"RolloutList"_s},
                                                {u"metadata"_s,
                                                 QJsonObject {{u"resourceVersion"_s, u"999"_s}}},
                                                {u"items"_s, items}})
                         .toJson(QJsonDocument::Compact)));
    server.route(
        Runs + "?limit=500",
        LoopbackServer::json(
            R"({"kind":"AnalysisRunList","metadata":{"resourceVersion":"999"},"items":[]})"));
    QList<QByteArray> chunks;
    QByteArray chunk;
    for (int update = 0; update < Updates; ++update) {
        chunk += eventLine(rollout(update % Rollouts, Rollouts + update));
        if ((update + 1) % EventsPerChunk == 0) {
            chunks.append(chunk);
            chunk.clear();
        }
    }
    // As fast as the loopback goes, or (--paced) a chunk every 50 ms: ten seconds of a busy
    // cluster, so that the window reloads many times while updates keep coming.
    const bool paced = QCoreApplication::arguments().contains(u"--paced"_s);
    const auto held = [paced](QList<QByteArray> parts) {
        LoopbackServer::Reply reply = LoopbackServer::json({});
        reply.behaviour = LoopbackServer::Reply::Behaviour::StreamThenHold;
        reply.chunks = std::move(parts);
        reply.chunkIntervalMs = paced ? 50 : 1;
        return reply;
    };
    const QByteArray watchQuery
        = "?watch=1&resourceVersion=999&allowWatchBookmarks=true&timeoutSeconds=300";
    server.route(Collection + watchQuery, held(chunks));
    server.route(Runs + watchQuery, held({}));

    QFile kubeconfig(dir.filePath(u"kubeconfig"_s));
    kubeconfig.open(QIODevice::WriteOnly);
    kubeconfig.write(
        "apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n- name: prod\n"
        "  cluster: {server: '"
        + server.baseUrl().toString().toUtf8()
        + "'}\ncontexts:\n- name: prod\n  context: {cluster: prod, user: ci, "
          "namespace: shop}\nusers:\n- name: ci\n  user: {token: bench}\n");
    kubeconfig.close();
    QFile workspace(dir.filePath(u"workspace.yaml"_s));
    workspace.open(QIODevice::WriteOnly);
    workspace.write(
        "signalbox: 1\nname: Rollout watch bench\nenvironments: [production]\n"
        "sources:\n  - kind: argo-rollouts\n    name: rollouts\n    kubeconfig: kubeconfig\n");
    workspace.close();

    Application app(dir.filePath(u"cache"_s));
    app.syncEngine()->setLiveRefreshMs(1'000);
    app.window()->resize(1440, 900);
    app.window()->show();

    int deliveries = 0;
    int rowsWritten = 0;
    qint64 writeMsTotal = 0;
    qint64 longestWrite = 0;
    int reloads = 0;
    QElapsedTimer clock;
    qint64 watchStartedAt = -1;
    QObject::connect(app.syncEngine(), &SyncEngine::stateChanged, &qapp, [&](const QString &name) {
        if (watchStartedAt < 0 && app.syncEngine()->state(name).watching)
            watchStartedAt = clock.elapsed();
    });
    QObject::connect(&app, &Application::workspaceLoaded, &qapp, [&](bool) { ++reloads; });

    // The heartbeat: any gap much longer than its 2 ms interval is time the GUI thread was busy.
    qint64 lastBeat = -1;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &qapp, [&] {
        const qint64 now = clock.elapsed();
        if (lastBeat >= 0 && watchStartedAt >= 0)
            longestStall = std::max(longestStall, now - lastBeat);
        lastBeat = now;
    });

    // Done when the last update's message is in the cache (checked after each delivery, through a
    // connection kept open: about a millisecond, counted in the stall), and the window has
    // reloaded after it.
    const QString finalMessage = u"update %1"_s.arg(Rollouts + Updates - 1);
    const QString finalService = u"svc-%1"_s.arg((Updates - 1) % Rollouts, 3, 10, QLatin1Char('0'));
    const QString cacheDirectory = dir.filePath(u"cache"_s);
    std::unique_ptr<Store> reader;
    qint64 appliedAt = -1;
    int reloadsAtApplied = 0;
    QObject::connect(app.syncEngine(), &SyncEngine::liveDelivery, &qapp,
                     [&](const QString &, int rows, qint64 writeMs) {
                         ++deliveries;
                         rowsWritten += rows;
                         writeMsTotal += writeMs;
                         longestWrite = std::max(longestWrite, writeMs);
                         if (appliedAt >= 0)
                             return;
                         if (!reader) {
                             const QStringList files
                                 = QDir(cacheDirectory).entryList({u"*.sqlite"_s}, QDir::Files);
                             if (files.isEmpty())
                                 return;
                             reader = std::make_unique<Store>(
                                 QDir(cacheDirectory).filePath(files.constFirst()));
                         }
                         const ServiceDetails details = reader->readServiceDetails(finalService, 1);
                         if (!details.recentRollouts.isEmpty()
                             && details.recentRollouts.constFirst().message == finalMessage) {
                             appliedAt = clock.elapsed();
                             reloadsAtApplied = reloads;
                         }
                     });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &qapp, [&] {
        if (appliedAt >= 0 && reloads > reloadsAtApplied && !app.syncEngine()->isBusy())
            qapp.quit();
    });
    QTimer::singleShot(120'000, &qapp, [&] {
        std::printf("timed out: %d deliveries, %d rows\n", deliveries, rowsWritten);
        qapp.exit(1);
    });

    clock.start();
    heartbeat.start(2);
    poll.start(50);
    app.openWorkspace(dir.filePath(u"workspace.yaml"_s));
    const int rc = qapp.exec();
    const qint64 span = std::max<qint64>(appliedAt - watchStartedAt, 1);
    std::printf("%s: %d updates of %d rollouts: %d deliveries, %d rows written, %d window "
                "reloads\n",
                paced ? "paced, a chunk of 50 every 50 ms" : "as fast as it comes", Updates,
                Rollouts, deliveries, rowsWritten, reloads);
    std::printf("watch started to last update in the cache: %lld ms, %.0f updates/s\n",
                static_cast<long long>(span), Updates * 1000.0 / double(span));
    std::printf("cache writes: %lld ms in all, longest %lld ms (worker thread)\n",
                static_cast<long long>(writeMsTotal), static_cast<long long>(longestWrite));
    std::printf("longest GUI-thread stall while applying: %lld ms (target < 50 ms)\n",
                static_cast<long long>(longestStall));
    return rc;
}
