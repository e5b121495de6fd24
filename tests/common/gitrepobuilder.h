#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

// A UTC time for commits: at(2026, 3, 1, 9, 0).
QDateTime at(int year, int month, int day, int hour = 0, int minute = 0);

// Builds a real git repository with libgit2, for tests. Files are staged in memory and written
// as blobs and trees straight into the object database: the working tree stays empty, so whatever
// a test reads, it reads from commits.
//
//     GitRepoBuilder repo(dir.path());
//     repo.write(u"a/b.yaml"_s, text).symlink(u"link"_s, u"../../etc/passwd"_s);
//     const QString first = repo.commit(u"msg"_s, at(2026, 3, 1, 9, 0), u"alice"_s);
//     repo.branch(u"feature"_s).checkout(u"feature"_s);
//     repo.write(u"b.txt"_s, "x").commit(u"on feature"_s, at(2026, 3, 2), u"bob"_s);
//     repo.checkout(u"main"_s);
//     const QString merge = repo.merge(u"feature"_s, u"Merge feature"_s, at(2026, 3, 3),
//     u"alice"_s);
//
// The first commit goes on `main`. Staged changes carry over between commits, as in git.
class GitRepoBuilder
{
public:
    enum class Kind { Bare, WithWorkTree };
    explicit GitRepoBuilder(const QString &directory, Kind kind = Kind::WithWorkTree);
    ~GitRepoBuilder();
    GitRepoBuilder(const GitRepoBuilder &) = delete;
    GitRepoBuilder &operator=(const GitRepoBuilder &) = delete;

    QString path() const;

    GitRepoBuilder &write(const QString &path, const QByteArray &content, bool executable = false);
    GitRepoBuilder &write(const QString &path, const QString &text);
    GitRepoBuilder &write(const QString &path, const char *utf8);
    GitRepoBuilder &symlink(const QString &path, const QString &target);
    // A gitlink (mode 160000), as `git submodule add` leaves in the tree; also writes .gitmodules.
    GitRepoBuilder &submodule(const QString &path, const QString &commitSha, const QString &url);
    GitRepoBuilder &remove(const QString &path);

    // Commits what is staged onto the current branch; the committer is the author unless named.
    // The e-mail is name@example.com. Returns the new commit's sha.
    QString commit(const QString &message, const QDateTime &when, const QString &author,
                   const QString &committer = {});
    // A merge commit of the current branch with another: two parents, and the other branch's
    // files laid over the current ones (theirs win; no conflict handling, it is a test tool).
    QString merge(const QString &otherBranch, const QString &message, const QDateTime &when,
                  const QString &author);

    // A new branch at the current commit (or at the given sha).
    GitRepoBuilder &branch(const QString &name, const QString &atSha = {});
    // Makes the branch current and stages its files; HEAD follows.
    GitRepoBuilder &checkout(const QString &name);
    GitRepoBuilder &tag(const QString &name, const QString &atSha = {});

    QString currentBranch() const;
    QString head() const; // sha of the current branch, empty before the first commit
    // The sha of the blob a file was last committed as.
    QString blobSha(const QString &path) const;
    // Deletes a loose object, as it would be absent from a shallow or partial clone.
    bool removeObject(const QString &sha);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
