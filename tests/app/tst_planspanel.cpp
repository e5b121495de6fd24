#include "plans/newplandialog.h"
#include "plans/planservicedialog.h"
#include "plans/planspanel.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs T0 = 1'795'000'000'000;
constexpr EpochMs Minute = 60'000;
constexpr qint64 PlanId = 7;

PendingChange pending(const QString &service, const QString &version, const QString &current,
                      Health pipeline, const QStringList &reasons = {})
{
    PendingChange p;
    p.service = service;
    p.version = version;
    p.currentVersion = current;
    p.fromEnvironment = u"staging"_s;
    p.commitRange = current.isEmpty() ? QString() : u"1a2b3c4..5d6e7f8"_s;
    p.author = u"Ana Lima"_s;
    p.pipeline = pipeline;
    p.deployable = reasons.isEmpty();
    p.reasons = reasons;
    return p;
}

PlanBoard emptyBoard()
{
    PlanBoard board;
    board.environments = {u"staging"_s, u"production"_s};
    board.defaultEnvironment = u"production"_s;
    board.pending.insert(u"production"_s,
                         {pending(u"payments"_s, u"5.3.0"_s, u"5.2.1"_s, Health::Healthy),
                          pending(u"checkout"_s, u"2.4.0"_s, u"2.3.9"_s, Health::Failing,
                                  {u"checkout's pipeline is red since 14:02"_s}),
                          pending(u"search"_s, u"1.1.0"_s, QString(), Health::Healthy)});
    board.pending.insert(u"staging"_s,
                         {pending(u"cart"_s, u"3.0.0"_s, u"2.9.0"_s, Health::Healthy)});
    board.catalogServices = {u"cart"_s, u"checkout"_s, u"orders"_s, u"payments"_s, u"search"_s};
    board.computedAt = T0 + 30 * Minute;
    return board;
}

PlanItem item(const QString &service, const QString &version, PlanItemState state, int wave)
{
    PlanItem i;
    i.service = service;
    i.version = version;
    i.currentVersion = u"1.0.0"_s;
    i.addedBy = u"ana"_s;
    i.addedAt = T0;
    i.state = state;
    i.wave = wave;
    return i;
}

PlanItemStatus itemStatus(const PlanItem &i, const QString &owner, PlanItemState state)
{
    PlanItemStatus s;
    s.service = i.service;
    s.version = i.version;
    s.owner = owner;
    s.currentVersion = i.currentVersion;
    s.state = state;
    s.wave = i.wave;
    return s;
}

