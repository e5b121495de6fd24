#include "domain/discoveryedit.h"
#include "workspace/workspacediscoveryeditor.h"
#include "workspace/workspaceparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

const QByteArray Workspace1 = "signalbox: 1\n"
                              "name: shop\n"
                              "# the catalog\n"
                              "services:\n"
                              "  - name: orders\n"
                              "repositories:\n"
                              "  - path: ../shop\n"
                              "    revision: main\n"
                              "  - ../payments.git\n"
                              "  - { path: /src/legacy, name: legacy, service: billing }\n"
                              "discovery:\n"
                              "  confirm:\n"
                              "    services: [payments]\n"
                              "    dependencies: [orders -> payments]\n"
                              "  hide:\n"
                              "    services:\n"
                              "      - prometheus\n"
                              "    dependencies:\n"
                              "      - web -> legacy\n"
                              "  add:\n"
                              "    services:\n"
                              "      - { name: fraud, kind: service, owner: team-risk }\n"
                              "    dependencies:\n"
                              "      - orders -> fraud\n"
                              "# kept: a comment after the block\n"
                              "freezes: []\n";

DiscoveryEdit setService(const QString &name, DiscoveryEdit::Decision decision)
{
    DiscoveryEdit e;
    e.kind = DiscoveryEdit::Kind::SetServiceDecision;
    e.service = name;
    e.decision = decision;
    return e;
}

} // namespace

