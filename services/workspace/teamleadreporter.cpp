#include "teamleadreporter.h"

#include "store/store.h"
#include "store/storeerror.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Signalbox {

TeamLeadRequest teamLeadRequestFor(const QString &workspaceName, const QStringList &environments,
                                   int days, EpochMs now)
{
    TeamLeadRequest request;
    request.workspaceName = workspaceName;
    if (!environments.isEmpty())
        request.productionEnvironment = environments.constLast();
    request.now = now;
    request.to = now;
    request.from = now - qint64(days) * DoraDayMs;
    request.step = days <= 31 ? TrendStep::Day : days <= 183 ? TrendStep::Week : TrendStep::Month;
    return request;
}

TeamLeadReport buildTeamLeadReport(const QString &cachePath, const TeamLeadRequest &request)
{
    Store store(cachePath, Database::Mode::ReadOnly);
    TeamLeadInput input = store.readTeamLeadInput(request.from, request.to, request.now);
    input.workspaceName = request.workspaceName;
    input.productionEnvironment = request.productionEnvironment;
    input.from = request.from;
    input.to = request.to;
    input.now = request.now;
    input.step = request.step;
    return computeTeamLeadReport(input);
}

TeamLeadReporter::TeamLeadReporter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Signalbox::TeamLeadReportPtr>();
}

TeamLeadReporter::~TeamLeadReporter()
{
    waitForIdle();
}

void TeamLeadReporter::waitForIdle()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
}

void TeamLeadReporter::request(const QString &cachePath, const TeamLeadRequest &request)
{
    m_lastCachePath = cachePath;
    m_lastRequest = request;
    const quint64 generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    struct Outcome
    {
        TeamLeadReportPtr report;
        QString error;
    };
    QFuture<Outcome> work = QtConcurrent::run([cachePath, request, cancelled = m_cancel] {
        Outcome outcome;
        if (cancelled->load())
            return outcome;
        try {
            outcome.report
                = std::make_shared<const TeamLeadReport>(buildTeamLeadReport(cachePath, request));
        } catch (const StoreError &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = QString::fromLocal8Bit(e.what());
        }
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || (!outcome.report && outcome.error.isEmpty()))
            return;
        if (outcome.report)
            Q_EMIT reportReady(outcome.report);
        else
            Q_EMIT reportFailed(outcome.error);
    });
    watcher->setFuture(work);
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(QFuture<void>(work));
}

void TeamLeadReporter::addOverride(const QString &cachePath, const ChecklistOverride &decision)
{
    QFuture<QString> work = QtConcurrent::run([cachePath, decision] {
        try {
            Store store(cachePath);
            store.addChecklistOverride(decision);
            return QString();
        } catch (const StoreError &e) {
            return e.message();
        } catch (const std::exception &e) {
            return QString::fromLocal8Bit(e.what());
        }
    });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cachePath] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            Q_EMIT overrideFailed(error);
            return;
        }
        if (cachePath == m_lastCachePath)
            request(m_lastCachePath, m_lastRequest);
    });
    watcher->setFuture(work);
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(QFuture<void>(work));
}

} // namespace Signalbox
