#pragma once

#include "domain/pipelinetemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox {

// How a template reference names its version.
enum class VersionKind {
    Semantic, // v1.4.2, 1.4, v2, 2.0.0-rc.1: ordered numerically
    Commit, // a hexadecimal commit id of 7 to 40 digits
    Name, // a branch or a tag that is not a version: no order can be told
    None // no ref: the default branch
};

VersionKind classifyVersion(const QString &version);

// Orders two semantic versions (classifyVersion() == Semantic): negative when a is older, zero when
// they are the same version however written (v1.4 and 1.4.0), positive when a is newer. Missing
// components count as 0; a pre-release (-rc.1) comes before its release, as in semver.
int compareVersions(const QString &a, const QString &b);

// How a template is shown in sentences: "org/ci-templates build.yml", "Jenkins library shared-lib".
QString templateDisplayName(TemplateReference::Kind kind, const QString &identity);

struct TemplateUse
{
    QString service;
    QString version;
    Evidence evidence;

    bool operator==(const TemplateUse &) const = default;
};

struct TemplateDrift
{
    TemplateReference::Kind kind = TemplateReference::Kind::GitHubWorkflow;
    QString identity;
    QString displayName;
    QString newestVersion; // the newest semantic version in use; empty when nobody pins one
    // On the newest version; or on a shorter version that covers it (v1 or v1.4 when the newest
    // is v1.4.2: by the GitHub convention such a tag moves with each release of its line); or a
    // reference that cannot carry a version. By service.
    QList<TemplateUse> current;
    QList<TemplateUse> behind; // an older semantic version: oldest first, then by service
    QList<TemplateUse> unpinned; // a branch, a commit, a non-version tag or no ref: by service

    bool operator==(const TemplateDrift &) const = default;
};

struct TemplateDriftReport
{
    QList<TemplateDrift> templates; // by identity
    QStringList handRolled; // services whose CI files use no template, by name
    QStringList unreadable; // services whose CI files could not be read and showed no template
    QStringList noPipeline; // services without a CI file
    // One sentence per finding, for a team lead to act on: each service behind, each unpinned
    // use, each hand-rolled, unreadable or missing pipeline, in that order.
    QStringList findings;
};

// Who is behind the newest version of each template. A branch name or a commit is never guessed
// as newer or older: it is reported as unpinned. Pure: the same input gives the same report.
TemplateDriftReport analyseTemplateDrift(const QList<ServiceTemplates> &services);

} // namespace Signalbox
