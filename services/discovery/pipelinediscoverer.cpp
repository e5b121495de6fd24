#include "pipelinediscoverer.h"

#include "discoveryyaml.h"

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

bool isYamlName(const QString &name)
{
    return name.endsWith(u".yml"_s) || name.endsWith(u".yaml"_s);
}

bool isPathCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.';
}

// The first 1-based line where folder stands as a whole path (not as part of a longer name), or 0.
int firstMention(const QByteArray &content, const QString &folder)
{
    const QByteArray needle = folder.toUtf8();
    for (qsizetype from = 0;;) {
        const qsizetype at = content.indexOf(needle, from);
        if (at < 0)
            return 0;
        const qsizetype end = at + needle.size();
        const auto charAt = [&](qsizetype i) {
            return i < content.size() ? content.at(i) : '\n';
        };
        const bool startsClean = at == 0 || !isPathCharacter(content.at(at - 1));
        // "services/cart/**", "services/cart" then a quote or a blank, or at the end of a
        // sentence: the folder; "services/cart.yaml" or "services/cart-ui": something else.
        const char next = charAt(end);
        const bool endsClean
            = !isPathCharacter(next) || (next == '.' && !isPathCharacter(charAt(end + 1)));
        if (startsClean && endsClean)
            return int(content.left(at).count('\n')) + 1;
        from = at + 1;
    }
}

// Datastores, brokers and observability components are run, not built by a service's pipeline.
QStringList buildable(const QList<DiscoveredService> &services)
{
    QStringList names;
    for (const DiscoveredService &s : services) {
        if (s.kind != ServiceKind::Datastore && s.kind != ServiceKind::Broker
            && s.kind != ServiceKind::Observability)
            names.append(s.name);
    }
    return names;
}

} // namespace

std::optional<DiscoveredPipeline::System> pipelineSystemOf(const QString &path)
{
    const QString name = path.mid(path.lastIndexOf(u'/') + 1);
    const QString folder = path.left(std::max<qsizetype>(0, path.lastIndexOf(u'/')));
    if (folder == u".github/workflows"_s && isYamlName(name))
        return DiscoveredPipeline::System::GitHubActions;
    if (name == u".gitlab-ci.yml"_s)
        return DiscoveredPipeline::System::GitLabCi;
    if (name == u"Jenkinsfile"_s)
        return DiscoveredPipeline::System::Jenkins;
    if ((folder == u".tekton"_s || folder.endsWith(u"/.tekton"_s)) && isYamlName(name))
        return DiscoveredPipeline::System::Tekton;
    if (path == u".circleci/config.yml"_s)
        return DiscoveredPipeline::System::CircleCi;
    return std::nullopt;
}

DiscoveryResult discoverPipelines(const QList<SourceFile> &files,
                                  const QList<DiscoveredService> &services)
{
    DiscoveryResult result;
    for (const SourceFile &file : files) {
        const std::optional<DiscoveredPipeline::System> system = pipelineSystemOf(file.path);
        if (!system)
            continue;
        if (*system != DiscoveredPipeline::System::Jenkins) {
            try {
                YAML::LoadAll(file.content.toStdString());
            } catch (const YAML::Exception &e) {
                result.problems.append(yamlProblem(file, e));
            }
        }
        DiscoveredPipeline pipeline;
        pipeline.system = *system;
        pipeline.path = file.path;
        pipeline.evidence = evidenceAt(file, 0);

        const DiscoveredService *owner = nullptr;
        for (const DiscoveredService &s : services) {
            if (!s.path.isEmpty() && file.path.startsWith(s.path + u'/')
                && (!owner || s.path.size() > owner->path.size()))
                owner = &s;
        }
        if (owner) {
            pipeline.services = {owner->name};
        } else {
            int firstLine = 0;
            for (const DiscoveredService &s : services) {
                if (s.path.isEmpty() || pipeline.services.contains(s.name))
                    continue;
                const int line = firstMention(file.content, s.path);
                if (line == 0)
                    continue;
                pipeline.services.append(s.name);
                if (firstLine == 0 || line < firstLine)
                    firstLine = line;
            }
            pipeline.services.sort();
            if (firstLine > 0)
                pipeline.evidence = evidenceAt(file, firstLine);
            else if (const QStringList built = buildable(services); built.size() == 1)
                pipeline.services = built;
        }
        result.pipelines.append(pipeline);
    }
    return result;
}

} // namespace Signalbox
