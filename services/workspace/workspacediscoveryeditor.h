#pragma once

#include "domain/discoveryedit.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Signalbox {

// The `discovery:` block as Signalbox writes it: block lists, one entry per line, so a diff
// of the workspace shows each decision on its own line. Empty decisions give an empty block.
QByteArray discoveryBlockText(const DiscoveryDecisions &decisions, const QByteArray &eol = "\n");

// The workspace text with its top-level `discovery:` block replaced by the decisions (added at
// the end when there is none; removed when the decisions are empty). Everything else stays byte
// for byte. The result is parsed back and must give the same decisions; otherwise nothing is
// returned and *error says why.
std::optional<QByteArray> withDiscoveryDecisions(const QByteArray &text, const QString &path,
                                                 const DiscoveryDecisions &decisions,
                                                 QString *error);

struct DiscoveryFileEdit
{
    bool ok = false;
    QString error; // translated, names the file
    DiscoveryDecisions before; // as the file had them just before
    DiscoveryDecisions after;
    DiscoveryEdit inverse; // applying it undoes the edit
};

// Reads the workspace file as it is now, applies the edit to the decisions it holds (so an edit
// made elsewhere meanwhile is kept) and saves atomically. Blocking: run it on a worker.
DiscoveryFileEdit applyDiscoveryEditToFile(const QString &workspacePath, const DiscoveryEdit &edit);

} // namespace Signalbox
