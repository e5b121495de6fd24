#include "servicetablemodel.h"

#include "domain/timeformat.h"

using namespace Qt::StringLiterals;

#include <QFont>

namespace Signalbox {

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_snapshot(std::make_shared<Snapshot>())
{ }

void ServiceTableModel::setSnapshot(SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<Snapshot>();
    m_now = m_snapshot->takenAt;
    endResetModel();
}

void ServiceTableModel::setAnalysis(AnalysisSummaryPtr analysis)
{
    m_analysis = std::move(analysis);
    m_triageIndex.clear();
    m_pendingIndex.clear();
    if (m_analysis) {
        for (qsizetype i = 0; i < m_analysis->triage.entries.size(); ++i)
            m_triageIndex.insert(m_analysis->triage.entries.at(i).service, i);
        for (qsizetype i = 0; i < m_analysis->pending.size(); ++i)
            m_pendingIndex.insert(m_analysis->pending.at(i).service, i);
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TriageColumn), index(rowCount() - 1, NextDeployColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, NextDeployColumn, NextDeployColumn);
}

const TriageEntry *ServiceTableModel::triageOf(const QString &service) const
{
    const qsizetype i = m_triageIndex.value(service, -1);
    return i < 0 ? nullptr : &m_analysis->triage.entries.at(i);
}

const DeployCheck *ServiceTableModel::pendingOf(const QString &service) const
{
    const qsizetype i = m_pendingIndex.value(service, -1);
    return i < 0 ? nullptr : &m_analysis->pending.at(i);
}

void ServiceTableModel::setReferenceTime(EpochMs now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, PipelineColumn), index(rowCount() - 1, DeploymentColumn),
                           {Qt::DisplayRole});
    }
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot->services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex ServiceTableModel::indexOfService(const QString &name) const
{
    const int row = m_snapshot->indexOf(name);
    return row >= 0 ? index(row, NameColumn) : QModelIndex();
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Service");
    case OwnerColumn:
        return tr("Owner");
    case TierColumn:
        return tr("Tier");
    case TriageColumn:
        return tr("Triage");
    case NextDeployColumn:
        return m_analysis ? tr("Next to %1").arg(m_analysis->environment) : tr("Next deploy");
    case PipelineColumn:
        return tr("Pipeline");
    case DeploymentColumn:
        return tr("Last deployment");
    case RolloutColumn:
        return tr("Rollout");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceState &state = m_snapshot->services.at(index.row());
    const Service &service = state.service;
    if (role == ServiceNameRole)
        return service.name;

    switch (Column(index.column())) {
    case NameColumn:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return service.name;
        case Qt::ToolTipRole:
            if (!service.inCatalog)
                return tr("%1 is not in the catalog; it was seen only in a source's data.")
                    .arg(service.name);
            return service.system.isEmpty()
                ? displayName(service.kind)
                : tr("%1 in system %2").arg(displayName(service.kind), service.system);
        case Qt::FontRole:
            if (!service.inCatalog) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        }
        return {};
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return service.owner;
        return {};
    case TierColumn:
        if (role == Qt::DisplayRole)
            return service.tier > 0 ? QVariant(service.tier) : QVariant(QStringLiteral("—"));
        if (role == SortRole)
            return service.tier > 0 ? service.tier : 99;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case TriageColumn:
        return triageData(state, role);
    case NextDeployColumn:
        return nextDeployData(state, role);
    case PipelineColumn:
        return pipelineData(state, role);
    case DeploymentColumn:
        return deploymentData(state, role);
    case RolloutColumn:
        return rolloutData(state, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ServiceTableModel::pipelineData(const ServiceState &state, int role) const
{
    const Health health = state.pipelineHealth();
    const PipelineRun *run = state.lastRun ? &*state.lastRun : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (!run)
            return tr("No runs");
        return tr("%1 · %2").arg(displayName(run->status), formatAge(run->startedAt, m_now));
    case Qt::DecorationRole:
        return healthIcon(health);
    case HealthRole:
        return QVariant::fromValue(health);
    case SortRole:
        // Failing first when sorted descending, unknown never among the healthy.
        return int(health);
    case Qt::ToolTipRole:
        if (!run)
            return tr("No pipeline run on %1 is known.").arg(state.service.defaultBranch);
        return tr("%1 on %2 (%3), commit %4, started %5")
            .arg(displayName(run->status), run->branch, run->pipeline, run->commitSha.left(8),
                 formatLocalTime(run->startedAt));
    case Qt::AccessibleDescriptionRole:
        return displayName(health);
    }
    return {};
}

QVariant ServiceTableModel::deploymentData(const ServiceState &state, int role) const
{
    if (state.latestDeployments.isEmpty()) {
        if (role == Qt::DisplayRole)
            return tr("Never deployed");
        if (role == SortRole)
            return qint64(NoTime);
        return {};
    }
    const Deployment &newest = state.latestDeployments.constFirst();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 → %2 · %3")
            .arg(newest.version, newest.environment, formatAge(newest.deployedAt, m_now));
    case Qt::DecorationRole:
        return healthIcon(healthOf(newest.status));
    case HealthRole:
        return QVariant::fromValue(healthOf(newest.status));
    case SortRole:
        return newest.deployedAt;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Deployment &d : state.latestDeployments) {
            lines << tr("%1: %2 (%3, %4)")
                         .arg(d.environment, d.version, displayName(d.status),
                              formatLocalTime(d.deployedAt));
        }
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant ServiceTableModel::triageData(const ServiceState &state, int role) const
{
    const TriageEntry *entry = triageOf(state.service.name);
    if (!entry) {
        if (role == Qt::DisplayRole)
            return state.pipelineHealth() == Health::Unknown ? tr("No status") : QString();
        if (role == SortRole)
            return 0;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (entry->verdict) {
        case Verdict::RootCause:
            return tr("Root cause #%1 · %n affected", nullptr, entry->blastRadius).arg(entry->rank);
        case Verdict::Victim:
            return tr("Victim of %1").arg(entry->rootCause);
        case Verdict::Flaky:
            return tr("Flaky");
        case Verdict::Independent:
            return tr("Failing on its own");
        }
        return {};
    case Qt::DecorationRole:
        return healthIcon(entry->verdict == Verdict::RootCause
                                  || entry->verdict == Verdict::Independent
                              ? Health::Failing
                              : Health::Warning);
    case HealthRole:
        return QVariant::fromValue(entry->verdict == Verdict::RootCause ? Health::Failing
                                                                        : Health::Warning);
    case SortRole:
        // Root causes first (by rank), then victims, flaky, independent, when sorted descending.
        return entry->verdict == Verdict::RootCause ? 1000 - entry->rank
                                                    : 100 - int(entry->verdict);
    case Qt::ToolTipRole:
        return entry->reason;
    }
    return {};
}

QVariant ServiceTableModel::nextDeployData(const ServiceState &state, int role) const
{
    const DeployCheck *check = pendingOf(state.service.name);
    if (!check) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == SortRole)
            return 0;
        if (role == Qt::ToolTipRole && m_analysis)
            return tr("Nothing of %1 is waiting to go to %2.")
                .arg(state.service.name, m_analysis->environment);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return check->deployable ? tr("%1 ready").arg(check->version)
                                 : tr("%1 blocked").arg(check->version);
    case Qt::DecorationRole:
        return healthIcon(check->deployable ? Health::Healthy : Health::Warning);
    case HealthRole:
        return QVariant::fromValue(check->deployable ? Health::Healthy : Health::Warning);
    case SortRole:
        return check->deployable ? 1 : 2;
    case Qt::ToolTipRole: {
        if (check->deployable) {
            return tr("%1 %2 (now in %3) can go to %4 after %5.")
                .arg(check->service, check->version, check->fromEnvironment, check->environment,
                     check->currentVersion.isEmpty() ? tr("nothing") : check->currentVersion);
        }
        QStringList lines;
        for (const BlockedReason &r : check->reasons)
            lines << u"• "_s + r.sentence;
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant ServiceTableModel::rolloutData(const ServiceState &state, int role) const
{
    if (!state.latestRollout) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == SortRole)
            return -1;
        return {};
    }
    const Rollout &r = *state.latestRollout;
    const bool underWay = r.phase == RolloutPhase::Progressing || r.phase == RolloutPhase::Paused;
    switch (role) {
    case Qt::DisplayRole:
        if (underWay && r.weight >= 0) {
            // The icon already says "in progress"; the words say how far.
            return (r.phase == RolloutPhase::Paused ? tr("Paused at %1 % · step %2/%3")
                                                    : tr("%1 % · step %2/%3"))
                .arg(r.weight)
                .arg(r.step)
                .arg(r.stepCount);
        }
        return tr("%1 · %2").arg(displayName(r.phase), r.version);
    case Qt::DecorationRole:
        return healthIcon(healthOf(r.phase));
    case HealthRole:
        return QVariant::fromValue(healthOf(r.phase));
    case SortRole:
        return underWay ? 1000 + r.weight : int(healthOf(r.phase));
    case Qt::ToolTipRole:
        return r.message.isEmpty() ? tr("%1 rollout of %2").arg(toWord(r.strategy), r.version)
                                   : r.message;
    }
    return {};
}

} // namespace Signalbox
