#include "checklist.h"

#include "buildtimes.h"
#include "deliveryhistory.h"
#include "domain/timeformat.h"
#include "domain/tr.h"
#include "domain/wordtable.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

constexpr qsizetype ShortSha = 7;

struct Window
{
    EpochMs from = NoTime;
    EpochMs to = NoTime;

    bool contains(EpochMs t) const { return t != NoTime && t >= from && (to == NoTime || t < to); }
};

EpochMs runTime(const PipelineRun &run)
{
    return run.startedAt != NoTime ? run.startedAt : run.finishedAt;
}

bool happened(DeploymentStatus status)
{
    return status != DeploymentStatus::Unknown && status != DeploymentStatus::Pending;
}

bool failedOrRolledBack(DeploymentStatus status)
{
    return status == DeploymentStatus::Failed || status == DeploymentStatus::RolledBack;
}

// The cache hands out one string per service name, environment and the like: comparing the
// pointers first spares reading a million strings' characters.
bool sameText(const QString &a, const QString &b)
{
    return a.isSharedWith(b) || a == b;
}

QString runKey(const QString &source, const QString &externalId)
{
    return source + u'\x1f' + externalId;
}

// Newest first, then by service, then url: the order every question's evidence uses unless its
// rule says otherwise.
void sortNewestFirst(QList<ChecklistEvidence> &evidence)
{
    std::stable_sort(evidence.begin(), evidence.end(),
                     [](const ChecklistEvidence &a, const ChecklistEvidence &b) {
                         if (a.at != b.at)
                             return a.at > b.at;
                         return std::tie(a.service, a.url) < std::tie(b.service, b.url);
                     });
}

void capEvidence(QList<ChecklistEvidence> &evidence)
{
    if (evidence.size() > ChecklistEvidenceLimit)
        evidence.resize(ChecklistEvidenceLimit);
}

