#include "dora.h"

#include "deliveryhistory.h"
#include "domain/timeformat.h"
#include "domain/tr.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Signalbox {

namespace {

enum class Kind : quint8 { Success, Failed, RolledBack };

struct Dep
{
    qsizetype index = 0; // in DoraInput::deployments
    EpochMs at = NoTime;
    Kind kind = Kind::Success;
    bool counted = true; // a deployment of its own in the change failure rate
    bool failed = false;
    EpochMs commitAt = NoTime; // its own commit's time (successful ones), when known
};

struct Episode
{
    EpochMs start = NoTime;
    EpochMs end = NoTime; // NoTime: still open
};

// An incident naming a root cause, and when that commit was made in one service.
struct RootCause
{
    qsizetype incident = 0; // in DoraInput::incidents
    EpochMs committedAt = NoTime; // NoTime: the commit is not among the service's commits
};

struct ServiceData
{
    QString name;
    std::vector<Dep> deps; // by time, then externalId
    std::vector<EpochMs> commitTimes; // sorted
    std::vector<Episode> episodes; // by start
    std::vector<qsizetype> incidents; // in DoraInput::incidents: filed against it or linked to it
};

struct Prepared
{
    std::vector<ServiceData> services; // by name
    std::vector<qsizetype> incidents; // every incident read, for the overall figures
    int ignoredInWindow = 0;
};

// What a window (or one trend step) collects before it becomes figures.
struct Accum
{
    std::vector<EpochMs> successTimes;
    int counted = 0;
    int failed = 0;
    std::vector<qint64> leadValues;
    int dropped = 0;
    int linked = 0;
    int unknownCommit = 0;
    std::vector<qint64> restoreValues;
    int episodes = 0;
    int open = 0;
    int incidents = 0;
    qint64 longestOpen = -1;
    std::vector<qsizetype> indices;
    std::vector<qsizetype> incidentIndices;

    void merge(const Accum &o)
    {
        successTimes.insert(successTimes.end(), o.successTimes.cbegin(), o.successTimes.cend());
        counted += o.counted;
        failed += o.failed;
        leadValues.insert(leadValues.end(), o.leadValues.cbegin(), o.leadValues.cend());
        dropped += o.dropped;
        linked += o.linked;
        unknownCommit += o.unknownCommit;
        restoreValues.insert(restoreValues.end(), o.restoreValues.cbegin(), o.restoreValues.cend());
        episodes += o.episodes;
        open += o.open;
        incidents += o.incidents;
        longestOpen = std::max(longestOpen, o.longestOpen);
    }
};

constexpr int ShaPrefixDigits = 7;

// Sha prefixes as one bit per value of their low 20 bits (128 KiB, which stays in cache). Most
// commits are no deployment's: one bit test rules them out before a binary search, whose
// unpredictable branches would otherwise cost more than everything else done per commit.
class PrefixFilter
{
public:
    void insert(quint32 prefix) { m_bits[slot(prefix)] |= bit(prefix); }
    bool mayContain(quint32 prefix) const { return m_bits[slot(prefix)] & bit(prefix); }

private:
    static constexpr quint32 Mask = (1U << 20) - 1;
    static std::size_t slot(quint32 prefix) { return (prefix & Mask) / 64; }
    static quint64 bit(quint32 prefix) { return quint64(1) << (prefix % 64); }

