#include "githistory.h"

#include "gitrepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "gitsupport.h"

#include <git2.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Signalbox {

using namespace Git;

namespace {

struct GitHistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::GitHistory)
};

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
constexpr qint64 WeekMs = 7 * DayMs;

// Monday 00:00 UTC of the week holding t. 1970-01-01 was a Thursday, three days after a Monday.
EpochMs weekStart(EpochMs t)
{
    const qint64 day = t >= 0 ? t / DayMs : (t - DayMs + 1) / DayMs;
    const qint64 sinceMonday = ((day + 3) % 7 + 7) % 7;
    return (day - sinceMonday) * DayMs;
}

// Compares commits with their first parents under one folder of the repository.
class ChangeReader
{
public:
    ChangeReader(const GitRepository &repository, const QString &prefix)
        : m_repo(repository.handle())
        , m_prefix(prefix)
    { }

    // The paths under the prefix that the commit changed against its first parent, or nothing
    // with the reason in *why when an object it needs is missing.
    std::optional<QStringList> changedPaths(git_commit *commit, QString *why) const
    {
        const QString sha = toHex(git_commit_id(commit));
        git_tree *t = nullptr;
        if (git_commit_tree(&t, commit) != 0) {
            *why = GitHistoryTr::tr("the tree of commit %1 is missing (a shallow or partial "
                                    "clone?)")
                       .arg(sha);
            return std::nullopt;
        }
        const TreePtr tree(t);
        TreePtr parentTree;
        if (git_commit_parentcount(commit) > 0) {
            git_commit *p = nullptr;
            if (git_commit_parent(&p, commit, 0) != 0) {
                *why = GitHistoryTr::tr("the parent of commit %1 is missing (a shallow clone?)")
                           .arg(sha);
                return std::nullopt;
            }
            const CommitPtr parent(p);
            git_tree *pt = nullptr;
            if (git_commit_tree(&pt, p) != 0) {
                *why = GitHistoryTr::tr("the tree of commit %1 is missing (a shallow or partial "
                                        "clone?)")
                           .arg(toHex(git_commit_id(p)));
                return std::nullopt;
            }
            parentTree.reset(pt);
        }

        // Most commits of a monorepo leave a given service's folder alone, and an unchanged
        // folder has the same tree id on both sides: one lookup each instead of a diff.
        bool prefixIsFile = false;
        if (!m_prefix.isEmpty()) {
            const Entry now = entryAt(tree.get());
            const Entry before = parentTree ? entryAt(parentTree.get()) : Entry {};
            if (!now.found && !before.found)
                return QStringList();
            if (now.found && before.found && git_oid_equal(&now.oid, &before.oid))
                return QStringList();
            prefixIsFile = (now.found && !now.isTree) || (before.found && !before.isTree);
        }

        git_diff_options options = GIT_DIFF_OPTIONS_INIT;
        // Literal paths, not patterns: a folder named "a[1]" means itself. The trailing slash
        // keeps "services/orders" from matching "services/orders-legacy".
        QByteArray spec = (prefixIsFile ? m_prefix : m_prefix + u'/').toUtf8();
        char *specs[] = {spec.data()};
        if (!m_prefix.isEmpty()) {
            options.pathspec.strings = specs;
            options.pathspec.count = 1;
            options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
        }
        git_diff *d = nullptr;
        if (git_diff_tree_to_tree(&d, m_repo, parentTree.get(), tree.get(), &options) != 0) {
            *why = GitHistoryTr::tr("cannot compare commit %1 with its parent: %2")
                       .arg(sha, lastError());
            return std::nullopt;
        }
        const DiffPtr diff(d);
        QStringList paths;
        const size_t count = git_diff_num_deltas(d);
        for (size_t i = 0; i < count; ++i) {
            const git_diff_delta *delta = git_diff_get_delta(d, i);
            paths.append(QString::fromUtf8(delta->new_file.path));
            if (qstrcmp(delta->old_file.path, delta->new_file.path) != 0)
                paths.append(QString::fromUtf8(delta->old_file.path));
        }
        paths.sort();
        paths.removeDuplicates();
        return paths;
    }

private:
    struct Entry
    {
        bool found = false;
        bool isTree = false;
        git_oid oid {};
    };

    Entry entryAt(const git_tree *tree) const
    {
        Entry result;
        git_tree_entry *e = nullptr;
        if (git_tree_entry_bypath(&e, tree, m_prefix.toUtf8().constData()) != 0)
            return result;
        const TreeEntryPtr entry(e);
        result.found = true;
        result.isTree = git_tree_entry_type(e) == GIT_OBJECT_TREE;
        result.oid = *git_tree_entry_id(e);
        return result;
    }

    git_repository *m_repo;
    QString m_prefix;
};

