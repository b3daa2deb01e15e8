<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="+30"/>
        <source>Usage: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...

Headless Topologist: reads TOSCA topologies (YAML or CSAR) written for
Alien4Cloud, with the bundled Mesos type library.

Commands:
  inspect FILE        Load a topology with its imports and print its node
                      templates, types and relationships.
  validate FILE...    Check topologies for every mistake Topologist knows
                      (structure, properties, node filters, Mesos rules).
      --format F      human (default): file:line:col: severity: [CODE] node: msg
                      json: every field, quick fixes included
                      sarif: SARIF 2.1.0 for CI code scanning
      --werror        Treat warnings as errors.

Options:
  --types PATH        Add a type archive (folder, YAML file or CSAR) to the
                      type library; may be repeated.
  -h, --help          Show this help.
  -v, --version       Show the version.

Exit status: 0 success, 1 the topology has errors, 2 an input cannot be read.
Diagnostics go to standard error as file:line:column: severity: message.
</source>
        <translation>Aufruf: topologist-cli [--types PFAD]... BEFEHL [OPTIONEN] DATEI...

Topologist ohne grafische Oberfläche: liest TOSCA-Topologien (YAML oder CSAR)
für Alien4Cloud, mit der mitgelieferten Mesos-Typbibliothek.

Befehle:
  inspect DATEI       Eine Topologie mit ihren Importen laden und ihre
                      Knotenvorlagen, Typen und Beziehungen ausgeben.
  validate DATEI...   Topologien auf jeden Fehler prüfen, den Topologist kennt
                      (Struktur, Eigenschaften, Knotenfilter, Mesos-Regeln).
      --format F      human (Vorgabe): file:line:col: severity: [CODE] node: msg
                      json: alle Felder, einschließlich der Schnellkorrekturen
                      sarif: SARIF 2.1.0 für Code-Scanning in der CI
      --werror        Warnungen als Fehler behandeln.

Optionen:
  --types PFAD        Ein Typarchiv (Ordner, YAML-Datei oder CSAR) zur
                      Typbibliothek hinzufügen; mehrfach möglich.
  -h, --help          Diese Hilfe anzeigen.
  -v, --version       Die Version anzeigen.

Exit-Status: 0 Erfolg, 1 die Topologie hat Fehler, 2 eine Eingabe ist unlesbar.
Diagnosen erscheinen auf der Standardfehlerausgabe als
file:line:column: severity: message.
</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>topologist-cli: --types needs a path</source>
        <translation>topologist-cli: --types braucht einen Pfad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topologist-cli: unknown option &apos;%1&apos;</source>
        <translation>topologist-cli: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>topologist-cli: unknown command &apos;%1&apos;</source>
        <translation>topologist-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>topologist-cli: inspect takes exactly one file</source>
        <translation>topologist-cli: inspect erwartet genau eine Datei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+6"/>
        <source>node templates (%1):</source>
        <translation>Knotenvorlagen (%1):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>relationships (%1):</source>
        <translation>Beziehungen (%1):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>topologist-cli: unknown option &apos;%1&apos; for validate</source>
        <translation>topologist-cli: unbekannte Option &apos;%1&apos; für validate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>topologist-cli: --format must be human, json or sarif</source>
        <translation>topologist-cli: --format muss human, json oder sarif sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>topologist-cli: validate needs at least one file</source>
        <translation>topologist-cli: validate braucht mindestens eine Datei</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../src/editing/clipboard/nodeclipboard.cpp" line="+66"/>
        <source>The clipboard holds no node templates.</source>
        <translation>Die Zwischenablage enthält keine Knotenvorlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard holds no node templates: %1</source>
        <translation>Die Zwischenablage enthält keine Knotenvorlagen: %1</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../src/editing/documentactions.cpp" line="+62"/>
        <location line="+11"/>
        <source>%1 has an unknown type</source>
        <translation>%1 hat einen unbekannten Typ</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+160"/>
        <source>no archive of the type library declares %1</source>
        <translation>kein Archiv der Typbibliothek deklariert %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>%1 is not in the topology&apos;s imports</source>
        <translation>%1 ist nicht in den Importen der Topologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not something that gets hosted</source>
        <translation>%1 ist kein Typ, der auf einem Host läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be hosted on %2: %3</source>
        <translation>%1 kann nicht auf %2 gehostet werden: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no such node</source>
        <translation>diesen Knoten gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a node cannot satisfy its own requirement</source>
        <translation>ein Knoten kann nicht seine eigene Anforderung erfüllen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+19"/>
        <source>capability &apos;%1&apos; of %2 is full (%3 relationship(s) at most)</source>
        <translation>Fähigkeit &apos;%1&apos; von %2 ist voll (höchstens %3 Beziehung(en))</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+25"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Add %1 on %2</source>
        <translation>%1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+23"/>
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
        <location line="+62"/>
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
        <location line="+20"/>
        <source>Set %1.%2 of %3</source>
        <translation>%1.%2 von %3 setzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reset %1.%2 of %3</source>
        <translation>%1.%2 von %3 zurücksetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set relationship of %1.%2</source>
        <translation>Beziehung von %1.%2 setzen</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <location filename="../src/core/validation/quickfixapplier.cpp" line="+42"/>
        <source>node &apos;%1&apos; no longer exists</source>
        <translation>Knoten &apos;%1&apos; existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>the requirement changed</source>
        <translation>die Anforderung hat sich geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is already taken</source>
        <translation>&apos;%1&apos; ist bereits vergeben</translation>
    </message>
