#pragma once

#include "domain/workspace.h"

namespace Signalbox {

// One change to a workspace's list of sources, as the Sources dialog asks for it and the
// workspace editor (services/workspace/workspacesourceseditor.h) carries it out.
struct SourcesEdit
{
    enum class Operation { Add, Replace, Remove };
    Operation operation = Operation::Add;
    QString name; // the source to replace or remove
    SourceConfig config; // what to add, or what replaces it
};

struct SourcesEditResult
{
    bool changed = false; // the file was written
    QString error; // translated, with file and line; empty on success
};

} // namespace Signalbox
