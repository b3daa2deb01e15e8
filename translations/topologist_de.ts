<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Alien4Cloud</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+39"/>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudsession.cpp" line="+311"/>
        <source>logging in as &apos;%1&apos;</source>
        <translation>Anmeldung als &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+52"/>
        <source>The server profile for %1 has no user name; add one to log in.</source>
        <translation>Das Serverprofil für %1 hat keinen Benutzernamen; tragen Sie einen ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudsession.cpp" line="+28"/>
        <source>logging out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudclient.cpp" line="+112"/>
        <source>checking the server health</source>
        <translation>Prüfung des Serverzustands</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the server version</source>
        <translation>Lesen der Serverversion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up archive %1</source>
        <translation>Suche nach Archiv %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checking &apos;%1&apos;</source>
        <translation>Prüfung von &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading &apos;%1&apos;</source>
        <translation>Hochladen von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+17"/>
        <source>Cannot read the archive &apos;%1&apos;: no such readable file.</source>
        <translation>Das Archiv &apos;%1&apos; kann nicht gelesen werden: keine solche lesbare Datei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alien4Cloud %1 at %2 cannot check an archive without importing it (that needs Alien4Cloud 3.0 or later); the check is skipped.</source>
        <translation>Alien4Cloud %1 unter %2 kann ein Archiv nicht prüfen, ohne es zu importieren (dafür ist Alien4Cloud 3.0 oder neuer nötig); die Prüfung wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudclient.cpp" line="+59"/>
        <source>creating application &apos;%1&apos;</source>
        <translation>Anlegen der Anwendung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+10"/>
        <source>The application name &apos;%1&apos; is not valid for Alien4Cloud: it must not be empty nor contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Der Anwendungsname &apos;%1&apos; ist für Alien4Cloud ungültig: Er darf weder leer sein noch &apos;/&apos; oder &apos;\&apos; enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The application id &apos;%1&apos; is not valid for Alien4Cloud: use only letters, digits and &apos;_&apos; (no spaces, dashes or dots).</source>
        <translation>Die Anwendungs-ID &apos;%1&apos; ist für Alien4Cloud ungültig: Verwenden Sie nur Buchstaben, Ziffern und &apos;_&apos; (keine Leerzeichen, Bindestriche oder Punkte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No topology template was given for application &apos;%1&apos;.</source>
        <translation>Für die Anwendung &apos;%1&apos; wurde keine Topologievorlage angegeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it holds no PEM certificate</source>
        <translation>sie enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot use the certificate file &apos;%1&apos; of the server profile for %2: %3. Choose the PEM file of the server&apos;s certificate.</source>
        <translation>Die Zertifikatsdatei &apos;%1&apos; des Serverprofils für %2 ist nicht verwendbar: %3. Wählen Sie die PEM-Datei des Serverzertifikats.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Not sending the password of &apos;%1&apos; to %2: over plain http:// anyone on the network could read it. Use the server&apos;s https:// address, or allow plain http explicitly if you accept that risk.</source>
        <translation>Das Passwort von &apos;%1&apos; wird nicht an %2 gesendet: Über unverschlüsseltes http:// könnte es jeder im Netzwerk mitlesen. Verwenden Sie die https://-Adresse des Servers, oder erlauben Sie unverschlüsseltes http ausdrücklich, wenn Sie dieses Risiko in Kauf nehmen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the archive &apos;%1&apos;: %2.</source>
        <translation>Das Archiv &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The request to Alien4Cloud at %1 was canceled while %2.</source>
        <translation>Die Anfrage an Alien4Cloud unter %1 wurde abgebrochen (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alien4Cloud at %1 sent more than %2 bytes for %3 while %4; the answer was cut off. Check that %1 is the address of Alien4Cloud.</source>
        <translation>Alien4Cloud unter %1 hat mehr als %2 Bytes für %3 gesendet (%4); die Antwort wurde abgeschnitten. Prüfen Sie, ob %1 die Adresse von Alien4Cloud ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 took more than %2 s in total for %3 while %4, though it kept the connection busy; the request was given up.</source>
        <translation>Alien4Cloud unter %1 brauchte insgesamt mehr als %2 s für %3 (%4), obwohl es die Verbindung beschäftigt hielt; die Anfrage wurde aufgegeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 did not answer within %2 s while %3. The server may be overloaded or unreachable; try again, or raise the timeout in the server profile.</source>
        <translation>Alien4Cloud unter %1 hat nicht innerhalb von %2 s geantwortet (%3). Der Server ist vielleicht überlastet oder nicht erreichbar; versuchen Sie es erneut, oder erhöhen Sie die Zeitüberschreitung im Serverprofil.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot reach Alien4Cloud at %1: connection refused. Is the server running, and is the port right?</source>
        <translation>Alien4Cloud unter %1 ist nicht erreichbar: Verbindung abgelehnt. Läuft der Server, und stimmt der Port?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach Alien4Cloud at %1: the host &apos;%2&apos; is unknown. Check the address in the server profile.</source>
        <translation>Alien4Cloud unter %1 ist nicht erreichbar: Der Host &apos;%2&apos; ist unbekannt. Prüfen Sie die Adresse im Serverprofil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 did not answer in time while %2. The server may be overloaded or unreachable; try again.</source>
        <translation>Alien4Cloud unter %1 hat nicht rechtzeitig geantwortet (%2). Der Server ist vielleicht überlastet oder nicht erreichbar; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate of %1 is not trusted: %2. Add the server&apos;s certificate in the server profile if it is self-signed.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2. Fügen Sie das Zertifikat des Servers im Serverprofil hinzu, wenn es selbstsigniert ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to %1 failed: %2. Check that the server speaks HTTPS on this port.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie, ob der Server auf diesem Port HTTPS spricht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud at %1 closed the connection while %2, before answering. The server may have stopped or refused the request (an archive over its size limit, for example); check its log.</source>
        <translation>Alien4Cloud unter %1 hat die Verbindung geschlossen (%2), bevor es antwortete. Der Server wurde vielleicht beendet oder hat die Anfrage abgelehnt (etwa ein Archiv über seiner Größengrenze); sehen Sie in sein Protokoll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot talk to Alien4Cloud at %1 while %2: %3.</source>
        <translation>Keine Verbindung zu Alien4Cloud unter %1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+26"/>
        <source>Alien4Cloud at %1 is in maintenance mode (HTTP 503). Try again later.</source>
        <translation>Alien4Cloud unter %1 ist im Wartungsmodus (HTTP 503). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 failed while %2 (HTTP %3): %4. Try again later, or look at the server log.</source>
        <translation>Alien4Cloud unter %1 ist fehlgeschlagen (%2, HTTP %3): %4. Versuchen Sie es später erneut, oder sehen Sie in das Serverprotokoll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 answered with something that is not JSON (HTTP %2, %3 bytes) while %4: %5. Check that %1 is the address of an Alien4Cloud server.</source>
        <translation>Alien4Cloud unter %1 hat mit etwas geantwortet, das kein JSON ist (HTTP %2, %3 Bytes; %4): %5. Prüfen Sie, ob %1 die Adresse eines Alien4Cloud-Servers ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alien4Cloud at %1 answered with JSON of an unexpected shape (HTTP %2) while %3: %4. Check that %1 is an Alien4Cloud server of a supported version (1.4 to 3.x).</source>
        <translation>Alien4Cloud unter %1 hat mit JSON unerwarteter Form geantwortet (HTTP %2; %3): %4. Prüfen Sie, ob %1 ein Alien4Cloud-Server einer unterstützten Version (1.4 bis 3.x) ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 found nothing while %2 (HTTP %3): %4</source>
        <translation>Alien4Cloud unter %1 hat nichts gefunden (%2, HTTP %3): %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 refused the request while %2 (error %3): %4</source>
        <translation>Alien4Cloud unter %1 hat die Anfrage abgelehnt (%2, Fehler %3): %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 answered HTTP %2 without saying why while %3.</source>
        <translation>Alien4Cloud unter %1 hat HTTP %2 ohne Begründung geantwortet (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+38"/>
        <source>User &apos;%1&apos; is not allowed to do this on Alien4Cloud at %2 (while %3, error 102). Ask an Alien4Cloud administrator for the needed role.</source>
        <translation>Der Benutzer &apos;%1&apos; darf dies auf Alien4Cloud unter %2 nicht tun (%3, Fehler 102). Bitten Sie einen Alien4Cloud-Administrator um die nötige Rolle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User &apos;%1&apos; is not allowed to do this on Alien4Cloud at %2 (while %3, error 102). Ask an Alien4Cloud administrator for the role %4.</source>
        <translation>Der Benutzer &apos;%1&apos; darf dies auf Alien4Cloud unter %2 nicht tun (%3, Fehler 102). Bitten Sie einen Alien4Cloud-Administrator um die Rolle %4.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Alien4Cloud at %1 refused the request while %2 even after logging in again as &apos;%3&apos; (HTTP %4). Log in again; if this goes on, check the server&apos;s session settings.</source>
        <translation>Alien4Cloud unter %1 hat die Anfrage (%2) auch nach erneuter Anmeldung als &apos;%3&apos; abgelehnt (HTTP %4). Melden Sie sich erneut an; wenn das anhält, prüfen Sie die Sitzungseinstellungen des Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud at %1 requires a login for %2 (HTTP %3). Log in first.</source>
        <translation>Alien4Cloud unter %1 verlangt eine Anmeldung für %2 (HTTP %3). Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+10"/>
        <source>Login refused for user &apos;%1&apos; at %2: check user name and password.</source>
        <translation>Anmeldung für Benutzer &apos;%1&apos; unter %2 abgelehnt: Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered the login by sending it to another server (%2); that is not Alien4Cloud&apos;s answer, so the login is not trusted.</source>
        <translation>%1 hat auf die Anmeldung mit einer Weiterleitung an einen anderen Server (%2) geantwortet; das ist nicht die Antwort von Alien4Cloud, daher wird der Anmeldung nicht vertraut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered the login with HTTP %2 instead of Alien4Cloud&apos;s redirect. Check that %1 is the address of Alien4Cloud itself.</source>
        <translation>%1 hat auf die Anmeldung mit HTTP %2 statt mit der Weiterleitung von Alien4Cloud geantwortet. Prüfen Sie, ob %1 die Adresse von Alien4Cloud selbst ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no health endpoint (/rest/admin/health, HTTP 404). Check that it is the address of Alien4Cloud.</source>
        <translation>%1 hat keinen Health-Endpunkt (/rest/admin/health, HTTP 404). Prüfen Sie, ob es die Adresse von Alien4Cloud ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 reports that it is not healthy (status %2, HTTP %3). Try again later, or look at the server log.</source>
        <translation>Alien4Cloud unter %1 meldet, dass es nicht betriebsbereit ist (Status %2, HTTP %3). Versuchen Sie es später erneut, oder sehen Sie in das Serverprotokoll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 publishes no /version.json (HTTP 404). Check that it is the address of Alien4Cloud.</source>
        <translation>%1 veröffentlicht keine /version.json (HTTP 404). Prüfen Sie, ob es die Adresse von Alien4Cloud ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 cannot check an archive without importing it (that needs Alien4Cloud 3.0 or later); the check is skipped.</source>
        <translation>Alien4Cloud unter %1 kann ein Archiv nicht prüfen, ohne es zu importieren (dafür ist Alien4Cloud 3.0 oder neuer nötig); die Prüfung wird übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 answered with JSON of an unexpected shape (HTTP %2) while %3: no upload result. Check that %1 is an Alien4Cloud server of a supported version (1.4 to 3.x).</source>
        <translation>Alien4Cloud unter %1 hat mit JSON unerwarteter Form geantwortet (HTTP %2; %3): kein Upload-Ergebnis. Prüfen Sie, ob %1 ein Alien4Cloud-Server einer unterstützten Version (1.4 bis 3.x) ist.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alien4Cloud found errors in &apos;%1&apos; (%2). First: %3</source>
        <translation>Alien4Cloud hat Fehler in &apos;%1&apos; gefunden (%2). Erster: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alien4Cloud did not import &apos;%1&apos; (errors found: %2). First: %3</source>
        <translation>Alien4Cloud hat &apos;%1&apos; nicht importiert (gefundene Fehler: %2). Erster: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alien4Cloud cannot read &apos;%1&apos; as a CSAR: %2</source>
        <translation>Alien4Cloud kann &apos;%1&apos; nicht als CSAR lesen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alien4Cloud already has %1 with different content, and a released version cannot be replaced. Give the archive a new version, or use a -SNAPSHOT version while it still changes.</source>
        <translation>Alien4Cloud hat %1 bereits mit anderem Inhalt, und eine freigegebene Version kann nicht ersetzt werden. Geben Sie dem Archiv eine neue Version, oder verwenden Sie eine -SNAPSHOT-Version, solange es sich noch ändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud refused &apos;%1&apos; (error %2): %3</source>
        <translation>Alien4Cloud hat &apos;%1&apos; abgelehnt (Fehler %2): %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Application &apos;%1&apos; was created, but Alien4Cloud reports that a version of its archive &apos;%2&apos; already existed (error 615): %3</source>
        <translation>Die Anwendung &apos;%1&apos; wurde angelegt, aber Alien4Cloud meldet, dass eine Version ihres Archivs &apos;%2&apos; bereits existierte (Fehler 615): %3</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>An application named &apos;%1&apos; or with the id &apos;%2&apos; already exists on Alien4Cloud at %3. Choose another name.</source>
        <translation>Eine Anwendung namens &apos;%1&apos; oder mit der ID &apos;%2&apos; existiert bereits auf Alien4Cloud unter %3. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alien4Cloud at %1 refused the application id &apos;%2&apos; (error 618: %3). Use only letters, digits and &apos;_&apos;.</source>
        <translation>Alien4Cloud unter %1 hat die Anwendungs-ID &apos;%2&apos; abgelehnt (Fehler 618: %3). Verwenden Sie nur Buchstaben, Ziffern und &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The topology template %1 is not in the catalog of Alien4Cloud at %2. Upload its archive first.</source>
        <translation>Die Topologievorlage %1 ist nicht im Katalog von Alien4Cloud unter %2. Laden Sie zuerst ihr Archiv hoch.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudenvelope.cpp" line="+29"/>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at byte %2; it starts with “%3”</source>
        <translation>%1 bei Byte %2; er beginnt mit „%3“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected {&quot;data&quot;: …, &quot;error&quot;: …}, got “%1”</source>
        <translation>{&quot;data&quot;: …, &quot;error&quot;: …} erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudproblemmapper.cpp" line="+156"/>
        <source>Alien4Cloud gave no details</source>
        <translation>Alien4Cloud hat keine Angaben gemacht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 [Alien4Cloud, at %2 of the uploaded archive]</source>
        <translation>%1 [Alien4Cloud, bei %2 des hochgeladenen Archivs]</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudserver.cpp" line="+74"/>
        <source>The Alien4Cloud address &apos;%1&apos; is not a valid URL; write it like https://a4c.example.org:8088.</source>
        <translation>Die Alien4Cloud-Adresse &apos;%1&apos; ist keine gültige URL; schreiben Sie sie wie https://a4c.example.org:8088.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Alien4Cloud address &apos;%1&apos; must start with http:// or https://.</source>
        <translation>Die Alien4Cloud-Adresse &apos;%1&apos; muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>Alien4CloudPushChanges</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpushchanges.cpp" line="+37"/>
        <source>First push of %1 to %2</source>
        <translation>Erster Push von %1 nach %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes since the last push to %1 on %2</source>
        <translation>Keine Änderungen seit dem letzten Push nach %1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the last push to %1 on %2</source>
        <translation>Änderungen seit dem letzten Push nach %1 am %2</translation>
    </message>
</context>
<context>
    <name>AppTheme</name>
    <message>
        <location filename="../src/gui/apptheme.cpp" line="+132"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ArchiveFinder</name>
    <message>
        <location filename="../src/core/catalog/archivefinder.cpp" line="+38"/>
        <source>the library has more than %1 folders; the rest is not searched</source>
        <translation>die Bibliothek hat mehr als %1 Ordner; der Rest wird nicht durchsucht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>folders deeper than %1 levels are not searched</source>
        <translation>Ordner tiefer als %1 Ebenen werden nicht durchsucht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>several TOSCA definitions files in one archive folder (%1); Alien4Cloud imports a folder with exactly one, so none is used</source>
        <translation>mehrere TOSCA-Definitionsdateien in einem Archivordner (%1); Alien4Cloud importiert einen Ordner mit genau einer, daher wird keine verwendet</translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message numerus="yes">
        <location filename="../src/gui/canvas/canvasedits.cpp" line="+70"/>
        <source>Delete %n relationships</source>
        <translation>
            <numerusform>%n Beziehung löschen</numerusform>
            <numerusform>%n Beziehungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../src/gui/compare/changetext.cpp" line="+41"/>
        <source>node added (%1)</source>
        <translation>Knoten hinzugefügt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node removed (%1)</source>
        <translation>Knoten entfernt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type changed from %1 to %2</source>
        <translation>Typ von %1 zu %2 geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>renamed %1 here, %2 in theirs</source>
        <translation>hier in %1 umbenannt, bei ihnen in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted here, edited in theirs</source>
        <translation>hier gelöscht, bei ihnen bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted here, edited in theirs</source>
        <translation>%1 hier gelöscht, bei ihnen bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited here, deleted in theirs</source>
        <translation>hier bearbeitet, bei ihnen gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 edited here, deleted in theirs</source>
        <translation>%1 hier bearbeitet, bei ihnen gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added differently on both sides</source>
        <translation>auf beiden Seiten verschieden hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added differently on both sides</source>
        <translation>%1 auf beiden Seiten verschieden hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed differently on both sides</source>
        <translation>auf beiden Seiten verschieden geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed differently on both sides</source>
        <translation>%1 auf beiden Seiten verschieden geändert</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="+46"/>
        <source>Add a type library: a folder holding archives at any
depth (a git checkout of an archive repository), or a
single archive as a YAML file or a CSAR; may be repeated.
An archive of a library that cannot be used is a
warning; only the archives a topology imports matter.</source>
        <translation>Eine Typbibliothek hinzufügen: ein Ordner mit Archiven
in beliebiger Tiefe (ein Git-Checkout eines Archiv-
Repositorys) oder ein einzelnes Archiv als YAML-Datei
oder CSAR; mehrfach möglich. Ein unbrauchbares Archiv
einer Bibliothek ist eine Warnung; nur die Archive, die
eine Topologie importiert, zählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...

Headless Topologist: reads TOSCA topologies (YAML or CSAR) written for
Alien4Cloud, with the bundled Mesos type library.

Commands:
</source>
        <translation>Aufruf: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...

Topologist ohne Oberfläche: liest TOSCA-Topologien (YAML oder CSAR),
die für Alien4Cloud geschrieben sind, mit der mitgelieferten
Mesos-Typbibliothek.

Befehle:
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the options of COMMAND.</source>
        <translation>Die Optionen von COMMAND anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/clihelp.cpp" line="+70"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Options may come before or after FILE; after --, every argument is a FILE.
Exit status: 0 success, 1 the topology has errors or the server refused it
(or, for diff and merge, the topologies differ or conflict), 2 an input
cannot be read, or the network or login failed (push).
Diagnostics go to standard error as file:line:column: severity: message.
Inside a CSAR, files are named ARCHIVE!PATH (marathon.csar!marathon.yml:12:3).
</source>
        <translation>
Optionen können vor oder nach FILE stehen; nach -- ist jedes Argument ein FILE.
Exit-Status: 0 Erfolg, 1 die Topologie hat Fehler oder der Server hat sie
abgelehnt (bei diff und merge: die Topologien unterscheiden sich oder stehen
im Konflikt), 2 eine Eingabe ist nicht lesbar, oder Netzwerk oder Anmeldung
sind fehlgeschlagen (push). Diagnosen gehen an die Standardfehlerausgabe, als
Datei:Zeile:Spalte: Schwere: Meldung. In einem CSAR heißen Dateien
ARCHIVE!PATH (marathon.csar!marathon.yml:12:3).
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>topologist-cli: unknown option &apos;%1&apos;</source>
        <translation>topologist-cli: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>topologist-cli: unknown option &apos;%1&apos; for %2</source>
        <translation>topologist-cli: unbekannte Option &apos;%1&apos; für %2</translation>
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
        <translation>Eine Topologie mit ihren Importen laden und ihre
Knotenvorlagen, Typen und Beziehungen ausgeben.</translation>
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
        <translation>Topologien auf jeden Fehler prüfen, den Topologist kennt
(Struktur, Eigenschaften, Knotenfilter, Mesos-Regeln).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>human (default): file:line:col: severity: [CODE] node: msg
json: every field, quick fixes included
sarif: SARIF 2.1.0 for CI code scanning</source>
        <translation>human (Standard): Datei:Zeile:Spalte: Schwere:
  [CODE] Knoten: Meldung
json: jedes Feld, einschließlich Schnellkorrekturen
sarif: SARIF 2.1.0 für Code-Scanning in CI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treat warnings as errors.</source>
        <translation>Warnungen als Fehler behandeln.</translation>
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
        <translation>1 Datei geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files checked</source>
        <translation>%1 Dateien geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="+72"/>
        <source>topologist-cli: --standard takes neither --self-contained nor --force: the types are in the file, and nothing is validated</source>
        <translation>topologist-cli: --standard nimmt weder --self-contained noch --force: die Typen stehen in der Datei, und nichts wird validiert</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write the topology as a CSAR for Alien4Cloud: TOSCA.meta,
the YAML and every script, artifact and icon it refers to.
OUT defaults to NAME-VERSION.csar in the current folder.</source>
        <translation>Die Topologie als CSAR für Alien4Cloud schreiben:
TOSCA.meta, das YAML und jedes Skript, Artefakt und
Symbol, auf das es verweist. OUT ist standardmäßig
NAME-VERSION.csar im aktuellen Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to write the CSAR.</source>
        <translation>Wohin das CSAR geschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write each imported type archive as its own CSAR
beside OUT, numbered in upload order
(01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).</source>
        <translation>Auch jedes importierte Typarchiv als eigenes CSAR
neben OUT schreiben, nummeriert in Upload-Reihenfolge
(01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export even when the topology has validation errors.</source>
        <translation>Auch exportieren, wenn die Topologie Validierungsfehler hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write standard TOSCA (tosca_simple_yaml_1_2) for other
TOSCA tools instead: the types it uses copied in, keys
only Alien4Cloud reads left out and listed. A CSAR when
OUT ends in .csar or .zip, else a YAML file; OUT
defaults to NAME-VERSION-standard.csar.</source>
        <translation>Stattdessen Standard-TOSCA (tosca_simple_yaml_1_2) für
andere TOSCA-Werkzeuge schreiben: die benutzten Typen
hineinkopiert, nur von Alien4Cloud gelesene Schlüssel
weggelassen und aufgelistet. Ein CSAR, wenn OUT auf
.csar oder .zip endet, sonst eine YAML-Datei; OUT ist
standardmäßig NAME-VERSION-standard.csar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>topologist-cli: export takes exactly one file</source>
        <translation>topologist-cli: export erwartet genau eine Datei</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="-45"/>
        <location filename="../src/cli/exportcommand.cpp" line="-87"/>
        <location filename="../src/cli/pushcommand.cpp" line="+111"/>
        <location line="+66"/>
        <location line="+33"/>
        <source>topologist-cli: %1</source>
        <translation>topologist-cli: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/pushcommand.cpp" line="-125"/>
        <source>topologist-cli: the password is never taken from the command line, where other users and the shell history see it; pipe it in with --password-stdin</source>
        <translation>topologist-cli: Das Passwort wird nie von der Befehlszeile genommen, wo andere Benutzer und der Shell-Verlauf es sehen; leiten Sie es mit --password-stdin ein</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>topologist-cli: push takes exactly one file</source>
        <translation>topologist-cli: push erwartet genau eine Datei</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>topologist-cli: push needs --server URL, --user NAME and --password-stdin</source>
        <translation>topologist-cli: push braucht --server URL, --user NAME und --password-stdin</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Upload the topology to Alien4Cloud, after the type archives
it imports that the server lacks, and optionally create an
application from it (its id: NAME with every character
other than letters, digits and _ made _).</source>
        <translation>Die Topologie zu Alien4Cloud hochladen, nach den
importierten Typarchiven, die dem Server fehlen, und
optional eine Anwendung daraus anlegen (ihre ID: NAME,
in dem jedes Zeichen außer Buchstaben, Ziffern und _
zu _ wird).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s address. One without a scheme is https://.</source>
        <translation>Die Adresse des Servers. Eine ohne Schema ist https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user to log in as.</source>
        <translation>Der Benutzer, als der angemeldet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input
(it is never taken from the command line or environment).</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe
lesen (es wird nie von der Befehlszeile oder der
Umgebung genommen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an application of this name from the topology.</source>
        <translation>Eine Anwendung dieses Namens aus der Topologie anlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this self-signed certificate for this server.</source>
        <translation>Diesem selbstsignierten Zertifikat für diesen Server vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push even when the topology has validation errors.</source>
        <translation>Auch hochladen, wenn die Topologie Validierungsfehler hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip Alien4Cloud&apos;s check before the upload (3.0+).</source>
        <translation>Die Prüfung durch Alien4Cloud vor dem Hochladen
überspringen (3.0+).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow sending the password unencrypted to an
http:// URL. A URL without a scheme is https://.</source>
        <translation>Das unverschlüsselte Senden des Passworts an eine
http://-URL erlauben. Eine URL ohne Schema ist https://.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>topologist-cli: %1 is plain http://, which would send the password unencrypted; use its https:// address, or pass --allow-insecure-http to accept that</source>
        <translation>topologist-cli: %1 ist unverschlüsseltes http://, das das Passwort unverschlüsselt senden würde; verwenden Sie seine https://-Adresse, oder geben Sie --allow-insecure-http an, um das zu akzeptieren</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>topologist-cli: no password on standard input (--password-stdin reads its first line)</source>
        <translation>topologist-cli: kein Passwort auf der Standardeingabe (--password-stdin liest ihre erste Zeile)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/clihelp.cpp" line="-2"/>
        <source>Usage: topologist-cli [--types PATH]... %1</source>
        <translation>Aufruf: topologist-cli [--types PATH]... %1</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="+34"/>
        <source>List the archives found in each --types folder, with
their versions, and the problems of each library.</source>
        <translation>Die in jedem --types-Ordner gefundenen Archive mit
ihren Versionen und die Probleme jeder Bibliothek
auflisten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>topologist-cli: library takes no argument; name the folders with --types</source>
        <translation>topologist-cli: library nimmt kein Argument; nennen Sie die Ordner mit --types</translation>
    </message>
    <message>
        <location filename="../src/cli/libraryreport.cpp" line="+26"/>
        <source>%1: 1 archive</source>
        <translation>%1: 1 Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 archives</source>
        <translation>%1: %2 Archive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 1 problem</source>
        <translation>, 1 Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 problems</source>
        <translation>, %1 Probleme</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(has errors)</source>
        <translation>(hat Fehler)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no type library: give one or more with --types FOLDER</source>
        <translation>keine Typbibliothek: geben Sie eine oder mehrere mit --types FOLDER an</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>topologist-cli: type library %1: %n problems with its archives; &apos;topologist-cli --types %1 library&apos; lists them</source>
        <translation>
            <numerusform>topologist-cli: Typbibliothek %1: %n Problem mit ihren Archiven; &apos;topologist-cli --types %1 library&apos; listet es auf</numerusform>
            <numerusform>topologist-cli: Typbibliothek %1: %n Probleme mit ihren Archiven; &apos;topologist-cli --types %1 library&apos; listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="+52"/>
        <source>Compare two topologies at the model level: nodes
added, removed, renamed or retyped, and each value,
requirement, artifact, input, output, group, policy
and import that changed. A and B are files, CSARs or
git:REV:PATH. Exit status 0 when equal, 1 if different.
diff --textconv FILE prints one topology as canonical
text, for git&apos;s diff.tosca.textconv.</source>
        <translation>Vergleicht zwei Topologien auf Modellebene: hinzugefügte,
entfernte, umbenannte oder umtypisierte Knoten und jeden
geänderten Wert, jede Anforderung, jedes Artefakt, jede
Eingabe, Ausgabe, Gruppe, Richtlinie und jeden Import.
A und B sind Dateien, CSARs oder git:REV:PFAD.
Exit-Status 0 bei Gleichheit, 1 bei Unterschieden.
diff --textconv DATEI gibt eine Topologie als kanonischen
Text aus, für gits diff.tosca.textconv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>human (default): changed elements, then each change
json: every change with its values</source>
        <translation>human (Standard): geänderte Elemente, dann Änderungen
json: jede Änderung mit ihren Werten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out nodes that only moved on the canvas.</source>
        <translation>Knoten weglassen, die nur auf der Zeichenfläche
verschoben wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the one FILE given in a canonical form, for
git diff: sorted nodes and keys, no comments or
quoting, canvas positions apart at the end (left out
with --ignore-layout). Other files print unchanged.</source>
        <translation>Gibt die eine angegebene DATEI in kanonischer Form aus,
für git diff: sortierte Knoten und Schlüssel, ohne
Kommentare und Anführungszeichen, Canvas-Positionen
getrennt am Ende (ohne sie mit --ignore-layout).
Andere Dateien werden unverändert ausgegeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>topologist-cli: --format must be human or json</source>
        <translation>topologist-cli: --format muss human oder json sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topologist-cli: diff takes exactly two topologies</source>
        <translation>topologist-cli: diff nimmt genau zwei Topologien</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>topologist-cli: diff --textconv takes exactly one file</source>
        <translation>topologist-cli: diff --textconv erwartet genau eine Datei</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="+40"/>
        <source>Merge the changes OURS and THEIRS made to BASE, node by
node and value by value. Conflicts are listed and kept
in OUT&apos;s metadata (OUT holds our side); exit status 1.
As git&apos;s merge driver: merge %O %A %B -o %A</source>
        <translation>Die Änderungen von OURS und THEIRS an BASE Knoten für
Knoten und Wert für Wert zusammenführen. Konflikte
werden aufgelistet und in den Metadaten von OUT
festgehalten (OUT enthält unsere Seite); dann
Exit-Status 1.
Als Merge-Treiber für git: merge %O %A %B -o %A</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write the merged topology (default: standard
output).</source>
        <translation>Wohin die zusammengeführte Topologie geschrieben wird
(Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>topologist-cli: cannot write %1: %2</source>
        <translation>topologist-cli: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>topologist-cli: merge takes three topologies: BASE OURS THEIRS</source>
        <translation>topologist-cli: merge nimmt drei Topologien: BASE OURS THEIRS</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>topologist-cli: %1 conflicts, kept under metadata/%2 in the merged topology, which holds our side of each</source>
        <translation>topologist-cli: %1 Konflikte, festgehalten unter metadata/%2 in der zusammengeführten Topologie, die jeweils unsere Seite enthält</translation>
    </message>
    <message>
        <location filename="../src/cli/mergereport.cpp" line="+17"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CONFLICT (%1): %2: ours %3, theirs %4</source>
        <translation>KONFLIKT (%1): %2: unsere %3, ihre %4</translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="+6"/>
        <location filename="../src/cli/topologyinput.cpp" line="+37"/>
        <source>topologist-cli: %1: cannot be read</source>
        <translation>topologist-cli: %1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/cli/topologyinput.cpp" line="+13"/>
        <source>topologist-cli: %1: %2</source>
        <translation>topologist-cli: %1: %2</translation>
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
    <name>ComparisonSource</name>
    <message>
        <location filename="../src/editing/comparisonsource.cpp" line="+31"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the topology has no file yet</source>
        <translation>die Topologie hat noch keine Datei</translation>
    </message>
</context>
<context>
    <name>ConflictActions</name>
    <message>
        <location filename="../src/editing/conflictactions.cpp" line="+23"/>
        <source>Take ours: %1</source>
        <translation>Unsere nehmen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs: %1</source>
        <translation>Ihre nehmen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is settled already</source>
        <translation>%1 ist bereits geklärt</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../src/core/diff/conflictresolver.cpp" line="+82"/>
        <source>their version of %1 cannot be read</source>
        <translation>ihre Version von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>their version of node %1 cannot be read</source>
        <translation>ihre Version von Knoten %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <source>node %1 is no longer in the topology</source>
        <translation>Knoten %1 ist nicht mehr in der Topologie</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>another node is already called %1</source>
        <translation>ein anderer Knoten heißt bereits %1</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the conflict names no element</source>
        <translation>der Konflikt nennt kein Element</translation>
    </message>
</context>
<context>
    <name>Csar</name>
    <message>
        <location filename="../src/core/csar/csarlayout.cpp" line="+128"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; cannot be read: %3</source>
        <translation>Archiv &quot;%1&quot;: &quot;%2&quot; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; cannot be read.</source>
        <translation>Archiv &quot;%1&quot;: &quot;%2&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; has no Entry-Definitions, which Alien4Cloud needs to find the main YAML file.</source>
        <translation>Archiv &quot;%1&quot;: &quot;%2&quot; hat keine Entry-Definitions, die Alien4Cloud braucht, um die YAML-Hauptdatei zu finden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> &quot;%1&quot; differs only in letter case; Alien4Cloud is case-sensitive.</source>
        <translation> &quot;%1&quot; unterscheidet sich nur in Groß-/Kleinschreibung; Alien4Cloud unterscheidet sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in &quot;%3&quot; names no file of the archive.%4</source>
        <translation>Archiv &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in &quot;%3&quot; nennt keine Datei des Archivs.%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; is ignored: Alien4Cloud only reads &quot;%3&quot;, with exactly that letter case.</source>
        <translation>Archiv &quot;%1&quot;: &quot;%2&quot; wird ignoriert: Alien4Cloud liest nur &quot;%3&quot;, genau in dieser Schreibweise.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Archive &quot;%1&quot; has %2 YAML files at its root (%3), and without %4 Alien4Cloud needs exactly one. Move the others into a folder, or add a %4 whose Entry-Definitions names the main one.</source>
        <translation>Archiv &quot;%1&quot; hat %2 YAML-Dateien in seiner Wurzel (%3), und ohne %4 braucht Alien4Cloud genau eine. Verschieben Sie die anderen in einen Ordner, oder fügen Sie eine %4 hinzu, deren Entry-Definitions die Hauptdatei nennt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive &quot;%1&quot; keeps everything in the folder &quot;%2&quot;, as GitHub&apos;s &quot;Download ZIP&quot; does. Topologist reads it from there, but Alien4Cloud will refuse the archive: zip the content of that folder instead.</source>
        <translation>Archiv &quot;%1&quot; hat alles im Ordner &quot;%2&quot;, wie es GitHubs &quot;Download ZIP&quot; macht. Topologist liest es von dort, aber Alien4Cloud wird das Archiv ablehnen: Packen Sie stattdessen den Inhalt dieses Ordners.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>at its root</source>
        <translation>in seiner Wurzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in &quot;%1&quot;</source>
        <translation>in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive &quot;%1&quot; has no TOSCA-Metadata/TOSCA.meta and no *.yml or *.yaml file %2, so its entry definitions cannot be found.</source>
        <translation>Archiv &quot;%1&quot; hat keine TOSCA-Metadata/TOSCA.meta und keine *.yml- oder *.yaml-Datei %2, daher sind seine Entry-Definitions nicht auffindbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> YAML files elsewhere: %1.</source>
        <translation> YAML-Dateien anderswo: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarpath.cpp" line="+54"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is an absolute path</source>
        <translation>der Name ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name contains a backslash, which Windows reads as a folder separator</source>
        <translation>der Name enthält einen Backslash, den Windows als Ordnertrenner liest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name contains &apos;:&apos;, which Windows reads as a drive or an alternate data stream</source>
        <translation>der Name enthält &apos;:&apos;, das Windows als Laufwerk oder alternativen Datenstrom liest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name ends with &apos;/&apos; (a folder)</source>
        <translation>der Name endet mit &apos;/&apos; (ein Ordner)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name has a &quot;..&quot; segment, which points outside the archive&apos;s folder</source>
        <translation>der Name hat ein &quot;..&quot;-Segment, das aus dem Ordner des Archivs herauszeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file or folder name in it is longer than %1 bytes</source>
        <translation>ein Datei- oder Ordnername darin ist länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name has an empty or &quot;.&quot; segment</source>
        <translation>der Name hat ein leeres oder &quot;.&quot;-Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation>&quot;%1&quot; ist unter Windows ein reservierter Gerätename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; ends with a dot or a space, which Windows drops</source>
        <translation>&quot;%1&quot; endet mit einem Punkt oder Leerzeichen, das Windows weglässt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; contains &apos;%2&apos;, which Windows forbids in file names</source>
        <translation>&quot;%1&quot; enthält &apos;%2&apos;, das Windows in Dateinamen verbietet</translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarreader.cpp" line="+166"/>
        <location line="+9"/>
        <source>Cannot read archive &quot;%1&quot;: %2</source>
        <translation>Archiv &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive &quot;%1&quot; is an empty file, not a zip archive.</source>
        <translation>Archiv &quot;%1&quot; ist eine leere Datei, kein Zip-Archiv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot; is %2 bytes, more than the %3 bytes allowed.</source>
        <translation>Archiv &quot;%1&quot; hat %2 Bytes, mehr als die erlaubten %3 Bytes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read archive &quot;%1&quot;: it changed size while being read.</source>
        <translation>Archiv &quot;%1&quot; kann nicht gelesen werden: Seine Größe hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive &quot;%1&quot; is damaged or truncated: its zip directory cannot be read.</source>
        <translation>Archiv &quot;%1&quot; ist beschädigt oder abgeschnitten: Sein Zip-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a zip archive; a CSAR must be a zip file.</source>
        <translation>&quot;%1&quot; ist kein Zip-Archiv; ein CSAR muss eine Zip-Datei sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the name is %1 characters long, more than the %2 allowed</source>
        <translation>der Name ist %1 Zeichen lang, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is %1 folders deep, more than the %2 allowed</source>
        <translation>es liegt %1 Ordner tief, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot; is damaged: its zip directory cannot be read.</source>
        <translation>Archiv &quot;%1&quot; ist beschädigt: Sein Zip-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot; holds %2 entries, more than the %3 allowed.</source>
        <translation>Archiv &quot;%1&quot; enthält %2 Einträge, mehr als die erlaubten %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive &quot;%1&quot; holds more than the %2 entries allowed.</source>
        <translation>Archiv &quot;%1&quot; enthält mehr als die erlaubten %2 Einträge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot; is damaged: entry %2 of its zip directory cannot be read.</source>
        <translation>Archiv &quot;%1&quot; ist beschädigt: Eintrag %2 seines Zip-Verzeichnisses kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is refused: %3.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; wird abgelehnt: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a symbolic link; a link could point outside the extraction folder, so the archive is refused.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist ein symbolischer Link; ein Link könnte aus dem Entpackordner herauszeigen, daher wird das Archiv abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a device, pipe or socket, not a file.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist ein Gerät, eine Pipe oder ein Socket, keine Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is encrypted; neither Topologist nor Alien4Cloud can read encrypted archives.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist verschlüsselt; weder Topologist noch Alien4Cloud können verschlüsselte Archive lesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: folder entry &quot;%2&quot; carries %3 bytes of data.</source>
        <translation>Archiv &quot;%1&quot;: Ordnereintrag &quot;%2&quot; trägt %3 Bytes Daten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; uses compression method %3; only stored (0) and deflate (8) are supported, as in Alien4Cloud.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; verwendet Kompressionsmethode %3; nur stored (0) und deflate (8) werden unterstützt, wie in Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is stored uncompressed, yet declares %3 bytes stored and %4 bytes of content.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist unkomprimiert gespeichert, gibt aber %3 gespeicherte Bytes und %4 Bytes Inhalt an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is %3 bytes uncompressed, more than the %4 bytes allowed for one entry.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; hat unkomprimiert %3 Bytes, mehr als die für einen Eintrag erlaubten %4 Bytes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; expands %3 times (%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; expandiert %3-fach (%4 Bytes aus %5), mehr als die erlaubten %6; das sieht nach einer Zip-Bombe aus.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+356"/>
        <source>Archive &quot;%1&quot;: with entry &quot;%2&quot; the archive uncompresses to more than the %3 bytes allowed in total.</source>
        <translation>Archiv &quot;%1&quot;: Mit Eintrag &quot;%2&quot; wird das Archiv entpackt größer als die insgesamt erlaubten %3 Bytes.</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Archive &quot;%1&quot; is damaged: its zip directory cannot be read to the end.</source>
        <translation>Archiv &quot;%1&quot; ist beschädigt: Sein Zip-Verzeichnis kann nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Archive &quot;%1&quot; expands %2 times overall (%3 bytes from a %4-byte file), more than the %5 allowed; this looks like a zip bomb.</source>
        <translation>Archiv &quot;%1&quot; expandiert insgesamt %2-fach (%3 Bytes aus einer Datei von %4 Bytes), mehr als die erlaubten %5; das sieht nach einer Zip-Bombe aus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Archive &quot;%1&quot; holds entry &quot;%2&quot; twice.</source>
        <translation>Archiv &quot;%1&quot; enthält den Eintrag &quot;%2&quot; zweimal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive &quot;%1&quot;: entries &quot;%2&quot; and &quot;%3&quot; differ only in letter case or Unicode form, so they overwrite each other on Windows and macOS.</source>
        <translation>Archiv &quot;%1&quot;: Die Einträge &quot;%2&quot; und &quot;%3&quot; unterscheiden sich nur in Groß-/Kleinschreibung oder Unicode-Form und überschreiben sich daher unter Windows und macOS gegenseitig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a file, but other entries use it as a folder.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist eine Datei, aber andere Einträge verwenden ihn als Ordner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+243"/>
        <source>Archive &quot;%1&quot; is damaged: entry %2 of its zip directory cannot be reached.</source>
        <translation>Archiv &quot;%1&quot; ist beschädigt: Eintrag %2 seines Zip-Verzeichnisses ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Archive &quot;%1&quot; has no file entry &quot;%2&quot;.</source>
        <translation>Archiv &quot;%1&quot; hat keinen Dateieintrag &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is damaged: %3.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist beschädigt: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its local header does not match the zip directory</source>
        <translation>sein lokaler Header passt nicht zum Zip-Verzeichnis</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>decompression cannot start</source>
        <translation>die Dekompression kann nicht beginnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to more than the %3 bytes its header declares; the archive is damaged or crafted.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; entpackt zu mehr als den %3 Bytes, die sein Header angibt; das Archiv ist beschädigt oder manipuliert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to more than the %3 bytes allowed for one entry.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; entpackt zu mehr als den für einen Eintrag erlaubten %3 Bytes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; expanded %3 times while decompressing (%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; ist beim Entpacken %3-fach expandiert (%4 Bytes aus %5), mehr als die erlaubten %6; das sieht nach einer Zip-Bombe aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: at entry &quot;%2&quot; the archive has expanded to %3 bytes, more than %4 times its file size; this looks like a zip bomb.</source>
        <translation>Archiv &quot;%1&quot;: Bei Eintrag &quot;%2&quot; ist das Archiv auf %3 Bytes angewachsen, mehr als das %4-Fache seiner Dateigröße; das sieht nach einer Zip-Bombe aus.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Cannot extract archive &quot;%1&quot;: writing entry &quot;%2&quot; failed: %3</source>
        <translation>Archiv &quot;%1&quot; kann nicht entpackt werden: Schreiben von Eintrag &quot;%2&quot; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>its data cannot be read</source>
        <translation>seine Daten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its compressed data is invalid</source>
        <translation>seine komprimierten Daten sind ungültig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its compressed data ends early</source>
        <translation>seine komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to %3 bytes, but its header declares %4; the archive is damaged or crafted.</source>
        <translation>Archiv &quot;%1&quot;: Eintrag &quot;%2&quot; entpackt zu %3 Bytes, aber sein Header gibt %4 an; das Archiv ist beschädigt oder manipuliert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its content does not match its checksum</source>
        <translation>sein Inhalt passt nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot; into &quot;%2&quot;: %3.</source>
        <translation>Archiv &quot;%1&quot; kann nicht nach &quot;%2&quot; entpackt werden: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be resolved</source>
        <translation>der Ordner kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; needs folder &quot;%3&quot;, which already exists as a file or link.</source>
        <translation>Archiv &quot;%1&quot; kann nicht entpackt werden: Eintrag &quot;%2&quot; braucht den Ordner &quot;%3&quot;, der bereits als Datei oder Link existiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot extract archive &quot;%1&quot;: folder &quot;%2&quot; for entry &quot;%3&quot; cannot be created.</source>
        <translation>Archiv &quot;%1&quot; kann nicht entpackt werden: Ordner &quot;%2&quot; für Eintrag &quot;%3&quot; kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; resolves to &quot;%3&quot;, outside the extraction folder.</source>
        <translation>Archiv &quot;%1&quot; kann nicht entpackt werden: Eintrag &quot;%2&quot; führt zu &quot;%3&quot;, außerhalb des Entpackordners.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; resolves outside the extraction folder.</source>
        <translation>Archiv &quot;%1&quot; kann nicht entpackt werden: Eintrag &quot;%2&quot; führt aus dem Entpackordner hinaus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; cannot be written to &quot;%3&quot;: %4</source>
        <translation>Archiv &quot;%1&quot; kann nicht entpackt werden: Eintrag &quot;%2&quot; kann nicht nach &quot;%3&quot; geschrieben werden: %4</translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarwriter.cpp" line="+71"/>
        <source>Cannot write archive &quot;%1&quot;: entry path &quot;%2&quot; is refused: %3.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Eintragspfad &quot;%2&quot; wird abgelehnt: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write archive &quot;%1&quot;: entry &quot;%2&quot; is given twice.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Eintrag &quot;%2&quot; ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write archive &quot;%1&quot;: entries &quot;%2&quot; and &quot;%3&quot; differ only in letter case or Unicode form, so they overwrite each other on Windows and macOS.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Die Einträge &quot;%2&quot; und &quot;%3&quot; unterscheiden sich nur in Groß-/Kleinschreibung oder Unicode-Form und überschreiben sich daher unter Windows und macOS gegenseitig.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write archive &quot;%1&quot;: source file &quot;%2&quot; for entry &quot;%3&quot; %4.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Quelldatei &quot;%2&quot; für Eintrag &quot;%3&quot; %4.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Cannot write archive &quot;%1&quot;: entry &quot;%2&quot; is a file, but other entries use it as a folder.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Eintrag &quot;%2&quot; ist eine Datei, aber andere Einträge verwenden ihn als Ordner.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot write archive &quot;%1&quot;: its TOSCA.meta has no Entry-Definitions, which Alien4Cloud needs to find the main YAML file.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Seine TOSCA.meta hat keine Entry-Definitions, die Alien4Cloud braucht, um die YAML-Hauptdatei zu finden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write archive &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in its TOSCA.meta names no entry of the archive.</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Entry-Definitions &quot;%2&quot; in seiner TOSCA.meta nennt keinen Eintrag des Archivs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write archive &quot;%1&quot;: %2</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the zip cannot be started (error %1)</source>
        <translation>das Zip kann nicht begonnen werden (Fehler %1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>entry &quot;%1&quot; cannot be added (error %2)</source>
        <translation>Eintrag &quot;%1&quot; kann nicht hinzugefügt werden (Fehler %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>entry &quot;%1&quot; cannot be written</source>
        <translation>Eintrag &quot;%1&quot; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cannot write archive &quot;%1&quot;: source file &quot;%2&quot; for entry &quot;%3&quot; cannot be read: %4</source>
        <translation>Archiv &quot;%1&quot; kann nicht geschrieben werden: Quelldatei &quot;%2&quot; für Eintrag &quot;%3&quot; kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>entry &quot;%1&quot; cannot be finished (error %2)</source>
        <translation>Eintrag &quot;%1&quot; kann nicht abgeschlossen werden (Fehler %2)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>the zip cannot be finished (error %1)</source>
        <translation>das Zip kann nicht abgeschlossen werden (Fehler %1)</translation>
    </message>
    <message>
        <location filename="../src/core/csar/toscametadata.cpp" line="+93"/>
        <source>unknown escape &quot;\%1&quot;</source>
        <translation>unbekannte Escape-Sequenz &quot;\%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad &quot;\%1&quot; escape</source>
        <translation>fehlerhafte Escape-Sequenz &quot;\%1&quot;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the closing %1 is missing</source>
        <translation>das schließende %1 fehlt</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Indented line ignored: TOSCA.meta holds one `Key: value` per line.</source>
        <translation>Eingerückte Zeile ignoriert: TOSCA.meta enthält ein `Key: value` pro Zeile.</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+33"/>
        <source>Line ignored: %1.</source>
        <translation>Zeile ignoriert: %1.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+15"/>
        <source>Line ignored: it is not a `Key: value` line.</source>
        <translation>Zeile ignoriert: Sie ist keine `Key: value`-Zeile.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line ignored: text follows the quoted value of &quot;%1&quot;.</source>
        <translation>Zeile ignoriert: Auf den Wert von &quot;%1&quot; in Anführungszeichen folgt Text.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Key &quot;%1&quot; was already given on line %2; this value is ignored.</source>
        <translation>Schlüssel &quot;%1&quot; wurde bereits in Zeile %2 angegeben; dieser Wert wird ignoriert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key &quot;%1&quot; is ignored: Alien4Cloud reads &quot;%2&quot;, with exactly that letter case.</source>
        <translation>Schlüssel &quot;%1&quot; wird ignoriert: Alien4Cloud liest &quot;%2&quot;, genau in dieser Schreibweise.</translation>
    </message>
    <message>
        <location filename="../src/core/csar/unpackedcsar.cpp" line="+47"/>
        <source>Archive &quot;%1&quot; cannot be opened: no temporary folder to unpack it into (%2).</source>
        <translation>Archiv &quot;%1&quot; kann nicht geöffnet werden: kein temporärer Ordner zum Entpacken (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/csar/temporaryfolder.cpp" line="+79"/>
        <source>there is no temporary folder (is TMPDIR, &quot;%1&quot;, an existing folder?)</source>
        <translation>es gibt keinen temporären Ordner (ist TMPDIR, &quot;%1&quot;, ein existierender Ordner?)</translation>
    </message>
</context>
<context>
    <name>CsarExporter</name>
    <message>
        <location filename="../src/core/csar/csarexporter.cpp" line="+127"/>
        <source>The archive has no name (template_name). Alien4Cloud imports an archive as name:version, so give it a name, e.g. &quot;marathon-topology&quot;.</source>
        <translation>Das Archiv hat keinen Namen (template_name). Alien4Cloud importiert ein Archiv als Name:Version, geben Sie ihm also einen Namen, z. B. &quot;marathon-topology&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive has no version (template_version). Give it one, e.g. &quot;0.1.0-SNAPSHOT&quot; while it still changes, &quot;1.0.0&quot; for a release.</source>
        <translation>Das Archiv hat keine Version (template_version). Geben Sie ihm eine, z. B. &quot;0.1.0-SNAPSHOT&quot;, solange es sich noch ändert, &quot;1.0.0&quot; für eine Freigabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The version &quot;%1&quot; is not one Alien4Cloud accepts: use numbers separated by dots, optionally followed by a qualifier, e.g. &quot;1.4.0&quot; or &quot;1.4.0-SNAPSHOT&quot;.</source>
        <translation>Die Version &quot;%1&quot; akzeptiert Alien4Cloud nicht: Verwenden Sie durch Punkte getrennte Zahlen, optional gefolgt von einem Qualifier, z. B. &quot;1.4.0&quot; oder &quot;1.4.0-SNAPSHOT&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 refers to &quot;%2&quot;, which is not in the folder of archive %3; Alien4Cloud refuses an archive whose scripts are missing. Add the file or fix the path.</source>
        <translation>%1 verweist auf &quot;%2&quot;, das nicht im Ordner von Archiv %3 liegt; Alien4Cloud lehnt ein Archiv ab, dessen Skripte fehlen. Fügen Sie die Datei hinzu oder korrigieren Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refers to &quot;%2&quot;, which is a link to a file outside the folder of archive %3; only files inside that folder go into a CSAR (it is published to the server). Copy the file into the folder instead of linking to it.</source>
        <translation>%1 verweist auf &quot;%2&quot;, einen Link auf eine Datei außerhalb des Ordners von Archiv %3; nur Dateien in diesem Ordner kommen in ein CSAR (es wird auf dem Server veröffentlicht). Kopieren Sie die Datei in den Ordner, statt auf sie zu verlinken.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not writing &quot;%1&quot;: it is &quot;%2&quot;, which the export reads, and the CSAR would replace it. Choose another output file.</source>
        <translation>&quot;%1&quot; wird nicht geschrieben: Es ist &quot;%2&quot;, das der Export liest, und das CSAR würde es ersetzen. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>The topology has %n validation errors; Alien4Cloud would refuse it or fail to deploy it. Fix them, or export anyway.</source>
        <translation>
            <numerusform>Die Topologie hat %n Validierungsfehler; Alien4Cloud würde sie ablehnen oder nicht bereitstellen können. Beheben Sie ihn, oder exportieren Sie trotzdem.</numerusform>
            <numerusform>Die Topologie hat %n Validierungsfehler; Alien4Cloud würde sie ablehnen oder nicht bereitstellen können. Beheben Sie sie, oder exportieren Sie trotzdem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported despite %n validation errors.</source>
        <translation>
            <numerusform>Trotz %n Validierungsfehler exportiert.</numerusform>
            <numerusform>Trotz %n Validierungsfehlern exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Not exported: the topology has %n validation errors. Fix them, or export anyway (--force).</source>
        <translation>
            <numerusform>Nicht exportiert: Die Topologie hat %n Validierungsfehler. Beheben Sie ihn, oder exportieren Sie trotzdem (--force).</numerusform>
            <numerusform>Nicht exportiert: Die Topologie hat %n Validierungsfehler. Beheben Sie sie, oder exportieren Sie trotzdem (--force).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Not exported: %n referenced files are missing, and Alien4Cloud refuses an archive without them:</source>
        <translation>
            <numerusform>Nicht exportiert: %n referenzierte Datei fehlt, und Alien4Cloud lehnt ein Archiv ohne sie ab:</numerusform>
            <numerusform>Nicht exportiert: %n referenzierte Dateien fehlen, und Alien4Cloud lehnt ein Archiv ohne sie ab:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Wrote %1 (%2 files).</source>
        <translation>%1 geschrieben (%2 Dateien).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type archives, in upload order:</source>
        <translation>Typarchive, in Upload-Reihenfolge:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (archive %2, referenced by %3 at %4)</source>
        <translation>%1 (Archiv %2, referenziert von %3 bei %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not exported:</source>
        <translation>Nicht exportiert:</translation>
    </message>
</context>
<context>
    <name>DiffHumanReport</name>
    <message>
        <location filename="../src/core/diff/diffhumanreport.cpp" line="+19"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>1 element changed</source>
        <translation>1 Element geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 elements changed</source>
        <translation>%1 Elemente geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 added, %2 removed, %3 modified, %4 renamed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retyped %1 -&gt; %2</source>
        <translation>Typ geändert %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Layout only (ignored with --ignore-layout): %1 nodes moved</source>
        <translation>Nur Layout (mit --ignore-layout ignoriert): %1 Knoten verschoben</translation>
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
        <location line="+261"/>
        <location line="+155"/>
        <source>no archive of the type library declares %1</source>
        <translation>kein Archiv der Typbibliothek deklariert %1</translation>
    </message>
    <message>
        <location line="-408"/>
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
        <location line="+9"/>
        <source>%1 is hosted on %2; hosting it back would make a loop</source>
        <translation>%1 wird auf %2 gehostet; umgekehrtes Hosten ergäbe eine Schleife</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%1.%2 accepts at most %n relationships</source>
        <translation>
            <numerusform>%1.%2 erlaubt höchstens %n Beziehung</numerusform>
            <numerusform>%1.%2 erlaubt höchstens %n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>capability &apos;%1&apos; of %2 is full (%n relationships at most)</source>
        <translation>
            <numerusform>Fähigkeit &apos;%1&apos; von %2 ist voll (höchstens %n Beziehung)</numerusform>
            <numerusform>Fähigkeit &apos;%1&apos; von %2 ist voll (höchstens %n Beziehungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+184"/>
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
        <location line="+12"/>
        <source>no node called &apos;%1&apos;</source>
        <translation>kein Knoten namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already a %2</source>
        <translation>%1 ist bereits ein %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change type of %1 to %2</source>
        <translation>Typ von %1 in %2 ändern</translation>
    </message>
    <message>
        <location line="+72"/>
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
    <name>GitRevision</name>
    <message>
        <location filename="../src/core/catalog/gitrevision.cpp" line="+28"/>
        <source>git could not be started (is it installed?)</source>
        <translation>git konnte nicht gestartet werden (ist es installiert?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>git exited with status %1</source>
        <translation>git endete mit Status %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not in a git repository</source>
        <translation>nicht in einem git-Repository</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>git show %1 failed: %2</source>
        <translation>git show %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write a temporary copy</source>
        <translation>eine temporäre Kopie kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../src/editing/groupactions.cpp" line="+58"/>
        <source>Add group %1</source>
        <translation>Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change group %1</source>
        <translation>Gruppe %1 ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove group %1</source>
        <translation>Gruppe %1 entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+98"/>
        <source>Mesos HA cluster</source>
        <translation>Mesos-HA-Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aurora on Mesos</source>
        <translation>Aurora auf Mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathon on Mesos</source>
        <translation>Marathon auf Mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathon with REX-Ray volumes</source>
        <translation>Marathon mit REX-Ray-Volumes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOSCA topologies (*.yml *.yaml *.csar *.zip);;YAML files (*.yml *.yaml);;CSAR archives (*.csar *.zip);;All files (*)</source>
        <translation>TOSCA-Topologien (*.yml *.yaml *.csar *.zip);;YAML-Dateien (*.yml *.yaml);;CSAR-Archive (*.csar *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>NodeContentBuilder</name>
    <message>
        <location filename="../src/gui/canvas/nodecontentbuilder.cpp" line="+125"/>
        <source>%1
Unknown type %2</source>
        <translation>%1
Unbekannter Typ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirement %1: %2 %3
Drag to a node to connect it</source>
        <translation>Anforderung %1: %2 %3
Auf einen Knoten ziehen, um sie zu verbinden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Instances: min %1, default %2, max %3</source>
        <translation>Instanzen: min. %1, Standard %2, max. %3</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../src/gui/outline/outlinemodel.cpp" line="+145"/>
        <source>&lt;p&gt;... and %1 more&lt;/p&gt;</source>
        <translation>&lt;p&gt;... und %1 weitere&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PolicyActions</name>
    <message>
        <location filename="../src/editing/policyactions.cpp" line="+63"/>
        <source>Add policy %1</source>
        <translation>Richtlinie %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change policy %1</source>
        <translation>Richtlinie %1 ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove policy %1</source>
        <translation>Richtlinie %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ProblemBadges</name>
    <message>
        <location filename="../src/gui/canvas/problembadges.cpp" line="+104"/>
        <source>Click for quick fixes</source>
        <translation>Klicken für Schnellkorrekturen</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <location filename="../src/core/validation/quickfixapplier.cpp" line="+64"/>
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
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in use by another session</source>
        <translation>%1 wird von einer anderen Sitzung verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/recovery/recoverystore.cpp" line="+51"/>
        <source>Cannot create the recovery folder %1</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
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
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Topologist recovery file</source>
        <translation>%1: keine Wiederherstellungsdatei von Topologist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: damaged header: %2</source>
        <translation>%1: beschädigter Header: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: truncated (%2 of %3 bytes)</source>
        <translation>%1: abgeschnitten (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../src/editing/sectionactions.cpp" line="+83"/>
        <source>Add input %1</source>
        <translation>Eingabe %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change input %1</source>
        <translation>Eingabe %1 ändern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove input %1</source>
        <translation>Eingabe %1 entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add output %1</source>
        <translation>Ausgabe %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change output %1</source>
        <translation>Ausgabe %1 ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove output %1</source>
        <translation>Ausgabe %1 entfernen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Set %1 of %2 as input %3</source>
        <translation>%1 von %2 als Eingabe %3 setzen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unset input of %1 of %2</source>
        <translation>Eingabe von %1 von %2 aufheben</translation>
    </message>
</context>
<context>
    <name>SeverityIcons</name>
    <message>
        <location filename="../src/gui/problems/severityicons.cpp" line="+144"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infos</source>
        <translation>Infos</translation>
    </message>
</context>
<context>
    <name>StandardExport</name>
    <message>
        <location filename="../src/gui/dialogs/standardexport.cpp" line="+31"/>
        <source>Export &amp;Standard TOSCA (%1)…</source>
        <translation>&amp;Standard-TOSCA exportieren (%1)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Export Standard TOSCA</source>
        <translation>Standard-TOSCA exportieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>CSAR archive (*.csar);;TOSCA YAML (*.yaml *.yml)</source>
        <translation>CSAR-Archiv (*.csar);;TOSCA-YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote %1 as standard TOSCA (%2).</source>
        <translation>%1 als Standard-TOSCA (%2) geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was left out.</source>
        <translation>Nichts wurde weggelassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… und %n weiterer (siehe Details)</numerusform>
            <numerusform>… und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Left out %n keys only Alien4Cloud reads:</source>
        <translation>
            <numerusform>%n Schlüssel weggelassen, den nur Alien4Cloud liest:</numerusform>
            <numerusform>%n Schlüssel weggelassen, die nur Alien4Cloud liest:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardToscaExporter</name>
    <message>
        <location filename="../src/core/standard/standardtopologycleaner.cpp" line="+70"/>
        <source>its file is an input artifact, which only Alien4Cloud has; the type&apos;s artifact applies</source>
        <translation>seine Datei ist ein Eingabe-Artefakt, das nur Alien4Cloud kennt; das Artefakt des Typs gilt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is no TOSCA version; kept in the node&apos;s metadata</source>
        <translation>„%1“ ist keine TOSCA-Version; in den Metadaten des Knotens behalten</translation>
    </message>
    <message>
        <location filename="../src/core/standard/standardtoscaexporter.cpp" line="+48"/>
        <source>Not writing &quot;%1&quot;: it is the file the topology is read from. Choose another output file.</source>
        <translation>„%1“ wird nicht geschrieben: die Topologie wird aus dieser Datei gelesen. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 refers to &quot;%2&quot;, which is not in its archive&apos;s folder; a CSAR must hold it. Add the file, fix the path, or export a YAML file instead.</source>
        <translation>%1 verweist auf „%2“, das nicht im Ordner seines Archivs liegt; ein CSAR muss es enthalten. Fügen Sie die Datei hinzu, berichtigen Sie den Pfad oder exportieren Sie stattdessen eine YAML-Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Left out %n keys only Alien4Cloud reads: %1</source>
        <translation>
            <numerusform>%n Schlüssel weggelassen, den nur Alien4Cloud liest: %1</numerusform>
            <numerusform>%n Schlüssel weggelassen, die nur Alien4Cloud liest: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not exported:</source>
        <translation>Nicht exportiert:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 (standard TOSCA, %2).</source>
        <translation>%1 geschrieben (Standard-TOSCA, %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was left out.</source>
        <translation>Nichts wurde weggelassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Left out %n keys only Alien4Cloud reads:</source>
        <translation>
            <numerusform>%n Schlüssel weggelassen, den nur Alien4Cloud liest:</numerusform>
            <numerusform>%n Schlüssel weggelassen, die nur Alien4Cloud liest:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/standard/standardtypecleaner.cpp" line="+212"/>
        <source>&quot;%1&quot; is no TOSCA version</source>
        <translation>„%1“ ist keine TOSCA-Version</translation>
    </message>
</context>
<context>
    <name>SubstitutionActions</name>
    <message>
        <location filename="../src/editing/substitutionactions.cpp" line="+99"/>
        <source>Set substituted type %1</source>
        <translation>Ersetzten Typ %1 setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove substitution</source>
        <translation>Substitution entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expose capability %1</source>
        <translation>Fähigkeit %1 freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expose requirement %1</source>
        <translation>Anforderung %1 freigeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change exposed capability %1</source>
        <translation>Freigegebene Fähigkeit %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exposed requirement %1</source>
        <translation>Freigegebene Anforderung %1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop exposing capability %1</source>
        <translation>Fähigkeit %1 nicht mehr freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop exposing requirement %1</source>
        <translation>Anforderung %1 nicht mehr freigeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map property %1</source>
        <translation>Eigenschaft %1 zuordnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change property mapping %1</source>
        <translation>Zuordnung der Eigenschaft %1 ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unmap property %1</source>
        <translation>Zuordnung der Eigenschaft %1 aufheben</translation>
    </message>
</context>
<context>
    <name>Topologist::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About Topologist</source>
        <translation>Über Topologist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;Topologist %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Topologist %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A desktop designer for TOSCA topologies deployed through Alien4Cloud.</source>
        <translation>Ein Desktop-Designer für TOSCA-Topologien, die über Alien4Cloud bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (running on %2)</source>
        <translation>%1 (läuft auf %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Topologist is free software, licensed under the GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).</source>
        <translation>Topologist ist freie Software, lizenziert unter der GNU General Public License, Version 3 oder später (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).</translation>
    </message>
</context>
<context>
    <name>Topologist::Alien4CloudPasswordStore</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpasswordstore.cpp" line="+77"/>
        <source>No keyring is used.</source>
        <translation>Es wird kein Schlüsselbund verwendet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keyring did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Topologist::Alien4CloudPush</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpush.cpp" line="+193"/>
        <source>Preparing %1</source>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot push: there is no temporary folder to prepare the archive in (%1).</source>
        <translation>Hochladen nicht möglich: Es gibt keinen temporären Ordner, um das Archiv vorzubereiten (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing file &quot;%1&quot; (%2)</source>
        <translation>fehlende Datei &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not pushed. %1</source>
        <translation>Nicht hochgeladen. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logging in as %1</source>
        <translation>Anmeldung als %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot upload %1, which the server lacks and the topology imports. %2</source>
        <translation>%1 kann nicht hochgeladen werden; dem Server fehlt es, und die Topologie importiert es. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Having Alien4Cloud check %1</source>
        <translation>Alien4Cloud prüft %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating application %1</source>
        <translation>Anwendung %1 wird angelegt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alien4Cloud %1</source>
        <translation>Alien4Cloud %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>on the server</source>
        <translation>auf dem Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: will be uploaded from the type library</source>
        <translation>fehlt: wird aus der Typbibliothek hochgeladen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Alien4Cloud refused the type archive %1, which the topology imports: %2</source>
        <translation>Alien4Cloud hat das Typarchiv %1 abgelehnt, das die Topologie importiert: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+53"/>
        <source>already up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>needs Alien4Cloud 3.0 or later</source>
        <translation>braucht Alien4Cloud 3.0 oder neuer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alien4Cloud at %1 already has %2 with different content, and a released version cannot be replaced. Bump the version (%3, say), or use a -SNAPSHOT version while the topology still changes.</source>
        <translation>Alien4Cloud unter %1 hat %2 bereits mit anderem Inhalt, und eine freigegebene Version kann nicht ersetzt werden. Erhöhen Sie die Version (etwa auf %3), oder verwenden Sie eine -SNAPSHOT-Version, solange sich die Topologie noch ändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 The topology %2 was uploaded; only the application was not created.</source>
        <translation>%1 Die Topologie %2 wurde hochgeladen; nur die Anwendung wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already up to date on the server: it has exactly this content.</source>
        <translation>%1 ist auf dem Server bereits aktuell: Er hat genau diesen Inhalt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is already up to date on %2.</source>
        <translation>%1 ist auf %2 bereits aktuell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed %1 to %2.</source>
        <translation>%1 nach %2 hochgeladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type archives uploaded first: %1.</source>
        <translation>Zuerst hochgeladene Typarchive: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application %1: %2</source>
        <translation>Anwendung %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The push to %1 was canceled.</source>
        <translation>Das Hochladen nach %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already uploaded: %1.</source>
        <translation>Bereits hochgeladen: %1.</translation>
    </message>
</context>
<context>
    <name>Topologist::BooleanValueEditor</name>
    <message>
        <location filename="../src/gui/properties/editors/booleanvalueeditor.cpp" line="+63"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/canvastool.cpp" line="+32"/>
        <source>%1 cannot satisfy %2</source>
        <translation>%1 kann %2 nicht erfüllen</translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasView</name>
    <message>
        <location filename="../src/gui/canvas/canvasview.cpp" line="+272"/>
        <source>&amp;Fix</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose in the Properties panel</source>
        <translation>im Eigenschaftenbereich wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host on</source>
        <translation>&amp;Hosten auf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>drag the card onto one</source>
        <translation>die Karte auf einen ziehen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more: %1</source>
        <translation>
            <numerusform>%n weiterer: %1</numerusform>
            <numerusform>%n weitere: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete Relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This topology has no nodes yet</source>
        <translation>Diese Topologie hat noch keine Knoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a type from the Types panel onto the canvas to add a node; drop it on a machine to host it there. File &gt; New from Template starts from a whole Mesos cluster.</source>
        <translation>Ziehen Sie einen Typ aus dem Typenbereich auf die Zeichenfläche, um einen Knoten hinzuzufügen; legen Sie ihn auf einer Maschine ab, um ihn dort zu hosten. Datei &gt; Neu aus Vorlage beginnt mit einem ganzen Mesos-Cluster.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drawing the diagram… %1 %</source>
        <translation>Diagramm wird gezeichnet … %1 %</translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasWidget</name>
    <message>
        <location filename="../src/gui/canvas/canvaswidget.cpp" line="+95"/>
        <source>Layout</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrange the whole topology automatically</source>
        <translation>Die ganze Topologie automatisch anordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the diagram in the view</source>
        <translation>Das Diagramm in die Ansicht einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom level; click for 100 %</source>
        <translation>Zoomstufe; klicken für 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the overview map</source>
        <translation>Die Übersichtskarte anzeigen</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>Auto Layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Laid out %n top-level node(s)</source>
        <translation>
            <numerusform>%n Knoten der obersten Ebene angeordnet</numerusform>
            <numerusform>%n Knoten der obersten Ebene angeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Rename cancelled</source>
        <translation>Umbenennen abgebrochen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot export to &apos;%1&apos;: use a .png or .svg file name</source>
        <translation>Export nach &apos;%1&apos; nicht möglich: Verwenden Sie einen Dateinamen mit .png oder .svg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagram is empty: there is nothing to export</source>
        <translation>Das Diagramm ist leer: Es gibt nichts zu exportieren</translation>
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
        <translation>Topologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOSCA topology diagram exported by Topologist</source>
        <translation>Von Topologist exportiertes TOSCA-Topologiediagramm</translation>
    </message>
</context>
<context>
    <name>Topologist::ChangeTypeDialog</name>
    <message>
        <location filename="../ui/changetypedialog.ui" line="+6"/>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New type of %1 (now %2):</source>
        <translation>Neuer Typ von %1 (jetzt %2):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter types by name or description</source>
        <translation>Typen nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/changetypedialog.cpp" line="+39"/>
        <source>Change &amp;Type</source>
        <translation>&amp;Typ ändern</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (abstract)</source>
        <translation>%1 (abstrakt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (current type)</source>
        <translation>%1 (aktueller Typ)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No type matches the filter.</source>
        <translation>Kein Typ passt zum Filter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has this type now.</source>
        <translation>%1 hat diesen Typ bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used here.</source>
        <translation>%1 kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (capability)</source>
        <translation>%1 (Capability)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps: %1</source>
        <translation>Behält: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drops: %1</source>
        <translation>Verwirft: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer fits its target: %1</source>
        <translation>Passt nicht mehr zum Ziel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a value for: %1</source>
        <translation>Braucht einen Wert für: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports %1</source>
        <translation>Importiert %1</translation>
    </message>
</context>
<context>
    <name>Topologist::ChangesPanel</name>
    <message>
        <location filename="../src/gui/compare/changespanel.cpp" line="+66"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End Comparison</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing and clear the marks (Esc)</source>
        <translation>Vergleich beenden und Markierungen entfernen (Esc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing compared: File &gt; Compare With shows what changed.</source>
        <translation>Nichts verglichen: Datei &gt; Vergleichen mit zeigt, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since %1</source>
        <translation>Keine Änderung seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change since %1</source>
        <translation>1 Änderung seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes since %2</source>
        <translation>%1 Änderungen seit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
</context>
<context>
    <name>Topologist::CompareController</name>
    <message>
        <location filename="../src/gui/compare/comparecontroller.cpp" line="+31"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compare &amp;With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;File…</source>
        <translation>Andere &amp;Datei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what changed between another topology file and this one</source>
        <translation>Zeigen, was sich zwischen einer anderen Topologiedatei und dieser geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Version in &amp;HEAD</source>
        <translation>Version in &amp;HEAD</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Show what changed since the file&apos;s last commit in git</source>
        <translation>Zeigen, was sich seit dem letzten git-Commit der Datei geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End Comparison</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version in &amp;HEAD (%1)</source>
        <translation>Version in &amp;HEAD (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare With Another File</source>
        <translation>Mit anderer Datei vergleichen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This topology has no file yet: save it in a git repository to compare it with the last commit.</source>
        <translation>Diese Topologie hat noch keine Datei: speichern Sie sie in einem git-Repository, um sie mit dem letzten Commit zu vergleichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of %1 in HEAD cannot be read: %2</source>
        <translation>Die Version von %1 in HEAD kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
</context>
<context>
    <name>Topologist::ConflictsPanel</name>
    <message>
        <location filename="../src/gui/compare/conflictspanel.cpp" line="+53"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours (this file)</source>
        <translation>Unsere (diese Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take &amp;Ours</source>
        <translation>&amp;Unsere nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this file&apos;s version of the element (undoable)</source>
        <translation>Die Version des Elements in dieser Datei behalten (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Ihre nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the element by their version (undoable)</source>
        <translation>Das Element durch ihre Version ersetzen (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1 merge conflict to resolve</source>
        <translation>1 Merge-Konflikt zu lösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 merge conflicts to resolve</source>
        <translation>%1 Merge-Konflikte zu lösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No merge conflicts: the file is plain TOSCA.</source>
        <translation>Keine Merge-Konflikte: die Datei ist reines TOSCA.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot settle %1: %2</source>
        <translation>%1 kann nicht geklärt werden: %2</translation>
    </message>
</context>
<context>
    <name>Topologist::ConnectTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/connecttool.cpp" line="+38"/>
        <source>Drag %1.%2 onto a highlighted node to connect it</source>
        <translation>%1.%2 auf einen hervorgehobenen Knoten ziehen, um sie zu verbinden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop the arrow on another node to re-target %1.%2</source>
        <translation>Den Pfeil auf einem anderen Knoten ablegen, um %1.%2 neu auszurichten</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 has an unknown type</source>
        <translation>%1 hat einen unbekannten Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot satisfy %2</source>
        <translation>%1 kann %2 nicht erfüllen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Release to connect %1.%2 to %3</source>
        <translation>Loslassen, um %1.%2 mit %3 zu verbinden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected: drop on a node</source>
        <translation>Nicht verbunden: auf einem Knoten ablegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship unchanged</source>
        <translation>Beziehung unverändert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected %1.%2 to %3</source>
        <translation>%1.%2 mit %3 verbunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.%2 now targets %3</source>
        <translation>%1.%2 zielt jetzt auf %3</translation>
    </message>
</context>
<context>
    <name>Topologist::DocumentAutosaver</name>
    <message>
        <location filename="../src/editing/documentautosaver.cpp" line="+69"/>
        <source>Nothing to autosave</source>
        <translation>Nichts automatisch zu speichern</translation>
    </message>
</context>
<context>
    <name>Topologist::ExportCsarDialog</name>
    <message>
        <location filename="../ui/exportcsardialog.ui" line="+36"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Archive name and version</source>
        <translation>Archivname und -version</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Also export the imported &amp;type archives (self-contained)</source>
        <translation>Auch die importierten &amp;Typarchive exportieren (eigenständig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export despite &amp;validation errors</source>
        <translation>Trotz &amp;Validierungsfehlern exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="+46"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportcsardialog.ui" line="-117"/>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="+171"/>
        <source>Export CSAR</source>
        <translation>CSAR exportieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A file with this name exists; exporting replaces it.</source>
        <translation>Eine Datei dieses Namens existiert; der Export ersetzt sie.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>e.g. marathon-topology</source>
        <translation>z. B. marathon-topology</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. 0.1.0-SNAPSHOT</source>
        <translation>z. B. 0.1.0-SNAPSHOT</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Alien4Cloud imports an archive as name:version, and this topology lacks one of them (or has a version Alien4Cloud refuses). They are added to the topology&apos;s metadata when you export; Edit &gt; Undo takes them back.</source>
        <translation>Alien4Cloud importiert ein Archiv als Name:Version, und dieser Topologie fehlt eines davon (oder sie hat eine Version, die Alien4Cloud ablehnt). Beides wird beim Export in die Metadaten der Topologie eingetragen; Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Write each type archive the topology imports as its own CSAR beside the topology&apos;s, numbered in the order Alien4Cloud needs them uploaded.</source>
        <translation>Jedes Typarchiv, das die Topologie importiert, als eigenes CSAR neben das der Topologie schreiben, nummeriert in der Reihenfolge, in der Alien4Cloud sie hochgeladen braucht.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>V&amp;ersion:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="-142"/>
        <source>The topology has 1 validation error (see the Problems list).</source>
        <translation>Die Topologie hat 1 Validierungsfehler (siehe Problemliste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topology has %1 validation errors (see the Problems list).</source>
        <translation>Die Topologie hat %1 Validierungsfehler (siehe Problemliste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export is refused unless you export despite them; Alien4Cloud is likely to refuse such an archive too.</source>
        <translation>Der Export wird abgelehnt, wenn Sie nicht trotzdem exportieren; Alien4Cloud würde ein solches Archiv wahrscheinlich auch ablehnen.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %1 and %n type archives: %2</source>
        <translation>
            <numerusform>%1 und %n Typarchiv exportiert: %2</numerusform>
            <numerusform>%1 und %n Typarchive exportiert: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSAR archives (*.csar *.zip)</source>
        <translation>CSAR-Archive (*.csar *.zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the archive a name: Alien4Cloud imports it as name:version.</source>
        <translation>Geben Sie dem Archiv einen Namen: Alien4Cloud importiert es als Name:Version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a version Alien4Cloud accepts: use numbers separated by dots, optionally followed by a qualifier, e.g. 1.4.0 or 1.4.0-SNAPSHOT.</source>
        <translation>&quot;%1&quot; ist keine Version, die Alien4Cloud akzeptiert: Verwenden Sie durch Punkte getrennte Zahlen, optional gefolgt von einem Qualifier, z. B. 1.4.0 oder 1.4.0-SNAPSHOT.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose where to write the CSAR.</source>
        <translation>Wählen Sie, wohin das CSAR geschrieben wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not exported: the topology has 1 validation error.</source>
        <translation>Nicht exportiert: Die Topologie hat 1 Validierungsfehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: the topology has %1 validation errors.</source>
        <translation>Nicht exportiert: Die Topologie hat %1 Validierungsfehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix them (they are in the Problems list), or check &quot;Export despite validation errors&quot;.</source>
        <translation>Beheben Sie sie (sie stehen in der Problemliste), oder wählen Sie „Trotz Validierungsfehlern exportieren“.</translation>
    </message>
</context>
<context>
    <name>Topologist::FloatField</name>
    <message>
        <location filename="../src/gui/properties/floatfield.cpp" line="+120"/>
        <source>Only a number can go here, such as 1.5 or 2e3</source>
        <translation>Hier ist nur eine Zahl möglich, etwa 1.5 oder 2e3</translation>
    </message>
</context>
<context>
    <name>Topologist::GroupDialog</name>
    <message>
        <location filename="../ui/groupdialog.ui" line="+6"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/groupdialog.cpp" line="+23"/>
        <source>Add Group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the name of a node; a policy could not tell them apart.</source>
        <translation>%1 ist der Name eines Knotens; eine Richtlinie könnte sie nicht unterscheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a group called %1 already.</source>
        <translation>Es gibt bereits eine Gruppe namens %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A group needs at least one member.</source>
        <translation>Eine Gruppe braucht mindestens ein Mitglied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group could not be changed.</source>
        <translation>Die Gruppe konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Topologist::GroupOutlines</name>
    <message>
        <location filename="../src/gui/canvas/groupoutlines.cpp" line="+45"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Topologist::GroupsPoliciesPanel</name>
    <message>
        <location filename="../src/gui/sections/groupspoliciespanel.cpp" line="+20"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>Topologist::InputDialog</name>
    <message>
        <location filename="../ui/inputdialog.ui" line="+6"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Required:</source>
        <translation>&amp;Erforderlich:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A value must be given at deployment</source>
        <translation>Beim Deployment muss ein Wert angegeben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Default:</source>
        <translation>&amp;Standardwert:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none (YAML flow text, e.g. 5050 or [a, b])</source>
        <translation>keiner (YAML-Flow-Text, z. B. 5050 oder [a, b])</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Constraints:</source>
        <translation>Ein&amp;schränkungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (e.g. [ { in_range: [1, 5] } ])</source>
        <translation>keine (z. B. [ { in_range: [1, 5] } ])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/inputdialog.cpp" line="+43"/>
        <source>Add Input</source>
        <translation>Eingabe hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The constraints are not YAML: %1</source>
        <translation>Die Einschränkungen sind kein YAML: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The constraints must be a list, such as [ { greater_or_equal: 1 } ].</source>
        <translation>Die Einschränkungen müssen eine Liste sein, etwa [ { greater_or_equal: 1 } ].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The constraints are not TOSCA: %1</source>
        <translation>Die Einschränkungen sind kein TOSCA: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The default is not a %1: %2</source>
        <translation>Der Standardwert ist kein %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default is not YAML: %1</source>
        <translation>Der Standardwert ist kein YAML: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An input needs a name.</source>
        <translation>Eine Eingabe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An input needs a type.</source>
        <translation>Eine Eingabe braucht einen Typ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default does not fit: %1</source>
        <translation>Der Standardwert passt nicht: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is an input called %1 already.</source>
        <translation>Es gibt bereits eine Eingabe namens %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The input could not be changed.</source>
        <translation>Die Eingabe konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Topologist::InputsOutputsPanel</name>
    <message>
        <location filename="../src/gui/sections/inputsoutputspanel.cpp" line="+31"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Topologist::IntegerField</name>
    <message>
        <location filename="../src/gui/properties/integerfield.cpp" line="+110"/>
        <source>Only a whole number from %1 to %2 can go here</source>
        <translation>Hier ist nur eine ganze Zahl von %1 bis %2 möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a whole number can go here</source>
        <translation>Hier ist nur eine ganze Zahl möglich</translation>
    </message>
</context>
<context>
    <name>Topologist::LoadProgressIndicator</name>
    <message>
        <location filename="../src/gui/mainwindow/loadprogressindicator.cpp" line="+25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop opening the file; the open topology stays as it is</source>
        <translation>Das Öffnen der Datei abbrechen; die offene Topologie bleibt, wie sie ist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening %1: %2</source>
        <translation>%1 wird geöffnet: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading…</source>
        <translation>lesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parsing…</source>
        <translation>parsen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolving types…</source>
        <translation>Typen auflösen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validating…</source>
        <translation>validieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>building the view…</source>
        <translation>Ansicht aufbauen…</translation>
    </message>
</context>
<context>
    <name>Topologist::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty topology</source>
        <translation>Eine leere Topologie beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a TOSCA topology (YAML or CSAR)</source>
        <translation>Eine TOSCA-Topologie öffnen (YAML oder CSAR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+693"/>
        <source>Open Topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <location line="-689"/>
        <location line="+1196"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-1193"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Diagram…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as a PNG or SVG image</source>
        <translation>Das Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSAR…</source>
        <translation>&amp;CSAR exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the topology as a CSAR archive Alien4Cloud can import</source>
        <translation>Die Topologie als CSAR-Archiv schreiben, das Alien4Cloud importieren kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the topology as standard TOSCA for other TOSCA tools, the types it uses included</source>
        <translation>Die Topologie als Standard-TOSCA für andere TOSCA-Werkzeuge schreiben, mit den Typen, die sie benutzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Push to Alien4Cloud…</source>
        <translation>Nach Alien4Cloud &amp;hochladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the topology, and the type archives it needs, to an Alien4Cloud server</source>
        <translation>Die Topologie und die benötigten Typarchive auf einen Alien4Cloud-Server hochladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Type &amp;Archive…</source>
        <translation>Typ&amp;archiv hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your own TOSCA types (a folder, a YAML file or a CSAR) to the type library</source>
        <translation>Eigene TOSCA-Typen (einen Ordner, eine YAML-Datei oder ein CSAR) zur Typbibliothek hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1056"/>
        <source>Type &amp;Libraries…</source>
        <translation>Typ&amp;bibliotheken…</translation>
    </message>
    <message>
        <location line="-1055"/>
        <source>Folders of TOSCA archives (checkouts of archive repositories) that topologies import from</source>
        <translation>Ordner mit TOSCA-Archiven (Checkouts von Archiv-Repositorys), aus denen Topologien importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected nodes with everything hosted on them</source>
        <translation>Die ausgewählten Knoten mit allem, was auf ihnen gehostet ist, kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change T&amp;ype…</source>
        <translation>&amp;Typ ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected node another type, keeping the values that still apply</source>
        <translation>Dem ausgewählten Knoten einen anderen Typ geben und die Werte behalten, die weiter gelten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Group Selection</source>
        <translation>Auswahl &amp;gruppieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a group of the selected nodes, for policies to apply to</source>
        <translation>Die ausgewählten Knoten zu einer Gruppe machen, auf die Richtlinien angewendet werden können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Fixes…</source>
        <translation>Korrekturen an&amp;zeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quick fixes of the selected problem or node</source>
        <translation>Die Schnellkorrekturen des ausgewählten Problems oder Knotens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Node…</source>
        <translation>Knoten &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a type by name and add it, on the selected machine when it fits</source>
        <translation>Einen Typ nach Namen suchen und hinzufügen, auf der ausgewählten Maschine, wenn er passt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;All</source>
        <translation>Alles au&amp;swählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrange &amp;Automatically</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out the whole topology, hosts with what they host</source>
        <translation>Die ganze Topologie anordnen, Hosts mit dem, was sie hosten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topologist &amp;Manual</source>
        <translation>Topologist-&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to add, host, connect, check, export and push</source>
        <translation>Wie man hinzufügt, hostet, verbindet, prüft, exportiert und hochlädt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command&apos;s keys, and the keys of the canvas</source>
        <translation>Die Tasten jedes Befehls und die Tasten der Zeichenfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Topologist</source>
        <translation>Ü&amp;ber Topologist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ypes</source>
        <translation>T&amp;ypen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Inputs and Outputs</source>
        <translation>Eingaben und Ausgaben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups and Policies</source>
        <translation>Gruppen und Richtlinien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitution</source>
        <translation>Substitution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge Conflicts</source>
        <translation>Merge-Konflikte</translation>
    </message>
    <message>
        <location line="+600"/>
        <source>%1 is now a %2 (was %3)</source>
        <translation>%1 ist jetzt ein %2 (war %3)</translation>
    </message>
    <message>
        <location line="+347"/>
        <source>Select a node or a problem to see its quick fixes</source>
        <translation>Wählen Sie einen Knoten oder ein Problem, um seine Schnellkorrekturen zu sehen</translation>
    </message>
    <message>
        <location line="-997"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Problems in this topology (click to show the list)</source>
        <translation>Probleme in dieser Topologie (klicken, um die Liste zu zeigen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template %1 cannot be read.</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New topology</source>
        <translation>Neue Topologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topology from %1</source>
        <translation>Neue Topologie aus %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening %1 cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a TOSCA topology.</source>
        <translation>Die Datei ist keine TOSCA-Topologie.</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>Copied %n nodes</source>
        <translation>
            <numerusform>%n Knoten kopiert</numerusform>
            <numerusform>%n Knoten kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Pasted %n nodes</source>
        <translation>
            <numerusform>%n Knoten eingefügt</numerusform>
            <numerusform>%n Knoten eingefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Deleting %1 also deletes the %n nodes hosted on it.</source>
        <translation>
            <numerusform>Das Löschen von %1 löscht auch den %n darauf gehosteten Knoten.</numerusform>
            <numerusform>Das Löschen von %1 löscht auch die %n darauf gehosteten Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+199"/>
        <source>%1 (no library has %2)</source>
        <translation>%1 (keine Bibliothek hat %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the libraries have version %2)</source>
        <translation>%1 (die Bibliotheken haben Version %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing Type Archives</source>
        <translation>Fehlende Typarchive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This topology imports archives that no type library holds, so some of its types are unknown:

%1</source>
        <translation>Diese Topologie importiert Archive, die keine Typbibliothek enthält, daher sind einige ihrer Typen unbekannt:

%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the versions the libraries have, or add the folder that holds these archives as a type library.</source>
        <translation>Verwenden Sie die Versionen, die die Bibliotheken haben, oder fügen Sie den Ordner mit diesen Archiven als Typbibliothek hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use Available Versions</source>
        <translation>Verfügbare Versionen &amp;verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports moved to the versions the type libraries have</source>
        <translation>Importe auf die Versionen der Typbibliotheken umgestellt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program.</source>
        <translation>%1 wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload it and lose your unsaved changes, or keep your version (saving will ask before overwriting)?</source>
        <translation>Neu laden und Ihre ungespeicherten Änderungen verlieren, oder Ihre Version behalten (Speichern fragt vor dem Überschreiben)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it, or keep your version (saving will ask before overwriting)?</source>
        <translation>Neu laden, oder Ihre Version behalten (Speichern fragt vor dem Überschreiben)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your version is kept; save it to write the file again.</source>
        <translation>Ihre Version bleibt erhalten; speichern Sie sie, um die Datei erneut zu schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reloading %1 cancelled</source>
        <translation>Neuladen von %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was deleted or moved since it was opened. Save it again?</source>
        <translation>%1 wurde seit dem Öffnen gelöscht oder verschoben. Erneut speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by another program since it was opened or saved. Overwrite those changes with your version?</source>
        <translation>%1 wurde seit dem Öffnen oder Speichern von einem anderen Programm geändert. Diese Änderungen mit Ihrer Version überschreiben?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring %1 cancelled</source>
        <translation>Wiederherstellen von %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovered version of %1 cannot be read; it is kept in %2.</source>
        <translation>Die wiederhergestellte Version von %1 kann nicht gelesen werden; sie bleibt in %2 erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovered %1: save it to keep the changes</source>
        <translation>%1 wiederhergestellt: Speichern Sie, um die Änderungen zu behalten</translation>
    </message>
    <message>
        <location line="-657"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>File and Edit Toolbar</source>
        <translation>Werkzeugleiste Datei und Bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom and Layout Toolbar</source>
        <translation>Werkzeugleiste Zoom und Anordnung</translation>
    </message>
    <message>
        <location line="+482"/>
        <location line="+24"/>
        <location line="+429"/>
        <source>Save Topology</source>
        <translation>Topologie speichern</translation>
    </message>
    <message>
        <location line="-450"/>
        <location line="+26"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Save Topology As</source>
        <translation>Topologie speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOSCA YAML (*.yml *.yaml)</source>
        <translation>TOSCA-YAML (*.yml *.yaml)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Discard all changes to %1 and reload it from disk?</source>
        <translation>Alle Änderungen an %1 verwerfen und die Datei neu von der Festplatte laden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reverting %1 cancelled</source>
        <translation>Zurücksetzen von %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+387"/>
        <source>%1 can no longer be read; your version is kept.</source>
        <translation>%1 kann nicht mehr gelesen werden; Ihre Version bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Reverted to the saved %1</source>
        <translation>Auf das gespeicherte %1 zurückgesetzt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+5"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pushing to Alien4Cloud…</source>
        <translation>Hochladen nach Alien4Cloud…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Add Type Archive</source>
        <translation>Typarchiv hinzufügen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>TOSCA archives (*.yml *.yaml *.csar *.zip);;All files (*)</source>
        <translation>TOSCA-Archive (*.yml *.yaml *.csar *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not added.</source>
        <translation>%1 wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 to the type library</source>
        <translation>%1 zur Typbibliothek hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Topologist::ManualDialog</name>
    <message>
        <location filename="../src/gui/dialogs/manualdialog.cpp" line="+14"/>
        <source>Topologist Manual</source>
        <translation>Topologist-Handbuch</translation>
    </message>
</context>
<context>
    <name>Topologist::MinimapWidget</name>
    <message>
        <location filename="../src/gui/canvas/minimapwidget.cpp" line="+26"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the overview (the map button under the canvas shows it again)</source>
        <translation>Übersicht ausblenden (der Kartenknopf unter der Arbeitsfläche zeigt sie wieder)</translation>
    </message>
</context>
<context>
    <name>Topologist::MoveTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/movetool.cpp" line="+127"/>
        <source>%1 is not something that gets hosted</source>
        <translation>%1 ist kein Typ, der auf einem Host läuft</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <source>Release to host %1 on %2</source>
        <translation>Loslassen, um %1 auf %2 zu hosten</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Release to take %1 off its host</source>
        <translation>Loslassen, um %1 von seinem Host zu nehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is hosted on %2</source>
        <translation>%1 wird auf %2 gehostet</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>%1 is now hosted on %2</source>
        <translation>%1 wird jetzt auf %2 gehostet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 off %2</source>
        <translation>%1 von %2 nehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no longer hosted on %2</source>
        <translation>%1 wird nicht mehr auf %2 gehostet</translation>
    </message>
</context>
<context>
    <name>Topologist::NameChecklist</name>
    <message>
        <location filename="../src/gui/sections/namechecklist.cpp" line="+16"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
</context>
<context>
    <name>Topologist::NodeItem</name>
    <message>
        <location filename="../src/gui/canvas/nodeitem.cpp" line="+437"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>Topologist::OutlineWidget</name>
    <message>
        <location filename="../src/gui/outline/outlinewidget.cpp" line="+44"/>
        <source>Filter nodes</source>
        <translation>Knoten filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by node name or type</source>
        <translation>Nach Knotenname oder Typ filtern</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Rename %1...</source>
        <translation>%1 umbenennen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Type of %1…</source>
        <translation>Typ von %1 ändern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show on Canvas</source>
        <translation>Auf der Zeichenfläche zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
</context>
<context>
    <name>Topologist::OutputDialog</name>
    <message>
        <location filename="../ui/outputdialog.ui" line="+6"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{ get_attribute: [ Node, attribute ] }</source>
        <translation>{ get_attribute: [ Knoten, Attribut ] }</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/outputdialog.cpp" line="+19"/>
        <source>Add Output</source>
        <translation>Ausgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The value is not YAML: %1</source>
        <translation>Der Wert ist kein YAML: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An output needs a name.</source>
        <translation>Eine Ausgabe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An output needs a value, such as { get_attribute: [ Node, attribute ] }.</source>
        <translation>Eine Ausgabe braucht einen Wert, etwa { get_attribute: [ Knoten, Attribut ] }.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is an output called %1 already.</source>
        <translation>Es gibt bereits eine Ausgabe namens %1.</translation>
    </message>
</context>
<context>
    <name>Topologist::PaletteDropTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/palettedroptool.cpp" line="+59"/>
        <source>Cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 on %2</source>
        <translation>%1 auf %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot host %2</source>
        <translation>%1 kann %2 nicht hosten</translation>
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
    <name>Topologist::PolicyDialog</name>
    <message>
        <location filename="../ui/policydialog.ui" line="+6"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Properties:</source>
        <translation>&amp;Eigenschaften:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{ level: host }</source>
        <translation>{ level: host }</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/policydialog.cpp" line="+21"/>
        <source>Add Policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type declares no properties.</source>
        <translation>Der Typ deklariert keine Eigenschaften.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type declares: %1</source>
        <translation>Der Typ deklariert: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The properties are not YAML: %1</source>
        <translation>Die Eigenschaften sind kein YAML: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The properties must be a mapping, such as { level: host }.</source>
        <translation>Die Eigenschaften müssen eine Zuordnung sein, etwa { level: host }.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a name.</source>
        <translation>Eine Richtlinie braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a type.</source>
        <translation>Eine Richtlinie braucht einen Typ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a policy called %1 already.</source>
        <translation>Es gibt bereits eine Richtlinie namens %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy could not be changed.</source>
        <translation>Die Richtlinie konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Topologist::ProblemList</name>
    <message>
        <location filename="../src/gui/problems/problemlist.cpp" line="+74"/>
        <location line="+268"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+285"/>
        <source>Clear Alien4Cloud Problems</source>
        <translation>Alien4Cloud-Probleme entfernen</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Remove the problems Alien4Cloud reported on the last push</source>
        <translation>Die Probleme entfernen, die Alien4Cloud beim letzten Hochladen gemeldet hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 info</source>
        <translation>1 Info</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 infos</source>
        <translation>%1 Infos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Copy Message</source>
        <translation>Meldung kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy with Location</source>
        <translation>Mit Ort kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy 1 Problem</source>
        <translation>1 Problem kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1 Problems</source>
        <translation>%1 Probleme kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expand All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
</context>
<context>
    <name>Topologist::ProblemModel</name>
    <message>
        <location filename="../src/gui/problems/problemmodel.cpp" line="+520"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Problems of the topology as a whole</source>
        <translation>Probleme der Topologie als Ganzes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;p&gt;&lt;i&gt;Reported by Alien4Cloud%1 on the last push; it stays until the next push or until you clear it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Von Alien4Cloud%1 beim letzten Hochladen gemeldet; bleibt bis zum nächsten Hochladen oder bis Sie es entfernen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Quick fixes (context menu):&lt;br/&gt;&amp;bull; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schnellkorrekturen (Kontextmenü):&lt;br/&gt;&amp;bull; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Alien4Cloud</source>
        <translation>Alien4Cloud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alien4Cloud · %1</source>
        <translation>Alien4Cloud · %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyEditor</name>
    <message>
        <location filename="../src/gui/properties/propertyeditor.cpp" line="+76"/>
        <source>Select a node template to see and edit its properties.</source>
        <translation>Wählen Sie eine Knotenvorlage, um ihre Eigenschaften zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Node template name: letters, digits and underscores (Alien4Cloud&apos;s rule)</source>
        <translation>Name der Knotenvorlage: Buchstaben, Ziffern und Unterstriche (Regel von Alien4Cloud)</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>  (abstract)</source>
        <translation>  (abstrakt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (unknown type)</source>
        <translation>  (unbekannter Typ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Derived from:
%1</source>
        <translation>Abgeleitet von:
%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This type has no properties.</source>
        <translation>Dieser Typ hat keine Eigenschaften.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Nothing to disconnect</source>
        <translation>Nichts zu trennen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>This type has no requirements.</source>
        <translation>Dieser Typ hat keine Anforderungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+254"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This node has %1:</source>
        <translation>Dieser Knoten hat %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This node has %1, marked on the fields below.</source>
        <translation>Dieser Knoten hat %1, markiert an den Feldern unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This node has %1, some marked on the fields below:</source>
        <translation>Dieser Knoten hat %1, einige markiert an den Feldern unten:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n nodes selected; showing the last one.</source>
        <translation>
            <numerusform>%n Knoten ausgewählt; der letzte wird gezeigt.</numerusform>
            <numerusform>%n Knoten ausgewählt; der letzte wird gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A node template needs a name.</source>
        <translation>Eine Knotenvorlage braucht einen Namen.</translation>
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
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot connect %1.%2 to %3: %4</source>
        <translation>%1.%2 kann nicht mit %3 verbunden werden: %4</translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyMappingDialog</name>
    <message>
        <location filename="../ui/propertymappingdialog.ui" line="+6"/>
        <source>Property Mapping</source>
        <translation>Eigenschaftszuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Property:</source>
        <translation>&amp;Eigenschaft:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A property of the substituted type.</source>
        <translation>Eine Eigenschaft des ersetzten Typs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given by &amp;input:</source>
        <translation>Gegeben durch &amp;Eingabe:</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/propertymappingdialog.cpp" line="+20"/>
        <source>Map Property</source>
        <translation>Eigenschaft zuordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the property the input gives.</source>
        <translation>Wählen Sie die Eigenschaft, die die Eingabe liefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topology has no input to give it: add one under Inputs and Outputs first.</source>
        <translation>Die Topologie hat keine Eingabe dafür: fügen Sie zuerst eine unter Eingaben und Ausgaben hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Property %1 is mapped already.</source>
        <translation>Eigenschaft %1 ist bereits zugeordnet.</translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyRow</name>
    <message>
        <location filename="../src/gui/properties/propertyrow.cpp" line="+102"/>
        <source>not declared by the type</source>
        <translation>nicht vom Typ deklariert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud rejects properties the type does not declare</source>
        <translation>Alien4Cloud lehnt Eigenschaften ab, die der Typ nicht deklariert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required (the default applies when not set)</source>
        <translation>Pflicht (der Standardwert gilt, wenn nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Value or TOSCA function (get_input, get_property, concat, ...)</source>
        <translation>Wert oder TOSCA-Funktion (get_input, get_property, concat, ...)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the value</source>
        <translation>Den Wert entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the default (%1)</source>
        <translation>Auf den Standardwert zurücksetzen (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plain Value</source>
        <translation>Einfacher Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expression (YAML)…</source>
        <translation>Ausdruck (YAML)…</translation>
    </message>
    <message>
        <location line="+475"/>
        <source>Set as Input</source>
        <translation>Als Eingabe setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unset Input</source>
        <translation>Eingabe aufheben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use Input</source>
        <translation>Input verwenden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Of another type than %1</source>
        <translation>Von einem anderen Typ als %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No input of type %1</source>
        <translation>Keine Eingabe vom Typ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other types</source>
        <translation>Andere Typen</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Reset to Default</source>
        <translation>Auf Standardwert zurücksetzen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[item, item]</source>
        <translation>[Element, Element]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key: value}</source>
        <translation>{Schlüssel: Wert}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{ get_input: name }  or a YAML value</source>
        <translation>{ get_input: name }  oder ein YAML-Wert</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>required property &apos;%1&apos; has no value</source>
        <translation>Pflichteigenschaft &apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Quick fixes for %1</source>
        <translation>Schnellkorrekturen für %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No inputs in this topology</source>
        <translation>Keine Inputs in dieser Topologie</translation>
    </message>
</context>
<context>
    <name>Topologist::PushDialog</name>
    <message>
        <location filename="../ui/pushdialog.ui" line="+55"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Create an &amp;application from the topology</source>
        <translation>Eine &amp;Anwendung aus der Topologie anlegen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Push despite &amp;validation errors</source>
        <translation>Trotz &amp;Validierungsfehlern hochladen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushdialog.cpp" line="+48"/>
        <source>&amp;Push</source>
        <translation>Hoch&amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Push</source>
        <translation>Hochladen abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push &amp;Again…</source>
        <translation>E&amp;rneut hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.ui" line="-163"/>
        <source>Push to Alien4Cloud</source>
        <translation>Nach Alien4Cloud hochladen</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Alien4Cloud&apos;s id for the application: letters, digits and underscores. Derived from the name until you change it.</source>
        <translation>Die ID der Anwendung bei Alien4Cloud: Buchstaben, Ziffern und Unterstriche. Aus dem Namen abgeleitet, bis Sie sie ändern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the topology even though Topologist&apos;s validator found errors in it. Alien4Cloud is likely to refuse it.</source>
        <translation>Die Topologie senden, obwohl der Validator von Topologist Fehler darin gefunden hat. Alien4Cloud wird sie wahrscheinlich ablehnen.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushdialog.cpp" line="+90"/>
        <source>No server yet: add one</source>
        <translation>Noch kein Server: fügen Sie einen hinzu</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Send the password of %1 unencrypted: %2 is plain http://, so anyone on the network can read the password and the session.</source>
        <translation>Das Passwort von %1 unverschlüsselt senden: %2 ist unverschlüsseltes http://, daher kann jeder im Netzwerk das Passwort und die Sitzung mitlesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the Alien4Cloud server to push to.</source>
        <translation>Den Alien4Cloud-Server hinzufügen, auf den hochgeladen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trusts %1</source>
        <translation>Vertraut auch %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking the keyring for the password…</source>
        <translation>Passwort wird beim Schlüsselbund angefragt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password taken from the keyring.</source>
        <translation>Passwort aus dem Schlüsselbund übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password in the keyring yet: it is stored there after the next successful login.</source>
        <translation>Noch kein Passwort im Schlüsselbund: Es wird nach der nächsten erfolgreichen Anmeldung dort gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring did not give the password (%1); enter it.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht geliefert (%1); geben Sie es ein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This build has no keyring support: the password is asked at each push and never stored.</source>
        <translation>Dieser Build unterstützt keinen Schlüsselbund: Das Passwort wird bei jedem Hochladen abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered for this server (see Edit…): it is asked at each push and never stored.</source>
        <translation>Das Passwort wird für diesen Server nicht gespeichert (siehe Bearbeiten…): Es wird bei jedem Hochladen abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring is available on this desktop: the password is asked at each push and never written to disk.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar: Das Passwort wird bei jedem Hochladen abgefragt und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the desktop&apos;s keyring.</source>
        <translation>Das Passwort wird im Schlüsselbund des Desktops aufbewahrt.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The topology was closed.</source>
        <translation>Die Topologie wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the Alien4Cloud server to push to first (Add…).</source>
        <translation>Fügen Sie zuerst den Alien4Cloud-Server hinzu, auf den hochgeladen wird (Hinzufügen…).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is plain http://: the password would travel unencrypted. Use the server&apos;s https:// address (Edit…), or confirm above that you accept sending it in clear.</source>
        <translation>%1 ist unverschlüsseltes http://: Das Passwort würde unverschlüsselt übertragen. Verwenden Sie die https://-Adresse des Servers (Bearbeiten…), oder bestätigen Sie oben, dass Sie das Senden im Klartext akzeptieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the password of %1 at %2.</source>
        <translation>Geben Sie das Passwort von %1 unter %2 ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the application a name, or do not create one.</source>
        <translation>Geben Sie der Anwendung einen Namen, oder legen Sie keine an.</translation>
    </message>
</context>
<context>
    <name>Topologist::PushProgressView</name>
    <message>
        <location filename="../src/gui/dialogs/pushprogressview.cpp" line="+37"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/pushprogressview.ui" line="+21"/>
        <source>Pushing to Alien4Cloud…</source>
        <translation>Hochladen nach Alien4Cloud…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushprogressview.cpp" line="+41"/>
        <source>Pushing to %1…</source>
        <translation>Hochladen nach %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 KiB</source>
        <translation>%1: %2 von %3 KiB</translation>
    </message>
</context>
<context>
    <name>Topologist::PushResultView</name>
    <message>
        <location filename="../ui/pushresultview.ui" line="+79"/>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushresultview.cpp" line="+49"/>
        <source>Pushed to Alien4Cloud</source>
        <translation>Nach Alien4Cloud hochgeladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not pushed</source>
        <translation>Nicht hochgeladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by Alien4Cloud</source>
        <translation>Von Alien4Cloud abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push failed</source>
        <translation>Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push canceled</source>
        <translation>Hochladen abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open application %2 in Alien4Cloud&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Anwendung %2 in Alien4Cloud öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alien4Cloud reported 1 problem; it is in the Problems list, on the node it concerns.</source>
        <translation>Alien4Cloud hat 1 Problem gemeldet; es steht in der Problemliste, beim betroffenen Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alien4Cloud reported %1 problems; they are in the Problems list, on the nodes they concern.</source>
        <translation>Alien4Cloud hat %1 Probleme gemeldet; sie stehen in der Problemliste, bei den betroffenen Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The validation errors are in the Problems list.</source>
        <translation>Die Validierungsfehler stehen in der Problemliste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the server</source>
        <translation>Bereits auf dem Server</translation>
    </message>
</context>
<context>
    <name>Topologist::QuickFixMenu</name>
    <message>
        <location filename="../src/gui/problems/quickfixmenu.cpp" line="+36"/>
        <source>No quick fix available</source>
        <translation>Keine Schnellkorrektur verfügbar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it no longer applies</source>
        <translation>sie trifft nicht mehr zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht angewendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Topologist::RecentFiles</name>
    <message>
        <location filename="../src/gui/mainwindow/recentfiles.cpp" line="+62"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
</context>
<context>
    <name>Topologist::RecoveryDialog</name>
    <message>
        <location filename="../ui/recoverydialog.ui" line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topologist did not close properly. Unsaved changes to %1 (%2) were saved automatically at %3.</source>
        <translation>Topologist wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 (%2) wurden um %3 automatisch gesichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/recovery/recoverydialog.cpp" line="+22"/>
        <source>a topology that was never saved</source>
        <translation>eine nie gespeicherte Topologie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>Verw&amp;erfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No saved file to compare with; the recovered topology:</source>
        <translation>Keine gespeicherte Datei zum Vergleichen; die wiederhergestellte Topologie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file on disk already holds these changes.</source>
        <translation>Die Datei auf der Festplatte enthält diese Änderungen bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- on disk, + recovered</source>
        <translation>- auf der Festplatte, + wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Topologist::RelationshipItem</name>
    <message>
        <location filename="../src/gui/canvas/relationshipitem.cpp" line="+114"/>
        <source>%1.%2 → %3 (%4)
%5</source>
        <translation>%1.%2 → %3 (%4)
%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no capability</source>
        <translation>keine Fähigkeit</translation>
    </message>
</context>
<context>
    <name>Topologist::RenameEditor</name>
    <message>
        <location filename="../src/gui/canvas/renameeditor.cpp" line="+13"/>
        <source>Letters, digits and underscores. Enter renames, Escape cancels.</source>
        <translation>Buchstaben, Ziffern und Unterstriche. Eingabe benennt um, Escape bricht ab.</translation>
    </message>
</context>
<context>
    <name>Topologist::RequirementGroup</name>
    <message>
        <location filename="../src/gui/properties/requirementgroup.cpp" line="+62"/>
        <source>Needs capability %1</source>
        <translation>Braucht Fähigkeit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on a node of type %1</source>
        <translation>auf einem Knoten vom Typ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occurrences %1</source>
        <translation>Vorkommen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not declared by the type</source>
        <translation>nicht vom Typ deklariert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select %1 (capability %2)</source>
        <translation>%1 auswählen (Fähigkeit %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Relationship type: %1
Capability: %2</source>
        <translation>Beziehungstyp: %1
Fähigkeit: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to…</source>
        <translation>Verbinden mit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes that can satisfy %1</source>
        <translation>Knoten, die %1 erfüllen können</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No compatible node</source>
        <translation>Kein kompatibler Knoten</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>no relationship</source>
        <translation>keine Beziehung</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Topologist::ScalarUnitValueEditor</name>
    <message>
        <location filename="../src/gui/properties/editors/scalarunitvalueeditor.cpp" line="+91"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>Topologist::SectionList</name>
    <message>
        <location filename="../src/gui/sections/sectionlist.cpp" line="+45"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Topologist::ServerProfileDialog</name>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="+86"/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remember the password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+20"/>
        <source>Add Alien4Cloud Server</source>
        <translation>Alien4Cloud-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Alien4Cloud Server</source>
        <translation>Alien4Cloud-Server bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="-74"/>
        <source>e.g. Staging (optional)</source>
        <translation>z. B. Staging (optional)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Only the system&apos;s certificate authorities</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A PEM file with the certificate of a server that uses a self-signed one. It is trusted for this server only.</source>
        <translation>Eine PEM-Datei mit dem Zertifikat eines Servers, der ein selbstsigniertes verwendet. Ihm wird nur für diesen Server vertraut.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+8"/>
        <source>The password goes to the desktop&apos;s keyring, never to a file. Where no keyring is running, it is asked at each push.</source>
        <translation>Das Passwort kommt in den Schlüsselbund des Desktops, nie in eine Datei. Wo kein Schlüsselbund läuft, wird es bei jedem Hochladen abgefragt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Topologist has no keyring support: the password is asked at each push, and never stored.</source>
        <translation>Dieser Build von Topologist unterstützt keinen Schlüsselbund: Das Passwort wird bei jedem Hochladen abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="-65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+32"/>
        <source>Enter the address of the Alien4Cloud server.</source>
        <translation>Geben Sie die Adresse des Alien4Cloud-Servers ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the user name in its own field, and no password in the address.</source>
        <translation>Setzen Sie den Benutzernamen in sein eigenes Feld und kein Passwort in die Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the user name to log in with.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Die Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted Certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Topologist::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/shortcutsdialog.cpp" line="+58"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected nodes</source>
        <translation>Die ausgewählten Knoten verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys (Shift: by one point)</source>
        <translation>Pfeiltasten (Umschalt: um einen Punkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected relationships</source>
        <translation>Die ausgewählten Beziehungen löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete, Backspace</source>
        <translation>Entf, Rücktaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Ein Ziehen abbrechen oder die Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom around the pointer</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll sideways</source>
        <translation>Seitwärts scrollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Wheel</source>
        <translation>Umschalt+Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag</source>
        <translation>Ziehen mit mittlerer Maustaste</translation>
    </message>
</context>
<context>
    <name>Topologist::SideBySide</name>
    <message>
        <location filename="../src/gui/compare/sidebyside.cpp" line="+37"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Topologist::SubstitutionPanel</name>
    <message>
        <location filename="../src/gui/sections/substitutionpanel.cpp" line="+53"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Exposed as</source>
        <translation>Freigegeben als</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The type this topology stands for</source>
        <translation>Der Typ, für den diese Topologie steht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the substitution: the topology is no type any more</source>
        <translation>Die Substitution entfernen: die Topologie ist dann kein Typ mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a type to let Alien4Cloud import this topology as a type of its own, then expose capabilities and requirements of its nodes.</source>
        <translation>Wählen Sie einen Typ, damit Alien4Cloud diese Topologie als eigenen Typ importiert, und geben Sie dann Fähigkeiten und Anforderungen ihrer Knoten frei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Alien4Cloud imports the topology as a type derived from this one, named after the archive.</source>
        <translation>Alien4Cloud importiert die Topologie als von diesem abgeleiteten Typ, benannt nach dem Archiv.</translation>
    </message>
</context>
<context>
    <name>Topologist::SubstitutionTargetDialog</name>
    <message>
        <location filename="../ui/substitutiontargetdialog.ui" line="+6"/>
        <source>Exposed Capability</source>
        <translation>Freigegebene Fähigkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exposed &amp;as:</source>
        <translation>Freigegeben &amp;als:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name the substitute type gives it; the names of the substituted type are offered.</source>
        <translation>Der Name, den der Ersatztyp ihr gibt; die Namen des ersetzten Typs werden angeboten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/gui/sections/substitutiontargetdialog.cpp" line="+42"/>
        <source>&amp;Capability:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/substitutiontargetdialog.cpp" line="-2"/>
        <source>Expose Capability</source>
        <translation>Fähigkeit freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed Capability %1</source>
        <translation>Freigegebene Fähigkeit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expose Requirement</source>
        <translation>Anforderung freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed Requirement %1</source>
        <translation>Freigegebene Anforderung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requirement:</source>
        <translation>&amp;Anforderung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name it has on the node</source>
        <translation>Der Name, den sie am Knoten hat</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a node and one of its capabilities.</source>
        <translation>Wählen Sie einen Knoten und eine seiner Fähigkeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a node and one of its requirements.</source>
        <translation>Wählen Sie einen Knoten und eine seiner Anforderungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topology exposes a capability called %1 already.</source>
        <translation>Die Topologie gibt bereits eine Fähigkeit namens %1 frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topology exposes a requirement called %1 already.</source>
        <translation>Die Topologie gibt bereits eine Anforderung namens %1 frei.</translation>
    </message>
</context>
<context>
    <name>Topologist::TopologyDocument</name>
    <message>
        <location filename="../src/editing/topologydocument.cpp" line="+295"/>
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
        <translation>Typbibliotheken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A type library is a folder of TOSCA archives at any depth, such as a checkout of an Alien4Cloud archive repository. Topologies import the archives they name from here.</source>
        <translation>Eine Typbibliothek ist ein Ordner mit TOSCA-Archiven in beliebiger Tiefe, etwa ein Checkout eines Alien4Cloud-Archiv-Repositorys. Topologien importieren die Archive, die sie nennen, von hier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Libraries:</source>
        <translation>&amp;Bibliotheken:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="+137"/>
        <source>Ar&amp;chives:</source>
        <translation>Ar&amp;chive:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definitions file</source>
        <translation>Definitionsdatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="+1"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="-77"/>
        <location line="+23"/>
        <source>Add Type Library</source>
        <translation>Typbibliothek hinzufügen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 holds no TOSCA archive Topologist can use.</source>
        <translation>%1 enthält kein TOSCA-Archiv, das Topologist verwenden kann.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 archives, %3 problems</source>
        <translation>%1
%2 Archive, %3 Probleme</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ar&amp;chives (%1):</source>
        <translation>Ar&amp;chive (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Probleme (%1):</translation>
    </message>
</context>
<context>
    <name>Topologist::TypePalette</name>
    <message>
        <location filename="../src/gui/palette/typepalette.cpp" line="+32"/>
        <source>Search types</source>
        <translation>Typen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, description or camel-case initials (&quot;msl&quot; finds MesosSlave).
Down moves into the list; Escape clears.</source>
        <translation>Nach Name, Beschreibung oder CamelCase-Initialen filtern (&quot;msl&quot; findet MesosSlave).
Pfeil nach unten wechselt in die Liste; Escape leert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only the types that can be hosted on the selected node or that satisfy one of its open requirements</source>
        <translation>Nur die Typen zeigen, die auf dem ausgewählten Knoten gehostet werden können oder eine seiner offenen Anforderungen erfüllen</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Only types that fit %1</source>
        <translation>Nur Typen, die zu %1 passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only types that fit the selection</source>
        <translation>Nur Typen, die zur Auswahl passen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 type fits %1</source>
        <translation>1 Typ passt zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 types fit %2</source>
        <translation>%1 Typen passen zu %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No type matching &quot;%1&quot; fits %2.</source>
        <translation>Kein Typ, der zu &quot;%1&quot; passt, passt zu %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No type matches &quot;%1&quot;.</source>
        <translation>Kein Typ passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No type of the library fits %1.</source>
        <translation>Kein Typ der Bibliothek passt zu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The type library is empty.</source>
        <translation>Die Typbibliothek ist leer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No type matches &quot;%1&quot;</source>
        <translation>Kein Typ passt zu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Topologist::TypePaletteDelegate</name>
    <message>
        <location filename="../src/gui/palette/typepalettedelegate.cpp" line="+156"/>
        <source>abstract</source>
        <translation>abstrakt</translation>
    </message>
</context>
<context>
    <name>Topologist::TypePaletteModel</name>
    <message>
        <location filename="../src/gui/palette/typepalettemodel.cpp" line="+136"/>
        <source> &lt;i&gt;(abstract)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(abstrakt)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Derived from %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abgeleitet von %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;i&gt;Abstract: Alien4Cloud substitutes a concrete type (for example the cloud&apos;s own machine type) at deployment. You can still use it in a topology.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Abstrakt: Alien4Cloud setzt bei der Bereitstellung einen konkreten Typ ein (etwa den eigenen Maschinentyp der Cloud). Sie können ihn trotzdem in einer Topologie verwenden.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;From %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Aus %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Imported by this topology.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Von dieser Topologie importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Not imported yet: adding one of its types adds the import.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Noch nicht importiert: Das Hinzufügen eines seiner Typen fügt den Import hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1: drag onto the canvas (onto a node to host it there), or double-click to add</source>
        <translation>%1: auf die Zeichenfläche ziehen (auf einen Knoten, um ihn dort zu hosten), oder doppelklicken zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (abstract)</source>
        <translation>%1 (abstrakt)</translation>
    </message>
</context>
<context>
    <name>Topologist::WorkflowView</name>
    <message>
        <location filename="../src/gui/workflow/workflowview.cpp" line="+32"/>
        <source>The workflow to show</source>
        <translation>Der anzuzeigende Workflow</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 (generated)</source>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the topology&apos;s)</source>
        <translation>%1 (der Topologie)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n Maschine</numerusform>
            <numerusform>%n Maschinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s) never run: they are in a loop or wait on one</source>
        <translation>
            <numerusform>%n Schritt läuft nie: er liegt in einer Schleife oder wartet auf eine</numerusform>
            <numerusform>%n Schritte laufen nie: sie liegen in einer Schleife oder warten auf eine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyLoader</name>
    <message>
        <location filename="../src/core/catalog/topologyloader.cpp" line="+94"/>
        <source>imported file &apos;%1&apos; is an absolute path; an archive imports only its own files</source>
        <translation>die importierte Datei &apos;%1&apos; ist ein absoluter Pfad; ein Archiv importiert nur seine eigenen Dateien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported file &apos;%1&apos; lies outside the archive; an archive imports only its own files</source>
        <translation>die importierte Datei &apos;%1&apos; liegt außerhalb des Archivs; ein Archiv importiert nur seine eigenen Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported &apos;%1&apos; is not a regular file, so it is not read</source>
        <translation>das importierte &apos;%1&apos; ist keine reguläre Datei und wird daher nicht gelesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no archive of that name is in the type library; add it with Types &gt; Type Libraries or --types</source>
        <translation>kein Archiv dieses Namens ist in der Typbibliothek; fügen Sie es mit Typen &gt; Typbibliotheken oder --types hinzu</translation>
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
        <translation>das importierte Archiv &apos;%1&apos; braucht &apos;%2&apos; (%3), das in keiner Typbibliothek ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported archive &apos;%1&apos; has errors</source>
        <translation>das importierte Archiv &apos;%1&apos; hat Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported archive &apos;%1&apos; needs &apos;%2&apos;, which has errors</source>
        <translation>das importierte Archiv &apos;%1&apos; braucht &apos;%2&apos;, das Fehler hat</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>imported archive &apos;%1&apos; clashes with another import: %2 (%3)</source>
        <translation>das importierte Archiv &apos;%1&apos; kollidiert mit einem anderen Import: %2 (%3)</translation>
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
        <location filename="../src/core/yaml/toscareader.cpp" line="+60"/>
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
        <location filename="../src/core/yaml/constraintreader.cpp" line="+45"/>
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
        <location line="+13"/>
        <source>a constraint must be &apos;operator: value&apos;</source>
        <translation>eine Einschränkung muss die Form &apos;Operator: Wert&apos; haben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>constraints must be a list</source>
        <translation>constraints muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/core/yaml/toscareader.cpp" line="+35"/>
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
        <location line="+83"/>
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
        <translation>Archiv %1 ist bereits in der Typbibliothek (aus %2); die Kopie aus %3 wird nicht hinzugefügt</translation>
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
        <translation>kann nicht gelesen werden und wird daher übersprungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declares no template_name or template_version, so it cannot be imported and is skipped</source>
        <translation>deklariert kein template_name oder template_version, kann daher nicht importiert werden und wird übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 is already known from %2; this copy is skipped</source>
        <translation>Archiv %1 ist bereits aus %2 bekannt; diese Kopie wird übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 has errors; topologies that import it will not load: %2</source>
        <translation>Archiv %1 hat Fehler; Topologien, die es importieren, werden nicht geladen: %2</translation>
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
        <translation>%1 &apos;%2&apos; ist auch vom importierten %3 deklariert; hier wird diese Deklaration verwendet, aber Alien4Cloud lehnt den Import eines Archivs ab, das einen Typ eines anderen Archivs neu deklariert</translation>
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
    <message>
        <location filename="../src/editing/commands/replacearchivecommand.cpp" line="+14"/>
        <source>Change topology</source>
        <translation>Topologie ändern</translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setmetadatatagscommand.cpp" line="+14"/>
        <source>Change metadata</source>
        <translation>Metadaten ändern</translation>
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
        <translation>Stattdessen %1 auf %2 hosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1.%2 to %3 instead</source>
        <translation>Stattdessen %1.%2 mit %3 verbinden</translation>
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
        <location filename="../src/core/validation/rules/inputreferencerule.cpp" line="+37"/>
        <source>get_input refers to &apos;%1&apos;, which is not an input of this topology</source>
        <translation>get_input verweist auf &apos;%1&apos;, diese Topologie hat aber keinen solchen Input</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>input &apos;%1&apos; is of type %2, but property &apos;%3&apos; takes %4</source>
        <translation>die Eingabe &apos;%1&apos; hat den Typ %2, aber die Eigenschaft &apos;%3&apos; nimmt %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/missinghostrule.cpp" line="+35"/>
        <source>%1 is not hosted on anything; it must be hosted on a %2</source>
        <translation>%1 wird nirgends gehostet; es muss auf einem %2 gehostet werden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/filterclause.cpp" line="+89"/>
        <source>%1 needs %2 with %3</source>
        <translation>%1 braucht %2 mit %3</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 %2, but it is not set</source>
        <translation>%1 %2, aber es ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, but %3</source>
        <translation>%1 %2, aber %3</translation>
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
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodefilterrule.cpp" line="+90"/>
        <source>%1 needs %2 to have a %3 capability, and neither it nor its hosts have one</source>
        <translation>%1 braucht an %2 eine Fähigkeit %3, aber weder %2 noch seine Hosts haben eine</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodenamerule.cpp" line="+34"/>
        <source>&apos;%1&apos; is a valid TOSCA name, but Alien4Cloud refuses node names other than letters, digits and underscores; rename it before pushing to Alien4Cloud</source>
        <translation>&apos;%1&apos; ist ein gültiger TOSCA-Name, aber Alien4Cloud lehnt Knotennamen mit anderen Zeichen als Buchstaben, Ziffern und Unterstrichen ab; benennen Sie ihn vor dem Hochladen nach Alien4Cloud um</translation>
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
        <location filename="../src/core/validation/rules/propertiesrule.cpp" line="+151"/>
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
        <translation>unbekannte Eigenschaft &apos;%1&apos;; ihr Typ deklariert sie nicht</translation>
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
        <translation>Anforderung &apos;%1&apos; verwendet %2, einen Obertyp des von ihrem Typ deklarierten %3; nur was %2 definiert, wird geprüft und ausgeführt</translation>
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
        <translation>%1 ist %2; eine Instanzanzahl kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>instance counts must satisfy min ≤ default ≤ max, but they are %1 ≤ %2 ≤ %3</source>
        <translation>Instanzanzahlen müssen min ≤ default ≤ max erfüllen, sind aber %1 ≤ %2 ≤ %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>instance counts must satisfy min ≤ max, but they are %1 ≤ %2</source>
        <translation>Instanzanzahlen müssen min ≤ max erfüllen, sind aber %1 ≤ %2</translation>
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
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="+30"/>
        <location filename="../src/core/validation/rulesfile/requirescheck.cpp" line="+89"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknowncapabilityrule.cpp" line="+33"/>
        <source>%1 has no capability &apos;%2&apos;, so these values have no effect. Its capabilities are: %3</source>
        <translation>%1 hat keine Fähigkeit &apos;%2&apos;, daher haben diese Werte keine Wirkung. Seine Fähigkeiten sind: %3</translation>
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
        <location line="+20"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the type to &apos;%1&apos;</source>
        <translation>Typ in &apos;%1&apos; ändern</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/validtargettypesrule.cpp" line="+36"/>
        <source>%1 may only target %2, but %3.%4 targets %5 (%6, capability %7)</source>
        <translation>%1 darf nur auf %2 zielen, aber %3.%4 zielt auf %5 (%6, Fähigkeit %7)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oddcheck.cpp" line="+42"/>
        <source>an odd number</source>
        <translation>eine ungerade Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oddrangecheck.cpp" line="+17"/>
        <source>odd_range needs {min: &lt;path&gt;, max: &lt;path&gt;}</source>
        <translation>odd_range braucht {min: &lt;path&gt;, max: &lt;path&gt;}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a single odd number</source>
        <translation>eine einzelne ungerade Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oneofcheck.cpp" line="+15"/>
        <source>one_of needs a non-empty list of alternatives, each a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation>one_of braucht eine nicht leere Liste von Alternativen, jede ein Mapping {&lt;path&gt;: &lt;value&gt;, ...}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an alternative of one_of must be a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation>eine Alternative von one_of muss ein Mapping {&lt;path&gt;: &lt;value&gt;, ...} sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the value of &apos;%1&apos; must be a plain value</source>
        <translation>der Wert von &apos;%1&apos; muss ein einfacher Wert sein</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(%1 unset)</source>
        <translation>(%1 nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/requirescheck.cpp" line="-60"/>
        <source>requires needs {requirement: &lt;name&gt;, target_type: &lt;node type&gt;}</source>
        <translation>requires braucht {requirement: &lt;name&gt;, target_type: &lt;node type&gt;}</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulecheck.cpp" line="+21"/>
        <source>check must be a mapping with exactly one of: %1</source>
        <translation>check muss ein Mapping mit genau einem von %1 sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown check &apos;%1&apos;; the checks are: %2</source>
        <translation>unbekannter Check &apos;%1&apos;; die Checks sind: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulefix.cpp" line="+71"/>
        <source>a fix does one thing; write several fixes as a list</source>
        <translation>eine Korrektur tut genau eine Sache; schreiben Sie mehrere Korrekturen als Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a fix is a keyword (closest, connect, nearest_odd) or a mapping such as {set: {&lt;path&gt;: &lt;value&gt;}}</source>
        <translation>eine Korrektur ist ein Schlüsselwort (closest, connect, nearest_odd) oder ein Mapping wie {set: {&lt;path&gt;: &lt;value&gt;}}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown fix &apos;%1&apos;; the fixes are: %2</source>
        <translation>unbekannte Korrektur &apos;%1&apos;; die Korrekturen sind: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>set needs a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation>set braucht ein Mapping {&lt;path&gt;: &lt;value&gt;, ...}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set writes plain values only</source>
        <translation>set schreibt nur einfache Werte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nearest_odd takes nothing or {min: &lt;path&gt;, max: &lt;path&gt;}</source>
        <translation>nearest_odd nimmt nichts oder {min: &lt;path&gt;, max: &lt;path&gt;}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connect takes same_compute (the default) or any</source>
        <translation>connect nimmt same_compute (Standard) oder any</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+3"/>
        <source>set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On %1: %2</source>
        <translation>Auf %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulepath.cpp" line="+36"/>
        <source>&apos;%1&apos; is not a value path; write properties.&lt;name&gt; or capabilities.&lt;capability name or type&gt;.&lt;property&gt;</source>
        <translation>&apos;%1&apos; ist kein Wertpfad; schreiben Sie properties.&lt;name&gt; oder capabilities.&lt;Fähigkeitsname oder -typ&gt;.&lt;Eigenschaft&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesfile.cpp" line="+133"/>
        <source>rule %1 names the node type &apos;%2&apos;, which neither its archive nor the archives it imports declare; the rule never applies</source>
        <translation>Regel %1 nennt den Knotentyp &apos;%2&apos;, den weder ihr Archiv noch die von ihm importierten Archive deklarieren; die Regel greift nie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a Topologist rules file of a version this program reads: it must start with &apos;topologist_rules: %1&apos;</source>
        <translation>keine Topologist-Regeldatei einer Version, die dieses Programm liest: Sie muss mit &apos;topologist_rules: %1&apos; beginnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rules file</source>
        <translation>eine Regeldatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation>&apos;rules&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a rule must be a mapping</source>
        <translation>eine Regel muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a rule</source>
        <translation>eine Regel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rule has no &apos;%1&apos;</source>
        <translation>der Regel fehlt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>the code &apos;%1&apos; must be letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter (e.g. ACME-DB-001)</source>
        <translation>der Code &apos;%1&apos; muss aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; bestehen und mit einem Buchstaben beginnen (z. B. ACME-DB-001)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the code %1 is already used by the rule at %2; codes must be unique</source>
        <translation>der Code %1 wird bereits von der Regel bei %2 verwendet; Codes müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>severity must be error, warning or info, not &apos;%1&apos;</source>
        <translation>severity muss error, warning oder info sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown placeholder {%1}; the placeholders are {%2}</source>
        <translation>unbekannter Platzhalter {%1}; die Platzhalter sind {%2}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the fix %1 does not go with the check %2</source>
        <translation>die Korrektur %1 passt nicht zum Check %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesubject.cpp" line="+36"/>
        <source>unknown subject step &apos;%1&apos;; the steps are host, compute, target:&lt;requirement&gt; and sources:&lt;requirement&gt;</source>
        <translation>unbekannter Subjektschritt &apos;%1&apos;; die Schritte sind host, compute, target:&lt;requirement&gt; und sources:&lt;requirement&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesyntax.cpp" line="+31"/>
        <source>%1 must be a plain, non-empty value</source>
        <translation>%1 muss ein einfacher, nicht leerer Wert sein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 must be a name or a non-empty list of names</source>
        <translation>%1 muss ein Name oder eine nicht leere Liste von Namen sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown key &apos;%1&apos; in %2; known keys: %3</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2; bekannte Schlüssel: %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/versioncheck.cpp" line="+17"/>
        <source>version needs {path: &lt;path&gt;, equal | at_least | at_most: &lt;version&gt;}</source>
        <translation>version braucht {path: &lt;path&gt;, equal | at_least | at_most: &lt;version&gt;}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version needs exactly one of equal, at_least and at_most</source>
        <translation>version braucht genau eines von equal, at_least und at_most</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a version (e.g. 0.28.0 or 0.25.0-0.2.70)</source>
        <translation>&apos;%1&apos; ist keine Version (z. B. 0.28.0 oder 0.25.0-0.2.70)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unset (the latest version)</source>
        <translation>nicht gesetzt (die neueste Version)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/outputreferencerule.cpp" line="+45"/>
        <source>output &apos;%1&apos; reads %2 of &apos;%3&apos;, which is not a node of this topology</source>
        <translation>die Ausgabe &apos;%1&apos; liest %2 von &apos;%3&apos;, das kein Knoten dieser Topologie ist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>output &apos;%1&apos; reads &apos;%2&apos; of %3, but its type %4 declares no such %5</source>
        <translation>die Ausgabe &apos;%1&apos; liest &apos;%2&apos; von %3, aber dessen Typ %4 deklariert kein solches %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>attribute or property</source>
        <translation>Attribut oder Eigenschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/customworkflowrule.cpp" line="+58"/>
        <source>workflow %1: step %2 targets %3, which is not a node template</source>
        <translation>Workflow %1: Schritt %2 zielt auf %3, das keine Knotenvorlage ist</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>workflow %1: %2 of step %3 names %4, which is not a step of the workflow</source>
        <translation>Workflow %1: %2 von Schritt %3 nennt %4, das kein Schritt des Workflows ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>workflow %1: steps %2 wait for each other in a loop; none runs</source>
        <translation>Workflow %1: die Schritte %2 warten im Kreis aufeinander; keiner läuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>workflow %1: steps %2 never run: they wait on a loop</source>
        <translation>Workflow %1: die Schritte %2 laufen nie, da sie auf eine Schleife warten</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/installorderrule.cpp" line="+38"/>
        <source>install order loop: %1 each wait for another of them to be started, so none is ever installed</source>
        <translation>Schleife in der Installationsreihenfolge: %1 warten jeweils darauf, dass ein anderer von ihnen gestartet ist, daher wird keiner je installiert</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>never installed: it waits for %1, which is in an install order loop</source>
        <translation>nie installiert: wartet auf %1, das in einer Schleife der Installationsreihenfolge liegt</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/groupmembersrule.cpp" line="+37"/>
        <source>group &apos;%1&apos; is of type %2, which no imported archive declares</source>
        <translation>Gruppe &apos;%1&apos; hat den Typ %2, den kein importiertes Archiv deklariert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>group &apos;%1&apos; lists &apos;%2&apos; as a member, which is not a node of this topology</source>
        <translation>Gruppe &apos;%1&apos; führt &apos;%2&apos; als Mitglied, das kein Knoten dieser Topologie ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>group &apos;%1&apos; admits members of type %2, but its member %3 is a %4</source>
        <translation>Gruppe &apos;%1&apos; lässt Mitglieder vom Typ %2 zu, aber ihr Mitglied %3 ist ein %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/policypropertiesrule.cpp" line="+61"/>
        <source>policy &apos;%1&apos; sets &apos;%2&apos;, which its type %3 does not declare</source>
        <translation>Richtlinie &apos;%1&apos; setzt &apos;%2&apos;, das ihr Typ %3 nicht deklariert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>policy &apos;%1&apos;, property &apos;%2&apos;: %3</source>
        <translation>Richtlinie &apos;%1&apos;, Eigenschaft &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>policy &apos;%1&apos; leaves the required property &apos;%2&apos; unset</source>
        <translation>Richtlinie &apos;%1&apos; lässt die erforderliche Eigenschaft &apos;%2&apos; ungesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/policytargetsrule.cpp" line="+46"/>
        <source>policy &apos;%1&apos; has no type</source>
        <translation>Richtlinie &apos;%1&apos; hat keinen Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy &apos;%1&apos; is of type %2, which no imported archive declares</source>
        <translation>Richtlinie &apos;%1&apos; hat den Typ %2, den kein importiertes Archiv deklariert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>policy &apos;%1&apos; targets &apos;%2&apos;, which is neither a node nor a group of this topology</source>
        <translation>Richtlinie &apos;%1&apos; zielt auf &apos;%2&apos;, das weder Knoten noch Gruppe dieser Topologie ist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>policy &apos;%1&apos; applies to %2, but its target %3 is a %4</source>
        <translation>Richtlinie &apos;%1&apos; gilt für %2, aber ihr Ziel %3 ist ein %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/sectionreferences.cpp" line="+33"/>
        <source>Remove %1 from group %2</source>
        <translation>%1 aus Gruppe %2 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from the targets of policy %2</source>
        <translation>%1 aus den Zielen der Richtlinie %2 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/substitutionpropertyrule.cpp" line="+57"/>
        <source>property &apos;%1&apos; of the substituted type %2 is required, but no input gives it, so the topology never reads what a user of the type sets: add an input called %1, or map the property onto an input</source>
        <translation>Eigenschaft &apos;%1&apos; des ersetzten Typs %2 ist erforderlich, aber keine Eingabe liefert sie, also liest die Topologie nie, was ein Nutzer des Typs setzt: fügen Sie eine Eingabe namens %1 hinzu oder ordnen Sie die Eigenschaft einer Eingabe zu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>substitution property &apos;%1&apos; is no property of the substituted type %2</source>
        <translation>Substitutionseigenschaft &apos;%1&apos; ist keine Eigenschaft des ersetzten Typs %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>substitution property &apos;%1&apos; is given by input &apos;%2&apos;, which is not an input of this topology</source>
        <translation>Substitutionseigenschaft &apos;%1&apos; wird durch Eingabe &apos;%2&apos; geliefert, die keine Eingabe dieser Topologie ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>substitution property &apos;%1&apos; is mapped onto input &apos;%2&apos;, but Alien4Cloud ignores property mappings and makes input &apos;%2&apos; a property called %2: rename the input to %1</source>
        <translation>Substitutionseigenschaft &apos;%1&apos; ist Eingabe &apos;%2&apos; zugeordnet, aber Alien4Cloud ignoriert Eigenschaftszuordnungen und macht Eingabe &apos;%2&apos; zu einer Eigenschaft namens %2: benennen Sie die Eingabe in %1 um</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/substitutiontargetrule.cpp" line="+85"/>
        <source>substitution capability &apos;%1&apos; is not written [ node, capability ]</source>
        <translation>Substitutionsfähigkeit &apos;%1&apos; ist nicht als [ Knoten, Fähigkeit ] geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>substitution requirement &apos;%1&apos; is not written [ node, requirement ]</source>
        <translation>Substitutionsanforderung &apos;%1&apos; ist nicht als [ Knoten, Anforderung ] geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>substitution capability &apos;%1&apos; maps onto node &apos;%2&apos;, which is not a node of this topology</source>
        <translation>Substitutionsfähigkeit &apos;%1&apos; verweist auf Knoten &apos;%2&apos;, der kein Knoten dieser Topologie ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>substitution requirement &apos;%1&apos; maps onto node &apos;%2&apos;, which is not a node of this topology</source>
        <translation>Substitutionsanforderung &apos;%1&apos; verweist auf Knoten &apos;%2&apos;, der kein Knoten dieser Topologie ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>substitution capability &apos;%1&apos; maps onto capability &apos;%2&apos; of %3, but its type %4 has no such capability</source>
        <translation>Substitutionsfähigkeit &apos;%1&apos; verweist auf Fähigkeit &apos;%2&apos; von %3, aber dessen Typ %4 hat keine solche Fähigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>substitution requirement &apos;%1&apos; maps onto requirement &apos;%2&apos; of %3, but its type %4 has no such requirement</source>
        <translation>Substitutionsanforderung &apos;%1&apos; verweist auf Anforderung &apos;%2&apos; von %3, aber dessen Typ %4 hat keine solche Anforderung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>substitution capability &apos;%1&apos; maps onto %2.%3, of type %4, but capability &apos;%1&apos; of %5 is of type %6, which whatever connects to the service expects</source>
        <translation>Substitutionsfähigkeit &apos;%1&apos; verweist auf %2.%3 vom Typ %4, aber Fähigkeit &apos;%1&apos; von %5 hat den Typ %6, den alles erwartet, was sich mit dem Dienst verbindet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>substitution requirement &apos;%1&apos; maps onto %2.%3, which needs %4, but requirement &apos;%1&apos; of %5 may be connected to any %6</source>
        <translation>Substitutionsanforderung &apos;%1&apos; verweist auf %2.%3, das %4 braucht, aber Anforderung &apos;%1&apos; von %5 darf mit jedem %6 verbunden werden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/substitutiontyperule.cpp" line="+28"/>
        <source>the substitution mapping names no node_type: choose the type this topology stands for</source>
        <translation>die Substitutionszuordnung nennt keinen node_type: wählen Sie den Typ, für den diese Topologie steht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the substitution mapping&apos;s node_type %1 is declared neither in this topology nor in its imports</source>
        <translation>der node_type %1 der Substitutionszuordnung ist weder in dieser Topologie noch in ihren Importen deklariert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the substituted type %1 is not abstract; Alien4Cloud lets a topology stand only for an abstract type</source>
        <translation>der ersetzte Typ %1 ist nicht abstrakt; Alien4Cloud lässt eine Topologie nur für einen abstrakten Typ stehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this file declares types and a substitution mapping; Alien4Cloud refuses substitution in an archive that declares types: move the types to an archive of their own</source>
        <translation>diese Datei deklariert Typen und eine Substitutionszuordnung; Alien4Cloud lehnt Substitution in einem Archiv ab, das Typen deklariert: verschieben Sie die Typen in ein eigenes Archiv</translation>
    </message>
</context>
<context>
    <name>WorkflowDiagram</name>
    <message>
        <location filename="../src/gui/workflow/workflowdiagram.cpp" line="+122"/>
        <source>orchestrator</source>
        <translation>Orchestrator</translation>
    </message>
</context>
<context>
    <name>WorkflowStepItem</name>
    <message>
        <location filename="../src/gui/workflow/workflowstepitem.cpp" line="+31"/>
        <source>%1 by the location</source>
        <translation>%1 durch den Standort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>relationship %1 of %2, run on %3</source>
        <translation>Beziehung %1 von %2, ausgeführt auf %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never runs: it is in a loop</source>
        <translation>läuft nie: er liegt in einer Schleife</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never runs: it waits on a loop</source>
        <translation>läuft nie: er wartet auf eine Schleife</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../src/core/yaml/yamlvaluereader.cpp" line="+447"/>
        <source>YAML syntax error: unexpected character</source>
        <translation>YAML-Syntaxfehler: unerwartetes Zeichen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>YAML syntax error: this alias refers to a collection that contains it</source>
        <translation>YAML-Syntaxfehler: Dieser Alias verweist auf eine Sammlung, die ihn enthält</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aliases nest the YAML deeper than %1 levels; this is not a TOSCA file</source>
        <translation>Aliase verschachteln das YAML tiefer als %1 Ebenen; das ist keine TOSCA-Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>YAML syntax error: this quoted string is never closed; it would swallow the rest of the file</source>
        <translation>YAML-Syntaxfehler: Diese Zeichenkette in Anführungszeichen wird nie geschlossen; sie würde den Rest der Datei verschlucken</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>content after the end of the YAML document; a TOSCA file holds one document</source>
        <translation>Inhalt nach dem Ende des YAML-Dokuments; eine TOSCA-Datei enthält ein Dokument</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>aliases expand the document to more than %1 values, far more than it holds as written; aliases that repeat each other are not accepted</source>
        <translation>Aliase erweitern das Dokument auf mehr als %1 Werte, weit mehr als es geschrieben enthält; Aliase, die sich gegenseitig wiederholen, werden nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the document holds more than %1 YAML values; no TOSCA topology is that large</source>
        <translation>das Dokument enthält mehr als %1 YAML-Werte; keine TOSCA-Topologie ist so groß</translation>
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
        <translation>Schlüssel &apos;%1&apos; ist wiederholt (Zeilen %2 und %3); der Wert in Zeile %3 ersetzt den in Zeile %2, wie in Alien4Cloud</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the file is not valid UTF-8 text (first bad byte here); save it as UTF-8</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (erstes ungültiges Byte hier); bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the flow collections ([...], {...}) hold more than %1 YAML values by here; yaml-cpp would hold them all in memory at once</source>
        <translation>die Flow-Sammlungen ([...], {...}) enthalten bis hier mehr als %1 YAML-Werte; yaml-cpp würde sie alle gleichzeitig im Speicher halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document holds more than %1 YAML values by here; no TOSCA topology is that large, and reading it would exhaust memory</source>
        <translation>das Dokument enthält bis hier mehr als %1 YAML-Werte; keine TOSCA-Topologie ist so groß, und das Lesen würde den Speicher erschöpfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file holds no YAML content, only comments or an empty document</source>
        <translation>die Datei enthält keinen YAML-Inhalt, nur Kommentare oder ein leeres Dokument</translation>
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
        <location filename="../src/app/main.cpp" line="+35"/>
        <source>Desktop designer for TOSCA topologies</source>
        <translation>Desktop-Designer für TOSCA-Topologien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topology to open (YAML or CSAR)</source>
        <translation>Zu öffnende Topologie (YAML oder CSAR)</translation>
    </message>
</context>
</TS>
