#include "buildtimes.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace Signalbox {

namespace {

// The 1-based nearest rank of percentile p among n values: ceil(p * n / 100), at least 1. Whole
// numbers, so an exact rank never depends on how p / 100 rounds in binary.
std::size_t nearestRank(int percent, std::size_t n)
{
    return std::max<std::size_t>(1, (std::size_t(percent) * n + 99) / 100);
}

// Reorders `values`. Each rank is found by nth_element on what lies above the previous one, so
// the seven figures cost about two linear passes rather than a sort: the overall distribution
// of a million runs is computed on every report.
DurationDistribution distributionOfInPlace(std::vector<qint64> &values)
{
    DurationDistribution d;
    const std::size_t n = values.size();
    if (n == 0)
        return d;
    d.count = int(n);
    const std::array<std::size_t, 7> ranks {1,
                                            nearestRank(10, n),
                                            nearestRank(25, n),
                                            nearestRank(50, n),
                                            nearestRank(75, n),
                                            nearestRank(90, n),
                                            n};
    std::array<qint64, 7> found {};
    auto from = values.begin();
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        const auto at = values.begin() + std::ptrdiff_t(ranks[i] - 1);
        if (at >= from) {
            std::nth_element(from, at, values.end());
            from = at + 1;
        }
        found[i] = *at;
    }
    d.minMs = found[0];
    d.p10Ms = found[1];
    d.p25Ms = found[2];
    d.p50Ms = found[3];
    d.p75Ms = found[4];
    d.p90Ms = found[5];
    d.maxMs = found[6];
    return d;
}

struct Samples
{
    std::vector<qint64> run;
    std::vector<qint64> queue;

    void add(const PipelineRun &r)
    {
        if (r.durationMs >= 0)
            run.push_back(r.durationMs);
        if (r.queuedMs >= 0)
            queue.push_back(r.queuedMs);
    }
};

struct ServiceSamples
{
    QString name;
    int runs = 0;
    int failed = 0;
    Samples all;
    std::vector<Samples> steps; // one per trend step
};

} // namespace

DurationDistribution distributionOf(QList<qint64> values)
{
    std::vector<qint64> v(values.cbegin(), values.cend());
    return distributionOfInPlace(v);
}

BuildTimesReport computeBuildTimes(const QList<PipelineRun> &runs, EpochMs from, EpochMs to,
                                   TrendStep step, qint64 limitMs)
{
    BuildTimesReport report;
    report.from = from;
    report.to = to;
    report.limitMs = limitMs;
    report.step = step;

    std::vector<EpochMs> stepStarts;
    for (EpochMs s = trendStepStart(from, step); s < to; s = trendStepEnd(s, step))
        stepStarts.push_back(s);

    std::vector<ServiceSamples> services;
    QHash<QString, std::size_t> indexOf;
    Samples overall;
    std::vector<Samples> overallSteps(stepStarts.size());
    const QString *lastService = nullptr;
    std::size_t lastIndex = 0;
    for (const PipelineRun &r : runs) {
        if (r.status != RunStatus::Succeeded && r.status != RunStatus::Failed)
            continue;
        const EpochMs at = r.startedAt != NoTime ? r.startedAt : r.finishedAt;
        if (at == NoTime || at < from || at >= to)
            continue;
        // Sources write a service's runs together: most lookups are the previous one's. The
        // cache hands out one string per service name, so the pointers are compared first.
        if (!lastService || !(r.service.isSharedWith(*lastService) || r.service == *lastService)) {
            auto found = indexOf.constFind(r.service);
            if (found == indexOf.constEnd()) {
                found = indexOf.insert(r.service, services.size());
                services.push_back({r.service, 0, 0, {}, std::vector<Samples>(stepStarts.size())});
            }
            lastService = &r.service;
            lastIndex = *found;
        }
        ServiceSamples &svc = services[lastIndex];
        ++svc.runs;
        if (r.status == RunStatus::Failed)
            ++svc.failed;
        svc.all.add(r);
        overall.add(r);
        // at >= from >= the first step's start, so there is always a step at or before it.
        const auto next = std::upper_bound(stepStarts.cbegin(), stepStarts.cend(), at);
        const std::size_t stepIndex = std::size_t(next - stepStarts.cbegin() - 1);
        svc.steps[stepIndex].add(r);
        overallSteps[stepIndex].add(r);
    }

    std::sort(services.begin(), services.end(),
              [](const ServiceSamples &a, const ServiceSamples &b) { return a.name < b.name; });
    report.services.reserve(qsizetype(services.size()));
    for (ServiceSamples &svc : services) {
        ServiceBuildTimes times;
        times.service = svc.name;
        times.runs = svc.runs;
        times.failed = svc.failed;
        times.run = distributionOfInPlace(svc.all.run);
        times.queue = distributionOfInPlace(svc.all.queue);
        times.trend.reserve(qsizetype(stepStarts.size()));
        for (std::size_t i = 0; i < stepStarts.size(); ++i) {
            times.trend.append({stepStarts[i], trendStepEnd(stepStarts[i], step),
                                distributionOfInPlace(svc.steps[i].run),
                                distributionOfInPlace(svc.steps[i].queue)});
        }
        if (!times.run.isEmpty() && times.run.p50Ms > limitMs)
            ++report.servicesOverLimit;
        report.services.append(std::move(times));
    }
    report.overallRun = distributionOfInPlace(overall.run);
    report.overallQueue = distributionOfInPlace(overall.queue);
    report.overallTrend.reserve(qsizetype(stepStarts.size()));
    for (std::size_t i = 0; i < stepStarts.size(); ++i) {
        report.overallTrend.append({stepStarts[i], trendStepEnd(stepStarts[i], step),
                                    distributionOfInPlace(overallSteps[i].run),
                                    distributionOfInPlace(overallSteps[i].queue)});
    }
    return report;
}

} // namespace Signalbox
