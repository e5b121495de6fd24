#include "workspacesourceseditor.h"

#include "textlines.h"

#include "sources/source.h"
#include "workspaceparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct EditorTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::WorkspaceSourcesEditor)
};

using Line = WorkspaceSourcesEditor::Line;
using Lines = QList<Line>;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// ---- Lines, kept with their own line breaks so that untouched lines stay byte for byte ----

bool isBlank(const QByteArray &text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

int indentOf(const QByteArray &text)
{
    int i = 0;
    while (i < text.size() && text.at(i) == ' ')
        ++i;
    return i;
}

bool isComment(const QByteArray &text)
{
    int i = indentOf(text);
    while (i < text.size() && text.at(i) == '\t')
        ++i;
    return i < text.size() && text.at(i) == '#';
}

bool isDocumentMarker(const QByteArray &text)
{
    return (text.startsWith("---") || text.startsWith("..."))
        && (text.size() == 3 || text.at(3) == ' ' || text.at(3) == '\t');
}

QByteArray spaces(int count)
{
    return QByteArray(std::max(count, 0), ' ');
}

// The last line of a block that starts at `first`: lines indented deeper than `column` continue
// it, content at or left of `column` ends it. Comments and blank lines after its last deeper line
// are left outside: they introduce whatever follows.
int lastLineOfBlock(const Lines &lines, int first, int end, int column)
{
    int last = first;
    for (int l = first + 1; l < end; ++l) {
        const QByteArray &text = lines.at(l).text;
        if (isBlank(text))
            continue;
        if (isDocumentMarker(text))
            break;
        if (indentOf(text) > column) {
            last = l;
            continue;
        }
        if (isComment(text))
            continue;
        break;
    }
    return last;
}

// The last line of one key's value inside a map, bounded by the next key: everything up to that
// key except comments and blank lines at or left of the key's own column (a value may be a list
// at the key's column, so content always counts).
int lastLineOfEntry(const Lines &lines, int first, int end, int column)
{
    int last = first;
    for (int l = first + 1; l < end; ++l) {
        const QByteArray &text = lines.at(l).text;
        if (isBlank(text) || (isComment(text) && indentOf(text) <= column))
            continue;
        last = l;
    }
    return last;
}

// The position of the ':' after a mapping key that starts at column, or -1.
int colonAfterKey(const QByteArray &text, int column)
{
    int i = column;
    if (i < text.size() && (text.at(i) == '"' || text.at(i) == '\'')) {
        const char quote = text.at(i);
        for (++i; i < text.size() && text.at(i) != quote; ++i) {
            if (quote == '"' && text.at(i) == '\\')
                ++i;
        }
        ++i;
    } else {
        while (i < text.size() && text.at(i) != ':')
            ++i;
    }
    while (i < text.size() && text.at(i) == ' ')
        ++i;
    return i < text.size() && text.at(i) == ':' ? i : -1;
}

// Where the flow collection opening at (line, column) closes: the line, and the column just after
// its bracket. Quoted text and comments are skipped.
bool findFlowEnd(const Lines &lines, int line, int column, int *endLine, int *endColumn)
{
    int depth = 0;
    for (int l = line; l < lines.size(); ++l) {
        const QByteArray &text = lines.at(l).text;
        for (int c = l == line ? column : 0; c < text.size(); ++c) {
            const char ch = text.at(c);
            if (ch == '"') {
                for (++c; c < text.size() && text.at(c) != '"'; ++c) {
                    if (text.at(c) == '\\')
                        ++c;
                }
            } else if (ch == '\'') {
                for (++c; c < text.size(); ++c) {
                    if (text.at(c) != '\'')
                        continue;
                    if (c + 1 < text.size() && text.at(c + 1) == '\'')
                        ++c;
                    else
                        break;
                }
            } else if (ch == '#' && (c == 0 || text.at(c - 1) == ' ' || text.at(c - 1) == '\t')) {
                break;
            } else if (ch == '[' || ch == '{') {
                ++depth;
            } else if (ch == ']' || ch == '}') {
                if (--depth == 0) {
                    *endLine = l;
                    *endColumn = c + 1;
                    return true;
                }
            }
        }
    }
    return false;
}

// ---- Where the sources are in the file ----

struct EntryLayout
{
    QString key;
    int first = 0;
    int last = 0;
};

struct ItemLayout
{
    int index = 0; // in the YAML list, as the parser counts (sources[index])
    int first = 0; // the line of its dash
    int last = 0;
    int contentLine = 0; // where its map starts (SourceConfig::line - 1)
    QString name; // as the parser names it: its name, else its kind
    // Set when the item is a block map starting on the dash line with one key per line: then a
    // replacement keeps the lines of every key whose value stays the same.
    int keyColumn = -1;
    QList<EntryLayout> entries;
};

struct SourcesLayout
{
    enum class Shape { Missing, Null, Flow, Block };
    Shape shape = Shape::Missing;
    int rootColumn = 0;
    int keyLine = -1; // the `sources:` line
    int dashColumn = 2;
    int keyColumn = 4;
    QList<ItemLayout> items;
    // Missing: the last line of the document's content; Null: the last line of the key.
    int appendAfter = -1;
    bool blankLineBeforeRootKeys = false;
    YAML::Node flowList;
    int flowLine = 0;
    int flowColumn = 0;
};

struct Analysis
{
    SourcesLayout layout;
    QString error;
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
};

QString itemName(const YAML::Node &item)
{
    if (!item.IsMap())
        return {};
    const YAML::Node name = item["name"];
    if (name && name.IsScalar())
        return qs(name.Scalar());
    const YAML::Node kind = item["kind"];
    if (kind && kind.IsScalar())
        return qs(kind.Scalar());
    return {};
}

QString unusualLayout()
{
    return EditorTr::tr("the sources list is laid out in a way this editor cannot change safely; "
                        "change it by hand");
}

Analysis analyzeBlockList(const Lines &lines, const YAML::Node &list, Analysis analysis)
{
    SourcesLayout &layout = analysis.layout;
    layout.shape = SourcesLayout::Shape::Block;
    const int dash = list.Mark().column;
    layout.dashColumn = dash;
    const auto dashAt = [&](int l) {
        const QByteArray &text = lines.at(l).text;
        return indentOf(text) == dash && text.size() > dash && text.at(dash) == '-'
            && (text.size() == dash + 1 || text.at(dash + 1) == ' ' || text.at(dash + 1) == '\t');
    };
    int previous = layout.keyLine;
    int index = 0;
    for (const YAML::Node &item : list) {
        const YAML::Mark mark = item.Mark();
        const int markLine = std::min<int>(mark.line, lines.size());
        int first = -1;
        if (markLine < lines.size() && markLine > previous && mark.column > dash
            && dashAt(markLine)) {
            first = markLine;
        } else {
            // The content starts on a later line (`-` alone), or the item is empty.
            for (int l = markLine - 1; l > previous; --l) {
                const QByteArray &text = lines.at(l).text;
                if (isBlank(text) || isComment(text))
                    continue;
                const QByteArray rest = text.mid(dash + 1).trimmed();
                if (dashAt(l) && (rest.isEmpty() || rest.startsWith('#')))
                    first = l;
                break;
            }
        }
        if (first < 0) {
            analysis.error = unusualLayout();
            analysis.errorLine = mark.line + 1;
            return analysis;
        }
        ItemLayout itemLayout;
        itemLayout.index = index++;
        itemLayout.first = first;
        itemLayout.contentLine = mark.line;
        itemLayout.name = itemName(item);
        if (item.IsMap() && item.Style() == YAML::EmitterStyle::Block && mark.line == first
            && mark.column > dash) {
            itemLayout.keyColumn = mark.column;
            int line = first - 1;
            for (const auto &entry : item) {
                const YAML::Mark keyMark = entry.first.Mark();
                if (!entry.first.IsScalar() || keyMark.column != mark.column
                    || keyMark.line <= line) {
                    itemLayout.keyColumn = -1;
                    itemLayout.entries.clear();
                    break;
                }
                line = keyMark.line;
                itemLayout.entries.append({qs(entry.first.Scalar()), line, line});
            }
        }
        layout.items.append(itemLayout);
        previous = first;
    }
    for (int i = 0; i < layout.items.size(); ++i) {
        ItemLayout &item = layout.items[i];
        const int end = i + 1 < layout.items.size() ? layout.items.at(i + 1).first : lines.size();
        item.last = lastLineOfBlock(lines, item.first, end, dash);
        for (int e = 0; e < item.entries.size(); ++e) {
            EntryLayout &entry = item.entries[e];
            const int entryEnd
                = e + 1 < item.entries.size() ? item.entries.at(e + 1).first : item.last + 1;
            entry.last = lastLineOfEntry(lines, entry.first, entryEnd, item.keyColumn);
        }
    }
    // New entries take the first entry's indentation.
    layout.keyColumn = dash + 2;
    for (const ItemLayout &item : std::as_const(layout.items)) {
        if (item.keyColumn >= 0) {
            layout.keyColumn = item.keyColumn;
            break;
        }
    }
    return analysis;
}

Analysis analyze(const Lines &lines)
{
    Analysis analysis;
    SourcesLayout &layout = analysis.layout;
    YAML::Node root;
    try {
        root = YAML::Load(joinLines(lines).toStdString());
    } catch (const YAML::ParserException &e) {
        analysis.error = EditorTr::tr("not valid YAML: %1").arg(qs(e.msg));
        analysis.errorLine = e.mark.line + 1;
        return analysis;
    }
    try {
        if (!root.IsMap()) {
            analysis.error = EditorTr::tr("the file is not a workspace (a map with services and "
                                          "sources)");
            return analysis;
        }
        if (root.Style() == YAML::EmitterStyle::Flow) {
            analysis.error = EditorTr::tr("the workspace is written as one { … } mapping; change "
                                          "its sources by hand");
            analysis.errorLine = root.Mark().line + 1;
            return analysis;
        }
        YAML::Node value;
        bool firstKey = true;
        for (const auto &entry : root) {
            const YAML::Mark mark = entry.first.Mark();
            if (firstKey) {
                layout.rootColumn = mark.column;
                firstKey = false;
            } else if (mark.line > 0 && isBlank(lines.value(mark.line - 1).text)) {
                layout.blankLineBeforeRootKeys = true;
            }
            if (layout.keyLine < 0 && entry.first.IsScalar() && entry.first.Scalar() == "sources") {
                layout.keyLine = mark.line;
                value = entry.second;
            }
        }
        layout.dashColumn = layout.rootColumn + 2;
        layout.keyColumn = layout.dashColumn + 2;
        if (layout.keyLine < 0) {
            layout.shape = SourcesLayout::Shape::Missing;
            for (int l = std::max(root.Mark().line, 0); l < lines.size(); ++l) {
                if (l > root.Mark().line && isDocumentMarker(lines.at(l).text))
                    break;
                if (!isBlank(lines.at(l).text))
                    layout.appendAfter = l;
            }
            return analysis;
        }
        if (value.IsNull()) {
            layout.shape = SourcesLayout::Shape::Null;
            layout.appendAfter
                = lastLineOfBlock(lines, layout.keyLine, lines.size(), layout.rootColumn);
            return analysis;
        }
        if (value.IsSequence() && value.Style() == YAML::EmitterStyle::Flow) {
            layout.shape = SourcesLayout::Shape::Flow;
            layout.flowList = value;
            layout.flowLine = value.Mark().line;
            layout.flowColumn = value.Mark().column;
            for (const YAML::Node &item : value) {
                ItemLayout itemLayout;
                itemLayout.index = int(layout.items.size());
                itemLayout.name = itemName(item);
                itemLayout.first = itemLayout.last = -1;
                layout.items.append(itemLayout);
            }
            return analysis;
        }
        if (value.IsSequence())
            return analyzeBlockList(lines, value, std::move(analysis));
        analysis.error = EditorTr::tr("sources is not a list; correct it by hand first");
        analysis.errorLine = value.Mark().line + 1;
    } catch (const YAML::Exception &e) {
        analysis.error = EditorTr::tr("cannot read this part of the workspace: %1").arg(qs(e.msg));
        analysis.errorLine = e.mark.line + 1;
    }
    return analysis;
}

// Turns `sources: [ … ]` into a block list with one `- { … }` line per entry, so that every
// operation has one shape to work on. Comments inside the brackets are not kept.
bool flowToBlock(Lines &lines, const SourcesLayout &layout, QString *error)
{
    int endLine = 0;
    int endColumn = 0;
    if (layout.flowLine != layout.keyLine
        || !findFlowEnd(lines, layout.flowLine, layout.flowColumn, &endLine, &endColumn)) {
        *error = unusualLayout();
        return false;
    }
    const QByteArray tail = lines.at(endLine).text.mid(endColumn);
    if (!isBlank(tail) && !isComment(tail)) {
        *error = unusualLayout();
        return false;
    }
    QByteArray head = lines.at(layout.keyLine).text.left(layout.flowColumn);
    while (head.endsWith(' ') || head.endsWith('\t'))
        head.chop(1);
    const QByteArray eol = dominantEol(lines);
    Lines replacement {{head + (isBlank(tail) ? QByteArray() : tail), eol}};
    for (const YAML::Node &item : layout.flowList) {
        YAML::Emitter out;
        out.SetMapFormat(YAML::Flow);
        out.SetSeqFormat(YAML::Flow);
        out << item;
        replacement.append({spaces(layout.rootColumn + 2) + "- " + QByteArray(out.c_str()), eol});
    }
    replacement.last().eol = lines.at(endLine).eol;
    lines.remove(layout.keyLine, endLine - layout.keyLine + 1);
    for (qsizetype i = 0; i < replacement.size(); ++i)
        lines.insert(layout.keyLine + i, replacement.at(i));
    return true;
}

Analysis analyzeForEdit(Lines &lines)
{
    Analysis analysis = analyze(lines);
    if (analysis.ok() && analysis.layout.shape == SourcesLayout::Shape::Flow) {
        QString error;
        if (!flowToBlock(lines, analysis.layout, &error)) {
            analysis.error = error;
            analysis.errorLine = analysis.layout.keyLine + 1;
            return analysis;
        }
        analysis = analyze(lines);
        if (analysis.ok() && analysis.layout.shape == SourcesLayout::Shape::Flow) {
            analysis.error = unusualLayout();
            analysis.errorLine = analysis.layout.keyLine + 1;
        }
    }
    return analysis;
}

// ---- Writing a source ----

bool isPlainSafe(const QString &text, bool insideFlow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    if (indicators.contains(text.front()))
        return false;
    if (text.contains(u": "_s) || text.contains(u" #"_s) || text.endsWith(u':')
        || text.startsWith(u"<<"_s))
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            return false;
        if (insideFlow && QStringView(u",[]{}:#").contains(c))
            return false;
    }
    // Words and numbers that YAML reads as something other than text.
    static const QRegularExpression special(
        uR"(^(~|null|true|false|yes|no|on|off|y|n|[-+]?\.(inf|nan))$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (special.match(text).hasMatch())
        return false;
    if (text.front().isDigit())
        return false;
    if ((text.front() == u'+' || text.front() == u'.') && text.size() > 1
        && (text.at(1).isDigit() || text.at(1) == u'.'))
        return false;
    return true;
}

QByteArray doubleQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'\\':
            out += "\\\\";
            break;
        case U'"':
            out += "\\\"";
            break;
        case U'\n':
            out += "\\n";
            break;
        case U'\t':
            out += "\\t";
            break;
        case U'\r':
            out += "\\r";
            break;
        case 0x85:
            out += "\\N";
            break;
        case 0x2028:
            out += "\\L";
            break;
        case 0x2029:
            out += "\\P";
            break;
        case 0xfeff:
            out += "\\uFEFF";
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                out += "\\x" + QByteArray::number(uint(c), 16).rightJustified(2, '0').toUpper();
            else
                out += QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    return out + '"';
}

