#include "gitrepobuilder.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <git2.h>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using BuilderPtr = std::unique_ptr<git_treebuilder, Deleter<git_treebuilder, git_treebuilder_free>>;

// A test tool: a libgit2 failure is a broken test setup, so it throws with libgit2's message and
// QtTest reports it.
void check(int rc, const char *what)
{
    if (rc >= 0)
        return;
    const git_error *e = git_error_last();
    throw std::runtime_error(std::string("GitRepoBuilder: ") + what + ": "
                             + (e && e->message ? e->message : "unknown error"));
}

QString toHex(const git_oid &oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, &oid);
    return QString::fromLatin1(buffer);
}

git_oid fromHex(const QString &hex)
{
    git_oid oid;
    check(git_oid_fromstr(&oid, hex.toLatin1().constData()), "sha");
    return oid;
}

struct Staged
{
    git_oid oid;
    git_filemode_t mode;
};
using StagedFiles = QMap<QString, Staged>;

} // namespace

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

struct GitRepoBuilder::Private
{
    RepositoryPtr repo;
    QString path;
    QString branch = u"main"_s;
    StagedFiles staged;

    git_oid writeTree(const StagedFiles &files, const QString &prefix)
    {
        git_treebuilder *b = nullptr;
        check(git_treebuilder_new(&b, repo.get(), nullptr), "tree builder");
        const BuilderPtr builder(b);
        QMap<QString, StagedFiles> folders;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString rest = it.key().mid(prefix.size());
            const qsizetype slash = rest.indexOf(u'/');
            if (slash < 0) {
                check(git_treebuilder_insert(nullptr, b, rest.toUtf8().constData(), &it.value().oid,
                                             it.value().mode),
                      "tree entry");
            } else {
                folders[rest.left(slash)].insert(it.key(), it.value());
            }
        }
        for (auto it = folders.begin(); it != folders.end(); ++it) {
            const git_oid sub = writeTree(it.value(), prefix + it.key() + u'/');
            check(git_treebuilder_insert(nullptr, b, it.key().toUtf8().constData(), &sub,
                                         GIT_FILEMODE_TREE),
                  "folder entry");
        }
        git_oid oid;
        check(git_treebuilder_write(&oid, b), "write tree");
        return oid;
    }

    StagedFiles filesOf(const QString &sha)
    {
        StagedFiles files;
        if (sha.isEmpty())
            return files;
        git_commit *c = nullptr;
        const git_oid oid = fromHex(sha);
        check(git_commit_lookup(&c, repo.get(), &oid), "commit");
        const CommitPtr commit(c);
        git_tree *t = nullptr;
        check(git_commit_tree(&t, c), "commit tree");
        const TreePtr tree(t);
        git_tree_walk(
            t, GIT_TREEWALK_PRE,
            [](const char *root, const git_tree_entry *entry, void *payload) {
                if (git_tree_entry_type(entry) == GIT_OBJECT_TREE)
                    return 0;
                auto *out = static_cast<StagedFiles *>(payload);
                out->insert(QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)),
                            {*git_tree_entry_id(entry), git_tree_entry_filemode(entry)});
                return 0;
            },
            &files);
        return files;
    }

    QString shaOf(const QString &refName) const
    {
        git_oid oid;
        if (git_reference_name_to_id(&oid, repo.get(),
                                     QString(u"refs/heads/"_s + refName).toUtf8().constData())
            != 0)
            return {};
        return toHex(oid);
    }

    QString createCommit(const QString &message, const QDateTime &when, const QString &author,
                         const QString &committer, const QStringList &parents)
    {
        auto signature = [&](const QString &name) {
            git_signature *s = nullptr;
            check(git_signature_new(&s, name.toUtf8().constData(),
                                    (name + u"@example.com"_s).toUtf8().constData(),
                                    when.toSecsSinceEpoch(), when.offsetFromUtc() / 60),
                  "signature");
            return SignaturePtr(s);
        };
        const SignaturePtr authorSig = signature(author);
        const SignaturePtr committerSig = signature(committer.isEmpty() ? author : committer);
        const git_oid treeId = writeTree(staged, {});
        git_tree *t = nullptr;
        check(git_tree_lookup(&t, repo.get(), &treeId), "tree");
        const TreePtr tree(t);
        std::vector<CommitPtr> parentCommits;
        std::vector<const git_commit *> parentPointers;
        for (const QString &p : parents) {
            git_commit *c = nullptr;
            const git_oid oid = fromHex(p);
            check(git_commit_lookup(&c, repo.get(), &oid), "parent");
            parentCommits.emplace_back(c);
            parentPointers.push_back(c);
        }
        git_oid id;
        check(git_commit_create(&id, repo.get(), nullptr, authorSig.get(), committerSig.get(),
                                nullptr, message.toUtf8().constData(), t, parentPointers.size(),
                                parentPointers.data()),
              "commit");
        git_reference *ref = nullptr;
        check(git_reference_create(&ref, repo.get(),
                                   QString(u"refs/heads/"_s + branch).toUtf8().constData(), &id, 1,
                                   "GitRepoBuilder"),
              "branch");
        git_reference_free(ref);
        return toHex(id);
    }
};

