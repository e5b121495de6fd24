#pragma once

#include "analysis/teamleadreport.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace Signalbox {

// What a team-lead report covers: the window, how the trend is cut, and which environment is
// production (the workspace's last environment, as the release path reads it).
struct TeamLeadRequest
{
    QString workspaceName;
    QString productionEnvironment = QStringLiteral("production");
    EpochMs from = NoTime;
    EpochMs to = NoTime;
    EpochMs now = NoTime;
    TrendStep step = TrendStep::Week;
};

// The window ending at `now` of `days` days, cut by a step that gives a readable number of
// points (days up to a month, weeks up to half a year, months beyond).
TeamLeadRequest teamLeadRequestFor(const QString &workspaceName, const QStringList &environments,
                                   int days, EpochMs now);

// Reads the cache and computes the report. Blocking; throws StoreError when the cache cannot be
// read.
TeamLeadReport buildTeamLeadReport(const QString &cachePath, const TeamLeadRequest &request);

// Computes team-lead reports and stores checklist overrides on worker threads; results come
// back on this object's thread by signals. Only the newest request's report is delivered.
class TeamLeadReporter : public QObject
{
    Q_OBJECT

public:
    explicit TeamLeadReporter(QObject *parent = nullptr);
    ~TeamLeadReporter() override;

    void request(const QString &cachePath, const TeamLeadRequest &request);
    // Stores the override, then computes the last request again so it shows.
    void addOverride(const QString &cachePath, const ChecklistOverride &decision);
    void waitForIdle();

Q_SIGNALS:
    void reportReady(const Signalbox::TeamLeadReportPtr &report);
    void reportFailed(const QString &message);
    void overrideFailed(const QString &message);

private:
    quint64 m_generation = 0;
    QString m_lastCachePath;
    TeamLeadRequest m_lastRequest;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_running;
};

} // namespace Signalbox
