#pragma once

#include "sources/source.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Signalbox {

struct SourceConfig;
struct Workspace;

// One row of the broker's matrix: a consumer version and a provider version that meet, with the
// pact between them and its verification. Names are the workspace's services (after the source's
// `services` mapping).
struct PactMatrixRow
{
    QString consumer;
    QString consumerVersion;
    QString provider;
    QString providerVersion; // empty: no provider version has verified the pact
    std::optional<bool> verified; // nullopt: no verification result
    EpochMs pactCreatedAt = NoTime;
    EpochMs verifiedAt = NoTime;
    QString verificationUrl; // the result in the broker
    bool ignored = false; // the broker left it out of its verdict

    bool operator==(const PactMatrixRow &) const = default;
};

struct CanIDeployAnswer
{
    // The broker's verdict: nullopt means unknown (a verification is missing), never success.
    std::optional<bool> deployable;
    QString reason; // the broker's own words, one reason a line
    QStringList notices; // the broker's notices, in its order
    QList<PactMatrixRow> matrix;
    // Set when the broker could not be asked or did not answer as a broker: deployable is then
    // unknown. Names the broker's URL; never holds the secret.
    QString error;
};

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
