#pragma once

#include "domain/entities.h"
#include "domain/history.h"

#include <QList>
#include <QString>

// The four DORA metrics, computed the way the Four Keys project (dora-team/fourkeys) defines them,
// from plain lists: deployments, the commits of each service and incidents. Pure functions: no
// store, no git; the same input gives the same output, in the same order.
//
// What is read
//  - Production deployments: `environment` equal to DoraInput::productionEnvironment (exactly);
//    deployedAt known and not after `now`. Other environments are ignored.
//  - Successful: Succeeded, or Inactive (GitHub marks a superseded successful deployment
//    inactive). Failed: Failed or RolledBack. Pending, InProgress and Unknown are ignored (counted
//    in DoraReport::ignoredDeployments) - a deployment that has not finished is neither.
//  - Within a service+environment, deployments are ordered by deployedAt, then externalId.
//
// Linking a deployment to the commits it shipped (lead time)
//  A successful deployment's commit is the commit of the same service whose sha matches its
//  commitSha (`sameCommit`: equal ignoring case, or a prefix of 7+ digits). It shipped the
//  service's commits with committer time in (P, C], where C is its own commit's time and P the
//  commit time of the previous successful production deployment of that service (at any time,
//  also before the window). When there is no previous successful deployment, or its commit is not
//  known, only its own commit is counted: what an earlier deployment shipped is not guessed. When
//  its own commit is not known, no lead time is computed for it
//  (LeadTime::deploymentsWithUnknownCommit). Commits without a committer time are ignored.
//
// Change failures (change failure rate, time to restore)
//  - A Failed deployment is a failed change.
//  - A successful deployment followed (same service+environment, before the next successful one)
//    by a Failed or RolledBack deployment is a failed change too.
//  - A RolledBack deployment that follows a successful one (with only failed deployments between)
//    is the rollback of that one: it marks it failed and is not a deployment of its own, so the
//    rollback is counted once. A RolledBack deployment with no successful one before it in the
//    data is itself a failed deployment.
//  - A failure episode starts at the first Failed or RolledBack deployment after a successful one
//    (or at the first in the data) and ends at the next successful deployment: the time to restore
//    is end - start. Episodes still open at `now` have no time to restore (TimeToRestore::open).
//
// Incidents (created at or before `now`; the others are ignored)
//  - An incident links to a successful production deployment, which is then a failed change too:
//    with a rootCauseCommit, to the first successful deployment that shipped that commit (its own
//    commit, matched with `sameCommit` even when the commits are not known, or one of the commits
//    lead time counts for it), in each service, or only in its own service when it names one;
//    without a root cause but with a service, to that service's newest successful deployment at
//    or before createdAt. A root cause that no deployment shipped links to nothing, and is not
//    replaced by a guess. An incident linking to nothing changes no rate; a deployment already
//    failed stays one failed change.
//  - Each incident created in the window is a failure episode of its own beside the deployment
//    ones (TimeToRestore::incidents of them): restored at resolvedAt, or open when it has none or
//    it is after `now`. One resolved before it was created is left out of time to restore.
//    Trend points take it by createdAt.
//  - Per service, an incident belongs to the service it names, or, naming none, to the services
//    whose deployments it linked to; overall every incident counts once.
//
// Buckets and levels (fixed lengths: day 24 h, week 7 days, month 30 days, six months 180 days)
//  - Deployment frequency. The window is cut into whole 7-day weeks counted back from `to`
//    (a window shorter than a week is one week); for each, the number of distinct UTC days with
//    a successful deployment. Likewise whole 30-day months (a shorter window is one month).
//    Daily: median days per week >= 3; Weekly: median days per week >= 1; Monthly: median days
//    per month >= 1; else Yearly. The part of the window older than the oldest whole week
//    (month) is not in the medians, but is in the counts. Levels: Daily elite, Weekly high,
//    Monthly medium, Yearly low.
//  - Lead time and time to restore: under a day, under a week, under a month, under six months,
//    six months or more. Lead time levels (DORA 2019): under a day elite, under a week high, under
//    a month medium, else low. Time to restore levels (DORA 2019; its medium repeats high's "less
//    than one day", so medium takes the 2021 "under a week"): under an hour elite, under a day
//    high, under a week medium, else low.
//  - Change failure rate: <= 15 %, < 46 %, 46 % or more. Levels: <= 15 % elite (DORA 2019 puts
//    elite, high and medium all at 0-15 %), < 46 % medium (the band 2019 leaves unnamed; 2022 calls
//    16-30 % medium), else low.
//  - NotEnoughData, never a guess: a window with no production deployments (successful or failed)
//    has no frequency and no failure rate; no lead time values, no lead time; no restored episode,
//    no time to restore.
//  - Medians are of the values sorted; for an even count the mean of the two middle ones (in
//    milliseconds, rounded down).
namespace Signalbox {

enum class DoraLevel { NotEnoughData, Elite, High, Medium, Low };
enum class FrequencyBucket { NotEnoughData, Daily, Weekly, Monthly, Yearly };
enum class DurationBucket {
    NotEnoughData,
    UnderOneDay,
    UnderOneWeek,
    UnderOneMonth,
    UnderSixMonths,
    SixMonthsOrMore
};
enum class FailureRateBucket { NotEnoughData, UpTo15Percent, Under46Percent, From46Percent };

inline constexpr qint64 DoraHourMs = 60LL * 60 * 1000;
inline constexpr qint64 DoraDayMs = 24 * DoraHourMs;
inline constexpr qint64 DoraWeekMs = 7 * DoraDayMs;
inline constexpr qint64 DoraMonthMs = 30 * DoraDayMs;
inline constexpr qint64 DoraSixMonthsMs = 180 * DoraDayMs;

struct DoraInput
{
    QList<Deployment> deployments; // any services and environments
    QList<ServiceCommit> commits; // any order; service, sha and committerTime are read
    QList<Incident> incidents; // any order
    QString productionEnvironment = QStringLiteral("production");
    EpochMs from = NoTime; // the window [from, to)
    EpochMs to = NoTime;
    EpochMs now = NoTime; // deployments after it are ignored; open episodes are measured to it
};

struct DeploymentFrequency
{
    int deployments = 0; // successful production deployments in the window
    int deploymentDays = 0; // distinct UTC days among them
    int weeks = 0; // whole weeks in the window (at least 1)
    int months = 0; // whole 30-day months in the window (at least 1)
    double medianDaysPerWeek = 0;
    double medianDaysPerMonth = 0;
    FrequencyBucket bucket = FrequencyBucket::NotEnoughData;
    DoraLevel level = DoraLevel::NotEnoughData;

