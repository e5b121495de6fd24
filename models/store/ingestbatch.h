#pragma once

#include "domain/entities.h"

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
    QList<Deployment> deployments;
    QList<Rollout> rollouts;
    QList<ContractVerification> verifications;
    QList<FlagState> flags;

    bool isEmpty() const
    {
        return services.isEmpty() && dependencies.isEmpty() && runs.isEmpty()
            && deployments.isEmpty() && rollouts.isEmpty() && verifications.isEmpty()
            && flags.isEmpty() && !replacesCatalog && !replacesDependencies;
    }
};

struct IngestCounts
{
    int services = 0;
    int dependencies = 0;
    int runs = 0;
    int deployments = 0;
    int rollouts = 0;
    int verifications = 0;
    int flags = 0;
};

} // namespace Signalbox
