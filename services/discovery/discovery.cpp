#include "discovery.h"

#include "catalogdiscoverer.h"
#include "composediscoverer.h"
#include "discoveryyaml.h"
#include "git/gitrepository.h"
#include "kubernetesdiscoverer.h"
#include "pipelinediscoverer.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

template<typename T>
void addEvidence(QList<Evidence> &into, const T &more)
{
    for (const Evidence &e : more) {
        if (!into.contains(e))
            into.append(e);
    }
}

void fillEmpty(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

} // namespace

QString toWord(DiscoveryOrigin origin)
{
    switch (origin) {
    case DiscoveryOrigin::Catalog:
        return u"catalog"_s;
    case DiscoveryOrigin::Compose:
        return u"compose"_s;
    case DiscoveryOrigin::Kubernetes:
        return u"kubernetes"_s;
    case DiscoveryOrigin::Helm:
        return u"helm"_s;
    case DiscoveryOrigin::CiDefinition:
        return u"ci"_s;
    }
    return {};
}

QString toWord(DiscoveredPipeline::System system)
{
    switch (system) {
    case DiscoveredPipeline::System::GitHubActions:
        return u"github-actions"_s;
    case DiscoveredPipeline::System::GitLabCi:
        return u"gitlab-ci"_s;
    case DiscoveredPipeline::System::Jenkins:
        return u"jenkins"_s;
    case DiscoveredPipeline::System::Tekton:
        return u"tekton"_s;
    case DiscoveredPipeline::System::CircleCi:
        return u"circleci"_s;
    }
    return {};
}

QList<FormatDiscoverer> formatDiscoverers()
{
    const auto fileName = [](const QString &path) {
        return path.mid(path.lastIndexOf(u'/') + 1);
    };
    return {
        {u"catalog"_s, isCatalogFile, discoverCatalog},
        // A folder's .env goes with its compose files: it interpolates them.
        {u"compose"_s,
         [fileName](const QString &path) {
             const QString name = fileName(path);
             return isComposeFileName(name) || name == u".env";
         },
         discoverCompose},
        // Every YAML file: the discoverer itself leaves out what is not a manifest (compose,
        // CI folders, catalogs, chart templates) and reads kustomizations and Helm values.
        {u"kubernetes"_s,
         [](const QString &path) {
             return path.endsWith(u".yaml"_s, Qt::CaseInsensitive)
                 || path.endsWith(u".yml"_s, Qt::CaseInsensitive);
         },
         discoverKubernetes},
    };
}

void mergeDiscovery(DiscoveryResult &into, const DiscoveryResult &more)
{
    for (const DiscoveredService &s : more.services) {
        auto it = std::find_if(into.services.begin(), into.services.end(),
                               [&](const DiscoveredService &o) { return o.name == s.name; });
        if (it == into.services.end()) {
            into.services.append(s);
            continue;
        }
        if (it->kind == ServiceKind::Unknown)
            it->kind = s.kind;
        fillEmpty(it->owner, s.owner);
        fillEmpty(it->system, s.system);
        fillEmpty(it->lifecycle, s.lifecycle);
        fillEmpty(it->path, s.path);
        addEvidence(it->evidence, s.evidence);
    }
    for (const DiscoveredDependency &d : more.dependencies) {
        auto it = std::find_if(into.dependencies.begin(), into.dependencies.end(),
                               [&](const DiscoveredDependency &o) {
                                   return o.consumer == d.consumer && o.provider == d.provider;
                               });
        if (it == into.dependencies.end()) {
            into.dependencies.append(d);
            continue;
        }
        if (it->kind == DependencyKind::Unknown)
            it->kind = d.kind;
        addEvidence(it->evidence, d.evidence);
    }
    into.pipelines.append(more.pipelines);
    into.problems.append(more.problems);
}

DiscoveryResult discoverRepository(const QString &repositoryPath, const QString &revision,
                                   std::function<bool()> isCancelled,
                                   std::function<void(int, int)> progress)
{
    DiscoveryResult result;
    const GitRepository repository(repositoryPath);
    if (!repository.isValid()) {
        result.problems.append({repositoryPath, {}, repository.errorString()});
        return result;
    }
    QString error;
    const std::optional<QString> commit = repository.resolveCommit(revision, &error);
    if (!commit) {
        result.problems.append({repositoryPath, {}, error});
        return result;
    }
    const GitTreeListing tree = repository.listFiles(*commit);
    if (!tree.error.isEmpty()) {
        result.problems.append({repositoryPath, {}, tree.error});
        return result;
    }
    result.problems.append(tree.problems);

    const QList<FormatDiscoverer> discoverers = formatDiscoverers();
    // Which listed files anyone wants, each read once: index into tree.files.
    QList<QList<qsizetype>> wanted(discoverers.size());
    QList<qsizetype> pipelineFiles;
    QHash<qsizetype, bool> toRead;
    for (qsizetype i = 0; i < tree.files.size(); ++i) {
        const QString &path = tree.files.at(i).path;
        for (qsizetype k = 0; k < discoverers.size(); ++k) {
            if (discoverers.at(k).wants(path)) {
                wanted[k].append(i);
                toRead.insert(i, true);
            }
        }
        if (pipelineSystemOf(path)) {
            pipelineFiles.append(i);
            toRead.insert(i, true);
        }
    }

    QHash<qsizetype, SourceFile> read;
    const int total = int(toRead.size());
    int done = 0;
    if (progress)
        progress(0, total);
    for (qsizetype i = 0; i < tree.files.size(); ++i) {
        if (!toRead.contains(i))
            continue;
        if (isCancelled && isCancelled()) {
            qCDebug(lcDiscovery) << "cancelled:" << repositoryPath;
            return result;
        }
        const GitTreeEntry &entry = tree.files.at(i);
        const GitFileContent content = repository.readBlob(entry);
        if (content.ok())
            read.insert(i, {repositoryPath, entry.path, content.content});
        else
            result.problems.append(*content.problem);
        if (progress)
            progress(++done, total);
    }
    const auto filesOf = [&](const QList<qsizetype> &indexes) {
        QList<SourceFile> files;
        for (qsizetype i : indexes) {
            if (const auto it = read.constFind(i); it != read.constEnd())
                files.append(*it);
        }
        return files;
    };

    for (qsizetype k = 0; k < discoverers.size(); ++k) {
        if (isCancelled && isCancelled())
            return result;
        const DiscoveryResult found = discoverers.at(k).discover(filesOf(wanted.at(k)));
        qCDebug(lcDiscovery) << discoverers.at(k).name << "found" << found.services.size()
                             << "services and" << found.dependencies.size() << "edges in"
                             << repositoryPath;
        mergeDiscovery(result, found);
    }
    mergeDiscovery(result, discoverPipelines(filesOf(pipelineFiles), result.services));
    return result;
}

} // namespace Signalbox
