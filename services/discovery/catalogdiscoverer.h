#pragma once

#include "domain/discovery.h"
#include "sourcefile.h"

namespace Signalbox {

// catalog-info.yaml / catalog-info.yml anywhere in the tree.
bool isCatalogFile(const QString &path);

// Backstage catalog files (several YAML documents each): Components and Resources become services
// (a Resource of type database is a datastore, a queue or topic a broker); APIs and Systems tie
// them together. Edges come from spec.dependsOn (`component:default/payments`, `resource:db`,
// `api:x`) and from spec.consumesApis, where the consumer depends on the component whose
// spec.providesApis names the API. Owners and systems are given by name, without kind and
// namespace ("group:default/team-a" -> "team-a").
DiscoveryResult discoverCatalog(const QList<SourceFile> &files);

} // namespace Signalbox
