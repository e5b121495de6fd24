#pragma once

#include "domain/entities.h"
#include "net/httpclient.h"

#include <QJsonValue>
#include <QUrl>
#include <QVariantMap>

namespace Signalbox {

struct SourceConfig;

// What the Pact Broker source and its can-i-deploy client share: the settings, how the secret is
// sent, and how the broker's names map onto the workspace's.
namespace PactBroker {

struct Settings
{
    QUrl baseUrl;
    QString root; // the base URL, encoded, without a trailing slash: every request starts with it
    QString username; // set: basic authentication with the token as the password
    bool usernameFromEnvironment = false;
    QVariantMap services; // pacticipant -> service
    QVariantMap environments; // broker environment -> workspace environment
    QString caBundle;
    QString error; // a configuration problem: nothing is requested
};

// The workspace's settings, with PACT_BROKER_BASE_URL and PACT_BROKER_USERNAME standing in for
// what the workspace leaves empty.
Settings readSettings(const SourceConfig &config);

enum class AuthKind { None, Bearer, Basic };
// Basic when a user name is configured (the open-source broker), except that a PactFlow token
// from PACT_BROKER_TOKEN stays a bearer token even while PACT_BROKER_USERNAME is set; bearer for
// any other secret; none without one.
AuthKind authKind(const Settings &settings, const QString &secret);
HttpEndpoint endpointFor(const Settings &settings, const QString &secret, const QString &name);

QString serviceFor(const Settings &settings, const QString &pacticipant);
QString pacticipantFor(const Settings &settings, const QString &service);
QString environmentFor(const Settings &settings, const QString &brokerEnvironment);
QString brokerEnvironmentFor(const Settings &settings, const QString &environment);

// A link the broker handed out is followed only to the broker itself: the secret goes with it.
bool isOnBroker(const Settings &settings, const QUrl &url);
QString encoded(const QString &text); // a path segment or query value

// The broker writes times as ISO 8601 with an offset; NoTime when absent or unreadable.
EpochMs parseTime(const QJsonValue &value, bool *ok = nullptr);

} // namespace PactBroker
} // namespace Signalbox
