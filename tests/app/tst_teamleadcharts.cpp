// The team-lead charts built from a hand-written report: which series and values they hold,
// gaps, the UTC dates of the time axis, the mapping of a clicked point back to its deployments,
// the limit line, the warning colour, the queue labels and the palettes.
// SIGNALBOX_CHART_PNG_DIR=/some/dir also writes every chart in light and dark as PNG to look at.
#include "teamleadsample.h"

#include "teamlead/teamleadcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <functional>
#include <memory>

#include <time.h>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

QList<QLineSeries *> linesNamed(const QChart &chart, const QString &name)
{
    QList<QLineSeries *> lines;
    const auto series = chart.series();
    for (QAbstractSeries *s : series) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && !qobject_cast<QScatterSeries *>(s) && line->name() == name)
            lines.append(line);
    }
    return lines;
}

QList<qreal> ys(const QLineSeries *line)
{
    QList<qreal> values;
    const auto points = line->points();
    for (const QPointF &p : points)
        values.append(p.y());
    return values;
}

template<typename T>
T *only(const QChart &chart)
{
    T *found = nullptr;
    const auto series = chart.series();
    for (QAbstractSeries *s : series) {
        if (auto *t = qobject_cast<T *>(s)) {
            if (found)
                return nullptr;
            found = t;
        }
    }
    return found;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

} // namespace

class TestTeamLeadCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void doraGapsAreNotZeros();
    void deploymentCountsKeepZeros();
    void failureRateInPercent();
    void timeAxisShowsUtcDates();
    void clickedPointListsItsDeployments();
    void distributionSlowestFirstWithLimit();
    void distributionCapsServices();
    void buildTrendOverallAndPerService();
    void queueBesideRun();
    void palettes();
    void screenshots();
};

void TestTeamLeadCharts::initTestCase()
{
    // A zone five hours behind UTC: a date axis that labelled local time would show the day
    // before for every point at UTC midnight.
    qputenv("TZ", "America/New_York");
    tzset();
}

void TestTeamLeadCharts::doraGapsAreNotZeros()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createDoraTrendChart(report, DoraChartMetric::LeadTime));
    // Lead time hours per week: 3, -, 5, 7, 4, 6, -, 2: three runs of points.
    const QList<QLineSeries *> lines = linesNamed(*chart, displayName(DoraChartMetric::LeadTime));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(ys(lines[0]), (QList<qreal> {3}));
    QCOMPARE(ys(lines[1]), (QList<qreal> {5, 7, 4, 6}));
    QCOMPARE(ys(lines[2]), (QList<qreal> {2}));
    QVERIFY(lines[0]->pointsVisible());
    QCOMPARE(chart->title(),
             u"Lead time for changes: median 4 h 00 min (%1)"_s.arg(displayName(DoraLevel::Elite)));
    // The y axis reaches past the highest value, 7 h.
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QVERIFY(y->max() >= 7);
}

void TestTeamLeadCharts::deploymentCountsKeepZeros()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(
        createDoraTrendChart(report, DoraChartMetric::DeploymentFrequency));
    const QList<QLineSeries *> lines
        = linesNamed(*chart, displayName(DoraChartMetric::DeploymentFrequency));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(ys(lines[0]), (QList<qreal> {2, 0, 1, 3, 2, 1, 0, 2}));
    QVERIFY(chart->title().startsWith(u"Deployment frequency: "_s));
    QVERIFY(chart->title().endsWith(u"(%1)"_s.arg(displayName(DoraLevel::High))));
}

