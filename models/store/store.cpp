#include "store.h"

#include "migrations.h"

#include "domain/discoveryjson.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Signalbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 RecentHistoryMs = 14LL * 24 * 3600 * 1000;
constexpr int RecentHistoryRuns = 50;

constexpr const char *runColumns
    = "r.external_id, s.name, r.pipeline, r.status, r.started_at, r.finished_at, r.duration_ms, "
      "r.queued_ms, r.commit_sha, r.branch, r.attempt, r.url, src.name";

PipelineRun readRun(const Statement &q, int first = 0)
{
    PipelineRun run;
    run.externalId = q.text(first + 0);
    run.service = q.text(first + 1);
    run.pipeline = q.text(first + 2);
    run.status = RunStatus(q.int64(first + 3));
    run.startedAt = q.int64Or(first + 4, NoTime);
    run.finishedAt = q.int64Or(first + 5, NoTime);
    run.durationMs = q.int64Or(first + 6, -1);
    run.queuedMs = q.int64Or(first + 7, -1);
    run.commitSha = q.text(first + 8);
    run.branch = q.text(first + 9);
    run.attempt = int(q.int64Or(first + 10, 1));
    run.url = q.text(first + 11);
    run.source = q.text(first + 12);
    return run;
}

constexpr const char *deploymentColumns
    = "d.external_id, s.name, d.version, d.environment, d.deployed_at, d.status, d.commit_sha, "
      "d.url, src.name";

Deployment readDeployment(const Statement &q, int first = 0)
{
    Deployment d;
    d.externalId = q.text(first + 0);
    d.service = q.text(first + 1);
    d.version = q.text(first + 2);
    d.environment = q.text(first + 3);
    d.deployedAt = q.int64Or(first + 4, NoTime);
    d.status = DeploymentStatus(q.int64(first + 5));
    d.commitSha = q.text(first + 6);
    d.url = q.text(first + 7);
    d.source = q.text(first + 8);
    return d;
}

// The parts of a rollout and its analysis that are only ever read with it (schema 8), as JSON.
// Absent keys keep the defaults, so rows written before version 8 read as they did.
QString rolloutDetailsJson(const Rollout &r)
{
    QJsonObject o;
    if (!r.steps.isEmpty()) {
        QJsonArray steps;
        for (const RolloutStep &step : r.steps) {
            QJsonObject s {{u"k"_s, int(step.kind)}};
            if (step.weight >= 0)
                s.insert(u"w"_s, step.weight);
            if (!step.detail.isEmpty())
                s.insert(u"d"_s, step.detail);
            steps.append(s);
        }
        o.insert(u"steps"_s, steps);
    }
    const auto putInt = [&o](const QString &key, int value) {
        if (value >= 0)
            o.insert(key, value);
    };
    const auto putText = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    putInt(u"stableWeight"_s, r.stableWeight);
    putInt(u"iterations"_s, r.iterations);
    putInt(u"failedChecks"_s, r.failedChecks);
    putText(u"pauseReason"_s, r.pauseReason);
    putText(u"active"_s, r.activeSelector);
    putText(u"preview"_s, r.previewSelector);
    putText(u"location"_s, r.location);
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readRolloutDetails(const QString &json, Rollout &r)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &value : o.value(u"steps"_s).toArray()) {
        const QJsonObject s = value.toObject();
        r.steps.append({RolloutStepKind(s.value(u"k"_s).toInt()), s.value(u"w"_s).toInt(-1),
                        s.value(u"d"_s).toString()});
    }
    r.stableWeight = o.value(u"stableWeight"_s).toInt(-1);
    r.iterations = o.value(u"iterations"_s).toInt(-1);
    r.failedChecks = o.value(u"failedChecks"_s).toInt(-1);
    r.pauseReason = o.value(u"pauseReason"_s).toString();
    r.activeSelector = o.value(u"active"_s).toString();
    r.previewSelector = o.value(u"preview"_s).toString();
    r.location = o.value(u"location"_s).toString();
}

QString analysisDetailsJson(const AnalysisResult &a)
{
    QJsonObject o;
    if (!a.thresholdIsMaximum)
        o.insert(u"min"_s, true);
    if (a.hasThreshold)
        o.insert(u"bounded"_s, true);
    if (!a.condition.isEmpty())
        o.insert(u"condition"_s, a.condition);
    if (!a.measurements.isEmpty()) {
        QJsonArray measurements;
        for (const AnalysisMeasurement &m : a.measurements)
            measurements.append(QJsonArray {double(m.at), m.value, int(m.phase)});
        o.insert(u"m"_s, measurements);
    }
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readAnalysisDetails(const QString &json, AnalysisResult &a)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    a.thresholdIsMaximum = !o.value(u"min"_s).toBool();
    a.hasThreshold = o.value(u"bounded"_s).toBool();
    a.condition = o.value(u"condition"_s).toString();
    for (const QJsonValue &value : o.value(u"m"_s).toArray()) {
        const QJsonArray m = value.toArray();
        a.measurements.append(
            {EpochMs(m.at(0).toDouble()), m.at(1).toDouble(), AnalysisPhase(m.at(2).toInt())});
    }
}

constexpr const char *rolloutColumns
    = "o.id, o.external_id, s.name, o.version, o.strategy, o.step, o.step_count, o.weight, "
      "o.phase, o.message, o.updated_at, src.name, o.details";

Rollout readRollout(const Statement &q, qint64 *rowId)
{
    Rollout r;
    *rowId = q.int64(0);
    r.externalId = q.text(1);
    r.service = q.text(2);
    r.version = q.text(3);
    r.strategy = RolloutStrategy(q.int64(4));
    r.step = int(q.int64Or(5, 0));
    r.stepCount = int(q.int64Or(6, 0));
    r.weight = int(q.int64Or(7, -1));
    r.phase = RolloutPhase(q.int64(8));
    r.message = q.text(9);
    r.updatedAt = q.int64Or(10, NoTime);
    r.source = q.text(11);
    readRolloutDetails(q.text(12), r);
    return r;
}

// Reads the columns: external_id, consumer name, consumer_version, provider name,
// provider_version, result, verified_at, url, source name.
ContractVerification readVerification(const Statement &q)
{
    ContractVerification v;
    v.externalId = q.text(0);
    v.consumer = q.text(1);
    v.consumerVersion = q.text(2);
    v.provider = q.text(3);
    v.providerVersion = q.text(4);
    v.result = VerificationResult(q.int64(5));
    v.verifiedAt = q.int64Or(6, NoTime);
    v.url = q.text(7);
    v.source = q.text(8);
    return v;
}

void readAnalysis(Database &db, Rollout &rollout, qint64 rowId)
{
    Statement q(db,
                "SELECT metric, phase, value, threshold, details FROM rollout_analysis "
                "WHERE rollout_id = ? ORDER BY metric");
    q.bind(1, rowId);
    while (q.step()) {
        AnalysisResult result {q.text(0), AnalysisPhase(q.int64(1)), q.real(2), q.real(3)};
        readAnalysisDetails(q.text(4), result);
        rollout.analysis.append(std::move(result));
    }
}

void readRolloutHistory(Database &db, Rollout &rollout, qint64 rowId)
{
    Statement q(db,
                "SELECT at, step, weight, phase FROM rollout_history WHERE rollout_id = ? "
                "ORDER BY at");
    q.bind(1, rowId);
    while (q.step()) {
        rollout.history.append(
            {q.int64(0), int(q.int64Or(1, 0)), int(q.int64Or(2, -1)), RolloutPhase(q.int64(3))});
    }
}

constexpr const char *serviceColumns
    = "name, owner, system, tier, kind, repository, path_in_repo, default_branch, "
      "catalog_source_id IS NOT NULL, discovered";

Service readService(const Statement &q, int first = 0)
{
    Service s;
    s.name = q.text(first + 0);
    s.owner = q.text(first + 1);
    s.system = q.text(first + 2);
    s.tier = int(q.int64Or(first + 3, 0));
    s.kind = ServiceKind(q.int64(first + 4));
    s.repository = q.text(first + 5);
    s.pathInRepo = q.text(first + 6);
    s.defaultBranch = q.text(first + 7);
    s.inCatalog = q.int64(first + 8) != 0;
    s.discovered = q.int64(first + 9) != 0;
    return s;
}

QList<Dependency> readDependencies(Database &db)
{
    QList<Dependency> dependencies;
    Statement q(db,
                "SELECT c.name, p.name, d.kind, d.evidence, d.discovered FROM dependencies d "
                "JOIN services c ON c.id = d.consumer_id "
                "JOIN services p ON p.id = d.provider_id ORDER BY c.name, p.name, d.kind");
    while (q.step()) {
        Dependency d {q.text(0), q.text(1), DependencyKind(q.int64(2)), q.text(3), q.int64(4) != 0};
        // The same edge declared by two sources is one edge; the first evidence is kept.
        if (!dependencies.isEmpty()) {
            const Dependency &last = dependencies.constLast();
            if (last.consumer == d.consumer && last.provider == d.provider && last.kind == d.kind)
                continue;
        }
        dependencies.append(std::move(d));
    }
    return dependencies;
}

// A deferred read transaction, so every query of one snapshot sees the same database state.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db)
        : m_db(db)
    {
        m_db.exec("BEGIN");
    }
    ~ReadTransaction() { m_db.execIgnoringErrors("COMMIT"); }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
};

// Nearest-rank percentile of a sorted-in-place range: the smallest value with at least q of the
// values at or below it.
qint64 percentile(std::vector<qint64> &values, double q)
{
    if (values.empty())
        return -1;
    const auto rank = std::size_t(std::max(1.0, std::ceil(q * double(values.size())))) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(rank), values.end());
    return values[rank];
}

} // namespace

namespace {

// Reads the schema version without writing anything: a read-only connection never checkpoints
// or creates files when it closes, so a database from a newer Signalbox stays exactly as it is.
int peekSchemaVersion(const QString &path)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return 0;
    Database peek(path, Database::Mode::ReadOnly);
    return peek.userVersion();
}

} // namespace

