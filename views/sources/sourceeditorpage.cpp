#include "sourceeditorpage.h"

#include "sourcesettingsform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QLabel *quietLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    QColor colour = palette.color(QPalette::WindowText);
    colour.setAlphaF(0.7f);
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    return label;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

// A token pasted where the name of a variable belongs must not end up in the workspace.
bool looksLikeToken(const QString &text)
{
    static const QRegularExpression prefixes(
        uR"(^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|glrt-|glptt-))"_s);
    if (prefixes.match(text).hasMatch())
        return true;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    for (const QChar c : text) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
    }
    return text.size() >= 20 && lower && upper && digit;
}

// Relative paths in a source's settings resolve against the workspace's folder; a connection
// test runs without the workspace, so it gets them resolved.
SourceConfig withAbsolutePaths(SourceConfig config, const SourceDescription &description,
                               const QString &workspacePath)
{
    Workspace workspace;
    workspace.filePath = workspacePath;
    for (const SettingDescription &setting : description.settings) {
        if (setting.type == SettingDescription::Type::Path && config.settings.contains(setting.key))
            config.settings[setting.key]
                = workspace.resolvePath(config.settings.value(setting.key).toString());
    }
    return config;
}

} // namespace

SourceEditorPage::SourceEditorPage(const QString &workspacePath,
                                   std::shared_ptr<const SourceOperations> operations,
                                   QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(workspacePath)
    , m_operations(std::move(operations))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(u"editorTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_messages = new MessageBanner(this);
    m_messages->setObjectName(u"saveMessage"_s);
    layout->addWidget(m_messages);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 8, 0);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);

    // Kind and name.
    auto *sourceBox = new QGroupBox(tr("Source"), m_content);
    m_general = new QGridLayout(sourceBox);
    m_general->setHorizontalSpacing(12);
    m_general->setColumnStretch(1, 1);
    m_kind = new QComboBox(sourceBox);
    m_kind->setObjectName(u"kindCombo"_s);
    for (const SourceDescription &description : m_operations->kinds) {
        m_kind->addItem(description.displayName.isEmpty() ? description.kind
                                                          : description.displayName,
                        description.kind);
    }
    auto *kindLabel = new QLabel(tr("Kin&d:"), sourceBox);
    kindLabel->setBuddy(m_kind);
    m_general->addWidget(kindLabel, 0, 0);
    m_general->addWidget(m_kind, 0, 1);
    m_name = new QLineEdit(sourceBox);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setToolTip(tr("How Signalbox names this source; each source needs its own name."));
    auto *nameLabel = new QLabel(tr("&Name *:"), sourceBox);
    nameLabel->setBuddy(m_name);
    m_general->addWidget(nameLabel, 1, 0);
    m_general->addWidget(m_name, 1, 1);
    m_nameError = errorLabel(u"nameError"_s, sourceBox);
    m_general->addWidget(m_nameError, 2, 1);
    content->addWidget(sourceBox);

    // The generated settings.
    m_settingsBox = new QGroupBox(tr("Settings"), m_content);
    auto *settingsLayout = new QVBoxLayout(m_settingsBox);
    m_form = new SourceSettingsForm(m_settingsBox);
    settingsLayout->addWidget(m_form);
    content->addWidget(m_settingsBox);

    // Where the token comes from; never the token itself in the workspace.
    m_tokenBox = new QGroupBox(tr("Token"), m_content);
    auto *tokenLayout = new QGridLayout(m_tokenBox);
    tokenLayout->setColumnMinimumWidth(0, 20);
    tokenLayout->setColumnStretch(1, 1);
    tokenLayout->setVerticalSpacing(4);
    m_fromKeychain = new QRadioButton(tr("From the &keychain"), m_tokenBox);
    m_fromKeychain->setObjectName(u"keychainRadio"_s);
    m_keychainToken = new QLineEdit(m_tokenBox);
    m_keychainToken->setObjectName(u"keychainEdit"_s);
    m_keychainToken->setEchoMode(QLineEdit::Password);
    m_keychainToken->setAccessibleName(tr("Token"));
    m_keychainHelp = quietLabel({}, m_tokenBox);
    m_fromEnvironment = new QRadioButton(tr("From an en&vironment variable"), m_tokenBox);
    m_fromEnvironment->setObjectName(u"environmentRadio"_s);
    m_environmentVariable = new QLineEdit(m_tokenBox);
    m_environmentVariable->setObjectName(u"environmentEdit"_s);
    m_environmentVariable->setAccessibleName(tr("Environment variable"));
    m_environmentHelp = quietLabel({}, m_tokenBox);
    m_tokenError = errorLabel(u"tokenError"_s, m_tokenBox);
    m_tokenChoice = new QButtonGroup(this);
    m_tokenChoice->addButton(m_fromKeychain);
    m_tokenChoice->addButton(m_fromEnvironment);
    tokenLayout->addWidget(m_fromKeychain, 0, 0, 1, 2);
    tokenLayout->addWidget(m_keychainToken, 1, 1);
    tokenLayout->addWidget(m_keychainHelp, 2, 1);
    tokenLayout->addItem(new QSpacerItem(0, 6), 3, 0);
    tokenLayout->addWidget(m_fromEnvironment, 4, 0, 1, 2);
    tokenLayout->addWidget(m_environmentVariable, 5, 1);
    tokenLayout->addWidget(m_environmentHelp, 6, 1);
    tokenLayout->addWidget(m_tokenError, 7, 0, 1, 2);
    content->addWidget(m_tokenBox);
    connect(m_tokenChoice, &QButtonGroup::buttonToggled, this, [this] {
        updateTokenSection();
        m_tokenError->hide();
    });
    connect(m_keychainToken, &QLineEdit::textEdited, m_tokenError, &QWidget::hide);
    connect(m_environmentVariable, &QLineEdit::textEdited, m_tokenError, &QWidget::hide);

    content->addStretch(1);

    // Test connection, below the scrolling form so that its verdict is always in sight: a worker
    // does it, the page stays usable, a cancel drops it.
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"testButton"_s);
    m_test->setToolTip(tr("Ask the server with these settings and this token, without saving"));
    m_testBusy = new QProgressBar(this);
    m_testBusy->setObjectName(u"testBusy"_s);
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumWidth(140);
    m_testBusy->setAccessibleName(tr("Testing the connection"));
    m_testBusy->hide();
    m_cancelTest = new QPushButton(tr("Cance&l test"), this);
    m_cancelTest->setObjectName(u"cancelTestButton"_s);
    m_cancelTest->hide();
    // Enter is OK wherever the focus is; Space presses these.
    m_test->setAutoDefault(false);
    m_cancelTest->setAutoDefault(false);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testBusy);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_verdict = new MessageBanner(this);
    m_verdict->setObjectName(u"verdict"_s);
    layout->addWidget(m_verdict);
    connect(m_test, &QPushButton::clicked, this, &SourceEditorPage::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &SourceEditorPage::cancelTest);
    connect(&m_testWatcher, &QFutureWatcher<ConnectionTestOutcome>::finished, this,
            &SourceEditorPage::testFinished);

    connect(m_kind, &QComboBox::activated, this, [this] {
        setKind(m_kind->currentData().toString());
        suggestName();
        prefillToken();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        m_nameError->hide();
        updateKeychainHelp();
    });
}

