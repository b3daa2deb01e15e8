<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Alien4Cloud</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+39"/>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudsession.cpp" line="+311"/>
        <source>logging in as &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+52"/>
        <source>The server profile for %1 has no user name; add one to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudsession.cpp" line="+28"/>
        <source>logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudclient.cpp" line="+112"/>
        <source>checking the server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checking &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+17"/>
        <source>Cannot read the archive &apos;%1&apos;: no such readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alien4Cloud %1 at %2 cannot check an archive without importing it (that needs Alien4Cloud 3.0 or later); the check is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudclient.cpp" line="+59"/>
        <source>creating application &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+10"/>
        <source>The application name &apos;%1&apos; is not valid for Alien4Cloud: it must not be empty nor contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The application id &apos;%1&apos; is not valid for Alien4Cloud: use only letters, digits and &apos;_&apos; (no spaces, dashes or dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No topology template was given for application &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot use the certificate file &apos;%1&apos; of the server profile for %2: %3. Choose the PEM file of the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Not sending the password of &apos;%1&apos; to %2: over plain http:// anyone on the network could read it. Use the server&apos;s https:// address, or allow plain http explicitly if you accept that risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the archive &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The request to Alien4Cloud at %1 was canceled while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alien4Cloud at %1 sent more than %2 bytes for %3 while %4; the answer was cut off. Check that %1 is the address of Alien4Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 took more than %2 s in total for %3 while %4, though it kept the connection busy; the request was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 did not answer within %2 s while %3. The server may be overloaded or unreachable; try again, or raise the timeout in the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot reach Alien4Cloud at %1: connection refused. Is the server running, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach Alien4Cloud at %1: the host &apos;%2&apos; is unknown. Check the address in the server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 did not answer in time while %2. The server may be overloaded or unreachable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate of %1 is not trusted: %2. Add the server&apos;s certificate in the server profile if it is self-signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to %1 failed: %2. Check that the server speaks HTTPS on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud at %1 closed the connection while %2, before answering. The server may have stopped or refused the request (an archive over its size limit, for example); check its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot talk to Alien4Cloud at %1 while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+26"/>
        <source>Alien4Cloud at %1 is in maintenance mode (HTTP 503). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 failed while %2 (HTTP %3): %4. Try again later, or look at the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 answered with something that is not JSON (HTTP %2, %3 bytes) while %4: %5. Check that %1 is the address of an Alien4Cloud server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alien4Cloud at %1 answered with JSON of an unexpected shape (HTTP %2) while %3: %4. Check that %1 is an Alien4Cloud server of a supported version (1.4 to 3.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 found nothing while %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 refused the request while %2 (error %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 answered HTTP %2 without saying why while %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+38"/>
        <source>User &apos;%1&apos; is not allowed to do this on Alien4Cloud at %2 (while %3, error 102). Ask an Alien4Cloud administrator for the needed role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User &apos;%1&apos; is not allowed to do this on Alien4Cloud at %2 (while %3, error 102). Ask an Alien4Cloud administrator for the role %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Alien4Cloud at %1 refused the request while %2 even after logging in again as &apos;%3&apos; (HTTP %4). Log in again; if this goes on, check the server&apos;s session settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud at %1 requires a login for %2 (HTTP %3). Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+10"/>
        <source>Login refused for user &apos;%1&apos; at %2: check user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered the login by sending it to another server (%2); that is not Alien4Cloud&apos;s answer, so the login is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered the login with HTTP %2 instead of Alien4Cloud&apos;s redirect. Check that %1 is the address of Alien4Cloud itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no health endpoint (/rest/admin/health, HTTP 404). Check that it is the address of Alien4Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 reports that it is not healthy (status %2, HTTP %3). Try again later, or look at the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 publishes no /version.json (HTTP 404). Check that it is the address of Alien4Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 cannot check an archive without importing it (that needs Alien4Cloud 3.0 or later); the check is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 answered with JSON of an unexpected shape (HTTP %2) while %3: no upload result. Check that %1 is an Alien4Cloud server of a supported version (1.4 to 3.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alien4Cloud found errors in &apos;%1&apos; (%2). First: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alien4Cloud did not import &apos;%1&apos; (errors found: %2). First: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alien4Cloud cannot read &apos;%1&apos; as a CSAR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alien4Cloud already has %1 with different content, and a released version cannot be replaced. Give the archive a new version, or use a -SNAPSHOT version while it still changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud refused &apos;%1&apos; (error %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Application &apos;%1&apos; was created, but Alien4Cloud reports that a version of its archive &apos;%2&apos; already existed (error 615): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>An application named &apos;%1&apos; or with the id &apos;%2&apos; already exists on Alien4Cloud at %3. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alien4Cloud at %1 refused the application id &apos;%2&apos; (error 618: %3). Use only letters, digits and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The topology template %1 is not in the catalog of Alien4Cloud at %2. Upload its archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudenvelope.cpp" line="+29"/>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at byte %2; it starts with “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected {&quot;data&quot;: …, &quot;error&quot;: …}, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudproblemmapper.cpp" line="+156"/>
        <source>Alien4Cloud gave no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 [Alien4Cloud, at %2 of the uploaded archive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudserver.cpp" line="+74"/>
        <source>The Alien4Cloud address &apos;%1&apos; is not a valid URL; write it like https://a4c.example.org:8088.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Alien4Cloud address &apos;%1&apos; must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveFinder</name>
    <message>
        <location filename="../src/core/catalog/archivefinder.cpp" line="+38"/>
        <source>the library has more than %1 folders; the rest is not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>folders deeper than %1 levels are not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>several TOSCA definitions files in one archive folder (%1); Alien4Cloud imports a folder with exactly one, so none is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message numerus="yes">
        <location filename="../src/gui/canvas/canvasedits.cpp" line="+70"/>
        <source>Delete %n relationships</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="+44"/>
        <source>Add a type library: a folder holding archives at any
depth (a git checkout of an archive repository), or a
single archive as a YAML file or a CSAR; may be repeated.
An archive of a library that cannot be used is a
warning; only the archives a topology imports matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...

Headless Topologist: reads TOSCA topologies (YAML or CSAR) written for
Alien4Cloud, with the bundled Mesos type library.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the options of COMMAND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/clihelp.cpp" line="+70"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Options may come before or after FILE; after --, every argument is a FILE.
Exit status: 0 success, 1 the topology has errors or the server refused it,
2 an input cannot be read, or the network or login failed (push).
Diagnostics go to standard error as file:line:column: severity: message.
Inside a CSAR, files are named ARCHIVE!PATH (marathon.csar!marathon.yml:12:3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>topologist-cli: unknown option &apos;%1&apos;</source>
        <translation>topologist-cli: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>topologist-cli: unknown option &apos;%1&apos; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>topologist-cli: unknown command &apos;%1&apos;</source>
        <translation>topologist-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/inspectcommand.cpp" line="+35"/>
        <source>Load a topology with its imports and print its node
templates, types and relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>topologist-cli: inspect takes exactly one file</source>
        <translation>topologist-cli: inspect erwartet genau eine Datei</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imports: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no topology_template: %1 types declared</source>
        <translation>kein topology_template: %1 Typen deklariert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>node templates (%1):</source>
        <translation>Knotenvorlagen (%1):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>relationships (%1):</source>
        <translation>Beziehungen (%1):</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="+53"/>
        <source>Check topologies for every mistake Topologist knows
(structure, properties, node filters, Mesos rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>human (default): file:line:col: severity: [CODE] node: msg
json: every field, quick fixes included
sarif: SARIF 2.1.0 for CI code scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treat warnings as errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topologist-cli: --format must be human, json or sarif</source>
        <translation>topologist-cli: --format muss human, json oder sarif sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topologist-cli: validate needs at least one file</source>
        <translation>topologist-cli: validate braucht mindestens eine Datei</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 file checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="+54"/>
        <source>Write the topology as a CSAR for Alien4Cloud: TOSCA.meta,
the YAML and every script, artifact and icon it refers to.
OUT defaults to NAME-VERSION.csar in the current folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to write the CSAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write each imported type archive as its own CSAR
beside OUT, numbered in upload order
(01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export even when the topology has validation errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>topologist-cli: export takes exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="-45"/>
        <location filename="../src/cli/exportcommand.cpp" line="+29"/>
        <location filename="../src/cli/pushcommand.cpp" line="+110"/>
        <location line="+65"/>
        <location line="+23"/>
        <source>topologist-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/pushcommand.cpp" line="-114"/>
        <source>topologist-cli: the password is never taken from the command line, where other users and the shell history see it; pipe it in with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>topologist-cli: push takes exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>topologist-cli: push needs --server URL, --user NAME and --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Upload the topology to Alien4Cloud, after the type archives
it imports that the server lacks, and optionally create an
application from it (its id: NAME with every character
other than letters, digits and _ made _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s address. One without a scheme is https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user to log in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input
(it is never taken from the command line or environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an application of this name from the topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this self-signed certificate for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push even when the topology has validation errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip Alien4Cloud&apos;s check before the upload (3.0+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow sending the password unencrypted to an
http:// URL. A URL without a scheme is https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>topologist-cli: %1 is plain http://, which would send the password unencrypted; use its https:// address, or pass --allow-insecure-http to accept that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>topologist-cli: no password on standard input (--password-stdin reads its first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/clihelp.cpp" line="-2"/>
        <source>Usage: topologist-cli [--types PATH]... %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="+34"/>
        <source>List the archives found in each --types folder, with
their versions, and the problems of each library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>topologist-cli: library takes no argument; name the folders with --types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/libraryreport.cpp" line="+26"/>
        <source>%1: 1 archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(has errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no type library: give one or more with --types FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>topologist-cli: type library %1: %n problems with its archives; &apos;topologist-cli --types %1 library&apos; lists them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../src/editing/clipboard/nodeclipboard.cpp" line="+78"/>
        <source>The clipboard holds no node templates.</source>
        <translation>Die Zwischenablage enthält keine Knotenvorlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no node templates: %1</source>
        <translation>Die Zwischenablage enthält keine Knotenvorlagen: %1</translation>
    </message>
</context>
<context>
    <name>Csar</name>
    <message>
        <location filename="../src/core/csar/csarlayout.cpp" line="+128"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; has no Entry-Definitions, which Alien4Cloud needs to find the main YAML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source> &quot;%1&quot; differs only in letter case; Alien4Cloud is case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in &quot;%3&quot; names no file of the archive.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; is ignored: Alien4Cloud only reads &quot;%3&quot;, with exactly that letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Archive &quot;%1&quot; has %2 YAML files at its root (%3), and without %4 Alien4Cloud needs exactly one. Move the others into a folder, or add a %4 whose Entry-Definitions names the main one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive &quot;%1&quot; keeps everything in the folder &quot;%2&quot;, as GitHub&apos;s &quot;Download ZIP&quot; does. Topologist reads it from there, but Alien4Cloud will refuse the archive: zip the content of that folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>at its root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive &quot;%1&quot; has no TOSCA-Metadata/TOSCA.meta and no *.yml or *.yaml file %2, so its entry definitions cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> YAML files elsewhere: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarpath.cpp" line="+54"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name contains a backslash, which Windows reads as a folder separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name contains &apos;:&apos;, which Windows reads as a drive or an alternate data stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name ends with &apos;/&apos; (a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name has a &quot;..&quot; segment, which points outside the archive&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file or folder name in it is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name has an empty or &quot;.&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; ends with a dot or a space, which Windows drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; contains &apos;%2&apos;, which Windows forbids in file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarreader.cpp" line="+166"/>
        <location line="+9"/>
        <source>Cannot read archive &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive &quot;%1&quot; is an empty file, not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot; is %2 bytes, more than the %3 bytes allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read archive &quot;%1&quot;: it changed size while being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive &quot;%1&quot; is damaged or truncated: its zip directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a zip archive; a CSAR must be a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the name is %1 characters long, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is %1 folders deep, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot; is damaged: its zip directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot; holds %2 entries, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive &quot;%1&quot; holds more than the %2 entries allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot; is damaged: entry %2 of its zip directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is refused: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a symbolic link; a link could point outside the extraction folder, so the archive is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a device, pipe or socket, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is encrypted; neither Topologist nor Alien4Cloud can read encrypted archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: folder entry &quot;%2&quot; carries %3 bytes of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; uses compression method %3; only stored (0) and deflate (8) are supported, as in Alien4Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is stored uncompressed, yet declares %3 bytes stored and %4 bytes of content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is %3 bytes uncompressed, more than the %4 bytes allowed for one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; expands %3 times (%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+356"/>
        <source>Archive &quot;%1&quot;: with entry &quot;%2&quot; the archive uncompresses to more than the %3 bytes allowed in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Archive &quot;%1&quot; is damaged: its zip directory cannot be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Archive &quot;%1&quot; expands %2 times overall (%3 bytes from a %4-byte file), more than the %5 allowed; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Archive &quot;%1&quot; holds entry &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive &quot;%1&quot;: entries &quot;%2&quot; and &quot;%3&quot; differ only in letter case or Unicode form, so they overwrite each other on Windows and macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a file, but other entries use it as a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+243"/>
        <source>Archive &quot;%1&quot; is damaged: entry %2 of its zip directory cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Archive &quot;%1&quot; has no file entry &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is damaged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its local header does not match the zip directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>decompression cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to more than the %3 bytes its header declares; the archive is damaged or crafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to more than the %3 bytes allowed for one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; expanded %3 times while decompressing (%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: at entry &quot;%2&quot; the archive has expanded to %3 bytes, more than %4 times its file size; this looks like a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Cannot extract archive &quot;%1&quot;: writing entry &quot;%2&quot; failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>its data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its compressed data is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its compressed data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to %3 bytes, but its header declares %4; the archive is damaged or crafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its content does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot; into &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; needs folder &quot;%3&quot;, which already exists as a file or link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot extract archive &quot;%1&quot;: folder &quot;%2&quot; for entry &quot;%3&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; resolves to &quot;%3&quot;, outside the extraction folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; resolves outside the extraction folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; cannot be written to &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarwriter.cpp" line="+71"/>
        <source>Cannot write archive &quot;%1&quot;: entry path &quot;%2&quot; is refused: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write archive &quot;%1&quot;: entry &quot;%2&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write archive &quot;%1&quot;: entries &quot;%2&quot; and &quot;%3&quot; differ only in letter case or Unicode form, so they overwrite each other on Windows and macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write archive &quot;%1&quot;: source file &quot;%2&quot; for entry &quot;%3&quot; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Cannot write archive &quot;%1&quot;: entry &quot;%2&quot; is a file, but other entries use it as a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot write archive &quot;%1&quot;: its TOSCA.meta has no Entry-Definitions, which Alien4Cloud needs to find the main YAML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write archive &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in its TOSCA.meta names no entry of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write archive &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the zip cannot be started (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>entry &quot;%1&quot; cannot be added (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>entry &quot;%1&quot; cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot write archive &quot;%1&quot;: source file &quot;%2&quot; for entry &quot;%3&quot; cannot be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>entry &quot;%1&quot; cannot be finished (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the zip cannot be finished (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csar/toscametadata.cpp" line="+93"/>
        <source>unknown escape &quot;\%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad &quot;\%1&quot; escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the closing %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Indented line ignored: TOSCA.meta holds one `Key: value` per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+33"/>
        <source>Line ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+15"/>
        <source>Line ignored: it is not a `Key: value` line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line ignored: text follows the quoted value of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Key &quot;%1&quot; was already given on line %2; this value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key &quot;%1&quot; is ignored: Alien4Cloud reads &quot;%2&quot;, with exactly that letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csar/unpackedcsar.cpp" line="+47"/>
        <source>Archive &quot;%1&quot; cannot be opened: no temporary folder to unpack it into (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/csar/temporaryfolder.cpp" line="+79"/>
        <source>there is no temporary folder (is TMPDIR, &quot;%1&quot;, an existing folder?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsarExporter</name>
    <message>
        <location filename="../src/core/csar/csarexporter.cpp" line="+136"/>
        <source>The archive has no name (template_name). Alien4Cloud imports an archive as name:version, so give it a name, e.g. &quot;marathon-topology&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive has no version (template_version). Give it one, e.g. &quot;0.1.0-SNAPSHOT&quot; while it still changes, &quot;1.0.0&quot; for a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The version &quot;%1&quot; is not one Alien4Cloud accepts: use numbers separated by dots, optionally followed by a qualifier, e.g. &quot;1.4.0&quot; or &quot;1.4.0-SNAPSHOT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 refers to &quot;%2&quot;, which is not in the folder of archive %3; Alien4Cloud refuses an archive whose scripts are missing. Add the file or fix the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refers to &quot;%2&quot;, which is a link to a file outside the folder of archive %3; only files inside that folder go into a CSAR (it is published to the server). Copy the file into the folder instead of linking to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not writing &quot;%1&quot;: it is &quot;%2&quot;, which the export reads, and the CSAR would replace it. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>The topology has %n validation errors; Alien4Cloud would refuse it or fail to deploy it. Fix them, or export anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported despite %n validation errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Not exported: the topology has %n validation errors. Fix them, or export anyway (--force).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Not exported: %n referenced files are missing, and Alien4Cloud refuses an archive without them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Wrote %1 (%2 files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type archives, in upload order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (archive %2, referenced by %3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not exported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../src/editing/documentactions.cpp" line="+57"/>
        <location line="+11"/>
        <source>%1 has an unknown type</source>
        <translation>%1 hat einen unbekannten Typ</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+246"/>
        <source>no archive of the type library declares %1</source>
        <translation>kein Archiv der Typbibliothek deklariert %1</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>%1 is not in the topology&apos;s imports</source>
        <translation>%1 ist nicht in den Importen der Topologie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not something that gets hosted</source>
        <translation>%1 ist kein Typ, der auf einem Host läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be hosted on %2: %3</source>
        <translation>%1 kann nicht auf %2 gehostet werden: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no such node</source>
        <translation>diesen Knoten gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a node cannot satisfy its own requirement</source>
        <translation>ein Knoten kann nicht seine eigene Anforderung erfüllen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no requirement &apos;%2&apos;</source>
        <translation>%1 hat keine Anforderung &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.%2 already targets %3</source>
        <translation>%1.%2 zielt bereits auf %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 accepts at most %3 relationship(s)</source>
        <translation>%1.%2 erlaubt höchstens %3 Beziehung(en)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is hosted on %2; hosting it back would make a loop</source>
        <translation>%1 wird auf %2 gehostet; umgekehrtes Hosten ergäbe eine Schleife</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>capability &apos;%1&apos; of %2 is full (%3 relationship(s) at most)</source>
        <translation>Fähigkeit &apos;%1&apos; von %2 ist voll (höchstens %3 Beziehung(en))</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+26"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add %1 on %2</source>
        <translation>%1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+27"/>
        <source>Connect %1.%2 to %3</source>
        <translation>%1.%2 mit %3 verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnect %1.%2 from %3</source>
        <translation>%1.%2 von %3 trennen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use letters, digits and underscores</source>
        <translation>&apos;%1&apos; ist kein Name, den Alien4Cloud akzeptiert: Buchstaben, Ziffern und Unterstriche verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a node called &apos;%1&apos; already exists</source>
        <translation>ein Knoten namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset %1 of %2</source>
        <translation>%1 von %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set %1.%2 of %3</source>
        <translation>%1.%2 von %3 setzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset %1.%2 of %3</source>
        <translation>%1.%2 von %3 zurücksetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set relationship of %1.%2</source>
        <translation>Beziehung von %1.%2 setzen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+77"/>
        <source>Mesos HA cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aurora on Mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathon on Mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathon with REX-Ray volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOSCA topologies (*.yml *.yaml *.csar *.zip);;YAML files (*.yml *.yaml);;CSAR archives (*.csar *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeContentBuilder</name>
    <message>
        <location filename="../src/gui/canvas/nodecontentbuilder.cpp" line="+125"/>
        <source>%1
Unknown type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirement %1: %2 %3
Drag to a node to connect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Instances: min %1, default %2, max %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../src/gui/outline/outlinemodel.cpp" line="+145"/>
        <source>&lt;p&gt;... and %1 more&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBadges</name>
    <message>
        <location filename="../src/gui/canvas/problembadges.cpp" line="+104"/>
        <source>Click for quick fixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <location filename="../src/core/validation/quickfixapplier.cpp" line="+43"/>
        <source>node &apos;%1&apos; no longer exists</source>
        <translation>Knoten &apos;%1&apos; existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>the requirement changed</source>
        <translation>die Anforderung hat sich geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is already taken</source>
        <translation>&apos;%1&apos; ist bereits vergeben</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../src/core/recovery/recoveryfile.cpp" line="+30"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in use by another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/recovery/recoverystore.cpp" line="+51"/>
        <source>Cannot create the recovery folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Topologist recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: damaged header: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: truncated (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityIcons</name>
    <message>
        <location filename="../src/gui/problems/severityicons.cpp" line="+144"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About Topologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;Topologist %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A desktop designer for TOSCA topologies deployed through Alien4Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (running on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Topologist is free software, licensed under the GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::Alien4CloudPasswordStore</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpasswordstore.cpp" line="+77"/>
        <source>No keyring is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keyring did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::Alien4CloudPush</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpush.cpp" line="+192"/>
        <source>Preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot push: there is no temporary folder to prepare the archive in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing file &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not pushed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logging in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot upload %1, which the server lacks and the topology imports. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Having Alien4Cloud check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alien4Cloud %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: will be uploaded from the type library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Alien4Cloud refused the type archive %1, which the topology imports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+52"/>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>needs Alien4Cloud 3.0 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alien4Cloud at %1 already has %2 with different content, and a released version cannot be replaced. Bump the version (%3, say), or use a -SNAPSHOT version while the topology still changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 The topology %2 was uploaded; only the application was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already up to date on the server: it has exactly this content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is already up to date on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type archives uploaded first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The push to %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already uploaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::BooleanValueEditor</name>
    <message>
        <location filename="../src/gui/properties/editors/booleanvalueeditor.cpp" line="+63"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/canvastool.cpp" line="+32"/>
        <source>%1 cannot satisfy %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasView</name>
    <message>
        <location filename="../src/gui/canvas/canvasview.cpp" line="+249"/>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose in the Properties panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>drag the card onto one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>This topology has no nodes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a type from the Types panel onto the canvas to add a node; drop it on a machine to host it there. File &gt; New from Template starts from a whole Mesos cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drawing the diagram… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasWidget</name>
    <message>
        <location filename="../src/gui/canvas/canvaswidget.cpp" line="+88"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrange the whole topology automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the diagram in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom level; click for 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Auto Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Laid out %n top-level node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rename cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot export to &apos;%1&apos;: use a .png or .svg file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagram is empty: there is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOSCA topology diagram exported by Topologist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ConnectTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/connecttool.cpp" line="+38"/>
        <source>Drag %1.%2 onto a highlighted node to connect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop the arrow on another node to re-target %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 has an unknown type</source>
        <translation>%1 hat einen unbekannten Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot satisfy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Release to connect %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected: drop on a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.%2 now targets %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::DocumentAutosaver</name>
    <message>
        <location filename="../src/editing/documentautosaver.cpp" line="+69"/>
        <source>Nothing to autosave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ExportCsarDialog</name>
    <message>
        <location filename="../ui/exportcsardialog.ui" line="+36"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Archive name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Also export the imported &amp;type archives (self-contained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export despite &amp;validation errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="+46"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcsardialog.ui" line="-117"/>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="+171"/>
        <source>Export CSAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A file with this name exists; exporting replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>e.g. marathon-topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. 0.1.0-SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Alien4Cloud imports an archive as name:version, and this topology lacks one of them (or has a version Alien4Cloud refuses). They are added to the topology&apos;s metadata when you export; Edit &gt; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Write each type archive the topology imports as its own CSAR beside the topology&apos;s, numbered in the order Alien4Cloud needs them uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>V&amp;ersion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="-142"/>
        <source>The topology has 1 validation error (see the Problems list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topology has %1 validation errors (see the Problems list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export is refused unless you export despite them; Alien4Cloud is likely to refuse such an archive too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %1 and %n type archives: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSAR archives (*.csar *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the archive a name: Alien4Cloud imports it as name:version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a version Alien4Cloud accepts: use numbers separated by dots, optionally followed by a qualifier, e.g. 1.4.0 or 1.4.0-SNAPSHOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose where to write the CSAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not exported: the topology has 1 validation error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: the topology has %1 validation errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix them (they are in the Problems list), or check &quot;Export despite validation errors&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::FloatField</name>
    <message>
        <location filename="../src/gui/properties/floatfield.cpp" line="+115"/>
        <source>Only a number can go here, such as 1.5 or 2e3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::IntegerField</name>
    <message>
        <location filename="../src/gui/properties/integerfield.cpp" line="+105"/>
        <source>Only a whole number from %1 to %2 can go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a whole number can go here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::LoadProgressIndicator</name>
    <message>
        <location filename="../src/gui/mainwindow/loadprogressindicator.cpp" line="+25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop opening the file; the open topology stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parsing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolving types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>building the view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+24"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a TOSCA topology (YAML or CSAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+597"/>
        <source>Open Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-593"/>
        <location line="+1018"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1015"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard unsaved changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the topology as a CSAR archive Alien4Cloud can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Push to Alien4Cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the topology, and the type archives it needs, to an Alien4Cloud server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Type &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your own TOSCA types (a folder, a YAML file or a CSAR) to the type library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+883"/>
        <source>Type &amp;Libraries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-882"/>
        <source>Folders of TOSCA archives (checkouts of archive repositories) that topologies import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected nodes with everything hosted on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quick fixes of the selected problem or node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a type by name and add it, on the selected machine when it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrange &amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out the whole topology, hosts with what they host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topologist &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to add, host, connect, check, export and push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command&apos;s keys, and the keys of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Topologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T&amp;ypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+905"/>
        <source>Select a node or a problem to see its quick fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-841"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Problems in this topology (click to show the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topology from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a TOSCA topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Copied %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Pasted %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Deleting %1 also deletes the %n nodes hosted on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+155"/>
        <source>%1 (no library has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the libraries have version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing Type Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This topology imports archives that no type library holds, so some of its types are unknown:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the versions the libraries have, or add the folder that holds these archives as a type library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use Available Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports moved to the versions the type libraries have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was deleted or moved by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload it and lose your unsaved changes, or keep your version (saving will ask before overwriting)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it, or keep your version (saving will ask before overwriting)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your version is kept; save it to write the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reloading %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was deleted or moved since it was opened. Save it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by another program since it was opened or saved. Overwrite those changes with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovered version of %1 cannot be read; it is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovered %1: save it to keep the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-575"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-277"/>
        <source>File and Edit Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom and Layout Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+384"/>
        <location line="+24"/>
        <location line="+371"/>
        <source>Save Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-392"/>
        <location line="+26"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Save Topology As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOSCA YAML (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Discard all changes to %1 and reload it from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reverting %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+329"/>
        <source>%1 can no longer be read; your version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Reverted to the saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pushing to Alien4Cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Add Type Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>TOSCA archives (*.yml *.yaml *.csar *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 to the type library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ManualDialog</name>
    <message>
        <location filename="../src/gui/dialogs/manualdialog.cpp" line="+14"/>
        <source>Topologist Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::MinimapWidget</name>
    <message>
        <location filename="../src/gui/canvas/minimapwidget.cpp" line="+25"/>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::MoveTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/movetool.cpp" line="+126"/>
        <source>%1 is not something that gets hosted</source>
        <translation>%1 ist kein Typ, der auf einem Host läuft</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <source>Release to host %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Release to take %1 off its host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is hosted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>%1 is now hosted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no longer hosted on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::OutlineWidget</name>
    <message>
        <location filename="../src/gui/outline/outlinewidget.cpp" line="+44"/>
        <source>Filter nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by node name or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Rename %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show on Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::PaletteDropTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/palettedroptool.cpp" line="+59"/>
        <source>Cannot add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot host %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no archive of the type library declares %1</source>
        <translation>kein Archiv der Typbibliothek deklariert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Topologist::ProblemList</name>
    <message>
        <location filename="../src/gui/problems/problemlist.cpp" line="+74"/>
        <location line="+268"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+285"/>
        <source>Clear Alien4Cloud Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Remove the problems Alien4Cloud reported on the last push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 infos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy with Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy 1 Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1 Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ProblemModel</name>
    <message>
        <location filename="../src/gui/problems/problemmodel.cpp" line="+520"/>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Problems of the topology as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;p&gt;&lt;i&gt;Reported by Alien4Cloud%1 on the last push; it stays until the next push or until you clear it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Quick fixes (context menu):&lt;br/&gt;&amp;bull; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Alien4Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alien4Cloud · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyEditor</name>
    <message>
        <location filename="../src/gui/properties/propertyeditor.cpp" line="+71"/>
        <source>Select a node template to see and edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Node template name: letters, digits and underscores (Alien4Cloud&apos;s rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>  (abstract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (unknown type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Derived from:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This type has no properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Nothing to disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>This type has no requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+250"/>
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This node has %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This node has %1, marked on the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This node has %1, some marked on the fields below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n nodes selected; showing the last one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A node template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use letters, digits and underscores</source>
        <translation>&apos;%1&apos; ist kein Name, den Alien4Cloud akzeptiert: Buchstaben, Ziffern und Unterstriche verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a node called &apos;%1&apos; already exists</source>
        <translation>ein Knoten namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot connect %1.%2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyRow</name>
    <message>
        <location filename="../src/gui/properties/propertyrow.cpp" line="+100"/>
        <source>not declared by the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud rejects properties the type does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required (the default applies when not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Value or TOSCA function (get_input, get_property, concat, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plain Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expression (YAML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[item, item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key: value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{ get_input: name }  or a YAML value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>required property &apos;%1&apos; has no value</source>
        <translation>Pflichteigenschaft &apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Quick fixes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No inputs in this topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::PushDialog</name>
    <message>
        <location filename="../ui/pushdialog.ui" line="+55"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Create an &amp;application from the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Push despite &amp;validation errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushdialog.cpp" line="+46"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push &amp;Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.ui" line="-163"/>
        <source>Push to Alien4Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Alien4Cloud&apos;s id for the application: letters, digits and underscores. Derived from the name until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the topology even though Topologist&apos;s validator found errors in it. Alien4Cloud is likely to refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-136"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushdialog.cpp" line="+82"/>
        <source>No server yet: add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Send the password of %1 unencrypted: %2 is plain http://, so anyone on the network can read the password and the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the Alien4Cloud server to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trusts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking the keyring for the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password taken from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password in the keyring yet: it is stored there after the next successful login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring did not give the password (%1); enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build has no keyring support: the password is asked at each push and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered for this server (see Edit…): it is asked at each push and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring is available on this desktop: the password is asked at each push and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the desktop&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The topology was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the Alien4Cloud server to push to first (Add…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is plain http://: the password would travel unencrypted. Use the server&apos;s https:// address (Edit…), or confirm above that you accept sending it in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the password of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the application a name, or do not create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::PushProgressView</name>
    <message>
        <location filename="../src/gui/dialogs/pushprogressview.cpp" line="+37"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushprogressview.ui" line="+21"/>
        <source>Pushing to Alien4Cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushprogressview.cpp" line="+41"/>
        <source>Pushing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::PushResultView</name>
    <message>
        <location filename="../ui/pushresultview.ui" line="+79"/>
        <source>Show &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushresultview.cpp" line="+49"/>
        <source>Pushed to Alien4Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by Alien4Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open application %2 in Alien4Cloud&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alien4Cloud reported 1 problem; it is in the Problems list, on the node it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alien4Cloud reported %1 problems; they are in the Problems list, on the nodes they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The validation errors are in the Problems list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::QuickFixMenu</name>
    <message>
        <location filename="../src/gui/problems/quickfixmenu.cpp" line="+36"/>
        <source>No quick fix available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::RecentFiles</name>
    <message>
        <location filename="../src/gui/mainwindow/recentfiles.cpp" line="+62"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::RecoveryDialog</name>
    <message>
        <location filename="../ui/recoverydialog.ui" line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topologist did not close properly. Unsaved changes to %1 (%2) were saved automatically at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/recovery/recoverydialog.cpp" line="+22"/>
        <source>a topology that was never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No saved file to compare with; the recovered topology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file on disk already holds these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- on disk, + recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::RelationshipItem</name>
    <message>
        <location filename="../src/gui/canvas/relationshipitem.cpp" line="+111"/>
        <source>%1.%2 → %3 (%4)
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no capability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::RenameEditor</name>
    <message>
        <location filename="../src/gui/canvas/renameeditor.cpp" line="+13"/>
        <source>Letters, digits and underscores. Enter renames, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::RequirementGroup</name>
    <message>
        <location filename="../src/gui/properties/requirementgroup.cpp" line="+62"/>
        <source>Needs capability %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on a node of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occurrences %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not declared by the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select %1 (capability %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Relationship type: %1
Capability: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnect %1 from %2</source>
        <translation type="unfinished">%1.%2 von %2 trennen {1 ?}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes that can satisfy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No compatible node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>no relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ScalarUnitValueEditor</name>
    <message>
        <location filename="../src/gui/properties/editors/scalarunitvalueeditor.cpp" line="+91"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ServerProfileDialog</name>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="+86"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remember the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+20"/>
        <source>Add Alien4Cloud Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Alien4Cloud Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="-74"/>
        <source>e.g. Staging (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Only the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A PEM file with the certificate of a server that uses a self-signed one. It is trusted for this server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+8"/>
        <source>The password goes to the desktop&apos;s keyring, never to a file. Where no keyring is running, it is asked at each push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Topologist has no keyring support: the password is asked at each push, and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="-65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+32"/>
        <source>Enter the address of the Alien4Cloud server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the user name in its own field, and no password in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the user name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/shortcutsdialog.cpp" line="+58"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys (Shift: by one point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom around the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::TopologyDocument</name>
    <message>
        <location filename="../src/editing/topologydocument.cpp" line="+294"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Topologist::TypeLibrariesDialog</name>
    <message>
        <location filename="../ui/typelibrariesdialog.ui" line="+14"/>
        <source>Type Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A type library is a folder of TOSCA archives at any depth, such as a checkout of an Alien4Cloud archive repository. Topologies import the archives they name from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="+137"/>
        <source>Ar&amp;chives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definitions file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="+1"/>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="-77"/>
        <location line="+23"/>
        <source>Add Type Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 holds no TOSCA archive Topologist can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 archives, %3 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ar&amp;chives (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::TypePalette</name>
    <message>
        <location filename="../src/gui/palette/typepalette.cpp" line="+32"/>
        <source>Search types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, description or camel-case initials (&quot;msl&quot; finds MesosSlave).
Down moves into the list; Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only the types that can be hosted on the selected node or that satisfy one of its open requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Only types that fit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only types that fit the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 type fits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 types fit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No type matching &quot;%1&quot; fits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No type matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No type of the library fits %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The type library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No type matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::TypePaletteDelegate</name>
    <message>
        <location filename="../src/gui/palette/typepalettedelegate.cpp" line="+156"/>
        <source>abstract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topologist::TypePaletteModel</name>
    <message>
        <location filename="../src/gui/palette/typepalettemodel.cpp" line="+136"/>
        <source> &lt;i&gt;(abstract)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Derived from %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;i&gt;Abstract: Alien4Cloud substitutes a concrete type (for example the cloud&apos;s own machine type) at deployment. You can still use it in a topology.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;From %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Imported by this topology.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Not imported yet: adding one of its types adds the import.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1: drag onto the canvas (onto a node to host it there), or double-click to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (abstract)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyLoader</name>
    <message>
        <location filename="../src/core/catalog/topologyloader.cpp" line="+94"/>
        <source>imported file &apos;%1&apos; is an absolute path; an archive imports only its own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported file &apos;%1&apos; lies outside the archive; an archive imports only its own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported &apos;%1&apos; is not a regular file, so it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no archive of that name is in the type library; add it with Types &gt; Type Libraries or --types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the type library has %1 in version %2</source>
        <translation>die Typbibliothek hat %1 in Version %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown import &apos;%1&apos;: %2</source>
        <translation>unbekannter Import &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>imported archive &apos;%1&apos; needs &apos;%2&apos; (%3), which is in no type library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported archive &apos;%1&apos; has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported archive &apos;%1&apos; needs &apos;%2&apos;, which has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>imported archive &apos;%1&apos; clashes with another import: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <source>imported file &apos;%1&apos; does not exist</source>
        <translation>importierte Datei &apos;%1&apos; existiert nicht</translation>
    </message>
</context>
<context>
    <name>ToscaReader</name>
    <message>
        <location filename="../src/core/yaml/toscareader.cpp" line="+59"/>
        <source>%1 must be a plain value</source>
        <translation>%1 muss ein einfacher Wert sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>each entry of %1 must be a single &apos;name: definition&apos; pair</source>
        <translation>jeder Eintrag von %1 muss ein einzelnes Paar &apos;Name: Definition&apos; sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a mapping or a list</source>
        <translation>%1 muss ein Mapping oder eine Liste sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be a mapping</source>
        <translation>%1 muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>occurrences must be a [min, max] pair</source>
        <translation>occurrences muss ein Paar [min, max] sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lower bound of occurrences must be a non-negative integer</source>
        <translation>die Untergrenze von occurrences muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the upper bound of occurrences must be an integer at least the lower bound, or &apos;unbounded&apos;</source>
        <translation>die Obergrenze von occurrences muss eine ganze Zahl nicht kleiner als die Untergrenze oder &apos;unbounded&apos; sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown constraint operator &apos;%1&apos; is ignored (Alien4Cloud ignores it too)</source>
        <translation>unbekannter Einschränkungsoperator &apos;%1&apos; wird ignoriert (auch Alien4Cloud ignoriert ihn)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; takes a list</source>
        <translation>&apos;%1&apos; erwartet eine Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;in_range&apos; takes exactly two bounds</source>
        <translation>&apos;in_range&apos; erwartet genau zwei Grenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid pattern: %1</source>
        <translation>ungültiges Muster: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a constraint must be &apos;operator: value&apos;</source>
        <translation>eine Einschränkung muss die Form &apos;Operator: Wert&apos; haben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>constraints must be a list</source>
        <translation>constraints muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the definition of &apos;%1&apos; must be a mapping</source>
        <translation>die Definition von &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>node_filter must be a mapping</source>
        <translation>node_filter muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>requirement &apos;%1&apos; must be a mapping</source>
        <translation>Anforderung &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>capability &apos;%1&apos; must be a mapping</source>
        <translation>Fähigkeit &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>artifact &apos;%1&apos; must be a mapping</source>
        <translation>Artefakt &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the definition of type &apos;%1&apos; must be a mapping</source>
        <translation>die Definition des Typs &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>requirement &apos;%1&apos; must name a node or be a mapping with &apos;node&apos;</source>
        <translation>Anforderung &apos;%1&apos; muss einen Knoten nennen oder ein Mapping mit &apos;node&apos; sein</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>node template &apos;%1&apos; must be a mapping with at least a &apos;type&apos;</source>
        <translation>Knotenvorlage &apos;%1&apos; muss ein Mapping mit mindestens einem &apos;type&apos; sein</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&apos;%1&apos; is not a node template key; Alien4Cloud ignores it (it is kept when saving)</source>
        <translation>&apos;%1&apos; ist kein Schlüssel einer Knotenvorlage; Alien4Cloud ignoriert ihn (beim Speichern bleibt er erhalten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>node template &apos;%1&apos; has no type</source>
        <translation>Knotenvorlage &apos;%1&apos; hat keinen Typ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>topology_template must be a mapping</source>
        <translation>topology_template muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>imports must be a list</source>
        <translation>imports muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an import must be &apos;name:version&apos; or a file</source>
        <translation>ein Import muss &apos;Name:Version&apos; oder eine Datei sein</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>a TOSCA file must be a mapping starting with tosca_definitions_version</source>
        <translation>eine TOSCA-Datei muss ein Mapping sein, das mit tosca_definitions_version beginnt</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>tosca_definitions_version is missing; expected one of: %1</source>
        <translation>tosca_definitions_version fehlt; erwartet wird eine von: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown tosca_definitions_version &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannte tosca_definitions_version &apos;%1&apos;; erwartet wird eine von: %2</translation>
    </message>
</context>
<context>
    <name>TypeCatalog</name>
    <message>
        <location filename="../src/core/catalog/typecatalog.cpp" line="+95"/>
        <source>the archive has no template_name or template_version, so it cannot be imported</source>
        <translation>dem Archiv fehlt template_name oder template_version, daher kann es nicht importiert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 is already in the type library (from %2); the copy from %3 is not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>the folder holds no TOSCA archive</source>
        <translation>der Ordner enthält kein TOSCA-Archiv</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot be read, so it is skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declares no template_name or template_version, so it cannot be imported and is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 is already known from %2; this copy is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 has errors; topologies that import it will not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>TypeRegistry</name>
    <message>
        <location filename="../src/core/types/typeregistry.cpp" line="+129"/>
        <source>%1 &apos;%2&apos; is also declared by the imported %3; this declaration is used here, but Alien4Cloud refuses to import an archive that redeclares a type of another archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &apos;%2&apos; is already declared by %3; an archive cannot redefine a type of another archive</source>
        <translation>%1 &apos;%2&apos; ist bereits von %3 deklariert; ein Archiv kann keinen Typ eines anderen Archivs neu definieren</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 &apos;%2&apos; derives from itself through %3</source>
        <translation>%1 &apos;%2&apos; leitet sich über %3 von sich selbst ab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &apos;%2&apos; derives from &apos;%3&apos;, which is not declared in this archive or its imports</source>
        <translation>%1 &apos;%2&apos; leitet sich von &apos;%3&apos; ab; dieser Typ ist weder in diesem Archiv noch in seinen Importen deklariert</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <location filename="../src/core/types/scalarunit.cpp" line="+174"/>
        <source>&apos;%1&apos; is not a number followed by a unit</source>
        <translation>&apos;%1&apos; ist keine Zahl mit nachfolgender Einheit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Einheit &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/types/typekind.cpp" line="+35"/>
        <source>data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artifact type</source>
        <translation>Artefakttyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capability type</source>
        <translation>Fähigkeitstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface type</source>
        <translation>Schnittstellentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relationship type</source>
        <translation>Beziehungstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group type</source>
        <translation>Gruppentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy type</source>
        <translation>Richtlinientyp</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../src/editing/commands/movenodescommand.cpp" line="+24"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setheadercommand.cpp" line="+14"/>
        <source>Change topology details</source>
        <translation>Topologiedetails ändern</translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setimportscommand.cpp" line="+14"/>
        <source>Change imports</source>
        <translation>Importe ändern</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/core/types/relationshipmatcher.cpp" line="+42"/>
        <location filename="../src/core/types/valuechecker.cpp" line="+247"/>
        <source>%1 is not a %2</source>
        <translation>%1 ist kein %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 offers no %2 capability</source>
        <translation>%1 bietet keine Fähigkeit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot target %2</source>
        <translation>%1 kann nicht auf %2 zielen</translation>
    </message>
    <message>
        <location filename="../src/core/types/valuechecker.cpp" line="-40"/>
        <source>%1 is not a %2 (expected a mapping of its fields)</source>
        <translation>%1 ist kein %2 (erwartet wird ein Mapping seiner Felder)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 has no field &apos;%2&apos;</source>
        <translation>%1 hat kein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>required field &apos;%1&apos; of %2 is missing</source>
        <translation>Pflichtfeld &apos;%1&apos; von %2 fehlt</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a mapping</source>
        <translation>%1 ist kein Mapping</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a version (such as 1.2.0 or 0.25.0-0.2.70)</source>
        <translation>%1 ist keine Version (wie 1.2.0 oder 0.25.0-0.2.70)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a timestamp (such as 2026-11-25T14:00:00Z)</source>
        <translation>%1 ist kein Zeitstempel (wie 2026-11-25T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a %2: %3</source>
        <translation>%1 ist kein %2: %3</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>%1 must equal %2</source>
        <translation>%1 muss gleich %2 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be greater than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 must be in the range [%2, %3]</source>
        <translation>%1 muss im Bereich [%2, %3] liegen</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 is not one of the valid values: %2</source>
        <translation>%1 ist keiner der gültigen Werte: %2</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>%1 must have a length of %2 (it has %3)</source>
        <translation>%1 muss die Länge %2 haben (hat %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must have a length of at least %2</source>
        <translation>%1 muss mindestens die Länge %2 haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must have a length of at most %2</source>
        <translation>%1 darf höchstens die Länge %2 haben</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht auf das Muster %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/candidatetargets.cpp" line="+93"/>
        <source>Host %1 on %2</source>
        <translation>%1 auf %2 hosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1.%2 to %3</source>
        <translation>%1.%2 mit %3 verbinden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Host %1 on %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1.%2 to %3 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/capabilityoccurrencesrule.cpp" line="+34"/>
        <source>capability &apos;%1&apos; accepts at most %2 relationships, but %3 target it: %4</source>
        <translation>Fähigkeit &apos;%1&apos; erlaubt höchstens %2 Beziehungen, aber %3 zielen darauf: %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/danglingreferencerule.cpp" line="+27"/>
        <source>requirement &apos;%1&apos; targets &apos;%2&apos;, but there is no node template of that name</source>
        <translation>Anforderung &apos;%1&apos; zielt auf &apos;%2&apos;, aber es gibt keine Knotenvorlage dieses Namens</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../src/core/validation/rules/undeclaredrequirementrule.cpp" line="+39"/>
        <source>Remove requirement &apos;%1&apos; of %2</source>
        <translation>Anforderung &apos;%1&apos; von %2 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/duplicatenamerule.cpp" line="+31"/>
        <source>another node template is already called &apos;%1&apos; (%2)</source>
        <translation>eine andere Knotenvorlage heißt bereits &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/hostingcyclerule.cpp" line="+32"/>
        <source>hosting loop: %1</source>
        <translation>Hosting-Schleife: %1</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/inputreferencerule.cpp" line="+29"/>
        <source>get_input refers to &apos;%1&apos;, which is not an input of this topology</source>
        <translation>get_input verweist auf &apos;%1&apos;, diese Topologie hat aber keinen solchen Input</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/missinghostrule.cpp" line="+35"/>
        <source>%1 is not hosted on anything; it must be hosted on a %2</source>
        <translation>%1 wird nirgends gehostet; es muss auf einem %2 gehostet werden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/filterclause.cpp" line="+89"/>
        <source>%1 needs %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 %2, but it is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/validation/rules/scalablerule.cpp" line="+105"/>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodefilterrule.cpp" line="+90"/>
        <source>%1 needs %2 to have a %3 capability, and neither it nor its hosts have one</source>
        <translation>%1 braucht an %2 eine Fähigkeit %3, aber weder %2 noch seine Hosts haben eine</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodenamerule.cpp" line="+34"/>
        <source>&apos;%1&apos; is a valid TOSCA name, but Alien4Cloud refuses node names other than letters, digits and underscores; rename it before pushing to Alien4Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use only letters, digits and underscores</source>
        <translation>&apos;%1&apos; ist kein Name, den Alien4Cloud akzeptiert: nur Buchstaben, Ziffern und Unterstriche verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/propertiesrule.cpp" line="+169"/>
        <source>unknown property &apos;%1&apos;; Alien4Cloud rejects it</source>
        <translation>unbekannte Eigenschaft &apos;%1&apos;; Alien4Cloud lehnt sie ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown property &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Eigenschaft &apos;%1&apos;; war &apos;%2&apos; gemeint?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename property &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Eigenschaft &apos;%1&apos; in &apos;%2&apos; umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove property &apos;%1&apos; from %2</source>
        <translation>Eigenschaft &apos;%1&apos; aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>required property &apos;%1&apos; has no value</source>
        <translation>Pflichteigenschaft &apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>property &apos;%1&apos;: %2</source>
        <translation>Eigenschaft &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>unknown property &apos;%1&apos;; its type does not declare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reset &apos;%1&apos; to its default %2</source>
        <translation>&apos;%1&apos; auf den Standardwert %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Set &apos;%1&apos; of %2 to %3</source>
        <translation>&apos;%1&apos; von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>required property &apos;%1&apos; is not set</source>
        <translation>Pflichteigenschaft &apos;%1&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/relationshiptyperule.cpp" line="+29"/>
        <source>unknown relationship type &apos;%1&apos; on requirement &apos;%2&apos;</source>
        <translation>unbekannter Beziehungstyp &apos;%1&apos; an Anforderung &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>requirement &apos;%1&apos; uses %2, a parent of the %3 its type declares; only what %2 defines is checked and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requirement &apos;%1&apos; uses %2, a parent of the %3 its type declares; Alien4Cloud accepts it, but only what %2 defines is checked and run</source>
        <translation>Anforderung &apos;%1&apos; verwendet %2, einen Obertyp des von ihrem Typ deklarierten %3; Alien4Cloud akzeptiert das, prüft und führt aber nur aus, was %2 definiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requirement &apos;%1&apos; uses %2, but its type asks for %3 (or a type derived from it)</source>
        <translation>Anforderung &apos;%1&apos; verwendet %2, ihr Typ verlangt aber %3 (oder einen davon abgeleiteten Typ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1 for %2.%3</source>
        <translation>%1 für %2.%3 verwenden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/requirementoccurrencesrule.cpp" line="+39"/>
        <source>requirement &apos;%1&apos; is not connected: %2 needs a %3%4</source>
        <translation>Anforderung &apos;%1&apos; ist nicht verbunden: %2 braucht %3%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>requirement &apos;%1&apos; has %2 relationships; it needs at least %3</source>
        <translation>Anforderung &apos;%1&apos; hat %2 Beziehungen; sie braucht mindestens %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>requirement &apos;%1&apos; has %2 relationships; at most %3 are allowed</source>
        <translation>Anforderung &apos;%1&apos; hat %2 Beziehungen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the relationship %1.%2 → %3</source>
        <translation>Beziehung %1.%2 → %3 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/requirementtargetrule.cpp" line="+31"/>
        <source>Connect %1.%2 to capability &apos;%3&apos; of %4</source>
        <translation>%1.%2 mit Fähigkeit &apos;%3&apos; von %4 verbinden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>requirement &apos;%1&apos; must target a %2, but %3 is a %4</source>
        <translation>Anforderung &apos;%1&apos; muss auf ein %2 zielen, aber %3 ist ein %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 offers no %2 capability for requirement &apos;%3&apos;</source>
        <translation>%1 bietet keine Fähigkeit %2 für Anforderung &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no capability &apos;%2&apos; (requirement &apos;%3&apos;)</source>
        <translation>%1 hat keine Fähigkeit &apos;%2&apos; (Anforderung &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>requirement &apos;%1&apos; needs a %2, but capability &apos;%3&apos; of %4 is a %5</source>
        <translation>Anforderung &apos;%1&apos; braucht ein %2, aber Fähigkeit &apos;%3&apos; von %4 ist ein %5</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/scalablerule.cpp" line="-12"/>
        <source>%1 has no value; Alien4Cloud needs min, default and max instances</source>
        <translation>%1 hat keinen Wert; Alien4Cloud braucht die minimale, die voreingestellte und die maximale Anzahl der Instanzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; instance counts must be whole numbers of at least 1</source>
        <translation>%1 ist %2; Instanzanzahlen müssen ganze Zahlen ab 1 sein</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is %2; an instance count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>instance counts must satisfy min ≤ default ≤ max, but they are %1 ≤ %2 ≤ %3</source>
        <translation>Instanzanzahlen müssen min ≤ default ≤ max erfüllen, sind aber %1 ≤ %2 ≤ %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>instance counts must satisfy min ≤ max, but they are %1 ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set max_instances of %1 to %2</source>
        <translation>max_instances von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set default_instances of %1 to %2</source>
        <translation>default_instances von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/undeclaredrequirementrule.cpp" line="-9"/>
        <source>%1 has no requirement &apos;%2&apos;; its requirements are: %3</source>
        <translation>%1 hat keine Anforderung &apos;%2&apos;; seine Anforderungen sind: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="+28"/>
        <location filename="../src/core/validation/rulesfile/requirescheck.cpp" line="+89"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknowncapabilityrule.cpp" line="+33"/>
        <source>%1 has no capability &apos;%2&apos;, so these values have no effect. Its capabilities are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no capability &apos;%2&apos;; Alien4Cloud ignores these values. Its capabilities are: %3</source>
        <translation>%1 hat keine Fähigkeit &apos;%2&apos;; Alien4Cloud ignoriert diese Werte. Seine Fähigkeiten sind: %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="-6"/>
        <source>unknown node type &apos;%1&apos;: it is not declared in this topology or in its imports (%2)</source>
        <translation>unbekannter Knotentyp &apos;%1&apos;: er ist weder in dieser Topologie noch in ihren Importen (%2) deklariert</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/validtargettypesrule.cpp" line="+36"/>
        <source>%1 may only target %2, but %3.%4 targets %5 (%6, capability %7)</source>
        <translation>%1 darf nur auf %2 zielen, aber %3.%4 zielt auf %5 (%6, Fähigkeit %7)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oddcheck.cpp" line="+42"/>
        <source>an odd number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oddrangecheck.cpp" line="+17"/>
        <source>odd_range needs {min: &lt;path&gt;, max: &lt;path&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a single odd number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oneofcheck.cpp" line="+15"/>
        <source>one_of needs a non-empty list of alternatives, each a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an alternative of one_of must be a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the value of &apos;%1&apos; must be a plain value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(%1 unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/requirescheck.cpp" line="-60"/>
        <source>requires needs {requirement: &lt;name&gt;, target_type: &lt;node type&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulecheck.cpp" line="+21"/>
        <source>check must be a mapping with exactly one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown check &apos;%1&apos;; the checks are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulefix.cpp" line="+71"/>
        <source>a fix does one thing; write several fixes as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a fix is a keyword (closest, connect, nearest_odd) or a mapping such as {set: {&lt;path&gt;: &lt;value&gt;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown fix &apos;%1&apos;; the fixes are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>set needs a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set writes plain values only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nearest_odd takes nothing or {min: &lt;path&gt;, max: &lt;path&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connect takes same_compute (the default) or any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+3"/>
        <source>set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulepath.cpp" line="+36"/>
        <source>&apos;%1&apos; is not a value path; write properties.&lt;name&gt; or capabilities.&lt;capability name or type&gt;.&lt;property&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesfile.cpp" line="+133"/>
        <source>rule %1 names the node type &apos;%2&apos;, which neither its archive nor the archives it imports declare; the rule never applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a Topologist rules file of a version this program reads: it must start with &apos;topologist_rules: %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a rule must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rule has no &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>the code &apos;%1&apos; must be letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter (e.g. ACME-DB-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the code %1 is already used by the rule at %2; codes must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-170"/>
        <source>severity must be error, warning or info, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown placeholder {%1}; the placeholders are {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the fix %1 does not go with the check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesubject.cpp" line="+36"/>
        <source>unknown subject step &apos;%1&apos;; the steps are host, compute, target:&lt;requirement&gt; and sources:&lt;requirement&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesyntax.cpp" line="+31"/>
        <source>%1 must be a plain, non-empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 must be a name or a non-empty list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown key &apos;%1&apos; in %2; known keys: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/versioncheck.cpp" line="+17"/>
        <source>version needs {path: &lt;path&gt;, equal | at_least | at_most: &lt;version&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version needs exactly one of equal, at_least and at_most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a version (e.g. 0.28.0 or 0.25.0-0.2.70)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unset (the latest version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../src/core/yaml/yamlvaluereader.cpp" line="+447"/>
        <source>YAML syntax error: unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>YAML syntax error: this alias refers to a collection that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aliases nest the YAML deeper than %1 levels; this is not a TOSCA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>YAML syntax error: this quoted string is never closed; it would swallow the rest of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>content after the end of the YAML document; a TOSCA file holds one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>aliases expand the document to more than %1 values, far more than it holds as written; aliases that repeat each other are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the document holds more than %1 YAML values; no TOSCA topology is that large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>a mapping key must be a plain value, not a list or a mapping</source>
        <translation>ein Mapping-Schlüssel muss ein einfacher Wert sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is %1 MB; TOSCA definitions larger than %2 MB are not read</source>
        <translation>die Datei ist %1 MB groß; TOSCA-Definitionen über %2 MB werden nicht gelesen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>key &apos;%1&apos; is repeated (lines %2 and %3); the value at line %3 replaces the one at line %2, as in Alien4Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the file is not valid UTF-8 text (first bad byte here); save it as UTF-8</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (erstes ungültiges Byte hier); bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the flow collections ([...], {...}) hold more than %1 YAML values by here; yaml-cpp would hold them all in memory at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document holds more than %1 YAML values by here; no TOSCA topology is that large, and reading it would exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file holds no YAML content, only comments or an empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the YAML is nested deeper than %1 levels; this is not a TOSCA file</source>
        <translation>das YAML ist tiefer als %1 Ebenen verschachtelt; das ist keine TOSCA-Datei</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the YAML could not be read: %1</source>
        <translation>das YAML konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+34"/>
        <source>Desktop designer for TOSCA topologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topology to open (YAML or CSAR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
