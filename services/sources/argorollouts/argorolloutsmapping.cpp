#include "argorolloutsmapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signalbox::ArgoRollouts {

namespace {

struct MappingTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ArgoRolloutsSource)
};

EpochMs timeOf(const QJsonValue &value)
{
    if (!value.isString())
        return NoTime;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : NoTime;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// A field that is absent or null is fine; one of another type is a broken object.
bool wrongType(const QJsonValue &value, QJsonValue::Type expected)
{
    return !value.isUndefined() && !value.isNull() && value.type() != expected;
}

RolloutPhase rolloutPhaseOf(const QString &word)
{
    if (word == "Healthy"_L1)
        return RolloutPhase::Healthy;
    if (word == "Progressing"_L1)
        return RolloutPhase::Progressing;
    if (word == "Paused"_L1)
        return RolloutPhase::Paused;
    if (word == "Degraded"_L1)
        return RolloutPhase::Degraded;
    return RolloutPhase::Unknown;
}

AnalysisPhase analysisPhaseOf(const QString &word)
{
    if (word == "Pending"_L1)
        return AnalysisPhase::Pending;
    if (word == "Running"_L1)
        return AnalysisPhase::Running;
    if (word == "Successful"_L1)
        return AnalysisPhase::Successful;
    if (word == "Failed"_L1)
        return AnalysisPhase::Failed;
    if (word == "Error"_L1)
        return AnalysisPhase::Error;
    if (word == "Inconclusive"_L1)
        return AnalysisPhase::Inconclusive;
    return AnalysisPhase::Unknown;
}

// pause.duration is an int (seconds) or a string with a unit, as Kubernetes' IntOrString.
QString durationOf(const QJsonValue &duration)
{
    if (duration.isDouble())
        return QString::number(qint64(duration.toDouble())) + u's';
    return text(duration);
}

// The tag of an image reference, without registry port or digest confusion.
QString imageTag(const QString &image)
{
    QString name = image.section(u'@', 0, 0);
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    return colon > slash ? name.mid(colon + 1) : QString();
}

std::optional<RolloutStep> stepOf(const QJsonObject &step)
{
    if (step.contains("setWeight"_L1)) {
        if (!step.value("setWeight"_L1).isDouble())
            return std::nullopt;
        return RolloutStep {RolloutStepKind::SetWeight, step.value("setWeight"_L1).toInt(), {}};
    }
    if (step.contains("pause"_L1)) {
        return RolloutStep {RolloutStepKind::Pause, -1,
                            durationOf(step.value("pause"_L1).toObject().value("duration"_L1))};
    }
    if (step.contains("analysis"_L1)) {
        QStringList names;
        const QJsonArray templates
            = step.value("analysis"_L1).toObject().value("templates"_L1).toArray();
        for (const QJsonValue &t : templates)
            names.append(text(t.toObject().value("templateName"_L1)));
        return RolloutStep {RolloutStepKind::Analysis, -1, names.join(u", "_s)};
    }
    if (step.contains("experiment"_L1))
        return RolloutStep {RolloutStepKind::Experiment, -1, {}};
    return RolloutStep {RolloutStepKind::Other, -1,
                        step.isEmpty() ? QString() : step.keys().first()};
}

} // namespace

Threshold parseThreshold(const QString &condition, bool isFailureCondition)
{
    static const QRegularExpression comparison(
        uR"(^\s*result(?:\[0\])?\s*(<=|<|>=|>)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$)"_s);
    const QRegularExpressionMatch match = comparison.match(condition);
    if (!match.hasMatch())
        return {};
    bool ok = false;
    const double value = match.captured(2).toDouble(&ok);
    if (!ok)
        return {};
    const bool lessThan = match.captured(1).startsWith(u'<');
    return {value, isFailureCondition ? !lessThan : lessThan, true};
}

double measurementValue(const QString &value)
{
    QString number = value.trimmed();
    if (number.startsWith(u'[') && number.endsWith(u']')) {
        number = number.mid(1, number.size() - 2);
        if (number.contains(u','))
            return 0; // several values: no single one to chart
        number = number.trimmed();
    }
    bool ok = false;
    const double parsed = number.toDouble(&ok);
    return ok ? parsed : 0;
}

QString ServiceNaming::serviceFor(const QJsonObject &metadata) const
{
    const QString name = text(metadata.value("name"_L1));
    const QJsonObject labels = metadata.value("labels"_L1).toObject();
    QString derived = serviceLabel.isEmpty() ? QString() : text(labels.value(serviceLabel));
    if (derived.isEmpty())
        derived = text(labels.value("app"_L1));
    if (derived.isEmpty())
        derived = name;
    if (const auto it = services.constFind(name); it != services.cend())
        return it.value();
    return services.value(derived, derived);
}

