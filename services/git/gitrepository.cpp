#include "gitrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>

#include "gitsupport.h"

#include <git2.h>

using namespace Qt::StringLiterals;

namespace Signalbox {

using namespace Git;

namespace {

struct GitTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Git)
};

// libgit2 keeps global state (allocators, TLS, settings) that must be set up once before any
// other call and torn down after the last. A function-local static is initialised exactly once,
// thread-safely, and destroyed at exit.
void ensureLibGit2()
{
    struct Library
    {
        Library() { git_libgit2_init(); }
        ~Library() { git_libgit2_shutdown(); }
    };
    static const Library library;
}

QString joinPath(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

struct GitRepository::Private
{
    QString path;
    QString error;
    RepositoryPtr repository;
    // The tree of the commit read last: a scan reads many files of one commit.
    mutable QString treeCommit;
    mutable TreePtr tree;

    ScanProblem problem(const QString &file, const QString &reason) const
    {
        return ScanProblem {path, file, reason};
    }

    const git_tree *treeOf(const QString &commit, QString *why) const
    {
        if (tree && treeCommit == commit)
            return tree.get();
        tree.reset();
        treeCommit.clear();
        git_oid oid;
        if (!fromHex(commit, &oid)) {
            *why = GitTr::tr("%1 is not a commit id").arg(commit);
            return nullptr;
        }
        git_commit *c = nullptr;
        if (git_commit_lookup(&c, repository.get(), &oid) != 0) {
            *why = GitTr::tr("commit %1 is missing (%2)").arg(commit, lastError());
            return nullptr;
        }
        git_tree *t = nullptr;
        const int rc = git_commit_tree(&t, c);
        git_commit_free(c);
        if (rc != 0) {
            *why = GitTr::tr("the tree of commit %1 is missing (%2)").arg(commit, lastError());
            return nullptr;
        }
        tree.reset(t);
        treeCommit = commit;
        return t;
    }

    QByteArray readSmallBlob(const git_oid *oid, QString *why) const
    {
        git_blob *blob = nullptr;
        if (git_blob_lookup(&blob, repository.get(), oid) != 0) {
            *why = GitTr::tr("object %1 is missing (a shallow or partial clone?)").arg(toHex(oid));
            return {};
        }
        const BlobPtr owner(blob);
        return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                          qsizetype(git_blob_rawsize(blob)));
    }

    struct Resolved
    {
        QString path; // where the chain of links ends, inside the repository
        git_oid oid {};
        bool isFolder = false;
        QString problem; // set when the link is not followed
    };

    // Follows a symlink inside the tree. Its target is a path relative to the link's folder; one
    // that climbs above the root or is absolute would read the disk outside the repository, so
    // it is never followed, and neither is a chain that comes back on itself.
    Resolved resolveSymlink(const git_tree *root, const QString &linkPath,
                            const git_oid *linkBlob) const
    {
        Resolved r;
        QSet<QString> seen {linkPath};
        QString current = linkPath;
        git_oid blob = *linkBlob;
        for (int hop = 0; hop < MaxSymlinkHops; ++hop) {
            QString why;
            const QByteArray rawTarget = readSmallBlob(&blob, &why);
            if (!why.isEmpty()) {
                r.problem = why;
                return r;
            }
            const QString target = QString::fromUtf8(rawTarget);
            if (target.startsWith(u'/') || target.startsWith(u'\\')
                || (target.size() > 1 && target.at(1) == u':')) {
                r.problem = GitTr::tr("symlink leaves the repository (%1)").arg(target);
                return r;
            }
            QStringList parts = parentFolder(current).split(u'/', Qt::SkipEmptyParts);
            for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
                if (part == u"."_s)
                    continue;
                if (part == u".."_s) {
                    if (parts.isEmpty()) {
                        r.problem = GitTr::tr("symlink leaves the repository (%1)").arg(target);
                        return r;
                    }
                    parts.removeLast();
                    continue;
                }
                parts.append(part);
            }
            const QString next = parts.join(u'/');
            if (next.isEmpty()) {
                r.path = next;
                r.isFolder = true;
                return r;
            }
            git_tree_entry *e = nullptr;
            if (git_tree_entry_bypath(&e, root, next.toUtf8().constData()) != 0) {
                r.problem
                    = GitTr::tr("symlink points to %1, which is not in the repository").arg(next);
                return r;
            }
            const TreeEntryPtr entry(e);
            const git_filemode_t mode = git_tree_entry_filemode(e);
            if (mode == GIT_FILEMODE_LINK) {
                if (seen.contains(next)) {
                    r.problem = GitTr::tr("symlink loop through %1").arg(next);
                    return r;
                }
                seen.insert(next);
                current = next;
                blob = *git_tree_entry_id(e);
                continue;
            }
            r.path = next;
            r.oid = *git_tree_entry_id(e);
            if (mode == GIT_FILEMODE_TREE) {
                r.isFolder = true;
            } else if (mode == GIT_FILEMODE_COMMIT) {
                r.problem = GitTr::tr("symlink points to the submodule %1").arg(next);
            }
            return r;
        }
        r.problem = GitTr::tr("symlink loop through %1").arg(current);
        return r;
    }

    void walk(const git_tree *root, const git_tree *tree, const QString &folder,
              GitTreeListing &out) const
    {
        const size_t count = git_tree_entrycount(tree);
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry *e = git_tree_entry_byindex(tree, i);
            const QString entryPath = joinPath(folder, QString::fromUtf8(git_tree_entry_name(e)));
            switch (git_tree_entry_filemode(e)) {
            case GIT_FILEMODE_TREE: {
                git_tree *sub = nullptr;
                if (git_tree_lookup(&sub, repository.get(), git_tree_entry_id(e)) != 0) {
                    out.problems.append(problem(
                        entryPath,
                        GitTr::tr("folder object %1 is missing (a shallow or partial clone?)")
                            .arg(toHex(git_tree_entry_id(e)))));
                    break;
                }
                const TreePtr owner(sub);
                walk(root, sub, entryPath, out);
                break;
            }
            case GIT_FILEMODE_COMMIT:
                out.problems.append(problem(entryPath,
                                            GitTr::tr("submodule at commit %1; not scanned")
                                                .arg(toHex(git_tree_entry_id(e)))));
                break;
            case GIT_FILEMODE_LINK: {
                const Resolved r = resolveSymlink(root, entryPath, git_tree_entry_id(e));
                if (!r.problem.isEmpty())
                    out.problems.append(problem(entryPath, r.problem));
                else if (!r.isFolder)
                    out.files.append({entryPath, toHex(&r.oid), r.path, false});
                break;
            }
            case GIT_FILEMODE_BLOB:
            case GIT_FILEMODE_BLOB_EXECUTABLE:
                out.files.append({entryPath,
                                  toHex(git_tree_entry_id(e)),
                                  {},
                                  git_tree_entry_filemode(e) == GIT_FILEMODE_BLOB_EXECUTABLE});
                break;
            default:
                break;
            }
        }
    }

    GitFileContent read(const QString &filePath, const git_oid *oid, qint64 maxSize) const
    {
        GitFileContent result;
        git_odb *o = nullptr;
        if (git_repository_odb(&o, repository.get()) != 0) {
            result.problem = problem(filePath, lastError());
            return result;
        }
        const OdbPtr odb(o);
        // The header alone tells the size, so a huge blob is never inflated into memory.
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb.get(), oid) != 0) {
            result.problem = problem(
                filePath,
                GitTr::tr("object %1 is missing (a shallow or partial clone?)").arg(toHex(oid)));
            return result;
        }
        if (qint64(size) > maxSize) {
            result.problem = problem(filePath,
                                     GitTr::tr("file is larger than %1 bytes (%2 bytes); "
                                               "not read")
                                         .arg(maxSize)
                                         .arg(qint64(size)));
            return result;
        }
        QString why;
        result.content = readSmallBlob(oid, &why);
        if (!why.isEmpty()) {
            result.problem = problem(filePath, why);
            return result;
        }
        if (result.content.left(BinaryProbeSize).contains('\0')) {
            result.content.clear();
            result.problem = problem(filePath, GitTr::tr("binary file; not read"));
        }
        return result;
    }
};

