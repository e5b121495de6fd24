#include "sourcespanel.h"

#include "itemmodels/sourcestatusmodel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// Draws a thin progress bar under the state text while a source syncs.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant progress = index.data(SourceStatusModel::ProgressRole);
        if (!progress.isValid())
            return;
        const QRectF track(option.rect.left() + 4, option.rect.bottom() - 4,
                           option.rect.width() - 8, 3);
        QColor base = option.palette.color(QPalette::Highlight);
        painter->save();
        painter->setPen(Qt::NoPen);
        base.setAlphaF(0.25);
        painter->setBrush(base);
        painter->drawRoundedRect(track, 1.5, 1.5);
        base.setAlphaF(1.0);
        painter->setBrush(base);
        const int percent = progress.toInt();
        if (percent >= 0) {
            QRectF done = track;
            done.setWidth(track.width() * percent / 100.0);
            painter->drawRoundedRect(done, 1.5, 1.5);
        } else {
            // Indeterminate: a segment that moves with the clock (the panel repaints it).
            const double phase = double(QDateTime::currentMSecsSinceEpoch() % 1500) / 1500.0;
            const double width = track.width() / 4;
            painter->drawRoundedRect(
                QRectF(track.left() + (track.width() - width) * phase, track.top(), width, 3), 1.5,
                1.5);
        }
        painter->restore();
    }
};

} // namespace

SourcesPanel::SourcesPanel(SourceStatusModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));
    QAction *refreshAll
        = toolBar->addAction(tr("Refresh &All"), this, [this] { Q_EMIT refreshRequested({}); });
    refreshAll->setToolTip(tr("Sync every source now, ignoring backoff (F5)"));
    m_refreshOne = toolBar->addAction(tr("&Refresh"), this, [this] {
        if (!currentSource().isEmpty())
            Q_EMIT refreshRequested(currentSource());
    });
    m_refreshOne->setToolTip(tr("Sync the selected source now"));
    m_cancel = toolBar->addAction(tr("&Cancel"), this,
                                  [this] { Q_EMIT cancelRequested(currentSource()); });
    m_cancel->setToolTip(tr("Stop the selected source's sync; what it had written stays"));
    toolBar->addSeparator();
    toolBar->addAction(tr("A&dd…"), this, &SourcesPanel::addRequested)
        ->setToolTip(tr("Add a source to the workspace"));
    m_edit = toolBar->addAction(tr("&Edit…"), this, [this] {
        if (!currentSource().isEmpty())
            Q_EMIT editRequested(currentSource());
    });
    m_remove = toolBar->addAction(tr("Re&move…"), this, [this] {
        if (!currentSource().isEmpty())
            Q_EMIT removeRequested(currentSource());
    });

    m_view->setObjectName(u"sourcesTable"_s);
    m_view->setAccessibleName(tr("Sources"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(SourceStatusModel::StateColumn, new StateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(SourceStatusModel::NameColumn, 150);
    m_view->setColumnWidth(SourceStatusModel::StateColumn, 220);
    m_view->setColumnWidth(SourceStatusModel::LastSuccessColumn, 110);
    m_view->setColumnWidth(SourceStatusModel::RateLimitColumn, 110);
    m_view->setColumnWidth(SourceStatusModel::NextSyncColumn, 260);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(SourceStatusModel::NameRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SourcesPanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &SourcesPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &SourcesPanel::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);

    // Ages ("2 min ago") and the next-sync countdown move with the clock; an indeterminate
    // progress bar needs frames.
    auto *clock = new QTimer(this);
    clock->start(1000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_model->setNow(QDateTime::currentMSecsSinceEpoch());
    });
    updateActions();
}

QString SourcesPanel::currentSource() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SourceStatusModel::NameRole).toString() : QString();
}

void SourcesPanel::updateActions()
{
    const QString name = currentSource();
    const int row = m_model->rowOf(name);
    const bool syncing = row >= 0 && m_model->states().at(row).syncing;
    bool anySyncing = false;
    for (const SourceSyncState &s : m_model->states())
        anySyncing = anySyncing || s.syncing;
    m_refreshOne->setEnabled(row >= 0 && !syncing);
    m_cancel->setEnabled(name.isEmpty() ? anySyncing : syncing);
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
}

} // namespace Signalbox