const QJsonObject *newestRunOf(const QString &rolloutName, const QList<QJsonObject> &runs)
{
    const QJsonObject *newest = nullptr;
    EpochMs newestAt = NoTime;
    QString newestName;
    for (const QJsonObject &run : runs) {
        const QJsonObject metadata = run.value("metadata"_L1).toObject();
        const QJsonArray owners = metadata.value("ownerReferences"_L1).toArray();
        const bool owned = std::any_of(owners.begin(), owners.end(), [&](const QJsonValue &o) {
            const QJsonObject owner = o.toObject();
            return owner.value("kind"_L1) == "Rollout"_L1
                && owner.value("name"_L1).toString() == rolloutName;
        });
        if (!owned)
            continue;
        const EpochMs at = timeOf(metadata.value("creationTimestamp"_L1));
        const QString name = text(metadata.value("name"_L1));
        if (!newest || at > newestAt || (at == newestAt && name > newestName)) {
            newest = &run;
            newestAt = at;
            newestName = name;
        }
    }
    return newest;
}

QList<AnalysisResult> analysisOf(const QJsonObject &run)
{
    QHash<QString, QJsonObject> metricSpecs;
    for (const QJsonValue &m : run.value("spec"_L1).toObject().value("metrics"_L1).toArray())
        metricSpecs.insert(text(m.toObject().value("name"_L1)), m.toObject());

    QList<AnalysisResult> results;
    const QJsonArray metricResults
        = run.value("status"_L1).toObject().value("metricResults"_L1).toArray();
    for (const QJsonValue &value : metricResults) {
        const QJsonObject m = value.toObject();
        AnalysisResult result;
        result.metric = text(m.value("name"_L1));
        result.phase = analysisPhaseOf(text(m.value("phase"_L1)));
        for (const QJsonValue &mv : m.value("measurements"_L1).toArray()) {
            const QJsonObject measurement = mv.toObject();
            EpochMs at = timeOf(measurement.value("finishedAt"_L1));
            if (at == NoTime) // still running
                at = timeOf(measurement.value("startedAt"_L1));
            result.measurements.append({at, measurementValue(text(measurement.value("value"_L1))),
                                        analysisPhaseOf(text(measurement.value("phase"_L1)))});
        }
        if (!result.measurements.isEmpty())
            result.value = result.measurements.constLast().value;
        const QJsonObject spec = metricSpecs.value(result.metric);
        const QString failure = text(spec.value("failureCondition"_L1));
        const bool useFailure = !failure.isEmpty();
        result.condition = useFailure ? failure : text(spec.value("successCondition"_L1));
        const Threshold threshold = parseThreshold(result.condition, useFailure);
        result.hasThreshold = threshold.parsed;
        result.threshold = threshold.value;
        result.thresholdIsMaximum = threshold.parsed ? threshold.isMaximum : true;
        results.append(std::move(result));
    }
    std::sort(results.begin(), results.end(),
              [](const AnalysisResult &a, const AnalysisResult &b) { return a.metric < b.metric; });
    return results;
}

