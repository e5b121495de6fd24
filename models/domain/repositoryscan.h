#pragma once

#include "discovery.h"
#include "pipelinetemplate.h"

#include <QMap>

namespace Signalbox {

// Trunk-based health in brief: how often work lands on the default branch and how long other
// branches stay open (the whole picture is TrunkHealth, services/git/githistory.h).
struct TrunkSummary
{
    QString defaultBranch;
    int windowDays = 28;
    int merges = 0; // merge commits on the default branch's first-parent line in the window
    int openBranches = 0; // branches with commits not on the default branch
    QString oldestBranch;
    qint64 oldestBranchAgeMs = 0; // since its oldest commit not on the default branch
    QString error; // why it could not be told (a detached HEAD, no such branch)

    bool operator==(const TrunkSummary &) const = default;
};

// One repository's last scan as the cache keeps it: what its files say at one commit, and how
// far its history has been read. A rescan at the same commit reuses all of it; at a newer
// commit only the formats whose files changed are read again, and only the new commits walked.
struct RepositoryScan
{
    QString repository; // RepositoryConfig::name
    QString path; // the folder that was read
    QString revision; // as configured ("HEAD", "main")
    QString commit; // what the revision resolved to; empty when it could not be read
    EpochMs scannedAt = NoTime;
    // Each format discoverer's own findings (catalog, compose, kubernetes), so a rescan can
    // replace one format's part and merge again.
    QMap<QString, DiscoveryResult> formats;
    DiscoveryResult result; // the formats merged, with the CI definitions and every problem
    QList<ServiceTemplates> templates; // per service that has (or lacks) a pipeline here
    // What the CI part was read with besides the files (the repository's own service, the
    // owner from its remote): when it changes, the CI part is read again.
    QString ciContext;
    QString historyTip; // the newest commit whose history is in the cache
    // The service folders that history was read for ("orders=services/orders"): when they
    // change, the history is read again from the start rather than only from historyTip.
    QStringList historyFolders;
    TrunkSummary trunk;
    QString error; // why the last scan failed; what was found before is kept

    bool operator==(const RepositoryScan &) const = default;
};

} // namespace Signalbox
