#include "domain/workspace.h"
#include "loopbackserver.h"
#include "sources/github/githubsource.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/sourcesync.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Signalbox;
using Signalbox::Test::fixture;
using Signalbox::Test::LoopbackServer;

// Readable failures for the rows compared below.
namespace Signalbox {
char *toString(const PipelineRun &r)
{
    return QTest::toString(
        u"run %1 [%2] %3 %4 start=%5 finish=%6 duration=%7 queued=%8 %9 %10 "
        "attempt=%11 %12 (%13)"_s.arg(r.externalId, r.service, r.pipeline, toWord(r.status))
            .arg(r.startedAt)
            .arg(r.finishedAt)
            .arg(r.durationMs)
            .arg(r.queuedMs)
            .arg(r.commitSha, r.branch)
            .arg(r.attempt)
            .arg(r.url, r.source));
}
char *toString(const PipelineJob &j)
{
    return QTest::toString(u"job %1 of run %2 %3 %4 start=%5 finish=%6 duration=%7 queued=%8 %9"_s
                               .arg(j.externalId, j.runExternalId, j.name, toWord(j.status))
                               .arg(j.startedAt)
                               .arg(j.finishedAt)
                               .arg(j.durationMs)
                               .arg(j.queuedMs)
                               .arg(j.url));
}
char *toString(const Deployment &d)
{
    return QTest::toString(u"deployment %1 [%2] %3 to %4 at %5 %6 %7 %8"_s
                               .arg(d.externalId, d.service, d.version, d.environment)
                               .arg(d.deployedAt)
                               .arg(toWord(d.status), d.commitSha, d.url));
}
char *toString(const DeployEnvironment &e)
{
    return QTest::toString(
        u"environment %1 [%2] %3 %4 updated %5"_s.arg(e.externalId, e.service, e.name, e.url)
            .arg(e.updatedAt));
}
} // namespace Signalbox

