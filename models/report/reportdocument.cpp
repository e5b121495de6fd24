#include "reportdocument.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// A link destination that cannot end early: spaces and parentheses percent-encoded.
QString markdownUrl(const QString &url)
{
    QString encoded = QUrl(url).toString(QUrl::FullyEncoded);
    if (encoded.isEmpty())
        encoded = url;
    encoded.replace(u'(', u"%28"_s).replace(u')', u"%29"_s).replace(u' ', u"%20"_s);
    return encoded;
}

QString markdownRow(const QStringList &cells)
{
    QString line = u"|"_s;
    for (const QString &cell : cells)
        line += u' ' + markdownEscaped(cell) + u" |"_s;
    return line;
}

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString markdownEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
        case u'|':
        case u'*':
        case u'_':
        case u'`':
        case u'[':
        case u']':
        case u'<':
        case u'>':
            out += u'\\';
            out += c;
            break;
        case u'\r':
            break;
        case u'\n':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString toMarkdown(const ReportDocument &document)
{
    QStringList lines;
    for (const ReportBlock &block : document) {
        if (!lines.isEmpty())
            lines.append(QString());
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            lines.append(u"# "_s + markdownEscaped(block.text));
            break;
        case ReportBlock::Kind::Section:
            lines.append(u"## "_s + markdownEscaped(block.text));
            break;
        case ReportBlock::Kind::Subsection:
            lines.append(u"### "_s + markdownEscaped(block.text));
            break;
        case ReportBlock::Kind::Paragraph:
            lines.append(markdownEscaped(block.text));
            break;
        case ReportBlock::Kind::Table: {
            lines.append(markdownRow(block.header));
            QString rule = u"|"_s;
            for (qsizetype i = 0; i < block.header.size(); ++i)
                rule += u" --- |"_s;
            lines.append(rule);
            for (const QStringList &row : block.rows)
                lines.append(markdownRow(row));
            break;
        }
        case ReportBlock::Kind::List:
            for (const ReportListItem &item : block.items) {
                QString line = u"- "_s + markdownEscaped(item.text);
                if (!item.url.isEmpty()) {
                    const QString words = item.linkText.isEmpty() ? item.url : item.linkText;
                    line += u" ["_s + markdownEscaped(words) + u"]("_s + markdownUrl(item.url)
                        + u')';
                }
                lines.append(line);
            }
            break;
        }
    }
    return lines.join(u'\n') + u'\n';
}

QString toHtml(const ReportDocument &document)
{
    QString html = u"<html><head><meta charset=\"utf-8\"><style>"
                   "table { border-collapse: collapse; margin-bottom: 8px; }"
                   "th { background-color: #e8eaed; text-align: left; }"
                   "th, td { border: 1px solid #9aa0a6; padding: 3px; vertical-align: top; }"
                   "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 16px; }"
                   "h3 { font-size: medium; margin-top: 10px; }"
                   "</style></head><body>"_s;
    for (const ReportBlock &block : document) {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            html += u"<h1>"_s + htmlText(block.text) + u"</h1>"_s;
            break;
        case ReportBlock::Kind::Section:
            html += u"<h2>"_s + htmlText(block.text) + u"</h2>"_s;
            break;
        case ReportBlock::Kind::Subsection:
            html += u"<h3>"_s + htmlText(block.text) + u"</h3>"_s;
            break;
        case ReportBlock::Kind::Paragraph:
            html += u"<p>"_s + htmlText(block.text) + u"</p>"_s;
            break;
        case ReportBlock::Kind::Table:
            html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"_s;
            for (const QString &cell : block.header)
                html += u"<th>"_s + htmlText(cell) + u"</th>"_s;
            html += u"</tr></thead><tbody>"_s;
            for (const QStringList &row : block.rows) {
                html += u"<tr>"_s;
                for (const QString &cell : row)
                    html += u"<td>"_s + htmlText(cell) + u"</td>"_s;
                html += u"</tr>"_s;
            }
            html += u"</tbody></table>"_s;
            break;
        case ReportBlock::Kind::List:
            html += u"<ul>"_s;
            for (const ReportListItem &item : block.items) {
                html += u"<li>"_s + htmlText(item.text);
                if (!item.url.isEmpty()) {
                    const QString words = item.linkText.isEmpty() ? item.url : item.linkText;
                    html += u" <a href=\""_s + htmlText(item.url) + u"\">"_s + htmlText(words)
                        + u"</a>"_s;
                }
                html += u"</li>"_s;
            }
            html += u"</ul>"_s;
            break;
        }
    }
    html += u"</body></html>"_s;
    return html;
}

} // namespace Signalbox