GitRepoBuilder::GitRepoBuilder(const QString &directory, Kind kind)
    : d(std::make_unique<Private>())
{
    git_libgit2_init(); // reference counted by libgit2, so it pairs with the destructor
    d->path = directory;
    QDir().mkpath(directory);
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    if (kind == Kind::Bare)
        options.flags |= GIT_REPOSITORY_INIT_BARE;
    options.initial_head = "main";
    git_repository *repo = nullptr;
    check(git_repository_init_ext(&repo, QFile::encodeName(directory).constData(), &options),
          "init");
    d->repo.reset(repo);
}

GitRepoBuilder::~GitRepoBuilder()
{
    d.reset();
    git_libgit2_shutdown();
}

QString GitRepoBuilder::path() const
{
    return d->path;
}

GitRepoBuilder &GitRepoBuilder::write(const QString &path, const QByteArray &content,
                                      bool executable)
{
    git_oid oid;
    check(git_blob_create_from_buffer(&oid, d->repo.get(), content.constData(),
                                      size_t(content.size())),
          "blob");
    d->staged.insert(path, {oid, executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB});
    return *this;
}

GitRepoBuilder &GitRepoBuilder::write(const QString &path, const QString &text)
{
    return write(path, text.toUtf8());
}

GitRepoBuilder &GitRepoBuilder::write(const QString &path, const char *utf8)
{
    return write(path, QByteArray(utf8));
}

GitRepoBuilder &GitRepoBuilder::symlink(const QString &path, const QString &target)
{
    write(path, target.toUtf8());
    d->staged[path].mode = GIT_FILEMODE_LINK;
    return *this;
}

GitRepoBuilder &GitRepoBuilder::submodule(const QString &path, const QString &commitSha,
                                          const QString &url)
{
    const QString modules = u"[submodule \"%1\"]\n\tpath = %1\n\turl = %2\n"_s.arg(path, url);
    QByteArray existing;
    if (d->staged.contains(u".gitmodules"_s)) {
        git_blob *blob = nullptr;
        check(git_blob_lookup(&blob, d->repo.get(), &d->staged[u".gitmodules"_s].oid), "blob");
        existing = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                              qsizetype(git_blob_rawsize(blob)));
        git_blob_free(blob);
    }
    write(u".gitmodules"_s, existing + modules.toUtf8());
    d->staged.insert(path, {fromHex(commitSha), GIT_FILEMODE_COMMIT});
    return *this;
}

GitRepoBuilder &GitRepoBuilder::remove(const QString &path)
{
    d->staged.remove(path);
    return *this;
}

QString GitRepoBuilder::commit(const QString &message, const QDateTime &when, const QString &author,
                               const QString &committer)
{
    const QString parent = head();
    return d->createCommit(message, when, author, committer,
                           parent.isEmpty() ? QStringList() : QStringList {parent});
}

QString GitRepoBuilder::merge(const QString &otherBranch, const QString &message,
                              const QDateTime &when, const QString &author)
{
    const QString theirs = d->shaOf(otherBranch);
    if (theirs.isEmpty())
        throw std::runtime_error("GitRepoBuilder: no branch " + otherBranch.toStdString());
    const StagedFiles other = d->filesOf(theirs);
    for (auto it = other.begin(); it != other.end(); ++it)
        d->staged.insert(it.key(), it.value());
    return d->createCommit(message, when, author, {}, {head(), theirs});
}

GitRepoBuilder &GitRepoBuilder::branch(const QString &name, const QString &atSha)
{
    const git_oid oid = fromHex(atSha.isEmpty() ? head() : atSha);
    git_reference *ref = nullptr;
    check(git_reference_create(&ref, d->repo.get(),
                               QString(u"refs/heads/"_s + name).toUtf8().constData(), &oid, 0,
                               "GitRepoBuilder"),
          "branch");
    git_reference_free(ref);
    return *this;
}

GitRepoBuilder &GitRepoBuilder::checkout(const QString &name)
{
    d->branch = name;
    d->staged = d->filesOf(d->shaOf(name));
    check(git_repository_set_head(d->repo.get(),
                                  QString(u"refs/heads/"_s + name).toUtf8().constData()),
          "HEAD");
    return *this;
}

GitRepoBuilder &GitRepoBuilder::tag(const QString &name, const QString &atSha)
{
    const git_oid oid = fromHex(atSha.isEmpty() ? head() : atSha);
    git_reference *ref = nullptr;
    check(git_reference_create(&ref, d->repo.get(),
                               QString(u"refs/tags/"_s + name).toUtf8().constData(), &oid, 0,
                               "GitRepoBuilder"),
          "tag");
    git_reference_free(ref);
    return *this;
}

QString GitRepoBuilder::currentBranch() const
{
    return d->branch;
}

QString GitRepoBuilder::head() const
{
    return d->shaOf(d->branch);
}

QString GitRepoBuilder::blobSha(const QString &path) const
{
    return d->staged.contains(path) ? toHex(d->staged.value(path).oid) : QString();
}

bool GitRepoBuilder::removeObject(const QString &sha)
{
    const QString gitDir = QFile::decodeName(git_repository_path(d->repo.get()));
    return QFile::remove(gitDir + u"objects/"_s + sha.left(2) + u'/' + sha.mid(2));
}
