#include "loopbackserver.h"
#include "net/httpclient.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "workspace/workspaceload.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;
using Signalbox::Test::LoopbackServer;

// A minimal network source, compiled into this test as a static plugin: it pages through
// {baseUrl}/runs?page=N, each page a JSON array of {"id", "service", "ok"}.
class LoopbackSource final : public Source
{
public:
    SourceDescription description() const override { return {}; }
    FetchResult fetch(const SourceConfig &config, const Workspace &,
                      const FetchContext &context) override
    {
        FetchResult result;
        HttpClient http({{{"Authorization", "Bearer " + context.token.toUtf8()}}, {}, config.name},
                        context);
        const QUrl base(config.settings.value(u"baseUrl"_s).toString());
        const int pages = config.settings.value(u"pages"_s).toInt();
        bool changed = false;
        for (int page = 1; page <= pages; ++page) {
            context.progress(page - 1, pages);
            const HttpResponse response
                = http.get(base.resolved(QUrl(u"/runs?page="_s + QString::number(page))));
            if (!response.ok() && !response.notModified()) {
                result.error = response.error;
                result.retryNotBefore = response.retryNotBefore;
                return result;
            }
            if (response.notModified())
                continue;
            changed = true;
            QString error;
            const QJsonDocument doc = HttpClient::json(response, &error);
            if (!error.isEmpty()) {
                result.error = error;
                return result;
            }
            for (const QJsonValue &v : doc.array()) {
                PipelineRun run;
                run.externalId = v[u"id"_s].toString();
                run.service = v[u"service"_s].toString();
                run.status = v[u"ok"_s].toBool() ? RunStatus::Succeeded : RunStatus::Failed;
                run.startedAt = context.now - 60'000;
                result.batch.runs.append(run);
            }
        }
        context.progress(pages, pages);
        result.unchanged = !changed;
        result.validators = http.validators();
        result.rateLimitRemaining = http.rateLimit().remaining;
        result.stats = http.stats();
        return result;
    }
};

class LoopbackSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "loopbacksource.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new LoopbackSource; }
};

Q_IMPORT_PLUGIN(LoopbackSourcePlugin)

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray page(const QString &prefix, int count, bool ok = true)
{
    QJsonArray runs;
    for (int i = 0; i < count; ++i) {
        QJsonObject run;
        run.insert(u"id"_s, QString(prefix + QString::number(i)));
        run.insert(u"service"_s, u"checkout"_s);
        run.insert(u"ok"_s, ok);
        runs.append(run);
    }
    return QJsonDocument(runs).toJson(QJsonDocument::Compact);
}

int countRuns(const QString &cachePath, const QString &source)
{
    Store store(cachePath, Database::Mode::ReadOnly);
    Statement q(store.database(),
                "SELECT count(*) FROM pipeline_runs r JOIN sources s ON s.id = r.source_id "
                "WHERE s.name = ?");
    q.bind(1, source);
    q.step();
    return int(q.int64(0));
}

