#include "domain/workspace.h"
#include "loopbackserver.h"
#include "sources/argorollouts/argorolloutsmapping.h"
#include "sources/argorollouts/argorolloutssource.h"
#include "store/store.h"
#include "sync/sourcesync.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

Q_DECLARE_METATYPE(Signalbox::ArgoRollouts::Threshold)

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::fixture;
using Signalbox::Test::LoopbackServer;

namespace {

const QString SourceName = u"rollouts"_s;
const QByteArray Token = "kube-Xy7sekrit-token-4411";
const QByteArray ProdRollouts = "/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts";
const QByteArray ProdRuns = "/apis/argoproj.io/v1alpha1/namespaces/shop/analysisruns";
const QByteArray StagingRollouts = "/apis/argoproj.io/v1alpha1/namespaces/shop-staging/rollouts";
const QByteArray StagingRuns = "/apis/argoproj.io/v1alpha1/namespaces/shop-staging/analysisruns";
const QString FetchCursor
    = u"{\"prod/shop/analysisruns\":\"1201\",\"prod/shop/rollouts\":\"1200\","
      "\"staging/shop-staging/analysisruns\":\"531\",\"staging/shop-staging/rollouts\":\"530\"}"_s;

EpochMs at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray watchTarget(const QByteArray &collection, const QByteArray &version)
{
    return collection + "?watch=1&resourceVersion=" + version
        + "&allowWatchBookmarks=true&timeoutSeconds=300";
}

QByteArray line(const char *type, const QJsonObject &object)
{
    return QJsonDocument(
               QJsonObject {{"type"_L1, QString::fromLatin1(type)}, {"object"_L1, object}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

QByteArray bookmark(const char *version)
{
    return line("BOOKMARK",
                QJsonObject {{"kind"_L1, "Rollout"_L1},
                             {"apiVersion"_L1, "argoproj.io/v1alpha1"_L1},
                             {"metadata"_L1,
                              QJsonObject {{"resourceVersion"_L1, QString::fromLatin1(version)}}}});
}

LoopbackServer::Reply stream(QList<QByteArray> chunks)
{
    LoopbackServer::Reply reply = LoopbackServer::json({});
    reply.behaviour = LoopbackServer::Reply::Behaviour::StreamThenHold;
    reply.chunks = std::move(chunks);
    reply.chunkIntervalMs = 30;
    return reply;
}

QJsonObject item(const QString &fixtureName, const QString &name)
{
    const QJsonArray items = QJsonDocument::fromJson(fixture(u"argorollouts/"_s + fixtureName))
                                 .object()
                                 .value("items"_L1)
                                 .toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value("metadata"_L1).toObject().value("name"_L1).toString() == name)
            return v.toObject();
    }
    qFatal("no %s in %s", qPrintable(name), qPrintable(fixtureName));
}

// Sets a value at a dotted path of a JSON object (creating the objects on the way).
void put(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path.toString(), value);
        return;
    }
    const QString key = path.left(dot).toString();
    QJsonObject inner = object.value(key).toObject();
    put(inner, path.mid(dot + 1), value);
    object.insert(key, inner);
}

const QList<RolloutStep> CheckoutSteps {
    {RolloutStepKind::SetWeight, 20, {}},
    {RolloutStepKind::Pause, -1, {}},
    {RolloutStepKind::SetWeight, 50, {}},
    {RolloutStepKind::Pause, -1, u"30s"_s},
    {RolloutStepKind::Analysis, -1, u"error-rate, latency-p99"_s},
    {RolloutStepKind::Other, -1, u"setCanaryScale"_s},
    {RolloutStepKind::Experiment, -1, {}},
    {RolloutStepKind::Pause, -1, u"10m"_s},
};

Rollout pausedCheckout()
{
    Rollout r;
    r.externalId = u"prod/shop/checkout"_s;
    r.service = u"checkout"_s;
    r.version = u"2.4.0"_s;
    r.strategy = RolloutStrategy::Canary;
    r.step = 2;
    r.stepCount = 8;
    r.weight = 20;
    r.stableWeight = 80;
    r.phase = RolloutPhase::Paused;
    r.message = u"CanaryPauseStep"_s;
    r.pauseReason = u"CanaryPauseStep"_s;
    r.updatedAt = at("2026-03-02T08:41:00Z");
    r.steps = CheckoutSteps;
    r.location = u"prod/shop"_s;
    return r;
}

