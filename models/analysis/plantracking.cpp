#include "plantracking.h"

#include "domain/timeformat.h"
#include "domain/tr.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// A release manager reads plan times against a clock on the wall, the same day.
QString clock(EpochMs at)
{
    return QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(u"HH:mm"_s);
}

bool isUnhealthy(PlanItemState state)
{
    return state == PlanItemState::Failed || state == PlanItemState::RolledBack;
}

QString reasonKey(const BlockedReason &reason)
{
    return toWord(reason.kind) + u'|' + reason.otherService;
}

// The part of a sentence after a translated "Label: %1" prefix, so a change can reuse the state's
// detail ("orders rolled back: <detail>") in any language.
QString detailAfter(const QString &sentence, const QString &pattern)
{
    const qsizetype at = pattern.indexOf(u"%1"_s);
    const QString prefix = at < 0 ? QString() : pattern.left(at);
    return !prefix.isEmpty() && sentence.startsWith(prefix) ? sentence.mid(prefix.size())
                                                            : sentence;
}

QString rolledBackPattern()
{
    return ModelsTr::tr("Rolled back: %1");
}

QString failedPattern()
{
    return ModelsTr::tr("Failed: %1");
}

// Where one item stands, worked out from the evidence in time order.
struct ItemTrack
{
    PlanItemState state = PlanItemState::NotStarted;
    int weight = -1;
    QString sentence;
    EpochMs startedAt = NoTime;
    EpochMs finishedAt = NoTime;

    void start(EpochMs at)
    {
        if (startedAt == NoTime || (at != NoTime && at < startedAt))
            startedAt = at;
    }
    void finish(PlanItemState to, EpochMs at)
    {
        state = to;
        start(at);
        finishedAt = at;
    }
};

struct Evidence
{
    EpochMs at = NoTime;
    const Deployment *deployment = nullptr;
    const Rollout *rollout = nullptr;
};

