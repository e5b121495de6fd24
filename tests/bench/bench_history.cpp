// A repository-wide history scan of a generated monorepo: 50,000 commits, 200 services, some
// merges and CI changes. Prints the full scan beside `git log --name-only` on the same repository
// (target: within 2x), an incremental scan after 10 new commits (target: under 200 ms) and peak
// memory. The repository is generated once with `git fast-import` and kept in the build folder;
// the product itself never runs git, only this bench does.
#include "git/gitrepository.h"
#include "git/historyscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr int Commits = 50'000;
constexpr int Services = 200;
// Bump when the generated history changes, so that a cached repository is made anew.
constexpr int RepositoryVersion = 1;
constexpr qint64 StartTime = 1'700'000'000;

QString serviceName(int i)
{
    return u"svc-%1"_s.arg(i, 3, 10, QChar(u'0'));
}
bool hasJenkinsfile(int i)
{
    return i % 3 == 0;
}
bool hasWorkflow(int i)
{
    return i % 5 == 1;
}

// A fast-import stream. Every file of a commit is written inline.
class Stream
{
public:
    QByteArray data;
    qint64 time = StartTime;
    int marks = 0;

    int commit(const QByteArray &ref, const QByteArray &message, const QByteArray &from,
               const QByteArray &merge, const QList<std::pair<QString, QByteArray>> &files)
    {
        const int mark = ++marks;
        time += 60;
        data += "commit " + ref + "\nmark :" + QByteArray::number(mark) + "\nauthor Dev "
            + QByteArray::number(mark % 17) + " <dev@example.com> " + QByteArray::number(time)
            + " +0000\ncommitter Dev <dev@example.com> " + QByteArray::number(time)
            + " +0000\ndata " + QByteArray::number(message.size()) + "\n" + message + "\n";
        if (!from.isEmpty())
            data += "from " + from + "\n";
        if (!merge.isEmpty())
            data += "merge " + merge + "\n";
        for (const auto &[path, content] : files)
            data += "M 100644 inline " + path.toUtf8() + "\ndata "
                + QByteArray::number(content.size()) + "\n" + content + "\n";
        data += "\n";
        return mark;
    }
};

QList<std::pair<QString, QByteArray>> randomChange(std::mt19937 &rng, int serial)
{
    QList<std::pair<QString, QByteArray>> files;
    const int serviceCount = 1 + int(rng() % 2);
    const int fileCount = std::max(serviceCount, 1 + int(rng() % 3));
    int service = int(rng() % Services);
    for (int f = 0; f < fileCount; ++f) {
        if (f > 0 && f < serviceCount)
            service = int(rng() % Services);
        const QString folder = u"services/"_s + serviceName(service);
        QString path;
        const int pick = int(rng() % 20);
        if (pick == 0 && hasJenkinsfile(service))
            path = folder + u"/Jenkinsfile"_s;
        else if (pick == 1 && hasWorkflow(service))
            path = u".github/workflows/"_s + serviceName(service) + u".yml"_s;
        else
            path = folder + (pick % 2 ? u"/src/main.go"_s : u"/src/util.go"_s);
        files.append({path, "change " + QByteArray::number(serial) + "\n"});
    }
    return files;
}

bool runGit(const QStringList &arguments, const QByteArray &input = {},
            QByteArray *output = nullptr)
{
    QProcess git;
    git.start(u"git"_s, arguments);
    if (!git.waitForStarted())
        return false;
    if (!input.isEmpty())
        git.write(input);
    git.closeWriteChannel();
    git.waitForFinished(-1);
    if (output)
        *output = git.readAllStandardOutput().trimmed();
    if (git.exitCode() != 0)
        std::fprintf(stderr, "git %s: %s\n", qPrintable(arguments.join(u' ')),
                     git.readAllStandardError().constData());
    return git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
}

bool generate(const QString &path)
{
    QDir(path).removeRecursively();
    if (!runGit({u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, path}))
        return false;
    std::mt19937 rng(6);
    Stream s;
    QList<std::pair<QString, QByteArray>> layout;
    for (int i = 0; i < Services; ++i) {
        const QString folder = u"services/"_s + serviceName(i);
        layout.append({folder + u"/src/main.go"_s, "package main\n"});
        layout.append({folder + u"/src/util.go"_s, "package main\n"});
        layout.append({folder + u"/README.md"_s, "# " + serviceName(i).toUtf8() + "\n"});
        if (hasJenkinsfile(i))
            layout.append({folder + u"/Jenkinsfile"_s, "pipeline {}\n"});
        if (hasWorkflow(i))
            layout.append({u".github/workflows/"_s + serviceName(i) + u".yml"_s, "on: push\n"});
    }
    int mainMark = s.commit("refs/heads/main", "Initial layout", {}, {}, layout);
    int made = 1;
    while (made < Commits) {
        // Every 50th step a feature branch of 3 commits, merged back with its changes.
        if (made % 50 == 0 && made + 4 <= Commits) {
            QList<std::pair<QString, QByteArray>> brought;
            int sideMark = 0;
            for (int k = 0; k < 3; ++k) {
                const auto files = randomChange(rng, made);
                brought += files;
                sideMark = s.commit("refs/heads/feature", "Feature work",
                                    k == 0 ? ":" + QByteArray::number(mainMark) : QByteArray(), {},
                                    files);
                ++made;
            }
            mainMark = s.commit("refs/heads/main", "Merge feature", {},
                                ":" + QByteArray::number(sideMark), brought);
            ++made;
            continue;
        }
        mainMark = s.commit("refs/heads/main", "Change " + QByteArray::number(made), {}, {},
                            randomChange(rng, made));
        ++made;
    }
    if (!runGit({u"-C"_s, path, u"fast-import"_s, u"--quiet"_s}, s.data))
        return false;
    QFile done(path + u"/bench-complete"_s);
    return done.open(QIODevice::WriteOnly);
}

