#pragma once

#include "discovery.h"
#include "pipelinetemplate.h"

#include <QMap>

namespace Signalbox {

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
    QString historyTip; // the newest commit whose history is in the cache
    // The service folders that history was read for ("orders=services/orders"): when they
    // change, the history is read again from the start rather than only from historyTip.
    QStringList historyFolders;
    QString error; // why the last scan failed; what was found before is kept

    bool operator==(const RepositoryScan &) const = default;
};

} // namespace Signalbox