// Most counted first, then by name.
QStringList byCount(const QHash<QString, int> &counts)
{
    QList<std::pair<int, QString>> sorted;
    sorted.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({-it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    names.reserve(sorted.size());
    for (const auto &[count, name] : sorted)
        names.append(name);
    return names;
}

// What the questions read of a run. A million runs take hundreds of megabytes, and each walk
// over them costs about as much as reading them from memory: the facts are gathered in one walk,
// a tenth of the size, and the questions read those.
struct RunFacts
{
    EpochMs at = NoTime; // runTime
    EpochMs end = NoTime; // the finish, or the start when the finish is not known
    qint64 durationMs = -1;
    qsizetype index = 0; // in ChecklistInput::runs
    RunStatus status = RunStatus::Unknown;
};

struct RunIndex
{
    QHash<QString, std::vector<RunFacts>> byService; // each in input order
    std::vector<qsizetype> failedInWindow; // in input order
    qsizetype inWindow = 0;

    const std::vector<RunFacts> &of(const QString &service) const
    {
        static const std::vector<RunFacts> none;
        const auto it = byService.constFind(service);
        return it == byService.cend() ? none : *it;
    }
};

RunIndex indexRuns(const QList<PipelineRun> &runs, const Window &window)
{
    RunIndex index;
    std::vector<RunFacts> *current = nullptr;
    const QString *currentName = nullptr;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const PipelineRun &run = runs.at(i);
        // Sources write a service's runs together: most lookups are the previous one's.
        if (!current || !sameText(run.service, *currentName)) {
            current = &index.byService[run.service];
            currentName = &run.service;
        }
        const EpochMs at = runTime(run);
        current->push_back({at, run.finishedAt != NoTime ? run.finishedAt : run.startedAt,
                            run.durationMs, i, run.status});
        if (window.contains(at)) {
            ++index.inWindow;
            if (run.status == RunStatus::Failed)
                index.failedInWindow.push_back(i);
        }
    }
    return index;
}

EpochMs landedAt(const ServiceCommit &commit)
{
    return commit.committerTime != NoTime ? commit.committerTime : commit.authorTime;
}

EpochMs writtenAt(const ServiceCommit &commit)
{
    return commit.authorTime != NoTime ? commit.authorTime : commit.committerTime;
}

// What questions 5 and 6 read of the commits, gathered in one walk for the same reason as the
// runs' facts: a million commits take another hundred megabytes.
struct CommitIndex
{
    // The first commit of each service (earliest time, then sha; the first of equals in input
    // order, as timeToFirstGreen takes it).
    QHash<QString, const ServiceCommit *> firstOf;
    QList<const ServiceCommit *> changesInWindow; // pipeline changes landing in it, input order
};

CommitIndex indexCommits(const QList<ServiceCommit> &commits, const Window &window)
{
    CommitIndex index;
    const QString *lastService = nullptr;
    const ServiceCommit **first = nullptr;
    for (const ServiceCommit &commit : commits) {
        if (commit.pipelineChange && window.contains(landedAt(commit)))
            index.changesInWindow.append(&commit);
        const EpochMs at = writtenAt(commit);
        if (at == NoTime)
            continue;
        // A service's commits come together: most lookups are the previous one's.
        if (!lastService || !sameText(commit.service, *lastService)) {
            lastService = &commit.service;
            first = &index.firstOf[commit.service];
        }
        if (!*first)
            *first = &commit;
        else if (const EpochMs firstAt = writtenAt(**first);
                 std::tie(at, commit.sha) < std::tie(firstAt, (*first)->sha))
            *first = &commit;
    }
    return index;
}

// Catalog names found in free text (a job's name or stage), as whole words.
class ServiceNameMatcher
{
public:
    explicit ServiceNameMatcher(const QList<Service> &services)
    {
        for (const Service &service : services) {
            const QStringList words = wordsOf(service.name);
            if (words.isEmpty())
                continue;
            m_byWords.insert(words.join(u'-'), service.name);
            m_longest = std::max(m_longest, int(words.size()));
        }
    }

    // Longest names first at each position, so "orders-events tests" names orders-events only.
    // Job names repeat across thousands of runs: each distinct text is read once.
    QStringList namedIn(const QString &text) const
    {
        const auto cached = m_namedIn.constFind(text);
        if (cached != m_namedIn.cend())
            return *cached;
        const QStringList found = findIn(text);
        m_namedIn.insert(text, found);
        return found;
    }

private:
    QStringList findIn(const QString &text) const
    {
        QStringList found;
        const QStringList words = wordsOf(text);
        for (qsizetype i = 0; i < words.size();) {
            qsizetype matched = 0;
            for (qsizetype n = std::min<qsizetype>(m_longest, words.size() - i); n > 0; --n) {
                const auto it = m_byWords.constFind(words.mid(i, n).join(u'-'));
                if (it != m_byWords.cend()) {
                    if (!found.contains(*it))
                        found.append(*it);
                    matched = n;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        return found;
    }

    static QStringList wordsOf(const QString &text)
    {
        QStringList words;
        QString word;
        for (const QChar c : text) {
            if (c.isLetterOrNumber()) {
                word.append(c.toLower());
            } else if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            words.append(word);
        return words;
    }

    QHash<QString, QString> m_byWords; // words joined by '-' -> the catalog name
    int m_longest = 0;
    mutable QHash<QString, QStringList> m_namedIn; // text -> the names found in it
};

QString jobLabel(const PipelineJob &job)
{
    if (job.stage.isEmpty() || job.stage == job.name)
        return job.name;
    return u"%1: %2"_s.arg(job.stage, job.name);
}

// ---- 1. a failing test in A blocks B ----

ChecklistItem crossServiceTests(const ChecklistInput &in, const Window &window,
                                const RunIndex &runIndex)
{
    ChecklistItem item;
    item.question = ChecklistQuestion::CrossServiceTestsBlock;

    struct FailedRun
    {
        const PipelineRun *run = nullptr;
        bool hasJobs = false;
        QList<const PipelineJob *> failedJobs;
    };
    std::vector<FailedRun> failed;
    // By run id alone, the source compared on a match: keys share the runs' strings, so a million
    // runs and their jobs cost no allocations.
    QMultiHash<QString, qsizetype> failedById;
    const qsizetype runsInWindow = runIndex.inWindow;
    failed.reserve(runIndex.failedInWindow.size());
    for (const qsizetype i : runIndex.failedInWindow) {
        const PipelineRun &run = in.runs.at(i);
        failedById.insert(run.externalId, qsizetype(failed.size()));
        failed.push_back({&run, false, {}});
    }
    if (runsInWindow == 0) {
        item.summary = ModelsTr::tr("No pipeline runs in the window.");
        return item;
    }
    if (!failed.empty()) {
        // A run's jobs come together: the previous job's lookup serves the next ones, which
        // spares hashing most of the run ids.
        const QString *lastRunId = nullptr;
        auto found = failedById.cend();
        for (const PipelineJob &job : in.jobs) {
            if (!lastRunId || !sameText(job.runExternalId, *lastRunId)) {
                found = failedById.constFind(job.runExternalId);
                lastRunId = &job.runExternalId;
            }
            for (auto it = found; it != failedById.cend() && it.key() == job.runExternalId; ++it) {
                FailedRun &f = failed[std::size_t(*it)];
                if (f.run->source != job.source)
                    continue;
                f.hasJobs = true;
                if (job.status == RunStatus::Failed)
                    f.failedJobs.append(&job);
            }
        }
    }

    QHash<QString, int> blockedCount;
    QList<ChecklistEvidence> evidence;
    int crossRuns = 0;
    int inspected = 0;
    const ServiceNameMatcher matcher(in.services);
    for (const FailedRun &f : failed) {
        if (f.hasJobs)
            ++inspected;
        const PipelineJob *naming = nullptr;
        QStringList others;
        for (const PipelineJob *job : f.failedJobs) {
            for (const QString &name : matcher.namedIn(job->name) + matcher.namedIn(job->stage)) {
                if (name == f.run->service || others.contains(name))
                    continue;
                others.append(name);
                if (!naming)
                    naming = job;
            }
        }
        if (!naming)
            continue;
        ++crossRuns;
        ++blockedCount[f.run->service];
        evidence.append({f.run->service,
                         ModelsTr::tr("A run of %1 failed in \"%2\", which names %3.")
                             .arg(f.run->service, jobLabel(*naming), others.join(u", "_s)),
                         runTime(*f.run), naming->url.isEmpty() ? f.run->url : naming->url});
    }

    // Shared pipelines: only the commits with failures for two or more services can qualify, so
    // the pass over every run compares commit ids against those few.
    struct Shared
    {
        QSet<QString> services;
        QSet<QString> failedServices;
        const PipelineRun *firstFailed = nullptr;
    };
    // Most commits fail for one service only: finding the others by the commit alone, keyed by
    // the runs' own strings, spares building a composite key for every failed run.
    struct FailedOnCommit
    {
        const QString *service = nullptr;
        bool several = false;
    };
    QHash<QString, FailedOnCommit> failedOnCommit;
    for (const FailedRun &f : failed) {
        if (f.run->commitSha.isEmpty() || f.run->pipeline.isEmpty())
            continue;
        FailedOnCommit &c = failedOnCommit[f.run->commitSha];
        if (!c.service)
            c.service = &f.run->service;
        else if (*c.service != f.run->service)
            c.several = true;
    }
    QHash<QString, Shared> shared; // source, pipeline and commit
    for (const FailedRun &f : failed) {
        const PipelineRun &run = *f.run;
        if (run.commitSha.isEmpty() || run.pipeline.isEmpty()
            || !failedOnCommit.value(run.commitSha).several)
            continue;
        Shared &s = shared[runKey(runKey(run.source, run.pipeline), run.commitSha)];
        s.failedServices.insert(run.service);
        if (!s.firstFailed
            || std::make_tuple(runTime(run), run.externalId)
                < std::make_tuple(runTime(*s.firstFailed), s.firstFailed->externalId)) {
            s.firstFailed = &run;
        }
    }
    erase_if(shared, [](const auto &it) { return it.value().failedServices.size() < 2; });
    if (!shared.isEmpty()) {
        QSet<QString> commits;
        for (const Shared &s : std::as_const(shared))
            commits.insert(s.firstFailed->commitSha);
        for (const PipelineRun &run : in.runs) {
            if (!commits.contains(run.commitSha) || !window.contains(runTime(run)))
                continue;
            const auto it = shared.find(runKey(runKey(run.source, run.pipeline), run.commitSha));
            if (it != shared.end())
                it->services.insert(run.service);
        }
    }
    int sharedFailures = 0;
    for (const Shared &s : std::as_const(shared)) {
        if (s.services.size() < 3)
            continue;
        ++sharedFailures;
        QStringList failedServices = s.failedServices.values();
        failedServices.sort();
        for (const QString &service : std::as_const(failedServices))
            ++blockedCount[service];
        evidence.append({{},
                         ModelsTr::tr("Pipeline \"%1\" on commit %2 ran for %3 services and failed "
                                      "for %4 of them: %5.")
                             .arg(s.firstFailed->pipeline, s.firstFailed->commitSha.left(ShortSha))
                             .arg(s.services.size())
                             .arg(failedServices.size())
                             .arg(failedServices.join(u", "_s)),
                         runTime(*s.firstFailed),
                         s.firstFailed->url});
    }

    const int failedRuns = int(failed.size());
    const int withoutJobs = failedRuns - inspected;
    if (crossRuns > 0 || sharedFailures > 0) {
        item.computed = ChecklistAnswer::Yes;
        item.summary = ModelsTr::tr("%1; %2.").arg(
            ModelsTr::tr("%n failed run(s) stopped in a job or stage naming "
                         "another service",
                         nullptr, crossRuns),
            ModelsTr::tr("%n shared pipeline(s) failed for several services "
                         "at once",
                         nullptr, sharedFailures));
    } else if (in.jobs.isEmpty()) {
        item.summary = ModelsTr::tr("The sources recorded no jobs, so a failure cannot be traced "
                                    "to another service's tests.");
        return item;
    } else if (failedRuns == 0) {
        item.computed = ChecklistAnswer::No;
        item.summary = ModelsTr::tr("No run failed in the window (%n run(s)), so nothing was "
                                    "blocked.",
                                    nullptr, int(runsInWindow));
        return item;
    } else if (inspected == 0) {
        item.summary = ModelsTr::tr("None of the %n failed run(s) in the window has its jobs "
                                    "recorded.",
                                    nullptr, failedRuns);
        return item;
    } else {
        item.computed = ChecklistAnswer::No;
        item.summary = ModelsTr::tr("None of the %n failed run(s) in the window stopped in a job "
                                    "naming another service, and no shared pipeline failed for "
                                    "several services.",
                                    nullptr, failedRuns);
    }
    if (withoutJobs > 0) {
        item.summary
            += u' ' + ModelsTr::tr("%n failed run(s) had no jobs recorded.", nullptr, withoutJobs);
    }
    sortNewestFirst(evidence);
    capEvidence(evidence);
    item.evidence = evidence;
    item.services = byCount(blockedCount);
    return item;
}

// ---- 2. slow builds ----

ChecklistItem slowBuilds(const ChecklistInput &in, const Window &window, const RunIndex &runIndex)
{
    ChecklistItem item;
    item.question = ChecklistQuestion::SlowBuilds;

    struct Slow
    {
        QString service;
        DurationDistribution run;
    };
    QList<Slow> slow;
    int measured = 0;
    for (auto it = runIndex.byService.cbegin(); it != runIndex.byService.cend(); ++it) {
        QList<qint64> durations;
        for (const RunFacts &run : it.value()) {
            if ((run.status == RunStatus::Succeeded || run.status == RunStatus::Failed)
                && run.durationMs >= 0 && window.contains(run.at)) {
                durations.append(run.durationMs);
            }
        }
        if (durations.isEmpty())
            continue;
        ++measured;
        const DurationDistribution d = distributionOf(std::move(durations));
        if (d.p50Ms > in.slowBuildMs)
            slow.append({it.key(), d});
    }
    if (measured == 0) {
        item.summary = ModelsTr::tr("No finished run with a duration in the window.");
        return item;
    }
    std::sort(slow.begin(), slow.end(), [](const Slow &a, const Slow &b) {
        return std::make_tuple(-a.run.p50Ms, a.service) < std::make_tuple(-b.run.p50Ms, b.service);
    });
    item.computed = slow.size() * 2 > measured ? ChecklistAnswer::Yes : ChecklistAnswer::No;
    item.summary = ModelsTr::tr("%1 of %n service(s) with finished runs have a median build over "
                                "%2.",
                                nullptr, measured)
                       .arg(slow.size())
                       .arg(formatDuration(in.slowBuildMs));
    for (const Slow &s : std::as_const(slow)) {
        item.services.append(s.service);
        if (item.evidence.size() < ChecklistEvidenceLimit) {
            item.evidence.append(
                {s.service,
                 ModelsTr::tr("%1: median build %2, p90 %3, over %n run(s).", nullptr, s.run.count)
                     .arg(s.service, formatDuration(s.run.p50Ms), formatDuration(s.run.p90Ms)),
                 NoTime,
                 {}});
        }
    }
    return item;
}

// ---- 3. manual coordination ----

bool deployedBefore(const Deployment *a, const Deployment *b)
{
    return std::tie(a->deployedAt, a->externalId, a->service)
        < std::tie(b->deployedAt, b->externalId, b->service);
}

// Whether a sorted list of times holds one in [lo, hi].
bool anyIn(const std::vector<EpochMs> &sorted, EpochMs lo, EpochMs hi)
{
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), lo);
    return it != sorted.cend() && *it <= hi;
}

ChecklistItem manualCoordination(const ChecklistInput &in, const Window &window,
                                 const QHash<QString, QList<const Deployment *>> &production)
{
    ChecklistItem item;
    item.question = ChecklistQuestion::ManualCoordination;

    QHash<std::pair<QString, QString>, std::vector<EpochMs>> verified;
    for (const ContractVerification &v : in.verifications) {
        if (v.result == VerificationResult::Success && v.verifiedAt != NoTime)
            verified[{v.consumer, v.provider}].push_back(v.verifiedAt);
    }
    for (auto &times : verified)
        std::sort(times.begin(), times.end());

    QSet<std::pair<QString, QString>> analysedVersions;
    QHash<QString, std::vector<EpochMs>> analysedAt; // every analysed rollout
    QHash<QString, std::vector<EpochMs>> analysedWithoutVersionAt;
    for (const Rollout &r : in.rollouts) {
        if (r.analysis.isEmpty())
            continue;
        if (!r.version.isEmpty())
            analysedVersions.insert({r.service, r.version});
        if (r.updatedAt == NoTime)
            continue;
        analysedAt[r.service].push_back(r.updatedAt);
        if (r.version.isEmpty())
            analysedWithoutVersionAt[r.service].push_back(r.updatedAt);
    }
    for (auto &times : analysedAt)
        std::sort(times.begin(), times.end());
    for (auto &times : analysedWithoutVersionAt)
        std::sort(times.begin(), times.end());
    const std::vector<EpochMs> none;
    const auto timesOf = [&](const QHash<QString, std::vector<EpochMs>> &hash,
                             const QString &service) -> const std::vector<EpochMs> & {
        const auto it = hash.constFind(service);
        return it == hash.cend() ? none : *it;
    };
    const auto rolloutCovers = [&](const Deployment &x) {
        const EpochMs lo = x.deployedAt - OneDayMs;
        const EpochMs hi = x.deployedAt + OneDayMs;
        if (x.version.isEmpty())
            return anyIn(timesOf(analysedAt, x.service), lo, hi);
        return analysedVersions.contains({x.service, x.version})
            || anyIn(timesOf(analysedWithoutVersionAt, x.service), lo, hi);
    };

    QSet<std::pair<QString, QString>> pairs;
    int coDeployments = 0;
    QHash<QString, int> uncheckedCount;
    QList<ChecklistEvidence> evidence;
    for (const Dependency &dep : in.dependencies) {
        if (dep.consumer.isEmpty() || dep.provider.isEmpty() || dep.consumer == dep.provider)
            continue;
        const std::pair<QString, QString> pair {dep.consumer, dep.provider};
        if (pairs.contains(pair))
            continue;
        pairs.insert(pair);
        const auto consumerIt = production.constFind(dep.consumer);
        const auto providerIt = production.constFind(dep.provider);
        if (consumerIt == production.cend() || providerIt == production.cend())
            continue;
        const auto verifiedIt = verified.constFind(pair);
        const std::vector<EpochMs> &verifiedTimes
            = verifiedIt == verified.cend() ? none : *verifiedIt;
        for (const auto &[sideX, sideY] :
             {std::pair {&*consumerIt, &*providerIt}, std::pair {&*providerIt, &*consumerIt}}) {
            for (const Deployment *x : *sideX) {
                if (!window.contains(x->deployedAt))
                    continue;
                const auto after
                    = std::lower_bound(sideY->cbegin(), sideY->cend(), x, deployedBefore);
                if (after == sideY->cbegin())
                    continue;
                const Deployment *y = *(after - 1);
                if (x->deployedAt - y->deployedAt > OneDayMs)
                    continue;
                ++coDeployments;
                if (anyIn(verifiedTimes, y->deployedAt - OneDayMs, x->deployedAt)
                    || rolloutCovers(*x)) {
                    continue;
                }
                ++uncheckedCount[dep.consumer];
                ++uncheckedCount[dep.provider];
                evidence.append(
                    {x->service,
                     ModelsTr::tr("%1 and %2 went to production %3 apart with no contract "
                                  "verification of the pair and no rollout analysis.")
                         .arg(dep.consumer, dep.provider,
                              formatDuration(x->deployedAt - y->deployedAt)),
                     x->deployedAt, x->url});
            }
        }
    }
    if (coDeployments == 0) {
        item.summary = ModelsTr::tr("No two dependent services were deployed to production "
                                    "within a day of each other in the window.");
        return item;
    }
    const int unchecked = int(evidence.size());
    item.computed = unchecked * 2 > coDeployments ? ChecklistAnswer::Yes : ChecklistAnswer::No;
    item.summary = ModelsTr::tr("%1 of %n deployment(s) of dependent services within a day of "
                                "each other had no contract verification or rollout analysis.",
                                nullptr, coDeployments)
                       .arg(unchecked);
    sortNewestFirst(evidence);
    capEvidence(evidence);
    item.evidence = evidence;
    item.services = byCount(uncheckedCount);
    return item;
}

// ---- 4. shared integration environment ----

ChecklistItem sharedEnvironment(const ChecklistInput &in, const Window &window,
                                const QHash<QString, QList<const Deployment *>> &happenedOf)
{
    ChecklistItem item;
    item.question = ChecklistQuestion::SharedIntegrationEnvironment;

    struct Passage
    {
        QString environment;
        qint64 waitMs = 0;
    };
    int productionServices = 0;
    QHash<QString, QString> pathOf; // service -> its path environment
    QHash<QString, QHash<QString, int>> throughCount; // service -> environment -> deployments
    QHash<QString, std::vector<qint64>> waitsThrough; // environment -> times to production
    for (auto it = happenedOf.cbegin(); it != happenedOf.cend(); ++it) {
        const Deployment *lastElsewhere = nullptr;
        bool inProduction = false;
        QHash<QString, int> counts;
        for (const Deployment *d : it.value()) {
            if (d->environment != in.productionEnvironment) {
                lastElsewhere = d;
                continue;
            }
            if (!window.contains(d->deployedAt))
                continue;
            inProduction = true;
            if (!lastElsewhere)
                continue;
            ++counts[lastElsewhere->environment];
            waitsThrough[lastElsewhere->environment].push_back(d->deployedAt
                                                               - lastElsewhere->deployedAt);
        }
        if (inProduction)
            ++productionServices;
        if (counts.isEmpty())
            continue;
        QString path;
        int most = 0;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            if (c.value() > most || (c.value() == most && c.key() < path)) {
                path = c.key();
                most = c.value();
            }
        }
        pathOf.insert(it.key(), path);
        throughCount.insert(it.key(), counts);
    }
    if (pathOf.isEmpty()) {
        item.summary = ModelsTr::tr("No production deployment in the window followed a "
                                    "deployment to another environment.");
        return item;
    }

    QHash<QString, int> servicesOnPath;
    for (const QString &path : std::as_const(pathOf))
        ++servicesOnPath[path];
    const QString shared = byCount(servicesOnPath).first();
    const int through = servicesOnPath.value(shared);

    QHash<QString, int> deploymentsThrough; // service -> production deployments through it
    for (auto it = pathOf.cbegin(); it != pathOf.cend(); ++it) {
        if (it.value() == shared)
            deploymentsThrough.insert(it.key(), throughCount.value(it.key()).value(shared));
    }
    item.services = byCount(deploymentsThrough);

    QList<ChecklistEvidence> failures;
    for (const auto &list : happenedOf) {
        for (const Deployment *d : list) {
            if (d->environment != shared || !failedOrRolledBack(d->status)
                || !window.contains(d->deployedAt)) {
                continue;
            }
            failures.append(
                {d->service,
                 d->status == DeploymentStatus::RolledBack
                     ? ModelsTr::tr("A deployment of %1 to %2 was rolled back.")
                           .arg(d->service, shared)
                     : ModelsTr::tr("A deployment of %1 to %2 failed.").arg(d->service, shared),
                 d->deployedAt, d->url});
        }
    }
    sortNewestFirst(failures);

    const std::vector<qint64> &waits = waitsThrough[shared];
    const DurationDistribution wait = distributionOf(QList<qint64>(waits.cbegin(), waits.cend()));
    item.computed = through * 2 > productionServices ? ChecklistAnswer::Yes : ChecklistAnswer::No;
    item.summary = ModelsTr::tr("%1 of %n service(s) deploying to production went through %2 "
                                "before it.",
                                nullptr, productionServices)
                       .arg(through)
                       .arg(shared)
        + u' '
        + ModelsTr::tr("%n failed or rolled-back deployment(s) to %1 in the window.", nullptr,
                       int(failures.size()))
              .arg(shared)
        + u' '
        + ModelsTr::tr("Production followed a deployment there after a median of %1.")
              .arg(formatDuration(wait.p50Ms));

    for (const QString &service : std::as_const(item.services)) {
        item.evidence.append({service,
                              ModelsTr::tr("%1 went through %2 before %n production "
                                           "deployment(s) in the window.",
                                           nullptr, deploymentsThrough.value(service))
                                  .arg(service, shared),
                              NoTime,
                              {}});
    }
    item.evidence += failures;
    capEvidence(item.evidence);
    return item;
}

// ---- 5. pipeline change outage ----

ChecklistItem pipelineChangeOutage(const ChecklistInput &in, const RunIndex &runIndex,
                                   const CommitIndex &commitIndex)
{
    ChecklistItem item;
    item.question = ChecklistQuestion::PipelineChangeOutage;

    // Only what falls in a day after one of the changes: the outcomes the checklist shows read
    // nothing else (only firstRunAfter may differ, and it is not shown), and a year of runs would
    // otherwise be copied and sorted for a few hundred changes.
    QList<ServiceCommit> changes;
    QHash<QString, std::vector<EpochMs>> changedAt;
    for (const ServiceCommit *commit : commitIndex.changesInWindow) {
        changes.append(*commit);
        changedAt[commit->service].push_back(landedAt(*commit));
    }
    if (changes.isEmpty()) {
        item.summary = ModelsTr::tr("No pipeline definition changed in the window.");
        return item;
    }
    for (auto &times : changedAt)
        std::sort(times.begin(), times.end());
    const auto reached = [](const std::vector<EpochMs> &times, EpochMs t) {
        if (t == NoTime)
            return false;
        // A change at c reaches (c, c + 1 day]: some c in [t - 1 day, t).
        const auto c = std::lower_bound(times.cbegin(), times.cend(), t - OneDayMs);
        return c != times.cend() && *c < t;
    };
    // Deployments and rollouts of one service come together: the previous lookup is reused.
    const std::vector<EpochMs> noChanges;
    const QString *lastService = nullptr;
    const std::vector<EpochMs> *lastChanges = &noChanges;
    const auto afterAChange = [&](const QString &service, EpochMs t) {
        if (!lastService || !sameText(service, *lastService)) {
            const auto it = changedAt.constFind(service);
            lastService = &service;
            lastChanges = it == changedAt.cend() ? &noChanges : &*it;
        }
        return reached(*lastChanges, t);
    };
    QList<PipelineRun> runs;
    for (auto it = changedAt.cbegin(); it != changedAt.cend(); ++it) {
        for (const RunFacts &run : runIndex.of(it.key())) {
            if (reached(*it, run.at))
                runs.append(in.runs.at(run.index));
        }
    }
    QList<Deployment> deployments;
    for (const Deployment &d : in.deployments) {
        if (afterAChange(d.service, d.deployedAt))
            deployments.append(d);
    }
    QList<Rollout> rollouts;
    for (const Rollout &r : in.rollouts) {
        if (afterAChange(r.service, r.updatedAt))
            rollouts.append(r);
    }
    const QList<PipelineChangeOutcome> outcomes
        = pipelineChangeOutcomes(changes, runs, deployments, rollouts, OneDayMs);

    QList<ChecklistEvidence> outages, failedRunsOnly, rest;
    QStringList outageServices, failedRunServices;
    int ran = 0;
    for (const PipelineChangeOutcome &o : outcomes) {
        const bool outage = !o.failedDeployments.isEmpty() || !o.failedRollouts.isEmpty();
        if (o.runsInWindow > 0 || outage)
            ++ran;
        QString url;
        if (!o.failedDeployments.isEmpty())
            url = o.failedDeployments.first().url;
        else if (!o.failedRuns.isEmpty())
            url = o.failedRuns.first().run.url;
        const ChecklistEvidence e {o.change.service, describePipelineChangeOutcome(o), o.changedAt,
                                   url};
        if (outage) {
            outages.append(e);
            if (!outageServices.contains(o.change.service))
                outageServices.append(o.change.service);
        } else if (!o.failedRuns.isEmpty()) {
            failedRunsOnly.append(e);
            if (!failedRunServices.contains(o.change.service))
                failedRunServices.append(o.change.service);
        } else {
            rest.append(e);
        }
    }
    const int total = int(outcomes.size());
    if (ran == 0) {
        item.summary = ModelsTr::tr("Nothing ran within a day after any of the %n pipeline "
                                    "change(s) in the window, so their effect is not known.",
                                    nullptr, total);
        item.evidence = rest;
        capEvidence(item.evidence);
        return item;
    }
    if (!outages.isEmpty()) {
        item.computed = ChecklistAnswer::Yes;
        item.summary = ModelsTr::tr("%1 of %n pipeline change(s) in the window were followed "
                                    "within a day by a failed or rolled-back deployment or an "
                                    "aborted or degraded rollout.",
                                    nullptr, total)
                           .arg(outages.size());
    } else {
        item.computed = ChecklistAnswer::No;
        item.summary = ModelsTr::tr("None of the %n pipeline change(s) in the window was followed "
                                    "by a failed deployment or rollout within a day.",
                                    nullptr, total);
    }
    if (!failedRunsOnly.isEmpty()) {
        item.summary += u' '
            + ModelsTr::tr("%n other change(s) had failed runs after them but no failed "
                           "deployment, which is not an outage.",
                           nullptr, int(failedRunsOnly.size()));
    }
    item.evidence = outages + failedRunsOnly + rest;
    capEvidence(item.evidence);
    item.services = outageServices;
    for (const QString &service : std::as_const(failedRunServices)) {
        if (!item.services.contains(service))
            item.services.append(service);
    }
    return item;
}

// ---- 6. slow first pipeline ----

ChecklistItem slowFirstPipeline(const ChecklistInput &in, const Window &window, EpochMs now,
                                const RunIndex &runIndex, const CommitIndex &commitIndex)
{
    ChecklistItem item;
    item.question = ChecklistQuestion::SlowFirstPipeline;

    // The new services are those whose first commit is in the window. timeToFirstGreen reads only
    // each service's first commit and its first green run after it, so only those are handed over:
    // a new service may have a year of runs.
    QList<ServiceCommit> commits;
    QList<PipelineRun> runs;
    const QHash<QString, const ServiceCommit *> &firstOf = commitIndex.firstOf;
    for (auto it = firstOf.cbegin(); it != firstOf.cend(); ++it) {
        const EpochMs firstAt = writtenAt(**it);
        if (!window.contains(firstAt))
            continue;
        commits.append(**it);
        const PipelineRun *green = nullptr;
        EpochMs greenAt = NoTime;
        for (const RunFacts &facts : runIndex.of(it.key())) {
            const EpochMs at = facts.end;
            if (facts.status != RunStatus::Succeeded || at == NoTime || at < firstAt)
                continue;
            if (green && at > greenAt)
                continue;
            const PipelineRun &run = in.runs.at(facts.index);
            if (!green || at < greenAt || run.externalId < green->externalId) {
                green = &run;
                greenAt = at;
            }
        }
        if (green)
            runs.append(*green);
    }
    if (commits.isEmpty()) {
        item.summary = ModelsTr::tr("No service had its first commit in the window.");
        return item;
    }

    struct Entry
    {
        FirstGreenPipeline first;
        qint64 takenMs = 0; // to green, or to now when not green yet
        bool tooLong = false;
    };
    QList<Entry> decided;
    int undecided = 0;
    for (const FirstGreenPipeline &f : timeToFirstGreen(commits, runs)) {
        const qint64 taken = f.hasGreen() ? f.durationMs : now - f.firstCommitAt;
        if (!f.hasGreen() && taken <= in.firstPipelineLimitMs) {
            ++undecided;
            continue;
        }
        decided.append({f, taken, taken > in.firstPipelineLimitMs});
    }
    const QString limit = formatDuration(in.firstPipelineLimitMs);
    const QString waiting = ModelsTr::tr("%n new service(s) without a green run yet are still "
                                         "within %1.",
                                         nullptr, undecided)
                                .arg(limit);
    if (decided.isEmpty()) {
        item.summary = waiting;
        return item;
    }
    std::sort(decided.begin(), decided.end(), [](const Entry &a, const Entry &b) {
        return std::make_tuple(!a.tooLong, -a.takenMs, a.first.service)
            < std::make_tuple(!b.tooLong, -b.takenMs, b.first.service);
    });
    const auto tooLong
        = std::count_if(decided.cbegin(), decided.cend(), [](const Entry &e) { return e.tooLong; });
    item.computed = tooLong * 2 > decided.size() ? ChecklistAnswer::Yes : ChecklistAnswer::No;
    item.summary = ModelsTr::tr("%1 of %n new service(s) took more than %2 from the first commit "
                                "to a green pipeline.",
                                nullptr, int(decided.size()))
                       .arg(tooLong)
                       .arg(limit);
    if (undecided > 0)
        item.summary += u' ' + waiting;
    for (const Entry &e : std::as_const(decided)) {
        const QString sha = e.first.firstCommit.sha.left(ShortSha);
        if (e.tooLong)
            item.services.append(e.first.service);
        if (item.evidence.size() >= ChecklistEvidenceLimit)
            continue;
        item.evidence.append(
            {e.first.service,
             e.first.hasGreen()
                 ? ModelsTr::tr("%1: first green pipeline %2 after the first commit %3.")
                       .arg(e.first.service, formatDuration(e.takenMs), sha)
                 : ModelsTr::tr("%1: no green pipeline yet, %2 after the first commit %3.")
                       .arg(e.first.service, formatDuration(e.takenMs), sha),
             e.first.firstCommitAt, e.first.hasGreen() ? e.first.firstGreenRun->url : QString()});
    }
    return item;
}

constexpr WordTable<ChecklistAnswer, 3> AnswerWords {{
    {ChecklistAnswer::Yes, u"yes"},
    {ChecklistAnswer::No, u"no"},
    {ChecklistAnswer::NotEnoughData, u"not-enough-data"},
}};

constexpr WordTable<ChecklistQuestion, 6> QuestionWords {{
    {ChecklistQuestion::CrossServiceTestsBlock, u"cross-service-tests"},
    {ChecklistQuestion::SlowBuilds, u"slow-builds"},
    {ChecklistQuestion::ManualCoordination, u"manual-coordination"},
    {ChecklistQuestion::SharedIntegrationEnvironment, u"shared-environment"},
    {ChecklistQuestion::PipelineChangeOutage, u"pipeline-change-outage"},
    {ChecklistQuestion::SlowFirstPipeline, u"slow-first-pipeline"},
}};

} // namespace

int Checklist::yesCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem &i) {
        return i.answer() == ChecklistAnswer::Yes;
    }));
}

