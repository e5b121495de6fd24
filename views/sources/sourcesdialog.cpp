#include "sourcesdialog.h"

#include "messagebanner.h"
#include "sourceeditorpage.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSourcesDialog, "signalbox.app.sources", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QString geometryKey()
{
    return u"SourcesDialog/geometry"_s;
}

enum Column { NameColumn, KindColumn, TokenColumn };

} // namespace

SourcesDialog::SourcesDialog(const QString &workspacePath, const Workspace &workspace,
                             SourceOperations operations, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_operations(std::make_shared<const SourceOperations>(std::move(operations)))
    , m_sources(workspace.sources)
{
    setObjectName(u"SourcesDialog"_s);
    setWindowTitle(tr("Sources — %1").arg(workspace.name));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // The list.
    m_listPage = new QWidget(m_pages);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(
        tr("Where “%1” reads runs, deployments and the rest from. Changes are written into %2; "
           "everything else in that file stays as it is.")
            .arg(workspace.name, QDir::toNativeSeparators(workspacePath)),
        m_listPage);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listLayout->addWidget(intro);
    m_listMessage = new MessageBanner(m_listPage);
    m_listMessage->setObjectName(u"listMessage"_s);
    listLayout->addWidget(m_listMessage);
    auto *listRow = new QHBoxLayout;
    m_list = new QTreeWidget(m_listPage);
    m_list->setObjectName(u"sourceList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Token")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Sources"));
    listRow->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add…"), m_listPage);
    m_add->setObjectName(u"addButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), m_listPage);
    m_edit->setObjectName(u"editButton"_s);
    m_remove = new QPushButton(tr("&Remove"), m_listPage);
    m_remove->setObjectName(u"removeButton"_s);
    for (QPushButton *button : {m_add, m_edit, m_remove}) {
        // Enter in the list edits; only OK on the editor page is the default.
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    listRow->addLayout(buttons);
    listLayout->addLayout(listRow, 1);
    m_empty = new QLabel(tr("No sources yet. Add one to read pipeline runs and deployments."),
                         m_listPage);
    m_empty->setObjectName(u"emptyHint"_s);
    m_empty->setWordWrap(true);
    listLayout->addWidget(m_empty);
    m_listButtons = new QDialogButtonBox(QDialogButtonBox::Close, m_listPage);
    m_listButtons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    listLayout->addWidget(m_listButtons);
    m_pages->addWidget(m_listPage);

    connect(m_add, &QPushButton::clicked, this, [this] { startAdding(); });
    connect(m_edit, &QPushButton::clicked, this, &SourcesDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::confirmRemoval);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SourcesDialog::editSelected);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SourcesDialog::updateButtons);
    new QShortcut(QKeySequence(QKeySequence::Delete), m_list, this, &SourcesDialog::confirmRemoval,
                  Qt::WidgetShortcut);
    connect(m_listButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The editor.
    auto *editorPage = new QWidget(m_pages);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new SourceEditorPage(workspacePath, m_operations, editorPage);
    editorLayout->addWidget(m_editor, 1);
    m_editorButtons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, editorPage);
    m_editorButtons->setObjectName(u"editorButtons"_s);
    editorLayout->addWidget(m_editorButtons);
    m_pages->addWidget(editorPage);
    connect(m_editorButtons, &QDialogButtonBox::accepted, this, &SourcesDialog::acceptEditor);
    connect(m_editorButtons, &QDialogButtonBox::rejected, this, &SourcesDialog::reject);
    connect(m_editor, &SourceEditorPage::focusChainChanged, this, &SourcesDialog::updateTabOrder);
    connect(&m_editWatcher, &QFutureWatcher<SourcesEditResult>::finished, this,
            &SourcesDialog::editFinished);

    refreshList();
    showList();
    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        resize(820, 640);
}

SourcesDialog::~SourcesDialog()
{
    // A write in flight finishes on its own (it holds copies); its result is no longer wanted.
    m_editWatcher.disconnect(this);
}

void SourcesDialog::done(int result)
{
    m_editor->cancelTest();
    QSettings().setValue(geometryKey(), saveGeometry());
    QDialog::done(result);
}

void SourcesDialog::reject()
{
    if (m_saving)
        return;
    if (m_pages->currentWidget() != m_listPage && !m_editorOnly) {
        m_editor->cancelTest();
        showList();
        return;
    }
    QDialog::reject();
}

bool SourcesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the list edits the source; taken here so that it does not also reach the
    // dialog, which would press the editor's OK as soon as the editor shows.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SourcesDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button closes the dialog, also from the editor.
    if (m_saving) {
        event->ignore();
        return;
    }
    done(QDialog::Rejected);
    event->accept();
}

