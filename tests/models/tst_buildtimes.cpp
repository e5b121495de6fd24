#include "analysis/buildtimes.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

// Monday 2024-01-01 00:00 UTC.
constexpr EpochMs T0 = 1'704'067'200'000;
constexpr qint64 Min = 60'000;
constexpr qint64 H = DoraHourMs;
constexpr qint64 D = DoraDayMs;

PipelineRun run(const QString &id, const QString &service, RunStatus status, EpochMs startedAt,
                qint64 durationMs, qint64 queuedMs = -1)
{
    PipelineRun r;
    r.externalId = id;
    r.service = service;
    r.status = status;
    r.startedAt = startedAt;
    r.durationMs = durationMs;
    r.finishedAt = durationMs >= 0 ? startedAt + durationMs : NoTime;
    r.queuedMs = queuedMs;
    return r;
}

DurationDistribution dist(int count, qint64 min, qint64 p10, qint64 p25, qint64 p50, qint64 p75,
                          qint64 p90, qint64 max)
{
    return {count, min, p10, p25, p50, p75, p90, max};
}

const ServiceBuildTimes *find(const BuildTimesReport &report, const QString &service)
{
    for (const ServiceBuildTimes &s : report.services) {
        if (s.service == service)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestBuildTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestRank_data();
    void nearestRank();
    void onlyFinishedRunsInTheWindowCount();
    void queueIsEmptyWhenNoSourceGaveIt();
    void weeklyTrendKeepsEmptyWeeks();
    void monthlyTrendFollowsCalendarMonths();
    void fifteenMinutesExactlyIsNotOverTheLimit();
    void emptyWindow();
};

void TestBuildTimes::nearestRank_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<DurationDistribution>("expected");

    QTest::newRow("none") << QList<qint64> {} << DurationDistribution {};
    // n = 1: every rank is ceil(p/100 * 1) = 1.
    QTest::newRow("one value") << QList<qint64> {42} << dist(1, 42, 42, 42, 42, 42, 42, 42);
    // n = 2, sorted 10, 20: p10 ceil(0.2) = 1, p25 ceil(0.5) = 1, p50 ceil(1.0) = 1 -> 10;
    // p75 ceil(1.5) = 2, p90 ceil(1.8) = 2 -> 20.
    QTest::newRow("two values") << QList<qint64> {20, 10} << dist(2, 10, 10, 10, 10, 20, 20, 20);
    // n = 10, sorted 100 .. 1000: p10 ceil(1.0) = 1 -> 100, p25 ceil(2.5) = 3 -> 300,
    // p50 ceil(5.0) = 5 -> 500, p75 ceil(7.5) = 8 -> 800, p90 ceil(9.0) = 9 -> 900.
    QTest::newRow("ten values") << QList<qint64> {700, 300, 1000, 100, 900, 500, 200, 800, 600, 400}
                                << dist(10, 100, 100, 300, 500, 800, 900, 1000);
    // Ties: sorted 5 5 5 9: p50 ceil(2.0) = 2 -> 5, p75 ceil(3.0) = 3 -> 5, p90 ceil(3.6) = 4 -> 9.
    QTest::newRow("ties") << QList<qint64> {5, 9, 5, 5} << dist(4, 5, 5, 5, 5, 5, 9, 9);
}

void TestBuildTimes::nearestRank()
{
    QFETCH(QList<qint64>, values);
    QFETCH(DurationDistribution, expected);
    const DurationDistribution d = distributionOf(values);
    QCOMPARE(d.count, expected.count);
    QCOMPARE(d.minMs, expected.minMs);
    QCOMPARE(d.p10Ms, expected.p10Ms);
    QCOMPARE(d.p25Ms, expected.p25Ms);
    QCOMPARE(d.p50Ms, expected.p50Ms);
    QCOMPARE(d.p75Ms, expected.p75Ms);
    QCOMPARE(d.p90Ms, expected.p90Ms);
    QCOMPARE(d.maxMs, expected.maxMs);
    QCOMPARE(d.isEmpty(), values.isEmpty());
}