void TestTeamLeadCharts::failureRateInPercent()
{
    TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createDoraTrendChart(report, DoraChartMetric::ChangeFailureRate));
    // Week 2: 1 failed of 2 = 50 %; weeks 1 and 6 have no deployments.
    const QList<QLineSeries *> lines
        = linesNamed(*chart, displayName(DoraChartMetric::ChangeFailureRate));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(ys(lines[0]), (QList<qreal> {0}));
    QCOMPARE(ys(lines[1]), (QList<qreal> {50, 0, 0, 0}));
    // 1 of 12 = 8.3 %, rounded.
    QCOMPARE(chart->title(),
             u"Change failure rate: 8 %, 1 of 12 (%1)"_s.arg(displayName(DoraLevel::Elite)));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QCOMPARE(y->max(), 100.0);

    report.dora.overall.changeFailure = {};
    chart.reset(createDoraTrendChart(report, DoraChartMetric::ChangeFailureRate));
    QCOMPARE(chart->title(), u"Change failure rate: not enough data"_s);
}

void TestTeamLeadCharts::timeAxisShowsUtcDates()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createDoraTrendChart(report, DoraChartMetric::LeadTime));
    const QList<QLineSeries *> lines = linesNamed(*chart, displayName(DoraChartMetric::LeadTime));
    // The axis formats x as a local time; for 2026-01-05 (the first Monday, 00:00 UTC, 19:00 the
    // day before in New York) it must read 2026-01-05.
    const QDateTime labelled = QDateTime::fromMSecsSinceEpoch(qint64(lines[0]->at(0).x()));
    QCOMPARE(labelled.date(), QDate(2026, 1, 5));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(lines[2]->at(0).x())).date(),
             QDate(2026, 2, 23));
    auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->format(), u"yyyy-MM-dd"_s);
    // Eight points, each on a tick, with one free week either side: ten ticks.
    QCOMPARE(x->tickCount(), 10);
    QCOMPARE(x->min().date(), QDate(2025, 12, 29));
    QCOMPARE(x->max().date(), QDate(2026, 3, 2));
}

void TestTeamLeadCharts::clickedPointListsItsDeployments()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(
        createDoraTrendChart(report, DoraChartMetric::DeploymentFrequency));
    const QLineSeries *line
        = linesNamed(*chart, displayName(DoraChartMetric::DeploymentFrequency)).value(0);
    QVERIFY(line);
    for (int i = 0; i < line->count(); ++i)
        QCOMPARE(doraTrendPointAt(report, line->at(i).x()), i);
    // A click a little off the point still finds it.
    QCOMPARE(doraTrendPointAt(report, line->at(3).x() + 2 * Sample::Day), 3);
    // Week 2: one successful and one failed deployment, the 3rd and 4th of the report.
    const QList<Deployment> behind = doraTrendPointDeployments(report, 2);
    QCOMPARE(behind.size(), 2);
    QCOMPARE(behind[0].externalId, u"dep-2-0"_s);
    QCOMPARE(behind[1].externalId, u"dep-2-1"_s);
    QCOMPARE(behind[1].status, DeploymentStatus::Failed);
    QVERIFY(doraTrendPointDeployments(report, 1).isEmpty());
    QVERIFY(doraTrendPointDeployments(report, 8).isEmpty());
    QCOMPARE(doraTrendPointAt(TeamLeadReport {}, 0), -1);
}

