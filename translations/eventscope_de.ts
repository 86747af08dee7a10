<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>es::WorkspaceDb</name>
    <message>
        <source>%1 is not an Eventscope workspace (it is not an SQLite database). The file was not changed. Choose another file, or move this one away.</source>
        <translation>%1 ist kein Eventscope-Arbeitsbereich (keine SQLite-Datenbank). Die Datei wurde nicht verändert. Wählen Sie eine andere Datei oder verschieben Sie diese.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist. Import some logs first, or check the path given with --db.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht. Importieren Sie zuerst Logs oder prüfen Sie den mit --db angegebenen Pfad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check its permissions, or choose another location with --db.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen oder wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (integrity check: %2). It was not modified. Restore it from a backup, or open or create another workspace.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (Integritätsprüfung: %2). Er wurde nicht verändert. Stellen Sie ihn aus einer Sicherung wieder her oder öffnen bzw. erstellen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Eventscope (schema %2; this version understands up to %3). Update Eventscope to open it.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Eventscope-Version geschrieben (Schema %2; diese Version versteht bis %3). Aktualisieren Sie Eventscope, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace %1 uses an older schema (version %2). Open it once in Eventscope (or run an import) to upgrade it, then try again.</source>
        <translation>Der Arbeitsbereich %1 verwendet ein älteres Schema (Version %2). Öffnen Sie ihn einmal in Eventscope (oder führen Sie einen Import aus), um ihn zu aktualisieren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace %1 to schema version %2: %3. The file was left at version %4.</source>
        <translation>Der Arbeitsbereich %1 kann nicht auf Schemaversion %2 aktualisiert werden: %3. Die Datei bleibt auf Version %4.</translation>
    </message>
    <message>
        <source>Cannot upgrade the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>es::cli::CommandLine</name>
    <message>
        <source>Workspace database to use (default: the last workspace, or %1).</source>
        <translation>Zu verwendende Arbeitsbereich-Datenbank (Standard: der zuletzt verwendete Arbeitsbereich oder %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>User-interface language, for example de or en.</source>
        <translation>Sprache der Benutzeroberfläche, zum Beispiel de oder en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Open the embedded demo workspace.</source>
        <translation>Den eingebauten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE once the workspace is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters in DATEI speichern, sobald der Arbeitsbereich angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Without a command, the desktop application starts.</source>
        <translation>Ohne Befehl startet die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Run "eventscope COMMAND --help" for the options of a command.</source>
        <translation>Mit „eventscope BEFEHL --help“ werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>Eventscope analyses web access logs, JSON event logs and Kafka topics on your own machine.</source>
        <translation>Eventscope wertet Web-Zugriffslogs, JSON-Ereignislogs und Kafka-Topics auf Ihrem eigenen Rechner aus.</translation>
    </message>
    <message>
        <source>eventscope: unknown command "%1".</source>
        <translation>eventscope: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Run "eventscope --help" for usage.</source>
        <translation>Mit „eventscope --help“ wird die Verwendung angezeigt.</translation>
    </message>
</context>
<context>
    <name>es::ui::MainWindow</name>
    <message>
        <source>Dashboard area</source>
        <translation>Dashboard-Bereich</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Eventscope</source>
        <translation>&amp;Über Eventscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The workspace is open. Dashboards of its traffic and events will appear here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Der Arbeitsbereich ist geöffnet. Dashboards seines Datenverkehrs und seiner Ereignisse erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The workspace could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Der Arbeitsbereich konnte nicht geöffnet werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Eventscope</source>
        <translation>%1 – Eventscope</translation>
    </message>
    <message>
        <source>About Eventscope</source>
        <translation>Über Eventscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Eventscope %1&lt;/h3&gt;&lt;p&gt;Desktop analytics for web access logs, JSON event logs and Kafka topics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eventscope %1&lt;/h3&gt;&lt;p&gt;Desktop-Analyse für Web-Zugriffslogs, JSON-Ereignislogs und Kafka-Topics.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>