Store::Store(const QString &path, Database::Mode mode)
    : m_db((void(checkNotNewer(path)), path), mode)
{
    if (mode == Database::Mode::ReadOnly) {
        const int version = m_db.userVersion();
        if (version < Migrations::CurrentVersion) {
            throw StoreError(
                StoreError::Kind::Failed, path,
                ModelsTr::tr("schema version %1 has not been upgraded yet").arg(version));
        }
        m_db.exec("PRAGMA foreign_keys = ON");
        return;
    }
    // Switching to WAL needs a moment alone with the file; when another connection is opening the
    // same new cache, SQLite answers "busy" at once instead of waiting, so wait here.
    for (int attempt = 0;; ++attempt) {
        try {
            m_db.exec("PRAGMA journal_mode = WAL");
            break;
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Busy || attempt >= 100)
                throw;
            QThread::msleep(50);
        }
    }
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA foreign_keys = ON");
    // temp_store stays at its default on purpose: with MEMORY, the statement journal every upsert
    // keeps was copied in memory page by page, which cost 40 % of the ingest rate.
    m_db.exec("PRAGMA cache_size = -65536");
    Migrations::upgrade(m_db);
}

void Store::checkNotNewer(const QString &path)
{
    const int version = peekSchemaVersion(path);
    if (version > Migrations::CurrentVersion) {
        throw StoreError(
            StoreError::Kind::NewerSchema, path,
            ModelsTr::tr("schema version %1, this build knows up to %2")
                .arg(QString::number(version), QString::number(Migrations::CurrentVersion)));
    }
}

int Store::schemaVersion()
{
    return m_db.userVersion();
}

qint64 Store::sourceId(const QString &name, const QString &kind)
{
    if (auto it = m_sourceIds.constFind(name); it != m_sourceIds.constEnd())
        return *it;
    Statement q(m_db,
                "INSERT INTO sources (name, kind) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET kind = CASE WHEN excluded.kind = '' "
                "THEN kind ELSE excluded.kind END RETURNING id");
    q.bind(1, name).bind(2, kind.isNull() ? QStringLiteral("") : kind);
    q.step();
    const qint64 id = q.int64(0);
    m_sourceIds.insert(name, id);
    return id;
}

qint64 Store::serviceId(const QString &name)
{
    if (auto it = m_serviceIds.constFind(name); it != m_serviceIds.constEnd())
        return *it;
    Statement q(m_db,
                "INSERT INTO services (name) VALUES (?) "
                "ON CONFLICT (name) DO UPDATE SET name = name RETURNING id");
    q.bind(1, name);
    q.step();
    const qint64 id = q.int64(0);
    m_serviceIds.insert(name, id);
    return id;
}

