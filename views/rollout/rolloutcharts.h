#pragma once

#include "domain/entities.h"

#include <QCoreApplication>

class QChart;
class QPalette;

namespace Signalbox {

// The rollout panel's charts, built from one rollout as the store read it. Times are drawn in
// local time: the people watching a rollout read it against their own clock.

// Traffic on the new version from 0 to 100 %, as a step line over the recorded history (each
// change of step, weight or phase the cache saw), carried on to `now` while the rollout runs.
// Points where the rollout was paused or aborted are marked.
QChart *createRolloutProgressChart(const Rollout &rollout, EpochMs now, const QPalette &palette);

// One analysis metric's measurements over time against its threshold, with the failing side of
// the threshold shaded. nullptr when the metric has no measurements to draw.
QChart *createAnalysisMetricChart(const AnalysisResult &metric, const QPalette &palette);

// "fails above 0.01", "fails below 0.95", or the condition as written when it is not a plain
// comparison.
QString thresholdDescription(const AnalysisResult &metric);
QString displayName(AnalysisPhase phase);
QString displayName(RolloutStepKind kind);

} // namespace Signalbox
