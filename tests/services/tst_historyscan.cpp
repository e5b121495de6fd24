#include "git/gitrepository.h"
#include "git/historyscan.h"
#include "gitrepobuilder.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

QStringList shas(const HistoryScanResult &result)
{
    QStringList out;
    for (const ScannedCommit &c : result.commits)
        out.append(c.commit.sha);
    return out;
}

ScannedCommit scanned(const QString &sha, const QString &author, const QDateTime &when,
                      const QString &summary, const QStringList &parents,
                      const QStringList &services, const QStringList &pipelineServices = {})
{
    ScannedCommit s;
    s.commit.sha = sha;
    s.commit.authorName = author;
    s.commit.authorEmail = author + u"@example.com"_s;
    s.commit.authorTime = when.toMSecsSinceEpoch();
    s.commit.committerTime = when.toMSecsSinceEpoch();
    s.commit.summary = summary;
    s.commit.parentCount = int(parents.size());
    s.parents = parents;
    s.services = services;
    s.pipelineServices = pipelineServices;
    return s;
}

// Both ways of comparing trees give one answer; the tests check it once for each.
HistoryScanResult scanBothWays(const GitRepository &repo, const HistoryScanRequest &request)
{
    const HistoryScanResult walked = scanHistory(repo, request);
    const HistoryScanResult diffed = scanHistory(repo, request, TreeComparison::Libgit2Diff);
    if (walked.commits != diffed.commits || walked.problems != diffed.problems)
        qWarning("the tree walk and libgit2's diff disagree");
    return walked.commits == diffed.commits && walked.problems == diffed.problems
        ? walked
        : HistoryScanResult {u"disagreement"_s, false, {}, {}, u"disagreement"_s, false};
}

} // namespace

// A monorepo with services/cart, its look-alike services/cart-ui, services/orders, a root
// service owning the rest, a workflow at the root that discovery says builds orders, a Jenkinsfile
// inside cart, and a feature branch merged back.
class tst_HistoryScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullScanListsEveryCommitWithItsServices();
    void incrementalScanReadsOnlyTheNewCommits();
    void incrementalScanHidesWhatAMergeBroughtIn();
    void sinceCommitNotAnAncestorMeansAFullScan();
    void errorsAreReportedNotFatal();
    void missingCommitsAreProblemsAndTheWalkGoesOn();
    void cancelReturnsWhatWasFound();
    void progressEvery500Commits();

private:
    HistoryScanRequest request(const QString &revision = u"main"_s) const;

    QTemporaryDir m_dir;
    std::unique_ptr<GitRepoBuilder> m_builder;
    QString c1, c2, c3, f1, c4, m1, c5;
};

HistoryScanRequest tst_HistoryScan::request(const QString &revision) const
{
    HistoryScanRequest r;
    r.revision = revision;
    r.folders = {{u"cart"_s, u"services/cart"_s},
                 {u"cart-ui"_s, u"services/cart-ui/"_s},
                 {u"orders"_s, u"./services/orders"_s},
                 {u"shop"_s, {}}};
    r.pipelineFiles = {{u".github/workflows/orders.yml"_s, {u"orders"_s}}};
    return r;
}

void tst_HistoryScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_builder = std::make_unique<GitRepoBuilder>(m_dir.path());
    GitRepoBuilder &r = *m_builder;
    c1 = r.write(u"services/cart/main.go"_s, "package main\n")
             .write(u"services/cart-ui/app.js"_s, "ui()\n")
             .write(u"services/orders/main.go"_s, "package main\n")
             .write(u".github/workflows/orders.yml"_s, "on: push\n")
             .write(u"README.md"_s, "# shop\n")
             .commit(u"Initial layout"_s, at(2026, 3, 2, 9, 0), u"alice"_s);
    c2 = r.write(u"services/cart-ui/app.js"_s, "ui(2)\n")
             .commit(u"Cart UI: second screen\n\nBody."_s, at(2026, 3, 3, 10, 0), u"bob"_s,
                     u"ci-bot"_s);
    c3 = r.write(u"services/cart/Jenkinsfile"_s, "pipeline {}\n")
             .commit(u"Cart: Jenkins pipeline"_s, at(2026, 3, 4, 11, 0), u"carol"_s);
    r.branch(u"feature"_s).checkout(u"feature"_s);
    f1 = r.write(u"services/orders/handler.go"_s, "package main\n")
             .commit(u"Orders: handler"_s, at(2026, 3, 5, 9, 0), u"dave"_s);
    r.checkout(u"main"_s);
    c4 = r.write(u".github/workflows/orders.yml"_s, "on: [push, pull_request]\n")
             .write(u".gitlab-ci.yml"_s, "stages: [build]\n")
             .write(u"docs/ops.md"_s, "runbook\n")
             .commit(u"CI for orders, docs"_s, at(2026, 3, 6, 12, 0), u"alice"_s);
    m1 = r.merge(u"feature"_s, u"Merge feature"_s, at(2026, 3, 10, 9, 0), u"alice"_s);
    c5 = r.remove(u"services/cart/main.go"_s)
             .write(u"services/orders/main.go"_s, "package main\n// v2\n")
             .commit(u"Cart gone, orders v2"_s, at(2026, 3, 11, 9, 0), u"bob"_s);
}

