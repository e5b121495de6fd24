#include "discoverytables.h"

#include "domain/discoveryjson.h"
#include "domain/timeformat.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct TablesTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::DiscoveryTables)
};

bool isInfrastructure(ServiceKind kind)
{
    return kind == ServiceKind::Datastore || kind == ServiceKind::Broker
        || kind == ServiceKind::Observability;
}

QString where(const Evidence &e)
{
    return e.line > 0 ? e.path + u':' + QString::number(e.line) : e.path;
}

QString evidenceSummary(const QList<Evidence> &evidence)
{
    if (evidence.isEmpty())
        return {};
    const QString first = where(evidence.constFirst());
    if (evidence.size() == 1)
        return first;
    return TablesTr::tr("%1 and %n more", nullptr, int(evidence.size() - 1)).arg(first);
}

QString shortSha(const QString &sha)
{
    return sha.left(8);
}

} // namespace

QString catalogStateText(CatalogState state)
{
    switch (state) {
    case CatalogState::Declared:
        return TablesTr::tr("declared");
    case CatalogState::Added:
        return TablesTr::tr("added by hand");
    case CatalogState::Confirmed:
        return TablesTr::tr("confirmed");
    case CatalogState::Discovered:
        return TablesTr::tr("found, not confirmed");
    case CatalogState::Hidden:
        return TablesTr::tr("hidden");
    }
    return {};
}

DiscoveryTable discoveredServicesTable(const DiscoveryOverview &overview, bool showInfrastructure)
{
    DiscoveryTable table;
    table.headers = {TablesTr::tr("Service"),    TablesTr::tr("Kind"),   TablesTr::tr("State"),
                     TablesTr::tr("Repository"), TablesTr::tr("Folder"), TablesTr::tr("Evidence")};
    for (const CatalogService &s : overview.catalog.services) {
        if (!showInfrastructure && isInfrastructure(s.service.kind))
            continue;
        // Declared services nobody's files mention are the workspace's business, not discovery's.
        if (s.state == CatalogState::Declared && s.evidence.isEmpty())
            continue;
        DiscoveryRow row;
        row.cells = {s.service.name, toWord(s.service.kind), catalogStateText(s.state),
                     s.repository,   s.service.pathInRepo,   evidenceSummary(s.evidence)};
        row.service = s.service.name;
        row.state = s.state;
        row.actionable = s.state != CatalogState::Declared;
        row.evidence = s.evidence;
        if (s.state == CatalogState::Declared)
            row.toolTip = TablesTr::tr("Declared in the workspace; the repositories confirm it.");
        table.rows.append(row);
    }
    return table;
}

DiscoveryTable discoveredDependenciesTable(const DiscoveryOverview &overview,
                                           bool showInfrastructure)
{
    DiscoveryTable table;
    table.headers = {TablesTr::tr("Consumer"), TablesTr::tr("Provider"), TablesTr::tr("Kind"),
                     TablesTr::tr("State"), TablesTr::tr("Evidence")};
    QHash<QString, ServiceKind> kinds;
    for (const CatalogService &s : overview.catalog.services)
        kinds.insert(s.service.name, s.service.kind);
    for (const CatalogDependency &d : overview.catalog.dependencies) {
        const Dependency &dep = d.dependency;
        if (!showInfrastructure
            && (isInfrastructure(kinds.value(dep.provider)) || dep.kind == DependencyKind::Datastore
                || isInfrastructure(kinds.value(dep.consumer))))
            continue;
        if (d.state == CatalogState::Declared && d.evidence.isEmpty())
            continue;
        DiscoveryRow row;
        row.cells = {dep.consumer, dep.provider, toWord(dep.kind), catalogStateText(d.state),
                     d.evidence.isEmpty() ? dep.evidence : evidenceSummary(d.evidence)};
        row.dependency = {dep.consumer, dep.provider};
        row.state = d.state;
        row.actionable = d.state != CatalogState::Declared;
        row.evidence = d.evidence;
        table.rows.append(row);
    }
    return table;
}

