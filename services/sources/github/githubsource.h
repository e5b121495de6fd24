#pragma once

#include "sources/source.h"

#include <QObject>

namespace Signalbox {

// Reads GitHub Actions workflow runs and their jobs, deployments with their statuses, and
// environments from GitHub or GitHub Enterprise Server (REST API 2022-11-28):
//
//   sources:
//     - kind: github
//       repositories: [acme/shop, acme/storefront]
//       workflows: { .github/workflows/cart.yml: cart }   # monorepos
//
// Every list is asked for conditionally, and the cursor remembers which runs and deployments are
// written in which state: a sync with nothing new costs only 304 answers, and jobs and statuses
// are fetched only for what changed.
class GitHubSource final : public Source
{
public:
    static SourceDescription staticDescription(); // translated
    SourceDescription description() const override { return staticDescription(); }
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;
    // Reaches /rate_limit and, with a token, /user.
    ConnectionCheck checkConnection(const SourceConfig &config,
                                    const FetchContext &context) override;
};

class GitHubSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "github.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new GitHubSource; }
    SourceDescription translatedDescription() const override
    {
        return GitHubSource::staticDescription();
    }
};

} // namespace Signalbox
