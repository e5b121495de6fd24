#pragma once

#include <QString>
#include <QStringList>

namespace Signalbox {

// What the command line asks for. Parsing never needs a display, so --help and --version work
// on a headless machine (CI runs the installed `signalbox --version`).
struct CommandLine
{
    enum class Action { OpenGui, ShowHelp, ShowVersion, Error };

    Action action = Action::OpenGui;
    QString workspacePath; // empty: reopen the last workspace
    bool openDemo = false;
    QString cacheDirectory; // empty: the platform's cache location
    bool measureStartup = false;
    QString error; // for Action::Error, one line for stderr
    QString helpText;

    // Needs a QCoreApplication (not a GUI one): main() checks the arguments before it decides
    // whether to create a QApplication at all.
    static CommandLine parse(const QStringList &arguments);
};

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitCannotOpen = 3 };

} // namespace Signalbox