struct EmittedEntry
{
    QString key;
    QList<QByteArray> lines; // indented, without line breaks
};

QVariant normalizedValue(SettingDescription::Type type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case SettingDescription::Type::Bool:
        return value.toBool();
    case SettingDescription::Type::Int: {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok ? QVariant(number) : QVariant();
    }
    case SettingDescription::Type::String:
    case SettingDescription::Type::Path:
    case SettingDescription::Type::Url: {
        const QString text = value.toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case SettingDescription::Type::StringList: {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? QVariant() : QVariant(list);
    }
    case SettingDescription::Type::Map: {
        QVariantMap map;
        const QVariantMap in = value.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            map.insert(it.key(), it.value().toString());
        return map.isEmpty() ? QVariant() : QVariant(map);
    }
    }
    return {};
}

QList<QByteArray> emitList(const QByteArray &head, const QStringList &list, int column)
{
    if (list.isEmpty())
        return {head + " []"};
    QByteArrayList items;
    for (const QString &item : list)
        items.append(WorkspaceSourcesEditor::yamlScalar(item, true));
    const QByteArray flow = head + " [" + items.join(", ") + ']';
    if (flow.size() <= 100)
        return {flow};
    QList<QByteArray> lines {head};
    for (const QString &item : list)
        lines.append(spaces(column + 2) + "- " + WorkspaceSourcesEditor::yamlScalar(item));
    return lines;
}

