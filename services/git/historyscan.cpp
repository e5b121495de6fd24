#include "historyscan.h"

#include "discovery/pipelinediscoverer.h"
#include "gitrepository.h"

#include <QCoreApplication>

#include "gitsupport.h"

#include <git2.h>

#include <cstring>
#include <memory>
#include <queue>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Signalbox {

using namespace Git;

namespace {

struct HistoryScanTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::HistoryScan)
};

constexpr int ProgressEvery = 500;

struct OidHash
{
    size_t operator()(const git_oid &oid) const
    {
        size_t h = 0;
        std::memcpy(&h, oid.id, sizeof h);
        return h;
    }
};
struct OidEqual
{
    bool operator()(const git_oid &a, const git_oid &b) const { return git_oid_equal(&a, &b); }
};
template<typename T>
using OidMap = std::unordered_map<git_oid, T, OidHash, OidEqual>;

// git's order of tree entries: by name, a tree's name compared as if it ended in '/'.
int compareEntries(const git_tree_entry *a, const git_tree_entry *b)
{
    const char *an = git_tree_entry_name(a);
    const char *bn = git_tree_entry_name(b);
    const size_t al = std::strlen(an);
    const size_t bl = std::strlen(bn);
    const size_t common = std::min(al, bl);
    if (const int c = std::memcmp(an, bn, common))
        return c;
    const auto next = [](const git_tree_entry *e, const char *name, size_t length, size_t at) {
        if (at < length)
            return static_cast<unsigned char>(name[at]);
        return static_cast<unsigned char>(git_tree_entry_type(e) == GIT_OBJECT_TREE ? '/' : '\0');
    };
    return int(next(a, an, al, common)) - int(next(b, bn, bl, common));
}

// The services changed by one commit, gathered from its changed paths.
class ChangeSink
{
public:
    ChangeSink(const QHash<QString, QStringList> &folders,
               const QHash<QString, QStringList> &pipelineFiles)
        : m_folders(folders)
        , m_pipelineFiles(pipelineFiles)
    { }

    // The services owning a folder (or a file named as a folder), else those owning its parent.
    const QStringList *ownerOf(const QString &path, const QStringList *parentOwner) const
    {
        const auto it = m_folders.constFind(path);
        return it != m_folders.cend() ? &it.value() : parentOwner;
    }

    // The owner found by looking at each enclosing folder, deepest first.
    const QStringList *ownerOf(const QString &path) const
    {
        for (qsizetype end = path.size(); end > 0; end = path.lastIndexOf(u'/', end - 1)) {
            const auto it = m_folders.constFind(path.left(end));
            if (it != m_folders.cend())
                return &it.value();
        }
        const auto root = m_folders.constFind(QString());
        return root != m_folders.cend() ? &root.value() : nullptr;
    }

    void changed(const QString &path, const QStringList *owner)
    {
        if (owner)
            addAll(m_services, *owner);
        if (!pipelineSystemOf(path))
            return;
        const auto listed = m_pipelineFiles.constFind(path);
        if (listed != m_pipelineFiles.cend())
            addAll(m_pipelineServices, listed.value());
        else if (owner)
            addAll(m_pipelineServices, *owner);
    }

    void takeInto(ScannedCommit &commit)
    {
        m_services.sort();
        m_pipelineServices.sort();
        commit.services = std::exchange(m_services, {});
        commit.pipelineServices = std::exchange(m_pipelineServices, {});
    }

private:
    static void addAll(QStringList &into, const QStringList &services)
    {
        for (const QString &s : services) {
            if (!into.contains(s))
                into.append(s);
        }
    }

    const QHash<QString, QStringList> &m_folders;
    const QHash<QString, QStringList> &m_pipelineFiles;
    QStringList m_services;
    QStringList m_pipelineServices;
};

// Compares a commit's tree with its first parent's, descending only where the ids differ.
// Walking from a commit to its parent, the parent's trees are the next commit's own: the trees
// read for one comparison are kept for the next, as libgit2 caches no tree above 4 KiB (a folder
// of 200 services is larger).
class TreeComparer
{
public:
    TreeComparer(git_repository *repo, ChangeSink &sink, QList<ScanProblem> &problems,
                 const QString &repositoryPath)
        : m_repo(repo)
        , m_sink(sink)
        , m_problems(problems)
        , m_repositoryPath(repositoryPath)
    { }

