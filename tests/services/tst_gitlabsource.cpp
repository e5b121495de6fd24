#include "domain/workspace.h"
#include "loopbackserver.h"
#include "sources/gitlab/gitlabsource.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/sourcesync.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::fixture;
using Signalbox::Test::LoopbackServer;

namespace {

const QByteArray Token = "glpat-Xq7sekrit-test-token-0042";
const QString SourceName = u"gitlab-ci"_s;

const QByteArray Checkout = "/api/v4/projects/shop%2Fbackend%2Fcheckout";
const QByteArray Payments = "/api/v4/projects/4711";
const QByteArray ListQuery = "/pipelines?per_page=100&order_by=id&sort=desc";
const QByteArray JobsQuery = "/jobs?per_page=100&include_retried=true";
const QByteArray DeploymentsQuery = "/deployments?per_page=100&order_by=id&sort=desc";
const QByteArray EnvironmentsQuery = "/environments?per_page=100";

// An answer as GitLab sends it: JSON with a weak ETag derived from the body (so it changes when
// the body does) and the pagination headers of a single page unless the caller sets others.
LoopbackServer::Reply answer(const QByteArray &body, int page = 1, int totalPages = 1)
{
    LoopbackServer::Reply reply = LoopbackServer::json(body);
    reply.etag
        = "W/\"" + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + "\"";
    reply.header("X-Page", QByteArray::number(page));
    reply.header("X-Per-Page", "100");
    reply.header("X-Total-Pages", QByteArray::number(totalPages));
    reply.header("X-Next-Page", page < totalPages ? QByteArray::number(page + 1) : QByteArray());
    reply.header("X-Prev-Page", page > 1 ? QByteArray::number(page - 1) : QByteArray());
    return reply;
}

QString iso(EpochMs ms)
{
    if (ms == NoTime)
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString number(qint64 value)
{
    return value < 0 ? u"-"_s : QString::number(value);
}

// Every run of the source as one line, by id: what the store holds, column by column.
QStringList runRows(Store &store)
{
    Statement q(store.database(),
                "SELECT r.external_id, s.name, r.pipeline, r.status, r.started_at, r.finished_at, "
                "r.duration_ms, r.queued_ms, r.commit_sha, r.branch, r.attempt, r.url "
                "FROM pipeline_runs r JOIN services s ON s.id = r.service_id "
                "JOIN sources src ON src.id = r.source_id WHERE src.name = ? "
                "ORDER BY r.external_id");
    q.bind(1, SourceName);
    QStringList rows;
    while (q.step()) {
        rows.append(QStringList {q.text(0), q.text(1), q.text(2), toWord(RunStatus(q.int64(3))),
                                 iso(q.int64Or(4, NoTime)), iso(q.int64Or(5, NoTime)),
                                 number(q.int64Or(6, -1)), number(q.int64Or(7, -1)),
                                 q.text(8).left(8), q.text(9), QString::number(q.int64(10)),
                                 q.text(11)}
                        .join(u'|'));
    }
    return rows;
}

QStringList jobRows(Store &store)
{
    QStringList rows;
    // An empty, not a null, run id: Store::readJobs binds a null QString as NULL, and its
    // "every run" test (?2 = '') does not match NULL.
    for (const PipelineJob &j : store.readJobs(SourceName, u""_s)) {
        rows.append(QStringList {j.runExternalId, j.externalId, j.name, j.stage, toWord(j.status),
                                 iso(j.startedAt), iso(j.finishedAt), number(j.durationMs),
                                 number(j.queuedMs), j.url}
                        .join(u'|'));
    }
    rows.sort();
    return rows;
}

QStringList deploymentRows(Store &store)
{
    Statement q(store.database(),
                "SELECT d.external_id, s.name, d.version, d.environment, d.deployed_at, d.status, "
                "d.commit_sha, d.url FROM deployments d JOIN services s ON s.id = d.service_id "
                "JOIN sources src ON src.id = d.source_id WHERE src.name = ? "
                "ORDER BY d.external_id");
    q.bind(1, SourceName);
    QStringList rows;
    while (q.step()) {
        rows.append(QStringList {q.text(0), q.text(1), q.text(2).left(8), q.text(3),
                                 iso(q.int64Or(4, NoTime)), toWord(DeploymentStatus(q.int64(5))),
                                 q.text(6).left(8), q.text(7)}
                        .join(u'|'));
    }
    return rows;
}

QStringList environmentRows(Store &store)
{
    QStringList rows;
    for (const DeployEnvironment &e : store.readEnvironments(SourceName))
        rows.append(
            QStringList {e.externalId, e.service, e.name, e.url, iso(e.updatedAt)}.join(u'|'));
    return rows;
}

const QString Web = u"https://gitlab.example.com/"_s;

const QStringList FirstRuns {
    u"2001|checkout|push main|queued|2024-05-03T08:00:02.000Z|-|-|2000|91a2b3c4|main|1|"_s + Web
        + u"shop/backend/checkout/-/pipelines/2001"_s,
    u"2002|checkout|merge_request_event refs/merge-requests/17/head|failed|"
    "2024-05-04T11:00:05.000Z|2024-05-04T11:07:00.000Z|410000|5000|a2b3c4d5|"
    "refs/merge-requests/17/head|1|"_s
        + Web + u"shop/backend/checkout/-/pipelines/2002"_s,
    u"2003|checkout|Release v2.3.0|success|2024-05-05T14:00:12.000Z|2024-05-05T14:21:40.000Z|"
    "1250000|12250|b3c4d5e6|v2.3.0|3|"_s
        + Web + u"shop/backend/checkout/-/pipelines/2003"_s,
    u"2004|checkout|push main|running|2024-05-06T09:58:30.500Z|-|-|30500|c4d5e6f7|main|1|"_s + Web
        + u"shop/backend/checkout/-/pipelines/2004"_s,
    u"3001|payments|schedule main|success|2024-05-06T02:00:04.000Z|2024-05-06T02:04:05.000Z|"
    "241000|4100|0f1e2d3c|main|1|"_s
        + Web + u"shop/payments/-/pipelines/3001"_s,
};

QString checkoutJob(int id)
{
    return Web + u"shop/backend/checkout/-/jobs/"_s + QString::number(id);
}

const QStringList FirstJobs {
    u"2001|7001|build|build|success|2024-05-03T08:00:02.000Z|2024-05-03T08:06:00.000Z|358000|2000|"_s
        + checkoutJob(7001),
    // A manual job while its pipeline waits for it: queued.
    u"2001|7002|deploy|deploy|queued|-|-|-|-|"_s + checkoutJob(7002),
    u"2002|8001|build|build|success|2024-05-04T11:00:05.000Z|2024-05-04T11:02:00.000Z|115000|400|"_s
        + checkoutJob(8001),
    u"2002|8002|test|test|failed|2024-05-04T11:02:01.000Z|2024-05-04T11:07:00.000Z|299000|1100|"_s
        + checkoutJob(8002),
    u"2003|9001|build|build|success|2024-05-05T14:00:12.000Z|2024-05-05T14:03:00.000Z|168000|500|"_s
        + checkoutJob(9001),
    // An optional manual job nobody ran in a finished pipeline: skipped.
    u"2003|9003|cleanup|deploy|skipped|-|-|-|-|"_s + checkoutJob(9003),
    // The newest of three attempts; 9002 and 9004 were retried.
    u"2003|9005|test:unit|test|success|2024-05-05T14:09:00.000Z|2024-05-05T14:14:00.000Z|300000|"
    "750|"_s
        + checkoutJob(9005),
    u"2003|9006|deploy|deploy|success|2024-05-05T14:14:10.000Z|2024-05-05T14:21:40.000Z|450000|"
    "10000|"_s
        + checkoutJob(9006),
    u"2004|9103|build|build|success|2024-05-06T09:58:31.000Z|2024-05-06T09:59:10.200Z|39200|800|"_s
        + checkoutJob(9103),
    u"2004|9104|test|test|running|2024-05-06T09:59:12.000Z|-|58000|1500|"_s + checkoutJob(9104),
    u"2004|9105|deploy|deploy|queued|-|-|-|-|"_s + checkoutJob(9105),
    u"3001|6001|build|build|success|2024-05-06T02:00:04.000Z|2024-05-06T02:04:05.000Z|241000|4100|"_s
        + Web + u"shop/payments/-/jobs/6001"_s,
};

const QStringList FirstDeployments {
    // blocked: waiting for an approval.
    u"499|checkout|8091a2b3|staging|2024-05-02T09:00:00.000Z|pending|8091a2b3|"_s
        + checkoutJob(6990),
    u"500|checkout|91a2b3c4|production|2024-05-03T08:10:00.000Z|inactive|91a2b3c4|"_s
        + checkoutJob(7002),
    // A tag deployment is known by its tag.
    u"501|checkout|v2.3.0|production|2024-05-05T14:21:41.000Z|success|b3c4d5e6|"_s
        + checkoutJob(9006),
    u"502|checkout|c4d5e6f7|staging|2024-05-06T10:05:02.000Z|in_progress|c4d5e6f7|"_s
        + checkoutJob(9105),
};

const QStringList FirstEnvironments {
    u"31|checkout|production|https://checkout.example.com|2024-05-05T14:21:41.000Z"_s,
    u"32|checkout|staging|https://staging.checkout.example.com|2024-05-06T10:05:02.000Z"_s,
};

} // namespace

class TestGitLabSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LoopbackServer> m_server;
    Workspace m_workspace;
    SourceConfig m_config;
    SourceSyncOptions m_options;
    QStringList m_texts; // every error and diagnostic seen: none may hold the token

