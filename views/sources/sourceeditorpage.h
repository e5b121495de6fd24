#pragma once

#include "domain/workspace.h"
#include "messagebanner.h"
#include "sourceoperations.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace Signalbox {

class SourceSettingsForm;

// The Sources dialog's page for one source: its kind, name, the settings form generated from the
// kind's description, where its token comes from, and "Test connection" (run on a worker, with
// a busy indicator and a cancel). It checks and collects what was entered; the dialog stores the
// token and writes the workspace.
class SourceEditorPage : public QWidget
{
    Q_OBJECT

public:
    SourceEditorPage(const QString &workspacePath,
                     std::shared_ptr<const SourceOperations> operations, QWidget *parent = nullptr);
    ~SourceEditorPage() override; // cancels a running test

    // takenNames: the other sources' names, which this one may not take.
    void startAdding(const QString &kind, const QStringList &takenNames);
    void startEditing(const SourceConfig &config, const QStringList &takenNames);

    bool isAdding() const { return m_adding; }
    // The source being edited, as it was before.
    const SourceConfig &original() const { return m_original; }

    // Checks every field, shows what is wrong beside it and focuses the first. True when fine.
    bool validate();
    // What the page says. With "From the keychain" and a token typed, the token is named
    // keychainEntryFor(name); with nothing typed an existing keychain entry stays.
    SourceConfig config() const;
    // The token typed for the keychain; empty when none was typed or the environment is chosen.
    QString typedToken() const;
    static QString keychainEntryFor(const QString &sourceName);

    // For problems while saving (keychain, file), above the form.
    MessageBanner *messages() const { return m_messages; }
    // Keeps the input but takes it out of reach while the token and the file are written.
    void setSaving(bool saving);
    bool isTesting() const;
    // Drops a running connection test; its worker is told to stop and not waited for.
    void cancelTest();

    // The page's focusable widgets in tab order; the dialog appends its buttons.
    QList<QWidget *> focusChain() const;
    QWidget *initialFocus() const;

Q_SIGNALS:
    void focusChainChanged();

private:
    void setKind(const QString &kind);
    void prefillToken();
    void updateTokenSection();
    void updateKeychainHelp();
    void suggestName();
    void testConnection();
    void testFinished();
    void showVerdict(const ConnectionTestOutcome &outcome);
    void alignLabelColumns();
    void setTesting(bool testing);

    QString m_workspacePath;
    std::shared_ptr<const SourceOperations> m_operations;
    bool m_adding = true;
    bool m_nameEdited = false;
    SourceConfig m_original;
    QStringList m_takenNames;

    QLabel *m_title = nullptr;
    MessageBanner *m_messages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_general = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QGroupBox *m_settingsBox = nullptr;
    SourceSettingsForm *m_form = nullptr;
    QGroupBox *m_tokenBox = nullptr;
    QRadioButton *m_fromKeychain = nullptr;
    QRadioButton *m_fromEnvironment = nullptr;
    QButtonGroup *m_tokenChoice = nullptr;
    QLineEdit *m_keychainToken = nullptr;
    QLabel *m_keychainHelp = nullptr;
    QLineEdit *m_environmentVariable = nullptr;
    QLabel *m_environmentHelp = nullptr;
    QLabel *m_tokenError = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_testBusy = nullptr;
    QPushButton *m_cancelTest = nullptr;
    MessageBanner *m_verdict = nullptr;

    QFutureWatcher<ConnectionTestOutcome> m_testWatcher;
    std::shared_ptr<std::atomic_bool> m_testCancelled;
};

} // namespace Signalbox