</context>
<context>
    <name>Topologist::TopologyDocument</name>
    <message>
        <location filename="../src/editing/topologydocument.cpp" line="+144"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>TopologyLoader</name>
    <message>
        <location filename="../src/core/catalog/topologyloader.cpp" line="+54"/>
        <source>no archive of that name is in the type library; add it with Types &gt; Add Archive or --types</source>
        <translation type="unfinished">kein Archiv dieses Namens ist in der Typbibliothek; fügen Sie es mit Typen &gt; Archiv hinzufügen oder --types hinzu</translation>
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
        <location line="+21"/>
        <source>imported file &apos;%1&apos; does not exist</source>
        <translation>importierte Datei &apos;%1&apos; existiert nicht</translation>
    </message>
</context>
<context>
    <name>ToscaReader</name>
    <message>
        <location filename="../src/core/yaml/toscareader.cpp" line="+58"/>
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
        <location line="+42"/>
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
        <location line="+19"/>
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
        <location line="+26"/>
        <source>the definition of &apos;%1&apos; must be a mapping</source>
        <translation>die Definition von &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+72"/>
        <source>artifact &apos;%1&apos; must be a mapping</source>
        <translation>Artefakt &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the definition of type &apos;%1&apos; must be a mapping</source>
        <translation>die Definition des Typs &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>requirement &apos;%1&apos; must name a node or be a mapping with &apos;node&apos;</source>
        <translation>Anforderung &apos;%1&apos; muss einen Knoten nennen oder ein Mapping mit &apos;node&apos; sein</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>node template &apos;%1&apos; must be a mapping with at least a &apos;type&apos;</source>
        <translation>Knotenvorlage &apos;%1&apos; muss ein Mapping mit mindestens einem &apos;type&apos; sein</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&apos;%1&apos; is not a node template key; Alien4Cloud ignores it (it is kept when saving)</source>
        <translation>&apos;%1&apos; ist kein Schlüssel einer Knotenvorlage; Alien4Cloud ignoriert ihn (beim Speichern bleibt er erhalten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>node template &apos;%1&apos; has no type</source>
        <translation>Knotenvorlage &apos;%1&apos; hat keinen Typ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>topology_template must be a mapping</source>
        <translation>topology_template muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>imports must be a list</source>
        <translation>imports muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an import must be &apos;name:version&apos; or a file</source>
        <translation>ein Import muss &apos;Name:Version&apos; oder eine Datei sein</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>a TOSCA file must be a mapping starting with tosca_definitions_version</source>
        <translation>eine TOSCA-Datei muss ein Mapping sein, das mit tosca_definitions_version beginnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tosca_definitions_version is missing; expected one of: %1</source>
        <translation>tosca_definitions_version fehlt; erwartet wird eine von: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown tosca_definitions_version &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannte tosca_definitions_version &apos;%1&apos;; erwartet wird eine von: %2</translation>
    </message>
</context>
<context>
    <name>TypeCatalog</name>
    <message>
        <location filename="../src/core/catalog/typecatalog.cpp" line="+67"/>
        <source>no TOSCA definitions file (*.yml, *.yaml) at the top of the archive</source>
        <translation>keine TOSCA-Definitionsdatei (*.yml, *.yaml) auf der obersten Ebene des Archivs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>several definitions files at the top of the archive (%1); an archive has exactly one</source>
        <translation>mehrere Definitionsdateien auf der obersten Ebene des Archivs (%1); ein Archiv hat genau eine</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the archive has no template_name or template_version, so it cannot be imported</source>
        <translation>dem Archiv fehlt template_name oder template_version, daher kann es nicht importiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>archive %1 is already in the type library; the copy from %2 is not added</source>
        <translation>Archiv %1 ist bereits in der Typbibliothek; die Kopie aus %2 wird nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds no TOSCA archive</source>
        <translation>der Ordner enthält kein TOSCA-Archiv</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading CSAR archives is not available yet</source>
        <translation>das Lesen von CSAR-Archiven ist noch nicht verfügbar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>TypeRegistry</name>
    <message>
        <location filename="../src/core/types/typeregistry.cpp" line="+117"/>
        <source>%1 &apos;%2&apos; is already declared by %3; an archive cannot redefine a type of another archive</source>
        <translation>%1 &apos;%2&apos; ist bereits von %3 deklariert; ein Archiv kann keinen Typ eines anderen Archivs neu definieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 &apos;%2&apos; derives from itself through %3</source>
        <translation>%1 &apos;%2&apos; leitet sich über %3 von sich selbst ab</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 &apos;%2&apos; derives from &apos;%3&apos;, which is not declared in this archive or its imports</source>
        <translation>%1 &apos;%2&apos; leitet sich von &apos;%3&apos; ab; dieser Typ ist weder in diesem Archiv noch in seinen Importen deklariert</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <location filename="../src/core/types/scalarunit.cpp" line="+81"/>
        <source>&apos;%1&apos; is not a number followed by a unit</source>
        <translation>&apos;%1&apos; ist keine Zahl mit nachfolgender Einheit</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../src/editing/commands/movenodescommand.cpp" line="+19"/>
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
        <location filename="../src/editing/commands/setheadercommand.cpp" line="+11"/>
        <source>Change topology details</source>
        <translation>Topologiedetails ändern</translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setimportscommand.cpp" line="+12"/>
        <source>Change imports</source>
        <translation>Importe ändern</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/core/types/relationshipmatcher.cpp" line="+40"/>
        <location filename="../src/core/types/valuechecker.cpp" line="+182"/>
        <source>%1 is not a %2</source>
        <translation>%1 ist kein %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 offers no %2 capability</source>
        <translation>%1 bietet keine Fähigkeit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot target %2</source>
        <translation>%1 kann nicht auf %2 zielen</translation>
    </message>
    <message>
        <location filename="../src/core/types/valuechecker.cpp" line="-56"/>
        <source>%1 is not a %2 (expected a mapping of its fields)</source>
        <translation>%1 ist kein %2 (erwartet wird ein Mapping seiner Felder)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no field &apos;%2&apos;</source>
        <translation>%1 hat kein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>required field &apos;%1&apos; of %2 is missing</source>
        <translation>Pflichtfeld &apos;%1&apos; von %2 fehlt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a mapping</source>
        <translation>%1 ist kein Mapping</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+4"/>
        <source>%1 is not a version (such as 1.2.0 or 0.25.0-0.2.70)</source>
        <translation>%1 ist keine Version (wie 1.2.0 oder 0.25.0-0.2.70)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a timestamp (such as 2026-11-25T14:00:00Z)</source>
        <translation>%1 ist kein Zeitstempel (wie 2026-11-25T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a %2: %3</source>
        <translation>%1 ist kein %2: %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 must equal %2</source>
        <translation>%1 muss gleich %2 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be greater than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be in the range [%2, %3]</source>
        <translation>%1 muss im Bereich [%2, %3] liegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not one of the valid values: %2</source>
        <translation>%1 ist keiner der gültigen Werte: %2</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+10"/>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht auf das Muster %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/candidatetargets.cpp" line="+32"/>
        <source>Host %1 on %2</source>
        <translation>%1 auf %2 hosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect %1.%2 to %3</source>
        <translation>%1.%2 mit %3 verbinden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/capabilityoccurrencesrule.cpp" line="+42"/>
        <source>capability &apos;%1&apos; accepts at most %2 relationships, but %3 target it: %4</source>
        <translation>Fähigkeit &apos;%1&apos; erlaubt höchstens %2 Beziehungen, aber %3 zielen darauf: %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/danglingreferencerule.cpp" line="+26"/>
        <source>requirement &apos;%1&apos; targets &apos;%2&apos;, but there is no node template of that name</source>
        <translation>Anforderung &apos;%1&apos; zielt auf &apos;%2&apos;, aber es gibt keine Knotenvorlage dieses Namens</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/validation/rules/undeclaredrequirementrule.cpp" line="+33"/>
        <source>Remove requirement &apos;%1&apos; of %2</source>
        <translation>Anforderung &apos;%1&apos; von %2 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/duplicatenamerule.cpp" line="+24"/>
        <source>another node template is already called &apos;%1&apos; (%2)</source>
        <translation>eine andere Knotenvorlage heißt bereits &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/hostingcyclerule.cpp" line="+25"/>
        <source>hosting loop: %1</source>
        <translation>Hosting-Schleife: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the hosting of %1 on %2</source>
        <translation>Hosting von %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/inputreferencerule.cpp" line="+21"/>
        <source>get_input refers to &apos;%1&apos;, which is not an input of this topology</source>
        <translation>get_input verweist auf &apos;%1&apos;, diese Topologie hat aber keinen solchen Input</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/missinghostrule.cpp" line="+29"/>
        <source>%1 is not hosted on anything; it must be hosted on a %2</source>
        <translation>%1 wird nirgends gehostet; es muss auf einem %2 gehostet werden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodefilterrule.cpp" line="+92"/>
        <location line="+64"/>
        <source>%1 needs %2 with %3 %4, but %3 is not set</source>
        <translation>%1 braucht %2 mit %3 %4, aber %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+64"/>
        <source>%1 needs %2 with %3 %4: %5</source>
        <translation>%1 braucht %2 mit %3 %4: %5</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+60"/>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 needs %2 to have a %3 capability, and neither it nor its hosts have one</source>
        <translation>%1 braucht an %2 eine Fähigkeit %3, aber weder %2 noch seine Hosts haben eine</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodenamerule.cpp" line="+32"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use only letters, digits and underscores</source>
        <translation>&apos;%1&apos; ist kein Name, den Alien4Cloud akzeptiert: nur Buchstaben, Ziffern und Unterstriche verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/propertiesrule.cpp" line="+140"/>
        <source>unknown property &apos;%1&apos;; Alien4Cloud rejects it</source>
        <translation>unbekannte Eigenschaft &apos;%1&apos;; Alien4Cloud lehnt sie ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown property &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Eigenschaft &apos;%1&apos;; war &apos;%2&apos; gemeint?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename property &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Eigenschaft &apos;%1&apos; in &apos;%2&apos; umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove property &apos;%1&apos; from %2</source>
        <translation>Eigenschaft &apos;%1&apos; aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>required property &apos;%1&apos; has no value</source>
        <translation>Pflichteigenschaft &apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>property &apos;%1&apos;: %2</source>
        <translation>Eigenschaft &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset &apos;%1&apos; to its default %2</source>
        <translation>&apos;%1&apos; auf den Standardwert %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Set &apos;%1&apos; of %2 to %3</source>
        <translation>&apos;%1&apos; von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>required property &apos;%1&apos; is not set</source>
        <translation>Pflichteigenschaft &apos;%1&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/relationshiptyperule.cpp" line="+23"/>
        <source>unknown relationship type &apos;%1&apos; on requirement &apos;%2&apos;</source>
        <translation>unbekannter Beziehungstyp &apos;%1&apos; an Anforderung &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>requirement &apos;%1&apos; uses %2, a parent of the %3 its type declares; Alien4Cloud accepts it, but only what %2 defines is checked and run</source>
        <translation>Anforderung &apos;%1&apos; verwendet %2, einen Obertyp des von ihrem Typ deklarierten %3; Alien4Cloud akzeptiert das, prüft und führt aber nur aus, was %2 definiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requirement &apos;%1&apos; uses %2, but its type asks for %3 (or a type derived from it)</source>
        <translation>Anforderung &apos;%1&apos; verwendet %2, ihr Typ verlangt aber %3 (oder einen davon abgeleiteten Typ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use %1 for %2.%3</source>
        <translation>%1 für %2.%3 verwenden</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/requirementoccurrencesrule.cpp" line="+32"/>
        <source>requirement &apos;%1&apos; is not connected: %2 needs a %3%4</source>
        <translation>Anforderung &apos;%1&apos; ist nicht verbunden: %2 braucht %3%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requirement &apos;%1&apos; has %2 relationships; it needs at least %3</source>
        <translation>Anforderung &apos;%1&apos; hat %2 Beziehungen; sie braucht mindestens %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>requirement &apos;%1&apos; has %2 relationships; at most %3 are allowed</source>
        <translation>Anforderung &apos;%1&apos; hat %2 Beziehungen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the relationship %1.%2 → %3</source>
        <translation>Beziehung %1.%2 → %3 entfernen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/requirementtargetrule.cpp" line="+38"/>
        <source>Connect %1.%2 to capability &apos;%3&apos; of %4</source>
        <translation>%1.%2 mit Fähigkeit &apos;%3&apos; von %4 verbinden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>requirement &apos;%1&apos; must target a %2, but %3 is a %4</source>
        <translation>Anforderung &apos;%1&apos; muss auf ein %2 zielen, aber %3 ist ein %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 offers no %2 capability for requirement &apos;%3&apos;</source>
        <translation>%1 bietet keine Fähigkeit %2 für Anforderung &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no capability &apos;%2&apos; (requirement &apos;%3&apos;)</source>
        <translation>%1 hat keine Fähigkeit &apos;%2&apos; (Anforderung &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>requirement &apos;%1&apos; needs a %2, but capability &apos;%3&apos; of %4 is a %5</source>
        <translation>Anforderung &apos;%1&apos; braucht ein %2, aber Fähigkeit &apos;%3&apos; von %4 ist ein %5</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/scalablerule.cpp" line="+63"/>
        <source>%1 has no value; Alien4Cloud needs min, default and max instances</source>
        <translation>%1 hat keinen Wert; Alien4Cloud braucht die minimale, die voreingestellte und die maximale Anzahl der Instanzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; instance counts must be whole numbers of at least 1</source>
        <translation>%1 ist %2; Instanzanzahlen müssen ganze Zahlen ab 1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 of %2 to 1</source>
        <translation>%1 von %2 auf 1 setzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>instance counts must satisfy min ≤ default ≤ max, but they are %1 ≤ %2 ≤ %3</source>
        <translation>Instanzanzahlen müssen min ≤ default ≤ max erfüllen, sind aber %1 ≤ %2 ≤ %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set max_instances of %1 to %2</source>
        <translation>max_instances von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set default_instances of %1 to %2</source>
        <translation>default_instances von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/undeclaredrequirementrule.cpp" line="-6"/>
        <source>%1 has no requirement &apos;%2&apos;; its requirements are: %3</source>
        <translation>%1 hat keine Anforderung &apos;%2&apos;; seine Anforderungen sind: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="+26"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknowncapabilityrule.cpp" line="+27"/>
        <source>%1 has no capability &apos;%2&apos;; Alien4Cloud ignores these values. Its capabilities are: %3</source>
        <translation>%1 hat keine Fähigkeit &apos;%2&apos;; Alien4Cloud ignoriert diese Werte. Seine Fähigkeiten sind: %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="-4"/>
        <source>unknown node type &apos;%1&apos;: it is not declared in this topology or in its imports (%2)</source>
        <translation>unbekannter Knotentyp &apos;%1&apos;: er ist weder in dieser Topologie noch in ihren Importen (%2) deklariert</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/validtargettypesrule.cpp" line="+31"/>
        <source>%1 may only target %2, but %3.%4 targets %5 (%6, capability %7)</source>
        <translation>%1 darf nur auf %2 zielen, aber %3.%4 zielt auf %5 (%6, Fähigkeit %7)</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../src/core/yaml/yamlvaluereader.cpp" line="+104"/>
        <source>the document expands to too many values (more than %1); aliases that repeat each other exponentially are not accepted</source>
        <translation>das Dokument ergibt ausgeschrieben zu viele Werte (mehr als %1); Aliase, die sich gegenseitig exponentiell vervielfachen, werden nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a mapping key must be a plain value, not a list or a mapping</source>
        <translation>ein Mapping-Schlüssel muss ein einfacher Wert sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicated key &apos;%1&apos;: YAML keeps only one of them, so one definition would be silently lost</source>
        <translation>doppelter Schlüssel &apos;%1&apos;: YAML behält nur einen davon, eine Definition ginge also stillschweigend verloren</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is %1 MB; TOSCA definitions larger than %2 MB are not read</source>
        <translation>die Datei ist %1 MB groß; TOSCA-Definitionen über %2 MB werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is not valid UTF-8 text (first bad byte here); save it as UTF-8</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (erstes ungültiges Byte hier); bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the YAML is nested deeper than %1 levels; this is not a TOSCA file</source>
        <translation>das YAML ist tiefer als %1 Ebenen verschachtelt; das ist keine TOSCA-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the YAML could not be read: %1</source>
        <translation>das YAML konnte nicht gelesen werden: %1</translation>
    </message>
</context>
</TS>
