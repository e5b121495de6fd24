#include "githubservicemap.h"

#include "githubpayload.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Signalbox::GitHub {

namespace {

// "https://github.com/acme/shop.git/", "git@github.com:acme/shop.git", "acme/shop" all name
// acme/shop; GitHub's names are not case-sensitive.
bool declaresRepository(const QString &repositorySetting, const QString &ownerRepo)
{
    QString text = repositorySetting.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.endsWith(u".git"_s, Qt::CaseInsensitive))
        text.chop(4);
    if (text.compare(ownerRepo, Qt::CaseInsensitive) == 0)
        return true;
    if (!text.endsWith(ownerRepo, Qt::CaseInsensitive))
        return false;
    const QChar before = text.at(text.size() - ownerRepo.size() - 1);
    return before == u'/' || before == u':';
}

QString repositoryPart(const QString &ownerRepo)
{
    return ownerRepo.mid(ownerRepo.indexOf(u'/') + 1);
}

} // namespace

ServiceMap::ServiceMap(const QVariantMap &servicesSetting, const QVariantMap &workflowsSetting,
                       const QList<Service> &catalog)
    : m_services(servicesSetting)
    , m_workflows(workflowsSetting)
    , m_catalog(catalog)
{ }

RepositoryService ServiceMap::forRepository(const QString &ownerRepo) const
{
    RepositoryService result;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        if (it.key().compare(ownerRepo, Qt::CaseInsensitive) == 0
            && !it.value().toString().isEmpty()) {
            result.service = it.value().toString();
            result.rule = RepositoryService::Rule::Setting;
            return result;
        }
    }
    QStringList declaring;
    for (const Service &s : m_catalog) {
        if (!s.repository.isEmpty() && declaresRepository(s.repository, ownerRepo))
            declaring.append(s.name);
    }
    if (!declaring.isEmpty()) {
        declaring.sort();
        result.service = declaring.takeFirst();
        result.rule = RepositoryService::Rule::CatalogRepository;
        result.alsoInRepository = declaring;
        return result;
    }
    const QString name = repositoryPart(ownerRepo);
    const Service *caseInsensitive = nullptr;
    for (const Service &s : m_catalog) {
        if (s.name == name) {
            result.service = s.name;
            result.rule = RepositoryService::Rule::CatalogName;
            return result;
        }
        if (!caseInsensitive && s.name.compare(name, Qt::CaseInsensitive) == 0)
            caseInsensitive = &s;
    }
    if (caseInsensitive) {
        result.service = caseInsensitive->name;
        result.rule = RepositoryService::Rule::CatalogName;
        return result;
    }
    result.service = name;
    result.rule = RepositoryService::Rule::Fallback;
    return result;
}

QString ServiceMap::forWorkflow(const QString &name, const QString &path) const
{
    if (!path.isEmpty()) {
        for (auto it = m_workflows.cbegin(); it != m_workflows.cend(); ++it) {
            if (workflowPathWithoutRef(it.key()) == path)
                return it.value().toString();
        }
    }
    if (!name.isEmpty())
        return m_workflows.value(name).toString();
    return {};
}

QString ServiceMap::fingerprint(const QString &ownerRepo, const QStringList &alsoDeciding) const
{
    const RepositoryService repository = forRepository(ownerRepo);
    QStringList parts {ownerRepo, repository.service, QString::number(int(repository.rule)),
                       repository.alsoInRepository.join(u',')};
    parts += alsoDeciding;
    // QVariantMap is ordered by key: the same setting always hashes the same.
    for (auto it = m_workflows.cbegin(); it != m_workflows.cend(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    const QByteArray hash
        = QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

} // namespace Signalbox::GitHub
