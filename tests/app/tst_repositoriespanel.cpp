#include "application.h"
#include "discovery/discoverypanel.h"
#include "gitrepobuilder.h"
#include "i18n.h"
#include "mainwindow.h"
#include "workspace/workspaceparser.h"

#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

const char Compose[] = "services:\n"
                       "  web:\n"
                       "    build: services/web\n"
                       "    environment:\n"
                       "      CART_URL: http://cart:8080\n"
                       "  cart:\n"
                       "    build: services/cart\n"
                       "    depends_on: [redis]\n"
                       "  redis:\n"
                       "    image: redis:7\n"
                       "  api:\n"
                       "    build: services/api\n";

CatalogState stateOf(const DiscoveryPanel *panel, const QString &name)
{
    if (!panel->overview())
        return CatalogState::Declared;
    const CatalogService *s = panel->overview()->catalog.findService(name);
    return s ? s->state : CatalogState::Declared;
}

DiscoveryDecisions decisionsInFile(const QString &path)
{
    return parseWorkspaceFile(path).workspace.discovery;
}

// Moves the current row of a table to the row showing `name` in column 0, with the keyboard.
bool goToRow(QTableView *view, const QString &name)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->currentIndex().siblingAtColumn(0).data().toString() == name)
            return true;
        QTest::keyClick(view, Qt::Key_Down);
    }
    return false;
}

} // namespace

class TestRepositoriesPanel : public QObject
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
        GitRepoBuilder repo(m_dir->filePath(u"shop"_s));
        repo.write(u"docker-compose.yml"_s, Compose)
            .write(u"services/web/index.js"_s, "1\n")
            .commit(u"Start"_s, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), u"ann"_s);
        m_workspace = m_dir->filePath(u"shop.yaml"_s);
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("signalbox: 1\nname: Shop\nenvironments: [production]\n"
                "# the catalog\nservices:\n  - name: cart\n    owner: team-cart\n"
                "repositories:\n  - path: shop\n");
    }

    // A release manager opens the panel, confirms one found service and hides another with the
    // keyboard only, then changes their mind with Ctrl+Z.
    void confirmHideAndUndoWithTheKeyboard()
    {
        Application app(m_dir->filePath(u"cache"_s));
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app.openWorkspace(m_workspace);
        DiscoveryPanel *panel = window->discoveryPanel();
        // The scan runs after the first load, then the window reloads with what it found.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Discovered, 20'000);
        QCOMPARE(stateOf(panel, u"cart"_s), CatalogState::Declared);

        QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window->discoveryDock()->isVisible());
        QTableView *services = panel->servicesView();
        QCOMPARE(panel->tabs()->currentWidget(), services);
        // Infrastructure is left out until asked for; cart is declared and found.
        QStringList shown;
        for (int r = 0; r < services->model()->rowCount(); ++r)
            shown.append(services->model()->index(r, 0).data().toString());
        QCOMPARE(shown, (QStringList {u"cart"_s, u"api"_s, u"web"_s}));

        QVERIFY(goToRow(services, u"web"_s));
        QCOMPARE(panel->evidenceList()->count(), 1);
        QCOMPARE(panel->evidenceList()->item(0)->text(), u"docker-compose.yml:2    web:"_s);
        QTest::keyClick(services, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Confirmed, 10'000);
        QCOMPARE(decisionsInFile(m_workspace).confirmedServices, QStringList {u"web"_s});

        QVERIFY(goToRow(services, u"web"_s));
        QTest::keyClick(services, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Hidden, 10'000);
        QCOMPARE(decisionsInFile(m_workspace).hiddenServices, QStringList {u"web"_s});
        QCOMPARE(decisionsInFile(m_workspace).confirmedServices, QStringList {});
        // Hidden services leave the graph and the analysis.
        QTRY_VERIFY(!app.lastLoad().snapshot->find(u"web"_s));

        // Undo twice: confirmed again, then not decided at all; the file says so each time.
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Confirmed, 10'000);
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Discovered, 10'000);
        QVERIFY(decisionsInFile(m_workspace).isEmpty());
        QVERIFY(app.lastLoad().snapshot->find(u"web"_s)->service.discovered);
        // The rest of the file is as it was written.
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
                 QByteArray("signalbox: 1\nname: Shop\nenvironments: [production]\n"
                            "# the catalog\nservices:\n  - name: cart\n    owner: "
                            "team-cart\nrepositories:\n  - path: shop\n"));
    }

    // Decisions made faster than the file is written, on several rows at once, are all kept,
    // and undo goes back exactly one step.
    void quickDecisionsAreAllWrittenAndUndoneOneByOne()
    {
        Application app(m_dir->filePath(u"cache"_s));
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app.openWorkspace(m_workspace);
        DiscoveryPanel *panel = window->discoveryPanel();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Discovered, 20'000);
        QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTableView *services = panel->servicesView();
        QVERIFY(goToRow(services, u"api"_s));
        QTest::keyClick(services, Qt::Key_Down, Qt::ShiftModifier); // api and web
        QTest::keyClick(services, Qt::Key_Return, Qt::ControlModifier);
        // Hide web at once, before the confirmation is even written, then think better of it.
        QTest::keyClick(services, Qt::Key_Down);
        QCOMPARE(services->currentIndex().siblingAtColumn(0).data().toString(), u"web"_s);
        QTest::keyClick(services, Qt::Key_Delete);
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);

        QTRY_COMPARE_WITH_TIMEOUT(decisionsInFile(m_workspace).confirmedServices,
                                  (QStringList {u"api"_s, u"web"_s}), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Confirmed, 10'000);
        QCOMPARE(stateOf(panel, u"api"_s), CatalogState::Confirmed);
        QCOMPARE(decisionsInFile(m_workspace).hiddenServices, QStringList {});
        // One more undo takes back the two confirmations made together.
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"api"_s), CatalogState::Discovered, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Discovered, 10'000);
        QVERIFY(decisionsInFile(m_workspace).isEmpty());
    }

    void addedDependencyReachesTheGraph()
    {
        Application app(m_dir->filePath(u"cache"_s));
        app.window()->show();
        app.openWorkspace(m_workspace);
        DiscoveryPanel *panel = app.window()->discoveryPanel();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"web"_s), CatalogState::Discovered, 20'000);
        panel->addDependency(u"cart"_s, u"payments"_s, DependencyKind::Async);
        QTRY_VERIFY_WITH_TIMEOUT(app.lastLoad().snapshot->find(u"payments"_s), 10'000);
        const QList<Dependency> added = decisionsInFile(m_workspace).addedDependencies;
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().provider, u"payments"_s);
        QCOMPARE(added.first().kind, DependencyKind::Async);
        bool found = false;
        for (const Dependency &d : app.lastLoad().snapshot->dependencies)
            found |= d.consumer == u"cart"_s && d.provider == u"payments"_s && !d.discovered;
        QVERIFY(found);
        QCOMPARE(panel->undoStack()->undoText(), u"Add dependency cart → payments"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

QTEST_MAIN(TestRepositoriesPanel)
#include "tst_repositoriespanel.moc"
