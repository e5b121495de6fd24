// Release-plan checking figures, printed; not a pass/fail test.
//
// The window checks every open plan after each load, and a live rollout watch reloads up to once a
// second, so checkPlans must stay well under that on a big workspace: 2,000 services (each needing
// three deeper ones), deployed to staging and production, 5,000 deployments, and 20 open plans of
// 50 services each. Measured: the first check (every plan's baseline written), a check with nothing
// new, and a check after a sync brought 200 deployments and 50 rollout updates. Target: each check
// under 250 ms, so the window's once-a-second refresh leaves the worker idle most of the time.
#include "plans/plantracker.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <random>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'780'000'000'000;
constexpr EpochMs Minute = 60'000;
constexpr int Services = 2'000;
constexpr int Plans = 20;
constexpr int ItemsPerPlan = 50;

QString nameOf(int i)
{
    return u"svc-%1"_s.arg(i, 4, 10, QChar(u'0'));
}

Deployment deployment(int id, int service, const QString &version, const QString &environment,
                      EpochMs at)
{
    Deployment d;
    d.externalId = u"d%1"_s.arg(id);
    d.service = nameOf(service);
    d.version = version;
    d.environment = environment;
    d.deployedAt = at;
    d.status = DeploymentStatus::Succeeded;
    d.commitSha = u"%1"_s.arg(id, 40, 16, QChar(u'0'));
    return d;
}

long maxRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double timed(const QString &cache, const ReleasePolicy &policy, EpochMs now, PlanBoard *board)
{
    QElapsedTimer timer;
    timer.start();
    *board = checkPlans(cache, policy, now);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"bench.sqlite"_s);
    std::mt19937 rng(48);
    ReleasePolicy policy;
    policy.environments = {u"staging"_s, u"production"_s};
    {
        Store store(cache);
        IngestBatch catalog;
        catalog.source = u"workspace"_s;
        catalog.sourceKind = u"workspace"_s;
        for (int i = 0; i < Services; ++i) {
            Service s;
            s.name = nameOf(i);
            s.owner = u"team-%1"_s.arg(i % 40);
            s.inCatalog = true;
            catalog.services.append(s);
            if (i + 1 < Services) {
                std::uniform_int_distribution<int> deeper(i + 1, Services - 1);
                for (int k = 0; k < 3; ++k) {
                    catalog.dependencies.append(
                        {nameOf(i), nameOf(deeper(rng)), DependencyKind::Sync, {}, false});
                }
            }
        }
        store.ingest(catalog);
        IngestBatch cd;
        cd.source = u"cd"_s;
        cd.sourceKind = u"file"_s;
        int id = 0;
        for (int i = 0; i < Services; ++i) {
            cd.deployments.append(
                deployment(++id, i, u"1.0.0"_s, u"production"_s, T0 - 600 * Minute));
            cd.deployments.append(deployment(++id, i, u"1.1.0"_s, u"staging"_s, T0 - 300 * Minute));
        }
        for (int i = 0; i < 1'000; ++i)
            cd.deployments.append(deployment(++id, i, u"0.9.0"_s, u"staging"_s, T0 - 900 * Minute));
        store.ingest(cd);
        for (int p = 0; p < Plans; ++p) {
            ReleasePlan plan;
            plan.name = u"Train %1"_s.arg(p);
            plan.environment = u"production"_s;
            plan.createdAt = T0 - (Plans - p) * Minute;
            plan.createdBy = u"bench"_s;
            for (int k = 0; k < ItemsPerPlan; ++k)
                plan.items.append({nameOf((p * 97 + k * 37) % Services), u"1.1.0"_s, u"1.0.0"_s});
            store.createPlan(plan);
        }
    }

    PlanBoard board;
    const double first = timed(cache, policy, T0, &board);
    std::printf("first check, %d plans x %d services (baselines written): %8.1f ms\n", Plans,
                ItemsPerPlan, first);
    const double unchanged = timed(cache, policy, T0 + Minute, &board);
    std::printf("check with nothing new:                               %8.1f ms\n", unchanged);
    {
        Store store(cache);
        IngestBatch sync;
        sync.source = u"cd"_s;
        sync.sourceKind = u"file"_s;
        for (int k = 0; k < 200; ++k)
            sync.deployments.append(deployment(100'000 + k, (k * 37) % Services, u"1.1.0"_s,
                                               u"production"_s, T0 + 2 * Minute));
        for (int k = 0; k < 50; ++k) {
            Rollout r;
            r.externalId = u"prod/%1"_s.arg(k);
            r.service = nameOf((k * 97 + 11) % Services);
            r.version = u"1.1.0"_s;
            r.phase = RolloutPhase::Progressing;
            r.weight = 25;
            r.updatedAt = T0 + 2 * Minute;
            sync.rollouts.append(r);
        }
        store.ingest(sync);
    }
    const double afterSync = timed(cache, policy, T0 + 3 * Minute, &board);
    int logged = 0;
    for (const ReleasePlan &plan : board.plans)
        logged += int(plan.events.size());
    std::printf("check after 200 deployments and 50 rollout updates:   %8.1f ms  (%d log lines in "
                "all plans)\n",
                afterSync, logged);
    std::printf("pending changes offered for production: %lld; peak memory %ld MB\n",
                static_cast<long long>(board.pending.value(u"production"_s).size()), maxRssMb());
    std::printf("target: every check under 250 ms: %s\n",
                first < 250 && unchanged < 250 && afterSync < 250 ? "met" : "NOT met");
    return 0;
}
