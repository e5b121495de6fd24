#include "analysis/checklist.h"
#include "store/store.h"
#include "workspace/workspaceload.h"
#include "workspace/workspaceloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray runsJson(const QString &service, int count, const QString &idPrefix)
{
    QByteArray json = R"({"runs":[)";
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        json += QStringLiteral(
                    R"({"id":"%1-%2","service":"%3","status":"success","branch":"main",)"
                    R"("started":"2026-03-01T1%2:00:00Z","finished":"2026-03-01T1%2:05:00Z"})")
                    .arg(idPrefix)
                    .arg(i)
                    .arg(service)
                    .toUtf8();
    }
    return json + "]}";
}

const QByteArray WorkspaceYaml = R"(signalbox: 1
name: Test shop
services:
  - name: checkout
    owner: team-checkout
    dependsOn: [payments]
  - name: payments
    owner: team-checkout
sources:
  - kind: file
    name: ci
    path: ci.json
  - kind: file
    name: deploys
    path: deploys.json
)";

} // namespace

class TestWorkspaceLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_workspace = m_dir->filePath(u"workspace.yaml"_s);
        m_cacheDir = m_dir->filePath(u"cache"_s);
        writeFile(m_workspace, WorkspaceYaml);
        writeFile(m_dir->filePath(u"ci.json"_s), runsJson(u"checkout"_s, 3, u"ci"_s));
        writeFile(m_dir->filePath(u"deploys.json"_s), runsJson(u"payments"_s, 2, u"dp"_s));
    }

    void loadsCatalogAndSources()
    {
        const LoadResult result = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QVERIFY(result.ok());
        QVERIFY(result.diagnostics.isEmpty());
        QCOMPARE(result.workspace.name, u"Test shop"_s);
        QVERIFY(result.cachePath.startsWith(m_cacheDir));
        const SnapshotPtr s = result.snapshot;
        QCOMPARE(s->services.size(), 2);
        QCOMPARE(s->dependencies.size(), 1);
        QCOMPARE(s->find(u"checkout"_s)->lastRun->externalId, u"ci-2"_s);
        QCOMPARE(s->find(u"payments"_s)->lastRun->externalId, u"dp-1"_s);
        QCOMPARE(s->sources.size(), 3); // the workspace's catalog and the two files
        for (const SourceHealth &h : s->sources)
            QVERIFY2(h.lastSuccessAt != NoTime && !h.isStale(), qPrintable(h.source));
        // Loading again gives the same rows, not twice as many.
        const LoadResult again = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QCOMPARE(Store(again.cachePath).readServiceDetails(u"checkout"_s).recentRuns.size(), 3);
    }

    void brokenSourceKeepsItsDataAndSparesTheOthers()
    {
        QVERIFY(loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}}).ok());
        writeFile(m_dir->filePath(u"ci.json"_s), "{\"runs\": [ {\"id\": "); // truncated
        writeFile(m_dir->filePath(u"deploys.json"_s),
                  runsJson(u"payments"_s, 4, u"dp"_s)); // new data
        const LoadResult result = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QVERIFY(result.ok());
        // The error names the source and what is wrong.
        const auto error = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                        [](const Diagnostic &d) { return d.isError(); });
        QVERIFY(error != result.diagnostics.end());
        QCOMPARE(error->origin, u"ci"_s);
        QVERIFY2(error->message.contains(u"not valid JSON"_s), qPrintable(error->message));
        QVERIFY(error->message.contains(u"earlier data is kept"_s));
        // ci's runs are still there; deploys brought its new ones.
        QCOMPARE(result.snapshot->find(u"checkout"_s)->lastRun->externalId, u"ci-2"_s);
        QCOMPARE(result.snapshot->find(u"payments"_s)->lastRun->externalId, u"dp-3"_s);
        for (const SourceHealth &h : result.snapshot->sources)
            QCOMPARE(h.isStale(), h.source == u"ci"_s);
    }

    void workspaceWithErrorsOpensWhatItCan()
    {
        writeFile(m_workspace,
                  QByteArray(WorkspaceYaml)
                      .replace("  - name: payments\n",
                               "  - name: payments\n    tier: top\n  - owner: nobody\n"));
        const LoadResult result = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QVERIFY(result.ok());
        QCOMPARE(result.snapshot->services.size(), 2);
        QVERIFY(hasErrors(result.diagnostics));
        QCOMPARE(result.diagnostics.at(0).origin, m_workspace);
    }

    void removedSourceIsForgottenOnlyWhenTheWorkspaceIsClean()
    {
        QVERIFY(loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}}).ok());
        QByteArray withoutDeploys = WorkspaceYaml;
        withoutDeploys.truncate(withoutDeploys.indexOf("  - kind: file\n    name: deploys"));
        // With an error elsewhere, nothing is forgotten: a typo must not wipe cached data.
        writeFile(m_workspace, withoutDeploys + "  - kind: jira\n");
        LoadResult result = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QVERIFY(result.snapshot->find(u"payments"_s)->lastRun.has_value());
        writeFile(m_workspace, withoutDeploys);
        result = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QVERIFY(!result.snapshot->find(u"payments"_s)->lastRun.has_value());
    }

    void missingWorkspaceCreatesNothing()
    {
        const LoadResult result
            = loadWorkspace({m_dir->filePath(u"nope.yaml"_s), m_cacheDir, false, NoTime, {}});
        QVERIFY(!result.workspaceReadable);
        QVERIFY(!result.ok());
        QVERIFY(result.diagnostics.at(0).message.contains(u"does not exist"_s));
        QVERIFY(!QDir(m_cacheDir).exists());
    }

    void damagedCacheIsReportedThenSetAside()
    {
        const QString cache = cachePathFor(m_workspace, m_cacheDir);
        QDir().mkpath(m_cacheDir);
        const QByteArray garbage = QByteArray("garbage ").repeated(1000);
        writeFile(cache, garbage);

        const LoadResult failed = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QVERIFY(failed.workspaceReadable);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.cacheError, StoreError::Kind::Corrupt);
        QVERIFY(failed.cacheErrorMessage.contains(QDir::toNativeSeparators(cache)));
        QCOMPARE(readFile(cache), garbage); // never deleted or rewritten silently

        const LoadResult rebuilt = loadWorkspace({m_workspace, m_cacheDir, true, NoTime, {}});
        QVERIFY(rebuilt.ok());
        QVERIFY(!rebuilt.setAsideCachePath.isEmpty());
        QCOMPARE(readFile(rebuilt.setAsideCachePath), garbage);
        QCOMPARE(rebuilt.snapshot->services.size(), 2);
        // Nothing of the garbage could be carried over, and the person is told where it stays.
        const auto carried = std::find_if(
            rebuilt.diagnostics.cbegin(), rebuilt.diagnostics.cend(),
            [](const Diagnostic &d) { return d.message.contains(u"checklist decisions"_s); });
        QVERIFY(carried != rebuilt.diagnostics.cend());
        QCOMPARE(carried->origin, rebuilt.setAsideCachePath);
        QVERIFY(!carried->isError());
    }

    // A rebuild starts the cache over from the sources; the team leads' decisions, which exist
    // nowhere else, come along from the file set aside - all of them, in their order.
    void aRebuildKeepsTheChecklistDecisions()
    {
        const QString cache = cachePathFor(m_workspace, m_cacheDir);
        QVERIFY(loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}}).ok());
        QList<ChecklistOverride> decisions;
        {
            Store store(cache);
            for (int i = 0; i < 3; ++i) {
                ChecklistOverride d;
                d.question = ChecklistQuestion(1 + i);
                d.answer = i == 1 ? ChecklistAnswer::No : ChecklistAnswer::Yes;
                d.note = u"Reason %1, with “quotes” and ü"_s.arg(i);
                d.author = u"dana"_s;
                d.decidedAt = 1'000 + i;
                d.cleared = i == 2;
                store.addChecklistOverride(d);
                decisions.append(d);
            }
        }
        ReleasePlan plan;
        plan.name = u"Friday release"_s;
        plan.environment = u"production"_s;
        plan.createdAt = 2'000;
        plan.createdBy = u"dana"_s;
        plan.items = {{u"payments"_s, u"5.3.0"_s}};
        plan.id = Store(cache).createPlan(plan);
        Store(cache).addPlanNote(plan.id,
                                 {0, 2'001, u"dana"_s, {}, PlanNoteKind::Approval, u"CAB ok"_s});
        const QList<ReleasePlan> plans = Store(cache).readPlans();
        const LoadResult rebuilt = loadWorkspace({m_workspace, m_cacheDir, true, NoTime, {}});
        QVERIFY(rebuilt.ok());
        QVERIFY(!rebuilt.setAsideCachePath.isEmpty());
        for (const Diagnostic &d : rebuilt.diagnostics)
            QVERIFY2(!d.message.contains(u"checklist decisions"_s), qPrintable(d.toString()));
        QCOMPARE(Store(cache).readChecklistOverrides(), decisions);
        QCOMPARE(Store(cache).readPlans(), plans);
    }

    void newerCacheIsRefused()
    {
        const QString cache = cachePathFor(m_workspace, m_cacheDir);
        {
            QVERIFY(loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}}).ok());
            Store store(cache);
            store.database().setUserVersion(99);
        }
        const LoadResult result = loadWorkspace({m_workspace, m_cacheDir, false, NoTime, {}});
        QCOMPARE(result.cacheError, StoreError::Kind::NewerSchema);
        QVERIFY(result.cacheErrorMessage.contains(u"newer version"_s));
    }

    void loaderDeliversOnTheCallingThreadAndDropsStaleResults()
    {
        WorkspaceLoader loader(m_cacheDir);
        QSignalSpy loaded(&loader, &WorkspaceLoader::loaded);
        loader.load(m_dir->filePath(u"nope.yaml"_s));
        loader.load(m_workspace); // supersedes the first
        loader.waitForIdle();
        // Finished work is still delivered later, through the event loop, never from inside load().
        QCOMPARE(loaded.size(), 0);
        loader.load(m_workspace);
        QCOMPARE(loaded.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10'000);
        loader.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        const auto result = loaded.at(0).at(0).value<LoadResult>();
        QCOMPARE(result.workspacePath, m_workspace);
        QVERIFY(result.ok());

        // Results arrive on the thread the loader lives in, never on a worker.
        QThread *deliveredOn = nullptr;
        connect(
            &loader, &WorkspaceLoader::detailsLoaded, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); }, Qt::DirectConnection);
        QSignalSpy details(&loader, &WorkspaceLoader::detailsLoaded);
        loader.requestDetails(result.cachePath, u"checkout"_s);
        QTRY_COMPARE_WITH_TIMEOUT(details.size(), 1, 10'000);
        QCOMPARE(deliveredOn, QThread::currentThread());
        const auto d = details.at(0).at(0).value<ServiceDetails>();
        QCOMPARE(d.service.name, u"checkout"_s);
        QCOMPARE(d.recentRuns.size(), 3);

        QSignalSpy failed(&loader, &WorkspaceLoader::detailsFailed);
        loader.requestDetails(m_dir->filePath(u"missing.sqlite"_s), u"checkout"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    }

    void aNewerRequestWinsAndNothingOfTheOlderUndoesIt()
    {
        // v2 adds a source; a reload while the first load may still be running must end with it.
        WorkspaceLoader loader(m_cacheDir);
        QSignalSpy loaded(&loader, &WorkspaceLoader::loaded);
        loader.load(m_workspace);
        writeFile(m_dir->filePath(u"fresh.json"_s), runsJson(u"fresh"_s, 2, u"fr"_s));
        writeFile(m_workspace,
                  WorkspaceYaml + "  - kind: file\n    name: fresh\n    path: fresh.json\n");
        loader.load(m_workspace);
        loader.load(m_workspace); // of two waiting requests only the newest runs
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        const auto result = loaded.at(0).at(0).value<LoadResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.workspace.sources.size(), 3);
        QCOMPARE(result.snapshot->find(u"fresh"_s)->lastRun->externalId, u"fr-1"_s);
        loader.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(Store(result.cachePath).readServiceDetails(u"fresh"_s).recentRuns.size(), 2);
    }

    void aCancelledLoadWritesNothingMore()
    {
        LoadRequest request {m_workspace, m_cacheDir, false, NoTime,
                             std::make_shared<std::atomic_bool>(true)};
        const LoadResult result = loadWorkspace(request);
        QVERIFY(result.cancelled);
        QVERIFY(!QFileInfo::exists(cachePathFor(m_workspace, m_cacheDir)));
    }

    void bundledDemoLoads()
    {
        const LoadResult result
            = loadWorkspace({u":/demo/workspace.yaml"_s, m_cacheDir, false, NoTime, {}});
        QVERIFY(
            !result.workspaceReadable); // the demo's resources live in the app library, not here
        const LoadResult fromDisk
            = loadWorkspace({QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/demo/workspace.yaml"),
                             m_cacheDir,
                             false,
                             NoTime,
                             {}});
        QVERIFY(fromDisk.ok());
        QVERIFY2(fromDisk.diagnostics.isEmpty(),
                 qPrintable(fromDisk.diagnostics.value(0).toString()));
        QCOMPARE(fromDisk.snapshot->find(u"pricing"_s)->lastRun->status, RunStatus::Failed);
        // The demo's incidents, for DORA: three resolved, checkout's still open.
        Store store(
            cachePathFor(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/demo/workspace.yaml"),
                         m_cacheDir),
            Database::Mode::ReadOnly);
        const QList<Incident> incidents = store.readIncidents();
        QCOMPARE(incidents.size(), 4);
        QCOMPARE(incidents.last().service, u"checkout"_s);
        QVERIFY(incidents.last().isOpen());
        QCOMPARE(std::count_if(incidents.cbegin(), incidents.cend(),
                               [](const Incident &i) { return !i.rootCauseCommit.isEmpty(); }),
                 1);
        // The checklist's first question: checkout's pipeline runs payments' contract tests as a
        // job of its own, and that job is where its run of 25 February failed.
        const QList<PipelineJob> gated = store.readJobs(u"demo-data"_s, u"gh-checkout-2057"_s);
        QStringList names;
        for (const PipelineJob &job : gated)
            names.append(job.name);
        QCOMPARE(names, (QStringList {u"build"_s, u"test"_s, u"payments-contract-tests"_s}));
        QCOMPARE(gated.at(0).status, RunStatus::Succeeded);
        QCOMPARE(gated.at(1).status, RunStatus::Succeeded);
        QCOMPARE(gated.at(2).status, RunStatus::Failed);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString m_cacheDir;
};

QTEST_GUILESS_MAIN(TestWorkspaceLoad)
#include "tst_workspaceload.moc"