GitRepository::GitRepository(const QString &path)
    : d(std::make_unique<Private>())
{
    ensureLibGit2();
    d->path = path;
    git_repository *repo = nullptr;
    // NO_SEARCH: a folder inside a repository is not that repository, or every path we report
    // would be relative to the wrong root.
    const int rc = git_repository_open_ext(&repo, QFile::encodeName(path).constData(),
                                           GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc != 0) {
        d->error = rc == GIT_ENOTFOUND
            ? GitTr::tr("%1 is not a git repository").arg(path)
            : GitTr::tr("cannot open the git repository %1: %2").arg(path, lastError());
        qCDebug(lcGit) << "open failed:" << path << lastError();
        return;
    }
    d->repository.reset(repo);
}

GitRepository::~GitRepository() = default;
GitRepository::GitRepository(GitRepository &&) noexcept = default;
GitRepository &GitRepository::operator=(GitRepository &&) noexcept = default;

bool GitRepository::isValid() const
{
    return d->repository != nullptr;
}

QString GitRepository::errorString() const
{
    return d->error;
}

bool GitRepository::isBare() const
{
    return d->repository && git_repository_is_bare(d->repository.get());
}

QString GitRepository::path() const
{
    return d->path;
}

git_repository *GitRepository::handle() const
{
    return d->repository.get();
}

