#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Signalbox::ArgoRollouts {

// What a metric's condition says about its threshold. Only a plain comparison of the result
// with a number is understood ("result[0] <= 0.01", "result < 5", "result >= 0.95"); anything
// else (&&, ||, len(result), functions) leaves parsed false.
struct Threshold
{
    double value = 0;
    // A value above the threshold fails: "<" / "<=" in a successCondition, ">" / ">=" in a
    // failureCondition.
    bool isMaximum = false;
    bool parsed = false;

    bool operator==(const Threshold &) const = default;
};

Threshold parseThreshold(const QString &condition, bool isFailureCondition);

// A measurement's value as the controller writes it: a number ("0.02") or a one-element list of
// one ("[0.02]"); anything else reads as 0.
double measurementValue(const QString &value);

// How an object's labels and name become a workspace service name.
struct ServiceNaming
{
    QString serviceLabel; // e.g. app.kubernetes.io/name
    QHash<QString, QString> services; // object name or label value -> service

    QString serviceFor(const QJsonObject &metadata) const;
};

// The newest AnalysisRun (by creationTimestamp, then name) that names the rollout as its owner;
// nullptr when none does.
const QJsonObject *newestRunOf(const QString &rolloutName, const QList<QJsonObject> &runs);

// An AnalysisRun's metric results, ordered by metric name.
QList<AnalysisResult> analysisOf(const QJsonObject &run);

// One Rollout object (as the API returns it) and the AnalysisRuns of its namespace, as a
// Rollout row of the given context. nullopt with *problem set ("spec.strategy.canary.steps[2]:
// expected an object") when the object cannot be read.
std::optional<Rollout> rolloutFromObject(const QJsonObject &object,
                                         const QList<QJsonObject> &runsOfNamespace,
                                         const ServiceNaming &naming, const QString &contextName,
                                         QString *problem);

} // namespace Signalbox::ArgoRollouts
