#include "report/teamleadmarkdown.h"

#include <QDateTime>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60LL * 1000;
constexpr qint64 Hour = 60 * Minute;

EpochMs utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

ChecklistItem item(ChecklistQuestion question, ChecklistAnswer computed, const QString &summary)
{
    ChecklistItem i;
    i.question = question;
    i.computed = computed;
    i.summary = summary;
    return i;
}

DurationDistribution minutes(int count, qint64 p50, qint64 p90)
{
    DurationDistribution d;
    d.count = count;
    d.minMs = d.p10Ms = d.p25Ms = p50 * Minute / 2;
    d.p50Ms = p50 * Minute;
    d.p75Ms = d.p90Ms = d.maxMs = p90 * Minute;
    return d;
}

// A report written by hand: every figure below is what the computation would have produced, so
// the text can be checked line by line without computing anything.
TeamLeadReport sampleReport()
{
    TeamLeadReport r;
    r.workspaceName = u"Demo | shop"_s;
    r.from = utc(2026, 2, 2);
    r.to = utc(2026, 3, 2);
    r.computedAt = utc(2026, 3, 2, 9, 30);
    r.productionEnvironment = u"production"_s;

    r.checklist.from = r.from;
    r.checklist.to = r.to;
    ChecklistItem q1 = item(ChecklistQuestion::CrossServiceTestsBlock, ChecklistAnswer::Yes,
                            u"checkout waited on a job of payments 12 times."_s);
    q1.services = {u"checkout"_s, u"payments"_s};
    // Twelve pieces of evidence: the report lists ten and counts the other two.
    for (int n = 1; n <= 12; ++n) {
        q1.evidence.append({u"checkout"_s, u"Run %1 waited on payments-tests."_s.arg(n),
                            utc(2026, 2, n, 10, 15), u"https://ci.example.com/runs/%1"_s.arg(n)});
    }
    ChecklistItem q2 = item(ChecklistQuestion::SlowBuilds, ChecklistAnswer::No,
                            u"1 of 2 services has a median build over 15 minutes."_s);
    q2.override = ChecklistOverride {ChecklistQuestion::SlowBuilds,
                                     ChecklistAnswer::Yes,
                                     u"the *nightly* build_all is slow"_s,
                                     u"alice"_s,
                                     utc(2026, 3, 1, 14, 0),
                                     false};
    ChecklistItem q3 = item(ChecklistQuestion::ManualCoordination, ChecklistAnswer::NotEnoughData,
                            u"No dependent services deployed in the window."_s);
    ChecklistItem q4 = item(ChecklistQuestion::SharedIntegrationEnvironment, ChecklistAnswer::No,
                            u"No environment before production is shared."_s);
    // Taken back: the computed answer applies and no override is shown.
    q4.override = ChecklistOverride {ChecklistQuestion::SharedIntegrationEnvironment,
                                     ChecklistAnswer::Yes,
                                     u"staging"_s,
                                     u"bob"_s,
                                     utc(2026, 2, 20),
                                     true};
    ChecklistItem q5 = item(ChecklistQuestion::PipelineChangeOutage, ChecklistAnswer::No,
                            u"No pipeline change was followed by a failed deployment."_s);
    ChecklistItem q6 = item(ChecklistQuestion::SlowFirstPipeline, ChecklistAnswer::NotEnoughData,
                            u"No new service in the window."_s);
    r.checklist.items = {q1, q2, q3, q4, q5, q6};

    DoraMetrics &all = r.dora.overall;
    all.frequency.deployments = 12;
    all.frequency.bucket = FrequencyBucket::Weekly;
    all.frequency.level = DoraLevel::High;
    all.leadTime.medianMs = 3 * Hour;
    all.leadTime.bucket = DurationBucket::UnderOneDay;
    all.leadTime.level = DoraLevel::Elite;
    all.changeFailure = {10, 1, 0.1, FailureRateBucket::UpTo15Percent, DoraLevel::Elite};
    all.restore.medianMs = 2 * Hour;
    all.restore.episodes = all.restore.restored = 1;
    all.restore.bucket = DurationBucket::UnderOneDay;
    all.restore.level = DoraLevel::High;

    DoraMetrics checkout;
    checkout.service = u"checkout"_s;
    checkout.frequency.deployments = 9;
    checkout.frequency.bucket = FrequencyBucket::Daily;
    checkout.frequency.level = DoraLevel::Elite;
    checkout.leadTime.medianMs = 26 * Hour;
    checkout.leadTime.bucket = DurationBucket::UnderOneWeek;
    checkout.leadTime.level = DoraLevel::High;
    // 1 failed of 3: 33.3 %, shown rounded.
    checkout.changeFailure = {3, 1, 1.0 / 3, FailureRateBucket::Under46Percent, DoraLevel::Medium};
    checkout.restore.episodes = checkout.restore.open = 1;
    // A name with every character Markdown would read as markup, and no deployment in the window.
    DoraMetrics odd;
    odd.service = u"pay_ments[v2]"_s;
    r.dora.services = {checkout, odd};
    r.dora.ignoredDeployments = 2;

    BuildTimesReport &b = r.buildTimes;
    b.from = r.from;
    b.to = r.to;
    ServiceBuildTimes slow;
    slow.service = u"checkout"_s;
    slow.runs = 20;
    slow.run = minutes(20, 18, 25);
    slow.queue = minutes(20, 2, 4);
    ServiceBuildTimes fast;
    fast.service = u"web`app"_s;
    fast.runs = 5;
    fast.run = minutes(5, 6, 9);
    b.services = {slow, fast};
    b.overallRun = minutes(25, 16, 24);
    b.overallQueue = slow.queue;
    b.servicesOverLimit = 1;
    return r;
}

} // namespace

class TestTeamLeadMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void titleAndWindow();
    void checklistTable();
    void evidenceIsCappedWithLinks();
    void evidenceNamesItsServiceOnce();
    void doraTable();
    void buildTimesTable();
    void emptyReportSaysNotEnoughData();
};

void TestTeamLeadMarkdown::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"checkout"_s << u"checkout"_s;
    QTest::newRow("pipe") << u"a|b"_s << u"a\\|b"_s;
    QTest::newRow("emphasis") << u"*a* _b_"_s << u"\\*a\\* \\_b\\_"_s;
    QTest::newRow("backtick") << u"a`b"_s << u"a\\`b"_s;
    QTest::newRow("brackets") << u"[x](y)"_s << u"\\[x\\](y)"_s;
    QTest::newRow("backslash first") << u"a\\|"_s << u"a\\\\\\|"_s;
    QTest::newRow("line break") << u"one\r\ntwo"_s << u"one two"_s;
}

void TestTeamLeadMarkdown::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(markdownEscaped(text), expected);
}

void TestTeamLeadMarkdown::titleAndWindow()
{
    const QStringList lines = teamLeadMarkdown(sampleReport()).split(u'\n');
    QCOMPARE(lines.value(0), u"# Team lead report: Demo \\| shop"_s);
    QCOMPARE(lines.value(2),
             u"Window: 2026-02-02 to 2026-03-02 (UTC, the end not included). Computed 2026-03-02 "
             "09:30 UTC."_s);
    QCOMPARE(lines.value(4), u"## Is your pipeline the bottleneck?"_s);
    QCOMPARE(lines.value(6), markdownEscaped(verdictSentence(sampleReport().checklist)));
}

void TestTeamLeadMarkdown::checklistTable()
{
    const TeamLeadReport report = sampleReport();
    const QStringList lines = teamLeadMarkdown(report).split(u'\n');
    const auto q = [](ChecklistQuestion question) {
        return markdownEscaped(questionText(question));
    };
    const auto a = [](ChecklistAnswer answer) {
        return markdownEscaped(displayName(answer));
    };

    const qsizetype header
        = lines.indexOf(u"| # | Question | Answer | Overridden by | Summary |"_s);
    QVERIFY(header > 0);
    QCOMPARE(lines.value(header + 1), u"| --- | --- | --- | --- | --- |"_s);
    QCOMPARE(lines.value(header + 2),
             u"| 1 | "_s + q(ChecklistQuestion::CrossServiceTestsBlock) + u" | "_s
                 + a(ChecklistAnswer::Yes)
                 + u" | — | checkout waited on a job of payments 12 times. |"_s);
    // The override shows with the computed answer beside it, by whom, when, and the note escaped.
    QCOMPARE(lines.value(header + 3),
             u"| 2 | "_s + q(ChecklistQuestion::SlowBuilds) + u" | "_s + a(ChecklistAnswer::Yes)
                 + u" (computed: "_s + a(ChecklistAnswer::No)
                 + u") | alice on 2026-03-01 14:00: the \\*nightly\\* build\\_all is slow | 1 of 2 "
                   "services has a median build over 15 minutes. |"_s);
    QCOMPARE(lines.value(header + 4),
             u"| 3 | "_s + q(ChecklistQuestion::ManualCoordination) + u" | "_s
                 + a(ChecklistAnswer::NotEnoughData)
                 + u" | — | No dependent services deployed in the window. |"_s);
    // A cleared override is no override.
    QCOMPARE(lines.value(header + 5),
             u"| 4 | "_s + q(ChecklistQuestion::SharedIntegrationEnvironment) + u" | "_s
                 + a(ChecklistAnswer::No)
                 + u" | — | No environment before production is shared. |"_s);
    QCOMPARE(lines.value(header + 8), QString());
}

void TestTeamLeadMarkdown::evidenceIsCappedWithLinks()
{
    const QStringList lines = teamLeadMarkdown(sampleReport()).split(u'\n');
    const qsizetype heading = lines.indexOf(
        u"### 1. "_s + markdownEscaped(questionText(ChecklistQuestion::CrossServiceTestsBlock)));
    QVERIFY(heading > 0);
    QCOMPARE(lines.value(heading + 2), u"Services to look at: checkout, payments."_s);
    QCOMPARE(lines.value(heading + 4),
             u"- 2026-02-01 10:15 · checkout: Run 1 waited on payments-tests. "
             "[open](https://ci.example.com/runs/1)"_s);
    // Ten lines (1..10), then a count of the two left out.
    QCOMPARE(lines.value(heading + 13),
             u"- 2026-02-10 10:15 · checkout: Run 10 waited on payments-tests. "
             "[open](https://ci.example.com/runs/10)"_s);
    QCOMPARE(lines.value(heading + 14), QString());
    QCOMPARE(lines.value(heading + 15), u"And 2 more piece(s) of evidence."_s);
    // Question 2 has no evidence: its heading, its services line, then question 3.
    const qsizetype second = lines.indexOf(
        u"### 2. "_s + markdownEscaped(questionText(ChecklistQuestion::SlowBuilds)));
    QCOMPARE(lines.value(second + 2), u"No services to look at."_s);
    QVERIFY(lines.value(second + 4).startsWith(u"### 3. "_s));
}

