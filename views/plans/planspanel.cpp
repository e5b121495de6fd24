#include "planspanel.h"

#include "domain/status.h"
#include "domain/timeformat.h"
#include "newplandialog.h"
#include "planservicedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

constexpr int PlanIdRole = Qt::UserRole + 1;
constexpr int ServiceRole = Qt::UserRole + 2;
constexpr int WaveRole = Qt::UserRole + 3;

enum WaveColumn { NameColumn, StateColumn, VersionColumn, OwnerColumn, DetailsColumn };

class AddItemCommand : public QUndoCommand
{
public:
    AddItemCommand(PlansPanel *panel, qint64 planId, PlanItem item)
        : QUndoCommand(PlansPanel::tr("Add %1 to the Plan").arg(item.service))
        , m_panel(panel)
        , m_planId(planId)
        , m_item(std::move(item))
    { }
    void redo() override { m_panel->sendAddItem(m_planId, m_item); }
    void undo() override { m_panel->sendRemoveItem(m_planId, m_item.service); }

private:
    PlansPanel *m_panel;
    qint64 m_planId;
    PlanItem m_item;
};

class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(PlansPanel *panel, qint64 planId, PlanItem item)
        : QUndoCommand(PlansPanel::tr("Remove %1 from the Plan").arg(item.service))
        , m_panel(panel)
        , m_planId(planId)
        , m_item(std::move(item))
    { }
    void redo() override { m_panel->sendRemoveItem(m_planId, m_item.service); }
    void undo() override { m_panel->sendAddItem(m_planId, m_item); }

private:
    PlansPanel *m_panel;
    qint64 m_planId;
    PlanItem m_item;
};

class AddNoteCommand : public QUndoCommand
{
public:
    AddNoteCommand(PlansPanel *panel, qint64 planId, PlanNote note, QList<qint64> idsBefore)
        : QUndoCommand(PlansPanel::tr("Add Note"))
        , m_panel(panel)
        , m_planId(planId)
        , m_note(std::move(note))
        , m_idsBefore(std::move(idsBefore))
    { }
    void redo() override { m_panel->sendAddNote(m_planId, m_note); }
    void undo() override { m_panel->sendRemoveNote(m_planId, m_note, m_idsBefore); }

private:
    PlansPanel *m_panel;
    qint64 m_planId;
    PlanNote m_note;
    QList<qint64> m_idsBefore;
};

class FinishCommand : public QUndoCommand
{
public:
    FinishCommand(PlansPanel *panel, qint64 planId, bool finished)
        : QUndoCommand(finished ? PlansPanel::tr("Finish Plan") : PlansPanel::tr("Reopen Plan"))
        , m_panel(panel)
        , m_planId(planId)
        , m_finished(finished)
    { }
    void redo() override { m_panel->sendFinish(m_planId, m_finished); }
    void undo() override { m_panel->sendFinish(m_planId, !m_finished); }

private:
    PlansPanel *m_panel;
    qint64 m_planId;
    bool m_finished;
};

Health healthOf(PlanItemState state)
{
    switch (state) {
    case PlanItemState::Deploying:
        return Health::InProgress;
    case PlanItemState::Done:
        return Health::Healthy;
    case PlanItemState::Failed:
    case PlanItemState::RolledBack:
        return Health::Failing;
    case PlanItemState::NotStarted:
        break;
    }
    return Health::Unknown;
}

Health healthOf(PlanWaveStatus::State state)
{
    switch (state) {
    case PlanWaveStatus::State::InProgress:
        return Health::InProgress;
    case PlanWaveStatus::State::Done:
        return Health::Healthy;
    case PlanWaveStatus::State::Held:
        return Health::Failing;
    case PlanWaveStatus::State::Released:
    case PlanWaveStatus::State::Waiting:
        break;
    }
    return Health::Unknown;
}

QString waveStateText(PlanWaveStatus::State state)
{
    switch (state) {
    case PlanWaveStatus::State::Waiting:
        return PlansPanel::tr("Waiting");
    case PlanWaveStatus::State::Released:
        return PlansPanel::tr("Released");
    case PlanWaveStatus::State::InProgress:
        return PlansPanel::tr("In progress");
    case PlanWaveStatus::State::Done:
        return PlansPanel::tr("Done");
    case PlanWaveStatus::State::Held:
        return PlansPanel::tr("Held");
    }
    return {};
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    tree->header()->setHighlightSections(false);
    return tree;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor failedColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

} // namespace

