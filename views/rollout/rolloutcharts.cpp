#include "rolloutcharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct RolloutChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::RolloutCharts)
};

// Fixed hues read on light and dark backgrounds alike; the text and grid follow the palette.
const QColor FailingColor(0xd6, 0x45, 0x45);
const QColor PausedColor(0xe0, 0x9a, 0x1a);

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setTruncateLabels(false);
    }
}

QDateTimeAxis *timeAxis(EpochMs from, EpochMs to)
{
    auto *axis = new QDateTimeAxis;
    const qint64 span = std::max<qint64>(to - from, 60'000);
    axis->setFormat(span > 24LL * 3600 * 1000 ? u"MM-dd HH:mm"_s : u"HH:mm"_s);
    axis->setTickCount(5);
    // A little room on either side so the first and last points are not on the frame.
    const qint64 pad = span / 20;
    axis->setRange(QDateTime::fromMSecsSinceEpoch(from - pad),
                   QDateTime::fromMSecsSinceEpoch(to + pad));
    return axis;
}

} // namespace

QString displayName(AnalysisPhase phase)
{
    switch (phase) {
    case AnalysisPhase::Pending:
        return RolloutChartsTr::tr("Pending");
    case AnalysisPhase::Running:
        return RolloutChartsTr::tr("Running");
    case AnalysisPhase::Successful:
        return RolloutChartsTr::tr("Successful");
    case AnalysisPhase::Failed:
        return RolloutChartsTr::tr("Failed");
    case AnalysisPhase::Error:
        return RolloutChartsTr::tr("Error");
    case AnalysisPhase::Inconclusive:
        return RolloutChartsTr::tr("Inconclusive");
    case AnalysisPhase::Unknown:
        break;
    }
    return RolloutChartsTr::tr("Unknown");
}

QString displayName(RolloutStepKind kind)
{
    switch (kind) {
    case RolloutStepKind::SetWeight:
        return RolloutChartsTr::tr("Set weight");
    case RolloutStepKind::Pause:
        return RolloutChartsTr::tr("Pause");
    case RolloutStepKind::Analysis:
        return RolloutChartsTr::tr("Analysis");
    case RolloutStepKind::Experiment:
        return RolloutChartsTr::tr("Experiment");
    case RolloutStepKind::Other:
        break;
    }
    return RolloutChartsTr::tr("Other");
}

QString thresholdDescription(const AnalysisResult &metric)
{
    if (!metric.hasThreshold) {
        return metric.condition.isEmpty()
            ? RolloutChartsTr::tr("no threshold stated")
            : RolloutChartsTr::tr("condition: %1").arg(metric.condition);
    }
    const QString value = QString::number(metric.threshold, 'g', 6);
    return metric.thresholdIsMaximum ? RolloutChartsTr::tr("fails above %1").arg(value)
                                     : RolloutChartsTr::tr("fails below %1").arg(value);
}

