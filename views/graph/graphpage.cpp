#include "graphpage.h"

#include "domain/status.h"
#include "graphexport.h"
#include "graphscene.h"
#include "graphview.h"
#include "overviewmap.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {
const auto ModeKey = "graph/mode"_L1;
const auto GroupingKey = "graph/grouping"_L1;
const auto ExportDirKey = "graph/exportDirectory"_L1;

bool openable(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() && (parsed.scheme() == u"https"_s || parsed.scheme() == u"http"_s);
}
} // namespace

GraphPage::GraphPage(QWidget *parent)
    : QWidget(parent)
    , m_scene(new GraphScene(this))
{
    setObjectName(u"graphPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new GraphView(m_scene, this);
    createToolBar();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    m_map = new OverviewMap(m_view, m_view);
    m_map->resize(180, 120);

    connect(m_scene, &GraphScene::currentServiceChanged, this, [this](const QString &name) {
        updateSummary();
        Q_EMIT currentServiceChanged(name);
    });
    connect(m_scene, &GraphScene::marksChanged, this, &GraphPage::updateSummary);
    connect(m_scene, &GraphScene::layoutFinished, this, [this] {
        if (m_fitPending) {
            m_fitPending = false;
            m_view->fitAll();
        }
        updateSummary();
    });
    connect(m_view, &GraphView::contextMenuRequestedFor, this, &GraphPage::showNodeMenu);
    connect(m_view, &GraphView::groupToggleRequested, this, [this](const QString &group) {
        GroupItem *item = m_scene->groupItem(
            (m_scene->grouping() == Grouping::Team ? u"team:"_s : u"system:"_s) + group);
        if (item)
            m_scene->setGroupCollapsed(group, !item->isCollapsed());
    });

    QSettings settings;
    const int mode = settings.value(ModeKey, 0).toInt();
    if (mode >= 0 && mode < m_modes->actions().size())
        m_modes->actions().at(mode)->trigger();
    m_grouping->setCurrentIndex(std::clamp(settings.value(GroupingKey, 0).toInt(), 0, 2));
}

GraphPage::~GraphPage()
{
    saveSettings();
}

void GraphPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(ModeKey, int(m_scene->mode()));
    settings.setValue(GroupingKey, m_grouping->currentIndex());
}

QList<QAction *> GraphPage::modeActions() const
{
    return m_modes->actions();
}

