#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Signalbox {

// What a kind of source is and which settings it takes, from its plugin's metadata: plain data
// that the workspace parser, the Sources dialog and the registry share.

// One setting a source kind accepts in the workspace, e.g. `path` for the file source. The
// workspace parser validates against it and the Sources dialog generates its form from it.
struct SettingDescription
{
    // StringList: a YAML list of text; Map: a YAML mapping of text to text (e.g. workflow name to
    // service).
    enum class Type { String, Path, Url, Bool, Int, StringList, Map };

    QString key;
    Type type = Type::String;
    bool required = false;
    QVariant defaultValue;
    QString description; // translated

    static std::optional<Type> typeFromName(const QString &name);
    static QString typeName(Type type);
};

struct SourceDescription
{
    QString kind; // the word used in the workspace: file, github, gitlab, …
    QString displayName; // translated
    bool network = false; // talks to a server: synced in the background, never on load
    bool acceptsToken = false;
    // Where the token is looked for when the workspace names none, e.g. GITHUB_TOKEN, GH_TOKEN.
    QStringList tokenEnvironment;
    QList<SettingDescription> settings;

    const SettingDescription *setting(const QString &key) const
    {
        for (const SettingDescription &s : settings) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }

    bool isValid() const { return !kind.isEmpty(); }

    // Reads the plugin metadata format (see SourcePlugin); sets error and returns an invalid
    // description when it is not usable.
    static SourceDescription fromMetadata(const QJsonObject &metadata, QString *error);
};

// "Test connection" in the Sources dialog.
struct ConnectionCheck
{
    bool reached = false;
    bool authenticated = false;
    int rateLimitRemaining = -1;
    int rateLimitTotal = -1;
    QString identity; // who the token belongs to, when the API says
    QString message; // one sentence: the verdict, or exactly what failed
};

} // namespace Signalbox
