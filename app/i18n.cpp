#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Signalbox {

bool installTranslators(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> qtTranslator;
    static std::unique_ptr<QTranslator> appTranslator;
    for (auto *old : {qtTranslator.get(), appTranslator.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    appTranslator = std::make_unique<QTranslator>();
    const bool found = appTranslator->load(locale, u"signalbox"_s, u"_"_s, u":/i18n"_s);
    // Without a translation for the locale, English still needs its plural forms
    // ("1 day ago", "2 days ago").
    if (found || appTranslator->load(u"signalbox_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator.get());
    return found;
}

} // namespace Signalbox
