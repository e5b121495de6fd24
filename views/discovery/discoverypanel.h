#pragma once

#include "analysis/discoveryoverview.h"
#include "domain/discoveryedit.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Signalbox {

class DiscoveryTableModel;

// The Repositories dock: what the workspace's git repositories say (services, dependencies,
// pipeline templates, history, scan problems), with the evidence for each row, and the
// decisions people make about it. Decisions go out as DiscoveryEdits through an undo stack;
// the app writes them into the workspace and reloads, and the new overview comes back in.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiscoveryPanel(QWidget *parent = nullptr);
    ~DiscoveryPanel() override;

    void setOverview(DiscoveryOverviewPtr overview);
    DiscoveryOverviewPtr overview() const { return m_overview; }
    void setScanning(bool scanning);
    void setScanProgress(const QString &repository, const QString &phase, int done, int total);
    // False for a workspace that cannot be written (the built-in demo): decisions are refused.
    void setEditable(bool editable);

    QUndoStack *undoStack() const { return m_undo; }
    QAction *rescanAction() const { return m_rescan; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *servicesView() const { return m_servicesView; }
    QTableView *dependenciesView() const { return m_dependenciesView; }
    QListWidget *evidenceList() const { return m_evidence; }

    // Makes a decision about the selected services or dependencies (what the buttons do).
    void decideSelected(DiscoveryEdit::Decision decision);
    void addService(const QString &name, ServiceKind kind, const QString &owner);
    void addDependency(const QString &consumer, const QString &provider, DependencyKind kind);
    // The app reports back for each editRequested, in order. A failed write clears the undo
    // history: what it would undo can no longer be told for certain.
    void editFinished(bool ok);
    // Another workspace: no undo history, no edits expected back.
    void resetEdits();
    // Sends an edit (the undo stack's commands call this); public for the commands only.
    void sendEdit(const DiscoveryEdit &edit);

Q_SIGNALS:
    void editRequested(const Signalbox::DiscoveryEdit &edit);
    void rescanRequested();
    void cancelScanRequested();
    void editRefused(const QString &message);
    // A row was double-clicked or activated with Return: show that service in the window.
    void serviceActivated(const QString &name);

private:
    QTableView *addTable(const QString &title, DiscoveryTableModel *model);
    void refreshTables();
    void updateActions();
    void showEvidence();
    void push(const DiscoveryEdit &edit, const QString &text);
    void askForService();
    void askForDependency();
    void removeSelectedAdded();
    QTableView *currentDecisionView() const;
    QList<const struct DiscoveryRow *> selectedRows(QTableView *view) const;

    DiscoveryOverviewPtr m_overview;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    DiscoveryTableModel *m_services;
    DiscoveryTableModel *m_dependencies;
    DiscoveryTableModel *m_templates;
    DiscoveryTableModel *m_history;
    DiscoveryTableModel *m_repositories;
    DiscoveryTableModel *m_problems;
    QTableView *m_servicesView = nullptr;
    QTableView *m_dependenciesView = nullptr;
    QList<QTableView *> m_views;
    QListWidget *m_evidence;
    QCheckBox *m_showInfrastructure;
    QLabel *m_status;
    QProgressBar *m_progress;
    QAction *m_rescan;
    QAction *m_cancel;
    QAction *m_confirm;
    QAction *m_hide;
    QAction *m_undecide;
    QAction *m_addService;
    QAction *m_addDependency;
    QAction *m_removeAdded;
    // The decisions as they will be once every edit sent has been written: inverses for undo
    // are computed from this, not from the last reload, which may be behind.
    DiscoveryDecisions m_expectedDecisions;
    int m_editsInFlight = 0;
    bool m_editable = true;
    bool m_scanning = false;
};

} // namespace Signalbox
