#pragma once

#include "domain/entities.h"

#include <QStringList>
#include <QVariantMap>

namespace Signalbox::GitHub {

// Which service a repository's runs, deployments and environments belong to.
struct RepositoryService
{
    enum class Rule {
        Setting, // the source's services setting names it
        CatalogRepository, // a catalog service declares this repository
        CatalogName, // a catalog service is named like the repository
        Fallback, // nothing matched: a new service named like the repository
    };
    QString service;
    Rule rule = Rule::Fallback;
    // Other catalog services that declare the same repository (a monorepo without workflows).
    QStringList alsoInRepository;

    // Said by someone, rather than guessed from the repository's name.
    bool isExplicit() const { return rule == Rule::Setting || rule == Rule::CatalogRepository; }
};

// The mapping rules of the GitHub source:
//   1. services setting: owner/repo -> service;
//   2. the catalog service whose repository is owner/repo (https://host/owner/repo, with or
//      without .git, or git@host:owner/repo.git);
//   3. the catalog service named like the repository;
//   4. a service named like the repository, which the store creates.
// The workflows setting assigns single runs by workflow name or file path, before all of these.
class ServiceMap
{
public:
    ServiceMap(const QVariantMap &servicesSetting, const QVariantMap &workflowsSetting,
               const QList<Service> &catalog);

    RepositoryService forRepository(const QString &ownerRepo) const;
    // The service the workflows setting gives a run, matched by file path first, then by name;
    // empty when no entry matches.
    QString forWorkflow(const QString &name, const QString &path) const;
    bool hasWorkflowEntries() const { return !m_workflows.isEmpty(); }
    // Everything that decides where this repository's rows go, and the other settings that shape
    // what is read (alsoDeciding), as a short hash.
    QString fingerprint(const QString &ownerRepo, const QStringList &alsoDeciding) const;

private:
    QVariantMap m_services;
    QVariantMap m_workflows;
    QList<Service> m_catalog;
};

} // namespace Signalbox::GitHub
