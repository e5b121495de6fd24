#pragma once

#include "analysis/teamleadreport.h"

#include <QString>

namespace Signalbox {

// The team-lead report as an A4 PDF: the sections of the Markdown report (teamLeadMarkdown), then
// the charts (the four DORA trends, the build-time distribution, the build-time trend when there
// is one, queue against run time), drawn as vectors on white paper whatever the app's theme.
// Every page carries its number. Needs a QApplication: the charts are graphics items.
// Writes atomically; on failure returns false and says why in *error, naming the path.
bool writeTeamLeadPdf(const TeamLeadReport &report, const QString &path, QString *error);

} // namespace Signalbox
