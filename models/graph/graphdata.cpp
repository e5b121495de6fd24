#include "graphdata.h"

#include "domain/tr.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signalbox {

QString displayName(ContractState state)
{
    switch (state) {
    case ContractState::Verified:
        return ModelsTr::tr("verified");
    case ContractState::Unverified:
        return ModelsTr::tr("not verified for the versions that meet");
    case ContractState::Failing:
        return ModelsTr::tr("failing verification");
    case ContractState::None:
        break;
    }
    return ModelsTr::tr("no contract tests");
}

QString GraphNode::summary() const
{
    QStringList parts {displayName(health).toLower()};
    if (verdict) {
        switch (*verdict) {
        case Verdict::RootCause:
            parts << ModelsTr::tr("root cause #%1, %n service(s) affected", nullptr, blastRadius)
                         .arg(rootCauseRank);
            break;
        case Verdict::Victim:
            parts << ModelsTr::tr("victim of %1").arg(rootCause);
            break;
        case Verdict::Flaky:
            parts << ModelsTr::tr("flaky");
            break;
        case Verdict::Independent:
            parts << ModelsTr::tr("failing on its own");
            break;
        }
    }
    if (rolloutPhase != RolloutPhase::Unknown && rolloutPhase != RolloutPhase::Healthy) {
        parts << (rolloutWeight >= 0
                      ? ModelsTr::tr("rollout %1 at %2 %")
                            .arg(displayName(rolloutPhase).toLower())
                            .arg(rolloutWeight)
                      : ModelsTr::tr("rollout %1").arg(displayName(rolloutPhase).toLower()));
    }
    if (pending) {
        if (blocked)
            parts << ModelsTr::tr("%1 blocked").arg(pendingVersion);
        else if (wave > 0)
            parts << ModelsTr::tr("%1 ready in wave %2").arg(pendingVersion).arg(wave);
    }
    return name + u": "_s + parts.join(u", "_s);
}

bool GraphNode::sameLook(const GraphNode &o) const
{
    return health == o.health && pipeline == o.pipeline && rolloutPhase == o.rolloutPhase
        && rolloutWeight == o.rolloutWeight && contracts == o.contracts && verdict == o.verdict
        && rootCauseRank == o.rootCauseRank && pending == o.pending
        && pendingVersion == o.pendingVersion && wave == o.wave && blocked == o.blocked;
}

int GraphData::indexOf(const QString &name) const
{
    return byName.value(name, -1);
}

quint64 GraphData::structureKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()),
                                    text.size() * qsizetype(sizeof(char16_t))));
        hash.addData(QByteArrayView("\0", 1));
    };
    for (const GraphNode &node : nodes) {
        add(node.name);
        add(node.owner);
        add(node.system);
    }
    for (const GraphEdge &edge : edges) {
        const int pair[2] = {edge.consumer, edge.provider};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(pair), sizeof(pair)));
    }
    const QByteArray digest = hash.result();
    quint64 key = 0;
    std::memcpy(&key, digest.constData(), sizeof(key));
    return key;
}

namespace {

Health headlineHealth(const ServiceState &state, const TriageEntry *triage)
{
    if (triage)
        return triage->verdict == Verdict::Flaky ? Health::Warning : Health::Failing;
    if (state.latestRollout) {
        switch (state.latestRollout->phase) {
        case RolloutPhase::Progressing:
            return Health::InProgress;
        case RolloutPhase::Paused:
            return Health::Warning;
        case RolloutPhase::Degraded:
        case RolloutPhase::Aborted:
            return Health::Failing;
        case RolloutPhase::Healthy:
        case RolloutPhase::Unknown:
            break;
        }
    }
    return state.pipelineHealth();
}

const Deployment *deploymentIn(const ServiceState &state, const QString &environment)
{
    for (const Deployment &d : state.latestDeployments) {
        if (d.environment == environment)
            return &d;
    }
    return nullptr;
}

} // namespace

