#pragma once

#include "domain/entities.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace Signalbox {

// The details dock's Rollout tab: for the selected service, where its newest rollout stands (the
// phase in words, paused or aborted with the reason), traffic on the new version over time, the
// declared steps with the current one marked, and each analysis metric against its threshold.
class RolloutPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RolloutPanel(QWidget *parent = nullptr);

    void showNothing();
    // rollouts newest first, as ServiceDetails holds them; now draws a running rollout up to it.
    void showRollouts(const QString &service, const QList<Rollout> &rollouts, EpochMs now);

    // For tests and screen readers: what the panel says and holds.
    QString headline() const;
    QComboBox *rolloutPicker() const { return m_picker; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *metricsTable() const { return m_metrics; }
    QChartView *progressView() const { return m_progress; }
    QList<QChartView *> metricViews() const { return m_metricViews; }
    bool isShowingEmptyState() const;

    // The sentence at the top: "Paused at step 2 of 4 (a pause step): 20 % on 5.3.0".
    static QString headlineOf(const Rollout &rollout);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRollout(int index);

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QComboBox *m_picker;
    QLabel *m_headline;
    QLabel *m_facts;
    QChartView *m_progress;
    QTableWidget *m_steps;
    QLabel *m_analysisTitle;
    QTableWidget *m_metrics;
    QVBoxLayout *m_metricCharts;
    QList<QChartView *> m_metricViews;
    QList<Rollout> m_rollouts;
    QString m_service;
    EpochMs m_now = NoTime;
};

} // namespace Signalbox
