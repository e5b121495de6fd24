#include "buildtimes.h"

#include <algorithm>

namespace Signalbox {

namespace {

// Nearest rank: the value at rank ceil(p/100 * n), 1-based, of the sorted values.
qint64 nearestRank(const QList<qint64> &sorted, int percent)
{
    const qsizetype n = sorted.size();
    const qsizetype rank = std::max<qsizetype>(1, (qsizetype(percent) * n + 99) / 100);
    return sorted.at(rank - 1);
}

} // namespace

DurationDistribution distributionOf(QList<qint64> values)
{
    DurationDistribution d;
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = int(values.size());
    d.minMs = values.first();
    d.p10Ms = nearestRank(values, 10);
    d.p25Ms = nearestRank(values, 25);
    d.p50Ms = nearestRank(values, 50);
    d.p75Ms = nearestRank(values, 75);
    d.p90Ms = nearestRank(values, 90);
    d.maxMs = values.last();
    return d;
}

} // namespace Signalbox
