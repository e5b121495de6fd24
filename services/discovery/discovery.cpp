#include "discovery.h"

#include "catalogdiscoverer.h"
#include "composediscoverer.h"
#include "discoveryyaml.h"
#include "git/gitrepository.h"
#include "kubernetesdiscoverer.h"
#include "pipelinediscoverer.h"
#include "pipelinetemplates.h"

#include <QHash>
#include <QSet>

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
    // A file two formats wanted and neither could read is one problem.
    for (const ScanProblem &p : more.problems) {
        if (!into.problems.contains(p))
            into.problems.append(p);
    }
}

DiscoveryPass discoverAtCommit(const GitRepository &repository, const QString &commit,
                               const DiscoveryPassOptions &options)
{
    DiscoveryPass pass;
    const QString label = repository.path();
    const GitTreeListing tree = repository.listFiles(commit);
    if (!tree.error.isEmpty()) {
        pass.error = tree.error;
        return pass;
    }
    const RepositoryScan *previous = options.previous;
    const auto changed = [&](const std::function<bool(const QString &)> &wants) {
        if (!previous || !options.changedPaths)
            return true;
        return std::any_of(options.changedPaths->cbegin(), options.changedPaths->cend(), wants);
    };

    const QList<FormatDiscoverer> discoverers = formatDiscoverers();
    QList<bool> rerun(discoverers.size());
    for (qsizetype k = 0; k < discoverers.size(); ++k) {
        rerun[k] = changed(discoverers.at(k).wants)
            || !previous->formats.contains(discoverers.at(k).name);
    }
    const auto isCiFile = [](const QString &path) {
        return pipelineSystemOf(path).has_value() || readsTemplateReferences(path);
    };
    const QString remoteOwner = repositoryOwnerFromUrl(repository.remoteUrl());
    pass.ciContext = options.repositoryService + u'\n' + remoteOwner;
    const bool ciChanged = changed(isCiFile) || !previous->formats.contains(u"ci"_s)
        || previous->ciContext != pass.ciContext;

    // Which listed files the formats read again, each read once: index into tree.files.
    QList<QList<qsizetype>> wanted(discoverers.size());
    QList<qsizetype> pipelineFiles;
    for (qsizetype i = 0; i < tree.files.size(); ++i) {
        const QString &path = tree.files.at(i).path;
        for (qsizetype k = 0; k < discoverers.size(); ++k) {
            if (rerun.at(k) && discoverers.at(k).wants(path))
                wanted[k].append(i);
        }
        if (pipelineSystemOf(path))
            pipelineFiles.append(i);
    }

    QHash<qsizetype, SourceFile> read;
    QHash<qsizetype, ScanProblem> unreadable;
    const auto readFiles = [&](const QList<qsizetype> &indexes, int &done, int total) {
        for (qsizetype i : indexes) {
            if (read.contains(i) || unreadable.contains(i))
                continue;
            if (options.isCancelled && options.isCancelled())
                return false;
            const GitTreeEntry &entry = tree.files.at(i);
            const GitFileContent content = repository.readBlob(entry);
            if (content.ok())
                read.insert(i, {label, entry.path, content.content});
            else
                unreadable.insert(i, *content.problem);
            ++pass.filesRead;
            if (options.progress)
                options.progress(++done, total);
        }
        return true;
    };
    const auto filesOf = [&](const QList<qsizetype> &indexes, QList<ScanProblem> *problems) {
        QList<SourceFile> files;
        for (qsizetype i : indexes) {
            if (const auto it = read.constFind(i); it != read.constEnd())
                files.append(*it);
            else if (const auto p = unreadable.constFind(i); p != unreadable.constEnd() && problems)
                problems->append(*p);
        }
        return files;
    };

    QSet<qsizetype> toRead;
    for (const QList<qsizetype> &indexes : std::as_const(wanted)) {
        for (qsizetype i : indexes)
            toRead.insert(i);
    }
    // CI files are read when they or the services they are matched against may have changed;
    // counting them up front keeps the progress bar honest in the common case.
    if (ciChanged) {
        for (qsizetype i : std::as_const(pipelineFiles))
            toRead.insert(i);
    }
    int done = 0;
    int total = int(toRead.size());
    if (options.progress)
        options.progress(0, total);

    pass.result.problems.append(tree.problems);
    // Everything to read, in tree order, so problems are listed the way the tree is.
    QList<qsizetype> readOrder(toRead.cbegin(), toRead.cend());
    std::sort(readOrder.begin(), readOrder.end());
    if (!readFiles(readOrder, done, total)) {
        pass.cancelled = true;
        return pass;
    }
    for (qsizetype i : std::as_const(readOrder)) {
        if (const auto p = unreadable.constFind(i); p != unreadable.constEnd())
            pass.result.problems.append(*p);
    }
    for (qsizetype k = 0; k < discoverers.size(); ++k) {
        const QString &name = discoverers.at(k).name;
        DiscoveryResult found;
        if (rerun.at(k)) {
            if (!readFiles(wanted.at(k), done, total)) {
                pass.cancelled = true;
                return pass;
            }
            QList<ScanProblem> problems;
            found = discoverers.at(k).discover(filesOf(wanted.at(k), &problems));
            found.problems = problems + found.problems;
            ++pass.formatsRead;
            qCDebug(lcDiscovery) << name << "found" << found.services.size() << "services and"
                                 << found.dependencies.size() << "edges in" << label;
        } else {
            found = previous->formats.value(name);
        }
        pass.formats.insert(name, found);
        mergeDiscovery(pass.result, found);
    }

    const auto serviceFolders = [](const QList<DiscoveredService> &services) {
        QStringList list;
        for (const DiscoveredService &s : services)
            list.append(s.name + u'\n' + s.path + u'\n' + QString::number(int(s.kind)));
        return list;
    };
    const bool servicesChanged = !previous
        || serviceFolders(previous->result.services) != serviceFolders(pass.result.services);
    if (ciChanged || servicesChanged) {
        if (!ciChanged)
            total += int(pipelineFiles.size());
        if (!readFiles(pipelineFiles, done, total)) {
            pass.cancelled = true;
            return pass;
        }
        QList<ScanProblem> problems;
        const QList<SourceFile> ciFiles = filesOf(pipelineFiles, &problems);
        DiscoveryResult ci = discoverPipelines(ciFiles, pass.result.services);
        ci.problems = problems + ci.problems;
        if (!options.repositoryService.isEmpty()) {
            for (DiscoveredPipeline &p : ci.pipelines)
                p.services = {options.repositoryService};
        }

        // Templates per service: every file that builds it; a service of its own with no CI
        // file has no pipeline (run-only components are not expected to have one).
        QMap<QString, QList<SourceFile>> byService;
        for (const DiscoveredService &service : std::as_const(pass.result.services)) {
            if (options.repositoryService.isEmpty() && service.kind != ServiceKind::Datastore
                && service.kind != ServiceKind::Broker
                && service.kind != ServiceKind::Observability)
                byService.insert(service.name, {});
        }
        if (!options.repositoryService.isEmpty())
            byService.insert(options.repositoryService, {});
        for (const DiscoveredPipeline &p : std::as_const(ci.pipelines)) {
            const auto file = std::find_if(ciFiles.cbegin(), ciFiles.cend(),
                                           [&](const SourceFile &f) { return f.path == p.path; });
            if (file == ciFiles.cend())
                continue;
            for (const QString &service : p.services)
                byService[service].append(*file);
        }
        PipelineTemplateOptions templateOptions = options.templateOptions;
        if (!remoteOwner.isEmpty())
            templateOptions.repositoryOwners.insert(label, remoteOwner);
        const PipelineTemplateScan templates = scanPipelineTemplates(byService, templateOptions);
        ci.problems.append(templates.problems);
        pass.templates = templates.services;
        pass.formats.insert(u"ci"_s, ci);
        ++pass.formatsRead;
    } else {
        pass.formats.insert(u"ci"_s, previous->formats.value(u"ci"_s));
        pass.templates = previous->templates;
    }
    mergeDiscovery(pass.result, pass.formats.value(u"ci"_s));
    return pass;
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
    DiscoveryPassOptions options;
    options.isCancelled = std::move(isCancelled);
    options.progress = std::move(progress);
    DiscoveryPass pass = discoverAtCommit(repository, *commit, options);
    if (!pass.error.isEmpty())
        result.problems.append({repositoryPath, {}, pass.error});
    if (pass.cancelled)
        qCDebug(lcDiscovery) << "cancelled:" << repositoryPath;
    mergeDiscovery(result, pass.result);
    return result;
}

} // namespace Signalbox
