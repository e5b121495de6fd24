#include "runlistmodel.h"

#include "domain/timeformat.h"

#include <QUrl>

namespace Signalbox {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunListModel::setRuns(const QList<PipelineRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case PipelineColumn:
        return tr("Pipeline");
    case BranchColumn:
        return tr("Branch");
    case CommitColumn:
        return tr("Commit");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PipelineRun &run = m_runs.at(index.row());
    if (role == UrlRole)
        return QUrl(run.url);
    if (role == HealthRole)
        return QVariant::fromValue(healthOf(run.status));
    if (role == Qt::ToolTipRole) {
        return run.url.isEmpty() ? tr("Run %1 from %2").arg(run.externalId, run.source)
                                 : tr("Run %1 from %2 — double-click to open %3")
                                       .arg(run.externalId, run.source, run.url);
    }
    switch (Column(index.column())) {
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return run.attempt > 1
                ? tr("%1 (attempt %2)").arg(displayName(run.status)).arg(run.attempt)
                : displayName(run.status);
        }
        if (role == Qt::DecorationRole)
            return healthIcon(healthOf(run.status));
        return {};
    case PipelineColumn:
        return role == Qt::DisplayRole ? QVariant(run.pipeline) : QVariant();
    case BranchColumn:
        return role == Qt::DisplayRole ? QVariant(run.branch) : QVariant();
    case CommitColumn:
        if (role == Qt::DisplayRole)
            return run.commitSha.left(8);
        if (role == Qt::FontRole)
            return {};
        return {};
    case StartedColumn:
        return role == Qt::DisplayRole ? QVariant(formatLocalTime(run.startedAt)) : QVariant();
    case DurationColumn:
        if (role == Qt::DisplayRole)
            return formatDuration(run.durationMs);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Signalbox
