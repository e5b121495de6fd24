#include "planreport.h"

#include "domain/timeformat.h"
#include "domain/tr.h"
#include "report/teamleadmarkdown.h"

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// The status is looked up here rather than through PlanStatus::item so that the export depends
// on nothing but the data it is handed.
const PlanItemStatus *statusOf(const PlanStatus &status, const QString &service)
{
    for (const PlanItemStatus &item : status.items) {
        if (item.service == service)
            return &item;
    }
    return nullptr;
}

QString stateText(PlanItemState state)
{
    switch (state) {
    case PlanItemState::NotStarted:
        return ModelsTr::tr("not started");
    case PlanItemState::Deploying:
        return ModelsTr::tr("deploying");
    case PlanItemState::Done:
        return ModelsTr::tr("done");
    case PlanItemState::Failed:
        return ModelsTr::tr("failed");
    case PlanItemState::RolledBack:
        return ModelsTr::tr("rolled back");
    }
    return {};
}

QString stateWithWeight(PlanItemState state, int weight)
{
    if (state == PlanItemState::Deploying && weight >= 0)
        return ModelsTr::tr("deploying, %1 %").arg(weight);
    return stateText(state);
}

QString waveStateText(PlanWaveStatus::State state)
{
    switch (state) {
    case PlanWaveStatus::State::Waiting:
        return ModelsTr::tr("Waiting");
    case PlanWaveStatus::State::Released:
        return ModelsTr::tr("Released");
    case PlanWaveStatus::State::InProgress:
        return ModelsTr::tr("In progress");
    case PlanWaveStatus::State::Done:
        return ModelsTr::tr("Done");
    case PlanWaveStatus::State::Held:
        return ModelsTr::tr("Held");
    }
    return {};
}

