#pragma once

#include "entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// A release plan: the services a release manager ships together to one environment, the notes and
// decisions around it, and the log of how it went. Plans are user data: they name services and
// never refer to a source's rows, so no sync, sweep or cache rebuild removes them.
namespace Signalbox {

// Where one service of a plan stands, as the deployments and rollouts of the target environment
// show it. The numbers are stored.
enum class PlanItemState { NotStarted = 0, Deploying = 1, Done = 2, Failed = 3, RolledBack = 4 };

struct PlanItem
{
    QString service;
    QString version; // what is to run in the plan's environment
    QString currentVersion {}; // what ran there when the item was added; empty: never deployed
    QString commitRange {}; // e.g. "1a2b3c4..5d6e7f8"; empty when not known
    QString author {}; // who wrote the newest commit of the range, when known
    bool manual = false; // added by hand rather than from the pending changes
    QString addedBy {};
    EpochMs addedAt = NoTime;
    // What the tracker last recorded: it writes these, and a log line, whenever they change. A
    // finished plan keeps them, so it still tells how long each wave took after the sources' data
    // is gone.
    PlanItemState state = PlanItemState::NotStarted;
    int weight = -1; // rollout traffic on the new version while Deploying; -1: not known
    int wave = 0; // 1-based; 0: not placed yet
    EpochMs startedAt = NoTime; // when it left NotStarted
    EpochMs finishedAt = NoTime; // when it became Done (or Failed / RolledBack)

    bool operator==(const PlanItem &) const = default;
};

enum class PlanNoteKind { Note = 0, Approval = 1, Override = 2 };

// A note or a decision: on the plan (service empty) or on one of its services.
struct PlanNote
{
    qint64 id = 0; // the store's row id; 0 until stored
    EpochMs at = NoTime;
    QString author;
    QString service; // empty: about the whole plan
    PlanNoteKind kind = PlanNoteKind::Note;
    QString text;

    bool operator==(const PlanNote &) const = default;
};

// One line of the activity log: a state change, an item added or removed, a note, a check that
// changed. Only ever appended.
struct PlanEvent
{
    EpochMs at = NoTime;
    QString service; // empty: about the whole plan
    QString text; // a sentence, already in the user's language
    QString author {}; // the person, for edits; empty for what the sources brought

    bool operator==(const PlanEvent &) const = default;
};

// What the person saw of one service the last time they looked at the plan: what "changed since
// the last look" is worked out against.
struct PlanItemSeen
{
    QString service;
    PlanItemState state = PlanItemState::NotStarted;
    int weight = -1;
    int wave = 0;
    bool blocked = false;
    QStringList reasons; // the blocked reasons' sentences
    // Each blocked reason as "kind|otherService", matching `reasons` one to one: lets a reason
    // that went away be explained ("its contract with checkout was verified at 14:02").
    QStringList reasonKeys {};

    bool operator==(const PlanItemSeen &) const = default;
};

struct ReleasePlan
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString environment;
    EpochMs createdAt = NoTime;
    QString createdBy;
    EpochMs finishedAt = NoTime; // NoTime: still open
    QList<PlanItem> items; // in the order they were added
    QList<PlanNote> notes; // oldest first
    QList<PlanEvent> events; // oldest first
    // The check as the tracker last wrote it (to log what changed) and as the person last saw it
    // (to show what changed since); empty: never checked / never looked at.
    QList<PlanItemSeen> lastCheck;
    EpochMs lastLookedAt = NoTime;
    QList<PlanItemSeen> lastLook;

    bool isOpen() const { return finishedAt == NoTime; }
    const PlanItem *item(const QString &service) const
    {
        for (const PlanItem &i : items) {
            if (i.service == service)
                return &i;
        }
        return nullptr;
    }
    bool operator==(const ReleasePlan &) const = default;
};

// A plan as a list shows it, without its notes and log.
struct ReleasePlanSummary
{
    qint64 id = 0;
    QString name;
    QString environment;
    EpochMs createdAt = NoTime;
    QString createdBy;
    EpochMs finishedAt = NoTime;
    int itemCount = 0;
    int doneCount = 0;
    int failedCount = 0; // failed or rolled back

    bool isOpen() const { return finishedAt == NoTime; }
    bool operator==(const ReleasePlanSummary &) const = default;
};

} // namespace Signalbox