QList<QByteArray> emitMap(const QByteArray &head, const QVariantMap &map, int column)
{
    if (map.isEmpty())
        return {head + " {}"};
    QList<QByteArray> lines {head};
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        lines.append(spaces(column + 2) + WorkspaceSourcesEditor::yamlScalar(it.key()) + ": "
                     + WorkspaceSourcesEditor::yamlScalar(it.value().toString()));
    }
    return lines;
}

// kind, name, the settings that differ from their defaults in the kind's order, then the token.
QList<EmittedEntry> emitSource(const SourceConfig &config, const SourceDescription &description,
                               int column)
{
    const QByteArray indent = spaces(column);
    QList<EmittedEntry> entries;
    entries.append(
        {u"kind"_s, {indent + "kind: " + WorkspaceSourcesEditor::yamlScalar(config.kind)}});
    entries.append(
        {u"name"_s, {indent + "name: " + WorkspaceSourcesEditor::yamlScalar(config.name)}});
    const QVariantMap values
        = WorkspaceSourcesEditor::normalizedSettings(description, config.settings);
    const QVariantMap defaults = WorkspaceSourcesEditor::normalizedSettings(description, {});
    for (const SettingDescription &setting : description.settings) {
        const QVariant value = values.value(setting.key);
        if (!value.isValid() || value == defaults.value(setting.key))
            continue;
        const QByteArray head = indent + WorkspaceSourcesEditor::yamlScalar(setting.key) + ':';
        EmittedEntry entry {setting.key, {}};
        switch (setting.type) {
        case SettingDescription::Type::Bool:
            entry.lines = {head + (value.toBool() ? " true" : " false")};
            break;
        case SettingDescription::Type::Int:
            entry.lines = {head + ' ' + QByteArray::number(value.toInt())};
            break;
        case SettingDescription::Type::String:
        case SettingDescription::Type::Path:
        case SettingDescription::Type::Url:
            entry.lines = {head + ' ' + WorkspaceSourcesEditor::yamlScalar(value.toString())};
            break;
        case SettingDescription::Type::StringList:
            entry.lines = emitList(head, value.toStringList(), column);
            break;
        case SettingDescription::Type::Map:
            entry.lines = emitMap(head, value.toMap(), column);
            break;
        }
        entries.append(entry);
    }
    if (!config.token.isEmpty()) {
        QByteArrayList places;
        if (!config.token.environmentVariable.isEmpty())
            places.append(
                "env: "
                + WorkspaceSourcesEditor::yamlScalar(config.token.environmentVariable, true));
        if (!config.token.keychainEntry.isEmpty())
            places.append("keychain: "
                          + WorkspaceSourcesEditor::yamlScalar(config.token.keychainEntry, true));
        entries.append({u"token"_s, {indent + "token: { " + places.join(", ") + " }"}});
    }
    return entries;
}

