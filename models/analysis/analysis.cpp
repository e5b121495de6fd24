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
    case 1:
        return 3;
    case 2:
        return 2;
    default:
        return 1;
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
    case Verdict::RootCause:
        return u"root-cause"_s;
    case Verdict::Victim:
        return u"victim"_s;
    case Verdict::Flaky:
        return u"flaky"_s;
    case Verdict::Independent:
        break;
    }
    return u"independent"_s;
}

QString toWord(BlockedReason::Kind kind)
{
    switch (kind) {
    case BlockedReason::Kind::PipelineRed:
        return u"pipeline-red"_s;
    case BlockedReason::Kind::ContractUnverified:
        return u"contract-unverified"_s;
    case BlockedReason::Kind::ContractFailing:
        return u"contract-failing"_s;
    case BlockedReason::Kind::ProviderNotDeployed:
        return u"provider-not-deployed"_s;
    case BlockedReason::Kind::Rollout:
        return u"rollout"_s;
    case BlockedReason::Kind::Freeze:
        return u"freeze"_s;
    case BlockedReason::Kind::Cycle:
        return u"cycle"_s;
    case BlockedReason::Kind::WaitingForProvider:
        return u"waiting-for-provider"_s;
    }
    return {};
}

PipelineSummary summarizePipeline(const QList<PipelineRun> &newestFirst)
{
    PipelineSummary summary;
    // Runs still queued or running say nothing yet about the code: the newest finished run does.
    qsizetype first = 0;
    while (first < newestFirst.size()
           && (newestFirst.at(first).status == RunStatus::Running
               || newestFirst.at(first).status == RunStatus::Queued
               || newestFirst.at(first).status == RunStatus::Cancelled
               || newestFirst.at(first).status == RunStatus::Skipped))
        ++first;
    if (first == newestFirst.size()) {
        summary.health
            = newestFirst.isEmpty() ? Health::Unknown : healthOf(newestFirst.constFirst().status);
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

AnalysisContext AnalysisContext::build(const Snapshot &snapshot, const ReleasePolicy &policy,
                                       EpochMs now)
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
        f.owner = state.service.owner;
        QList<PipelineRun> runs = state.recentMainRuns;
        if (runs.isEmpty() && state.lastRun)
            runs.append(*state.lastRun);
        f.pipeline = summarizePipeline(runs);
        f.rollout = state.latestRollout;
        f.deployments = state.latestDeployments;
    }
    return fromParts(std::move(graph), std::move(facts), policy, snapshot.verifications, now);
}