QString noteKindText(PlanNoteKind kind)
{
    switch (kind) {
    case PlanNoteKind::Note:
        return ModelsTr::tr("note");
    case PlanNoteKind::Approval:
        return ModelsTr::tr("approval");
    case PlanNoteKind::Override:
        return ModelsTr::tr("override");
    }
    return {};
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString serviceCell(const QString &service, const PlanItemStatus *item)
{
    if (item && !item->inCatalog)
        return ModelsTr::tr("%1 (not in the catalog)").arg(service);
    return service;
}

// "2 of 5 done, 1 rolled back, 1 blocked": only the counts that are not zero after the first.
QString statusLine(const PlanStatus &status)
{
    int deploying = 0, failed = 0, rolledBack = 0;
    for (const PlanItemStatus &item : status.items) {
        deploying += item.state == PlanItemState::Deploying ? 1 : 0;
        failed += item.state == PlanItemState::Failed ? 1 : 0;
        rolledBack += item.state == PlanItemState::RolledBack ? 1 : 0;
    }
    QStringList parts {
        ModelsTr::tr("%1 of %2 done").arg(status.doneCount).arg(status.items.size())};
    if (deploying > 0)
        parts.append(ModelsTr::tr("%1 deploying").arg(deploying));
    if (failed > 0)
        parts.append(ModelsTr::tr("%1 failed").arg(failed));
    if (rolledBack > 0)
        parts.append(ModelsTr::tr("%1 rolled back").arg(rolledBack));
    if (status.blockedCount > 0)
        parts.append(ModelsTr::tr("%1 blocked").arg(status.blockedCount));
    return parts.join(ModelsTr::tr(", "));
}

QString waveHeading(const PlanWaveStatus &wave)
{
    const QString sentence = wave.sentence.isEmpty() ? waveStateText(wave.state) : wave.sentence;
    QString heading = ModelsTr::tr("Wave %1 — %2").arg(wave.number).arg(sentence);
    if (wave.durationMs() >= 0)
        heading += u' ' + ModelsTr::tr("(took %1)").arg(formatDuration(wave.durationMs()));
    return heading;
}

QString notesCell(const ReleasePlan &plan, const PlanItemStatus *item, const QString &service)
{
    QStringList parts;
    if (item) {
        if (item->blocked) {
            QStringList reasons;
            for (const BlockedReason &r : item->reasons)
                reasons.append(r.sentence);
            parts.append(reasons.isEmpty()
                             ? ModelsTr::tr("Blocked.")
                             : ModelsTr::tr("Blocked: %1").arg(reasons.join(u"; "_s)));
        }
        if (!item->blocksConsumers.isEmpty())
            parts.append(
                ModelsTr::tr("Now holds back: %1").arg(item->blocksConsumers.join(u", "_s)));
    }
    for (const PlanNote &note : plan.notes) {
        if (note.service == service)
            parts.append(ModelsTr::tr("%1 (%2): %3")
                             .arg(noteKindText(note.kind), orDash(note.author), note.text));
    }
    return parts.isEmpty() ? u"—"_s : parts.join(u" "_s);
}

QString versionCell(const QString &current, const QString &version)
{
    return ModelsTr::tr("%1 → %2").arg(orDash(current), version);
}

ReportBlock servicesTable(const ReleasePlan &plan, const PlanStatus &status,
                          const QStringList &services)
{
    ReportBlock table = ReportBlock::of(ReportBlock::Kind::Table);
    table.header = {ModelsTr::tr("Service"), ModelsTr::tr("Version"), ModelsTr::tr("Owner"),
                    ModelsTr::tr("State"), ModelsTr::tr("Notes")};
    for (const QString &service : services) {
        const PlanItemStatus *item = statusOf(status, service);
        const PlanItem *planned = plan.item(service);
        if (!item && !planned)
            continue;
        const QString version = item ? item->version : planned->version;
        // The plan's record of what ran before is what the release changes; the environment's
        // version of now says the same once the service is deployed.
        const QString current = planned ? planned->currentVersion : item->currentVersion;
        const PlanItemState state = item ? item->state : planned->state;
        const int weight = item ? item->weight : planned->weight;
        table.rows.append({serviceCell(service, item), versionCell(current, version),
                           orDash(item ? item->owner : QString()), stateWithWeight(state, weight),
                           notesCell(plan, item, service)});
    }
    return table;
}

void appendGroups(ReportDocument &doc, const PlanStatus &status)
{
    if (status.groups.isEmpty())
        return;
    doc.append(ReportBlock::of(ReportBlock::Kind::Section, ModelsTr::tr("Deploy together")));
    ReportBlock list = ReportBlock::of(ReportBlock::Kind::List);
    for (const DeployGroup &group : status.groups) {
        QStringList edges;
        for (const Dependency &d : group.cycleEdges)
            edges.append(d.consumer + u" → "_s + d.provider);
        list.items.append({edges.isEmpty()
                               ? group.services.join(u", "_s)
                               : ModelsTr::tr("%1 (cycle: %2)")
                                     .arg(group.services.join(u", "_s), edges.join(u", "_s)),
                           {},
                           {}});
    }
    doc.append(list);
}

void appendNotes(ReportDocument &doc, const ReleasePlan &plan)
{
    doc.append(ReportBlock::of(ReportBlock::Kind::Section, ModelsTr::tr("Notes and decisions")));
    if (plan.notes.isEmpty()) {
        doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph, ModelsTr::tr("No notes.")));
        return;
    }
    ReportBlock table = ReportBlock::of(ReportBlock::Kind::Table);
    table.header = {ModelsTr::tr("Time (UTC)"), ModelsTr::tr("Author"), ModelsTr::tr("Kind"),
                    ModelsTr::tr("Service"), ModelsTr::tr("Text")};
    for (const PlanNote &note : plan.notes) {
        table.rows.append({reportUtcTime(note.at), orDash(note.author), noteKindText(note.kind),
                           note.service.isEmpty() ? ModelsTr::tr("the whole plan") : note.service,
                           note.text});
    }
    doc.append(table);
}