namespace {

constexpr char Token[] = "ghp_signalboxTestToken0123456789abcdef";
const QString SourceName = u"gh"_s;

EpochMs at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

PipelineRun run(const char *id, const char *service, const char *pipeline, RunStatus status,
                const char *started, const char *finished, qint64 durationMs, qint64 queuedMs,
                const char *sha, const char *branch, int attempt, const char *repository)
{
    PipelineRun r;
    r.externalId = QString::fromLatin1(id);
    r.service = QString::fromLatin1(service);
    r.pipeline = QString::fromLatin1(pipeline);
    r.status = status;
    r.startedAt = at(started);
    r.finishedAt = finished ? at(finished) : NoTime;
    r.durationMs = durationMs;
    r.queuedMs = queuedMs;
    r.commitSha = QString::fromLatin1(sha);
    r.branch = QString::fromLatin1(branch);
    r.attempt = attempt;
    r.url = u"https://github.com/%1/actions/runs/%2"_s.arg(QLatin1String(repository), r.externalId);
    r.source = SourceName;
    return r;
}

PipelineJob job(const char *id, const char *runId, const char *name, RunStatus status,
                const char *started, const char *finished, qint64 durationMs, qint64 queuedMs,
                const char *repository)
{
    PipelineJob j;
    j.externalId = QString::fromLatin1(id);
    j.runExternalId = QString::fromLatin1(runId);
    j.name = QString::fromLatin1(name);
    j.status = status;
    j.startedAt = at(started);
    j.finishedAt = finished ? at(finished) : NoTime;
    j.durationMs = durationMs;
    j.queuedMs = queuedMs;
    j.url = u"https://github.com/%1/actions/runs/%2/job/%3"_s.arg(QLatin1String(repository),
                                                                  j.runExternalId, j.externalId);
    j.source = SourceName;
    return j;
}

Deployment deployment(const char *id, const char *version, const char *environment,
                      const char *deployedAt, DeploymentStatus status, const char *sha,
                      const char *url)
{
    Deployment d;
    d.externalId = QString::fromLatin1(id);
    d.service = u"shop"_s;
    d.version = QString::fromLatin1(version);
    d.environment = QString::fromLatin1(environment);
    d.deployedAt = at(deployedAt);
    d.status = status;
    d.commitSha = QString::fromLatin1(sha);
    d.url = QString::fromLatin1(url);
    d.source = SourceName;
    return d;
}

// What the first sync of the two standard repositories must store, exactly.
QList<PipelineRun> standardRuns()
{
    const char *payments = "acme/payments-api";
    const char *shop = "acme/shop";
    return {
        run("7000", "payments", "Build", RunStatus::Skipped, "2026-03-02T06:00:00Z",
            "2026-03-02T06:00:01Z", 1'000, -1, "2fd85e632c98ba692e168d76db15d43e8bcd784e", "main",
            1, payments),
        run("7001", "payments", "Build", RunStatus::Failed, "2026-03-02T07:00:00Z",
            "2026-03-02T07:30:00Z", 1'800'000, 5'000, "89df40aa5c82b490878d8ed394414fd797d3cbc6",
            "release/1.4", 1, payments),
        run("7002", "payments", "Build", RunStatus::Succeeded, "2026-03-02T08:00:00Z",
            "2026-03-02T08:02:00Z", 120'000, 30'000, "130587e6d93b587f9bed57eed06caaf0ea166a62",
            "main", 1, payments),
        run("8980", "shop", "Nightly", RunStatus::Queued, "2026-03-01T02:00:00Z", nullptr, -1, -1,
            "a241c474e58a5b7abc576723976ddeaa37067e0d", "main", 1, shop),
        run("8985", "shop", "CI", RunStatus::Cancelled, "2026-03-01T12:00:00Z",
            "2026-03-01T12:01:00Z", 60'000, 9'000, "6f3ee9cbcdbd549fcb264729a28fe80cbf0c487c",
            "main", 1, shop),
        // A second attempt: it ran (and queued) from its restart, not from the first creation.
        run("8990", "shop", "Deploy", RunStatus::Failed, "2026-03-01T16:00:00Z",
            "2026-03-01T16:04:00Z", 240'000, 35'000, "3155075229683dd6e80203813c106d855c34015d",
            "main", 2, shop),
        run("9000", "shop", "CI", RunStatus::Running, "2026-03-02T09:58:00Z", nullptr, -1, 12'000,
            "7f834b758ad228f4676308b5a57a69676dba857b", "feature/login", 1, shop),
        run("9001", "shop", "CI", RunStatus::Succeeded, "2026-03-02T10:00:00Z",
            "2026-03-02T10:06:30Z", 390'000, 20'000, "3a6c0eed4b4b3e3621d165dfbf8d9f155a49da31",
            "main", 1, shop),
    };
}

QList<PipelineJob> standardJobs()
{
    const char *payments = "acme/payments-api";
    const char *shop = "acme/shop";
    return {
        job("44001", "9001", "build", RunStatus::Succeeded, "2026-03-02T10:00:20Z",
            "2026-03-02T10:03:00Z", 160'000, 18'000, shop),
        job("44002", "9001", "test", RunStatus::Succeeded, "2026-03-02T10:00:45Z",
            "2026-03-02T10:06:25Z", 340'000, 42'000, shop),
        job("43990", "9000", "test", RunStatus::Running, "2026-03-02T09:58:12Z", nullptr, -1,
            11'000, shop),
        job("43900", "8990", "deploy", RunStatus::Failed, "2026-03-01T16:00:35Z",
            "2026-03-01T16:04:00Z", 205'000, 30'000, shop),
        job("43850", "8985", "build", RunStatus::Cancelled, "2026-03-01T12:00:09Z",
            "2026-03-01T12:00:58Z", 49'000, 8'000, shop),
        job("33002", "7002", "build", RunStatus::Succeeded, "2026-03-02T08:00:30Z",
            "2026-03-02T08:01:58Z", 88'000, 29'000, payments),
        job("33001", "7001", "integration", RunStatus::Failed, "2026-03-02T07:00:05Z",
            "2026-03-02T07:30:00Z", 1'795'000, 3'000, payments),
    };
}

QList<Deployment> standardDeployments()
{
    return {
        deployment("498", "feature/login", "staging", "2026-03-02T10:59:30Z",
                   DeploymentStatus::InProgress, "80f2b786fd3e88d5d5c1cbd929c4155e19b6ed98",
                   "https://github.com/acme/shop/actions/runs/9005/job/44100"),
        // Superseded: live since its success, now inactive; the inactive status has no links.
        deployment("499", "v2.3.9", "production", "2026-02-27T09:03:00Z",
                   DeploymentStatus::Inactive, "28160e4feb7134ecb0bebd49702b66d40f2e665e",
                   "https://github.com/acme/shop/actions/runs/8800/job/41000"),
        deployment("500", "main", "staging", "2026-03-01T16:04:30Z", DeploymentStatus::Failed,
                   "4001d960a1525bec4d1c6c2158b4c6730966c25d",
                   "https://ci.example.com/shop/deploys/500"),
        deployment("501", "v2.4.0", "production", "2026-03-02T10:09:00Z",
                   DeploymentStatus::Succeeded, "5d69bfea31e7ce3d5c7faf6b2f57e22b9345ca56",
                   "https://github.com/acme/shop/actions/runs/9001/job/44003"),
    };
}

QList<DeployEnvironment> standardEnvironments()
{
    const auto environment = [](const char *id, const char *name, const char *updated) {
        DeployEnvironment e;
        e.externalId = QString::fromLatin1(id);
        e.service = u"shop"_s;
        e.name = QString::fromLatin1(name);
        e.url = u"https://github.com/acme/shop/deployments/activity_log?environments_filter="_s
            + e.name;
        e.updatedAt = at(updated);
        return e;
    };
    return {environment("161088068", "production", "2026-02-20T14:30:00Z"),
            environment("161088069", "staging", "2025-11-04T09:12:30Z")};
}

const QByteArray ShopRuns = "/repos/acme/shop/actions/runs?per_page=100";
const QByteArray PaymentsRuns = "/repos/acme/payments-api/actions/runs?per_page=100";
// GitHub's own next links name the repository by id; the source follows whatever it is given.
const QByteArray PaymentsRunsPage2 = "/repositories/4242/actions/runs?per_page=100&page=2";

QByteArray jobsOf(const QByteArray &repository, const QByteArray &run)
{
    return "/repos/" + repository + "/actions/runs/" + run + "/jobs?per_page=100";
}

QByteArray statusesOf(const QByteArray &deployment)
{
    return "/repos/acme/shop/deployments/" + deployment + "/statuses?per_page=100";
}

} // namespace

class TestGitHubSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
    SourceConfig m_config;
    SourceSyncOptions m_options;

    QByteArray base() const { return m_server->baseUrl().toString().toUtf8(); }

    // Link: <…>; rel="next", … with the loopback server's address, as GitHub builds it.
    QByteArray link(const QList<std::pair<const char *, QByteArray>> &relations) const
    {
        QByteArrayList parts;
        for (const auto &[rel, target] : relations)
            parts.append("<" + base() + target + ">; rel=\"" + rel + "\"");
        return parts.join(", ");
    }

    static LoopbackServer::Reply answer(const QByteArray &body, const QByteArray &link = {})
    {
        LoopbackServer::Reply reply = LoopbackServer::json(body);
        // A weak ETag of the body, as GitHub sends: a changed body gets a new one.
        reply.etag
            = "W/\"" + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex() + "\"";
        reply.header("Cache-Control", "private, max-age=60, s-maxage=60")
            .header("X-GitHub-Media-Type", "github.v3; format=json")
            .header("X-RateLimit-Limit", "5000")
            .header("X-RateLimit-Remaining", "4990")
            .header("X-RateLimit-Reset", "1900000000")
            .header("X-RateLimit-Used", "10")
            .header("X-RateLimit-Resource", "core");
        if (!link.isEmpty())
            reply.header("Link", link);
        return reply;
    }

    void serve(const QByteArray &target, const char *fixtureName, const QByteArray &link = {})
    {
        m_server->route(target, answer(fixture(u"github/"_s + QLatin1String(fixtureName)), link));
    }

    // Two repositories: acme/shop (three pages of runs, four deployments, two environments) and
    // acme/payments-api (two pages of runs, none of the rest).
    void serveStandardRepositories()
    {
        serve(ShopRuns, "runs-shop-1.json",
              link({{"next", ShopRuns + "&page=2"}, {"last", ShopRuns + "&page=3"}}));
        serve(ShopRuns + "&page=2", "runs-shop-2.json",
              link({{"prev", ShopRuns + "&page=1"},
                    {"next", ShopRuns + "&page=3"},
                    {"last", ShopRuns + "&page=3"},
                    {"first", ShopRuns + "&page=1"}}));
        serve(ShopRuns + "&page=3", "runs-shop-3.json",
              link({{"prev", ShopRuns + "&page=2"}, {"first", ShopRuns + "&page=1"}}));
        for (const char *id : {"9001", "9000", "8990", "8985"})
            serve(jobsOf("acme/shop", id), qPrintable(u"jobs-%1.json"_s.arg(QLatin1String(id))));
        serve(jobsOf("acme/shop", "8980"), "jobs-empty.json");
        serve("/repos/acme/shop/deployments?per_page=100", "deployments-shop.json");
        for (const char *id : {"501", "500", "499", "498"})
            serve(statusesOf(id), qPrintable(u"statuses-%1.json"_s.arg(QLatin1String(id))));
        serve("/repos/acme/shop/environments?per_page=100", "environments-shop.json");

        const QByteArray page1 = "/repositories/4242/actions/runs?per_page=100&page=1";
        serve(PaymentsRuns, "runs-payments-1.json",
              link({{"next", PaymentsRunsPage2}, {"last", PaymentsRunsPage2}}));
        serve(PaymentsRunsPage2, "runs-payments-2.json", link({{"prev", page1}, {"first", page1}}));
        serve(jobsOf("acme/payments-api", "7002"), "jobs-7002.json");
        serve(jobsOf("acme/payments-api", "7001"), "jobs-7001.json");
        serve(jobsOf("acme/payments-api", "7000"), "jobs-empty.json");
        serve("/repos/acme/payments-api/deployments?per_page=100", "deployments-empty.json");
        serve("/repos/acme/payments-api/environments?per_page=100", "environments-empty.json");
    }

    void serveEmptyExtras(const QByteArray &repository)
    {
        serve("/repos/" + repository + "/deployments?per_page=100", "deployments-empty.json");
        serve("/repos/" + repository + "/environments?per_page=100", "environments-empty.json");
    }

    SourceSyncOutcome sync() { return syncSource(*m_store, m_workspace, m_config, m_options); }

    QList<PipelineRun> storedRuns()
    {
        Statement q(m_store->database(),
                    "SELECT r.external_id, s.name, r.pipeline, r.status, r.started_at, "
                    "r.finished_at, r.duration_ms, r.queued_ms, r.commit_sha, r.branch, r.attempt, "
                    "r.url, src.name FROM pipeline_runs r JOIN services s ON s.id = r.service_id "
                    "JOIN sources src ON src.id = r.source_id ORDER BY r.external_id");
        QList<PipelineRun> runs;
        while (q.step()) {
            PipelineRun r;
            r.externalId = q.text(0);
            r.service = q.text(1);
            r.pipeline = q.text(2);
            r.status = RunStatus(q.int64(3));
            r.startedAt = q.int64Or(4, NoTime);
            r.finishedAt = q.int64Or(5, NoTime);
            r.durationMs = q.int64Or(6, -1);
            r.queuedMs = q.int64Or(7, -1);
            r.commitSha = q.text(8);
            r.branch = q.text(9);
            r.attempt = int(q.int64(10));
            r.url = q.text(11);
            r.source = q.text(12);
            runs.append(r);
        }
        return runs;
    }

    QList<Deployment> storedDeployments()
    {
        Statement q(m_store->database(),
                    "SELECT d.external_id, s.name, d.version, d.environment, d.deployed_at, "
                    "d.status, d.commit_sha, d.url, src.name FROM deployments d "
                    "JOIN services s ON s.id = d.service_id JOIN sources src ON "
                    "src.id = d.source_id ORDER BY d.external_id");
        QList<Deployment> deployments;
        while (q.step()) {
            Deployment d;
            d.externalId = q.text(0);
            d.service = q.text(1);
            d.version = q.text(2);
            d.environment = q.text(3);
            d.deployedAt = q.int64Or(4, NoTime);
            d.status = DeploymentStatus(q.int64(5));
            d.commitSha = q.text(6);
            d.url = q.text(7);
            d.source = q.text(8);
            deployments.append(d);
        }
        return deployments;
    }

    QList<PipelineJob> storedJobs() { return m_store->readJobs(SourceName); }

    template<typename T>
    static bool sameRows(const QList<T> &actual, const QList<T> &expected)
    {
        if (actual.size() != expected.size()) {
            qWarning("%d rows, expected %d", int(actual.size()), int(expected.size()));
            return false;
        }
        for (qsizetype i = 0; i < actual.size(); ++i) {
            if (!(actual.at(i) == expected.at(i))) {
                std::unique_ptr<char[]> a(toString(actual.at(i)));
                std::unique_ptr<char[]> e(toString(expected.at(i)));
                qWarning("row %d differs:\n  actual   %s\n  expected %s", int(i), a.get(), e.get());
                return false;
            }
        }
        return true;
    }

    void verifyStandardRows()
    {
        QVERIFY(sameRows(storedRuns(), standardRuns()));
        QVERIFY(sameRows(storedJobs(), standardJobs()));
        QVERIFY(sameRows(storedDeployments(), standardDeployments()));
        QVERIFY(sameRows(m_store->readEnvironments(SourceName), standardEnvironments()));
    }

    // The token goes out as a header and nowhere else.
    void verifyNoToken(const SourceSyncOutcome &outcome)
    {
        const QString token = QString::fromLatin1(Token);
        QVERIFY2(!outcome.error.contains(token), qPrintable(outcome.error));
        for (const Diagnostic &d : outcome.diagnostics)
            QVERIFY2(!d.toString().contains(token), qPrintable(d.toString()));
        const SourceHealth health = m_store->sourceHealth(SourceName);
        QVERIFY(!health.lastError.contains(token));
        QVERIFY(!health.cursor.contains(token));
        for (const LoopbackServer::Request &r : m_server->requests())
            QVERIFY(!r.target.contains(Token));
    }

    QList<QByteArray> requestedTargets() const
    {
        QList<QByteArray> targets;
        for (const LoopbackServer::Request &r : m_server->requests())
            targets.append(r.target);
        return targets;
    }

    int requestsFor(const QByteArray &target) const
    {
        return int(requestedTargets().count(target));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<LoopbackServer>();
        m_store = std::make_unique<Store>(m_dir->filePath(u"cache.sqlite"_s));

        const auto service = [](const char *name, const char *repository) {
            Service s;
            s.name = QString::fromLatin1(name);
            s.repository = QString::fromLatin1(repository);
            s.inCatalog = true;
            return s;
        };
        m_workspace = {};
        m_workspace.filePath = m_dir->filePath(u"workspace.yaml"_s);
        m_workspace.services = {
            service("shop", "https://github.com/acme/shop"),
            service("payments", "git@github.com:acme/payments-api.git"),
            service("cart", "https://github.com/acme/storefront"),
            service("checkout", "https://github.com/acme/storefront.git/"),
            service("billing", ""),
        };
        IngestBatch catalog;
        catalog.source = u"workspace"_s;
        catalog.sourceKind = u"workspace"_s;
        catalog.services = m_workspace.services;
        catalog.replacesCatalog = true;
        m_store->ingest(catalog);

        m_config = {};
        m_config.kind = u"github"_s;
        m_config.name = SourceName;
        m_config.settings = {
            {u"baseUrl"_s, m_server->baseUrl().toString()},
            {u"repositories"_s, QStringList {u"acme/shop"_s, u"acme/payments-api"_s}},
        };
        m_workspace.sources = {m_config};

        // The plugin's default variable: no token: entry in the workspace.
        qputenv("GITHUB_TOKEN", Token);
        qunsetenv("GH_TOKEN");

        m_options = {};
        m_options.http.connectTimeoutMs = 800;
        m_options.http.readTimeoutMs = 800;
        m_options.http.retryBaseDelayMs = 20;
        m_options.http.maxRetryWaitMs = 3'000;
        m_options.ignoreBackoff = true; // the tests sync again right after failures
    }

    void cleanup()
    {
        m_store.reset();
        m_server.reset();
        m_dir.reset();
        qunsetenv("GITHUB_TOKEN");
    }

    void registeredAsBuiltIn()
    {
        const SourceDescription *d = SourceRegistry::describe(u"github"_s);
        QVERIFY(d);
        QCOMPARE(d->displayName, u"GitHub Actions"_s);
        QVERIFY(d->network);
        QVERIFY(d->acceptsToken);
        QCOMPARE(d->tokenEnvironment, (QStringList {u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s}));
        QCOMPARE(d->setting(u"baseUrl"_s)->defaultValue.toString(), u"https://api.github.com"_s);
        QVERIFY(d->setting(u"repositories"_s)->required);
        QCOMPARE(d->setting(u"maxRuns"_s)->defaultValue.toInt(), 100);
        for (const char *key : {"services", "workflows", "caBundle"})
            QVERIFY(!d->setting(QLatin1String(key))->description.isEmpty());
    }

    void firstSyncReadsEveryPage()
    {
        serveStandardRepositories();
        QList<std::pair<int, int>> progress;
        m_options.progress = [&](int done, int total) {
            progress.append({done, total});
        };
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        QVERIFY2(outcome.diagnostics.isEmpty(),
                 qPrintable(outcome.diagnostics.value(0).toString()));
        verifyStandardRows();
        QCOMPARE(outcome.counts.runs, 8);
        QCOMPARE(outcome.counts.jobs, 7);
        QCOMPARE(progress, (QList<std::pair<int, int>> {{0, 2}, {1, 2}, {2, 2}}));
        QCOMPARE(outcome.rateLimitRemaining, 4990);

        // shop: 3 run pages, 5 job lists, deployments, 4 status lists, environments;
        // payments-api: 2 run pages, 3 job lists, deployments, environments.
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 21);
        QCOMPARE(outcome.stats.requests, 21);
        QCOMPARE(requestsFor(PaymentsRunsPage2), 1);
        for (const LoopbackServer::Request &r : requests) {
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer ") + Token);
            QCOMPARE(r.headers.value("accept"), QByteArray("application/vnd.github+json"));
            QCOMPARE(r.headers.value("x-github-api-version"), QByteArray("2022-11-28"));
            QVERIFY(!r.headers.contains("if-none-match")); // nothing to compare with yet
        }
        verifyNoToken(outcome);
    }

