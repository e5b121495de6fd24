#pragma once

#include "analysis/analysis.h"
#include "domain/diagnostic.h"
#include "domain/entities.h"

#include <QStringList>
#include <QVariantMap>

namespace Signalbox {

// Where a secret comes from. The workspace never holds a secret itself, only where to find it.
struct SecretReference
{
    QString environmentVariable;
    QString keychainEntry;

    bool isEmpty() const { return environmentVariable.isEmpty() && keychainEntry.isEmpty(); }
};

struct SourceConfig
{
    QString kind;
    QString name;
    QVariantMap settings; // validated against the source kind's settings description
    SecretReference token;
    int line = 0; // where it is declared, for messages
};

// A local git repository the workspace reads services, dependencies and history from.
struct RepositoryConfig
{
    QString path; // as written; relative paths resolve against the workspace file's folder
    QString name; // how messages and the cache name it; default: the folder's name
    QString revision; // what to read; default HEAD
    // One repository per service: the whole repository is this service's, whatever its files
    // say. Empty: services are found in it (a monorepo's folders, its catalog files).
    QString service;
    int line = 0;

    bool operator==(const RepositoryConfig &) const = default;
};

// A dependency by its two ends, as the `discovery:` block writes it ("orders -> payments").
struct DependencyKey
{
    QString consumer;
    QString provider;

    bool operator==(const DependencyKey &) const = default;
    QString toString() const { return consumer + QLatin1String(" -> ") + provider; }
};

// What people decided about what the repositories say: kept in the workspace's `discovery:`
// block, so the decisions travel with the file and survive every rescan. A confirmed service
// or edge counts as declared; a hidden one is left out of the graph and the analysis; an added
// one exists because a person said so, whatever a scan finds.
struct DiscoveryDecisions
{
    QStringList confirmedServices;
    QStringList hiddenServices;
    QList<DependencyKey> confirmedDependencies;
    QList<DependencyKey> hiddenDependencies;
    QList<Service> addedServices;
    QList<Dependency> addedDependencies;

    bool operator==(const DiscoveryDecisions &) const = default;
    bool isEmpty() const { return *this == DiscoveryDecisions {}; }
};

// The parsed workspace file: the catalog and the sources. Plain data; loading is in
// workspaceparser.
struct Workspace
{
    QString filePath;
    QString name;
    QStringList environments;
    QList<Service> services;
    QList<Dependency> dependencies;
    QList<SourceConfig> sources;
    QList<FreezeWindow> freezes;
    QList<RepositoryConfig> repositories;
    DiscoveryDecisions discovery;

    ReleasePolicy releasePolicy() const { return {environments, freezes}; }

    // Relative paths in source settings resolve against the folder of the workspace file.
    QString resolvePath(const QString &relativeOrAbsolute) const;
};

} // namespace Signalbox
