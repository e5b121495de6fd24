#pragma once

#include "analysis/plantracking.h"

#include <QWidget>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace Signalbox {

class NewPlanDialog;
class PlanServiceDialog;

// The Plans page: the release plans (open ones, then finished ones) and the selected plan's
// waves, notes, activity and what changed since the person last looked. It shows one PlanBoard
// at a time, computed off the GUI thread and handed in whole. Every edit goes out as a signal
// through the panel's undo stack; the app writes it to the store and a new board comes back.
class PlansPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlansPanel(QWidget *parent = nullptr);
    ~PlansPanel() override;

    // Null: no workspace is open.
    void setBoard(PlanBoardPtr board);
    PlanBoardPtr board() const { return m_board; }
    void setBusy(bool busy);
    void setError(const QString &message);
    // Another workspace: no undo history, no notes awaited.
    void resetEdits();
    // The person's name as notes are signed with (the OS user); empty: the app signs them.
    void setAuthor(const QString &author) { m_author = author; }

    qint64 currentPlanId() const;
    bool selectPlan(qint64 planId);
    const ReleasePlan *currentPlan() const;
    const PlanStatus *currentStatus() const;
    // The wave the current row of the waves tree belongs to; 0 when none.
    int currentWave() const;
    // The service of the current row of the waves tree; empty when a wave row is current.
    QString currentService() const;

    QUndoStack *undoStack() const { return m_undo; }
    QListWidget *planList() const { return m_planList; }
    QTreeWidget *wavesView() const { return m_waves; }
    QTreeWidget *notesView() const { return m_notes; }
    QTreeWidget *activityView() const { return m_activity; }
    QListWidget *changesView() const { return m_changes; }
    QGroupBox *changesBox() const { return m_changesBox; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *emptyLabel() const { return m_empty; }
    QComboBox *noteKindBox() const { return m_noteKind; }
    QComboBox *noteServiceBox() const { return m_noteService; }
    QLineEdit *noteField() const { return m_noteText; }
    // The New Plan dialog while it is open (it is window-modal, not blocking).
    NewPlanDialog *newPlanDialog() const { return m_newPlanDialog; }
    PlanServiceDialog *addServiceDialog() const { return m_addServiceDialog; }

    QAction *newPlanAction() const { return m_newPlan; }
    QAction *addServiceAction() const { return m_addService; }
    QAction *removeServiceAction() const { return m_remove; }
    QAction *markSeenAction() const { return m_markSeen; }
    QAction *finishAction() const { return m_finish; }
    // Connected by connectPlanExports (planexport.h); hidden until then.
    QAction *exportMarkdownAction() const { return m_exportMarkdown; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *copyWaveAction() const { return m_copyWave; }

    // What the actions do.
    void newPlan();
    void addServiceToPlan();
    void removeCurrentService();
    void addNote();
    void markSeen();
    void toggleFinished();

    // The undo stack's commands send their edits through these; public for the commands only.
    void sendAddItem(qint64 planId, const PlanItem &item);
    void sendRemoveItem(qint64 planId, const QString &service);
    void sendAddNote(qint64 planId, const PlanNote &note);
    // Removes the note once its id is known: now when the board has it, else when a board
    // bringing it arrives.
    void sendRemoveNote(qint64 planId, const PlanNote &note, const QList<qint64> &idsBefore);
    void sendFinish(qint64 planId, bool finished);

    // Translated words for the view and the exports.
    static QString stateText(PlanItemState state, int weight = -1);
    static QString noteKindText(PlanNoteKind kind);

Q_SIGNALS:
    // The draft has a name, an environment and items; the app fills in who and when.
    void createPlanRequested(const Signalbox::ReleasePlan &draft);
    void addItemRequested(qint64 planId, const Signalbox::PlanItem &item);
    void removeItemRequested(qint64 planId, const QString &service);
    // `at` and `author` are set when the panel knows them (setAuthor); the app keeps them.
    void addNoteRequested(qint64 planId, const Signalbox::PlanNote &note);
    void removeNoteRequested(qint64 planId, qint64 noteId);
    void finishRequested(qint64 planId, bool finished);
    void lookedAt(qint64 planId, const QList<Signalbox::PlanItemSeen> &seen);
    // Return on a service: the app shows it in the graph.
    void serviceActivated(const QString &name);
    void exportFailed(const QString &message);
    void exported(const QString &path);

private:
    struct AwaitedNote
    {
        qint64 planId = 0;
        PlanNote note;
        QList<qint64> idsBefore;
    };

    void showPlanList();
    void showCurrentPlan();
    void showHeader(const ReleasePlan &plan, const PlanStatus *status);
    void showChanges(const ReleasePlan &plan);
    void showWaves(const ReleasePlan &plan, const PlanStatus *status);
    void showNotes(const ReleasePlan &plan);
    void showActivity(const ReleasePlan &plan);
    void currentPlanChanged();
    void lookAt(qint64 planId);
    void updateActions();
    void resolveAwaitedNotes();
    qint64 findNoteId(const AwaitedNote &awaited) const;
    const PlanStatus *statusOf(qint64 planId) const;
    const ReleasePlan *planOf(qint64 planId) const;
    bool event(QEvent *event) override;

    PlanBoardPtr m_board;
    QUndoStack *m_undo;
    QString m_author;
    qint64 m_shownPlanId = 0;
    QList<AwaitedNote> m_awaitedNotes;

    QLabel *m_status;
    QProgressBar *m_busy;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QListWidget *m_planList;
    QLabel *m_header;
    QGroupBox *m_changesBox;
    QListWidget *m_changes;
    QTreeWidget *m_waves;
    QTreeWidget *m_notes;
    QComboBox *m_noteKind;
    QComboBox *m_noteService;
    QLineEdit *m_noteText;
    QTreeWidget *m_activity;
    NewPlanDialog *m_newPlanDialog = nullptr;
    PlanServiceDialog *m_addServiceDialog = nullptr;

    QAction *m_newPlan;
    QAction *m_addService;
    QAction *m_remove;
    QAction *m_markSeen;
    QAction *m_finish;
    QAction *m_addNote;
    QAction *m_exportMarkdown;
    QAction *m_exportPdf;
    QAction *m_copyWave;
};

} // namespace Signalbox
