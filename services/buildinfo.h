#pragma once

#include <QString>

namespace Signalbox {

// The versions of the libraries this build runs with, for About and --version.
QString libraryVersions();

} // namespace Signalbox
