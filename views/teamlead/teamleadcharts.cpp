#include "teamleadcharts.h"

#include "domain/timeformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct ChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::TeamLeadCharts)
};

// What a series or set stands for, kept on it so applyChartPalette() can colour a chart it did
// not build, e.g. again after the user switched to dark mode.
enum class Part { Primary, Secondary, Limit, Box, BoxOverLimit, OverLimitMarker, Queue, Run };
constexpr char PartProperty[] = "signalboxChartPart";

template<typename T>
T *withPart(T *object, Part part)
{
    object->setProperty(PartProperty, int(part));
    return object;
}

Part partOf(const QObject *object)
{
    return Part(object->property(PartProperty).toInt());
}

constexpr double MinuteMs = 60.0 * 1000;
constexpr double HourMs = 60 * MinuteMs;

// QDateTimeAxis (Qt 6.4) labels in local time: a point sits at the local time whose wall clock
// reads its UTC time, so the labels show UTC dates in every time zone.
qreal chartXForUtc(EpochMs t)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    return qreal(QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch());
}

// Where a step is drawn: a day or a week at noon of its first day, a month in its middle, so a
// date label stays on the right day or month even where the local clock jumps by an hour.
EpochMs stepAnchor(EpochMs start, EpochMs end, TrendStep step)
{
    if (step == TrendStep::Month && end > start)
        return start + (end - start) / 2;
    return start + 12 * 60 * 60 * 1000;
}

QString axisDateFormat(TrendStep step)
{
    return step == TrendStep::Month ? u"yyyy-MM"_s : u"yyyy-MM-dd"_s;
}

template<typename Point>
qreal pointX(const Point &point, TrendStep step)
{
    return chartXForUtc(stepAnchor(point.start, point.end, step));
}

QString axisDateTitle(TrendStep step)
{
    switch (step) {
    case TrendStep::Day:
        return ChartsTr::tr("day (UTC)");
    case TrendStep::Week:
        return ChartsTr::tr("week starting on Monday (UTC)");
    case TrendStep::Month:
        return ChartsTr::tr("month (UTC)");
    }
    return {};
}

// Up to this many points get a tick each, so every label names a point's own day or month.
constexpr int MaxLabelledPoints = 8;

qreal nominalStepMs(TrendStep step)
{
    switch (step) {
    case TrendStep::Day:
        return 24 * HourMs;
    case TrendStep::Week:
        return 7 * 24 * HourMs;
    case TrendStep::Month:
        return 30 * 24 * HourMs;
    }
    return 24 * HourMs;
}

template<typename Point>
QDateTimeAxis *timeAxis(const QList<Point> &points, TrendStep step)
{
    auto *axis = new QDateTimeAxis;
    // An elided date ("2026-0…") says nothing; a label the chart has no room for is left to
    // overlap rather than cut.
    axis->setTruncateLabels(false);
    axis->setFormat(axisDateFormat(step));
    axis->setTitleText(axisDateTitle(step));
    const int n = int(points.size());
    qreal first = n == 0 ? 0 : pointX(points.first(), step);
    qreal last = n == 0 ? 0 : pointX(points.last(), step);
    const qreal spacing = n >= 2 ? (last - first) / (n - 1) : nominalStepMs(step);
    // A free step at either end keeps the first and last markers off the frame.
    if (n <= MaxLabelledPoints) {
        axis->setTickCount(n + 2);
        // Ten full dates do not fit side by side on a report-wide chart.
        if (n + 2 > 6)
            axis->setLabelsAngle(-40);
        first -= spacing;
        last += spacing;
    } else {
        axis->setTickCount(7);
        axis->setLabelsAngle(-40);
        first -= spacing / 2;
        last += spacing / 2;
    }
    axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                   QDateTime::fromMSecsSinceEpoch(qint64(last)));
    return axis;
}

QValueAxis *valueAxis(const QString &title, double maxValue, double atLeast)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(maxValue * 1.1, atLeast));
    axis->applyNiceNumbers();
    axis->setMin(0);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A line with gaps is drawn as several series; only the first keeps a legend entry.
