// DORA figures, printed; not a pass/fail test.
//
// 100,000 production deployments and 1,000,000 commits over 200 services, a year of history:
// computeDora (every metric, per service and overall) and a weekly trend. Target: under 200 ms
// for all of it.
#include "analysis/dora.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>
#include <random>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs Start = 1'704'067'200'000; // 2024-01-01
constexpr qint64 Year = 365 * DoraDayMs;
constexpr int Services = 200;
constexpr int CommitsPerService = 5000;
constexpr int DeploymentsPerService = 500;

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QString randomSha(std::mt19937_64 &rng)
{
    static const char16_t digits[] = u"0123456789abcdef";
    QString sha(40, Qt::Uninitialized);
    quint64 bits = rng();
    for (int i = 0; i < 40; ++i) {
        if (i == 16 || i == 32)
            bits = rng();
        sha[i] = QChar(digits[bits & 15]);
        bits >>= 4;
    }
    return sha;
}

DoraInput makeInput()
{
    std::mt19937_64 rng(8);
    std::uniform_int_distribution<int> status(0, 99);
    std::uniform_int_distribution<qint64> jitter(0, DoraHourMs);
    DoraInput in;
    in.from = Start + Year / 4; // the last three quarters are the window
    in.to = Start + Year;
    in.now = in.to;
    in.commits.reserve(qsizetype(Services) * CommitsPerService);
    in.deployments.reserve(qsizetype(Services) * DeploymentsPerService);
    const qint64 commitStep = Year / CommitsPerService;
    const int commitsPerDeployment = CommitsPerService / DeploymentsPerService;
    for (int s = 0; s < Services; ++s) {
        const QString service = u"service-%1"_s.arg(s, 3, 10, QChar(u'0'));
        const qsizetype first = in.commits.size();
        for (int c = 0; c < CommitsPerService; ++c)
            in.commits.append({service,
                               randomSha(rng),
                               u"Ada"_s,
                               Start + c * commitStep,
                               Start + c * commitStep + jitter(rng),
                               {},
                               false});
        for (int d = 0; d < DeploymentsPerService; ++d) {
            const ServiceCommit &shipped
                = in.commits.at(first + qsizetype(d + 1) * commitsPerDeployment - 1);
            Deployment dep;
            dep.externalId = u"%1-%2"_s.arg(s).arg(d);
            dep.service = service;
            dep.environment = u"production"_s;
            dep.deployedAt = shipped.committerTime + 2 * DoraHourMs + jitter(rng);
            const int roll = status(rng);
            dep.status = roll < 90 ? DeploymentStatus::Succeeded
                : roll < 95        ? DeploymentStatus::Failed
                                   : DeploymentStatus::RolledBack;
            dep.commitSha = d % 2 ? shipped.sha : shipped.sha.left(12);
            in.deployments.append(dep);
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
    const DoraInput in = makeInput();
    std::printf("input: %lld deployments, %lld commits, %d services, generated in %lld ms\n",
                qlonglong(in.deployments.size()), qlonglong(in.commits.size()), Services,
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
