#pragma once

#include "analysis/teamleadreport.h"
#include "report/reportdocument.h"

#include <QString>

// The team-lead report as text: the checklist with its verdict and evidence, the DORA summary and
// the build times. The Markdown export and `signalbox report --format md` print
// teamLeadMarkdown(); the PDF lays out toHtml(teamLeadDocument()) and adds the charts.
namespace Signalbox {

// Evidence lines listed per checklist question; the rest are counted.
inline constexpr int ReportEvidencePerQuestion = 10;

ReportDocument teamLeadDocument(const TeamLeadReport &report);
QString teamLeadMarkdown(const TeamLeadReport &report);

// "2026-03-02" at midnight UTC, "2026-03-02 09:30" otherwise; "—" when not known.
QString reportUtcTime(EpochMs at);

} // namespace Signalbox
