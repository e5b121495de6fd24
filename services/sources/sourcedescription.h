#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Signalbox {

// One setting a source kind accepts in the workspace, e.g. `path` for the file source. The
// workspace parser validates against it and the Sources dialog will generate its form from it.
struct SettingDescription
{
    enum class Type { String, Path, Url, Bool, Int };

    QString key;
    Type type = Type::String;
    bool required = false;
    QVariant defaultValue;
    QString description; // translated
};

struct SourceDescription
{
    QString kind; // the word used in the workspace: file, github, gitlab, …
    QString displayName; // translated
    bool acceptsToken = false;
    QList<SettingDescription> settings;

    const SettingDescription *setting(const QString &key) const
    {
        for (const SettingDescription &s : settings) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }
};

} // namespace Signalbox