void appendLog(ReportDocument &doc, const ReleasePlan &plan)
{
    doc.append(ReportBlock::of(ReportBlock::Kind::Section, ModelsTr::tr("Activity log")));
    if (plan.events.isEmpty()) {
        doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph, ModelsTr::tr("Nothing yet.")));
        return;
    }
    ReportBlock table = ReportBlock::of(ReportBlock::Kind::Table);
    table.header = {ModelsTr::tr("Time (UTC)"), ModelsTr::tr("Service"), ModelsTr::tr("What"),
                    ModelsTr::tr("By")};
    for (const PlanEvent &event : plan.events) {
        table.rows.append({reportUtcTime(event.at), orDash(event.service), event.text,
                           event.author.isEmpty() ? ModelsTr::tr("the sources") : event.author});
    }
    doc.append(table);
}

} // namespace

ReportDocument planReport(const ReleasePlan &plan, const PlanStatus &status)
{
    ReportDocument doc;
    doc.append(
        ReportBlock::of(ReportBlock::Kind::Title, ModelsTr::tr("Release plan: %1").arg(plan.name)));
    QString made
        = ModelsTr::tr("To %1. Created by %2 on %3 UTC.")
              .arg(plan.environment, orDash(plan.createdBy), reportUtcTime(plan.createdAt));
    if (!plan.isOpen())
        made += u' ' + ModelsTr::tr("Finished %1 UTC.").arg(reportUtcTime(plan.finishedAt));
    doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph, made));
    doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph, statusLine(status)));

    for (const PlanWaveStatus &wave : status.waves) {
        doc.append(ReportBlock::of(ReportBlock::Kind::Section, waveHeading(wave)));
        doc.append(servicesTable(plan, status, wave.services));
    }
    // Services no wave holds (gone from the catalog) would otherwise vanish from the export.
    QStringList unplaced;
    for (const PlanItem &item : plan.items) {
        const bool placed
            = std::any_of(status.waves.cbegin(), status.waves.cend(), [&](const PlanWaveStatus &w) {
                  return w.services.contains(item.service);
              });
        if (!placed)
            unplaced.append(item.service);
    }
    if (!unplaced.isEmpty()) {
        doc.append(ReportBlock::of(ReportBlock::Kind::Section, ModelsTr::tr("In no wave")));
        doc.append(servicesTable(plan, status, unplaced));
    }
    appendGroups(doc, status);
    appendNotes(doc, plan);
    appendLog(doc, plan);
    return doc;
}

QString waveChecklist(const ReleasePlan &plan, const PlanStatus &status, int wave)
{
    const auto found = std::find_if(status.waves.cbegin(), status.waves.cend(),
                                    [&](const PlanWaveStatus &w) { return w.number == wave; });
    if (found == status.waves.cend())
        return {};
    QStringList lines {markdownEscaped(
        ModelsTr::tr("Wave %1 of %2 to %3:").arg(wave).arg(plan.name, plan.environment))};
    for (const QString &service : found->services) {
        const PlanItemStatus *item = statusOf(status, service);
        const PlanItem *planned = plan.item(service);
        if (!item && !planned)
            continue;
        const QString version = item ? item->version : planned->version;
        const PlanItemState state = item ? item->state : planned->state;
        QString line = (state == PlanItemState::Done ? u"- [x] "_s : u"- [ ] "_s)
            + markdownEscaped(serviceCell(service, item) + u' ' + version);
        if (item && !item->owner.isEmpty())
            line += u" ("_s + markdownEscaped(item->owner) + u')';
        QStringList says;
        if (state != PlanItemState::NotStarted && state != PlanItemState::Done)
            says.append(stateWithWeight(state, item ? item->weight : planned->weight));
        if (item && item->blocked) {
            QStringList reasons;
            for (const BlockedReason &r : item->reasons)
                reasons.append(r.sentence);
            says.append(reasons.isEmpty() ? ModelsTr::tr("blocked")
                                          : ModelsTr::tr("blocked: %1").arg(reasons.join(u"; "_s)));
        }
        if (!says.isEmpty())
            line += u" — "_s + markdownEscaped(says.join(u"; "_s));
        lines.append(line);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace Signalbox
