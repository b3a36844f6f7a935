<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Weitere %1</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Leert das Feld</translation>
    </message>
    <message>
        <source>The tools the window is too narrow to show</source>
        <translation>Die Werkzeuge, für die das Fenster zu schmal ist</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>the Debugger&apos;s alerts of a flow&apos;s executions</source>
        <translation>die Debugger-Warnmeldungen der Ausführungen eines Flows</translation>
    </message>
    <message>
        <source>List the Debugger alerts (Twilio Monitor) of a range that belong to executions of the flows given — one row per alert with its execution, step and widget, or counted by error code or widget. Monitor filters by time only: an alert is kept when it names one of the flows&apos; executions or a message or call of one, or names only the flow and fits exactly one step by its time and URL (probable); others are left out. Written once every alert is placed, atomically with -o.</source>
        <translation>Listet die Debugger-Warnmeldungen (Twilio Monitor) eines Zeitraums auf, die zu Ausführungen der angegebenen Flows gehören — eine Zeile pro Meldung mit ihrer Ausführung, ihrem Schritt und Widget, oder gezählt nach Fehlercode oder Widget. Monitor filtert nur nach Zeit: Eine Meldung wird behalten, wenn sie eine Ausführung der Flows oder eine Nachricht oder einen Anruf einer solchen nennt, oder nur den Flow nennt und nach Zeit und URL zu genau einem Schritt passt (wahrscheinlich); andere werden ausgelassen. Geschrieben, sobald jede Meldung zugeordnet ist, mit -o atomar.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable). Required.</source>
        <translation>Die SID des Flows (wiederholbar). Erforderlich.</translation>
    </message>
    <message>
        <source>From T (default: 24 hours ago).</source>
        <translation>Ab T (Standard: vor 24 Stunden).</translation>
    </message>
    <message>
        <source>Monitor keeps alerts 30 days. Executions that began up to a day before T are read too, for alerts of theirs that came later.</source>
        <translation>Monitor bewahrt Warnmeldungen 30 Tage auf. Ausführungen, die bis zu einem Tag vor T begannen, werden ebenfalls gelesen, für ihre späteren Meldungen.</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Vor T (Standard: jetzt).</translation>
    </message>
    <message>
        <source>code: one row per error code (error_code, count, executions); widget: one per widget and code (widget, error_code, count). Default: one row per alert.</source>
        <translation>code: eine Zeile pro Fehlercode (error_code, count, executions); widget: eine pro Widget und Code (widget, error_code, count). Standard: eine Zeile pro Meldung.</translation>
    </message>
    <message>
        <source>Only alerts of this log level (error, warning, notice or debug).</source>
        <translation>Nur Meldungen dieser Stufe (error, warning, notice oder debug).</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (numbers as numbers) or xlsx (needs -o).</source>
        <translation>csv (Standard), tsv, jsonl (Zahlen als Zahlen) oder xlsx (braucht -o).</translation>
    </message>
    <message>
        <source>Executions read at once, one request each at a time (default 8).</source>
        <translation>Gleichzeitig gelesene Ausführungen, je eine Anfrage (Standard 8).</translation>
    </message>
    <message>
        <source>Read the alerts a sync with --related archived (flowscope archive sync --related), not Monitor: any date, offline, the same rows.</source>
        <translation>Die Meldungen lesen, die eine Synchronisierung mit --related archiviert hat (flowscope archive sync --related), nicht Monitor: jedes Datum, offline, dieselben Zeilen.</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not code or widget</source>
        <translation>--by &apos;%1&apos; ist weder code noch widget</translation>
    </message>
    <message>
        <source>--level &apos;%1&apos; is not error, warning, notice or debug</source>
        <translation>--level &apos;%1&apos; ist weder error, warning, notice noch debug</translation>
    </message>
</context>
<context>
    <name>AlertsJob</name>
    <message>
        <source>this key cannot read the Debugger (Monitor answered %1); nothing was written.</source>
        <translation>dieser Schlüssel kann den Debugger nicht lesen (Monitor antwortete %1); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) of the range were archived without --related; their alerts are not counted</source>
        <translation>Warnung: %1 Ausführung(en) des Zeitraums wurden ohne --related archiviert; ihre Meldungen werden nicht gezählt</translation>
    </message>
    <message>
        <source>%1 of %2 executions read…</source>
        <translation>%1 von %2 Ausführungen gelesen…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Twilio refused the credentials (HTTP 401): check the Account SID and Auth Token, or the API key and secret.</source>
        <translation>Twilio hat die Zugangsdaten abgelehnt (HTTP 401): Prüfen Sie die Account SID und das Auth Token oder den API-Schlüssel und sein Secret.</translation>
    </message>
    <message>
        <source>These credentials may not read Studio (HTTP 403): the API key needs access to Studio.</source>
        <translation>Diese Zugangsdaten dürfen Studio nicht lesen (HTTP 403): Der API-Schlüssel braucht Zugriff auf Studio.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the flow or execution does not exist in this account, or has expired (Studio keeps executions 30 days).</source>
        <translation>Nicht gefunden (HTTP 404): Der Flow oder die Ausführung existiert in diesem Konto nicht oder ist abgelaufen (Studio bewahrt Ausführungen 30 Tage auf).</translation>
    </message>
    <message>
        <source>Twilio rejected the request (HTTP %1).</source>
        <translation>Twilio hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio kept rate-limiting the requests (HTTP 429); try again in a minute.</source>
        <translation>Twilio hat die Anfragen weiter gedrosselt (HTTP 429); versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server failed (HTTP %1) and kept failing after retries.</source>
        <translation>Der Server von Twilio ist ausgefallen (HTTP %1) und blieb es auch nach Wiederholungen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>Der Server war nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1); FlowScope never ignores certificate errors.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (%1); FlowScope ignoriert nie Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>The server sent a response FlowScope cannot read: %1.</source>
        <translation>Der Server hat eine Antwort gesendet, die FlowScope nicht lesen kann: %1.</translation>
    </message>
    <message>
        <source>The server sent a response larger than FlowScope accepts (%1); asking again would not help.</source>
        <translation>Der Server hat eine Antwort gesendet, die größer ist, als FlowScope annimmt (%1); erneutes Fragen würde nicht helfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>the archive holds no outcome for it (synced before outcomes were kept)</source>
        <translation>das Archiv hat kein Ergebnis dafür (synchronisiert, bevor Ergebnisse aufbewahrt wurden)</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>The archive: sqlite:PATH (an encrypted file) or postgresql://USER@HOST:PORT/DB?sslmode=… (a shared one); default the profile&apos;s file $XDG_DATA_HOME/flowscope/archive-PROFILE.db.</source>
        <translation>Das Archiv: sqlite:PFAD (eine verschlüsselte Datei) oder postgresql://USER@HOST:PORT/DB?sslmode=… (ein gemeinsames); Standard ist die Datei des Profils $XDG_DATA_HOME/flowscope/archive-PROFIL.db.</translation>
    </message>
    <message>
        <source>A PostgreSQL password comes from the URL, PGPASSWORD, the keychain (the window&apos;s File ▸ Archive… keeps it there) or ~/.pgpass, and is never printed. The file&apos;s key is FLOWSCOPE_ARCHIVE_KEY (64 hex digits, or a passphrase) when set, else the keychain&apos;s.</source>
        <translation>Ein PostgreSQL-Passwort kommt aus der URL, PGPASSWORD, dem Schlüsselbund (das Fenster bewahrt es unter Datei ▸ Archiv… dort auf) oder ~/.pgpass und wird nie ausgegeben. Der Schlüssel der Datei ist FLOWSCOPE_ARCHIVE_KEY (64 Hex-Ziffern oder eine Passphrase), wenn gesetzt, sonst der des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>--db names the archive to read: give --archive too</source>
        <translation>--db nennt das zu lesende Archiv: geben Sie auch --archive an</translation>
    </message>
    <message>
        <source>note: --from %1 is in the future (it is %2 now): no execution has started there yet</source>
        <translation>Hinweis: --from %1 liegt in der Zukunft (jetzt ist %2): dort hat noch keine Ausführung begonnen</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; the archive %3 holds older ones: add --archive</source>
        <translation>Hinweis: Studio bewahrt Ausführungen %1 Tage auf, daher hat Twilio nichts vor %2; das Archiv %3 enthält ältere: fügen Sie --archive hinzu</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; flowscope archive sync keeps them longer from now on</source>
        <translation>Hinweis: Studio bewahrt Ausführungen %1 Tage auf, daher hat Twilio nichts vor %2; flowscope archive sync bewahrt sie ab jetzt länger auf</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>keep executions past Twilio&apos;s 30 days</source>
        <translation>Ausführungen über Twilios 30 Tage hinaus aufbewahren</translation>
    </message>
    <message>
        <source>The archive: executions with their steps and contexts, and their flows&apos; revisions, kept after Twilio drops them. sync brings it up to date (only what is new since the last sync, and the executions it holds as active read again); status says what it holds per flow; purge deletes what is older than a duration. The local archive is an encrypted SQLCipher file, created 0600; a wrong key, a file that is not an archive or a newer schema ends the command with 7 and leaves the file untouched.</source>
        <translation>Das Archiv: Ausführungen mit ihren Schritten und Kontexten sowie die Revisionen ihrer Flows, aufbewahrt, nachdem Twilio sie verwirft. sync bringt es auf den neuesten Stand (nur was seit der letzten Synchronisierung neu ist, und die als aktiv gehaltenen Ausführungen werden erneut gelesen); status sagt, was es pro Flow enthält; purge löscht, was älter als eine Dauer ist. Das lokale Archiv ist eine verschlüsselte SQLCipher-Datei, mit 0600 angelegt; ein falscher Schlüssel, eine Datei, die kein Archiv ist, oder ein neueres Schema beenden den Befehl mit 7 und lassen die Datei unverändert.</translation>
    </message>
    <message>
        <source>sync: only this flow (repeatable; default every flow).</source>
        <translation>sync: nur dieser Flow (wiederholbar; Standard: jeder Flow).</translation>
    </message>
    <message>
        <source>sync: archive executions and steps, not contexts.</source>
        <translation>sync: Ausführungen und Schritte archivieren, keine Kontexte.</translation>
    </message>
    <message>
        <source>sync: archive each execution&apos;s messages, calls and Debugger alerts too (as execution --related reads them; a few requests more each).</source>
        <translation>sync: auch die Nachrichten, Anrufe und Debugger-Meldungen jeder Ausführung archivieren (wie execution --related sie liest; je ein paar Anfragen mehr).</translation>
    </message>
    <message>
        <source>Executions archived by a sync without it have none; execution --related --archive and alerts --archive say so.</source>
        <translation>Von einer Synchronisierung ohne diese Option archivierte Ausführungen haben keine; execution --related --archive und alerts --archive sagen das.</translation>
    </message>
    <message>
        <source>sync: flows synced side by side (default 4).</source>
        <translation>sync: nebeneinander synchronisierte Flows (Standard 4).</translation>
    </message>
    <message>
        <source>sync: requests in flight for each flow (default %1).</source>
        <translation>sync: gleichzeitige Anfragen pro Flow (Standard %1).</translation>
    </message>
    <message>
        <source>sync: then delete what was created longer ago than DURATION (365d, 52w, 48h); default keep everything.</source>
        <translation>sync: danach löschen, was vor mehr als DAUER angelegt wurde (365d, 52w, 48h); standardmäßig alles behalten.</translation>
    </message>
    <message>
        <source>purge: delete executions created longer ago than DURATION (365d, 52w, 48h). Required.</source>
        <translation>purge: Ausführungen löschen, die vor mehr als DAUER angelegt wurden (365d, 52w, 48h). Erforderlich.</translation>
    </message>
    <message>
        <source>purge: do not ask (needed when standard input is not a terminal).</source>
        <translation>purge: nicht nachfragen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>status: csv (default), tsv or jsonl.</source>
        <translation>status: csv (Standard), tsv oder jsonl.</translation>
    </message>
    <message>
        <source>say what to do: archive sync | status | purge</source>
        <translation>sagen Sie, was zu tun ist: archive sync | status | purge</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of archive: the actions are sync, status and purge</source>
        <translation>unbekannte Aktion &apos;%1&apos; von archive: die Aktionen sind sync, status und purge</translation>
    </message>
    <message>
        <source>--%1 is not an option of archive %2 (see --help)</source>
        <translation>--%1 ist keine Option von archive %2 (siehe --help)</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format muss csv, tsv oder jsonl sein</translation>
    </message>
    <message>
        <source>a number of flows</source>
        <translation>eine Anzahl von Flows</translation>
    </message>
    <message>
        <source>--keep-for &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--keep-for &apos;%1&apos; ist keine Dauer wie 365d, 52w oder 48h</translation>
    </message>
    <message>
        <source>archive purge needs --older-than DURATION (365d, 52w, 48h)</source>
        <translation>archive purge braucht --older-than DAUER (365d, 52w, 48h)</translation>
    </message>
    <message>
        <source>--older-than &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--older-than &apos;%1&apos; ist keine Dauer wie 365d, 52w oder 48h</translation>
    </message>
</context>
<context>
    <name>ArchiveJob</name>
    <message>
        <source>%1 (what was written before stays: %2 execution(s); the next sync goes on from there)</source>
        <translation>%1 (was zuvor geschrieben wurde, bleibt: %2 Ausführung(en); die nächste Synchronisierung macht dort weiter)</translation>
    </message>
    <message>
        <source>%1: %2 flow(s) synced, %3 execution(s) written; %4 held as active checked, %5 of them changed%6</source>
        <translation>%1: %2 Flow(s) synchronisiert, %3 Ausführung(en) geschrieben; %4 als aktiv gehaltene geprüft, %5 davon geändert%6</translation>
    </message>
    <message>
        <source>, %1 no longer at Twilio (kept)</source>
        <translation>, %1 nicht mehr bei Twilio (behalten)</translation>
    </message>
    <message>
        <source>%1 execution(s) older than the retention were deleted</source>
        <translation>%1 Ausführung(en) älter als die Aufbewahrungsfrist wurden gelöscht</translation>
    </message>
    <message>
        <source>%1 execution(s) created before %2 in %3</source>
        <translation>%1 Ausführung(en) angelegt vor %2 in %3</translation>
    </message>
    <message>
        <source>nothing to delete: no execution(s) created before %1</source>
        <translation>nichts zu löschen: keine Ausführung(en) angelegt vor %1</translation>
    </message>
    <message>
        <source>refusing to delete %1 without --yes: standard input is not a terminal to ask on</source>
        <translation>%1 wird ohne --yes nicht gelöscht: die Standardeingabe ist kein Terminal zum Nachfragen</translation>
    </message>
    <message>
        <source>delete %1? [y/N] </source>
        <translation>%1 löschen? [j/N] </translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted</source>
        <translation>nicht bestätigt: nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 execution(s)</source>
        <translation>%1 Ausführung(en)</translation>
    </message>
</context>
<context>
    <name>ArchiveKey</name>
    <message>
        <source>there is no archive at %1 (flowscope archive sync makes one)</source>
        <translation>unter %1 gibt es kein Archiv (flowscope archive sync legt eines an)</translation>
    </message>
    <message>
        <source>the archive&apos;s key could not be read from the keychain: %1</source>
        <translation>der Schlüssel des Archivs konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>the keychain holds no key for the archive %1 (set FLOWSCOPE_ARCHIVE_KEY if it was made with one); it was left as it is</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel für das Archiv %1 (setzen Sie FLOWSCOPE_ARCHIVE_KEY, wenn es damit angelegt wurde); es wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the archive&apos;s new key could not be kept in the keychain, so no archive was made: %1</source>
        <translation>der neue Schlüssel des Archivs konnte nicht im Schlüsselbund abgelegt werden, daher wurde kein Archiv angelegt: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL such as postgresql://user@host:5432/database</source>
        <translation>&apos;%1&apos; ist keine PostgreSQL-URL wie postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host:5432/database</source>
        <translation>die PostgreSQL-URL nennt keine Datenbank: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL may only say sslmode, not &apos;%1&apos;</source>
        <translation>die PostgreSQL-URL darf nur sslmode angeben, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>sqlite: needs a file: sqlite:/path/to/archive.db</source>
        <translation>sqlite: braucht eine Datei: sqlite:/pfad/zum/archiv.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no archive: give sqlite:PATH or postgresql://USER@HOST:PORT/DB</source>
        <translation>&apos;%1&apos; nennt kein Archiv: geben Sie sqlite:PFAD oder postgresql://USER@HOST:PORT/DB an</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation>fehlendes Argument (siehe --help)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600</source>
        <translation>--timeout muss eine Anzahl Sekunden von 0,001 bis 3600 sein</translation>
    </message>
    <message>
        <source>--retries must be a number of attempts from 1 to 100</source>
        <translation>--retries muss eine Anzahl Versuche von 1 bis 100 sein</translation>
    </message>
    <message>
        <source>--format must be csv, tsv, jsonl or xlsx</source>
        <translation>--format muss csv, tsv, jsonl oder xlsx sein</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format muss csv, tsv oder jsonl sein</translation>
    </message>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>eine Arbeitsmappe ist eine Datei, kein Text für ein Terminal oder eine Pipe: geben Sie -o DATEI.xlsx an</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; does not exist in the local time zone (%3): the clocks skipped it. Give the time with its offset (…+01:00) or in UTC (…Z)</source>
        <translation>--%1 &apos;%2&apos; existiert in der lokalen Zeitzone (%3) nicht: die Uhren haben sie übersprungen. Geben Sie die Zeit mit ihrem Versatz (…+01:00) oder in UTC (…Z) an</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or 2026-11-01T09:00:00+05:30</source>
        <translation>--%1 &apos;%2&apos; ist keine Zeit: verwenden Sie ISO 8601 wie 2026-11-01T09:00:00Z oder 2026-11-01T09:00:00+05:30</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to %1</source>
        <translation>--concurrency muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>--%1 must be %2 from %3 to %4</source>
        <translation>--%1 muss %2 von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--%1: that link names no execution</source>
        <translation>--%1: dieser Link nennt keine Ausführung</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3 (%4 followed by 32 hex digits)</source>
        <translation>--%1 &apos;%2&apos; ist keine %3 (%4 gefolgt von 32 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>the link is of account %1, not of the one in use (%2); give the profile that holds it with --profile</source>
        <translation>der Link gehört zum Konto %1, nicht zum verwendeten (%2); geben Sie mit --profile das Profil an, das es enthält</translation>
    </message>
    <message>
        <source>no profile of yours holds account %1, which the link is of (flowscope profiles list)</source>
        <translation>keines Ihrer Profile enthält das Konto %1, zu dem der Link gehört (flowscope profiles list)</translation>
    </message>
    <message>
        <source>a flow SID</source>
        <translation>eine Flow-SID</translation>
    </message>
    <message>
        <source>--flow is required (see --help)</source>
        <translation>--flow ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>no columns given: --columns takes a comma-separated list of %1</source>
        <translation>keine Spalten angegeben: --columns nimmt eine kommagetrennte Liste aus %1</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>unbekannte Spalte &apos;%1&apos;; die Spalten sind %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Sign in with this saved profile (its secret from the keychain); the environment&apos;s TWILIO_* variables still win.</source>
        <translation>Mit diesem gespeicherten Profil anmelden (sein Secret aus dem Schlüsselbund); die TWILIO_*-Variablen der Umgebung haben weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>A keychain that is not there, locked or refusing ends the command with 7 before anything is requested; a profile without a stored secret, with 2.</source>
        <translation>Ein fehlender, gesperrter oder verweigernder Schlüsselbund beendet den Befehl mit 7, bevor etwas angefragt wird; ein Profil ohne gespeichertes Secret mit 2.</translation>
    </message>
    <message>
        <source>API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for loopback).</source>
        <translation>API-Ursprung (Standard https://studio.twilio.com oder FLOWSCOPE_BASE_URL; http nur für Loopback).</translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage abläuft (Standard 30).</translation>
    </message>
    <message>
        <source>Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6).</source>
        <translation>Versuche pro Anfrage, bevor bei 429, 5xx, Verbindungsabbrüchen und Zeitüberschreitungen aufgegeben wird (Standard 6).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically: complete or not at all) instead of standard output.</source>
        <translation>In DATEI schreiben (atomar: vollständig oder gar nicht) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>A failure leaves an existing file untouched.</source>
        <translation>Ein Fehler lässt eine vorhandene Datei unverändert.</translation>
    </message>
    <message>
        <source>the window; --demo browses the built-in sandbox</source>
        <translation>das Fenster; --demo durchsucht die eingebaute Sandbox</translation>
    </message>
    <message>
        <source>Browse Twilio Studio flow executions: pick a flow, narrow the date range, scroll through executions that load page by page, open one to read its context, steps and diagram, and export what you need. flowscope -- LINK opens a flowscope:// link (flowscope link makes one) in this user&apos;s running window, which comes to the front, or in a new one; the desktop runs it so when such a link is clicked.</source>
        <translation>Twilio-Studio-Flow-Ausführungen durchsuchen: einen Flow wählen, den Zeitraum eingrenzen, durch seitenweise geladene Ausführungen blättern, eine öffnen, um ihren Kontext, ihre Schritte und ihr Diagramm zu lesen, und exportieren, was Sie brauchen. flowscope -- LINK öffnet einen flowscope://-Link (flowscope link erzeugt einen) im laufenden Fenster dieses Benutzers, das nach vorn kommt, oder in einem neuen; der Desktop ruft es so auf, wenn ein solcher Link angeklickt wird.</translation>
    </message>
    <message>
        <source>Browse a generated account served by the built-in Studio sandbox; no Twilio account needed.</source>
        <translation>Ein erzeugtes Konto durchsuchen, das die eingebaute Studio-Sandbox bereitstellt; kein Twilio-Konto nötig.</translation>
    </message>
    <message>
        <source>Sign in with this saved profile (the environment&apos;s TWILIO_* variables still win).</source>
        <translation>Mit diesem gespeicherten Profil anmelden (die TWILIO_*-Variablen der Umgebung haben weiterhin Vorrang).</translation>
    </message>
    <message>
        <source>Show this help; --help-all adds Qt&apos;s own options.</source>
        <translation>Diese Hilfe anzeigen; --help-all fügt Qts eigene Optionen hinzu.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Every subcommand but profiles, link and views also takes %1 (see its --help); link and views take --profile NAME, whose account and views they are.</source>
        <translation>Jeder Unterbefehl außer profiles, link und views nimmt auch %1 (siehe seine --help); link und views nehmen --profile NAME, dessen Konto und Ansichten sie sind.</translation>
    </message>
    <message>
        <source>Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, else a saved profile (--profile NAME).</source>
        <translation>Zugangsdaten: TWILIO_ACCOUNT_SID mit TWILIO_AUTH_TOKEN oder TWILIO_API_KEY und TWILIO_API_SECRET, sonst ein gespeichertes Profil (--profile NAME).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 output, 7 the keychain.</source>
        <translation>Exit-Codes: 0 ok, 2 Aufruf, 3 Authentifizierung, 4 nicht gefunden, 5 Netzwerk oder Server, 6 Ausgabe, 7 der Schlüsselbund.</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>Optionen des Fensters:</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>%1 executions…</source>
        <translation>%1 Ausführungen…</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles add, or the window&apos;s Profiles menu, creates one)</source>
        <translation>es gibt kein Profil namens &apos;%1&apos; (flowscope profiles add oder das Menü Profile des Fensters legt eines an)</translation>
    </message>
    <message>
        <source>no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use --profile NAME</source>
        <translation>keine Zugangsdaten: setzen Sie TWILIO_ACCOUNT_SID und TWILIO_AUTH_TOKEN oder TWILIO_API_KEY und TWILIO_API_SECRET mit TWILIO_ACCOUNT_SID, oder verwenden Sie --profile NAME</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain; sign in with it in the window once, or set TWILIO_AUTH_TOKEN</source>
        <translation>Profil &apos;%1&apos; hat kein Secret im Schlüsselbund; melden Sie sich einmal damit im Fenster an oder setzen Sie TWILIO_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>the keychain could not give profile &apos;%1&apos; its secret (%2); set TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead</source>
        <translation>der Schlüsselbund konnte Profil &apos;%1&apos; sein Secret nicht geben (%2); setzen Sie stattdessen TWILIO_AUTH_TOKEN oder TWILIO_API_SECRET</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed, %4 moved</source>
        <translation>%1 geändert, %2 hinzugefügt, %3 entfernt, %4 verschoben</translation>
    </message>
    <message>
        <source>The profile whose views and account these are (default: the environment&apos;s account, else the profile used last).</source>
        <translation>Das Profil, dessen Ansichten und Konto dies sind (Standard: das Konto der Umgebung, sonst das zuletzt verwendete Profil).</translation>
    </message>
    <message>
        <source>that link opens an execution, not a view</source>
        <translation>dieser Link öffnet eine Ausführung, keine Ansicht</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>es gibt keine Ansicht namens &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Language: German, Spanish, French, Brazilian Portuguese or Japanese from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en chooses for FlowScope alone. What programs read is never translated.</source>
        <translation>Sprache: Deutsch, Spanisch, Französisch, brasilianisches Portugiesisch oder Japanisch nach dem Gebietsschema (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), sonst Englisch; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en wählt nur für FlowScope. Was Programme lesen, wird nie übersetzt.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>two executions side by side</source>
        <translation>zwei Ausführungen nebeneinander</translation>
    </message>
    <message>
        <source>Compare two executions of a flow: the steps of each, the widget where their paths parted (the first both reached and left differently, or the last they reached together when one stopped sooner), and every value of their contexts that differs or is on one side only, by its Studio variable path (widgets.http_1.status_code). Each execution is an FN… SID of --flow, a Console link or a flowscope:// link; two of different flows are refused.</source>
        <translation>Zwei Ausführungen eines Flows vergleichen: die Schritte jeder, das Widget, an dem sich ihre Wege trennten (das erste, das beide erreichten und unterschiedlich verließen, oder das letzte, das sie gemeinsam erreichten, wenn eine früher endete), und jeder Wert ihrer Kontexte, der sich unterscheidet oder nur auf einer Seite steht, nach seinem Studio-Variablenpfad (widgets.http_1.status_code). Jede Ausführung ist eine FN…-SID von --flow, ein Console-Link oder ein flowscope://-Link; zwei verschiedener Flows werden abgelehnt.</translation>
    </message>
    <message>
        <source>The flow of both (a link or a Console link names it already).</source>
        <translation>Der Flow beider (ein Link oder Console-Link nennt ihn bereits).</translation>
    </message>
    <message>
        <source>json (default: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) or text (readable).</source>
        <translation>json (Standard: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) oder text (lesbar).</translation>
    </message>
    <message>
        <source>In json a path that is on one side only has no member for the other (a null is a value).</source>
        <translation>In json hat ein Pfad, der nur auf einer Seite steht, kein Element für die andere (null ist ein Wert).</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format muss json oder text sein</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow muss eine Flow-SID sein (FW gefolgt von 32 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution</source>
        <translation>dieser Link öffnet eine Ansicht, keine Ausführung</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>geben Sie --flow an</translation>
    </message>
    <message>
        <source>the two executions are of different flows (%1 and %2): compare two executions of one flow</source>
        <translation>die zwei Ausführungen gehören zu verschiedenen Flows (%1 und %2): vergleichen Sie zwei Ausführungen eines Flows</translation>
    </message>
    <message>
        <source>the executions are of flow %1, not of --flow %2</source>
        <translation>die Ausführungen gehören zum Flow %1, nicht zu --flow %2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>Flow %1 hat keine Ausführung %2 (Studio bewahrt Ausführungen 30 Tage auf)</translation>
    </message>
    <message>
        <source>The same path.</source>
        <translation>Derselbe Weg.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Sie trennten sich bei %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ.</source>
        <translation>
            <numerusform>%n Kontextwert unterscheidet sich.</numerusform>
            <numerusform>%n Kontextwerte unterscheiden sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>Die Account SID muss AC gefolgt von 32 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>Die SID des API-Schlüssels muss SK gefolgt von 32 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation>Das Secret des API-Schlüssels ist leer.</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>Das Auth Token ist leer.</translation>
    </message>
    <message>
        <source>The secret contains spaces or characters a Twilio secret never has.</source>
        <translation>Das Secret enthält Leerzeichen oder Zeichen, die ein Twilio-Secret nie hat.</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY and TWILIO_API_SECRET need TWILIO_ACCOUNT_SID as well.</source>
        <translation>TWILIO_API_KEY und TWILIO_API_SECRET brauchen auch TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>Setzen Sie sowohl TWILIO_ACCOUNT_SID als auch TWILIO_AUTH_TOKEN (oder TWILIO_API_KEY und TWILIO_API_SECRET).</translation>
    </message>
    <message>
        <source>Credentials in the environment: %1</source>
        <translation>Zugangsdaten in der Umgebung: %1</translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos;: %2</source>
        <translation>Ungültige Basis-URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>it needs a scheme and a host, like https://studio.twilio.com</source>
        <translation>sie braucht ein Schema und einen Host, wie https://studio.twilio.com</translation>
    </message>
    <message>
        <source>credentials do not belong in a URL</source>
        <translation>Zugangsdaten gehören nicht in eine URL</translation>
    </message>
    <message>
        <source>give only the origin (scheme, host and port), without a path</source>
        <translation>geben Sie nur den Ursprung an (Schema, Host und Port), ohne Pfad</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>einfaches http ist nur für Loopback-Hosts erlaubt; verwenden Sie https</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for a loopback host)</source>
        <translation>das Schema muss https sein (oder http für einen Loopback-Host)</translation>
    </message>
    <message>
        <source>TWILIO_REGION / TWILIO_EDGE must be plain names like us1 or sydney, not &apos;%1&apos;</source>
        <translation>TWILIO_REGION / TWILIO_EDGE müssen einfache Namen wie us1 oder sydney sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Type a phone number, a client: or sip: address, or what they wrote.</source>
        <translation>Geben Sie eine Telefonnummer, eine client:- oder sip:-Adresse oder das Geschriebene ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a phone number nor an address such as client:name or sip:user@host.</source>
        <translation>&apos;%1&apos; ist weder eine Telefonnummer noch eine Adresse wie client:name oder sip:user@host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nobody: give the whole address, such as client:alice or sip:bob@example.com.</source>
        <translation>&apos;%1&apos; nennt niemanden: geben Sie die ganze Adresse an, wie client:alice oder sip:bob@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: give one (+44…) or a default country such as GB.</source>
        <translation>&apos;%1&apos; hat keine Landesvorwahl: geben Sie eine an (+44…) oder ein Standardland wie GB.</translation>
    </message>
    <message>
        <source>its country code is unknown</source>
        <translation>ihre Landesvorwahl ist unbekannt</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>sie ist zu kurz</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>sie ist zu lang</translation>
    </message>
    <message>
        <source>it is not a possible number there</source>
        <translation>dort ist sie keine mögliche Nummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2; default country %3).</source>
        <translation>&apos;%1&apos; ist keine Telefonnummer, die FlowScope lesen kann (%2; Standardland %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2).</source>
        <translation>&apos;%1&apos; ist keine Telefonnummer, die FlowScope lesen kann (%2).</translation>
    </message>
    <message>
        <source>exactly &apos;%1&apos;</source>
        <translation>genau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 on any channel</source>
        <translation>%1 auf jedem Kanal</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <source>the response has no context</source>
        <translation>die Antwort hat keinen Kontext</translation>
    </message>
