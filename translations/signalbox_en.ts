<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Signalbox::Application</name>
    <message numerus="yes">
        <location filename="../app/application.cpp" line="+142" />
        <source>Opened %1: %n service(s) in %2 ms</source>
        <translation>
            <numerusform>Opened %1: %n service in %2 ms</numerusform><numerusform>Opened %1: %n services in %2 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>Signalbox::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="+390" />
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
</context>
</TS>
