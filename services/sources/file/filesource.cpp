#include "filesource.h"

#include "domain/tr.h"
#include "domain/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct FileSourceTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::FileSource)
};

constexpr QLatin1StringView FormatName {"signalbox-file-source/1"};

int lineOfOffset(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// What a person writes for a commit: an abbreviated or full sha.
bool isCommitSha(const QString &text)
{
    if (text.size() < 7 || text.size() > 40)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// Reads one entry's fields, collecting problems under the entry's key ("runs[12].status").
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString key, QString origin, Diagnostics &diagnostics,
                qint64 shiftMs)
        : m_object(object)
        , m_key(std::move(key))
        , m_origin(std::move(origin))
        , m_diagnostics(diagnostics)
        , m_shiftMs(shiftMs)
    { }

    QString text(QLatin1StringView field, bool required = false)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(Diagnostic::Severity::Error, field, FileSourceTr::tr("missing"));
            return {};
        }
        if (!value.isString()) {
            problem(Diagnostic::Severity::Error, field, FileSourceTr::tr("expected text"));
            return {};
        }
        if (required && value.toString().isEmpty())
            problem(Diagnostic::Severity::Error, field, FileSourceTr::tr("is empty"));
        return value.toString();
    }

    // A number that may be absent; fallback when absent or wrong.
    double number(QLatin1StringView field, double fallback)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isDouble()) {
            problem(Diagnostic::Severity::Error, field, FileSourceTr::tr("expected a number"));
            return fallback;
        }
        return value.toDouble();
    }

    // A whole number in [minimum, maximum]; anything else is an entry error, never an
    // out-of-range conversion.
    int integer(QLatin1StringView field, int fallback, int minimum, int maximum)
    {
        const double value = number(field, fallback);
        if (value < minimum || value > maximum || value != double(qint64(value))) {
            problem(Diagnostic::Severity::Error, field,
                    FileSourceTr::tr("expected a whole number from %1 to %2")
                        .arg(QString::number(minimum), QString::number(maximum)));
            return fallback;
        }
        return int(value);
    }

    bool boolean(QLatin1StringView field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isBool()) {
            problem(Diagnostic::Severity::Error, field, FileSourceTr::tr("expected true or false"));
            return false;
        }
        return value.toBool();
    }

    EpochMs time(QLatin1StringView field, bool required = false)
    {
        const QString value = text(field, required);
        if (value.isEmpty())
            return NoTime;
        QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        // The format says UTC: a time without an offset is UTC, not this machine's local time.
        if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
            parsed.setTimeSpec(Qt::UTC);
        if (!parsed.isValid()) {
            problem(Diagnostic::Severity::Error, field,
                    FileSourceTr::tr("\"%1\" is not an ISO 8601 time").arg(value));
            return NoTime;
        }
        return parsed.toMSecsSinceEpoch() + m_shiftMs;
    }

    template<typename Enum>
    Enum word(QLatin1StringView field, Enum (*parse)(QStringView, bool *))
    {
        const QString value = text(field);
        if (value.isEmpty())
            return Enum::Unknown;
        bool ok = false;
        const Enum result = parse(value, &ok);
        if (!ok) {
            problem(Diagnostic::Severity::Warning, field,
                    FileSourceTr::tr("unknown value \"%1\", taken as unknown").arg(value));
        }
        return result;
    }

    void problem(Diagnostic::Severity severity, QLatin1StringView field, const QString &message)
    {
        const bool error = severity == Diagnostic::Severity::Error;
        m_failed = m_failed || error;
        m_diagnostics.append(
            {severity, m_origin, 0, 0, m_key + u'.' + field,
             error ? FileSourceTr::tr("%1; the entry was skipped").arg(message) : message});
    }

    bool failed() const { return m_failed; }
    const QJsonObject &object() const { return m_object; }
    EntryReader child(const QJsonObject &object, QString key) const
    {
        return EntryReader(object, std::move(key), m_origin, m_diagnostics, m_shiftMs);
    }
    const QString &key() const { return m_key; }

private:
    QJsonObject m_object;
    QString m_key;
    QString m_origin;
    Diagnostics &m_diagnostics;
    qint64 m_shiftMs;
    bool m_failed = false;
};

// A list inside an entry ("measurements", "history"): each element read like an entry, its
// problems named by its place, e.g. rollouts[3].history[1].
void forEachListEntry(EntryReader &parent, QLatin1StringView field,
                      const std::function<void(EntryReader &)> &read)
{
    const QJsonValue value = parent.object().value(field);
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        parent.problem(Diagnostic::Severity::Error, field, FileSourceTr::tr("expected a list"));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        EntryReader entry = parent.child(
            list.at(i).toObject(), parent.key() + u'.' + field + u'[' + QString::number(i) + u']');
        read(entry);
    }
}

