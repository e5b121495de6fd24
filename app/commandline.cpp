#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

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
    // `can-i-deploy --version V` reads as pact-broker's own command does: there --version is the
    // service's version, not Signalbox's.
    const bool canIDeploy = arguments.mid(1).contains(u"can-i-deploy"_s);
    const QCommandLineOption version = canIDeploy
        ? QCommandLineOption(u"version"_s,
                             QCoreApplication::translate("Signalbox::CommandLine",
                                                         "The version can-i-deploy asks about."),
                             u"version"_s)
        : parser.addVersionOption();
    if (canIDeploy)
        parser.addOption(version);
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
    const QCommandLineOption workspace(
        u"workspace"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "The workspace a command reads (default: "
                                    "$SIGNALBOX_WORKSPACE, else the last one opened)."),
        u"file"_s);
    const QCommandLineOption env(
        u"env"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "The target environment of blocked, plan and impact "
                                    "(default: the workspace's last environment)."),
        u"environment"_s);
    const QCommandLineOption json(
        u"json"_s,
        QCoreApplication::translate("Signalbox::CommandLine", "Print a command's result as JSON."));
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "The format report writes: md (Markdown, the default) or pdf."),
        u"md|pdf"_s, u"md"_s);
    const QCommandLineOption out(
        u"out"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "The file report writes (default: standard output; a PDF "
                                    "needs a file)."),
        u"file"_s);
    const QCommandLineOption days(
        u"days"_s,
        QCoreApplication::translate(
            "Signalbox::CommandLine",
            "The window report covers, in days up to now (default 30; Four Keys "
            "uses 90)."),
        u"n"_s, u"30"_s);
    const QCommandLineOption until(
        u"until"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "The last day report covers, as YYYY-MM-DD (default: now)."),
        u"date"_s);
    const QCommandLineOption save(
        u"save"_s,
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "Save what plan prints as a release plan called <name>."),
        u"name"_s);
    parser.addOption(save);
    parser.addOption(format);
    parser.addOption(until);
    parser.addOption(out);
    parser.addOption(days);
    parser.addOption(demo);
    parser.addOption(cache);
    parser.addOption(measure);
    parser.addOption(workspace);
    parser.addOption(env);
    parser.addOption(json);
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
        QCoreApplication::translate("Signalbox::CommandLine",
                                    "The workspace file to open in the window."),
        u"[workspace]"_s);
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate(
            "Signalbox::CommandLine",
            "Or a command that runs without a window:\n"
            "  triage                     root causes, their victims, "
            "flaky and independent failures\n"
            "  blocked                    pending changes for the "
            "environment, deployable or blocked, and why\n"
            "  plan SERVICE[@VERSION]...  a safe deployment order in waves "
            "(every pending change when none "
            "is named); exits 1 when any is blocked\n"
            "  plan ... --save NAME       also saves it as a release plan (even when something "
            "is blocked); exits 2 when an open plan has that name\n"
            "  plans                      every release plan: open or finished, who made it, "
            "how far it got\n"
            "  impact SERVICE             what it needs, who needs it, and "
            "which consumers its pending "
            "version would break\n"
            "  sync [SOURCE]...           pull fresh data from every source "
            "(or those named) into the cache; exits 5 when any failed\n"
            "  discover PATH...           services, dependencies with their evidence and CI "
            "files found in local git repositories (no workspace needed)\n"
            "  scan [REPOSITORY]...       read the workspace's repositories (or those named) "
            "into the cache: services, templates, history; exits 5 when any failed\n"
            "  history                    per service: commits, first commit to first green "
            "pipeline, pipeline changes followed by a failure within a day\n"
            "  templates                  per service: the pipeline template and version it "
            "uses, who is behind, hand-rolled pipelines\n"
            "  report                     the bottleneck checklist, DORA metrics and build "
            "times as Markdown or PDF (--format, --out, --days, --until)\n"
            "  can-i-deploy SERVICE --version V --env E\n"
            "                             asks the workspace's Pact Broker; exits 0 yes, 1 no, "
            "2 unknown or not asked"),
        u"[command [arguments]]"_s);
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
    if (!canIDeploy && parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    result.json = parser.isSet(json);
    result.environment = parser.value(env);
    result.cacheDirectory = parser.value(cache);
    if (!positional.isEmpty() && HeadlessCommands.contains(positional.constFirst())) {
        result.action = Action::RunCommand;
        result.command = positional.constFirst();
        result.commandArguments = positional.mid(1);
        result.workspacePath = parser.value(workspace);
        result.openDemo = parser.isSet(demo);
        if (result.openDemo && !result.workspacePath.isEmpty()) {
            result.action = Action::Error;
            result.error = QCoreApplication::translate(
                "Signalbox::CommandLine", "--demo and --workspace exclude each other.");
        } else if (result.command == u"impact" && result.commandArguments.size() != 1) {
            result.action = Action::Error;
            result.error = QCoreApplication::translate("Signalbox::CommandLine",
                                                       "impact takes exactly one service.");
        } else if (result.command == u"can-i-deploy") {
            result.version = parser.value(version).trimmed();
            if (result.commandArguments.size() != 1 || result.version.isEmpty()
                || result.environment.isEmpty()) {
                result.action = Action::Error;
                result.error = QCoreApplication::translate(
                    "Signalbox::CommandLine",
                    "can-i-deploy takes one service, --version and --env: "
                    "can-i-deploy SERVICE --version V --env E.");
            }
        } else if (result.command == u"discover" && result.commandArguments.isEmpty()) {
            result.action = Action::Error;
            result.error = QCoreApplication::translate(
                "Signalbox::CommandLine", "discover takes one or more repository folders.");
        } else if ((result.command == u"triage" || result.command == u"blocked"
                    || result.command == u"history" || result.command == u"templates"
                    || result.command == u"report" || result.command == u"plans")
                   && !result.commandArguments.isEmpty()) {
            result.action = Action::Error;
            result.error
                = QCoreApplication::translate("Signalbox::CommandLine", "%1 takes no arguments.")
                      .arg(result.command);
        } else if (result.command == u"report") {
            bool daysOk = false;
            result.reportFormat = parser.value(format).toLower();
            result.outputPath = parser.value(out);
            result.reportDays = parser.value(days).toInt(&daysOk);
            if (const QDate last = QDate::fromString(parser.value(until), Qt::ISODate);
                last.isValid())
                result.reportUntil
                    = last.addDays(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
            if (result.reportFormat != u"md" && result.reportFormat != u"pdf") {
                result.action = Action::Error;
                result.error = QCoreApplication::translate("Signalbox::CommandLine",
                                                           "--format takes md or pdf, not \"%1\".")
                                   .arg(parser.value(format));
            } else if (!daysOk || result.reportDays < 1 || result.reportDays > 3660) {
                result.action = Action::Error;
                result.error = QCoreApplication::translate(
                                   "Signalbox::CommandLine",
                                   "--days takes a number of days from 1 to 3660, not \"%1\".")
                                   .arg(parser.value(days));
            } else if (parser.isSet(until)
                       && !QDate::fromString(parser.value(until), Qt::ISODate).isValid()) {
                result.action = Action::Error;
                result.error
                    = QCoreApplication::translate("Signalbox::CommandLine",
                                                  "--until takes a date as YYYY-MM-DD, not \"%1\".")
                          .arg(parser.value(until));
            } else if (result.reportFormat == u"pdf" && result.outputPath.isEmpty()) {
                result.action = Action::Error;
                result.error = QCoreApplication::translate("Signalbox::CommandLine",
                                                           "report --format pdf needs --out FILE.");
            }
        }
        if (result.action == Action::RunCommand && parser.isSet(save)) {
            if (result.command != u"plan") {
                result.action = Action::Error;
                result.error = QCoreApplication::translate("Signalbox::CommandLine",
                                                           "--save goes with plan.");
            } else if (result.planName = parser.value(save).trimmed(); result.planName.isEmpty()) {
                result.action = Action::Error;
                result.error = QCoreApplication::translate("Signalbox::CommandLine",
                                                           "--save takes the plan's name.");
            }
        }
        if (result.command != u"report" && result.action == Action::RunCommand
            && (parser.isSet(format) || parser.isSet(out) || parser.isSet(days)
                || parser.isSet(until))) {
            result.action = Action::Error;
            result.error = QCoreApplication::translate(
                "Signalbox::CommandLine", "--format, --out, --days and --until go with report.");
        }
        return result;
    }
    if (parser.isSet(format) || parser.isSet(out) || parser.isSet(days) || parser.isSet(until)) {
        result.action = Action::Error;
        result.error = QCoreApplication::translate(
            "Signalbox::CommandLine", "--format, --out, --days and --until go with report.");
        return result;
    }
    if (parser.isSet(save)) {
        result.action = Action::Error;
        result.error
            = QCoreApplication::translate("Signalbox::CommandLine", "--save goes with plan.");
        return result;
    }
    if (parser.isSet(json) || parser.isSet(env) || parser.isSet(workspace)) {
        result.action = Action::Error;
        result.error = QCoreApplication::translate(
            "Signalbox::CommandLine",
            "--json, --env and --workspace go with a command (triage, "
            "blocked, plan, plans, impact, sync, discover, scan, history, templates, report).");
        return result;
    }
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
    result.measureStartup = parser.isSet(measure);
    return result;
}

} // namespace Signalbox
