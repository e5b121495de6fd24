#include "git/githistory.h"
#include "git/gitrepository.h"
#include "gitrepobuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

EpochMs ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QStringList shas(const QList<CommitInfo> &commits)
{
    QStringList out;
    for (const CommitInfo &c : commits)
        out.append(c.sha);
    return out;
}

QStringList shas(const CommitHistory &history)
{
    return shas(history.commits);
}

} // namespace

// A monorepo with two services next to a look-alike folder (services/orders-legacy), a feature
// branch that took main in before it was merged back, a fix branch merged the next week, two
// open branches and two release tags.
class tst_GitHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commitsTouchingAFolder();
    void commitsTouchingTheWholeRepository();
    void commitsTouchingHonoursTheLimitAndCancel();
    void commitsBetweenTwoTags();
    void trunkHealthCountsFirstParentMergesPerWeek();
    void trunkHealthListsOpenBranchesWithAgeAndAhead();
    void errorsAreReportedNotFatal();
    void aMissingCommitEndsTheHistoryWithAProblem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GitRepoBuilder> m_builder;
    QString c1, c2, c3, c4, c5, f1, f2, fm, m1, x1, m2, s1, s2, d1;
};

void tst_GitHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builder = std::make_unique<GitRepoBuilder>(m_dir.path());
    GitRepoBuilder &r = *m_builder;
    // 2026-03-02 is a Monday.
    c1 = r.write(u"services/orders/main.go"_s, "package main\n")
             .write(u"services/payments/app.py"_s, "print('pay')\n")
             .write(u"README.md"_s, "# shop\n")
             .commit(u"Initial layout"_s, at(2026, 3, 2, 9, 0), u"alice"_s);
    c2 = r.write(u"services/orders/main.go"_s, "package main\n// checkout\n")
             .commit(u"Orders: add checkout\n\nWith a body that is not the summary."_s,
                     at(2026, 3, 3, 10, 0), u"bob"_s, u"ci-bot"_s);
    c3 = r.write(u"services/payments/app.py"_s, "print('pay with retry')\n")
             .commit(u"Payments: retry"_s, at(2026, 3, 4, 11, 0), u"carol"_s);
    r.tag(u"v1"_s);

    r.branch(u"feature"_s).checkout(u"feature"_s);
    f1 = r.write(u"services/orders/handler.go"_s, "package main\n")
             .commit(u"Orders: handler"_s, at(2026, 3, 5, 9, 0), u"dave"_s);
    f2 = r.write(u"services/orders-legacy/README"_s, "old\n")
             .commit(u"Legacy note"_s, at(2026, 3, 6, 9, 0), u"dave"_s);

    r.checkout(u"main"_s);
    c4 = r.write(u"docs/ops.md"_s, "runbook\n")
             .commit(u"Docs"_s, at(2026, 3, 6, 12, 0), u"alice"_s);

    // main taken into the feature branch: a merge, but not onto main's first-parent line.
    r.checkout(u"feature"_s);
    fm = r.merge(u"main"_s, u"Merge main into feature"_s, at(2026, 3, 7, 9, 0), u"dave"_s);

    r.checkout(u"main"_s);
    m1 = r.merge(u"feature"_s, u"Merge feature"_s, at(2026, 3, 10, 9, 0), u"alice"_s);

    r.branch(u"spike"_s).checkout(u"spike"_s);
    s1 = r.write(u"services/orders/spike.go"_s, "package spike\n")
             .commit(u"Spike: try"_s, at(2026, 3, 10, 12, 0), u"erin"_s);
    s2 = r.write(u"services/orders/spike.go"_s, "package spike\n// more\n")
             .commit(u"Spike: more"_s, at(2026, 3, 12, 15, 0), u"erin"_s);

    r.checkout(u"main"_s);
    c5 = r.write(u"services/payments/app.py"_s, "print('pay, fixed')\n")
             .commit(u"Payments: fix"_s, at(2026, 3, 11, 9, 0), u"bob"_s);
    r.branch(u"fix"_s).checkout(u"fix"_s);
    x1 = r.write(u"services/payments/refund.py"_s, "refund()\n")
             .commit(u"Payments: refunds"_s, at(2026, 3, 12, 9, 0), u"carol"_s);
    r.checkout(u"main"_s);
    m2 = r.merge(u"fix"_s, u"Merge fix"_s, at(2026, 3, 17, 9, 0), u"alice"_s);
    r.tag(u"v2"_s);

    r.branch(u"docs-fix"_s).checkout(u"docs-fix"_s);
    d1 = r.write(u"docs/ops.md"_s, "runbook v2\n")
             .commit(u"Docs: fix"_s, at(2026, 3, 19, 0, 0), u"frank"_s);
    r.checkout(u"main"_s);
}

