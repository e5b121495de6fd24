#include "teamleadmarkdown.h"

#include "domain/timeformat.h"
#include "domain/tr.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QString notEnoughData()
{
    return ModelsTr::tr("not enough data");
}

QString valueWithLevel(const QString &value, DoraLevel level)
{
    return ModelsTr::tr("%1 (%2)").arg(value, displayName(level));
}

QString frequencyCell(const DeploymentFrequency &f)
{
    if (f.bucket == FrequencyBucket::NotEnoughData)
        return notEnoughData();
    return valueWithLevel(
        ModelsTr::tr("%1, %n deployment(s)", nullptr, f.deployments).arg(displayName(f.bucket)),
        f.level);
}

QString leadTimeCell(const LeadTime &l)
{
    if (l.medianMs < 0)
        return notEnoughData();
    return valueWithLevel(formatDuration(l.medianMs), l.level);
}

QString failureRateCell(const ChangeFailureRate &c)
{
    if (c.rate < 0)
        return notEnoughData();
    return valueWithLevel(ModelsTr::tr("%1 %, %2 of %3")
                              .arg(QString::number(qRound(c.rate * 100)))
                              .arg(c.failed)
                              .arg(c.deployments),
                          c.level);
}

QString restoreCell(const TimeToRestore &r)
{
    const QString measured
        = r.medianMs < 0 ? notEnoughData() : valueWithLevel(formatDuration(r.medianMs), r.level);
    if (r.open == 0)
        return measured;
    return ModelsTr::tr("%1, %n still open", nullptr, r.open).arg(measured);
}

QStringList doraRow(const QString &who, const DoraMetrics &m)
{
    return {who, frequencyCell(m.frequency), leadTimeCell(m.leadTime),
            failureRateCell(m.changeFailure), restoreCell(m.restore)};
}

QString durationCell(qint64 ms)
{
    return ms < 0 ? notEnoughData() : formatDuration(ms);
}

QString queueCell(const DurationDistribution &queue)
{
    return queue.isEmpty() ? ModelsTr::tr("no queue data") : formatDuration(queue.p50Ms);
}

bool isOverridden(const ChecklistItem &item)
{
    return item.override && !item.override->cleared;
}

QString answerCell(const ChecklistItem &item)
{
    if (!isOverridden(item))
        return displayName(item.computed);
    return ModelsTr::tr("%1 (computed: %2)")
        .arg(displayName(item.override->answer), displayName(item.computed));
}

QString overrideCell(const ChecklistItem &item)
{
    if (!isOverridden(item))
        return u"—"_s;
    const QString who
        = item.override->author.isEmpty() ? ModelsTr::tr("someone") : item.override->author;
    if (item.override->note.isEmpty())
        return ModelsTr::tr("%1 on %2").arg(who, reportUtcTime(item.override->decidedAt));
    return ModelsTr::tr("%1 on %2: %3")
        .arg(who, reportUtcTime(item.override->decidedAt), item.override->note);
}

ReportListItem evidenceItem(const ChecklistEvidence &e)
{
    // The checklist's sentences mostly name their service already ("orders: median build …").
    const bool named = e.service.isEmpty() || e.text.startsWith(e.service + u':')
        || e.text.startsWith(e.service + u' ');
    QString text = named ? e.text : ModelsTr::tr("%1: %2").arg(e.service, e.text);
    if (e.at != NoTime)
        text = ModelsTr::tr("%1 · %2").arg(reportUtcTime(e.at), text);
    return {text, e.url, e.url.isEmpty() ? QString() : ModelsTr::tr("open")};
}

void appendChecklist(ReportDocument &doc, const Checklist &checklist)
{
    doc.append(ReportBlock::of(ReportBlock::Kind::Section,
                               ModelsTr::tr("Is your pipeline the bottleneck?")));
    doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph, verdictSentence(checklist)));

    ReportBlock table = ReportBlock::of(ReportBlock::Kind::Table);
    table.header = {ModelsTr::tr("#"), ModelsTr::tr("Question"), ModelsTr::tr("Answer"),
                    ModelsTr::tr("Overridden by"), ModelsTr::tr("Summary")};
    for (const ChecklistItem &item : checklist.items) {
        table.rows.append({QString::number(int(item.question)), questionText(item.question),
                           answerCell(item), overrideCell(item), item.summary});
    }
    doc.append(table);

    for (const ChecklistItem &item : checklist.items) {
        doc.append(ReportBlock::of(
            ReportBlock::Kind::Subsection,
            ModelsTr::tr("%1. %2").arg(int(item.question)).arg(questionText(item.question))));
        doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph,
                                   item.services.isEmpty()
                                       ? ModelsTr::tr("No services to look at.")
                                       : ModelsTr::tr("Services to look at: %1.")
                                             .arg(item.services.join(ModelsTr::tr(", ")))));
        if (item.evidence.isEmpty())
            continue;
        ReportBlock list = ReportBlock::of(ReportBlock::Kind::List);
        for (const ChecklistEvidence &e :
             item.evidence.first(qMin<qsizetype>(item.evidence.size(), ReportEvidencePerQuestion)))
            list.items.append(evidenceItem(e));
        doc.append(list);
        const int more = int(item.evidence.size()) - ReportEvidencePerQuestion;
        if (more > 0) {
            doc.append(
                ReportBlock::of(ReportBlock::Kind::Paragraph,
                                ModelsTr::tr("And %n more piece(s) of evidence.", nullptr, more)));
        }
    }
}

