#include "rolloutpanel.h"

#include "rolloutcharts.h"

#include "domain/timeformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QString strategyName(RolloutStrategy strategy)
{
    switch (strategy) {
    case RolloutStrategy::Canary:
        return RolloutPanel::tr("Canary");
    case RolloutStrategy::BlueGreen:
        return RolloutPanel::tr("Blue-green");
    case RolloutStrategy::Rolling:
        return RolloutPanel::tr("Rolling update");
    case RolloutStrategy::Unknown:
        break;
    }
    return RolloutPanel::tr("Unknown strategy");
}

// The controllers' reason codes, in words a person acts on; unknown ones as they are.
QString pauseReasonText(const QString &reason)
{
    if (reason == "CanaryPauseStep"_L1)
        return RolloutPanel::tr("a pause step; promote to go on");
    if (reason == "BlueGreenPause"_L1)
        return RolloutPanel::tr("waiting for promotion of the preview");
    if (reason == "InconclusiveAnalysis"_L1)
        return RolloutPanel::tr("the analysis was inconclusive; promote or abort");
    if (reason == "InconclusiveExperiment"_L1)
        return RolloutPanel::tr("the experiment was inconclusive");
    if (reason == "Waiting"_L1)
        return RolloutPanel::tr("waiting for approval by the confirm-rollout webhook");
    if (reason == "WaitingPromotion"_L1)
        return RolloutPanel::tr("waiting for approval by the confirm-promotion webhook");
    return reason;
}

QTableWidget *compactTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QChartView *chartView(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(190);
    view->setAccessibleName(accessibleName);
    return view;
}

} // namespace

RolloutPanel::RolloutPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"rolloutEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    m_picker = new QComboBox(content);
    m_picker->setObjectName(u"rolloutPicker"_s);
    m_picker->setAccessibleName(tr("Rollout"));
    layout->addWidget(m_picker);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &RolloutPanel::showRollout);

    m_headline = new QLabel(content);
    m_headline->setObjectName(u"rolloutHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    m_facts = new QLabel(content);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    m_progress = chartView(content, tr("Traffic on the new version over time"));
    layout->addWidget(m_progress);

    m_steps = compactTable({tr("#"), tr("Step"), tr("Detail"), tr("State")}, content);
    m_steps->setObjectName(u"rolloutSteps"_s);
    m_steps->setAccessibleName(tr("Declared steps"));
    layout->addWidget(m_steps);

    m_analysisTitle = new QLabel(tr("Analysis"), content);
    m_analysisTitle->setFont(bold);
    layout->addWidget(m_analysisTitle);
    m_metrics = compactTable({tr("Metric"), tr("Result"), tr("Latest"), tr("Threshold")}, content);
    m_metrics->setObjectName(u"rolloutMetrics"_s);
    m_metrics->setAccessibleName(tr("Analysis metrics"));
    layout->addWidget(m_metrics);
    m_metricCharts = new QVBoxLayout;
    layout->addLayout(m_metricCharts);
    layout->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    showNothing();
}

void RolloutPanel::showNothing()
{
    m_rollouts.clear();
    m_service.clear();
    m_empty->setText(tr("Select a service to see its rollout."));
    m_stack->setCurrentWidget(m_empty);
}

bool RolloutPanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString RolloutPanel::headline() const
{
    return isShowingEmptyState() ? m_empty->text() : m_headline->text();
}