SourceEditorPage::~SourceEditorPage()
{
    // The worker holds only copies; telling it to stop is enough.
    if (m_testCancelled)
        m_testCancelled->store(true);
}

QString SourceEditorPage::keychainEntryFor(const QString &sourceName)
{
    return u"signalbox/"_s + sourceName;
}

void SourceEditorPage::startAdding(const QString &kind, const QStringList &takenNames)
{
    m_adding = true;
    m_nameEdited = false;
    m_original = {};
    m_takenNames = takenNames;
    m_title->setText(tr("Add a source"));
    m_kind->setEnabled(true);
    int index = m_kind->findData(kind);
    if (index < 0)
        index = 0;
    m_kind->setCurrentIndex(index);
    setKind(m_kind->currentData().toString());
    m_name->clear();
    suggestName();
    prefillToken();
    m_messages->clear();
    m_verdict->clear();
}

void SourceEditorPage::prefillToken()
{
    m_keychainToken->clear();
    m_keychainToken->setPlaceholderText(tr("Paste the token"));
    const SourceDescription *description = m_operations->describe(m_kind->currentData().toString());
    const QString variable = description && !description->tokenEnvironment.isEmpty()
        ? description->tokenEnvironment.constFirst()
        : QString();
    m_environmentVariable->setText(variable);
    // A variable that is already set is the easiest start; otherwise the keychain.
    if (!variable.isEmpty() && qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
        m_fromEnvironment->setChecked(true);
    else
        m_fromKeychain->setChecked(true);
    updateTokenSection();
}

void SourceEditorPage::startEditing(const SourceConfig &config, const QStringList &takenNames)
{
    m_adding = false;
    m_nameEdited = true;
    m_original = config;
    m_takenNames = takenNames;
    m_title->setText(tr("Edit the source “%1”").arg(config.name));
    int index = m_kind->findData(config.kind);
    if (index < 0) {
        m_kind->addItem(config.kind, config.kind);
        index = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(index);
    m_kind->setEnabled(false); // another kind is another source: remove this one and add that
    setKind(config.kind);
    m_form->setValues(config.settings);
    m_name->setText(config.name);
    m_keychainToken->clear();
    m_environmentVariable->setText(config.token.environmentVariable);
    if (!config.token.keychainEntry.isEmpty()) {
        m_fromKeychain->setChecked(true);
        m_keychainToken->setPlaceholderText(tr("Leave empty to keep the stored token"));
    } else {
        m_fromEnvironment->setChecked(true);
        m_keychainToken->setPlaceholderText(tr("Paste the token"));
    }
    updateTokenSection();
    m_messages->clear();
    m_verdict->clear();
}

void SourceEditorPage::setKind(const QString &kind)
{
    cancelTest();
    const SourceDescription *description = m_operations->describe(kind);
    SourceDescription shown = description ? *description : SourceDescription {};
    if (!description)
        shown.kind = kind;
    m_form->setDescription(shown, QFileInfo(m_workspacePath).absolutePath());
    m_tokenBox->setVisible(shown.acceptsToken);
    const QString defaults = shown.tokenEnvironment.join(u", "_s);
    m_environmentHelp->setText(
        defaults.isEmpty()
            ? tr("Read from the environment when Signalbox syncs.")
            : tr("Read from the environment when Signalbox syncs. Left empty, %1 are tried.")
                  .arg(defaults));
    m_environmentVariable->setPlaceholderText(defaults);
    m_verdict->clear();
    alignLabelColumns();
    Q_EMIT focusChainChanged();
}

void SourceEditorPage::suggestName()
{
    if (m_nameEdited)
        return;
    // The kind itself, else kind-2, kind-3…: a name that is free.
    const QString kind = m_kind->currentData().toString();
    QString name = kind;
    for (int i = 2; m_takenNames.contains(name); ++i)
        name = kind + u'-' + QString::number(i);
    m_name->setText(name);
    updateKeychainHelp();
}

void SourceEditorPage::updateTokenSection()
{
    m_keychainToken->setEnabled(m_fromKeychain->isChecked());
    m_environmentVariable->setEnabled(m_fromEnvironment->isChecked());
    updateKeychainHelp();
}

void SourceEditorPage::updateKeychainHelp()
{
    const QString name = m_name->text().trimmed();
    const bool keeps = !m_adding && !m_original.token.keychainEntry.isEmpty();
    QString entry = keychainEntryFor(name.isEmpty() ? tr("<name>") : name);
    if (keeps && m_keychainToken->text().isEmpty())
        entry = m_original.token.keychainEntry;
    m_keychainHelp->setText(
        tr("Kept in the system keychain as “%1”; the workspace only names the entry.").arg(entry));
}

void SourceEditorPage::alignLabelColumns()
{
    // The settings' labels and the kind and name labels share one column width.
    int width = m_form->labelColumnWidth();
    for (int row = 0; row < m_general->rowCount(); ++row) {
        if (QLayoutItem *item = m_general->itemAtPosition(row, 0); item && item->widget())
            width = std::max(width, item->widget()->sizeHint().width());
    }
    m_general->setColumnMinimumWidth(0, width);
    m_form->setLabelColumnWidth(width);
}

bool SourceEditorPage::validate()
{
    bool ok = m_form->validate();
    QWidget *focus = ok ? nullptr : QWidget::focusWidget();

    const QString name = m_name->text().trimmed();
    QString nameProblem;
    if (name.isEmpty())
        nameProblem = tr("Enter a name.");
    else if (name == u"workspace")
        nameProblem = tr("“workspace” is the name of the workspace's own catalog; choose another.");
    else if (m_takenNames.contains(name))
        nameProblem = tr("Another source is already named “%1”.").arg(name);
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(!nameProblem.isEmpty());
    if (!nameProblem.isEmpty()) {
        ok = false;
        focus = m_name;
    }

    QString tokenProblem;
    QWidget *tokenField = nullptr;
    const SourceDescription *description = m_operations->describe(m_kind->currentData().toString());
    if (description && description->acceptsToken) {
        if (m_fromKeychain->isChecked()) {
            const bool hasEntry = !m_adding && !m_original.token.keychainEntry.isEmpty();
            if (m_keychainToken->text().trimmed().isEmpty() && !hasEntry) {
                tokenProblem = tr("Paste the token, or choose an environment variable.");
                tokenField = m_keychainToken;
            }
        } else {
            static const QRegularExpression variableName(uR"(^[A-Za-z_][A-Za-z0-9_]*$)"_s);
            const QString variable = m_environmentVariable->text().trimmed();
            if (looksLikeToken(variable)) {
                // Never echoed: it may be the secret.
                tokenProblem = tr("This looks like a token, not the name of a variable. Choose "
                                  "“From the keychain” to store a token.");
            } else if (!variable.isEmpty() && !variableName.match(variable).hasMatch()) {
                tokenProblem = tr("A variable name has only letters, digits and _.");
            }
            tokenField = m_environmentVariable;
        }
    }
    m_tokenError->setText(tokenProblem);
    m_tokenError->setVisible(!tokenProblem.isEmpty());
    if (!tokenProblem.isEmpty()) {
        ok = false;
        if (!focus)
            focus = tokenField;
    }
    // The first problem from the top gets the focus: the name, the settings, the token.
    if (!nameProblem.isEmpty())
        focus = m_name;
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(focus);
    }
    return ok;
}

SourceConfig SourceEditorPage::config() const
{
    SourceConfig config;
    config.kind = m_kind->currentData().toString();
    config.name = m_name->text().trimmed();
    config.settings = m_form->values();
    const SourceDescription *description = m_operations->describe(config.kind);
    if (description && description->acceptsToken) {
        if (m_fromKeychain->isChecked()) {
            if (!typedToken().isEmpty())
                config.token.keychainEntry = keychainEntryFor(config.name);
            else
                config.token.keychainEntry = m_original.token.keychainEntry;
        } else {
            config.token.environmentVariable = m_environmentVariable->text().trimmed();
        }
    }
    return config;
}

QString SourceEditorPage::typedToken() const
{
    if (!m_tokenBox->isVisibleTo(this) || !m_fromKeychain->isChecked())
        return {};
    return m_keychainToken->text().trimmed();
}

void SourceEditorPage::setSaving(bool saving)
{
    m_scroll->setEnabled(!saving);
    m_test->setEnabled(!saving && !isTesting());
    if (saving)
        m_messages->showMessage(MessageBanner::Kind::Information, tr("Saving…"));
    else if (m_messages->kind() == MessageBanner::Kind::Information)
        m_messages->clear();
}

bool SourceEditorPage::isTesting() const
{
    return m_testWatcher.isRunning() && m_testCancelled && !m_testCancelled->load();
}

void SourceEditorPage::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    m_testBusy->setVisible(testing);
    m_cancelTest->setVisible(testing);
    if (testing)
        m_cancelTest->setFocus(Qt::OtherFocusReason);
    else if (m_cancelTest->hasFocus() || !focusWidget())
        m_test->setFocus(Qt::OtherFocusReason);
}