class GappedLine
{
public:
    GappedLine(QChart *chart, QString name, Part part)
        : m_chart(chart)
        , m_name(std::move(name))
        , m_part(part)
    { }

    void add(qreal x, std::optional<double> y)
    {
        if (!y) {
            m_current = nullptr;
            return;
        }
        if (!m_current) {
            m_current = withPart(new QLineSeries, m_part);
            m_current->setName(m_name);
            m_current->setPointsVisible(true);
            m_current->setMarkerSize(7);
            m_segments.append(m_current);
        }
        m_current->append(x, *y);
        m_max = std::max(m_max, *y);
    }

    void attachTo(QAbstractAxis *x, QAbstractAxis *y)
    {
        for (QLineSeries *segment : std::as_const(m_segments)) {
            attach(m_chart, segment, x, y);
            if (segment != m_segments.first()) {
                for (QLegendMarker *marker : m_chart->legend()->markers(segment))
                    marker->setVisible(false);
            }
        }
    }

    double max() const { return m_max; }
    bool isEmpty() const { return m_segments.isEmpty(); }

private:
    QChart *m_chart;
    QString m_name;
    Part m_part;
    QLineSeries *m_current = nullptr;
    QList<QLineSeries *> m_segments;
    double m_max = 0;
};

QLineSeries *limitLine(const BuildTimesReport &buildTimes, qreal fromX, qreal toX)
{
    auto *line = withPart(new QLineSeries, Part::Limit);
    line->setName(ChartsTr::tr("%1-minute line").arg(buildTimes.limitMs / 60000));
    const double y = double(buildTimes.limitMs) / MinuteMs;
    line->append(fromX, y);
    line->append(toX, y);
    return line;
}

std::optional<double> doraValue(const DoraTrendPoint &point, DoraChartMetric metric)
{
    switch (metric) {
    case DoraChartMetric::DeploymentFrequency:
        return point.successful; // a step without deployments is a real zero
    case DoraChartMetric::LeadTime:
        if (point.leadTimeMedianMs >= 0)
            return double(point.leadTimeMedianMs) / HourMs;
        break;
    case DoraChartMetric::ChangeFailureRate:
        if (point.failureRate >= 0)
            return point.failureRate * 100;
        break;
    case DoraChartMetric::TimeToRestore:
        if (point.restoreMedianMs >= 0)
            return double(point.restoreMedianMs) / HourMs;
        break;
    }
    return std::nullopt;
}

QString withLevel(const QString &value, DoraLevel level)
{
    return ChartsTr::tr("%1 (%2)").arg(value, displayName(level));
}

QString doraOverall(const DoraMetrics &m, DoraChartMetric metric)
{
    switch (metric) {
    case DoraChartMetric::DeploymentFrequency:
        if (m.frequency.bucket == FrequencyBucket::NotEnoughData)
            break;
        return withLevel(ChartsTr::tr("%1, %n deployment(s)", nullptr, m.frequency.deployments)
                             .arg(displayName(m.frequency.bucket)),
                         m.frequency.level);
    case DoraChartMetric::LeadTime:
        if (m.leadTime.medianMs < 0)
            break;
        return withLevel(ChartsTr::tr("median %1").arg(formatDuration(m.leadTime.medianMs)),
                         m.leadTime.level);
    case DoraChartMetric::ChangeFailureRate:
        if (m.changeFailure.rate < 0)
            break;
        return withLevel(ChartsTr::tr("%1 %, %2 of %3")
                             .arg(QString::number(qRound(m.changeFailure.rate * 100)))
                             .arg(m.changeFailure.failed)
                             .arg(m.changeFailure.deployments),
                         m.changeFailure.level);
    case DoraChartMetric::TimeToRestore:
        if (m.restore.medianMs < 0)
            break;
        return withLevel(ChartsTr::tr("median %1").arg(formatDuration(m.restore.medianMs)),
                         m.restore.level);
    }
    return ChartsTr::tr("not enough data");
}

