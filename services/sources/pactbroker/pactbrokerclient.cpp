#include "pactbrokerclient.h"

#include "credentials/credentials.h"
#include "domain/workspace.h"
#include "pactbrokerapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct PactBrokerTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PactBrokerSource)
};

PactMatrixRow readRow(const QJsonObject &row, const PactBroker::Settings &settings)
{
    PactMatrixRow r;
    const QJsonObject consumer = row.value("consumer"_L1).toObject();
    const QJsonObject provider = row.value("provider"_L1).toObject();
    r.consumer = PactBroker::serviceFor(settings, consumer.value("name"_L1).toString());
    r.consumerVersion = consumer.value("version"_L1).toObject().value("number"_L1).toString();
    r.provider = PactBroker::serviceFor(settings, provider.value("name"_L1).toString());
    r.providerVersion = provider.value("version"_L1).toObject().value("number"_L1).toString();
    r.pactCreatedAt = PactBroker::parseTime(row.value("pact"_L1).toObject().value("createdAt"_L1));
    const QJsonObject verification = row.value("verificationResult"_L1).toObject();
    if (verification.value("success"_L1).isBool()) {
        r.verified = verification.value("success"_L1).toBool();
        r.verifiedAt = PactBroker::parseTime(verification.value("verifiedAt"_L1));
        r.verificationUrl = verification.value("_links"_L1)
                                .toObject()
                                .value("self"_L1)
                                .toObject()
                                .value("href"_L1)
                                .toString();
    }
    r.ignored = row.value("ignored"_L1).toBool();
    return r;
}

} // namespace

CanIDeployAnswer PactBrokerClient::canIDeploy(const SourceConfig &config, const QString &service,
                                              const QString &version, const QString &environment,
                                              const PactBrokerRequestOptions &options)
{
    CanIDeployAnswer answer;
    const PactBroker::Settings settings = PactBroker::readSettings(config);
    if (!settings.error.isEmpty()) {
        answer.error = settings.error;
        return answer;
    }
    const ResolvedSecret secret
        = Credentials::resolve(config.token, {u"PACT_BROKER_TOKEN"_s, u"PACT_BROKER_PASSWORD"_s});
    if (!secret.error.isEmpty()) {
        answer.error = secret.error;
        return answer;
    }
    HttpEndpoint endpoint = PactBroker::endpointFor(settings, secret.value, config.name);
    if (!settings.caBundle.isEmpty()) {
        endpoint.caBundlePath = options.workspace
            ? options.workspace->resolvePath(settings.caBundle)
            : settings.caBundle;
    }
    FetchContext context;
    context.token = secret.value;
    context.tokenOrigin = secret.origin;
    context.http = options.http;
    context.isCancelled = options.isCancelled;
    HttpClient client(endpoint, context);
    if (!client.setupError().isEmpty()) {
        answer.error = client.setupError();
        return answer;
    }

    const QUrl url(
        settings.root + u"/can-i-deploy?pacticipant="_s
            + PactBroker::encoded(PactBroker::pacticipantFor(settings, service)) + u"&version="_s
            + PactBroker::encoded(version) + u"&environment="_s
            + PactBroker::encoded(PactBroker::brokerEnvironmentFor(settings, environment)),
        QUrl::StrictMode);
    // A verdict must be current: never answered from an earlier one.
    const HttpResponse response = client.get(url, false);
    const auto scrubbed = [&](QString text) {
        return Credentials::redact(std::move(text), secret.value);
    };
    // The broker answers a question it cannot decide (an unknown version) with 400 and a matrix
    // body of its own; anything else that is not a 2xx is a failure to ask.
    if (!response.ok() && response.status != 400) {
        answer.error
            = scrubbed(response.error.isEmpty() ? PactBrokerTr::tr("%1 answered HTTP %2")
                                                      .arg(HttpClient::displayUrl(response.url),
                                                           QString::number(response.status))
                                                : response.error);
        return answer;
    }
    QString error;
    const QJsonDocument document = HttpClient::json(response, &error);
    const QJsonObject summary = document.object().value("summary"_L1).toObject();
    if (!error.isEmpty() || !document.isObject() || summary.isEmpty()) {
        if (error.isEmpty()) {
            error = PactBrokerTr::tr("the answer from %1 has no summary")
                        .arg(HttpClient::displayUrl(response.url));
        }
        answer.error = scrubbed(
            PactBrokerTr::tr("%1; expected the Pact Broker's can-i-deploy answer, check that url "
                             "is the broker's base address")
                .arg(response.status == 400 ? response.error : error));
        return answer;
    }
    const QJsonValue deployable = summary.value("deployable"_L1);
    if (deployable.isBool())
        answer.deployable = deployable.toBool();
    answer.reason = summary.value("reason"_L1).toString();
    for (const QJsonValue &notice : document.object().value("notices"_L1).toArray()) {
        const QString text = notice.toObject().value("text"_L1).toString();
        if (!text.isEmpty())
            answer.notices.append(text);
    }
    for (const QJsonValue &row : document.object().value("matrix"_L1).toArray())
        answer.matrix.append(readRow(row.toObject(), settings));
    return answer;
}

} // namespace Signalbox