void tst_GitHistory::commitsTouchingAFolder()
{
    const GitRepository repo(m_dir.path());
    QVERIFY(repo.isValid());

    const CommitHistory orders = commitsTouching(repo, u"main"_s, u"services/orders"_s);
    QCOMPARE(orders.error, QString());
    QCOMPARE(orders.problems, QList<ScanProblem>());
    // The merge of feature brings handler.go to main; "Merge main into feature" only brought
    // docs; orders-legacy is another folder; spike is not on main.
    QCOMPARE(shas(orders), (QStringList {m1, f1, c2, c1}));
    QCOMPARE(orders.commits.at(0).paths, QStringList {u"services/orders/handler.go"_s});
    QCOMPARE(orders.commits.at(0).parentCount, 2);
    QVERIFY(orders.commits.at(0).isMerge());
    QCOMPARE(orders.commits.at(3).paths, QStringList {u"services/orders/main.go"_s});

    const CommitInfo &checkout = orders.commits.at(2);
    QCOMPARE(checkout.sha, c2);
    QCOMPARE(checkout.authorName, u"bob"_s);
    QCOMPARE(checkout.authorEmail, u"bob@example.com"_s);
    QCOMPARE(checkout.authorTime, ms(at(2026, 3, 3, 10, 0)));
    QCOMPARE(checkout.committerTime, ms(at(2026, 3, 3, 10, 0)));
    QCOMPARE(checkout.summary, u"Orders: add checkout"_s);
    QCOMPARE(checkout.parentCount, 1);
    QCOMPARE(checkout.paths, QStringList {u"services/orders/main.go"_s});

    // The fix merge brings refunds into payments, the feature merge brings nothing there.
    const CommitHistory payments = commitsTouching(repo, u"main"_s, u"services/payments/"_s);
    QCOMPARE(shas(payments), (QStringList {m2, x1, c5, c3, c1}));
    QCOMPARE(payments.commits.at(0).paths, QStringList {u"services/payments/refund.py"_s});

    const CommitHistory legacy = commitsTouching(repo, u"main"_s, u"services/orders-legacy"_s);
    QCOMPARE(shas(legacy), (QStringList {m1, f2}));

    // A prefix naming a file follows that file.
    const CommitHistory readme = commitsTouching(repo, u"main"_s, u"README.md"_s);
    QCOMPARE(shas(readme), QStringList {c1});

    // From the spike branch, its own commits come in too.
    const CommitHistory spike = commitsTouching(repo, u"spike"_s, u"services/orders"_s);
    QCOMPARE(shas(spike), (QStringList {s2, s1, m1, f1, c2, c1}));

    QCOMPARE(commitsTouching(repo, u"main"_s, u"services/nothing-here"_s).commits.size(), 0);
}

void tst_GitHistory::commitsTouchingTheWholeRepository()
{
    const GitRepository repo(m_dir.path());
    const CommitHistory all = commitsTouching(repo, u"main"_s, {});
    QCOMPARE(all.error, QString());
    QCOMPARE(shas(all), (QStringList {m2, x1, c5, m1, fm, c4, f2, f1, c3, c2, c1}));
    QCOMPARE(all.commits.at(3).paths,
             (QStringList {u"services/orders-legacy/README"_s, u"services/orders/handler.go"_s}));
    QCOMPARE(all.commits.at(4).paths, QStringList {u"docs/ops.md"_s});
    QCOMPARE(all.commits.last().paths,
             (QStringList {u"README.md"_s, u"services/orders/main.go"_s,
                           u"services/payments/app.py"_s}));
}

