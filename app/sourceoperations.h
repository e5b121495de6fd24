#pragma once

#include "sources/sourceoperations.h"

namespace Signalbox {

// The Sources dialog's operations carried out by services: the source registry's kinds,
// Source::checkConnection with the token resolved through Credentials, WorkspaceSourcesEditor
// and the keychain.
//
//     auto *dialog = new SourcesDialog(path, workspace, sourceOperationsFromServices(), window);
SourceOperations sourceOperationsFromServices();

} // namespace Signalbox
