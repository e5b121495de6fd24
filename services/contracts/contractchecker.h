#pragma once

#include "domain/contracts.h"
#include "domain/workspace.h"
#include "net/httpclient.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace Signalbox {

// The source that answers can-i-deploy: the workspace's first source of kind `pact-broker`, or
// nullptr.
const SourceConfig *canIDeploySource(const Workspace &workspace);
// Why can-i-deploy cannot be asked in this workspace (one sentence for a person); empty when it
// can.
QString canIDeployUnavailableReason(const Workspace &workspace);
// Asks the workspace's broker, blocking: for the command line and the checker's worker. Without
// a pact-broker source the answer is unknown with an error that says so.
CanIDeployAnswer askCanIDeploy(const Workspace &workspace, const QString &service,
                               const QString &version, const QString &environment,
                               const HttpTuning &http = {},
                               const std::function<bool()> &isCancelled = {});

// Asks can-i-deploy on a worker thread, one question at a time from a person's point of view:
// a newer check or cancel() makes every earlier answer stale, and a stale answer is never
// emitted. The destructor cancels and waits.
//
//     checker->setWorkspace(load.workspace);
//     connect(checker, &ContractChecker::answered, panel, &ContractsPanel::showCanIDeployAnswer);
//     checker->check(u"checkout"_s, u"2.1.0"_s, u"production"_s);
class ContractChecker : public QObject
{
    Q_OBJECT

public:
    explicit ContractChecker(QObject *parent = nullptr);
    ~ContractChecker() override;

    // Returns canIDeployUnavailableReason(workspace). A question in flight keeps the workspace
    // it was asked in (a reload of the same file changes nothing it needs); call cancel() when
    // another workspace opens.
    QString setWorkspace(const Workspace &workspace);
    void setHttpTuning(const HttpTuning &http) { m_http = http; }

    void check(const QString &service, const QString &version, const QString &environment);
    void cancel();
    bool isBusy() const { return m_busy; }
    void waitForIdle();

Q_SIGNALS:
    void answered(const Signalbox::CanIDeployAnswer &answer);

private:
    Workspace m_workspace;
    HttpTuning m_http;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_running;
};

} // namespace Signalbox