void appendDora(ReportDocument &doc, const TeamLeadReport &report)
{
    doc.append(ReportBlock::of(ReportBlock::Kind::Section, ModelsTr::tr("DORA metrics")));
    doc.append(ReportBlock::of(
        ReportBlock::Kind::Paragraph,
        ModelsTr::tr("Deployments to %1 in the window. Lead time and time to restore are "
                     "medians.")
            .arg(report.productionEnvironment)));
    ReportBlock table = ReportBlock::of(ReportBlock::Kind::Table);
    table.header = {ModelsTr::tr("Service"), ModelsTr::tr("Deployment frequency"),
                    ModelsTr::tr("Lead time for changes"), ModelsTr::tr("Change failure rate"),
                    ModelsTr::tr("Time to restore")};
    table.rows.append(doraRow(ModelsTr::tr("All services"), report.dora.overall));
    for (const DoraMetrics &m : report.dora.services)
        table.rows.append(doraRow(m.service, m));
    doc.append(table);
    if (report.dora.ignoredDeployments > 0) {
        doc.append(ReportBlock::of(
            ReportBlock::Kind::Paragraph,
            ModelsTr::tr("Not counted: %n deployment(s) still pending or in an unknown state.",
                         nullptr, report.dora.ignoredDeployments)));
    }
}

void appendBuildTimes(ReportDocument &doc, const BuildTimesReport &b)
{
    const qint64 limitMinutes = b.limitMs / 60000;
    doc.append(ReportBlock::of(ReportBlock::Kind::Section, ModelsTr::tr("Build times")));
    if (b.services.isEmpty()) {
        doc.append(
            ReportBlock::of(ReportBlock::Kind::Paragraph,
                            ModelsTr::tr("No finished runs in the window: not enough data.")));
        return;
    }
    doc.append(ReportBlock::of(
        ReportBlock::Kind::Paragraph,
        ModelsTr::tr("Finished runs in the window; %1 of %2 services have a median run "
                     "over %3 minutes.")
            .arg(b.servicesOverLimit)
            .arg(b.services.size())
            .arg(limitMinutes)));
    ReportBlock table = ReportBlock::of(ReportBlock::Kind::Table);
    table.header = {ModelsTr::tr("Service"),      ModelsTr::tr("Runs"),
                    ModelsTr::tr("Median run"),   ModelsTr::tr("p90 run"),
                    ModelsTr::tr("Median queue"), ModelsTr::tr("Over %1 min").arg(limitMinutes)};
    table.rows.append({ModelsTr::tr("All services"), QString::number(b.overallRun.count),
                       durationCell(b.overallRun.p50Ms), durationCell(b.overallRun.p90Ms),
                       queueCell(b.overallQueue),
                       ModelsTr::tr("%1 of %2").arg(b.servicesOverLimit).arg(b.services.size())});
    for (const ServiceBuildTimes &s : b.services) {
        const QString over = s.run.isEmpty() ? notEnoughData()
            : s.run.p50Ms > b.limitMs        ? ModelsTr::tr("yes")
                                             : ModelsTr::tr("no");
        table.rows.append({s.service, QString::number(s.runs), durationCell(s.run.p50Ms),
                           durationCell(s.run.p90Ms), queueCell(s.queue), over});
    }
    doc.append(table);
}

} // namespace

QString reportUtcTime(EpochMs at)
{
    if (at == NoTime)
        return u"—"_s;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return t.time() == QTime(0, 0) ? t.toString(u"yyyy-MM-dd"_s)
                                   : t.toString(u"yyyy-MM-dd HH:mm"_s);
}

ReportDocument teamLeadDocument(const TeamLeadReport &report)
{
    ReportDocument doc;
    doc.append(ReportBlock::of(ReportBlock::Kind::Title,
                               ModelsTr::tr("Team lead report: %1").arg(report.workspaceName)));
    QString window = ModelsTr::tr("Window: %1 to %2 (UTC, the end not included).")
                         .arg(reportUtcTime(report.from), reportUtcTime(report.to));
    if (report.computedAt != NoTime)
        window += u' ' + ModelsTr::tr("Computed %1 UTC.").arg(reportUtcTime(report.computedAt));
    doc.append(ReportBlock::of(ReportBlock::Kind::Paragraph, window));
    appendChecklist(doc, report.checklist);
    appendDora(doc, report);
    appendBuildTimes(doc, report.buildTimes);
    return doc;
}

QString teamLeadMarkdown(const TeamLeadReport &report)
{
    return toMarkdown(teamLeadDocument(report));
}

} // namespace Signalbox
