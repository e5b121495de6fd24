#include "analysis.h"

#include "domain/timeformat.h"
#include "domain/tr.h"

#include <algorithm>
#include <deque>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

quint64 pairKey(int consumer, int provider)
{
    return (quint64(quint32(consumer)) << 32) | quint32(provider);
}

QString resultKey(const QString &consumer, const QString &consumerVersion, const QString &provider,
                  const QString &providerVersion)
{
    return consumer + u'|' + consumerVersion + u'|' + provider + u'|' + providerVersion;
}

int tierWeight(int tier)
{
    switch (tier) {
    case 1: return 3;
    case 2: return 2;
    default: return 1;
    }
}

EpochMs knownAt(const PipelineRun &run)
{
    return run.finishedAt != NoTime ? run.finishedAt : run.startedAt;
}

QString shortSha(const QString &sha)
{
    return sha.left(8);
}

} // namespace

QString toWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::RootCause: return u"root-cause"_s;
    case Verdict::Victim: return u"victim"_s;
    case Verdict::Flaky: return u"flaky"_s;
    case Verdict::Independent: break;
    }
    return u"independent"_s;
}

QString toWord(BlockedReason::Kind kind)
{
    switch (kind) {
    case BlockedReason::Kind::PipelineRed: return u"pipeline-red"_s;
    case BlockedReason::Kind::ContractUnverified: return u"contract-unverified"_s;
    case BlockedReason::Kind::ContractFailing: return u"contract-failing"_s;
    case BlockedReason::Kind::ProviderNotDeployed: return u"provider-not-deployed"_s;
    case BlockedReason::Kind::Rollout: return u"rollout"_s;
    case BlockedReason::Kind::Freeze: return u"freeze"_s;
    case BlockedReason::Kind::Cycle: return u"cycle"_s;
    case BlockedReason::Kind::WaitingForProvider: return u"waiting-for-provider"_s;
    }
    return {};
}

PipelineSummary summarizePipeline(const QList<PipelineRun> &newestFirst)
{
    PipelineSummary summary;
    // Runs still queued or running say nothing yet about the code: the newest finished run does.
    qsizetype first = 0;
    while (first < newestFirst.size()
           && (newestFirst.at(first).status == RunStatus::Running || newestFirst.at(first).status == RunStatus::Queued
               || newestFirst.at(first).status == RunStatus::Cancelled || newestFirst.at(first).status == RunStatus::Skipped))
        ++first;
    if (first == newestFirst.size()) {
        summary.health = newestFirst.isEmpty() ? Health::Unknown : healthOf(newestFirst.constFirst().status);
    } else {
        const PipelineRun &newest = newestFirst.at(first);
        summary.health = healthOf(newest.status);
        if (newest.status == RunStatus::Failed) {
            summary.failingCommit = newest.commitSha;
            summary.failingRunUrl = newest.url;
            summary.redSince = knownAt(newest);
            for (qsizetype i = first; i < newestFirst.size(); ++i) {
                const PipelineRun &run = newestFirst.at(i);
                if (run.status == RunStatus::Failed) {
                    summary.redSince = knownAt(run);
                } else if (run.status == RunStatus::Succeeded) {
                    summary.lastGreenCommit = run.commitSha;
                    summary.lastGreenAt = knownAt(run);
                    break;
                }
            }
            summary.ownChangeSinceGreen = summary.lastGreenCommit.isEmpty()
                || summary.lastGreenCommit != summary.failingCommit;
        }
    }
    // A commit that failed and then passed on a later run: the pipeline is non-deterministic.
    QSet<QString> failedCommits;
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i) {
        const PipelineRun &run = newestFirst.at(i);
        if (run.commitSha.isEmpty())
            continue;
        if (run.status == RunStatus::Failed)
            failedCommits.insert(run.commitSha);
        else if (run.status == RunStatus::Succeeded && failedCommits.contains(run.commitSha))
            summary.rerunWentGreen = true;
    }
    return summary;
}

