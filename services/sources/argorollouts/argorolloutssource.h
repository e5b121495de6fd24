#pragma once

#include "sources/source.h"

#include <QObject>

#include <chrono>

namespace Signalbox {

// Reads Argo Rollouts (argoproj.io/v1alpha1 rollouts and analysisruns) from one or more
// Kubernetes contexts and namespaces, with the credentials of the kubeconfig. Each Rollout is a
// Rollout row (strategy, declared steps, current step, weights, phase, pause reason, blue-green
// selectors) with the metric results of its newest AnalysisRun.
//
// fetch() lists both resources in every context and namespace; its cursor is compact JSON
// {"<context>/<namespace>/<plural>": "<list resourceVersion>", …}. watch() reads them again to
// know every object (an AnalysisRun's change needs its Rollout, and the other way round), then
// watches each resource from the cursor's versions and delivers the changed rows, coalesced, at
// most once per flush interval.
class ArgoRolloutsSource final : public Source, public WatchingSource
{
public:
    explicit ArgoRolloutsSource(std::chrono::milliseconds flushInterval = defaultFlushInterval);

    static constexpr std::chrono::milliseconds defaultFlushInterval {250};
    static SourceDescription staticDescription(); // translated
    SourceDescription description() const override { return staticDescription(); }
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;
    // Lists one Rollout in each context's first namespace: reached, and whether the credentials
    // are accepted.
    ConnectionCheck checkConnection(const SourceConfig &config,
                                    const FetchContext &context) override;
    QString watch(const SourceConfig &config, const Workspace &workspace,
                  const FetchContext &context,
                  const std::function<void(WatchDelivery &&)> &deliver) override;

private:
    std::chrono::milliseconds m_flushInterval;
};

class ArgoRolloutsSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "argorollouts.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new ArgoRolloutsSource; }
    SourceDescription translatedDescription() const override
    {
        return ArgoRolloutsSource::staticDescription();
    }
};

} // namespace Signalbox
