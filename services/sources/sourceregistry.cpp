#include "source.h"

#include "domain/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QLoggingCategory>
#include <QMutex>
#include <QPluginLoader>
#include <QStandardPaths>

#include <deque>
#include <optional>

Q_LOGGING_CATEGORY(lcSources, "signalbox.sources", QtWarningMsg)

// The built-in sources are static plugins of this library; importing them here makes the linker
// keep them wherever the registry is used.
Q_IMPORT_PLUGIN(FileSourcePlugin)
Q_IMPORT_PLUGIN(GitHubSourcePlugin)
Q_IMPORT_PLUGIN(GitLabSourcePlugin)
Q_IMPORT_PLUGIN(PactBrokerSourcePlugin)
Q_IMPORT_PLUGIN(ArgoRolloutsSourcePlugin)
Q_IMPORT_PLUGIN(FlaggerSourcePlugin)

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct RegistryTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::SourceRegistry)
};

struct Entry
{
    SourceDescription description;
    SourcePlugin *plugin = nullptr; // owned by Qt's plugin machinery
    QString origin; // empty: built in
};

struct Registry
{
    QMutex mutex;
    QList<PluginProblem> problems;
    std::deque<Entry> entries; // a deque: describe() hands out pointers that must stay valid
    bool builtInsLoaded = false;

    // Called with the mutex held.
    void ensureBuiltIns()
    {
        if (builtInsLoaded)
            return;
        builtInsLoaded = true;
        const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
        for (const QStaticPlugin &p : statics) {
            const QJsonObject meta = p.metaData();
            if (meta.value("IID"_L1).toString() != QLatin1String(SignalboxSourcePlugin_iid))
                continue;
            QString error;
            SourceDescription d
                = SourceDescription::fromMetadata(meta.value("MetaData"_L1).toObject(), &error);
            auto *plugin = qobject_cast<SourcePlugin *>(p.instance());
            if (!d.isValid() || !plugin) {
                qCCritical(lcSources) << "built-in source plugin is broken:" << error;
                continue;
            }
            entries.push_back({translated(d, plugin), plugin, {}});
        }
    }

    const Entry *find(const QString &kind)
    {
        ensureBuiltIns();
        for (const Entry &e : std::as_const(entries)) {
            if (e.description.kind == kind)
                return &e;
        }
        return nullptr;
    }

    static SourceDescription translated(SourceDescription d, const SourcePlugin *plugin)
    {
        const SourceDescription t = plugin->translatedDescription();
        if (t.kind != d.kind)
            return d;
        if (!t.displayName.isEmpty())
            d.displayName = t.displayName;
        for (SettingDescription &s : d.settings) {
            if (const SettingDescription *ts = t.setting(s.key); ts && !ts->description.isEmpty())
                s.description = ts->description;
        }
        return d;
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

std::optional<PluginProblem> loadOne(Registry &r, const QString &path)
{
    QPluginLoader loader(path);
    const QJsonObject meta = loader.metaData();
    if (meta.isEmpty()) {
        // Not a Qt plugin at all, or not loadable on this system: the loader says which.
        const QString reason = loader.errorString();
        return PluginProblem {path,
                              RegistryTr::tr("not a Signalbox source plugin: %1").arg(reason)};
    }
    if (meta.value("IID"_L1).toString() != QLatin1String(SignalboxSourcePlugin_iid)) {
        return PluginProblem {path,
                              RegistryTr::tr("a Qt plugin, but not a Signalbox source (it is %1)")
                                  .arg(meta.value("IID"_L1).toString())};
    }
    const QJsonObject own = meta.value("MetaData"_L1).toObject();
    if (own.value("apiVersion"_L1).toInt(-1) != SourcePluginApiVersion) {
        return PluginProblem {path,
                              RegistryTr::tr("built for source plugin API %1; this Signalbox "
                                             "loads API %2")
                                  .arg(own.value("apiVersion"_L1).toVariant().toString(),
                                       QString::number(SourcePluginApiVersion))};
    }
    QString error;
    SourceDescription d = SourceDescription::fromMetadata(own, &error);
    if (!d.isValid())
        return PluginProblem {path, RegistryTr::tr("its metadata is not usable: %1").arg(error)};
    for (const Entry &e : std::as_const(r.entries)) {
        if (e.description.kind == d.kind) {
            return PluginProblem {
                path,
                RegistryTr::tr("the kind \"%1\" is already provided by %2; not loaded")
                    .arg(d.kind,
                         e.origin.isEmpty() ? RegistryTr::tr("Signalbox itself")
                                            : QDir::toNativeSeparators(e.origin))};
        }
    }
    QObject *instance = loader.instance();
    auto *plugin = qobject_cast<SourcePlugin *>(instance);
    if (!plugin) {
        const QString reason = instance ? RegistryTr::tr("it does not implement the interface")
                                        : loader.errorString();
        return PluginProblem {path, RegistryTr::tr("could not be loaded: %1").arg(reason)};
    }
    r.entries.push_back({Registry::translated(d, plugin), plugin, path});
    qCInfo(lcSources) << "loaded source plugin" << d.kind << "from" << path;
    return std::nullopt;
}

} // namespace

namespace SourceRegistry {

QStringList kinds()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.ensureBuiltIns();
    QStringList result;
    for (const Entry &e : std::as_const(r.entries))
        result.append(e.description.kind);
    return result;
}

std::unique_ptr<Source> create(const QString &kind)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const Entry *e = r.find(kind);
    return e ? std::unique_ptr<Source>(e->plugin->createSource()) : nullptr;
}

const SourceDescription *describe(const QString &kind)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const Entry *e = r.find(kind);
    return e ? &e->description : nullptr;
}

QString origin(const QString &kind)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const Entry *e = r.find(kind);
    if (!e)
        return {};
    return e->origin.isEmpty() ? RegistryTr::tr("built in") : e->origin;
}

QList<PluginProblem> problems()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.problems;
}

QStringList pluginDirectories()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("SIGNALBOX_PLUGIN_PATH");
    for (const QString &dir : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        dirs.append(dir);
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!user.isEmpty())
        dirs.append(QDir(user).filePath(u"plugins"_s));
    return dirs;
}

QList<PluginProblem> loadPlugins(const QStringList &directories)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.ensureBuiltIns();
    QList<PluginProblem> problems;
    for (const QString &dirPath : directories) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            if (const auto problem = loadOne(r, file.absoluteFilePath())) {
                qCWarning(lcSources) << "source plugin" << problem->path << problem->reason;
                problems.append(*problem);
                r.problems.append(*problem);
            }
        }
    }
    return problems;
}

} // namespace SourceRegistry

} // namespace Signalbox
