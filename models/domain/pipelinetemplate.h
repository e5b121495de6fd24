#pragma once

#include "discovery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox {

// One place a CI definition hands its work to the shared template layer.
//
// Identities, so that every use of one template groups together:
//   GitHub reusable workflow  org/ci-templates/.github/workflows/build.yml
//   GitHub action             org/setup-toolchain, org/actions/setup-java (owner/repo[/path])
//   GitLab project include    gitlab:platform/ci-templates:/templates/build.yml
//   GitLab CI/CD component    gitlab-component:gitlab.com/platform/components/build
//   GitLab built-in template  gitlab-template:Auto-DevOps.gitlab-ci.yml
//   remote URL (GitLab)       remote:https://example.com/ci/build.yml
//   a file of the same repo   local:<repository>:.github/workflows/build.yml (GitHub and GitLab)
//   Jenkins shared library    jenkins:shared-lib
struct TemplateReference
{
    enum class Kind { GitHubWorkflow, GitHubAction, GitLabInclude, JenkinsLibrary };
    Kind kind = Kind::GitHubWorkflow;
    QString identity;
    QString version; // the ref as written; empty: the template's default branch or version
    // False when the reference cannot name a version, so it is never behind nor unpinned: a file
    // of the same repository moves with the commit, a GitLab built-in template with the server,
    // and a remote URL is all there is to it.
    bool carriesVersion = true;
    Evidence evidence;

    bool operator==(const TemplateReference &) const = default;
};

// Which templates one service's pipeline uses.
struct ServiceTemplates
{
    enum class Pipeline {
        Templated, // at least one template reference
        HandRolled, // CI files, all readable, none of them uses a template
        NoPipeline, // no CI file at all
        // CI files without a template reference, and at least one had a problem (invalid YAML,
        // an include naming no file), so the verdict hand-rolled could be wrong
        Unreadable
    };
    QString service;
    Pipeline pipeline = Pipeline::NoPipeline;
    QStringList ciFiles; // paths inside the repository, as given
    QList<TemplateReference> references; // in file order, then line order

    bool operator==(const ServiceTemplates &) const = default;
};

} // namespace Signalbox