    void serveCheckout()
    {
        LoopbackServer &s = *m_server;
        LoopbackServer::Reply first = answer(fixture(u"gitlab/checkout-pipelines-1.json"_s), 1, 2);
        // GitLab also sends Link; x-next-page wins, both name the same page.
        first.header("Link",
                     "<" + s.baseUrl().toEncoded() + Checkout + ListQuery
                         + "&page=2>; rel=\"next\"");
        s.route(Checkout + ListQuery, first);
        s.route(Checkout + ListQuery + "&page=2",
                answer(fixture(u"gitlab/checkout-pipelines-2.json"_s), 2, 2));
        for (const int id : {2001, 2002, 2003, 2004}) {
            const QByteArray pipeline = Checkout + "/pipelines/" + QByteArray::number(id);
            s.route(pipeline, answer(fixture(u"gitlab/pipeline-%1.json"_s.arg(id))));
            s.route(pipeline + JobsQuery, answer(fixture(u"gitlab/jobs-%1.json"_s.arg(id))));
        }
        s.route(Checkout + DeploymentsQuery,
                answer(fixture(u"gitlab/checkout-deployments.json"_s)));
        s.route(Checkout + EnvironmentsQuery,
                answer(fixture(u"gitlab/checkout-environments.json"_s)));
    }

