#pragma once

#include "commandline.h"

#include <QTextStream>

namespace Signalbox {

// Runs triage, blocked, plan or impact without a window: loads the workspace (reading its local
// sources into the cache, as the window does), runs the analysis, prints a table or JSON. `sync`
// pulls every source (network ones too) into the cache and reports what each brought.
// Returns the process exit code (see ExitCode).
int runHeadlessCommand(const CommandLine &command, const QString &defaultCacheDirectory,
                       QTextStream &out, QTextStream &err);

} // namespace Signalbox
