#include "plantracker.h"

#include "osuser.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace Signalbox {

namespace {

Q_LOGGING_CATEGORY(lcPlans, "signalbox.plans", QtWarningMsg)

bool trackedFieldsDiffer(const ReleasePlan &a, const ReleasePlan &b)
{
    if (a.finishedAt != b.finishedAt || a.lastCheck != b.lastCheck
        || a.items.size() != b.items.size())
        return true;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        const PlanItem &x = a.items.at(i);
        const PlanItem &y = b.items.at(i);
        if (x.state != y.state || x.weight != y.weight || x.wave != y.wave
            || x.startedAt != y.startedAt || x.finishedAt != y.finishedAt)
            return true;
    }
    return false;
}

QStringList environmentsOf(const Snapshot &snapshot, const ReleasePolicy &policy,
                           const QString &fallback)
{
    QStringList environments = policy.environments;
    for (const ServiceState &s : snapshot.services) {
        for (const Deployment &d : s.latestDeployments) {
            if (!d.environment.isEmpty() && !environments.contains(d.environment))
                environments.append(d.environment);
        }
    }
    if (environments.isEmpty())
        environments.append(fallback);
    return environments;
}

} // namespace

PlanBoard checkPlans(const QString &cachePath, const ReleasePolicy &policy, EpochMs now)
{
    Store store(cachePath);
    const SnapshotPtr snapshot = store.readSnapshot();
    const AnalysisContext context = AnalysisContext::build(*snapshot, policy, now);

    PlanBoard board;
    board.computedAt = now;
    board.defaultEnvironment = context.defaultEnvironment();
    board.environments = environmentsOf(*snapshot, policy, board.defaultEnvironment);
    for (const ServiceState &s : snapshot->services) {
        if (s.service.inCatalog)
            board.catalogServices.append(s.service.name);
    }

    QList<ReleasePlan> plans = store.readPlans();
    QStringList planned;
    EpochMs earliest = std::numeric_limits<EpochMs>::max();
    for (const ReleasePlan &plan : std::as_const(plans)) {
        earliest = std::min(earliest, plan.createdAt);
        for (const PlanItem &item : plan.items)
            planned.append(item.service);
    }
    planned.removeDuplicates();
    // What happened since just before the plan was made: a deployment started a moment before
    // someone saved the plan still belongs to it.
    const QHash<QString, ServiceActivity> everything = plans.isEmpty()
        ? QHash<QString, ServiceActivity>()
        : store.readDeploymentActivity(planned, earliest - 1);

    for (ReleasePlan &plan : plans) {
        PlanActivity activity;
        for (const PlanItem &item : std::as_const(plan.items)) {
            if (activity.contains(item.service))
                continue;
            ServiceActivity mine = everything.value(item.service);
            mine.deployments.removeIf(
                [&](const Deployment &d) { return d.deployedAt <= plan.createdAt - 1; });
            mine.rollouts.removeIf(
                [&](const Rollout &r) { return r.updatedAt <= plan.createdAt - 1; });
            activity.insert(item.service, std::move(mine));
        }
        PlanStatus status = trackPlan(plan, context, activity, now);
        // A service the workspace no longer declares may linger in the cache for its history;
        // for the plan it has left the catalog all the same.
        for (PlanItemStatus &item : status.items) {
            const ServiceState *known = snapshot->find(item.service);
            if (!known || !known->service.inCatalog)
                item.inCatalog = false;
        }
        if (plan.isOpen()) {
            const ReleasePlan updated = withStatus(plan, status, now);
            QList<PlanEvent> events;
            // The first check only sets the baseline: "changed" needs something before.
            if (!plan.lastCheck.isEmpty()) {
                for (const PlanChange &change : changesBetween(plan.lastCheck, status, *snapshot))
                    events.append({now, change.service, change.sentence, {}});
            }
            if (!updated.isOpen()) {
                events.append({updated.finishedAt,
                               {},
                               PlanTracker::tr("Every service is done: the plan is finished"),
                               {}});
            }
            if (!events.isEmpty() || trackedFieldsDiffer(plan, updated)) {
                store.writePlanCheck(updated, events);
                qCDebug(lcPlans) << "plan" << plan.id << "checked:" << events.size() << "changes";
                plan = updated;
                plan.events.append(events);
            }
        }
        if (!plan.lastLook.isEmpty())
            board.sinceLastLook.insert(plan.id, changesBetween(plan.lastLook, status, *snapshot));
        board.plans.append(plan);
        board.statuses.append(status);
    }

    // Each environment's pending changes are worked out once; their authors in one look-up.
    QHash<QString, QList<DeployCheck>> pendingChecks;
    QStringList candidateShas;
    for (const QString &environment : std::as_const(board.environments)) {
        const QList<DeployCheck> checks = context.blocked(environment);
        candidateShas += candidateCommits(context, checks);
        pendingChecks.insert(environment, checks);
    }
    const QHash<QString, QString> authors = store.commitAuthors(candidateShas);
    for (const QString &environment : std::as_const(board.environments)) {
        board.pending.insert(
            environment,
            pendingChanges(context, pendingChecks.value(environment), environment, authors));
    }
    return board;
}

