#pragma once

#include "analysis/analysis.h"
#include "store/snapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Signalbox {

class RunListModel;

// The details dock's content: who owns the selected service, what it is, and its recent runs.
class ServiceDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceDetailsPanel(RunListModel *runs, QWidget *parent = nullptr);

    void showNothing();
    void showLoading(const QString &serviceName);
    // triage and pending may be null: the service is not failing, or nothing of it is pending.
    void showDetails(const ServiceDetails &details, const TriageEntry *triage = nullptr,
                     const DeployCheck *pending = nullptr);
    void showError(const QString &message);

    QTableView *runsView() const { return m_runsView; }

private:
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_verdict;
    QLabel *m_message;
    QTableView *m_runsView;
    RunListModel *m_runs;
};

} // namespace Signalbox
