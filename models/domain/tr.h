#pragma once

#include <QCoreApplication>

namespace Signalbox {

// Gives code outside QObject subclasses a tr() with one translation context per library,
// the way Qt Creator's Tr structs do.
struct ModelsTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Models)
};

} // namespace Signalbox
