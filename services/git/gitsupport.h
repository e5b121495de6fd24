#pragma once

// What the readers in services/git share: owners for libgit2 handles, its error text, object
// ids as text and folder spelling. Internal to signalbox_services.

#include "domain/history.h"

#include <QLoggingCategory>
#include <QString>

#include <git2.h>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcGit)

namespace Signalbox::Git {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using OdbPtr = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using RevwalkPtr = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using DiffPtr = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using ReferencePtr = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using BranchIteratorPtr
    = std::unique_ptr<git_branch_iterator, Deleter<git_branch_iterator, git_branch_iterator_free>>;

// libgit2's message for the last failed call on this thread; empty when it gave none.
QString lastError();
QString toHex(const git_oid *oid);
// False unless hex is a whole object id.
bool fromHex(const QString &hex, git_oid *oid);
// "./services/orders/" and "services\orders" both become "services/orders"; "." becomes "".
QString normalizedFolder(const QString &folder);
// Author, committer time, summary and parent count; CommitInfo::paths stays empty.
CommitInfo describeCommit(const git_commit *commit);

} // namespace Signalbox::Git