    void compare(const git_oid *before, const git_oid *after)
    {
        const QString root;
        compareTrees(before, after, root, m_sink.ownerOf(root, nullptr));
        m_previous = std::move(m_current);
        m_current.clear();
    }

private:
    const git_tree *tree(const git_oid *id, const QString &path)
    {
        if (const auto it = m_current.find(*id); it != m_current.end())
            return it->second.get();
        if (auto it = m_previous.find(*id); it != m_previous.end()) {
            const git_tree *t = it->second.get();
            m_current.emplace(*id, std::move(it->second));
            m_previous.erase(it);
            return t;
        }
        git_tree *t = nullptr;
        if (git_tree_lookup(&t, m_repo, id) != 0) {
            m_problems.append(
                {m_repositoryPath, path,
                 HistoryScanTr::tr("the tree %1 is missing (a shallow or partial clone?)")
                     .arg(toHex(id))});
            return nullptr;
        }
        m_current.emplace(*id, TreePtr(t));
        return t;
    }

    static QString join(const QString &folder, const git_tree_entry *e)
    {
        const QString name = QString::fromUtf8(git_tree_entry_name(e));
        return folder.isEmpty() ? name : folder + u'/' + name;
    }

    // Everything under an entry that only one side has.
    void oneSided(const git_tree_entry *e, const QString &folder, const QStringList *owner)
    {
        const QString path = join(folder, e);
        if (git_tree_entry_type(e) == GIT_OBJECT_TREE) {
            const QStringList *subOwner = m_sink.ownerOf(path, owner);
            if (const git_tree *t = tree(git_tree_entry_id(e), path)) {
                const size_t count = git_tree_entrycount(t);
                for (size_t i = 0; i < count; ++i)
                    oneSided(git_tree_entry_byindex(t, i), path, subOwner);
            }
            return;
        }
        m_sink.changed(path, m_sink.ownerOf(path, owner));
    }

    void compareTrees(const git_oid *beforeId, const git_oid *afterId, const QString &folder,
                      const QStringList *owner)
    {
        const git_tree *before = beforeId ? tree(beforeId, folder) : nullptr;
        const git_tree *after = afterId ? tree(afterId, folder) : nullptr;
        const size_t beforeCount = before ? git_tree_entrycount(before) : 0;
        const size_t afterCount = after ? git_tree_entrycount(after) : 0;
        size_t i = 0;
        size_t j = 0;
        while (i < beforeCount || j < afterCount) {
            const git_tree_entry *b = i < beforeCount ? git_tree_entry_byindex(before, i) : nullptr;
            const git_tree_entry *a = j < afterCount ? git_tree_entry_byindex(after, j) : nullptr;
            const int order = !b ? 1 : !a ? -1 : compareEntries(b, a);
            if (order < 0) {
                oneSided(b, folder, owner);
                ++i;
                continue;
            }
            if (order > 0) {
                oneSided(a, folder, owner);
                ++j;
                continue;
            }
            ++i;
            ++j;
            if (git_oid_equal(git_tree_entry_id(b), git_tree_entry_id(a))
                && git_tree_entry_filemode(b) == git_tree_entry_filemode(a))
                continue;
            const QString path = join(folder, a);
            if (git_tree_entry_type(a) == GIT_OBJECT_TREE)
                compareTrees(git_tree_entry_id(b), git_tree_entry_id(a), path,
                             m_sink.ownerOf(path, owner));
            else
                m_sink.changed(path, m_sink.ownerOf(path, owner));
        }
    }

    git_repository *m_repo;
    ChangeSink &m_sink;
    QList<ScanProblem> &m_problems;
    const QString &m_repositoryPath;
    OidMap<TreePtr> m_current;
    OidMap<TreePtr> m_previous;
};

