#pragma once

#include "analysis/discoveryoverview.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace Signalbox {

// One row of a Discovery panel table: what it shows, how it sorts, and what it is about.
struct DiscoveryRow
{
    QStringList cells;
    QVariantList sortKeys; // per column; empty: sort by the text
    QString toolTip;
    // What an action on the row acts on: a service name, or consumer and provider.
    QString service;
    DependencyKey dependency;
    CatalogState state = CatalogState::Declared;
    bool actionable = false; // found by a scan or added by hand: people can decide about it
    bool attention = false; // worth a look: behind its template, hand-rolled, a failure followed
    QList<Evidence> evidence;
};

struct DiscoveryTable
{
    QStringList headers;
    QList<DiscoveryRow> rows;
};

// The tables of the Discovery panel, built from one overview. Pure, so a test can read exactly
// what a person would see. Datastores, brokers and observability components (and the edges to
// them) are left out unless showInfrastructure.
DiscoveryTable discoveredServicesTable(const DiscoveryOverview &overview, bool showInfrastructure);
DiscoveryTable discoveredDependenciesTable(const DiscoveryOverview &overview,
                                           bool showInfrastructure);
DiscoveryTable templatesTable(const DiscoveryOverview &overview);
DiscoveryTable historyTable(const DiscoveryOverview &overview);
DiscoveryTable repositoriesTable(const DiscoveryOverview &overview, EpochMs now);
DiscoveryTable scanProblemsTable(const DiscoveryOverview &overview);

// How a state reads in the tables: "declared", "found", "confirmed", "hidden", "added".
QString catalogStateText(CatalogState state);

// A DiscoveryTable as a Qt model; the panel puts a sort proxy in front of it.
class DiscoveryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        StateRole, // CatalogState as int
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(DiscoveryTable table);
    const DiscoveryRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DiscoveryTable m_table;
};

} // namespace Signalbox
