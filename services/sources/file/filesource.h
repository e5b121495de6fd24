#pragma once

#include "sources/source.h"

#include <QObject>

namespace Signalbox {

// Reads services, dependencies, runs with their jobs, deployments, rollouts, verifications, flags
// and incidents from a JSON file in the format DEVELOPERS.md describes. Used by the demo, by
// tests, and by teams that export from a system Signalbox has no source for yet.
class FileSource final : public Source
{
public:
    static SourceDescription staticDescription(); // translated
    SourceDescription description() const override { return staticDescription(); }
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;

    // The parsing on its own, for tests: reads one document, shifting its times to now when
    // rebaseTimes is set. A job must name a run of the same file or one hasStoredRun knows (runs
    // an earlier read of the file brought); without hasStoredRun, only the file's runs count.
    static FetchResult
    parseDocument(const QByteArray &json, const QString &origin, bool rebaseTimes, EpochMs now,
                  const std::function<bool(const QString &runExternalId)> &hasStoredRun = {});
};

class FileSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "filesource.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new FileSource; }
    SourceDescription translatedDescription() const override
    {
        return FileSource::staticDescription();
    }
};

} // namespace Signalbox