    void servePayments(const QByteArray &projectPrefix = Payments,
                       const QString &list = u"gitlab/payments-pipelines.json"_s)
    {
        LoopbackServer &s = *m_server;
        s.route(projectPrefix + ListQuery, answer(fixture(list)));
        s.route(projectPrefix + "/pipelines/3001", answer(fixture(u"gitlab/pipeline-3001.json"_s)));
        s.route(projectPrefix + "/pipelines/3001" + JobsQuery,
                answer(fixture(u"gitlab/jobs-3001.json"_s)));
        s.route(projectPrefix + DeploymentsQuery, answer("[]"));
        s.route(projectPrefix + EnvironmentsQuery, answer("[]"));
    }

    SourceSyncOutcome sync()
    {
        const SourceSyncOutcome outcome = syncSource(*m_store, m_workspace, m_config, m_options);
        m_texts.append(outcome.error);
        for (const Diagnostic &d : outcome.diagnostics)
            m_texts.append(d.key + u' ' + d.message);
        const SourceHealth health = m_store->sourceHealth(SourceName);
        m_texts.append(health.lastError);
        m_texts.append(health.cursor);
        return outcome;
    }

    QList<QByteArray> targets() const
    {
        QList<QByteArray> result;
        for (const LoopbackServer::Request &r : m_server->requests())
            result.append(r.target);
        return result;
    }

    void syncFirst()
    {
        serveCheckout();
        servePayments();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(runRows(*m_store), FirstRuns);
        m_server->clearRequests();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Verdicts hold numbers; the C locale writes them without grouping.
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>(m_dir->filePath(u"cache.sqlite"_s));
        m_server = std::make_unique<LoopbackServer>();
        m_texts.clear();
        qputenv("GITLAB_TOKEN", Token);

        m_workspace = {};
        m_workspace.filePath = m_dir->filePath(u"workspace.yaml"_s);
        Service checkout;
        checkout.name = u"checkout"_s;
        checkout.repository = u"https://gitlab.example.com/shop/backend/checkout.git"_s;
        checkout.inCatalog = true;
        Service payments;
        payments.name = u"payments"_s;
        payments.repository = u"git@gitlab.example.com:shop/payments.git"_s;
        payments.inCatalog = true;
        Service frontend;
        frontend.name = u"frontend"_s;
        frontend.repository = u"https://gitlab.example.com/shop/frontend"_s;
        frontend.inCatalog = true;
        m_workspace.services = {checkout, payments, frontend};
        IngestBatch catalog;
        catalog.source = u"workspace"_s;
        catalog.sourceKind = u"workspace"_s;
        catalog.services = m_workspace.services;
        catalog.replacesCatalog = true;
        m_store->ingest(catalog);

        m_config = {};
        m_config.kind = u"gitlab"_s;
        m_config.name = SourceName;
        m_config.settings.insert(u"baseUrl"_s, m_server->baseUrl().toString());
        m_config.settings.insert(u"projects"_s,
                                 QStringList {u"shop/backend/checkout"_s, u"4711"_s});

        m_options = {};
        m_options.http.connectTimeoutMs = 800;
        m_options.http.readTimeoutMs = 800;
        m_options.http.retryBaseDelayMs = 20;
        m_options.http.maxRetryWaitMs = 3'000;
        m_options.ignoreBackoff = true;
    }

    void cleanup()
    {
        // The token is only ever sent as a header: never in a URL, an error, a diagnostic or
        // the cursor.
        for (const QString &text : std::as_const(m_texts))
            QVERIFY2(!text.contains(QString::fromLatin1(Token)), qPrintable(text));
        if (m_server) {
            for (const LoopbackServer::Request &r : m_server->requests())
                QVERIFY(!r.target.contains(Token));
        }
        m_store.reset();
        m_server.reset();
        m_dir.reset();
        qunsetenv("GITLAB_TOKEN");
    }

    void isRegisteredWithItsSettings()
    {
        const SourceDescription *d = SourceRegistry::describe(u"gitlab"_s);
        QVERIFY(d);
        QCOMPARE(d->displayName, u"GitLab CI"_s);
        QVERIFY(d->network);
        QVERIFY(d->acceptsToken);
        QCOMPARE(d->tokenEnvironment, QStringList {u"GITLAB_TOKEN"_s});
        QStringList keys;
        for (const SettingDescription &s : d->settings) {
            keys.append(s.key);
            QVERIFY2(!s.description.isEmpty(), qPrintable(s.key));
        }
        QCOMPARE(keys,
                 (QStringList {u"baseUrl"_s, u"projects"_s, u"services"_s, u"tokenType"_s,
                               u"maxPipelines"_s, u"caBundle"_s}));
        QVERIFY(d->setting(u"projects"_s)->required);
        QCOMPARE(d->setting(u"baseUrl"_s)->defaultValue.toString(), u"https://gitlab.com"_s);
        QCOMPARE(d->setting(u"tokenType"_s)->defaultValue.toString(), u"private"_s);
        QCOMPARE(d->setting(u"maxPipelines"_s)->defaultValue.toInt(), 100);
    }

