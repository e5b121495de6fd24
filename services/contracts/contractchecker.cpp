#include "contractchecker.h"

#include "sources/pactbroker/pactbrokerclient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct ContractCheckerTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ContractChecker)
};

} // namespace

const SourceConfig *canIDeploySource(const Workspace &workspace)
{
    for (const SourceConfig &source : workspace.sources) {
        if (source.kind == u"pact-broker")
            return &source;
    }
    return nullptr;
}

QString canIDeployUnavailableReason(const Workspace &workspace)
{
    if (canIDeploySource(workspace))
        return {};
    return ContractCheckerTr::tr("The workspace has no pact-broker source to ask. Add one in "
                                 "Sources to check whether a version can be deployed.");
}

CanIDeployAnswer askCanIDeploy(const Workspace &workspace, const QString &service,
                               const QString &version, const QString &environment,
                               const HttpTuning &http, const std::function<bool()> &isCancelled)
{
    const SourceConfig *source = canIDeploySource(workspace);
    if (!source) {
        CanIDeployAnswer answer;
        answer.error = canIDeployUnavailableReason(workspace);
        return answer;
    }
    PactBrokerRequestOptions options;
    options.http = http;
    if (isCancelled)
        options.isCancelled = isCancelled;
    options.workspace = &workspace;
    return PactBrokerClient::canIDeploy(*source, service, version, environment, options);
}

ContractChecker::ContractChecker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Signalbox::CanIDeployAnswer>();
}

ContractChecker::~ContractChecker()
{
    waitForIdle();
}

void ContractChecker::waitForIdle()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
}

QString ContractChecker::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    return canIDeployUnavailableReason(workspace);
}

void ContractChecker::cancel()
{
    ++m_generation;
    m_busy = false;
    if (m_cancel)
        m_cancel->store(true);
}

void ContractChecker::check(const QString &service, const QString &version,
                            const QString &environment)
{
    cancel();
    const quint64 generation = m_generation;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QFuture<CanIDeployAnswer> work
        = QtConcurrent::run([workspace = m_workspace, http = m_http, cancelled = m_cancel, service,
                             version, environment] {
              return askCanIDeploy(workspace, service, version, environment, http,
                                   [cancelled] { return cancelled->load(); });
          });
    auto *watcher = new QFutureWatcher<CanIDeployAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const CanIDeployAnswer answer = watcher->result();
        watcher->deleteLater();
        // A newer question, or a cancel, came after this one was asked.
        if (generation != m_generation)
            return;
        m_busy = false;
        Q_EMIT answered(answer);
    });
    watcher->setFuture(work);
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(QFuture<void>(work));
}

} // namespace Signalbox
