#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Signalbox {

// One source's contribution, written in one transaction. Rows are keyed by (source, external id),
// so writing the same batch twice leaves exactly the rows of writing it once.
struct IngestBatch
{
    QString source; // the source's name in the workspace
    QString sourceKind; // "file", "github", "workspace", …

    QList<Service> services;
    // When set, services this source declared before but not in this batch leave the catalog
    // (their history stays; only the in_catalog flag is cleared).
    bool replacesCatalog = false;

    QList<Dependency> dependencies;
    // When set, this source's dependencies not in this batch are removed.
    bool replacesDependencies = false;

    QList<PipelineRun> runs;
    QList<PipelineJob> jobs; // their runs are in this batch or already in the store
    QList<Deployment> deployments;
    QList<DeployEnvironment> environments;
    QList<Rollout> rollouts;
    QList<ContractVerification> verifications;
    QList<FlagState> flags;
    QList<Incident> incidents;

    bool isEmpty() const
    {
        return services.isEmpty() && dependencies.isEmpty() && runs.isEmpty() && jobs.isEmpty()
            && deployments.isEmpty() && environments.isEmpty() && rollouts.isEmpty()
            && verifications.isEmpty() && flags.isEmpty() && incidents.isEmpty() && !replacesCatalog
            && !replacesDependencies;
    }
};

// What an HTTP server said about a resource, so the next request can ask "changed since?".
struct HttpValidator
{
    QString etag;
    QString lastModified;

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
    bool operator==(const HttpValidator &) const = default;
};
using HttpValidators = QHash<QString, HttpValidator>; // by URL

// A source's successful sync, recorded in the same transaction as its batch: a cursor or an ETag
// must never be remembered for data that was not written.
struct SyncSuccess
{
    EpochMs at = NoTime;
    QString cursor;
    int rateLimitRemaining = -1;
    EpochMs rateLimitResetAt = NoTime;
    HttpValidators validators; // replaces the source's remembered validators
};

struct IngestCounts
{
    int services = 0;
    int dependencies = 0;
    int runs = 0;
    int jobs = 0;
    int deployments = 0;
    int environments = 0;
    int rollouts = 0;
    int verifications = 0;
    int flags = 0;
    int incidents = 0;
};

} // namespace Signalbox