    void firstSyncReadsProjectsByPathAndId()
    {
        serveCheckout();
        servePayments();
        QList<std::pair<int, int>> progress;
        m_options.progress = [&](int done, int total) {
            progress.append({done, total});
        };
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        QVERIFY(outcome.diagnostics.isEmpty());

        // The path goes as one encoded segment; the id as it is; two pages by x-next-page.
        const QList<QByteArray> expected {
            Checkout + ListQuery,
            Checkout + ListQuery + "&page=2",
            Checkout + "/pipelines/2004",
            Checkout + "/pipelines/2004" + JobsQuery,
            Checkout + "/pipelines/2003",
            Checkout + "/pipelines/2003" + JobsQuery,
            Checkout + "/pipelines/2002",
            Checkout + "/pipelines/2002" + JobsQuery,
            Checkout + "/pipelines/2001",
            Checkout + "/pipelines/2001" + JobsQuery,
            Checkout + DeploymentsQuery,
            Checkout + EnvironmentsQuery,
            Payments + ListQuery,
            Payments + "/pipelines/3001",
            Payments + "/pipelines/3001" + JobsQuery,
            Payments + DeploymentsQuery,
            Payments + EnvironmentsQuery,
        };
        QCOMPARE(targets(), expected);
        for (const LoopbackServer::Request &r : m_server->requests()) {
            QCOMPARE(r.headers.value("private-token"), Token);
            QVERIFY(!r.headers.contains("authorization"));
            QVERIFY(!r.headers.contains("if-none-match"));
        }

        QCOMPARE(runRows(*m_store), FirstRuns);
        QCOMPARE(jobRows(*m_store), FirstJobs);
        QCOMPARE(deploymentRows(*m_store), FirstDeployments);
        QCOMPARE(environmentRows(*m_store), FirstEnvironments);
        QCOMPARE(outcome.counts.runs, 5);
        QCOMPARE(outcome.counts.jobs, 12);
        QCOMPARE(outcome.stats.requests, 17);

        // Determinate once x-total-pages came: the pages of each project, then one step each.
        const QList<std::pair<int, int>> expectedProgress {{0, 4}, {1, 5}, {2, 5},
                                                           {3, 5}, {4, 5}, {5, 5}};
        QCOMPARE(progress, expectedProgress);
    }

