#pragma once

#include "domain/contracts.h"
#include "sources/source.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Signalbox {

struct SourceConfig;
struct Workspace;

struct PactBrokerRequestOptions
{
    HttpTuning http;
    std::function<bool()> isCancelled = [] {
        return false;
    };
    const Workspace *workspace = nullptr; // resolves a relative caBundle; nullptr: as written
};

// Asks a Pact Broker questions that are answered on demand instead of synced. Blocking: call it
// on a worker thread; it resolves the secret the way a sync does (the workspace's `token:` entry,
// else PACT_BROKER_TOKEN, then PACT_BROKER_PASSWORD).
//
//     const CanIDeployAnswer answer = PactBrokerClient::canIDeploy(config, u"checkout"_s,
//                                                                  u"1.4.2"_s, u"production"_s);
//     if (answer.deployable == true) …  // false and unknown both hold the deployment
class PactBrokerClient
{
public:
    // GET /can-i-deploy?pacticipant=&version=&environment= for a service and a workspace
    // environment, both mapped to the broker's names through the source's settings.
    static CanIDeployAnswer canIDeploy(const SourceConfig &config, const QString &service,
                                       const QString &version, const QString &environment,
                                       const PactBrokerRequestOptions &options = {});
};

} // namespace Signalbox