const ChecklistItem *Checklist::item(ChecklistQuestion question) const
{
    for (const ChecklistItem &i : items) {
        if (i.question == question)
            return &i;
    }
    return nullptr;
}

Checklist computeChecklist(const ChecklistInput &input)
{
    const Window window {input.from, input.to};
    const EpochMs now = input.now != NoTime ? input.now : input.to;

    // Deployments that happened, by service, in time order: production ones for question 3,
    // all of them for question 4.
    QHash<QString, QList<const Deployment *>> happenedOf;
    QHash<QString, QList<const Deployment *>> productionOf;
    for (const Deployment &d : input.deployments) {
        if (!happened(d.status) || d.deployedAt == NoTime)
            continue;
        happenedOf[d.service].append(&d);
        if (d.environment == input.productionEnvironment)
            productionOf[d.service].append(&d);
    }
    for (auto &list : happenedOf)
        std::sort(list.begin(), list.end(), deployedBefore);
    for (auto &list : productionOf)
        std::sort(list.begin(), list.end(), deployedBefore);
    const RunIndex runIndex = indexRuns(input.runs, window);
    const CommitIndex commitIndex = indexCommits(input.commits, window);

    Checklist checklist;
    checklist.from = input.from;
    checklist.to = input.to;
    checklist.items = {
        crossServiceTests(input, window, runIndex),
        slowBuilds(input, window, runIndex),
        manualCoordination(input, window, productionOf),
        sharedEnvironment(input, window, happenedOf),
        pipelineChangeOutage(input, runIndex, commitIndex),
        slowFirstPipeline(input, window, now, runIndex, commitIndex),
    };

    for (ChecklistItem &item : checklist.items) {
        const ChecklistOverride *newest = nullptr;
        for (const ChecklistOverride &o : input.overrides) {
            if (o.question == item.question && (!newest || o.decidedAt >= newest->decidedAt))
                newest = &o;
        }
        if (newest && !newest->cleared)
            item.override = *newest;
    }
    return checklist;
}

