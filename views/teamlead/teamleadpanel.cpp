#include "teamleadpanel.h"

#include "domain/timeformat.h"
#include "report/teamleadmarkdown.h"
#include "reportfiles.h"
#include "teamleadcharts.h"
#include "teamleadpdf.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

const auto WindowDaysKey = u"teamLead/windowDays"_s;
const auto LastExportFolderKey = u"teamLead/exportFolder"_s;
constexpr int UrlRole = Qt::UserRole + 1;
constexpr int ServiceRole = Qt::UserRole + 2;
constexpr int QuestionRole = Qt::UserRole + 3;

QString answerText(const ChecklistItem &item)
{
    if (!item.override)
        return displayName(item.computed);
    //: An answer a team lead set by hand; %2 is what the data said.
    return TeamLeadPanel::tr("%1 (set by hand; the data says %2)")
        .arg(displayName(item.answer()), displayName(item.computed).toLower());
}

QColor answerColor(ChecklistAnswer answer, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (answer) {
    case ChecklistAnswer::Yes:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case ChecklistAnswer::No:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case ChecklistAnswer::NotEnoughData:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor levelColor(DoraLevel level, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (level) {
    case DoraLevel::Elite:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case DoraLevel::High:
        return dark ? QColor(0xae, 0xd5, 0x81) : QColor(0x33, 0x69, 0x1e);
    case DoraLevel::Medium:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8d, 0x6e, 0x00);
    case DoraLevel::Low:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case DoraLevel::NotEnoughData:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

// Numbers sort as numbers, not as the words they are shown with ("7 min" after "10 min").
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double sortKey)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, sortKey);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setToolTip(text);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem *numberCell(const QString &text, double sortKey)
{
    return new NumberItem(text, sortKey);
}

QString frequencyText(const DeploymentFrequency &f)
{
    if (f.bucket == FrequencyBucket::NotEnoughData)
        return displayName(f.bucket);
    return TeamLeadPanel::tr("%1 (%n deployment(s))", nullptr, f.deployments)
        .arg(displayName(f.bucket));
}

QString durationText(qint64 ms, DurationBucket bucket)
{
    return ms < 0 ? displayName(bucket) : formatDuration(ms);
}

QString rateText(const ChangeFailureRate &c)
{
    if (c.rate < 0)
        return displayName(c.bucket);
    //: A change failure rate: the percentage, then failed of all deployments.
    return TeamLeadPanel::tr("%1 % (%2 of %3)")
        .arg(QLocale().toString(c.rate * 100, 'f', 0))
        .arg(c.failed)
        .arg(c.deployments);
}

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Replaces the chart a view shows; the view owns charts it is given, and deletes the previous
// one only when told to.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    applyChartPalette(chart, view->palette());
    view->setChart(chart);
    delete previous;
}

} // namespace

TeamLeadPanel::TeamLeadPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    m_window = new QComboBox(this);
    m_window->setObjectName(u"teamLeadWindow"_s);
    for (int days : {14, 30, 90, 180, 365})
        m_window->addItem(tr("Last %n day(s)", nullptr, days), days);
    windowLabel->setBuddy(m_window);
    // A month by default: enough weeks for the frequency's median, short enough that a team
    // that started deploying lately is not read as deploying yearly. Four Keys' own three months
    // are one choice away.
    const int remembered = QSettings().value(WindowDaysKey, 30).toInt();
    m_window->setCurrentIndex(qMax(0, m_window->findData(remembered)));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(WindowDaysKey, windowDays());
        Q_EMIT windowDaysChanged(windowDays());
    });
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_copyMarkdown = new QPushButton(tr("Cop&y as Markdown"), this);
    m_exportMarkdown = new QPushButton(tr("Export &Markdown…"), this);
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    connect(m_copyMarkdown, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(markdown());
        Q_EMIT exported({});
    });
    connect(m_exportMarkdown, &QPushButton::clicked, this, &TeamLeadPanel::exportMarkdown);
    connect(m_exportPdf, &QPushButton::clicked, this, &TeamLeadPanel::exportPdf);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_copyMarkdown);
    bar->addWidget(m_exportMarkdown);
    bar->addWidget(m_exportPdf);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createChecklistTab(), tr("Bottleneck &Checklist"));
    m_tabs->addTab(createDoraTab(), tr("D&ORA Metrics"));
    m_tabs->addTab(createBuildTimesTab(), tr("&Build Times"));
    layout->addWidget(m_tabs, 1);

    setReport(nullptr);
}

