#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>

namespace Signalbox {

// A service's recent pipeline runs, newest first, for the details dock.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        PipelineColumn,
        BranchColumn,
        CommitColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role { UrlRole = Qt::UserRole + 1, HealthRole };

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QList<PipelineRun> &runs);
    const QList<PipelineRun> &runs() const { return m_runs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PipelineRun> m_runs;
};

} // namespace Signalbox
