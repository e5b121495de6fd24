// Team-lead report figures, printed; not a pass/fail test.
//
// Everything the Delivery page and `signalbox report` show, over 1,000,000 runs (about 200,000
// jobs), 100,000 deployments (staging, then production), 1,000,000 commits, 200 services in a
// chain of dependencies, contract verifications, analysed rollouts and incidents: a 90-day
// window, weekly trends. computeTeamLeadReport as a whole, then each of its parts alone.
// Target (issue 8): under 200 ms in total. `bench_teamlead --dump FILE` writes every figure of
// the report as text, to check with diff that a faster build computes the same report.
#include "deliverydata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Signalbox;
using namespace Signalbox::Bench;

namespace {

constexpr int Rounds = 5;

struct Figures
{
    double best = 0;
    double median = 0;
};

Figures measure(const std::function<void()> &work)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int round = 0; round < Rounds; ++round) {
        timer.start();
        work();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

void print(const char *what, const Figures &f)
{
    std::printf("  %-28s best %7.1f ms, median %7.1f ms\n", what, f.best, f.median);
}

// Every figure of the report as text, so two builds can be compared with diff: speeding the
// report up must not change a single one of them.
void dump(const TeamLeadReport &r, const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream out(&file);
    const auto distribution = [&](const DurationDistribution &d) {
        out << d.count << ' ' << d.minMs << ' ' << d.p10Ms << ' ' << d.p25Ms << ' ' << d.p50Ms
            << ' ' << d.p75Ms << ' ' << d.p90Ms << ' ' << d.maxMs << '\n';
    };
    for (const ChecklistItem &item : r.checklist.items) {
        out << int(item.question) << ' ' << int(item.computed) << ' ' << item.summary << '\n'
            << item.services.join(u',') << '\n';
        for (const ChecklistEvidence &e : item.evidence)
            out << "  " << e.service << '|' << e.text << '|' << e.at << '|' << e.url << '\n';
    }
    QList<DoraMetrics> metrics = r.dora.services;
    metrics.prepend(r.dora.overall);
    for (const DoraMetrics &m : metrics) {
        out << m.service << ": " << describeDora(m) << ' ' << m.frequency.deployments << ' '
            << m.frequency.deploymentDays << ' ' << m.frequency.medianDaysPerWeek << ' '
            << m.frequency.medianDaysPerMonth << ' ' << m.leadTime.medianMs << ' '
            << m.leadTime.changes << ' ' << m.leadTime.droppedNonPositive << ' '
            << m.leadTime.deploymentsLinked << ' ' << m.leadTime.deploymentsWithUnknownCommit << ' '
            << m.changeFailure.deployments << ' ' << m.changeFailure.failed << ' '
            << m.restore.medianMs << ' ' << m.restore.episodes << ' ' << m.restore.restored << ' '
            << m.restore.open << ' ' << m.restore.incidents << ' ' << m.restore.longestOpenMs
            << '\n';
    }
    out << "ignored " << r.dora.ignoredDeployments << '\n';
    for (const DoraTrendPoint &p : r.doraTrend) {
        out << p.start << ' ' << p.end << ' ' << p.successful << ' ' << p.deploymentDays << ' '
            << p.failed << ' ' << p.failureRate << ' ' << p.leadTimeMedianMs << ' '
            << p.restoreMedianMs << " incidents";
        for (const qsizetype i : p.incidents)
            out << ' ' << i;
        out << " deployments";
        for (const qsizetype i : p.deployments)
            out << ' ' << r.deployments.at(i).externalId;
        out << '\n';
    }
    for (const ServiceBuildTimes &t : r.buildTimes.services) {
        out << t.service << ' ' << t.runs << ' ' << t.failed << '\n';
        distribution(t.run);
        distribution(t.queue);
        for (const BuildTimePoint &p : t.trend)
            distribution(p.run);
    }
    distribution(r.buildTimes.overallRun);
    for (const BuildTimePoint &p : r.buildTimes.overallTrend)
        distribution(p.run);
    out << r.buildTimes.servicesOverLimit << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    DeliveryShape shape;
    shape.runsPerService = 5000;
    shape.commitsPerService = 5000;
    shape.deploymentsPerService = 500;
    shape.stagingBeforeProduction = true;
    shape.checks = true;
    shape.incidentsPerService = 4;
    shape.from = shape.to - 90 * DoraDayMs;
    shape.newServicesFrom = shape.to - 60 * DoraDayMs;
    const TeamLeadInput in = makeDeliveryData(shape);
    std::printf("input: %lld runs, %lld jobs, %lld deployments, %lld commits, %lld "
                "verifications, %lld rollouts, %lld incidents, %lld services; 90-day window, "
                "weekly steps; generated in %lld ms\n",
                qlonglong(in.runs.size()), qlonglong(in.jobs.size()),
                qlonglong(in.deployments.size()), qlonglong(in.commits.size()),
                qlonglong(in.verifications.size()), qlonglong(in.rollouts.size()),
                qlonglong(in.incidents.size()), qlonglong(in.services.size()),
                qlonglong(timer.elapsed()));

    TeamLeadReport report;
    const Figures total = measure([&] { report = computeTeamLeadReport(in); });

    const ChecklistInput checklistIn = checklistInputOf(in);
    const DoraInput doraIn = doraInputOf(in);
    const Figures checklist = measure([&] { (void)computeChecklist(checklistIn); });
    const Figures dora = measure([&] { (void)computeDora(doraIn); });
    const Figures trend = measure([&] { (void)doraTrend(doraIn, in.step); });
    const Figures doraWithTrend = measure([&] { (void)computeDoraWithTrend(doraIn, in.step); });
    const Figures buildTimes
        = measure([&] { (void)computeBuildTimes(in.runs, in.from, in.to, in.step); });

    // What computeTeamLeadReport would take on one thread: its parts one after the other.
    const Figures oneThread = measure([&] {
        (void)computeChecklist(checklistIn);
        (void)computeDoraWithTrend(doraIn, in.step);
        (void)computeBuildTimes(in.runs, in.from, in.to, in.step);
    });

    std::printf("computeTeamLeadReport (%d rounds):\n", Rounds);
    print("whole report", total);
    print("its parts on one thread", oneThread);
    std::printf("each part alone:\n");
    print("computeChecklist", checklist);
    print("computeDora", dora);
    print("doraTrend (weekly)", trend);
    print("computeDoraWithTrend", doraWithTrend);
    print("computeBuildTimes (weekly)", buildTimes);
    std::printf("  sum of the parts            best %7.1f ms\n",
                checklist.best + dora.best + trend.best + buildTimes.best);
    std::printf("result: %d yes; %d production deployments, lead time median %lld min, failure "
                "rate %.1f %%, restore median %lld min; %lld trend points naming %lld "
                "deployments; %lld services with build times, overall median %lld min\n",
                report.checklist.yesCount(), report.dora.overall.frequency.deployments,
                qlonglong(report.dora.overall.leadTime.medianMs / 60000),
                report.dora.overall.changeFailure.rate * 100,
                qlonglong(report.dora.overall.restore.medianMs / 60000),
                qlonglong(report.doraTrend.size()), qlonglong(report.deployments.size()),
                qlonglong(report.buildTimes.services.size()),
                qlonglong(report.buildTimes.overallRun.p50Ms / 60000));
    for (const ChecklistItem &item : report.checklist.items)
        std::printf("  %s: %s\n", qPrintable(toWord(item.question)), qPrintable(item.summary));
    std::printf("best %.1f ms (target < 200 ms), peak RSS %ld MB\n", total.best, peakRssMb());
    if (argc == 3 && qstrcmp(argv[1], "--dump") == 0)
        dump(report, argv[2]);
    return 0;
}
