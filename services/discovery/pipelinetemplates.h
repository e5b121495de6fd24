#pragma once

#include "domain/discovery.h"
#include "domain/pipelinetemplate.h"
#include "sourcefile.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Signalbox {

// Which uses of other code count as the team's template layer rather than the marketplace.
//
// Reusable workflows (jobs.<id>.uses), GitLab includes and Jenkins shared libraries always count:
// they exist to share pipelines. A step's action (steps[].uses: owner/repo[/path]@ref) counts only
// when its owner is the owner of the repository it is used in (repositoryOwners) or one of the
// templateOwners, compared without case; so actions/checkout or a vendor's action are tools, not
// templates, unless a workspace names their owner. A local action (./path) always counts, since
// it is shared within its repository; docker:// actions never do.
struct PipelineTemplateOptions
{
    QStringList
        templateOwners; // organisations whose actions are templates, e.g. from the workspace
    QHash<QString, QString> repositoryOwners; // SourceFile::repository -> its owner on the forge
};

// The owner of a repository from its remote URL: "shop" for https://github.com/shop/checkout.git,
// git@github.com:shop/checkout.git or ssh://git@host/shop/checkout; empty when there is none.
QString repositoryOwnerFromUrl(const QString &url);

// Whether a path (inside its repository) is a CI definition this parser reads templates from:
// .github/workflows/*.yml|yaml, action.yml|yaml, *.gitlab-ci.yml|yaml, .gitlab/**.yml|yaml,
// Jenkinsfile, Jenkinsfile.*, *.jenkinsfile.
bool readsTemplateReferences(const QString &path);

struct FileTemplateReferences
{
    QList<TemplateReference> references; // in line order
    QList<ScanProblem> problems; // invalid YAML, an include without a file; the rest is still read
};

// The template references in one CI file. Pure: the file's content is all it reads. A file of
// another CI system (Tekton, CircleCI, …) has none and no problem.
FileTemplateReferences findTemplateReferences(const SourceFile &file,
                                              const PipelineTemplateOptions &options = {});

struct PipelineTemplateScan
{
    QList<ServiceTemplates> services; // by service name
    QList<ScanProblem> problems; // each file once, however many services share it
};

// Per service, the templates its CI files use; HandRolled when it has CI files but no reference,
// NoPipeline when it has none, Unreadable when a file could not be read and the others show no
// reference. A file shared by several services (a monorepo's root workflow) is parsed once.
PipelineTemplateScan scanPipelineTemplates(const QMap<QString, QList<SourceFile>> &ciFilesByService,
                                           const PipelineTemplateOptions &options = {});

} // namespace Signalbox