void TestBuildTimes::onlyFinishedRunsInTheWindowCount()
{
    const EpochMs from = T0 + D;
    const EpochMs to = T0 + 3 * D;
    QList<PipelineRun> runs {
        run(u"1"_s, u"api"_s, RunStatus::Succeeded, from, 10 * Min, 30'000), // at `from`: in
        run(u"2"_s, u"api"_s, RunStatus::Failed, from + H, 20 * Min, 90'000),
        run(u"3"_s, u"api"_s, RunStatus::Cancelled, from + 2 * H, 1 * Min, 1'000),
        run(u"4"_s, u"api"_s, RunStatus::Skipped, from + 3 * H, 0, 0),
        run(u"5"_s, u"api"_s, RunStatus::Running, from + 4 * H, -1, 5'000),
        run(u"6"_s, u"api"_s, RunStatus::Queued, from + 5 * H, -1, -1),
        run(u"7"_s, u"api"_s, RunStatus::Unknown, from + 6 * H, 3 * Min),
        run(u"8"_s, u"api"_s, RunStatus::Succeeded, from - 1, 99 * Min), // before the window
        run(u"9"_s, u"api"_s, RunStatus::Succeeded, to, 99 * Min), // at `to`: out
        // Finished with no duration known: counted as a run, not in the distribution.
        run(u"10"_s, u"web"_s, RunStatus::Succeeded, from + H, -1),
    };
    // No start known: its finish places it, in the window.
    PipelineRun finishedOnly = run(u"11"_s, u"web"_s, RunStatus::Failed, NoTime, 4 * Min);
    finishedOnly.finishedAt = from + 2 * H;
    runs.append(finishedOnly);
    // No start and no finish: nowhere in time.
    runs.append(run(u"12"_s, u"web"_s, RunStatus::Succeeded, NoTime, -1));

    const BuildTimesReport report = computeBuildTimes(runs, from, to, TrendStep::Day);
    QCOMPARE(report.services.size(), 2);
    QCOMPARE(report.services.at(0).service, u"api"_s);
    QCOMPARE(report.services.at(1).service, u"web"_s);

    const ServiceBuildTimes &api = report.services.at(0);
    QCOMPARE(api.runs, 2); // runs 1 and 2
    QCOMPARE(api.failed, 1);
    // 10 and 20 min: n = 2, ranks as in nearestRank's "two values".
    QCOMPARE(api.run,
             dist(2, 10 * Min, 10 * Min, 10 * Min, 10 * Min, 20 * Min, 20 * Min, 20 * Min));
    QCOMPARE(api.queue, dist(2, 30'000, 30'000, 30'000, 30'000, 90'000, 90'000, 90'000));

    const ServiceBuildTimes &web = report.services.at(1);
    QCOMPARE(web.runs, 2); // runs 10 and 11
    QCOMPARE(web.failed, 1);
    QCOMPARE(web.run, dist(1, 4 * Min, 4 * Min, 4 * Min, 4 * Min, 4 * Min, 4 * Min, 4 * Min));
    QVERIFY(web.queue.isEmpty());

    // Overall: 4, 10, 20 min; p10 ceil(0.3) = 1, p25 ceil(0.75) = 1, p50 ceil(1.5) = 2,
    // p75 ceil(2.25) = 3, p90 ceil(2.7) = 3.
    QCOMPARE(report.overallRun,
             dist(3, 4 * Min, 4 * Min, 4 * Min, 10 * Min, 20 * Min, 20 * Min, 20 * Min));
    QCOMPARE(report.overallQueue.count, 2);
    QCOMPARE(report.servicesOverLimit, 0); // medians 10 and 4 min, both under 15
}

void TestBuildTimes::queueIsEmptyWhenNoSourceGaveIt()
{
    const QList<PipelineRun> runs {
        run(u"1"_s, u"api"_s, RunStatus::Succeeded, T0 + H, 5 * Min),
        run(u"2"_s, u"api"_s, RunStatus::Failed, T0 + 2 * H, 7 * Min),
    };
    const BuildTimesReport report = computeBuildTimes(runs, T0, T0 + D, TrendStep::Day);
    QCOMPARE(report.services.size(), 1);
    const ServiceBuildTimes &api = report.services.at(0);
    QCOMPARE(api.run.count, 2);
    QCOMPARE(api.queue, DurationDistribution {});
    QCOMPARE(api.queue.p50Ms, -1);
    QCOMPARE(report.overallQueue, DurationDistribution {});
    QCOMPARE(api.trend.size(), 1);
    QCOMPARE(api.trend.at(0).run.count, 2);
    QVERIFY(api.trend.at(0).queue.isEmpty());
}

void TestBuildTimes::weeklyTrendKeepsEmptyWeeks()
{
    // Wednesday 2024-01-03 to Wednesday 2024-01-24: weeks starting Monday 01-01, 01-08, 01-15
    // and 01-22 overlap it, four points. Runs in the first and third weeks only.
    const EpochMs from = T0 + 2 * D;
    const EpochMs to = T0 + 23 * D;
    const QList<PipelineRun> runs {
        run(u"early"_s, u"api"_s, RunStatus::Succeeded, T0 + H, 50 * Min), // Mon 01-01: before
        run(u"w1a"_s, u"api"_s, RunStatus::Succeeded, T0 + 2 * D + H, 6 * Min, 10'000),
        run(u"w1b"_s, u"api"_s, RunStatus::Failed, T0 + 6 * D + 23 * H, 8 * Min, 20'000),
        run(u"w3"_s, u"api"_s, RunStatus::Succeeded, T0 + 14 * D, 12 * Min), // Mon 01-15 00:00
        run(u"late"_s, u"api"_s, RunStatus::Succeeded, T0 + 23 * D, 50 * Min), // at `to`: out
        run(u"w3web"_s, u"web"_s, RunStatus::Succeeded, T0 + 20 * D, 30 * Min, 1'000),
    };
    const BuildTimesReport report = computeBuildTimes(runs, from, to);
    QCOMPARE(report.step, TrendStep::Week);
    QCOMPARE(report.services.size(), 2);

    const ServiceBuildTimes *api = find(report, u"api"_s);
    QVERIFY(api);
    QCOMPARE(api->runs, 3);
    QCOMPARE(api->trend.size(), 4);
    const EpochMs starts[] = {T0, T0 + 7 * D, T0 + 14 * D, T0 + 21 * D};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(api->trend.at(i).start, starts[i]);
        QCOMPARE(api->trend.at(i).end, starts[i] + 7 * D);
    }
    // Week 1: 6 and 8 min (n = 2: p50 rank 1, p90 rank 2).
    QCOMPARE(api->trend.at(0).run,
             dist(2, 6 * Min, 6 * Min, 6 * Min, 6 * Min, 8 * Min, 8 * Min, 8 * Min));
    QCOMPARE(api->trend.at(0).queue.p50Ms, 10'000);
    QCOMPARE(api->trend.at(0).queue.p90Ms, 20'000);
    QCOMPARE(api->trend.at(1).run, DurationDistribution {});
    QCOMPARE(api->trend.at(1).queue, DurationDistribution {});
    QCOMPARE(api->trend.at(2).run.count, 1);
    QCOMPARE(api->trend.at(2).run.p50Ms, 12 * Min);
    QVERIFY(api->trend.at(2).queue.isEmpty());
    QVERIFY(api->trend.at(3).run.isEmpty());

    // web has a run in the third week only; its other weeks are there, empty.
    const ServiceBuildTimes *web = find(report, u"web"_s);
    QVERIFY(web);
    QCOMPARE(web->trend.size(), 4);
    QVERIFY(web->trend.at(0).run.isEmpty());
    QVERIFY(web->trend.at(1).run.isEmpty());
    QCOMPARE(web->trend.at(2).run.p50Ms, 30 * Min);
    QCOMPARE(web->trend.at(2).queue.p50Ms, 1'000);
    QVERIFY(web->trend.at(3).run.isEmpty());

    // All services together, run by run: week 3 holds api's 12 min and web's 30 min (n = 2:
    // p50 rank 1 = 12 min, p90 rank 2 = 30 min); its queue only web's 1 s.
    QCOMPARE(report.overallTrend.size(), 4);
    QCOMPARE(report.overallTrend.at(0).run, api->trend.at(0).run);
    QVERIFY(report.overallTrend.at(1).run.isEmpty());
    QCOMPARE(report.overallTrend.at(2).start, T0 + 14 * D);
    QCOMPARE(report.overallTrend.at(2).run.count, 2);
    QCOMPARE(report.overallTrend.at(2).run.p50Ms, 12 * Min);
    QCOMPARE(report.overallTrend.at(2).run.p90Ms, 30 * Min);
    QCOMPARE(report.overallTrend.at(2).queue.count, 1);
    QVERIFY(report.overallTrend.at(3).run.isEmpty());
}

void TestBuildTimes::monthlyTrendFollowsCalendarMonths()
{
    // 2024-01-15 to 2024-03-02: January (31 days), February (29, a leap year) and March.
    const EpochMs from = T0 + 14 * D;
    const EpochMs to = T0 + (31 + 29 + 1) * D;
    const QList<PipelineRun> runs {
        run(u"feb"_s, u"api"_s, RunStatus::Succeeded, T0 + 40 * D, 3 * Min), // 2024-02-10
    };
    const BuildTimesReport report = computeBuildTimes(runs, from, to, TrendStep::Month);
    QCOMPARE(report.services.size(), 1);
    const QList<BuildTimePoint> &trend = report.services.at(0).trend;
    QCOMPARE(trend.size(), 3);
    QCOMPARE(trend.at(0).start, T0);
    QCOMPARE(trend.at(0).end, T0 + 31 * D);
    QCOMPARE(trend.at(1).end, T0 + 60 * D);
    QCOMPARE(trend.at(2).start, T0 + 60 * D);
    QCOMPARE(trend.at(2).end, T0 + 91 * D);
    QVERIFY(trend.at(0).run.isEmpty());
    QCOMPARE(trend.at(1).run.p50Ms, 3 * Min);
    QVERIFY(trend.at(2).run.isEmpty());
}

void TestBuildTimes::fifteenMinutesExactlyIsNotOverTheLimit()
{
    const qint64 limit = 15 * Min;
    const QList<PipelineRun> runs {
        // at: median exactly 15 min (5, 15, 40: rank ceil(1.5) = 2) -> not over.
        run(u"a1"_s, u"at"_s, RunStatus::Succeeded, T0 + 1 * H, 5 * Min),
        run(u"a2"_s, u"at"_s, RunStatus::Succeeded, T0 + 2 * H, limit),
        run(u"a3"_s, u"at"_s, RunStatus::Failed, T0 + 3 * H, 40 * Min),
        // over: one millisecond more -> over.
        run(u"o1"_s, u"over"_s, RunStatus::Succeeded, T0 + 1 * H, limit + 1),
        // mixed: 1, 2, 30, 31 min; median rank ceil(2.0) = 2 -> 2 min, though two of four
        // runs are over: the median decides.
        run(u"m1"_s, u"mixed"_s, RunStatus::Succeeded, T0 + 1 * H, 1 * Min),
        run(u"m2"_s, u"mixed"_s, RunStatus::Succeeded, T0 + 2 * H, 2 * Min),
        run(u"m3"_s, u"mixed"_s, RunStatus::Succeeded, T0 + 3 * H, 30 * Min),
        run(u"m4"_s, u"mixed"_s, RunStatus::Succeeded, T0 + 4 * H, 31 * Min),
        // unknown: a finished run with no duration has no median; it is not over.
        run(u"u1"_s, u"unknown"_s, RunStatus::Succeeded, T0 + 1 * H, -1),
    };
    const BuildTimesReport report = computeBuildTimes(runs, T0, T0 + D);
    QCOMPARE(report.limitMs, limit);
    QCOMPARE(report.services.size(), 4);
    QCOMPARE(find(report, u"at"_s)->run.p50Ms, limit);
    QCOMPARE(find(report, u"over"_s)->run.p50Ms, limit + 1);
    QCOMPARE(find(report, u"mixed"_s)->run.p50Ms, 2 * Min);
    QCOMPARE(find(report, u"unknown"_s)->runs, 1);
    QVERIFY(find(report, u"unknown"_s)->run.isEmpty());
    QCOMPARE(report.servicesOverLimit, 1);

    // A lower line counts "at" (15 min > 14 min) too; "mixed" (2 min) still not.
    const BuildTimesReport lower = computeBuildTimes(runs, T0, T0 + D, TrendStep::Week, 14 * Min);
    QCOMPARE(lower.limitMs, 14 * Min);
    QCOMPARE(lower.servicesOverLimit, 2);
}

void TestBuildTimes::emptyWindow()
{
    const QList<PipelineRun> runs {
        run(u"1"_s, u"api"_s, RunStatus::Succeeded, T0 - H, 5 * Min),
    };
    const BuildTimesReport report = computeBuildTimes(runs, T0, T0 + 7 * D);
    QVERIFY(report.services.isEmpty());
    QCOMPARE(report.overallRun, DurationDistribution {});
    QCOMPARE(report.overallQueue, DurationDistribution {});
    QCOMPARE(report.servicesOverLimit, 0);
    QCOMPARE(report.from, T0);
    QCOMPARE(report.to, T0 + 7 * D);
}

QTEST_GUILESS_MAIN(TestBuildTimes)
#include "tst_buildtimes.moc"
