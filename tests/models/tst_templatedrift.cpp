#include "analysis/templatedrift.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

using Kind = TemplateReference::Kind;
using Pipeline = ServiceTemplates::Pipeline;

namespace {

const QString Build = u"org/ci-templates/.github/workflows/build.yml"_s;

// "checkout:v1.2.0 cart:main" -> services using one template at those versions ("-": no ref).
QList<ServiceTemplates> using_(const QString &identity, const QString &uses,
                               Kind kind = Kind::GitHubWorkflow)
{
    QList<ServiceTemplates> services;
    int line = 0;
    for (const QString &use : uses.split(u' ', Qt::SkipEmptyParts)) {
        ServiceTemplates s;
        s.service = use.section(u':', 0, 0);
        s.pipeline = Pipeline::Templated;
        s.ciFiles = {u".github/workflows/ci.yml"_s};
        QString version = use.section(u':', 1);
        if (version == u"-")
            version.clear();
        ++line;
        s.references.append({kind,
                             identity,
                             version,
                             true,
                             {s.service, u".github/workflows/ci.yml"_s, line, u"uses: x"_s}});
        services.append(s);
    }
    return services;
}

QStringList servicesOf(const QList<TemplateUse> &uses)
{
    QStringList out;
    for (const TemplateUse &use : uses)
        out << use.service + u':' + (use.version.isEmpty() ? u"-"_s : use.version);
    return out;
}

} // namespace

class TestTemplateDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<VersionKind>("kind");
        QTest::newRow("v1.4.2") << u"v1.4.2"_s << VersionKind::Semantic;
        QTest::newRow("1.4") << u"1.4"_s << VersionKind::Semantic;
        QTest::newRow("v2") << u"v2"_s << VersionKind::Semantic;
        QTest::newRow("pre-release") << u"2.0.0-rc.1"_s << VersionKind::Semantic;
        QTest::newRow("build metadata") << u"1.0.0+build.7"_s << VersionKind::Semantic;
        QTest::newRow("full commit")
            << u"0123456789abcdef0123456789abcdef01234567"_s << VersionKind::Commit;
        QTest::newRow("digits only, 40") << QString(40, u'1') << VersionKind::Commit;
        QTest::newRow("short commit") << u"deadbeef"_s << VersionKind::Commit;
        QTest::newRow("branch") << u"main"_s << VersionKind::Name;
        QTest::newRow("release branch") << u"release/1.4"_s << VersionKind::Name;
        QTest::newRow("wildcard tag") << u"v1.x"_s << VersionKind::Name;
        QTest::newRow("too short for a commit") << u"cafe"_s << VersionKind::Name;
        QTest::newRow("none") << QString() << VersionKind::None;
    }

    void classify()
    {
        QFETCH(QString, version);
        QFETCH(VersionKind, kind);
        QCOMPARE(classifyVersion(version), kind);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("numeric, not text") << u"v1.10.0"_s << u"v1.9.3"_s << 1;
        QTest::newRow("patch") << u"v1.4.1"_s << u"1.4.2"_s << -1;
        QTest::newRow("missing parts are 0") << u"v1.4"_s << u"1.4.0"_s << 0;
        QTest::newRow("major only") << u"v2"_s << u"v1.99.99"_s << 1;
        QTest::newRow("leading zeros") << u"1.04"_s << u"1.4"_s << 0;
        QTest::newRow("huge numbers") << u"1.123456789012345678901"_s << u"1.99"_s << 1;
        QTest::newRow("pre-release before release") << u"2.0.0-rc.1"_s << u"2.0.0"_s << -1;
        QTest::newRow("pre-release numbers") << u"2.0.0-rc.2"_s << u"2.0.0-rc.10"_s << -1;
        QTest::newRow("build metadata ignored") << u"1.0.0+a"_s << u"1.0.0+b"_s << 0;
    }

    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(qBound(-1, compareVersions(a, b), 1), order);
        QCOMPARE(qBound(-1, compareVersions(b, a), 1), -order);
    }

    void behind_data()
    {
        QTest::addColumn<QString>("uses");
        QTest::addColumn<QString>("newest");
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QStringList>("behind");
        QTest::addColumn<QStringList>("unpinned");

        QTest::newRow("numeric order, oldest behind first")
            << u"a:v1.4.2 b:v1.10.0 c:v1.2.0 d:v1.10.0"_s << u"v1.10.0"_s
            << QStringList {u"b:v1.10.0"_s, u"d:v1.10.0"_s}
            << QStringList {u"c:v1.2.0"_s, u"a:v1.4.2"_s} << QStringList {};
        QTest::newRow("a shorter tag of the newest's line is current")
            << u"a:v1 b:v1.4 c:v1.4.2 d:v1.4.0 e:v0"_s << u"v1.4.2"_s
            << QStringList {u"a:v1"_s, u"b:v1.4"_s, u"c:v1.4.2"_s}
            << QStringList {u"e:v0"_s, u"d:v1.4.0"_s} << QStringList {};
        QTest::newRow("a major tag ahead makes the rest behind")
            << u"a:v2 b:v1.4.2"_s << u"v2"_s << QStringList {u"a:v2"_s}
            << QStringList {u"b:v1.4.2"_s} << QStringList {};
        QTest::newRow("two spellings of the newest: the precise one names it")
            << u"a:v2 b:2.0.0 c:1.0"_s << u"2.0.0"_s << QStringList {u"a:v2"_s, u"b:2.0.0"_s}
            << QStringList {u"c:1.0"_s} << QStringList {};
        QTest::newRow("branch, commit and no ref are never newer")
            << u"a:main b:v1.0.0 c:0123abcd d:- e:v1.1.0"_s << u"v1.1.0"_s
            << QStringList {u"e:v1.1.0"_s} << QStringList {u"b:v1.0.0"_s}
            << QStringList {u"a:main"_s, u"c:0123abcd"_s, u"d:-"_s};
        QTest::newRow("nobody pins a version")
            << u"a:main b:develop"_s << QString() << QStringList {} << QStringList {}
            << QStringList {u"a:main"_s, u"b:develop"_s};
        QTest::newRow("a pre-release is older than its release")
            << u"a:v2.0.0-rc.1 b:v2.0.0"_s << u"v2.0.0"_s << QStringList {u"b:v2.0.0"_s}
            << QStringList {u"a:v2.0.0-rc.1"_s} << QStringList {};
    }

    void behind()
    {
        QFETCH(QString, uses);
        QFETCH(QString, newest);
        QFETCH(QStringList, current);
        QFETCH(QStringList, behind);
        QFETCH(QStringList, unpinned);
        const TemplateDriftReport report = analyseTemplateDrift(using_(Build, uses));
        QCOMPARE(report.templates.size(), 1);
        const TemplateDrift &drift = report.templates.at(0);
        QCOMPARE(drift.identity, Build);
        QCOMPARE(drift.newestVersion, newest);
        QCOMPARE(servicesOf(drift.current), current);
        QCOMPARE(servicesOf(drift.behind), behind);
        QCOMPARE(servicesOf(drift.unpinned), unpinned);
        QCOMPARE(report.findings.size(), behind.size() + unpinned.size());
    }

    void sentences()
    {
        QList<ServiceTemplates> services = using_(
            Build,
            u"checkout:v1.2.0 a:v1.4.2 b:v1.4.2 c:v1.4.2 d:v1.4.2 e:v1.4.2 f:v1.4.2 cart:main "
            "orders:- search:0123456789abcdef0123456789abcdef01234567"_s);
        services
            += using_(u"jenkins:shared-lib"_s, u"payments:1.0 billing:2.0"_s, Kind::JenkinsLibrary);
        services += using_(u"gitlab:platform/ci-templates:/templates/build.yml"_s, u"ledger:main"_s,
                           Kind::GitLabInclude);
        ServiceTemplates handRolled {u"search-ui"_s,
                                     Pipeline::HandRolled,
                                     {u".github/workflows/ci.yml"_s, u"Jenkinsfile"_s},
                                     {}};
        ServiceTemplates unreadable {
            u"inventory"_s, Pipeline::Unreadable, {u".gitlab-ci.yml"_s}, {}};
        ServiceTemplates none {u"legacy-batch"_s, Pipeline::NoPipeline, {}, {}};
        services << none << handRolled << unreadable;

        const TemplateDriftReport report = analyseTemplateDrift(services);
        QCOMPARE(report.handRolled, QStringList {u"search-ui"_s});
        QCOMPARE(report.unreadable, QStringList {u"inventory"_s});
        QCOMPARE(report.noPipeline, QStringList {u"legacy-batch"_s});
        // No translator is loaded here: the plural stays in its source form.
        const QStringList expected {
            u"ledger uses platform/ci-templates:/templates/build.yml@main, a branch or tag that is "
            "not a version; no service pins a version of it"_s,
            u"payments uses Jenkins library shared-lib@1.0; the newest in use is 2.0 "
            "(1 service(s))"_s,
            u"checkout uses org/ci-templates build.yml@v1.2.0; the newest in use is v1.4.2 "
            "(6 service(s))"_s,
            u"cart uses org/ci-templates build.yml@main, a branch or tag that is not a version; "
            "the newest version in use is v1.4.2"_s,
            u"orders uses org/ci-templates build.yml without a version (the default branch); the "
            "newest version in use is v1.4.2"_s,
            u"search uses org/ci-templates build.yml at commit "
            "0123456789abcdef0123456789abcdef01234567, which cannot be ordered against the "
            "newest version in use, v1.4.2"_s,
            u"search-ui has a hand-rolled pipeline with no shared template "
            "(.github/workflows/ci.yml, Jenkinsfile)"_s,
            u"inventory has pipeline files that could not be read, and no template was found in "
            "the rest (.gitlab-ci.yml)"_s,
            u"legacy-batch has no pipeline definition"_s,
        };
        QCOMPARE(report.findings, expected);
        QCOMPARE(report.templates.size(), 3);
        QCOMPARE(report.templates.at(0).identity,
                 u"gitlab:platform/ci-templates:/templates/build.yml"_s);
        QCOMPARE(report.templates.at(1).identity, u"jenkins:shared-lib"_s);
        QCOMPARE(report.templates.at(2).identity, Build);
    }

    // Several jobs of one service on one version are one use, with the first as evidence; a
    // reference that cannot carry a version is current, never unpinned.
    void usesAreCountedOnce()
    {
        ServiceTemplates checkout;
        checkout.service = u"checkout"_s;
        checkout.pipeline = Pipeline::Templated;
        const Evidence first {u"shop"_s, u".github/workflows/ci.yml"_s, 7, u"uses: a"_s};
        const Evidence second {u"shop"_s, u".github/workflows/release.yml"_s, 9, u"uses: b"_s};
        checkout.references
            = {{Kind::GitHubWorkflow, Build, u"v1.0.0"_s, true, first},
               {Kind::GitHubWorkflow, Build, u"v1.0.0"_s, true, second},
               {Kind::GitHubWorkflow, Build, u"v0.9.0"_s, true, second},
               {Kind::GitLabInclude, u"local:shop:ci/build.yml"_s, {}, false, first}};
        const TemplateDriftReport report = analyseTemplateDrift({checkout});
        QCOMPARE(report.templates.size(), 2);
        const TemplateDrift &build = report.templates.at(1); // by identity: local: < org/
        QCOMPARE(build.current, QList<TemplateUse>({{u"checkout"_s, u"v1.0.0"_s, first}}));
        QCOMPARE(build.behind, QList<TemplateUse>({{u"checkout"_s, u"v0.9.0"_s, second}}));
        const TemplateDrift &local = report.templates.at(0);
        QCOMPARE(local.displayName, u"shop:ci/build.yml"_s);
        QCOMPARE(local.current, QList<TemplateUse>({{u"checkout"_s, QString(), first}}));
        QVERIFY(local.unpinned.isEmpty());
        QCOMPARE(report.findings,
                 QStringList {u"checkout uses org/ci-templates build.yml@v0.9.0; the newest in use "
                              "is v1.0.0 (1 service(s))"_s});
    }

    void displayNames_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("name");
        QTest::newRow("workflow") << Kind::GitHubWorkflow << Build
                                  << u"org/ci-templates build.yml"_s;
        QTest::newRow("action") << Kind::GitHubAction << u"org/actions/setup"_s
                                << u"org/actions/setup"_s;
        QTest::newRow("gitlab project") << Kind::GitLabInclude << u"gitlab:platform/ci:/build.yml"_s
                                        << u"platform/ci:/build.yml"_s;
        QTest::newRow("gitlab template")
            << Kind::GitLabInclude << u"gitlab-template:Auto-DevOps.gitlab-ci.yml"_s
            << u"GitLab template Auto-DevOps.gitlab-ci.yml"_s;
        QTest::newRow("component")
            << Kind::GitLabInclude << u"gitlab-component:gitlab.com/p/c/build"_s
            << u"gitlab.com/p/c/build"_s;
        QTest::newRow("jenkins") << Kind::JenkinsLibrary << u"jenkins:shared-lib"_s
                                 << u"Jenkins library shared-lib"_s;
        QTest::newRow("local workflow")
            << Kind::GitHubWorkflow << u"local:shop:.github/workflows/deploy.yml"_s
            << u"shop:.github/workflows/deploy.yml"_s;
    }

    void displayNames()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, identity);
        QFETCH(QString, name);
        QCOMPARE(templateDisplayName(kind, identity), name);
    }
};

QTEST_GUILESS_MAIN(TestTemplateDrift)
#include "tst_templatedrift.moc"
