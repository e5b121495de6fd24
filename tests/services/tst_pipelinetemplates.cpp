#include "discovery/pipelinetemplates.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

using Kind = TemplateReference::Kind;

namespace {

// After GitHub's "Reusing workflows" and "Using pre-written building blocks in your workflow".
const QByteArray GitHubWorkflow = R"(name: CI
on:
  push:
    branches: [main]
jobs:
  build:
    uses: org/ci-templates/.github/workflows/build.yml@v1.4.2
    with:
      java-version: 21
    secrets: inherit
  deploy:
    needs: build
    uses: ./.github/workflows/deploy.yml
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: shop/setup-toolchain@v2
      - name: Lint
        uses: "platform/actions/lint@0123456789abcdef0123456789abcdef01234567"
      - uses: docker://alpine:3.19
      - uses: ./.github/actions/cache
      - { name: Report, uses: Shop/report-action }
      - run: make test
)";

// After GitHub's "Creating a composite action".
const QByteArray CompositeAction = R"(name: Setup
description: Toolchain and cache
runs:
  using: composite
  steps:
    - uses: actions/setup-java@v4
    - uses: shop/cache-action@v1
    - run: echo ready
      shell: bash
)";

// After GitLab's "include" keyword reference: every form, in one list.
const QByteArray GitLabCi = R"(include:
  - '/templates/.after-script-template.yml'
  - 'https://gitlab.com/awesome-project/raw/main/.before-script-template.yml'
  - local: '/templates/.gitlab-ci-template.yml'
  - project: 'my-group/my-project'
    ref: v1.2.0
    file: '/templates/.gitlab-ci-template.yml'
  - project: 'my-group/my-subgroup/my-project-2'
    file:
      - '/templates/.builds.yml'
      - 'templates/.tests.yml'
  - remote: 'https://gitlab.com/example-project/-/raw/main/.gitlab-ci.yml'
  - template: Auto-DevOps.gitlab-ci.yml
  - component: $CI_SERVER_FQDN/my-org/security-components/secret-detection@1.0.1
  - project: 'my-group/no-file'
    ref: main

stages: [build, test]
build:
  stage: build
  script: make
)";

// After Jenkins' "Extending with Shared Libraries": the annotation, its list and value forms, and
// the library step, with comments and strings that only look like libraries.
const QByteArray Jenkinsfile = R"(@Library('shared-lib@1.4.2') _
@Library(['platform-lib@v2', "utils"]) _
// @Library('commented-out@9.9') _
/* library 'also-commented@1'
*/
@Library(value = 'pinned-lib@release/2024',
         changelog = false) _
library 'dynamic-lib@main'
library identifier: 'custom-lib@0123abc',
        retriever: modernSCM([$class: 'GitSCMSource', remote: 'https://git.example.com/custom-lib.git'])
def helpers = library("loaded-lib@2.0")

pipeline {
    agent any
    stages {
        stage('Build') {
            steps {
                sh 'echo library "not-a-library"' // library 'nor-this'
            }
        }
    }
}
)";

SourceFile file(const QString &path, const QByteArray &content, const QString &repo = u"checkout"_s)
{
    return {repo, path, content};
}

QString describe(const QList<TemplateReference> &references)
{
    QStringList lines;
    for (const TemplateReference &r : references) {
        lines << u"%1 %2 @%3 %4 line %5: %6"_s.arg(int(r.kind))
                     .arg(r.identity, r.version, r.carriesVersion ? u"versioned"_s : u"fixed"_s)
                     .arg(r.evidence.line)
                     .arg(r.evidence.text);
    }
    return lines.join(u'\n');
}

TemplateReference ref(Kind kind, const QString &identity, const QString &version, int line,
                      const QString &text, const QString &path, bool carriesVersion = true)
{
    return {kind, identity, version, carriesVersion, {u"checkout"_s, path, line, text}};
}

} // namespace

class TestPipelineTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gitHubWorkflow()
    {
        PipelineTemplateOptions options;
        options.repositoryOwners.insert(u"checkout"_s, u"shop"_s);
        options.templateOwners = {u"Platform"_s};
        const QString path = u".github/workflows/ci.yml"_s;
        const FileTemplateReferences found
            = findTemplateReferences(file(path, GitHubWorkflow), options);
        QVERIFY(found.problems.isEmpty());
        const QList<TemplateReference> expected {
            ref(Kind::GitHubWorkflow, u"org/ci-templates/.github/workflows/build.yml"_s,
                u"v1.4.2"_s, 7, u"uses: org/ci-templates/.github/workflows/build.yml@v1.4.2"_s,
                path),
            ref(Kind::GitHubWorkflow, u"local:checkout:.github/workflows/deploy.yml"_s, {}, 13,
                u"uses: ./.github/workflows/deploy.yml"_s, path, false),
            ref(Kind::GitHubAction, u"shop/setup-toolchain"_s, u"v2"_s, 18,
                u"- uses: shop/setup-toolchain@v2"_s, path),
            ref(Kind::GitHubAction, u"platform/actions/lint"_s,
                u"0123456789abcdef0123456789abcdef01234567"_s, 20,
                u"uses: \"platform/actions/lint@0123456789abcdef0123456789abcdef01234567\""_s,
                path),
            ref(Kind::GitHubAction, u"local:checkout:.github/actions/cache"_s, {}, 22,
                u"- uses: ./.github/actions/cache"_s, path, false),
            ref(Kind::GitHubAction, u"Shop/report-action"_s, {}, 23,
                u"- { name: Report, uses: Shop/report-action }"_s, path),
        };
        QVERIFY2(found.references == expected, qPrintable(describe(found.references)));
    }

    // Without owners, a step's action is a marketplace tool unless it lives in the repository.
    void gitHubActionsNeedAnOwner()
    {
        const FileTemplateReferences found
            = findTemplateReferences(file(u".github/workflows/ci.yml"_s, GitHubWorkflow));
        QStringList identities;
        for (const TemplateReference &r : found.references)
            identities << r.identity;
        QCOMPARE(identities,
                 QStringList({u"org/ci-templates/.github/workflows/build.yml"_s,
                              u"local:checkout:.github/workflows/deploy.yml"_s,
                              u"local:checkout:.github/actions/cache"_s}));
    }

    void compositeAction()
    {
        PipelineTemplateOptions options;
        options.templateOwners = {u"shop"_s};
        const QString path = u".github/actions/setup/action.yml"_s;
        const FileTemplateReferences found
            = findTemplateReferences(file(path, CompositeAction), options);
        const QList<TemplateReference> expected {ref(Kind::GitHubAction, u"shop/cache-action"_s,
                                                     u"v1"_s, 7, u"- uses: shop/cache-action@v1"_s,
                                                     path)};
        QVERIFY2(found.references == expected, qPrintable(describe(found.references)));
    }

    void gitLabIncludes()
    {
        const QString path = u".gitlab-ci.yml"_s;
        const FileTemplateReferences found = findTemplateReferences(file(path, GitLabCi));
        const QList<TemplateReference> expected {
            ref(Kind::GitLabInclude, u"local:checkout:templates/.after-script-template.yml"_s, {},
                2, u"- '/templates/.after-script-template.yml'"_s, path, false),
            ref(Kind::GitLabInclude,
                u"remote:https://gitlab.com/awesome-project/raw/main/.before-script-template.yml"_s,
                {}, 3,
                u"- 'https://gitlab.com/awesome-project/raw/main/.before-script-template.yml'"_s,
                path, false),
            ref(Kind::GitLabInclude, u"local:checkout:templates/.gitlab-ci-template.yml"_s, {}, 4,
                u"- local: '/templates/.gitlab-ci-template.yml'"_s, path, false),
            ref(Kind::GitLabInclude,
                u"gitlab:my-group/my-project:/templates/.gitlab-ci-template.yml"_s, u"v1.2.0"_s, 7,
                u"file: '/templates/.gitlab-ci-template.yml'"_s, path),
            ref(Kind::GitLabInclude,
                u"gitlab:my-group/my-subgroup/my-project-2:/templates/.builds.yml"_s, {}, 10,
                u"- '/templates/.builds.yml'"_s, path),
            ref(Kind::GitLabInclude,
                u"gitlab:my-group/my-subgroup/my-project-2:/templates/.tests.yml"_s, {}, 11,
                u"- 'templates/.tests.yml'"_s, path),
            ref(Kind::GitLabInclude,
                u"remote:https://gitlab.com/example-project/-/raw/main/.gitlab-ci.yml"_s, {}, 12,
                u"- remote: 'https://gitlab.com/example-project/-/raw/main/.gitlab-ci.yml'"_s, path,
                false),
            ref(Kind::GitLabInclude, u"gitlab-template:Auto-DevOps.gitlab-ci.yml"_s, {}, 13,
                u"- template: Auto-DevOps.gitlab-ci.yml"_s, path, false),
            ref(Kind::GitLabInclude,
                u"gitlab-component:$CI_SERVER_FQDN/my-org/security-components/secret-detection"_s,
                u"1.0.1"_s, 14,
                u"- component: $CI_SERVER_FQDN/my-org/security-components/secret-detection@1.0.1"_s,
                path),
        };
        QVERIFY2(found.references == expected, qPrintable(describe(found.references)));
        const QList<ScanProblem> problems {
            {u"checkout"_s, path,
             u"the include of project my-group/no-file at line 15 names no file"_s}};
        QCOMPARE(found.problems, problems);
    }

    void gitLabIncludeShapes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("line");

        QTest::newRow("one string")
            << u".gitlab-ci.yml"_s
            << QByteArray("stages: [build]\ninclude: '.gitlab/ci/build.yml'\n")
            << u"local:checkout:.gitlab/ci/build.yml"_s << QString() << 2;
        QTest::newRow("one mapping")
            << u"services/checkout/.gitlab-ci.yml"_s
            << QByteArray("include:\n  project: platform/ci-templates\n"
                          "  ref: v2.1.0\n  file: /templates/build.yml\n")
            << u"gitlab:platform/ci-templates:/templates/build.yml"_s << u"v2.1.0"_s << 4;
        QTest::newRow("an included file")
            << u".gitlab/ci/build.yml"_s
            << QByteArray("include:\n  - remote: https://x.example/ci.yml\n")
            << u"remote:https://x.example/ci.yml"_s << QString() << 2;
        QTest::newRow("spec header before the content")
            << u"templates/build.gitlab-ci.yml"_s
            << QByteArray("spec:\n  inputs:\n    stage: {default: test}\n---\ninclude:\n"
                          "  - component: gitlab.com/platform/components/build@2.0.0\n")
            << u"gitlab-component:gitlab.com/platform/components/build"_s << u"2.0.0"_s << 6;
    }

    void gitLabIncludeShapes()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(QString, identity);
        QFETCH(QString, version);
        QFETCH(int, line);
        const FileTemplateReferences found = findTemplateReferences(file(path, content));
        QVERIFY(found.problems.isEmpty());
        QCOMPARE(found.references.size(), 1);
        QCOMPARE(found.references.at(0).identity, identity);
        QCOMPARE(found.references.at(0).version, version);
        QCOMPARE(found.references.at(0).evidence.line, line);
        QCOMPARE(found.references.at(0).evidence.path, path);
    }

    void jenkinsSharedLibraries()
    {
        const QString path = u"Jenkinsfile"_s;
        const FileTemplateReferences found = findTemplateReferences(file(path, Jenkinsfile));
        QVERIFY(found.problems.isEmpty());
        const QList<TemplateReference> expected {
            ref(Kind::JenkinsLibrary, u"jenkins:shared-lib"_s, u"1.4.2"_s, 1,
                u"@Library('shared-lib@1.4.2') _"_s, path),
            ref(Kind::JenkinsLibrary, u"jenkins:platform-lib"_s, u"v2"_s, 2,
                u"@Library(['platform-lib@v2', \"utils\"]) _"_s, path),
            ref(Kind::JenkinsLibrary, u"jenkins:utils"_s, {}, 2,
                u"@Library(['platform-lib@v2', \"utils\"]) _"_s, path),
            ref(Kind::JenkinsLibrary, u"jenkins:pinned-lib"_s, u"release/2024"_s, 6,
                u"@Library(value = 'pinned-lib@release/2024',"_s, path),
            ref(Kind::JenkinsLibrary, u"jenkins:dynamic-lib"_s, u"main"_s, 8,
                u"library 'dynamic-lib@main'"_s, path),
            ref(Kind::JenkinsLibrary, u"jenkins:custom-lib"_s, u"0123abc"_s, 9,
                u"library identifier: 'custom-lib@0123abc',"_s, path),
            ref(Kind::JenkinsLibrary, u"jenkins:loaded-lib"_s, u"2.0"_s, 11,
                u"def helpers = library(\"loaded-lib@2.0\")"_s, path),
        };
        QVERIFY2(found.references == expected, qPrintable(describe(found.references)));
    }

    void brokenYaml()
    {
        const QByteArray broken = "jobs:\n  build:\n    uses: org/t/.github/workflows/b.yml@v1\n"
                                  "    steps: [ { uses: a/b@v1 }\n";
        const FileTemplateReferences found
            = findTemplateReferences(file(u".github/workflows/broken.yml"_s, broken));
        QVERIFY(found.references.isEmpty());
        QCOMPARE(found.problems.size(), 1);
        QCOMPARE(found.problems.at(0).repository, u"checkout"_s);
        QCOMPARE(found.problems.at(0).path, u".github/workflows/broken.yml"_s);
        QVERIFY2(found.problems.at(0).reason.startsWith(u"invalid YAML at line 5: "_s),
                 qPrintable(found.problems.at(0).reason));
    }

    void otherFilesAreNotRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("workflow subfolder") << u".github/workflows/old/ci.yml"_s;
        QTest::newRow("tekton") << u".tekton/pipeline.yaml"_s;
        QTest::newRow("circleci") << u".circleci/config.yml"_s;
    }

    void otherFilesAreNotRead()
    {
        QFETCH(QString, path);
        QVERIFY(!readsTemplateReferences(path));
        const FileTemplateReferences found = findTemplateReferences(file(
            path, "jobs:\n  b:\n    uses: org/t/.github/workflows/b.yml@v1\ninclude: x.yml\n"));
        QVERIFY(found.references.isEmpty());
        QVERIFY(found.problems.isEmpty());
    }

    void repositoryOwner_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("owner");
        QTest::newRow("https") << u"https://github.com/shop/checkout.git"_s << u"shop"_s;
        QTest::newRow("scp-like") << u"git@github.com:shop/checkout.git"_s << u"shop"_s;
        QTest::newRow("ssh") << u"ssh://git@git.example.com:2222/shop/checkout"_s << u"shop"_s;
        QTest::newRow("no owner") << u"https://example.com/checkout"_s << QString();
        QTest::newRow("a folder") << u"/srv/git/checkout"_s << QString();
    }

    void repositoryOwner()
    {
        QFETCH(QString, url);
        QFETCH(QString, owner);
        QCOMPARE(repositoryOwnerFromUrl(url), owner);
    }

    void perService()
    {
        const SourceFile shared {u"shop"_s, u".gitlab-ci.yml"_s,
                                 "include:\n  - project: platform/ci\n    ref: v3.0.0\n"
                                 "    file: /build.yml\n"};
        const SourceFile broken {u"shop"_s, u".github/workflows/broken.yml"_s, "jobs: [\n"};
        QMap<QString, QList<SourceFile>> files;
        files.insert(u"checkout"_s, {shared});
        files.insert(u"cart"_s, {shared, broken});
        files.insert(u"search"_s, {broken});
        files.insert(u"payments"_s,
                     {{u"payments"_s, u"Jenkinsfile"_s, "pipeline { agent any }\n"},
                      {u"payments"_s, u".circleci/config.yml"_s, "version: 2.1\n"}});
        files.insert(u"legacy-batch"_s, {});

        const PipelineTemplateScan scan = scanPipelineTemplates(files);
        QStringList names;
        QList<ServiceTemplates::Pipeline> pipelines;
        for (const ServiceTemplates &s : scan.services) {
            names << s.service;
            pipelines << s.pipeline;
        }
        QCOMPARE(
            names,
            QStringList({u"cart"_s, u"checkout"_s, u"legacy-batch"_s, u"payments"_s, u"search"_s}));
        using P = ServiceTemplates::Pipeline;
        QCOMPARE(
            pipelines,
            QList<P>({P::Templated, P::Templated, P::NoPipeline, P::HandRolled, P::Unreadable}));
        QCOMPARE(scan.services.at(0).ciFiles,
                 QStringList({u".gitlab-ci.yml"_s, u".github/workflows/broken.yml"_s}));
        const ServiceTemplates &checkout = scan.services.at(1);
        QCOMPARE(checkout.references.size(), 1);
        QCOMPARE(checkout.references.at(0).identity, u"gitlab:platform/ci:/build.yml"_s);
        QCOMPARE(checkout.references.at(0).version, u"v3.0.0"_s);
        QCOMPARE(checkout.references.at(0).evidence,
                 Evidence({u"shop"_s, u".gitlab-ci.yml"_s, 4, u"file: /build.yml"_s}));
        QCOMPARE(scan.services.at(3).ciFiles,
                 QStringList({u"Jenkinsfile"_s, u".circleci/config.yml"_s}));
        // The broken file is shared by two services and reported once.
        QCOMPARE(scan.problems.size(), 1);
        QCOMPARE(scan.problems.at(0).path, u".github/workflows/broken.yml"_s);
    }
};

QTEST_GUILESS_MAIN(TestPipelineTemplates)
#include "tst_pipelinetemplates.moc"
