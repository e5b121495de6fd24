#pragma once

// A team-lead report written by hand for the chart and PDF tests: eight weeks, four services,
// every figure chosen so the tests can name it.
#include "analysis/teamleadreport.h"

#include <QDateTime>

namespace Signalbox::Sample {

using namespace Qt::StringLiterals;

inline constexpr qint64 Minute = 60LL * 1000;
inline constexpr qint64 Hour = 60 * Minute;
inline constexpr qint64 Day = 24 * Hour;

inline EpochMs utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Monday 2026-01-05, the first of eight weeks.
inline EpochMs weekStart(int week)
{
    return utc(2026, 1, 5) + week * 7 * Day;
}

inline DurationDistribution runMinutes(int count, qint64 p10, qint64 p25, qint64 p50, qint64 p75,
                                       qint64 p90)
{
    DurationDistribution d;
    d.count = count;
    d.minMs = p10 * Minute;
    d.p10Ms = p10 * Minute;
    d.p25Ms = p25 * Minute;
    d.p50Ms = p50 * Minute;
    d.p75Ms = p75 * Minute;
    d.p90Ms = p90 * Minute;
    d.maxMs = p90 * Minute;
    return d;
}

inline DoraMetrics metrics(const QString &service, int deployments, FrequencyBucket bucket,
                           DoraLevel frequencyLevel)
{
    DoraMetrics m;
    m.service = service;
    m.frequency.deployments = deployments;
    m.frequency.bucket = bucket;
    m.frequency.level = frequencyLevel;
    return m;
}

inline Deployment deployment(const QString &id, const QString &service, EpochMs at,
                             DeploymentStatus status = DeploymentStatus::Succeeded)
{
    Deployment d;
    d.externalId = id;
    d.service = service;
    d.environment = u"production"_s;
    d.deployedAt = at;
    d.status = status;
    return d;
}

inline BuildTimePoint trendPoint(int week, DurationDistribution run)
{
    BuildTimePoint p;
    p.start = weekStart(week);
    p.end = weekStart(week + 1);
    p.run = run;
    return p;
}

inline TeamLeadReport report()
{
    TeamLeadReport r;
    r.workspaceName = u"Demo shop"_s;
    r.from = weekStart(0);
    r.to = weekStart(8);
    r.computedAt = r.to + 9 * Hour;
    r.step = TrendStep::Week;
    r.productionEnvironment = u"production"_s;

    r.checklist.from = r.from;
    r.checklist.to = r.to;
    const ChecklistAnswer answers[]
        = {ChecklistAnswer::Yes,           ChecklistAnswer::Yes, ChecklistAnswer::No,
           ChecklistAnswer::NotEnoughData, ChecklistAnswer::No,  ChecklistAnswer::No};
    for (int q = 1; q <= ChecklistQuestionCount; ++q) {
        ChecklistItem item;
        item.question = ChecklistQuestion(q);
        item.computed = answers[q - 1];
        item.summary = u"Summary of question %1."_s.arg(q);
        r.checklist.items.append(item);
    }
    r.checklist.items[0].services = {u"checkout"_s, u"payments"_s};
    r.checklist.items[0].evidence.append(
        {u"checkout"_s, u"Deployment 1.4.2 waited 40 min on payments-tests."_s,
         weekStart(2) + 10 * Hour, u"https://ci.example.com/runs/4711"_s});

    // Eight weekly points. Week 1 and week 6 have no deployments: their lead time, failure rate
    // and time to restore are gaps, their count of deployments a real zero.
    const int successful[] = {2, 0, 1, 3, 2, 1, 0, 2};
    const int failed[] = {0, 0, 1, 0, 0, 0, 0, 0};
    const qint64 leadHours[] = {3, -1, 5, 7, 4, 6, -1, 2};
    const qint64 restoreHours[] = {-1, -1, 2, -1, -1, -1, -1, -1};
    for (int w = 0; w < 8; ++w) {
        DoraTrendPoint p;
        p.start = weekStart(w);
        p.end = weekStart(w + 1);
        p.successful = successful[w];
        p.deploymentDays = successful[w];
        p.failed = failed[w];
        const int all = successful[w] + failed[w];
        p.failureRate = all == 0 ? -1 : double(failed[w]) / all;
        p.leadTimeMedianMs = leadHours[w] < 0 ? -1 : leadHours[w] * Hour;
        p.restoreMedianMs = restoreHours[w] < 0 ? -1 : restoreHours[w] * Hour;
        for (int i = 0; i < all; ++i) {
            p.deployments.append(r.deployments.size());
            r.deployments.append(deployment(
                u"dep-%1-%2"_s.arg(w).arg(i), i % 2 ? u"payments"_s : u"checkout"_s,
                p.start + (i + 1) * Day,
                i < successful[w] ? DeploymentStatus::Succeeded : DeploymentStatus::Failed));
        }
        r.doraTrend.append(p);
    }

    // 11 successful and 1 failed: 1 of 12 is 8 %; medians 4 h and 2 h.
    DoraMetrics &all = r.dora.overall;
    all = metrics({}, 11, FrequencyBucket::Weekly, DoraLevel::High);
    all.leadTime.medianMs = 4 * Hour;
    all.leadTime.changes = 9;
    all.leadTime.bucket = DurationBucket::UnderOneDay;
    all.leadTime.level = DoraLevel::Elite;
    all.changeFailure = {12, 1, 1.0 / 12, FailureRateBucket::UpTo15Percent, DoraLevel::Elite};
    all.restore.medianMs = 2 * Hour;
    all.restore.episodes = all.restore.restored = 1;
    all.restore.bucket = DurationBucket::UnderOneDay;
    all.restore.level = DoraLevel::High;
    DoraMetrics checkout = metrics(u"checkout"_s, 7, FrequencyBucket::Weekly, DoraLevel::High);
    checkout.leadTime.medianMs = 5 * Hour;
    checkout.leadTime.bucket = DurationBucket::UnderOneDay;
    checkout.leadTime.level = DoraLevel::Elite;
    checkout.changeFailure = {8, 1, 1.0 / 8, FailureRateBucket::UpTo15Percent, DoraLevel::Elite};
    DoraMetrics payments = metrics(u"payments"_s, 4, FrequencyBucket::Weekly, DoraLevel::High);
    payments.changeFailure = {4, 0, 0, FailureRateBucket::UpTo15Percent, DoraLevel::Elite};
    // Deployed once, long before the window: listed, with nothing to say about the window.
    DoraMetrics legacy
        = metrics(u"legacy-billing"_s, 0, FrequencyBucket::NotEnoughData, DoraLevel::NotEnoughData);
    r.dora.services = {checkout, legacy, payments};

    BuildTimesReport &b = r.buildTimes;
    b.from = r.from;
    b.to = r.to;
    b.step = TrendStep::Week;
    ServiceBuildTimes checkoutRuns;
    checkoutRuns.service = u"checkout"_s;
    checkoutRuns.runs = 40;
    checkoutRuns.run = runMinutes(40, 11, 14, 18, 21, 26);
    checkoutRuns.queue = runMinutes(40, 1, 2, 3, 5, 9);
    ServiceBuildTimes paymentsRuns;
    paymentsRuns.service = u"payments"_s;
    paymentsRuns.runs = 30;
    paymentsRuns.run = runMinutes(30, 6, 9, 12, 14, 17);
    paymentsRuns.queue = runMinutes(30, 0, 1, 1, 2, 4);
    ServiceBuildTimes searchRuns;
    searchRuns.service = u"search"_s;
    searchRuns.runs = 12;
    searchRuns.run = runMinutes(12, 15, 19, 22, 27, 33);
    searchRuns.queue = runMinutes(12, 2, 4, 6, 8, 12);
    // Its source (a file export) never gives a queue time.
    ServiceBuildTimes webRuns;
    webRuns.service = u"web"_s;
    webRuns.runs = 25;
    webRuns.run = runMinutes(25, 3, 4, 6, 7, 9);
    b.services = {checkoutRuns, paymentsRuns, searchRuns, webRuns};
    b.overallRun = runMinutes(107, 4, 8, 13, 19, 25);
    b.overallQueue = runMinutes(82, 0, 1, 2, 4, 8);
    b.servicesOverLimit = 2;
    // Week 3 had no finished run at all: a gap in the trend.
    const qint64 medians[] = {12, 14, 13, -1, 16, 15, 17, 14};
    for (int w = 0; w < 8; ++w) {
        b.overallTrend.append(trendPoint(
            w,
            medians[w] < 0 ? DurationDistribution {}
                           : runMinutes(12, 4, 8, medians[w], medians[w] + 4, medians[w] + 9)));
        checkoutRuns.trend.append(trendPoint(w, runMinutes(5, 11, 14, 18, 21, 26)));
    }
    b.services[0].trend = checkoutRuns.trend;
    return r;
}

} // namespace Signalbox::Sample
