#include "deliveryhistory.h"

#include "domain/tr.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

constexpr qsizetype MinimumAbbreviation = 7;
constexpr qint64 HourMs = 60LL * 60 * 1000;
constexpr qint64 MinuteMs = 60LL * 1000;

EpochMs runStart(const PipelineRun &run)
{
    return run.startedAt != NoTime ? run.startedAt : run.finishedAt;
}

EpochMs runEnd(const PipelineRun &run)
{
    return run.finishedAt != NoTime ? run.finishedAt : run.startedAt;
}

EpochMs landedAt(const ServiceCommit &commit)
{
    return commit.committerTime != NoTime ? commit.committerTime : commit.authorTime;
}

EpochMs writtenAt(const ServiceCommit &commit)
{
    return commit.authorTime != NoTime ? commit.authorTime : commit.committerTime;
}

// Items of one kind grouped by service and sorted by (time, external id), so each change finds
// its window with a binary search instead of a scan of everything.
template<typename T, typename TimeOf>
QHash<QString, QList<const T *>> byServiceAndTime(const QList<T> &items, TimeOf timeOf)
{
    QHash<QString, QList<const T *>> grouped;
    for (const T &item : items) {
        if (timeOf(item) != NoTime)
            grouped[item.service].append(&item);
    }
    for (auto &list : grouped) {
        std::sort(list.begin(), list.end(), [&](const T *a, const T *b) {
            return std::make_tuple(timeOf(*a), a->externalId)
                < std::make_tuple(timeOf(*b), b->externalId);
        });
    }
    return grouped;
}

// The items of the list whose time lies in (from, to], in order.
template<typename T, typename TimeOf>
QList<const T *> inWindow(const QList<const T *> &sorted, TimeOf timeOf, EpochMs from, EpochMs to)
{
    auto it = std::upper_bound(sorted.cbegin(), sorted.cend(), from,
                               [&](EpochMs t, const T *item) { return t < timeOf(*item); });
    QList<const T *> out;
    for (; it != sorted.cend() && timeOf(**it) <= to; ++it)
        out.append(*it);
    return out;
}

QString windowPhrase(qint64 windowMs)
{
    if (windowMs == OneDayMs)
        return ModelsTr::tr("within a day");
    if (windowMs % HourMs == 0)
        return ModelsTr::tr("within %n hour(s)", nullptr, int(windowMs / HourMs));
    return ModelsTr::tr("within %n minute(s)", nullptr, int(windowMs / MinuteMs));
}

QString joinParts(const QStringList &parts)
{
    switch (parts.size()) {
    case 0:
        return {};
    case 1:
        return parts.first();
    case 2:
        return ModelsTr::tr("%1 and %2").arg(parts.at(0), parts.at(1));
    default:
        return ModelsTr::tr("%1, %2 and %3").arg(parts.at(0), parts.at(1), parts.at(2));
    }
}

} // namespace

bool sameCommit(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return shorter.size() >= MinimumAbbreviation && longer.startsWith(shorter, Qt::CaseInsensitive);
}

int PipelineChangeOutcome::failedRunsOnChangeCommit() const
{
    return int(std::count_if(failedRuns.cbegin(), failedRuns.cend(),
                             [](const RunAfterChange &r) { return r.onChangeCommit; }));
}

QList<PipelineChangeOutcome> pipelineChangeOutcomes(const QList<ServiceCommit> &commits,
                                                    const QList<PipelineRun> &runs,
                                                    const QList<Deployment> &deployments,
                                                    const QList<Rollout> &rollouts, qint64 windowMs)
{
    const auto runTime = [](const PipelineRun &r) {
        return runStart(r);
    };
    const auto deployTime = [](const Deployment &d) {
        return d.deployedAt;
    };
    const auto rolloutTime = [](const Rollout &r) {
        return r.updatedAt;
    };
    const auto runsOf = byServiceAndTime(runs, runTime);
    const auto deploymentsOf = byServiceAndTime(deployments, deployTime);
    const auto rolloutsOf = byServiceAndTime(rollouts, rolloutTime);

    QList<PipelineChangeOutcome> outcomes;
    QSet<std::pair<QString, QString>> seen;
    for (const ServiceCommit &commit : commits) {
        if (!commit.pipelineChange)
            continue;
        const std::pair<QString, QString> key {commit.service, commit.sha.toLower()};
        if (seen.contains(key))
            continue;
        seen.insert(key);
        PipelineChangeOutcome outcome;
        outcome.change = commit;
        outcome.changedAt = landedAt(commit);
        outcome.windowMs = windowMs;
        if (outcome.changedAt == NoTime) {
            outcomes.append(outcome);
            continue;
        }
        const EpochMs from = outcome.changedAt;
        const EpochMs to = windowMs > 0 ? from + windowMs : from;

        const QList<const PipelineRun *> serviceRuns = runsOf.value(commit.service);
        const auto markRun = [&](const PipelineRun *run) {
            return RunAfterChange {*run, sameCommit(run->commitSha, commit.sha)};
        };
        const auto first = std::upper_bound(
            serviceRuns.cbegin(), serviceRuns.cend(), from,
            [&](EpochMs t, const PipelineRun *run) { return t < runStart(*run); });
        if (first != serviceRuns.cend())
            outcome.firstRunAfter = markRun(*first);
        for (const PipelineRun *run : inWindow(serviceRuns, runTime, from, to)) {
            ++outcome.runsInWindow;
            if (run->status == RunStatus::Failed)
                outcome.failedRuns.append(markRun(run));
        }
        for (const Deployment *d :
             inWindow(deploymentsOf.value(commit.service), deployTime, from, to)) {
            if (d->status == DeploymentStatus::Failed || d->status == DeploymentStatus::RolledBack)
                outcome.failedDeployments.append(*d);
        }
        for (const Rollout *r : inWindow(rolloutsOf.value(commit.service), rolloutTime, from, to)) {
            if (r->phase == RolloutPhase::Aborted || r->phase == RolloutPhase::Degraded)
                outcome.failedRollouts.append(*r);
        }
        outcomes.append(outcome);
    }

    // NoTime is 0, so "newest first" already puts commits without a time last.
    std::sort(outcomes.begin(), outcomes.end(),
              [](const PipelineChangeOutcome &a, const PipelineChangeOutcome &b) {
                  if (a.changedAt != b.changedAt)
                      return a.changedAt > b.changedAt;
                  return std::tie(a.change.service, a.change.sha)
                      < std::tie(b.change.service, b.change.sha);
              });
    return outcomes;
}

