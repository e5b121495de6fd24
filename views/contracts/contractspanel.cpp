#include "contractspanel.h"

#include "domain/status.h"
#include "domain/timeformat.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QString statusWord(VerificationResult result)
{
    switch (result) {
    case VerificationResult::Success:
        return ContractsPanel::tr("Verified");
    case VerificationResult::Failed:
        return ContractsPanel::tr("Failed");
    case VerificationResult::Unknown:
        break;
    }
    return ContractsPanel::tr("Not verified");
}

VerificationResult resultOf(const std::optional<bool> &verified)
{
    if (!verified)
        return VerificationResult::Unknown;
    return *verified ? VerificationResult::Success : VerificationResult::Failed;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QString &url = {})
{
    auto *item = new QTableWidgetItem(text);
    if (!url.isEmpty())
        item->setData(ContractsPanel::UrlRole, url);
    return item;
}

// Links come from source data: only web addresses are handed to the desktop.
bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
}

} // namespace

ContractsPanel::ContractsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_pending = new QLabel(this);
    m_pending->setObjectName(u"contractsPending"_s);
    m_pending->setWordWrap(true);
    m_pending->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending->setFrameShape(QFrame::StyledPanel);
    m_pending->setMargin(6);
    m_pending->hide();
    layout->addWidget(m_pending);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"contractsEmpty"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    // Two-line headers: the dock is narrow, and the status must not scroll out of sight.
    m_table = makeTable({tr("Role"), tr("Service"), tr("Consumer\nVersion"),
                         tr("Provider\nVersion"), tr("Status"), tr("When"), tr("Verification")},
                        this);
    m_table->setObjectName(u"contracts"_s);
    m_table->setAccessibleName(tr("Contracts"));
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table, 2);

    m_openAction = new QAction(tr("Open Verification"), this);
    m_openAction->setToolTip(tr("Open the selected verification's result in the browser (Return)"));
    connect(m_openAction, &QAction::triggered, this, &ContractsPanel::openCurrentVerification);
    m_table->addAction(m_openAction);
    // Return and double-click both activate a row.
    connect(m_table, &QTableWidget::activated, this, &ContractsPanel::openCurrentVerification);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
        m_openAction->setEnabled(item && isWebAddress(QUrl(item->data(UrlRole).toString())));
    });

    auto *box = new QGroupBox(tr("Can I deploy?"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_version = new QComboBox(box);
    m_version->setObjectName(u"canIDeployVersion"_s);
    // The broker may know versions the cache has not seen yet.
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Version:"), m_version);
    m_environment = new QComboBox(box);
    m_environment->setObjectName(u"canIDeployEnvironment"_s);
    form->addRow(tr("&Environment:"), m_environment);
    boxLayout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), box);
    m_check->setToolTip(tr("Ask the Pact Broker whether this version can be deployed to the "
                           "environment (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_busy = new QProgressBar(box);
    m_busy->setRange(0, 0); // no figure to show: the broker answers or it does not
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Asking the Pact Broker"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, &ContractsPanel::requestCanIDeploy);
    connect(m_cancel, &QPushButton::clicked, this, &ContractsPanel::cancelCanIDeploy);
    // An action, so Ctrl+Return works wherever the focus is in the panel, the version's line
    // edit included.
    m_checkAction = new QAction(tr("Check Can I Deploy"), this);
    m_checkAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_checkAction, &QAction::triggered, this, &ContractsPanel::requestCanIDeploy);
    addAction(m_checkAction);
    connect(m_version, &QComboBox::currentTextChanged, this, &ContractsPanel::updateCheckEnabled);
    connect(m_environment, &QComboBox::currentTextChanged, this,
            &ContractsPanel::updateCheckEnabled);

    m_availability = new QLabel(box);
    m_availability->setObjectName(u"canIDeployAvailability"_s);
    m_availability->setWordWrap(true);
    boxLayout->addWidget(m_availability);

    m_verdict = new QLabel(box);
    m_verdict->setObjectName(u"canIDeployVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    boxLayout->addWidget(m_verdict);
    // The broker's words, as it wrote them: never read as markup.
    m_reason = new QLabel(box);
    m_reason->setObjectName(u"canIDeployReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(m_reason);
    m_notices = new QLabel(box);
    m_notices->setObjectName(u"canIDeployNotices"_s);
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::PlainText);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(m_notices);
    m_matrix = makeTable({tr("Consumer"), tr("Consumer\nVersion"), tr("Provider"),
                          tr("Provider\nVersion"), tr("Status"), tr("Verified")},
                         box);
    m_matrix->setObjectName(u"canIDeployMatrix"_s);
    m_matrix->setAccessibleName(tr("The broker's matrix"));
    boxLayout->addWidget(m_matrix, 1);
    layout->addWidget(box, 1);

    m_unavailableReason = tr("No workspace is open.");
    setAsking(false);
    showNothing();
}

void ContractsPanel::showNothing()
{
    if (m_asking)
        cancelCanIDeploy();
    m_service.clear();
    m_title->setText(tr("Select a service to see its contracts."));
    m_empty->hide();
    m_pending->hide();
    m_table->setRowCount(0);
    m_table->hide();
    m_version->clear();
    m_environment->clear();
    clearAnswer();
    updateCheckEnabled();
}

void ContractsPanel::showDetails(const ServiceDetails &details, EpochMs now)
{
    // An answer for the previous service must not land under this one.
    if (m_asking && details.service.name != m_service)
        cancelCanIDeploy();
    if (details.service.name != m_service)
        clearAnswer();
    m_service = details.service.name;
    m_title->setText(tr("Contracts of %1").arg(m_service));
    fillTable(details, now == NoTime ? QDateTime::currentMSecsSinceEpoch() : now);

    const QString chosenEnvironment = m_environment->currentText();
    m_version->clear();
    m_version->addItems(details.knownVersions);
    m_version->setCurrentIndex(details.knownVersions.isEmpty() ? -1 : 0);
    m_environment->clear();
    m_environment->addItems(details.knownEnvironments);
    // Keep the environment a person chose while they walk through services; production is
    // what is asked about most.
    int environment = m_environment->findText(chosenEnvironment);
    if (environment < 0)
        environment = m_environment->findText(u"production"_s);
    m_environment->setCurrentIndex(environment >= 0 ? environment
                                                    : (m_environment->count() > 0 ? 0 : -1));
    updateCheckEnabled();
}

void ContractsPanel::showPending(const DeployCheck *pending)
{
    QStringList lines;
    if (pending) {
        for (const BlockedReason &reason : pending->reasons) {
            // A provider not deployed at the verified version is a contract's consequence too.
            if (reason.kind == BlockedReason::Kind::ContractUnverified
                || reason.kind == BlockedReason::Kind::ContractFailing
                || reason.kind == BlockedReason::Kind::ProviderNotDeployed
                || reason.kind == BlockedReason::Kind::WaitingForProvider) {
                lines << reason.sentence;
            }
        }
    }
    m_pending->setVisible(!lines.isEmpty());
    if (lines.isEmpty())
        return;
    m_pending->setText(
        tr("%1 %2 cannot go to %3:").arg(pending->service, pending->version, pending->environment)
        + u"\n• "_s + lines.join(u"\n• "_s));
}

void ContractsPanel::fillTable(const ServiceDetails &details, EpochMs now)
{
    struct Row
    {
        bool consumes = false;
        QString other;
        ContractVerification verification;
        bool verified = false; // false: the pair has no verification at all
    };
    struct Group
    {
        QList<Row> rows; // newest first, as the store reads them
        int urgency = 2; // 0: the newest verification failed; 1: not verified; 2: verified
        EpochMs newest = NoTime;
        QString other;
    };
    QList<Group> groups;
    for (const ContractPair &pair : details.contracts) {
        Group group;
        const bool consumes = pair.consumer == m_service;
        group.other = consumes ? pair.provider : pair.consumer;
        if (pair.verifications.isEmpty()) {
            group.rows.append({consumes, group.other, {}, false});
            group.urgency = 1;
        }
        for (const ContractVerification &v : pair.verifications)
            group.rows.append({consumes, group.other, v, true});
        if (!pair.verifications.isEmpty()) {
            const VerificationResult newest = pair.verifications.constFirst().result;
            // The service's newest version not verified against the other side holds it, even
            // when older versions were verified since.
            const QString candidate = details.knownVersions.value(0);
            const bool candidateUnverified = std::any_of(
                pair.verifications.cbegin(), pair.verifications.cend(),
                [&](const ContractVerification &v) {
                    return v.result == VerificationResult::Unknown
                        && (consumes ? v.consumerVersion : v.providerVersion) == candidate;
                });
            group.urgency = newest == VerificationResult::Failed ? 0 : candidateUnverified ? 1 : 2;
            if (candidateUnverified) {
                std::stable_partition(group.rows.begin(), group.rows.end(), [&](const Row &r) {
                    return r.verification.result == VerificationResult::Unknown
                        && (consumes ? r.verification.consumerVersion
                                     : r.verification.providerVersion)
                        == candidate;
                });
            }
            group.newest = pair.verifications.constFirst().verifiedAt;
        }
        groups.append(std::move(group));
    }
    // What fails now comes first, then what is not verified yet (either holds a deployment);
    // then the most recently verified. A pair's rows stay together, so an old failure that a
    // newer version fixed does not sit above what fails today.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.urgency != b.urgency)
            return a.urgency < b.urgency;
        if (a.newest != b.newest)
            return a.newest > b.newest;
        return a.other < b.other;
    });

    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const Group &group : std::as_const(groups)) {
        for (const Row &r : group.rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const ContractVerification &v = r.verification;
            const QString url = isWebAddress(QUrl(v.url)) ? v.url : QString();
            const QString none = u"—"_s;
            m_table->setItem(row, RoleColumn,
                             cell(r.consumes ? tr("consumes") : tr("provides to"), url));
            m_table->setItem(row, ServiceColumn, cell(r.other, url));
            m_table->setItem(row, ConsumerVersionColumn,
                             cell(v.consumerVersion.isEmpty() ? none : v.consumerVersion, url));
            m_table->setItem(row, ProviderVersionColumn,
                             cell(v.providerVersion.isEmpty() ? none : v.providerVersion, url));
            // The word says it; the icon's colour and shape only repeat it.
            auto *status = cell(statusWord(v.result), url);
            status->setIcon(healthIcon(healthOf(v.result)));
            m_table->setItem(row, StatusColumn, status);
            auto *when = cell(formatAge(v.verifiedAt, now), url);
            if (v.verifiedAt != NoTime)
                when->setToolTip(formatLocalTime(v.verifiedAt));
            m_table->setItem(row, WhenColumn, when);
            auto *link = cell(url.isEmpty() ? none : url, url);
            link->setToolTip(url);
            m_table->setItem(row, LinkColumn, link);
        }
    }
    const bool empty = m_table->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(
        tr("No contracts are known for %1. Add a Pact Broker source to see them.").arg(m_service));
    if (!empty)
        m_table->setCurrentCell(0, 0);
    m_openAction->setEnabled(!empty && !m_table->item(0, 0)->data(UrlRole).toString().isEmpty());
}

