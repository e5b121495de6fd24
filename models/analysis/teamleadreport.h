#pragma once

#include "analysis/buildtimes.h"
#include "analysis/checklist.h"
#include "analysis/dora.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

// Everything the team-lead views, the reports and `signalbox report` show, computed in one go
// from one read of the cache, off the GUI thread. Immutable once made: views hold it through
// TeamLeadReportPtr and a newer one replaces it whole.
namespace Signalbox {

struct TeamLeadInput
{
    QString workspaceName;
    QList<Service> services;
    QList<Dependency> dependencies;
    QList<PipelineRun> runs;
    QList<PipelineJob> jobs;
    QList<Deployment> deployments;
    QList<ContractVerification> verifications;
    QList<Rollout> rollouts;
    QList<Incident> incidents;
    QList<ServiceCommit> commits;
    QList<ChecklistOverride> overrides;
    QString productionEnvironment = QStringLiteral("production");
    EpochMs from = NoTime; // the window [from, to)
    EpochMs to = NoTime;
    EpochMs now = NoTime;
    TrendStep step = TrendStep::Week;
};

struct TeamLeadReport
{
    QString workspaceName;
    EpochMs from = NoTime;
    EpochMs to = NoTime;
    EpochMs computedAt = NoTime;
    TrendStep step = TrendStep::Week;
    QString productionEnvironment;
    Checklist checklist;
    DoraReport dora;
    QList<DoraTrendPoint> doraTrend; // overall; point.deployments index `deployments` below
    QList<Deployment> deployments; // the production deployments trend points name (by index)
    BuildTimesReport buildTimes;
};

using TeamLeadReportPtr = std::shared_ptr<const TeamLeadReport>;

TeamLeadReport computeTeamLeadReport(const TeamLeadInput &input);

// What each part of the report reads of the input (the benches time the parts alone).
ChecklistInput checklistInputOf(const TeamLeadInput &input);
DoraInput doraInputOf(const TeamLeadInput &input);

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::TeamLeadReportPtr)