QString questionText(ChecklistQuestion question)
{
    switch (question) {
    case ChecklistQuestion::CrossServiceTestsBlock:
        return ModelsTr::tr("Does a failing test in service A block deployment of service B?");
    case ChecklistQuestion::SlowBuilds:
        return ModelsTr::tr("Do builds take longer than 15 minutes for the majority of services?");
    case ChecklistQuestion::ManualCoordination:
        return ModelsTr::tr("Is deployment coordination done by hand?");
    case ChecklistQuestion::SharedIntegrationEnvironment:
        return ModelsTr::tr(
            "Is there a single shared integration environment that all teams depend on?");
    case ChecklistQuestion::PipelineChangeOutage:
        return ModelsTr::tr("Has a pipeline configuration change ever caused an outage?");
    case ChecklistQuestion::SlowFirstPipeline:
        return ModelsTr::tr("Do new services take more than a day to get a working pipeline?");
    }
    return {};
}

QString displayName(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Yes:
        return ModelsTr::tr("Yes");
    case ChecklistAnswer::No:
        return ModelsTr::tr("No");
    case ChecklistAnswer::NotEnoughData:
        break;
    }
    return ModelsTr::tr("Not enough data");
}

QString verdictSentence(const Checklist &checklist)
{
    const auto unknown = std::count_if(
        checklist.items.cbegin(), checklist.items.cend(),
        [](const ChecklistItem &i) { return i.answer() == ChecklistAnswer::NotEnoughData; });
    if (unknown == checklist.items.size())
        return ModelsTr::tr("Not enough data to answer any of the questions yet.");
    const int yes = checklist.yesCount();
    const QString verdict = checklist.limitsDeploymentFrequency()
        ? ModelsTr::tr("Yes to %1 of %2 questions: the CI/CD architecture is limiting deployment "
                       "frequency.")
        : ModelsTr::tr("Yes to %1 of %2 questions: by the checklist's rule of two or more, the "
                       "CI/CD architecture is not limiting deployment frequency.");
    QString sentence = verdict.arg(yes).arg(checklist.items.size());
    if (unknown > 0) {
        sentence += u' '
            + ModelsTr::tr("%n question(s) could not be answered from the data.", nullptr,
                           int(unknown));
    }
    return sentence;
}

QString toWord(ChecklistAnswer answer)
{
    return wordFor(AnswerWords, answer);
}

QString toWord(ChecklistQuestion question)
{
    return wordFor(QuestionWords, question);
}

std::optional<ChecklistAnswer> checklistAnswerFromWord(const QString &word)
{
    bool ok = false;
    const ChecklistAnswer answer = enumFor(AnswerWords, word, ChecklistAnswer::NotEnoughData, &ok);
    return ok ? std::optional(answer) : std::nullopt;
}

std::optional<ChecklistQuestion> checklistQuestionFromWord(const QString &word)
{
    bool ok = false;
    const ChecklistQuestion question
        = enumFor(QuestionWords, word, ChecklistQuestion::CrossServiceTestsBlock, &ok);
    return ok ? std::optional(question) : std::nullopt;
}

} // namespace Signalbox
