#pragma once

#include "analysis/checklist.h"
#include "analysis/teamleadreport.h"
#include "database.h"
#include "domain/history.h"
#include "domain/releaseplan.h"
#include "domain/repositoryscan.h"
#include "ingestbatch.h"
#include "snapshot.h"

#include <QHash>

#include <optional>

namespace Signalbox {

// The local cache: one SQLite file per workspace. Opening it creates or migrates the schema
// (read-write) or only checks it (read-only). All methods throw StoreError.
//
//     Store store(path);                    // migrates; refuses a newer schema untouched
//     store.ingest(batch);                  // one transaction, idempotent
//     SnapshotPtr snapshot = store.readSnapshot();
//
// A Store is used from one thread. Readers on other threads open their own Store in ReadOnly
// mode; WAL lets them read while a writer writes.
class Store
{
public:
    explicit Store(const QString &path, Database::Mode mode = Database::Mode::ReadWrite);

    QString path() const { return m_db.path(); }
    int schemaVersion();

    // With success, the source's sync bookkeeping (cursor, validators, rate limit) is written in
    // the same transaction as its data.
    IngestCounts ingest(const IngestBatch &batch, const SyncSuccess *success = nullptr);

    SnapshotPtr readSnapshot();
    ServiceDetails readServiceDetails(const QString &serviceName, int limit = 50);
    QList<BuildStats> buildStats(EpochMs since);

    SourceHealth sourceHealth(const QString &source);
    void recordSyncAttempt(const QString &source, const QString &kind, EpochMs at);
    void recordSyncSuccess(const QString &source, const SyncSuccess &success);
    // Keeps the source's remembered HTTP validators.
    void recordSyncSuccess(const QString &source, EpochMs at, const QString &cursor,
                           int rateLimitRemaining = -1);
    // Counts the failure; nextAttemptAt is the backoff the caller chose.
    void recordSyncFailure(const QString &source, EpochMs at, const QString &error,
                           EpochMs nextAttemptAt = NoTime, int rateLimitRemaining = -1,
                           EpochMs rateLimitResetAt = NoTime);
    HttpValidators httpValidators(const QString &source);
    // Whether the source brought a run with that id.
    bool hasRun(const QString &source, const QString &runExternalId);
    // runExternalId empty: every job of the source
    QList<PipelineJob> readJobs(const QString &source, const QString &runExternalId = {});
    QList<DeployEnvironment> readEnvironments(const QString &source);

    // Each repository's last scan, by name.
    QList<RepositoryScan> readRepositoryScans();
    std::optional<RepositoryScan> readRepositoryScan(const QString &repository);
    // Writes a scan and the commits it walked in one transaction. replaceHistory: the commits
    // replace every commit kept for the repository (a full walk, e.g. after a force push); else
    // they are added to them (an incremental walk from the previous tip).
    void writeRepositoryScan(const RepositoryScan &scan, const QList<ScannedCommit> &commits,
                             bool replaceHistory);
    // Records why a scan failed, keeping what the previous scan found.
    void recordRepositoryScanError(const QString &repository, const QString &path,
                                   const QString &error, EpochMs at);
    // Removes repositories no longer named in the workspace, with their history.
    void forgetRepositoriesExcept(const QStringList &keep);
    // Commits per service, newest first; an empty service: every service's.
    // repositories: only commits of these (by name); empty: of every repository.
    QList<ServiceCommit> readServiceCommits(const QString &service = {}, EpochMs since = NoTime,
                                            bool pipelineChangesOnly = false,
                                            const QStringList &repositories = {});
    // Per service with commits, by name: how many, by how many people, the first and the last.
    QList<ServiceCommitSummary> readCommitSummaries(const QStringList &repositories = {});
    // A service's runs started, deployments deployed and rollouts updated in (from, to].
    // At most `limit` of each, oldest first; a negative limit: all.
    ServiceActivity readActivity(const QString &service, EpochMs from, EpochMs to, int limit = -1);
    // Every deployment (deployed after `from`) and rollout (updated after it) of the services, by
    // service, oldest first; runs are left out. What plan checks read.
    QHash<QString, ServiceActivity> readDeploymentActivity(const QStringList &services,
                                                           EpochMs from);
    // The service's first successful run finishing (or, unfinished, starting) at or after `from`.
    std::optional<PipelineRun> firstSucceededRun(const QString &service, EpochMs from);

