#include "teamleadreport.h"

namespace Signalbox {

TeamLeadReport computeTeamLeadReport(const TeamLeadInput &input)
{
    TeamLeadReport report;
    report.workspaceName = input.workspaceName;
    report.from = input.from;
    report.to = input.to;
    report.computedAt = input.now;
    report.step = input.step;
    report.productionEnvironment = input.productionEnvironment;

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
    report.checklist = computeChecklist(checklist);

    DoraInput dora;
    dora.deployments = input.deployments;
    dora.commits = input.commits;
    dora.incidents = input.incidents;
    dora.productionEnvironment = input.productionEnvironment;
    dora.from = input.from;
    dora.to = input.to;
    dora.now = input.now;
    report.dora = computeDora(dora);
    report.doraTrend = doraTrend(dora, input.step);
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
    return report;
}

} // namespace Signalbox
