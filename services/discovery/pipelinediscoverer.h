#pragma once

#include "domain/discovery.h"
#include "sourcefile.h"

#include <optional>

namespace Signalbox {

// The CI system a file belongs to, by its path: `.github/workflows/*.yml|yaml`, `.gitlab-ci.yml`
// (anywhere: child pipelines live in service folders), `Jenkinsfile` (anywhere), `*.yml|yaml` in
// a `.tekton/` folder, `.circleci/config.yml`.
std::optional<DiscoveredPipeline::System> pipelineSystemOf(const QString &path);

// One DiscoveredPipeline per CI file. Which services it builds or deploys is a heuristic, in order:
// 1. a CI file inside a service's folder belongs to that service (the deepest folder);
// 2. otherwise every service whose folder the file names as a path (a `paths:` filter, a
//    `working-directory:`, `cd services/cart`, `context: services/cart`): the folder must stand
//    as a whole path, so `services/cart` does not match `services/cart-ui`;
// 3. otherwise, when the repository holds exactly one service that is not a datastore, broker or
//    observability component (those are run, not built), that one;
// 4. otherwise none. Services without a folder are only found by rule 3.
// The pipeline's evidence is the first line naming a service's folder (rule 2), else the file as
// a whole (line 0). A YAML CI file that does not parse is still listed, with a ScanProblem.
DiscoveryResult discoverPipelines(const QList<SourceFile> &files,
                                  const QList<DiscoveredService> &services);

} // namespace Signalbox