TeamLeadPanel::~TeamLeadPanel() = default;

int TeamLeadPanel::windowDays() const
{
    return m_window->currentData().toInt();
}

QWidget *TeamLeadPanel::createChecklistTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_verdict = new QLabel(page);
    m_verdict->setObjectName(u"checklistVerdict"_s);
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.25);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    layout->addWidget(m_verdict);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_checklist = makeTable({tr("Question"), tr("Answer"), tr("Figures")}, splitter);
    m_checklist->setObjectName(u"checklist"_s);
    m_checklist->setAccessibleName(tr("Checklist"));
    // The summaries are the answers' reasons: shown whole, wrapped, never cut off.
    m_checklist->setWordWrap(true);
    m_checklist->setTextElideMode(Qt::ElideNone);
    m_checklist->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checklist->setColumnWidth(0, 330);
    m_checklist->setColumnWidth(1, 190);
    connect(m_checklist, &QTableWidget::currentCellChanged, this, &TeamLeadPanel::showEvidence);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_itemSummary = new QLabel(details);
    m_itemSummary->setWordWrap(true);
    m_itemSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_override = new QPushButton(tr("Ove&rride Answer…"), details);
    m_override->setToolTip(tr("Answer this question yourself, with a note saying why (Ctrl+E)"));
    // An action rather than the button's own shortcut: a button's shortcut clicks it a moment
    // later (animateClick), an action's runs at once, wherever the focus is on the page.
    m_overrideAction = new QAction(tr("Override Answer…"), this);
    m_overrideAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_overrideAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_overrideAction, &QAction::triggered, this, &TeamLeadPanel::overrideSelected);
    addAction(m_overrideAction);
    m_clearOverride = new QPushButton(tr("Use the Data's A&nswer"), details);
    connect(m_override, &QPushButton::clicked, this, &TeamLeadPanel::overrideSelected);
    connect(m_clearOverride, &QPushButton::clicked, this, &TeamLeadPanel::clearSelectedOverride);
    buttons->addWidget(m_itemSummary, 1);
    buttons->addWidget(m_override, 0, Qt::AlignTop);
    buttons->addWidget(m_clearOverride, 0, Qt::AlignTop);
    detailsLayout->addLayout(buttons);
    m_evidence = makeTable({tr("When"), tr("Service"), tr("Evidence")}, details);
    m_evidence->setObjectName(u"checklistEvidence"_s);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setColumnWidth(0, 150);
    m_evidence->setColumnWidth(1, 150);
    // Return or a double-click opens what the evidence points at: the run, deployment or
    // commit page when there is one, else the service in the graph.
    connect(m_evidence, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_evidence->item(item->row(), 0);
        const QString url = first->data(UrlRole).toString();
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
        else if (const QString service = first->data(ServiceRole).toString(); !service.isEmpty())
            Q_EMIT serviceActivated(service);
    });
    detailsLayout->addWidget(m_evidence, 1);
    splitter->addWidget(m_checklist);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *TeamLeadPanel::createDoraTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *cards = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *card = new QLabel(page);
        card->setObjectName(u"doraCard%1"_s.arg(i));
        card->setFrameShape(QFrame::StyledPanel);
        card->setTextFormat(Qt::RichText);
        card->setAlignment(Qt::AlignCenter);
        card->setMinimumHeight(72);
        card->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cards->addWidget(card, 1);
        m_doraCards.append(card);
    }
    layout->addLayout(cards);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    auto *chartPage = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *metricBar = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Trend of:"), chartPage);
    m_doraMetric = new QComboBox(chartPage);
    m_doraMetric->setObjectName(u"doraMetric"_s);
    for (DoraChartMetric metric :
         {DoraChartMetric::DeploymentFrequency, DoraChartMetric::LeadTime,
          DoraChartMetric::ChangeFailureRate, DoraChartMetric::TimeToRestore})
        m_doraMetric->addItem(displayName(metric), int(metric));
    metricLabel->setBuddy(m_doraMetric);
    connect(m_doraMetric, &QComboBox::currentIndexChanged, this, &TeamLeadPanel::showDoraChart);
    m_trendCaption = new QLabel(tr("Click a point to list the deployments behind it."), chartPage);
    metricBar->addWidget(metricLabel);
    metricBar->addWidget(m_doraMetric);
    metricBar->addWidget(m_trendCaption, 1);
    chartLayout->addLayout(metricBar);
    m_doraChart = makeChartView(chartPage);
    m_doraChart->setObjectName(u"doraChart"_s);
    chartLayout->addWidget(m_doraChart, 1);

    auto *tables = new QSplitter(Qt::Horizontal, splitter);
    m_trendDeployments
        = makeTable({tr("Deployed"), tr("Service"), tr("Version"), tr("Status")}, tables);
    m_trendDeployments->setObjectName(u"trendDeployments"_s);
    m_trendDeployments->setAccessibleName(tr("Deployments behind the point"));
    connect(m_trendDeployments, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QString url = m_trendDeployments->item(item->row(), 0)->data(UrlRole).toString();
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
        else
            Q_EMIT serviceActivated(m_trendDeployments->item(item->row(), 1)->text());
    });
    m_doraServices = makeTable({tr("Service"), tr("Deployment frequency"), tr("Lead time"),
                                tr("Change failure rate"), tr("Time to restore")},
                               tables);
    m_doraServices->setObjectName(u"doraServices"_s);
    m_doraServices->setAccessibleName(tr("DORA metrics per service"));
    m_doraServices->setSortingEnabled(true);
    m_doraServices->sortByColumn(0, Qt::AscendingOrder);
    connect(m_doraServices, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        Q_EMIT serviceActivated(m_doraServices->item(item->row(), 0)->text());
    });
    tables->addWidget(m_trendDeployments);
    tables->addWidget(m_doraServices);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 3);
    splitter->addWidget(chartPage);
    splitter->addWidget(tables);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *TeamLeadPanel::createBuildTimesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *grid = new QGridLayout;
    m_distributionChart = makeChartView(page);
    m_distributionChart->setObjectName(u"buildDistributionChart"_s);
    m_queueChart = makeChartView(page);
    m_queueChart->setObjectName(u"queueChart"_s);
    auto *trendPage = new QWidget(page);
    auto *trendLayout = new QVBoxLayout(trendPage);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    auto *serviceBar = new QHBoxLayout;
    auto *serviceLabel = new QLabel(tr("&Trend for:"), trendPage);
    m_buildService = new QComboBox(trendPage);
    m_buildService->setObjectName(u"buildTrendService"_s);
    serviceLabel->setBuddy(m_buildService);
    connect(m_buildService, &QComboBox::currentIndexChanged, this,
            &TeamLeadPanel::showBuildTimeTrend);
    serviceBar->addWidget(serviceLabel);
    serviceBar->addWidget(m_buildService, 1);
    trendLayout->addLayout(serviceBar);
    m_buildTrendChart = makeChartView(trendPage);
    m_buildTrendChart->setObjectName(u"buildTrendChart"_s);
    trendLayout->addWidget(m_buildTrendChart, 1);
    m_buildTimes = makeTable(
        {tr("Service"), tr("Runs"), tr("Failed"), tr("Median"), tr("p90"), tr("Median queue")},
        page);
    m_buildTimes->setObjectName(u"buildTimes"_s);
    m_buildTimes->setAccessibleName(tr("Build times per service"));
    m_buildTimes->setSortingEnabled(true);
    m_buildTimes->sortByColumn(0, Qt::AscendingOrder);
    connect(m_buildTimes, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QString service = m_buildTimes->item(item->row(), 0)->text();
        m_buildService->setCurrentIndex(qMax(0, m_buildService->findData(service)));
    });
    grid->addWidget(m_distributionChart, 0, 0);
    grid->addWidget(m_queueChart, 0, 1);
    grid->addWidget(trendPage, 1, 0);
    grid->addWidget(m_buildTimes, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);
    return page;
}

void TeamLeadPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        m_status->setText(tr("Computing from the cache…"));
}

void TeamLeadPanel::setError(const QString &message)
{
    m_busy->hide();
    m_status->setText(tr("Could not compute the report: %1").arg(message));
}

void TeamLeadPanel::setReport(TeamLeadReportPtr report)
{
    m_report = std::move(report);
    m_busy->hide();
    if (m_report) {
        m_status->setText(
            tr("%1 to %2 · production is “%3” · computed %4")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_report->from).date(),
                                        QLocale::ShortFormat),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_report->to).date(),
                                        QLocale::ShortFormat),
                     m_report->productionEnvironment, formatLocalTime(m_report->computedAt)));
    } else {
        m_status->setText(tr("Open a workspace to see its delivery figures."));
    }
    m_exportMarkdown->setEnabled(m_report != nullptr);
    m_exportPdf->setEnabled(m_report != nullptr);
    m_copyMarkdown->setEnabled(m_report != nullptr);
    showChecklist();
    showDora();
    showBuildTimes();
}

void TeamLeadPanel::showChecklist()
{
    // The question a person was reading stays selected when a newer report comes in.
    const int previous = m_checklist->currentRow() >= 0
        ? m_checklist->item(m_checklist->currentRow(), 0)->data(QuestionRole).toInt()
        : 0;
    const QSignalBlocker blocker(m_checklist);
    m_checklist->setRowCount(0);
    if (!m_report) {
        m_verdict->clear();
        showEvidence();
        return;
    }
    const Checklist &checklist = m_report->checklist;
    m_verdict->setText(verdictSentence(checklist));
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::WindowText,
                            checklist.limitsDeploymentFrequency()
                                ? answerColor(ChecklistAnswer::Yes, palette())
                                : palette().color(QPalette::WindowText));
    m_verdict->setPalette(verdictPalette);
    int current = 0;
    m_checklist->setRowCount(int(checklist.items.size()));
    for (int row = 0; row < checklist.items.size(); ++row) {
        const ChecklistItem &item = checklist.items.at(row);
        auto *question = cell(u"%1. %2"_s.arg(int(item.question)).arg(questionText(item.question)));
        question->setData(QuestionRole, int(item.question));
        auto *answer = cell(answerText(item));
        answer->setForeground(answerColor(item.answer(), palette()));
        QFont bold = answer->font();
        bold.setBold(item.answer() == ChecklistAnswer::Yes);
        answer->setFont(bold);
        m_checklist->setItem(row, 0, question);
        m_checklist->setItem(row, 1, answer);
        m_checklist->setItem(row, 2, cell(item.summary));
        if (int(item.question) == previous)
            current = row;
    }
    m_checklist->setCurrentCell(current, 0);
    showEvidence();
}