    std::vector<quint64> m_bits = std::vector<quint64>((Mask + 1) / 64);
};

// Orders (sha prefix, payload) pairs by the prefix alone, for equal_range on a prefix.
template<typename Pair>
struct PrefixLess
{
    bool operator()(const Pair &a, quint32 key) const { return a.first < key; }
    bool operator()(quint32 key, const Pair &a) const { return key < a.first; }
};

// The first seven hex digits as a number: a cheap key to find candidate commits for a sha.
bool shaPrefix(const QString &sha, quint32 *out)
{
    if (sha.size() < ShaPrefixDigits)
        return false;
    quint32 value = 0;
    for (int i = 0; i < ShaPrefixDigits; ++i) {
        const char16_t c = sha.at(i).unicode();
        quint32 digit = 0;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        else
            return false;
        value = value << 4 | digit;
    }
    *out = value;
    return true;
}

// The first successful deployment of svc that shipped the commit: its own commit, or one made in
// (P, C] as lead time counts it. -1 when none did.
int firstShipping(const ServiceData &svc, const DoraInput &in, const QString &sha,
                  EpochMs committedAt)
{
    bool hasPrevious = false;
    EpochMs previousCommitAt = NoTime;
    for (std::size_t k = 0; k < svc.deps.size(); ++k) {
        const Dep &d = svc.deps[k];
        if (d.kind != Kind::Success)
            continue;
        if (sameCommit(in.deployments.at(d.index).commitSha, sha))
            return int(k);
        if (hasPrevious && previousCommitAt != NoTime && d.commitAt != NoTime
            && committedAt != NoTime && committedAt > previousCommitAt && committedAt <= d.commitAt)
            return int(k);
        hasPrevious = true;
        previousCommitAt = d.commitAt;
    }
    return -1;
}

// The newest successful deployment of svc at or before t; -1 when none.
int newestSuccessAtOrBefore(const ServiceData &svc, EpochMs t)
{
    const auto end = std::upper_bound(svc.deps.cbegin(), svc.deps.cend(), t,
                                      [](EpochMs at, const Dep &d) { return at < d.at; });
    for (auto it = end; it != svc.deps.cbegin();) {
        --it;
        if (it->kind == Kind::Success)
            return int(it - svc.deps.cbegin());
    }
    return -1;
}

// Marks the deployments incidents link to as failed, and gives each service the incidents that
// are its own: filed against it, or, filed against none, linked to one of its deployments.
void linkIncidents(Prepared &p, const DoraInput &in, const std::vector<qsizetype> &incidents,
                   const std::vector<std::vector<RootCause>> &rootCauses,
                   QHash<QString, int> &serviceIndex, const QString &onlyService)
{
    if (incidents.empty())
        return;
    // Per incident (in the order of `incidents`), the services it linked to.
    std::vector<std::vector<std::size_t>> linkedTo(incidents.size());
    for (std::size_t s = 0; s < p.services.size(); ++s) {
        ServiceData &svc = p.services[s];
        for (std::size_t n = 0; n < incidents.size(); ++n) {
            const qsizetype i = incidents[n];
            const Incident &incident = in.incidents.at(i);
            if (!incident.service.isEmpty() && incident.service != svc.name)
                continue;
            int k = -1;
            if (!incident.rootCauseCommit.isEmpty()) {
                EpochMs committedAt = NoTime;
                for (const RootCause &r : rootCauses[s]) {
                    if (r.incident == i)
                        committedAt = r.committedAt;
                }
                k = firstShipping(svc, in, incident.rootCauseCommit, committedAt);
            } else if (!incident.service.isEmpty()) {
                k = newestSuccessAtOrBefore(svc, incident.createdAt);
            }
            if (k >= 0) {
                svc.deps[std::size_t(k)].failed = true; // already failed: still one failed change
                linkedTo[n].push_back(s);
            }
        }
    }
    for (std::size_t n = 0; n < incidents.size(); ++n) {
        const qsizetype i = incidents[n];
        const Incident &incident = in.incidents.at(i);
        bool belongs = onlyService.isEmpty();
        if (!incident.service.isEmpty()) {
            auto it = serviceIndex.find(incident.service);
            if (it == serviceIndex.end()) {
                // A service with incidents and no production deployment still has a restore time.
                it = serviceIndex.insert(incident.service, int(p.services.size()));
                p.services.push_back(ServiceData {incident.service, {}, {}, {}, {}});
            }
            p.services[std::size_t(*it)].incidents.push_back(i);
            belongs = true;
        } else {
            for (std::size_t s : linkedTo[n])
                p.services[s].incidents.push_back(i);
            belongs = belongs || !linkedTo[n].empty();
        }
        if (belongs)
            p.incidents.push_back(i);
    }
}

Prepared prepare(const DoraInput &in, const QString &onlyService)
{
    Prepared p;
    QHash<QString, int> serviceIndex;
    for (qsizetype i = 0; i < in.deployments.size(); ++i) {
        const Deployment &d = in.deployments.at(i);
        if (d.deployedAt == NoTime || d.deployedAt > in.now
            || d.environment != in.productionEnvironment)
            continue;
        if (!onlyService.isEmpty() && d.service != onlyService)
            continue;
        Kind kind = Kind::Success;
        switch (d.status) {
        case DeploymentStatus::Succeeded:
        case DeploymentStatus::Inactive:
            kind = Kind::Success;
            break;
        case DeploymentStatus::Failed:
            kind = Kind::Failed;
            break;
        case DeploymentStatus::RolledBack:
            kind = Kind::RolledBack;
            break;
        case DeploymentStatus::Unknown:
        case DeploymentStatus::Pending:
        case DeploymentStatus::InProgress:
            if (d.deployedAt >= in.from && d.deployedAt < in.to)
                ++p.ignoredInWindow;
            continue;
        }
        auto it = serviceIndex.find(d.service);
        if (it == serviceIndex.end()) {
            it = serviceIndex.insert(d.service, int(p.services.size()));
            p.services.push_back(ServiceData {d.service, {}, {}, {}, {}});
        }
        Dep dep;
        dep.index = i;
        dep.at = d.deployedAt;
        dep.kind = kind;
        p.services[std::size_t(*it)].deps.push_back(dep);
    }

    // Link successful deployments to their commits, and gather each service's commit times.
    // A commit can only be the commit of its own service's deployments, so each service keeps
    // the sha prefixes its deployments want as a small sorted array (prefix, then position):
    // a million commits are looked up in a few hundred entries that stay in cache, rather than
    // in one table of every deployment.
    using Wanted = std::pair<quint32, std::size_t>; // sha prefix, position in deps
    std::vector<std::vector<Wanted>> wanted(p.services.size());
    PrefixFilter anyWanted;
    for (std::size_t s = 0; s < p.services.size(); ++s) {
        ServiceData &svc = p.services[s];
        std::sort(svc.deps.begin(), svc.deps.end(), [&](const Dep &a, const Dep &b) {
            if (a.at != b.at)
                return a.at < b.at;
            const QString &ia = in.deployments.at(a.index).externalId;
            const QString &ib = in.deployments.at(b.index).externalId;
            return ia != ib ? ia < ib : a.index < b.index;
        });
        for (std::size_t k = 0; k < svc.deps.size(); ++k) {
            quint32 key = 0;
            if (svc.deps[k].kind == Kind::Success
                && shaPrefix(in.deployments.at(svc.deps[k].index).commitSha, &key)) {
                wanted[s].emplace_back(key, k);
                anyWanted.insert(key);
            }
        }
        std::sort(wanted[s].begin(), wanted[s].end());
    }
    // Incidents that count: created by `now`, and of the one service asked for when there is one
    // (an incident without a service may still link to it below).
    std::vector<qsizetype> incidents;
    std::vector<std::pair<quint32, qsizetype>> rootCauseWanted; // sha prefix, incident; sorted
    PrefixFilter rootCauseFilter;
    for (qsizetype i = 0; i < in.incidents.size(); ++i) {
        const Incident &incident = in.incidents.at(i);
        if (incident.createdAt == NoTime || incident.createdAt > in.now)
            continue;
        if (!onlyService.isEmpty() && !incident.service.isEmpty()
            && incident.service != onlyService)
            continue;
        incidents.push_back(i);
        quint32 key = 0;
        if (shaPrefix(incident.rootCauseCommit, &key)) {
            rootCauseWanted.emplace_back(key, i);
            rootCauseFilter.insert(key);
        }
    }
    std::sort(rootCauseWanted.begin(), rootCauseWanted.end());
    std::vector<std::vector<RootCause>> rootCauses(p.services.size());

    const QString *lastName = nullptr;
    int lastIndex = -1;
    for (const ServiceCommit &c : in.commits) {
        if (c.committerTime == NoTime)
            continue;
        // The cache hands out one string per service name: the pointers are compared first.
        if (!lastName || !(c.service.isSharedWith(*lastName) || c.service == *lastName)) {
            lastName = &c.service;
            lastIndex = serviceIndex.value(c.service, -1);
        }
        if (lastIndex < 0)
            continue;
        ServiceData &svc = p.services[std::size_t(lastIndex)];
        svc.commitTimes.push_back(c.committerTime);
        quint32 key = 0;
        if (!shaPrefix(c.sha, &key))
            continue;
        if (rootCauseFilter.mayContain(key)) {
            const auto [first, last]
                = std::equal_range(rootCauseWanted.cbegin(), rootCauseWanted.cend(), key,
                                   PrefixLess<std::pair<quint32, qsizetype>> {});
            if (first != last) {
                std::vector<RootCause> &known = rootCauses[std::size_t(lastIndex)];
                for (auto named = first; named != last; ++named) {
                    const qsizetype i = named->second;
                    const Incident &incident = in.incidents.at(i);
                    const bool seen
                        = std::any_of(known.cbegin(), known.cend(),
                                      [i](const RootCause &r) { return r.incident == i; });
                    if (!seen && (incident.service.isEmpty() || incident.service == c.service)
                        && sameCommit(incident.rootCauseCommit, c.sha))
                        known.push_back({i, c.committerTime});
                }
            }
        }
        if (!anyWanted.mayContain(key))
            continue;
        const std::vector<Wanted> &mine = wanted[std::size_t(lastIndex)];
        const auto [first, last]
            = std::equal_range(mine.cbegin(), mine.cend(), key, PrefixLess<Wanted> {});
        for (auto found = first; found != last; ++found) {
            Dep &dep = svc.deps[found->second];
            // The first matching commit in input order wins: deterministic for the same input.
            if (dep.commitAt == NoTime && sameCommit(in.deployments.at(dep.index).commitSha, c.sha))
                dep.commitAt = c.committerTime;
        }
    }

    for (ServiceData &svc : p.services) {
        std::sort(svc.commitTimes.begin(), svc.commitTimes.end());
        int lastSuccess = -1;
        bool inEpisode = false;
        for (std::size_t k = 0; k < svc.deps.size(); ++k) {
            Dep &d = svc.deps[k];
            if (d.kind == Kind::Success) {
                if (inEpisode)
                    svc.episodes.back().end = d.at;
                inEpisode = false;
                lastSuccess = int(k);
                continue;
            }
            if (lastSuccess >= 0)
                svc.deps[std::size_t(lastSuccess)].failed = true;
            if (d.kind == Kind::RolledBack && lastSuccess >= 0)
                d.counted = false; // the rollback of that successful deployment: counted once
            else
                d.failed = true;
            if (!inEpisode)
                svc.episodes.push_back(Episode {d.at, NoTime});
            inEpisode = true;
        }
    }

    linkIncidents(p, in, incidents, rootCauses, serviceIndex, onlyService);

    std::sort(p.services.begin(), p.services.end(),
              [](const ServiceData &a, const ServiceData &b) { return a.name < b.name; });
    return p;
}

// Adds what one service did in [from, to) to the accumulator `target(at)` names (nullptr: skip).
template<typename Target>
void collect(const ServiceData &svc, const DoraInput &in, EpochMs from, EpochMs to, Target target)
{
    const auto inWindow = [&](EpochMs at) {
        return at >= from && at < to;
    };
    bool hasPrevious = false;
    EpochMs previousCommitAt = NoTime;
    for (const Dep &d : svc.deps) {
        if (d.at >= to)
            break;
        Accum *acc = inWindow(d.at) ? target(d.at) : nullptr;
        if (acc) {
            acc->indices.push_back(d.index);
            if (d.counted) {
                ++acc->counted;
                if (d.failed)
                    ++acc->failed;
            }
        }
        if (d.kind != Kind::Success)
            continue;
        if (acc) {
            acc->successTimes.push_back(d.at);
            if (d.commitAt == NoTime) {
                ++acc->unknownCommit;
            } else {
                ++acc->linked;
                const auto addValue = [&](EpochMs committed) {
                    const qint64 v = d.at - committed;
                    if (v <= 0)
                        ++acc->dropped;
                    else
                        acc->leadValues.push_back(v);
                };
                if (hasPrevious && previousCommitAt != NoTime) {
                    auto first = std::upper_bound(svc.commitTimes.cbegin(), svc.commitTimes.cend(),
                                                  previousCommitAt);
                    const auto last = std::upper_bound(first, svc.commitTimes.cend(), d.commitAt);
                    for (; first != last; ++first)
                        addValue(*first);
                } else {
                    addValue(d.commitAt);
                }
            }
        }
        hasPrevious = true;
        previousCommitAt = d.commitAt;
    }
    for (const Episode &e : svc.episodes) {
        if (e.start >= to)
            break;
        if (!inWindow(e.start))
            continue;
        Accum *acc = target(e.start);
        if (!acc)
            continue;
        ++acc->episodes;
        if (e.end != NoTime) {
            acc->restoreValues.push_back(e.end - e.start);
        } else {
            ++acc->open;
            acc->longestOpen = std::max(acc->longestOpen, in.now - e.start);
        }
    }
}

// Adds the incidents created in [from, to) to the accumulator `target(createdAt)` names: each is
// a failure episode of its own, restored at resolvedAt or still open.
template<typename Target>
void collectIncidents(const std::vector<qsizetype> &incidents, const DoraInput &in, EpochMs from,
                      EpochMs to, Target target)
{
    for (qsizetype i : incidents) {
        const Incident &incident = in.incidents.at(i);
        if (incident.createdAt < from || incident.createdAt >= to)
            continue;
        if (incident.resolvedAt != NoTime && incident.resolvedAt < incident.createdAt)
            continue; // resolved before it began: no time to restore to speak of
        Accum *acc = target(incident.createdAt);
        if (!acc)
            continue;
        ++acc->episodes;
        ++acc->incidents;
        acc->incidentIndices.push_back(i);
        if (incident.resolvedAt != NoTime && incident.resolvedAt <= in.now) {
            acc->restoreValues.push_back(incident.resolvedAt - incident.createdAt);
        } else {
            ++acc->open;
            acc->longestOpen = std::max(acc->longestOpen, in.now - incident.createdAt);
        }
    }
}

qint64 medianOf(std::vector<qint64> &values)
{
    if (values.empty())
        return -1;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(mid), values.end());
    const qint64 upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const qint64 lower = *std::max_element(values.begin(), values.begin() + qsizetype(mid));
    return lower + (upper - lower) / 2;
}

