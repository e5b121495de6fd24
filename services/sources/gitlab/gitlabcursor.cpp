#include "gitlabcursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

constexpr int FormatVersion = 1;

QString detailWord(GitLabCursor::Detail detail)
{
    switch (detail) {
    case GitLabCursor::Detail::Pending:
        return u"p"_s;
    case GitLabCursor::Detail::Open:
        return u"o"_s;
    case GitLabCursor::Detail::Settled:
        return u"s"_s;
    }
    return u"p"_s;
}

GitLabCursor::Detail detailFromWord(const QString &word)
{
    if (word == u"s")
        return GitLabCursor::Detail::Settled;
    if (word == u"o")
        return GitLabCursor::Detail::Open;
    return GitLabCursor::Detail::Pending;
}

} // namespace

QString GitLabCursor::toString() const
{
    QJsonObject projectsJson;
    for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
        const Project &project = it.value();
        QJsonObject pipelines;
        for (auto p = project.pipelines.cbegin(); p != project.pipelines.cend(); ++p) {
            QJsonArray entry {p->updatedAt, detailWord(p->detail)};
            if (p->attempt > 1)
                entry.append(p->attempt);
            pipelines.insert(QString::number(p.key()), entry);
        }
        QJsonArray pages;
        for (const Page &page : project.pages) {
            QJsonArray ids;
            for (const qint64 id : page.pipelineIds)
                ids.append(id);
            QJsonObject pageJson {{u"ids"_s, ids}};
            if (!page.next.isEmpty())
                pageJson.insert(u"next"_s, page.next);
            if (page.hadBrokenEntries)
                pageJson.insert(u"broken"_s, true);
            pages.append(pageJson);
        }
        QJsonObject projectJson {
            {u"fp"_s, project.fingerprint}, {u"pipelines"_s, pipelines}, {u"pages"_s, pages}};
        if (!project.learnedPath.isEmpty())
            projectJson.insert(u"path"_s, project.learnedPath);
        projectsJson.insert(it.key(), projectJson);
    }
    const QJsonObject root {{u"v"_s, FormatVersion}, {u"projects"_s, projectsJson}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

GitLabCursor GitLabCursor::fromString(const QString &text)
{
    GitLabCursor cursor;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    if (root.value("v"_L1).toInt() != FormatVersion)
        return cursor;
    const QJsonObject projectsJson = root.value("projects"_L1).toObject();
    for (auto it = projectsJson.constBegin(); it != projectsJson.constEnd(); ++it) {
        const QJsonObject projectJson = it.value().toObject();
        Project project;
        project.fingerprint = projectJson.value("fp"_L1).toString();
        project.learnedPath = projectJson.value("path"_L1).toString();
        const QJsonObject pipelines = projectJson.value("pipelines"_L1).toObject();
        for (auto p = pipelines.constBegin(); p != pipelines.constEnd(); ++p) {
            bool ok = false;
            const qint64 id = p.key().toLongLong(&ok);
            const QJsonArray entry = p.value().toArray();
            if (!ok || entry.size() < 2)
                continue;
            project.pipelines.insert(id,
                                     {entry.at(0).toString(),
                                      detailFromWord(entry.at(1).toString()),
                                      std::max(1, entry.at(2).toInt(1))});
        }
        for (const QJsonValue &pageValue : projectJson.value("pages"_L1).toArray()) {
            const QJsonObject pageJson = pageValue.toObject();
            Page page;
            for (const QJsonValue &id : pageJson.value("ids"_L1).toArray())
                page.pipelineIds.append(id.toInteger());
            page.next = pageJson.value("next"_L1).toString();
            page.hadBrokenEntries = pageJson.value("broken"_L1).toBool();
            project.pages.append(page);
        }
        cursor.projects.insert(it.key(), project);
    }
    return cursor;
}

} // namespace Signalbox
