#include "analysis/dora.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

// Monday 2024-01-01 00:00 UTC.
constexpr EpochMs T0 = 1'704'067'200'000;
constexpr qint64 H = DoraHourMs;
constexpr qint64 D = DoraDayMs;

// 40 hex digits whose first seven are "abc" and `n` in four.
QString sha(int n)
{
    return QString::number(0xabc0000 + n, 16) + QString(33, u'e');
}

Deployment dep(const QString &id, const QString &service, DeploymentStatus status, EpochMs at,
               const QString &commit = {}, const QString &environment = u"production"_s)
{
    Deployment d;
    d.externalId = id;
    d.service = service;
    d.environment = environment;
    d.status = status;
    d.deployedAt = at;
    d.commitSha = commit;
    return d;
}

ServiceCommit commit(const QString &service, const QString &sha, EpochMs committed)
{
    return {service, sha, u"Ada"_s, committed, committed, {}, false};
}

Incident incident(const QString &id, const QString &service, EpochMs created, EpochMs resolved,
                  const QString &rootCause = {})
{
    Incident i;
    i.externalId = id;
    i.service = service;
    i.createdAt = created;
    i.resolvedAt = resolved;
    i.rootCauseCommit = rootCause;
    return i;
}

DoraInput window(EpochMs from, EpochMs to)
{
    DoraInput in;
    in.from = from;
    in.to = to;
    in.now = to;
    return in;
}

const DoraMetrics &of(const DoraReport &report, const QString &service)
{
    for (const DoraMetrics &m : report.services) {
        if (m.service == service)
            return m;
    }
    static const DoraMetrics none;
    return none;
}

// A week of orders and payments with incidents of every kind; the figures are worked out in
// incidentsAreFailedChangesAndEpisodes and incidentsInTrendPoints.
DoraInput weekWithIncidents()
{
    DoraInput in = window(T0, T0 + 7 * D);
    in.deployments = {
        dep(u"o1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 2 * H, sha(1)),
        // ships sha(2) and sha(3): committed after o1's commit, up to its own
        dep(u"o2"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + D + 2 * H, sha(3)),
        dep(u"o3"_s, u"orders"_s, DeploymentStatus::Failed, T0 + 2 * D),
        dep(u"o4"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 2 * D + 3 * H, sha(4)),
        dep(u"o5"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 3 * D, sha(5)),
        dep(u"p1"_s, u"payments"_s, DeploymentStatus::Succeeded, T0 + H, sha(10)),
        dep(u"p2"_s, u"payments"_s, DeploymentStatus::Succeeded, T0 + 4 * D, sha(11)),
    };
    in.commits = {commit(u"orders"_s, sha(1), T0 + H),
                  commit(u"orders"_s, sha(2), T0 + D),
                  commit(u"orders"_s, sha(3), T0 + D + H),
                  commit(u"orders"_s, sha(4), T0 + 2 * D + H),
                  commit(u"orders"_s, sha(5), T0 + 3 * D - H),
                  commit(u"payments"_s, sha(10), T0),
                  commit(u"payments"_s, sha(11), T0 + 4 * D - 2 * H)};
    in.incidents = {
        // root cause sha(2), abbreviated: shipped by o2, which o3's failure already marks
        incident(u"i1"_s, {}, T0 + D + 5 * H, T0 + D + 7 * H, sha(2).left(7)),
        // no root cause: orders' newest successful deployment at or before it, o5
        incident(u"i2"_s, u"orders"_s, T0 + 3 * D + 5 * H, T0 + 3 * D + 6 * H),
        // root cause p1's own commit; still open
        incident(u"i3"_s, u"payments"_s, T0 + 2 * H, NoTime, sha(10)),
        // links nothing: neither a root cause nor a service
        incident(u"i4"_s, {}, T0 + 5 * D, T0 + 5 * D + 30 * 60'000),
        // links nothing: no deployment shipped that commit
        incident(u"i5"_s, {}, T0 + 6 * D, T0 + 6 * D + 4 * H, sha(99)),
        // after now: ignored
        incident(u"i6"_s, u"orders"_s, T0 + 8 * D, NoTime),
        // a service with no deployments, before the window: listed, nothing known
        incident(u"i7"_s, u"search"_s, T0 - D, T0 - D + H),
    };
    return in;
}

QStringList idsOf(const DoraInput &in, const QList<qsizetype> &positions)
{
    QStringList ids;
    for (qsizetype i : positions)
        ids.append(in.deployments.at(i).externalId);
    return ids;
}

void verifyNoData(const DoraMetrics &m)
{
    QCOMPARE(m.frequency.level, DoraLevel::NotEnoughData);
    QCOMPARE(m.frequency.bucket, FrequencyBucket::NotEnoughData);
    QCOMPARE(m.frequency.deployments, 0);
    QCOMPARE(m.leadTime.level, DoraLevel::NotEnoughData);
    QCOMPARE(m.leadTime.bucket, DurationBucket::NotEnoughData);
    QCOMPARE(m.leadTime.medianMs, -1);
    QCOMPARE(m.changeFailure.level, DoraLevel::NotEnoughData);
    QCOMPARE(m.changeFailure.bucket, FailureRateBucket::NotEnoughData);
    QCOMPARE(m.changeFailure.rate, -1.0);
    QCOMPARE(m.restore.level, DoraLevel::NotEnoughData);
    QCOMPARE(m.restore.bucket, DurationBucket::NotEnoughData);
    QCOMPARE(m.restore.medianMs, -1);
}

} // namespace

class TestDora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWindowHasNotEnoughData();
    void singleDeployment();
    void rollbackCountedOnce();
    void failedAfterSuccessAndLoneRollback();
    void leadTimeMedianOddAndEven();
    void nonPositiveLeadTimesDropped();
    void unknownCommitNotComputed();
    void nonProductionIgnored();
    void frequencyBucketEdges();
    void leadTimeBucketEdges_data();
    void leadTimeBucketEdges();
    void restoreBucketEdges_data();
    void restoreBucketEdges();
    void failureRateEdges_data();
    void failureRateEdges();
    void openFailureNotGuessed();
    void trendPointsAndDeploymentsBehindThem();
    void weeklyAndMonthlySteps();
    void sentence();
    void incidentsAreFailedChangesAndEpisodes();
    void incidentRootCauseLinksTheFirstDeploymentThatShippedIt();
    void incidentsInTrendPoints();
    void reportAndTrendFromOnePreparation();
};

