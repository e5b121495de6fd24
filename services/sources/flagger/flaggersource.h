#pragma once

#include "sources/source.h"

#include <QObject>

namespace Signalbox {

// How quickly a watch hands over what it saw; tests shorten the waits.
struct FlaggerWatchOptions
{
    int flushIntervalMs = 250; // coalesces bursts of events into one delivery
    int reconnectBaseMs = 1'000; // a dropped watch is resumed after this, doubled per failure …
    int reconnectMaxMs = 30'000; // … up to this
};

// Reads Flagger's Canary resources (flagger.app/v1beta1 canaries) from one or more kubeconfig
// contexts and namespaces as Rollouts, and follows them with Kubernetes watches.
//
// fetch() lists every context × namespace; its cursor is compact JSON mapping
// "<context>/<namespace>/canaries" to the list's resourceVersion, which watch() resumes from.
// watch() runs one watch per context × namespace, keeps each canary's newest state and delivers
// the changed rollouts at most every flushIntervalMs, each row once per delivery. Credentials
// come from the kubeconfig; none is stored.
class FlaggerSource final : public Source, public WatchingSource
{
public:
    explicit FlaggerSource(FlaggerWatchOptions options = {})
        : m_options(options)
    { }

    static SourceDescription staticDescription(); // translated
    SourceDescription description() const override { return staticDescription(); }
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;
    // Resolves each context and lists one canary: reached, and whether the credentials work.
    ConnectionCheck checkConnection(const SourceConfig &config,
                                    const FetchContext &context) override;
    QString watch(const SourceConfig &config, const Workspace &workspace,
                  const FetchContext &context,
                  const std::function<void(WatchDelivery &&)> &deliver) override;

private:
    FlaggerWatchOptions m_options;
};

class FlaggerSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "flagger.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new FlaggerSource; }
    SourceDescription translatedDescription() const override
    {
        return FlaggerSource::staticDescription();
    }
};

} // namespace Signalbox