</context>
<context>
    <name>CopyLinkActions</name>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>A flowscope:// link to this execution, for a ticket: a click opens it in FlowScope</source>
        <translation>Ein flowscope://-Link zu dieser Ausführung, für ein Ticket: ein Klick öffnet sie in FlowScope</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>DefinitionDiff</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>es ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: there is no &quot;states&quot; list (nor a &quot;definition&quot; that has one)</source>
        <translation>es ist JSON, aber keine Flow-Definition: es gibt keine Liste &quot;states&quot; (und keine &quot;definition&quot;, die eine hat)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: a definition is an object with a &quot;states&quot; list</source>
        <translation>es ist JSON, aber keine Flow-Definition: eine Definition ist ein Objekt mit einer Liste &quot;states&quot;</translation>
    </message>
</context>
<context>
    <name>DiagramSource</name>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revision %1 von %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>The current definition</source>
        <translation>Die aktuelle Definition</translation>
    </message>
    <message>
        <source>, published %1</source>
        <translation>, veröffentlicht %1</translation>
    </message>
    <message>
        <source>, in force when it ran, as the archive kept it.</source>
        <translation>, gültig, als sie lief, wie das Archiv sie aufbewahrt hat.</translation>
    </message>
    <message>
        <source> — the revision this execution ran on could not be read (%1), so the flow as it is now is drawn; steps may not match it.</source>
        <translation> — die Revision, mit der diese Ausführung lief, konnte nicht gelesen werden (%1), daher wird der Flow in seinem jetzigen Stand gezeichnet; Schritte passen womöglich nicht dazu.</translation>
    </message>
    <message>
        <source> — the flow has changed since.</source>
        <translation> — der Flow hat sich seitdem geändert.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>what changed between two flow definitions</source>
        <translation>was sich zwischen zwei Flow-Definitionen geändert hat</translation>
    </message>
    <message>
        <source>Compare two flow definitions widget by widget, matched by name: each widget added, removed, changed (its type, properties or transitions) or moved (only its offset on the canvas), with the paths that differ and their old and new values. The definitions are files (as Studio exports them, or a v2 Flow or Flow Revision resource) or two revisions of a flow read from Twilio. A renamed widget is a removal and an addition.</source>
        <translation>Zwei Flow-Definitionen Widget für Widget vergleichen, nach Namen zugeordnet: jedes hinzugefügte, entfernte, geänderte (Typ, Eigenschaften oder Übergänge) oder verschobene (nur sein Versatz auf der Zeichenfläche) Widget, mit den Pfaden, die sich unterscheiden, und ihren alten und neuen Werten. Die Definitionen sind Dateien (wie Studio sie exportiert, oder eine v2-Flow- oder Flow-Revision-Ressource) oder zwei Revisionen eines Flows, von Twilio gelesen. Ein umbenanntes Widget ist eine Entfernung und eine Hinzufügung.</translation>
    </message>
    <message>
        <source>A definition file; give two (the older first).</source>
        <translation>Eine Definitionsdatei; geben Sie zwei an (die ältere zuerst).</translation>
    </message>
    <message>
        <source>The flow whose --revision&apos;s to compare.</source>
        <translation>Der Flow, dessen --revision verglichen werden.</translation>
    </message>
    <message>
        <source>A revision of --flow (its version number); give two (the older first).</source>
        <translation>Eine Revision von --flow (ihre Versionsnummer); geben Sie zwei an (die ältere zuerst).</translation>
    </message>
    <message>
        <source>text (default: readable), jsonl (one widget a line: widget, change, paths of path, old, new) or csv (one path a row).</source>
        <translation>text (Standard: lesbar), jsonl (ein Widget pro Zeile: widget, change, paths aus path, old, new) oder csv (ein Pfad pro Zeile).</translation>
    </message>
    <message>
        <source>In jsonl a path that is not on one side has null there.</source>
        <translation>In jsonl hat ein Pfad, der auf einer Seite fehlt, dort null.</translation>
    </message>
    <message>
        <source>--definition %1: %2</source>
        <translation>--definition %1: %2</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or csv</source>
        <translation>--format muss text, jsonl oder csv sein</translation>
    </message>
    <message>
        <source>give two --definition files, or --flow with two --revision</source>
        <translation>geben Sie zwei --definition-Dateien an, oder --flow mit zwei --revision</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow muss eine Flow-SID sein (FW gefolgt von 32 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>--revision &apos;%1&apos; is not a revision number (1 or more)</source>
        <translation>--revision &apos;%1&apos; ist keine Revisionsnummer (1 oder mehr)</translation>
    </message>
</context>
<context>
    <name>EndCommand</name>
    <message>
        <source>end stuck executions, once each</source>
        <translation>hängende Ausführungen beenden, jede einmal</translation>
    </message>
    <message>
        <source>End active executions — stuck ones that block customers — once each, and say what happened to every one. The targets are always only active executions: those named by --sid (looked up in the flows given), or those of the flows that started before a time, read with Studio v2&apos;s status filter. They are listed on standard error before anything is sent. Each is read first (one that has ended meanwhile is &quot;already ended&quot; and gets nothing) and ended with one POST; a POST is sent again only after a 429 or a 503, and after an uncertain answer the execution is re-read instead. Exit 0 when every target has ended, 5 when any failed.</source>
        <translation>Aktive Ausführungen beenden — hängende, die Kunden blockieren —, jede einmal, und sagen, was mit jeder geschah. Ziele sind immer nur aktive Ausführungen: die mit --sid genannten (in den angegebenen Flows gesucht) oder die der Flows, die vor einem Zeitpunkt begannen, gelesen mit dem Statusfilter von Studio v2. Sie werden auf der Standardfehlerausgabe aufgelistet, bevor etwas gesendet wird. Jede wird zuerst gelesen (eine, die inzwischen geendet hat, ist &quot;bereits beendet&quot; und bekommt nichts) und mit einem POST beendet; ein POST wird nur nach einer 429 oder 503 erneut gesendet, und nach einer unsicheren Antwort wird die Ausführung stattdessen neu gelesen. Exit 0, wenn jedes Ziel beendet ist, 5, wenn eines fehlschlug.</translation>
    </message>
    <message>
        <source>A flow whose executions to end (FW…); repeat for several. Required.</source>
        <translation>Ein Flow, dessen Ausführungen beendet werden sollen (FW…); für mehrere wiederholen. Erforderlich.</translation>
    </message>
    <message>
        <source>An execution to end (FN…), in one of the flows; repeatable.</source>
        <translation>Eine zu beendende Ausführung (FN…) in einem der Flows; wiederholbar.</translation>
    </message>
    <message>
        <source>The active executions that started more than HOURS ago.</source>
        <translation>Die aktiven Ausführungen, die vor mehr als STUNDEN begannen.</translation>
    </message>
    <message>
        <source>The active executions that started before T (ISO 8601).</source>
        <translation>Die aktiven Ausführungen, die vor T begannen (ISO 8601).</translation>
    </message>
    <message>
        <source>Only those of this contact: a phone number as people type it, or a client: or sip: address.</source>
        <translation>Nur die dieses Kontakts: eine Telefonnummer, wie man sie tippt, oder eine client:- oder sip:-Adresse.</translation>
    </message>
    <message>
        <source>A number is matched on every channel.</source>
        <translation>Eine Nummer wird auf jedem Kanal gesucht.</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>Das Land von Nummern, die ohne +Land getippt werden (Standard: das des Gebietsschemas, %1).</translation>
    </message>
    <message>
        <source>Show what would be ended, and write the audit; send nothing.</source>
        <translation>Zeigen, was beendet würde, und das Protokoll schreiben; nichts senden.</translation>
    </message>
    <message>
        <source>Do not ask (needed when standard input is not a terminal).</source>
        <translation>Nicht nachfragen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>Without it, end asks on a terminal (more than ten: type their number).</source>
        <translation>Ohne diese Option fragt end auf einem Terminal nach (bei mehr als zehn: ihre Anzahl eintippen).</translation>
    </message>
    <message>
        <source>Executions ended at once, 1 to %1 (default %1).</source>
        <translation>Gleichzeitig beendete Ausführungen, 1 bis %1 (Standard %1).</translation>
    </message>
    <message>
        <source>Write the audit CSV here (atomically): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</source>
        <translation>Das Protokoll-CSV hierhin schreiben (atomar): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</translation>
    </message>
    <message>
        <source>Written whenever targets were selected, a dry run included.</source>
        <translation>Geschrieben, sobald Ziele ausgewählt wurden, auch bei einem Probelauf.</translation>
    </message>
    <message>
        <source>say which executions: --sid FN…, --stuck HOURS or --active-before T (one of them)</source>
        <translation>sagen Sie, welche Ausführungen: --sid FN…, --stuck STUNDEN oder --active-before T (eines davon)</translation>
    </message>
    <message>
        <source>an execution SID</source>
        <translation>eine Ausführungs-SID</translation>
    </message>
    <message>
        <source>--stuck must be a number of hours, more than 0 and at most 720</source>
        <translation>--stuck muss eine Anzahl Stunden sein, mehr als 0 und höchstens 720</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <source> Nothing was ended.</source>
        <translation> Nichts wurde beendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not every flow could be read: nothing was ended</source>
        <translation>nicht jeder Flow konnte gelesen werden: nichts wurde beendet</translation>
    </message>
    <message>
        <source>no active execution matches: nothing to end</source>
        <translation>keine aktive Ausführung passt: nichts zu beenden</translation>
    </message>
    <message>
        <source>1 active execution to end:</source>
        <translation>1 aktive Ausführung zu beenden:</translation>
    </message>
    <message>
        <source>%1 active executions to end:</source>
        <translation>%1 aktive Ausführungen zu beenden:</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>Probelauf: nichts wurde gesendet</translation>
    </message>
    <message>
        <source>refusing to end them without --yes: standard input is not a terminal to ask on</source>
        <translation>sie werden ohne --yes nicht beendet: die Standardeingabe ist kein Terminal zum Nachfragen</translation>
    </message>
    <message>
        <source>not confirmed: nothing was sent</source>
        <translation>nicht bestätigt: nichts wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n execution SID(s) given are in none of the flows given</source>
        <translation>
            <numerusform>%n angegebene Ausführungs-SID ist in keinem der angegebenen Flows</numerusform>
            <numerusform>%n angegebene Ausführungs-SIDs sind in keinem der angegebenen Flows</numerusform>
        </translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>type %1 to end these %1 executions: </source>
        <translation>tippen Sie %1, um diese %1 Ausführungen zu beenden: </translation>
    </message>
    <message>
        <source>end this execution? [y/N] </source>
        <translation>diese Ausführung beenden? [j/N] </translation>
    </message>
    <message>
        <source>end these executions? [y/N] </source>
        <translation>diese Ausführungen beenden? [j/N] </translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>Twilio could not fetch the URL</source>
        <translation>Twilio konnte die URL nicht abrufen</translation>
    </message>
    <message>
        <source>The server took too long to accept the connection</source>
        <translation>Der Server brauchte zu lange, um die Verbindung anzunehmen</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>Der Server brauchte zu lange für die Antwort</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke HTTP&apos;s rules</source>
        <translation>Die Antwort des Servers verletzte die Regeln von HTTP</translation>
    </message>
    <message>
        <source>The URL&apos;s host name does not resolve</source>
        <translation>Der Hostname der URL lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>The URL redirects too many times</source>
        <translation>Die URL leitet zu oft weiter</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>Der TLS-Handshake mit dem Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another domain</source>
        <translation>Das Zertifikat des Servers gilt für eine andere Domain</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation>Die Zertifikatskette des Servers ist unvollständig</translation>
    </message>
    <message>
        <source>The server&apos;s TwiML could not be parsed</source>
        <translation>Das TwiML des Servers ließ sich nicht parsen</translation>
    </message>
    <message>
        <source>The TwiML names a version Twilio does not know</source>
        <translation>Das TwiML nennt eine Version, die Twilio nicht kennt</translation>
    </message>
    <message>
        <source>The TwiML does not start with &lt;Response&gt;</source>
        <translation>Das TwiML beginnt nicht mit &lt;Response&gt;</translation>
    </message>
    <message>
        <source>The TwiML does not follow its schema</source>
        <translation>Das TwiML folgt nicht seinem Schema</translation>
    </message>
    <message>
        <source>The server answered with the wrong Content-Type</source>
        <translation>Der Server antwortete mit dem falschen Content-Type</translation>
    </message>
    <message>
        <source>The number dialled is invalid or not supported</source>
        <translation>Die gewählte Nummer ist ungültig oder wird nicht unterstützt</translation>
    </message>
    <message>
        <source>The number dialled is on Twilio&apos;s block list</source>
        <translation>Die gewählte Nummer steht auf der Sperrliste von Twilio</translation>
    </message>
    <message>
        <source>Calls to that country are off in the geo permissions</source>
        <translation>Anrufe in dieses Land sind in den Geo-Berechtigungen deaktiviert</translation>
    </message>
    <message>
        <source>Too many requests at once</source>
        <translation>Zu viele Anfragen auf einmal</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a valid phone number</source>
        <translation>Die &apos;To&apos;-Nummer ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>Sending SMS to that region is not enabled for the account</source>
        <translation>SMS in diese Region sind für das Konto nicht aktiviert</translation>
    </message>
    <message>
        <source>The recipient has opted out (replied STOP)</source>
        <translation>Der Empfänger hat sich abgemeldet (mit STOP geantwortet)</translation>
    </message>
    <message>
        <source>The sending number has too many messages queued</source>
        <translation>Die sendende Nummer hat zu viele Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number cannot receive SMS</source>
        <translation>Die &apos;To&apos;-Nummer kann keine SMS empfangen</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a mobile number</source>
        <translation>Die &apos;To&apos;-Nummer ist keine Mobilnummer</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters</source>
        <translation>Die Nachricht ist länger als 1.600 Zeichen</translation>
    </message>
    <message>
        <source>The message waited too long in the send queue</source>
        <translation>Die Nachricht hat zu lange in der Sendewarteschlange gewartet</translation>
    </message>
    <message>
        <source>The account is suspended</source>
        <translation>Das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>The phone is off or out of reach</source>
        <translation>Das Telefon ist aus oder nicht erreichbar</translation>
    </message>
    <message>
        <source>The recipient or carrier blocked the message</source>
        <translation>Der Empfänger oder Netzbetreiber hat die Nachricht blockiert</translation>
    </message>
    <message>
        <source>The carrier does not know the number</source>
        <translation>Der Netzbetreiber kennt die Nummer nicht</translation>
    </message>
    <message>
        <source>A landline, or a carrier that cannot be reached</source>
        <translation>Ein Festnetzanschluss oder ein nicht erreichbarer Netzbetreiber</translation>
    </message>
    <message>
        <source>The carrier filtered the message</source>
        <translation>Der Netzbetreiber hat die Nachricht gefiltert</translation>
    </message>
    <message>
        <source>Delivery failed for a reason the carrier did not give</source>
        <translation>Die Zustellung schlug aus einem Grund fehl, den der Netzbetreiber nicht nannte</translation>
    </message>
    <message>
        <source>A part of a multi-part message went missing</source>
        <translation>Ein Teil einer mehrteiligen Nachricht ging verloren</translation>
    </message>
    <message>
        <source>The message would cost more than its maximum price</source>
        <translation>Die Nachricht würde mehr als ihren Höchstpreis kosten</translation>
    </message>
    <message>
        <source>The number cannot receive MMS in that region</source>
        <translation>Die Nummer kann in dieser Region keine MMS empfangen</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too short</source>
        <translation>Die Gültigkeitsdauer der Nachricht ist zu kurz</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too long</source>
        <translation>Die Gültigkeitsdauer der Nachricht ist zu lang</translation>
    </message>
    <message>
        <source>The &apos;To&apos; address has invalid attributes</source>
        <translation>Die &apos;To&apos;-Adresse hat ungültige Attribute</translation>
    </message>
    <message>
        <source>The channel is not supported</source>
        <translation>Der Kanal wird nicht unterstützt</translation>
    </message>
    <message>
        <source>The &apos;To&apos; and &apos;From&apos; are on channels that do not mix</source>
        <translation>&apos;To&apos; und &apos;From&apos; sind auf Kanälen, die sich nicht mischen lassen</translation>
    </message>
    <message>
        <source>The carrier&apos;s network is congested</source>
        <translation>Das Netz des Netzbetreibers ist überlastet</translation>
    </message>
    <message>
        <source>The carrier wants the sender ID registered first</source>
        <translation>Der Netzbetreiber verlangt zuerst eine Registrierung der Absenderkennung</translation>
    </message>
    <message>
        <source>The content is larger than the carrier takes</source>
        <translation>Der Inhalt ist größer, als der Netzbetreiber annimmt</translation>
    </message>
    <message>
        <source>Twilio could not schedule the message</source>
        <translation>Twilio konnte die Nachricht nicht einplanen</translation>
    </message>
    <message>
        <source>Twilio&apos;s messaging service failed internally</source>
        <translation>Der Messaging-Dienst von Twilio ist intern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Over the 10DLC campaign&apos;s sending rate</source>
        <translation>Über der Senderate der 10DLC-Kampagne</translation>
    </message>
    <message>
        <source>The 10DLC campaign&apos;s daily cap is reached</source>
        <translation>Das Tageslimit der 10DLC-Kampagne ist erreicht</translation>
    </message>
    <message>
        <source>The numeric sender ID is not set up with the carrier</source>
        <translation>Die numerische Absenderkennung ist beim Netzbetreiber nicht eingerichtet</translation>
    </message>
    <message>
        <source>Half of today&apos;s T-Mobile allowance is used</source>
        <translation>Die Hälfte des heutigen T-Mobile-Kontingents ist verbraucht</translation>
    </message>
    <message>
        <source>70 % of today&apos;s T-Mobile allowance is used</source>
        <translation>70 % des heutigen T-Mobile-Kontingents sind verbraucht</translation>
    </message>
    <message>
        <source>Today&apos;s T-Mobile allowance is used up</source>
        <translation>Das heutige T-Mobile-Kontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>The request named an API version that is not valid</source>
        <translation>Die Anfrage nannte eine ungültige API-Version</translation>
    </message>
    <message>
        <source>The ContentRetention setting is not valid</source>
        <translation>Die Einstellung ContentRetention ist ungültig</translation>
    </message>
    <message>
        <source>The AddressRetention setting is not valid</source>
        <translation>Die Einstellung AddressRetention ist ungültig</translation>
    </message>
    <message>
        <source>The MaxRate setting is not valid</source>
        <translation>Die Einstellung MaxRate ist ungültig</translation>
    </message>
    <message>
        <source>The toll-free number is not verified yet</source>
        <translation>Die gebührenfreie Nummer ist noch nicht verifiziert</translation>
    </message>
    <message>
        <source>The 10DLC campaign is suspended</source>
        <translation>Die 10DLC-Kampagne ist gesperrt</translation>
    </message>
    <message>
        <source>The sending number is not registered for 10DLC</source>
        <translation>Die sendende Nummer ist nicht für 10DLC registriert</translation>
    </message>
    <message>
        <source>The sending number&apos;s 10DLC registration is not finished</source>
        <translation>Die 10DLC-Registrierung der sendenden Nummer ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The voice connection broke</source>
        <translation>Die Sprachverbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>The voice transport failed</source>
        <translation>Der Sprachtransport ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The SIP user dialled is not registered</source>
        <translation>Der gewählte SIP-Benutzer ist nicht registriert</translation>
    </message>
    <message>
        <source>Twilio could not talk to the SIP infrastructure</source>
        <translation>Twilio konnte nicht mit der SIP-Infrastruktur sprechen</translation>
    </message>
    <message>
        <source>The execution reached Studio&apos;s step limit</source>
        <translation>Die Ausführung hat das Schrittlimit von Studio erreicht</translation>
    </message>
    <message>
        <source>A widget ran in a loop too many times</source>
        <translation>Ein Widget lief zu oft in einer Schleife</translation>
    </message>
    <message>
        <source>A widget got an event it has no transition for</source>
        <translation>Ein Widget bekam ein Ereignis, für das es keinen Übergang hat</translation>
    </message>
    <message>
        <source>Studio could not add a member to the chat channel</source>
        <translation>Studio konnte dem Chat-Kanal kein Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>No condition of a split matched, and no default</source>
        <translation>Keine Bedingung einer Verzweigung passte, und es gibt keinen Standard</translation>
    </message>
    <message>
        <source>Studio could not create the chat channel</source>
        <translation>Studio konnte den Chat-Kanal nicht anlegen</translation>
    </message>
    <message>
        <source>Connecting the call took too long</source>
        <translation>Das Verbinden des Anrufs dauerte zu lange</translation>
    </message>
    <message>
        <source>The outgoing call could not be connected</source>
        <translation>Der ausgehende Anruf konnte nicht verbunden werden</translation>
    </message>
    <message>
        <source>Putting the call in a queue took too long</source>
        <translation>Das Einreihen des Anrufs in eine Warteschlange dauerte zu lange</translation>
    </message>
    <message>
        <source>Studio failed internally running a Function</source>
        <translation>Studio ist beim Ausführen einer Function intern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Studio could not send the message</source>
        <translation>Studio konnte die Nachricht nicht senden</translation>
    </message>
    <message>
        <source>Studio could not update the Sync service</source>
        <translation>Studio konnte den Sync-Dienst nicht aktualisieren</translation>
    </message>
    <message>
        <source>Studio could not reach the Understand API</source>
        <translation>Studio konnte die Understand-API nicht erreichen</translation>
    </message>
    <message>
        <source>Studio failed internally making an HTTP request</source>
        <translation>Studio ist bei einer HTTP-Anfrage intern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Studio could not create the TaskRouter task</source>
        <translation>Studio konnte die TaskRouter-Aufgabe nicht anlegen</translation>
    </message>
    <message>
        <source>The HTTP request widget&apos;s call failed</source>
        <translation>Der Aufruf des HTTP-Request-Widgets ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The Function answered with an error</source>
        <translation>Die Function antwortete mit einem Fehler</translation>
    </message>
    <message>
        <source>A {{…}} template in a widget could not be evaluated</source>
        <translation>Eine {{…}}-Vorlage in einem Widget ließ sich nicht auswerten</translation>
    </message>
    <message>
        <source>The phone number uses an API version Studio dropped</source>
        <translation>Die Telefonnummer verwendet eine API-Version, die Studio nicht mehr unterstützt</translation>
    </message>
    <message>
        <source>The flow was started by a trigger it does not have</source>
        <translation>Der Flow wurde von einem Trigger gestartet, den er nicht hat</translation>
    </message>
    <message>
        <source>A flow revision must be a number, LatestPublished or LatestRevision</source>
        <translation>Eine Flow-Revision muss eine Zahl, LatestPublished oder LatestRevision sein</translation>
    </message>
    <message>
        <source>The flow&apos;s definition is not valid</source>
        <translation>Die Definition des Flows ist ungültig</translation>
    </message>
    <message>
        <source>The REST API call gave malformed To or From</source>
        <translation>Der REST-API-Aufruf lieferte fehlerhafte To oder From</translation>
    </message>
    <message>
        <source>A subflow failed</source>
        <translation>Ein Subflow ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The flow has more widgets than Studio allows</source>
        <translation>Der Flow hat mehr Widgets, als Studio erlaubt</translation>
    </message>
    <message>
        <source>The execution stopped: the flow has too many widgets</source>
        <translation>Die Ausführung wurde gestoppt: der Flow hat zu viele Widgets</translation>
    </message>
    <message>
        <source>The Function answered with a 4xx status</source>
        <translation>Die Function antwortete mit einem 4xx-Status</translation>
    </message>
    <message>
        <source>The Function&apos;s answer was an error</source>
        <translation>Die Antwort der Function war ein Fehler</translation>
    </message>
    <message>
        <source>The Functions deployment failed to install</source>
        <translation>Das Deployment der Functions ließ sich nicht installieren</translation>
    </message>
    <message>
        <source>The Function logged a warning</source>
        <translation>Die Function hat eine Warnung protokolliert</translation>
    </message>
    <message>
        <source>The Function logged an error</source>
        <translation>Die Function hat einen Fehler protokolliert</translation>
    </message>
    <message>
        <source>The Function&apos;s environment context is too large</source>
        <translation>Der Umgebungskontext der Function ist zu groß</translation>
    </message>
    <message>
        <source>The Function&apos;s runtime is not supported</source>
        <translation>Die Laufzeitumgebung der Function wird nicht unterstützt</translation>
    </message>
    <message>
        <source>The Function&apos;s headers or cookies are too large</source>
        <translation>Die Header oder Cookies der Function sind zu groß</translation>
    </message>
    <message>
        <source>The Function returned a header with several values</source>
        <translation>Die Function gab einen Header mit mehreren Werten zurück</translation>
    </message>
    <message>
        <source>retrying helps</source>
        <translation>ein neuer Versuch hilft</translation>
    </message>
    <message>
        <source>retrying does not help</source>
        <translation>ein neuer Versuch hilft nicht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ExecutionCommand</name>
    <message>
        <source>one execution for a ticket, as JSON</source>
        <translation>eine Ausführung für ein Ticket, als JSON</translation>
    </message>
    <message>
        <source>Fetch one execution for a ticket: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, each part exactly as the API returned it. The argument is an FN… SID (with --flow), a Twilio Console link or an API URL to the execution. One that names no single execution is refused before any request (exit 2); an unknown one exits 4.</source>
        <translation>Eine Ausführung für ein Ticket abrufen: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, jeder Teil genau so, wie die API ihn lieferte. Das Argument ist eine FN…-SID (mit --flow), ein Twilio-Console-Link oder eine API-URL der Ausführung. Was keine einzelne Ausführung nennt, wird vor jeder Anfrage abgelehnt (Exit 2); eine unbekannte endet mit 4.</translation>
    </message>
    <message>
        <source>The flow of a bare FN… SID (links name it themselves).</source>
        <translation>Der Flow einer bloßen FN…-SID (Links nennen ihn selbst).</translation>
    </message>
    <message>
        <source>Add the execution&apos;s steps, oldest first, each as the API returned it.</source>
        <translation>Die Schritte der Ausführung hinzufügen, älteste zuerst, jeder so, wie die API ihn lieferte.</translation>
    </message>
    <message>
        <source>Add what Twilio kept beside it: the messages and calls it sent and got, and the Debugger alerts of its time that name it, each pinned to the step it belongs to.</source>
        <translation>Hinzufügen, was Twilio daneben aufbewahrt hat: die Nachrichten und Anrufe, die sie sendete und erhielt, und die Debugger-Meldungen ihrer Zeit, die sie nennen, jeweils an den Schritt geheftet, zu dem sie gehören.</translation>
    </message>
    <message>
        <source>Writes &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: each resource as the API returned it, with &quot;step&quot; (the SID of its step, or null) and &quot;widget&quot; first; an alert also &quot;probable&quot; when it names only the flow and was placed by its time and URL. A resource past its retention is {&quot;available&quot;: false, &quot;reason&quot;}; alerts are null when this key cannot read the Debugger.</source>
        <translation>Schreibt &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: jede Ressource so, wie die API sie lieferte, mit &quot;step&quot; (die SID ihres Schritts oder null) und &quot;widget&quot; vorneweg; eine Meldung außerdem &quot;probable&quot;, wenn sie nur den Flow nennt und nach Zeit und URL zugeordnet wurde. Eine Ressource jenseits ihrer Aufbewahrung ist {&quot;available&quot;: false, &quot;reason&quot;}; alerts ist null, wenn dieser Schlüssel den Debugger nicht lesen kann.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (members keep their order).</source>
        <translation>Das JSON zum Lesen einrücken (Elemente behalten ihre Reihenfolge).</translation>
    </message>
    <message>
        <source>Also draw the execution&apos;s path on the flow&apos;s diagram (the revision it ran on) to FILE.svg or FILE.png; no display needed.</source>
        <translation>Außerdem den Weg der Ausführung im Diagramm des Flows (die Revision, mit der sie lief) in DATEI.svg oder DATEI.png zeichnen; kein Bildschirm nötig.</translation>
    </message>
    <message>
        <source>Standard error says which revision was drawn.</source>
        <translation>Die Standardfehlerausgabe sagt, welche Revision gezeichnet wurde.</translation>
    </message>
    <message>
        <source>Read the execution from the archive (flowscope archive sync), not from Twilio: any date, offline, the same JSON.</source>
        <translation>Die Ausführung aus dem Archiv lesen (flowscope archive sync), nicht von Twilio: jedes Datum, offline, dasselbe JSON.</translation>
    </message>
    <message>
        <source>--related gives what a sync with --related kept; --diagram still reads the flow&apos;s definition from Twilio.</source>
        <translation>--related gibt, was eine Synchronisierung mit --related aufbewahrt hat; --diagram liest die Definition des Flows weiterhin von Twilio.</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow muss eine Flow-SID sein (FW gefolgt von 32 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution: flowscope executions --view LINK</source>
        <translation>dieser Link öffnet eine Ansicht, keine Ausführung: flowscope executions --view LINK</translation>
    </message>
    <message>
        <source>the link&apos;s execution is of flow %1, not of --flow %2</source>
        <translation>die Ausführung des Links gehört zum Flow %1, nicht zu --flow %2</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>geben Sie --flow an</translation>
    </message>
    <message>
        <source>--diagram: the file name must end in .svg or .png</source>
        <translation>--diagram: der Dateiname muss auf .svg oder .png enden</translation>
    </message>
    <message>
        <source>--diagram: this build cannot draw</source>
        <translation>--diagram: dieser Build kann nicht zeichnen</translation>
    </message>
</context>
<context>
    <name>ExecutionQuery</name>
    <message>
        <source>Pick a flow first.</source>
        <translation>Wählen Sie zuerst einen Flow.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits.</source>
        <translation>&apos;%1&apos; ist keine Flow-SID: sie muss FW gefolgt von 32 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>The date range is not a valid time.</source>
        <translation>Der Zeitraum ist keine gültige Zeit.</translation>
    </message>
    <message>
        <source>The start of the range must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 1000, not %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und 1000 liegen, nicht %1.</translation>
    </message>
</context>
<context>
    <name>ExecutionRef</name>
    <message>
        <source>No execution SID found: paste an FN… SID (FN and 32 hex digits) or a Twilio Console link to an execution.</source>
        <translation>Keine Ausführungs-SID gefunden: fügen Sie eine FN…-SID (FN und 32 Hex-Ziffern) oder einen Twilio-Console-Link zu einer Ausführung ein.</translation>
    </message>
    <message>
        <source>That names %1 executions; paste one.</source>
        <translation>Das nennt %1 Ausführungen; fügen Sie eine ein.</translation>
    </message>
    <message>
        <source>That names %1 flows; paste one execution&apos;s link or SID.</source>
        <translation>Das nennt %1 Flows; fügen Sie den Link oder die SID einer Ausführung ein.</translation>
    </message>
    <message>
        <source>Studio finds an execution within its flow: %1, or paste a Twilio Console link, which names both.</source>
        <translation>Studio findet eine Ausführung innerhalb ihres Flows: %1, oder fügen Sie einen Twilio-Console-Link ein, der beide nennt.</translation>
    </message>
    <message>
        <source>pick the flow first</source>
        <translation>wählen Sie zuerst den Flow</translation>
    </message>
    <message>
        <source>the execution has no sid</source>
        <translation>die Ausführung hat keine sid</translation>
    </message>
</context>
<context>
    <name>ExecutionsCommand</name>
    <message>
        <source>export a flow&apos;s executions</source>
        <translation>die Ausführungen eines Flows exportieren</translation>
    </message>
    <message>
        <source>Export a flow&apos;s executions, newest first, streamed as they arrive.</source>
        <translation>Die Ausführungen eines Flows exportieren, neueste zuerst, gestreamt, wie sie ankommen.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (FW followed by 32 hex digits).</source>
        <translation>Die SID des Flows (FW gefolgt von 32 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>A saved view (flowscope views list) or a flowscope://view link: its flow, range, filters and columns; options given beside it win.</source>
        <translation>Eine gespeicherte Ansicht (flowscope views list) oder ein flowscope://view-Link: ihr Flow, Zeitraum, ihre Filter und Spalten; daneben angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>A relative range (last-24-hours) is counted from now. Columns the outcome gives (ended_at, last_event, step_count, error_code) turn --outcome on.</source>
        <translation>Ein relativer Zeitraum (last-24-hours) wird ab jetzt gezählt. Spalten, die das Ergebnis liefert (ended_at, last_event, step_count, error_code), schalten --outcome ein.</translation>
    </message>
    <message>
        <source>Only executions started at or after T: ISO 8601 with Z or an offset, or local time without one.</source>
        <translation>Nur Ausführungen, die zu oder nach T begannen: ISO 8601 mit Z oder einem Versatz, oder Ortszeit ohne.</translation>
    </message>
    <message>
        <source>2026-11-01T09:00:00+05:30; a date alone is local midnight.</source>
        <translation>2026-11-01T09:00:00+05:30; ein Datum allein ist lokale Mitternacht.</translation>
    </message>
    <message>
        <source>Only executions started before T.</source>
        <translation>Nur Ausführungen, die vor T begannen.</translation>
    </message>
    <message>
        <source>Executions per request, 1 to 1000 (default 1000).</source>
        <translation>Ausführungen pro Anfrage, 1 bis 1000 (Standard 1000).</translation>
    </message>
    <message>
        <source>Stop after N executions read (crawls sequentially); the filters then write those of them they keep.</source>
        <translation>Nach N gelesenen Ausführungen aufhören (liest nacheinander); die Filter schreiben dann die davon, die sie behalten.</translation>
    </message>
    <message>
        <source>Only the executions that failed (reads each one&apos;s outcome, as --outcome does).</source>
        <translation>Nur die fehlgeschlagenen Ausführungen (liest das Ergebnis jeder, wie --outcome).</translation>
    </message>
    <message>
        <source>Only the executions whose SID or contact address holds TEXT (any case), as the window&apos;s quick filter.</source>
        <translation>Nur die Ausführungen, deren SID oder Kontaktadresse TEXT enthält (beliebige Schreibung), wie der Schnellfilter des Fensters.</translation>
    </message>
    <message>
        <source>csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells, for people; needs -o).</source>
        <translation>csv (Standard, RFC 4180), tsv, jsonl (jede Ausführung genau so, wie die API sie lieferte) oder xlsx (eine Arbeitsmappe mit typisierten Zellen, für Menschen; braucht -o).</translation>
    </message>
    <message>
        <source>csv has a header of API field names and CRLF line ends; tsv uses the same quoting with tabs.</source>
        <translation>csv hat eine Kopfzeile aus den Feldnamen der API und CRLF-Zeilenenden; tsv verwendet dieselbe Maskierung mit Tabulatoren.</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Kommagetrennte Spalten für csv/tsv/xlsx: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Fetch each execution&apos;s context and add it as a &apos;context&apos; column of compact JSON (csv/tsv) or field (jsonl).</source>
        <translation>Den Kontext jeder Ausführung abrufen und als Spalte &apos;context&apos; mit kompaktem JSON (csv/tsv) oder als Feld (jsonl) hinzufügen.</translation>
    </message>
    <message>
        <source>Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits (repeatable).</source>
        <translation>Eine Spalte mit dem Wert bei PFAD im Kontext hinzufügen, z. B. widgets.gather_1.Digits (wiederholbar).</translation>
    </message>
    <message>
        <source>As a Studio variable names it: flow.data[&quot;first name&quot;] works too.</source>
        <translation>So, wie eine Studio-Variable ihn nennt: flow.data[&quot;first name&quot;] geht auch.</translation>
    </message>
    <message>
        <source>Write times in local time with their offset instead of UTC as the API gives them.</source>
        <translation>Zeiten in Ortszeit mit ihrem Versatz schreiben statt in UTC, wie die API sie liefert.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB CR).</source>
        <translation>Zellen wörtlich schreiben, auch solche, die eine Tabellenkalkulation als Formeln ausführen würde (= + - @ TAB CR).</translation>
    </message>
    <message>
        <source>By default such a cell gets a leading apostrophe; plain numbers and E.164 phone numbers stay as they are.</source>
        <translation>Standardmäßig bekommt eine solche Zelle einen führenden Apostroph; einfache Zahlen und E.164-Telefonnummern bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Read each execution&apos;s steps and add its outcome: ended_at, last_event, step_count and failed columns (jsonl: an &apos;outcome&apos; object). Failed means a failure event (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) or a widget&apos;s status_code of 400 or more.</source>
        <translation>Die Schritte jeder Ausführung lesen und ihr Ergebnis hinzufügen: Spalten ended_at, last_event, step_count und failed (jsonl: ein Objekt &apos;outcome&apos;). Fehlgeschlagen heißt ein Fehlerereignis (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) oder ein status_code eines Widgets von 400 oder mehr.</translation>
    </message>
    <message>
        <source>Unknown outcomes are written, counted on standard error, and make the command exit 5 when a request failed for good.</source>
        <translation>Unbekannte Ergebnisse werden geschrieben, auf der Standardfehlerausgabe gezählt und lassen den Befehl mit 5 enden, wenn eine Anfrage endgültig fehlschlug.</translation>
    </message>
    <message>
        <source>Requests in flight at most for --outcome and --context (default %1 with --outcome, 8 for --context alone).</source>
        <translation>Höchstens gleichzeitige Anfragen für --outcome und --context (Standard %1 mit --outcome, 8 für --context allein).</translation>
    </message>
    <message>
        <source>Shared between the slices.</source>
        <translation>Zwischen den Abschnitten geteilt.</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4; 1 is a plain sequential crawl).</source>
        <translation>K Zeitabschnitte gleichzeitig lesen (Standard 4; 1 ist ein einfaches Lesen nacheinander).</translation>
    </message>
    <message>
        <source>The output is the same bytes either way: each SID is written once, the first time it comes. Slices that wait their turn are spooled to unnamed temporary files beside the output file, so memory does not grow with the rows.</source>
        <translation>Die Ausgabe ist in beiden Fällen byte-gleich: jede SID wird einmal geschrieben, beim ersten Auftreten. Abschnitte, die warten, werden in unbenannte temporäre Dateien neben der Ausgabedatei ausgelagert, sodass der Speicher nicht mit den Zeilen wächst.</translation>
    </message>
    <message>
        <source>Read the executions from the archive (flowscope archive sync), not from Twilio: any date, offline, the same output.</source>
        <translation>Die Ausführungen aus dem Archiv lesen (flowscope archive sync), nicht von Twilio: jedes Datum, offline, dieselbe Ausgabe.</translation>
    </message>
    <message>
        <source>--outcome gives what the sync read; --page-size, --parallel and --concurrency do not apply.</source>
        <translation>--outcome gibt, was die Synchronisierung gelesen hat; --page-size, --parallel und --concurrency gelten nicht.</translation>
    </message>
    <message>
        <source>--view: that link opens an execution: flowscope execution LINK</source>
        <translation>--view: dieser Link öffnet eine Ausführung: flowscope execution LINK</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>es gibt keine Ansicht namens &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>--flow or --view is required (see --help)</source>
        <translation>--flow oder --view ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size muss eine Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>--limit must be a number of executions, 0 or more</source>
        <translation>--limit muss eine Anzahl Ausführungen sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>eine Anzahl Abschnitte</translation>
    </message>
    <message>
        <source>--context-path &apos;%1&apos; is not a path such as widgets.gather_1.Digits or flow.data[&quot;first name&quot;]</source>
        <translation>--context-path &apos;%1&apos; ist kein Pfad wie widgets.gather_1.Digits oder flow.data[&quot;first name&quot;]</translation>
    </message>
