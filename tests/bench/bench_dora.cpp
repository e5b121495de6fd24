// DORA figures, printed; not a pass/fail test.
//
// 100,000 production deployments and 1,000,000 commits over 200 services, a year of history:
// computeDora (every metric, per service and overall) and a weekly trend. Target: under 200 ms
// for all of it. The history is deliverydata.h's, production deployments only.
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
    shape.commitsPerService = 5000;
    shape.deploymentsPerService = 500;
    shape.newServices = 0;
    const DoraInput in = doraInputOf(makeDeliveryData(shape));
    std::printf("input: %lld deployments, %lld commits, %d services, generated in %lld ms\n",
                qlonglong(in.deployments.size()), qlonglong(in.commits.size()), shape.services,
                qlonglong(timer.elapsed()));

    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        const DoraReport report = computeDora(in);
        const qint64 reportNs = timer.nsecsElapsed();
        timer.start();
        const QList<DoraTrendPoint> trend = doraTrend(in, TrendStep::Week);
        const qint64 trendNs = timer.nsecsElapsed();
        const double total = (reportNs + trendNs) / 1e6;
        best = std::min(best, total);
        std::printf("round %d: computeDora %.1f ms, weekly trend %.1f ms (%lld points), total "
                    "%.1f ms | overall: %d deployments, lead time median %lld min from %d "
                    "changes, failure rate %.1f %%, restore median %lld min\n",
                    round + 1, reportNs / 1e6, trendNs / 1e6, qlonglong(trend.size()), total,
                    report.overall.frequency.deployments,
                    qlonglong(report.overall.leadTime.medianMs / 60000),
                    report.overall.leadTime.changes, report.overall.changeFailure.rate * 100,
                    qlonglong(report.overall.restore.medianMs / 60000));
    }
    std::printf("best total %.1f ms (target < 200 ms), peak RSS %ld MB\n", best, peakRssMb());
    return 0;
}