DiscoveryTable templatesTable(const DiscoveryOverview &overview)
{
    DiscoveryTable table;
    table.headers = {TablesTr::tr("Service"), TablesTr::tr("Pipeline"), TablesTr::tr("Template"),
                     TablesTr::tr("Version"), TablesTr::tr("Status")};
    // Where each use stands against the newest version of its template.
    QHash<QString, QString> status; // service + identity -> text
    for (const TemplateDrift &t : overview.drift.templates) {
        for (const TemplateUse &u : t.current)
            status.insert(u.service + u'\n' + t.identity, TablesTr::tr("current"));
        for (const TemplateUse &u : t.behind)
            status.insert(u.service + u'\n' + t.identity,
                          TablesTr::tr("behind: newest is %1").arg(t.newestVersion));
        for (const TemplateUse &u : t.unpinned)
            status.insert(u.service + u'\n' + t.identity, TablesTr::tr("not pinned to a version"));
    }
    for (const ServiceTemplates &s : overview.templates) {
        const auto pipelineText = [&] {
            switch (s.pipeline) {
            case ServiceTemplates::Pipeline::Templated:
                return TablesTr::tr("on a template");
            case ServiceTemplates::Pipeline::HandRolled:
                return TablesTr::tr("hand-rolled");
            case ServiceTemplates::Pipeline::NoPipeline:
                return TablesTr::tr("no pipeline");
            case ServiceTemplates::Pipeline::Unreadable:
                return TablesTr::tr("could not be read");
            }
            return QString();
        }();
        if (s.references.isEmpty()) {
            DiscoveryRow row;
            row.cells = {s.service, pipelineText, {}, {}, {}};
            row.attention = s.pipeline != ServiceTemplates::Pipeline::NoPipeline;
            row.service = s.service;
            for (const QString &file : s.ciFiles)
                row.evidence.append({{}, file, 0, {}});
            table.rows.append(row);
            continue;
        }
        for (const TemplateReference &r : s.references) {
            DiscoveryRow row;
            row.cells = {s.service, pipelineText, templateDisplayName(r.kind, r.identity),
                         r.version.isEmpty() ? TablesTr::tr("(default branch)") : r.version,
                         status.value(s.service + u'\n' + r.identity)};
            row.service = s.service;
            row.evidence = {r.evidence};
            row.attention = row.cells.at(4) != TablesTr::tr("current");
            table.rows.append(row);
        }
    }
    return table;
}

DiscoveryTable historyTable(const DiscoveryOverview &overview)
{
    DiscoveryTable table;
    table.headers = {TablesTr::tr("Service"),
                     TablesTr::tr("Commits"),
                     TablesTr::tr("Authors"),
                     TablesTr::tr("Last commit"),
                     TablesTr::tr("First commit to first green pipeline"),
                     TablesTr::tr("Pipeline changes"),
                     TablesTr::tr("Failed within a day")};
    for (const ServiceHistoryRow &h : overview.history) {
        DiscoveryRow row;
        const ServiceCommitSummary &c = h.commits;
        // Without any run in the cache nothing can be said: no CI source, or not synced yet.
        QString firstGreen = TablesTr::tr("no runs known");
        qint64 firstGreenKey = -1;
        if (h.firstGreen) {
            if (h.firstGreen->hasGreen()) {
                firstGreen = formatDuration(h.firstGreen->durationMs);
                firstGreenKey = h.firstGreen->durationMs;
            } else if (h.hasRuns) {
                firstGreen = TablesTr::tr("no green run yet");
            }
        }
        row.cells = {c.service,
                     QString::number(c.commits),
                     QString::number(c.authors),
                     c.lastAt != NoTime ? formatLocalTime(c.lastAt) + u"  "_s + shortSha(c.lastSha)
                             + u"  "_s + c.lastAuthor
                                        : QString(),
                     firstGreen,
                     QString::number(c.pipelineChanges),
                     QString::number(h.changesFollowedByFailure)};
        row.sortKeys = {c.service,
                        c.commits,
                        c.authors,
                        c.lastAt,
                        firstGreenKey,
                        c.pipelineChanges,
                        h.changesFollowedByFailure};
        row.service = c.service;
        row.attention = h.changesFollowedByFailure > 0;
        QStringList sentences;
        for (const PipelineChangeOutcome &o : h.pipelineChanges)
            sentences.append(describePipelineChangeOutcome(o));
        row.toolTip = sentences.join(u'\n');
        table.rows.append(row);
    }
    return table;
}

