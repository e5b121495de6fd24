#include "githubcursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Signalbox::GitHub {

namespace {

constexpr int CursorVersion = 1;

enum Flags { Completed = 1, Pending = 2 };

} // namespace

bool RepositoryCursor::hasPendingJobs() const
{
    return std::any_of(runs.cbegin(), runs.cend(),
                       [](const CursorRun &r) { return r.jobsPending; });
}

Cursor Cursor::fromString(const QString &text)
{
    Cursor cursor;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    if (root.value("v"_L1).toInt() != CursorVersion)
        return cursor;
    const QJsonObject repositories = root.value("repos"_L1).toObject();
    for (auto it = repositories.begin(); it != repositories.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        RepositoryCursor repository;
        repository.fingerprint = r.value("fp"_L1).toString();
        repository.monorepo = r.value("mono"_L1).toBool();
        repository.incidentsSince = r.value("inc"_L1).toString();
        for (const QJsonValue &v : r.value("pages"_L1).toArray())
            repository.laterPages.append(v.toString());
        for (const QJsonValue &v : r.value("runs"_L1).toArray()) {
            const QJsonArray a = v.toArray();
            const int flags = a.at(2).toInt();
            repository.runs.append({a.at(0).toString(), a.at(1).toString(),
                                    (flags & Completed) != 0, (flags & Pending) != 0});
        }
        for (const QJsonValue &v : r.value("deps"_L1).toArray()) {
            const QJsonArray a = v.toArray();
            CursorDeployment d;
            d.id = a.at(0).toString();
            d.updatedAt = a.at(1).toString();
            d.state = deploymentStatusFromWord(a.at(2).toString());
            d.statusesPending = (a.at(3).toInt() & Pending) != 0;
            const QJsonObject fields = a.at(4).toObject();
            d.environment = fields.value("env"_L1).toString();
            d.commitSha = fields.value("sha"_L1).toString();
            d.ref = fields.value("ref"_L1).toString();
            d.createdAt = fields.value("created"_L1).toInteger();
            repository.deployments.append(d);
        }
        cursor.repositories.insert(it.key(), repository);
    }
    return cursor;
}

QString Cursor::toString() const
{
    QJsonObject repositoriesObject;
    for (auto it = repositories.cbegin(); it != repositories.cend(); ++it) {
        const RepositoryCursor &repository = it.value();
        QJsonArray runs;
        for (const CursorRun &r : repository.runs) {
            runs.append(QJsonArray {r.id, r.updatedAt,
                                    (r.completed ? Completed : 0) | (r.jobsPending ? Pending : 0)});
        }
        QJsonArray deployments;
        for (const CursorDeployment &d : repository.deployments) {
            QJsonArray a {d.id, d.updatedAt, toWord(d.state), d.statusesPending ? Pending : 0};
            if (d.inFlight()) {
                a.append(QJsonObject {{"env"_L1, d.environment},
                                      {"sha"_L1, d.commitSha},
                                      {"ref"_L1, d.ref},
                                      {"created"_L1, d.createdAt}});
            }
            deployments.append(a);
        }
        QJsonObject r {{"fp"_L1, repository.fingerprint}, {"runs"_L1, runs}};
        if (repository.monorepo)
            r.insert("mono"_L1, true);
        if (!repository.laterPages.isEmpty())
            r.insert("pages"_L1, QJsonArray::fromStringList(repository.laterPages));
        if (!deployments.isEmpty())
            r.insert("deps"_L1, deployments);
        if (!repository.incidentsSince.isEmpty())
            r.insert("inc"_L1, repository.incidentsSince);
        repositoriesObject.insert(it.key(), r);
    }
    const QJsonObject root {{"v"_L1, CursorVersion}, {"repos"_L1, repositoriesObject}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace Signalbox::GitHub
