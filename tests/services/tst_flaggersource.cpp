#include "domain/workspace.h"
#include "loopbackserver.h"
#include "sources/flagger/flaggersource.h"
#include "store/store.h"
#include "sync/sourcesync.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::fixture;
using Signalbox::Test::LoopbackServer;

namespace {

const QString SourceName = u"canaries"_s;
const QByteArray Token = "kube-Zx81sekrit-token";
const QByteArray Collection = "/apis/flagger.app/v1beta1/namespaces/shop/canaries";

QByteArray watchTarget(const QByteArray &version)
{
    return Collection + "?watch=1&resourceVersion=" + version
        + "&allowWatchBookmarks=true&timeoutSeconds=300";
}

EpochMs at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QList<RolloutStep> weights(std::initializer_list<int> list)
{
    QList<RolloutStep> steps;
    for (int w : list)
        steps.append({RolloutStepKind::SetWeight, w, {}});
    return steps;
}

AnalysisResult metric(const QString &name, AnalysisPhase phase, double threshold, bool isMaximum,
                      const QString &condition)
{
    AnalysisResult a;
    a.metric = name;
    a.phase = phase;
    a.threshold = threshold;
    a.thresholdIsMaximum = isMaximum;
    a.hasThreshold = true;
    a.condition = condition;
    return a;
}

// The rollouts the two lists say, as the store gives them back (with source and history).
Rollout prodCheckout()
{
    Rollout r;
    r.externalId = u"prod/shop/checkout"_s;
    r.service = u"checkout"_s;
    r.version = u"5d8f7c9b6"_s;
    r.strategy = RolloutStrategy::Canary;
    r.steps = weights({10, 20, 30, 40, 50, 100});
    r.stepCount = 6;
    r.step = 5;
    r.weight = 50;
    r.stableWeight = 50;
    r.phase = RolloutPhase::Paused;
    r.pauseReason = u"WaitingPromotion"_s;
    r.message = u"Waiting for promotion approval."_s;
    r.updatedAt = at("2024-05-06T09:41:00Z");
    r.iterations = 0;
    r.failedChecks = 1;
    r.location = u"prod/shop"_s;
    // Ordered by metric, as the store reads them; Flagger keeps no measured values.
    r.analysis = {metric(u"request-duration"_s, AnalysisPhase::Unknown, 500, true, u"<= 500"_s),
                  metric(u"request-success-rate"_s, AnalysisPhase::Unknown, 99, false, u">= 99"_s)};
    return r;
}

Rollout prodPayments()
{
    Rollout r;
    r.externalId = u"prod/shop/payments"_s;
    r.service = u"payments"_s; // its app label payments-api, mapped by `services`
    r.version = u"6b7d9f8c5"_s;
    r.strategy = RolloutStrategy::Canary;
    r.steps = weights({5, 10, 25, 50, 100});
    r.stepCount = 5;
    r.step = 0;
    r.weight = 0;
    r.stableWeight = 100;
    r.phase = RolloutPhase::Aborted;
    r.message = u"Canary analysis failed, Deployment scaled to zero."_s;
    r.updatedAt = at("2024-05-06T08:12:30Z");
    r.iterations = 0;
    r.failedChecks = 5;
    r.location = u"prod/shop"_s;
    r.analysis = {metric(u"error-rate"_s, AnalysisPhase::Failed, 1.5, true, u"<= 1.5"_s)};
    return r;
}

Rollout prodCart()
{
    Rollout r;
    r.externalId = u"prod/shop/cart-release"_s;
    r.service = u"cart"_s; // no labels: the target workload's name
    r.version = u"84c6d7f9b"_s;
    r.strategy = RolloutStrategy::Canary;
    r.steps = weights({20, 40, 50, 100}); // maxWeight 50 is reached though not a multiple of 20
    r.stepCount = 4;
    r.step = 4;
    r.weight = 0;
    r.stableWeight = 100;
    r.phase = RolloutPhase::Healthy;
    r.message = u"Canary analysis completed successfully, promotion finished."_s;
    r.updatedAt = at("2024-05-05T16:20:00Z"); // no lastTransitionTime: the condition's
    r.iterations = 0;
    r.failedChecks = 0;
    r.location = u"prod/shop"_s;
    r.analysis
        = {metric(u"request-success-rate"_s, AnalysisPhase::Successful, 99.5, false, u">= 99.5"_s)};
    return r;
}

Rollout prodSearch()
{
    Rollout r;
    r.externalId = u"prod/shop/search"_s;
    r.service = u"search"_s;
    r.version = u"59bd7c6f8"_s;
    r.strategy = RolloutStrategy::BlueGreen; // iterations without weights
    r.weight = 0;
    r.stableWeight = 100;
    r.phase = RolloutPhase::Progressing;
    r.message = u"New revision detected, progressing canary analysis."_s;
    r.updatedAt = at("2024-05-06T09:44:00Z");
    r.iterations = 4;
    r.failedChecks = 0;
    r.location = u"prod/shop"_s;
    r.analysis
        = {metric(u"request-duration"_s, AnalysisPhase::Running, 250, true, u">= 10, <= 250"_s)};
    return r;
}

Rollout stagingCheckout()
{
    Rollout r;
    r.externalId = u"staging/shop/checkout"_s;
    r.service = u"checkout"_s;
    r.version = u"5d8f7c9b6"_s;
    r.strategy = RolloutStrategy::Canary;
    r.steps = weights({10, 20, 30, 40, 50, 100});
    r.stepCount = 6;
    r.weight = 0;
    r.stableWeight = 100;
    r.phase = RolloutPhase::Paused;
    r.pauseReason = u"Waiting"_s; // for the confirm-rollout webhook
    r.message = u"Waiting for approval."_s;
    r.updatedAt = at("2024-05-06T09:30:00Z");
    r.iterations = 0;
    r.failedChecks = 0;
    r.location = u"staging/shop"_s;
    return r;
}

Rollout stored(Rollout r)
{
    r.source = SourceName;
    r.history = {{r.updatedAt, r.step, r.weight, r.phase}};
    return r;
}

QJsonObject listItem(const QString &fixtureName, const QString &name)
{
    const QJsonArray items = QJsonDocument::fromJson(fixture(u"flagger/"_s + fixtureName))
                                 .object()
                                 .value("items"_L1)
                                 .toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value("metadata"_L1).toObject().value("name"_L1).toString() == name)
            return item.toObject();
    }
    qFatal("no canary %s in %s", qPrintable(name), qPrintable(fixtureName));
}

