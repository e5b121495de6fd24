// A release plan the whole way, through the real application: the workspace's cache, the
// PlanTracker on its worker, the Plans page, driven with the keyboard only. Deployments arrive
// the way they do in life - a source's data changes - and F5 brings them in.
#include "application.h"
#include "mainwindow.h"
#include "osuser.h"
#include "plans/newplandialog.h"
#include "plans/planexport.h"
#include "plans/planspanel.h"
#include "report/planreport.h"
#include "store/store.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

const QByteArray WorkspaceYaml = R"(signalbox: 1
name: Release train
environments: [staging, production]
services:
  - name: accounts
    owner: team-id
  - name: payments
    owner: team-pay
    dependsOn: [accounts]
sources:
  - kind: file
    name: cd
    path: deploys.json
)";

QWidget *focused()
{
    return QApplication::focusWidget();
}

} // namespace

class TestReleasePlanFlow : public QObject
{
    Q_OBJECT

    QString m_deploys;
    QList<QByteArray> m_entries;

    void addDeployment(const QString &service, const QString &version, const QString &environment,
                       const QDateTime &at)
    {
        m_entries.append(QStringLiteral(R"({"id":"%1-%2-%3","service":"%1","version":"%2",)"
                                        R"("environment":"%3","time":"%4","status":"success"})")
                             .arg(service, version, environment, at.toString(Qt::ISODate))
                             .toUtf8());
        QFile file(m_deploys);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"format":"signalbox-file-source/1","deployments":[)" + m_entries.join(',')
                   + "]}");
    }

private Q_SLOTS:
    void aPlanFromCreationToDoneWithTheKeyboard()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"workspace.yaml"_s);
        {
            QFile file(workspace);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(WorkspaceYaml);
        }
        m_deploys = dir.filePath(u"deploys.json"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (const QString &service : {u"accounts"_s, u"payments"_s}) {
            addDeployment(service, u"1.0.0"_s, u"production"_s, start.addDays(-2));
            addDeployment(service, u"1.1.0"_s, u"staging"_s, start.addDays(-1));
        }

        Application app(dir.filePath(u"cache"_s));
        QSignalSpy loaded(&app, &Application::workspaceLoaded);
        app.window()->show();
        app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window()));
        app.openWorkspace(workspace);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        QVERIFY(loaded.at(0).at(0).toBool());

        // Ctrl+L: the Plans page, with the two pending changes on offer.
        QTest::keyClick(app.window(), Qt::Key_L, Qt::ControlModifier);
        PlansPanel *panel = app.window()->plansPanel();
        QVERIFY(app.window()->isPlansPageShown());
        QTRY_VERIFY_WITH_TIMEOUT(panel->board(), 20'000);
        QCOMPARE(panel->board()->pending.value(u"production"_s).size(), 2);

        // Ctrl+Shift+N, a name, Return: every pending change, checked by default, in the plan.
        QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(panel->newPlanDialog());
        NewPlanDialog *dialog = panel->newPlanDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->changesView()->rowCount(), 2);
        QTRY_COMPARE(focused(), dialog->nameField());
        QTest::keyClicks(focused(), u"Friday train"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!panel->newPlanDialog());
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentPlan() && panel->currentStatus(), 20'000);
        QCOMPARE(panel->currentPlan()->name, u"Friday train"_s);
        QCOMPARE(panel->currentPlan()->createdBy, osUserName());
        const qint64 id = panel->currentPlanId();
        QCOMPARE(panel->currentStatus()->items.size(), 2);
        QCOMPARE(panel->currentStatus()->item(u"accounts"_s)->wave, 1);
        QCOMPARE(panel->currentStatus()->item(u"payments"_s)->wave, 2);
        QCOMPARE(panel->currentStatus()->waves.at(0).state, PlanWaveStatus::State::Released);

        // A decision, from the note field: Alt+T for the Notes tab, Alt+O for the field.
        app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window()));
        panel->wavesView()->setFocus();
        QTest::keyClick(focused(), Qt::Key_T, Qt::AltModifier);
        QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
        QCOMPARE(focused(), panel->noteField());
        QTest::keyClicks(focused(), u"CAB approved the train"_s);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentPlan() && panel->currentPlan()->notes.size() == 1,
                                 20'000);
        QCOMPARE(panel->currentPlan()->notes.at(0).author, osUserName());

        // Wave 1, copied as a checklist for the chat: Home puts the waves tree on wave 1.
        panel->wavesView()->setFocus();
        QTest::keyClick(focused(), Qt::Key_W, Qt::AltModifier);
        QTest::keyClick(panel->wavesView(), Qt::Key_Home);
        QCOMPARE(panel->currentWave(), 1);
        QApplication::clipboard()->clear();
        QTest::keyClick(panel->wavesView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString checklist = QApplication::clipboard()->text();
        QCOMPARE(checklist, waveChecklist(*panel->currentPlan(), *panel->currentStatus(), 1));
        QVERIFY2(checklist.contains(u"- [ ] accounts 1.1.0"_s), qPrintable(checklist));
        QVERIFY(!checklist.contains(u"payments"_s));

        // The PDF for the change ticket: a real PDF; an unwritable path says which and why.
        const QString pdf = dir.filePath(u"friday.pdf"_s);
        QString error;
        QVERIFY2(writePlanPdf(*panel->currentPlan(), *panel->currentStatus(), pdf, &error),
                 qPrintable(error));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QVERIFY(written.size() > 2'000);
        const QString nowhere = dir.filePath(u"no/such/folder/friday.pdf"_s);
        QVERIFY(!writePlanPdf(*panel->currentPlan(), *panel->currentStatus(), nowhere, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(nowhere)), qPrintable(error));

        // Wave 1 ships; F5 reads the source again and the plan moves.
        addDeployment(u"accounts"_s, u"1.1.0"_s, u"production"_s,
                      QDateTime::currentDateTimeUtc().addSecs(2));
        QTest::keyClick(app.window(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentStatus()
                                     && panel->currentStatus()->item(u"accounts"_s)->state
                                         == PlanItemState::Done,
                                 20'000);
        QCOMPARE(panel->currentStatus()->waves.at(1).state, PlanWaveStatus::State::Released);
        QVERIFY(panel->currentPlan()->isOpen());

        // Wave 2 ships: every service done, the plan finishes by itself.
        addDeployment(u"payments"_s, u"1.1.0"_s, u"production"_s,
                      QDateTime::currentDateTimeUtc().addSecs(3));
        QTest::keyClick(app.window(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentPlan() && !panel->currentPlan()->isOpen(), 20'000);
        QCOMPARE(panel->currentStatus()->doneCount, 2);
        QCOMPARE(panel->currentPlanId(), id);
        QStringList log;
        for (const PlanEvent &event : panel->currentPlan()->events)
            log.append(event.text);
        QVERIFY2(log.last().contains(u"finished"_s), qPrintable(log.join(u'\n')));

        // Everything is in the cache, for the next session and for `signalbox plans`.
        const ReleasePlan stored = *Store(app.lastLoad().cachePath).readPlan(id);
        QCOMPARE(stored.notes.size(), 1);
        QCOMPARE(stored.notes.at(0).text, u"CAB approved the train"_s);
        QCOMPARE(stored.item(u"payments"_s)->state, PlanItemState::Done);
        QVERIFY(!stored.isOpen());
    }
};

QTEST_MAIN(TestReleasePlanFlow)
#include "tst_releaseplanflow.moc"