// Calls read(reader) for each object in the named array; an entry with an error is skipped and
// reported, the others are kept.
template<typename Read>
void forEachEntry(const QJsonObject &root, QLatin1StringView arrayName, const QString &origin,
                  Diagnostics &diagnostics, qint64 shiftMs, Read read)
{
    const QJsonValue value = root.value(arrayName);
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        diagnostics.append({Diagnostic::Severity::Error, origin, 0, 0, QString(arrayName),
                            FileSourceTr::tr("expected a list; all of it was skipped")});
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = arrayName + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            diagnostics.append({Diagnostic::Severity::Error, origin, 0, 0, key,
                                FileSourceTr::tr("expected an object; skipped")});
            continue;
        }
        EntryReader reader(array.at(i).toObject(), key, origin, diagnostics, shiftMs);
        read(reader);
    }
}

} // namespace

SourceDescription FileSource::staticDescription()
{
    SourceDescription d;
    d.kind = u"file"_s;
    d.displayName = FileSourceTr::tr("JSON file");
    d.settings = {
        {u"path"_s,
         SettingDescription::Type::Path,
         true,
         {},
         FileSourceTr::tr("The JSON file to read, relative to the workspace file")},
        {u"rebaseTimes"_s, SettingDescription::Type::Bool, false, false,
         FileSourceTr::tr(
             "Shift all times so that the file's anchor is now (for demos and recordings)")},
    };
    return d;
}

