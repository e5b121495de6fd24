#pragma once

#include <QIcon>

class QPainter;
#include <QMetaType>
#include <QString>

namespace Signalbox {

// Every status enum starts with Unknown = 0: missing or unrecognised data must never read as
// healthy. The numbers are stored in the cache database: append new values, never renumber.

enum class RunStatus {
    Unknown = 0,
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
    Cancelled = 5,
    Skipped = 6
};
enum class DeploymentStatus {
    Unknown = 0,
    Pending = 1,
    InProgress = 2,
    Succeeded = 3,
    Failed = 4,
    RolledBack = 5,
    Inactive = 6
};
enum class RolloutPhase {
    Unknown = 0,
    Progressing = 1,
    Paused = 2,
    Healthy = 3,
    Degraded = 4,
    Aborted = 5
};
enum class AnalysisPhase {
    Unknown = 0,
    Pending = 1,
    Running = 2,
    Successful = 3,
    Failed = 4,
    Error = 5,
    Inconclusive = 6
};
enum class VerificationResult { Unknown = 0, Success = 1, Failed = 2 };
enum class RolloutStrategy { Unknown = 0, Canary = 1, BlueGreen = 2, Rolling = 3 };
enum class DependencyKind { Unknown = 0, Sync = 1, Async = 2, Datastore = 3 };
enum class ServiceKind {
    Unknown = 0,
    Service = 1,
    Frontend = 2,
    Gateway = 3,
    Datastore = 4,
    Broker = 5,
    Observability = 6
};

// The coarse health a view colours by. Unknown sorts before Healthy so a grey service never hides
// among green ones.
enum class Health { Unknown, Healthy, InProgress, Warning, Failing };

// Stable machine words, used in the file source, the workspace, the database and --json output.
QString toWord(RunStatus);
QString toWord(DeploymentStatus);
QString toWord(RolloutPhase);
QString toWord(AnalysisPhase);
QString toWord(VerificationResult);
QString toWord(RolloutStrategy);
QString toWord(DependencyKind);
QString toWord(ServiceKind);
QString toWord(Health);

// Parsing returns Unknown for anything it does not recognise; ok (when given) says whether it did.
RunStatus runStatusFromWord(QStringView word, bool *ok = nullptr);
DeploymentStatus deploymentStatusFromWord(QStringView word, bool *ok = nullptr);
RolloutPhase rolloutPhaseFromWord(QStringView word, bool *ok = nullptr);
AnalysisPhase analysisPhaseFromWord(QStringView word, bool *ok = nullptr);
VerificationResult verificationResultFromWord(QStringView word, bool *ok = nullptr);
RolloutStrategy rolloutStrategyFromWord(QStringView word, bool *ok = nullptr);
DependencyKind dependencyKindFromWord(QStringView word, bool *ok = nullptr);
ServiceKind serviceKindFromWord(QStringView word, bool *ok = nullptr);

// Translated words for people.
QString displayName(RunStatus);
QString displayName(DeploymentStatus);
QString displayName(RolloutPhase);
QString displayName(VerificationResult);
QString displayName(DependencyKind);
QString displayName(ServiceKind);
QString displayName(Health);

Health healthOf(RunStatus);
Health healthOf(DeploymentStatus);
Health healthOf(RolloutPhase);
Health healthOf(VerificationResult);

// Status is shown by colour *and* by icon shape, so that it never depends on colour alone.
QIcon healthIcon(Health);
// The same glyph, drawn straight into a painter (graph nodes draw it at any zoom).
void paintHealthGlyph(QPainter *painter, const QRectF &rect, Health health, bool disabled = false);
QColor healthColor(Health);

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::Health)
