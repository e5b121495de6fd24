#include "domain/status.h"
#include "domain/timeformat.h"

#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

class TestStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<bool>("recognised");
        QTest::addRow("success") << u"success"_s << RunStatus::Succeeded << true;
        QTest::addRow("failed, any case") << u"FAILED"_s << RunStatus::Failed << true;
        QTest::addRow("running") << u"running"_s << RunStatus::Running << true;
        QTest::addRow("explicit unknown") << u"unknown"_s << RunStatus::Unknown << true;
        QTest::addRow("garbage") << u"greenish"_s << RunStatus::Unknown << false;
        QTest::addRow("empty") << QString() << RunStatus::Unknown << false;
    }

    void runWords()
    {
        QFETCH(QString, word);
        QFETCH(RunStatus, status);
        QFETCH(bool, recognised);
        bool ok = !recognised;
        QCOMPARE(runStatusFromWord(word, &ok), status);
        QCOMPARE(ok, recognised);
    }

    void everyWordRoundTrips()
    {
        for (int i = 0; i <= int(RunStatus::Skipped); ++i)
            QCOMPARE(runStatusFromWord(toWord(RunStatus(i))), RunStatus(i));
        for (int i = 0; i <= int(DeploymentStatus::Inactive); ++i)
            QCOMPARE(deploymentStatusFromWord(toWord(DeploymentStatus(i))), DeploymentStatus(i));
        for (int i = 0; i <= int(RolloutPhase::Aborted); ++i)
            QCOMPARE(rolloutPhaseFromWord(toWord(RolloutPhase(i))), RolloutPhase(i));
        for (int i = 0; i <= int(AnalysisPhase::Inconclusive); ++i)
            QCOMPARE(analysisPhaseFromWord(toWord(AnalysisPhase(i))), AnalysisPhase(i));
        for (int i = 0; i <= int(ServiceKind::Observability); ++i)
            QCOMPARE(serviceKindFromWord(toWord(ServiceKind(i))), ServiceKind(i));
        for (int i = 0; i <= int(DependencyKind::Datastore); ++i)
            QCOMPARE(dependencyKindFromWord(toWord(DependencyKind(i))), DependencyKind(i));
        for (int i = 0; i <= int(RolloutStrategy::Rolling); ++i)
            QCOMPARE(rolloutStrategyFromWord(toWord(RolloutStrategy(i))), RolloutStrategy(i));
    }

    void unknownIsNeverHealthy()
    {
        QCOMPARE(healthOf(RunStatus::Unknown), Health::Unknown);
        QCOMPARE(healthOf(DeploymentStatus::Unknown), Health::Unknown);
        QCOMPARE(healthOf(RolloutPhase::Unknown), Health::Unknown);
        // can-i-deploy semantics: a missing verification is not a success.
        QCOMPARE(healthOf(VerificationResult::Unknown), Health::Unknown);
        QVERIFY(healthColor(Health::Unknown) != healthColor(Health::Healthy));
        QCOMPARE(displayName(VerificationResult::Unknown), u"Unverified"_s);
    }

    void formatting_data()
    {
        QTest::addColumn<qint64>("ago");
        QTest::addColumn<QString>("expected");
        QTest::addRow("seconds") << qint64(20'000) << u"just now"_s;
        QTest::addRow("minutes") << qint64(12 * 60'000) << u"12 min ago"_s;
        QTest::addRow("hours") << qint64(3 * 3'600'000) << u"3 h ago"_s;
        QTest::addRow("days") << qint64(5LL * 86'400'000)
                              << u"5 day(s) ago"_s; // untranslated plural
    }

    void formatting()
    {
        QFETCH(qint64, ago);
        QFETCH(QString, expected);
        const EpochMs now = 1'760'000'000'000;
        QCOMPARE(formatAge(now - ago, now), expected);
    }

    void durations()
    {
        QCOMPARE(formatDuration(-1), u"—"_s);
        QCOMPARE(formatDuration(42'000), u"42 s"_s);
        QCOMPARE(formatDuration(4 * 60'000 + 5'000), u"4 min 05 s"_s);
        QCOMPARE(formatDuration(3'600'000 + 3 * 60'000), u"1 h 03 min"_s);
        // Up to two days in hours; from there on in days and hours (rounded down to the hour).
        QCOMPARE(formatDuration(47 * 3'600'000 + 59 * 60'000), u"47 h 59 min"_s);
        QCOMPARE(formatDuration(48 * 3'600'000), u"2 d 0 h"_s);
        QCOMPARE(formatDuration(552LL * 3'600'000 + 30 * 60'000), u"23 d 0 h"_s);
        QCOMPARE(formatAge(NoTime, 5), u"—"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