ItemTrack trackItem(const ReleasePlan &plan, const PlanItem &item, const Deployment *current,
                    const ServiceActivity &activity)
{
    ItemTrack track;
    const QString &env = plan.environment;
    const bool runsVersion = current && current->version == item.version
        && current->status == DeploymentStatus::Succeeded;
    // Already there when the plan was made: nothing to do for it.
    if (runsVersion && current->deployedAt <= plan.createdAt) {
        track.finish(PlanItemState::Done, plan.createdAt);
        track.sentence
            = ModelsTr::tr("Done: %1 already ran %2 when the plan was made").arg(env, item.version);
    }

    QList<Evidence> evidence;
    for (const Deployment &d : activity.deployments) {
        if (d.environment == env)
            evidence.append({d.deployedAt, &d, nullptr});
    }
    for (const Rollout &r : activity.rollouts) {
        if (r.version == item.version && r.updatedAt >= plan.createdAt)
            evidence.append({r.updatedAt, nullptr, &r});
    }
    std::stable_sort(evidence.begin(), evidence.end(),
                     [](const Evidence &a, const Evidence &b) { return a.at < b.at; });

    for (const Evidence &e : std::as_const(evidence)) {
        if (const Deployment *d = e.deployment) {
            if (d->version != item.version) {
                // The environment back on another version after this one went out.
                if (d->status == DeploymentStatus::Succeeded
                    && (track.state == PlanItemState::Done
                        || track.state == PlanItemState::Deploying)) {
                    track.finish(PlanItemState::RolledBack, d->deployedAt);
                    track.weight = -1;
                    track.sentence
                        = rolledBackPattern().arg(ModelsTr::tr("%1 runs %2 again since %3")
                                                      .arg(env, d->version, clock(d->deployedAt)));
                }
                continue;
            }
            switch (d->status) {
            case DeploymentStatus::Pending:
            case DeploymentStatus::InProgress:
                track.state = PlanItemState::Deploying;
                track.start(d->deployedAt);
                track.finishedAt = NoTime;
                track.sentence = ModelsTr::tr("Deploying: deployment %1 of %2 started at %3")
                                     .arg(d->externalId, item.version, clock(d->deployedAt));
                break;
            case DeploymentStatus::Succeeded:
                track.finish(PlanItemState::Done, d->deployedAt);
                track.weight = -1;
                track.sentence = ModelsTr::tr("Done: %1 runs %2 since %3")
                                     .arg(env, item.version, clock(d->deployedAt));
                break;
            case DeploymentStatus::Failed:
                track.finish(PlanItemState::Failed, d->deployedAt);
                track.weight = -1;
                track.sentence = failedPattern().arg(ModelsTr::tr("deployment %1 failed at %2")
                                                         .arg(d->externalId, clock(d->deployedAt)));
                break;
            case DeploymentStatus::RolledBack:
                track.finish(PlanItemState::RolledBack, d->deployedAt);
                track.weight = -1;
                track.sentence
                    = rolledBackPattern().arg(ModelsTr::tr("deployment %1 was rolled back at %2")
                                                  .arg(d->externalId, clock(d->deployedAt)));
                break;
            case DeploymentStatus::Unknown:
            case DeploymentStatus::Inactive:
                break; // says nothing about whether this version runs
            }
            continue;
        }
        const Rollout &r = *e.rollout;
        switch (r.phase) {
        case RolloutPhase::Progressing:
        case RolloutPhase::Paused:
            track.state = PlanItemState::Deploying;
            track.start(r.updatedAt);
            track.finishedAt = NoTime;
            track.weight = r.weight;
            if (r.weight < 0)
                track.sentence = ModelsTr::tr("Rolling out %1").arg(item.version);
            else if (r.phase == RolloutPhase::Paused)
                track.sentence = ModelsTr::tr("Paused: %1 % of traffic on %2")
                                     .arg(QString::number(r.weight), item.version);
            else
                track.sentence = ModelsTr::tr("Rolling out: %1 % of traffic on %2")
                                     .arg(QString::number(r.weight), item.version);
            break;
        case RolloutPhase::Healthy:
            track.finish(PlanItemState::Done, r.updatedAt);
            track.weight = r.weight;
            track.sentence = ModelsTr::tr("Done: the rollout of %1 is healthy since %2")
                                 .arg(item.version, clock(r.updatedAt));
            break;
        case RolloutPhase::Aborted:
        case RolloutPhase::Degraded:
            track.finish(PlanItemState::RolledBack, r.updatedAt);
            track.weight = r.weight;
            track.sentence = rolledBackPattern().arg(
                r.message.isEmpty() ? ModelsTr::tr("the rollout of %1 is %2")
                                          .arg(item.version, displayName(r.phase).toLower())
                                    : r.message);
            break;
        case RolloutPhase::Unknown:
            break;
        }
    }

    // The activity may not reach back far enough; the context still knows what runs there.
    if (track.state == PlanItemState::NotStarted && runsVersion) {
        track.finish(PlanItemState::Done, current->deployedAt);
        track.sentence = ModelsTr::tr("Done: %1 runs %2 since %3")
                             .arg(env, item.version, clock(current->deployedAt));
    }
    if (track.state == PlanItemState::NotStarted)
        track.sentence = ModelsTr::tr("Not started");
    return track;
}

const Deployment *deploymentIn(const AnalysisContext::Facts &facts, const QString &environment)
{
    for (const Deployment &d : facts.deployments) {
        if (d.environment == environment)
            return &d;
    }
    return nullptr;
}

QString blockedExplanation(const QString &service, const QString &key, const QString &oldSentence,
                           const QString &environment, const Snapshot &snapshot)
{
    const QString kind = key.section(u'|', 0, 0);
    const QString other = key.section(u'|', 1);
    const auto generic = [&oldSentence] {
        return ModelsTr::tr("no longer: %1").arg(oldSentence);
    };
    const auto runsNow = [&]() -> QString {
        const ServiceState *state = snapshot.find(other);
        if (!state)
            return {};
        for (const Deployment &d : state->latestDeployments) {
            if (d.environment == environment && d.status == DeploymentStatus::Succeeded)
                return ModelsTr::tr("%1 %2 now runs in %3").arg(other, d.version, environment);
        }
        return {};
    };
    if (kind == toWord(BlockedReason::Kind::ContractUnverified)
        || kind == toWord(BlockedReason::Kind::ContractFailing)
        || kind == toWord(BlockedReason::Kind::ProviderNotDeployed)) {
        const ContractVerification *newest = nullptr;
        for (const ContractVerification &v : snapshot.verifications) {
            const bool pair = (v.consumer == service && v.provider == other)
                || (v.consumer == other && v.provider == service);
            if (pair && v.result == VerificationResult::Success && v.verifiedAt != NoTime
                && (!newest || v.verifiedAt > newest->verifiedAt))
                newest = &v;
        }
        if (kind == toWord(BlockedReason::Kind::ProviderNotDeployed)) {
            if (const QString deployed = runsNow(); !deployed.isEmpty())
                return deployed;
        }
        if (newest)
            return ModelsTr::tr("its contract with %1 was verified at %2")
                .arg(other, clock(newest->verifiedAt));
        return generic();
    }
    if (kind == toWord(BlockedReason::Kind::PipelineRed)) {
        const ServiceState *state = snapshot.find(service);
        if (state && state->lastRun && state->lastRun->status == RunStatus::Succeeded) {
            const EpochMs at = state->lastRun->finishedAt != NoTime ? state->lastRun->finishedAt
                                                                    : state->lastRun->startedAt;
            return ModelsTr::tr("its pipeline went green at %1").arg(clock(at));
        }
        return generic();
    }
    if (kind == toWord(BlockedReason::Kind::Freeze))
        return ModelsTr::tr("the freeze on %1 ended").arg(environment);
    if (kind == toWord(BlockedReason::Kind::WaitingForProvider)
        || kind == toWord(BlockedReason::Kind::Cycle)) {
        if (const QString deployed = runsNow(); !deployed.isEmpty())
            return deployed;
    }
    return generic();
}

} // namespace

