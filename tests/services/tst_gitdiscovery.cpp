#include "discovery/discovery.h"
#include "git/gitrepository.h"
#include "gitrepobuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

const char OrdersCatalog[] = R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
spec:
  type: service
  owner: group:default/team-orders
  system: storefront
  lifecycle: production
  providesApis:
    - orders-api
  dependsOn:
    - component:default/payments
    - resource:orders-db
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-db
spec:
  type: database
  owner: team-orders
  system: storefront
---
kind: API
metadata:
  name: orders-api
spec:
  type: openapi
  owner: team-orders
)";

const char PaymentsCatalog[] = R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments
spec:
  type: service
  owner: team-payments
  lifecycle: production
  system: storefront
)";

const char WebCatalog[] = R"(kind: Component
metadata:
  name: web
spec:
  type: website
  owner: team-web
  consumesApis: [orders-api]
  dependsOn: [component:payments]
)";

const char BrokenCatalog[] = R"(kind: Component
metadata:
  name: broken
  tags: [unclosed
spec:
  owner: nobody
)";

// Not a raw string: moc would read the "/**" in it as the start of a comment.
const char OrdersWorkflow[] = "name: orders\n"
                              "on:\n"
                              "  push:\n"
                              "    paths:\n"
                              "      - \"services/orders/**\"\n"
                              "jobs:\n"
                              "  build:\n"
                              "    runs-on: ubuntu-latest\n"
                              "    steps:\n"
                              "      - run: make\n"
                              "        working-directory: services/orders\n";

const char AllWorkflow[] = R"(name: all
on: [push]
jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
        working-directory: services/web
  payments:
    runs-on: ubuntu-latest
    steps:
      - run: cd services/payments && make
      - run: cat services/payments-legacy/README
)";

const char GitLabCi[] = R"(stages: [build]
build:
  script: make all
)";

const char Jenkinsfile[] = R"(pipeline {
  agent any
  stages { stage('build') { steps { sh 'make' } } }
}
)";

QByteArray binaryContent()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes.append('\0');
    bytes.append("IHDR");
    return bytes;
}

Evidence ev(const QString &repo, const QString &path, int line, const QString &text)
{
    return {repo, path, line, text};
}

} // namespace

// Readable failures: QCOMPARE prints these for the lists it compares.
namespace QTest {
template<>
char *toString(const Evidence &e)
{
    return qstrdup(qPrintable(u"%1:%2 \"%3\""_s.arg(e.path).arg(e.line).arg(e.text)));
}
template<>
char *toString(const ScanProblem &p)
{
    return qstrdup(qPrintable(u"%1: %2"_s.arg(p.path, p.reason)));
}
template<>
char *toString(const DiscoveredDependency &d)
{
    QStringList lines;
    for (const Evidence &e : d.evidence)
        lines << u"%1:%2 %3"_s.arg(e.path).arg(e.line).arg(e.text);
    return qstrdup(qPrintable(u"%1 -> %2 (%3) [%4]"_s.arg(d.consumer, d.provider)
                                  .arg(int(d.kind))
                                  .arg(lines.join(u"; "_s))));
}
template<>
char *toString(const DiscoveredPipeline &p)
{
    return qstrdup(qPrintable(u"%1 [%2] %3:%4 %5"_s.arg(p.path, p.services.join(u","_s))
                                  .arg(p.evidence.path)
                                  .arg(p.evidence.line)
                                  .arg(p.evidence.text)));
}
} // namespace QTest