// The first line of an item carries the dash: "  - kind: file".
QByteArray withDash(const QByteArray &firstLine, int dashColumn, int keyColumn)
{
    return spaces(dashColumn) + '-' + spaces(keyColumn - dashColumn - 1) + firstLine.mid(keyColumn);
}

Lines itemLines(const QList<EmittedEntry> &entries, int dashColumn, int keyColumn,
                const QByteArray &eol)
{
    Lines lines;
    for (const EmittedEntry &entry : entries) {
        for (const QByteArray &text : entry.lines)
            lines.append({text, eol});
    }
    if (!lines.isEmpty())
        lines.first().text = withDash(lines.constFirst().text, dashColumn, keyColumn);
    return lines;
}

void insertLines(Lines &lines, int at, const Lines &inserted)
{
    for (qsizetype i = 0; i < inserted.size(); ++i)
        lines.insert(at + i, inserted.at(i));
}

// A line that is about to get a successor must end with a line break.
void ensureEol(Lines &lines, int line, const QByteArray &eol)
{
    if (line >= 0 && line < lines.size() && lines.at(line).eol.isEmpty())
        lines[line].eol = eol;
}

bool sameReference(const SecretReference &a, const SecretReference &b)
{
    return a.environmentVariable == b.environmentVariable && a.keychainEntry == b.keychainEntry;
}