// The same answer through git_diff_tree_to_tree, kept for the bench to measure against.
void diffTrees(git_repository *repo, const git_oid *beforeId, const git_oid *afterId,
               ChangeSink &sink, QList<ScanProblem> &problems, const QString &repositoryPath)
{
    auto lookup = [&](const git_oid *id, TreePtr &out) {
        git_tree *t = nullptr;
        if (git_tree_lookup(&t, repo, id) != 0) {
            problems.append({repositoryPath,
                             {},
                             HistoryScanTr::tr("the tree %1 is missing (a shallow or partial "
                                               "clone?)")
                                 .arg(toHex(id))});
            return false;
        }
        out.reset(t);
        return true;
    };
    TreePtr before;
    TreePtr after;
    if ((beforeId && !lookup(beforeId, before)) || !lookup(afterId, after))
        return;
    git_diff *d = nullptr;
    if (git_diff_tree_to_tree(&d, repo, before.get(), after.get(), nullptr) != 0) {
        problems.append({repositoryPath, {}, lastError()});
        return;
    }
    const DiffPtr diff(d);
    const size_t count = git_diff_num_deltas(d);
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(d, i);
        const QString newPath = QString::fromUtf8(delta->new_file.path);
        sink.changed(newPath, sink.ownerOf(newPath));
        if (qstrcmp(delta->old_file.path, delta->new_file.path) != 0) {
            const QString oldPath = QString::fromUtf8(delta->old_file.path);
            sink.changed(oldPath, sink.ownerOf(oldPath));
        }
    }
}

// A date-ordered walk like git log's (newest committer time first, every parent followed) that
// steps over missing commits instead of ending, and hides what is reachable from `hide` the way
// git does: marks spread from the hidden commit to its parents, and the walk ends when only
// hidden commits are left to visit. That holds while a commit is not older than its parents,
// which git log assumes as well.
class Walk
{
public:
    Walk(git_repository *repo, QList<ScanProblem> &problems, const QString &repositoryPath)
        : m_repo(repo)
        , m_problems(problems)
        , m_repositoryPath(repositoryPath)
    { }

    void push(const git_oid &oid, bool hidden, const git_oid *child = nullptr)
    {
        auto [it, inserted] = m_nodes.try_emplace(oid, Node {hidden, false});
        Node &node = it->second;
        if (!inserted) {
            if (hidden && !node.hidden) {
                node.hidden = true;
                if (!node.popped)
                    --m_visibleQueued;
            }
            return;
        }
        git_commit *c = nullptr;
        if (git_commit_lookup(&c, m_repo, &oid) != 0) {
            if (!hidden)
                m_problems.append(
                    {m_repositoryPath,
                     {},
                     child ? HistoryScanTr::tr("commit %1, a parent of %2, is missing (a shallow "
                                               "clone?): the history behind it is not read")
                                 .arg(toHex(&oid), toHex(child))
                           : HistoryScanTr::tr("commit %1 is missing").arg(toHex(&oid))});
            node.popped = true;
            return;
        }
        const CommitPtr commit(c);
        m_queue.push({git_commit_time(c), m_sequence++, oid});
        if (!hidden)
            ++m_visibleQueued;
    }

    // The next commit to list, or null when the walk is over.
    CommitPtr next()
    {
        while (m_visibleQueued > 0 && !m_queue.empty()) {
            const Queued top = m_queue.top();
            m_queue.pop();
            Node &node = m_nodes.at(top.oid);
            node.popped = true;
            const bool hidden = node.hidden;
            if (!hidden)
                --m_visibleQueued;
            git_commit *c = nullptr;
            if (git_commit_lookup(&c, m_repo, &top.oid) != 0)
                continue; // it was read when queued; cannot vanish, but be safe
            CommitPtr commit(c);
            const unsigned parents = git_commit_parentcount(c);
            for (unsigned p = 0; p < parents; ++p)
                push(*git_commit_parent_id(c, p), hidden, &top.oid);
            if (!hidden)
                return commit;
        }
        return {};
    }

private:
    struct Node
    {
        bool hidden = false;
        bool popped = false;
    };
    struct Queued
    {
        git_time_t time;
        quint64 sequence;
        git_oid oid;
        // std::priority_queue pops the largest: the newest, and among equals the first queued.
        bool operator<(const Queued &other) const
        {
            return time != other.time ? time < other.time : sequence > other.sequence;
        }
    };

