#include "discoveryjson.h"

#include "wordtable.h"

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

constexpr std::array<std::pair<DiscoveryOrigin, QStringView>, 5> Origins {{
    {DiscoveryOrigin::Catalog, u"catalog"},
    {DiscoveryOrigin::Compose, u"compose"},
    {DiscoveryOrigin::Kubernetes, u"kubernetes"},
    {DiscoveryOrigin::Helm, u"helm"},
    {DiscoveryOrigin::CiDefinition, u"ci"},
}};

constexpr std::array<std::pair<DiscoveredPipeline::System, QStringView>, 5> Systems {{
    {DiscoveredPipeline::System::GitHubActions, u"github-actions"},
    {DiscoveredPipeline::System::GitLabCi, u"gitlab-ci"},
    {DiscoveredPipeline::System::Jenkins, u"jenkins"},
    {DiscoveredPipeline::System::Tekton, u"tekton"},
    {DiscoveredPipeline::System::CircleCi, u"circleci"},
}};

constexpr std::array<std::pair<TemplateReference::Kind, QStringView>, 4> TemplateKinds {{
    {TemplateReference::Kind::GitHubWorkflow, u"github-workflow"},
    {TemplateReference::Kind::GitHubAction, u"github-action"},
    {TemplateReference::Kind::GitLabInclude, u"gitlab-include"},
    {TemplateReference::Kind::JenkinsLibrary, u"jenkins-library"},
}};

constexpr std::array<std::pair<ServiceTemplates::Pipeline, QStringView>, 4> PipelineWords {{
    {ServiceTemplates::Pipeline::Templated, u"templated"},
    {ServiceTemplates::Pipeline::HandRolled, u"hand-rolled"},
    {ServiceTemplates::Pipeline::NoPipeline, u"no-pipeline"},
    {ServiceTemplates::Pipeline::Unreadable, u"unreadable"},
}};

QJsonArray stringsToJson(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonArray evidenceToJson(const QList<Evidence> &list)
{
    QJsonArray array;
    for (const Evidence &e : list)
        array.append(toJson(e));
    return array;
}

QList<Evidence> evidenceListFromJson(const QJsonValue &value)
{
    QList<Evidence> list;
    for (const QJsonValue &v : value.toArray())
        list.append(evidenceFromJson(v.toObject()));
    return list;
}

} // namespace

QString toWord(DiscoveryOrigin origin)
{
    return wordFor(Origins, origin);
}

DiscoveryOrigin discoveryOriginFromWord(QStringView word, bool *ok)
{
    return enumFor(Origins, word, Origins.front().first, ok);
}

QString toWord(DiscoveredPipeline::System system)
{
    return wordFor(Systems, system);
}

DiscoveredPipeline::System pipelineSystemFromWord(QStringView word, bool *ok)
{
    return enumFor(Systems, word, Systems.front().first, ok);
}

QString toWord(TemplateReference::Kind kind)
{
    return wordFor(TemplateKinds, kind);
}

QString toWord(ServiceTemplates::Pipeline pipeline)
{
    return wordFor(PipelineWords, pipeline);
}

QJsonObject toJson(const Evidence &evidence)
{
    return {{u"repository"_s, evidence.repository},
            {u"path"_s, evidence.path},
            {u"line"_s, evidence.line},
            {u"text"_s, evidence.text}};
}

Evidence evidenceFromJson(const QJsonObject &object)
{
    return {object.value(u"repository"_s).toString(), object.value(u"path"_s).toString(),
            object.value(u"line"_s).toInt(), object.value(u"text"_s).toString()};
}

QJsonObject toJson(const DiscoveredService &s)
{
    return {{u"name"_s, s.name},
            {u"kind"_s, toWord(s.kind)},
            {u"owner"_s, s.owner},
            {u"system"_s, s.system},
            {u"lifecycle"_s, s.lifecycle},
            {u"path"_s, s.path},
            {u"origin"_s, toWord(s.origin)},
            {u"evidence"_s, evidenceToJson(s.evidence)}};
}

QJsonObject toJson(const DiscoveredDependency &d)
{
    return {{u"consumer"_s, d.consumer},
            {u"provider"_s, d.provider},
            {u"kind"_s, toWord(d.kind)},
            {u"origin"_s, toWord(d.origin)},
            {u"evidence"_s, evidenceToJson(d.evidence)}};
}

QJsonObject toJson(const DiscoveredPipeline &p)
{
    return {{u"system"_s, toWord(p.system)},
            {u"repository"_s, p.evidence.repository},
            {u"path"_s, p.path},
            {u"services"_s, stringsToJson(p.services)},
            {u"evidence"_s, toJson(p.evidence)}};
}

