#include "workspaceparser.h"

#include "domain/tr.h"
#include "sources/source.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <yaml-cpp/yaml.h>

Q_LOGGING_CATEGORY(lcWorkspace, "signalbox.workspace", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct ServicesTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Services)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Collects diagnostics for one file with the position of the YAML node they are about.
class Reporter
{
public:
    explicit Reporter(QString path)
        : m_path(std::move(path))
    { }

    void error(const YAML::Node &node, const QString &key, const QString &message)
    {
        add(Diagnostic::Severity::Error, node, key, message);
    }
    void warning(const YAML::Node &node, const QString &key, const QString &message)
    {
        add(Diagnostic::Severity::Warning, node, key, message);
    }
    void add(Diagnostic::Severity severity, const YAML::Node &node, const QString &key,
             const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.origin = m_path;
        if (node.IsDefined() && node.Mark().line >= 0) {
            d.line = node.Mark().line + 1;
            d.column = node.Mark().column + 1;
        }
        d.key = key;
        d.message = message;
        m_diagnostics.append(d);
    }
    void fileError(const QString &message, int line = 0, int column = 0)
    {
        Diagnostic d;
        d.origin = m_path;
        d.line = line;
        d.column = column;
        d.message = message;
        m_diagnostics.append(d);
    }

    Diagnostics take() { return std::move(m_diagnostics); }

private:
    QString m_path;
    Diagnostics m_diagnostics;
};

std::optional<QString> readString(const YAML::Node &node, const QString &key, Reporter &reporter)
{
    if (!node.IsScalar()) {
        reporter.error(node, key, ServicesTr::tr("expected text"));
        return std::nullopt;
    }
    return qs(node.Scalar());
}

std::optional<int> readInt(const YAML::Node &node, const QString &key, Reporter &reporter)
{
    if (node.IsScalar()) {
        bool ok = false;
        const int value = qs(node.Scalar()).toInt(&ok);
        if (ok)
            return value;
    }
    reporter.error(node, key, ServicesTr::tr("expected a whole number"));
    return std::nullopt;
}

std::optional<bool> readBool(const YAML::Node &node, const QString &key, Reporter &reporter)
{
    if (node.IsScalar()) {
        const QString word = qs(node.Scalar()).toLower();
        if (word == u"true" || word == u"yes" || word == u"on")
            return true;
        if (word == u"false" || word == u"no" || word == u"off")
            return false;
    }
    reporter.error(node, key, ServicesTr::tr("expected true or false"));
    return std::nullopt;
}

void warnUnknownKeys(const YAML::Node &map, const QString &prefix, const QSet<QString> &known,
                     Reporter &reporter)
{
    for (const auto &entry : map) {
        const QString key = qs(entry.first.as<std::string>(""));
        if (!known.contains(key)) {
            reporter.warning(entry.first, prefix.isEmpty() ? key : prefix + u'.' + key,
                             ServicesTr::tr("unknown key, ignored"));
        }
    }
}

struct PendingDependency
{
    Dependency dependency;
    YAML::Node node;
    QString key;
};