// Tokens have shapes of their own (ghp_…, glpat-…, long mixed-case random text); such text is
// never written as the name of a place.
bool looksLikeToken(const QString &text)
{
    static const QRegularExpression prefixes(
        uR"(^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|glrt-|glptt-|xox[bpas]-))"_s);
    if (prefixes.match(text).hasMatch())
        return true;
    if (text.size() < 20 || text.contains(u'/'))
        return false;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    for (const QChar c : text) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
    }
    return lower && upper && digit;
}

const SourceConfig *findSource(const Workspace &workspace, const QString &name)
{
    for (const SourceConfig &source : workspace.sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

} // namespace

// ---- The editor ----

WorkspaceSourcesEditor::WorkspaceSourcesEditor(const QString &path)
    : m_path(path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(file.exists()
                 ? EditorTr::tr("cannot read the workspace file: %1").arg(file.errorString())
                 : EditorTr::tr("the workspace file does not exist"));
        return;
    }
    m_original = file.readAll();
    m_lines = splitLines(m_original);
    check();
}

WorkspaceSourcesEditor::WorkspaceSourcesEditor(const QByteArray &text, const QString &path)
    : m_path(path)
    , m_original(text)
    , m_lines(splitLines(text))
{
    check();
}

void WorkspaceSourcesEditor::check()
{
    const Analysis analysis = analyze(m_lines);
    m_valid = analysis.ok();
    if (!m_valid)
        fail(analysis.error, analysis.errorLine);
}

bool WorkspaceSourcesEditor::fail(const QString &message, int line, const QString &key)
{
    m_error = Diagnostic {Diagnostic::Severity::Error, m_path, line, 0, key, message};
    return false;
}

QByteArray WorkspaceSourcesEditor::text() const
{
    return joinLines(m_lines);
}

bool WorkspaceSourcesEditor::isModified() const
{
    return text() != m_original;
}

QStringList WorkspaceSourcesEditor::sourceNames() const
{
    const Analysis analysis = analyze(m_lines);
    QStringList names;
    for (const ItemLayout &item : analysis.layout.items) {
        if (!item.name.isEmpty())
            names.append(item.name);
    }
    return names;
}

