#pragma once

#include "entities.h"

#include <QString>

namespace Signalbox {

// "just now", "12 min ago", "3 h ago", "5 days ago"; "—" when the time is not known.
QString formatAge(EpochMs at, EpochMs now);
// "4 min 12 s", "1 h 03 min", from two days on "9 d 21 h"; "—" when not known.
QString formatDuration(qint64 ms);
// Local date and time in the user's short format.
QString formatLocalTime(EpochMs at);

} // namespace Signalbox