IngestCounts Store::ingest(const IngestBatch &batch, const SyncSuccess *success)
{
    IngestCounts counts;
    try {
        Transaction transaction(m_db);
        const qint64 source = sourceId(batch.source, batch.sourceKind);

        if (batch.replacesCatalog) {
            Statement clear(m_db,
                            "UPDATE services SET catalog_source_id = NULL, discovered = 0 "
                            "WHERE catalog_source_id = ?");
            clear.bind(1, source).run();
        }
        if (!batch.services.isEmpty()) {
            Statement q(
                m_db,
                // What a batch leaves empty is "not stated": it keeps what another source
                // (the workspace's catalog, usually) said.
                "INSERT INTO services (name, owner, system, tier, kind, repository, path_in_repo, "
                "default_branch, catalog_source_id, discovered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                "?7, "
                "ifnull(?8, 'main'), ?9, ?10) ON CONFLICT (name) DO UPDATE SET "
                "owner = ifnull(?2, owner), system = ifnull(?3, system), tier = ifnull(?4, tier), "
                "kind = CASE WHEN ?5 = 0 THEN kind ELSE ?5 END, "
                "repository = ifnull(?6, repository), path_in_repo = ifnull(?7, path_in_repo), "
                "default_branch = ifnull(?8, default_branch), catalog_source_id = ?9, "
                "discovered = ?10");
            const auto textOrNull = [](const QString &text) {
                return text.isEmpty() ? QString() : text;
            };
            for (const Service &s : batch.services) {
                if (s.name.isEmpty())
                    continue;
                q.bind(1, s.name).bind(2, textOrNull(s.owner)).bind(3, textOrNull(s.system));
                q.bindOptional(4, s.tier, 0).bind(5, int(s.kind)).bind(6, textOrNull(s.repository));
                q.bind(7, textOrNull(s.pathInRepo)).bind(8, textOrNull(s.defaultBranch));
                q.bind(9, source).bind(10, int(s.discovered));
                q.run();
                ++counts.services;
            }
        }

        if (batch.replacesDependencies) {
            Statement clear(m_db, "DELETE FROM dependencies WHERE source_id = ?");
            clear.bind(1, source).run();
        }
        if (!batch.dependencies.isEmpty()) {
            Statement q(m_db,
                        "INSERT INTO dependencies (consumer_id, provider_id, kind, source_id, "
                        "evidence, discovered) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE "
                        "SET evidence = excluded.evidence, discovered = excluded.discovered");
            for (const Dependency &d : batch.dependencies) {
                if (d.consumer.isEmpty() || d.provider.isEmpty()) {
                    qCWarning(lcStore)
                        << "skipping a dependency without both ends from" << batch.source;
                    continue;
                }
                q.bind(1, serviceId(d.consumer)).bind(2, serviceId(d.provider));
                q.bind(3, int(d.kind)).bind(4, source).bind(5, d.evidence);
                q.bind(6, int(d.discovered));
                q.run();
                ++counts.dependencies;
            }
        }

        if (!batch.runs.isEmpty()) {
            // Writing in time order keeps the time-ordered indexes appending at their right edge
            // instead of splitting pages all over the tree.
            std::vector<const PipelineRun *> ordered;
            ordered.reserve(std::size_t(batch.runs.size()));
            for (const PipelineRun &run : batch.runs)
                ordered.push_back(&run);
            std::stable_sort(ordered.begin(), ordered.end(), [](const auto *a, const auto *b) {
                return a->startedAt < b->startedAt;
            });
            // Insert-or-ignore first, update only the rows that already existed. An upsert would
            // make SQLite keep a statement journal for every row, copying each already-dirty page
            // of a long transaction: a million-row ingest ran at a quarter of the speed.
            Statement insert(m_db,
                             "INSERT OR IGNORE INTO pipeline_runs (source_id, external_id, "
                             "service_id, pipeline, status, started_at, finished_at, duration_ms, "
                             "queued_ms, commit_sha, branch, attempt, url) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
            Statement update(
                m_db,
                "UPDATE pipeline_runs SET service_id = ?3, pipeline = ?4, status = ?5, "
                "started_at = ?6, finished_at = ?7, duration_ms = ?8, queued_ms = ?9, "
                "commit_sha = ?10, branch = ?11, attempt = ?12, url = ?13 "
                "WHERE source_id = ?1 AND external_id = ?2");
            const auto bindRun = [&](Statement &q, const PipelineRun &run) {
                q.bind(1, source).bind(2, run.externalId).bind(3, serviceId(run.service));
                q.bind(4, run.pipeline).bind(5, int(run.status));
                q.bindOptional(6, run.startedAt, NoTime).bindOptional(7, run.finishedAt, NoTime);
                q.bindOptional(8, run.durationMs, -1).bindOptional(9, run.queuedMs, -1);
                q.bind(10, run.commitSha).bind(11, run.branch).bind(12, run.attempt);
                q.bind(13, run.url);
            };
            for (const PipelineRun *run : ordered) {
                // OR IGNORE would also swallow a NULL in a NOT NULL column: refuse those here.
                if (run->externalId.isEmpty() || run->service.isEmpty()) {
                    qCWarning(lcStore)
                        << "skipping a run without id or service from" << batch.source;
                    continue;
                }
                bindRun(insert, *run);
                insert.run();
                if (m_db.changes() == 0) {
                    bindRun(update, *run);
                    update.run();
                }
                ++counts.runs;
            }
        }

        if (!batch.jobs.isEmpty()) {
            Statement runRow(
                m_db, "SELECT id FROM pipeline_runs WHERE source_id = ? AND external_id = ?");
            Statement q(m_db,
                        "INSERT INTO pipeline_jobs (source_id, external_id, run_id, name, stage, "
                        "status, started_at, finished_at, duration_ms, queued_ms, url) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (source_id, external_id) DO UPDATE SET "
                        "run_id = excluded.run_id, name = excluded.name, stage = excluded.stage, "
                        "status = excluded.status, started_at = excluded.started_at, "
                        "finished_at = excluded.finished_at, duration_ms = excluded.duration_ms, "
                        "queued_ms = excluded.queued_ms, url = excluded.url");
            for (const PipelineJob &job : batch.jobs) {
                if (job.externalId.isEmpty() || job.runExternalId.isEmpty()) {
                    qCWarning(lcStore) << "skipping a job without id or run from" << batch.source;
                    continue;
                }
                runRow.bind(1, source).bind(2, job.runExternalId);
                if (!runRow.step()) {
                    runRow.reset();
                    qCWarning(lcStore) << "skipping a job of an unknown run from" << batch.source;
                    continue;
                }
                const qint64 runId = runRow.int64(0);
                runRow.reset();
                q.bind(1, source).bind(2, job.externalId).bind(3, runId).bind(4, job.name);
                q.bind(5, job.stage).bind(6, int(job.status));
                q.bindOptional(7, job.startedAt, NoTime).bindOptional(8, job.finishedAt, NoTime);
                q.bindOptional(9, job.durationMs, -1).bindOptional(10, job.queuedMs, -1);
                q.bind(11, job.url);
                q.run();
                ++counts.jobs;
            }
        }

        if (!batch.environments.isEmpty()) {
            Statement q(m_db,
                        "INSERT INTO environments (source_id, external_id, service_id, name, url, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (source_id, external_id) DO UPDATE SET "
                        "service_id = excluded.service_id, name = excluded.name, "
                        "url = excluded.url, updated_at = excluded.updated_at");
            for (const DeployEnvironment &e : batch.environments) {
                if (e.externalId.isEmpty() || e.service.isEmpty() || e.name.isEmpty()) {
                    qCWarning(lcStore) << "skipping an environment without id, service or name from"
                                       << batch.source;
                    continue;
                }
                q.bind(1, source).bind(2, e.externalId).bind(3, serviceId(e.service));
                q.bind(4, e.name).bind(5, e.url).bindOptional(6, e.updatedAt, NoTime);
                q.run();
                ++counts.environments;
            }
        }

        if (!batch.deployments.isEmpty()) {
            // The same insert-then-update as for runs, for the same reason.
            Statement insert(
                m_db,
                "INSERT OR IGNORE INTO deployments (source_id, external_id, "
                "service_id, version, environment, deployed_at, status, commit_sha, url) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            Statement update(
                m_db,
                "UPDATE deployments SET service_id = ?3, version = ?4, environment = ?5, "
                "deployed_at = ?6, status = ?7, commit_sha = ?8, url = ?9 "
                "WHERE source_id = ?1 AND external_id = ?2");
            const auto bindDeployment = [&](Statement &q, const Deployment &d) {
                q.bind(1, source).bind(2, d.externalId).bind(3, serviceId(d.service));
                q.bind(4, d.version).bind(5, d.environment).bindOptional(6, d.deployedAt, NoTime);
                q.bind(7, int(d.status)).bind(8, d.commitSha).bind(9, d.url);
            };
            for (const Deployment &d : batch.deployments) {
                if (d.externalId.isEmpty() || d.service.isEmpty()) {
                    qCWarning(lcStore)
                        << "skipping a deployment without id or service from" << batch.source;
                    continue;
                }
                bindDeployment(insert, d);
                insert.run();
                if (m_db.changes() == 0) {
                    bindDeployment(update, d);
                    update.run();
                }
                ++counts.deployments;
            }
        }

        if (!batch.rollouts.isEmpty()) {
            Statement previous(m_db,
                               "SELECT id, step, weight, phase FROM rollouts "
                               "WHERE source_id = ? AND external_id = ?");
            Statement q(m_db,
                        "INSERT INTO rollouts (source_id, external_id, service_id, version, "
                        "strategy, step, step_count, weight, phase, message, updated_at, details) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (source_id, external_id) DO UPDATE SET "
                        "service_id = excluded.service_id, version = excluded.version, "
                        "strategy = excluded.strategy, step = excluded.step, "
                        "step_count = excluded.step_count, weight = excluded.weight, "
                        "phase = excluded.phase, message = excluded.message, "
                        "updated_at = excluded.updated_at, details = excluded.details "
                        "RETURNING id");
            Statement clearAnalysis(m_db, "DELETE FROM rollout_analysis WHERE rollout_id = ?");
            Statement addAnalysis(m_db,
                                  "INSERT INTO rollout_analysis (rollout_id, metric, phase, "
                                  "value, threshold, details) VALUES (?, ?, ?, ?, ?, ?) ON "
                                  "CONFLICT DO UPDATE SET phase = excluded.phase, "
                                  "value = excluded.value, threshold = excluded.threshold, "
                                  "details = excluded.details");
            Statement addHistory(m_db,
                                 "INSERT OR REPLACE INTO rollout_history (rollout_id, at, step, "
                                 "weight, phase) VALUES (?, ?, ?, ?, ?)");
            Statement keepHistory(m_db,
                                  "INSERT OR IGNORE INTO rollout_history (rollout_id, at, step, "
                                  "weight, phase) VALUES (?, ?, ?, ?, ?)");
            const EpochMs ingestedAt = QDateTime::currentMSecsSinceEpoch();
            for (const Rollout &r : batch.rollouts) {
                if (r.externalId.isEmpty() || r.service.isEmpty()) {
                    qCWarning(lcStore)
                        << "skipping a rollout without id or service from" << batch.source;
                    continue;
                }
                // A change of step, weight or phase is a point on the progression chart; the
                // same state written again (a resync, a watch event about something else) is not.
                previous.bind(1, source).bind(2, r.externalId);
                bool moved = true;
                if (previous.step()) {
                    moved = int(previous.int64Or(1, 0)) != r.step
                        || int(previous.int64Or(2, -1)) != r.weight
                        || RolloutPhase(previous.int64(3)) != r.phase;
                }
                previous.reset();

                q.bind(1, source).bind(2, r.externalId).bind(3, serviceId(r.service));
                q.bind(4, r.version).bind(5, int(r.strategy)).bindOptional(6, r.step, 0);
                q.bindOptional(7, r.stepCount, 0).bindOptional(8, r.weight, -1);
                q.bind(9, int(r.phase)).bind(10, r.message).bindOptional(11, r.updatedAt, NoTime);
                q.bind(12, rolloutDetailsJson(r));
                q.step();
                const qint64 rowId = q.int64(0);
                q.run(); // finishes the RETURNING statement and resets it
                clearAnalysis.bind(1, rowId).run();
                for (const AnalysisResult &a : r.analysis) {
                    addAnalysis.bind(1, rowId).bind(2, a.metric).bind(3, int(a.phase));
                    addAnalysis.bind(4, a.value).bind(5, a.threshold);
                    addAnalysis.bind(6, analysisDetailsJson(a)).run();
                }
                // Transitions the source itself knows of; the store's own points win a tie.
                for (const RolloutProgress &p : r.history) {
                    if (p.at == NoTime)
                        continue;
                    keepHistory.bind(1, rowId).bind(2, p.at).bindOptional(3, p.step, 0);
                    keepHistory.bindOptional(4, p.weight, -1).bind(5, int(p.phase)).run();
                }
                if (moved) {
                    addHistory.bind(1, rowId).bind(
                        2, r.updatedAt != NoTime ? r.updatedAt : ingestedAt);
                    addHistory.bindOptional(3, r.step, 0).bindOptional(4, r.weight, -1);
                    addHistory.bind(5, int(r.phase)).run();
                }
                ++counts.rollouts;
            }
        }

        if (!batch.verifications.isEmpty()) {
            Statement q(m_db,
                        "INSERT INTO contract_verifications (source_id, external_id, "
                        "consumer_id, consumer_version, provider_id, provider_version, result, "
                        "verified_at, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (source_id, external_id) DO UPDATE SET "
                        "consumer_id = excluded.consumer_id, "
                        "consumer_version = excluded.consumer_version, "
                        "provider_id = excluded.provider_id, "
                        "provider_version = excluded.provider_version, "
                        "result = excluded.result, verified_at = excluded.verified_at, "
                        "url = excluded.url");
            for (const ContractVerification &v : batch.verifications) {
                if (v.externalId.isEmpty() || v.consumer.isEmpty() || v.provider.isEmpty()) {
                    qCWarning(lcStore)
                        << "skipping a verification without id, consumer or provider from"
                        << batch.source;
                    continue;
                }
                q.bind(1, source).bind(2, v.externalId).bind(3, serviceId(v.consumer));
                q.bind(4, v.consumerVersion)
                    .bind(5, serviceId(v.provider))
                    .bind(6, v.providerVersion);
                q.bind(7, int(v.result)).bindOptional(8, v.verifiedAt, NoTime).bind(9, v.url);
                q.run();
                ++counts.verifications;
            }
        }

        if (!batch.flags.isEmpty()) {
            Statement q(m_db,
                        "INSERT INTO flag_states (source_id, flag_key, environment, enabled, "
                        "service_id, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO UPDATE SET enabled = excluded.enabled, "
                        "service_id = excluded.service_id, updated_at = excluded.updated_at");
            for (const FlagState &f : batch.flags) {
                if (f.key.isEmpty() || f.environment.isEmpty()) {
                    qCWarning(lcStore)
                        << "skipping a flag without key or environment from" << batch.source;
                    continue;
                }
                q.bind(1, source).bind(2, f.key).bind(3, f.environment).bind(4, f.enabled ? 1 : 0);
                if (f.service.isEmpty())
                    q.bindNull(5);
                else
                    q.bind(5, serviceId(f.service));
                q.bindOptional(6, f.updatedAt, NoTime);
                q.run();
                ++counts.flags;
            }
        }

        if (!batch.incidents.isEmpty()) {
            Statement q(m_db,
                        "INSERT INTO incidents (source_id, external_id, service_id, title, "
                        "created_at, resolved_at, root_cause_commit, url) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (source_id, external_id) DO UPDATE SET "
                        "service_id = excluded.service_id, title = excluded.title, "
                        "created_at = excluded.created_at, resolved_at = excluded.resolved_at, "
                        "root_cause_commit = excluded.root_cause_commit, url = excluded.url");
            for (const Incident &i : batch.incidents) {
                if (i.externalId.isEmpty()) {
                    qCWarning(lcStore) << "skipping an incident without id from" << batch.source;
                    continue;
                }
                q.bind(1, source).bind(2, i.externalId);
                if (i.service.isEmpty())
                    q.bindNull(3);
                else
                    q.bind(3, serviceId(i.service));
                q.bind(4, i.title).bindOptional(5, i.createdAt, NoTime);
                q.bindOptional(6, i.resolvedAt, NoTime).bind(7, i.rootCauseCommit).bind(8, i.url);
                q.run();
                ++counts.incidents;
            }
        }

        if (batch.replacesCatalog) {
            // A service the catalog no longer names (removed, or a discovered one a person hid)
            // goes when nothing else refers to it; with runs or deployments of its own it stays,
            // shown as undeclared, because that data is real.
            Statement sweep(
                m_db,
                "DELETE FROM services WHERE catalog_source_id IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM dependencies WHERE consumer_id = services.id "
                "OR provider_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM pipeline_runs WHERE service_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM deployments WHERE service_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM rollouts WHERE service_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM contract_verifications WHERE "
                "consumer_id = services.id OR provider_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM flag_states WHERE service_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM incidents WHERE service_id = services.id) "
                "AND NOT EXISTS (SELECT 1 FROM environments WHERE service_id = services.id)");
            sweep.run();
            if (m_db.changes() > 0)
                m_serviceIds.clear();
        }

        if (success)
            writeSyncSuccess(source, *success);
        transaction.commit();
    } catch (...) {
        // Ids handed out inside the rolled-back transaction no longer exist.
        m_serviceIds.clear();
        m_sourceIds.clear();
        throw;
    }
    return counts;
}

SnapshotPtr Store::readSnapshot()
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->takenAt = QDateTime::currentMSecsSinceEpoch();
    ReadTransaction read(m_db);

    QHash<qint64, int> rowOfService;
    {
        const QByteArray sql
            = QByteArray("SELECT id, ") + serviceColumns + " FROM services ORDER BY name";
        Statement q(m_db, sql.constData());
        while (q.step()) {
            ServiceState state;
            state.service = readService(q, 1);
            rowOfService.insert(q.int64(0), int(snapshot->services.size()));
            snapshot->services.append(std::move(state));
        }
    }
    {
        const QByteArray sql = QByteArray("SELECT s.id, ") + runColumns
            + " FROM services s JOIN pipeline_runs r ON r.id = (SELECT id FROM pipeline_runs "
              "WHERE service_id = s.id AND branch = s.default_branch "
              "ORDER BY started_at DESC, id DESC LIMIT 1) JOIN sources src ON src.id = r.source_id";
        Statement q(m_db, sql.constData());
        while (q.step()) {
            if (const int row = rowOfService.value(q.int64(0), -1); row >= 0)
                snapshot->services[row].lastRun = readRun(q, 1);
        }
    }
    {
        const QByteArray sql = QByteArray("SELECT s.id, ") + deploymentColumns
            + " FROM (SELECT DISTINCT service_id, environment FROM deployments) latest "
              "JOIN deployments d ON d.id = (SELECT id FROM deployments WHERE service_id = "
              "latest.service_id AND environment IS latest.environment "
              "ORDER BY deployed_at DESC, id DESC LIMIT 1) "
              "JOIN services s ON s.id = d.service_id JOIN sources src ON src.id = d.source_id "
              "ORDER BY d.deployed_at DESC";
        Statement q(m_db, sql.constData());
        while (q.step()) {
            if (const int row = rowOfService.value(q.int64(0), -1); row >= 0)
                snapshot->services[row].latestDeployments.append(readDeployment(q, 1));
        }
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + rolloutColumns
            + ", s.id FROM services s JOIN rollouts o ON o.id = (SELECT id FROM rollouts WHERE "
              "service_id = s.id ORDER BY updated_at DESC, id DESC LIMIT 1) "
              "JOIN sources src ON src.id = o.source_id";
        Statement q(m_db, sql.constData());
        while (q.step()) {
            qint64 rowId = 0;
            Rollout rollout = readRollout(q, &rowId);
            readAnalysis(m_db, rollout, rowId);
            if (const int row = rowOfService.value(q.int64(13), -1); row >= 0)
                snapshot->services[row].latestRollout = std::move(rollout);
        }
    }
    {
        // The analysis needs each service's recent history on its default branch: when it went
        // red, whether its own commit changed, whether reruns flipped. One indexed walk per
        // service reads only the rows that are kept.
        const QByteArray sql = QByteArray("SELECT ") + runColumns
            + " FROM pipeline_runs r JOIN services s ON s.id = r.service_id "
              "JOIN sources src ON src.id = r.source_id "
              "WHERE r.service_id = ?1 AND r.started_at >= ?2 AND r.branch = ?3 "
              "ORDER BY r.started_at DESC, r.id DESC LIMIT ?4";
        Statement q(m_db, sql.constData());
        for (auto it = rowOfService.cbegin(); it != rowOfService.cend(); ++it) {
            ServiceState &state = snapshot->services[it.value()];
            q.bind(1, it.key()).bind(2, snapshot->takenAt - RecentHistoryMs);
            q.bind(3, state.service.defaultBranch).bind(4, RecentHistoryRuns);
            while (q.step())
                state.recentMainRuns.append(readRun(q));
        }
    }
    {
        Statement q(
            m_db,
            "SELECT v.external_id, c.name, v.consumer_version, p.name, v.provider_version, "
            "v.result, v.verified_at, v.url, src.name FROM contract_verifications v "
            "JOIN services c ON c.id = v.consumer_id JOIN services p ON p.id = v.provider_id "
            "JOIN sources src ON src.id = v.source_id "
            "WHERE v.id = (SELECT id FROM contract_verifications w WHERE "
            "w.consumer_id = v.consumer_id AND w.provider_id = v.provider_id AND "
            "w.consumer_version IS v.consumer_version AND w.provider_version IS v.provider_version "
            "ORDER BY w.verified_at DESC, w.id DESC LIMIT 1)");
        while (q.step())
            snapshot->verifications.append(readVerification(q));
    }
    snapshot->dependencies = readDependencies(m_db);
    {
        Statement q(m_db,
                    "SELECT name, kind, last_attempt_at, last_success_at, last_error, "
                    "last_error_at, rate_limit_remaining, cursor, failure_count, "
                    "next_attempt_at, rate_limit_reset_at FROM sources ORDER BY name");
        while (q.step()) {
            SourceHealth h;
            h.source = q.text(0);
            h.kind = q.text(1);
            h.lastAttemptAt = q.int64Or(2, NoTime);
            h.lastSuccessAt = q.int64Or(3, NoTime);
            h.lastError = q.text(4);
            h.lastErrorAt = q.int64Or(5, NoTime);
            h.rateLimitRemaining = int(q.int64Or(6, -1));
            h.cursor = q.text(7);
            h.failureCount = int(q.int64Or(8, 0));
            h.nextAttemptAt = q.int64Or(9, NoTime);
            h.rateLimitResetAt = q.int64Or(10, NoTime);
            snapshot->sources.append(std::move(h));
        }
    }
    snapshot->rebuildIndex();
    return snapshot;
}

