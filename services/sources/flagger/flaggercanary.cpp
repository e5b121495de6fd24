#include "flaggercanary.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// Reads typed fields, keeping the first problem with the path of the field it was found at.
// Absent and null fields are not problems: the API leaves out what is unset.
struct FieldReader
{
    QString problem;

    void fail(const QString &path, const QString &what)
    {
        if (problem.isEmpty())
            problem = path + u": "_s + what;
    }

    static bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }

    QJsonObject object(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue v = parent.value(name);
        if (absent(v))
            return {};
        if (!v.isObject())
            fail(path, FlaggerTr::tr("expected an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue v = parent.value(name);
        if (absent(v))
            return {};
        if (!v.isArray())
            fail(path, FlaggerTr::tr("expected a list"));
        return v.toArray();
    }

    QString text(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue v = parent.value(name);
        if (absent(v))
            return {};
        if (!v.isString())
            fail(path, FlaggerTr::tr("expected text"));
        return v.toString();
    }

    int wholeNumber(const QJsonValue &v, const QString &path, int whenAbsent)
    {
        if (absent(v))
            return whenAbsent;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            fail(path, FlaggerTr::tr("expected a whole number"));
            return whenAbsent;
        }
        return int(d);
    }

    std::optional<double> number(const QJsonObject &parent, const QString &name,
                                 const QString &path)
    {
        const QJsonValue v = parent.value(name);
        if (absent(v))
            return std::nullopt;
        if (!v.isDouble()) {
            fail(path, FlaggerTr::tr("expected a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    EpochMs time(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QString t = text(parent, name, path);
        if (t.isEmpty())
            return NoTime;
        const QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            fail(path, FlaggerTr::tr("expected a time"));
            return NoTime;
        }
        return parsed.toMSecsSinceEpoch();
    }
};

// Flagger's phases are the Canary's whole life, not only the analysis: the ones where the
// canary waits (for its first deployment, or for a confirm-rollout or confirm-promotion webhook
// to say yes) are pauses, with the phase as the reason.
RolloutPhase rolloutPhaseOf(const QString &flaggerPhase)
{
    static const QHash<QString, RolloutPhase> phases {
        {u"Initializing"_s, RolloutPhase::Paused},
        {u"Initialized"_s, RolloutPhase::Paused},
        {u"Waiting"_s, RolloutPhase::Paused},
        {u"WaitingPromotion"_s, RolloutPhase::Paused},
        {u"Progressing"_s, RolloutPhase::Progressing},
        {u"Promoting"_s, RolloutPhase::Progressing},
        {u"Finalising"_s, RolloutPhase::Progressing},
        {u"Succeeded"_s, RolloutPhase::Healthy},
        {u"Failed"_s, RolloutPhase::Aborted},
        // Being deleted: what it did last no longer says anything about the service.
        {u"Terminating"_s, RolloutPhase::Unknown},
        {u"Terminated"_s, RolloutPhase::Unknown},
    };
    return phases.value(flaggerPhase, RolloutPhase::Unknown);
}

// Flagger keeps no measured values in the Canary (it only counts failed checks), so a metric
// has no value and no measurements: its phase is read from the canary's, and a failure is put on
// every metric since the status does not say which one failed.
AnalysisPhase analysisPhaseOf(const QString &flaggerPhase, int failedChecks)
{
    if (flaggerPhase == u"Failed"_s && failedChecks > 0)
        return AnalysisPhase::Failed;
    if (flaggerPhase == u"Progressing"_s)
        return AnalysisPhase::Running;
    if (flaggerPhase == u"Succeeded"_s)
        return AnalysisPhase::Successful;
    return AnalysisPhase::Unknown;
}

QString formatThreshold(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QString CanaryServiceRules::serviceOf(const QJsonObject &canary) const
{
    const QJsonObject metadata = canary.value("metadata"_L1).toObject();
    const QString name = metadata.value("name"_L1).toString();
    if (const auto it = services.constFind(name); it != services.constEnd())
        return *it;
    const QJsonObject labels = metadata.value("labels"_L1).toObject();
    QString value = labels.value(serviceLabel).toString();
    if (value.isEmpty())
        value = labels.value("app"_L1).toString();
    if (value.isEmpty()) {
        value = canary.value("spec"_L1)
                    .toObject()
                    .value("targetRef"_L1)
                    .toObject()
                    .value("name"_L1)
                    .toString();
    }
    if (value.isEmpty())
        value = name;
    return services.value(value, value);
}

std::optional<Rollout> rolloutFromCanary(const QJsonObject &canary, const QString &contextName,
                                         const CanaryServiceRules &rules, QString *problem)
{
    FieldReader read;
    const auto failed = [&] {
        if (read.problem.isEmpty())
            return false;
        if (problem)
            *problem = read.problem;
        return true;
    };

    const QJsonObject metadata = read.object(canary, u"metadata"_s, u"metadata"_s);
    const QString name = read.text(metadata, u"name"_s, u"metadata.name"_s);
    const QString namespaceName = read.text(metadata, u"namespace"_s, u"metadata.namespace"_s);
    if (name.isEmpty())
        read.fail(u"metadata.name"_s, FlaggerTr::tr("expected a name"));
    if (namespaceName.isEmpty())
        read.fail(u"metadata.namespace"_s, FlaggerTr::tr("expected a namespace"));
    const EpochMs createdAt
        = read.time(metadata, u"creationTimestamp"_s, u"metadata.creationTimestamp"_s);

    const QJsonObject spec = read.object(canary, u"spec"_s, u"spec"_s);
    const QJsonObject targetRef = read.object(spec, u"targetRef"_s, u"spec.targetRef"_s);
    read.text(targetRef, u"name"_s, u"spec.targetRef.name"_s);
    // Canaries written for Flagger before v1beta1 name the block canaryAnalysis; it still reads.
    QString analysisPath = u"spec.analysis"_s;
    QJsonObject analysis = read.object(spec, u"analysis"_s, analysisPath);
    if (analysis.isEmpty() && spec.contains("canaryAnalysis"_L1)) {
        analysisPath = u"spec.canaryAnalysis"_s;
        analysis = read.object(spec, u"canaryAnalysis"_s, analysisPath);
    }
    const int stepWeight
        = read.wholeNumber(analysis.value("stepWeight"_L1), analysisPath + u".stepWeight"_s, 0);
    // Flagger's own default when maxWeight is not set.
    const int maxWeight
        = read.wholeNumber(analysis.value("maxWeight"_L1), analysisPath + u".maxWeight"_s, 100);
    const int declaredIterations
        = read.wholeNumber(analysis.value("iterations"_L1), analysisPath + u".iterations"_s, 0);
    QList<int> weights;
    const QJsonArray stepWeights
        = read.array(analysis, u"stepWeights"_s, analysisPath + u".stepWeights"_s);
    for (qsizetype i = 0; i < stepWeights.size(); ++i) {
        weights.append(
            read.wholeNumber(stepWeights[i], u"%1.stepWeights[%2]"_s.arg(analysisPath).arg(i), 0));
    }
    if (weights.isEmpty() && stepWeight > 0) {
        // Flagger adds stepWeight per iteration and stops at maxWeight, which it reaches even
        // when it is not a multiple of the step.
        for (int w = stepWeight; w < maxWeight; w += stepWeight)
            weights.append(w);
        weights.append(maxWeight);
    }

    const QJsonObject status = read.object(canary, u"status"_s, u"status"_s);
    const QString flaggerPhase = read.text(status, u"phase"_s, u"status.phase"_s);
    const int canaryWeight
        = read.wholeNumber(status.value("canaryWeight"_L1), u"status.canaryWeight"_s, -1);
    const int failedChecks
        = read.wholeNumber(status.value("failedChecks"_L1), u"status.failedChecks"_s, -1);
    const int iterations
        = read.wholeNumber(status.value("iterations"_L1), u"status.iterations"_s, -1);
    const QString lastAppliedSpec
        = read.text(status, u"lastAppliedSpec"_s, u"status.lastAppliedSpec"_s);
    const EpochMs lastTransition
        = read.time(status, u"lastTransitionTime"_s, u"status.lastTransitionTime"_s);

    QString promotedMessage;
    EpochMs newestConditionTime = NoTime;
    const QJsonArray conditions = read.array(status, u"conditions"_s, u"status.conditions"_s);
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString path = u"status.conditions[%1]"_s.arg(i);
        if (!conditions[i].isObject()) {
            read.fail(path, FlaggerTr::tr("expected an object"));
            break;
        }
        const QJsonObject condition = conditions[i].toObject();
        const QString type = read.text(condition, u"type"_s, path + u".type"_s);
        const QString message = read.text(condition, u"message"_s, path + u".message"_s);
        if (type == u"Promoted"_s)
            promotedMessage = message;
        for (const QString &field : {u"lastUpdateTime"_s, u"lastTransitionTime"_s})
            newestConditionTime
                = std::max(newestConditionTime, read.time(condition, field, path + u'.' + field));
    }

    QList<AnalysisResult> results;
    const QJsonArray metrics = read.array(analysis, u"metrics"_s, analysisPath + u".metrics"_s);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString path = u"%1.metrics[%2]"_s.arg(analysisPath).arg(i);
        if (!metrics[i].isObject()) {
            read.fail(path, FlaggerTr::tr("expected an object"));
            break;
        }
        const QJsonObject metric = metrics[i].toObject();
        AnalysisResult result;
        result.metric = read.text(metric, u"name"_s, path + u".name"_s);
        if (result.metric.isEmpty())
            read.fail(path + u".name"_s, FlaggerTr::tr("expected a name"));
        const QJsonObject range
            = read.object(metric, u"thresholdRange"_s, path + u".thresholdRange"_s);
        const auto min = read.number(range, u"min"_s, path + u".thresholdRange.min"_s);
        const auto max = read.number(range, u"max"_s, path + u".thresholdRange.max"_s);
        result.phase = analysisPhaseOf(flaggerPhase, failedChecks);
        if (max) {
            result.hasThreshold = true;
            result.threshold = *max;
            result.thresholdIsMaximum = true;
            result.condition = u"<= "_s + formatThreshold(*max);
            if (min)
                result.condition = u">= "_s + formatThreshold(*min) + u", "_s + result.condition;
        } else if (min) {
            result.hasThreshold = true;
            result.threshold = *min;
            result.thresholdIsMaximum = false;
            result.condition = u">= "_s + formatThreshold(*min);
        }
        results.append(std::move(result));
    }

    if (failed())
        return std::nullopt;

    Rollout r;
    r.externalId = contextName + u'/' + namespaceName + u'/' + name;
    r.location = contextName + u'/' + namespaceName;
    r.service = rules.serviceOf(canary);
    r.version = lastAppliedSpec;
    for (int w : std::as_const(weights))
        r.steps.append({RolloutStepKind::SetWeight, w, {}});
    if (!r.steps.isEmpty())
        r.steps.append({RolloutStepKind::SetWeight, 100, {}}); // the promotion
    if (!r.steps.isEmpty()) {
        r.strategy = RolloutStrategy::Canary;
    } else if (declaredIterations > 0) {
        // Iterations without weights: blue/green, unless requests are matched by header or
        // cookie, which is Flagger's A/B testing, a canary that is routed rather than weighted.
        const bool routedByMatch = !analysis.value("match"_L1).toArray().isEmpty();
        r.strategy = routedByMatch ? RolloutStrategy::Canary : RolloutStrategy::BlueGreen;
    } else {
        r.strategy = RolloutStrategy::Canary;
    }
    r.stepCount = int(r.steps.size());
    r.weight = canaryWeight;
    r.stableWeight = canaryWeight >= 0 ? 100 - canaryWeight : -1;
    r.phase = rolloutPhaseOf(flaggerPhase);
    if (r.phase == RolloutPhase::Paused)
        r.pauseReason = flaggerPhase;
    if (flaggerPhase == u"Succeeded"_s) {
        r.step = r.stepCount;
    } else if (canaryWeight > 0) {
        // The step whose weight was reached; with weights edited since, the last one below it.
        for (int i = 0; i < r.stepCount; ++i) {
            if (r.steps[i].weight <= canaryWeight)
                r.step = i + 1;
        }
    }
    r.iterations = iterations;
    r.failedChecks = failedChecks;
    r.message = promotedMessage;
    r.updatedAt = lastTransition != NoTime ? lastTransition
        : newestConditionTime != NoTime    ? newestConditionTime
                                           : createdAt;
    r.analysis = std::move(results);
    return r;
}

} // namespace Signalbox
