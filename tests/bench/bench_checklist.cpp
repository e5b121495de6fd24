// Checklist figures, printed; not a pass/fail test.
//
// 1,000,000 runs (with jobs for the failed ones), 100,000 deployments in two environments,
// 20,000 commits with pipeline changes, 200 services in a chain of dependencies, a year of
// history: computeChecklist over the last three quarters. Target: with DORA, under 200 ms.
#include "analysis/checklist.h"
#include "analysis/dora.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs Start = 1'704'067'200'000; // 2024-01-01
constexpr qint64 Year = 365 * DoraDayMs;
constexpr int Services = 200;
constexpr int RunsPerService = 5000;
constexpr int DeploymentsPerService = 500;
constexpr int CommitsPerService = 100;

ChecklistInput makeInput()
{
    std::mt19937_64 rng(8);
    std::uniform_int_distribution<int> roll(0, 99);
    std::uniform_int_distribution<qint64> minutes(2, 40);
    ChecklistInput in;
    in.from = Start + Year / 4;
    in.to = Start + Year;
    in.now = in.to;
    in.runs.reserve(qsizetype(Services) * RunsPerService);
    in.deployments.reserve(qsizetype(Services) * DeploymentsPerService);
    QStringList names;
    for (int s = 0; s < Services; ++s)
        names << u"service-%1"_s.arg(s, 3, 10, QChar(u'0'));
    for (int s = 0; s < Services; ++s) {
        Service service;
        service.name = names.at(s);
        in.services.append(service);
        if (s > 0)
            in.dependencies.append({names.at(s), names.at(s - 1), DependencyKind::Sync, {}, false});
        const qint64 runStep = Year / RunsPerService;
        for (int r = 0; r < RunsPerService; ++r) {
            PipelineRun run;
            run.externalId = u"%1-%2"_s.arg(s).arg(r);
            run.service = names.at(s);
            run.pipeline = u"ci"_s;
            run.source = u"github"_s;
            run.startedAt = Start + r * runStep;
            run.durationMs = minutes(rng) * 60'000;
            run.finishedAt = run.startedAt + run.durationMs;
            run.commitSha = u"%1%2"_s.arg(s, 4, 16, QChar(u'0')).arg(r, 8, 16, QChar(u'0'));
            run.status = roll(rng) < 90 ? RunStatus::Succeeded : RunStatus::Failed;
            if (run.status == RunStatus::Failed) {
                // Two jobs per failed run; one in five fails in another service's tests.
                PipelineJob build;
                build.externalId = run.externalId + u"/build"_s;
                build.runExternalId = run.externalId;
                build.source = run.source;
                build.name = u"build"_s;
                build.status = RunStatus::Succeeded;
                PipelineJob test = build;
                test.externalId = run.externalId + u"/test"_s;
                test.name = roll(rng) < 20 ? names.at((s + 1) % Services) + u" contract tests"_s
                                           : u"unit tests"_s;
                test.status = RunStatus::Failed;
                in.jobs << build << test;
            }
            in.runs.append(run);
        }
        const qint64 deployStep = Year / DeploymentsPerService;
        for (int d = 0; d < DeploymentsPerService; ++d) {
            Deployment dep;
            dep.externalId = u"%1-%2"_s.arg(s).arg(d);
            dep.service = names.at(s);
            dep.environment = d % 2 ? u"production"_s : u"staging"_s;
            dep.deployedAt = Start + d * deployStep + s * 60'000;
            const int r = roll(rng);
            dep.status = r < 90 ? DeploymentStatus::Succeeded
                : r < 95        ? DeploymentStatus::Failed
                                : DeploymentStatus::RolledBack;
            in.deployments.append(dep);
        }
        const qint64 commitStep = Year / CommitsPerService;
        for (int c = 0; c < CommitsPerService; ++c) {
            const EpochMs at = Start + c * commitStep + (s < 20 ? Year / 2 : 0);
            in.commits.append({names.at(s),
                               u"%1%2"_s.arg(s, 4, 16, QChar(u'0')).arg(c, 36, 16, QChar(u'0')),
                               u"Ada"_s, at, at, u"Change"_s, c % 10 == 0});
        }
    }
    return in;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const ChecklistInput in = makeInput();
    std::printf("input: %lld runs, %lld jobs, %lld deployments, %lld commits, %d services, "
                "generated in %lld ms\n",
                qlonglong(in.runs.size()), qlonglong(in.jobs.size()),
                qlonglong(in.deployments.size()), qlonglong(in.commits.size()), Services,
                qlonglong(timer.elapsed()));
    DoraInput dora;
    dora.deployments = in.deployments;
    dora.commits = in.commits;
    dora.from = in.from;
    dora.to = in.to;
    dora.now = in.now;

    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        const Checklist checklist = computeChecklist(in);
        const qint64 checklistNs = timer.nsecsElapsed();
        timer.start();
        const DoraReport report = computeDora(dora);
        const qint64 doraNs = timer.nsecsElapsed();
        const double total = (checklistNs + doraNs) / 1e6;
        best = std::min(best, total);
        std::printf("round %d: computeChecklist %.1f ms, computeDora %.1f ms, total %.1f ms | "
                    "%d yes (%d production deployments)\n",
                    round + 1, checklistNs / 1e6, doraNs / 1e6, total, checklist.yesCount(),
                    report.overall.frequency.deployments);
        if (round == 0) {
            for (const ChecklistItem &item : checklist.items)
                std::printf("  %s: %s\n", qPrintable(toWord(item.question)),
                            qPrintable(item.summary));
        }
    }
    std::printf("best total %.1f ms (target < 200 ms)\n", best);
    return 0;
}