void TestTeamLeadCharts::distributionSlowestFirstWithLimit()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createBuildTimeDistributionChart(report.buildTimes));
    auto *boxes = only<QBoxPlotSeries>(*chart);
    QVERIFY(boxes);
    // Medians: search 22, checkout 18, payments 12, web 6 minutes.
    QStringList order;
    const auto sets = boxes->boxSets();
    for (const QBoxSet *set : sets)
        order.append(set->label());
    QCOMPARE(order, (QStringList {u"search"_s, u"checkout"_s, u"payments"_s, u"web"_s}));
    const QBoxSet *search = sets[0];
    QCOMPARE(search->at(QBoxSet::LowerExtreme), 15.0);
    QCOMPARE(search->at(QBoxSet::LowerQuartile), 19.0);
    QCOMPARE(search->at(QBoxSet::Median), 22.0);
    QCOMPARE(search->at(QBoxSet::UpperQuartile), 27.0);
    QCOMPARE(search->at(QBoxSet::UpperExtreme), 33.0);
    // Over the 15-minute line: search and checkout share one colour, the others another.
    QCOMPARE(sets[0]->brush().color(), sets[1]->brush().color());
    QCOMPARE(sets[2]->brush().color(), sets[3]->brush().color());
    QVERIFY(sets[0]->brush().color() != sets[2]->brush().color());

    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->categories(), order);
    const QList<QLineSeries *> limit = linesNamed(*chart, u"15-minute line"_s);
    QCOMPARE(limit.size(), 1);
    QCOMPARE(ys(limit[0]), (QList<qreal> {15, 15}));
    QCOMPARE(limit[0]->at(0).x(), -0.5);
    QCOMPARE(limit[0]->at(1).x(), 3.5);
    QCOMPARE(limit[0]->pen().style(), Qt::DashLine);
    QVERIFY(boxes->name().contains(u"p10"_s));
    QVERIFY(boxes->name().contains(u"p90"_s));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y->max() >= 33);
    QCOMPARE(chart->title(), u"Run time per service"_s);
}

void TestTeamLeadCharts::distributionCapsServices()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createBuildTimeDistributionChart(report.buildTimes, 2));
    auto *boxes = only<QBoxPlotSeries>(*chart);
    QCOMPARE(boxes->count(), 2);
    QCOMPARE(boxes->boxSets().at(1)->label(), u"checkout"_s);
    QCOMPARE(chart->title(), u"Run time per service (the 2 slowest of 4 services)"_s);
}

void TestTeamLeadCharts::buildTrendOverallAndPerService()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createBuildTimeTrendChart(report.buildTimes));
    // Overall medians 12, 14, 13, -, 16, 15, 17, 14 and p90 nine minutes above each.
    const QList<QLineSeries *> medians = linesNamed(*chart, u"median"_s);
    QCOMPARE(medians.size(), 2);
    QCOMPARE(ys(medians[0]), (QList<qreal> {12, 14, 13}));
    QCOMPARE(ys(medians[1]), (QList<qreal> {16, 15, 17, 14}));
    const QList<QLineSeries *> p90 = linesNamed(*chart, u"p90"_s);
    QCOMPARE(ys(p90[1]), (QList<qreal> {25, 24, 26, 23}));
    const QList<QLineSeries *> limit = linesNamed(*chart, u"15-minute line"_s);
    QCOMPARE(ys(limit.value(0)), (QList<qreal> {15, 15}));
    QCOMPARE(chart->title(), u"Run time over time, all services"_s);
    // The second part of each line has no legend entry of its own (markers are only visible in a
    // shown chart).
    QChartView view(chart.release());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.chart()->legend()->markers(medians[0]).value(0)->isVisible());
    QVERIFY(!view.chart()->legend()->markers(medians[1]).value(0)->isVisible());
    QVERIFY(view.chart()->legend()->markers(p90[0]).value(0)->isVisible());
    QVERIFY(!view.chart()->legend()->markers(p90[1]).value(0)->isVisible());

    chart.reset(createBuildTimeTrendChart(report.buildTimes, u"checkout"_s));
    QCOMPARE(chart->title(), u"Run time over time: checkout"_s);
    QCOMPARE(ys(linesNamed(*chart, u"median"_s).value(0)),
             (QList<qreal> {18, 18, 18, 18, 18, 18, 18, 18}));
}

