#include "application.h"
#include "contracts/contractspanel.h"
#include "discovery/discoverypanel.h"
#include "i18n.h"
#include "itemmodels/diagnosticlistmodel.h"
#include "itemmodels/runlistmodel.h"
#include "itemmodels/servicetablemodel.h"
#include "itemmodels/sourcestatusmodel.h"
#include "mainwindow.h"
#include "plans/planspanel.h"
#include "servicedetailspanel.h"
#include "sources/sourcesdialog.h"
#include "sources/sourcespanel.h"
#include "welcomepage.h"
#include "workspace/workspaceparser.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

QStringList namesInView(QTableView *view)
{
    QStringList names;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(ServiceTableModel::ServiceNameRole).toString();
    return names;
}

// Opens a workspace and waits for the window to show the outcome; fails the test when no
// outcome arrives (a timeout must never pass for "did not open").
#define OPEN_AND_WAIT(app, path, expectOk)                                                         \
    do {                                                                                           \
        QSignalSpy loaded(&(app), &Application::workspaceLoaded);                                  \
        (app).openWorkspace(path);                                                                 \
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);                                       \
        QCOMPARE(loaded.at(0).at(0).toBool(), expectOk);                                           \
    } while (false)

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QSettings().clear();
        m_dir.reset(new QTemporaryDir);
        m_cache = m_dir->filePath(u"cache"_s);
    }

    void opensTheDemoAndListsEveryService()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);

        const WorkspaceParseResult demo = parseWorkspaceFile(Application::demoWorkspacePath());
        QVERIFY(demo.readable);
        QVERIFY(demo.workspace.services.size() >= 25);
        const QStringList shown = namesInView(app.window()->serviceView());
        for (const Service &s : demo.workspace.services)
            QVERIFY2(shown.contains(s.name), qPrintable(s.name));
        QCOMPARE(shown.size(), demo.workspace.services.size());
        QVERIFY(app.window()->windowTitle().contains(u"Online shop"_s));
        QCOMPARE(app.diagnosticModel()->rowCount(), 0); // the demo has no problems

        // The cascade's root is red in the table, with its icon.
        const QModelIndex pricing = app.serviceModel()
                                        ->indexOfService(u"pricing"_s)
                                        .siblingAtColumn(ServiceTableModel::PipelineColumn);
        QCOMPARE(pricing.data(ServiceTableModel::HealthRole).value<Health>(), Health::Failing);
        // The analysis arrives with the snapshot: the root cause, its victims, the blocked
        // deployment.
        QCOMPARE(pricing.siblingAtColumn(ServiceTableModel::TriageColumn).data().toString(),
                 u"Root cause #1 · 10 affected"_s);
        QCOMPARE(app.serviceModel()
                     ->indexOfService(u"web-frontend"_s)
                     .siblingAtColumn(ServiceTableModel::TriageColumn)
                     .data()
                     .toString(),
                 u"Victim of pricing"_s);
        QCOMPARE(app.serviceModel()
                     ->indexOfService(u"orders"_s)
                     .siblingAtColumn(ServiceTableModel::NextDeployColumn)
                     .data()
                     .toString(),
                 u"2.14.0 blocked"_s);
    }

    void sourcesPanelShowsFreshnessAndF5Refreshes()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        QDockWidget *dock = app.window()->sourcesDock();
        QVERIFY(!dock->isVisible());
        QTest::keyClick(app.window(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dock->isVisible());
        SourceStatusModel *model = app.sourceModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SourceStatusModel::NameColumn).data().toString(), u"demo-data"_s);
        QCOMPARE(model->index(0, SourceStatusModel::StateColumn).data().toString(),
                 u"Up to date"_s);
        QCOMPARE(model->index(0, SourceStatusModel::NextSyncColumn).data().toString(),
                 u"on refresh (F5)"_s);

        // F5 reads the workspace again; the demo's file source is read with it.
        const EpochMs before = model->states()[0].lastSuccessAt;
        QSignalSpy loaded(&app, &Application::workspaceLoaded);
        QTest::keyClick(app.window(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        QTRY_VERIFY(model->states()[0].lastSuccessAt > before);
        QVERIFY(!app.window()->findChild<QToolButton *>(u"syncStatusButton"_s)->isVisible());
    }

    void aFailingSourceIsShownStaleAndTheWindowCarriesOn()
    {
        const QString path = m_dir->filePath(u"shop.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        file.write("signalbox: 1\nname: Shop\nservices:\n  - name: checkout\n"
                   "sources:\n  - kind: github\n    name: github\n"
                   "    baseUrl: http://127.0.0.1:1\n    repositories: [shop/checkout]\n");
        file.close();
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, path, true);
        // Opening did not wait for the server; the source syncs in the background and fails.
        SourceStatusModel *model = app.sourceModel();
        QCOMPARE(model->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model->states()[0].isStale(), 20'000);
        const QString error = model->index(0, SourceStatusModel::ProblemColumn).data().toString();
        QVERIFY2(error.contains(u"127.0.0.1:1"_s), qPrintable(error));
        auto *button = app.window()->findChild<QToolButton *>(u"syncStatusButton"_s);
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), u"1 source failing"_s);
        QVERIFY(model->index(0, SourceStatusModel::NextSyncColumn)
                    .data()
                    .toString()
                    .contains(u"backing off after 1 failure"_s));
        button->click();
        QVERIFY(app.window()->sourcesDock()->isVisible());
        QVERIFY(namesInView(app.window()->serviceView()).contains(u"checkout"_s));
    }

    void sourcesPanelOpensTheSourcesDialog()
    {
        const QString path = m_dir->filePath(u"shop.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signalbox: 1\nname: Shop\nservices:\n  - name: checkout\n"
                   "sources:\n  - kind: file\n    name: ci\n    path: ci.json\n");
        file.close();
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, path, true);
        Q_EMIT app.window()->sourcesPanel()->editRequested(u"ci"_s);
        auto *dialog = app.window()->findChild<SourcesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!app.window()->findChild<SourcesDialog *>());

        // The built-in demo cannot be edited: said, not attempted.
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        Q_EMIT app.window()->sourcesPanel()->addRequested();
        QVERIFY(!app.window()->findChild<SourcesDialog *>());
    }

    // The Contracts tab follows the selection with the service's contracts from the cache; the
    // demo has no Pact Broker, so can-i-deploy is disabled and says why.
    void theContractsTabFollowsTheSelection()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        ContractsPanel *panel = app.window()->contractsPanel();
        QTabWidget *tabs = app.window()->detailsTabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), u"Contracts"_s);
        QVERIFY(!panel->checkButton()->isEnabled());
        QCOMPARE(panel->availabilityLabel()->text(),
                 u"The workspace has no pact-broker source to ask. Add one in Sources to check "
                 "whether a version can be deployed."_s);

        QVERIFY(app.window()->selectService(u"orders"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel->service() == u"orders"_s, 10'000);
        const QTableWidget *table = panel->contractsTable();
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < ContractsPanel::WhenColumn; ++column)
                cells.append(table->item(row, column)->text());
            rows.append(cells.join(u" | "_s));
        }
        // The demo's one never-verified pair: orders 2.14.0 against payments 2.26.0.
        QVERIFY2(rows.contains(u"consumes | payments | 2.14.0 | 2.26.0 | Not verified"_s),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"provides to | shipping | 2.22.4 | 2.14.0 | Verified"_s));
        // Nothing fails: what is not verified comes first, since it holds the deployment.
        QCOMPARE(rows.constFirst(), u"consumes | payments | 2.14.0 | 2.26.0 | Not verified"_s);
        // Above the table, the analysis' sentence says what that means for the pending version.
        QVERIFY(!panel->pendingLabel()->isHidden());
        QVERIFY2(panel->pendingLabel()->text().startsWith(
                     u"orders 2.14.0 cannot go to production:\n• "_s),
                 qPrintable(panel->pendingLabel()->text()));
        QVERIFY2(panel->pendingLabel()->text().contains(u"needs payments 2.27.1"_s),
                 qPrintable(panel->pendingLabel()->text()));
        QCOMPARE(panel->versionCombo()->currentText(), u"2.14.0"_s);
        QVERIFY(!panel->checkButton()->isEnabled());
    }

    void theDetailsSayWhyAServiceIsBlocked()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        QVERIFY(app.window()->selectService(u"orders"_s));
        auto *verdict = app.window()->detailsPanel()->findChild<QLabel *>(u"verdict"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            verdict->isVisible() && verdict->text().contains(u"payments 2.27.1"_s), 10'000);
        QVERIFY(verdict->text().contains(u"blocked for production"_s));
    }

    void selectingAServiceShowsItsRunsInTheDock()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        QVERIFY(app.window()->selectService(u"pricing"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app.runModel()->rowCount() > 0
                                     && app.runModel()->runs().constFirst().service == u"pricing"_s,
                                 10'000);
        for (const PipelineRun &run : app.runModel()->runs())
            QCOMPARE(run.service, u"pricing"_s);
        QCOMPARE(app.runModel()->runs().constFirst().status, RunStatus::Failed); // newest first
        const auto *dock = app.window()->findChild<QDockWidget *>(u"detailsDock"_s);
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(app.window()->detailsPanel()->runsView()->model()->rowCount(),
                 app.runModel()->rowCount());

        // Moving through the list with the keyboard follows the selection.
        QTableView *table = app.window()->serviceView();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        const QString next = app.window()->currentServiceName();
        QVERIFY(next != u"pricing"_s);
        QCOMPARE(next, u"profile"_s); // the next name in the sorted list
        QTRY_VERIFY_WITH_TIMEOUT(!app.runModel()->runs().isEmpty()
                                     && app.runModel()->runs().constFirst().service == next,
                                 10'000);
    }

    void undoFollowsThePageInFront()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        app.window()->activateWindow();
        QSignalSpy plansShown(app.window(), &MainWindow::plansPageShown);
        QTest::keyClick(app.window(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(app.window()->workspaceTabs()->currentWidget(), app.window()->plansPanel());
        QCOMPARE(plansShown.size(), 1);
        QVERIFY(app.window()->isPlansPageShown());
        QCOMPARE(app.window()->undoGroup()->activeStack(), app.window()->plansPanel()->undoStack());
        QTest::keyClick(app.window(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(!app.window()->isPlansPageShown());
        QCOMPARE(app.window()->undoGroup()->activeStack(),
                 app.window()->discoveryPanel()->undoStack());
    }

    void filterFindsAServiceFromTheKeyboard()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        app.window()->activateWindow();
        // In the graph tab, Ctrl+F goes to the graph's search; in the table tab, to the filter.
        QTest::keyClick(app.window(), Qt::Key_G, Qt::ControlModifier);
        QTest::keyClick(app.window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(app.window()->findChild<QLineEdit *>(u"graphSearch"_s)->hasFocus());
        QTest::keyClick(app.window(), Qt::Key_T, Qt::ControlModifier);
        QTest::keyClick(app.window(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = app.window()->findChild<QLineEdit *>(u"serviceFilter"_s);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"pricin"_s);
        // The filter looks at every column: the root cause and the services it broke.
        QCOMPARE(namesInView(app.window()->serviceView()),
                 QStringList({u"cart"_s, u"catalog"_s, u"checkout"_s, u"mobile-bff"_s, u"pricing"_s,
                              u"promotions"_s, u"web-frontend"_s}));
        filter->clear();
        QTest::keyClicks(filter, u"team-identity"_s);
        QCOMPARE(namesInView(app.window()->serviceView()),
                 QStringList({u"accounts"_s, u"auth"_s, u"profile"_s}));
    }

    void missingWorkspaceShowsTheWelcomePageWithTheReason()
    {
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, m_dir->filePath(u"missing.yaml"_s), false);
        auto *pages = app.window()->findChild<QStackedWidget *>();
        QVERIFY(qobject_cast<WelcomePage *>(pages->currentWidget()));
        bool reasonShown = false;
        for (QLabel *label : pages->currentWidget()->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(u"missing.yaml"_s)
                && label->text().contains(u"does not exist"_s))
                reasonShown = true;
        }
        QVERIFY(reasonShown);
    }

    void workspaceWithErrorsOpensAndListsTheProblems()
    {
        const QString path = m_dir->filePath(u"broken.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signalbox: 1\nservices:\n  - name: alpha\n    tier: urgent\n  - name: "
                   "beta\nsources:\n  - kind: jira\n");
        file.close();
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, path, true);
        QCOMPARE(namesInView(app.window()->serviceView()).size(), 2);
        QCOMPARE(app.diagnosticModel()->rowCount(), 2);
        auto *problems = app.window()->findChild<QDockWidget *>(u"problemsDock"_s);
        QVERIFY(problems->isVisible());
        QCOMPARE(
            app.diagnosticModel()->index(0, DiagnosticListModel::LocationColumn).data().toString(),
            u"broken.yaml:4"_s);
    }

    void aBrokenReloadKeepsWhatIsShown()
    {
        const QString path = m_dir->filePath(u"shop.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signalbox: 1\nservices:\n  - name: alpha\n  - name: beta\n");
        file.close();
        Application app(m_cache);
        app.window()->show();
        OPEN_AND_WAIT(app, path, true);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("signalbox: 1\nservices:\n  - name: [alpha\n");
        file.close();
        OPEN_AND_WAIT(app, path, false);
        auto *pages = app.window()->findChild<QStackedWidget *>();
        QVERIFY(!qobject_cast<WelcomePage *>(pages->currentWidget()));
        QCOMPARE(namesInView(app.window()->serviceView()), QStringList({u"alpha"_s, u"beta"_s}));
        QCOMPARE(app.diagnosticModel()->rowCount(), 1);
        QVERIFY(app.diagnosticModel()->diagnostics().at(0).message.contains(u"not valid YAML"_s));
        QVERIFY(app.window()->findChild<QDockWidget *>(u"problemsDock"_s)->isVisible());
    }

    void remembersTheLastWorkspaceAndWindowState()
    {
        {
            Application app(m_cache);
            app.window()->show();
            OPEN_AND_WAIT(app, Application::demoWorkspacePath(), true);
            app.window()->resize(1111, 777);
            app.window()->findChild<QDockWidget *>(u"detailsDock"_s)->hide();
            app.window()->close();
        }
        Application app(m_cache);
        app.window()->show();
        QSignalSpy loaded(&app, &Application::workspaceLoaded);
        app.restoreLastWorkspace();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        QVERIFY(loaded.at(0).at(0).toBool());
        QCOMPARE(app.lastLoad().workspacePath, Application::demoWorkspacePath());
        QCOMPARE(app.window()->size(), QSize(1111, 777));
        QVERIFY(!app.window()->findChild<QDockWidget *>(u"detailsDock"_s)->isVisible());
    }

    void germanTranslationTranslatesTheFileMenu()
    {
        QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
        {
            Application app(m_cache);
            const QList<QAction *> menus = app.window()->menuBar()->actions();
            QVERIFY(!menus.isEmpty());
            QCOMPARE(menus.at(0)->text(), u"&Datei"_s);
            QCOMPARE(app.serviceModel()
                         ->headerData(ServiceTableModel::DeploymentColumn, Qt::Horizontal)
                         .toString(),
                     u"Letztes Deployment"_s);
        }
        installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
        Application app(m_cache);
        QCOMPARE(app.window()->menuBar()->actions().at(0)->text(), u"&File"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
