// Checklist figures, printed; not a pass/fail test.
//
// 1,000,000 runs (with jobs for the failed ones), 100,000 deployments in two environments,
// 20,000 commits with pipeline changes, 200 services in a chain of dependencies, a year of
// history (deliverydata.h): computeChecklist over the last three quarters. Target: with DORA,
// under 200 ms; bench_teamlead measures the whole team-lead report.
#include "deliverydata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Signalbox;
using namespace Signalbox::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    DeliveryShape shape;
    shape.runsPerService = 5000;
    shape.commitsPerService = 100;
    shape.deploymentsPerService = 500;
    shape.stagingBeforeProduction = true;
    const TeamLeadInput all = makeDeliveryData(shape);
    const ChecklistInput in = checklistInputOf(all);
    const DoraInput dora = doraInputOf(all);
    std::printf("input: %lld runs, %lld jobs, %lld deployments, %lld commits, %lld services, "
                "generated in %lld ms\n",
                qlonglong(in.runs.size()), qlonglong(in.jobs.size()),
                qlonglong(in.deployments.size()), qlonglong(in.commits.size()),
                qlonglong(in.services.size()), qlonglong(timer.elapsed()));

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