AnalysisContext AnalysisContext::fromParts(DependencyGraph graph, std::vector<Facts> facts,
                                           ReleasePolicy policy,
                                           const QList<ContractVerification> &verifications,
                                           EpochMs now)
{
    AnalysisContext context;
    context.m_graph = std::move(graph);
    context.m_facts = std::move(facts);
    context.m_policy = std::move(policy);
    context.m_now = now;
    // What counts as failing now: a red pipeline, a rollout that was aborted or degraded, or the
    // newest deployment to an environment failing or rolled back.
    // A provider whose newest verification against a consumer failed breaks that contract now.
    QHash<quint64, const ContractVerification *> newestPerPair;
    for (const ContractVerification &v : verifications) {
        const int consumer = context.m_graph.indexOf(v.consumer);
        const int provider = context.m_graph.indexOf(v.provider);
        if (consumer < 0 || provider < 0)
            continue;
        const ContractVerification *&newest = newestPerPair[pairKey(consumer, provider)];
        if (!newest || v.verifiedAt > newest->verifiedAt)
            newest = &v;
    }
    QHash<int, EpochMs> brokenContractSince;
    for (auto it = newestPerPair.cbegin(); it != newestPerPair.cend(); ++it) {
        if ((*it)->result != VerificationResult::Failed)
            continue;
        const int provider = int(it.key() & 0xffffffffu);
        const EpochMs since = (*it)->verifiedAt;
        const auto known = brokenContractSince.constFind(provider);
        if (known == brokenContractSince.cend() || since < *known)
            brokenContractSince.insert(provider, since);
    }
    for (std::size_t node = 0; node < context.m_facts.size(); ++node) {
        Facts &f = context.m_facts[node];
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
        if (f.rollout
            && (f.rollout->phase == RolloutPhase::Aborted
                || f.rollout->phase == RolloutPhase::Degraded))
            fail(u"rollout"_s, f.rollout->updatedAt, true);
        for (const Deployment &d : std::as_const(f.deployments)) {
            if (d.status == DeploymentStatus::Failed || d.status == DeploymentStatus::RolledBack) {
                fail(u"deployment"_s, d.deployedAt, true);
                break;
            }
        }
        if (const auto broken = brokenContractSince.constFind(int(node));
            broken != brokenContractSince.cend())
            fail(u"contract"_s, *broken, true);
    }
    // Environments in promotion order; ones seen only in the data come after the policy's.
    context.m_environments = context.m_policy.environments;
    for (const Facts &f : context.m_facts) {
        for (const Deployment &d : f.deployments) {
            if (!context.m_environments.contains(d.environment))
                context.m_environments.append(d.environment);
        }
    }
    const std::size_t envCount = std::size_t(context.m_environments.size());
    context.m_deployed.assign(context.m_facts.size() * envCount, -1);
    QHash<QString, int> envIndex;
    for (qsizetype e = 0; e < context.m_environments.size(); ++e)
        envIndex.insert(context.m_environments.at(e), int(e));
    for (std::size_t node = 0; node < context.m_facts.size(); ++node) {
        const QList<Deployment> &deployments = context.m_facts[node].deployments;
        for (qsizetype i = 0; i < deployments.size(); ++i)
            context.m_deployed[node * envCount
                               + std::size_t(envIndex.value(deployments.at(i).environment))]
                = int(i);
    }
    // Members of each cycle, and one member of every component, for the per-component passes.
    const DependencyGraph &g = context.m_graph;
    context.m_componentFirst.assign(std::size_t(g.componentCount()), -1);
    for (int node = g.nodeCount() - 1; node >= 0; --node) {
        const int c = g.componentOf()[std::size_t(node)];
        context.m_componentFirst[std::size_t(c)] = node;
        if (g.componentSize(c) > 1) {
            auto it = context.m_cycleOfComponent.constFind(c);
            if (it == context.m_cycleOfComponent.constEnd()) {
                it = context.m_cycleOfComponent.insert(c, int(context.m_cycles.size()));
                context.m_cycles.emplace_back();
            }
            context.m_cycles[std::size_t(*it)].insert(context.m_cycles[std::size_t(*it)].begin(),
                                                      node);
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
        m_results.insert(resultKey(v.consumer, v.consumerVersion, v.provider, v.providerVersion),
                         v.result);
        if (v.result == VerificationResult::Success) {
            m_verifiedProviderVersions[v.consumer + u'|' + v.consumerVersion + u'|' + v.provider]
                .append(v.providerVersion);
            m_verifiedProviderVersions[u'>' + v.provider + u'|' + v.providerVersion + u'|'
                                       + v.consumer]
                .append(v.consumerVersion);
        }
    }
}

QString AnalysisContext::defaultEnvironment() const
{
    return m_policy.environments.isEmpty() ? u"production"_s : m_policy.environments.constLast();
}

int AnalysisContext::environmentIndex(const QString &environment) const
{
    return int(m_environments.indexOf(environment));
}

const Deployment *AnalysisContext::deployment(int node, int environment) const
{
    if (environment < 0)
        return nullptr;
    const int i = m_deployed[std::size_t(node) * std::size_t(m_environments.size())
                             + std::size_t(environment)];
    return i < 0 ? nullptr : &m_facts[std::size_t(node)].deployments.at(i);
}

QString AnalysisContext::versionIn(int node, int environment) const
{
    // A failed or rolled-back deployment is reported through the failing signals; here the
    // version last sent there is what matters.
    const Deployment *d = deployment(node, environment);
    return d ? d->version : QString();
}

const Deployment *AnalysisContext::pendingCandidate(int node, int environment) const
{
    // What is promoted next: the version running in the nearest earlier environment (staging for
    // production); a service that skips that environment offers its version from the one before.
    for (int e = environment - 1; e >= 0; --e) {
        const Deployment *d = deployment(node, e);
        if (d && d->status == DeploymentStatus::Succeeded) {
            const Deployment *current = deployment(node, environment);
            return current && current->version == d->version ? nullptr : d;
        }
    }
    return nullptr;
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
        const bool flaky = rootFacts.pipeline.rerunWentGreen
            && !rootFacts.pipeline.ownChangeSinceGreen
            && rootFacts.signals == QStringList {u"pipeline"_s};
        // Walk everything that needs this service; failing consumers that went red after it,
        // without a change of their own, are its victims.
        int reach = 0;
        int weighted = 0;
        bool failingConsumer = false;
        std::deque<int> queue {root};
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
                if (!flaky && state[std::size_t(consumer)] == Open
                    && c.failingSince >= rootFacts.failingSince && !c.ownChange) {
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
            entry.reason
                = ModelsTr::tr("%1 went red %2 min after %3 failed, with no change of its own "
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
                (pf.failingSince <= rootFacts.failingSince ? earlierProviders : laterProviders)
                    .append(m_graph.name(p));
        }
        earlierProviders.sort();
        laterProviders.sort();
        if (flaky) {
            entry.verdict = Verdict::Flaky;
            entry.reason
                = ModelsTr::tr(
                      "%1 failed on commit %2, which passed before, and its reruns have gone green "
                      "on unchanged commits: this looks flaky, not broken; rerun it.")
                      .arg(entry.service, shortSha(rootFacts.pipeline.failingCommit));
            others.append(entry);
            continue;
        }
        if (claimed.isEmpty() && !failingConsumer && earlierProviders.isEmpty()
            && laterProviders.isEmpty()) {
            entry.verdict = Verdict::Independent;
            entry.reason
                = ModelsTr::tr(
                      "%1 fails (%2); nothing it depends on and nothing that depends on it "
                      "is failing.")
                      .arg(entry.service, what);
            others.append(entry);
            continue;
        }
        entry.verdict = Verdict::RootCause;
        if (!earlierProviders.isEmpty() && rootFacts.ownChange) {
            entry.reason
                = ModelsTr::tr(
                      "%1 fails (%2) on a change of its own although %3, which it needs, failed "
                      "earlier; look at its own change first.")
                      .arg(entry.service, what, earlierProviders.join(u", "_s));
        } else if (!earlierProviders.isEmpty()) {
            entry.reason
                = ModelsTr::tr(
                      "%1 went red after %2, which it needs, but %2 looks flaky and is not taken "
                      "as the cause; rerun %2, then look at %1.")
                      .arg(entry.service, earlierProviders.join(u", "_s));
        } else if (!laterProviders.isEmpty()) {
            entry.reason
                = ModelsTr::tr(
                      "%1 fails (%2) since %3, before %4 failed; that later failure did not "
                      "cause it.")
                      .arg(entry.service, what, formatLocalTime(entry.redSince),
                           laterProviders.join(u", "_s));
        } else {
            entry.reason
                = ModelsTr::tr("%1 fails (%2) since %3 while nothing it depends on is failing; "
                               "%n service(s) that depend on it went red after it.",
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

DeployCheck AnalysisContext::check(int node, int environment, const QString &version,
                                   const std::vector<const QString *> *planned) const
{
    DeployCheck check;
    check.node = node;
    check.service = m_graph.name(node);
    check.version = version;
    check.environment = m_environments.value(environment);
    check.currentVersion = versionIn(node, environment);
    const QString &env = check.environment;
    const Facts &f = m_facts[std::size_t(node)];
    const auto block
        = [&check](BlockedReason::Kind kind, const QString &other, const QString &sentence) {
              check.deployable = false;
              check.reasons.append({kind, other, sentence});
          };

    if (f.pipeline.health == Health::Failing) {
        block(BlockedReason::Kind::PipelineRed, {},
              ModelsTr::tr("Its pipeline on the main branch is red since %1 (commit %2); fix or "
                           "rerun it first.")
                  .arg(formatLocalTime(f.pipeline.redSince), shortSha(f.pipeline.failingCommit)));
    }

    // Contracts, with can-i-deploy's rule: a pair with contract tests must be verified for exactly
    // the versions that will meet in the environment; unknown is not success.
    if (!m_contractPairs.isEmpty()) {
        for (int provider : m_graph.providers(node)) {
            if (!m_contractPairs.contains(pairKey(node, provider)))
                continue;
            const QString providerName = m_graph.name(provider);
            const QString providerVersion = planned && (*planned)[std::size_t(provider)]
                ? *(*planned)[std::size_t(provider)]
                : versionIn(provider, environment);
            if (providerVersion.isEmpty())
                continue; // nothing to meet there yet
            const VerificationResult result
                = m_results.value(resultKey(check.service, version, providerName, providerVersion),
                                  VerificationResult::Unknown);
            if (result == VerificationResult::Success)
                continue;
            const QStringList verifiedAgainst = m_verifiedProviderVersions.value(
                check.service + u'|' + version + u'|' + providerName);
            if (result == VerificationResult::Failed) {
                block(BlockedReason::Kind::ContractFailing, providerName,
                      ModelsTr::tr("Its contract with %1 %2, which runs in %3, fails verification.")
                          .arg(providerName, providerVersion, env));
            } else if (!verifiedAgainst.isEmpty()) {
                block(BlockedReason::Kind::ProviderNotDeployed, providerName,
                      ModelsTr::tr("It needs %1 %2 (the version its contract was verified "
                                   "against), but %3 runs "
                                   "%1 %4; deploy %1 first.")
                          .arg(providerName, verifiedAgainst.constLast(), env, providerVersion));
            } else {
                block(
                    BlockedReason::Kind::ContractUnverified, providerName,
                    ModelsTr::tr(
                        "Its contract with %1 %2, which runs in %3, has not been verified; run the "
                        "provider verification for %4 %5.")
                        .arg(providerName, providerVersion, env, check.service, version));
            }
        }
        for (int consumer : m_graph.consumers(node)) {
            if (!m_contractPairs.contains(pairKey(consumer, node)))
                continue;
            // Consumers deploy after their providers: while this one goes out, they run what runs
            // now.
            const QString consumerName = m_graph.name(consumer);
            const QString consumerVersion = versionIn(consumer, environment);
            if (consumerVersion.isEmpty())
                continue;
            const VerificationResult result
                = m_results.value(resultKey(consumerName, consumerVersion, check.service, version),
                                  VerificationResult::Unknown);
            if (result == VerificationResult::Success)
                continue;
            if (result == VerificationResult::Failed) {
                block(BlockedReason::Kind::ContractFailing, consumerName,
                      ModelsTr::tr("%1 %2, which runs in %3, fails verification against this "
                                   "version; deploying "
                                   "it would break %1.")
                          .arg(consumerName, consumerVersion, env));
            } else {
                block(BlockedReason::Kind::ContractUnverified, consumerName,
                      ModelsTr::tr("The contract of %1 %2, which runs in %3, has not been verified "
                                   "against this "
                                   "version.")
                          .arg(consumerName, consumerVersion, env));
            }
        }
    }

    if (f.rollout
        && (f.rollout->phase == RolloutPhase::Paused || f.rollout->phase == RolloutPhase::Aborted
            || f.rollout->phase == RolloutPhase::Degraded)) {
        QString failedMetric;
        for (const AnalysisResult &a : f.rollout->analysis) {
            if (a.phase == AnalysisPhase::Failed || a.phase == AnalysisPhase::Error)
                failedMetric = a.metric;
        }
        QString sentence = ModelsTr::tr("Its rollout of %1 is %2")
                               .arg(f.rollout->version, displayName(f.rollout->phase).toLower());
        if (!f.rollout->message.isEmpty())
            sentence += u": "_s + f.rollout->message;
        if (!failedMetric.isEmpty())
            sentence += ModelsTr::tr(" (analysis failed on %1)").arg(failedMetric);
        block(BlockedReason::Kind::Rollout, {}, sentence + u'.');
    }

    for (const FreezeWindow &freeze : m_policy.freezes) {
        if (freeze.covers(env, m_now)) {
            block(BlockedReason::Kind::Freeze, {},
                  ModelsTr::tr("%1 is frozen until %2%3.")
                      .arg(env, formatLocalTime(freeze.to),
                           freeze.reason.isEmpty() ? QString() : u" ("_s + freeze.reason + u')'));
        }
    }
    return check;
}

void AnalysisContext::applyCycleRule(QList<DeployCheck> &checks) const
{
    // A cycle ships together: a member is ready only when every other member is ready too.
    if (m_cycles.empty())
        return;
    QHash<int, qsizetype> position;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (m_graph.componentSize(m_graph.componentOf()[std::size_t(checks.at(i).node)]) > 1)
            position.insert(checks.at(i).node, i);
    }
    for (const std::vector<int> &members : m_cycles) {
        QStringList notReady;
        bool anyChecked = false;
        for (int node : members) {
            const qsizetype i = position.value(node, -1);
            anyChecked = anyChecked || i >= 0;
            if (i < 0 || !checks.at(i).deployable)
                notReady.append(m_graph.name(node));
        }
        if (!anyChecked || notReady.isEmpty())
            continue;
        for (int node : members) {
            const qsizetype i = position.value(node, -1);
            if (i < 0)
                continue;
            // Name a few of the others; a large cycle would otherwise make every sentence huge
            // (and the work quadratic).
            QStringList others;
            qsizetype otherCount = 0;
            for (const QString &name : std::as_const(notReady)) {
                if (name == checks.at(i).service)
                    continue;
                if (others.size() < 3)
                    others.append(name);
                ++otherCount;
            }
            if (otherCount == 0)
                continue;
            QString list = others.join(u", "_s);
            if (otherCount > others.size())
                list = ModelsTr::tr("%1 and %n more", nullptr, int(otherCount - others.size()))
                           .arg(list);
            checks[i].deployable = false;
            checks[i].reasons.append(
                {BlockedReason::Kind::Cycle, others.constFirst(),
                 ModelsTr::tr("It is in a dependency cycle and must ship together with %1, "
                              "which is not ready.")
                     .arg(list)});
        }
    }
}

QList<DeployCheck> AnalysisContext::blocked(const QString &environment) const
{
    QList<DeployCheck> checks;
    const int env = environmentIndex(environment);
    if (env < 0)
        return checks;
    for (int node = 0; node < m_graph.nodeCount(); ++node) {
        const Deployment *candidate = pendingCandidate(node, env);
        if (!candidate)
            continue;
        checks.append(check(node, env, candidate->version, nullptr));
        checks.last().fromEnvironment = candidate->environment;
    }
    applyCycleRule(checks);
    // Blocked first; nodes are numbered in name order.
    std::stable_partition(checks.begin(), checks.end(),
                          [](const DeployCheck &c) { return !c.deployable; });
    return checks;
}

PlanResult AnalysisContext::plan(const QString &environment, const QStringList &requests,
                                 QStringList *unknown) const
{
    PlanResult result;
    result.environment = environment;
    const int env = environmentIndex(environment);
    const int n = m_graph.nodeCount();

    struct Choice
    {
        int node;
        QString version;
        QString from;
    };
    std::vector<Choice> chosen;
    std::vector<char> isChosen(static_cast<std::size_t>(n), 0);
    if (requests.isEmpty()) {
        for (int node = 0; node < n; ++node) {
            if (const Deployment *candidate = pendingCandidate(node, env))
                chosen.push_back({node, candidate->version, candidate->environment});
        }
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
            if (isChosen[std::size_t(node)])
                continue;
            const Deployment *candidate = pendingCandidate(node, env);
            QString version = at < 0 ? QString() : request.mid(at + 1);
            if (version.isEmpty())
                version = candidate ? candidate->version : versionIn(node, env);
            chosen.push_back(
                {node, version,
                 candidate && candidate->version == version ? candidate->environment : QString()});
            isChosen[std::size_t(node)] = 1;
        }
    }
    for (const Choice &c : chosen)
        isChosen[std::size_t(c.node)] = 1;

    // Checked in dependency order with the plan in mind: a provider that ships in an earlier wave
    // runs its new version by the time its consumers go, so their contracts are checked against it.
    const std::vector<int> &component = m_graph.componentOf();
    std::stable_sort(chosen.begin(), chosen.end(), [&component](const Choice &a, const Choice &b) {
        return component[std::size_t(a.node)] < component[std::size_t(b.node)];
    });
    std::vector<const QString *> planned(static_cast<std::size_t>(n), nullptr);
    QList<DeployCheck> checks;
    checks.reserve(qsizetype(chosen.size()));
    for (const Choice &c : chosen) {
        checks.append(check(c.node, env, c.version, &planned));
        DeployCheck &made = checks.last();
        made.environment = environment;
        made.fromEnvironment = c.from;
        if (made.deployable)
            planned[std::size_t(c.node)] = &c.version;
    }
    applyCycleRule(checks);

    // Waves over the condensation (cycles collapsed), providers first; a component waits for a
    // held provider, directly or through services that are not part of the release. Component ids
    // are providers-first, so one pass in id order sees every provider before its consumers.
    const int components = m_graph.componentCount();
    std::vector<char> containsChosen(static_cast<std::size_t>(components), 0);
    std::vector<int> heldBecause(static_cast<std::size_t>(components),
                                 -1); // the blocked node it waits for
    std::vector<qsizetype> checkOf(static_cast<std::size_t>(n), -1);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const int node = checks.at(i).node;
        checkOf[std::size_t(node)] = i;
        containsChosen[std::size_t(component[std::size_t(node)])] = 1;
        if (!checks.at(i).deployable)
            heldBecause[std::size_t(component[std::size_t(node)])] = node;
    }
    const std::vector<int> level = levels(containsChosen);
    for (int c = 0; c < components; ++c) {
        int waitingFor = -1;
        forEachMember(c, [&](int node) {
            for (int provider : m_graph.providers(node)) {
                const int pc = component[std::size_t(provider)];
                if (pc != c && heldBecause[std::size_t(pc)] >= 0)
                    waitingFor = heldBecause[std::size_t(pc)];
            }
        });
        if (!containsChosen[std::size_t(c)]) {
            if (waitingFor >= 0)
                heldBecause[std::size_t(c)] = waitingFor;
            continue;
        }
        if (waitingFor < 0 || heldBecause[std::size_t(c)] >= 0)
            continue;
        heldBecause[std::size_t(c)] = waitingFor;
        forEachMember(c, [&](int node) {
            const qsizetype i = checkOf[std::size_t(node)];
            if (i < 0)
                return;
            checks[i].deployable = false;
            checks[i].reasons.append(
                {BlockedReason::Kind::WaitingForProvider, m_graph.name(waitingFor),
                 ModelsTr::tr("It must wait for %1, which it depends on and which is blocked.")
                     .arg(m_graph.name(waitingFor))});
        });
    }

    // Reported in node (name) order; sorting indices and moving once is cheaper than sorting the
    // checks themselves.
    std::vector<qsizetype> byNode;
    byNode.reserve(std::size_t(checks.size()));
    for (int node = 0; node < n; ++node) {
        if (checkOf[std::size_t(node)] >= 0)
            byNode.push_back(checkOf[std::size_t(node)]);
    }
    QList<DeployCheck> sorted;
    sorted.reserve(checks.size());
    for (qsizetype i : byNode)
        sorted.append(std::move(checks[i]));
    checks = std::move(sorted);
    std::vector<QStringList> waves;
    std::vector<int> chosenNodes;
    chosenNodes.reserve(std::size_t(checks.size()));
    for (const DeployCheck &c : std::as_const(checks)) {
        chosenNodes.push_back(c.node);
        const int comp = component[std::size_t(c.node)];
        if (heldBecause[std::size_t(comp)] >= 0) {
            result.held.append(c);
            continue;
        }
        const std::size_t wave = std::size_t(level[std::size_t(comp)]);
        if (waves.size() < wave)
            waves.resize(wave);
        waves[wave - 1].append(c.service);
    }
    int number = 1;
    for (QStringList &wave : waves) {
        if (!wave.isEmpty())
            result.waves.append({number++, std::move(wave)});
    }
    result.groups = groupsOf(chosenNodes);
    result.checks = std::move(checks);
    return result;
}

template<typename Visit>
void AnalysisContext::forEachMember(int component, Visit visit) const
{
    if (m_graph.componentSize(component) == 1) {
        visit(m_componentFirst[std::size_t(component)]);
        return;
    }
    for (int node : m_cycles[std::size_t(m_cycleOfComponent.value(component))])
        visit(node);
}

std::vector<int> AnalysisContext::levels(const std::vector<char> &containsChosen) const
{
    const std::vector<int> &component = m_graph.componentOf();
    const int components = m_graph.componentCount();
    std::vector<int> level(static_cast<std::size_t>(components), 0);
    for (int c = 0; c < components; ++c) {
        int below = 0;
        forEachMember(c, [&](int node) {
            for (int provider : m_graph.providers(node)) {
                const int pc = component[std::size_t(provider)];
                if (pc != c)
                    below = std::max(below, level[std::size_t(pc)]);
            }
        });
        level[std::size_t(c)] = containsChosen[std::size_t(c)] ? below + 1 : below;
    }
    return level;
}

QList<DeployGroup> AnalysisContext::groupsOf(const std::vector<int> &nodes) const
{
    const std::vector<int> &component = m_graph.componentOf();
    QHash<int, QStringList> members;
    for (int node : nodes) {
        const int comp = component[std::size_t(node)];
        if (m_graph.componentSize(comp) > 1)
            members[comp].append(m_graph.name(node));
    }
    QList<DeployGroup> groups;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        DeployGroup group;
        group.services = *it;
        for (int node : m_cycles[std::size_t(m_cycleOfComponent.value(it.key()))]) {
            for (int provider : m_graph.providers(node)) {
                if (component[std::size_t(provider)] == it.key())
                    group.cycleEdges.append({m_graph.name(node), m_graph.name(provider),
                                             m_graph.kind(node, provider),
                                             m_graph.evidence(node, provider)});
            }
        }
        groups.append(group);
    }
    std::sort(groups.begin(), groups.end(),
              [](const DeployGroup &a, const DeployGroup &b) { return a.services < b.services; });
    return groups;
}

PlanResult AnalysisContext::planWaves(const QStringList &services) const
{
    PlanResult result;
    const std::vector<int> &component = m_graph.componentOf();
    std::vector<int> nodes;
    std::vector<char> containsChosen(static_cast<std::size_t>(m_graph.componentCount()), 0);
    for (const QString &service : services) {
        const int node = m_graph.indexOf(service);
        if (node >= 0)
            nodes.push_back(node);
    }
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    for (int node : nodes)
        containsChosen[std::size_t(component[std::size_t(node)])] = 1;
    const std::vector<int> level = levels(containsChosen);
    std::vector<QStringList> waves;
    for (int node : nodes) {
        const std::size_t wave = std::size_t(level[std::size_t(component[std::size_t(node)])]);
        if (waves.size() < wave)
            waves.resize(wave);
        waves[wave - 1].append(m_graph.name(node));
    }
    int number = 1;
    for (QStringList &wave : waves) {
        if (!wave.isEmpty())
            result.waves.append({number++, std::move(wave)});
    }
    result.groups = groupsOf(nodes);
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
    const int env = environmentIndex(environment);
    for (int p : m_graph.transitiveProviders(node))
        result.providers.append(m_graph.name(p));
    for (int c : m_graph.transitiveConsumers(node))
        result.consumers.append(m_graph.name(c));
    result.providers.sort();
    result.consumers.sort();
    // What-if: the version that would go out now is the pending one, else what already runs.
    const Deployment *candidate = pendingCandidate(node, env);
    result.version = candidate ? candidate->version : versionIn(node, env);
    for (int consumer : m_graph.consumers(node)) {
        if (!m_contractPairs.contains(pairKey(consumer, node)))
            continue;
        const QString consumerName = m_graph.name(consumer);
        const QString consumerVersion = versionIn(consumer, env);
        if (consumerVersion.isEmpty())
            continue;
        const VerificationResult r
            = m_results.value(resultKey(consumerName, consumerVersion, service, result.version),
                              VerificationResult::Unknown);
        if (r == VerificationResult::Success)
            continue;
        result.wouldBreak.append(
            {consumerName, consumerVersion,
             r == VerificationResult::Failed
                 ? ModelsTr::tr("%1 %2 fails verification against %3 %4.")
                       .arg(consumerName, consumerVersion, service, result.version)
                 : ModelsTr::tr("%1 %2 was never verified against %3 %4.")
                       .arg(consumerName, consumerVersion, service, result.version)});
    }
    std::sort(result.wouldBreak.begin(), result.wouldBreak.end(),
              [](const ImpactResult::Break &a, const ImpactResult::Break &b) {
                  return a.consumer < b.consumer;
              });
    return result;
}

} // namespace Signalbox
