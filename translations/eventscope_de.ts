<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Formats</name>
    <message>
        <source>Apache/nginx combined: common plus referer and user agent</source>
        <translation>Apache/nginx combined: common plus Referer und User-Agent</translation>
    </message>
    <message>
        <source>NCSA common log format (client, time, request, status, bytes)</source>
        <translation>NCSA-Common-Log-Format (Client, Zeit, Anfrage, Status, Bytes)</translation>
    </message>
    <message>
        <source>Apache vhost_combined: combined prefixed by the virtual host</source>
        <translation>Apache vhost_combined: combined mit vorangestelltem virtuellem Host</translation>
    </message>
    <message>
        <source>Combined with extra quoted fields; the first is X-Forwarded-For</source>
        <translation>Combined mit zusätzlichen Feldern in Anführungszeichen; das erste ist X-Forwarded-For</translation>
    </message>
    <message>
        <source>Amazon CloudFront standard log (W3C, tab-separated)</source>
        <translation>Amazon-CloudFront-Standardlog (W3C, tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>W3C extended log (IIS and others), columns from #Fields</source>
        <translation>W3C-Extended-Log (IIS und andere), Spalten aus #Fields</translation>
    </message>
    <message>
        <source>AWS Application or Classic Load Balancer access log</source>
        <translation>Zugriffslog eines AWS Application oder Classic Load Balancers</translation>
    </message>
    <message>
        <source>Amazon S3 server access log</source>
        <translation>Amazon-S3-Serverzugriffslog</translation>
    </message>
    <message>
        <source>JSON access log (nginx, Caddy, Traefik, Cloudflare)</source>
        <translation>JSON-Zugriffslog (nginx, Caddy, Traefik, Cloudflare)</translation>
    </message>
    <message>
        <source>JSON lines of application events (configurable field names)</source>
        <translation>JSON-Zeilen mit Anwendungsereignissen (einstellbare Feldnamen)</translation>
    </message>
    <message>
        <source>Custom Apache LogFormat pattern</source>
        <translation>Eigenes Apache-LogFormat-Muster</translation>
    </message>
    <message>
        <source>time format ends with a lone '%'</source>
        <translation>das Zeitformat endet mit einem einzelnen „%“</translation>
    </message>
    <message>
        <source>unsupported time conversion %1</source>
        <translation>nicht unterstützte Zeitumwandlung %1</translation>
    </message>
    <message>
        <source>empty time format</source>
        <translation>leeres Zeitformat</translation>
    </message>
</context>
<context>
    <name>es</name>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>compressed data (%1): decompress it first</source>
        <translation>komprimierte Daten (%1): bitte zuerst entpacken</translation>
    </message>
    <message>
        <source>UTF-16 text is not supported: convert the file to UTF-8</source>
        <translation>UTF-16-Text wird nicht unterstützt: wandeln Sie die Datei in UTF-8 um</translation>
    </message>
    <message>
        <source>binary data: the input contains NUL bytes</source>
        <translation>Binärdaten: die Eingabe enthält NUL-Bytes</translation>
    </message>
    <message>
        <source>binary data: the input is mostly not text</source>
        <translation>Binärdaten: die Eingabe ist größtenteils kein Text</translation>
    </message>
    <message>
        <source>the input has no content (only blank lines)</source>
        <translation>die Eingabe hat keinen Inhalt (nur Leerzeilen)</translation>
    </message>
    <message>
        <source>JSON lines without an event type field (looked for %1): choose json_events and name the fields</source>
        <translation>JSON-Zeilen ohne Ereignistyp-Feld (gesucht: %1): wählen Sie json_events und benennen Sie die Felder</translation>
    </message>
    <message>
        <source>JSON lines without a timestamp field (looked for %1): choose json_events and name the fields</source>
        <translation>JSON-Zeilen ohne Zeitstempel-Feld (gesucht: %1): wählen Sie json_events und benennen Sie die Felder</translation>
    </message>
    <message>
        <source>JSON lines, but no known JSON format matched: first line was "%1"</source>
        <translation>JSON-Zeilen, aber kein bekanntes JSON-Format passt: die erste Zeile war „%1“</translation>
    </message>
    <message>
        <source>no known format matched: first line was "%1"</source>
        <translation>kein bekanntes Format passt: die erste Zeile war „%1“</translation>
    </message>
    <message>
        <source>no known format matched well: the best, %1, read only %2 of %3 lines; first line was "%4"</source>
        <translation>kein bekanntes Format passt gut: das beste, %1, las nur %2 von %3 Zeilen; die erste Zeile war „%4“</translation>
    </message>
    <message>
        <source>unknown time zone "%1"</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>JSON events need the names of the event type and timestamp fields</source>
        <translation>JSON-Ereignisse benötigen die Namen der Felder für Ereignistyp und Zeitstempel</translation>
    </message>
    <message>
        <source>the format is "auto": detect it before creating a parser</source>
        <translation>das Format ist „auto“: erkennen Sie es, bevor ein Parser erzeugt wird</translation>
    </message>
    <message>
        <source>unknown format "%1"; known formats: %2</source>
        <translation>unbekanntes Format „%1“; bekannte Formate: %2</translation>
    </message>
    <message>
        <source>custom needs a LogFormat pattern, e.g. custom:%h %l %u %t "%r" %&gt;s %b</source>
        <translation>custom benötigt ein LogFormat-Muster, z. B. custom:%h %l %u %t "%r" %&gt;s %b</translation>
    </message>
    <message>
        <source>bad JSON field mapping "%1"; expected event_type=, ts=, user_id=, session_id= or params=</source>
        <translation>ungültige JSON-Feldzuordnung „%1“; erwartet: event_type=, ts=, user_id=, session_id= oder params=</translation>
    </message>
    <message>
        <source>format "%1" takes no argument</source>
        <translation>das Format „%1“ nimmt kein Argument</translation>
    </message>
</context>
<context>
    <name>es::CustomFormatParser</name>
    <message>
        <source>the custom format pattern is empty</source>
        <translation>das eigene Formatmuster ist leer</translation>
    </message>
    <message>
        <source>unterminated %{...} in the custom format</source>
        <translation>nicht abgeschlossenes %{...} im eigenen Format</translation>
    </message>
    <message>
        <source>the custom format ends inside a directive</source>
        <translation>das eigene Format endet innerhalb einer Direktive</translation>
    </message>
    <message>
        <source>LogFormat directive %1 needs a {name}</source>
        <translation>die LogFormat-Direktive %1 benötigt einen {Namen}</translation>
    </message>
    <message>
        <source>LogFormat directive %1 needs a {header}</source>
        <translation>die LogFormat-Direktive %1 benötigt einen {Header}</translation>
    </message>
    <message>
        <source>unknown unit in LogFormat directive %1</source>
        <translation>unbekannte Einheit in der LogFormat-Direktive %1</translation>
    </message>
    <message>
        <source>bad time format in %1: %2</source>
        <translation>ungültiges Zeitformat in %1: %2</translation>
    </message>
    <message>
        <source>unknown LogFormat directive %1</source>
        <translation>unbekannte LogFormat-Direktive %1</translation>
    </message>
    <message>
        <source>LogFormat directives %1 and %2 need text between them</source>
        <translation>zwischen den LogFormat-Direktiven %1 und %2 muss Text stehen</translation>
    </message>
    <message>
        <source>the custom format has no time directive (%t)</source>
        <translation>das eigene Format hat keine Zeitdirektive (%t)</translation>
    </message>
</context>
<context>
    <name>es::FileImporter</name>
    <message>
        <source>%1 is a folder. Give the log files inside it instead.</source>
        <translation>%1 ist ein Ordner. Geben Sie stattdessen die Logdateien darin an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The format of %1 could not be detected: %2. If it is a log in a known layout, name it with --format (see "eventscope import --help"), or describe it with --format "custom:&lt;LogFormat&gt;".</source>
        <translation>Das Format von %1 konnte nicht erkannt werden: %2. Wenn es ein Log in einem bekannten Aufbau ist, geben Sie es mit --format an (siehe „eventscope import --help“), oder beschreiben Sie es mit --format "custom:&lt;LogFormat&gt;".</translation>
    </message>
    <message>
        <source>Cannot record %1 in the workspace: %2</source>
        <translation>%1 kann nicht im Arbeitsbereich vermerkt werden: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the part imported before; it was left as is. If it was replaced by new content, rename it and import again.</source>
        <translation>%1 ist kürzer als der bereits importierte Teil und wurde nicht verändert. Wurde die Datei durch neuen Inhalt ersetzt, benennen Sie sie um und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Importing %1 stopped: %2</source>
        <translation>Der Import von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>es::InputStream</name>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Cannot initialise the gzip decoder for %1.</source>
        <translation>Der gzip-Decoder für %1 kann nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Cannot initialise the bzip2 decoder for %1.</source>
        <translation>Der bzip2-Decoder für %1 kann nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Die gzip-Daten sind beschädigt (%1).</translation>
    </message>
    <message>
        <source>The bzip2 data is corrupt (code %1).</source>
        <translation>Die bzip2-Daten sind beschädigt (Code %1).</translation>
    </message>
    <message>
        <source>The compressed file ends unexpectedly (it is truncated). Every complete line before the damage was read.</source>
        <translation>Die komprimierte Datei endet unerwartet (sie ist abgeschnitten). Alle vollständigen Zeilen vor der Beschädigung wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>es::ReadOnlySql</name>
    <message>
        <source>Loading extensions is not allowed in the read-only SQL console.</source>
        <translation>Das Laden von Erweiterungen ist in der schreibgeschützten SQL-Konsole nicht erlaubt.</translation>
    </message>
    <message>
        <source>PRAGMA %1 is not allowed: the SQL console is read-only and may only run PRAGMAs that read.</source>
        <translation>PRAGMA %1 ist nicht erlaubt: die SQL-Konsole ist schreibgeschützt und darf nur lesende PRAGMAs ausführen.</translation>
    </message>
    <message>
        <source>ATTACH and DETACH are not allowed: the SQL console only reads the open workspace.</source>
        <translation>ATTACH und DETACH sind nicht erlaubt: die SQL-Konsole liest nur den geöffneten Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not allowed: the SQL console is read-only. Use the application's commands to change data.</source>
        <translation>%1 ist nicht erlaubt: die SQL-Konsole ist schreibgeschützt. Verwenden Sie die Befehle der Anwendung, um Daten zu ändern.</translation>
    </message>
    <message>
        <source>This statement changes the database or its schema, which the read-only SQL console does not allow.</source>
        <translation>Diese Anweisung ändert die Datenbank oder ihr Schema, was die schreibgeschützte SQL-Konsole nicht erlaubt.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>Die Anweisung ist leer.</translation>
    </message>
    <message>
        <source>Run one statement at a time.</source>
        <translation>Führen Sie jeweils nur eine Anweisung aus.</translation>
    </message>
    <message>
        <source>Only statements that read are allowed in the read-only SQL console.</source>
        <translation>In der schreibgeschützten SQL-Konsole sind nur lesende Anweisungen erlaubt.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
</context>
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
    <name>es::Writer</name>
    <message>
        <source>The disk holding the workspace is full. Nothing from the last batch was saved; free some space and run the import again to continue where it stopped.</source>
        <translation>Der Datenträger des Arbeitsbereichs ist voll. Vom letzten Stapel wurde nichts gespeichert; schaffen Sie Platz und starten Sie den Import erneut, um dort fortzufahren, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The workspace file could not be written (I/O error: %1). Nothing from the last batch was saved; check the disk, then run the import again.</source>
        <translation>Die Arbeitsbereichsdatei konnte nicht geschrieben werden (E/A-Fehler: %1). Vom letzten Stapel wurde nichts gespeichert; prüfen Sie den Datenträger und starten Sie den Import erneut.</translation>
    </message>
    <message>
        <source>Saving to the workspace failed: %1. Nothing from the last batch was saved.</source>
        <translation>Das Speichern im Arbeitsbereich ist fehlgeschlagen: %1. Vom letzten Stapel wurde nichts gespeichert.</translation>
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
    <name>es::cli::GenerateCommand</name>
    <message>
        <source>What to write: access (combined access log, default) or events (JSON lines).</source>
        <translation>Was geschrieben wird: access (Combined-Zugriffslog, Standard) oder events (JSON-Zeilen).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Approximate number of lines (default 200000).</source>
        <translation>Ungefähre Anzahl Zeilen (Standard 200000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days of history (default 28).</source>
        <translation>Tage Verlauf (Standard 28).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same file (default 1).</source>
        <translation>Zufallsstartwert; derselbe Wert ergibt dieselbe Datei (Standard 1).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>STARTWERT</translation>
    </message>
    <message>
        <source>End of the history, Unix seconds (default: a fixed date, so output is reproducible; "now" for the current time).</source>
        <translation>Ende des Verlaufs in Unix-Sekunden (Standard: ein festes Datum, damit die Ausgabe reproduzierbar ist; „now“ für die aktuelle Zeit).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Prefix lines with host:port (Apache vhost_combined).</source>
        <translation>Zeilen mit host:port einleiten (Apache vhost_combined).</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Zu schreibende Datei.</translation>
    </message>
    <message>
        <source>eventscope generate: name one output file.</source>
        <translation>eventscope generate: geben Sie eine Ausgabedatei an.</translation>
    </message>
    <message>
        <source>eventscope generate: --lines and --days take positive numbers, --seed a number, and --kind access or events.</source>
        <translation>eventscope generate: --lines und --days erwarten positive Zahlen, --seed eine Zahl und --kind access oder events.</translation>
    </message>
    <message>
        <source>Wrote %1 lines (%2 bytes) to %3</source>
        <translation>%1 Zeilen (%2 Bytes) nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Write realistic demo access logs or JSON events to a file.</source>
        <translation>Realistische Demo-Zugriffslogs oder JSON-Ereignisse in eine Datei schreiben.</translation>
    </message>
</context>
<context>
    <name>es::cli::ImportCommand</name>
    <message>
        <source>appended</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Log format instead of detecting it: combined, common, vhost_combined, combined_extra, cloudfront, w3c, alb, json_access, json_events, or custom:&lt;Apache LogFormat&gt;.</source>
        <translation>Logformat, statt es zu erkennen: combined, common, vhost_combined, combined_extra, cloudfront, w3c, alb, json_access, json_events oder custom:&lt;Apache-LogFormat&gt;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Time zone (IANA name such as Europe/Berlin) of timestamps that carry no UTC offset; default UTC.</source>
        <translation>Zeitzone (IANA-Name wie Europe/Berlin) für Zeitstempel ohne UTC-Versatz; Standard UTC.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Do not keep raw-event references for search (faster, smaller).</source>
        <translation>Keine Verweise auf Rohereignisse für die Suche speichern (schneller, kleiner).</translation>
    </message>
    <message>
        <source>Number of parse threads (default: one per core).</source>
        <translation>Anzahl der Parser-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Log files to import (.gz and .bz2 are read directly).</source>
        <translation>Zu importierende Logdateien (.gz und .bz2 werden direkt gelesen).</translation>
    </message>
    <message>
        <source>eventscope import: name at least one log file.</source>
        <translation>eventscope import: geben Sie mindestens eine Logdatei an.</translation>
    </message>
    <message>
        <source>eventscope import: unknown time zone "%1"; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>eventscope import: unbekannte Zeitzone „%1“; verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1: %2, format %3</source>
        <translation>%1: %2, Format %3</translation>
    </message>
    <message>
        <source>  lines %1, events %2, malformed %3, already imported %4 bytes, %5 s, %6 lines/s</source>
        <translation>  Zeilen %1, Ereignisse %2, fehlerhaft %3, bereits importiert %4 Bytes, %5 s, %6 Zeilen/s</translation>
    </message>
    <message>
        <source>  malformed line %1: %2</source>
        <translation>  fehlerhafte Zeile %1: %2</translation>
    </message>
    <message>
        <source>  already imported (%1 bytes); nothing new to read</source>
        <translation>  bereits importiert (%1 Bytes); nichts Neues zu lesen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Import log files into the workspace.</source>
        <translation>Logdateien in den Arbeitsbereich importieren.</translation>
    </message>
</context>
<context>
    <name>es::cli::SqlCommand</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Ausgabeformat: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>One SELECT statement (see docs/SCHEMA.md for the tables and friendly views).</source>
        <translation>Eine SELECT-Anweisung (Tabellen und Sichten siehe docs/SCHEMA.md).</translation>
    </message>
    <message>
        <source>eventscope sql: give one SQL statement, for example eventscope sql "SELECT * FROM traffic_by_day".</source>
        <translation>eventscope sql: geben Sie eine SQL-Anweisung an, zum Beispiel eventscope sql "SELECT * FROM traffic_by_day".</translation>
    </message>
    <message>
        <source>eventscope sql: unknown --format "%1"; use table, csv or json.</source>
        <translation>eventscope sql: unbekanntes --format „%1“; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n Zeile)</numerusform>
            <numerusform>(%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a read-only SQL query on the workspace.</source>
        <translation>Eine schreibgeschützte SQL-Abfrage auf dem Arbeitsbereich ausführen.</translation>
    </message>
</context>
<context>
    <name>es::demo::DemoWorkspace</name>
    <message>
        <source>Cannot create the folder %1 for the demo logs.</source>
        <translation>Der Ordner %1 für die Demo-Logs kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Generating demo traffic…</source>
        <translation>Demo-Datenverkehr wird erzeugt …</translation>
    </message>
    <message>
        <source>Importing demo traffic…</source>
        <translation>Demo-Datenverkehr wird importiert …</translation>
    </message>
    <message>
        <source>Building the demo workspace was cancelled.</source>
        <translation>Der Aufbau des Demo-Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>es::demo::DemoWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
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
    <name>es::ui::WorkspaceController</name>
    <message>
        <source>the demo workspace (the first start generates four weeks of traffic)</source>
        <translation>den Demo-Arbeitsbereich (beim ersten Start werden vier Wochen Datenverkehr erzeugt)</translation>
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