void SourcesDialog::showList()
{
    m_pages->setCurrentWidget(m_listPage);
    m_editorButtons->button(QDialogButtonBox::Ok)->setDefault(false);
    updateTabOrder();
    m_list->setFocus(Qt::OtherFocusReason);
}

void SourcesDialog::showEditor()
{
    m_listMessage->clear();
    m_pages->setCurrentWidget(m_pages->widget(1));
    m_editorButtons->button(QDialogButtonBox::Ok)->setDefault(true);
    updateTabOrder();
    m_editor->initialFocus()->setFocus(Qt::OtherFocusReason);
}

void SourcesDialog::updateTabOrder()
{
    QList<QWidget *> chain;
    if (m_pages->currentWidget() == m_listPage) {
        chain = {m_list, m_add, m_edit, m_remove, m_listButtons->button(QDialogButtonBox::Close)};
    } else {
        chain = m_editor->focusChain();
        chain += {m_editorButtons->button(QDialogButtonBox::Ok),
                  m_editorButtons->button(QDialogButtonBox::Cancel)};
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void SourcesDialog::startAdding(const QString &kind)
{
    m_editorOnly = !isVisible();
    m_editor->startAdding(kind, namesExcept({}));
    showEditor();
}

bool SourcesDialog::startEditing(const QString &name)
{
    const SourceConfig *config = findSource(name);
    if (!config)
        return false;
    m_editorOnly = !isVisible();
    m_editor->startEditing(*config, namesExcept(name));
    showEditor();
    return true;
}

bool SourcesDialog::startRemoving(const QString &name)
{
    if (!findSource(name))
        return false;
    refreshList(name);
    // Asked once the dialog is on screen, so the question has it as its parent window.
    QMetaObject::invokeMethod(this, &SourcesDialog::confirmRemoval, Qt::QueuedConnection);
    return true;
}

const SourceConfig *SourcesDialog::findSource(const QString &name) const
{
    for (const SourceConfig &source : m_sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

QStringList SourcesDialog::namesExcept(const QString &name) const
{
    QStringList names;
    for (const SourceConfig &source : m_sources) {
        if (source.name != name)
            names.append(source.name);
    }
    return names;
}

QString SourcesDialog::tokenPlace(const SourceConfig &config) const
{
    const SourceDescription *description = m_operations->describe(config.kind);
    if (description && !description->acceptsToken)
        return tr("Not needed");
    if (!config.token.keychainEntry.isEmpty())
        return tr("Keychain: %1").arg(config.token.keychainEntry);
    if (!config.token.environmentVariable.isEmpty())
        return tr("Environment variable %1").arg(config.token.environmentVariable);
    if (description && !description->tokenEnvironment.isEmpty())
        return tr("Environment: %1, if set").arg(description->tokenEnvironment.join(u", "_s));
    return tr("None");
}

void SourcesDialog::refreshList(const QString &select)
{
    const QString keep = select.isEmpty() ? selectedName() : select;
    m_list->clear();
    for (const SourceConfig &source : std::as_const(m_sources)) {
        const SourceDescription *description = m_operations->describe(source.kind);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, source.name);
        item->setData(NameColumn, Qt::UserRole, source.name);
        item->setText(KindColumn, description ? description->displayName : source.kind);
        item->setText(TokenColumn, tokenPlace(source));
        if (source.name == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->resizeColumnToContents(NameColumn);
    m_list->resizeColumnToContents(KindColumn);
    m_list->setColumnWidth(NameColumn, std::max(m_list->columnWidth(NameColumn) + 24, 160));
    m_list->setColumnWidth(KindColumn, std::max(m_list->columnWidth(KindColumn) + 24, 140));
    m_empty->setVisible(m_sources.isEmpty());
    updateButtons();
}

void SourcesDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_add->setEnabled(!m_saving);
    m_edit->setEnabled(selected && !m_saving);
    m_remove->setEnabled(selected && !m_saving);
}

QString SourcesDialog::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void SourcesDialog::editSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty() && !m_saving)
        startEditing(name);
}

void SourcesDialog::confirmRemoval()
{
    const SourceConfig *config = findSource(selectedName());
    if (!config || m_saving)
        return;
    const QString name = config->name;
    const QString entry = config->token.keychainEntry == SourceEditorPage::keychainEntryFor(name)
        ? config->token.keychainEntry
        : QString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Source"),
                                tr("Remove the source “%1” from the workspace?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmRemoval"_s);
    box->setInformativeText(
        entry.isEmpty()
            ? tr("Its entry is taken out of the workspace file; the rest of the file stays as "
                 "it is.")
            : tr("Its entry is taken out of the workspace file, and its token out of the "
                 "keychain."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    remove->setObjectName(u"confirmRemove"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, name, entry] {
        m_keychainEntryToRemove = entry;
        SourcesEdit edit;
        edit.operation = SourcesEdit::Operation::Remove;
        edit.name = name;
        writeWorkspace(edit);
    });
    box->open();
}

void SourcesDialog::acceptEditor()
{
    if (m_saving)
        return;
    m_editor->messages()->clear();
    if (!m_editor->validate())
        return;
    SourcesEdit edit;
    edit.operation
        = m_editor->isAdding() ? SourcesEdit::Operation::Add : SourcesEdit::Operation::Replace;
    edit.name = m_editor->original().name;
    edit.config = m_editor->config();
    // A token Signalbox stored for this source under its old name goes once the new one is in.
    const QString oldEntry = m_editor->original().token.keychainEntry;
    m_keychainEntryToRemove = oldEntry == SourceEditorPage::keychainEntryFor(edit.name)
            && oldEntry != edit.config.token.keychainEntry
        ? oldEntry
        : QString();
    const QString token = m_editor->typedToken();
    if (token.isEmpty()) {
        writeWorkspace(edit);
        return;
    }
    // The token goes into the keychain first: the workspace never names an entry that is not
    // there. If the keychain refuses, nothing is written and everything typed stays.
    setSaving(true);
    m_operations->writeKeychain(edit.config.token.keychainEntry, token, this,
                                [this, edit](const QString &error) {
                                    if (error.isEmpty()) {
                                        writeWorkspace(edit);
                                        return;
                                    }
                                    setSaving(false);
                                    m_editor->messages()->showMessage(
                                        MessageBanner::Kind::Error,
                                        tr("Nothing was saved: %1\nIf no keychain service runs on "
                                           "this computer, choose “From an environment "
                                           "variable” instead.")
                                            .arg(error));
                                });
}

void SourcesDialog::writeWorkspace(const SourcesEdit &edit)
{
    setSaving(true);
    m_pendingEdit = edit;
    m_editWatcher.setFuture(QtConcurrent::run(m_operations->editWorkspace, m_workspacePath, edit));
}

void SourcesDialog::editFinished()
{
    const SourcesEditResult result = m_editWatcher.result();
    setSaving(false);
    const bool removing = m_pendingEdit.operation == SourcesEdit::Operation::Remove;
    if (!result.error.isEmpty()) {
        MessageBanner *banner = removing ? m_listMessage : m_editor->messages();
        banner->showMessage(MessageBanner::Kind::Error,
                            tr("The workspace file was not changed: %1").arg(result.error));
        return;
    }
    switch (m_pendingEdit.operation) {
    case SourcesEdit::Operation::Add:
        m_sources.append(m_pendingEdit.config);
        break;
    case SourcesEdit::Operation::Replace:
        for (SourceConfig &source : m_sources) {
            if (source.name == m_pendingEdit.name) {
                source = m_pendingEdit.config;
                break;
            }
        }
        break;
    case SourcesEdit::Operation::Remove:
        m_sources.removeIf([&](const SourceConfig &s) { return s.name == m_pendingEdit.name; });
        break;
    }
    if (result.changed) {
        m_changed = true;
        Q_EMIT workspaceFileChanged();
    }
    if (!m_keychainEntryToRemove.isEmpty()) {
        // Best effort: the change is made either way; a token left behind is said so.
        m_operations->removeKeychain(
            std::exchange(m_keychainEntryToRemove, QString()), this, [this](const QString &e) {
                if (e.isEmpty())
                    return;
                qCWarning(lcSourcesDialog) << "keychain entry left behind:" << e;
                m_listMessage->showMessage(
                    MessageBanner::Kind::Warning,
                    tr("The workspace was changed; an old token stays in the keychain: %1").arg(e));
            });
    }
    if (removing) {
        refreshList();
        return;
    }
    refreshList(m_pendingEdit.config.name);
    if (m_editorOnly)
        accept();
    else
        showList();
}

void SourcesDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_editor->setSaving(saving && m_pages->currentWidget() != m_listPage);
    m_editorButtons->setEnabled(!saving);
    m_listButtons->setEnabled(!saving);
    updateButtons();
}

} // namespace Signalbox
