#pragma once

// Shared by the file discoverers; internal to signalbox_services.

#include "discovery/sourcefile.h"
#include "domain/discovery.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QStringList>

#include <optional>

#include <yaml-cpp/yaml.h>

Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)

namespace Signalbox::DiscoverySupport {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Discovery)
};

// A parsed YAML file that can point back at its own lines for evidence and problems.
class YamlFile
{
public:
    // Parses every document of the file; on invalid YAML reports a problem with the parser's
    // line and returns nothing.
    static std::optional<YamlFile> load(const SourceFile &file, QList<ScanProblem> &problems);

    const SourceFile &file() const { return *m_file; }
    const QList<YAML::Node> &documents() const { return m_documents; }

    // The node's line, with the whole line trimmed as the text.
    Evidence evidenceAt(const YAML::Node &node) const;
    // "line N: reason" about the node, for the scan's problems.
    void problem(const YAML::Node &node, const QString &reason, QList<ScanProblem> &problems) const;

private:
    const SourceFile *m_file = nullptr;
    QStringList m_lines;
    QList<YAML::Node> m_documents;
};

ScanProblem problemFor(const SourceFile &file, const QString &reason);

// The scalar's text; nothing for maps, sequences, null and undefined nodes.
std::optional<QString> scalar(const YAML::Node &node);
// The map's entry, following YAML merge keys (<<: *anchor) which yaml-cpp leaves to its users;
// an undefined node when absent or when node is not a map.
YAML::Node child(const YAML::Node &node, const char *key);
// Short type name for problems ("a list", "text").
QString describe(const YAML::Node &node);

// The kind an image name hints at; Service when it hints at nothing.
ServiceKind kindFromImage(const QString &image);
DependencyKind dependencyKindFor(ServiceKind provider);

// Host names a value points at: URL hosts, host:port, and bare host names when the key reads
// like one (DB_HOST, redisAddr, host) or the name is a cluster DNS name (x.ns.svc...).
QStringList hostsIn(const QString &key, const QString &value);

QString folderOf(const QString &path);
QString fileNameOf(const QString &path);

// Adds or merges by name (evidence appended, a specific kind wins over Service/Unknown).
void addService(DiscoveryResult &result, DiscoveredService service);
// Adds or merges by (consumer, provider).
void addDependency(DiscoveryResult &result, DiscoveredDependency dependency);

} // namespace Signalbox::DiscoverySupport
