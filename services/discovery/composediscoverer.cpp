#include "composediscoverer.h"

#include "discoverysupport.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Signalbox {

using namespace DiscoverySupport;

namespace {

struct EnvEntry
{
    QString name;
    QString raw; // as written, interpolated when matched
    bool hasValue = false;
    Evidence evidence;
};

struct Link
{
    QString target;
    Evidence evidence;
};

struct ComposeService
{
    QString name;
    QString image;
    QString buildContext; // `build:` or `build.context`: the folder the service is built from
    QList<Evidence> definedAt;
    QList<EnvEntry> environment; // in first-seen order; a later file replaces an entry
    QList<Link> links; // depends_on and links, from every file
};

struct Project
{
    QString repository;
    QString folder;
    QList<const SourceFile *> files;
    const SourceFile *dotEnv = nullptr;
};

int layerRank(const QString &fileName)
{
    static const QStringList order = {
        u"compose.yaml"_s,
        u"compose.yml"_s,
        u"docker-compose.yaml"_s,
        u"docker-compose.yml"_s,
        u"compose.override.yaml"_s,
        u"compose.override.yml"_s,
        u"docker-compose.override.yaml"_s,
        u"docker-compose.override.yml"_s,
    };
    const qsizetype rank = order.indexOf(fileName);
    return rank < 0 ? int(order.size()) : int(rank);
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString interpolate(const QString &text, const QHash<QString, QString> &vars);

QString expand(const QString &expression, const QHash<QString, QString> &vars)
{
    qsizetype n = 0;
    while (n < expression.size() && isNameChar(expression.at(n)))
        ++n;
    const QString name = expression.left(n);
    const QString rest = expression.mid(n);
    const bool set = vars.contains(name);
    const QString value = vars.value(name);
    if (rest.isEmpty())
        return value;
    if (rest.startsWith(u":-"_s))
        return value.isEmpty() ? interpolate(rest.mid(2), vars) : value;
    if (rest.startsWith(u'-'))
        return set ? value : interpolate(rest.mid(1), vars);
    if (rest.startsWith(u":+"_s))
        return value.isEmpty() ? QString() : interpolate(rest.mid(2), vars);
    if (rest.startsWith(u'+'))
        return set ? interpolate(rest.mid(1), vars) : QString();
    if (rest.startsWith(u":?"_s) || rest.startsWith(u'?'))
        return value; // Compose refuses to run; for discovery an empty value is enough
    return u"${"_s + expression + u'}';
}

QString interpolate(const QString &text, const QHash<QString, QString> &vars)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'$' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == u'$') {
            out += u'$';
            ++i;
        } else if (next == u'{') {
            int depth = 0;
            qsizetype j = i + 1;
            for (; j < text.size(); ++j) {
                if (text.at(j) == u'{')
                    ++depth;
                else if (text.at(j) == u'}' && --depth == 0)
                    break;
            }
            if (j >= text.size()) { // unterminated: leave it as written
                out += text.mid(i);
                break;
            }
            out += expand(text.mid(i + 2, j - i - 2), vars);
            i = j;
        } else if (isNameStart(next)) {
            qsizetype j = i + 1;
            while (j < text.size() && isNameChar(text.at(j)))
                ++j;
            out += vars.value(text.mid(i + 1, j - i - 1));
            i = j - 1;
        } else {
            out += c;
        }
    }
    return out;
}

// The .env format of Compose: KEY=VALUE lines, # comments, optional `export`, quotes; values
// without single quotes may use the variables defined above them.
QHash<QString, QString> readDotEnv(const QByteArray &content)
{
    QHash<QString, QString> vars;
    for (QString line : QString::fromUtf8(content).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"export "_s))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.front() == u'\'' && value.back() == u'\'') {
            vars.insert(key, value.mid(1, value.size() - 2));
            continue;
        }
        if (value.size() >= 2 && value.front() == u'"' && value.back() == u'"') {
            value = value.mid(1, value.size() - 2);
        } else {
            const qsizetype comment = value.indexOf(u" #"_s);
            if (comment >= 0)
                value = value.left(comment).trimmed();
        }
        vars.insert(key, interpolate(value, vars));
    }
    return vars;
}

class ProjectReader
{
public:
    ProjectReader(const Project &project, DiscoveryResult &result)
        : m_project(project)
        , m_result(result)
    { }

    void run()
    {
        QHash<QString, QString> vars;
        if (m_project.dotEnv)
            vars = readDotEnv(m_project.dotEnv->content);
        for (const SourceFile *file : m_project.files)
            readFile(*file);
        publish(vars);
    }

private:
    ComposeService &service(const QString &name)
    {
        for (ComposeService &s : m_services) {
            if (s.name == name)
                return s;
        }
        m_services.append(ComposeService {name, {}, {}, {}, {}, {}});
        return m_services.last();
    }

