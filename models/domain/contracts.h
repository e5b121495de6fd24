#pragma once

#include "entities.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Signalbox {

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

// The broker's answer to "can this version of a service go to that environment?". A plain value,
// so the worker that asks hands it to the window and the command line alike.
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

    bool operator==(const CanIDeployAnswer &) const = default;
};

// A consumer and a provider that have a contract, as the details of one of them show it.
struct ContractPair
{
    QString consumer;
    QString provider;
    // The newest verification of each (consumer version, provider version) among the pair's
    // recent verifications, newest first. Empty: the contract is known but was never verified.
    QList<ContractVerification> verifications;

    bool operator==(const ContractPair &) const = default;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::CanIDeployAnswer)
