// Ingest and aggregate figures for the store, printed; not a pass/fail test.
//
//   cmake --build --preset release --target bench
//
// 1. Ingest of 1,000,000 pipeline runs through Store::ingest (the path every source uses), beside
//    a plain sqlite3 prepared-statement INSERT loop writing the same rows into the same schema.
//    Target: the store reaches at least 0.8 of the plain loop.
// 2. Failure rate and p50/p90 duration per service over the last 30 days of those runs.
//    Target: under 150 ms.
// 3. Store::readTeamLeadInput for a 90-day window of a cache with 1,000,000 runs and 100,000
//    deployments over 200 services, and the peak RSS of that read. The cache is written once
//    under /tmp and reused while its file is there (delete it to write it again). Only this
//    part: `bench_store --team-lead`.
#include "store/migrations.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

const int RunCount = qEnvironmentVariableIntValue("BENCH_RUNS") > 0
    ? qEnvironmentVariableIntValue("BENCH_RUNS")
    : 1'000'000;
constexpr int ServiceCount = 200;
constexpr qint64 Day = 86'400'000;

// A small deterministic generator, so every run of the benchmark writes the same rows.
struct Lcg
{
    quint64 state = 0x5eed'5eed'5eedULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    double unit() { return next() / double(1u << 31); }
};

