<?xml version="1.0" encoding="utf-8"?>
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
        <source>time format ends with a lone &apos;%&apos;</source>
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
        <source>JSON lines without an event type field (looked for %1): name the fields, for example --format json_events:event_type=FIELD,ts=FIELD</source>
        <translation>JSON-Zeilen ohne Ereignistyp-Feld (gesucht: %1): benennen Sie die Felder, zum Beispiel --format json_events:event_type=FELD,ts=FELD</translation>
    </message>
    <message>
        <source>JSON lines without a timestamp field (looked for %1): name the fields, for example --format json_events:event_type=FIELD,ts=FIELD</source>
        <translation>JSON-Zeilen ohne Zeitstempel-Feld (gesucht: %1): benennen Sie die Felder, zum Beispiel --format json_events:event_type=FELD,ts=FELD</translation>
    </message>
    <message>
        <source>JSON lines, but no known JSON format matched: first line was &quot;%1&quot;</source>
        <translation>JSON-Zeilen, aber kein bekanntes JSON-Format passt: die erste Zeile war „%1“</translation>
    </message>
    <message>
        <source>no known format matched: first line was &quot;%1&quot;</source>
        <translation>kein bekanntes Format passt: die erste Zeile war „%1“</translation>
    </message>
    <message>
        <source>no known format matched well: the best, %1, read only %2 of %3 lines; first line was &quot;%4&quot;</source>
        <translation>kein bekanntes Format passt gut: das beste, %1, las nur %2 von %3 Zeilen; die erste Zeile war „%4“</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>JSON events need the names of the event type and timestamp fields</source>
        <translation>JSON-Ereignisse benötigen die Namen der Felder für Ereignistyp und Zeitstempel</translation>
    </message>
    <message>
        <source>the format is &quot;auto&quot;: detect it before creating a parser</source>
        <translation>das Format ist „auto“: erkennen Sie es, bevor ein Parser erzeugt wird</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats: %2</source>
        <translation>unbekanntes Format „%1“; bekannte Formate: %2</translation>
    </message>
    <message>
        <source>custom needs a LogFormat pattern, e.g. custom:%h %l %u %t &quot;%r&quot; %&gt;s %b</source>
        <translation>custom benötigt ein LogFormat-Muster, z. B. custom:%h %l %u %t &quot;%r&quot; %&gt;s %b</translation>
    </message>
    <message>
        <source>bad JSON field mapping &quot;%1&quot;; expected event_type=, ts=, user_id=, session_id= or params=</source>
        <translation>ungültige JSON-Feldzuordnung „%1“; erwartet: event_type=, ts=, user_id=, session_id= oder params=</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; takes no argument</source>
        <translation>das Format „%1“ nimmt kein Argument</translation>
    </message>
</context>
<context>
    <name>es::AlertEngine</name>
    <message>
        <source>No workspace is open for alerts.</source>
        <translation>Für Alarme ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; filters on &quot;%2&quot;, which this workspace does not have. Change the filter, or add the params key with &quot;eventscope analytics --params&quot;.</source>
        <translation>Die Regel „%1“ filtert nach „%2“, das es in diesem Arbeitsbereich nicht gibt. Ändern Sie den Filter oder fügen Sie den params-Schlüssel mit „eventscope analytics --params“ hinzu.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; could not read %2: %3</source>
        <translation>Die Regel „%1“ konnte %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; could not read its baseline: %2</source>
        <translation>Die Regel „%1“ konnte ihre Vergleichsbasis nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>es::AlertRules</name>
    <message>
        <source>Download spike</source>
        <translation>Download-Spitze</translation>
    </message>
    <message>
        <source>Few page views</source>
        <translation>Wenige Seitenaufrufe</translation>
    </message>
    <message>
        <source>Page views down against the day before</source>
        <translation>Seitenaufrufe gegenüber dem Vortag gesunken</translation>
    </message>
    <message>
        <source>The rule has no name. Give it one; notifications and the alert history show it.</source>
        <translation>Die Regel hat keinen Namen. Geben Sie ihr einen; Benachrichtigungen und der Alarmverlauf zeigen ihn an.</translation>
    </message>
    <message>
        <source>The rule would be evaluated every %1 minutes. Use 1 to %2 minutes (one day).</source>
        <translation>Die Regel würde alle %1 Minuten ausgewertet. Verwenden Sie 1 bis %2 Minuten (ein Tag).</translation>
    </message>
    <message>
        <source>A window of the last %1 minutes cannot be evaluated. Use 1 minute to %2 minutes (31 days).</source>
        <translation>Ein Zeitfenster der letzten %1 Minuten kann nicht ausgewertet werden. Verwenden Sie 1 bis %2 Minuten (31 Tage).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension to filter on. Use one such as url, country or device, or params.KEY for a JSON params key.</source>
        <translation>„%1“ ist keine Dimension, nach der gefiltert werden kann. Verwenden Sie eine wie url, country oder device oder params.KEY für einen JSON-params-Schlüssel.</translation>
    </message>
    <message>
        <source>The filter on %1 has no values. Add at least one value, or remove the filter.</source>
        <translation>Der Filter auf %1 hat keine Werte. Fügen Sie mindestens einen Wert hinzu oder entfernen Sie den Filter.</translation>
    </message>
    <message>
        <source>The %1 is not a number. Give a number.</source>
        <translation>Die %1 ist keine Zahl. Geben Sie eine Zahl an.</translation>
    </message>
    <message>
        <source>high-mark</source>
        <translation>obere Schwelle</translation>
    </message>
    <message>
        <source>low-mark</source>
        <translation>untere Schwelle</translation>
    </message>
    <message>
        <source>The recovery level (%1) must not be above the high-mark (%2): the alert recovers once the value has fallen to the recovery level.</source>
        <translation>Die Entwarnungsschwelle (%1) darf nicht über der oberen Schwelle (%2) liegen: die Entwarnung erfolgt, sobald der Wert auf die Entwarnungsschwelle gefallen ist.</translation>
    </message>
    <message>
        <source>The recovery level (%1) must not be below the low-mark (%2): the alert recovers once the value has risen to the recovery level.</source>
        <translation>Die Entwarnungsschwelle (%1) darf nicht unter der unteren Schwelle (%2) liegen: die Entwarnung erfolgt, sobald der Wert auf die Entwarnungsschwelle gestiegen ist.</translation>
    </message>
    <message>
        <source>The low-mark (%1) must be below the high-mark (%2) for an outside-band rule.</source>
        <translation>Bei einer Regel für Werte außerhalb eines Bereichs muss die untere Schwelle (%1) unter der oberen Schwelle (%2) liegen.</translation>
    </message>
    <message>
        <source>The upper recovery level (%1) must not be above the high-mark (%2).</source>
        <translation>Die obere Entwarnungsschwelle (%1) darf nicht über der oberen Schwelle (%2) liegen.</translation>
    </message>
    <message>
        <source>The lower recovery level (%1) must not be below the low-mark (%2).</source>
        <translation>Die untere Entwarnungsschwelle (%1) darf nicht unter der unteren Schwelle (%2) liegen.</translation>
    </message>
    <message>
        <source>The recovery levels (%1 and %2) leave no value at which the alert could recover. The lower recovery level must not exceed the upper one.</source>
        <translation>Bei den Entwarnungsschwellen (%1 und %2) bleibt kein Wert, bei dem eine Entwarnung möglich wäre. Die untere Entwarnungsschwelle darf nicht über der oberen liegen.</translation>
    </message>
    <message>
        <source>A change rule needs a positive percentage, such as 30 for a change of 30 % or more, not %1.</source>
        <translation>Eine Veränderungsregel benötigt einen positiven Prozentwert, etwa 30 für eine Veränderung um 30 % oder mehr, nicht %1.</translation>
    </message>
    <message>
        <source>A change rule needs a positive amount, such as 100 for a change of 100 or more, not %1.</source>
        <translation>Eine Veränderungsregel benötigt einen positiven Betrag, etwa 100 für eine Veränderung um 100 oder mehr, nicht %1.</translation>
    </message>
    <message>
        <source>The recovery change (%1) must lie between 0 and the change that fires the alert (%2).</source>
        <translation>Die Veränderung für die Entwarnung (%1) muss zwischen 0 und der Veränderung liegen, die den Alarm auslöst (%2).</translation>
    </message>
    <message>
        <source>&quot;No data for %1 minutes&quot; cannot be checked. Use 1 minute to %2 minutes (31 days).</source>
        <translation>„%1 Minuten lang keine Daten“ kann nicht geprüft werden. Verwenden Sie 1 bis %2 Minuten (31 Tage).</translation>
    </message>
    <message>
        <source>Give the pending period either in minutes (%1) or in evaluations (%2), not both.</source>
        <translation>Geben Sie die Wartezeit entweder in Minuten (%1) oder in Auswertungen (%2) an, nicht beides.</translation>
    </message>
    <message>
        <source>A pending period of %1 minutes is out of range. Use 0 to %2 minutes (7 days).</source>
        <translation>Eine Wartezeit von %1 Minuten liegt außerhalb des zulässigen Bereichs. Verwenden Sie 0 bis %2 Minuten (7 Tage).</translation>
    </message>
    <message>
        <source>A pending period of %1 evaluations is out of range. Use 0 to %2.</source>
        <translation>Eine Wartezeit von %1 Auswertungen liegt außerhalb des zulässigen Bereichs. Verwenden Sie 0 bis %2.</translation>
    </message>
    <message>
        <source>Keeping an alert active for %1 minutes after it recovers is out of range. Use 0 to %2 minutes (7 days).</source>
        <translation>Einen Alarm nach der Entwarnung noch %1 Minuten aktiv zu halten, liegt außerhalb des zulässigen Bereichs. Verwenden Sie 0 bis %2 Minuten (7 Tage).</translation>
    </message>
    <message>
        <source>Reminders every %1 minutes are out of range. Use 0 (no reminders) to %2 minutes.</source>
        <translation>Erinnerungen alle %1 Minuten liegen außerhalb des zulässigen Bereichs. Verwenden Sie 0 (keine Erinnerungen) bis %2 Minuten.</translation>
    </message>
    <message>
        <source>Reminders every %1 minutes cannot come more often than the rule is evaluated (every %2 minutes). Use at least %2 minutes, or 0 for no reminders.</source>
        <translation>Erinnerungen alle %1 Minuten können nicht häufiger kommen, als die Regel ausgewertet wird (alle %2 Minuten). Verwenden Sie mindestens %2 Minuten oder 0 für keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>am letzten Tag</numerusform>
            <numerusform>in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n hour(s)</source>
        <translation>
            <numerusform>in der letzten Stunde</numerusform>
            <numerusform>in den letzten %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>in der letzten Minute</numerusform>
            <numerusform>in den letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>today so far</source>
        <translation>heute bis jetzt</translation>
    </message>
    <message>
        <source>this week so far</source>
        <translation>diese Woche bis jetzt</translation>
    </message>
    <message>
        <source>%1 above %2 %3</source>
        <translation>%1 über %2 %3</translation>
    </message>
    <message>
        <source>%1 below %2 %3</source>
        <translation>%1 unter %2 %3</translation>
    </message>
    <message>
        <source>%1 outside %2 to %3 %4</source>
        <translation>%1 außerhalb von %2 bis %3 %4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>against the same time a week earlier</source>
        <translation>gegenüber derselben Zeit eine Woche zuvor</translation>
    </message>
    <message>
        <source>against the period before</source>
        <translation>gegenüber dem Zeitraum davor</translation>
    </message>
    <message>
        <source>%1 %2 up by %3 or more %4</source>
        <translation>%1 %2 %4 um %3 oder mehr gestiegen</translation>
    </message>
    <message>
        <source>%1 %2 down by %3 or more %4</source>
        <translation>%1 %2 %4 um %3 oder mehr gesunken</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3 or more %4</source>
        <translation>%1 %2 %4 um %3 oder mehr verändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>„%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2.</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object { ... }.</source>
        <translation>„%1“ muss ein Objekt { ... } sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list [ ... ].</source>
        <translation>„%1“ muss eine Liste [ ... ] sein.</translation>
    </message>
    <message>
        <source>The condition has no &quot;kind&quot;. Use above, below, outside, change or no-data.</source>
        <translation>Der Bedingung fehlt „kind“. Verwenden Sie above, below, outside, change oder no-data.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of condition. Use above, below, outside, change or no-data.</source>
        <translation>„%1“ ist keine Art von Bedingung. Verwenden Sie above, below, outside, change oder no-data.</translation>
    </message>
    <message>
        <source>A condition of kind %1 needs &quot;%2&quot;.</source>
        <translation>Eine Bedingung der Art %1 benötigt „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a baseline. Use previous-period or week-over-week.</source>
        <translation>„%1“ ist keine Vergleichsbasis. Verwenden Sie previous-period oder week-over-week.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction. Use up, down or either.</source>
        <translation>„%1“ ist keine Richtung. Verwenden Sie up, down oder either.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit. Use percent or absolute.</source>
        <translation>„%1“ ist keine Einheit. Verwenden Sie percent oder absolute.</translation>
    </message>
    <message>
        <source>A condition of kind no-data needs &quot;minutes&quot;.</source>
        <translation>Eine Bedingung der Art no-data benötigt „minutes“.</translation>
    </message>
    <message>
        <source>In &quot;condition&quot;</source>
        <translation>In „condition“</translation>
    </message>
    <message>
        <source>The rule has no &quot;metric&quot;. Use one of %1.</source>
        <translation>Der Regel fehlt „metric“. Verwenden Sie eine dieser Metriken: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric. Use one of %2.</source>
        <translation>„%1“ ist keine Metrik. Verwenden Sie eine dieser Metriken: %2.</translation>
    </message>
    <message>
        <source>Filter values must be texts or numbers.</source>
        <translation>Filterwerte müssen Texte oder Zahlen sein.</translation>
    </message>
    <message>
        <source>In &quot;filters&quot;</source>
        <translation>In „filters“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bot mode. Use default, include, exclude or only.</source>
        <translation>„%1“ ist kein Bot-Modus. Verwenden Sie default, include, exclude oder only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a window. Use last (with minutes), today or this-week.</source>
        <translation>„%1“ ist kein Zeitfenster. Verwenden Sie last (mit minutes), today oder this-week.</translation>
    </message>
    <message>
        <source>A window of kind last needs &quot;minutes&quot;, such as 60 for the last hour.</source>
        <translation>Ein Zeitfenster der Art last benötigt „minutes“, etwa 60 für die letzte Stunde.</translation>
    </message>
    <message>
        <source>In &quot;window&quot;</source>
        <translation>In „window“</translation>
    </message>
    <message>
        <source>The rule has no &quot;condition&quot;.</source>
        <translation>Der Regel fehlt „condition“.</translation>
    </message>
    <message>
        <source>In &quot;timing&quot;</source>
        <translation>In „timing“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity. Use info, warning or critical.</source>
        <translation>„%1“ ist kein Schweregrad. Verwenden Sie info, warning oder critical.</translation>
    </message>
    <message>
        <source>&quot;muteUntil&quot; must be an instant such as 2024-05-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>„muteUntil“ muss ein Zeitpunkt wie 2024-05-01T12:00:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>The rules are not valid JSON: %1 at byte %2.</source>
        <translation>Die Regeln sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The rules must be a JSON object: one rule, or {&quot;rules&quot;: [...]}.</source>
        <translation>Die Regeln müssen ein JSON-Objekt sein: eine Regel oder {&quot;rules&quot;: [...]}.</translation>
    </message>
    <message>
        <source>The rules were written by a newer version of Eventscope (format %1). Update Eventscope to read them.</source>
        <translation>Die Regeln wurden von einer neueren Eventscope-Version geschrieben (Format %1). Aktualisieren Sie Eventscope, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Rule %1 of %2: %3</source>
        <translation>Regel %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: none for %n minute(s)</source>
        <translation>
            <numerusform>%1: seit %n Minute keine</numerusform>
            <numerusform>%1: seit %n Minuten keine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is never negative, so a high-mark of %2 would fire at once. Give a mark of 0 or more.</source>
        <translation>%1 ist nie negativ, eine obere Schwelle von %2 würde daher sofort auslösen. Geben Sie eine Schwelle von 0 oder mehr an.</translation>
    </message>
    <message>
        <source>%1 is never negative, so a low-mark of %2 could never fire. Give a mark above 0.</source>
        <translation>%1 ist nie negativ, eine untere Schwelle von %2 könnte daher nie auslösen. Geben Sie eine Schwelle über 0 an.</translation>
    </message>
    <message>
        <source>%1 is a fraction from 0 to 1 (0.45 is 45 %), so a high-mark of %2 can never be passed. Give %3 for %2 %.</source>
        <translation>%1 ist ein Anteil von 0 bis 1 (0.45 sind 45 %), eine obere Schwelle von %2 kann daher nie überschritten werden. Geben Sie %3 für %2 % an.</translation>
    </message>
    <message>
        <source>%1 is a fraction from 0 to 1 (0.45 is 45 %), so a low-mark of %2 would fire at once. Give %3 for %2 %.</source>
        <translation>%1 ist ein Anteil von 0 bis 1 (0.45 sind 45 %), eine untere Schwelle von %2 würde daher sofort auslösen. Geben Sie %3 für %2 % an.</translation>
    </message>
</context>
<context>
    <name>es::AlertState</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Abklingend</translation>
    </message>
</context>
<context>
    <name>es::AlertStore</name>
    <message>
        <source>Cannot %1 in the workspace %2: %3</source>
        <translation>Fehler beim %1 im Arbeitsbereich %2: %3</translation>
    </message>
    <message>
        <source>The stored alert rule &quot;%1&quot; cannot be read: %2</source>
        <translation>Die gespeicherte Alarmregel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>save the alert rule</source>
        <translation>Speichern der Alarmregel</translation>
    </message>
    <message>
        <source>remove the alert rule</source>
        <translation>Entfernen der Alarmregel</translation>
    </message>
    <message>
        <source>record the alert</source>
        <translation>Aufzeichnen des Alarms</translation>
    </message>
    <message>
        <source>acknowledge the alert</source>
        <translation>Bestätigen des Alarms</translation>
    </message>
    <message>
        <source>There is no alert %1 to acknowledge.</source>
        <translation>Es gibt keinen Alarm %1, der bestätigt werden könnte.</translation>
    </message>
    <message>
        <source>record the delivery of the alert</source>
        <translation>Aufzeichnen der Zustellung des Alarms</translation>
    </message>
    <message>
        <source>save the notification channels</source>
        <translation>Speichern der Benachrichtigungskanäle</translation>
    </message>
