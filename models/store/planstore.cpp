// The release-plan part of the Store: user data, written in transactions and read whole.
#include "store.h"

#include "domain/tr.h"
#include "storeerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Signalbox {

namespace {

using namespace Qt::StringLiterals;

QString seenAsJson(const QList<PlanItemSeen> &seen)
{
    QJsonArray array;
    for (const PlanItemSeen &s : seen) {
        QJsonObject o;
        o.insert(u"service"_s, s.service);
        o.insert(u"state"_s, int(s.state));
        if (s.weight >= 0)
            o.insert(u"weight"_s, s.weight);
        o.insert(u"wave"_s, s.wave);
        if (s.blocked)
            o.insert(u"blocked"_s, true);
        if (!s.reasons.isEmpty())
            o.insert(u"reasons"_s, QJsonArray::fromStringList(s.reasons));
        if (!s.reasonKeys.isEmpty())
            o.insert(u"reasonKeys"_s, QJsonArray::fromStringList(s.reasonKeys));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &v : value.toArray())
        strings.append(v.toString());
    return strings;
}

// A damaged or hand-edited column reads as "never checked": the next check rewrites it, and the
// plan itself (its items, notes and log) is untouched.
QList<PlanItemSeen> seenFromJson(const QString &json)
{
    QList<PlanItemSeen> seen;
    if (json.isEmpty())
        return seen;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        PlanItemSeen s;
        s.service = o.value(u"service"_s).toString();
        if (s.service.isEmpty())
            continue;
        const int state = o.value(u"state"_s).toInt();
        s.state = state >= 0 && state <= int(PlanItemState::RolledBack) ? PlanItemState(state)
                                                                        : PlanItemState::NotStarted;
        s.weight = o.value(u"weight"_s).toInt(-1);
        s.wave = o.value(u"wave"_s).toInt();
        s.blocked = o.value(u"blocked"_s).toBool();
        s.reasons = stringsOf(o.value(u"reasons"_s));
        s.reasonKeys = stringsOf(o.value(u"reasonKeys"_s));
        seen.append(std::move(s));
    }
    return seen;
}

PlanItemState itemStateOf(qint64 stored)
{
    return stored >= 0 && stored <= qint64(PlanItemState::RolledBack) ? PlanItemState(stored)
                                                                      : PlanItemState::NotStarted;
}

PlanNoteKind noteKindOf(qint64 stored)
{
    return stored >= 0 && stored <= qint64(PlanNoteKind::Override) ? PlanNoteKind(stored)
                                                                   : PlanNoteKind::Note;
}

class PlanReadTransaction
{
public:
    explicit PlanReadTransaction(Database &db)
        : m_db(db)
    {
        m_db.exec("BEGIN");
    }
    ~PlanReadTransaction() { m_db.execIgnoringErrors("COMMIT"); }
    PlanReadTransaction(const PlanReadTransaction &) = delete;
    PlanReadTransaction &operator=(const PlanReadTransaction &) = delete;

private:
    Database &m_db;
};

