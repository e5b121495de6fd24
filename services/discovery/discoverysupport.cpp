#include "discoverysupport.h"

#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcDiscovery, "signalbox.discovery", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Signalbox::DiscoverySupport {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

struct KindHint
{
    QLatin1StringView word;
    ServiceKind kind;
};

// Matched against the words of the image's repository path (registry and tag left out), so
// "bitnami/postgresql:16", "confluentinc/cp-kafka" and "otel/opentelemetry-collector" all hit.
constexpr KindHint kindHints[] = {
    {"postgres"_L1, ServiceKind::Datastore},
    {"postgresql"_L1, ServiceKind::Datastore},
    {"postgis"_L1, ServiceKind::Datastore},
    {"mysql"_L1, ServiceKind::Datastore},
    {"mariadb"_L1, ServiceKind::Datastore},
    {"mongo"_L1, ServiceKind::Datastore},
    {"mongodb"_L1, ServiceKind::Datastore},
    {"redis"_L1, ServiceKind::Datastore},
    {"elasticsearch"_L1, ServiceKind::Datastore},
    {"opensearch"_L1, ServiceKind::Datastore},
    {"cassandra"_L1, ServiceKind::Datastore},
    {"memcached"_L1, ServiceKind::Datastore},
    {"kafka"_L1, ServiceKind::Broker},
    {"rabbitmq"_L1, ServiceKind::Broker},
    {"nats"_L1, ServiceKind::Broker},
    {"redpanda"_L1, ServiceKind::Broker},
    {"prometheus"_L1, ServiceKind::Observability},
    {"grafana"_L1, ServiceKind::Observability},
    {"loki"_L1, ServiceKind::Observability},
    {"jaeger"_L1, ServiceKind::Observability},
    {"jaegertracing"_L1, ServiceKind::Observability},
    {"zipkin"_L1, ServiceKind::Observability},
    {"otel"_L1, ServiceKind::Observability},
    {"opentelemetry"_L1, ServiceKind::Observability},
};

bool isSpecific(ServiceKind kind)
{
    return kind != ServiceKind::Unknown && kind != ServiceKind::Service;
}

} // namespace

std::optional<YamlFile> YamlFile::load(const SourceFile &file, QList<ScanProblem> &problems)
{
    YamlFile parsed;
    parsed.m_file = &file;
    try {
        for (const YAML::Node &document : YAML::LoadAll(file.content.toStdString()))
            parsed.m_documents.append(document);
    } catch (const YAML::Exception &e) {
        problems.append(problemFor(file,
                                   Tr::tr("not valid YAML at line %1, column %2: %3")
                                       .arg(e.mark.line + 1)
                                       .arg(e.mark.column + 1)
                                       .arg(qs(e.msg))));
        return std::nullopt;
    }
    parsed.m_lines = QString::fromUtf8(file.content).split(u'\n');
    return parsed;
}

Evidence YamlFile::evidenceAt(const YAML::Node &node) const
{
    Evidence evidence;
    evidence.repository = m_file->repository;
    evidence.path = m_file->path;
    const int line = node.IsDefined() ? node.Mark().line : -1;
    if (line >= 0 && line < m_lines.size()) {
        evidence.line = line + 1;
        evidence.text = m_lines.at(line).trimmed();
    }
    return evidence;
}

void YamlFile::problem(const YAML::Node &node, const QString &reason,
                       QList<ScanProblem> &problems) const
{
    const int line = node.IsDefined() ? node.Mark().line : -1;
    problems.append(
        problemFor(*m_file, line >= 0 ? Tr::tr("line %1: %2").arg(line + 1).arg(reason) : reason));
}

ScanProblem problemFor(const SourceFile &file, const QString &reason)
{
    qCDebug(lcDiscovery) << file.repository << file.path << reason;
    return ScanProblem {file.repository, file.path, reason};
}

std::optional<QString> scalar(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    return qs(node.Scalar());
}

