#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Signalbox {

struct FlaggerTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::FlaggerSource)
};

// How a Canary names its service: the workspace's `serviceLabel` and `services` settings.
struct CanaryServiceRules
{
    QString serviceLabel = QStringLiteral("app.kubernetes.io/name");
    // Object name, label value or target name -> service name; wins over the rules below.
    QHash<QString, QString> services;

    // The serviceLabel's value, else the `app` label, else spec.targetRef.name (the workload
    // Flagger drives), else the object's name; a `services` entry for the object's name, then for
    // that value, replaces it.
    QString serviceOf(const QJsonObject &canary) const;
};

// One flagger.app/v1beta1 Canary read as a Rollout of the cluster context it came from:
// externalId "<context>/<namespace>/<name>", location "<context>/<namespace>". Flagger declares
// no steps; the SetWeight steps are derived from stepWeight/maxWeight or stepWeights, followed by
// the promotion to 100 %. nullopt with problem set ("status.canaryWeight: expected a whole
// number") when a field the mapping needs is missing or of the wrong type.
std::optional<Rollout> rolloutFromCanary(const QJsonObject &canary, const QString &contextName,
                                         const CanaryServiceRules &rules, QString *problem);

} // namespace Signalbox