const TriageEntry *TriageResult::find(const QString &service) const
{
    for (const TriageEntry &e : entries) {
        if (e.service == service)
            return &e;
    }
    return nullptr;
}

AnalysisContext AnalysisContext::build(const Snapshot &snapshot, const ReleasePolicy &policy, EpochMs now)
{
    QStringList names;
    names.reserve(snapshot.services.size());
    for (const ServiceState &state : snapshot.services)
        names.append(state.service.name);
    DependencyGraph graph(names, snapshot.dependencies);
    std::vector<Facts> facts(std::size_t(names.size()));
    for (qsizetype i = 0; i < snapshot.services.size(); ++i) {
        const ServiceState &state = snapshot.services.at(i);
        Facts &f = facts[std::size_t(i)];
        f.tier = state.service.tier;
        f.kind = state.service.kind;
        QList<PipelineRun> runs = state.recentMainRuns;
        if (runs.isEmpty() && state.lastRun)
            runs.append(*state.lastRun);
        f.pipeline = summarizePipeline(runs);
        f.rollout = state.latestRollout;
        for (const Deployment &d : state.latestDeployments)
            f.deployed.insert(d.environment, d);
    }
    return fromParts(std::move(graph), std::move(facts), policy, snapshot.verifications, now);
}

AnalysisContext AnalysisContext::fromParts(DependencyGraph graph, std::vector<Facts> facts, ReleasePolicy policy,
                                           const QList<ContractVerification> &verifications, EpochMs now)
{
    AnalysisContext context;
    context.m_graph = std::move(graph);
    context.m_facts = std::move(facts);
    context.m_policy = std::move(policy);
    context.m_now = now;
    // What counts as failing now: a red pipeline, a rollout that was aborted or degraded, or the
    // newest deployment to an environment failing or rolled back.
    for (Facts &f : context.m_facts) {
        f.signals.clear();
        f.failing = false;
        f.failingSince = NoTime;
        f.ownChange = false;
        const auto fail = [&f](const QString &signal, EpochMs since, bool ownChange) {
            f.signals.append(signal);
            f.failingSince = f.failing ? std::min(f.failingSince, since) : since;
            f.failing = true;
            f.ownChange = f.ownChange || ownChange;
        };
        if (f.pipeline.health == Health::Failing)
            fail(u"pipeline"_s, f.pipeline.redSince, f.pipeline.ownChangeSinceGreen);
        if (f.rollout && (f.rollout->phase == RolloutPhase::Aborted || f.rollout->phase == RolloutPhase::Degraded))
            fail(u"rollout"_s, f.rollout->updatedAt, true);
        for (const Deployment &d : std::as_const(f.deployed)) {
            if (d.status == DeploymentStatus::Failed || d.status == DeploymentStatus::RolledBack) {
                fail(u"deployment"_s, d.deployedAt, true);
                break;
            }
        }
    }
    context.indexVerifications(verifications);
    return context;
}

void AnalysisContext::indexVerifications(const QList<ContractVerification> &verifications)
{
    for (const ContractVerification &v : verifications) {
        const int consumer = m_graph.indexOf(v.consumer);
        const int provider = m_graph.indexOf(v.provider);
        if (consumer < 0 || provider < 0)
            continue;
        m_contractPairs.insert(pairKey(consumer, provider));
        m_results.insert(resultKey(v.consumer, v.consumerVersion, v.provider, v.providerVersion), v.result);
        if (v.result == VerificationResult::Success) {
            m_verifiedProviderVersions[v.consumer + u'|' + v.consumerVersion + u'|' + v.provider].append(v.providerVersion);
            m_verifiedProviderVersions[u'>' + v.provider + u'|' + v.providerVersion + u'|' + v.consumer].append(v.consumerVersion);
        }
    }
}

QString AnalysisContext::defaultEnvironment() const
{
    return m_policy.environments.isEmpty() ? u"production"_s : m_policy.environments.constLast();
}

QString AnalysisContext::versionIn(int node, const QString &environment) const
{
    const auto it = m_facts[std::size_t(node)].deployed.constFind(environment);
    if (it == m_facts[std::size_t(node)].deployed.constEnd())
        return {};
    // A failed or rolled-back deployment did not change what runs there; the caller only needs
    // the version that was last tried, and reports the failure through the failing signals.
    return it->version;
}

