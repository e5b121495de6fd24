#include "migrations.h"

#include "database.h"
#include "domain/tr.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Signalbox::Migrations {

namespace {

// Version 1: services, dependencies, pipeline runs, deployments and source bookkeeping.
constexpr const char *toVersion1 = R"sql(
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT '',
    last_attempt_at INTEGER,
    last_success_at INTEGER,
    last_error TEXT,
    last_error_at INTEGER
);
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    owner TEXT,
    system TEXT,
    tier INTEGER,
    kind INTEGER NOT NULL DEFAULT 0,
    repository TEXT,
    path_in_repo TEXT,
    default_branch TEXT NOT NULL DEFAULT 'main',
    -- the source whose catalog declares this service; NULL when it is only seen in runs
    catalog_source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
);
CREATE TABLE dependencies (
    consumer_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    provider_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    kind INTEGER NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    evidence TEXT,
    PRIMARY KEY (consumer_id, provider_id, kind, source_id)
) WITHOUT ROWID;
CREATE TABLE pipeline_runs (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    pipeline TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    finished_at INTEGER,
    duration_ms INTEGER,
    commit_sha TEXT,
    branch TEXT,
    url TEXT,
    UNIQUE (source_id, external_id)
);
CREATE INDEX pipeline_runs_by_service ON pipeline_runs (service_id, started_at);
CREATE TABLE deployments (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    version TEXT,
    environment TEXT,
    deployed_at INTEGER,
    status INTEGER NOT NULL DEFAULT 0,
    commit_sha TEXT,
    url TEXT,
    UNIQUE (source_id, external_id)
);
CREATE INDEX deployments_by_service ON deployments (service_id, environment, deployed_at);
)sql";

// Version 2: queue time and attempts on runs (flaky reruns), rollouts with their analysis,
// contract verifications, feature flags, rate limits and sync cursors, and a time index for the
// windowed build statistics.
constexpr const char *toVersion2 = R"sql(
ALTER TABLE pipeline_runs ADD COLUMN queued_ms INTEGER;
ALTER TABLE pipeline_runs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
CREATE INDEX pipeline_runs_by_time ON pipeline_runs (started_at);
ALTER TABLE sources ADD COLUMN rate_limit_remaining INTEGER;
ALTER TABLE sources ADD COLUMN cursor TEXT;
CREATE TABLE rollouts (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    version TEXT,
    strategy INTEGER NOT NULL DEFAULT 0,
    step INTEGER,
    step_count INTEGER,
    weight INTEGER,
    phase INTEGER NOT NULL DEFAULT 0,
    message TEXT,
    updated_at INTEGER,
    UNIQUE (source_id, external_id)
);
CREATE INDEX rollouts_by_service ON rollouts (service_id, updated_at);
CREATE TABLE rollout_analysis (
    rollout_id INTEGER NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,
    metric TEXT NOT NULL,
    phase INTEGER NOT NULL DEFAULT 0,
    value REAL,
    threshold REAL,
    PRIMARY KEY (rollout_id, metric)
) WITHOUT ROWID;
CREATE TABLE contract_verifications (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    consumer_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    consumer_version TEXT,
    provider_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    provider_version TEXT,
    result INTEGER NOT NULL DEFAULT 0,
    verified_at INTEGER,
    url TEXT,
    UNIQUE (source_id, external_id)
);
CREATE INDEX contract_verifications_by_pair ON contract_verifications (consumer_id, provider_id, verified_at);
CREATE TABLE flag_states (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    flag_key TEXT NOT NULL,
    environment TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    service_id INTEGER REFERENCES services(id) ON DELETE SET NULL,
    updated_at INTEGER,
    PRIMARY KEY (source_id, flag_key, environment)
) WITHOUT ROWID;
)sql";

