#pragma once

#include <QPalette>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace Signalbox {

// Where a report page may be drawn, in device pixels with the origin at the top left of the
// printable area: the whole page, and the body above the page number.
struct PdfPageArea
{
    QRectF page;
    QRectF body;
};

// Draws `count` pages after the text; the writer is on the last text page, so each page starts
// with writer.newPage(). firstNumber is the first of them; every page draws its own footer.
using PdfExtraPages = std::function<void(QPdfWriter &writer, QPainter &painter,
                                         const PdfPageArea &area, int firstNumber, int pageCount)>;

// A report as an A4 PDF: the HTML laid out over as many pages as it needs (a line or a table row
// never crosses a page end; table headers repeat), then `extraPageCount` pages drawn by
// `extraPages` (charts), every page numbered "Page n of m", on white paper whatever the app's
// theme. Writes atomically; on failure returns false and says why in *error, naming the path.
bool writeReportPdf(const QString &path, const QString &title, const QString &html, QString *error,
                    int extraPageCount = 0, const PdfExtraPages &extraPages = {});

// Black on white, whatever the theme: for what is drawn onto paper.
QPalette paperPalette();
void drawPdfFooter(QPainter &painter, const QRectF &page, int number, int count);
// The PDF's resolution, for sizes given in points.
qreal pdfPointsToPixels(qreal points);

} // namespace Signalbox