GraphDataPtr buildGraphData(const Snapshot &snapshot, const AnalysisSummary *analysis)
{
    auto graph = std::make_shared<GraphData>();
    graph->nodes.reserve(std::size_t(snapshot.services.size()));
    graph->byName.reserve(snapshot.services.size());
    if (analysis)
        graph->environment = analysis->environment;
    for (const ServiceState &state : snapshot.services) {
        GraphNode node;
        node.name = state.service.name;
        node.owner = state.service.owner;
        node.system = state.service.system;
        node.tier = state.service.tier;
        node.kind = state.service.kind;
        node.discovered = state.service.discovered;
        node.pipeline = state.pipelineHealth();
        const TriageEntry *triage = analysis ? analysis->triage.find(node.name) : nullptr;
        node.health = headlineHealth(state, triage);
        if (triage) {
            node.verdict = triage->verdict;
            node.rootCauseRank = triage->rank;
            node.blastRadius = triage->blastRadius;
            node.rootCause = triage->rootCause;
            node.pathToRootCause = triage->path;
            node.triageReason = triage->reason;
        }
        if (state.latestRollout) {
            node.rolloutPhase = state.latestRollout->phase;
            node.rolloutWeight = state.latestRollout->weight;
        }
        if (state.lastRun)
            node.lastRunUrl = state.lastRun->url;
        if (!state.latestDeployments.isEmpty())
            node.deploymentUrl = state.latestDeployments.constFirst().url;
        if (const Deployment *current = deploymentIn(state, graph->environment))
            node.currentVersion = current->version;
        graph->byName.insert(node.name, int(graph->nodes.size()));
        graph->nodes.push_back(std::move(node));
    }

    if (analysis) {
        const PlanResult &plan = analysis->plan;
        graph->waves = plan.waves;
        graph->deployGroups = plan.groups;
        for (const DeployCheck &check : plan.checks) {
            const int i = graph->indexOf(check.service);
            if (i < 0)
                continue;
            GraphNode &node = graph->nodes[std::size_t(i)];
            node.pending = true;
            node.pendingVersion = check.version;
        }
        for (const DeployCheck &check : plan.held) {
            const int i = graph->indexOf(check.service);
            if (i < 0)
                continue;
            GraphNode &node = graph->nodes[std::size_t(i)];
            node.blocked = true;
            for (const BlockedReason &reason : check.reasons)
                node.blockedReasons.append(reason.sentence);
        }
        for (const PlanWave &wave : plan.waves) {
            for (const QString &service : wave.services) {
                const int i = graph->indexOf(service);
                if (i >= 0)
                    graph->nodes[std::size_t(i)].wave = wave.number;
            }
        }
        for (qsizetype g = 0; g < plan.groups.size(); ++g) {
            for (const QString &service : plan.groups.at(g).services) {
                const int i = graph->indexOf(service);
                if (i >= 0)
                    graph->nodes[std::size_t(i)].deployGroup = int(g);
            }
        }
    }

    // Contract state per edge: the verification for the versions that meet in the target
    // environment decides; tests that exist for other versions only mean "not verified".
    QHash<QString, const ContractVerification *> exact;
    QHash<QString, const ContractVerification *> newestOfPair;
    for (const ContractVerification &v : snapshot.verifications) {
        exact.insert(v.consumer + u'|' + v.consumerVersion + u'|' + v.provider + u'|'
                         + v.providerVersion,
                     &v);
        const QString pair = v.consumer + u'|' + v.provider;
        const ContractVerification *&newest = newestOfPair[pair];
        if (!newest || v.verifiedAt > newest->verifiedAt)
            newest = &v;
    }
    QSet<quint64> seen;
    for (const Dependency &d : snapshot.dependencies) {
        const int consumer = graph->indexOf(d.consumer);
        const int provider = graph->indexOf(d.provider);
        if (consumer < 0 || provider < 0 || consumer == provider)
            continue;
        const quint64 key = (quint64(quint32(consumer)) << 32) | quint32(provider);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        GraphEdge edge {consumer, provider, d.kind, ContractState::None, d.evidence, d.discovered};
        const QString pair = d.consumer + u'|' + d.provider;
        if (const ContractVerification *newest = newestOfPair.value(pair)) {
            const QString &cv = graph->nodes[std::size_t(consumer)].currentVersion;
            const QString &pv = graph->nodes[std::size_t(provider)].currentVersion;
            const ContractVerification *match
                = exact.value(d.consumer + u'|' + cv + u'|' + d.provider + u'|' + pv, nullptr);
            const ContractVerification *shown = match ? match : newest;
            if (match)
                edge.contract = match->result == VerificationResult::Success
                    ? ContractState::Verified
                    : match->result == VerificationResult::Failed ? ContractState::Failing
                                                                  : ContractState::Unverified;
            else
                edge.contract = newest->result == VerificationResult::Failed && cv.isEmpty()
                    ? ContractState::Failing
                    : ContractState::Unverified;
            for (int end : {consumer, provider}) {
                GraphNode &node = graph->nodes[std::size_t(end)];
                if (int(edge.contract) > int(node.contracts)) {
                    node.contracts = edge.contract;
                    if (!shown->url.isEmpty())
                        node.contractUrl = shown->url;
                }
            }
        }
        graph->edges.push_back(std::move(edge));
    }
    std::sort(graph->edges.begin(), graph->edges.end(), [](const GraphEdge &a, const GraphEdge &b) {
        return a.consumer != b.consumer ? a.consumer < b.consumer : a.provider < b.provider;
    });
    return graph;
}

QString planMarkdown(const GraphData &graph, const QString &title)
{
    QString out = u"# "_s + title + u"\n\n"_s;
    if (graph.waves.isEmpty()
        && std::none_of(graph.nodes.begin(), graph.nodes.end(),
                        [](const GraphNode &n) { return n.blocked; })) {
        out += ModelsTr::tr("Nothing is waiting to be deployed to %1.").arg(graph.environment)
            + u'\n';
        return out;
    }
    const auto line = [&graph](const QString &service) -> QString {
        const GraphNode &node = graph.nodes[std::size_t(graph.indexOf(service))];
        QString text = u"- [ ] **"_s + node.name + u"** "_s + node.pendingVersion;
        if (!node.currentVersion.isEmpty())
            text += ModelsTr::tr(" (now %1)").arg(node.currentVersion);
        if (!node.owner.isEmpty())
            text += u" — "_s + node.owner;
        if (node.deployGroup >= 0)
            text += u" — "_s + ModelsTr::tr("ships together with its cycle");
        return text + u'\n';
    };
    for (const PlanWave &wave : graph.waves) {
        out += u"## "_s + ModelsTr::tr("Wave %1").arg(wave.number) + u"\n\n"_s;
        for (const QString &service : wave.services)
            out += line(service);
        out += u'\n';
    }
    QStringList held;
    for (const GraphNode &node : graph.nodes) {
        if (node.blocked)
            held << node.name;
    }
    if (!held.isEmpty()) {
        out += u"## "_s + ModelsTr::tr("Blocked") + u"\n\n"_s;
        for (const QString &service : held) {
            const GraphNode &node = graph.nodes[std::size_t(graph.indexOf(service))];
            out += u"- **"_s + node.name + u"** "_s + node.pendingVersion;
            if (!node.owner.isEmpty())
                out += u" — "_s + node.owner;
            out += u'\n';
            for (const QString &reason : node.blockedReasons)
                out += u"  - "_s + reason + u'\n';
        }
    }
    return out;
}

} // namespace Signalbox
