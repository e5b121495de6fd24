#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Signalbox {

// One problem found in a user's input (workspace file, source data, plugin), said so that the
// person can find and fix it: which file, which line, which key, what is wrong.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString origin; // the file path, or the source's name when there is no file
    int line = 0; // 1-based; 0 when not known
    int column = 0;
    QString key; // e.g. "services[3].tier"
    QString message; // translated, one sentence

    bool isError() const { return severity == Severity::Error; }
    // "workspace.yaml:12:5: services[3].tier: expected a number" — for logs and the CLI.
    QString toString() const;

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::Diagnostic)
