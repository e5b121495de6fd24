#pragma once

#include <QString>

namespace Signalbox {

// The name of the person at the keyboard, as the operating system knows them: recorded with
// the decisions they make (checklist overrides, release notes). Never empty.
QString osUserName();

} // namespace Signalbox
