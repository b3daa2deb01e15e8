<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Alien4Cloud</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudanswererrors.cpp" line="+39"/>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alien4Cloud at %1 is in maintenance mode (HTTP 503). Try again later.</source>
        <translation>Alien4Cloud à %1 est en mode maintenance (HTTP 503). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 failed while %2 (HTTP %3): %4. Try again later, or look at the server log.</source>
        <translation>Alien4Cloud à %1 a échoué (%2, HTTP %3) : %4. Réessayez plus tard, ou consultez le journal du serveur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 answered with something that is not JSON (HTTP %2, %3 bytes) while %4: %5. Check that %1 is the address of an Alien4Cloud server.</source>
        <translation>Alien4Cloud à %1 a répondu par autre chose que du JSON (HTTP %2, %3 octets ; %4) : %5. Vérifiez que %1 est l&apos;adresse d&apos;un serveur Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alien4Cloud at %1 answered with JSON of an unexpected shape (HTTP %2) while %3: %4. Check that %1 is an Alien4Cloud server of a supported version (1.4 to 3.x).</source>
        <translation>Alien4Cloud à %1 a répondu par du JSON de forme inattendue (HTTP %2 ; %3) : %4. Vérifiez que %1 est un serveur Alien4Cloud d&apos;une version prise en charge (1.4 à 3.x).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 found nothing while %2 (HTTP %3): %4</source>
        <translation>Alien4Cloud à %1 n&apos;a rien trouvé (%2, HTTP %3) : %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 refused the request while %2 (error %3): %4</source>
        <translation>Alien4Cloud à %1 a refusé la requête (%2, erreur %3) : %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 answered HTTP %2 without saying why while %3.</source>
        <translation>Alien4Cloud à %1 a répondu HTTP %2 sans dire pourquoi (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login refused for user &apos;%1&apos; at %2: check user name and password.</source>
        <translation>Connexion refusée pour l&apos;utilisateur &apos;%1&apos; à %2 : vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered the login by sending it to another server (%2); that is not Alien4Cloud&apos;s answer, so the login is not trusted.</source>
        <translation>%1 a répondu à la connexion en la renvoyant vers un autre serveur (%2) ; ce n&apos;est pas la réponse d&apos;Alien4Cloud, la connexion n&apos;est donc pas considérée comme sûre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered the login with HTTP %2 instead of Alien4Cloud&apos;s redirect. Check that %1 is the address of Alien4Cloud itself.</source>
        <translation>%1 a répondu à la connexion par HTTP %2 au lieu de la redirection d&apos;Alien4Cloud. Vérifiez que %1 est bien l&apos;adresse d&apos;Alien4Cloud lui-même.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no health endpoint (/rest/admin/health, HTTP 404). Check that it is the address of Alien4Cloud.</source>
        <translation>%1 n&apos;a pas de point d&apos;accès de santé (/rest/admin/health, HTTP 404). Vérifiez qu&apos;il s&apos;agit de l&apos;adresse d&apos;Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 reports that it is not healthy (status %2, HTTP %3). Try again later, or look at the server log.</source>
        <translation>Alien4Cloud à %1 signale qu&apos;il n&apos;est pas en bon état (statut %2, HTTP %3). Réessayez plus tard, ou consultez le journal du serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 publishes no /version.json (HTTP 404). Check that it is the address of Alien4Cloud.</source>
        <translation>%1 ne publie pas de /version.json (HTTP 404). Vérifiez qu&apos;il s&apos;agit de l&apos;adresse d&apos;Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 cannot check an archive without importing it (that needs Alien4Cloud 3.0 or later); the check is skipped.</source>
        <translation>Alien4Cloud à %1 ne peut pas vérifier une archive sans l&apos;importer (il faut Alien4Cloud 3.0 ou plus récent) ; la vérification est ignorée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alien4Cloud at %1 answered with JSON of an unexpected shape (HTTP %2) while %3: no upload result. Check that %1 is an Alien4Cloud server of a supported version (1.4 to 3.x).</source>
        <translation>Alien4Cloud à %1 a répondu par du JSON de forme inattendue (HTTP %2 ; %3) : aucun résultat d&apos;envoi. Vérifiez que %1 est un serveur Alien4Cloud d&apos;une version prise en charge (1.4 à 3.x).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alien4Cloud found errors in &apos;%1&apos; (%2). First: %3</source>
        <translation>Alien4Cloud a trouvé des erreurs dans &apos;%1&apos; (%2). Première : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alien4Cloud did not import &apos;%1&apos; (errors found: %2). First: %3</source>
        <translation>Alien4Cloud n&apos;a pas importé &apos;%1&apos; (erreurs trouvées : %2). Première : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alien4Cloud cannot read &apos;%1&apos; as a CSAR: %2</source>
        <translation>Alien4Cloud ne peut pas lire &apos;%1&apos; comme CSAR : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alien4Cloud already has %1 with different content, and a released version cannot be replaced. Give the archive a new version, or use a -SNAPSHOT version while it still changes.</source>
        <translation>Alien4Cloud a déjà %1 avec un contenu différent, et une version publiée ne peut pas être remplacée. Donnez une nouvelle version à l&apos;archive, ou utilisez une version -SNAPSHOT tant qu&apos;elle change encore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud refused &apos;%1&apos; (error %2): %3</source>
        <translation>Alien4Cloud a refusé &apos;%1&apos; (erreur %2) : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An application named &apos;%1&apos; or with the id &apos;%2&apos; already exists on Alien4Cloud at %3. Choose another name.</source>
        <translation>Une application nommée &apos;%1&apos; ou d&apos;identifiant &apos;%2&apos; existe déjà sur Alien4Cloud à %3. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alien4Cloud at %1 refused the application id &apos;%2&apos; (error 618: %3). Use only letters, digits and &apos;_&apos;.</source>
        <translation>Alien4Cloud à %1 a refusé l&apos;identifiant d&apos;application &apos;%2&apos; (erreur 618 : %3). N&apos;utilisez que des lettres, des chiffres et &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The topology template %1 is not in the catalog of Alien4Cloud at %2. Upload its archive first.</source>
        <translation>Le modèle de topologie %1 n&apos;est pas dans le catalogue d&apos;Alien4Cloud à %2. Envoyez d&apos;abord son archive.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application &apos;%1&apos; was created, but Alien4Cloud reports that a version of its archive &apos;%2&apos; already existed (error 615): %3</source>
        <translation>L&apos;application &apos;%1&apos; a été créée, mais Alien4Cloud signale qu&apos;une version de son archive &apos;%2&apos; existait déjà (erreur 615) : %3</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudclient.cpp" line="+112"/>
        <source>checking the server health</source>
        <translation>vérification de l&apos;état du serveur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the server version</source>
        <translation>lecture de la version du serveur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up archive %1</source>
        <translation>recherche de l&apos;archive %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checking &apos;%1&apos;</source>
        <translation>vérification de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading &apos;%1&apos;</source>
        <translation>envoi de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>creating application &apos;%1&apos;</source>
        <translation>création de l&apos;application &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudenvelope.cpp" line="+29"/>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at byte %2; it starts with “%3”</source>
        <translation>%1 à l&apos;octet %2 ; il commence par « %3 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected {&quot;data&quot;: …, &quot;error&quot;: …}, got “%1”</source>
        <translation>{&quot;data&quot;: …, &quot;error&quot;: …} attendu, « %1 » reçu</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4clouderrors.cpp" line="+52"/>
        <source>The server profile for %1 has no user name; add one to log in.</source>
        <translation>Le profil de serveur de %1 n&apos;a pas de nom d&apos;utilisateur ; ajoutez-en un pour vous connecter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sending the password of &apos;%1&apos; to %2: over plain http:// anyone on the network could read it. Use the server&apos;s https:// address, or allow plain http explicitly if you accept that risk.</source>
        <translation>Le mot de passe de &apos;%1&apos; n&apos;est pas envoyé à %2 : en http:// non chiffré, n&apos;importe qui sur le réseau pourrait le lire. Utilisez l&apos;adresse https:// du serveur, ou autorisez explicitement le http non chiffré si vous acceptez ce risque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the archive &apos;%1&apos;: no such readable file.</source>
        <translation>Impossible de lire l&apos;archive &apos;%1&apos; : aucun fichier lisible de ce nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the archive &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire l&apos;archive &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alien4Cloud %1 at %2 cannot check an archive without importing it (that needs Alien4Cloud 3.0 or later); the check is skipped.</source>
        <translation>Alien4Cloud %1 à %2 ne peut pas vérifier une archive sans l&apos;importer (il faut Alien4Cloud 3.0 ou plus récent) ; la vérification est ignorée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The application name &apos;%1&apos; is not valid for Alien4Cloud: it must not be empty nor contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Le nom d&apos;application &apos;%1&apos; n&apos;est pas valide pour Alien4Cloud : il ne doit être ni vide ni contenir &apos;/&apos; ou &apos;\&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The application id &apos;%1&apos; is not valid for Alien4Cloud: use only letters, digits and &apos;_&apos; (no spaces, dashes or dots).</source>
        <translation>L&apos;identifiant d&apos;application &apos;%1&apos; n&apos;est pas valide pour Alien4Cloud : n&apos;utilisez que des lettres, des chiffres et &apos;_&apos; (ni espaces, ni tirets, ni points).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No topology template was given for application &apos;%1&apos;.</source>
        <translation>Aucun modèle de topologie n&apos;a été donné pour l&apos;application &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot use the certificate file &apos;%1&apos; of the server profile for %2: %3. Choose the PEM file of the server&apos;s certificate.</source>
        <translation>Impossible d&apos;utiliser le fichier de certificat &apos;%1&apos; du profil de serveur de %2 : %3. Choisissez le fichier PEM du certificat du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds no PEM certificate</source>
        <translation>il ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request to Alien4Cloud at %1 was canceled while %2.</source>
        <translation>La requête à Alien4Cloud à %1 a été annulée (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alien4Cloud at %1 sent more than %2 bytes for %3 while %4; the answer was cut off. Check that %1 is the address of Alien4Cloud.</source>
        <translation>Alien4Cloud à %1 a envoyé plus de %2 octets pour %3 (%4) ; la réponse a été tronquée. Vérifiez que %1 est bien l&apos;adresse d&apos;Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alien4Cloud at %1 took more than %2 s in total for %3 while %4, though it kept the connection busy; the request was given up.</source>
        <translation>Alien4Cloud à %1 a mis plus de %2 s au total pour %3 (%4), tout en gardant la connexion occupée ; la requête a été abandonnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 did not answer within %2 s while %3. The server may be overloaded or unreachable; try again, or raise the timeout in the server profile.</source>
        <translation>Alien4Cloud à %1 n&apos;a pas répondu dans les %2 s (%3). Le serveur est peut-être surchargé ou injoignable ; réessayez, ou augmentez le délai d&apos;attente dans le profil de serveur.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot reach Alien4Cloud at %1: connection refused. Is the server running, and is the port right?</source>
        <translation>Impossible de joindre Alien4Cloud à %1 : connexion refusée. Le serveur est-il démarré, et le port est-il correct ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach Alien4Cloud at %1: the host &apos;%2&apos; is unknown. Check the address in the server profile.</source>
        <translation>Impossible de joindre Alien4Cloud à %1 : l&apos;hôte &apos;%2&apos; est inconnu. Vérifiez l&apos;adresse dans le profil de serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alien4Cloud at %1 did not answer in time while %2. The server may be overloaded or unreachable; try again.</source>
        <translation>Alien4Cloud à %1 n&apos;a pas répondu à temps (%2). Le serveur est peut-être surchargé ou injoignable ; réessayez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate of %1 is not trusted: %2. Add the server&apos;s certificate in the server profile if it is self-signed.</source>
        <translation>Le certificat de %1 n&apos;est pas de confiance : %2. Ajoutez le certificat du serveur dans le profil de serveur s&apos;il est auto-signé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to %1 failed: %2. Check that the server speaks HTTPS on this port.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2. Vérifiez que le serveur parle HTTPS sur ce port.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud at %1 closed the connection while %2, before answering. The server may have stopped or refused the request (an archive over its size limit, for example); check its log.</source>
        <translation>Alien4Cloud à %1 a fermé la connexion (%2) avant de répondre. Le serveur s&apos;est peut-être arrêté ou a refusé la requête (une archive dépassant sa taille limite, par exemple) ; consultez son journal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot talk to Alien4Cloud at %1 while %2: %3.</source>
        <translation>Impossible de communiquer avec Alien4Cloud à %1 (%2) : %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alien4Cloud at %1 refused the request while %2 even after logging in again as &apos;%3&apos; (HTTP %4). Log in again; if this goes on, check the server&apos;s session settings.</source>
        <translation>Alien4Cloud à %1 a refusé la requête (%2) même après une nouvelle connexion en tant que &apos;%3&apos; (HTTP %4). Reconnectez-vous ; si cela persiste, vérifiez les réglages de session du serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud at %1 requires a login for %2 (HTTP %3). Log in first.</source>
        <translation>Alien4Cloud à %1 exige une connexion pour %2 (HTTP %3). Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User &apos;%1&apos; is not allowed to do this on Alien4Cloud at %2 (while %3, error 102). Ask an Alien4Cloud administrator for the needed role.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;a pas le droit de faire cela sur Alien4Cloud à %2 (%3, erreur 102). Demandez le rôle nécessaire à un administrateur Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User &apos;%1&apos; is not allowed to do this on Alien4Cloud at %2 (while %3, error 102). Ask an Alien4Cloud administrator for the role %4.</source>
        <translation>L&apos;utilisateur &apos;%1&apos; n&apos;a pas le droit de faire cela sur Alien4Cloud à %2 (%3, erreur 102). Demandez le rôle %4 à un administrateur Alien4Cloud.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudproblemmapper.cpp" line="+156"/>
        <source>Alien4Cloud gave no details</source>
        <translation>Alien4Cloud n&apos;a donné aucun détail</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 [Alien4Cloud, at %2 of the uploaded archive]</source>
        <translation>%1 [Alien4Cloud, à %2 de l&apos;archive envoyée]</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudserver.cpp" line="+74"/>
        <source>The Alien4Cloud address &apos;%1&apos; is not a valid URL; write it like https://a4c.example.org:8088.</source>
        <translation>L&apos;adresse Alien4Cloud &apos;%1&apos; n&apos;est pas une URL valide ; écrivez-la comme https://a4c.example.org:8088.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Alien4Cloud address &apos;%1&apos; must start with http:// or https://.</source>
        <translation>L&apos;adresse Alien4Cloud &apos;%1&apos; doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudsession.cpp" line="+311"/>
        <source>logging in as &apos;%1&apos;</source>
        <translation>connexion en tant que &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>logging out</source>
        <translation>déconnexion</translation>
    </message>
</context>
<context>
    <name>Alien4CloudPushChanges</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpushchanges.cpp" line="+37"/>
        <source>First push of %1 to %2</source>
        <translation>Premier envoi de %1 vers %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes since the last push to %1 on %2</source>
        <translation>Aucune modification depuis le dernier envoi vers %1 le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the last push to %1 on %2</source>
        <translation>Modifications depuis le dernier envoi vers %1 le %2</translation>
    </message>
</context>
<context>
    <name>AppTheme</name>
    <message>
        <location filename="../src/gui/apptheme.cpp" line="+132"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>ArchiveFinder</name>
    <message>
        <location filename="../src/core/catalog/archivefinder.cpp" line="+38"/>
        <source>the library has more than %1 folders; the rest is not searched</source>
        <translation>la bibliothèque a plus de %1 dossiers ; le reste n&apos;est pas parcouru</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>folders deeper than %1 levels are not searched</source>
        <translation>les dossiers à plus de %1 niveaux de profondeur ne sont pas parcourus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>several TOSCA definitions files in one archive folder (%1); Alien4Cloud imports a folder with exactly one, so none is used</source>
        <translation>plusieurs fichiers de définitions TOSCA dans un même dossier d&apos;archive (%1) ; Alien4Cloud importe un dossier qui en a exactement un, aucun n&apos;est donc utilisé</translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message numerus="yes">
        <location filename="../src/gui/canvas/canvasedits.cpp" line="+70"/>
        <source>Delete %n relationships</source>
        <translation>
            <numerusform>Supprimer %n relation</numerusform>
            <numerusform>Supprimer %n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../src/gui/compare/changetext.cpp" line="+41"/>
        <source>node added (%1)</source>
        <translation>nœud ajouté (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node removed (%1)</source>
        <translation>nœud supprimé (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed from %1</source>
        <translation>renommé depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type changed from %1 to %2</source>
        <translation>type changé de %1 en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>renamed %1 here, %2 in theirs</source>
        <translation>renommé %1 ici, %2 chez eux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted here, edited in theirs</source>
        <translation>supprimé ici, modifié chez eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted here, edited in theirs</source>
        <translation>%1 supprimé ici, modifié chez eux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited here, deleted in theirs</source>
        <translation>modifié ici, supprimé chez eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 edited here, deleted in theirs</source>
        <translation>%1 modifié ici, supprimé chez eux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added differently on both sides</source>
        <translation>ajouté différemment des deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added differently on both sides</source>
        <translation>%1 ajouté différemment des deux côtés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed differently on both sides</source>
        <translation>modifié différemment des deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed differently on both sides</source>
        <translation>%1 modifié différemment des deux côtés</translation>
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
        <translation>Ajouter une bibliothèque de types : un dossier contenant
des archives à toute profondeur (une copie git d&apos;un dépôt
d&apos;archives), ou une seule archive en fichier YAML ou
CSAR ; peut être répété. Une archive inutilisable d&apos;une
bibliothèque est un avertissement ; seules comptent les
archives qu&apos;une topologie importe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...

Headless Topologist: reads TOSCA topologies (YAML or CSAR) written for
Alien4Cloud, with the bundled Mesos type library.

Commands:
</source>
        <translation>Usage : topologist-cli [--types PATH]... COMMAND [OPTIONS] FILE...

Topologist sans interface : lit des topologies TOSCA (YAML ou CSAR)
écrites pour Alien4Cloud, avec la bibliothèque de types Mesos fournie.

Commandes :
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the options of COMMAND.</source>
        <translation>Afficher les options de COMMAND.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/clihelp.cpp" line="+70"/>
        <source>Options:</source>
        <translation>Options :</translation>
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
Les options peuvent précéder ou suivre FILE ; après --, chaque argument est un FILE.
Code de sortie : 0 succès, 1 la topologie a des erreurs ou le serveur l&apos;a
refusée (pour diff et merge : les topologies diffèrent ou sont en conflit),
2 une entrée est illisible, ou le réseau ou la connexion a échoué (push).
Les diagnostics vont sur la sortie d&apos;erreur standard, sous la forme
fichier:ligne:colonne: gravité: message. Dans un CSAR, les fichiers sont nommés
ARCHIVE!PATH (marathon.csar!marathon.yml:12:3).
</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../src/cli/exportcommand.cpp" line="+60"/>
        <location filename="../src/cli/pushcommand.cpp" line="+111"/>
        <location line="+66"/>
        <location line="+33"/>
        <source>topologist-cli: %1</source>
        <translation>topologist-cli : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topologist-cli: unknown option &apos;%1&apos;</source>
        <translation>topologist-cli : option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>topologist-cli: unknown option &apos;%1&apos; for %2</source>
        <translation>topologist-cli : option inconnue &apos;%1&apos; pour %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>topologist-cli: unknown command &apos;%1&apos;</source>
        <translation>topologist-cli : commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/clihelp.cpp" line="-2"/>
        <source>Usage: topologist-cli [--types PATH]... %1</source>
        <translation>Usage : topologist-cli [--types PATH]... %1</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="+12"/>
        <source>topologist-cli: --standard takes neither --self-contained nor --force: the types are in the file, and nothing is validated</source>
        <translation>topologist-cli : --standard ne prend ni --self-contained ni --force : les types sont dans le fichier, et rien n’est validé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write the topology as a CSAR for Alien4Cloud: TOSCA.meta,
the YAML and every script, artifact and icon it refers to.
OUT defaults to NAME-VERSION.csar in the current folder.</source>
        <translation>Écrire la topologie en CSAR pour Alien4Cloud : TOSCA.meta,
le YAML et chaque script, artefact et icône qu&apos;il
référence. OUT vaut par défaut NAME-VERSION.csar dans
le dossier courant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to write the CSAR.</source>
        <translation>Où écrire le CSAR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write each imported type archive as its own CSAR
beside OUT, numbered in upload order
(01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).</source>
        <translation>Écrire aussi chaque archive de types importée dans
son propre CSAR à côté de OUT, numérotée dans l&apos;ordre
d&apos;envoi (01-tosca-normative-types-1.0.0-ALIEN14.csar, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export even when the topology has validation errors.</source>
        <translation>Exporter même si la topologie a des erreurs de validation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write standard TOSCA (tosca_simple_yaml_1_2) for other
TOSCA tools instead: the types it uses copied in, keys
only Alien4Cloud reads left out and listed. A CSAR when
OUT ends in .csar or .zip, else a YAML file; OUT
defaults to NAME-VERSION-standard.csar.</source>
        <translation>Écrire plutôt du TOSCA standard (tosca_simple_yaml_1_2)
pour d’autres outils TOSCA : les types utilisés copiés,
les clés que seul Alien4Cloud lit omises et listées.
Un CSAR si OUT finit par .csar ou .zip, sinon un
fichier YAML ; OUT vaut NAME-VERSION-standard.csar
par défaut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>topologist-cli: export takes exactly one file</source>
        <translation>topologist-cli : export prend exactement un fichier</translation>
    </message>
    <message>
        <location filename="../src/cli/inspectcommand.cpp" line="+35"/>
        <source>Load a topology with its imports and print its node
templates, types and relationships.</source>
        <translation>Charger une topologie avec ses imports et afficher ses
modèles de nœuds, types et relations.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>topologist-cli: inspect takes exactly one file</source>
        <translation>topologist-cli : inspect prend exactement un fichier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imports: %1</source>
        <translation>imports : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no topology_template: %1 types declared</source>
        <translation>pas de topology_template : %1 types déclarés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>node templates (%1):</source>
        <translation>modèles de nœuds (%1) :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>relationships (%1):</source>
        <translation>relations (%1) :</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommand.cpp" line="+34"/>
        <source>List the archives found in each --types folder, with
their versions, and the problems of each library.</source>
        <translation>Lister les archives trouvées dans chaque dossier
--types, avec leurs versions, et les problèmes de
chaque bibliothèque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>topologist-cli: library takes no argument; name the folders with --types</source>
        <translation>topologist-cli : library ne prend pas d&apos;argument ; donnez les dossiers avec --types</translation>
    </message>
    <message>
        <location filename="../src/cli/libraryreport.cpp" line="+26"/>
        <source>%1: 1 archive</source>
        <translation>%1 : 1 archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 archives</source>
        <translation>%1 : %2 archives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 1 problem</source>
        <translation>, 1 problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 problems</source>
        <translation>, %1 problèmes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(has errors)</source>
        <translation>(a des erreurs)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no type library: give one or more with --types FOLDER</source>
        <translation>aucune bibliothèque de types : donnez-en une ou plusieurs avec --types FOLDER</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>topologist-cli: type library %1: %n problems with its archives; &apos;topologist-cli --types %1 library&apos; lists them</source>
        <translation>
            <numerusform>topologist-cli : bibliothèque de types %1 : %n problème avec ses archives ; &apos;topologist-cli --types %1 library&apos; le liste</numerusform>
            <numerusform>topologist-cli : bibliothèque de types %1 : %n problèmes avec ses archives ; &apos;topologist-cli --types %1 library&apos; les liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/pushcommand.cpp" line="-163"/>
        <source>Upload the topology to Alien4Cloud, after the type archives
it imports that the server lacks, and optionally create an
application from it (its id: NAME with every character
other than letters, digits and _ made _).</source>
        <translation>Envoyer la topologie à Alien4Cloud, après les archives
de types qu&apos;elle importe et qui manquent au serveur, et
en créer éventuellement une application (son identifiant :
NAME où tout caractère autre que lettres, chiffres et _
devient _).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s address. One without a scheme is https://.</source>
        <translation>L&apos;adresse du serveur. Sans schéma, c&apos;est https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user to log in as.</source>
        <translation>L&apos;utilisateur sous lequel se connecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from the first line of standard input
(it is never taken from the command line or environment).</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée
standard (il n&apos;est jamais pris sur la ligne de commande
ni dans l&apos;environnement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an application of this name from the topology.</source>
        <translation>Créer une application de ce nom à partir de la topologie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this self-signed certificate for this server.</source>
        <translation>Faire confiance à ce certificat auto-signé pour ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push even when the topology has validation errors.</source>
        <translation>Envoyer même si la topologie a des erreurs de validation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip Alien4Cloud&apos;s check before the upload (3.0+).</source>
        <translation>Ignorer la vérification d&apos;Alien4Cloud avant l&apos;envoi (3.0+).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow sending the password unencrypted to an
http:// URL. A URL without a scheme is https://.</source>
        <translation>Autoriser l&apos;envoi du mot de passe non chiffré à une
URL http://. Une URL sans schéma est en https://.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topologist-cli: the password is never taken from the command line, where other users and the shell history see it; pipe it in with --password-stdin</source>
        <translation>topologist-cli : le mot de passe n&apos;est jamais pris sur la ligne de commande, où d&apos;autres utilisateurs et l&apos;historique du shell le voient ; transmettez-le par un tube avec --password-stdin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>topologist-cli: push needs --server URL, --user NAME and --password-stdin</source>
        <translation>topologist-cli : push a besoin de --server URL, --user NAME et --password-stdin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topologist-cli: %1 is plain http://, which would send the password unencrypted; use its https:// address, or pass --allow-insecure-http to accept that</source>
        <translation>topologist-cli : %1 est en http:// non chiffré, ce qui enverrait le mot de passe en clair ; utilisez son adresse https://, ou passez --allow-insecure-http pour l&apos;accepter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>topologist-cli: push takes exactly one file</source>
        <translation>topologist-cli : push prend exactement un fichier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>topologist-cli: no password on standard input (--password-stdin reads its first line)</source>
        <translation>topologist-cli : pas de mot de passe sur l&apos;entrée standard (--password-stdin en lit la première ligne)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application: %1</source>
        <translation>application : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="+53"/>
        <source>Check topologies for every mistake Topologist knows
(structure, properties, node filters, Mesos rules).</source>
        <translation>Vérifier des topologies pour chaque erreur que
Topologist connaît (structure, propriétés, filtres de
nœuds, règles Mesos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>human (default): file:line:col: severity: [CODE] node: msg
json: every field, quick fixes included
sarif: SARIF 2.1.0 for CI code scanning</source>
        <translation>human (par défaut) : fichier:ligne:col: gravité:
  [CODE] nœud: msg
json : tous les champs, correctifs rapides compris
sarif : SARIF 2.1.0 pour l&apos;analyse de code en CI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treat warnings as errors.</source>
        <translation>Traiter les avertissements comme des erreurs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topologist-cli: --format must be human, json or sarif</source>
        <translation>topologist-cli : --format doit valoir human, json ou sarif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topologist-cli: validate needs at least one file</source>
        <translation>topologist-cli : validate a besoin d&apos;au moins un fichier</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>fix: %1</source>
        <translation>correctif : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 file checked</source>
        <translation>1 fichier vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files checked</source>
        <translation>%1 fichiers vérifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
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
        <translation>Compare deux topologies au niveau du modèle : nœuds
ajoutés, supprimés, renommés ou retypés, et chaque valeur,
exigence, artefact, entrée, sortie, groupe, politique
et import modifiés. A et B sont des fichiers, des CSAR ou
git:REV:CHEMIN. Code de sortie 0 si égales, 1 si différentes.
diff --textconv FICHIER affiche une topologie en texte
canonique, pour diff.tosca.textconv de git.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>human (default): changed elements, then each change
json: every change with its values</source>
        <translation>human (par défaut) : éléments modifiés, puis détails
json : chaque changement avec ses valeurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out nodes that only moved on the canvas.</source>
        <translation>Ignorer les nœuds seulement déplacés sur le canevas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the one FILE given in a canonical form, for
git diff: sorted nodes and keys, no comments or
quoting, canvas positions apart at the end (left out
with --ignore-layout). Other files print unchanged.</source>
        <translation>Affiche le seul FICHIER donné sous forme canonique,
pour git diff : nœuds et clés triés, sans commentaires
ni guillemets, positions du canevas à part à la fin
(omises avec --ignore-layout). Les autres fichiers
sont affichés tels quels.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>topologist-cli: --format must be human or json</source>
        <translation>topologist-cli : --format doit être human ou json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topologist-cli: diff takes exactly two topologies</source>
        <translation>topologist-cli : diff prend exactement deux topologies</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>topologist-cli: diff --textconv takes exactly one file</source>
        <translation>topologist-cli : diff --textconv prend exactement un fichier</translation>
    </message>
    <message>
        <location filename="../src/cli/mergecommand.cpp" line="+40"/>
        <source>Merge the changes OURS and THEIRS made to BASE, node by
node and value by value. Conflicts are listed and kept
in OUT&apos;s metadata (OUT holds our side); exit status 1.
As git&apos;s merge driver: merge %O %A %B -o %A</source>
        <translation>Fusionner les changements de OURS et THEIRS sur BASE,
nœud par nœud et valeur par valeur. Les conflits sont
listés et gardés dans les métadonnées de OUT (OUT
contient notre côté) ; code de sortie 1 alors.
Comme pilote de fusion git : merge %O %A %B -o %A</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to write the merged topology (default: standard
output).</source>
        <translation>Où écrire la topologie fusionnée (par défaut : la sortie
standard).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>topologist-cli: cannot write %1: %2</source>
        <translation>topologist-cli : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>topologist-cli: merge takes three topologies: BASE OURS THEIRS</source>
        <translation>topologist-cli : merge prend trois topologies : BASE OURS THEIRS</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>topologist-cli: %1 conflicts, kept under metadata/%2 in the merged topology, which holds our side of each</source>
        <translation>topologist-cli : %1 conflits, gardés sous metadata/%2 dans la topologie fusionnée, qui contient notre côté de chacun</translation>
    </message>
    <message>
        <location filename="../src/cli/mergereport.cpp" line="+17"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CONFLICT (%1): %2: ours %3, theirs %4</source>
        <translation>CONFLIT (%1) : %2 : nôtre %3, leur %4</translation>
    </message>
    <message>
        <location filename="../src/cli/diffcommand.cpp" line="+6"/>
        <location filename="../src/cli/topologyinput.cpp" line="+37"/>
        <source>topologist-cli: %1: cannot be read</source>
        <translation>topologist-cli : %1 : illisible</translation>
    </message>
    <message>
        <location filename="../src/cli/topologyinput.cpp" line="+13"/>
        <source>topologist-cli: %1: %2</source>
        <translation>topologist-cli : %1 : %2</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../src/editing/clipboard/nodeclipboard.cpp" line="+78"/>
        <source>The clipboard holds no node templates.</source>
        <translation>Le presse-papiers ne contient aucun modèle de nœud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no node templates: %1</source>
        <translation>Le presse-papiers ne contient aucun modèle de nœud : %1</translation>
    </message>
</context>
<context>
    <name>ComparisonSource</name>
    <message>
        <location filename="../src/editing/comparisonsource.cpp" line="+31"/>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the topology has no file yet</source>
        <translation>la topologie n&apos;a pas encore de fichier</translation>
    </message>
</context>
<context>
    <name>ConflictActions</name>
    <message>
        <location filename="../src/editing/conflictactions.cpp" line="+23"/>
        <source>Take ours: %1</source>
        <translation>Prendre la nôtre : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs: %1</source>
        <translation>Prendre la leur : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is settled already</source>
        <translation>%1 est déjà réglé</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../src/core/diff/conflictresolver.cpp" line="+82"/>
        <source>their version of %1 cannot be read</source>
        <translation>leur version de %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>their version of node %1 cannot be read</source>
        <translation>leur version du nœud %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <source>node %1 is no longer in the topology</source>
        <translation>le nœud %1 n&apos;est plus dans la topologie</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>another node is already called %1</source>
        <translation>un autre nœud s&apos;appelle déjà %1</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the conflict names no element</source>
        <translation>le conflit ne nomme aucun élément</translation>
    </message>
</context>
<context>
    <name>Csar</name>
    <message>
        <location filename="../src/core/csar/csarlayout.cpp" line="+128"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; cannot be read: %3</source>
        <translation>Archive &quot;%1&quot; : &quot;%2&quot; ne peut pas être lu : %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Archive &quot;%1&quot; has %2 YAML files at its root (%3), and without %4 Alien4Cloud needs exactly one. Move the others into a folder, or add a %4 whose Entry-Definitions names the main one.</source>
        <translation>L&apos;archive &quot;%1&quot; a %2 fichiers YAML à sa racine (%3), et sans %4 Alien4Cloud en exige exactement un. Déplacez les autres dans un dossier, ou ajoutez un %4 dont l&apos;Entry-Definitions désigne le principal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive &quot;%1&quot; keeps everything in the folder &quot;%2&quot;, as GitHub&apos;s &quot;Download ZIP&quot; does. Topologist reads it from there, but Alien4Cloud will refuse the archive: zip the content of that folder instead.</source>
        <translation>L&apos;archive &quot;%1&quot; range tout dans le dossier &quot;%2&quot;, comme le fait &quot;Download ZIP&quot; de GitHub. Topologist la lit depuis ce dossier, mais Alien4Cloud refusera l&apos;archive : zippez plutôt le contenu de ce dossier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; cannot be read.</source>
        <translation>Archive &quot;%1&quot; : &quot;%2&quot; ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; has no Entry-Definitions, which Alien4Cloud needs to find the main YAML file.</source>
        <translation>Archive &quot;%1&quot; : &quot;%2&quot; n&apos;a pas d&apos;Entry-Definitions, dont Alien4Cloud a besoin pour trouver le fichier YAML principal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> &quot;%1&quot; differs only in letter case; Alien4Cloud is case-sensitive.</source>
        <translation> &quot;%1&quot; ne diffère que par la casse ; Alien4Cloud est sensible à la casse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in &quot;%3&quot; names no file of the archive.%4</source>
        <translation>Archive &quot;%1&quot; : Entry-Definitions &quot;%2&quot; dans &quot;%3&quot; ne désigne aucun fichier de l&apos;archive.%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive &quot;%1&quot;: &quot;%2&quot; is ignored: Alien4Cloud only reads &quot;%3&quot;, with exactly that letter case.</source>
        <translation>Archive &quot;%1&quot; : &quot;%2&quot; est ignoré : Alien4Cloud ne lit que &quot;%3&quot;, avec exactement cette casse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at its root</source>
        <translation>à sa racine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in &quot;%1&quot;</source>
        <translation>dans &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive &quot;%1&quot; has no TOSCA-Metadata/TOSCA.meta and no *.yml or *.yaml file %2, so its entry definitions cannot be found.</source>
        <translation>L&apos;archive &quot;%1&quot; n&apos;a ni TOSCA-Metadata/TOSCA.meta ni fichier *.yml ou *.yaml %2 : ses définitions d&apos;entrée sont introuvables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> YAML files elsewhere: %1.</source>
        <translation> Fichiers YAML ailleurs : %1.</translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarpath.cpp" line="+54"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is not valid UTF-8</source>
        <translation>le nom n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name contains a control character</source>
        <translation>le nom contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is an absolute path</source>
        <translation>le nom est un chemin absolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name contains a backslash, which Windows reads as a folder separator</source>
        <translation>le nom contient une barre oblique inverse, que Windows lit comme séparateur de dossiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name contains &apos;:&apos;, which Windows reads as a drive or an alternate data stream</source>
        <translation>le nom contient &apos;:&apos;, que Windows lit comme un lecteur ou un flux de données alternatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name ends with &apos;/&apos; (a folder)</source>
        <translation>le nom se termine par &apos;/&apos; (un dossier)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name has a &quot;..&quot; segment, which points outside the archive&apos;s folder</source>
        <translation>le nom a un segment &quot;..&quot;, qui pointe hors du dossier de l&apos;archive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file or folder name in it is longer than %1 bytes</source>
        <translation>un nom de fichier ou de dossier y dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name has an empty or &quot;.&quot; segment</source>
        <translation>le nom a un segment vide ou &quot;.&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation>&quot;%1&quot; est un nom de périphérique réservé sous Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; ends with a dot or a space, which Windows drops</source>
        <translation>&quot;%1&quot; se termine par un point ou une espace, que Windows supprime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; contains &apos;%2&apos;, which Windows forbids in file names</source>
        <translation>&quot;%1&quot; contient &apos;%2&apos;, que Windows interdit dans les noms de fichiers</translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarreader.cpp" line="+166"/>
        <location line="+9"/>
        <source>Cannot read archive &quot;%1&quot;: %2</source>
        <translation>Impossible de lire l&apos;archive &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive &quot;%1&quot; is an empty file, not a zip archive.</source>
        <translation>L&apos;archive &quot;%1&quot; est un fichier vide, pas une archive zip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot; is %2 bytes, more than the %3 bytes allowed.</source>
        <translation>L&apos;archive &quot;%1&quot; fait %2 octets, plus que les %3 octets autorisés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read archive &quot;%1&quot;: it changed size while being read.</source>
        <translation>Impossible de lire l&apos;archive &quot;%1&quot; : sa taille a changé pendant la lecture.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive &quot;%1&quot; is damaged or truncated: its zip directory cannot be read.</source>
        <translation>L&apos;archive &quot;%1&quot; est endommagée ou tronquée : son répertoire zip est illisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a zip archive; a CSAR must be a zip file.</source>
        <translation>&quot;%1&quot; n&apos;est pas une archive zip ; un CSAR doit être un fichier zip.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the name is %1 characters long, more than the %2 allowed</source>
        <translation>le nom fait %1 caractères, plus que les %2 autorisés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is %1 folders deep, more than the %2 allowed</source>
        <translation>il est à %1 dossiers de profondeur, plus que les %2 autorisés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot; is damaged: its zip directory cannot be read.</source>
        <translation>L&apos;archive &quot;%1&quot; est endommagée : son répertoire zip est illisible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot; holds %2 entries, more than the %3 allowed.</source>
        <translation>L&apos;archive &quot;%1&quot; contient %2 entrées, plus que les %3 autorisées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive &quot;%1&quot; holds more than the %2 entries allowed.</source>
        <translation>L&apos;archive &quot;%1&quot; contient plus que les %2 entrées autorisées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot; is damaged: entry %2 of its zip directory cannot be read.</source>
        <translation>L&apos;archive &quot;%1&quot; est endommagée : l&apos;entrée %2 de son répertoire zip est illisible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+356"/>
        <source>Archive &quot;%1&quot;: with entry &quot;%2&quot; the archive uncompresses to more than the %3 bytes allowed in total.</source>
        <translation>Archive &quot;%1&quot; : avec l&apos;entrée &quot;%2&quot;, l&apos;archive décompressée dépasse les %3 octets autorisés au total.</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Archive &quot;%1&quot; is damaged: its zip directory cannot be read to the end.</source>
        <translation>L&apos;archive &quot;%1&quot; est endommagée : son répertoire zip ne peut pas être lu jusqu&apos;au bout.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is refused: %3.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est refusée : %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a symbolic link; a link could point outside the extraction folder, so the archive is refused.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est un lien symbolique ; un lien pourrait pointer hors du dossier d&apos;extraction, l&apos;archive est donc refusée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a device, pipe or socket, not a file.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est un périphérique, un tube ou une socket, pas un fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is encrypted; neither Topologist nor Alien4Cloud can read encrypted archives.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est chiffrée ; ni Topologist ni Alien4Cloud ne savent lire les archives chiffrées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: folder entry &quot;%2&quot; carries %3 bytes of data.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée de dossier &quot;%2&quot; contient %3 octets de données.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; uses compression method %3; only stored (0) and deflate (8) are supported, as in Alien4Cloud.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; utilise la méthode de compression %3 ; seules stored (0) et deflate (8) sont prises en charge, comme dans Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is stored uncompressed, yet declares %3 bytes stored and %4 bytes of content.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est stockée sans compression, mais déclare %3 octets stockés et %4 octets de contenu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is %3 bytes uncompressed, more than the %4 bytes allowed for one entry.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; fait %3 octets décompressée, plus que les %4 octets autorisés pour une entrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; expands %3 times (%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; se décompresse %3 fois (%4 octets à partir de %5), plus que les %6 autorisées ; cela ressemble à une bombe zip.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Archive &quot;%1&quot; expands %2 times overall (%3 bytes from a %4-byte file), more than the %5 allowed; this looks like a zip bomb.</source>
        <translation>L&apos;archive &quot;%1&quot; se décompresse %2 fois au total (%3 octets à partir d&apos;un fichier de %4 octets), plus que les %5 autorisées ; cela ressemble à une bombe zip.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Archive &quot;%1&quot; holds entry &quot;%2&quot; twice.</source>
        <translation>L&apos;archive &quot;%1&quot; contient deux fois l&apos;entrée &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive &quot;%1&quot;: entries &quot;%2&quot; and &quot;%3&quot; differ only in letter case or Unicode form, so they overwrite each other on Windows and macOS.</source>
        <translation>Archive &quot;%1&quot; : les entrées &quot;%2&quot; et &quot;%3&quot; ne diffèrent que par la casse ou la forme Unicode, elles s&apos;écrasent donc l&apos;une l&apos;autre sous Windows et macOS.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is a file, but other entries use it as a folder.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est un fichier, mais d&apos;autres entrées l&apos;utilisent comme dossier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+243"/>
        <source>Archive &quot;%1&quot; is damaged: entry %2 of its zip directory cannot be reached.</source>
        <translation>L&apos;archive &quot;%1&quot; est endommagée : l&apos;entrée %2 de son répertoire zip est inaccessible.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Archive &quot;%1&quot; has no file entry &quot;%2&quot;.</source>
        <translation>L&apos;archive &quot;%1&quot; n&apos;a pas d&apos;entrée de fichier &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; is damaged: %3.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est endommagée : %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its local header does not match the zip directory</source>
        <translation>son en-tête local ne correspond pas au répertoire zip</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot extract archive &quot;%1&quot;: writing entry &quot;%2&quot; failed: %3</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; : l&apos;écriture de l&apos;entrée &quot;%2&quot; a échoué : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>its data cannot be read</source>
        <translation>ses données sont illisibles</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>decompression cannot start</source>
        <translation>la décompression ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its compressed data is invalid</source>
        <translation>ses données compressées sont invalides</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its compressed data ends early</source>
        <translation>ses données compressées s&apos;arrêtent trop tôt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to more than the %3 bytes its header declares; the archive is damaged or crafted.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; se décompresse en plus des %3 octets que déclare son en-tête ; l&apos;archive est endommagée ou forgée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to more than the %3 bytes allowed for one entry.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; se décompresse en plus des %3 octets autorisés pour une entrée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; expanded %3 times while decompressing (%4 bytes from %5), more than the %6 allowed; this looks like a zip bomb.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; s&apos;est décompressée %3 fois (%4 octets à partir de %5), plus que les %6 autorisées ; cela ressemble à une bombe zip.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive &quot;%1&quot;: at entry &quot;%2&quot; the archive has expanded to %3 bytes, more than %4 times its file size; this looks like a zip bomb.</source>
        <translation>Archive &quot;%1&quot; : à l&apos;entrée &quot;%2&quot;, l&apos;archive a atteint %3 octets, plus de %4 fois la taille de son fichier ; cela ressemble à une bombe zip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive &quot;%1&quot;: entry &quot;%2&quot; decompresses to %3 bytes, but its header declares %4; the archive is damaged or crafted.</source>
        <translation>Archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; se décompresse en %3 octets, mais son en-tête en déclare %4 ; l&apos;archive est endommagée ou forgée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its content does not match its checksum</source>
        <translation>son contenu ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot; into &quot;%2&quot;: %3.</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; dans &quot;%2&quot; : %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder is not empty</source>
        <translation>le dossier n&apos;est pas vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder cannot be resolved</source>
        <translation>le dossier ne peut pas être résolu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; needs folder &quot;%3&quot;, which already exists as a file or link.</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; a besoin du dossier &quot;%3&quot;, qui existe déjà comme fichier ou lien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot extract archive &quot;%1&quot;: folder &quot;%2&quot; for entry &quot;%3&quot; cannot be created.</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; : le dossier &quot;%2&quot; de l&apos;entrée &quot;%3&quot; ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; resolves to &quot;%3&quot;, outside the extraction folder.</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; mène à &quot;%3&quot;, hors du dossier d&apos;extraction.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; resolves outside the extraction folder.</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; mène hors du dossier d&apos;extraction.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Cannot extract archive &quot;%1&quot;: entry &quot;%2&quot; cannot be written to &quot;%3&quot;: %4</source>
        <translation>Impossible d&apos;extraire l&apos;archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; ne peut pas être écrite dans &quot;%3&quot; : %4</translation>
    </message>
    <message>
        <location filename="../src/core/csar/csarwriter.cpp" line="+71"/>
        <source>Cannot write archive &quot;%1&quot;: entry path &quot;%2&quot; is refused: %3.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : le chemin d&apos;entrée &quot;%2&quot; est refusé : %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write archive &quot;%1&quot;: entry &quot;%2&quot; is given twice.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est donnée deux fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write archive &quot;%1&quot;: entries &quot;%2&quot; and &quot;%3&quot; differ only in letter case or Unicode form, so they overwrite each other on Windows and macOS.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : les entrées &quot;%2&quot; et &quot;%3&quot; ne diffèrent que par la casse ou la forme Unicode, elles s&apos;écrasent donc l&apos;une l&apos;autre sous Windows et macOS.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write archive &quot;%1&quot;: entry &quot;%2&quot; is a file, but other entries use it as a folder.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : l&apos;entrée &quot;%2&quot; est un fichier, mais d&apos;autres entrées l&apos;utilisent comme dossier.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the zip cannot be started (error %1)</source>
        <translation>le zip ne peut pas être commencé (erreur %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the zip cannot be finished (error %1)</source>
        <translation>le zip ne peut pas être terminé (erreur %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a file</source>
        <translation>n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read</source>
        <translation>est illisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write archive &quot;%1&quot;: source file &quot;%2&quot; for entry &quot;%3&quot; %4.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : le fichier source &quot;%2&quot; de l&apos;entrée &quot;%3&quot; %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write archive &quot;%1&quot;: its TOSCA.meta has no Entry-Definitions, which Alien4Cloud needs to find the main YAML file.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : son TOSCA.meta n&apos;a pas d&apos;Entry-Definitions, dont Alien4Cloud a besoin pour trouver le fichier YAML principal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write archive &quot;%1&quot;: Entry-Definitions &quot;%2&quot; in its TOSCA.meta names no entry of the archive.</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : l&apos;Entry-Definitions &quot;%2&quot; de son TOSCA.meta ne désigne aucune entrée de l&apos;archive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write archive &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry &quot;%1&quot; cannot be added (error %2)</source>
        <translation>l&apos;entrée &quot;%1&quot; ne peut pas être ajoutée (erreur %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>entry &quot;%1&quot; cannot be written</source>
        <translation>l&apos;entrée &quot;%1&quot; ne peut pas être écrite</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>entry &quot;%1&quot; cannot be finished (error %2)</source>
        <translation>l&apos;entrée &quot;%1&quot; ne peut pas être terminée (erreur %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write archive &quot;%1&quot;: source file &quot;%2&quot; for entry &quot;%3&quot; cannot be read: %4</source>
        <translation>Impossible d&apos;écrire l&apos;archive &quot;%1&quot; : le fichier source &quot;%2&quot; de l&apos;entrée &quot;%3&quot; est illisible : %4</translation>
    </message>
    <message>
        <location filename="../src/core/csar/temporaryfolder.cpp" line="+79"/>
        <source>there is no temporary folder (is TMPDIR, &quot;%1&quot;, an existing folder?)</source>
        <translation>il n&apos;y a pas de dossier temporaire (TMPDIR, &quot;%1&quot;, est-il un dossier existant ?)</translation>
    </message>
    <message>
        <location filename="../src/core/csar/toscametadata.cpp" line="+93"/>
        <source>unknown escape &quot;\%1&quot;</source>
        <translation>séquence d&apos;échappement inconnue &quot;\%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad &quot;\%1&quot; escape</source>
        <translation>séquence d&apos;échappement &quot;\%1&quot; incorrecte</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the closing %1 is missing</source>
        <translation>le %1 fermant manque</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+33"/>
        <source>Line ignored: %1.</source>
        <translation>Ligne ignorée : %1.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+15"/>
        <source>Line ignored: it is not a `Key: value` line.</source>
        <translation>Ligne ignorée : ce n&apos;est pas une ligne `Key: value`.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line ignored: text follows the quoted value of &quot;%1&quot;.</source>
        <translation>Ligne ignorée : du texte suit la valeur entre guillemets de &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Indented line ignored: TOSCA.meta holds one `Key: value` per line.</source>
        <translation>Ligne indentée ignorée : TOSCA.meta contient un `Key: value` par ligne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key &quot;%1&quot; was already given on line %2; this value is ignored.</source>
        <translation>La clé &quot;%1&quot; a déjà été donnée à la ligne %2 ; cette valeur est ignorée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key &quot;%1&quot; is ignored: Alien4Cloud reads &quot;%2&quot;, with exactly that letter case.</source>
        <translation>La clé &quot;%1&quot; est ignorée : Alien4Cloud lit &quot;%2&quot;, avec exactement cette casse.</translation>
    </message>
    <message>
        <location filename="../src/core/csar/unpackedcsar.cpp" line="+47"/>
        <source>Archive &quot;%1&quot; cannot be opened: no temporary folder to unpack it into (%2).</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive &quot;%1&quot; : aucun dossier temporaire où la décompresser (%2).</translation>
    </message>
</context>
<context>
    <name>CsarExporter</name>
    <message>
        <location filename="../src/core/csar/csarexporter.cpp" line="+127"/>
        <source>The archive has no name (template_name). Alien4Cloud imports an archive as name:version, so give it a name, e.g. &quot;marathon-topology&quot;.</source>
        <translation>L&apos;archive n&apos;a pas de nom (template_name). Alien4Cloud importe une archive sous la forme nom:version, donnez-lui donc un nom, par exemple &quot;marathon-topology&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive has no version (template_version). Give it one, e.g. &quot;0.1.0-SNAPSHOT&quot; while it still changes, &quot;1.0.0&quot; for a release.</source>
        <translation>L&apos;archive n&apos;a pas de version (template_version). Donnez-lui en une, par exemple &quot;0.1.0-SNAPSHOT&quot; tant qu&apos;elle change encore, &quot;1.0.0&quot; pour une version publiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The version &quot;%1&quot; is not one Alien4Cloud accepts: use numbers separated by dots, optionally followed by a qualifier, e.g. &quot;1.4.0&quot; or &quot;1.4.0-SNAPSHOT&quot;.</source>
        <translation>La version &quot;%1&quot; n&apos;est pas acceptée par Alien4Cloud : utilisez des nombres séparés par des points, suivis éventuellement d&apos;un qualificatif, par exemple &quot;1.4.0&quot; ou &quot;1.4.0-SNAPSHOT&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 refers to &quot;%2&quot;, which is not in the folder of archive %3; Alien4Cloud refuses an archive whose scripts are missing. Add the file or fix the path.</source>
        <translation>%1 fait référence à &quot;%2&quot;, qui n&apos;est pas dans le dossier de l&apos;archive %3 ; Alien4Cloud refuse une archive dont des scripts manquent. Ajoutez le fichier ou corrigez le chemin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 refers to &quot;%2&quot;, which is a link to a file outside the folder of archive %3; only files inside that folder go into a CSAR (it is published to the server). Copy the file into the folder instead of linking to it.</source>
        <translation>%1 fait référence à &quot;%2&quot;, un lien vers un fichier hors du dossier de l&apos;archive %3 ; seuls les fichiers de ce dossier entrent dans un CSAR (il est publié sur le serveur). Copiez le fichier dans le dossier au lieu d&apos;y faire un lien.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not writing &quot;%1&quot;: it is &quot;%2&quot;, which the export reads, and the CSAR would replace it. Choose another output file.</source>
        <translation>&quot;%1&quot; n&apos;est pas écrit : c&apos;est &quot;%2&quot;, que l&apos;export lit, et le CSAR le remplacerait. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>The topology has %n validation errors; Alien4Cloud would refuse it or fail to deploy it. Fix them, or export anyway.</source>
        <translation>
            <numerusform>La topologie a %n erreur de validation ; Alien4Cloud la refuserait ou échouerait à la déployer. Corrigez-la, ou exportez quand même.</numerusform>
            <numerusform>La topologie a %n erreurs de validation ; Alien4Cloud la refuserait ou échouerait à la déployer. Corrigez-les, ou exportez quand même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported despite %n validation errors.</source>
        <translation>
            <numerusform>Exporté malgré %n erreur de validation.</numerusform>
            <numerusform>Exporté malgré %n erreurs de validation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Wrote %1 (%2 files).</source>
        <translation>%1 écrit (%2 fichiers).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type archives, in upload order:</source>
        <translation>Archives de types, dans l&apos;ordre d&apos;envoi :</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Not exported: the topology has %n validation errors. Fix them, or export anyway (--force).</source>
        <translation>
            <numerusform>Non exporté : la topologie a %n erreur de validation. Corrigez-la, ou exportez quand même (--force).</numerusform>
            <numerusform>Non exporté : la topologie a %n erreurs de validation. Corrigez-les, ou exportez quand même (--force).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (archive %2, referenced by %3 at %4)</source>
        <translation>%1 (archive %2, référencé par %3 à %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not exported: %n referenced files are missing, and Alien4Cloud refuses an archive without them:</source>
        <translation>
            <numerusform>Non exporté : %n fichier référencé manque, et Alien4Cloud refuse une archive sans lui :</numerusform>
            <numerusform>Non exporté : %n fichiers référencés manquent, et Alien4Cloud refuse une archive sans eux :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not exported:</source>
        <translation>Non exporté :</translation>
    </message>
</context>
<context>
    <name>DiffHumanReport</name>
    <message>
        <location filename="../src/core/diff/diffhumanreport.cpp" line="+19"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>1 element changed</source>
        <translation>1 élément modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 elements changed</source>
        <translation>%1 éléments modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 added, %2 removed, %3 modified, %4 renamed</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés, %4 renommés</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>renamed from %1</source>
        <translation>renommé depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retyped %1 -&gt; %2</source>
        <translation>type changé %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Layout only (ignored with --ignore-layout): %1 nodes moved</source>
        <translation>Disposition seulement (ignorée avec --ignore-layout) : %1 nœuds déplacés</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../src/editing/documentactions.cpp" line="+57"/>
        <location line="+11"/>
        <source>%1 has an unknown type</source>
        <translation>%1 a un type inconnu</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+261"/>
        <location line="+155"/>
        <source>no archive of the type library declares %1</source>
        <translation>aucune archive de la bibliothèque de types ne déclare %1</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>%1 is not in the topology&apos;s imports</source>
        <translation>%1 ne fait pas partie des imports de la topologie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not something that gets hosted</source>
        <translation>%1 n&apos;est pas un type qui s&apos;héberge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be hosted on %2: %3</source>
        <translation>%1 ne peut pas être hébergé sur %2 : %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no such node</source>
        <translation>ce nœud n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a node cannot satisfy its own requirement</source>
        <translation>un nœud ne peut pas satisfaire sa propre exigence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no requirement &apos;%2&apos;</source>
        <translation>%1 n&apos;a pas d&apos;exigence &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.%2 already targets %3</source>
        <translation>%1.%2 cible déjà %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is hosted on %2; hosting it back would make a loop</source>
        <translation>%1 est hébergé sur %2 ; l&apos;héberger en retour créerait une boucle</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%1.%2 accepts at most %n relationships</source>
        <translation>
            <numerusform>%1.%2 accepte au plus %n relation</numerusform>
            <numerusform>%1.%2 accepte au plus %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>capability &apos;%1&apos; of %2 is full (%n relationships at most)</source>
        <translation>
            <numerusform>la capacité &apos;%1&apos; de %2 est pleine (%n relation au plus)</numerusform>
            <numerusform>la capacité &apos;%1&apos; de %2 est pleine (%n relations au plus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+184"/>
        <location line="+26"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add %1 on %2</source>
        <translation>Ajouter %1 sur %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+27"/>
        <source>Connect %1.%2 to %3</source>
        <translation>Connecter %1.%2 à %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disconnect %1.%2 from %3</source>
        <translation>Déconnecter %1.%2 de %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use letters, digits and underscores</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom qu&apos;Alien4Cloud accepte : utilisez des lettres, des chiffres et des tirets bas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a node called &apos;%1&apos; already exists</source>
        <translation>un nœud nommé &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no node called &apos;%1&apos;</source>
        <translation>aucun nœud nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already a %2</source>
        <translation>%1 est déjà un %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change type of %1 to %2</source>
        <translation>Changer le type de %1 en %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset %1 of %2</source>
        <translation>Réinitialiser %1 de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set %1.%2 of %3</source>
        <translation>Définir %1.%2 de %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset %1.%2 of %3</source>
        <translation>Réinitialiser %1.%2 de %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set relationship of %1.%2</source>
        <translation>Définir la relation de %1.%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitRevision</name>
    <message>
        <location filename="../src/core/catalog/gitrevision.cpp" line="+28"/>
        <source>git could not be started (is it installed?)</source>
        <translation>git n&apos;a pas pu être lancé (est-il installé ?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>git exited with status %1</source>
        <translation>git s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not in a git repository</source>
        <translation>pas dans un dépôt git</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>git show %1 failed: %2</source>
        <translation>git show %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write a temporary copy</source>
        <translation>impossible d&apos;écrire une copie temporaire</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../src/editing/groupactions.cpp" line="+58"/>
        <source>Add group %1</source>
        <translation>Ajouter le groupe %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change group %1</source>
        <translation>Modifier le groupe %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove group %1</source>
        <translation>Supprimer le groupe %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+98"/>
        <source>Mesos HA cluster</source>
        <translation>Cluster Mesos HA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aurora on Mesos</source>
        <translation>Aurora sur Mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathon on Mesos</source>
        <translation>Marathon sur Mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marathon with REX-Ray volumes</source>
        <translation>Marathon avec volumes REX-Ray</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOSCA topologies (*.yml *.yaml *.csar *.zip);;YAML files (*.yml *.yaml);;CSAR archives (*.csar *.zip);;All files (*)</source>
        <translation>Topologies TOSCA (*.yml *.yaml *.csar *.zip);;Fichiers YAML (*.yml *.yaml);;Archives CSAR (*.csar *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>NodeContentBuilder</name>
    <message>
        <location filename="../src/gui/canvas/nodecontentbuilder.cpp" line="+125"/>
        <source>%1
Unknown type %2</source>
        <translation>%1
Type inconnu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirement %1: %2 %3
Drag to a node to connect it</source>
        <translation>Exigence %1 : %2 %3
Faites-la glisser sur un nœud pour la connecter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Instances: min %1, default %2, max %3</source>
        <translation>Instances : min %1, par défaut %2, max %3</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../src/gui/outline/outlinemodel.cpp" line="+145"/>
        <source>&lt;p&gt;... and %1 more&lt;/p&gt;</source>
        <translation>&lt;p&gt;... et %1 de plus&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PolicyActions</name>
    <message>
        <location filename="../src/editing/policyactions.cpp" line="+63"/>
        <source>Add policy %1</source>
        <translation>Ajouter la politique %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change policy %1</source>
        <translation>Modifier la politique %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove policy %1</source>
        <translation>Supprimer la politique %1</translation>
    </message>
</context>
<context>
    <name>ProblemBadges</name>
    <message>
        <location filename="../src/gui/canvas/problembadges.cpp" line="+104"/>
        <source>Click for quick fixes</source>
        <translation>Cliquez pour les correctifs rapides</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <location filename="../src/core/validation/quickfixapplier.cpp" line="+64"/>
        <source>node &apos;%1&apos; no longer exists</source>
        <translation>le nœud &apos;%1&apos; n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>the requirement changed</source>
        <translation>l&apos;exigence a changé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is already taken</source>
        <translation>&apos;%1&apos; est déjà pris</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../src/core/recovery/recoveryfile.cpp" line="+30"/>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in use by another session</source>
        <translation>%1 est utilisé par une autre session</translation>
    </message>
    <message>
        <location filename="../src/core/recovery/recoverystore.cpp" line="+51"/>
        <source>Cannot create the recovery folder %1</source>
        <translation>Impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a Topologist recovery file</source>
        <translation>%1 : pas un fichier de récupération de Topologist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: damaged header: %2</source>
        <translation>%1 : en-tête endommagé : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: truncated (%2 of %3 bytes)</source>
        <translation>%1 : tronqué (%2 octets sur %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>SectionActions</name>
    <message>
        <location filename="../src/editing/sectionactions.cpp" line="+83"/>
        <source>Add input %1</source>
        <translation>Ajouter l’entrée %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change input %1</source>
        <translation>Modifier l’entrée %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove input %1</source>
        <translation>Supprimer l’entrée %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add output %1</source>
        <translation>Ajouter la sortie %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change output %1</source>
        <translation>Modifier la sortie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove output %1</source>
        <translation>Supprimer la sortie %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Set %1 of %2 as input %3</source>
        <translation>Définir %1 de %2 comme entrée %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unset input of %1 of %2</source>
        <translation>Retirer l’entrée de %1 de %2</translation>
    </message>
</context>
<context>
    <name>SeverityIcons</name>
    <message>
        <location filename="../src/gui/problems/severityicons.cpp" line="+144"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
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
        <translation>Exporter en TOSCA &amp;standard (%1)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Export Standard TOSCA</source>
        <translation>Exporter en TOSCA standard</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>CSAR archive (*.csar);;TOSCA YAML (*.yaml *.yml)</source>
        <translation>Archive CSAR (*.csar);;YAML TOSCA (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote %1 as standard TOSCA (%2).</source>
        <translation>%1 écrit en TOSCA standard (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was left out.</source>
        <translation>Rien n’a été omis.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… et %n autre (voir les détails)</numerusform>
            <numerusform>… et %n autres (voir les détails)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Left out %n keys only Alien4Cloud reads:</source>
        <translation>
            <numerusform>%n clé omise, que seul Alien4Cloud lit :</numerusform>
            <numerusform>%n clés omises, que seul Alien4Cloud lit :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardToscaExporter</name>
    <message>
        <location filename="../src/core/standard/standardtopologycleaner.cpp" line="+70"/>
        <source>its file is an input artifact, which only Alien4Cloud has; the type&apos;s artifact applies</source>
        <translation>son fichier est un artefact d’entrée, que seul Alien4Cloud connaît ; l’artefact du type s’applique</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is no TOSCA version; kept in the node&apos;s metadata</source>
        <translation>« %1 » n’est pas une version TOSCA ; conservé dans les métadonnées du nœud</translation>
    </message>
    <message>
        <location filename="../src/core/standard/standardtoscaexporter.cpp" line="+48"/>
        <source>Not writing &quot;%1&quot;: it is the file the topology is read from. Choose another output file.</source>
        <translation>« %1 » n’est pas écrit : c’est le fichier d’où la topologie est lue. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 refers to &quot;%2&quot;, which is not in its archive&apos;s folder; a CSAR must hold it. Add the file, fix the path, or export a YAML file instead.</source>
        <translation>%1 fait référence à « %2 », qui n’est pas dans le dossier de son archive ; un CSAR doit le contenir. Ajoutez le fichier, corrigez le chemin ou exportez plutôt un fichier YAML.</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Left out %n keys only Alien4Cloud reads: %1</source>
        <translation>
            <numerusform>%n clé omise, que seul Alien4Cloud lit : %1</numerusform>
            <numerusform>%n clés omises, que seul Alien4Cloud lit : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not exported:</source>
        <translation>Non exporté :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 (standard TOSCA, %2).</source>
        <translation>%1 écrit (TOSCA standard, %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was left out.</source>
        <translation>Rien n’a été omis.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Left out %n keys only Alien4Cloud reads:</source>
        <translation>
            <numerusform>%n clé omise, que seul Alien4Cloud lit :</numerusform>
            <numerusform>%n clés omises, que seul Alien4Cloud lit :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/standard/standardtypecleaner.cpp" line="+212"/>
        <source>&quot;%1&quot; is no TOSCA version</source>
        <translation>« %1 » n’est pas une version TOSCA</translation>
    </message>
</context>
<context>
    <name>SubstitutionActions</name>
    <message>
        <location filename="../src/editing/substitutionactions.cpp" line="+99"/>
        <source>Set substituted type %1</source>
        <translation>Définir le type substitué %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove substitution</source>
        <translation>Supprimer la substitution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expose capability %1</source>
        <translation>Exposer la capacité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expose requirement %1</source>
        <translation>Exposer l&apos;exigence %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change exposed capability %1</source>
        <translation>Modifier la capacité exposée %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change exposed requirement %1</source>
        <translation>Modifier l&apos;exigence exposée %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop exposing capability %1</source>
        <translation>Ne plus exposer la capacité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop exposing requirement %1</source>
        <translation>Ne plus exposer l&apos;exigence %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map property %1</source>
        <translation>Associer la propriété %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change property mapping %1</source>
        <translation>Modifier l&apos;association de la propriété %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unmap property %1</source>
        <translation>Dissocier la propriété %1</translation>
    </message>
</context>
<context>
    <name>Topologist::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <source>About Topologist</source>
        <translation>À propos de Topologist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h3&gt;Topologist %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Topologist %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A desktop designer for TOSCA topologies deployed through Alien4Cloud.</source>
        <translation>Un concepteur de bureau pour les topologies TOSCA déployées par Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (running on %2)</source>
        <translation>%1 (exécuté sur %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Topologist is free software, licensed under the GNU General Public License, version 3 or later (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).</source>
        <translation>Topologist est un logiciel libre, sous licence GNU General Public License, version 3 ou ultérieure (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;).</translation>
    </message>
</context>
<context>
    <name>Topologist::Alien4CloudPasswordStore</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpasswordstore.cpp" line="+77"/>
        <source>No keyring is used.</source>
        <translation>Aucun trousseau n&apos;est utilisé.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keyring did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>Topologist::Alien4CloudPush</name>
    <message>
        <location filename="../src/core/alien4cloud/alien4cloudpush.cpp" line="+193"/>
        <source>Preparing %1</source>
        <translation>Préparation de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot push: there is no temporary folder to prepare the archive in (%1).</source>
        <translation>Envoi impossible : aucun dossier temporaire pour préparer l&apos;archive (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing file &quot;%1&quot; (%2)</source>
        <translation>fichier manquant &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not pushed. %1</source>
        <translation>Non envoyé. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logging in as %1</source>
        <translation>Connexion en tant que %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot upload %1, which the server lacks and the topology imports. %2</source>
        <translation>Impossible d&apos;envoyer %1, qui manque au serveur et que la topologie importe. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Having Alien4Cloud check %1</source>
        <translation>Vérification de %1 par Alien4Cloud</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating application %1</source>
        <translation>Création de l&apos;application %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alien4Cloud %1</source>
        <translation>Alien4Cloud %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>on the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing: will be uploaded from the type library</source>
        <translation>manquant : sera envoyé depuis la bibliothèque de types</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Alien4Cloud refused the type archive %1, which the topology imports: %2</source>
        <translation>Alien4Cloud a refusé l&apos;archive de types %1, que la topologie importe : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+53"/>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>needs Alien4Cloud 3.0 or later</source>
        <translation>nécessite Alien4Cloud 3.0 ou plus récent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alien4Cloud at %1 already has %2 with different content, and a released version cannot be replaced. Bump the version (%3, say), or use a -SNAPSHOT version while the topology still changes.</source>
        <translation>Alien4Cloud à %1 a déjà %2 avec un contenu différent, et une version publiée ne peut pas être remplacée. Augmentez la version (%3, par exemple), ou utilisez une version -SNAPSHOT tant que la topologie change encore.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 The topology %2 was uploaded; only the application was not created.</source>
        <translation>%1 La topologie %2 a été envoyée ; seule l&apos;application n&apos;a pas été créée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is already up to date on the server: it has exactly this content.</source>
        <translation>%1 est déjà à jour sur le serveur : il a exactement ce contenu.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is already up to date on %2.</source>
        <translation>%1 est déjà à jour sur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed %1 to %2.</source>
        <translation>%1 envoyé à %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type archives uploaded first: %1.</source>
        <translation>Archives de types envoyées d&apos;abord : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application %1: %2</source>
        <translation>Application %1 : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The push to %1 was canceled.</source>
        <translation>L&apos;envoi vers %1 a été annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already uploaded: %1.</source>
        <translation>Déjà envoyé : %1.</translation>
    </message>
</context>
<context>
    <name>Topologist::BooleanValueEditor</name>
    <message>
        <location filename="../src/gui/properties/editors/booleanvalueeditor.cpp" line="+63"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/canvastool.cpp" line="+32"/>
        <source>%1 cannot satisfy %2</source>
        <translation>%1 ne peut pas satisfaire %2</translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasView</name>
    <message>
        <location filename="../src/gui/canvas/canvasview.cpp" line="+272"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Connect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose in the Properties panel</source>
        <translation>choisir dans le panneau Propriétés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host on</source>
        <translation>&amp;Héberger sur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>drag the card onto one</source>
        <translation>faites glisser la carte sur l&apos;un d&apos;eux</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more: %1</source>
        <translation>
            <numerusform>%n de plus : %1</numerusform>
            <numerusform>%n de plus : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete Relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This topology has no nodes yet</source>
        <translation>Cette topologie n&apos;a encore aucun nœud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a type from the Types panel onto the canvas to add a node; drop it on a machine to host it there. File &gt; New from Template starts from a whole Mesos cluster.</source>
        <translation>Faites glisser un type du panneau Types sur le canevas pour ajouter un nœud ; déposez-le sur une machine pour l&apos;y héberger. Fichier &gt; Nouveau à partir d&apos;un modèle part d&apos;un cluster Mesos complet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drawing the diagram… %1 %</source>
        <translation>Dessin du diagramme… %1 %</translation>
    </message>
</context>
<context>
    <name>Topologist::CanvasWidget</name>
    <message>
        <location filename="../src/gui/canvas/canvaswidget.cpp" line="+95"/>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrange the whole topology automatically</source>
        <translation>Disposer automatiquement toute la topologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the diagram in the view</source>
        <translation>Ajuster le diagramme à la vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (100 %)</source>
        <translation>Taille réelle (100 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom level; click for 100 %</source>
        <translation>Niveau de zoom ; cliquez pour 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the overview map</source>
        <translation>Afficher la carte d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>Auto Layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Laid out %n top-level node(s)</source>
        <translation>
            <numerusform>%n nœud de premier niveau disposé</numerusform>
            <numerusform>%n nœuds de premier niveau disposés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Rename cancelled</source>
        <translation>Renommage annulé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot export to &apos;%1&apos;: use a .png or .svg file name</source>
        <translation>Impossible d&apos;exporter vers &apos;%1&apos; : utilisez un nom de fichier .png ou .svg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagram is empty: there is nothing to export</source>
        <translation>Le diagramme est vide : il n&apos;y a rien à exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOSCA topology diagram exported by Topologist</source>
        <translation>Diagramme de topologie TOSCA exporté par Topologist</translation>
    </message>
</context>
<context>
    <name>Topologist::ChangeTypeDialog</name>
    <message>
        <location filename="../ui/changetypedialog.ui" line="+6"/>
        <source>Change Type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New type of %1 (now %2):</source>
        <translation>Nouveau type de %1 (actuellement %2) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter types by name or description</source>
        <translation>Filtrer les types par nom ou description</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/changetypedialog.cpp" line="+39"/>
        <source>Change &amp;Type</source>
        <translation>Changer le &amp;type</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (abstract)</source>
        <translation>%1 (abstrait)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (current type)</source>
        <translation>%1 (type actuel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No type matches the filter.</source>
        <translation>Aucun type ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has this type now.</source>
        <translation>%1 a déjà ce type.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used here.</source>
        <translation>%1 ne peut pas être utilisé ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (capability)</source>
        <translation>%1 (capacité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps: %1</source>
        <translation>Garde : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drops: %1</source>
        <translation>Abandonne : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer fits its target: %1</source>
        <translation>Ne convient plus à sa cible : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a value for: %1</source>
        <translation>Demande une valeur pour : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports %1</source>
        <translation>Importe %1</translation>
    </message>
</context>
<context>
    <name>Topologist::ChangesPanel</name>
    <message>
        <location filename="../src/gui/compare/changespanel.cpp" line="+66"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End Comparison</source>
        <translation>Terminer la comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing and clear the marks (Esc)</source>
        <translation>Arrêter la comparaison et effacer les marques (Échap)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing compared: File &gt; Compare With shows what changed.</source>
        <translation>Rien n&apos;est comparé : Fichier &gt; Comparer avec montre ce qui a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since %1</source>
        <translation>Aucune modification depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change since %1</source>
        <translation>1 modification depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes since %2</source>
        <translation>%1 modifications depuis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
</context>
<context>
    <name>Topologist::CompareController</name>
    <message>
        <location filename="../src/gui/compare/comparecontroller.cpp" line="+31"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compare &amp;With</source>
        <translation>Co&amp;mparer avec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;File…</source>
        <translation>Un autre &amp;fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what changed between another topology file and this one</source>
        <translation>Montrer ce qui a changé entre un autre fichier de topologie et celui-ci</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Version in &amp;HEAD</source>
        <translation>Version dans &amp;HEAD</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Show what changed since the file&apos;s last commit in git</source>
        <translation>Montrer ce qui a changé depuis le dernier commit git du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End Comparison</source>
        <translation>&amp;Terminer la comparaison</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version in &amp;HEAD (%1)</source>
        <translation>Version dans &amp;HEAD (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare With Another File</source>
        <translation>Comparer avec un autre fichier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This topology has no file yet: save it in a git repository to compare it with the last commit.</source>
        <translation>Cette topologie n&apos;a pas encore de fichier : enregistrez-la dans un dépôt git pour la comparer au dernier commit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of %1 in HEAD cannot be read: %2</source>
        <translation>La version de %1 dans HEAD ne peut pas être lue : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
</context>
<context>
    <name>Topologist::ConflictsPanel</name>
    <message>
        <location filename="../src/gui/compare/conflictspanel.cpp" line="+53"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours (this file)</source>
        <translation>La nôtre (ce fichier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take &amp;Ours</source>
        <translation>Prendre la &amp;nôtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this file&apos;s version of the element (undoable)</source>
        <translation>Garder la version de l&apos;élément de ce fichier (annulable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;Theirs</source>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the element by their version (undoable)</source>
        <translation>Remplacer l&apos;élément par leur version (annulable)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1 merge conflict to resolve</source>
        <translation>1 conflit de fusion à résoudre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 merge conflicts to resolve</source>
        <translation>%1 conflits de fusion à résoudre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No merge conflicts: the file is plain TOSCA.</source>
        <translation>Aucun conflit de fusion : le fichier est du TOSCA pur.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot settle %1: %2</source>
        <translation>Impossible de régler %1 : %2</translation>
    </message>
</context>
<context>
    <name>Topologist::ConnectTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/connecttool.cpp" line="+38"/>
        <source>Drag %1.%2 onto a highlighted node to connect it</source>
        <translation>Faites glisser %1.%2 sur un nœud en surbrillance pour la connecter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop the arrow on another node to re-target %1.%2</source>
        <translation>Déposez la flèche sur un autre nœud pour recibler %1.%2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 has an unknown type</source>
        <translation>%1 a un type inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot satisfy %2</source>
        <translation>%1 ne peut pas satisfaire %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Release to connect %1.%2 to %3</source>
        <translation>Relâchez pour connecter %1.%2 à %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected: drop on a node</source>
        <translation>Non connecté : déposez sur un nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship unchanged</source>
        <translation>Relation inchangée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected %1.%2 to %3</source>
        <translation>%1.%2 connecté à %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1.%2 now targets %3</source>
        <translation>%1.%2 cible désormais %3</translation>
    </message>
</context>
<context>
    <name>Topologist::DocumentAutosaver</name>
    <message>
        <location filename="../src/editing/documentautosaver.cpp" line="+69"/>
        <source>Nothing to autosave</source>
        <translation>Rien à enregistrer automatiquement</translation>
    </message>
</context>
<context>
    <name>Topologist::ExportCsarDialog</name>
    <message>
        <location filename="../ui/exportcsardialog.ui" line="+6"/>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="+217"/>
        <source>Export CSAR</source>
        <translation>Exporter le CSAR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A file with this name exists; exporting replaces it.</source>
        <translation>Un fichier de ce nom existe ; l&apos;export le remplace.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive name and version</source>
        <translation>Nom et version de l&apos;archive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud imports an archive as name:version, and this topology lacks one of them (or has a version Alien4Cloud refuses). They are added to the topology&apos;s metadata when you export; Edit &gt; Undo takes them back.</source>
        <translation>Alien4Cloud importe une archive sous la forme nom:version, et il manque l&apos;un des deux à cette topologie (ou sa version est refusée par Alien4Cloud). Ils sont ajoutés aux métadonnées de la topologie lors de l&apos;export ; Édition &gt; Annuler les retire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. marathon-topology</source>
        <translation>p. ex. marathon-topology</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>V&amp;ersion:</source>
        <translation>V&amp;ersion :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 0.1.0-SNAPSHOT</source>
        <translation>p. ex. 0.1.0-SNAPSHOT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write each type archive the topology imports as its own CSAR beside the topology&apos;s, numbered in the order Alien4Cloud needs them uploaded.</source>
        <translation>Écrire chaque archive de types que la topologie importe dans son propre CSAR à côté de celui de la topologie, numérotée dans l&apos;ordre où Alien4Cloud doit les recevoir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also export the imported &amp;type archives (self-contained)</source>
        <translation>Exporter aussi les archives de &amp;types importées (autonome)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export despite &amp;validation errors</source>
        <translation>Exporter malgré les erreurs de &amp;validation</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/exportcsardialog.cpp" line="-171"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The topology has 1 validation error (see the Problems list).</source>
        <translation>La topologie a 1 erreur de validation (voir la liste des problèmes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topology has %1 validation errors (see the Problems list).</source>
        <translation>La topologie a %1 erreurs de validation (voir la liste des problèmes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export is refused unless you export despite them; Alien4Cloud is likely to refuse such an archive too.</source>
        <translation>L&apos;export est refusé sauf si vous exportez malgré elles ; Alien4Cloud refuserait probablement aussi une telle archive.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %1 and %n type archives: %2</source>
        <translation>
            <numerusform>%1 et %n archive de types exportés : %2</numerusform>
            <numerusform>%1 et %n archives de types exportés : %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSAR archives (*.csar *.zip)</source>
        <translation>Archives CSAR (*.csar *.zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the archive a name: Alien4Cloud imports it as name:version.</source>
        <translation>Donnez un nom à l&apos;archive : Alien4Cloud l&apos;importe sous la forme nom:version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a version Alien4Cloud accepts: use numbers separated by dots, optionally followed by a qualifier, e.g. 1.4.0 or 1.4.0-SNAPSHOT.</source>
        <translation>&quot;%1&quot; n&apos;est pas une version qu&apos;Alien4Cloud accepte : utilisez des nombres séparés par des points, suivis éventuellement d&apos;un qualificatif, p. ex. 1.4.0 ou 1.4.0-SNAPSHOT.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose where to write the CSAR.</source>
        <translation>Choisissez où écrire le CSAR.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not exported: the topology has 1 validation error.</source>
        <translation>Non exporté : la topologie a 1 erreur de validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: the topology has %1 validation errors.</source>
        <translation>Non exporté : la topologie a %1 erreurs de validation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix them (they are in the Problems list), or check &quot;Export despite validation errors&quot;.</source>
        <translation>Corrigez-les (elles sont dans la liste des problèmes), ou cochez « Exporter malgré les erreurs de validation ».</translation>
    </message>
</context>
<context>
    <name>Topologist::FloatField</name>
    <message>
        <location filename="../src/gui/properties/floatfield.cpp" line="+120"/>
        <source>Only a number can go here, such as 1.5 or 2e3</source>
        <translation>Seul un nombre peut aller ici, comme 1.5 ou 2e3</translation>
    </message>
</context>
<context>
    <name>Topologist::GroupDialog</name>
    <message>
        <location filename="../ui/groupdialog.ui" line="+6"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Members:</source>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/groupdialog.cpp" line="+23"/>
        <source>Add Group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A group needs a name.</source>
        <translation>Un groupe doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the name of a node; a policy could not tell them apart.</source>
        <translation>%1 est le nom d&apos;un nœud ; une politique ne pourrait pas les distinguer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a group called %1 already.</source>
        <translation>Il existe déjà un groupe nommé %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A group needs at least one member.</source>
        <translation>Un groupe doit avoir au moins un membre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group could not be changed.</source>
        <translation>Le groupe n&apos;a pas pu être modifié.</translation>
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
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
</context>
<context>
    <name>Topologist::InputDialog</name>
    <message>
        <location filename="../ui/inputdialog.ui" line="+6"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Required:</source>
        <translation>&amp;Obligatoire :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A value must be given at deployment</source>
        <translation>Une valeur doit être donnée au déploiement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Default:</source>
        <translation>Valeur par &amp;défaut :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none (YAML flow text, e.g. 5050 or [a, b])</source>
        <translation>aucune (texte YAML en ligne, p. ex. 5050 ou [a, b])</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Constraints:</source>
        <translation>&amp;Contraintes :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (e.g. [ { in_range: [1, 5] } ])</source>
        <translation>aucune (p. ex. [ { in_range: [1, 5] } ])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/inputdialog.cpp" line="+43"/>
        <source>Add Input</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The constraints are not YAML: %1</source>
        <translation>Les contraintes ne sont pas du YAML : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The constraints must be a list, such as [ { greater_or_equal: 1 } ].</source>
        <translation>Les contraintes doivent être une liste, comme [ { greater_or_equal: 1 } ].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The constraints are not TOSCA: %1</source>
        <translation>Les contraintes ne sont pas du TOSCA : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The default is not a %1: %2</source>
        <translation>La valeur par défaut n&apos;est pas un %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The default is not YAML: %1</source>
        <translation>La valeur par défaut n’est pas du YAML : %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An input needs a name.</source>
        <translation>Une entrée doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An input needs a type.</source>
        <translation>Une entrée doit avoir un type.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default does not fit: %1</source>
        <translation>La valeur par défaut ne convient pas : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is an input called %1 already.</source>
        <translation>Il existe déjà une entrée nommée %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The input could not be changed.</source>
        <translation>L’entrée n’a pas pu être modifiée.</translation>
    </message>
</context>
<context>
    <name>Topologist::InputsOutputsPanel</name>
    <message>
        <location filename="../src/gui/sections/inputsoutputspanel.cpp" line="+31"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Topologist::IntegerField</name>
    <message>
        <location filename="../src/gui/properties/integerfield.cpp" line="+110"/>
        <source>Only a whole number from %1 to %2 can go here</source>
        <translation>Seul un nombre entier de %1 à %2 peut aller ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a whole number can go here</source>
        <translation>Seul un nombre entier peut aller ici</translation>
    </message>
</context>
<context>
    <name>Topologist::LoadProgressIndicator</name>
    <message>
        <location filename="../src/gui/mainwindow/loadprogressindicator.cpp" line="+25"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop opening the file; the open topology stays as it is</source>
        <translation>Arrêter l&apos;ouverture du fichier ; la topologie ouverte reste telle quelle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening %1: %2</source>
        <translation>Ouverture de %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parsing…</source>
        <translation>analyse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolving types…</source>
        <translation>résolution des types…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validating…</source>
        <translation>validation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>building the view…</source>
        <translation>construction de la vue…</translation>
    </message>
</context>
<context>
    <name>Topologist::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty topology</source>
        <translation>Commencer une topologie vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a TOSCA topology (YAML or CSAR)</source>
        <translation>Ouvrir une topologie TOSCA (YAML ou CSAR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+693"/>
        <source>Open Topology</source>
        <translation>Ouvrir une topologie</translation>
    </message>
    <message>
        <location line="-689"/>
        <location line="+1196"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-1193"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>Revenir à la &amp;version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Abandonner les modifications non enregistrées et recharger le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Diagram…</source>
        <translation>Exporter le &amp;diagramme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the diagram as a PNG or SVG image</source>
        <translation>Enregistrer le diagramme en image PNG ou SVG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSAR…</source>
        <translation>Exporter le &amp;CSAR…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the topology as a CSAR archive Alien4Cloud can import</source>
        <translation>Écrire la topologie en archive CSAR qu&apos;Alien4Cloud peut importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the topology as standard TOSCA for other TOSCA tools, the types it uses included</source>
        <translation>Écrire la topologie en TOSCA standard pour d’autres outils TOSCA, avec les types qu’elle utilise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Push to Alien4Cloud…</source>
        <translation>Envo&amp;yer vers Alien4Cloud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the topology, and the type archives it needs, to an Alien4Cloud server</source>
        <translation>Envoyer la topologie, et les archives de types dont elle a besoin, à un serveur Alien4Cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Type &amp;Archive…</source>
        <translation>Ajouter une &amp;archive de types…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your own TOSCA types (a folder, a YAML file or a CSAR) to the type library</source>
        <translation>Ajouter vos propres types TOSCA (un dossier, un fichier YAML ou un CSAR) à la bibliothèque de types</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1056"/>
        <source>Type &amp;Libraries…</source>
        <translation>&amp;Bibliothèques de types…</translation>
    </message>
    <message>
        <location line="-1055"/>
        <source>Folders of TOSCA archives (checkouts of archive repositories) that topologies import from</source>
        <translation>Dossiers d&apos;archives TOSCA (copies de dépôts d&apos;archives) depuis lesquels les topologies importent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected nodes with everything hosted on them</source>
        <translation>Copier les nœuds sélectionnés avec tout ce qui est hébergé sur eux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change T&amp;ype…</source>
        <translation>Changer le t&amp;ype…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected node another type, keeping the values that still apply</source>
        <translation>Donner un autre type au nœud sélectionné en gardant les valeurs qui s&apos;appliquent encore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Group Selection</source>
        <translation>&amp;Grouper la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a group of the selected nodes, for policies to apply to</source>
        <translation>Faire un groupe des nœuds sélectionnés, auquel appliquer des politiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Fixes…</source>
        <translation>Affic&amp;her les correctifs…</translation>
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
        <translation>Les correctifs rapides du problème ou du nœud sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Node…</source>
        <translation>Ajouter un &amp;nœud…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a type by name and add it, on the selected machine when it fits</source>
        <translation>Trouver un type par son nom et l&apos;ajouter, sur la machine sélectionnée s&apos;il y convient</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrange &amp;Automatically</source>
        <translation>Disposer a&amp;utomatiquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out the whole topology, hosts with what they host</source>
        <translation>Disposer toute la topologie, les hôtes avec ce qu&apos;ils hébergent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topologist &amp;Manual</source>
        <translation>&amp;Manuel de Topologist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to add, host, connect, check, export and push</source>
        <translation>Comment ajouter, héberger, connecter, vérifier, exporter et envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command&apos;s keys, and the keys of the canvas</source>
        <translation>Les touches de chaque commande, et celles du canevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Topologist</source>
        <translation>À &amp;propos de Topologist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ypes</source>
        <translation>T&amp;ypes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File and Edit Toolbar</source>
        <translation>Barre d&apos;outils Fichier et Édition</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom and Layout Toolbar</source>
        <translation>Barre d&apos;outils Zoom et Disposition</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inputs and Outputs</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups and Policies</source>
        <translation>Groupes et politiques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitution</source>
        <translation>Substitution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge Conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Problems in this topology (click to show the list)</source>
        <translation>Problèmes de cette topologie (cliquez pour afficher la liste)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Autosave failed: %1</source>
        <translation>L&apos;enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New from Template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template %1 cannot be read.</source>
        <translation>Le modèle %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New topology</source>
        <translation>Nouvelle topologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topology from %1</source>
        <translation>Nouvelle topologie à partir de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening %1 cancelled</source>
        <translation>Ouverture de %1 annulée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a TOSCA topology.</source>
        <translation>Le fichier n&apos;est pas une topologie TOSCA.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <location line="+429"/>
        <source>Save Topology</source>
        <translation>Enregistrer la topologie</translation>
    </message>
    <message>
        <location line="-450"/>
        <location line="+26"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Save Topology As</source>
        <translation>Enregistrer la topologie sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOSCA YAML (*.yml *.yaml)</source>
        <translation>YAML TOSCA (*.yml *.yaml)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Discard all changes to %1 and reload it from disk?</source>
        <translation>Abandonner toutes les modifications de %1 et le recharger depuis le disque ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reverting %1 cancelled</source>
        <translation>Retour à la version enregistrée de %1 annulé</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+387"/>
        <source>%1 can no longer be read; your version is kept.</source>
        <translation>%1 n&apos;est plus lisible ; votre version est conservée.</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Reverted to the saved %1</source>
        <translation>Retour à la version enregistrée de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Copied %n nodes</source>
        <translation>
            <numerusform>%n nœud copié</numerusform>
            <numerusform>%n nœuds copiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Pasted %n nodes</source>
        <translation>
            <numerusform>%n nœud collé</numerusform>
            <numerusform>%n nœuds collés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deleting %1 also deletes the %n nodes hosted on it.</source>
        <translation>
            <numerusform>Supprimer %1 supprime aussi le nœud hébergé dessus (%n).</numerusform>
            <numerusform>Supprimer %1 supprime aussi les %n nœuds hébergés dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is now a %2 (was %3)</source>
        <translation>%1 est maintenant un %2 (était %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pushing to Alien4Cloud…</source>
        <translation>Envoi vers Alien4Cloud…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Add Type Archive</source>
        <translation>Ajouter une archive de types</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>TOSCA archives (*.yml *.yaml *.csar *.zip);;All files (*)</source>
        <translation>Archives TOSCA (*.yml *.yaml *.csar *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not added.</source>
        <translation>%1 n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 to the type library</source>
        <translation>%1 ajouté à la bibliothèque de types</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (no library has %2)</source>
        <translation>%1 (aucune bibliothèque n&apos;a %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the libraries have version %2)</source>
        <translation>%1 (les bibliothèques ont la version %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing Type Archives</source>
        <translation>Archives de types manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This topology imports archives that no type library holds, so some of its types are unknown:

%1</source>
        <translation>Cette topologie importe des archives qu&apos;aucune bibliothèque de types ne contient, certains de ses types sont donc inconnus :

%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the versions the libraries have, or add the folder that holds these archives as a type library.</source>
        <translation>Utilisez les versions que les bibliothèques ont, ou ajoutez le dossier qui contient ces archives comme bibliothèque de types.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use Available Versions</source>
        <translation>&amp;Utiliser les versions disponibles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imports moved to the versions the type libraries have</source>
        <translation>Imports passés aux versions qu&apos;ont les bibliothèques de types</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program.</source>
        <translation>%1 a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload it and lose your unsaved changes, or keep your version (saving will ask before overwriting)?</source>
        <translation>Le recharger et perdre vos modifications non enregistrées, ou garder votre version (l&apos;enregistrement demandera avant d&apos;écraser) ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it, or keep your version (saving will ask before overwriting)?</source>
        <translation>Le recharger, ou garder votre version (l&apos;enregistrement demandera avant d&apos;écraser) ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your version is kept; save it to write the file again.</source>
        <translation>Votre version est conservée ; enregistrez-la pour réécrire le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reloading %1 cancelled</source>
        <translation>Rechargement de %1 annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reloaded %1</source>
        <translation>%1 rechargé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was deleted or moved since it was opened. Save it again?</source>
        <translation>%1 a été supprimé ou déplacé depuis son ouverture. L&apos;enregistrer à nouveau ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by another program since it was opened or saved. Overwrite those changes with your version?</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture ou son enregistrement. Écraser ces modifications avec votre version ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restoring %1 cancelled</source>
        <translation>Restauration de %1 annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovered version of %1 cannot be read; it is kept in %2.</source>
        <translation>La version récupérée de %1 ne peut pas être lue ; elle est conservée dans %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovered %1: save it to keep the changes</source>
        <translation>%1 récupéré : enregistrez-le pour garder les modifications</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select a node or a problem to see its quick fixes</source>
        <translation>Sélectionnez un nœud ou un problème pour voir ses correctifs rapides</translation>
    </message>
</context>
<context>
    <name>Topologist::ManualDialog</name>
    <message>
        <location filename="../src/gui/dialogs/manualdialog.cpp" line="+14"/>
        <source>Topologist Manual</source>
        <translation>Manuel de Topologist</translation>
    </message>
</context>
<context>
    <name>Topologist::MinimapWidget</name>
    <message>
        <location filename="../src/gui/canvas/minimapwidget.cpp" line="+26"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the overview (the map button under the canvas shows it again)</source>
        <translation>Masquer la vue d’ensemble (le bouton de carte sous le canevas la réaffiche)</translation>
    </message>
</context>
<context>
    <name>Topologist::MoveTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/movetool.cpp" line="+127"/>
        <source>%1 is not something that gets hosted</source>
        <translation>%1 n&apos;est pas un type qui s&apos;héberge</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+25"/>
        <source>Release to host %1 on %2</source>
        <translation>Relâchez pour héberger %1 sur %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Release to take %1 off its host</source>
        <translation>Relâchez pour retirer %1 de son hôte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is hosted on %2</source>
        <translation>%1 est hébergé sur %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+30"/>
        <source>%1 is now hosted on %2</source>
        <translation>%1 est désormais hébergé sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take %1 off %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is no longer hosted on %2</source>
        <translation>%1 n&apos;est plus hébergé sur %2</translation>
    </message>
</context>
<context>
    <name>Topologist::NameChecklist</name>
    <message>
        <location filename="../src/gui/sections/namechecklist.cpp" line="+16"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
</context>
<context>
    <name>Topologist::NodeItem</name>
    <message>
        <location filename="../src/gui/canvas/nodeitem.cpp" line="+437"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>Topologist::OutlineWidget</name>
    <message>
        <location filename="../src/gui/outline/outlinewidget.cpp" line="+44"/>
        <source>Filter nodes</source>
        <translation>Filtrer les nœuds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by node name or type</source>
        <translation>Filtrer par nom ou type de nœud</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Rename %1...</source>
        <translation>Renommer %1...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Type of %1…</source>
        <translation>Changer le type de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show on Canvas</source>
        <translation>Afficher sur le canevas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collapse All</source>
        <translation>Tout replier</translation>
    </message>
</context>
<context>
    <name>Topologist::OutputDialog</name>
    <message>
        <location filename="../ui/outputdialog.ui" line="+6"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{ get_attribute: [ Node, attribute ] }</source>
        <translation>{ get_attribute: [ Nœud, attribut ] }</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/outputdialog.cpp" line="+19"/>
        <source>Add Output</source>
        <translation>Ajouter une sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output %1</source>
        <translation>Sortie %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The value is not YAML: %1</source>
        <translation>La valeur n’est pas du YAML : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An output needs a name.</source>
        <translation>Une sortie doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An output needs a value, such as { get_attribute: [ Node, attribute ] }.</source>
        <translation>Une sortie doit avoir une valeur, par exemple { get_attribute: [ Nœud, attribut ] }.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is an output called %1 already.</source>
        <translation>Il existe déjà une sortie nommée %1.</translation>
    </message>
</context>
<context>
    <name>Topologist::PaletteDropTool</name>
    <message>
        <location filename="../src/gui/canvas/tools/palettedroptool.cpp" line="+59"/>
        <source>Cannot add %1</source>
        <translation>Impossible d&apos;ajouter %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 on %2</source>
        <translation>%1 ajouté sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot host %2</source>
        <translation>%1 ne peut pas héberger %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no archive of the type library declares %1</source>
        <translation>aucune archive de la bibliothèque de types ne déclare %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>Topologist::PolicyDialog</name>
    <message>
        <location filename="../ui/policydialog.ui" line="+6"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Cibles :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Properties:</source>
        <translation>&amp;Propriétés :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{ level: host }</source>
        <translation>{ level: host }</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/policydialog.cpp" line="+21"/>
        <source>Add Policy</source>
        <translation>Ajouter une politique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy %1</source>
        <translation>Politique %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The type declares no properties.</source>
        <translation>Le type ne déclare aucune propriété.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type declares: %1</source>
        <translation>Le type déclare : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The properties are not YAML: %1</source>
        <translation>Les propriétés ne sont pas du YAML : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The properties must be a mapping, such as { level: host }.</source>
        <translation>Les propriétés doivent être un dictionnaire, comme { level: host }.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a name.</source>
        <translation>Une politique doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a type.</source>
        <translation>Une politique doit avoir un type.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a policy called %1 already.</source>
        <translation>Il existe déjà une politique nommée %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy could not be changed.</source>
        <translation>La politique n&apos;a pas pu être modifiée.</translation>
    </message>
</context>
<context>
    <name>Topologist::ProblemList</name>
    <message>
        <location filename="../src/gui/problems/problemlist.cpp" line="+74"/>
        <location line="+268"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+285"/>
        <source>Clear Alien4Cloud Problems</source>
        <translation>Effacer les problèmes Alien4Cloud</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Remove the problems Alien4Cloud reported on the last push</source>
        <translation>Retirer les problèmes signalés par Alien4Cloud lors du dernier envoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 info</source>
        <translation>1 info</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 infos</source>
        <translation>%1 infos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy with Location</source>
        <translation>Copier avec l&apos;emplacement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy 1 Problem</source>
        <translation>Copier 1 problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1 Problems</source>
        <translation>Copier %1 problèmes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collapse All</source>
        <translation>Tout replier</translation>
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
        <translation>Problèmes de la topologie dans son ensemble</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;p&gt;&lt;i&gt;Reported by Alien4Cloud%1 on the last push; it stays until the next push or until you clear it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Signalé par Alien4Cloud%1 lors du dernier envoi ; il reste jusqu&apos;au prochain envoi ou jusqu&apos;à ce que vous l&apos;effaciez.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Quick fixes (context menu):&lt;br/&gt;&amp;bull; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Correctifs rapides (menu contextuel) :&lt;br/&gt;&amp;bull; %1&lt;/p&gt;</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyEditor</name>
    <message>
        <location filename="../src/gui/properties/propertyeditor.cpp" line="+76"/>
        <source>Select a node template to see and edit its properties.</source>
        <translation>Sélectionnez un modèle de nœud pour voir et modifier ses propriétés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Node template name: letters, digits and underscores (Alien4Cloud&apos;s rule)</source>
        <translation>Nom du modèle de nœud : lettres, chiffres et tirets bas (règle d&apos;Alien4Cloud)</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>  (abstract)</source>
        <translation>  (abstrait)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (unknown type)</source>
        <translation>  (type inconnu)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Derived from:
%1</source>
        <translation>Dérivé de :
%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This type has no properties.</source>
        <translation>Ce type n&apos;a aucune propriété.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This type has no requirements.</source>
        <translation>Ce type n&apos;a aucune exigence.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing to disconnect</source>
        <translation>Rien à déconnecter</translation>
    </message>
    <message numerus="yes">
        <location line="+198"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This node has %1:</source>
        <translation>Ce nœud a %1 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This node has %1, marked on the fields below.</source>
        <translation>Ce nœud a %1, signalés sur les champs ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This node has %1, some marked on the fields below:</source>
        <translation>Ce nœud a %1, certains signalés sur les champs ci-dessous :</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n nodes selected; showing the last one.</source>
        <translation>
            <numerusform>%n nœud sélectionné ; le dernier est affiché.</numerusform>
            <numerusform>%n nœuds sélectionnés ; le dernier est affiché.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A node template needs a name.</source>
        <translation>Un modèle de nœud a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use letters, digits and underscores</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom qu&apos;Alien4Cloud accepte : utilisez des lettres, des chiffres et des tirets bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a node called &apos;%1&apos; already exists</source>
        <translation>un nœud nommé &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot connect %1.%2 to %3: %4</source>
        <translation>Impossible de connecter %1.%2 à %3 : %4</translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyMappingDialog</name>
    <message>
        <location filename="../ui/propertymappingdialog.ui" line="+6"/>
        <source>Property Mapping</source>
        <translation>Association de propriété</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Property:</source>
        <translation>&amp;Propriété :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A property of the substituted type.</source>
        <translation>Une propriété du type substitué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given by &amp;input:</source>
        <translation>Donnée par l&apos;&amp;entrée :</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/propertymappingdialog.cpp" line="+20"/>
        <source>Map Property</source>
        <translation>Associer une propriété</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property %1</source>
        <translation>Propriété %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the property the input gives.</source>
        <translation>Choisissez la propriété que l&apos;entrée donne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topology has no input to give it: add one under Inputs and Outputs first.</source>
        <translation>La topologie n&apos;a aucune entrée pour la donner : ajoutez-en une d&apos;abord sous Entrées et sorties.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Property %1 is mapped already.</source>
        <translation>La propriété %1 est déjà associée.</translation>
    </message>
</context>
<context>
    <name>Topologist::PropertyRow</name>
    <message>
        <location filename="../src/gui/properties/propertyrow.cpp" line="+102"/>
        <source>not declared by the type</source>
        <translation>non déclarée par le type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alien4Cloud rejects properties the type does not declare</source>
        <translation>Alien4Cloud rejette les propriétés que le type ne déclare pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required (the default applies when not set)</source>
        <translation>Obligatoire (la valeur par défaut s&apos;applique si elle n&apos;est pas définie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Value or TOSCA function (get_input, get_property, concat, ...)</source>
        <translation>Valeur ou fonction TOSCA (get_input, get_property, concat, ...)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the value</source>
        <translation>Retirer la valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to the default (%1)</source>
        <translation>Réinitialiser à la valeur par défaut (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plain Value</source>
        <translation>Valeur simple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expression (YAML)…</source>
        <translation>Expression (YAML)…</translation>
    </message>
    <message>
        <location line="+475"/>
        <source>Set as Input</source>
        <translation>Définir comme entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unset Input</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use Input</source>
        <translation>Utiliser une entrée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Of another type than %1</source>
        <translation>D&apos;un autre type que %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No input of type %1</source>
        <translation>Aucune entrée de type %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other types</source>
        <translation>Autres types</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Reset to Default</source>
        <translation>Réinitialiser à la valeur par défaut</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>[item, item]</source>
        <translation>[élément, élément]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key: value}</source>
        <translation>{clé: valeur}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{ get_input: name }  or a YAML value</source>
        <translation>{ get_input: name }  ou une valeur YAML</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>required property &apos;%1&apos; has no value</source>
        <translation>la propriété obligatoire &apos;%1&apos; n&apos;a pas de valeur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Quick fixes for %1</source>
        <translation>Correctifs rapides pour %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No inputs in this topology</source>
        <translation>Aucune entrée dans cette topologie</translation>
    </message>
</context>
<context>
    <name>Topologist::PushDialog</name>
    <message>
        <location filename="../ui/pushdialog.ui" line="+12"/>
        <source>Push to Alien4Cloud</source>
        <translation>Envoyer vers Alien4Cloud</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Create an &amp;application from the topology</source>
        <translation>Créer une a&amp;pplication à partir de la topologie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alien4Cloud&apos;s id for the application: letters, digits and underscores. Derived from the name until you change it.</source>
        <translation>L&apos;identifiant de l&apos;application pour Alien4Cloud : lettres, chiffres et tirets bas. Dérivé du nom tant que vous ne le changez pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the topology even though Topologist&apos;s validator found errors in it. Alien4Cloud is likely to refuse it.</source>
        <translation>Envoyer la topologie même si le validateur de Topologist y a trouvé des erreurs. Alien4Cloud la refusera probablement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push despite &amp;validation errors</source>
        <translation>Envoyer malgré les erreurs de &amp;validation</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushdialog.cpp" line="+48"/>
        <source>&amp;Push</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Push</source>
        <translation>A&amp;nnuler l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push &amp;Again…</source>
        <translation>Envoyer à nouvea&amp;u…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No server yet: add one</source>
        <translation>Pas encore de serveur : ajoutez-en un</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Send the password of %1 unencrypted: %2 is plain http://, so anyone on the network can read the password and the session.</source>
        <translation>Envoyer le mot de passe de %1 non chiffré : %2 est en http:// non chiffré, n&apos;importe qui sur le réseau peut donc lire le mot de passe et la session.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the Alien4Cloud server to push to.</source>
        <translation>Ajoutez le serveur Alien4Cloud vers lequel envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trusts %1</source>
        <translation>Fait aussi confiance à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking the keyring for the password…</source>
        <translation>Demande du mot de passe au trousseau…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password taken from the keyring.</source>
        <translation>Mot de passe pris dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password in the keyring yet: it is stored there after the next successful login.</source>
        <translation>Pas encore de mot de passe dans le trousseau : il y sera enregistré après la prochaine connexion réussie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring did not give the password (%1); enter it.</source>
        <translation>Le trousseau n&apos;a pas donné le mot de passe (%1) ; saisissez-le.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This build has no keyring support: the password is asked at each push and never stored.</source>
        <translation>Cette version ne prend pas en charge de trousseau : le mot de passe est demandé à chaque envoi et jamais enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is not remembered for this server (see Edit…): it is asked at each push and never stored.</source>
        <translation>Le mot de passe n&apos;est pas mémorisé pour ce serveur (voir Modifier…) : il est demandé à chaque envoi et jamais enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring is available on this desktop: the password is asked at each push and never written to disk.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce bureau : le mot de passe est demandé à chaque envoi et jamais écrit sur le disque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the desktop&apos;s keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau du bureau.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The topology was closed.</source>
        <translation>La topologie a été fermée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the Alien4Cloud server to push to first (Add…).</source>
        <translation>Ajoutez d&apos;abord le serveur Alien4Cloud vers lequel envoyer (Ajouter…).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is plain http://: the password would travel unencrypted. Use the server&apos;s https:// address (Edit…), or confirm above that you accept sending it in clear.</source>
        <translation>%1 est en http:// non chiffré : le mot de passe circulerait en clair. Utilisez l&apos;adresse https:// du serveur (Modifier…), ou confirmez ci-dessus que vous acceptez de l&apos;envoyer en clair.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the password of %1 at %2.</source>
        <translation>Saisissez le mot de passe de %1 à %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the application a name, or do not create one.</source>
        <translation>Donnez un nom à l&apos;application, ou n&apos;en créez pas.</translation>
    </message>
</context>
<context>
    <name>Topologist::PushProgressView</name>
    <message>
        <location filename="../ui/pushprogressview.ui" line="+21"/>
        <source>Pushing to Alien4Cloud…</source>
        <translation>Envoi vers Alien4Cloud…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushprogressview.cpp" line="+37"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pushing to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 KiB</source>
        <translation>%1 : %2 sur %3 Kio</translation>
    </message>
</context>
<context>
    <name>Topologist::PushResultView</name>
    <message>
        <location filename="../ui/pushresultview.ui" line="+79"/>
        <source>Show &amp;Problems</source>
        <translation>Afficher les &amp;problèmes</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/pushresultview.cpp" line="+49"/>
        <source>Pushed to Alien4Cloud</source>
        <translation>Envoyé vers Alien4Cloud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not pushed</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by Alien4Cloud</source>
        <translation>Refusé par Alien4Cloud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push canceled</source>
        <translation>Envoi annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open application %2 in Alien4Cloud&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Ouvrir l&apos;application %2 dans Alien4Cloud&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alien4Cloud reported 1 problem; it is in the Problems list, on the node it concerns.</source>
        <translation>Alien4Cloud a signalé 1 problème ; il figure dans la liste des problèmes, sur le nœud concerné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alien4Cloud reported %1 problems; they are in the Problems list, on the nodes they concern.</source>
        <translation>Alien4Cloud a signalé %1 problèmes ; ils figurent dans la liste des problèmes, sur les nœuds concernés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The validation errors are in the Problems list.</source>
        <translation>Les erreurs de validation figurent dans la liste des problèmes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the server</source>
        <translation>Déjà sur le serveur</translation>
    </message>
</context>
<context>
    <name>Topologist::QuickFixMenu</name>
    <message>
        <location filename="../src/gui/problems/quickfixmenu.cpp" line="+36"/>
        <source>No quick fix available</source>
        <translation>Aucun correctif rapide disponible</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applied: %1</source>
        <translation>Appliqué : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it no longer applies</source>
        <translation>il ne s&apos;applique plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not apply &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;appliquer « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Topologist::RecentFiles</name>
    <message>
        <location filename="../src/gui/mainwindow/recentfiles.cpp" line="+62"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
</context>
<context>
    <name>Topologist::RecoveryDialog</name>
    <message>
        <location filename="../ui/recoverydialog.ui" line="+6"/>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topologist did not close properly. Unsaved changes to %1 (%2) were saved automatically at %3.</source>
        <translation>Topologist ne s&apos;est pas fermé correctement. Les modifications non enregistrées de %1 (%2) ont été sauvegardées automatiquement à %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/recovery/recoverydialog.cpp" line="+22"/>
        <source>a topology that was never saved</source>
        <translation>une topologie jamais enregistrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No saved file to compare with; the recovered topology:</source>
        <translation>Aucun fichier enregistré à comparer ; la topologie récupérée :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file on disk already holds these changes.</source>
        <translation>Le fichier sur le disque contient déjà ces modifications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- on disk, + recovered</source>
        <translation>- sur le disque, + récupéré</translation>
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
        <translation>aucune capacité</translation>
    </message>
</context>
<context>
    <name>Topologist::RenameEditor</name>
    <message>
        <location filename="../src/gui/canvas/renameeditor.cpp" line="+13"/>
        <source>Letters, digits and underscores. Enter renames, Escape cancels.</source>
        <translation>Lettres, chiffres et tirets bas. Entrée renomme, Échap annule.</translation>
    </message>
</context>
<context>
    <name>Topologist::RequirementGroup</name>
    <message>
        <location filename="../src/gui/properties/requirementgroup.cpp" line="+48"/>
        <source>no relationship</source>
        <translation>aucune relation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Needs capability %1</source>
        <translation>Nécessite la capacité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on a node of type %1</source>
        <translation>sur un nœud de type %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occurrences %1</source>
        <translation>Occurrences %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not declared by the type</source>
        <translation>non déclarée par le type</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no target)</source>
        <translation>(aucune cible)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select %1 (capability %2)</source>
        <translation>Sélectionner %1 (capacité %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Relationship type: %1
Capability: %2</source>
        <translation>Type de relation : %1
Capacité : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnect %1 from %2</source>
        <translation>Déconnecter %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to…</source>
        <translation>Connecter à…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes that can satisfy %1</source>
        <translation>Nœuds pouvant satisfaire %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No compatible node</source>
        <translation>Aucun nœud compatible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Topologist::ScalarUnitValueEditor</name>
    <message>
        <location filename="../src/gui/properties/editors/scalarunitvalueeditor.cpp" line="+91"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>Topologist::SectionList</name>
    <message>
        <location filename="../src/gui/sections/sectionlist.cpp" line="+45"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Topologist::ServerProfileDialog</name>
    <message>
        <location filename="../ui/serverprofiledialog.ui" line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Staging (optional)</source>
        <translation>p. ex. Préproduction (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Certificat de confiance :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PEM file with the certificate of a server that uses a self-signed one. It is trusted for this server only.</source>
        <translation>Un fichier PEM avec le certificat d&apos;un serveur qui en utilise un auto-signé. Il n&apos;est reconnu que pour ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the system&apos;s certificate authorities</source>
        <translation>Uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remember the password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/serverprofiledialog.cpp" line="+20"/>
        <source>Add Alien4Cloud Server</source>
        <translation>Ajouter un serveur Alien4Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Alien4Cloud Server</source>
        <translation>Modifier le serveur Alien4Cloud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password goes to the desktop&apos;s keyring, never to a file. Where no keyring is running, it is asked at each push.</source>
        <translation>Le mot de passe va dans le trousseau du bureau, jamais dans un fichier. Là où aucun trousseau ne fonctionne, il est demandé à chaque envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Topologist has no keyring support: the password is asked at each push, and never stored.</source>
        <translation>Cette version de Topologist ne prend pas en charge de trousseau : le mot de passe est demandé à chaque envoi, et jamais enregistré.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter the address of the Alien4Cloud server.</source>
        <translation>Saisissez l&apos;adresse du serveur Alien4Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with http:// or https://.</source>
        <translation>L&apos;adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the user name in its own field, and no password in the address.</source>
        <translation>Mettez le nom d&apos;utilisateur dans son propre champ, et aucun mot de passe dans l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the user name to log in with.</source>
        <translation>Saisissez le nom d&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted Certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Topologist::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/shortcutsdialog.cpp" line="+58"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected nodes</source>
        <translation>Déplacer les nœuds sélectionnés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys (Shift: by one point)</source>
        <translation>Touches fléchées (Maj : d&apos;un point)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected relationships</source>
        <translation>Supprimer les relations sélectionnées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete, Backspace</source>
        <translation>Suppr, Retour arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Annuler un glisser, ou vider la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom around the pointer</source>
        <translation>Zoomer autour du pointeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+Molette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll sideways</source>
        <translation>Défiler latéralement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Wheel</source>
        <translation>Maj+Molette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag</source>
        <translation>Glisser avec le bouton du milieu</translation>
    </message>
</context>
<context>
    <name>Topologist::SideBySide</name>
    <message>
        <location filename="../src/gui/compare/sidebyside.cpp" line="+37"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Topologist::SubstitutionPanel</name>
    <message>
        <location filename="../src/gui/sections/substitutionpanel.cpp" line="+53"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Exposed as</source>
        <translation>Exposée sous</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The type this topology stands for</source>
        <translation>Le type que cette topologie représente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the substitution: the topology is no type any more</source>
        <translation>Supprimer la substitution : la topologie n&apos;est plus un type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a type to let Alien4Cloud import this topology as a type of its own, then expose capabilities and requirements of its nodes.</source>
        <translation>Choisissez un type pour qu&apos;Alien4Cloud importe cette topologie comme un type à part entière, puis exposez des capacités et des exigences de ses nœuds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Alien4Cloud imports the topology as a type derived from this one, named after the archive.</source>
        <translation>Alien4Cloud importe la topologie comme un type dérivé de celui-ci, nommé d&apos;après l&apos;archive.</translation>
    </message>
</context>
<context>
    <name>Topologist::SubstitutionTargetDialog</name>
    <message>
        <location filename="../ui/substitutiontargetdialog.ui" line="+6"/>
        <source>Exposed Capability</source>
        <translation>Capacité exposée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exposed &amp;as:</source>
        <translation>Exposée &amp;sous :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name the substitute type gives it; the names of the substituted type are offered.</source>
        <translation>Le nom que lui donne le type de substitution ; les noms du type substitué sont proposés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/gui/sections/substitutiontargetdialog.cpp" line="+42"/>
        <source>&amp;Capability:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <location filename="../src/gui/sections/substitutiontargetdialog.cpp" line="-2"/>
        <source>Expose Capability</source>
        <translation>Exposer une capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed Capability %1</source>
        <translation>Capacité exposée %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expose Requirement</source>
        <translation>Exposer une exigence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed Requirement %1</source>
        <translation>Exigence exposée %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requirement:</source>
        <translation>&amp;Exigence :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name it has on the node</source>
        <translation>Le nom qu&apos;elle a sur le nœud</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a node and one of its capabilities.</source>
        <translation>Choisissez un nœud et une de ses capacités.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a node and one of its requirements.</source>
        <translation>Choisissez un nœud et une de ses exigences.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The topology exposes a capability called %1 already.</source>
        <translation>La topologie expose déjà une capacité nommée %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topology exposes a requirement called %1 already.</source>
        <translation>La topologie expose déjà une exigence nommée %1.</translation>
    </message>
</context>
<context>
    <name>Topologist::TopologyDocument</name>
    <message>
        <location filename="../src/editing/topologydocument.cpp" line="+295"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>Topologist::TypeLibrariesDialog</name>
    <message>
        <location filename="../ui/typelibrariesdialog.ui" line="+14"/>
        <source>Type Libraries</source>
        <translation>Bibliothèques de types</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A type library is a folder of TOSCA archives at any depth, such as a checkout of an Alien4Cloud archive repository. Topologies import the archives they name from here.</source>
        <translation>Une bibliothèque de types est un dossier d&apos;archives TOSCA à n&apos;importe quelle profondeur, comme une copie d&apos;un dépôt d&apos;archives Alien4Cloud. Les topologies y importent les archives qu&apos;elles nomment.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Libraries:</source>
        <translation>&amp;Bibliothèques :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="+137"/>
        <source>Ar&amp;chives:</source>
        <translation>Ar&amp;chives :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definitions file</source>
        <translation>Fichier de définitions</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="+1"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes :</translation>
    </message>
    <message>
        <location filename="../src/gui/libraries/typelibrariesdialog.cpp" line="-77"/>
        <location line="+23"/>
        <source>Add Type Library</source>
        <translation>Ajouter une bibliothèque de types</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 holds no TOSCA archive Topologist can use.</source>
        <translation>%1 ne contient aucune archive TOSCA utilisable par Topologist.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 archives, %3 problems</source>
        <translation>%1
%2 archives, %3 problèmes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ar&amp;chives (%1):</source>
        <translation>Ar&amp;chives (%1) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Problèmes (%1) :</translation>
    </message>
</context>
<context>
    <name>Topologist::TypePalette</name>
    <message>
        <location filename="../src/gui/palette/typepalette.cpp" line="+32"/>
        <source>Search types</source>
        <translation>Rechercher des types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, description or camel-case initials (&quot;msl&quot; finds MesosSlave).
Down moves into the list; Escape clears.</source>
        <translation>Filtrer par nom, description ou initiales en camel case (&quot;msl&quot; trouve MesosSlave).
Bas entre dans la liste ; Échap efface.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only the types that can be hosted on the selected node or that satisfy one of its open requirements</source>
        <translation>N&apos;afficher que les types pouvant être hébergés sur le nœud sélectionné ou satisfaisant l&apos;une de ses exigences ouvertes</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Only types that fit %1</source>
        <translation>Seulement les types qui conviennent à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only types that fit the selection</source>
        <translation>Seulement les types qui conviennent à la sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 type fits %1</source>
        <translation>1 type convient à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 types fit %2</source>
        <translation>%1 types conviennent à %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No type matching &quot;%1&quot; fits %2.</source>
        <translation>Aucun type correspondant à &quot;%1&quot; ne convient à %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No type matches &quot;%1&quot;.</source>
        <translation>Aucun type ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No type of the library fits %1.</source>
        <translation>Aucun type de la bibliothèque ne convient à %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The type library is empty.</source>
        <translation>La bibliothèque de types est vide.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No type matches &quot;%1&quot;</source>
        <translation>Aucun type ne correspond à &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Topologist::TypePaletteDelegate</name>
    <message>
        <location filename="../src/gui/palette/typepalettedelegate.cpp" line="+156"/>
        <source>abstract</source>
        <translation>abstrait</translation>
    </message>
</context>
<context>
    <name>Topologist::TypePaletteModel</name>
    <message>
        <location filename="../src/gui/palette/typepalettemodel.cpp" line="+136"/>
        <source> &lt;i&gt;(abstract)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(abstrait)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Derived from %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dérivé de %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;i&gt;Abstract: Alien4Cloud substitutes a concrete type (for example the cloud&apos;s own machine type) at deployment. You can still use it in a topology.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Abstrait : Alien4Cloud lui substitue un type concret (par exemple le type de machine propre au cloud) au déploiement. Vous pouvez tout de même l&apos;utiliser dans une topologie.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;From %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;De %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Imported by this topology.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Importé par cette topologie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Not imported yet: adding one of its types adds the import.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Pas encore importé : ajouter l&apos;un de ses types ajoute l&apos;import.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1: drag onto the canvas (onto a node to host it there), or double-click to add</source>
        <translation>%1 : faites-le glisser sur le canevas (sur un nœud pour l&apos;y héberger), ou double-cliquez pour l&apos;ajouter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (abstract)</source>
        <translation>%1 (abstrait)</translation>
    </message>
</context>
<context>
    <name>Topologist::WorkflowView</name>
    <message>
        <location filename="../src/gui/workflow/workflowview.cpp" line="+32"/>
        <source>The workflow to show</source>
        <translation>Le workflow à afficher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 (generated)</source>
        <translation>%1 (généré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the topology&apos;s)</source>
        <translation>%1 (de la topologie)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
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
            <numerusform>%n étape ne s&apos;exécute jamais : elle est dans une boucle ou en attend une</numerusform>
            <numerusform>%n étapes ne s&apos;exécutent jamais : elles sont dans une boucle ou en attendent une</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyLoader</name>
    <message>
        <location filename="../src/core/catalog/topologyloader.cpp" line="+94"/>
        <source>imported file &apos;%1&apos; is an absolute path; an archive imports only its own files</source>
        <translation>le fichier importé &apos;%1&apos; est un chemin absolu ; une archive n&apos;importe que ses propres fichiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported file &apos;%1&apos; does not exist</source>
        <translation>le fichier importé &apos;%1&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported file &apos;%1&apos; lies outside the archive; an archive imports only its own files</source>
        <translation>le fichier importé &apos;%1&apos; est hors de l&apos;archive ; une archive n&apos;importe que ses propres fichiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported &apos;%1&apos; is not a regular file, so it is not read</source>
        <translation>&apos;%1&apos; importé n&apos;est pas un fichier ordinaire, il n&apos;est donc pas lu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no archive of that name is in the type library; add it with Types &gt; Type Libraries or --types</source>
        <translation>aucune archive de ce nom n&apos;est dans la bibliothèque de types ; ajoutez-la avec Types &gt; Bibliothèques de types ou --types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the type library has %1 in version %2</source>
        <translation>la bibliothèque de types a %1 en version %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown import &apos;%1&apos;: %2</source>
        <translation>import inconnu &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>imported archive &apos;%1&apos; needs &apos;%2&apos; (%3), which is in no type library</source>
        <translation>l&apos;archive importée &apos;%1&apos; a besoin de &apos;%2&apos; (%3), qui n&apos;est dans aucune bibliothèque de types</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>imported archive &apos;%1&apos; has errors</source>
        <translation>l&apos;archive importée &apos;%1&apos; a des erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported archive &apos;%1&apos; needs &apos;%2&apos;, which has errors</source>
        <translation>l&apos;archive importée &apos;%1&apos; a besoin de &apos;%2&apos;, qui a des erreurs</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>imported archive &apos;%1&apos; clashes with another import: %2 (%3)</source>
        <translation>l&apos;archive importée &apos;%1&apos; entre en conflit avec un autre import : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ToscaReader</name>
    <message>
        <location filename="../src/core/yaml/toscareader.cpp" line="+60"/>
        <source>%1 must be a plain value</source>
        <translation>%1 doit être une valeur simple</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>each entry of %1 must be a single &apos;name: definition&apos; pair</source>
        <translation>chaque entrée de %1 doit être une seule paire &apos;nom: définition&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a mapping or a list</source>
        <translation>%1 doit être un mapping ou une liste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be a mapping</source>
        <translation>%1 doit être un mapping</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>occurrences must be a [min, max] pair</source>
        <translation>occurrences doit être une paire [min, max]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the lower bound of occurrences must be a non-negative integer</source>
        <translation>la borne inférieure de occurrences doit être un entier positif ou nul</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the upper bound of occurrences must be an integer at least the lower bound, or &apos;unbounded&apos;</source>
        <translation>la borne supérieure de occurrences doit être un entier au moins égal à la borne inférieure, ou &apos;unbounded&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/yaml/constraintreader.cpp" line="+45"/>
        <source>unknown constraint operator &apos;%1&apos; is ignored (Alien4Cloud ignores it too)</source>
        <translation>l&apos;opérateur de contrainte inconnu &apos;%1&apos; est ignoré (Alien4Cloud l&apos;ignore aussi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; takes a list</source>
        <translation>&apos;%1&apos; prend une liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;in_range&apos; takes exactly two bounds</source>
        <translation>&apos;in_range&apos; prend exactement deux bornes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid pattern: %1</source>
        <translation>motif invalide : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a constraint must be &apos;operator: value&apos;</source>
        <translation>une contrainte doit avoir la forme &apos;opérateur: valeur&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>constraints must be a list</source>
        <translation>constraints doit être une liste</translation>
    </message>
    <message>
        <location filename="../src/core/yaml/toscareader.cpp" line="+35"/>
        <source>the definition of &apos;%1&apos; must be a mapping</source>
        <translation>la définition de &apos;%1&apos; doit être un mapping</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>node_filter must be a mapping</source>
        <translation>node_filter doit être un mapping</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>requirement &apos;%1&apos; must be a mapping</source>
        <translation>l&apos;exigence &apos;%1&apos; doit être un mapping</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>capability &apos;%1&apos; must be a mapping</source>
        <translation>la capacité &apos;%1&apos; doit être un mapping</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>artifact &apos;%1&apos; must be a mapping</source>
        <translation>l&apos;artefact &apos;%1&apos; doit être un mapping</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the definition of type &apos;%1&apos; must be a mapping</source>
        <translation>la définition du type &apos;%1&apos; doit être un mapping</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>requirement &apos;%1&apos; must name a node or be a mapping with &apos;node&apos;</source>
        <translation>l&apos;exigence &apos;%1&apos; doit nommer un nœud ou être un mapping avec &apos;node&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>node template &apos;%1&apos; must be a mapping with at least a &apos;type&apos;</source>
        <translation>le modèle de nœud &apos;%1&apos; doit être un mapping avec au moins un &apos;type&apos;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&apos;%1&apos; is not a node template key; Alien4Cloud ignores it (it is kept when saving)</source>
        <translation>&apos;%1&apos; n&apos;est pas une clé de modèle de nœud ; Alien4Cloud l&apos;ignore (elle est conservée à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>node template &apos;%1&apos; has no type</source>
        <translation>le modèle de nœud &apos;%1&apos; n&apos;a pas de type</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>topology_template must be a mapping</source>
        <translation>topology_template doit être un mapping</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>imports must be a list</source>
        <translation>imports doit être une liste</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an import must be &apos;name:version&apos; or a file</source>
        <translation>un import doit être &apos;nom:version&apos; ou un fichier</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>tosca_definitions_version is missing; expected one of: %1</source>
        <translation>tosca_definitions_version manque ; valeurs attendues : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown tosca_definitions_version &apos;%1&apos;; expected one of: %2</source>
        <translation>tosca_definitions_version inconnue &apos;%1&apos; ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>a TOSCA file must be a mapping starting with tosca_definitions_version</source>
        <translation>un fichier TOSCA doit être un mapping commençant par tosca_definitions_version</translation>
    </message>
</context>
<context>
    <name>TypeCatalog</name>
    <message>
        <location filename="../src/core/catalog/typecatalog.cpp" line="+95"/>
        <source>the archive has no template_name or template_version, so it cannot be imported</source>
        <translation>l&apos;archive n&apos;a pas de template_name ou de template_version, elle ne peut donc pas être importée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 is already in the type library (from %2); the copy from %3 is not added</source>
        <translation>l&apos;archive %1 est déjà dans la bibliothèque de types (depuis %2) ; la copie de %3 n&apos;est pas ajoutée</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>no such folder</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>the folder holds no TOSCA archive</source>
        <translation>le dossier ne contient aucune archive TOSCA</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot be read, so it is skipped: %1</source>
        <translation>illisible, donc ignoré : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declares no template_name or template_version, so it cannot be imported and is skipped</source>
        <translation>ne déclare ni template_name ni template_version, ne peut donc pas être importé et est ignoré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 is already known from %2; this copy is skipped</source>
        <translation>l&apos;archive %1 est déjà connue depuis %2 ; cette copie est ignorée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archive %1 has errors; topologies that import it will not load: %2</source>
        <translation>l&apos;archive %1 a des erreurs ; les topologies qui l&apos;importent ne se chargeront pas : %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>no such file or folder</source>
        <translation>ce fichier ou dossier n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>TypeRegistry</name>
    <message>
        <location filename="../src/core/types/typeregistry.cpp" line="+129"/>
        <source>%1 &apos;%2&apos; is also declared by the imported %3; this declaration is used here, but Alien4Cloud refuses to import an archive that redeclares a type of another archive</source>
        <translation>%1 &apos;%2&apos; est aussi déclaré par l&apos;archive importée %3 ; cette déclaration-ci est utilisée ici, mais Alien4Cloud refuse d&apos;importer une archive qui redéclare un type d&apos;une autre archive</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &apos;%2&apos; is already declared by %3; an archive cannot redefine a type of another archive</source>
        <translation>%1 &apos;%2&apos; est déjà déclaré par %3 ; une archive ne peut pas redéfinir un type d&apos;une autre archive</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 &apos;%2&apos; derives from itself through %3</source>
        <translation>%1 &apos;%2&apos; dérive de lui-même via %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 &apos;%2&apos; derives from &apos;%3&apos;, which is not declared in this archive or its imports</source>
        <translation>%1 &apos;%2&apos; dérive de &apos;%3&apos;, qui n&apos;est déclaré ni dans cette archive ni dans ses imports</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <location filename="../src/core/types/scalarunit.cpp" line="+174"/>
        <source>&apos;%1&apos; is not a number followed by a unit</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre suivi d&apos;une unité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unité inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/types/typekind.cpp" line="+35"/>
        <source>data type</source>
        <translation>type de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artifact type</source>
        <translation>type d&apos;artefact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capability type</source>
        <translation>type de capacité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface type</source>
        <translation>type d&apos;interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relationship type</source>
        <translation>type de relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node type</source>
        <translation>type de nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group type</source>
        <translation>type de groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy type</source>
        <translation>type de politique</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../src/editing/commands/movenodescommand.cpp" line="+24"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setheadercommand.cpp" line="+14"/>
        <source>Change topology details</source>
        <translation>Modifier les détails de la topologie</translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setimportscommand.cpp" line="+14"/>
        <source>Change imports</source>
        <translation>Modifier les imports</translation>
    </message>
    <message>
        <location filename="../src/editing/commands/replacearchivecommand.cpp" line="+14"/>
        <source>Change topology</source>
        <translation>Modifier la topologie</translation>
    </message>
    <message>
        <location filename="../src/editing/commands/setmetadatatagscommand.cpp" line="+14"/>
        <source>Change metadata</source>
        <translation>Modifier les métadonnées</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/core/types/relationshipmatcher.cpp" line="+42"/>
        <location filename="../src/core/types/valuechecker.cpp" line="+247"/>
        <source>%1 is not a %2</source>
        <translation>%1 n&apos;est pas un %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 offers no %2 capability</source>
        <translation>%1 n&apos;offre aucune capacité %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot target %2</source>
        <translation>%1 ne peut pas cibler %2</translation>
    </message>
    <message>
        <location filename="../src/core/types/valuechecker.cpp" line="-175"/>
        <source>%1 is not an integer</source>
        <translation>%1 n&apos;est pas un entier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not true or false</source>
        <translation>%1 ne vaut ni true ni false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a version (such as 1.2.0 or 0.25.0-0.2.70)</source>
        <translation>%1 n&apos;est pas une version (comme 1.2.0 ou 0.25.0-0.2.70)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a timestamp (such as 2026-11-25T14:00:00Z)</source>
        <translation>%1 n&apos;est pas un horodatage (comme 2026-11-25T14:00:00Z)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a %2: %3</source>
        <translation>%1 n&apos;est pas un %2 : %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 must have a length of %2 (it has %3)</source>
        <translation>%1 doit avoir une longueur de %2 (elle est de %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must have a length of at least %2</source>
        <translation>%1 doit avoir une longueur d&apos;au moins %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must have a length of at most %2</source>
        <translation>%1 doit avoir une longueur d&apos;au plus %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is not a %2 (expected a mapping of its fields)</source>
        <translation>%1 n&apos;est pas un %2 (un mapping de ses champs est attendu)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a mapping</source>
        <translation>%1 n&apos;est pas un mapping</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no field &apos;%2&apos;</source>
        <translation>%1 n&apos;a pas de champ &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>required field &apos;%1&apos; of %2 is missing</source>
        <translation>le champ obligatoire &apos;%1&apos; de %2 manque</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 must equal %2</source>
        <translation>%1 doit être égal à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be greater than %2</source>
        <translation>%1 doit être supérieur à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be at least %2</source>
        <translation>%1 doit être au moins %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be less than %2</source>
        <translation>%1 doit être inférieur à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be at most %2</source>
        <translation>%1 doit être au plus %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not one of the valid values: %2</source>
        <translation>%1 ne fait pas partie des valeurs valides : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 ne correspond pas au motif %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be in the range [%2, %3]</source>
        <translation>%1 doit être dans l&apos;intervalle [%2, %3]</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/candidatetargets.cpp" line="+93"/>
        <source>Host %1 on %2</source>
        <translation>Héberger %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1.%2 to %3</source>
        <translation>Connecter %1.%2 à %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Host %1 on %2 instead</source>
        <translation>Héberger plutôt %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1.%2 to %3 instead</source>
        <translation>Connecter plutôt %1.%2 à %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/capabilityoccurrencesrule.cpp" line="+34"/>
        <source>capability &apos;%1&apos; accepts at most %2 relationships, but %3 target it: %4</source>
        <translation>la capacité &apos;%1&apos; accepte au plus %2 relations, mais %3 la ciblent : %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/danglingreferencerule.cpp" line="+27"/>
        <source>requirement &apos;%1&apos; targets &apos;%2&apos;, but there is no node template of that name</source>
        <translation>l&apos;exigence &apos;%1&apos; cible &apos;%2&apos;, mais aucun modèle de nœud ne porte ce nom</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../src/core/validation/rules/undeclaredrequirementrule.cpp" line="+39"/>
        <source>Remove requirement &apos;%1&apos; of %2</source>
        <translation>Retirer l&apos;exigence &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/duplicatenamerule.cpp" line="+31"/>
        <source>another node template is already called &apos;%1&apos; (%2)</source>
        <translation>un autre modèle de nœud s&apos;appelle déjà &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/filterclause.cpp" line="+66"/>
        <source>%1 %2, but it is not set</source>
        <translation>%1 %2, mais elle n&apos;est pas définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, but %3</source>
        <translation>%1 %2, mais %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/validation/rules/scalablerule.cpp" line="+105"/>
        <source>Set %1 of %2 to %3</source>
        <translation>Définir %1 de %2 à %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs %2 with %3</source>
        <translation>%1 a besoin de %2 avec %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/hostingcyclerule.cpp" line="+32"/>
        <source>hosting loop: %1</source>
        <translation>boucle d&apos;hébergement : %1</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/inputreferencerule.cpp" line="+37"/>
        <source>get_input refers to &apos;%1&apos;, which is not an input of this topology</source>
        <translation>get_input fait référence à &apos;%1&apos;, qui n&apos;est pas une entrée de cette topologie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>input &apos;%1&apos; is of type %2, but property &apos;%3&apos; takes %4</source>
        <translation>l’entrée &apos;%1&apos; est de type %2, mais la propriété &apos;%3&apos; prend %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/missinghostrule.cpp" line="+35"/>
        <source>%1 is not hosted on anything; it must be hosted on a %2</source>
        <translation>%1 n&apos;est hébergé sur rien ; il doit être hébergé sur un %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodefilterrule.cpp" line="+90"/>
        <source>%1 needs %2 to have a %3 capability, and neither it nor its hosts have one</source>
        <translation>%1 a besoin que %2 ait une capacité %3, et ni lui ni ses hôtes n&apos;en ont</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/nodenamerule.cpp" line="+34"/>
        <source>&apos;%1&apos; is a valid TOSCA name, but Alien4Cloud refuses node names other than letters, digits and underscores; rename it before pushing to Alien4Cloud</source>
        <translation>&apos;%1&apos; est un nom TOSCA valide, mais Alien4Cloud refuse les noms de nœuds contenant autre chose que des lettres, des chiffres et des tirets bas ; renommez-le avant de l&apos;envoyer vers Alien4Cloud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a name Alien4Cloud accepts: use only letters, digits and underscores</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom qu&apos;Alien4Cloud accepte : n&apos;utilisez que des lettres, des chiffres et des tirets bas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/propertiesrule.cpp" line="+121"/>
        <source>Set &apos;%1&apos; of %2 to %3</source>
        <translation>Définir &apos;%1&apos; de %2 à %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown property &apos;%1&apos;; its type does not declare it</source>
        <translation>propriété inconnue &apos;%1&apos; ; son type ne la déclare pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown property &apos;%1&apos;; Alien4Cloud rejects it</source>
        <translation>propriété inconnue &apos;%1&apos; ; Alien4Cloud la rejette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown property &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>propriété inconnue &apos;%1&apos; ; vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename property &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer la propriété &apos;%1&apos; en &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove property &apos;%1&apos; from %2</source>
        <translation>Retirer la propriété &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>property &apos;%1&apos;: %2</source>
        <translation>propriété &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset &apos;%1&apos; to its default %2</source>
        <translation>Réinitialiser &apos;%1&apos; à sa valeur par défaut %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>required property &apos;%1&apos; is not set</source>
        <translation>la propriété obligatoire &apos;%1&apos; n&apos;est pas définie</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>required property &apos;%1&apos; has no value</source>
        <translation>la propriété obligatoire &apos;%1&apos; n&apos;a pas de valeur</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/relationshiptyperule.cpp" line="+29"/>
        <source>unknown relationship type &apos;%1&apos; on requirement &apos;%2&apos;</source>
        <translation>type de relation inconnu &apos;%1&apos; sur l&apos;exigence &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>requirement &apos;%1&apos; uses %2, a parent of the %3 its type declares; only what %2 defines is checked and run</source>
        <translation>l&apos;exigence &apos;%1&apos; utilise %2, un parent du %3 que son type déclare ; seul ce que %2 définit est vérifié et exécuté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requirement &apos;%1&apos; uses %2, a parent of the %3 its type declares; Alien4Cloud accepts it, but only what %2 defines is checked and run</source>
        <translation>l&apos;exigence &apos;%1&apos; utilise %2, un parent du %3 que son type déclare ; Alien4Cloud l&apos;accepte, mais seul ce que %2 définit est vérifié et exécuté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requirement &apos;%1&apos; uses %2, but its type asks for %3 (or a type derived from it)</source>
        <translation>l&apos;exigence &apos;%1&apos; utilise %2, mais son type demande %3 (ou un type qui en dérive)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1 for %2.%3</source>
        <translation>Utiliser %1 pour %2.%3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/requirementoccurrencesrule.cpp" line="+39"/>
        <source>requirement &apos;%1&apos; is not connected: %2 needs a %3%4</source>
        <translation>l&apos;exigence &apos;%1&apos; n&apos;est pas connectée : %2 a besoin d&apos;un %3%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>requirement &apos;%1&apos; has %2 relationships; it needs at least %3</source>
        <translation>l&apos;exigence &apos;%1&apos; a %2 relations ; il lui en faut au moins %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>requirement &apos;%1&apos; has %2 relationships; at most %3 are allowed</source>
        <translation>l&apos;exigence &apos;%1&apos; a %2 relations ; au plus %3 sont autorisées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the relationship %1.%2 → %3</source>
        <translation>Retirer la relation %1.%2 → %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/requirementtargetrule.cpp" line="+31"/>
        <source>Connect %1.%2 to capability &apos;%3&apos; of %4</source>
        <translation>Connecter %1.%2 à la capacité &apos;%3&apos; de %4</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>requirement &apos;%1&apos; must target a %2, but %3 is a %4</source>
        <translation>l&apos;exigence &apos;%1&apos; doit cibler un %2, mais %3 est un %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 offers no %2 capability for requirement &apos;%3&apos;</source>
        <translation>%1 n&apos;offre aucune capacité %2 pour l&apos;exigence &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no capability &apos;%2&apos; (requirement &apos;%3&apos;)</source>
        <translation>%1 n&apos;a pas de capacité &apos;%2&apos; (exigence &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>requirement &apos;%1&apos; needs a %2, but capability &apos;%3&apos; of %4 is a %5</source>
        <translation>l&apos;exigence &apos;%1&apos; a besoin d&apos;un %2, mais la capacité &apos;%3&apos; de %4 est un %5</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/scalablerule.cpp" line="-15"/>
        <source>%1 is %2; an instance count cannot be negative</source>
        <translation>%1 vaut %2 ; un nombre d&apos;instances ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no value; Alien4Cloud needs min, default and max instances</source>
        <translation>%1 n&apos;a pas de valeur ; Alien4Cloud a besoin du nombre minimal, par défaut et maximal d&apos;instances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; instance counts must be whole numbers of at least 1</source>
        <translation>%1 vaut %2 ; les nombres d&apos;instances doivent être des entiers d&apos;au moins 1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>instance counts must satisfy min ≤ default ≤ max, but they are %1 ≤ %2 ≤ %3</source>
        <translation>les nombres d&apos;instances doivent vérifier min ≤ default ≤ max, mais ils valent %1 ≤ %2 ≤ %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>instance counts must satisfy min ≤ max, but they are %1 ≤ %2</source>
        <translation>les nombres d&apos;instances doivent vérifier min ≤ max, mais ils valent %1 ≤ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set max_instances of %1 to %2</source>
        <translation>Définir max_instances de %1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set default_instances of %1 to %2</source>
        <translation>Définir default_instances de %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/undeclaredrequirementrule.cpp" line="-9"/>
        <source>%1 has no requirement &apos;%2&apos;; its requirements are: %3</source>
        <translation>%1 n&apos;a pas d&apos;exigence &apos;%2&apos; ; ses exigences sont : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="+30"/>
        <location filename="../src/core/validation/rulesfile/requirescheck.cpp" line="+89"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknowncapabilityrule.cpp" line="+33"/>
        <source>%1 has no capability &apos;%2&apos;, so these values have no effect. Its capabilities are: %3</source>
        <translation>%1 n&apos;a pas de capacité &apos;%2&apos;, ces valeurs n&apos;ont donc aucun effet. Ses capacités sont : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no capability &apos;%2&apos;; Alien4Cloud ignores these values. Its capabilities are: %3</source>
        <translation>%1 n&apos;a pas de capacité &apos;%2&apos; ; Alien4Cloud ignore ces valeurs. Ses capacités sont : %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/unknownnodetyperule.cpp" line="-6"/>
        <source>unknown node type &apos;%1&apos;: it is not declared in this topology or in its imports (%2)</source>
        <translation>type de nœud inconnu &apos;%1&apos; : il n&apos;est déclaré ni dans cette topologie ni dans ses imports (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation> ; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the type to &apos;%1&apos;</source>
        <translation>Changer le type en &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/validtargettypesrule.cpp" line="+36"/>
        <source>%1 may only target %2, but %3.%4 targets %5 (%6, capability %7)</source>
        <translation>%1 ne peut cibler que %2, mais %3.%4 cible %5 (%6, capacité %7)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oddcheck.cpp" line="+42"/>
        <source>an odd number</source>
        <translation>un nombre impair</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oddrangecheck.cpp" line="+17"/>
        <source>odd_range needs {min: &lt;path&gt;, max: &lt;path&gt;}</source>
        <translation>odd_range a besoin de {min: &lt;path&gt;, max: &lt;path&gt;}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a single odd number</source>
        <translation>un seul nombre impair</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/oneofcheck.cpp" line="+15"/>
        <source>one_of needs a non-empty list of alternatives, each a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation>one_of a besoin d&apos;une liste non vide d&apos;alternatives, chacune un mapping {&lt;path&gt;: &lt;value&gt;, ...}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an alternative of one_of must be a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation>une alternative de one_of doit être un mapping {&lt;path&gt;: &lt;value&gt;, ...}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the value of &apos;%1&apos; must be a plain value</source>
        <translation>la valeur de &apos;%1&apos; doit être une valeur simple</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(%1 unset)</source>
        <translation>(%1 non défini)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/requirescheck.cpp" line="-60"/>
        <source>requires needs {requirement: &lt;name&gt;, target_type: &lt;node type&gt;}</source>
        <translation>requires a besoin de {requirement: &lt;name&gt;, target_type: &lt;node type&gt;}</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulecheck.cpp" line="+21"/>
        <source>check must be a mapping with exactly one of: %1</source>
        <translation>check doit être un mapping avec exactement l&apos;un de : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown check &apos;%1&apos;; the checks are: %2</source>
        <translation>check inconnu &apos;%1&apos; ; les checks sont : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulefix.cpp" line="+71"/>
        <source>a fix does one thing; write several fixes as a list</source>
        <translation>un correctif fait une seule chose ; écrivez plusieurs correctifs sous forme de liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a fix is a keyword (closest, connect, nearest_odd) or a mapping such as {set: {&lt;path&gt;: &lt;value&gt;}}</source>
        <translation>un correctif est un mot-clé (closest, connect, nearest_odd) ou un mapping comme {set: {&lt;path&gt;: &lt;value&gt;}}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown fix &apos;%1&apos;; the fixes are: %2</source>
        <translation>correctif inconnu &apos;%1&apos; ; les correctifs sont : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>set needs a mapping {&lt;path&gt;: &lt;value&gt;, ...}</source>
        <translation>set a besoin d&apos;un mapping {&lt;path&gt;: &lt;value&gt;, ...}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set writes plain values only</source>
        <translation>set n&apos;écrit que des valeurs simples</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nearest_odd takes nothing or {min: &lt;path&gt;, max: &lt;path&gt;}</source>
        <translation>nearest_odd ne prend rien ou {min: &lt;path&gt;, max: &lt;path&gt;}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connect takes same_compute (the default) or any</source>
        <translation>connect prend same_compute (par défaut) ou any</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+3"/>
        <source>set %1 to %2</source>
        <translation>définir %1 à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connect %1 to %2</source>
        <translation>connecter %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On %1: %2</source>
        <translation>Sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulepath.cpp" line="+36"/>
        <source>&apos;%1&apos; is not a value path; write properties.&lt;name&gt; or capabilities.&lt;capability name or type&gt;.&lt;property&gt;</source>
        <translation>&apos;%1&apos; n&apos;est pas un chemin de valeur ; écrivez properties.&lt;nom&gt; ou capabilities.&lt;nom ou type de capacité&gt;.&lt;propriété&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesfile.cpp" line="+34"/>
        <source>severity must be error, warning or info, not &apos;%1&apos;</source>
        <translation>severity doit valoir error, warning ou info, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown placeholder {%1}; the placeholders are {%2}</source>
        <translation>espace réservé inconnu {%1} ; les espaces réservés sont {%2}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the fix %1 does not go with the check %2</source>
        <translation>le correctif %1 ne va pas avec le check %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>rule %1 names the node type &apos;%2&apos;, which neither its archive nor the archives it imports declare; the rule never applies</source>
        <translation>la règle %1 nomme le type de nœud &apos;%2&apos;, que ni son archive ni les archives qu&apos;elle importe ne déclarent ; la règle ne s&apos;applique jamais</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a Topologist rules file of a version this program reads: it must start with &apos;topologist_rules: %1&apos;</source>
        <translation>pas un fichier de règles Topologist d&apos;une version que ce programme lit : il doit commencer par &apos;topologist_rules: %1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rules file</source>
        <translation>un fichier de règles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation>&apos;rules&apos; doit être une liste de règles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the code &apos;%1&apos; must be letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter (e.g. ACME-DB-001)</source>
        <translation>le code &apos;%1&apos; doit être fait de lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, et commencer par une lettre (p. ex. ACME-DB-001)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the code %1 is already used by the rule at %2; codes must be unique</source>
        <translation>le code %1 est déjà utilisé par la règle à %2 ; les codes doivent être uniques</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a rule must be a mapping</source>
        <translation>une règle doit être un mapping</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a rule</source>
        <translation>une règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rule has no &apos;%1&apos;</source>
        <translation>la règle n&apos;a pas de &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesubject.cpp" line="+36"/>
        <source>unknown subject step &apos;%1&apos;; the steps are host, compute, target:&lt;requirement&gt; and sources:&lt;requirement&gt;</source>
        <translation>étape de sujet inconnue &apos;%1&apos; ; les étapes sont host, compute, target:&lt;requirement&gt; et sources:&lt;requirement&gt;</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/rulesyntax.cpp" line="+31"/>
        <source>%1 must be a plain, non-empty value</source>
        <translation>%1 doit être une valeur simple non vide</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 must be a name or a non-empty list of names</source>
        <translation>%1 doit être un nom ou une liste non vide de noms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown key &apos;%1&apos; in %2; known keys: %3</source>
        <translation>clé inconnue &apos;%1&apos; dans %2 ; clés connues : %3</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rulesfile/versioncheck.cpp" line="+17"/>
        <source>version needs {path: &lt;path&gt;, equal | at_least | at_most: &lt;version&gt;}</source>
        <translation>version a besoin de {path: &lt;path&gt;, equal | at_least | at_most: &lt;version&gt;}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version needs exactly one of equal, at_least and at_most</source>
        <translation>version a besoin d&apos;exactement un de equal, at_least et at_most</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a version (e.g. 0.28.0 or 0.25.0-0.2.70)</source>
        <translation>&apos;%1&apos; n&apos;est pas une version (p. ex. 0.28.0 ou 0.25.0-0.2.70)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unset (the latest version)</source>
        <translation>non défini (la dernière version)</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/outputreferencerule.cpp" line="+45"/>
        <source>output &apos;%1&apos; reads %2 of &apos;%3&apos;, which is not a node of this topology</source>
        <translation>la sortie &apos;%1&apos; lit %2 de &apos;%3&apos;, qui n’est pas un nœud de cette topologie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>output &apos;%1&apos; reads &apos;%2&apos; of %3, but its type %4 declares no such %5</source>
        <translation>la sortie &apos;%1&apos; lit &apos;%2&apos; de %3, mais son type %4 ne déclare aucun(e) %5 de ce nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>attribute or property</source>
        <translation>attribut ou propriété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/customworkflowrule.cpp" line="+58"/>
        <source>workflow %1: step %2 targets %3, which is not a node template</source>
        <translation>workflow %1 : l&apos;étape %2 cible %3, qui n&apos;est pas un modèle de nœud</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>workflow %1: %2 of step %3 names %4, which is not a step of the workflow</source>
        <translation>workflow %1 : %2 de l&apos;étape %3 nomme %4, qui n&apos;est pas une étape du workflow</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>workflow %1: steps %2 wait for each other in a loop; none runs</source>
        <translation>workflow %1 : les étapes %2 s&apos;attendent en boucle ; aucune ne s&apos;exécute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>workflow %1: steps %2 never run: they wait on a loop</source>
        <translation>workflow %1 : les étapes %2 ne s&apos;exécutent jamais : elles attendent une boucle</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/installorderrule.cpp" line="+38"/>
        <source>install order loop: %1 each wait for another of them to be started, so none is ever installed</source>
        <translation>boucle dans l&apos;ordre d&apos;installation : %1 attendent chacun qu&apos;un autre d&apos;entre eux soit démarré, donc aucun n&apos;est jamais installé</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>never installed: it waits for %1, which is in an install order loop</source>
        <translation>jamais installé : il attend %1, qui est dans une boucle de l&apos;ordre d&apos;installation</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/groupmembersrule.cpp" line="+37"/>
        <source>group &apos;%1&apos; is of type %2, which no imported archive declares</source>
        <translation>le groupe &apos;%1&apos; est de type %2, qu&apos;aucune archive importée ne déclare</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>group &apos;%1&apos; lists &apos;%2&apos; as a member, which is not a node of this topology</source>
        <translation>le groupe &apos;%1&apos; liste &apos;%2&apos; comme membre, qui n&apos;est pas un nœud de cette topologie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>group &apos;%1&apos; admits members of type %2, but its member %3 is a %4</source>
        <translation>le groupe &apos;%1&apos; admet des membres de type %2, mais son membre %3 est un %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/policypropertiesrule.cpp" line="+61"/>
        <source>policy &apos;%1&apos; sets &apos;%2&apos;, which its type %3 does not declare</source>
        <translation>la politique &apos;%1&apos; définit &apos;%2&apos;, que son type %3 ne déclare pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>policy &apos;%1&apos;, property &apos;%2&apos;: %3</source>
        <translation>politique &apos;%1&apos;, propriété &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>policy &apos;%1&apos; leaves the required property &apos;%2&apos; unset</source>
        <translation>la politique &apos;%1&apos; laisse la propriété obligatoire &apos;%2&apos; sans valeur</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/policytargetsrule.cpp" line="+46"/>
        <source>policy &apos;%1&apos; has no type</source>
        <translation>la politique &apos;%1&apos; n&apos;a pas de type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy &apos;%1&apos; is of type %2, which no imported archive declares</source>
        <translation>la politique &apos;%1&apos; est de type %2, qu&apos;aucune archive importée ne déclare</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>policy &apos;%1&apos; targets &apos;%2&apos;, which is neither a node nor a group of this topology</source>
        <translation>la politique &apos;%1&apos; cible &apos;%2&apos;, qui n&apos;est ni un nœud ni un groupe de cette topologie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>policy &apos;%1&apos; applies to %2, but its target %3 is a %4</source>
        <translation>la politique &apos;%1&apos; s&apos;applique à %2, mais sa cible %3 est un %4</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/sectionreferences.cpp" line="+33"/>
        <source>Remove %1 from group %2</source>
        <translation>Retirer %1 du groupe %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from the targets of policy %2</source>
        <translation>Retirer %1 des cibles de la politique %2</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/substitutionpropertyrule.cpp" line="+57"/>
        <source>property &apos;%1&apos; of the substituted type %2 is required, but no input gives it, so the topology never reads what a user of the type sets: add an input called %1, or map the property onto an input</source>
        <translation>la propriété &apos;%1&apos; du type substitué %2 est obligatoire, mais aucune entrée ne la donne, donc la topologie ne lit jamais ce qu&apos;un utilisateur du type définit : ajoutez une entrée nommée %1 ou associez la propriété à une entrée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>substitution property &apos;%1&apos; is no property of the substituted type %2</source>
        <translation>la propriété de substitution &apos;%1&apos; n&apos;est pas une propriété du type substitué %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>substitution property &apos;%1&apos; is given by input &apos;%2&apos;, which is not an input of this topology</source>
        <translation>la propriété de substitution &apos;%1&apos; est donnée par l&apos;entrée &apos;%2&apos;, qui n&apos;est pas une entrée de cette topologie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>substitution property &apos;%1&apos; is mapped onto input &apos;%2&apos;, but Alien4Cloud ignores property mappings and makes input &apos;%2&apos; a property called %2: rename the input to %1</source>
        <translation>la propriété de substitution &apos;%1&apos; est associée à l&apos;entrée &apos;%2&apos;, mais Alien4Cloud ignore les associations de propriétés et fait de l&apos;entrée &apos;%2&apos; une propriété nommée %2 : renommez l&apos;entrée en %1</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/substitutiontargetrule.cpp" line="+85"/>
        <source>substitution capability &apos;%1&apos; is not written [ node, capability ]</source>
        <translation>la capacité de substitution &apos;%1&apos; n&apos;est pas écrite [ nœud, capacité ]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>substitution requirement &apos;%1&apos; is not written [ node, requirement ]</source>
        <translation>l&apos;exigence de substitution &apos;%1&apos; n&apos;est pas écrite [ nœud, exigence ]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>substitution capability &apos;%1&apos; maps onto node &apos;%2&apos;, which is not a node of this topology</source>
        <translation>la capacité de substitution &apos;%1&apos; pointe vers le nœud &apos;%2&apos;, qui n&apos;est pas un nœud de cette topologie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>substitution requirement &apos;%1&apos; maps onto node &apos;%2&apos;, which is not a node of this topology</source>
        <translation>l&apos;exigence de substitution &apos;%1&apos; pointe vers le nœud &apos;%2&apos;, qui n&apos;est pas un nœud de cette topologie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>substitution capability &apos;%1&apos; maps onto capability &apos;%2&apos; of %3, but its type %4 has no such capability</source>
        <translation>la capacité de substitution &apos;%1&apos; pointe vers la capacité &apos;%2&apos; de %3, mais son type %4 n&apos;a pas cette capacité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>substitution requirement &apos;%1&apos; maps onto requirement &apos;%2&apos; of %3, but its type %4 has no such requirement</source>
        <translation>l&apos;exigence de substitution &apos;%1&apos; pointe vers l&apos;exigence &apos;%2&apos; de %3, mais son type %4 n&apos;a pas cette exigence</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>substitution capability &apos;%1&apos; maps onto %2.%3, of type %4, but capability &apos;%1&apos; of %5 is of type %6, which whatever connects to the service expects</source>
        <translation>la capacité de substitution &apos;%1&apos; pointe vers %2.%3, de type %4, mais la capacité &apos;%1&apos; de %5 est de type %6, que tout ce qui se connecte au service attend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>substitution requirement &apos;%1&apos; maps onto %2.%3, which needs %4, but requirement &apos;%1&apos; of %5 may be connected to any %6</source>
        <translation>l&apos;exigence de substitution &apos;%1&apos; pointe vers %2.%3, qui demande %4, mais l&apos;exigence &apos;%1&apos; de %5 peut être reliée à tout %6</translation>
    </message>
    <message>
        <location filename="../src/core/validation/rules/substitutiontyperule.cpp" line="+28"/>
        <source>the substitution mapping names no node_type: choose the type this topology stands for</source>
        <translation>la substitution ne nomme aucun node_type : choisissez le type que cette topologie représente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the substitution mapping&apos;s node_type %1 is declared neither in this topology nor in its imports</source>
        <translation>le node_type %1 de la substitution n&apos;est déclaré ni dans cette topologie ni dans ses imports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the substituted type %1 is not abstract; Alien4Cloud lets a topology stand only for an abstract type</source>
        <translation>le type substitué %1 n&apos;est pas abstrait ; Alien4Cloud ne laisse une topologie représenter qu&apos;un type abstrait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this file declares types and a substitution mapping; Alien4Cloud refuses substitution in an archive that declares types: move the types to an archive of their own</source>
        <translation>ce fichier déclare des types et une substitution ; Alien4Cloud refuse la substitution dans une archive qui déclare des types : déplacez les types dans une archive à part</translation>
    </message>
</context>
<context>
    <name>WorkflowDiagram</name>
    <message>
        <location filename="../src/gui/workflow/workflowdiagram.cpp" line="+122"/>
        <source>orchestrator</source>
        <translation>orchestrateur</translation>
    </message>
</context>
<context>
    <name>WorkflowStepItem</name>
    <message>
        <location filename="../src/gui/workflow/workflowstepitem.cpp" line="+31"/>
        <source>%1 by the location</source>
        <translation>%1 par l&apos;emplacement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>relationship %1 of %2, run on %3</source>
        <translation>relation %1 de %2, exécutée sur %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never runs: it is in a loop</source>
        <translation>ne s&apos;exécute jamais : elle est dans une boucle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never runs: it waits on a loop</source>
        <translation>ne s&apos;exécute jamais : elle attend une boucle</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../src/core/yaml/yamlvaluereader.cpp" line="+447"/>
        <source>YAML syntax error: unexpected character</source>
        <translation>erreur de syntaxe YAML : caractère inattendu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>YAML syntax error: this alias refers to a collection that contains it</source>
        <translation>erreur de syntaxe YAML : cet alias fait référence à une collection qui le contient</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aliases nest the YAML deeper than %1 levels; this is not a TOSCA file</source>
        <translation>les alias imbriquent le YAML sur plus de %1 niveaux ; ce n&apos;est pas un fichier TOSCA</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>YAML syntax error: this quoted string is never closed; it would swallow the rest of the file</source>
        <translation>erreur de syntaxe YAML : cette chaîne entre guillemets n&apos;est jamais fermée ; elle avalerait le reste du fichier</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>content after the end of the YAML document; a TOSCA file holds one document</source>
        <translation>contenu après la fin du document YAML ; un fichier TOSCA contient un seul document</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>aliases expand the document to more than %1 values, far more than it holds as written; aliases that repeat each other are not accepted</source>
        <translation>les alias étendent le document à plus de %1 valeurs, bien plus qu&apos;il n&apos;en contient tel qu&apos;écrit ; les alias qui se répètent les uns les autres ne sont pas acceptés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the document holds more than %1 YAML values; no TOSCA topology is that large</source>
        <translation>le document contient plus de %1 valeurs YAML ; aucune topologie TOSCA n&apos;est aussi grande</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>a mapping key must be a plain value, not a list or a mapping</source>
        <translation>une clé de mapping doit être une valeur simple, pas une liste ni un mapping</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>key &apos;%1&apos; is repeated (lines %2 and %3); the value at line %3 replaces the one at line %2, as in Alien4Cloud</source>
        <translation>la clé &apos;%1&apos; est répétée (lignes %2 et %3) ; la valeur de la ligne %3 remplace celle de la ligne %2, comme dans Alien4Cloud</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is not valid UTF-8 text (first bad byte here); save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 valide (premier octet invalide ici) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the YAML is nested deeper than %1 levels; this is not a TOSCA file</source>
        <translation>le YAML est imbriqué sur plus de %1 niveaux ; ce n&apos;est pas un fichier TOSCA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is %1 MB; TOSCA definitions larger than %2 MB are not read</source>
        <translation>le fichier fait %1 Mo ; les définitions TOSCA de plus de %2 Mo ne sont pas lues</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the flow collections ([...], {...}) hold more than %1 YAML values by here; yaml-cpp would hold them all in memory at once</source>
        <translation>les collections en flux ([...], {...}) contiennent plus de %1 valeurs YAML jusqu&apos;ici ; yaml-cpp les garderait toutes en mémoire à la fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document holds more than %1 YAML values by here; no TOSCA topology is that large, and reading it would exhaust memory</source>
        <translation>le document contient plus de %1 valeurs YAML jusqu&apos;ici ; aucune topologie TOSCA n&apos;est aussi grande, et sa lecture épuiserait la mémoire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file holds no YAML content, only comments or an empty document</source>
        <translation>le fichier ne contient aucun contenu YAML, seulement des commentaires ou un document vide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the YAML could not be read: %1</source>
        <translation>le YAML n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+35"/>
        <source>Desktop designer for TOSCA topologies</source>
        <translation>Concepteur de bureau pour topologies TOSCA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topology to open (YAML or CSAR)</source>
        <translation>Topologie à ouvrir (YAML ou CSAR)</translation>
    </message>
</context>
</TS>
