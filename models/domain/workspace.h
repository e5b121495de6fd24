#pragma once

#include "analysis/analysis.h"
#include "domain/diagnostic.h"
#include "domain/entities.h"

#include <QStringList>
#include <QVariantMap>

namespace Signalbox {

// Where a secret comes from. The workspace never holds a secret itself, only where to find it.
struct SecretReference
{
    QString environmentVariable;
    QString keychainEntry;

    bool isEmpty() const { return environmentVariable.isEmpty() && keychainEntry.isEmpty(); }
};

struct SourceConfig
{
    QString kind;
    QString name;
    QVariantMap settings; // validated against the source kind's settings description
    SecretReference token;
    int line = 0; // where it is declared, for messages
};

// The parsed workspace file: the catalog and the sources. Plain data; loading is in
// workspaceparser.
struct Workspace
{
    QString filePath;
    QString name;
    QStringList environments;
    QList<Service> services;
    QList<Dependency> dependencies;
    QList<SourceConfig> sources;
    QList<FreezeWindow> freezes;

    ReleasePolicy releasePolicy() const { return {environments, freezes}; }

    // Relative paths in source settings resolve against the folder of the workspace file.
    QString resolvePath(const QString &relativeOrAbsolute) const;
};

} // namespace Signalbox
