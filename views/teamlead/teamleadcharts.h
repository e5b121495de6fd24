#pragma once

#include "analysis/teamleadreport.h"

#include <QList>
#include <QString>

class QChart;
class QPalette;

// The team-lead charts, built from a TeamLeadReport by the interactive panel and by the PDF alike.
// Each factory returns a new QChart the caller owns (put it in a QChartView or a QGraphicsScene),
// coloured from the application palette; applyChartPalette() recolours it when the palette
// changes (dark mode) or for paper.
//
// Time axes show UTC dates, as the report does, whatever the local time zone: QDateTimeAxis in
// Qt 6.4 labels in local time, so points sit at the local time whose wall clock reads the UTC
// time. Map a clicked x back with doraTrendPointAt(), never with QDateTime directly.
namespace Signalbox {

enum class DoraChartMetric {
    DeploymentFrequency, // successful deployments per point
    LeadTime, // median hours
    ChangeFailureRate, // percent
    TimeToRestore, // median hours
};

QString displayName(DoraChartMetric metric);

// One line over report.doraTrend; points without data are gaps, not zeros. The title gives the
// metric's overall value and DORA level.
QChart *createDoraTrendChart(const TeamLeadReport &report, DoraChartMetric metric);
// The index in report.doraTrend of the point nearest to chartX (an x from the chart above, e.g.
// QXYSeries::clicked); -1 when the trend is empty. Its .deployments index report.deployments.
int doraTrendPointAt(const TeamLeadReport &report, qreal chartX);
QList<Deployment> doraTrendPointDeployments(const TeamLeadReport &report, int pointIndex);

// Box plots of the run time per service (whiskers p10 and p90, box p25 to p75, line at the
// median), slowest median first, at most maxServices, in minutes, with the limit line; services
// whose median is over it drawn in the warning colour.
QChart *createBuildTimeDistributionChart(const BuildTimesReport &buildTimes, int maxServices = 20);
// Median and p90 run time per trend step, of one service or (service empty) of all runs.
QChart *createBuildTimeTrendChart(const BuildTimesReport &buildTimes, const QString &service = {});
// Median queue time and median run time per service as stacked horizontal bars, slowest at the
// top; a service whose source gives no queue time says so in its label.
QChart *createQueueVsRunChart(const BuildTimesReport &buildTimes, int maxServices = 20);

// Recolours a chart made above: background, text, axes, grid and every series by its part.
void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace Signalbox
