#pragma once

#include "analysis/plantracking.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Signalbox {

class PlanServiceDialog;

// Starts a release plan from what is pending: a name, the target environment and a checkable
// table of the environment's pending changes (all checked), plus services added by hand with a
// version. draft() is the plan to create; the app fills in who made it and when.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPlanDialog(PlanBoardPtr board, QWidget *parent = nullptr);
    ~NewPlanDialog() override;

    ReleasePlan draft() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *environmentBox() const { return m_environment; }
    QTableWidget *changesView() const { return m_changes; }
    QPushButton *addServiceButton() const { return m_addService; }
    QPushButton *okButton() const { return m_ok; }
    // The Add Service dialog while it is open (window-modal, not blocking).
    PlanServiceDialog *addServiceDialog() const { return m_addServiceDialog; }

    // What "Add Service…" does once asked: a row added by hand, checked; it replaces the row of
    // the same service.
    void addService(const QString &service, const QString &version);
    void setAllChecked(bool checked);

private:
    enum Column {
        ServiceColumn,
        VersionColumn,
        ChangeColumn,
        CommitsColumn,
        AuthorColumn,
        PipelineColumn,
        ReasonsColumn,
        ColumnCount
    };
    void showPending();
    void addRow(const PlanItem &item, Health pipeline, const QStringList &reasons);
    void askForService();
    void updateOk();

    PlanBoardPtr m_board;
    QList<PlanItem> m_rows; // one per table row
    QList<PlanItem> m_manual; // kept across a change of environment
    QLineEdit *m_name;
    QComboBox *m_environment;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QPushButton *m_addService;
    QPushButton *m_ok;
    PlanServiceDialog *m_addServiceDialog = nullptr;
};

} // namespace Signalbox