QChart *createRolloutProgressChart(const Rollout &rollout, EpochMs now, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(RolloutChartsTr::tr("Traffic on the new version"));
    chart->legend()->hide();

    QList<RolloutProgress> points = rollout.history;
    if (points.isEmpty() && rollout.updatedAt != NoTime)
        points.append({rollout.updatedAt, rollout.step, rollout.weight, rollout.phase});
    const bool underWay
        = rollout.phase == RolloutPhase::Progressing || rollout.phase == RolloutPhase::Paused;

    auto *line = new QLineSeries;
    line->setName(RolloutChartsTr::tr("Weight"));
    auto *held = new QScatterSeries;
    held->setName(RolloutChartsTr::tr("Paused"));
    held->setMarkerSize(9);
    held->setColor(PausedColor);
    held->setBorderColor(PausedColor);
    auto *aborted = new QScatterSeries;
    aborted->setName(RolloutChartsTr::tr("Aborted"));
    aborted->setMarkerSize(11);
    aborted->setColor(FailingColor);
    aborted->setBorderColor(FailingColor);

    int previousWeight = -1;
    for (const RolloutProgress &p : std::as_const(points)) {
        const int weight = p.phase == RolloutPhase::Aborted ? 0 : std::max(p.weight, 0);
        // A step chart: the weight holds until the next change, then jumps.
        if (previousWeight >= 0)
            line->append(qreal(p.at), previousWeight);
        line->append(qreal(p.at), weight);
        if (p.phase == RolloutPhase::Paused)
            held->append(qreal(p.at), weight);
        else if (p.phase == RolloutPhase::Aborted)
            aborted->append(qreal(p.at), weight);
        previousWeight = weight;
    }
    const EpochMs first = points.isEmpty() ? now : points.constFirst().at;
    EpochMs last = points.isEmpty() ? now : points.constLast().at;
    if (underWay && previousWeight >= 0 && now > last) {
        line->append(qreal(now), previousWeight);
        last = now;
    }
    QPen pen(palette.color(QPalette::Highlight));
    pen.setWidthF(2.5);
    line->setPen(pen);
    chart->addSeries(line);
    chart->addSeries(held);
    chart->addSeries(aborted);

    QDateTimeAxis *x = timeAxis(first, last);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(u"%d %"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleChart(chart, palette);
    return chart;
}

QChart *createAnalysisMetricChart(const AnalysisResult &metric, const QPalette &palette)
{
    if (metric.measurements.isEmpty())
        return nullptr;
    auto *chart = new QChart;
    chart->setTitle(u"%1 — %2"_s.arg(metric.metric, displayName(metric.phase)));
    chart->legend()->hide();

    auto *values = new QLineSeries;
    values->setName(metric.metric);
    values->setPointsVisible(true);
    auto *failed = new QScatterSeries;
    failed->setMarkerSize(10);
    failed->setColor(FailingColor);
    failed->setBorderColor(FailingColor);
    double low = metric.hasThreshold ? metric.threshold : metric.measurements.constFirst().value;
    double high = low;
    for (const AnalysisMeasurement &m : metric.measurements) {
        values->append(qreal(m.at), m.value);
        if (m.phase == AnalysisPhase::Failed || m.phase == AnalysisPhase::Error)
            failed->append(qreal(m.at), m.value);
        low = std::min(low, m.value);
        high = std::max(high, m.value);
    }
    QPen pen(palette.color(QPalette::Highlight));
    pen.setWidthF(2);
    values->setPen(pen);
    const EpochMs first = metric.measurements.constFirst().at;
    const EpochMs last = metric.measurements.constLast().at;
    const double margin = high > low ? (high - low) * 0.15 : std::max(std::abs(high) * 0.1, 0.01);
    const double yLow = low >= 0 && low - margin < 0 ? 0 : low - margin;
    const double yHigh = high + margin;

    if (metric.hasThreshold) {
        // The failing side of the threshold, shaded, and the threshold itself dashed.
        auto *limit = new QLineSeries;
        limit->append(qreal(first), metric.threshold);
        limit->append(qreal(last), metric.threshold);
        auto *edge = new QLineSeries;
        const double far = metric.thresholdIsMaximum ? yHigh : yLow;
        edge->append(qreal(first), far);
        edge->append(qreal(last), far);
        auto *area = new QAreaSeries(edge, limit);
        // An area series draws its edges without owning them.
        edge->setParent(area);
        limit->setParent(area);
        QColor fill = FailingColor;
        fill.setAlphaF(0.12);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        auto *thresholdLine = new QLineSeries;
        thresholdLine->setName(RolloutChartsTr::tr("Threshold"));
        thresholdLine->append(qreal(first), metric.threshold);
        thresholdLine->append(qreal(last), metric.threshold);
        QPen dashed(FailingColor);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.5);
        thresholdLine->setPen(dashed);
        chart->addSeries(thresholdLine);
    }
    chart->addSeries(values);
    chart->addSeries(failed);

    QDateTimeAxis *x = timeAxis(first, last);
    auto *y = new QValueAxis;
    y->setRange(yLow, yHigh);
    y->setTickCount(4);
    y->setLabelFormat(u"%.3g"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleChart(chart, palette);
    return chart;
}

} // namespace Signalbox
