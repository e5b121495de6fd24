#include "pactbrokerapi.h"

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Signalbox::PactBroker {

namespace {

struct PactBrokerTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PactBrokerSource)
};

QString lookup(const QVariantMap &map, const QString &key)
{
    const QString mapped = map.value(key).toString().trimmed();
    return mapped.isEmpty() ? key : mapped;
}

QString reverseLookup(const QVariantMap &map, const QString &value)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().toString().trimmed() == value)
            return it.key();
    }
    return value;
}

} // namespace

Settings readSettings(const SourceConfig &config)
{
    Settings s;
    const QVariantMap &values = config.settings;
    QString base = values.value(u"url"_s).toString().trimmed();
    if (base.isEmpty())
        base = qEnvironmentVariable("PACT_BROKER_BASE_URL").trimmed();
    if (base.isEmpty()) {
        s.error = PactBrokerTr::tr("no broker address: set url to the broker's base address such "
                                   "as https://broker.example.com, or PACT_BROKER_BASE_URL");
        return s;
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    s.baseUrl = QUrl(base, QUrl::StrictMode);
    if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty()
        || (s.baseUrl.scheme() != u"https" && s.baseUrl.scheme() != u"http")
        || !s.baseUrl.userInfo().isEmpty()) {
        // A user and password in the address would end up in messages and logs.
        s.error = PactBrokerTr::tr("url \"%1\" is not an http or https address such as "
                                   "https://broker.example.com (without a user or password)")
                      .arg(HttpClient::displayUrl(s.baseUrl));
        return s;
    }
    s.root = s.baseUrl.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash);
    s.username = values.value(u"username"_s).toString().trimmed();
    if (s.username.isEmpty()) {
        s.username = qEnvironmentVariable("PACT_BROKER_USERNAME").trimmed();
        s.usernameFromEnvironment = !s.username.isEmpty();
    }
    s.services = values.value(u"services"_s).toMap();
    s.environments = values.value(u"environments"_s).toMap();
    s.caBundle = values.value(u"caBundle"_s).toString();
    return s;
}

AuthKind authKind(const Settings &settings, const QString &secret)
{
    if (secret.isEmpty())
        return AuthKind::None;
    if (settings.username.isEmpty())
        return AuthKind::Bearer;
    if (settings.usernameFromEnvironment && secret == qEnvironmentVariable("PACT_BROKER_TOKEN"))
        return AuthKind::Bearer;
    return AuthKind::Basic;
}

HttpEndpoint endpointFor(const Settings &settings, const QString &secret, const QString &name)
{
    HttpEndpoint endpoint;
    endpoint.sourceName = name;
    using Header = std::pair<QByteArray, QByteArray>;
    endpoint.headers.append(Header("Accept", "application/hal+json, application/json"));
    switch (authKind(settings, secret)) {
    case AuthKind::None:
        break;
    case AuthKind::Bearer:
        endpoint.headers.append(Header("Authorization", "Bearer " + secret.toUtf8()));
        break;
    case AuthKind::Basic:
        endpoint.headers.append(Header(
            "Authorization", "Basic " + (settings.username + u':' + secret).toUtf8().toBase64()));
        break;
    }
    return endpoint;
}

QString serviceFor(const Settings &settings, const QString &pacticipant)
{
    return lookup(settings.services, pacticipant);
}

QString pacticipantFor(const Settings &settings, const QString &service)
{
    return reverseLookup(settings.services, service);
}

QString environmentFor(const Settings &settings, const QString &brokerEnvironment)
{
    return lookup(settings.environments, brokerEnvironment);
}

QString brokerEnvironmentFor(const Settings &settings, const QString &environment)
{
    return reverseLookup(settings.environments, environment);
}

bool isOnBroker(const Settings &settings, const QUrl &url)
{
    return url.scheme() == settings.baseUrl.scheme()
        && url.host().compare(settings.baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == u"https" ? 443 : 80)
        == settings.baseUrl.port(settings.baseUrl.scheme() == u"https" ? 443 : 80);
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

EpochMs parseTime(const QJsonValue &value, bool *ok)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (ok)
        *ok = time.isValid();
    return time.isValid() ? time.toMSecsSinceEpoch() : NoTime;
}

} // namespace Signalbox::PactBroker
