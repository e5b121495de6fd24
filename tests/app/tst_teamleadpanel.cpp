#include "application.h"
#include "i18n.h"
#include "mainwindow.h"
#include "osuser.h"
#include "teamlead/teamleadpanel.h"
#include "workspace/teamleadreporter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24LL * 60 * 60 * 1000;
constexpr EpochMs June1 = 20605LL * Day; // 2026-06-01 00:00 UTC

ChecklistItem item(ChecklistQuestion question, ChecklistAnswer answer, const QString &summary)
{
    ChecklistItem i;
    i.question = question;
    i.computed = answer;
    i.summary = summary;
    return i;
}

Deployment deployment(const QString &id, const QString &service, const QString &version, EpochMs at,
                      DeploymentStatus status)
{
    Deployment d;
    d.externalId = id;
    d.service = service;
    d.version = version;
    d.environment = u"production"_s;
    d.deployedAt = at;
    d.status = status;
    return d;
}

// A report made by hand: two yes answers (questions 1 and 5), one of them with two pieces of
// evidence; two trend weeks, the second with two deployments behind it.
TeamLeadReportPtr handMadeReport()
{
    auto report = std::make_shared<TeamLeadReport>();
    report->workspaceName = u"shop"_s;
    report->from = June1;
    report->to = June1 + 14 * Day;
    report->computedAt = report->to;
    report->productionEnvironment = u"production"_s;
    Checklist &c = report->checklist;
    c.from = report->from;
    c.to = report->to;
    ChecklistItem blocks = item(ChecklistQuestion::CrossServiceTestsBlock, ChecklistAnswer::Yes,
                                u"2 deployments of orders failed in a job of payments."_s);
    blocks.services = {u"payments"_s, u"orders"_s};
    ChecklistEvidence first;
    first.service = u"orders"_s;
    first.text = u"orders run 41 failed in job payments-contract."_s;
    first.at = June1 + 2 * Day;
    first.url = u"https://ci.example.com/orders/41"_s;
    ChecklistEvidence second = first;
    second.text = u"orders run 44 failed in job payments-contract."_s;
    second.at = June1 + 3 * Day;
    second.url.clear();
    blocks.evidence = {first, second};
    c.items = {blocks,
               item(ChecklistQuestion::SlowBuilds, ChecklistAnswer::No,
                    u"1 of 4 services has a median build over 15 min."_s),
               item(ChecklistQuestion::ManualCoordination, ChecklistAnswer::NotEnoughData,
                    u"No dependent services deployed together."_s),
               item(ChecklistQuestion::SharedIntegrationEnvironment, ChecklistAnswer::No,
                    u"Each team has its own staging."_s),
               item(ChecklistQuestion::PipelineChangeOutage, ChecklistAnswer::Yes,
                    u"1 pipeline change was followed by a rollback."_s),
               item(ChecklistQuestion::SlowFirstPipeline, ChecklistAnswer::NotEnoughData,
                    u"No new services."_s)};
    report->deployments = {
        deployment(u"1"_s, u"orders"_s, u"1.0"_s, June1 + Day, DeploymentStatus::Succeeded),
        deployment(u"2"_s, u"cart"_s, u"2.1"_s, June1 + 8 * Day, DeploymentStatus::Succeeded),
        deployment(u"3"_s, u"orders"_s, u"1.1"_s, June1 + 9 * Day, DeploymentStatus::Failed),
    };
    DoraTrendPoint week1;
    week1.start = June1;
    week1.end = June1 + 7 * Day;
    week1.successful = 1;
    week1.deploymentDays = 1;
    week1.failureRate = 0;
    week1.deployments = {0};
    DoraTrendPoint week2;
    week2.start = week1.end;
    week2.end = week2.start + 7 * Day;
    week2.successful = 1;
    week2.deploymentDays = 1;
    week2.failed = 1;
    week2.failureRate = 0.5;
    week2.deployments = {1, 2};
    report->doraTrend = {week1, week2};
    DoraMetrics orders;
    orders.service = u"orders"_s;
    orders.changeFailure.deployments = 2;
    orders.changeFailure.failed = 1;
    orders.changeFailure.rate = 0.5;
    orders.changeFailure.bucket = FailureRateBucket::From46Percent;
    orders.changeFailure.level = DoraLevel::Low;
    report->dora.services = {orders};
    report->dora.overall.changeFailure = orders.changeFailure;
    ServiceBuildTimes slow;
    slow.service = u"orders"_s;
    slow.runs = 3;
    slow.run.count = 3;
    slow.run.minMs = slow.run.p10Ms = slow.run.p25Ms = 10 * 60'000;
    slow.run.p50Ms = slow.run.p75Ms = 20 * 60'000;
    slow.run.p90Ms = slow.run.maxMs = 30 * 60'000;
    report->buildTimes.from = report->from;
    report->buildTimes.to = report->to;
    report->buildTimes.services = {slow};
    report->buildTimes.overallRun = slow.run;
    report->buildTimes.servicesOverLimit = 1;
    return report;
}

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, column)->text();
    return texts;
}