</context>
<context>
    <name>ExecutionsExport</name>
    <message>
        <source> Nothing was written.</source>
        <translation> Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are written as unknown</source>
        <translation>Warnung: das Archiv hat für %1 Ausführung(en) kein Ergebnis; sie werden als unbekannt geschrieben</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) had no context any more (expired?); their context is null.</source>
        <translation>Warnung: %1 Ausführung(en) hatten keinen Kontext mehr (abgelaufen?); ihr Kontext ist null.</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>the page is %1</source>
        <translation>die Seite ist %1</translation>
    </message>
    <message>
        <source>the page is not a JSON object</source>
        <translation>die Seite ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the page has no meta object</source>
        <translation>die Seite hat kein meta-Objekt</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; array</source>
        <translation>die Seite hat kein Array &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 of the page is not an object</source>
        <translation>Element %1 der Seite ist kein Objekt</translation>
    </message>
    <message>
        <source>the page&apos;s &apos;%1&apos; array could not be delimited</source>
        <translation>das Array &apos;%1&apos; der Seite ließ sich nicht abgrenzen</translation>
    </message>
    <message>
        <source>the answer is not one execution</source>
        <translation>die Antwort ist nicht eine Ausführung</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message numerus="yes">
        <source>%n row(s) had text longer than a spreadsheet cell holds (32,767 characters); it was cut there and marked. Export JSONL for the whole text.</source>
        <translation>
            <numerusform>%n Zeile hatte Text, der länger ist, als eine Tabellenzelle fasst (32.767 Zeichen); er wurde dort abgeschnitten und markiert. Exportieren Sie JSONL für den ganzen Text.</numerusform>
            <numerusform>%n Zeilen hatten Text, der länger ist, als eine Tabellenzelle fasst (32.767 Zeichen); er wurde dort abgeschnitten und markiert. Exportieren Sie JSONL für den ganzen Text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows continue on %n sheet(s) (a sheet holds 1,048,575 rows).</source>
        <translation>
            <numerusform>Die Zeilen gehen auf %n weiterem Blatt weiter (ein Blatt fasst 1.048.575 Zeilen).</numerusform>
            <numerusform>Die Zeilen gehen auf %n weiteren Blättern weiter (ein Blatt fasst 1.048.575 Zeilen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>The flow definition is %1.</source>
        <translation>Die Flow-Definition ist %1.</translation>
    </message>
    <message>
        <source>The flow definition is not a JSON object.</source>
        <translation>Die Flow-Definition ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The flow definition has no &quot;states&quot; list, so it is not a Studio flow.</source>
        <translation>Die Flow-Definition hat keine Liste &quot;states&quot;, also ist sie kein Studio-Flow.</translation>
    </message>
    <message>
        <source>The flow definition&apos;s &quot;states&quot; is not a list.</source>
        <translation>&quot;states&quot; der Flow-Definition ist keine Liste.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; is not an object; it is left out.</source>
        <translation>Eintrag %1 von &quot;states&quot; ist kein Objekt; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; has no name; it is drawn as &quot;%2&quot;.</source>
        <translation>Eintrag %1 von &quot;states&quot; hat keinen Namen; er wird als &quot;%2&quot; gezeichnet.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; names its target with &quot;name&quot; instead of &quot;next&quot;; read as &quot;next&quot;.</source>
        <translation>%1: der Übergang bei &quot;%2&quot; nennt sein Ziel mit &quot;name&quot; statt &quot;next&quot;; als &quot;next&quot; gelesen.</translation>
    </message>
    <message>
        <source>Two widgets are named &quot;%1&quot;; steps are drawn on the first.</source>
        <translation>Zwei Widgets heißen &quot;%1&quot;; Schritte werden am ersten gezeichnet.</translation>
    </message>
    <message>
        <source>The initial state &quot;%1&quot; is not a widget of the flow.</source>
        <translation>Der Anfangszustand &quot;%1&quot; ist kein Widget des Flows.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; leads to &quot;%3&quot;, which is not a widget of the flow.</source>
        <translation>%1: der Übergang bei &quot;%2&quot; führt zu &quot;%3&quot;, das kein Widget des Flows ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) had no position on the canvas; drawn in a row below the others.</source>
        <translation>
            <numerusform>%n Widget hatte keine Position auf der Zeichenfläche; unter den anderen in einer Reihe gezeichnet.</numerusform>
            <numerusform>%n Widgets hatten keine Position auf der Zeichenfläche; unter den anderen in einer Reihe gezeichnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowPath</name>
    <message>
        <source>&quot;%1&quot; is not a widget of this definition (renamed or removed since?); it is drawn apart.</source>
        <translation>&quot;%1&quot; ist kein Widget dieser Definition (seitdem umbenannt oder entfernt?); es wird abseits gezeichnet.</translation>
    </message>
    <message>
        <source>(subflow)</source>
        <translation>(Subflow)</translation>
    </message>
    <message>
        <source>%1: the step on &quot;%2&quot; to &quot;%3&quot; is not a transition of this definition; drawn as a loose edge.</source>
        <translation>%1: der Schritt bei &quot;%2&quot; nach &quot;%3&quot; ist kein Übergang dieser Definition; als lose Kante gezeichnet.</translation>
    </message>
