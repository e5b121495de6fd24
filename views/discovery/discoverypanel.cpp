#include "discoverypanel.h"

#include "domain/discoveryjson.h"
#include "itemmodels/discoverytables.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

const QString ShowInfrastructureKey = u"discovery/showInfrastructure"_s;

class DecisionCommand : public QUndoCommand
{
public:
    DecisionCommand(DiscoveryPanel *panel, DiscoveryEdit edit, DiscoveryEdit inverse,
                    const QString &text)
        : QUndoCommand(text)
        , m_panel(panel)
        , m_edit(std::move(edit))
        , m_inverse(std::move(inverse))
    { }

    void redo() override { m_panel->sendEdit(m_edit); }
    void undo() override { m_panel->sendEdit(m_inverse); }

private:
    DiscoveryPanel *m_panel;
    DiscoveryEdit m_edit;
    DiscoveryEdit m_inverse;
};

QString evidenceText(const Evidence &e)
{
    QString where = e.path;
    if (e.line > 0)
        where += u':' + QString::number(e.line);
    return e.text.isEmpty() ? where : where + u"    "_s + e.text;
}

} // namespace

DiscoveryPanel::DiscoveryPanel(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_tabs(new QTabWidget(this))
    , m_services(new DiscoveryTableModel(this))
    , m_dependencies(new DiscoveryTableModel(this))
    , m_templates(new DiscoveryTableModel(this))
    , m_history(new DiscoveryTableModel(this))
    , m_repositories(new DiscoveryTableModel(this))
    , m_problems(new DiscoveryTableModel(this))
    , m_evidence(new QListWidget(this))
    , m_showInfrastructure(new QCheckBox(tr("Show datastores, brokers and observability"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rescan = toolBar->addAction(tr("Re&scan"), this, &DiscoveryPanel::rescanRequested);
    m_rescan->setToolTip(tr("Read the repositories again: only what changed since the last scan "
                            "(Ctrl+Alt+R)"));
    m_cancel = toolBar->addAction(tr("Stop"), this, &DiscoveryPanel::cancelScanRequested);
    m_cancel->setEnabled(false);
    toolBar->addSeparator();
    m_confirm = toolBar->addAction(tr("&Confirm"), this,
                                   [this] { decideSelected(DiscoveryEdit::Decision::Confirmed); });
    m_confirm->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_confirm->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_confirm->setToolTip(tr("Accept the selected services or dependencies as part of the "
                             "catalog (Ctrl+Return)"));
    m_hide = toolBar->addAction(tr("&Hide"), this,
                                [this] { decideSelected(DiscoveryEdit::Decision::Hidden); });
    m_hide->setShortcut(QKeySequence::Delete);
    m_hide->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_hide->setToolTip(tr("Leave the selected rows out of the graph and the analysis (Delete)"));
    m_undecide = toolBar->addAction(tr("&Reset"), this,
                                    [this] { decideSelected(DiscoveryEdit::Decision::Undecided); });
    m_undecide->setToolTip(tr("Forget the decision about the selected rows"));
    toolBar->addSeparator();
    m_addService = toolBar->addAction(tr("Add &Service…"), this, &DiscoveryPanel::askForService);
    m_addDependency
        = toolBar->addAction(tr("Add &Dependency…"), this, &DiscoveryPanel::askForDependency);
    m_removeAdded = toolBar->addAction(tr("Re&move"), this, &DiscoveryPanel::removeSelectedAdded);
    m_removeAdded->setToolTip(tr("Remove a service or dependency that was added by hand"));
    addActions({m_confirm, m_hide});

    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_showInfrastructure);

    m_servicesView = addTable(tr("Services"), m_services);
    m_dependenciesView = addTable(tr("Dependencies"), m_dependencies);
    addTable(tr("Templates"), m_templates);
    addTable(tr("History"), m_history);
    addTable(tr("Repositories"), m_repositories);
    addTable(tr("Problems"), m_problems);

    m_evidence->setAlternatingRowColors(true);
    m_evidence->setWordWrap(true);
    m_evidence->setToolTip(tr("Where the selected row comes from; double-click to open the file"));
    connect(m_evidence, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        const QString file = item->data(Qt::UserRole).toString();
        if (!file.isEmpty() && QFileInfo::exists(file))
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
    auto *evidenceBox = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    auto *evidenceLabel = new QLabel(tr("Evidence"), evidenceBox);
    evidenceLabel->setBuddy(m_evidence);
    evidenceLayout->addWidget(evidenceLabel);
    evidenceLayout->addWidget(m_evidence);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(evidenceBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    m_showInfrastructure->setChecked(QSettings().value(ShowInfrastructureKey, false).toBool());
    connect(m_showInfrastructure, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(ShowInfrastructureKey, on);
        refreshTables();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        showEvidence();
    });
    refreshTables();
}

DiscoveryPanel::~DiscoveryPanel() = default;

QTableView *DiscoveryPanel::addTable(const QString &title, DiscoveryTableModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(DiscoveryTableModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showEvidence();
    });
    connect(
        view, &QAbstractItemView::activated, this, [this, proxy, model](const QModelIndex &index) {
            const DiscoveryRow *row = model->rowAt(proxy->mapToSource(index).row());
            if (!row)
                return;
            const QString name = row->service.isEmpty() ? row->dependency.consumer : row->service;
            if (!name.isEmpty())
                Q_EMIT serviceActivated(name);
        });
    connect(model, &QAbstractItemModel::modelReset, view, [view] {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c), 360));
    });
    m_tabs->addTab(view, title);
    m_views.append(view);
    return view;
}

