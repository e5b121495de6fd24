#pragma once

#include "sources/source.h"

#include <QObject>

namespace Signalbox {

// Reads GitLab CI through REST API v4: pipelines with their durations, queue times and jobs
// (by stage), deployments and environments of each configured project, on gitlab.com or a
// self-managed instance.
//
// A sync costs little when little changed: every request is conditional (GitLab sends ETags),
// the pipeline list is read newest first only until a page holds nothing new, and details and
// jobs are fetched only for pipelines that are new, changed (updated_at) or still running, at
// most 30 per project and sync (the rest follow on the next syncs, shown meanwhile with what the
// list says). A sync with nothing new answers 304 throughout and writes nothing.
//
// Retried jobs: jobs are read with include_retried=true; GitLab then lists a retried job's
// earlier attempts under the same name with older ids. Only the newest attempt of each job is
// stored, and the pipeline's attempt is the largest number of attempts any of its jobs took
// (a pipeline where one job ran three times is attempt 3).
class GitLabSource final : public Source
{
public:
    static SourceDescription staticDescription(); // translated
    SourceDescription description() const override { return staticDescription(); }
    FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                      const FetchContext &context) override;
    // GET /version (reached; with a token, authenticated and which version) and, with a token,
    // GET /user (whose token).
    ConnectionCheck checkConnection(const SourceConfig &config,
                                    const FetchContext &context) override;
};

class GitLabSourcePlugin : public QObject, public SourcePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SignalboxSourcePlugin_iid FILE "gitlab.json")
    Q_INTERFACES(Signalbox::SourcePlugin)

public:
    Source *createSource() const override { return new GitLabSource; }
    SourceDescription translatedDescription() const override
    {
        return GitLabSource::staticDescription();
    }
};

} // namespace Signalbox