// Every plan the query's ids select, whole. Used for this cache and, on a rebuild, for the file
// set aside.
QList<ReleasePlan> readPlansWhere(Database &db, const char *idQuery, const QString &argument = {})
{
    QList<ReleasePlan> plans;
    QHash<qint64, qsizetype> indexOf;
    {
        const QByteArray sql
            = QByteArray("SELECT id, name, environment, created_at, created_by, finished_at, "
                         "last_check, last_looked_at, last_look FROM release_plans WHERE id IN (")
            + idQuery
            + ") ORDER BY finished_at IS NOT NULL, ifnull(finished_at, 0) DESC, "
              "ifnull(created_at, 0) DESC, id DESC";
        Statement q(db, sql.constData());
        if (!argument.isNull())
            q.bind(1, argument);
        while (q.step()) {
            ReleasePlan plan;
            plan.id = q.int64(0);
            plan.name = q.text(1);
            plan.environment = q.text(2);
            plan.createdAt = q.int64Or(3, NoTime);
            plan.createdBy = q.text(4);
            plan.finishedAt = q.int64Or(5, NoTime);
            plan.lastCheck = seenFromJson(q.text(6));
            plan.lastLookedAt = q.int64Or(7, NoTime);
            plan.lastLook = seenFromJson(q.text(8));
            indexOf.insert(plan.id, plans.size());
            plans.append(std::move(plan));
        }
    }
    if (plans.isEmpty())
        return plans;
    {
        Statement q(db,
                    "SELECT plan_id, service, version, current_version, commit_range, author, "
                    "manual, added_by, added_at, state, weight, wave, started_at, finished_at "
                    "FROM plan_items ORDER BY plan_id, position");
        while (q.step()) {
            const auto at = indexOf.constFind(q.int64(0));
            if (at == indexOf.constEnd())
                continue;
            PlanItem item;
            item.service = q.text(1);
            item.version = q.text(2);
            item.currentVersion = q.text(3);
            item.commitRange = q.text(4);
            item.author = q.text(5);
            item.manual = q.int64(6) != 0;
            item.addedBy = q.text(7);
            item.addedAt = q.int64Or(8, NoTime);
            item.state = itemStateOf(q.int64(9));
            item.weight = int(q.int64Or(10, -1));
            item.wave = int(q.int64(11));
            item.startedAt = q.int64Or(12, NoTime);
            item.finishedAt = q.int64Or(13, NoTime);
            plans[*at].items.append(std::move(item));
        }
    }
    {
        Statement q(db,
                    "SELECT plan_id, id, at, author, service, kind, text FROM plan_notes "
                    "ORDER BY plan_id, ifnull(at, 0), id");
        while (q.step()) {
            const auto at = indexOf.constFind(q.int64(0));
            if (at == indexOf.constEnd())
                continue;
            PlanNote note;
            note.id = q.int64(1);
            note.at = q.int64Or(2, NoTime);
            note.author = q.text(3);
            note.service = q.text(4);
            note.kind = noteKindOf(q.int64(5));
            note.text = q.text(6);
            plans[*at].notes.append(std::move(note));
        }
    }
    {
        Statement q(db,
                    "SELECT plan_id, at, service, text, author FROM plan_events "
                    "ORDER BY plan_id, ifnull(at, 0), id");
        while (q.step()) {
            const auto at = indexOf.constFind(q.int64(0));
            if (at == indexOf.constEnd())
                continue;
            PlanEvent event;
            event.at = q.int64Or(1, NoTime);
            event.service = q.text(2);
            event.text = q.text(3);
            event.author = q.text(4);
            plans[*at].events.append(std::move(event));
        }
    }
    return plans;
}

void insertEvent(Database &db, qint64 planId, const PlanEvent &event)
{
    Statement q(db,
                "INSERT INTO plan_events (plan_id, at, service, text, author) "
                "VALUES (?, ?, ?, ?, ?)");
    q.bind(1, planId).bindOptional(2, event.at, NoTime);
    q.bind(3, event.service.isEmpty() ? QString() : event.service).bind(4, event.text);
    q.bind(5, event.author.isEmpty() ? QString() : event.author).run();
}

void upsertItem(Database &db, qint64 planId, const PlanItem &item)
{
    // A replaced item keeps its place in the plan; a new one goes last.
    Statement q(db,
                "INSERT INTO plan_items (plan_id, position, service, version, current_version, "
                "commit_range, author, manual, added_by, added_at, state, weight, wave, "
                "started_at, finished_at) VALUES (?1, (SELECT ifnull(max(position), 0) + 1 FROM "
                "plan_items WHERE plan_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                "?13, ?14) ON CONFLICT (plan_id, service) DO UPDATE SET version = "
                "excluded.version, current_version = excluded.current_version, commit_range = "
                "excluded.commit_range, author = excluded.author, manual = excluded.manual, "
                "added_by = excluded.added_by, added_at = excluded.added_at, state = "
                "excluded.state, weight = excluded.weight, wave = excluded.wave, started_at = "
                "excluded.started_at, finished_at = excluded.finished_at");
    q.bind(1, planId).bind(2, item.service).bind(3, item.version).bind(4, item.currentVersion);
    q.bind(5, item.commitRange).bind(6, item.author).bind(7, int(item.manual));
    q.bind(8, item.addedBy).bindOptional(9, item.addedAt, NoTime).bind(10, int(item.state));
    q.bindOptional(11, item.weight, -1).bind(12, item.wave);
    q.bindOptional(13, item.startedAt, NoTime).bindOptional(14, item.finishedAt, NoTime).run();
}