ServiceDetails Store::readServiceDetails(const QString &serviceName, int limit)
{
    ServiceDetails details;
    ReadTransaction read(m_db);
    qint64 id = -1;
    {
        Statement q(m_db,
                    "SELECT id, name, owner, system, tier, kind, repository, path_in_repo, "
                    "default_branch, catalog_source_id IS NOT NULL, discovered FROM services "
                    "WHERE name = ?");
        q.bind(1, serviceName);
        if (!q.step())
            return details;
        id = q.int64(0);
        Service &s = details.service;
        s.name = q.text(1);
        s.owner = q.text(2);
        s.system = q.text(3);
        s.tier = int(q.int64Or(4, 0));
        s.kind = ServiceKind(q.int64(5));
        s.repository = q.text(6);
        s.pathInRepo = q.text(7);
        s.defaultBranch = q.text(8);
        s.inCatalog = q.int64(9) != 0;
        s.discovered = q.int64(10) != 0;
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + runColumns
            + " FROM pipeline_runs r JOIN services s ON s.id = r.service_id "
              "JOIN sources src ON src.id = r.source_id WHERE r.service_id = ? "
              "ORDER BY r.started_at DESC, r.id DESC LIMIT ?";
        Statement q(m_db, sql.constData());
        q.bind(1, id).bind(2, limit);
        while (q.step())
            details.recentRuns.append(readRun(q));
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + deploymentColumns
            + " FROM deployments d JOIN services s ON s.id = d.service_id "
              "JOIN sources src ON src.id = d.source_id WHERE d.service_id = ? "
              "ORDER BY d.deployed_at DESC, d.id DESC LIMIT ?";
        Statement q(m_db, sql.constData());
        q.bind(1, id).bind(2, limit);
        while (q.step())
            details.recentDeployments.append(readDeployment(q));
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + deploymentColumns
            + " FROM (SELECT DISTINCT environment FROM deployments WHERE service_id = ?1) latest "
              "JOIN deployments d ON d.id = (SELECT id FROM deployments WHERE service_id = ?1 "
              "AND environment IS latest.environment ORDER BY deployed_at DESC, id DESC LIMIT 1) "
              "JOIN services s ON s.id = d.service_id JOIN sources src ON src.id = d.source_id "
              "ORDER BY d.deployed_at DESC";
        Statement q(m_db, sql.constData());
        q.bind(1, id);
        while (q.step())
            details.latestDeployments.append(readDeployment(q));
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + rolloutColumns
            + " FROM rollouts o JOIN services s ON s.id = o.service_id "
              "JOIN sources src ON src.id = o.source_id WHERE o.service_id = ? "
              "ORDER BY o.updated_at DESC, o.id DESC LIMIT ?";
        Statement q(m_db, sql.constData());
        q.bind(1, id).bind(2, limit);
        while (q.step()) {
            qint64 rowId = 0;
            Rollout rollout = readRollout(q, &rowId);
            readAnalysis(m_db, rollout, rowId);
            readRolloutHistory(m_db, rollout, rowId);
            details.recentRollouts.append(std::move(rollout));
        }
    }
    {
        Statement q(
            m_db,
            "SELECT v.external_id, c.name, v.consumer_version, p.name, "
            "v.provider_version, v.result, v.verified_at, v.url, src.name "
            "FROM contract_verifications v JOIN services c ON c.id = v.consumer_id "
            "JOIN services p ON p.id = v.provider_id JOIN sources src ON src.id = v.source_id "
            "WHERE v.consumer_id = ?1 OR v.provider_id = ?1 "
            "ORDER BY v.verified_at DESC, v.id DESC LIMIT ?2");
        q.bind(1, id).bind(2, limit);
        while (q.step())
            details.recentVerifications.append(readVerification(q));
    }
    readContracts(details, id, limit);
    return details;
}

