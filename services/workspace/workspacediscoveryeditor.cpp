#include "workspacediscoveryeditor.h"

#include "textlines.h"
#include "workspaceparser.h"
#include "workspacesourceseditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct DiscoveryEditorTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::WorkspaceDiscoveryEditor)
};

const QByteArray MarkerComment
    = "# What people decided about the services and dependencies found in the repositories.";

QByteArray scalar(const QString &text)
{
    return WorkspaceSourcesEditor::yamlScalar(text);
}

bool startsTopLevelEntry(const QByteArray &line)
{
    return !line.isEmpty() && line.at(0) != ' ' && line.at(0) != '\t' && line.at(0) != '#';
}

// Everything the block can hold, so that a read-back check notices any field it dropped.
bool sameDecisions(const DiscoveryDecisions &a, const DiscoveryDecisions &b)
{
    const auto names = [](const QList<Service> &list) {
        QStringList n;
        for (const Service &s : list) {
            n.append(QStringList {s.name, toWord(s.kind), s.owner, s.system,
                                  QString::number(s.tier), s.repository, s.pathInRepo,
                                  s.defaultBranch}
                         .join(u'\n'));
        }
        return n;
    };
    const auto edges = [](const QList<Dependency> &list) {
        QStringList n;
        for (const Dependency &d : list)
            n.append(d.consumer + u"->"_s + d.provider + u'/' + toWord(d.kind));
        return n;
    };
    return a.confirmedServices == b.confirmedServices && a.hiddenServices == b.hiddenServices
        && a.confirmedDependencies == b.confirmedDependencies
        && a.hiddenDependencies == b.hiddenDependencies
        && names(a.addedServices) == names(b.addedServices)
        && edges(a.addedDependencies) == edges(b.addedDependencies);
}

} // namespace

QByteArray discoveryBlockText(const DiscoveryDecisions &d, const QByteArray &eol)
{
    if (d.isEmpty())
        return {};
    QByteArray out = MarkerComment + eol + "discovery:" + eol;
    const auto names = [&](const char *head, const QStringList &list) {
        if (list.isEmpty())
            return;
        out += QByteArray("    ") + head + ":" + eol;
        for (const QString &name : list)
            out += "      - " + scalar(name) + eol;
    };
    const auto keys = [&](const char *head, const QList<DependencyKey> &list) {
        if (list.isEmpty())
            return;
        out += QByteArray("    ") + head + ":" + eol;
        for (const DependencyKey &k : list)
            out += "      - " + scalar(k.toString()) + eol;
    };
    if (!d.confirmedServices.isEmpty() || !d.confirmedDependencies.isEmpty()) {
        out += "  confirm:" + eol;
        names("services", d.confirmedServices);
        keys("dependencies", d.confirmedDependencies);
    }
    if (!d.hiddenServices.isEmpty() || !d.hiddenDependencies.isEmpty()) {
        out += "  hide:" + eol;
        names("services", d.hiddenServices);
        keys("dependencies", d.hiddenDependencies);
    }
    if (!d.addedServices.isEmpty() || !d.addedDependencies.isEmpty()) {
        out += "  add:" + eol;
        if (!d.addedServices.isEmpty()) {
            out += "    services:" + eol;
            for (const Service &s : d.addedServices) {
                out += "      - name: " + scalar(s.name) + eol;
                out += "        kind: " + scalar(toWord(s.kind)) + eol;
                const auto field = [&](const char *key, const QString &value) {
                    if (!value.isEmpty())
                        out += QByteArray("        ") + key + ": " + scalar(value) + eol;
                };
                field("owner", s.owner);
                field("system", s.system);
                if (s.tier > 0)
                    out += "        tier: " + QByteArray::number(s.tier) + eol;
                field("repository", s.repository);
                field("path", s.pathInRepo);
                field("defaultBranch", s.defaultBranch);
            }
        }
        if (!d.addedDependencies.isEmpty()) {
            out += "    dependencies:" + eol;
            for (const Dependency &x : d.addedDependencies) {
                if (x.kind == DependencyKind::Sync || x.kind == DependencyKind::Unknown) {
                    out += "      - " + scalar(x.consumer + u" -> "_s + x.provider) + eol;
                } else {
                    out += "      - { consumer: "
                        + WorkspaceSourcesEditor::yamlScalar(x.consumer, true)
                        + ", provider: " + WorkspaceSourcesEditor::yamlScalar(x.provider, true)
                        + ", kind: " + scalar(toWord(x.kind)) + " }" + eol;
                }
            }
        }
    }
    return out;
}

