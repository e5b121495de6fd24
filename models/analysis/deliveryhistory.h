#pragma once

#include "domain/entities.h"
#include "domain/history.h"

#include <QList>
#include <QString>

#include <optional>

namespace Signalbox {

inline constexpr qint64 OneDayMs = 24LL * 60 * 60 * 1000;

// A run of the changed service after a pipeline change. `onChangeCommit` tells a run of the change
// itself (its commit id matches the change's, either one possibly abbreviated) from a run of a
// later commit: a failure of the change's own run points at the change much more directly.
struct RunAfterChange
{
    PipelineRun run;
    bool onChangeCommit = false;

    bool operator==(const RunAfterChange &) const = default;
};

// What followed one commit that changed a service's pipeline definition, within a window after
// the time it landed (`changedAt`, exclusive, to `changedAt + windowMs`, inclusive).
//
// Three states a caller must tell apart (issue 8 answers "not enough data" for the first):
//  - nothing ran in the window (runsInWindow == 0) and nothing failed: the effect is not known;
//    firstRunAfter says whether the service has run at all since, and when;
//  - followedByFailure(): failed runs, failed or rolled-back deployments, aborted or degraded
//    rollouts of that service in the window;
//  - it ran in the window and nothing failed.
struct PipelineChangeOutcome
{
    ServiceCommit change;
    // committerTime (when it landed), or authorTime when the committer time is not known;
    // NoTime when neither is: then nothing can be placed after it and all lists stay empty.
    EpochMs changedAt = NoTime;
    qint64 windowMs = OneDayMs;
    // Runs with status Failed of that service starting in the window, oldest first (by start, or
    // finish when the start is not known; then by external id).
    QList<RunAfterChange> failedRuns;
    int runsInWindow = 0; // runs of any status of that service starting in the window
    // The first run of that service starting after changedAt, any status, however much later.
    std::optional<RunAfterChange> firstRunAfter;
    // Deployments of that service with status Failed or RolledBack, deployed in the window,
    // oldest first (then by external id).
    QList<Deployment> failedDeployments;
    // Rollouts of that service Aborted or Degraded, updated in the window, oldest first (then by
    // external id).
    QList<Rollout> failedRollouts;

    bool followedByFailure() const
    {
        return !failedRuns.isEmpty() || !failedDeployments.isEmpty() || !failedRollouts.isEmpty();
    }
    int failedRunsOnChangeCommit() const;

    bool operator==(const PipelineChangeOutcome &) const = default;
};

// One outcome per commit with pipelineChange set (the same service and commit id listed twice
// counts once), newest first by changedAt, then by service, then by commit id; commits without
// any time come last. A run, deployment or rollout belongs to a change when its service name is
// the commit's service, exactly. Pure: the same input gives the same list.
QList<PipelineChangeOutcome> pipelineChangeOutcomes(const QList<ServiceCommit> &commits,
                                                    const QList<PipelineRun> &runs,
                                                    const QList<Deployment> &deployments,
                                                    const QList<Rollout> &rollouts,
                                                    qint64 windowMs = OneDayMs);

// Whether a run's commit id names the given commit: equal ignoring case, or one a prefix of the
// other when the shorter has at least 7 digits (the shortest abbreviation CI systems show).
bool sameCommit(const QString &a, const QString &b);

// One sentence for a team lead, e.g. `Pipeline change a1b2c3d in orders ("Use template v2") was
// followed by 2 failed runs within a day.`; says so plainly when nothing ran in the window.
QString describePipelineChangeOutcome(const PipelineChangeOutcome &outcome);

// How long a service took from its first commit to its first green pipeline run.
struct FirstGreenPipeline
{
    QString service;
    // Its oldest commit by author time (committer time when the author time is not known; the
    // smaller commit id on a tie). Commits with neither time are not considered.
    ServiceCommit firstCommit;
    EpochMs firstCommitAt = NoTime;
    // Its first Succeeded run finishing at or after firstCommitAt (finish time, or start time when
    // the finish is not known; then by external id). Runs before the first commit are ignored:
    // they belong to a history the commits do not show.
    std::optional<PipelineRun> firstGreenRun;
    EpochMs greenAt = NoTime;
    qint64 durationMs = -1; // greenAt - firstCommitAt; -1 when there is no green run yet

    bool hasGreen() const { return firstGreenRun.has_value(); }
    bool operator==(const FirstGreenPipeline &) const = default;
};

// One entry per service that has a commit with a known time, sorted by service name. Services
// with runs but no commits are not listed: their first commit is not known. Whether the time
// taken is too long (issue 8 asks "more than a day") is left to the caller. Pure.
QList<FirstGreenPipeline> timeToFirstGreen(const QList<ServiceCommit> &commits,
                                           const QList<PipelineRun> &runs);

} // namespace Signalbox