std::vector<PipelineRun> makeRuns(EpochMs now)
{
    std::vector<PipelineRun> runs;
    runs.reserve(RunCount);
    Lcg rng;
    const EpochMs start = now - 365 * Day;
    const qint64 step = (365 * Day) / RunCount;
    for (int i = 0; i < RunCount; ++i) {
        PipelineRun r;
        r.externalId = u"run-"_s + QString::number(i);
        r.service = u"service-"_s + QString::number(rng.next() % ServiceCount);
        r.pipeline = u"ci"_s;
        r.status = rng.unit() < 0.07 ? RunStatus::Failed : RunStatus::Succeeded;
        r.startedAt = start + i * step;
        r.durationMs = 120'000 + qint64(rng.unit() * rng.unit() * 1'500'000);
        r.finishedAt = r.startedAt + r.durationMs;
        r.queuedMs = rng.next() % 60'000;
        r.commitSha = QString::number(rng.next(), 16).repeated(5).left(40);
        r.branch = rng.unit() < 0.8 ? u"main"_s : u"feature/x"_s;
        r.attempt = 1;
        r.url = u"https://ci.example.com/shop/runs/"_s + QString::number(i);
        runs.push_back(std::move(r));
    }
    return runs;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The floor: sqlite3's C API with one prepared INSERT, values already UTF-8, in one transaction.
double plainLoop(const QString &path, const std::vector<PipelineRun> &runs, bool withoutIndexes)
{
    {
        Store schema(path); // the same tables and indexes the store writes
        IngestBatch seed;
        seed.source = u"bench"_s;
        for (int s = 0; s < ServiceCount; ++s)
            seed.services.append(Service {u"service-"_s + QString::number(s),
                                          {},
                                          {},
                                          0,
                                          ServiceKind::Service,
                                          {},
                                          {},
                                          u"main"_s,
                                          true});
        schema.ingest(seed);
    }
    struct Row
    {
        std::string id, pipeline, commit, branch, url;
        qint64 service;
        const PipelineRun *run;
    };
    std::vector<Row> rows;
    rows.reserve(runs.size());
    for (const PipelineRun &r : runs) {
        rows.push_back({r.externalId.toStdString(), r.pipeline.toStdString(),
                        r.commitSha.toStdString(), r.branch.toStdString(), r.url.toStdString(),
                        r.service.mid(8).toLongLong() + 1, &r});
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    if (withoutIndexes) {
        sqlite3_exec(
            db,
            "PRAGMA foreign_keys=OFF; DROP TABLE pipeline_runs; CREATE TABLE pipeline_runs (id "
            "INTEGER "
            "PRIMARY KEY, source_id INTEGER, external_id TEXT, service_id INTEGER, pipeline TEXT, "
            "status INTEGER, started_at INTEGER, finished_at INTEGER, duration_ms INTEGER, "
            "queued_ms INTEGER, commit_sha TEXT, branch TEXT, attempt INTEGER, url TEXT)",
            nullptr, nullptr, nullptr);
    }
    // The same settings the store uses, foreign keys included: the same constraints are checked.
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; "
                 "PRAGMA foreign_keys=ON",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO pipeline_runs (source_id, external_id, service_id, pipeline, status, "
        "started_at, finished_at, duration_ms, queued_ms, commit_sha, branch, attempt, url) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const Row &row : rows) {
        const PipelineRun &r = *row.run;
        sqlite3_bind_text(insert, 1, row.id.data(), int(row.id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 2, row.service);
        sqlite3_bind_text(insert, 3, row.pipeline.data(), int(row.pipeline.size()), SQLITE_STATIC);
        sqlite3_bind_int(insert, 4, int(r.status));
        sqlite3_bind_int64(insert, 5, r.startedAt);
        sqlite3_bind_int64(insert, 6, r.finishedAt);
        sqlite3_bind_int64(insert, 7, r.durationMs);
        sqlite3_bind_int64(insert, 8, r.queuedMs);
        sqlite3_bind_text(insert, 9, row.commit.data(), int(row.commit.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 10, row.branch.data(), int(row.branch.size()), SQLITE_STATIC);
        sqlite3_bind_int(insert, 11, r.attempt);
        sqlite3_bind_text(insert, 12, row.url.data(), int(row.url.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            std::fprintf(stderr, "plain insert failed: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return seconds;
}

// Linux keeps the high-water mark of the resident set per process; writing 5 to clear_refs
// resets it, so a figure can be taken for one phase after a bigger one.
bool resetPeakRss()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

long residentMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').value(0).toLong()
                / 1024;
    }
    return -1;
}

constexpr int TeamLeadDeployments = 100'000;
// A fixed "now", so the cache written once describes the same window on every later run.
constexpr EpochMs TeamLeadNow = 1'767'225'600'000; // 2026-01-01 00:00 UTC

// Writes the team-lead cache through Store::ingest in batches of 100,000 rows, generating each
// batch just before it is written so the whole year never sits in memory at once.
void writeTeamLeadCache(const QString &path)
{
    Store store(path);
    Lcg rng;
    const EpochMs start = TeamLeadNow - 365 * Day;
    constexpr int Batch = 100'000;
    {
        IngestBatch catalog;
        catalog.source = u"workspace"_s;
        catalog.sourceKind = u"workspace"_s;
        for (int s = 0; s < ServiceCount; ++s) {
            Service svc;
            svc.name = u"service-"_s + QString::number(s);
            svc.kind = ServiceKind::Service;
            svc.defaultBranch = u"main"_s;
            catalog.services.append(svc);
            if (s > 0) {
                catalog.dependencies.append({svc.name,
                                             u"service-"_s + QString::number(rng.next() % s),
                                             DependencyKind::Sync,
                                             {}});
            }
        }
        store.ingest(catalog);
    }
    const qint64 runStep = (365 * Day) / RunCount;
    for (int first = 0; first < RunCount; first += Batch) {
        IngestBatch batch;
        batch.source = u"ci"_s;
        batch.sourceKind = u"github"_s;
        const int last = std::min(RunCount, first + Batch);
        batch.runs.reserve(last - first);
        for (int i = first; i < last; ++i) {
            PipelineRun r;
            r.externalId = u"run-"_s + QString::number(i);
            r.service = u"service-"_s + QString::number(rng.next() % ServiceCount);
            r.pipeline = u"ci"_s;
            const double roll = rng.unit();
            r.status = roll < 0.07 ? RunStatus::Failed
                : roll < 0.09      ? RunStatus::Cancelled
                                   : RunStatus::Succeeded;
            r.startedAt = start + i * runStep;
            r.durationMs = 120'000 + qint64(rng.unit() * rng.unit() * 1'500'000);
            r.finishedAt = r.startedAt + r.durationMs;
            r.queuedMs = rng.next() % 60'000;
            r.commitSha = QString::number(rng.next(), 16).repeated(5).left(40);
            r.branch = rng.unit() < 0.8 ? u"main"_s : u"feature/x"_s;
            r.url = u"https://ci.example.com/shop/runs/"_s + QString::number(i);
            batch.runs.append(std::move(r));
        }
        store.ingest(batch);
    }
    const qint64 deployStep = (365 * Day) / TeamLeadDeployments;
    for (int first = 0; first < TeamLeadDeployments; first += Batch) {
        IngestBatch batch;
        batch.source = u"deploy"_s;
        batch.sourceKind = u"github"_s;
        const int last = std::min(TeamLeadDeployments, first + Batch);
        for (int i = first; i < last; ++i) {
            Deployment d;
            d.externalId = u"deploy-"_s + QString::number(i);
            d.service = u"service-"_s + QString::number(rng.next() % ServiceCount);
            d.version = u"1."_s + QString::number(i);
            d.environment = i % 2 == 0 ? u"staging"_s : u"production"_s;
            d.deployedAt = start + i * deployStep;
            const double roll = rng.unit();
            d.status = roll < 0.05 ? DeploymentStatus::Failed
                : roll < 0.07      ? DeploymentStatus::RolledBack
                                   : DeploymentStatus::Succeeded;
            d.commitSha = QString::number(rng.next(), 16).repeated(5).left(40);
            d.url = u"https://deploy.example.com/"_s + QString::number(i);
            batch.deployments.append(std::move(d));
        }
        store.ingest(batch);
    }
}

void benchTeamLeadRead()
{
    const QString path = QDir::temp().filePath(
        u"signalbox-bench-teamlead-s%1-r%2.sqlite"_s.arg(Migrations::CurrentVersion).arg(RunCount));
    QElapsedTimer timer;
    if (!QFile::exists(path)) {
        timer.start();
        writeTeamLeadCache(path);
        std::printf("wrote %s (%d runs, %d deployments, %d services) in %.1f s\n", qPrintable(path),
                    RunCount, TeamLeadDeployments, ServiceCount, timer.elapsed() / 1000.0);
    } else {
        std::printf("reusing %s\n", qPrintable(path));
    }
    Store store(path, Database::Mode::ReadOnly);
    const EpochMs from = TeamLeadNow - 90 * Day;
    const bool peakReset = resetPeakRss();
    const long residentBefore = residentMb("VmRSS:");
    // Wall time and this thread's CPU time: on a shared machine the CPU time is the steadier.
    const auto cpuMs = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
    };
    std::vector<double> times, cpuTimes;
    TeamLeadInput input;
    for (int i = 0; i < 5; ++i) {
        input = {}; // the previous read is freed first, as a newer report replaces an older one
        timer.restart();
        const double cpuStart = cpuMs();
        input = store.readTeamLeadInput(from, TeamLeadNow, TeamLeadNow);
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpuTimes.push_back(cpuMs() - cpuStart);
    }
    const double first = times.front();
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::printf("readTeamLeadInput, 90 days (%lld runs, %lld deployments up to now, %lld "
                "services): first %.1f ms, median %.1f ms, best %.1f ms; CPU median %.1f ms, "
                "best %.1f ms\n",
                static_cast<long long>(input.runs.size()),
                static_cast<long long>(input.deployments.size()),
                static_cast<long long>(input.services.size()), first, times[2], times[0],
                cpuTimes[2], cpuTimes[0]);
    if (peakReset) {
        std::printf("resident before the reads %ld MB, peak during them %ld MB\n", residentBefore,
                    residentMb("VmHWM:"));
    }
    std::printf("process peak RSS %ld MB\n", peakRssMb());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(u"--team-lead"_s)) {
        benchTeamLeadRead();
        return 0;
    }
    QTemporaryDir dir;
    const EpochMs now = QDateTime::currentMSecsSinceEpoch();

    QElapsedTimer timer;
    timer.start();
    const std::vector<PipelineRun> runs = makeRuns(now);
    std::printf("generated %d runs for %d services in %.2f s\n", RunCount, ServiceCount,
                timer.elapsed() / 1000.0);

    // The batches are made before any clock starts, as the plain loop's rows are: a source hands
    // the store a finished batch.
    const int batchSize = qEnvironmentVariableIntValue("BENCH_BATCH") > 0
        ? qEnvironmentVariableIntValue("BENCH_BATCH")
        : 100'000;
    std::vector<IngestBatch> batches;
    for (int first = 0; first < RunCount; first += batchSize) {
        IngestBatch batch;
        batch.source = u"bench"_s;
        batch.sourceKind = u"file"_s;
        const int last = std::min(RunCount, first + batchSize);
        batch.runs.reserve(last - first);
        for (int i = first; i < last; ++i)
            batch.runs.append(runs[std::size_t(i)]);
        batches.push_back(std::move(batch));
    }

    // This machine's disk and neighbours make single runs noisy: two interleaved rounds, best kept.
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
        : 2;
    double bareSeconds = 1e9, plainSeconds = 1e9, storeSeconds = 1e9;
    const QString storePath = dir.filePath(u"store.sqlite"_s);
    for (int round = 0; round < rounds; ++round) {
        const QString suffix = QString::number(round) + u".sqlite"_s;
        bareSeconds
            = std::min(bareSeconds, plainLoop(dir.filePath(u"bare"_s + suffix), runs, true));
        plainSeconds
            = std::min(plainSeconds, plainLoop(dir.filePath(u"plain"_s + suffix), runs, false));
        QFile::remove(storePath);
        Store store(storePath);
        timer.restart();
        for (const IngestBatch &batch : batches)
            store.ingest(batch);
        storeSeconds = std::min(storeSeconds, timer.nsecsElapsed() / 1e9);
        for (const QString &name : {u"bare"_s, u"plain"_s})
            QFile::remove(dir.filePath(name + suffix));
    }
    const double plainRate = RunCount / plainSeconds;
    const double storeRate = RunCount / storeSeconds;
    std::printf(
        "plain sqlite3 INSERT loop, table without indexes (reference): %6.2f s  %9.0f rows/s\n",
        bareSeconds, RunCount / bareSeconds);
    std::printf(
        "plain sqlite3 INSERT loop, the store's schema and indexes:     %6.2f s  %9.0f rows/s\n",
        plainSeconds, plainRate);
    std::printf("Store::ingest in batches of %7d, same schema:              %6.2f s  %9.0f rows/s"
                "  = %.2f of the plain loop (target >= 0.80)\n",
                batchSize, storeSeconds, storeRate, storeRate / plainRate);

    {
        // Idempotence at scale: the same 100k rows again change nothing.
        Store store(storePath);
        IngestBatch again;
        again.source = u"bench"_s;
        for (int i = 0; i < 100'000; ++i)
            again.runs.append(runs[std::size_t(i)]);
        timer.restart();
        store.ingest(again);
        std::printf("re-ingest of 100k unchanged runs: %.2f s\n", timer.nsecsElapsed() / 1e9);
    }

    {
        Store store(storePath, Database::Mode::ReadOnly);
        std::vector<double> times;
        QList<BuildStats> stats;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            stats = store.buildStats(now - 30 * Day);
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        int runsInWindow = 0;
        for (const BuildStats &s : stats)
            runsInWindow += s.runs;
        std::printf("failure rate + p50/p90 per service, last 30 days (%lld services, %d runs): "
                    "median %.1f ms, best %.1f ms (target < 150 ms)\n",
                    static_cast<long long>(stats.size()), runsInWindow, times[2], times[0]);
        timer.restart();
        const SnapshotPtr snapshot = store.readSnapshot();
        std::printf("snapshot of %lld services: %.1f ms\n",
                    static_cast<long long>(snapshot->services.size()), timer.nsecsElapsed() / 1e6);
    }
    std::printf("database size %.0f MB, peak RSS %ld MB\n", QFile(storePath).size() / 1e6,
                peakRssMb());
    benchTeamLeadRead();
    return 0;
}
