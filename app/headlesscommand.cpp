#include "headlesscommand.h"

#include "analysis/analysis.h"
#include "application.h"
#include "contracts/contractchecker.h"
#include "discovery/discovery.h"
#include "discovery/repositoryscanner.h"
#include "domain/timeformat.h"
#include "git/gitrepository.h"
#include "itemmodels/discoverytables.h"
#include "osuser.h"
#include "plans/plantracker.h"
#include "report/teamleadmarkdown.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "teamlead/teamleadpdf.h"
#include "workspace/teamleadreporter.h"
#include "workspace/workspaceload.h"
#include "workspace/workspaceparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::CommandLine)
};

QString isoTime(EpochMs at)
{
    return at == NoTime ? QString()
                        : QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject toJson(const DeployCheck &c)
{
    QJsonArray reasons;
    for (const BlockedReason &r : c.reasons) {
        QJsonObject reason {{u"kind"_s, toWord(r.kind)}, {u"sentence"_s, r.sentence}};
        if (!r.otherService.isEmpty())
            reason.insert(u"service"_s, r.otherService);
        reasons.append(reason);
    }
    QJsonObject o {{u"service"_s, c.service},         {u"version"_s, c.version},
                   {u"environment"_s, c.environment}, {u"currentVersion"_s, c.currentVersion},
                   {u"deployable"_s, c.deployable},   {u"reasons"_s, reasons}};
    if (!c.fromEnvironment.isEmpty())
        o.insert(u"fromEnvironment"_s, c.fromEnvironment);
    return o;
}

// A plain text table: columns padded to their widest cell.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    }
}