void GraphPage::createToolBar()
{
    m_toolBar = new QToolBar(tr("Graph"), this);
    m_toolBar->setObjectName(u"graphToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Search first: it must never end up in the overflow menu of a narrow window.
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"graphSearch"_s);
    m_search->setPlaceholderText(tr("Find service (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a service in the graph"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    auto *completer = new QCompleter(new QStringListModel(this), m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphPage::searchAndCentre);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this] { searchAndCentre(); });
    m_toolBar->addWidget(m_search);
    m_toolBar->addSeparator();

    m_filterBar = new QToolBar(tr("Graph Filters"), this);
    m_filterBar->setObjectName(u"graphFilterBar"_s);

    m_modes = new QActionGroup(this);
    const struct
    {
        GraphMode mode;
        QString text;
        QString tip;
        QKeySequence key;
    } modes[] = {
        {GraphMode::Overview, tr("&Overview"), tr("Every service by status (Ctrl+1)"),
         QKeySequence(Qt::CTRL | Qt::Key_1)},
        {GraphMode::Triage, tr("&Triage"),
         tr("Root causes ranked, victims with the path to their root cause; click a root cause "
            "for its blast radius (Ctrl+2)"),
         QKeySequence(Qt::CTRL | Qt::Key_2)},
        {GraphMode::Plan, tr("&Plan"),
         tr("Deployment waves, blocked services hatched, deploy-together groups boxed (Ctrl+3)"),
         QKeySequence(Qt::CTRL | Qt::Key_3)},
        {GraphMode::Impact, tr("&Impact"),
         tr("What the selected service needs and who needs it (Ctrl+4)"),
         QKeySequence(Qt::CTRL | Qt::Key_4)},
    };
    for (const auto &m : modes) {
        QAction *action = m_toolBar->addAction(m.text);
        action->setCheckable(true);
        action->setToolTip(m.tip);
        action->setShortcut(m.key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setData(int(m.mode));
        m_modes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = m.mode] {
            m_scene->setMode(mode);
            updateSummary();
        });
    }
    m_modes->actions().constFirst()->setChecked(true);
    m_toolBar->addSeparator();

    m_grouping = new QComboBox(this);
    m_grouping->setAccessibleName(tr("Group by"));
    m_grouping->setToolTip(
        tr("Group services in boxes; double-click a box's title to collapse it"));
    m_grouping->addItems({tr("No groups"), tr("Group by team"), tr("Group by system")});
    connect(m_grouping, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_scene->setGrouping(Grouping(index)); });
    m_filterBar->addWidget(m_grouping);
    QAction *expandAll = m_filterBar->addAction(tr("E&xpand All"), this, [this] {
        for (GroupItem *group : m_scene->groupItems()) {
            if (group->isCollapsed())
                m_scene->setGroupCollapsed(group->name(), false);
        }
    });
    expandAll->setToolTip(tr("Expand every collapsed group"));

    m_team = new QComboBox(this);
    m_team->setAccessibleName(tr("Filter by team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"));
    for (Health h :
         {Health::Failing, Health::Warning, Health::InProgress, Health::Healthy, Health::Unknown})
        m_status->addItem(healthIcon(h), displayName(h), int(h));
    m_tier = new QComboBox(this);
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_tier->addItem(tr("All tiers"), 0);
    for (int tier = 1; tier <= 3; ++tier)
        m_tier->addItem(tr("Tier %1").arg(tier), tier);
    for (QComboBox *box : {m_team, m_status, m_tier}) {
        connect(box, &QComboBox::currentIndexChanged, this, &GraphPage::applyFilters);
        m_filterBar->addWidget(box);
    }
    m_infrastructure = new QToolButton(this);
    m_infrastructure->setText(tr("Data stores && infra"));
    m_infrastructure->setCheckable(true);
    m_infrastructure->setAccessibleName(tr("Show datastores, brokers and observability"));
    m_infrastructure->setToolTip(
        tr("Show datastores, brokers and observability components, or leave them out"));
    m_infrastructure->setChecked(QSettings().value(u"graph/showInfrastructure"_s, true).toBool());
    connect(m_infrastructure, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(u"graph/showInfrastructure"_s, on);
        applyFilters();
    });
    m_filterBar->addWidget(m_infrastructure);
    if (!m_infrastructure->isChecked())
        QMetaObject::invokeMethod(this, &GraphPage::applyFilters, Qt::QueuedConnection);
    updateFilterChoices();

    m_hops = new QSpinBox(this);
    m_hops->setAccessibleName(tr("Focus on the selection"));
    m_hops->setRange(0, 9);
    m_hops->setSpecialValueText(tr("All services"));
    m_hops->setPrefix(tr("Focus: "));
    m_hops->setSuffix(tr(" hops"));
    m_hops->setToolTip(tr("Show only services within this many dependencies of the selection"));
    connect(m_hops, &QSpinBox::valueChanged, this,
            [this](int hops) { m_scene->setFocusHops(hops == 0 ? -1 : hops); });
    m_filterBar->addWidget(m_hops);

    QAction *fit = m_toolBar->addAction(tr("&Fit"), m_view, &GraphView::fitAll);
    fit->setToolTip(tr("Show the whole graph (0)"));
    QAction *zoomIn = new QAction(tr("Zoom &In"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    QAction *zoomOut = new QAction(tr("Zoom &Out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    addAction(zoomIn);
    addAction(zoomOut);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("View as &PNG…"), this, &GraphPage::exportPng);
    exportMenu->addAction(tr("View as &SVG…"), this, &GraphPage::exportSvg);
    exportMenu->addSeparator();
    exportMenu->addAction(tr("&Copy Plan as Markdown"), this, &GraphPage::copyPlanMarkdown);
    exportMenu->addAction(tr("Save Plan as &Markdown…"), this, &GraphPage::savePlanMarkdown);
    exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(exportButton);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_filterBar->addWidget(spacer);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"graphSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterBar->addWidget(m_summary);
}

void GraphPage::setGraph(GraphDataPtr graph)
{
    const bool first = !m_scene->graph() || m_scene->graph()->nodes.empty();
    m_fitPending = m_fitPending || first;
    m_scene->setGraph(std::move(graph));
    QStringList names;
    for (const GraphNode &node : m_scene->graph()->nodes)
        names << node.name;
    static_cast<QStringListModel *>(m_search->completer()->model())->setStringList(names);
    updateFilterChoices();
    updateSummary();
}

void GraphPage::setCurrentService(const QString &name)
{
    if (name == m_scene->currentService())
        return;
    m_scene->setCurrentService(name);
    if (NodeItem *item = m_scene->nodeItem(name); item && isShown(item))
        m_view->ensureVisible(item, 80, 80);
}

void GraphPage::setMode(GraphMode mode)
{
    for (QAction *action : m_modes->actions()) {
        if (action->data().toInt() == int(mode))
            action->trigger();
    }
}

void GraphPage::updateFilterChoices()
{
    const QString current = m_team->currentData().toString();
    QStringList teams;
    if (m_scene->graph()) {
        for (const GraphNode &node : m_scene->graph()->nodes) {
            if (!node.owner.isEmpty() && !teams.contains(node.owner))
                teams << node.owner;
        }
    }
    teams.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const QString &team : std::as_const(teams))
        m_team->addItem(team, team);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
}

void GraphPage::applyFilters()
{
    GraphFilter filter;
    filter.team = m_team->currentData().toString();
    if (m_status->currentIndex() > 0)
        filter.health = Health(m_status->currentData().toInt());
    filter.tier = m_tier->currentData().toInt();
    filter.hideInfrastructure = !m_infrastructure->isChecked();
    m_scene->setFilter(filter);
    updateSummary();
}

QString GraphPage::summaryText() const
{
    return m_summary->text();
}

void GraphPage::updateSummary()
{
    m_summary->setText(m_scene->modeSummary());
}

void GraphPage::searchAndCentre()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_scene->graph())
        return;
    QString match;
    for (const GraphNode &node : m_scene->graph()->nodes) {
        if (node.name.compare(text, Qt::CaseInsensitive) == 0) {
            match = node.name;
            break;
        }
        if (match.isEmpty() && node.name.contains(text, Qt::CaseInsensitive))
            match = node.name;
    }
    if (match.isEmpty()) {
        m_summary->setText(tr("No service matches “%1”.").arg(text));
        return;
    }
    NodeItem *item = m_scene->nodeItem(match);
    if (item && !isShown(item)) {
        // Found but filtered out: show everything again rather than pretend it is not there.
        m_team->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_tier->setCurrentIndex(0);
        m_infrastructure->setChecked(true);
        m_hops->setValue(0);
    }
    m_scene->setCurrentService(match);
    m_view->centreOnService(match);
    m_view->setFocus();
}