void TestDora::emptyWindowHasNotEnoughData()
{
    DoraInput empty = window(T0, T0 + 7 * D);
    DoraReport report = computeDora(empty);
    QVERIFY(report.services.isEmpty());
    verifyNoData(report.overall);

    // Deployments before the window and in staging only: orders is listed, with nothing known.
    DoraInput in = window(T0, T0 + 7 * D);
    in.deployments
        = {dep(u"1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 - D, sha(1)),
           dep(u"2"_s, u"orders"_s, DeploymentStatus::Failed, T0 - H),
           dep(u"3"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + D, sha(2), u"staging"_s)};
    in.commits = {commit(u"orders"_s, sha(1), T0 - 2 * D)};
    report = computeDora(in);
    QCOMPARE(report.services.size(), 1);
    QCOMPARE(report.services.at(0).service, u"orders"_s);
    verifyNoData(report.services.at(0));
    verifyNoData(report.overall);
    QCOMPARE(report.overall.restore.episodes, 0); // the failure began before the window
    for (const DoraTrendPoint &p : doraTrend(in, TrendStep::Day)) {
        QVERIFY(p.deployments.isEmpty());
        QCOMPARE(p.failureRate, -1.0);
        QCOMPARE(p.leadTimeMedianMs, -1);
    }
}

void TestDora::singleDeployment()
{
    DoraInput in = window(T0, T0 + 7 * D);
    in.deployments
        = {dep(u"d1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + D + 10 * H, sha(1))};
    // An older commit: with no earlier deployment, only the deployment's own commit is counted.
    in.commits
        = {commit(u"orders"_s, sha(9), T0 - 5 * D), commit(u"orders"_s, sha(1), T0 + D + 4 * H)};
    const DoraReport report = computeDora(in);
    QCOMPARE(report.services.size(), 1);
    const DoraMetrics &m = of(report, u"orders"_s);
    QCOMPARE(m.frequency.deployments, 1);
    QCOMPARE(m.frequency.deploymentDays, 1);
    QCOMPARE(m.frequency.weeks, 1);
    QCOMPARE(m.frequency.months, 1);
    QCOMPARE(m.frequency.medianDaysPerWeek, 1.0);
    QCOMPARE(m.frequency.bucket, FrequencyBucket::Weekly);
    QCOMPARE(m.frequency.level, DoraLevel::High);
    QCOMPARE(m.leadTime.medianMs, 6 * H);
    QCOMPARE(m.leadTime.changes, 1);
    QCOMPARE(m.leadTime.deploymentsLinked, 1);
    QCOMPARE(m.leadTime.bucket, DurationBucket::UnderOneDay);
    QCOMPARE(m.leadTime.level, DoraLevel::Elite);
    QCOMPARE(m.changeFailure.deployments, 1);
    QCOMPARE(m.changeFailure.failed, 0);
    QCOMPARE(m.changeFailure.rate, 0.0);
    QCOMPARE(m.changeFailure.level, DoraLevel::Elite);
    QCOMPARE(m.restore.level, DoraLevel::NotEnoughData);
    QCOMPARE(m.restore.episodes, 0);
    QCOMPARE(report.overall.frequency, m.frequency);
    QCOMPARE(report.overall.leadTime, m.leadTime);
}

void TestDora::rollbackCountedOnce()
{
    DoraInput in = window(T0, T0 + D);
    in.deployments = {dep(u"d2"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 5 * H),
                      dep(u"r1"_s, u"orders"_s, DeploymentStatus::RolledBack, T0 + 3 * H),
                      dep(u"d1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 1 * H)};
    const DoraReport report = computeDora(in);
    const DoraMetrics &m = of(report, u"orders"_s);
    // d1 failed (it was rolled back), r1 is that rollback, d2 is fine: 1 of 2.
    QCOMPARE(m.changeFailure.deployments, 2);
    QCOMPARE(m.changeFailure.failed, 1);
    QCOMPARE(m.changeFailure.rate, 0.5);
    QCOMPARE(m.changeFailure.bucket, FailureRateBucket::From46Percent);
    QCOMPARE(m.changeFailure.level, DoraLevel::Low);
    // Restored from the rollback at 3 h to d2 at 5 h.
    QCOMPARE(m.restore.episodes, 1);
    QCOMPARE(m.restore.restored, 1);
    QCOMPARE(m.restore.medianMs, 2 * H);
    QCOMPARE(m.restore.bucket, DurationBucket::UnderOneDay);
    QCOMPARE(m.restore.level, DoraLevel::High);
    QCOMPARE(m.frequency.deployments, 2);
    // No commits known: lead time is not computed, and says why.
    QCOMPARE(m.leadTime.deploymentsWithUnknownCommit, 2);
    QCOMPARE(m.leadTime.level, DoraLevel::NotEnoughData);
}

void TestDora::failedAfterSuccessAndLoneRollback()
{
    DoraInput in = window(T0, T0 + D);
    in.deployments = {
        // payments: a rollback with no successful deployment before it is a failure of its own.
        dep(u"p1"_s, u"payments"_s, DeploymentStatus::RolledBack, T0 + 1 * H),
        dep(u"p2"_s, u"payments"_s, DeploymentStatus::Succeeded, T0 + 2 * H),
        // orders: o1 ok, then a failed deploy (o2) and the rollback of o1 (o3), then o4 fixes it.
        dep(u"o1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 1 * H),
        dep(u"o2"_s, u"orders"_s, DeploymentStatus::Failed, T0 + 2 * H),
        dep(u"o3"_s, u"orders"_s, DeploymentStatus::RolledBack, T0 + 3 * H),
        dep(u"o4"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 6 * H)};
    const DoraReport report = computeDora(in);
    const DoraMetrics &payments = of(report, u"payments"_s);
    QCOMPARE(payments.changeFailure.deployments, 2);
    QCOMPARE(payments.changeFailure.failed, 1);
    QCOMPARE(payments.restore.medianMs, 1 * H);
    QCOMPARE(payments.restore.level, DoraLevel::High);
    const DoraMetrics &orders = of(report, u"orders"_s);
    // o1 (followed by a failure), o2 (failed); o3 folds into o1; o4 fine: 2 of 3.
    QCOMPARE(orders.changeFailure.deployments, 3);
    QCOMPARE(orders.changeFailure.failed, 2);
    QCOMPARE(orders.changeFailure.bucket, FailureRateBucket::From46Percent);
    // One episode, from o2 at 2 h to o4 at 6 h.
    QCOMPARE(orders.restore.episodes, 1);
    QCOMPARE(orders.restore.medianMs, 4 * H);
    // Overall: 3 of 5 failed; restore times 1 h and 4 h: median 2 h 30 min.
    QCOMPARE(report.overall.changeFailure.deployments, 5);
    QCOMPARE(report.overall.changeFailure.failed, 3);
    QCOMPARE(report.overall.changeFailure.rate, 0.6);
    QCOMPARE(report.overall.restore.episodes, 2);
    QCOMPARE(report.overall.restore.medianMs, 2 * H + 30 * 60 * 1000);
}

void TestDora::leadTimeMedianOddAndEven()
{
    DoraInput in = window(T0, T0 + 12 * H);
    in.deployments = {
        // Before the window: the previous deployment, which shipped c0.
        dep(u"p"_s, u"api"_s, DeploymentStatus::Succeeded, T0 - D, sha(0)),
        // Named by an abbreviated, upper-case sha.
        dep(u"d1"_s, u"api"_s, DeploymentStatus::Succeeded, T0 + 10 * H, sha(3).left(7).toUpper()),
        dep(u"d2"_s, u"api"_s, DeploymentStatus::Succeeded, T0 + 20 * H, sha(4))};
    in.commits = {commit(u"api"_s, sha(0), T0 - 2 * D), commit(u"api"_s, sha(1), T0 + 1 * H),
                  commit(u"api"_s, sha(2), T0 + 2 * H), commit(u"api"_s, sha(3), T0 + 4 * H),
                  commit(u"api"_s, sha(4), T0 + 10 * H),
                  // Another service's commit in the same stretch is not api's.
                  commit(u"web"_s, sha(5), T0 + 3 * H)};
    // d1 shipped c1, c2, c3: 9 h, 8 h, 6 h; median of three: 8 h.
    DoraReport report = computeDora(in);
    QCOMPARE(report.overall.leadTime.changes, 3);
    QCOMPARE(report.overall.leadTime.deploymentsLinked, 1);
    QCOMPARE(report.overall.leadTime.medianMs, 8 * H);

    // With d2 (shipped c4: 10 h): 6, 8, 9, 10 h; median of four: 8 h 30 min.
    in.to = T0 + D;
    in.now = in.to;
    report = computeDora(in);
    QCOMPARE(report.overall.leadTime.changes, 4);
    QCOMPARE(report.overall.leadTime.deploymentsLinked, 2);
    QCOMPARE(report.overall.leadTime.medianMs, 8 * H + 30 * 60 * 1000);
    QCOMPARE(report.overall.leadTime.level, DoraLevel::Elite);
}

void TestDora::nonPositiveLeadTimesDropped()
{
    DoraInput in = window(T0, T0 + D);
    in.deployments = {dep(u"p"_s, u"web"_s, DeploymentStatus::Succeeded, T0 - D, sha(10)),
                      dep(u"d"_s, u"web"_s, DeploymentStatus::Succeeded, T0 + 10 * H, sha(13))};
    // w1: 5 h; w2 committed at the deployment time: 0, dropped; w3 an hour after it (clock
    // skew): dropped.
    in.commits = {commit(u"web"_s, sha(10), T0 - D - H), commit(u"web"_s, sha(11), T0 + 5 * H),
                  commit(u"web"_s, sha(12), T0 + 10 * H), commit(u"web"_s, sha(13), T0 + 11 * H)};
    const LeadTime lead = computeDora(in).overall.leadTime;
    QCOMPARE(lead.changes, 1);
    QCOMPARE(lead.droppedNonPositive, 2);
    QCOMPARE(lead.medianMs, 5 * H);
}

void TestDora::unknownCommitNotComputed()
{
    DoraInput in = window(T0, T0 + D);
    in.deployments = {dep(u"a"_s, u"web"_s, DeploymentStatus::Succeeded, T0 + H, sha(20)),
                      dep(u"b"_s, u"web"_s, DeploymentStatus::Succeeded, T0 + 2 * H),
                      // Too short to name a commit.
                      dep(u"c"_s, u"web"_s, DeploymentStatus::Succeeded, T0 + 3 * H, u"abc"_s),
                      // The commit is known, but of another service.
                      dep(u"d"_s, u"web"_s, DeploymentStatus::Succeeded, T0 + 4 * H, sha(21))};
    in.commits = {commit(u"api"_s, sha(21), T0)};
    const LeadTime lead = computeDora(in).overall.leadTime;
    QCOMPARE(lead.deploymentsWithUnknownCommit, 4);
    QCOMPARE(lead.deploymentsLinked, 0);
    QCOMPARE(lead.level, DoraLevel::NotEnoughData);
}

void TestDora::nonProductionIgnored()
{
    DoraInput in = window(T0, T0 + D);
    in.deployments
        = {dep(u"s1"_s, u"orders"_s, DeploymentStatus::Failed, T0 + H, {}, u"staging"_s),
           dep(u"s2"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 2 * H, {}, u"staging"_s),
           dep(u"d1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 3 * H),
           dep(u"q1"_s, u"orders"_s, DeploymentStatus::Pending, T0 + 4 * H),
           dep(u"q2"_s, u"orders"_s, DeploymentStatus::InProgress, T0 + 5 * H),
           // After now: not happened yet.
           dep(u"f"_s, u"orders"_s, DeploymentStatus::Failed, T0 + 2 * D)};
    in.now = T0 + 6 * H;
    const DoraReport report = computeDora(in);
    QCOMPARE(report.ignoredDeployments, 2);
    QCOMPARE(report.overall.changeFailure.deployments, 1);
    QCOMPARE(report.overall.changeFailure.failed, 0);
    QCOMPARE(report.overall.frequency.deployments, 1);
    QCOMPARE(report.overall.restore.episodes, 0);

    in.productionEnvironment = u"staging"_s;
    const DoraReport staging = computeDora(in);
    QCOMPARE(staging.overall.changeFailure.deployments, 2);
    QCOMPARE(staging.overall.changeFailure.failed, 1);
}

void TestDora::frequencyBucketEdges()
{
    const auto frequencyOf = [](EpochMs from, EpochMs to, const QList<EpochMs> &times) {
        DoraInput in = window(from, to);
        int n = 0;
        for (EpochMs t : times)
            in.deployments.append(
                dep(QString::number(++n), u"svc"_s, DeploymentStatus::Succeeded, t));
        return computeDora(in).overall.frequency;
    };
    // Two weeks: 3 days in each (two deployments on one day count once): median 3, daily.
    DeploymentFrequency f = frequencyOf(
        T0, T0 + 14 * D,
        {T0, T0 + H, T0 + D, T0 + 2 * D, T0 + 7 * D, T0 + 8 * D, T0 + 9 * D + 23 * H});
    QCOMPARE(f.deployments, 7);
    QCOMPARE(f.deploymentDays, 6);
    QCOMPARE(f.weeks, 2);
    QCOMPARE(f.medianDaysPerWeek, 3.0);
    QCOMPARE(f.bucket, FrequencyBucket::Daily);
    QCOMPARE(f.level, DoraLevel::Elite);
    // 3 and 2 days: median 2.5, weekly.
    f = frequencyOf(T0, T0 + 14 * D, {T0, T0 + D, T0 + 2 * D, T0 + 7 * D, T0 + 8 * D});
    QCOMPARE(f.medianDaysPerWeek, 2.5);
    QCOMPARE(f.bucket, FrequencyBucket::Weekly);
    QCOMPARE(f.level, DoraLevel::High);
    // Two weeks, a deployment in one: median 0.5; one month (14 days is one): 1 day: monthly.
    f = frequencyOf(T0, T0 + 14 * D, {T0 + D});
    QCOMPARE(f.medianDaysPerWeek, 0.5);
    QCOMPARE(f.months, 1);
    QCOMPARE(f.medianDaysPerMonth, 1.0);
    QCOMPARE(f.bucket, FrequencyBucket::Monthly);
    QCOMPARE(f.level, DoraLevel::Medium);
    // 60 days: two months, one deployment: median per month 0.5: yearly.
    f = frequencyOf(T0, T0 + 60 * D, {T0 + 45 * D});
    QCOMPARE(f.weeks, 8);
    QCOMPARE(f.months, 2);
    QCOMPARE(f.medianDaysPerWeek, 0.0);
    QCOMPARE(f.medianDaysPerMonth, 0.5);
    QCOMPARE(f.bucket, FrequencyBucket::Yearly);
    QCOMPARE(f.level, DoraLevel::Low);
    // Only failed deployments: known to be low, not "not enough data".
    DoraInput failedOnly = window(T0, T0 + 7 * D);
    failedOnly.deployments = {dep(u"x"_s, u"svc"_s, DeploymentStatus::Failed, T0 + H)};
    f = computeDora(failedOnly).overall.frequency;
    QCOMPARE(f.deployments, 0);
    QCOMPARE(f.bucket, FrequencyBucket::Yearly);
}

void TestDora::leadTimeBucketEdges_data()
{
    QTest::addColumn<qint64>("leadMs");
    QTest::addColumn<DurationBucket>("bucket");
    QTest::addColumn<DoraLevel>("level");
    QTest::newRow("just under a day") << D - 1 << DurationBucket::UnderOneDay << DoraLevel::Elite;
    QTest::newRow("a day") << D << DurationBucket::UnderOneWeek << DoraLevel::High;
    QTest::newRow("a week") << 7 * D << DurationBucket::UnderOneMonth << DoraLevel::Medium;
    QTest::newRow("30 days") << 30 * D << DurationBucket::UnderSixMonths << DoraLevel::Low;
    QTest::newRow("180 days") << 180 * D << DurationBucket::SixMonthsOrMore << DoraLevel::Low;
}

void TestDora::leadTimeBucketEdges()
{
    QFETCH(qint64, leadMs);
    QFETCH(DurationBucket, bucket);
    QFETCH(DoraLevel, level);
    DoraInput in = window(T0, T0 + D);
    in.deployments = {dep(u"d"_s, u"svc"_s, DeploymentStatus::Succeeded, T0 + H, sha(1))};
    in.commits = {commit(u"svc"_s, sha(1), T0 + H - leadMs)};
    const LeadTime lead = computeDora(in).overall.leadTime;
    QCOMPARE(lead.medianMs, leadMs);
    QCOMPARE(lead.bucket, bucket);
    QCOMPARE(lead.level, level);
}

void TestDora::restoreBucketEdges_data()
{
    QTest::addColumn<qint64>("restoreMs");
    QTest::addColumn<DurationBucket>("bucket");
    QTest::addColumn<DoraLevel>("level");
    QTest::newRow("just under an hour") << H - 1 << DurationBucket::UnderOneDay << DoraLevel::Elite;
    QTest::newRow("an hour") << H << DurationBucket::UnderOneDay << DoraLevel::High;
    QTest::newRow("a day") << D << DurationBucket::UnderOneWeek << DoraLevel::Medium;
    QTest::newRow("a week") << 7 * D << DurationBucket::UnderOneMonth << DoraLevel::Low;
}

void TestDora::restoreBucketEdges()
{
    QFETCH(qint64, restoreMs);
    QFETCH(DurationBucket, bucket);
    QFETCH(DoraLevel, level);
    DoraInput in = window(T0, T0 + 30 * D);
    in.deployments = {dep(u"f"_s, u"svc"_s, DeploymentStatus::Failed, T0 + H),
                      dep(u"s"_s, u"svc"_s, DeploymentStatus::Succeeded, T0 + H + restoreMs)};
    const TimeToRestore restore = computeDora(in).overall.restore;
    QCOMPARE(restore.medianMs, restoreMs);
    QCOMPARE(restore.bucket, bucket);
    QCOMPARE(restore.level, level);
}

void TestDora::failureRateEdges_data()
{
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("total");
    QTest::addColumn<FailureRateBucket>("bucket");
    QTest::addColumn<DoraLevel>("level");
    QTest::newRow("none") << 0 << 5 << FailureRateBucket::UpTo15Percent << DoraLevel::Elite;
    QTest::newRow("15 % exactly") << 3 << 20 << FailureRateBucket::UpTo15Percent
                                  << DoraLevel::Elite;
    QTest::newRow("15.4 %") << 4 << 26 << FailureRateBucket::Under46Percent << DoraLevel::Medium;
    QTest::newRow("45.5 %") << 5 << 11 << FailureRateBucket::Under46Percent << DoraLevel::Medium;
    QTest::newRow("46 % exactly") << 23 << 50 << FailureRateBucket::From46Percent << DoraLevel::Low;
}

void TestDora::failureRateEdges()
{
    QFETCH(int, failed);
    QFETCH(int, total);
    QFETCH(FailureRateBucket, bucket);
    QFETCH(DoraLevel, level);
    // Failed deployments first (none before them succeeded, so each is one failure), then the
    // successful ones, an hour apart.
    DoraInput in = window(T0, T0 + 30 * D);
    for (int i = 0; i < total; ++i)
        in.deployments.append(
            dep(QString::number(i), u"svc"_s,
                i < failed ? DeploymentStatus::Failed : DeploymentStatus::Succeeded, T0 + i * H));
    const ChangeFailureRate rate = computeDora(in).overall.changeFailure;
    QCOMPARE(rate.deployments, total);
    QCOMPARE(rate.failed, failed);
    QCOMPARE(rate.rate, double(failed) / total);
    QCOMPARE(rate.bucket, bucket);
    QCOMPARE(rate.level, level);
}

void TestDora::openFailureNotGuessed()
{
    DoraInput in = window(T0, T0 + D);
    in.now = T0 + 2 * D;
    in.deployments = {dep(u"s"_s, u"svc"_s, DeploymentStatus::Succeeded, T0 + H),
                      dep(u"f"_s, u"svc"_s, DeploymentStatus::Failed, T0 + 3 * H)};
    const TimeToRestore restore = computeDora(in).overall.restore;
    QCOMPARE(restore.episodes, 1);
    QCOMPARE(restore.restored, 0);
    QCOMPARE(restore.open, 1);
    QCOMPARE(restore.longestOpenMs, 2 * D - 3 * H);
    QCOMPARE(restore.level, DoraLevel::NotEnoughData);
}

void TestDora::trendPointsAndDeploymentsBehindThem()
{
    DoraInput in = window(T0, T0 + 3 * D);
    in.deployments
        = {dep(u"o1"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 1 * H, sha(1)),
           dep(u"r1"_s, u"orders"_s, DeploymentStatus::RolledBack, T0 + 3 * H),
           dep(u"o2"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + D + 5 * H, sha(2)),
           dep(u"p1"_s, u"payments"_s, DeploymentStatus::Succeeded, T0 + 2 * H),
           dep(u"x"_s, u"payments"_s, DeploymentStatus::Succeeded, T0 + 2 * H, {}, u"staging"_s),
           dep(u"late"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + 3 * D + H)};
    in.now = T0 + 4 * D;
    in.commits = {commit(u"orders"_s, sha(1), T0), commit(u"orders"_s, sha(2), T0 + D + H)};

    const QList<DoraTrendPoint> points = doraTrend(in, TrendStep::Day);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).start, T0);
    QCOMPARE(points.at(0).end, T0 + D);
    QCOMPARE(idsOf(in, points.at(0).deployments), (QStringList {u"o1"_s, u"p1"_s, u"r1"_s}));
    QCOMPARE(points.at(0).successful, 2);
    QCOMPARE(points.at(0).deploymentDays, 1);
    QCOMPARE(points.at(0).failed, 1); // o1, rolled back; r1 is not counted again
    QCOMPARE(points.at(0).failureRate, 0.5);
    QCOMPARE(points.at(0).leadTimeMedianMs, 1 * H);
    // The episode began on day 0 (r1, 3 h) and ended on day 1 (o2, 29 h): 26 h, on the day it
    // began.
    QCOMPARE(points.at(0).restoreMedianMs, 26 * H);

    QCOMPARE(idsOf(in, points.at(1).deployments), QStringList {u"o2"_s});
    QCOMPARE(points.at(1).failureRate, 0.0);
    // o2 shipped what came after o1's commit: only sha(2), 4 h.
    QCOMPARE(points.at(1).leadTimeMedianMs, 4 * H);
    QCOMPARE(points.at(1).restoreMedianMs, -1);

    QVERIFY(points.at(2).deployments.isEmpty()); // "late" is after the window
    QCOMPARE(points.at(2).successful, 0);
    QCOMPARE(points.at(2).failureRate, -1.0);

    const QList<DoraTrendPoint> payments = doraTrend(in, TrendStep::Day, u"payments"_s);
    QCOMPARE(payments.size(), 3);
    QCOMPARE(idsOf(in, payments.at(0).deployments), QStringList {u"p1"_s});
    QCOMPARE(payments.at(0).failureRate, 0.0);
}

void TestDora::weeklyAndMonthlySteps()
{
    // From Wednesday 2024-01-10 to 2024-03-05: weeks start on Monday 2024-01-08.
    const EpochMs from = T0 + 9 * D;
    const EpochMs to = T0 + 64 * D;
    DoraInput in = window(from, to);
    in.deployments = {dep(u"a"_s, u"svc"_s, DeploymentStatus::Succeeded, T0 + 8 * D), // before
                      dep(u"b"_s, u"svc"_s, DeploymentStatus::Succeeded, T0 + 10 * D),
                      dep(u"c"_s, u"svc"_s, DeploymentStatus::Succeeded, T0 + 40 * D)};
    const QList<DoraTrendPoint> weeks = doraTrend(in, TrendStep::Week);
    QCOMPARE(weeks.first().start, T0 + 7 * D);
    QCOMPARE(weeks.size(), 9); // Jan 8 … Mar 4
    QCOMPARE(idsOf(in, weeks.at(0).deployments), QStringList {u"b"_s});

    const QList<DoraTrendPoint> months = doraTrend(in, TrendStep::Month);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0).start, T0);
    QCOMPARE(months.at(1).start, T0 + 31 * D); // February
    QCOMPARE(months.at(2).start, T0 + 60 * D); // March (2024 is a leap year)
    QCOMPARE(months.at(2).end, T0 + 91 * D);
    QCOMPARE(idsOf(in, months.at(0).deployments), QStringList {u"b"_s});
    QCOMPARE(idsOf(in, months.at(1).deployments), QStringList {u"c"_s});
}

void TestDora::sentence()
{
    DoraInput in = window(T0, T0 + 7 * D);
    QCOMPARE(describeDora(computeDora(in).overall),
             u"All services: no deployments in the window, lead time not known, change failure "
             u"rate not known, no restore measured."_s);
    in.deployments = {dep(u"d"_s, u"orders"_s, DeploymentStatus::Succeeded, T0 + H)};
    const QString text = describeDora(computeDora(in).services.at(0));
    QVERIFY2(text.startsWith(u"orders: deploys weekly (high), lead time not known, 0 % of changes "
                             u"failed (elite)"_s),
             qPrintable(text));
}

void TestDora::incidentsAreFailedChangesAndEpisodes()
{
    DoraInput in = weekWithIncidents();
    const QList<Incident> incidents = in.incidents;
    in.incidents.clear();
    // Without the incidents: o2 (followed by o3) and o3 of orders' 5 failed; payments 0 of 2.
    DoraReport report = computeDora(in);
    QCOMPARE(of(report, u"orders"_s).changeFailure.failed, 2);
    QCOMPARE(of(report, u"payments"_s).changeFailure.failed, 0);
    QCOMPARE(report.overall.restore.episodes, 1);

    in.incidents = incidents;
    report = computeDora(in);
    QCOMPARE(report.services.size(), 3);
    QCOMPARE(report.services.at(2).service, u"search"_s);
    verifyNoData(report.services.at(2)); // its only incident was before the window
    QCOMPARE(report.services.at(2).restore.episodes, 0);

    // orders: o2 (o3 and i1: once), o3, o5 (i2): 3 of 5, 60 %, low.
    const DoraMetrics &orders = of(report, u"orders"_s);
    QCOMPARE(orders.changeFailure.deployments, 5);
    QCOMPARE(orders.changeFailure.failed, 3);
    QCOMPARE(orders.changeFailure.rate, 0.6);
    QCOMPARE(orders.changeFailure.level, DoraLevel::Low);
    // Episodes: o3 to o4 3 h, i1 2 h, i2 1 h: median 2 h, high.
    QCOMPARE(orders.restore.episodes, 3);
    QCOMPARE(orders.restore.incidents, 2);
    QCOMPARE(orders.restore.restored, 3);
    QCOMPARE(orders.restore.open, 0);
    QCOMPARE(orders.restore.medianMs, 2 * H);
    QCOMPARE(orders.restore.level, DoraLevel::High);
    // Lead time is not touched: o1 1 h; o2 sha(2) 26 h, sha(3) 1 h; o4 2 h; o5 1 h: median 1 h.
    QCOMPARE(orders.leadTime.medianMs, H);
    QCOMPARE(orders.leadTime.changes, 5);

    // payments: p1 (i3) of 2: 50 %; i3 is open since 2 h, now is at 7 days.
    const DoraMetrics &payments = of(report, u"payments"_s);
    QCOMPARE(payments.changeFailure.failed, 1);
    QCOMPARE(payments.changeFailure.rate, 0.5);
    QCOMPARE(payments.restore.episodes, 1);
    QCOMPARE(payments.restore.incidents, 1);
    QCOMPARE(payments.restore.open, 1);
    QCOMPARE(payments.restore.medianMs, -1);
    QCOMPARE(payments.restore.longestOpenMs, 7 * D - 2 * H);

    // Overall: 4 of 7 failed. Episodes: o3 (3 h), i1 (2 h), i2 (1 h), i3 (open), i4 (30 min),
    // i5 (4 h), each once: median of 30 min, 1, 2, 3, 4 h is 2 h.
    const DoraMetrics &overall = report.overall;
    QCOMPARE(overall.changeFailure.deployments, 7);
    QCOMPARE(overall.changeFailure.failed, 4);
    QCOMPARE(overall.restore.episodes, 6);
    QCOMPARE(overall.restore.incidents, 5);
    QCOMPARE(overall.restore.restored, 5);
    QCOMPARE(overall.restore.open, 1);
    QCOMPARE(overall.restore.medianMs, 2 * H);
    QCOMPARE(overall.restore.longestOpenMs, 7 * D - 2 * H);

    // Incidents that link to nothing change no rate.
    in.incidents = {incidents.at(3), incidents.at(4)};
    report = computeDora(in);
    QCOMPARE(report.overall.changeFailure.failed, 2);
    QCOMPARE(report.overall.restore.episodes, 3); // o3's, i4, i5
    QCOMPARE(of(report, u"orders"_s).restore.episodes, 1);
}

void TestDora::incidentRootCauseLinksTheFirstDeploymentThatShippedIt()
{
    DoraInput in = window(T0, T0 + D);
    // No commits known: the deployment's own commit still matches, in any case.
    in.deployments = {dep(u"k1"_s, u"cart"_s, DeploymentStatus::Succeeded, T0 + H, sha(20)),
                      dep(u"k2"_s, u"cart"_s, DeploymentStatus::Succeeded, T0 + 2 * H, sha(20)),
                      dep(u"k3"_s, u"cart"_s, DeploymentStatus::Succeeded, T0 + 3 * H, sha(21)),
                      dep(u"w1"_s, u"web"_s, DeploymentStatus::Succeeded, T0 + 3 * H, sha(20))};
    // Filed against cart: k1 shipped it first (k2 redeployed it); web's w1 is not cart's.
    in.incidents = {incident(u"a"_s, u"cart"_s, T0 + 4 * H, T0 + 5 * H, sha(20).toUpper()),
                    // before any cart deployment: nothing to link to
                    incident(u"b"_s, u"cart"_s, T0 + 30 * 60'000, T0 + H)};
    DoraReport report = computeDora(in);
    QCOMPARE(of(report, u"cart"_s).changeFailure.failed, 1); // k1 of k1, k2, k3
    QCOMPARE(of(report, u"web"_s).changeFailure.failed, 0);
    QCOMPARE(of(report, u"cart"_s).restore.episodes, 2);
    QCOMPARE(of(report, u"web"_s).restore.episodes, 0);
    // Restored in 1 h and 30 min: median 45 min.
    QCOMPARE(of(report, u"cart"_s).restore.medianMs, 45 * 60'000);

    // Filed against no service: the first deployment that shipped it in each service, k1 and
    // w1, and the incident is both services' but one episode overall.
    in.incidents = {incident(u"a"_s, {}, T0 + 4 * H, T0 + 5 * H, sha(20))};
    report = computeDora(in);
    QCOMPARE(of(report, u"cart"_s).changeFailure.failed, 1);
    QCOMPARE(of(report, u"web"_s).changeFailure.failed, 1);
    QCOMPARE(of(report, u"cart"_s).restore.episodes, 1);
    QCOMPARE(of(report, u"web"_s).restore.episodes, 1);
    QCOMPARE(report.overall.changeFailure.failed, 2);
    QCOMPARE(report.overall.restore.episodes, 1);
    QCOMPARE(report.overall.restore.medianMs, H);

    // Resolved before it was created: a failed change, but no time to restore.
    in.incidents = {incident(u"a"_s, {}, T0 + 4 * H, T0 + 3 * H, sha(21))};
    report = computeDora(in);
    QCOMPARE(of(report, u"cart"_s).changeFailure.failed, 1); // k3
    QCOMPARE(report.overall.restore.episodes, 0);
}

void TestDora::incidentsInTrendPoints()
{
    const DoraInput in = weekWithIncidents();
    const QList<DoraTrendPoint> points = doraTrend(in, TrendStep::Day);
    QCOMPARE(points.size(), 7);
    const auto incidentIds = [&](const DoraTrendPoint &p) {
        QStringList ids;
        for (qsizetype i : p.incidents)
            ids.append(in.incidents.at(i).externalId);
        return ids;
    };
    // Day 0: p1 (failed by i3) and o1; i3 open.
    QCOMPARE(idsOf(in, points.at(0).deployments), (QStringList {u"p1"_s, u"o1"_s}));
    QCOMPARE(points.at(0).failed, 1);
    QCOMPARE(incidentIds(points.at(0)), QStringList {u"i3"_s});
    QCOMPARE(points.at(0).restoreMedianMs, -1);
    // Day 1: o2, failed once; i1 restored in 2 h.
    QCOMPARE(points.at(1).failed, 1);
    QCOMPARE(incidentIds(points.at(1)), QStringList {u"i1"_s});
    QCOMPARE(points.at(1).restoreMedianMs, 2 * H);
    // Day 2: o3 failed, restored by o4 in 3 h; no incident.
    QCOMPARE(points.at(2).failed, 1);
    QVERIFY(points.at(2).incidents.isEmpty());
    QCOMPARE(points.at(2).restoreMedianMs, 3 * H);
    // Day 3: o5, failed by i2, restored in 1 h.
    QCOMPARE(points.at(3).failureRate, 1.0);
    QCOMPARE(incidentIds(points.at(3)), QStringList {u"i2"_s});
    QCOMPARE(points.at(3).restoreMedianMs, H);
    // Day 4: p2 fine. Days 5 and 6: no deployments, i4 (30 min) and i5 (4 h).
    QCOMPARE(points.at(4).failed, 0);
    QCOMPARE(points.at(5).failureRate, -1.0);
    QCOMPARE(incidentIds(points.at(5)), QStringList {u"i4"_s});
    QCOMPARE(points.at(5).restoreMedianMs, 30 * 60'000);
    QCOMPARE(incidentIds(points.at(6)), QStringList {u"i5"_s});
    QCOMPARE(points.at(6).restoreMedianMs, 4 * H);

    // orders alone: i1 linked to it, i2 filed against it; i3, i4, i5 are not its.
    const QList<DoraTrendPoint> orders = doraTrend(in, TrendStep::Day, u"orders"_s);
    QCOMPARE(orders.at(0).failed, 0);
    QVERIFY(orders.at(0).incidents.isEmpty());
    QCOMPARE(incidentIds(orders.at(1)), QStringList {u"i1"_s});
    QCOMPARE(incidentIds(orders.at(3)), QStringList {u"i2"_s});
    QCOMPARE(orders.at(3).failed, 1);
    QVERIFY(orders.at(5).incidents.isEmpty());
    QVERIFY(orders.at(6).incidents.isEmpty());
}

void TestDora::reportAndTrendFromOnePreparation()
{
    // What computeTeamLeadReport uses: the same as computeDora and doraTrend called apart.
    DoraInput in = weekWithIncidents();
    const DoraWithTrend both = computeDoraWithTrend(in, TrendStep::Day);
    QCOMPARE(both.report, computeDora(in));
    QCOMPARE(both.trend, doraTrend(in, TrendStep::Day));
    // As incidentsAreFailedChangesAndEpisodes and incidentsInTrendPoints work out: 4 of 7
    // failed overall; day 1 restored i1 in 2 h.
    QCOMPARE(both.report.overall.changeFailure.failed, 4);
    QCOMPARE(both.report.overall.changeFailure.deployments, 7);
    QCOMPARE(both.trend.size(), 7);
    QCOMPARE(both.trend.at(1).restoreMedianMs, 2 * H);

    // A window that ends where it starts has figures of not enough data and no trend points.
    in.to = in.from;
    const DoraWithTrend empty = computeDoraWithTrend(in, TrendStep::Day);
    QVERIFY(empty.trend.isEmpty());
    QCOMPARE(empty.report, computeDora(in));
    QCOMPARE(empty.report.overall.frequency.deployments, 0);
}

QTEST_GUILESS_MAIN(TestDora)
#include "tst_dora.moc"