int triage(const AnalysisContext &context, const CommandLine &command, QTextStream &out)
{
    const TriageResult result = context.triage();
    if (command.json) {
        QJsonArray roots, victims, flaky, independent;
        for (const TriageEntry &e : result.entries) {
            QJsonObject o {{u"service"_s, e.service},
                           {u"since"_s, isoTime(e.redSince)},
                           {u"signals"_s, toJsonArray(e.signals)},
                           {u"reason"_s, e.reason}};
            switch (e.verdict) {
            case Verdict::RootCause:
                o.insert(u"rank"_s, e.rank);
                o.insert(u"blastRadius"_s, e.blastRadius);
                o.insert(u"weightedBlastRadius"_s, e.weightedBlastRadius);
                roots.append(o);
                break;
            case Verdict::Victim:
                o.insert(u"rootCause"_s, e.rootCause);
                o.insert(u"path"_s, toJsonArray(e.path));
                victims.append(o);
                break;
            case Verdict::Flaky:
                flaky.append(o);
                break;
            case Verdict::Independent:
                independent.append(o);
                break;
            }
        }
        out << QJsonDocument(QJsonObject {{u"failing"_s, result.failingCount},
                                          {u"unknown"_s, result.unknownCount},
                                          {u"rootCauses"_s, roots},
                                          {u"victims"_s, victims},
                                          {u"flaky"_s, flaky},
                                          {u"independent"_s, independent}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (result.entries.isEmpty()) {
        out << CliTr::tr("Nothing is failing.") << '\n';
    } else {
        QList<QStringList> rows {
            {CliTr::tr("SERVICE"), CliTr::tr("VERDICT"), CliTr::tr("SINCE"), CliTr::tr("WHY")}};
        for (const TriageEntry &e : result.entries) {
            QString verdict = toWord(e.verdict);
            if (e.verdict == Verdict::RootCause)
                verdict += u" #"_s + QString::number(e.rank);
            rows.append({e.service, verdict, formatLocalTime(e.redSince), e.reason});
        }
        printTable(out, rows);
    }
    if (result.unknownCount > 0)
        out << CliTr::tr("%n service(s) have no status at all; they are not counted as healthy.",
                         nullptr, result.unknownCount)
            << '\n';
    return ExitOk;
}

void printChecks(QTextStream &out, const QList<DeployCheck> &checks)
{
    QList<QStringList> rows {{CliTr::tr("SERVICE"), CliTr::tr("VERSION"), CliTr::tr("NOW"),
                              CliTr::tr("VERDICT"), CliTr::tr("WHY")}};
    for (const DeployCheck &c : checks) {
        const QString verdict = c.deployable ? CliTr::tr("deployable") : CliTr::tr("blocked");
        if (c.reasons.isEmpty()) {
            rows.append({c.service,
                         c.version,
                         c.currentVersion.isEmpty() ? u"-"_s : c.currentVersion,
                         verdict,
                         {}});
            continue;
        }
        for (qsizetype i = 0; i < c.reasons.size(); ++i) {
            rows.append(i == 0
                            ? QStringList {c.service, c.version,
                                           c.currentVersion.isEmpty() ? u"-"_s : c.currentVersion,
                                           verdict, c.reasons.at(i).sentence}
                            : QStringList {{}, {}, {}, {}, c.reasons.at(i).sentence});
        }
    }
    printTable(out, rows);
}

int blocked(const AnalysisContext &context, const QString &environment, const CommandLine &command,
            QTextStream &out)
{
    const QList<DeployCheck> checks = context.blocked(environment);
    if (command.json) {
        QJsonArray changes;
        for (const DeployCheck &c : checks)
            changes.append(toJson(c));
        out << QJsonDocument(QJsonObject {{u"environment"_s, environment}, {u"changes"_s, changes}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (checks.isEmpty()) {
        out << CliTr::tr("Nothing is waiting to go to %1.").arg(environment) << '\n';
        return ExitOk;
    }
    printChecks(out, checks);
    return ExitOk;
}

// A release plan of what `plan` worked out: an item per requested service, with the commits
// between what the environment runs and the candidate when both deployments name one.
ReleasePlan releasePlanOf(const PlanResult &result, const AnalysisContext &context,
                          const QString &name, Store &store)
{
    ReleasePlan plan;
    plan.name = name;
    plan.environment = result.environment;
    plan.createdBy = osUserName();
    plan.createdAt = QDateTime::currentMSecsSinceEpoch();
    const QList<PendingChange> changes
        = pendingChanges(context, result.checks, result.environment,
                         store.commitAuthors(candidateCommits(context, result.checks)));
    for (const PendingChange &change : changes) {
        PlanItem item;
        item.service = change.service;
        item.version = change.version;
        item.currentVersion = change.currentVersion;
        // A version that is no pending change was named on the command line by hand.
        item.manual = change.fromEnvironment.isEmpty();
        item.addedBy = plan.createdBy;
        item.addedAt = plan.createdAt;
        item.commitRange = change.commitRange;
        item.author = change.author;
        for (const PlanWave &w : result.waves) {
            if (w.services.contains(change.service))
                item.wave = w.number;
        }
        plan.items.append(item);
    }
    return plan;
}

int plan(const LoadResult &load, const AnalysisContext &context, const QString &environment,
         const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QStringList unknown;
    const PlanResult result = context.plan(environment, command.commandArguments, &unknown);
    if (!unknown.isEmpty()) {
        err << "signalbox: "
            << CliTr::tr("no such service in the workspace: %1").arg(unknown.join(u", "_s)) << '\n';
        return ExitUnknownService;
    }
    // Saved before anything is printed, so that a refused name leaves stdout empty.
    qint64 savedId = 0;
    if (!command.planName.isEmpty() && !result.checks.isEmpty()) {
        try {
            Store store(load.cachePath);
            if (const auto existing = store.findPlan(command.planName);
                existing && existing->isOpen()) {
                err << "signalbox: "
                    << CliTr::tr("an open release plan is already called %1 (to %2, created by "
                                 "%3); finish it in the window or choose another name")
                           .arg(command.planName, existing->environment, existing->createdBy)
                    << '\n';
                return ExitUsage;
            }
            savedId = store.createPlan(releasePlanOf(result, context, command.planName, store));
        } catch (const StoreError &e) {
            err << "signalbox: " << e.message() << '\n';
            return ExitCannotOpen;
        }
    }
    if (command.json) {
        QJsonArray waves, groups, held;
        for (const PlanWave &w : result.waves)
            waves.append(
                QJsonObject {{u"wave"_s, w.number}, {u"services"_s, toJsonArray(w.services)}});
        for (const DeployGroup &g : result.groups) {
            QJsonArray edges;
            for (const Dependency &d : g.cycleEdges)
                edges.append(QJsonObject {{u"consumer"_s, d.consumer},
                                          {u"provider"_s, d.provider},
                                          {u"kind"_s, toWord(d.kind)}});
            groups.append(
                QJsonObject {{u"services"_s, toJsonArray(g.services)}, {u"edges"_s, edges}});
        }
        for (const DeployCheck &c : result.held)
            held.append(toJson(c));
        QJsonObject json {{u"environment"_s, environment},
                          {u"blocked"_s, result.anyBlocked()},
                          {u"waves"_s, waves},
                          {u"deployTogether"_s, groups},
                          {u"held"_s, held}};
        if (savedId != 0) {
            json.insert(u"planId"_s, savedId);
            json.insert(u"planName"_s, command.planName);
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return result.anyBlocked() ? ExitBlocked : ExitOk;
    }
    if (result.waves.isEmpty() && result.held.isEmpty())
        out << CliTr::tr("Nothing to deploy to %1.").arg(environment) << '\n';
    for (const PlanWave &w : result.waves)
        out << CliTr::tr("Wave %1: %2").arg(w.number).arg(w.services.join(u", "_s)) << '\n';
    for (const DeployGroup &g : result.groups) {
        QStringList edges;
        for (const Dependency &d : g.cycleEdges)
            edges << d.consumer + u" → "_s + d.provider;
        out << CliTr::tr("Deploy together (cycle %1): %2")
                   .arg(edges.join(u", "_s), g.services.join(u", "_s))
            << '\n';
    }
    if (!result.held.isEmpty()) {
        out << '\n' << CliTr::tr("Held back:") << '\n';
        printChecks(out, result.held);
    }
    if (savedId != 0) {
        out << '\n'
            << CliTr::tr("Saved release plan %1 (%n service(s)) to %2.", nullptr,
                         int(result.checks.size()))
                   .arg(command.planName, environment)
            << '\n';
    } else if (!command.planName.isEmpty()) {
        out << CliTr::tr("No release plan saved: it would be empty.") << '\n';
    }
    return result.anyBlocked() ? ExitBlocked : ExitOk;
}

// The words --json uses for an item's state: stable, never translated.
QString jsonWord(PlanItemState state)
{
    switch (state) {
    case PlanItemState::NotStarted:
        break;
    case PlanItemState::Deploying:
        return u"deploying"_s;
    case PlanItemState::Done:
        return u"done"_s;
    case PlanItemState::Failed:
        return u"failed"_s;
    case PlanItemState::RolledBack:
        return u"rolled-back"_s;
    }
    return u"not-started"_s;
}

// Every plan as the Plans page lists it: the open ones checked against the cache first (and
// what moved written to them, as the window would), so a CI job reads where a release stands now.
int plans(const LoadResult &load, const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QList<ReleasePlan> stored;
    try {
        stored = checkPlans(load.cachePath, load.workspace.releasePolicy(),
                            QDateTime::currentMSecsSinceEpoch())
                     .plans;
    } catch (const StoreError &e) {
        err << "signalbox: " << e.message() << '\n';
        return ExitCannotOpen;
    }
    QJsonArray array;
    QList<QStringList> rows {{CliTr::tr("PLAN"), CliTr::tr("ENVIRONMENT"), CliTr::tr("STATE"),
                              CliTr::tr("CREATED BY"), CliTr::tr("CREATED"), CliTr::tr("PROGRESS"),
                              CliTr::tr("FAILED")}};
    for (const ReleasePlan &p : std::as_const(stored)) {
        int done = 0, failed = 0;
        QJsonArray items;
        for (const PlanItem &i : p.items) {
            done += i.state == PlanItemState::Done ? 1 : 0;
            failed
                += i.state == PlanItemState::Failed || i.state == PlanItemState::RolledBack ? 1 : 0;
            items.append(QJsonObject {{u"service"_s, i.service},
                                      {u"version"_s, i.version},
                                      {u"currentVersion"_s, i.currentVersion},
                                      {u"commitRange"_s, i.commitRange},
                                      {u"author"_s, i.author},
                                      {u"manual"_s, i.manual},
                                      {u"state"_s, jsonWord(i.state)},
                                      {u"weight"_s, i.weight < 0 ? QJsonValue() : i.weight},
                                      {u"wave"_s, i.wave}});
        }
        array.append(
            QJsonObject {{u"id"_s, p.id},
                         {u"name"_s, p.name},
                         {u"environment"_s, p.environment},
                         {u"open"_s, p.isOpen()},
                         {u"createdBy"_s, p.createdBy},
                         {u"createdAt"_s, isoTime(p.createdAt)},
                         {u"finishedAt"_s, p.isOpen() ? QJsonValue() : isoTime(p.finishedAt)},
                         {u"services"_s, int(p.items.size())},
                         {u"done"_s, done},
                         {u"failed"_s, failed},
                         {u"items"_s, items}});
        rows.append({p.name, p.environment, p.isOpen() ? CliTr::tr("open") : CliTr::tr("finished"),
                     p.createdBy, formatLocalTime(p.createdAt),
                     CliTr::tr("%1 of %2 done").arg(done).arg(p.items.size()),
                     QString::number(failed)});
    }
    if (command.json)
        out << QJsonDocument(QJsonObject {{u"plans"_s, array}}).toJson(QJsonDocument::Indented);
    else if (stored.isEmpty())
        out << CliTr::tr("No release plans yet: save one with \"signalbox plan --save NAME\".")
            << '\n';
    else
        printTable(out, rows);
    return ExitOk;
}

int impact(const AnalysisContext &context, const QString &environment, const CommandLine &command,
           QTextStream &out, QTextStream &err)
{
    const QString service = command.commandArguments.constFirst();
    if (context.graph().indexOf(service) < 0) {
        err << "signalbox: " << CliTr::tr("no such service in the workspace: %1").arg(service)
            << '\n';
        return ExitUnknownService;
    }
    const ImpactResult result = context.impact(service, environment);
    if (command.json) {
        QJsonArray breaks;
        for (const ImpactResult::Break &b : result.wouldBreak)
            breaks.append(QJsonObject {{u"consumer"_s, b.consumer},
                                       {u"version"_s, b.consumerVersion},
                                       {u"reason"_s, b.sentence}});
        out << QJsonDocument(QJsonObject {{u"service"_s, result.service},
                                          {u"version"_s, result.version},
                                          {u"environment"_s, environment},
                                          {u"providers"_s, toJsonArray(result.providers)},
                                          {u"consumers"_s, toJsonArray(result.consumers)},
                                          {u"wouldBreak"_s, breaks}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << CliTr::tr("%1 needs (%n service(s)): ", nullptr, int(result.providers.size()))
               .arg(service)
        << result.providers.join(u", "_s) << '\n';
    out << CliTr::tr("Needed by (%n service(s)): ", nullptr, int(result.consumers.size()))
        << result.consumers.join(u", "_s) << '\n';
    if (result.wouldBreak.isEmpty()) {
        out << CliTr::tr("Deploying %1 %2 to %3 now breaks no verified contract.")
                   .arg(service, result.version, environment)
            << '\n';
    } else {
        out << CliTr::tr("Deploying %1 %2 to %3 now would break:")
                   .arg(service, result.version, environment)
            << '\n';
        for (const ImpactResult::Break &b : result.wouldBreak)
            out << u"  "_s << b.sentence << '\n';
    }
    return ExitOk;
}

int sync(const LoadResult &load, const CommandLine &command, QTextStream &out, QTextStream &err)
{
    for (const QString &name : command.commandArguments) {
        const bool known
            = std::any_of(load.workspace.sources.cbegin(), load.workspace.sources.cend(),
                          [&](const SourceConfig &c) { return c.name == name; });
        if (!known) {
            QStringList names;
            for (const SourceConfig &c : load.workspace.sources)
                names.append(c.name);
            err << "signalbox: "
                << CliTr::tr("the workspace has no source %1 (it has: %2)")
                       .arg(name, names.join(u", "_s))
                << '\n';
            return ExitUsage;
        }
    }
    SourceSyncOptions options;
    options.ignoreBackoff = true; // asked for by a person or a script: now, not after a backoff
    const QList<SourceSyncOutcome> outcomes = SyncEngine::syncBlocking(
        load.workspace, load.cachePath, command.commandArguments, options);

    bool anyFailed = false;
    QJsonArray sources;
    QList<QStringList> rows {{CliTr::tr("SOURCE"), CliTr::tr("RESULT"), CliTr::tr("ROWS"),
                              CliTr::tr("REQUESTS"), CliTr::tr("NOT MODIFIED"), CliTr::tr("TIME")}};
    for (const SourceSyncOutcome &o : outcomes) {
        anyFailed = anyFailed || !o.ok;
        const IngestCounts &c = o.counts;
        const int rowCount = c.services + c.dependencies + c.runs + c.jobs + c.deployments
            + c.environments + c.rollouts + c.verifications + c.flags + c.incidents;
        for (const Diagnostic &d : o.diagnostics)
            err << d.toString() << '\n';
        if (command.json) {
            QJsonObject counts {{u"runs"_s, c.runs},
                                {u"jobs"_s, c.jobs},
                                {u"deployments"_s, c.deployments},
                                {u"environments"_s, c.environments},
                                {u"services"_s, c.services},
                                {u"dependencies"_s, c.dependencies},
                                {u"rollouts"_s, c.rollouts},
                                {u"verifications"_s, c.verifications},
                                {u"flags"_s, c.flags},
                                {u"incidents"_s, c.incidents}};
            QJsonObject entry {{u"name"_s, o.source},
                               {u"ok"_s, o.ok},
                               {u"unchanged"_s, o.unchanged},
                               {u"rows"_s, counts},
                               {u"requests"_s, o.stats.requests},
                               {u"notModified"_s, o.stats.notModified},
                               {u"retries"_s, o.stats.retries},
                               {u"elapsedMs"_s, qint64(o.elapsedMs)}};
            if (!o.ok)
                entry.insert(u"error"_s, o.error);
            if (o.rateLimitRemaining >= 0)
                entry.insert(u"rateLimitRemaining"_s, o.rateLimitRemaining);
            if (o.nextAttemptAt != NoTime)
                entry.insert(u"nextAttemptAt"_s, isoTime(o.nextAttemptAt));
            sources.append(entry);
        } else {
            const QString result = o.ok
                ? (o.unchanged ? CliTr::tr("unchanged") : CliTr::tr("synced"))
                : CliTr::tr("FAILED");
            rows.append({o.source, result, QString::number(rowCount),
                         QString::number(o.stats.requests), QString::number(o.stats.notModified),
                         CliTr::tr("%1 s").arg(double(o.elapsedMs) / 1000.0, 0, 'f', 1)});
        }
    }
    if (command.json) {
        out << QJsonDocument(
                   QJsonObject {{u"workspace"_s, load.workspace.name}, {u"sources"_s, sources}})
                   .toJson(QJsonDocument::Indented);
    } else {
        printTable(out, rows);
        for (const SourceSyncOutcome &o : outcomes) {
            if (!o.ok)
                out << CliTr::tr("%1: %2").arg(o.source, o.error) << '\n';
        }
    }
    return anyFailed ? ExitSyncFailed : ExitOk;
}

// "services/cart/catalog-info.yaml:12  - component:payments"; the file alone for line 0.
QString evidenceText(const Evidence &e)
{
    if (e.line <= 0)
        return e.path;
    return e.path + u':' + QString::number(e.line) + u"  "_s + e.text;
}

// Needs no workspace: reads the repositories at HEAD and prints what they say about themselves.
int discover(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    for (const QString &path : command.commandArguments) {
        const GitRepository repository(path);
        if (!repository.isValid()) {
            err << "signalbox: " << repository.errorString() << '\n';
            return ExitCannotOpen;
        }
    }
    DiscoveryResult all;
    for (const QString &path : command.commandArguments)
        mergeDiscovery(all, discoverRepository(path));

    if (command.json) {
        out << QJsonDocument(toJson(all)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    QList<QStringList> rows {{CliTr::tr("SERVICE"), CliTr::tr("KIND"), CliTr::tr("OWNER"),
                              CliTr::tr("ORIGIN"), CliTr::tr("EVIDENCE")}};
    for (const DiscoveredService &s : std::as_const(all.services)) {
        rows.append({s.name, toWord(s.kind), s.owner.isEmpty() ? u"-"_s : s.owner, toWord(s.origin),
                     s.evidence.isEmpty() ? QString() : evidenceText(s.evidence.constFirst())});
    }
    // A header without rows reads like a failure; say what was looked for instead.
    if (all.services.isEmpty())
        out << CliTr::tr("No services found: no catalog-info.yaml, compose or Kubernetes files.")
            << '\n';
    else
        printTable(out, rows);
    out << '\n';
    rows = {
        {CliTr::tr("CONSUMER"), CliTr::tr("PROVIDER"), CliTr::tr("KIND"), CliTr::tr("EVIDENCE")}};
    for (const DiscoveredDependency &d : std::as_const(all.dependencies)) {
        for (qsizetype i = 0; i < std::max<qsizetype>(1, d.evidence.size()); ++i) {
            const QString evidence
                = i < d.evidence.size() ? evidenceText(d.evidence.at(i)) : QString();
            rows.append(i == 0 ? QStringList {d.consumer, d.provider, toWord(d.kind), evidence}
                               : QStringList {{}, {}, {}, evidence});
        }
    }
    if (all.dependencies.isEmpty())
        out << CliTr::tr("No dependencies found.") << '\n';
    else
        printTable(out, rows);
    out << '\n';
    rows = {{CliTr::tr("CI FILE"), CliTr::tr("SYSTEM"), CliTr::tr("SERVICES")}};
    for (const DiscoveredPipeline &p : std::as_const(all.pipelines)) {
        rows.append(
            {p.path, toWord(p.system), p.services.isEmpty() ? u"-"_s : p.services.join(u", "_s)});
    }
    if (all.pipelines.isEmpty())
        out << CliTr::tr("No CI definitions found.") << '\n';
    else
        printTable(out, rows);
    if (!all.problems.isEmpty()) {
        out << '\n';
        rows = {{CliTr::tr("PROBLEM"), CliTr::tr("REASON")}};
        for (const ScanProblem &p : std::as_const(all.problems))
            rows.append({p.path.isEmpty() ? p.repository : p.path, p.reason});
        printTable(out, rows);
    }
    return ExitOk;
}

int scan(const LoadResult &load, const CommandLine &command, QTextStream &out, QTextStream &err)
{
    Workspace workspace = load.workspace;
    if (!command.commandArguments.isEmpty()) {
        QStringList names;
        for (const RepositoryConfig &r : std::as_const(workspace.repositories))
            names.append(r.name);
        for (const QString &name : command.commandArguments) {
            if (!names.contains(name)) {
                err << "signalbox: "
                    << CliTr::tr("the workspace has no repository %1 (it has: %2)")
                           .arg(name, names.isEmpty() ? CliTr::tr("none") : names.join(u", "_s))
                    << '\n';
                return ExitUsage;
            }
        }
        workspace.repositories.removeIf(
            [&](const RepositoryConfig &r) { return !command.commandArguments.contains(r.name); });
    }
    if (workspace.repositories.isEmpty()) {
        err << "signalbox: "
            << CliTr::tr("the workspace names no repositories; add a \"repositories:\" list with "
                         "the folders of local clones")
            << '\n';
        return ExitUsage;
    }
    QList<RepositoryScanOutcome> outcomes;
    try {
        Store store(load.cachePath);
        outcomes = scanRepositories(store, workspace);
    } catch (const StoreError &e) {
        err << "signalbox: " << e.message() << '\n';
        return ExitCannotOpen;
    }
    bool anyFailed = false;
    QJsonArray repositories;
    QList<QStringList> rows {{CliTr::tr("REPOSITORY"), CliTr::tr("RESULT"), CliTr::tr("COMMIT"),
                              CliTr::tr("SERVICES"), CliTr::tr("NEW COMMITS"),
                              CliTr::tr("FILES READ"), CliTr::tr("TIME")}};
    for (const RepositoryScanOutcome &o : outcomes) {
        anyFailed = anyFailed || !o.ok;
        if (!o.ok)
            err << "signalbox: " << o.error << '\n';
        for (const ScanProblem &p : o.problems)
            err << o.repository << u'/' << p.path << ": " << p.reason << '\n';
        if (command.json) {
            QJsonObject entry {{u"name"_s, o.repository},
                               {u"ok"_s, o.ok},
                               {u"commit"_s, o.commit},
                               {u"unchanged"_s, o.unchanged},
                               {u"incrementalHistory"_s, o.incrementalHistory},
                               {u"services"_s, o.servicesFound},
                               {u"dependencies"_s, o.dependenciesFound},
                               {u"newCommits"_s, o.newCommits},
                               {u"filesRead"_s, o.filesRead},
                               {u"problems"_s, int(o.problems.size())},
                               {u"elapsedMs"_s, o.elapsedMs}};
            if (!o.ok)
                entry.insert(u"error"_s, o.error);
            repositories.append(entry);
        } else {
            const QString result = o.ok
                ? (o.unchanged ? CliTr::tr("unchanged") : CliTr::tr("scanned"))
                : CliTr::tr("FAILED");
            rows.append({o.repository, result, o.commit.left(12), QString::number(o.servicesFound),
                         QString::number(o.newCommits), QString::number(o.filesRead),
                         CliTr::tr("%1 s").arg(double(o.elapsedMs) / 1000.0, 0, 'f', 2)});
        }
    }
    if (command.json)
        out << QJsonDocument(QJsonObject {{u"repositories"_s, repositories}})
                   .toJson(QJsonDocument::Indented);
    else
        printTable(out, rows);
    return anyFailed ? ExitSyncFailed : ExitOk;
}

// The tables of the Repositories panel as text: the same rows a person sees.
int printDiscoveryTable(const DiscoveryTable &table, QTextStream &out)
{
    QList<QStringList> rows;
    QStringList headers;
    for (const QString &h : table.headers)
        headers.append(h.toUpper());
    rows.append(headers);
    for (const DiscoveryRow &row : table.rows)
        rows.append(row.cells);
    printTable(out, rows);
    return ExitOk;
}

int history(const LoadResult &load, const CommandLine &command, QTextStream &out)
{
    const DiscoveryOverview &overview = *load.discovery;
    if (overview.history.isEmpty() && !command.json) {
        out << CliTr::tr("No history yet: name the repositories in the workspace and run "
                         "\"signalbox scan\".")
            << '\n';
        return ExitOk;
    }
    if (command.json) {
        QJsonArray services;
        for (const ServiceHistoryRow &row : overview.history) {
            const ServiceCommitSummary &c = row.commits;
            QJsonArray changes;
            for (const PipelineChangeOutcome &o : row.pipelineChanges) {
                changes.append(
                    QJsonObject {{u"sha"_s, o.change.sha},
                                 {u"summary"_s, o.change.summary},
                                 {u"changedAt"_s, isoTime(o.changedAt)},
                                 {u"runsWithinADay"_s, o.runsInWindow},
                                 {u"failedRuns"_s, int(o.failedRuns.size())},
                                 {u"failedDeployments"_s, int(o.failedDeployments.size())},
                                 {u"failedRollouts"_s, int(o.failedRollouts.size())},
                                 {u"followedByFailure"_s, o.followedByFailure()},
                                 {u"sentence"_s, describePipelineChangeOutcome(o)}});
            }
            QJsonObject entry {{u"service"_s, c.service},
                               {u"commits"_s, c.commits},
                               {u"authors"_s, c.authors},
                               {u"firstCommit"_s, c.firstSha},
                               {u"firstCommitAt"_s, isoTime(c.firstAt)},
                               {u"lastCommit"_s, c.lastSha},
                               {u"lastCommitAt"_s, isoTime(c.lastAt)},
                               {u"lastAuthor"_s, c.lastAuthor},
                               {u"hasRuns"_s, row.hasRuns},
                               {u"pipelineChanges"_s, changes}};
            if (row.firstGreen && row.firstGreen->hasGreen()) {
                entry.insert(u"firstGreenAt"_s, isoTime(row.firstGreen->greenAt));
                entry.insert(u"firstCommitToFirstGreenMs"_s, row.firstGreen->durationMs);
            }
            services.append(entry);
        }
        out << QJsonDocument(QJsonObject {{u"services"_s, services}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const int status = printDiscoveryTable(historyTable(overview), out);
    // The changes a team lead should look at, one sentence each.
    QStringList findings;
    for (const ServiceHistoryRow &row : overview.history) {
        for (const PipelineChangeOutcome &o : row.pipelineChanges) {
            if (o.followedByFailure())
                findings.append(describePipelineChangeOutcome(o));
        }
    }
    if (!findings.isEmpty()) {
        out << '\n';
        for (const QString &f : std::as_const(findings))
            out << u"- "_s << f << '\n';
    }
    return status;
}

int templates(const LoadResult &load, const CommandLine &command, QTextStream &out)
{
    const DiscoveryOverview &overview = *load.discovery;
    if (overview.templates.isEmpty() && !command.json) {
        out << CliTr::tr("No pipelines known yet: name the repositories in the workspace and run "
                         "\"signalbox scan\".")
            << '\n';
        return ExitOk;
    }
    if (command.json) {
        QJsonArray services;
        for (const ServiceTemplates &t : overview.templates)
            services.append(toJson(t));
        QJsonArray drift;
        for (const TemplateDrift &d : overview.drift.templates) {
            const auto uses = [](const QList<TemplateUse> &list) {
                QJsonArray array;
                for (const TemplateUse &u : list)
                    array.append(
                        QJsonObject {{u"service"_s, u.service}, {u"version"_s, u.version}});
                return array;
            };
            drift.append(QJsonObject {{u"identity"_s, d.identity},
                                      {u"name"_s, d.displayName},
                                      {u"newestVersion"_s, d.newestVersion},
                                      {u"current"_s, uses(d.current)},
                                      {u"behind"_s, uses(d.behind)},
                                      {u"unpinned"_s, uses(d.unpinned)}});
        }
        out << QJsonDocument(
                   QJsonObject {
                       {u"services"_s, services},
                       {u"templates"_s, drift},
                       {u"handRolled"_s, QJsonArray::fromStringList(overview.drift.handRolled)},
                       {u"noPipeline"_s, QJsonArray::fromStringList(overview.drift.noPipeline)},
                       {u"findings"_s, QJsonArray::fromStringList(overview.drift.findings)}})
                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const int status = printDiscoveryTable(templatesTable(overview), out);
    if (!overview.drift.findings.isEmpty()) {
        out << '\n';
        for (const QString &f : overview.drift.findings)
            out << u"- "_s << f << '\n';
    }
    return status;
}

int report(const LoadResult &load, const CommandLine &command, QTextStream &out, QTextStream &err)
{
    TeamLeadRequest request = teamLeadRequestFor(
        load.workspace.name, load.workspace.environments, command.reportDays,
        command.reportUntil >= 0 ? command.reportUntil : QDateTime::currentMSecsSinceEpoch());
    if (!command.environment.isEmpty())
        request.productionEnvironment = command.environment;
    TeamLeadReport report;
    try {
        report = buildTeamLeadReport(load.cachePath, request);
    } catch (const StoreError &e) {
        err << "signalbox: " << e.message() << '\n';
        return ExitCannotOpen;
    }
    if (command.reportFormat == u"pdf") {
        QString error;
        if (!writeTeamLeadPdf(report, command.outputPath, &error)) {
            err << "signalbox: " << error << '\n';
            return ExitCannotOpen;
        }
        return ExitOk;
    }
    const QString markdown = teamLeadMarkdown(report);
    if (command.outputPath.isEmpty()) {
        out << markdown;
        return ExitOk;
    }
    QSaveFile file(command.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 || !file.commit()) {
        err << "signalbox: "
            << CliTr::tr("cannot write %1: %2").arg(command.outputPath, file.errorString()) << '\n';
        return ExitCannotOpen;
    }
    return ExitOk;
}

QString verificationWord(const std::optional<bool> &verified)
{
    if (!verified)
        return CliTr::tr("not verified");
    return *verified ? CliTr::tr("verified") : CliTr::tr("failed");
}

// Asks the broker directly, without the cache: a CI gate wants the broker's verdict of now.
int canIDeploy(const Workspace &workspace, const CommandLine &command, QTextStream &out,
               QTextStream &err)
{
    const QString service = command.commandArguments.constFirst();
    const CanIDeployAnswer answer
        = askCanIDeploy(workspace, service, command.version, command.environment);
    const int code = !answer.error.isEmpty() || !answer.deployable ? ExitUnknown
        : *answer.deployable                                       ? ExitOk
                                                                   : ExitBlocked;
    // Which of the two a 2 is: the broker said it cannot tell, or it could not be asked.
    const QString result = !answer.error.isEmpty() ? u"error"_s
        : !answer.deployable                       ? u"unknown"_s
        : *answer.deployable                       ? u"yes"_s
                                                   : u"no"_s;
    if (!answer.error.isEmpty())
        err << "signalbox: " << answer.error << '\n';
    if (command.json) {
        QJsonArray matrix;
        for (const PactMatrixRow &r : answer.matrix) {
            matrix.append(QJsonObject {
                {u"consumer"_s, r.consumer},
                {u"consumerVersion"_s, r.consumerVersion},
                {u"provider"_s, r.provider},
                {u"providerVersion"_s, r.providerVersion},
                {u"verified"_s, r.verified ? QJsonValue(*r.verified) : QJsonValue()},
                {u"verifiedAt"_s, r.verifiedAt == NoTime ? QJsonValue() : isoTime(r.verifiedAt)},
                {u"url"_s, r.verificationUrl},
                {u"ignored"_s, r.ignored}});
        }
        const QJsonObject json {
            {u"service"_s, service},
            {u"version"_s, command.version},
            {u"environment"_s, command.environment},
            {u"result"_s, result},
            {u"deployable"_s, answer.deployable ? QJsonValue(*answer.deployable) : QJsonValue()},
            {u"reason"_s, answer.reason},
            {u"notices"_s, toJsonArray(answer.notices)},
            {u"error"_s, answer.error},
            {u"matrix"_s, matrix}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return code;
    }
    const QString subject
        = CliTr::tr("%1 %2 to %3").arg(service, command.version, command.environment);
    if (result == u"error")
        out << CliTr::tr("error: the Pact Broker could not be asked about %1").arg(subject) << '\n';
    else if (result == u"unknown")
        out << CliTr::tr("unknown: the Pact Broker cannot tell about %1").arg(subject) << '\n';
    else if (result == u"yes")
        out << CliTr::tr("yes: the Pact Broker allows %1").arg(subject) << '\n';
    else
        out << CliTr::tr("no: the Pact Broker does not allow %1").arg(subject) << '\n';
    if (!answer.reason.isEmpty())
        out << answer.reason << '\n';
    for (const QString &notice : answer.notices)
        out << CliTr::tr("notice: %1").arg(notice) << '\n';
    if (!answer.matrix.isEmpty()) {
        QList<QStringList> rows {{CliTr::tr("CONSUMER"), CliTr::tr("VERSION"),
                                  CliTr::tr("PROVIDER"), CliTr::tr("VERSION"),
                                  CliTr::tr("RESULT")}};
        for (const PactMatrixRow &r : answer.matrix) {
            rows.append({r.consumer, r.consumerVersion, r.provider,
                         r.providerVersion.isEmpty() ? u"-"_s : r.providerVersion,
                         verificationWord(r.verified)});
        }
        out << '\n';
        printTable(out, rows);
    }
    return code;
}

} // namespace

int runHeadlessCommand(const CommandLine &command, const QString &defaultCacheDirectory,
                       QTextStream &out, QTextStream &err)
{
    if (command.command == u"discover")
        return discover(command, out, err);
    QString workspace = command.openDemo ? Application::demoWorkspacePath() : command.workspacePath;
    if (workspace.isEmpty())
        workspace = qEnvironmentVariable("SIGNALBOX_WORKSPACE");
    if (workspace.isEmpty())
        workspace = QSettings().value(u"workspaces/last"_s).toString();
    if (workspace.isEmpty()) {
        err << "signalbox: "
            << CliTr::tr("no workspace: pass --workspace FILE, --demo, or set SIGNALBOX_WORKSPACE.")
            << '\n';
        return ExitCannotOpen;
    }
    if (command.command == u"can-i-deploy") {
        const WorkspaceParseResult parsed = parseWorkspaceFile(workspace);
        for (const Diagnostic &d : parsed.diagnostics)
            err << d.toString() << '\n';
        if (!parsed.readable) {
            err << "signalbox: " << CliTr::tr("cannot open the workspace %1").arg(workspace)
                << '\n';
            return ExitCannotOpen;
        }
        return canIDeploy(parsed.workspace, command, out, err);
    }
    const QString cacheDirectory
        = command.cacheDirectory.isEmpty() ? defaultCacheDirectory : command.cacheDirectory;
    // Analysis commands read the cache and local files; servers are asked by `signalbox sync`
    // only, so that a script's triage never waits on (or spends the rate limit of) an API.
    LoadRequest request {workspace, cacheDirectory, false, NoTime, {}};
    const bool cacheOnly = command.command == u"sync" || command.command == u"scan";
    request.sources = cacheOnly ? LoadRequest::Sources::None : LoadRequest::Sources::LocalOnly;
    const LoadResult load = loadWorkspace(request);
    // Problems go to stderr, so that stdout stays clean for --json.
    for (const Diagnostic &d : load.diagnostics)
        err << d.toString() << '\n';
    if (!load.workspaceReadable) {
        err << "signalbox: " << CliTr::tr("cannot open the workspace %1").arg(workspace) << '\n';
        return ExitCannotOpen;
    }
    if (!load.snapshot) {
        err << "signalbox: " << load.cacheErrorMessage << '\n';
        return ExitCannotOpen;
    }
    if (command.command == u"sync")
        return sync(load, command, out, err);
    if (command.command == u"scan")
        return scan(load, command, out, err);
    if (command.command == u"history")
        return history(load, command, out);
    if (command.command == u"templates")
        return templates(load, command, out);
    if (command.command == u"report")
        return report(load, command, out, err);
    if (command.command == u"plans")
        return plans(load, command, out, err);
    const ReleasePolicy policy = load.workspace.releasePolicy();
    const AnalysisContext context
        = AnalysisContext::build(*load.snapshot, policy, load.snapshot->takenAt);
    const QString environment
        = command.environment.isEmpty() ? context.defaultEnvironment() : command.environment;
    if (command.command != u"triage" && !policy.environments.isEmpty()
        && !policy.environments.contains(environment)) {
        err << "signalbox: "
            << CliTr::tr("unknown environment %1 (the workspace has: %2)")
                   .arg(environment, policy.environments.join(u", "_s))
            << '\n';
        return ExitUsage;
    }
    if (command.command == u"triage")
        return triage(context, command, out);
    if (command.command == u"blocked")
        return blocked(context, environment, command, out);
    if (command.command == u"plan")
        return plan(load, context, environment, command, out, err);
    return impact(context, environment, command, out, err);
}

} // namespace Signalbox