QJsonObject toJson(const ScanProblem &p)
{
    return {{u"repository"_s, p.repository}, {u"path"_s, p.path}, {u"reason"_s, p.reason}};
}

QJsonObject toJson(const DiscoveryResult &result)
{
    QJsonArray services, dependencies, pipelines, problems;
    for (const DiscoveredService &s : result.services)
        services.append(toJson(s));
    for (const DiscoveredDependency &d : result.dependencies)
        dependencies.append(toJson(d));
    for (const DiscoveredPipeline &p : result.pipelines)
        pipelines.append(toJson(p));
    for (const ScanProblem &p : result.problems)
        problems.append(toJson(p));
    return {{u"services"_s, services},
            {u"dependencies"_s, dependencies},
            {u"pipelines"_s, pipelines},
            {u"problems"_s, problems}};
}

DiscoveryResult discoveryResultFromJson(const QJsonObject &object)
{
    DiscoveryResult result;
    for (const QJsonValue &v : object.value(u"services"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DiscoveredService s;
        s.name = o.value(u"name"_s).toString();
        s.kind = serviceKindFromWord(o.value(u"kind"_s).toString());
        s.owner = o.value(u"owner"_s).toString();
        s.system = o.value(u"system"_s).toString();
        s.lifecycle = o.value(u"lifecycle"_s).toString();
        s.path = o.value(u"path"_s).toString();
        s.origin = discoveryOriginFromWord(o.value(u"origin"_s).toString());
        s.evidence = evidenceListFromJson(o.value(u"evidence"_s));
        if (!s.name.isEmpty())
            result.services.append(s);
    }
    for (const QJsonValue &v : object.value(u"dependencies"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DiscoveredDependency d;
        d.consumer = o.value(u"consumer"_s).toString();
        d.provider = o.value(u"provider"_s).toString();
        d.kind = dependencyKindFromWord(o.value(u"kind"_s).toString());
        d.origin = discoveryOriginFromWord(o.value(u"origin"_s).toString());
        d.evidence = evidenceListFromJson(o.value(u"evidence"_s));
        if (!d.consumer.isEmpty() && !d.provider.isEmpty())
            result.dependencies.append(d);
    }
    for (const QJsonValue &v : object.value(u"pipelines"_s).toArray()) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        DiscoveredPipeline p;
        p.system = pipelineSystemFromWord(o.value(u"system"_s).toString(), &ok);
        p.path = o.value(u"path"_s).toString();
        p.services = stringsFromJson(o.value(u"services"_s));
        p.evidence = evidenceFromJson(o.value(u"evidence"_s).toObject());
        if (ok && !p.path.isEmpty())
            result.pipelines.append(p);
    }
    for (const QJsonValue &v : object.value(u"problems"_s).toArray()) {
        const QJsonObject o = v.toObject();
        result.problems.append({o.value(u"repository"_s).toString(), o.value(u"path"_s).toString(),
                                o.value(u"reason"_s).toString()});
    }
    return result;
}

QJsonObject toJson(const ServiceTemplates &t)
{
    QJsonArray references;
    for (const TemplateReference &r : t.references) {
        references.append(QJsonObject {{u"kind"_s, toWord(r.kind)},
                                       {u"identity"_s, r.identity},
                                       {u"version"_s, r.version},
                                       {u"carriesVersion"_s, r.carriesVersion},
                                       {u"evidence"_s, toJson(r.evidence)}});
    }
    return {{u"service"_s, t.service},
            {u"pipeline"_s, toWord(t.pipeline)},
            {u"ciFiles"_s, stringsToJson(t.ciFiles)},
            {u"references"_s, references}};
}

ServiceTemplates serviceTemplatesFromJson(const QJsonObject &object)
{
    ServiceTemplates t;
    t.service = object.value(u"service"_s).toString();
    t.pipeline = enumFor(PipelineWords, object.value(u"pipeline"_s).toString(),
                         PipelineWords.front().first);
    t.ciFiles = stringsFromJson(object.value(u"ciFiles"_s));
    for (const QJsonValue &v : object.value(u"references"_s).toArray()) {
        const QJsonObject o = v.toObject();
        TemplateReference r;
        r.kind = enumFor(TemplateKinds, o.value(u"kind"_s).toString(), TemplateKinds.front().first);
        r.identity = o.value(u"identity"_s).toString();
        r.version = o.value(u"version"_s).toString();
        r.carriesVersion = o.value(u"carriesVersion"_s).toBool(true);
        r.evidence = evidenceFromJson(o.value(u"evidence"_s).toObject());
        t.references.append(r);
    }
    return t;
}

} // namespace Signalbox
