#include "pipelinetemplates.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

Q_LOGGING_CATEGORY(lcPipelineTemplates, "signalbox.discovery", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct TemplatesTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PipelineTemplates)
};

enum class FileKind { GitHubWorkflow, GitHubAction, GitLab, Jenkins, Other };

FileKind fileKindOf(const QString &path)
{
    const QString name = path.section(u'/', -1);
    const bool yaml = name.endsWith(".yml"_L1) || name.endsWith(".yaml"_L1);
    // GitHub reads workflows only from the root's .github/workflows, not from its subfolders.
    if (yaml && path.startsWith(".github/workflows/"_L1) && path.count(u'/') == 2)
        return FileKind::GitHubWorkflow;
    if (name == "action.yml"_L1 || name == "action.yaml"_L1)
        return FileKind::GitHubAction;
    if (name.endsWith(".gitlab-ci.yml"_L1) || name.endsWith(".gitlab-ci.yaml"_L1)
        || (yaml && path.startsWith(".gitlab/"_L1)))
        return FileKind::GitLab;
    if (name == "Jenkinsfile"_L1 || name.startsWith("Jenkinsfile."_L1)
        || name.endsWith(".jenkinsfile"_L1, Qt::CaseInsensitive))
        return FileKind::Jenkins;
    return FileKind::Other;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A missing key of a const node is an invalid node whose type yaml-cpp throws on; ask it first.
bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}
bool isMap(const YAML::Node &node)
{
    return node.IsDefined() && node.IsMap();
}
bool isSequence(const YAML::Node &node)
{
    return node.IsDefined() && node.IsSequence();
}

// Collects the references of one file, each with the line it was written on.
class FileReader
{
public:
    FileReader(const SourceFile &file, const PipelineTemplateOptions &options)
        : m_file(file)
        , m_options(options)
        , m_text(QString::fromUtf8(file.content))
        , m_lines(m_text.split(u'\n'))
    { }

    const QString &text() const { return m_text; }

    Evidence evidenceAt(int line) const
    {
        const QString text
            = line >= 1 && line <= m_lines.size() ? m_lines.at(line - 1).trimmed() : QString();
        return {m_file.repository, m_file.path, line, text};
    }
    Evidence evidenceOf(const YAML::Node &node) const { return evidenceAt(node.Mark().line + 1); }

    void add(TemplateReference::Kind kind, const QString &identity, const QString &version,
             bool carriesVersion, const Evidence &evidence)
    {
        m_result.references.append({kind, identity, version, carriesVersion, evidence});
    }
    QString localIdentity(QString path) const
    {
        while (path.startsWith(u'.') || path.startsWith(u'/')) {
            if (path.startsWith("./"_L1))
                path.remove(0, 2);
            else if (path.startsWith(u'/'))
                path.remove(0, 1);
            else
                break;
        }
        return u"local:"_s + m_file.repository + u':' + path;
    }
    void problem(const QString &reason)
    {
        m_result.problems.append({m_file.repository, m_file.path, reason});
    }

    bool actionIsTemplate(const QString &owner) const
    {
        const QString own = m_options.repositoryOwners.value(m_file.repository);
        return (!own.isEmpty() && owner.compare(own, Qt::CaseInsensitive) == 0)
            || m_options.templateOwners.contains(owner, Qt::CaseInsensitive);
    }

    FileTemplateReferences take()
    {
        std::stable_sort(
            m_result.references.begin(), m_result.references.end(),
            [](const auto &a, const auto &b) { return a.evidence.line < b.evidence.line; });
        return std::move(m_result);
    }

private:
    const SourceFile &m_file;
    const PipelineTemplateOptions &m_options;
    QString m_text;
    QStringList m_lines;
    FileTemplateReferences m_result;
};

// --- GitHub Actions -----------------------------------------------------------------------------

