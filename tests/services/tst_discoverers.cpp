#include "discovery/composediscoverer.h"
#include "discovery/kubernetesdiscoverer.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace Signalbox {
// Found by QCOMPARE through ADL, so a failing comparison shows the evidence.
char *toString(const Evidence &e)
{
    return QTest::toString(e.repository + u'|' + e.path + u':' + QString::number(e.line) + u' '
                           + e.text);
}
} // namespace Signalbox

namespace {

const QString repo = u"/src/shop"_s;

SourceFile file(const QString &path, const char *content)
{
    return SourceFile {repo, path, QByteArray(content)};
}

Evidence at(const QString &path, int line, const QString &text)
{
    return Evidence {repo, path, line, text};
}

const DiscoveredService *service(const DiscoveryResult &result, const QString &name)
{
    for (const DiscoveredService &s : result.services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const DiscoveredDependency *edge(const DiscoveryResult &result, const QString &consumer,
                                 const QString &provider)
{
    for (const DiscoveredDependency &d : result.dependencies) {
        if (d.consumer == consumer && d.provider == provider)
            return &d;
    }
    return nullptr;
}

// Empty when there is no such edge, so a missing edge fails the comparison instead of crashing.
QList<Evidence> edgeEvidence(const DiscoveryResult &result, const QString &consumer,
                             const QString &provider)
{
    const DiscoveredDependency *d = edge(result, consumer, provider);
    return d ? d->evidence : QList<Evidence>();
}

QStringList names(const DiscoveryResult &result)
{
    QStringList out;
    for (const DiscoveredService &s : result.services)
        out.append(s.name);
    return out;
}

QStringList edges(const DiscoveryResult &result)
{
    QStringList out;
    for (const DiscoveredDependency &d : result.dependencies)
        out.append(d.consumer + u"->"_s + d.provider + u' ' + toWord(d.kind));
    return out;
}

QStringList problems(const DiscoveryResult &result)
{
    QStringList out;
    for (const ScanProblem &p : result.problems)
        out.append(p.path + u": "_s + p.reason);
    return out;
}

// Compose Specification: services, depends_on short and long syntax, environment as a list and
// as a map, interpolation from .env; several files merged in order.
const char composeBase[] = R"(services:
  web:
    build: ./web
    depends_on:
      - orders
      - payments
    environment:
      - ORDERS_URL=http://orders:8080/api
      - PAY_URL=http://${PAY_HOST:-payments}/v1
      - LOG_LEVEL=debug
  orders:
    image: ${REGISTRY:-ghcr.io/shop}/orders:${TAG}
    depends_on:
      orders-db:
        condition: service_healthy
      rabbit:
        condition: service_started
    environment:
      DATABASE_URL: postgres://app@orders-db/orders
      AMQP_URL: amqp://rabbit
      PAYMENTS_ADDR: ${PAYMENTS_HOST}:${PAYMENTS_PORT:-8443}
  payments:
    image: shop/payments:1.4
    environment:
      CACHE_URL: redis://redis:6379/0
  orders-db:
    image: ${DB_IMAGE}:16
  rabbit:
    image: rabbitmq:3-management
  redis:
    image: bitnami/redis:7.2
)";

const char composeOverride[] = R"(services:
  payments:
    environment:
      - CACHE_URL=redis://cache:6379/0
      - OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317
  cache:
    image: docker.io/library/redis:7-alpine
  otel-collector:
    image: otel/opentelemetry-collector-contrib:0.98.0
)";

// Sorts before "override" by name, yet is applied after it.
const char composeAdmin[] = R"(services:
  payments:
    environment:
      OTEL_EXPORTER_OTLP_ENDPOINT: http://jaeger:4317
  jaeger:
    image: jaegertracing/all-in-one:1.57
  adminer:
    image: adminer:4
    environment:
      ADMINER_DEFAULT_SERVER: orders-db
)";

// (a raw string cannot start a line with '#': moc would take it for a directive)
const char dotEnv[] = "# local settings\n"
                      R"(DB_IMAGE=postgres
PAYMENTS_HOST=payments
export TAG="2.3.1"
)";

QList<SourceFile> shopCompose()
{
    return {file(u"shop/docker-compose.admin.yml"_s, composeAdmin),
            file(u"shop/docker-compose.override.yml"_s, composeOverride),
            file(u"shop/.env"_s, dotEnv), file(u"shop/docker-compose.yml"_s, composeBase),
            file(u"shop/README.md"_s, "# not read")};
}