    git_repository *m_repo;
    QList<ScanProblem> &m_problems;
    const QString &m_repositoryPath;
    OidMap<Node> m_nodes;
    std::priority_queue<Queued> m_queue;
    quint64 m_sequence = 0;
    qsizetype m_visibleQueued = 0;
};

} // namespace

HistoryScanResult scanHistory(const GitRepository &repository, const HistoryScanRequest &request,
                              const std::function<bool()> &isCancelled,
                              const std::function<void(int)> &progress)
{
    return scanHistory(repository, request, TreeComparison::TreeWalk, isCancelled, progress);
}

HistoryScanResult scanHistory(const GitRepository &repository, const HistoryScanRequest &request,
                              TreeComparison comparison, const std::function<bool()> &isCancelled,
                              const std::function<void(int)> &progress)
{
    HistoryScanResult result;
    if (!repository.isValid()) {
        result.error = repository.errorString();
        return result;
    }
    git_repository *repo = repository.handle();
    const QString repositoryPath = repository.path();

    git_oid tip;
    {
        QString error;
        const std::optional<QString> sha = repository.resolveCommit(request.revision, &error);
        if (!sha || !fromHex(*sha, &tip)) {
            result.error = error;
            return result;
        }
        result.tip = *sha;
    }

    std::optional<git_oid> since;
    if (!request.sinceCommit.isEmpty()) {
        git_oid oid;
        // An unknown or rewritten-away commit (a force push) leaves a full scan.
        if (fromHex(request.sinceCommit, &oid)
            && (git_oid_equal(&oid, &tip) || git_graph_descendant_of(repo, &tip, &oid) == 1)) {
            since = oid;
            result.incremental = true;
        }
    }
    if (since && git_oid_equal(&*since, &tip))
        return result;

    QHash<QString, QStringList> folders;
    for (const ServiceFolder &f : request.folders) {
        QStringList &services = folders[normalizedFolder(f.prefix)];
        if (!services.contains(f.service))
            services.append(f.service);
    }
    ChangeSink sink(folders, request.pipelineFiles);
    TreeComparer comparer(repo, sink, result.problems, repositoryPath);

    Walk walk(repo, result.problems, repositoryPath);
    walk.push(tip, false);
    if (since)
        walk.push(*since, true);

    int done = 0;
    for (;;) {
        if (isCancelled && isCancelled()) {
            result.cancelled = true;
            break;
        }
        const CommitPtr commit = walk.next();
        if (!commit)
            break;
        const git_commit *c = commit.get();
        ScannedCommit scanned;
        scanned.commit = describeCommit(c);
        const unsigned parents = git_commit_parentcount(c);
        for (unsigned p = 0; p < parents; ++p)
            scanned.parents.append(toHex(git_commit_parent_id(c, p)));

        if (parents <= 1) {
            std::optional<git_oid> parentTree;
            bool readable = true;
            if (parents == 1) {
                git_commit *p = nullptr;
                // A missing parent was reported by the walk: this commit's changes are unknown.
                readable = git_commit_lookup(&p, repo, git_commit_parent_id(c, 0)) == 0;
                if (readable) {
                    const CommitPtr parent(p);
                    parentTree = *git_commit_tree_id(p);
                }
            }
            if (readable) {
                const git_oid *before = parentTree ? &*parentTree : nullptr;
                if (comparison == TreeComparison::TreeWalk)
                    comparer.compare(before, git_commit_tree_id(c));
                else
                    diffTrees(repo, before, git_commit_tree_id(c), sink, result.problems,
                              repositoryPath);
            }
            sink.takeInto(scanned);
        }
        result.commits.append(std::move(scanned));
        ++done;
        if (progress && done % ProgressEvery == 0)
            progress(done);
    }
    qCDebug(lcGit) << "history scan:" << repositoryPath << done << "commits,"
                   << (result.incremental ? "incremental" : "full");
    return result;
}

} // namespace Signalbox