TriageResult AnalysisContext::triage() const
{
    TriageResult result;
    const int n = m_graph.nodeCount();
    std::vector<int> failing;
    for (int i = 0; i < n; ++i) {
        if (m_facts[std::size_t(i)].failing)
            failing.push_back(i);
        else if (m_facts[std::size_t(i)].pipeline.health == Health::Unknown)
            ++result.unknownCount;
    }
    result.failingCount = int(failing.size());
    // Earliest failure first, so a root cause is processed before the services it broke; at the
    // same moment, providers before consumers.
    std::stable_sort(failing.begin(), failing.end(), [this](int a, int b) {
        const EpochMs ta = m_facts[std::size_t(a)].failingSince;
        const EpochMs tb = m_facts[std::size_t(b)].failingSince;
        if (ta != tb)
            return ta < tb;
        return m_graph.componentOf()[std::size_t(a)] < m_graph.componentOf()[std::size_t(b)];
    });

    enum : char { Open, IsVictim, Decided };
    std::vector<char> state(std::size_t(n), Open);
    std::vector<int> parent(std::size_t(n), -1);
    std::vector<int> seenStamp(std::size_t(n), -1);
    QHash<int, TriageEntry> roots;
    QList<TriageEntry> victims;
    QList<TriageEntry> others;

    for (int root : failing) {
        if (state[std::size_t(root)] == IsVictim)
            continue;
        state[std::size_t(root)] = Decided; // a later failure cannot claim an earlier one
        const Facts &rootFacts = m_facts[std::size_t(root)];
        // Reruns going green on an unchanged commit is flakiness; it is never enough to call a
        // service the root cause of other failures, so such a service claims no victims.
        const bool flaky = rootFacts.pipeline.rerunWentGreen && !rootFacts.pipeline.ownChangeSinceGreen
            && rootFacts.signals == QStringList{u"pipeline"_s};
        // Walk everything that needs this service; failing consumers that went red after it,
        // without a change of their own, are its victims.
        int reach = 0;
        int weighted = 0;
        bool failingConsumer = false;
        std::deque<int> queue{root};
        seenStamp[std::size_t(root)] = root;
        parent[std::size_t(root)] = -1;
        QList<int> claimed;
        while (!queue.empty()) {
            const int current = queue.front();
            queue.pop_front();
            for (int consumer : m_graph.consumers(current)) {
                if (seenStamp[std::size_t(consumer)] == root)
                    continue;
                seenStamp[std::size_t(consumer)] = root;
                parent[std::size_t(consumer)] = current;
                ++reach;
                weighted += tierWeight(m_facts[std::size_t(consumer)].tier);
                queue.push_back(consumer);
                const Facts &c = m_facts[std::size_t(consumer)];
                if (!c.failing)
                    continue;
                failingConsumer = true;
                if (!flaky && state[std::size_t(consumer)] == Open && c.failingSince >= rootFacts.failingSince
                    && !c.ownChange) {
                    state[std::size_t(consumer)] = IsVictim;
                    claimed.append(consumer);
                }
            }
        }
        // Paths are read back from the walk's parents while they still belong to this root.
        for (int v : std::as_const(claimed)) {
            TriageEntry entry;
            entry.service = m_graph.name(v);
            entry.verdict = Verdict::Victim;
            entry.redSince = m_facts[std::size_t(v)].failingSince;
            entry.rootCause = m_graph.name(root);
            entry.signals = m_facts[std::size_t(v)].signals;
            for (int step = v; step != -1; step = parent[std::size_t(step)])
                entry.path.append(m_graph.name(step));
            const qint64 minutes = (entry.redSince - rootFacts.failingSince) / 60'000;
            entry.reason = ModelsTr::tr("%1 went red %2 min after %3 failed, with no change of its own "
                                        "since its last green run; it depends on %3 through %4.")
                               .arg(entry.service, QString::number(minutes), entry.rootCause,
                                    entry.path.join(u" → "_s));
            victims.append(entry);
        }

        TriageEntry entry;
        entry.service = m_graph.name(root);
        entry.redSince = rootFacts.failingSince;
        entry.signals = rootFacts.signals;
        entry.blastRadius = reach;
        entry.weightedBlastRadius = weighted;
        const QString what = entry.signals.join(u", "_s);
        QStringList earlierProviders;
        QStringList laterProviders;
        for (int p : m_graph.transitiveProviders(root)) {
            const Facts &pf = m_facts[std::size_t(p)];
            if (pf.failing)
                (pf.failingSince <= rootFacts.failingSince ? earlierProviders : laterProviders).append(m_graph.name(p));
        }
        earlierProviders.sort();
        laterProviders.sort();
        if (flaky) {
            entry.verdict = Verdict::Flaky;
            entry.reason = ModelsTr::tr("%1 failed on commit %2, which passed before, and its reruns have gone green "
                                        "on unchanged commits: this looks flaky, not broken; rerun it.")
                               .arg(entry.service, shortSha(rootFacts.pipeline.failingCommit));
            others.append(entry);
            continue;
        }
        if (claimed.isEmpty() && !failingConsumer && earlierProviders.isEmpty() && laterProviders.isEmpty()) {
            entry.verdict = Verdict::Independent;
            entry.reason = ModelsTr::tr("%1 fails (%2); nothing it depends on and nothing that depends on it "
                                        "is failing.")
                               .arg(entry.service, what);
            others.append(entry);
            continue;
        }
        entry.verdict = Verdict::RootCause;
        if (!earlierProviders.isEmpty() && rootFacts.ownChange) {
            entry.reason = ModelsTr::tr("%1 fails (%2) on a change of its own although %3, which it needs, failed "
                                        "earlier; look at its own change first.")
                               .arg(entry.service, what, earlierProviders.join(u", "_s));
        } else if (!earlierProviders.isEmpty()) {
            entry.reason = ModelsTr::tr("%1 went red after %2, which it needs, but %2 looks flaky and is not taken "
                                        "as the cause; rerun %2, then look at %1.")
                               .arg(entry.service, earlierProviders.join(u", "_s));
        } else if (!laterProviders.isEmpty()) {
            entry.reason = ModelsTr::tr("%1 fails (%2) since %3, before %4 failed; that later failure did not "
                                        "cause it.")
                               .arg(entry.service, what, formatLocalTime(entry.redSince), laterProviders.join(u", "_s));
        } else {
            entry.reason = ModelsTr::tr("%1 fails (%2) since %3 while everything it needs is not failing; "
                                        "%n service(s) that depend on it failed after it.",
                                        nullptr, int(claimed.size()))
                               .arg(entry.service, what, formatLocalTime(entry.redSince));
        }
        roots.insert(root, entry);
    }

    QList<TriageEntry> ranked = roots.values();
    std::sort(ranked.begin(), ranked.end(), [](const TriageEntry &a, const TriageEntry &b) {
        if (a.weightedBlastRadius != b.weightedBlastRadius)
            return a.weightedBlastRadius > b.weightedBlastRadius;
        return a.service < b.service;
    });
    for (int i = 0; i < ranked.size(); ++i)
        ranked[i].rank = i + 1;
    std::sort(victims.begin(), victims.end(), [](const TriageEntry &a, const TriageEntry &b) {
        return a.redSince != b.redSince ? a.redSince < b.redSince : a.service < b.service;
    });
    const auto byVerdictThenName = [](const TriageEntry &a, const TriageEntry &b) {
        if (a.verdict != b.verdict)
            return int(a.verdict) < int(b.verdict);
        return a.service < b.service;
    };
    std::sort(others.begin(), others.end(), byVerdictThenName);
    result.entries = ranked + victims + others;
    return result;
}

