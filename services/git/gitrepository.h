#pragma once

#include "domain/discovery.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct git_repository;

namespace Signalbox {

// A file of the tree at a commit. A symlink that stays inside the repository is listed under its
// own path with the blob it resolves to, so that it reads like the file it points at.
struct GitTreeEntry
{
    QString path; // inside the repository, with forward slashes
    QString blobId; // 40 hex digits: the blob read for this path
    QString symlinkTarget; // for a symlink: the path inside the repository it resolves to
    bool executable = false;

    bool isSymlink() const { return !symlinkTarget.isEmpty(); }
    bool operator==(const GitTreeEntry &) const = default;
};

// What listing a tree found. `problems` holds what was skipped on the way (submodules, symlinks
// leaving the repository, trees missing from a shallow clone); `error` is set only when there is
// no tree at all (an unknown commit or folder).
struct GitTreeListing
{
    QList<GitTreeEntry> files;
    QList<ScanProblem> problems;
    QString error;
};

// A file's content, or why it was not read (too large, binary, missing object, a symlink leaving
// the repository).
struct GitFileContent
{
    QByteArray content;
    std::optional<ScanProblem> problem;

    bool ok() const { return !problem.has_value(); }
};

// One local git repository (with a working tree or bare), read at any commit without a checkout.
// Not thread-safe: one object per thread, as libgit2 wants. Usage:
//
//     GitRepository repo(u"/src/shop"_s);
//     if (!repo.isValid()) return fail(repo.errorString());
//     const auto commit = repo.resolveCommit(u"HEAD"_s, &error);
//     const GitTreeListing tree = repo.listFiles(*commit, u"services"_s);
//     for (const GitTreeEntry &file : tree.files) { GitFileContent c = repo.readBlob(file); … }
class GitRepository
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    // As git does: a NUL byte in the first 8000 bytes makes a file binary.
    static constexpr qsizetype BinaryProbeSize = 8000;
    // Symlinks followed one after another before the chain counts as a loop.
    static constexpr int MaxSymlinkHops = 40;

    explicit GitRepository(const QString &path);
    ~GitRepository();
    GitRepository(GitRepository &&) noexcept;
    GitRepository &operator=(GitRepository &&) noexcept;
    GitRepository(const GitRepository &) = delete;
    GitRepository &operator=(const GitRepository &) = delete;

    bool isValid() const;
    // Why the path could not be opened, naming the path ("… is not a git repository").
    QString errorString() const;
    bool isBare() const;
    // The path as given: ScanProblem::repository and Evidence::repository carry it.
    QString path() const;

    // HEAD, a branch, a tag, a full or abbreviated sha, or any revision git understands, peeled to
    // a commit: its 40-digit id, or nothing with the reason in *error.
    std::optional<QString> resolveCommit(const QString &revision, QString *error = nullptr) const;

    // Every file of the commit's tree (recursively), or only those under folder. Submodules are
    // reported and skipped; symlinks are resolved inside the tree (one to a folder is skipped, so
    // that nothing is listed twice); a tree missing from the object database is reported and the
    // rest is still listed.
    GitTreeListing listFiles(const QString &commit, const QString &folder = {}) const;

    // The content of a listed file, within the limits: larger than maxSize or binary is a problem,
    // and not read.
    GitFileContent readBlob(const GitTreeEntry &entry, qint64 maxSize = MaxFileSize) const;

    // A file by path at a commit, following symlinks inside the repository.
    GitFileContent readFile(const QString &commit, const QString &path,
                            qint64 maxSize = MaxFileSize) const;

    // The paths that differ between two commits' trees (added, removed, changed, both sides of a
    // rename), sorted; nothing when either commit or tree cannot be read (a rescan then reads
    // everything again).
    std::optional<QStringList> changedPaths(const QString &fromCommit,
                                            const QString &toCommit) const;
    // The branch HEAD points at ("main"), or empty when HEAD is detached or unborn.
    QString headBranch() const;
    // The URL of a remote as configured ("origin"), or empty.
    QString remoteUrl(const QString &remote = QStringLiteral("origin")) const;

    // The libgit2 handle, for the other readers in services/git (githistory.cpp); owned by this
    // object and null when it is not valid. Not for use outside services/git.
    git_repository *handle() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Signalbox
