#include "everysettingsource.h"
#include "sources/source.h"
#include "workspace/workspaceparser.h"
#include "workspace/workspacesourceseditor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_PLUGIN(EverySettingSourcePlugin)
Q_DECLARE_METATYPE(Signalbox::SourceConfig)

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

SourceConfig fileSource(const QString &name, const QString &path, bool rebaseTimes = false)
{
    SourceConfig config;
    config.kind = u"file"_s;
    config.name = name;
    config.settings.insert(u"path"_s, path);
    if (rebaseTimes)
        config.settings.insert(u"rebaseTimes"_s, true);
    return config;
}

SourceConfig everySetting(const QString &name)
{
    SourceConfig config;
    config.kind = u"everysetting"_s;
    config.name = name;
    config.settings.insert(u"repositories"_s, QStringList {u"shop/cart"_s});
    return config;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

const SourceConfig *findSource(const Workspace &workspace, const QString &name)
{
    for (const SourceConfig &source : workspace.sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

// The file reads back without a problem and names exactly these sources.
#define VERIFY_READS_BACK(text, names)                                                             \
    do {                                                                                           \
        const WorkspaceParseResult parsed = parseWorkspaceText(text, u"/ws/workspace.yaml"_s);     \
        QVERIFY2(parsed.readable, qPrintable(describe(parsed.diagnostics)));                       \
        QVERIFY2(!hasErrors(parsed.diagnostics), qPrintable(describe(parsed.diagnostics)));        \
        QStringList read;                                                                          \
        for (const SourceConfig &s : parsed.workspace.sources)                                     \
            read << s.name;                                                                        \
        QCOMPARE(read, QStringList(names));                                                        \
    } while (false)

// The source reads back as meant: same kind, token place and (normalized) settings.
#define VERIFY_SOURCE(text, config)                                                                \
    do {                                                                                           \
        const WorkspaceParseResult parsed = parseWorkspaceText(text, u"/ws/workspace.yaml"_s);     \
        const SourceConfig *read = findSource(parsed.workspace, (config).name);                    \
        QVERIFY2(read, qPrintable(describe(parsed.diagnostics)));                                  \
        QCOMPARE(read->kind, (config).kind);                                                       \
        const SourceDescription *d = SourceRegistry::describe((config).kind);                      \
        QCOMPARE(WorkspaceSourcesEditor::normalizedSettings(*d, read->settings),                   \
                 WorkspaceSourcesEditor::normalizedSettings(*d, (config).settings));               \
        QCOMPARE(read->token.environmentVariable, (config).token.environmentVariable);             \
        QCOMPARE(read->token.keychainEntry, (config).token.keychainEntry);                         \
    } while (false)

const QByteArray Commented = R"(# Shop workspace
signalbox: 1   # format
name: Shop
services:
  - name: checkout
# Where the data comes from
sources:
  # the recorded export
  - kind: file
    name: export
    path: export.json   # relative to this file
    # rebaseTimes: true
  # - kind: file (switched off)
# freezes follow
freezes: []
)";

} // namespace

class TestWorkspaceSourcesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addKeepsCommentsBeforeInsideAndAfterTheBlock()
    {
        WorkspaceSourcesEditor editor(Commented, u"/ws/workspace.yaml"_s);
        QVERIFY2(editor.isValid(), qPrintable(editor.errorString()));
        QCOMPARE(editor.sourceNames(), QStringList {u"export"_s});
        const SourceConfig added = fileSource(u"recorded"_s, u"data/recorded.json"_s, true);
        QVERIFY2(editor.addSource(added), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(# Shop workspace
signalbox: 1   # format
name: Shop
services:
  - name: checkout
# Where the data comes from
sources:
  # the recorded export
  - kind: file
    name: export
    path: export.json   # relative to this file
    # rebaseTimes: true
  - kind: file
    name: recorded
    path: data/recorded.json
    rebaseTimes: true
  # - kind: file (switched off)
# freezes follow
freezes: []
)"));
        QVERIFY(editor.isModified());
        VERIFY_READS_BACK(editor.text(), (QStringList {u"export"_s, u"recorded"_s}));
        VERIFY_SOURCE(editor.text(), added);
    }

    void replaceRewritesOnlyTheChangedKeys()
    {
        WorkspaceSourcesEditor editor(Commented, u"/ws/workspace.yaml"_s);
        const SourceConfig changed = fileSource(u"export"_s, u"export-2.json"_s, true);
        QVERIFY2(editor.replaceSource(u"export"_s, changed), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(# Shop workspace
signalbox: 1   # format
name: Shop
services:
  - name: checkout
# Where the data comes from
sources:
  # the recorded export
  - kind: file
    name: export
    path: export-2.json
    rebaseTimes: true
    # rebaseTimes: true
  # - kind: file (switched off)
# freezes follow
freezes: []
)"));
        VERIFY_SOURCE(editor.text(), changed);

        // The same values again change nothing at all, comments included.
        WorkspaceSourcesEditor same(Commented, u"/ws/workspace.yaml"_s);
        QVERIFY(same.replaceSource(u"export"_s, fileSource(u"export"_s, u"export.json"_s)));
        QCOMPARE(same.text(), Commented);
        QVERIFY(!same.isModified());
    }

    void replaceCanRenameAndKeepsUnknownKeys()
    {
        const QByteArray before = R"(signalbox: 1
sources:
  - kind: file
    name: old name
    colour: blue  # not a setting; the parser warns and it stays
    path: a.json
)";
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        const SourceConfig renamed = fileSource(u"new: name"_s, u"a.json"_s);
        QVERIFY2(editor.replaceSource(u"old name"_s, renamed), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: "new: name"
    colour: blue  # not a setting; the parser warns and it stays
    path: a.json
)"));
        VERIFY_SOURCE(editor.text(), renamed);
    }

    void replaceOfTheDashLinesKeyRewritesTheItem()
    {
        const QByteArray before = R"(signalbox: 1
sources:
  - rebaseTimes: true   # first on the line
    kind: file
    name: a
    path: a.json
)";
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        const SourceConfig changed = fileSource(u"a"_s, u"a.json"_s, false);
        QVERIFY2(editor.replaceSource(u"a"_s, changed), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json
)"));
        VERIFY_SOURCE(editor.text(), changed);
    }

    void replaceWritesItemsOfOtherShapesAnew_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("flow list") << QByteArray(R"(signalbox: 1
sources: [{kind: file, name: a, path: a.json}, {kind: file, name: b, path: b.json}]  # two
)") << QByteArray(R"(signalbox: 1
sources:  # two
  - kind: file
    name: a
    path: a-2.json
  - {kind: file, name: b, path: b.json}
)");
        QTest::newRow("dash alone") << QByteArray(R"(signalbox: 1
sources:
  -   # the first
    kind: file
    name: a
    path: a.json
)") << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a-2.json
)");
    }

    void replaceWritesItemsOfOtherShapesAnew()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        const SourceConfig changed = fileSource(u"a"_s, u"a-2.json"_s);
        QVERIFY2(editor.replaceSource(u"a"_s, changed), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), after);
        VERIFY_SOURCE(editor.text(), changed);
    }

    void replaceDropsALiteralToken()
    {
        const QByteArray before = R"(signalbox: 1
sources:
  - kind: everysetting
    name: ci
    repositories: shop/cart
    token: ghp_0123456789abcdefABCDEF0123456789abcd
)";
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        SourceConfig fixed = everySetting(u"ci"_s);
        fixed.token.keychainEntry = u"signalbox/ci"_s;
        QVERIFY2(editor.replaceSource(u"ci"_s, fixed), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(signalbox: 1
sources:
  - kind: everysetting
    name: ci
    repositories: shop/cart
    token: { keychain: signalbox/ci }
)"));
        VERIFY_SOURCE(editor.text(), fixed);
    }

    void remove_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("after");

        const QByteArray separated = R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json

  - kind: file
    name: b
    path: b.json

  - kind: file
    name: c
    path: c.json
