#include "sourceoperations.h"

#include "credentials/credentials.h"
#include "sources/source.h"
#include "workspace/workspacesourceseditor.h"

#include <QCoreApplication>

namespace Signalbox {

namespace {

struct OperationsTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::SourceOperations)
};

ConnectionTestOutcome testConnection(const SourceConfig &config, const QString &typedToken,
                                     const std::function<bool()> &isCancelled)
{
    ConnectionTestOutcome outcome;
    const SourceDescription *description = SourceRegistry::describe(config.kind);
    std::unique_ptr<Source> source = SourceRegistry::create(config.kind);
    if (!description || !source) {
        outcome.check.message
            = OperationsTr::tr("No source of kind “%1” is installed.").arg(config.kind);
        return outcome;
    }
    FetchContext context;
    context.isCancelled = isCancelled;
    if (!typedToken.isEmpty()) {
        context.token = typedToken;
        context.tokenOrigin = OperationsTr::tr("the token typed in");
    } else if (description->acceptsToken) {
        const ResolvedSecret secret
            = Credentials::resolve(config.token, description->tokenEnvironment);
        context.token = secret.value;
        context.tokenOrigin = secret.origin;
        outcome.tokenProblem = secret.error;
    }
    outcome.tokenSent = !context.token.isEmpty();
    outcome.tokenOrigin = context.tokenOrigin;
    if (isCancelled())
        return outcome;
    outcome.check = source->checkConnection(config, context);
    // Whatever a source says, the token is not repeated.
    outcome.check.message = Credentials::redact(outcome.check.message, context.token);
    outcome.check.identity = Credentials::redact(outcome.check.identity, context.token);
    return outcome;
}

} // namespace

SourceOperations sourceOperationsFromServices()
{
    SourceOperations operations;
    for (const QString &kind : SourceRegistry::kinds()) {
        if (const SourceDescription *description = SourceRegistry::describe(kind))
            operations.kinds.append(*description);
    }
    operations.testConnection = &testConnection;
    operations.editWorkspace = &applySourcesEdit;
    operations.writeKeychain = &Credentials::writeKeychain;
    operations.removeKeychain = &Credentials::removeKeychain;
    return operations;
}

} // namespace Signalbox