QString doraAxisTitle(DoraChartMetric metric)
{
    switch (metric) {
    case DoraChartMetric::DeploymentFrequency:
        return ChartsTr::tr("successful deployments");
    case DoraChartMetric::LeadTime:
    case DoraChartMetric::TimeToRestore:
        return ChartsTr::tr("median, hours");
    case DoraChartMetric::ChangeFailureRate:
        return ChartsTr::tr("% of changes failed");
    }
    return {};
}

QList<const ServiceBuildTimes *> slowestFirst(const BuildTimesReport &buildTimes, int maxServices)
{
    QList<const ServiceBuildTimes *> services;
    for (const ServiceBuildTimes &s : buildTimes.services) {
        if (!s.run.isEmpty())
            services.append(&s);
    }
    std::stable_sort(services.begin(), services.end(), [](const auto *a, const auto *b) {
        return a->run.p50Ms != b->run.p50Ms ? a->run.p50Ms > b->run.p50Ms : a->service < b->service;
    });
    if (maxServices >= 0 && services.size() > maxServices)
        services.resize(maxServices);
    return services;
}

int servicesWithRuns(const BuildTimesReport &buildTimes)
{
    return int(std::count_if(buildTimes.services.cbegin(), buildTimes.services.cend(),
                             [](const ServiceBuildTimes &s) { return !s.run.isEmpty(); }));
}

QString perServiceTitle(const QString &title, qsizetype shown, int total)
{
    if (shown >= total)
        return title;
    return ChartsTr::tr("%1 (the %2 slowest of %3 services)").arg(title).arg(shown).arg(total);
}

double minutes(qint64 ms)
{
    return double(ms) / MinuteMs;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QChart *finished(QChart *chart)
{
    applyChartPalette(chart, QGuiApplication::palette());
    return chart;
}

struct ChartColors
{
    QColor text;
    QColor background;
    QColor axis;
    QColor grid;
    QColor primary;
    QColor secondary;
    QColor limit;
    QColor warning;
};

QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

ChartColors colorsFor(const QPalette &palette)
{
    ChartColors c;
    c.text = palette.color(QPalette::Text);
    c.background = palette.color(QPalette::Base);
    const bool dark = c.background.lightness() < 128;
    c.axis = mixed(c.background, c.text, 0.55);
    c.grid = mixed(c.background, c.text, dark ? 0.2 : 0.14);
    // The palette's accent for the main series; fixed hues for the rest, each in a shade that
    // stays readable on the background of its mode.
    c.primary = palette.color(QPalette::Highlight);
    if (dark)
        c.primary = c.primary.lighter(140);
    c.secondary = dark ? QColor(0xc7, 0xa3, 0xf5) : QColor(0x7b, 0x3f, 0xb5);
    c.limit = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    c.warning = dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xd9, 0x6c, 0x00);
    return c;
}

QColor partColor(const ChartColors &c, Part part)
{
    switch (part) {
    case Part::Primary:
    case Part::Box:
    case Part::Run:
        return c.primary;
    case Part::Secondary:
    case Part::Queue:
        return c.secondary;
    case Part::Limit:
        return c.limit;
    case Part::BoxOverLimit:
    case Part::OverLimitMarker:
        return c.warning;
    }
    return c.primary;
}

} // namespace

QString displayName(DoraChartMetric metric)
{
    switch (metric) {
    case DoraChartMetric::DeploymentFrequency:
        return ChartsTr::tr("Deployment frequency");
    case DoraChartMetric::LeadTime:
        return ChartsTr::tr("Lead time for changes");
    case DoraChartMetric::ChangeFailureRate:
        return ChartsTr::tr("Change failure rate");
    case DoraChartMetric::TimeToRestore:
        return ChartsTr::tr("Time to restore");
    }
    return {};
}

