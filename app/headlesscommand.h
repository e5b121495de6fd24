#pragma once

#include "commandline.h"

#include <QTextStream>

namespace Signalbox {

// Runs triage, blocked, plan or impact without a window: loads the workspace (reading every
// source into the cache, as the window does), runs the analysis, prints a table or JSON.
// Returns the process exit code (see ExitCode).
int runHeadlessCommand(const CommandLine &command, const QString &defaultCacheDirectory,
                       QTextStream &out, QTextStream &err);

} // namespace Signalbox