void parseService(const YAML::Node &node, const QString &key, const QString &path, Workspace &ws,
                  QSet<QString> &names, QList<PendingDependency> &pending, Reporter &reporter)
{
    if (!node.IsMap()) {
        reporter.error(node, key, ServicesTr::tr("expected a service with at least a name"));
        return;
    }
    static const QSet<QString> known {
        u"name"_s,       u"owner"_s, u"system"_s,        u"tier"_s,      u"kind"_s,
        u"repository"_s, u"path"_s,  u"defaultBranch"_s, u"dependsOn"_s, u"description"_s};
    warnUnknownKeys(node, key, known, reporter);

    Service service;
    service.inCatalog = true;
    const YAML::Node nameNode = node["name"];
    if (!nameNode) {
        reporter.error(node, key, ServicesTr::tr("a service needs a name; this entry was skipped"));
        return;
    }
    const auto name = readString(nameNode, key + u".name", reporter);
    if (!name || name->trimmed().isEmpty()) {
        if (name)
            reporter.error(nameNode, key + u".name",
                           ServicesTr::tr("the name is empty; this entry was skipped"));
        return;
    }
    service.name = name->trimmed();
    if (names.contains(service.name)) {
        reporter.error(
            nameNode, key + u".name",
            ServicesTr::tr("%1 is declared twice; the second entry was skipped").arg(service.name));
        return;
    }
    names.insert(service.name);

    if (const YAML::Node n = node["owner"])
        service.owner = readString(n, key + u".owner", reporter).value_or(QString());
    if (const YAML::Node n = node["system"])
        service.system = readString(n, key + u".system", reporter).value_or(QString());
    if (const YAML::Node n = node["repository"])
        service.repository = readString(n, key + u".repository", reporter).value_or(QString());
    if (const YAML::Node n = node["path"])
        service.pathInRepo = readString(n, key + u".path", reporter).value_or(QString());
    if (const YAML::Node n = node["defaultBranch"])
        service.defaultBranch
            = readString(n, key + u".defaultBranch", reporter).value_or(u"main"_s);
    if (const YAML::Node n = node["tier"]) {
        if (const auto tier = readInt(n, key + u".tier", reporter)) {
            if (*tier < 1 || *tier > 5)
                reporter.error(n, key + u".tier", ServicesTr::tr("tier must be between 1 and 5"));
            else
                service.tier = *tier;
        }
    }
    service.kind = ServiceKind::Service;
    if (const YAML::Node n = node["kind"]) {
        if (const auto word = readString(n, key + u".kind", reporter)) {
            bool ok = false;
            service.kind = serviceKindFromWord(*word, &ok);
            if (!ok) {
                reporter.warning(
                    n, key + u".kind",
                    ServicesTr::tr("unknown kind \"%1\"; expected service, frontend, gateway, "
                                   "datastore, broker or observability")
                        .arg(*word));
            }
        }
    }

    if (const YAML::Node deps = node["dependsOn"]) {
        if (!deps.IsSequence()) {
            reporter.error(deps, key + u".dependsOn",
                           ServicesTr::tr("expected a list of services"));
        } else {
            int i = 0;
            for (const auto &dep : deps) {
                const QString depKey = key + u".dependsOn[" + QString::number(i++) + u']';
                Dependency d;
                d.consumer = service.name;
                d.kind = DependencyKind::Sync;
                if (dep.IsScalar()) {
                    d.provider = qs(dep.Scalar()).trimmed();
                } else if (dep.IsMap()) {
                    warnUnknownKeys(dep, depKey, {u"service"_s, u"kind"_s}, reporter);
                    if (const YAML::Node s = dep["service"])
                        d.provider = readString(s, depKey + u".service", reporter)
                                         .value_or(QString())
                                         .trimmed();
                    if (const YAML::Node k = dep["kind"]) {
                        if (const auto word = readString(k, depKey + u".kind", reporter)) {
                            bool ok = false;
                            d.kind = dependencyKindFromWord(*word, &ok);
                            if (!ok) {
                                reporter.error(
                                    k, depKey + u".kind",
                                    ServicesTr::tr("unknown dependency kind \"%1\"; expected "
                                                   "sync, async or datastore")
                                        .arg(*word));
                                d.kind = DependencyKind::Unknown;
                            }
                        }
                    }
                } else {
                    reporter.error(dep, depKey,
                                   ServicesTr::tr("expected a service name or { service, kind }"));
                    continue;
                }
                if (d.provider.isEmpty()) {
                    reporter.error(dep, depKey,
                                   ServicesTr::tr("the dependency names no service; skipped"));
                    continue;
                }
                const int line = dep.Mark().line + 1;
                d.evidence = QFileInfo(path).fileName() + u':' + QString::number(line)
                    + QLatin1String(": dependsOn ") + d.provider;
                pending.append({d, dep, depKey});
            }
        }
    }
    ws.services.append(service);
}

