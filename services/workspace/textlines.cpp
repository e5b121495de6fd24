#include "textlines.h"

namespace Signalbox {

TextLines splitLines(const QByteArray &text)
{
    TextLines lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        if (newline < 0) {
            lines.append({text.mid(start), {}});
            break;
        }
        const bool crlf = newline > start && text.at(newline - 1) == '\r';
        lines.append({text.mid(start, newline - start - (crlf ? 1 : 0)),
                      crlf ? QByteArray("\r\n") : QByteArray("\n")});
        start = newline + 1;
    }
    return lines;
}

QByteArray joinLines(const TextLines &lines)
{
    QByteArray text;
    for (const TextLine &line : lines)
        text += line.text + line.eol;
    return text;
}

QByteArray dominantEol(const TextLines &lines)
{
    int crlf = 0;
    int lf = 0;
    for (const TextLine &line : lines) {
        if (line.eol == "\r\n")
            ++crlf;
        else if (line.eol == "\n")
            ++lf;
    }
    return crlf > lf ? QByteArray("\r\n") : QByteArray("\n");
}

} // namespace Signalbox