std::optional<Rollout> rolloutFromObject(const QJsonObject &object,
                                         const QList<QJsonObject> &runsOfNamespace,
                                         const ServiceNaming &naming, const QString &contextName,
                                         QString *problem)
{
    const auto fail = [problem](const QString &key, const QString &what) {
        *problem = key + u": "_s + what;
        return std::nullopt;
    };
    const QJsonObject metadata = object.value("metadata"_L1).toObject();
    const QString name = text(metadata.value("name"_L1));
    const QString namespaceName = text(metadata.value("namespace"_L1));
    if (name.isEmpty())
        return fail(u"metadata.name"_s, MappingTr::tr("missing"));
    if (namespaceName.isEmpty())
        return fail(u"metadata.namespace"_s, MappingTr::tr("missing"));
    if (wrongType(object.value("spec"_L1), QJsonValue::Object))
        return fail(u"spec"_s, MappingTr::tr("expected an object"));
    if (wrongType(object.value("status"_L1), QJsonValue::Object))
        return fail(u"status"_s, MappingTr::tr("expected an object"));
    const QJsonObject spec = object.value("spec"_L1).toObject();
    const QJsonObject status = object.value("status"_L1).toObject();
    const QJsonObject strategy = spec.value("strategy"_L1).toObject();

    Rollout r;
    r.externalId = contextName + u'/' + namespaceName + u'/' + name;
    r.location = contextName + u'/' + namespaceName;
    r.service = naming.serviceFor(metadata);

    if (strategy.contains("canary"_L1)) {
        r.strategy = RolloutStrategy::Canary;
        const QJsonValue steps = strategy.value("canary"_L1).toObject().value("steps"_L1);
        if (wrongType(steps, QJsonValue::Array))
            return fail(u"spec.strategy.canary.steps"_s, MappingTr::tr("expected a list"));
        const QJsonArray stepList = steps.toArray();
        for (qsizetype i = 0; i < stepList.size(); ++i) {
            const QString key = u"spec.strategy.canary.steps[%1]"_s.arg(i);
            if (!stepList.at(i).isObject())
                return fail(key, MappingTr::tr("expected an object"));
            const std::optional<RolloutStep> step = stepOf(stepList.at(i).toObject());
            if (!step)
                return fail(key + u".setWeight"_s, MappingTr::tr("expected a number"));
            r.steps.append(*step);
        }
        r.stepCount = int(r.steps.size());
    } else if (strategy.contains("blueGreen"_L1)) {
        r.strategy = RolloutStrategy::BlueGreen;
    }

    const QJsonValue stepIndex = status.value("currentStepIndex"_L1);
    if (wrongType(stepIndex, QJsonValue::Double))
        return fail(u"status.currentStepIndex"_s, MappingTr::tr("expected a number"));
    const int index = stepIndex.isDouble() ? stepIndex.toInt() : -1;
    if (index >= 0)
        r.step = std::min(index + 1, r.stepCount);

    if (r.strategy == RolloutStrategy::Canary) {
        const QJsonObject weights
            = status.value("canary"_L1).toObject().value("weights"_L1).toObject();
        const QJsonValue canaryWeight = weights.value("canary"_L1).toObject().value("weight"_L1);
        const QJsonValue stableWeight = weights.value("stable"_L1).toObject().value("weight"_L1);
        if (canaryWeight.isDouble()) {
            r.weight = canaryWeight.toInt();
        } else if (index >= r.stepCount && r.stepCount > 0) {
            r.weight = 100; // past the last step the new version takes all traffic
        } else {
            r.weight = 0;
            for (int i = 0; i <= index && i < r.stepCount; ++i) {
                if (r.steps.at(i).kind == RolloutStepKind::SetWeight)
                    r.weight = r.steps.at(i).weight;
            }
        }
        r.stableWeight = stableWeight.isDouble() ? stableWeight.toInt() : 100 - r.weight;
    } else if (r.strategy == RolloutStrategy::BlueGreen) {
        const QJsonObject blueGreen = status.value("blueGreen"_L1).toObject();
        r.activeSelector = text(blueGreen.value("activeSelector"_L1));
        r.previewSelector = text(blueGreen.value("previewSelector"_L1));
    }

    // The phase describes the spec the controller last saw; a newer spec is not yet acted on.
    const QString observed = text(status.value("observedGeneration"_L1));
    const QJsonValue generation = metadata.value("generation"_L1);
    const bool current
        = generation.isDouble() && observed == QString::number(qint64(generation.toDouble()));
    r.message = text(status.value("message"_L1));
    if (status.value("abort"_L1).toBool())
        r.phase = RolloutPhase::Aborted;
    else if (current)
        r.phase = rolloutPhaseOf(text(status.value("phase"_L1)));
    else
        r.phase = RolloutPhase::Progressing;

    const QJsonArray pauseConditions = status.value("pauseConditions"_L1).toArray();
    if (!pauseConditions.isEmpty())
        r.pauseReason = text(pauseConditions.first().toObject().value("reason"_L1));

    const QJsonArray containers = spec.value("template"_L1)
                                      .toObject()
                                      .value("spec"_L1)
                                      .toObject()
                                      .value("containers"_L1)
                                      .toArray();
    if (!containers.isEmpty())
        r.version = imageTag(text(containers.first().toObject().value("image"_L1)));
    if (r.version.isEmpty())
        r.version = text(status.value("currentPodHash"_L1));

    EpochMs updated = timeOf(status.value("abortedAt"_L1));
    for (const QJsonValue &c : status.value("conditions"_L1).toArray()) {
        const QJsonObject condition = c.toObject();
        updated = std::max({updated, timeOf(condition.value("lastUpdateTime"_L1)),
                            timeOf(condition.value("lastTransitionTime"_L1))});
    }
    for (const QJsonValue &p : pauseConditions)
        updated = std::max(updated, timeOf(p.toObject().value("startTime"_L1)));
    r.updatedAt = updated != NoTime ? updated : timeOf(metadata.value("creationTimestamp"_L1));

    if (const QJsonObject *run = newestRunOf(name, runsOfNamespace))
        r.analysis = analysisOf(*run);
    return r;
}

} // namespace Signalbox::ArgoRollouts
