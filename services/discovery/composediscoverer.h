#pragma once

#include "discovery/sourcefile.h"
#include "domain/discovery.h"

namespace Signalbox {

// Finds services and dependencies in docker-compose files, with no disk or git access.
//
// Compose files are those named docker-compose*.yml|yaml or compose*.yml|yaml (a separator
// after "compose": "docker-compose.prod.yml", "compose-dev.yaml", not "composer.yml"). The files
// of one folder form one project and are layered the way `docker compose -f … -f …` would merge
// them: the base files (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml),
// then the overrides (compose.override.* and docker-compose.override.*), then every other
// compose file of the folder in alphabetical order. A later file replaces an environment
// variable and the image of a service, and adds to its depends_on and links.
//
// A `.env` file in the same folder interpolates ${VAR}, ${VAR:-default}, ${VAR-default},
// ${VAR:+alt}, ${VAR:?err} and $VAR ($$ is a literal $) in images and environment values before
// they are matched; there is no shell environment here, so an unset variable is empty.
//
// Edges: depends_on (list and map forms) and links; environment values (list KEY=VALUE and map
// forms) whose URL host (http://payments:8080/x, postgres://user@orders-db/db, amqp://rabbit),
// host:port (payments:5432) or, for a key that names a host (DB_HOST, REDIS_ADDR, ...), whole
// value is another service of the same project. The evidence is the line of the depends_on item
// or of the environment entry, as written (before interpolation).
//
// Kinds from the image's words (registry and tag ignored): postgres, postgresql, postgis, mysql,
// mariadb, mongo, mongodb, redis, elasticsearch, opensearch, cassandra, memcached -> Datastore;
// kafka, rabbitmq, nats, redpanda -> Broker; prometheus, grafana, loki, jaeger, jaegertracing,
// zipkin, otel, opentelemetry -> Observability; anything else, or only a build, -> Service.
// An edge is Datastore when its provider is a datastore, Async for a broker, Sync otherwise.
//
// Not read: `extends`, `include`, env_file contents, network aliases, version-1 files without a
// `services:` key. Invalid YAML and entries of the wrong type become problems; the rest is read.
DiscoveryResult discoverCompose(const QList<SourceFile> &files);

// Whether the file name (no folder) is one discoverCompose reads.
bool isComposeFileName(const QString &fileName);

} // namespace Signalbox