// Version 3: indexes for what the analysis and the details read — the newest verification of an
// exact version pair, a provider's verifications, and the per-source replace and cascade deletes.
constexpr const char *toVersion3 = R"sql(
DROP INDEX contract_verifications_by_pair;
CREATE INDEX contract_verifications_by_versions ON contract_verifications
    (consumer_id, provider_id, consumer_version, provider_version, verified_at);
CREATE INDEX contract_verifications_by_provider ON contract_verifications (provider_id, verified_at);
CREATE INDEX dependencies_by_source ON dependencies (source_id);
CREATE INDEX services_by_catalog_source ON services (catalog_source_id);
)sql";

// Version 4: what network sources need — backoff and rate-limit bookkeeping per source, the HTTP
// validators that make an unchanged refresh cost nothing, jobs of runs, and CI environments.
constexpr const char *toVersion4 = R"sql(
ALTER TABLE sources ADD COLUMN failure_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE sources ADD COLUMN rate_limit_reset_at INTEGER;
CREATE TABLE http_validators (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    PRIMARY KEY (source_id, url)
) WITHOUT ROWID;
CREATE TABLE pipeline_jobs (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES pipeline_runs(id) ON DELETE CASCADE,
    name TEXT,
    stage TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    finished_at INTEGER,
    duration_ms INTEGER,
    queued_ms INTEGER,
    url TEXT,
    UNIQUE (source_id, external_id)
);
CREATE INDEX pipeline_jobs_by_run ON pipeline_jobs (run_id);
CREATE TABLE environments (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    url TEXT,
    updated_at INTEGER,
    UNIQUE (source_id, external_id)
);
)sql";

// Version 5: what the services' git repositories say. Discovered services and edges carry a
// flag until a person confirms them; each repository's last scan (its findings as JSON, so a
// rescan at a newer commit re-reads only the formats whose files changed); and the commits of
// every service, kept by service name because history outlives catalog edits.
constexpr const char *toVersion5 = R"sql(
ALTER TABLE services ADD COLUMN discovered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dependencies ADD COLUMN discovered INTEGER NOT NULL DEFAULT 0;
CREATE TABLE repository_scans (
    name TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    revision TEXT,
    commit_sha TEXT,
    scanned_at INTEGER,
    discovery TEXT,
    history_tip TEXT,
    error TEXT
);
CREATE TABLE git_commits (
    id INTEGER PRIMARY KEY,
    repository TEXT NOT NULL REFERENCES repository_scans(name) ON DELETE CASCADE,
    sha TEXT NOT NULL,
    author_name TEXT,
    author_email TEXT,
    author_time INTEGER,
    committer_time INTEGER,
    summary TEXT,
    parents TEXT,
    UNIQUE (repository, sha)
);
CREATE TABLE service_commits (
    service TEXT NOT NULL,
    commit_id INTEGER NOT NULL REFERENCES git_commits(id) ON DELETE CASCADE,
    pipeline_change INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service, commit_id)
) WITHOUT ROWID;
CREATE INDEX service_commits_by_commit ON service_commits (commit_id);
)sql";

// Version 6: incidents, the third kind of failed change DORA counts. The service is optional (an
// incident nobody filed against a service); the root cause is a commit sha as a person wrote it.
constexpr const char *toVersion6 = R"sql(
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    service_id INTEGER REFERENCES services(id) ON DELETE SET NULL,
    title TEXT,
    created_at INTEGER,
    resolved_at INTEGER,
    root_cause_commit TEXT,
    url TEXT,
    UNIQUE (source_id, external_id)
);
CREATE INDEX incidents_by_time ON incidents (created_at);
CREATE INDEX incidents_by_service ON incidents (service_id, created_at);
)sql";

// Version 7: what team leads decided about the bottleneck checklist. User data, not a source's:
// nothing refers to sources or services, so forgetting a source or sweeping the catalog never
// touches it. Rows are only ever added - a taken-back answer is a row with `cleared` set - so the
// table is the history of every decision.
constexpr const char *toVersion7 = R"sql(
CREATE TABLE checklist_overrides (
    id INTEGER PRIMARY KEY,
    question INTEGER NOT NULL,
    answer INTEGER NOT NULL,
    note TEXT,
    author TEXT,
    decided_at INTEGER,
    cleared INTEGER NOT NULL DEFAULT 0
);
)sql";