std::optional<QString> GitRepository::resolveCommit(const QString &revision, QString *error) const
{
    auto fail = [&](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isValid())
        return fail(d->error);
    git_object *o = nullptr;
    if (git_revparse_single(&o, d->repository.get(), revision.toUtf8().constData()) != 0)
        return fail(GitTr::tr("%1 names no commit in %2").arg(revision, d->path));
    const ObjectPtr object(o);
    git_object *c = nullptr;
    if (git_object_peel(&c, o, GIT_OBJECT_COMMIT) != 0)
        return fail(GitTr::tr("%1 names no commit in %2").arg(revision, d->path));
    const ObjectPtr commit(c);
    return toHex(git_object_id(c));
}

std::optional<QStringList> GitRepository::changedPaths(const QString &fromCommit,
                                                       const QString &toCommit) const
{
    if (!isValid())
        return std::nullopt;
    const auto treeFor = [this](const QString &commit) -> TreePtr {
        git_oid oid;
        git_commit *c = nullptr;
        if (!fromHex(commit, &oid) || git_commit_lookup(&c, d->repository.get(), &oid) != 0)
            return nullptr;
        const CommitPtr owned(c);
        git_tree *t = nullptr;
        if (git_commit_tree(&t, c) != 0)
            return nullptr;
        return TreePtr(t);
    };
    const TreePtr from = treeFor(fromCommit);
    const TreePtr to = treeFor(toCommit);
    if (!from || !to)
        return std::nullopt;
    git_diff *raw = nullptr;
    if (git_diff_tree_to_tree(&raw, d->repository.get(), from.get(), to.get(), nullptr) != 0)
        return std::nullopt;
    const DiffPtr diff(raw);
    QStringList paths;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        paths.append(QString::fromUtf8(delta->old_file.path));
        if (qstrcmp(delta->old_file.path, delta->new_file.path) != 0)
            paths.append(QString::fromUtf8(delta->new_file.path));
    }
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

QString GitRepository::headBranch() const
{
    if (!isValid() || git_repository_head_detached(d->repository.get()) == 1)
        return {};
    git_reference *raw = nullptr;
    if (git_repository_head(&raw, d->repository.get()) != 0)
        return {};
    const ReferencePtr head(raw);
    return git_reference_is_branch(raw) ? QString::fromUtf8(git_reference_shorthand(raw))
                                        : QString();
}