// A plan under way: wave 1 done (postgres-orders), wave 2 rolling out payments at 25 % and
// orders rolled back, wave 3 held (checkout blocked), and a service gone from the catalog.
PlanBoard boardWithPlan()
{
    PlanBoard board = emptyBoard();
    ReleasePlan plan;
    plan.id = PlanId;
    plan.name = u"Week 48"_s;
    plan.environment = u"production"_s;
    plan.createdAt = T0;
    plan.createdBy = u"ana"_s;
    plan.items = {item(u"postgres-orders"_s, u"16.2"_s, PlanItemState::Done, 1),
                  item(u"payments"_s, u"5.3.0"_s, PlanItemState::Deploying, 2),
                  item(u"orders"_s, u"7.0.1"_s, PlanItemState::RolledBack, 2),
                  item(u"checkout"_s, u"2.4.0"_s, PlanItemState::NotStarted, 3),
                  item(u"legacy-auth"_s, u"0.9.0"_s, PlanItemState::NotStarted, 0)};
    PlanNote note;
    note.id = 41;
    note.at = T0 + Minute;
    note.author = u"ana"_s;
    note.kind = PlanNoteKind::Approval;
    note.text = u"CAB approved, ticket CHG-1234"_s;
    plan.notes = {note};
    plan.events = {{T0, QString(), u"Plan created"_s, u"ana"_s},
                   {T0 + 5 * Minute, u"orders"_s, u"orders rolled back"_s, QString()}};
    plan.lastLookedAt = T0 + 2 * Minute;

    PlanStatus status;
    status.planId = PlanId;
    status.environment = plan.environment;
    PlanItemStatus db = itemStatus(plan.items[0], u"team-data"_s, PlanItemState::Done);
    db.startedAt = T0 + Minute;
    db.finishedAt = T0 + 4 * Minute;
    PlanItemStatus payments
        = itemStatus(plan.items[1], u"team-payments"_s, PlanItemState::Deploying);
    payments.weight = 25;
    payments.stateSentence = u"Rolling out: 25 % of traffic on 5.3.0"_s;
    PlanItemStatus orders = itemStatus(plan.items[2], u"team-orders"_s, PlanItemState::RolledBack);
    orders.stateSentence = u"Rolled back: error rate over 1 %"_s;
    orders.blocksConsumers = {u"checkout"_s, u"web"_s};
    PlanItemStatus checkout
        = itemStatus(plan.items[3], u"team-checkout"_s, PlanItemState::NotStarted);
    checkout.blocked = true;
    checkout.reasons = {
        {BlockedReason::Kind::PipelineRed, QString(), u"checkout's pipeline is red since 14:02"_s},
        {BlockedReason::Kind::WaitingForProvider, u"orders"_s,
         u"waits for orders, which rolled back"_s}};
    PlanItemStatus legacy = itemStatus(plan.items[4], QString(), PlanItemState::NotStarted);
    legacy.inCatalog = false;
    status.items = {db, payments, orders, checkout, legacy};
    PlanWaveStatus wave1;
    wave1.number = 1;
    wave1.services = {u"postgres-orders"_s};
    wave1.state = PlanWaveStatus::State::Done;
    wave1.sentence = u"Done"_s;
    wave1.startedAt = T0 + Minute;
    wave1.finishedAt = T0 + 4 * Minute;
    PlanWaveStatus wave2;
    wave2.number = 2;
    wave2.services = {u"payments"_s, u"orders"_s};
    wave2.state = PlanWaveStatus::State::Held;
    wave2.sentence = u"Held: orders rolled back"_s;
    PlanWaveStatus wave3;
    wave3.number = 3;
    wave3.services = {u"checkout"_s};
    wave3.state = PlanWaveStatus::State::Held;
    wave3.sentence = u"Held: wave 2 is not healthy (orders rolled back)"_s;
    status.waves = {wave1, wave2, wave3};
    status.doneCount = 1;
    status.failedCount = 1;
    status.blockedCount = 1;

    board.plans = {plan};
    board.statuses = {status};
    board.sinceLastLook.insert(PlanId, {{u"orders"_s, u"orders rolled back at 14:07"_s}});
    return board;
}

QStringList rowTexts(const QTreeWidgetItem *item)
{
    QStringList texts;
    for (int c = 0; c < item->columnCount(); ++c)
        texts << item->text(c);
    return texts;
}

} // namespace

class TestPlansPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlansPanel> m_panel;

    void showPanel(PlanBoard board)
    {
        m_panel = std::make_unique<PlansPanel>();
        m_panel->setAuthor(u"ana"_s);
        m_panel->setBoard(std::make_shared<const PlanBoard>(std::move(board)));
        // Edit › Undo, as the main window gives it.
        QAction *undo = m_panel->undoStack()->createUndoAction(m_panel.get());
        undo->setShortcut(QKeySequence::Undo);
        undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_panel->addAction(undo);
        m_panel->resize(1100, 700);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->planList()->setFocus();
    }

    static QWidget *focused() { return QApplication::focusWidget(); }

