#include "report/planreport.h"

#include <QDateTime>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

EpochMs utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

PlanItem planItem(const QString &service, const QString &version, const QString &current,
                  PlanItemState state, int wave, int weight = -1)
{
    PlanItem i;
    i.service = service;
    i.version = version;
    i.currentVersion = current;
    i.state = state;
    i.wave = wave;
    i.weight = weight;
    return i;
}

PlanItemStatus statusOf(const PlanItem &item, const QString &owner)
{
    PlanItemStatus s;
    s.service = item.service;
    s.version = item.version;
    s.owner = owner;
    s.currentVersion = item.state == PlanItemState::Done ? item.version : item.currentVersion;
    s.state = item.state;
    s.weight = item.weight;
    s.wave = item.wave;
    return s;
}

PlanWaveStatus wave(int number, const QStringList &services, PlanWaveStatus::State state,
                    const QString &sentence)
{
    PlanWaveStatus w;
    w.number = number;
    w.services = services;
    w.state = state;
    w.sentence = sentence;
    return w;
}

// A plan in the middle of a bad day, written by hand as the tracker would have left it:
// wave 1 done in 1 h 20 min, payments rolled back in wave 2 (so wave 2 is held and orders,
// in wave 3, is blocked), an oddly named service deploying, and a service that has since left
// the catalog.
struct Sample
{
    ReleasePlan plan;
    PlanStatus status;
};

Sample sample()
{
    Sample s;
    ReleasePlan &p = s.plan;
    p.id = 7;
    p.name = u"Spring release_1"_s;
    p.environment = u"production"_s;
    p.createdBy = u"alice"_s;
    p.createdAt = utc(2, 9, 30);
    p.items = {planItem(u"accounts"_s, u"1.8.0"_s, u"1.7.2"_s, PlanItemState::Done, 1),
               planItem(u"inventory"_s, u"3.0.0"_s, u"2.9.0"_s, PlanItemState::Done, 1),
               planItem(u"warehouse"_s, u"1.1.0"_s, {}, PlanItemState::Done, 1),
               planItem(u"payments"_s, u"2.26.0"_s, u"2.25.3"_s, PlanItemState::RolledBack, 2),
               planItem(u"a|b_c"_s, u"0.3.0"_s, u"0.2.0"_s, PlanItemState::Deploying, 2, 25),
               planItem(u"orders"_s, u"2.14.0"_s, u"2.13.1"_s, PlanItemState::NotStarted, 3),
               planItem(u"legacy-fax"_s, u"9.0"_s, u"8.9"_s, PlanItemState::NotStarted, 0)};
    p.notes
        = {{1, utc(2, 9, 45), u"bob"_s, {}, PlanNoteKind::Approval, u"CAB approved *all* of it"_s},
           {2, utc(2, 11, 5), u"carol"_s, u"payments"_s, PlanNoteKind::Note,
            u"Rolled back after 5xx spike"_s},
           {3, utc(2, 11, 30), u"alice"_s, u"orders"_s, PlanNoteKind::Override,
            u"Freeze overridden for the fix"_s}};
    p.events = {{utc(2, 9, 30), {}, u"Plan created with 7 services."_s, u"alice"_s},
                {utc(2, 10, 0), u"accounts"_s, u"accounts is deploying."_s},
                {utc(2, 11, 20), u"warehouse"_s, u"warehouse is done."_s},
                {utc(2, 11, 0), u"payments"_s, u"payments rolled back to 2.25.3."_s}};

    PlanStatus &st = s.status;
    st.planId = 7;
    st.environment = u"production"_s;
    const QHash<QString, QString> owners {
        {u"accounts"_s, u"team-accounts"_s}, {u"inventory"_s, u"team-stock"_s},
        {u"warehouse"_s, u"team-stock"_s},   {u"payments"_s, u"team-payments"_s},
        {u"a|b_c"_s, u"team_x"_s},           {u"orders"_s, u"team-orders"_s}};
    for (const PlanItem &item : p.items)
        st.items.append(statusOf(item, owners.value(item.service)));
    st.items[3].blocksConsumers = {u"orders"_s, u"checkout"_s};
    st.items[5].blocked = true;
    st.items[5].reasons = {{BlockedReason::Kind::WaitingForProvider, u"payments"_s,
                            u"Waits for payments, which rolled back"_s},
                           {BlockedReason::Kind::Freeze, {}, u"production is frozen: Holidays"_s}};
    st.items[6].inCatalog = false;
    st.waves = {wave(1, {u"accounts"_s, u"inventory"_s, u"warehouse"_s},
                     PlanWaveStatus::State::Done, u"Done"_s),
                wave(2, {u"payments"_s, u"a|b_c"_s}, PlanWaveStatus::State::Held,
                     u"Held: payments rolled back"_s),
                wave(3, {u"orders"_s}, PlanWaveStatus::State::Waiting, {})};
    st.waves[0].startedAt = utc(2, 10, 0);
    st.waves[0].finishedAt = utc(2, 11, 20);
    DeployGroup group;
    group.services = {u"inventory"_s, u"warehouse"_s};
    for (const auto &[consumer, provider] :
         {std::pair {u"inventory"_s, u"warehouse"_s}, std::pair {u"warehouse"_s, u"inventory"_s}}) {
        Dependency d;
        d.consumer = consumer;
        d.provider = provider;
        group.cycleEdges.append(d);
    }
    st.groups = {group};
    st.doneCount = 3;
    st.failedCount = 1;
    st.blockedCount = 1;
    return s;
}

} // namespace

class TestPlanReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownHasEveryWaveNoteAndLogLine()
    {
        const Sample s = sample();
        const QString md = toMarkdown(planReport(s.plan, s.status));
        const QStringList lines = md.split(u'\n');

        QCOMPARE(lines.at(0), u"# Release plan: Spring release\\_1"_s);
        QVERIFY2(lines.contains(u"To production. Created by alice on 2026-03-02 09:30 UTC."_s),
                 qPrintable(md));
        QVERIFY2(lines.contains(u"3 of 7 done, 1 deploying, 1 rolled back, 1 blocked"_s),
                 qPrintable(md));

        // Every wave, in order, with how long the finished one took.
        const qsizetype w1 = lines.indexOf(u"## Wave 1 — Done (took 1 h 20 min)"_s);
        const qsizetype w2 = lines.indexOf(u"## Wave 2 — Held: payments rolled back"_s);
        const qsizetype w3 = lines.indexOf(u"## Wave 3 — Waiting"_s);
        QVERIFY2(w1 > 0 && w2 > w1 && w3 > w2, qPrintable(md));
        QCOMPARE(lines.at(w1 + 2), u"| Service | Version | Owner | State | Notes |"_s);
        QCOMPARE(lines.at(w1 + 4), u"| accounts | 1.7.2 → 1.8.0 | team-accounts | done | — |"_s);
        QCOMPARE(lines.at(w1 + 6), u"| warehouse | — → 1.1.0 | team-stock | done | — |"_s);
        QCOMPARE(lines.at(w2 + 4),
                 u"| payments | 2.25.3 → 2.26.0 | team-payments | rolled back | Now holds back: "
                 "orders, checkout note (carol): Rolled back after 5xx spike |"_s);
        // The odd name cannot break the table or start emphasis.
        QCOMPARE(lines.at(w2 + 5),
                 u"| a\\|b\\_c | 0.2.0 → 0.3.0 | team\\_x | deploying, 25 % | — |"_s);
        QCOMPARE(lines.at(w3 + 4),
                 u"| orders | 2.13.1 → 2.14.0 | team-orders | not started | Blocked: Waits for "
                 "payments, which rolled back; production is frozen: Holidays override (alice): "
                 "Freeze overridden for the fix |"_s);

        // The service that left the catalog is still there, marked, outside every wave.
        const qsizetype gone = lines.indexOf(u"## In no wave"_s);
        QVERIFY2(gone > w3, qPrintable(md));
        QCOMPARE(lines.at(gone + 4),
                 u"| legacy-fax (not in the catalog) | 8.9 → 9.0 | — | not started | — |"_s);

        const qsizetype together = lines.indexOf(u"## Deploy together"_s);
        QVERIFY2(together > gone, qPrintable(md));
        QCOMPARE(lines.at(together + 2),
                 u"- inventory, warehouse (cycle: inventory → warehouse, warehouse → inventory)"_s);

        const qsizetype notes = lines.indexOf(u"## Notes and decisions"_s);
        QVERIFY2(notes > together, qPrintable(md));
        QCOMPARE(lines.mid(notes + 2, 5),
                 QStringList({u"| Time (UTC) | Author | Kind | Service | Text |"_s,
                              u"| --- | --- | --- | --- | --- |"_s,
                              u"| 2026-03-02 09:45 | bob | approval | the whole plan | CAB "
                              "approved \\*all\\* of it |"_s,
                              u"| 2026-03-02 11:05 | carol | note | payments | Rolled back after "
                              "5xx spike |"_s,
                              u"| 2026-03-02 11:30 | alice | override | orders | Freeze "
                              "overridden for the fix |"_s}));

        // The log is the last section, every line as it was recorded.
        const qsizetype log = lines.indexOf(u"## Activity log"_s);
        QVERIFY2(log > notes, qPrintable(md));
        QCOMPARE(
            lines.mid(log + 2),
            QStringList({u"| Time (UTC) | Service | What | By |"_s, u"| --- | --- | --- | --- |"_s,
                         u"| 2026-03-02 09:30 | — | Plan created with 7 services. | alice |"_s,
                         u"| 2026-03-02 10:00 | accounts | accounts is deploying. | the "
                         "sources |"_s,
                         u"| 2026-03-02 11:20 | warehouse | warehouse is done. | the "
                         "sources |"_s,
                         u"| 2026-03-02 11:00 | payments | payments rolled back to 2.25.3. | "
                         "the sources |"_s,
                         QString()}));
    }

    void aFinishedPlanSaysWhenAndTheHtmlSaysTheSame()
    {
        Sample s = sample();
        s.plan.finishedAt = utc(3, 8, 0);
        const ReportDocument doc = planReport(s.plan, s.status);
        QCOMPARE(doc.at(1).text,
                 u"To production. Created by alice on 2026-03-02 09:30 UTC. Finished 2026-03-03 "
                 "08:00 UTC."_s);
        const QString html = toHtml(doc);
        QVERIFY(html.contains(u"<h2>Wave 1 — Done (took 1 h 20 min)</h2>"_s));
        QVERIFY(html.contains(u"<td>a|b_c</td>"_s));
        QVERIFY(html.contains(u"<td>legacy-fax (not in the catalog)</td>"_s));
    }

    void anEmptyPlanSaysSo()
    {
        ReleasePlan plan;
        plan.name = u"nothing"_s;
        plan.environment = u"staging"_s;
        const QString md = toMarkdown(planReport(plan, PlanStatus {}));
        QCOMPARE(md,
                 u"# Release plan: nothing\n\nTo staging. Created by — on — UTC.\n\n0 of 0 done\n\n"
                 "## Notes and decisions\n\nNo notes.\n\n## Activity log\n\nNothing yet.\n"_s);
    }

    void checklistTicksWhatIsDone_data()
    {
        QTest::addColumn<int>("wave");
        QTest::addColumn<QString>("expected");
        QTest::addRow("done wave") << 1
                                   << u"Wave 1 of Spring release\\_1 to production:\n"
                                      "- [x] accounts 1.8.0 (team-accounts)\n"
                                      "- [x] inventory 3.0.0 (team-stock)\n"
                                      "- [x] warehouse 1.1.0 (team-stock)\n"_s;
        QTest::addRow("held wave") << 2
                                   << u"Wave 2 of Spring release\\_1 to production:\n"
                                      "- [ ] payments 2.26.0 (team-payments) — rolled back\n"
                                      "- [ ] a\\|b\\_c 0.3.0 (team\\_x) — deploying, 25 %\n"_s;
        QTest::addRow("blocked service says why")
            << 3
            << u"Wave 3 of Spring release\\_1 to production:\n"
               "- [ ] orders 2.14.0 (team-orders) — blocked: Waits for payments, which rolled "
               "back; production is frozen: Holidays\n"_s;
        QTest::addRow("no such wave") << 4 << QString();
        QTest::addRow("wave zero") << 0 << QString();
    }

    void checklistTicksWhatIsDone()
    {
        QFETCH(int, wave);
        QFETCH(QString, expected);
        const Sample s = sample();
        QCOMPARE(waveChecklist(s.plan, s.status, wave), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlanReport)
#include "tst_planreport.moc"