// Runs `act` on the modal dialog that the next call opens, once it is shown.
void onNextDialog(std::function<void(QDialog *)> act)
{
    QTimer::singleShot(0, [act] {
        QDialog *dialog = nullptr;
        for (int tries = 0; tries < 200 && !dialog; ++tries) {
            dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                QTest::qWait(10);
        }
        if (dialog)
            act(dialog);
    });
}

} // namespace

class TestTeamLeadPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QSettings().clear(); }

    void showsEveryAnswerTheVerdictAndTheEvidence()
    {
        TeamLeadPanel panel;
        panel.resize(1200, 800);
        panel.show();
        const TeamLeadReportPtr report = handMadeReport();
        panel.setReport(report);
        QTableWidget *list = panel.checklistView();
        QCOMPARE(list->rowCount(), 6);
        QCOMPARE(list->item(0, 1)->text(), displayName(ChecklistAnswer::Yes));
        QCOMPARE(list->item(2, 1)->text(), displayName(ChecklistAnswer::NotEnoughData));
        QCOMPARE(list->item(4, 2)->text(), u"1 pipeline change was followed by a rollback."_s);
        QCOMPARE(panel.findChild<QLabel *>(u"checklistVerdict"_s)->text(),
                 verdictSentence(report->checklist));
        QVERIFY(report->checklist.limitsDeploymentFrequency());

        // The first question is selected: its two pieces of evidence, newest figures first.
        QCOMPARE(columnTexts(panel.evidenceView(), 2),
                 (QStringList {u"orders run 41 failed in job payments-contract."_s,
                               u"orders run 44 failed in job payments-contract."_s}));
        // Evidence without a link shows the service in the graph when activated.
        QSignalSpy activated(&panel, &TeamLeadPanel::serviceActivated);
        panel.evidenceView()->setFocus();
        panel.evidenceView()->setCurrentCell(1, 2);
        QTest::keyClick(panel.evidenceView(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"orders"_s);

        // Down the list with the keyboard: the evidence follows the selection.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(panel.evidenceView()->rowCount(), 0);

        // A newer report keeps the question being read.
        panel.setReport(handMadeReport());
        QCOMPARE(list->currentRow(), 1);
    }

    void overridesAnAnswerWithANoteFromTheKeyboard()
    {
        TeamLeadPanel panel;
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setReport(handMadeReport());
        QTableWidget *list = panel.checklistView();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down); // question 2: slow builds, answered No
        QSignalSpy requested(&panel, &TeamLeadPanel::overrideRequested);
        bool okWasDisabledWithoutANote = false;
        bool noteHadFocus = false;
        // Checks are recorded, not asserted, in here: a failed check must still close the dialog.
        onNextDialog([&](QDialog *dialog) {
            auto *note = dialog->findChild<QPlainTextEdit *>(u"overrideNote"_s);
            QPushButton *ok = nullptr;
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text().contains(u"OK"_s))
                    ok = b;
            if (!note || !ok) {
                dialog->reject();
                return;
            }
            noteHadFocus = dialog->focusWidget() == note;
            okWasDisabledWithoutANote = !ok->isEnabled();
            QTest::keyClicks(note, u"Release builds take 40 min; CI only sees unit tests."_s);
            for (QRadioButton *answer : dialog->findChildren<QRadioButton *>())
                if (answer->text() == displayName(ChecklistAnswer::Yes))
                    answer->setChecked(true);
            if (ok->isEnabled())
                ok->click();
            else
                dialog->reject();
        });
        QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(noteHadFocus);
        QVERIFY(okWasDisabledWithoutANote);
        QCOMPARE(requested.size(), 1);
        const auto decision = requested.at(0).at(0).value<ChecklistOverride>();
        QCOMPARE(decision.question, ChecklistQuestion::SlowBuilds);
        QCOMPARE(decision.answer, ChecklistAnswer::Yes);
        QCOMPARE(decision.note, u"Release builds take 40 min; CI only sees unit tests."_s);
        QVERIFY(!decision.cleared);
    }

    void takesAnOverrideBack()
    {
        TeamLeadPanel panel;
        panel.show();
        auto report = std::make_shared<TeamLeadReport>(*handMadeReport());
        ChecklistOverride decision;
        decision.question = ChecklistQuestion::CrossServiceTestsBlock;
        decision.answer = ChecklistAnswer::No;
        decision.note = u"Those were contract tests doing their job."_s;
        decision.author = u"dana"_s;
        report->checklist.items[0].override = decision;
        panel.setReport(report);
        QVERIFY(panel.checklistView()->item(0, 1)->text().contains(
            displayName(ChecklistAnswer::Yes).toLower()));
        QSignalSpy requested(&panel, &TeamLeadPanel::overrideRequested);
        panel.clearSelectedOverride();
        QCOMPARE(requested.size(), 1);
        const auto back = requested.at(0).at(0).value<ChecklistOverride>();
        QCOMPARE(back.question, ChecklistQuestion::CrossServiceTestsBlock);
        QVERIFY(back.cleared);
    }

    void aTrendPointListsTheDeploymentsBehindIt()
    {
        TeamLeadPanel panel;
        panel.show();
        panel.setReport(handMadeReport());
        QVERIFY(panel.doraChartView()->chart());
        QVERIFY(!panel.doraChartView()->chart()->series().isEmpty());
        panel.showTrendPoint(1);
        QCOMPARE(columnTexts(panel.trendDeploymentsView(), 1),
                 (QStringList {u"cart"_s, u"orders"_s}));
        QCOMPARE(columnTexts(panel.trendDeploymentsView(), 2), (QStringList {u"2.1"_s, u"1.1"_s}));
        panel.showTrendPoint(0);
        QCOMPARE(columnTexts(panel.trendDeploymentsView(), 1), QStringList {u"orders"_s});
        QCOMPARE(columnTexts(panel.doraServicesView(), 0), QStringList {u"orders"_s});
        QCOMPARE(columnTexts(panel.buildTimesView(), 0), QStringList {u"orders"_s});
    }

    void remembersTheWindow()
    {
        {
            TeamLeadPanel panel;
            QCOMPARE(panel.windowDays(), 30);
            QSignalSpy changed(&panel, &TeamLeadPanel::windowDaysChanged);
            auto *window = panel.findChild<QComboBox *>(u"teamLeadWindow"_s);
            window->setCurrentIndex(window->findData(90));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.at(0).at(0).toInt(), 90);
        }
        TeamLeadPanel again;
        QCOMPARE(again.windowDays(), 90);
    }

    // The whole way: the demo opens, Ctrl+D shows the Delivery page, its report is computed from
    // the cache off the GUI thread, and an override is stored in the cache and comes back with
    // the OS user's name.
    void theDemoReportAndAnOverrideThroughTheCache()
    {
        QTemporaryDir dir;
        Application app(dir.filePath(u"cache"_s));
        QSignalSpy loaded(&app, &Application::workspaceLoaded);
        app.window()->show();
        app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window()));
        app.openWorkspace(Application::demoWorkspacePath());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        QVERIFY(loaded.at(0).at(0).toBool());
        TeamLeadPanel *panel = app.window()->teamLeadPanel();
        QVERIFY(!panel->report());
        QSignalSpy ready(app.teamLeadReporter(), &TeamLeadReporter::reportReady);
        QTest::keyClick(app.window(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(app.window()->isTeamLeadPageShown());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20'000);
        QVERIFY(panel->report());
        QCOMPARE(panel->report()->checklist.items.size(), ChecklistQuestionCount);
        QVERIFY(!panel->report()->dora.services.isEmpty());
        QCOMPARE(panel->report()->workspaceName, app.lastLoad().workspace.name);
        // The demo's story for question 1: checkout's runs gh-checkout-2029, -2057 and its re-run
        // -2058 failed in "payments-contract-tests", 13 and 5 days ago, inside the 30-day window.
        const ChecklistItem *blocks
            = panel->report()->checklist.item(ChecklistQuestion::CrossServiceTestsBlock);
        QVERIFY(blocks);
        QCOMPARE(blocks->computed, ChecklistAnswer::Yes);
        QCOMPARE(blocks->services, QStringList {u"checkout"_s});
        QCOMPARE(blocks->evidence.size(), 3);
        for (const ChecklistEvidence &evidence : blocks->evidence)
            QVERIFY2(evidence.text.contains(u"payments-contract-tests"_s),
                     qPrintable(evidence.text));

        ChecklistOverride decision;
        decision.question = ChecklistQuestion::SharedIntegrationEnvironment;
        decision.answer = ChecklistAnswer::Yes;
        decision.note = u"Everyone queues for staging-eu on Thursdays."_s;
        Q_EMIT panel->overrideRequested(decision);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20'000);
        const ChecklistItem *shared
            = panel->report()->checklist.item(ChecklistQuestion::SharedIntegrationEnvironment);
        QVERIFY(shared && shared->override);
        QCOMPARE(shared->answer(), ChecklistAnswer::Yes);
        QCOMPARE(shared->override->note, decision.note);
        QCOMPARE(shared->override->author, osUserName());
        QVERIFY(shared->override->decidedAt > 0);
    }
};

QTEST_MAIN(TestTeamLeadPanel)
#include "tst_teamleadpanel.moc"