    bool operator==(const DeploymentFrequency &) const = default;
};

struct LeadTime
{
    qint64 medianMs = -1; // -1: not enough data
    int changes = 0; // (deployment, commit) values in the median
    int droppedNonPositive = 0; // values <= 0, left out
    int deploymentsLinked = 0; // successful deployments in the window whose commit is known
    int deploymentsWithUnknownCommit = 0; // successful deployments in the window, no lead time
    DurationBucket bucket = DurationBucket::NotEnoughData;
    DoraLevel level = DoraLevel::NotEnoughData;

    bool operator==(const LeadTime &) const = default;
};

struct ChangeFailureRate
{
    int deployments = 0; // successful + failed in the window (a folded rollback is not one)
    int failed = 0;
    double rate = -1; // failed / deployments, 0..1; -1: not enough data
    FailureRateBucket bucket = FailureRateBucket::NotEnoughData;
    DoraLevel level = DoraLevel::NotEnoughData;

    bool operator==(const ChangeFailureRate &) const = default;
};

struct TimeToRestore
{
    qint64 medianMs = -1; // -1: not enough data
    int episodes = 0; // failure episodes starting in the window
    int restored = 0; // of them, ended by a successful deployment (up to now)
    int open = 0; // of them, not restored yet
    int incidents = 0; // of them, incidents (the rest began with a failed deployment)
    qint64 longestOpenMs = -1; // now - start of the oldest open one; -1 when none
    DurationBucket bucket = DurationBucket::NotEnoughData;
    DoraLevel level = DoraLevel::NotEnoughData;

    bool operator==(const TimeToRestore &) const = default;
};

struct DoraMetrics
{
    QString service; // empty: all services together
    DeploymentFrequency frequency;
    LeadTime leadTime;
    ChangeFailureRate changeFailure;
    TimeToRestore restore;

    bool operator==(const DoraMetrics &) const = default;
};

struct DoraReport
{
    DoraMetrics overall;
    // One entry per service with a production deployment (successful or failed) or an incident
    // filed against it at or before `now`, at any time: a service with none in the window is
    // listed with NotEnoughData.
    // Sorted by name.
    QList<DoraMetrics> services;
    int ignoredDeployments = 0; // production, in the window, pending / in progress / unknown

    bool operator==(const DoraReport &) const = default;
};

// Every metric, per service and overall.
DoraReport computeDora(const DoraInput &input);

enum class TrendStep { Day, Week, Month }; // UTC days; weeks from Monday 00:00 UTC; months

// One point of a trend: the metrics of the deployments in [start, end) that are also in the window.
struct DoraTrendPoint
{
    EpochMs start = NoTime; // the whole day / week / month, even where the window cuts it
    EpochMs end = NoTime;
    int successful = 0;
    int deploymentDays = 0;
    int failed = 0; // failed changes, as the change failure rate counts them
    double failureRate = -1; // -1: no deployments
    qint64 leadTimeMedianMs = -1;
    qint64 restoreMedianMs = -1; // of the episodes (and incidents) starting in it and restored
    // Positions in DoraInput::deployments of every production deployment behind the point
    // (successful, failed, folded rollbacks), in time order then externalId.
    QList<qsizetype> deployments;
    // Positions in DoraInput::incidents of the incidents created in it, by createdAt.
    QList<qsizetype> incidents;

    bool operator==(const DoraTrendPoint &) const = default;
};

// Points for every step overlapping [from, to), oldest first, empty steps included. `service`
// empty: all services.
QList<DoraTrendPoint> doraTrend(const DoraInput &input, TrendStep step,
                                const QString &service = {});

// computeDora(input) and doraTrend(input, step) for all services, from one reading of the input:
// linking every deployment to its commits is most of the work of either, and the team-lead
// report shows both.
struct DoraWithTrend
{
    DoraReport report;
    QList<DoraTrendPoint> trend;
};
DoraWithTrend computeDoraWithTrend(const DoraInput &input, TrendStep step);

// The step containing t (UTC; weeks from Monday), and the end of the step starting at start.
EpochMs trendStepStart(EpochMs t, TrendStep step);
EpochMs trendStepEnd(EpochMs start, TrendStep step);

// Translated words and one sentence for people.
QString displayName(DoraLevel level);
QString displayName(FrequencyBucket bucket);
QString displayName(DurationBucket bucket);
QString displayName(FailureRateBucket bucket);
// e.g. "orders: deploys weekly (high), lead time 3 h 00 min (elite), 10 % of changes failed
// (elite), restored in 2 h 00 min (high)." Each part says plainly when it is not known.
QString describeDora(const DoraMetrics &metrics);

} // namespace Signalbox