class tst_DiscoveryDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRepositoriesAndDecisions()
    {
        const WorkspaceParseResult r = parseWorkspaceText(Workspace1, u"/ws/shop.yaml"_s);
        QVERIFY(r.readable);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        const Workspace &ws = r.workspace;
        QCOMPARE(ws.repositories.size(), 3);
        QCOMPARE(ws.repositories.at(0).path, u"../shop"_s);
        QCOMPARE(ws.repositories.at(0).name, u"shop"_s);
        QCOMPARE(ws.repositories.at(0).revision, u"main"_s);
        QCOMPARE(ws.repositories.at(0).line, 7);
        QCOMPARE(ws.repositories.at(1).name, u"payments"_s);
        QCOMPARE(ws.repositories.at(1).revision, u"HEAD"_s);
        QCOMPARE(ws.repositories.at(2).service, u"billing"_s);
        QCOMPARE(ws.resolvePath(ws.repositories.at(0).path), u"/ws/../shop"_s);

        const DiscoveryDecisions &d = ws.discovery;
        QCOMPARE(d.confirmedServices, QStringList {u"payments"_s});
        QCOMPARE(d.confirmedDependencies, (QList<DependencyKey> {{u"orders"_s, u"payments"_s}}));
        QCOMPARE(d.hiddenServices, QStringList {u"prometheus"_s});
        QCOMPARE(d.hiddenDependencies, (QList<DependencyKey> {{u"web"_s, u"legacy"_s}}));
        QCOMPARE(d.addedServices.size(), 1);
        QCOMPARE(d.addedServices.at(0).name, u"fraud"_s);
        QCOMPARE(d.addedServices.at(0).owner, u"team-risk"_s);
        QCOMPARE(d.addedDependencies.size(), 1);
        QCOMPARE(d.addedDependencies.at(0).consumer, u"orders"_s);
        QCOMPARE(d.addedDependencies.at(0).provider, u"fraud"_s);
        QCOMPARE(d.addedDependencies.at(0).evidence,
                 u"shop.yaml:24: added by hand: orders -> fraud"_s);
    }

    void badEntriesAreReportedAndSkipped()
    {
        const QByteArray text = "signalbox: 1\n"
                                "repositories:\n"
                                "  - { revision: main }\n"
                                "  - shop\n"
                                "  - other/shop\n"
                                "discovery:\n"
                                "  hide:\n"
                                "    dependencies: [just-a-name]\n"
                                "  add:\n"
                                "    services:\n"
                                "      - { kind: service }\n";
        const WorkspaceParseResult r = parseWorkspaceText(text, u"/ws/w.yaml"_s);
        QVERIFY(r.readable);
        QCOMPARE(r.workspace.repositories.size(), 1);
        QStringList messages;
        for (const Diagnostic &d : r.diagnostics)
            messages.append(QString::number(d.line) + u' ' + d.key + u": "_s + d.message);
        QCOMPARE(
            messages,
            (QStringList {
                u"3 repositories[0]: a repository needs the path of its local clone; skipped"_s,
                u"5 repositories[2]: a second repository is named shop; give one of them "
                "another name; skipped"_s,
                u"8 discovery.hide.dependencies[0]: expected a dependency written as "
                "\"consumer -> provider\""_s,
                u"11 discovery.add.services[0]: a service needs a name; this entry was "
                "skipped"_s}));
    }

    void editsApplyAndInvert()
    {
        DiscoveryDecisions d;
        const DiscoveryEdit hide = setService(u"redis"_s, DiscoveryEdit::Decision::Hidden);
        const DiscoveryDecisions hidden = applyDiscoveryEdit(d, hide);
        QCOMPARE(hidden.hiddenServices, QStringList {u"redis"_s});
        const DiscoveryEdit confirm = setService(u"redis"_s, DiscoveryEdit::Decision::Confirmed);
        const DiscoveryDecisions confirmed = applyDiscoveryEdit(hidden, confirm);
        QCOMPARE(confirmed.hiddenServices, QStringList {});
        QCOMPARE(confirmed.confirmedServices, QStringList {u"redis"_s});
        // Undoing the confirmation hides it again: the inverse remembers the state before.
        QCOMPARE(applyDiscoveryEdit(confirmed, inverseDiscoveryEdit(hidden, confirm)), hidden);
        QCOMPARE(applyDiscoveryEdit(hidden, inverseDiscoveryEdit(d, hide)), d);

        DiscoveryEdit add;
        add.kind = DiscoveryEdit::Kind::AddDependency;
        add.addedDependency = {u"a"_s, u"b"_s, DependencyKind::Async, {}};
        const DiscoveryDecisions added = applyDiscoveryEdit(d, add);
        QCOMPARE(added.addedDependencies.size(), 1);
        QCOMPARE(applyDiscoveryEdit(added, add), added); // twice is once
        QCOMPARE(applyDiscoveryEdit(added, inverseDiscoveryEdit(d, add)), d);
    }

    void rewritesOnlyTheDiscoveryBlock()
    {
        DiscoveryDecisions d = parseWorkspaceText(Workspace1, u"w.yaml"_s).workspace.discovery;
        d = applyDiscoveryEdit(d, setService(u"kafka"_s, DiscoveryEdit::Decision::Hidden));
        QString error;
        const auto text = withDiscoveryDecisions(Workspace1, u"w.yaml"_s, d, &error);
        QVERIFY2(text, qPrintable(error));
        const QByteArray expected = "signalbox: 1\n"
                                    "name: shop\n"
                                    "# the catalog\n"
                                    "services:\n"
                                    "  - name: orders\n"
                                    "repositories:\n"
                                    "  - path: ../shop\n"
                                    "    revision: main\n"
                                    "  - ../payments.git\n"
                                    "  - { path: /src/legacy, name: legacy, service: billing }\n"
                                    "# What people decided about the services and dependencies "
                                    "found in the repositories.\n"
                                    "discovery:\n"
                                    "  confirm:\n"
                                    "    services:\n"
                                    "      - payments\n"
                                    "    dependencies:\n"
                                    "      - orders -> payments\n"
                                    "  hide:\n"
                                    "    services:\n"
                                    "      - kafka\n"
                                    "      - prometheus\n"
                                    "    dependencies:\n"
                                    "      - web -> legacy\n"
                                    "  add:\n"
                                    "    services:\n"
                                    "      - name: fraud\n"
                                    "        kind: service\n"
                                    "        owner: team-risk\n"
                                    "    dependencies:\n"
                                    "      - orders -> fraud\n"
                                    "# kept: a comment after the block\n"
                                    "freezes: []\n";
        QCOMPARE(*text, expected);

        // Written again with the marker comment in place: the comment is not doubled.
        const auto again = withDiscoveryDecisions(*text, u"w.yaml"_s, d, &error);
        QVERIFY(again);
        QCOMPARE(*again, expected);

        // No decisions left: the block goes, the rest stays.
        const auto none = withDiscoveryDecisions(*text, u"w.yaml"_s, {}, &error);
        QVERIFY(none);
        QVERIFY(!none->contains("discovery"));
        QVERIFY(none->contains("# kept: a comment after the block\nfreezes: []\n"));
    }

    void appendsABlockWithTheFilesLineEndings()
    {
        const QByteArray text = "signalbox: 1\r\nservices:\r\n  - name: a\r\n";
        DiscoveryDecisions d;
        d.hiddenServices = {u"b c"_s};
        QString error;
        const auto out = withDiscoveryDecisions(text, u"w.yaml"_s, d, &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY(out->startsWith(text));
        QVERIFY(out->endsWith("  hide:\r\n    services:\r\n      - b c\r\n"));
        QCOMPARE(parseWorkspaceText(*out, u"w.yaml"_s).workspace.discovery, d);
    }

    void addedEntriesKeepEveryField()
    {
        DiscoveryDecisions d;
        Service fraud;
        fraud.name = u"fraud"_s;
        fraud.kind = ServiceKind::Service;
        fraud.owner = u"team-risk"_s;
        fraud.system = u"payments"_s;
        fraud.tier = 2;
        fraud.repository = u"https://git.example.com/risk/fraud"_s;
        fraud.pathInRepo = u"services/fraud"_s;
        d.addedServices = {fraud};
        d.addedDependencies = {{u"orders"_s, u"fraud"_s, DependencyKind::Sync, {}},
                               {u"orders"_s, u"events"_s, DependencyKind::Async, {}},
                               {u"fraud"_s, u"fraud-db"_s, DependencyKind::Datastore, {}}};
        QString error;
        const auto text = withDiscoveryDecisions("signalbox: 1\n", u"w.yaml"_s, d, &error);
        QVERIFY2(text, qPrintable(error));
        QVERIFY2(text->contains("      - orders -> fraud\n"
                                "      - { consumer: orders, provider: events, kind: async }\n"),
                 text->constData());
        const DiscoveryDecisions back = parseWorkspaceText(*text, u"w.yaml"_s).workspace.discovery;
        QCOMPARE(back.addedServices.size(), 1);
        const Service &s = back.addedServices.first();
        QCOMPARE(s.system, u"payments"_s);
        QCOMPARE(s.tier, 2);
        QCOMPARE(s.repository, fraud.repository);
        QCOMPARE(s.pathInRepo, u"services/fraud"_s);
        QCOMPARE(back.addedDependencies.size(), 3);
        QCOMPARE(back.addedDependencies.at(1).kind, DependencyKind::Async);
        QCOMPARE(back.addedDependencies.at(2).kind, DependencyKind::Datastore);
    }

    void aBlockWithAProblemIsNotRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray text = "signalbox: 1\ndiscovery:\n  hide:\n    services: [a]\n"
                                "    dependencies: [a => b]\n";
        f.write(text);
        f.close();
        const DiscoveryFileEdit refused
            = applyDiscoveryEditToFile(path, setService(u"x"_s, DiscoveryEdit::Decision::Hidden));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"shop.yaml:5"_s), qPrintable(refused.error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }

    void editsTheFileAndKeepsOtherChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("signalbox: 1\nservices:\n  - name: orders\n");
        f.close();

        const DiscoveryFileEdit first = applyDiscoveryEditToFile(
            path, setService(u"redis"_s, DiscoveryEdit::Decision::Hidden));
        QVERIFY2(first.ok, qPrintable(first.error));
        // Someone else confirms a service in the file meanwhile; the next edit keeps it.
        QVERIFY(f.open(QIODevice::Append));
        f.write("  confirm:\n    services: [orders-db]\n");
        f.close();
        const DiscoveryFileEdit second = applyDiscoveryEditToFile(
            path, setService(u"kafka"_s, DiscoveryEdit::Decision::Confirmed));
        QVERIFY2(second.ok, qPrintable(second.error));
        const Workspace ws = parseWorkspaceFile(path).workspace;
        QCOMPARE(ws.discovery.hiddenServices, QStringList {u"redis"_s});
        QCOMPARE(ws.discovery.confirmedServices, (QStringList {u"kafka"_s, u"orders-db"_s}));

        // Undo through the inverse the edit returned.
        const DiscoveryFileEdit undo = applyDiscoveryEditToFile(path, second.inverse);
        QVERIFY(undo.ok);
        QCOMPARE(parseWorkspaceFile(path).workspace.discovery.confirmedServices,
                 QStringList {u"orders-db"_s});

        // A file that is not a workspace is refused and left as it is.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("services: [unclosed\n");
        f.close();
        const DiscoveryFileEdit refused
            = applyDiscoveryEditToFile(path, setService(u"x"_s, DiscoveryEdit::Decision::Hidden));
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(u"shop.yaml"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("services: [unclosed\n"));
    }
};

QTEST_GUILESS_MAIN(tst_DiscoveryDecisions)
#include "tst_discoverydecisions.moc"