bool WorkspaceSourcesEditor::validate(const SourceConfig &config, const QString &replacing)
{
    const SourceDescription *description = SourceRegistry::describe(config.kind);
    if (!description) {
        return fail(EditorTr::tr("no source of kind \"%1\" is installed (known kinds: %2)")
                        .arg(config.kind, SourceRegistry::kinds().join(u", "_s)));
    }
    if (config.name.trimmed().isEmpty())
        return fail(EditorTr::tr("a source needs a name"));
    if (config.name == u"workspace") {
        return fail(EditorTr::tr("\"workspace\" is the name of the workspace's own catalog; "
                                 "choose another name"));
    }
    Lines lines = m_lines;
    const Analysis analysis = analyzeForEdit(lines);
    for (const ItemLayout &item : analysis.layout.items) {
        if (item.name == config.name && item.name != replacing) {
            return fail(EditorTr::tr("another source is already named \"%1\"").arg(config.name),
                        item.first >= 0 ? item.contentLine + 1 : analysis.layout.keyLine + 1);
        }
    }
    for (auto it = config.settings.cbegin(); it != config.settings.cend(); ++it) {
        if (!description->setting(it.key())) {
            return fail(EditorTr::tr("a %1 source has no setting \"%2\"")
                            .arg(description->displayName, it.key()));
        }
    }
    const QVariantMap values = normalizedSettings(*description, config.settings);
    for (const SettingDescription &setting : description->settings) {
        if (setting.required && !values.contains(setting.key)) {
            return fail(EditorTr::tr("a %1 source needs the setting \"%2\"")
                            .arg(description->displayName, setting.key));
        }
    }
    if (!config.token.isEmpty() && !description->acceptsToken)
        return fail(EditorTr::tr("a %1 source takes no token").arg(description->displayName));
    // Neither message repeats the text: it may be a token pasted into the wrong field.
    static const QRegularExpression variableName(uR"(^[A-Za-z_][A-Za-z0-9_]*$)"_s);
    const QString &variable = config.token.environmentVariable;
    if (!variable.isEmpty() && !variableName.match(variable).hasMatch()) {
        return fail(EditorTr::tr("the name of the token's environment variable may only contain "
                                 "letters, digits and _"));
    }
    if (looksLikeToken(variable) || looksLikeToken(config.token.keychainEntry)) {
        return fail(EditorTr::tr("where the token is kept looks like a token itself; a token is "
                                 "never written into the workspace, store it in the keychain"));
    }
    return true;
}

bool WorkspaceSourcesEditor::commit(const Lines &lines, const QString &name,
                                    const SourceConfig *expected, int line)
{
    const WorkspaceParseResult parsed = parseWorkspaceText(joinLines(lines), m_path);
    const auto firstSourceError = [&]() -> QString {
        for (const Diagnostic &d : parsed.diagnostics) {
            if (d.isError() && d.key.startsWith(u"sources"_s) && (!expected || d.line >= line))
                return d.message;
        }
        return {};
    };
    if (!parsed.readable) {
        const QString reason
            = parsed.diagnostics.isEmpty() ? QString() : parsed.diagnostics.constFirst().message;
        return fail(EditorTr::tr("the change would leave the file unreadable (%1); nothing was "
                                 "changed")
                        .arg(reason),
                    line);
    }
    for (const Diagnostic &d : parsed.diagnostics) {
        if (d.key == u"sources")
            return fail(EditorTr::tr("the change would break the sources list (%1); nothing was "
                                     "changed")
                            .arg(d.message),
                        line);
    }
    if (expected) {
        const SourceConfig *read = findSource(parsed.workspace, name);
        if (!read) {
            return fail(EditorTr::tr("the changed source would not be read back (%1); nothing "
                                     "was changed")
                            .arg(firstSourceError()),
                        line);
        }
        const SourceDescription *description = SourceRegistry::describe(expected->kind);
        if (read->kind != expected->kind || !description
            || normalizedSettings(*description, read->settings)
                != normalizedSettings(*description, expected->settings)
            || !sameReference(read->token, expected->token)) {
            return fail(EditorTr::tr("the changed source would read back differently; nothing "
                                     "was changed"),
                        line);
        }
    }
    m_lines = lines;
    return true;
}