void parseSource(const YAML::Node &node, const QString &key, Workspace &ws, QSet<QString> &names,
                 Reporter &reporter)
{
    if (!node.IsMap()) {
        reporter.error(node, key, ServicesTr::tr("expected a source with at least a kind"));
        return;
    }
    SourceConfig config;
    config.line = node.Mark().line + 1;
    const YAML::Node kindNode = node["kind"];
    if (!kindNode) {
        reporter.error(node, key,
                       ServicesTr::tr("a source needs a kind (for example: kind: file); skipped"));
        return;
    }
    config.kind = readString(kindNode, key + u".kind", reporter).value_or(QString());
    const SourceDescription *description = SourceRegistry::describe(config.kind);
    if (!description) {
        reporter.error(
            kindNode, key + u".kind",
            ServicesTr::tr("no source of kind \"%1\" is installed (known kinds: %2); skipped")
                .arg(config.kind, SourceRegistry::kinds().join(QLatin1String(", "))));
        return;
    }
    config.name = config.kind;
    if (const YAML::Node n = node["name"])
        config.name = readString(n, key + u".name", reporter).value_or(config.kind);
    if (config.name == u"workspace") {
        reporter.error(
            node, key + u".name",
            ServicesTr::tr("\"workspace\" is the name of the workspace's own catalog; choose "
                           "another name; skipped"));
        return;
    }
    if (names.contains(config.name)) {
        reporter.error(
            node, key + u".name",
            ServicesTr::tr("another source is already named \"%1\"; give each source its own "
                           "name; skipped")
                .arg(config.name));
        return;
    }

    bool usable = true;
    for (const auto &entry : node) {
        const QString settingKey = qs(entry.first.as<std::string>(""));
        const QString fullKey = key + u'.' + settingKey;
        const YAML::Node &value = entry.second;
        if (settingKey == u"kind" || settingKey == u"name")
            continue;
        if (settingKey == u"token") {
            if (!description->acceptsToken) {
                reporter.warning(entry.first, fullKey,
                                 ServicesTr::tr("this kind of source takes no token; ignored"));
                continue;
            }
            if (value.IsMap()) {
                warnUnknownKeys(value, fullKey, {u"env"_s, u"keychain"_s}, reporter);
                if (const YAML::Node env = value["env"])
                    config.token.environmentVariable
                        = readString(env, fullKey + u".env", reporter).value_or(QString());
                if (const YAML::Node kc = value["keychain"])
                    config.token.keychainEntry
                        = readString(kc, fullKey + u".keychain", reporter).value_or(QString());
            }
            if (config.token.isEmpty()) {
                // The value itself is never repeated: it may be a real secret pasted by mistake.
                reporter.error(
                    value, fullKey,
                    ServicesTr::tr("a token is never written into the workspace; name where to "
                                   "find it instead, e.g. token: { env: GITHUB_TOKEN } or "
                                   "token: { keychain: signalbox/github }"));
            }
            continue;
        }
        const SettingDescription *setting = description->setting(settingKey);
        if (!setting) {
            reporter.warning(
                entry.first, fullKey,
                ServicesTr::tr("unknown setting for a %1 source, ignored").arg(config.kind));
            continue;
        }
        switch (setting->type) {
        case SettingDescription::Type::Bool:
            if (const auto b = readBool(value, fullKey, reporter))
                config.settings.insert(settingKey, *b);
            break;
        case SettingDescription::Type::Int:
            if (const auto i = readInt(value, fullKey, reporter))
                config.settings.insert(settingKey, *i);
            break;
        case SettingDescription::Type::String:
        case SettingDescription::Type::Path:
        case SettingDescription::Type::Url:
            if (const auto s = readString(value, fullKey, reporter))
                config.settings.insert(settingKey, *s);
            break;
        case SettingDescription::Type::StringList: {
            // One value is accepted as a list of one: "repositories: shop/cart".
            QStringList list;
            if (value.IsScalar()) {
                if (const auto s = readString(value, fullKey, reporter))
                    list.append(*s);
            } else if (value.IsSequence()) {
                for (std::size_t i = 0; i < value.size(); ++i) {
                    const QString itemKey = fullKey + u'[' + QString::number(i) + u']';
                    if (const auto s = readString(value[i], itemKey, reporter))
                        list.append(*s);
                }
            } else {
                reporter.error(value, fullKey, ServicesTr::tr("expected a list of text"));
                break;
            }
            config.settings.insert(settingKey, list);
            break;
        }
        case SettingDescription::Type::Map: {
            if (!value.IsMap()) {
                reporter.error(value, fullKey,
                               ServicesTr::tr("expected a mapping such as { name: service }"));
                break;
            }
            QVariantMap map;
            for (const auto &item : value) {
                const QString itemKey = qs(item.first.as<std::string>(""));
                if (const auto s = readString(item.second, fullKey + u'.' + itemKey, reporter))
                    map.insert(itemKey, *s);
            }
            config.settings.insert(settingKey, map);
            break;
        }
        }
    }
    for (const SettingDescription &setting : description->settings) {
        if (config.settings.contains(setting.key))
            continue;
        if (setting.required) {
            reporter.error(node, key,
                           ServicesTr::tr("a %1 source needs the setting \"%2\"; skipped")
                               .arg(config.kind, setting.key));
            usable = false;
        } else if (setting.defaultValue.isValid()) {
            config.settings.insert(setting.key, setting.defaultValue);
        }
    }
    if (!usable)
        return;
    names.insert(config.name);
    ws.sources.append(config);
}