qint64 insertNote(Database &db, qint64 planId, const PlanNote &note, bool keepId)
{
    Statement q(db,
                "INSERT INTO plan_notes (id, plan_id, at, author, service, kind, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (keepId && note.id > 0)
        q.bind(1, note.id);
    else
        q.bindNull(1);
    q.bind(2, planId).bindOptional(3, note.at, NoTime).bind(4, note.author);
    q.bind(5, note.service.isEmpty() ? QString() : note.service).bind(6, int(note.kind));
    q.bind(7, note.text).run();
    return db.lastInsertRowId();
}

// Writes a whole plan; keepIds: with the ids it had in another cache file (a rebuild), else new.
qint64 insertPlan(Database &db, const ReleasePlan &plan, bool keepIds)
{
    {
        Statement q(db,
                    "INSERT INTO release_plans (id, name, environment, created_at, created_by, "
                    "finished_at, last_check, last_looked_at, last_look) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (keepIds && plan.id > 0)
            q.bind(1, plan.id);
        else
            q.bindNull(1);
        q.bind(2, plan.name).bind(3, plan.environment).bindOptional(4, plan.createdAt, NoTime);
        q.bind(5, plan.createdBy).bindOptional(6, plan.finishedAt, NoTime);
        q.bind(7, plan.lastCheck.isEmpty() ? QString() : seenAsJson(plan.lastCheck));
        q.bindOptional(8, plan.lastLookedAt, NoTime);
        q.bind(9, plan.lastLook.isEmpty() ? QString() : seenAsJson(plan.lastLook)).run();
    }
    const qint64 id = db.lastInsertRowId();
    for (const PlanItem &item : plan.items)
        upsertItem(db, id, item);
    for (const PlanNote &note : plan.notes)
        insertNote(db, id, note, keepIds);
    for (const PlanEvent &event : plan.events)
        insertEvent(db, id, event);
    return id;
}

void requirePlan(Database &db, qint64 planId)
{
    Statement q(db, "SELECT 1 FROM release_plans WHERE id = ?");
    q.bind(1, planId);
    if (!q.step()) {
        throw StoreError(StoreError::Kind::Failed, db.path(),
                         ModelsTr::tr("there is no release plan with id %1").arg(planId));
    }
}

QString withVersion(const PlanItem &item)
{
    return item.version.isEmpty() ? item.service : item.service + u' ' + item.version;
}

} // namespace

qint64 Store::createPlan(const ReleasePlan &plan)
{
    Transaction transaction(m_db);
    ReleasePlan stored = plan;
    if (stored.events.isEmpty()) {
        stored.events.append({plan.createdAt,
                              {},
                              ModelsTr::tr("Plan created for %1").arg(plan.environment),
                              plan.createdBy});
    }
    const qint64 id = insertPlan(m_db, stored, false);
    transaction.commit();
    return id;
}

QList<ReleasePlan> Store::readPlans()
{
    PlanReadTransaction read(m_db);
    return readPlansWhere(m_db, "SELECT id FROM release_plans");
}

std::optional<ReleasePlan> Store::readPlan(qint64 id)
{
    PlanReadTransaction read(m_db);
    QList<ReleasePlan> plans
        = readPlansWhere(m_db, "SELECT id FROM release_plans WHERE id = ?1", QString::number(id));
    if (plans.isEmpty())
        return std::nullopt;
    return plans.takeFirst();
}

std::optional<ReleasePlan> Store::findPlan(const QString &name)
{
    PlanReadTransaction read(m_db);
    // readPlansWhere orders open plans first, newest first.
    QList<ReleasePlan> plans
        = readPlansWhere(m_db, "SELECT id FROM release_plans WHERE name = ?1", name);
    if (plans.isEmpty())
        return std::nullopt;
    return plans.takeFirst();
}

void Store::addPlanItem(qint64 planId, const PlanItem &item, const QString &author, EpochMs at)
{
    Transaction transaction(m_db);
    requirePlan(m_db, planId);
    bool replacing = false;
    {
        Statement q(m_db, "SELECT 1 FROM plan_items WHERE plan_id = ? AND service = ?");
        q.bind(1, planId).bind(2, item.service);
        replacing = q.step();
    }
    upsertItem(m_db, planId, item);
    insertEvent(m_db, planId,
                {at, item.service,
                 replacing ? ModelsTr::tr("Changed to %1").arg(withVersion(item))
                           : ModelsTr::tr("Added %1").arg(withVersion(item)),
                 author});
    transaction.commit();
}

void Store::removePlanItem(qint64 planId, const QString &service, const QString &author, EpochMs at)
{
    Transaction transaction(m_db);
    Statement q(m_db, "DELETE FROM plan_items WHERE plan_id = ? AND service = ?");
    q.bind(1, planId).bind(2, service).run();
    if (m_db.changes() > 0)
        insertEvent(m_db, planId, {at, service, ModelsTr::tr("Removed from the plan"), author});
    transaction.commit();
}

qint64 Store::addPlanNote(qint64 planId, const PlanNote &note)
{
    Transaction transaction(m_db);
    requirePlan(m_db, planId);
    const qint64 id = insertNote(m_db, planId, note, false);
    QString what;
    switch (note.kind) {
    case PlanNoteKind::Note:
        what = ModelsTr::tr("Note: %1");
        break;
    case PlanNoteKind::Approval:
        what = ModelsTr::tr("Approved: %1");
        break;
    case PlanNoteKind::Override:
        what = ModelsTr::tr("Override: %1");
        break;
    }
    insertEvent(m_db, planId, {note.at, note.service, what.arg(note.text), note.author});
    transaction.commit();
    return id;
}

void Store::removePlanNote(qint64 planId, qint64 noteId, const QString &author, EpochMs at)
{
    Transaction transaction(m_db);
    QString text;
    QString service;
    {
        Statement q(m_db, "SELECT text, service FROM plan_notes WHERE plan_id = ? AND id = ?");
        q.bind(1, planId).bind(2, noteId);
        if (!q.step())
            return; // already gone: nothing to undo, nothing to log
        text = q.text(0);
        service = q.text(1);
    }
    Statement remove(m_db, "DELETE FROM plan_notes WHERE plan_id = ? AND id = ?");
    remove.bind(1, planId).bind(2, noteId).run();
    insertEvent(m_db, planId, {at, service, ModelsTr::tr("Note taken back: %1").arg(text), author});
    transaction.commit();
}

void Store::writePlanCheck(const ReleasePlan &plan, const QList<PlanEvent> &events)
{
    Transaction transaction(m_db);
    requirePlan(m_db, plan.id);
    Statement item(m_db,
                   "UPDATE plan_items SET state = ?, weight = ?, wave = ?, started_at = ?, "
                   "finished_at = ? WHERE plan_id = ? AND service = ?");
    for (const PlanItem &i : plan.items) {
        item.bind(1, int(i.state)).bindOptional(2, i.weight, -1).bind(3, i.wave);
        item.bindOptional(4, i.startedAt, NoTime).bindOptional(5, i.finishedAt, NoTime);
        item.bind(6, plan.id).bind(7, i.service).run();
    }
    Statement q(m_db, "UPDATE release_plans SET last_check = ?, finished_at = ? WHERE id = ?");
    q.bind(1, plan.lastCheck.isEmpty() ? QString() : seenAsJson(plan.lastCheck));
    q.bindOptional(2, plan.finishedAt, NoTime).bind(3, plan.id).run();
    for (const PlanEvent &event : events)
        insertEvent(m_db, plan.id, event);
    transaction.commit();
}

void Store::recordPlanLook(qint64 planId, EpochMs at, const QList<PlanItemSeen> &seen)
{
    Statement q(m_db, "UPDATE release_plans SET last_looked_at = ?, last_look = ? WHERE id = ?");
    q.bindOptional(1, at, NoTime).bind(2, seenAsJson(seen)).bind(3, planId).run();
}

void Store::setPlanFinished(qint64 planId, EpochMs at, const QString &author)
{
    Transaction transaction(m_db);
    requirePlan(m_db, planId);
    Statement q(m_db, "UPDATE release_plans SET finished_at = ? WHERE id = ?");
    q.bindOptional(1, at, NoTime).bind(2, planId).run();
    const EpochMs when = at != NoTime ? at : QDateTime::currentMSecsSinceEpoch();
    insertEvent(m_db, planId,
                {when,
                 {},
                 at != NoTime ? ModelsTr::tr("Plan finished") : ModelsTr::tr("Plan reopened"),
                 author});
    transaction.commit();
}

QHash<QString, QString> Store::commitAuthors(const QStringList &shas)
{
    QHash<QString, QString> authors;
    Statement q(m_db,
                "SELECT author_name FROM git_commits WHERE sha >= ?1 AND sha < ?1 || 'g' "
                "AND author_name IS NOT NULL LIMIT 1");
    for (const QString &sha : shas) {
        if (sha.size() < 7 || authors.contains(sha))
            continue;
        // SHAs are lower-case hex: every full SHA starting with the prefix sorts in [prefix,
        // prefix + 'g'), a range the index on sha serves.
        q.bind(1, sha.toLower());
        if (q.step())
            authors.insert(sha, q.text(0));
        q.reset();
    }
    return authors;
}

int Store::carryOverPlans(Database &previous)
{
    {
        Statement exists(previous,
                         "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                         "AND name = 'release_plans'");
        if (!exists.step())
            return 0;
    }
    const QList<ReleasePlan> plans = readPlansWhere(previous, "SELECT id FROM release_plans");
    for (const ReleasePlan &plan : plans)
        insertPlan(m_db, plan, true);
    return int(plans.size());
}

} // namespace Signalbox