double medianOf(std::vector<int> counts)
{
    if (counts.empty())
        return 0;
    std::sort(counts.begin(), counts.end());
    const std::size_t mid = counts.size() / 2;
    return counts.size() % 2 == 1 ? counts[mid] : (counts[mid - 1] + counts[mid]) / 2.0;
}

qint64 dayOf(EpochMs t)
{
    return t >= 0 ? t / DoraDayMs : -((-t + DoraDayMs - 1) / DoraDayMs);
}

int distinctDays(const std::vector<EpochMs> &times)
{
    std::vector<qint64> days;
    days.reserve(times.size());
    for (EpochMs t : times)
        days.push_back(dayOf(t));
    std::sort(days.begin(), days.end());
    return int(std::unique(days.begin(), days.end()) - days.begin());
}

// Days with a deployment in each whole period counted back from `to`.
std::vector<int> daysPerPeriod(const std::vector<EpochMs> &times, EpochMs to, qint64 periodMs,
                               int periods)
{
    std::vector<std::pair<qint64, qint64>> pairs; // period, day
    pairs.reserve(times.size());
    for (EpochMs t : times) {
        const qint64 k = (to - 1 - t) / periodMs;
        if (k < periods)
            pairs.emplace_back(k, dayOf(t));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<int> counts(std::size_t(periods), 0);
    for (const auto &pair : pairs)
        ++counts[std::size_t(pair.first)];
    return counts;
}

DurationBucket durationBucket(qint64 ms)
{
    if (ms < 0)
        return DurationBucket::NotEnoughData;
    if (ms < DoraDayMs)
        return DurationBucket::UnderOneDay;
    if (ms < DoraWeekMs)
        return DurationBucket::UnderOneWeek;
    if (ms < DoraMonthMs)
        return DurationBucket::UnderOneMonth;
    if (ms < DoraSixMonthsMs)
        return DurationBucket::UnderSixMonths;
    return DurationBucket::SixMonthsOrMore;
}

DoraLevel leadTimeLevel(qint64 ms)
{
    if (ms < 0)
        return DoraLevel::NotEnoughData;
    if (ms < DoraDayMs)
        return DoraLevel::Elite;
    if (ms < DoraWeekMs)
        return DoraLevel::High;
    if (ms < DoraMonthMs)
        return DoraLevel::Medium;
    return DoraLevel::Low;
}

DoraLevel restoreLevel(qint64 ms)
{
    if (ms < 0)
        return DoraLevel::NotEnoughData;
    if (ms < DoraHourMs)
        return DoraLevel::Elite;
    if (ms < DoraDayMs)
        return DoraLevel::High;
    if (ms < DoraWeekMs)
        return DoraLevel::Medium;
    return DoraLevel::Low;
}

DoraMetrics finish(Accum &acc, const DoraInput &in, const QString &service)
{
    DoraMetrics m;
    m.service = service;

    DeploymentFrequency &f = m.frequency;
    f.deployments = int(acc.successTimes.size());
    f.deploymentDays = distinctDays(acc.successTimes);
    const qint64 length = std::max<qint64>(0, in.to - in.from);
    f.weeks = int(std::max<qint64>(1, length / DoraWeekMs));
    f.months = int(std::max<qint64>(1, length / DoraMonthMs));
    if (acc.counted > 0) {
        f.medianDaysPerWeek = medianOf(daysPerPeriod(acc.successTimes, in.to, DoraWeekMs, f.weeks));
        f.medianDaysPerMonth
            = medianOf(daysPerPeriod(acc.successTimes, in.to, DoraMonthMs, f.months));
        if (f.medianDaysPerWeek >= 3) {
            f.bucket = FrequencyBucket::Daily;
            f.level = DoraLevel::Elite;
        } else if (f.medianDaysPerWeek >= 1) {
            f.bucket = FrequencyBucket::Weekly;
            f.level = DoraLevel::High;
        } else if (f.medianDaysPerMonth >= 1) {
            f.bucket = FrequencyBucket::Monthly;
            f.level = DoraLevel::Medium;
        } else {
            f.bucket = FrequencyBucket::Yearly;
            f.level = DoraLevel::Low;
        }
    }

    LeadTime &l = m.leadTime;
    l.changes = int(acc.leadValues.size());
    l.droppedNonPositive = acc.dropped;
    l.deploymentsLinked = acc.linked;
    l.deploymentsWithUnknownCommit = acc.unknownCommit;
    l.medianMs = medianOf(acc.leadValues);
    l.bucket = durationBucket(l.medianMs);
    l.level = leadTimeLevel(l.medianMs);

    ChangeFailureRate &c = m.changeFailure;
    c.deployments = acc.counted;
    c.failed = acc.failed;
    if (c.deployments > 0) {
        c.rate = double(c.failed) / c.deployments;
        // Compared in whole hundredths of a percent, so 15 % on the edge is not lost to rounding.
        const qint64 basisPoints = qint64(c.failed) * 10000 / c.deployments;
        const bool exact = qint64(c.failed) * 10000 % c.deployments == 0;
        if (basisPoints < 1500 || (basisPoints == 1500 && exact)) {
            c.bucket = FailureRateBucket::UpTo15Percent;
            c.level = DoraLevel::Elite;
        } else if (basisPoints < 4600) {
            c.bucket = FailureRateBucket::Under46Percent;
            c.level = DoraLevel::Medium;
        } else {
            c.bucket = FailureRateBucket::From46Percent;
            c.level = DoraLevel::Low;
        }
    }

    TimeToRestore &r = m.restore;
    r.episodes = acc.episodes;
    r.restored = int(acc.restoreValues.size());
    r.open = acc.open;
    r.incidents = acc.incidents;
    r.longestOpenMs = acc.longestOpen;
    r.medianMs = medianOf(acc.restoreValues);
    r.bucket = durationBucket(r.medianMs);
    r.level = restoreLevel(r.medianMs);
    return m;
}

} // namespace

