#pragma once

#include "domain/sourcedescription.h"
#include "domain/sourcesedit.h"
#include "domain/workspace.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Signalbox {

// What a connection test found, handed from the worker to the Sources dialog.
struct ConnectionTestOutcome
{
    ConnectionCheck check;
    bool tokenSent = false;
    QString tokenOrigin; // where the token came from, or where it was looked for
    QString tokenProblem; // why the chosen place gave no token
};

// What the Sources dialog needs from outside the views: the kinds of source installed, a
// connection test, changing the workspace file and the keychain. The app fills it from services
// (sourceOperationsFromServices() in app/sourceoperations.h); the dialog runs the blocking ones
// on a worker thread and never touches files, the network or the keychain itself.
struct SourceOperations
{
    // The kinds a new source can be, in the order to offer them.
    QList<SourceDescription> kinds;

    // Blocking. Checks the source as configured; the token is the one typed in when given, else
    // what config.token names, else the kind's usual variables. Never puts the token in the
    // outcome.
    std::function<ConnectionTestOutcome(const SourceConfig &config, const QString &typedToken,
                                        const std::function<bool()> &isCancelled)>
        testConnection;
    // Blocking. Applies one change to the workspace file, keeping the rest of it as it is.
    std::function<SourcesEditResult(const QString &workspacePath, const SourcesEdit &edit)>
        editWorkspace;
    // Asynchronous: done(error) runs on the context's thread; error is empty on success.
    std::function<void(const QString &entry, const QString &secret, QObject *context,
                       std::function<void(const QString &error)> done)>
        writeKeychain;
    std::function<void(const QString &entry, QObject *context,
                       std::function<void(const QString &error)> done)>
        removeKeychain;

    // nullptr when no such kind is installed
    const SourceDescription *describe(const QString &kind) const
    {
        for (const SourceDescription &description : kinds) {
            if (description.kind == kind)
                return &description;
        }
        return nullptr;
    }
};

} // namespace Signalbox
