#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <utility>

namespace Signalbox {

// An enum's stable words, as a table of (value, word) pairs: the one way models/ turns enums into
// the words of JSON, the workspace and the cache, and back.
template<typename Enum, std::size_t N>
using WordTable = std::array<std::pair<Enum, QStringView>, N>;

// The word for a value; `fallback` when the table has none.
template<typename Enum, std::size_t N>
QString wordFor(const WordTable<Enum, N> &table, Enum value, QStringView fallback = {})
{
    for (const auto &[candidate, word] : table) {
        if (candidate == value)
            return word.toString();
    }
    return fallback.toString();
}

// The value for a word, compared without case; `fallback` with *ok false when the table has none.
template<typename Enum, std::size_t N>
Enum enumFor(const WordTable<Enum, N> &table, QStringView word, Enum fallback, bool *ok = nullptr)
{
    for (const auto &[candidate, candidateWord] : table) {
        if (word.compare(candidateWord, Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return candidate;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

} // namespace Signalbox