void RolloutPanel::showRollouts(const QString &service, const QList<Rollout> &rollouts, EpochMs now)
{
    // The same rollout stays chosen across refreshes while it is still there.
    const QString chosen = m_service == service && m_picker->currentIndex() >= 0
            && m_picker->currentIndex() < m_rollouts.size()
        ? m_rollouts.at(m_picker->currentIndex()).externalId
        : QString();
    m_service = service;
    m_rollouts = rollouts;
    m_now = now;
    if (rollouts.isEmpty()) {
        m_empty->setText(tr("No rollout is known for %1. An Argo Rollouts or Flagger source shows "
                            "its canary steps, traffic and analysis here.")
                             .arg(service));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    int current = 0;
    for (int i = 0; i < rollouts.size(); ++i) {
        const Rollout &r = rollouts.at(i);
        QString label = r.version.isEmpty() ? r.externalId : r.version;
        if (!r.location.isEmpty())
            label += u" · "_s + r.location;
        if (r.updatedAt != NoTime)
            label += u" · "_s + formatAge(r.updatedAt, now);
        m_picker->addItem(label);
        if (r.externalId == chosen)
            current = i;
    }
    m_picker->setVisible(rollouts.size() > 1);
    m_picker->setCurrentIndex(current);
    showRollout(current);
}

QString RolloutPanel::headlineOf(const Rollout &r)
{
    const QString version = r.version.isEmpty() ? tr("the new version") : r.version;
    const QString where = r.stepCount > 0 && r.step > 0
        ? tr("step %1 of %2").arg(r.step).arg(r.stepCount)
        : QString();
    const QString traffic
        = r.weight >= 0 ? tr("%1 % of traffic on %2").arg(r.weight).arg(version) : QString();
    switch (r.phase) {
    case RolloutPhase::Aborted:
        return r.message.isEmpty() ? tr("Aborted; traffic is back on the stable version")
                                   : tr("Aborted: %1").arg(r.message);
    case RolloutPhase::Paused: {
        QString text = where.isEmpty() ? tr("Paused") : tr("Paused at %1").arg(where);
        if (!r.pauseReason.isEmpty())
            text += u" ("_s + pauseReasonText(r.pauseReason) + u')';
        if (!traffic.isEmpty())
            text += u": "_s + traffic;
        return text;
    }
    case RolloutPhase::Progressing: {
        QStringList parts;
        if (!where.isEmpty())
            parts << where;
        if (!traffic.isEmpty())
            parts << traffic;
        return parts.isEmpty() ? tr("Progressing") : tr("Progressing: %1").arg(parts.join(u", "_s));
    }
    case RolloutPhase::Degraded:
        return r.message.isEmpty() ? tr("Degraded") : tr("Degraded: %1").arg(r.message);
    case RolloutPhase::Healthy:
        return tr("Healthy: %1 serves all traffic").arg(version);
    case RolloutPhase::Unknown:
        break;
    }
    return tr("State not known");
}

void RolloutPanel::showRollout(int index)
{
    if (index < 0 || index >= m_rollouts.size())
        return;
    const Rollout &r = m_rollouts.at(index);
    m_headline->setText(headlineOf(r));

    QStringList facts;
    facts << strategyName(r.strategy);
    if (r.weight >= 0 && r.strategy != RolloutStrategy::BlueGreen) {
        facts << (r.stableWeight >= 0
                      ? tr("canary %1 %, stable %2 %").arg(r.weight).arg(r.stableWeight)
                      : tr("canary %1 %").arg(r.weight));
    }
    if (!r.activeSelector.isEmpty())
        facts << tr("active %1").arg(r.activeSelector);
    if (!r.previewSelector.isEmpty())
        facts << tr("preview %1").arg(r.previewSelector);
    if (r.iterations >= 0)
        facts << tr("%n iteration(s)", nullptr, r.iterations);
    if (r.failedChecks >= 0)
        facts << tr("%n failed check(s)", nullptr, r.failedChecks);
    if (!r.location.isEmpty())
        facts << r.location;
    if (r.updatedAt != NoTime)
        facts << tr("updated %1 (%2)")
                     .arg(formatAge(r.updatedAt, m_now), formatLocalTime(r.updatedAt));
    if (!r.source.isEmpty())
        facts << tr("from %1").arg(r.source);
    if (!r.message.isEmpty() && r.phase != RolloutPhase::Aborted
        && r.phase != RolloutPhase::Degraded) {
        facts << r.message;
    }
    m_facts->setText(facts.join(u" · "_s));

    QChart *old = m_progress->chart();
    m_progress->setChart(createRolloutProgressChart(r, m_now, palette()));
    delete old;

    m_steps->setVisible(!r.steps.isEmpty());
    m_steps->setRowCount(0);
    for (int i = 0; i < r.steps.size(); ++i) {
        const RolloutStep &step = r.steps.at(i);
        const int number = i + 1;
        QString state;
        if (r.phase == RolloutPhase::Healthy || number < r.step)
            state = tr("Done");
        else if (number == r.step)
            state = r.phase == RolloutPhase::Aborted ? tr("Aborted here") : tr("Current");
        else
            state = r.phase == RolloutPhase::Aborted ? tr("Not run") : tr("Next");
        QString what = displayName(step.kind);
        if (step.kind == RolloutStepKind::SetWeight && step.weight >= 0)
            what = tr("Set weight to %1 %").arg(step.weight);
        QString detail = step.detail;
        if (step.kind == RolloutStepKind::Pause && detail.isEmpty())
            detail = tr("until promoted");
        m_steps->insertRow(i);
        const QStringList cells {QString::number(number), what, detail, state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (number == r.step && r.phase != RolloutPhase::Healthy) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_steps->setItem(i, c, item);
        }
    }

    for (QChartView *view : std::as_const(m_metricViews))
        delete view;
    m_metricViews.clear();
    m_metrics->setRowCount(0);
    const bool hasAnalysis = !r.analysis.isEmpty();
    m_analysisTitle->setVisible(hasAnalysis);
    m_metrics->setVisible(hasAnalysis);
    // Failing metrics first: they are why a rollout stopped.
    QList<AnalysisResult> metrics = r.analysis;
    std::stable_sort(metrics.begin(), metrics.end(),
                     [](const AnalysisResult &a, const AnalysisResult &b) {
                         const auto rank = [](AnalysisPhase p) {
                             return p == AnalysisPhase::Failed || p == AnalysisPhase::Error ? 0 : 1;
                         };
                         return rank(a.phase) < rank(b.phase);
                     });
    for (const AnalysisResult &metric : std::as_const(metrics)) {
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        const QString latest = metric.measurements.isEmpty()
            ? tr("no measurements")
            : QString::number(metric.value, 'g', 6);
        const QStringList cells {metric.metric, displayName(metric.phase), latest,
                                 thresholdDescription(metric)};
        for (int c = 0; c < cells.size(); ++c)
            m_metrics->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (QChart *chart = createAnalysisMetricChart(metric, palette())) {
            QChartView *view = chartView(this, tr("%1 over time").arg(metric.metric));
            // A chart view releases the chart it had without deleting it.
            QChart *placeholder = view->chart();
            view->setChart(chart);
            delete placeholder;
            m_metricCharts->addWidget(view);
            m_metricViews.append(view);
        }
    }
}

void RolloutPanel::changeEvent(QEvent *event)
{
    // Charts take their colours when built: build them again for a new palette (dark mode).
    if (event->type() == QEvent::PaletteChange && !m_rollouts.isEmpty())
        showRollout(m_picker->currentIndex());
    QWidget::changeEvent(event);
}

} // namespace Signalbox