EpochMs trendStepStart(EpochMs t, TrendStep step)
{
    const qint64 day = dayOf(t);
    switch (step) {
    case TrendStep::Day:
        return day * DoraDayMs;
    case TrendStep::Week: {
        // 1970-01-05, day 4, was a Monday.
        const qint64 sinceMonday = ((day - 4) % 7 + 7) % 7;
        return (day - sinceMonday) * DoraDayMs;
    }
    case TrendStep::Month: {
        const QDate epoch(1970, 1, 1);
        const QDate date = epoch.addDays(day);
        return epoch.daysTo(QDate(date.year(), date.month(), 1)) * DoraDayMs;
    }
    }
    return day * DoraDayMs;
}

EpochMs trendStepEnd(EpochMs start, TrendStep step)
{
    if (step == TrendStep::Day)
        return start + DoraDayMs;
    if (step == TrendStep::Week)
        return start + DoraWeekMs;
    const QDate epoch(1970, 1, 1);
    return epoch.daysTo(epoch.addDays(start / DoraDayMs).addMonths(1)) * DoraDayMs;
}

namespace {

DoraReport reportOf(const Prepared &p, const DoraInput &input)
{
    DoraReport report;
    report.ignoredDeployments = p.ignoredInWindow;
    Accum overall;
    report.services.reserve(qsizetype(p.services.size()));
    for (const ServiceData &svc : p.services) {
        Accum acc;
        const auto all = [&](EpochMs) {
            return &acc;
        };
        collect(svc, input, input.from, input.to, all);
        overall.merge(acc);
        // After the merge: an incident of two services is one episode overall.
        collectIncidents(svc.incidents, input, input.from, input.to, all);
        report.services.append(finish(acc, input, svc.name));
    }
    collectIncidents(p.incidents, input, input.from, input.to, [&](EpochMs) { return &overall; });
    report.overall = finish(overall, input, {});
    return report;
}

QList<DoraTrendPoint> trendOf(const Prepared &p, const DoraInput &input, TrendStep step)
{
    QList<DoraTrendPoint> points;
    if (input.to <= input.from)
        return points;
    std::vector<EpochMs> starts;
    for (EpochMs s = trendStepStart(input.from, step); s < input.to; s = trendStepEnd(s, step))
        starts.push_back(s);
    std::vector<Accum> accums(starts.size());
    const auto target = [&](EpochMs at) {
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), at);
        return &accums[std::size_t(it - starts.cbegin() - 1)];
    };
    for (const ServiceData &svc : p.services)
        collect(svc, input, input.from, input.to, target);
    collectIncidents(p.incidents, input, input.from, input.to, target);

    points.reserve(qsizetype(starts.size()));
    for (std::size_t i = 0; i < starts.size(); ++i) {
        Accum &acc = accums[i];
        DoraTrendPoint point;
        point.start = starts[i];
        point.end = trendStepEnd(starts[i], step);
        point.successful = int(acc.successTimes.size());
        point.deploymentDays = distinctDays(acc.successTimes);
        point.failed = acc.failed;
        point.failureRate = acc.counted > 0 ? double(acc.failed) / acc.counted : -1;
        point.leadTimeMedianMs = medianOf(acc.leadValues);
        point.restoreMedianMs = medianOf(acc.restoreValues);
        std::sort(acc.indices.begin(), acc.indices.end(), [&](qsizetype a, qsizetype b) {
            const Deployment &da = input.deployments.at(a);
            const Deployment &db = input.deployments.at(b);
            if (da.deployedAt != db.deployedAt)
                return da.deployedAt < db.deployedAt;
            return da.externalId != db.externalId ? da.externalId < db.externalId : a < b;
        });
        point.deployments = QList<qsizetype>(acc.indices.cbegin(), acc.indices.cend());
        std::sort(acc.incidentIndices.begin(), acc.incidentIndices.end(),
                  [&](qsizetype a, qsizetype b) {
                      const Incident &ia = input.incidents.at(a);
                      const Incident &ib = input.incidents.at(b);
                      return ia.createdAt != ib.createdAt ? ia.createdAt < ib.createdAt : a < b;
                  });
        point.incidents
            = QList<qsizetype>(acc.incidentIndices.cbegin(), acc.incidentIndices.cend());
        points.append(point);
    }
    return points;
}

} // namespace