DiscoveryTable repositoriesTable(const DiscoveryOverview &overview, EpochMs now)
{
    DiscoveryTable table;
    table.headers = {TablesTr::tr("Repository"),
                     TablesTr::tr("Revision"),
                     TablesTr::tr("Commit"),
                     TablesTr::tr("Scanned"),
                     TablesTr::tr("Merges to trunk (4 weeks)"),
                     TablesTr::tr("Open branches"),
                     TablesTr::tr("Oldest open branch"),
                     TablesTr::tr("State")};
    for (const RepositoryStatus &r : overview.repositories) {
        DiscoveryRow row;
        QString state;
        if (!r.error.isEmpty())
            state = r.error;
        else if (r.commit.isEmpty())
            state = TablesTr::tr("not scanned yet");
        else if (r.problems > 0)
            state = TablesTr::tr("%n problem(s)", nullptr, r.problems);
        else
            state = TablesTr::tr("ok");
        const TrunkSummary &t = r.trunk;
        const bool trunkKnown
            = !r.commit.isEmpty() && t.error.isEmpty() && !t.defaultBranch.isEmpty();
        row.cells
            = {r.name,
               r.revision,
               shortSha(r.commit),
               r.scannedAt != NoTime ? formatAge(r.scannedAt, now) : QString(),
               trunkKnown ? QString::number(t.merges) : QString(),
               trunkKnown ? QString::number(t.openBranches) : QString(),
               trunkKnown && !t.oldestBranch.isEmpty()
                   ? TablesTr::tr("%1, %2").arg(t.oldestBranch, formatDuration(t.oldestBranchAgeMs))
                   : QString(),
               state};
        row.sortKeys = {r.name,         r.revision,          r.commit, r.scannedAt, t.merges,
                        t.openBranches, t.oldestBranchAgeMs, state};
        row.toolTip = r.error.isEmpty() ? r.path : r.error + u'\n' + r.path;
        if (!t.error.isEmpty())
            row.toolTip += u'\n' + t.error;
        else if (trunkKnown)
            row.toolTip += u'\n'
                + TablesTr::tr("Trunk: %1. Merges counted on its first-parent line.")
                      .arg(t.defaultBranch);
        table.rows.append(row);
    }
    return table;
}

DiscoveryTable scanProblemsTable(const DiscoveryOverview &overview)
{
    DiscoveryTable table;
    table.headers = {TablesTr::tr("Repository"), TablesTr::tr("File"), TablesTr::tr("Problem")};
    for (const ScanProblem &p : overview.problems) {
        DiscoveryRow row;
        row.cells = {p.repository, p.path, p.reason};
        row.evidence = {{p.repository, p.path, 0, {}}};
        table.rows.append(row);
    }
    return table;
}

void DiscoveryTableModel::setTable(DiscoveryTable table)
{
    const bool sameShape = table.headers == m_table.headers;
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
    if (!sameShape)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_table.headers.size()) - 1);
}

const DiscoveryRow *DiscoveryTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_table.rows.size() ? &m_table.rows.at(row) : nullptr;
}

int DiscoveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DiscoveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant DiscoveryTableModel::data(const QModelIndex &index, int role) const
{
    const DiscoveryRow *row = rowAt(index.row());
    if (!row || index.column() >= row->cells.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return row->cells.at(index.column());
    case Qt::ToolTipRole:
        return row->toolTip.isEmpty() ? QVariant() : row->toolTip;
    case SortRole:
        return index.column() < row->sortKeys.size() ? row->sortKeys.at(index.column())
                                                     : QVariant(row->cells.at(index.column()));
    case StateRole:
        return int(row->state);
    case Qt::TextAlignmentRole: {
        // Counts and durations line up on the right, as numbers do.
        const QVariant key
            = index.column() < row->sortKeys.size() ? row->sortKeys.at(index.column()) : QVariant();
        if (key.typeId() == QMetaType::Int || key.typeId() == QMetaType::LongLong)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Qt::FontRole:
        if (row->attention) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (row->state == CatalogState::Hidden) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (row->state == CatalogState::Discovered) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant DiscoveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.headers.value(section);
    return {};
}

} // namespace Signalbox
