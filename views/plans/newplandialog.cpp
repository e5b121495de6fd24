#include "newplandialog.h"

#include "domain/status.h"
#include "planservicedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QString pipelineText(Health health)
{
    switch (health) {
    case Health::Healthy:
        return NewPlanDialog::tr("green");
    case Health::InProgress:
        return NewPlanDialog::tr("running");
    case Health::Warning:
        return NewPlanDialog::tr("unstable");
    case Health::Failing:
        return NewPlanDialog::tr("red");
    case Health::Unknown:
        break;
    }
    return NewPlanDialog::tr("unknown");
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

NewPlanDialog::NewPlanDialog(PlanBoardPtr board, QWidget *parent)
    : QDialog(parent)
    , m_board(std::move(board))
    , m_name(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_changes(new QTableWidget(0, ColumnCount, this))
    , m_addService(new QPushButton(tr("Add &Service…"), this))
{
    setWindowTitle(tr("New Release Plan"));
    m_name->setObjectName(u"planName"_s);
    m_name->setPlaceholderText(tr("e.g. Checkout redesign, week 48"));
    m_environment->setObjectName(u"planEnvironment"_s);
    if (m_board) {
        m_environment->addItems(m_board->environments);
        m_environment->setCurrentIndex(
            qMax(0, int(m_board->environments.indexOf(m_board->defaultEnvironment))));
    }

    m_changes->setObjectName(u"pendingChanges"_s);
    m_changes->setAccessibleName(tr("Pending changes"));
    m_changes->setHorizontalHeaderLabels({tr("Service"), tr("Version"), tr("Current → new"),
                                          tr("Commits"), tr("Author"), tr("Pipeline"),
                                          tr("Blocked because")});
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setAlternatingRowColors(true);
    m_changes->setShowGrid(false);
    m_changes->setWordWrap(false);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->horizontalHeader()->setHighlightSections(false);
    m_changes->setTabKeyNavigation(false);
    connect(m_changes, &QTableWidget::itemChanged, this, &NewPlanDialog::updateOk);

    // Ctrl+A picks every change rather than selecting the rows: selection means nothing here.
    auto *checkAll = new QAction(tr("Check All"), this);
    checkAll->setShortcut(QKeySequence::SelectAll);
    checkAll->setShortcutContext(Qt::WidgetShortcut);
    connect(checkAll, &QAction::triggered, this, [this] { setAllChecked(true); });
    m_changes->addAction(checkAll);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Target &environment:"), m_environment);

    auto *changesLabel = new QLabel(tr("&Changes to ship (Space checks or unchecks, Ctrl+A "
                                       "checks all):"),
                                    this);
    changesLabel->setBuddy(m_changes);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_addService);
    m_addService->setToolTip(tr("Add a service of the catalog by hand, with the version to ship"));
    m_addService->setAutoDefault(false);
    connect(m_addService, &QPushButton::clicked, this, &NewPlanDialog::askForService);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create &Plan"));
    m_ok->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewPlanDialog::updateOk);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &NewPlanDialog::showPending);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 1);
    layout->addLayout(row);
    layout->addWidget(box);
    resize(900, 480);
    showPending();
    m_name->setFocus();
}

NewPlanDialog::~NewPlanDialog() = default;

void NewPlanDialog::showPending()
{
    const QSignalBlocker blocker(m_changes);
    m_rows.clear();
    m_changes->setRowCount(0);
    const QString environment = m_environment->currentText();
    if (m_board) {
        for (const PendingChange &p : m_board->pending.value(environment)) {
            PlanItem item;
            item.service = p.service;
            item.version = p.version;
            item.currentVersion = p.currentVersion;
            item.commitRange = p.commitRange;
            item.author = p.author;
            addRow(item, p.pipeline, p.reasons);
        }
    }
    for (const PlanItem &item : std::as_const(m_manual))
        addRow(item, Health::Unknown, {});
    m_changes->resizeColumnsToContents();
    if (m_changes->rowCount() > 0)
        m_changes->setCurrentCell(0, ServiceColumn);
    updateOk();
}

void NewPlanDialog::addRow(const PlanItem &item, Health pipeline, const QStringList &reasons)
{
    int row = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).service == item.service)
            row = r;
    }
    if (row < 0) {
        row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_rows.append(item);
    } else {
        m_rows[row] = item;
    }
    auto *service = new QTableWidgetItem(item.manual ? tr("%1 (added by hand)").arg(item.service)
                                                     : item.service);
    service->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    service->setCheckState(Qt::Checked);
    m_changes->setItem(row, ServiceColumn, service);
    m_changes->setItem(row, VersionColumn, cell(item.version));
    m_changes->setItem(row, ChangeColumn,
                       cell(u"%1 → %2"_s.arg(item.currentVersion.isEmpty() ? tr("not deployed")
                                                                           : item.currentVersion,
                                             item.version)));
    m_changes->setItem(row, CommitsColumn, cell(item.commitRange));
    m_changes->setItem(row, AuthorColumn, cell(item.author));
    auto *pipelineCell = cell(item.manual ? QString() : pipelineText(pipeline));
    if (!item.manual)
        pipelineCell->setIcon(healthIcon(pipeline));
    m_changes->setItem(row, PipelineColumn, pipelineCell);
    auto *reasonsCell = cell(reasons.join(u"; "_s));
    reasonsCell->setToolTip(reasons.join(u'\n'));
    m_changes->setItem(row, ReasonsColumn, reasonsCell);
}

void NewPlanDialog::addService(const QString &service, const QString &version)
{
    if (service.isEmpty() || version.isEmpty())
        return;
    PlanItem item;
    item.service = service;
    item.version = version;
    item.manual = true;
    m_manual.removeIf([&](const PlanItem &i) { return i.service == service; });
    m_manual.append(item);
    {
        const QSignalBlocker blocker(m_changes);
        addRow(item, Health::Unknown, {});
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).service == service)
            m_changes->setCurrentCell(r, ServiceColumn);
    }
    updateOk();
}

void NewPlanDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_changes);
        for (int r = 0; r < m_changes->rowCount(); ++r)
            m_changes->item(r, ServiceColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updateOk();
}

void NewPlanDialog::askForService()
{
    if (m_addServiceDialog || !m_board)
        return;
    QHash<QString, QString> suggested;
    for (const PendingChange &p : m_board->pending.value(m_environment->currentText()))
        suggested.insert(p.service, p.version);
    m_addServiceDialog = new PlanServiceDialog(m_board->catalogServices, suggested, this);
    m_addServiceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addServiceDialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            addService(m_addServiceDialog->service(), m_addServiceDialog->version());
        m_addServiceDialog = nullptr;
        m_changes->setFocus();
    });
    m_addServiceDialog->open();
}

ReleasePlan NewPlanDialog::draft() const
{
    ReleasePlan plan;
    plan.name = m_name->text().trimmed();
    plan.environment = m_environment->currentText();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_changes->item(r, ServiceColumn)->checkState() == Qt::Checked)
            plan.items.append(m_rows.at(r));
    }
    return plan;
}

void NewPlanDialog::updateOk()
{
    int checked = 0;
    for (int r = 0; r < m_changes->rowCount(); ++r) {
        if (m_changes->item(r, ServiceColumn)->checkState() == Qt::Checked)
            ++checked;
    }
    m_summary->setText(
        m_rows.isEmpty()
            ? tr("Nothing is pending for %1; add services by hand.")
                  .arg(m_environment->currentText())
            : tr("%1 of %n change(s) checked.", nullptr, int(m_rows.size())).arg(checked));
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && checked > 0);
}

} // namespace Signalbox