const ChecklistItem *TeamLeadPanel::selectedItem() const
{
    if (!m_report || m_checklist->currentRow() < 0)
        return nullptr;
    return m_report->checklist.item(ChecklistQuestion(
        m_checklist->item(m_checklist->currentRow(), 0)->data(QuestionRole).toInt()));
}

void TeamLeadPanel::showEvidence()
{
    m_evidence->setRowCount(0);
    const ChecklistItem *item = selectedItem();
    if (!item) {
        m_itemSummary->clear();
        updateButtons();
        return;
    }
    QString summary = u"<b>%1</b><br>%2"_s.arg(questionText(item->question).toHtmlEscaped(),
                                               item->summary.toHtmlEscaped());
    if (!item->services.isEmpty())
        summary += u"<br>"_s + tr("Look at: %1").arg(item->services.join(u", "_s).toHtmlEscaped());
    if (item->override) {
        summary += u"<br><i>"_s
            + tr("Set to “%1” by %2 on %3: %4")
                  .arg(displayName(item->override->answer), item->override->author,
                       formatLocalTime(item->override->decidedAt), item->override->note)
                  .toHtmlEscaped()
            + u"</i>"_s;
    }
    m_itemSummary->setText(summary);
    m_evidence->setRowCount(int(item->evidence.size()));
    for (int row = 0; row < item->evidence.size(); ++row) {
        const ChecklistEvidence &e = item->evidence.at(row);
        auto *when = cell(formatLocalTime(e.at));
        when->setData(UrlRole, e.url);
        when->setData(ServiceRole, e.service);
        m_evidence->setItem(row, 0, when);
        m_evidence->setItem(row, 1, cell(e.service));
        auto *text = cell(e.text);
        if (!e.url.isEmpty())
            text->setToolTip(e.text + u"\n"_s + e.url);
        m_evidence->setItem(row, 2, text);
    }
    updateButtons();
}