void parseFreeze(const YAML::Node &node, const QString &key, Workspace &ws, Reporter &reporter)
{
    if (!node.IsMap()) {
        reporter.error(node, key, ServicesTr::tr("expected { environment, from, to, reason }"));
        return;
    }
    warnUnknownKeys(node, key, {u"environment"_s, u"from"_s, u"to"_s, u"reason"_s}, reporter);
    FreezeWindow freeze;
    bool ok = true;
    if (const YAML::Node n = node["environment"])
        freeze.environment = readString(n, key + u".environment", reporter).value_or(QString());
    if (freeze.environment.isEmpty()) {
        reporter.error(node, key, ServicesTr::tr("a freeze names its environment; skipped"));
        return;
    }
    if (!ws.environments.isEmpty() && !ws.environments.contains(freeze.environment)) {
        reporter.warning(node["environment"], key + u".environment",
                         ServicesTr::tr("%1 is not one of the workspace's environments")
                             .arg(freeze.environment));
    }
    for (const auto &[field, target] :
         {std::pair {u"from"_s, &freeze.from}, std::pair {u"to"_s, &freeze.to}}) {
        const YAML::Node n = node[field.toStdString()];
        if (!n) {
            reporter.error(
                node, key,
                ServicesTr::tr("a freeze needs \"%1\" (an ISO 8601 time); skipped").arg(field));
            ok = false;
            continue;
        }
        const QString text = readString(n, key + u'.' + field, reporter).value_or(QString());
        QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        // Times without an offset are UTC, like everywhere else in Signalbox's files.
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        if (!time.isValid()) {
            reporter.error(
                n, key + u'.' + field,
                ServicesTr::tr("\"%1\" is not an ISO 8601 time such as 2026-12-20T18:00:00Z")
                    .arg(text));
            ok = false;
            continue;
        }
        *target = time.toMSecsSinceEpoch();
    }
    if (!ok)
        return;
    if (freeze.to <= freeze.from) {
        reporter.error(node, key, ServicesTr::tr("the freeze ends before it begins; skipped"));
        return;
    }
    if (const YAML::Node n = node["reason"])
        freeze.reason = readString(n, key + u".reason", reporter).value_or(QString());
    ws.freezes.append(freeze);
}

} // namespace

void parseRepository(const YAML::Node &node, const QString &key, Workspace &ws,
                     QSet<QString> &names, Reporter &reporter)
{
    RepositoryConfig repository;
    repository.line = node.Mark().line + 1;
    if (node.IsScalar()) {
        repository.path = qs(node.Scalar()).trimmed();
    } else if (node.IsMap()) {
        warnUnknownKeys(node, key, {u"path"_s, u"name"_s, u"revision"_s, u"service"_s}, reporter);
        if (const YAML::Node n = node["path"])
            repository.path = readString(n, key + u".path", reporter).value_or(QString()).trimmed();
        if (const YAML::Node n = node["name"])
            repository.name = readString(n, key + u".name", reporter).value_or(QString()).trimmed();
        if (const YAML::Node n = node["revision"])
            repository.revision
                = readString(n, key + u".revision", reporter).value_or(QString()).trimmed();
        if (const YAML::Node n = node["service"])
            repository.service
                = readString(n, key + u".service", reporter).value_or(QString()).trimmed();
    } else {
        reporter.error(node, key, ServicesTr::tr("expected a folder or { path, revision }"));
        return;
    }
    if (repository.path.isEmpty()) {
        reporter.error(node, key,
                       ServicesTr::tr("a repository needs the path of its local clone; skipped"));
        return;
    }
    if (repository.name.isEmpty()) {
        QString folder = QDir::cleanPath(repository.path);
        repository.name = folder.mid(folder.lastIndexOf(u'/') + 1);
        if (repository.name.endsWith(u".git"_s))
            repository.name.chop(4);
    }
    if (repository.revision.isEmpty())
        repository.revision = u"HEAD"_s;
    if (names.contains(repository.name)) {
        reporter.error(node, key,
                       ServicesTr::tr("a second repository is named %1; give one of them another "
                                      "name; skipped")
                           .arg(repository.name));
        return;
    }
    names.insert(repository.name);
    ws.repositories.append(repository);
}