void TestTeamLeadCharts::queueBesideRun()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createQueueVsRunChart(report.buildTimes));
    auto *bars = only<QHorizontalStackedBarSeries>(*chart);
    QVERIFY(bars);
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(categories);
    // Bottom to top, so the slowest (search) is drawn on top.
    QCOMPARE(categories->categories(),
             (QStringList {u"web (no queue data)"_s, u"payments"_s, u"checkout"_s, u"search"_s}));
    const QBarSet *queue = bars->barSets().at(0);
    const QBarSet *run = bars->barSets().at(1);
    QCOMPARE(queue->label(), u"median queue time"_s);
    QCOMPARE(run->label(), u"median run time"_s);
    QCOMPARE(queue->at(3), 6.0);
    QCOMPARE(run->at(3), 22.0);
    QCOMPARE(queue->at(1), 1.0);
    QCOMPARE(run->at(0), 6.0);
    // Longest bar: search 6 + 22 = 28 minutes.
    auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x->max() >= 28);
}

void TestTeamLeadCharts::palettes()
{
    const TeamLeadReport report = Sample::report();
    std::unique_ptr<QChart> chart(createBuildTimeDistributionChart(report.buildTimes));
    applyChartPalette(chart.get(), darkPalette());
    QCOMPARE(chart->backgroundBrush().color(), QColor(0x1f, 0x21, 0x24));
    QCOMPARE(chart->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
    QCOMPARE(chart->legend()->labelColor(), QColor(0xe6, 0xe6, 0xe6));
    const auto axes = chart->axes();
    for (const QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsColor(), QColor(0xe6, 0xe6, 0xe6));
    const QColor darkWarning = only<QBoxPlotSeries>(*chart)->boxSets().at(0)->brush().color();

    applyChartPalette(chart.get(), lightPalette());
    QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(chart->titleBrush().color(), QColor(Qt::black));
    const QColor lightWarning = only<QBoxPlotSeries>(*chart)->boxSets().at(0)->brush().color();
    // Each mode has its own shade, chosen for its background.
    QVERIFY(darkWarning != lightWarning);
    // The legend's warning entry and the boxes over the line share a hue; the boxes are paler.
    const QColor legendWarning = only<QScatterSeries>(*chart)->color();
    QCOMPARE(legendWarning.hue(), lightWarning.hue());
    QVERIFY(legendWarning.hslSaturation() > 0);
    QVERIFY(legendWarning.lightness() < lightWarning.lightness());
}

void TestTeamLeadCharts::screenshots()
{
    const QString dir = qEnvironmentVariable("SIGNALBOX_CHART_PNG_DIR");
    if (dir.isEmpty())
        QSKIP("SIGNALBOX_CHART_PNG_DIR is not set");
    QDir().mkpath(dir);
    const TeamLeadReport report = Sample::report();
    const QList<std::pair<QString, std::function<QChart *()>>> charts {
        {u"frequency"_s,
         [&] {
             return createDoraTrendChart(report, DoraChartMetric::DeploymentFrequency);
         }},
        {u"leadtime"_s,
         [&] {
             return createDoraTrendChart(report, DoraChartMetric::LeadTime);
         }},
        {u"failurerate"_s,
         [&] {
             return createDoraTrendChart(report, DoraChartMetric::ChangeFailureRate);
         }},
        {u"restore"_s,
         [&] {
             return createDoraTrendChart(report, DoraChartMetric::TimeToRestore);
         }},
        {u"distribution"_s,
         [&] {
             return createBuildTimeDistributionChart(report.buildTimes);
         }},
        {u"buildtrend"_s,
         [&] {
             return createBuildTimeTrendChart(report.buildTimes);
         }},
        {u"queue"_s,
         [&] {
             return createQueueVsRunChart(report.buildTimes);
         }},
    };
    for (const auto &[name, make] : charts) {
        for (const bool dark : {false, true}) {
            QChartView view(make());
            applyChartPalette(view.chart(), dark ? darkPalette() : lightPalette());
            view.setRenderHint(QPainter::Antialiasing);
            view.resize(820, 460);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(dir + u'/' + name + (dark ? u"-dark.png"_s : u"-light.png"_s));
        }
    }
}

QTEST_MAIN(TestTeamLeadCharts)
#include "tst_teamleadcharts.moc"