FetchResult FileSource::fetch(const SourceConfig &config, const Workspace &workspace,
                              const FetchContext &context)
{
    FetchResult result;
    const QString path = workspace.resolvePath(config.settings.value(u"path"_s).toString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = FileSourceTr::tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray content = file.readAll();
    const bool rebase = config.settings.value(u"rebaseTimes"_s).toBool();
    // Unchanged content needs no ingest, unless the times move with the clock.
    // The cursor covers the settings that shape what is written, not only the content.
    const QString cursor
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
        + (rebase ? u"|rebased"_s : u"|as-is"_s);
    if (!rebase && cursor == context.previousCursor) {
        result.unchanged = true;
        result.cursor = cursor;
        return result;
    }
    result = parseDocument(content, path, rebase, context.now, context.hasStoredRun);
    result.cursor = cursor;
    return result;
}

FetchResult FileSource::parseDocument(const QByteArray &json, const QString &origin,
                                      bool rebaseTimes, EpochMs now,
                                      const std::function<bool(const QString &)> &hasStoredRun)
{
    FetchResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = FileSourceTr::tr("%1:%2: not valid JSON: %3")
                           .arg(origin)
                           .arg(lineOfOffset(json, parseError.offset))
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error
            = FileSourceTr::tr("%1: expected a JSON object with runs, deployments, …").arg(origin);
        return result;
    }
    const QJsonObject root = document.object();
    Diagnostics &diagnostics = result.diagnostics;
    const QString format = root.value("format"_L1).toString();
    if (!format.isEmpty() && format != FormatName) {
        diagnostics.append(
            {Diagnostic::Severity::Warning, origin, 0, 0, u"format"_s,
             FileSourceTr::tr("unknown format \"%1\"; reading it as %2").arg(format, FormatName)});
    }

    qint64 shiftMs = 0;
    if (rebaseTimes) {
        const QDateTime anchor
            = QDateTime::fromString(root.value("anchor"_L1).toString(), Qt::ISODateWithMs);
        if (anchor.isValid()) {
            // Whole minutes, so that the shown times look like real ones.
            shiftMs = ((now - anchor.toMSecsSinceEpoch()) / 60000) * 60000;
        } else {
            diagnostics.append(
                {Diagnostic::Severity::Warning, origin, 0, 0, u"anchor"_s,
                 FileSourceTr::tr("rebaseTimes is set but the file has no valid anchor time; "
                                  "times are used as they are")});
        }
    }

    IngestBatch &batch = result.batch;
    // A file is a whole document: what it no longer lists is gone, unless a broken entry might be
    // the one that seems to have disappeared.
    const auto errorsUnder = [&diagnostics](const QString &array) {
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.isError() && (d.key == array || d.key.startsWith(array + u'[')))
                return true;
        }
        return false;
    };
    forEachEntry(root, "services"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        Service s;
        s.name = r.text("name"_L1, true);
        s.owner = r.text("owner"_L1);
        s.system = r.text("system"_L1);
        s.tier = r.integer("tier"_L1, 0, 0, 5);
        s.kind = r.word("kind"_L1, &serviceKindFromWord);
        s.repository = r.text("repository"_L1);
        s.pathInRepo = r.text("path"_L1);
        s.inCatalog = true;
        if (!r.failed())
            batch.services.append(s);
    });
    forEachEntry(root, "dependencies"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        Dependency d;
        d.consumer = r.text("consumer"_L1, true);
        d.provider = r.text("provider"_L1, true);
        d.kind = r.word("kind"_L1, &dependencyKindFromWord);
        d.evidence = r.text("evidence"_L1);
        if (!r.failed())
            batch.dependencies.append(d);
    });
    batch.replacesCatalog = root.contains("services"_L1) && !errorsUnder(u"services"_s);
    batch.replacesDependencies
        = root.contains("dependencies"_L1) && !errorsUnder(u"dependencies"_s);
    forEachEntry(root, "runs"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        PipelineRun run;
        run.externalId = r.text("id"_L1, true);
        run.service = r.text("service"_L1, true);
        run.pipeline = r.text("pipeline"_L1);
        run.status = r.word("status"_L1, &runStatusFromWord);
        run.startedAt = r.time("started"_L1);
        run.finishedAt = r.time("finished"_L1);
        if (run.startedAt != NoTime && run.finishedAt != NoTime)
            run.durationMs = run.finishedAt - run.startedAt;
        const int queued = r.integer("queuedSeconds"_L1, -1, -1, 365 * 24 * 3600);
        run.queuedMs = queued < 0 ? -1 : qint64(queued) * 1000;
        run.commitSha = r.text("commit"_L1);
        run.branch = r.text("branch"_L1);
        run.attempt = r.integer("attempt"_L1, 1, 1, 10000);
        run.url = r.text("url"_L1);
        if (!r.failed())
            batch.runs.append(run);
    });
    QSet<QString> runsInFile;
    for (const PipelineRun &run : std::as_const(batch.runs))
        runsInFile.insert(run.externalId);
    forEachEntry(root, "jobs"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        PipelineJob job;
        job.externalId = r.text("id"_L1, true);
        job.runExternalId = r.text("run"_L1, true);
        job.name = r.text("name"_L1, true);
        job.stage = r.text("stage"_L1);
        job.status = r.word("status"_L1, &runStatusFromWord);
        job.startedAt = r.time("started"_L1);
        job.finishedAt = r.time("finished"_L1);
        if (job.startedAt != NoTime && job.finishedAt != NoTime)
            job.durationMs = job.finishedAt - job.startedAt;
        const int queued = r.integer("queuedSeconds"_L1, -1, -1, 365 * 24 * 3600);
        job.queuedMs = queued < 0 ? -1 : qint64(queued) * 1000;
        job.url = r.text("url"_L1);
        // The store would drop a job of an unknown run without a word; the file's author should
        // hear which entry it was. A run an earlier read of this file brought still counts.
        if (!job.runExternalId.isEmpty() && !runsInFile.contains(job.runExternalId)
            && !(hasStoredRun && hasStoredRun(job.runExternalId))) {
            r.problem(Diagnostic::Severity::Error, "run"_L1,
                      FileSourceTr::tr("no run \"%1\" in this file or in the cache")
                          .arg(job.runExternalId));
        }
        if (!r.failed())
            batch.jobs.append(job);
    });
    forEachEntry(root, "deployments"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        Deployment d;
        d.externalId = r.text("id"_L1, true);
        d.service = r.text("service"_L1, true);
        d.version = r.text("version"_L1);
        d.environment = r.text("environment"_L1, true);
        d.deployedAt = r.time("time"_L1);
        d.status = r.word("status"_L1, &deploymentStatusFromWord);
        d.commitSha = r.text("commit"_L1);
        d.url = r.text("url"_L1);
        if (!r.failed())
            batch.deployments.append(d);
    });
    forEachEntry(root, "rollouts"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        Rollout o;
        o.externalId = r.text("id"_L1, true);
        o.service = r.text("service"_L1, true);
        o.version = r.text("version"_L1);
        o.strategy = r.word("strategy"_L1, &rolloutStrategyFromWord);
        o.step = r.integer("step"_L1, 0, 0, 1000);
        o.stepCount = r.integer("steps"_L1, 0, 0, 1000);
        o.weight = r.integer("weight"_L1, -1, -1, 100);
        o.phase = r.word("phase"_L1, &rolloutPhaseFromWord);
        o.message = r.text("message"_L1);
        o.updatedAt = r.time("updated"_L1);
        const QJsonValue analysis = r.object().value("analysis"_L1);
        if (!analysis.isUndefined() && !analysis.isArray())
            r.problem(Diagnostic::Severity::Error, "analysis"_L1,
                      FileSourceTr::tr("expected a list"));
        const QJsonArray results = analysis.toArray();
        for (qsizetype j = 0; j < results.size(); ++j) {
            EntryReader a(results.at(j).toObject(),
                          r.key() + u".analysis[" + QString::number(j) + u']', origin, diagnostics,
                          shiftMs);
            AnalysisResult measured {a.text("metric"_L1, true),
                                     a.word("phase"_L1, &analysisPhaseFromWord),
                                     a.number("value"_L1, 0), a.number("threshold"_L1, 0)};
            measured.hasThreshold = a.object().contains("threshold"_L1);
            measured.thresholdIsMaximum
                = !(a.object().contains("failsBelow"_L1) && a.boolean("failsBelow"_L1));
            measured.condition = a.text("condition"_L1);
            forEachListEntry(a, "measurements"_L1, [&](EntryReader &m) {
                const AnalysisMeasurement point {m.time("time"_L1, true), m.number("value"_L1, 0),
                                                 m.word("phase"_L1, &analysisPhaseFromWord)};
                if (!m.failed())
                    measured.measurements.append(point);
            });
            if (!a.failed())
                o.analysis.append(measured);
        }
        o.stableWeight = r.integer("stableWeight"_L1, -1, -1, 100);
        o.pauseReason = r.text("pauseReason"_L1);
        o.location = r.text("location"_L1);
        // Declared steps, each an object with one key as in a Rollout's spec: {"setWeight": 25},
        // {"pause": "10m"}, {"analysis": "error-rate"}.
        forEachListEntry(r, "stepList"_L1, [&](EntryReader &step) {
            const QJsonObject object = step.object();
            if (object.contains("setWeight"_L1)) {
                o.steps.append(
                    {RolloutStepKind::SetWeight, step.integer("setWeight"_L1, 0, 0, 100), {}});
            } else if (object.contains("pause"_L1)) {
                o.steps.append({RolloutStepKind::Pause, -1, step.text("pause"_L1)});
            } else if (object.contains("analysis"_L1)) {
                o.steps.append({RolloutStepKind::Analysis, -1, step.text("analysis"_L1)});
            } else {
                o.steps.append({RolloutStepKind::Other, -1, object.keys().value(0)});
            }
        });
        // What the rollout went through before, for sources that know it; the store adds what
        // it sees change itself.
        forEachListEntry(r, "history"_L1, [&](EntryReader &h) {
            const RolloutProgress point {h.time("time"_L1, true), h.integer("step"_L1, 0, 0, 1000),
                                         h.integer("weight"_L1, -1, -1, 100),
                                         h.word("phase"_L1, &rolloutPhaseFromWord)};
            if (!h.failed())
                o.history.append(point);
        });
        if (!r.failed())
            batch.rollouts.append(o);
    });
    forEachEntry(root, "verifications"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        ContractVerification v;
        v.externalId = r.text("id"_L1, true);
        v.consumer = r.text("consumer"_L1, true);
        v.consumerVersion = r.text("consumerVersion"_L1);
        v.provider = r.text("provider"_L1, true);
        v.providerVersion = r.text("providerVersion"_L1);
        v.result = r.word("result"_L1, &verificationResultFromWord);
        v.verifiedAt = r.time("verifiedAt"_L1);
        v.url = r.text("url"_L1);
        if (!r.failed())
            batch.verifications.append(v);
    });
    forEachEntry(root, "flags"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        FlagState f;
        f.key = r.text("key"_L1, true);
        f.environment = r.text("environment"_L1, true);
        f.enabled = r.boolean("enabled"_L1);
        f.service = r.text("service"_L1);
        f.updatedAt = r.time("updated"_L1);
        if (!r.failed())
            batch.flags.append(f);
    });
    forEachEntry(root, "incidents"_L1, origin, diagnostics, shiftMs, [&](EntryReader &r) {
        Incident i;
        i.externalId = r.text("id"_L1, true);
        i.service = r.text("service"_L1);
        i.title = r.text("title"_L1);
        i.createdAt = r.time("created"_L1, true);
        i.resolvedAt = r.time("resolved"_L1);
        if (i.createdAt != NoTime && i.resolvedAt != NoTime && i.resolvedAt < i.createdAt)
            r.problem(Diagnostic::Severity::Error, "resolved"_L1,
                      FileSourceTr::tr("resolved before it was created"));
        i.rootCauseCommit = r.text("rootCause"_L1);
        if (!i.rootCauseCommit.isEmpty() && !isCommitSha(i.rootCauseCommit))
            r.problem(Diagnostic::Severity::Error, "rootCause"_L1,
                      FileSourceTr::tr("\"%1\" is not a commit: expected 7 to 40 hex digits")
                          .arg(i.rootCauseCommit));
        i.url = r.text("url"_L1);
        if (!r.failed())
            batch.incidents.append(i);
    });
    return result;
}

} // namespace Signalbox