// Kubernetes API: apps/v1 Deployment and StatefulSet, v1 Service with a selector, env values.
const char checkoutYaml[] = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: checkout
          image: ghcr.io/shop/checkout:2.0.1
          env:
            - name: PAYMENTS_URL
              value: http://payments.shop.svc.cluster.local:8080
            - name: DATABASE_URL
              value: postgres://checkout@orders-db:5432/checkout
            - name: STRIPE_URL
              value: https://api.stripe.com/v1
          envFrom:
            - configMapRef:
                name: checkout-config
)";

const char paymentsYaml[] = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
  namespace: shop
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: payments
  template:
    metadata:
      labels:
        app.kubernetes.io/name: payments
        tier: backend
    spec:
      containers:
        - name: api
          image: ghcr.io/shop/payments:5.2.0
---
apiVersion: v1
kind: Service
metadata:
  name: payments
  namespace: shop
spec:
  selector:
    app.kubernetes.io/name: payments
  ports:
    - port: 8080
      targetPort: 8080
)";

const char ordersDbYaml[] = R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: orders-db
spec:
  serviceName: orders-db
  selector:
    matchLabels:
      app: orders-db
  template:
    metadata:
      labels:
        app: orders-db
    spec:
      containers:
        - name: postgres
          image: docker.io/library/postgres:16.2
---
apiVersion: v1
kind: Service
metadata:
  name: orders-db
spec:
  clusterIP: None
  selector:
    app: orders-db
  ports:
    - port: 5432
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: checkout-config
data:
  EVENTS_BROKER: events:9092
  LOG_LEVEL: info
)";

const char eventsYaml[] = R"(apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: events
spec:
  selector:
    matchLabels:
      app: events
  template:
    metadata:
      labels:
        app: events
    spec:
      containers:
        - name: kafka
          image: bitnami/kafka:3.7
)";

const char baseKustomization[] = R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - checkout.yaml
  - payments.yaml
  - orders-db.yaml
)";

const char prodKustomization[] = R"(apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop
resources:
  - ../../base
  - ../../events
  - ../../monitoring
  - https://github.com/shop/shared//k8s?ref=v1
  - ../../../../shared
)";

const char eventsKustomization[] = R"(resources:
  - events.yaml
  - ../base
)";

const char brokenYaml[] = R"(apiVersion: v1
kind: Service
metadata:
  name: [broken
spec: {}
)";

} // namespace