void tst_GitHistory::commitsTouchingHonoursTheLimitAndCancel()
{
    const GitRepository repo(m_dir.path());
    QCOMPARE(shas(commitsTouching(repo, u"main"_s, {}, 3)), (QStringList {m2, x1, c5}));
    QCOMPARE(shas(commitsTouching(repo, u"main"_s, u"services/orders"_s, 2)),
             (QStringList {m1, f1}));

    int asked = 0;
    const CommitHistory cancelled
        = commitsTouching(repo, u"main"_s, {}, 0, [&asked] { return ++asked > 2; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(shas(cancelled), (QStringList {m2, x1}));
}

void tst_GitHistory::commitsBetweenTwoTags()
{
    const GitRepository repo(m_dir.path());
    const CommitHistory shipped = commitsBetween(repo, u"v1"_s, u"v2"_s);
    QCOMPARE(shipped.error, QString());
    QCOMPARE(shas(shipped), (QStringList {m2, x1, c5, m1, fm, c4, f2, f1}));

    QCOMPARE(shas(commitsBetween(repo, u"v1"_s, u"v2"_s, u"services/payments"_s)),
             (QStringList {m2, x1, c5}));
    QCOMPARE(shas(commitsBetween(repo, u"v1"_s, u"v2"_s, u"services/orders"_s)),
             (QStringList {m1, f1}));
    QCOMPARE(commitsBetween(repo, u"v2"_s, u"v1"_s).commits.size(), 0);
    QCOMPARE(commitsBetween(repo, u"v2"_s, u"v2"_s).commits.size(), 0);
}

void tst_GitHistory::trunkHealthCountsFirstParentMergesPerWeek()
{
    const GitRepository repo(m_dir.path());
    const EpochMs now = ms(at(2026, 3, 20, 12, 0));
    const TrunkHealth health = trunkHealth(repo, u"main"_s, now, 14);
    QCOMPARE(health.error, QString());
    QCOMPARE(health.problems, QList<ScanProblem>());
    QCOMPARE(health.defaultTip, m2);
    QCOMPARE(health.windowStart, ms(at(2026, 3, 6, 12, 0)));
    QCOMPARE(health.now, now);
    // fm is a merge too, but on the feature branch's line, not main's.
    QCOMPARE(shas(health.merges), (QStringList {m2, m1}));
    QCOMPARE(health.mergesPerWeek,
             (QList<WeeklyMerges> {
                 {ms(at(2026, 3, 2)), 0}, {ms(at(2026, 3, 9)), 1}, {ms(at(2026, 3, 16)), 1}}));

    // Ten days back starts after the feature merge (2026-03-10 09:00).
    const TrunkHealth recent = trunkHealth(repo, u"main"_s, now, 10);
    QCOMPARE(shas(recent.merges), QStringList {m2});
    QCOMPARE(recent.mergesPerWeek,
             (QList<WeeklyMerges> {{ms(at(2026, 3, 9)), 0}, {ms(at(2026, 3, 16)), 1}}));
}

void tst_GitHistory::trunkHealthListsOpenBranchesWithAgeAndAhead()
{
    const GitRepository repo(m_dir.path());
    const EpochMs now = ms(at(2026, 3, 20, 12, 0));
    const TrunkHealth health = trunkHealth(repo, u"main"_s, now, 14);
    // feature and fix are merged: nothing ahead, not open.
    OpenBranch spike;
    spike.name = u"spike"_s;
    spike.tip = s2;
    spike.mergeBase = m1;
    spike.oldestCommitTime = ms(at(2026, 3, 10, 12, 0));
    spike.ageMs = 10 * DayMs;
    spike.ahead = 2;
    OpenBranch docs;
    docs.name = u"docs-fix"_s;
    docs.tip = d1;
    docs.mergeBase = m2;
    docs.oldestCommitTime = ms(at(2026, 3, 19, 0, 0));
    docs.ageMs = DayMs + DayMs / 2;
    docs.ahead = 1;
    QCOMPARE(health.openBranches, (QList<OpenBranch> {spike, docs}));
}

void tst_GitHistory::errorsAreReportedNotFatal()
{
    const GitRepository repo(m_dir.path());
    const CommitHistory unknown = commitsTouching(repo, u"no-such-branch"_s, {});
    QCOMPARE(unknown.commits.size(), 0);
    QCOMPARE(unknown.error, u"no-such-branch names no commit in %1"_s.arg(m_dir.path()));

    const CommitHistory between = commitsBetween(repo, u"v0"_s, u"v2"_s);
    QCOMPARE(between.commits.size(), 0);
    QCOMPARE(between.error, u"v0 names no commit in %1"_s.arg(m_dir.path()));

    const TrunkHealth trunk = trunkHealth(repo, u"trunk"_s, 0, 7);
    QCOMPARE(trunk.error, u"trunk is not a branch of %1"_s.arg(m_dir.path()));

    QTemporaryDir empty;
    const GitRepository notARepo(empty.path());
    QCOMPARE(commitsTouching(notARepo, u"HEAD"_s, {}).error,
             u"%1 is not a git repository"_s.arg(empty.path()));
    QCOMPARE(trunkHealth(notARepo, u"main"_s, 0, 7).error,
             u"%1 is not a git repository"_s.arg(empty.path()));
}

void tst_GitHistory::aMissingCommitEndsTheHistoryWithAProblem()
{
    QTemporaryDir dir;
    GitRepoBuilder r(dir.path());
    const QString a = r.write(u"a.txt"_s, "a\n").commit(u"a"_s, at(2026, 1, 1), u"alice"_s);
    r.write(u"a.txt"_s, "b\n").commit(u"b"_s, at(2026, 1, 2), u"alice"_s);
    const QString c = r.write(u"a.txt"_s, "c\n").commit(u"c"_s, at(2026, 1, 3), u"alice"_s);
    QVERIFY(r.removeObject(a));

    const GitRepository repo(dir.path());
    const CommitHistory history = commitsTouching(repo, u"main"_s, {});
    // The walk streams, as git log does: what comes before the gap is still listed.
    QCOMPARE(history.error, QString());
    QCOMPARE(shas(history), QStringList {c});
    QCOMPARE(history.problems.size(), 1);
    QCOMPARE(history.problems.at(0).repository, dir.path());
    QVERIFY2(history.problems.at(0).reason.startsWith(
                 u"the history ends early, a commit is missing (a shallow clone?)"_s),
             qPrintable(history.problems.at(0).reason));
}

QTEST_GUILESS_MAIN(tst_GitHistory)
#include "tst_githistory.moc"