YAML::Node child(const YAML::Node &node, const char *key)
{
    if (!node.IsDefined() || !node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node direct = node[key];
    if (direct.IsDefined())
        return direct;
    const YAML::Node merged = node["<<"];
    if (!merged.IsDefined()) // a missing key gives an invalid node that throws on anything else
        return YAML::Node(YAML::NodeType::Undefined);
    if (merged.IsMap())
        return child(merged, key);
    if (merged.IsSequence()) {
        for (const YAML::Node &each : merged) {
            const YAML::Node found = child(each, key);
            if (found.IsDefined())
                return found;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString describe(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return Tr::tr("nothing");
    if (node.IsMap())
        return Tr::tr("a map");
    if (node.IsSequence())
        return Tr::tr("a list");
    return Tr::tr("text");
}

ServiceKind kindFromImage(const QString &image)
{
    QString name = image.trimmed().toLower();
    name = name.section(u'@', 0, 0); // digest
    QStringList segments = name.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return ServiceKind::Service;
    // A first segment with a dot or a port, or "localhost", is a registry, not a name.
    if (segments.size() > 1
        && (segments.first().contains(u'.') || segments.first().contains(u':')
            || segments.first() == u"localhost"))
        segments.removeFirst();
    segments.last() = segments.last().section(u':', 0, 0); // tag
    static const QRegularExpression separators(u"[-_.]+"_s);
    for (const QString &segment : std::as_const(segments)) {
        for (const QString &word : segment.split(separators, Qt::SkipEmptyParts)) {
            for (const KindHint &hint : kindHints) {
                if (word == hint.word)
                    return hint.kind;
            }
        }
    }
    return ServiceKind::Service;
}

DependencyKind dependencyKindFor(ServiceKind provider)
{
    switch (provider) {
    case ServiceKind::Datastore:
        return DependencyKind::Datastore;
    case ServiceKind::Broker:
        return DependencyKind::Async;
    default:
        return DependencyKind::Sync;
    }
}

QStringList hostsIn(const QString &key, const QString &value)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    static const QRegularExpression hostName(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    static const QRegularExpression hostPort(
        u"^(?:[^@/\\s]+@)?([A-Za-z0-9][A-Za-z0-9._-]*):\\d{1,5}(?:/.*)?$"_s);
    static const QRegularExpression hostKey(
        u"(?:^|[_.-])(?:host|hostname|hosts|addr|address|server|servers|endpoint|broker|brokers)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression camelHostKey(
        u"[a-z0-9](?:Host|Hostname|Hosts|Addr|Address|Server|Servers|Endpoint|Broker|Brokers)$"_s);
    const bool keyNamesHost = hostKey.match(key).hasMatch() || camelHostKey.match(key).hasMatch();

    QStringList hosts;
    const auto add = [&hosts](const QString &host) {
        const QString lower = host.toLower();
        if (!lower.isEmpty() && !hosts.contains(lower))
            hosts.append(lower);
    };
    for (QString token : value.split(separators, Qt::SkipEmptyParts)) {
        while (!token.isEmpty() && (token.front() == u'"' || token.front() == u'\''))
            token.remove(0, 1);
        while (!token.isEmpty() && (token.back() == u'"' || token.back() == u'\''))
            token.chop(1);
        const qsizetype scheme = token.indexOf(u"://"_s);
        if (scheme > 0) {
            QString authority = token.mid(scheme + 3);
            static const QRegularExpression pathStart(u"[/?#]"_s);
            const qsizetype end = authority.indexOf(pathStart);
            if (end >= 0)
                authority.truncate(end);
            authority = authority.mid(authority.lastIndexOf(u'@') + 1);
            const QString host = authority.section(u':', 0, 0);
            if (hostName.match(host).hasMatch())
                add(host);
            continue;
        }
        if (const QRegularExpressionMatch m = hostPort.match(token); m.hasMatch()) {
            add(m.captured(1));
            continue;
        }
        if (hostName.match(token).hasMatch()
            && (keyNamesHost || token.contains(u".svc."_s) || token.endsWith(u".svc"_s)))
            add(token);
    }
    return hosts;
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

void addService(DiscoveryResult &result, DiscoveredService service)
{
    for (DiscoveredService &known : result.services) {
        if (known.name != service.name)
            continue;
        if (!isSpecific(known.kind) && isSpecific(service.kind))
            known.kind = service.kind;
        else if (known.kind == ServiceKind::Unknown)
            known.kind = service.kind;
        if (known.path.isEmpty())
            known.path = service.path;
        for (const Evidence &e : std::as_const(service.evidence)) {
            if (!known.evidence.contains(e))
                known.evidence.append(e);
        }
        return;
    }
    result.services.append(std::move(service));
}

void addDependency(DiscoveryResult &result, DiscoveredDependency dependency)
{
    for (DiscoveredDependency &known : result.dependencies) {
        if (known.consumer != dependency.consumer || known.provider != dependency.provider)
            continue;
        for (const Evidence &e : std::as_const(dependency.evidence)) {
            if (!known.evidence.contains(e))
                known.evidence.append(e);
        }
        return;
    }
    result.dependencies.append(std::move(dependency));
}

} // namespace Signalbox::DiscoverySupport
