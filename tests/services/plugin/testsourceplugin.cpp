// A source plugin as a third party would write it: a shared library built apart from Signalbox,
// using only its headers, loaded with QPluginLoader from a plugin folder.
#include "domain/workspace.h"
#include "sources/source.h"

#include <QObject>

using namespace Qt::StringLiterals;

class CountingSource final : public Signalbox::Source
{
public:
    Signalbox::SourceDescription description() const override { return {}; }

    Signalbox::FetchResult fetch(const Signalbox::SourceConfig &config,
                                 const Signalbox::Workspace &,
                                 const Signalbox::FetchContext &context) override
    {
        Signalbox::FetchResult result;
        const int count = config.settings.value(u"runs"_s).toInt();
        const QString service = config.settings.value(u"service"_s).toString();
        for (int i = 1; i <= count; ++i) {
            Signalbox::PipelineRun run;
            run.externalId = u"plugin-run-"_s + QString::number(i);
            run.service = service;
            run.pipeline = u"build"_s;
            run.status
                = i == count ? Signalbox::RunStatus::Failed : Signalbox::RunStatus::Succeeded;
            run.startedAt = context.now - (count - i + 1) * 60'000;
            run.finishedAt = run.startedAt + 30'000;
            run.durationMs = 30'000;
            result.batch.runs.append(run);
        }
        result.cursor = QString::number(count);
        return result;
    }
};

class TestSourcePlugin : public QObject, public Signalbox::SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "testsourceplugin.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Signalbox::Source *createSource() const override { return new CountingSource; }
};

#include "testsourceplugin.moc"
