#include "rollout/rolloutcharts.h"
#include "rollout/rolloutpanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableWidget>
#include <QtTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'795'000'000'000;
constexpr EpochMs Minute = 60'000;

Rollout pausedCanary()
{
    Rollout r;
    r.externalId = u"prod/shop/checkout"_s;
    r.service = u"checkout"_s;
    r.version = u"5.3.0"_s;
    r.strategy = RolloutStrategy::Canary;
    r.steps = {{RolloutStepKind::SetWeight, 20, {}},
               {RolloutStepKind::Pause, -1, {}},
               {RolloutStepKind::SetWeight, 50, {}},
               {RolloutStepKind::Analysis, -1, u"error-rate"_s}};
    r.stepCount = 4;
    r.step = 2;
    r.weight = 20;
    r.stableWeight = 80;
    r.phase = RolloutPhase::Paused;
    r.pauseReason = u"CanaryPauseStep"_s;
    r.location = u"prod/shop"_s;
    r.updatedAt = T0 + 4 * Minute;
    r.history
        = {{T0, 1, 20, RolloutPhase::Progressing}, {T0 + 4 * Minute, 2, 20, RolloutPhase::Paused}};
    AnalysisResult errors {u"error-rate"_s, AnalysisPhase::Failed, 0.05, 0.01};
    errors.hasThreshold = true;
    errors.measurements = {{T0 + Minute, 0.004, AnalysisPhase::Successful},
                           {T0 + 2 * Minute, 0.05, AnalysisPhase::Failed}};
    AnalysisResult success {u"success-rate"_s, AnalysisPhase::Successful, 0.99, 0.95};
    success.hasThreshold = true;
    success.thresholdIsMaximum = false;
    r.analysis = {success, errors};
    return r;
}

QStringList column(const QTableWidget *table, int c)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, c)->text();
    return cells;
}

} // namespace

class TestRolloutPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlinesSayWhereARolloutStands()
    {
        Rollout r = pausedCanary();
        QCOMPARE(RolloutPanel::headlineOf(r),
                 u"Paused at step 2 of 4 (a pause step; promote to go on): 20 % of traffic on "
                 "5.3.0"_s);
        r.phase = RolloutPhase::Aborted;
        r.message = u"Metric \"error-rate\" assessed Failed"_s;
        QCOMPARE(RolloutPanel::headlineOf(r), u"Aborted: Metric \"error-rate\" assessed Failed"_s);
        r.message.clear();
        QCOMPARE(RolloutPanel::headlineOf(r), u"Aborted; traffic is back on the stable version"_s);
        r.phase = RolloutPhase::Progressing;
        QCOMPARE(RolloutPanel::headlineOf(r),
                 u"Progressing: step 2 of 4, 20 % of traffic on 5.3.0"_s);
        r.phase = RolloutPhase::Healthy;
        QCOMPARE(RolloutPanel::headlineOf(r), u"Healthy: 5.3.0 serves all traffic"_s);
        r.phase = RolloutPhase::Paused;
        r.pauseReason = u"SomethingNew"_s; // an unknown reason is shown as the controller says it
        r.weight = -1;
        QCOMPARE(RolloutPanel::headlineOf(r), u"Paused at step 2 of 4 (SomethingNew)"_s);
    }

    void stepsAndMetricsOfAPausedCanary()
    {
        RolloutPanel panel;
        panel.showRollouts(u"checkout"_s, {pausedCanary()}, T0 + 10 * Minute);
        QVERIFY(!panel.isShowingEmptyState());
        QVERIFY(panel.rolloutPicker()->isHidden()); // one rollout: nothing to choose
        QCOMPARE(column(panel.stepsTable(), 1),
                 (QStringList {u"Set weight to 20 %"_s, u"Pause"_s, u"Set weight to 50 %"_s,
                               u"Analysis"_s}));
        QCOMPARE(column(panel.stepsTable(), 2),
                 (QStringList {{}, u"until promoted"_s, {}, u"error-rate"_s}));
        QCOMPARE(column(panel.stepsTable(), 3),
                 (QStringList {u"Done"_s, u"Current"_s, u"Next"_s, u"Next"_s}));
        // The failing metric comes first; a metric without measurements says so and has no chart.
        QCOMPARE(column(panel.metricsTable(), 0),
                 (QStringList {u"error-rate"_s, u"success-rate"_s}));
        QCOMPARE(column(panel.metricsTable(), 1), (QStringList {u"Failed"_s, u"Successful"_s}));
        QCOMPARE(column(panel.metricsTable(), 2), (QStringList {u"0.05"_s, u"no measurements"_s}));
        QCOMPARE(column(panel.metricsTable(), 3),
                 (QStringList {u"fails above 0.01"_s, u"fails below 0.95"_s}));
        QCOMPARE(panel.metricViews().size(), 1);
    }

    void progressChartStepsAndRunsOnToNow()
    {
        const Rollout r = pausedCanary();
        std::unique_ptr<QChart> chart(
            createRolloutProgressChart(r, T0 + 10 * Minute, QGuiApplication::palette()));
        const auto *line = qobject_cast<QLineSeries *>(chart->series().at(0));
        QVERIFY(line);
        // 20 % from T0, held (a vertical step of zero) at the pause, carried on to now.
        const QList<QPointF> expected {{qreal(T0), 20},
                                       {qreal(T0 + 4 * Minute), 20},
                                       {qreal(T0 + 4 * Minute), 20},
                                       {qreal(T0 + 10 * Minute), 20}};
        QCOMPARE(line->points(), expected);
        const auto *paused = qobject_cast<QScatterSeries *>(chart->series().at(1));
        QCOMPARE(paused->points(), (QList<QPointF> {{qreal(T0 + 4 * Minute), 20}}));

        Rollout aborted = r;
        aborted.phase = RolloutPhase::Aborted;
        aborted.history.append({T0 + 6 * Minute, 2, 20, RolloutPhase::Aborted});
        chart.reset(
            createRolloutProgressChart(aborted, T0 + 10 * Minute, QGuiApplication::palette()));
        line = qobject_cast<QLineSeries *>(chart->series().at(0));
        // An aborted rollout drops to 0 % and is not carried on.
        QCOMPARE(line->points().constLast(), QPointF(qreal(T0 + 6 * Minute), 0));
        const auto *abortedMarks = qobject_cast<QScatterSeries *>(chart->series().at(2));
        QCOMPARE(abortedMarks->points().size(), 1);
    }

    void metricChartShadesTheFailingSide()
    {
        AnalysisResult errors = pausedCanary().analysis.at(1);
        std::unique_ptr<QChart> chart(
            createAnalysisMetricChart(errors, QGuiApplication::palette()));
        QVERIFY(chart);
        const auto *area = qobject_cast<QAreaSeries *>(chart->series().at(0));
        QVERIFY(area);
        // Above the maximum is the failing side: from the threshold up to the top of the axis.
        QCOMPARE(area->lowerSeries()->points().at(0).y(), 0.01);
        QVERIFY(area->upperSeries()->points().at(0).y() > 0.05);
        QVERIFY(!createAnalysisMetricChart(pausedCanary().analysis.at(0), QPalette()));
    }

    void chosenRolloutStaysAcrossRefreshes()
    {
        Rollout older = pausedCanary();
        older.externalId = u"staging/shop/checkout"_s;
        older.location = u"staging/shop"_s;
        older.phase = RolloutPhase::Healthy;
        RolloutPanel panel;
        panel.showRollouts(u"checkout"_s, {pausedCanary(), older}, T0 + 10 * Minute);
        QVERIFY(!panel.rolloutPicker()->isHidden());
        QCOMPARE(panel.rolloutPicker()->count(), 2);
        panel.rolloutPicker()->setCurrentIndex(1);
        QCOMPARE(panel.headline(), u"Healthy: 5.3.0 serves all traffic"_s);
        QCOMPARE(column(panel.stepsTable(), 3),
                 (QStringList {u"Done"_s, u"Done"_s, u"Done"_s, u"Done"_s}));
        // A refresh (a watch delivery) keeps the person's choice.
        panel.showRollouts(u"checkout"_s, {pausedCanary(), older}, T0 + 11 * Minute);
        QCOMPARE(panel.rolloutPicker()->currentIndex(), 1);
        QCOMPARE(panel.headline(), u"Healthy: 5.3.0 serves all traffic"_s);
    }

    void emptyStateSaysWhatWouldFillIt()
    {
        RolloutPanel panel;
        QVERIFY(panel.isShowingEmptyState());
        panel.showRollouts(u"search"_s, {}, T0);
        QVERIFY(panel.isShowingEmptyState());
        QCOMPARE(panel.headline(),
                 u"No rollout is known for search. An Argo Rollouts or Flagger source shows its "
                 "canary steps, traffic and analysis here."_s);
    }
};

QTEST_MAIN(TestRolloutPanel)
#include "tst_rolloutpanel.moc"