QString describePipelineChangeOutcome(const PipelineChangeOutcome &outcome)
{
    const ServiceCommit &change = outcome.change;
    const QString sha = change.sha.left(MinimumAbbreviation);
    const QString subject = change.summary.isEmpty()
        ? ModelsTr::tr("Pipeline change %1 in %2").arg(sha, change.service)
        : ModelsTr::tr("Pipeline change %1 in %2 (\"%3\")")
              .arg(sha, change.service, change.summary);

    if (outcome.changedAt == NoTime) {
        return ModelsTr::tr("%1 has no commit time, so what followed it cannot be told.")
            .arg(subject);
    }
    const QString window = windowPhrase(outcome.windowMs);
    if (outcome.followedByFailure()) {
        QStringList parts;
        if (!outcome.failedRuns.isEmpty()) {
            const int onChange = outcome.failedRunsOnChangeCommit();
            const QString runs
                = ModelsTr::tr("%n failed run(s)", nullptr, int(outcome.failedRuns.size()));
            parts << (onChange == 0
                          ? runs
                          : ModelsTr::tr("%1 (%n of the change itself)", nullptr, onChange)
                                .arg(runs));
        }
        if (!outcome.failedDeployments.isEmpty()) {
            parts << ModelsTr::tr("%n failed or rolled-back deployment(s)", nullptr,
                                  int(outcome.failedDeployments.size()));
        }
        if (!outcome.failedRollouts.isEmpty()) {
            parts << ModelsTr::tr("%n aborted or degraded rollout(s)", nullptr,
                                  int(outcome.failedRollouts.size()));
        }
        return ModelsTr::tr("%1 was followed by %2 %3.").arg(subject, joinParts(parts), window);
    }
    if (outcome.runsInWindow == 0) {
        return ModelsTr::tr("%1 was not followed by any run of %2 %3, so its effect is not known.")
            .arg(subject, change.service, window);
    }
    return ModelsTr::tr("%1 was followed by %n run(s) %2, none of which failed.", nullptr,
                        outcome.runsInWindow)
        .arg(subject, window);
}

QList<FirstGreenPipeline> timeToFirstGreen(const QList<ServiceCommit> &commits,
                                           const QList<PipelineRun> &runs)
{
    QMap<QString, FirstGreenPipeline> byService;
    for (const ServiceCommit &commit : commits) {
        const EpochMs at = writtenAt(commit);
        if (at == NoTime)
            continue;
        auto it = byService.find(commit.service);
        if (it == byService.end()) {
            it = byService.insert(commit.service, FirstGreenPipeline {});
            it->service = commit.service;
        } else if (std::tie(it->firstCommitAt, it->firstCommit.sha) <= std::tie(at, commit.sha)) {
            continue;
        }
        it->firstCommit = commit;
        it->firstCommitAt = at;
    }

    for (const PipelineRun &run : runs) {
        if (run.status != RunStatus::Succeeded)
            continue;
        auto it = byService.find(run.service);
        if (it == byService.end())
            continue;
        const EpochMs at = runEnd(run);
        if (at == NoTime || at < it->firstCommitAt)
            continue;
        if (it->firstGreenRun
            && std::tie(it->greenAt, it->firstGreenRun->externalId)
                <= std::tie(at, run.externalId)) {
            continue;
        }
        it->firstGreenRun = run;
        it->greenAt = at;
        it->durationMs = at - it->firstCommitAt;
    }
    return byService.values();
}

} // namespace Signalbox