void SourceEditorPage::testConnection()
{
    if (!m_form->validate())
        return;
    const SourceConfig entered = config();
    const SourceDescription *description = m_operations->describe(entered.kind);
    if (!description)
        return;
    const SourceConfig checked = withAbsolutePaths(entered, *description, m_workspacePath);
    const QString typed = typedToken();

    if (m_testCancelled)
        m_testCancelled->store(true);
    m_testCancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_testCancelled;
    m_verdict->showMessage(MessageBanner::Kind::Information,
                           tr("Testing the connection to “%1”…").arg(entered.name));
    setTesting(true);
    // The worker gets copies only: the page may close before it is done.
    const auto test = m_operations->testConnection;
    m_testWatcher.setFuture(QtConcurrent::run([test, checked, typed, cancelled] {
        return test(checked, typed, [cancelled] { return cancelled->load(); });
    }));
}

void SourceEditorPage::cancelTest()
{
    if (!isTesting())
        return;
    m_testCancelled->store(true);
    // The worker may take a moment to notice; its answer is not waited for.
    m_testWatcher.setFuture(QFuture<ConnectionTestOutcome>());
    setTesting(false);
    m_verdict->showMessage(MessageBanner::Kind::Information, tr("The test was cancelled."));
}

void SourceEditorPage::testFinished()
{
    const QFuture<ConnectionTestOutcome> future = m_testWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    setTesting(false);
    showVerdict(future.result());
}

