#pragma once

#include "sources/source.h"

#include <QObject>

namespace Signalbox {

// Reads a Pact Broker (the open-source broker or PactFlow) through its HAL+JSON API: the
// pacticipants and environments, the versions currently deployed in each environment (as
// deployments), the latest pact of each consumer and provider (as dependencies, so contract edges
// appear in the graph) and the latest verification result of each pact (as contract
// verifications; a pact never verified is stored as a verification of unknown result, so the
// analysis knows the pair has a contract and reads it as "not verified").
//
// Every request is conditional; pages the broker answers 304, or with the same content as last
// time, are taken from the cursor, which remembers what each page said. A sync in which nothing
// changed writes nothing.
//
// can-i-deploy is asked on demand through PactBrokerClient, not synced.
class PactBrokerSource final : public Source
{
public:
    static SourceDescription staticDescription(); // translated
    SourceDescription description() const override { return staticDescription(); }
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;
    // GET <url>/ (the index): reached, and whether the credentials are accepted.
    ConnectionCheck checkConnection(const SourceConfig &config,
                                    const FetchContext &context) override;
};

class PactBrokerSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "pactbroker.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new PactBrokerSource; }
    SourceDescription translatedDescription() const override
    {
        return PactBrokerSource::staticDescription();
    }
};

} // namespace Signalbox
