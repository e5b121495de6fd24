#pragma once

#include "domain/workspace.h"
#include "sourceoperations.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Signalbox {

class MessageBanner;
class SourceEditorPage;

// Lists a workspace's sources (name, kind, where the token comes from - never the token) and
// adds, edits and removes them. Changes are written into the workspace file on a worker, keeping
// the rest of the file as it is; tokens typed in go to the system keychain under
// "signalbox/<name>". What touches files, servers and the keychain comes in as SourceOperations.
//
//     auto *dialog = new SourcesDialog(path, workspace, sourceOperationsFromServices(), window);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &SourcesDialog::workspaceFileChanged, app, &Application::reload);
//     dialog->startAdding(); // optional: open on a new source (or startEditing(name))
//     dialog->open();
class SourcesDialog : public QDialog
{
    Q_OBJECT

public:
    SourcesDialog(const QString &workspacePath, const Workspace &workspace,
                  SourceOperations operations, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    // Opens the editor on a new source (of this kind, when given), or on the named source;
    // false when there is no such source. Called before the dialog is shown, its OK and Cancel
    // close the dialog; otherwise they return to the list.
    void startAdding(const QString &kind = {});
    bool startEditing(const QString &name);
    // Selects the named source in the list and asks whether to remove it (the Sources panel's
    // Remove); false when there is no such source.
    bool startRemoving(const QString &name);

    // Whether the workspace file was written since the dialog opened: the app reloads then.
    bool workspaceChanged() const { return m_changed; }
    // The sources as the file now declares them.
    const QList<SourceConfig> &sources() const { return m_sources; }

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    // After each change written into the workspace file.
    void workspaceFileChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showList();
    void showEditor();
    void refreshList(const QString &select = {});
    void updateButtons();
    void updateTabOrder();
    QString selectedName() const;
    const SourceConfig *findSource(const QString &name) const;
    QStringList namesExcept(const QString &name) const;
    QString tokenPlace(const SourceConfig &config) const;
    void editSelected();
    void confirmRemoval();
    void acceptEditor();
    void writeWorkspace(const SourcesEdit &edit);
    void editFinished();
    void setSaving(bool saving);

    QString m_workspacePath;
    std::shared_ptr<const SourceOperations> m_operations;
    QList<SourceConfig> m_sources;
    bool m_changed = false;
    bool m_editorOnly = false;
    bool m_saving = false;
    SourcesEdit m_pendingEdit;
    // Of a source being removed or moving to another entry, when Signalbox stored it.
    QString m_keychainEntryToRemove;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_listPage = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    MessageBanner *m_listMessage = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QDialogButtonBox *m_listButtons = nullptr;
    SourceEditorPage *m_editor = nullptr;
    QDialogButtonBox *m_editorButtons = nullptr;
    QFutureWatcher<SourcesEditResult> m_editWatcher;
};

} // namespace Signalbox
