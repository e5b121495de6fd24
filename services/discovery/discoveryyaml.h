#pragma once

#include "domain/discovery.h"
#include "sourcefile.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Signalbox {

Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)

struct DiscoveryTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Discovery)
};

// The evidence for a 1-based line of a file: its text, trimmed.
Evidence evidenceAt(const SourceFile &file, int line);
// The 1-based line a YAML node starts on.
int lineOf(const YAML::Node &node);
// "invalid YAML at line 3: …" with the parser's line.
ScanProblem yamlProblem(const SourceFile &file, const YAML::Exception &e);

} // namespace Signalbox