PlanTracker::PlanTracker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Signalbox::PlanBoardPtr>();
    m_worker.setMaxThreadCount(1);
}

PlanTracker::~PlanTracker()
{
    waitForIdle();
}

EpochMs PlanTracker::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void PlanTracker::waitForIdle()
{
    m_worker.waitForDone();
    m_running.clear();
}

void PlanTracker::setWorkspace(const QString &cachePath, const ReleasePolicy &policy)
{
    m_policy = policy;
    if (cachePath == m_cachePath)
        return;
    m_cachePath = cachePath;
    ++m_generation; // a board of the previous workspace is dropped
    m_checking = false;
    m_checkAgain = false;
}

void PlanTracker::refresh()
{
    if (m_cachePath.isEmpty())
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    startCheck();
}

void PlanTracker::startCheck()
{
    m_checking = true;
    m_checkAgain = false;
    struct Outcome
    {
        PlanBoardPtr board;
        QString error;
    };
    const quint64 generation = m_generation;
    QFuture<Outcome> work
        = QtConcurrent::run(&m_worker, [cachePath = m_cachePath, policy = m_policy, now = now()] {
              Outcome outcome;
              try {
                  outcome.board
                      = std::make_shared<const PlanBoard>(checkPlans(cachePath, policy, now));
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
        if (generation != m_generation)
            return; // another workspace meanwhile; its own check is under way or due
        m_checking = false;
        if (outcome.board)
            Q_EMIT boardReady(outcome.board);
        else
            Q_EMIT checkFailed(outcome.error);
        if (m_checkAgain)
            startCheck();
    });
    watcher->setFuture(work);
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(QFuture<void>(work));
}

void PlanTracker::edit(std::function<void(Store &, EpochMs)> change, std::function<void()> done)
{
    if (m_cachePath.isEmpty())
        return;
    QFuture<QString> work = QtConcurrent::run(
        &m_worker, [cachePath = m_cachePath, change = std::move(change), now = now()] {
            try {
                Store store(cachePath);
                change(store, now);
                return QString();
            } catch (const StoreError &e) {
                return e.message();
            } catch (const std::exception &e) {
                return QString::fromLocal8Bit(e.what());
            }
        });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, done = std::move(done), generation = m_generation] {
                const QString error = watcher->result();
                watcher->deleteLater();
                if (!error.isEmpty()) {
                    Q_EMIT editFailed(error);
                    return;
                }
                if (done)
                    done();
                if (generation == m_generation)
                    refresh();
            });
    watcher->setFuture(work);
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(QFuture<void>(work));
}

void PlanTracker::createPlan(ReleasePlan draft)
{
    if (draft.createdBy.isEmpty())
        draft.createdBy = osUserName();
    auto id = std::make_shared<qint64>(0);
    const QString name = draft.name;
    edit(
        [draft = std::move(draft), id](Store &store, EpochMs now) mutable {
            if (draft.createdAt == NoTime)
                draft.createdAt = now;
            for (PlanItem &item : draft.items) {
                if (item.addedBy.isEmpty())
                    item.addedBy = draft.createdBy;
                if (item.addedAt == NoTime)
                    item.addedAt = draft.createdAt;
            }
            *id = store.createPlan(draft);
        },
        [this, id, name] { Q_EMIT planCreated(*id, name); });
}

void PlanTracker::addItem(qint64 planId, PlanItem item)
{
    const QString author = osUserName();
    if (item.addedBy.isEmpty())
        item.addedBy = author;
    edit([planId, item, author](Store &store, EpochMs now) mutable {
        if (item.addedAt == NoTime)
            item.addedAt = now;
        store.addPlanItem(planId, item, author, now);
    });
}

void PlanTracker::removeItem(qint64 planId, const QString &service)
{
    edit([planId, service, author = osUserName()](Store &store, EpochMs now) {
        store.removePlanItem(planId, service, author, now);
    });
}

void PlanTracker::addNote(qint64 planId, PlanNote note)
{
    if (note.author.isEmpty())
        note.author = osUserName();
    edit([planId, note](Store &store, EpochMs now) mutable {
        if (note.at == NoTime)
            note.at = now;
        store.addPlanNote(planId, note);
    });
}

void PlanTracker::removeNote(qint64 planId, qint64 noteId)
{
    edit([planId, noteId, author = osUserName()](Store &store, EpochMs now) {
        store.removePlanNote(planId, noteId, author, now);
    });
}

void PlanTracker::setFinished(qint64 planId, bool finished)
{
    edit([planId, finished, author = osUserName()](Store &store, EpochMs now) {
        store.setPlanFinished(planId, finished ? now : NoTime, author);
    });
}

void PlanTracker::recordLook(qint64 planId, const QList<PlanItemSeen> &seen)
{
    edit([planId, seen](Store &store, EpochMs now) { store.recordPlanLook(planId, now, seen); });
}

} // namespace Signalbox
