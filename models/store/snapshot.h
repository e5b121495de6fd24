#pragma once

#include "domain/contracts.h"
#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QMetaType>

#include <memory>
#include <optional>

namespace Signalbox {

// What the overview needs to know about one service.
struct ServiceState
{
    Service service;
    std::optional<PipelineRun> lastRun; // newest run on the service's default branch
    // Default-branch runs of the last 14 days, newest first (at most 50): the analysis reads when
    // the service went red, whether its own commit changed, and whether reruns flipped.
    QList<PipelineRun> recentMainRuns;
    QList<Deployment> latestDeployments; // the newest deployment per environment, newest first
    std::optional<Rollout> latestRollout;

    // The pipeline decides the headline health; without any run it stays Unknown.
    Health pipelineHealth() const { return lastRun ? healthOf(lastRun->status) : Health::Unknown; }
};

// An immutable picture of the cache, read in one transaction. Models hold it through
// std::shared_ptr<const Snapshot> and never change it; a newer snapshot replaces it whole.
struct Snapshot
{
    QList<ServiceState> services; // sorted by name
    QList<Dependency> dependencies;
    // The newest verification of each (consumer version, provider version) pair.
    QList<ContractVerification> verifications;
    QList<SourceHealth> sources;
    EpochMs takenAt = NoTime;

    // Newest successful sync of any source, or NoTime.
    EpochMs lastSyncAt() const;
    // Index into services, or -1.
    int indexOf(const QString &serviceName) const { return m_index.value(serviceName, -1); }
    const ServiceState *find(const QString &serviceName) const;

    void rebuildIndex();

private:
    QHash<QString, int> m_index;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

// Everything the details dock shows for one service, read on demand.
struct ServiceDetails
{
    Service service;
    QList<PipelineRun> recentRuns; // newest first
    QList<Deployment> latestDeployments; // the newest per environment, newest first
    QList<Deployment> recentDeployments;
    QList<Rollout> recentRollouts;
    QList<ContractVerification> recentVerifications;
    // The contracts the service has as consumer or provider: every pair with a verification, and
    // every pair a pact-broker source declared (a pact nobody verified yet), by consumer then
    // provider. Each holds the newest verification per version pair among its last
    // ContractHistoryPerPair verifications.
    QList<ContractPair> contracts;
    // The versions of the service that were deployed or took part in a verification, newest
    // first: what "can I deploy?" is usually asked about.
    QStringList knownVersions;
    // Every environment any service was deployed to, by name.
    QStringList knownEnvironments;

    static constexpr int ContractHistoryPerPair = 10;
};

// Windowed build statistics for one service (the bottleneck checklist, build-time charts).
struct BuildStats
{
    QString service;
    int runs = 0; // finished runs in the window
    int failed = 0;
    double failureRate = 0; // failed / runs; 0 when there are no runs
    qint64 p50DurationMs = -1;
    qint64 p90DurationMs = -1;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::SnapshotPtr)
Q_DECLARE_METATYPE(Signalbox::ServiceDetails)
