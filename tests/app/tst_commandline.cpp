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
