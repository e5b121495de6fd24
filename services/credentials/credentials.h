#pragma once

#include "domain/workspace.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Signalbox {

struct ResolvedSecret
{
    QString value; // empty when none was found
    // Where it came from, or where it was looked for ("environment variable GITHUB_TOKEN",
    // "keychain entry signalbox/github"): safe to show, never the secret itself.
    QString origin;
    QString error; // translated; set when a named place could not be read

    bool found() const { return !value.isEmpty(); }
};

// Tokens live in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager,
// through QtKeychain) or in environment variables; never in the workspace or the cache.
namespace Credentials {

// The keychain "service" every Signalbox entry is filed under.
QString keychainService();

// Resolves what the workspace names: its environment variable, else its keychain entry; when it
// names nothing, the kind's usual variables in order (GITHUB_TOKEN, then GH_TOKEN). Blocking (the
// keychain may ask the desktop over D-Bus): call it on a worker thread.
ResolvedSecret resolve(const SecretReference &reference, const QStringList &defaultEnvironment);

// Blocking keychain access, for workers and tests.
ResolvedSecret readKeychain(const QString &entry);

// Asynchronous keychain writes for the GUI: done(error) runs on the caller's thread; error is
// empty on success.
void writeKeychain(const QString &entry, const QString &secret, QObject *context,
                   std::function<void(const QString &error)> done);
void removeKeychain(const QString &entry, QObject *context,
                    std::function<void(const QString &error)> done);

// Blanks every occurrence of the secret in text (for anything that might echo a request).
QString redact(QString text, const QString &secret);

} // namespace Credentials

} // namespace Signalbox
