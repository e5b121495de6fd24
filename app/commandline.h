#pragma once

#include <QString>
#include <QStringList>

namespace Signalbox {

// What the command line asks for. Parsing never needs a display, so --help and --version work
// on a headless machine (CI runs the installed `signalbox --version`).
struct CommandLine
{
    enum class Action { OpenGui, RunCommand, ShowHelp, ShowVersion, Error };

    Action action = Action::OpenGui;
    QString command; // triage, blocked, plan, impact, sync, discover (Action::RunCommand)
    // what follows the command: services for plan and impact, source names for sync,
    // repository folders for discover
    QStringList commandArguments;
    QString environment; // --env; empty: the workspace's last environment
    QString version; // `can-i-deploy`: --version, the service's version to ask about
    QString planName; // `plan --save NAME`: the release plan to save; empty: print only
    bool json = false; // --json
    // `report`: --format md|pdf, --out FILE (stdout when empty; required for pdf), --days N
    QString reportFormat = QStringLiteral("md");
    QString outputPath;
    int reportDays = 30;
    qint64 reportUntil = -1; // --until DATE: the window ends at the start of the next day (UTC)
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

// Exit codes shared by every command, documented in the README. ExitBlocked is a CI gate's "no":
// `signalbox plan` found a requested service blocked, like `pact-broker can-i-deploy` (with
// --save the plan is saved all the same). `plan --save` with a name an open plan has is ExitUsage.
// `signalbox can-i-deploy` exits ExitOk, ExitBlocked or ExitUnknown (no verdict, or the broker
// could not be asked); its usage errors share ExitUsage's 2.
enum ExitCode {
    ExitOk = 0,
    ExitBlocked = 1,
    ExitUsage = 2,
    ExitUnknown = 2,
    ExitCannotOpen = 3,
    ExitUnknownService = 4,
    // `signalbox sync` / `scan`: at least one source or repository failed; the others were written
    ExitSyncFailed = 5
};

// The commands that run without a display.
inline const QStringList HeadlessCommands {
    QStringLiteral("triage"), QStringLiteral("blocked"),      QStringLiteral("plan"),
    QStringLiteral("impact"), QStringLiteral("sync"),         QStringLiteral("discover"),
    QStringLiteral("scan"),   QStringLiteral("history"),      QStringLiteral("templates"),
    QStringLiteral("report"), QStringLiteral("can-i-deploy"), QStringLiteral("plans")};

} // namespace Signalbox
