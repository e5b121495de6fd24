#pragma once

#include "repositoryscan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Signalbox {

// Stable words for JSON, tables and the cache: catalog, compose, kubernetes, helm, ci.
QString toWord(DiscoveryOrigin origin);
DiscoveryOrigin discoveryOriginFromWord(QStringView word, bool *ok = nullptr);
// github-actions, gitlab-ci, jenkins, tekton, circleci.
QString toWord(DiscoveredPipeline::System system);
DiscoveredPipeline::System pipelineSystemFromWord(QStringView word, bool *ok = nullptr);
// github-workflow, github-action, gitlab-include, jenkins-library.
QString toWord(TemplateReference::Kind kind);
// templated, hand-rolled, no-pipeline, unreadable.
QString toWord(ServiceTemplates::Pipeline pipeline);

// Discovery findings as JSON: what `signalbox discover --json` prints and what the cache keeps
// of a repository scan. fromJson reads back exactly what toJson wrote (a round trip is lossless)
// and skips what it does not know, so an older cache never stops a load.
QJsonObject toJson(const Evidence &evidence);
QJsonObject toJson(const DiscoveredService &service);
QJsonObject toJson(const DiscoveredDependency &dependency);
QJsonObject toJson(const DiscoveredPipeline &pipeline);
QJsonObject toJson(const ScanProblem &problem);
QJsonObject toJson(const DiscoveryResult &result);
QJsonObject toJson(const ServiceTemplates &templates);

Evidence evidenceFromJson(const QJsonObject &object);
DiscoveryResult discoveryResultFromJson(const QJsonObject &object);
ServiceTemplates serviceTemplatesFromJson(const QJsonObject &object);

} // namespace Signalbox
