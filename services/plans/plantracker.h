#pragma once

#include "analysis/plantracking.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Signalbox {

// Reads the cache, checks every open plan against it, writes to each plan what changed (its
// items' states, the log lines) and returns everything the Plans page shows. Finished plans are
// read, not checked: their record stays as it was when they finished. Blocking; throws
// StoreError.
PlanBoard checkPlans(const QString &cachePath, const ReleasePolicy &policy, EpochMs now);

// Keeps the workspace's plans checked: after every load or sync (refresh()), and after every
// edit a person makes. Edits and checks run one at a time, in order, on one worker thread, so a
// check never reads half an edit and two edits never race for the write lock; boards come back
// on this object's thread by signal. A refresh asked for while one runs is done once after it.
class PlanTracker : public QObject
{
    Q_OBJECT

public:
    explicit PlanTracker(QObject *parent = nullptr);
    ~PlanTracker() override;

    // An empty cachePath forgets the workspace (no more boards).
    void setWorkspace(const QString &cachePath, const ReleasePolicy &policy);
    void refresh();

    // The person's edits; author and time are filled in here when the caller left them empty.
    void createPlan(ReleasePlan draft);
    void addItem(qint64 planId, PlanItem item);
    void removeItem(qint64 planId, const QString &service);
    void addNote(qint64 planId, PlanNote note);
    void removeNote(qint64 planId, qint64 noteId);
    void setFinished(qint64 planId, bool finished);
    void recordLook(qint64 planId, const QList<PlanItemSeen> &seen);

    void waitForIdle();
    // For tests: the clock checks and edits use; the system clock when not set.
    void setClock(std::function<EpochMs()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void boardReady(const Signalbox::PlanBoardPtr &board);
    void checkFailed(const QString &message);
    void editFailed(const QString &message);
    // A plan created here got its id.
    void planCreated(qint64 planId, const QString &name);

private:
    EpochMs now() const;
    // Runs the edit on the worker, then checks again.
    void edit(std::function<void(class Store &, EpochMs)> change, std::function<void()> done = {});
    void startCheck();

    QThreadPool m_worker;
    QString m_cachePath;
    ReleasePolicy m_policy;
    quint64 m_generation = 0;
    bool m_checking = false;
    bool m_checkAgain = false;
    QList<QFuture<void>> m_running;
    std::function<EpochMs()> m_clock;
};

} // namespace Signalbox