// jobs.<id>.uses is always a workflow; steps[].uses an action, unless it names a workflow file.
void readGitHubUses(const YAML::Node &node, bool jobLevel, FileReader &reader)
{
    if (!isScalar(node))
        return;
    const QString uses = qs(node.Scalar()).trimmed();
    if (uses.isEmpty() || uses.startsWith("docker://"_L1))
        return;
    if (uses.startsWith("./"_L1)) {
        const bool workflow = jobLevel || uses.startsWith("./.github/workflows/"_L1);
        reader.add(workflow ? TemplateReference::Kind::GitHubWorkflow
                            : TemplateReference::Kind::GitHubAction,
                   reader.localIdentity(uses), QString(), false, reader.evidenceOf(node));
        return;
    }
    const qsizetype at = uses.lastIndexOf(u'@');
    const QString target = at < 0 ? uses : uses.left(at);
    const QString ref = at < 0 ? QString() : uses.mid(at + 1);
    if (!target.contains(u'/'))
        return; // not a form GitHub accepts; the workflow fails there, not here
    const bool workflow = jobLevel || target.contains("/.github/workflows/"_L1);
    if (!workflow && !reader.actionIsTemplate(target.section(u'/', 0, 0)))
        return;
    reader.add(workflow ? TemplateReference::Kind::GitHubWorkflow
                        : TemplateReference::Kind::GitHubAction,
               target, ref, true, reader.evidenceOf(node));
}

void readGitHubSteps(const YAML::Node &steps, FileReader &reader)
{
    if (!isSequence(steps))
        return;
    for (const YAML::Node &step : steps) {
        if (isMap(step))
            readGitHubUses(step["uses"], false, reader);
    }
}

void readGitHubWorkflow(const YAML::Node &document, FileReader &reader)
{
    if (!isMap(document))
        return;
    const YAML::Node jobs = document["jobs"];
    if (!isMap(jobs))
        return;
    for (const auto &job : jobs) {
        if (!isMap(job.second))
            continue;
        readGitHubUses(job.second["uses"], true, reader);
        readGitHubSteps(job.second["steps"], reader);
    }
}

// A composite action's own steps may use further actions: runs.steps[].uses.
void readGitHubAction(const YAML::Node &document, FileReader &reader)
{
    if (!isMap(document))
        return;
    const YAML::Node runs = document["runs"];
    if (isMap(runs))
        readGitHubSteps(runs["steps"], reader);
}

// --- GitLab CI ----------------------------------------------------------------------------------

void addGitLabRemote(const QString &url, const YAML::Node &node, FileReader &reader)
{
    reader.add(TemplateReference::Kind::GitLabInclude, u"remote:"_s + url, QString(), false,
               reader.evidenceOf(node));
}

// include: 'file' is a remote URL when it starts with http(s)://, a local file otherwise.
void readGitLabIncludeString(const YAML::Node &node, FileReader &reader)
{
    const QString value = qs(node.Scalar()).trimmed();
    if (value.isEmpty())
        return;
    if (value.startsWith("https://"_L1) || value.startsWith("http://"_L1)) {
        addGitLabRemote(value, node, reader);
        return;
    }
    reader.add(TemplateReference::Kind::GitLabInclude, reader.localIdentity(value), QString(),
               false, reader.evidenceOf(node));
}

void readGitLabIncludeMap(const YAML::Node &node, FileReader &reader)
{
    const auto scalar = [](const YAML::Node &n) {
        return isScalar(n) ? qs(n.Scalar()).trimmed() : QString();
    };
    if (const YAML::Node local = node["local"]; isScalar(local)) {
        readGitLabIncludeString(local, reader);
    } else if (const YAML::Node project = node["project"]; isScalar(project)) {
        const QString name = scalar(project);
        const QString ref = scalar(node["ref"]);
        const YAML::Node file = node["file"];
        QList<YAML::Node> files;
        if (isScalar(file))
            files.append(file);
        else if (isSequence(file))
            files = QList<YAML::Node>(file.begin(), file.end());
        if (files.isEmpty()) {
            reader.problem(TemplatesTr::tr("the include of project %1 at line %2 names no file")
                               .arg(name)
                               .arg(project.Mark().line + 1));
        }
        for (const YAML::Node &f : std::as_const(files)) {
            QString path = scalar(f);
            if (path.isEmpty())
                continue;
            if (!path.startsWith(u'/'))
                path.prepend(u'/');
            reader.add(TemplateReference::Kind::GitLabInclude, u"gitlab:"_s + name + u':' + path,
                       ref, true, reader.evidenceOf(f));
        }
    } else if (const YAML::Node remote = node["remote"]; isScalar(remote)) {
        addGitLabRemote(scalar(remote), remote, reader);
    } else if (const YAML::Node templ = node["template"]; isScalar(templ)) {
        reader.add(TemplateReference::Kind::GitLabInclude, u"gitlab-template:"_s + scalar(templ),
                   QString(), false, reader.evidenceOf(templ));
    } else if (const YAML::Node component = node["component"]; isScalar(component)) {
        const QString value = scalar(component);
        const qsizetype at = value.lastIndexOf(u'@');
        reader.add(TemplateReference::Kind::GitLabInclude,
                   u"gitlab-component:"_s + (at < 0 ? value : value.left(at)),
                   at < 0 ? QString() : value.mid(at + 1), true, reader.evidenceOf(component));
    }
}