void ContractsPanel::openCurrentVerification()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const QUrl url(item->data(UrlRole).toString());
    if (isWebAddress(url))
        QDesktopServices::openUrl(url);
}

void ContractsPanel::showCanIDeployAvailable()
{
    m_unavailableReason.clear();
    updateCheckEnabled();
}

void ContractsPanel::showCanIDeployUnavailable(const QString &reason)
{
    if (m_asking)
        cancelCanIDeploy();
    m_unavailableReason = reason;
    updateCheckEnabled();
}

void ContractsPanel::requestCanIDeploy()
{
    updateCheckEnabled();
    if (!m_check->isEnabled())
        return;
    clearAnswer();
    m_askedVersion = m_version->currentText().trimmed();
    m_askedEnvironment = m_environment->currentText();
    setAsking(true);
    m_verdict->setText(tr("Asking whether %1 %2 can be deployed to %3…")
                           .arg(m_service, m_askedVersion, m_askedEnvironment));
    Q_EMIT canIDeployRequested(m_service, m_askedVersion, m_askedEnvironment);
}

void ContractsPanel::cancelCanIDeploy()
{
    if (!m_asking)
        return;
    setAsking(false);
    m_verdict->setText(tr("Cancelled."));
    Q_EMIT canIDeployCancelled();
}