void tst_HistoryScan::fullScanListsEveryCommitWithItsServices()
{
    const GitRepository repo(m_dir.path());
    int progressCalls = 0;
    const HistoryScanResult result
        = scanHistory(repo, request(), {}, [&](int) { ++progressCalls; });
    QCOMPARE(result.error, QString());
    QCOMPARE(result.tip, c5);
    QCOMPARE(result.incremental, false);
    QCOMPARE(result.cancelled, false);
    QCOMPARE(result.problems, QList<ScanProblem>());
    QCOMPARE(progressCalls, 0);

    const QList<ScannedCommit> expected {
        scanned(c5, u"bob"_s, at(2026, 3, 11, 9, 0), u"Cart gone, orders v2"_s, {m1},
                {u"cart"_s, u"orders"_s}),
        // A merge lists no services, as git log --name-only lists no files for it.
        scanned(m1, u"alice"_s, at(2026, 3, 10, 9, 0), u"Merge feature"_s, {c4, f1}, {}),
        // The root workflow counts for orders as discovery says; .gitlab-ci.yml, listed nowhere,
        // for the root service that owns it by folder.
        scanned(c4, u"alice"_s, at(2026, 3, 6, 12, 0), u"CI for orders, docs"_s, {c3}, {u"shop"_s},
                {u"orders"_s, u"shop"_s}),
        scanned(f1, u"dave"_s, at(2026, 3, 5, 9, 0), u"Orders: handler"_s, {c3}, {u"orders"_s}),
        scanned(c3, u"carol"_s, at(2026, 3, 4, 11, 0), u"Cart: Jenkins pipeline"_s, {c2},
                {u"cart"_s}, {u"cart"_s}),
        // The committer (ci-bot) is not kept; both times are the same here.
        scanned(c2, u"bob"_s, at(2026, 3, 3, 10, 0), u"Cart UI: second screen"_s, {c1},
                {u"cart-ui"_s}),
        scanned(c1, u"alice"_s, at(2026, 3, 2, 9, 0), u"Initial layout"_s, {},
                {u"cart"_s, u"cart-ui"_s, u"orders"_s, u"shop"_s}, {u"orders"_s}),
    };
    QCOMPARE(shas(result), (QStringList {c5, m1, c4, f1, c3, c2, c1}));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(result.commits.at(i), expected.at(i));

    QCOMPARE(scanBothWays(repo, request()).commits, expected);
}

void tst_HistoryScan::incrementalScanReadsOnlyTheNewCommits()
{
    GitRepoBuilder &r = *m_builder;
    r.branch(u"next"_s, c5).checkout(u"next"_s);
    const QString c6 = r.write(u"services/orders/Jenkinsfile"_s, "pipeline {}\n")
                           .commit(u"Orders: Jenkins"_s, at(2026, 3, 12, 9, 0), u"erin"_s);
    // Only the mode changes: git log lists the file, so this is a change of cart-ui.
    const QString c7 = r.write(u"services/cart-ui/app.js"_s, QByteArray("ui(2)\n"), true)
                           .commit(u"Cart UI: executable"_s, at(2026, 3, 13, 9, 0), u"erin"_s);
    r.checkout(u"main"_s);

    const GitRepository repo(m_dir.path());
    HistoryScanRequest req = request(u"next"_s);
    req.sinceCommit = c5;
    const HistoryScanResult result = scanBothWays(repo, req);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.tip, c7);
    QCOMPARE(result.incremental, true);
    QCOMPARE(result.commits,
             (QList<ScannedCommit> {
                 scanned(c7, u"erin"_s, at(2026, 3, 13, 9, 0), u"Cart UI: executable"_s, {c6},
                         {u"cart-ui"_s}),
                 scanned(c6, u"erin"_s, at(2026, 3, 12, 9, 0), u"Orders: Jenkins"_s, {c5},
                         {u"orders"_s}, {u"orders"_s}),
             }));

    // Nothing new since the last scan.
    req.sinceCommit = c7;
    const HistoryScanResult nothing = scanHistory(repo, req);
    QCOMPARE(nothing.tip, c7);
    QCOMPARE(nothing.incremental, true);
    QCOMPARE(nothing.commits.size(), 0);
}

void tst_HistoryScan::incrementalScanHidesWhatAMergeBroughtIn()
{
    // f1 came into main through m1: what is behind f1 (c3, c2, c1) was scanned already.
    const GitRepository repo(m_dir.path());
    HistoryScanRequest req = request();
    req.sinceCommit = f1;
    const HistoryScanResult result = scanBothWays(repo, req);
    QCOMPARE(result.incremental, true);
    QCOMPARE(shas(result), (QStringList {c5, m1, c4}));
}