void Store::readContracts(ServiceDetails &details, qint64 serviceId, int versionLimit)
{
    // A pact the broker holds is a contract before anyone verifies it, so the broker's declared
    // dependencies count; other sources' dependencies are only calls, not contracts.
    Statement pairs(m_db,
                    "SELECT pair.consumer_id, pair.provider_id, c.name, p.name FROM ("
                    "SELECT consumer_id, provider_id FROM contract_verifications "
                    "WHERE consumer_id = ?1 OR provider_id = ?1 UNION "
                    "SELECT d.consumer_id, d.provider_id FROM dependencies d "
                    "JOIN sources src ON src.id = d.source_id WHERE src.kind = 'pact-broker' "
                    "AND (d.consumer_id = ?1 OR d.provider_id = ?1)) pair "
                    "JOIN services c ON c.id = pair.consumer_id "
                    "JOIN services p ON p.id = pair.provider_id ORDER BY c.name, p.name");
    pairs.bind(1, serviceId);
    Statement history(m_db,
                      "SELECT v.external_id, c.name, v.consumer_version, p.name, "
                      "v.provider_version, v.result, v.verified_at, v.url, src.name "
                      "FROM contract_verifications v JOIN services c ON c.id = v.consumer_id "
                      "JOIN services p ON p.id = v.provider_id "
                      "JOIN sources src ON src.id = v.source_id "
                      "WHERE v.consumer_id = ?1 AND v.provider_id = ?2 "
                      "ORDER BY v.verified_at DESC, v.id DESC LIMIT ?3");
    while (pairs.step()) {
        ContractPair pair;
        pair.consumer = pairs.text(2);
        pair.provider = pairs.text(3);
        history.bind(1, pairs.int64(0))
            .bind(2, pairs.int64(1))
            .bind(3, ServiceDetails::ContractHistoryPerPair);
        QSet<std::pair<QString, QString>> seen;
        while (history.step()) {
            ContractVerification v = readVerification(history);
            if (seen.contains({v.consumerVersion, v.providerVersion}))
                continue;
            seen.insert({v.consumerVersion, v.providerVersion});
            pair.verifications.append(std::move(v));
        }
        details.contracts.append(std::move(pair));
    }

    Statement versions(m_db,
                       "SELECT version, MAX(at) AS newest FROM ("
                       "SELECT version, deployed_at AS at FROM deployments WHERE service_id = ?1 "
                       "UNION ALL SELECT consumer_version, verified_at FROM contract_verifications "
                       "WHERE consumer_id = ?1 "
                       "UNION ALL SELECT provider_version, verified_at FROM contract_verifications "
                       "WHERE provider_id = ?1) WHERE version IS NOT NULL AND version <> '' "
                       "GROUP BY version ORDER BY newest DESC, version DESC LIMIT ?2");
    versions.bind(1, serviceId).bind(2, versionLimit);
    while (versions.step())
        details.knownVersions.append(versions.text(0));

    Statement environments(m_db,
                           "SELECT DISTINCT environment FROM deployments "
                           "WHERE environment IS NOT NULL AND environment <> '' "
                           "ORDER BY environment");
    while (environments.step())
        details.knownEnvironments.append(environments.text(0));
}

QList<BuildStats> Store::buildStats(EpochMs since)
{
    struct Accumulator
    {
        int runs = 0;
        int failed = 0;
        std::vector<qint64> durations;
    };
    QHash<qint64, Accumulator> byService;
    QHash<qint64, QString> names;
    ReadTransaction read(m_db);
    {
        // Only finished runs count: a cancelled or skipped run says nothing about build time.
        Statement q(m_db,
                    "SELECT service_id, status, duration_ms FROM pipeline_runs "
                    "WHERE started_at >= ? AND status IN (?, ?)");
        q.bind(1, since).bind(2, int(RunStatus::Succeeded)).bind(3, int(RunStatus::Failed));
        while (q.step()) {
            Accumulator &acc = byService[q.int64(0)];
            ++acc.runs;
            if (RunStatus(q.int64(1)) == RunStatus::Failed)
                ++acc.failed;
            if (!q.isNull(2))
                acc.durations.push_back(q.int64(2));
        }
    }
    {
        Statement q(m_db, "SELECT id, name FROM services");
        while (q.step())
            names.insert(q.int64(0), q.text(1));
    }
    QList<BuildStats> result;
    result.reserve(byService.size());
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        BuildStats stats;
        stats.service = names.value(it.key());
        stats.runs = it->runs;
        stats.failed = it->failed;
        stats.failureRate = it->runs > 0 ? double(it->failed) / double(it->runs) : 0.0;
        stats.p50DurationMs = percentile(it->durations, 0.5);
        stats.p90DurationMs = percentile(it->durations, 0.9);
        result.append(std::move(stats));
    }
    std::sort(result.begin(), result.end(),
              [](const BuildStats &a, const BuildStats &b) { return a.service < b.service; });
    return result;
}

SourceHealth Store::sourceHealth(const QString &source)
{
    SourceHealth h;
    h.source = source;
    Statement q(m_db,
                "SELECT kind, last_attempt_at, last_success_at, last_error, last_error_at, "
                "rate_limit_remaining, cursor, failure_count, next_attempt_at, "
                "rate_limit_reset_at FROM sources WHERE name = ?");
    q.bind(1, source);
    if (q.step()) {
        h.kind = q.text(0);
        h.lastAttemptAt = q.int64Or(1, NoTime);
        h.lastSuccessAt = q.int64Or(2, NoTime);
        h.lastError = q.text(3);
        h.lastErrorAt = q.int64Or(4, NoTime);
        h.rateLimitRemaining = int(q.int64Or(5, -1));
        h.cursor = q.text(6);
        h.failureCount = int(q.int64Or(7, 0));
        h.nextAttemptAt = q.int64Or(8, NoTime);
        h.rateLimitResetAt = q.int64Or(9, NoTime);
    }
    return h;
}

HttpValidators Store::httpValidators(const QString &source)
{
    HttpValidators validators;
    Statement q(m_db,
                "SELECT v.url, v.etag, v.last_modified FROM http_validators v "
                "JOIN sources s ON s.id = v.source_id WHERE s.name = ?");
    q.bind(1, source);
    while (q.step())
        validators.insert(q.text(0), HttpValidator {q.text(1), q.text(2)});
    return validators;
}

void Store::recordSyncAttempt(const QString &source, const QString &kind, EpochMs at)
{
    const qint64 id = sourceId(source, kind);
    Statement q(m_db, "UPDATE sources SET last_attempt_at = ? WHERE id = ?");
    q.bind(1, at).bind(2, id).run();
}

void Store::recordSyncSuccess(const QString &source, const SyncSuccess &success)
{
    Transaction transaction(m_db);
    writeSyncSuccess(sourceId(source, {}), success);
    transaction.commit();
}

void Store::recordSyncSuccess(const QString &source, EpochMs at, const QString &cursor,
                              int rateLimitRemaining)
{
    SyncSuccess success;
    success.at = at;
    success.cursor = cursor;
    success.rateLimitRemaining = rateLimitRemaining;
    success.validators = httpValidators(source);
    recordSyncSuccess(source, success);
}

void Store::writeSyncSuccess(qint64 sourceRowId, const SyncSuccess &success)
{
    Statement q(m_db,
                "UPDATE sources SET last_success_at = ?, cursor = ?, rate_limit_remaining = ?, "
                "rate_limit_reset_at = ?, last_error = NULL, last_error_at = NULL, "
                "failure_count = 0, next_attempt_at = NULL WHERE id = ?");
    q.bind(1, success.at).bind(2, success.cursor).bindOptional(3, success.rateLimitRemaining, -1);
    q.bindOptional(4, success.rateLimitResetAt, NoTime).bind(5, sourceRowId).run();
    Statement clear(m_db, "DELETE FROM http_validators WHERE source_id = ?");
    clear.bind(1, sourceRowId).run();
    Statement add(m_db,
                  "INSERT INTO http_validators (source_id, url, etag, last_modified) "
                  "VALUES (?, ?, ?, ?)");
    for (auto it = success.validators.cbegin(); it != success.validators.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        add.bind(1, sourceRowId).bind(2, it.key()).bind(3, it.value().etag);
        add.bind(4, it.value().lastModified).run();
    }
}

void Store::recordSyncFailure(const QString &source, EpochMs at, const QString &error,
                              EpochMs nextAttemptAt, int rateLimitRemaining,
                              EpochMs rateLimitResetAt)
{
    const qint64 id = sourceId(source, {});
    Statement q(m_db,
                "UPDATE sources SET last_error = ?, last_error_at = ?, "
                "failure_count = failure_count + 1, next_attempt_at = ?, "
                "rate_limit_remaining = CASE WHEN ? < 0 THEN rate_limit_remaining ELSE ? END, "
                "rate_limit_reset_at = ifnull(?, rate_limit_reset_at) WHERE id = ?");
    q.bind(1, error).bind(2, at).bindOptional(3, nextAttemptAt, NoTime);
    q.bind(4, rateLimitRemaining).bind(5, rateLimitRemaining);
    q.bindOptional(6, rateLimitResetAt, NoTime).bind(7, id).run();
}

bool Store::hasRun(const QString &source, const QString &runExternalId)
{
    Statement q(m_db,
                "SELECT 1 FROM pipeline_runs r JOIN sources s ON s.id = r.source_id "
                "WHERE s.name = ? AND r.external_id = ?");
    q.bind(1, source).bind(2, runExternalId);
    return q.step();
}

QList<PipelineJob> Store::readJobs(const QString &source, const QString &runExternalId)
{
    QList<PipelineJob> jobs;
    Statement q(m_db,
                "SELECT j.external_id, r.external_id, j.name, j.stage, j.status, j.started_at, "
                "j.finished_at, j.duration_ms, j.queued_ms, j.url FROM pipeline_jobs j "
                "JOIN pipeline_runs r ON r.id = j.run_id JOIN sources s ON s.id = j.source_id "
                // A null QString binds NULL, and NULL = '' is never true.
                "WHERE s.name = ?1 AND (ifnull(?2, '') = '' OR r.external_id = ?2) ORDER BY j.id");
    q.bind(1, source).bind(2, runExternalId);
    while (q.step()) {
        PipelineJob job;
        job.externalId = q.text(0);
        job.runExternalId = q.text(1);
        job.name = q.text(2);
        job.stage = q.text(3);
        job.status = RunStatus(q.int64Or(4, 0));
        job.startedAt = q.int64Or(5, NoTime);
        job.finishedAt = q.int64Or(6, NoTime);
        job.durationMs = q.int64Or(7, -1);
        job.queuedMs = q.int64Or(8, -1);
        job.url = q.text(9);
        job.source = source;
        jobs.append(job);
    }
    return jobs;
}

QList<DeployEnvironment> Store::readEnvironments(const QString &source)
{
    QList<DeployEnvironment> environments;
    Statement q(m_db,
                "SELECT e.external_id, v.name, e.name, e.url, e.updated_at FROM environments e "
                "JOIN services v ON v.id = e.service_id JOIN sources s ON s.id = e.source_id "
                "WHERE s.name = ? ORDER BY v.name, e.name");
    q.bind(1, source);
    while (q.step()) {
        environments.append({q.text(0), q.text(1), q.text(2), q.text(3), q.int64Or(4, NoTime)});
    }
    return environments;
}

