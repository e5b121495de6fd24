#include "teamleadpdf.h"

#include "report/teamleadmarkdown.h"
#include "teamleadcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct PdfTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::TeamLeadPdf)
};

constexpr int Dpi = 300;
constexpr int ChartsPerPage = 2;
// The width charts are laid out at, in chart pixels, before they are scaled onto the page: wide
// enough for their labels, narrow enough that their fonts print at a readable size.
constexpr qreal ChartLayoutWidth = 820;

QPalette paperPalette()
{
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base})
        p.setColor(role, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text})
        p.setColor(role, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xc0));
    return p;
}

qreal pointsToPixels(qreal points)
{
    return points * Dpi / 72.0;
}

void drawFooter(QPainter &painter, const QRectF &page, int number, int count)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(page, Qt::AlignHCenter | Qt::AlignBottom,
                     PdfTr::tr("Page %1 of %2").arg(number).arg(count));
    painter.restore();
}

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
    const auto fail = [&](const QString &why) {
        if (error)
            *error
                = PdfTr::tr("Cannot write the PDF %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setTitle(PdfTr::tr("Team lead report: %1").arg(report.workspaceName));
        writer.setCreator(u"Signalbox"_s);

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(PdfTr::tr("the PDF could not be started"));

        // Device pixels, origin at the top left of the printable area.
        const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(Dpi).size());
        const qreal footer = pointsToPixels(16);
        const QRectF body(page.topLeft(), QSizeF(page.width(), page.height() - footer));

        QTextDocument text;
        text.documentLayout()->setPaintDevice(&writer);
        QFont font = text.defaultFont();
        font.setPointSizeF(9.5);
        text.setDefaultFont(font);
        text.setDocumentMargin(0);
        text.setHtml(toHtml(teamLeadDocument(report)));
        // With a page size the layout moves a line or a table row that would cross the page
        // end to the next page, and repeats table headers there.
        text.setPageSize(body.size());
        const int textPages = text.pageCount();

        std::vector<std::unique_ptr<QChart>> charts;
        for (const auto metric :
             {DoraChartMetric::DeploymentFrequency, DoraChartMetric::LeadTime,
              DoraChartMetric::ChangeFailureRate, DoraChartMetric::TimeToRestore})
            charts.emplace_back(createDoraTrendChart(report, metric));
        charts.emplace_back(createBuildTimeDistributionChart(report.buildTimes));
        if (!report.buildTimes.overallTrend.isEmpty())
            charts.emplace_back(createBuildTimeTrendChart(report.buildTimes));
        charts.emplace_back(createQueueVsRunChart(report.buildTimes));
        const int chartPages = int((charts.size() + ChartsPerPage - 1) / ChartsPerPage);
        const int pageCount = textPages + chartPages;

        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = paperPalette();
        for (int i = 0; i < textPages; ++i) {
            if (i > 0)
                writer.newPage();
            const QRectF view(0, i * body.height(), body.width(), body.height());
            painter.save();
            painter.setClipRect(body);
            painter.translate(0, -view.top());
            context.clip = view;
            text.documentLayout()->draw(&painter, context);
            painter.restore();
            drawFooter(painter, page, i + 1, pageCount);
        }

        const qreal gap = pointsToPixels(18);
        const qreal chartHeight = (body.height() - gap * (ChartsPerPage - 1)) / ChartsPerPage;
        for (std::size_t c = 0; c < charts.size(); ++c) {
            const int slot = int(c % ChartsPerPage);
            if (slot == 0) {
                writer.newPage();
                drawFooter(painter, page, textPages + int(c / ChartsPerPage) + 1, pageCount);
            }
            const QRectF target(0, slot * (chartHeight + gap), body.width(), chartHeight);
            drawChart(painter, charts[c].release(), target);
        }
        if (!painter.end())
            return fail(PdfTr::tr("the PDF could not be finished"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Signalbox
