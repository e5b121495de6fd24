#pragma once

#include "analysis/analysis.h"
#include "store/snapshot.h"

#include <memory>
#include <optional>
#include <vector>

namespace Signalbox {

// The state of the contract between a consumer and a provider, as an edge shows it.
enum class ContractState {
    None, // no contract tests between the two
    Verified, // verified for the versions that run together in the target environment
    Unverified, // contract tests exist, but not for those versions
    Failing // the newest verification for those versions failed
};
QString displayName(ContractState state);

// One service as the graph draws it: everything a node, its tooltip and its badges need, so the
// scene never reads the snapshot or reruns an analysis.
struct GraphNode
{
    QString name;
    QString owner;
    QString system;
    int tier = 0;
    ServiceKind kind = ServiceKind::Unknown;
    bool discovered = false; // found in a repository, not confirmed by a person yet

    Health health = Health::Unknown; // the headline colour and glyph
    Health pipeline = Health::Unknown;
    RolloutPhase rolloutPhase = RolloutPhase::Unknown; // Unknown: no rollout known
    int rolloutWeight = -1;
    ContractState contracts = ContractState::None; // the worst over its contract edges

    std::optional<Verdict> verdict; // set for failing services
    int rootCauseRank = 0;
    int blastRadius = 0;
    QString rootCause; // for victims
    QStringList pathToRootCause; // for victims: this service … the root cause
    QString triageReason;

    bool pending = false; // has a version waiting for the plan's environment
    QString pendingVersion;
    QString currentVersion;
    int wave = 0; // 1-based wave in the plan; 0 when not planned or held
    bool blocked = false; // held: blocked itself or waiting for a blocked provider
    QStringList blockedReasons; // one sentence each
    int deployGroup = -1; // index into GraphData::deployGroups

    QString lastRunUrl;
    QString deploymentUrl;
    QString contractUrl;

    // One line for tooltips and screen readers: "payments: failing, root cause #1, …".
    QString summary() const;
    // Equal when a node would look the same; a change makes the view flash the node.
    bool sameLook(const GraphNode &other) const;
};

struct GraphEdge
{
    int consumer = -1;
    int provider = -1;
    DependencyKind kind = DependencyKind::Unknown;
    ContractState contract = ContractState::None;
    QString evidence;
    bool discovered = false; // found in a repository, not confirmed by a person yet
};

// An immutable picture for the graph view, built on the loader's worker from a snapshot and its
// analysis. Nodes are in the snapshot's order (by name); edges are distinct and without
// self-edges.
struct GraphData
{
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    QString environment; // the plan's target
    QList<PlanWave> waves;
    QList<DeployGroup> deployGroups;
    QHash<QString, int> byName;
    int indexOf(const QString &name) const;
    // A number that changes when nodes, edges or their catalog grouping change, and only then:
    // the view lays out again on a change of structure, never on a change of status.
    quint64 structureKey() const;
};
using GraphDataPtr = std::shared_ptr<const GraphData>;

GraphDataPtr buildGraphData(const Snapshot &snapshot, const AnalysisSummary *analysis);

// The plan's waves as Markdown for a chat message or a change ticket.
QString planMarkdown(const GraphData &graph, const QString &title);

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::GraphDataPtr)