DeployCheck AnalysisContext::check(int node, const QString &version, const QString &environment,
                                   const QHash<int, QString> *planned) const
{
    DeployCheck check;
    check.service = m_graph.name(node);
    check.version = version;
    check.environment = environment;
    check.currentVersion = versionIn(node, environment);
    const Facts &f = m_facts[std::size_t(node)];
    const auto block = [&check](BlockedReason::Kind kind, const QString &other, const QString &sentence) {
        check.deployable = false;
        check.reasons.append({kind, other, sentence});
    };

    if (f.pipeline.health == Health::Failing) {
        block(BlockedReason::Kind::PipelineRed, {},
              ModelsTr::tr("Its pipeline on the main branch is red since %1 (commit %2); fix or rerun it first.")
                  .arg(formatLocalTime(f.pipeline.redSince), shortSha(f.pipeline.failingCommit)));
    }

    // Contracts, with can-i-deploy's rule: a pair with contract tests must be verified for exactly
    // the versions that will meet in the environment; unknown is not success.
    for (int provider : m_graph.providers(node)) {
        if (!m_contractPairs.contains(pairKey(node, provider)))
            continue;
        const QString providerName = m_graph.name(provider);
        const QString providerVersion = planned && planned->contains(provider) ? planned->value(provider)
                                                                               : versionIn(provider, environment);
        if (providerVersion.isEmpty())
            continue; // nothing to meet there yet
        const VerificationResult result
            = m_results.value(resultKey(check.service, version, providerName, providerVersion), VerificationResult::Unknown);
        if (result == VerificationResult::Success)
            continue;
        const QStringList verifiedAgainst
            = m_verifiedProviderVersions.value(check.service + u'|' + version + u'|' + providerName);
        if (result == VerificationResult::Failed) {
            block(BlockedReason::Kind::ContractFailing, providerName,
                  ModelsTr::tr("Its contract with %1 %2, which runs in %3, fails verification.")
                      .arg(providerName, providerVersion, environment));
        } else if (!verifiedAgainst.isEmpty()) {
            block(BlockedReason::Kind::ProviderNotDeployed, providerName,
                  ModelsTr::tr("It needs %1 %2 (the version its contract was verified against), but %3 runs %1 %4; "
                               "deploy %1 first.")
                      .arg(providerName, verifiedAgainst.constLast(), environment, providerVersion));
        } else {
            block(BlockedReason::Kind::ContractUnverified, providerName,
                  ModelsTr::tr("Its contract with %1 %2, which runs in %3, has not been verified; run the provider "
                               "verification for %4 %5.")
                      .arg(providerName, providerVersion, environment, check.service, version));
        }
    }
    for (int consumer : m_graph.consumers(node)) {
        if (!m_contractPairs.contains(pairKey(consumer, node)))
            continue;
        const QString consumerName = m_graph.name(consumer);
        const QString consumerVersion = versionIn(consumer, environment);
        if (consumerVersion.isEmpty())
            continue;
        const VerificationResult result
            = m_results.value(resultKey(consumerName, consumerVersion, check.service, version), VerificationResult::Unknown);
        if (result == VerificationResult::Success)
            continue;
        if (result == VerificationResult::Failed) {
            block(BlockedReason::Kind::ContractFailing, consumerName,
                  ModelsTr::tr("%1 %2, which runs in %3, fails verification against this version; deploying it "
                               "would break %1.")
                      .arg(consumerName, consumerVersion, environment));
        } else {
            block(BlockedReason::Kind::ContractUnverified, consumerName,
                  ModelsTr::tr("The contract of %1 %2, which runs in %3, has not been verified against this version.")
                      .arg(consumerName, consumerVersion, environment));
        }
    }

    if (f.rollout && (f.rollout->phase == RolloutPhase::Paused || f.rollout->phase == RolloutPhase::Aborted
                      || f.rollout->phase == RolloutPhase::Degraded)) {
        QString failedMetric;
        for (const AnalysisResult &a : f.rollout->analysis) {
            if (a.phase == AnalysisPhase::Failed || a.phase == AnalysisPhase::Error)
                failedMetric = a.metric;
        }
        QString sentence = ModelsTr::tr("Its rollout of %1 is %2").arg(f.rollout->version, displayName(f.rollout->phase).toLower());
        if (!f.rollout->message.isEmpty())
            sentence += u": "_s + f.rollout->message;
        if (!failedMetric.isEmpty())
            sentence += ModelsTr::tr(" (analysis failed on %1)").arg(failedMetric);
        block(BlockedReason::Kind::Rollout, {}, sentence + u'.');
    }

    for (const FreezeWindow &freeze : m_policy.freezes) {
        if (freeze.covers(environment, m_now)) {
            block(BlockedReason::Kind::Freeze, {},
                  ModelsTr::tr("%1 is frozen until %2%3.")
                      .arg(environment, formatLocalTime(freeze.to),
                           freeze.reason.isEmpty() ? QString() : u" ("_s + freeze.reason + u')'));
        }
    }
    return check;
}

