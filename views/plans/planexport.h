#pragma once

#include "analysis/plantracking.h"

#include <QString>

namespace Signalbox {

class PlansPanel;

// Gives the Plans page its exports: Export Markdown… and Export PDF… write the current plan's
// report (planReport), Copy Wave as Checklist puts the current wave's task list (waveChecklist)
// on the clipboard; each reports through the panel's exported / exportFailed. Kept apart from the
// panel, so that what shows the panel alone does not link the report code. Shows the actions.
void connectPlanExports(PlansPanel *panel);

// The plan's report as an A4 PDF, like the Markdown export. Writes atomically; on failure returns
// false and says why in *error, naming the path.
bool writePlanPdf(const ReleasePlan &plan, const PlanStatus &status, const QString &path,
                  QString *error);

} // namespace Signalbox
