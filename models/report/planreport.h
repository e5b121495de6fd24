#pragma once

#include "analysis/plantracking.h"
#include "reportdocument.h"

// A release plan for sharing: a chat message, a change ticket, a PDF.
namespace Signalbox {

// The whole plan: its environment, who made it and when, the status in one line, every wave with
// its services (version, owner, state, blocked reasons), deploy-together groups, every note and
// decision, and how long each wave took once started. Written through ReportDocument, so the
// Markdown and the PDF (toHtml) say the same.
ReportDocument planReport(const ReleasePlan &plan, const PlanStatus &status);

// One wave as a Markdown task list to paste into a chat or ticket: "- [ ] payments 5.3.0 (team
// payments)", ticked for services already done; blocked ones say why. Empty for an unknown wave.
QString waveChecklist(const ReleasePlan &plan, const PlanStatus &status, int wave);

} // namespace Signalbox