QChart *createDoraTrendChart(const TeamLeadReport &report, DoraChartMetric metric)
{
    QChart *chart = newChart(
        ChartsTr::tr("%1: %2").arg(displayName(metric), doraOverall(report.dora.overall, metric)));
    chart->legend()->hide();

    GappedLine line(chart, displayName(metric), Part::Primary);
    for (const DoraTrendPoint &point : report.doraTrend)
        line.add(pointX(point, report.step), doraValue(point, metric));
    auto *x = timeAxis(report.doraTrend, report.step);
    const bool percent = metric == DoraChartMetric::ChangeFailureRate;
    auto *y = valueAxis(doraAxisTitle(metric), percent ? 100 / 1.1 : line.max(), percent ? 0 : 1);
    y->setLabelFormat(metric == DoraChartMetric::DeploymentFrequency || percent ? u"%d"_s
                                                                                : u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line.attachTo(x, y);
    return finished(chart);
}

int doraTrendPointAt(const TeamLeadReport &report, qreal chartX)
{
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < report.doraTrend.size(); ++i) {
        const DoraTrendPoint &point = report.doraTrend.at(i);
        const qreal distance = std::abs(pointX(point, report.step) - chartX);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QList<Deployment> doraTrendPointDeployments(const TeamLeadReport &report, int pointIndex)
{
    QList<Deployment> deployments;
    if (pointIndex < 0 || pointIndex >= report.doraTrend.size())
        return deployments;
    for (const qsizetype index : report.doraTrend.at(pointIndex).deployments) {
        if (index >= 0 && index < report.deployments.size())
            deployments.append(report.deployments.at(index));
    }
    return deployments;
}

QChart *createBuildTimeDistributionChart(const BuildTimesReport &buildTimes, int maxServices)
{
    const QList<const ServiceBuildTimes *> services = slowestFirst(buildTimes, maxServices);
    QChart *chart = newChart(perServiceTitle(ChartsTr::tr("Run time per service"), services.size(),
                                             servicesWithRuns(buildTimes)));

    auto *boxes = withPart(new QBoxPlotSeries, Part::Box);
    boxes->setName(ChartsTr::tr("whiskers p10 and p90, box p25 to p75, line at the median"));
    QStringList names;
    double highest = 0;
    for (const ServiceBuildTimes *s : services) {
        const bool over = s->run.p50Ms > buildTimes.limitMs;
        auto *set = withPart(new QBoxSet(minutes(s->run.p10Ms), minutes(s->run.p25Ms),
                                         minutes(s->run.p50Ms), minutes(s->run.p75Ms),
                                         minutes(s->run.p90Ms), s->service),
                             over ? Part::BoxOverLimit : Part::Box);
        boxes->append(set);
        names.append(s->service);
        highest = std::max(highest, minutes(s->run.p90Ms));
    }
    auto *x = new QBarCategoryAxis;
    x->append(names.isEmpty() ? QStringList {ChartsTr::tr("no finished runs")} : names);
    x->setTruncateLabels(false);
    if (names.size() > 10)
        x->setLabelsAngle(-90);
    else if (names.size() > 6)
        x->setLabelsAngle(-45);
    const double limit = minutes(buildTimes.limitMs);
    auto *y = valueAxis(ChartsTr::tr("run time, minutes"), std::max(highest, limit), 1);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, boxes, x, y);
    // Category i is centred on x = i.
    attach(chart, limitLine(buildTimes, -0.5, qMax<qsizetype>(names.size(), 1) - 0.5), x, y);
    // No points: only its legend entry, which explains the warning colour.
    auto *marker = withPart(new QScatterSeries, Part::OverLimitMarker);
    marker->setName(ChartsTr::tr("median over %1 minutes").arg(buildTimes.limitMs / 60000));
    marker->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    attach(chart, marker, x, y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return finished(chart);
}

QChart *createBuildTimeTrendChart(const BuildTimesReport &buildTimes, const QString &service)
{
    const QList<BuildTimePoint> *points = &buildTimes.overallTrend;
    for (const ServiceBuildTimes &s : buildTimes.services) {
        if (!service.isEmpty() && s.service == service)
            points = &s.trend;
    }
    QChart *chart
        = newChart(service.isEmpty() ? ChartsTr::tr("Run time over time, all services")
                                     : ChartsTr::tr("Run time over time: %1").arg(service));

    GappedLine median(chart, ChartsTr::tr("median"), Part::Primary);
    GappedLine p90(chart, ChartsTr::tr("p90"), Part::Secondary);
    for (const BuildTimePoint &point : *points) {
        const qreal x = pointX(point, buildTimes.step);
        const bool known = !point.run.isEmpty();
        median.add(x, known ? std::optional(minutes(point.run.p50Ms)) : std::nullopt);
        p90.add(x, known ? std::optional(minutes(point.run.p90Ms)) : std::nullopt);
    }
    auto *x = timeAxis(*points, buildTimes.step);
    const double limit = minutes(buildTimes.limitMs);
    auto *y = valueAxis(ChartsTr::tr("run time, minutes"), std::max(p90.max(), limit), 1);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    median.attachTo(x, y);
    p90.attachTo(x, y);
    attach(chart, limitLine(buildTimes, x->min().toMSecsSinceEpoch(), x->max().toMSecsSinceEpoch()),
           x, y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return finished(chart);
}

QChart *createQueueVsRunChart(const BuildTimesReport &buildTimes, int maxServices)
{
    const QList<const ServiceBuildTimes *> services = slowestFirst(buildTimes, maxServices);
    QChart *chart = newChart(perServiceTitle(ChartsTr::tr("Waiting in the queue and running"),
                                             services.size(), servicesWithRuns(buildTimes)));
    auto *queue = withPart(new QBarSet(ChartsTr::tr("median queue time")), Part::Queue);
    auto *run = withPart(new QBarSet(ChartsTr::tr("median run time")), Part::Run);
    QStringList labels;
    double longest = 0;
    // Horizontal bars grow upwards from the first category: the slowest goes last, on top.
    for (auto it = services.crbegin(); it != services.crend(); ++it) {
        const ServiceBuildTimes *s = *it;
        const bool hasQueue = !s->queue.isEmpty();
        labels.append(hasQueue ? s->service : ChartsTr::tr("%1 (no queue data)").arg(s->service));
        const double queued = hasQueue ? minutes(s->queue.p50Ms) : 0;
        queue->append(queued);
        run->append(minutes(s->run.p50Ms));
        longest = std::max(longest, queued + minutes(s->run.p50Ms));
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(queue);
    bars->append(run);
    bars->setBarWidth(0.6);
    auto *y = new QBarCategoryAxis;
    y->append(labels.isEmpty() ? QStringList {ChartsTr::tr("no finished runs")} : labels);
    y->setTruncateLabels(false);
    auto *x = valueAxis(ChartsTr::tr("minutes"), longest, 1);
    x->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return finished(chart);
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const ChartColors c = colorsFor(palette);
    chart->setBackgroundBrush(c.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(c.text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(c.text);

    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(c.text);
        axis->setTitleBrush(c.text);
        axis->setLinePenColor(c.axis);
        axis->setGridLineColor(c.grid);
        axis->setMinorGridLineColor(c.grid);
    }

    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            const QColor color = partColor(c, partOf(scatter));
            scatter->setColor(color);
            scatter->setBorderColor(color);
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            const Part part = partOf(line);
            QPen pen(partColor(c, part), part == Part::Limit ? 1.5 : 2.0);
            if (part == Part::Limit)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        } else if (auto *boxes = qobject_cast<QBoxPlotSeries *>(s)) {
            // Opaque, so grid lines do not run through the boxes; pale enough for the median
            // line to show.
            boxes->setPen(QPen(c.text, 1));
            boxes->setBrush(mixed(c.background, c.primary, 0.6));
            const auto sets = boxes->boxSets();
            for (QBoxSet *set : sets) {
                set->setBrush(mixed(c.background, partColor(c, partOf(set)), 0.6));
                set->setPen(QPen(c.text, 1));
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setColor(partColor(c, partOf(set)));
                set->setBorderColor(c.background);
                set->setLabelColor(c.text);
            }
        }
    }
}

} // namespace Signalbox