// 10 commits on top of tip, on a branch of their own so the cached main stays as generated.
bool addTenCommits(const QString &path, const QString &tip)
{
    std::mt19937 rng(10);
    Stream s;
    s.time = StartTime + 60LL * Commits * 2;
    for (int i = 0; i < 10; ++i)
        s.commit("refs/heads/bench-incremental", "New " + QByteArray::number(i),
                 i == 0 ? tip.toLatin1() : QByteArray(), {}, randomChange(rng, 900'000 + i));
    runGit({u"-C"_s, path, u"update-ref"_s, u"-d"_s, u"refs/heads/bench-incremental"_s});
    return runGit({u"-C"_s, path, u"fast-import"_s, u"--quiet"_s, u"--force"_s}, s.data);
}

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

template<typename F>
double bestOf(int runs, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::applicationDirPath()
        + u"/bench-history-repo-v%1"_s.arg(RepositoryVersion);
    if (!QFile::exists(path + u"/bench-complete"_s)) {
        QElapsedTimer t;
        t.start();
        if (!generate(path)) {
            std::fprintf(stderr, "generating the repository failed\n");
            return 1;
        }
        std::printf("generated %d commits, %d services in %.1f s (kept in %s)\n", Commits, Services,
                    double(t.elapsed()) / 1000, qPrintable(path));
    } else {
        std::printf("using the generated repository in %s\n", qPrintable(path));
    }
    QByteArray tip;
    runGit({u"-C"_s, path, u"rev-parse"_s, u"main"_s}, {}, &tip);
    QByteArray count;
    runGit({u"-C"_s, path, u"rev-list"_s, u"--count"_s, u"main"_s}, {}, &count);

    const double gitLog = bestOf(3, [&] {
        QProcess git;
        git.setStandardOutputFile(QProcess::nullDevice());
        git.start(u"git"_s,
                  {u"-C"_s, path, u"log"_s, u"--name-only"_s, u"--format=%H"_s,
                   QString::fromLatin1(tip)});
        git.waitForFinished(-1);
    });
    std::printf("git log --name-only (best of 3):   %8.0f ms\n", gitLog);

    HistoryScanRequest request;
    request.revision = QString::fromLatin1(tip);
    for (int i = 0; i < Services; ++i) {
        request.folders.append({serviceName(i), u"services/"_s + serviceName(i)});
        if (hasWorkflow(i))
            request.pipelineFiles.insert(u".github/workflows/"_s + serviceName(i) + u".yml"_s,
                                         {serviceName(i)});
    }
    qsizetype scanned = 0;
    qsizetype withServices = 0;
    qsizetype pipelineChanges = 0;
    const double full = bestOf(3, [&] {
        const GitRepository repo(path);
        const HistoryScanResult result = scanHistory(repo, request);
        scanned = result.commits.size();
        withServices = std::count_if(result.commits.cbegin(), result.commits.cend(),
                                     [](const ScannedCommit &c) { return !c.services.isEmpty(); });
        pipelineChanges
            = std::count_if(result.commits.cbegin(), result.commits.cend(),
                            [](const ScannedCommit &c) { return !c.pipelineServices.isEmpty(); });
    });
    const qint64 peak = peakRssKiB();
    std::printf("scanHistory, full (best of 3):     %8.0f ms  = %.2fx git log  (target <= 2x)\n",
                full, full / gitLog);
    std::printf("  %lld commits (git rev-list --count: %s), %lld with services, %lld changing "
                "a pipeline\n",
                qlonglong(scanned), count.constData(), qlonglong(withServices),
                qlonglong(pipelineChanges));
    std::printf("  peak RSS after the full scans: %lld MiB\n", qlonglong(peak / 1024));

    const double diffed = bestOf(1, [&] {
        const GitRepository repo(path);
        scanHistory(repo, request, TreeComparison::Libgit2Diff);
    });
    std::printf("scanHistory with git_diff_tree_to_tree (once): %8.0f ms  = %.2fx the tree walk\n",
                diffed, diffed / full);

    if (!addTenCommits(path, QString::fromLatin1(tip))) {
        std::fprintf(stderr, "adding 10 commits failed\n");
        return 1;
    }
    request.revision = u"bench-incremental"_s;
    request.sinceCommit = QString::fromLatin1(tip);
    qsizetype newCommits = 0;
    bool incremental = false;
    const double incrementalMs = bestOf(3, [&] {
        const GitRepository repo(path);
        const HistoryScanResult result = scanHistory(repo, request);
        newCommits = result.commits.size();
        incremental = result.incremental;
    });
    std::printf("scanHistory, incremental after 10 commits (best of 3): %6.1f ms  (target < 200 "
                "ms; %lld commits, incremental=%s)\n",
                incrementalMs, qlonglong(newCommits), incremental ? "yes" : "no");
    return 0;
}
