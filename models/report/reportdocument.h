#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A report as plain blocks, written once and rendered twice: as Markdown (for a file or a
// terminal) and as HTML (which QTextDocument lays out for the PDF). The text in the blocks is
// plain; each renderer escapes it for its own format, so a service called `a|b_c` cannot break a
// table or start emphasis.
namespace Signalbox {

struct ReportListItem
{
    QString text;
    QString url; // empty: no link
    QString linkText; // the words of the link; the URL itself when empty

    bool operator==(const ReportListItem &) const = default;
};

struct ReportBlock
{
    enum class Kind { Title, Section, Subsection, Paragraph, Table, List };

    Kind kind = Kind::Paragraph;
    QString text; // Title, Section, Subsection, Paragraph
    QStringList header; // Table
    QList<QStringList> rows; // Table: as many cells as the header
    QList<ReportListItem> items; // List

    static ReportBlock of(Kind kind, const QString &text = {})
    {
        ReportBlock block;
        block.kind = kind;
        block.text = text;
        return block;
    }
    bool operator==(const ReportBlock &) const = default;
};

using ReportDocument = QList<ReportBlock>;

// `|`, `*`, `_`, backticks, `[`, `]`, `<`, `>` and the backslash escaped with a backslash; line
// breaks become spaces, so a value always stays in its table cell or list line.
QString markdownEscaped(const QString &text);

QString toMarkdown(const ReportDocument &document);
// A whole HTML document; tables have a header row that QTextDocument repeats on every page.
QString toHtml(const ReportDocument &document);

} // namespace Signalbox