namespace {

using namespace Qt::StringLiterals;

QByteArray scanToJson(const RepositoryScan &scan)
{
    QJsonObject formats;
    for (auto it = scan.formats.cbegin(); it != scan.formats.cend(); ++it)
        formats.insert(it.key(), toJson(it.value()));
    QJsonArray templates;
    for (const ServiceTemplates &t : scan.templates)
        templates.append(toJson(t));
    QJsonArray folders;
    for (const QString &f : scan.historyFolders)
        folders.append(f);
    const TrunkSummary &t = scan.trunk;
    const QJsonObject trunk {{u"defaultBranch"_s, t.defaultBranch},
                             {u"windowDays"_s, t.windowDays},
                             {u"merges"_s, t.merges},
                             {u"openBranches"_s, t.openBranches},
                             {u"oldestBranch"_s, t.oldestBranch},
                             {u"oldestBranchAgeMs"_s, t.oldestBranchAgeMs},
                             {u"error"_s, t.error}};
    return QJsonDocument(QJsonObject {{u"formats"_s, formats},
                                      {u"result"_s, toJson(scan.result)},
                                      {u"templates"_s, templates},
                                      {u"historyFolders"_s, folders},
                                      {u"ciContext"_s, scan.ciContext},
                                      {u"trunk"_s, trunk}})
        .toJson(QJsonDocument::Compact);
}

void scanFromJson(const QByteArray &json, RepositoryScan &scan)
{
    // A cache written by another build may not parse; the next scan simply reads everything.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject formats = root.value(u"formats"_s).toObject();
    for (auto it = formats.constBegin(); it != formats.constEnd(); ++it)
        scan.formats.insert(it.key(), discoveryResultFromJson(it.value().toObject()));
    scan.result = discoveryResultFromJson(root.value(u"result"_s).toObject());
    for (const QJsonValue &v : root.value(u"templates"_s).toArray())
        scan.templates.append(serviceTemplatesFromJson(v.toObject()));
    for (const QJsonValue &v : root.value(u"historyFolders"_s).toArray())
        scan.historyFolders.append(v.toString());
    scan.ciContext = root.value(u"ciContext"_s).toString();
    const QJsonObject trunk = root.value(u"trunk"_s).toObject();
    scan.trunk.defaultBranch = trunk.value(u"defaultBranch"_s).toString();
    scan.trunk.windowDays = trunk.value(u"windowDays"_s).toInt(28);
    scan.trunk.merges = trunk.value(u"merges"_s).toInt();
    scan.trunk.openBranches = trunk.value(u"openBranches"_s).toInt();
    scan.trunk.oldestBranch = trunk.value(u"oldestBranch"_s).toString();
    scan.trunk.oldestBranchAgeMs = trunk.value(u"oldestBranchAgeMs"_s).toInteger();
    scan.trunk.error = trunk.value(u"error"_s).toString();
}

constexpr const char *RepositoryScanColumns
    = "name, path, revision, commit_sha, scanned_at, discovery, history_tip, error";

RepositoryScan readScanRow(Statement &q)
{
    RepositoryScan scan;
    scan.repository = q.text(0);
    scan.path = q.text(1);
    scan.revision = q.text(2);
    scan.commit = q.text(3);
    scan.scannedAt = q.int64Or(4, NoTime);
    scanFromJson(q.text(5).toUtf8(), scan);
    scan.historyTip = q.text(6);
    scan.error = q.text(7);
    return scan;
}

} // namespace

QList<RepositoryScan> Store::readRepositoryScans()
{
    QList<RepositoryScan> scans;
    ReadTransaction read(m_db);
    const QByteArray sql
        = QByteArray("SELECT ") + RepositoryScanColumns + " FROM repository_scans ORDER BY name";
    Statement q(m_db, sql.constData());
    while (q.step())
        scans.append(readScanRow(q));
    return scans;
}

std::optional<RepositoryScan> Store::readRepositoryScan(const QString &repository)
{
    ReadTransaction read(m_db);
    const QByteArray sql
        = QByteArray("SELECT ") + RepositoryScanColumns + " FROM repository_scans WHERE name = ?";
    Statement q(m_db, sql.constData());
    q.bind(1, repository);
    if (!q.step())
        return std::nullopt;
    return readScanRow(q);
}

void Store::writeRepositoryScan(const RepositoryScan &scan, const QList<ScannedCommit> &commits,
                                bool replaceHistory)
{
    Transaction transaction(m_db);
    {
        Statement q(m_db,
                    "INSERT INTO repository_scans (name, path, revision, commit_sha, scanned_at, "
                    "discovery, history_tip, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL) "
                    "ON CONFLICT (name) DO UPDATE SET path = ?2, revision = ?3, commit_sha = ?4, "
                    "scanned_at = ?5, discovery = ?6, history_tip = ?7, error = NULL");
        q.bind(1, scan.repository).bind(2, scan.path).bind(3, scan.revision);
        q.bind(4, scan.commit).bind(5, scan.scannedAt).bind(6, scanToJson(scan));
        q.bind(7, scan.historyTip);
        q.run();
    }
    if (replaceHistory) {
        Statement clear(m_db, "DELETE FROM git_commits WHERE repository = ?");
        clear.bind(1, scan.repository).run();
    }
    Statement insertCommit(m_db,
                           "INSERT INTO git_commits (repository, sha, author_name, author_email, "
                           "author_time, committer_time, summary, parents) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (repository, sha) DO UPDATE SET "
                           "summary = excluded.summary RETURNING id");
    Statement insertService(m_db,
                            "INSERT INTO service_commits (service, commit_id, pipeline_change) "
                            "VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET "
                            "pipeline_change = excluded.pipeline_change");
    // Oldest first, so row ids follow history.
    for (auto it = commits.crbegin(); it != commits.crend(); ++it) {
        const CommitInfo &c = it->commit;
        insertCommit.bind(1, scan.repository).bind(2, c.sha).bind(3, c.authorName);
        insertCommit.bind(4, c.authorEmail).bind(5, c.authorTime).bind(6, c.committerTime);
        insertCommit.bind(7, c.summary).bind(8, it->parents.join(u' '));
        insertCommit.step();
        const qint64 id = insertCommit.int64(0);
        insertCommit.reset();
        for (const QString &service : it->services) {
            insertService.bind(1, service).bind(2, id);
            insertService.bind(3, int(it->pipelineServices.contains(service)));
            insertService.run();
        }
        // A pipeline change outside the service's folder (a root workflow) still counts.
        for (const QString &service : it->pipelineServices) {
            if (it->services.contains(service))
                continue;
            insertService.bind(1, service).bind(2, id).bind(3, 1);
            insertService.run();
        }
    }
    transaction.commit();
}

void Store::recordRepositoryScanError(const QString &repository, const QString &path,
                                      const QString &error, EpochMs at)
{
    Statement q(m_db,
                "INSERT INTO repository_scans (name, path, scanned_at, error) VALUES (?1, ?2, ?3, "
                "?4) ON CONFLICT (name) DO UPDATE SET path = ?2, error = ?4");
    q.bind(1, repository).bind(2, path).bind(3, at).bind(4, error);
    q.run();
}

void Store::forgetRepositoriesExcept(const QStringList &keep)
{
    Transaction transaction(m_db);
    QStringList doomed;
    {
        Statement q(m_db, "SELECT name FROM repository_scans");
        while (q.step()) {
            if (!keep.contains(q.text(0)))
                doomed.append(q.text(0));
        }
    }
    Statement remove(m_db, "DELETE FROM repository_scans WHERE name = ?");
    for (const QString &name : std::as_const(doomed)) {
        qCInfo(lcStore) << "forgetting repository" << name << "and its history";
        remove.bind(1, name).run();
    }
    transaction.commit();
}