Rollout abortedPayments()
{
    Rollout r;
    r.externalId = u"prod/shop/payments"_s;
    r.service = u"payments"_s; // label app=payments-api, mapped by `services`
    r.version = u"7c9d4f6b8"_s; // a digest, no tag: the pod hash
    r.strategy = RolloutStrategy::Canary;
    r.step = 2;
    r.stepCount = 3;
    r.weight = 0;
    r.stableWeight = 100;
    r.phase = RolloutPhase::Aborted;
    r.message = u"RolloutAborted: Rollout aborted update to revision 5: Metric \"error-rate\" "
                "assessed Failed due to failed (1) > failureLimit (0)"_s;
    r.updatedAt = at("2026-03-02T08:52:30Z");
    r.steps = {{RolloutStepKind::SetWeight, 10, {}},
               {RolloutStepKind::Analysis, -1, u"payments-health"_s},
               {RolloutStepKind::SetWeight, 100, {}}};
    r.location = u"prod/shop"_s;
    AnalysisResult errors {u"error-rate"_s, AnalysisPhase::Failed, 0.023, 0.01};
    errors.thresholdIsMaximum = true;
    errors.hasThreshold = true;
    errors.condition = u"result[0] > 0.01"_s;
    errors.measurements = {{at("2026-03-02T08:50:02Z"), 0.004, AnalysisPhase::Successful},
                           {at("2026-03-02T08:51:03Z"), 0.023, AnalysisPhase::Failed}};
    AnalysisResult latency {u"latency-p99"_s, AnalysisPhase::Successful, 201, 250};
    latency.thresholdIsMaximum = true;
    latency.hasThreshold = true;
    latency.condition = u"result <= 250"_s;
    latency.measurements = {{at("2026-03-02T08:50:02Z"), 180.5, AnalysisPhase::Successful},
                            {at("2026-03-02T08:51:02Z"), 201, AnalysisPhase::Successful}};
    r.analysis = {errors, latency};
    return r;
}

Rollout healthyCart()
{
    Rollout r;
    r.externalId = u"prod/shop/cart"_s;
    r.service = u"cart"_s; // no app.kubernetes.io/name: the app label
    r.version = u"1.9.3"_s;
    r.strategy = RolloutStrategy::Canary;
    r.step = 3;
    r.stepCount = 3;
    r.weight = 100;
    r.stableWeight = 0;
    r.phase = RolloutPhase::Healthy;
    r.updatedAt = at("2026-03-01T16:07:45Z");
    r.steps = {{RolloutStepKind::SetWeight, 25, {}},
               {RolloutStepKind::Pause, -1, u"1m"_s},
               {RolloutStepKind::SetWeight, 75, {}}};
    r.location = u"prod/shop"_s;
    return r;
}

Rollout blueGreenSearch()
{
    Rollout r;
    r.externalId = u"prod/shop/search"_s;
    r.service = u"site-search"_s; // no labels: the name, mapped by `services`
    r.version = u"9b7c5d8f6"_s;
    r.strategy = RolloutStrategy::BlueGreen;
    // Generation 5 not yet observed (4): the Healthy phase is of the older spec.
    r.phase = RolloutPhase::Progressing;
    r.updatedAt = at("2026-02-20T09:30:00Z"); // creationTimestamp: no status times
    r.activeSelector = u"6d8f7c9b5"_s;
    r.previewSelector = u"9b7c5d8f6"_s;
    r.location = u"prod/shop"_s;
    return r;
}

Rollout stagingCheckout()
{
    Rollout r;
    r.externalId = u"staging/shop-staging/checkout"_s;
    r.service = u"checkout"_s;
    r.version = u"2.5.0-rc.1"_s;
    r.strategy = RolloutStrategy::Canary;
    r.step = 2;
    r.stepCount = 2;
    r.weight = 50;
    r.stableWeight = 50;
    r.phase = RolloutPhase::Progressing;
    r.updatedAt = at("2026-03-02T09:01:00Z");
    r.steps = {{RolloutStepKind::SetWeight, 50, {}}, {RolloutStepKind::Pause, -1, u"2m"_s}};
    r.location = u"staging/shop-staging"_s;
    return r;
}

// As the store gives it back: with its source and the first point of its progression.
Rollout stored(Rollout r)
{
    r.source = SourceName;
    r.history = {{r.updatedAt, r.step, r.weight, r.phase}};
    return r;
}

} // namespace

class TestArgoRolloutsSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LoopbackServer> m_server;
    Workspace m_workspace;
    SourceConfig m_config;
    SourceSyncOptions m_options;

    void writeKubeconfig()
    {
        QFile out(m_dir->filePath(u"kubeconfig"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray server = m_server->baseUrl().toString().toUtf8();
        out.write("apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
                  "clusters:\n- name: prod-eu\n  cluster: {server: '"
                  + server + "'}\n- name: staging-eu\n  cluster: {server: '" + server
                  + "'}\ncontexts:\n"
                    "- name: prod\n  context: {cluster: prod-eu, user: ci, namespace: shop}\n"
                    "- name: staging\n  context: {cluster: staging-eu, user: ci, namespace: "
                    "shop-staging}\n"
                    "users:\n- name: ci\n  user: {token: "
                  + Token + "}\n");
    }

    void serveLists()
    {
        LoopbackServer &s = *m_server;
        s.route(ProdRollouts + "?limit=500",
                LoopbackServer::json(fixture(u"argorollouts/rollouts-prod.json"_s)));
        s.route(ProdRuns + "?limit=500",
                LoopbackServer::json(fixture(u"argorollouts/analysisruns-prod.json"_s)));
        s.route(StagingRollouts + "?limit=500",
                LoopbackServer::json(fixture(u"argorollouts/rollouts-staging.json"_s)));
        s.route(StagingRuns + "?limit=500",
                LoopbackServer::json(fixture(u"argorollouts/analysisruns-empty.json"_s)));
    }

    FetchContext watchContext(const std::atomic<bool> &stop) const
    {
        FetchContext context;
        context.previousCursor = FetchCursor;
        context.http = m_options.http;
        context.isCancelled = [&stop] {
            return stop.load();
        };
        return context;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>(m_dir->filePath(u"cache.sqlite"_s));
        m_server = std::make_unique<LoopbackServer>();
        writeKubeconfig();
        m_workspace = {};
        m_workspace.filePath = m_dir->filePath(u"workspace.yaml"_s);
        m_config = {};
        m_config.kind = u"argo-rollouts"_s;
        m_config.name = SourceName;
        m_config.settings.insert(u"kubeconfig"_s, u"kubeconfig"_s); // relative to the workspace
        m_config.settings.insert(u"contexts"_s, QStringList {u"prod"_s, u"staging"_s});
        m_config.settings.insert(
            u"services"_s,
            QVariantMap {{u"payments-api"_s, u"payments"_s}, {u"search"_s, u"site-search"_s}});
        m_options = {};
        m_options.http.connectTimeoutMs = 800;
        m_options.http.readTimeoutMs = 800;
        m_options.http.retryBaseDelayMs = 20;
        m_options.http.maxRetryWaitMs = 3'000;
        m_options.ignoreBackoff = true;
    }

    void cleanup()
    {
        m_server.reset();
        m_store.reset();
        m_dir.reset();
    }

    void thresholds_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("failure");
        QTest::addColumn<ArgoRollouts::Threshold>("expected");
        QTest::newRow("success <= with index")
            << u"result[0] <= 0.01"_s << false << ArgoRollouts::Threshold {0.01, true, true};
        QTest::newRow("success < plain")
            << u"result < 5"_s << false << ArgoRollouts::Threshold {5, true, true};
        QTest::newRow("success >= is a minimum")
            << u"result[0] >= 0.95"_s << false << ArgoRollouts::Threshold {0.95, false, true};
        QTest::newRow("failure > is a maximum")
            << u" result[0] > 0.01 "_s << true << ArgoRollouts::Threshold {0.01, true, true};
        QTest::newRow("failure < is a minimum")
            << u"result < 100"_s << true << ArgoRollouts::Threshold {100, false, true};
        QTest::newRow("compound") << u"result[0] >= 0.95 && result[0] < 1"_s << false
                                  << ArgoRollouts::Threshold {};
        QTest::newRow("function") << u"len(result) > 0"_s << true << ArgoRollouts::Threshold {};
        QTest::newRow("other index") << u"result[1] < 3"_s << false << ArgoRollouts::Threshold {};
        QTest::newRow("empty") << QString() << false << ArgoRollouts::Threshold {};
    }

    void thresholds()
    {
        QFETCH(QString, condition);
        QFETCH(bool, failure);
        QFETCH(ArgoRollouts::Threshold, expected);
        QCOMPARE(ArgoRollouts::parseThreshold(condition, failure), expected);
    }

    void measurementValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("number") << u"0.02"_s << 0.02;
        QTest::newRow("list of one") << u"[0.02]"_s << 0.02;
        QTest::newRow("list with spaces") << u" [ 12.5 ] "_s << 12.5;
        QTest::newRow("list of two") << u"[1,2]"_s << 0.0;
        QTest::newRow("text") << u"NaN-ish"_s << 0.0;
        QTest::newRow("empty") << QString() << 0.0;
    }

    void measurementValues()
    {
        QFETCH(QString, value);
        QFETCH(double, expected);
        QCOMPARE(ArgoRollouts::measurementValue(value), expected);
    }

    void fetchStoresExactRows()
    {
        serveLists();
        const SourceSyncOutcome outcome = syncSource(*m_store, m_workspace, m_config, m_options);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));

        QCOMPARE(m_store->readServiceDetails(u"checkout"_s).recentRollouts,
                 (QList<Rollout> {stored(stagingCheckout()), stored(pausedCheckout())}));
        QCOMPARE(m_store->readServiceDetails(u"payments"_s).recentRollouts,
                 QList<Rollout> {stored(abortedPayments())});
        QCOMPARE(m_store->readServiceDetails(u"cart"_s).recentRollouts,
                 QList<Rollout> {stored(healthyCart())});
        QCOMPARE(m_store->readServiceDetails(u"site-search"_s).recentRollouts,
                 QList<Rollout> {stored(blueGreenSearch())});

        // The broken object is named, the others were still read.
        QCOMPARE(outcome.diagnostics.size(), 1);
        const Diagnostic &d = outcome.diagnostics.first();
        QCOMPARE(d.key, u"prod/shop/broken"_s);
        QCOMPARE(d.message,
                 u"the Rollout in %1%2 cannot be read: spec.strategy.canary.steps: expected a "
                 "list"_s.arg(m_server->baseUrl().toString(), QString::fromLatin1(ProdRollouts)));
        QCOMPARE(m_store->sourceHealth(SourceName).cursor, FetchCursor);

        for (const LoopbackServer::Request &r : m_server->requests()) {
            QCOMPARE(r.headers.value("authorization"), "Bearer " + Token);
            QVERIFY(!r.target.contains(Token));
        }
    }

    void unknownContextNamesItAndTheFile()
    {
        serveLists();
        m_config.settings.insert(u"contexts"_s, QStringList {u"prod"_s, u"qa"_s});
        const SourceSyncOutcome outcome = syncSource(*m_store, m_workspace, m_config, m_options);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"qa"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(m_dir->filePath(u"kubeconfig"_s)),
                 qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QString::fromLatin1(Token)));
        // One failing context fails the whole sync: the other's rows are not written.
        QVERIFY(m_store->readServiceDetails(u"cart"_s).recentRollouts.isEmpty());
    }

    void watchDeliversCoalescedNewestRows()
    {
        serveLists();
        QJsonObject progressing = item(u"rollouts-prod.json"_s, u"checkout"_s);
        put(progressing, u"metadata.resourceVersion", u"1210"_s);
        put(progressing, u"status.currentStepIndex", 2);
        put(progressing, u"status.phase", u"Progressing"_s);
        put(progressing, u"status.message", QJsonValue());
        put(progressing, u"status.pauseConditions", QJsonArray());
        put(progressing, u"status.canary.weights",
            QJsonObject {{"canary"_L1, QJsonObject {{"weight"_L1, 50}}},
                         {"stable"_L1, QJsonObject {{"weight"_L1, 50}}}});
        QJsonObject pausedAgain = progressing;
        put(pausedAgain, u"metadata.resourceVersion", u"1212"_s);
        put(pausedAgain, u"status.currentStepIndex", 3);
        put(pausedAgain, u"status.phase", u"Paused"_s);
        put(pausedAgain, u"status.pauseConditions",
            QJsonArray {QJsonObject {{"reason"_L1, "CanaryPauseStep"_L1},
                                     {"startTime"_L1, "2026-03-02T09:20:00Z"_L1}}});
        QJsonObject cart = item(u"rollouts-prod.json"_s, u"cart"_s);
        put(cart, u"metadata.resourceVersion", u"1211"_s);
        put(cart, u"spec.template.spec.containers",
            QJsonArray {QJsonObject {{"name"_L1, "cart"_L1}, {"image"_L1, "shop/cart:1.9.4"_L1}}});
        QJsonObject run = item(u"analysisruns-prod.json"_s, u"payments-7c9d4f6b8-5-1"_s);
        put(run, u"metadata.resourceVersion", u"1213"_s);
        put(run, u"status.phase", u"Error"_s);

        const QByteArray split = line("MODIFIED", pausedAgain);
        m_server->route(
            watchTarget(ProdRollouts, "1200"),
            stream({line("MODIFIED", progressing) + line("MODIFIED", cart),
                    split.left(split.size() / 2), split.mid(split.size() / 2) + bookmark("1215")}));
        m_server->route(watchTarget(ProdRuns, "1201"), stream({line("MODIFIED", run)}));
        m_server->route(watchTarget(StagingRollouts, "530"), stream({bookmark("540")}));
        m_server->route(watchTarget(StagingRuns, "531"), stream({}));

        ArgoRolloutsSource source(std::chrono::milliseconds(150));
        std::atomic<bool> stop = false;
        QMutex mutex;
        QList<WatchDelivery> deliveries;
        QString result = u"running"_s;
        std::atomic<bool> finished = false;
        const FetchContext context = watchContext(stop);
        std::thread watcher([&] {
            const QString error
                = source.watch(m_config, m_workspace, context, [&](WatchDelivery &&d) {
                      const QMutexLocker lock(&mutex);
                      deliveries.append(std::move(d));
                  });
            const QMutexLocker lock(&mutex);
            result = error;
            finished = true;
        });
        const QString finalCursor
            = u"{\"prod/shop/analysisruns\":\"1213\",\"prod/shop/rollouts\":\"1215\","
              "\"staging/shop-staging/analysisruns\":\"531\",\"staging/shop-staging/rollouts\":"
              "\"540\"}"_s;
        const auto lastCursor = [&] {
            const QMutexLocker lock(&mutex);
            return deliveries.isEmpty() ? QString() : deliveries.constLast().cursor;
        };
        QTRY_COMPARE_WITH_TIMEOUT(lastCursor(), finalCursor, 5000);

        QElapsedTimer cancelling;
        cancelling.start();
        stop = true;
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 2000);
        QVERIFY(cancelling.elapsed() < 2000);
        watcher.join();
        QCOMPARE(result, QString());

        // Each row at most once per delivery; the newest state of each wins.
        QHash<QString, Rollout> newest;
        int rowsDelivered = 0;
        for (const WatchDelivery &d : std::as_const(deliveries)) {
            QSet<QString> ids;
            for (const Rollout &r : d.batch.rollouts) {
                QVERIFY2(!ids.contains(r.externalId), qPrintable(r.externalId));
                ids.insert(r.externalId);
                newest.insert(r.externalId, r);
                ++rowsDelivered;
            }
            QVERIFY(d.diagnostics.isEmpty());
        }
        // Four object changes and two bookmarks came; the events were coalesced.
        QVERIFY2(deliveries.size() < 6, qPrintable(QString::number(deliveries.size())));
        QVERIFY(rowsDelivered <= 4);

        Rollout checkout = pausedCheckout();
        checkout.step = 4;
        checkout.weight = 50;
        checkout.stableWeight = 50;
        checkout.message.clear();
        checkout.updatedAt = at("2026-03-02T09:20:00Z");
        Rollout newCart = healthyCart();
        newCart.version = u"1.9.4"_s;
        // The run's change makes a row of its Rollout (the run's own phase is no metric's).
        const Rollout payments = abortedPayments();
        QCOMPARE(newest.value(u"prod/shop/checkout"_s), checkout);
        QCOMPARE(newest.value(u"prod/shop/cart"_s), newCart);
        QCOMPARE(newest.value(u"prod/shop/payments"_s), payments);
        QCOMPARE(QSet<QString>(newest.keyBegin(), newest.keyEnd()),
                 (QSet<QString> {u"prod/shop/checkout"_s, u"prod/shop/cart"_s,
                                 u"prod/shop/payments"_s}));
    }

    void refusedWatchNamesTheContext()
    {
        serveLists();
        m_server->route(
            watchTarget(ProdRollouts, "1200"),
            LoopbackServer::json(fixture(u"argorollouts/status-forbidden.json"_s), 403));
        m_server->route(watchTarget(ProdRuns, "1201"), stream({}));
        m_server->route(watchTarget(StagingRollouts, "530"), stream({}));
        m_server->route(watchTarget(StagingRuns, "531"), stream({}));
        ArgoRolloutsSource source(std::chrono::milliseconds(50));
        std::atomic<bool> stop = false;
        QElapsedTimer timer;
        timer.start();
        const QString error
            = source.watch(m_config, m_workspace, watchContext(stop), [](WatchDelivery &&) {});
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(error.startsWith(u"Argo Rollouts, context prod: the watch "_s), qPrintable(error));
        QVERIFY2(error.contains(u"HTTP 403"_s), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(Token)));
    }
};

QTEST_GUILESS_MAIN(TestArgoRolloutsSource)
#include "tst_argorolloutssource.moc"
