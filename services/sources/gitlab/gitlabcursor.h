#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Signalbox {

// What the GitLab source remembers between syncs, per project: the pipelines it has seen and
// whether their details are stored, and which pipelines stood on each list page it read, so that
// a page answered 304 (which has no body) can still be judged. Stored as compact JSON in the
// sources table; holds no token and nothing the server did not send.
struct GitLabCursor
{
    enum class Detail {
        Pending, // seen in the list; details and jobs not stored yet: fetched without validators
        Open, // details stored while the pipeline ran: fetched again (conditionally) every sync
        Settled, // details stored, and nothing changes until updated_at does
    };

    struct Pipeline
    {
        QString updatedAt; // as GitLab sent it
        Detail detail = Detail::Pending;
        int attempt = 1;

        bool operator==(const Pipeline &) const = default;
    };

    struct Page
    {
        QList<qint64> pipelineIds; // those read from it, newest first
        QString next; // the next page's URL; empty on the last page
        bool hadBrokenEntries = false; // some entry was skipped: the page never counts as settled

        bool operator==(const Page &) const = default;
    };

    struct Project
    {
        // The service its rows went to and the server: when either changes, the project is read
        // afresh, without validators, so that every row is written again.
        QString fingerprint;
        QString learnedPath; // a project given by id: its path, read from a web_url
        QMap<qint64, Pipeline> pipelines;
        QList<Page> pages; // page 1 first, as read in the last sync

        bool operator==(const Project &) const = default;
    };

    QMap<QString, Project> projects; // by the project as the workspace names it

    QString toString() const;
    // Anything unreadable (an older format, damage) reads as an empty cursor: the next sync
    // fetches everything afresh.
    static GitLabCursor fromString(const QString &text);

    bool operator==(const GitLabCursor &) const = default;
};

} // namespace Signalbox