QList<DeployCheck> AnalysisContext::blocked(const QString &environment) const
{
    QList<DeployCheck> checks;
    const qsizetype target = m_policy.environments.indexOf(environment);
    for (int node = 0; node < m_graph.nodeCount(); ++node) {
        const Facts &f = m_facts[std::size_t(node)];
        const QString current = versionIn(node, environment);
        // What is promoted next: the version running in the nearest earlier environment
        // (staging for production); a service that skips that environment offers its version
        // from the one before it.
        const Deployment *candidate = nullptr;
        for (qsizetype e = target - 1; e >= 0 && !candidate; --e) {
            const auto it = f.deployed.constFind(m_policy.environments.at(e));
            if (it != f.deployed.constEnd() && it->status == DeploymentStatus::Succeeded)
                candidate = &*it;
        }
        if (!candidate || candidate->version == current)
            continue;
        DeployCheck c = check(node, candidate->version, environment);
        c.fromEnvironment = candidate->environment;
        checks.append(c);
    }
    // A cycle ships together: each member waits for the others.
    QHash<int, QList<int>> byComponent;
    for (int i = 0; i < checks.size(); ++i) {
        const int node = m_graph.indexOf(checks.at(i).service);
        if (m_graph.componentSize(m_graph.componentOf()[std::size_t(node)]) > 1)
            byComponent[m_graph.componentOf()[std::size_t(node)]].append(i);
    }
    for (auto it = byComponent.cbegin(); it != byComponent.cend(); ++it) {
        QStringList notReady;
        const int component = it.key();
        for (int node = 0; node < m_graph.nodeCount(); ++node) {
            if (m_graph.componentOf()[std::size_t(node)] != component)
                continue;
            const auto pending = std::find_if(it->cbegin(), it->cend(), [&](int i) {
                return checks.at(i).service == m_graph.name(node);
            });
            if (pending == it->cend() || !checks.at(*pending).deployable)
                notReady.append(m_graph.name(node));
        }
        for (int i : *it) {
            QStringList others = notReady;
            others.removeAll(checks.at(i).service);
            if (others.isEmpty())
                continue;
            checks[i].deployable = false;
            checks[i].reasons.append({BlockedReason::Kind::Cycle, others.constFirst(),
                                      ModelsTr::tr("It is in a dependency cycle and must ship together with %1, "
                                                   "which is not ready.")
                                          .arg(others.join(u", "_s))});
        }
    }
    std::sort(checks.begin(), checks.end(), [](const DeployCheck &a, const DeployCheck &b) {
        if (a.deployable != b.deployable)
            return !a.deployable;
        return a.service < b.service;
    });
    return checks;
}

