#pragma once

#include "domain/repositoryscan.h"
#include "domain/workspace.h"

#include <QList>

namespace Signalbox {

// Where a service or an edge of the effective catalog stands.
enum class CatalogState {
    Declared, // in the workspace's services, whatever the repositories say
    Added, // added by hand in the discovery block
    Confirmed, // found in a repository and confirmed by a person
    Discovered, // found in a repository, nobody has looked at it yet
    Hidden // found in a repository and hidden by a person: left out of graph and analysis
};
QString toWord(CatalogState state); // declared, added, confirmed, discovered, hidden

struct CatalogService
{
    Service service;
    CatalogState state = CatalogState::Declared;
    QString repository; // the repository it was found in; empty for declared-only services
    QList<Evidence> evidence; // every file that names it

    bool operator==(const CatalogService &) const = default;
};

struct CatalogDependency
{
    Dependency dependency;
    CatalogState state = CatalogState::Declared;
    QList<Evidence> evidence;

    bool operator==(const CatalogDependency &) const = default;
};

// The catalog the graph and the analysis use: the workspace's declared services and edges, the
// ones added by hand, and what the repository scans found, with the people's decisions applied.
struct EffectiveCatalog
{
    QList<CatalogService>
        services; // declared first in file order, then added, then found (by name)
    QList<CatalogDependency> dependencies;

    // Everything but the hidden, as the store ingests it: Service::discovered and
    // Dependency::discovered mark what nobody has confirmed yet.
    QList<Service> visibleServices() const;
    QList<Dependency> visibleDependencies() const;
    const CatalogService *findService(const QString &name) const;
};

// Pure: the same workspace and scans give the same catalog.
// - A declared service keeps its fields; a scan fills only those it left empty (owner, system,
//   folder) and adds its evidence.
// - A repository configured with `service:` belongs to that one service: its pipelines are that
//   service's; services its files describe (a compose file's database) are found as usual.
// - An edge touching a hidden service is hidden too. A hidden or confirmed name that no scan
//   finds any more is simply not there; the decision stays in the workspace for when it returns.
EffectiveCatalog buildEffectiveCatalog(const Workspace &workspace,
                                       const QList<RepositoryScan> &scans);

// "repository/path:12: text", the way the store keeps an edge's evidence.
QString evidenceLine(const Evidence &evidence);

} // namespace Signalbox
