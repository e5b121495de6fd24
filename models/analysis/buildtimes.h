#pragma once

#include "analysis/dora.h"
#include "domain/entities.h"

#include <QList>
#include <QString>

// Build-time figures for the charts and for checklist question 2: how long each service's
// pipeline takes, how that moves over time, and how long runs wait in a queue before they start.
namespace Signalbox {

// Percentiles by the nearest-rank method over the values sorted ascending (p of n values is the
// value at rank ceil(p/100 * n), 1-based). Every field is -1 when count is 0.
struct DurationDistribution
{
    int count = 0;
    qint64 minMs = -1;
    qint64 p10Ms = -1;
    qint64 p25Ms = -1;
    qint64 p50Ms = -1;
    qint64 p75Ms = -1;
    qint64 p90Ms = -1;
    qint64 maxMs = -1;

    bool isEmpty() const { return count == 0; }
    bool operator==(const DurationDistribution &) const = default;
};

DurationDistribution distributionOf(QList<qint64> values);

struct BuildTimePoint
{
    EpochMs start = NoTime; // the whole day / week / month
    EpochMs end = NoTime;
    DurationDistribution run;
    DurationDistribution queue;

    bool operator==(const BuildTimePoint &) const = default;
};

struct ServiceBuildTimes
{
    QString service;
    int runs = 0; // finished runs (Succeeded or Failed) starting in the window
    int failed = 0;
    DurationDistribution run; // durationMs of those runs where known (>= 0)
    DurationDistribution queue; // queuedMs where the source gave it; empty when it never does
    QList<BuildTimePoint> trend; // every step overlapping the window, oldest first, empty ones too

    bool operator==(const ServiceBuildTimes &) const = default;
};

struct BuildTimesReport
{
    EpochMs from = NoTime;
    EpochMs to = NoTime;
    qint64 limitMs = 15LL * 60 * 1000; // the line drawn on the charts
    TrendStep step = TrendStep::Week;
    QList<ServiceBuildTimes> services; // services with at least one finished run, by name
    DurationDistribution overallRun;
    DurationDistribution overallQueue;
    // Every step overlapping the window, oldest first, empty ones too: the runs of all services
    // together, for the overall trend chart (percentiles of services' percentiles are not
    // percentiles of the runs).
    QList<BuildTimePoint> overallTrend;
    int servicesOverLimit = 0; // services whose median run is over limitMs

    bool operator==(const BuildTimesReport &) const = default;
};

// Runs whose start (or finish, when the start is not known) is in [from, to); runs of any
// service. Cancelled, skipped, queued and running runs are not counted: their duration says
// nothing about how long a build takes. Pure.
BuildTimesReport computeBuildTimes(const QList<PipelineRun> &runs, EpochMs from, EpochMs to,
                                   TrendStep step = TrendStep::Week,
                                   qint64 limitMs = 15LL * 60 * 1000);

} // namespace Signalbox