// The canary of the prod list, moved on: a new status and resourceVersion.
QByteArray modified(const QString &name, const char *version, const QJsonObject &statusChanges)
{
    QJsonObject object = listItem(u"canaries-prod.json"_s, name);
    QJsonObject metadata = object.value("metadata"_L1).toObject();
    metadata.insert("resourceVersion"_L1, QString::fromLatin1(version));
    object.insert("metadata"_L1, metadata);
    QJsonObject status = object.value("status"_L1).toObject();
    for (auto it = statusChanges.constBegin(); it != statusChanges.constEnd(); ++it)
        status.insert(it.key(), it.value());
    object.insert("status"_L1, status);
    const QJsonObject event {{u"type"_s, u"MODIFIED"_s}, {u"object"_s, object}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray bookmark(const char *version)
{
    return R"({"type":"BOOKMARK","object":{"kind":"Canary","apiVersion":"flagger.app/v1beta1","metadata":{"resourceVersion":")"
        + QByteArray(version) + "\"}}}\n";
}

LoopbackServer::Reply streamOf(QList<QByteArray> chunks)
{
    LoopbackServer::Reply reply = LoopbackServer::json({});
    reply.behaviour = LoopbackServer::Reply::Behaviour::StreamThenHold;
    reply.chunks = std::move(chunks);
    reply.chunkIntervalMs = 30;
    return reply;
}

struct Delivered
{
    qint64 elapsedMs = 0;
    WatchDelivery delivery;
};

} // namespace

class TestFlaggerSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LoopbackServer> m_prod;
    std::unique_ptr<LoopbackServer> m_staging;
    Workspace m_workspace;
    SourceConfig m_config;
    SourceSyncOptions m_options;

    void writeKubeconfig()
    {
        QFile out(m_dir->filePath(u"kube/config"_s));
        QVERIFY(QDir().mkpath(m_dir->filePath(u"kube"_s)));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n"
                  "- name: prod-eu\n  cluster:\n    server: "
                  + m_prod->baseUrl().toString().toUtf8()
                  + "\n- name: staging\n  cluster:\n    server: "
                  + m_staging->baseUrl().toString().toUtf8()
                  + "\ncontexts:\n"
                    "- name: prod\n  context: {cluster: prod-eu, user: deployer, namespace: shop}\n"
                    "- name: staging\n  context: {cluster: staging, user: deployer}\n"
                    "users:\n- name: deployer\n  user: {token: "
                  + Token + "}\n");
    }

    void serveLists()
    {
        m_prod->route(Collection + "?limit=500",
                      LoopbackServer::json(fixture(u"flagger/canaries-prod.json"_s)));
        m_staging->route(Collection + "?limit=500",
                         LoopbackServer::json(fixture(u"flagger/canaries-staging.json"_s)));
    }

    SourceSyncOutcome sync() { return syncSource(*m_store, m_workspace, m_config, m_options); }

    QList<Rollout> rolloutsOf(const QString &service)
    {
        return m_store->readServiceDetails(service).recentRollouts;
    }

    FetchContext watchContext(const std::atomic<bool> &stop)
    {
        FetchContext context;
        context.previousCursor = m_store->sourceHealth(SourceName).cursor;
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
        m_prod = std::make_unique<LoopbackServer>();
        m_staging = std::make_unique<LoopbackServer>();
        writeKubeconfig();

        m_workspace = {};
        m_workspace.filePath = m_dir->filePath(u"workspace.yaml"_s);
        m_config = {};
        m_config.kind = u"flagger"_s;
        m_config.name = SourceName;
        m_config.settings.insert(u"kubeconfig"_s, u"kube/config"_s); // relative to the workspace
        m_config.settings.insert(u"contexts"_s, QStringList {u"prod"_s, u"staging"_s});
        m_config.settings.insert(u"namespaces"_s, QStringList {u"shop"_s});
        m_config.settings.insert(u"services"_s, QVariantMap {{u"payments-api"_s, u"payments"_s}});

        m_options = {};
        m_options.http.connectTimeoutMs = 800;
        m_options.http.readTimeoutMs = 800;
        m_options.http.retryBaseDelayMs = 20;
        m_options.http.maxRetryWaitMs = 3'000;
        m_options.ignoreBackoff = true;
    }

    void cleanup()
    {
        m_prod.reset();
        m_staging.reset();
        m_store.reset();
        m_dir.reset();
    }

    void fetchStoresEveryCanaryOfEveryContext()
    {
        serveLists();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));

        QCOMPARE(rolloutsOf(u"checkout"_s),
                 (QList<Rollout> {stored(prodCheckout()), stored(stagingCheckout())}));
        QCOMPARE(rolloutsOf(u"payments"_s), QList<Rollout> {stored(prodPayments())});
        QCOMPARE(rolloutsOf(u"cart"_s), QList<Rollout> {stored(prodCart())});
        QCOMPARE(rolloutsOf(u"search"_s), QList<Rollout> {stored(prodSearch())});
        QCOMPARE(outcome.counts.rollouts, 5);

        // The bad canary is named; the others were still read.
        QCOMPARE(outcome.diagnostics.size(), 1);
        QCOMPARE(outcome.diagnostics[0].origin, SourceName);
        QCOMPARE(outcome.diagnostics[0].key, u"prod/shop/broken"_s);
        QCOMPARE(outcome.diagnostics[0].message,
                 u"the canary prod/shop/broken in context prod, namespace shop cannot be read: "
                 "status.canaryWeight: expected a whole number"_s);

        QCOMPARE(m_store->sourceHealth(SourceName).cursor,
                 uR"({"prod/shop/canaries":"5001","staging/shop/canaries":"7001"})"_s);
        for (LoopbackServer *server : {m_prod.get(), m_staging.get()}) {
            QCOMPARE(server->requests().size(), 1);
            QCOMPARE(server->requests()[0].headers.value("authorization"), "Bearer " + Token);
        }
    }

    void serviceLabelAndMappingByName()
    {
        serveLists();
        // Another label names the service; a mapping by the canary's own name beats any label.
        m_config.settings.insert(u"serviceLabel"_s, u"team"_s);
        m_config.settings.insert(u"services"_s, QVariantMap {{u"search"_s, u"catalog-search"_s}});
        m_config.settings.insert(u"contexts"_s, QStringList {u"prod"_s});
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));

        Rollout checkout = stored(prodCheckout()); // its team label says checkout too
        QCOMPARE(rolloutsOf(u"checkout"_s), QList<Rollout> {checkout});
        Rollout payments = stored(prodPayments());
        payments.service = u"payments-api"_s; // no team label: the app label, not mapped now
        QCOMPARE(rolloutsOf(u"payments-api"_s), QList<Rollout> {payments});
        Rollout search = stored(prodSearch());
        search.service = u"catalog-search"_s;
        QCOMPARE(rolloutsOf(u"catalog-search"_s), QList<Rollout> {search});
        QVERIFY(rolloutsOf(u"search"_s).isEmpty());
    }

    void unknownContextFailsTheWholeFetch()
    {
        serveLists();
        m_config.settings.insert(u"contexts"_s, QStringList {u"prod"_s, u"qa"_s});
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error,
                 u"the context qa does not exist in %1 (it has: prod, staging)"_s.arg(
                     m_dir->filePath(u"kube/config"_s)));
        QVERIFY(rolloutsOf(u"checkout"_s).isEmpty());
        QCOMPARE(m_prod->requests().size(), 0);
    }

    void refusedListNamesTheContextAndKeepsOldData()
    {
        serveLists();
        QVERIFY(sync().ok);
        m_staging->route(Collection + "?limit=500",
                         LoopbackServer::json(fixture(u"flagger/status-forbidden.json"_s), 403));
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.startsWith(u"context staging, namespace shop: "_s),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"403"_s), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QString::fromLatin1(Token)));
        QCOMPARE(rolloutsOf(u"checkout"_s),
                 (QList<Rollout> {stored(prodCheckout()), stored(stagingCheckout())}));
    }

    void watchCoalescesChangesAndResumesFromTheCursor()
    {
        serveLists();
        QVERIFY(sync().ok);

        const QByteArray finalising = modified(
            u"checkout"_s, "5004", {{u"phase"_s, u"Finalising"_s}, {u"canaryWeight"_s, 0}});
        const QJsonObject succeeded {
            {u"phase"_s, u"Succeeded"_s},
            {u"canaryWeight"_s, 0},
            {u"failedChecks"_s, 0},
            {u"lastTransitionTime"_s, u"2024-05-06T09:58:00Z"_s},
            {u"conditions"_s,
             QJsonArray {QJsonObject {
                 {u"type"_s, u"Promoted"_s},
                 {u"status"_s, u"True"_s},
                 {u"lastUpdateTime"_s, u"2024-05-06T09:58:00Z"_s},
                 {u"lastTransitionTime"_s, u"2024-05-06T09:58:00Z"_s},
                 {u"reason"_s, u"Succeeded"_s},
                 {u"message"_s, u"Canary analysis completed successfully, promotion finished."_s},
             }}},
        };
        const QJsonObject paymentsAt10 {
            {u"phase"_s, u"Progressing"_s},   {u"canaryWeight"_s, 10},
            {u"failedChecks"_s, 0},           {u"lastTransitionTime"_s, u"2024-05-06T09:57:00Z"_s},
            {u"conditions"_s, QJsonArray {}},
        };
        // Several events per chunk, one split across two chunks, a bookmark, then quiet.
        m_prod->route(
            watchTarget("5001"),
            streamOf({modified(u"checkout"_s, "5002",
                               {{u"phase"_s, u"Promoting"_s}, {u"canaryWeight"_s, 50}})
                          + modified(u"payments"_s, "5003",
                                     {{u"phase"_s, u"Progressing"_s}, {u"canaryWeight"_s, 5}}),
                      finalising.left(100), finalising.mid(100),
                      modified(u"checkout"_s, "5005", succeeded)
                          + modified(u"payments"_s, "5006", paymentsAt10),
                      bookmark("5010")}));
        m_staging->route(watchTarget("7001"), streamOf({bookmark("7005")}));

        FlaggerWatchOptions options;
        options.flushIntervalMs = 150;
        FlaggerSource source(options);
        std::atomic<bool> stop = false;
        const FetchContext context = watchContext(stop);
        QMutex mutex;
        QList<Delivered> deliveries;
        QElapsedTimer clock;
        clock.start();
        QString result = u"(still running)"_s;
        std::thread watcher([&] {
            const QString error
                = source.watch(m_config, m_workspace, context, [&](WatchDelivery &&delivery) {
                      QMutexLocker lock(&mutex);
                      deliveries.append({clock.elapsed(), std::move(delivery)});
                  });
            QMutexLocker lock(&mutex);
            result = error;
        });
        const QString finalCursor
            = uR"({"prod/shop/canaries":"5010","staging/shop/canaries":"7005"})"_s;
        const auto lastCursor = [&] {
            QMutexLocker lock(&mutex);
            return deliveries.isEmpty() ? QString() : deliveries.last().delivery.cursor;
        };
        QTRY_COMPARE_WITH_TIMEOUT(lastCursor(), finalCursor, 5000);

        QElapsedTimer stopping;
        stopping.start();
        stop = true;
        watcher.join();
        QVERIFY2(stopping.elapsed() < 2000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(result, QString());

        // Each row at most once per delivery, the deliveries at least the interval apart, and
        // fewer of them than the six events and bookmarks they carry.
        QHash<QString, Rollout> newest;
        QVERIFY(deliveries.size() >= 2);
        QVERIFY2(deliveries.size() < 6, qPrintable(QString::number(deliveries.size())));
        for (qsizetype i = 0; i < deliveries.size(); ++i) {
            QSet<QString> ids;
            for (const Rollout &r : deliveries[i].delivery.batch.rollouts) {
                QVERIFY2(!ids.contains(r.externalId), qPrintable(r.externalId));
                ids.insert(r.externalId);
                newest.insert(r.externalId, r);
            }
            QVERIFY(deliveries[i].delivery.diagnostics.isEmpty());
            if (i > 0) {
                QVERIFY2(deliveries[i].elapsedMs - deliveries[i - 1].elapsedMs >= 140,
                         qPrintable(QString::number(deliveries[i].elapsedMs)));
            }
        }
        // Only what changed: the watched canaries of prod, never staging's, nor the broken one.
        QCOMPARE(QSet<QString>(newest.keyBegin(), newest.keyEnd()),
                 (QSet<QString> {u"prod/shop/checkout"_s, u"prod/shop/payments"_s}));

        Rollout checkout = prodCheckout();
        checkout.step = 6;
        checkout.weight = 0;
        checkout.stableWeight = 100;
        checkout.phase = RolloutPhase::Healthy;
        checkout.pauseReason.clear();
        checkout.failedChecks = 0;
        checkout.message = u"Canary analysis completed successfully, promotion finished."_s;
        checkout.updatedAt = at("2024-05-06T09:58:00Z");
        // In declaration order, as the canary lists them.
        checkout.analysis
            = {metric(u"request-success-rate"_s, AnalysisPhase::Successful, 99, false, u">= 99"_s),
               metric(u"request-duration"_s, AnalysisPhase::Successful, 500, true, u"<= 500"_s)};
        QCOMPARE(newest.value(u"prod/shop/checkout"_s), checkout);

        Rollout payments = prodPayments();
        payments.step = 2;
        payments.weight = 10;
        payments.stableWeight = 90;
        payments.phase = RolloutPhase::Progressing;
        payments.failedChecks = 0;
        payments.message.clear();
        payments.updatedAt = at("2024-05-06T09:57:00Z");
        payments.analysis[0].phase = AnalysisPhase::Running;
        QCOMPARE(newest.value(u"prod/shop/payments"_s), payments);

        // Each watch resumed where the lists ended; nothing was listed again.
        QCOMPARE(m_prod->requests().last().target, watchTarget("5001"));
        QCOMPARE(m_staging->requests().last().target, watchTarget("7001"));
        QCOMPARE(m_prod->countRequests(Collection), 2);
    }

    void refusedWatchStopsAllAndNamesTheContext()
    {
        serveLists();
        QVERIFY(sync().ok);
        m_prod->route(watchTarget("5001"), streamOf({bookmark("5002")}));
        m_staging->route(watchTarget("7001"),
                         LoopbackServer::json(fixture(u"flagger/status-forbidden.json"_s), 403));

        FlaggerSource source;
        std::atomic<bool> stop = false;
        QElapsedTimer clock;
        clock.start();
        const QString error
            = source.watch(m_config, m_workspace, watchContext(stop), [](WatchDelivery &&) {});
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(
            error,
            u"context staging, namespace shop: the watch %1%2 answered HTTP 403 (the server said: canaries.flagger.app is forbidden: User \"alice\" cannot watch resource \"canaries\" in API group \"flagger.app\" in the namespace \"shop\")"_s
                .arg(m_staging->baseUrl().toString(), QString::fromLatin1(watchTarget("7001"))));
    }
};

QTEST_GUILESS_MAIN(TestFlaggerSource)
#include "tst_flaggersource.moc"