const PlanItemStatus *PlanStatus::item(const QString &service) const
{
    for (const PlanItemStatus &i : items) {
        if (i.service == service)
            return &i;
    }
    return nullptr;
}

QString toWord(PlanItemState state)
{
    switch (state) {
    case PlanItemState::NotStarted:
        break;
    case PlanItemState::Deploying:
        return ModelsTr::tr("deploying");
    case PlanItemState::Done:
        return ModelsTr::tr("done");
    case PlanItemState::Failed:
        return ModelsTr::tr("failed");
    case PlanItemState::RolledBack:
        return ModelsTr::tr("rolled back");
    }
    return ModelsTr::tr("not started");
}

PlanStatus trackPlan(const ReleasePlan &plan, const AnalysisContext &context,
                     const PlanActivity &activity, EpochMs now)
{
    Q_UNUSED(now) // the context was built for the same moment: freezes are judged there
    PlanStatus status;
    status.planId = plan.id;
    status.environment = plan.environment;
    const DependencyGraph &graph = context.graph();

    QStringList inCatalog;
    for (const PlanItem &item : plan.items) {
        if (graph.indexOf(item.service) >= 0)
            inCatalog.append(item.service);
    }
    // Waves from the dependencies alone, so they stay put while services get blocked or done.
    const PlanResult leveled = context.planWaves(inCatalog);
    QHash<QString, int> waveOf;
    for (const PlanWave &wave : leveled.waves) {
        for (const QString &service : wave.services)
            waveOf.insert(service, wave.number);
    }
    status.groups = leveled.groups;

    for (const PlanItem &item : plan.items) {
        PlanItemStatus s;
        s.service = item.service;
        s.version = item.version;
        const int node = graph.indexOf(item.service);
        if (node < 0) {
            s.inCatalog = false;
            s.currentVersion = item.currentVersion;
            s.state = item.state;
            s.weight = item.weight;
            s.startedAt = item.startedAt;
            s.finishedAt = item.finishedAt;
            s.stateSentence = ModelsTr::tr("%1 left the catalog; last recorded: %2")
                                  .arg(item.service, toWord(item.state));
            status.items.append(s);
            continue;
        }
        const AnalysisContext::Facts &facts = context.facts(node);
        s.owner = facts.owner;
        s.tier = facts.tier;
        const Deployment *current = deploymentIn(facts, plan.environment);
        s.currentVersion = current ? current->version : QString();
        s.wave = waveOf.value(item.service);
        const ItemTrack track
            = trackItem(plan, item, current, activity.value(item.service, ServiceActivity {}));
        s.state = track.state;
        s.weight = track.weight;
        s.stateSentence = track.sentence;
        s.startedAt = track.startedAt;
        s.finishedAt = track.finishedAt;
        // A rollout only tells its latest moment: keep the start the tracker recorded before.
        if (s.state != PlanItemState::NotStarted && item.startedAt != NoTime
            && item.state != PlanItemState::NotStarted
            && (s.startedAt == NoTime || item.startedAt < s.startedAt))
            s.startedAt = item.startedAt;
        status.items.append(s);
    }

    // Whether what is left may go: only services that have not gone out yet are checked, so a done
    // provider is met at the version it runs now.
    QStringList requests;
    for (const PlanItemStatus &s : std::as_const(status.items)) {
        if (s.inCatalog && s.state != PlanItemState::Done && s.state != PlanItemState::Deploying)
            requests.append(s.service + u'@' + s.version);
    }
    if (!requests.isEmpty()) {
        QStringList unknown;
        const PlanResult checked = context.plan(plan.environment, requests, &unknown);
        QSet<QString> done;
        for (const PlanItemStatus &s : std::as_const(status.items)) {
            if (s.state == PlanItemState::Done)
                done.insert(s.service);
        }
        for (const DeployCheck &check : checked.checks) {
            for (PlanItemStatus &s : status.items) {
                if (s.service != check.service)
                    continue;
                for (const BlockedReason &reason : check.reasons) {
                    // A cycle member that already shipped is not waiting to ship together.
                    if (reason.kind == BlockedReason::Kind::Cycle
                        && done.contains(reason.otherService))
                        continue;
                    s.reasons.append(reason);
                }
                s.blocked = !s.reasons.isEmpty();
            }
        }
    }

    // What a failed or rolled-back service now holds up: its consumers in the plan first.
    QSet<QString> planServices;
    for (const PlanItemStatus &s : std::as_const(status.items))
        planServices.insert(s.service);
    for (PlanItemStatus &s : status.items) {
        if (!s.inCatalog || !isUnhealthy(s.state))
            continue;
        QStringList inPlan;
        QStringList others;
        for (int consumer : graph.transitiveConsumers(graph.indexOf(s.service))) {
            const QString &name = graph.name(consumer);
            (planServices.contains(name) ? inPlan : others).append(name);
        }
        inPlan.sort();
        others.sort();
        s.blocksConsumers = inPlan + others;
    }

    for (const PlanItemStatus &s : std::as_const(status.items)) {
        if (s.state == PlanItemState::Done)
            ++status.doneCount;
        if (isUnhealthy(s.state))
            ++status.failedCount;
        if (s.blocked)
            ++status.blockedCount;
    }

    // Wave states, in order: a wave is released only when every earlier one is done, and held as
    // soon as an earlier one (or itself) is not healthy.
    int firstUnhealthyWave = 0;
    QStringList unhealthy; // "orders rolled back", in the first unhealthy wave
    int firstUnfinishedWave = 0;
    for (const PlanWave &planned : leveled.waves) {
        PlanWaveStatus wave;
        wave.number = planned.number;
        wave.services = planned.services;
        bool allDone = true;
        bool anyStarted = false;
        QStringList failedHere;
        EpochMs lastFinish = NoTime;
        for (const QString &service : planned.services) {
            const PlanItemStatus *s = status.item(service);
            if (s->state != PlanItemState::Done)
                allDone = false;
            if (s->state != PlanItemState::NotStarted)
                anyStarted = true;
            if (s->startedAt != NoTime
                && (wave.startedAt == NoTime || s->startedAt < wave.startedAt))
                wave.startedAt = s->startedAt;
            lastFinish = std::max(lastFinish, s->finishedAt);
            if (s->state == PlanItemState::Failed)
                failedHere.append(ModelsTr::tr("%1 failed").arg(service));
            else if (s->state == PlanItemState::RolledBack)
                failedHere.append(ModelsTr::tr("%1 rolled back").arg(service));
        }
        if (firstUnhealthyWave == 0 && !failedHere.isEmpty()) {
            firstUnhealthyWave = wave.number;
            unhealthy = failedHere;
        }
        if (allDone) {
            wave.state = PlanWaveStatus::State::Done;
            wave.finishedAt = lastFinish;
            wave.sentence = ModelsTr::tr("Done at %1").arg(clock(lastFinish));
        } else if (firstUnhealthyWave != 0) {
            wave.state = PlanWaveStatus::State::Held;
            wave.sentence = ModelsTr::tr("Held: wave %1 is not healthy (%2)")
                                .arg(QString::number(firstUnhealthyWave), unhealthy.join(u", "_s));
        } else if (anyStarted) {
            int done = 0;
            for (const QString &service : planned.services)
                done += status.item(service)->state == PlanItemState::Done ? 1 : 0;
            wave.state = PlanWaveStatus::State::InProgress;
            wave.sentence = ModelsTr::tr("In progress: %1 of %2 done")
                                .arg(QString::number(done), QString::number(wave.services.size()));
        } else if (firstUnfinishedWave == 0) {
            wave.state = PlanWaveStatus::State::Released;
            wave.sentence = wave.number == 1
                ? ModelsTr::tr("Released: nothing has to go before it")
                : ModelsTr::tr("Released: wave %1 is done").arg(QString::number(wave.number - 1));
        } else {
            wave.state = PlanWaveStatus::State::Waiting;
            wave.sentence
                = ModelsTr::tr("Waiting for wave %1").arg(QString::number(firstUnfinishedWave));
        }
        if (!allDone && firstUnfinishedWave == 0)
            firstUnfinishedWave = wave.number;
        status.waves.append(wave);
    }
    return status;
}

