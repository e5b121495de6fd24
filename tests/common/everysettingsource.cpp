#include "everysettingsource.h"

#include "domain/workspace.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Signalbox::Test {

SourceDescription EverySettingSource::description() const
{
    return *SourceRegistry::describe(u"everysetting"_s);
}

FetchResult EverySettingSource::fetch(const SourceConfig &, const Workspace &, const FetchContext &)
{
    return {};
}

ConnectionCheck EverySettingSource::checkConnection(const SourceConfig &config,
                                                    const FetchContext &context)
{
    ConnectionCheck check;
    const QUrl url(config.settings.value(u"baseUrl"_s).toString());
    if (url.host() == u"slow.example") {
        const QDeadlineTimer deadline(20'000);
        while (!context.isCancelled() && !deadline.hasExpired())
            QThread::msleep(10);
        check.message = u"cancelled"_s;
        return check;
    }
    check.reached = true;
    if (context.token == u"good-token") {
        check.authenticated = true;
        check.identity = u"robot"_s;
        check.rateLimitRemaining = 4990;
        check.rateLimitTotal = 5000;
        check.message = u"Connected to %1."_s.arg(url.host());
    } else if (context.token.isEmpty()) {
        check.message = u"The server answered; no token was sent."_s;
    } else {
        check.message = u"The server refused the token (HTTP 401)."_s;
    }
    return check;
}

} // namespace Signalbox::Test
