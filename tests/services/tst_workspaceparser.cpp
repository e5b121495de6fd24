#include "workspace/workspaceparser.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

const QByteArray GoodWorkspace = R"(signalbox: 1
name: Shop
environments: [dev, production]
services:
  - name: checkout
    owner: team-checkout
    system: storefront
    tier: 1
    kind: service
    repository: https://git.example.com/shop/checkout
    dependsOn:
      - payments
      - { service: orders-events, kind: async }
      - service: postgres
        kind: datastore
  - name: payments
    owner: team-checkout
    tier: 2
  - name: orders-events
    kind: broker
  - name: postgres
    kind: datastore
sources:
  - kind: file
    name: ci-export
    path: data/runs.json
    rebaseTimes: true
)";

const Diagnostic *findDiagnostic(const Diagnostics &diagnostics, const QString &key)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace

class TestWorkspaceParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodWorkspace()
    {
        const WorkspaceParseResult result
            = parseWorkspaceText(GoodWorkspace, u"/ws/workspace.yaml"_s);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(result.readable);
        const Workspace &ws = result.workspace;
        QCOMPARE(ws.name, u"Shop"_s);
        QCOMPARE(ws.environments, QStringList({u"dev"_s, u"production"_s}));
        QCOMPARE(ws.services.size(), 4);
        const Service &checkout = ws.services.at(0);
        QCOMPARE(checkout.name, u"checkout"_s);
        QCOMPARE(checkout.owner, u"team-checkout"_s);
        QCOMPARE(checkout.system, u"storefront"_s);
        QCOMPARE(checkout.tier, 1);
        QCOMPARE(checkout.kind, ServiceKind::Service);
        QVERIFY(checkout.inCatalog);
        QCOMPARE(ws.services.at(2).kind, ServiceKind::Broker);

        QCOMPARE(ws.dependencies.size(), 3);
        QCOMPARE(ws.dependencies.at(0).provider, u"payments"_s);
        QCOMPARE(ws.dependencies.at(0).kind, DependencyKind::Sync);
        QCOMPARE(ws.dependencies.at(0).evidence, u"workspace.yaml:12: dependsOn payments"_s);
        QCOMPARE(ws.dependencies.at(1).kind, DependencyKind::Async);
        QCOMPARE(ws.dependencies.at(2).provider, u"postgres"_s);
        QCOMPARE(ws.dependencies.at(2).kind, DependencyKind::Datastore);

        QCOMPARE(ws.sources.size(), 1);
        const SourceConfig &source = ws.sources.at(0);
        QCOMPARE(source.kind, u"file"_s);
        QCOMPARE(source.name, u"ci-export"_s);
        QCOMPARE(source.settings.value(u"path"_s).toString(), u"data/runs.json"_s);
        QCOMPARE(source.settings.value(u"rebaseTimes"_s).toBool(), true);
        QCOMPARE(ws.resolvePath(u"data/runs.json"_s), u"/ws/data/runs.json"_s);
    }

    void freezeWindows()
    {
        const QByteArray yaml = "signalbox: 1\nenvironments: [staging, production]\nfreezes:\n"
                                "  - { environment: production, from: 2026-12-20T18:00:00Z, to: "
                                "2027-01-04T08:00:00Z, "
                                "reason: Holidays }\n";
        const WorkspaceParseResult result = parseWorkspaceText(yaml, u"/ws/f.yaml"_s);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(result.workspace.freezes.size(), 1);
        const FreezeWindow &f = result.workspace.freezes.at(0);
        QCOMPARE(f.environment, u"production"_s);
        QCOMPARE(f.reason, u"Holidays"_s);
        QVERIFY(f.covers(
            u"production"_s,
            QDateTime::fromString(u"2026-12-24T12:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch()));
        QVERIFY(!f.covers(
            u"staging"_s,
            QDateTime::fromString(u"2026-12-24T12:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch()));
        QCOMPARE(result.workspace.releasePolicy().freezes.size(), 1);
        // Without an offset a time is UTC, whatever this machine's zone.
        const WorkspaceParseResult plain
            = parseWorkspaceText("signalbox: 1\nfreezes:\n  - { environment: p, from: "
                                 "2026-12-20T18:00:00, to: 2026-12-21T18:00:00 }\n",
                                 u"/ws/g.yaml"_s);
        QCOMPARE(plain.workspace.freezes.at(0).from,
                 QDateTime::fromString(u"2026-12-20T18:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
    }

    void defaultsAreFilledIn()
    {
        const QByteArray yaml = "signalbox: 1\nsources:\n  - kind: file\n    path: x.json\n";
        const WorkspaceParseResult result = parseWorkspaceText(yaml, u"/ws/minimal.yaml"_s);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(result.workspace.name, u"minimal"_s);
        QCOMPARE(result.workspace.sources.at(0).name, u"file"_s);
        QCOMPARE(result.workspace.sources.at(0).settings.value(u"rebaseTimes"_s).toBool(), false);
    }

    // Each bad input: is the workspace still readable, which key is blamed, on which line, how
    // severely, and what survives.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("servicesKept");

        QTest::addRow("syntax error")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    tier: [1\n") << false
            << QString() << 5 << true << u"not valid YAML"_s << 0;
        QTest::addRow("empty file")
            << QByteArray("") << false << QString() << 0 << true << u"empty"_s << 0;
        QTest::addRow("not a map") << QByteArray("- a\n- b\n") << false << QString() << 0 << true
                                   << u"expected a workspace"_s << 0;
        QTest::addRow("newer format") << QByteArray("signalbox: 7\nservices: []\n") << false
                                      << u"signalbox"_s << 1 << true << u"newer Signalbox"_s << 0;
        QTest::addRow("no format version")
            << QByteArray("services:\n  - name: a\n") << true << u"signalbox"_s << 1 << false
            << u"no format version"_s << 1;
        QTest::addRow("unknown top-level key")
            << QByteArray("signalbox: 1\nservise:\n  - name: a\nservices:\n  - name: b\n") << true
            << u"servise"_s << 2 << false << u"unknown key"_s << 1;
        QTest::addRow("tier not a number")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    tier: high\n  - name: b\n")
            << true << u"services[0].tier"_s << 4 << true << u"whole number"_s << 2;
        QTest::addRow("tier out of range")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    tier: 9\n") << true
            << u"services[0].tier"_s << 4 << true << u"between 1 and 5"_s << 1;
        QTest::addRow("service without name")
            << QByteArray("signalbox: 1\nservices:\n  - owner: x\n  - name: b\n") << true
            << u"services[0]"_s << 3 << true << u"needs a name"_s << 1;
        QTest::addRow("duplicate service")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n  - name: a\n") << true
            << u"services[1].name"_s << 4 << true << u"declared twice"_s << 1;
        QTest::addRow("unknown service key")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    ownr: x\n") << true
            << u"services[0].ownr"_s << 4 << false << u"unknown key"_s << 1;
        QTest::addRow("unknown service kind")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    kind: lambda\n") << true
            << u"services[0].kind"_s << 4 << false << u"unknown kind"_s << 1;
        QTest::addRow("services not a list")
            << QByteArray("signalbox: 1\nservices: many\n") << true << u"services"_s << 2 << true
            << u"expected a list"_s << 0;
        QTest::addRow("dependency on undeclared service")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    dependsOn: [ghost]\n") << true
            << u"services[0].dependsOn[0]"_s << 4 << false << u"not in the catalog"_s << 1;
        QTest::addRow("bad dependency kind")
            << QByteArray("signalbox: 1\nservices:\n  - name: a\n    dependsOn:\n      - { "
                          "service: b, kind: rpc }\n  - name: b\n")
            << true << u"services[0].dependsOn[0].kind"_s << 5 << true
            << u"sync, async or datastore"_s << 2;
        QTest::addRow("source without kind")
            << QByteArray("signalbox: 1\nsources:\n  - name: x\n") << true << u"sources[0]"_s << 3
            << true << u"needs a kind"_s << 0;
        QTest::addRow("unknown source kind")
            << QByteArray("signalbox: 1\nsources:\n  - kind: jira\n") << true
            << u"sources[0].kind"_s << 3 << true << u"no source of kind \"jira\""_s << 0;
        QTest::addRow("source missing required setting")
            << QByteArray("signalbox: 1\nsources:\n  - kind: file\n") << true << u"sources[0]"_s
            << 3 << true << u"needs the setting \"path\""_s << 0;
        QTest::addRow("unknown source setting")
            << QByteArray(
                   "signalbox: 1\nsources:\n  - kind: file\n    path: a.json\n    colour: red\n")
            << true << u"sources[0].colour"_s << 5 << false << u"unknown setting"_s << 0;
        QTest::addRow("bool setting wrong") << QByteArray(
            "signalbox: 1\nsources:\n  - kind: file\n    path: a.json\n    rebaseTimes: maybe\n")
                                            << true << u"sources[0].rebaseTimes"_s << 5 << true
                                            << u"true or false"_s << 0;
        QTest::addRow("freeze ends before it begins") << QByteArray(
            "signalbox: 1\nfreezes:\n  - { environment: production, from: 2026-12-20T18:00:00Z, "
            "to: 2026-12-01T00:00:00Z }\n") << true << u"freezes[0]"_s
                                                      << 3 << true << u"ends before it begins"_s
                                                      << 0;
        QTest::addRow("freeze with a bad time")
            << QByteArray(
                   "signalbox: 1\nfreezes:\n  - environment: production\n    from: next friday\n"
                   "    to: 2026-12-01T00:00:00Z\n")
            << true << u"freezes[0].from"_s << 4 << true << u"ISO 8601"_s << 0;
        QTest::addRow("source named like the catalog") << QByteArray(
            "signalbox: 1\nsources:\n  - kind: file\n    name: workspace\n    path: a.json\n")
                                                       << true << u"sources[0].name"_s << 3 << true
                                                       << u"own catalog"_s << 0;
        QTest::addRow("duplicate source name")
            << QByteArray("signalbox: 1\nsources:\n  - kind: file\n    path: a.json\n  - kind: "
                          "file\n    path: b.json\n")
            << true << u"sources[1].name"_s << 5 << true << u"already named"_s << 0;
    }

    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, readable);
        QFETCH(QString, key);
        QFETCH(int, line);
        QFETCH(bool, isError);
        QFETCH(QString, messagePart);
        QFETCH(int, servicesKept);

        const WorkspaceParseResult result = parseWorkspaceText(yaml, u"/ws/bad.yaml"_s);
        QCOMPARE(result.readable, readable);
        const Diagnostic *d = key.isEmpty()
            ? (result.diagnostics.isEmpty() ? nullptr : &result.diagnostics.first())
            : findDiagnostic(result.diagnostics, key);
        QVERIFY2(d,
                 qPrintable(u"no diagnostic for key '%1' in:\n%2"_s.arg(
                     key, describe(result.diagnostics))));
        QCOMPARE(d->origin, u"/ws/bad.yaml"_s);
        QCOMPARE(d->line, line);
        QCOMPARE(d->isError(), isError);
        QVERIFY2(d->message.contains(messagePart), qPrintable(d->message));
        QCOMPARE(result.workspace.services.size(), servicesKept);
    }

    void problemsAreListedInFileOrder()
    {
        const QByteArray yaml = "signalbox: 1\nservices:\n  - name: a\n    dependsOn: [ghost]\n"
                                "  - name: b\n    tier: x\n";
        const WorkspaceParseResult result = parseWorkspaceText(yaml, u"/ws/order.yaml"_s);
        QCOMPARE(result.diagnostics.size(), 2);
        QCOMPARE(result.diagnostics.at(0).line,
                 4); // the dependency, found after the catalog was read
        QCOMPARE(result.diagnostics.at(1).line, 6);
    }

    void literalTokenIsRefusedAndNeverRepeated()
    {
        const QByteArray secret = "ghp_ABCDEFsupersecret123456";
        const QByteArray yaml
            = "signalbox: 1\nsources:\n  - kind: file\n    path: a.json\n    token: " + secret
            + "\n";
        const WorkspaceParseResult result = parseWorkspaceText(yaml, u"/ws/t.yaml"_s);
        // The file source takes no token: the warning still must not echo the value.
        for (const Diagnostic &d : result.diagnostics)
            QVERIFY(!d.toString().contains(QString::fromLatin1(secret)));
        QVERIFY(findDiagnostic(result.diagnostics, u"sources[0].token"_s));
        for (const QVariant &value : result.workspace.sources.at(0).settings)
            QVERIFY(!value.toString().contains(QString::fromLatin1(secret)));
    }

    void missingFile()
    {
        const WorkspaceParseResult result = parseWorkspaceFile(u"/definitely/not/here.yaml"_s);
        QVERIFY(!result.readable);
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics.at(0).message.contains(u"does not exist"_s));
        QCOMPARE(result.diagnostics.at(0).origin, u"/definitely/not/here.yaml"_s);
    }

    void readsFromDisk()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"w.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GoodWorkspace);
        file.close();
        const WorkspaceParseResult result = parseWorkspaceFile(file.fileName());
        QVERIFY(result.readable);
        QCOMPARE(result.workspace.services.size(), 4);
        QCOMPARE(result.workspace.resolvePath(u"data/runs.json"_s),
                 dir.filePath(u"data/runs.json"_s));
    }

    void bundledDemoParsesCleanly()
    {
        const WorkspaceParseResult result = parseWorkspaceFile(
            QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/demo/workspace.yaml"));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(result.workspace.services.size() >= 25);
        QCOMPARE(result.workspace.sources.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceParser)
#include "tst_workspaceparser.moc"
