#include "teamleadreport.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace Signalbox {

// The lists are shared, not copied: each input costs a few reference counts.
ChecklistInput checklistInputOf(const TeamLeadInput &input)
{
    ChecklistInput checklist;
    checklist.services = input.services;
    checklist.dependencies = input.dependencies;
    checklist.runs = input.runs;
    checklist.jobs = input.jobs;
    checklist.deployments = input.deployments;
    checklist.verifications = input.verifications;
    checklist.rollouts = input.rollouts;
    checklist.commits = input.commits;
    checklist.overrides = input.overrides;
    checklist.productionEnvironment = input.productionEnvironment;
    checklist.from = input.from;
    checklist.to = input.to;
    checklist.now = input.now;
    return checklist;
}

DoraInput doraInputOf(const TeamLeadInput &input)
{
    DoraInput dora;
    dora.deployments = input.deployments;
    dora.commits = input.commits;
    dora.incidents = input.incidents;
    dora.productionEnvironment = input.productionEnvironment;
    dora.from = input.from;
    dora.to = input.to;
    dora.now = input.now;
    return dora;
}

TeamLeadReport computeTeamLeadReport(const TeamLeadInput &input)
{
    TeamLeadReport report;
    report.workspaceName = input.workspaceName;
    report.from = input.from;
    report.to = input.to;
    report.computedAt = input.now;
    report.step = input.step;
    report.productionEnvironment = input.productionEnvironment;

    const ChecklistInput checklist = checklistInputOf(input);
    // The checklist reads nothing the other parts make, and takes about as long as they do
    // together: it runs beside them when the pool has a thread to spare. When it has none (this
    // already runs on a pool thread and the others are busy), waiting for the result runs it
    // here instead, so the report never waits on a queue.
    QFuture<Checklist> checklistResult = QtConcurrent::run(computeChecklist, checklist);

    const DoraInput dora = doraInputOf(input);
    DoraWithTrend doraWithTrend = computeDoraWithTrend(dora, input.step);
    report.dora = std::move(doraWithTrend.report);
    report.doraTrend = std::move(doraWithTrend.trend);
    // Only the deployments a trend point names are kept: a click lists them, and the rest of
    // the history would only weigh on every copy of the report.
    QList<qsizetype> remap(dora.deployments.size(), -1);
    for (DoraTrendPoint &point : report.doraTrend) {
        for (qsizetype &index : point.deployments) {
            if (remap[index] < 0) {
                remap[index] = report.deployments.size();
                report.deployments.append(dora.deployments.at(index));
            }
            index = remap[index];
        }
    }

    report.buildTimes = computeBuildTimes(input.runs, input.from, input.to, input.step);
    report.checklist = checklistResult.takeResult();
    return report;
}

} // namespace Signalbox