    void bearerTokenType()
    {
        m_config.settings.insert(u"tokenType"_s, u"bearer"_s);
        serveCheckout();
        servePayments();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!m_server->requests().isEmpty());
        for (const LoopbackServer::Request &r : m_server->requests()) {
            QCOMPARE(r.headers.value("authorization"), "Bearer " + Token);
            QVERIFY(!r.headers.contains("private-token"));
        }
        QCOMPARE(runRows(*m_store), FirstRuns);
    }

    void unknownTokenTypeIsAConfigurationError()
    {
        m_config.settings.insert(u"tokenType"_s, u"header"_s);
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"tokenType \"header\""_s)
                     && outcome.error.contains(u"private"_s) && outcome.error.contains(u"bearer"_s),
                 qPrintable(outcome.error));
        QVERIFY(m_server->requests().isEmpty());
    }

    void secondSyncWithNothingNewIsAllNotModified()
    {
        syncFirst();
        const QString cursor = m_store->sourceHealth(SourceName).cursor;
        QVERIFY(!cursor.isEmpty());

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.unchanged);
        QCOMPARE(m_store->sourceHealth(SourceName).cursor, cursor);
        // Page 1 holds the running 2004: on to page 2, where everything is settled (2001 waits
        // for a person, which changes its updated_at). 2004's details and jobs are asked again
        // as it runs.
        const QList<QByteArray> expected {
            Checkout + ListQuery,         Checkout + ListQuery + "&page=2",
            Checkout + "/pipelines/2004", Checkout + "/pipelines/2004" + JobsQuery,
            Checkout + DeploymentsQuery,  Checkout + EnvironmentsQuery,
            Payments + ListQuery,         Payments + DeploymentsQuery,
            Payments + EnvironmentsQuery,
        };
        QCOMPARE(targets(), expected);
        for (const LoopbackServer::Request &r : m_server->requests())
            QVERIFY2(r.headers.contains("if-none-match"), r.target.constData());
        QCOMPARE(outcome.stats.requests, 9);
        QCOMPARE(outcome.stats.notModified, 9);
        QCOMPARE(outcome.stats.bytes, 0);
        QCOMPARE(runRows(*m_store), FirstRuns);
        QCOMPARE(jobRows(*m_store), FirstJobs);
        QCOMPARE(deploymentRows(*m_store), FirstDeployments);
        QCOMPARE(environmentRows(*m_store), FirstEnvironments);
    }

    void changedPipelineFetchesOnlyItsDetails()
    {
        syncFirst();
        QVERIFY(sync().unchanged);
        m_server->clearRequests();

        m_server->route(Checkout + ListQuery,
                        answer(fixture(u"gitlab/checkout-pipelines-1-changed.json"_s), 1, 2));
        m_server->route(Checkout + "/pipelines/2004",
                        answer(fixture(u"gitlab/pipeline-2004-finished.json"_s)));
        m_server->route(Checkout + "/pipelines/2004" + JobsQuery,
                        answer(fixture(u"gitlab/jobs-2004-finished.json"_s)));
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        const QList<QByteArray> expected {
            Checkout + ListQuery,         Checkout + ListQuery + "&page=2",
            Checkout + "/pipelines/2004", Checkout + "/pipelines/2004" + JobsQuery,
            Checkout + DeploymentsQuery,  Checkout + EnvironmentsQuery,
            Payments + ListQuery,         Payments + DeploymentsQuery,
            Payments + EnvironmentsQuery,
        };
        QCOMPARE(targets(), expected);
        QCOMPARE(outcome.stats.notModified, 6); // all but page 1, 2004 and its jobs
        QCOMPARE(outcome.counts.runs, 1);
        QCOMPARE(outcome.counts.jobs, 3);

        QStringList runs = FirstRuns;
        runs[3] = u"2004|checkout|push main|success|2024-05-06T09:58:30.500Z|"
                  "2024-05-06T10:09:30.500Z|660000|30500|c4d5e6f7|main|1|"_s
            + Web + u"shop/backend/checkout/-/pipelines/2004"_s;
        QCOMPARE(runRows(*m_store), runs);
        QStringList jobs = FirstJobs;
        jobs[9] = u"2004|9104|test|test|success|2024-05-06T09:59:12.000Z|2024-05-06T10:05:00.000Z|"
                  "348000|1500|"_s
            + checkoutJob(9104);
        jobs[10] = u"2004|9105|deploy|deploy|success|2024-05-06T10:05:02.000Z|"
                   "2024-05-06T10:09:30.400Z|268400|2000|"_s
            + checkoutJob(9105);
        QCOMPARE(jobRows(*m_store), jobs);

        // Now that 2004 finished, page 1 alone says that nothing changed.
        m_server->clearRequests();
        const SourceSyncOutcome quiet = sync();
        QVERIFY(quiet.unchanged);
        QCOMPARE(m_server->countRequests(Checkout + "/pipelines"), 1);
        QCOMPARE(quiet.stats.notModified, quiet.stats.requests);
    }

    void rateLimitedThenSucceeds()
    {
        serveCheckout();
        servePayments();
        LoopbackServer::Reply limited = LoopbackServer::json(R"({"message":"Retry later"})", 429);
        limited.header("RateLimit-Limit", "2000")
            .header("RateLimit-Observed", "2000")
            .header("RateLimit-Remaining", "0")
            .header("RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1))
            .header("Retry-After", "1");
        LoopbackServer::Reply ok = answer(fixture(u"gitlab/payments-pipelines.json"_s));
        ok.header("RateLimit-Limit", "2000").header("RateLimit-Remaining", "1999");
        m_server->routeSequence(Payments + ListQuery, {limited, ok});

        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(timer.elapsed() >= 900); // it waited as asked
        QCOMPARE(outcome.stats.retries, 1);
        QCOMPARE(outcome.rateLimitRemaining, 1999);
        QCOMPARE(m_store->sourceHealth(SourceName).rateLimitRemaining, 1999);
        QCOMPARE(m_server->countRequests(Payments + ListQuery), 2);
        QCOMPARE(runRows(*m_store), FirstRuns);
    }

    void longRetryAfterFailsBacksOffAndKeepsRows()
    {
        syncFirst();
        LoopbackServer::Reply limited = LoopbackServer::json(R"({"message":"Retry later"})", 429);
        limited.header("RateLimit-Limit", "2000")
            .header("RateLimit-Remaining", "0")
            .header("Retry-After", "3600");
        m_server->route(Checkout + ListQuery, limited);
        m_options.ignoreBackoff = false;

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY(timer.elapsed() < 2'000); // no waiting an hour in a sync
        QVERIFY2(outcome.error.contains(u"rate limited"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"/api/v4/projects/shop%2Fbackend%2Fcheckout/pipelines"_s),
                 qPrintable(outcome.error));
        QVERIFY(outcome.nextAttemptAt >= before + 3600'000);
        const SourceHealth health = m_store->sourceHealth(SourceName);
        QVERIFY(health.nextAttemptAt >= before + 3600'000);
        QCOMPARE(health.rateLimitRemaining, 0);
        QCOMPARE(health.lastError, outcome.error);
        QCOMPARE(runRows(*m_store), FirstRuns);
        QCOMPARE(jobRows(*m_store), FirstJobs);
        QCOMPARE(deploymentRows(*m_store), FirstDeployments);

        // Until then the source is left alone.
        m_server->clearRequests();
        const SourceSyncOutcome skipped = sync();
        QVERIFY(!skipped.ran);
        QVERIFY(m_server->requests().isEmpty());
    }

    void serverErrorThenSucceeds()
    {
        serveCheckout();
        servePayments();
        m_server->routeSequence(
            Checkout + "/pipelines/2003" + JobsQuery,
            {LoopbackServer::json(R"({"message":"500 Internal Server Error"})", 500),
             answer(fixture(u"gitlab/jobs-2003.json"_s))});
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.stats.retries, 1);
        QCOMPARE(runRows(*m_store), FirstRuns);
        QCOMPARE(jobRows(*m_store), FirstJobs);
    }

    void truncatedJsonFailsAndKeepsRows()
    {
        syncFirst();
        const SourceHealth healthy = m_store->sourceHealth(SourceName);
        const QByteArray full = fixture(u"gitlab/checkout-pipelines-1-changed.json"_s);
        m_server->route(Checkout + ListQuery, answer(full.left(full.size() / 2), 1, 2));
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"not valid JSON"_s)
                     && outcome.error.contains(
                         u"/api/v4/projects/shop%2Fbackend%2Fcheckout/pipelines?per_page=100"_s),
                 qPrintable(outcome.error));
        QCOMPARE(runRows(*m_store), FirstRuns);
        QCOMPARE(jobRows(*m_store), FirstJobs);
        const SourceHealth health = m_store->sourceHealth(SourceName);
        QCOMPARE(health.cursor, healthy.cursor);
        QCOMPARE(health.lastSuccessAt, healthy.lastSuccessAt);
        QCOMPARE(health.failureCount, 1);
    }

    void htmlInsteadOfJsonFails()
    {
        servePayments();
        m_config.settings.insert(u"projects"_s, QStringList {u"4711"_s});
        LoopbackServer::Reply html;
        html.body = "<!DOCTYPE html><html><body>Sign in</body></html>";
        html.header("Content-Type", "text/html");
        m_server->route(Payments + ListQuery, html);
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"/api/v4/projects/4711/pipelines"_s),
                 qPrintable(outcome.error));
        QVERIFY(runRows(*m_store).isEmpty());
    }

    void wrongTypesSkipOnlyTheirPipeline()
    {
        m_config.settings.insert(u"projects"_s,
                                 QStringList {u"4711"_s, u"shop/backend/checkout"_s});
        serveCheckout();
        servePayments(Payments, u"gitlab/payments-pipelines-wrong-types.json"_s);
        // A single pipeline whose duration came as text.
        QByteArray details = fixture(u"gitlab/pipeline-2002.json"_s);
        QVERIFY(details.contains("\"duration\": 410,"));
        details.replace("\"duration\": 410,", "\"duration\": \"410s\",");
        m_server->route(Checkout + "/pipelines/2002", answer(details));

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QStringList problems;
        for (const Diagnostic &d : outcome.diagnostics) {
            QCOMPARE(d.origin, SourceName);
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
            problems.append(d.key);
            QVERIFY2(d.message.contains(m_server->baseUrl().toString() + u"/api/v4/projects/"_s),
                     qPrintable(d.message));
            QVERIFY2(d.message.contains(u"this pipeline was skipped"_s), qPrintable(d.message));
        }
        QCOMPARE(problems,
                 (QStringList {u"pipelines[1].id"_s, u"pipelines[2].updated_at"_s,
                               u"pipelines/2002.duration"_s}));
        QVERIFY(outcome.diagnostics.at(0).message.contains(u"expected a whole number"_s));
        QVERIFY(outcome.diagnostics.at(1).message.contains(u"expected text"_s));
        QVERIFY(outcome.diagnostics.at(2).message.contains(u"number of seconds"_s));

        QCOMPARE(m_server->countRequests(Checkout + "/pipelines/2002/jobs"), 0);
        QStringList runs = FirstRuns;
        runs.removeAt(1); // 2002
        QCOMPARE(runRows(*m_store), runs);
        QStringList jobs = FirstJobs;
        jobs.removeAt(3);
        jobs.removeAt(2);
        QCOMPARE(jobRows(*m_store), jobs);

        // The broken pipeline is asked again next time, in full; the list page with broken
        // entries is not trusted as settled but costs only a 304.
        m_server->clearRequests();
        const SourceSyncOutcome again = sync();
        QVERIFY2(again.ok, qPrintable(again.error));
        // Only the details: without them there is no run for its jobs.
        QCOMPARE(m_server->countRequests(Checkout + "/pipelines/2002"), 1);
        QVERIFY(!m_server->requests()
                     .at(targets().indexOf(Checkout + "/pipelines/2002"))
                     .headers.contains("if-none-match"));
        QCOMPARE(again.diagnostics.size(), 1);
        QCOMPARE(again.diagnostics.at(0).key, u"pipelines/2002.duration"_s);
        QVERIFY(again.unchanged);
    }

    void hugeAnswerIsRefused()
    {
        servePayments();
        m_config.settings.insert(u"projects"_s, QStringList {u"4711"_s});
        LoopbackServer::Reply huge
            = LoopbackServer::json("[" + QByteArray(50 * 1024 * 1024, ' ') + "]");
        m_server->route(Payments + ListQuery, huge);
        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"larger than 32 MB"_s)
                     && outcome.error.contains(u"/api/v4/projects/4711/pipelines"_s),
                 qPrintable(outcome.error));
        QVERIFY(timer.elapsed() < 5'000);
        QVERIFY(runRows(*m_store).isEmpty());
    }

    void silentServerTimesOutQuickly()
    {
        servePayments();
        m_config.settings.insert(u"projects"_s, QStringList {u"4711"_s});
        LoopbackServer::Reply silent;
        silent.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        m_server->route(Payments + ListQuery, silent);
        m_options.http.connectTimeoutMs = 400;
        m_options.http.maxAttempts = 2;
        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY(timer.elapsed() < 3'000);
        QVERIFY2(outcome.error.contains(u"did not answer"_s)
                     && outcome.error.contains(u"/api/v4/projects/4711/pipelines"_s),
                 qPrintable(outcome.error));
        QCOMPARE(m_server->countRequests(Payments + ListQuery), 2);
    }

    void refusedTokenFailsWithoutShowingIt()
    {
        syncFirst();
        m_server->route(Checkout + ListQuery,
                        LoopbackServer::json(R"({"message":"401 Unauthorized"})", 401));
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"HTTP 401"_s), qPrintable(outcome.error));
        QCOMPARE(runRows(*m_store), FirstRuns);
    }

    void cancelledSyncWritesNothing()
    {
        serveCheckout();
        servePayments();
        m_options.isCancelled = [this] {
            return m_server->requests().size() >= 3;
        };
        const SourceSyncOutcome outcome = sync();
        QVERIFY(outcome.cancelled);
        QVERIFY(m_server->requests().size() <= 4);
        QVERIFY(runRows(*m_store).isEmpty());
        QVERIFY(m_store->sourceHealth(SourceName).cursor.isEmpty());
    }

    void detailsAreSpreadOverSyncs()
    {
        // 35 new pipelines: details for the newest 30 now, the other 5 next time, shown
        // meanwhile with what the list says.
        QJsonArray list;
        for (int id = 1035; id >= 1001; --id) {
            list.append(QJsonObject {
                {u"id"_s, id},
                {u"iid"_s, id - 1000},
                {u"project_id"_s, 4711},
                {u"sha"_s, u"%1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"_s.arg(id)},
                {u"ref"_s, u"main"_s},
                {u"status"_s, u"success"_s},
                {u"source"_s, u"push"_s},
                {u"created_at"_s, u"2024-05-01T10:%1:00.000Z"_s.arg(id - 1000, 2, 10, QChar(u'0'))},
                {u"updated_at"_s, u"2024-05-01T11:%1:00.000Z"_s.arg(id - 1000, 2, 10, QChar(u'0'))},
                {u"web_url"_s,
                 u"https://gitlab.example.com/shop/payments/-/pipelines/%1"_s.arg(id)},
            });
        }
        m_config.settings.insert(u"projects"_s, QStringList {u"4711"_s});
        servePayments();
        m_server->route(Payments + ListQuery,
                        answer(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        m_server->setHandler(
            [list](const LoopbackServer::Request &r) -> std::optional<LoopbackServer::Reply> {
                const QByteArray prefix = Payments + "/pipelines/";
                if (!r.target.startsWith(prefix))
                    return std::nullopt;
                const QByteArray rest = r.target.mid(prefix.size());
                if (rest.endsWith(JobsQuery))
                    return answer("[]");
                const int id = rest.toInt();
                QJsonObject pipeline = list.at(1035 - id).toObject();
                pipeline.insert(u"started_at"_s, pipeline.value(u"created_at"_s));
                pipeline.insert(u"finished_at"_s, pipeline.value(u"updated_at"_s));
                pipeline.insert(u"duration"_s, 3600);
                pipeline.insert(u"queued_duration"_s, 1.5);
                return answer(QJsonDocument(pipeline).toJson(QJsonDocument::Compact));
            });

        const SourceSyncOutcome first = sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(m_server->countRequests(Payments + "/pipelines/"), 60);
        QStringList rows = runRows(*m_store);
        QCOMPARE(rows.size(), 35);
        QCOMPARE(
            rows.first(),
            u"1001|payments|push main|success|2024-05-01T10:01:00.000Z|-|-|-|1001e2d3|main|1|"_s
                + Web + u"shop/payments/-/pipelines/1001"_s);
        QCOMPARE(rows.at(5),
                 u"1006|payments|push main|success|2024-05-01T10:06:00.000Z|"
                 "2024-05-01T11:06:00.000Z|3600000|1500|1006e2d3|main|1|"_s
                     + Web + u"shop/payments/-/pipelines/1006"_s);

        // The five finished pipelines past the budget of a first fill are history: kept as the
        // list showed them, and the next refresh costs nothing.
        m_server->clearRequests();
        const SourceSyncOutcome second = sync();
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.unchanged);
        QCOMPARE(m_server->countRequests(Payments + "/pipelines/"), 0);
        QCOMPARE(second.stats.requests, 3);
        QCOMPARE(second.stats.notModified, 3);
        QCOMPARE(
            runRows(*m_store).first(),
            u"1001|payments|push main|success|2024-05-01T10:01:00.000Z|-|-|-|1001e2d3|main|1|"_s
                + Web + u"shop/payments/-/pipelines/1001"_s);
    }

    void jobsOverSeveralPagesByLink()
    {
        // 2004's jobs on two pages, paged by Link alone. Next time only page 2 changed (its
        // build finished): page 1, answered 304, is read again in full, as the pipeline's jobs
        // are written as a whole.
        serveCheckout();
        servePayments();
        const QJsonArray all = QJsonDocument::fromJson(fixture(u"gitlab/jobs-2004.json"_s)).array();
        const QByteArray jobs = Checkout + "/pipelines/2004" + JobsQuery;
        const auto page = [&](const QJsonArray &array, bool withNext) {
            const QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Compact);
            LoopbackServer::Reply reply = LoopbackServer::json(body);
            reply.etag
                = '"' + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex() + '"';
            if (withNext) {
                reply.header("Link",
                             "<" + m_server->baseUrl().toEncoded() + jobs
                                 + "&page=2>; rel=\"next\"");
            }
            return reply;
        };
        QJsonObject build = all.at(2).toObject();
        build.insert(u"status"_s, u"running"_s);
        build.insert(u"finished_at"_s, QJsonValue::Null);
        build.insert(u"duration"_s, 20.0);
        m_server->route(jobs, page({all.at(0), all.at(1)}, true));
        m_server->route(jobs + "&page=2", page({build}, false));
        QVERIFY2(sync().ok, qPrintable(m_store->sourceHealth(SourceName).lastError));
        QStringList expected = FirstJobs;
        expected[8] = u"2004|9103|build|build|running|2024-05-06T09:58:31.000Z|-|20000|800|"_s
            + checkoutJob(9103);
        QCOMPARE(jobRows(*m_store), expected);

        m_server->route(jobs + "&page=2", page({all.at(2)}, false));
        m_server->clearRequests();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        QList<std::pair<QByteArray, bool>> asked; // target, conditional
        for (const LoopbackServer::Request &r : m_server->requests()) {
            if (r.target.startsWith(jobs))
                asked.append({r.target, r.headers.contains("if-none-match")});
        }
        const QList<std::pair<QByteArray, bool>> expectedRequests {
            {jobs, true}, {jobs + "&page=2", true}, {jobs, false}};
        QCOMPARE(asked, expectedRequests);
        QCOMPARE(outcome.counts.jobs, 3);
        QCOMPARE(jobRows(*m_store), FirstJobs);
    }

    void projectsWithoutCatalogMatch()
    {
        // tools/linter matches no repository and no name: a service "linter" seen only in CI
        // data, with one warning; 4711 is mapped by hand.
        m_config.settings.insert(u"projects"_s, QStringList {u"tools/linter"_s, u"4711"_s});
        m_config.settings.insert(u"services"_s, QVariantMap {{u"4711"_s, u"billing"_s}});
        servePayments("/api/v4/projects/tools%2Flinter");
        servePayments();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.diagnostics.size(), 1);
        const Diagnostic &warning = outcome.diagnostics.first();
        QCOMPARE(warning.severity, Diagnostic::Severity::Warning);
        QCOMPARE(warning.key, u"services"_s);
        QVERIFY2(warning.message.contains(u"tools/linter"_s)
                     && warning.message.contains(u"\"linter\""_s),
                 qPrintable(warning.message));
        // The same pipeline served for both: the later project's service wins the row.
        Statement q(m_store->database(),
                    "SELECT s.name, s.catalog_source_id IS NULL FROM services s ORDER BY s.name");
        QStringList services;
        while (q.step())
            services.append(q.text(0) + (q.int64(1) ? u" (seen only)"_s : QString()));
        QCOMPARE(services,
                 (QStringList {u"billing (seen only)"_s, u"checkout"_s, u"frontend"_s,
                               u"linter (seen only)"_s, u"payments"_s}));
    }

    void checkConnection_data()
    {
        QTest::addColumn<int>("versionStatus");
        QTest::addColumn<QByteArray>("versionBody");
        QTest::addColumn<int>("userStatus");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<bool>("asksUser");
        QTest::addColumn<QString>("verdict");

        const QByteArray version = fixture(u"gitlab/version.json"_s);
        QTest::newRow("token accepted")
            << 200 << version << 200 << true << true << true << u"dana"_s << true
            << u"Connected to GitLab 17.0.1-ee at %1 as dana; 1998 of "
               "2000 requests are left in the current rate-limit "
               "window."_s;
        QTest::newRow("token refused")
            << 401 << QByteArray(R"({"message":"401 Unauthorized"})") << 401 << true << true
            << false << QString() << false
            << u"GitLab at %1 was reached, but the token was refused (HTTP 401); check that it is "
               "valid, not expired, and that tokenType fits it; 1998 of 2000 requests are left "
               "in the current rate-limit window."_s;
        QTest::newRow("no token")
            << 401 << QByteArray(R"({"message":"401 Unauthorized"})") << 401 << false << true
            << false << QString() << false
            << u"GitLab at %1 was reached; without a token only public projects can be read "
               "(set GITLAB_TOKEN or name a token in the workspace); 1998 of 2000 requests are "
               "left in the current rate-limit window."_s;
        QTest::newRow("token cannot read its user")
            << 200 << version << 403 << true << true << true << QString() << true
            << u"Connected to GitLab 17.0.1-ee at %1; the token works, but does not say whose it "
               "is; 1998 of 2000 requests are left in the current rate-limit window."_s;
        QTest::newRow("not a GitLab")
            << 200 << QByteArray("<html><body>Welcome</body></html>") << 200 << true << true
            << false << QString() << false
            << u"%1 answered, but not as GitLab's API does; check that baseUrl is the address of "
               "a GitLab instance."_s;
    }

    void checkConnection()
    {
        QFETCH(int, versionStatus);
        QFETCH(QByteArray, versionBody);
        QFETCH(int, userStatus);
        QFETCH(bool, withToken);
        QFETCH(bool, reached);
        QFETCH(bool, authenticated);
        QFETCH(QString, identity);
        QFETCH(bool, asksUser);
        QFETCH(QString, verdict);

        const auto withRateLimit = [](LoopbackServer::Reply reply) {
            reply.header("RateLimit-Limit", "2000").header("RateLimit-Remaining", "1998");
            return reply;
        };
        m_server->route("/api/v4/version",
                        withRateLimit(LoopbackServer::json(versionBody, versionStatus)));
        m_server->route("/api/v4/user",
                        withRateLimit(LoopbackServer::json(
                            userStatus == 200 ? fixture(u"gitlab/user.json"_s)
                                              : QByteArray(R"({"message":"403 Forbidden"})"),
                            userStatus)));
        FetchContext context;
        context.http = m_options.http;
        if (withToken)
            context.token = QString::fromLatin1(Token);
        GitLabSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        m_texts.append(check.message);
        QCOMPARE(check.message, verdict.arg(m_server->baseUrl().toString()));
        QCOMPARE(check.reached, reached);
        QCOMPARE(check.authenticated, authenticated);
        QCOMPARE(check.identity, identity);
        if (versionBody.startsWith('{')) {
            QCOMPARE(check.rateLimitRemaining, 1998);
            QCOMPARE(check.rateLimitTotal, 2000);
        }
        for (const LoopbackServer::Request &r : m_server->requests()) {
            QCOMPARE(r.headers.value("private-token"), withToken ? Token : QByteArray());
            QVERIFY(!r.headers.contains("if-none-match"));
        }
        QCOMPARE(m_server->countRequests("/api/v4/user"), asksUser ? 1 : 0);
    }

    void checkConnectionUnreachable()
    {
        // A port nobody listens on: the server is shut before the check.
        m_server.reset();
        FetchContext context;
        context.http = m_options.http;
        context.http.maxAttempts = 1;
        context.token = QString::fromLatin1(Token);
        GitLabSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        m_texts.append(check.message);
        QVERIFY(!check.reached);
        QVERIFY(!check.authenticated);
        QVERIFY2(check.message.startsWith(u"GitLab could not be reached: "_s)
                     && check.message.contains(u"/api/v4/version"_s),
                 qPrintable(check.message));
    }

    void checkConnectionWithBearer()
    {
        m_config.settings.insert(u"tokenType"_s, u"bearer"_s);
        m_server->route("/api/v4/version", LoopbackServer::json(fixture(u"gitlab/version.json"_s)));
        m_server->route("/api/v4/user", LoopbackServer::json(fixture(u"gitlab/user.json"_s)));
        FetchContext context;
        context.http = m_options.http;
        context.token = QString::fromLatin1(Token);
        GitLabSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        QCOMPARE(
            check.message,
            u"Connected to GitLab 17.0.1-ee at %1 as dana."_s.arg(m_server->baseUrl().toString()));
        QCOMPARE(m_server->requests().size(), 2);
        for (const LoopbackServer::Request &r : m_server->requests())
            QCOMPARE(r.headers.value("authorization"), "Bearer " + Token);
    }
};

QTEST_GUILESS_MAIN(TestGitLabSource)
#include "tst_gitlabsource.moc"
