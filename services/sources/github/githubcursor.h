#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QString>

// What the GitHub source remembers between syncs, per repository: which runs and deployments it
// has written and in which state, so that the next sync asks only for the jobs and statuses of
// what changed. Stored as compact JSON in the sources table; opaque to everyone else.
namespace Signalbox::GitHub {

struct CursorRun
{
    QString id;
    QString updatedAt; // GitHub's text: compared, never interpreted
    bool completed = false;
    bool jobsPending = false; // written without its jobs (the per-sync bound): fetch them next time

    bool operator==(const CursorRun &) const = default;
};

struct CursorDeployment
{
    QString id;
    QString updatedAt;
    DeploymentStatus state = DeploymentStatus::Unknown;
    bool statusesPending = false; // not written yet: its statuses were left for the next sync
    // Kept only while the statuses will be asked for again (pending or still in flight), so the
    // row can be written when only the statuses changed.
    QString environment;
    QString commitSha;
    QString ref;
    EpochMs createdAt = NoTime;

    // Pending and in-progress deployments are looked at again each sync.
    bool inFlight() const
    {
        return statusesPending || state == DeploymentStatus::Pending
            || state == DeploymentStatus::InProgress;
    }
    bool operator==(const CursorDeployment &) const = default;
};

struct RepositoryCursor
{
    // What decided this repository's services and window when it was written; a different one
    // (the settings or the catalog changed) means starting over.
    QString fingerprint;
    bool monorepo = false; // its runs are assigned by the workflows setting
    QList<CursorRun> runs; // newest first, at most maxRuns
    // The run list's pages after the first, as GitHub linked them: their validators are kept
    // while a sync stops before reaching them.
    QStringList laterPages;
    QList<CursorDeployment> deployments; // newest first
    // The newest updated_at of the incident issues read (GitHub's text): the next sync asks for
    // issues updated since then. Empty: not read yet.
    QString incidentsSince;

    bool hasPendingJobs() const;
    bool operator==(const RepositoryCursor &) const = default;
};

struct Cursor
{
    QHash<QString, RepositoryCursor> repositories; // by owner/repo

    // An unreadable or older cursor reads as empty: the next sync starts over.
    static Cursor fromString(const QString &text);
    QString toString() const;
    bool operator==(const Cursor &) const = default;
};

} // namespace Signalbox::GitHub
