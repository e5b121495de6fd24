#include "servicetablemodel.h"

#include "domain/timeformat.h"

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
