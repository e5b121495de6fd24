#pragma once

#include "analysis/deliveryhistory.h"
#include "analysis/discoverycatalog.h"
#include "analysis/templatedrift.h"

#include <memory>

namespace Signalbox {

// One configured repository as the Discovery panel lists it.
struct RepositoryStatus
{
    QString name;
    QString path; // the folder it is read from
    QString revision;
    QString commit; // empty: never scanned successfully
    EpochMs scannedAt = NoTime;
    QString error; // the last scan's failure; what was found before is still shown
    int problems = 0;
    TrunkSummary trunk;
};

// A service's history at a glance: its commits, when its pipeline first went green, and what
// followed each change of its pipeline definition.
struct ServiceHistoryRow
{
    ServiceCommitSummary commits;
    std::optional<FirstGreenPipeline> firstGreen;
    bool hasRuns = false; // any pipeline run of the service is in the cache
    QList<PipelineChangeOutcome> pipelineChanges; // newest first
    int changesFollowedByFailure = 0;
};

// Everything the Discovery panel shows, computed on the loader's worker with each load and
// handed to the window whole: what the repositories say, what people decided, the template
// layer and the history.
struct DiscoveryOverview
{
    QList<RepositoryStatus> repositories;
    EffectiveCatalog catalog;
    DiscoveryDecisions decisions;
    QList<ScanProblem> problems;
    QList<ServiceTemplates> templates; // per service, by name
    TemplateDriftReport drift;
    QList<ServiceHistoryRow> history; // by service
};

using DiscoveryOverviewPtr = std::shared_ptr<const DiscoveryOverview>;

} // namespace Signalbox