QList<PlanItemSeen> seenOf(const PlanStatus &status)
{
    QList<PlanItemSeen> seen;
    seen.reserve(status.items.size());
    for (const PlanItemStatus &s : status.items) {
        PlanItemSeen one;
        one.service = s.service;
        one.state = s.state;
        one.weight = s.weight;
        one.wave = s.wave;
        one.blocked = s.blocked;
        for (const BlockedReason &reason : s.reasons) {
            one.reasons.append(reason.sentence);
            one.reasonKeys.append(reasonKey(reason));
        }
        seen.append(one);
    }
    return seen;
}

QList<PlanChange> changesBetween(const QList<PlanItemSeen> &before, const PlanStatus &now,
                                 const Snapshot &snapshot)
{
    QList<PlanChange> changes;
    if (before.isEmpty())
        return changes; // never checked: nothing to compare with
    QHash<QString, const PlanItemSeen *> earlier;
    for (const PlanItemSeen &seen : before)
        earlier.insert(seen.service, &seen);
    const auto add = [&changes](const QString &service, const QString &sentence) {
        changes.append({service, sentence});
    };

    for (const PlanItemStatus &s : now.items) {
        const PlanItemSeen *was = earlier.value(s.service);
        if (!was) {
            add(s.service, ModelsTr::tr("%1 joined the plan").arg(s.service));
            continue;
        }
        if (was->state != s.state) {
            switch (s.state) {
            case PlanItemState::Done:
                add(s.service, ModelsTr::tr("%1 is done").arg(s.service));
                break;
            case PlanItemState::RolledBack:
                add(s.service,
                    ModelsTr::tr("%1 rolled back: %2")
                        .arg(s.service, detailAfter(s.stateSentence, rolledBackPattern())));
                break;
            case PlanItemState::Failed:
                add(s.service,
                    ModelsTr::tr("%1 failed: %2")
                        .arg(s.service, detailAfter(s.stateSentence, failedPattern())));
                break;
            case PlanItemState::Deploying:
                if (s.weight >= 0) {
                    add(s.service,
                        ModelsTr::tr("%1: %2 → %3 (%4 %)")
                            .arg(s.service, toWord(was->state), toWord(s.state),
                                 QString::number(s.weight)));
                    break;
                }
                Q_FALLTHROUGH();
            case PlanItemState::NotStarted:
                add(s.service,
                    ModelsTr::tr("%1: %2 → %3")
                        .arg(s.service, toWord(was->state), toWord(s.state)));
                break;
            }
        } else if (s.state == PlanItemState::Deploying && was->weight != s.weight && s.weight >= 0
                   && was->weight >= 0) {
            add(s.service,
                ModelsTr::tr("%1: %2 % → %3 % of traffic")
                    .arg(s.service, QString::number(was->weight), QString::number(s.weight)));
        }

        QStringList nowKeys;
        for (const BlockedReason &reason : s.reasons)
            nowKeys.append(reasonKey(reason));
        for (qsizetype i = 0; i < s.reasons.size(); ++i) {
            if (!was->reasonKeys.contains(nowKeys.at(i)))
                add(s.service,
                    ModelsTr::tr("%1 is blocked: %2").arg(s.service, s.reasons.at(i).sentence));
        }
        for (qsizetype i = 0; i < was->reasonKeys.size(); ++i) {
            const QString &key = was->reasonKeys.at(i);
            if (nowKeys.contains(key))
                continue;
            const QString why = blockedExplanation(s.service, key, was->reasons.value(i),
                                                   now.environment, snapshot);
            add(s.service,
                s.blocked ? ModelsTr::tr("%1 has one reason less to wait: %2").arg(s.service, why)
                          : ModelsTr::tr("%1 is no longer blocked: %2").arg(s.service, why));
        }

        if (was->wave > 0 && s.wave > 0 && was->wave != s.wave)
            add(s.service,
                ModelsTr::tr("%1 moved from wave %2 to wave %3")
                    .arg(s.service, QString::number(was->wave), QString::number(s.wave)));
    }
    for (const PlanItemSeen &seen : before) {
        if (!now.item(seen.service))
            add(seen.service, ModelsTr::tr("%1 left the plan").arg(seen.service));
    }
    return changes;
}