// Walks the commits reachable from `tip` and not from `hide`, newest first, keeping those that
// change something under the prefix.
CommitHistory walk(const GitRepository &repository, const QString &tipRevision,
                   const std::optional<QString> &hideRevision, const QString &pathPrefix, int limit,
                   const std::function<bool()> &isCancelled)
{
    CommitHistory history;
    if (!repository.isValid()) {
        history.error = repository.errorString();
        return history;
    }
    const QString prefix = normalizedFolder(pathPrefix);
    auto resolve = [&](const QString &revision, git_oid *oid) {
        QString error;
        const std::optional<QString> sha = repository.resolveCommit(revision, &error);
        if (!sha || !fromHex(*sha, oid)) {
            history.error = error;
            return false;
        }
        return true;
    };
    git_oid tip;
    git_oid hide;
    if (!resolve(tipRevision, &tip) || (hideRevision && !resolve(*hideRevision, &hide)))
        return history;

    git_repository *repo = repository.handle();
    git_revwalk *w = nullptr;
    if (git_revwalk_new(&w, repo) != 0) {
        history.error = lastError();
        return history;
    }
    const RevwalkPtr walker(w);
    // No sorting flag: libgit2 then walks incrementally in date order, as git log does.
    // GIT_SORT_TIME reads the whole history before the first commit, so one commit missing from
    // a shallow clone would leave nothing at all, and a limit would save no work.
    git_revwalk_sorting(w, GIT_SORT_NONE);
    if (git_revwalk_push(w, &tip) != 0 || (hideRevision && git_revwalk_hide(w, &hide) != 0)) {
        history.error = GitHistoryTr::tr("cannot walk the history of %1: %2")
                            .arg(repository.path(), lastError());
        return history;
    }

    auto problem = [&](const QString &reason) {
        qCDebug(lcGit) << "history:" << repository.path() << reason;
        history.problems.append(ScanProblem {repository.path(), prefix, reason});
    };
    const ChangeReader reader(repository, prefix);
    git_oid oid;
    while (limit <= 0 || history.commits.size() < limit) {
        if (isCancelled && isCancelled()) {
            history.cancelled = true;
            break;
        }
        const int rc = git_revwalk_next(&oid, w);
        if (rc == GIT_ITEROVER)
            break;
        if (rc != 0) {
            // A commit the walk needs is not in the object database: the older history is
            // unreadable, what was found so far stands.
            problem(GitHistoryTr::tr("the history ends early, a commit is missing (a shallow "
                                     "clone?): %1")
                        .arg(lastError()));
            break;
        }
        git_commit *c = nullptr;
        if (git_commit_lookup(&c, repo, &oid) != 0) {
            problem(GitHistoryTr::tr("commit %1 is missing (a shallow clone?)").arg(toHex(&oid)));
            continue;
        }
        const CommitPtr commit(c);
        QString why;
        const std::optional<QStringList> paths = reader.changedPaths(c, &why);
        if (!paths) {
            problem(why);
            continue;
        }
        // Changes only to other folders, or a merge that brings nothing its first parent lacked.
        if (paths->isEmpty())
            continue;
        CommitInfo info = describeCommit(c);
        info.paths = *paths;
        history.commits.append(std::move(info));
    }
    return history;
}

} // namespace

CommitHistory commitsTouching(const GitRepository &repository, const QString &revision,
                              const QString &pathPrefix, int limit,
                              const std::function<bool()> &isCancelled)
{
    return walk(repository, revision, std::nullopt, pathPrefix, limit, isCancelled);
}

CommitHistory commitsBetween(const GitRepository &repository, const QString &fromRevision,
                             const QString &toRevision, const QString &pathPrefix,
                             const std::function<bool()> &isCancelled)
{
    return walk(repository, toRevision, fromRevision, pathPrefix, 0, isCancelled);
}