    void readFile(const SourceFile &file)
    {
        const std::optional<YamlFile> yaml = YamlFile::load(file, m_result.problems);
        if (!yaml || yaml->documents().isEmpty())
            return;
        const YAML::Node root = yaml->documents().first();
        if (root.IsNull())
            return;
        if (!root.IsMap()) {
            yaml->problem(root, Tr::tr("expected a map at the top, found %1").arg(describe(root)),
                          m_result.problems);
            return;
        }
        const YAML::Node services = child(root, "services");
        if (!services.IsDefined() || services.IsNull())
            return;
        if (!services.IsMap()) {
            yaml->problem(services,
                          Tr::tr("services: expected a map, found %1").arg(describe(services)),
                          m_result.problems);
            return;
        }
        for (const auto &entry : services) {
            const std::optional<QString> name = scalar(entry.first);
            if (!name || name->isEmpty()) {
                yaml->problem(entry.first, Tr::tr("a service without a name"), m_result.problems);
                continue;
            }
            if (!entry.second.IsMap()) {
                yaml->problem(entry.second,
                              Tr::tr("service %1: expected a map, found %2")
                                  .arg(*name, describe(entry.second)),
                              m_result.problems);
                continue;
            }
            readService(*yaml, *name, entry.first, entry.second);
        }
    }

    void readService(const YamlFile &yaml, const QString &name, const YAML::Node &key,
                     const YAML::Node &definition)
    {
        ComposeService &s = service(name);
        s.definedAt.append(yaml.evidenceAt(key));
        const YAML::Node image = child(definition, "image");
        if (const std::optional<QString> text = scalar(image))
            s.image = *text;
        else if (image.IsDefined() && !image.IsNull())
            yaml.problem(
                image,
                Tr::tr("service %1: image: expected text, found %2").arg(name, describe(image)),
                m_result.problems);
        // The build context is the service's own folder: it ties the service to its code, and
        // so to its history and its pipeline.
        const YAML::Node build = child(definition, "build");
        if (const std::optional<QString> text = scalar(build))
            s.buildContext = *text;
        else if (build.IsMap())
            s.buildContext = scalar(child(build, "context")).value_or(QString());
        readEnvironment(yaml, s, child(definition, "environment"));
        readLinks(yaml, s, u"depends_on"_s, child(definition, "depends_on"));
        readLinks(yaml, s, u"links"_s, child(definition, "links"));
    }

    void setEnv(ComposeService &s, EnvEntry entry)
    {
        for (EnvEntry &known : s.environment) {
            if (known.name == entry.name) {
                known = std::move(entry);
                return;
            }
        }
        s.environment.append(std::move(entry));
    }

    void readEnvironment(const YamlFile &yaml, ComposeService &s, const YAML::Node &environment)
    {
        if (!environment.IsDefined() || environment.IsNull())
            return;
        if (environment.IsMap()) {
            for (const auto &entry : environment) {
                const std::optional<QString> key = scalar(entry.first);
                if (!key)
                    continue;
                if (entry.second.IsNull()) { // KEY: with no value passes the shell's through
                    setEnv(s, EnvEntry {*key, {}, false, yaml.evidenceAt(entry.first)});
                    continue;
                }
                const std::optional<QString> value = scalar(entry.second);
                if (!value) {
                    yaml.problem(entry.second,
                                 Tr::tr("service %1: environment %2: expected text, found %3")
                                     .arg(s.name, *key, describe(entry.second)),
                                 m_result.problems);
                    continue;
                }
                setEnv(s, EnvEntry {*key, *value, true, yaml.evidenceAt(entry.first)});
            }
        } else if (environment.IsSequence()) {
            for (const YAML::Node &item : environment) {
                const std::optional<QString> text = scalar(item);
                if (!text) {
                    yaml.problem(item,
                                 Tr::tr("service %1: environment: expected KEY=VALUE, found %2")
                                     .arg(s.name, describe(item)),
                                 m_result.problems);
                    continue;
                }
                const qsizetype eq = text->indexOf(u'=');
                if (eq < 0)
                    setEnv(s, EnvEntry {*text, {}, false, yaml.evidenceAt(item)});
                else
                    setEnv(
                        s,
                        EnvEntry {text->left(eq), text->mid(eq + 1), true, yaml.evidenceAt(item)});
            }
        } else {
            yaml.problem(environment,
                         Tr::tr("service %1: environment: expected a map or a list, found %2")
                             .arg(s.name, describe(environment)),
                         m_result.problems);
        }
    }

