#include "sourcedescription.h"

#include "tr.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct RegistryTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::SourceRegistry)
};

} // namespace

std::optional<SettingDescription::Type> SettingDescription::typeFromName(const QString &name)
{
    static const QHash<QString, Type> names {
        {u"string"_s, Type::String}, {u"path"_s, Type::Path}, {u"url"_s, Type::Url},
        {u"bool"_s, Type::Bool},     {u"int"_s, Type::Int},   {u"stringList"_s, Type::StringList},
        {u"map"_s, Type::Map},
    };
    const auto it = names.constFind(name);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

QString SettingDescription::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return u"string"_s;
    case Type::Path:
        return u"path"_s;
    case Type::Url:
        return u"url"_s;
    case Type::Bool:
        return u"bool"_s;
    case Type::Int:
        return u"int"_s;
    case Type::StringList:
        return u"stringList"_s;
    case Type::Map:
        return u"map"_s;
    }
    return {};
}

SourceDescription SourceDescription::fromMetadata(const QJsonObject &metadata, QString *error)
{
    SourceDescription d;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return SourceDescription {};
    };
    const QString kind = metadata.value("kind"_L1).toString();
    if (kind.isEmpty() || kind.contains(u' '))
        return fail(RegistryTr::tr("\"kind\" must be one word"));
    d.kind = kind;
    d.displayName = metadata.value("displayName"_L1).toString(kind);
    d.network = metadata.value("network"_L1).toBool(false);
    d.acceptsToken = metadata.value("acceptsToken"_L1).toBool(false);
    for (const QJsonValue &v : metadata.value("tokenEnvironment"_L1).toArray())
        d.tokenEnvironment.append(v.toString());
    const QJsonArray settings = metadata.value("settings"_L1).toArray();
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const QJsonObject s = settings.at(i).toObject();
        SettingDescription setting;
        setting.key = s.value("key"_L1).toString();
        if (setting.key.isEmpty())
            return fail(RegistryTr::tr("settings[%1] has no key").arg(i));
        const auto type
            = SettingDescription::typeFromName(s.value("type"_L1).toString(u"string"_s));
        if (!type) {
            return fail(RegistryTr::tr("settings[%1] (%2) has the unknown type \"%3\"")
                            .arg(QString::number(i), setting.key, s.value("type"_L1).toString()));
        }
        setting.type = *type;
        setting.required = s.value("required"_L1).toBool(false);
        if (s.contains("default"_L1))
            setting.defaultValue = s.value("default"_L1).toVariant();
        setting.description = s.value("description"_L1).toString();
        d.settings.append(setting);
    }
    return d;
}

} // namespace Signalbox