freezes: []
)";
        QTest::newRow("first of blank-separated")
            << separated << u"a"_s << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: b
    path: b.json

  - kind: file
    name: c
    path: c.json
freezes: []
)");
        QTest::newRow("middle of blank-separated")
            << separated << u"b"_s << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json

  - kind: file
    name: c
    path: c.json
freezes: []
)");
        QTest::newRow("last of blank-separated")
            << separated << u"c"_s << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json

  - kind: file
    name: b
    path: b.json
freezes: []
)");
        QTest::newRow("comment before the item stays")
            << Commented << u"export"_s << QByteArray(R"(# Shop workspace
signalbox: 1   # format
name: Shop
services:
  - name: checkout
# Where the data comes from
sources: []
  # the recorded export
  # - kind: file (switched off)
# freezes follow
freezes: []
)");
        QTest::newRow("dash on a line of its own") << QByteArray(R"(signalbox: 1
sources:
  -
    kind: file
    name: a
    path: a.json
  - kind: file
    name: b
    path: b.json
)") << u"a"_s << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: b
    path: b.json
)");
        QTest::newRow("named by its kind") << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    path: a.json
  - { kind: file, name: b, path: b.json }
)") << u"file"_s << QByteArray(R"(signalbox: 1
sources:
  - { kind: file, name: b, path: b.json }
)");
        QTest::newRow("from a flow list")
            << QByteArray("signalbox: 1\nsources: [{kind: file, name: a, path: a.json}, "
                          "{kind: file, name: b, path: b.json}]\n")
            << u"a"_s
            << QByteArray("signalbox: 1\nsources:\n  - {kind: file, name: b, path: b.json}\n");
        QTest::newRow("last line without a line break")
            << QByteArray("signalbox: 1\nsources:\n  - kind: file\n    name: a\n    path: a.json\n"
                          "  - kind: file\n    name: b\n    path: b.json")
            << u"b"_s
            << QByteArray("signalbox: 1\nsources:\n  - kind: file\n    name: a\n"
                          "    path: a.json\n");
        QTest::newRow("only source, comment on the key") << QByteArray(R"(signalbox: 1
sources:   # one for now
  - kind: file
    name: a
    path: a.json
)") << u"a"_s << QByteArray(R"(signalbox: 1
sources: []   # one for now
)");
    }

    void remove()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, name);
        QFETCH(QByteArray, after);
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        QVERIFY2(editor.removeSource(name), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), after);
        const WorkspaceParseResult parsed = parseWorkspaceText(after, u"/ws/workspace.yaml"_s);
        QVERIFY(parsed.readable);
        QVERIFY2(!hasErrors(parsed.diagnostics), qPrintable(describe(parsed.diagnostics)));
        QVERIFY(!findSource(parsed.workspace, name));
    }

    void add_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");

        QTest::newRow("empty flow list, comment kept") << QByteArray(R"(signalbox: 1
sources: []  # none yet
freezes: []
)") << QByteArray(R"(signalbox: 1
sources:  # none yet
  - kind: file
    name: new
    path: new.json
freezes: []
)");
        QTest::newRow("flow list with an entry") << QByteArray(R"(signalbox: 1
sources: [{kind: file, name: old, path: old.json}]
)") << QByteArray(R"(signalbox: 1
sources:
  - {kind: file, name: old, path: old.json}
  - kind: file
    name: new
    path: new.json
)");
        QTest::newRow("no sources block") << QByteArray(R"(signalbox: 1
name: Shop
services:
  - name: checkout
# the end
)") << QByteArray(R"(signalbox: 1
name: Shop
services:
  - name: checkout
# the end
sources:
  - kind: file
    name: new
    path: new.json
)");
        QTest::newRow("no sources block, blank lines between blocks, no final newline")
            << QByteArray("signalbox: 1\n\nname: Shop\n\nservices: []")
            << QByteArray(R"(signalbox: 1

name: Shop

services: []

sources:
  - kind: file
    name: new
    path: new.json
)");
        QTest::newRow("empty sources key") << QByteArray(R"(signalbox: 1
sources:
  # add sources here
freezes: []
)") << QByteArray(R"(signalbox: 1
sources:
  # add sources here
  - kind: file
    name: new
    path: new.json
freezes: []
)");
        QTest::newRow("explicit null") << QByteArray(R"(signalbox: 1
sources: ~  # later
)") << QByteArray(R"(signalbox: 1
sources: # later
  - kind: file
    name: new
    path: new.json
)");
        QTest::newRow("deep indentation") << QByteArray(R"(signalbox: 1
sources:
    -   kind: file
        name: old
        path: old.json
services: []
)") << QByteArray(R"(signalbox: 1
sources:
    -   kind: file
        name: old
        path: old.json
    -   kind: file
        name: new
        path: new.json
services: []
)");
        QTest::newRow("dashes at the key's column") << QByteArray(R"(signalbox: 1
sources:
- kind: file
  name: old
  path: old.json
services: []
)") << QByteArray(R"(signalbox: 1
sources:
- kind: file
  name: old
  path: old.json
- kind: file
  name: new
  path: new.json
services: []
)");
        QTest::newRow("blank-separated entries") << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json

  - kind: file
    name: b
    path: b.json
)") << QByteArray(R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json

  - kind: file
    name: b
    path: b.json

  - kind: file
    name: new
    path: new.json
)");
        QTest::newRow("windows line ends")
            << QByteArray("signalbox: 1\r\nsources:\r\n  - kind: file\r\n"
                          "    name: a\r\n    path: a.json\r\n")
            << QByteArray("signalbox: 1\r\nsources:\r\n  - kind: file\r\n"
                          "    name: a\r\n    path: a.json\r\n"
                          "  - kind: file\r\n    name: new\r\n"
                          "    path: new.json\r\n");
        QTest::newRow("text after the list in another document") << QByteArray(R"(signalbox: 1
name: Shop
---
other: document
)") << QByteArray(R"(signalbox: 1
name: Shop
sources:
  - kind: file
    name: new
    path: new.json
---
other: document
)");
    }

    void add()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        QVERIFY2(editor.isValid(), qPrintable(editor.errorString()));
        const SourceConfig added = fileSource(u"new"_s, u"new.json"_s);
        QVERIFY2(editor.addSource(added), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), after);
        VERIFY_SOURCE(editor.text(), added);
    }

    void namesAndTextAreQuotedWhenYamlNeedsIt_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("lines");

        QTest::newRow("spaces") << u"CI export"_s << u"my data/runs.json"_s
                                << QByteArray("    name: CI export\n    path: my data/runs.json\n");
        QTest::newRow("colon and hash") << u"ci: nightly"_s << u"runs #2.json"_s
                                        << QByteArray("    name: \"ci: nightly\"\n"
                                                      "    path: \"runs #2.json\"\n");
        QTest::newRow("indicator first") << u"*star"_s << u"- dash.json"_s
                                         << QByteArray("    name: \"*star\"\n"
                                                       "    path: \"- dash.json\"\n");
        QTest::newRow("reads as other types") << u"yes"_s << u"2026-01-01"_s
                                              << QByteArray("    name: \"yes\"\n"
                                                            "    path: \"2026-01-01\"\n");
        QTest::newRow("quotes, backslash, tab, newline")
            << u"say \"hi\"\\there"_s << u"a\tb\nc"_s
            << QByteArray("    name: say \"hi\"\\there\n    path: \"a\\tb\\nc\"\n");
        QTest::newRow("leading space, unicode") << u" Zürich"_s << u"données/été.json"_s
                                                << QByteArray("    name: \" Zürich\"\n"
                                                              "    path: données/été.json\n");
        QTest::newRow("relative path")
            << u"dot"_s << u"./data.json"_s << QByteArray("    name: dot\n    path: ./data.json\n");
    }

    void namesAndTextAreQuotedWhenYamlNeedsIt()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        QFETCH(QByteArray, lines);
        WorkspaceSourcesEditor editor("signalbox: 1\n"_ba, u"/ws/workspace.yaml"_s);
        const SourceConfig added = fileSource(name, path);
        QVERIFY2(editor.addSource(added), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), "signalbox: 1\nsources:\n  - kind: file\n" + lines);
        VERIFY_SOURCE(editor.text(), added);
        // And out again by the name as written.
        QVERIFY2(editor.removeSource(name), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), "signalbox: 1\nsources: []\n"_ba);
    }

    void listsMapsAndTokenRoundTrip()
    {
        SourceConfig config = everySetting(u"ci"_s);
        config.settings.insert(u"baseUrl"_s, u"https://ci.example.org:8443/api/v4"_s);
        config.settings.insert(u"repositories"_s,
                               QStringList {u"shop/cart"_s, u"shop/odd, name"_s, u"yes"_s});
        config.settings.insert(u"services"_s,
                               QVariantMap {{u"Build and test"_s, u"cart"_s},
                                            {u"deploy: prod"_s, u"checkout"_s},
                                            {u"on"_s, u"no"_s}});
        config.settings.insert(u"caBundle"_s, u"certs/ca.pem"_s);
        config.settings.insert(u"tokenType"_s, u"bearer"_s); // the default: not written
        config.settings.insert(u"pageSize"_s, 100);
        config.settings.insert(u"includeDrafts"_s, true);
        config.token.environmentVariable = u"CI_TOKEN"_s;

        WorkspaceSourcesEditor editor("signalbox: 1\nsources: []\n"_ba, u"/ws/workspace.yaml"_s);
        QVERIFY2(editor.addSource(config), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(signalbox: 1
sources:
  - kind: everysetting
    name: ci
    baseUrl: https://ci.example.org:8443/api/v4
    repositories: [shop/cart, "shop/odd, name", "yes"]
    services:
      Build and test: cart
      "deploy: prod": checkout
      "on": "no"
    caBundle: certs/ca.pem
    pageSize: 100
    includeDrafts: true
    token: { env: CI_TOKEN }
)"));
        VERIFY_SOURCE(editor.text(), config);

        // Changing one map entry rewrites the map and nothing else.
        SourceConfig changed = config;
        changed.settings[u"services"_s] = QVariantMap {{u"Build and test"_s, u"cart"_s}};
        changed.settings[u"includeDrafts"_s] = false;
        QVERIFY2(editor.replaceSource(u"ci"_s, changed), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), QByteArray(R"(signalbox: 1
sources:
  - kind: everysetting
    name: ci
    baseUrl: https://ci.example.org:8443/api/v4
    repositories: [shop/cart, "shop/odd, name", "yes"]
    services:
      Build and test: cart
    caBundle: certs/ca.pem
    pageSize: 100
    token: { env: CI_TOKEN }
)"));
        VERIFY_SOURCE(editor.text(), changed);
    }

    void longListsAndEmptyValues()
    {
        SourceConfig config = everySetting(u"many"_s);
        QStringList repositories;
        for (int i = 0; i < 8; ++i)
            repositories << u"organisation/repository-%1"_s.arg(i);
        config.settings.insert(u"repositories"_s, repositories);
        config.settings.insert(u"label"_s, QString()); // empty: not set
        config.settings.insert(u"services"_s, QVariantMap()); // empty: not set
        config.token.keychainEntry = u"signalbox/many: more"_s;
        WorkspaceSourcesEditor editor("signalbox: 1\n"_ba, u"/ws/workspace.yaml"_s);
        QVERIFY2(editor.addSource(config), qPrintable(editor.errorString()));
        QByteArray expected = "signalbox: 1\nsources:\n  - kind: everysetting\n    name: many\n"
                              "    repositories:\n";
        for (const QString &r : repositories)
            expected += "      - " + r.toUtf8() + '\n';
        expected += "    token: { keychain: \"signalbox/many: more\" }\n";
        QCOMPARE(editor.text(), expected);
        VERIFY_SOURCE(editor.text(), config);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("operation"); // 0 add, 1 replace, 2 remove
        QTest::addColumn<QString>("name");
        QTest::addColumn<SourceConfig>("config");
        QTest::addColumn<QString>("error");

        const QByteArray two = R"(signalbox: 1
sources:
  - kind: file
    name: a
    path: a.json
  - kind: file
    name: b
    path: b.json
)";
        QTest::newRow("name taken") << two << 0 << QString() << fileSource(u"b"_s, u"x.json"_s)
                                    << u"/ws/workspace.yaml:6: error: another source is already "
                                       "named \"b\""_s;
        QTest::newRow("rename onto another") << two << 1 << u"a"_s << fileSource(u"b"_s, u"x"_s)
                                             << u"/ws/workspace.yaml:6: error: another source is "
                                                "already named \"b\""_s;
        QTest::newRow("replace unknown") << two << 1 << u"c"_s << fileSource(u"c"_s, u"x"_s)
                                         << u"/ws/workspace.yaml:2: error: no source is named "
                                            "\"c\""_s;
        QTest::newRow("remove unknown") << two << 2 << u"c"_s << SourceConfig()
                                        << u"/ws/workspace.yaml:2: error: no source is named "
                                           "\"c\""_s;
        QTest::newRow("not YAML")
            << QByteArray("signalbox: 1\nsources: [\n  - kind: file\n") << 0 << QString()
            << fileSource(u"c"_s, u"x"_s)
            << u"/ws/workspace.yaml:3: error: not valid YAML: illegal block entry"_s;
        QTest::newRow("required setting") << two << 0 << QString() << fileSource(u"c"_s, {})
                                          << u"/ws/workspace.yaml: error: a JSON file source "
                                             "needs the setting \"path\""_s;
        SourceConfig unknownKind = fileSource(u"c"_s, u"x"_s);
        unknownKind.kind = u"bitbucket"_s;
        QTest::newRow("unknown kind") << two << 0 << QString() << unknownKind
                                      << u"/ws/workspace.yaml: error: no source of kind "
                                         "\"bitbucket\" is installed"_s;
        SourceConfig unknownSetting = fileSource(u"c"_s, u"x"_s);
        unknownSetting.settings.insert(u"colour"_s, u"blue"_s);
        QTest::newRow("unknown setting") << two << 0 << QString() << unknownSetting
                                         << u"/ws/workspace.yaml: error: a JSON file source has "
                                            "no setting \"colour\""_s;
        QTest::newRow("reserved name")
            << two << 0 << QString() << fileSource(u"workspace"_s, u"x"_s)
            << u"/ws/workspace.yaml: error: \"workspace\" is the name "
               "of the workspace's own catalog"_s;
        SourceConfig tokenInEnv = everySetting(u"c"_s);
        tokenInEnv.token.environmentVariable = u"ghp_R4nd0mT0k3nV4lu3"_s;
        QTest::newRow("token pasted as a variable name")
            << two << 0 << QString() << tokenInEnv
            << u"/ws/workspace.yaml: error: where the token is kept looks like a token itself"_s;
        SourceConfig tokenWithDash = everySetting(u"c"_s);
        tokenWithDash.token.environmentVariable = u"glpat-R4nd0m"_s;
        QTest::newRow("not a variable name")
            << two << 0 << QString() << tokenWithDash
            << u"/ws/workspace.yaml: error: the name of the token's environment variable may "
               "only contain letters, digits and _"_s;
        SourceConfig tokenForFile = fileSource(u"c"_s, u"x"_s);
        tokenForFile.token.environmentVariable = u"TOKEN"_s;
        QTest::newRow("kind takes no token") << two << 0 << QString() << tokenForFile
                                             << u"/ws/workspace.yaml: error: a JSON file source "
                                                "takes no token"_s;
        QTest::newRow("sources not a list") << QByteArray("signalbox: 1\nsources:\n  kind: file\n")
                                            << 0 << QString() << fileSource(u"c"_s, u"x"_s)
                                            << u"/ws/workspace.yaml:3: error: sources is not a "
                                               "list; correct it by hand first"_s;
        QTest::newRow("flow workspace") << QByteArray("{signalbox: 1, sources: []}\n") << 0
                                        << QString() << fileSource(u"c"_s, u"x"_s)
                                        << u"/ws/workspace.yaml:1: error: the workspace is written "
                                           "as one { … } mapping"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, operation);
        QFETCH(QString, name);
        QFETCH(SourceConfig, config);
        QFETCH(QString, error);
        WorkspaceSourcesEditor editor(before, u"/ws/workspace.yaml"_s);
        bool ok = editor.isValid();
        if (ok && operation == 0)
            ok = editor.addSource(config);
        else if (ok && operation == 1)
            ok = editor.replaceSource(name, config);
        else if (ok)
            ok = editor.removeSource(name);
        QVERIFY(!ok);
        QVERIFY2(editor.errorString().startsWith(error), qPrintable(editor.errorString()));
        QCOMPARE(editor.text(), before);
        QVERIFY(!editor.isModified());
        // A refused token is never repeated in the message.
        if (!config.token.environmentVariable.isEmpty())
            QVERIFY(!editor.errorString().contains(config.token.environmentVariable));
    }

    void savesAtomicallyAndNoticesChangesOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.yaml"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(Commented);
        }
        SourcesEdit edit;
        edit.config = fileSource(u"second"_s, u"second.json"_s);
        SourcesEditResult result = applySourcesEdit(path, edit);
        QVERIFY2(result.changed, qPrintable(result.error));
        const WorkspaceParseResult parsed = parseWorkspaceFile(path);
        QVERIFY2(!hasErrors(parsed.diagnostics), qPrintable(describe(parsed.diagnostics)));
        QCOMPARE(parsed.workspace.sources.size(), 2);
        QCOMPARE(parsed.workspace.sources.at(1).name, u"second"_s);
        QCOMPARE(parsed.workspace.sources.at(1).line, 13);

        // The same add again is refused, naming the file and the line.
        result = applySourcesEdit(path, edit);
        QVERIFY(!result.changed);
        QCOMPARE(result.error, path + u":13: error: another source is already named \"second\""_s);

        // Editing the same source with the same values leaves the file alone.
        edit.operation = SourcesEdit::Operation::Replace;
        edit.name = u"second"_s;
        result = applySourcesEdit(path, edit);
        QVERIFY(!result.changed);
        QVERIFY(result.error.isEmpty());

        // Someone else writes the file between reading and saving: nothing is overwritten.
        WorkspaceSourcesEditor editor(path);
        QVERIFY(editor.removeSource(u"second"_s));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("# edited elsewhere\n");
        }
        QVERIFY(!editor.save());
        QVERIFY2(editor.errorString().contains(u"changed by something else"_s),
                 qPrintable(editor.errorString()));
        QVERIFY(parseWorkspaceFile(path).workspace.sources.size() == 2);

        edit.operation = SourcesEdit::Operation::Remove;
        result = applySourcesEdit(path, edit);
        QVERIFY2(result.changed, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), Commented + "# edited elsewhere\n");

        result = applySourcesEdit(dir.filePath(u"missing.yaml"_s), edit);
        QVERIFY(!result.changed);
        QVERIFY(result.error.contains(u"does not exist"_s));
    }

    void scalarsReadBackAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList texts {u"plain"_s,
                                 u"with space"_s,
                                 u"a: b"_s,
                                 u"a #b"_s,
                                 u"end:"_s,
                                 u"#start"_s,
                                 u"[x]"_s,
                                 u"{x}"_s,
                                 u"x,y"_s,
                                 u"null"_s,
                                 u"~"_s,
                                 u"True"_s,
                                 u"off"_s,
                                 u"0x1F"_s,
                                 u"1e3"_s,
                                 u".5"_s,
                                 u".inf"_s,
                                 u"-.NaN"_s,
                                 u"+1"_s,
                                 u"'single'"_s,
                                 u"\"double\""_s,
                                 u"back\\slash"_s,
                                 u"%percent"_s,
                                 u"@at"_s,
                                 u"`tick"_s,
                                 u"!tag"_s,
                                 u"&anchor"_s,
                                 u"*alias"_s,
                                 u"|pipe"_s,
                                 u">fold"_s,
                                 u"?q"_s,
                                 u"-"_s,
                                 u"---"_s,
                                 u"<<"_s,
                                 u"line\nbreak"_s,
                                 u"bell\a"_s,
                                 u"\u00e9t\u00e9 \U0001F600"_s,
                                 u"trailing "_s,
                                 u"https://x.example/a?b=c#d"_s};
        for (qsizetype i = 0; i < texts.size(); ++i)
            QTest::addRow("%d", int(i)) << texts.at(i);
    }

    // As a list item in a flow list, as text, and read back by the parser.
    void scalarsReadBackAsWritten()
    {
        QFETCH(QString, text);
        SourceConfig config = everySetting(u"s"_s);
        config.settings[u"repositories"_s] = QStringList {text, u"other"_s};
        config.settings[u"label"_s] = text;
        config.settings[u"services"_s] = QVariantMap {{text, text}};
        WorkspaceSourcesEditor editor("signalbox: 1\n"_ba, u"/ws/workspace.yaml"_s);
        QVERIFY2(editor.addSource(config), qPrintable(editor.errorString()));
        VERIFY_SOURCE(editor.text(), config);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSourcesEditor)
#include "tst_workspacesourceseditor.moc"