    void readLinks(const YamlFile &yaml, ComposeService &s, const QString &key,
                   const YAML::Node &links)
    {
        if (!links.IsDefined() || links.IsNull())
            return;
        const auto add = [&](const YAML::Node &node) {
            const std::optional<QString> text = scalar(node);
            if (!text || text->isEmpty()) {
                yaml.problem(node,
                             Tr::tr("service %1: %2: expected a service name, found %3")
                                 .arg(s.name, key, describe(node)),
                             m_result.problems);
                return;
            }
            // links may be "service:alias"
            s.links.append(Link {text->section(u':', 0, 0), yaml.evidenceAt(node)});
        };
        if (links.IsSequence()) {
            for (const YAML::Node &item : links)
                add(item);
        } else if (links.IsMap() && key == u"depends_on") {
            for (const auto &entry : links)
                add(entry.first);
        } else {
            yaml.problem(links,
                         Tr::tr("service %1: %2: expected a list, found %3")
                             .arg(s.name, key, describe(links)),
                         m_result.problems);
        }
    }

    const ComposeService *find(const QString &name) const
    {
        for (const ComposeService &s : m_services) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0)
                return &s;
        }
        return nullptr;
    }

    void publish(const QHash<QString, QString> &vars)
    {
        QHash<QString, ServiceKind> kinds;
        for (const ComposeService &s : std::as_const(m_services)) {
            const QString image = interpolate(s.image, vars);
            DiscoveredService out;
            out.name = s.name;
            out.kind = image.isEmpty() ? ServiceKind::Service : kindFromImage(image);
            out.path = m_project.folder;
            const QString context = interpolate(s.buildContext, vars);
            // Only a context inside the repository names a folder of it.
            if (!context.isEmpty() && !context.contains(u"://"_s)) {
                const QString folder = QDir::cleanPath(
                    m_project.folder.isEmpty() ? context : m_project.folder + u'/' + context);
                if (folder != u".."_s && !folder.startsWith(u"../"_s) && !folder.startsWith(u'/'))
                    out.path = folder == u"."_s ? QString() : folder;
            }
            out.origin = DiscoveryOrigin::Compose;
            out.evidence = s.definedAt;
            kinds.insert(s.name, out.kind);
            addService(m_result, std::move(out));
        }
        for (const ComposeService &s : std::as_const(m_services)) {
            for (const Link &link : s.links) {
                const ComposeService *provider = find(link.target);
                if (!provider) {
                    m_result.problems.append(
                        ScanProblem {link.evidence.repository, link.evidence.path,
                                     Tr::tr("line %1: service %2 depends on %3, which no compose "
                                            "file in this folder defines")
                                         .arg(link.evidence.line)
                                         .arg(s.name, link.target)});
                    continue;
                }
                edge(s, *provider, link.evidence, kinds);
            }
            for (const EnvEntry &env : s.environment) {
                if (!env.hasValue)
                    continue;
                for (const QString &host : hostsIn(env.name, interpolate(env.raw, vars))) {
                    if (const ComposeService *provider = find(host))
                        edge(s, *provider, env.evidence, kinds);
                }
            }
        }
    }

    void edge(const ComposeService &consumer, const ComposeService &provider,
              const Evidence &evidence, const QHash<QString, ServiceKind> &kinds)
    {
        if (&consumer == &provider)
            return;
        DiscoveredDependency d;
        d.consumer = consumer.name;
        d.provider = provider.name;
        d.kind = dependencyKindFor(kinds.value(provider.name));
        d.origin = DiscoveryOrigin::Compose;
        d.evidence = {evidence};
        addDependency(m_result, std::move(d));
    }

    const Project &m_project;
    DiscoveryResult &m_result;
    QList<ComposeService> m_services;
};

} // namespace

bool isComposeFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^(?:docker-)?compose(?:[._-][^/]*)?\\.ya?ml$"_s);
    return pattern.match(fileName).hasMatch();
}

DiscoveryResult discoverCompose(const QList<SourceFile> &files)
{
    std::map<std::pair<QString, QString>, Project> projects; // ordered: a stable output
    for (const SourceFile &file : files) {
        const QString name = fileNameOf(file.path);
        const bool compose = isComposeFileName(name);
        if (!compose && name != u".env")
            continue;
        Project &project = projects[{file.repository, folderOf(file.path)}];
        project.repository = file.repository;
        project.folder = folderOf(file.path);
        if (compose)
            project.files.append(&file);
        else
            project.dotEnv = &file;
    }

    DiscoveryResult result;
    for (auto &[key, project] : projects) {
        if (project.files.isEmpty())
            continue;
        std::stable_sort(project.files.begin(), project.files.end(),
                         [](const SourceFile *a, const SourceFile *b) {
                             const QString an = fileNameOf(a->path);
                             const QString bn = fileNameOf(b->path);
                             const int ar = layerRank(an);
                             const int br = layerRank(bn);
                             return ar != br ? ar < br : an < bn;
                         });
        try {
            ProjectReader(project, result).run();
        } catch (const YAML::Exception &e) {
            // yaml-cpp throws on conversions the checks above should have ruled out; a scan
            // must go on whatever a file holds.
            result.problems.append(
                problemFor(*project.files.first(),
                           Tr::tr("could not read: %1").arg(QString::fromStdString(e.msg))));
        }
    }
    return result;
}

} // namespace Signalbox
