<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Signalbox::Application</name>
    <message numerus="yes">
        <location filename="../app/application.cpp" line="+312" />
        <source>Repositories scanned: %n new commit(s).</source>
        <translation>
            <numerusform>Repositories scanned: %n new commit.</numerusform><numerusform>Repositories scanned: %n new commits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+191" />
        <source>Opened %1: %n service(s) in %2 ms</source>
        <translation>
            <numerusform>Opened %1: %n service in %2 ms</numerusform><numerusform>Opened %1: %n services in %2 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::CommandLine</name>
    <message numerus="yes">
        <location filename="../app/headlesscommand.cpp" line="+141" />
        <source>%n service(s) have no status at all; they are not counted as healthy.</source>
        <translation>
            <numerusform>%n service have no status at all; they are not counted as healthy.</numerusform><numerusform>%n services have no status at all; they are not counted as healthy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+160" />
        <source>Saved release plan %1 (%n service(s)) to %2.</source>
        <translation>
            <numerusform>Saved release plan %1 (%n service) to %2.</numerusform><numerusform>Saved release plan %1 (%n services) to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+114" />
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
        <location filename="../services/net/httpclient.cpp" line="+451" />
        <source> (after %n attempts)</source>
        <translation>
            <numerusform> (after %n attempts)</numerusform><numerusform> (after %n attempts)</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="+309" />
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform><numerusform>Every %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+263" />
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
        <location filename="../models/analysis/analysis.cpp" line="+484" />
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
        <location filename="../models/analysis/checklist.cpp" line="+421" />
        <source>%n failed run(s) stopped in a job or stage naming another service</source>
        <translation>
            <numerusform>%n failed run stopped in a job or stage naming another service</numerusform><numerusform>%n failed runs stopped in a job or stage naming another service</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n shared pipeline(s) failed for several services at once</source>
        <translation>
            <numerusform>%n shared pipeline failed for several services at once</numerusform><numerusform>%n shared pipelines failed for several services at once</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>No run failed in the window (%n run(s)), so nothing was blocked.</source>
        <translation>
            <numerusform>No run failed in the window (%n run), so nothing was blocked.</numerusform><numerusform>No run failed in the window (%n runs), so nothing was blocked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>None of the %n failed run(s) in the window has its jobs recorded.</source>
        <translation>
            <numerusform>None of the %n failed run in the window has its jobs recorded.</numerusform><numerusform>None of the %n failed runs in the window has its jobs recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>None of the %n failed run(s) in the window stopped in a job naming another service, and no shared pipeline failed for several services.</source>
        <translation>
            <numerusform>None of the %n failed run in the window stopped in a job naming another service, and no shared pipeline failed for several services.</numerusform><numerusform>None of the %n failed runs in the window stopped in a job naming another service, and no shared pipeline failed for several services.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n failed run(s) had no jobs recorded.</source>
        <translation>
            <numerusform>%n failed run had no jobs recorded.</numerusform><numerusform>%n failed runs had no jobs recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>%1 of %n service(s) with finished runs have a median build over %2.</source>
        <translation>
            <numerusform>%1 of %n service with finished runs have a median build over %2.</numerusform><numerusform>%1 of %n services with finished runs have a median build over %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1: median build %2, p90 %3, over %n run(s).</source>
        <translation>
            <numerusform>%1: median build %2, p90 %3, over %n run.</numerusform><numerusform>%1: median build %2, p90 %3, over %n runs.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+125" />
        <source>%1 of %n deployment(s) of dependent services within a day of each other had no contract verification or rollout analysis.</source>
        <translation>
            <numerusform>%1 of %n deployment of dependent services within a day of each other had no contract verification or rollout analysis.</numerusform><numerusform>%1 of %n deployments of dependent services within a day of each other had no contract verification or rollout analysis.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+101" />
        <source>%1 of %n service(s) deploying to production went through %2 before it.</source>
        <translation>
            <numerusform>%1 of %n service deploying to production went through %2 before it.</numerusform><numerusform>%1 of %n services deploying to production went through %2 before it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n failed or rolled-back deployment(s) to %1 in the window.</source>
        <translation>
            <numerusform>%n failed or rolled-back deployment to %1 in the window.</numerusform><numerusform>%n failed or rolled-back deployments to %1 in the window.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1 went through %2 before %n production deployment(s) in the window.</source>
        <translation>
            <numerusform>%1 went through %2 before %n production deployment in the window.</numerusform><numerusform>%1 went through %2 before %n production deployments in the window.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+102" />
        <source>Nothing ran within a day after any of the %n pipeline change(s) in the window, so their effect is not known.</source>
        <translation>
            <numerusform>Nothing ran within a day after any of the %n pipeline change in the window, so their effect is not known.</numerusform><numerusform>Nothing ran within a day after any of the %n pipeline changes in the window, so their effect is not known.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1 of %n pipeline change(s) in the window were followed within a day by a failed or rolled-back deployment or an aborted or degraded rollout.</source>
        <translation>
            <numerusform>%1 of %n pipeline change in the window were followed within a day by a failed or rolled-back deployment or an aborted or degraded rollout.</numerusform><numerusform>%1 of %n pipeline changes in the window were followed within a day by a failed or rolled-back deployment or an aborted or degraded rollout.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>None of the %n pipeline change(s) in the window was followed by a failed deployment or rollout within a day.</source>
        <translation>
            <numerusform>None of the %n pipeline change in the window was followed by a failed deployment or rollout within a day.</numerusform><numerusform>None of the %n pipeline changes in the window was followed by a failed deployment or rollout within a day.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n other change(s) had failed runs after them but no failed deployment, which is not an outage.</source>
        <translation>
            <numerusform>%n other change had failed runs after them but no failed deployment, which is not an outage.</numerusform><numerusform>%n other changes had failed runs after them but no failed deployment, which is not an outage.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+72" />
        <source>%n new service(s) without a green run yet are still within %1.</source>
        <translation>
            <numerusform>%n new service without a green run yet are still within %1.</numerusform><numerusform>%n new services without a green run yet are still within %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%1 of %n new service(s) took more than %2 from the first commit to a green pipeline.</source>
        <translation>
            <numerusform>%1 of %n new service took more than %2 from the first commit to a green pipeline.</numerusform><numerusform>%1 of %n new services took more than %2 from the first commit to a green pipeline.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+154" />
        <source>%n question(s) could not be answered from the data.</source>
        <translation>
            <numerusform>%n question could not be answered from the data.</numerusform><numerusform>%n questions could not be answered from the data.</numerusform></translation>
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
        <location line="+90" />
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
    <name>Signalbox::NewPlanDialog</name>
    <message numerus="yes">
        <location filename="../views/plans/newplandialog.cpp" line="+263" />
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 of %n change checked.</numerusform><numerusform>%1 of %n changes checked.</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::PlansPanel</name>
    <message numerus="yes">
        <location filename="../views/plans/planspanel.cpp" line="+542" />
        <source>No release plans yet. Press Ctrl+Shift+N to start one from the %n pending change(s).</source>
        <translation>
            <numerusform>No release plans yet. Press Ctrl+Shift+N to start one from the %n pending change.</numerusform><numerusform>No release plans yet. Press Ctrl+Shift+N to start one from the %n pending changes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform><numerusform>%1 of %n done</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>%1 of %n service(s) done</source>
        <translation>
            <numerusform>%1 of %n service done</numerusform><numerusform>%1 of %n services done</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n failed or rolled back</source>
        <translation>
            <numerusform>%n failed or rolled back</numerusform><numerusform>%n failed or rolled back</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform><numerusform>%n blocked</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::RolloutPanel</name>
    <message numerus="yes">
        <location filename="../views/rollout/rolloutpanel.cpp" line="+265" />
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n iteration</numerusform><numerusform>%n iterations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed check(s)</source>
        <translation>
            <numerusform>%n failed check</numerusform><numerusform>%n failed checks</numerusform></translation>
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
        <location filename="../models/itemmodels/sourcestatusmodel.cpp" line="+95" />
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform><numerusform>in %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <location line="+7" />
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
        <location filename="../views/teamlead/teamleadcharts.cpp" line="+254" />
        <source>%1, %n deployment(s)</source>
        <translation>
            <numerusform>%1, %n deployment</numerusform><numerusform>%1, %n deployments</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::TeamLeadPanel</name>
    <message numerus="yes">
        <location filename="../views/teamlead/teamleadpanel.cpp" line="+142" />
        <source>%1 (%n deployment(s))</source>
        <translation>
            <numerusform>%1 (%n deployment)</numerusform><numerusform>%1 (%n deployments)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform><numerusform>Last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+545" />
        <source>%n deployment(s) on %1</source>
        <translation>
            <numerusform>%n deployment on %1</numerusform><numerusform>%n deployments on %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n deployment(s) from %1 to %2</source>
        <translation>
            <numerusform>%n deployment from %1 to %2</numerusform><numerusform>%n deployments from %1 to %2</numerusform></translation>
    </message>
</context>
</TS>