// The checklist's own sentences mostly start with their service; it is not said twice.
void TestTeamLeadMarkdown::evidenceNamesItsServiceOnce()
{
    TeamLeadReport report = sampleReport();
    report.checklist.items[0].evidence = {
        {u"orders"_s, u"orders: median build 20 min 00 s."_s, NoTime, {}},
        {u"orders"_s, u"orders went through staging."_s, NoTime, {}},
        {u"orders"_s, u"ordersync is another service."_s, NoTime, {}},
    };
    const QString markdown = teamLeadMarkdown(report);
    QVERIFY2(markdown.contains(u"- orders: median build 20 min 00 s.\n"_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"- orders went through staging.\n"_s));
    QVERIFY(markdown.contains(u"- orders: ordersync is another service.\n"_s));
}

void TestTeamLeadMarkdown::doraTable()
{
    const QStringList lines = teamLeadMarkdown(sampleReport()).split(u'\n');
    const qsizetype header = lines.indexOf(u"| Service | Deployment frequency | Lead time for "
                                           "changes | Change failure rate | Time to restore |"_s);
    QVERIFY(header > 0);
    QCOMPARE(lines.value(header - 2),
             u"Deployments to production in the window. Lead time and time to restore are "
             "medians."_s);
    // The English plural forms come from the app's translator, which the models tests do not
    // load: hence "deployment(s)".
    QCOMPARE(lines.value(header + 2),
             u"| All services | weekly, 12 deployment(s) (high) | 3 h 00 min (elite) | 10 %, 1 "
             "of 10 (elite) | 2 h 00 min (high) |"_s);
    // 26 h median lead time; 1 of 3 failed = 33 %; the open episode is not a time to restore.
    QCOMPARE(lines.value(header + 3),
             u"| checkout | daily, 9 deployment(s) (elite) | 26 h 00 min (high) | 33 %, 1 of 3 "
             "(medium) | not enough data, 1 still open |"_s);
    QCOMPARE(lines.value(header + 4),
             u"| pay\\_ments\\[v2\\] | not enough data | not enough data | not enough data | not "
             "enough data |"_s);
    QCOMPARE(lines.value(header + 6),
             u"Not counted: 2 deployment(s) still pending or in an unknown state."_s);
}

void TestTeamLeadMarkdown::buildTimesTable()
{
    const QStringList lines = teamLeadMarkdown(sampleReport()).split(u'\n');
    const qsizetype section = lines.indexOf(u"## Build times"_s);
    QVERIFY(section > 0);
    QCOMPARE(lines.value(section + 2),
             u"Finished runs in the window; 1 of 2 services have a median run over 15 minutes."_s);
    QCOMPARE(lines.value(section + 4),
             u"| Service | Runs | Median run | p90 run | Median queue | Over 15 min |"_s);
    QCOMPARE(lines.value(section + 6),
             u"| All services | 25 | 16 min 00 s | 24 min 00 s | 2 min 00 s | 1 of 2 |"_s);
    QCOMPARE(lines.value(section + 7),
             u"| checkout | 20 | 18 min 00 s | 25 min 00 s | 2 min 00 s | yes |"_s);
    // No queue time from its source: said so, not shown as zero.
    QCOMPARE(lines.value(section + 8),
             u"| web\\`app | 5 | 6 min 00 s | 9 min 00 s | no queue data | no |"_s);
    QCOMPARE(lines.value(section + 9), QString());
    QCOMPARE(lines.size(), section + 10);
}

void TestTeamLeadMarkdown::emptyReportSaysNotEnoughData()
{
    TeamLeadReport r;
    r.workspaceName = u"Empty"_s;
    r.from = utc(2026, 2, 2);
    r.to = utc(2026, 3, 2);
    r.productionEnvironment = u"production"_s;
    const QString text = teamLeadMarkdown(r);
    const QStringList lines = text.split(u'\n');
    QVERIFY(lines.contains(u"| All services | not enough data | not enough data | not enough "
                           "data | not enough data |"_s));
    QVERIFY(lines.contains(u"No finished runs in the window: not enough data."_s));
    QVERIFY(!text.contains(u"| Service | Runs"_s));
    QVERIFY(lines.contains(u"Window: 2026-02-02 to 2026-03-02 (UTC, the end not included)."_s));
}

QTEST_GUILESS_MAIN(TestTeamLeadMarkdown)
#include "tst_teamleadmarkdown.moc"