void ContractsPanel::showCanIDeployAnswer(const CanIDeployAnswer &answer)
{
    if (!m_asking)
        return;
    setAsking(false);
    const QString subject = tr("%1 %2 to %3").arg(m_service, m_askedVersion, m_askedEnvironment);
    Health health = Health::Unknown;
    if (!answer.error.isEmpty()) {
        m_verdict->setText(
            tr("Unknown: the Pact Broker could not be asked about %1.").arg(subject));
        m_reason->setText(answer.error);
    } else {
        if (answer.deployable == true) {
            health = Health::Healthy;
            m_verdict->setText(tr("Yes: the Pact Broker allows %1.").arg(subject));
        } else if (answer.deployable == false) {
            health = Health::Failing;
            m_verdict->setText(tr("No: the Pact Broker does not allow %1.").arg(subject));
        } else {
            m_verdict->setText(tr("Unknown: the Pact Broker cannot tell about %1.").arg(subject));
        }
        m_reason->setText(answer.reason);
    }
    m_verdict->setToolTip(displayName(health));
    m_reason->setVisible(!m_reason->text().isEmpty());
    // The broker repeats its reason among its notices; once is enough.
    QStringList notices = answer.notices;
    notices.removeAll(answer.reason);
    m_notices->setText(notices.join(u'\n'));
    m_notices->setVisible(!notices.isEmpty());

    m_matrix->setRowCount(0);
    for (const PactMatrixRow &r : answer.matrix) {
        const int row = m_matrix->rowCount();
        m_matrix->insertRow(row);
        const QString url = isWebAddress(QUrl(r.verificationUrl)) ? r.verificationUrl : QString();
        m_matrix->setItem(row, 0, cell(r.consumer, url));
        m_matrix->setItem(row, 1, cell(r.consumerVersion, url));
        m_matrix->setItem(row, 2, cell(r.provider, url));
        m_matrix->setItem(row, 3,
                          cell(r.providerVersion.isEmpty() ? u"—"_s : r.providerVersion, url));
        const VerificationResult result = resultOf(r.verified);
        QString word = statusWord(result);
        if (r.ignored)
            word = tr("%1 (ignored)").arg(word);
        auto *status = cell(word, url);
        status->setIcon(healthIcon(healthOf(result)));
        m_matrix->setItem(row, 4, status);
        m_matrix->setItem(row, 5, cell(formatLocalTime(r.verifiedAt), url));
    }
    m_matrix->setVisible(!answer.matrix.isEmpty());
}

void ContractsPanel::clearAnswer()
{
    m_verdict->clear();
    m_verdict->setToolTip({});
    m_reason->clear();
    m_reason->hide();
    m_notices->clear();
    m_notices->hide();
    m_matrix->setRowCount(0);
    m_matrix->hide();
}

void ContractsPanel::setAsking(bool asking)
{
    m_asking = asking;
    m_busy->setVisible(asking);
    m_cancel->setVisible(asking);
    updateCheckEnabled();
}

void ContractsPanel::updateCheckEnabled()
{
    const bool complete = !m_service.isEmpty() && !m_version->currentText().trimmed().isEmpty()
        && !m_environment->currentText().isEmpty();
    const bool enabled = m_unavailableReason.isEmpty() && complete && !m_asking;
    m_check->setEnabled(enabled);
    m_checkAction->setEnabled(enabled);
    m_availability->setText(m_unavailableReason);
    m_availability->setVisible(!m_unavailableReason.isEmpty());
}

} // namespace Signalbox