PlanResult AnalysisContext::plan(const QString &environment, const QStringList &requests, QStringList *unknown) const
{
    PlanResult result;
    result.environment = environment;
    const QList<DeployCheck> pending = blocked(environment);
    QHash<int, DeployCheck> chosen;
    if (requests.isEmpty()) {
        for (const DeployCheck &c : pending)
            chosen.insert(m_graph.indexOf(c.service), c);
    } else {
        for (const QString &request : requests) {
            const qsizetype at = request.indexOf(u'@');
            const QString name = at < 0 ? request : request.left(at);
            const int node = m_graph.indexOf(name);
            if (node < 0) {
                if (unknown)
                    unknown->append(name);
                continue;
            }
            QString version = at < 0 ? QString() : request.mid(at + 1);
            if (version.isEmpty()) {
                const auto it = std::find_if(pending.cbegin(), pending.cend(),
                                             [&](const DeployCheck &c) { return c.service == name; });
                version = it != pending.cend() ? it->version : versionIn(node, environment);
            }
            chosen.insert(node, check(node, version, environment));
        }
    }
    // Checked again in dependency order with the plan in mind: a provider that ships in an earlier
    // wave runs its new version by the time its consumers go, so their contracts are checked
    // against that version.
    {
        QList<int> order = chosen.keys();
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            return m_graph.componentOf()[std::size_t(a)] < m_graph.componentOf()[std::size_t(b)];
        });
        QHash<int, QString> planned;
        for (int node : std::as_const(order)) {
            DeployCheck &c = chosen[node];
            const QString from = c.fromEnvironment;
            c = check(node, c.version, environment, &planned);
            c.fromEnvironment = from;
            if (c.deployable)
                planned.insert(node, c.version);
        }
        // Cycle members requested together are ready together; a missing or blocked one holds the rest.
        for (auto it = chosen.begin(); it != chosen.end(); ++it) {
            const int component = m_graph.componentOf()[std::size_t(it.key())];
            if (m_graph.componentSize(component) < 2)
                continue;
            QStringList notReady;
            for (int node = 0; node < m_graph.nodeCount(); ++node) {
                if (node == it.key() || m_graph.componentOf()[std::size_t(node)] != component)
                    continue;
                if (!chosen.contains(node) || !chosen.value(node).deployable)
                    notReady.append(m_graph.name(node));
            }
            if (!notReady.isEmpty()) {
                it->deployable = false;
                it->reasons.append({BlockedReason::Kind::Cycle, notReady.constFirst(),
                                    ModelsTr::tr("It is in a dependency cycle and must ship together with %1, "
                                                 "which is not ready.")
                                        .arg(notReady.join(u", "_s))});
            }
        }
    }

    // Waves over the condensation (cycles collapsed), providers first. A component's wave is one
    // more than the highest wave among the chosen components it needs, directly or through
    // services that are not part of the release.
    const int components = m_graph.componentCount();
    std::vector<int> level(std::size_t(components), 0);      // highest chosen wave at or below
    std::vector<char> containsChosen(std::size_t(components), 0);
    std::vector<char> held(std::size_t(components), 0);      // blocked or waiting for a blocked provider
    std::vector<QString> heldBecause(static_cast<std::size_t>(components));
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const int c = m_graph.componentOf()[std::size_t(it.key())];
        containsChosen[std::size_t(c)] = 1;
        if (!it->deployable) {
            held[std::size_t(c)] = 1;
            heldBecause[std::size_t(c)] = it->service;
        }
    }
    std::vector<std::vector<int>> membersOf(static_cast<std::size_t>(components));
    for (int node = 0; node < m_graph.nodeCount(); ++node)
        membersOf[std::size_t(m_graph.componentOf()[std::size_t(node)])].push_back(node);
    // Component ids are providers-first, so one pass in id order sees every provider before its consumers.
    for (int c = 0; c < components; ++c) {
        int below = 0;
        bool waiting = false;
        QString waitingFor;
        for (int node : membersOf[std::size_t(c)]) {
            for (int provider : m_graph.providers(node)) {
                const int pc = m_graph.componentOf()[std::size_t(provider)];
                if (pc == c)
                    continue;
                below = std::max(below, level[std::size_t(pc)]);
                if (held[std::size_t(pc)]) {
                    waiting = true;
                    waitingFor = heldBecause[std::size_t(pc)];
                }
            }
        }
        if (containsChosen[std::size_t(c)]) {
            level[std::size_t(c)] = below + 1;
            if (waiting && !held[std::size_t(c)]) {
                held[std::size_t(c)] = 1;
                heldBecause[std::size_t(c)] = waitingFor;
                for (int node : membersOf[std::size_t(c)]) {
                    auto it = chosen.find(node);
                    if (it == chosen.end())
                        continue;
                    it->deployable = false;
                    it->reasons.append({BlockedReason::Kind::WaitingForProvider, waitingFor,
                                        ModelsTr::tr("It must wait for %1, which it depends on and which is blocked.")
                                            .arg(waitingFor)});
                }
            }
        } else {
            level[std::size_t(c)] = below;
            if (waiting) {
                held[std::size_t(c)] = 1;
                heldBecause[std::size_t(c)] = waitingFor;
            }
        }
    }

    QMap<int, QStringList> waves;
    QHash<int, QStringList> groups;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        const int c = m_graph.componentOf()[std::size_t(it.key())];
        if (m_graph.componentSize(c) > 1)
            groups[c].append(it->service);
        if (held[std::size_t(c)])
            result.held.append(*it);
        else
            waves[level[std::size_t(c)]].append(it->service);
        result.checks.append(*it);
    }
    int number = 1;
    for (auto it = waves.begin(); it != waves.end(); ++it) {
        std::sort(it->begin(), it->end());
        result.waves.append({number++, *it});
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        DeployGroup group;
        group.services = *it;
        std::sort(group.services.begin(), group.services.end());
        for (int node : membersOf[std::size_t(it.key())]) {
            for (int provider : m_graph.providers(node)) {
                if (m_graph.componentOf()[std::size_t(provider)] == it.key())
                    group.cycleEdges.append({m_graph.name(node), m_graph.name(provider), m_graph.kind(node, provider),
                                             m_graph.evidence(node, provider)});
            }
        }
        result.groups.append(group);
    }
    std::sort(result.groups.begin(), result.groups.end(),
              [](const DeployGroup &a, const DeployGroup &b) { return a.services < b.services; });
    const auto byName = [](const DeployCheck &a, const DeployCheck &b) { return a.service < b.service; };
    std::sort(result.checks.begin(), result.checks.end(), byName);
    std::sort(result.held.begin(), result.held.end(), byName);
    return result;
}