void SourceEditorPage::showVerdict(const ConnectionTestOutcome &outcome)
{
    const ConnectionCheck &check = outcome.check;
    const SourceDescription *description = m_operations->describe(m_kind->currentData().toString());
    const bool network = description && description->network;
    QStringList lines;
    MessageBanner::Kind kind = MessageBanner::Kind::Error;
    if (check.reached && check.authenticated) {
        kind = MessageBanner::Kind::Positive;
        if (network)
            lines << tr("Reached the server and signed in.");
    } else if (check.reached) {
        kind = MessageBanner::Kind::Warning;
        lines << tr("Reached the server, but not signed in.");
    } else {
        lines << tr("Could not reach the server.");
    }
    if (!check.message.isEmpty())
        lines << check.message;
    if (!check.identity.isEmpty())
        lines << tr("Signed in as %1.").arg(check.identity);
    const QLocale locale;
    if (check.rateLimitRemaining >= 0 && check.rateLimitTotal > 0) {
        lines << tr("Rate limit: %1 of %2 requests left.")
                     .arg(locale.toString(check.rateLimitRemaining),
                          locale.toString(check.rateLimitTotal));
    } else if (check.rateLimitRemaining >= 0) {
        lines << tr("Rate limit: %1 requests left.").arg(locale.toString(check.rateLimitRemaining));
    }
    if (description && description->acceptsToken) {
        if (outcome.tokenSent)
            lines << tr("Token: %1.").arg(outcome.tokenOrigin);
        else if (!outcome.tokenProblem.isEmpty())
            lines << tr("No token was sent: %1.").arg(outcome.tokenProblem);
        else if (!outcome.tokenOrigin.isEmpty())
            lines << tr("No token was sent: nothing found in %1.").arg(outcome.tokenOrigin);
        else
            lines << tr("No token was sent.");
    }
    m_verdict->showMessage(kind, lines.join(u'\n'));
}

QList<QWidget *> SourceEditorPage::focusChain() const
{
    QList<QWidget *> chain {m_kind, m_name};
    chain += m_form->focusChain();
    chain += {m_fromKeychain, m_keychainToken, m_fromEnvironment, m_environmentVariable};
    chain += {m_test, m_cancelTest};
    return chain;
}

QWidget *SourceEditorPage::initialFocus() const
{
    if (m_adding)
        return m_kind;
    const QList<QWidget *> fields = m_form->focusChain();
    return fields.isEmpty() ? static_cast<QWidget *>(m_name) : fields.constFirst();
}

} // namespace Signalbox
