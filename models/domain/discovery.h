#pragma once

#include "entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox {

// Where a discovered fact comes from, so a person can check it: the repository, the file, the
// line and the text that matched.
struct Evidence
{
    QString repository; // the repository's folder as given to the scan
    QString path; // inside the repository, with forward slashes
    int line = 0; // 1-based; 0: the file as a whole
    QString text; // the matching text, trimmed, at most one line

    bool operator==(const Evidence &) const = default;
};

// Which files a discoverer found a fact in: Backstage catalogs are the reference when present.
enum class DiscoveryOrigin { Catalog, Compose, Kubernetes, Helm, CiDefinition };

struct DiscoveredService
{
    QString name;
    ServiceKind kind = ServiceKind::Unknown; // datastores, brokers, observability marked as such
    QString owner;
    QString system;
    QString lifecycle;
    QString path; // the folder inside the repository that holds it, when known
    DiscoveryOrigin origin = DiscoveryOrigin::Catalog;
    QList<Evidence> evidence;

    bool operator==(const DiscoveredService &) const = default;
};

struct DiscoveredDependency
{
    QString consumer;
    QString provider;
    DependencyKind kind = DependencyKind::Unknown;
    DiscoveryOrigin origin = DiscoveryOrigin::Catalog;
    QList<Evidence> evidence;

    bool operator==(const DiscoveredDependency &) const = default;
};

// A CI definition and what it builds or deploys.
struct DiscoveredPipeline
{
    enum class System { GitHubActions, GitLabCi, Jenkins, Tekton, CircleCi };
    System system = System::GitHubActions;
    QString path;
    QStringList services; // the services it builds or deploys, by name
    Evidence evidence;

    bool operator==(const DiscoveredPipeline &) const = default;
};

// A file the scan could not use, and why (invalid YAML, too large, binary, a symlink leaving the
// repository, a missing object): reported, never fatal.
struct ScanProblem
{
    QString repository;
    QString path;
    QString reason; // translated

    bool operator==(const ScanProblem &) const = default;
};

struct DiscoveryResult
{
    QList<DiscoveredService> services;
    QList<DiscoveredDependency> dependencies;
    QList<DiscoveredPipeline> pipelines;
    QList<ScanProblem> problems;
};

} // namespace Signalbox