QJsonObject checkoutRollout(const QString &message, const QString &resourceVersion)
{
    return QJsonObject {
        {u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
        {u"kind"_s, u"Rollout"_s},
        {u"metadata"_s,
         QJsonObject {{u"name"_s, u"checkout"_s},
                      {u"namespace"_s, u"shop"_s},
                      {u"generation"_s, 1},
                      {u"resourceVersion"_s, resourceVersion},
                      {u"creationTimestamp"_s, u"2026-11-20T08:00:00Z"_s}}},
        {u"spec"_s,
         QJsonObject {
             {u"strategy"_s,
              QJsonObject {
                  {u"canary"_s,
                   QJsonObject {{u"steps"_s,
                                 QJsonArray {QJsonObject {{u"setWeight"_s, 50}},
                                             QJsonObject {{u"pause"_s, QJsonObject {}}}}}}}}}}},
        {u"status"_s,
         QJsonObject {{u"phase"_s, u"Progressing"_s},
                      {u"observedGeneration"_s, u"1"_s},
                      {u"currentStepIndex"_s, 0},
                      {u"message"_s, message}}}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Fixture
{
    QTemporaryDir dir;
    LoadResult load;

    void open(const QByteArray &sourcesYaml)
    {
        QFile file(dir.filePath(u"workspace.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signalbox: 1\nname: Sync test\nservices:\n  - name: checkout\nsources:\n"
                   + sourcesYaml);
        file.close();
        LoadRequest request;
        request.workspacePath = file.fileName();
        request.cacheDirectory = dir.filePath(u"cache"_s);
        request.sources = LoadRequest::Sources::None;
        load = loadWorkspace(request);
        QVERIFY2(load.ok(), qPrintable(load.diagnostics.value(0).message));
        QVERIFY2(!hasErrors(load.diagnostics), qPrintable(load.diagnostics.value(0).message));
    }
};

HttpTuning quickTuning()
{
    HttpTuning tuning;
    tuning.connectTimeoutMs = 600;
    tuning.readTimeoutMs = 600;
    tuning.retryBaseDelayMs = 20;
    tuning.maxAttempts = 2;
    return tuning;
}

bool waitIdle(SyncEngine &engine, int timeoutMs = 15'000)
{
    return QTest::qWaitFor([&] { return !engine.isBusy(); }, timeoutMs);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SIGNALBOX_TEST_TOKEN", "tok-5f2a9c"); }

    void syncsEverySourceAndReportsProgress()
    {
        LoopbackServer server;
        for (int p = 1; p <= 3; ++p) {
            LoopbackServer::Reply reply = LoopbackServer::json(page(u"p%1-"_s.arg(p), 10));
            reply.etag = "\"page" + QByteArray::number(p) + '"';
            server.route("/runs?page=" + QByteArray::number(p), reply);
        }
        Fixture f;
        f.open("  - kind: loopback\n    name: ci\n    baseUrl: " + server.baseUrl().toEncoded()
               + "\n    pages: 3\n");

        SyncEngine engine;
        engine.setHttpTuning(quickTuning());
        engine.setAutomatic(false);
        QSignalSpy data(&engine, &SyncEngine::dataChanged);
        QSignalSpy finished(&engine, &SyncEngine::sourceFinished);
        QList<std::pair<int, int>> progress;
        connect(&engine, &SyncEngine::stateChanged, this, [&](const QString &name) {
            const SourceSyncState s = engine.state(name);
            if (s.syncing && s.progressTotal > 0)
                progress.append({s.progressDone, s.progressTotal});
        });
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        QCOMPARE(engine.states().size(), 1);
        QVERIFY(engine.states()[0].network);
        engine.syncAll();
        QVERIFY(engine.isBusy());
        QVERIFY(waitIdle(engine));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(countRuns(f.load.cachePath, u"ci"_s), 30);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), std::make_pair(3, 3));
        const SourceSyncState state = engine.state(u"ci"_s);
        QVERIFY(state.lastSuccessAt != NoTime);
        QVERIFY(!state.isStale());
        QCOMPARE(state.lastStats.requests, 3);
        // The next periodic sync is one interval after this one.
        QVERIFY(state.nextSyncAt >= state.lastSuccessAt + engine.intervalMs() - 1000);

        // Nothing changed: every page is answered 304, nothing is written, no reload is asked.
        server.clearRequests();
        engine.syncAll();
        QVERIFY(waitIdle(engine));
        QCOMPARE(data.size(), 1);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 3);
        for (const auto &r : requests)
            QVERIFY(!r.headers.value("if-none-match").isEmpty());
        QCOMPARE(engine.state(u"ci"_s).lastStats.notModified, 3);
        QVERIFY(requests[0].headers.value("authorization") == "Bearer tok-5f2a9c");
    }

    void aBrokenSourceNeverHoldsUpTheOthers()
    {
        LoopbackServer good;
        good.route("/runs?page=1", LoopbackServer::json(page(u"g"_s, 5)));
        LoopbackServer silent;
        LoopbackServer::Reply never;
        never.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        silent.route("/runs?page=1", never);
        Fixture f;
        f.open("  - kind: loopback\n    name: good\n    baseUrl: " + good.baseUrl().toEncoded()
               + "\n  - kind: loopback\n    name: silent\n    baseUrl: "
               + silent.baseUrl().toEncoded() + "\n");

        SyncEngine engine;
        HttpTuning tuning = quickTuning();
        tuning.connectTimeoutMs = 1500;
        engine.setHttpTuning(tuning);
        engine.setAutomatic(false);
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        QElapsedTimer timer;
        timer.start();
        engine.syncAll();
        // The good source is done long before the silent one gives up, and the event loop keeps
        // turning meanwhile (the window stays responsive).
        qint64 longestStall = 0;
        QElapsedTimer tick;
        tick.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                longestStall = std::max(longestStall, tick.restart());
                return engine.state(u"good"_s).lastSuccessAt != NoTime;
            },
            5000));
        QVERIFY2(timer.elapsed() < 1500, "the good source waited for the silent one");
        QVERIFY(engine.state(u"silent"_s).syncing);
        QVERIFY(waitIdle(engine));
        QVERIFY2(longestStall < 200, qPrintable(QString::number(longestStall)));

        QCOMPARE(countRuns(f.load.cachePath, u"good"_s), 5);
        const SourceSyncState bad = engine.state(u"silent"_s);
        QVERIFY(bad.isStale());
        QVERIFY2(bad.lastError.contains(u"did not answer"_s), qPrintable(bad.lastError));
        QCOMPARE(bad.failureCount, 1);
        // Backing off: 30 s ± 20 % after the failure.
        QVERIFY(bad.nextSyncAt >= bad.lastErrorAt + 23'000);
        QVERIFY(bad.nextSyncAt <= bad.lastErrorAt + 37'000);
        QVERIFY(!engine.state(u"good"_s).isStale());

        // The store remembers the failure, with its backoff, for the next start.
        Store store(f.load.cachePath, Database::Mode::ReadOnly);
        const SourceHealth health = store.sourceHealth(u"silent"_s);
        QCOMPARE(health.failureCount, 1);
        QVERIFY(health.nextAttemptAt >= health.lastErrorAt + 23'000);
    }

    void failedSyncKeepsWhatWasThere()
    {
        LoopbackServer server;
        server.routeSequence("/runs?page=1",
                             {LoopbackServer::json(page(u"a"_s, 4)),
                              LoopbackServer::json(page(u"b"_s, 4).left(20))});
        Fixture f;
        f.open("  - kind: loopback\n    name: ci\n    baseUrl: " + server.baseUrl().toEncoded()
               + "\n");
        SyncEngine engine;
        engine.setHttpTuning(quickTuning());
        engine.setAutomatic(false);
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        engine.syncAll();
        QVERIFY(waitIdle(engine));
        QCOMPARE(countRuns(f.load.cachePath, u"ci"_s), 4);
        engine.syncAll();
        QVERIFY(waitIdle(engine));
        const SourceSyncState state = engine.state(u"ci"_s);
        QVERIFY(state.isStale());
        QVERIFY2(state.lastError.contains(u"not valid JSON"_s), qPrintable(state.lastError));
        QCOMPARE(countRuns(f.load.cachePath, u"ci"_s), 4);
        Store store(f.load.cachePath, Database::Mode::ReadOnly);
        QCOMPARE(store.integrityProblems(), QStringList());
    }

    void periodicRefreshAndBackoffAreScheduled()
    {
        LoopbackServer server;
        server.routeSequence("/runs?page=1",
                             {LoopbackServer::json(R"({"message":"boom"})", 500),
                              LoopbackServer::json(page(u"x"_s, 2))});
        Fixture f;
        f.open("  - kind: loopback\n    name: ci\n    baseUrl: " + server.baseUrl().toEncoded()
               + "\n");
        SyncEngine engine;
        HttpTuning tuning = quickTuning();
        tuning.maxAttempts = 1; // the engine's backoff, not the client's retry, is under test
        engine.setHttpTuning(tuning);
        // Automatic from the start: a source never synced is due at once.
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        QVERIFY(engine.isBusy());
        QVERIFY(waitIdle(engine));
        QVERIFY(engine.state(u"ci"_s).isStale());
        // A manual refresh ignores the backoff and succeeds.
        engine.syncSource(u"ci"_s, true);
        QVERIFY(waitIdle(engine));
        QVERIFY(!engine.state(u"ci"_s).isStale());
        QCOMPARE(countRuns(f.load.cachePath, u"ci"_s), 2);
        QCOMPARE(engine.state(u"ci"_s).failureCount, 0);
    }

    void theTokenIsNeverWrittenAnywhere()
    {
        const QByteArray token = "ghp_Zx81secretTOKENvalue0042";
        qputenv("SIGNALBOX_TEST_TOKEN", token);
        LoopbackServer server;
        // A server that echoes what it was sent is the worst case for a leak.
        server.setHandler(
            [](const LoopbackServer::Request &request) -> std::optional<LoopbackServer::Reply> {
                if (request.target.startsWith("/runs?page=2")) {
                    return LoopbackServer::json(R"({"message":"Bad credentials: )"
                                                    + request.headers.value("authorization")
                                                    + R"("})",
                                                401);
                }
                return std::nullopt;
            });
        server.route("/runs?page=1", LoopbackServer::json(page(u"t"_s, 3)));
        Fixture f;
        f.open("  - kind: loopback\n    name: ci\n    pages: 2\n    token: { env: "
               "SIGNALBOX_TEST_TOKEN }\n"
               "    baseUrl: "
               + server.baseUrl().toEncoded() + "\n");
        capturedLog.clear();
        QLoggingCategory::setFilterRules(u"signalbox.*=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
        SyncEngine engine;
        engine.setHttpTuning(quickTuning());
        engine.setAutomatic(false);
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        engine.syncAll();
        QVERIFY(waitIdle(engine));
        const QList<SourceSyncOutcome> cli = SyncEngine::syncBlocking(
            f.load.workspace, f.load.cachePath, {}, SourceSyncOptions {});
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        qputenv("SIGNALBOX_TEST_TOKEN", "tok-5f2a9c");

        // It was sent, and the sync failed on the echoing page ...
        QCOMPARE(server.requests()[0].headers.value("authorization"), "Bearer " + token);
        const SourceSyncState state = engine.state(u"ci"_s);
        QVERIFY(state.isStale());
        QVERIFY2(state.lastError.contains(u"401"_s), qPrintable(state.lastError));
        QCOMPARE(cli.size(), 1);
        QVERIFY(!cli[0].ok);
        // ... yet it is in no error, log line, cache file or the workspace.
        QVERIFY2(!state.lastError.contains(QString::fromLatin1(token)),
                 qPrintable(state.lastError));
        QVERIFY(!cli[0].error.contains(QString::fromLatin1(token)));
        QVERIFY(!capturedLog.isEmpty());
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QString::fromLatin1(token)), qPrintable(line));
        QVERIFY(!readAll(f.load.workspace.filePath).contains(token));
        const QDir cacheDir(QFileInfo(f.load.cachePath).absolutePath());
        int filesSearched = 0;
        for (const QFileInfo &file : cacheDir.entryInfoList(QDir::Files)) {
            ++filesSearched;
            QVERIFY2(!readAll(file.absoluteFilePath()).contains(token),
                     qPrintable(file.fileName()));
        }
        QVERIFY(filesSearched >= 1);
    }

    void cancelWritesNothing()
    {
        LoopbackServer server;
        LoopbackServer::Reply never;
        never.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        server.route("/runs?page=2", never);
        server.route("/runs?page=1", LoopbackServer::json(page(u"c"_s, 3)));
        Fixture f;
        f.open("  - kind: loopback\n    name: ci\n    pages: 2\n    baseUrl: "
               + server.baseUrl().toEncoded() + "\n");
        SyncEngine engine;
        HttpTuning tuning = quickTuning();
        tuning.connectTimeoutMs = 30'000;
        engine.setHttpTuning(tuning);
        engine.setAutomatic(false);
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        QSignalSpy finished(&engine, &SyncEngine::sourceFinished);
        engine.syncAll();
        QVERIFY(QTest::qWaitFor([&] { return server.countRequests("/runs?page=2") == 1; }, 5000));
        QElapsedTimer timer;
        timer.start();
        engine.cancel(u"ci"_s);
        QVERIFY(waitIdle(engine, 3000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished[0][0].value<SourceSyncOutcome>().cancelled);
        QCOMPARE(countRuns(f.load.cachePath, u"ci"_s), 0);
        QVERIFY(!engine.state(u"ci"_s).isStale()); // cancelled is not failing
    }

    void watchingSourceFollowsChangesWhileRefreshesAreAutomatic()
    {
        // An Argo Rollouts source on a loopback Kubernetes API: the sync lists, then the engine
        // watches from where the list ended and writes each change as it streams in.
        LoopbackServer server;
        const QByteArray rollouts = "/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts";
        const QByteArray runs = "/apis/argoproj.io/v1alpha1/namespaces/shop/analysisruns";
        server.route(rollouts + "?limit=500",
                     LoopbackServer::json("{\"kind\":\"RolloutList\",\"metadata\":{"
                                          "\"resourceVersion\":\"100\"},\"items\":["
                                          + compact(checkoutRollout(u"listed"_s, u"100"_s))
                                          + "]}"));
        server.route(runs + "?limit=500",
                     LoopbackServer::json("{\"kind\":\"AnalysisRunList\",\"metadata\":{"
                                          "\"resourceVersion\":\"100\"},\"items\":[]}"));
        const QByteArray watchQuery
            = "?watch=1&resourceVersion=100&allowWatchBookmarks=true&timeoutSeconds=300";
        LoopbackServer::Reply stream = LoopbackServer::json({});
        stream.behaviour = LoopbackServer::Reply::Behaviour::StreamThenHold;
        stream.chunkIntervalMs = 50;
        stream.chunks = {"{\"type\":\"MODIFIED\",\"object\":"
                         + compact(checkoutRollout(u"watched"_s, u"101"_s)) + "}\n"};
        server.route(rollouts + watchQuery, stream);
        LoopbackServer::Reply quiet = stream;
        quiet.chunks.clear();
        server.route(runs + watchQuery, quiet);

        Fixture f;
        QFile kubeconfig(f.dir.filePath(u"kubeconfig"_s));
        QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
        kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n"
                         "- name: prod\n  cluster: {server: '"
                         + server.baseUrl().toEncoded()
                         + "'}\ncontexts:\n- name: prod\n  context: {cluster: prod, user: ci, "
                           "namespace: shop}\nusers:\n- name: ci\n  user: {token: t0k}\n");
        kubeconfig.close();
        f.open("  - kind: argo-rollouts\n    name: rollouts\n    kubeconfig: kubeconfig\n");

        SyncEngine engine;
        engine.setHttpTuning(quickTuning());
        engine.setLiveRefreshMs(100);
        QSignalSpy data(&engine, &SyncEngine::dataChanged);
        QSignalSpy live(&engine, &SyncEngine::liveDelivery);
        engine.setWorkspace(f.load.workspace, f.load.cachePath, f.load.snapshot->sources);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isWatching(u"rollouts"_s), 5'000);
        QVERIFY(engine.state(u"rollouts"_s).watching);
        const auto message = [&] {
            Store store(f.load.cachePath);
            const QList<Rollout> r = store.readServiceDetails(u"checkout"_s).recentRollouts;
            return r.isEmpty() ? QString() : r.constFirst().message;
        };
        QTRY_COMPARE_WITH_TIMEOUT(message(), u"watched"_s, 5'000);
        // The delivery's signal is queued after its write, so it may come just after the row.
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), 2'000);
        // The list's sync and the watched change each asked for a reload.
        QTRY_VERIFY_WITH_TIMEOUT(data.size() >= 2, 2'000);
        QVERIFY(!engine.isBusy()); // a watch is not a sync in progress

        // Turning automatic refreshes off stops the watch at once.
        engine.setAutomatic(false);
        QVERIFY(!engine.isWatching(u"rollouts"_s));
        QVERIFY(!engine.state(u"rollouts"_s).watching);
        QElapsedTimer stopping;
        stopping.start();
        engine.waitForIdle();
        QVERIFY2(stopping.elapsed() < 3'000, qPrintable(QString::number(stopping.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