TrunkHealth trunkHealth(const GitRepository &repository, const QString &defaultBranch, EpochMs now,
                        int windowDays)
{
    TrunkHealth health;
    health.defaultBranch = defaultBranch;
    health.now = now;
    health.windowStart = now - qint64(std::max(windowDays, 0)) * DayMs;
    if (!repository.isValid()) {
        health.error = repository.errorString();
        return health;
    }
    git_repository *repo = repository.handle();
    auto problem = [&](const QString &path, const QString &reason) {
        qCDebug(lcGit) << "trunk health:" << repository.path() << path << reason;
        health.problems.append(ScanProblem {repository.path(), path, reason});
    };

    git_reference *r = nullptr;
    if (git_branch_lookup(&r, repo, defaultBranch.toUtf8().constData(), GIT_BRANCH_LOCAL) != 0
        && git_branch_lookup(&r, repo, (u"origin/"_s + defaultBranch).toUtf8().constData(),
                             GIT_BRANCH_REMOTE)
            != 0) {
        health.error
            = GitHistoryTr::tr("%1 is not a branch of %2").arg(defaultBranch, repository.path());
        return health;
    }
    const ReferencePtr defaultRef(r);
    const QByteArray defaultRefName = git_reference_name(r);
    git_object *o = nullptr;
    if (git_reference_peel(&o, r, GIT_OBJECT_COMMIT) != 0) {
        health.error
            = GitHistoryTr::tr("the tip of %1 is missing: %2").arg(defaultBranch, lastError());
        return health;
    }
    const ObjectPtr defaultTipObject(o);
    const git_oid defaultTip = *git_object_id(o);
    health.defaultTip = toHex(&defaultTip);

    // Merges on the first-parent line: the side branches' own merges (main merged into a
    // feature) are not integrations into the trunk.
    {
        git_revwalk *w = nullptr;
        if (git_revwalk_new(&w, repo) != 0) {
            health.error = lastError();
            return health;
        }
        const RevwalkPtr walker(w);
        git_revwalk_simplify_first_parent(w);
        git_revwalk_push(w, &defaultTip);
        git_oid oid;
        for (;;) {
            const int rc = git_revwalk_next(&oid, w);
            if (rc == GIT_ITEROVER)
                break;
            if (rc != 0) {
                problem(defaultBranch,
                        GitHistoryTr::tr("the history of %1 ends early, a commit is missing (a "
                                         "shallow clone?): %2")
                            .arg(defaultBranch, lastError()));
                break;
            }
            git_commit *c = nullptr;
            if (git_commit_lookup(&c, repo, &oid) != 0)
                continue;
            const CommitPtr commit(c);
            if (git_commit_parentcount(c) < 2)
                continue;
            CommitInfo info = describeCommit(c);
            if (info.committerTime >= health.windowStart && info.committerTime <= now)
                health.merges.append(std::move(info));
        }
    }
    if (now >= health.windowStart) {
        for (EpochMs week = weekStart(health.windowStart); week <= now; week += WeekMs) {
            const auto merges = std::count_if(
                health.merges.cbegin(), health.merges.cend(),
                [week](const CommitInfo &m) { return weekStart(m.committerTime) == week; });
            health.mergesPerWeek.append({week, int(merges)});
        }
    }

    git_branch_iterator *i = nullptr;
    if (git_branch_iterator_new(&i, repo, GIT_BRANCH_ALL) != 0) {
        problem({}, GitHistoryTr::tr("cannot list the branches: %1").arg(lastError()));
        return health;
    }
    const BranchIteratorPtr branches(i);
    git_reference *b = nullptr;
    git_branch_t type = GIT_BRANCH_LOCAL;
    while (git_branch_next(&b, &type, i) == 0) {
        const ReferencePtr branch(b);
        // origin/HEAD only points at another remote-tracking branch.
        if (git_reference_type(b) == GIT_REFERENCE_SYMBOLIC
            || defaultRefName == git_reference_name(b))
            continue;
        const char *n = nullptr;
        if (git_branch_name(&n, b) != 0)
            continue;
        OpenBranch open;
        open.name = QString::fromUtf8(n);
        open.remote = type == GIT_BRANCH_REMOTE;
        // The default branch as each remote knows it is the trunk too, not a branch off it.
        if (open.remote && open.name.section(u'/', 1) == defaultBranch)
            continue;
        git_object *t = nullptr;
        if (git_reference_peel(&t, b, GIT_OBJECT_COMMIT) != 0) {
            problem(open.name,
                    GitHistoryTr::tr("the tip of branch %1 is missing: %2")
                        .arg(open.name, lastError()));
            continue;
        }
        const ObjectPtr tipObject(t);
        const git_oid tip = *git_object_id(t);
        open.tip = toHex(&tip);
        git_oid base;
        if (git_merge_base(&base, repo, &tip, &defaultTip) == 0)
            open.mergeBase = toHex(&base);

        git_revwalk *w = nullptr;
        if (git_revwalk_new(&w, repo) != 0)
            continue;
        const RevwalkPtr walker(w);
        git_revwalk_push(w, &tip);
        git_revwalk_hide(w, &defaultTip);
        git_oid oid;
        int rc = 0;
        while ((rc = git_revwalk_next(&oid, w)) == 0) {
            git_commit *c = nullptr;
            if (git_commit_lookup(&c, repo, &oid) != 0)
                continue;
            const CommitPtr commit(c);
            const EpochMs written = EpochMs(git_commit_author(c)->when.time) * 1000;
            if (open.ahead == 0 || written < open.oldestCommitTime)
                open.oldestCommitTime = written;
            ++open.ahead;
        }
        if (rc != GIT_ITEROVER)
            problem(open.name,
                    GitHistoryTr::tr("the history of branch %1 ends early, a commit "
                                     "is missing (a shallow clone?): %2")
                        .arg(open.name, lastError()));
        if (open.ahead == 0)
            continue;
        open.ageMs = now - open.oldestCommitTime;
        health.openBranches.append(std::move(open));
    }
    std::sort(health.openBranches.begin(), health.openBranches.end(),
              [](const OpenBranch &x, const OpenBranch &y) {
                  return std::tie(x.oldestCommitTime, x.name)
                      < std::tie(y.oldestCommitTime, y.name);
              });
    return health;
}

} // namespace Signalbox