std::optional<DependencyKey> parseDependencyKey(const YAML::Node &node, const QString &key,
                                                Reporter &reporter)
{
    if (node.IsScalar()) {
        const QString text = qs(node.Scalar());
        const qsizetype arrow = text.indexOf(u"->"_s);
        DependencyKey dependency;
        if (arrow > 0) {
            dependency.consumer = text.left(arrow).trimmed();
            dependency.provider = text.mid(arrow + 2).trimmed();
        }
        if (!dependency.consumer.isEmpty() && !dependency.provider.isEmpty())
            return dependency;
    }
    reporter.error(node, key,
                   ServicesTr::tr("expected a dependency written as \"consumer -> provider\""));
    return std::nullopt;
}

QStringList parseNameList(const YAML::Node &node, const QString &key, Reporter &reporter)
{
    QStringList names;
    if (!node.IsSequence()) {
        reporter.error(node, key, ServicesTr::tr("expected a list of service names"));
        return names;
    }
    for (const auto &item : node) {
        if (const auto name = readString(item, key, reporter); name && !name->trimmed().isEmpty())
            names.append(name->trimmed());
    }
    return names;
}

QList<DependencyKey> parseDependencyKeys(const YAML::Node &node, const QString &key,
                                         Reporter &reporter)
{
    QList<DependencyKey> keys;
    if (!node.IsSequence()) {
        reporter.error(node, key, ServicesTr::tr("expected a list of \"consumer -> provider\""));
        return keys;
    }
    int i = 0;
    for (const auto &item : node) {
        if (auto dependency
            = parseDependencyKey(item, key + u'[' + QString::number(i++) + u']', reporter))
            keys.append(*dependency);
    }
    return keys;
}