std::optional<QByteArray> withDiscoveryDecisions(const QByteArray &text, const QString &path,
                                                 const DiscoveryDecisions &decisions,
                                                 QString *error)
{
    const TextLines lines = splitLines(text);
    const QByteArray eol = dominantEol(lines);
    qsizetype first = -1;
    qsizetype end = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &t = lines.at(i).text;
        if (first < 0 && (t == "discovery:" || t.startsWith("discovery:"))) {
            first = i;
            continue;
        }
        if (first >= 0 && startsTopLevelEntry(t)) {
            end = i;
            break;
        }
    }
    // Trailing blank lines and comments before the next key belong to what follows.
    if (first >= 0) {
        while (end - 1 > first
               && (lines.at(end - 1).text.trimmed().isEmpty()
                   || lines.at(end - 1).text.startsWith('#')))
            --end;
    }

    QByteArray out;
    const QByteArray block = discoveryBlockText(decisions, eol);
    if (first < 0) {
        out = text;
        if (!block.isEmpty()) {
            if (!out.isEmpty() && !out.endsWith('\n'))
                out += eol;
            out += eol + block;
        }
    } else {
        qsizetype start = first;
        if (start > 0 && lines.at(start - 1).text == MarkerComment)
            --start;
        // The blank line written before an appended block goes with it.
        if (block.isEmpty() && start > 0 && lines.at(start - 1).text.trimmed().isEmpty())
            --start;
        for (qsizetype i = 0; i < start; ++i)
            out += lines.at(i).text + lines.at(i).eol;
        out += block;
        for (qsizetype i = end; i < lines.size(); ++i)
            out += lines.at(i).text + lines.at(i).eol;
    }

    const WorkspaceParseResult parsed = parseWorkspaceText(out, path);
    if (!parsed.readable || !sameDecisions(parsed.workspace.discovery, decisions)) {
        if (error) {
            *error = DiscoveryEditorTr::tr("%1: the discovery decisions could not be written so "
                                           "that they read back the same; nothing was written")
                         .arg(QDir::toNativeSeparators(path));
        }
        return std::nullopt;
    }
    return out;
}

DiscoveryFileEdit applyDiscoveryEditToFile(const QString &workspacePath, const DiscoveryEdit &edit)
{
    DiscoveryFileEdit result;
    QFile file(workspacePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = DiscoveryEditorTr::tr("%1: cannot read the workspace file: %2")
                           .arg(QDir::toNativeSeparators(workspacePath), file.errorString());
        return result;
    }
    const QByteArray text = file.readAll();
    file.close();
    const WorkspaceParseResult parsed = parseWorkspaceText(text, workspacePath);
    if (!parsed.readable) {
        result.error = DiscoveryEditorTr::tr("%1: the workspace file cannot be read as a "
                                             "workspace; fix it first, nothing was written")
                           .arg(QDir::toNativeSeparators(workspacePath));
        return result;
    }
    // A block with entries the parser skipped or keys it does not know would lose them when it
    // is written anew: say where, and leave the file alone.
    for (const Diagnostic &d : parsed.diagnostics) {
        if (d.key.startsWith(u"discovery"_s)) {
            result.error = DiscoveryEditorTr::tr("%1: the discovery block has a problem Signalbox "
                                                 "would lose by rewriting it; fix it first, "
                                                 "nothing was written (%2)")
                               .arg(QDir::toNativeSeparators(workspacePath), d.toString());
            return result;
        }
    }
    result.before = parsed.workspace.discovery;
    result.after = applyDiscoveryEdit(result.before, edit);
    result.inverse = inverseDiscoveryEdit(result.before, edit);
    if (result.after == result.before) {
        result.ok = true;
        return result;
    }
    const std::optional<QByteArray> updated
        = withDiscoveryDecisions(text, workspacePath, result.after, &result.error);
    if (!updated)
        return result;
    QSaveFile out(workspacePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*updated) != updated->size()
        || !out.commit()) {
        result.error = DiscoveryEditorTr::tr("%1: cannot write the workspace file: %2")
                           .arg(QDir::toNativeSeparators(workspacePath), out.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Signalbox
