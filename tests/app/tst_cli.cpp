#include "gitrepobuilder.h"
#include "loopbackserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real signalbox binary's headless commands on the bundled demo workspace, the way a
// CI job would, and checks what the JSON says about the demo's situation.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.remove(u"SIGNALBOX_WORKSPACE"_s);
        env.insert(u"USER"_s, u"rita"_s); // the author of what a command saves
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SIGNALBOX_BINARY),
                      arguments + QStringList {u"--cache-dir"_s, m_dir.filePath(u"cache"_s)});
        Run result;
        if (!process.waitForFinished(60'000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        result.json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        return result;
    }

    static QStringList names(const QJsonArray &array, const QString &key = u"service"_s)
    {
        QStringList list;
        for (const QJsonValue &v : array)
            list << v.toObject().value(key).toString();
        list.sort();
        return list;
    }

private Q_SLOTS:
    void triageNamesTheRootCauseAndItsVictims()
    {
        const Run r = run({u"triage"_s, u"--demo"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonArray roots = r.json.value(u"rootCauses"_s).toArray();
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.at(0).toObject().value(u"service"_s).toString(), u"pricing"_s);
        QCOMPARE(roots.at(0).toObject().value(u"rank"_s).toInt(), 1);
        QVERIFY(roots.at(0).toObject().value(u"blastRadius"_s).toInt() >= 6);
        const QJsonArray victims = r.json.value(u"victims"_s).toArray();
        QCOMPARE(names(victims),
                 QStringList({u"cart"_s, u"catalog"_s, u"checkout"_s, u"mobile-bff"_s,
                              u"promotions"_s, u"web-frontend"_s}));
        for (const QJsonValue &v : victims) {
            const QJsonObject victim = v.toObject();
            QCOMPARE(victim.value(u"rootCause"_s).toString(), u"pricing"_s);
            const QJsonArray path = victim.value(u"path"_s).toArray();
            QCOMPARE(path.first().toString(), victim.value(u"service"_s).toString());
            QCOMPARE(path.last().toString(), u"pricing"_s);
            QVERIFY(victim.value(u"reason"_s).toString().contains(u"no change of its own"_s));
        }
        QCOMPARE(r.json.value(u"failing"_s).toInt(), 7);
        QVERIFY(r.json.value(u"flaky"_s).toArray().isEmpty());
        QVERIFY(r.json.value(u"independent"_s).toArray().isEmpty());
    }

    void blockedExplainsTheUnverifiedContract()
    {
        const Run r = run({u"blocked"_s, u"--demo"_s, u"--json"_s, u"--env"_s, u"production"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"environment"_s).toString(), u"production"_s);
        QJsonObject orders;
        for (const QJsonValue &v : r.json.value(u"changes"_s).toArray()) {
            if (v.toObject().value(u"service"_s).toString() == u"orders")
                orders = v.toObject();
        }
        QCOMPARE(orders.value(u"version"_s).toString(), u"2.14.0"_s);
        QCOMPARE(orders.value(u"currentVersion"_s).toString(), u"2.13.1"_s);
        QCOMPARE(orders.value(u"deployable"_s).toBool(), false);
        const QJsonArray reasons = orders.value(u"reasons"_s).toArray();
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.at(0).toObject().value(u"kind"_s).toString(), u"provider-not-deployed"_s);
        QCOMPARE(reasons.at(0).toObject().value(u"service"_s).toString(), u"payments"_s);
        QVERIFY(reasons.at(0)
                    .toObject()
                    .value(u"sentence"_s)
                    .toString()
                    .contains(u"payments 2.26.0"_s));
    }

    void planGroupsTheCycleAndGatesLikeCanIDeploy()
    {
        const Run all = run({u"plan"_s, u"--demo"_s, u"--json"_s});
        QCOMPARE(all.exitCode, 1); // something requested is blocked
        QCOMPARE(all.json.value(u"blocked"_s).toBool(), true);
        const QJsonArray groups = all.json.value(u"deployTogether"_s).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).toObject().value(u"services"_s).toArray(),
                 QJsonArray({u"inventory"_s, u"warehouse"_s}));
        QCOMPARE(groups.at(0).toObject().value(u"edges"_s).toArray().size(), 2);
        QVERIFY(names(all.json.value(u"held"_s).toArray()).contains(u"orders"_s)
                == false); // payments ships first

        const Run ordersAlone = run({u"plan"_s, u"orders"_s, u"--demo"_s, u"--json"_s});
        QCOMPARE(ordersAlone.exitCode, 1);
        QCOMPARE(names(ordersAlone.json.value(u"held"_s).toArray()), QStringList {u"orders"_s});

        const Run together
            = run({u"plan"_s, u"orders"_s, u"payments"_s, u"accounts"_s, u"--demo"_s, u"--json"_s});
        QCOMPARE(together.exitCode, 0);
        QJsonArray waves = together.json.value(u"waves"_s).toArray();
        QCOMPARE(waves.size(), 3);
        QCOMPARE(waves.at(0).toObject().value(u"services"_s).toArray(),
                 QJsonArray({u"accounts"_s}));
        QCOMPARE(waves.at(1).toObject().value(u"services"_s).toArray(),
                 QJsonArray({u"payments"_s}));
        QCOMPARE(waves.at(2).toObject().value(u"services"_s).toArray(), QJsonArray({u"orders"_s}));
    }

    void impactListsWhoWouldBreak()
    {
        const Run r = run({u"impact"_s, u"payments"_s, u"--demo"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"service"_s).toString(), u"payments"_s);
        QVERIFY(r.json.value(u"consumers"_s).toArray().contains(u"orders"_s));
        QVERIFY(r.json.value(u"providers"_s).toArray().contains(u"accounts"_s));
    }

    void readableTablesByDefault()
    {
        const Run r = run({u"triage"_s, u"--demo"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"SERVICE"_s));
        QVERIFY(r.out.contains(u"root-cause #1"_s));
    }

    void errorsHaveTheirOwnExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::addRow("unknown service")
            << QStringList {u"impact"_s, u"nope"_s, u"--demo"_s} << 4 << u"nope"_s;
        QTest::addRow("unknown service in a plan")
            << QStringList {u"plan"_s, u"nope@1.0"_s, u"--demo"_s} << 4 << u"nope"_s;
        QTest::addRow("unknown environment")
            << QStringList {u"blocked"_s, u"--env"_s, u"prod"_s, u"--demo"_s} << 2
            << u"unknown environment prod"_s;
        QTest::addRow("missing workspace")
            << QStringList {u"triage"_s, u"--workspace"_s, u"/nowhere/ws.yaml"_s} << 3
            << u"does not exist"_s;
        QTest::addRow("no workspace at all") << QStringList {u"triage"_s} << 3 << u"no workspace"_s;
        QTest::addRow("impact without a service")
            << QStringList {u"impact"_s, u"--demo"_s} << 2 << u"exactly one"_s;
        QTest::addRow("save without plan")
            << QStringList {u"plans"_s, u"--save"_s, u"x"_s, u"--demo"_s} << 2
            << u"--save goes with plan"_s;
        QTest::addRow("save without a name")
            << QStringList {u"plan"_s, u"--save"_s, u" "_s, u"--demo"_s} << 2
            << u"--save takes the plan's name"_s;
        QTest::addRow("plans with an argument") << QStringList {u"plans"_s, u"open"_s, u"--demo"_s}
                                                << 2 << u"plans takes no arguments"_s;
        QTest::addRow("discover without a path")
            << QStringList {u"discover"_s} << 2 << u"one or more repository folders"_s;
        QTest::addRow("discover a folder that is no repository")
            << QStringList {u"discover"_s, u"/"_s, u"--json"_s} << 3
            << u"/ is not a git repository"_s;
    }

    void errorsHaveTheirOwnExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A CI gate on a broker: the broker's verdict decides the exit code, and its words are
    // printed as they are.
    void canIDeployExitsWithTheBrokersVerdict()
    {
        using Signalbox::Test::LoopbackServer;
        LoopbackServer broker;
        const auto hal = [](const QString &name) {
            LoopbackServer::Reply reply
                = LoopbackServer::json(Signalbox::Test::fixture(u"pactbroker/"_s + name));
            reply.headers.clear();
            reply.header("Content-Type", "application/hal+json;charset=utf-8");
            return reply;
        };
        broker.route("/can-i-deploy?pacticipant=orders&version=5.1.0&environment=prod",
                     hal(u"can-i-deploy-yes.json"_s));
        broker.route("/can-i-deploy?pacticipant=web&version=2.0.0&environment=prod",
                     hal(u"can-i-deploy-no.json"_s));
        broker.route("/can-i-deploy?pacticipant=billing-svc&version=1.5.0&environment=prod",
                     hal(u"can-i-deploy-unknown.json"_s));
        broker.route("/can-i-deploy?pacticipant=web&version=9.9.9&environment=prod",
                     LoopbackServer::json(R"({"error":"Unauthorized"})", 401));
        const QString workspace = m_dir.filePath(u"contracts.yaml"_s);
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signalbox: 1\nname: Contracts\nenvironments: [staging, production]\n"
                   "services:\n  - name: web\n  - name: orders\n  - name: billing\n"
                   "sources:\n  - kind: pact-broker\n    name: contracts\n    url: "
                   + broker.baseUrl().toString().toUtf8()
                   + "\n    services: { billing-svc: billing }\n"
                     "    environments: { prod: production }\n");
        file.close();
        qputenv("PACT_BROKER_TOKEN", "cli-secret");
        const auto ask = [&](const QString &service, const QString &version, bool json = false) {
            QStringList arguments {u"can-i-deploy"_s, service,         u"--version"_s,   version,
                                   u"--env"_s,        u"production"_s, u"--workspace"_s, workspace};
            if (json)
                arguments.append(u"--json"_s);
            return run(arguments);
        };

        const Run yes = ask(u"orders"_s, u"5.1.0"_s);
        QCOMPARE(yes.exitCode, 0);
        QCOMPARE(yes.out.section(u'\n', 0, 1),
                 u"yes: the Pact Broker allows orders 5.1.0 to production\n"
                 "All required verification results are published and successful"_s);

        const Run no = ask(u"web"_s, u"2.0.0"_s);
        QCOMPARE(no.exitCode, 1);
        const QString reason = u"The verification for the pact between version 2.0.0 of web and "
                               "the version of orders currently deployed to production (5.0.0) "
                               "failed"_s;
        QCOMPARE(no.out.section(u'\n', 0, 1),
                 u"no: the Pact Broker does not allow web 2.0.0 to production\n"_s + reason);
        QVERIFY2(no.out.contains(u"notice: "_s + reason), qPrintable(no.out));

        const Run unknown = ask(u"billing"_s, u"1.5.0"_s, true);
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.json.value(u"result"_s).toString(), u"unknown"_s);
        QVERIFY(unknown.json.value(u"deployable"_s).isNull());
        QCOMPARE(unknown.json.value(u"reason"_s).toString(),
                 u"There is no verified pact between version 2.0.0 of web and the version of "
                 "billing-svc currently deployed to production (1.4.0)"_s);
        QCOMPARE(unknown.json.value(u"matrix"_s).toArray().first().toObject().value(u"provider"_s),
                 u"billing"_s);

        const Run refused = ask(u"web"_s, u"9.9.9"_s);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.out.section(u'\n', 0, 0),
                 u"error: the Pact Broker could not be asked about web 9.9.9 to production"_s);
        QVERIFY2(refused.err.contains(u"refused the credentials (HTTP 401)"_s),
                 qPrintable(refused.err));
        QVERIFY(!refused.err.contains(u"cli-secret"_s));
        qunsetenv("PACT_BROKER_TOKEN");

        const Run usage = run({u"can-i-deploy"_s, u"web"_s, u"--env"_s, u"production"_s,
                               u"--workspace"_s, workspace});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(u"can-i-deploy takes one service, --version and --env"_s),
                 qPrintable(usage.err));
    }

    void discoverPrintsServicesEdgesAndPipelines()
    {
        const QString path = m_dir.filePath(u"repo"_s);
        GitRepoBuilder repo(path);
        repo.write(u"services/cart/catalog-info.yaml"_s,
                   u"kind: Component\n"
                   "metadata:\n"
                   "  name: cart\n"
                   "spec:\n"
                   "  owner: team-cart\n"
                   "  dependsOn:\n"
                   "    - resource:cart-db\n"
                   "---\n"
                   "kind: Resource\n"
                   "metadata:\n"
                   "  name: cart-db\n"
                   "spec:\n"
                   "  type: database\n"_s)
            .write(u".github/workflows/ci.yaml"_s,
                   u"on: push\njobs:\n  b:\n    steps:\n      - run: make -C services/cart\n"_s)
            .commit(u"cart"_s, at(2026, 3, 1, 9, 0), u"alice"_s);

        const Run json = run({u"discover"_s, path, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        QCOMPARE(names(json.json.value(u"services"_s).toArray(), u"name"_s),
                 QStringList({u"cart"_s, u"cart-db"_s}));
        const QJsonObject cart = json.json.value(u"services"_s).toArray().at(0).toObject();
        QCOMPARE(cart.value(u"kind"_s).toString(), u"unknown"_s);
        QCOMPARE(cart.value(u"owner"_s).toString(), u"team-cart"_s);
        QCOMPARE(cart.value(u"origin"_s).toString(), u"catalog"_s);
        QCOMPARE(cart.value(u"path"_s).toString(), u"services/cart"_s);
        const QJsonArray edges = json.json.value(u"dependencies"_s).toArray();
        QCOMPARE(edges.size(), 1);
        const QJsonObject edge = edges.at(0).toObject();
        QCOMPARE(edge.value(u"consumer"_s).toString(), u"cart"_s);
        QCOMPARE(edge.value(u"provider"_s).toString(), u"cart-db"_s);
        QCOMPARE(edge.value(u"kind"_s).toString(), u"datastore"_s);
        const QJsonObject evidence = edge.value(u"evidence"_s).toArray().at(0).toObject();
        QCOMPARE(evidence.value(u"repository"_s).toString(), path);
        QCOMPARE(evidence.value(u"path"_s).toString(), u"services/cart/catalog-info.yaml"_s);
        QCOMPARE(evidence.value(u"line"_s).toInt(), 7);
        QCOMPARE(evidence.value(u"text"_s).toString(), u"- resource:cart-db"_s);
        const QJsonArray pipelines = json.json.value(u"pipelines"_s).toArray();
        QCOMPARE(pipelines.size(), 1);
        QCOMPARE(pipelines.at(0).toObject().value(u"system"_s).toString(), u"github-actions"_s);
        QCOMPARE(pipelines.at(0).toObject().value(u"services"_s).toArray(),
                 QJsonArray({u"cart"_s}));
        QVERIFY(json.json.value(u"problems"_s).toArray().isEmpty());

        const Run text = run({u"discover"_s, path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(u"SERVICE"_s));
        QVERIFY2(text.out.contains(u"services/cart/catalog-info.yaml:7  - resource:cart-db"_s),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(u".github/workflows/ci.yaml  github-actions  cart"_s));
    }

    // A workspace with a monorepo and a file source of runs: scan reads the repository into the
    // cache once and then only what changed; history and templates read the cache.
    void scanThenHistoryAndTemplates()
    {
        const QString path = m_dir.filePath(u"shop"_s);
        GitRepoBuilder repo(path);
        repo.write(u"docker-compose.yml"_s,
                   u"services:\n  cart:\n    build: services/cart\n"
                   "  orders:\n    build: services/orders\n    depends_on: [cart]\n"_s)
            .write(u"services/cart/main.go"_s, u"package main\n"_s)
            .write(u"services/orders/main.go"_s, u"package main\n"_s)
            .commit(u"Start"_s, at(2026, 3, 1, 9, 0), u"alice"_s);
        const QString change
            = repo.write(u".github/workflows/orders.yml"_s,
                         u"on: push\njobs:\n  build:\n    uses: shop/ci/.github/workflows/"
                         "go.yml@v1.0.0\n    with: { dir: services/orders }\n"_s)
                  .write(u".github/workflows/cart.yml"_s,
                         u"on: push\njobs:\n  build:\n    uses: shop/ci/.github/workflows/"
                         "go.yml@v1.2.0\n    with: { dir: services/cart }\n"_s)
                  .commit(u"Pipelines on the shared template"_s, at(2026, 3, 2, 9, 0), u"bob"_s);
        QFile runs(m_dir.filePath(u"runs.json"_s));
        QVERIFY(runs.open(QIODevice::WriteOnly));
        // orders goes red three hours after its pipeline changed; cart ran green.
        runs.write(R"({"format": "signalbox-file-source/1", "runs": [
  {"id": "1", "service": "orders", "pipeline": "ci", "status": "failed",
   "started": "2026-03-02T12:00:00Z", "finished": "2026-03-02T12:10:00Z", "branch": "main"},
  {"id": "2", "service": "cart", "pipeline": "ci", "status": "success",
   "started": "2026-03-02T10:00:00Z", "finished": "2026-03-02T10:20:00Z", "branch": "main"}]})");
        runs.close();
        const QString workspace = m_dir.filePath(u"shop.yaml"_s);
        QFile ws(workspace);
        QVERIFY(ws.open(QIODevice::WriteOnly));
        ws.write("signalbox: 1\nname: shop\nrepositories:\n  - path: shop\n"
                 "sources:\n  - kind: file\n    name: runs\n    path: runs.json\n");
        ws.close();

        const Run first = run({u"scan"_s, u"--workspace"_s, workspace, u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject scanned = first.json.value(u"repositories"_s).toArray().at(0).toObject();
        QCOMPARE(scanned.value(u"name"_s).toString(), u"shop"_s);
        QCOMPARE(scanned.value(u"commit"_s).toString(), change);
        QCOMPARE(scanned.value(u"newCommits"_s).toInt(), 2);
        QCOMPARE(scanned.value(u"services"_s).toInt(), 2);
        const Run again = run({u"scan"_s, u"--workspace"_s, workspace, u"--json"_s});
        const QJsonObject unchanged
            = again.json.value(u"repositories"_s).toArray().at(0).toObject();
        QCOMPARE(unchanged.value(u"unchanged"_s).toBool(), true);
        QCOMPARE(unchanged.value(u"filesRead"_s).toInt(), 0);

        // The runs come from the file source: history reads local sources like every analysis.
        const Run history = run({u"history"_s, u"--workspace"_s, workspace, u"--json"_s});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray services = history.json.value(u"services"_s).toArray();
        QCOMPARE(names(services), (QStringList {u"cart"_s, u"orders"_s}));
        const QJsonObject cart = services.at(0).toObject();
        QCOMPARE(cart.value(u"commits"_s).toInt(), 2);
        // First commit 1 March 09:00, first green run finished 2 March 10:20: 25 h 20 min.
        QCOMPARE(cart.value(u"firstCommitToFirstGreenMs"_s).toInteger(),
                 qint64((25 * 60 + 20) * 60'000));
        const QJsonObject orders = services.at(1).toObject();
        const QJsonObject orderChange
            = orders.value(u"pipelineChanges"_s).toArray().at(0).toObject();
        QCOMPARE(orderChange.value(u"sha"_s).toString(), change);
        QCOMPARE(orderChange.value(u"followedByFailure"_s).toBool(), true);
        QCOMPARE(orderChange.value(u"failedRuns"_s).toInt(), 1);
        QCOMPARE(cart.value(u"pipelineChanges"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"followedByFailure"_s)
                     .toBool(),
                 false);

        const Run text = run({u"history"_s, u"--workspace"_s, workspace});
        QVERIFY2(text.out.contains(u"- Pipeline change "_s + change.left(7)
                                   + u" in orders (\"Pipelines on the shared template\") was "
                                     "followed by 1 failed run within a day"_s),
                 qPrintable(text.out));

        const Run templates = run({u"templates"_s, u"--workspace"_s, workspace, u"--json"_s});
        QCOMPARE(templates.exitCode, 0);
        QCOMPARE(templates.json.value(u"findings"_s).toArray().at(0).toString(),
                 u"orders uses shop/ci go.yml@v1.0.0; the newest in use is v1.2.0 (1 service)"_s);

        // A repository the workspace does not name is a usage error; a broken one exits 5.
        QCOMPARE(run({u"scan"_s, u"nope"_s, u"--workspace"_s, workspace}).exitCode, 2);
        ws.open(QIODevice::WriteOnly);
        ws.write("signalbox: 1\nname: shop\nrepositories:\n  - path: gone\n");
        ws.close();
        const Run broken = run({u"scan"_s, u"--workspace"_s, workspace});
        QCOMPARE(broken.exitCode, 5);
        QVERIFY2(broken.err.contains(u"Repository gone: "_s), qPrintable(broken.err));
    }

    // The report over a window worked out by hand (30 days up to 30 June 2026, so the window is
    // [1 June, 1 July)):
    //  - orders: 1.0 succeeded 10 June, 1.1 failed 12 June, 1.2 succeeded 13 June 10:00;
    //    cart: 2.0 succeeded 11 June. Four production deployments; failed changes: 1.1, and 1.0
    //    which it followed, so 2 of 4 = 50 %. One failure episode, 12 June 10:00 to 13 June 10:00:
    //    time to restore 24 h.
    //  - builds: orders 20 and 30 min (median by nearest rank: 20 min), cart 5 min: one of two
    //    services over 15 minutes, which is not a majority.
    //  - one staging deployment before production, in May, outside the window.
    void reportAsMarkdownAndPdf()
    {
        QFile data(m_dir.filePath(u"delivery.json"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(R"({"format": "signalbox-file-source/1",
 "runs": [
  {"id": "r1", "service": "orders", "pipeline": "ci", "status": "success", "branch": "main",
   "started": "2026-06-09T09:00:00Z", "finished": "2026-06-09T09:20:00Z"},
  {"id": "r2", "service": "orders", "pipeline": "ci", "status": "failed", "branch": "main",
   "started": "2026-06-11T09:00:00Z", "finished": "2026-06-11T09:30:00Z"},
  {"id": "r3", "service": "cart", "pipeline": "ci", "status": "success", "branch": "main",
   "started": "2026-06-10T09:00:00Z", "finished": "2026-06-10T09:05:00Z"}],
 "deployments": [
  {"id": "d0", "service": "orders", "version": "0.9", "environment": "staging",
   "time": "2026-05-20T10:00:00Z", "status": "success"},
  {"id": "d1", "service": "orders", "version": "1.0", "environment": "production",
   "time": "2026-06-10T10:00:00Z", "status": "success"},
  {"id": "d2", "service": "orders", "version": "1.1", "environment": "production",
   "time": "2026-06-12T10:00:00Z", "status": "failed"},
  {"id": "d3", "service": "orders", "version": "1.2", "environment": "production",
   "time": "2026-06-13T10:00:00Z", "status": "success"},
  {"id": "d4", "service": "cart", "version": "2.0", "environment": "production",
   "time": "2026-06-11T09:00:00Z", "status": "success"}]})");
        data.close();
        const QString workspace = m_dir.filePath(u"delivery.yaml"_s);
        QFile ws(workspace);
        QVERIFY(ws.open(QIODevice::WriteOnly));
        ws.write("signalbox: 1\nname: Delivery\nenvironments: [staging, production]\n"
                 "services:\n  - name: orders\n  - name: cart\n"
                 "sources:\n  - kind: file\n    name: delivery\n    path: delivery.json\n");
        ws.close();
        const QStringList window {u"--workspace"_s, workspace,    u"--days"_s,
                                  u"30"_s,          u"--until"_s, u"2026-06-30"_s};

        const Run markdown = run(QStringList {u"report"_s} + window);
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(markdown.out.startsWith(u"# "_s), qPrintable(markdown.out));
        QVERIFY2(markdown.out.contains(u"Delivery"_s), qPrintable(markdown.out));
        QVERIFY2(markdown.out.contains(u"2026-06-01 to 2026-07-01"_s), qPrintable(markdown.out));
        QVERIFY2(markdown.out.contains(u"50 %"_s), qPrintable(markdown.out));
        QVERIFY2(markdown.out.contains(u"24 h 00 min"_s), qPrintable(markdown.out));
        QVERIFY2(markdown.out.contains(u"| orders |"_s), qPrintable(markdown.out));
        QVERIFY2(markdown.out.contains(u"| cart |"_s), qPrintable(markdown.out));

        const QString mdFile = m_dir.filePath(u"report.md"_s);
        QCOMPARE(run(QStringList {u"report"_s, u"--out"_s, mdFile} + window).exitCode, 0);
        QFile written(mdFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), markdown.out);

        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const Run printed
            = run(QStringList {u"report"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf} + window);
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        if (!pdftotext.waitForStarted())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(pdftotext.waitForFinished(30'000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"orders"_s), qPrintable(text));
        QVERIFY2(text.contains(u"50 %"_s), qPrintable(text));
        QVERIFY2(text.contains(u"24 h 00 min"_s), qPrintable(text));

        const Run unwritable = run(QStringList {u"report"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                                                m_dir.filePath(u"no/such/folder/r.pdf"_s)}
                                   + window);
        QCOMPARE(unwritable.exitCode, 3);
        QVERIFY2(unwritable.err.contains(u"no/such/folder"_s), qPrintable(unwritable.err));
    }

    // A CI job saves the plans a release manager then opens: every pending change, or the services
    // named, with the commits between what production runs and the candidate, and who wrote the
    // candidate's commit (from the scanned repository).
    void planSaveThenPlans()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"plans"_s));
        const QString repoPath = m_dir.filePath(u"plans/shop"_s);
        GitRepoBuilder repo(repoPath);
        const QString running
            = repo.write(u"docker-compose.yml"_s,
                         u"services:\n  payments:\n    build: services/payments\n"_s)
                  .write(u"services/payments/main.go"_s, u"package main\n"_s)
                  .commit(u"Start"_s, at(2026, 3, 1, 9, 0), u"alice"_s);
        const QString candidate
            = repo.write(u"services/payments/main.go"_s, u"package main // 2.1\n"_s)
                  .commit(u"Refunds"_s, at(2026, 3, 2, 9, 0), u"dana"_s);
        QFile data(m_dir.filePath(u"plans/deploys.json"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(uR"({"format": "signalbox-file-source/1", "deployments": [
  {"id": "a1", "service": "accounts", "version": "1.0", "environment": "production",
   "time": "2026-03-01T10:00:00Z", "status": "success"},
  {"id": "a2", "service": "accounts", "version": "1.1", "environment": "staging",
   "time": "2026-03-02T10:00:00Z", "status": "success"},
  {"id": "p1", "service": "payments", "version": "2.0", "environment": "production",
   "time": "2026-03-01T10:00:00Z", "status": "success", "commit": "%1"},
  {"id": "p2", "service": "payments", "version": "2.1", "environment": "staging",
   "time": "2026-03-02T10:00:00Z", "status": "success", "commit": "%2"}]})"_s
                       .arg(running, candidate)
                       .toUtf8());
        data.close();
        const QString workspace = m_dir.filePath(u"plans/plans.yaml"_s);
        QFile ws(workspace);
        QVERIFY(ws.open(QIODevice::WriteOnly));
        ws.write("signalbox: 1\nname: Plans\nenvironments: [staging, production]\n"
                 "services:\n  - name: accounts\n  - name: payments\n    dependsOn: [accounts]\n"
                 "repositories:\n  - path: shop\n"
                 "sources:\n  - kind: file\n    name: deploys\n    path: deploys.json\n");
        ws.close();
        const auto cli = [&](QStringList arguments) {
            return run(arguments << u"--workspace"_s << workspace);
        };
        QCOMPARE(cli({u"scan"_s}).exitCode, 0);

        const Run none = cli({u"plans"_s});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out,
                 u"No release plans yet: save one with \"signalbox plan --save NAME\".\n"_s);
        const Run noneJson = cli({u"plans"_s, u"--json"_s});
        QCOMPARE(noneJson.exitCode, 0);
        QCOMPARE(noneJson.json, QJsonObject({{u"plans"_s, QJsonArray()}}));

        // Every pending change, saved.
        const Run friday = cli({u"plan"_s, u"--save"_s, u"Friday release"_s, u"--json"_s});
        QVERIFY2(friday.exitCode == 0, qPrintable(friday.err + friday.out));
        QCOMPARE(friday.json.value(u"planName"_s).toString(), u"Friday release"_s);
        const qint64 fridayId = friday.json.value(u"planId"_s).toInteger();
        QVERIFY(fridayId > 0);
        QCOMPARE(friday.json.value(u"waves"_s).toArray().size(), 2);

        // One service by hand, in words.
        const Run hotfix = cli({u"plan"_s, u"payments@2.2"_s, u"--save"_s, u"hotfix"_s});
        QVERIFY2(hotfix.exitCode == 0, qPrintable(hotfix.err + hotfix.out));
        QVERIFY2(hotfix.out.endsWith(u"\nSaved release plan hotfix (1 service) to production.\n"_s),
                 qPrintable(hotfix.out));

        // An open plan's name is taken; an unknown service saves nothing.
        const Run taken = cli({u"plan"_s, u"accounts"_s, u"--save"_s, u"Friday release"_s});
        QCOMPARE(taken.exitCode, 2);
        QVERIFY(taken.out.isEmpty());
        QVERIFY2(taken.err.contains(u"signalbox: an open release plan is already called Friday "
                                    "release (to production, created by rita)"_s),
                 qPrintable(taken.err));
        const Run unknown = cli({u"plan"_s, u"nope"_s, u"--save"_s, u"never"_s});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY(unknown.out.isEmpty());

        const Run list = cli({u"plans"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray plans = list.json.value(u"plans"_s).toArray();
        QCOMPARE(names(plans, u"name"_s), QStringList({u"Friday release"_s, u"hotfix"_s}));
        QJsonObject fridayPlan, hotfixPlan;
        for (const QJsonValue &v : plans)
            (v.toObject().value(u"name"_s).toString() == u"hotfix"_s ? hotfixPlan : fridayPlan)
                = v.toObject();
        QCOMPARE(fridayPlan.value(u"id"_s).toInteger(), fridayId);
        QCOMPARE(fridayPlan.value(u"environment"_s).toString(), u"production"_s);
        QCOMPARE(fridayPlan.value(u"open"_s).toBool(), true);
        QCOMPARE(fridayPlan.value(u"createdBy"_s).toString(), u"rita"_s);
        QVERIFY(fridayPlan.value(u"finishedAt"_s).isNull());
        QCOMPARE(fridayPlan.value(u"services"_s).toInt(), 2);
        QCOMPARE(fridayPlan.value(u"done"_s).toInt(), 0);
        QCOMPARE(fridayPlan.value(u"failed"_s).toInt(), 0);
        const QJsonArray items = fridayPlan.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject(),
                 QJsonObject({{u"service"_s, u"accounts"_s},
                              {u"version"_s, u"1.1"_s},
                              {u"currentVersion"_s, u"1.0"_s},
                              {u"commitRange"_s, QString()},
                              {u"author"_s, QString()},
                              {u"manual"_s, false},
                              {u"state"_s, u"not-started"_s},
                              {u"weight"_s, QJsonValue()},
                              {u"wave"_s, 1}}));
        QCOMPARE(
            items.at(1).toObject(),
            QJsonObject({{u"service"_s, u"payments"_s},
                         {u"version"_s, u"2.1"_s},
                         {u"currentVersion"_s, u"2.0"_s},
                         {u"commitRange"_s, QString(running.left(7) + u".."_s + candidate.left(7))},
                         {u"author"_s, u"dana"_s},
                         {u"manual"_s, false},
                         {u"state"_s, u"not-started"_s},
                         {u"weight"_s, QJsonValue()},
                         {u"wave"_s, 2}}));
        const QJsonObject hotfixItem = hotfixPlan.value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(hotfixItem.value(u"version"_s).toString(), u"2.2"_s);
        QCOMPARE(hotfixItem.value(u"manual"_s).toBool(), true);
        QCOMPARE(hotfixItem.value(u"wave"_s).toInt(), 1);

        const Run text = cli({u"plans"_s});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QRegularExpression(
                     u"^PLAN +ENVIRONMENT +STATE +CREATED BY +CREATED +PROGRESS +FAILED$"_s)),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QRegularExpression(
                     u"\\nFriday release +production +open +rita +\\S.* +0 of 2 done +0\\n"_s)),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QRegularExpression(
                     u"\\nhotfix +production +open +rita +\\S.* +0 of 1 done +0\\n"_s)),
                 qPrintable(text.out));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