ReleasePlan withStatus(ReleasePlan plan, const PlanStatus &status, EpochMs now)
{
    for (PlanItem &item : plan.items) {
        const PlanItemStatus *s = status.item(item.service);
        if (!s || !s->inCatalog)
            continue; // what was recorded is all there is
        item.state = s->state;
        item.weight = s->weight;
        item.wave = s->wave;
        item.startedAt = s->startedAt;
        item.finishedAt = s->finishedAt;
    }
    plan.lastCheck = seenOf(status);
    if (status.allDone() && plan.isOpen()) {
        EpochMs last = NoTime;
        for (const PlanItemStatus &s : status.items)
            last = std::max(last, s.finishedAt);
        plan.finishedAt = last != NoTime ? last : now;
    }
    return plan;
}

QList<PlanWaveStatus> recordedWaves(const ReleasePlan &plan)
{
    QMap<int, PlanWaveStatus> byNumber;
    for (const PlanItem &item : plan.items) {
        if (item.wave <= 0)
            continue;
        PlanWaveStatus &wave = byNumber[item.wave];
        wave.number = item.wave;
        wave.services.append(item.service);
    }
    QList<PlanWaveStatus> waves;
    for (PlanWaveStatus &wave : byNumber) {
        bool allDone = true;
        bool anyUnhealthy = false;
        bool anyStarted = false;
        EpochMs lastFinish = NoTime;
        for (const QString &service : std::as_const(wave.services)) {
            const PlanItem *item = plan.item(service);
            allDone = allDone && item->state == PlanItemState::Done;
            anyUnhealthy = anyUnhealthy || isUnhealthy(item->state);
            anyStarted = anyStarted || item->state != PlanItemState::NotStarted;
            if (item->startedAt != NoTime
                && (wave.startedAt == NoTime || item->startedAt < wave.startedAt))
                wave.startedAt = item->startedAt;
            lastFinish = std::max(lastFinish, item->finishedAt);
        }
        if (allDone) {
            wave.state = PlanWaveStatus::State::Done;
            wave.finishedAt = lastFinish;
            wave.sentence = ModelsTr::tr("Took %1").arg(formatDuration(wave.durationMs()));
        } else if (anyUnhealthy) {
            wave.state = PlanWaveStatus::State::Held;
        } else if (anyStarted) {
            wave.state = PlanWaveStatus::State::InProgress;
        }
        waves.append(wave);
    }
    return waves;
}