</context>
<context>
    <name>FlowScopeLink</name>
    <message>
        <source>That link is longer than %1 characters; FlowScope makes none so long.</source>
        <translation>Dieser Link ist länger als %1 Zeichen; FlowScope erzeugt keine so langen.</translation>
    </message>
    <message>
        <source>That is not a FlowScope link (flowscope://execution/FN…?flow=FW… or flowscope://view?…).</source>
        <translation>Das ist kein FlowScope-Link (flowscope://execution/FN…?flow=FW… oder flowscope://view?…).</translation>
    </message>
    <message>
        <source>A FlowScope link holds no spaces, control or non-ASCII characters; copy it again.</source>
        <translation>Ein FlowScope-Link enthält keine Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen; kopieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>A FlowScope link starts flowscope:// .</source>
        <translation>Ein FlowScope-Link beginnt mit flowscope:// .</translation>
    </message>
    <message>
        <source>A FlowScope link names what to show, never a user, password, host or port; this one does, and is not opened.</source>
        <translation>Ein FlowScope-Link nennt, was gezeigt werden soll, nie einen Benutzer, ein Passwort, einen Host oder Port; dieser tut es und wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>A FlowScope link opens an execution or a view (flowscope://execution/… or flowscope://view?…).</source>
        <translation>Ein FlowScope-Link öffnet eine Ausführung oder eine Ansicht (flowscope://execution/… oder flowscope://view?…).</translation>
    </message>
    <message>
        <source>That link gives &apos;%1&apos; more than once; it is not opened.</source>
        <translation>Dieser Link gibt &apos;%1&apos; mehr als einmal an; er wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>The link&apos;s account is not an account SID (AC and 32 hex digits).</source>
        <translation>Das Konto des Links ist keine Account SID (AC und 32 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>The link names no execution: flowscope://execution/FN… (FN and 32 hex digits).</source>
        <translation>Der Link nennt keine Ausführung: flowscope://execution/FN… (FN und 32 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>The link names no flow: …?flow=FW… (FW and 32 hex digits); Studio finds an execution within its flow.</source>
        <translation>Der Link nennt keinen Flow: …?flow=FW… (FW und 32 Hex-Ziffern); Studio findet eine Ausführung innerhalb ihres Flows.</translation>
    </message>
    <message>
        <source>A view&apos;s link is flowscope://view?… with nothing between view and ?.</source>
        <translation>Der Link einer Ansicht ist flowscope://view?… ohne etwas zwischen view und ?.</translation>
    </message>
    <message>
        <source>That view link cannot be opened: %1.</source>
        <translation>Dieser Ansichts-Link lässt sich nicht öffnen: %1.</translation>
    </message>
</context>
<context>
    <name>FlowTraffic</name>
    <message numerus="yes">
        <source>%n widget(s) that executions passed through are not in this definition (renamed or removed since they ran?): %1 — drawn apart.</source>
        <translation>
            <numerusform>%n Widget, das Ausführungen durchliefen, ist nicht in dieser Definition (seit ihrem Lauf umbenannt oder entfernt?): %1 — abseits gezeichnet.</numerusform>
            <numerusform>%n Widgets, die Ausführungen durchliefen, sind nicht in dieser Definition (seit ihrem Lauf umbenannt oder entfernt?): %1 — abseits gezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) took a transition this definition does not have; drawn dashed.</source>
        <translation>
            <numerusform>%n Ausführung nahm einen Übergang, den diese Definition nicht hat; gestrichelt gezeichnet.</numerusform>
            <numerusform>%n Ausführungen nahmen einen Übergang, den diese Definition nicht hat; gestrichelt gezeichnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsCommand</name>
    <message>
        <source>list the account&apos;s flows</source>
        <translation>die Flows des Kontos auflisten</translation>
    </message>
    <message>
        <source>List the account&apos;s Studio flows: sid, friendly_name, status, version, date_created, date_updated.</source>
        <translation>Die Studio-Flows des Kontos auflisten: sid, friendly_name, status, version, date_created, date_updated.</translation>
    </message>
    <message>
        <source>tsv (default), csv or jsonl (each flow exactly as the API returned it).</source>
        <translation>tsv (Standard), csv oder jsonl (jeder Flow genau so, wie die API ihn lieferte).</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>kein gültiges JSON: es ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: it looks like an HTML or XML page</source>
        <translation>kein gültiges JSON: es sieht aus wie eine HTML- oder XML-Seite</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes in the middle of a string (cut off on the way?)</source>
        <translation>kein gültiges JSON: es endet nach %1 Bytes mitten in einer Zeichenkette (unterwegs abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with an object or array still open (cut off on the way?)</source>
        <translation>kein gültiges JSON: es endet nach %1 Bytes mit einem noch offenen Objekt oder Array (unterwegs abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with %2 objects or arrays still open (cut off on the way?)</source>
        <translation>kein gültiges JSON: es endet nach %1 Bytes mit %2 noch offenen Objekten oder Arrays (unterwegs abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>a flowscope:// link to an execution or a saved view</source>
        <translation>ein flowscope://-Link zu einer Ausführung oder einer gespeicherten Ansicht</translation>
    </message>
    <message>
        <source>Print a flowscope:// link for a ticket or a chat: a colleague&apos;s click opens it in their FlowScope window (the one running, or a new one). The link names the execution and its flow, or a view&apos;s query, and the account they are of — never credentials or an origin. An execution is given by its SID with --flow, or by a Console link; a view by its name (flowscope views list).</source>
        <translation>Einen flowscope://-Link für ein Ticket oder einen Chat ausgeben: der Klick eines Kollegen öffnet ihn in seinem FlowScope-Fenster (dem laufenden oder einem neuen). Der Link nennt die Ausführung und ihren Flow oder die Abfrage einer Ansicht sowie das Konto, zu dem sie gehören — nie Zugangsdaten oder einen Ursprung. Eine Ausführung wird mit ihrer SID und --flow angegeben oder mit einem Console-Link; eine Ansicht mit ihrem Namen (flowscope views list).</translation>
    </message>
    <message>
        <source>The execution&apos;s flow (FW…); a Console link names it already.</source>
        <translation>Der Flow der Ausführung (FW…); ein Console-Link nennt ihn bereits.</translation>
    </message>
    <message>
        <source>A saved view of the profile.</source>
        <translation>Eine gespeicherte Ansicht des Profils.</translation>
    </message>
    <message>
        <source>give an execution or --view, not both</source>
        <translation>geben Sie eine Ausführung oder --view an, nicht beides</translation>
    </message>
    <message>
        <source>give one execution (FN… with --flow, or a link), or --view NAME</source>
        <translation>geben Sie eine Ausführung an (FN… mit --flow oder einen Link) oder --view NAME</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow muss eine Flow-SID sein (FW gefolgt von 32 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>geben Sie --flow an</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>the execution has ended but lists no steps</source>
        <translation>die Ausführung ist beendet, listet aber keine Schritte</translation>
    </message>
    <message>
        <source>its context could not be read to check the widgets&apos; status codes</source>
        <translation>ihr Kontext konnte nicht gelesen werden, um die Statuscodes der Widgets zu prüfen</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>%1: its message was not delivered (%2)</source>
        <translation>%1: seine Nachricht wurde nicht zugestellt (%2)</translation>
    </message>
    <message>
        <source>%1: its message was not delivered</source>
        <translation>%1: seine Nachricht wurde nicht zugestellt</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>eine Arbeitsmappe ist eine Datei, kein Text für ein Terminal oder eine Pipe: geben Sie -o DATEI.xlsx an</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the output could not be written (disk full?); an existing file was left as it was</source>
        <translation>die Ausgabe konnte nicht geschrieben werden (Datenträger voll?); eine vorhandene Datei blieb unverändert</translation>
    </message>
    <message>
        <source>the output could not be written to %1 (is it full?)</source>
        <translation>die Ausgabe konnte nicht nach %1 geschrieben werden (ist es voll?)</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>PostgresArchive</name>
    <message>
        <source>the archive %1 needs Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed</source>
        <translation>das Archiv %1 braucht den PostgreSQL-Treiber von Qt (Debian: libqt6sql6-psql), der nicht installiert ist</translation>
    </message>
    <message>
        <source>the archive %1 could not be reached: %2</source>
        <translation>das Archiv %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>das Archiv %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>das Archiv %1: %2</translation>
    </message>
    <message>
        <source>the archive %1: preparing it: %2</source>
        <translation>das Archiv %1: beim Vorbereiten: %2</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>das Archiv %1 wurde von einem neueren FlowScope angelegt (Schema %2; dieses liest bis %3); es wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>beim Migrieren</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>beim Schreiben von %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>beim Schreiben</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>beim Schreiben seines Textindex</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>beim Indizieren seines Texts</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>beim Lesen</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>beim Löschen</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Ein Profilname besteht aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>Die Account SID muss AC gefolgt von 32 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>Die SID des API-Schlüssels muss SK gefolgt von 32 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>Profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>Profil &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>saved accounts</source>
        <translation>gespeicherte Konten</translation>
    </message>
    <message>
        <source>Saved accounts, as twilio-cli&apos;s profiles: the secret in the OS keychain (service flowscope), the rest in the settings file. add reads the secret (the Auth Token, or the API key&apos;s secret with --api-key) from standard input when it is not a terminal, else asks for it without echo — never from an argument; without a keychain that answers, or with it locked, nothing is written and the exit status is 7. list shows each profile&apos;s account, region, edge, origin and whether its secret is in the keychain, never the secret. remove deletes the keychain entry, then the profile. use makes a profile the one the window and the commands open by default.</source>
        <translation>Gespeicherte Konten, wie die Profile von twilio-cli: das Secret im Schlüsselbund des Systems (Dienst flowscope), der Rest in der Einstellungsdatei. add liest das Secret (das Auth Token oder mit --api-key das Secret des API-Schlüssels) von der Standardeingabe, wenn sie kein Terminal ist, sonst fragt es ohne Echo danach — nie aus einem Argument; ohne antwortenden oder mit gesperrtem Schlüsselbund wird nichts geschrieben und der Exit-Status ist 7. list zeigt Konto, Region, Edge, Ursprung jedes Profils und ob sein Secret im Schlüsselbund ist, nie das Secret. remove löscht den Schlüsselbundeintrag, dann das Profil. use macht ein Profil zu dem, das Fenster und Befehle standardmäßig öffnen.</translation>
    </message>
    <message>
        <source>list: tsv (default) or jsonl.</source>
        <translation>list: tsv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>add: the Account SID (AC…). Required.</source>
        <translation>add: die Account SID (AC…). Erforderlich.</translation>
    </message>
    <message>
        <source>add: sign in with this API key (SK…); the secret read is then its secret.</source>
        <translation>add: mit diesem API-Schlüssel (SK…) anmelden; das gelesene Secret ist dann sein Secret.</translation>
    </message>
    <message>
        <source>add: Twilio region, e.g. ie1.</source>
        <translation>add: Twilio-Region, z. B. ie1.</translation>
    </message>
    <message>
        <source>add: Twilio edge, e.g. dublin.</source>
        <translation>add: Twilio-Edge, z. B. dublin.</translation>
    </message>
    <message>
        <source>add: another API origin (a sandbox; http only for loopback).</source>
        <translation>add: ein anderer API-Ursprung (eine Sandbox; http nur für Loopback).</translation>
    </message>
    <message>
        <source>add: replace a profile of that name.</source>
        <translation>add: ein Profil dieses Namens ersetzen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>that option is not one of profiles %1 (see --help)</source>
        <translation>diese Option gehört nicht zu profiles %1 (siehe --help)</translation>
    </message>
    <message>
        <source>profiles list takes no name</source>
        <translation>profiles list nimmt keinen Namen</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of profiles: the actions are list, add, remove and use</source>
        <translation>unbekannte Aktion &apos;%1&apos; von profiles: die Aktionen sind list, add, remove und use</translation>
    </message>
    <message>
        <source>profiles %1 takes one profile name</source>
        <translation>profiles %1 nimmt einen Profilnamen</translation>
    </message>
    <message>
        <source>say what to do: profiles %1</source>
        <translation>sagen Sie, was zu tun ist: profiles %1</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format muss tsv oder jsonl sein</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles list)</source>
        <translation>es gibt kein Profil namens &apos;%1&apos; (flowscope profiles list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the profile the window and the commands open.</source>
        <translation>&apos;%1&apos; ist jetzt das Profil, das Fenster und Befehle öffnen.</translation>
    </message>
    <message>
        <source>; profile &apos;%1&apos; was kept</source>
        <translation>; Profil &apos;%1&apos; wurde behalten</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>Profil &apos;%1&apos; und sein Secret entfernt.</translation>
    </message>
    <message>
        <source>--account-sid is required</source>
        <translation>--account-sid ist erforderlich</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists; give --force to replace it</source>
        <translation>ein Profil namens &apos;%1&apos; existiert; geben Sie --force an, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Secret of API key %1</source>
        <translation>Secret des API-Schlüssels %1</translation>
    </message>
    <message>
        <source>Auth Token of %1</source>
        <translation>Auth Token von %1</translation>
    </message>
    <message>
        <source>no secret was given (pipe it on standard input, or type it at the prompt); nothing was saved</source>
        <translation>es wurde kein Secret angegeben (über die Standardeingabe leiten oder an der Eingabeaufforderung tippen); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;; its secret is in the keychain.</source>
        <translation>Profil &apos;%1&apos; gespeichert; sein Secret ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>no keychain answers (a Secret Service such as GNOME Keyring or KWallet): %1</source>
        <translation>kein Schlüsselbund antwortet (ein Secret Service wie GNOME Keyring oder KWallet): %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Related</name>
    <message>
        <source>Message %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Nachricht %1: nicht mehr bei Twilio (gelöscht oder über ihre Aufbewahrung hinaus)</translation>
    </message>
    <message>
        <source>Message %1 (not read)</source>
        <translation>Nachricht %1 (nicht gelesen)</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Nachricht %1: %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Nachricht von %1: %2</translation>
    </message>
    <message>
        <source>Message to %1: %2 — %3</source>
        <translation>Nachricht an %1: %2 — %3</translation>
    </message>
    <message>
        <source>Message to %1: %2</source>
        <translation>Nachricht an %1: %2</translation>
    </message>
    <message>
        <source>Call %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Anruf %1: nicht mehr bei Twilio (gelöscht oder über seine Aufbewahrung hinaus)</translation>
    </message>
    <message>
        <source>Call %1 (not read)</source>
        <translation>Anruf %1 (nicht gelesen)</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Anruf %1: %2</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3, %4 s</source>
        <translation>Anruf %1 → %2: %3, %4 s</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3</source>
        <translation>Anruf %1 → %2: %3</translation>
    </message>
    <message>
        <source>Debugger %1: %2 (probable: it names only the flow)</source>
        <translation>Debugger %1: %2 (wahrscheinlich: sie nennt nur den Flow)</translation>
    </message>
    <message>
        <source>Debugger %1: %2</source>
        <translation>Debugger %1: %2</translation>
    </message>
    <message>
        <source>SMS %1</source>
        <translation>SMS %1</translation>
    </message>
    <message>
        <source>SMS gone</source>
        <translation>SMS weg</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>call gone</source>
        <translation>Anruf weg</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
</context>
<context>
    <name>RelatedJson</name>
    <message>
        <source>no longer at Twilio (deleted, or past its retention)</source>
        <translation>nicht mehr bei Twilio (gelöscht oder über die Aufbewahrung hinaus)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not what execution --related writes</source>
        <translation>nicht das, was execution --related schreibt</translation>
    </message>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>dieser Schlüssel kann den Debugger nicht lesen</translation>
    </message>
</context>
<context>
    <name>RelatedResources</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its &apos;sid&apos; is not a %1 SID</source>
        <translation>seine &apos;sid&apos; ist keine %1-SID</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source> Nothing was written.</source>
        <translation> Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1&apos;s definition could not be read: %2 Nothing was written.</source>
        <translation>die Definition von %1 konnte nicht gelesen werden: %2 Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>warning: %1&apos;s revisions could not be listed (%2); published_at is left empty</source>
        <translation>Warnung: die Revisionen von %1 konnten nicht aufgelistet werden (%2); published_at bleibt leer</translation>
    </message>
    <message>
        <source>the archive holds none of its revisions</source>
        <translation>das Archiv enthält keine seiner Revisionen</translation>
    </message>
    <message>
        <source>%1&apos;s definition: %2. Nothing was written.</source>
        <translation>die Definition von %1: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are counted as unknown</source>
        <translation>Warnung: das Archiv hat für %1 Ausführung(en) kein Ergebnis; sie werden als unbekannt gezählt</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) did not say which revision they ran on (no flow_version); they are counted under revision null</source>
        <translation>Warnung: %1 Ausführung(en) sagten nicht, mit welcher Revision sie liefen (keine flow_version); sie werden unter Revision null gezählt</translation>
    </message>
</context>
<context>
    <name>RevisionsDiff</name>
    <message>
        <source>revision %1 of %2: %3</source>
        <translation>Revision %1 von %2: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2 holds no definition FlowScope can read: %3</source>
        <translation>Revision %1 von %2 enthält keine Definition, die FlowScope lesen kann: %3</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>the view gives &apos;%1&apos; more than once</source>
        <translation>die Ansicht gibt &apos;%1&apos; mehr als einmal an</translation>
    </message>
    <message>
        <source>the view names no flow (flow=FW…)</source>
        <translation>die Ansicht nennt keinen Flow (flow=FW…)</translation>
    </message>
    <message>
        <source>the view&apos;s flow is not a flow SID (FW and 32 hex digits)</source>
        <translation>der Flow der Ansicht ist keine Flow-SID (FW und 32 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>the view gives both a range and from/to; one of them</source>
        <translation>die Ansicht gibt sowohl einen Zeitraum als auch from/to an; nur eines davon</translation>
    </message>
    <message>
        <source>the view&apos;s %1 is not a time of 2000 to 2100 with Z or an offset (2026-11-01T09:00:00Z)</source>
        <translation>%1 der Ansicht ist keine Zeit zwischen 2000 und 2100 mit Z oder Versatz (2026-11-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>the view&apos;s from is not before its to</source>
        <translation>from der Ansicht liegt nicht vor ihrem to</translation>
    </message>
    <message>
        <source>the view&apos;s range is not one of %1</source>
        <translation>der Zeitraum der Ansicht ist keiner von %1</translation>
    </message>
    <message>
        <source>the view&apos;s failed is 1 or 0</source>
        <translation>failed der Ansicht ist 1 oder 0</translation>
    </message>
    <message>
        <source>the view&apos;s filter is longer than %1 characters or holds control characters</source>
        <translation>der Filter der Ansicht ist länger als %1 Zeichen oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the view&apos;s columns are some of %1</source>
        <translation>die Spalten der Ansicht sind einige von %1</translation>
    </message>
    <message>
        <source>the view names the column %1 twice</source>
        <translation>die Ansicht nennt die Spalte %1 zweimal</translation>
    </message>
    <message>
        <source>the view sorts by a column that is not one of %1</source>
        <translation>die Ansicht sortiert nach einer Spalte, die keine von %1 ist</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>eine Ansicht braucht einen Namen</translation>
    </message>
    <message>
        <source>a view&apos;s name is at most %1 characters</source>
        <translation>der Name einer Ansicht hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a view&apos;s name holds no control characters</source>
        <translation>der Name einer Ansicht enthält keine Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a customer across every flow</source>
        <translation>ein Kunde über alle Flows</translation>
    </message>
    <message>
        <source>Find a customer&apos;s executions across every flow: by phone number (on any channel), by client: or sip: address, or by what they wrote (searched in each context). Rows come newest first once every flow was searched (--stream: on standard output as they are found); -o writes the file atomically, only when every flow was searched. A flow that fails is named on standard error and the search exits 5.</source>
        <translation>Die Ausführungen eines Kunden über alle Flows finden: nach Telefonnummer (auf jedem Kanal), nach client:- oder sip:-Adresse oder nach dem, was er geschrieben hat (in jedem Kontext gesucht). Zeilen kommen neueste zuerst, sobald jeder Flow durchsucht wurde (--stream: auf der Standardausgabe, wie sie gefunden werden); -o schreibt die Datei atomar, nur wenn jeder Flow durchsucht wurde. Ein fehlschlagender Flow wird auf der Standardfehlerausgabe genannt, und die Suche endet mit 5.</translation>
    </message>
    <message>
        <source>A phone number as people type it (+44 7700 900123, (415) 555-0100), or an address such as client:alice or sip:bob@example.com.</source>
        <translation>Eine Telefonnummer, wie man sie tippt (+44 7700 900123, (415) 555-0100), oder eine Adresse wie client:alice oder sip:bob@example.com.</translation>
    </message>
    <message>
        <source>A number is read with libphonenumber and matches that number on every channel, whatsapp: included.</source>
        <translation>Eine Nummer wird mit libphonenumber gelesen und passt zu dieser Nummer auf jedem Kanal, whatsapp: eingeschlossen.</translation>
    </message>
    <message>
        <source>Text they wrote or said, searched in each execution&apos;s context (one request each).</source>
        <translation>Text, den sie geschrieben oder gesagt haben, im Kontext jeder Ausführung gesucht (je eine Anfrage).</translation>
    </message>
    <message>
        <source>Any case, in every string of the context.</source>
        <translation>Beliebige Schreibung, in jeder Zeichenkette des Kontexts.</translation>
    </message>
    <message>
        <source>Only this flow (repeatable; default: every flow of the account).</source>
        <translation>Nur dieser Flow (wiederholbar; Standard: jeder Flow des Kontos).</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>Ab T (Standard: vor 30 Tagen, alles, was Studio aufbewahrt).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Vor T (Standard: jetzt).</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>Das Land von Nummern, die ohne +Land getippt werden (Standard: das des Gebietsschemas, %1).</translation>
    </message>
    <message>
        <source>Match the contact&apos;s address string exactly, on its channel only.</source>
        <translation>Die Adresszeichenkette des Kontakts genau vergleichen, nur auf ihrem Kanal.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 8).</source>
        <translation>Gleichzeitige Anfragen, 1 bis 32 (Standard 8).</translation>
    </message>
    <message>
        <source>Pages and contexts together.</source>
        <translation>Seiten und Kontexte zusammen.</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells; needs -o).</source>
        <translation>csv (Standard), tsv, jsonl (jede Ausführung genau so, wie die API sie lieferte) oder xlsx (eine Arbeitsmappe mit typisierten Zellen; braucht -o).</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Kommagetrennte Spalten für csv/tsv/xlsx: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Add each match&apos;s context as a &apos;context&apos; column (or field, in jsonl).</source>
        <translation>Den Kontext jedes Treffers als Spalte &apos;context&apos; hinzufügen (oder Feld, in jsonl).</translation>
    </message>
    <message>
        <source>Write each match to standard output as it is found, not newest first at the end.</source>
        <translation>Jeden Treffer auf die Standardausgabe schreiben, sobald er gefunden wird, nicht am Ende neueste zuerst.</translation>
    </message>
    <message>
        <source>For a long text search one wants to watch; -o files are always sorted.</source>
        <translation>Für eine lange Textsuche, der man zusehen will; -o-Dateien sind immer sortiert.</translation>
    </message>
    <message>
        <source>Search the archive (flowscope archive sync) instead of Twilio: any date (--from defaults to its beginning), offline, by its indexes (--text: at least three characters).</source>
        <translation>Das Archiv (flowscope archive sync) statt Twilio durchsuchen: jedes Datum (--from beginnt standardmäßig an seinem Anfang), offline, über seine Indizes (--text: mindestens drei Zeichen).</translation>
    </message>
    <message>
        <source>Rows come sorted newest first, as with -o.</source>
        <translation>Zeilen kommen sortiert, neueste zuerst, wie mit -o.</translation>
    </message>
    <message>
        <source>say whom to look for: --contact TEXT, --text TEXT, or both</source>
        <translation>sagen Sie, wen Sie suchen: --contact TEXT, --text TEXT oder beides</translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation> Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text ist leer</translation>
    </message>
    <message>
        <source>--text needs at least three characters to search the archive (its index files every three letters); nothing was read</source>
        <translation>--text braucht mindestens drei Zeichen, um das Archiv zu durchsuchen (sein Index erfasst je drei Buchstaben); nichts wurde gelesen</translation>
    </message>
    <message>
        <source>--stream is for standard output: a file is written sorted, whole</source>
        <translation>--stream ist für die Standardausgabe: eine Datei wird sortiert und vollständig geschrieben</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <source>the account&apos;s flows could not be listed: %1</source>
        <translation>die Flows des Kontos konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>the account has no flows</source>
        <translation>das Konto hat keine Flows</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 von %2 Flows · %3 Ausführungen durchsucht · %4 gefunden</translation>
    </message>
    <message>
        <source>%1 (%2) could not be searched: %3</source>
        <translation>%1 (%2) konnte nicht durchsucht werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: the results are not complete%1</source>
        <translation>
            <numerusform>%n Flow konnte nicht durchsucht werden: die Ergebnisse sind unvollständig%1</numerusform>
            <numerusform>%n Flows konnten nicht durchsucht werden: die Ergebnisse sind unvollständig%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1 found in %n flow(s), %2 executions scanned</source>
        <translation>
            <numerusform>%1 gefunden in %n Flow, %2 Ausführungen durchsucht</numerusform>
            <numerusform>%1 gefunden in %n Flows, %2 Ausführungen durchsucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 filed under the contact)</source>
        <translation>%1 gefunden im Archiv %2 (%3 unter dem Kontakt abgelegt)</translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 named by its text index)</source>
        <translation>%1 gefunden im Archiv %2 (%3 von seinem Textindex genannt)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain is locked: unlock it (sign in to the desktop, or open Passwords and Keys) and try again</source>
        <translation>der Schlüsselbund ist gesperrt: entsperren Sie ihn (am Desktop anmelden oder Passwörter und Schlüssel öffnen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>SqlCipherArchive</name>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>das Archiv %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>das Archiv %1: %2</translation>
    </message>
    <message>
        <source>the archive %1 has no key</source>
        <translation>das Archiv %1 hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>there is no archive at %1</source>
        <translation>unter %1 gibt es kein Archiv</translation>
    </message>
    <message>
        <source>the archive %1 is not a file that can be read</source>
        <translation>das Archiv %1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database, not an encrypted archive; it was left as it is</source>
        <translation>%1 ist eine einfache SQLite-Datenbank, kein verschlüsseltes Archiv; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the folder of the archive %1 could not be made</source>
        <translation>der Ordner des Archivs %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the archive %1 could not be made: %2</source>
        <translation>das Archiv %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the archive %1 cannot be read with this key (a wrong key, or not a FlowScope archive); it was left as it is</source>
        <translation>das Archiv %1 lässt sich mit diesem Schlüssel nicht lesen (falscher Schlüssel oder kein FlowScope-Archiv); es wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>beim Migrieren</translation>
    </message>
    <message>
        <source>%1 is a database, but not a FlowScope archive; it was left as it is</source>
        <translation>%1 ist eine Datenbank, aber kein FlowScope-Archiv; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>das Archiv %1 wurde von einem neueren FlowScope angelegt (Schema %2; dieses liest bis %3); es wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>beim Schreiben von %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>beim Lesen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>beim Schreiben</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>beim Löschen</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>beim Schreiben seines Textindex</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>beim Indizieren seines Texts</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>counts for a report: per bucket, outcome, revision, widget or edge</source>
        <translation>Zählungen für einen Bericht: pro Intervall, Ergebnis, Revision, Widget oder Kante</translation>
    </message>
    <message>
        <source>Count a range of executions for a report: per 5 minutes, hour or day (every bucket, empty ones too, starting in UTC), per outcome — the widget they ended on and the last event, most frequent first — per revision of the flow they ran on, or as the diagram counts them, per widget or per edge. Each SID is counted once; the output is written once everything is counted, atomically with -o.</source>
        <translation>Die Ausführungen eines Zeitraums für einen Bericht zählen: pro 5 Minuten, Stunde oder Tag (jedes Intervall, auch leere, beginnend in UTC), pro Ergebnis — das Widget, an dem sie endeten, und das letzte Ereignis, häufigste zuerst —, pro Revision des Flows, mit der sie liefen, oder wie das Diagramm sie zählt, pro Widget oder pro Kante. Jede SID wird einmal gezählt; die Ausgabe wird geschrieben, sobald alles gezählt ist, mit -o atomar.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable: their counts add up). Required.</source>
        <translation>Die SID des Flows (wiederholbar: ihre Zählungen addieren sich). Erforderlich.</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>Ab T (Standard: vor 30 Tagen, alles, was Studio aufbewahrt).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Vor T (Standard: jetzt).</translation>
    </message>
    <message>
        <source>5m, hour or day: one row per bucket (bucket_start, executions, active, ended); outcome: one row per (ended_at, last_event) with executions, failed, unknown; revision: one row per revision the executions ran on, newest first (revision, executions, active, ended, published_at); widget: one row per widget (widget, entered, ended, waiting, failed); edge: one row per edge taken (from, event, to, count).</source>
        <translation>5m, hour oder day: eine Zeile pro Intervall (bucket_start, executions, active, ended); outcome: eine Zeile pro (ended_at, last_event) mit executions, failed, unknown; revision: eine Zeile pro Revision, mit der die Ausführungen liefen, neueste zuerst (revision, executions, active, ended, published_at); widget: eine Zeile pro Widget (widget, entered, ended, waiting, failed); edge: eine Zeile pro genommener Kante (from, event, to, count).</translation>
    </message>
    <message>
        <source>widget and edge count as the Diagram tab does over the flow as it is now: an execution counts once per widget and edge however often it loops; failed is the failed executions that ended there; steps on widgets the definition lacks are counted under their own names. revision reads each execution&apos;s flow_version from Studio v2 (one request per page, as for hour); executions without one are counted under a null revision, and said so. With several flows a flow_sid column comes first.</source>
        <translation>widget und edge zählen wie der Diagramm-Tab über den Flow in seinem jetzigen Stand: eine Ausführung zählt einmal pro Widget und Kante, wie oft sie auch schleift; failed sind die fehlgeschlagenen Ausführungen, die dort endeten; Schritte auf Widgets, die der Definition fehlen, werden unter ihren eigenen Namen gezählt. revision liest die flow_version jeder Ausführung aus Studio v2 (eine Anfrage pro Seite, wie bei hour); Ausführungen ohne werden unter einer Revision null gezählt, und das wird gesagt. Bei mehreren Flows steht eine Spalte flow_sid vorn.</translation>
    </message>
    <message>
        <source>With --by 5m|hour|day|revision: read each execution&apos;s steps and add failed and unknown columns (implied by --by outcome).</source>
        <translation>Mit --by 5m|hour|day|revision: die Schritte jeder Ausführung lesen und Spalten failed und unknown hinzufügen (bei --by outcome inbegriffen).</translation>
    </message>
    <message>
        <source>csv (default), tsv or jsonl (one object per row, numbers as numbers).</source>
        <translation>csv (Standard), tsv oder jsonl (ein Objekt pro Zeile, Zahlen als Zahlen).</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4).</source>
        <translation>K Zeitabschnitte gleichzeitig lesen (Standard 4).</translation>
    </message>
    <message>
        <source>Steps requests in flight at most (default %1).</source>
        <translation>Höchstens gleichzeitige Schritt-Anfragen (Standard %1).</translation>
    </message>
    <message>
        <source>Count the archive&apos;s executions (flowscope archive sync), not Twilio&apos;s: any date, offline, the same counts.</source>
        <translation>Die Ausführungen des Archivs zählen (flowscope archive sync), nicht die von Twilio: jedes Datum, offline, dieselben Zählungen.</translation>
    </message>
    <message>
        <source>--outcomes counts what the sync read; --parallel and --concurrency do not apply.</source>
        <translation>--outcomes zählt, was die Synchronisierung gelesen hat; --parallel und --concurrency gelten nicht.</translation>
    </message>
    <message>
        <source>--by is required: 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by ist erforderlich: 5m, hour, day, outcome, revision, widget oder edge</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by &apos;%1&apos; ist nicht 5m, hour, day, outcome, revision, widget oder edge</translation>
    </message>
    <message>
        <source>--outcomes goes with --by 5m|hour|day|revision; --by %1 reads them anyway</source>
        <translation>--outcomes gehört zu --by 5m|hour|day|revision; --by %1 liest sie ohnehin</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>eine Anzahl Abschnitte</translation>
    </message>
    <message>
        <source>--by revision reads Twilio (Studio v2&apos;s flow_version); the archive does not keep which revision an execution ran on</source>
        <translation>--by revision liest von Twilio (flow_version von Studio v2); das Archiv bewahrt nicht auf, mit welcher Revision eine Ausführung lief</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
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
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>the archive %1 holds no execution %2 of flow %3</source>
        <translation>das Archiv %1 enthält keine Ausführung %2 des Flows %3</translation>
    </message>
    <message>
        <source>warning: the archive holds no context for %1 (synced with --no-contexts); it is written as null</source>
        <translation>Warnung: das Archiv enthält keinen Kontext für %1 (mit --no-contexts synchronisiert); er wird als null geschrieben</translation>
    </message>
    <message>
        <source>the archive %1 holds no messages, calls or alerts for %2 (it was synced without --related)</source>
        <translation>das Archiv %1 enthält keine Nachrichten, Anrufe oder Meldungen für %2 (ohne --related synchronisiert)</translation>
    </message>
    <message>
        <source>the archive %1 holds no revision of flow %2: its definition is read from Twilio</source>
        <translation>das Archiv %1 enthält keine Revision des Flows %2: seine Definition wird von Twilio gelesen</translation>
    </message>
    <message>
        <source>the archive %1 holds no steps for %2</source>
        <translation>das Archiv %1 enthält keine Schritte für %2</translation>
    </message>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>Flow %1 hat keine Ausführung %2 (Studio bewahrt Ausführungen 30 Tage auf)</translation>
    </message>
    <message>
        <source>the context resource has no &apos;context&apos; member</source>
        <translation>die Kontext-Ressource hat kein Element &apos;context&apos;</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n related resource(s) no longer at Twilio (deleted, or past their retention)</source>
        <translation>
            <numerusform>%n zugehörige Ressource nicht mehr bei Twilio (gelöscht oder über ihre Aufbewahrung hinaus)</numerusform>
            <numerusform>%n zugehörige Ressourcen nicht mehr bei Twilio (gelöscht oder über ihre Aufbewahrung hinaus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts left out: this key cannot read the Debugger (Monitor)</source>
        <translation>Meldungen ausgelassen: dieser Schlüssel kann den Debugger (Monitor) nicht lesen</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>Meldungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and were left out</source>
        <translation>
            <numerusform>%n Meldung, die nur den Flow nennt, passte zu keinem einzelnen Schritt und wurde ausgelassen</numerusform>
            <numerusform>%n Meldungen, die nur den Flow nennen, passten zu keinem einzelnen Schritt und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>--diagram %1: %2</source>
        <translation>--diagram %1: %2</translation>
    </message>
    <message>
        <source>Drew %1 on %2</source>
        <translation>%1 auf %2 gezeichnet</translation>
    </message>
</context>
<context>
    <name>UnknownOutcomes</name>
    <message numerus="yes">
        <source>warning: the outcome of %n execution(s) is unknown (written as unknown); %1, for one: %2</source>
        <translation>
            <numerusform>Warnung: das Ergebnis von %n Ausführung ist unbekannt (als unbekannt geschrieben); %1, zum Beispiel: %2</numerusform>
            <numerusform>Warnung: das Ergebnis von %n Ausführungen ist unbekannt (als unbekannt geschrieben); %1, zum Beispiel: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>there is no view named &apos;%1&apos;</source>
        <translation>es gibt keine Ansicht namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is a view named &apos;%1&apos; already</source>
        <translation>es gibt bereits eine Ansicht namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ViewsCommand</name>
    <message>
        <source>the saved views of a profile</source>
        <translation>die gespeicherten Ansichten eines Profils</translation>
    </message>
    <message>
        <source>The views saved in the window (View ▸ Save view…), per profile: list them, show one (a name or a flowscope://view link) with its link, or remove one. flowscope executions --view NAME exports what a view lists.</source>
        <translation>Die im Fenster gespeicherten Ansichten (Ansicht ▸ Ansicht speichern…), pro Profil: sie auflisten, eine anzeigen (ein Name oder ein flowscope://view-Link) mit ihrem Link, oder eine entfernen. flowscope executions --view NAME exportiert, was eine Ansicht auflistet.</translation>
    </message>
    <message>
        <source>tsv (default) or jsonl.</source>
        <translation>tsv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>say what to do: views list | show NAME | remove NAME</source>
        <translation>sagen Sie, was zu tun ist: views list | show NAME | remove NAME</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format muss tsv oder jsonl sein</translation>
    </message>
    <message>
        <source>views list takes no name</source>
        <translation>views list nimmt keinen Namen</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of views: the actions are list, show and remove</source>
        <translation>unbekannte Aktion &apos;%1&apos; von views: die Aktionen sind list, show und remove</translation>
    </message>
    <message>
        <source>views %1 takes one view name</source>
        <translation>views %1 nimmt einen Ansichtsnamen</translation>
    </message>
    <message>
        <source>that option is not one of views remove (see --help)</source>
        <translation>diese Option gehört nicht zu views remove (siehe --help)</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>es gibt keine Ansicht namens &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Removed view &apos;%1&apos;.</source>
        <translation>Ansicht &apos;%1&apos; entfernt.</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>only part was written (is the disk full?)</source>
        <translation>nur ein Teil wurde geschrieben (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>Gemeinsame Optionen:</translation>
    </message>
</context>
<context>
    <name>flowscope::AccountManager</name>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;; enter it again.</source>
        <translation>Für Profil &apos;%1&apos; ist kein Secret gespeichert; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; cannot sign in: %2. The profile and its secret are kept.</source>
        <translation>Profil &apos;%1&apos; kann sich nicht anmelden: %2. Das Profil und sein Secret bleiben erhalten.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; needs its secret again: no keychain is available to keep it.</source>
        <translation>Profil &apos;%1&apos; braucht sein Secret erneut: kein Schlüsselbund ist verfügbar, um es aufzubewahren.</translation>
    </message>
    <message>
        <source>%1. Until then secrets are kept in memory for this session only, never on disk; save the profile again once it is unlocked to keep its secret.</source>
        <translation>%1. Bis dahin werden Secrets nur für diese Sitzung im Arbeitsspeicher gehalten, nie auf dem Datenträger; speichern Sie das Profil erneut, sobald er entsperrt ist, um sein Secret aufzubewahren.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only, never on disk.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Secrets werden nur für diese Sitzung im Arbeitsspeicher gehalten, nie auf dem Datenträger.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>eingegebene Zugangsdaten (im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ein Profil namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another API key: enter its secret.</source>
        <translation>Profil &apos;%1&apos; hat jetzt einen anderen API-Schlüssel: geben Sie sein Secret ein.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another Account SID: enter its Auth Token.</source>
        <translation>Profil &apos;%1&apos; hat jetzt eine andere Account SID: geben Sie ihr Auth Token ein.</translation>
    </message>
    <message>
        <source>The secret of profile &apos;%1&apos; could not be moved to its new name (%2): enter it again.</source>
        <translation>Das Secret von Profil &apos;%1&apos; konnte nicht unter seinen neuen Namen verschoben werden (%2): geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>keines ist gespeichert</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was kept: %2.</source>
        <translation>Profil &apos;%1&apos; wurde behalten: %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::ActivityChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n Ausführung</numerusform>
            <numerusform>%n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 analysed failed (%3 %)</source>
        <translation>, %1 von %2 analysierten fehlgeschlagen (%3 %)</translation>
    </message>
    <message>
        <source>, none analysed</source>
        <translation>, keine analysiert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Click a bar, or drag across bars, to narrow the range to them</source>
        <translation>Klicken Sie auf einen Balken oder ziehen Sie über Balken, um den Zeitraum darauf einzugrenzen</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>Aktivitätshinweis</translation>
    </message>
    <message>
        <source>By revision</source>
        <translation>Nach Revision</translation>
    </message>
    <message>
        <source>Stack the executions by the revision of the flow they ran on, with a marker at each publish: hover one for what it changed and the failure rate before and after it</source>
        <translation>Die Ausführungen nach der Revision des Flows stapeln, mit der sie liefen, mit einer Markierung bei jeder Veröffentlichung: mit der Maus darüber sehen Sie, was sie änderte, und die Fehlerrate davor und danach</translation>
    </message>
    <message>
        <source>Stack the chart by revision</source>
        <translation>Das Diagramm nach Revision stapeln</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>pro 5 Minuten</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>%1 — %2, %3, local time. </source>
        <translation>%1 — %2, %3, Ortszeit. </translation>
    </message>
    <message>
        <source>Counts the %1 loaded rows — Load all for the whole range.</source>
        <translation>Zählt die %1 geladenen Zeilen — Alle laden für den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>All %1 executions of the range.</source>
        <translation>Alle %1 Ausführungen des Zeitraums.</translation>
    </message>
    <message>
        <source>Failed: of the %1 analysed.</source>
        <translation>Fehlgeschlagen: von den %1 analysierten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n execution(s)</source>
        <translation>
            <numerusform>%1 – %2: %n Ausführung</numerusform>
            <numerusform>%1 – %2: %n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended · %2 active · %3 failed</source>
        <translation>%1 beendet · %2 aktiv · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>What it changed could not be read: %1</source>
        <translation>Was sie änderte, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Revision not said</source>
        <translation>Revision nicht angegeben</translation>
    </message>
    <message>
        <source>Revision %1 published</source>
        <translation>Revision %1 veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 published %2</source>
        <translation>Revision %1 veröffentlicht %2</translation>
    </message>
    <message>
        <source>The flow&apos;s first revision.</source>
        <translation>Die erste Revision des Flows.</translation>
    </message>
    <message>
        <source>Reading what it changed…</source>
        <translation>Lese, was sie änderte…</translation>
    </message>
    <message>
        <source>In the %1 before: %2</source>
        <translation>In den %1 davor: %2</translation>
    </message>
    <message>
        <source>In the %1 after: %2</source>
        <translation>In den %1 danach: %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day on the chart: a QDateTime format (ddd: weekday, d: day, MMM: month)</comment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>a time on the chart: a QDateTime format (d: day, MMM: month, HH:mm: the time)</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsDialog</name>
    <message>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>By error code</source>
        <translation>Nach Fehlercode</translation>
    </message>
    <message>
        <source>By widget</source>
        <translation>Nach Widget</translation>
    </message>
    <message>
        <source>Alerts counted</source>
        <translation>Gezählte Meldungen</translation>
    </message>
    <message>
        <source>Read the alerts of the range again</source>
        <translation>Die Meldungen des Zeitraums erneut lesen</translation>
    </message>
    <message>
        <source>Reading the executions that may own an alert: %1 of %2…</source>
        <translation>Lese die Ausführungen, denen eine Meldung gehören kann: %1 von %2…</translation>
    </message>
    <message>
        <source>Alerts by error code</source>
        <translation>Meldungen nach Fehlercode</translation>
    </message>
    <message>
        <source>Alerts by widget</source>
        <translation>Meldungen nach Widget</translation>
    </message>
    <message>
        <source>Choose a row to list its executions in the table</source>
        <translation>Wählen Sie eine Zeile, um ihre Ausführungen in der Tabelle aufzulisten</translation>
    </message>
    <message>
        <source>Alerts of %1</source>
        <translation>Meldungen von %1</translation>
    </message>
    <message>
        <source>The range holds no time Monitor keeps alerts for (the last 30 days).</source>
        <translation>Der Zeitraum enthält keine Zeit, für die Monitor Meldungen aufbewahrt (die letzten 30 Tage).</translation>
    </message>
    <message>
        <source>Listing the Debugger&apos;s alerts from %1 to %2…</source>
        <translation>Liste die Debugger-Meldungen von %1 bis %2 auf…</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger (Twilio Monitor), so there are no alerts to count.</source>
        <translation>Dieser Schlüssel kann den Debugger (Twilio Monitor) nicht lesen, also gibt es keine Meldungen zu zählen.</translation>
    </message>
    <message>
        <source>The alerts could not be counted: %1</source>
        <translation>Die Meldungen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(kein Schritt)</translation>
    </message>
    <message>
        <source>No Debugger alert of this range belongs to an execution of the flow.</source>
        <translation>Keine Debugger-Meldung dieses Zeitraums gehört zu einer Ausführung des Flows.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of this range belong to executions of the flow. Choose a row to list its executions.</source>
        <translation>
            <numerusform>%n Meldung dieses Zeitraums gehört zu Ausführungen des Flows. Wählen Sie eine Zeile, um ihre Ausführungen aufzulisten.</numerusform>
            <numerusform>%n Meldungen dieses Zeitraums gehören zu Ausführungen des Flows. Wählen Sie eine Zeile, um ihre Ausführungen aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1</source>
        <translation>
            <numerusform>Die %n Ausführung mit Meldung %1</numerusform>
            <numerusform>Die %n Ausführungen mit Meldung %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1 at %2</source>
        <translation>
            <numerusform>Die %n Ausführung mit Meldung %1 bei %2</numerusform>
            <numerusform>Die %n Ausführungen mit Meldung %1 bei %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsReport</name>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>dieser Schlüssel kann den Debugger nicht lesen</translation>
    </message>
</context>
<context>
    <name>flowscope::ApiReply</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Refused to follow a link to %1: it is not one of the configured API origins (%2), and credentials are never sent elsewhere.</source>
        <translation>Einem Link zu %1 wurde nicht gefolgt: er gehört zu keinem der eingestellten API-Ursprünge (%2), und Zugangsdaten werden nie anderswohin gesendet.</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: it is not the configured API origin, and credentials are never sent elsewhere.</source>
        <translation>Eine Weiterleitung zu %1 wurde abgelehnt: sie ist nicht der eingestellte API-Ursprung, und Zugangsdaten werden nie anderswohin gesendet.</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>mehr als %1 MB</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>timed out after %1 (no data for %2 s)</source>
        <translation>Zeitüberschreitung nach %1 (keine Daten seit %2 s)</translation>
    </message>
    <message>
        <source>the connection closed after %1</source>
        <translation>die Verbindung wurde nach %1 geschlossen</translation>
    </message>
    <message>
        <source>the body ended after %1</source>
        <translation>der Inhalt endete nach %1</translation>
    </message>
    <message>
        <source>it is %1, not JSON (is a proxy or a sign-in page in the way?)</source>
        <translation>es ist %1, kein JSON (steht ein Proxy oder eine Anmeldeseite im Weg?)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>keine Daten seit %1 s</translation>
    </message>
    <message>
        <source>whether it took effect is unknown: re-reading it failed too (%1)</source>
        <translation>ob es wirkte, ist unbekannt: auch das erneute Lesen schlug fehl (%1)</translation>
    </message>
    <message>
        <source>1 attempt over %1 s</source>
        <translation>1 Versuch in %1 s</translation>
    </message>
    <message>
        <source>%1 attempts over %2 s</source>
        <translation>%1 Versuche in %2 s</translation>
    </message>
    <message>
        <source>; the server asked to wait %1 s more</source>
        <translation>; der Server bat, %1 s länger zu warten</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveController</name>
    <message>
        <source>The archive&apos;s password could not be kept in the keychain: %1</source>
        <translation>Das Passwort des Archivs konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Archive off</source>
        <translation>Archiv aus</translation>
    </message>
    <message>
        <source>Archive: opening…</source>
        <translation>Archiv: wird geöffnet…</translation>
    </message>
    <message>
        <source>Archive: ⚠ %1</source>
        <translation>Archiv: ⚠ %1</translation>
    </message>
    <message>
        <source>Archive: syncing… %1 written</source>
        <translation>Archiv: synchronisiere… %1 geschrieben</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveDialog</name>
    <message>
        <source>&amp;Keep an archive of this account&apos;s executions</source>
        <translation>Ein &amp;Archiv der Ausführungen dieses Kontos führen</translation>
    </message>
    <message>
        <source>Keep what Twilio &amp;said too: messages, calls, alerts</source>
        <translation>Auch aufbewahren, was Twilio &amp;sagte: Nachrichten, Anrufe, Meldungen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Twilio keeps executions 30 days; the archive keeps them on this machine, encrypted, for as long as you choose. It holds personal data (numbers, messages): it is off until you turn it on.</source>
        <translation>Twilio bewahrt Ausführungen 30 Tage auf; das Archiv bewahrt sie auf diesem Rechner auf, verschlüsselt, so lange Sie wollen. Es enthält personenbezogene Daten (Nummern, Nachrichten): es ist aus, bis Sie es einschalten.</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s own encrypted file. sqlite:PATH for another file; postgresql://USER@HOST:PORT/DB?sslmode=require for a team&apos;s shared archive (its password from PGPASSWORD or ~/.pgpass, never kept here).</source>
        <translation>Leer: die eigene verschlüsselte Datei des Profils. sqlite:PFAD für eine andere Datei; postgresql://USER@HOST:PORT/DB?sslmode=require für das gemeinsame Archiv eines Teams (sein Passwort aus PGPASSWORD oder ~/.pgpass, hier nie aufbewahrt).</translation>
    </message>
    <message>
        <source>Where the archive is</source>
        <translation>Wo das Archiv ist</translation>
    </message>
    <message>
        <source>PostgreSQL only; empty: keep the one in the keychain</source>
        <translation>Nur PostgreSQL; leer: das im Schlüsselbund behalten</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings; PGPASSWORD and a password in the URL come first, ~/.pgpass after.</source>
        <translation>Im Schlüsselbund aufbewahrt, nie in den Einstellungen; PGPASSWORD und ein Passwort in der URL gehen vor, ~/.pgpass danach.</translation>
    </message>
    <message>
        <source>The PostgreSQL archive&apos;s password</source>
        <translation>Das Passwort des PostgreSQL-Archivs</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source>Keep executions for</source>
        <translation>Ausführungen aufbewahren für</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchronisieren alle</translation>
    </message>
    <message>
        <source>Each execution&apos;s messages and calls and the Debugger&apos;s alerts about it, so that why a step failed can be read with Twilio&apos;s copies gone: a few requests more an execution.</source>
        <translation>Die Nachrichten und Anrufe jeder Ausführung und die Debugger-Meldungen dazu, damit sich lesen lässt, warum ein Schritt fehlschlug, auch wenn Twilios Kopien weg sind: ein paar Anfragen mehr pro Ausführung.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>Was das Archiv enthält</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Aufbewahren &amp;für:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren a&amp;lle:</translation>
    </message>
    <message>
        <source>Turn the archive on and press OK first.</source>
        <translation>Schalten Sie das Archiv ein und drücken Sie zuerst OK.</translation>
    </message>
    <message numerus="yes">
        <source> — the last one wrote %1 execution(s) of %n flow(s)</source>
        <translation>
            <numerusform> — die letzte schrieb %1 Ausführung(en) aus %n Flow</numerusform>
            <numerusform> — die letzte schrieb %1 Ausführung(en) aus %n Flows</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds no executions yet.</source>
        <translation>Es enthält noch keine Ausführungen.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %1 execution(s) of %n flow(s), the oldest from %2.</source>
        <translation>
            <numerusform>Es enthält %1 Ausführung(en) aus %n Flow, die älteste vom %2.</numerusform>
            <numerusform>Es enthält %1 Ausführung(en) aus %n Flows, die älteste vom %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the archive keeps an execution after it started; 0 keeps it forever. Older ones are deleted after each sync.</source>
        <translation>Wie lange das Archiv eine Ausführung nach ihrem Beginn aufbewahrt; 0 bewahrt sie für immer auf. Ältere werden nach jeder Synchronisierung gelöscht.</translation>
    </message>
    <message>
        <source>How often the window syncs the archive in the background</source>
        <translation>Wie oft das Fenster das Archiv im Hintergrund synchronisiert</translation>
    </message>
    <message>
        <source>Stop the sync; what it has written stays</source>
        <translation>Die Synchronisierung stoppen; was sie geschrieben hat, bleibt</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveService</name>
    <message>
        <source>the archive was not searched: its index needs at least three characters of text</source>
        <translation>das Archiv wurde nicht durchsucht: sein Index braucht mindestens drei Zeichen Text</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>das Archiv ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the archive, %1</source>
        <translation>das Archiv, %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation>
            <numerusform>vor %n Min. synchronisiert</numerusform>
            <numerusform>vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation>
            <numerusform>vor %n Std. synchronisiert</numerusform>
            <numerusform>vor %n Std. synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>flowscope::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 und %2 vergleichen</translation>
    </message>
    <message>
        <source>On the diagram: A&apos;s path in blue, B&apos;s in orange, what both took in purple; the widget where they parted is marked.</source>
        <translation>Im Diagramm: der Weg von A in Blau, der von B in Orange, was beide nahmen, in Lila; das Widget, an dem sie sich trennten, ist markiert.</translation>
    </message>
    <message>
        <source>The two executions compared</source>
        <translation>Die zwei verglichenen Ausführungen</translation>
    </message>
    <message>
        <source>Reading both executions…</source>
        <translation>Lese beide Ausführungen…</translation>
    </message>
    <message>
        <source>Where they parted and how many values differ</source>
        <translation>Wo sie sich trennten und wie viele Werte sich unterscheiden</translation>
    </message>
    <message>
        <source>Both paths on the flow&apos;s diagram</source>
        <translation>Beide Wege im Diagramm des Flows</translation>
    </message>
    <message>
        <source>The two contexts, differing values side by side</source>
        <translation>Die zwei Kontexte, abweichende Werte nebeneinander</translation>
    </message>
    <message>
        <source>What Twilio said — %1</source>
        <translation>Was Twilio sagte — %1</translation>
    </message>
    <message>
        <source>What Twilio said about %1</source>
        <translation>Was Twilio über %1 sagte</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Not read here.</source>
        <translation>Hier nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>Das Diagramm des Flows konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>Was Twilio sagte, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>step %1 · %2: </source>
        <translation>Schritt %1 · %2: </translation>
    </message>
    <message>
        <source>No message, call or Debugger alert.</source>
        <translation>Keine Nachricht, kein Anruf, keine Debugger-Meldung.</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger: alerts are left out.</source>
        <translation>Dieser Schlüssel kann den Debugger nicht lesen: Meldungen sind ausgelassen.</translation>
    </message>
    <message>
        <source>They took the same path.</source>
        <translation>Sie nahmen denselben Weg.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Sie trennten sich bei %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ; the branches where nothing differs are folded.</source>
        <translation>
            <numerusform>%n Kontextwert unterscheidet sich; die Zweige ohne Unterschied sind eingeklappt.</numerusform>
            <numerusform>%n Kontextwerte unterscheiden sich; die Zweige ohne Unterschied sind eingeklappt.</numerusform>
        </translation>
    </message>
    <message>
        <source>B ran on revision %1: its steps are drawn on A&apos;s.</source>
        <translation>B lief mit Revision %1: seine Schritte werden auf die von A gezeichnet.</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of execution %1, by step</source>
        <translation>Die Nachrichten, Anrufe und Debugger-Meldungen der Ausführung %1, nach Schritt</translation>
    </message>
    <message>
        <source>One tree of both contexts: a value that differs is bold and marked ≠, one side&apos;s alone says (absent) on the other, and only branches with a difference are open</source>
        <translation>Ein Baum aus beiden Kontexten: ein abweichender Wert ist fett und mit ≠ markiert, ein Wert nur einer Seite zeigt auf der anderen (fehlt), und nur Zweige mit einem Unterschied sind aufgeklappt</translation>
    </message>
</context>
<context>
    <name>flowscope::ContextCompareModel</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only in %2</source>
        <translation>%1 — nur in %2</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — unterscheidet sich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>flowscope::DateRangeBar</name>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
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
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
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
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>Vorgabe für den Zeitraum</translation>
    </message>
    <message>
        <source>Which executions to list, by when they started (Studio keeps executions 30 days)</source>
        <translation>Welche Ausführungen aufgelistet werden, nach ihrem Beginn (Studio bewahrt Ausführungen 30 Tage auf)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Executions that started at or after this time (local time)</source>
        <translation>Ausführungen, die zu oder nach dieser Zeit begannen (Ortszeit)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Executions that started before this time (local time)</source>
        <translation>Ausführungen, die vor dieser Zeit begannen (Ortszeit)</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; tables show UTC when you hover a time</source>
        <translation>Zeiten sind in der Zeitzone dieses Computers; Tabellen zeigen UTC, wenn Sie mit der Maus über eine Zeit fahren</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The start of the range (%1) must be before its end (%2). Nothing was sent.</source>
        <translation>Der Beginn des Zeitraums (%1) muss vor seinem Ende (%2) liegen. Nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>flowscope::DefinitionLoader</name>
    <message>
        <source>the flow&apos;s answer is not JSON</source>
        <translation>die Antwort des Flows ist kein JSON</translation>
    </message>
    <message>
        <source>the flow&apos;s answer has no definition</source>
        <translation>die Antwort des Flows hat keine Definition</translation>
    </message>
    <message>
        <source>the archived revision cannot be read: %1</source>
        <translation>die archivierte Revision lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the execution does not say which revision it ran on</source>
        <translation>die Ausführung sagt nicht, mit welcher Revision sie lief</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <source>the flow&apos;s definition cannot be drawn: %1</source>
        <translation>die Definition des Flows lässt sich nicht zeichnen: %1</translation>
    </message>
    <message>
        <source>the flow has no definition</source>
        <translation>der Flow hat keine Definition</translation>
    </message>
</context>
<context>
    <name>flowscope::DetailPane</name>
    <message>
        <source>Select an execution to see its context and steps.</source>
        <translation>Wählen Sie eine Ausführung, um ihren Kontext und ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>End execution…</source>
        <translation>Ausführung beenden…</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>End execution</source>
        <translation>Ausführung beenden</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Execution details</source>
        <translation>Details der Ausführung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>Ausführungs-SID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy execution SID</source>
        <translation>Ausführungs-SID kopieren</translation>
    </message>
    <message>
        <source>Copy the execution SID</source>
        <translation>Die Ausführungs-SID kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy link to execution</source>
        <translation>Link zur Ausführung kopieren</translation>
    </message>
    <message>
        <source>Copy a flowscope:// link to this execution: a colleague&apos;s click opens it in their FlowScope</source>
        <translation>Einen flowscope://-Link zu dieser Ausführung kopieren: der Klick eines Kollegen öffnet sie in seinem FlowScope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Started and updated</source>
        <translation>Begonnen und aktualisiert</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>In der Twilio Console öffnen</translation>
    </message>
    <message>
        <source>Open this execution in the Twilio Console (in your browser)</source>
        <translation>Diese Ausführung in der Twilio Console öffnen (im Browser)</translation>
    </message>
    <message>
        <source>Stop this execution now (POST Status=ended); asks first</source>
        <translation>Diese Ausführung jetzt stoppen (POST Status=ended); fragt vorher</translation>
    </message>
    <message>
        <source>Copied the %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>What happened, oldest first; select a step to see the context as it stood then</source>
        <translation>Was geschah, älteste zuerst; wählen Sie einen Schritt, um den Kontext so zu sehen, wie er damals war</translation>
    </message>
    <message>
        <source>Loading the step&apos;s context…</source>
        <translation>Lade den Kontext des Schritts…</translation>
    </message>
    <message>
        <source>Loading steps…</source>
        <translation>Lade Schritte…</translation>
    </message>
    <message>
        <source>This execution has no steps.</source>
        <translation>Diese Ausführung hat keine Schritte.</translation>
    </message>
    <message>
        <source>Select a step to see its context.</source>
        <translation>Wählen Sie einen Schritt, um seinen Kontext zu sehen.</translation>
    </message>
    <message>
        <source>Context at this step</source>
        <translation>Kontext bei diesem Schritt</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Was Twilio sagte</translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation>Der ausgewählte Schritt</translation>
    </message>
    <message>
        <source>Raw context JSON</source>
        <translation>Roh-JSON des Kontexts</translation>
    </message>
    <message>
        <source>Copy the context JSON</source>
        <translation>Das Kontext-JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the whole context, pretty-printed</source>
        <translation>Den ganzen Kontext kopieren, lesbar formatiert</translation>
    </message>
    <message>
        <source>Copied the context JSON</source>
        <translation>Kontext-JSON kopiert</translation>
    </message>
    <message>
        <source>Which revision of the flow is drawn</source>
        <translation>Welche Revision des Flows gezeichnet ist</translation>
    </message>
    <message>
        <source>Diagram tools</source>
        <translation>Diagrammwerkzeuge</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole flow (Ctrl+0)</source>
        <translation>Den ganzen Flow einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Fit the path this execution took (or the widgets the executions reached)</source>
        <translation>Den Weg dieser Ausführung einpassen (oder die Widgets, die die Ausführungen erreichten)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <source>All analysed</source>
        <translation>Alle analysierten</translation>
    </message>
    <message>
        <source>Where the analysed executions went: how many entered and ended at each widget and took each transition, on the flow as it is now; click a box or an edge to list them</source>
        <translation>Wohin die analysierten Ausführungen gingen: wie viele jedes Widget betraten und dort endeten und jeden Übergang nahmen, auf dem Flow in seinem jetzigen Stand; klicken Sie auf ein Kästchen oder eine Kante, um sie aufzulisten</translation>
    </message>
    <message>
        <source>Show where all analysed executions went</source>
        <translation>Zeigen, wohin alle analysierten Ausführungen gingen</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the diagram with its path as a picture</source>
        <translation>Das Diagramm mit seinem Weg als Bild kopieren</translation>
    </message>
    <message>
        <source>Save as PNG / SVG…</source>
        <translation>Als PNG / SVG speichern…</translation>
    </message>
    <message>
        <source>Save the diagram with its path for the ticket</source>
        <translation>Das Diagramm mit seinem Weg für das Ticket speichern</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>Das Diagramm des Flows konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading what Twilio said…</source>
        <translation>Lese, was Twilio sagte…</translation>
    </message>
    <message>
        <source>What Twilio said is not read here.</source>
        <translation>Was Twilio sagte, wird hier nicht gelesen.</translation>
    </message>
    <message>
        <source>Loading the context…</source>
        <translation>Lade den Kontext…</translation>
    </message>
    <message>
        <source>Loading the flow&apos;s diagram…</source>
        <translation>Lade das Diagramm des Flows…</translation>
    </message>
    <message numerus="yes">
        <source>The definition has %n oddity(ies): %1</source>
        <translation>
            <numerusform>Die Definition hat %n Auffälligkeit: %1</numerusform>
            <numerusform>Die Definition hat %n Auffälligkeiten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a flow and Analyse its executions to see where they went.</source>
        <translation>Wählen Sie einen Flow und analysieren Sie seine Ausführungen, um zu sehen, wohin sie gingen.</translation>
    </message>
    <message>
        <source>No loaded row&apos;s outcome is known yet: Analyse reads them all, then this shows where they went.</source>
        <translation>Das Ergebnis keiner geladenen Zeile ist schon bekannt: Analysieren liest sie alle, dann zeigt dies, wohin sie gingen.</translation>
    </message>
    <message>
        <source>Where %1 analysed of the %2 loaded executions went. Click a box or an edge to list the executions that passed there.</source>
        <translation>Wohin %1 analysierte der %2 geladenen Ausführungen gingen. Klicken Sie auf ein Kästchen oder eine Kante, um die Ausführungen aufzulisten, die dort vorbeikamen.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message numerus="yes">
        <source>The %n that went from %1 to %2 on %3</source>
        <translation>
            <numerusform>Die %n, die von %1 nach %2 bei %3 ging</numerusform>
            <numerusform>Die %n, die von %1 nach %2 bei %3 gingen</numerusform>
        </translation>
    </message>
    <message>
        <source>No analysed execution reached %1.</source>
        <translation>Keine analysierte Ausführung erreichte %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n that passed %1</source>
        <translation>
            <numerusform>Die %n, die %1 durchlief</numerusform>
            <numerusform>Die %n, die %1 durchliefen</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution never reached that widget.</source>
        <translation>Diese Ausführung erreichte dieses Widget nie.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 → %4 on %5 (its context is in the Steps tab)</source>
        <translation>Schritt %1 von %2: %3 → %4 bei %5 (sein Kontext steht im Tab Schritte)</translation>
    </message>
    <message>
        <source>Copied the diagram</source>
        <translation>Diagramm kopiert</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>Das Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>The diagram could not be saved to %1: %2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No contact address</source>
        <translation>Keine Kontaktadresse</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Contact SID %1</source>
        <translation>Kontakt-SID %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · aktualisiert %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · dauerte %1</translation>
    </message>
    <message>
        <source>UTC: started %1, updated %2</source>
        <translation>UTC: begonnen %1, aktualisiert %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The context is %1. The Raw tab shows it as received.</source>
        <translation>Der Kontext ist %1. Der Tab Roh zeigt ihn, wie er empfangen wurde.</translation>
    </message>
    <message>
        <source>What Twilio said cannot be read without the context: %1</source>
        <translation>Was Twilio sagte, lässt sich ohne den Kontext nicht lesen: %1</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Lese das Archiv…</translation>
    </message>
    <message>
        <source>Neither Twilio nor the archive has this execution (Twilio keeps executions for 30 days).</source>
        <translation>Weder Twilio noch das Archiv hat diese Ausführung (Twilio bewahrt Ausführungen 30 Tage auf).</translation>
    </message>
    <message>
        <source>%1 is shown from %2.</source>
        <translation>%1 wird aus %2 gezeigt.</translation>
    </message>
    <message>
        <source>What the archive kept of what Twilio said cannot be read: %1</source>
        <translation>Was das Archiv davon aufbewahrte, was Twilio sagte, lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Shown from the archive, which holds no messages, calls or alerts for it (they are kept by a sync with --related).</source>
        <translation>Aus dem Archiv gezeigt, das keine Nachrichten, Anrufe oder Meldungen dazu enthält (eine Synchronisierung mit --related bewahrt sie auf).</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>Was Twilio sagte, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What Twilio said (%1)</source>
        <translation>Was Twilio sagte (%1)</translation>
    </message>
    <message>
        <source>The step&apos;s context is %1.</source>
        <translation>Der Kontext des Schritts ist %1.</translation>
    </message>
    <message>
        <source>End execution %1?

The flow stops where it is for %2; this cannot be undone.</source>
        <translation>Ausführung %1 beenden?

Der Flow hält für %2 dort an, wo er ist; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>The execution&apos;s context as a tree of keys and values</source>
        <translation>Der Kontext der Ausführung als Baum aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>What happened step by step, the context at each step and what Twilio said</source>
        <translation>Was Schritt für Schritt geschah, der Kontext bei jedem Schritt und was Twilio sagte</translation>
    </message>
    <message>
        <source>The execution&apos;s path on the flow&apos;s diagram</source>
        <translation>Der Weg der Ausführung im Diagramm des Flows</translation>
    </message>
    <message>
        <source>The context JSON exactly as Twilio sent it</source>
        <translation>Das Kontext-JSON genau so, wie Twilio es sandte</translation>
    </message>
    <message>
        <source>The context as it stood after the selected step</source>
        <translation>Der Kontext, wie er nach dem ausgewählten Schritt war</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of the selected step, in Twilio&apos;s words</source>
        <translation>Die Nachrichten, Anrufe und Debugger-Meldungen des ausgewählten Schritts, in Twilios Worten</translation>
    </message>
</context>
<context>
    <name>flowscope::EndDialog</name>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden stoppen</translation>
    </message>
    <message>
        <source>Save audit CSV…</source>
        <translation>Protokoll-CSV speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Ausführungen beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected execution(s) is active: there is nothing to end.</source>
        <translation>
            <numerusform>Keine der %n ausgewählten Ausführung ist aktiv: es gibt nichts zu beenden.</numerusform>
            <numerusform>Keine der %n ausgewählten Ausführungen ist aktiv: es gibt nichts zu beenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n active execution(s)? The flow stops where it is for each customer; this cannot be undone.</source>
        <translation>
            <numerusform>%n aktive Ausführung beenden? Der Flow hält für jeden Kunden dort an, wo er ist; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n aktive Ausführungen beenden? Der Flow hält für jeden Kunden dort an, wo er ist; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Started between %1 and %2 (local time).</source>
        <translation>Begonnen zwischen %1 und %2 (Ortszeit).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected execution(s) have ended already and are skipped.</source>
        <translation>
            <numerusform>%n ausgewählte Ausführung ist bereits beendet und wird übersprungen.</numerusform>
            <numerusform>%n ausgewählte Ausführungen sind bereits beendet und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be ended</source>
        <translation>Was beendet wird</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tippen Sie %1 zur Bestätigung</translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation>Zahl zur Bestätigung</translation>
    </message>
    <message>
        <source>More than ten: type how many, so that a slip of the mouse ends nothing</source>
        <translation>Mehr als zehn: tippen Sie die Anzahl, damit ein Ausrutscher mit der Maus nichts beendet</translation>
    </message>
    <message>
        <source>Ending progress</source>
        <translation>Fortschritt des Beendens</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>POST Status=ended to each, four at a time, each once</source>
        <translation>POST Status=ended an jede, vier gleichzeitig, jede einmal</translation>
    </message>
    <message>
        <source>Send nothing more; what was sent is reported</source>
        <translation>Nichts mehr senden; was gesendet wurde, wird gemeldet</translation>
    </message>
    <message>
        <source>Save audit CSV</source>
        <translation>Protokoll-CSV speichern</translation>
    </message>
    <message>
        <source>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</source>
        <translation>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Beende…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The audit is in %1.</source>
        <translation>Das Protokoll ist in %1.</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
</context>
<context>
    <name>flowscope::EndExecution</name>
    <message>
        <source>the answer says the status is &apos;%1&apos;, not ended</source>
        <translation>die Antwort sagt, der Status sei &apos;%1&apos;, nicht beendet</translation>
    </message>
    <message>
        <source>Ending %1…</source>
        <translation>Beende %1…</translation>
    </message>
    <message>
        <source>Ended %1 (its answer was cut off; re-reading it confirmed it ended)</source>
        <translation>%1 beendet (seine Antwort wurde abgeschnitten; erneutes Lesen bestätigte das Ende)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 beendet</translation>
    </message>
    <message>
        <source>Could not end %1: the request&apos;s answer was lost (%2) and the execution is still active; nothing was sent twice. Try again.</source>
        <translation>%1 konnte nicht beendet werden: die Antwort der Anfrage ging verloren (%2) und die Ausführung ist noch aktiv; nichts wurde doppelt gesendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not end %1: %2</source>
        <translation>%1 konnte nicht beendet werden: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::EndJob</name>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>abgebrochen, bevor etwas gesendet wurde</translation>
    </message>
    <message>
        <source>Ended %1 · already ended %2 · failed %3 · not sent %4</source>
        <translation>Beendet %1 · bereits beendet %2 · fehlgeschlagen %3 · nicht gesendet %4</translation>
    </message>
    <message>
        <source>not found (Studio keeps executions 30 days)</source>
        <translation>nicht gefunden (Studio bewahrt Ausführungen 30 Tage auf)</translation>
    </message>
    <message>
        <source>it had ended before (someone else got there first)</source>
        <translation>sie war bereits beendet (jemand anderes war schneller)</translation>
    </message>
    <message>
        <source>its status is &apos;%1&apos;, neither active nor ended: left alone</source>
        <translation>ihr Status ist &apos;%1&apos;, weder aktiv noch beendet: in Ruhe gelassen</translation>
    </message>
    <message>
        <source>ended (its answer was lost; re-reading it confirmed it)</source>
        <translation>beendet (ihre Antwort ging verloren; erneutes Lesen bestätigte es)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and it is still active; nothing was sent twice</source>
        <translation>die Antwort ging verloren (%1) und sie ist noch aktiv; nichts wurde doppelt gesendet</translation>
    </message>
    <message>
        <source>dry run: nothing sent</source>
        <translation>Probelauf: nichts gesendet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsModel</name>
    <message>
        <source>Twilio cannot be reached: rows from %1</source>
        <translation>Twilio ist nicht erreichbar: Zeilen aus %1</translation>
    </message>
    <message>
        <source>Rows from %1</source>
        <translation>Zeilen aus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than Twilio keeps, from %1</source>
        <translation>
            <numerusform>%n Zeile älter als Twilio aufbewahrt, aus %1</numerusform>
            <numerusform>%n Zeilen älter als Twilio aufbewahrt, aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>Ausführungs-SID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Contact SID</source>
        <translation>Kontakt-SID</translation>
    </message>
    <message>
        <source>Flow SID</source>
        <translation>Flow-SID</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Beendet um</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (wartet)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>What Twilio said about it could not all be read</source>
        <translation>Was Twilio dazu sagte, ließ sich nicht vollständig lesen</translation>
    </message>
    <message>
        <source>No Twilio error</source>
        <translation>Kein Twilio-Fehler</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 — outcome unknown: %2</source>
        <translation>%1 — Ergebnis unbekannt: %2</translation>
    </message>
    <message>
        <source>When the execution started, in local time (hover a cell for UTC)</source>
        <translation>Wann die Ausführung begann, in Ortszeit (mit der Maus über eine Zelle für UTC)</translation>
    </message>
    <message>
        <source>When the execution last changed, in local time (hover a cell for UTC)</source>
        <translation>Wann sich die Ausführung zuletzt änderte, in Ortszeit (mit der Maus über eine Zelle für UTC)</translation>
    </message>
    <message>
        <source>From start to end, for executions that ended</source>
        <translation>Von Beginn bis Ende, für beendete Ausführungen</translation>
    </message>
    <message>
        <source>The widget it ended on (or waits in), from its steps: read for the rows on screen, or all loaded rows with Analyse</source>
        <translation>Das Widget, an dem sie endete (oder in dem sie wartet), aus ihren Schritten: für die Zeilen auf dem Bildschirm gelesen, oder alle geladenen Zeilen mit Analysieren</translation>
    </message>
    <message>
        <source>The event of its last step</source>
        <translation>Das Ereignis ihres letzten Schritts</translation>
    </message>
    <message>
        <source>How many steps it took</source>
        <translation>Wie viele Schritte sie brauchte</translation>
    </message>
    <message>
        <source>The first error Twilio recorded for it: a Debugger alert of a failed step, or a message that was not delivered (hover for its meaning); for a failure without a code, what failed</source>
        <translation>Der erste Fehler, den Twilio für sie aufzeichnete: eine Debugger-Meldung eines fehlgeschlagenen Schritts oder eine nicht zugestellte Nachricht (mit der Maus darüber für die Bedeutung); bei einem Fehlschlag ohne Code, was fehlschlug</translation>
    </message>
    <message>
        <source>The phone number, WhatsApp, client or SIP address that triggered the execution</source>
        <translation>Die Telefonnummer, WhatsApp-, client- oder SIP-Adresse, die die Ausführung auslöste</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsView</name>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions.</source>
        <translation>Wählen Sie einen Flow, um seine Ausführungen zu sehen.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Executions, newest first; more load as you scroll. Ctrl+C copies the selected rows.</source>
        <translation>Ausführungen, neueste zuerst; weitere laden beim Blättern. Strg+C kopiert die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; right-click to choose columns</source>
        <translation>Klicken, um die geladenen Zeilen zu sortieren; Rechtsklick, um Spalten zu wählen</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Filter by SID or contact…</source>
        <translation>Nach SID oder Kontakt filtern…</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>Geladene Zeilen filtern</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SID or contact contains this text (Ctrl+F). Use Load all to filter every execution of the range.</source>
        <translation>Zeigt nur die geladenen Zeilen, deren SID oder Kontakt diesen Text enthält (Strg+F). Mit Alle laden filtern Sie jede Ausführung des Zeitraums.</translation>
    </message>
    <message>
        <source>Filter scope</source>
        <translation>Filterbereich</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Load every execution of the range, page by page (cancel at any time)</source>
        <translation>Jede Ausführung des Zeitraums laden, Seite für Seite (jederzeit abbrechbar)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Back to newest first</source>
        <translation>Zurück zu neueste zuerst</translation>
    </message>
    <message>
        <source>Back to the API&apos;s order: newest first</source>
        <translation>Zurück zur Reihenfolge der API: neueste zuerst</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <source>Request the page that failed again; the rows loaded so far stay</source>
        <translation>Die fehlgeschlagene Seite erneut anfordern; die bisher geladenen Zeilen bleiben</translation>
    </message>
    <message>
        <source>Table message</source>
        <translation>Tabellenmeldung</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 Neuer Versuch in %2 s…</translation>
    </message>
    <message>
        <source>Read every loaded row&apos;s steps for its outcome: where it ended, the last event, and whether it failed (cancel at any time)</source>
        <translation>Die Schritte jeder geladenen Zeile für ihr Ergebnis lesen: wo sie endete, das letzte Ereignis und ob sie fehlschlug (jederzeit abbrechbar)</translation>
    </message>
    <message>
        <source>Show only the loaded rows whose outcome is known to be failed (a failure event, or an HTTP status of 400 or more)</source>
        <translation>Nur die geladenen Zeilen zeigen, deren Ergebnis als fehlgeschlagen bekannt ist (ein Fehlerereignis oder ein HTTP-Status von 400 oder mehr)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Show all loaded rows</source>
        <translation>Alle geladenen Zeilen zeigen</translation>
    </message>
    <message>
        <source>Show every loaded row again</source>
        <translation>Wieder jede geladene Zeile zeigen</translation>
    </message>
    <message>
        <source>New executions</source>
        <translation>Neue Ausführungen</translation>
    </message>
    <message>
        <source>Go to the newest executions, put on top while you were away</source>
        <translation>Zu den neuesten Ausführungen gehen, die während Ihrer Abwesenheit oben eingefügt wurden</translation>
    </message>
    <message numerus="yes">
        <source>%n new ▲</source>
        <translation>
            <numerusform>%n neu ▲</numerusform>
            <numerusform>%n neu ▲</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing %1 of %2…</source>
        <translation>Analysiere %1 von %2…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Analyse abbrechen</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Analyse abgebrochen</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Loaded rows sorted by %1 (%2)</source>
        <translation>Geladene Zeilen sortiert nach %1 (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>Executions as the API lists them</source>
        <translation>Ausführungen, wie die API sie auflistet</translation>
    </message>
    <message>
        <source>Sorting applies to the rows loaded so far; more rows are slotted in as they arrive</source>
        <translation>Die Sortierung gilt für die bisher geladenen Zeilen; weitere werden beim Eintreffen eingeordnet</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows match</source>
        <translation>%1 von %2 geladenen Zeilen passen</translation>
    </message>
    <message>
        <source>Filters the %1 loaded rows</source>
        <translation>Filtert die %1 geladenen Zeilen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>%1 loaded · more available</source>
        <translation>%1 geladen · weitere verfügbar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>%1 loaded · loading…</source>
        <translation>%1 geladen · lade…</translation>
    </message>
    <message>
        <source>The one execution in this range is loaded</source>
        <translation>Die eine Ausführung in diesem Zeitraum ist geladen</translation>
    </message>
    <message>
        <source>All %1 executions loaded</source>
        <translation>Alle %1 Ausführungen geladen</translation>
    </message>
    <message>
        <source>%1 loaded · ⚠ %2</source>
        <translation>%1 geladen · ⚠ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>Lade Ausführungen…</translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation>Keine Ausführungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>None of the executions that passed there matches the filter.</source>
        <translation>Keine der Ausführungen, die dort vorbeikamen, passt zum Filter.</translation>
    </message>
    <message>
        <source>No loaded row is known to have failed. Analyse reads every loaded row&apos;s outcome.</source>
        <translation>Von keiner geladenen Zeile ist bekannt, dass sie fehlschlug. Analysieren liest das Ergebnis jeder geladenen Zeile.</translation>
    </message>
    <message>
        <source>No loaded row matches the filter.</source>
        <translation>Keine geladene Zeile passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportCrawl</name>
    <message>
        <source>A limit needs a single, sequential crawl.</source>
        <translation>Ein Limit braucht ein einziges Lesen nacheinander.</translation>
    </message>
    <message>
        <source>Cannot create a spool file in %1 for the rows that wait their turn: %2</source>
        <translation>In %1 kann keine Auslagerungsdatei für die wartenden Zeilen angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write a spool file in %1: %2</source>
        <translation>In %1 kann keine Auslagerungsdatei geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A spool file in %1 could not be read back: %2</source>
        <translation>Eine Auslagerungsdatei in %1 ließ sich nicht zurücklesen: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportDialog</name>
    <message>
        <source>All executions of this flow and range (fetches the remaining pages)</source>
        <translation>Alle Ausführungen dieses Flows und Zeitraums (lädt die restlichen Seiten)</translation>
    </message>
    <message>
        <source>UTC, ISO 8601, as the API gives them</source>
        <translation>UTC, ISO 8601, wie die API sie liefert</translation>
    </message>
    <message>
        <source>Local time with its offset</source>
        <translation>Ortszeit mit ihrem Versatz</translation>
    </message>
    <message>
        <source>Include each execution&apos;s context as a JSON column (fetched for each row)</source>
        <translation>Den Kontext jeder Ausführung als JSON-Spalte aufnehmen (für jede Zeile abgerufen)</translation>
    </message>
    <message>
        <source>Excel-compatible (start the file with a UTF-8 byte order mark)</source>
        <translation>Excel-kompatibel (die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen)</translation>
    </message>
    <message>
        <source>Formula guard: cells starting with = + - @ are written as text</source>
        <translation>Formelschutz: Zellen, die mit = + - @ beginnen, werden als Text geschrieben</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export executions</source>
        <translation>Ausführungen exportieren</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 exists. Replace it once the export has completed?</source>
        <translation>%1 existiert. Ersetzen, sobald der Export abgeschlossen ist?</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>Die ausgewählten Zeilen (%1)</translation>
    </message>
    <message>
        <source>All loaded rows (%1)</source>
        <translation>Alle geladenen Zeilen (%1)</translation>
    </message>
    <message>
        <source>All the results (%1)</source>
        <translation>Alle Ergebnisse (%1)</translation>
    </message>
    <message>
        <source>Crawls the whole range in parallel time slices; the file has every execution, newest first</source>
        <translation>Liest den ganzen Zeitraum in parallelen Zeitabschnitten; die Datei enthält jede Ausführung, neueste zuerst</translation>
    </message>
    <message>
        <source>Header in the file: %1</source>
        <translation>Kopfzeile in der Datei: %1</translation>
    </message>
    <message>
        <source>Adds ended_at, last_event, step_count, failed and error_code, last. For rows of the table: their outcomes as known (Analyse first); for every execution of the range: each one&apos;s steps, context, messages and alerts are read.</source>
        <translation>Fügt ended_at, last_event, step_count, failed und error_code am Ende hinzu. Für Zeilen der Tabelle: ihre Ergebnisse, soweit bekannt (zuerst Analysieren); für jede Ausführung des Zeitraums: Schritte, Kontext, Nachrichten und Meldungen jeder werden gelesen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag to reorder</source>
        <translation>Haken Sie die zu exportierenden Spalten an; ziehen Sie, um sie umzuordnen</translation>
    </message>
    <message>
        <source>UTC times</source>
        <translation>UTC-Zeiten</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>Ortszeiten</translation>
    </message>
    <message>
        <source>Include contexts</source>
        <translation>Kontexte aufnehmen</translation>
    </message>
    <message>
        <source>One request per row, eight at a time</source>
        <translation>Eine Anfrage pro Zeile, acht gleichzeitig</translation>
    </message>
    <message>
        <source>Extra columns from the context, e.g. flow.data.name, widgets.gather_1.Digits</source>
        <translation>Zusätzliche Spalten aus dem Kontext, z. B. flow.data.name, widgets.gather_1.Digits</translation>
    </message>
    <message>
        <source>Context paths</source>
        <translation>Kontextpfade</translation>
    </message>
    <message>
        <source>Comma-separated Studio variable paths; each becomes a column</source>
        <translation>Kommagetrennte Studio-Variablenpfade; jeder wird eine Spalte</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — for people</source>
        <translation>Excel-Arbeitsmappe (.xlsx) — für Menschen</translation>
    </message>
    <message>
        <source>CSV (.csv) — for scripts and imports</source>
        <translation>CSV (.csv) — für Skripte und Importe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A workbook&apos;s cells are typed: times are times, a phone number keeps its +, text is never run as a formula. A spreadsheet opening a CSV turns +14155550100 into a number and leaves times as text.</source>
        <translation>Die Zellen einer Arbeitsmappe sind typisiert: Zeiten sind Zeiten, eine Telefonnummer behält ihr +, Text wird nie als Formel ausgeführt. Eine Tabellenkalkulation, die eine CSV öffnet, macht aus +14155550100 eine Zahl und lässt Zeiten als Text.</translation>
    </message>
    <message>
        <source>Excel-compatible</source>
        <translation>Excel-kompatibel</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read UTF-8 (emoji, accents, RTL and CJK text). Lines always end in CRLF, as RFC 4180 says.</source>
        <translation>Excel braucht die Bytereihenfolgemarke, um UTF-8 zu lesen (Emoji, Akzente, RTL- und CJK-Text). Zeilen enden immer mit CRLF, wie RFC 4180 es sagt.</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>Formelschutz</translation>
    </message>
    <message>
        <source>Prefixes an apostrophe so a spreadsheet never runs a contact&apos;s text as a formula; plain numbers and E.164 phone numbers stay exactly as they are</source>
        <translation>Setzt einen Apostroph davor, damit eine Tabellenkalkulation den Text eines Kontakts nie als Formel ausführt; einfache Zahlen und E.164-Telefonnummern bleiben genau, wie sie sind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Wählen, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Where to write the CSV; an existing file is replaced only when the export completes</source>
        <translation>Wohin das CSV geschrieben wird; eine vorhandene Datei wird erst ersetzt, wenn der Export abgeschlossen ist</translation>
    </message>
    <message>
        <source>Where to write the workbook; an existing file is replaced only when the export completes</source>
        <translation>Wohin die Arbeitsmappe geschrieben wird; eine vorhandene Datei wird erst ersetzt, wenn der Export abgeschlossen ist</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a context path such as widgets.gather_1.Digits.</source>
        <translation>&apos;%1&apos; ist kein Kontextpfad wie widgets.gather_1.Digits.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Haken Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Fetching every execution of the range…</source>
        <translation>Lade jede Ausführung des Zeitraums…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>%1 executions so far…</source>
        <translation>Bisher %1 Ausführungen…</translation>
    </message>
    <message>
        <source>Times as Twilio gives them, in UTC: the same file wherever it is made</source>
        <translation>Zeiten, wie Twilio sie liefert, in UTC: dieselbe Datei, wo auch immer sie entsteht</translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, each with its offset from UTC</source>
        <translation>Zeiten in der Zeitzone dieses Computers, jede mit ihrem Versatz zu UTC</translation>
    </message>
    <message>
        <source>Only the rows selected in the table</source>
        <translation>Nur die in der Tabelle ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>The rows as the table shows them: loaded so far, filtered, sorted</source>
        <translation>Die Zeilen, wie die Tabelle sie zeigt: bisher geladen, gefiltert, sortiert</translation>
    </message>
    <message>
        <source>Write the chosen rows and columns to the file</source>
        <translation>Die gewählten Zeilen und Spalten in die Datei schreiben</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The export stopped: %1 Nothing was written.</source>
        <translation>Der Export wurde gestoppt: %1 Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. An existing file was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Eine vorhandene Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The table was reset while exporting; nothing was written.</source>
        <translation>Die Tabelle wurde während des Exports zurückgesetzt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>A context could not be fetched: %1 Nothing was written.</source>
        <translation>Ein Kontext konnte nicht abgerufen werden: %1 Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Exported 1 execution to %1.</source>
        <translation>1 Ausführung nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>%1 Ausführungen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowCanvas</name>
    <message>
        <source>%1
Not a widget of this definition (renamed or removed since?)</source>
        <translation>%1
Kein Widget dieser Definition (seitdem umbenannt oder entfernt?)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>parted here</source>
        <translation>hier getrennt</translation>
    </message>
    <message>
        <source>not in this definition</source>
        <translation>nicht in dieser Definition</translation>
    </message>
    <message>
        <source> · waiting here</source>
        <translation> · wartet hier</translation>
    </message>
    <message>
        <source> · ended here</source>
        <translation> · endete hier</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Flow-Diagramm</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or Shift+arrows pan; click a box to see its step, or go from box to box with the arrows and press Enter</source>
        <translation>Strg+Mausrad oder Strg+Plus/Minus zoomt, Strg+0 passt ein; Ziehen oder Umschalt+Pfeile verschieben; klicken Sie auf ein Kästchen, um seinen Schritt zu sehen, oder gehen Sie mit den Pfeilen von Kästchen zu Kästchen und drücken Sie Enter</translation>
    </message>
    <message>
        <source>Step order: %1</source>
        <translation>Schrittfolge: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n subflow step(s)</source>
        <translation>
            <numerusform> · %n Subflow-Schritt</numerusform>
            <numerusform> · %n Subflow-Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entered by %n execution(s)</source>
        <translation>
            <numerusform>Betreten von %n Ausführung</numerusform>
            <numerusform>Betreten von %n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ended</source>
        <translation> · %1 beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n ended here</source>
        <translation>
            <numerusform>%n endete hier</numerusform>
            <numerusform>%n endeten hier</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 wartend</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) here</source>
        <translation>
            <numerusform>%n wartet hier</numerusform>
            <numerusform>%n warten hier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s) ended here</source>
        <translation>
            <numerusform>%n fehlgeschlagene Ausführung endete hier</numerusform>
            <numerusform>%n fehlgeschlagene Ausführungen endeten hier</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added in revision %1 (not in %2)</source>
        <translation>Hinzugefügt in Revision %1 (nicht in %2)</translation>
    </message>
    <message>
        <source>Changed since revision %1:</source>
        <translation>Geändert seit Revision %1:</translation>
    </message>
    <message>
        <source>Moved since revision %1, nothing else changed</source>
        <translation>Verschoben seit Revision %1, sonst nichts geändert</translation>
    </message>
    <message>
        <source>Removed in revision %1; it stood here in revision %2</source>
        <translation>Entfernt in Revision %1; es stand hier in Revision %2</translation>
    </message>
    <message>
        <source>%1 stood here in revision %2</source>
        <translation>%1 stand hier in Revision %2</translation>
    </message>
    <message>
        <source>A: step(s) %1</source>
        <translation>A: Schritt(e) %1</translation>
    </message>
    <message>
        <source>B: step(s) %1</source>
        <translation>B: Schritt(e) %1</translation>
    </message>
    <message>
        <source>The two executions parted here</source>
        <translation>Die zwei Ausführungen trennten sich hier</translation>
    </message>
    <message>
        <source> → %1 (missing)</source>
        <translation> → %1 (fehlt)</translation>
    </message>
    <message>
        <source>the file name must end in .png or .svg</source>
        <translation>der Dateiname muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild ließ sich nicht kodieren</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowPicker</name>
    <message>
        <source>Pick a flow: type its name, or paste an FW… SID</source>
        <translation>Flow wählen: tippen Sie seinen Namen oder fügen Sie eine FW…-SID ein</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Type to search the account&apos;s flows by name or SID, or paste a flow SID (Ctrl+L)</source>
        <translation>Tippen, um die Flows des Kontos nach Name oder SID zu suchen, oder eine Flow-SID einfügen (Strg+L)</translation>
    </message>
    <message>
        <source>Matching flows</source>
        <translation>Passende Flows</translation>
    </message>
    <message>
        <source>Reload flows</source>
        <translation>Flows neu laden</translation>
    </message>
    <message>
        <source>Load the account&apos;s flow list again</source>
        <translation>Die Flow-Liste des Kontos erneut laden</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Lade Flows…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits. Nothing was sent.</source>
        <translation>&apos;%1&apos; ist keine Flow-SID: sie muss FW gefolgt von 32 Hexadezimalziffern sein. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>No flow of this account matches &apos;%1&apos;.</source>
        <translation>Kein Flow dieses Kontos passt zu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 flows match &apos;%2&apos;: pick one from the list.</source>
        <translation>%1 Flows passen zu &apos;%2&apos;: wählen Sie einen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowsModel</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1
%2 · version %3
%4</source>
        <translation>%1
%2 · Version %3
%4</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
</context>
<context>
    <name>flowscope::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Eintrag]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Einträge]</translation>
    </message>
    <message>
        <source>
… (%1 characters in all: Copy value takes them all)</source>
        <translation>
… (%1 Zeichen insgesamt: Wert kopieren nimmt sie alle)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
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
    <name>flowscope::JsonTreeWidget</name>
    <message>
        <source>Find a key or value…</source>
        <translation>Schlüssel oder Wert suchen…</translation>
    </message>
    <message>
        <source>Find in context</source>
        <translation>Im Kontext suchen</translation>
    </message>
    <message>
        <source>Finds keys and values anywhere in the document, opening the tree to each match (Enter: next match)</source>
        <translation>Findet Schlüssel und Werte überall im Dokument und öffnet den Baum bis zu jedem Treffer (Enter: nächster Treffer)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Context tree</source>
        <translation>Kontextbaum</translation>
    </message>
    <message>
        <source>Right-click a node to copy its value, its JSON, or its Studio variable</source>
        <translation>Rechtsklick auf einen Knoten, um seinen Wert, sein JSON oder seine Studio-Variable zu kopieren</translation>
    </message>
    <message>
        <source>Context status</source>
        <translation>Kontextstatus</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Studio variable</source>
        <translation>Studio-Variable</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Opened the first %1 nodes</source>
        <translation>Die ersten %1 Knoten geöffnet</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy as Studio variable</source>
        <translation>Als Studio-Variable kopieren</translation>
    </message>
    <message>
        <source>The Liquid path to paste into a Studio widget, such as {{widgets.http_1.parsed.items[0].id}}</source>
        <translation>Der Liquid-Pfad zum Einfügen in ein Studio-Widget, etwa {{widgets.http_1.parsed.items[0].id}}</translation>
    </message>
    <message>
        <source>Expand all (first %1 nodes)</source>
        <translation>Alle aufklappen (die ersten %1 Knoten)</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
</context>
<context>
    <name>flowscope::LinkServer</name>
    <message>
        <source>there is no runtime folder of this user for the window&apos;s socket</source>
        <translation>es gibt keinen Laufzeitordner dieses Benutzers für den Socket des Fensters</translation>
    </message>
    <message>
        <source>another FlowScope window of this user is running</source>
        <translation>ein anderes FlowScope-Fenster dieses Benutzers läuft</translation>
    </message>
    <message>
        <source>the running window did not take the link</source>
        <translation>das laufende Fenster hat den Link nicht angenommen</translation>
    </message>
    <message>
        <source>the running window refused the link: %1</source>
        <translation>das laufende Fenster hat den Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>the running window did not answer within %1 s</source>
        <translation>das laufende Fenster hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>flowscope::ListFetcher</name>
    <message>
        <source>the page is %1</source>
        <translation>die Seite ist %1</translation>
    </message>
    <message>
        <source>the page is not a Twilio list (no meta.key naming an array of items)</source>
        <translation>die Seite ist keine Twilio-Liste (kein meta.key, das ein Array von Elementen nennt)</translation>
    </message>
    <message>
        <source>the page&apos;s items could not be told apart</source>
        <translation>die Elemente der Seite ließen sich nicht unterscheiden</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url ist keine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>flowscope::MainWindow</name>
    <message>
        <source>FlowScope</source>
        <translation>FlowScope</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger (Twilio Monitor): alerts are left out; messages, calls and everything else are read.</source>
        <translation>Dieser Schlüssel kann den Debugger (Twilio Monitor) nicht lesen: Meldungen sind ausgelassen; Nachrichten, Anrufe und alles andere werden gelesen.</translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation>die eingebaute Sandbox</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the executions again from the first page (F5)</source>
        <translation>Die Ausführungen erneut ab der ersten Seite laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter loaded rows</source>
        <translation>Geladene Zeilen &amp;filtern</translation>
    </message>
    <message>
        <source>Pick &amp;flow</source>
        <translation>&amp;Flow wählen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected rows, the loaded rows or the whole range to a workbook or a CSV file (Ctrl+E)</source>
        <translation>Die ausgewählten Zeilen, die geladenen Zeilen oder den ganzen Zeitraum in eine Arbeitsmappe oder CSV-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Open execution…</source>
        <translation>Ausführung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show an execution by its FN… SID or a Twilio Console link, loaded or not (Ctrl+G)</source>
        <translation>Eine Ausführung über ihre FN…-SID oder einen Twilio-Console-Link anzeigen, geladen oder nicht (Strg+G)</translation>
    </message>
    <message>
        <source>Open execution</source>
        <translation>Ausführung öffnen</translation>
    </message>
    <message>
        <source>Execution SID (FN…) of the current flow, or a Twilio Console link:</source>
        <translation>Ausführungs-SID (FN…) des aktuellen Flows oder ein Twilio-Console-Link:</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Use other Twilio credentials; everything of the current account is cleared</source>
        <translation>Andere Twilio-Zugangsdaten verwenden; alles vom aktuellen Konto wird geleert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>The selected rows as tab-separated text with a header (Ctrl+C in the table)</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennter Text mit Kopfzeile (Strg+C in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>A&amp;rchiv…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Switch between saved Twilio accounts</source>
        <translation>Zwischen gespeicherten Twilio-Konten wechseln</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;End executions…</source>
        <translation>Ausführungen b&amp;eenden…</translation>
    </message>
    <message>
        <source>End the selected active executions, after a confirmation</source>
        <translation>Die ausgewählten aktiven Ausführungen nach einer Bestätigung beenden</translation>
    </message>
    <message>
        <source>Co&amp;mpare two executions</source>
        <translation>Zwei Ausführungen &amp;vergleichen</translation>
    </message>
    <message>
        <source>The two selected executions side by side: both paths on the diagram, where they parted, and their contexts&apos; differences</source>
        <translation>Die zwei ausgewählten Ausführungen nebeneinander: beide Wege im Diagramm, wo sie sich trennten, und die Unterschiede ihrer Kontexte</translation>
    </message>
    <message>
        <source>Find &amp;customer…</source>
        <translation>&amp;Kunden finden…</translation>
    </message>
    <message>
        <source>A customer&apos;s executions across every flow</source>
        <translation>Die Ausführungen eines Kunden über alle Flows</translation>
    </message>
    <message>
        <source>Find &amp;stuck…</source>
        <translation>&amp;Hängende finden…</translation>
    </message>
    <message>
        <source>The active executions that started hours ago and block their customers</source>
        <translation>Die aktiven Ausführungen, die vor Stunden begannen und ihre Kunden blockieren</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Follow: read the newest executions every %1 s and put them on top (F9); for ranges that reach now</source>
        <translation>Mitverfolgen: die neuesten Ausführungen alle %1 s lesen und oben einfügen (F9); für Zeiträume, die bis jetzt reichen</translation>
    </message>
    <message>
        <source>Follow needs a flow and a range that reaches now (such as Last hour or Any time).</source>
        <translation>Mitverfolgen braucht einen Flow und einen Zeitraum, der bis jetzt reicht (etwa Letzte Stunde oder Beliebige Zeit).</translation>
    </message>
    <message>
        <source>Following: the newest executions appear on top every %1 s.</source>
        <translation>Mitverfolgen: die neuesten Ausführungen erscheinen alle %1 s oben.</translation>
    </message>
    <message>
        <source>Follow: ⚠ %1 It tries again in %2 s.</source>
        <translation>Mitverfolgen: ⚠ %1 Neuer Versuch in %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n new execution(s)</source>
        <translation>
            <numerusform>%n neue Ausführung</numerusform>
            <numerusform>%n neue Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Outcomes of the rows on screen</source>
        <translation>&amp;Ergebnisse der Zeilen auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Read the steps of the rows on screen by themselves for their outcome (Analyse reads all loaded rows either way)</source>
        <translation>Die Schritte der Zeilen auf dem Bildschirm von selbst für ihr Ergebnis lesen (Analysieren liest in jedem Fall alle geladenen Zeilen)</translation>
    </message>
    <message>
        <source>Count &amp;undelivered messages as failures</source>
        <translation>Nicht &amp;zugestellte Nachrichten als Fehlschlag zählen</translation>
    </message>
    <message>
        <source>An execution whose message did not reach the customer failed, though Studio&apos;s step says &quot;sent&quot;: the bot went silent</source>
        <translation>Eine Ausführung, deren Nachricht den Kunden nicht erreichte, ist fehlgeschlagen, obwohl der Schritt in Studio &quot;sent&quot; sagt: der Bot verstummte</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Meldungen…</translation>
    </message>
    <message>
        <source>The flow&apos;s Debugger alerts over the range shown, by error code and by widget (Ctrl+Shift+A)</source>
        <translation>Die Debugger-Meldungen des Flows im gezeigten Zeitraum, nach Fehlercode und nach Widget (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Activity chart</source>
        <translation>&amp;Aktivitätsdiagramm</translation>
    </message>
    <message>
        <source>Executions per 5 minutes, hour or day, above the table</source>
        <translation>Ausführungen pro 5 Minuten, Stunde oder Tag, über der Tabelle</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
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
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Open a saved view, or save what the table shows (Ctrl+D)</source>
        <translation>Eine gespeicherte Ansicht öffnen oder speichern, was die Tabelle zeigt (Strg+D)</translation>
    </message>
    <message>
        <source>Find customer…</source>
        <translation>Kunden finden…</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>A phone number or address: every flow&apos;s executions of this customer (Ctrl+Shift+F)</source>
        <translation>Eine Telefonnummer oder Adresse: die Ausführungen dieses Kunden in jedem Flow (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Executions or customer search</source>
        <translation>Ausführungen oder Kundensuche</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Which Twilio account FlowScope reads, and where its credentials come from</source>
        <translation>Welches Twilio-Konto FlowScope liest und woher seine Zugangsdaten kommen</translation>
    </message>
    <message>
        <source>Where the rows come from</source>
        <translation>Woher die Zeilen kommen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>The table and the chart still show %1 — %2.</source>
        <translation>Die Tabelle und das Diagramm zeigen noch %1 — %2.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>der Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>The flow list could not be loaded: %1 Press F5 to try again.</source>
        <translation>Die Flow-Liste konnte nicht geladen werden: %1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Select the results to end first.</source>
        <translation>Wählen Sie zuerst die zu beendenden Ergebnisse.</translation>
    </message>
    <message>
        <source>The Executions tab&apos;s flow and range. Find customer searches its own range, set on its tab.</source>
        <translation>Flow und Zeitraum des Tabs Ausführungen. Kunden finden sucht in seinem eigenen Zeitraum, der auf seinem Tab eingestellt wird.</translation>
    </message>
    <message>
        <source>The link is of account %1: switching to profile &apos;%2&apos;…</source>
        <translation>Der Link gehört zum Konto %1: wechsle zu Profil &apos;%2&apos;…</translation>
    </message>
    <message>
        <source>That link is of account %1, but the TWILIO_* variables sign in to %2; it was not opened.</source>
        <translation>Dieser Link gehört zum Konto %1, aber die TWILIO_*-Variablen melden bei %2 an; er wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>That link is of account %1, and no profile of yours holds it; it was not opened. Add one (Profiles ▸ Add profile…) if you have access to it.</source>
        <translation>Dieser Link gehört zum Konto %1, und keines Ihrer Profile enthält es; er wurde nicht geöffnet. Fügen Sie eines hinzu (Profile ▸ Profil hinzufügen…), wenn Sie Zugriff darauf haben.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 were ignored: a link never changes the account or where FlowScope connects.</source>
        <translation>%1 des Links wurden ignoriert: ein Link ändert nie das Konto oder wohin FlowScope sich verbindet.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Rufe %1 ab…</translation>
    </message>
    <message>
        <source>Flow %1 has no execution %2. Studio keeps executions for 30 days; check the SID, or paste the Console link, which names its flow.</source>
        <translation>Flow %1 hat keine Ausführung %2. Studio bewahrt Ausführungen 30 Tage auf; prüfen Sie die SID oder fügen Sie den Console-Link ein, der ihren Flow nennt.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1: the server sent a response FlowScope cannot read: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: der Server sandte eine Antwort, die FlowScope nicht lesen kann: %2.</translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows; shown as the API returned it.</source>
        <translation>%1 ist nicht unter den geladenen Zeilen; gezeigt, wie die API sie lieferte.</translation>
    </message>
    <message>
        <source>View &apos;%1&apos;</source>
        <translation>Ansicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>FlowScope — demo account</source>
        <translation>FlowScope — Demokonto</translation>
    </message>
    <message>
        <source>Demo: a generated Studio account served by the built-in sandbox</source>
        <translation>Demo: ein erzeugtes Studio-Konto, bereitgestellt von der eingebauten Sandbox</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions (Ctrl+L).</source>
        <translation>Wählen Sie einen Flow, um seine Ausführungen zu sehen (Strg+L).</translation>
    </message>
    <message>
        <source>Select the executions to end first.</source>
        <translation>Wählen Sie zuerst die zu beendenden Ausführungen.</translation>
    </message>
    <message>
        <source>Select exactly two executions to compare (Ctrl+click the second).</source>
        <translation>Wählen Sie genau zwei Ausführungen zum Vergleichen (Strg+Klick auf die zweite).</translation>
    </message>
    <message>
        <source>The flows are not listed yet.</source>
        <translation>Die Flows sind noch nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Pick a flow first: its alerts are counted.</source>
        <translation>Wählen Sie zuerst einen Flow: seine Meldungen werden gezählt.</translation>
    </message>
    <message>
        <source>%1 — %2 of them loaded; Load all for the others</source>
        <translation>%1 — %2 davon geladen; Alle laden für die übrigen</translation>
    </message>
    <message>
        <source>Pick a flow first: there is nothing to export yet.</source>
        <translation>Wählen Sie zuerst einen Flow: noch gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>eingegebene Zugangsdaten (im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1…%2 · %3</source>
        <translation>%1…%2 · %3</translation>
    </message>
    <message>
        <source> (TWILIO_* variables win over profiles)</source>
        <translation> (TWILIO_*-Variablen haben Vorrang vor Profilen)</translation>
    </message>
    <message>
        <source>Account %1, signed in with %2; API origin %3</source>
        <translation>Konto %1, angemeldet mit %2; API-Ursprung %3</translation>
    </message>
    <message>
        <source>Environment credentials in use (TWILIO_*)</source>
        <translation>Zugangsdaten aus der Umgebung in Verwendung (TWILIO_*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>Profil &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>Profil &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove profile &apos;%1&apos; and its secret from the keychain?</source>
        <translation>Profil &apos;%1&apos; und sein Secret aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Secrets are kept in %1</source>
        <translation>Secrets werden aufbewahrt in: %1</translation>
    </message>
    <message>
        <source>A flow&apos;s executions over the range in the tool bar</source>
        <translation>Die Ausführungen eines Flows im Zeitraum der Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>flowscope::OutcomeFetcher</name>
    <message>
        <source>its steps are gone (404)</source>
        <translation>ihre Schritte sind weg (404)</translation>
    </message>
    <message>
        <source>its steps could not be read: %1</source>
        <translation>ihre Schritte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its context is gone (404), so the widgets&apos; status codes are unknown</source>
        <translation>ihr Kontext ist weg (404), daher sind die Statuscodes der Widgets unbekannt</translation>
    </message>
    <message>
        <source>its context could not be read: %1</source>
        <translation>ihr Kontext konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its context is not a JSON object</source>
        <translation>ihr Kontext ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>flowscope::Pager</name>
    <message>
        <source>meta.next_page_url is not an absolute URL</source>
        <translation>meta.next_page_url ist keine absolute URL</translation>
    </message>
    <message>
        <source>Stopped: the next page is on %1, not on the origin of the list (%2). Credentials are never sent to another origin.</source>
        <translation>Gestoppt: die nächste Seite liegt auf %1, nicht auf dem Ursprung der Liste (%2). Zugangsdaten werden nie an einen anderen Ursprung gesendet.</translation>
    </message>
    <message>
        <source>Stopped: the server sent a next page that was already loaded (a paging loop).</source>
        <translation>Gestoppt: der Server sandte eine nächste Seite, die schon geladen war (eine Blätterschleife).</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedPanel</name>
    <message>
        <source>Said: %1</source>
        <translation>Gesagt: %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Twilio&apos;s page on %1</source>
        <translation>Twilios Seite zu %1</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Was Twilio sagte</translation>
    </message>
    <message>
        <source>Select an execution to see what Twilio said about it.</source>
        <translation>Wählen Sie eine Ausführung, um zu sehen, was Twilio über sie sagte.</translation>
    </message>
    <message>
        <source>Alerts are left out: this key cannot read the Debugger.</source>
        <translation>Meldungen sind ausgelassen: dieser Schlüssel kann den Debugger nicht lesen.</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>Meldungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and are not shown.</source>
        <translation>
            <numerusform>%n Meldung, die nur den Flow nennt, passte zu keinem einzelnen Schritt und wird nicht gezeigt.</numerusform>
            <numerusform>%n Meldungen, die nur den Flow nennen, passten zu keinem einzelnen Schritt und werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio kept nothing else about this step (%n about the execution).</source>
        <translation>
            <numerusform>Twilio bewahrte zu diesem Schritt nichts weiter auf (%n zur Ausführung).</numerusform>
            <numerusform>Twilio bewahrte zu diesem Schritt nichts weiter auf (%n zur Ausführung).</numerusform>
        </translation>
    </message>
    <message>
        <source>What Twilio said about this step:</source>
        <translation>Was Twilio zu diesem Schritt sagte:</translation>
    </message>
    <message>
        <source>Twilio kept no message, call or Debugger alert about this execution.</source>
        <translation>Twilio bewahrte zu dieser Ausführung keine Nachricht, keinen Anruf und keine Debugger-Meldung auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), call(s) and alert(s) about this execution; select a marked step for its own.</source>
        <translation>
            <numerusform>%n Nachricht, Anruf oder Meldung zu dieser Ausführung; wählen Sie einen markierten Schritt für seine eigenen.</numerusform>
            <numerusform>%n Nachrichten, Anrufe und Meldungen zu dieser Ausführung; wählen Sie einen markierten Schritt für seine eigenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>In der Twilio Console öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Nachricht %1&lt;/b&gt;: nicht mehr bei Twilio (gelöscht oder über ihre Aufbewahrung hinaus).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Nachricht %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message from %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Nachricht von %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachricht an %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n segment(s)</source>
        <translation>
            <numerusform>Gesendet %1 · %n Segment</numerusform>
            <numerusform>Gesendet %1 · %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Named by widget %1 · %2</source>
        <translation>Genannt von Widget %1 · %2</translation>
    </message>
    <message>
        <source>It started the execution · %1</source>
        <translation>Sie startete die Ausführung · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Anruf %1&lt;/b&gt;: nicht mehr bei Twilio (gelöscht oder über seine Aufbewahrung hinaus).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Anruf %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anruf %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>lasted %n second(s)</source>
        <translation>
            <numerusform>dauerte %n Sekunde</numerusform>
            <numerusform>dauerte %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2 — probable: it names only the flow, and its time and URL fit this step alone</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; um %2 — wahrscheinlich: sie nennt nur den Flow, und Zeit und URL passen allein zu diesem Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; um %2</translation>
    </message>
    <message>
        <source>Called: %1 </source>
        <translation>Aufgerufen: %1 </translation>
    </message>
    <message>
        <source>Open in the Debugger</source>
        <translation>Im Debugger öffnen</translation>
    </message>
    <message>
        <source>The request and response of this alert could not be read.</source>
        <translation>Anfrage und Antwort dieser Meldung konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The response body</source>
        <translation>Der Antwortinhalt</translation>
    </message>
    <message>
        <source>The response headers</source>
        <translation>Die Antwort-Header</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Was gesendet wurde</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedSession</name>
    <message>
        <source>The account changed.</source>
        <translation>Das Konto hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>flowscope::ResultsModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionCompare</name>
    <message>
        <source>revision %1 holds no definition FlowScope can read: %2</source>
        <translation>Revision %1 enthält keine Definition, die FlowScope lesen kann: %2</translation>
    </message>
    <message>
        <source>Revision %1 → %2</source>
        <translation>Revision %1 → %2</translation>
    </message>
    <message>
        <source>%1: no widget changed.</source>
        <translation>%1: kein Widget geändert.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 moved.</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt, %4 geändert, %5 verschoben.</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionComparer</name>
    <message>
        <source>+ %1 — added</source>
        <translation>+ %1 — hinzugefügt</translation>
    </message>
    <message>
        <source>− %1 — removed</source>
        <translation>− %1 — entfernt</translation>
    </message>
    <message>
        <source>↔ %1 — moved</source>
        <translation>↔ %1 — verschoben</translation>
    </message>
    <message>
        <source>✎ %1 — changed: %2</source>
        <translation>✎ %1 — geändert: %2</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>Mit Revision vergleichen…</translation>
    </message>
    <message>
        <source>Draw what changed between the revision this execution ran on and another: added, removed, changed and moved widgets</source>
        <translation>Zeichnen, was sich zwischen der Revision dieser Ausführung und einer anderen geändert hat: hinzugefügte, entfernte, geänderte und verschobene Widgets</translation>
    </message>
    <message>
        <source>Compare with another revision of the flow</source>
        <translation>Mit einer anderen Revision des Flows vergleichen</translation>
    </message>
    <message>
        <source>What changed between the two revisions</source>
        <translation>Was sich zwischen den zwei Revisionen geändert hat</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>Die Revisionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Back to this execution&apos;s path</source>
        <translation>Zurück zum Weg dieser Ausführung</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s revisions…</source>
        <translation>Lese die Revisionen des Flows…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source> (this execution&apos;s)</source>
        <translation> (die dieser Ausführung)</translation>
    </message>
    <message>
        <source>Reading revisions %1 and %2…</source>
        <translation>Lese Revisionen %1 und %2…</translation>
    </message>
    <message>
        <source>Drawn: revision %1; this execution ran on %2.</source>
        <translation>Gezeichnet: Revision %1; diese Ausführung lief mit %2.</translation>
    </message>
    <message>
        <source>Hover a marked box for what changed; removed widgets are ghosts.</source>
        <translation>Fahren Sie über ein markiertes Kästchen, um zu sehen, was sich änderte; entfernte Widgets sind Geister.</translation>
    </message>
    <message>
        <source>No widget changed.</source>
        <translation>Kein Widget geändert.</translation>
    </message>
</context>
<context>
    <name>flowscope::SearchPanel</name>
    <message>
        <source>Also search message text</source>
        <translation>Auch Nachrichtentext durchsuchen</translation>
    </message>
    <message>
        <source>Exact address</source>
        <translation>Genaue Adresse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Ausführungen beenden…</translation>
    </message>
    <message>
        <source>Search message text</source>
        <translation>Nachrichtentext durchsuchen</translation>
    </message>
    <message>
        <source>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</source>
        <translation>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>A phone number as you would type it matches it on every channel (SMS, WhatsApp, calls); client: and sip: addresses match whole</source>
        <translation>Eine Telefonnummer, wie Sie sie tippen würden, passt auf jedem Kanal (SMS, WhatsApp, Anrufe); client:- und sip:-Adressen passen nur ganz</translation>
    </message>
    <message>
        <source>What they wrote or said</source>
        <translation>Was sie geschrieben oder gesagt haben</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Searched in each execution&apos;s context: one request per execution</source>
        <translation>Im Kontext jeder Ausführung gesucht: eine Anfrage pro Ausführung</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>Das Land von Nummern, die ohne +Land getippt werden (ISO 3166, etwa GB)</translation>
    </message>
    <message>
        <source>Match the address string only, on its own channel</source>
        <translation>Nur die Adresszeichenkette vergleichen, auf ihrem eigenen Kanal</translation>
    </message>
    <message>
        <source>Flows to search</source>
        <translation>Zu durchsuchende Flows</translation>
    </message>
    <message>
        <source>All flows by default; untick to narrow</source>
        <translation>Standardmäßig alle Flows; abhaken, um einzugrenzen</translation>
    </message>
    <message>
        <source>Every chosen flow at once, newest first (Enter)</source>
        <translation>Jeder gewählte Flow gleichzeitig, neueste zuerst (Enter)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Stop every request of the search</source>
        <translation>Jede Anfrage der Suche stoppen</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Export the selected results (or all) with the export dialog</source>
        <translation>Die ausgewählten Ergebnisse (oder alle) mit dem Exportdialog exportieren</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Ausführungen beenden</translation>
    </message>
    <message>
        <source>End the selected results that are still active, after a confirmation</source>
        <translation>Die ausgewählten Ergebnisse, die noch aktiv sind, nach einer Bestätigung beenden</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address to find them in every flow.</source>
        <translation>Tippen Sie die Nummer oder Adresse eines Kunden, um ihn in jedem Flow zu finden.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>This search&apos;s own range, up to Twilio&apos;s 30 days (more with the archive); the tool bar&apos;s range is the Executions tab&apos;s</source>
        <translation>Der eigene Zeitraum dieser Suche, bis zu Twilios 30 Tagen (mehr mit dem Archiv); der Zeitraum der Werkzeugleiste ist der des Tabs Ausführungen</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Customer&apos;s executions</source>
        <translation>Ausführungen des Kunden</translation>
    </message>
    <message>
        <source>Every flow&apos;s executions of this customer, newest first. Ctrl+C copies the selected ones.</source>
        <translation>Die Ausführungen dieses Kunden in jedem Flow, neueste zuerst. Strg+C kopiert die ausgewählten.</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Flows</translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 von %2 Flows</translation>
    </message>
    <message>
        <source>All %1 flows</source>
        <translation>Alle %1 Flows</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address, or what they wrote.</source>
        <translation>Tippen Sie die Nummer oder Adresse eines Kunden oder das, was er geschrieben hat.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Choose at least one flow.</source>
        <translation>Wählen Sie mindestens einen Flow.</translation>
    </message>
    <message>
        <source>The range&apos;s start is not before its end: nothing was sent.</source>
        <translation>Der Beginn des Zeitraums liegt nicht vor seinem Ende: nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Counting the executions to read…</source>
        <translation>Zähle die zu lesenden Ausführungen…</translation>
    </message>
    <message numerus="yes">
        <source>Searching what they wrote reads the context of %n execution(s) — one request each. Go on?</source>
        <translation>
            <numerusform>Die Suche nach dem Geschriebenen liest den Kontext von %n Ausführung — je eine Anfrage. Fortfahren?</numerusform>
            <numerusform>Die Suche nach dem Geschriebenen liest den Kontext von %n Ausführungen — je eine Anfrage. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: nothing was read.</source>
        <translation>Nicht gesucht: nichts wurde gelesen.</translation>
    </message>
    <message>
        <source>Cancelled: %1 found before then, not a complete search.</source>
        <translation>Abgebrochen: %1 bis dahin gefunden, keine vollständige Suche.</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 von %2 Flows · %3 Ausführungen durchsucht · %4 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n only in the archive</source>
        <translation>
            <numerusform>%n nur im Archiv</numerusform>
            <numerusform>%n nur im Archiv</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive searched too</source>
        <translation>auch das Archiv durchsucht</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>suche…</translation>
    </message>
    <message>
        <source>every flow searched</source>
        <translation>jeder Flow durchsucht</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: not a complete search</source>
        <translation>
            <numerusform>%n Flow konnte nicht durchsucht werden: keine vollständige Suche</numerusform>
            <numerusform>%n Flows konnten nicht durchsucht werden: keine vollständige Suche</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <source>Search this flow again; what was found stays</source>
        <translation>Diesen Flow erneut durchsuchen; was gefunden wurde, bleibt</translation>
    </message>
</context>
<context>
    <name>flowscope::SignInDialog</name>
    <message>
        <source>Account SID and Auth Token</source>
        <translation>Account SID und Auth Token</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>API-Schlüssel und Secret</translation>
    </message>
    <message>
        <source>Remember as a profile (the secret goes to the keychain, never to a file)</source>
        <translation>Als Profil merken (das Secret kommt in den Schlüsselbund, nie in eine Datei)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Twilio</source>
        <translation>Bei Twilio anmelden</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits, from the Twilio Console&apos;s dashboard</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern, aus dem Dashboard der Twilio Console</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Kept in memory for this session, or by the system keychain when remembered as a profile; never in a file</source>
        <translation>Für diese Sitzung im Arbeitsspeicher gehalten, oder im Schlüsselbund des Systems, wenn als Profil gemerkt; nie in einer Datei</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID des API-Schlüssels</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Leave empty for the default (us1)</source>
        <translation>Leer lassen für den Standard (us1)</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Leave empty for the default; an edge alone means region us1</source>
        <translation>Leer lassen für den Standard; ein Edge allein bedeutet Region us1</translation>
    </message>
    <message>
        <source>Advanced: another API origin, e.g. http://127.0.0.1:8080</source>
        <translation>Erweitert: ein anderer API-Ursprung, z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Only for a sandbox or proxy; plain http only for loopback hosts</source>
        <translation>Nur für eine Sandbox oder einen Proxy; einfaches http nur für Loopback-Hosts</translation>
    </message>
    <message>
        <source>e.g. support-us1</source>
        <translation>z. B. support-us1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>A name for these credentials, to switch between accounts later</source>
        <translation>Ein Name für diese Zugangsdaten, um später zwischen Konten zu wechseln</translation>
    </message>
    <message>
        <source>Remember as a profile</source>
        <translation>Als Profil merken</translation>
    </message>
    <message>
        <source>Saves the profile; the Auth Token or secret is kept by the system keychain</source>
        <translation>Speichert das Profil; das Auth Token oder Secret bewahrt der Schlüsselbund des Systems auf</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Warum anmelden</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Formularproblem</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Ask Twilio for one flow with these credentials</source>
        <translation>Twilio mit diesen Zugangsdaten nach einem Flow fragen</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>FlowScope needs Twilio credentials that may read Studio. The secret stays in memory for this session, or in the system keychain if you remember it as a profile.</source>
        <translation>FlowScope braucht Twilio-Zugangsdaten, die Studio lesen dürfen. Das Secret bleibt für diese Sitzung im Arbeitsspeicher, oder im Schlüsselbund des Systems, wenn Sie es als Profil merken.</translation>
    </message>
    <message>
        <source>Give the profile a name: letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Geben Sie dem Profil einen Namen: Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>(stored in the keychain: leave empty to keep it)</source>
        <translation>(im Schlüsselbund gespeichert: leer lassen, um es zu behalten)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>✓ Connected: these credentials can read this account&apos;s Studio flows.</source>
        <translation>✓ Verbunden: diese Zugangsdaten können die Studio-Flows dieses Kontos lesen.</translation>
    </message>
    <message>
        <source>✓ Connected, but this account has no Studio flows yet.</source>
        <translation>✓ Verbunden, aber dieses Konto hat noch keine Studio-Flows.</translation>
    </message>
</context>
<context>
    <name>flowscope::StepsModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>How long this step lasted: until the next step, the last one until the execution ended (or now, while it runs)</source>
        <translation>Wie lange dieser Schritt dauerte: bis zum nächsten Schritt, der letzte bis zum Ende der Ausführung (oder bis jetzt, solange sie läuft)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Twilio said</source>
        <translation>Twilio sagte</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>Von → Nach</translation>
    </message>
    <message>
        <source>Widget type</source>
        <translation>Widget-Typ</translation>
    </message>
</context>
<context>
    <name>flowscope::StuckDialog</name>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Ausführungen beenden…</translation>
    </message>
    <message>
        <source>Find stuck executions</source>
        <translation>Hängende Ausführungen finden</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>The flows to look in (the current one by default)</source>
        <translation>Die zu durchsuchenden Flows (standardmäßig der aktuelle)</translation>
    </message>
    <message>
        <source> hours ago</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Started more than</source>
        <translation>Begonnen vor mehr als</translation>
    </message>
    <message>
        <source>Active executions that started longer ago than this</source>
        <translation>Aktive Ausführungen, die vor mehr als dieser Zeit begannen</translation>
    </message>
    <message>
        <source>Optional: +44 7700 900123, client:alice, sip:bob@example.com</source>
        <translation>Optional: +44 7700 900123, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Only this customer&apos;s: a phone number matches it on every channel</source>
        <translation>Nur die dieses Kunden: eine Telefonnummer passt auf jedem Kanal</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>Das Land von Nummern, die ohne +Land getippt werden (ISO 3166, etwa GB)</translation>
    </message>
    <message>
        <source>Reads only the active executions (Studio v2&apos;s status filter)</source>
        <translation>Liest nur die aktiven Ausführungen (Statusfilter von Studio v2)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Stuck executions</source>
        <translation>Hängende Ausführungen</translation>
    </message>
    <message>
        <source>Select those to end; with none selected, End executions takes them all</source>
        <translation>Wählen Sie die zu beendenden; ist keine gewählt, nimmt Ausführungen beenden alle</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Ausführungen beenden</translation>
    </message>
    <message>
        <source>End the selected ones (all when none is selected), after a confirmation</source>
        <translation>Die ausgewählten beenden (alle, wenn keine gewählt ist), nach einer Bestätigung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tick at least one flow.</source>
        <translation>Haken Sie mindestens einen Flow an.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n flow(s)…</source>
        <translation>
            <numerusform>Suche in %n Flow…</numerusform>
            <numerusform>Suche in %n Flows…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 found</source>
        <translation>%1 von %2 Flows · %3 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n active execution(s) started before then</source>
        <translation>
            <numerusform>%n aktive Ausführung begann davor</numerusform>
            <numerusform>%n aktive Ausführungen begannen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow could be read: the list above is not complete.</source>
        <translation>Nicht jeder Flow konnte gelesen werden: die Liste oben ist nicht vollständig.</translation>
    </message>
</context>
<context>
    <name>flowscope::TargetLookup</name>
    <message>
        <source>%1 is in none of the flows given: skipped</source>
        <translation>%1 ist in keinem der angegebenen Flows: übersprungen</translation>
    </message>
    <message>
        <source>%1 is not active: skipped</source>
        <translation>%1 ist nicht aktiv: übersprungen</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s: skipped</source>
        <translation>%1 gehört nicht zu %2: übersprungen</translation>
    </message>
</context>
<context>
    <name>flowscope::ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>An&amp;sichten</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>&amp;Link zu dieser Ansicht kopieren</translation>
    </message>
    <message>
        <source>Name the flow, range, filters, columns and sort shown, to open them again or send them as a link (Ctrl+D)</source>
        <translation>Flow, Zeitraum, Filter, Spalten und Sortierung, wie gezeigt, benennen, um sie wieder zu öffnen oder als Link zu senden (Strg+D)</translation>
    </message>
    <message>
        <source>Copy a flowscope://view link to what the table shows now</source>
        <translation>Einen flowscope://view-Link zu dem kopieren, was die Tabelle jetzt zeigt</translation>
    </message>
    <message>
        <source>Copied a link to this view</source>
        <translation>Link zu dieser Ansicht kopiert</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show this view&apos;s flow, range, filters and columns</source>
        <translation>Flow, Zeitraum, Filter und Spalten dieser Ansicht zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copied a link to the view &apos;%1&apos;</source>
        <translation>Link zur Ansicht &apos;%1&apos; kopiert</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>Beim &amp;Start öffnen</translation>
    </message>
    <message>
        <source>Open this view when FlowScope starts with this profile</source>
        <translation>Diese Ansicht öffnen, wenn FlowScope mit diesem Profil startet</translation>
    </message>
    <message>
        <source>Pick a flow first: a view is a flow&apos;s executions.</source>
        <translation>Wählen Sie zuerst einen Flow: eine Ansicht sind die Ausführungen eines Flows.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (flow, range, filters, columns and sort as shown):</source>
        <translation>Name der Ansicht (Flow, Zeitraum, Filter, Spalten und Sortierung, wie gezeigt):</translation>
    </message>
    <message>
        <source>Replace the view &apos;%1&apos;?</source>
        <translation>Die Ansicht &apos;%1&apos; ersetzen?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos;</source>
        <translation>Ansicht &apos;%1&apos; gespeichert</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name of the view &apos;%1&apos;:</source>
        <translation>Neuer Name der Ansicht &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view &apos;%1&apos;?</source>
        <translation>Die Ansicht &apos;%1&apos; löschen?</translation>
    </message>
</context>
<context>
    <name>flowscope::WorkbookFile</name>
    <message>
        <source> […cut here: %1 more characters do not fit in a spreadsheet cell; export JSONL for the whole text]</source>
        <translation> […hier abgeschnitten: %1 weitere Zeichen passen nicht in eine Tabellenzelle; exportieren Sie JSONL für den ganzen Text]</translation>
    </message>
    <message>
        <source>a workbook can only be written, once</source>
        <translation>eine Arbeitsmappe lässt sich nur einmal schreiben</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the last row was incomplete</source>
        <translation>die letzte Zeile war unvollständig</translation>
    </message>
    <message>
        <source>the rows to write were corrupt</source>
        <translation>die zu schreibenden Zeilen waren beschädigt</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>die Arbeitsmappe lässt sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht schreiben</translation>
    </message>
    <message>
        <source>cannot put the workbook in place</source>
        <translation>die Arbeitsmappe lässt sich nicht an ihren Platz legen</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>die Arbeitsmappe ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; ist kein Befehl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the window (options start with --).</source>
        <translation>&apos;%1&apos; ist keine Option des Fensters (Optionen beginnen mit --).</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Commands: %1. Run &apos;flowscope --help&apos;.</source>
        <translation>Befehle: %1. Führen Sie &apos;flowscope --help&apos; aus.</translation>
    </message>
    <message>
        <source>Run &apos;flowscope --help&apos;.</source>
        <translation>Führen Sie &apos;flowscope --help&apos; aus.</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands run without one: flowscope --help</source>
        <translation>kein Bildschirm, auf dem das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); die Befehle laufen ohne: flowscope --help</translation>
    </message>
    <message>
        <source>the window could not open on this display; the commands run without one: flowscope --help</source>
        <translation>das Fenster konnte auf diesem Bildschirm nicht geöffnet werden; die Befehle laufen ohne: flowscope --help</translation>
    </message>
    <message>
        <source>after -- comes one flowscope:// link, and nothing else</source>
        <translation>nach -- kommt ein flowscope://-Link und sonst nichts</translation>
    </message>
</context>
</TS>