class TestDiscoverers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeLayersFilesInOrder()
    {
        const DiscoveryResult result = discoverCompose(shopCompose());
        QCOMPARE(problems(result), QStringList());
        QCOMPARE(
            names(result),
            QStringList({u"web"_s, u"orders"_s, u"payments"_s, u"orders-db"_s, u"rabbit"_s,
                         u"redis"_s, u"cache"_s, u"otel-collector"_s, u"jaeger"_s, u"adminer"_s}));
        QCOMPARE(edges(result),
                 QStringList({u"web->orders sync"_s, u"web->payments sync"_s,
                              u"orders->orders-db datastore"_s, u"orders->rabbit async"_s,
                              u"orders->payments sync"_s, u"payments->cache datastore"_s,
                              u"payments->jaeger sync"_s, u"adminer->orders-db datastore"_s}));

        // The override replaced CACHE_URL, then docker-compose.admin.yml replaced the OTLP
        // endpoint: it is applied after the override although it sorts before it.
        QCOMPARE(edgeEvidence(result, u"payments"_s, u"cache"_s),
                 QList<Evidence>({at(u"shop/docker-compose.override.yml"_s, 4,
                                     u"- CACHE_URL=redis://cache:6379/0"_s)}));
        QCOMPARE(edgeEvidence(result, u"payments"_s, u"jaeger"_s),
                 QList<Evidence>({at(u"shop/docker-compose.admin.yml"_s, 4,
                                     u"OTEL_EXPORTER_OTLP_ENDPOINT: http://jaeger:4317"_s)}));
        QVERIFY(!edge(result, u"payments"_s, u"redis"_s));
        QVERIFY(!edge(result, u"payments"_s, u"otel-collector"_s));

        const DiscoveredService *payments = service(result, u"payments"_s);
        QVERIFY(payments);
        QCOMPARE(payments->origin, DiscoveryOrigin::Compose);
        QCOMPARE(payments->path, u"shop"_s);
        QCOMPARE(payments->evidence,
                 QList<Evidence>({at(u"shop/docker-compose.yml"_s, 22, u"payments:"_s),
                                  at(u"shop/docker-compose.override.yml"_s, 2, u"payments:"_s),
                                  at(u"shop/docker-compose.admin.yml"_s, 2, u"payments:"_s)}));
    }

    void composeDependsOnBothFormsAndEnvironment()
    {
        const DiscoveryResult result = discoverCompose(shopCompose());
        const QString base = u"shop/docker-compose.yml"_s;
        // short syntax (a list) and an environment list entry
        QCOMPARE(edgeEvidence(result, u"web"_s, u"orders"_s),
                 QList<Evidence>({at(base, 5, u"- orders"_s),
                                  at(base, 8, u"- ORDERS_URL=http://orders:8080/api"_s)}));
        // the host comes from a default: ${PAY_HOST:-payments}
        QCOMPARE(edgeEvidence(result, u"web"_s, u"payments"_s),
                 QList<Evidence>({at(base, 6, u"- payments"_s),
                                  at(base, 9, u"- PAY_URL=http://${PAY_HOST:-payments}/v1"_s)}));
        // long syntax (a map) and an environment map entry
        QCOMPARE(
            edgeEvidence(result, u"orders"_s, u"orders-db"_s),
            QList<Evidence>({at(base, 14, u"orders-db:"_s),
                             at(base, 19, u"DATABASE_URL: postgres://app@orders-db/orders"_s)}));
        QCOMPARE(edgeEvidence(result, u"orders"_s, u"rabbit"_s),
                 QList<Evidence>(
                     {at(base, 16, u"rabbit:"_s), at(base, 20, u"AMQP_URL: amqp://rabbit"_s)}));
        // ${PAYMENTS_HOST} from .env, ${PAYMENTS_PORT:-8443} from its default: payments:8443
        QCOMPARE(edgeEvidence(result, u"orders"_s, u"payments"_s),
                 QList<Evidence>(
                     {at(base, 21, u"PAYMENTS_ADDR: ${PAYMENTS_HOST}:${PAYMENTS_PORT:-8443}"_s)}));
        // a key that names a host takes a bare service name
        QCOMPARE(edgeEvidence(result, u"adminer"_s, u"orders-db"_s),
                 QList<Evidence>({at(u"shop/docker-compose.admin.yml"_s, 10,
                                     u"ADMINER_DEFAULT_SERVER: orders-db"_s)}));
        QVERIFY(edge(result, u"orders"_s, u"orders-db"_s));
        QCOMPARE(edge(result, u"orders"_s, u"orders-db"_s)->origin, DiscoveryOrigin::Compose);
    }

    void composeKindsFromImages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ServiceKind>("kind");
        QTest::newRow("build only") << u"web"_s << ServiceKind::Service;
        QTest::newRow("interpolated registry") << u"orders"_s << ServiceKind::Service;
        QTest::newRow("image from .env: postgres") << u"orders-db"_s << ServiceKind::Datastore;
        QTest::newRow("rabbitmq") << u"rabbit"_s << ServiceKind::Broker;
        QTest::newRow("bitnami/redis") << u"redis"_s << ServiceKind::Datastore;
        QTest::newRow("registry and library") << u"cache"_s << ServiceKind::Datastore;
        QTest::newRow("otel collector") << u"otel-collector"_s << ServiceKind::Observability;
        QTest::newRow("jaegertracing") << u"jaeger"_s << ServiceKind::Observability;
        QTest::newRow("adminer") << u"adminer"_s << ServiceKind::Service;
    }

    void composeKindsFromImages()
    {
        QFETCH(QString, name);
        QFETCH(ServiceKind, kind);
        const DiscoveryResult result = discoverCompose(shopCompose());
        QVERIFY(service(result, name));
        QVERIFY(service(result, name));
        QCOMPARE(service(result, name)->kind, kind);
    }

    void composeBuildContextIsTheServiceFolder()
    {
        const DiscoveryResult result
            = discoverCompose({file(u"deploy/docker-compose.yml"_s,
                                    "services:\n"
                                    "  cart:\n"
                                    "    build: ../services/cart\n"
                                    "  orders:\n"
                                    "    build:\n"
                                    "      context: ./orders\n"
                                    "      dockerfile: Dockerfile\n"
                                    "  outside:\n"
                                    "    build: ../../elsewhere\n"
                                    "  remote:\n"
                                    "    build: https://github.com/shop/remote.git\n"
                                    "  db:\n"
                                    "    image: postgres:16\n")});
        QHash<QString, QString> folders;
        for (const DiscoveredService &s : result.services)
            folders.insert(s.name, s.path);
        QCOMPARE(folders.value(u"cart"_s), u"services/cart"_s);
        QCOMPARE(folders.value(u"orders"_s), u"deploy/orders"_s);
        // Outside the repository or not a folder: the compose file's own folder, as without build.
        QCOMPARE(folders.value(u"outside"_s), u"deploy"_s);
        QCOMPARE(folders.value(u"remote"_s), u"deploy"_s);
        QCOMPARE(folders.value(u"db"_s), u"deploy"_s);
    }

    void composeWithoutDotEnvLeavesVariablesEmpty()
    {
        QList<SourceFile> files = shopCompose();
        files.removeAt(2); // .env
        const DiscoveryResult result = discoverCompose(files);
        // "${DB_IMAGE}:16" is ":16" now, and "${PAYMENTS_HOST}:8443" names no host
        QVERIFY(service(result, u"orders-db"_s));
        QCOMPARE(service(result, u"orders-db"_s)->kind, ServiceKind::Service);
        QVERIFY(!edge(result, u"orders"_s, u"payments"_s));
        QVERIFY(edge(result, u"orders"_s, u"orders-db"_s));
        QCOMPARE(edge(result, u"orders"_s, u"orders-db"_s)->kind, DependencyKind::Sync);
    }

    void composeUrlShapes_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QStringList>("providers");
        const QStringList none;
        QTest::newRow("http url with port and path")
            << u"A_URL: http://payments:8080/x"_s << QStringList {u"payments"_s};
        QTest::newRow("host:port") << u"A: payments:5432"_s << QStringList {u"payments"_s};
        QTest::newRow("user in url")
            << u"DB: postgres://user@orders-db/db"_s << QStringList {u"orders-db"_s};
        QTest::newRow("user and password")
            << u"DB: \"postgres://user:s3cret@orders-db:5432/db?sslmode=disable\""_s
            << QStringList {u"orders-db"_s};
        QTest::newRow("scheme and host only")
            << u"AMQP: amqp://rabbit"_s << QStringList {u"rabbit"_s};
        QTest::newRow("jdbc") << u"JDBC: jdbc:postgresql://orders-db:5432/orders"_s
                              << QStringList {u"orders-db"_s};
        QTest::newRow("several hosts")
            << u"HOSTS: rabbit:5672,payments:8080"_s << QStringList {u"rabbit"_s, u"payments"_s};
        QTest::newRow("bare host under a host key")
            << u"REDIS_HOST: rabbit"_s << QStringList {u"rabbit"_s};
        QTest::newRow("bare word under another key") << u"MODE: payments"_s << none;
        QTest::newRow("external host") << u"API: https://payments.example.com/v1"_s << none;
        QTest::newRow("another service's name as a path") << u"X: http://cdn/payments"_s << none;
        QTest::newRow("itself") << u"SELF: http://client:80"_s << none;
    }

    void composeUrlShapes()
    {
        QFETCH(QString, entry);
        QFETCH(QStringList, providers);
        const QByteArray yaml = "services:\n"
                                "  client:\n"
                                "    image: curlimages/curl\n"
                                "    environment:\n"
                                "      "
            + entry.toUtf8()
            + "\n"
              "  payments:\n"
              "    image: shop/payments\n"
              "  orders-db:\n"
              "    image: mysql:8\n"
              "  rabbit:\n"
              "    image: rabbitmq:3\n";
        const DiscoveryResult result
            = discoverCompose({SourceFile {repo, u"compose.yaml"_s, yaml}});
        QCOMPARE(problems(result), QStringList());
        QStringList found;
        for (const DiscoveredDependency &d : result.dependencies) {
            QCOMPARE(d.consumer, u"client"_s);
            QCOMPARE(d.evidence, QList<Evidence>({at(u"compose.yaml"_s, 5, entry)}));
            found.append(d.provider);
        }
        QCOMPARE(found, providers);
    }

    void composeMergeKeysAreFollowed()
    {
        const DiscoveryResult result = discoverCompose({file(u"compose.yaml"_s,
                                                             "x-common: &common\n"
                                                             "  environment:\n"
                                                             "    DB_URL: postgres://db/app\n"
                                                             "services:\n"
                                                             "  api:\n"
                                                             "    <<: *common\n"
                                                             "    image: shop/api\n"
                                                             "  db:\n"
                                                             "    image: postgres\n")});
        QCOMPARE(problems(result), QStringList());
        QCOMPARE(edges(result), QStringList {u"api->db datastore"_s});
        // the line where the anchored text is written
        QCOMPARE(edgeEvidence(result, u"api"_s, u"db"_s),
                 QList<Evidence>({at(u"compose.yaml"_s, 3, u"DB_URL: postgres://db/app"_s)}));
    }

    void composeProblemsAreReportedAndTheRestIsRead()
    {
        const DiscoveryResult result = discoverCompose({
            file(u"broken/docker-compose.yml"_s, "services:\n  web:\n    image: [unclosed\n"),
            file(u"odd/compose.yaml"_s, "services:\n  - web\n  - api\n"),
            file(u"mixed/compose.yml"_s,
                 "services:\n"
                 "  api:\n"
                 "    image: shop/api\n"
                 "    environment: just text\n"
                 "    depends_on:\n"
                 "      - ghost\n"
                 "      - { service: db }\n"
                 "  worker: 42\n"
                 "  db:\n"
                 "    image: mariadb:11\n"),
            file(u"composer.yml"_s, "not: [a compose file"),
        });
        QCOMPARE(names(result), QStringList({u"api"_s, u"db"_s}));
        QCOMPARE(problems(result),
                 QStringList(
                     {u"broken/docker-compose.yml: not valid YAML at line 4, column 1: end of "
                      "sequence flow not found"_s,
                      u"mixed/compose.yml: line 4: service api: environment: expected a map or a "
                      "list, found text"_s,
                      u"mixed/compose.yml: line 7: service api: depends_on: expected a service "
                      "name, found a map"_s,
                      u"mixed/compose.yml: line 8: service worker: expected a map, found text"_s,
                      u"mixed/compose.yml: line 6: service api depends on ghost, which no compose "
                      "file in this folder defines"_s,
                      u"odd/compose.yaml: line 2: services: expected a map, found a list"_s}));
        QCOMPARE(result.problems.first().repository, repo);
        QVERIFY(result.dependencies.isEmpty());
    }

    void kubernetesWorkloadsServicesAndEnvironment()
    {
        const DiscoveryResult result = discoverKubernetes({
            file(u"k8s/base/checkout.yaml"_s, checkoutYaml),
            file(u"k8s/base/payments.yaml"_s, paymentsYaml),
            file(u"k8s/base/orders-db.yaml"_s, ordersDbYaml),
        });
        QCOMPARE(problems(result), QStringList());
        QCOMPARE(names(result), QStringList({u"checkout"_s, u"payments-api"_s, u"orders-db"_s}));
        QCOMPARE(
            edges(result),
            QStringList({u"checkout->payments-api sync"_s, u"checkout->orders-db datastore"_s}));

        const QString base = u"k8s/base/"_s;
        // The Service "payments" selects the pods of the Deployment "payments-api".
        const DiscoveredService *payments = service(result, u"payments-api"_s);
        QVERIFY(payments);
        QCOMPARE(payments->kind, ServiceKind::Service);
        QCOMPARE(payments->origin, DiscoveryOrigin::Kubernetes);
        QCOMPARE(payments->path, u"k8s/base"_s);
        QCOMPARE(payments->evidence,
                 QList<Evidence>({at(base + u"payments.yaml"_s, 4, u"name: payments-api"_s),
                                  at(base + u"payments.yaml"_s, 23, u"name: payments"_s)}));
        QVERIFY(service(result, u"orders-db"_s));
        QCOMPARE(service(result, u"orders-db"_s)->kind, ServiceKind::Datastore);

        QCOMPARE(edgeEvidence(result, u"checkout"_s, u"payments-api"_s),
                 QList<Evidence>({at(base + u"checkout.yaml"_s, 20,
                                     u"value: http://payments.shop.svc.cluster.local:8080"_s)}));
        QCOMPARE(edgeEvidence(result, u"checkout"_s, u"orders-db"_s),
                 QList<Evidence>({at(base + u"checkout.yaml"_s, 22,
                                     u"value: postgres://checkout@orders-db:5432/checkout"_s)}));
        QVERIFY(edge(result, u"checkout"_s, u"orders-db"_s));
        QCOMPARE(edge(result, u"checkout"_s, u"orders-db"_s)->origin, DiscoveryOrigin::Kubernetes);
    }

    void kubernetesConfigMapValuesCount()
    {
        const DiscoveryResult result = discoverKubernetes({
            file(u"k8s/base/checkout.yaml"_s, checkoutYaml),
            file(u"k8s/base/orders-db.yaml"_s, ordersDbYaml),
            file(u"k8s/events/events.yaml"_s, eventsYaml),
        });
        QVERIFY(service(result, u"events"_s));
        QCOMPARE(service(result, u"events"_s)->kind, ServiceKind::Broker);
        // checkout takes checkout-config through envFrom; "events" is a workload without a Service
        QVERIFY(edge(result, u"checkout"_s, u"events"_s));
        QCOMPARE(edge(result, u"checkout"_s, u"events"_s)->kind, DependencyKind::Async);
        QCOMPARE(edgeEvidence(result, u"checkout"_s, u"events"_s),
                 QList<Evidence>(
                     {at(u"k8s/base/orders-db.yaml"_s, 35, u"EVENTS_BROKER: events:9092"_s)}));
        // Without a Service named payments, "payments.shop.svc" names nothing known.
        QVERIFY(!edge(result, u"checkout"_s, u"payments-api"_s));
    }

    void kustomizeBasesAreFollowed()
    {
        const DiscoveryResult result = discoverKubernetes({
            file(u"k8s/overlays/prod/kustomization.yaml"_s, prodKustomization),
            file(u"k8s/base/kustomization.yaml"_s, baseKustomization),
            file(u"k8s/base/checkout.yaml"_s, checkoutYaml),
            file(u"k8s/base/payments.yaml"_s, paymentsYaml),
            file(u"k8s/base/orders-db.yaml"_s, ordersDbYaml),
            file(u"k8s/events/kustomization.yaml"_s, eventsKustomization),
            file(u"k8s/events/events.yaml"_s, eventsYaml),
            file(u"k8s/empty/notes.yaml"_s, "just: notes\n"),
            file(u"loop/a/kustomization.yaml"_s, "resources:\n  - ../b\n"),
            file(u"loop/b/kustomization.yaml"_s, "resources:\n  - ../a\n  - ../../k8s/empty\n"),
            file(u"k8s/base/broken.yaml"_s, brokenYaml),
        });
        // Every manifest once, though base is reached from prod and from events.
        QCOMPARE(names(result),
                 QStringList({u"checkout"_s, u"payments-api"_s, u"orders-db"_s, u"events"_s}));
        QCOMPARE(problems(result),
                 QStringList({
                     u"k8s/overlays/prod/kustomization.yaml: line 7: resources: ../../monitoring "
                     "is not in the repository"_s,
                     u"k8s/overlays/prod/kustomization.yaml: line 8: resources: "
                     "https://github.com/shop/shared//k8s?ref=v1 is remote and was not read"_s,
                     u"k8s/overlays/prod/kustomization.yaml: line 9: resources: ../../../../shared "
                     "is outside the repository"_s,
                     u"loop/b/kustomization.yaml: line 2: resources: ../a leads back to this "
                     "kustomization (a cycle)"_s,
                     u"loop/b/kustomization.yaml: line 3: resources: the folder ../../k8s/empty "
                     "has no kustomization"_s,
                     u"k8s/base/broken.yaml: not valid YAML at line 5, column 5: end of sequence "
                     "flow not found"_s,
                 }));
        QCOMPARE(edges(result),
                 QStringList({u"checkout->payments-api sync"_s, u"checkout->orders-db datastore"_s,
                              u"checkout->events async"_s}));
    }

    void helmValuesWithLiteralUrls()
    {
        const DiscoveryResult result = discoverKubernetes({
            file(u"charts/orders/Chart.yaml"_s, "apiVersion: v2\nname: orders\nversion: 0.3.0\n"),
            file(u"charts/orders/values.yaml"_s, // (not a raw string: moc misreads this one)
                 "image:\n"
                 "  repository: ghcr.io/shop/orders\n"
                 "  tag: \"2.3.1\"\n"
                 "config:\n"
                 "  paymentsUrl: http://payments.shop.svc.cluster.local:8080\n"
                 "  fraud:\n"
                 "    endpoints:\n"
                 "      - https://fraud.example.com/score\n"
                 "      - http://payments:8080/fraud\n"
                 "  templated: \"http://{{ .Release.Name }}-ledger-db:5432\"\n"
                 "  ledger: ledger-db:5432\n"),
            file(u"charts/orders/templates/deployment.yaml"_s, R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
  labels:
    {{- include "orders.labels" . | nindent 4 }}
)"),
            file(u"charts/ledger-db/Chart.yaml"_s, "apiVersion: v2\nname: ledger-db\n"),
            file(u"charts/ledger-db/values.yaml"_s, "image:\n  repository: bitnami/postgresql\n"),
            file(u"k8s/payments.yaml"_s, paymentsYaml),
        });
        QCOMPARE(problems(result), QStringList());
        QCOMPARE(names(result), QStringList({u"payments-api"_s, u"orders"_s, u"ledger-db"_s}));
        const DiscoveredService *orders = service(result, u"orders"_s);
        QVERIFY(orders);
        QCOMPARE(orders->origin, DiscoveryOrigin::Helm);
        QCOMPARE(orders->path, u"charts/orders"_s);
        QCOMPARE(orders->evidence,
                 QList<Evidence>({at(u"charts/orders/Chart.yaml"_s, 2, u"name: orders"_s)}));
        QVERIFY(service(result, u"ledger-db"_s));
        QCOMPARE(service(result, u"ledger-db"_s)->kind, ServiceKind::Datastore);

        QCOMPARE(edges(result),
                 QStringList({u"orders->payments-api sync"_s, u"orders->ledger-db datastore"_s}));
        const QString values = u"charts/orders/values.yaml"_s;
        const DiscoveredDependency *toPayments = edge(result, u"orders"_s, u"payments-api"_s);
        QVERIFY(toPayments);
        QCOMPARE(toPayments->origin, DiscoveryOrigin::Helm);
        QCOMPARE(toPayments->evidence,
                 QList<Evidence>(
                     {at(values, 5, u"paymentsUrl: http://payments.shop.svc.cluster.local:8080"_s),
                      at(values, 9, u"- http://payments:8080/fraud"_s)}));
        QCOMPARE(edgeEvidence(result, u"orders"_s, u"ledger-db"_s),
                 QList<Evidence>({at(values, 11, u"ledger: ledger-db:5432"_s)}));
    }

    void kubernetesOddShapesAreReported()
    {
        const DiscoveryResult result = discoverKubernetes({
            file(u"k8s/odd.yaml"_s, R"(apiVersion: apps/v1
kind: Deployment
metadata:
  - name: listed
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        name: api
        image: shop/api
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
spec:
  template:
    spec:
      containers:
        - image: redis:7
          env: PLAIN
        - 17
---
- just
- a list
---
apiVersion: v1
kind: Service
metadata: {}
)"),
            file(u".github/workflows/ci.yml"_s, "on: [push\n"),
            file(u"compose.yaml"_s, "services: [\n"),
        });
        QCOMPARE(names(result), QStringList({u"api"_s, u"cache"_s}));
        QVERIFY(service(result, u"cache"_s));
        QCOMPARE(service(result, u"cache"_s)->kind, ServiceKind::Datastore);
        QCOMPARE(problems(result),
                 QStringList({u"k8s/odd.yaml: line 4: Deployment: metadata: expected a map, found "
                              "a list"_s,
                              u"k8s/odd.yaml: line 14: containers: expected a list, found a map"_s,
                              u"k8s/odd.yaml: line 26: env: expected a list, found text"_s,
                              u"k8s/odd.yaml: line 27: containers: expected a map, found text"_s,
                              u"k8s/odd.yaml: line 34: a Service without a name"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDiscoverers)
#include "tst_discoverers.moc"
