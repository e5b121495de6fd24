#pragma once

#include <QByteArray>
#include <QList>

namespace Signalbox {

// A text file as lines that keep their own line breaks, so that the workspace editors rewrite
// only what they change and every untouched line stays byte for byte.
struct TextLine
{
    QByteArray text; // without the line break
    QByteArray eol; // "\n", "\r\n", or empty for a last line without one
};
using TextLines = QList<TextLine>;

TextLines splitLines(const QByteArray &text);
QByteArray joinLines(const TextLines &lines);
// The break most lines end with, for lines written anew.
QByteArray dominantEol(const TextLines &lines);

} // namespace Signalbox
