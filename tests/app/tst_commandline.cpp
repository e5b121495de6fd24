#include "commandline.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandLine::Action>("action");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<bool>("demo");
        QTest::addRow("nothing") << QStringList {} << CommandLine::Action::OpenGui << QString()
                                 << false;
        QTest::addRow("path") << QStringList {u"/ws/shop.yaml"_s} << CommandLine::Action::OpenGui
                              << u"/ws/shop.yaml"_s << false;
        QTest::addRow("demo") << QStringList {u"--demo"_s} << CommandLine::Action::OpenGui
                              << QString() << true;
        QTest::addRow("version") << QStringList {u"--version"_s} << CommandLine::Action::ShowVersion
                                 << QString() << false;
        QTest::addRow("help") << QStringList {u"-h"_s} << CommandLine::Action::ShowHelp << QString()
                              << false;
        QTest::addRow("two paths") << QStringList {u"a.yaml"_s, u"b.yaml"_s}
                                   << CommandLine::Action::Error << QString() << false;
        QTest::addRow("demo and path") << QStringList {u"--demo"_s, u"a.yaml"_s}
                                       << CommandLine::Action::Error << QString() << false;
        QTest::addRow("unknown option")
            << QStringList {u"--frobnicate"_s} << CommandLine::Action::Error << QString() << false;
        QTest::addRow("Qt's own options")
            << QStringList {u"-platform"_s, u"offscreen"_s, u"-reverse"_s, u"x.yaml"_s}
            << CommandLine::Action::OpenGui << u"x.yaml"_s << false;
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(CommandLine::Action, action);
        QFETCH(QString, workspace);
        QFETCH(bool, demo);
        const CommandLine command = CommandLine::parse(QStringList {u"signalbox"_s} + arguments);
        QCOMPARE(command.action, action);
        if (action == CommandLine::Action::Error) {
            QVERIFY(!command.error.isEmpty());
            return;
        }
        QCOMPARE(command.workspacePath, workspace);
        QCOMPARE(command.openDemo, demo);
    }

    void cacheDirectory()
    {
        const CommandLine command
            = CommandLine::parse({u"signalbox"_s, u"--cache-dir"_s, u"/tmp/c"_s, u"--demo"_s});
        QCOMPARE(command.cacheDirectory, u"/tmp/c"_s);
    }

    // pact-broker's own spelling: --version is the service's version after can-i-deploy only.
    void canIDeployTakesTheServicesVersion()
    {
        const CommandLine command = CommandLine::parse(
            {u"signalbox"_s, u"can-i-deploy"_s, u"checkout"_s, u"--version"_s, u"5.30.0"_s,
             u"--env"_s, u"production"_s, u"--json"_s, u"--workspace"_s, u"/ws/shop.yaml"_s});
        QCOMPARE(command.action, CommandLine::Action::RunCommand);
        QCOMPARE(command.command, u"can-i-deploy"_s);
        QCOMPARE(command.commandArguments, QStringList {u"checkout"_s});
        QCOMPARE(command.version, u"5.30.0"_s);
        QCOMPARE(command.environment, u"production"_s);
        QVERIFY(command.json);
        QCOMPARE(command.workspacePath, u"/ws/shop.yaml"_s);

        for (const QStringList &incomplete :
             {QStringList {u"can-i-deploy"_s, u"checkout"_s, u"--env"_s, u"production"_s},
              QStringList {u"can-i-deploy"_s, u"checkout"_s, u"--version"_s, u"1"_s},
              QStringList {u"can-i-deploy"_s, u"--version"_s, u"1"_s, u"--env"_s, u"prod"_s},
              QStringList {u"can-i-deploy"_s, u"a"_s, u"b"_s, u"--version"_s, u"1"_s, u"--env"_s,
                           u"prod"_s}}) {
            const CommandLine wrong = CommandLine::parse(QStringList {u"signalbox"_s} + incomplete);
            QCOMPARE(wrong.action, CommandLine::Action::Error);
            QCOMPARE(wrong.error,
                     u"can-i-deploy takes one service, --version and --env: "
                     "can-i-deploy SERVICE --version V --env E."_s);
        }
        QCOMPARE(CommandLine::parse({u"signalbox"_s, u"--version"_s}).action,
                 CommandLine::Action::ShowVersion);
    }

    void planSaveNamesThePlan_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // empty: it parses
        QTest::addColumn<QString>("planName");
        QTest::addRow("services and a name")
            << QStringList {u"plan"_s, u"orders"_s, u"--save"_s, u" Friday release "_s} << QString()
            << u"Friday release"_s;
        QTest::addRow("every pending change")
            << QStringList {u"plan"_s, u"--save=hotfix"_s} << QString() << u"hotfix"_s;
        QTest::addRow("print only") << QStringList {u"plan"_s} << QString() << QString();
        QTest::addRow("plans") << QStringList {u"plans"_s, u"--json"_s} << QString() << QString();
        QTest::addRow("empty name") << QStringList {u"plan"_s, u"--save"_s, u""_s}
                                    << u"--save takes the plan's name."_s << QString();
        QTest::addRow("another command") << QStringList {u"blocked"_s, u"--save"_s, u"x"_s}
                                         << u"--save goes with plan."_s << QString();
        QTest::addRow("no command")
            << QStringList {u"--save"_s, u"x"_s} << u"--save goes with plan."_s << QString();
        QTest::addRow("plans takes no arguments")
            << QStringList {u"plans"_s, u"open"_s} << u"plans takes no arguments."_s << QString();
    }

    void planSaveNamesThePlan()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QFETCH(QString, planName);
        const CommandLine command = CommandLine::parse(QStringList {u"signalbox"_s} + arguments);
        QCOMPARE(command.error, error);
        QCOMPARE(command.action,
                 error.isEmpty() ? CommandLine::Action::RunCommand : CommandLine::Action::Error);
        QCOMPARE(command.planName, planName);
    }

    void report_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // a part of the error; empty: it parses
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("until");
        QTest::addRow("defaults") << QStringList {u"report"_s} << QString() << u"md"_s << QString()
                                  << 30 << qint64(-1);
        // 2026-06-30 is day 20634 since 1970; the window ends at the start of 1 July, UTC.
        QTest::addRow("pdf, a file, 30 days up to a date")
            << QStringList {u"report"_s, u"--format"_s, u"PDF"_s,     u"--out"_s,     u"r.pdf"_s,
                            u"--days"_s, u"30"_s,       u"--until"_s, u"2026-06-30"_s}
            << QString() << u"pdf"_s << u"r.pdf"_s << 30 << qint64(20635) * 86'400'000;
        QTest::addRow("pdf to stdout")
            << QStringList {u"report"_s, u"--format"_s, u"pdf"_s} << u"needs --out"_s << QString()
            << QString() << 0 << qint64(-1);
        QTest::addRow("unknown format")
            << QStringList {u"report"_s, u"--format"_s, u"docx"_s} << u"\"docx\""_s << QString()
            << QString() << 0 << qint64(-1);
        QTest::addRow("days not a number")
            << QStringList {u"report"_s, u"--days"_s, u"ninety"_s} << u"\"ninety\""_s << QString()
            << QString() << 0 << qint64(-1);
        QTest::addRow("no days") << QStringList {u"report"_s, u"--days"_s, u"0"_s} << u"\"0\""_s
                                 << QString() << QString() << 0 << qint64(-1);
        QTest::addRow("bad date") << QStringList {u"report"_s, u"--until"_s, u"30/06/2026"_s}
                                  << u"\"30/06/2026\""_s << QString() << QString() << 0
                                  << qint64(-1);
        QTest::addRow("report takes no arguments")
            << QStringList {u"report"_s, u"orders"_s} << u"takes no arguments"_s << QString()
            << QString() << 0 << qint64(-1);
        QTest::addRow("--format on another command")
            << QStringList {u"triage"_s, u"--format"_s, u"pdf"_s} << u"go with report"_s
            << QString() << QString() << 0 << qint64(-1);
        QTest::addRow("--days without a command")
            << QStringList {u"--days"_s, u"7"_s} << u"go with report"_s << QString() << QString()
            << 0 << qint64(-1);
    }

    void report()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const CommandLine command = CommandLine::parse(QStringList {u"signalbox"_s} + arguments);
        if (!error.isEmpty()) {
            QCOMPARE(command.action, CommandLine::Action::Error);
            QVERIFY2(command.error.contains(error), qPrintable(command.error));
            return;
        }
        QCOMPARE(command.action, CommandLine::Action::RunCommand);
        QCOMPARE(command.command, u"report"_s);
        QTEST(command.reportFormat, "format");
        QTEST(command.outputPath, "out");
        QTEST(command.reportDays, "days");
        QTEST(command.reportUntil, "until");
    }

    // The real binary answers --version and --help without a display, and rejects bad options
    // with the usage exit code.
    void binaryAnswersWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutPart");
        QTest::addRow("version") << QStringList {u"--version"_s} << 0
                                 << u"signalbox " SIGNALBOX_VERSION ""_s;
        QTest::addRow("help") << QStringList {u"--help"_s} << 0 << u"--demo"_s;
        QTest::addRow("bad option") << QStringList {u"--frobnicate"_s} << 2 << QString();
    }

    void binaryAnswersWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutPart);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SIGNALBOX_BINARY), arguments);
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        if (!stdoutPart.isEmpty())
            QVERIFY2(out.contains(stdoutPart), qPrintable(out));
        if (exitCode == 2)
            QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"frobnicate"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
