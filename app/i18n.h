#pragma once

#include <QLocale>

class QCoreApplication;

namespace Signalbox {

// Installs Qt's own translations and Signalbox's for the locale; returns whether Signalbox's
// translation for that locale was found. Replaces translators installed by an earlier call.
bool installTranslators(const QLocale &locale);

} // namespace Signalbox