bool WorkspaceSourcesEditor::addSource(const SourceConfig &config)
{
    if (!m_valid)
        return false;
    Lines lines = m_lines;
    const Analysis analysis = analyzeForEdit(lines);
    if (!analysis.ok())
        return fail(analysis.error, analysis.errorLine);
    if (!validate(config, {}))
        return false;
    const SourcesLayout &layout = analysis.layout;
    const SourceDescription &description = *SourceRegistry::describe(config.kind);
    const QByteArray eol = dominantEol(lines);

    int at = 0;
    Lines added;
    switch (layout.shape) {
    case SourcesLayout::Shape::Missing: {
        at = layout.appendAfter + 1;
        ensureEol(lines, layout.appendAfter, eol);
        if (layout.blankLineBeforeRootKeys)
            added.append({{}, eol});
        added.append({spaces(layout.rootColumn) + "sources:", eol});
        const int dash = layout.rootColumn + 2;
        added += itemLines(emitSource(config, description, dash + 2), dash, dash + 2, eol);
        break;
    }
    case SourcesLayout::Shape::Null: {
        // `sources:` or `sources: ~`: drop the explicit null, keep a comment after it.
        QByteArray &keyText = lines[layout.keyLine].text;
        const int colon = colonAfterKey(keyText, layout.rootColumn);
        if (colon < 0)
            return fail(unusualLayout(), layout.keyLine + 1);
        const QByteArray rest = keyText.mid(colon + 1);
        const qsizetype comment = rest.indexOf(" #");
        if (!isBlank(rest) && !isComment(rest)) {
            keyText = keyText.left(colon + 1) + (comment >= 0 ? rest.mid(comment) : QByteArray());
        }
        at = layout.appendAfter + 1;
        ensureEol(lines, layout.appendAfter, eol);
        const int dash = layout.rootColumn + 2;
        added = itemLines(emitSource(config, description, dash + 2), dash, dash + 2, eol);
        break;
    }
    case SourcesLayout::Shape::Block: {
        const ItemLayout &last = layout.items.constLast();
        at = last.last + 1;
        ensureEol(lines, last.last, eol);
        // Entries separated by blank lines get one more.
        if (layout.items.size() >= 2 && last.first > 0 && isBlank(lines.at(last.first - 1).text))
            added.append({{}, eol});
        added += itemLines(emitSource(config, description, layout.keyColumn), layout.dashColumn,
                           layout.keyColumn, eol);
        break;
    }
    case SourcesLayout::Shape::Flow:
        return fail(unusualLayout(), layout.keyLine + 1);
    }
    const int firstAdded = at + int(added.size() > 0 && added.constFirst().text.isEmpty());
    insertLines(lines, at, added);
    return commit(lines, config.name, &config, firstAdded + 1);
}

bool WorkspaceSourcesEditor::replaceSource(const QString &name, const SourceConfig &config)
{
    if (!m_valid)
        return false;
    Lines lines = m_lines;
    const Analysis analysis = analyzeForEdit(lines);
    if (!analysis.ok())
        return fail(analysis.error, analysis.errorLine);
    const SourcesLayout &layout = analysis.layout;
    const ItemLayout *item = nullptr;
    for (const ItemLayout &candidate : layout.items) {
        if (candidate.name == name) {
            item = &candidate;
            break;
        }
    }
    if (!item) {
        return fail(EditorTr::tr("no source is named \"%1\"").arg(name),
                    std::max(layout.keyLine + 1, 0));
    }
    if (!validate(config, name))
        return false;
    const SourceDescription &description = *SourceRegistry::describe(config.kind);
    const QByteArray eol = dominantEol(lines);
    const int keyColumn = item->keyColumn >= 0 ? item->keyColumn : layout.keyColumn;
    const QList<EmittedEntry> desired = emitSource(config, description, keyColumn);

    // Of a block map whose old reading is known, keep every key whose value stays the same,
    // with its comments; only changed keys are written anew.
    const WorkspaceParseResult old = parseWorkspaceText(joinLines(lines), m_path);
    const SourceConfig *before = findSource(old.workspace, name);
    Lines replacement;
    bool keyByKey = item->keyColumn >= 0 && !item->entries.isEmpty() && before
        && before->line == item->contentLine + 1 && before->kind == config.kind;
    if (keyByKey) {
        const QVariantMap oldValues = normalizedSettings(description, before->settings);
        const QVariantMap newValues = normalizedSettings(description, config.settings);
        const QString prefix = u"sources[%1]."_s.arg(item->index);
        const auto hasProblem = [&](const QString &key) {
            for (const Diagnostic &d : old.diagnostics) {
                if (d.key == prefix + key || d.key.startsWith(prefix + key + u'.')
                    || d.key.startsWith(prefix + key + u'['))
                    return true;
            }
            return false;
        };
        const auto unchanged = [&](const QString &key) {
            if (key == u"kind")
                return true;
            if (key == u"name")
                return before->name == config.name;
            if (key == u"token")
                return sameReference(before->token, config.token);
            return oldValues.value(key) == newValues.value(key);
        };
        QHash<QString, const EmittedEntry *> wanted;
        for (const EmittedEntry &entry : desired)
            wanted.insert(entry.key, &entry);
        QSet<QString> present;
        const auto copy = [&](int from, int to) {
            for (int l = from; l <= to; ++l)
                replacement.append(lines.at(l));
        };
        for (qsizetype e = 0; e < item->entries.size() && keyByKey; ++e) {
            const EntryLayout &entry = item->entries.at(e);
            present.insert(entry.key);
            const bool known = entry.key == u"kind" || entry.key == u"name" || entry.key == u"token"
                || description.setting(entry.key);
            if (!known || (!hasProblem(entry.key) && unchanged(entry.key))) {
                copy(entry.first, entry.last);
            } else if (const EmittedEntry *emitted = wanted.value(entry.key)) {
                for (const QByteArray &text : emitted->lines)
                    replacement.append({text, eol});
                if (e == 0)
                    replacement[0].text
                        = withDash(replacement.at(0).text, layout.dashColumn, keyColumn);
            } else if (e == 0) {
                keyByKey = false; // the dash line's key goes: write the item anew
            }
            if (e + 1 < item->entries.size())
                copy(entry.last + 1, item->entries.at(e + 1).first - 1);
        }
        if (keyByKey) {
            for (const EmittedEntry &entry : desired) {
                if (present.contains(entry.key))
                    continue;
                if (entry.key == u"name" && before->name == config.name)
                    continue; // named by its kind, and still is
                for (const QByteArray &text : entry.lines)
                    replacement.append({text, eol});
            }
            copy(item->entries.constLast().last + 1, item->last);
        }
    }
    if (!keyByKey)
        replacement = itemLines(desired, layout.dashColumn, keyColumn, eol);
    // Every line but the last continues; the last ends as the item's last line did.
    for (Line &line : replacement) {
        if (line.eol.isEmpty())
            line.eol = eol;
    }
    replacement.last().eol = lines.at(item->last).eol;
    lines.remove(item->first, item->last - item->first + 1);
    insertLines(lines, item->first, replacement);
    return commit(lines, config.name, &config, item->first + 1);
}