void TeamLeadPanel::updateButtons()
{
    const ChecklistItem *item = selectedItem();
    m_override->setEnabled(item != nullptr);
    m_overrideAction->setEnabled(item != nullptr);
    m_clearOverride->setEnabled(item && item->override);
}

void TeamLeadPanel::overrideSelected()
{
    const ChecklistItem *item = selectedItem();
    if (!item)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Override Answer"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *question = new QLabel(questionText(item->question), &dialog);
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);
    auto *computed = new QLabel(
        tr("The data says: %1. %2").arg(displayName(item->computed), item->summary), &dialog);
    computed->setWordWrap(true);
    layout->addWidget(computed);
    auto *answers = new QButtonGroup(&dialog);
    auto *answerRow = new QHBoxLayout;
    for (ChecklistAnswer answer :
         {ChecklistAnswer::Yes, ChecklistAnswer::No, ChecklistAnswer::NotEnoughData}) {
        auto *button = new QRadioButton(displayName(answer), &dialog);
        answers->addButton(button, int(answer));
        answerRow->addWidget(button);
        if (answer == item->answer())
            button->setChecked(true);
    }
    answerRow->addStretch(1);
    layout->addLayout(answerRow);
    auto *noteLabel = new QLabel(tr("&Why (kept with the answer):"), &dialog);
    auto *note = new QPlainTextEdit(&dialog);
    note->setObjectName(u"overrideNote"_s);
    note->setTabChangesFocus(true);
    noteLabel->setBuddy(note);
    if (item->override)
        note->setPlainText(item->override->note);
    layout->addWidget(noteLabel);
    layout->addWidget(note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setEnabled(!note->toPlainText().trimmed().isEmpty());
    // A decision without a reason cannot be weighed later: the note is required.
    connect(note, &QPlainTextEdit::textChanged, &dialog,
            [ok, note] { ok->setEnabled(!note->toPlainText().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    note->setFocus();
    dialog.resize(520, 300);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChecklistOverride decision;
    decision.question = item->question;
    decision.answer = ChecklistAnswer(answers->checkedId());
    decision.note = note->toPlainText().trimmed();
    Q_EMIT overrideRequested(decision);
}

void TeamLeadPanel::clearSelectedOverride()
{
    const ChecklistItem *item = selectedItem();
    if (!item || !item->override)
        return;
    ChecklistOverride decision;
    decision.question = item->question;
    decision.answer = item->computed;
    decision.cleared = true;
    decision.note = tr("Back to the data's answer.");
    Q_EMIT overrideRequested(decision);
}

void TeamLeadPanel::showDora()
{
    const QStringList titles {tr("Deployment frequency"), tr("Lead time for changes"),
                              tr("Change failure rate"), tr("Time to restore")};
    for (int i = 0; i < m_doraCards.size(); ++i) {
        QString value = tr("not enough data");
        DoraLevel level = DoraLevel::NotEnoughData;
        if (m_report) {
            const DoraMetrics &m = m_report->dora.overall;
            switch (i) {
            case 0:
                value = frequencyText(m.frequency);
                level = m.frequency.level;
                break;
            case 1:
                value = durationText(m.leadTime.medianMs, m.leadTime.bucket);
                level = m.leadTime.level;
                break;
            case 2:
                value = rateText(m.changeFailure);
                level = m.changeFailure.level;
                break;
            default:
                value = durationText(m.restore.medianMs, m.restore.bucket);
                level = m.restore.level;
                break;
            }
        }
        m_doraCards[i]->setText(
            u"<div>%1</div><div style='font-size:large; font-weight:bold'>%2</div>"
            "<div style='color:%3'>%4</div>"_s.arg(
                titles.at(i).toHtmlEscaped(), value.toHtmlEscaped(),
                levelColor(level, palette()).name(), displayName(level).toHtmlEscaped()));
    }

    m_doraServices->setSortingEnabled(false);
    m_doraServices->setRowCount(0);
    if (m_report) {
        const QList<DoraMetrics> &services = m_report->dora.services;
        m_doraServices->setRowCount(int(services.size()));
        for (int row = 0; row < services.size(); ++row) {
            const DoraMetrics &m = services.at(row);
            m_doraServices->setItem(row, 0, cell(m.service));
            m_doraServices->setItem(
                row, 1, numberCell(frequencyText(m.frequency), m.frequency.deployments));
            m_doraServices->setItem(row, 2,
                                    numberCell(durationText(m.leadTime.medianMs, m.leadTime.bucket),
                                               double(m.leadTime.medianMs)));
            m_doraServices->setItem(row, 3,
                                    numberCell(rateText(m.changeFailure), m.changeFailure.rate));
            m_doraServices->setItem(row, 4,
                                    numberCell(durationText(m.restore.medianMs, m.restore.bucket),
                                               double(m.restore.medianMs)));
            for (int column = 1; column < 5; ++column) {
                const DoraLevel level = column == 1 ? m.frequency.level
                    : column == 2                   ? m.leadTime.level
                    : column == 3                   ? m.changeFailure.level
                                                    : m.restore.level;
                m_doraServices->item(row, column)->setForeground(levelColor(level, palette()));
            }
        }
    }
    m_doraServices->setSortingEnabled(true);
    m_doraServices->resizeColumnsToContents();
    showDoraChart();
}

void TeamLeadPanel::showDoraChart()
{
    m_trendDeployments->setRowCount(0);
    if (!m_report) {
        replaceChart(m_doraChart, new QChart);
        return;
    }
    QChart *chart
        = createDoraTrendChart(*m_report, DoraChartMetric(m_doraMetric->currentData().toInt()));
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            connect(xy, &QXYSeries::clicked, this, [this](const QPointF &point) {
                showTrendPoint(doraTrendPointAt(*m_report, point.x()));
            });
        }
    }
    replaceChart(m_doraChart, chart);
}

void TeamLeadPanel::showTrendPoint(int index)
{
    m_trendDeployments->setRowCount(0);
    if (!m_report || index < 0 || index >= m_report->doraTrend.size())
        return;
    const DoraTrendPoint &point = m_report->doraTrend.at(index);
    const QDate first = QDateTime::fromMSecsSinceEpoch(point.start, Qt::UTC).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(point.end - 1, Qt::UTC).date();
    const int count = int(point.deployments.size());
    m_trendCaption->setText(first == last
                                ? tr("%n deployment(s) on %1", nullptr, count)
                                      .arg(QLocale().toString(first, QLocale::ShortFormat))
                                : tr("%n deployment(s) from %1 to %2", nullptr, count)
                                      .arg(QLocale().toString(first, QLocale::ShortFormat),
                                           QLocale().toString(last, QLocale::ShortFormat)));
    const QList<Deployment> deployments = doraTrendPointDeployments(*m_report, index);
    m_trendDeployments->setRowCount(int(deployments.size()));
    for (int row = 0; row < deployments.size(); ++row) {
        const Deployment &d = deployments.at(row);
        auto *when = cell(formatLocalTime(d.deployedAt));
        when->setData(UrlRole, d.url);
        m_trendDeployments->setItem(row, 0, when);
        m_trendDeployments->setItem(row, 1, cell(d.service));
        m_trendDeployments->setItem(row, 2, cell(d.version));
        m_trendDeployments->setItem(row, 3, cell(displayName(d.status)));
    }
    m_trendDeployments->resizeColumnsToContents();
}

void TeamLeadPanel::showBuildTimes()
{
    const QString chosen = m_buildService->currentData().toString();
    {
        const QSignalBlocker blocker(m_buildService);
        m_buildService->clear();
        m_buildService->addItem(tr("All services"), QString());
        if (m_report) {
            for (const ServiceBuildTimes &s : m_report->buildTimes.services)
                m_buildService->addItem(s.service, s.service);
        }
        m_buildService->setCurrentIndex(qMax(0, m_buildService->findData(chosen)));
    }
    m_buildTimes->setSortingEnabled(false);
    m_buildTimes->setRowCount(0);
    if (!m_report) {
        replaceChart(m_distributionChart, new QChart);
        replaceChart(m_queueChart, new QChart);
        replaceChart(m_buildTrendChart, new QChart);
        m_buildTimes->setSortingEnabled(true);
        return;
    }
    const BuildTimesReport &times = m_report->buildTimes;
    m_buildTimes->setRowCount(int(times.services.size()));
    for (int row = 0; row < times.services.size(); ++row) {
        const ServiceBuildTimes &s = times.services.at(row);
        m_buildTimes->setItem(row, 0, cell(s.service));
        m_buildTimes->setItem(row, 1, numberCell(QLocale().toString(s.runs), s.runs));
        m_buildTimes->setItem(row, 2, numberCell(QLocale().toString(s.failed), s.failed));
        auto *median = numberCell(formatDuration(s.run.p50Ms), double(s.run.p50Ms));
        if (s.run.p50Ms > times.limitMs) {
            median->setForeground(answerColor(ChecklistAnswer::Yes, palette()));
            median->setToolTip(tr("Over %1").arg(formatDuration(times.limitMs)));
        }
        m_buildTimes->setItem(row, 3, median);
        m_buildTimes->setItem(row, 4, numberCell(formatDuration(s.run.p90Ms), double(s.run.p90Ms)));
        m_buildTimes->setItem(
            row, 5,
            numberCell(s.queue.isEmpty() ? tr("not reported") : formatDuration(s.queue.p50Ms),
                       double(s.queue.p50Ms)));
    }
    m_buildTimes->setSortingEnabled(true);
    m_buildTimes->resizeColumnsToContents();
    // A quarter of the page cannot name more than a dozen services; the table lists them all.
    constexpr int ChartedServices = 12;
    replaceChart(m_distributionChart, createBuildTimeDistributionChart(times, ChartedServices));
    replaceChart(m_queueChart, createQueueVsRunChart(times, ChartedServices));
    showBuildTimeTrend();
}

void TeamLeadPanel::showBuildTimeTrend()
{
    if (!m_report)
        return;
    replaceChart(
        m_buildTrendChart,
        createBuildTimeTrendChart(m_report->buildTimes, m_buildService->currentData().toString()));
}

QString TeamLeadPanel::markdown() const
{
    return m_report ? teamLeadMarkdown(*m_report) : QString();
}

void TeamLeadPanel::exportMarkdown()
{
    if (!m_report)
        return;
    const QString path = askReportPath(this, LastExportFolderKey, tr("Export Markdown"),
                                       u"delivery-report.md"_s, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReportText(path, markdown(), &error)) {
        Q_EMIT exportFailed(error);
        return;
    }
    Q_EMIT exported(path);
}

void TeamLeadPanel::exportPdf()
{
    if (!m_report)
        return;
    const QString path = askReportPath(this, LastExportFolderKey, tr("Export PDF"),
                                       u"delivery-report.pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeTeamLeadPdf(*m_report, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Q_EMIT exportFailed(error);
        return;
    }
    Q_EMIT exported(path);
}

void TeamLeadPanel::applyPalette()
{
    for (QChartView *view : {m_doraChart, m_distributionChart, m_queueChart, m_buildTrendChart}) {
        if (view->chart())
            applyChartPalette(view->chart(), palette());
    }
    showChecklist();
    showDora();
}

bool TeamLeadPanel::event(QEvent *event)
{
    // Dark mode switches the application palette while the page is open.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    return QWidget::event(event);
}

} // namespace Signalbox
