#pragma once

#include "sources/source.h"

#include <QObject>

namespace Signalbox::Test {

// A source kind with a setting of every type and a token, built into the tests that import it
// (Q_IMPORT_PLUGIN(EverySettingSourcePlugin)), so that the workspace editor and the Sources
// dialog are tested on lists, maps, paths and tokens whatever kinds the build has.
//
// Its connection check answers from the token it is given: "good-token" is accepted (identity
// "robot", 4990 of 5000 requests left), an empty one is "not sent", any other is refused. With a
// base URL on the host slow.example it waits until it is cancelled (at most 20 s).
class EverySettingSource final : public Source
{
public:
    SourceDescription description() const override;
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;
    ConnectionCheck checkConnection(const SourceConfig &config,
                                    const FetchContext &context) override;
};

class EverySettingSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "everysettingsource.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new EverySettingSource; }
};

} // namespace Signalbox::Test