void DiscoveryPanel::setOverview(DiscoveryOverviewPtr overview)
{
    m_overview = std::move(overview);
    if (m_editsInFlight == 0)
        m_expectedDecisions = m_overview ? m_overview->decisions : DiscoveryDecisions {};
    refreshTables();
}

void DiscoveryPanel::refreshTables()
{
    // Keep the selection across a reload: a decision reloads everything.
    const auto remember = [this](QTableView *view) {
        QStringList keys;
        for (const DiscoveryRow *row : selectedRows(view))
            keys.append(row->service + u'\n' + row->dependency.toString());
        return keys;
    };
    const QStringList services = remember(m_servicesView);
    const QStringList dependencies = remember(m_dependenciesView);

    const DiscoveryOverview empty;
    const DiscoveryOverview &o = m_overview ? *m_overview : empty;
    const bool all = m_showInfrastructure->isChecked();
    m_services->setTable(discoveredServicesTable(o, all));
    m_dependencies->setTable(discoveredDependenciesTable(o, all));
    m_templates->setTable(templatesTable(o));
    m_history->setTable(historyTable(o));
    m_repositories->setTable(repositoriesTable(o, QDateTime::currentMSecsSinceEpoch()));
    m_problems->setTable(scanProblemsTable(o));
    m_tabs->setTabText(m_tabs->indexOf(m_views.last()),
                       o.problems.isEmpty() ? tr("Problems")
                                            : tr("Problems (%1)").arg(o.problems.size()));

    const auto restore = [](QTableView *view, DiscoveryTableModel *model, const QStringList &keys) {
        auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
        for (int r = 0; r < model->rowCount(); ++r) {
            const DiscoveryRow *row = model->rowAt(r);
            if (keys.contains(row->service + u'\n' + row->dependency.toString()))
                view->selectionModel()->select(proxy->mapFromSource(model->index(r, 0)),
                                               QItemSelectionModel::Select
                                                   | QItemSelectionModel::Rows);
        }
    };
    restore(m_servicesView, m_services, services);
    restore(m_dependenciesView, m_dependencies, dependencies);

    if (o.repositories.isEmpty()) {
        m_status->setText(tr("This workspace names no repositories. Add a \"repositories:\" list "
                             "with the folders of local clones to find services, dependencies, "
                             "pipeline templates and history in them."));
        m_status->setWordWrap(true);
    } else if (!m_scanning) {
        int found = 0;
        int undecided = 0;
        for (const CatalogService &s : o.catalog.services) {
            if (s.state != CatalogState::Declared || !s.evidence.isEmpty())
                ++found;
            if (s.state == CatalogState::Discovered)
                ++undecided;
        }
        m_status->setWordWrap(false);
        m_status->setText(tr("Repositories: %1").arg(o.repositories.size()) + u" · "_s
                          + tr("%n service(s) found", nullptr, found) + u" · "_s
                          + tr("%n not confirmed yet", nullptr, undecided));
    }
    updateActions();
    showEvidence();
}

QTableView *DiscoveryPanel::currentDecisionView() const
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_servicesView || current == m_dependenciesView)
        return static_cast<QTableView *>(current);
    return nullptr;
}

QList<const DiscoveryRow *> DiscoveryPanel::selectedRows(QTableView *view) const
{
    QList<const DiscoveryRow *> rows;
    if (!view || !view->selectionModel())
        return rows;
    auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
    auto *model = static_cast<DiscoveryTableModel *>(proxy->sourceModel());
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        if (const DiscoveryRow *row = model->rowAt(proxy->mapToSource(index).row()))
            rows.append(row);
    }
    return rows;
}

