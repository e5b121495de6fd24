#pragma once

#include "analysis/teamleadreport.h"

#include <QWidget>

class QAction;
class QComboBox;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Signalbox {

// The Delivery page for team leads: the "is the pipeline the bottleneck?" checklist answered
// from the cache with its evidence, the DORA metrics with their trends, and the build-time
// charts. It shows one TeamLeadReport at a time; the app computes reports off the GUI thread
// and hands each new one in.
class TeamLeadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TeamLeadPanel(QWidget *parent = nullptr);
    ~TeamLeadPanel() override;

    void setReport(TeamLeadReportPtr report);
    TeamLeadReportPtr report() const { return m_report; }
    void setBusy(bool busy);
    void setError(const QString &message);
    // The window the person chose, in days (remembered across sessions).
    int windowDays() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *checklistView() const { return m_checklist; }
    QTableWidget *evidenceView() const { return m_evidence; }
    QTableWidget *doraServicesView() const { return m_doraServices; }
    QTableWidget *trendDeploymentsView() const { return m_trendDeployments; }
    QTableWidget *buildTimesView() const { return m_buildTimes; }
    QChartView *doraChartView() const { return m_doraChart; }
    // Lists the deployments behind a trend point (what a click on the chart does).
    void showTrendPoint(int index);
    // Asks for an override of the selected question (what the button does); the dialog's
    // result goes out as overrideRequested.
    void overrideSelected();
    void clearSelectedOverride();
    // The Markdown the exports write, for the clipboard.
    QString markdown() const;

Q_SIGNALS:
    void windowDaysChanged(int days);
    // `author` and the time are the app's to fill in.
    void overrideRequested(const Signalbox::ChecklistOverride &decision);
    void serviceActivated(const QString &name);
    void exportFailed(const QString &message);
    void exported(const QString &path);

private:
    QWidget *createChecklistTab();
    QWidget *createDoraTab();
    QWidget *createBuildTimesTab();
    void showChecklist();
    void showEvidence();
    void showDora();
    void showDoraChart();
    void showBuildTimes();
    void showBuildTimeTrend();
    // The save dialog, opening in the folder of the last export.
    void exportMarkdown();
    void exportPdf();
    const ChecklistItem *selectedItem() const;
    void updateButtons();
    void applyPalette();
    bool event(QEvent *event) override;

    TeamLeadReportPtr m_report;
    QComboBox *m_window;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_exportMarkdown;
    QPushButton *m_exportPdf;
    QPushButton *m_copyMarkdown;
    QTabWidget *m_tabs;
    // Checklist
    QLabel *m_verdict;
    QTableWidget *m_checklist;
    QLabel *m_itemSummary;
    QTableWidget *m_evidence;
    QPushButton *m_override;
    QAction *m_overrideAction;
    QPushButton *m_clearOverride;
    // DORA
    QList<QLabel *> m_doraCards;
    QComboBox *m_doraMetric;
    QChartView *m_doraChart;
    QLabel *m_trendCaption;
    QTableWidget *m_trendDeployments;
    QTableWidget *m_doraServices;
    // Build times
    QChartView *m_distributionChart;
    QComboBox *m_buildService;
    QChartView *m_buildTrendChart;
    QChartView *m_queueChart;
    QTableWidget *m_buildTimes;
};

} // namespace Signalbox