DoraReport computeDora(const DoraInput &input)
{
    return reportOf(prepare(input, {}), input);
}

QList<DoraTrendPoint> doraTrend(const DoraInput &input, TrendStep step, const QString &service)
{
    if (input.to <= input.from)
        return {};
    return trendOf(prepare(input, service), input, step);
}

DoraWithTrend computeDoraWithTrend(const DoraInput &input, TrendStep step)
{
    const Prepared p = prepare(input, {});
    return {reportOf(p, input),
            input.to <= input.from ? QList<DoraTrendPoint>() : trendOf(p, input, step)};
}

QString displayName(DoraLevel level)
{
    switch (level) {
    case DoraLevel::NotEnoughData:
        return ModelsTr::tr("not enough data");
    case DoraLevel::Elite:
        return ModelsTr::tr("elite");
    case DoraLevel::High:
        return ModelsTr::tr("high");
    case DoraLevel::Medium:
        return ModelsTr::tr("medium");
    case DoraLevel::Low:
        return ModelsTr::tr("low");
    }
    return {};
}

QString displayName(FrequencyBucket bucket)
{
    switch (bucket) {
    case FrequencyBucket::NotEnoughData:
        return ModelsTr::tr("not enough data");
    case FrequencyBucket::Daily:
        return ModelsTr::tr("daily");
    case FrequencyBucket::Weekly:
        return ModelsTr::tr("weekly");
    case FrequencyBucket::Monthly:
        return ModelsTr::tr("monthly");
    case FrequencyBucket::Yearly:
        return ModelsTr::tr("yearly");
    }
    return {};
}

