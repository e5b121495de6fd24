#include "reportpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct PdfTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ReportPdf)
};

constexpr int Dpi = 300;

} // namespace

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

qreal pdfPointsToPixels(qreal points)
{
    return points * Dpi / 72.0;
}

void drawPdfFooter(QPainter &painter, const QRectF &page, int number, int count)
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

bool writeReportPdf(const QString &path, const QString &title, const QString &html, QString *error,
                    int extraPageCount, const PdfExtraPages &extraPages)
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
        writer.setTitle(title);
        writer.setCreator(u"Signalbox"_s);

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(PdfTr::tr("the PDF could not be started"));

        PdfPageArea area;
        area.page = QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(Dpi).size());
        const qreal footer = pdfPointsToPixels(16);
        area.body
            = QRectF(area.page.topLeft(), QSizeF(area.page.width(), area.page.height() - footer));

        QTextDocument text;
        text.documentLayout()->setPaintDevice(&writer);
        QFont font = text.defaultFont();
        font.setPointSizeF(9.5);
        text.setDefaultFont(font);
        text.setDocumentMargin(0);
        text.setHtml(html);
        // With a page size the layout moves a line or a table row that would cross the page
        // end to the next page, and repeats table headers there.
        text.setPageSize(area.body.size());
        const int textPages = text.pageCount();
        const int pageCount = textPages + (extraPages ? extraPageCount : 0);

        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = paperPalette();
        for (int i = 0; i < textPages; ++i) {
            if (i > 0)
                writer.newPage();
            const QRectF view(0, i * area.body.height(), area.body.width(), area.body.height());
            painter.save();
            painter.setClipRect(area.body);
            painter.translate(0, -view.top());
            context.clip = view;
            text.documentLayout()->draw(&painter, context);
            painter.restore();
            drawPdfFooter(painter, area.page, i + 1, pageCount);
        }
        if (extraPages && extraPageCount > 0)
            extraPages(writer, painter, area, textPages + 1, pageCount);
        if (!painter.end())
            return fail(PdfTr::tr("the PDF could not be finished"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Signalbox