// Version 8: what the rollout panel draws. The declared steps, blue-green selectors and Flagger's
// counters, and each metric's condition and measurements, are read only with their rollout and
// never queried, so they are kept as JSON beside it. The history records every change of step,
// weight or phase the store saw, for the progression chart.
constexpr const char *toVersion8 = R"sql(
ALTER TABLE rollouts ADD COLUMN details TEXT;
ALTER TABLE rollout_analysis ADD COLUMN details TEXT;
CREATE TABLE rollout_history (
    rollout_id INTEGER NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    step INTEGER,
    weight INTEGER,
    phase INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (rollout_id, at)
) WITHOUT ROWID;
)sql";

// Version 9: release plans. User data like the checklist decisions: services are named, never
// referred to by row id, so a plan outlives a service leaving the catalog, a source being removed
// and a rebuilt cache (which carries the plans over). The checks a plan last saw are read only
// with it, so they are kept as JSON beside it. A new plan names the author of each pending
// change's commit, found by SHA (or its prefix) across every repository.
constexpr const char *toVersion9 = R"sql(
CREATE TABLE release_plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    environment TEXT NOT NULL,
    created_at INTEGER,
    created_by TEXT,
    finished_at INTEGER,
    last_check TEXT,
    last_looked_at INTEGER,
    last_look TEXT
);
CREATE TABLE plan_items (
    plan_id INTEGER NOT NULL REFERENCES release_plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    service TEXT NOT NULL,
    version TEXT,
    current_version TEXT,
    commit_range TEXT,
    author TEXT,
    manual INTEGER NOT NULL DEFAULT 0,
    added_by TEXT,
    added_at INTEGER,
    state INTEGER NOT NULL DEFAULT 0,
    weight INTEGER,
    wave INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    finished_at INTEGER,
    PRIMARY KEY (plan_id, service)
) WITHOUT ROWID;
CREATE TABLE plan_notes (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES release_plans(id) ON DELETE CASCADE,
    at INTEGER,
    author TEXT,
    service TEXT,
    kind INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL
);
CREATE INDEX plan_notes_by_plan ON plan_notes (plan_id, at);
CREATE TABLE plan_events (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES release_plans(id) ON DELETE CASCADE,
    at INTEGER,
    service TEXT,
    text TEXT NOT NULL,
    author TEXT
);
CREATE INDEX plan_events_by_plan ON plan_events (plan_id, at);
CREATE INDEX git_commits_by_sha ON git_commits (sha);
)sql";

constexpr const char *steps[] = {toVersion1, toVersion2, toVersion3, toVersion4, toVersion5,
                                 toVersion6, toVersion7, toVersion8, toVersion9};
static_assert(std::size(steps) == CurrentVersion, "one migration step per schema version");

} // namespace

void upgrade(Database &db)
{
    // The version is read inside each step's write transaction: two connections opening the same
    // new file at once (the window and a headless command, say) must not both run a step.
    for (;;) {
        Transaction transaction(db);
        const int version = db.userVersion();
        if (version > CurrentVersion) {
            throw StoreError(StoreError::Kind::NewerSchema, db.path(),
                             ModelsTr::tr("schema version %1, this build knows up to %2")
                                 .arg(QString::number(version), QString::number(CurrentVersion)));
        }
        if (version == CurrentVersion)
            return;
        qCInfo(lcStore) << "migrating" << db.path() << "from schema" << version << "to"
                        << version + 1;
        db.exec(steps[version]);
        db.setUserVersion(version + 1);
        transaction.commit();
    }
}

} // namespace Signalbox::Migrations