void readGitLab(const YAML::Node &document, FileReader &reader)
{
    if (!isMap(document))
        return;
    const YAML::Node include = document["include"];
    const auto readOne = [&](const YAML::Node &entry) {
        if (isScalar(entry))
            readGitLabIncludeString(entry, reader);
        else if (isMap(entry))
            readGitLabIncludeMap(entry, reader);
    };
    if (isSequence(include)) {
        for (const YAML::Node &entry : include)
            readOne(entry);
    } else {
        readOne(include);
    }
}

void readYaml(FileKind kind, FileReader &reader, const SourceFile &file)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(file.content.toStdString());
        for (const YAML::Node &document : documents) {
            switch (kind) {
            case FileKind::GitHubWorkflow:
                readGitHubWorkflow(document, reader);
                break;
            case FileKind::GitHubAction:
                readGitHubAction(document, reader);
                break;
            case FileKind::GitLab:
                readGitLab(document, reader);
                break;
            case FileKind::Jenkins:
            case FileKind::Other:
                break;
            }
        }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        qCDebug(lcPipelineTemplates) << "invalid YAML in" << file.path << e.what();
        reader.problem(line > 0
                           ? TemplatesTr::tr("invalid YAML at line %1: %2").arg(line).arg(qs(e.msg))
                           : TemplatesTr::tr("invalid YAML: %1").arg(qs(e.msg)));
    }
}

// --- Jenkins ------------------------------------------------------------------------------------

// Groovy source with its comments blanked out, every other character kept where it was so that
// offsets still give the right line, and which characters sit inside a string: "//" in a URL is
// not a comment, and "library 'x'" inside an sh step's string is not a library.
struct GroovyCode
{
    QString text;
    QList<bool> inString;
};

GroovyCode withoutComments(const QString &source)
{
    GroovyCode code {source, QList<bool>(source.size(), false)};
    QString &text = code.text;
    enum class State { Code, Single, Double, Line, Block } state = State::Code;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'\'')
                state = State::Single;
            else if (c == u'"')
                state = State::Double;
            else if (c == u'/' && next == u'/')
                state = State::Line;
            else if (c == u'/' && next == u'*')
                state = State::Block;
            break;
        case State::Single:
        case State::Double:
            code.inString[i] = true;
            if (c == u'\\' && i + 1 < text.size()) {
                code.inString[++i] = true;
            } else if (c == (state == State::Single ? u'\'' : u'"') || c == u'\n') {
                code.inString[i] = false;
                state = State::Code;
            }
            break;
        case State::Line:
            if (c == u'\n')
                state = State::Code;
            break;
        case State::Block:
            if (c == u'*' && next == u'/') {
                text[i] = u' ';
                text[i + 1] = u' ';
                ++i;
                state = State::Code;
                continue;
            }
            break;
        }
        if ((state == State::Line || state == State::Block) && c != u'\n')
            text[i] = u' ';
    }
    return code;
}

