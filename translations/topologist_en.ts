<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CanvasEdits</name>
    <message numerus="yes">
        <location filename="../src/gui/canvas/canvasedits.cpp" line="+70"/>
        <source>Delete %n relationships</source>
        <translation>
            <numerusform>Delete %n relationship</numerusform>
            <numerusform>Delete %n relationships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/libraryreport.cpp" line="+73"/>
        <source>topologist-cli: type library %1: %n problems with its archives; &apos;topologist-cli --types %1 library&apos; lists them</source>
        <translation>
            <numerusform>topologist-cli: type library %1: %n problem with its archives; &apos;topologist-cli --types %1 library&apos; lists it</numerusform>
            <numerusform>topologist-cli: type library %1: %n problems with its archives; &apos;topologist-cli --types %1 library&apos; lists them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsarExporter</name>
    <message numerus="yes">
        <location filename="../src/core/csar/csarexporter.cpp" line="+381"/>
        <source>The topology has %n validation errors; Alien4Cloud would refuse it or fail to deploy it. Fix them, or export anyway.</source>
        <translation>
            <numerusform>The topology has %n validation error; Alien4Cloud would refuse it or fail to deploy it. Fix it, or export anyway.</numerusform>
            <numerusform>The topology has %n validation errors; Alien4Cloud would refuse it or fail to deploy it. Fix them, or export anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported despite %n validation errors.</source>
        <translation>
            <numerusform>Exported despite %n validation error.</numerusform>
            <numerusform>Exported despite %n validation errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Not exported: the topology has %n validation errors. Fix them, or export anyway (--force).</source>
        <translation>
            <numerusform>Not exported: the topology has %n validation error. Fix it, or export anyway (--force).</numerusform>
            <numerusform>Not exported: the topology has %n validation errors. Fix them, or export anyway (--force).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Not exported: %n referenced files are missing, and Alien4Cloud refuses an archive without them:</source>
        <translation>
            <numerusform>Not exported: %n referenced file is missing, and Alien4Cloud refuses an archive without it:</numerusform>
            <numerusform>Not exported: %n referenced files are missing, and Alien4Cloud refuses an archive without them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message numerus="yes">
        <location filename="../src/editing/documentactions.cpp" line="+131"/>
        <source>%1.%2 accepts at most %n relationships</source>
        <translation>
            <numerusform>%1.%2 accepts at most %n relationship</numerusform>
            <numerusform>%1.%2 accepts at most %n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>capability &apos;%1&apos; of %2 is full (%n relationships at most)</source>
        <translation>
            <numerusform>capability &apos;%1&apos; of %2 is full (%n relationship at most)</numerusform>
            <numerusform>capability &apos;%1&apos; of %2 is full (%n relationships at most)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+297"/>
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+252"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardExport</name>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/standardexport.cpp" line="+87"/>
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… and %n more (see the details)</numerusform>
            <numerusform>… and %n more (see the details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Left out %n keys only Alien4Cloud reads:</source>
        <translation>
            <numerusform>Left out %n key only Alien4Cloud reads:</numerusform>
            <numerusform>Left out %n keys only Alien4Cloud reads:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardToscaExporter</name>
    <message numerus="yes">
        <location filename="../src/core/standard/standardtoscaexporter.cpp" line="+188"/>
        <source>Left out %n keys only Alien4Cloud reads: %1</source>
        <translation>
            <numerusform>Left out %n key only Alien4Cloud reads: %1</numerusform>
            <numerusform>Left out %n keys only Alien4Cloud reads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Left out %n keys only Alien4Cloud reads:</source>
        <translation>
            <numerusform>Left out %n key only Alien4Cloud reads:</numerusform>
            <numerusform>Left out %n keys only Alien4Cloud reads:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasView</name>
    <message numerus="yes">
        <location filename="../src/gui/canvas/canvasview.cpp" line="+347"/>
        <source>%n more: %1</source>
        <translation>
            <numerusform>%n more: %1</numerusform>
            <numerusform>%n more: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasWidget</name>
    <message numerus="yes">
        <location filename="../src/gui/canvas/canvaswidget.cpp" line="+448"/>
        <source>Laid out %n top-level node(s)</source>
        <translation>
            <numerusform>Laid out %n top-level node</numerusform>
            <numerusform>Laid out %n top-level nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topologist::ExportCsarDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="+201"/>
        <source>Exported %1 and %n type archives: %2</source>
        <translation>
            <numerusform>Exported %1 and %n type archive: %2</numerusform>
            <numerusform>Exported %1 and %n type archives: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topologist::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+1053"/>
        <source>Copied %n nodes</source>
        <translation>
            <numerusform>Copied %n node</numerusform>
            <numerusform>Copied %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Pasted %n nodes</source>
        <translation>
            <numerusform>Pasted %n node</numerusform>
            <numerusform>Pasted %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Deleting %1 also deletes the %n nodes hosted on it.</source>
        <translation>
            <numerusform>Deleting %1 also deletes the %n node hosted on it.</numerusform>
            <numerusform>Deleting %1 also deletes the %n nodes hosted on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/properties/propertyeditor.cpp" line="+827"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n nodes selected; showing the last one.</source>
        <translation>
            <numerusform>%n node selected; showing the last one.</numerusform>
            <numerusform>%n nodes selected; showing the last one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topologist::WorkflowView</name>
    <message numerus="yes">
        <location filename="../src/gui/workflow/workflowview.cpp" line="+162"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s) never run: they are in a loop or wait on one</source>
        <translation>
            <numerusform>%n step never runs: it is in a loop or waits on one</numerusform>
            <numerusform>%n steps never run: they are in a loop or wait on one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <location filename="../src/editing/commands/movenodescommand.cpp" line="+25"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
</TS>
