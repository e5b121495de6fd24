#pragma once

#include "domain/history.h"

#include <QString>

#include <functional>

namespace Signalbox {

class GitRepository;

// History of a repository for the delivery metrics, read with libgit2 (never the git command).
// All of them run on the calling thread: call them from a worker, with the GitRepository that
// worker owns. Usage:
//
//     GitRepository repo(u"/src/shop"_s);
//     const CommitHistory orders = commitsTouching(repo, u"main"_s, u"services/orders"_s);
//     const TrunkHealth trunk = trunkHealth(repo, u"main"_s, nowMs, 28);
//     const CommitHistory shipped = commitsBetween(repo, u"v1.2"_s, u"v1.3"_s);

// The commits reachable from revision (every parent followed, newest first in git log's date
// order) that change something under pathPrefix (a folder or a file; empty = the whole
// repository), each compared with its first parent: a merge is listed only when it brings changes
// under the prefix that its first parent did not have. limit <= 0: no limit. A cancelled walk
// returns what it found so far.
CommitHistory commitsTouching(const GitRepository &repository, const QString &revision,
                              const QString &pathPrefix = {}, int limit = 0,
                              const std::function<bool()> &isCancelled = {});

// The commits in toRevision and not in fromRevision (what deploying `to` shipped after `from`),
// under pathPrefix as in commitsTouching(), newest first.
CommitHistory commitsBetween(const GitRepository &repository, const QString &fromRevision,
                             const QString &toRevision, const QString &pathPrefix = {},
                             const std::function<bool()> &isCancelled = {});

// Merges on the default branch's first-parent line committed in the last windowDays before now,
// per calendar week, and the branches (local and remote-tracking) with commits not on it.
// defaultBranch is a local branch name, or else a branch of the remote "origin".
TrunkHealth trunkHealth(const GitRepository &repository, const QString &defaultBranch, EpochMs now,
                        int windowDays);

} // namespace Signalbox