ImpactResult AnalysisContext::impact(const QString &service, const QString &environment) const
{
    ImpactResult result;
    result.service = service;
    result.environment = environment;
    const int node = m_graph.indexOf(service);
    if (node < 0)
        return result;
    for (int p : m_graph.transitiveProviders(node))
        result.providers.append(m_graph.name(p));
    for (int c : m_graph.transitiveConsumers(node))
        result.consumers.append(m_graph.name(c));
    result.providers.sort();
    result.consumers.sort();
    // What-if: the version that would go out now is the pending one, else what already runs.
    const QList<DeployCheck> pending = blocked(environment);
    const auto it = std::find_if(pending.cbegin(), pending.cend(), [&](const DeployCheck &c) { return c.service == service; });
    result.version = it != pending.cend() ? it->version : versionIn(node, environment);
    for (int consumer : m_graph.consumers(node)) {
        if (!m_contractPairs.contains(pairKey(consumer, node)))
            continue;
        const QString consumerName = m_graph.name(consumer);
        const QString consumerVersion = versionIn(consumer, environment);
        if (consumerVersion.isEmpty())
            continue;
        const VerificationResult r
            = m_results.value(resultKey(consumerName, consumerVersion, service, result.version), VerificationResult::Unknown);
        if (r == VerificationResult::Success)
            continue;
        result.wouldBreak.append({consumerName, consumerVersion,
                                  r == VerificationResult::Failed
                                      ? ModelsTr::tr("%1 %2 fails verification against %3 %4.")
                                            .arg(consumerName, consumerVersion, service, result.version)
                                      : ModelsTr::tr("%1 %2 was never verified against %3 %4.")
                                            .arg(consumerName, consumerVersion, service, result.version)});
    }
    std::sort(result.wouldBreak.begin(), result.wouldBreak.end(),
              [](const ImpactResult::Break &a, const ImpactResult::Break &b) { return a.consumer < b.consumer; });
    return result;
}

} // namespace Signalbox