void DiscoveryPanel::updateActions()
{
    QTableView *view = currentDecisionView();
    const QList<const DiscoveryRow *> rows = selectedRows(view);
    bool decidable = false;
    bool removable = false;
    for (const DiscoveryRow *row : rows) {
        decidable |= row->actionable && row->state != CatalogState::Added;
        removable |= row->state == CatalogState::Added;
    }
    const bool editable = m_editable && m_overview && !m_overview->repositories.isEmpty();
    m_confirm->setEnabled(editable && decidable);
    m_hide->setEnabled(editable && decidable);
    m_undecide->setEnabled(editable && decidable);
    m_removeAdded->setEnabled(editable && removable);
    m_addService->setEnabled(m_editable && m_overview != nullptr);
    m_addDependency->setEnabled(m_editable && m_overview != nullptr);
    m_rescan->setEnabled(!m_scanning && m_overview && !m_overview->repositories.isEmpty());
    m_cancel->setEnabled(m_scanning);
}

void DiscoveryPanel::showEvidence()
{
    m_evidence->clear();
    auto *view = qobject_cast<QTableView *>(m_tabs->currentWidget());
    for (const DiscoveryRow *row : selectedRows(view)) {
        // Rows without files to point at (a service's history) explain themselves instead.
        if (row->evidence.isEmpty() && !row->toolTip.isEmpty()) {
            for (const QString &line : row->toolTip.split(u'\n'))
                new QListWidgetItem(line, m_evidence);
        }
        for (const Evidence &e : row->evidence) {
            auto *item = new QListWidgetItem(evidenceText(e), m_evidence);
            item->setToolTip(e.repository);
            if (!e.repository.isEmpty())
                item->setData(Qt::UserRole, QString(e.repository + u'/' + e.path));
        }
    }
}

void DiscoveryPanel::push(const DiscoveryEdit &edit, const QString &text)
{
    if (!m_editable) {
        Q_EMIT editRefused(tr("The demo workspace is built in and cannot be changed. Save a copy "
                              "of it (or write your own workspace file) to keep decisions."));
        return;
    }
    m_undo->push(
        new DecisionCommand(this, edit, inverseDiscoveryEdit(m_expectedDecisions, edit), text));
}

void DiscoveryPanel::sendEdit(const DiscoveryEdit &edit)
{
    m_expectedDecisions = applyDiscoveryEdit(m_expectedDecisions, edit);
    ++m_editsInFlight;
    Q_EMIT editRequested(edit);
}

void DiscoveryPanel::resetEdits()
{
    m_undo->clear();
    m_editsInFlight = 0;
    m_expectedDecisions = m_overview ? m_overview->decisions : DiscoveryDecisions {};
}

void DiscoveryPanel::editFinished(bool ok)
{
    m_editsInFlight = std::max(0, m_editsInFlight - 1);
    if (!ok) {
        m_undo->clear();
        if (m_editsInFlight == 0)
            m_expectedDecisions = m_overview ? m_overview->decisions : DiscoveryDecisions {};
    }
}

void DiscoveryPanel::decideSelected(DiscoveryEdit::Decision decision)
{
    QTableView *view = currentDecisionView();
    const QList<const DiscoveryRow *> rows = selectedRows(view);
    QList<DiscoveryEdit> edits;
    QStringList names;
    for (const DiscoveryRow *row : rows) {
        if (!row->actionable || row->state == CatalogState::Added)
            continue;
        DiscoveryEdit edit;
        edit.decision = decision;
        if (view == m_servicesView) {
            edit.kind = DiscoveryEdit::Kind::SetServiceDecision;
            edit.service = row->service;
            names.append(row->service);
        } else {
            edit.kind = DiscoveryEdit::Kind::SetDependencyDecision;
            edit.dependency = row->dependency;
            names.append(row->dependency.toString());
        }
        edits.append(edit);
    }
    if (edits.isEmpty())
        return;
    const QString list = names.join(u", "_s);
    const QString text = decision == DiscoveryEdit::Decision::Confirmed ? tr("Confirm %1").arg(list)
        : decision == DiscoveryEdit::Decision::Hidden                   ? tr("Hide %1").arg(list)
                                                                        : tr("Reset %1").arg(list);
    if (edits.size() == 1) {
        push(edits.first(), text);
        return;
    }
    m_undo->beginMacro(text);
    for (const DiscoveryEdit &edit : std::as_const(edits))
        push(edit, text);
    m_undo->endMacro();
}

void DiscoveryPanel::addService(const QString &name, ServiceKind kind, const QString &owner)
{
    DiscoveryEdit edit;
    edit.kind = DiscoveryEdit::Kind::AddService;
    edit.addedService.name = name;
    edit.addedService.kind = kind;
    edit.addedService.owner = owner;
    edit.addedService.inCatalog = true;
    push(edit, tr("Add service %1").arg(name));
}