void addJenkinsLibrary(const QString &spec, qsizetype offset, const QString &text,
                       FileReader &reader)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return;
    // A library's name cannot hold an @; the version may ("feature@x" branches are rare but legal).
    const qsizetype at = trimmed.indexOf(u'@');
    const QString name = at < 0 ? trimmed : trimmed.left(at);
    const QString version = at < 0 ? QString() : trimmed.mid(at + 1);
    const int line = int(QStringView(text).left(offset).count(u'\n')) + 1;
    reader.add(TemplateReference::Kind::JenkinsLibrary, u"jenkins:"_s + name, version, true,
               reader.evidenceAt(line));
}

// @Library('a@1'), @Library(['a@1', 'b']), @Library(value = 'a@1', changelog = false) and the
// library step: library 'a@1', library('a@1'), library identifier: 'a@1', retriever: ...
void readJenkins(FileReader &reader)
{
    static const QRegularExpression annotation(u"@Library\\s*\\(([^)]*)\\)"_s);
    static const QRegularExpression literal(u"(['\"])([^'\"\\n]*)\\1"_s);
    static const QRegularExpression step(
        u"(?<![\\w.@$])library\\s*\\(?\\s*(?:identifier\\s*:\\s*)?(['\"])([^'\"\\n]*)\\1"_s);
    const GroovyCode groovy = withoutComments(reader.text());
    const QString &code = groovy.text;
    for (auto match = annotation.globalMatch(code); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        if (groovy.inString.at(m.capturedStart(0)))
            continue;
        const QString inside = m.captured(1);
        for (auto lit = literal.globalMatch(inside); lit.hasNext();) {
            const QRegularExpressionMatch l = lit.next();
            addJenkinsLibrary(l.captured(2), m.capturedStart(1) + l.capturedStart(2), code, reader);
        }
    }
    for (auto match = step.globalMatch(code); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        if (groovy.inString.at(m.capturedStart(0)))
            continue;
        addJenkinsLibrary(m.captured(2), m.capturedStart(2), code, reader);
    }
}

} // namespace

QString repositoryOwnerFromUrl(const QString &url)
{
    QString rest = url.trimmed();
    if (const qsizetype scheme = rest.indexOf("://"_L1); scheme >= 0) {
        rest = rest.mid(scheme + 3);
        rest = rest.mid(rest.indexOf(u'/') + 1); // drop the host; none leaves it as it was
    } else if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        rest = rest.mid(colon + 1); // scp-like: git@host:owner/repo.git
    } else {
        return {};
    }
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.first() : QString();
}

bool readsTemplateReferences(const QString &path)
{
    return fileKindOf(path) != FileKind::Other;
}

FileTemplateReferences findTemplateReferences(const SourceFile &file,
                                              const PipelineTemplateOptions &options)
{
    FileReader reader(file, options);
    const FileKind kind = fileKindOf(file.path);
    if (kind == FileKind::Jenkins)
        readJenkins(reader);
    else if (kind != FileKind::Other)
        readYaml(kind, reader, file);
    return reader.take();
}

PipelineTemplateScan scanPipelineTemplates(const QMap<QString, QList<SourceFile>> &ciFilesByService,
                                           const PipelineTemplateOptions &options)
{
    PipelineTemplateScan scan;
    QHash<QPair<QString, QString>, FileTemplateReferences> parsed;
    for (auto it = ciFilesByService.cbegin(); it != ciFilesByService.cend(); ++it) {
        ServiceTemplates service;
        service.service = it.key();
        bool unreadable = false;
        for (const SourceFile &file : it.value()) {
            service.ciFiles.append(file.path);
            const QPair<QString, QString> key {file.repository, file.path};
            auto found = parsed.constFind(key);
            if (found == parsed.cend()) {
                found = parsed.insert(key, findTemplateReferences(file, options));
                scan.problems.append(found->problems);
            }
            service.references.append(found->references);
            unreadable = unreadable || !found->problems.isEmpty();
        }
        if (!service.references.isEmpty())
            service.pipeline = ServiceTemplates::Pipeline::Templated;
        else if (service.ciFiles.isEmpty())
            service.pipeline = ServiceTemplates::Pipeline::NoPipeline;
        else if (unreadable)
            service.pipeline = ServiceTemplates::Pipeline::Unreadable;
        else
            service.pipeline = ServiceTemplates::Pipeline::HandRolled;
        scan.services.append(service);
    }
    return scan;
}

} // namespace Signalbox
