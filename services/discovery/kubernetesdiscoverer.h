#pragma once

#include "discovery/sourcefile.h"
#include "domain/discovery.h"

namespace Signalbox {

// Finds services and dependencies in Kubernetes manifests, kustomizations and Helm charts, with
// no disk or git access.
//
// Manifests: every .yaml/.yml file (all its documents, and the items of a `kind: List`) except
// compose files, kustomizations, Helm's Chart.yaml and values.yaml, the `templates/` folder of a
// chart (Go templates, not YAML: skipped without a problem) and the CI folders other
// discoverers read (.github/, .gitlab-ci.yml, .circleci/, .tekton/, catalog-info.yaml).
// - A Deployment, StatefulSet or DaemonSet is a service named by metadata.name (or, without one,
//   its app.kubernetes.io/name or app label); documents of the same name (a base and an
//   overlay's patch) are one service. Its kind comes from its containers' images, as in
//   discoverCompose.
// - A Service belongs to the workload whose pod template labels contain all of its selector
//   (namespaces must agree when both are given); a Service that selects no workload here is a
//   service of its own.
// - A container's env `value:` literal (and the ConfigMap data it takes through
//   configMapKeyRef or envFrom) naming a Service by host:port, URL host, <svc>.<ns> or
//   <svc>.<ns>.svc[.cluster.local] is an edge from the workload to the Service's workload; a
//   name without a matching Service may still name a workload or a chart.
// Kustomize: each kustomization's resources, bases and components are followed through the
// file set (each folder once, cycles reported); an entry that is not in the file set, leaves
// the repository or is remote is a problem. Every manifest is read once however many
// kustomizations include it.
// Helm: a folder with a Chart.yaml is a service named by its `name`; literal values anywhere in
// its values.yaml that are URLs or host:port naming a known service (a Service, a workload or
// another chart) are edges from the chart's service; values with `{{` are not literal.
DiscoveryResult discoverKubernetes(const QList<SourceFile> &files);

} // namespace Signalbox
