#include "everysettingsource.h"
#include "sourceoperations.h"
#include "sources/messagebanner.h"
#include "sources/sourcesdialog.h"
#include "workspace/workspaceparser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

Q_IMPORT_PLUGIN(EverySettingSourcePlugin)

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

const QByteArray InitialWorkspace = R"(signalbox: 1
name: Test shop
# the catalog
services:
  - name: checkout
sources: []
)";

template<typename T>
T *child(const QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// With SIGNALBOX_SCREENSHOTS=<folder>, the dialog is saved as it looks at interesting moments.
void snap(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SIGNALBOX_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(50); // pending layouts and shows, as a person would see them
    widget->grab().save(QDir(folder).filePath(u"sourcesdialog-%1.png"_s.arg(name)));
}

QStringList listedNames(const SourcesDialog &dialog)
{
    const auto *list = child<QTreeWidget>(&dialog, u"sourceList"_s);
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names << list->topLevelItem(i)->text(0);
    return names;
}

} // namespace

class TestSourcesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No secret service answers here, whatever the machine has: keychain writes fail.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/signalbox-test-bus");
        qunsetenv("EVERYSETTING_TOKEN");
        qunsetenv("EVERYSETTING_OTHER_TOKEN");
    }

    void init()
    {
        QSettings().clear();
        m_dir.reset(new QTemporaryDir);
        m_path = m_dir->filePath(u"workspace.yaml"_s);
        writeFile(InitialWorkspace);
    }

    void addEditAndRemoveAFileSourceFromTheKeyboard()
    {
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        QSignalSpy changed(&dialog, &SourcesDialog::workspaceFileChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(listedNames(dialog).isEmpty());
        QVERIFY(child<QLabel>(&dialog, u"emptyHint"_s)->isVisible());
        snap(&dialog, u"empty"_s);

        // Alt+A: Add…; the kind list has the focus, Tab walks the generated form.
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        auto *kind = child<QComboBox>(&dialog, u"kindCombo"_s);
        QTRY_VERIFY(kind->isVisible());
        QVERIFY(kind->hasFocus());
        QTest::keyClick(kind, Qt::Key_J); // JSON file
        QCOMPARE(kind->currentData().toString(), u"file"_s);
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        QCOMPARE(name->text(), u"file"_s); // a free name is suggested
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), name);
        name->selectAll();
        QTest::keyClicks(name, u"recorded export"_s);
        QTest::keyClick(name, Qt::Key_Tab);
        auto *path = child<QLineEdit>(&dialog, u"setting_path"_s);
        QCOMPARE(QApplication::focusWidget(), path);
        QTest::keyClicks(path, u"data/runs.json"_s);
        QTest::keyClick(path, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&dialog, u"browse_path"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *rebase = child<QCheckBox>(&dialog, u"setting_rebaseTimes"_s);
        QCOMPARE(QApplication::focusWidget(), rebase);
        QVERIFY(!rebase->isChecked()); // the default
        QTest::keyClick(rebase, Qt::Key_Space);
        QVERIFY(rebase->isChecked());
        QTest::keyClick(rebase, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&dialog, u"testButton"_s));
        snap(&dialog, u"add-file"_s);

        // Enter is OK, wherever the focus is.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(changed.wait(10'000));
        QCOMPARE(readFile(), QByteArray(R"(signalbox: 1
name: Test shop
# the catalog
services:
  - name: checkout
sources:
  - kind: file
    name: recorded export
    path: data/runs.json
    rebaseTimes: true
)"));
        WorkspaceParseResult parsed = parseWorkspaceFile(m_path);
        QVERIFY(!hasErrors(parsed.diagnostics));
        QCOMPARE(parsed.workspace.sources.size(), 1);
        QCOMPARE(parsed.workspace.sources.at(0).settings.value(u"rebaseTimes"_s), QVariant(true));
        QVERIFY(dialog.workspaceChanged());
        QCOMPARE(listedNames(dialog), QStringList {u"recorded export"_s});
        auto *list = child<QTreeWidget>(&dialog, u"sourceList"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"JSON file"_s);
        QCOMPARE(list->topLevelItem(0)->text(2), u"Not needed"_s);
        QVERIFY(list->hasFocus());
        snap(&dialog, u"list"_s);

        // Enter on the list edits the source; only the changed key is written anew.
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(kind->isVisible());
        QVERIFY(!kind->isEnabled());
        // The form is generated anew for the source being edited.
        path = child<QLineEdit>(&dialog, u"setting_path"_s);
        rebase = child<QCheckBox>(&dialog, u"setting_rebaseTimes"_s);
        QCOMPARE(path->text(), u"data/runs.json"_s);
        QVERIFY(rebase->isChecked());
        path->selectAll();
        QTest::keyClicks(path, u"data/other.json"_s);
        QTest::keyClick(path, Qt::Key_Return);
        QVERIFY(changed.wait(10'000));
        QCOMPARE(readFile(), QByteArray(R"(signalbox: 1
name: Test shop
# the catalog
services:
  - name: checkout
sources:
  - kind: file
    name: recorded export
    path: data/other.json
    rebaseTimes: true
)"));

        // Remove asks first; Cancel keeps it.
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"confirmRemoval"_s)));
        QVERIFY(box->text().contains(u"recorded export"_s));
        snap(box, u"confirm-removal"_s);
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"confirmRemoval"_s));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(listedNames(dialog).size(), 1);

        child<QPushButton>(&dialog, u"removeButton"_s)->click();
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"confirmRemoval"_s)));
        child<QPushButton>(box, u"confirmRemove"_s)->click();
        QVERIFY(changed.wait(10'000));
        // Back to where it started, byte for byte.
        QCOMPARE(readFile(), InitialWorkspace);
        QVERIFY(listedNames(dialog).isEmpty());

        // Esc closes the dialog from the list.
        QTest::keyClick(list, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void requiredFieldsAndNamesAreCheckedBeforeOk()
    {
        writeFile(InitialWorkspace + "  # nothing yet\n");
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        QSignalSpy changed(&dialog, &SourcesDialog::workspaceFileChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.startAdding(u"file"_s);
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *path = child<QLineEdit>(&dialog, u"setting_path"_s);
        auto *pathError = child<QLabel>(&dialog, u"error_path"_s);
        QVERIFY(!pathError->isVisible());
        name->clear();
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(pathError->isVisible());
        QCOMPARE(pathError->text(), u"This field is required."_s);
        auto *nameError = child<QLabel>(&dialog, u"nameError"_s);
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), u"Enter a name."_s);
        QCOMPARE(dialog.focusWidget(), name); // the first problem from the top
        QVERIFY(path->isVisible()); // still on the form
        snap(&dialog, u"required"_s);

        QTest::keyClicks(name, u"workspace"_s);
        QVERIFY(!nameError->isVisible()); // typing takes the complaint away
        QTest::keyClicks(path, u"a.json"_s);
        QVERIFY(!pathError->isVisible());
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(nameError->text(),
                 u"“workspace” is the name of the workspace's own catalog; choose another."_s);
        QVERIFY(!pathError->isVisible());

        QCOMPARE(changed.size(), 0);
        QCOMPARE(readFile(), InitialWorkspace + "  # nothing yet\n");

        // Esc on the editor goes back to the list, not out of the dialog.
        QTest::keyClick(path, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY(child<QTreeWidget>(&dialog, u"sourceList"_s)->isVisible());
    }

    void aTokenTheKeychainRefusesStaysInTheDialogAndNeverInTheFile()
    {
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        QSignalSpy changed(&dialog, &SourcesDialog::workspaceFileChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.startAdding(u"everysetting"_s);
        auto *repositories = child<QPlainTextEdit>(&dialog, u"setting_repositories"_s);
        QTest::keyClicks(repositories, u"shop/cart"_s);
        QTest::keyClick(repositories, Qt::Key_Return);
        QTest::keyClicks(repositories, u"shop/checkout"_s);
        auto *fromKeychain = child<QRadioButton>(&dialog, u"keychainRadio"_s);
        auto *token = child<QLineEdit>(&dialog, u"keychainEdit"_s);
        QVERIFY(fromKeychain->isChecked()); // nothing in the environment: the keychain first
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, u"good-token"_s);
        snap(&dialog, u"add-token"_s);
        QTest::keyClick(token, Qt::Key_Return);

        auto *message = child<MessageBanner>(&dialog, u"saveMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            message->isVisible() && message->kind() == MessageBanner::Kind::Error, 30'000);
        QVERIFY2(message->text().contains(u"could not be stored in the keychain"_s),
                 qPrintable(message->text()));
        QVERIFY(!message->text().contains(u"good-token"_s));
        snap(&dialog, u"keychain-error"_s);
        // Nothing written, nothing lost.
        QCOMPARE(changed.size(), 0);
        QCOMPARE(readFile(), InitialWorkspace);
        QVERIFY(token->isVisible());
        QCOMPARE(token->text(), u"good-token"_s);
        QCOMPARE(repositories->toPlainText(), u"shop/cart\nshop/checkout"_s);

        // The environment instead: prefilled with the kind's first variable.
        auto *fromEnvironment = child<QRadioButton>(&dialog, u"environmentRadio"_s);
        QTest::mouseClick(fromEnvironment, Qt::LeftButton, {},
                          QPoint(5, fromEnvironment->height() / 2));
        QVERIFY(fromEnvironment->isChecked());
        QVERIFY(!token->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"environmentEdit"_s)->text(), u"EVERYSETTING_TOKEN"_s);
        child<QDialogButtonBox>(&dialog, u"editorButtons"_s)->button(QDialogButtonBox::Ok)->click();
        QVERIFY(changed.wait(10'000));
        const QByteArray written = readFile();
        QCOMPARE(written, QByteArray(R"(signalbox: 1
name: Test shop
# the catalog
services:
  - name: checkout
sources:
  - kind: everysetting
    name: everysetting
    repositories: [shop/cart, shop/checkout]
    token: { env: EVERYSETTING_TOKEN }
)"));
        QVERIFY(!written.contains("good-token"));
        QCOMPARE(listedNames(dialog), QStringList {u"everysetting"_s});
        QCOMPARE(child<QTreeWidget>(&dialog, u"sourceList"_s)->topLevelItem(0)->text(2),
                 u"Environment variable EVERYSETTING_TOKEN"_s);
    }

    void aTokenPastedAsAVariableNameIsRefused()
    {
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        dialog.show();
        dialog.startAdding(u"everysetting"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"setting_repositories"_s), u"a/b"_s);
        child<QRadioButton>(&dialog, u"environmentRadio"_s)->setChecked(true);
        auto *variable = child<QLineEdit>(&dialog, u"environmentEdit"_s);
        variable->clear();
        QTest::keyClicks(variable, u"ghp_Abcdefghijklmnop0123456789"_s);
        QTest::keyClick(variable, Qt::Key_Return);
        auto *error = child<QLabel>(&dialog, u"tokenError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(u"This looks like a token"_s));
        QVERIFY(!error->text().contains(u"ghp_"_s));
        QCOMPARE(dialog.focusWidget(), variable);
        QCOMPARE(readFile(), InitialWorkspace);
    }

    void mapsAndListsFromTheFormRoundTrip()
    {
        writeFile(R"(signalbox: 1
name: Test shop
sources:
  - kind: everysetting
    name: ci
    repositories: [shop/cart]
    services: { deploy: checkout }   # workflow -> service
    token: { keychain: signalbox/shared }
)");
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        QSignalSpy changed(&dialog, &SourcesDialog::workspaceFileChanged);
        QVERIFY(dialog.startEditing(u"ci"_s));
        QVERIFY(!dialog.startEditing(u"nothing"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *table = child<QTableWidget>(&dialog, u"setting_services"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"deploy"_s);
        QCOMPARE(table->item(0, 1)->text(), u"checkout"_s);
        child<QPushButton>(&dialog, u"addRow_services"_s)->click();
        QCOMPARE(table->rowCount(), 2);
        table->item(1, 0)->setText(u"Build and test: linux"_s);
        table->item(1, 1)->setText(u"cart"_s);
        auto *repositories = child<QPlainTextEdit>(&dialog, u"setting_repositories"_s);
        QCOMPARE(repositories->toPlainText(), u"shop/cart"_s);
        repositories->moveCursor(QTextCursor::End);
        QTest::keyClick(repositories, Qt::Key_Return);
        QTest::keyClicks(repositories, u"shop/odd, name"_s);
        auto *pageSize = child<QSpinBox>(&dialog, u"setting_pageSize"_s);
        QCOMPARE(pageSize->value(), 50); // the default
        pageSize->setValue(100);
        // The stored token stays: nothing typed, the keychain entry is kept.
        QVERIFY(child<QRadioButton>(&dialog, u"keychainRadio"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, u"keychainEdit"_s)->placeholderText(),
                 u"Leave empty to keep the stored token"_s);
        snap(&dialog, u"edit-every-setting"_s);

        // A key twice is caught at the table.
        child<QPushButton>(&dialog, u"addRow_services"_s)->click();
        table->item(2, 0)->setText(u"deploy"_s);
        auto *ok
            = child<QDialogButtonBox>(&dialog, u"editorButtons"_s)->button(QDialogButtonBox::Ok);
        ok->click();
        QCOMPARE(child<QLabel>(&dialog, u"error_services"_s)->text(), u"“deploy” appears twice."_s);
        table->setCurrentCell(2, 0);
        child<QPushButton>(&dialog, u"removeRow_services"_s)->click();
        QCOMPARE(table->rowCount(), 2);

        ok->click();
        QVERIFY(changed.wait(10'000));
        QCOMPARE(readFile(), QByteArray(R"(signalbox: 1
name: Test shop
sources:
  - kind: everysetting
    name: ci
    repositories: [shop/cart, "shop/odd, name"]
    services:
      "Build and test: linux": cart
      deploy: checkout
    token: { keychain: signalbox/shared }
    pageSize: 100
)"));
        const WorkspaceParseResult parsed = parseWorkspaceFile(m_path);
        QVERIFY(!hasErrors(parsed.diagnostics));
        const SourceConfig &ci = parsed.workspace.sources.at(0);
        QCOMPARE(
            ci.settings.value(u"services"_s).toMap(),
            (QVariantMap {{u"Build and test: linux"_s, u"cart"_s}, {u"deploy"_s, u"checkout"_s}}));
        QCOMPARE(ci.settings.value(u"repositories"_s).toStringList(),
                 (QStringList {u"shop/cart"_s, u"shop/odd, name"_s}));
        // Opened on the editor, OK closes the dialog.
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void movingATokenOutOfTheKeychainLetsGoOfTheEntry()
    {
        writeFile(R"(signalbox: 1
name: Test shop
sources:
  - kind: everysetting
    name: ci
    repositories: [shop/cart]
    token: { keychain: signalbox/ci }
)");
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        QSignalSpy changed(&dialog, &SourcesDialog::workspaceFileChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QTreeWidget>(&dialog, u"sourceList"_s)->topLevelItem(0)->text(2),
                 u"Keychain: signalbox/ci"_s);
        QVERIFY(dialog.startEditing(u"ci"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"keychain entry left behind"_s));
        child<QRadioButton>(&dialog, u"environmentRadio"_s)->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"environmentEdit"_s), u"CI_TOKEN"_s);
        QTest::keyClick(child<QLineEdit>(&dialog, u"environmentEdit"_s), Qt::Key_Return);
        QVERIFY(changed.wait(10'000));
        QVERIFY(readFile().endsWith("    token: { env: CI_TOKEN }\n"));
        // The entry Signalbox stored is removed; here no keychain answers, and that is said.
        auto *message = child<MessageBanner>(&dialog, u"listMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);
        QCOMPARE(message->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(message->text().startsWith(u"The workspace was changed; an old token stays in "
                                            "the keychain: "_s),
                 qPrintable(message->text()));
        snap(&dialog, u"keychain-left-behind"_s);
    }

    void testConnectionShowsTheVerdict()
    {
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.startAdding(u"file"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"setting_path"_s), u"runs.json"_s);
        auto *verdict = child<MessageBanner>(&dialog, u"verdict"_s);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(verdict->kind(), MessageBanner::Kind::Positive);
        QCOMPARE(verdict->text(),
                 u"This kind of source reads local files; there is no server to connect to."_s);
        snap(&dialog, u"verdict-file"_s);

        // A network kind with a token typed in, then with one from the environment.
        child<QDialogButtonBox>(&dialog, u"editorButtons"_s)
            ->button(QDialogButtonBox::Cancel)
            ->click();
        dialog.startAdding(u"everysetting"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"setting_repositories"_s), u"a/b"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"keychainEdit"_s), u"good-token"_s);
        child<QPushButton>(&dialog, u"testButton"_s)->click();
        QTRY_COMPARE(verdict->kind(), MessageBanner::Kind::Positive);
        QCOMPARE(verdict->text(),
                 u"Reached the server and signed in.\n"
                 "Connected to ci.example.com.\n"
                 "Signed in as robot.\n"
                 "Rate limit: 4,990 of 5,000 requests left.\n"
                 "Token: the token typed in."_s);
        snap(&dialog, u"verdict-signed-in"_s);

        child<QRadioButton>(&dialog, u"environmentRadio"_s)->setChecked(true);
        child<QPushButton>(&dialog, u"testButton"_s)->click();
        QTRY_COMPARE(verdict->kind(), MessageBanner::Kind::Warning);
        QCOMPARE(verdict->text(),
                 u"Reached the server, but not signed in.\n"
                 "The server answered; no token was sent.\n"
                 "No token was sent: the environment variable "
                 "EVERYSETTING_TOKEN is not set."_s);
        snap(&dialog, u"verdict-no-token"_s);
    }

    void aSlowTestCanBeCancelledAndTheDialogStaysResponsive()
    {
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.startAdding(u"everysetting"_s);
        auto *url = child<QLineEdit>(&dialog, u"setting_baseUrl"_s);
        url->setText(u"https://slow.example/api"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, u"setting_repositories"_s), u"a/b"_s);
        auto *test = child<QPushButton>(&dialog, u"testButton"_s);
        auto *cancel = child<QPushButton>(&dialog, u"cancelTestButton"_s);
        auto *busy = child<QProgressBar>(&dialog, u"testBusy"_s);
        test->click();
        QVERIFY(busy->isVisible());
        QVERIFY(cancel->isVisible());
        QVERIFY(!test->isEnabled());
        // Typing goes on while the worker waits.
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"still typing"_s);
        QCOMPARE(name->text(), u"still typing"_s);
        snap(&dialog, u"testing"_s);
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier); // Cance&l test
        QTRY_VERIFY(!busy->isVisible());
        QVERIFY(test->isEnabled());
        auto *verdict = child<MessageBanner>(&dialog, u"verdict"_s);
        QCOMPARE(verdict->text(), u"The test was cancelled."_s);
        // The cancelled worker's answer never replaces that.
        QTest::qWait(100);
        QCOMPARE(verdict->text(), u"The test was cancelled."_s);
    }

    // Whatever kinds this build has, each gets a field per setting, required ones marked.
    void everyInstalledKindGetsAForm()
    {
        const SourceOperations operations = sourceOperationsFromServices();
        QVERIFY(operations.describe(u"file"_s));
        SourcesDialog dialog(m_path, workspace(), operations);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const SourceDescription &description : operations.kinds) {
            dialog.startAdding(description.kind);
            auto *kind = child<QComboBox>(&dialog, u"kindCombo"_s);
            QCOMPARE(kind->currentData().toString(), description.kind);
            for (const SettingDescription &setting : description.settings) {
                QWidget *field = dialog.findChild<QWidget *>(u"setting_"_s + setting.key);
                QVERIFY2(field, qPrintable(description.kind + u'.' + setting.key));
                if (setting.required) {
                    auto *label = dialog.findChild<QLabel *>(u"label_"_s + setting.key);
                    QVERIFY2(label && label->text().contains(u'*'),
                             qPrintable(description.kind + u'.' + setting.key));
                }
            }
            QCOMPARE(child<QRadioButton>(&dialog, u"keychainRadio"_s)->isVisibleTo(&dialog),
                     description.acceptsToken);
            snap(&dialog, u"kind-"_s + description.kind);
            QTest::keyClick(kind, Qt::Key_Escape);
        }
    }

    void geometryIsRemembered()
    {
        {
            SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.resize(901, 703);
            QTRY_COMPARE(dialog.size(), QSize(901, 703));
            dialog.reject();
        }
        SourcesDialog again(m_path, workspace(), sourceOperationsFromServices());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(901, 703));
    }

    void cancelOfADirectEditClosesWithoutWriting()
    {
        writeFile(InitialWorkspace.left(InitialWorkspace.indexOf("sources"))
                  + "sources:\n  - kind: file\n    name: a\n    path: a.json\n");
        SourcesDialog dialog(m_path, workspace(), sourceOperationsFromServices());
        QVERIFY(dialog.startEditing(u"a"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *path = child<QLineEdit>(&dialog, u"setting_path"_s);
        QCOMPARE(dialog.focusWidget(), path); // editing starts at the first setting
        QTest::keyClicks(path, u"x"_s);
        QTest::keyClick(path, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.workspaceChanged());
        QVERIFY(readFile().endsWith("    path: a.json\n"));
    }

private:
    Workspace workspace() const
    {
        const WorkspaceParseResult parsed = parseWorkspaceFile(m_path);
        return parsed.workspace;
    }

    void writeFile(const QByteArray &text)
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    QByteArray readFile() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"
