#include "sources/source.h"
#include "store/store.h"
#include "workspace/workspaceload.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

// Built by tests/services/plugin as a separate shared library.
static const QString PluginFolder = QStringLiteral(SIGNALBOX_TEST_PLUGIN_DIR);

class TestSourcePlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSourcesAreStaticPlugins()
    {
        QVERIFY(SourceRegistry::kinds().contains(u"file"_s));
        const SourceDescription *file = SourceRegistry::describe(u"file"_s);
        QVERIFY(file);
        QVERIFY(!file->network);
        QVERIFY(file->setting(u"path"_s) && file->setting(u"path"_s)->required);
        QCOMPARE(file->setting(u"rebaseTimes"_s)->type, SettingDescription::Type::Bool);
        QCOMPARE(SourceRegistry::origin(u"file"_s), u"built in"_s);
    }

    void loadsAPluginBuiltOutsideTheApp()
    {
        QVERIFY(!SourceRegistry::kinds().contains(u"testsource"_s));
        const QList<PluginProblem> problems = SourceRegistry::loadPlugins({PluginFolder});
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems[0].reason));
        QVERIFY(SourceRegistry::kinds().contains(u"testsource"_s));
        QVERIFY(SourceRegistry::origin(u"testsource"_s).startsWith(PluginFolder));
        const SourceDescription *d = SourceRegistry::describe(u"testsource"_s);
        QVERIFY(d);
        QCOMPARE(d->displayName, u"Test source (a plugin built outside Signalbox)"_s);
        QCOMPARE(d->setting(u"runs"_s)->defaultValue.toInt(), 3);

        // Loading the same folder again is reported, never a second registration.
        const QList<PluginProblem> again = SourceRegistry::loadPlugins({PluginFolder});
        QCOMPARE(again.size(), 1);
        QVERIFY(again[0].reason.contains(u"already provided"_s));
        QCOMPARE(SourceRegistry::kinds().count(u"testsource"_s), 1);
    }

    void pluginSourceSyncsIntoTheStore()
    {
        SourceRegistry::loadPlugins({PluginFolder});
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"workspace.yaml"_s);
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signalbox: 1\nname: Plugged\nservices:\n  - name: plugged\n"
                   "sources:\n  - kind: testsource\n    name: external\n    runs: 4\n"
                   "    service: plugged\n");
        file.close();
        LoadRequest request;
        request.workspacePath = workspace;
        request.cacheDirectory = dir.filePath(u"cache"_s);
        const LoadResult result = loadWorkspace(request);
        QVERIFY(result.ok());
        QVERIFY2(!hasErrors(result.diagnostics), qPrintable(result.diagnostics.value(0).message));
        Store store(result.cachePath);
        const ServiceDetails details = store.readServiceDetails(u"plugged"_s);
        QCOMPARE(details.recentRuns.size(), 4);
        QCOMPARE(details.recentRuns[0].status, RunStatus::Failed); // newest first
        QCOMPARE(store.sourceHealth(u"external"_s).cursor, u"4"_s);
    }

    void brokenPluginsAreReportedNotFatal()
    {
        QTemporaryDir dir;
        QFile notAPlugin(dir.filePath(u"libnotaplugin.so"_s));
        QVERIFY(notAPlugin.open(QIODevice::WriteOnly));
        notAPlugin.write("this is not a shared library");
        notAPlugin.close();
        QFile readme(dir.filePath(u"README.txt"_s)); // not a library name: not even tried
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.close();

        const QList<PluginProblem> problems = SourceRegistry::loadPlugins({dir.path()});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].path, dir.filePath(u"libnotaplugin.so"_s));
        QVERIFY2(problems[0].reason.startsWith(u"not a Signalbox source plugin: "_s)
                     && problems[0].reason.size() > 32,
                 qPrintable(problems[0].reason));
        QVERIFY(SourceRegistry::kinds().contains(u"file"_s));
    }

    void pluginPathFromTheEnvironment()
    {
        qputenv("SIGNALBOX_PLUGIN_PATH",
                QByteArray("/opt/a") + QDir::listSeparator().toLatin1() + QByteArray("/opt/b"));
        const QStringList dirs = SourceRegistry::pluginDirectories();
        qunsetenv("SIGNALBOX_PLUGIN_PATH");
        QCOMPARE(dirs.mid(0, 2), QStringList({u"/opt/a"_s, u"/opt/b"_s}));
        QVERIFY(dirs.size() == 3 && dirs[2].endsWith(u"/plugins"_s));
    }
};

QTEST_GUILESS_MAIN(TestSourcePlugins)
#include "tst_sourceplugins.moc"
