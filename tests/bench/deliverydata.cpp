#include "deliverydata.h"

#include <sys/resource.h>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace Signalbox::Bench {

namespace {

QString randomSha(std::mt19937_64 &rng)
{
    static const char16_t digits[] = u"0123456789abcdef";
    QString sha(40, Qt::Uninitialized);
    quint64 bits = rng();
    for (int i = 0; i < 40; ++i) {
        if (i == 16 || i == 32)
            bits = rng();
        sha[i] = QChar(digits[bits & 15]);
        bits >>= 4;
    }
    return sha;
}

} // namespace

TeamLeadInput makeDeliveryData(const DeliveryShape &shape)
{
    std::mt19937_64 rng(8);
    std::uniform_int_distribution<int> roll(0, 99);
    std::uniform_int_distribution<qint64> minutes(2, 40);
    std::uniform_int_distribution<qint64> jitter(0, DoraHourMs);
    TeamLeadInput in;
    in.workspaceName = u"Bench"_s;
    in.from = shape.from;
    in.to = shape.to;
    in.now = shape.to;
    in.step = TrendStep::Week;
    const qsizetype services = shape.services;
    in.runs.reserve(services * shape.runsPerService);
    in.commits.reserve(services * shape.commitsPerService);
    in.deployments.reserve(services * shape.deploymentsPerService);

    QStringList names;
    for (int s = 0; s < shape.services; ++s)
        names << u"service-%1"_s.arg(s, 3, 10, QChar(u'0'));
    const int changeEvery = std::max(1, std::min(500, shape.commitsPerService / 10));
    for (int s = 0; s < shape.services; ++s) {
        const QString &name = names.at(s);
        Service service;
        service.name = name;
        in.services.append(service);
        if (s > 0)
            in.dependencies.append({name, names.at(s - 1), DependencyKind::Sync, {}, false});

        const EpochMs commitStart = s < shape.newServices ? shape.newServicesFrom : Start;
        const qint64 commitStep = shape.commitsPerService > 0
            ? (Start + Year - commitStart) / shape.commitsPerService
            : 0;
        const qsizetype firstCommit = in.commits.size();
        for (int c = 0; c < shape.commitsPerService; ++c) {
            const EpochMs at = commitStart + c * commitStep;
            in.commits.append({name, randomSha(rng), u"Ada"_s, at, at + jitter(rng), u"Change"_s,
                               c % changeEvery == 0});
        }

        const qint64 runStep = Year / std::max(1, shape.runsPerService);
        for (int r = 0; r < shape.runsPerService; ++r) {
            PipelineRun run;
            run.externalId = u"%1-%2"_s.arg(s).arg(r);
            run.service = name;
            run.pipeline = u"ci"_s;
            run.source = u"github"_s;
            run.startedAt = Start + r * runStep;
            run.durationMs = minutes(rng) * 60'000;
            run.finishedAt = run.startedAt + run.durationMs;
            run.commitSha = shape.commitsPerService > 0
                ? in.commits.at(firstCommit + r % shape.commitsPerService).sha
                : u"%1%2"_s.arg(s, 4, 16, QChar(u'0')).arg(r, 8, 16, QChar(u'0'));
            run.status = roll(rng) < 90 ? RunStatus::Succeeded : RunStatus::Failed;
            if (run.status == RunStatus::Failed) {
                // Two jobs per failed run; one in five fails in another service's tests.
                PipelineJob build;
                build.externalId = run.externalId + u"/build"_s;
                build.runExternalId = run.externalId;
                build.source = run.source;
                build.name = u"build"_s;
                build.status = RunStatus::Succeeded;
                PipelineJob test = build;
                test.externalId = run.externalId + u"/test"_s;
                test.name = roll(rng) < 20
                    ? names.at((s + 1) % shape.services) + u" contract tests"_s
                    : u"unit tests"_s;
                test.status = RunStatus::Failed;
                in.jobs << build << test;
            }
            in.runs.append(run);
        }

        // Each deployment ships the newest of an equal share of the service's commits (a
        // staging and production pair ships the same one), so lead time reads real links.
        const int releases = shape.stagingBeforeProduction ? shape.deploymentsPerService / 2
                                                           : shape.deploymentsPerService;
        const int commitsPerRelease = std::max(1, shape.commitsPerService / std::max(1, releases));
        for (int d = 0; d < shape.deploymentsPerService; ++d) {
            const int release = shape.stagingBeforeProduction ? d / 2 : d;
            const bool production = !shape.stagingBeforeProduction || d % 2 == 1;
            Deployment dep;
            dep.externalId = u"%1-%2"_s.arg(s).arg(d);
            dep.service = name;
            dep.version = u"1.%1"_s.arg(release);
            dep.environment = production ? u"production"_s : u"staging"_s;
            if (shape.commitsPerService > 0) {
                const ServiceCommit &shipped = in.commits.at(
                    firstCommit
                    + std::min<qsizetype>(shape.commitsPerService - 1,
                                          qsizetype(release + 1) * commitsPerRelease - 1));
                dep.deployedAt = shipped.committerTime + (production ? 2 * DoraHourMs : DoraHourMs)
                    + jitter(rng);
                dep.commitSha = release % 2 ? shipped.sha : shipped.sha.left(12);
            } else {
                dep.deployedAt = Start + release * (Year / std::max(1, releases)) + s * 60'000
                    + (production ? DoraHourMs : 0);
            }
            const int r = roll(rng);
            dep.status = r < 90 ? DeploymentStatus::Succeeded
                : r < 95        ? DeploymentStatus::Failed
                                : DeploymentStatus::RolledBack;
            in.deployments.append(dep);
            if (!shape.checks || !production)
                continue;
            if (s > 0 && release % 4 == 1) {
                ContractVerification v;
                v.externalId = u"v-%1"_s.arg(dep.externalId);
                v.consumer = name;
                v.provider = names.at(s - 1);
                v.result = VerificationResult::Success;
                v.verifiedAt = dep.deployedAt - 30 * 60'000;
                in.verifications.append(v);
            }
            if (release % 10 == 3) {
                Rollout rollout;
                rollout.externalId = u"r-%1"_s.arg(dep.externalId);
                rollout.service = name;
                rollout.version = dep.version;
                rollout.strategy = RolloutStrategy::Canary;
                rollout.phase = r < 95 ? RolloutPhase::Healthy : RolloutPhase::Degraded;
                rollout.updatedAt = dep.deployedAt + 10 * 60'000;
                rollout.analysis.append({u"error-rate"_s, AnalysisPhase::Successful, 0.1, 1});
                in.rollouts.append(rollout);
            }
        }

        for (int i = 0; i < shape.incidentsPerService; ++i) {
            Incident incident;
            incident.externalId = u"i-%1-%2"_s.arg(s).arg(i);
            incident.service = name;
            incident.title = u"Errors"_s;
            incident.createdAt
                = Start + (i + 1) * (Year / (shape.incidentsPerService + 1)) + s * 60'000;
            incident.resolvedAt = incident.createdAt + 3 * DoraHourMs;
            // Every other one names its root cause: the commit made a few days before it.
            if (i % 2 == 0 && shape.commitsPerService > 0) {
                const qint64 k
                    = std::clamp<qint64>((incident.createdAt - 3 * DoraDayMs - commitStart)
                                             / std::max<qint64>(1, commitStep),
                                         0, shape.commitsPerService - 1);
                incident.rootCauseCommit = in.commits.at(firstCommit + k).sha.left(10);
            }
            in.incidents.append(incident);
        }
    }
    return in;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace Signalbox::Bench
