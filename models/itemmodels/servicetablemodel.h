#pragma once

#include "analysis/analysis.h"
#include "store/snapshot.h"

#include <QAbstractTableModel>

namespace Signalbox {

// The overview's service list. Fed whole snapshots; it never queries anything itself.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OwnerColumn,
        TierColumn,
        TriageColumn,
        NextDeployColumn,
        PipelineColumn,
        DeploymentColumn,
        RolloutColumn,
        ColumnCount
    };
    enum Role {
        SortRole
        = Qt::UserRole + 1, // a value that sorts sensibly (times as numbers, health by severity)
        HealthRole, // Signalbox::Health of the column's status
        ServiceNameRole,
    };
    Q_ENUM(Column)

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    // Triage verdicts and deploy readiness; may arrive with the snapshot or later.
    void setAnalysis(AnalysisSummaryPtr analysis);
    AnalysisSummaryPtr analysis() const { return m_analysis; }
    const TriageEntry *triageOf(const QString &service) const;
    const DeployCheck *pendingOf(const QString &service) const;
    SnapshotPtr snapshot() const { return m_snapshot; }
    // Ages ("12 min ago") are shown relative to this time; a snapshot sets it to when it was taken,
    // and the window moves it on while it stays open.
    void setReferenceTime(EpochMs now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOfService(const QString &name) const;

private:
    QVariant pipelineData(const ServiceState &state, int role) const;
    QVariant deploymentData(const ServiceState &state, int role) const;
    QVariant rolloutData(const ServiceState &state, int role) const;
    QVariant triageData(const ServiceState &state, int role) const;
    QVariant nextDeployData(const ServiceState &state, int role) const;

    SnapshotPtr m_snapshot;
    AnalysisSummaryPtr m_analysis;
    QHash<QString, qsizetype> m_triageIndex;
    QHash<QString, qsizetype> m_pendingIndex;
    EpochMs m_now = NoTime;
};

} // namespace Signalbox