</context>
<context>
    <name>es::AnalyticsSettings</name>
    <message>
        <source>&quot;%1&quot; is not a params key: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (up to 64).</source>
        <translation>„%1“ ist kein params-Schlüssel: verwenden Sie Buchstaben, Ziffern, „_“, „-“ und „.“ (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>At most %1 params keys can be dimensions; remove one first.</source>
        <translation>Höchstens %1 params-Schlüssel können Dimensionen sein; entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair. Write two different groups as FIRST:SECOND, for example country:browser; the groups are path, status, event_type, site, method, browser, os, device, country, referrer and browser_version.</source>
        <translation>„%1“ ist kein Paar. Schreiben Sie zwei verschiedene Gruppen als ERSTE:ZWEITE, zum Beispiel country:browser; die Gruppen sind path, status, event_type, site, method, browser, os, device, country, referrer und browser_version.</translation>
    </message>
    <message>
        <source>%1 is always pre-aggregated; it needs no pair.</source>
        <translation>%1 wird immer vorab aggregiert; dafür ist kein Paar nötig.</translation>
    </message>
    <message>
        <source>At most %1 pairs can be pre-aggregated; remove one first.</source>
        <translation>Höchstens %1 Paare können vorab aggregiert werden; entfernen Sie zuerst eines.</translation>
    </message>
</context>
<context>
    <name>es::DimensionValues</name>
    <message>
        <source>The status filter takes an HTTP status code such as 404, not &quot;%1&quot;; for a class use status_class=4xx.</source>
        <translation>Der Filter status erwartet einen HTTP-Statuscode wie 404, nicht „%1“; für eine Klasse verwenden Sie status_class=4xx.</translation>
    </message>
    <message>
        <source>The status_class filter takes 1xx, 2xx, 3xx, 4xx, 5xx or other, not &quot;%1&quot;.</source>
        <translation>Der Filter status_class erwartet 1xx, 2xx, 3xx, 4xx, 5xx oder other, nicht „%1“.</translation>
    </message>
    <message>
        <source>The country filter takes a two-letter ISO country code such as DE, or unknown, not &quot;%1&quot;.</source>
        <translation>Der Filter country erwartet einen zweibuchstabigen ISO-Ländercode wie DE oder unknown, nicht „%1“.</translation>
    </message>
    <message>
        <source>The device filter takes desktop, mobile, tablet, bot or other, not &quot;%1&quot;.</source>
        <translation>Der Filter device erwartet desktop, mobile, tablet, bot oder other, nicht „%1“.</translation>
    </message>
    <message>
        <source>The bot filter takes yes or no, not &quot;%1&quot;.</source>
        <translation>Der Filter bot erwartet yes oder no, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>es::Dimensions</name>
    <message>
        <source>Request path without the query string, as logged.</source>
        <translation>Anfragepfad ohne Query-String, wie protokolliert.</translation>
    </message>
    <message>
        <source>Virtual host, Host header or CloudFront distribution.</source>
        <translation>Virtueller Host, Host-Header oder CloudFront-Distribution.</translation>
    </message>
    <message>
        <source>HTTP method (GET, POST, ...).</source>
        <translation>HTTP-Methode (GET, POST, ...).</translation>
    </message>
    <message>
        <source>HTTP status code (404).</source>
        <translation>HTTP-Statuscode (404).</translation>
    </message>
    <message>
        <source>HTTP status class: 1xx, 2xx, 3xx, 4xx, 5xx or other.</source>
        <translation>HTTP-Statusklasse: 1xx, 2xx, 3xx, 4xx, 5xx oder other.</translation>
    </message>
    <message>
        <source>Type of an application event.</source>
        <translation>Typ eines Anwendungsereignisses.</translation>
    </message>
    <message>
        <source>Country of the client address, ISO code (DE), or unknown.</source>
        <translation>Land der Client-Adresse als ISO-Code (DE) oder unknown.</translation>
    </message>
    <message>
        <source>Browser family from the user agent (Firefox).</source>
        <translation>Browserfamilie laut User-Agent (Firefox).</translation>
    </message>
    <message>
        <source>Browser family and major version (Firefox 120).</source>
        <translation>Browserfamilie und Hauptversion (Firefox 120).</translation>
    </message>
    <message>
        <source>Operating-system family from the user agent (Windows).</source>
        <translation>Betriebssystemfamilie laut User-Agent (Windows).</translation>
    </message>
    <message>
        <source>Device type: desktop, mobile, tablet, bot or other.</source>
        <translation>Gerätetyp: desktop, mobile, tablet, bot oder other.</translation>
    </message>
    <message>
        <source>Whether the client is a bot: yes or no.</source>
        <translation>Ob der Client ein Bot ist: yes oder no.</translation>
    </message>
    <message>
        <source>Host name of the referring page.</source>
        <translation>Hostname der verweisenden Seite.</translation>
    </message>
    <message>
        <source>The imported file or Kafka topic, by name.</source>
        <translation>Die importierte Datei oder das Kafka-Topic, nach Namen.</translation>
    </message>
    <message>
        <source>No aggregation group holds %1 together. Dimensions can be combined only as %2 (and bot with any of them); group by or filter on fewer dimensions, or run one query per dimension.</source>
        <translation>Keine Aggregationsgruppe enthält %1 gemeinsam. Dimensionen lassen sich nur als %2 kombinieren (und bot mit jeder davon); gruppieren oder filtern Sie nach weniger Dimensionen oder führen Sie eine Abfrage pro Dimension aus.</translation>
    </message>
    <message>
        <source>Value of a configured JSON params key (params.KEY).</source>
        <translation>Wert eines konfigurierten JSON-params-Schlüssels (params.KEY).</translation>
    </message>
    <message>
        <source>No aggregation group holds %1 together; this workspace combines only %2 (and bot with any of them). Add the pair with &quot;eventscope analytics --pairs +%3:%4&quot; and import the data again, or run one query per dimension.</source>
        <translation>Keine Aggregationsgruppe enthält %1 gemeinsam; dieser Arbeitsbereich kombiniert nur %2 (und bot mit jeder davon). Fügen Sie das Paar mit „eventscope analytics --pairs +%3:%4“ hinzu und importieren Sie die Daten erneut, oder führen Sie eine Abfrage pro Dimension aus.</translation>
    </message>
</context>
<context>
    <name>es::FileFollower</name>
    <message>
        <source>%1 does not exist yet; waiting for it to appear.</source>
        <translation>%1 existiert noch nicht; es wird gewartet, bis die Datei erscheint.</translation>
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
        <source>The format of %1 could not be detected: %2. If it is a log in a known layout, name it with --format (see &quot;eventscope import --help&quot;), or describe it with --format &quot;custom:&lt;LogFormat&gt;&quot;.</source>
        <translation>Das Format von %1 konnte nicht erkannt werden: %2. Wenn es ein Log in einem bekannten Aufbau ist, geben Sie es mit --format an (siehe „eventscope import --help“), oder beschreiben Sie es mit --format &quot;custom:&lt;LogFormat&gt;&quot;.</translation>
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
    <message>
        <source>The format of %1 could not be detected: %2. Name the JSON fields that hold the event type and the time, for example --format json_events:event_type=action,ts=time (see &quot;eventscope import --help&quot;).</source>
        <translation>Das Format von %1 konnte nicht erkannt werden: %2. Geben Sie die JSON-Felder an, die den Ereignistyp und die Zeit enthalten, zum Beispiel --format json_events:event_type=action,ts=time (siehe „eventscope import --help“).</translation>
    </message>
    <message>
        <source>%1: events older than the raw-event retention period (counted back from the newest event in the workspace) are in the statistics but cannot be searched. Keep them with &quot;eventscope retention --raw 0&quot; before importing, or a longer period.</source>
        <translation>%1: Ereignisse, die älter als die Aufbewahrungsdauer für Rohereignisse sind (zurückgerechnet vom neuesten Ereignis im Arbeitsbereich), sind in den Statistiken enthalten, können aber nicht durchsucht werden. Um sie zu behalten, führen Sie vor dem Import „eventscope retention --raw 0“ aus oder legen Sie eine längere Dauer fest.</translation>
    </message>
    <message>
        <source>%1 was imported only in part. Raw events and minute and hour details older than the retention periods before the newest event at the end of the file were not stored; import the file again to finish.</source>
        <translation>%1 wurde nur teilweise importiert. Rohereignisse sowie Minuten- und Stundendetails, die älter sind als die Aufbewahrungsdauer vor dem neuesten Ereignis am Ende der Datei, wurden nicht gespeichert; importieren Sie die Datei erneut, um den Import abzuschließen.</translation>
    </message>
    <message>
        <source>Countries are not available for %1: %2</source>
        <translation>Für %1 sind keine Länder verfügbar: %2</translation>
    </message>
    <message>
        <source>The saved sessions of %1 could not be read; sessions that were open at the end of its last import start anew.</source>
        <translation>Die gespeicherten Sitzungen von %1 konnten nicht gelesen werden; Sitzungen, die am Ende des letzten Imports noch offen waren, beginnen neu.</translation>
    </message>
    <message>
        <source>The site of %1 could not be stored: %2</source>
        <translation>Die Website von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The time zone of %1 could not be stored: %2</source>
        <translation>Die Zeitzone von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>es::GeoLookup</name>
    <message>
        <source>Choose a GeoLite2 or DB-IP country or city .mmdb file in the settings or with --geoip, or leave it empty to use Debian&apos;s geoip-database.</source>
        <translation>Wählen Sie in den Einstellungen oder mit --geoip eine GeoLite2- oder DB-IP-Länder- oder Städte-Datei (.mmdb), oder lassen Sie das Feld leer, um Debians geoip-database zu verwenden.</translation>
    </message>
    <message>
        <source>The GeoIP database %1 does not exist.</source>
        <translation>Die GeoIP-Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The GeoIP database %1 is a folder, not a file.</source>
        <translation>Die GeoIP-Datenbank %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the GeoIP database %1: %2. Check the file&apos;s permissions.</source>
        <translation>Die GeoIP-Datenbank %1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a usable MaxMind DB (.mmdb) file: %2. Download the database again, or choose another file.</source>
        <translation>%1 ist keine verwendbare MaxMind-DB-Datei (.mmdb): %2. Laden Sie die Datenbank erneut herunter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is a %2 database, which has no countries.</source>
        <translation>%1 ist eine %2-Datenbank und enthält keine Länder.</translation>
    </message>
    <message>
        <source>%1, built %2</source>
        <translation>%1, erstellt %2</translation>
    </message>
    <message>
        <source>%1, built %2, IPv4 only</source>
        <translation>%1, erstellt %2, nur IPv4</translation>
    </message>
    <message>
        <source>Install the geoip-database package (apt-get install geoip-database), or choose a GeoLite2 or DB-IP country or city .mmdb file in the settings or with --geoip.</source>
        <translation>Installieren Sie das Paket geoip-database (apt-get install geoip-database), oder wählen Sie in den Einstellungen oder mit --geoip eine GeoLite2- oder DB-IP-Länder- oder Städte-Datei (.mmdb).</translation>
    </message>
    <message>
        <source>Debian&apos;s GeoIP database %1 is missing.</source>
        <translation>Debians GeoIP-Datenbank %1 fehlt.</translation>
    </message>
    <message>
        <source>Cannot read Debian&apos;s GeoIP database %1: %2.</source>
        <translation>Debians GeoIP-Datenbank %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a legacy GeoIP country database.</source>
        <translation>%1 ist keine Länderdatenbank im alten GeoIP-Format.</translation>
    </message>
    <message>
        <source>Debian geoip-database (legacy GeoIP Country, IPv4 and IPv6)</source>
        <translation>Debian geoip-database (altes GeoIP-Länderformat, IPv4 und IPv6)</translation>
    </message>
    <message>
        <source>Debian geoip-database (legacy GeoIP Country, IPv4 only)</source>
        <translation>Debian geoip-database (altes GeoIP-Länderformat, nur IPv4)</translation>
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
        <source>The gzip data is corrupt (%1). The lines before the damage were read; check the file with &quot;gzip -t&quot; and import an undamaged copy if you have one.</source>
        <translation>Die gzip-Daten sind beschädigt (%1). Die Zeilen vor der Beschädigung wurden gelesen; prüfen Sie die Datei mit „gzip -t“ und importieren Sie eine unbeschädigte Kopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <source>The bzip2 data is corrupt (code %1). The lines before the damage were read; check the file with &quot;bzip2 -t&quot; and import an undamaged copy if you have one.</source>
        <translation>Die bzip2-Daten sind beschädigt (Code %1). Die Zeilen vor der Beschädigung wurden gelesen; prüfen Sie die Datei mit „bzip2 -t“ und importieren Sie eine unbeschädigte Kopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <source>The compressed file ends unexpectedly (it is truncated). Every line before the damage was read; a line cut off by it counts as malformed. If you have the complete file, import it as well: what was read already is not counted again.</source>
        <translation>Die komprimierte Datei endet unerwartet (sie ist abgeschnitten). Alle Zeilen vor der Beschädigung wurden gelesen; eine dadurch abgeschnittene Zeile zählt als fehlerhaft. Wenn Sie die vollständige Datei haben, importieren Sie auch diese: bereits Gelesenes wird nicht noch einmal gezählt.</translation>
    </message>
    <message>
        <source>Cannot go back in the compressed file to read it again. Check that the file is still there and readable.</source>
        <translation>In der komprimierten Datei kann nicht zurückgesprungen werden, um sie erneut zu lesen. Prüfen Sie, ob die Datei noch vorhanden und lesbar ist.</translation>
    </message>
</context>
<context>
    <name>es::KafkaConsumer</name>
    <message>
        <source>Looking up offsets by time failed: %1</source>
        <translation>Das Nachschlagen der Offsets nach Zeit ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The format of the messages of topic %1 could not be detected: %2. Name it with --format (see &quot;eventscope consume --help&quot;).</source>
        <translation>Das Format der Nachrichten von Topic %1 konnte nicht erkannt werden: %2. Geben Sie es mit --format an (siehe „eventscope consume --help“).</translation>
    </message>
    <message>
        <source>Name the Kafka brokers (host:port) and the topic to consume.</source>
        <translation>Geben Sie die Kafka-Broker (host:port) und das zu konsumierende Topic an.</translation>
    </message>
    <message>
        <source>The Kafka consumer could not be created: %1</source>
        <translation>Der Kafka-Consumer konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No Kafka broker answered at %1 within %2 s (%3). Check the address and that the cluster is running.</source>
        <translation>Unter %1 hat innerhalb von %2 s kein Kafka-Broker geantwortet (%3). Prüfen Sie die Adresse und ob der Cluster läuft.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Cannot record the topic in the workspace: %1</source>
        <translation>Das Topic kann nicht im Arbeitsbereich vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Countries are not available: %1</source>
        <translation>Es sind keine Länder verfügbar: %1</translation>
    </message>
    <message>
        <source>The saved sessions of the topic could not be read; sessions that were open when it was last consumed start anew.</source>
        <translation>Die gespeicherten Sitzungen des Topics konnten nicht gelesen werden; Sitzungen, die beim letzten Konsumieren noch offen waren, beginnen neu.</translation>
    </message>
    <message>
        <source>Topic %1 does not exist on the cluster at %2; check its name (&quot;eventscope consume --list-topics&quot; lists them).</source>
        <translation>Das Topic %1 existiert nicht im Cluster unter %2; prüfen Sie den Namen („eventscope consume --list-topics“ listet die Topics auf).</translation>
    </message>
    <message>
        <source>Waiting for topic %1 to be created.</source>
        <translation>Es wird gewartet, bis das Topic %1 erstellt ist.</translation>
    </message>
    <message>
        <source>Subscribing to %1 failed: %2</source>
        <translation>Das Abonnieren von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Kafka reported a fatal error: %1</source>
        <translation>Kafka hat einen schwerwiegenden Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Consuming %1 stopped: %2</source>
        <translation>Das Konsumieren von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>The Kafka client could not be created: %1</source>
        <translation>Der Kafka-Client konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No answer from the Kafka cluster at %1: %2. Check the address, the port and the security settings.</source>
        <translation>Keine Antwort vom Kafka-Cluster unter %1: %2. Prüfen Sie die Adresse, den Port und die Sicherheitseinstellungen.</translation>
    </message>
    <message>
        <source>The Kafka setting %1 is not accepted: %2. Correct or remove it (a -X option or an extra property of the connection).</source>
        <translation>Die Kafka-Einstellung %1 wird nicht akzeptiert: %2. Korrigieren oder entfernen Sie sie (eine -X-Option oder eine weitere Eigenschaft der Verbindung).</translation>
    </message>
    <message>
        <source>The time zone of topic %1 could not be stored: %2</source>
        <translation>Die Zeitzone des Topics %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>es::Labels</name>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Status 1xx</source>
        <translation>Status 1xx</translation>
    </message>
    <message>
        <source>Status 2xx</source>
        <translation>Status 2xx</translation>
    </message>
    <message>
        <source>Status 3xx</source>
        <translation>Status 3xx</translation>
    </message>
    <message>
        <source>Status 4xx</source>
        <translation>Status 4xx</translation>
    </message>
    <message>
        <source>Status 5xx</source>
        <translation>Status 5xx</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Avg. response time</source>
        <translation>Mittlere Antwortzeit</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Absprünge</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Pages per session</source>
        <translation>Seiten pro Sitzung</translation>
    </message>
    <message>
        <source>Avg. session duration</source>
        <translation>Mittlere Sitzungsdauer</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status class</source>
        <translation>Statusklasse</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>Browserversion</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Previous time</source>
        <translation>Vergleichszeit</translation>
    </message>
    <message>
        <source>%1 (previous)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>%1 (change)</source>
        <translation>%1 (Veränderung)</translation>
    </message>
    <message>
        <source>%1 (change %)</source>
        <translation>%1 (Veränderung in %)</translation>
    </message>
    <message>
        <source>Start of the time bucket</source>
        <translation>Beginn des Zeitintervalls</translation>
    </message>
    <message>
        <source>Start of the bucket it is compared with</source>
        <translation>Beginn des Vergleichsintervalls</translation>
    </message>
    <message>
        <source>The value in the comparison period</source>
        <translation>Der Wert im Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Current minus previous value</source>
        <translation>Aktueller minus vorheriger Wert</translation>
    </message>
    <message>
        <source>Change against the previous value in percent; empty when the previous value is 0</source>
        <translation>Veränderung gegenüber dem vorherigen Wert in Prozent; leer, wenn der vorherige Wert 0 ist</translation>
    </message>
</context>
<context>
    <name>es::Metrics</name>
    <message>
        <source>Every record: each access-log line that could be read and each event.</source>
        <translation>Jeder Datensatz: jede lesbare Zeile eines Zugriffslogs und jedes Ereignis.</translation>
    </message>
    <message>
        <source>Hits that are access-log requests (hits minus events).</source>
        <translation>Hits, die Anfragen aus Zugriffslogs sind (Hits minus Ereignisse).</translation>
    </message>
    <message>
        <source>Sum of the response sizes as logged; a missing size counts as 0.</source>
        <translation>Summe der protokollierten Antwortgrößen; eine fehlende Größe zählt als 0.</translation>
    </message>
    <message>
        <source>GET requests answered 2xx or 304 that are not assets or downloads, and page-view events.</source>
        <translation>GET-Anfragen mit Antwort 2xx oder 304, die keine Assets oder Downloads sind, sowie Seitenaufruf-Ereignisse.</translation>
    </message>
    <message>
        <source>GET requests answered 2xx (not 206) for a file with a download extension.</source>
        <translation>GET-Anfragen mit Antwort 2xx (nicht 206) für eine Datei mit Download-Endung.</translation>
    </message>
    <message>
        <source>Application events (JSON-lines records).</source>
        <translation>Anwendungsereignisse (Datensätze aus JSON-Zeilen).</translation>
    </message>
    <message>
        <source>Requests answered with a status from 100 to 199.</source>
        <translation>Anfragen, die mit einem Status von 100 bis 199 beantwortet wurden.</translation>
    </message>
    <message>
        <source>Requests answered with a status from 200 to 299.</source>
        <translation>Anfragen, die mit einem Status von 200 bis 299 beantwortet wurden.</translation>
    </message>
    <message>
        <source>Requests answered with a status from 300 to 399.</source>
        <translation>Anfragen, die mit einem Status von 300 bis 399 beantwortet wurden.</translation>
    </message>
    <message>
        <source>Requests answered with a status from 400 to 499.</source>
        <translation>Anfragen, die mit einem Status von 400 bis 499 beantwortet wurden.</translation>
    </message>
    <message>
        <source>Requests answered with a status from 500 to 599.</source>
        <translation>Anfragen, die mit einem Status von 500 bis 599 beantwortet wurden.</translation>
    </message>
    <message>
        <source>Requests answered with a client or server error (4xx plus 5xx).</source>
        <translation>Anfragen, die mit einem Client- oder Serverfehler beantwortet wurden (4xx plus 5xx).</translation>
    </message>
    <message>
        <source>Average logged response time in milliseconds, over the requests that log one.</source>
        <translation>Durchschnittliche protokollierte Antwortzeit in Millisekunden, über die Anfragen, für die eine protokolliert ist.</translation>
    </message>
    <message>
        <source>Distinct visitors (address and user agent, or user id) over the whole bucket or range.</source>
        <translation>Eindeutige Besucher (Adresse und User-Agent oder Benutzer-ID) über das ganze Intervall bzw. den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>Visits: runs of page views with gaps of at most 30 minutes, counted where they start.</source>
        <translation>Besuche: Folgen von Seitenaufrufen mit Lücken von höchstens 30 Minuten, gezählt im Intervall ihres Beginns.</translation>
    </message>
    <message>
        <source>Sessions with exactly one page view.</source>
        <translation>Sitzungen mit genau einem Seitenaufruf.</translation>
    </message>
    <message>
        <source>Bounces divided by sessions, as a fraction from 0 to 1.</source>
        <translation>Absprünge geteilt durch Sitzungen, als Anteil von 0 bis 1.</translation>
    </message>
    <message>
        <source>Page views in sessions divided by sessions.</source>
        <translation>Seitenaufrufe in Sitzungen geteilt durch Sitzungen.</translation>
    </message>
    <message>
        <source>Average time from the first to the last page view of a session, in seconds.</source>
        <translation>Durchschnittliche Zeit vom ersten bis zum letzten Seitenaufruf einer Sitzung, in Sekunden.</translation>
    </message>
</context>
<context>
    <name>es::QueryExecutor</name>
    <message>
        <source>The filter on %1 has no value; write it as %1=VALUE.</source>
        <translation>Der Filter auf %1 hat keinen Wert; schreiben Sie ihn als %1=WERT.</translation>
    </message>
    <message>
        <source>No %1 is &quot;%2&quot; in this workspace, so that filter value matches nothing.</source>
        <translation>In diesem Arbeitsbereich hat %1 nirgends den Wert „%2“; dieser Filterwert trifft daher auf nichts zu.</translation>
    </message>
    <message>
        <source>The workspace time zone &quot;%1&quot; is not known on this computer; UTC is used.</source>
        <translation>Die Zeitzone „%1“ des Arbeitsbereichs ist auf diesem Computer nicht bekannt; es wird UTC verwendet.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;. Give an IANA name such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>Unbekannte Zeitzone „%1“. Geben Sie einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC an.</translation>
    </message>
    <message>
        <source>The range was widened to whole %1s: %2 rows before %3 were removed by retention.</source>
        <translation>Der Zeitraum wurde auf ganze Einheiten der Stufe %1 erweitert: Zeilen der Stufe %2 vor %3 wurden wegen der Aufbewahrungsdauer entfernt.</translation>
    </message>
    <message>
        <source>Hours in %1 do not start at the same instants as the hours of the workspace time zone %2, so these buckets cannot be cut from the stored hours. Ask in %2, or per minute.</source>
        <translation>Stunden in %1 beginnen nicht zu denselben Zeitpunkten wie die Stunden der Zeitzone %2 des Arbeitsbereichs, daher lassen sich diese Intervalle nicht aus den gespeicherten Stunden bilden. Fragen Sie in %2 oder pro Minute ab.</translation>
    </message>
    <message>
        <source>Days in %1 can only be cut from hour rows, and the hour rows before %2 were removed by retention. Ask in the workspace time zone %3, or for a range from %2 on.</source>
        <translation>Tage in %1 lassen sich nur aus Stundenzeilen bilden, und die Stundenzeilen vor %2 wurden wegen der Aufbewahrungsdauer entfernt. Fragen Sie in der Zeitzone %3 des Arbeitsbereichs ab oder für einen Zeitraum ab %2.</translation>
    </message>
    <message>
        <source>%1 rows before %2 were removed by retention, so earlier buckets show no data. Ask per day for older data.</source>
        <translation>Zeilen der Stufe %1 vor %2 wurden wegen der Aufbewahrungsdauer entfernt, daher zeigen frühere Intervalle keine Daten. Fragen Sie ältere Daten pro Tag ab.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the workspace failed: %1</source>
        <translation>Das Lesen des Arbeitsbereichs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Name at least one metric, for example hits. &quot;eventscope query --list&quot; lists them.</source>
        <translation>Geben Sie mindestens eine Metrik an, zum Beispiel hits. „eventscope query --list“ listet sie auf.</translation>
    </message>
    <message>
        <source>Group by at most two dimensions.</source>
        <translation>Gruppieren Sie nach höchstens zwei Dimensionen.</translation>
    </message>
    <message>
        <source>The time range is empty: its end must come after its start.</source>
        <translation>Der Zeitraum ist leer: sein Ende muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>The first day of the week is a number from 1 (Monday) to 7 (Sunday).</source>
        <translation>Der erste Tag der Woche ist eine Zahl von 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>The number of top values cannot be negative.</source>
        <translation>Die Anzahl der Top-Werte darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Sessions are not kept by %1. Ask for session metrics without a dimension, or by url, site, source, referrer, country, browser, browser_version, os or device.</source>
        <translation>Sitzungen werden nicht nach %1 gespeichert. Fragen Sie Sitzungsmetriken ohne Dimension ab oder nach url, site, source, referrer, country, browser, browser_version, os oder device.</translation>
    </message>
    <message>
        <source>Both windows of a movers query need an end after their start.</source>
        <translation>Bei einer Abfrage der größten Veränderungen muss in beiden Zeitfenstern das Ende nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Ask for at least one mover.</source>
        <translation>Fragen Sie mindestens einen Wert mit der größten Veränderung ab.</translation>
    </message>
    <message>
        <source>Movers rank counts; %1 is a ratio. Use a count such as hits or page_views.</source>
        <translation>Die größten Veränderungen werden nur für Anzahlen ermittelt; %1 ist ein Verhältnis. Verwenden Sie eine Anzahl wie hits oder page_views.</translation>
    </message>
    <message>
        <source>Sessions are not kept by %1.</source>
        <translation>Sitzungen werden nicht nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Sessions are counted per hour and per day; use windows of whole hours.</source>
        <translation>Sitzungen werden pro Stunde und pro Tag gezählt; verwenden Sie Zeitfenster aus ganzen Stunden.</translation>
    </message>
    <message>
        <source>The windows were widened to whole %1s.</source>
        <translation>Die Zeitfenster wurden auf ganze Einheiten der Stufe %1 erweitert.</translation>
    </message>
    <message>
        <source>This workspace does not pre-aggregate the &quot;%1&quot; group, which the query needs. Turn it on with &quot;eventscope analytics --groups +%1&quot;, then import the data again to fill it (data already imported has no rows for it).</source>
        <translation>Dieser Arbeitsbereich aggregiert die Gruppe „%1“, die die Abfrage benötigt, nicht vorab. Schalten Sie sie mit „eventscope analytics --groups +%1“ ein und importieren Sie die Daten dann erneut, um sie zu füllen (bereits importierte Daten haben keine Zeilen dafür).</translation>
    </message>
    <message>
        <source>%1 are kept per %2 and coarser, not per minute. Use --granularity %2 or coarser.</source>
        <translation>%1 werden auf Stufe %2 und gröber gespeichert, nicht pro Minute. Verwenden Sie --granularity %2 oder eine gröbere Stufe.</translation>
    </message>
    <message>
        <source>%1 by %2 are kept per %3 and coarser. Use --granularity %3 or coarser, or drop the dimension.</source>
        <translation>%1 nach %2 werden auf Stufe %3 und gröber gespeichert. Verwenden Sie --granularity %3 oder eine gröbere Stufe, oder lassen Sie die Dimension weg.</translation>
    </message>
    <message>
        <source>%1 by %2 are kept per day, in the workspace time zone %3 only. Ask in that time zone.</source>
        <translation>%1 nach %2 werden pro Tag und nur in der Zeitzone %3 des Arbeitsbereichs gespeichert. Fragen Sie in dieser Zeitzone ab.</translation>
    </message>
    <message>
        <source>The range was widened to whole %1s: %2 are kept per %1.</source>
        <translation>Der Zeitraum wurde auf ganze Einheiten der Stufe %1 erweitert: %2 werden auf Stufe %1 gespeichert.</translation>
    </message>
    <message>
        <source>The range was widened to whole %1s: %2 by %3 are kept per %1.</source>
        <translation>Der Zeitraum wurde auf ganze Einheiten der Stufe %1 erweitert: %2 nach %3 werden auf Stufe %1 gespeichert.</translation>
    </message>
    <message>
        <source>Unique visitors are not kept by %1. Ask for them by each dimension on its own.</source>
        <translation>Eindeutige Besucher werden nicht nach %1 gespeichert. Fragen Sie sie nach jeder Dimension einzeln ab.</translation>
    </message>
    <message>
        <source>%1 is not kept by %2.</source>
        <translation>%1 wird nicht nach %2 gespeichert.</translation>
    </message>
    <message>
        <source>No params key is a dimension in slot %1 of this workspace. Make one with &quot;eventscope analytics --params +KEY&quot; and ask for params.KEY.</source>
        <translation>Auf Platz %1 dieses Arbeitsbereichs ist kein params-Schlüssel als Dimension eingerichtet. Richten Sie einen mit „eventscope analytics --params +KEY“ ein und fragen Sie params.KEY ab.</translation>
    </message>
    <message>
        <source>Session metrics cannot come from raw events, so ask for them by fewer dimensions.</source>
        <translation>Sitzungsmetriken lassen sich nicht aus Rohereignissen ermitteln; fragen Sie sie daher nach weniger Dimensionen ab.</translation>
    </message>
    <message>
        <source>they hold %1 of the %2 records of the range.</source>
        <translation>sie enthalten %1 der %2 Datensätze des Zeitraums.</translation>
    </message>
    <message>
        <source>Raw events cannot answer it either: %1</source>
        <translation>Auch aus Rohereignissen lässt sich die Abfrage nicht beantworten: %1</translation>
    </message>
    <message>
        <source>No aggregation group holds %1, so the answer comes from raw events: %2 records were read again from their files.</source>
        <translation>Keine Aggregationsgruppe enthält %1, daher stammt die Antwort aus Rohereignissen: %2 Datensätze wurden erneut aus ihren Dateien gelesen.</translation>
    </message>
    <message>
        <source>The comparison period was moved back to whole %1s (%2 to %3): %4 rows before %5 were removed by retention.</source>
        <translation>Der Vergleichszeitraum wurde auf ganze Einheiten der Stufe %1 zurückverlegt (%2 bis %3): Zeilen der Stufe %4 vor %5 wurden wegen der Aufbewahrungsdauer entfernt.</translation>
    </message>
    <message>
        <source>The windows were widened to whole %1s: %2 rows before %3 were removed by retention.</source>
        <translation>Die Zeitfenster wurden auf ganze Einheiten der Stufe %1 erweitert: Zeilen der Stufe %2 vor %3 wurden wegen der Aufbewahrungsdauer entfernt.</translation>
    </message>
</context>
<context>
    <name>es::QueryService</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist. Import some logs first, or check the path given with --db.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht. Importieren Sie zuerst Logs oder prüfen Sie den mit --db angegebenen Pfad.</translation>
    </message>
    <message>
        <source>%1 is not an Eventscope workspace, or it is damaged: %2</source>
        <translation>%1 ist kein Eventscope-Arbeitsbereich oder ist beschädigt: %2</translation>
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
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>es::RangeSpec</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorquartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The start (%1) must be before the end (%2). Choose an earlier start or a later end.</source>
        <translation>Der Beginn (%1) muss vor dem Ende (%2) liegen. Wählen Sie einen früheren Beginn oder ein späteres Ende.</translation>
    </message>
    <message>
        <source>Type a start time, e.g. now-7d, today or 2024-05-01.</source>
        <translation>Geben Sie einen Beginn ein, z. B. now-7d, today oder 2024-05-01.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a time Eventscope understands. Type e.g. now-7d, today-1d, yesterday or 2024-05-01T10:00.</source>
        <translation>Der Beginn „%1“ ist keine Zeitangabe, die Eventscope versteht. Geben Sie z. B. now-7d, today-1d, yesterday oder 2024-05-01T10:00 ein.</translation>
    </message>
    <message>
        <source>Type an end time, e.g. now, today or 2024-05-01T18:00.</source>
        <translation>Geben Sie ein Ende ein, z. B. now, today oder 2024-05-01T18:00.</translation>
    </message>
    <message>
        <source>The end &quot;%1&quot; is not a time Eventscope understands. Type e.g. now, today, yesterday+12h or 2024-05-01T18:00.</source>
        <translation>Das Ende „%1“ ist keine Zeitangabe, die Eventscope versteht. Geben Sie z. B. now, today, yesterday+12h oder 2024-05-01T18:00 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range Eventscope knows. Pick one from the list.</source>
        <translation>„%1“ ist kein Zeitraum, den Eventscope kennt. Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last %1 minutes</source>
        <translation>Letzte %1 Minuten</translation>
    </message>
    <message>
        <source>Last %1 hours</source>
        <translation>Letzte %1 Stunden</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
</context>
<context>
    <name>es::RawEventSearch</name>
    <message>
        <source>text unavailable: the file is no longer at its imported path</source>
        <translation>Text nicht verfügbar: die Datei liegt nicht mehr unter ihrem Importpfad</translation>
    </message>
    <message>
        <source>text unavailable: the file has changed since the import</source>
        <translation>Text nicht verfügbar: die Datei wurde seit dem Import geändert</translation>
    </message>
    <message>
        <source>text unavailable: the file cannot be read</source>
        <translation>Text nicht verfügbar: die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>text unavailable: the line was not kept</source>
        <translation>Text nicht verfügbar: die Zeile wurde nicht aufbewahrt</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The number of rows must be at least 1.</source>
        <translation>Die Anzahl der Zeilen muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The cursor &quot;%1&quot; is not valid. Pass the cursor printed with the previous page unchanged, or leave it out to start at the newest event.</source>
        <translation>Der Cursor „%1“ ist ungültig. Übergeben Sie den mit der vorigen Seite ausgegebenen Cursor unverändert oder lassen Sie ihn weg, um beim neuesten Ereignis zu beginnen.</translation>
    </message>
    <message>
        <source>The count was cancelled.</source>
        <translation>Die Zählung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Loading the events was cancelled.</source>
        <translation>Das Laden der Ereignisse wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>es::RawScanner</name>
    <message>
        <source>raw events are kept for a limited time (see eventscope retention), and the range starts before the oldest one kept.</source>
        <translation>Rohereignisse werden nur begrenzte Zeit aufbewahrt (siehe eventscope retention), und der Zeitraum beginnt vor dem ältesten aufbewahrten Rohereignis.</translation>
    </message>
    <message>
        <source>%1 was imported without raw events (import --no-raw).</source>
        <translation>%1 wurde ohne Rohereignisse importiert (import --no-raw).</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The lines of %1 cannot be parsed again: %2</source>
        <translation>Die Zeilen von %1 können nicht erneut geparst werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was imported (the line at byte %2 is not the one imported), so its raw events cannot answer the query.</source>
        <translation>%1 wurde seit dem Import geändert (die Zeile bei Byte %2 ist nicht mehr die importierte), daher können die Rohereignisse dieser Datei die Abfrage nicht beantworten.</translation>
    </message>
    <message>
        <source>Put the file back as it was imported, or pre-aggregate the combination with &quot;eventscope analytics --pairs&quot; and import the data again.</source>
        <translation>Stellen Sie die Datei so wieder her, wie sie importiert wurde, oder lassen Sie die Kombination mit „eventscope analytics --pairs“ vorab aggregieren und importieren Sie die Daten erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more, so its raw events cannot answer the query.</source>
        <translation>%1 kann nicht mehr gelesen werden, daher können die Rohereignisse dieser Datei die Abfrage nicht beantworten.</translation>
    </message>
    <message>
        <source>%1 cannot be found any more, so its raw events cannot answer the query.</source>
        <translation>%1 ist nicht mehr zu finden, daher können seine Rohereignisse die Abfrage nicht beantworten.</translation>
    </message>
    <message>
        <source>The stored lines of %1 were removed (raw events are kept for a limited time, see eventscope retention), so its raw events cannot answer the query.</source>
        <translation>Die gespeicherten Zeilen von %1 wurden entfernt (Rohereignisse werden nur begrenzt aufbewahrt, siehe eventscope retention), daher können seine Rohereignisse die Abfrage nicht beantworten.</translation>
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
        <source>%1 is not allowed: the SQL console is read-only. Use the application&apos;s commands to change data.</source>
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
    <name>es::ReportData</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 (previous)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>„%1“ ist keine Zeitzone. Verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>The workspace has no dimension &quot;%1&quot; to filter on.</source>
        <translation>Der Arbeitsbereich hat keine Dimension „%1“, nach der gefiltert werden kann.</translation>
    </message>
    <message>
        <source>The workspace has no dimension &quot;%1&quot;.</source>
        <translation>Der Arbeitsbereich hat keine Dimension „%1“.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>in imported data</source>
        <translation>in importierten Daten</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
</context>
<context>
    <name>es::ReportSchedules</name>
    <message>
        <source>Daily, %1</source>
        <translation>Täglich, %1</translation>
    </message>
    <message>
        <source>Weekly, %1 %2</source>
        <translation>Wöchentlich, %1 %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the template to run.</source>
        <translation>Wählen Sie die Vorlage, die ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; no longer exists. Choose another template.</source>
        <translation>Die Vorlage „%1“ existiert nicht mehr. Wählen Sie eine andere Vorlage.</translation>
    </message>
    <message>
        <source>Choose the weekday a weekly report runs on.</source>
        <translation>Wählen Sie den Wochentag, an dem ein wöchentlicher Bericht ausgeführt wird.</translation>
    </message>
    <message>
        <source>Enter the time of day the report runs at, such as 07:00.</source>
        <translation>Geben Sie die Uhrzeit ein, zu der der Bericht ausgeführt wird, etwa 07:00.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>Choose the folder the reports are written to.</source>
        <translation>Wählen Sie den Ordner, in den die Berichte geschrieben werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full path. Choose the folder with Browse… or type its full path.</source>
        <translation>„%1“ ist kein vollständiger Pfad. Wählen Sie den Ordner mit „Durchsuchen …“ oder geben Sie seinen vollständigen Pfad ein.</translation>
    </message>
    <message>
        <source>A schedule</source>
        <translation>Ein Zeitplan</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>Zeitplan „%1“</translation>
    </message>
    <message>
        <source>A schedule has no &quot;id&quot;. Give each schedule a unique id such as &quot;schedule-1&quot;.</source>
        <translation>Ein Zeitplan hat kein Feld „id“. Geben Sie jedem Zeitplan eine eindeutige ID wie „schedule-1“.</translation>
    </message>
    <message>
        <source>%1 has no &quot;template&quot;. Set it to a template id such as &quot;weekly-summary&quot;.</source>
        <translation>%1 hat kein Feld „template“. Setzen Sie es auf eine Vorlagen-ID wie „weekly-summary“.</translation>
    </message>
    <message>
        <source>%1: &quot;frequency&quot; is &quot;%2&quot;; use &quot;daily&quot; or &quot;weekly&quot;.</source>
        <translation>%1: „frequency“ ist „%2“; verwenden Sie „daily“ oder „weekly“.</translation>
    </message>
    <message>
        <source>%1: &quot;weekday&quot; is &quot;%2&quot;; use a day such as &quot;monday&quot;.</source>
        <translation>%1: „weekday“ ist „%2“; verwenden Sie einen Tag wie „monday“.</translation>
    </message>
    <message>
        <source>%1: &quot;time&quot; is &quot;%2&quot;; use hours and minutes such as &quot;07:00&quot;.</source>
        <translation>%1: „time“ ist „%2“; verwenden Sie Stunden und Minuten wie „07:00“.</translation>
    </message>
    <message>
        <source>%1: &quot;formats&quot; lists &quot;%2&quot;; use &quot;pdf&quot;, &quot;xlsx&quot; and &quot;csv&quot;.</source>
        <translation>%1: „formats“ enthält „%2“; verwenden Sie „pdf“, „xlsx“ und „csv“.</translation>
    </message>
    <message>
        <source>%1 has no &quot;formats&quot;. List at least one of &quot;pdf&quot;, &quot;xlsx&quot; and &quot;csv&quot;.</source>
        <translation>%1 hat kein Feld „formats“. Führen Sie mindestens eines von „pdf“, „xlsx“ und „csv“ auf.</translation>
    </message>
    <message>
        <source>%1 has no &quot;folder&quot;. Set it to the folder the reports go to.</source>
        <translation>%1 hat kein Feld „folder“. Setzen Sie es auf den Ordner, in den die Berichte geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: &quot;lastStatus&quot; is &quot;%2&quot;; use &quot;ok&quot;, &quot;failed&quot; or &quot;never&quot;.</source>
        <translation>%1: „lastStatus“ ist „%2“; verwenden Sie „ok“, „failed“ oder „never“.</translation>
    </message>
    <message>
        <source>The report schedules are not valid JSON: %1 at byte %2.</source>
        <translation>Die Berichtszeitpläne sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; appears twice; the second was skipped.</source>
        <translation>Der Zeitplan „%1“ kommt zweimal vor; der zweite wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>es::ReportTemplates</name>
    <message>
        <source>KPI summary</source>
        <translation>KPI-Übersicht</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Aufschlüsselungstabelle</translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation>Kreisdiagramm</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Veränderungen</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Daily traffic</source>
        <translation>Täglicher Datenverkehr</translation>
    </message>
    <message>
        <source>Yesterday hour by hour, against the same day a week before.</source>
        <translation>Gestern Stunde für Stunde, verglichen mit demselben Tag eine Woche zuvor.</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Wochenübersicht</translation>
    </message>
    <message>
        <source>Last week day by day, against the week before.</source>
        <translation>Die Vorwoche Tag für Tag, verglichen mit der Woche davor.</translation>
    </message>
    <message>
        <source>Monthly executive</source>
        <translation>Monatsbericht für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Last month at a glance, against the month before.</source>
        <translation>Der Vormonat auf einen Blick, verglichen mit dem Monat davor.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Visitors are distinct IP address and user agent pairs (or user ids), counted over the whole period. Bots are left out of page views, visitors and sessions.</source>
        <translation>Besucher sind eindeutige Paare aus IP-Adresse und User-Agent (oder Benutzer-IDs), gezählt über den gesamten Zeitraum. Bots sind in Seitenaufrufen, Besuchern und Sitzungen nicht enthalten.</translation>
    </message>
    <message>
        <source>Content and downloads</source>
        <translation>Inhalte und Downloads</translation>
    </message>
    <message>
        <source>The last 30 days of pages and downloads, against the 30 days before.</source>
        <translation>Seiten und Downloads der letzten 30 Tage, verglichen mit den 30 Tagen davor.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Top %1 by %2</source>
        <translation>Top %1 nach %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1: rising and falling by %2</source>
        <translation>%1: Anstiege und Rückgänge (%2)</translation>
    </message>
    <message>
        <source>The template has no title. Give it one; it heads the report and names the file.</source>
        <translation>Die Vorlage hat keinen Titel. Geben Sie ihr einen; er steht über dem Bericht und gibt der Datei ihren Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sections. Add at least one section.</source>
        <translation>„%1“ hat keine Abschnitte. Fügen Sie mindestens einen Abschnitt hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks for minutes. Reports go from hours to years; pick hour or coarser.</source>
        <translation>„%1“ verlangt Minuten. Berichte reichen von Stunden bis zu Jahren; wählen Sie Stunde oder gröber.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; filters on &quot;%2&quot;, which is not a dimension.</source>
        <translation>„%1“ filtert nach „%2“, das keine Dimension ist.</translation>
    </message>
    <message>
        <source>Section %1 (%2)</source>
        <translation>Abschnitt %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 shows exactly %n metric(s).</source>
        <translation>
            <numerusform>%1 zeigt genau %n Metrik.</numerusform>
            <numerusform>%1 zeigt genau %n Metriken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shows %2 to %3 metrics.</source>
        <translation>%1 zeigt %2 bis %3 Metriken.</translation>
    </message>
    <message>
        <source>%1 needs a dimension such as url or country.</source>
        <translation>%1 benötigt eine Dimension wie url oder country.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a dimension.</source>
        <translation>%1: „%2“ ist keine Dimension.</translation>
    </message>
    <message>
        <source>%1 shows 1 to 1000 values, not %2.</source>
        <translation>%1 zeigt 1 bis 1000 Werte, nicht %2.</translation>
    </message>
    <message>
        <source>%1 ranks counts; %2 is a ratio. Use a count such as page views.</source>
        <translation>%1 ordnet nur Anzahlen; %2 ist ein Verhältnis. Verwenden Sie eine Anzahl wie Seitenaufrufe.</translation>
    </message>
    <message>
        <source>%1 ranks counts that add up; visitors do not. Use page views or hits.</source>
        <translation>%1 ordnet nur Anzahlen, die sich summieren lassen; Besucher lassen sich nicht summieren. Verwenden Sie Seitenaufrufe oder Hits.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 hat keinen Text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range. Write preset:last-7d, relative:now-7d|now or absolute:FROM|TO (Unix seconds).</source>
        <translation>„%1“ ist kein Zeitraum. Schreiben Sie preset:last-7d, relative:now-7d|now oder absolute:VON|BIS (Unix-Sekunden).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a granularity. Use auto, hour, day, week, month, quarter or year.</source>
        <translation>„%1“ ist keine Granularität. Verwenden Sie auto, hour, day, week, month, quarter oder year.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comparison. Use none, previous-period, week-over-week, month-over-month or year-over-year.</source>
        <translation>„%1“ ist kein Vergleich. Verwenden Sie none, previous-period, week-over-week, month-over-month oder year-over-year.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bot mode. Use default, include, exclude or only.</source>
        <translation>„%1“ ist kein Bot-Modus. Verwenden Sie default, include, exclude oder only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric.</source>
        <translation>„%1“ ist keine Metrik.</translation>
    </message>
    <message>
        <source>The templates are not valid JSON: %1 at byte %2.</source>
        <translation>Die Vorlagen sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Alerts in this period</source>
        <translation>Alarme in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section kind. Use kpis, timeseries, breakdown, pie, movers, text or alerts.</source>
        <translation>„%1“ ist keine Abschnittsart. Verwenden Sie kpis, timeseries, breakdown, pie, movers, text oder alerts.</translation>
    </message>
</context>
<context>
    <name>es::RollupExport</name>
    <message>
        <source>The rollups could not be read: %1</source>
        <translation>Die Rollups konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Writing the rollup records stopped.</source>
        <translation>Das Schreiben der Rollup-Datensätze wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>es::RollupReader</name>
    <message>
        <source>A visitor sketch in the workspace is damaged (bucket %1). Re-import the logs of that period to rebuild it.</source>
        <translation>Ein Besucher-Sketch im Arbeitsbereich ist beschädigt (Intervall %1). Importieren Sie die Logs dieses Zeitraums erneut, um ihn neu aufzubauen.</translation>
    </message>
</context>
<context>
    <name>es::SourceCatalog</name>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The workspace has no source %1; &quot;eventscope sources&quot; lists them.</source>
        <translation>Der Arbeitsbereich hat keine Quelle %1; &quot;eventscope sources&quot; listet die Quellen auf.</translation>
    </message>
    <message>
        <source>Source %1 was already removed.</source>
        <translation>Die Quelle %1 wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>The source could not be removed: %1</source>
        <translation>Die Quelle konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>es::StatusFilter</name>
    <message>
        <source>&quot;%1&quot; is not a status. Type codes such as 404, classes such as 5xx, or &quot;none&quot; for events without a status, separated by commas.</source>
        <translation>&quot;%1&quot; ist kein Status. Geben Sie Codes wie 404, Klassen wie 5xx oder &quot;none&quot; für Ereignisse ohne Status ein, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>es::TimeExpression</name>
    <message>
        <source>  1714557600, 1714557600.5      Unix seconds (13 or more digits: milliseconds)
  2024-05-01T10:00:00+02:00     ISO-8601 with an offset or Z
  2024-05-01T10:00, 2024-05-01  local time, or start of the day, in %1
  now, now-15m, now-2h, now-7d  now, plus or minus s, m, h, d (24 h) or w
  today, yesterday, today-7d    start of a day in %1</source>
        <translation>  1714557600, 1714557600.5      Unix-Sekunden (13 oder mehr Ziffern: Millisekunden)
  2024-05-01T10:00:00+02:00     ISO-8601 mit UTC-Versatz oder Z
  2024-05-01T10:00, 2024-05-01  Ortszeit bzw. Tagesbeginn in %1
  now, now-15m, now-2h, now-7d  jetzt, plus oder minus s, m, h, d (24 h) oder w
  today, yesterday, today-7d    Beginn eines Tages in %1</translation>
    </message>
    <message>
        <source>The time is empty. Use one of these forms:
%1</source>
        <translation>Die Zeitangabe ist leer. Verwenden Sie eine dieser Formen:
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Eventscope understands. Use one of these forms:
%2</source>
        <translation>„%1“ ist keine Zeitangabe, die Eventscope versteht. Verwenden Sie eine dieser Formen:
%2</translation>
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
    <name>es::WorkspaceRebuild</name>
    <message>
        <source>%1 of its %2 records are no longer stored in the workspace (raw events older than the retention period are removed, and records consumed before this version were not kept). Consume the topic again from its start instead, if the cluster still has it.</source>
        <translation>%1 ihrer %2 Datensätze sind nicht mehr im Arbeitsbereich gespeichert (Rohereignisse, die älter als die Aufbewahrungsfrist sind, werden entfernt, und vor dieser Version eingelesene Datensätze wurden nicht aufbewahrt). Lesen Sie das Topic stattdessen erneut von Anfang an ein, sofern der Cluster es noch enthält.</translation>
    </message>
    <message>
        <source>%1 is missing (it was at %2). Put it back there, or remove the source with its data.</source>
        <translation>%1 fehlt (zuvor unter %2). Legen Sie die Datei dorthin zurück oder entfernen Sie die Quelle mit ihren Daten.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 no longer has the content that was imported (it was rotated, replaced or shortened). Put the imported file back at %2, or remove the source with its data.</source>
        <translation>%1 hat nicht mehr den Inhalt, der importiert wurde (die Datei wurde rotiert, ersetzt oder gekürzt). Legen Sie die importierte Datei wieder unter %2 ab oder entfernen Sie die Quelle mit ihren Daten.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The workspace has no source %1; &quot;eventscope sources&quot; lists them.</source>
        <translation>Der Arbeitsbereich hat keine Quelle %1; &quot;eventscope sources&quot; listet die Quellen auf.</translation>
    </message>
    <message>
        <source>%1 cannot be rebuilt: %2</source>
        <translation>%1 kann nicht neu aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another program or window. Close it there (or stop the import or the API server using it), then try again.</source>
        <translation>Der Arbeitsbereich %1 wird von einem anderen Programm oder Fenster verwendet. Schließen Sie ihn dort (oder beenden Sie den Import bzw. den API-Server, der ihn verwendet) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 was removed with its data because it cannot be read again: %2</source>
        <translation>%1 wurde samt Daten entfernt, weil ein erneutes Lesen nicht möglich ist: %2</translation>
    </message>
    <message>
        <source>The new workspace file %1 cannot be created: %2</source>
        <translation>Die neue Arbeitsbereichsdatei %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Copying the workspace&apos;s settings failed: %1</source>
        <translation>Das Kopieren der Einstellungen des Arbeitsbereichs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading %1 again failed: %2</source>
        <translation>Das erneute Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The rebuild was cancelled; the workspace is unchanged.</source>
        <translation>Der Neuaufbau wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Finishing the new workspace file failed: %1</source>
        <translation>Das Fertigstellen der neuen Arbeitsbereichsdatei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The workspace was opened by another program during the rebuild; it was left unchanged. Close it there and rebuild again.</source>
        <translation>Der Arbeitsbereich wurde während des Neuaufbaus von einem anderen Programm geöffnet; er blieb unverändert. Schließen Sie ihn dort und starten Sie den Neuaufbau erneut.</translation>
    </message>
    <message>
        <source>The workspace could not be replaced by the rebuilt file (%1); it was left unchanged.</source>
        <translation>Der Arbeitsbereich konnte nicht durch die neu aufgebaute Datei ersetzt werden (%1); er blieb unverändert.</translation>
    </message>
    <message>
        <source>The stored text of %1 is damaged at offset %2; the workspace cannot rebuild it. Remove the source, or restore the workspace from a backup.</source>
        <translation>Der gespeicherte Text von %1 ist bei Offset %2 beschädigt; der Arbeitsbereich kann ihn nicht neu aufbauen. Entfernen Sie die Quelle oder stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
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
    <message>
        <source>The workspace has no checkpoint %1.</source>
        <translation>Der Arbeitsbereich hat keinen Checkpoint %1.</translation>
    </message>
</context>
<context>
    <name>es::cli::AlertsCommand</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>muted until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>No alert rules yet. Add one with &quot;eventscope alerts add&quot;, or the example rules with &quot;eventscope alerts add --demo&quot;.</source>
        <translation>Noch keine Alarmregeln. Fügen Sie eine mit „eventscope alerts add“ hinzu oder die Beispielregeln mit „eventscope alerts add --demo“.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CONDITION</source>
        <translation>BEDINGUNG</translation>
    </message>
    <message>
        <source>metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>bots:</source>
        <translation>Bots:</translation>
    </message>
    <message>
        <source>evaluated every:</source>
        <translation>ausgewertet alle:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>recovers at:</source>
        <translation>Entwarnung bei:</translation>
    </message>
    <message>
        <source>the mark</source>
        <translation>der Schwelle</translation>
    </message>
    <message>
        <source>pending:</source>
        <translation>Wartezeit:</translation>
    </message>
    <message>
        <source>%1 evaluations</source>
        <translation>%1 Auswertungen</translation>
    </message>
    <message>
        <source>keep firing:</source>
        <translation>aktiv halten:</translation>
    </message>
    <message>
        <source>reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>state:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>%1 since %2, last value %3, evaluated %4</source>
        <translation>%1 seit %2, letzter Wert %3, ausgewertet %4</translation>
    </message>
    <message>
        <source>%1, not evaluated yet</source>
        <translation>%1, noch nicht ausgewertet</translation>
    </message>
    <message>
        <source>Recent alerts:</source>
        <translation>Letzte Alarme:</translation>
    </message>
    <message>
        <source>Removed the rule &quot;%1&quot; (%2). Its alert history is kept.</source>
        <translation>Regel „%1“ (%2) entfernt. Ihr Alarmverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>choose one of --json and --csv.</source>
        <translation>wählen Sie entweder --json oder --csv.</translation>
    </message>
    <message>
        <source>choose one of --historical and --live, or neither for both.</source>
        <translation>wählen Sie entweder --historical oder --live oder keines von beiden für beides.</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &quot;%1&quot;.</source>
        <translation>--limit erwartet eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>No alerts in this selection.</source>
        <translation>Keine Alarme in dieser Auswahl.</translation>
    </message>
    <message>
        <source>ack takes the number of an alert, as &quot;eventscope alerts history&quot; shows it, not &quot;%1&quot;.</source>
        <translation>ack erwartet die Nummer eines Alarms, wie „eventscope alerts history“ sie anzeigt, nicht „%1“.</translation>
    </message>
    <message>
        <source>say who acknowledges the alert with --by NAME.</source>
        <translation>geben Sie mit --by NAME an, wer den Alarm bestätigt.</translation>
    </message>
    <message>
        <source>there is no alert %1. &quot;eventscope alerts history&quot; lists them.</source>
        <translation>es gibt keinen Alarm %1. „eventscope alerts history“ listet die Alarme auf.</translation>
    </message>
    <message>
        <source>alert %1 was already acknowledged by %2 at %3.</source>
        <translation>Alarm %1 wurde bereits am %3 von %2 bestätigt.</translation>
    </message>
    <message>
        <source>Acknowledged alert %1 (%2, fired %3) as %4.</source>
        <translation>Alarm %1 (%2, ausgelöst %3) als %4 bestätigt.</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Evaluated at %1 (%2). Rules evaluated on live data: %3; instants of imported data caught up on: %4.</source>
        <translation>Ausgewertet am %1 (%2). Auf Live-Daten ausgewertete Regeln: %3; nachgeholte Zeitpunkte importierter Daten: %4.</translation>
    </message>
    <message>
        <source>The newest data is older than an hour, so only no-data rules were evaluated live (docs/ALERTS.md, &quot;Live data&quot;).</source>
        <translation>Die neuesten Daten sind älter als eine Stunde, daher wurden nur no-data-Regeln live ausgewertet (docs/ALERTS.md, „Live data“).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>eventscope alerts: %1</source>
        <translation>eventscope alerts: %1</translation>
    </message>
    <message>
        <source>the workspace %1 does not exist. Import some logs first, or check the path given with --db.</source>
        <translation>der Arbeitsbereich %1 existiert nicht. Importieren Sie zuerst Logs oder prüfen Sie den mit --db angegebenen Pfad.</translation>
    </message>
    <message>
        <source>there is no rule with the id or name &quot;%1&quot;. &quot;eventscope alerts list&quot; lists them.</source>
        <translation>es gibt keine Regel mit der ID oder dem Namen „%1“. „eventscope alerts list“ listet die Regeln auf.</translation>
    </message>
    <message>
        <source>%1 rules are named &quot;%2&quot;; name one by its id: %3.</source>
        <translation>%1 Regeln heißen „%2“; geben Sie eine davon über ihre ID an: %3.</translation>
    </message>
    <message>
        <source>ACTION [RULE|ID]</source>
        <translation>AKTION [REGEL|ID]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>history: print CSV.</source>
        <translation>history: CSV ausgeben.</translation>
    </message>
    <message>
        <source>history: only the alerts of this rule (id or name).</source>
        <translation>history: nur die Alarme dieser Regel (ID oder Name).</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>history: alerts that fired at or after this time (a date, an ISO time, today, now-7d, Unix seconds...).</source>
        <translation>history: Alarme, die ab dieser Zeit ausgelöst wurden (ein Datum, eine ISO-Zeit, today, now-7d, Unix-Sekunden...).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>history: alerts that fired before this time.</source>
        <translation>history: Alarme, die vor dieser Zeit ausgelöst wurden.</translation>
    </message>
    <message>
        <source>history: only alerts found in data imported after the fact (never notified).</source>
        <translation>history: nur Alarme, die in nachträglich importierten Daten gefunden wurden (nie benachrichtigt).</translation>
    </message>
    <message>
        <source>history: only alerts of live data.</source>
        <translation>history: nur Alarme aus Live-Daten.</translation>
    </message>
    <message>
        <source>history: at most N alerts, newest first. Default 100.</source>
        <translation>history: höchstens N Alarme, die neuesten zuerst. Standard 100.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>ack: who acknowledges the alert. Default: the user name.</source>
        <translation>ack: wer den Alarm bestätigt. Standard: der Benutzername.</translation>
    </message>
    <message>
        <source>eval: evaluate as if it were this time (same forms as --from). Default: now.</source>
        <translation>eval: so auswerten, als wäre es diese Zeit (dieselben Formen wie bei --from). Standard: jetzt.</translation>
    </message>
    <message>
        <source>say what to do: %1. &quot;eventscope alerts --help&quot; shows the options.</source>
        <translation>geben Sie an, was zu tun ist: %1. „eventscope alerts --help“ zeigt die Optionen an.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use %2.</source>
        <translation>unbekannte Aktion „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 akzeptiert kein --%2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; &quot;%2&quot; is one too many.</source>
        <translation>%1 erwartet keine Argumente; „%2“ ist eines zu viel.</translation>
    </message>
    <message>
        <source>List, change and evaluate alert rules; show the alert history.</source>
        <translation>Alarmregeln auflisten, ändern und auswerten; den Alarmverlauf anzeigen.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>value %1, recovery level %2</source>
        <translation>Wert %1, Entwarnungsschwelle %2</translation>
    </message>
    <message>
        <source>value %1, mark %2</source>
        <translation>Wert %1, Schwelle %2</translation>
    </message>
    <message>
        <source>(historical: found in imported data, not notified)</source>
        <translation>(historisch: in importierten Daten gefunden, nicht benachrichtigt)</translation>
    </message>
    <message>
        <source>(muted)</source>
        <translation>(stummgeschaltet)</translation>
    </message>
    <message>
        <source>historical</source>
        <translation>historisch</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>FIRED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>ENTWARNUNG</translation>
    </message>
    <message>
        <source>MARK</source>
        <translation>SCHWELLE</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>MERKMALE</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>DELIVERIES</source>
        <translation>ZUSTELLUNGEN</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 30m, 1h or 2d (0 for none), not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Dauer wie 30m, 1h oder 2d (0 für keine), nicht „%2“.</translation>
    </message>
    <message>
        <source>give one condition, not %1.</source>
        <translation>geben Sie nur eine Bedingung an, nicht %1.</translation>
    </message>
    <message>
        <source>--outside takes the low-mark and the high-mark as LOW:HIGH, such as 20:50, not &quot;%1&quot;.</source>
        <translation>--outside erwartet die untere und die obere Schwelle als UNTEN:OBEN, etwa 20:50, nicht „%1“.</translation>
    </message>
    <message>
        <source>--no-data takes a duration such as 30m or 2h, not &quot;%1&quot;.</source>
        <translation>--no-data erwartet eine Dauer wie 30m oder 2h, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 goes with a change rule (--change-pct or --change-abs).</source>
        <translation>--%1 gilt nur für eine Veränderungsregel (--change-pct oder --change-abs).</translation>
    </message>
    <message>
        <source>--vs takes previous or last-week, not &quot;%1&quot;.</source>
        <translation>--vs erwartet previous oder last-week, nicht „%1“.</translation>
    </message>
    <message>
        <source>--direction takes up, down or either, not &quot;%1&quot;.</source>
        <translation>--direction erwartet up, down oder either, nicht „%1“.</translation>
    </message>
    <message>
        <source>--recover takes the lower and upper recovery levels of a band as LOW:HIGH, such as 25:45 (either may be left out), not &quot;%1&quot;.</source>
        <translation>--recover erwartet die untere und die obere Entwarnungsschwelle eines Bereichs als UNTEN:OBEN, etwa 25:45 (jede davon darf fehlen), nicht „%1“.</translation>
    </message>
    <message>
        <source>a no-data rule recovers when data arrives; it takes no --recover.</source>
        <translation>bei einer Regel für fehlende Daten erfolgt die Entwarnung, sobald Daten eintreffen; sie erwartet kein --recover.</translation>
    </message>
    <message>
        <source>--recover takes a number (or none), not &quot;%1&quot;.</source>
        <translation>--recover erwartet eine Zahl (oder none), nicht „%1“.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;. &quot;eventscope query --list&quot; lists the metrics.</source>
        <translation>unbekannte Metrik „%1“. „eventscope query --list“ listet die Metriken auf.</translation>
    </message>
    <message>
        <source>choose one of --filter and --no-filter.</source>
        <translation>wählen Sie entweder --filter oder --no-filter.</translation>
    </message>
    <message>
        <source>--filter takes DIMENSION=VALUE, such as url=/download.zip, not &quot;%1&quot;.</source>
        <translation>--filter erwartet DIMENSION=WERT, etwa url=/download.zip, nicht „%1“.</translation>
    </message>
    <message>
        <source>--bots takes default, include, exclude or only, not &quot;%1&quot;.</source>
        <translation>--bots erwartet default, include, exclude oder only, nicht „%1“.</translation>
    </message>
    <message>
        <source>--window takes a length such as 30m, 1h or 1d, or today or week, not &quot;%1&quot;.</source>
        <translation>--window erwartet eine Länge wie 30m, 1h oder 1d oder aber today oder week, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pending-evals takes a number of evaluations, not &quot;%1&quot;.</source>
        <translation>--pending-evals erwartet eine Anzahl Auswertungen, nicht „%1“.</translation>
    </message>
    <message>
        <source>--severity takes info, warning or critical, not &quot;%1&quot;.</source>
        <translation>--severity erwartet info, warning oder critical, nicht „%1“.</translation>
    </message>
    <message>
        <source>choose one of --enabled and --disabled.</source>
        <translation>wählen Sie entweder --enabled oder --disabled.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no rule that can be used:</source>
        <translation>%1 enthält keine verwendbare Regel:</translation>
    </message>
    <message>
        <source>The file lists no rules.</source>
        <translation>Die Datei führt keine Regeln auf.</translation>
    </message>
    <message>
        <source>the rule cannot be saved:</source>
        <translation>die Regel kann nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; cannot be saved:</source>
        <translation>die Regel „%1“ kann nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>warning: this workspace has no dimension %1 yet; the rule fails until it is added with &quot;eventscope analytics --params&quot;.</source>
        <translation>Warnung: dieser Arbeitsbereich hat noch keine Dimension %1; die Regel schlägt fehl, bis sie mit „eventscope analytics --params“ hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Added the rule &quot;%1&quot; (%2): %3.</source>
        <translation>Regel „%1“ (%2) hinzugefügt: %3.</translation>
    </message>
    <message>
        <source>Changed the rule &quot;%1&quot; (%2): %3.</source>
        <translation>Regel „%1“ (%2) geändert: %3.</translation>
    </message>
    <message>
        <source>the rule %1 exists already; it is left as it is.</source>
        <translation>die Regel %1 existiert bereits; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>add, edit: </source>
        <translation>add, edit: </translation>
    </message>
    <message>
        <source>the rule, or rules, in their JSON form (docs/ALERTS.md); other options change it.</source>
        <translation>die Regel oder die Regeln in ihrer JSON-Form (docs/ALERTS.md); weitere Optionen ändern sie.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>add: the example rules of the demo workspace.</source>
        <translation>add: die Beispielregeln des Demo-Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>add: the rule&apos;s key. Default: made from the name.</source>
        <translation>add: der Schlüssel der Regel. Standard: aus dem Namen gebildet.</translation>
    </message>
    <message>
        <source>what notifications and the history call the rule.</source>
        <translation>der Name der Regel in Benachrichtigungen und im Verlauf.</translation>
    </message>
    <message>
        <source>the metric watched (hits, page_views, downloads, ...; see &quot;eventscope query --list&quot;).</source>
        <translation>die überwachte Metrik (hits, page_views, downloads, ...; siehe „eventscope query --list“).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIK</translation>
    </message>
    <message>
        <source>only where the dimension has this value (url, country, params.KEY, ...). Repeat it for more values and filters; it replaces the rule&apos;s filters.</source>
        <translation>nur dort, wo die Dimension diesen Wert hat (url, country, params.KEY, ...). Für weitere Werte und Filter wiederholen; ersetzt die Filter der Regel.</translation>
    </message>
    <message>
        <source>DIM=VALUE</source>
        <translation>DIM=WERT</translation>
    </message>
    <message>
        <source>edit: remove the rule&apos;s filters.</source>
        <translation>edit: die Filter der Regel entfernen.</translation>
    </message>
    <message>
        <source>default, include, exclude or only.</source>
        <translation>default, include, exclude oder only.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>the data read: the last 30m, 1h, 1d, ... or today or week (so far). Default 1h.</source>
        <translation>die gelesenen Daten: die letzten 30m, 1h, 1d, ... oder today bzw. week (jeweils bis jetzt). Standard 1h.</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ZEITFENSTER</translation>
    </message>
    <message>
        <source>fire when the value is above X.</source>
        <translation>auslösen, wenn der Wert über X liegt.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>fire when the value is below X.</source>
        <translation>auslösen, wenn der Wert unter X liegt.</translation>
    </message>
    <message>
        <source>fire when the value is below LOW or above HIGH.</source>
        <translation>auslösen, wenn der Wert unter UNTEN oder über OBEN liegt.</translation>
    </message>
    <message>
        <source>LOW:HIGH</source>
        <translation>UNTEN:OBEN</translation>
    </message>
    <message>
        <source>fire when the value changed by X % or more against a baseline (--vs).</source>
        <translation>auslösen, wenn sich der Wert gegenüber einer Vergleichsbasis (--vs) um X % oder mehr verändert hat.</translation>
    </message>
    <message>
        <source>fire when the value changed by X or more against a baseline (--vs).</source>
        <translation>auslösen, wenn sich der Wert gegenüber einer Vergleichsbasis (--vs) um X oder mehr verändert hat.</translation>
    </message>
    <message>
        <source>the baseline of a change: previous (the period before, the default) or last-week.</source>
        <translation>die Vergleichsbasis einer Veränderung: previous (der Zeitraum davor, der Standard) oder last-week.</translation>
    </message>
    <message>
        <source>BASELINE</source>
        <translation>VERGLEICHSBASIS</translation>
    </message>
    <message>
        <source>the change that fires: up, down or either (the default).</source>
        <translation>die Veränderung, die auslöst: up, down oder either (der Standard).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <source>fire when the metric is 0 for this long (30m, 2h, ...).</source>
        <translation>auslösen, wenn die Metrik so lange 0 ist (30m, 2h, ...).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>recover only at this level (LOW:HIGH for --outside; the change for change rules); none: at the mark.</source>
        <translation>Entwarnung erst bei diesem Wert (UNTEN:OBEN bei --outside; die Veränderung bei Veränderungsregeln); none: an der Schwelle.</translation>
    </message>
    <message>
        <source>fire only once the condition has held this long (5m, ...).</source>
        <translation>erst auslösen, wenn die Bedingung so lange erfüllt war (5m, ...).</translation>
    </message>
    <message>
        <source>fire only once the condition has held for N evaluations in a row.</source>
        <translation>erst auslösen, wenn die Bedingung N Auswertungen in Folge erfüllt war.</translation>
    </message>
    <message>
        <source>stay active this long after recovering.</source>
        <translation>nach der Entwarnung noch so lange aktiv bleiben.</translation>
    </message>
    <message>
        <source>remind this often while firing; 0 for never.</source>
        <translation>solange ausgelöst, in diesem Abstand erinnern; 0 für nie.</translation>
    </message>
    <message>
        <source>evaluate this often (1m to 1d). Default 5m.</source>
        <translation>in diesem Abstand auswerten (1m bis 1d). Standard 5m.</translation>
    </message>
    <message>
        <source>info, warning (the default) or critical.</source>
        <translation>info, warning (der Standard) oder critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>do not evaluate the rule.</source>
        <translation>die Regel nicht auswerten.</translation>
    </message>
    <message>
        <source>edit: evaluate the rule again.</source>
        <translation>edit: die Regel wieder auswerten.</translation>
    </message>
    <message>
        <source>record but do not notify until this time (none: unmute).</source>
        <translation>bis zu dieser Zeit aufzeichnen, aber nicht benachrichtigen (none: Stummschaltung aufheben).</translation>
    </message>
    <message>
        <source>--no-filter and --enabled change existing rules; use them with edit.</source>
        <translation>--no-filter und --enabled ändern bestehende Regeln; verwenden Sie sie mit edit.</translation>
    </message>
    <message>
        <source>--demo adds the example rules as they are; change them with edit afterwards.</source>
        <translation>--demo fügt die Beispielregeln unverändert hinzu; ändern Sie sie danach mit edit.</translation>
    </message>
    <message>
        <source>the file holds %1 rules; options can change only a file of one rule.</source>
        <translation>die Datei enthält %1 Regeln; Optionen können nur eine Datei mit einer einzigen Regel ändern.</translation>
    </message>
    <message>
        <source>a condition (--above, --below, --outside, --change-pct, --change-abs or --no-data)</source>
        <translation>eine Bedingung (--above, --below, --outside, --change-pct, --change-abs oder --no-data)</translation>
    </message>
    <message>
        <source>a new rule needs %1, or --file.</source>
        <translation>eine neue Regel benötigt %1 oder --file.</translation>
    </message>
    <message>
        <source>a rule with the id %1 exists already. Change it with &quot;eventscope alerts edit %1&quot;, or give another id.</source>
        <translation>eine Regel mit der ID %1 existiert bereits. Ändern Sie sie mit „eventscope alerts edit %1“ oder geben Sie eine andere ID an.</translation>
    </message>
    <message>
        <source>edit does not take --%1.</source>
        <translation>edit akzeptiert kein --%1.</translation>
    </message>
    <message>
        <source>say what to change, for example --above 200 or --file rule.json.</source>
        <translation>geben Sie an, was geändert werden soll, zum Beispiel --above 200 oder --file rule.json.</translation>
    </message>
    <message>
        <source>the file holds %1 rules; edit takes one.</source>
        <translation>die Datei enthält %1 Regeln; edit erwartet eine.</translation>
    </message>
    <message>
        <source>What the rule watches changed, so it starts over from normal; its open alerts are resolved.</source>
        <translation>Was die Regel überwacht, hat sich geändert; sie beginnt daher wieder bei Normal, und ihre offenen Alarme werden beendet.</translation>
    </message>
    <message>
        <source>Notices delivered on channels: %1; failed: %2.</source>
        <translation>Über Kanäle zugestellte Benachrichtigungen: %1; fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>What to do: list, show RULE, add, edit RULE, remove RULE, history, ack ID, eval, channels or test-channel CHANNEL. RULE is the id or the name of a rule.</source>
        <translation>Was zu tun ist: list, show REGEL, add, edit REGEL, remove REGEL, history, ack ID, eval, channels oder test-channel KANAL. REGEL ist die ID oder der Name einer Regel.</translation>
    </message>
    <message>
        <source>eval: do not send notices to the workspace&apos;s notification channels (they are sent by default, like the desktop app does).</source>
        <translation>eval: keine Benachrichtigungen an die Benachrichtigungskanäle des Arbeitsbereichs senden (standardmäßig werden sie gesendet, wie in der Desktop-Anwendung).</translation>
    </message>
    <message>
        <source>%1 takes the id or name of one rule (ack: the number of one alert; test-channel: the id of a channel).</source>
        <translation>%1 erwartet die ID oder den Namen einer Regel (ack: die Nummer eines Alarms; test-channel: die ID eines Kanals).</translation>
    </message>
    <message>
        <source>some notification channels cannot be used: %1</source>
        <translation>einige Benachrichtigungskanäle können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1:%2 to %3</source>
        <translation>%1:%2 an %3</translation>
    </message>
    <message>
        <source>%1 could not be sent on %2: %3</source>
        <translation>%1 konnte nicht über %2 gesendet werden: %3</translation>
    </message>
    <message>
        <source>No notification channels. Add them in the desktop app under Alerts → Notification Channels.</source>
        <translation>Keine Benachrichtigungskanäle. Fügen Sie sie in der Desktop-Anwendung unter Alarme → Benachrichtigungskanäle hinzu.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>there is no channel &quot;%1&quot;: the workspace has no notification channels.</source>
        <translation>es gibt keinen Kanal „%1“: der Arbeitsbereich hat keine Benachrichtigungskanäle.</translation>
    </message>
    <message>
        <source>there is no channel &quot;%1&quot;; the channels are: %2.</source>
        <translation>es gibt keinen Kanal „%1“; vorhandene Kanäle: %2.</translation>
    </message>
    <message>
        <source>attempt %1 of %2: %3</source>
        <translation>Versuch %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1, last value %2, evaluated %3</source>
        <translation>%1, letzter Wert %2, ausgewertet %3</translation>
    </message>
    <message>
        <source>two of the new rules are named &quot;%1&quot;. Give each its own name.</source>
        <translation>zwei der neuen Regeln heißen „%1“. Geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <source>a rule named &quot;%1&quot; exists already (%2). Give the new rule another --name, or change that one with &quot;eventscope alerts edit %2&quot;.</source>
        <translation>eine Regel namens „%1“ existiert bereits (%2). Geben Sie der neuen Regel einen anderen --name oder ändern Sie jene mit „eventscope alerts edit %2“.</translation>
    </message>
    <message>
        <source>another rule is named &quot;%1&quot; (%2). Give this one another --name.</source>
        <translation>eine andere Regel heißt bereits „%1“ (%2). Geben Sie dieser einen anderen --name.</translation>
    </message>
</context>
<context>
    <name>es::cli::AnalyticsCommand</name>
    <message>
        <source>What identifies a visitor when a record has no user id: &quot;ip+ua&quot; (the client address and the user agent, the default) or &quot;ip&quot;.</source>
        <translation>Was einen Besucher kennzeichnet, wenn ein Datensatz keine Benutzer-ID hat: „ip+ua“ (Client-Adresse und User-Agent, der Standard) oder „ip“.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Anonymise client addresses before anything is derived from them: &quot;off&quot;, &quot;truncate&quot; (keep the /24 or /48 network) or &quot;hash&quot; (a salted hash).</source>
        <translation>Client-Adressen anonymisieren, bevor etwas aus ihnen abgeleitet wird: „off“, „truncate“ (nur das /24- bzw. /48-Netz behalten) oder „hash“ (ein gesalzener Hash).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Where countries come from: a .mmdb file (GeoLite2 or DB-IP), &quot;default&quot; for the GeoIP database of the system, or &quot;off&quot;.</source>
        <translation>Woher die Länder kommen: eine .mmdb-Datei (GeoLite2 oder DB-IP), „default“ für die GeoIP-Datenbank des Systems oder „off“.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The longest gap between two page views of one session, in minutes. Default 30.</source>
        <translation>Die längste Pause zwischen zwei Seitenaufrufen einer Sitzung, in Minuten. Standard 30.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>How late, in minutes, an out-of-order line may arrive without splitting a session. Default 5.</source>
        <translation>Wie spät, in Minuten, eine Zeile außer der Reihe ankommen darf, ohne eine Sitzung zu teilen. Standard 5.</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>Die Einstellungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--visitor-key takes &quot;ip+ua&quot; or &quot;ip&quot;, not &quot;%1&quot;.</source>
        <translation>--visitor-key erwartet „ip+ua“ oder „ip“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--anonymize-ips takes &quot;off&quot;, &quot;truncate&quot; or &quot;hash&quot;, not &quot;%1&quot;.</source>
        <translation>--anonymize-ips erwartet „off“, „truncate“ oder „hash“, nicht „%1“.</translation>
    </message>
    <message>
        <source>the country database %1 does not exist. Give the path of a .mmdb file, &quot;default&quot; or &quot;off&quot;.</source>
        <translation>die Länderdatenbank %1 existiert nicht. Geben Sie den Pfad einer .mmdb-Datei, „default“ oder „off“ an.</translation>
    </message>
    <message>
        <source>--%1 takes a number of minutes from %2 to 1440, not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine Anzahl Minuten von %2 bis 1440, nicht „%3“.</translation>
    </message>
    <message>
        <source>eventscope analytics: the settings could not be saved: %1</source>
        <translation>eventscope analytics: die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>visitor key        %1</source>
        <translation>Besucherschlüssel        %1</translation>
    </message>
    <message>
        <source>IP anonymisation   %1</source>
        <translation>IP-Anonymisierung        %1</translation>
    </message>
    <message>
        <source>countries          %1</source>
        <translation>Länder                   %1</translation>
    </message>
    <message>
        <source>session timeout    %1 min</source>
        <translation>Sitzungs-Timeout         %1 min</translation>
    </message>
    <message>
        <source>late-line window   %1 min</source>
        <translation>Fenster für späte Zeilen %1 min</translation>
    </message>
    <message>
        <source>Saved. The settings apply to what is imported from now on.</source>
        <translation>Gespeichert. Die Einstellungen gelten für alles, was ab jetzt importiert wird.</translation>
    </message>
    <message>
        <source>Extensions of static assets, which are never page views, as a comma-separated list: &quot;css,js,png&quot; replaces the list, &quot;+avif,-txt&quot; edits it, &quot;default&quot; restores it.</source>
        <translation>Endungen statischer Assets, die nie Seitenaufrufe sind, als kommagetrennte Liste: „css,js,png“ ersetzt die Liste, „+avif,-txt“ bearbeitet sie, „default“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>What counts as a download: extensions (&quot;zip,tar.gz&quot;) and path patterns (&quot;/downloads/*&quot;), edited like --static-extensions.</source>
        <translation>Was als Download zählt: Endungen („zip,tar.gz“) und Pfadmuster („/downloads/*“), zu bearbeiten wie bei --static-extensions.</translation>
    </message>
    <message>
        <source>The JSON event type that counts as a page view. Default &quot;page_view&quot;; &quot;&quot; for none.</source>
        <translation>Der JSON-Ereignistyp, der als Seitenaufruf zählt. Standard „page_view“; &quot;&quot; für keinen.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Which breakdowns are pre-aggregated, edited like --static-extensions: &quot;-browser_version,-path_device&quot; turns two off, &quot;default&quot; turns all on. Fewer groups import faster and take less space; queries that need a group that is off say so.</source>
        <translation>Welche Aufschlüsselungen vorab aggregiert werden, zu bearbeiten wie bei --static-extensions: „-browser_version,-path_device“ schaltet zwei aus, „default“ schaltet alle ein. Mit weniger Gruppen geht der Import schneller und braucht weniger Platz; Abfragen, die eine ausgeschaltete Gruppe benötigen, weisen darauf hin.</translation>
    </message>
    <message>
        <source>--%1 needs a list, &quot;default&quot; or &quot;none&quot;.</source>
        <translation>--%1 erwartet eine Liste, „default“ oder „none“.</translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot;. The groups are: %2.</source>
        <translation>es gibt keine Gruppe „%1“. Die Gruppen sind: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>static assets      %1</source>
        <translation>statische Assets         %1</translation>
    </message>
    <message>
        <source>downloads          %1</source>
        <translation>Downloads                %1</translation>
    </message>
    <message>
        <source>page-view event    %1</source>
        <translation>Seitenaufruf-Ereignis    %1</translation>
    </message>
    <message>
        <source>groups             %1</source>
        <translation>Gruppen                  %1</translation>
    </message>
    <message>
        <source>Data imported while %1 was off has no rows for it: import those files again into a new workspace to include them.</source>
        <translation>Daten, die importiert wurden, während %1 ausgeschaltet war, haben keine Zeilen dafür: importieren Sie diese Dateien erneut in einen neuen Arbeitsbereich, um sie einzubeziehen.</translation>
    </message>
    <message>
        <source>Rows already stored for %1 are kept but no longer updated, and queries that need them are refused until the group is on again.</source>
        <translation>Bereits für %1 gespeicherte Zeilen bleiben erhalten, werden aber nicht mehr aktualisiert, und Abfragen, die sie benötigen, werden abgelehnt, bis die Gruppe wieder eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Show or set the visitor key, IP anonymisation, country lookup, session rules, and what counts as a page view and a download.</source>
        <translation>Besucherschlüssel, IP-Anonymisierung, Länderzuordnung, Sitzungsregeln sowie das, was als Seitenaufruf und als Download zählt, anzeigen oder festlegen.</translation>
    </message>
    <message>
        <source>JSON params keys that become dimensions (params.KEY), at most four: &quot;+os_type&quot; adds one, &quot;-os_type&quot; removes one and deletes its rows, &quot;none&quot; removes all.</source>
        <translation>JSON-params-Schlüssel, die zu Dimensionen werden (params.KEY), höchstens vier: „+os_type“ fügt einen hinzu, „-os_type“ entfernt einen und löscht seine Zeilen, „none“ entfernt alle.</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>params dimensions  %1</source>
        <translation>params-Dimensionen       %1</translation>
    </message>
    <message>
        <source>The rows of params.%1 were deleted.</source>
        <translation>Die Zeilen von params.%1 wurden gelöscht.</translation>
    </message>
    <message>
        <source>Pairs of groups pre-aggregated together, so that queries can combine them, at most four: &quot;+country:browser&quot; adds one, &quot;-country:browser&quot; removes one and deletes its rows, &quot;none&quot; removes all.</source>
        <translation>Gruppenpaare, die gemeinsam vorab aggregiert werden, damit Abfragen sie kombinieren können, höchstens vier: „+country:browser“ fügt eines hinzu, „-country:browser“ entfernt eines und löscht seine Zeilen, „none“ entfernt alle.</translation>
    </message>
    <message>
        <source>PAIRS</source>
        <translation>PAARE</translation>
    </message>
    <message>
        <source>pairs              %1</source>
        <translation>Paare                    %1</translation>
    </message>
    <message>
        <source>The rows of the pair %1 were deleted.</source>
        <translation>Die Zeilen des Paars %1 wurden gelöscht.</translation>
    </message>
    <message>
        <source>More user-agent tokens that mark a bot (case-insensitive), on top of the built-in ones, edited like --static-extensions: &quot;+AcmeProbe&quot; adds one.</source>
        <translation>Weitere User-Agent-Zeichenfolgen, die einen Bot kennzeichnen (ohne Beachtung der Groß- und Kleinschreibung), zusätzlich zu den eingebauten, bearbeitet wie bei --static-extensions: „+AcmeProbe“ fügt eine hinzu.</translation>
    </message>
    <message>
        <source>more crawlers      %1</source>
        <translation>weitere Crawler          %1</translation>
    </message>
</context>
<context>
    <name>es::cli::ApiServer</name>
    <message>
        <source>start_time (%1) must be before end_time (%2).</source>
        <translation>start_time (%1) muss vor end_time (%2) liegen.</translation>
    </message>
    <message>
        <source>start_time must be before end_time.</source>
        <translation>start_time muss vor end_time liegen.</translation>
    </message>
    <message>
        <source>event_type is empty; leave it out to count every event.</source>
        <translation>event_type ist leer; lassen Sie den Parameter weg, um alle Ereignisse zu zählen.</translation>
    </message>
    <message>
        <source>limit takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>limit erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; given as after is not valid. Pass the next_cursor of the previous page unchanged.</source>
        <translation>der als after angegebene Cursor „%1“ ist ungültig. Übergeben Sie den next_cursor der vorigen Seite unverändert.</translation>
    </message>
    <message>
        <source>event_type is empty; leave it out to search every event.</source>
        <translation>event_type ist leer; lassen Sie den Parameter weg, um alle Ereignisse zu durchsuchen.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not available here; the API returns query tables as JSON.</source>
        <translation>der Parameter „%1“ ist hier nicht verfügbar; die API liefert Abfragetabellen als JSON.</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;.</source>
        <translation>unbekannter Parameter „%1“.</translation>
    </message>
    <message>
        <source>unexpected value &quot;%1&quot;.</source>
        <translation>unerwarteter Wert „%1“.</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;; this endpoint takes none.</source>
        <translation>unbekannter Parameter „%1“; dieser Endpunkt akzeptiert keine Parameter.</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;; this endpoint takes %2.</source>
        <translation>unbekannter Parameter „%1“; dieser Endpunkt akzeptiert %2.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is given more than once.</source>
        <translation>der Parameter „%1“ ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Die Token-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file.</source>
        <translation>Die Token-Datei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users (mode %2). Make it private with &quot;chmod 600 %1&quot; and start again.</source>
        <translation>Die Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2). Machen Sie sie mit „chmod 600 %1“ privat und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token in %1 is shorter than %2 characters. Write a long random token into it, for example with &quot;head -c 32 /dev/urandom | base64 &gt; %1&quot;.</source>
        <translation>Das Token in %1 ist kürzer als %2 Zeichen. Schreiben Sie ein langes zufälliges Token hinein, zum Beispiel mit „head -c 32 /dev/urandom | base64 &gt; %1“.</translation>
    </message>
    <message>
        <source>The token in %1 must be one line without spaces.</source>
        <translation>Das Token in %1 muss aus einer Zeile ohne Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other machines connect; give a token with --token-file, or listen on 127.0.0.1.</source>
        <translation>Wenn auf %1 gelauscht wird, können sich andere Rechner verbinden; geben Sie mit --token-file ein Token an oder lauschen Sie auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Import logs first (eventscope import), or pass --db.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich. Importieren Sie zuerst Logs (eventscope import) oder geben Sie --db an.</translation>
    </message>
    <message>
        <source>A valid token is needed: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Ein gültiges Token ist erforderlich: senden Sie „Authorization: Bearer TOKEN“.</translation>
    </message>
    <message>
        <source>There is no endpoint %1. The API offers /api/v1/events/count, /api/v1/events, /api/v1/query and /api/v1/health.</source>
        <translation>Es gibt keinen Endpunkt %1. Die API bietet /api/v1/events/count, /api/v1/events, /api/v1/query und /api/v1/health.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>The URL is longer than %1 bytes.</source>
        <translation>Die URL ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>Only GET requests are served; the API is read-only.</source>
        <translation>Es werden nur GET-Anfragen beantwortet; die API ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The server is busy with %1 requests; try again shortly.</source>
        <translation>Der Server ist mit %1 Anfragen ausgelastet; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The request took longer than %1 ms and was stopped. Ask for a shorter time range, or start the server with a longer --query-timeout.</source>
        <translation>Die Anfrage dauerte länger als %1 ms und wurde abgebrochen. Fragen Sie einen kürzeren Zeitraum ab oder starten Sie den Server mit einem längeren --query-timeout.</translation>
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
        <source>Run &quot;eventscope COMMAND --help&quot; for the options of a command.</source>
        <translation>Mit „eventscope BEFEHL --help“ werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>Eventscope analyses web access logs, JSON event logs and Kafka topics on your own machine.</source>
        <translation>Eventscope wertet Web-Zugriffslogs, JSON-Ereignislogs und Kafka-Topics auf Ihrem eigenen Rechner aus.</translation>
    </message>
    <message>
        <source>eventscope: unknown command &quot;%1&quot;.</source>
        <translation>eventscope: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Run &quot;eventscope --help&quot; for usage.</source>
        <translation>Mit „eventscope --help“ wird die Verwendung angezeigt.</translation>
    </message>
    <message>
        <source>Dashboard to show first: overview, audience, content, events, live or the id of one of your own.</source>
        <translation>Zuerst anzuzeigendes Dashboard: overview, audience, content, events, live oder die ID eines eigenen Dashboards.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time range to show: a preset such as last-24h, last-30d or all, or FROM..TO with time expressions such as now-7d..now.</source>
        <translation>Anzuzeigender Zeitraum: eine Vorgabe wie last-24h, last-30d oder all, oder VON..BIS mit Zeitausdrücken wie now-7d..now.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>Colours: system (the default), light or dark.</source>
        <translation>Farben: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>Open the time-range picker once the dashboard is shown (with --screenshot).</source>
        <translation>Die Zeitraumauswahl öffnen, sobald das Dashboard angezeigt wird (mit --screenshot).</translation>
    </message>
    <message>
        <source>eventscope: --appearance takes system, light or dark, not &quot;%1&quot;.
</source>
        <translation>eventscope: --appearance erwartet system, light oder dark, nicht „%1“.
</translation>
    </message>
    <message>
        <source>Open the embedded demo workspace, fed live by an embedded Kafka cluster (also: eventscope demo).</source>
        <translation>Den eingebauten Demo-Arbeitsbereich öffnen, live gespeist von einem eingebauten Kafka-Cluster (auch: eventscope demo).</translation>
    </message>
    <message>
        <source>Live events per second of the demo&apos;s Kafka cluster (default 20; 0 for none).</source>
        <translation>Live-Ereignisse pro Sekunde des Demo-Kafka-Clusters (Standard 20; 0 für keine).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Start the desktop application on the demo workspace, fed live by an embedded Kafka cluster.</source>
        <translation>Die Desktop-Anwendung mit dem Demo-Arbeitsbereich starten, live gespeist von einem eingebauten Kafka-Cluster.</translation>
    </message>
    <message>
        <source>eventscope: --demo-rate takes a number of events per second from 0 to 10000, not &quot;%1&quot;.
</source>
        <translation>eventscope: --demo-rate erwartet eine Anzahl Ereignisse pro Sekunde von 0 bis 10000, nicht &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>eventscope: --%1 needs a value, but the next word is the option &quot;%2&quot;. Write --%1 VALUE.
</source>
        <translation>eventscope: --%1 benötigt einen Wert, aber das nächste Wort ist die Option „%2“. Schreiben Sie --%1 WERT.
</translation>
    </message>
</context>
<context>
    <name>es::cli::ConsumeCommand</name>
    <message>
        <source>Kafka bootstrap servers, host:port[,host:port...].</source>
        <translation>Kafka-Bootstrap-Server, host:port[,host:port...].</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Topic to consume.</source>
        <translation>Zu konsumierendes Topic.</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <source>Consumer group id (default: eventscope).</source>
        <translation>ID der Consumer-Gruppe (Standard: eventscope).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The messages are JSON envelopes with the log line in this field (Filebeat, Vector, Fluent Bit: message); &quot;-&quot; when they never are. Default: detected.</source>
        <translation>Die Nachrichten sind JSON-Hüllen mit der Logzeile in diesem Feld (Filebeat, Vector, Fluent Bit: message); „-“, wenn sie das nie sind. Standard: automatisch erkannt.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>Where partitions start that the workspace has not read yet: earliest (default), latest, stored (the group&apos;s committed offsets), or a time such as 2026-11-01 or now-1h. Partitions already in the workspace always continue where they stopped.</source>
        <translation>Wo Partitionen beginnen, die der Arbeitsbereich noch nicht gelesen hat: earliest (Standard), latest, stored (die festgeschriebenen Offsets der Gruppe) oder eine Zeit wie 2026-11-01 oder now-1h. Partitionen, die bereits im Arbeitsbereich sind, werden immer dort fortgesetzt, wo sie angehalten haben.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>Any librdkafka property, as with kcat (security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-256, ssl.ca.location=FILE, ...).</source>
        <translation>Beliebige librdkafka-Eigenschaft, wie bei kcat (security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-256, ssl.ca.location=DATEI, ...).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>Time zone of time stamps without a UTC offset; stored with the topic, so later runs and rebuilds read them the same way (default: the stored one, else UTC).</source>
        <translation>Zeitzone für Zeitstempel ohne UTC-Versatz; wird mit dem Topic gespeichert, damit spätere Läufe und Neuaufbauten sie gleich lesen (Standard: die gespeicherte, sonst UTC).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Stop when every partition is at its end, and print a summary.</source>
        <translation>Beenden, sobald jede Partition ihr Ende erreicht hat, und eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Keep consuming until Ctrl+C (the default).</source>
        <translation>Weiter konsumieren bis Strg+C (Standard).</translation>
    </message>
    <message>
        <source>Give up when no broker answers within this many seconds (default 30).</source>
        <translation>Aufgeben, wenn innerhalb so vieler Sekunden kein Broker antwortet (Standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>List the cluster&apos;s topics with their partitions and exit.</source>
        <translation>Die Topics des Clusters mit ihren Partitionen auflisten und beenden.</translation>
    </message>
    <message>
        <source>Print the summary (and with --follow, the status) as JSON.</source>
        <translation>Die Zusammenfassung (und mit --follow den Status) als JSON ausgeben.</translation>
    </message>
    <message>
        <source>eventscope consume: name the brokers with --brokers host:port.</source>
        <translation>eventscope consume: geben Sie die Broker mit --brokers host:port an.</translation>
    </message>
    <message>
        <source>eventscope consume: -X takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>eventscope consume: -X erwartet SCHLÜSSEL=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1	%n partition(s)</source>
        <translation>
            <numerusform>%1	%n Partition</numerusform>
            <numerusform>%1	%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>eventscope consume: name the topic with --topic.</source>
        <translation>eventscope consume: geben Sie das Topic mit --topic an.</translation>
    </message>
    <message>
        <source>eventscope consume: choose either --until-caught-up or --follow.</source>
        <translation>eventscope consume: wählen Sie entweder --until-caught-up oder --follow.</translation>
    </message>
    <message>
        <source>eventscope consume: --from: %1</source>
        <translation>eventscope consume: --from: %1</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Rückstand %1</translation>
    </message>
    <message>
        <source>%1: %2, format %3</source>
        <translation>%1: %2, Format %3</translation>
    </message>
    <message>
        <source>  messages %1, events %2, malformed %3, %4 s, %5 messages/s</source>
        <translation>  Nachrichten %1, Ereignisse %2, fehlerhaft %3, %4 s, %5 Nachrichten/s</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Topic to create (default: events).</source>
        <translation>Zu erstellendes Topic (Standard: events).</translation>
    </message>
    <message>
        <source>Partitions of the topic (default 6).</source>
        <translation>Partitionen des Topics (Standard 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of brokers (default 3).</source>
        <translation>Anzahl der Broker (Standard 3).</translation>
    </message>
    <message>
        <source>Demo events of the last 7 days produced at start (default 20000).</source>
        <translation>Demo-Ereignisse der letzten 7 Tage, die beim Start erzeugt werden (Standard 20000).</translation>
    </message>
    <message>
        <source>Live demo events per second afterwards (default 20; 0 = none).</source>
        <translation>Live-Demo-Ereignisse pro Sekunde danach (Standard 20; 0 = keine).</translation>
    </message>
    <message>
        <source>eventscope kafka-demo: --partitions and --brokers take a positive number, --history and --rate zero or more.</source>
        <translation>eventscope kafka-demo: --partitions und --brokers erwarten eine positive Zahl, --history und --rate null oder mehr.</translation>
    </message>
    <message>
        <source>Kafka demo cluster at %1, topic %2 with %3 partitions.
Consume it with:
  eventscope consume --brokers %1 --topic %2
Stop with Ctrl+C.</source>
        <translation>Kafka-Demo-Cluster unter %1, Topic %2 mit %3 Partitionen.
Konsumieren mit:
  eventscope consume --brokers %1 --topic %2
Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Consume a Kafka topic into the workspace.</source>
        <translation>Ein Kafka-Topic konsumieren und in den Arbeitsbereich übernehmen.</translation>
    </message>
    <message>
        <source>Run an embedded Kafka cluster on this machine with demo events.</source>
        <translation>Einen eingebauten Kafka-Cluster mit Demo-Ereignissen auf diesem Rechner ausführen.</translation>
    </message>
    <message>
        <source>Do not store the records for search (smaller; the workspace then cannot be rebuilt from them).</source>
        <translation>Datensätze nicht für die Suche speichern (kleiner; der Arbeitsbereich kann dann nicht aus ihnen neu aufgebaut werden).</translation>
    </message>
    <message>
        <source>Message format instead of detecting it: json_events[:...], rollup (pre-aggregated rollup records), or any log format of &quot;eventscope import&quot; for raw log lines.</source>
        <translation>Nachrichtenformat, statt es zu erkennen: json_events[:...], rollup (vorab aggregierte Rollup-Datensätze) oder jedes Logformat von &quot;eventscope import&quot; für rohe Logzeilen.</translation>
    </message>
</context>
<context>
    <name>es::cli::EventsCommand</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>[%1: %2]</source>
        <translation>[%1: %2]</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Only events of this type; repeat for several types. Requests of access logs have the type &quot;request&quot;.</source>
        <translation>Nur Ereignisse dieses Typs; für mehrere Typen wiederholen. Anfragen aus Zugriffslogs haben den Typ „request“.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Only events at or after this time: Unix seconds, ISO-8601 (2024-05-01T10:00:00+02:00), a date (2024-05-01, workspace time zone), now-15m, now-7d, today or yesterday.</source>
        <translation>Nur Ereignisse ab dieser Zeit: Unix-Sekunden, ISO-8601 (2024-05-01T10:00:00+02:00), ein Datum (2024-05-01, Zeitzone des Arbeitsbereichs), now-15m, now-7d, today oder yesterday.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only events before this time (same forms as --from).</source>
        <translation>Nur Ereignisse vor dieser Zeit (dieselben Formen wie bei --from).</translation>
    </message>
    <message>
        <source>Only events whose text contains TEXT, ignoring case.</source>
        <translation>Nur Ereignisse, deren Text TEXT enthält, ohne Rücksicht auf Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Number of events per page (default %1).</source>
        <translation>Anzahl der Ereignisse pro Seite (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Continue after the previous page: the cursor printed at its end.</source>
        <translation>Nach der vorigen Seite fortfahren: der Cursor, der an ihrem Ende ausgegeben wurde.</translation>
    </message>
    <message>
        <source>CURSOR</source>
        <translation>CURSOR</translation>
    </message>
    <message>
        <source>Print one JSON object per event (JSON Lines) with the full text.</source>
        <translation>Ein JSON-Objekt pro Ereignis (JSON Lines) mit dem vollständigen Text ausgeben.</translation>
    </message>
    <message>
        <source>eventscope events: unexpected argument &quot;%1&quot;; search text goes after --grep.</source>
        <translation>eventscope events: unerwartetes Argument „%1“; Suchtext gehört hinter --grep.</translation>
    </message>
    <message>
        <source>eventscope events: --limit takes a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>eventscope events: --limit erwartet eine Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>eventscope events: the cursor &quot;%1&quot; given with --after is not valid. Copy it unchanged from the end of the previous page.</source>
        <translation>eventscope events: der mit --after angegebene Cursor „%1“ ist ungültig. Übernehmen Sie ihn unverändert vom Ende der vorigen Seite.</translation>
    </message>
    <message>
        <source>eventscope events: --%1: %2</source>
        <translation>eventscope events: --%1: %2</translation>
    </message>
    <message>
        <source>eventscope events: --from (%1) is later than --to (%2).</source>
        <translation>eventscope events: --from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>eventscope events: cancelled.</source>
        <translation>eventscope events: abgebrochen.</translation>
    </message>
    <message>
        <source>warning: no events of type &quot;%1&quot; in this workspace. Types present: %2.</source>
        <translation>Warnung: keine Ereignisse vom Typ „%1“ in diesem Arbeitsbereich. Vorhandene Typen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>(%n event(s))</source>
        <translation>
            <numerusform>(%n Ereignis)</numerusform>
            <numerusform>(%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n event(s) could not be searched because their file moved or changed since the import.</source>
        <translation>
            <numerusform>Warnung: %n Ereignis konnte nicht durchsucht werden, weil seine Datei seit dem Import verschoben oder geändert wurde.</numerusform>
            <numerusform>Warnung: %n Ereignisse konnten nicht durchsucht werden, weil ihre Datei seit dem Import verschoben oder geändert wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search stopped after examining %1 events without filling the page. To search on, add --after %2</source>
        <translation>Die Suche wurde nach %1 geprüften Ereignissen angehalten, ohne die Seite zu füllen. Um weiterzusuchen, ergänzen Sie --after %2</translation>
    </message>
    <message>
        <source>More events exist. For the next page, add --after %1</source>
        <translation>Es gibt weitere Ereignisse. Für die nächste Seite ergänzen Sie --after %1</translation>
    </message>
    <message>
        <source>List raw events newest first, filtered by type, time and text.</source>
        <translation>Rohereignisse auflisten, die neuesten zuerst, gefiltert nach Typ, Zeit und Text.</translation>
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
        <source>End of the history, Unix seconds (default: a fixed date, so output is reproducible; &quot;now&quot; for the current time).</source>
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
        <source>Log files to import (.gz and .bz2 are read directly).</source>
        <translation>Zu importierende Logdateien (.gz und .bz2 werden direkt gelesen).</translation>
    </message>
    <message>
        <source>eventscope import: name at least one log file.</source>
        <translation>eventscope import: geben Sie mindestens eine Logdatei an.</translation>
    </message>
    <message>
        <source>eventscope import: unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin or UTC.</source>
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
    <message>
        <source>Log format instead of detecting it: combined, common, vhost_combined, combined_extra, cloudfront, w3c, alb, s3, json_access, json_events[:event_type=F,ts=F,user_id=F,session_id=F,params=F], or custom:&lt;Apache LogFormat&gt;.</source>
        <translation>Logformat, statt es zu erkennen: combined, common, vhost_combined, combined_extra, cloudfront, w3c, alb, s3, json_access, json_events[:event_type=F,ts=F,user_id=F,session_id=F,params=F] oder custom:&lt;Apache-LogFormat&gt;.</translation>
    </message>
    <message>
        <source>Keep following the files after importing them, and import lines as they are appended, across log rotation (like tail -F). Stop with Ctrl+C.</source>
        <translation>Die Dateien nach dem Import weiter verfolgen und angehängte Zeilen laufend importieren, auch über Logrotationen hinweg (wie tail -F). Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Print the summary as JSON (with --follow: one JSON object per line and round).</source>
        <translation>Die Zusammenfassung als JSON ausgeben (mit --follow: ein JSON-Objekt pro Zeile und Durchlauf).</translation>
    </message>
    <message>
        <source>Following 1 file; press Ctrl+C to stop.</source>
        <translation>1 Datei wird verfolgt; beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Following %1 files; press Ctrl+C to stop.</source>
        <translation>%1 Dateien werden verfolgt; beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>%1  %2: +%3 lines, %4 events, %5 malformed</source>
        <translation>%1  %2: +%3 Zeilen, %4 Ereignisse, %5 fehlerhaft</translation>
    </message>
    <message>
        <source>Look up countries in this .mmdb file (GeoLite2 or DB-IP) for this import, instead of the workspace setting (see &quot;eventscope analytics&quot;).</source>
        <translation>Länder für diesen Import in dieser .mmdb-Datei (GeoLite2 oder DB-IP) nachschlagen statt nach der Einstellung des Arbeitsbereichs (siehe „eventscope analytics“).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>eventscope import: the country database %1 does not exist; give the path of a .mmdb file.</source>
        <translation>eventscope import: die Länderdatenbank %1 existiert nicht; geben Sie den Pfad einer .mmdb-Datei an.</translation>
    </message>
    <message>
        <source>Site of the lines that name no virtual host (for example shop.example.com for a plain combined log); lines with a virtual host keep theirs.</source>
        <translation>Website der Zeilen, die keinen virtuellen Host nennen (zum Beispiel shop.example.com für ein einfaches Combined-Log); Zeilen mit virtuellem Host behalten ihren.</translation>
    </message>
</context>
<context>
    <name>es::cli::QueryCommand</name>
    <message>
        <source>M[,M...]</source>
        <translation>M[,M...]</translation>
    </message>
    <message>
        <source>Group by one or two dimensions, separated by a comma (url, country, ...).</source>
        <translation>Nach einer oder zwei Dimensionen gruppieren, durch ein Komma getrennt (url, country, ...).</translation>
    </message>
    <message>
        <source>DIM[,DIM]</source>
        <translation>DIM[,DIM]</translation>
    </message>
    <message>
        <source>Only rows where the dimension has this value. Repeat it for more filters; several values of one dimension mean any of them.</source>
        <translation>Nur Zeilen, in denen die Dimension diesen Wert hat. Für weitere Filter wiederholen; mehrere Werte derselben Dimension werden mit ODER verknüpft.</translation>
    </message>
    <message>
        <source>DIM=VALUE</source>
        <translation>DIM=WERT</translation>
    </message>
    <message>
        <source>Start of the range: a date, an ISO time, today, yesterday, now-1h, today-7d, Unix seconds... Default: 30 days before --to.</source>
        <translation>Beginn des Zeitraums: ein Datum, eine ISO-Zeit, today, yesterday, now-1h, today-7d, Unix-Sekunden ... Standard: 30 Tage vor --to.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>One row per minute, hour, day, week, month, quarter or year; none (the default) for one row per dimension value over the whole range.</source>
        <translation>Eine Zeile pro minute, hour, day, week, month, quarter oder year; none (Standard) für eine Zeile pro Dimensionswert über den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Time zone of the buckets and of local times (IANA name, default: the workspace zone).</source>
        <translation>Zeitzone der Intervalle und der Ortszeiten (IANA-Name, Standard: die Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>First day of a week: monday (default) ... sunday.</source>
        <translation>Erster Tag der Woche: monday (Standard) ... sunday.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Rank dimension values by this metric, highest first (METRIC:asc for lowest first). Default: the first metric.</source>
        <translation>Dimensionswerte nach dieser Metrik ordnen, höchste zuerst (METRIK:asc für niedrigste zuerst). Standard: die erste Metrik.</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIK</translation>
    </message>
    <message>
        <source>Bots: include, exclude or only. Default: each metric&apos;s own (page views, visitors and sessions without bots, the other metrics with them).</source>
        <translation>Bots: include, exclude oder only. Standard: je nach Metrik (Seitenaufrufe, Besucher und Sitzungen ohne Bots, die übrigen Metriken mit Bots).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Ausgabeformat: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>List the metrics and dimensions with their definitions.</source>
        <translation>Die Metriken und Dimensionen mit ihren Definitionen auflisten.</translation>
    </message>
    <message>
        <source>eventscope query: %1</source>
        <translation>eventscope query: %1</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source> (bots excluded by default)</source>
        <translation> (Bots standardmäßig ausgeschlossen)</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensionen:</translation>
    </message>
    <message>
        <source>Two dimensions can be combined as country,device and url,device; bot combines with any dimension.</source>
        <translation>Zwei Dimensionen lassen sich als country,device und url,device kombinieren; bot lässt sich mit jeder Dimension kombinieren.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use table, csv or json.</source>
        <translation>unbekanntes --format „%1“; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>name at least one metric with --metric, for example --metric hits. &quot;eventscope query --list&quot; lists them.</source>
        <translation>geben Sie mit --metric mindestens eine Metrik an, zum Beispiel --metric hits. „eventscope query --list“ listet sie auf.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;. &quot;eventscope query --list&quot; lists the metrics.</source>
        <translation>unbekannte Metrik „%1“. „eventscope query --list“ listet die Metriken auf.</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot;. &quot;eventscope query --list&quot; lists the dimensions.</source>
        <translation>unbekannte Dimension „%1“. „eventscope query --list“ listet die Dimensionen auf.</translation>
    </message>
    <message>
        <source>--by takes at most two dimensions.</source>
        <translation>--by erwartet höchstens zwei Dimensionen.</translation>
    </message>
    <message>
        <source>--filter takes DIMENSION=VALUE with a dimension from &quot;eventscope query --list&quot;, not &quot;%1&quot;.</source>
        <translation>--filter erwartet DIMENSION=WERT mit einer Dimension aus „eventscope query --list“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--granularity takes minute, hour, day, week, month, quarter, year or none, not &quot;%1&quot;.</source>
        <translation>--granularity erwartet minute, hour, day, week, month, quarter, year oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>--compare takes previous, wow, mom or yoy, not &quot;%1&quot;.</source>
        <translation>--compare erwartet previous, wow, mom oder yoy, nicht „%1“.</translation>
    </message>
    <message>
        <source>--top takes a positive number, not &quot;%1&quot;.</source>
        <translation>--top erwartet eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sort takes a metric (optionally METRIC:asc), not &quot;%1&quot;.</source>
        <translation>--sort erwartet eine Metrik (optional METRIK:asc), nicht „%1“.</translation>
    </message>
    <message>
        <source>--bots takes include, exclude or only, not &quot;%1&quot;.</source>
        <translation>--bots erwartet include, exclude oder only, nicht „%1“.</translation>
    </message>
    <message>
        <source>--week-start takes a weekday such as monday or sunday, not &quot;%1&quot;.</source>
        <translation>--week-start erwartet einen Wochentag wie monday oder sunday, nicht „%1“.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; give an IANA name such as Europe/Berlin or UTC.</source>
        <translation>unbekannte Zeitzone „%1“; geben Sie einen IANA-Namen wie Europe/Berlin oder UTC an.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>Show metrics by time and dimension (see --list).</source>
        <translation>Metriken nach Zeit und Dimension anzeigen (siehe --list).</translation>
    </message>
    <message>
        <source>Metrics to show, separated by commas (hits, page_views, visitors, bounce_rate, ...). --list shows them all. With --movers: one count metric, default hits.</source>
        <translation>Anzuzeigende Metriken, durch Kommas getrennt (hits, page_views, visitors, bounce_rate, ...). --list zeigt alle an. Mit --movers: eine Anzahl-Metrik, Standard hits.</translation>
    </message>
    <message>
        <source>End of the range (exclusive; same forms as --from). Default: the end of the day of the newest event (with --movers: the end of its hour, or minute for windows shorter than an hour).</source>
        <translation>Ende des Zeitraums (exklusiv; dieselben Formen wie bei --from). Standard: das Ende des Tages des neuesten Ereignisses (mit --movers: das Ende seiner Stunde bzw. bei Zeitfenstern unter einer Stunde seiner Minute).</translation>
    </message>
    <message>
        <source>Add the values of a comparison period and the change: previous, wow, mom or yoy. With --movers: the window before (previous, the default), one day (dod) or one week (wow) earlier.</source>
        <translation>Die Werte eines Vergleichszeitraums und die Veränderung ergänzen: previous, wow, mom oder yoy. Mit --movers: das vorangehende Zeitfenster (previous, der Standard) oder das Zeitfenster einen Tag (dod) bzw. eine Woche (wow) früher.</translation>
    </message>
    <message>
        <source>Only the N values with the highest --sort metric (with --movers: N per list, default 10).</source>
        <translation>Nur die N Werte mit dem höchsten Wert der Metrik von --sort (mit --movers: N pro Liste, Standard 10).</translation>
    </message>
    <message>
        <source>Top movers instead of a table: the values of DIM with the highest count in a window ending at --to (top), and the largest increases (rising) and decreases (falling) against an earlier window (--compare).</source>
        <translation>Größte Veränderungen statt einer Tabelle: die Werte von DIM mit der höchsten Anzahl in einem Zeitfenster, das bei --to endet (top), sowie die stärksten Anstiege (rising) und Rückgänge (falling) gegenüber einem früheren Zeitfenster (--compare).</translation>
    </message>
    <message>
        <source>DIM</source>
        <translation>DIM</translation>
    </message>
    <message>
        <source>Length of the --movers window: minutes, hours, days or weeks (15m, 1h, 1d, 7d, 2w). Default: 1d.</source>
        <translation>Länge des Zeitfensters von --movers: Minuten, Stunden, Tage oder Wochen (15m, 1h, 1d, 7d, 2w). Standard: 1d.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>--%1 does not go with --movers; choose the windows with --window, --to and --compare.</source>
        <translation>--%1 lässt sich nicht mit --movers kombinieren; wählen Sie die Zeitfenster mit --window, --to und --compare.</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot; for --movers. &quot;eventscope query --list&quot; lists the dimensions.</source>
        <translation>unbekannte Dimension „%1“ für --movers. „eventscope query --list“ listet die Dimensionen auf.</translation>
    </message>
    <message>
        <source>--movers ranks by one metric, not &quot;%1&quot;.</source>
        <translation>--movers ordnet nach einer einzigen Metrik, nicht nach „%1“.</translation>
    </message>
    <message>
        <source>--window takes a length in minutes, hours, days or weeks such as 15m, 1h, 1d or 7d (at most 3660 days), not &quot;%1&quot;.</source>
        <translation>--window erwartet eine Länge in Minuten, Stunden, Tagen oder Wochen wie 15m, 1h, 1d oder 7d (höchstens 3660 Tage), nicht „%1“.</translation>
    </message>
    <message>
        <source>--compare with --movers takes previous, dod or wow, not &quot;%1&quot;.</source>
        <translation>--compare erwartet mit --movers previous, dod oder wow, nicht „%1“.</translation>
    </message>
    <message>
        <source>Movers of %1 by %2: %3 to %4, against %5 to %6 (%7)</source>
        <translation>Größte Veränderungen bei %1 nach %2: %3 bis %4, gegenüber %5 bis %6 (%7)</translation>
    </message>
    <message>
        <source>--window sets the window of --movers; add --movers DIM, or use --from and --to.</source>
        <translation>--window legt das Zeitfenster von --movers fest; ergänzen Sie --movers DIM oder verwenden Sie --from und --to.</translation>
    </message>
</context>
<context>
    <name>es::cli::RebuildCommand</name>
    <message>
        <source>Remove this source (its id in &quot;eventscope sources&quot;) with its data. Repeatable.</source>
        <translation>Diese Quelle (ihre ID in &quot;eventscope sources&quot;) mit ihren Daten entfernen. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Remove sources that cannot be read again (missing files, records no longer stored) with their data, instead of refusing.</source>
        <translation>Quellen, die nicht erneut gelesen werden können (fehlende Dateien, nicht mehr gespeicherte Datensätze), mit ihren Daten entfernen, statt den Neuaufbau abzulehnen.</translation>
    </message>
    <message>
        <source>Only show what would be done.</source>
        <translation>Nur anzeigen, was getan würde.</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>Keine Fortschrittszeile.</translation>
    </message>
    <message>
        <source>eventscope rebuild: --drop-source takes a source id, not &quot;%1&quot;.</source>
        <translation>eventscope rebuild: --drop-source erwartet eine Quellen-ID, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>eventscope rebuild: %1</source>
        <translation>eventscope rebuild: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Use --drop-unavailable to remove such sources with their data.</source>
        <translation>Es wurde nichts geändert. Verwenden Sie --drop-unavailable, um solche Quellen mit ihren Daten zu entfernen.</translation>
    </message>
    <message>
        <source>Rebuild the statistics from the original files and stored records, with the current settings.</source>
        <translation>Die Statistiken mit den aktuellen Einstellungen aus den Originaldateien und gespeicherten Datensätzen neu aufbauen.</translation>
    </message>
</context>
<context>
    <name>es::cli::RebuildOutput</name>
    <message>
        <source>Source %1 of %2 (%3): %4%, %5 lines, %6 lines/s%7</source>
        <translation>Quelle %1 von %2 (%3): %4 %, %5 Zeilen, %6 Zeilen/s%7</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <source>replay %1 stored records</source>
        <translation>%1 gespeicherte Datensätze erneut einspielen</translation>
    </message>
    <message>
        <source>read 1 file again</source>
        <translation>1 Datei erneut lesen</translation>
    </message>
    <message>
        <source>read %1 files again</source>
        <translation>%1 Dateien erneut lesen</translation>
    </message>
    <message>
        <source>remove with its data (%1 records)</source>
        <translation>mit ihren Daten entfernen (%1 Datensätze)</translation>
    </message>
    <message>
        <source>cannot be rebuilt: %1</source>
        <translation>kann nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>%1 bytes to read for %2 records.</source>
        <translation>Zu lesen: %1 Bytes für %2 Datensätze.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>eventscope %1: cancelled; the workspace is unchanged.</source>
        <translation>eventscope %1: abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>eventscope %1: %2</source>
        <translation>eventscope %1: %2</translation>
    </message>
    <message>
        <source>Rebuilt: %1 lines, %2 records in %3 s (%4 lines/s).</source>
        <translation>Neu aufgebaut: %1 Zeilen, %2 Datensätze in %3 s (%4 Zeilen/s).</translation>
    </message>
</context>
<context>
    <name>es::cli::ReportCommand</name>
    <message>
        <source>A template by id or title (see --list-templates). Repeat it for several reports.</source>
        <translation>Eine Vorlage nach ID oder Titel (siehe --list-templates). Für mehrere Berichte wiederholen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A template from a JSON file. Repeatable.</source>
        <translation>Eine Vorlage aus einer JSON-Datei. Wiederholbar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The period instead of the template&apos;s: a preset (last-7d, last-week, last-month, last-quarter, ...) or FROM..TO, such as 2026-10-01..2026-11-01.</source>
        <translation>Der Zeitraum anstelle dessen der Vorlage: eine Vorgabe (last-7d, last-week, last-month, last-quarter, ...) oder VON..BIS, etwa 2026-10-01..2026-11-01.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>Start of the period (a time expression).</source>
        <translation>Beginn des Zeitraums (ein Zeitausdruck).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>End of the period, excluded (a time expression).</source>
        <translation>Ende des Zeitraums, exklusiv (ein Zeitausdruck).</translation>
    </message>
    <message>
        <source>Time zone of the report (IANA name); default: the template&apos;s, else the workspace&apos;s.</source>
        <translation>Zeitzone des Berichts (IANA-Name); Standard: die der Vorlage, sonst die des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Write a PDF to FILE (with several templates: into the folder FILE).</source>
        <translation>Ein PDF nach DATEI schreiben (bei mehreren Vorlagen: in den Ordner DATEI).</translation>
    </message>
    <message>
        <source>Write an Excel workbook to FILE (with several templates: into the folder FILE).</source>
        <translation>Eine Excel-Arbeitsmappe nach DATEI schreiben (bei mehreren Vorlagen: in den Ordner DATEI).</translation>
    </message>
    <message>
        <source>Write one CSV file per table into DIR.</source>
        <translation>Eine CSV-Datei pro Tabelle in ORDNER schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>a4 or letter; default: as the locale uses.</source>
        <translation>a4 oder letter; Standard: wie im Gebietsschema üblich.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>List the workspace&apos;s templates and exit.</source>
        <translation>Die Vorlagen des Arbeitsbereichs auflisten und beenden.</translation>
    </message>
    <message>
        <source>Write the workspace&apos;s templates (or those named by --template) to a JSON file.</source>
        <translation>Die Vorlagen des Arbeitsbereichs (oder die mit --template angegebenen) in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Add the templates of a JSON file to the workspace (same id: replaced).</source>
        <translation>Die Vorlagen einer JSON-Datei zum Arbeitsbereich hinzufügen (gleiche ID: wird ersetzt).</translation>
    </message>
    <message>
        <source>Print progress as JSON lines on stderr.</source>
        <translation>Den Fortschritt als JSON-Zeilen auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Print what was written, with the key figures, as JSON.</source>
        <translation>Die geschriebenen Dateien mit den Kennzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>eventscope report: %1</source>
        <translation>eventscope report: %1</translation>
    </message>
    <message>
        <source>warning: some stored templates were skipped: %1</source>
        <translation>Warnung: einige gespeicherte Vorlagen wurden übersprungen: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable template. %2</source>
        <translation>%1 enthält keine verwendbare Vorlage. %2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2)</source>
        <translation>„%1“ importiert (%2)</translation>
    </message>
    <message>
        <source>the templates could not be saved: %1</source>
        <translation>die Vorlagen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>warning: skipped: %1</source>
        <translation>Warnung: übersprungen: %1</translation>
    </message>
    <message>
        <source>there is no workspace at %1. Import logs first (eventscope import), or pass --db.</source>
        <translation>unter %1 gibt es keinen Arbeitsbereich. Importieren Sie zuerst Logs (eventscope import) oder geben Sie --db an.</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;. The workspace has: %2.</source>
        <translation>es gibt keine Vorlage „%1“. Der Arbeitsbereich hat: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no template in the file</source>
        <translation>keine Vorlage in der Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1</source>
        <translation>
            <numerusform>%n Vorlage nach %1 geschrieben</numerusform>
            <numerusform>%n Vorlagen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>name a template with --template (see --list-templates) or --template-file.</source>
        <translation>geben Sie eine Vorlage mit --template (siehe --list-templates) oder --template-file an.</translation>
    </message>
    <message>
        <source>say where to write the report: --pdf FILE, --xlsx FILE or --csv DIR.</source>
        <translation>geben Sie an, wohin der Bericht geschrieben wird: --pdf DATEI, --xlsx DATEI oder --csv ORDNER.</translation>
    </message>
    <message>
        <source>--range takes a preset (%1) or FROM..TO, not &quot;%2&quot;.</source>
        <translation>--range erwartet eine Vorgabe (%1) oder VON..BIS, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from und --to sind nur zusammen möglich.</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet a4 oder letter, nicht „%1“.</translation>
    </message>
    <message>
        <source>cannot create the folder %1. Check that its parent is writable.</source>
        <translation>der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export PDF, Excel or CSV reports from report templates.</source>
        <translation>PDF-, Excel- oder CSV-Berichte aus Berichtsvorlagen exportieren.</translation>
    </message>
</context>
<context>
    <name>es::cli::RetentionCommand</name>
    <message>
        <source>Keep raw events (for search) this many days; 0 keeps them forever. Default 30.</source>
        <translation>Rohereignisse (für die Suche) so viele Tage aufbewahren; 0 bewahrt sie unbegrenzt auf. Standard 30.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Keep minute rollups this many days; 0 keeps them forever. Default 7.</source>
        <translation>Minutenaggregate so viele Tage aufbewahren; 0 bewahrt sie unbegrenzt auf. Standard 7.</translation>
    </message>
    <message>
        <source>Keep hour rollups this many days; 0 keeps them forever. Default 90.</source>
        <translation>Stundenaggregate so viele Tage aufbewahren; 0 bewahrt sie unbegrenzt auf. Standard 90.</translation>
    </message>
    <message>
        <source>Print the policy and row counts as JSON.</source>
        <translation>Die Richtlinie und die Zeilenzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>eventscope retention: --%1 takes a number of days from 0 (keep forever) to %2, not &quot;%3&quot;.</source>
        <translation>eventscope retention: --%1 erwartet eine Anzahl Tage von 0 (unbegrenzt aufbewahren) bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>eventscope retention: the new policy could not be saved: %1</source>
        <translation>eventscope retention: die neue Richtlinie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Kept, counted back from the newest event in the workspace:</source>
        <translation>Aufbewahrt, zurückgerechnet vom neuesten Ereignis im Arbeitsbereich:</translation>
    </message>
    <message>
        <source>  raw events      %1  (%2 stored)</source>
        <translation>  Rohereignisse     %1  (%2 gespeichert)</translation>
    </message>
    <message>
        <source>  minute rollups  %1  (%2 rows)</source>
        <translation>  Minutenaggregate  %1  (%2 Zeilen)</translation>
    </message>
    <message>
        <source>  hour rollups    %1  (%2 rows)</source>
        <translation>  Stundenaggregate  %1  (%2 Zeilen)</translation>
    </message>
    <message>
        <source>  day rollups     forever  (%1 rows)</source>
        <translation>  Tagesaggregate    unbegrenzt  (%1 Zeilen)</translation>
    </message>
    <message>
        <source>The new policy is saved and already applied.</source>
        <translation>Die neue Richtlinie ist gespeichert und bereits angewendet.</translation>
    </message>
    <message>
        <source>Show or set how long raw events and fine rollups are kept.</source>
        <translation>Anzeigen oder festlegen, wie lange Rohereignisse und feine Aggregate aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Keep minute rollups of groups with many values (paths) this many days; 0 keeps them forever. Default 1.</source>
        <translation>Minutenaggregate von Gruppen mit vielen Werten (Pfade) so viele Tage aufbewahren; 0 bewahrt sie unbegrenzt auf. Standard 1.</translation>
    </message>
    <message>
        <source>Keep hour rollups of groups with many values (paths) this many days; 0 keeps them forever. Default 7.</source>
        <translation>Stundenaggregate von Gruppen mit vielen Werten (Pfade) so viele Tage aufbewahren; 0 bewahrt sie unbegrenzt auf. Standard 7.</translation>
    </message>
    <message>
        <source>Minute and hour rollups of paths are kept %1 and %2.</source>
        <translation>Minuten- und Stundenaggregate von Pfaden werden %1 bzw. %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
</context>
<context>
    <name>es::cli::RollupExportCommand</name>
    <message>
        <source>Write the records to FILE instead of the standard output.</source>
        <translation>Die Datensätze in DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the summary as JSON (on the standard error).</source>
        <translation>Die Zusammenfassung als JSON ausgeben (auf der Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>%1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>%1 rollup records: %2 minute, %3 hour, %4 day.
</source>
        <translation>%1 Rollup-Datensätze: %2 Minute, %3 Stunde, %4 Tag.
</translation>
    </message>
    <message>
        <source>%1 hour or day rows hold less than the finer rows inside them (was the time zone changed after import?); their records leave out the difference. Rebuild the workspace to make its levels agree.
</source>
        <translation>%1 Stunden- oder Tageszeilen enthalten weniger als die feineren Zeilen darin (wurde die Zeitzone nach dem Import geändert?); ihre Datensätze lassen den Unterschied weg. Bauen Sie den Arbeitsbereich neu auf, damit seine Ebenen übereinstimmen.
</translation>
    </message>
    <message>
        <source>Write the rollups as rollup records (JSON lines) for &quot;eventscope consume&quot;.</source>
        <translation>Die Rollups als Rollup-Datensätze (JSON-Zeilen) für &quot;eventscope consume&quot; schreiben.</translation>
    </message>
</context>
<context>
    <name>es::cli::ServeCommand</name>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one). Addresses other than loopback need --token-file.</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:8080; Port 0 wählt einen freien Port). Andere Adressen als Loopback erfordern --token-file.</translation>
    </message>
    <message>
        <source>ADDRESS:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; with the token in FILE, which only its owner may read (chmod 600).</source>
        <translation>„Authorization: Bearer TOKEN“ mit dem Token aus DATEI verlangen, die nur ihr Eigentümer lesen darf (chmod 600).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Stop a request that runs longer than this many milliseconds (default %1).</source>
        <translation>Eine Anfrage abbrechen, die länger als so viele Millisekunden läuft (Standard %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>eventscope serve: unexpected argument &quot;%1&quot;.</source>
        <translation>eventscope serve: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>eventscope serve: --listen takes ADDRESS:PORT such as 127.0.0.1:8080 or [::1]:8080, not &quot;%1&quot;.</source>
        <translation>eventscope serve: --listen erwartet ADRESSE:PORT wie 127.0.0.1:8080 oder [::1]:8080, nicht „%1“.</translation>
    </message>
    <message>
        <source>eventscope serve: --query-timeout takes a positive number of milliseconds, not &quot;%1&quot;.</source>
        <translation>eventscope serve: --query-timeout erwartet eine positive Anzahl von Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>eventscope serve: %1</source>
        <translation>eventscope serve: %1</translation>
    </message>
    <message>
        <source>Serving %1 read-only at %2/api/v1/ (Ctrl+C stops)</source>
        <translation>%1 wird schreibgeschützt unter %2/api/v1/ bereitgestellt (beenden mit Strg+C)</translation>
    </message>
    <message>
        <source>Serve counts, event search and queries as a local REST API.</source>
        <translation>Anzahlen, Ereignissuche und Abfragen als lokale REST-API bereitstellen.</translation>
    </message>
</context>
<context>
    <name>es::cli::SourcesCommand</name>
    <message>
        <source>&quot;remove ID&quot; removes a source; without it the sources are listed.</source>
        <translation>&quot;remove ID&quot; entfernt eine Quelle; ohne diese Angabe werden die Quellen aufgelistet.</translation>
    </message>
    <message>
        <source>remove: also take its numbers out of the statistics (rebuilds the workspace from the other sources). Without it the source is only hidden and its numbers stay.</source>
        <translation>remove: auch ihre Zahlen aus den Statistiken herausnehmen (baut den Arbeitsbereich aus den anderen Quellen neu auf). Ohne diese Option wird die Quelle nur ausgeblendet und ihre Zahlen bleiben erhalten.</translation>
    </message>
    <message>
        <source>List removed sources too.</source>
        <translation>Auch entfernte Quellen auflisten.</translation>
    </message>
    <message>
        <source>List the sources as JSON.</source>
        <translation>Die Quellen als JSON auflisten.</translation>
    </message>
    <message>
        <source>eventscope sources remove: give a source id from &quot;eventscope sources&quot;, not &quot;%1&quot;.</source>
        <translation>eventscope sources remove: Geben Sie eine Quellen-ID aus &quot;eventscope sources&quot; an, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>eventscope sources remove: %1</source>
        <translation>eventscope sources remove: %1</translation>
    </message>
    <message>
        <source>Source %1 is removed; its numbers stay in the statistics. Importing its file again shows it again.</source>
        <translation>Die Quelle %1 ist entfernt; ihre Zahlen bleiben in den Statistiken. Wird ihre Datei erneut importiert, erscheint sie wieder.</translation>
    </message>
    <message>
        <source>eventscope sources: use &quot;eventscope sources&quot; or &quot;eventscope sources remove ID&quot;.</source>
        <translation>eventscope sources: Verwenden Sie &quot;eventscope sources&quot; oder &quot;eventscope sources remove ID&quot;.</translation>
    </message>
    <message>
        <source>eventscope sources: %1</source>
        <translation>eventscope sources: %1</translation>
    </message>
    <message>
        <source>The workspace has no sources yet; add one with &quot;eventscope import&quot; or &quot;eventscope consume&quot;.</source>
        <translation>Der Arbeitsbereich hat noch keine Quellen; fügen Sie eine mit &quot;eventscope import&quot; oder &quot;eventscope consume&quot; hinzu.</translation>
    </message>
    <message>
        <source>  ID  KIND   RECORDS    MALFORMED  FILES  LAST EVENT (UTC)      NAME</source>
        <translation>  ID  TYP   DATENSÄTZE FEHLERHAFT DATEIEN LETZTES EREIGNIS UTC  NAME</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (entfernt)</translation>
    </message>
    <message>
        <source>      partition %1 of %2: next offset %3</source>
        <translation>      Partition %1 von %2: nächster Offset %3</translation>
    </message>
    <message>
        <source>List the workspace&apos;s files and topics, or remove one.</source>
        <translation>Die Dateien und Topics des Arbeitsbereichs auflisten oder eines davon entfernen.</translation>
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
        <source>eventscope sql: give one SQL statement, for example eventscope sql &quot;SELECT * FROM traffic_by_day&quot;.</source>
        <translation>eventscope sql: geben Sie eine SQL-Anweisung an, zum Beispiel eventscope sql &quot;SELECT * FROM traffic_by_day&quot;.</translation>
    </message>
    <message>
        <source>eventscope sql: unknown --format &quot;%1&quot;; use table, csv or json.</source>
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
    <name>es::demo::KafkaDemoCluster</name>
    <message>
        <source>The Kafka demo cluster could not be started: %1</source>
        <translation>Der Kafka-Demo-Cluster konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The Kafka demo cluster could not be started.</source>
        <translation>Der Kafka-Demo-Cluster konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo cluster did not acknowledge all messages.</source>
        <translation>Der Demo-Cluster hat nicht alle Nachrichten bestätigt.</translation>
    </message>
</context>
<context>
    <name>es::schemadoc</name>
    <message>
        <source>Totals per local day</source>
        <translation>Summen pro lokalem Tag</translation>
    </message>
    <message>
        <source>Totals per local hour</source>
        <translation>Summen pro lokaler Stunde</translation>
    </message>
    <message>
        <source>Sessions per local day, closed and still open; bounce rate = bounces / sessions</source>
        <translation>Sitzungen pro lokalem Tag, abgeschlossene und noch offene; Absprungrate = Absprünge / Sitzungen</translation>
    </message>
    <message>
        <source>Requests per path and local day</source>
        <translation>Anfragen pro Pfad und lokalem Tag</translation>
    </message>
    <message>
        <source>Requests per HTTP status code and local day</source>
        <translation>Anfragen pro HTTP-Statuscode und lokalem Tag</translation>
    </message>
    <message>
        <source>Records per site (virtual host) and local day</source>
        <translation>Datensätze pro Website (virtueller Host) und lokalem Tag</translation>
    </message>
    <message>
        <source>Application events per type and local day</source>
        <translation>Anwendungsereignisse pro Typ und lokalem Tag</translation>
    </message>
    <message>
        <source>Every imported file with its progress and counts</source>
        <translation>Jede importierte Datei mit Fortschritt und Zählwerten</translation>
    </message>
    <message>
        <source>Alert incidents with readable times</source>
        <translation>Alarmvorfälle mit lesbaren Zeitangaben</translation>
    </message>
    <message>
        <source>Workspace settings as key and value</source>
        <translation>Einstellungen des Arbeitsbereichs als Schlüssel und Wert</translation>
    </message>
    <message>
        <source>Files and Kafka topics that fed the workspace</source>
        <translation>Dateien und Kafka-Topics, aus denen der Arbeitsbereich gespeist wurde</translation>
    </message>
    <message>
        <source>One row per imported file content: how far it was read</source>
        <translation>Eine Zeile pro importiertem Dateiinhalt: wie weit er gelesen wurde</translation>
    </message>
    <message>
        <source>Lines that could not be read, with the reason</source>
        <translation>Zeilen, die nicht gelesen werden konnten, mit Grund</translation>
    </message>
    <message>
        <source>The next offset to read per Kafka topic partition</source>
        <translation>Der nächste zu lesende Offset pro Kafka-Topic-Partition</translation>
    </message>
    <message>
        <source>Texts of paths, event types, sites and other dimension values</source>
        <translation>Texte von Pfaden, Ereignistypen, Websites und anderen Dimensionswerten</translation>
    </message>
    <message>
        <source>Counts per UTC minute and breakdown</source>
        <translation>Zählwerte pro UTC-Minute und Aufschlüsselung</translation>
    </message>
    <message>
        <source>Counts per local hour and breakdown</source>
        <translation>Zählwerte pro lokaler Stunde und Aufschlüsselung</translation>
    </message>
    <message>
        <source>Counts per local day and breakdown</source>
        <translation>Zählwerte pro lokalem Tag und Aufschlüsselung</translation>
    </message>
    <message>
        <source>Distinct-visitor sketches per rollup row</source>
        <translation>Sketches eindeutiger Besucher pro Aggregationszeile</translation>
    </message>
    <message>
        <source>Sessions still open when a file&apos;s import ended</source>
        <translation>Sitzungen, die beim Ende des Imports einer Datei noch offen waren</translation>
    </message>
    <message>
        <source>Batches saved to the workspace</source>
        <translation>Im Arbeitsbereich gespeicherte Stapel</translation>
    </message>
    <message>
        <source>Alert rules as JSON</source>
        <translation>Alarmregeln als JSON</translation>
    </message>
    <message>
        <source>Where each alert rule stands</source>
        <translation>Aktueller Stand jeder Alarmregel</translation>
    </message>
    <message>
        <source>Alert incidents: when a rule fired and resolved</source>
        <translation>Alarmvorfälle: wann eine Regel ausgelöst und wann sie aufgehoben wurde</translation>
    </message>
    <message>
        <source>Every attempt to deliver an alert notice</source>
        <translation>Jeder Versuch, eine Alarmbenachrichtigung zuzustellen</translation>
    </message>
    <message>
        <source>Local midnight, UTC seconds</source>
        <translation>Lokale Mitternacht, UTC-Sekunden</translation>
    </message>
    <message>
        <source>Local midnight as UTC text</source>
        <translation>Lokale Mitternacht als UTC-Text</translation>
    </message>
    <message>
        <source>Start of the local hour, UTC seconds</source>
        <translation>Beginn der lokalen Stunde, UTC-Sekunden</translation>
    </message>
    <message>
        <source>Start of the local hour as UTC text</source>
        <translation>Beginn der lokalen Stunde als UTC-Text</translation>
    </message>
    <message>
        <source>Records counted: requests and events</source>
        <translation>Gezählte Datensätze: Anfragen und Ereignisse</translation>
    </message>
    <message>
        <source>Response bytes as logged</source>
        <translation>Antwortbytes wie protokolliert</translation>
    </message>
    <message>
        <source>Requests with status 100–199</source>
        <translation>Anfragen mit Status 100–199</translation>
    </message>
    <message>
        <source>Requests with status 200–299</source>
        <translation>Anfragen mit Status 200–299</translation>
    </message>
    <message>
        <source>Requests with status 300–399</source>
        <translation>Anfragen mit Status 300–399</translation>
    </message>
    <message>
        <source>Requests with status 400–499</source>
        <translation>Anfragen mit Status 400–499</translation>
    </message>
    <message>
        <source>Requests with status 500–599</source>
        <translation>Anfragen mit Status 500–599</translation>
    </message>
    <message>
        <source>Application events</source>
        <translation>Anwendungsereignisse</translation>
    </message>
    <message>
        <source>Page views (docs/METRICS.md)</source>
        <translation>Seitenaufrufe (docs/METRICS.md)</translation>
    </message>
    <message>
        <source>Downloads (docs/METRICS.md)</source>
        <translation>Downloads (docs/METRICS.md)</translation>
    </message>
    <message>
        <source>The part of hits that came from bots</source>
        <translation>Der Teil von hits, der von Bots stammt</translation>
    </message>
    <message>
        <source>Sessions that started in the bucket</source>
        <translation>Sitzungen, die im Zeitintervall begonnen haben</translation>
    </message>
    <message>
        <source>Sessions with exactly one page view</source>
        <translation>Sitzungen mit genau einem Seitenaufruf</translation>
    </message>
    <message>
        <source>Page views of those sessions</source>
        <translation>Seitenaufrufe dieser Sitzungen</translation>
    </message>
    <message>
        <source>Sum of their durations, ms</source>
        <translation>Summe ihrer Dauern, ms</translation>
    </message>
    <message>
        <source>Request path without the query string, as logged</source>
        <translation>Anfragepfad ohne Query-String, wie protokolliert</translation>
    </message>
    <message>
        <source>HTTP status code</source>
        <translation>HTTP-Statuscode</translation>
    </message>
    <message>
        <source>Site: virtual host, Host header or distribution</source>
        <translation>Website: virtueller Host, Host-Header oder Distribution</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Breakdown code (docs/SCHEMA.md)</source>
        <translation>Aufschlüsselungscode (docs/SCHEMA.md)</translation>
    </message>
    <message>
        <source>Start of the minute, local hour or local day, UTC seconds</source>
        <translation>Beginn der Minute, der lokalen Stunde oder des lokalen Tages, UTC-Sekunden</translation>
    </message>
    <message>
        <source>Value of the breakdown: dict.id, status code, sources.id or a code</source>
        <translation>Wert der Aufschlüsselung: dict.id, Statuscode, sources.id oder ein Code</translation>
    </message>
    <message>
        <source>Second dimension of combined breakdowns; 0 elsewhere</source>
        <translation>Zweite Dimension kombinierter Aufschlüsselungen; sonst 0</translation>
    </message>
    <message>
        <source>1 for bots, 0 for everyone else</source>
        <translation>1 für Bots, 0 für alle anderen</translation>
    </message>
    <message>
        <source>Sum of logged request durations, µs</source>
        <translation>Summe der protokollierten Anfragedauern, µs</translation>
    </message>
    <message>
        <source>Requests that logged a duration</source>
        <translation>Anfragen mit protokollierter Dauer</translation>
    </message>
    <message>
        <source>0 minute, 1 hour, 2 day</source>
        <translation>0 Minute, 1 Stunde, 2 Tag</translation>
    </message>
    <message>
        <source>Serialized distinct-visitor sketch (docs/SKETCH.md)</source>
        <translation>Serialisierter Sketch eindeutiger Besucher (docs/SKETCH.md)</translation>
    </message>
    <message>
        <source>The file: file_checkpoints.id</source>
        <translation>Die Datei: file_checkpoints.id</translation>
    </message>
    <message>
        <source>The source: sources.id</source>
        <translation>Die Quelle: sources.id</translation>
    </message>
    <message>
        <source>File name of the source</source>
        <translation>Dateiname der Quelle</translation>
    </message>
    <message>
        <source>Format the lines were read with</source>
        <translation>Format, mit dem die Zeilen gelesen wurden</translation>
    </message>
    <message>
        <source>Lines that became a record</source>
        <translation>Zeilen, aus denen ein Datensatz wurde</translation>
    </message>
    <message>
        <source>Lines that could not be read</source>
        <translation>Zeilen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Blank, comment and header lines, and lines the format ignores</source>
        <translation>Leer-, Kommentar- und Kopfzeilen sowie Zeilen, die das Format ignoriert</translation>
    </message>
    <message>
        <source>When it was added, Unix ms</source>
        <translation>Zeitpunkt des Hinzufügens, Unix-ms</translation>
    </message>
    <message>
        <source>When it last changed, Unix ms</source>
        <translation>Zeitpunkt der letzten Änderung, Unix-ms</translation>
    </message>
    <message>
        <source>The alert rule: alert_rules.id</source>
        <translation>Die Alarmregel: alert_rules.id</translation>
    </message>
    <message>
        <source>The rule&apos;s name when it fired</source>
        <translation>Name der Regel zum Zeitpunkt der Auslösung</translation>
    </message>
    <message>
        <source>info, warning or critical</source>
        <translation>info, warning oder critical</translation>
    </message>
    <message>
        <source>The number the condition compared</source>
        <translation>Der Wert, den die Bedingung verglichen hat</translation>
    </message>
    <message>
        <source>The mark it crossed</source>
        <translation>Der überschrittene Schwellenwert</translation>
    </message>
    <message>
        <source>Reminders sent while firing</source>
        <translation>Während der Auslösung gesendete Erinnerungen</translation>
    </message>
    <message>
        <source>1 when found in data imported after the fact</source>
        <translation>1, wenn in nachträglich importierten Daten gefunden</translation>
    </message>
    <message>
        <source>1 when the rule was muted</source>
        <translation>1, wenn die Regel stummgeschaltet war</translation>
    </message>
    <message>
        <source>Who acknowledged it</source>
        <translation>Wer den Vorfall bestätigt hat</translation>
    </message>
    <message>
        <source>When it fired, Unix ms</source>
        <translation>Zeitpunkt der Auslösung, Unix-ms</translation>
    </message>
    <message>
        <source>The incident: alert_history.id</source>
        <translation>Der Vorfall: alert_history.id</translation>
    </message>
    <message>
        <source>Setting name, such as time_zone</source>
        <translation>Name der Einstellung, etwa time_zone</translation>
    </message>
    <message>
        <source>Setting value as text</source>
        <translation>Wert der Einstellung als Text</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Quellen-ID</translation>
    </message>
    <message>
        <source>file or kafka</source>
        <translation>file oder kafka</translation>
    </message>
    <message>
        <source>File path when first imported, or the topic</source>
        <translation>Dateipfad beim ersten Import oder das Topic</translation>
    </message>
    <message>
        <source>Name shown in the application</source>
        <translation>In der Anwendung angezeigter Name</translation>
    </message>
    <message>
        <source>Format the source was first read with</source>
        <translation>Format, mit dem die Quelle zuerst gelesen wurde</translation>
    </message>
    <message>
        <source>Site given to records without a virtual host</source>
        <translation>Website, die Datensätzen ohne virtuellen Host zugewiesen wird</translation>
    </message>
    <message>
        <source>When it was removed from the list keeping its data, Unix ms; NULL while listed</source>
        <translation>Zeitpunkt, zu dem sie unter Beibehaltung ihrer Daten aus der Liste entfernt wurde, Unix-ms; NULL, solange sie aufgeführt ist</translation>
    </message>
    <message>
        <source>Checkpoint id</source>
        <translation>Checkpoint-ID</translation>
    </message>
    <message>
        <source>Leading bytes hashed</source>
        <translation>Anzahl der gehashten Anfangsbytes</translation>
    </message>
    <message>
        <source>SHA-1 of those bytes</source>
        <translation>SHA-1 dieser Bytes</translation>
    </message>
    <message>
        <source>Path it was last imported from</source>
        <translation>Pfad, von dem zuletzt importiert wurde</translation>
    </message>
    <message>
        <source>1 if gzip or bzip2 compressed</source>
        <translation>1, wenn mit gzip oder bzip2 komprimiert</translation>
    </message>
    <message>
        <source>Decompressed bytes read so far</source>
        <translation>Bisher gelesene dekomprimierte Bytes</translation>
    </message>
    <message>
        <source>Lines read so far</source>
        <translation>Bisher gelesene Zeilen</translation>
    </message>
    <message>
        <source>Header state of W3C and CloudFront logs (internal)</source>
        <translation>Kopfzeilenstatus von W3C- und CloudFront-Logs (intern)</translation>
    </message>
    <message>
        <source>Earliest record time, Unix ms</source>
        <translation>Zeit des frühesten Datensatzes, Unix-ms</translation>
    </message>
    <message>
        <source>Latest record time, Unix ms</source>
        <translation>Zeit des neuesten Datensatzes, Unix-ms</translation>
    </message>
    <message>
        <source>Sessions still open (internal)</source>
        <translation>Noch offene Sitzungen (intern)</translation>
    </message>
    <message>
        <source>Line number, from 1</source>
        <translation>Zeilennummer, ab 1</translation>
    </message>
    <message>
        <source>Why the line was refused</source>
        <translation>Warum die Zeile abgelehnt wurde</translation>
    </message>
    <message>
        <source>The first 300 bytes of the line</source>
        <translation>Die ersten 300 Bytes der Zeile</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Next offset to read</source>
        <translation>Nächster zu lesender Offset</translation>
    </message>
    <message>
        <source>Dictionary id</source>
        <translation>Wörterbuch-ID</translation>
    </message>
    <message>
        <source>Dimension code (docs/SCHEMA.md)</source>
        <translation>Dimensionscode (docs/SCHEMA.md)</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>Record time, Unix ms</source>
        <translation>Zeit des Datensatzes, Unix-ms</translation>
    </message>
    <message>
        <source>dict.id of the event type; 0 for requests</source>
        <translation>dict.id des Ereignistyps; 0 für Anfragen</translation>
    </message>
    <message>
        <source>HTTP status; -1 for events</source>
        <translation>HTTP-Status; -1 für Ereignisse</translation>
    </message>
    <message>
        <source>Line length in bytes</source>
        <translation>Zeilenlänge in Bytes</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>Stapelnummer</translation>
    </message>
    <message>
        <source>When the batch was saved, Unix ms</source>
        <translation>Zeitpunkt, zu dem der Stapel gespeichert wurde, Unix-ms</translation>
    </message>
    <message>
        <source>Records in the batch</source>
        <translation>Datensätze im Stapel</translation>
    </message>
    <message>
        <source>Latest record time in the batch, Unix ms</source>
        <translation>Zeit des neuesten Datensatzes im Stapel, Unix-ms</translation>
    </message>
    <message>
        <source>Sessions still open</source>
        <translation>Noch offene Sitzungen</translation>
    </message>
    <message>
        <source>Path the file was last imported from</source>
        <translation>Pfad, aus dem die Datei zuletzt importiert wurde</translation>
    </message>
    <message>
        <source>Earliest record time, UTC text</source>
        <translation>Zeit des frühesten Datensatzes, UTC-Text</translation>
    </message>
    <message>
        <source>Latest record time, UTC text</source>
        <translation>Zeit des neuesten Datensatzes, UTC-Text</translation>
    </message>
    <message>
        <source>Last import into this file, UTC text</source>
        <translation>Letzter Import in diese Datei, UTC-Text</translation>
    </message>
    <message>
        <source>Records of the site: requests and events</source>
        <translation>Datensätze der Website: Anfragen und Ereignisse</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>Vorfallnummer</translation>
    </message>
    <message>
        <source>When it fired, UTC text</source>
        <translation>Zeitpunkt der Auslösung, UTC-Text</translation>
    </message>
    <message>
        <source>When it resolved, UTC text; empty while active</source>
        <translation>Zeitpunkt der Entwarnung, UTC-Text; leer, solange aktiv</translation>
    </message>
    <message>
        <source>When it was acknowledged, UTC text</source>
        <translation>Zeitpunkt der Bestätigung, UTC-Text</translation>
    </message>
    <message>
        <source>Notices that could not be delivered</source>
        <translation>Benachrichtigungen, die nicht zugestellt werden konnten</translation>
    </message>
    <message>
        <source>The metric over the window</source>
        <translation>Die Metrik im Zeitfenster</translation>
    </message>
    <message>
        <source>Change rules: the metric over the baseline window</source>
        <translation>Änderungsregeln: die Metrik im Zeitfenster der Vergleichsbasis</translation>
    </message>
    <message>
        <source>Start of the window read, UTC seconds</source>
        <translation>Beginn des gelesenen Zeitfensters, UTC-Sekunden</translation>
    </message>
    <message>
        <source>End of the window read, UTC seconds</source>
        <translation>Ende des gelesenen Zeitfensters, UTC-Sekunden</translation>
    </message>
    <message>
        <source>When it resolved, Unix ms</source>
        <translation>Zeitpunkt der Entwarnung, Unix-ms</translation>
    </message>
    <message>
        <source>The value when it resolved</source>
        <translation>Der Wert bei der Entwarnung</translation>
    </message>
    <message>
        <source>When it was acknowledged, Unix ms</source>
        <translation>Zeitpunkt der Bestätigung, Unix-ms</translation>
    </message>
    <message>
        <source>Attempt number</source>
        <translation>Versuchsnummer</translation>
    </message>
    <message>
        <source>fired, reminder or resolved</source>
        <translation>fired, reminder oder resolved</translation>
    </message>
    <message>
        <source>Where it went: popup, email, webhook:NAME</source>
        <translation>Ziel: popup, email, webhook:NAME</translation>
    </message>
    <message>
        <source>1 if delivered</source>
        <translation>1, wenn zugestellt</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <source>When it was attempted, Unix ms</source>
        <translation>Zeitpunkt des Versuchs, Unix-ms</translation>
    </message>
    <message>
        <source>The rule&apos;s key</source>
        <translation>Der Schlüssel der Regel</translation>
    </message>
    <message>
        <source>Order of listing and evaluation</source>
        <translation>Reihenfolge bei Auflistung und Auswertung</translation>
    </message>
    <message>
        <source>The rule as JSON (docs/ALERTS.md)</source>
        <translation>Die Regel als JSON (docs/ALERTS.md)</translation>
    </message>
    <message>
        <source>commits.id the rule has looked at</source>
        <translation>commits.id, die die Regel bereits betrachtet hat</translation>
    </message>
    <message>
        <source>0 live, 1 catch-up over imported data</source>
        <translation>0 live, 1 Nachholen über importierte Daten</translation>
    </message>
    <message>
        <source>normal, pending, firing or recovering</source>
        <translation>normal, pending, firing oder recovering</translation>
    </message>
    <message>
        <source>When it entered that state, Unix ms</source>
        <translation>Zeitpunkt des Eintritts in diesen Zustand, Unix-ms</translation>
    </message>
    <message>
        <source>Pending: when the condition started to hold</source>
        <translation>Ausstehend: seit wann die Bedingung erfüllt ist</translation>
    </message>
    <message>
        <source>Pending: evaluations in a row</source>
        <translation>Ausstehend: Auswertungen in Folge</translation>
    </message>
    <message>
        <source>Recovering: when the value passed the recovery level</source>
        <translation>Abklingend: wann der Wert die Entwarnungsschwelle erreicht hat</translation>
    </message>
    <message>
        <source>When it last fired or reminded, Unix ms</source>
        <translation>Letzte Auslösung oder Erinnerung, Unix-ms</translation>
    </message>
    <message>
        <source>Last evaluation, Unix ms</source>
        <translation>Letzte Auswertung, Unix-ms</translation>
    </message>
    <message>
        <source>The number last compared</source>
        <translation>Die zuletzt verglichene Zahl</translation>
    </message>
    <message>
        <source>Time zone given at import for timestamps without an offset; empty = UTC</source>
        <translation>Beim Import angegebene Zeitzone für Zeitstempel ohne Versatz; leer = UTC</translation>
    </message>
    <message>
        <source>Every record, for search: where its line is</source>
        <translation>Jeder Datensatz, für die Suche: wo seine Zeile steht</translation>
    </message>
    <message>
        <source>The lines of Kafka topics in blocks, for search and rebuilds</source>
        <translation>Die Zeilen von Kafka-Topics in Blöcken, für Suche und Neuaufbau</translation>
    </message>
    <message>
        <source>Byte offset of the line in the decompressed file or the topic&apos;s text</source>
        <translation>Byte-Offset der Zeile in der entpackten Datei oder im Text des Topics</translation>
    </message>
    <message>
        <source>The topic: file_checkpoints.id</source>
        <translation>Das Topic: file_checkpoints.id</translation>
    </message>
    <message>
        <source>Offset of the block&apos;s first byte in the topic&apos;s text</source>
        <translation>Offset des ersten Bytes des Blocks im Text des Topics</translation>
    </message>
    <message>
        <source>Newest record time of the batch the block came with, Unix ms</source>
        <translation>Neueste Datensatzzeit des Stapels, mit dem der Block kam, Unix-ms</translation>
    </message>
    <message>
        <source>Whole lines, each ending in a line break; compressed when codec is 1</source>
        <translation>Ganze Zeilen, jede mit einem Zeilenumbruch am Ende; komprimiert, wenn codec 1 ist</translation>
    </message>
    <message>
        <source>0: bytes are the text; 1: one Zstandard frame</source>
        <translation>0: bytes ist der Text; 1: ein Zstandard-Frame</translation>
    </message>
    <message>
        <source>Length of the block&apos;s text in bytes</source>
        <translation>Länge des Blocktexts in Bytes</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertActions</name>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>&amp;Manage Alerts…</source>
        <translation>&amp;Alarme verwalten …</translation>
    </message>
    <message>
        <source>M&amp;ute All Alerts for 1 Hour</source>
        <translation>Alle Alarme 1 Stunde &amp;stummschalten</translation>
    </message>
    <message>
        <source>Create, edit and switch alert rules, and see the alert history</source>
        <translation>Alarmregeln anlegen, bearbeiten, ein- und ausschalten und den Alarmverlauf ansehen</translation>
    </message>
    <message>
        <source>No alert notices for an hour; rules are still evaluated and incidents recorded</source>
        <translation>Eine Stunde lang keine Alarmbenachrichtigungen; Regeln werden weiterhin ausgewertet und Vorfälle aufgezeichnet</translation>
    </message>
    <message>
        <source>New Alert Rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <source>Edit Alert Rule</source>
        <translation>Alarmregel bearbeiten</translation>
    </message>
    <message>
        <source>“%1” is snoozed for an hour.</source>
        <translation>„%1“ ist für eine Stunde pausiert.</translation>
    </message>
    <message>
        <source>Alert notices are muted for an hour.</source>
        <translation>Alarmbenachrichtigungen sind für eine Stunde stummgeschaltet.</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Entwarnung: %1</translation>
    </message>
    <message>
        <source>&amp;Notification Channels…</source>
        <translation>Benachrichtigungs&amp;kanäle …</translation>
    </message>
    <message>
        <source>Send alert notices to webhooks, Slack-compatible chats and e-mail</source>
        <translation>Alarmbenachrichtigungen an Webhooks, Slack-kompatible Chats und per E-Mail senden</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertDispatcher</name>
    <message>
        <source>The password of “%1” could not be stored: %2 It is used until Eventscope quits; enter it again after a restart.</source>
        <translation>Das Passwort von „%1“ konnte nicht gespeichert werden: %2 Es wird verwendet, bis Eventscope beendet wird; geben Sie es nach einem Neustart erneut ein.</translation>
    </message>
    <message>
        <source>The password of the e-mail channel “%1” could not be read: %2 Enter it again under Alerts → Notification Channels.</source>
        <translation>Das Passwort des E-Mail-Kanals „%1“ konnte nicht gelesen werden: %2 Geben Sie es unter Alarme → Benachrichtigungskanäle erneut ein.</translation>
    </message>
    <message>
        <source>No password is stored for the e-mail channel “%1”. Enter it under Alerts → Notification Channels.</source>
        <translation>Für den E-Mail-Kanal „%1“ ist kein Passwort gespeichert. Geben Sie es unter Alarme → Benachrichtigungskanäle ein.</translation>
    </message>
    <message>
        <source>An alert could not be sent to “%1”: %2</source>
        <translation>Ein Alarm konnte nicht an „%1“ gesendet werden: %2</translation>
    </message>
    <message>
        <source>The alert “%1” could not be sent to “%2”: %3</source>
        <translation>Der Alarm „%1“ konnte nicht an „%2“ gesendet werden: %3</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertHistoryModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Historisch</translation>
    </message>
    <message>
        <source>Live, muted</source>
        <translation>Live, stummgeschaltet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>%1 · %2: delivered</source>
        <translation>%1 · %2: zugestellt</translation>
    </message>
    <message>
        <source>%1 · %2: failed: %3</source>
        <translation>%1 · %2: fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertPayload</name>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1: %2 fired (value %3, mark %4)</source>
        <translation>%1: %2 ausgelöst (Wert %3, Schwelle %4)</translation>
    </message>
    <message>
        <source>%1: %2 is still firing (value %3, mark %4)</source>
        <translation>%1: %2 ist weiterhin ausgelöst (Wert %3, Schwelle %4)</translation>
    </message>
    <message>
        <source>%1 resolved: %2 (value %3, recovery level %4)</source>
        <translation>%1: Entwarnung für %2 (Wert %3, Entwarnungsschwelle %4)</translation>
    </message>
    <message>
        <source>%1 in workspace %2</source>
        <translation>%1 im Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>%1: %2 fired (%3, mark %4)</source>
        <translation>%1: %2 ausgelöst (%3, Schwelle %4)</translation>
    </message>
    <message>
        <source>%1: %2 still firing (%3, mark %4)</source>
        <translation>%1: %2 weiterhin ausgelöst (%3, Schwelle %4)</translation>
    </message>
    <message>
        <source>Resolved: %1 (%2, %3)</source>
        <translation>Entwarnung: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>This is a test message from Eventscope: the numbers are made up.</source>
        <translation>Dies ist eine Testnachricht von Eventscope: die Zahlen sind erfunden.</translation>
    </message>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Regel: %1 (%2)</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Recovery level: %1</source>
        <translation>Entwarnungsschwelle: %1</translation>
    </message>
    <message>
        <source>Mark: %1</source>
        <translation>Schwelle: %1</translation>
    </message>
    <message>
        <source>Metric over the window: %1</source>
        <translation>Metrik im Zeitfenster: %1</translation>
    </message>
    <message>
        <source>Metric over the baseline: %1</source>
        <translation>Metrik in der Vergleichsbasis: %1</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Zeitfenster: %1</translation>
    </message>
    <message>
        <source>Baseline window: %1</source>
        <translation>Zeitfenster der Vergleichsbasis: %1</translation>
    </message>
    <message>
        <source>Fired at: %1</source>
        <translation>Ausgelöst am: %1</translation>
    </message>
    <message>
        <source>Reminder at: %1</source>
        <translation>Erinnerung am: %1</translation>
    </message>
    <message>
        <source>Resolved at: %1</source>
        <translation>Entwarnung am: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Incident %1 in the alert history of Eventscope.</source>
        <translation>Vorfall %1 im Alarmverlauf von Eventscope.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation>Entwarnungsschwelle</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Download spike</source>
        <translation>Download-Spitze</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertRulesModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 · muted until %2</source>
        <translation>%1 · stummgeschaltet bis %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertToast</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 Std. pausieren</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>Still firing</source>
        <translation>Weiterhin ausgelöst</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show the rule&apos;s metric on the dashboard for the window it read</source>
        <translation>Die Metrik der Regel im Dashboard für das ausgewertete Zeitfenster anzeigen</translation>
    </message>
    <message>
        <source>Mark the incident as seen in the alert history</source>
        <translation>Den Vorfall im Alarmverlauf als gesehen markieren</translation>
    </message>
    <message>
        <source>No notices from this rule for an hour; it is still evaluated and recorded</source>
        <translation>Eine Stunde lang keine Benachrichtigungen von dieser Regel; sie wird weiterhin ausgewertet und aufgezeichnet</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>value %1, back at or below %2</source>
        <translation>Wert %1, wieder bei oder unter %2</translation>
    </message>
    <message>
        <source>value %1 above %2</source>
        <translation>Wert %1 über %2</translation>
    </message>
    <message>
        <source>value %1, back at or above %2</source>
        <translation>Wert %1, wieder bei oder über %2</translation>
    </message>
    <message>
        <source>value %1 below %2</source>
        <translation>Wert %1 unter %2</translation>
    </message>
    <message>
        <source>value %1, back within %2 to %3</source>
        <translation>Wert %1, wieder zwischen %2 und %3</translation>
    </message>
    <message>
        <source>change %1, back under %2</source>
        <translation>Änderung %1, wieder unter %2</translation>
    </message>
    <message>
        <source>change %1, mark %2</source>
        <translation>Änderung %1, Schwelle %2</translation>
    </message>
    <message>
        <source>%1 again: %2</source>
        <translation>%1 wieder vorhanden: %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1: none for %2 min</source>
        <translation>%1: seit %2 min keine</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertTray</name>
    <message>
        <source>&amp;Show Eventscope</source>
        <translation>Eventscope &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Manage Alerts…</source>
        <translation>&amp;Alarme verwalten …</translation>
    </message>
    <message>
        <source>Eventscope — no alerts firing</source>
        <translation>Eventscope – keine Alarme ausgelöst</translation>
    </message>
    <message>
        <source>Eventscope — firing alerts: %1</source>
        <translation>Eventscope – ausgelöste Alarme: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertsController</name>
    <message>
        <source>desktop user</source>
        <translation>Desktop-Benutzer</translation>
    </message>
    <message>
        <source>Alerts are off for this workspace: %1</source>
        <translation>Alarme sind für diesen Arbeitsbereich ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>The example alert rules could not be added: %1</source>
        <translation>Die Beispiel-Alarmregeln konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>No workspace is open. Open one, then try again.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Öffnen Sie einen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The alert rule &quot;%1&quot; no longer exists.</source>
        <translation>Die Alarmregel „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Some notification channels of the workspace cannot be used: %1</source>
        <translation>Einige Benachrichtigungskanäle des Arbeitsbereichs können nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::AlertsDialog</name>
    <message>
        <source>Manage Alerts</source>
        <translation>Alarme verwalten</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Vorfälle: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Filter by name, metric or condition</source>
        <translation>Nach Name, Metrik oder Bedingung filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Abklingend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Live and historical</source>
        <translation>Live und historisch</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>Nur live</translation>
    </message>
    <message>
        <source>Historical only</source>
        <translation>Nur historisch</translation>
    </message>
    <message>
        <source>Historical incidents were found in data imported after the fact; they were recorded but never notified.</source>
        <translation>Historische Vorfälle wurden in nachträglich importierten Daten gefunden; sie wurden aufgezeichnet, aber nie gemeldet.</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Neuer Alarm</translation>
    </message>
    <message>
        <source>Delete alert rule</source>
        <translation>Alarmregel löschen</translation>
    </message>
    <message>
        <source>Delete the alert rule “%1”? Its history is kept.</source>
        <translation>Die Alarmregel „%1“ löschen? Ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Export Alert History</source>
        <translation>Alarmverlauf exportieren</translation>
    </message>
    <message>
        <source>alert history.csv</source>
        <translation>Alarmverlauf.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2. Choose another folder.</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>es::ui::ApiPage</name>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>none (loopback only)</source>
        <translation>keine (nur Loopback)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen …</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>Address and port, such as 127.0.0.1:8080 or [::1]:8080; port 0 picks a free one. Another address than loopback needs a token file.</source>
        <translation>Adresse und Port, etwa 127.0.0.1:8080 oder [::1]:8080; Port 0 wählt einen freien Port. Eine andere Adresse als Loopback braucht eine Token-Datei.</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token-Datei:</translation>
    </message>
    <message>
        <source>A file only you can read (chmod 600) holding the bearer token that clients send. Used the next time the server starts.</source>
        <translation>Eine Datei, die nur Sie lesen können (chmod 600), mit dem Bearer-Token, das Clients senden. Wird beim nächsten Start des Servers verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on. Write ADDRESS:PORT, such as 127.0.0.1:8080 or [::1]:8080.</source>
        <translation>„%1“ ist keine Adresse zum Lauschen. Schreiben Sie ADRESSE:PORT, etwa 127.0.0.1:8080 oder [::1]:8080.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers in: choose a token file, or listen on 127.0.0.1.</source>
        <translation>Wenn auf %1 gelauscht wird, können andere Computer zugreifen: Wählen Sie eine Token-Datei oder lauschen Sie auf 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>es::ui::ApiServerDialog</name>
    <message>
        <source>Local API Server</source>
        <translation>Lokaler API-Server</translation>
    </message>
    <message>
        <source>Scripts and notebooks can read the open workspace over HTTP while this runs: event counts, event search, query tables and health, read-only (docs/API.md).</source>
        <translation>Skripte und Notebooks können den geöffneten Arbeitsbereich über HTTP lesen, solange dieser Server läuft: Ereigniszahlen, Ereignissuche, Abfragetabellen und Zustand, schreibgeschützt (docs/API.md).</translation>
    </message>
    <message>
        <source>Address and port; another address than loopback needs a token file</source>
        <translation>Adresse und Port; eine andere Adresse als Loopback braucht eine Token-Datei</translation>
    </message>
    <message>
        <source>none (loopback only)</source>
        <translation>keine (nur Loopback)</translation>
    </message>
    <message>
        <source>A file only you can read (chmod 600) holding the bearer token</source>
        <translation>Eine Datei, die nur Sie lesen können (chmod 600), mit dem Bearer-Token</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token-Datei:</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>Der Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server stopped unexpectedly (exit code %1).</source>
        <translation>Der Server hat sich unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>&amp;Stop Server</source>
        <translation>Server &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Listening on &lt;a href=&quot;%1/api/v1/health&quot;&gt;%1/api/v1/&lt;/a&gt;</source>
        <translation>Lauscht auf &lt;a href=&quot;%1/api/v1/health&quot;&gt;%1/api/v1/&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
</context>
<context>
    <name>es::ui::BacktestChart</name>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Preview the last 7 days</source>
        <translation>Vorschau der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Try the rule on the last 7 days, evaluated as often as the rule is</source>
        <translation>Die Regel an den letzten 7 Tagen erproben, so oft ausgewertet wie die Regel selbst</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Preview the last 30 days</source>
        <translation>Vorschau der letzten 30 Tage</translation>
    </message>
    <message>
        <source>Try the rule on the last 30 days, evaluated at least every hour</source>
        <translation>Die Regel an den letzten 30 Tagen erproben, mindestens stündlich ausgewertet</translation>
    </message>
    <message>
        <source>Backtest chart</source>
        <translation>Backtest-Diagramm</translation>
    </message>
    <message>
        <source>The rule&apos;s value at each evaluation, its marks, and the spans where it would have been active</source>
        <translation>Der Wert der Regel bei jeder Auswertung, ihre Schwellen und die Zeitspannen, in denen sie aktiv gewesen wäre</translation>
    </message>
    <message>
        <source>Backtest result</source>
        <translation>Backtest-Ergebnis</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Daten werden gelesen …</translation>
    </message>
    <message>
        <source>No workspace is open, so the rule cannot be tried on past data. Open a workspace to see where it would have fired.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet, daher kann die Regel nicht an früheren Daten erprobt werden. Öffnen Sie einen Arbeitsbereich, um zu sehen, wo sie ausgelöst hätte.</translation>
    </message>
    <message>
        <source>Correct the rule to see where it would have fired.</source>
        <translation>Korrigieren Sie die Regel, um zu sehen, wo sie ausgelöst hätte.</translation>
    </message>
    <message>
        <source>Reading the last %1 days…</source>
        <translation>Die letzten %1 Tage werden gelesen …</translation>
    </message>
    <message>
        <source>Would not have fired in the last %1 days.</source>
        <translation>Hätte in den letzten %1 Tagen nicht ausgelöst.</translation>
    </message>
    <message>
        <source>Would have fired once in the last %1 days (total %2).</source>
        <translation>Hätte in den letzten %1 Tagen einmal ausgelöst (insgesamt %2).</translation>
    </message>
    <message numerus="yes">
        <source>Would have fired %n times in the last %1 days (total %2).</source>
        <translation>
            <numerusform>Hätte in den letzten %1 Tagen %n-mal ausgelöst (insgesamt %2).</numerusform>
            <numerusform>Hätte in den letzten %1 Tagen %n-mal ausgelöst (insgesamt %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>One reminder would have gone out.</source>
        <translation>Eine Erinnerung wäre verschickt worden.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders would have gone out.</source>
        <translation>
            <numerusform>%n Erinnerung wäre verschickt worden.</numerusform>
            <numerusform>%n Erinnerungen wären verschickt worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It would still be active at the end.</source>
        <translation>Am Ende wäre der Alarm noch aktiv.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>There is no evaluation to show.</source>
        <translation>Es gibt keine Auswertung zum Anzeigen.</translation>
    </message>
    <message>
        <source>High-mark %1</source>
        <translation>Obere Schwelle %1</translation>
    </message>
    <message>
        <source>Recovers at %1</source>
        <translation>Entwarnung bei %1</translation>
    </message>
    <message>
        <source>Low-mark %1</source>
        <translation>Untere Schwelle %1</translation>
    </message>
    <message>
        <source>Upper recovery %1</source>
        <translation>Obere Entwarnungsschwelle %1</translation>
    </message>
    <message>
        <source>Lower recovery %1</source>
        <translation>Untere Entwarnungsschwelle %1</translation>
    </message>
    <message>
        <source>Fires at %1</source>
        <translation>Auslösung bei %1</translation>
    </message>
    <message>
        <source>Recovers below %1</source>
        <translation>Entwarnung unter %1</translation>
    </message>
    <message>
        <source>Change of %1 (%)</source>
        <translation>Veränderung von %1 (%)</translation>
    </message>
    <message>
        <source>Change of %1</source>
        <translation>Veränderung von %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The workspace has no data yet, so the rule cannot be tried on the past. Import a log file to see where it would have fired.</source>
        <translation>Der Arbeitsbereich enthält noch keine Daten, daher kann die Regel nicht an der Vergangenheit erprobt werden. Importieren Sie eine Logdatei, um zu sehen, wo sie ausgelöst hätte.</translation>
    </message>
    <message>
        <source>This workspace has no &quot;%1&quot; to filter on. Change the filter, or add the params key with &quot;eventscope analytics --params&quot;.</source>
        <translation>Dieser Arbeitsbereich hat kein „%1“, nach dem gefiltert werden kann. Ändern Sie den Filter oder fügen Sie den params-Schlüssel mit „eventscope analytics --params“ hinzu.</translation>
    </message>
    <message>
        <source>Evaluated every %1 here (the rule: every %2), so that %3 days read quickly.</source>
        <translation>Hier alle %1 ausgewertet (die Regel: alle %2), damit %3 Tage schnell gelesen werden.</translation>
    </message>
    <message>
        <source>The data ends on %1; the days before that are shown.</source>
        <translation>Die Daten enden am %1; angezeigt werden die Tage davor.</translation>
    </message>
    <message>
        <source>The data does not reach back one whole window of the rule yet, so there is nothing to try it on.</source>
        <translation>Die Daten reichen noch nicht ein ganzes Zeitfenster der Regel zurück, daher gibt es nichts, woran sie erprobt werden könnte.</translation>
    </message>
    <message>
        <source>The data starts on %1.</source>
        <translation>Die Daten beginnen am %1.</translation>
    </message>
</context>
<context>
    <name>es::ui::CellFormatter</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <comment>kilobytes</comment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>terabytes</comment>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>No bucket to compare with (a clock change skipped it)</source>
        <translation>Kein Vergleichsintervall (durch eine Zeitumstellung übersprungen)</translation>
    </message>
    <message>
        <source>No percentage: the previous value is 0</source>
        <translation>Kein Prozentwert: der vorherige Wert ist 0</translation>
    </message>
    <message>
        <source>No value: nothing to compute it from</source>
        <translation>Kein Wert: keine Grundlage für die Berechnung</translation>
    </message>
</context>
<context>
    <name>es::ui::ChannelsDialog</name>
    <message>
        <source>Notification Channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <source>Alert notices appear on screen and go to every enabled channel below: fired, reminders and resolved. Passwords are kept in the system keychain, never in the workspace.</source>
        <translation>Alarmbenachrichtigungen erscheinen auf dem Bildschirm und gehen an jeden unten aktivierten Kanal: Auslösungen, Erinnerungen und Entwarnungen. Passwörter werden im System-Schlüsselbund gespeichert, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Send notices to this channel</source>
        <translation>&amp;Benachrichtigungen an diesen Kanal senden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Further attempts after a failure that may pass (a timeout, a busy server), waiting 1 s, 2 s, 4 s, … in between</source>
        <translation>Weitere Versuche nach einem möglicherweise vorübergehenden Fehler (ein Timeout, ein ausgelasteter Server), mit 1 s, 2 s, 4 s, … Wartezeit dazwischen</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Time&amp;out:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>W&amp;iederholungen:</translation>
    </message>
    <message>
        <source>Send &amp;Test</source>
        <translation>Test sen&amp;den</translation>
    </message>
    <message>
        <source>Send a made-up notice, marked as a test, to this channel now</source>
        <translation>Jetzt eine erfundene, als Test gekennzeichnete Benachrichtigung an diesen Kanal senden</translation>
    </message>
    <message>
        <source>No channels yet. Use Add to send alert notices to a webhook, a Slack-compatible chat or a mailbox.</source>
        <translation>Noch keine Kanäle. Mit „Hinzufügen“ senden Sie Alarmbenachrichtigungen an einen Webhook, einen Slack-kompatiblen Chat oder ein Postfach.</translation>
    </message>
    <message>
        <source>Receives an HTTP POST for every notice: the JSON body described in the documentation, or a {&quot;text&quot;: …} message for Slack-compatible chats (Slack, Mattermost, Rocket.Chat).</source>
        <translation>Erhält für jede Benachrichtigung einen HTTP-POST: den in der Dokumentation beschriebenen JSON-Body oder eine {&quot;text&quot;: …}-Nachricht für Slack-kompatible Chats (Slack, Mattermost, Rocket.Chat).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (erforderlich)</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS)</source>
        <translation>TLS von Anfang an (SMTPS)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>oncall@example.com, team@example.com</source>
        <translation>oncall@example.com, team@example.com</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Mailserver:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(aus)</translation>
    </message>
    <message>
        <source>Usual (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>kept in the keychain; type to change</source>
        <translation>im Schlüsselbund gespeichert; zum Ändern neu eingeben</translation>
    </message>
    <message>
        <source>No login: the server must accept mail without one.</source>
        <translation>Keine Anmeldung: der Server muss E-Mails auch ohne Anmeldung annehmen.</translation>
    </message>
    <message>
        <source>Kept in the system keychain when you press OK.</source>
        <translation>Wird beim Klick auf OK im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The saved password stays in the system keychain.</source>
        <translation>Das gespeicherte Passwort bleibt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Type the password of this user.</source>
        <translation>Geben Sie das Passwort dieses Benutzers ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the settings first: %1</source>
        <translation>Korrigieren Sie zuerst die Einstellungen: %1</translation>
    </message>
    <message>
        <source>Sending a test notice…</source>
        <translation>Testbenachrichtigung wird gesendet …</translation>
    </message>
    <message>
        <source>Delivered (attempt %1 of %2). Check that the test notice arrived.</source>
        <translation>Zugestellt (Versuch %1 von %2). Prüfen Sie, ob die Testbenachrichtigung angekommen ist.</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 failed: %3</source>
        <translation>Versuch %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The test notice was not delivered: %1</source>
        <translation>Die Testbenachrichtigung wurde nicht zugestellt: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::ChartCard</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>Als PNG oder SVG exportieren …</translation>
    </message>
    <message>
        <source>Copy data as CSV</source>
        <translation>Daten als CSV kopieren</translation>
    </message>
    <message>
        <source>Open in table</source>
        <translation>In Tabelle öffnen</translation>
    </message>
    <message>
        <source>Edit widget…</source>
        <translation>Widget bearbeiten …</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Breiter</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>Schmaler</translation>
    </message>
    <message>
        <source>Taller</source>
        <translation>Höher</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Niedriger</translation>
    </message>
    <message>
        <source>Remove widget</source>
        <translation>Widget entfernen</translation>
    </message>
    <message>
        <source>Unknown dimension “%1”. Edit the widget and choose another one.</source>
        <translation>Unbekannte Dimension „%1“. Bearbeiten Sie das Widget und wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>es::ui::ClassificationPage</name>
    <message>
        <source>Add one entry at a time: &quot;%1&quot; holds a comma.</source>
        <translation>Fügen Sie jeweils nur einen Eintrag hinzu: „%1“ enthält ein Komma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension. Use letters, digits and dots, such as woff2 or tar.gz.</source>
        <translation>„%1“ ist keine Dateiendung. Verwenden Sie Buchstaben, Ziffern und Punkte, etwa woff2 oder tar.gz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space; a path pattern matches the path as logged, such as /downloads/*.</source>
        <translation>„%1“ enthält ein Leerzeichen; ein Pfadmuster passt auf den Pfad, wie er protokolliert wurde, etwa /downloads/*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; never matches: a path pattern starts with / or *, such as /downloads/*.</source>
        <translation>„%1“ passt nie: Ein Pfadmuster beginnt mit / oder *, etwa /downloads/*.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short: a crawler token needs at least 3 characters.</source>
        <translation>„%1“ ist zu kurz: Ein Crawler-Token braucht mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Extension, such as avif</source>
        <translation>Dateiendung, etwa avif</translation>
    </message>
    <message>
        <source>Extension (such as dmg) or path pattern (such as /downloads/*)</source>
        <translation>Dateiendung (etwa dmg) oder Pfadmuster (etwa /downloads/*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>User-agent token, such as AcmeProbe</source>
        <translation>User-Agent-Token, etwa AcmeProbe</translation>
    </message>
    <message>
        <source>&amp;Static assets:</source>
        <translation>&amp;Statische Ressourcen:</translation>
    </message>
    <message>
        <source>Requests for these extensions are never page views.</source>
        <translation>Anfragen nach diesen Dateiendungen sind nie Seitenaufrufe.</translation>
    </message>
    <message>
        <source>&amp;Downloads:</source>
        <translation>&amp;Downloads:</translation>
    </message>
    <message>
        <source>&amp;Page-view event:</source>
        <translation>Seitenaufruf-&amp;Ereignis:</translation>
    </message>
    <message>
        <source>The JSON event type that counts as a page view; empty for none.</source>
        <translation>Der JSON-Ereignistyp, der als Seitenaufruf zählt; leer für keinen.</translation>
    </message>
    <message>
        <source>More &amp;crawlers:</source>
        <translation>Weitere &amp;Crawler:</translation>
    </message>
    <message>
        <source>User agents containing one of these (in any case) are bots, on top of the built-in list.</source>
        <translation>User-Agents, die einen dieser Einträge enthalten (ohne Beachtung der Groß-/Kleinschreibung), sind Bots, zusätzlich zur eingebauten Liste.</translation>
    </message>
    <message>
        <source>Static assets</source>
        <translation>Statische Ressourcen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>More crawlers</source>
        <translation>Weitere Crawler</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is typed but not added. Press Add, or clear the field.</source>
        <translation>%1: „%2“ ist eingegeben, aber nicht hinzugefügt. Klicken Sie auf „Hinzufügen“ oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>es::ui::CsvReportWriter</name>
    <message>
        <source>&quot;%1&quot; could not be written (%2). If it is open in another program, close it there; otherwise choose a folder you can write to, on a disk with free space.</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2). Wenn die Datei in einem anderen Programm geöffnet ist, schließen Sie sie dort; andernfalls wählen Sie einen Ordner, in den Sie schreiben dürfen, auf einem Datenträger mit freiem Platz.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created. Choose a folder you can write to.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>es::ui::DashboardPage</name>
    <message>
        <source>Updated %1 (%2 ms)</source>
        <translation>Aktualisiert um %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo the last change of range or filters (%1)</source>
        <translation>Letzte Änderung an Zeitraum oder Filtern rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Redo the change undone with Back (%1)</source>
        <translation>Mit „Zurück“ rückgängig gemachte Änderung wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>Bucket size of charts over time; Auto picks 30 to 200 points for the range.</source>
        <translation>Intervallgröße der Diagramme im Zeitverlauf; „Automatisch“ wählt 30 bis 200 Punkte für den Zeitraum.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By minute</source>
        <translation>Pro Minute</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Pro Quartal</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Period to compare with: drawn dashed in charts, as a change in KPI tiles.</source>
        <translation>Vergleichszeitraum: in Diagrammen gestrichelt dargestellt, in KPI-Kacheln als Veränderung.</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>Vergleich mit Vorperiode</translation>
    </message>
    <message>
        <source>vs week before</source>
        <translation>Vergleich mit Vorwoche</translation>
    </message>
    <message>
        <source>vs month before</source>
        <translation>Vergleich mit Vormonat</translation>
    </message>
    <message>
        <source>vs year before</source>
        <translation>Vergleich mit Vorjahr</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Which clients count. By default page views, visitors and sessions leave bots out; hits and bytes include them.</source>
        <translation>Welche Clients gezählt werden. Standardmäßig schließen Seitenaufrufe, Besucher und Sitzungen Bots aus; Hits und Bytes schließen sie ein.</translation>
    </message>
    <message>
        <source>Bots: default</source>
        <translation>Bots: Standard</translation>
    </message>
    <message>
        <source>Bots included</source>
        <translation>Mit Bots</translation>
    </message>
    <message>
        <source>Bots excluded</source>
        <translation>Ohne Bots</translation>
    </message>
    <message>
        <source>Bots only</source>
        <translation>Nur Bots</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Refresh every second as new data is committed (%1)</source>
        <translation>Jede Sekunde aktualisieren, sobald neue Daten gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Query again (%1)</source>
        <translation>Erneut abfragen (%1)</translation>
    </message>
</context>
<context>
    <name>es::ui::DashboardSidebar</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <source>New dashboard…</source>
        <translation>Neues Dashboard …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Restore default dashboards</source>
        <translation>Standard-Dashboards wiederherstellen</translation>
    </message>
    <message>
        <source>%1: the last 30 minutes, refreshed every second</source>
        <translation>%1: die letzten 30 Minuten, jede Sekunde aktualisiert</translation>
    </message>
</context>
<context>
    <name>es::ui::DashboardView</name>
    <message>
        <source>Edit widget</source>
        <translation>Widget bearbeiten</translation>
    </message>
    <message>
        <source>Add widget</source>
        <translation>Widget hinzufügen</translation>
    </message>
</context>
<context>
    <name>es::ui::Dashboards</name>
    <message>
        <source>KPI tile</source>
        <translation>KPI-Kachel</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <source>Area chart</source>
        <translation>Flächendiagramm</translation>
    </message>
    <message>
        <source>Stacked bars over time</source>
        <translation>Gestapelte Balken im Zeitverlauf</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation>Kreisdiagramm</translation>
    </message>
    <message>
        <source>Donut chart</source>
        <translation>Ringdiagramm</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>Top-N table</source>
        <translation>Top-N-Tabelle</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Veränderungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 by %2 over time</source>
        <translation>%1 nach %2 im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 against %2 by %3</source>
        <translation>%1 gegen %2 nach %3</translation>
    </message>
    <message>
        <source>%1 on the move</source>
        <translation>%1: größte Veränderungen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>A stored dashboard has no id or title.</source>
        <translation>Ein gespeichertes Dashboard hat keine ID oder keinen Titel.</translation>
    </message>
    <message>
        <source>The stored dashboards cannot be read (%1); the defaults are shown.</source>
        <translation>Die gespeicherten Dashboards können nicht gelesen werden (%1); es werden die Standard-Dashboards angezeigt.</translation>
    </message>
    <message>
        <source>The %1 dashboard as shown on screen.</source>
        <translation>Das Dashboard „%1“, wie es auf dem Bildschirm angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>es::ui::DataPage</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Raw events (search):</source>
        <translation>&amp;Rohereignisse (Suche):</translation>
    </message>
    <message>
        <source>&amp;Minute rollups:</source>
        <translation>&amp;Minutenaggregate:</translation>
    </message>
    <message>
        <source>&amp;Hour rollups:</source>
        <translation>&amp;Stundenaggregate:</translation>
    </message>
    <message>
        <source>Minute rollups of &amp;paths:</source>
        <translation>Minutenaggregate von P&amp;faden:</translation>
    </message>
    <message>
        <source>Hour rollups of pa&amp;ths:</source>
        <translation>Stundenaggregate von Pfa&amp;den:</translation>
    </message>
    <message>
        <source>Day rollups: forever</source>
        <translation>Tagesaggregate: unbegrenzt</translation>
    </message>
    <message>
        <source>Counted back from the newest event. Lowering a period removes the older rows when you press OK.</source>
        <translation>Zurückgerechnet vom neuesten Ereignis. Wenn Sie einen Zeitraum verkürzen, werden die älteren Zeilen beim Klick auf OK entfernt.</translation>
    </message>
    <message>
        <source>Pre-aggregate</source>
        <translation>Voraggregation</translation>
    </message>
    <message>
        <source>none; for example plan, os_type</source>
        <translation>keine; zum Beispiel plan, os_type</translation>
    </message>
    <message>
        <source>none; for example country:browser</source>
        <translation>keine; zum Beispiel country:browser</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>params.* &amp;keys:</source>
        <translation>params.*-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>P&amp;airs:</source>
        <translation>&amp;Paare:</translation>
    </message>
    <message>
        <source>Fewer groups import faster and take less space; queries that need a group that is off say so. At most %1 params keys and %2 pairs; one that is removed loses its rows.</source>
        <translation>Mit weniger Gruppen geht der Import schneller und braucht weniger Platz; Abfragen, die eine ausgeschaltete Gruppe benötigen, weisen darauf hin. Höchstens %1 params-Schlüssel und %2 Paare; was entfernt wird, verliert seine Zeilen.</translation>
    </message>
    <message>
        <source>raw events</source>
        <translation>Rohereignisse</translation>
    </message>
    <message>
        <source>minute rollups</source>
        <translation>Minutenaggregate</translation>
    </message>
    <message>
        <source>hour rollups</source>
        <translation>Stundenaggregate</translation>
    </message>
    <message>
        <source>minute rollups of paths</source>
        <translation>Minutenaggregate von Pfaden</translation>
    </message>
    <message>
        <source>hour rollups of paths</source>
        <translation>Stundenaggregate von Pfaden</translation>
    </message>
    <message>
        <source>Enter how many days %1 are kept: 0 (forever) to %2.</source>
        <translation>Geben Sie ein, wie viele Tage %1 aufbewahrt werden: 0 (unbegrenzt) bis %2.</translation>
    </message>
</context>
<context>
    <name>es::ui::DemoKafka</name>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>The Kafka demo cluster did not answer. Open the demo workspace again to retry.</source>
        <translation>Der Kafka-Demo-Cluster hat nicht geantwortet. Öffnen Sie den Demo-Arbeitsbereich erneut, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>es::ui::DimensionCard</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 (MB)</source>
        <translation>%1 (MB)</translation>
    </message>
    <message>
        <source>Legend of %1</source>
        <translation>Legende von %1</translation>
    </message>
    <message>
        <source>%1: click to hide or show its slice</source>
        <translation>%1: klicken, um das Segment aus- oder einzublenden</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
</context>
<context>
    <name>es::ui::EmailNotifier</name>
    <message>
        <source>The channel %1 is a webhook, not e-mail.</source>
        <translation>Der Kanal %1 ist ein Webhook, keine E-Mail.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The mail server %1 accepted the message for %2.</source>
        <translation>Der Mailserver %1 hat die Nachricht für %2 angenommen.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found. Check the host name and the network.</source>
        <translation>Der Mailserver %1 wurde nicht gefunden. Prüfen Sie den Hostnamen und das Netzwerk.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: the connection was refused or the host cannot be reached. Check the host and port.</source>
        <translation>Keine Verbindung zum Mailserver %1: die Verbindung wurde abgelehnt oder der Host ist nicht erreichbar. Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within the timeout of %2 s.</source>
        <translation>Der Mailserver %1 hat nicht innerhalb des Timeouts von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or password (%2). Check the user and the password kept in the keychain.</source>
        <translation>Der Mailserver %1 hat den Benutzernamen oder das Passwort abgelehnt (%2). Prüfen Sie den Benutzer und das im Schlüsselbund gespeicherte Passwort.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, so nothing was sent unencrypted. Choose TLS if the port expects encryption from the start (usually 465), or no encryption if the server has none.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an, daher wurde nichts unverschlüsselt gesendet. Wählen Sie TLS, wenn der Port von Anfang an Verschlüsselung erwartet (meist 465), oder keine Verschlüsselung, wenn der Server keine hat.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted: %2. Check the host name and the server&apos;s certificate.</source>
        <translation>Dem Zertifikat des Mailservers %1 wird nicht vertraut: %2. Prüfen Sie den Hostnamen und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The secure connection to the mail server %1 failed: %2. Check the port and the security mode (STARTTLS usually uses port 587, TLS port 465).</source>
        <translation>Die sichere Verbindung zum Mailserver %1 ist fehlgeschlagen: %2. Prüfen Sie den Port und den Sicherheitsmodus (STARTTLS verwendet meist Port 587, TLS Port 465).</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2. Check the sender and recipient addresses.</source>
        <translation>Der Mailserver %1 hat die Nachricht abgelehnt: %2. Prüfen Sie die Absender- und Empfängeradressen.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot take the message now: %2.</source>
        <translation>Der Mailserver %1 kann die Nachricht derzeit nicht annehmen: %2.</translation>
    </message>
    <message>
        <source>Sending the e-mail through %1 failed: %2.</source>
        <translation>Das Senden der E-Mail über %1 ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>es::ui::EventBrowser</name>
    <message>
        <source>Event Browser</source>
        <translation>Ereignis-Browser</translation>
    </message>
    <message>
        <source>The workspace cannot be read: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open a workspace to browse its events.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Ereignisse zu durchsuchen.</translation>
    </message>
    <message>
        <source>Opening the events…</source>
        <translation>Ereignisse werden geöffnet …</translation>
    </message>
    <message>
        <source>Events by type (counting…)</source>
        <translation>Ereignisse nach Typ (wird gezählt …)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Ereignisse nach Typ</translation>
    </message>
    <message>
        <source>Events by type: %1</source>
        <translation>Ereignisse nach Typ: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No events match the filters. Widen the time range or clear a filter.</source>
        <translation>Keine Ereignisse entsprechen den Filtern. Erweitern Sie den Zeitraum oder entfernen Sie einen Filter.</translation>
    </message>
    <message>
        <source>%1 of %2 matching events loaded</source>
        <translation>%1 von %2 passenden Ereignissen geladen</translation>
    </message>
    <message>
        <source>%1 events loaded</source>
        <translation>%1 Ereignisse geladen</translation>
    </message>
    <message>
        <source>(the newest %1 are kept; narrow the range or the filters to see older ones, or export them)</source>
        <translation>(die neuesten %1 werden behalten; grenzen Sie den Zeitraum oder die Filter ein, um ältere zu sehen, oder exportieren Sie sie)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 events exported to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>HTTP status: codes such as 404, classes such as 5xx, or &quot;none&quot;, separated by commas</source>
        <translation>HTTP-Status: Codes wie 404, Klassen wie 5xx oder „none“, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>Suchtext (Strg+F)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Events whose line contains this text, ignoring case</source>
        <translation>Ereignisse, deren Zeile diesen Text enthält, ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Write every event that matches the filters to a CSV file</source>
        <translation>Alle Ereignisse, die den Filtern entsprechen, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Click a type to show only its events</source>
        <translation>Klicken Sie auf einen Typ, um nur seine Ereignisse anzuzeigen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Loading the event…</source>
        <translation>Das Ereignis wird geladen…</translation>
    </message>
    <message>
        <source>The event cannot be read: %1. Open the workspace again.</source>
        <translation>Das Ereignis kann nicht gelesen werden: %1. Öffnen Sie den Arbeitsbereich erneut.</translation>
    </message>
</context>
<context>
    <name>es::ui::EventBrowserActions</name>
    <message>
        <source>&amp;Event Browser</source>
        <translation>&amp;Ereignis-Browser</translation>
    </message>
    <message>
        <source>Search and read the raw events of the workspace</source>
        <translation>Die Rohereignisse des Arbeitsbereichs durchsuchen und lesen</translation>
    </message>
</context>
<context>
    <name>es::ui::EventCsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Free some disk space or choose another place.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>es::ui::EventDetail</name>
    <message>
        <source>Event text</source>
        <translation>Ereignistext</translation>
    </message>
    <message>
        <source>Select an event to see all of it.</source>
        <translation>Wählen Sie ein Ereignis aus, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Event fields</source>
        <translation>Ereignisfelder</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, Byte %2</translation>
    </message>
    <message>
        <source>Kept in the workspace</source>
        <translation>Im Arbeitsbereich gespeichert</translation>
    </message>
</context>
<context>
    <name>es::ui::EventSearchWorker</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>es::ui::EventTableModel</name>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>es::ui::FilterBar</name>
    <message>
        <source>Click a bar, slice or row to filter by it.</source>
        <translation>Klicken Sie auf einen Balken, ein Segment oder eine Zeile, um danach zu filtern.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2  ×</source>
        <translation>%1: %2  ×</translation>
    </message>
    <message>
        <source>Remove this filter (Delete)</source>
        <translation>Diesen Filter entfernen (Entf)</translation>
    </message>
    <message>
        <source>Filter %1 is %2; press to remove</source>
        <translation>Filter %1 ist %2; zum Entfernen drücken</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
</context>
<context>
    <name>es::ui::FilterListEditor</name>
    <message>
        <source>One or more values separated by commas; any of them matches</source>
        <translation>Ein oder mehrere Werte, durch Kommas getrennt; jeder davon passt</translation>
    </message>
    <message>
        <source>e.g. DE, AT</source>
        <translation>z. B. DE, AT</translation>
    </message>
    <message>
        <source>&amp;Add filter</source>
        <translation>&amp;Filter hinzufügen</translation>
    </message>
    <message>
        <source>Count only events with these values of a dimension; separate several values with commas</source>
        <translation>Nur Ereignisse mit diesen Werten einer Dimension zählen; mehrere Werte durch Kommas trennen</translation>
    </message>
    <message>
        <source>Filter dimension</source>
        <translation>Filterdimension</translation>
    </message>
    <message>
        <source>The dimension to filter on</source>
        <translation>Die Dimension, nach der gefiltert wird</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translation>Filterwerte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>es::ui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System colours</source>
        <translation>Systemfarben</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Applied at once when you press OK or Apply.</source>
        <translation>Wird sofort angewendet, wenn Sie OK oder Übernehmen drücken.</translation>
    </message>
</context>
<context>
    <name>es::ui::ImportDialog</name>
    <message>
        <source>Import Logs</source>
        <translation>Logs importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;cent</source>
        <translation>Zu&amp;letzt verwendet</translation>
    </message>
    <message>
        <source>Detect for each file</source>
        <translation>Für jede Datei erkennen</translation>
    </message>
    <message>
        <source>Custom LogFormat…</source>
        <translation>Eigenes LogFormat…</translation>
    </message>
    <message>
        <source>Apache LogFormat, e.g. %h %l %u %t &quot;%r&quot; %&gt;s %b</source>
        <translation>Apache-LogFormat, z. B. %h %l %u %t &quot;%r&quot; %&gt;s %b</translation>
    </message>
    <message>
        <source>Times without an offset are in</source>
        <translation>Zeiten ohne Offset gelten in</translation>
    </message>
    <message>
        <source>Unchecked: times are as written in the file; times without an offset are UTC</source>
        <translation>Nicht aktiviert: Zeiten gelten wie in der Datei angegeben; Zeiten ohne Offset sind UTC</translation>
    </message>
    <message>
        <source>e.g. shop.example.com — for lines that name no virtual host</source>
        <translation>z. B. shop.example.com — für Zeilen, die keinen virtuellen Host nennen</translation>
    </message>
    <message>
        <source>&amp;Follow the files: keep importing lines as they are appended, until stopped</source>
        <translation>Dateien &amp;verfolgen: neu angehängte Zeilen weiter importieren, bis zum Stoppen</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Add log files</source>
        <translation>Logdateien hinzufügen</translation>
    </message>
    <message>
        <source>Logs (*.log *.log.* *.gz *.bz2 *.json *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Logs (*.log *.log.* *.gz *.bz2 *.json *.jsonl *.ndjson *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add the files of a folder</source>
        <translation>Dateien eines Ordners hinzufügen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>Type the Apache LogFormat of the files, e.g. %h %l %u %t &quot;%r&quot; %&gt;s %b.</source>
        <translation>Geben Sie das Apache-LogFormat der Dateien ein, z. B. %h %l %u %t &quot;%r&quot; %&gt;s %b.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Add log files or a folder, or drop them on this window.</source>
        <translation>Fügen Sie Logdateien oder einen Ordner hinzu oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Choose a file to see its first lines.</source>
        <translation>Wählen Sie eine Datei, um ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No known format was detected (%1).</source>
        <translation>Kein bekanntes Format erkannt (%1).</translation>
    </message>
    <message>
        <source>Detected: %1 (%2 of the first lines fit).</source>
        <translation>Erkannt: %1 (%2 der ersten Zeilen passen).</translation>
    </message>
    <message>
        <source>Choose a format to see the lines parsed.</source>
        <translation>Wählen Sie ein Format, um die ausgewerteten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Parsed as %1:</source>
        <translation>Ausgewertet als %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed among the first %1 lines.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile unter den ersten %1.</numerusform>
            <numerusform>%n fehlerhafte Zeilen unter den ersten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(compressed; shown decompressed)</source>
        <translation>(komprimiert; entpackt angezeigt)</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one first (File menu).</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Öffnen oder erstellen Sie zuerst einen (Menü Datei).</translation>
    </message>
    <message>
        <source>Another import is running. Wait for it to finish or stop it in the status bar.</source>
        <translation>Ein anderer Import läuft. Warten Sie, bis er beendet ist, oder stoppen Sie ihn in der Statusleiste.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Add the log files to import.</source>
        <translation>Fügen Sie die zu importierenden Logdateien hinzu.</translation>
    </message>
    <message>
        <source>The format of %1 is not known: choose its format above, or remove it.</source>
        <translation>Das Format von %1 ist unbekannt: Wählen Sie oben das Format aus oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The import could not start: another import is running or no workspace is open.</source>
        <translation>Der Import konnte nicht gestartet werden: Ein anderer Import läuft oder kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Stop Following</source>
        <translation>Verfolgen &amp;beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close this window; the import goes on, shown in the status bar</source>
        <translation>Dieses Fenster schließen; der Import läuft weiter und wird in der Statusleiste angezeigt</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>es::ui::ImportFileListModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>es::ui::ImportPreviewModel</name>
    <message>
        <source>skipped (header or comment)</source>
        <translation>übersprungen (Kopfzeile oder Kommentar)</translation>
    </message>
    <message>
        <source>Line %1 is malformed: %2
%3</source>
        <translation>Zeile %1 ist fehlerhaft: %2
%3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>es::ui::ImportProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>All files:</source>
        <translation>Alle Dateien:</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s), then following them for new lines…</source>
        <translation>
            <numerusform>%n Datei wird importiert und danach auf neue Zeilen verfolgt…</numerusform>
            <numerusform>%n Dateien werden importiert und danach auf neue Zeilen verfolgt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>following: %1 lines, waiting for more</source>
        <translation>verfolgt: %1 Zeilen, wartet auf weitere</translation>
    </message>
    <message>
        <source>Caught up; new lines are imported as they are written.</source>
        <translation>Aufgeholt; neue Zeilen werden importiert, sobald sie geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 lines, %2 malformed</source>
        <translation>%1 Zeilen, %2 fehlerhaft</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>es::ui::ImportSummaryModel</name>
    <message>
        <source>imported (continued)</source>
        <translation>importiert (fortgesetzt)</translation>
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
        <source>cancelled; importing it again continues there</source>
        <translation>abgebrochen; erneutes Importieren setzt dort fort</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Malformed lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Lines/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>es::ui::ImportSummaryPage</name>
    <message>
        <source>Show &amp;Malformed Lines…</source>
        <translation>&amp;Fehlerhafte Zeilen anzeigen…</translation>
    </message>
    <message>
        <source>The malformed lines of the selected file: line number, reason and the line</source>
        <translation>Die fehlerhaften Zeilen der ausgewählten Datei: Zeilennummer, Grund und die Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: </source>
        <translation>
            <numerusform>%n Datei importiert: </numerusform>
            <numerusform>%n Dateien importiert: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events, %2 malformed lines.</source>
        <translation>%1 Ereignisse, %2 fehlerhafte Zeilen.</translation>
    </message>
    <message>
        <source>The import was cancelled; importing the files again continues where it stopped.</source>
        <translation>Der Import wurde abgebrochen; erneutes Importieren der Dateien setzt dort fort, wo er angehalten wurde.</translation>
    </message>
    <message>
        <source>Some files could not be imported: see their status and the notes below.</source>
        <translation>Einige Dateien konnten nicht importiert werden: Siehe ihren Status und die Hinweise unten.</translation>
    </message>
</context>
<context>
    <name>es::ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>es::ui::KafkaPage</name>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>None (the first one)</source>
        <translation>Keine (die erste)</translation>
    </message>
    <message>
        <source>&amp;Default connection:</source>
        <translation>&amp;Standardverbindung:</translation>
    </message>
    <message>
        <source>Selected first in File → Kafka Connections….</source>
        <translation>Wird zuerst in Datei → Kafka-Verbindungen… ausgewählt.</translation>
    </message>
    <message>
        <source>There are no saved connections yet: add them in File → Kafka Connections….</source>
        <translation>Es gibt noch keine gespeicherten Verbindungen: Fügen Sie sie unter Datei → Kafka-Verbindungen… hinzu.</translation>
    </message>
    <message>
        <source>There is no Kafka connection &quot;%1&quot; any more. Choose another one or none.</source>
        <translation>Es gibt keine Kafka-Verbindung „%1“ mehr. Wählen Sie eine andere oder keine.</translation>
    </message>
</context>
<context>
    <name>es::ui::KafkaProfileDialog</name>
    <message>
        <source>Kafka Connections</source>
        <translation>Kafka-Verbindungen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;le</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Ein neues Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Eine Kopie des ausgewählten Profils hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored password</source>
        <translation>Das ausgewählte Profil und sein gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Shown in the Kafka menu</source>
        <translation>Wird im Kafka-Menü angezeigt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>Bootstrap-Server</translation>
    </message>
    <message>
        <source>kafka1:9092,kafka2:9092</source>
        <translation>kafka1:9092,kafka2:9092</translation>
    </message>
    <message>
        <source>One or more brokers of the cluster as host:port, separated by commas</source>
        <translation>Ein oder mehrere Broker des Clusters als host:port, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Type a topic, or Test Connection to list them</source>
        <translation>Topic eingeben oder mit „Verbindung testen“ auflisten</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <source>The Kafka consumer group; offsets are also committed to it</source>
        <translation>Die Kafka-Consumer-Gruppe; die Offsets werden auch in ihr festgeschrieben</translation>
    </message>
    <message>
        <source>Consumer &amp;group:</source>
        <translation>Consumer-&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>Sicherheitsprotokoll</translation>
    </message>
    <message>
        <source>None (PLAINTEXT)</source>
        <translation>Keines (PLAINTEXT)</translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation>TLS (SSL)</translation>
    </message>
    <message>
        <source>SASL without TLS (SASL_PLAINTEXT)</source>
        <translation>SASL ohne TLS (SASL_PLAINTEXT)</translation>
    </message>
    <message>
        <source>SASL over TLS (SASL_SSL)</source>
        <translation>SASL über TLS (SASL_SSL)</translation>
    </message>
    <message>
        <source>&amp;Security protocol:</source>
        <translation>&amp;Sicherheitsprotokoll:</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL-Mechanismus</translation>
    </message>
    <message>
        <source>SASL mec&amp;hanism:</source>
        <translation>SASL-&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>Im System-Schlüsselbund spei&amp;chern</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Das Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The password is never written to the settings. Without a keychain it is asked for at each connect.</source>
        <translation>Das Passwort wird nie in die Einstellungen geschrieben. Ohne Schlüsselbund wird es bei jedem Verbindungsaufbau abgefragt.</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>PEM file (optional)</source>
        <translation>PEM-Datei (optional)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Browse: %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Client cert&amp;ificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Cl&amp;ient-Schlüssel:</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Nachrichtenformat</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Detected from the first messages</source>
        <translation>Wird anhand der ersten Nachrichten erkannt</translation>
    </message>
    <message>
        <source>Message &amp;format:</source>
        <translation>Nachrichten&amp;format:</translation>
    </message>
    <message>
        <source>Start position</source>
        <translation>Startposition</translation>
    </message>
    <message>
        <source>Earliest: from the beginning</source>
        <translation>Earliest: von Anfang an</translation>
    </message>
    <message>
        <source>Latest: new messages only</source>
        <translation>Latest: nur neue Nachrichten</translation>
    </message>
    <message>
        <source>Stored: the group&apos;s committed offsets</source>
        <translation>Stored: die festgeschriebenen Offsets der Gruppe</translation>
    </message>
    <message>
        <source>Where partitions start that this workspace has not read yet</source>
        <translation>Wo Partitionen beginnen, die dieser Arbeitsbereich noch nicht gelesen hat</translation>
    </message>
    <message>
        <source>Start &amp;position:</source>
        <translation>Start&amp;position:</translation>
    </message>
    <message>
        <source>Extra librdkafka properties</source>
        <translation>Weitere librdkafka-Eigenschaften</translation>
    </message>
    <message>
        <source>One librdkafka property per line, e.g.
fetch.max.bytes=1048576</source>
        <translation>Eine librdkafka-Eigenschaft pro Zeile, z. B.
fetch.max.bytes=1048576</translation>
    </message>
    <message>
        <source>E&amp;xtra properties:</source>
        <translation>Weite&amp;re Eigenschaften:</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect with these settings and list the cluster&apos;s topics</source>
        <translation>Mit diesen Einstellungen verbinden und die Topics des Clusters auflisten</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Topics of the cluster</source>
        <translation>Topics des Clusters</translation>
    </message>
    <message>
        <source>Double-click a topic to use it</source>
        <translation>Doppelklicken Sie auf ein Topic, um es zu verwenden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings</source>
        <translation>Im System-Schlüsselbund gespeichert, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Not stored: asked for at each connect</source>
        <translation>Nicht gespeichert: wird bei jedem Verbindungsaufbau abgefragt</translation>
    </message>
    <message>
        <source>Enter the bootstrap servers as host:port, separated by commas.</source>
        <translation>Geben Sie die Bootstrap-Server als host:port an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The bootstrap servers contain an empty entry: remove the extra comma.</source>
        <translation>Die Bootstrap-Server enthalten einen leeren Eintrag: entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: use host:port, for example kafka1:9092.</source>
        <translation>„%1“ ist keine Serveradresse: verwenden Sie host:port, zum Beispiel kafka1:9092.</translation>
    </message>
    <message>
        <source>Add a profile to connect.</source>
        <translation>Fügen Sie ein Profil hinzu, um eine Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”: choose a different name.</source>
        <translation>Ein anderes Profil heißt bereits „%1“: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter a consumer group.</source>
        <translation>Geben Sie eine Consumer-Gruppe ein.</translation>
    </message>
    <message>
        <source>Enter the user name for SASL authentication.</source>
        <translation>Geben Sie den Benutzernamen für die SASL-Authentifizierung ein.</translation>
    </message>
    <message>
        <source>Line %1 of the extra properties is not key=value.</source>
        <translation>Zeile %1 der weiteren Eigenschaften hat nicht die Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>Enter a topic, or pick one after Test Connection.</source>
        <translation>Geben Sie ein Topic ein, oder wählen Sie nach „Verbindung testen“ eines aus.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected. The cluster has no topics yet.</source>
        <translation>Verbunden. Der Cluster hat noch keine Topics.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The cluster has %n topic(s):</source>
        <translation>
            <numerusform>Verbunden. Der Cluster hat %n Topic:</numerusform>
            <numerusform>Verbunden. Der Cluster hat %n Topics:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n partition(s)</source>
        <translation>
            <numerusform>%1 – %n Partition</numerusform>
            <numerusform>%1 – %n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 The password is not stored and will be asked for at each connect.</source>
        <translation>%1 Das Passwort wird nicht gespeichert und bei jedem Verbindungsaufbau abgefragt.</translation>
    </message>
    <message>
        <source>The start time is in the future: choose a time up to now, or start at Latest.</source>
        <translation>Die Startzeit liegt in der Zukunft: Wählen Sie eine Zeit bis jetzt oder starten Sie bei „Latest“.</translation>
    </message>
    <message>
        <source>Pre-aggregated rollup records (&quot;kind&quot;: &quot;eventscope.rollup&quot;), merged into the rollups</source>
        <translation>Vorab aggregierte Rollup-Datensätze (&quot;kind&quot;: &quot;eventscope.rollup&quot;), in die Rollups eingefügt</translation>
    </message>
    <message>
        <source>Time: the first message at or after</source>
        <translation>Zeit: die erste Nachricht ab</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Local time; each partition starts at its first message with a time stamp at or after it</source>
        <translation>Ortszeit; jede Partition beginnt bei ihrer ersten Nachricht mit einem Zeitstempel ab dieser Zeit</translation>
    </message>
</context>
<context>
    <name>es::ui::Keychain</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain is not supported on this platform.</source>
        <translation>Der System-Schlüsselbund wird auf dieser Plattform nicht unterstützt.</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation>Das Passwort konnte nicht aus dem System-Schlüsselbund gelöscht werden.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>Der System-Schlüsselbund ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached: %1</source>
        <translation>Der System-Schlüsselbund ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::KpiCard</name>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>%1%2 vs %3</source>
        <translation>%1%2 ggü. %3</translation>
    </message>
    <message>
        <source>No data in the period before</source>
        <translation>Keine Daten im Vergleichszeitraum</translation>
    </message>
    <message>
        <source>No timed requests in this range. Logs record response times with %D or %T in their format.</source>
        <translation>Keine zeitgemessenen Anfragen in diesem Zeitraum. Logs erfassen Antwortzeiten mit %D oder %T in ihrem Format.</translation>
    </message>
</context>
<context>
    <name>es::ui::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Ausgewählte Einträge entfernen</translation>
    </message>
</context>
<context>
    <name>es::ui::LocationPage</name>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>A MaxMind DB &amp;file (GeoLite2, GeoIP2 or DB-IP):</source>
        <translation>Eine MaxMind-DB-&amp;Datei (GeoLite2, GeoIP2 oder DB-IP):</translation>
    </message>
    <message>
        <source>&amp;Off: record no countries</source>
        <translation>&amp;Aus: keine Länder erfassen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Debian&apos;s GeoIP database (%1)</source>
        <translation>De&amp;bians GeoIP-Datenbank (%1)</translation>
    </message>
    <message>
        <source>Path of a .mmdb file</source>
        <translation>Pfad einer .mmdb-Datei</translation>
    </message>
    <message>
        <source>Countries of client addresses come from:</source>
        <translation>Die Länder der Client-Adressen stammen aus:</translation>
    </message>
    <message>
        <source>Debian&apos;s database dates from 2019. For current data, download GeoLite2-Country from MaxMind or &quot;IP to Country Lite&quot; from DB-IP and choose the .mmdb file. Countries are looked up while importing, from the address before anonymisation.</source>
        <translation>Debians Datenbank stammt von 2019. Für aktuelle Daten laden Sie GeoLite2-Country von MaxMind oder „IP to Country Lite“ von DB-IP herunter und wählen Sie die .mmdb-Datei. Die Länder werden beim Importieren ermittelt, anhand der Adresse vor der Anonymisierung.</translation>
    </message>
    <message>
        <source>Choose the .mmdb file, or another source of countries.</source>
        <translation>Wählen Sie die .mmdb-Datei oder eine andere Quelle für Länder.</translation>
    </message>
    <message>
        <source>Checking the country database…</source>
        <translation>Länderdatenbank wird geprüft…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>In Verwendung: %1</translation>
    </message>
    <message>
        <source>Country database</source>
        <translation>Länderdatenbank</translation>
    </message>
    <message>
        <source>MaxMind DB (*.mmdb);;All files (*)</source>
        <translation>MaxMind DB (*.mmdb);;Alle Dateien (*)</translation>
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
    <message>
        <source>Time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <source>Time &amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <source>&amp;Add Widget…</source>
        <translation>Widget &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;New Dashboard…</source>
        <translation>&amp;Neues Dashboard …</translation>
    </message>
    <message>
        <source>&amp;Restore Default Dashboards</source>
        <translation>Standard-Dashboards &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>Mein Dashboard</translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation>Dashboard umbenennen</translation>
    </message>
    <message>
        <source>Remove dashboard</source>
        <translation>Dashboard entfernen</translation>
    </message>
    <message>
        <source>Remove this dashboard? “Restore Default Dashboards” brings the shipped ones back.</source>
        <translation>Dieses Dashboard entfernen? Mit „Standard-Dashboards wiederherstellen“ erhalten Sie die mitgelieferten zurück.</translation>
    </message>
    <message>
        <source>Restore default dashboards</source>
        <translation>Standard-Dashboards wiederherstellen</translation>
    </message>
    <message>
        <source>Replace all dashboards with the shipped ones? Your changes to them are lost.</source>
        <translation>Alle Dashboards durch die mitgelieferten ersetzen? Ihre Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Stopping imports and consumers; what they read is being saved…</source>
        <translation>Importe und Consumer werden beendet; was sie gelesen haben, wird gespeichert …</translation>
    </message>
    <message>
        <source>S&amp;QL Console</source>
        <translation>S&amp;QL-Konsole</translation>
    </message>
    <message>
        <source>Ask the workspace anything in read-only SQL</source>
        <translation>Den Arbeitsbereich mit schreibgeschütztem SQL beliebig abfragen</translation>
    </message>
    <message>
        <source>Local &amp;API Server…</source>
        <translation>Lokaler &amp;API-Server …</translation>
    </message>
    <message>
        <source>Let scripts read the workspace over HTTP on this machine</source>
        <translation>Skripte auf diesem Rechner den Arbeitsbereich über HTTP lesen lassen</translation>
    </message>
    <message>
        <source>The local API server stopped.</source>
        <translation>Der lokale API-Server wurde beendet.</translation>
    </message>
    <message>
        <source>Local API at %1/api/v1/</source>
        <translation>Lokale API unter %1/api/v1/</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>The stored numbers are counted again from the sources with the new settings: the files are read again and the stored Kafka records replayed.</source>
        <translation>Die gespeicherten Zahlen werden mit den neuen Einstellungen erneut aus den Quellen gezählt: Die Dateien werden erneut gelesen und die gespeicherten Kafka-Datensätze erneut abgespielt.</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Files and Kafka topics of the workspace, with their state</source>
        <translation>Dateien und Kafka-Topics des Arbeitsbereichs mit ihrem Zustand</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rebuilding the workspace…&lt;/h2&gt;&lt;p&gt;It opens again when the rebuild ends.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Arbeitsbereich wird neu aufgebaut…&lt;/h2&gt;&lt;p&gt;Er wird wieder geöffnet, wenn der Neuaufbau abgeschlossen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rebuilding the workspace…</source>
        <translation>Arbeitsbereich wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>The live demo could not start: %1 The demo workspace itself works as before.</source>
        <translation>Die Live-Demo konnte nicht starten: %1 Der Demo-Arbeitsbereich selbst funktioniert wie bisher.</translation>
    </message>
</context>
<context>
    <name>es::ui::MalformedLinesDialog</name>
    <message>
        <source>Malformed Lines of %1</source>
        <translation>Fehlerhafte Zeilen von %1</translation>
    </message>
    <message>
        <source>%1 of %2 lines could not be read; the first %3 are shown. They were counted and left out; the rest of the file was imported.</source>
        <translation>%1 von %2 Zeilen konnten nicht gelesen werden; die ersten %3 werden angezeigt. Sie wurden gezählt und ausgelassen; der Rest der Datei wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n malformed line(s). They were counted and left out; the rest of the file was imported.</source>
        <translation>
            <numerusform>%1 enthält %n fehlerhafte Zeile. Sie wurde gezählt und ausgelassen; der Rest der Datei wurde importiert.</numerusform>
            <numerusform>%1 enthält %n fehlerhafte Zeilen. Sie wurden gezählt und ausgelassen; der Rest der Datei wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see it whole.</source>
        <translation>Wählen Sie eine Zeile aus, um sie vollständig zu sehen.</translation>
    </message>
</context>
<context>
    <name>es::ui::MalformedSamplesModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>es::ui::MoversCard</name>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <source>Movers list</source>
        <translation>Liste der größten Veränderungen</translation>
    </message>
    <message>
        <source>Nothing in the last 30 minutes</source>
        <translation>Nichts in den letzten 30 Minuten</translation>
    </message>
</context>
<context>
    <name>es::ui::MoversModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
</context>
<context>
    <name>es::ui::NotificationChannels</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Slack-compatible webhook</source>
        <translation>Slack-kompatibler Webhook</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The channel needs an id, such as &quot;ops&quot;.</source>
        <translation>Der Kanal benötigt eine ID, etwa „ops“.</translation>
    </message>
    <message>
        <source>Give the host name of the mail server (SMTP), such as smtp.example.com.</source>
        <translation>Geben Sie den Hostnamen des Mailservers (SMTP) an, etwa smtp.example.com.</translation>
    </message>
    <message>
        <source>The port %1 is not a port: use 1 to 65535, or 0 for the usual one.</source>
        <translation>Der Port %1 ist ungültig: verwenden Sie 1 bis 65535 oder 0 für den üblichen Port.</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an e-mail address: use one like alerts@example.com.</source>
        <translation>Der Absender „%1“ ist keine E-Mail-Adresse: verwenden Sie eine wie alerts@example.com.</translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation>Geben Sie mindestens einen Empfänger an.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address.</source>
        <translation>Der Empfänger „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (or http://) and name a host.</source>
        <translation>Die Webhook-URL muss mit https:// (oder http://) beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>The timeout must be 1 to %1 seconds, not %2.</source>
        <translation>Das Timeout muss 1 bis %1 Sekunden betragen, nicht %2.</translation>
    </message>
    <message>
        <source>Retries must be 0 to %1, not %2.</source>
        <translation>Die Anzahl der Wiederholungen muss 0 bis %1 betragen, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be webhook, slack or email, not &quot;%1&quot;.</source>
        <translation>„kind“ muss webhook, slack oder email sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;smtp&quot; must be an object with host, port, security and user.</source>
        <translation>„smtp“ muss ein Objekt mit host, port, security und user sein.</translation>
    </message>
    <message>
        <source>&quot;security&quot; must be none, starttls or tls, not &quot;%1&quot;.</source>
        <translation>„security“ muss none, starttls oder tls sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>In &quot;smtp&quot;: %1</source>
        <translation>In „smtp“: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Trying again in %1 (attempt %2 of %3).</source>
        <translation>Neuer Versuch in %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>The notification channels are not valid JSON: %1.</source>
        <translation>Die Benachrichtigungskanäle sind kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The notification channels must be a JSON array.</source>
        <translation>Die Benachrichtigungskanäle müssen ein JSON-Array sein.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>er ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Channel %1 was skipped: %2</source>
        <translation>Kanal %1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>Channel %1 was skipped: the id &quot;%2&quot; is used twice.</source>
        <translation>Kanal %1 wurde übersprungen: die ID „%2“ wird doppelt verwendet.</translation>
    </message>
</context>
<context>
    <name>es::ui::PdfReportWriter</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n periods: the Excel export of this report lists each one.</source>
        <translation>
            <numerusform>%n Zeitraum: der Excel-Export dieses Berichts führt ihn auf.</numerusform>
            <numerusform>%n Zeiträume: der Excel-Export dieses Berichts führt jeden einzeln auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The chart shows the first %1 of %2; the table lists all.</source>
        <translation>Das Diagramm zeigt die ersten %1 von %2; die Tabelle führt alle auf.</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · generated %2</source>
        <translation>%1 · erstellt %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>The PDF could not be started. Try again; if it keeps failing, restart Eventscope.</source>
        <translation>Das PDF konnte nicht begonnen werden. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie Eventscope neu.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check that the disk has free space and try again.</source>
        <translation>%1 konnte nicht gespeichert werden (%2). Prüfen Sie, ob auf dem Datenträger genug Platz ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>es::ui::ProblemFooter</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>es::ui::RebuildDialog</name>
    <message>
        <source>%1 min %2 s left</source>
        <translation>Noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>Noch %1 s</translation>
    </message>
    <message>
        <source>Remove the sources that cannot be read again, with their data</source>
        <translation>Quellen, die nicht erneut gelesen werden können, mit ihren Daten entfernen</translation>
    </message>
    <message>
        <source>Rebuild Workspace</source>
        <translation>Arbeitsbereich neu aufbauen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>&amp;Start Rebuild</source>
        <translation>Neuaufbau &amp;starten</translation>
    </message>
    <message>
        <source>Looking at the sources…</source>
        <translation>Quellen werden geprüft…</translation>
    </message>
    <message>
        <source>Stored records replayed</source>
        <translation>Gespeicherte Datensätze werden erneut eingespielt</translation>
    </message>
    <message numerus="yes">
        <source>Read again: %n file(s), %1</source>
        <translation>
            <numerusform>Wird erneut gelesen: 1 Datei, %1</numerusform>
            <numerusform>Wird erneut gelesen: %n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed with its data</source>
        <translation>Wird mit ihren Daten entfernt</translation>
    </message>
    <message>
        <source>%1 to read. The workspace is closed while it runs; if anything fails or you cancel, it stays as it is.</source>
        <translation>%1 zu lesen. Der Arbeitsbereich ist währenddessen geschlossen; falls etwas fehlschlägt oder Sie abbrechen, bleibt er unverändert.</translation>
    </message>
    <message>
        <source>Closing the workspace…</source>
        <translation>Arbeitsbereich wird geschlossen…</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>Neuaufbau läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Source %1 of %2: %3</source>
        <translation>Quelle %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>Rebuilt %1 records from %2 lines in %3 s (%4 lines/s).</source>
        <translation>%1 Datensätze aus %2 Zeilen in %3 s neu aufgebaut (%4 Zeilen/s).</translation>
    </message>
    <message>
        <source>Cancelled. The workspace is unchanged.</source>
        <translation>Abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
</context>
<context>
    <name>es::ui::ReportActions</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <source>Export Dashboard as &amp;PDF…</source>
        <translation>Dashboard als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Export report templates as PDF, Excel or CSV</source>
        <translation>Berichtsvorlagen als PDF, Excel oder CSV exportieren</translation>
    </message>
    <message>
        <source>Save the dashboard as shown, with its range and filters, as a PDF</source>
        <translation>Das Dashboard wie angezeigt, mit Zeitraum und Filtern, als PDF speichern</translation>
    </message>
    <message>
        <source>Some report templates of the workspace were skipped: %1</source>
        <translation>Einige Berichtsvorlagen des Arbeitsbereichs wurden übersprungen: %1</translation>
    </message>
    <message>
        <source>%1 dashboard %2.pdf</source>
        <translation>Dashboard %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export Dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Scheduled Rep&amp;orts…</source>
        <translation>&amp;Geplante Berichte …</translation>
    </message>
    <message>
        <source>Write reports to a folder every day or every week</source>
        <translation>Berichte täglich oder wöchentlich in einen Ordner schreiben</translation>
    </message>
</context>
<context>
    <name>es::ui::ReportCellFormat</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>no change</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <comment>a rise</comment>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <comment>a fall</comment>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source> vs %1</source>
        <comment>after a change: +12.3 % vs 9,876</comment>
        <translation> ggü. %1</translation>
    </message>
    <message>
        <source>previously %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>keine früheren Daten</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>a rise</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <comment>a fall</comment>
        <translation>−%1</translation>
    </message>
</context>
<context>
    <name>es::ui::ReportExportDialog</name>
    <message>
        <source>Eventscope reports</source>
        <translation>Eventscope-Berichte</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report templates</source>
        <translation>Berichtsvorlagen</translation>
    </message>
    <message>
        <source>Check every template to export; each one becomes its own report.</source>
        <translation>Markieren Sie jede Vorlage, die exportiert werden soll; aus jeder wird ein eigener Bericht.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>Create a template of your own.</source>
        <translation>Eine eigene Vorlage anlegen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected template. Built-in templates are copied first.</source>
        <translation>Die ausgewählte Vorlage ändern. Mitgelieferte Vorlagen werden zuerst kopiert.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected template.</source>
        <translation>Die ausgewählte Vorlage kopieren.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected template (your own only).</source>
        <translation>Die ausgewählte Vorlage löschen (nur eigene).</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add templates from a JSON file.</source>
        <translation>Vorlagen aus einer JSON-Datei hinzufügen.</translation>
    </message>
    <message>
        <source>Save the checked templates to a JSON file to share them.</source>
        <translation>Die markierten Vorlagen in einer JSON-Datei speichern, um sie weiterzugeben.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The &amp;dashboard&apos;s period:</source>
        <translation>Zeitraum des &amp;Dashboards:</translation>
    </message>
    <message>
        <source>Each template&apos;s &amp;own period</source>
        <translation>Eigener Zeitraum jeder &amp;Vorlage</translation>
    </message>
    <message>
        <source>Daily traffic covers yesterday, Weekly summary last week, and so on.</source>
        <translation>„Täglicher Datenverkehr“ umfasst gestern, „Wochenübersicht“ die Vorwoche und so weiter.</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook</source>
        <translation>Excel-&amp;Arbeitsmappe</translation>
    </message>
    <message>
        <source>&amp;CSV files</source>
        <translation>&amp;CSV-Dateien</translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder per report.</source>
        <translation>Eine CSV-Datei pro Tabelle, in einem Ordner pro Bericht.</translation>
    </message>
    <message>
        <source>As the locale uses</source>
        <translation>Wie im Gebietsschema üblich</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen …</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the first report written.</source>
        <translation>Den ersten geschriebenen Bericht öffnen.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the checked templates (%1)</source>
        <translation>Die markierten Vorlagen exportieren (%1)</translation>
    </message>
    <message>
        <source>Check at least one template.</source>
        <translation>Markieren Sie mindestens eine Vorlage.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>Choose a folder to save the reports in.</source>
        <translation>Wählen Sie einen Ordner, in dem die Berichte gespeichert werden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) to export.</source>
        <translation>
            <numerusform>%n Bericht zu exportieren.</numerusform>
            <numerusform>%n Berichte zu exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Reports In</source>
        <translation>Berichte speichern in</translation>
    </message>
    <message>
        <source>New Report Template</source>
        <translation>Neue Berichtsvorlage</translation>
    </message>
    <message>
        <source>Edit Report Template</source>
        <translation>Berichtsvorlage bearbeiten</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>Mein Bericht</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Import Report Templates</source>
        <translation>Berichtsvorlagen importieren</translation>
    </message>
    <message>
        <source>Report templates (*.json);;All files (*)</source>
        <translation>Berichtsvorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s).</source>
        <translation>
            <numerusform>%n Vorlage importiert.</numerusform>
            <numerusform>%n Vorlagen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some templates in the file were skipped:
%1</source>
        <translation>Einige Vorlagen in der Datei wurden übersprungen:
%1</translation>
    </message>
    <message>
        <source>Export Report Templates</source>
        <translation>Berichtsvorlagen exportieren</translation>
    </message>
    <message>
        <source>Report templates.json</source>
        <translation>Berichtsvorlagen.json</translation>
    </message>
    <message>
        <source>Report templates (*.json)</source>
        <translation>Berichtsvorlagen (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n template(s) to %1.</source>
        <translation>
            <numerusform>%n Vorlage in %1 gespeichert.</numerusform>
            <numerusform>%n Vorlagen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expor&amp;t…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>es::ui::ReportExportJob</name>
    <message>
        <source>running queries (%1 of %2)</source>
        <translation>Abfragen werden ausgeführt (%1 von %2)</translation>
    </message>
    <message>
        <source>writing PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <source>writing Excel workbook</source>
        <translation>Excel-Arbeitsmappe wird geschrieben</translation>
    </message>
    <message>
        <source>writing CSV files</source>
        <translation>CSV-Dateien werden geschrieben</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>The templates could not be handed to the exporter: %1. Check that the temporary folder is writable.</source>
        <translation>Die Vorlagen konnten nicht an das Exportprogramm übergeben werden: %1. Prüfen Sie, ob der temporäre Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Report %1 of %2, %3: %4</source>
        <translation>Bericht %1 von %2, %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled. Files already written were kept.</source>
        <translation>Der Export wurde abgebrochen. Bereits geschriebene Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>The exporter %1 could not be started: %2</source>
        <translation>Das Exportprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The exporter stopped unexpectedly. Try again; if it keeps failing, run &quot;eventscope report&quot; from a terminal to see why.</source>
        <translation>Das Exportprogramm wurde unerwartet beendet. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, führen Sie „eventscope report“ in einem Terminal aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The export failed (exit code %1).</source>
        <translation>Der Export ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
</context>
<context>
    <name>es::ui::ReportScheduler</name>
    <message>
        <source>Some scheduled reports of the workspace were skipped: %1</source>
        <translation>Einige geplante Berichte des Arbeitsbereichs wurden übersprungen: %1</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; no longer exists. Edit the schedule and choose another template.</source>
        <translation>Die Vorlage „%1“ existiert nicht mehr. Bearbeiten Sie den Zeitplan und wählen Sie eine andere Vorlage.</translation>
    </message>
    <message>
        <source>Writing the scheduled report &quot;%1&quot;…</source>
        <translation>Geplanter Bericht „%1“ wird geschrieben …</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or edit the schedule and choose another folder.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn an oder bearbeiten Sie den Zeitplan und wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Edit the schedule and choose a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner. Bearbeiten Sie den Zeitplan und wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable. Check its permissions, or edit the schedule and choose another folder.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar. Prüfen Sie die Berechtigungen oder bearbeiten Sie den Zeitplan und wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 already holds 999 reports for this period. Move some away.</source>
        <translation>Der Ordner %1 enthält bereits 999 Berichte für diesen Zeitraum. Verschieben Sie einige davon an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Scheduled report &quot;%1&quot; written.</source>
        <translation>Geplanter Bericht „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Scheduled report &quot;%1&quot; written to %2.</source>
        <translation>Geplanter Bericht „%1“ nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Scheduled report &quot;%1&quot; failed: %2</source>
        <translation>Geplanter Bericht „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>es::ui::ResultTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>es::ui::RuleEditorDialog</name>
    <message>
        <source>New Alert Rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <source>Edit Alert Rule</source>
        <translation>Alarmregel bearbeiten</translation>
    </message>
    <message>
        <source>Keep the rule (Ctrl+Return)</source>
        <translation>Regel übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>Einheit für %1</translation>
    </message>
    <message>
        <source>The unit of the number beside it</source>
        <translation>Die Einheit der Zahl daneben</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Hysteresis: once firing, the alert recovers only at this level, so a value that hovers around the mark does not fire again and again. Unchecked: the mark itself.</source>
        <translation>Hysterese: Nach dem Auslösen erfolgt die Entwarnung erst bei diesem Wert, sodass ein Wert, der um die Schwelle schwankt, nicht immer wieder auslöst. Nicht markiert: die Schwelle selbst.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Where the rule would have fired and recovered on this workspace&apos;s data</source>
        <translation>Wo die Regel mit den Daten dieses Arbeitsbereichs ausgelöst hätte und wo Entwarnung erfolgt wäre</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Was überwacht wird</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>What notifications and the alert history call the rule</source>
        <translation>Der Name der Regel in Benachrichtigungen und im Alarmverlauf</translation>
    </message>
    <message>
        <source>e.g. Download spike</source>
        <translation>z. B. Download-Spitze</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>The number the rule watches</source>
        <translation>Die Zahl, die die Regel überwacht</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Whether requests from bots and crawlers count</source>
        <translation>Ob Anfragen von Bots und Crawlern mitgezählt werden</translation>
    </message>
    <message>
        <source>As the metric counts them</source>
        <translation>Wie die Metrik sie zählt</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Bots einbeziehen</translation>
    </message>
    <message>
        <source>Exclude bots</source>
        <translation>Bots ausschließen</translation>
    </message>
    <message>
        <source>Only bots</source>
        <translation>Nur Bots</translation>
    </message>
    <message>
        <source>Hits, bytes and status classes count bots; page views, visitors and sessions do not</source>
        <translation>Hits, Bytes und Statusklassen zählen Bots mit; Seitenaufrufe, Besucher und Sitzungen nicht</translation>
    </message>
    <message>
        <source>&amp;Bots:</source>
        <translation>B&amp;ots:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>The span of data the rule reads each time</source>
        <translation>Der Datenzeitraum, den die Regel jedes Mal liest</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>die letzten</translation>
    </message>
    <message>
        <source>today so far</source>
        <translation>heute bis jetzt</translation>
    </message>
    <message>
        <source>this week so far</source>
        <translation>diese Woche bis jetzt</translation>
    </message>
    <message>
        <source>From local midnight of the workspace&apos;s time zone</source>
        <translation>Ab Mitternacht in der Zeitzone des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>From Monday, local midnight</source>
        <translation>Ab Montag, Mitternacht Ortszeit</translation>
    </message>
    <message>
        <source>Window length</source>
        <translation>Länge des Zeitfensters</translation>
    </message>
    <message>
        <source>How much of the recent past the rule adds up, up to 31 days</source>
        <translation>Wie viel der jüngsten Vergangenheit die Regel aufsummiert, bis zu 31 Tage</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Evaluation interval</source>
        <translation>Auswertungsintervall</translation>
    </message>
    <message>
        <source>How often the rule looks at the data: 1 minute to 1 day</source>
        <translation>Wie oft die Regel die Daten prüft: 1 Minute bis 1 Tag</translation>
    </message>
    <message>
        <source>&amp;Evaluate every:</source>
        <translation>Aus&amp;werten alle:</translation>
    </message>
    <message>
        <source>When to fire</source>
        <translation>Wann ausgelöst wird</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>When the number is alarming</source>
        <translation>Wann die Zahl bedenklich ist</translation>
    </message>
    <message>
        <source>Above a high-mark</source>
        <translation>Über einer oberen Schwelle</translation>
    </message>
    <message>
        <source>Below a low-mark</source>
        <translation>Unter einer unteren Schwelle</translation>
    </message>
    <message>
        <source>Outside a band</source>
        <translation>Außerhalb eines Bereichs</translation>
    </message>
    <message>
        <source>Changed against a baseline</source>
        <translation>Veränderung gegenüber einer Vergleichsbasis</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>High-mark</source>
        <translation>Obere Schwelle</translation>
    </message>
    <message>
        <source>Fires when the value is above this</source>
        <translation>Löst aus, wenn der Wert darüber liegt</translation>
    </message>
    <message>
        <source>&amp;High-mark:</source>
        <translation>Obere &amp;Schwelle:</translation>
    </message>
    <message>
        <source>Recovers at or below:</source>
        <translation>Entwarnung bei oder unter:</translation>
    </message>
    <message>
        <source>Upper recovery level</source>
        <translation>Obere Entwarnungsschwelle</translation>
    </message>
    <message>
        <source>Low-mark</source>
        <translation>Untere Schwelle</translation>
    </message>
    <message>
        <source>Fires when the value is below this</source>
        <translation>Löst aus, wenn der Wert darunter liegt</translation>
    </message>
    <message>
        <source>&amp;Low-mark:</source>
        <translation>&amp;Untere Schwelle:</translation>
    </message>
    <message>
        <source>Recovers at or above:</source>
        <translation>Entwarnung bei oder über:</translation>
    </message>
    <message>
        <source>Lower recovery level</source>
        <translation>Untere Entwarnungsschwelle</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <source>What the window is compared with</source>
        <translation>Womit das Zeitfenster verglichen wird</translation>
    </message>
    <message>
        <source>the period before</source>
        <translation>dem Zeitraum davor</translation>
    </message>
    <message>
        <source>a week earlier</source>
        <translation>einer Woche zuvor</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Which way the change must go</source>
        <translation>In welche Richtung die Veränderung gehen muss</translation>
    </message>
    <message>
        <source>up or down</source>
        <translation>nach oben oder unten</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Ver&amp;gleichen mit:</translation>
    </message>
    <message>
        <source>Change that fires</source>
        <translation>Auslösende Veränderung</translation>
    </message>
    <message>
        <source>Fires at a change of at least this much</source>
        <translation>Löst bei einer Veränderung von mindestens diesem Betrag aus</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Einheit der Veränderung</translation>
    </message>
    <message>
        <source>Measure the change in percent of the baseline or as a number</source>
        <translation>Die Veränderung in Prozent der Vergleichsbasis oder als Zahl messen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <source>Change of &amp;at least:</source>
        <translation>Veränderung von m&amp;indestens:</translation>
    </message>
    <message>
        <source>Recovers below:</source>
        <translation>Entwarnung unter:</translation>
    </message>
    <message>
        <source>Recovery change</source>
        <translation>Veränderung für die Entwarnung</translation>
    </message>
    <message>
        <source>No data period</source>
        <translation>Zeitraum ohne Daten</translation>
    </message>
    <message>
        <source>Fires when the metric has been 0 for this long</source>
        <translation>Löst aus, wenn die Metrik so lange 0 war</translation>
    </message>
    <message>
        <source>No &amp;data for:</source>
        <translation>Keine &amp;Daten für:</translation>
    </message>
    <message>
        <source>Timing and notification</source>
        <translation>Zeitverhalten und Benachrichtigung</translation>
    </message>
    <message>
        <source>Pending period</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>How long the condition must hold before the rule fires; none fires at once</source>
        <translation>Wie lange die Bedingung erfüllt sein muss, bevor die Regel auslöst; bei „keine“ löst sie sofort aus</translation>
    </message>
    <message>
        <source>&amp;Pending for:</source>
        <translation>Wa&amp;rtezeit:</translation>
    </message>
    <message>
        <source>Keep active period</source>
        <translation>Nachlaufzeit</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>After recovering, the alert stays active this long; a relapse meanwhile is the same incident</source>
        <translation>Nach der Entwarnung bleibt der Alarm so lange aktiv; ein Rückfall in dieser Zeit gilt als derselbe Vorfall</translation>
    </message>
    <message>
        <source>&amp;Keep active for:</source>
        <translation>Akti&amp;v halten für:</translation>
    </message>
    <message>
        <source>Reminder interval</source>
        <translation>Erinnerungsintervall</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>While firing, remind this often; never sends one notice only</source>
        <translation>Solange ausgelöst, in diesem Abstand erinnern; bei „nie“ wird nur eine Benachrichtigung gesendet</translation>
    </message>
    <message>
        <source>&amp;Remind every:</source>
        <translation>&amp;Erinnern alle:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>How loud the notification is</source>
        <translation>Wie nachdrücklich die Benachrichtigung ist</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>A disabled rule is not evaluated and ignores data imported meanwhile</source>
        <translation>Eine deaktivierte Regel wird nicht ausgewertet und ignoriert in dieser Zeit importierte Daten</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Sc&amp;hweregrad:</translation>
    </message>
    <message>
        <source>M&amp;ute until:</source>
        <translation>Stummschal&amp;ten bis:</translation>
    </message>
    <message>
        <source>Until then the rule is evaluated and recorded, but nothing is notified</source>
        <translation>Bis dahin wird die Regel ausgewertet und aufgezeichnet, aber es werden keine Benachrichtigungen gesendet</translation>
    </message>
    <message>
        <source>Mute until</source>
        <translation>Stummschalten bis</translation>
    </message>
    <message>
        <source>In this computer&apos;s time zone</source>
        <translation>In der Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>Another rule is named “%1”. Give this one its own name, so that notifications and the history tell them apart.</source>
        <translation>Eine andere Regel heißt „%1“. Geben Sie dieser einen eigenen Namen, damit Benachrichtigungen und der Verlauf sie unterscheiden.</translation>
    </message>
</context>
<context>
    <name>es::ui::SavedQueries</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved statements</source>
        <translation>Gespeicherte Anweisungen</translation>
    </message>
    <message>
        <source>Keep the statement under a name (Ctrl+S)</source>
        <translation>Anweisung unter einem Namen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Delete the chosen saved statement</source>
        <translation>Ausgewählte gespeicherte Anweisung löschen</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Anweisung speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Replace Statement</source>
        <translation>Anweisung ersetzen</translation>
    </message>
    <message>
        <source>A statement named “%1” is saved already. Replace it?</source>
        <translation>Eine Anweisung namens „%1“ ist bereits gespeichert. Ersetzen?</translation>
    </message>
    <message>
        <source>Saved statements…</source>
        <translation>Gespeicherte Anweisungen…</translation>
    </message>
</context>
<context>
    <name>es::ui::ScheduleEditorDialog</name>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook</source>
        <translation>Excel-&amp;Arbeitsmappe</translation>
    </message>
    <message>
        <source>CS&amp;V files</source>
        <translation>&amp;CSV-Dateien</translation>
    </message>
    <message>
        <source>&amp;Run on schedule</source>
        <translation>Nach &amp;Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Add Scheduled Report</source>
        <translation>Geplanten Bericht hinzufügen</translation>
    </message>
    <message>
        <source>Edit Scheduled Report</source>
        <translation>Geplanten Bericht bearbeiten</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen …</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Runs while Eventscope is open, at the time in the workspace&apos;s time zone. A daily report covers the day before, a weekly report the week before (Monday to Sunday). Files are named after the template and the first day covered.</source>
        <translation>Wird ausgeführt, solange Eventscope geöffnet ist, zur eingestellten Uhrzeit in der Zeitzone des Arbeitsbereichs. Ein täglicher Bericht umfasst den Vortag, ein wöchentlicher Bericht die Vorwoche (Montag bis Sonntag). Die Dateien werden nach der Vorlage und dem ersten abgedeckten Tag benannt.</translation>
    </message>
    <message>
        <source>Folder for Scheduled Reports</source>
        <translation>Ordner für geplante Berichte</translation>
    </message>
</context>
<context>
    <name>es::ui::ScheduleTableModel</name>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>weekday, date and time</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Waiting for another report</source>
        <translation>Wartet auf einen anderen Bericht</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 files</source>
        <translation>%1 Dateien geschrieben</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
</context>
<context>
    <name>es::ui::ScheduledReportsDialog</name>
    <message>
        <source>Eventscope reports</source>
        <translation>Eventscope-Berichte</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Scheduled Reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Reports written to a folder daily or weekly while Eventscope is open. Times are in the workspace&apos;s time zone (%1); a run missed while the app was closed runs once when it opens.</source>
        <translation>Berichte, die täglich oder wöchentlich in einen Ordner geschrieben werden, solange Eventscope geöffnet ist. Die Zeiten gelten in der Zeitzone des Arbeitsbereichs (%1); eine Ausführung, die verpasst wurde, während die Anwendung geschlossen war, wird beim nächsten Öffnen einmal nachgeholt.</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Write the report for the latest scheduled period now</source>
        <translation>Den Bericht für den letzten geplanten Zeitraum jetzt schreiben</translation>
    </message>
    <message>
        <source>Open the folder the reports are written to</source>
        <translation>Den Ordner öffnen, in den die Berichte geschrieben werden</translation>
    </message>
    <message>
        <source>No scheduled reports yet. Add one to have a template written to a folder every day or every week.</source>
        <translation>Noch keine geplanten Berichte. Fügen Sie einen hinzu, um eine Vorlage täglich oder wöchentlich in einen Ordner schreiben zu lassen.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>Die letzte Ausführung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last run wrote %1</source>
        <translation>Die letzte Ausführung hat %1 geschrieben</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove Scheduled Report</source>
        <translation>Geplanten Bericht entfernen</translation>
    </message>
    <message>
        <source>Stop writing &quot;%1&quot; on schedule? Reports already written stay in their folder.</source>
        <translation>„%1“ nicht mehr nach Zeitplan schreiben? Bereits geschriebene Berichte bleiben in ihrem Ordner.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that the folder exists.</source>
        <translation>%1 konnte nicht geöffnet werden. Prüfen Sie, ob der Ordner existiert.</translation>
    </message>
</context>
<context>
    <name>es::ui::SectionListModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>keine Metriken</translation>
    </message>
    <message>
        <source>no text yet</source>
        <translation>noch kein Text</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>Dimension: %1, top %2</source>
        <translation>Dimension: %1, Top %2</translation>
    </message>
    <message>
        <source>Title in the report: %1</source>
        <translation>Titel im Bericht: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::SettingsActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, theme, time zone, privacy, classification, retention and more</source>
        <translation>Sprache, Design, Zeitzone, Datenschutz, Klassifizierung, Aufbewahrung und mehr</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>The new settings apply to data imported from now on.</source>
        <translation>Die neuen Einstellungen gelten für ab jetzt importierte Daten.</translation>
    </message>
    <message>
        <source>Changed: %1. The numbers already stored were computed with the previous settings; rebuild them from the sources to apply the change to the past as well.</source>
        <translation>Geändert: %1. Die bereits gespeicherten Zahlen wurden mit den bisherigen Einstellungen berechnet; bauen Sie sie aus den Quellen neu auf, damit die Änderung auch für die Vergangenheit gilt.</translation>
    </message>
    <message>
        <source>&amp;Rebuild…</source>
        <translation>&amp;Neu aufbauen…</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>Nicht &amp;jetzt</translation>
    </message>
</context>
<context>
    <name>es::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No workspace is open: open one to change its settings.</source>
        <translation>Kein Arbeitsbereich geöffnet: Öffnen Sie einen, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Reading the settings of %1…</source>
        <translation>Einstellungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Put the settings of this page back to their defaults</source>
        <translation>Einstellungen dieser Seite auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>The settings of this workspace cannot be read: %1</source>
        <translation>Die Einstellungen dieses Arbeitsbereichs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stored in the workspace %1.</source>
        <translation>Im Arbeitsbereich %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the workspace settings…</source>
        <translation>Einstellungen des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The workspace settings were not saved: %1</source>
        <translation>Die Einstellungen des Arbeitsbereichs wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::SettingsImpact</name>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Wochentag</translation>
    </message>
    <message>
        <source>Visitor key</source>
        <translation>Besucherschlüssel</translation>
    </message>
    <message>
        <source>IP anonymisation</source>
        <translation>IP-Anonymisierung</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>Sitzungs-Timeout</translation>
    </message>
    <message>
        <source>Late-line window</source>
        <translation>Zeitfenster für verspätete Zeilen</translation>
    </message>
    <message>
        <source>Static-asset extensions</source>
        <translation>Dateiendungen statischer Ressourcen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Page-view event type</source>
        <translation>Ereignistyp für Seitenaufrufe</translation>
    </message>
    <message>
        <source>More crawlers</source>
        <translation>Weitere Crawler</translation>
    </message>
    <message>
        <source>Country database</source>
        <translation>Länderdatenbank</translation>
    </message>
    <message>
        <source>Pre-aggregated groups</source>
        <translation>Vorab aggregierte Gruppen</translation>
    </message>
    <message>
        <source>params.* dimensions</source>
        <translation>params.*-Dimensionen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Raw-event retention</source>
        <translation>Aufbewahrung der Rohereignisse</translation>
    </message>
    <message>
        <source>Minute-rollup retention</source>
        <translation>Aufbewahrung der Minutenaggregate</translation>
    </message>
    <message>
        <source>Hour-rollup retention</source>
        <translation>Aufbewahrung der Stundenaggregate</translation>
    </message>
    <message>
        <source>Minute retention of paths</source>
        <translation>Minutenaufbewahrung der Pfade</translation>
    </message>
    <message>
        <source>Hour retention of paths</source>
        <translation>Stundenaufbewahrung der Pfade</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Default Kafka connection</source>
        <translation>Standard-Kafka-Verbindung</translation>
    </message>
    <message>
        <source>API listen address</source>
        <translation>API-Abhöradresse</translation>
    </message>
    <message>
        <source>API token file</source>
        <translation>API-Token-Datei</translation>
    </message>
</context>
<context>
    <name>es::ui::SourceActions</name>
    <message>
        <source>&amp;Kafka Connections…</source>
        <translation>&amp;Kafka-Verbindungen …</translation>
    </message>
    <message>
        <source>&amp;Stop Kafka Consumers</source>
        <translation>Kafka-Consumer &amp;anhalten</translation>
    </message>
    <message>
        <source>Import web access logs or JSON event logs into the workspace</source>
        <translation>Web-Zugriffslogs oder JSON-Ereignislogs in den Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Consume Kafka topics into the workspace</source>
        <translation>Kafka-Topics konsumieren und in den Arbeitsbereich übernehmen</translation>
    </message>
    <message>
        <source>Stop every Kafka consumer; what was read is kept</source>
        <translation>Alle Kafka-Consumer anhalten; bereits Gelesenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Another import is running. Wait for it to finish or cancel it in the status bar, then import these files.</source>
        <translation>Ein anderer Import läuft. Warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn in der Statusleiste ab, und importieren Sie dann diese Dateien.</translation>
    </message>
    <message>
        <source>Kafka password</source>
        <translation>Kafka-Passwort</translation>
    </message>
    <message>
        <source>Password of %1 for %2 (not stored: no system keychain holds it):</source>
        <translation>Passwort von %1 für %2 (nicht gespeichert: kein System-Schlüsselbund enthält es):</translation>
    </message>
    <message>
        <source>Already consuming</source>
        <translation>Wird bereits konsumiert</translation>
    </message>
    <message>
        <source>%1 is already being consumed. Stop it first to connect again.</source>
        <translation>%1 wird bereits konsumiert. Halten Sie den Consumer zuerst an, um erneut zu verbinden.</translation>
    </message>
    <message>
        <source>&amp;Import Logs…</source>
        <translation>&amp;Logs importieren…</translation>
    </message>
    <message>
        <source>Recent &amp;Log Files</source>
        <translation>&amp;Zuletzt geöffnete Logdateien</translation>
    </message>
    <message>
        <source>No recent log files</source>
        <translation>Keine zuletzt geöffneten Logdateien</translation>
    </message>
</context>
<context>
    <name>es::ui::SourceController</name>
    <message>
        <source>%1: %2 lines, %3 events, %4 malformed (%5)</source>
        <translation>%1: %2 Zeilen, %3 Ereignisse, %4 fehlerhaft (%5)</translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1: bereits importiert</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 lines; importing it again continues there</source>
        <translation>%1: nach %2 Zeilen abgebrochen; ein erneuter Import setzt dort fort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was stopped; importing the files again continues where it stopped.</source>
        <translation>Der Import wurde beendet; ein erneuter Import der Dateien setzt dort fort, wo er aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>es::ui::SourceStatus</name>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>consuming</source>
        <translation>konsumiert</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; what was read is kept, and importing the file again continues where it stopped</source>
        <translation>Den Import anhalten; bereits Gelesenes bleibt erhalten, und ein erneuter Import der Datei setzt dort fort, wo er angehalten wurde</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert …</numerusform>
            <numerusform>%n Dateien werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Last commit %1</source>
        <translation>Zuletzt gespeichert um %1</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>%1 wird importiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Rückstand %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) · %1 messages · %2 events · %3 malformed</source>
        <translation>
            <numerusform>%n Partition · %1 Nachrichten · %2 Ereignisse · %3 fehlerhaft</numerusform>
            <numerusform>%n Partitionen · %1 Nachrichten · %2 Ereignisse · %3 fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Stopped consuming %1</source>
        <translation>Das Konsumieren von %1 wurde angehalten</translation>
    </message>
    <message>
        <source>Consuming %1 stopped: %2</source>
        <translation>Das Konsumieren von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>(paused: the workspace is catching up)</source>
        <translation>(pausiert: der Arbeitsbereich holt auf)</translation>
    </message>
</context>
<context>
    <name>es::ui::SourcesModel</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Wird verfolgt</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Consuming</source>
        <translation>Wird konsumiert</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka-Topic</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · %2/s</source>
        <translation>%1 · %2/s</translation>
    </message>
    <message>
        <source>Partition %1: %2</source>
        <translation>Partition %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>es::ui::SourcesPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop reading this source for now; what was read is kept</source>
        <translation>Lesen dieser Quelle vorerst anhalten; bereits Gelesenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Go on reading this source where it stopped</source>
        <translation>Lesen dieser Quelle dort fortsetzen, wo es angehalten wurde</translation>
    </message>
    <message>
        <source>Re-&amp;import…</source>
        <translation>Erneut &amp;importieren…</translation>
    </message>
    <message>
        <source>Count every source again from its files and stored records, with the current settings</source>
        <translation>Jede Quelle aus ihren Dateien und gespeicherten Datensätzen mit den aktuellen Einstellungen neu zählen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove this source, keeping its data or with it (Delete)</source>
        <translation>Diese Quelle entfernen, mit oder ohne ihre Daten (Entf)</translation>
    </message>
    <message>
        <source>The source was removed; its data stays in the workspace.</source>
        <translation>Die Quelle wurde entfernt; ihre Daten bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>File %1 of %2, %3%</source>
        <translation>Datei %1 von %2, %3%</translation>
    </message>
    <message>
        <source>Select a source to see its details.</source>
        <translation>Wählen Sie eine Quelle aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>No sources yet. Import log files or connect to Kafka.</source>
        <translation>Noch keine Quellen. Importieren Sie Logdateien oder verbinden Sie sich mit Kafka.</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <translation>Ereignisse von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file content(s) (rotations)</source>
        <translation>
            <numerusform>1 Dateiinhalt (Rotationen)</numerusform>
            <numerusform>%n Dateiinhalte (Rotationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Lag per partition: %1</source>
        <translation>Rückstand je Partition: %1</translation>
    </message>
    <message>
        <source>Stored offsets: %1</source>
        <translation>Gespeicherte Offsets: %1</translation>
    </message>
    <message>
        <source>Pausing %1; what it read is kept.</source>
        <translation>%1 wird pausiert; bereits Gelesenes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Paused %1; it goes on where it stopped when resumed.</source>
        <translation>%1 pausiert; beim Fortsetzen geht es dort weiter, wo es angehalten wurde.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No Kafka connection reads the topic “%1”. Add one in File → Kafka Connections…; it goes on from the stored offsets.</source>
        <translation>Keine Kafka-Verbindung liest das Topic „%1“. Fügen Sie unter Datei → Kafka-Verbindungen… eine hinzu; es geht ab den gespeicherten Offsets weiter.</translation>
    </message>
    <message>
        <source>Re-importing counts every source again: the files are read again and the stored Kafka records replayed, with the current settings. Numbers cannot be taken out of the totals one source at a time, so all sources are read.</source>
        <translation>Beim erneuten Import wird jede Quelle neu gezählt: Die Dateien werden erneut gelesen und die gespeicherten Kafka-Datensätze erneut eingespielt, mit den aktuellen Einstellungen. Zahlen lassen sich nicht quellenweise aus den Summen herausrechnen, daher werden alle Quellen gelesen.</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the workspace?</source>
        <translation>„%1“ aus dem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>Keeping its data leaves its %1 events in the numbers and only takes it off this list. Removing its data counts the other sources again without it.</source>
        <translation>Beim Behalten der Daten bleiben ihre %1 Ereignisse in den Zahlen, und die Quelle wird nur aus dieser Liste entfernt. Beim Entfernen der Daten werden die übrigen Quellen ohne sie neu gezählt.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Data</source>
        <translation>Entfernen, Daten &amp;behalten</translation>
    </message>
    <message>
        <source>Remove with &amp;Data…</source>
        <translation>Mit &amp;Daten entfernen…</translation>
    </message>
    <message>
        <source>“%1” and its data leave the workspace: the other sources are counted again without it.</source>
        <translation>„%1“ und ihre Daten verlassen den Arbeitsbereich: Die übrigen Quellen werden ohne sie neu gezählt.</translation>
    </message>
</context>
<context>
    <name>es::ui::SqlConsole</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>SQL Console</source>
        <translation>SQL-Konsole</translation>
    </message>
    <message>
        <source>Tables and views</source>
        <translation>Tabellen und Sichten</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Double-click a name to insert it</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn einzufügen</translation>
    </message>
    <message>
        <source>SQL statement</source>
        <translation>SQL-Anweisung</translation>
    </message>
    <message>
        <source>One SELECT statement; Ctrl+Enter runs it</source>
        <translation>Eine SELECT-Anweisung; Strg+Eingabetaste führt sie aus</translation>
    </message>
    <message>
        <source>Recent statements</source>
        <translation>Zuletzt ausgeführte Anweisungen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the statement (Ctrl+Enter)</source>
        <translation>Die Anweisung ausführen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Interrupt the running statement (Esc)</source>
        <translation>Die laufende Anweisung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write every row of the statement to a CSV file</source>
        <translation>Alle Ergebniszeilen der Anweisung in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>Wird ausgeführt … %1</translation>
    </message>
    <message>
        <source>SQL Console — %1</source>
        <translation>SQL-Konsole – %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 in %3</source>
        <translation>%1 Zeilen in %3 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>The first %1 rows in %2; Export CSV writes all of them.</source>
        <translation>Die ersten %1 Zeilen in %2; „CSV exportieren“ schreibt alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n Zeile in %1</numerusform>
            <numerusform>%n Zeilen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>E&amp;xcel exportieren …</translation>
    </message>
    <message>
        <source>Write every row of the statement to an Excel workbook</source>
        <translation>Alle Ergebniszeilen der Anweisung in eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the first %1 rows to %2 in %3: an Excel sheet holds no more. Export CSV writes all of them.</source>
        <translation>Die ersten %1 Zeilen in %3 nach %2 geschrieben: Mehr fasst ein Excel-Blatt nicht. „CSV exportieren“ schreibt alle.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
</context>
<context>
    <name>es::ui::SqlWorker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>es::ui::TableCard</name>
    <message>
        <source>Double-click or press Enter on a row to filter by it.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie dort die Eingabetaste, um danach zu filtern.</translation>
    </message>
</context>
<context>
    <name>es::ui::TableDialog</name>
    <message>
        <source>Filter by %1…</source>
        <translation>Nach %1 filtern …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy Table as CSV</source>
        <translation>Tabelle als CSV kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern …</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Zeilen: %1 von %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2.
Choose another folder, or check that the disk has space and the file is not open elsewhere.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.
Wählen Sie einen anderen Ordner oder prüfen Sie, ob auf dem Datenträger genug Platz ist und die Datei nicht anderweitig geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>es::ui::TemplateEditorDialog</name>
    <message>
        <source>Check 1 to 8 metrics; each gets a tile, in this order.</source>
        <translation>Markieren Sie 1 bis 8 Metriken; jede erhält eine Kachel, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Check 1 to 3 metrics; each is a line on the chart.</source>
        <translation>Markieren Sie 1 bis 3 Metriken; jede wird zu einer Linie im Diagramm.</translation>
    </message>
    <message>
        <source>Check 1 to 4 metrics, shown as columns; the first ranks the rows.</source>
        <translation>Markieren Sie 1 bis 4 Metriken, die als Spalten erscheinen; die erste bestimmt die Reihenfolge der Zeilen.</translation>
    </message>
    <message>
        <source>Check one metric; it sizes the slices.</source>
        <translation>Markieren Sie eine Metrik; sie bestimmt die Größe der Segmente.</translation>
    </message>
    <message>
        <source>Check one count, such as page views; values are ranked by its change.</source>
        <translation>Markieren Sie eine Anzahl wie Seitenaufrufe; die Werte werden nach ihrer Veränderung geordnet.</translation>
    </message>
    <message>
        <source>New Report Template</source>
        <translation>Neue Berichtsvorlage</translation>
    </message>
    <message>
        <source>Edit Report Template</source>
        <translation>Berichtsvorlage bearbeiten</translation>
    </message>
    <message>
        <source>Keep the changes (Ctrl+Return)</source>
        <translation>Die Änderungen übernehmen (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>This section shows at most %n metric(s); uncheck one first.</source>
        <translation>
            <numerusform>Dieser Abschnitt zeigt höchstens %n Metrik; entfernen Sie zuerst eine Markierung.</numerusform>
            <numerusform>Dieser Abschnitt zeigt höchstens %n Metriken; entfernen Sie zuerst eine Markierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Ab&amp;schnitte</translation>
    </message>
    <message>
        <source>Title, time range, time zone, comparison and filters of the report</source>
        <translation>Titel, Zeitraum, Zeitzone, Vergleich und Filter des Berichts</translation>
    </message>
    <message>
        <source>What the report shows, section by section</source>
        <translation>Was der Bericht zeigt, Abschnitt für Abschnitt</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titel der Vorlage</translation>
    </message>
    <message>
        <source>Heads the report and names the exported file</source>
        <translation>Steht über dem Bericht und gibt der exportierten Datei ihren Namen</translation>
    </message>
    <message>
        <source>e.g. Weekly traffic for the board</source>
        <translation>z. B. Wöchentlicher Datenverkehr für den Vorstand</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Beschreibung der Vorlage</translation>
    </message>
    <message>
        <source>A sentence or two on what the report is for; shown with the template</source>
        <translation>Ein, zwei Sätze zum Zweck des Berichts; wird mit der Vorlage angezeigt</translation>
    </message>
    <message>
        <source>What the report is for and who reads it</source>
        <translation>Wozu der Bericht dient und wer ihn liest</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The period the report covers, resolved each time it is run</source>
        <translation>Der Zeitraum, den der Bericht abdeckt; wird bei jeder Ausführung neu bestimmt</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>The size of the steps in time series. Automatic picks hours up to two days, days up to three months, weeks up to a year, else months.</source>
        <translation>Die Schrittweite von Zeitreihen. „Automatisch“ wählt Stunden bis zu zwei Tagen, Tage bis zu drei Monaten, Wochen bis zu einem Jahr, sonst Monate.</translation>
    </message>
    <message>
        <source>Gra&amp;nularity:</source>
        <translation>&amp;Granularität:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>The period each figure is compared with</source>
        <translation>Der Zeitraum, mit dem jeder Wert verglichen wird</translation>
    </message>
    <message>
        <source>C&amp;omparison:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <source>Same as the &amp;workspace</source>
        <translation>&amp;Wie im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s time zone, whatever it is when the report runs</source>
        <translation>Die Zeitzone des Arbeitsbereichs verwenden, wie auch immer sie bei der Ausführung des Berichts eingestellt ist</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Days, weeks and months of the report start at midnight in this zone. Type any part of a name to find it.</source>
        <translation>Tage, Wochen und Monate des Berichts beginnen um Mitternacht in dieser Zeitzone. Geben Sie einen beliebigen Teil eines Namens ein, um sie zu finden.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Whether requests from bots and crawlers count</source>
        <translation>Ob Anfragen von Bots und Crawlern mitgezählt werden</translation>
    </message>
    <message>
        <source>&amp;Bots:</source>
        <translation>B&amp;ots:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Only events that match every filter count. Separate several values of one dimension with commas; any of them matches.</source>
        <translation>Es zählen nur Ereignisse, die zu jedem Filter passen. Trennen Sie mehrere Werte einer Dimension durch Kommas; jeder davon passt.</translation>
    </message>
    <message>
        <source>Add a filter on a dimension</source>
        <translation>Einen Filter auf eine Dimension hinzufügen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The sections in the order the report shows them</source>
        <translation>Die Abschnitte in der Reihenfolge, in der der Bericht sie zeigt</translation>
    </message>
    <message>
        <source>&amp;Add section</source>
        <translation>Abschnitt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Einen Abschnitt nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected section (Delete)</source>
        <translation>Den ausgewählten Abschnitt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected section up (Ctrl+Up)</source>
        <translation>Den ausgewählten Abschnitt nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected section down (Ctrl+Down)</source>
        <translation>Den ausgewählten Abschnitt nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Secti&amp;ons in report order:</source>
        <translation>Abschnitte i&amp;n Berichtsreihenfolge:</translation>
    </message>
    <message>
        <source>No section selected.
Add one with &quot;Add section&quot;.</source>
        <translation>Kein Abschnitt ausgewählt.
Fügen Sie einen mit „Abschnitt hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Section kind</source>
        <translation>Abschnittsart</translation>
    </message>
    <message>
        <source>How the section shows its figures</source>
        <translation>Wie der Abschnitt seine Werte darstellt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <source>Leave empty to use the title shown in grey, which follows the metrics</source>
        <translation>Leer lassen, um den grau angezeigten Titel zu verwenden, der sich nach den Metriken richtet</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>The values the section ranks or divides, such as pages or countries</source>
        <translation>Die Werte, die der Abschnitt ordnet oder aufteilt, etwa Seiten oder Länder</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Top-Werte</translation>
    </message>
    <message>
        <source>How many values the section shows; a pie chart adds the rest up as &quot;Other&quot;</source>
        <translation>Wie viele Werte der Abschnitt zeigt; ein Kreisdiagramm fasst den Rest als „Sonstige“ zusammen</translation>
    </message>
    <message>
        <source>To&amp;p values:</source>
        <translation>To&amp;p-Werte:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Checked metrics are shown in the order listed</source>
        <translation>Markierte Metriken werden in der aufgeführten Reihenfolge angezeigt</translation>
    </message>
    <message>
        <source>Move metric up</source>
        <translation>Metrik nach oben</translation>
    </message>
    <message>
        <source>Show the selected metric earlier (Alt+Up)</source>
        <translation>Die ausgewählte Metrik weiter vorn zeigen (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move metric down</source>
        <translation>Metrik nach unten</translation>
    </message>
    <message>
        <source>Show the selected metric later (Alt+Down)</source>
        <translation>Die ausgewählte Metrik weiter hinten zeigen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>&amp;Metriken:</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Abschnittstext</translation>
    </message>
    <message>
        <source>Free text for the report. Separate paragraphs with a blank line.</source>
        <translation>Freitext für den Bericht. Trennen Sie Absätze durch eine Leerzeile.</translation>
    </message>
    <message>
        <source>What readers should know, e.g. how visitors are counted</source>
        <translation>Was Leser wissen sollten, z. B. wie Besucher gezählt werden</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Fixed dates: %1</source>
        <translation>Feste Zeitpunkte: %1</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
    <message>
        <source>The template&apos;s own range</source>
        <translation>Der eigene Zeitraum der Vorlage</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Default: left out of visitors, page views and sessions</source>
        <translation>Standard: bei Besuchern, Seitenaufrufen und Sitzungen ausgeschlossen</translation>
    </message>
    <message>
        <source>Included everywhere</source>
        <translation>Überall eingeschlossen</translation>
    </message>
    <message>
        <source>Excluded everywhere</source>
        <translation>Überall ausgeschlossen</translation>
    </message>
    <message>
        <source>Only bots</source>
        <translation>Nur Bots</translation>
    </message>
    <message>
        <source>One or more values separated by commas; a filter without values is left out</source>
        <translation>Ein oder mehrere Werte, durch Kommas getrennt; ein Filter ohne Werte wird ignoriert</translation>
    </message>
    <message>
        <source>e.g. DE, AT, CH</source>
        <translation>z. B. DE, AT, CH</translation>
    </message>
</context>
<context>
    <name>es::ui::TemplateListModel</name>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigene)</translation>
    </message>
</context>
<context>
    <name>es::ui::TimePage</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Hours, days, weeks and months of the dashboards, reports and alerts are counted in this zone, with its summer time. Type any part of a name (&quot;berlin&quot;) to find a zone.</source>
        <translation>Stunden, Tage, Wochen und Monate der Dashboards, Berichte und Alarme werden in dieser Zone gezählt, einschließlich ihrer Sommerzeit. Geben Sie einen beliebigen Teil eines Namens ein (&quot;berlin&quot;), um eine Zone zu finden.</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochenbeginn:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Pick one from the list, for example Europe/Berlin.</source>
        <translation>&quot;%1&quot; ist keine Zeitzone. Wählen Sie eine aus der Liste, zum Beispiel Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>es::ui::TimeRangePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Choose time range</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Zoom out: twice the span, around the same middle</source>
        <translation>Herauszoomen: doppelte Spanne um dieselbe Mitte</translation>
    </message>
    <message>
        <source>This range cannot be shown.</source>
        <translation>Dieser Zeitraum kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1
Choose another range: click or press %2</source>
        <translation>%1
Anderen Zeitraum wählen: klicken oder %2 drücken</translation>
    </message>
</context>
<context>
    <name>es::ui::TimeRangePopup</name>
    <message>
        <source>&amp;Fixed dates</source>
        <translation>&amp;Feste Zeitpunkte</translation>
    </message>
    <message>
        <source>&amp;Relative to now</source>
        <translation>&amp;Relativ zu jetzt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Choose a time range</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>Quick ranges</source>
        <translation>Schnellauswahl</translation>
    </message>
    <message>
        <source>Recent ranges</source>
        <translation>Zuletzt verwendete Zeiträume</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Fester Beginn</translation>
    </message>
    <message>
        <source>Fixed end</source>
        <translation>Festes Ende</translation>
    </message>
    <message>
        <source>Relative start</source>
        <translation>Relativer Beginn</translation>
    </message>
    <message>
        <source>e.g. now-7d, today, yesterday</source>
        <translation>z. B. now-7d, today, yesterday</translation>
    </message>
    <message>
        <source>Relative end</source>
        <translation>Relatives Ende</translation>
    </message>
    <message>
        <source>e.g. now, today</source>
        <translation>z. B. now, today</translation>
    </message>
    <message>
        <source>Use the fixed or relative range (Enter)</source>
        <translation>Den festen oder relativen Zeitraum verwenden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The zone that days, weeks and the times above are counted in</source>
        <translation>Die Zeitzone, in der Tage, Wochen und die obigen Zeiten gerechnet werden</translation>
    </message>
    <message>
        <source>&amp;Quick ranges</source>
        <translation>&amp;Schnellauswahl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Dates and times in %1</source>
        <translation>Datum und Uhrzeit in %1</translation>
    </message>
</context>
<context>
    <name>es::ui::TimeSeriesCard</name>
    <message>
        <source>Drag across the chart to zoom into that time range.</source>
        <translation>Ziehen Sie über das Diagramm, um in diesen Zeitraum hineinzuzoomen.</translation>
    </message>
    <message>
        <source>%1 (week before)</source>
        <translation>%1 (Vorwoche)</translation>
    </message>
    <message>
        <source>%1 (month before)</source>
        <translation>%1 (Vormonat)</translation>
    </message>
    <message>
        <source>%1 (year before)</source>
        <translation>%1 (Vorjahr)</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1 (Vorperiode)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>es::ui::TimeZoneCombo</name>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>es::ui::ToastManager</name>
    <message>
        <source>Show every alert in the alert history</source>
        <translation>Alle Alarme im Alarmverlauf anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::TypeCountModel</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>es::ui::ValueFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 bn</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>axis date</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>axis time</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>axis month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>tooltip time</comment>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>tooltip month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <comment>percentage points</comment>
        <translation>+%1 Pkt.</translation>
    </message>
    <message>
        <source>−%1 pts</source>
        <comment>percentage points</comment>
        <translation>−%1 Pkt.</translation>
    </message>
</context>
<context>
    <name>es::ui::VisitorsPage</name>
    <message>
        <source>Visitors &amp; privacy</source>
        <translation>Besucher &amp; Datenschutz</translation>
    </message>
    <message>
        <source>Client address and user agent</source>
        <translation>Client-Adresse und User-Agent</translation>
    </message>
    <message>
        <source>Client address only</source>
        <translation>Nur Client-Adresse</translation>
    </message>
    <message>
        <source>Off: keep addresses as logged</source>
        <translation>Aus: Adressen wie protokolliert behalten</translation>
    </message>
    <message>
        <source>Truncate: keep the /24 (IPv4) or /48 (IPv6) network</source>
        <translation>Kürzen: das /24- (IPv4) bzw. /48-Netz (IPv6) behalten</translation>
    </message>
    <message>
        <source>Salted hash: a token per address, nothing of the network</source>
        <translation>Gesalzener Hash: ein Token pro Adresse, nichts vom Netz</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Visitor key:</source>
        <translation>&amp;Besucherschlüssel:</translation>
    </message>
    <message>
        <source>What tells visitors apart when a record has no user id (a user id, when present, always wins).</source>
        <translation>Wodurch Besucher unterschieden werden, wenn ein Datensatz keine Benutzer-ID hat (eine vorhandene Benutzer-ID hat immer Vorrang).</translation>
    </message>
    <message>
        <source>&amp;Anonymise addresses:</source>
        <translation>Adressen &amp;anonymisieren:</translation>
    </message>
    <message>
        <source>Applied before anything is stored; countries are looked up from the real address first. The salt of the hash stays in the workspace.</source>
        <translation>Wird angewendet, bevor etwas gespeichert wird; Länder werden zuvor anhand der echten Adresse ermittelt. Das Salt des Hashs bleibt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Session timeout:</source>
        <translation>&amp;Sitzungs-Timeout:</translation>
    </message>
    <message>
        <source>The longest gap between two page views of one session.</source>
        <translation>Die längste Lücke zwischen zwei Seitenaufrufen einer Sitzung.</translation>
    </message>
    <message>
        <source>&amp;Late-line window:</source>
        <translation>Zeitfenster für &amp;verspätete Zeilen:</translation>
    </message>
    <message>
        <source>How late a line may arrive out of order without splitting a session.</source>
        <translation>Wie spät eine Zeile außer der Reihe eintreffen darf, ohne eine Sitzung zu teilen.</translation>
    </message>
    <message>
        <source>Enter the session timeout in minutes, from 1 to 1440.</source>
        <translation>Geben Sie das Sitzungs-Timeout in Minuten ein, von 1 bis 1440.</translation>
    </message>
    <message>
        <source>Enter the late-line window in minutes, from 0 to 1440.</source>
        <translation>Geben Sie das Zeitfenster für verspätete Zeilen in Minuten ein, von 0 bis 1440.</translation>
    </message>
</context>
<context>
    <name>es::ui::WebhookNotifier</name>
    <message>
        <source>The receiver did not accept the message: check that the URL expects Eventscope&apos;s JSON, or choose the Slack format.</source>
        <translation>Der Empfänger hat die Nachricht nicht angenommen: prüfen Sie, ob die URL das JSON von Eventscope erwartet, oder wählen Sie das Slack-Format.</translation>
    </message>
    <message>
        <source>Check the token in the URL and the permissions of the webhook.</source>
        <translation>Prüfen Sie das Token in der URL und die Berechtigungen des Webhooks.</translation>
    </message>
    <message>
        <source>Check the URL.</source>
        <translation>Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The URL does not take POST requests: check the URL.</source>
        <translation>Die URL nimmt keine POST-Anfragen an: prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The receiver is busy.</source>
        <translation>Der Empfänger ist ausgelastet.</translation>
    </message>
    <message>
        <source>The receiving server has a problem.</source>
        <translation>Der empfangende Server hat ein Problem.</translation>
    </message>
    <message>
        <source>Check the URL and the receiver.</source>
        <translation>Prüfen Sie die URL und den Empfänger.</translation>
    </message>
    <message>
        <source>The channel %1 sends e-mail, not webhooks.</source>
        <translation>Der Kanal %1 sendet E-Mails, keine Webhooks.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 accepted the alert (%2).</source>
        <translation>Der Webhook unter %1 hat den Alarm angenommen (%2).</translation>
    </message>
    <message>
        <source>The webhook at %1 answered %2. %3</source>
        <translation>Der Webhook unter %1 hat mit %2 geantwortet. %3</translation>
    </message>
    <message>
        <source>The webhook at %1 did not answer within the timeout of %2 s.</source>
        <translation>Der Webhook unter %1 hat nicht innerhalb des Timeouts von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the host and port, and that the receiver is running.</source>
        <translation>Keine Verbindung zu %1: die Verbindung wurde abgelehnt. Prüfen Sie Host und Port und ob der Empfänger läuft.</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the URL and the network.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The webhook at %1 cannot be used: %2. Check the URL.</source>
        <translation>Der Webhook unter %1 kann nicht verwendet werden: %2. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The webhook at %1 could not be reached: %2.</source>
        <translation>Der Webhook unter %1 war nicht erreichbar: %2.</translation>
    </message>
</context>
<context>
    <name>es::ui::WidgetEditor</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>&amp;Metriken:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>D&amp;imension:</translation>
    </message>
    <message>
        <source>&amp;Top values:</source>
        <translation>&amp;Top-Werte:</translation>
    </message>
    <message>
        <source>&amp;Width (columns):</source>
        <translation>&amp;Breite (Spalten):</translation>
    </message>
    <message>
        <source>&amp;Height (rows):</source>
        <translation>&amp;Höhe (Zeilen):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>Choose at least one metric.</source>
        <translation>Wählen Sie mindestens eine Metrik.</translation>
    </message>
    <message>
        <source>A scatter plot needs exactly two metrics: the first is the x axis, the second the y axis.</source>
        <translation>Ein Streudiagramm benötigt genau zwei Metriken: die erste ist die x-Achse, die zweite die y-Achse.</translation>
    </message>
    <message>
        <source>This chart shows one metric; the first checked one (%1) is used.</source>
        <translation>Dieses Diagramm zeigt eine Metrik; die erste ausgewählte (%1) wird verwendet.</translation>
    </message>
    <message>
        <source>Choose at most four metrics.</source>
        <translation>Wählen Sie höchstens vier Metriken.</translation>
    </message>
</context>
<context>
    <name>es::ui::WorkspaceActions</name>
    <message>
        <source>Eventscope workspaces (*.eventscope);;All files (*)</source>
        <translation>Eventscope-Arbeitsbereiche (*.eventscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>logs</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Create an empty workspace file to import logs into</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen, in die Logs importiert werden können</translation>
    </message>
    <message>
        <source>Open a workspace (.eventscope file)</source>
        <translation>Einen Arbeitsbereich öffnen (.eventscope-Datei)</translation>
    </message>
    <message>
        <source>Four weeks of generated traffic to try everything on</source>
        <translation>Vier Wochen erzeugter Datenverkehr zum Ausprobieren aller Funktionen</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 – %3</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Cannot create a workspace in %1: the folder is not writable. Choose another folder.</source>
        <translation>In %1 kann kein Arbeitsbereich angelegt werden: der Ordner ist nicht beschreibbar. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 exists already and was opened, not replaced.</source>
        <translation>%1 existiert bereits und wurde geöffnet, nicht ersetzt.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 does not exist. It may have been moved or deleted.</source>
        <translation>%1 existiert nicht. Die Datei wurde möglicherweise verschoben oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>es::ui::WorkspaceController</name>
    <message>
        <source>the demo workspace (the first start generates four weeks of traffic)</source>
        <translation>den Demo-Arbeitsbereich (beim ersten Start werden vier Wochen Datenverkehr erzeugt)</translation>
    </message>
    <message>
        <source>The dashboards could not be saved: %1</source>
        <translation>Die Dashboards konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The report templates could not be saved: %1</source>
        <translation>Die Berichtsvorlagen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Check that the workspace file is writable.</source>
        <translation>Prüfen Sie, ob die Arbeitsbereichsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The scheduled reports could not be saved: %1</source>
        <translation>Die geplanten Berichte konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>es::ui::XlsxReportWriter</name>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Diagrammdaten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder.</source>
        <translation>Der Ordner „%1“ existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name ending in .xlsx.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen mit der Endung .xlsx.</translation>
    </message>
    <message>
        <source>You cannot write to the folder &quot;%1&quot;. Choose a folder you can write to.</source>
        <translation>Sie dürfen nicht in den Ordner „%1“ schreiben. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another file name or make the file writable.</source>
        <translation>„%1“ ist schreibgeschützt. Wählen Sie einen anderen Dateinamen oder heben Sie den Schreibschutz der Datei auf.</translation>
    </message>
    <message>
        <source>There is not enough memory to create the Excel file.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um die Excel-Datei zu erstellen.</translation>
    </message>
    <message>
        <source>No temporary file could be created for the Excel file (%1). Free some disk space and export again.</source>
        <translation>Für die Excel-Datei konnte keine temporäre Datei angelegt werden (%1). Schaffen Sie Platz auf dem Datenträger und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written (%2). Check that you can write to the folder and that the disk is not full.</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2). Prüfen Sie, ob Sie in den Ordner schreiben dürfen und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be replaced (%2). If it is open in another program such as Excel, close it there and export again.</source>
        <translation>„%1“ konnte nicht ersetzt werden (%2). Wenn die Datei in einem anderen Programm wie Excel geöffnet ist, schließen Sie sie dort und exportieren Sie erneut.</translation>
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
    <message>
        <source>eventscope: --range takes a preset (%1) or FROM..TO, such as now-7d..now, not &quot;%2&quot;.</source>
        <translation>eventscope: --range erwartet eine Vorgabe (%1) oder VON..BIS, etwa now-7d..now, nicht „%2“.</translation>
    </message>
</context>
</TS>