QString displayName(DurationBucket bucket)
{
    switch (bucket) {
    case DurationBucket::NotEnoughData:
        return ModelsTr::tr("not enough data");
    case DurationBucket::UnderOneDay:
        return ModelsTr::tr("under a day");
    case DurationBucket::UnderOneWeek:
        return ModelsTr::tr("under a week");
    case DurationBucket::UnderOneMonth:
        return ModelsTr::tr("under a month");
    case DurationBucket::UnderSixMonths:
        return ModelsTr::tr("under six months");
    case DurationBucket::SixMonthsOrMore:
        return ModelsTr::tr("six months or more");
    }
    return {};
}

QString displayName(FailureRateBucket bucket)
{
    switch (bucket) {
    case FailureRateBucket::NotEnoughData:
        return ModelsTr::tr("not enough data");
    case FailureRateBucket::UpTo15Percent:
        return ModelsTr::tr("15 % or less");
    case FailureRateBucket::Under46Percent:
        return ModelsTr::tr("16 to 45 %");
    case FailureRateBucket::From46Percent:
        return ModelsTr::tr("46 % or more");
    }
    return {};
}

QString describeDora(const DoraMetrics &m)
{
    const QString who = m.service.isEmpty() ? ModelsTr::tr("All services") : m.service;
    const QString frequency = m.frequency.level == DoraLevel::NotEnoughData
        ? ModelsTr::tr("no deployments in the window")
        : ModelsTr::tr("deploys %1 (%2)")
              .arg(displayName(m.frequency.bucket), displayName(m.frequency.level));
    const QString lead = m.leadTime.level == DoraLevel::NotEnoughData
        ? ModelsTr::tr("lead time not known")
        : ModelsTr::tr("lead time %1 (%2)")
              .arg(formatDuration(m.leadTime.medianMs), displayName(m.leadTime.level));
    const QString failures = m.changeFailure.level == DoraLevel::NotEnoughData
        ? ModelsTr::tr("change failure rate not known")
        : ModelsTr::tr("%1 % of changes failed (%2)")
              .arg(QString::number(qRound(m.changeFailure.rate * 100)),
                   displayName(m.changeFailure.level));
    const QString restore = m.restore.level == DoraLevel::NotEnoughData
        ? ModelsTr::tr("no restore measured")
        : ModelsTr::tr("restored in %1 (%2)")
              .arg(formatDuration(m.restore.medianMs), displayName(m.restore.level));
    return ModelsTr::tr("%1: %2, %3, %4, %5.").arg(who, frequency, lead, failures, restore);
}

} // namespace Signalbox