    // Everything the team-lead report reads, in one read transaction, for the window [from, to):
    //  - services and dependencies as readSnapshot gives them (every service, by name; an edge
    //    two sources declare is one edge);
    //  - runs whose start (or, not started, finish) is in [from - 1 day, to), the checklist
    //    looking a day past a pipeline change: by start, then the unstarted ones by finish; their
    //    jobs, in the same run order, then by row;
    //  - every deployment with deployedAt <= now, oldest first: DORA needs the previous successful
    //    one before the window. The url is filled only from from - 1 day on, where evidence is
    //    drawn from; older ones only anchor lead times;
    //  - verifications and rollouts (with their analysis) in [from - 1 day, to), oldest first;
    //  - service commits with committer time <= now (or unknown), newest first, as
    //    readServiceCommits gives them;
    //  - every checklist override, oldest first;
    //  - every incident created at or before now, oldest first.
    // workspaceName is left empty for the caller.
    TeamLeadInput readTeamLeadInput(EpochMs from, EpochMs to, EpochMs now);

    // Team leads' checklist decisions, user data: kept whatever happens to sources and the
    // catalog. Every decision is added, none replaced; taking one back is adding one with
    // `cleared` set.
    void addChecklistOverride(const ChecklistOverride &decision);
    // Every decision ever made, oldest first (by decidedAt, then as added).
    QList<ChecklistOverride> readChecklistOverrides();

    // What people decided and planned (checklist overrides, release plans with their notes and
    // logs), read from another cache file (one set aside by a rebuild) and added to this one in
    // one transaction: a rebuilt cache keeps them even when the rest of the old file is beyond
    // use. Returns how many decisions and plans were carried over; a file from before they
    // existed has none. Throws StoreError when the old file cannot be read.
    int carryOverUserData(const QString &previousPath);

    // Release plans: user data, like the checklist decisions. Every write is one transaction;
    // edits by a person also append a line to the plan's log (PlanEvent, with `author`).
    // Returns the new plan's id; its items and notes are written with it.
    qint64 createPlan(const ReleasePlan &plan);
    // Every plan, whole: items (as added), notes and events (oldest first), the last check and
    // look. Open plans first (newest first), then finished ones (newest first).
    QList<ReleasePlan> readPlans();
    std::optional<ReleasePlan> readPlan(qint64 id);
    // The newest plan with that name, open ones before finished ones.
    std::optional<ReleasePlan> findPlan(const QString &name);
    // Adds (or, when the service is in the plan already, replaces) an item.
    void addPlanItem(qint64 planId, const PlanItem &item, const QString &author, EpochMs at);
    void removePlanItem(qint64 planId, const QString &service, const QString &author, EpochMs at);
    // Returns the note's id.
    qint64 addPlanNote(qint64 planId, const PlanNote &note);
    // Only undo removes a note (within the session that added it); the log keeps that it did.
    void removePlanNote(qint64 planId, qint64 noteId, const QString &author, EpochMs at);
    // What a tracker check found: the items' tracked fields (state, weight, wave, started,
    // finished), lastCheck, finishedAt, and the log lines, in one transaction. Items the plan no
    // longer has are left alone (a person removed them meanwhile).
    void writePlanCheck(const ReleasePlan &plan, const QList<PlanEvent> &events);
    void recordPlanLook(qint64 planId, EpochMs at, const QList<PlanItemSeen> &seen);
    // Finishes (at != NoTime) or reopens (NoTime) a plan by hand.
    void setPlanFinished(qint64 planId, EpochMs at, const QString &author);
    // The author of each commit the repository scans know, by SHA (a prefix of at least 7
    // characters finds the full one); unknown ones are left out.
    QHash<QString, QString> commitAuthors(const QStringList &shas);

    // Incidents created in [from, to), oldest first; NoTime leaves that end open. An incident
    // without a creation time is read only when both ends are open.
    QList<Incident> readIncidents(EpochMs from = NoTime, EpochMs to = NoTime);

    // Removes sources no longer named in the workspace, with everything they brought in.
    void forgetSourcesExcept(const QStringList &keep);

    // Runs SQLite's own consistency check; returns the problems it lists, empty when sound.
    QStringList integrityProblems();

    Database &database() { return m_db; }

private:
    // Throws NewerSchema, having written nothing, for a database from a newer Signalbox.
    static void checkNotNewer(const QString &path);
    qint64 sourceId(const QString &name, const QString &kind);
    qint64 serviceId(const QString &name);
    void writeSyncSuccess(qint64 sourceRowId, const SyncSuccess &success);
    void readContracts(ServiceDetails &details, qint64 serviceId, int versionLimit);
    // Inside carryOverUserData's transaction.
    int carryOverPlans(Database &previous);

    Database m_db;
    QHash<QString, qint64> m_serviceIds;
    QHash<QString, qint64> m_sourceIds;
};

} // namespace Signalbox