QString GitRepository::remoteUrl(const QString &remote) const
{
    if (!isValid())
        return {};
    // Read from the configuration entry by entry. A lookup of a remote that is not there leaves
    // an error in libgit2's per-thread state, which a pool thread keeps until the process ends,
    // and git_remote_list matches names with a regular expression that libgit2 1.5 leaks on
    // every entry that does not match.
    git_config *rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, d->repository.get()) != 0)
        return {};
    const std::unique_ptr<git_config, Deleter<git_config, git_config_free>> config(rawConfig);
    git_config_iterator *rawIterator = nullptr;
    if (git_config_iterator_new(&rawIterator, config.get()) != 0)
        return {};
    const std::unique_ptr<git_config_iterator,
                          Deleter<git_config_iterator, git_config_iterator_free>>
        iterator(rawIterator);
    const QByteArray wanted = "remote." + remote.toUtf8() + ".url";
    git_config_entry *entry = nullptr;
    QString url;
    while (git_config_next(&entry, iterator.get()) == 0) {
        if (qstricmp(entry->name, wanted.constData()) == 0)
            url = QString::fromUtf8(entry->value); // the last one wins, as in git
    }
    return url;
}

GitTreeListing GitRepository::listFiles(const QString &commit, const QString &folder) const
{
    GitTreeListing listing;
    if (!isValid()) {
        listing.error = d->error;
        return listing;
    }
    const git_tree *root = d->treeOf(commit, &listing.error);
    if (!root)
        return listing;
    const QString base = normalizedFolder(folder);
    if (base.isEmpty()) {
        d->walk(root, root, {}, listing);
        return listing;
    }
    git_tree_entry *e = nullptr;
    if (git_tree_entry_bypath(&e, root, base.toUtf8().constData()) != 0) {
        listing.error = GitTr::tr("%1 is not in the tree of commit %2").arg(base, commit);
        return listing;
    }
    const TreeEntryPtr entry(e);
    if (git_tree_entry_filemode(e) != GIT_FILEMODE_TREE) {
        listing.error = GitTr::tr("%1 is not a folder at commit %2").arg(base, commit);
        return listing;
    }
    git_tree *sub = nullptr;
    if (git_tree_lookup(&sub, d->repository.get(), git_tree_entry_id(e)) != 0) {
        listing.error = GitTr::tr("folder object %1 is missing (a shallow or partial clone?)")
                            .arg(toHex(git_tree_entry_id(e)));
        return listing;
    }
    const TreePtr owner(sub);
    d->walk(root, sub, base, listing);
    return listing;
}

GitFileContent GitRepository::readBlob(const GitTreeEntry &entry, qint64 maxSize) const
{
    git_oid oid;
    if (!isValid() || !fromHex(entry.blobId, &oid))
        return {{}, d->problem(entry.path, isValid() ? GitTr::tr("no blob id") : d->error)};
    return d->read(entry.path, &oid, maxSize);
}

GitFileContent GitRepository::readFile(const QString &commit, const QString &path,
                                       qint64 maxSize) const
{
    const QString file = normalizedFolder(path);
    if (!isValid())
        return {{}, d->problem(file, d->error)};
    QString why;
    const git_tree *root = d->treeOf(commit, &why);
    if (!root)
        return {{}, d->problem(file, why)};
    git_tree_entry *e = nullptr;
    if (git_tree_entry_bypath(&e, root, file.toUtf8().constData()) != 0)
        return {{}, d->problem(file, GitTr::tr("not in the tree of commit %1").arg(commit))};
    const TreeEntryPtr entry(e);
    switch (git_tree_entry_filemode(e)) {
    case GIT_FILEMODE_BLOB:
    case GIT_FILEMODE_BLOB_EXECUTABLE:
        return d->read(file, git_tree_entry_id(e), maxSize);
    case GIT_FILEMODE_LINK: {
        const Private::Resolved r = d->resolveSymlink(root, file, git_tree_entry_id(e));
        if (!r.problem.isEmpty())
            return {{}, d->problem(file, r.problem)};
        if (r.isFolder)
            return {{}, d->problem(file, GitTr::tr("symlink points to the folder %1").arg(r.path))};
        return d->read(file, &r.oid, maxSize);
    }
    case GIT_FILEMODE_COMMIT:
        return {{}, d->problem(file, GitTr::tr("submodule; not scanned"))};
    default:
        return {{}, d->problem(file, GitTr::tr("a folder, not a file"))};
    }
}

} // namespace Signalbox