// The decisions block Signalbox writes itself (WorkspaceDiscoveryEditor); a person may edit it.
void parseDiscovery(const YAML::Node &node, const QString &path, Workspace &ws, Reporter &reporter)
{
    if (!node.IsMap()) {
        reporter.error(node, u"discovery"_s, ServicesTr::tr("expected confirm, hide and add"));
        return;
    }
    warnUnknownKeys(node, u"discovery"_s, {u"confirm"_s, u"hide"_s, u"add"_s}, reporter);
    DiscoveryDecisions &decisions = ws.discovery;
    const auto readGroup
        = [&](const char *word, QStringList &services, QList<DependencyKey> &dependencies) {
              const QString key = u"discovery."_s + QLatin1String(word);
              const YAML::Node group = node[word];
              if (!group)
                  return;
              if (!group.IsMap()) {
                  reporter.error(group, key, ServicesTr::tr("expected services and dependencies"));
                  return;
              }
              warnUnknownKeys(group, key, {u"services"_s, u"dependencies"_s}, reporter);
              if (const YAML::Node n = group["services"])
                  services = parseNameList(n, key + u".services"_s, reporter);
              if (const YAML::Node n = group["dependencies"])
                  dependencies = parseDependencyKeys(n, key + u".dependencies"_s, reporter);
          };
    readGroup("confirm", decisions.confirmedServices, decisions.confirmedDependencies);
    readGroup("hide", decisions.hiddenServices, decisions.hiddenDependencies);

    const YAML::Node added = node["add"];
    if (!added)
        return;
    if (!added.IsMap()) {
        reporter.error(added, u"discovery.add"_s,
                       ServicesTr::tr("expected services and dependencies"));
        return;
    }
    warnUnknownKeys(added, u"discovery.add"_s, {u"services"_s, u"dependencies"_s}, reporter);
    if (const YAML::Node services = added["services"]) {
        if (!services.IsSequence()) {
            reporter.error(services, u"discovery.add.services"_s,
                           ServicesTr::tr("expected a list of services"));
        } else {
            // Added services read like catalog entries; their names must not collide with them.
            QSet<QString> names;
            for (const Service &s : std::as_const(ws.services))
                names.insert(s.name);
            Workspace scratch;
            QList<PendingDependency> ignored;
            int i = 0;
            for (const auto &item : services) {
                parseService(item, u"discovery.add.services[" + QString::number(i++) + u']', path,
                             scratch, names, ignored, reporter);
            }
            decisions.addedServices = scratch.services;
            decisions.addedDependencies.append(scratch.dependencies);
            for (const PendingDependency &p : std::as_const(ignored))
                decisions.addedDependencies.append(p.dependency);
        }
    }
    if (const YAML::Node dependencies = added["dependencies"]) {
        if (!dependencies.IsSequence()) {
            reporter.error(dependencies, u"discovery.add.dependencies"_s,
                           ServicesTr::tr("expected a list of \"consumer -> provider\""));
            return;
        }
        int i = 0;
        for (const auto &item : dependencies) {
            const QString key = u"discovery.add.dependencies[" + QString::number(i++) + u']';
            Dependency d;
            d.kind = DependencyKind::Sync;
            if (item.IsMap()) {
                // { consumer: a, provider: b, kind: async }: the form for a kind other than sync.
                warnUnknownKeys(item, key, {u"consumer"_s, u"provider"_s, u"kind"_s}, reporter);
                if (const YAML::Node n = item["consumer"])
                    d.consumer
                        = readString(n, key + u".consumer", reporter).value_or(QString()).trimmed();
                if (const YAML::Node n = item["provider"])
                    d.provider
                        = readString(n, key + u".provider", reporter).value_or(QString()).trimmed();
                if (const YAML::Node n = item["kind"]) {
                    if (const auto word = readString(n, key + u".kind", reporter)) {
                        bool ok = false;
                        d.kind = dependencyKindFromWord(*word, &ok);
                        if (!ok) {
                            reporter.error(
                                n, key + u".kind",
                                ServicesTr::tr("unknown dependency kind \"%1\"; expected "
                                               "sync, async or datastore")
                                    .arg(*word));
                            continue;
                        }
                    }
                }
                if (d.consumer.isEmpty() || d.provider.isEmpty()) {
                    reporter.error(item, key,
                                   ServicesTr::tr("expected a dependency written as \"consumer -> "
                                                  "provider\""));
                    continue;
                }
            } else if (const auto k = parseDependencyKey(item, key, reporter)) {
                d.consumer = k->consumer;
                d.provider = k->provider;
            } else {
                continue;
            }
            d.evidence = QFileInfo(path).fileName() + u':' + QString::number(item.Mark().line + 1)
                + u": added by hand: "_s + d.consumer + u" -> "_s + d.provider;
            decisions.addedDependencies.append(d);
        }
    }
}

WorkspaceParseResult parseWorkspaceFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        WorkspaceParseResult result;
        result.workspace.filePath = path;
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   path,
                                   0,
                                   0,
                                   {},
                                   ServicesTr::tr("the workspace file does not exist")});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        WorkspaceParseResult result;
        result.workspace.filePath = path;
        result.diagnostics.append(
            {Diagnostic::Severity::Error,
             path,
             0,
             0,
             {},
             ServicesTr::tr("cannot read the workspace file: %1").arg(file.errorString())});
        return result;
    }
    return parseWorkspaceText(file.readAll(), path);
}

