#pragma once

#include "discovery.h"
#include "entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox {

// One commit as the history of a service sees it.
struct CommitInfo
{
    QString sha; // 40 hex digits
    QString authorName;
    QString authorEmail;
    EpochMs authorTime = NoTime; // when the change was written
    EpochMs committerTime = NoTime; // when it landed where it is (a rebase or merge moves this)
    QString summary; // the first paragraph of the message, on one line
    int parentCount = 0; // 2 or more: a merge
    // The files it changed against its first parent (all of its files for a root commit), only
    // those under the prefix asked for, sorted.
    QStringList paths;

    bool isMerge() const { return parentCount > 1; }
    bool operator==(const CommitInfo &) const = default;
};

// Commits read from a repository. `error` is set when nothing could be read (an unknown
// revision, a path that is not a repository); `problems` name what was skipped on the way
// (a commit or tree missing from a shallow clone) while the rest was still read.
struct CommitHistory
{
    QList<CommitInfo> commits; // newest first
    QList<ScanProblem> problems;
    QString error;
    bool cancelled = false;
};

// Merges that landed on the default branch in one calendar week (Monday 00:00 UTC onwards).
struct WeeklyMerges
{
    EpochMs weekStart = NoTime;
    int merges = 0;

    bool operator==(const WeeklyMerges &) const = default;
};

// A branch with work not on the default branch yet.
struct OpenBranch
{
    QString name; // "feature/x", or "origin/feature/x" for a remote-tracking branch
    bool remote = false;
    QString tip;
    QString mergeBase; // where it left the default branch; empty when the histories never meet
    EpochMs oldestCommitTime = NoTime; // author time of its oldest commit not on the default
    qint64 ageMs = 0; // now - oldestCommitTime
    int ahead = 0; // commits on it and not on the default branch

    bool operator==(const OpenBranch &) const = default;
};

// Trunk-based health: how often changes merge into the default branch and how long branches
// stay open.
struct TrunkHealth
{
    QString defaultBranch;
    QString defaultTip;
    EpochMs windowStart = NoTime;
    EpochMs now = NoTime;
    // The merge commits (2+ parents) on the default branch's first-parent line, committed within
    // [windowStart, now], newest first.
    QList<CommitInfo> merges;
    // Every week that overlaps the window, oldest first, including weeks without a merge.
    QList<WeeklyMerges> mergesPerWeek;
    // Oldest first; a branch with nothing ahead of the default (merged, or not started) is not
    // open and not listed.
    QList<OpenBranch> openBranches;
    QList<ScanProblem> problems;
    QString error;
};

// Where a service lives inside a repository, for a history scan: its folder ("services/orders"),
// or empty when the whole repository is the service's.
struct ServiceFolder
{
    QString service;
    QString prefix;

    bool operator==(const ServiceFolder &) const = default;
};

// One commit of a repository-wide history scan, with the services it changed.
struct ScannedCommit
{
    CommitInfo commit; // commit.paths stays empty: a 50,000-commit scan keeps only the services
    QStringList parents; // parent ids, first parent first
    QStringList services; // services whose folder it changed, sorted
    QStringList pipelineServices; // services whose pipeline definition it changed, sorted

    bool operator==(const ScannedCommit &) const = default;
};

// One commit as the delivery metrics read it back from the cache: a service's change.
struct ServiceCommit
{
    QString service;
    QString sha;
    QString authorName;
    EpochMs authorTime = NoTime;
    EpochMs committerTime = NoTime;
    QString summary;
    bool pipelineChange = false; // it changed the service's pipeline definition

    bool operator==(const ServiceCommit &) const = default;
};

// A service's commits in brief, as the history view lists them.
struct ServiceCommitSummary
{
    QString service;
    int commits = 0;
    int authors = 0;
    int pipelineChanges = 0;
    QString firstSha;
    EpochMs firstAt = NoTime; // author time of its oldest commit
    QString lastSha;
    EpochMs lastAt = NoTime; // committer time of its newest commit
    QString lastAuthor;

    bool operator==(const ServiceCommitSummary &) const = default;
};

// What happened to a service in a stretch of time, from every source.
struct ServiceActivity
{
    QList<PipelineRun> runs;
    QList<Deployment> deployments;
    QList<Rollout> rollouts;
};

} // namespace Signalbox
