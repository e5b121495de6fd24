#pragma once

#include "analysis.h"
#include "domain/history.h"
#include "domain/releaseplan.h"

#include <QHash>
#include <QMetaType>

#include <memory>

// Checking and tracking a release plan: where each of its services stands in the plan's
// environment, which wave is released, and what changed since a previous check. Pure functions
// of the plan, the analysis context and the activity the store read; the PlanTracker (services/)
// runs them off the GUI thread after every sync and writes what changed back to the plan.
namespace Signalbox {

struct PlanItemStatus
{
    QString service;
    QString version;
    bool inCatalog = true; // false: the service is gone from the catalog; the item stays, marked
    QString owner {};
    int tier = 0;
    QString currentVersion {}; // what the environment runs now; empty: never deployed there
    PlanItemState state = PlanItemState::NotStarted;
    int weight = -1; // Deploying: rollout traffic on the new version; -1: not known
    QString stateSentence {}; // e.g. "Rolling out: 25 % of traffic on 5.3.0", "Rolled back: …"
    EpochMs startedAt = NoTime;
    EpochMs finishedAt = NoTime;
    int wave = 0; // 1-based; 0 only for a service not in the catalog
    bool blocked = false; // the analysis core holds it
    QList<BlockedReason> reasons {};
    // Failed or rolled back: the consumers it now holds (in the plan first, then others that
    // depend on it, transitively), by name.
    QStringList blocksConsumers {};
};

struct PlanWaveStatus
{
    enum class State {
        Waiting, // an earlier wave is still under way
        Released, // every earlier wave is done: this one may start
        InProgress, // at least one of its services has started
        Done, // every service done
        Held // an earlier wave (or this one) has a failed or rolled-back service
    };
    int number = 0;
    QStringList services;
    State state = State::Waiting;
    QString sentence {}; // e.g. "Held: wave 2 is not healthy (orders rolled back)"
    EpochMs startedAt = NoTime; // the first of its services to start
    EpochMs finishedAt = NoTime; // the last to finish, once all are done
    qint64 durationMs() const
    {
        return startedAt != NoTime && finishedAt != NoTime ? finishedAt - startedAt : -1;
    }
};

struct PlanStatus
{
    qint64 planId = 0;
    QString environment;
    QList<PlanItemStatus> items; // in the plan's order
    QList<PlanWaveStatus> waves; // by number
    QList<DeployGroup> groups; // deploy-together groups (cycles) among the plan's services
    int doneCount = 0;
    int failedCount = 0; // failed or rolled back
    int blockedCount = 0;
    bool allDone() const { return !items.isEmpty() && doneCount == items.size(); }
    const PlanItemStatus *item(const QString &service) const;
};

// Per service in the plan: its runs, deployments and rollouts since the plan was created
// (Store::readActivity), by service name.
using PlanActivity = QHash<QString, ServiceActivity>;

PlanStatus trackPlan(const ReleasePlan &plan, const AnalysisContext &context,
                     const PlanActivity &activity, EpochMs now);

// The per-service check, as stored in ReleasePlan::lastCheck / lastLook.
QList<PlanItemSeen> seenOf(const PlanStatus &status);

struct PlanChange
{
    QString service; // empty: about the plan
    QString sentence; // "payments is no longer blocked: its contract with checkout was verified
                      // at 14:02"
};
// What differs between an earlier check and now: state and weight changes, services that became
// blocked or unblocked (with why, looked up in the snapshot), wave moves, services added or gone.
QList<PlanChange> changesBetween(const QList<PlanItemSeen> &before, const PlanStatus &now,
                                 const Snapshot &snapshot);

// The plan with what the status says written into its items (state, weight, wave, started,
// finished) and lastCheck; finishedAt set when every service is done.
ReleasePlan withStatus(ReleasePlan plan, const PlanStatus &status, EpochMs now);

// What a finished (or open) plan's stored items say about each wave: its services, first start,
// last finish.
QList<PlanWaveStatus> recordedWaves(const ReleasePlan &plan);

// A change a new plan can take: the service's newest version in an earlier environment that the
// target does not run yet.
struct PendingChange
{
    QString service;
    QString version;
    QString currentVersion; // empty: never deployed to the target
    QString fromEnvironment;
    QString commitRange; // "current..candidate" short SHAs; empty when a commit is not known
    QString author; // of the candidate's commit, when the repository scan knows it
    Health pipeline = Health::Unknown;
    bool deployable = true;
    QStringList reasons; // why it is blocked
};
// The changes behind deploy checks for `environment` (what is pending there, or what a plan
// asked for), with the commits between what the environment runs and each candidate.
// authorsBySha: commit SHA → author name, for the candidates' commits (candidateCommits).
QList<PendingChange> pendingChanges(const AnalysisContext &context,
                                    const QList<DeployCheck> &checks, const QString &environment,
                                    const QHash<QString, QString> &authorsBySha);
// Every change pending for the environment (context.blocked).
QList<PendingChange> pendingChanges(const AnalysisContext &context, const QString &environment,
                                    const QHash<QString, QString> &authorsBySha);
// The candidates' commit SHAs of those checks, to look their authors up.
QStringList candidateCommits(const AnalysisContext &context, const QList<DeployCheck> &checks);

// Everything the Plans page shows, computed on a worker and handed over whole.
struct PlanBoard
{
    QList<ReleasePlan> plans; // open ones first (newest first), then finished (newest first)
    QList<PlanStatus> statuses; // one per plan, same order
    QHash<qint64, QList<PlanChange>> sinceLastLook; // by plan id
    QStringList environments; // the workspace's, in promotion order
    QString defaultEnvironment;
    QHash<QString, QList<PendingChange>> pending; // by environment
    QStringList catalogServices; // for adding a service by hand
    EpochMs computedAt = NoTime;
};
using PlanBoardPtr = std::shared_ptr<const PlanBoard>;

QString toWord(PlanItemState state);

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::PlanBoardPtr)
