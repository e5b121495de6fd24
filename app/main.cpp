#include "application.h"
#include "buildinfo.h"
#include "commandline.h"
#include "headlesscommand.h"
#include "i18n.h"
#include "mainwindow.h"
#include "sources/source.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Signalbox"_s);
    QCoreApplication::setOrganizationDomain(u"signalbox.example.org"_s);
    QCoreApplication::setApplicationName(u"signalbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
}

bool needsGraphics(const CommandLine &command)
{
    return command.command == u"report" && command.reportFormat == u"pdf";
}

int answerOnConsole(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.action) {
    case CommandLine::Action::ShowHelp:
        out << command.helpText;
        return ExitOk;
    case CommandLine::Action::ShowVersion:
        out << "signalbox " << QCoreApplication::applicationVersion() << " (" << libraryVersions()
            << ")\n";
        return ExitOk;
    case CommandLine::Action::Error:
        err << "signalbox: " << command.error << '\n'
            << QCoreApplication::translate("Signalbox::CommandLine", "Try 'signalbox --help'.")
            << '\n';
        return ExitUsage;
    case CommandLine::Action::OpenGui:
    case CommandLine::Action::RunCommand:
        break;
    }
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    setApplicationIdentity();

    // The arguments are checked before a GUI exists, so --help, --version and mistakes are
    // answered on a machine without a display too.
    CommandLine command;
    {
        QCoreApplication console(argc, argv);
        installTranslators(QLocale());
        command = CommandLine::parse(console.arguments());
        if (command.action == CommandLine::Action::RunCommand && !needsGraphics(command)) {
            SourceRegistry::loadPlugins(SourceRegistry::pluginDirectories());
            QTextStream out(stdout);
            QTextStream err(stderr);
            return runHeadlessCommand(
                command, QStandardPaths::writableLocation(QStandardPaths::CacheLocation), out, err);
        }
        if (command.action != CommandLine::Action::OpenGui
            && command.action != CommandLine::Action::RunCommand)
            return answerOnConsole(command);
    }

    if (command.action == CommandLine::Action::RunCommand) {
        // A PDF with charts: QtCharts are graphics items and need a QApplication, but nothing is
        // shown, so the offscreen platform serves on a machine without a display too.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication printer(argc, argv);
        installTranslators(QLocale());
        SourceRegistry::loadPlugins(SourceRegistry::pluginDirectories());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runHeadlessCommand(
            command, QStandardPaths::writableLocation(QStandardPaths::CacheLocation), out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Signalbox"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/signalbox.svg"_s));
    app.setProperty("signalboxLibraryVersions", libraryVersions());
    installTranslators(QLocale());
    // Before the first workspace load: a plugin's kind must be known when the file is parsed.
    SourceRegistry::loadPlugins(SourceRegistry::pluginDirectories());

    const QString cacheDirectory = command.cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : command.cacheDirectory;
    Application application(cacheDirectory);
    if (command.measureStartup) {
        QObject::connect(application.window(), &MainWindow::firstWorkspacePaint, &app, [&] {
            std::printf("startup: first painted workspace after %lld ms\n",
                        static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
        QObject::connect(&application, &Application::workspaceLoaded, &app, [](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "startup: the workspace did not open\n");
                QCoreApplication::exit(ExitCannotOpen);
            }
        });
    }
    application.window()->show();
    if (command.openDemo)
        application.openWorkspace(Application::demoWorkspacePath());
    else if (!command.workspacePath.isEmpty())
        application.openWorkspace(command.workspacePath);
    else
        application.restoreLastWorkspace();
    return app.exec();
}