void GraphPage::showNodeMenu(const QString &service, const QPoint &globalPos)
{
    NodeItem *item = m_scene->nodeItem(service);
    if (!item)
        return;
    const GraphNode &node = item->data();
    QMenu menu(this);
    const auto addLink = [&](const QString &text, const QString &url) {
        QAction *action
            = menu.addAction(text, this, [url] { QDesktopServices::openUrl(QUrl(url)); });
        action->setEnabled(openable(url));
        if (!openable(url))
            action->setToolTip(tr("The source gave no address for it"));
    };
    addLink(tr("Open Last Pipeline &Run"), node.lastRunUrl);
    addLink(tr("Open Latest &Deployment"), node.deploymentUrl);
    addLink(tr("Open &Contract Verification"), node.contractUrl);
    menu.addSeparator();
    if (m_scene->grouping() != Grouping::None) {
        // The keyboard's way to collapse: the context-menu key on any member.
        const QString group = m_scene->grouping() == Grouping::Team ? node.owner : node.system;
        if (!group.isEmpty())
            menu.addAction(tr("&Collapse Group %1").arg(group), this,
                           [this, group] { m_scene->setGroupCollapsed(group, true); });
    }
    menu.addAction(tr("Show &Impact"), this, [this] { setMode(GraphMode::Impact); });
    menu.addAction(tr("&Focus Here"), this,
                   [this] { m_hops->setValue(m_hops->value() == 0 ? 1 : m_hops->value()); });
    menu.addAction(tr("Copy &Name"), this,
                   [service] { QApplication::clipboard()->setText(service); });
    menu.exec(globalPos);
}

QString GraphPage::askFileName(const QString &caption, const QString &suffix, const QString &filter)
{
    QSettings settings;
    const QString folder
        = settings
              .value(ExportDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .toString();
    const QString name
        = m_scene->currentService().isEmpty() ? u"signalbox-graph"_s : m_scene->currentService();
    QString path
        = QFileDialog::getSaveFileName(this, caption, folder + u'/' + name + u'.' + suffix, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    settings.setValue(ExportDirKey, QFileInfo(path).absolutePath());
    return path;
}

void GraphPage::exportPng()
{
    const QString path = askFileName(tr("Export Graph as PNG"), u"png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QString error;
    // Twice the view's own scale, so that it stays sharp on a high-DPI screen or a slide.
    if (!exportGraphPng(m_scene, visible, path, std::max(1.0, 2.0 * m_view->zoom()), &error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

void GraphPage::exportSvg()
{
    const QString path
        = askFileName(tr("Export Graph as SVG"), u"svg"_s, tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QString error;
    if (!exportGraphSvg(m_scene, visible, path, tr("Signalbox service graph"), &error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

void GraphPage::copyPlanMarkdown()
{
    if (!m_scene->graph())
        return;
    QApplication::clipboard()->setText(planMarkdown(
        *m_scene->graph(), tr("Deployment plan for %1").arg(m_scene->graph()->environment)));
    m_summary->setText(tr("The plan is on the clipboard as Markdown."));
}

void GraphPage::savePlanMarkdown()
{
    if (!m_scene->graph())
        return;
    const QString path = askFileName(tr("Save Plan as Markdown"), u"md"_s, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QString text = planMarkdown(
        *m_scene->graph(), tr("Deployment plan for %1").arg(m_scene->graph()->environment));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(
            this, tr("Save Plan"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void GraphPage::placeOverviewMap()
{
    const QRect area = m_view->viewport()->geometry();
    m_map->move(area.right() - m_map->width() - 10, area.bottom() - m_map->height() - 10);
    m_map->raise();
}

void GraphPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverviewMap();
}

} // namespace Signalbox
