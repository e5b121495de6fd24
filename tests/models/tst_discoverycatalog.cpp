#include "analysis/discoverycatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Signalbox;

namespace {

DiscoveredService found(const QString &name, ServiceKind kind, const QString &path,
                        const QString &file, int line)
{
    DiscoveredService s;
    s.name = name;
    s.kind = kind;
    s.path = path;
    s.origin = DiscoveryOrigin::Compose;
    s.evidence = {{u"repo"_s, file, line, name + u':'}};
    return s;
}

DiscoveredDependency edge(const QString &consumer, const QString &provider, const QString &file,
                          int line)
{
    DiscoveredDependency d;
    d.consumer = consumer;
    d.provider = provider;
    d.kind = DependencyKind::Sync;
    d.evidence = {{u"repo"_s, file, line, u"depends_on: "_s + provider}};
    return d;
}

QStringList states(const EffectiveCatalog &c)
{
    QStringList out;
    for (const CatalogService &s : c.services)
        out.append(s.service.name + u'=' + toWord(s.state));
    for (const CatalogDependency &d : c.dependencies)
        out.append(d.dependency.consumer + u"->"_s + d.dependency.provider + u'='
                   + toWord(d.state));
    return out;
}

} // namespace

class tst_DiscoveryCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionsShapeTheCatalog()
    {
        Workspace ws;
        Service orders;
        orders.name = u"orders"_s;
        orders.kind = ServiceKind::Service;
        orders.inCatalog = true;
        ws.services = {orders};
        ws.dependencies = {{u"orders"_s, u"payments"_s, DependencyKind::Sync, u"ws.yaml:9"_s}};
        Service fraud;
        fraud.name = u"fraud"_s;
        ws.discovery.addedServices = {fraud};
        ws.discovery.addedDependencies = {{u"orders"_s, u"fraud"_s, DependencyKind::Sync, {}}};
        ws.discovery.confirmedServices = {u"payments"_s};
        ws.discovery.hiddenServices = {u"redis"_s};
        ws.discovery.hiddenDependencies = {{u"web"_s, u"orders"_s}};

        RepositoryScan a;
        a.repository = u"shop"_s;
        a.result.services
            = {found(u"web"_s, ServiceKind::Frontend, u"web"_s, u"compose.yml"_s, 2),
               found(u"orders"_s, ServiceKind::Service, u"services/orders"_s, u"compose.yml"_s, 5),
               found(u"redis"_s, ServiceKind::Datastore, {}, u"compose.yml"_s, 9)};
        a.result.dependencies = {edge(u"web"_s, u"orders"_s, u"compose.yml"_s, 3),
                                 edge(u"orders"_s, u"redis"_s, u"compose.yml"_s, 6),
                                 edge(u"orders"_s, u"payments"_s, u"compose.yml"_s, 7)};
        RepositoryScan b;
        b.repository = u"payments"_s;
        b.result.services = {found(u"payments"_s, ServiceKind::Service, {}, u"k8s.yaml"_s, 4),
                             found(u"web"_s, ServiceKind::Frontend, {}, u"k8s.yaml"_s, 20)};

        const EffectiveCatalog c = buildEffectiveCatalog(ws, {a, b});
        QCOMPARE(states(c),
                 (QStringList {u"orders=declared"_s, u"fraud=added"_s, u"payments=confirmed"_s,
                               u"redis=hidden"_s, u"web=discovered"_s,
                               u"orders->payments=declared"_s, u"orders->fraud=added"_s,
                               u"orders->redis=hidden"_s, u"web->orders=hidden"_s}));
        // A declared service takes the folder a scan found, and every scan's evidence.
        QCOMPARE(c.services.at(0).service.pathInRepo, u"services/orders"_s);
        QCOMPARE(c.services.at(0).repository, u"shop"_s);
        QCOMPARE(c.services.at(0).evidence.size(), 1);
        // The same service found in two repositories is one, with both pieces of evidence.
        const CatalogService *web = c.findService(u"web"_s);
        QVERIFY(web);
        QCOMPARE(web->evidence.size(), 2);
        QCOMPARE(web->service.discovered, true);
        QCOMPARE(web->service.kind, ServiceKind::Frontend);
        // The declared edge keeps its own evidence text and gains the scan's.
        QCOMPARE(c.dependencies.at(0).dependency.evidence, u"ws.yaml:9"_s);
        QCOMPARE(c.dependencies.at(0).evidence.size(), 1);

        QStringList visible;
        for (const Service &s : c.visibleServices())
            visible.append(s.name);
        QCOMPARE(visible, (QStringList {u"orders"_s, u"fraud"_s, u"payments"_s, u"web"_s}));
        QCOMPARE(c.visibleDependencies().size(), 2);
        QCOMPARE(evidenceLine(a.result.dependencies.at(0).evidence.first()),
                 u"repo/compose.yml:3: depends_on: orders"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DiscoveryCatalog)
#include "tst_discoverycatalog.moc"
