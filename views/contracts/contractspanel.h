#pragma once

#include "analysis/analysis.h"
#include "domain/contracts.h"
#include "store/snapshot.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Signalbox {

// The details dock's Contracts tab: the selected service's contracts with each version pair's
// verification, and "Can I deploy?" for a version and an environment. It only shows what it is
// given and asks through canIDeployRequested; whoever answers calls showCanIDeployAnswer.
//
//     panel->showDetails(details);                      // from the details read
//     connect(panel, &ContractsPanel::canIDeployRequested, checker, &ContractChecker::check);
//     connect(checker, &ContractChecker::answered, panel, &ContractsPanel::showCanIDeployAnswer);
class ContractsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        RoleColumn,
        ServiceColumn,
        ConsumerVersionColumn,
        ProviderVersionColumn,
        StatusColumn,
        WhenColumn,
        LinkColumn,
        ColumnCount
    };
    static constexpr int UrlRole = Qt::UserRole + 1;

    explicit ContractsPanel(QWidget *parent = nullptr);

    void showNothing();
    // now: the instant the ages are counted from; NoTime: the clock.
    void showDetails(const ServiceDetails &details, EpochMs now = NoTime);
    // What holds the service's pending version because of its contracts, in the analysis' words,
    // above the table: the row a release manager is looking for. nullptr: nothing is pending.
    void showPending(const DeployCheck *pending);
    QLabel *pendingLabel() const { return m_pending; }

    // Whether anyone can answer: without a pact-broker source the check is disabled and the
    // reason says why.
    void showCanIDeployAvailable();
    void showCanIDeployUnavailable(const QString &reason);
    // The answer to the last request; ignored when nothing is being asked (cancelled, or another
    // service was selected meanwhile).
    void showCanIDeployAnswer(const Signalbox::CanIDeployAnswer &answer);

    QString service() const { return m_service; }
    bool isAsking() const { return m_asking; }
    QTableWidget *contractsTable() const { return m_table; }
    QTableWidget *matrixTable() const { return m_matrix; }
    QComboBox *versionCombo() const { return m_version; }
    QComboBox *environmentCombo() const { return m_environment; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *noticesLabel() const { return m_notices; }
    QLabel *availabilityLabel() const { return m_availability; }
    QAction *checkAction() const { return m_checkAction; }
    QAction *openVerificationAction() const { return m_openAction; }

Q_SIGNALS:
    void canIDeployRequested(const QString &service, const QString &version,
                             const QString &environment);
    void canIDeployCancelled();

public Q_SLOTS:
    void requestCanIDeploy();
    void cancelCanIDeploy();
    void openCurrentVerification();

private:
    void fillTable(const ServiceDetails &details, EpochMs now);
    void clearAnswer();
    void setAsking(bool asking);
    void updateCheckEnabled();

    QString m_service;
    QString m_unavailableReason;
    bool m_asking = false;
    QString m_askedVersion;
    QString m_askedEnvironment;

    QLabel *m_title;
    QLabel *m_empty;
    QLabel *m_pending;
    QTableWidget *m_table;
    QComboBox *m_version;
    QComboBox *m_environment;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_availability;
    QLabel *m_verdict;
    QLabel *m_reason;
    QLabel *m_notices;
    QTableWidget *m_matrix;
    QAction *m_checkAction;
    QAction *m_openAction;
};

} // namespace Signalbox