void DiscoveryPanel::addDependency(const QString &consumer, const QString &provider,
                                   DependencyKind kind)
{
    DiscoveryEdit edit;
    edit.kind = DiscoveryEdit::Kind::AddDependency;
    edit.addedDependency = {consumer, provider, kind, {}};
    push(edit, tr("Add dependency %1 → %2").arg(consumer, provider));
}

void DiscoveryPanel::removeSelectedAdded()
{
    QTableView *view = currentDecisionView();
    for (const DiscoveryRow *row : selectedRows(view)) {
        if (row->state != CatalogState::Added)
            continue;
        DiscoveryEdit edit;
        if (view == m_servicesView) {
            edit.kind = DiscoveryEdit::Kind::RemoveAddedService;
            edit.service = row->service;
            push(edit, tr("Remove service %1").arg(row->service));
        } else {
            edit.kind = DiscoveryEdit::Kind::RemoveAddedDependency;
            edit.dependency = row->dependency;
            push(edit, tr("Remove dependency %1").arg(row->dependency.toString()));
        }
        return;
    }
}

void DiscoveryPanel::askForService()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Service"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (ServiceKind k : {ServiceKind::Service, ServiceKind::Frontend, ServiceKind::Gateway,
                          ServiceKind::Datastore, ServiceKind::Broker, ServiceKind::Observability})
        kind->addItem(toWord(k), int(k));
    auto *owner = new QLineEdit(&dialog);
    owner->setPlaceholderText(tr("team, optional"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Owner:"), owner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    QStringList taken;
    if (m_overview) {
        for (const CatalogService &s : m_overview->catalog.services)
            taken.append(s.service.name);
    }
    auto *hint = new QLabel(&dialog);
    form->addRow(hint);
    connect(name, &QLineEdit::textChanged, &dialog, [&](const QString &text) {
        const QString trimmed = text.trimmed();
        const bool clash = taken.contains(trimmed);
        hint->setText(clash ? tr("%1 is already in the catalog.").arg(trimmed) : QString());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!trimmed.isEmpty() && !clash);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addService(name->text().trimmed(), ServiceKind(kind->currentData().toInt()),
               owner->text().trimmed());
}

void DiscoveryPanel::askForDependency()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Dependency"));
    auto *form = new QFormLayout(&dialog);
    QStringList names;
    if (m_overview) {
        for (const CatalogService &s : m_overview->catalog.services)
            names.append(s.service.name);
    }
    names.sort();
    const auto serviceBox = [&] {
        auto *box = new QComboBox(&dialog);
        box->setEditable(true);
        box->addItems(names);
        box->setCurrentIndex(-1);
        return box;
    };
    QComboBox *consumer = serviceBox();
    QComboBox *provider = serviceBox();
    if (const auto rows = selectedRows(m_servicesView); !rows.isEmpty())
        consumer->setCurrentText(rows.first()->service);
    auto *kind = new QComboBox(&dialog);
    for (DependencyKind k :
         {DependencyKind::Sync, DependencyKind::Async, DependencyKind::Datastore})
        kind->addItem(toWord(k), int(k));
    form->addRow(tr("&Consumer (calls):"), consumer);
    form->addRow(tr("&Provider (is called):"), provider);
    form->addRow(tr("&Kind:"), kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    form->addRow(buttons);
    const auto check = [&] {
        const QString c = consumer->currentText().trimmed();
        const QString p = provider->currentText().trimmed();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!c.isEmpty() && !p.isEmpty() && c != p);
    };
    connect(consumer, &QComboBox::currentTextChanged, &dialog, check);
    connect(provider, &QComboBox::currentTextChanged, &dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addDependency(consumer->currentText().trimmed(), provider->currentText().trimmed(),
                  DependencyKind(kind->currentData().toInt()));
}

void DiscoveryPanel::setScanning(bool scanning)
{
    m_scanning = scanning;
    m_progress->setVisible(scanning);
    if (scanning) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Scanning the repositories…"));
    } else {
        refreshTables();
    }
    updateActions();
}

void DiscoveryPanel::setScanProgress(const QString &repository, const QString &phase, int done,
                                     int total)
{
    if (!m_scanning)
        return;
    if (phase == u"files"_s) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("%1: reading files (%2 of %3)").arg(repository).arg(done).arg(total));
    } else {
        m_progress->setRange(0, 0);
        m_status->setText(tr("%1: reading history (%n commit(s))", nullptr, done).arg(repository));
    }
}

void DiscoveryPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

} // namespace Signalbox