void tst_HistoryScan::sinceCommitNotAnAncestorMeansAFullScan()
{
    const GitRepository repo(m_dir.path());
    // The last scan saw c4 on main; feature never had it (as after a force push).
    HistoryScanRequest req = request(u"feature"_s);
    req.sinceCommit = c4;
    HistoryScanResult result = scanBothWays(repo, req);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.incremental, false);
    QCOMPARE(shas(result), (QStringList {f1, c3, c2, c1}));

    // A commit this repository never had: a full scan too.
    req.sinceCommit = u"0123456789012345678901234567890123456789"_s;
    result = scanHistory(repo, req);
    QCOMPARE(result.incremental, false);
    QCOMPARE(shas(result), (QStringList {f1, c3, c2, c1}));
}

void tst_HistoryScan::errorsAreReportedNotFatal()
{
    const GitRepository repo(m_dir.path());
    const HistoryScanResult unknown = scanHistory(repo, request(u"no-such-branch"_s));
    QCOMPARE(unknown.error, u"no-such-branch names no commit in %1"_s.arg(m_dir.path()));
    QCOMPARE(unknown.tip, QString());
    QCOMPARE(unknown.commits.size(), 0);

    QTemporaryDir empty;
    const GitRepository notARepo(empty.path());
    QCOMPARE(scanHistory(notARepo, request()).error,
             u"%1 is not a git repository"_s.arg(empty.path()));
}

void tst_HistoryScan::missingCommitsAreProblemsAndTheWalkGoesOn()
{
    QTemporaryDir dir;
    GitRepoBuilder r(dir.path());
    const QString a = r.write(u"services/cart/a"_s, "a\n").commit(u"a"_s, at(2026, 1, 1), u"al"_s);
    r.branch(u"side"_s).checkout(u"side"_s);
    const QString s1
        = r.write(u"services/orders/s"_s, "s\n").commit(u"s1"_s, at(2026, 1, 2), u"al"_s);
    r.checkout(u"main"_s);
    const QString b = r.write(u"services/cart/b"_s, "b\n").commit(u"b"_s, at(2026, 1, 3), u"al"_s);
    const QString m = r.merge(u"side"_s, u"m"_s, at(2026, 1, 4), u"al"_s);
    const QString c
        = r.write(u"services/orders/c"_s, "c\n").commit(u"c"_s, at(2026, 1, 5), u"al"_s);
    QVERIFY(r.removeObject(s1));

    const GitRepository repo(dir.path());
    HistoryScanResult result = scanBothWays(repo, request());
    QCOMPARE(result.error, QString());
    // The side branch's commit is gone; main's line is still read to its root.
    QCOMPARE(shas(result), (QStringList {c, m, b, a}));
    QCOMPARE(result.commits.at(0).services, QStringList {u"orders"_s});
    QCOMPARE(result.commits.at(2).services, QStringList {u"cart"_s});
    QCOMPARE(result.problems,
             (QList<ScanProblem> {
                 {dir.path(),
                  {},
                  u"commit %1, a parent of %2, is missing (a shallow clone?): the history "
                  "behind it is not read"_s.arg(s1, m)}}));

    // The first parent gone, as at the edge of a shallow clone: the commit is listed, its
    // changes are unknown.
    QVERIFY(r.removeObject(a));
    // A fresh handle: the first one still holds `a` in libgit2's object cache.
    const GitRepository shallower(dir.path());
    result = scanBothWays(shallower, request());
    QCOMPARE(shas(result), (QStringList {c, m, b}));
    QCOMPARE(result.commits.at(2).services, QStringList());
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(1).reason,
             u"commit %1, a parent of %2, is missing (a shallow clone?): the history behind it "
             "is not read"_s.arg(a, b));
}

void tst_HistoryScan::cancelReturnsWhatWasFound()
{
    const GitRepository repo(m_dir.path());
    int asked = 0;
    const HistoryScanResult result = scanHistory(repo, request(), [&] { return ++asked > 2; });
    QCOMPARE(result.cancelled, true);
    QCOMPARE(result.error, QString());
    QCOMPARE(shas(result), (QStringList {c5, m1}));
}

void tst_HistoryScan::progressEvery500Commits()
{
    QTemporaryDir dir;
    GitRepoBuilder r(dir.path());
    for (int i = 0; i < 1001; ++i)
        r.write(u"services/cart/n"_s, QByteArray::number(i))
            .commit(u"n"_s, at(2026, 1, 1).addSecs(i), u"al"_s);
    const GitRepository repo(dir.path());
    QList<int> reported;
    const HistoryScanResult result
        = scanHistory(repo, request(), {}, [&](int done) { reported.append(done); });
    QCOMPARE(result.commits.size(), 1001);
    QCOMPARE(reported, (QList<int> {500, 1000}));
}

QTEST_GUILESS_MAIN(tst_HistoryScan)
#include "tst_historyscan.moc"