private Q_SLOTS:
    void cleanup() { m_panel.reset(); }

    void emptyStatesSayWhatToDo()
    {
        PlansPanel panel;
        QCOMPARE(panel.emptyLabel()->text(), u"Open a workspace to plan releases."_s);
        QVERIFY(!panel.newPlanAction()->isEnabled());
        panel.setBoard(std::make_shared<const PlanBoard>(emptyBoard()));
        QVERIFY(panel.emptyLabel()->text().startsWith(
            u"No release plans yet. Press Ctrl+Shift+N to start one from the 3 pending change"_s));
        QVERIFY(panel.newPlanAction()->isEnabled());
        QVERIFY(!panel.addServiceAction()->isEnabled());
    }

    void aNewPlanIsBuiltWithTheKeyboard()
    {
        showPanel(emptyBoard());
        QSignalSpy created(m_panel.get(), &PlansPanel::createPlanRequested);
        QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        NewPlanDialog *dialog = m_panel->newPlanDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->environmentBox()->currentText(), u"production"_s);
        QTableWidget *table = dialog->changesView();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 2)->text(), u"5.2.1 → 5.3.0"_s);
        QCOMPARE(table->item(1, 6)->text(), u"checkout's pipeline is red since 14:02"_s);
        QCOMPARE(table->item(2, 2)->text(), u"not deployed → 1.1.0"_s);
        QVERIFY(!dialog->okButton()->isEnabled()); // no name yet

        // The name field has the focus; the changes table is one mnemonic away.
        QTRY_COMPARE(focused(), dialog->nameField());
        QTest::keyClicks(focused(), u"Week 48"_s);
        QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
        QCOMPARE(focused(), table);
        // checkout is red: leave it out.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(1, 0)->checkState(), Qt::Unchecked);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(1, 0)->checkState(), Qt::Checked);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(1, 0)->checkState(), Qt::Unchecked);

        // orders is not pending: added by hand with its version.
        QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(dialog->addServiceDialog()); // a button's mnemonic clicks it a moment later
        PlanServiceDialog *add = dialog->addServiceDialog();
        QVERIFY(QTest::qWaitForWindowActive(add));
        QTRY_COMPARE(focused(), add->serviceBox());
        QTest::keyClicks(focused(), u"or"_s);
        QCOMPARE(add->service(), u"orders"_s);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), add->versionField());
        QTest::keyClicks(focused(), u"7.0.1"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->addServiceDialog());
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(3, 0)->text(), u"orders (added by hand)"_s);
        QCOMPARE(table->item(3, 0)->checkState(), Qt::Checked);

        QVERIFY(dialog->okButton()->isEnabled());
        // A window manager gives the activation back to the dialog; the offscreen platform does
        // not.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(focused(), table);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QCOMPARE(created.size(), 1);
        QTRY_VERIFY(!m_panel->newPlanDialog());

        const auto draft = created.at(0).at(0).value<ReleasePlan>();
        ReleasePlan expected;
        expected.name = u"Week 48"_s;
        expected.environment = u"production"_s;
        PlanItem payments;
        payments.service = u"payments"_s;
        payments.version = u"5.3.0"_s;
        payments.currentVersion = u"5.2.1"_s;
        payments.commitRange = u"1a2b3c4..5d6e7f8"_s;
        payments.author = u"Ana Lima"_s;
        PlanItem search;
        search.service = u"search"_s;
        search.version = u"1.1.0"_s;
        search.author = u"Ana Lima"_s;
        PlanItem orders;
        orders.service = u"orders"_s;
        orders.version = u"7.0.1"_s;
        orders.manual = true;
        expected.items = {payments, search, orders};
        QCOMPARE(draft, expected);
    }

    void ctrlAChecksEveryChangeAndTheEnvironmentPicksTheList()
    {
        auto board = std::make_shared<const PlanBoard>(emptyBoard());
        NewPlanDialog dialog(board);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableWidget *table = dialog.changesView();
        for (int row = 0; row < 3; ++row)
            table->item(row, 0)->setCheckState(Qt::Unchecked);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table->item(row, 0)->checkState(), Qt::Checked);
        dialog.environmentBox()->setCurrentText(u"staging"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"cart"_s);
        QCOMPARE(dialog.draft().environment, u"staging"_s);
    }

    void theWavesShowWhereEachServiceStands()
    {
        showPanel(boardWithPlan());
        QCOMPARE(m_panel->currentPlanId(), PlanId);
        QCOMPARE(m_panel->planList()->count(), 2); // "Open", then the plan
        QCOMPARE(m_panel->planList()->item(1)->text(),
                 u"Week 48 •\nproduction · 1 of 5 done, 1 failed"_s);
        QVERIFY(m_panel->changesBox()->isVisible());
        QCOMPARE(m_panel->changesView()->item(0)->text(), u"orders rolled back at 14:07"_s);

        QTreeWidget *waves = m_panel->wavesView();
        QCOMPARE(waves->topLevelItemCount(), 4);
        const QTreeWidgetItem *wave1 = waves->topLevelItem(0);
        QCOMPARE(rowTexts(wave1),
                 (QStringList {u"Wave 1"_s, u"Done"_s, QString(), QString(),
                               u"Done · took 3 min 00 s"_s}));
        QCOMPARE(
            rowTexts(wave1->child(0)),
            (QStringList {u"postgres-orders"_s, u"Done"_s, u"16.2"_s, u"team-data"_s, QString()}));
        const QTreeWidgetItem *wave2 = waves->topLevelItem(1);
        QCOMPARE(rowTexts(wave2),
                 (QStringList {u"Wave 2"_s, u"Held"_s, QString(), QString(),
                               u"Held: orders rolled back"_s}));
        QCOMPARE(rowTexts(wave2->child(0)),
                 (QStringList {u"payments"_s, u"Deploying, 25 %"_s, u"5.3.0"_s, u"team-payments"_s,
                               u"Rolling out: 25 % of traffic on 5.3.0"_s}));
        QCOMPARE(rowTexts(wave2->child(1)),
                 (QStringList {u"orders"_s, u"Rolled back"_s, u"7.0.1"_s, u"team-orders"_s,
                               u"Rolled back: error rate over 1 % · blocks: checkout, web"_s}));
        const QTreeWidgetItem *checkout = waves->topLevelItem(2)->child(0);
        QCOMPARE(checkout->text(1), u"Not started"_s);
        QCOMPARE(checkout->text(4), u"blocked"_s);
        QCOMPARE(checkout->childCount(), 2);
        QCOMPARE(checkout->child(0)->text(4), u"checkout's pipeline is red since 14:02"_s);
        QCOMPARE(checkout->child(1)->text(4), u"waits for orders, which rolled back"_s);
        const QTreeWidgetItem *unplaced = waves->topLevelItem(3);
        QCOMPARE(unplaced->text(0), u"Not in a wave"_s);
        QCOMPARE(unplaced->child(0)->text(0), u"legacy-auth (not in the catalog)"_s);

        QCOMPARE(m_panel->notesView()->topLevelItemCount(), 1);
        const QTreeWidgetItem *note = m_panel->notesView()->topLevelItem(0);
        QCOMPARE(note->text(1), u"ana"_s);
        QCOMPARE(note->text(2), u"Approval"_s);
        QCOMPARE(note->text(3), u"plan"_s);
        QCOMPARE(note->text(4), u"CAB approved, ticket CHG-1234"_s);
        // The activity log, newest first.
        QCOMPARE(m_panel->activityView()->topLevelItem(0)->text(1), u"orders"_s);
        QCOMPARE(m_panel->activityView()->topLevelItem(0)->text(2), u"orders rolled back"_s);
        QCOMPARE(m_panel->activityView()->topLevelItem(1)->text(2), u"Plan created (ana)"_s);
    }

    void aNoteIsAddedAndUndoneByItsId()
    {
        showPanel(boardWithPlan());
        QSignalSpy added(m_panel.get(), &PlansPanel::addNoteRequested);
        QSignalSpy removed(m_panel.get(), &PlansPanel::removeNoteRequested);
        // Alt+T brings the notes to the front, Alt+O goes to the note field.
        QTest::keyClick(focused(), Qt::Key_T, Qt::AltModifier);
        QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(focused(), m_panel->noteField());
        QTest::keyClicks(focused(), u"Freeze overridden: payments fix"_s);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), PlanId);
        const auto note = added.at(0).at(1).value<PlanNote>();
        QCOMPARE(note.text, u"Freeze overridden: payments fix"_s);
        QCOMPARE(note.author, u"ana"_s);
        QCOMPARE(note.service, QString());
        QCOMPARE(note.kind, PlanNoteKind::Note);
        QVERIFY(note.at != NoTime);
        QVERIFY(m_panel->noteField()->text().isEmpty());

        // The store gives the note id 42; a board with it comes back.
        PlanBoard next = boardWithPlan();
        PlanNote stored = note;
        stored.id = 42;
        next.plans[0].notes.append(stored);
        m_panel->setBoard(std::make_shared<const PlanBoard>(next));
        QCOMPARE(m_panel->notesView()->topLevelItemCount(), 2);

        // Ctrl+Z in the note field undoes typing there: the plan's undo is one Shift+Tab away.
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focused(), m_panel->noteServiceBox());
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), PlanId);
        QCOMPARE(removed.at(0).at(1).toLongLong(), 42);
    }

    void undoOfANoteWaitsForItsId()
    {
        showPanel(boardWithPlan());
        QSignalSpy added(m_panel.get(), &PlansPanel::addNoteRequested);
        QSignalSpy removed(m_panel.get(), &PlansPanel::removeNoteRequested);
        QTest::keyClick(focused(), Qt::Key_T, Qt::AltModifier);
        QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(focused(), m_panel->noteField());
        QTest::keyClicks(focused(), u"Go after lunch"_s);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(added.size(), 1);
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(removed.size(), 0); // not stored yet
        // The app signed and timed it itself: found as the new note with that text.
        PlanBoard next = boardWithPlan();
        PlanNote stored;
        stored.id = 43;
        stored.at = T0 + 9 * Minute;
        stored.author = u"someone"_s;
        stored.text = u"Go after lunch"_s;
        next.plans[0].notes.append(stored);
        m_panel->setBoard(std::make_shared<const PlanBoard>(next));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toLongLong(), 43);
    }

    void deleteRemovesAServiceAndUndoBringsItBack()
    {
        showPanel(boardWithPlan());
        QSignalSpy removed(m_panel.get(), &PlansPanel::removeItemRequested);
        QSignalSpy added(m_panel.get(), &PlansPanel::addItemRequested);
        QSignalSpy activated(m_panel.get(), &PlansPanel::serviceActivated);
        QTreeWidget *waves = m_panel->wavesView();
        waves->setFocus();
        QCOMPARE(m_panel->currentWave(), 1);
        QTest::keyClick(waves, Qt::Key_Down); // postgres-orders
        QTest::keyClick(waves, Qt::Key_Down); // wave 2
        QTest::keyClick(waves, Qt::Key_Down); // payments
        QCOMPARE(m_panel->currentService(), u"payments"_s);
        QTest::keyClick(waves, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"payments"_s);

        QTest::keyClick(waves, Qt::Key_Delete);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), PlanId);
        QCOMPARE(removed.at(0).at(1).toString(), u"payments"_s);
        QTest::keyClick(waves, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), PlanId);
        QCOMPARE(added.at(0).at(1).value<PlanItem>(), m_panel->currentPlan()->items.at(1));
        m_panel->undoStack()->redo();
        QCOMPARE(removed.size(), 2);

        // A wave row is not a service: Delete does nothing there.
        QTest::keyClick(waves, Qt::Key_Up);
        QCOMPARE(m_panel->currentService(), QString());
        QTest::keyClick(waves, Qt::Key_Delete);
        QCOMPARE(removed.size(), 2);
    }

    void insertAddsAServiceByHand()
    {
        showPanel(boardWithPlan());
        QSignalSpy added(m_panel.get(), &PlansPanel::addItemRequested);
        QTest::keyClick(focused(), Qt::Key_Insert);
        PlanServiceDialog *dialog = m_panel->addServiceDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(focused(), dialog->serviceBox());
        // Services already in the plan are not offered; search is pending, so its version is.
        QCOMPARE(dialog->serviceBox()->count(), 2);
        QTest::keyClicks(focused(), u"se"_s);
        QCOMPARE(dialog->version(), u"1.1.0"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(added.size(), 1);
        const auto item = added.at(0).at(1).value<PlanItem>();
        QCOMPARE(item.service, u"search"_s);
        QCOMPARE(item.version, u"1.1.0"_s);
        QCOMPARE(item.manual, false);
        QCOMPARE(item.author, u"Ana Lima"_s);
        QSignalSpy removed(m_panel.get(), &PlansPanel::removeItemRequested);
        m_panel->undoStack()->undo();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toString(), u"search"_s);
    }

    void finishingAndMarkingSeenGoOut()
    {
        showPanel(boardWithPlan());
        QSignalSpy finished(m_panel.get(), &PlansPanel::finishRequested);
        QSignalSpy looked(m_panel.get(), &PlansPanel::lookedAt);
        QCOMPARE(m_panel->finishAction()->text(), u"&Finish Plan"_s);
        m_panel->finishAction()->trigger();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), PlanId);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        m_panel->undoStack()->undo();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toBool(), false);

        m_panel->markSeenAction()->trigger();
        QCOMPARE(looked.size(), 1);
        QCOMPARE(looked.at(0).at(0).toLongLong(), PlanId);
        const auto seen = looked.at(0).at(1).value<QList<PlanItemSeen>>();
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.at(1).service, u"payments"_s);
        QCOMPARE(seen.at(1).state, PlanItemState::Deploying);
        QCOMPARE(seen.at(1).weight, 25);
        QCOMPARE(seen.at(3).blocked, true);
    }

    void switchingPlansMarksTheOneLeftSeen()
    {
        PlanBoard board = boardWithPlan();
        ReleasePlan finished = board.plans.at(0);
        finished.id = 3;
        finished.name = u"Week 46"_s;
        finished.finishedAt = T0 - Minute;
        // What the items recorded is all a finished plan keeps of its waves' times.
        finished.items[0].startedAt = T0 - 40 * Minute;
        finished.items[0].finishedAt = T0 - 30 * Minute;
        board.plans.append(finished);
        PlanStatus status = board.statuses.at(0);
        status.planId = 3;
        board.statuses.append(status);
        showPanel(board);
        QSignalSpy looked(m_panel.get(), &PlansPanel::lookedAt);
        QCOMPARE(m_panel->planList()->count(), 4); // Open, Week 48, Finished, Week 46
        QCOMPARE(m_panel->planList()->item(2)->text(), u"Finished"_s);
        m_panel->planList()->setFocus();
        QTest::keyClick(m_panel->planList(), Qt::Key_Down);
        QCOMPARE(m_panel->currentPlanId(), 3);
        QCOMPARE(looked.size(), 1);
        QCOMPARE(looked.at(0).at(0).toLongLong(), PlanId);
        QCOMPARE(m_panel->finishAction()->text(), u"Re&open Plan"_s);
        QCOMPARE(m_panel->wavesView()->topLevelItem(0)->text(4), u"Done · took 10 min 00 s"_s);
        QVERIFY(!m_panel->addServiceAction()->isEnabled());
    }
};

QTEST_MAIN(TestPlansPanel)
#include "tst_planspanel.moc"
