<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Signalbox::Application</name>
    <message numerus="yes">
        <location filename="../app/application.cpp" line="+224" />
        <source>Repositories scanned: %n new commit(s).</source>
        <translation>
            <numerusform>Repositories scanned: %n new commit.</numerusform><numerusform>Repositories scanned: %n new commits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+183" />
        <source>Opened %1: %n service(s) in %2 ms</source>
        <translation>
            <numerusform>Opened %1: %n service in %2 ms</numerusform><numerusform>Opened %1: %n services in %2 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::CommandLine</name>
    <message numerus="yes">
        <location filename="../app/headlesscommand.cpp" line="+133" />
        <source>%n service(s) have no status at all; they are not counted as healthy.</source>
        <translation>
            <numerusform>%n service have no status at all; they are not counted as healthy.</numerusform><numerusform>%n services have no status at all; they are not counted as healthy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+129" />
        <source>%1 needs (%n service(s)): </source>
        <translation>
            <numerusform>%1 needs (%n service): </numerusform><numerusform>%1 needs (%n services): </numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Needed by (%n service(s)): </source>
        <translation>
            <numerusform>Needed by (%n service): </numerusform><numerusform>Needed by (%n services): </numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::DiscoveryPanel</name>
    <message numerus="yes">
        <location filename="../views/discovery/discoverypanel.cpp" line="+276" />
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform><numerusform>%n services found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n not confirmed yet</source>
        <translation>
            <numerusform>%n not confirmed yet</numerusform><numerusform>%n not confirmed yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+293" />
        <source>%1: reading history (%n commit(s))</source>
        <translation>
            <numerusform>%1: reading history (%n commit)</numerusform><numerusform>%1: reading history (%n commits)</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::DiscoveryTables</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/discoverytables.cpp" line="+39" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+205" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::GraphScene</name>
    <message numerus="yes">
        <location filename="../views/graph/graphitems.cpp" line="+516" />
        <source>%n service(s) — double-click to expand</source>
        <translation>
            <numerusform>%n service — double-click to expand</numerusform><numerusform>%n services — double-click to expand</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graph/graphscene.cpp" line="+912" />
        <source>%n service(s), %1 failing</source>
        <translation>
            <numerusform>%n service, %1 failing</numerusform><numerusform>%n services, %1 failing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Root cause: %1; %n victim(s)</source>
        <translation>
            <numerusform>Root cause: %1; %n victim</numerusform><numerusform>Root cause: %1; %n victims</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n wave(s) to %1</source>
        <translation>
            <numerusform>%n wave to %1</numerusform><numerusform>%n waves to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform><numerusform>%n blocked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%1 needs %n service(s)</source>
        <translation>
            <numerusform>%1 needs %n service</numerusform><numerusform>%1 needs %n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n need(s) it</source>
        <translation>
            <numerusform>%n need it</numerusform><numerusform>%n needs it</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::Http</name>
    <message numerus="yes">
        <location filename="../services/net/httpclient.cpp" line="+445" />
        <source> (after %n attempts)</source>
        <translation>
            <numerusform> (after %n attempts)</numerusform><numerusform> (after %n attempts)</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="+280" />
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform><numerusform>Every %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+249" />
        <source>Syncing %n source(s)…</source>
        <translation>
            <numerusform>Syncing %n source…</numerusform><numerusform>Syncing %n sources…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n source(s) failing</source>
        <translation>
            <numerusform>%n source failing</numerusform><numerusform>%n sources failing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform><numerusform>, %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::Models</name>
    <message numerus="yes">
        <location filename="../models/domain/timeformat.cpp" line="+20" />
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analysis/analysis.cpp" line="+483" />
        <source>%1 fails (%2) since %3 while nothing it depends on is failing; %n service(s) that depend on it went red after it.</source>
        <translation>
            <numerusform>%1 fails (%2) since %3 while nothing it depends on is failing; %n service that depend on it went red after it.</numerusform><numerusform>%1 fails (%2) since %3 while nothing it depends on is failing; %n services that depend on it went red after it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+189" />
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/graph/graphdata.cpp" line="+34" />
        <source>root cause #%1, %n service(s) affected</source>
        <translation>
            <numerusform>root cause #%1, %n service affected</numerusform><numerusform>root cause #%1, %n services affected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analysis/templatedrift.cpp" line="+280" />
        <source>%1 uses %2@%3; the newest in use is %4 (%n service(s))</source>
        <translation>
            <numerusform>%1 uses %2@%3; the newest in use is %4 (%n service)</numerusform><numerusform>%1 uses %2@%3; the newest in use is %4 (%n services)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analysis/deliveryhistory.cpp" line="+78" />
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform><numerusform>within %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>within %n minute</numerusform><numerusform>within %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+130" />
        <source>%n failed run(s)</source>
        <translation>
            <numerusform>%n failed run</numerusform><numerusform>%n failed runs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 (%n of the change itself)</source>
        <translation>
            <numerusform>%1 (%n of the change itself)</numerusform><numerusform>%1 (%n of the change itself)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n failed or rolled-back deployment(s)</source>
        <translation>
            <numerusform>%n failed or rolled-back deployment</numerusform><numerusform>%n failed or rolled-back deployments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n aborted or degraded rollout(s)</source>
        <translation>
            <numerusform>%n aborted or degraded rollout</numerusform><numerusform>%n aborted or degraded rollouts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1 was followed by %n run(s) %2, none of which failed.</source>
        <translation>
            <numerusform>%1 was followed by %n run %2, none of which failed.</numerusform><numerusform>%1 was followed by %n runs %2, none of which failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/report/teamleadmarkdown.cpp" line="+29" />
        <source>%1, %n deployment(s)</source>
        <translation>
            <numerusform>%1, %n deployment</numerusform><numerusform>%1, %n deployments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%1, %n still open</source>
        <translation>
            <numerusform>%1, %n still open</numerusform><numerusform>%1, %n still open</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+87" />
        <source>And %n more piece(s) of evidence.</source>
        <translation>
            <numerusform>And %n more piece of evidence.</numerusform><numerusform>And %n more pieces of evidence.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>Not counted: %n deployment(s) still pending or in an unknown state.</source>
        <translation>
            <numerusform>Not counted: %n deployment still pending or in an unknown state.</numerusform><numerusform>Not counted: %n deployments still pending or in an unknown state.</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::ServiceTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/servicetablemodel.cpp" line="+240" />
        <source>Root cause #%1 · %n affected</source>
        <translation>
            <numerusform>Root cause #%1 · %n affected</numerusform><numerusform>Root cause #%1 · %n affected</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::SourceStatusModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/sourcestatusmodel.cpp" line="+88" />
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform><numerusform>in %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform><numerusform>in %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1 (backing off after %n failure(s))</source>
        <translation>
            <numerusform>%1 (backing off after %n failure)</numerusform><numerusform>%1 (backing off after %n failures)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>Last sync: %1, %n request(s), %2 unchanged (304)</source>
        <translation>
            <numerusform>Last sync: %1, %n request, %2 unchanged (304)</numerusform><numerusform>Last sync: %1, %n requests, %2 unchanged (304)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+67" />
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n syncing</source>
        <translation>
            <numerusform>%n syncing</numerusform><numerusform>%n syncing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform><numerusform>%n failing</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::TeamLeadCharts</name>
    <message numerus="yes">
        <location filename="../views/teamlead/teamleadcharts.cpp" line="+250" />
        <source>%1, %n deployment(s)</source>
        <translation>
            <numerusform>%1, %n deployment</numerusform><numerusform>%1, %n deployments</numerusform></translation>
    </message>
</context>
</TS>
