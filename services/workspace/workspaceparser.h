#pragma once

#include "domain/workspace.h"

namespace Signalbox {

struct WorkspaceParseResult
{
    Workspace workspace;
    Diagnostics diagnostics;
    // False when nothing could be read at all (missing file, YAML syntax error, not a workspace).
    // With errors in single entries the rest is still usable, and the problems are listed.
    bool readable = false;
};

// Reads a workspace file. Never throws: every problem becomes a Diagnostic naming the file,
// the line and the key, and the parts that are fine are kept.
WorkspaceParseResult parseWorkspaceFile(const QString &path);
WorkspaceParseResult parseWorkspaceText(const QByteArray &yaml, const QString &path);

// The newest workspace format this build reads.
inline constexpr int WorkspaceFormatVersion = 1;

} // namespace Signalbox