bool WorkspaceSourcesEditor::removeSource(const QString &name)
{
    if (!m_valid)
        return false;
    Lines lines = m_lines;
    const Analysis analysis = analyzeForEdit(lines);
    if (!analysis.ok())
        return fail(analysis.error, analysis.errorLine);
    const SourcesLayout &layout = analysis.layout;
    qsizetype index = -1;
    for (qsizetype i = 0; i < layout.items.size(); ++i) {
        if (layout.items.at(i).name == name) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        return fail(EditorTr::tr("no source is named \"%1\"").arg(name),
                    std::max(layout.keyLine + 1, 0));
    }
    const ItemLayout &item = layout.items.at(index);
    int first = item.first;
    int last = item.last;
    // Entries separated by blank lines stay so, without a double gap where this one was.
    const bool blankBefore = first > 0 && isBlank(lines.at(first - 1).text);
    const bool blankAfter = last + 1 < lines.size() && isBlank(lines.at(last + 1).text);
    if (index == 0) {
        if (blankAfter && layout.items.size() > 1)
            ++last;
    } else if (blankBefore) {
        if (blankAfter)
            ++last;
        else if (index == layout.items.size() - 1)
            --first;
    }
    lines.remove(first, last - first + 1);
    if (layout.items.size() == 1) {
        // An empty `sources:` reads as no list at all; say it is an empty one.
        QByteArray &keyText = lines[layout.keyLine].text;
        const int colon = colonAfterKey(keyText, layout.rootColumn);
        if (colon < 0)
            return fail(unusualLayout(), layout.keyLine + 1);
        keyText.insert(colon + 1, " []");
    }
    return commit(lines, name, nullptr, item.first + 1);
}

bool WorkspaceSourcesEditor::save()
{
    QFile current(m_path);
    QByteArray onDisk;
    if (current.open(QIODevice::ReadOnly))
        onDisk = current.readAll();
    current.close();
    if (onDisk != m_original) {
        return fail(EditorTr::tr("the workspace file was changed by something else since it was "
                                 "read; nothing was written"));
    }
    QSaveFile file(m_path);
    const QByteArray content = text();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        return fail(EditorTr::tr("cannot write the workspace file: %1").arg(file.errorString()));
    }
    m_original = content;
    return true;
}

QVariantMap WorkspaceSourcesEditor::normalizedSettings(const SourceDescription &description,
                                                       const QVariantMap &settings)
{
    QVariantMap result;
    for (const SettingDescription &setting : description.settings) {
        QVariant value = normalizedValue(setting.type, settings.value(setting.key));
        if (!value.isValid())
            value = normalizedValue(setting.type, setting.defaultValue);
        // A switch that is not set is off.
        if (!value.isValid() && setting.type == SettingDescription::Type::Bool)
            value = false;
        if (value.isValid())
            result.insert(setting.key, value);
    }
    return result;
}

QByteArray WorkspaceSourcesEditor::yamlScalar(const QString &text, bool insideFlowCollection)
{
    return isPlainSafe(text, insideFlowCollection) ? text.toUtf8() : doubleQuoted(text);
}

SourcesEditResult applySourcesEdit(const QString &workspacePath, const SourcesEdit &edit)
{
    WorkspaceSourcesEditor editor(workspacePath);
    if (!editor.isValid())
        return {false, editor.errorString()};
    bool ok = false;
    switch (edit.operation) {
    case SourcesEdit::Operation::Add:
        ok = editor.addSource(edit.config);
        break;
    case SourcesEdit::Operation::Replace:
        ok = editor.replaceSource(edit.name, edit.config);
        break;
    case SourcesEdit::Operation::Remove:
        ok = editor.removeSource(edit.name);
        break;
    }
    if (!ok)
        return {false, editor.errorString()};
    if (!editor.isModified())
        return {false, {}};
    if (!editor.save())
        return {false, editor.errorString()};
    return {true, {}};
}

} // namespace Signalbox
