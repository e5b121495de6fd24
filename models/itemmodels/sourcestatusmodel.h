#pragma once

#include "domain/syncstate.h"

#include <QAbstractTableModel>

namespace Signalbox {

// The Sources panel: each source's state, last success, last error, rate limit and next sync.
// Fed whole states by the sync engine (through the app), one row per source in workspace order.
class SourceStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        LastSuccessColumn,
        RateLimitColumn,
        NextSyncColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1, // the source's name, whatever the column
        ProgressRole, // 0..100 while syncing with a known total; -1 indeterminate; absent: idle
        StaleRole,
    };

    explicit SourceStatusModel(QObject *parent = nullptr);

    void setStates(const QList<SourceSyncState> &states);
    void updateState(const SourceSyncState &state); // by name; ignored when unknown
    const QList<SourceSyncState> &states() const { return m_states; }
    int rowOf(const QString &name) const;

    // Times are shown relative to this; the panel advances it every few seconds.
    void setNow(EpochMs now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One line for the status bar: "3 sources: 1 syncing, 1 failing since 14:02".
    QString summary() const;

private:
    QString stateText(const SourceSyncState &s) const;
    QString nextSyncText(const SourceSyncState &s) const;

    QList<SourceSyncState> m_states;
    EpochMs m_now = NoTime;
};

} // namespace Signalbox