WorkspaceParseResult parseWorkspaceText(const QByteArray &yaml, const QString &path)
{
    WorkspaceParseResult result;
    Workspace &ws = result.workspace;
    ws.filePath = path;
    Reporter reporter(path);

    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException &e) {
        reporter.fileError(ServicesTr::tr("not valid YAML: %1").arg(qs(e.msg)), e.mark.line + 1,
                           e.mark.column + 1);
        result.diagnostics = reporter.take();
        return result;
    }
    if (!root.IsMap()) {
        reporter.fileError(
            root.IsNull()
                ? ServicesTr::tr("the workspace file is empty")
                : ServicesTr::tr("expected a workspace (a map with services and sources)"));
        result.diagnostics = reporter.take();
        return result;
    }

    try {
        static const QSet<QString> known {u"signalbox"_s, u"name"_s,        u"environments"_s,
                                          u"services"_s,  u"sources"_s,     u"freezes"_s,
                                          u"discovery"_s, u"repositories"_s};
        warnUnknownKeys(root, {}, known, reporter);

        if (const YAML::Node v = root["signalbox"]) {
            if (const auto version = readInt(v, u"signalbox"_s, reporter);
                version && *version > WorkspaceFormatVersion) {
                reporter.error(
                    v, u"signalbox"_s,
                    ServicesTr::tr("this workspace needs a newer Signalbox (format %1, this "
                                   "version reads up to %2)")
                        .arg(*version)
                        .arg(WorkspaceFormatVersion));
                result.diagnostics = reporter.take();
                return result;
            }
        } else {
            reporter.warning(root, u"signalbox"_s,
                             ServicesTr::tr("no format version; add \"signalbox: 1\" at the top"));
        }

        ws.name = QFileInfo(path).completeBaseName();
        if (const YAML::Node n = root["name"])
            ws.name = readString(n, u"name"_s, reporter).value_or(ws.name);

        if (const YAML::Node envs = root["environments"]) {
            if (!envs.IsSequence()) {
                reporter.error(envs, u"environments"_s,
                               ServicesTr::tr("expected a list of environment names"));
            } else {
                for (const auto &env : envs) {
                    if (const auto name = readString(env, u"environments"_s, reporter))
                        ws.environments.append(*name);
                }
            }
        }

        QSet<QString> serviceNames;
        QList<PendingDependency> pending;
        if (const YAML::Node services = root["services"]) {
            if (!services.IsSequence()) {
                reporter.error(services, u"services"_s,
                               ServicesTr::tr("expected a list of services"));
            } else {
                int i = 0;
                for (const auto &node : services) {
                    parseService(node, u"services[" + QString::number(i++) + u']', path, ws,
                                 serviceNames, pending, reporter);
                }
            }
        }
        for (const PendingDependency &p : pending) {
            if (p.dependency.provider == p.dependency.consumer) {
                reporter.warning(p.node, p.key,
                                 ServicesTr::tr("%1 depends on itself").arg(p.dependency.consumer));
            } else if (!serviceNames.contains(p.dependency.provider)) {
                reporter.warning(
                    p.node, p.key,
                    ServicesTr::tr("%1 is not in the catalog; the dependency is kept and the "
                                   "service shown as undeclared")
                        .arg(p.dependency.provider));
            }
            ws.dependencies.append(p.dependency);
        }

        if (const YAML::Node freezes = root["freezes"]) {
            if (!freezes.IsSequence()) {
                reporter.error(freezes, u"freezes"_s,
                               ServicesTr::tr("expected a list of freeze windows"));
            } else {
                int i = 0;
                for (const auto &node : freezes)
                    parseFreeze(node, u"freezes[" + QString::number(i++) + u']', ws, reporter);
            }
        }

        QSet<QString> sourceNames;
        if (const YAML::Node sources = root["sources"]) {
            if (!sources.IsSequence()) {
                reporter.error(sources, u"sources"_s, ServicesTr::tr("expected a list of sources"));
            } else {
                int i = 0;
                for (const auto &node : sources)
                    parseSource(node, u"sources[" + QString::number(i++) + u']', ws, sourceNames,
                                reporter);
            }
        }

        QSet<QString> repositoryNames;
        if (const YAML::Node repositories = root["repositories"]) {
            if (!repositories.IsSequence()) {
                reporter.error(repositories, u"repositories"_s,
                               ServicesTr::tr("expected a list of local repositories"));
            } else {
                int i = 0;
                for (const auto &node : repositories)
                    parseRepository(node, u"repositories[" + QString::number(i++) + u']', ws,
                                    repositoryNames, reporter);
            }
        }
        if (const YAML::Node discovery = root["discovery"])
            parseDiscovery(discovery, path, ws, reporter);
    } catch (const YAML::Exception &e) {
        // yaml-cpp throws on shapes we did not foresee; report it where it happened, keep the rest.
        reporter.fileError(
            ServicesTr::tr("cannot read this part of the workspace: %1").arg(qs(e.msg)),
            e.mark.line + 1, e.mark.column + 1);
    }

    result.readable = true;
    result.diagnostics = reporter.take();
    // Dependencies are checked after the whole catalog is read; list everything in file order.
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    for (const Diagnostic &d : std::as_const(result.diagnostics))
        qCInfo(lcWorkspace).noquote() << d.toString();
    return result;
}

} // namespace Signalbox
