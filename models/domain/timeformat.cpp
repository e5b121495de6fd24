#include "timeformat.h"

#include "tr.h"

#include <QDateTime>
#include <QLocale>

namespace Signalbox {

QString formatAge(EpochMs at, EpochMs now)
{
    if (at == NoTime)
        return QStringLiteral("—");
    const qint64 seconds = (now - at) / 1000;
    if (seconds < 0)
        return ModelsTr::tr("in the future");
    if (seconds < 60)
        return ModelsTr::tr("just now");
    if (seconds < 3600)
        return ModelsTr::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return ModelsTr::tr("%n h ago", nullptr, int(seconds / 3600));
    return ModelsTr::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return ModelsTr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ModelsTr::tr("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    // Past two days, hours and minutes stop being readable ("552 h 00 min"): days and hours.
    if (seconds >= 48 * 3600)
        return ModelsTr::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    return ModelsTr::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatLocalTime(EpochMs at)
{
    if (at == NoTime)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace Signalbox
