#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Signalbox {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Signalbox::CommandLine",
        "Signalbox coordinates deployments across many microservices: it "
        "shows which failing service is the root cause, which deployments "
        "are blocked and why, and a safe order to deploy in."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("Signalbox::CommandLine", "Open the bundled demo workspace."));
    const QCommandLineOption cache(
        u"cache-dir"_s,
        QCoreApplication::translate("Signalbox::CommandLine", "Keep the cache databases in <dir>."),
        u"dir"_s);
    const QCommandLineOption measure(
        u"measure-startup"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "Print the time to the first painted "
                                    "workspace, then quit."));
    parser.addOption(demo);
    parser.addOption(cache);
    parser.addOption(measure);
    // The options QApplication itself takes (-platform offscreen, -style Fusion, …) are accepted
    // here too, so that the arguments can be checked before any GUI exists.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin",
                             "qwindowgeometry", "qwindowicon", "qwindowtitle", "style",
                             "stylesheet", "session", "display", "geometry", "title", "name"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name), QString(), u"value"_s);
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
        QCommandLineOption qtFlag(QString::fromLatin1(name));
        qtFlag.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtFlag);
    }
    parser.addPositionalArgument(
        u"workspace"_s,
        QCoreApplication::translate("Signalbox::CommandLine", "The workspace file to open."),
        u"[workspace]"_s);
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.action = Action::Error;
        result.error = QCoreApplication::translate("Signalbox::CommandLine",
                                                   "Only one workspace can be opened at a time.");
        return result;
    }
    result.openDemo = parser.isSet(demo);
    if (!positional.isEmpty())
        result.workspacePath = positional.constFirst();
    if (result.openDemo && !result.workspacePath.isEmpty()) {
        result.action = Action::Error;
        result.error = QCoreApplication::translate(
            "Signalbox::CommandLine", "--demo and a workspace path exclude each other.");
        return result;
    }
    result.cacheDirectory = parser.value(cache);
    result.measureStartup = parser.isSet(measure);
    return result;
}

} // namespace Signalbox
