#include "domain/workspace.h"
#include "sources/file/filesource.h"
#include "store/store.h"
#include "sync/sourcesync.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

EpochMs at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray document()
{
    QFile file(QStringLiteral(SIGNALBOX_TEST_DATA "/fixtures/file-source-all-kinds.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFileSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKind()
    {
        const FetchResult result
            = FileSource::parseDocument(document(), u"data.json"_s, false, NoTime);
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QVERIFY(result.diagnostics.isEmpty());
        const IngestBatch &b = result.batch;
        QCOMPARE(b.services.size(), 1);
        QCOMPARE(b.services.at(0).tier, 1);
        QCOMPARE(b.dependencies.size(), 1);
        QCOMPARE(b.runs.size(), 2);
        const PipelineRun &r1 = b.runs.at(0);
        QCOMPARE(r1.status, RunStatus::Failed);
        QCOMPARE(r1.startedAt, at("2026-03-02T07:29:41Z"));
        QCOMPARE(r1.durationMs, 6 * 60'000);
        QCOMPARE(r1.queuedMs, 12'000);
        QCOMPARE(r1.url, u"https://ci.example.com/r1"_s);
        QCOMPARE(b.runs.at(1).status, RunStatus::Running);
        QCOMPARE(b.runs.at(1).durationMs, -1);
        QCOMPARE(b.runs.at(1).finishedAt, NoTime);
        QCOMPARE(b.jobs.size(), 3);
        QCOMPARE(b.jobs.at(1).runExternalId, u"r1"_s);
        QCOMPARE(b.jobs.at(1).status, RunStatus::Failed);
        QCOMPARE(b.jobs.at(2).status, RunStatus::Running);
        QCOMPARE(b.deployments.at(0).status, DeploymentStatus::RolledBack);
        QCOMPARE(b.rollouts.at(0).weight, 25);
        QCOMPARE(b.rollouts.at(0).analysis.size(), 1);
        QCOMPARE(b.rollouts.at(0).analysis.at(0).threshold, 1.0);
        QCOMPARE(b.verifications.at(0).result, VerificationResult::Unknown);
        QCOMPARE(b.flags.at(0).enabled, false);
        QCOMPARE(b.incidents.size(), 2);
        Incident expected;
        expected.externalId = u"inc-1"_s;
        expected.service = u"pricing"_s;
        expected.title = u"Prices shown as zero"_s;
        expected.createdAt = at("2026-03-01T10:40:00Z");
        expected.resolvedAt = at("2026-03-01T11:25:00Z");
        expected.rootCauseCommit = u"BBBB1234"_s;
        expected.url = u"https://status.example.com/inc-1"_s;
        QCOMPARE(b.incidents.at(0), expected);
        // Only an id and a time: no service, no root cause, still open.
        QVERIFY(b.incidents.at(1).service.isEmpty());
        QVERIFY(b.incidents.at(1).rootCauseCommit.isEmpty());
        QVERIFY(b.incidents.at(1).isOpen());
    }

    void rebasesTimesToNow()
    {
        const EpochMs now = at("2026-11-26T05:00:30Z");
        const FetchResult result = FileSource::parseDocument(document(), u"data.json"_s, true, now);
        // The anchor becomes now, rounded down to the minute; every time moves by the same amount.
        const qint64 shift = at("2026-11-26T05:00:00Z") - at("2026-03-02T09:00:00Z");
        QCOMPARE(result.batch.runs.at(0).startedAt, at("2026-03-02T07:29:41Z") + shift);
        QCOMPARE(result.batch.runs.at(0).durationMs, 6 * 60'000);
        QCOMPARE(result.batch.deployments.at(0).deployedAt, at("2026-03-01T10:00:00Z") + shift);
        QCOMPARE(result.batch.incidents.at(0).createdAt, at("2026-03-01T10:40:00Z") + shift);
        QCOMPARE(result.batch.incidents.at(0).resolvedAt, at("2026-03-01T11:25:00Z") + shift);
        QCOMPARE(result.batch.jobs.at(0).startedAt, at("2026-03-02T07:29:45Z") + shift);
        QCOMPARE(result.batch.jobs.at(0).durationMs, 140'000);
    }

    void jobsAreReadBackExactly()
    {
        QTemporaryDir dir;
        FetchResult result = FileSource::parseDocument(document(), u"data.json"_s, false, NoTime);
        QVERIFY(result.diagnostics.isEmpty());
        result.batch.source = u"data"_s;
        result.batch.sourceKind = u"file"_s;
        Store store(dir.filePath(u"cache.sqlite"_s));
        QCOMPARE(store.ingest(result.batch).jobs, 3);

        PipelineJob build;
        build.externalId = u"j1"_s;
        build.runExternalId = u"r1"_s;
        build.name = u"build"_s;
        build.stage = u"build"_s;
        build.status = RunStatus::Succeeded;
        build.startedAt = at("2026-03-02T07:29:45Z");
        build.finishedAt = at("2026-03-02T07:32:05Z");
        build.durationMs = 140'000; // 07:29:45 to 07:32:05: 2 min 20 s
        build.queuedMs = 4'000;
        build.url = u"https://ci.example.com/r1/jobs/1"_s;
        build.source = u"data"_s;
        PipelineJob contract;
        contract.externalId = u"j2"_s;
        contract.runExternalId = u"r1"_s;
        contract.name = u"cart-contract-tests"_s;
        contract.stage = u"test"_s;
        contract.status = RunStatus::Failed;
        contract.startedAt = at("2026-03-02T07:32:10Z");
        contract.finishedAt = at("2026-03-02T07:35:41Z");
        contract.durationMs = 211'000; // 07:32:10 to 07:35:41: 3 min 31 s
        contract.queuedMs = 0; // zero is a figure, not "not known"
        contract.url = u"https://ci.example.com/r1/jobs/2"_s;
        contract.source = u"data"_s;
        PipelineJob running; // only what the entry says; the rest stays "not known"
        running.externalId = u"j3"_s;
        running.runExternalId = u"r2"_s;
        running.name = u"build"_s;
        running.status = RunStatus::Running;
        running.startedAt = at("2026-03-02T08:59:30Z");
        running.source = u"data"_s;
        QCOMPARE(store.readJobs(u"data"_s), (QList<PipelineJob> {build, contract, running}));
        QCOMPARE(store.readJobs(u"data"_s, u"r2"_s), QList<PipelineJob> {running});
    }

    void badJobsAreSkippedAndNamed_data()
    {
        QTest::addColumn<QByteArray>("job");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<bool>("isError");
        QTest::addRow("no id") << QByteArray(R"({"run":"r","name":"test"})") << u"jobs[0].id"_s
                               << u"missing"_s << true;
        QTest::addRow("no run") << QByteArray(R"({"id":"j","name":"test"})") << u"jobs[0].run"_s
                                << u"missing"_s << true;
        QTest::addRow("no name") << QByteArray(R"({"id":"j","run":"r"})") << u"jobs[0].name"_s
                                 << u"missing"_s << true;
        QTest::addRow("run not in the file")
            << QByteArray(R"({"id":"j","run":"r9","name":"test"})") << u"jobs[0].run"_s
            << u"no run \"r9\" in this file or in the cache"_s << true;
        QTest::addRow("run id not text") << QByteArray(R"({"id":"j","run":7,"name":"test"})")
                                         << u"jobs[0].run"_s << u"expected text"_s << true;
        QTest::addRow("finish not a time")
            << QByteArray(R"({"id":"j","run":"r","name":"test","finished":"soon"})")
            << u"jobs[0].finished"_s << u"\"soon\" is not an ISO 8601 time"_s << true;
        QTest::addRow("queue time negative")
            << QByteArray(R"({"id":"j","run":"r","name":"test","queuedSeconds":-5})")
            << u"jobs[0].queuedSeconds"_s << u"expected a whole number"_s << true;
        QTest::addRow("unknown status is kept as unknown")
            << QByteArray(R"({"id":"j","run":"r","name":"test","status":"amber"})")
            << u"jobs[0].status"_s << u"unknown value \"amber\""_s << false;
    }

    void badJobsAreSkippedAndNamed()
    {
        QFETCH(QByteArray, job);
        QFETCH(QString, key);
        QFETCH(QString, messagePart);
        QFETCH(bool, isError);
        // The good job after the bad one is kept.
        const QByteArray json = R"({"runs":[{"id":"r","service":"a"}],"jobs":[)" + job
            + R"(,{"id":"ok","run":"r","name":"build"}]})";
        const FetchResult result
            = FileSource::parseDocument(json, u"/data/jobs.json"_s, false, NoTime);
        QVERIFY(!result.failed());
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.at(0);
        QCOMPARE(d.key, key);
        QCOMPARE(d.origin, u"/data/jobs.json"_s);
        QCOMPARE(d.isError(), isError);
        QVERIFY2(d.message.contains(messagePart), qPrintable(d.message));
        QCOMPARE(d.message.contains(u"skipped"_s), isError);
        QCOMPARE(result.batch.runs.size(), 1); // a bad job is that entry's problem only
        QCOMPARE(result.batch.jobs.size(), isError ? 1 : 2);
        QCOMPARE(result.batch.jobs.constLast().externalId, u"ok"_s);
        if (!isError)
            QCOMPARE(result.batch.jobs.at(0).status, RunStatus::Unknown);
    }

    // A run an earlier read brought stays in the cache when the file stops listing it, so a job
    // may still name it; a run neither the file nor the cache knows is that job's error.
    void aJobMayNameARunTheCacheHolds()
    {
        QTemporaryDir dir;
        Workspace ws;
        ws.filePath = dir.filePath(u"workspace.yaml"_s);
        SourceConfig config;
        config.kind = u"file"_s;
        config.name = u"data"_s;
        config.settings.insert(u"path"_s, u"data.json"_s);
        const QString path = dir.filePath(u"data.json"_s);
        const auto writeFile = [&](const QByteArray &json) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(json) == json.size();
        };
        SourceSyncOptions options;
        options.now = at("2026-03-02T09:00:00Z");
        options.ignoreBackoff = true;
        Store store(dir.filePath(u"cache.sqlite"_s));

        QVERIFY(writeFile(R"({"runs":[{"id":"r1","service":"a","status":"failed"}],)"
                          R"("jobs":[{"id":"j1","run":"r1","name":"build"}]})"));
        const SourceSyncOutcome first = syncSource(store, ws, config, options);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.counts.jobs, 1);

        const QByteArray later = R"({"jobs":[{"id":"j2","run":"r1","name":"a-contract-tests"},)"
                                 R"({"id":"j3","run":"r9","name":"test"}]})";
        // Read on its own, the file knows no run r1 either.
        QCOMPARE(FileSource::parseDocument(later, path, false, NoTime).batch.jobs.size(), 0);
        QVERIFY(writeFile(later));
        const SourceSyncOutcome second = syncSource(store, ws, config, options);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.counts.jobs, 1);
        QCOMPARE(second.diagnostics.size(), 1);
        QCOMPARE(second.diagnostics.at(0).key, u"jobs[1].run"_s);
        QCOMPARE(second.diagnostics.at(0).origin, path);
        QVERIFY(second.diagnostics.at(0).isError());
        const QList<PipelineJob> stored = store.readJobs(u"data"_s);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).externalId, u"j1"_s);
        QCOMPARE(stored.at(1).externalId, u"j2"_s);
        QCOMPARE(stored.at(1).runExternalId, u"r1"_s);
        QCOMPARE(stored.at(1).name, u"a-contract-tests"_s);
    }

    void badIncidentsAreSkippedAndNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("no creation time")
            << QByteArray(R"({"incidents":[{"id":"i","title":"Down"}]})")
            << u"incidents[0].created"_s << u"missing"_s;
        QTest::addRow("creation time not a time")
            << QByteArray(R"({"incidents":[{"id":"i","created":"Tuesday"}]})")
            << u"incidents[0].created"_s << u"\"Tuesday\" is not an ISO 8601 time"_s;
        QTest::addRow("no id") << QByteArray(
            R"({"incidents":[{"created":"2026-03-01T10:00:00Z"}]})")
                               << u"incidents[0].id"_s << u"missing"_s;
        QTest::addRow("root cause not a sha")
            << QByteArray(R"({"incidents":[{"id":"i","created":"2026-03-01T10:00:00Z",)"
                          R"("rootCause":"the new cache"}]})")
            << u"incidents[0].rootCause"_s << u"expected 7 to 40 hex digits"_s;
        QTest::addRow("root cause too short")
            << QByteArray(R"({"incidents":[{"id":"i","created":"2026-03-01T10:00:00Z",)"
                          R"("rootCause":"abc12"}]})")
            << u"incidents[0].rootCause"_s << u"expected 7 to 40 hex digits"_s;
        QTest::addRow("resolved before created")
            << QByteArray(R"({"incidents":[{"id":"i","created":"2026-03-01T10:00:00Z",)"
                          R"("resolved":"2026-03-01T09:00:00Z"}]})")
            << u"incidents[0].resolved"_s << u"resolved before it was created"_s;
        QTest::addRow("not a list")
            << QByteArray(R"({"incidents":{"id":"i"}})") << u"incidents"_s << u"expected a list"_s;
    }

    void badIncidentsAreSkippedAndNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(QString, messagePart);
        // The good incident after the bad one is kept.
        json.replace("}]}", "},{\"id\":\"ok\",\"created\":\"2026-03-01T12:00:00Z\"}]}");
        const FetchResult result
            = FileSource::parseDocument(json, u"/data/incidents.json"_s, false, NoTime);
        QVERIFY(!result.failed());
        const auto it = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                     [&](const Diagnostic &d) { return d.key == key; });
        QVERIFY2(it != result.diagnostics.end(), qPrintable(key));
        QCOMPARE(it->origin, u"/data/incidents.json"_s);
        QVERIFY(it->isError());
        QVERIFY2(it->message.contains(messagePart), qPrintable(it->message));
        QVERIFY(it->message.contains(u"skipped"_s));
        const bool wholeListBad = key == u"incidents"_s;
        QCOMPARE(result.batch.incidents.size(), wholeListBad ? 0 : 1);
        if (!wholeListBad)
            QCOMPARE(result.batch.incidents.at(0).externalId, u"ok"_s);
    }

    void badEntriesAreSkippedAndNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<int>("runsKept");
        QTest::addRow("missing id")
            << QByteArray(R"({"runs":[{"service":"a"},{"id":"x","service":"a"}]})")
            << u"runs[0].id"_s << true << 1;
        QTest::addRow("wrong type")
            << QByteArray(R"({"runs":[{"id":5,"service":"a"},{"id":"x","service":"a"}]})")
            << u"runs[0].id"_s << true << 1;
        QTest::addRow("bad time") << QByteArray(
            R"({"runs":[{"id":"x","service":"a","started":"yesterday"}]})")
                                  << u"runs[0].started"_s << true << 0;
        QTest::addRow("unknown status is kept as unknown")
            << QByteArray(R"({"runs":[{"id":"x","service":"a","status":"greenish"}]})")
            << u"runs[0].status"_s << false << 1;
        QTest::addRow("entry not an object")
            << QByteArray(R"({"runs":[42,{"id":"x","service":"a"}]})") << u"runs[0]"_s << true << 1;
        QTest::addRow("array not a list")
            << QByteArray(R"({"runs":{"id":"x"}})") << u"runs"_s << true << 0;
        QTest::addRow("number as text")
            << QByteArray(R"({"runs":[{"id":"x","service":"a","attempt":"two"}]})")
            << u"runs[0].attempt"_s << true << 0;
    }

    void badEntriesAreSkippedAndNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(bool, isError);
        QFETCH(int, runsKept);
        const FetchResult result
            = FileSource::parseDocument(json, u"/data/runs.json"_s, false, NoTime);
        QVERIFY(!result.failed());
        QCOMPARE(result.batch.runs.size(), runsKept);
        const auto it = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                     [&](const Diagnostic &d) { return d.key == key; });
        QVERIFY2(it != result.diagnostics.end(), qPrintable(key));
        QCOMPARE(it->origin, u"/data/runs.json"_s);
        QCOMPARE(it->isError(), isError);
        if (isError)
            QVERIFY(it->message.contains(u"skipped"_s));
        const bool runWasUnknown = !isError && runsKept == 1;
        if (runWasUnknown)
            QCOMPARE(result.batch.runs.at(0).status, RunStatus::Unknown);
    }

    void brokenDocumentFailsAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("truncated") << QByteArray("{\n  \"runs\": [\n    {\"id\": \"x\",")
                                   << u"data.json:3: not valid JSON"_s;
        QTest::addRow("array at top") << QByteArray("[1, 2]") << u"expected a JSON object"_s;
        QTest::addRow("empty") << QByteArray() << u"not valid JSON"_s;
    }

    void brokenDocumentFailsAsAWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const FetchResult result = FileSource::parseDocument(json, u"data.json"_s, false, NoTime);
        QVERIFY(result.failed());
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
        QVERIFY(result.batch.isEmpty());
    }

    void unchangedFileNeedsNoIngest()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"data.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document());
        file.close();
        Workspace ws;
        ws.filePath = dir.filePath(u"workspace.yaml"_s);
        SourceConfig config;
        config.kind = u"file"_s;
        config.name = u"data"_s;
        config.settings.insert(u"path"_s, u"data.json"_s);
        FileSource source;
        const FetchResult first = source.fetch(config, ws, {});
        QVERIFY(!first.unchanged);
        QCOMPARE(first.batch.runs.size(), 2);
        FetchContext context;
        context.previousCursor = first.cursor;
        const FetchResult second = source.fetch(config, ws, context);
        QVERIFY(second.unchanged);
        QVERIFY(second.batch.isEmpty());
        // Rebased times move with the clock, so such a file is read every time.
        config.settings.insert(u"rebaseTimes"_s, true);
        const FetchResult rebased = source.fetch(config, ws, context);
        QVERIFY(!rebased.unchanged);
        // Switching rebasing off again rewrites the original times, though the file is the same.
        config.settings.insert(u"rebaseTimes"_s, false);
        context.previousCursor = rebased.cursor;
        QVERIFY(!source.fetch(config, ws, context).unchanged);
    }

    void aFileIsAWholeDocument()
    {
        const FetchResult listed = FileSource::parseDocument(
            R"({"dependencies":[{"consumer":"a","provider":"b"}]})", u"d.json"_s, false, NoTime);
        QVERIFY(listed.batch.replacesDependencies); // what it no longer lists is gone
        QVERIFY(!listed.batch.replacesCatalog); // it says nothing about services
        const FetchResult broken = FileSource::parseDocument(
            R"({"dependencies":[{"consumer":"a"}]})", u"d.json"_s, false, NoTime);
        QVERIFY(
            !broken.batch.replacesDependencies); // a broken entry may be the one that seems gone
    }

    void numbersAndTimesAreChecked()
    {
        const FetchResult result = FileSource::parseDocument(
            R"({"runs":[{"id":"x","service":"a","attempt":1e12},{"id":"y","service":"a","started":"2026-03-01T10:00:00"}],)"
            R"("rollouts":[{"id":"o","service":"a","weight":250}]})",
            u"d.json"_s, false, NoTime);
        QCOMPARE(result.batch.runs.size(), 1);
        QCOMPARE(result.batch.runs.at(0).externalId, u"y"_s);
        // No offset: UTC, as the format says, whatever this machine's time zone.
        QCOMPARE(result.batch.runs.at(0).startedAt, at("2026-03-01T10:00:00Z"));
        QVERIFY(result.batch.rollouts.isEmpty());
        QCOMPARE(result.diagnostics.size(), 2);
    }

    void missingFileFails()
    {
        Workspace ws;
        ws.filePath = u"/nowhere/workspace.yaml"_s;
        SourceConfig config;
        config.settings.insert(u"path"_s, u"gone.json"_s);
        const FetchResult result = FileSource().fetch(config, ws, {});
        QVERIFY(result.failed());
        QVERIFY(result.error.contains(u"/nowhere/gone.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestFileSource)
#include "tst_filesource.moc"