PlansPanel::PlansPanel(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_planList(new QListWidget(this))
    , m_header(new QLabel(this))
    , m_changesBox(new QGroupBox(tr("Changed since you last looked"), this))
    , m_changes(new QListWidget(m_changesBox))
    , m_waves(makeTree(
          {tr("Wave / service"), tr("State"), tr("Version"), tr("Owner"), tr("Details")}, this))
    , m_notes(makeTree({tr("Time"), tr("Author"), tr("Kind"), tr("About"), tr("Note")}, this))
    , m_noteKind(new QComboBox(this))
    , m_noteService(new QComboBox(this))
    , m_noteText(new QLineEdit(this))
    , m_activity(makeTree({tr("Time"), tr("Service"), tr("What happened")}, this))
{
    // The actions work wherever the focus is on the page; each says its key in its tooltip.
    const auto pageAction = [this](const QString &text, const QKeySequence &key,
                                   const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_newPlan = pageAction(tr("&New Plan…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                           tr("Start a release plan from the pending changes"));
    m_addService = pageAction(tr("&Add Service…"), QKeySequence(Qt::Key_Insert),
                              tr("Add a service to the plan, with the version to ship"));
    m_remove = pageAction(tr("&Remove"), QKeySequence(QKeySequence::Delete),
                          tr("Take the selected service out of the plan"));
    m_markSeen = pageAction(tr("Mark as &Seen"), {},
                            tr("Take note of the changes: they are not listed again"));
    m_finish = pageAction(tr("&Finish Plan"), {},
                          tr("Close the plan by hand, whatever its services' states"));
    m_exportMarkdown = pageAction(tr("Export &Markdown…"), {},
                                  tr("Save the plan as Markdown for a chat or a change ticket"));
    m_exportPdf = pageAction(tr("Export &PDF…"), {}, tr("Save the plan as a PDF"));
    m_copyWave
        = pageAction(tr("&Copy Wave as Checklist"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                     tr("Copy the selected wave as a Markdown task list"));
    for (QAction *exportAction : {m_exportMarkdown, m_exportPdf, m_copyWave})
        exportAction->setVisible(false);
    // Delete and Ctrl+Shift+C mean a service and a wave of the waves tree; elsewhere (the note
    // field, the plan list) they keep their usual meaning.
    for (QAction *treeAction : {m_remove, m_copyWave}) {
        QWidget::removeAction(treeAction);
        treeAction->setShortcutContext(Qt::WidgetShortcut);
        m_waves->addAction(treeAction);
    }
    // The empty page has nothing to focus, and a click on the page's tab leaves the focus on the
    // tab bar: New Plan works wherever the focus is while the page is shown.
    m_newPlan->setShortcutContext(Qt::WindowShortcut);
    connect(m_newPlan, &QAction::triggered, this, &PlansPanel::newPlan);
    connect(m_addService, &QAction::triggered, this, &PlansPanel::addServiceToPlan);
    connect(m_remove, &QAction::triggered, this, &PlansPanel::removeCurrentService);
    connect(m_markSeen, &QAction::triggered, this, &PlansPanel::markSeen);
    connect(m_finish, &QAction::triggered, this, &PlansPanel::toggleFinished);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newPlan);
    toolBar->addSeparator();
    toolBar->addActions({m_addService, m_remove});
    toolBar->addSeparator();
    toolBar->addActions({m_markSeen, m_finish});
    toolBar->addSeparator();
    toolBar->addActions({m_exportMarkdown, m_exportPdf, m_copyWave});
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The actions come first: the status takes what room is left and never pushes one of them
    // into the toolbar's overflow menu.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(toolBar);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    m_empty->setObjectName(u"plansEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_planList->setObjectName(u"planList"_s);
    m_planList->setAccessibleName(tr("Release plans"));
    m_planList->setAlternatingRowColors(true);
    m_planList->setWordWrap(true);
    connect(m_planList, &QListWidget::currentRowChanged, this, &PlansPanel::currentPlanChanged);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_header->setObjectName(u"planHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_header);

    m_changesBox->setObjectName(u"planChanges"_s);
    auto *changesLayout = new QHBoxLayout(m_changesBox);
    m_changes->setObjectName(u"planChangesList"_s);
    m_changes->setWordWrap(true);
    // Room for four sentences, in the font's own size (high DPI, large fonts).
    m_changes->setMaximumHeight(m_changes->fontMetrics().lineSpacing() * 4
                                + 2 * m_changes->frameWidth() + 4);
    auto *markSeen = new QPushButton(m_markSeen->text(), m_changesBox);
    markSeen->setToolTip(m_markSeen->toolTip());
    connect(markSeen, &QPushButton::clicked, m_markSeen, &QAction::trigger);
    changesLayout->addWidget(m_changes, 1);
    changesLayout->addWidget(markSeen, 0, Qt::AlignTop);
    detailsLayout->addWidget(m_changesBox);

    auto *tabs = new QTabWidget(details);
    tabs->setDocumentMode(true);
    m_waves->setObjectName(u"planWaves"_s);
    m_waves->setAccessibleName(tr("Waves"));
    connect(m_waves, &QTreeWidget::currentItemChanged, this, &PlansPanel::updateActions);
    connect(m_waves, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString service = item->data(NameColumn, ServiceRole).toString();
        if (!service.isEmpty())
            Q_EMIT serviceActivated(service);
    });
    tabs->addTab(m_waves, tr("&Waves"));

    auto *notesPage = new QWidget(details);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 4, 0, 0);
    m_notes->setObjectName(u"planNotes"_s);
    m_notes->setAccessibleName(tr("Notes and decisions"));
    m_notes->setRootIsDecorated(false);
    m_notes->setWordWrap(true);
    m_notes->setUniformRowHeights(false);
    notesLayout->addWidget(m_notes, 1);
    auto *entry = new QHBoxLayout;
    m_noteKind->setObjectName(u"noteKind"_s);
    m_noteKind->setAccessibleName(tr("Kind of note"));
    for (PlanNoteKind kind : {PlanNoteKind::Note, PlanNoteKind::Approval, PlanNoteKind::Override})
        m_noteKind->addItem(noteKindText(kind), int(kind));
    m_noteService->setObjectName(u"noteService"_s);
    m_noteService->setAccessibleName(tr("What the note is about"));
    m_noteText->setObjectName(u"noteText"_s);
    m_noteText->setPlaceholderText(
        tr("Who approved, why a freeze was overridden… (Ctrl+Return adds it)"));
    auto *noteLabel = new QLabel(tr("N&ote:"), notesPage);
    noteLabel->setBuddy(m_noteText);
    m_addNote = new QAction(tr("Add Note"), this);
    m_addNote->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_addNote->setShortcutContext(Qt::WidgetShortcut);
    connect(m_addNote, &QAction::triggered, this, &PlansPanel::addNote);
    m_noteText->addAction(m_addNote);
    auto *addNote = new QPushButton(tr("Add &Note"), notesPage);
    addNote->setToolTip(tr("Add the note to the plan (Ctrl+Return)"));
    connect(addNote, &QPushButton::clicked, this, &PlansPanel::addNote);
    connect(m_noteText, &QLineEdit::textChanged, this, &PlansPanel::updateActions);
    entry->addWidget(noteLabel);
    entry->addWidget(m_noteKind);
    entry->addWidget(m_noteService);
    entry->addWidget(m_noteText, 1);
    entry->addWidget(addNote);
    notesLayout->addLayout(entry);
    tabs->addTab(notesPage, tr("No&tes and Decisions"));

    m_activity->setObjectName(u"planActivity"_s);
    m_activity->setAccessibleName(tr("Activity"));
    m_activity->setRootIsDecorated(false);
    tabs->addTab(m_activity, tr("&Activity"));
    detailsLayout->addWidget(tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_planList);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});

    m_pages->addWidget(m_empty);
    m_pages->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    setBoard(nullptr);
}

PlansPanel::~PlansPanel() = default;

QString PlansPanel::stateText(PlanItemState state, int weight)
{
    switch (state) {
    case PlanItemState::NotStarted:
        return tr("Not started");
    case PlanItemState::Deploying:
        //: %1 is the rollout's traffic on the new version, in percent.
        return weight >= 0 ? tr("Deploying, %1 %").arg(weight) : tr("Deploying");
    case PlanItemState::Done:
        return tr("Done");
    case PlanItemState::Failed:
        return tr("Failed");
    case PlanItemState::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

QString PlansPanel::noteKindText(PlanNoteKind kind)
{
    switch (kind) {
    case PlanNoteKind::Note:
        return tr("Note");
    case PlanNoteKind::Approval:
        return tr("Approval");
    case PlanNoteKind::Override:
        return tr("Override");
    }
    return {};
}

void PlansPanel::setBoard(PlanBoardPtr board)
{
    // A plan that disappears from the board (another workspace) is not marked seen.
    const qint64 previous = currentPlanId();
    m_board = std::move(board);
    showPlanList();
    {
        const QSignalBlocker blocker(m_planList);
        if (!selectPlan(previous)) {
            for (int row = 0; row < m_planList->count(); ++row) {
                if (m_planList->item(row)->data(PlanIdRole).toLongLong() != 0) {
                    m_planList->setCurrentRow(row);
                    break;
                }
            }
        }
    }
    m_shownPlanId = currentPlanId();
    showCurrentPlan();
    resolveAwaitedNotes();
}

void PlansPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        m_status->setText(tr("Checking the plans…"));
    else if (m_board && m_board->computedAt != NoTime)
        // A check is at most a sync old: the time of day says it.
        m_status->setText(
            tr("Checked %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_board->computedAt).time(),
                                        QLocale::ShortFormat)));
    m_status->setToolTip(m_status->text());
}

void PlansPanel::setError(const QString &message)
{
    m_busy->hide();
    m_status->setText(message);
    m_status->setToolTip(message);
}

void PlansPanel::resetEdits()
{
    m_undo->clear();
    m_awaitedNotes.clear();
}

const ReleasePlan *PlansPanel::planOf(qint64 planId) const
{
    if (!m_board)
        return nullptr;
    for (const ReleasePlan &plan : m_board->plans) {
        if (plan.id == planId)
            return &plan;
    }
    return nullptr;
}

const PlanStatus *PlansPanel::statusOf(qint64 planId) const
{
    if (!m_board)
        return nullptr;
    for (int i = 0; i < m_board->plans.size() && i < m_board->statuses.size(); ++i) {
        if (m_board->plans.at(i).id == planId)
            return &m_board->statuses.at(i);
    }
    return nullptr;
}

qint64 PlansPanel::currentPlanId() const
{
    const QListWidgetItem *item = m_planList->currentItem();
    return item ? item->data(PlanIdRole).toLongLong() : 0;
}

const ReleasePlan *PlansPanel::currentPlan() const
{
    return planOf(currentPlanId());
}

const PlanStatus *PlansPanel::currentStatus() const
{
    return statusOf(currentPlanId());
}

bool PlansPanel::selectPlan(qint64 planId)
{
    if (planId == 0)
        return false;
    for (int row = 0; row < m_planList->count(); ++row) {
        if (m_planList->item(row)->data(PlanIdRole).toLongLong() == planId) {
            m_planList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

int PlansPanel::currentWave() const
{
    const QTreeWidgetItem *item = m_waves->currentItem();
    return item ? item->data(NameColumn, WaveRole).toInt() : 0;
}

QString PlansPanel::currentService() const
{
    const QTreeWidgetItem *item = m_waves->currentItem();
    return item ? item->data(NameColumn, ServiceRole).toString() : QString();
}

void PlansPanel::showPlanList()
{
    const QSignalBlocker blocker(m_planList);
    m_planList->clear();
    if (!m_board) {
        m_empty->setText(tr("Open a workspace to plan releases."));
        m_pages->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    if (m_board->plans.isEmpty()) {
        const int pending = int(m_board->pending.value(m_board->defaultEnvironment).size());
        m_empty->setText(tr("No release plans yet. Press Ctrl+Shift+N to start one from the %n "
                            "pending change(s).",
                            nullptr, pending));
        m_pages->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    m_pages->setCurrentIndex(1);
    const auto addSection = [this](const QString &title) {
        auto *item = new QListWidgetItem(title, m_planList);
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    };
    bool openShown = false;
    bool finishedShown = false;
    for (int i = 0; i < m_board->plans.size(); ++i) {
        const ReleasePlan &plan = m_board->plans.at(i);
        const PlanStatus *status
            = i < m_board->statuses.size() ? &m_board->statuses.at(i) : nullptr;
        if (plan.isOpen() && !openShown) {
            addSection(tr("Open"));
            openShown = true;
        } else if (!plan.isOpen() && !finishedShown) {
            addSection(tr("Finished"));
            finishedShown = true;
        }
        const int count = int(status ? status->items.size() : plan.items.size());
        const int done = status ? status->doneCount : 0;
        const int failed = status ? status->failedCount : 0;
        QString progress = tr("%1 of %n done", nullptr, count).arg(done);
        if (failed > 0)
            progress += u", "_s + tr("%n failed", nullptr, failed);
        const bool changed = !m_board->sinceLastLook.value(plan.id).isEmpty();
        auto *item
            = new QListWidgetItem(u"%1%2\n%3 · %4"_s.arg(plan.name, changed ? u" •"_s : QString(),
                                                         plan.environment, progress),
                                  m_planList);
        item->setData(PlanIdRole, plan.id);
        item->setIcon(healthIcon(failed > 0                       ? Health::Failing
                                     : count > 0 && done == count ? Health::Healthy
                                     : done > 0                   ? Health::InProgress
                                                                  : Health::Unknown));
        if (failed > 0)
            item->setForeground(failedColor(palette()));
        item->setToolTip(changed ? tr("%1: changed since you last looked").arg(plan.name)
                                 : plan.name);
    }
}

void PlansPanel::currentPlanChanged()
{
    // Leaving a plan is looking away from it: what it showed counts as seen.
    if (m_shownPlanId != 0 && m_shownPlanId != currentPlanId()) {
        const ReleasePlan *left = planOf(m_shownPlanId);
        if (left
            && (left->lastLookedAt == NoTime
                || !m_board->sinceLastLook.value(m_shownPlanId).isEmpty()))
            lookAt(m_shownPlanId);
    }
    m_shownPlanId = currentPlanId();
    showCurrentPlan();
}

void PlansPanel::lookAt(qint64 planId)
{
    if (const PlanStatus *status = statusOf(planId))
        Q_EMIT lookedAt(planId, seenOf(*status));
}

void PlansPanel::showCurrentPlan()
{
    const ReleasePlan *plan = currentPlan();
    const PlanStatus *status = currentStatus();
    m_waves->clear();
    m_notes->clear();
    m_activity->clear();
    m_changes->clear();
    {
        const QSignalBlocker blocker(m_noteService);
        m_noteService->clear();
        m_noteService->addItem(tr("Whole plan"), QString());
        if (plan) {
            for (const PlanItem &item : plan->items)
                m_noteService->addItem(item.service, item.service);
        }
    }
    if (!plan) {
        m_header->clear();
        m_changesBox->hide();
        updateActions();
        return;
    }
    showHeader(*plan, status);
    showChanges(*plan);
    showWaves(*plan, status);
    showNotes(*plan);
    showActivity(*plan);
    updateActions();
}

void PlansPanel::showHeader(const ReleasePlan &plan, const PlanStatus *status)
{
    QString state;
    if (!plan.isOpen())
        state = tr("Finished %1").arg(formatLocalTime(plan.finishedAt));
    else if (status && status->allDone())
        state = tr("Every service is done");
    else
        state = tr("Open");
    QString counts;
    if (status) {
        counts = tr("%1 of %n service(s) done", nullptr, int(status->items.size()))
                     .arg(status->doneCount);
        if (status->failedCount > 0)
            counts += u", "_s + tr("%n failed or rolled back", nullptr, status->failedCount);
        if (status->blockedCount > 0)
            counts += u", "_s + tr("%n blocked", nullptr, status->blockedCount);
    }
    m_header->setText(
        u"<div style='font-size:large; font-weight:bold'>%1</div><div>%2</div><div>%3</div>"_s.arg(
            plan.name.toHtmlEscaped(),
            tr("To %1 · created by %2 on %3 · %4")
                .arg(plan.environment, plan.createdBy, formatLocalTime(plan.createdAt), state)
                .toHtmlEscaped(),
            counts.toHtmlEscaped()));
}

void PlansPanel::showChanges(const ReleasePlan &plan)
{
    const QList<PlanChange> changes
        = m_board ? m_board->sinceLastLook.value(plan.id) : QList<PlanChange>();
    for (const PlanChange &change : changes) {
        auto *item = new QListWidgetItem(change.sentence, m_changes);
        item->setData(ServiceRole, change.service);
    }
    m_changesBox->setVisible(!changes.isEmpty());
}

void PlansPanel::showWaves(const ReleasePlan &plan, const PlanStatus *status)
{
    if (!status)
        return;
    // A finished plan tells how long each wave took from what its items recorded: the sources'
    // data behind it may be gone.
    QHash<int, qint64> durations;
    const QList<PlanWaveStatus> waves = plan.isOpen() ? status->waves : recordedWaves(plan);
    for (const PlanWaveStatus &wave : waves)
        durations.insert(wave.number, wave.durationMs());
    QHash<QString, QStringList> together;
    for (const DeployGroup &group : status->groups) {
        for (const QString &service : group.services) {
            QStringList others = group.services;
            others.removeAll(service);
            together.insert(service, others);
        }
    }
    const QColor failed = failedColor(palette());
    const auto addService = [&](QTreeWidgetItem *parent, const PlanItemStatus &s) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(NameColumn,
                      s.inCatalog ? s.service : tr("%1 (not in the catalog)").arg(s.service));
        item->setData(NameColumn, ServiceRole, s.service);
        item->setData(NameColumn, WaveRole, s.wave);
        item->setIcon(StateColumn, healthIcon(healthOf(s.state)));
        item->setText(StateColumn, stateText(s.state, s.weight));
        item->setToolTip(StateColumn, s.stateSentence);
        item->setText(VersionColumn, s.version);
        item->setToolTip(VersionColumn,
                         s.currentVersion.isEmpty()
                             ? tr("Not deployed to %1 yet").arg(plan.environment)
                             : tr("%1 runs %2 now").arg(plan.environment, s.currentVersion));
        item->setText(OwnerColumn, s.owner);
        QStringList details;
        if (!s.stateSentence.isEmpty())
            details << s.stateSentence;
        if (!s.blocksConsumers.isEmpty())
            details << tr("blocks: %1").arg(s.blocksConsumers.join(u", "_s));
        if (together.contains(s.service))
            details << tr("deploys together with %1").arg(together.value(s.service).join(u", "_s));
        if (s.blocked)
            details << tr("blocked");
        item->setText(DetailsColumn, details.join(u" · "_s));
        item->setToolTip(DetailsColumn, details.join(u'\n'));
        if (s.state == PlanItemState::Failed || s.state == PlanItemState::RolledBack
            || !s.inCatalog) {
            for (int column : {NameColumn, StateColumn, DetailsColumn})
                item->setForeground(column, failed);
        }
        // One line per reason, so each can be read whole.
        for (const BlockedReason &reason : s.reasons) {
            auto *line = new QTreeWidgetItem(item);
            line->setText(DetailsColumn, reason.sentence);
            line->setToolTip(DetailsColumn, reason.sentence);
            line->setData(NameColumn, ServiceRole, s.service);
            line->setData(NameColumn, WaveRole, s.wave);
        }
        item->setExpanded(true);
    };
    for (const PlanWaveStatus &wave : status->waves) {
        auto *waveItem = new QTreeWidgetItem(m_waves);
        waveItem->setText(NameColumn, tr("Wave %1").arg(wave.number));
        waveItem->setData(NameColumn, WaveRole, wave.number);
        waveItem->setIcon(StateColumn, healthIcon(healthOf(wave.state)));
        waveItem->setText(StateColumn, waveStateText(wave.state));
        QStringList details;
        if (!wave.sentence.isEmpty())
            details << wave.sentence;
        if (const qint64 took = durations.value(wave.number, -1); took >= 0)
            details << tr("took %1").arg(formatDuration(took));
        waveItem->setText(DetailsColumn, details.join(u" · "_s));
        waveItem->setToolTip(DetailsColumn, details.join(u'\n'));
        QFont bold = waveItem->font(NameColumn);
        bold.setBold(true);
        waveItem->setFont(NameColumn, bold);
        for (const QString &service : wave.services) {
            if (const PlanItemStatus *s = status->item(service))
                addService(waveItem, *s);
        }
        waveItem->setExpanded(true);
    }
    // Services in no wave: gone from the catalog, so the analysis cannot place them.
    QTreeWidgetItem *unplaced = nullptr;
    for (const PlanItemStatus &s : status->items) {
        if (s.wave != 0)
            continue;
        if (!unplaced) {
            unplaced = new QTreeWidgetItem(m_waves);
            unplaced->setText(NameColumn, tr("Not in a wave"));
            unplaced->setExpanded(true);
        }
        addService(unplaced, s);
    }
    for (int column : {NameColumn, StateColumn, VersionColumn, OwnerColumn})
        m_waves->resizeColumnToContents(column);
    if (m_waves->topLevelItemCount() > 0)
        m_waves->setCurrentItem(m_waves->topLevelItem(0));
}

void PlansPanel::showNotes(const ReleasePlan &plan)
{
    for (const PlanNote &note : plan.notes) {
        auto *item = new QTreeWidgetItem(m_notes);
        item->setText(0, formatLocalTime(note.at));
        item->setText(1, note.author);
        item->setText(2, noteKindText(note.kind));
        item->setText(3, note.service.isEmpty() ? tr("plan") : note.service);
        item->setText(4, note.text);
        item->setToolTip(4, note.text);
        item->setData(0, Qt::UserRole, note.id);
    }
    for (int column = 0; column < 4; ++column)
        m_notes->resizeColumnToContents(column);
}

void PlansPanel::showActivity(const ReleasePlan &plan)
{
    // Newest first: what just happened is what a person looks for.
    for (auto it = plan.events.crbegin(); it != plan.events.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_activity);
        item->setText(0, formatLocalTime(it->at));
        item->setText(1, it->service.isEmpty() ? tr("plan") : it->service);
        item->setText(2, it->author.isEmpty() ? it->text : tr("%1 (%2)").arg(it->text, it->author));
        item->setToolTip(2, item->text(2));
    }
    for (int column = 0; column < 2; ++column)
        m_activity->resizeColumnToContents(column);
}

void PlansPanel::updateActions()
{
    const ReleasePlan *plan = currentPlan();
    m_newPlan->setEnabled(m_board != nullptr);
    m_addService->setEnabled(plan && plan->isOpen());
    m_remove->setEnabled(plan && plan->isOpen() && !currentService().isEmpty()
                         && plan->item(currentService()));
    m_markSeen->setEnabled(plan != nullptr);
    m_finish->setEnabled(plan != nullptr);
    m_finish->setText(plan && !plan->isOpen() ? tr("Re&open Plan") : tr("&Finish Plan"));
    m_exportMarkdown->setEnabled(plan != nullptr);
    m_exportPdf->setEnabled(plan != nullptr);
    m_copyWave->setEnabled(plan && currentWave() > 0);
    m_addNote->setEnabled(plan && !m_noteText->text().trimmed().isEmpty());
}

void PlansPanel::newPlan()
{
    if (!m_board || m_newPlanDialog)
        return;
    m_newPlanDialog = new NewPlanDialog(m_board, this);
    m_newPlanDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newPlanDialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            Q_EMIT createPlanRequested(m_newPlanDialog->draft());
        m_newPlanDialog = nullptr;
    });
    m_newPlanDialog->open();
}

void PlansPanel::addServiceToPlan()
{
    const ReleasePlan *plan = currentPlan();
    if (!plan || !plan->isOpen() || m_addServiceDialog)
        return;
    QHash<QString, QString> suggested;
    for (const PendingChange &p : m_board->pending.value(plan->environment))
        suggested.insert(p.service, p.version);
    QStringList services = m_board->catalogServices;
    services.removeIf([plan](const QString &s) { return plan->item(s) != nullptr; });
    m_addServiceDialog = new PlanServiceDialog(services, suggested, this);
    m_addServiceDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 planId = plan->id;
    connect(m_addServiceDialog, &QDialog::finished, this, [this, planId](int result) {
        PlanServiceDialog *dialog = m_addServiceDialog;
        m_addServiceDialog = nullptr;
        const ReleasePlan *target = planOf(planId);
        if (result != QDialog::Accepted || !target)
            return;
        PlanItem item;
        item.service = dialog->service();
        item.version = dialog->version();
        item.manual = true;
        // The pending change itself, when that is what was picked: it knows the commits.
        for (const PendingChange &p : m_board->pending.value(target->environment)) {
            if (p.service == item.service && p.version == item.version) {
                item.currentVersion = p.currentVersion;
                item.commitRange = p.commitRange;
                item.author = p.author;
                item.manual = false;
            }
        }
        m_undo->push(new AddItemCommand(this, planId, item));
    });
    m_addServiceDialog->open();
}

void PlansPanel::removeCurrentService()
{
    const ReleasePlan *plan = currentPlan();
    const QString service = currentService();
    if (!plan || !plan->isOpen() || service.isEmpty())
        return;
    if (const PlanItem *item = plan->item(service))
        m_undo->push(new RemoveItemCommand(this, plan->id, *item));
}

void PlansPanel::addNote()
{
    const ReleasePlan *plan = currentPlan();
    const QString text = m_noteText->text().trimmed();
    if (!plan || text.isEmpty())
        return;
    PlanNote note;
    note.at = QDateTime::currentMSecsSinceEpoch();
    note.author = m_author;
    note.service = m_noteService->currentData().toString();
    note.kind = PlanNoteKind(m_noteKind->currentData().toInt());
    note.text = text;
    QList<qint64> ids;
    for (const PlanNote &n : plan->notes)
        ids.append(n.id);
    m_noteText->clear();
    m_undo->push(new AddNoteCommand(this, plan->id, note, ids));
}

void PlansPanel::markSeen()
{
    if (const qint64 planId = currentPlanId(); planId != 0)
        lookAt(planId);
}

void PlansPanel::toggleFinished()
{
    if (const ReleasePlan *plan = currentPlan())
        m_undo->push(new FinishCommand(this, plan->id, plan->isOpen()));
}

void PlansPanel::sendAddItem(qint64 planId, const PlanItem &item)
{
    Q_EMIT addItemRequested(planId, item);
}

void PlansPanel::sendRemoveItem(qint64 planId, const QString &service)
{
    Q_EMIT removeItemRequested(planId, service);
}

void PlansPanel::sendAddNote(qint64 planId, const PlanNote &note)
{
    Q_EMIT addNoteRequested(planId, note);
}

void PlansPanel::sendRemoveNote(qint64 planId, const PlanNote &note, const QList<qint64> &idsBefore)
{
    m_awaitedNotes.append({planId, note, idsBefore});
    resolveAwaitedNotes();
}

void PlansPanel::sendFinish(qint64 planId, bool finished)
{
    Q_EMIT finishRequested(planId, finished);
}

qint64 PlansPanel::findNoteId(const AwaitedNote &awaited) const
{
    const ReleasePlan *plan = planOf(awaited.planId);
    if (!plan)
        return 0;
    // The note as sent, if the app kept its time and author; else the newest note with its text
    // that was not there before it was added.
    for (auto it = plan->notes.crbegin(); it != plan->notes.crend(); ++it) {
        if (it->at == awaited.note.at && it->text == awaited.note.text
            && (awaited.note.author.isEmpty() || it->author == awaited.note.author))
            return it->id;
    }
    for (auto it = plan->notes.crbegin(); it != plan->notes.crend(); ++it) {
        if (it->text == awaited.note.text && !awaited.idsBefore.contains(it->id))
            return it->id;
    }
    return 0;
}

void PlansPanel::resolveAwaitedNotes()
{
    for (auto it = m_awaitedNotes.begin(); it != m_awaitedNotes.end();) {
        if (const qint64 id = findNoteId(*it); id != 0) {
            const qint64 planId = it->planId;
            it = m_awaitedNotes.erase(it);
            Q_EMIT removeNoteRequested(planId, id);
        } else {
            ++it;
        }
    }
}

bool PlansPanel::event(QEvent *event)
{
    // Dark mode switches the application palette while the page is open: the red marks follow.
    if (event->type() == QEvent::PaletteChange && m_board) {
        const qint64 current = currentPlanId();
        const QSignalBlocker blocker(m_planList);
        showPlanList();
        selectPlan(current);
        showCurrentPlan();
    }
    return QWidget::event(event);
}

} // namespace Signalbox