QList<PendingChange> pendingChanges(const AnalysisContext &context,
                                    const QList<DeployCheck> &checks, const QString &environment,
                                    const QHash<QString, QString> &authorsBySha)
{
    QList<PendingChange> changes;
    changes.reserve(checks.size());
    for (const DeployCheck &check : checks) {
        const AnalysisContext::Facts &facts = context.facts(check.node);
        PendingChange change;
        change.service = check.service;
        change.version = check.version;
        change.currentVersion = check.currentVersion;
        change.fromEnvironment = check.fromEnvironment;
        change.pipeline = facts.pipeline.health;
        change.deployable = check.deployable;
        for (const BlockedReason &reason : check.reasons)
            change.reasons.append(reason.sentence);
        const Deployment *current = deploymentIn(facts, environment);
        const Deployment *candidate = deploymentIn(facts, check.fromEnvironment);
        if (candidate && candidate->version == check.version && !candidate->commitSha.isEmpty()) {
            change.author = authorsBySha.value(candidate->commitSha);
            if (current && !current->commitSha.isEmpty())
                change.commitRange
                    = current->commitSha.left(7) + u".."_s + candidate->commitSha.left(7);
        }
        changes.append(change);
    }
    return changes;
}

QList<PendingChange> pendingChanges(const AnalysisContext &context, const QString &environment,
                                    const QHash<QString, QString> &authorsBySha)
{
    return pendingChanges(context, context.blocked(environment), environment, authorsBySha);
}

QStringList candidateCommits(const AnalysisContext &context, const QList<DeployCheck> &checks)
{
    QStringList shas;
    for (const DeployCheck &check : checks) {
        const Deployment *candidate
            = deploymentIn(context.facts(check.node), check.fromEnvironment);
        if (candidate && candidate->version == check.version && !candidate->commitSha.isEmpty())
            shas.append(candidate->commitSha);
    }
    return shas;
}

} // namespace Signalbox