namespace {

// A list of names for `IN (SELECT value FROM json_each(?))`; NULL when empty (no filter).
QString namesAsJson(const QStringList &names)
{
    return names.isEmpty()
        ? QString()
        : QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

} // namespace

QList<ServiceCommitSummary> Store::readCommitSummaries(const QStringList &repositories)
{
    QList<ServiceCommitSummary> summaries;
    ReadTransaction read(m_db);
    Statement q(m_db,
                "SELECT s.service, count(*), count(DISTINCT c.author_email), "
                "sum(s.pipeline_change), "
                "(SELECT c2.sha || ' ' || ifnull(c2.author_time, 0) FROM service_commits s2 "
                " JOIN git_commits c2 ON c2.id = s2.commit_id WHERE s2.service = s.service "
                " AND (?1 IS NULL OR c2.repository IN (SELECT value FROM json_each(?1))) "
                " ORDER BY c2.author_time, c2.sha LIMIT 1), "
                "(SELECT c3.sha || ' ' || ifnull(c3.committer_time, 0) || ' ' || "
                " ifnull(c3.author_name, '') FROM service_commits s3 "
                " JOIN git_commits c3 ON c3.id = s3.commit_id WHERE s3.service = s.service "
                " AND (?1 IS NULL OR c3.repository IN (SELECT value FROM json_each(?1))) "
                " ORDER BY c3.committer_time DESC, c3.id DESC LIMIT 1) "
                "FROM service_commits s JOIN git_commits c ON c.id = s.commit_id "
                "WHERE ?1 IS NULL OR c.repository IN (SELECT value FROM json_each(?1)) "
                "GROUP BY s.service ORDER BY s.service");
    q.bind(1, namesAsJson(repositories));
    while (q.step()) {
        ServiceCommitSummary summary;
        summary.service = q.text(0);
        summary.commits = int(q.int64(1));
        summary.authors = int(q.int64(2));
        summary.pipelineChanges = int(q.int64(3));
        const QStringList first = q.text(4).split(u' ');
        summary.firstSha = first.value(0);
        summary.firstAt = first.value(1).toLongLong();
        const QString last = q.text(5);
        const QStringList lastParts = last.split(u' ');
        summary.lastSha = lastParts.value(0);
        summary.lastAt = lastParts.value(1).toLongLong();
        summary.lastAuthor = last.section(u' ', 2);
        summaries.append(std::move(summary));
    }
    return summaries;
}

ServiceActivity Store::readActivity(const QString &service, EpochMs from, EpochMs to, int limit)
{
    ServiceActivity activity;
    ReadTransaction read(m_db);
    {
        const QByteArray sql = QByteArray("SELECT ") + runColumns
            + " FROM pipeline_runs r JOIN services s ON s.id = r.service_id "
              "JOIN sources src ON src.id = r.source_id WHERE s.name = ?1 "
              "AND r.started_at > ?2 AND r.started_at <= ?3 ORDER BY r.started_at, r.id LIMIT ?4";
        Statement q(m_db, sql.constData());
        q.bind(1, service).bind(2, from).bind(3, to).bind(4, limit);
        while (q.step())
            activity.runs.append(readRun(q));
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + deploymentColumns
            + " FROM deployments d JOIN services s ON s.id = d.service_id "
              "JOIN sources src ON src.id = d.source_id WHERE s.name = ?1 "
              "AND d.deployed_at > ?2 AND d.deployed_at <= ?3 ORDER BY d.deployed_at, d.id LIMIT "
              "?4";
        Statement q(m_db, sql.constData());
        q.bind(1, service).bind(2, from).bind(3, to).bind(4, limit);
        while (q.step())
            activity.deployments.append(readDeployment(q));
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + rolloutColumns
            + " FROM rollouts o JOIN services s ON s.id = o.service_id "
              "JOIN sources src ON src.id = o.source_id WHERE s.name = ?1 "
              "AND o.updated_at > ?2 AND o.updated_at <= ?3 ORDER BY o.updated_at, o.id LIMIT ?4";
        Statement q(m_db, sql.constData());
        q.bind(1, service).bind(2, from).bind(3, to).bind(4, limit);
        qint64 rowId = 0;
        while (q.step())
            activity.rollouts.append(readRollout(q, &rowId));
    }
    return activity;
}

QHash<QString, ServiceActivity> Store::readDeploymentActivity(const QStringList &services,
                                                              EpochMs from)
{
    // One statement per table for every service at once: a check of twenty plans asks about a
    // thousand services, and preparing three statements for each cost more than running them.
    QHash<QString, ServiceActivity> activity;
    ReadTransaction read(m_db);
    const QString names = namesAsJson(services);
    {
        const QByteArray sql = QByteArray("SELECT ") + deploymentColumns
            + " FROM deployments d JOIN services s ON s.id = d.service_id "
              "JOIN sources src ON src.id = d.source_id "
              "WHERE s.name IN (SELECT value FROM json_each(?1)) AND d.deployed_at > ?2 "
              "ORDER BY d.deployed_at, d.id";
        Statement q(m_db, sql.constData());
        q.bind(1, names).bind(2, from);
        while (q.step()) {
            Deployment d = readDeployment(q);
            activity[d.service].deployments.append(std::move(d));
        }
    }
    {
        const QByteArray sql = QByteArray("SELECT ") + rolloutColumns
            + " FROM rollouts o JOIN services s ON s.id = o.service_id "
              "JOIN sources src ON src.id = o.source_id "
              "WHERE s.name IN (SELECT value FROM json_each(?1)) AND o.updated_at > ?2 "
              "ORDER BY o.updated_at, o.id";
        Statement q(m_db, sql.constData());
        q.bind(1, names).bind(2, from);
        qint64 rowId = 0;
        while (q.step()) {
            Rollout r = readRollout(q, &rowId);
            activity[r.service].rollouts.append(std::move(r));
        }
    }
    return activity;
}

std::optional<PipelineRun> Store::firstSucceededRun(const QString &service, EpochMs from)
{
    ReadTransaction read(m_db);
    const QByteArray sql = QByteArray("SELECT ") + runColumns
        + " FROM pipeline_runs r JOIN services s ON s.id = r.service_id "
          "JOIN sources src ON src.id = r.source_id WHERE s.name = ?1 AND r.status = ?2 "
          "AND ifnull(r.finished_at, r.started_at) >= ?3 "
          "ORDER BY ifnull(r.finished_at, r.started_at), r.external_id LIMIT 1";
    Statement q(m_db, sql.constData());
    q.bind(1, service).bind(2, int(RunStatus::Succeeded)).bind(3, from);
    if (!q.step())
        return std::nullopt;
    return readRun(q);
}

QList<ServiceCommit> Store::readServiceCommits(const QString &service, EpochMs since,
                                               bool pipelineChangesOnly,
                                               const QStringList &repositories)
{
    QList<ServiceCommit> commits;
    ReadTransaction read(m_db);
    Statement q(m_db,
                "SELECT s.service, c.sha, c.author_name, c.author_time, c.committer_time, "
                "c.summary, s.pipeline_change FROM service_commits s "
                "JOIN git_commits c ON c.id = s.commit_id "
                "WHERE (?1 IS NULL OR s.service = ?1) AND ifnull(c.committer_time, 0) >= ?2 "
                "AND (?3 = 0 OR s.pipeline_change = 1) "
                "AND (?4 IS NULL OR c.repository IN (SELECT value FROM json_each(?4))) "
                "ORDER BY c.committer_time DESC, c.id DESC, s.service");
    q.bind(1, service.isEmpty() ? QString() : service).bind(2, since);
    q.bind(3, int(pipelineChangesOnly)).bind(4, namesAsJson(repositories));
    while (q.step()) {
        ServiceCommit c;
        c.service = q.text(0);
        c.sha = q.text(1);
        c.authorName = q.text(2);
        c.authorTime = q.int64Or(3, NoTime);
        c.committerTime = q.int64Or(4, NoTime);
        c.summary = q.text(5);
        c.pipelineChange = q.int64(6) != 0;
        commits.append(std::move(c));
    }
    return commits;
}

namespace {

// The checklist looks a day past a pipeline change; runs, verifications and rollouts are read
// from this long before the window.
constexpr qint64 TeamLeadLookBackMs = 24LL * 3600 * 1000;

QList<ChecklistOverride> readOverrides(Database &db)
{
    QList<ChecklistOverride> overrides;
    Statement q(db,
                "SELECT question, answer, note, author, decided_at, cleared "
                "FROM checklist_overrides ORDER BY ifnull(decided_at, 0), id");
    while (q.step()) {
        ChecklistOverride o;
        o.question = ChecklistQuestion(q.int64(0));
        o.answer = ChecklistAnswer(q.int64(1));
        o.note = q.text(2);
        o.author = q.text(3);
        o.decidedAt = q.int64Or(4, NoTime);
        o.cleared = q.int64(5) != 0;
        overrides.append(std::move(o));
    }
    return overrides;
}

// Row ids to names, read once per report: a million rows then share a handful of strings
// instead of each joining and decoding its own copy. Indexed by row id, which SQLite hands out
// densely from 1 for these small tables.
class NamesById
{
public:
    NamesById(Database &db, const char *sql)
    {
        Statement q(db, sql);
        while (q.step()) {
            const qint64 id = q.int64(0);
            if (id < 0 || id > 10'000'000)
                continue; // never handed out by SQLite here; not worth a vector that long
            if (std::size_t(id) >= m_names.size())
                m_names.resize(std::size_t(id) + 1);
            m_names[std::size_t(id)] = q.text(1);
        }
    }
    QString operator()(qint64 id) const
    {
        return id >= 0 && std::size_t(id) < m_names.size() ? m_names[std::size_t(id)] : QString();
    }

private:
    std::vector<QString> m_names;
};

// The same few words (branches, pipelines, environments, service names) on every row: decoded
// once and shared, looked up by their bytes so a repeated word costs no allocation at all.
class WordCache
{
public:
    QString text(const Statement &q, int column)
    {
        const QByteArrayView bytes = q.utf8(column);
        if (bytes.isNull())
            return {};
        if (bytes.size() > 64)
            return QString::fromUtf8(bytes);
        for (const Word &word : m_words) {
            if (word.utf8 == bytes)
                return word.text;
        }
        // A column of mostly distinct values stops being cached rather than searched in vain.
        if (m_words.size() >= 256)
            return QString::fromUtf8(bytes);
        m_words.push_back({bytes.toByteArray(), QString::fromUtf8(bytes)});
        return m_words.back().text;
    }

private:
    struct Word
    {
        QByteArray utf8;
        QString text;
    };
    std::vector<Word> m_words;
};

// A window over runs: which rows, and the index order they come in.
struct RunWindow
{
    const char *where;
    const char *order;
};

// Runs by start, then the few without a start by finish. Both walks go along the start-time
// index (NULLs are in it too); the first comes out in order, the second is small to sort.
constexpr RunWindow runWindows[] = {
    {"r.started_at >= ?1 AND r.started_at < ?2", "r.started_at, r.id"},
    {"r.started_at IS NULL AND r.finished_at >= ?1 AND r.finished_at < ?2", "r.finished_at, r.id"},
};

qsizetype countOf(Statement &q)
{
    const qsizetype count = q.step() ? qsizetype(q.int64(0)) : 0;
    q.reset();
    return count;
}

} // namespace

TeamLeadInput Store::readTeamLeadInput(EpochMs from, EpochMs to, EpochMs now)
{
    TeamLeadInput input;
    input.from = from;
    input.to = to;
    input.now = now;
    const EpochMs since = from - TeamLeadLookBackMs;
    ReadTransaction read(m_db);

    const NamesById sources(m_db, "SELECT id, name FROM sources");
    const NamesById services(m_db, "SELECT id, name FROM services");
    WordCache pipelines, branches, jobNames, stages, environments, authors, commitServices;
    {
        const QByteArray sql
            = QByteArray("SELECT ") + serviceColumns + " FROM services ORDER BY name";
        Statement q(m_db, sql.constData());
        while (q.step())
            input.services.append(readService(q));
    }
    input.dependencies = readDependencies(m_db);

    {
        qsizetype runCount = 0;
        for (const RunWindow &window : runWindows) {
            const QByteArray sql
                = QByteArray("SELECT count(*) FROM pipeline_runs r WHERE ") + window.where;
            Statement count(m_db, sql.constData());
            count.bind(1, since).bind(2, to);
            runCount += countOf(count);
        }
        input.runs.reserve(runCount);
        for (const RunWindow &window : runWindows) {
            const QByteArray sql
                = QByteArray("SELECT r.external_id, r.service_id, r.pipeline, r.status, "
                             "r.started_at, r.finished_at, r.duration_ms, r.queued_ms, "
                             "r.commit_sha, r.branch, r.attempt, r.url, r.source_id "
                             "FROM pipeline_runs r WHERE ")
                + window.where + " ORDER BY " + window.order;
            Statement q(m_db, sql.constData());
            q.bind(1, since).bind(2, to);
            while (q.step()) {
                // Built in place: moving a quarter of a million runs into the list showed up.
                PipelineRun &run = input.runs.emplaceBack();
                run.externalId = q.text(0);
                run.service = services(q.int64(1));
                run.pipeline = pipelines.text(q, 2);
                run.status = RunStatus(q.int64(3));
                run.startedAt = q.int64Or(4, NoTime);
                run.finishedAt = q.int64Or(5, NoTime);
                run.durationMs = q.int64Or(6, -1);
                run.queuedMs = q.int64Or(7, -1);
                run.commitSha = q.text(8);
                run.branch = branches.text(q, 9);
                run.attempt = int(q.int64Or(10, 1));
                run.url = q.text(11);
                run.source = sources(q.int64(12));
            }
        }
    }
    // Looking for the jobs of a quarter of a million runs one by one costs tens of
    // milliseconds even when no source reports jobs at all.
    const bool anyJobs = Statement(m_db, "SELECT 1 FROM pipeline_jobs LIMIT 1").step();
    if (anyJobs) {
        for (const RunWindow &window : runWindows) {
            const QByteArray sql
                = QByteArray("SELECT j.external_id, r.external_id, j.name, j.stage, j.status, "
                             "j.started_at, j.finished_at, j.duration_ms, j.queued_ms, j.url, "
                             "j.source_id FROM pipeline_runs r "
                             "JOIN pipeline_jobs j ON j.run_id = r.id WHERE ")
                + window.where + " ORDER BY " + window.order + ", j.id";
            Statement q(m_db, sql.constData());
            q.bind(1, since).bind(2, to);
            while (q.step()) {
                PipelineJob job;
                job.externalId = q.text(0);
                job.runExternalId = q.text(1);
                job.name = jobNames.text(q, 2);
                job.stage = stages.text(q, 3);
                job.status = RunStatus(q.int64Or(4, 0));
                job.startedAt = q.int64Or(5, NoTime);
                job.finishedAt = q.int64Or(6, NoTime);
                job.durationMs = q.int64Or(7, -1);
                job.queuedMs = q.int64Or(8, -1);
                job.url = q.text(9);
                job.source = sources(q.int64(10));
                input.jobs.append(std::move(job));
            }
        }
    }
    {
        Statement count(m_db, "SELECT count(*) FROM deployments WHERE deployed_at <= ?");
        count.bind(1, now);
        input.deployments.reserve(countOf(count));
        // In row order, which is nearly always time order already (sources write oldest
        // first): a check and, rarely, a sort here cost far less than SQLite sorting whole rows.
        Statement q(m_db,
                    "SELECT external_id, service_id, version, environment, deployed_at, status, "
                    "commit_sha, CASE WHEN deployed_at >= ?2 THEN url END, source_id "
                    "FROM deployments WHERE deployed_at <= ?1");
        q.bind(1, now).bind(2, since);
        while (q.step()) {
            Deployment &d = input.deployments.emplaceBack();
            d.externalId = q.text(0);
            d.service = services(q.int64(1));
            d.version = q.text(2);
            d.environment = environments.text(q, 3);
            d.deployedAt = q.int64Or(4, NoTime);
            d.status = DeploymentStatus(q.int64(5));
            d.commitSha = q.text(6);
            d.url = q.text(7);
            d.source = sources(q.int64(8));
        }
        const auto byTime = [](const Deployment &a, const Deployment &b) {
            return a.deployedAt < b.deployedAt;
        };
        if (!std::is_sorted(input.deployments.cbegin(), input.deployments.cend(), byTime))
            std::stable_sort(input.deployments.begin(), input.deployments.end(), byTime);
    }
    {
        Statement q(m_db,
                    "SELECT external_id, consumer_id, consumer_version, provider_id, "
                    "provider_version, result, verified_at, url, source_id "
                    "FROM contract_verifications WHERE verified_at >= ?1 AND verified_at < ?2 "
                    "ORDER BY verified_at, id");
        q.bind(1, since).bind(2, to);
        while (q.step()) {
            ContractVerification v;
            v.externalId = q.text(0);
            v.consumer = services(q.int64(1));
            v.consumerVersion = q.text(2);
            v.provider = services(q.int64(3));
            v.providerVersion = q.text(4);
            v.result = VerificationResult(q.int64(5));
            v.verifiedAt = q.int64Or(6, NoTime);
            v.url = q.text(7);
            v.source = sources(q.int64(8));
            input.verifications.append(std::move(v));
        }
    }
    {
        QHash<qint64, qsizetype> rolloutAt;
        {
            const QByteArray sql = QByteArray("SELECT ") + rolloutColumns
                + " FROM rollouts o JOIN services s ON s.id = o.service_id "
                  "JOIN sources src ON src.id = o.source_id "
                  "WHERE o.updated_at >= ?1 AND o.updated_at < ?2 ORDER BY o.updated_at, o.id";
            Statement q(m_db, sql.constData());
            q.bind(1, since).bind(2, to);
            while (q.step()) {
                qint64 rowId = 0;
                Rollout rollout = readRollout(q, &rowId);
                rolloutAt.insert(rowId, input.rollouts.size());
                input.rollouts.append(std::move(rollout));
            }
        }
        // Every analysis of those rollouts in one walk rather than a query per rollout.
        Statement q(m_db,
                    "SELECT a.rollout_id, a.metric, a.phase, a.value, a.threshold "
                    "FROM rollouts o JOIN rollout_analysis a ON a.rollout_id = o.id "
                    "WHERE o.updated_at >= ?1 AND o.updated_at < ?2 "
                    "ORDER BY a.rollout_id, a.metric");
        q.bind(1, since).bind(2, to);
        while (q.step()) {
            if (const qsizetype at = rolloutAt.value(q.int64(0), -1); at >= 0) {
                input.rollouts[at].analysis.append(
                    {q.text(1), AnalysisPhase(q.int64(2)), q.real(3), q.real(4)});
            }
        }
    }
    {
        Statement q(m_db,
                    "SELECT s.service, c.sha, c.author_name, c.author_time, c.committer_time, "
                    "c.summary, s.pipeline_change FROM service_commits s "
                    "JOIN git_commits c ON c.id = s.commit_id "
                    "WHERE ifnull(c.committer_time, 0) <= ?1 "
                    "ORDER BY c.committer_time DESC, c.id DESC, s.service");
        q.bind(1, now);
        while (q.step()) {
            ServiceCommit c;
            c.service = commitServices.text(q, 0);
            c.sha = q.text(1);
            c.authorName = authors.text(q, 2);
            c.authorTime = q.int64Or(3, NoTime);
            c.committerTime = q.int64Or(4, NoTime);
            c.summary = q.text(5);
            c.pipelineChange = q.int64(6) != 0;
            input.commits.append(std::move(c));
        }
    }
    input.overrides = readOverrides(m_db);
    // Every incident up to now: one created after the window may still name a deployment in it
    // as its root cause, and there are few of them.
    input.incidents = readIncidents(NoTime, now + 1);
    return input;
}

void Store::addChecklistOverride(const ChecklistOverride &decision)
{
    Statement q(m_db,
                "INSERT INTO checklist_overrides (question, answer, note, author, decided_at, "
                "cleared) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, int(decision.question)).bind(2, int(decision.answer)).bind(3, decision.note);
    q.bind(4, decision.author).bindOptional(5, decision.decidedAt, NoTime);
    q.bind(6, int(decision.cleared)).run();
}

QList<ChecklistOverride> Store::readChecklistOverrides()
{
    return readOverrides(m_db);
}

int Store::carryOverUserData(const QString &previousPath)
{
    // Read as it is: no upgrade, no integrity check - only the people's tables are asked for.
    Database previous(previousPath, Database::Mode::ReadOnly);
    QList<ChecklistOverride> decisions;
    {
        Statement exists(previous,
                         "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                         "AND name = 'checklist_overrides'");
        if (exists.step())
            decisions = readOverrides(previous);
    }
    Transaction transaction(m_db);
    for (const ChecklistOverride &decision : decisions)
        addChecklistOverride(decision);
    const int plans = carryOverPlans(previous);
    transaction.commit();
    return int(decisions.size()) + plans;
}

QList<Incident> Store::readIncidents(EpochMs from, EpochMs to)
{
    QList<Incident> incidents;
    Statement q(m_db,
                "SELECT i.external_id, s.name, i.title, i.created_at, i.resolved_at, "
                "i.root_cause_commit, i.url, src.name FROM incidents i "
                "JOIN sources src ON src.id = i.source_id "
                "LEFT JOIN services s ON s.id = i.service_id "
                "WHERE (?1 IS NULL OR i.created_at >= ?1) AND (?2 IS NULL OR i.created_at < ?2) "
                "ORDER BY i.created_at, src.name, i.external_id");
    q.bindOptional(1, from, NoTime).bindOptional(2, to, NoTime);
    while (q.step()) {
        Incident i;
        i.externalId = q.text(0);
        i.service = q.text(1);
        i.title = q.text(2);
        i.createdAt = q.int64Or(3, NoTime);
        i.resolvedAt = q.int64Or(4, NoTime);
        i.rootCauseCommit = q.text(5);
        i.url = q.text(6);
        i.source = q.text(7);
        incidents.append(std::move(i));
    }
    return incidents;
}

void Store::forgetSourcesExcept(const QStringList &keep)
{
    Transaction transaction(m_db);
    QList<QString> doomed;
    {
        Statement q(m_db, "SELECT name FROM sources");
        while (q.step()) {
            if (!keep.contains(q.text(0)))
                doomed.append(q.text(0));
        }
    }
    Statement remove(m_db, "DELETE FROM sources WHERE name = ?");
    for (const QString &name : doomed) {
        qCInfo(lcStore) << "forgetting source" << name << "and its data";
        remove.bind(1, name).run();
        m_sourceIds.remove(name);
    }
    transaction.commit();
}

QStringList Store::integrityProblems()
{
    QStringList problems;
    Statement q(m_db, "PRAGMA quick_check");
    while (q.step()) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

EpochMs Snapshot::lastSyncAt() const
{
    EpochMs newest = NoTime;
    for (const SourceHealth &h : sources) {
        // Reading the workspace's own catalog is not a sync with the outside world.
        if (h.kind != QLatin1String("workspace"))
            newest = std::max(newest, h.lastSuccessAt);
    }
    return newest;
}

const ServiceState *Snapshot::find(const QString &serviceName) const
{
    const int row = indexOf(serviceName);
    return row >= 0 ? &services.at(row) : nullptr;
}

void Snapshot::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(services.size());
    for (int i = 0; i < services.size(); ++i)
        m_index.insert(services.at(i).service.name, i);
}

} // namespace Signalbox