// Real repositories made with libgit2 in a temporary folder, read at a commit without a checkout.
class TestGitDiscovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    QString m_firstCommit;
    QString m_secondCommit;
    QString m_submoduleSha = u"0123456789abcdef0123456789abcdef01234567"_s;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(u"shop"_s);
        GitRepoBuilder repo(m_repo);
        m_firstCommit = repo.write(u"services/payments/catalog-info.yaml"_s, PaymentsCatalog)
                            .commit(u"payments"_s, at(2026, 3, 1, 9, 0), u"alice"_s);
        m_secondCommit
            = repo.write(u"services/orders/catalog-info.yaml"_s, OrdersCatalog)
                  .write(u"services/web/catalog-info.yaml"_s, WebCatalog)
                  .write(u"services/broken/catalog-info.yaml"_s, BrokenCatalog)
                  .write(u"services/payments/Jenkinsfile"_s, Jenkinsfile)
                  .write(u".github/workflows/orders.yml"_s, OrdersWorkflow)
                  .write(u".github/workflows/all.yml"_s, AllWorkflow)
                  .write(u".gitlab-ci.yml"_s, GitLabCi)
                  .write(u".tekton/image.yaml"_s, binaryContent())
                  .write(u"vendor/huge/catalog-info.yaml"_s, QByteArray(2 * 1024 * 1024, 'x'))
                  .write(u"docs/logo.png"_s, binaryContent())
                  .symlink(u"link"_s, u"../../etc/passwd"_s)
                  .symlink(u"loop-a"_s, u"loop-b"_s)
                  .symlink(u"loop-b"_s, u"loop-a"_s)
                  .symlink(u"docs/orders.yaml"_s, u"../services/orders/catalog-info.yaml"_s)
                  .symlink(u"docs/services"_s, u"../services"_s)
                  .submodule(u"vendor/lib"_s, m_submoduleSha, u"https://example.com/lib.git"_s)
                  .commit(u"the shop"_s, at(2026, 3, 2, 10, 30), u"bob"_s, u"carol"_s);
    }

    void resolvesRevisions()
    {
        GitRepository repo(m_repo);
        QVERIFY2(repo.isValid(), qPrintable(repo.errorString()));
        QVERIFY(!repo.isBare());
        QCOMPARE(repo.resolveCommit(u"HEAD"_s).value_or(QString()), m_secondCommit);
        QCOMPARE(repo.resolveCommit(u"main"_s).value_or(QString()), m_secondCommit);
        QCOMPARE(repo.resolveCommit(u"HEAD~1"_s).value_or(QString()), m_firstCommit);
        QCOMPARE(repo.resolveCommit(m_firstCommit.left(10)).value_or(QString()), m_firstCommit);
        QString error;
        QVERIFY(!repo.resolveCommit(u"no-such-branch"_s, &error));
        QCOMPARE(error, u"no-such-branch names no commit in %1"_s.arg(m_repo));
    }

    void listsTheTreeWithoutACheckout()
    {
        GitRepository repo(m_repo);
        const GitTreeListing tree = repo.listFiles(m_secondCommit);
        QVERIFY(tree.error.isEmpty());
        QStringList paths;
        for (const GitTreeEntry &f : tree.files)
            paths << f.path;
        QCOMPARE(
            paths,
            QStringList({u".github/workflows/all.yml"_s, u".github/workflows/orders.yml"_s,
                         u".gitlab-ci.yml"_s, u".gitmodules"_s, u".tekton/image.yaml"_s,
                         u"docs/logo.png"_s, u"docs/orders.yaml"_s,
                         u"services/broken/catalog-info.yaml"_s,
                         u"services/orders/catalog-info.yaml"_s, u"services/payments/Jenkinsfile"_s,
                         u"services/payments/catalog-info.yaml"_s,
                         u"services/web/catalog-info.yaml"_s, u"vendor/huge/catalog-info.yaml"_s}));
        const GitTreeEntry &link = tree.files.at(6);
        QCOMPARE(link.symlinkTarget, u"services/orders/catalog-info.yaml"_s);
        QCOMPARE(link.blobId, tree.files.at(8).blobId);

        const QList<ScanProblem> expected {
            {m_repo, u"link"_s, u"symlink leaves the repository (../../etc/passwd)"_s},
            {m_repo, u"loop-a"_s, u"symlink loop through loop-a"_s},
            {m_repo, u"loop-b"_s, u"symlink loop through loop-b"_s},
            {m_repo, u"vendor/lib"_s,
             u"submodule at commit %1; not scanned"_s.arg(m_submoduleSha)}};
        QCOMPARE(tree.problems, expected);

        const GitTreeListing services = repo.listFiles(m_secondCommit, u"services/payments/"_s);
        QCOMPARE(services.files.size(), 2);
        QCOMPARE(services.files.at(0).path, u"services/payments/Jenkinsfile"_s);
        QVERIFY(services.problems.isEmpty());
        QCOMPARE(repo.listFiles(m_secondCommit, u"nowhere"_s).error,
                 u"nowhere is not in the tree of commit %1"_s.arg(m_secondCommit));
    }

    void readsWithinLimits()
    {
        GitRepository repo(m_repo);
        const GitFileContent web
            = repo.readFile(m_secondCommit, u"services/web/catalog-info.yaml"_s);
        QVERIFY(web.ok());
        QCOMPARE(web.content, QByteArray(WebCatalog));
        const GitFileContent viaLink = repo.readFile(m_secondCommit, u"docs/orders.yaml"_s);
        QCOMPARE(viaLink.content, QByteArray(OrdersCatalog));

        const GitFileContent binary = repo.readFile(m_secondCommit, u"docs/logo.png"_s);
        QVERIFY(binary.content.isEmpty());
        QCOMPARE(*binary.problem,
                 ScanProblem({m_repo, u"docs/logo.png"_s, u"binary file; not read"_s}));
        const GitFileContent huge
            = repo.readFile(m_secondCommit, u"vendor/huge/catalog-info.yaml"_s);
        QCOMPARE(huge.problem->reason,
                 u"file is larger than 1048576 bytes (2097152 bytes); not read"_s);
        const GitFileContent outside = repo.readFile(m_secondCommit, u"link"_s);
        QCOMPARE(outside.problem->reason, u"symlink leaves the repository (../../etc/passwd)"_s);
        QCOMPARE(repo.readFile(m_secondCommit, u"docs/services"_s).problem->reason,
                 u"symlink points to the folder services"_s);
        QCOMPARE(repo.readFile(m_secondCommit, u"vendor/lib"_s).problem->reason,
                 u"submodule; not scanned"_s);
    }

    void readingAnOlderCommitSeesTheOldTree()
    {
        GitRepository repo(m_repo);
        QCOMPARE(repo.listFiles(m_firstCommit).files.size(), 1);
        QCOMPARE(repo.readFile(m_firstCommit, u"services/web/catalog-info.yaml"_s).problem->reason,
                 u"not in the tree of commit %1"_s.arg(m_firstCommit));

        const DiscoveryResult old = discoverRepository(m_repo, m_firstCommit);
        QCOMPARE(old.services.size(), 1);
        QCOMPARE(old.services.at(0).name, u"payments"_s);
        QVERIFY(old.dependencies.isEmpty());
        QVERIFY(old.problems.isEmpty());
    }

    void discoversTheCatalog()
    {
        QList<int> progress;
        const DiscoveryResult r = discoverRepository(
            m_repo, u"HEAD"_s, {}, [&](int done, int total) {
                progress << done;
                QCOMPARE(total, 11); // every YAML file is read once, for the Kubernetes reader too
            });
        QCOMPARE(progress, QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));

        const QString orders = u"services/orders/catalog-info.yaml"_s;
        const QString payments = u"services/payments/catalog-info.yaml"_s;
        const QString web = u"services/web/catalog-info.yaml"_s;
        QCOMPARE(r.services.size(), 4);
        const DiscoveredService expectedOrders {u"orders"_s,
                                                ServiceKind::Service,
                                                u"team-orders"_s,
                                                u"storefront"_s,
                                                u"production"_s,
                                                u"services/orders"_s,
                                                DiscoveryOrigin::Catalog,
                                                {ev(m_repo, orders, 4, u"name: orders"_s)}};
        QCOMPARE(r.services.at(0), expectedOrders);
        const DiscoveredService expectedDb {u"orders-db"_s,
                                            ServiceKind::Datastore,
                                            u"team-orders"_s,
                                            u"storefront"_s,
                                            {},
                                            {},
                                            DiscoveryOrigin::Catalog,
                                            {ev(m_repo, orders, 19, u"name: orders-db"_s)}};
        QCOMPARE(r.services.at(1), expectedDb);
        QCOMPARE(r.services.at(2).name, u"payments"_s);
        QCOMPARE(r.services.at(2).owner, u"team-payments"_s);
        QCOMPARE(r.services.at(2).evidence,
                 QList<Evidence>({ev(m_repo, payments, 4, u"name: payments"_s)}));
        const DiscoveredService expectedWeb {u"web"_s,
                                             ServiceKind::Frontend,
                                             u"team-web"_s,
                                             {},
                                             {},
                                             u"services/web"_s,
                                             DiscoveryOrigin::Catalog,
                                             {ev(m_repo, web, 3, u"name: web"_s)}};
        QCOMPARE(r.services.at(3), expectedWeb);

        const QList<DiscoveredDependency> expectedEdges {
            {u"orders"_s,
             u"payments"_s,
             DependencyKind::Sync,
             DiscoveryOrigin::Catalog,
             {ev(m_repo, orders, 13, u"- component:default/payments"_s)}},
            {u"orders"_s,
             u"orders-db"_s,
             DependencyKind::Datastore,
             DiscoveryOrigin::Catalog,
             {ev(m_repo, orders, 14, u"- resource:orders-db"_s)}},
            {u"web"_s,
             u"payments"_s,
             DependencyKind::Sync,
             DiscoveryOrigin::Catalog,
             {ev(m_repo, web, 8, u"dependsOn: [component:payments]"_s)}},
            {u"web"_s,
             u"orders"_s,
             DependencyKind::Sync,
             DiscoveryOrigin::Catalog,
             {ev(m_repo, web, 7, u"consumesApis: [orders-api]"_s),
              ev(m_repo, orders, 11, u"- orders-api"_s)}},
        };
        QCOMPARE(r.dependencies, expectedEdges);
    }

    void discoversPipelines()
    {
        const DiscoveryResult r = discoverRepository(m_repo);
        using System = DiscoveredPipeline::System;
        const QList<DiscoveredPipeline> expected {
            {System::GitHubActions,
             u".github/workflows/all.yml"_s,
             {u"payments"_s, u"web"_s},
             ev(m_repo, u".github/workflows/all.yml"_s, 8, u"working-directory: services/web"_s)},
            {System::GitHubActions,
             u".github/workflows/orders.yml"_s,
             {u"orders"_s},
             ev(m_repo, u".github/workflows/orders.yml"_s, 5, u"- \"services/orders/**\""_s)},
            // names no service folder, and the repository holds three: nobody's
            {System::GitLabCi, u".gitlab-ci.yml"_s, {}, ev(m_repo, u".gitlab-ci.yml"_s, 0, {})},
            {System::Jenkins,
             u"services/payments/Jenkinsfile"_s,
             {u"payments"_s},
             ev(m_repo, u"services/payments/Jenkinsfile"_s, 0, {})},
        };
        QCOMPARE(r.pipelines, expected);
    }

    void reportsProblemsAndGoesOn()
    {
        const DiscoveryResult r = discoverRepository(m_repo);
        const QList<ScanProblem> expected {
            {m_repo, u"link"_s, u"symlink leaves the repository (../../etc/passwd)"_s},
            {m_repo, u"loop-a"_s, u"symlink loop through loop-a"_s},
            {m_repo, u"loop-b"_s, u"symlink loop through loop-b"_s},
            {m_repo, u"vendor/lib"_s, u"submodule at commit %1; not scanned"_s.arg(m_submoduleSha)},
            {m_repo, u".tekton/image.yaml"_s, u"binary file; not read"_s},
            {m_repo, u"vendor/huge/catalog-info.yaml"_s,
             u"file is larger than 1048576 bytes (2097152 bytes); not read"_s},
            {m_repo, u"services/broken/catalog-info.yaml"_s,
             u"invalid YAML at line 5: end of sequence flow not found"_s},
        };
        QCOMPARE(r.problems, expected);
    }

    void readsABareRepository()
    {
        const QString path = m_dir.filePath(u"bare.git"_s);
        GitRepoBuilder repo(path, GitRepoBuilder::Kind::Bare);
        repo.write(u"catalog-info.yaml"_s, PaymentsCatalog)
            .write(u"Jenkinsfile"_s, Jenkinsfile)
            .commit(u"init"_s, at(2026, 1, 5, 12, 0), u"alice"_s);
        QVERIFY(GitRepository(path).isBare());
        const DiscoveryResult r = discoverRepository(path);
        QCOMPARE(r.services.size(), 1);
        QCOMPARE(r.services.at(0).name, u"payments"_s);
        QCOMPARE(r.services.at(0).path, QString());
        QCOMPARE(r.services.at(0).evidence,
                 QList<Evidence>({ev(path, u"catalog-info.yaml"_s, 4, u"name: payments"_s)}));
        QCOMPARE(r.pipelines.size(), 1);
        QCOMPARE(r.pipelines.at(0).services, QStringList {u"payments"_s}); // its only service
        QVERIFY(r.problems.isEmpty());
    }

    void branchesAndMerges()
    {
        const QString path = m_dir.filePath(u"merges"_s);
        GitRepoBuilder repo(path);
        const QString base
            = repo.write(u"a.txt"_s, u"a"_s).commit(u"base"_s, at(2026, 2, 1), u"alice"_s);
        repo.branch(u"feature"_s).checkout(u"feature"_s);
        const QString feature = repo.write(u"services/x/catalog-info.yaml"_s, WebCatalog)
                                    .commit(u"feature"_s, at(2026, 2, 2), u"bob"_s);
        repo.checkout(u"main"_s);
        QCOMPARE(discoverRepository(path).services.size(), 0);
        QCOMPARE(discoverRepository(path, u"feature"_s).services.size(), 1);
        const QString merge = repo.merge(u"feature"_s, u"Merge"_s, at(2026, 2, 3), u"alice"_s);
        GitRepository git(path);
        QCOMPARE(git.resolveCommit(u"HEAD^1"_s).value_or(QString()), base);
        QCOMPARE(git.resolveCommit(u"HEAD^2"_s).value_or(QString()), feature);
        QCOMPARE(git.resolveCommit(u"main"_s).value_or(QString()), merge);
        QCOMPARE(discoverRepository(path).services.at(0).path, u"services/x"_s);
    }

    void reportsAMissingObject()
    {
        const QString path = m_dir.filePath(u"shallow"_s);
        GitRepoBuilder repo(path);
        repo.write(u"catalog-info.yaml"_s, PaymentsCatalog)
            .commit(u"init"_s, at(2026, 1, 5), u"alice"_s);
        const QString blob = repo.blobSha(u"catalog-info.yaml"_s);
        QVERIFY(repo.removeObject(blob));
        const DiscoveryResult r = discoverRepository(path);
        QVERIFY(r.services.isEmpty());
        QCOMPARE(r.problems,
                 QList<ScanProblem>(
                     {{path, u"catalog-info.yaml"_s,
                       u"object %1 is missing (a shallow or partial clone?)"_s.arg(blob)}}));
    }

    void notARepository()
    {
        const QString path = m_dir.filePath(u"plain"_s);
        QVERIFY(QDir().mkpath(path));
        GitRepository repo(path);
        QVERIFY(!repo.isValid());
        QCOMPARE(repo.errorString(), u"%1 is not a git repository"_s.arg(path));
        const DiscoveryResult r = discoverRepository(path);
        QCOMPARE(r.problems,
                 QList<ScanProblem>({{path, {}, u"%1 is not a git repository"_s.arg(path)}}));
        // a folder inside a repository is not that repository
        QVERIFY(QDir().mkpath(m_repo + u"/services"_s));
        const GitRepository inside(m_repo + u"/services"_s);
        QCOMPARE(inside.errorString(), u"%1/services is not a git repository"_s.arg(m_repo));
    }

    void cancels()
    {
        int calls = 0;
        const DiscoveryResult r
            = discoverRepository(m_repo, u"HEAD"_s, [&] { return ++calls > 3; });
        QVERIFY(r.services.isEmpty());
        QCOMPARE(calls, 4);
    }

    void composeAndKubernetesFilesAreReadFromTheCommit()
    {
        const QString path = m_dir.filePath(u"platform"_s);
        GitRepoBuilder repo(path);
        repo.write(u"deploy/docker-compose.yml"_s,
                   "services:\n"
                   "  orders:\n"
                   "    build: ./orders\n"
                   "    depends_on:\n"
                   "      - orders-db\n"
                   "  orders-db:\n"
                   "    image: postgres:16\n")
            .write(u"k8s/payments.yaml"_s,
                   "apiVersion: apps/v1\n"
                   "kind: Deployment\n"
                   "metadata:\n"
                   "  name: payments\n"
                   "spec:\n"
                   "  template:\n"
                   "    metadata:\n"
                   "      labels: { app: payments }\n"
                   "    spec:\n"
                   "      containers:\n"
                   "        - name: payments\n"
                   "          image: shop/payments:2.1\n"
                   "          env:\n"
                   "            - name: ORDERS_URL\n"
                   "              value: http://orders.shop.svc.cluster.local:8080\n"
                   "---\n"
                   "apiVersion: v1\n"
                   "kind: Service\n"
                   "metadata:\n"
                   "  name: orders\n"
                   "spec:\n"
                   "  selector: { app: orders }\n")
            .commit(u"platform"_s, at(2026, 3, 3, 8, 0), u"dana"_s);
        const DiscoveryResult r = discoverRepository(path);
        const auto edge = [&](const QString &consumer, const QString &provider) {
            for (const DiscoveredDependency &d : r.dependencies) {
                if (d.consumer == consumer && d.provider == provider)
                    return &d;
            }
            return static_cast<const DiscoveredDependency *>(nullptr);
        };
        const DiscoveredDependency *db = edge(u"orders"_s, u"orders-db"_s);
        QVERIFY(db);
        QCOMPARE(db->kind, DependencyKind::Datastore);
        QCOMPARE(db->origin, DiscoveryOrigin::Compose);
        QCOMPARE(db->evidence.value(0).path, u"deploy/docker-compose.yml"_s);
        QCOMPARE(db->evidence.value(0).line, 5);
        const DiscoveredDependency *api = edge(u"payments"_s, u"orders"_s);
        QVERIFY(api);
        QCOMPARE(api->origin, DiscoveryOrigin::Kubernetes);
        QCOMPARE(api->evidence.value(0).path, u"k8s/payments.yaml"_s);
        QCOMPARE(api->evidence.value(0).line, 15);
    }
};

QTEST_GUILESS_MAIN(TestGitDiscovery)
#include "tst_gitdiscovery.moc"
