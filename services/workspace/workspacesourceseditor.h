#pragma once

#include "domain/diagnostic.h"
#include "domain/sourcesedit.h"
#include "domain/workspace.h"
#include "textlines.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Signalbox {

struct SourceDescription;

// Changes the `sources:` list of a workspace file in place. Everything else the person wrote -
// comments, blank lines, the order and formatting of every other part - stays byte for byte;
// only the touched source is written anew (and of a source being replaced, only the keys whose
// value changed). Every change is read back with the workspace parser before it is accepted, and
// a token is never written, only where it is kept (`token: { env: … }` / `{ keychain: … }`).
//
//     WorkspaceSourcesEditor editor(path);
//     if (!editor.isValid() || !editor.addSource(config) || !editor.save())
//         show(editor.errorString()); // "workspace.yaml:12: error: sources[1]: …"
//
// Blocking file access and YAML parsing: use it on a worker thread (see applySourcesEdit).
class WorkspaceSourcesEditor
{
public:
    // Reads the file; isValid() says whether it could be read and parsed.
    explicit WorkspaceSourcesEditor(const QString &path);
    // Edits text that is already in memory; path is used in messages and by save().
    WorkspaceSourcesEditor(const QByteArray &text, const QString &path);

    bool isValid() const { return m_valid; }
    // Why the last operation was refused: the file, the line, the reason (translated).
    const Diagnostic &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

    // The sources the file declares, in file order (also those the parser would skip).
    QStringList sourceNames() const;

    // Each returns false, changing nothing, when the change is refused (name taken or unknown,
    // a required setting missing, a layout that cannot be edited safely); see error().
    bool addSource(const SourceConfig &config);
    bool replaceSource(const QString &name, const SourceConfig &config);
    bool removeSource(const QString &name);

    QByteArray text() const;
    bool isModified() const;
    // Writes atomically (QSaveFile). Refuses when the file changed on disk since it was read.
    bool save();

    // The settings as the workspace parser reads them back: one type per setting kind, defaults
    // filled in, empty text, lists and maps treated as not set. Comparing two of these tells
    // whether two configurations mean the same.
    static QVariantMap normalizedSettings(const SourceDescription &description,
                                          const QVariantMap &settings);
    // Text as one YAML scalar: plain when YAML reads it back unchanged as text, else quoted.
    static QByteArray yamlScalar(const QString &text, bool insideFlowCollection = false);

    using Line = TextLine;

private:
    void check();
    bool fail(const QString &message, int line = 0, const QString &key = {});
    bool validate(const SourceConfig &config, const QString &replacing);
    bool commit(const QList<Line> &lines, const QString &name, const SourceConfig *expected,
                int line);

    QString m_path;
    QByteArray m_original; // as read, to notice a change on disk before saving
    QList<Line> m_lines;
    bool m_valid = false;
    Diagnostic m_error;
};

// Reads the workspace file, applies the edit and saves it. Blocking: run it on a worker.
SourcesEditResult applySourcesEdit(const QString &workspacePath, const SourcesEdit &edit);

} // namespace Signalbox