    void secondSyncIsAllNotModified()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        const QString cursor = m_store->sourceHealth(SourceName).cursor;
        QVERIFY(!cursor.isEmpty());
        m_server->clearRequests();

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.unchanged);
        // Each repository's first run page, deployments and environments, and the one
        // deployment still in progress: all asked for conditionally, all answered 304.
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 7);
        QVERIFY(requestedTargets().contains(statusesOf("498")));
        for (const LoopbackServer::Request &r : requests) {
            QVERIFY2(r.headers.value("if-none-match").startsWith("W/\""), r.target.constData());
        }
        QCOMPARE(outcome.stats.requests, 7);
        QCOMPARE(outcome.stats.notModified, 7);
        QCOMPARE(outcome.stats.bytes, 0);
        QCOMPARE(m_store->sourceHealth(SourceName).cursor, cursor);
        verifyStandardRows();
    }

    void changedRunFetchesOnlyItsJobs()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        QVERIFY(sync().unchanged);
        // Run 9000 finished: the first page changes, and so do its jobs.
        serve(ShopRuns, "runs-shop-1-later.json",
              link({{"next", ShopRuns + "&page=2"}, {"last", ShopRuns + "&page=3"}}));
        serve(jobsOf("acme/shop", "9000"), "jobs-9000-later.json");
        m_server->clearRequests();

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        QList<QByteArray> jobRequests;
        for (const QByteArray &target : requestedTargets()) {
            if (target.contains("/jobs"))
                jobRequests.append(target);
        }
        QCOMPARE(jobRequests, QList<QByteArray> {jobsOf("acme/shop", "9000")});
        // The second page is unchanged (304): the walk stops there.
        QCOMPARE(requestsFor(ShopRuns + "&page=2"), 1);
        QCOMPARE(requestsFor(ShopRuns + "&page=3"), 0);
        QCOMPARE(outcome.stats.requests - outcome.stats.notModified, 2);
        QCOMPARE(outcome.counts.runs, 1);

        QList<PipelineRun> runs = standardRuns();
        runs[6] = run("9000", "shop", "CI", RunStatus::Succeeded, "2026-03-02T09:58:00Z",
                      "2026-03-02T10:01:40Z", 220'000, 12'000,
                      "7f834b758ad228f4676308b5a57a69676dba857b", "feature/login", 1, "acme/shop");
        QVERIFY(sameRows(storedRuns(), runs));
        QList<PipelineJob> jobs = standardJobs();
        jobs[2] = job("43990", "9000", "test", RunStatus::Succeeded, "2026-03-02T09:58:12Z",
                      "2026-03-02T10:01:35Z", 203'000, 11'000, "acme/shop");
        QVERIFY(sameRows(storedJobs(), jobs));

        m_server->clearRequests();
        const SourceSyncOutcome fourth = sync();
        QVERIFY(fourth.unchanged);
        QCOMPARE(fourth.stats.requests, fourth.stats.notModified);
    }

    void changedMappingRewritesThatRepository()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        m_config.settings[u"services"_s] = QVariantMap {{u"acme/payments-api"_s, u"billing"_s}};
        m_server->clearRequests();

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        // acme/payments-api starts over without validators, so that its rows are written again
        // where they now belong; acme/shop is untouched.
        for (const LoopbackServer::Request &r : m_server->requests()) {
            const bool payments = r.target.contains("payments-api") || r.target.contains("4242");
            QVERIFY2(r.headers.contains("if-none-match") != payments, r.target.constData());
        }
        QCOMPARE(requestsFor(PaymentsRunsPage2), 1);
        QList<PipelineRun> runs = standardRuns();
        for (int i = 0; i < 3; ++i)
            runs[i].service = u"billing"_s;
        QVERIFY(sameRows(storedRuns(), runs));
        QVERIFY(sameRows(storedJobs(), standardJobs()));
    }

    void deploymentInProgressIsFollowed()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        serve(statusesOf("498"), "statuses-498-later.json");
        m_server->clearRequests();

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.stats.requests, 7);
        QCOMPARE(outcome.stats.notModified, 6); // only the statuses of 498 changed
        QList<Deployment> deployments = standardDeployments();
        deployments[0]
            = deployment("498", "feature/login", "staging", "2026-03-02T11:05:00Z",
                         DeploymentStatus::Succeeded, "80f2b786fd3e88d5d5c1cbd929c4155e19b6ed98",
                         "https://github.com/acme/shop/actions/runs/9005/job/44100");
        QVERIFY(sameRows(storedDeployments(), deployments));

        // Finished: no longer looked at while nothing changes.
        m_server->clearRequests();
        QVERIFY(sync().unchanged);
        QCOMPARE(requestsFor(statusesOf("498")), 0);
    }

    void jobsAreFetchedThirtyPerSync()
    {
        m_config.settings[u"repositories"_s] = QStringList {u"acme/shop"_s};
        // 35 new runs, built here in the shape of GitHub's workflow-run object.
        QJsonArray runs;
        for (int i = 35; i >= 1; --i) {
            const QString created = QDateTime::fromMSecsSinceEpoch(
                                        at("2026-03-02T00:00:00Z") + i * 600'000LL, Qt::UTC)
                                        .toString(Qt::ISODate);
            const QString finished
                = QDateTime::fromMSecsSinceEpoch(
                      at("2026-03-02T00:00:00Z") + i * 600'000LL + 60'000, Qt::UTC)
                      .toString(Qt::ISODate);
            runs.append(QJsonObject {
                {u"id"_s, 10'000 + i},
                {u"name"_s, u"CI"_s},
                {u"head_branch"_s, u"main"_s},
                {u"head_sha"_s, u"%1"_s.arg(i, 40, 10, QChar(u'0'))},
                {u"path"_s, u".github/workflows/ci.yml"_s},
                {u"display_title"_s, u"Change %1"_s.arg(i)},
                {u"run_number"_s, i},
                {u"event"_s, u"push"_s},
                {u"status"_s, u"completed"_s},
                {u"conclusion"_s, u"success"_s},
                {u"workflow_id"_s, 161335},
                {u"html_url"_s, u"https://github.com/acme/shop/actions/runs/%1"_s.arg(10'000 + i)},
                {u"created_at"_s, created},
                {u"updated_at"_s, finished},
                {u"run_attempt"_s, 1},
                {u"run_started_at"_s, created},
            });
        }
        m_server->route(
            ShopRuns,
            answer(QJsonDocument(QJsonObject {{u"total_count"_s, 35}, {u"workflow_runs"_s, runs}})
                       .toJson()));
        serveEmptyExtras("acme/shop");
        // Each run's one job started five seconds after the run was created.
        m_server->setHandler([runs](const LoopbackServer::Request &request)
                                 -> std::optional<LoopbackServer::Reply> {
            const QList<QByteArray> parts = request.path().split('/');
            if (parts.size() != 8 || parts.at(7) != "jobs")
                return std::nullopt;
            for (const QJsonValue &v : runs) {
                const QJsonObject r = v.toObject();
                if (QByteArray::number(r.value(u"id"_s).toInteger()) != parts.at(6))
                    continue;
                const EpochMs created
                    = QDateTime::fromString(r.value(u"created_at"_s).toString(), Qt::ISODate)
                          .toMSecsSinceEpoch();
                const QString started = QDateTime::fromMSecsSinceEpoch(created + 5'000, Qt::UTC)
                                            .toString(Qt::ISODate);
                const QJsonObject j {
                    {u"id"_s, r.value(u"id"_s).toInteger() * 10},
                    {u"run_id"_s, r.value(u"id"_s)},
                    {u"name"_s, u"build"_s},
                    {u"status"_s, u"completed"_s},
                    {u"conclusion"_s, u"success"_s},
                    {u"created_at"_s, r.value(u"created_at"_s)},
                    {u"started_at"_s, started},
                    {u"completed_at"_s, r.value(u"updated_at"_s)},
                    {u"html_url"_s,
                     u"https://github.com/acme/shop/actions/runs/%1/job/%2"_s
                         .arg(r.value(u"id"_s).toInteger())
                         .arg(r.value(u"id"_s).toInteger() * 10)},
                };
                return LoopbackServer::json(
                    QJsonDocument(QJsonObject {{u"total_count"_s, 1}, {u"jobs"_s, QJsonArray {j}}})
                        .toJson());
            }
            return std::nullopt;
        });
        const auto jobRequests = [this] {
            int n = 0;
            for (const QByteArray &target : requestedTargets())
                n += target.endsWith("/jobs?per_page=100") ? 1 : 0;
            return n;
        };
        const auto withQueueTime = [this] {
            int n = 0;
            for (const PipelineRun &r : storedRuns())
                n += r.queuedMs == 5'000 ? 1 : 0;
            return n;
        };

        SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(storedRuns().size(), 35);
        QCOMPARE(jobRequests(), 30);
        QCOMPARE(withQueueTime(), 30);
        QCOMPARE(storedRuns().first().queuedMs, -1); // history past the bound: no jobs
        QCOMPARE(storedJobs().size(), 30);

        // A repository's first fill leaves no job pending, so the next refresh costs nothing:
        // the list, deployments and environments are answered 304.
        m_server->clearRequests();
        outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.unchanged);
        QCOMPARE(jobRequests(), 0);
        QCOMPARE(outcome.stats.requests, 3);
        QCOMPARE(outcome.stats.notModified, 3);
    }

    void monorepoAndRepositoryMapping()
    {
        m_config.settings[u"repositories"_s] = QStringList {u"acme/storefront"_s, u"acme/billing"_s,
                                                            u"acme/tools"_s, u"acme/legacy"_s};
        m_config.settings[u"services"_s] = QVariantMap {{u"acme/legacy"_s, u"shop"_s}};
        m_config.settings[u"workflows"_s] = QVariantMap {
            {u".github/workflows/cart.yml"_s, u"cart"_s}, {u"Checkout"_s, u"checkout"_s}};
        serve("/repos/acme/storefront/actions/runs?per_page=100", "runs-storefront.json");
        serve(jobsOf("acme/storefront", "6003"), "jobs-6003.json");
        serve(jobsOf("acme/storefront", "6002"), "jobs-6002.json");
        serve("/repos/acme/storefront/deployments?per_page=100", "deployments-storefront.json");
        serve("/repos/acme/storefront/environments?per_page=100", "environments-storefront.json");
        const std::pair<const char *, const char *> small[]
            = {{"billing", "5001"}, {"tools", "4001"}, {"legacy", "3001"}};
        for (const auto &[name, id] : small) {
            const QByteArray repository = "acme/" + QByteArray(name);
            serve("/repos/" + repository + "/actions/runs?per_page=100",
                  qPrintable(u"runs-%1.json"_s.arg(QLatin1String(name))));
            serve(jobsOf(repository, id), qPrintable(u"jobs-%1.json"_s.arg(QLatin1String(id))));
            serveEmptyExtras(repository);
        }

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QList<std::pair<QString, QString>> assigned;
        for (const PipelineRun &r : storedRuns())
            assigned.append({r.externalId, r.service});
        QCOMPARE(assigned,
                 (QList<std::pair<QString, QString>> {
                     {u"3001"_s, u"shop"_s}, // services setting
                     {u"4001"_s, u"tools"_s}, // nothing matched: named after the repo
                     {u"5001"_s, u"billing"_s}, // the catalog service of that name
                     {u"6002"_s, u"checkout"_s}, // workflows: by name
                     {u"6003"_s, u"cart"_s}, // workflows: by path, @ref stripped
                 }));
        // The monorepo's deployment and environment belong to no single service.
        QVERIFY(storedDeployments().isEmpty());
        QVERIFY(m_store->readEnvironments(SourceName).isEmpty());
        QCOMPARE(requestsFor("/repos/acme/storefront/deployments/601/statuses?per_page=100"), 0);
        QCOMPARE(requestsFor(jobsOf("acme/storefront", "6001")), 0);
        QCOMPARE(requestsFor(jobsOf("acme/storefront", "6000")), 0);

        // The service only seen in runs is not in the catalog.
        Statement tools(m_store->database(),
                        "SELECT catalog_source_id IS NULL FROM services WHERE name = 'tools'");
        QVERIFY(tools.step());
        QCOMPARE(tools.int64(0), 1);

        QCOMPARE(outcome.diagnostics.size(), 3);
        for (const Diagnostic &d : outcome.diagnostics) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QCOMPARE(d.origin, SourceName);
        }
        const Diagnostic &docs = outcome.diagnostics.at(0);
        QCOMPARE(docs.key, u"workflows"_s);
        QVERIFY2(docs.message.contains(u"acme/storefront"_s) && docs.message.contains(u"\"Docs\""_s)
                     && docs.message.contains(u".github/workflows/docs.yml"_s),
                 qPrintable(docs.message));
        const Diagnostic &unassigned = outcome.diagnostics.at(1);
        QCOMPARE(unassigned.key, u"services"_s);
        QVERIFY2(unassigned.message.contains(u"acme/storefront"_s)
                     && unassigned.message.contains(u"deployments and environments"_s),
                 qPrintable(unassigned.message));
        const Diagnostic &fallback = outcome.diagnostics.at(2);
        QCOMPARE(fallback.key, u"services"_s);
        QVERIFY2(fallback.message.startsWith(u"acme/tools:"_s)
                     && fallback.message.contains(u"new service \"tools\""_s),
                 qPrintable(fallback.message));
    }

    void incidentsFromLabelledIssues()
    {
        serveStandardRepositories();
        const QByteArray shopIssues = "/repos/acme/shop/issues";
        const QByteArray page2 = shopIssues + "?labels=incident&state=all&per_page=100&page=2";
        // By path: the since parameter changes from sync to sync.
        serve(shopIssues, "issues-shop-1.json", link({{"next", page2}, {"last", page2}}));
        serve(page2, "issues-shop-2.json", link({{"first", shopIssues + "?page=1"}}));
        serve("/repos/acme/payments-api/issues", "issues-empty.json");
        m_config.settings.insert(u"incidents"_s, true);
        m_workspace.sources = {m_config};
        m_options.now = at("2026-03-02T10:00:00Z");

        const SourceSyncOutcome first = sync();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(first.diagnostics.isEmpty(), qPrintable(first.diagnostics.value(0).toString()));
        QCOMPARE(first.counts.incidents, 3); // the pull request is not one
        // A year back from now on the first sync.
        const QByteArray firstAsk
            = shopIssues + "?labels=incident&state=all&since=2025-03-02T10:00:00Z&per_page=100";
        QCOMPARE(requestsFor(firstAsk), 1);
        QCOMPARE(requestsFor(page2), 1);
        QCOMPARE(requestsFor("/repos/acme/payments-api/issues?labels=incident&state=all&since="
                             "2025-03-02T10:00:00Z&per_page=100"),
                 1);

        const auto incident = [](const char *number, const char *service, const char *title,
                                 const char *created, const char *resolved, const char *rootCause) {
            Incident i;
            i.externalId = u"acme/shop#"_s + QLatin1String(number);
            i.service = QString::fromLatin1(service);
            i.title = QString::fromLatin1(title);
            i.createdAt = at(created);
            i.resolvedAt = resolved ? at(resolved) : NoTime;
            i.rootCauseCommit = QString::fromLatin1(rootCause);
            i.url = u"https://github.com/acme/shop/issues/"_s + QLatin1String(number);
            i.source = SourceName;
            return i;
        };
        const QList<Incident> expected {
            // reopened: its old closed_at does not resolve it; the root cause keeps its case
            incident("12", "shop", "EU cards declined at checkout", "2026-02-10T08:00:00Z", nullptr,
                     "9F3E0B7C1D"),
            // labelled "Incident": the label matches in any case; the repository's service
            incident("38", "shop", "Slow product pages", "2026-02-20T14:05:00Z",
                     "2026-02-20T15:45:00Z", ""),
            // service:cart names the service; the root cause is read from the body
            incident("41", "cart", "Cart totals wrong after 4.2.0", "2026-03-01T09:10:00Z",
                     "2026-03-01T11:00:00Z", "3f1c2a9d"),
        };
        QCOMPARE(m_store->readIncidents(), expected);

        // The next sync asks from the newest updated_at read (#41's), and writes the same rows.
        m_server->clearRequests();
        const SourceSyncOutcome second = sync();
        QVERIFY2(second.ok, qPrintable(second.error));
        const QByteArray nextAsk
            = shopIssues + "?labels=incident&state=all&since=2026-03-01T11:00:05Z&per_page=100";
        QCOMPARE(requestsFor(nextAsk), 1);
        QCOMPARE(m_store->readIncidents(), expected);

        // Nothing new: the same question, answered 304, and no page 2.
        m_server->clearRequests();
        const SourceSyncOutcome third = sync();
        QVERIFY2(third.ok, qPrintable(third.error));
        QVERIFY(third.unchanged);
        QCOMPARE(requestsFor(nextAsk), 1);
        QCOMPARE(requestsFor(page2), 0);
        QCOMPARE(third.stats.requests, third.stats.notModified);
        QCOMPARE(m_store->readIncidents(), expected);
    }

    void incidentsAreOffByDefault()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        for (const LoopbackServer::Request &r : m_server->requests())
            QVERIFY2(!r.path().endsWith("/issues"), r.target.constData());
        QVERIFY(m_store->readIncidents().isEmpty());
    }

    void secondaryRateLimitIsWaitedOut()
    {
        serveStandardRepositories();
        m_server->routeSequence(
            ShopRuns,
            {LoopbackServer::json(
                 R"({"message":"You have exceeded a secondary rate limit. Please )"
                 R"(wait a few minutes before you try again.","documentation_url":)"
                 R"("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"})",
                 403)
                 .header("Retry-After", "1")
                 .header("X-RateLimit-Remaining", "4321"),
             answer(fixture(u"github/runs-shop-1.json"_s),
                    link({{"next", ShopRuns + "&page=2"}, {"last", ShopRuns + "&page=3"}}))});
        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(timer.elapsed() >= 900);
        QCOMPARE(requestsFor(ShopRuns), 2);
        QCOMPARE(outcome.stats.retries, 1);
        verifyStandardRows();
    }

    void longRetryAfterFailsAndKeepsRows()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        const QString cursor = m_store->sourceHealth(SourceName).cursor;
        m_server->route(
            ShopRuns,
            LoopbackServer::json(R"({"message":"API rate limit exceeded for installation."})", 429)
                .header("Retry-After", "3600"));
        m_server->clearRequests();

        const EpochMs before = QDateTime::currentMSecsSinceEpoch();
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"rate limited"_s)
                     && outcome.error.contains(u"/repos/acme/shop/actions/runs"_s),
                 qPrintable(outcome.error));
        QCOMPARE(m_server->requests().size(), 1); // a long wait is not waited out, nor hammered
        QVERIFY(outcome.nextAttemptAt >= before + 3'600'000);
        const SourceHealth health = m_store->sourceHealth(SourceName);
        QCOMPARE(health.nextAttemptAt, outcome.nextAttemptAt);
        QCOMPARE(health.failureCount, 1);
        QCOMPARE(health.cursor, cursor);
        verifyStandardRows();
        verifyNoToken(outcome);
    }

    void serverErrorIsRetried()
    {
        serveStandardRepositories();
        m_server->routeSequence(
            PaymentsRuns,
            {LoopbackServer::json(R"({"message":"Server Error"})", 500),
             answer(fixture(u"github/runs-payments-1.json"_s),
                    link({{"next", PaymentsRunsPage2}, {"last", PaymentsRunsPage2}}))});
        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(requestsFor(PaymentsRuns), 2);
        QCOMPARE(outcome.stats.retries, 1);
        verifyStandardRows();
    }

    void truncatedAnswerWritesNothing()
    {
        serveStandardRepositories();
        QVERIFY(sync().ok);
        const QString cursor = m_store->sourceHealth(SourceName).cursor;
        // acme/shop has news, then acme/payments-api answers with half a document.
        serve(ShopRuns, "runs-shop-1-later.json",
              link({{"next", ShopRuns + "&page=2"}, {"last", ShopRuns + "&page=3"}}));
        serve(jobsOf("acme/shop", "9000"), "jobs-9000-later.json");
        const QByteArray whole = fixture(u"github/runs-payments-1.json"_s);
        m_server->route(PaymentsRuns, answer(whole.left(whole.size() / 2)));

        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QString::fromUtf8(base() + PaymentsRuns))
                     && outcome.error.contains(u"not valid JSON"_s),
                 qPrintable(outcome.error));
        // Run 9000 was read as finished, but none of this sync is written.
        verifyStandardRows();
        QCOMPARE(m_store->sourceHealth(SourceName).cursor, cursor);
        verifyNoToken(outcome);
    }

    void wrongTypesSkipOnlyThatRun()
    {
        m_config.settings[u"repositories"_s] = QStringList {u"acme/shop"_s};
        serve(ShopRuns, "runs-wrong-types.json");
        serve(jobsOf("acme/shop", "9103"), "jobs-empty.json");
        serve(jobsOf("acme/shop", "9100"), "jobs-empty.json");
        serveEmptyExtras("acme/shop");

        const SourceSyncOutcome outcome = sync();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QList<QString> ids;
        for (const PipelineRun &r : storedRuns())
            ids.append(r.externalId);
        QCOMPARE(ids, (QList<QString> {u"9100"_s, u"9103"_s}));
        QCOMPARE(outcome.diagnostics.size(), 2);
        const QString url = QString::fromUtf8(base() + ShopRuns);
        const Diagnostic &id = outcome.diagnostics.at(0);
        QCOMPARE(id.severity, Diagnostic::Severity::Error);
        QCOMPARE(id.origin, SourceName);
        QCOMPARE(id.key, u"workflow_runs[1].id"_s);
        QCOMPARE(id.message,
                 u"expected a whole number, found the text \"9102\" (in the answer "
                 "from %1); the run was skipped"_s.arg(url));
        const Diagnostic &time = outcome.diagnostics.at(1);
        QCOMPARE(time.key, u"workflow_runs[2].run_started_at"_s);
        QCOMPARE(time.message,
                 u"expected a time, found the number 1772449200 (in the answer from "
                 "%1); the run was skipped"_s.arg(url));
        QCOMPARE(m_server->countRequests("/repos/acme/shop/actions/runs/"), 2);
        verifyNoToken(outcome);
    }

    void hugeAnswerFailsClearly()
    {
        serveStandardRepositories();
        m_server->route(PaymentsRuns, LoopbackServer::json(QByteArray(50 * 1024 * 1024, ' ')));
        m_options.http.readTimeoutMs = 10'000;
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"larger than 32 MB"_s)
                     && outcome.error.contains(u"/repos/acme/payments-api/actions/runs"_s),
                 qPrintable(outcome.error));
        QVERIFY(storedRuns().isEmpty());
        verifyNoToken(outcome);
    }

    void silentServerTimesOutQuickly()
    {
        serveStandardRepositories();
        LoopbackServer::Reply silent;
        silent.behaviour = LoopbackServer::Reply::Behaviour::NeverAnswer;
        m_server->route(ShopRuns, silent);
        m_options.http.connectTimeoutMs = 300;
        m_options.http.maxAttempts = 2;
        QElapsedTimer timer;
        timer.start();
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY(timer.elapsed() < 3'000);
        QVERIFY2(outcome.error.contains(u"did not answer within 1 s"_s)
                     && outcome.error.contains(u"/repos/acme/shop/actions/runs"_s),
                 qPrintable(outcome.error));
        QVERIFY(storedRuns().isEmpty());
        verifyNoToken(outcome);
    }

    void nextPageOnAnotherServerIsNotFollowed()
    {
        serveStandardRepositories();
        m_server->route(ShopRuns,
                        answer(fixture(u"github/runs-shop-1.json"_s),
                               "<https://elsewhere.example.com/repos/acme/shop/actions/runs?"
                               "page=2>; rel=\"next\""));
        const SourceSyncOutcome outcome = sync();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"elsewhere.example.com"_s), qPrintable(outcome.error));
        QVERIFY(storedRuns().isEmpty());
    }

    void checkConnectionWithToken()
    {
        serve("/rate_limit", "rate-limit.json");
        serve("/user", "user.json");
        FetchContext context;
        context.token = QString::fromLatin1(Token);
        context.tokenOrigin = u"environment variable GITHUB_TOKEN"_s;
        context.http = m_options.http;
        GitHubSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        QVERIFY(check.reached);
        QVERIFY(check.authenticated);
        QCOMPARE(check.identity, u"octo-dev"_s);
        QCOMPARE(check.rateLimitRemaining, 4987);
        QCOMPARE(check.rateLimitTotal, 5000);
        QCOMPARE(check.message,
                 u"Connected to GitHub at %1 as octo-dev (4987 of 5000 API requests left in this "
                 "hour)."_s.arg(m_server->baseUrl().toString()));
        QCOMPARE(requestedTargets(), (QList<QByteArray> {"/rate_limit", "/user"}));
        for (const LoopbackServer::Request &r : m_server->requests())
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer ") + Token);
    }

    void checkConnectionTokenRefused()
    {
        m_server->route("/rate_limit",
                        LoopbackServer::json(R"({"message":"Bad credentials","documentation_url":)"
                                             R"("https://docs.github.com/rest","status":"401"})",
                                             401));
        FetchContext context;
        context.token = QString::fromLatin1(Token);
        context.tokenOrigin = u"environment variable GITHUB_TOKEN"_s;
        context.http = m_options.http;
        GitHubSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        QVERIFY(check.reached);
        QVERIFY(!check.authenticated);
        QVERIFY(check.identity.isEmpty());
        QCOMPARE(check.message,
                 u"GitHub at %1 was reached, but the token was refused (HTTP 401); check the "
                 "token (environment variable GITHUB_TOKEN)"_s.arg(m_server->baseUrl().toString()));
        QCOMPARE(requestedTargets(), QList<QByteArray> {"/rate_limit"});
    }

    void checkConnectionWithoutToken()
    {
        serve("/rate_limit", "rate-limit.json");
        FetchContext context;
        context.http = m_options.http;
        GitHubSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        QVERIFY(check.reached);
        QVERIFY(!check.authenticated);
        QVERIFY2(check.message.contains(u"without a token"_s), qPrintable(check.message));
        QCOMPARE(requestedTargets(), QList<QByteArray> {"/rate_limit"});
        QVERIFY(!m_server->requests().first().headers.contains("authorization"));
    }

    void checkConnectionUnreachable()
    {
        m_config.settings[u"baseUrl"_s] = u"http://127.0.0.1:1"_s; // nothing listens there
        FetchContext context;
        context.http = m_options.http;
        context.http.maxAttempts = 1;
        GitHubSource source;
        const ConnectionCheck check = source.checkConnection(m_config, context);
        QVERIFY(!check.reached);
        QVERIFY2(check.message.startsWith(u"GitHub at http://127.0.0.1:1 could not be reached"_s),
                 qPrintable(check.message));
    }
};

QTEST_GUILESS_MAIN(TestGitHubSource)
#include "tst_githubsource.moc"
