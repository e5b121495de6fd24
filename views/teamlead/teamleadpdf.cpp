#include "teamleadpdf.h"

#include "report/teamleadmarkdown.h"
#include "reportpdf.h"
#include "teamleadcharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct PdfTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::TeamLeadPdf)
};

constexpr int ChartsPerPage = 2;
// The width charts are laid out at, in chart pixels, before they are scaled onto the page: wide
// enough for their labels, narrow enough that their fonts print at a readable size.
constexpr qreal ChartLayoutWidth = 820;

void drawChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from here
    const QSizeF size(ChartLayoutWidth, ChartLayoutWidth * target.height() / target.width());
    applyChartPalette(chart, paperPalette());
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    // The chart lays itself out on posted events; a report written without an event loop
    // (signalbox report) must run them before drawing.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::processEvents();
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

} // namespace

bool writeTeamLeadPdf(const TeamLeadReport &report, const QString &path, QString *error)
{
    std::vector<std::unique_ptr<QChart>> charts;
    for (const auto metric : {DoraChartMetric::DeploymentFrequency, DoraChartMetric::LeadTime,
                              DoraChartMetric::ChangeFailureRate, DoraChartMetric::TimeToRestore})
        charts.emplace_back(createDoraTrendChart(report, metric));
    charts.emplace_back(createBuildTimeDistributionChart(report.buildTimes));
    if (!report.buildTimes.overallTrend.isEmpty())
        charts.emplace_back(createBuildTimeTrendChart(report.buildTimes));
    charts.emplace_back(createQueueVsRunChart(report.buildTimes));
    const int chartPages = int((charts.size() + ChartsPerPage - 1) / ChartsPerPage);

    const auto drawCharts = [&charts](QPdfWriter &writer, QPainter &painter,
                                      const PdfPageArea &area, int firstNumber, int pageCount) {
        const qreal gap = pdfPointsToPixels(18);
        const qreal chartHeight = (area.body.height() - gap * (ChartsPerPage - 1)) / ChartsPerPage;
        for (std::size_t c = 0; c < charts.size(); ++c) {
            const int slot = int(c % ChartsPerPage);
            if (slot == 0) {
                writer.newPage();
                drawPdfFooter(painter, area.page, firstNumber + int(c / ChartsPerPage), pageCount);
            }
            const QRectF target(0, slot * (chartHeight + gap), area.body.width(), chartHeight);
            drawChart(painter, charts[c].release(), target);
        }
    };
    return writeReportPdf(path, PdfTr::tr("Team lead report: %1").arg(report.workspaceName),
                          toHtml(teamLeadDocument(report)), error, chartPages, drawCharts);
}

} // namespace Signalbox
