<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Más %1</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Vacía el campo</translation>
    </message>
    <message>
        <source>The tools the window is too narrow to show</source>
        <translation>Las herramientas que no caben en la ventana</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>the Debugger&apos;s alerts of a flow&apos;s executions</source>
        <translation>las alertas del Debugger de las ejecuciones de un flujo</translation>
    </message>
    <message>
        <source>List the Debugger alerts (Twilio Monitor) of a range that belong to executions of the flows given — one row per alert with its execution, step and widget, or counted by error code or widget. Monitor filters by time only: an alert is kept when it names one of the flows&apos; executions or a message or call of one, or names only the flow and fits exactly one step by its time and URL (probable); others are left out. Written once every alert is placed, atomically with -o.</source>
        <translation>Lista las alertas del Debugger (Twilio Monitor) de un intervalo que pertenecen a ejecuciones de los flujos indicados: una fila por alerta con su ejecución, paso y widget, o contadas por código de error o por widget. Monitor solo filtra por tiempo: se conserva una alerta cuando nombra una de las ejecuciones de los flujos o un mensaje o una llamada de una de ellas, o nombra solo el flujo y encaja exactamente con un paso por su hora y su URL (probable); las demás se omiten. Se escribe cuando cada alerta está ubicada, de forma atómica con -o.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable). Required.</source>
        <translation>El SID del flujo (repetible). Obligatorio.</translation>
    </message>
    <message>
        <source>From T (default: 24 hours ago).</source>
        <translation>Desde T (por defecto: hace 24 horas).</translation>
    </message>
    <message>
        <source>Monitor keeps alerts 30 days. Executions that began up to a day before T are read too, for alerts of theirs that came later.</source>
        <translation>Monitor conserva las alertas 30 días. También se leen las ejecuciones que empezaron hasta un día antes de T, por sus alertas posteriores.</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Antes de T (por defecto: ahora).</translation>
    </message>
    <message>
        <source>code: one row per error code (error_code, count, executions); widget: one per widget and code (widget, error_code, count). Default: one row per alert.</source>
        <translation>code: una fila por código de error (error_code, count, executions); widget: una por widget y código (widget, error_code, count). Por defecto: una fila por alerta.</translation>
    </message>
    <message>
        <source>Only alerts of this log level (error, warning, notice or debug).</source>
        <translation>Solo las alertas de este nivel (error, warning, notice o debug).</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (numbers as numbers) or xlsx (needs -o).</source>
        <translation>csv (por defecto), tsv, jsonl (números como números) o xlsx (requiere -o).</translation>
    </message>
    <message>
        <source>Executions read at once, one request each at a time (default 8).</source>
        <translation>Ejecuciones leídas a la vez, una petición cada una (por defecto 8).</translation>
    </message>
    <message>
        <source>Read the alerts a sync with --related archived (flowscope archive sync --related), not Monitor: any date, offline, the same rows.</source>
        <translation>Leer las alertas que archivó una sincronización con --related (flowscope archive sync --related), no Monitor: cualquier fecha, sin conexión, las mismas filas.</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not code or widget</source>
        <translation>--by &apos;%1&apos; no es code ni widget</translation>
    </message>
    <message>
        <source>--level &apos;%1&apos; is not error, warning, notice or debug</source>
        <translation>--level &apos;%1&apos; no es error, warning, notice ni debug</translation>
    </message>
</context>
<context>
    <name>AlertsJob</name>
    <message>
        <source>this key cannot read the Debugger (Monitor answered %1); nothing was written.</source>
        <translation>esta clave no puede leer el Debugger (Monitor respondió %1); no se escribió nada.</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> No se escribió nada.</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) of the range were archived without --related; their alerts are not counted</source>
        <translation>aviso: %1 ejecución(es) del intervalo se archivaron sin --related; sus alertas no se cuentan</translation>
    </message>
    <message>
        <source>%1 of %2 executions read…</source>
        <translation>%1 de %2 ejecuciones leídas…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Twilio refused the credentials (HTTP 401): check the Account SID and Auth Token, or the API key and secret.</source>
        <translation>Twilio rechazó las credenciales (HTTP 401): compruebe el Account SID y el Auth Token, o la clave de API y su secreto.</translation>
    </message>
    <message>
        <source>These credentials may not read Studio (HTTP 403): the API key needs access to Studio.</source>
        <translation>Estas credenciales no pueden leer Studio (HTTP 403): la clave de API necesita acceso a Studio.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the flow or execution does not exist in this account, or has expired (Studio keeps executions 30 days).</source>
        <translation>No encontrado (HTTP 404): el flujo o la ejecución no existe en esta cuenta, o ha caducado (Studio conserva las ejecuciones 30 días).</translation>
    </message>
    <message>
        <source>Twilio rejected the request (HTTP %1).</source>
        <translation>Twilio rechazó la petición (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio kept rate-limiting the requests (HTTP 429); try again in a minute.</source>
        <translation>Twilio siguió limitando las peticiones (HTTP 429); vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server failed (HTTP %1) and kept failing after retries.</source>
        <translation>El servidor de Twilio falló (HTTP %1) y siguió fallando tras los reintentos.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>No se pudo contactar con el servidor: %1.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1); FlowScope never ignores certificate errors.</source>
        <translation>La conexión segura falló (%1); FlowScope nunca ignora los errores de certificado.</translation>
    </message>
    <message>
        <source>The server sent a response FlowScope cannot read: %1.</source>
        <translation>El servidor envió una respuesta que FlowScope no puede leer: %1.</translation>
    </message>
    <message>
        <source>The server sent a response larger than FlowScope accepts (%1); asking again would not help.</source>
        <translation>El servidor envió una respuesta mayor de lo que FlowScope acepta (%1); volver a pedirla no serviría.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>the archive holds no outcome for it (synced before outcomes were kept)</source>
        <translation>el archivo no tiene resultado para ella (sincronizada antes de que se guardaran los resultados)</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>The archive: sqlite:PATH (an encrypted file) or postgresql://USER@HOST:PORT/DB?sslmode=… (a shared one); default the profile&apos;s file $XDG_DATA_HOME/flowscope/archive-PROFILE.db.</source>
        <translation>El archivo: sqlite:RUTA (un fichero cifrado) o postgresql://USUARIO@HOST:PUERTO/BD?sslmode=… (uno compartido); por defecto el fichero del perfil $XDG_DATA_HOME/flowscope/archive-PERFIL.db.</translation>
    </message>
    <message>
        <source>A PostgreSQL password comes from the URL, PGPASSWORD, the keychain (the window&apos;s File ▸ Archive… keeps it there) or ~/.pgpass, and is never printed. The file&apos;s key is FLOWSCOPE_ARCHIVE_KEY (64 hex digits, or a passphrase) when set, else the keychain&apos;s.</source>
        <translation>La contraseña de PostgreSQL viene de la URL, de PGPASSWORD, del llavero (la ventana la guarda allí desde Archivo ▸ Archivo histórico…) o de ~/.pgpass, y nunca se muestra. La clave del fichero es FLOWSCOPE_ARCHIVE_KEY (64 dígitos hexadecimales o una frase de contraseña) si está definida; si no, la del llavero.</translation>
    </message>
    <message>
        <source>--db names the archive to read: give --archive too</source>
        <translation>--db nombra el archivo que leer: indique también --archive</translation>
    </message>
    <message>
        <source>note: --from %1 is in the future (it is %2 now): no execution has started there yet</source>
        <translation>nota: --from %1 está en el futuro (ahora es %2): ninguna ejecución ha empezado allí todavía</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; the archive %3 holds older ones: add --archive</source>
        <translation>nota: Studio conserva las ejecuciones %1 días, así que Twilio no tiene nada antes de %2; el archivo %3 tiene otras más antiguas: añada --archive</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; flowscope archive sync keeps them longer from now on</source>
        <translation>nota: Studio conserva las ejecuciones %1 días, así que Twilio no tiene nada antes de %2; flowscope archive sync las conserva más tiempo a partir de ahora</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>keep executions past Twilio&apos;s 30 days</source>
        <translation>conservar las ejecuciones más allá de los 30 días de Twilio</translation>
    </message>
    <message>
        <source>The archive: executions with their steps and contexts, and their flows&apos; revisions, kept after Twilio drops them. sync brings it up to date (only what is new since the last sync, and the executions it holds as active read again); status says what it holds per flow; purge deletes what is older than a duration. The local archive is an encrypted SQLCipher file, created 0600; a wrong key, a file that is not an archive or a newer schema ends the command with 7 and leaves the file untouched.</source>
        <translation>El archivo: ejecuciones con sus pasos y contextos, y las revisiones de sus flujos, conservadas después de que Twilio las descarte. sync lo pone al día (solo lo nuevo desde la última sincronización, y se vuelven a leer las ejecuciones que tiene como activas); status dice lo que contiene por flujo; purge borra lo que es más antiguo que una duración. El archivo local es un fichero cifrado de SQLCipher, creado con 0600; una clave errónea, un fichero que no es un archivo o un esquema más reciente terminan la orden con 7 y dejan el fichero intacto.</translation>
    </message>
    <message>
        <source>sync: only this flow (repeatable; default every flow).</source>
        <translation>sync: solo este flujo (repetible; por defecto todos).</translation>
    </message>
    <message>
        <source>sync: archive executions and steps, not contexts.</source>
        <translation>sync: archivar ejecuciones y pasos, no contextos.</translation>
    </message>
    <message>
        <source>sync: archive each execution&apos;s messages, calls and Debugger alerts too (as execution --related reads them; a few requests more each).</source>
        <translation>sync: archivar también los mensajes, llamadas y alertas del Debugger de cada ejecución (como los lee execution --related; unas pocas peticiones más cada una).</translation>
    </message>
    <message>
        <source>Executions archived by a sync without it have none; execution --related --archive and alerts --archive say so.</source>
        <translation>Las ejecuciones archivadas por una sincronización sin esta opción no los tienen; execution --related --archive y alerts --archive lo indican.</translation>
    </message>
    <message>
        <source>sync: flows synced side by side (default 4).</source>
        <translation>sync: flujos sincronizados en paralelo (por defecto 4).</translation>
    </message>
    <message>
        <source>sync: requests in flight for each flow (default %1).</source>
        <translation>sync: peticiones simultáneas por flujo (por defecto %1).</translation>
    </message>
    <message>
        <source>sync: then delete what was created longer ago than DURATION (365d, 52w, 48h); default keep everything.</source>
        <translation>sync: después, borrar lo creado hace más de DURACIÓN (365d, 52w, 48h); por defecto se conserva todo.</translation>
    </message>
    <message>
        <source>purge: delete executions created longer ago than DURATION (365d, 52w, 48h). Required.</source>
        <translation>purge: borrar las ejecuciones creadas hace más de DURACIÓN (365d, 52w, 48h). Obligatorio.</translation>
    </message>
    <message>
        <source>purge: do not ask (needed when standard input is not a terminal).</source>
        <translation>purge: no preguntar (necesario cuando la entrada estándar no es un terminal).</translation>
    </message>
    <message>
        <source>status: csv (default), tsv or jsonl.</source>
        <translation>status: csv (por defecto), tsv o jsonl.</translation>
    </message>
    <message>
        <source>say what to do: archive sync | status | purge</source>
        <translation>indique qué hacer: archive sync | status | purge</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of archive: the actions are sync, status and purge</source>
        <translation>acción desconocida &apos;%1&apos; de archive: las acciones son sync, status y purge</translation>
    </message>
    <message>
        <source>--%1 is not an option of archive %2 (see --help)</source>
        <translation>--%1 no es una opción de archive %2 (vea --help)</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format debe ser csv, tsv o jsonl</translation>
    </message>
    <message>
        <source>a number of flows</source>
        <translation>un número de flujos</translation>
    </message>
    <message>
        <source>--keep-for &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--keep-for &apos;%1&apos; no es una duración como 365d, 52w o 48h</translation>
    </message>
    <message>
        <source>archive purge needs --older-than DURATION (365d, 52w, 48h)</source>
        <translation>archive purge necesita --older-than DURACIÓN (365d, 52w, 48h)</translation>
    </message>
    <message>
        <source>--older-than &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--older-than &apos;%1&apos; no es una duración como 365d, 52w o 48h</translation>
    </message>
</context>
<context>
    <name>ArchiveJob</name>
    <message>
        <source>%1 (what was written before stays: %2 execution(s); the next sync goes on from there)</source>
        <translation>%1 (lo escrito antes se queda: %2 ejecución(es); la próxima sincronización sigue desde ahí)</translation>
    </message>
    <message>
        <source>%1: %2 flow(s) synced, %3 execution(s) written; %4 held as active checked, %5 of them changed%6</source>
        <translation>%1: %2 flujo(s) sincronizado(s), %3 ejecución(es) escrita(s); %4 tenidas por activas comprobadas, %5 de ellas cambiaron%6</translation>
    </message>
    <message>
        <source>, %1 no longer at Twilio (kept)</source>
        <translation>, %1 ya no están en Twilio (se conservan)</translation>
    </message>
    <message>
        <source>%1 execution(s) older than the retention were deleted</source>
        <translation>se borraron %1 ejecución(es) más antiguas que el periodo de retención</translation>
    </message>
    <message>
        <source>%1 execution(s) created before %2 in %3</source>
        <translation>%1 ejecución(es) creadas antes de %2 en %3</translation>
    </message>
    <message>
        <source>nothing to delete: no execution(s) created before %1</source>
        <translation>nada que borrar: ninguna ejecución creada antes de %1</translation>
    </message>
    <message>
        <source>refusing to delete %1 without --yes: standard input is not a terminal to ask on</source>
        <translation>no se borrará %1 sin --yes: la entrada estándar no es un terminal donde preguntar</translation>
    </message>
    <message>
        <source>delete %1? [y/N] </source>
        <translation>¿borrar %1? [s/N] </translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted</source>
        <translation>no confirmado: no se borró nada</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>borrado %1</translation>
    </message>
    <message>
        <source>%1 execution(s)</source>
        <translation>%1 ejecución(es)</translation>
    </message>
</context>
<context>
    <name>ArchiveKey</name>
    <message>
        <source>there is no archive at %1 (flowscope archive sync makes one)</source>
        <translation>no hay ningún archivo en %1 (flowscope archive sync crea uno)</translation>
    </message>
    <message>
        <source>the archive&apos;s key could not be read from the keychain: %1</source>
        <translation>no se pudo leer la clave del archivo del llavero: %1</translation>
    </message>
    <message>
        <source>the keychain holds no key for the archive %1 (set FLOWSCOPE_ARCHIVE_KEY if it was made with one); it was left as it is</source>
        <translation>el llavero no tiene ninguna clave para el archivo %1 (defina FLOWSCOPE_ARCHIVE_KEY si se creó con una); se dejó como estaba</translation>
    </message>
    <message>
        <source>the archive&apos;s new key could not be kept in the keychain, so no archive was made: %1</source>
        <translation>la nueva clave del archivo no se pudo guardar en el llavero, así que no se creó ningún archivo: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL such as postgresql://user@host:5432/database</source>
        <translation>&apos;%1&apos; no es una URL de PostgreSQL como postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host:5432/database</source>
        <translation>la URL de PostgreSQL no nombra ninguna base de datos: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL may only say sslmode, not &apos;%1&apos;</source>
        <translation>la URL de PostgreSQL solo puede indicar sslmode, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>sqlite: needs a file: sqlite:/path/to/archive.db</source>
        <translation>sqlite: necesita un fichero: sqlite:/ruta/al/archivo.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no archive: give sqlite:PATH or postgresql://USER@HOST:PORT/DB</source>
        <translation>&apos;%1&apos; no nombra ningún archivo: indique sqlite:RUTA o postgresql://USUARIO@HOST:PUERTO/BD</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source> (see --help)</source>
        <translation> (vea --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argumento inesperado &apos;%1&apos; (vea --help)</translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation>falta un argumento (vea --help)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600</source>
        <translation>--timeout debe ser un número de segundos de 0,001 a 3600</translation>
    </message>
    <message>
        <source>--retries must be a number of attempts from 1 to 100</source>
        <translation>--retries debe ser un número de intentos de 1 a 100</translation>
    </message>
    <message>
        <source>--format must be csv, tsv, jsonl or xlsx</source>
        <translation>--format debe ser csv, tsv, jsonl o xlsx</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format debe ser csv, tsv o jsonl</translation>
    </message>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>un libro de cálculo es un fichero, no texto para un terminal o una tubería: indique -o FICHERO.xlsx</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; does not exist in the local time zone (%3): the clocks skipped it. Give the time with its offset (…+01:00) or in UTC (…Z)</source>
        <translation>--%1 &apos;%2&apos; no existe en la zona horaria local (%3): los relojes se la saltaron. Indique la hora con su desfase (…+01:00) o en UTC (…Z)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or 2026-11-01T09:00:00+05:30</source>
        <translation>--%1 &apos;%2&apos; no es una hora: use ISO 8601 como 2026-11-01T09:00:00Z o 2026-11-01T09:00:00+05:30</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from debe ser anterior a --to</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to %1</source>
        <translation>--concurrency debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>--%1 must be %2 from %3 to %4</source>
        <translation>--%1 debe ser %2 de %3 a %4</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--%1: that link names no execution</source>
        <translation>--%1: ese enlace no nombra ninguna ejecución</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3 (%4 followed by 32 hex digits)</source>
        <translation>--%1 &apos;%2&apos; no es %3 (%4 seguido de 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>the link is of account %1, not of the one in use (%2); give the profile that holds it with --profile</source>
        <translation>el enlace es de la cuenta %1, no de la que se usa (%2); indique con --profile el perfil que la contiene</translation>
    </message>
    <message>
        <source>no profile of yours holds account %1, which the link is of (flowscope profiles list)</source>
        <translation>ninguno de sus perfiles contiene la cuenta %1, de la que es el enlace (flowscope profiles list)</translation>
    </message>
    <message>
        <source>a flow SID</source>
        <translation>un SID de flujo</translation>
    </message>
    <message>
        <source>--flow is required (see --help)</source>
        <translation>--flow es obligatorio (vea --help)</translation>
    </message>
    <message>
        <source>no columns given: --columns takes a comma-separated list of %1</source>
        <translation>no se indicaron columnas: --columns admite una lista separada por comas de %1</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>columna desconocida &apos;%1&apos;; las columnas son %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Sign in with this saved profile (its secret from the keychain); the environment&apos;s TWILIO_* variables still win.</source>
        <translation>Iniciar sesión con este perfil guardado (su secreto del llavero); las variables TWILIO_* del entorno siguen teniendo prioridad.</translation>
    </message>
    <message>
        <source>A keychain that is not there, locked or refusing ends the command with 7 before anything is requested; a profile without a stored secret, with 2.</source>
        <translation>Un llavero ausente, bloqueado o que se niega termina la orden con 7 antes de pedir nada; un perfil sin secreto guardado, con 2.</translation>
    </message>
    <message>
        <source>API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for loopback).</source>
        <translation>Origen de la API (por defecto https://studio.twilio.com, o FLOWSCOPE_BASE_URL; http solo para loopback).</translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>Segundos sin datos antes de que una petición expire (por defecto 30).</translation>
    </message>
    <message>
        <source>Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6).</source>
        <translation>Intentos por petición antes de rendirse ante 429, 5xx, cortes y expiraciones (por defecto 6).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically: complete or not at all) instead of standard output.</source>
        <translation>Escribir en FICHERO (de forma atómica: completo o nada) en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>A failure leaves an existing file untouched.</source>
        <translation>Un fallo deja intacto un fichero existente.</translation>
    </message>
    <message>
        <source>the window; --demo browses the built-in sandbox</source>
        <translation>la ventana; --demo recorre el sandbox integrado</translation>
    </message>
    <message>
        <source>Browse Twilio Studio flow executions: pick a flow, narrow the date range, scroll through executions that load page by page, open one to read its context, steps and diagram, and export what you need. flowscope -- LINK opens a flowscope:// link (flowscope link makes one) in this user&apos;s running window, which comes to the front, or in a new one; the desktop runs it so when such a link is clicked.</source>
        <translation>Explore las ejecuciones de flujos de Twilio Studio: elija un flujo, acote el intervalo de fechas, desplácese por ejecuciones que se cargan página a página, abra una para leer su contexto, sus pasos y su diagrama, y exporte lo que necesite. flowscope -- ENLACE abre un enlace flowscope:// (flowscope link crea uno) en la ventana abierta de este usuario, que pasa al frente, o en una nueva; el escritorio la ejecuta así cuando se hace clic en un enlace de ese tipo.</translation>
    </message>
    <message>
        <source>Browse a generated account served by the built-in Studio sandbox; no Twilio account needed.</source>
        <translation>Explorar una cuenta generada servida por el sandbox de Studio integrado; no hace falta una cuenta de Twilio.</translation>
    </message>
    <message>
        <source>Sign in with this saved profile (the environment&apos;s TWILIO_* variables still win).</source>
        <translation>Iniciar sesión con este perfil guardado (las variables TWILIO_* del entorno siguen teniendo prioridad).</translation>
    </message>
    <message>
        <source>Show this help; --help-all adds Qt&apos;s own options.</source>
        <translation>Mostrar esta ayuda; --help-all añade las opciones propias de Qt.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Every subcommand but profiles, link and views also takes %1 (see its --help); link and views take --profile NAME, whose account and views they are.</source>
        <translation>Todas las subórdenes salvo profiles, link y views admiten también %1 (vea su --help); link y views admiten --profile NOMBRE, de cuya cuenta y vistas se trata.</translation>
    </message>
    <message>
        <source>Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, else a saved profile (--profile NAME).</source>
        <translation>Credenciales: TWILIO_ACCOUNT_SID con TWILIO_AUTH_TOKEN, o TWILIO_API_KEY y TWILIO_API_SECRET; si no, un perfil guardado (--profile NOMBRE).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 output, 7 the keychain.</source>
        <translation>Códigos de salida: 0 correcto, 2 uso, 3 autenticación, 4 no encontrado, 5 red o servidor, 6 salida, 7 el llavero.</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>Opciones de la ventana:</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Reintentando en %2 s.</translation>
    </message>
    <message>
        <source>%1 executions…</source>
        <translation>%1 ejecuciones…</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles add, or the window&apos;s Profiles menu, creates one)</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos; (flowscope profiles add, o el menú Perfiles de la ventana, crea uno)</translation>
    </message>
    <message>
        <source>no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use --profile NAME</source>
        <translation>sin credenciales: defina TWILIO_ACCOUNT_SID y TWILIO_AUTH_TOKEN, o TWILIO_API_KEY y TWILIO_API_SECRET con TWILIO_ACCOUNT_SID, o use --profile NOMBRE</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain; sign in with it in the window once, or set TWILIO_AUTH_TOKEN</source>
        <translation>el perfil &apos;%1&apos; no tiene secreto en el llavero; inicie sesión con él una vez en la ventana o defina TWILIO_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>the keychain could not give profile &apos;%1&apos; its secret (%2); set TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead</source>
        <translation>el llavero no pudo dar al perfil &apos;%1&apos; su secreto (%2); defina TWILIO_AUTH_TOKEN o TWILIO_API_SECRET en su lugar</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed, %4 moved</source>
        <translation>%1 cambiados, %2 añadidos, %3 eliminados, %4 movidos</translation>
    </message>
    <message>
        <source>The profile whose views and account these are (default: the environment&apos;s account, else the profile used last).</source>
        <translation>El perfil cuyas vistas y cuenta son estas (por defecto: la cuenta del entorno; si no, el último perfil usado).</translation>
    </message>
    <message>
        <source>that link opens an execution, not a view</source>
        <translation>ese enlace abre una ejecución, no una vista</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>no hay ninguna vista llamada &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Language: German, Spanish, French, Brazilian Portuguese or Japanese from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en chooses for FlowScope alone. What programs read is never translated.</source>
        <translation>Idioma: alemán, español, francés, portugués de Brasil o japonés según la configuración regional (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); si no, inglés. FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en lo elige solo para FlowScope. Lo que leen los programas nunca se traduce.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>two executions side by side</source>
        <translation>dos ejecuciones lado a lado</translation>
    </message>
    <message>
        <source>Compare two executions of a flow: the steps of each, the widget where their paths parted (the first both reached and left differently, or the last they reached together when one stopped sooner), and every value of their contexts that differs or is on one side only, by its Studio variable path (widgets.http_1.status_code). Each execution is an FN… SID of --flow, a Console link or a flowscope:// link; two of different flows are refused.</source>
        <translation>Comparar dos ejecuciones de un flujo: los pasos de cada una, el widget donde se separaron sus caminos (el primero al que llegaron ambas y que dejaron de forma distinta, o el último al que llegaron juntas cuando una se detuvo antes), y cada valor de sus contextos que difiere o está solo en un lado, por su ruta de variable de Studio (widgets.http_1.status_code). Cada ejecución es un SID FN… de --flow, un enlace de la Console o un enlace flowscope://; se rechazan dos de flujos distintos.</translation>
    </message>
    <message>
        <source>The flow of both (a link or a Console link names it already).</source>
        <translation>El flujo de ambas (un enlace o un enlace de la Console ya lo nombra).</translation>
    </message>
    <message>
        <source>json (default: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) or text (readable).</source>
        <translation>json (por defecto: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) o text (legible).</translation>
    </message>
    <message>
        <source>In json a path that is on one side only has no member for the other (a null is a value).</source>
        <translation>En json una ruta que está solo en un lado no tiene miembro para el otro (null es un valor).</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format debe ser json o text</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow debe ser un SID de flujo (FW seguido de 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution</source>
        <translation>ese enlace abre una vista, no una ejecución</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>indique --flow</translation>
    </message>
    <message>
        <source>the two executions are of different flows (%1 and %2): compare two executions of one flow</source>
        <translation>las dos ejecuciones son de flujos distintos (%1 y %2): compare dos ejecuciones de un mismo flujo</translation>
    </message>
    <message>
        <source>the executions are of flow %1, not of --flow %2</source>
        <translation>las ejecuciones son del flujo %1, no de --flow %2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>el flujo %1 no tiene ninguna ejecución %2 (Studio conserva las ejecuciones 30 días)</translation>
    </message>
    <message>
        <source>The same path.</source>
        <translation>El mismo camino.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Se separaron en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ.</source>
        <translation>
            <numerusform>%n valor de contexto difiere.</numerusform>
            <numerusform>%n valores de contexto difieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>El Account SID debe ser AC seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>El SID de la clave de API debe ser SK seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation>El secreto de la clave de API está vacío.</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>El Auth Token está vacío.</translation>
    </message>
    <message>
        <source>The secret contains spaces or characters a Twilio secret never has.</source>
        <translation>El secreto contiene espacios o caracteres que un secreto de Twilio nunca tiene.</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY and TWILIO_API_SECRET need TWILIO_ACCOUNT_SID as well.</source>
        <translation>TWILIO_API_KEY y TWILIO_API_SECRET necesitan también TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>Defina tanto TWILIO_ACCOUNT_SID como TWILIO_AUTH_TOKEN (o TWILIO_API_KEY y TWILIO_API_SECRET).</translation>
    </message>
    <message>
        <source>Credentials in the environment: %1</source>
        <translation>Credenciales en el entorno: %1</translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos;: %2</source>
        <translation>URL base no válida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>it needs a scheme and a host, like https://studio.twilio.com</source>
        <translation>necesita un esquema y un host, como https://studio.twilio.com</translation>
    </message>
    <message>
        <source>credentials do not belong in a URL</source>
        <translation>las credenciales no van en una URL</translation>
    </message>
    <message>
        <source>give only the origin (scheme, host and port), without a path</source>
        <translation>indique solo el origen (esquema, host y puerto), sin ruta</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>http sin cifrar solo se permite para hosts de loopback; use https</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for a loopback host)</source>
        <translation>el esquema debe ser https (o http para un host de loopback)</translation>
    </message>
    <message>
        <source>TWILIO_REGION / TWILIO_EDGE must be plain names like us1 or sydney, not &apos;%1&apos;</source>
        <translation>TWILIO_REGION / TWILIO_EDGE deben ser nombres simples como us1 o sydney, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Type a phone number, a client: or sip: address, or what they wrote.</source>
        <translation>Escriba un número de teléfono, una dirección client: o sip:, o lo que escribieron.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a phone number nor an address such as client:name or sip:user@host.</source>
        <translation>&apos;%1&apos; no es ni un número de teléfono ni una dirección como client:nombre o sip:usuario@host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nobody: give the whole address, such as client:alice or sip:bob@example.com.</source>
        <translation>&apos;%1&apos; no nombra a nadie: indique la dirección completa, como client:alice o sip:bob@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: give one (+44…) or a default country such as GB.</source>
        <translation>&apos;%1&apos; no tiene prefijo de país: indique uno (+44…) o un país por defecto como GB.</translation>
    </message>
    <message>
        <source>its country code is unknown</source>
        <translation>su prefijo de país es desconocido</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>es demasiado corto</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <source>it is not a possible number there</source>
        <translation>no es un número posible allí</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2; default country %3).</source>
        <translation>&apos;%1&apos; no es un número de teléfono que FlowScope pueda leer (%2; país por defecto %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2).</source>
        <translation>&apos;%1&apos; no es un número de teléfono que FlowScope pueda leer (%2).</translation>
    </message>
    <message>
        <source>exactly &apos;%1&apos;</source>
        <translation>exactamente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 on any channel</source>
        <translation>%1 en cualquier canal</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <source>the response has no context</source>
        <translation>la respuesta no tiene contexto</translation>
    </message>
</context>
<context>
    <name>CopyLinkActions</name>
    <message>
        <source>Copy SID</source>
        <translation>Copiar SID</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>A flowscope:// link to this execution, for a ticket: a click opens it in FlowScope</source>
        <translation>Un enlace flowscope:// a esta ejecución, para un ticket: un clic la abre en FlowScope</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
</context>
<context>
    <name>DefinitionDiff</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: there is no &quot;states&quot; list (nor a &quot;definition&quot; that has one)</source>
        <translation>es JSON pero no una definición de flujo: no hay lista &quot;states&quot; (ni una &quot;definition&quot; que la tenga)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: a definition is an object with a &quot;states&quot; list</source>
        <translation>es JSON pero no una definición de flujo: una definición es un objeto con una lista &quot;states&quot;</translation>
    </message>
</context>
<context>
    <name>DiagramSource</name>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revisión %1 de %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>The current definition</source>
        <translation>La definición actual</translation>
    </message>
    <message>
        <source>, published %1</source>
        <translation>, publicada %1</translation>
    </message>
    <message>
        <source>, in force when it ran, as the archive kept it.</source>
        <translation>, vigente cuando se ejecutó, tal como la guardó el archivo.</translation>
    </message>
    <message>
        <source> — the revision this execution ran on could not be read (%1), so the flow as it is now is drawn; steps may not match it.</source>
        <translation> — no se pudo leer la revisión con la que se ejecutó (%1), así que se dibuja el flujo tal como es ahora; puede que los pasos no coincidan.</translation>
    </message>
    <message>
        <source> — the flow has changed since.</source>
        <translation> — el flujo ha cambiado desde entonces.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>what changed between two flow definitions</source>
        <translation>qué cambió entre dos definiciones de flujo</translation>
    </message>
    <message>
        <source>Compare two flow definitions widget by widget, matched by name: each widget added, removed, changed (its type, properties or transitions) or moved (only its offset on the canvas), with the paths that differ and their old and new values. The definitions are files (as Studio exports them, or a v2 Flow or Flow Revision resource) or two revisions of a flow read from Twilio. A renamed widget is a removal and an addition.</source>
        <translation>Comparar dos definiciones de flujo widget a widget, emparejados por nombre: cada widget añadido, eliminado, cambiado (su tipo, propiedades o transiciones) o movido (solo su posición en el lienzo), con las rutas que difieren y sus valores antiguos y nuevos. Las definiciones son ficheros (tal como los exporta Studio, o un recurso v2 Flow o Flow Revision) o dos revisiones de un flujo leídas de Twilio. Un widget renombrado es una eliminación y una adición.</translation>
    </message>
    <message>
        <source>A definition file; give two (the older first).</source>
        <translation>Un fichero de definición; indique dos (el más antiguo primero).</translation>
    </message>
    <message>
        <source>The flow whose --revision&apos;s to compare.</source>
        <translation>El flujo cuyas --revision se comparan.</translation>
    </message>
    <message>
        <source>A revision of --flow (its version number); give two (the older first).</source>
        <translation>Una revisión de --flow (su número de versión); indique dos (la más antigua primero).</translation>
    </message>
    <message>
        <source>text (default: readable), jsonl (one widget a line: widget, change, paths of path, old, new) or csv (one path a row).</source>
        <translation>text (por defecto: legible), jsonl (un widget por línea: widget, change, paths de path, old, new) o csv (una ruta por fila).</translation>
    </message>
    <message>
        <source>In jsonl a path that is not on one side has null there.</source>
        <translation>En jsonl una ruta que no está en un lado tiene null allí.</translation>
    </message>
    <message>
        <source>--definition %1: %2</source>
        <translation>--definition %1: %2</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or csv</source>
        <translation>--format debe ser text, jsonl o csv</translation>
    </message>
    <message>
        <source>give two --definition files, or --flow with two --revision</source>
        <translation>indique dos ficheros --definition, o --flow con dos --revision</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow debe ser un SID de flujo (FW seguido de 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>--revision &apos;%1&apos; is not a revision number (1 or more)</source>
        <translation>--revision &apos;%1&apos; no es un número de revisión (1 o más)</translation>
    </message>
</context>
<context>
    <name>EndCommand</name>
    <message>
        <source>end stuck executions, once each</source>
        <translation>terminar ejecuciones atascadas, una vez cada una</translation>
    </message>
    <message>
        <source>End active executions — stuck ones that block customers — once each, and say what happened to every one. The targets are always only active executions: those named by --sid (looked up in the flows given), or those of the flows that started before a time, read with Studio v2&apos;s status filter. They are listed on standard error before anything is sent. Each is read first (one that has ended meanwhile is &quot;already ended&quot; and gets nothing) and ended with one POST; a POST is sent again only after a 429 or a 503, and after an uncertain answer the execution is re-read instead. Exit 0 when every target has ended, 5 when any failed.</source>
        <translation>Terminar ejecuciones activas —las atascadas que bloquean a los clientes—, una vez cada una, e indicar qué pasó con cada una. Los objetivos son siempre solo ejecuciones activas: las nombradas con --sid (buscadas en los flujos indicados) o las de los flujos que empezaron antes de una hora, leídas con el filtro de estado de Studio v2. Se enumeran en la salida de error estándar antes de enviar nada. Cada una se lee primero (una que ya terminó es &quot;ya terminada&quot; y no recibe nada) y se termina con un POST; un POST solo se reenvía tras un 429 o un 503, y tras una respuesta dudosa se vuelve a leer la ejecución en su lugar. Sale con 0 cuando cada objetivo ha terminado, con 5 si alguno falló.</translation>
    </message>
    <message>
        <source>A flow whose executions to end (FW…); repeat for several. Required.</source>
        <translation>Un flujo cuyas ejecuciones terminar (FW…); repita para varios. Obligatorio.</translation>
    </message>
    <message>
        <source>An execution to end (FN…), in one of the flows; repeatable.</source>
        <translation>Una ejecución que terminar (FN…), en uno de los flujos; repetible.</translation>
    </message>
    <message>
        <source>The active executions that started more than HOURS ago.</source>
        <translation>Las ejecuciones activas que empezaron hace más de HORAS.</translation>
    </message>
    <message>
        <source>The active executions that started before T (ISO 8601).</source>
        <translation>Las ejecuciones activas que empezaron antes de T (ISO 8601).</translation>
    </message>
    <message>
        <source>Only those of this contact: a phone number as people type it, or a client: or sip: address.</source>
        <translation>Solo las de este contacto: un número de teléfono tal como se escribe, o una dirección client: o sip:.</translation>
    </message>
    <message>
        <source>A number is matched on every channel.</source>
        <translation>Un número se busca en todos los canales.</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>El país de los números escritos sin +país (por defecto: el de la configuración regional, %1).</translation>
    </message>
    <message>
        <source>Show what would be ended, and write the audit; send nothing.</source>
        <translation>Mostrar lo que se terminaría y escribir el registro; no enviar nada.</translation>
    </message>
    <message>
        <source>Do not ask (needed when standard input is not a terminal).</source>
        <translation>No preguntar (necesario cuando la entrada estándar no es un terminal).</translation>
    </message>
    <message>
        <source>Without it, end asks on a terminal (more than ten: type their number).</source>
        <translation>Sin esta opción, end pregunta en un terminal (más de diez: escriba su número).</translation>
    </message>
    <message>
        <source>Executions ended at once, 1 to %1 (default %1).</source>
        <translation>Ejecuciones terminadas a la vez, de 1 a %1 (por defecto %1).</translation>
    </message>
    <message>
        <source>Write the audit CSV here (atomically): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</source>
        <translation>Escribir aquí el CSV de registro (de forma atómica): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</translation>
    </message>
    <message>
        <source>Written whenever targets were selected, a dry run included.</source>
        <translation>Se escribe siempre que se seleccionaron objetivos, incluso en una simulación.</translation>
    </message>
    <message>
        <source>say which executions: --sid FN…, --stuck HOURS or --active-before T (one of them)</source>
        <translation>indique qué ejecuciones: --sid FN…, --stuck HORAS o --active-before T (una de ellas)</translation>
    </message>
    <message>
        <source>an execution SID</source>
        <translation>un SID de ejecución</translation>
    </message>
    <message>
        <source>--stuck must be a number of hours, more than 0 and at most 720</source>
        <translation>--stuck debe ser un número de horas, mayor que 0 y como mucho 720</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <source> Nothing was ended.</source>
        <translation> No se terminó nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not every flow could be read: nothing was ended</source>
        <translation>no se pudieron leer todos los flujos: no se terminó nada</translation>
    </message>
    <message>
        <source>no active execution matches: nothing to end</source>
        <translation>ninguna ejecución activa coincide: nada que terminar</translation>
    </message>
    <message>
        <source>1 active execution to end:</source>
        <translation>1 ejecución activa que terminar:</translation>
    </message>
    <message>
        <source>%1 active executions to end:</source>
        <translation>%1 ejecuciones activas que terminar:</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulación: no se envió nada</translation>
    </message>
    <message>
        <source>refusing to end them without --yes: standard input is not a terminal to ask on</source>
        <translation>no se terminarán sin --yes: la entrada estándar no es un terminal donde preguntar</translation>
    </message>
    <message>
        <source>not confirmed: nothing was sent</source>
        <translation>no confirmado: no se envió nada</translation>
    </message>
    <message numerus="yes">
        <source>%n execution SID(s) given are in none of the flows given</source>
        <translation>
            <numerusform>%n SID de ejecución indicado no está en ninguno de los flujos indicados</numerusform>
            <numerusform>%n SID de ejecución indicados no están en ninguno de los flujos indicados</numerusform>
        </translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <source>type %1 to end these %1 executions: </source>
        <translation>escriba %1 para terminar estas %1 ejecuciones: </translation>
    </message>
    <message>
        <source>end this execution? [y/N] </source>
        <translation>¿terminar esta ejecución? [s/N] </translation>
    </message>
    <message>
        <source>end these executions? [y/N] </source>
        <translation>¿terminar estas ejecuciones? [s/N] </translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>Twilio could not fetch the URL</source>
        <translation>Twilio no pudo obtener la URL</translation>
    </message>
    <message>
        <source>The server took too long to accept the connection</source>
        <translation>El servidor tardó demasiado en aceptar la conexión</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>El servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>El servidor tardó demasiado en responder</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>La conexión con el servidor falló</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke HTTP&apos;s rules</source>
        <translation>La respuesta del servidor incumplió las reglas de HTTP</translation>
    </message>
    <message>
        <source>The URL&apos;s host name does not resolve</source>
        <translation>El nombre de host de la URL no se resuelve</translation>
    </message>
    <message>
        <source>The URL redirects too many times</source>
        <translation>La URL redirige demasiadas veces</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>El intercambio TLS con el servidor falló</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another domain</source>
        <translation>El certificado del servidor es de otro dominio</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>El certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation>La cadena de certificados del servidor está incompleta</translation>
    </message>
    <message>
        <source>The server&apos;s TwiML could not be parsed</source>
        <translation>No se pudo analizar el TwiML del servidor</translation>
    </message>
    <message>
        <source>The TwiML names a version Twilio does not know</source>
        <translation>El TwiML nombra una versión que Twilio no conoce</translation>
    </message>
    <message>
        <source>The TwiML does not start with &lt;Response&gt;</source>
        <translation>El TwiML no empieza por &lt;Response&gt;</translation>
    </message>
    <message>
        <source>The TwiML does not follow its schema</source>
        <translation>El TwiML no sigue su esquema</translation>
    </message>
    <message>
        <source>The server answered with the wrong Content-Type</source>
        <translation>El servidor respondió con un Content-Type erróneo</translation>
    </message>
    <message>
        <source>The number dialled is invalid or not supported</source>
        <translation>El número marcado no es válido o no se admite</translation>
    </message>
    <message>
        <source>The number dialled is on Twilio&apos;s block list</source>
        <translation>El número marcado está en la lista de bloqueo de Twilio</translation>
    </message>
    <message>
        <source>Calls to that country are off in the geo permissions</source>
        <translation>Las llamadas a ese país están desactivadas en los permisos geográficos</translation>
    </message>
    <message>
        <source>Too many requests at once</source>
        <translation>Demasiadas peticiones a la vez</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a valid phone number</source>
        <translation>El número &apos;To&apos; no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>Sending SMS to that region is not enabled for the account</source>
        <translation>El envío de SMS a esa región no está habilitado para la cuenta</translation>
    </message>
    <message>
        <source>The recipient has opted out (replied STOP)</source>
        <translation>El destinatario se dio de baja (respondió STOP)</translation>
    </message>
    <message>
        <source>The sending number has too many messages queued</source>
        <translation>El número remitente tiene demasiados mensajes en cola</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number cannot receive SMS</source>
        <translation>El número &apos;To&apos; no puede recibir SMS</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a mobile number</source>
        <translation>El número &apos;To&apos; no es un móvil</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters</source>
        <translation>El mensaje tiene más de 1.600 caracteres</translation>
    </message>
    <message>
        <source>The message waited too long in the send queue</source>
        <translation>El mensaje esperó demasiado en la cola de envío</translation>
    </message>
    <message>
        <source>The account is suspended</source>
        <translation>La cuenta está suspendida</translation>
    </message>
    <message>
        <source>The phone is off or out of reach</source>
        <translation>El teléfono está apagado o fuera de cobertura</translation>
    </message>
    <message>
        <source>The recipient or carrier blocked the message</source>
        <translation>El destinatario o el operador bloqueó el mensaje</translation>
    </message>
    <message>
        <source>The carrier does not know the number</source>
        <translation>El operador no conoce el número</translation>
    </message>
    <message>
        <source>A landline, or a carrier that cannot be reached</source>
        <translation>Un fijo, o un operador que no se puede alcanzar</translation>
    </message>
    <message>
        <source>The carrier filtered the message</source>
        <translation>El operador filtró el mensaje</translation>
    </message>
    <message>
        <source>Delivery failed for a reason the carrier did not give</source>
        <translation>La entrega falló por un motivo que el operador no indicó</translation>
    </message>
    <message>
        <source>A part of a multi-part message went missing</source>
        <translation>Se perdió una parte de un mensaje de varias partes</translation>
    </message>
    <message>
        <source>The message would cost more than its maximum price</source>
        <translation>El mensaje costaría más que su precio máximo</translation>
    </message>
    <message>
        <source>The number cannot receive MMS in that region</source>
        <translation>El número no puede recibir MMS en esa región</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too short</source>
        <translation>El tiempo de vida del mensaje es demasiado corto</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too long</source>
        <translation>El tiempo de vida del mensaje es demasiado largo</translation>
    </message>
    <message>
        <source>The &apos;To&apos; address has invalid attributes</source>
        <translation>La dirección &apos;To&apos; tiene atributos no válidos</translation>
    </message>
    <message>
        <source>The channel is not supported</source>
        <translation>El canal no se admite</translation>
    </message>
    <message>
        <source>The &apos;To&apos; and &apos;From&apos; are on channels that do not mix</source>
        <translation>&apos;To&apos; y &apos;From&apos; están en canales que no se pueden combinar</translation>
    </message>
    <message>
        <source>The carrier&apos;s network is congested</source>
        <translation>La red del operador está congestionada</translation>
    </message>
    <message>
        <source>The carrier wants the sender ID registered first</source>
        <translation>El operador quiere que antes se registre el ID de remitente</translation>
    </message>
    <message>
        <source>The content is larger than the carrier takes</source>
        <translation>El contenido es mayor de lo que admite el operador</translation>
    </message>
    <message>
        <source>Twilio could not schedule the message</source>
        <translation>Twilio no pudo programar el mensaje</translation>
    </message>
    <message>
        <source>Twilio&apos;s messaging service failed internally</source>
        <translation>El servicio de mensajería de Twilio falló internamente</translation>
    </message>
    <message>
        <source>Over the 10DLC campaign&apos;s sending rate</source>
        <translation>Por encima de la tasa de envío de la campaña 10DLC</translation>
    </message>
    <message>
        <source>The 10DLC campaign&apos;s daily cap is reached</source>
        <translation>Se alcanzó el límite diario de la campaña 10DLC</translation>
    </message>
    <message>
        <source>The numeric sender ID is not set up with the carrier</source>
        <translation>El ID de remitente numérico no está configurado con el operador</translation>
    </message>
    <message>
        <source>Half of today&apos;s T-Mobile allowance is used</source>
        <translation>Se ha usado la mitad de la cuota de hoy de T-Mobile</translation>
    </message>
    <message>
        <source>70 % of today&apos;s T-Mobile allowance is used</source>
        <translation>Se ha usado el 70 % de la cuota de hoy de T-Mobile</translation>
    </message>
    <message>
        <source>Today&apos;s T-Mobile allowance is used up</source>
        <translation>La cuota de hoy de T-Mobile se ha agotado</translation>
    </message>
    <message>
        <source>The request named an API version that is not valid</source>
        <translation>La petición nombró una versión de API no válida</translation>
    </message>
    <message>
        <source>The ContentRetention setting is not valid</source>
        <translation>El ajuste ContentRetention no es válido</translation>
    </message>
    <message>
        <source>The AddressRetention setting is not valid</source>
        <translation>El ajuste AddressRetention no es válido</translation>
    </message>
    <message>
        <source>The MaxRate setting is not valid</source>
        <translation>El ajuste MaxRate no es válido</translation>
    </message>
    <message>
        <source>The toll-free number is not verified yet</source>
        <translation>El número gratuito aún no está verificado</translation>
    </message>
    <message>
        <source>The 10DLC campaign is suspended</source>
        <translation>La campaña 10DLC está suspendida</translation>
    </message>
    <message>
        <source>The sending number is not registered for 10DLC</source>
        <translation>El número remitente no está registrado para 10DLC</translation>
    </message>
    <message>
        <source>The sending number&apos;s 10DLC registration is not finished</source>
        <translation>El registro 10DLC del número remitente no ha terminado</translation>
    </message>
    <message>
        <source>The voice connection broke</source>
        <translation>La conexión de voz se cortó</translation>
    </message>
    <message>
        <source>The voice transport failed</source>
        <translation>El transporte de voz falló</translation>
    </message>
    <message>
        <source>The SIP user dialled is not registered</source>
        <translation>El usuario SIP marcado no está registrado</translation>
    </message>
    <message>
        <source>Twilio could not talk to the SIP infrastructure</source>
        <translation>Twilio no pudo comunicarse con la infraestructura SIP</translation>
    </message>
    <message>
        <source>The execution reached Studio&apos;s step limit</source>
        <translation>La ejecución alcanzó el límite de pasos de Studio</translation>
    </message>
    <message>
        <source>A widget ran in a loop too many times</source>
        <translation>Un widget se ejecutó en bucle demasiadas veces</translation>
    </message>
    <message>
        <source>A widget got an event it has no transition for</source>
        <translation>Un widget recibió un evento para el que no tiene transición</translation>
    </message>
    <message>
        <source>Studio could not add a member to the chat channel</source>
        <translation>Studio no pudo añadir un miembro al canal de chat</translation>
    </message>
    <message>
        <source>No condition of a split matched, and no default</source>
        <translation>Ninguna condición de una bifurcación coincidió, y no hay opción por defecto</translation>
    </message>
    <message>
        <source>Studio could not create the chat channel</source>
        <translation>Studio no pudo crear el canal de chat</translation>
    </message>
    <message>
        <source>Connecting the call took too long</source>
        <translation>Conectar la llamada tardó demasiado</translation>
    </message>
    <message>
        <source>The outgoing call could not be connected</source>
        <translation>No se pudo conectar la llamada saliente</translation>
    </message>
    <message>
        <source>Putting the call in a queue took too long</source>
        <translation>Poner la llamada en una cola tardó demasiado</translation>
    </message>
    <message>
        <source>Studio failed internally running a Function</source>
        <translation>Studio falló internamente al ejecutar una Function</translation>
    </message>
    <message>
        <source>Studio could not send the message</source>
        <translation>Studio no pudo enviar el mensaje</translation>
    </message>
    <message>
        <source>Studio could not update the Sync service</source>
        <translation>Studio no pudo actualizar el servicio Sync</translation>
    </message>
    <message>
        <source>Studio could not reach the Understand API</source>
        <translation>Studio no pudo contactar con la API Understand</translation>
    </message>
    <message>
        <source>Studio failed internally making an HTTP request</source>
        <translation>Studio falló internamente al hacer una petición HTTP</translation>
    </message>
    <message>
        <source>Studio could not create the TaskRouter task</source>
        <translation>Studio no pudo crear la tarea de TaskRouter</translation>
    </message>
    <message>
        <source>The HTTP request widget&apos;s call failed</source>
        <translation>La llamada del widget de petición HTTP falló</translation>
    </message>
    <message>
        <source>The Function answered with an error</source>
        <translation>La Function respondió con un error</translation>
    </message>
    <message>
        <source>A {{…}} template in a widget could not be evaluated</source>
        <translation>No se pudo evaluar una plantilla {{…}} de un widget</translation>
    </message>
    <message>
        <source>The phone number uses an API version Studio dropped</source>
        <translation>El número de teléfono usa una versión de API que Studio retiró</translation>
    </message>
    <message>
        <source>The flow was started by a trigger it does not have</source>
        <translation>El flujo se inició con un disparador que no tiene</translation>
    </message>
    <message>
        <source>A flow revision must be a number, LatestPublished or LatestRevision</source>
        <translation>Una revisión de flujo debe ser un número, LatestPublished o LatestRevision</translation>
    </message>
    <message>
        <source>The flow&apos;s definition is not valid</source>
        <translation>La definición del flujo no es válida</translation>
    </message>
    <message>
        <source>The REST API call gave malformed To or From</source>
        <translation>La llamada a la API REST dio To o From mal formados</translation>
    </message>
    <message>
        <source>A subflow failed</source>
        <translation>Un subflujo falló</translation>
    </message>
    <message>
        <source>The flow has more widgets than Studio allows</source>
        <translation>El flujo tiene más widgets de los que Studio permite</translation>
    </message>
    <message>
        <source>The execution stopped: the flow has too many widgets</source>
        <translation>La ejecución se detuvo: el flujo tiene demasiados widgets</translation>
    </message>
    <message>
        <source>The Function answered with a 4xx status</source>
        <translation>La Function respondió con un estado 4xx</translation>
    </message>
    <message>
        <source>The Function&apos;s answer was an error</source>
        <translation>La respuesta de la Function fue un error</translation>
    </message>
    <message>
        <source>The Functions deployment failed to install</source>
        <translation>No se pudo instalar el despliegue de Functions</translation>
    </message>
    <message>
        <source>The Function logged a warning</source>
        <translation>La Function registró una advertencia</translation>
    </message>
    <message>
        <source>The Function logged an error</source>
        <translation>La Function registró un error</translation>
    </message>
    <message>
        <source>The Function&apos;s environment context is too large</source>
        <translation>El contexto de entorno de la Function es demasiado grande</translation>
    </message>
    <message>
        <source>The Function&apos;s runtime is not supported</source>
        <translation>El entorno de ejecución de la Function no se admite</translation>
    </message>
    <message>
        <source>The Function&apos;s headers or cookies are too large</source>
        <translation>Las cabeceras o cookies de la Function son demasiado grandes</translation>
    </message>
    <message>
        <source>The Function returned a header with several values</source>
        <translation>La Function devolvió una cabecera con varios valores</translation>
    </message>
    <message>
        <source>retrying helps</source>
        <translation>reintentar ayuda</translation>
    </message>
    <message>
        <source>retrying does not help</source>
        <translation>reintentar no ayuda</translation>
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
        <translation>una ejecución para un ticket, en JSON</translation>
    </message>
    <message>
        <source>Fetch one execution for a ticket: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, each part exactly as the API returned it. The argument is an FN… SID (with --flow), a Twilio Console link or an API URL to the execution. One that names no single execution is refused before any request (exit 2); an unknown one exits 4.</source>
        <translation>Obtener una ejecución para un ticket: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, cada parte exactamente como la devolvió la API. El argumento es un SID FN… (con --flow), un enlace de la Twilio Console o una URL de la API de la ejecución. Lo que no nombra una sola ejecución se rechaza antes de cualquier petición (salida 2); una desconocida sale con 4.</translation>
    </message>
    <message>
        <source>The flow of a bare FN… SID (links name it themselves).</source>
        <translation>El flujo de un SID FN… suelto (los enlaces ya lo nombran).</translation>
    </message>
    <message>
        <source>Add the execution&apos;s steps, oldest first, each as the API returned it.</source>
        <translation>Añadir los pasos de la ejecución, los más antiguos primero, cada uno como lo devolvió la API.</translation>
    </message>
    <message>
        <source>Add what Twilio kept beside it: the messages and calls it sent and got, and the Debugger alerts of its time that name it, each pinned to the step it belongs to.</source>
        <translation>Añadir lo que Twilio guardó junto a ella: los mensajes y llamadas que envió y recibió, y las alertas del Debugger de su tiempo que la nombran, cada uno asociado al paso al que pertenece.</translation>
    </message>
    <message>
        <source>Writes &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: each resource as the API returned it, with &quot;step&quot; (the SID of its step, or null) and &quot;widget&quot; first; an alert also &quot;probable&quot; when it names only the flow and was placed by its time and URL. A resource past its retention is {&quot;available&quot;: false, &quot;reason&quot;}; alerts are null when this key cannot read the Debugger.</source>
        <translation>Escribe &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: cada recurso como lo devolvió la API, con &quot;step&quot; (el SID de su paso, o null) y &quot;widget&quot; primero; una alerta también &quot;probable&quot; cuando solo nombra el flujo y se ubicó por su hora y su URL. Un recurso pasado su periodo de conservación es {&quot;available&quot;: false, &quot;reason&quot;}; alerts es null cuando esta clave no puede leer el Debugger.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (members keep their order).</source>
        <translation>Sangrar el JSON para leerlo (los miembros mantienen su orden).</translation>
    </message>
    <message>
        <source>Also draw the execution&apos;s path on the flow&apos;s diagram (the revision it ran on) to FILE.svg or FILE.png; no display needed.</source>
        <translation>Dibujar también el camino de la ejecución en el diagrama del flujo (la revisión con la que se ejecutó) en FICHERO.svg o FICHERO.png; no hace falta pantalla.</translation>
    </message>
    <message>
        <source>Standard error says which revision was drawn.</source>
        <translation>La salida de error estándar indica qué revisión se dibujó.</translation>
    </message>
    <message>
        <source>Read the execution from the archive (flowscope archive sync), not from Twilio: any date, offline, the same JSON.</source>
        <translation>Leer la ejecución del archivo (flowscope archive sync), no de Twilio: cualquier fecha, sin conexión, el mismo JSON.</translation>
    </message>
    <message>
        <source>--related gives what a sync with --related kept; --diagram still reads the flow&apos;s definition from Twilio.</source>
        <translation>--related da lo que guardó una sincronización con --related; --diagram sigue leyendo la definición del flujo de Twilio.</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow debe ser un SID de flujo (FW seguido de 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution: flowscope executions --view LINK</source>
        <translation>ese enlace abre una vista, no una ejecución: flowscope executions --view ENLACE</translation>
    </message>
    <message>
        <source>the link&apos;s execution is of flow %1, not of --flow %2</source>
        <translation>la ejecución del enlace es del flujo %1, no de --flow %2</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>indique --flow</translation>
    </message>
    <message>
        <source>--diagram: the file name must end in .svg or .png</source>
        <translation>--diagram: el nombre del fichero debe terminar en .svg o .png</translation>
    </message>
    <message>
        <source>--diagram: this build cannot draw</source>
        <translation>--diagram: esta compilación no puede dibujar</translation>
    </message>
</context>
<context>
    <name>ExecutionQuery</name>
    <message>
        <source>Pick a flow first.</source>
        <translation>Elija primero un flujo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits.</source>
        <translation>&apos;%1&apos; no es un SID de flujo: debe ser FW seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The date range is not a valid time.</source>
        <translation>El intervalo de fechas no es una hora válida.</translation>
    </message>
    <message>
        <source>The start of the range must be before its end.</source>
        <translation>El inicio del intervalo debe ser anterior a su fin.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 1000, not %1.</source>
        <translation>El tamaño de página debe estar entre 1 y 1000, no %1.</translation>
    </message>
</context>
<context>
    <name>ExecutionRef</name>
    <message>
        <source>No execution SID found: paste an FN… SID (FN and 32 hex digits) or a Twilio Console link to an execution.</source>
        <translation>No se encontró ningún SID de ejecución: pegue un SID FN… (FN y 32 dígitos hexadecimales) o un enlace de la Twilio Console a una ejecución.</translation>
    </message>
    <message>
        <source>That names %1 executions; paste one.</source>
        <translation>Eso nombra %1 ejecuciones; pegue una.</translation>
    </message>
    <message>
        <source>That names %1 flows; paste one execution&apos;s link or SID.</source>
        <translation>Eso nombra %1 flujos; pegue el enlace o el SID de una ejecución.</translation>
    </message>
    <message>
        <source>Studio finds an execution within its flow: %1, or paste a Twilio Console link, which names both.</source>
        <translation>Studio busca una ejecución dentro de su flujo: %1, o pegue un enlace de la Twilio Console, que nombra ambos.</translation>
    </message>
    <message>
        <source>pick the flow first</source>
        <translation>elija primero el flujo</translation>
    </message>
    <message>
        <source>the execution has no sid</source>
        <translation>la ejecución no tiene sid</translation>
    </message>
</context>
<context>
    <name>ExecutionsCommand</name>
    <message>
        <source>export a flow&apos;s executions</source>
        <translation>exportar las ejecuciones de un flujo</translation>
    </message>
    <message>
        <source>Export a flow&apos;s executions, newest first, streamed as they arrive.</source>
        <translation>Exportar las ejecuciones de un flujo, las más recientes primero, transmitidas según llegan.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (FW followed by 32 hex digits).</source>
        <translation>El SID del flujo (FW seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>A saved view (flowscope views list) or a flowscope://view link: its flow, range, filters and columns; options given beside it win.</source>
        <translation>Una vista guardada (flowscope views list) o un enlace flowscope://view: su flujo, intervalo, filtros y columnas; las opciones indicadas junto a ella tienen prioridad.</translation>
    </message>
    <message>
        <source>A relative range (last-24-hours) is counted from now. Columns the outcome gives (ended_at, last_event, step_count, error_code) turn --outcome on.</source>
        <translation>Un intervalo relativo (last-24-hours) se cuenta desde ahora. Las columnas que da el resultado (ended_at, last_event, step_count, error_code) activan --outcome.</translation>
    </message>
    <message>
        <source>Only executions started at or after T: ISO 8601 with Z or an offset, or local time without one.</source>
        <translation>Solo las ejecuciones que empezaron en T o después: ISO 8601 con Z o un desfase, u hora local sin él.</translation>
    </message>
    <message>
        <source>2026-11-01T09:00:00+05:30; a date alone is local midnight.</source>
        <translation>2026-11-01T09:00:00+05:30; una fecha sola es la medianoche local.</translation>
    </message>
    <message>
        <source>Only executions started before T.</source>
        <translation>Solo las ejecuciones que empezaron antes de T.</translation>
    </message>
    <message>
        <source>Executions per request, 1 to 1000 (default 1000).</source>
        <translation>Ejecuciones por petición, de 1 a 1000 (por defecto 1000).</translation>
    </message>
    <message>
        <source>Stop after N executions read (crawls sequentially); the filters then write those of them they keep.</source>
        <translation>Parar tras leer N ejecuciones (lee de forma secuencial); los filtros escriben luego las que conservan.</translation>
    </message>
    <message>
        <source>Only the executions that failed (reads each one&apos;s outcome, as --outcome does).</source>
        <translation>Solo las ejecuciones que fallaron (lee el resultado de cada una, como --outcome).</translation>
    </message>
    <message>
        <source>Only the executions whose SID or contact address holds TEXT (any case), as the window&apos;s quick filter.</source>
        <translation>Solo las ejecuciones cuyo SID o dirección de contacto contiene TEXTO (sin distinguir mayúsculas), como el filtro rápido de la ventana.</translation>
    </message>
    <message>
        <source>csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells, for people; needs -o).</source>
        <translation>csv (por defecto, RFC 4180), tsv, jsonl (cada ejecución exactamente como la devolvió la API) o xlsx (un libro con celdas tipadas, para personas; requiere -o).</translation>
    </message>
    <message>
        <source>csv has a header of API field names and CRLF line ends; tsv uses the same quoting with tabs.</source>
        <translation>csv tiene una cabecera con los nombres de campo de la API y finales de línea CRLF; tsv usa el mismo entrecomillado con tabuladores.</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Columnas separadas por comas para csv/tsv/xlsx: %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Fetch each execution&apos;s context and add it as a &apos;context&apos; column of compact JSON (csv/tsv) or field (jsonl).</source>
        <translation>Obtener el contexto de cada ejecución y añadirlo como columna &apos;context&apos; de JSON compacto (csv/tsv) o como campo (jsonl).</translation>
    </message>
    <message>
        <source>Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits (repeatable).</source>
        <translation>Añadir una columna con el valor en RUTA del contexto, p. ej. widgets.gather_1.Digits (repetible).</translation>
    </message>
    <message>
        <source>As a Studio variable names it: flow.data[&quot;first name&quot;] works too.</source>
        <translation>Tal como lo nombra una variable de Studio: flow.data[&quot;first name&quot;] también funciona.</translation>
    </message>
    <message>
        <source>Write times in local time with their offset instead of UTC as the API gives them.</source>
        <translation>Escribir las horas en hora local con su desfase en lugar de en UTC, como las da la API.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Empezar el fichero con una marca de orden de bytes UTF-8 (para Excel).</translation>
    </message>
    <message>
        <source>Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB CR).</source>
        <translation>Escribir las celdas tal cual, incluso las que una hoja de cálculo ejecutaría como fórmulas (= + - @ TAB CR).</translation>
    </message>
    <message>
        <source>By default such a cell gets a leading apostrophe; plain numbers and E.164 phone numbers stay as they are.</source>
        <translation>Por defecto, esa celda recibe un apóstrofo inicial; los números simples y los teléfonos E.164 se quedan como están.</translation>
    </message>
    <message>
        <source>Read each execution&apos;s steps and add its outcome: ended_at, last_event, step_count and failed columns (jsonl: an &apos;outcome&apos; object). Failed means a failure event (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) or a widget&apos;s status_code of 400 or more.</source>
        <translation>Leer los pasos de cada ejecución y añadir su resultado: columnas ended_at, last_event, step_count y failed (jsonl: un objeto &apos;outcome&apos;). Fallida significa un evento de fallo (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) o un status_code de un widget de 400 o más.</translation>
    </message>
    <message>
        <source>Unknown outcomes are written, counted on standard error, and make the command exit 5 when a request failed for good.</source>
        <translation>Los resultados desconocidos se escriben, se cuentan en la salida de error estándar y hacen que la orden salga con 5 si una petición falló definitivamente.</translation>
    </message>
    <message>
        <source>Requests in flight at most for --outcome and --context (default %1 with --outcome, 8 for --context alone).</source>
        <translation>Máximo de peticiones simultáneas para --outcome y --context (por defecto %1 con --outcome, 8 para --context solo).</translation>
    </message>
    <message>
        <source>Shared between the slices.</source>
        <translation>Compartidas entre los tramos.</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4; 1 is a plain sequential crawl).</source>
        <translation>Leer K tramos de tiempo a la vez (por defecto 4; 1 es una lectura secuencial simple).</translation>
    </message>
    <message>
        <source>The output is the same bytes either way: each SID is written once, the first time it comes. Slices that wait their turn are spooled to unnamed temporary files beside the output file, so memory does not grow with the rows.</source>
        <translation>La salida es byte a byte la misma en ambos casos: cada SID se escribe una vez, la primera vez que aparece. Los tramos que esperan su turno se vuelcan a ficheros temporales sin nombre junto al fichero de salida, así la memoria no crece con las filas.</translation>
    </message>
    <message>
        <source>Read the executions from the archive (flowscope archive sync), not from Twilio: any date, offline, the same output.</source>
        <translation>Leer las ejecuciones del archivo (flowscope archive sync), no de Twilio: cualquier fecha, sin conexión, la misma salida.</translation>
    </message>
    <message>
        <source>--outcome gives what the sync read; --page-size, --parallel and --concurrency do not apply.</source>
        <translation>--outcome da lo que leyó la sincronización; --page-size, --parallel y --concurrency no se aplican.</translation>
    </message>
    <message>
        <source>--view: that link opens an execution: flowscope execution LINK</source>
        <translation>--view: ese enlace abre una ejecución: flowscope execution ENLACE</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>no hay ninguna vista llamada &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>--flow or --view is required (see --help)</source>
        <translation>--flow o --view es obligatorio (vea --help)</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size debe ser un número de 1 a 1000</translation>
    </message>
    <message>
        <source>--limit must be a number of executions, 0 or more</source>
        <translation>--limit debe ser un número de ejecuciones, 0 o más</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>un número de tramos</translation>
    </message>
    <message>
        <source>--context-path &apos;%1&apos; is not a path such as widgets.gather_1.Digits or flow.data[&quot;first name&quot;]</source>
        <translation>--context-path &apos;%1&apos; no es una ruta como widgets.gather_1.Digits o flow.data[&quot;first name&quot;]</translation>
    </message>
</context>
<context>
    <name>ExecutionsExport</name>
    <message>
        <source> Nothing was written.</source>
        <translation> No se escribió nada.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are written as unknown</source>
        <translation>aviso: el archivo no tiene resultado para %1 ejecución(es); se escriben como desconocidas</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) had no context any more (expired?); their context is null.</source>
        <translation>aviso: %1 ejecución(es) ya no tenían contexto (¿caducado?); su contexto es null.</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>the page is %1</source>
        <translation>la página es %1</translation>
    </message>
    <message>
        <source>the page is not a JSON object</source>
        <translation>la página no es un objeto JSON</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url no es una cadena</translation>
    </message>
    <message>
        <source>the page has no meta object</source>
        <translation>la página no tiene objeto meta</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; array</source>
        <translation>la página no tiene matriz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 of the page is not an object</source>
        <translation>el elemento %1 de la página no es un objeto</translation>
    </message>
    <message>
        <source>the page&apos;s &apos;%1&apos; array could not be delimited</source>
        <translation>no se pudo delimitar la matriz &apos;%1&apos; de la página</translation>
    </message>
    <message>
        <source>the answer is not one execution</source>
        <translation>la respuesta no es una ejecución</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message numerus="yes">
        <source>%n row(s) had text longer than a spreadsheet cell holds (32,767 characters); it was cut there and marked. Export JSONL for the whole text.</source>
        <translation>
            <numerusform>%n fila tenía texto más largo de lo que cabe en una celda de hoja de cálculo (32.767 caracteres); se cortó ahí y se marcó. Exporte JSONL para tener el texto completo.</numerusform>
            <numerusform>%n filas tenían texto más largo de lo que cabe en una celda de hoja de cálculo (32.767 caracteres); se cortó ahí y se marcó. Exporte JSONL para tener el texto completo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows continue on %n sheet(s) (a sheet holds 1,048,575 rows).</source>
        <translation>
            <numerusform>Las filas siguen en %n hoja más (una hoja tiene 1.048.575 filas).</numerusform>
            <numerusform>Las filas siguen en %n hojas más (una hoja tiene 1.048.575 filas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>The flow definition is %1.</source>
        <translation>La definición del flujo es %1.</translation>
    </message>
    <message>
        <source>The flow definition is not a JSON object.</source>
        <translation>La definición del flujo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The flow definition has no &quot;states&quot; list, so it is not a Studio flow.</source>
        <translation>La definición del flujo no tiene lista &quot;states&quot;, así que no es un flujo de Studio.</translation>
    </message>
    <message>
        <source>The flow definition&apos;s &quot;states&quot; is not a list.</source>
        <translation>&quot;states&quot; de la definición del flujo no es una lista.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; is not an object; it is left out.</source>
        <translation>La entrada %1 de &quot;states&quot; no es un objeto; se omite.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; has no name; it is drawn as &quot;%2&quot;.</source>
        <translation>La entrada %1 de &quot;states&quot; no tiene nombre; se dibuja como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; names its target with &quot;name&quot; instead of &quot;next&quot;; read as &quot;next&quot;.</source>
        <translation>%1: la transición en &quot;%2&quot; nombra su destino con &quot;name&quot; en lugar de &quot;next&quot;; se lee como &quot;next&quot;.</translation>
    </message>
    <message>
        <source>Two widgets are named &quot;%1&quot;; steps are drawn on the first.</source>
        <translation>Dos widgets se llaman &quot;%1&quot;; los pasos se dibujan en el primero.</translation>
    </message>
    <message>
        <source>The initial state &quot;%1&quot; is not a widget of the flow.</source>
        <translation>El estado inicial &quot;%1&quot; no es un widget del flujo.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; leads to &quot;%3&quot;, which is not a widget of the flow.</source>
        <translation>%1: la transición en &quot;%2&quot; lleva a &quot;%3&quot;, que no es un widget del flujo.</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) had no position on the canvas; drawn in a row below the others.</source>
        <translation>
            <numerusform>%n widget no tenía posición en el lienzo; se dibuja en una fila debajo de los demás.</numerusform>
            <numerusform>%n widgets no tenían posición en el lienzo; se dibujan en una fila debajo de los demás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowPath</name>
    <message>
        <source>&quot;%1&quot; is not a widget of this definition (renamed or removed since?); it is drawn apart.</source>
        <translation>&quot;%1&quot; no es un widget de esta definición (¿renombrado o eliminado desde entonces?); se dibuja aparte.</translation>
    </message>
    <message>
        <source>(subflow)</source>
        <translation>(subflujo)</translation>
    </message>
    <message>
        <source>%1: the step on &quot;%2&quot; to &quot;%3&quot; is not a transition of this definition; drawn as a loose edge.</source>
        <translation>%1: el paso en &quot;%2&quot; hacia &quot;%3&quot; no es una transición de esta definición; se dibuja como arista suelta.</translation>
    </message>
</context>
<context>
    <name>FlowScopeLink</name>
    <message>
        <source>That link is longer than %1 characters; FlowScope makes none so long.</source>
        <translation>Ese enlace tiene más de %1 caracteres; FlowScope no crea ninguno tan largo.</translation>
    </message>
    <message>
        <source>That is not a FlowScope link (flowscope://execution/FN…?flow=FW… or flowscope://view?…).</source>
        <translation>Eso no es un enlace de FlowScope (flowscope://execution/FN…?flow=FW… o flowscope://view?…).</translation>
    </message>
    <message>
        <source>A FlowScope link holds no spaces, control or non-ASCII characters; copy it again.</source>
        <translation>Un enlace de FlowScope no contiene espacios, caracteres de control ni caracteres no ASCII; cópielo de nuevo.</translation>
    </message>
    <message>
        <source>A FlowScope link starts flowscope:// .</source>
        <translation>Un enlace de FlowScope empieza por flowscope:// .</translation>
    </message>
    <message>
        <source>A FlowScope link names what to show, never a user, password, host or port; this one does, and is not opened.</source>
        <translation>Un enlace de FlowScope nombra qué mostrar, nunca un usuario, contraseña, host o puerto; este sí lo hace y no se abre.</translation>
    </message>
    <message>
        <source>A FlowScope link opens an execution or a view (flowscope://execution/… or flowscope://view?…).</source>
        <translation>Un enlace de FlowScope abre una ejecución o una vista (flowscope://execution/… o flowscope://view?…).</translation>
    </message>
    <message>
        <source>That link gives &apos;%1&apos; more than once; it is not opened.</source>
        <translation>Ese enlace da &apos;%1&apos; más de una vez; no se abre.</translation>
    </message>
    <message>
        <source>The link&apos;s account is not an account SID (AC and 32 hex digits).</source>
        <translation>La cuenta del enlace no es un Account SID (AC y 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The link names no execution: flowscope://execution/FN… (FN and 32 hex digits).</source>
        <translation>El enlace no nombra ninguna ejecución: flowscope://execution/FN… (FN y 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The link names no flow: …?flow=FW… (FW and 32 hex digits); Studio finds an execution within its flow.</source>
        <translation>El enlace no nombra ningún flujo: …?flow=FW… (FW y 32 dígitos hexadecimales); Studio busca una ejecución dentro de su flujo.</translation>
    </message>
    <message>
        <source>A view&apos;s link is flowscope://view?… with nothing between view and ?.</source>
        <translation>El enlace de una vista es flowscope://view?… sin nada entre view y ?.</translation>
    </message>
    <message>
        <source>That view link cannot be opened: %1.</source>
        <translation>No se puede abrir ese enlace de vista: %1.</translation>
    </message>
</context>
<context>
    <name>FlowTraffic</name>
    <message numerus="yes">
        <source>%n widget(s) that executions passed through are not in this definition (renamed or removed since they ran?): %1 — drawn apart.</source>
        <translation>
            <numerusform>%n widget por el que pasaron ejecuciones no está en esta definición (¿renombrado o eliminado desde que se ejecutaron?): %1 — se dibuja aparte.</numerusform>
            <numerusform>%n widgets por los que pasaron ejecuciones no están en esta definición (¿renombrados o eliminados desde que se ejecutaron?): %1 — se dibujan aparte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) took a transition this definition does not have; drawn dashed.</source>
        <translation>
            <numerusform>%n ejecución tomó una transición que esta definición no tiene; se dibuja discontinua.</numerusform>
            <numerusform>%n ejecuciones tomaron una transición que esta definición no tiene; se dibuja discontinua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsCommand</name>
    <message>
        <source>list the account&apos;s flows</source>
        <translation>listar los flujos de la cuenta</translation>
    </message>
    <message>
        <source>List the account&apos;s Studio flows: sid, friendly_name, status, version, date_created, date_updated.</source>
        <translation>Listar los flujos de Studio de la cuenta: sid, friendly_name, status, version, date_created, date_updated.</translation>
    </message>
    <message>
        <source>tsv (default), csv or jsonl (each flow exactly as the API returned it).</source>
        <translation>tsv (por defecto), csv o jsonl (cada flujo exactamente como lo devolvió la API).</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>JSON no válido: está vacío</translation>
    </message>
    <message>
        <source>not valid JSON: it looks like an HTML or XML page</source>
        <translation>JSON no válido: parece una página HTML o XML</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes in the middle of a string (cut off on the way?)</source>
        <translation>JSON no válido: termina tras %1 bytes en medio de una cadena (¿cortado por el camino?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with an object or array still open (cut off on the way?)</source>
        <translation>JSON no válido: termina tras %1 bytes con un objeto o matriz aún abierto (¿cortado por el camino?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with %2 objects or arrays still open (cut off on the way?)</source>
        <translation>JSON no válido: termina tras %1 bytes con %2 objetos o matrices aún abiertos (¿cortado por el camino?)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>a flowscope:// link to an execution or a saved view</source>
        <translation>un enlace flowscope:// a una ejecución o a una vista guardada</translation>
    </message>
    <message>
        <source>Print a flowscope:// link for a ticket or a chat: a colleague&apos;s click opens it in their FlowScope window (the one running, or a new one). The link names the execution and its flow, or a view&apos;s query, and the account they are of — never credentials or an origin. An execution is given by its SID with --flow, or by a Console link; a view by its name (flowscope views list).</source>
        <translation>Imprimir un enlace flowscope:// para un ticket o un chat: el clic de un compañero lo abre en su ventana de FlowScope (la abierta o una nueva). El enlace nombra la ejecución y su flujo, o la consulta de una vista, y la cuenta a la que pertenecen; nunca credenciales ni un origen. Una ejecución se indica por su SID con --flow, o con un enlace de la Console; una vista por su nombre (flowscope views list).</translation>
    </message>
    <message>
        <source>The execution&apos;s flow (FW…); a Console link names it already.</source>
        <translation>El flujo de la ejecución (FW…); un enlace de la Console ya lo nombra.</translation>
    </message>
    <message>
        <source>A saved view of the profile.</source>
        <translation>Una vista guardada del perfil.</translation>
    </message>
    <message>
        <source>give an execution or --view, not both</source>
        <translation>indique una ejecución o --view, no ambos</translation>
    </message>
    <message>
        <source>give one execution (FN… with --flow, or a link), or --view NAME</source>
        <translation>indique una ejecución (FN… con --flow, o un enlace) o --view NOMBRE</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow debe ser un SID de flujo (FW seguido de 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>indique --flow</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>the execution has ended but lists no steps</source>
        <translation>la ejecución ha terminado pero no enumera pasos</translation>
    </message>
    <message>
        <source>its context could not be read to check the widgets&apos; status codes</source>
        <translation>no se pudo leer su contexto para comprobar los códigos de estado de los widgets</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 respondió %2</translation>
    </message>
    <message>
        <source>%1: its message was not delivered (%2)</source>
        <translation>%1: su mensaje no se entregó (%2)</translation>
    </message>
    <message>
        <source>%1: its message was not delivered</source>
        <translation>%1: su mensaje no se entregó</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>un libro de cálculo es un fichero, no texto para un terminal o una tubería: indique -o FICHERO.xlsx</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the output could not be written (disk full?); an existing file was left as it was</source>
        <translation>no se pudo escribir la salida (¿disco lleno?); un fichero existente se dejó como estaba</translation>
    </message>
    <message>
        <source>the output could not be written to %1 (is it full?)</source>
        <translation>no se pudo escribir la salida en %1 (¿está lleno?)</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>no se pudo escribir la salida</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>PostgresArchive</name>
    <message>
        <source>the archive %1 needs Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed</source>
        <translation>el archivo %1 necesita el controlador PostgreSQL de Qt (Debian: libqt6sql6-psql), que no está instalado</translation>
    </message>
    <message>
        <source>the archive %1 could not be reached: %2</source>
        <translation>no se pudo contactar con el archivo %1: %2</translation>
    </message>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>el archivo %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>el archivo %1: %2</translation>
    </message>
    <message>
        <source>the archive %1: preparing it: %2</source>
        <translation>el archivo %1: al prepararlo: %2</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>el archivo %1 lo creó un FlowScope más reciente (esquema %2; este lee hasta %3); se dejó como estaba</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>al migrarlo</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>al escribir %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>al escribir</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>al escribir su índice de texto</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>al indexar su texto</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>al leer</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>al borrar</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Un nombre de perfil tiene de 1 a 64 letras, dígitos, espacios, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>El Account SID debe ser AC seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>El SID de la clave de API debe ser SK seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables de entorno</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>perfil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>Perfil &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>saved accounts</source>
        <translation>cuentas guardadas</translation>
    </message>
    <message>
        <source>Saved accounts, as twilio-cli&apos;s profiles: the secret in the OS keychain (service flowscope), the rest in the settings file. add reads the secret (the Auth Token, or the API key&apos;s secret with --api-key) from standard input when it is not a terminal, else asks for it without echo — never from an argument; without a keychain that answers, or with it locked, nothing is written and the exit status is 7. list shows each profile&apos;s account, region, edge, origin and whether its secret is in the keychain, never the secret. remove deletes the keychain entry, then the profile. use makes a profile the one the window and the commands open by default.</source>
        <translation>Cuentas guardadas, como los perfiles de twilio-cli: el secreto en el llavero del sistema (servicio flowscope), el resto en el fichero de ajustes. add lee el secreto (el Auth Token, o el secreto de la clave de API con --api-key) de la entrada estándar cuando no es un terminal; si no, lo pide sin eco; nunca de un argumento. Sin un llavero que responda, o si está bloqueado, no se escribe nada y el estado de salida es 7. list muestra la cuenta, región, edge y origen de cada perfil y si su secreto está en el llavero, nunca el secreto. remove borra la entrada del llavero y luego el perfil. use hace de un perfil el que abren por defecto la ventana y las órdenes.</translation>
    </message>
    <message>
        <source>list: tsv (default) or jsonl.</source>
        <translation>list: tsv (por defecto) o jsonl.</translation>
    </message>
    <message>
        <source>add: the Account SID (AC…). Required.</source>
        <translation>add: el Account SID (AC…). Obligatorio.</translation>
    </message>
    <message>
        <source>add: sign in with this API key (SK…); the secret read is then its secret.</source>
        <translation>add: iniciar sesión con esta clave de API (SK…); el secreto leído es entonces el suyo.</translation>
    </message>
    <message>
        <source>add: Twilio region, e.g. ie1.</source>
        <translation>add: región de Twilio, p. ej. ie1.</translation>
    </message>
    <message>
        <source>add: Twilio edge, e.g. dublin.</source>
        <translation>add: edge de Twilio, p. ej. dublin.</translation>
    </message>
    <message>
        <source>add: another API origin (a sandbox; http only for loopback).</source>
        <translation>add: otro origen de API (un sandbox; http solo para loopback).</translation>
    </message>
    <message>
        <source>add: replace a profile of that name.</source>
        <translation>add: reemplazar un perfil con ese nombre.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>that option is not one of profiles %1 (see --help)</source>
        <translation>esa opción no es de profiles %1 (vea --help)</translation>
    </message>
    <message>
        <source>profiles list takes no name</source>
        <translation>profiles list no admite nombre</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of profiles: the actions are list, add, remove and use</source>
        <translation>acción desconocida &apos;%1&apos; de profiles: las acciones son list, add, remove y use</translation>
    </message>
    <message>
        <source>profiles %1 takes one profile name</source>
        <translation>profiles %1 admite un nombre de perfil</translation>
    </message>
    <message>
        <source>say what to do: profiles %1</source>
        <translation>indique qué hacer: profiles %1</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format debe ser tsv o jsonl</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles list)</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos; (flowscope profiles list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the profile the window and the commands open.</source>
        <translation>&apos;%1&apos; es ahora el perfil que abren la ventana y las órdenes.</translation>
    </message>
    <message>
        <source>; profile &apos;%1&apos; was kept</source>
        <translation>; se conservó el perfil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>Se eliminaron el perfil &apos;%1&apos; y su secreto.</translation>
    </message>
    <message>
        <source>--account-sid is required</source>
        <translation>--account-sid es obligatorio</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists; give --force to replace it</source>
        <translation>ya existe un perfil llamado &apos;%1&apos;; indique --force para reemplazarlo</translation>
    </message>
    <message>
        <source>Secret of API key %1</source>
        <translation>Secreto de la clave de API %1</translation>
    </message>
    <message>
        <source>Auth Token of %1</source>
        <translation>Auth Token de %1</translation>
    </message>
    <message>
        <source>no secret was given (pipe it on standard input, or type it at the prompt); nothing was saved</source>
        <translation>no se indicó ningún secreto (páselo por la entrada estándar o escríbalo cuando se pida); no se guardó nada</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; no se guardó nada</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;; its secret is in the keychain.</source>
        <translation>Perfil &apos;%1&apos; guardado; su secreto está en el llavero.</translation>
    </message>
    <message>
        <source>no keychain answers (a Secret Service such as GNOME Keyring or KWallet): %1</source>
        <translation>ningún llavero responde (un Secret Service como GNOME Keyring o KWallet): %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>el llavero se negó: %1</translation>
    </message>
</context>
<context>
    <name>Related</name>
    <message>
        <source>Message %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Mensaje %1: ya no está en Twilio (borrado o pasado su periodo de conservación)</translation>
    </message>
    <message>
        <source>Message %1 (not read)</source>
        <translation>Mensaje %1 (no leído)</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Mensaje %1: %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Mensaje de %1: %2</translation>
    </message>
    <message>
        <source>Message to %1: %2 — %3</source>
        <translation>Mensaje a %1: %2 — %3</translation>
    </message>
    <message>
        <source>Message to %1: %2</source>
        <translation>Mensaje a %1: %2</translation>
    </message>
    <message>
        <source>Call %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Llamada %1: ya no está en Twilio (borrada o pasado su periodo de conservación)</translation>
    </message>
    <message>
        <source>Call %1 (not read)</source>
        <translation>Llamada %1 (no leída)</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Llamada %1: %2</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3, %4 s</source>
        <translation>Llamada %1 → %2: %3, %4 s</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3</source>
        <translation>Llamada %1 → %2: %3</translation>
    </message>
    <message>
        <source>Debugger %1: %2 (probable: it names only the flow)</source>
        <translation>Debugger %1: %2 (probable: solo nombra el flujo)</translation>
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
        <translation>SMS ya no está</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llamada %1</translation>
    </message>
    <message>
        <source>call gone</source>
        <translation>llamada ya no está</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectada</translation>
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
        <translation>ya no está en Twilio (borrado o pasado su periodo de conservación)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>not what execution --related writes</source>
        <translation>no es lo que escribe execution --related</translation>
    </message>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>esta clave no puede leer el Debugger</translation>
    </message>
</context>
<context>
    <name>RelatedResources</name>
    <message>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>its &apos;sid&apos; is not a %1 SID</source>
        <translation>su &apos;sid&apos; no es un SID de %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source> Nothing was written.</source>
        <translation> No se escribió nada.</translation>
    </message>
    <message>
        <source>%1&apos;s definition could not be read: %2 Nothing was written.</source>
        <translation>no se pudo leer la definición de %1: %2 No se escribió nada.</translation>
    </message>
    <message>
        <source>warning: %1&apos;s revisions could not be listed (%2); published_at is left empty</source>
        <translation>aviso: no se pudieron listar las revisiones de %1 (%2); published_at queda vacío</translation>
    </message>
    <message>
        <source>the archive holds none of its revisions</source>
        <translation>el archivo no tiene ninguna de sus revisiones</translation>
    </message>
    <message>
        <source>%1&apos;s definition: %2. Nothing was written.</source>
        <translation>la definición de %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are counted as unknown</source>
        <translation>aviso: el archivo no tiene resultado para %1 ejecución(es); se cuentan como desconocidas</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) did not say which revision they ran on (no flow_version); they are counted under revision null</source>
        <translation>aviso: %1 ejecución(es) no indicaron con qué revisión se ejecutaron (sin flow_version); se cuentan bajo la revisión null</translation>
    </message>
</context>
<context>
    <name>RevisionsDiff</name>
    <message>
        <source>revision %1 of %2: %3</source>
        <translation>revisión %1 de %2: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2 holds no definition FlowScope can read: %3</source>
        <translation>la revisión %1 de %2 no contiene ninguna definición que FlowScope pueda leer: %3</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>the view gives &apos;%1&apos; more than once</source>
        <translation>la vista da &apos;%1&apos; más de una vez</translation>
    </message>
    <message>
        <source>the view names no flow (flow=FW…)</source>
        <translation>la vista no nombra ningún flujo (flow=FW…)</translation>
    </message>
    <message>
        <source>the view&apos;s flow is not a flow SID (FW and 32 hex digits)</source>
        <translation>el flujo de la vista no es un SID de flujo (FW y 32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>the view gives both a range and from/to; one of them</source>
        <translation>la vista da a la vez un intervalo y from/to; solo uno de ellos</translation>
    </message>
    <message>
        <source>the view&apos;s %1 is not a time of 2000 to 2100 with Z or an offset (2026-11-01T09:00:00Z)</source>
        <translation>%1 de la vista no es una hora entre 2000 y 2100 con Z o un desfase (2026-11-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>the view&apos;s from is not before its to</source>
        <translation>from de la vista no es anterior a su to</translation>
    </message>
    <message>
        <source>the view&apos;s range is not one of %1</source>
        <translation>el intervalo de la vista no es ninguno de %1</translation>
    </message>
    <message>
        <source>the view&apos;s failed is 1 or 0</source>
        <translation>failed de la vista es 1 o 0</translation>
    </message>
    <message>
        <source>the view&apos;s filter is longer than %1 characters or holds control characters</source>
        <translation>el filtro de la vista tiene más de %1 caracteres o contiene caracteres de control</translation>
    </message>
    <message>
        <source>the view&apos;s columns are some of %1</source>
        <translation>las columnas de la vista son algunas de %1</translation>
    </message>
    <message>
        <source>the view names the column %1 twice</source>
        <translation>la vista nombra dos veces la columna %1</translation>
    </message>
    <message>
        <source>the view sorts by a column that is not one of %1</source>
        <translation>la vista ordena por una columna que no es ninguna de %1</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>una vista necesita un nombre</translation>
    </message>
    <message>
        <source>a view&apos;s name is at most %1 characters</source>
        <translation>el nombre de una vista tiene como mucho %1 caracteres</translation>
    </message>
    <message>
        <source>a view&apos;s name holds no control characters</source>
        <translation>el nombre de una vista no contiene caracteres de control</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a customer across every flow</source>
        <translation>un cliente en todos los flujos</translation>
    </message>
    <message>
        <source>Find a customer&apos;s executions across every flow: by phone number (on any channel), by client: or sip: address, or by what they wrote (searched in each context). Rows come newest first once every flow was searched (--stream: on standard output as they are found); -o writes the file atomically, only when every flow was searched. A flow that fails is named on standard error and the search exits 5.</source>
        <translation>Encontrar las ejecuciones de un cliente en todos los flujos: por número de teléfono (en cualquier canal), por dirección client: o sip:, o por lo que escribió (buscado en cada contexto). Las filas salen de la más reciente a la más antigua una vez buscados todos los flujos (--stream: en la salida estándar según se encuentran); -o escribe el fichero de forma atómica, solo cuando se buscó en todos los flujos. Un flujo que falla se nombra en la salida de error estándar y la búsqueda sale con 5.</translation>
    </message>
    <message>
        <source>A phone number as people type it (+44 7700 900123, (415) 555-0100), or an address such as client:alice or sip:bob@example.com.</source>
        <translation>Un número de teléfono tal como se escribe (+44 7700 900123, (415) 555-0100), o una dirección como client:alice o sip:bob@example.com.</translation>
    </message>
    <message>
        <source>A number is read with libphonenumber and matches that number on every channel, whatsapp: included.</source>
        <translation>Un número se lee con libphonenumber y coincide con ese número en cualquier canal, whatsapp: incluido.</translation>
    </message>
    <message>
        <source>Text they wrote or said, searched in each execution&apos;s context (one request each).</source>
        <translation>Texto que escribieron o dijeron, buscado en el contexto de cada ejecución (una petición cada una).</translation>
    </message>
    <message>
        <source>Any case, in every string of the context.</source>
        <translation>Sin distinguir mayúsculas, en cada cadena del contexto.</translation>
    </message>
    <message>
        <source>Only this flow (repeatable; default: every flow of the account).</source>
        <translation>Solo este flujo (repetible; por defecto: todos los flujos de la cuenta).</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>Desde T (por defecto: hace 30 días, todo lo que conserva Studio).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Antes de T (por defecto: ahora).</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>El país de los números escritos sin +país (por defecto: el de la configuración regional, %1).</translation>
    </message>
    <message>
        <source>Match the contact&apos;s address string exactly, on its channel only.</source>
        <translation>Comparar exactamente la cadena de dirección del contacto, solo en su canal.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 8).</source>
        <translation>Peticiones simultáneas, de 1 a 32 (por defecto 8).</translation>
    </message>
    <message>
        <source>Pages and contexts together.</source>
        <translation>Páginas y contextos juntos.</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells; needs -o).</source>
        <translation>csv (por defecto), tsv, jsonl (cada ejecución exactamente como la devolvió la API) o xlsx (un libro con celdas tipadas; requiere -o).</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Columnas separadas por comas para csv/tsv/xlsx: %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Add each match&apos;s context as a &apos;context&apos; column (or field, in jsonl).</source>
        <translation>Añadir el contexto de cada coincidencia como columna &apos;context&apos; (o campo, en jsonl).</translation>
    </message>
    <message>
        <source>Write each match to standard output as it is found, not newest first at the end.</source>
        <translation>Escribir cada coincidencia en la salida estándar según se encuentra, no de la más reciente a la más antigua al final.</translation>
    </message>
    <message>
        <source>For a long text search one wants to watch; -o files are always sorted.</source>
        <translation>Para una búsqueda de texto larga que se quiere seguir; los ficheros de -o siempre salen ordenados.</translation>
    </message>
    <message>
        <source>Search the archive (flowscope archive sync) instead of Twilio: any date (--from defaults to its beginning), offline, by its indexes (--text: at least three characters).</source>
        <translation>Buscar en el archivo (flowscope archive sync) en lugar de en Twilio: cualquier fecha (--from empieza por defecto en su comienzo), sin conexión, mediante sus índices (--text: al menos tres caracteres).</translation>
    </message>
    <message>
        <source>Rows come sorted newest first, as with -o.</source>
        <translation>Las filas salen ordenadas de la más reciente a la más antigua, como con -o.</translation>
    </message>
    <message>
        <source>say whom to look for: --contact TEXT, --text TEXT, or both</source>
        <translation>indique a quién buscar: --contact TEXTO, --text TEXTO o ambos</translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation> No se envió nada.</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text está vacío</translation>
    </message>
    <message>
        <source>--text needs at least three characters to search the archive (its index files every three letters); nothing was read</source>
        <translation>--text necesita al menos tres caracteres para buscar en el archivo (su índice registra cada tres letras); no se leyó nada</translation>
    </message>
    <message>
        <source>--stream is for standard output: a file is written sorted, whole</source>
        <translation>--stream es para la salida estándar: un fichero se escribe ordenado y completo</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <source>the account&apos;s flows could not be listed: %1</source>
        <translation>no se pudieron listar los flujos de la cuenta: %1</translation>
    </message>
    <message>
        <source>the account has no flows</source>
        <translation>la cuenta no tiene flujos</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 de %2 flujos · %3 ejecuciones revisadas · %4 encontradas</translation>
    </message>
    <message>
        <source>%1 (%2) could not be searched: %3</source>
        <translation>no se pudo buscar en %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: the results are not complete%1</source>
        <translation>
            <numerusform>no se pudo buscar en %n flujo: los resultados no están completos%1</numerusform>
            <numerusform>no se pudo buscar en %n flujos: los resultados no están completos%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; no se escribió nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 found in %n flow(s), %2 executions scanned</source>
        <translation>
            <numerusform>%1 encontradas en %n flujo, %2 ejecuciones revisadas</numerusform>
            <numerusform>%1 encontradas en %n flujos, %2 ejecuciones revisadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 filed under the contact)</source>
        <translation>%1 encontradas en el archivo %2 (%3 registradas bajo el contacto)</translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 named by its text index)</source>
        <translation>%1 encontradas en el archivo %2 (%3 señaladas por su índice de texto)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain is locked: unlock it (sign in to the desktop, or open Passwords and Keys) and try again</source>
        <translation>el llavero está bloqueado: desbloquéelo (inicie sesión en el escritorio o abra Contraseñas y claves) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>No hay ningún secreto guardado para este perfil.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation>memoria, solo para esta sesión</translation>
    </message>
</context>
<context>
    <name>SqlCipherArchive</name>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>el archivo %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>el archivo %1: %2</translation>
    </message>
    <message>
        <source>the archive %1 has no key</source>
        <translation>el archivo %1 no tiene clave</translation>
    </message>
    <message>
        <source>there is no archive at %1</source>
        <translation>no hay ningún archivo en %1</translation>
    </message>
    <message>
        <source>the archive %1 is not a file that can be read</source>
        <translation>el archivo %1 no es un fichero que se pueda leer</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database, not an encrypted archive; it was left as it is</source>
        <translation>%1 es una base de datos SQLite sin cifrar, no un archivo cifrado; se dejó como estaba</translation>
    </message>
    <message>
        <source>the folder of the archive %1 could not be made</source>
        <translation>no se pudo crear la carpeta del archivo %1</translation>
    </message>
    <message>
        <source>the archive %1 could not be made: %2</source>
        <translation>no se pudo crear el archivo %1: %2</translation>
    </message>
    <message>
        <source>the archive %1 cannot be read with this key (a wrong key, or not a FlowScope archive); it was left as it is</source>
        <translation>el archivo %1 no se puede leer con esta clave (una clave errónea, o no es un archivo de FlowScope); se dejó como estaba</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>al migrarlo</translation>
    </message>
    <message>
        <source>%1 is a database, but not a FlowScope archive; it was left as it is</source>
        <translation>%1 es una base de datos, pero no un archivo de FlowScope; se dejó como estaba</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>el archivo %1 lo creó un FlowScope más reciente (esquema %2; este lee hasta %3); se dejó como estaba</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>al escribir %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>al leer</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>al escribir</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>al borrar</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>al escribir su índice de texto</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>al indexar su texto</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>counts for a report: per bucket, outcome, revision, widget or edge</source>
        <translation>recuentos para un informe: por intervalo, resultado, revisión, widget o arista</translation>
    </message>
    <message>
        <source>Count a range of executions for a report: per 5 minutes, hour or day (every bucket, empty ones too, starting in UTC), per outcome — the widget they ended on and the last event, most frequent first — per revision of the flow they ran on, or as the diagram counts them, per widget or per edge. Each SID is counted once; the output is written once everything is counted, atomically with -o.</source>
        <translation>Contar las ejecuciones de un intervalo para un informe: por 5 minutos, hora o día (todos los tramos, también los vacíos, empezando en UTC), por resultado —el widget en el que terminaron y el último evento, los más frecuentes primero—, por revisión del flujo con la que se ejecutaron, o como las cuenta el diagrama, por widget o por arista. Cada SID se cuenta una vez; la salida se escribe cuando todo está contado, de forma atómica con -o.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable: their counts add up). Required.</source>
        <translation>El SID del flujo (repetible: sus recuentos se suman). Obligatorio.</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>Desde T (por defecto: hace 30 días, todo lo que conserva Studio).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Antes de T (por defecto: ahora).</translation>
    </message>
    <message>
        <source>5m, hour or day: one row per bucket (bucket_start, executions, active, ended); outcome: one row per (ended_at, last_event) with executions, failed, unknown; revision: one row per revision the executions ran on, newest first (revision, executions, active, ended, published_at); widget: one row per widget (widget, entered, ended, waiting, failed); edge: one row per edge taken (from, event, to, count).</source>
        <translation>5m, hour o day: una fila por tramo (bucket_start, executions, active, ended); outcome: una fila por (ended_at, last_event) con executions, failed, unknown; revision: una fila por revisión con la que se ejecutaron, la más reciente primero (revision, executions, active, ended, published_at); widget: una fila por widget (widget, entered, ended, waiting, failed); edge: una fila por arista tomada (from, event, to, count).</translation>
    </message>
    <message>
        <source>widget and edge count as the Diagram tab does over the flow as it is now: an execution counts once per widget and edge however often it loops; failed is the failed executions that ended there; steps on widgets the definition lacks are counted under their own names. revision reads each execution&apos;s flow_version from Studio v2 (one request per page, as for hour); executions without one are counted under a null revision, and said so. With several flows a flow_sid column comes first.</source>
        <translation>widget y edge cuentan como la pestaña Diagrama sobre el flujo tal como es ahora: una ejecución cuenta una vez por widget y arista por muchas vueltas que dé; failed son las ejecuciones fallidas que terminaron allí; los pasos en widgets que faltan en la definición se cuentan con su propio nombre. revision lee el flow_version de cada ejecución de Studio v2 (una petición por página, como para hour); las ejecuciones sin él se cuentan bajo una revisión null, y se indica. Con varios flujos, una columna flow_sid va primero.</translation>
    </message>
    <message>
        <source>With --by 5m|hour|day|revision: read each execution&apos;s steps and add failed and unknown columns (implied by --by outcome).</source>
        <translation>Con --by 5m|hour|day|revision: leer los pasos de cada ejecución y añadir columnas failed y unknown (implícito con --by outcome).</translation>
    </message>
    <message>
        <source>csv (default), tsv or jsonl (one object per row, numbers as numbers).</source>
        <translation>csv (por defecto), tsv o jsonl (un objeto por fila, números como números).</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4).</source>
        <translation>Leer K tramos de tiempo a la vez (por defecto 4).</translation>
    </message>
    <message>
        <source>Steps requests in flight at most (default %1).</source>
        <translation>Máximo de peticiones de pasos simultáneas (por defecto %1).</translation>
    </message>
    <message>
        <source>Count the archive&apos;s executions (flowscope archive sync), not Twilio&apos;s: any date, offline, the same counts.</source>
        <translation>Contar las ejecuciones del archivo (flowscope archive sync), no las de Twilio: cualquier fecha, sin conexión, los mismos recuentos.</translation>
    </message>
    <message>
        <source>--outcomes counts what the sync read; --parallel and --concurrency do not apply.</source>
        <translation>--outcomes cuenta lo que leyó la sincronización; --parallel y --concurrency no se aplican.</translation>
    </message>
    <message>
        <source>--by is required: 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by es obligatorio: 5m, hour, day, outcome, revision, widget o edge</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by &apos;%1&apos; no es 5m, hour, day, outcome, revision, widget ni edge</translation>
    </message>
    <message>
        <source>--outcomes goes with --by 5m|hour|day|revision; --by %1 reads them anyway</source>
        <translation>--outcomes va con --by 5m|hour|day|revision; --by %1 los lee de todos modos</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>un número de tramos</translation>
    </message>
    <message>
        <source>--by revision reads Twilio (Studio v2&apos;s flow_version); the archive does not keep which revision an execution ran on</source>
        <translation>--by revision lee Twilio (el flow_version de Studio v2); el archivo no guarda con qué revisión se ejecutó una ejecución</translation>
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
        <translation>el archivo %1 no tiene ninguna ejecución %2 del flujo %3</translation>
    </message>
    <message>
        <source>warning: the archive holds no context for %1 (synced with --no-contexts); it is written as null</source>
        <translation>aviso: el archivo no tiene contexto para %1 (sincronizado con --no-contexts); se escribe como null</translation>
    </message>
    <message>
        <source>the archive %1 holds no messages, calls or alerts for %2 (it was synced without --related)</source>
        <translation>el archivo %1 no tiene mensajes, llamadas ni alertas de %2 (se sincronizó sin --related)</translation>
    </message>
    <message>
        <source>the archive %1 holds no revision of flow %2: its definition is read from Twilio</source>
        <translation>el archivo %1 no tiene ninguna revisión del flujo %2: su definición se lee de Twilio</translation>
    </message>
    <message>
        <source>the archive %1 holds no steps for %2</source>
        <translation>el archivo %1 no tiene pasos de %2</translation>
    </message>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>el flujo %1 no tiene ninguna ejecución %2 (Studio conserva las ejecuciones 30 días)</translation>
    </message>
    <message>
        <source>the context resource has no &apos;context&apos; member</source>
        <translation>el recurso de contexto no tiene miembro &apos;context&apos;</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n related resource(s) no longer at Twilio (deleted, or past their retention)</source>
        <translation>
            <numerusform>%n recurso relacionado ya no está en Twilio (borrado o pasado su periodo de conservación)</numerusform>
            <numerusform>%n recursos relacionados ya no están en Twilio (borrados o pasado su periodo de conservación)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts left out: this key cannot read the Debugger (Monitor)</source>
        <translation>Alertas omitidas: esta clave no puede leer el Debugger (Monitor)</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>No se pudieron listar las alertas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and were left out</source>
        <translation>
            <numerusform>%n alerta que solo nombra el flujo no encajó con un único paso y se omitió</numerusform>
            <numerusform>%n alertas que solo nombran el flujo no encajaron con un único paso y se omitieron</numerusform>
        </translation>
    </message>
    <message>
        <source>--diagram %1: %2</source>
        <translation>--diagram %1: %2</translation>
    </message>
    <message>
        <source>Drew %1 on %2</source>
        <translation>Se dibujó %1 en %2</translation>
    </message>
</context>
<context>
    <name>UnknownOutcomes</name>
    <message numerus="yes">
        <source>warning: the outcome of %n execution(s) is unknown (written as unknown); %1, for one: %2</source>
        <translation>
            <numerusform>aviso: el resultado de %n ejecución es desconocido (se escribe como desconocido); %1, por ejemplo: %2</numerusform>
            <numerusform>aviso: el resultado de %n ejecuciones es desconocido (se escribe como desconocido); %1, por ejemplo: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>there is no view named &apos;%1&apos;</source>
        <translation>no hay ninguna vista llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is a view named &apos;%1&apos; already</source>
        <translation>ya hay una vista llamada &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ViewsCommand</name>
    <message>
        <source>the saved views of a profile</source>
        <translation>las vistas guardadas de un perfil</translation>
    </message>
    <message>
        <source>The views saved in the window (View ▸ Save view…), per profile: list them, show one (a name or a flowscope://view link) with its link, or remove one. flowscope executions --view NAME exports what a view lists.</source>
        <translation>Las vistas guardadas en la ventana (Ver ▸ Guardar vista…), por perfil: listarlas, mostrar una (un nombre o un enlace flowscope://view) con su enlace, o eliminar una. flowscope executions --view NOMBRE exporta lo que lista una vista.</translation>
    </message>
    <message>
        <source>tsv (default) or jsonl.</source>
        <translation>tsv (por defecto) o jsonl.</translation>
    </message>
    <message>
        <source>say what to do: views list | show NAME | remove NAME</source>
        <translation>indique qué hacer: views list | show NOMBRE | remove NOMBRE</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format debe ser tsv o jsonl</translation>
    </message>
    <message>
        <source>views list takes no name</source>
        <translation>views list no admite nombre</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of views: the actions are list, show and remove</source>
        <translation>acción desconocida &apos;%1&apos; de views: las acciones son list, show y remove</translation>
    </message>
    <message>
        <source>views %1 takes one view name</source>
        <translation>views %1 admite un nombre de vista</translation>
    </message>
    <message>
        <source>that option is not one of views remove (see --help)</source>
        <translation>esa opción no es de views remove (vea --help)</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>no hay ninguna vista llamada &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Removed view &apos;%1&apos;.</source>
        <translation>Se eliminó la vista &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>only part was written (is the disk full?)</source>
        <translation>solo se escribió una parte (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>Opciones comunes:</translation>
    </message>
</context>
<context>
    <name>flowscope::AccountManager</name>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;; enter it again.</source>
        <translation>No hay ningún secreto guardado para el perfil &apos;%1&apos;; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; cannot sign in: %2. The profile and its secret are kept.</source>
        <translation>El perfil &apos;%1&apos; no puede iniciar sesión: %2. Se conservan el perfil y su secreto.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; needs its secret again: no keychain is available to keep it.</source>
        <translation>El perfil &apos;%1&apos; necesita de nuevo su secreto: no hay ningún llavero disponible para guardarlo.</translation>
    </message>
    <message>
        <source>%1. Until then secrets are kept in memory for this session only, never on disk; save the profile again once it is unlocked to keep its secret.</source>
        <translation>%1. Hasta entonces los secretos se guardan en memoria solo para esta sesión, nunca en disco; guarde de nuevo el perfil cuando esté desbloqueado para conservar su secreto.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only, never on disk.</source>
        <translation>No hay ningún llavero disponible (%1): los secretos se guardan en memoria solo para esta sesión, nunca en disco.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>credenciales escritas (guardadas en memoria)</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ya existe un perfil llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another API key: enter its secret.</source>
        <translation>El perfil &apos;%1&apos; tiene ahora otra clave de API: escriba su secreto.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another Account SID: enter its Auth Token.</source>
        <translation>El perfil &apos;%1&apos; tiene ahora otro Account SID: escriba su Auth Token.</translation>
    </message>
    <message>
        <source>The secret of profile &apos;%1&apos; could not be moved to its new name (%2): enter it again.</source>
        <translation>No se pudo mover el secreto del perfil &apos;%1&apos; a su nuevo nombre (%2): escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>no hay ninguno guardado</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was kept: %2.</source>
        <translation>Se conservó el perfil &apos;%1&apos;: %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::ActivityChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 analysed failed (%3 %)</source>
        <translation>, %1 de %2 analizadas fallaron (%3 %)</translation>
    </message>
    <message>
        <source>, none analysed</source>
        <translation>, ninguna analizada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Click a bar, or drag across bars, to narrow the range to them</source>
        <translation>Haga clic en una barra, o arrastre sobre varias, para acotar el intervalo a ellas</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>Nota de actividad</translation>
    </message>
    <message>
        <source>By revision</source>
        <translation>Por revisión</translation>
    </message>
    <message>
        <source>Stack the executions by the revision of the flow they ran on, with a marker at each publish: hover one for what it changed and the failure rate before and after it</source>
        <translation>Apilar las ejecuciones por la revisión del flujo con la que se ejecutaron, con una marca en cada publicación: pase el ratón por una para ver qué cambió y la tasa de fallos antes y después</translation>
    </message>
    <message>
        <source>Stack the chart by revision</source>
        <translation>Apilar el gráfico por revisión</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>por 5 minutos</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>%1 — %2, %3, local time. </source>
        <translation>%1 — %2, %3, hora local. </translation>
    </message>
    <message>
        <source>Counts the %1 loaded rows — Load all for the whole range.</source>
        <translation>Cuenta las %1 filas cargadas; Cargar todo para el intervalo completo.</translation>
    </message>
    <message>
        <source>All %1 executions of the range.</source>
        <translation>Las %1 ejecuciones del intervalo.</translation>
    </message>
    <message>
        <source>Failed: of the %1 analysed.</source>
        <translation>Fallidas: de las %1 analizadas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n execution(s)</source>
        <translation>
            <numerusform>%1 – %2: %n ejecución</numerusform>
            <numerusform>%1 – %2: %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended · %2 active · %3 failed</source>
        <translation>%1 terminadas · %2 activas · %3 fallidas</translation>
    </message>
    <message>
        <source>What it changed could not be read: %1</source>
        <translation>No se pudo leer qué cambió: %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Revision not said</source>
        <translation>Revisión no indicada</translation>
    </message>
    <message>
        <source>Revision %1 published</source>
        <translation>Revisión %1 publicada</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … y %n más</numerusform>
            <numerusform>  … y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 published %2</source>
        <translation>Revisión %1 publicada %2</translation>
    </message>
    <message>
        <source>The flow&apos;s first revision.</source>
        <translation>La primera revisión del flujo.</translation>
    </message>
    <message>
        <source>Reading what it changed…</source>
        <translation>Leyendo qué cambió…</translation>
    </message>
    <message>
        <source>In the %1 before: %2</source>
        <translation>En las %1 anteriores: %2</translation>
    </message>
    <message>
        <source>In the %1 after: %2</source>
        <translation>En las %1 posteriores: %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day on the chart: a QDateTime format (ddd: weekday, d: day, MMM: month)</comment>
        <translation>ddd d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>a time on the chart: a QDateTime format (d: day, MMM: month, HH:mm: the time)</comment>
        <translation>d &apos;de&apos; MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsDialog</name>
    <message>
        <source>Count again</source>
        <translation>Volver a contar</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>By error code</source>
        <translation>Por código de error</translation>
    </message>
    <message>
        <source>By widget</source>
        <translation>Por widget</translation>
    </message>
    <message>
        <source>Alerts counted</source>
        <translation>Alertas contadas</translation>
    </message>
    <message>
        <source>Read the alerts of the range again</source>
        <translation>Volver a leer las alertas del intervalo</translation>
    </message>
    <message>
        <source>Reading the executions that may own an alert: %1 of %2…</source>
        <translation>Leyendo las ejecuciones que pueden tener una alerta: %1 de %2…</translation>
    </message>
    <message>
        <source>Alerts by error code</source>
        <translation>Alertas por código de error</translation>
    </message>
    <message>
        <source>Alerts by widget</source>
        <translation>Alertas por widget</translation>
    </message>
    <message>
        <source>Choose a row to list its executions in the table</source>
        <translation>Elija una fila para listar sus ejecuciones en la tabla</translation>
    </message>
    <message>
        <source>Alerts of %1</source>
        <translation>Alertas de %1</translation>
    </message>
    <message>
        <source>The range holds no time Monitor keeps alerts for (the last 30 days).</source>
        <translation>El intervalo no contiene ningún momento para el que Monitor conserve alertas (los últimos 30 días).</translation>
    </message>
    <message>
        <source>Listing the Debugger&apos;s alerts from %1 to %2…</source>
        <translation>Listando las alertas del Debugger de %1 a %2…</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger (Twilio Monitor), so there are no alerts to count.</source>
        <translation>Esta clave no puede leer el Debugger (Twilio Monitor), así que no hay alertas que contar.</translation>
    </message>
    <message>
        <source>The alerts could not be counted: %1</source>
        <translation>No se pudieron contar las alertas: %1</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(sin paso)</translation>
    </message>
    <message>
        <source>No Debugger alert of this range belongs to an execution of the flow.</source>
        <translation>Ninguna alerta del Debugger de este intervalo pertenece a una ejecución del flujo.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of this range belong to executions of the flow. Choose a row to list its executions.</source>
        <translation>
            <numerusform>%n alerta de este intervalo pertenece a ejecuciones del flujo. Elija una fila para listar sus ejecuciones.</numerusform>
            <numerusform>%n alertas de este intervalo pertenecen a ejecuciones del flujo. Elija una fila para listar sus ejecuciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1</source>
        <translation>
            <numerusform>La %n ejecución con la alerta %1</numerusform>
            <numerusform>Las %n ejecuciones con la alerta %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1 at %2</source>
        <translation>
            <numerusform>La %n ejecución con la alerta %1 en %2</numerusform>
            <numerusform>Las %n ejecuciones con la alerta %1 en %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsReport</name>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>esta clave no puede leer el Debugger</translation>
    </message>
</context>
<context>
    <name>flowscope::ApiReply</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>Refused to follow a link to %1: it is not one of the configured API origins (%2), and credentials are never sent elsewhere.</source>
        <translation>Se rechazó seguir un enlace a %1: no es uno de los orígenes de API configurados (%2), y las credenciales nunca se envían a otro sitio.</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: it is not the configured API origin, and credentials are never sent elsewhere.</source>
        <translation>Se rechazó una redirección a %1: no es el origen de API configurado, y las credenciales nunca se envían a otro sitio.</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>más de %1 MB</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 de %2 bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>timed out after %1 (no data for %2 s)</source>
        <translation>expiró tras %1 (sin datos durante %2 s)</translation>
    </message>
    <message>
        <source>the connection closed after %1</source>
        <translation>la conexión se cerró tras %1</translation>
    </message>
    <message>
        <source>the body ended after %1</source>
        <translation>el cuerpo terminó tras %1</translation>
    </message>
    <message>
        <source>it is %1, not JSON (is a proxy or a sign-in page in the way?)</source>
        <translation>es %1, no JSON (¿hay un proxy o una página de inicio de sesión por medio?)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
    <message>
        <source>whether it took effect is unknown: re-reading it failed too (%1)</source>
        <translation>no se sabe si surtió efecto: volver a leerla también falló (%1)</translation>
    </message>
    <message>
        <source>1 attempt over %1 s</source>
        <translation>1 intento en %1 s</translation>
    </message>
    <message>
        <source>%1 attempts over %2 s</source>
        <translation>%1 intentos en %2 s</translation>
    </message>
    <message>
        <source>; the server asked to wait %1 s more</source>
        <translation>; el servidor pidió esperar %1 s más</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveController</name>
    <message>
        <source>The archive&apos;s password could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña del archivo en el llavero: %1</translation>
    </message>
    <message>
        <source>Archive off</source>
        <translation>Archivo desactivado</translation>
    </message>
    <message>
        <source>Archive: opening…</source>
        <translation>Archivo: abriendo…</translation>
    </message>
    <message>
        <source>Archive: ⚠ %1</source>
        <translation>Archivo: ⚠ %1</translation>
    </message>
    <message>
        <source>Archive: syncing… %1 written</source>
        <translation>Archivo: sincronizando… %1 escritas</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveDialog</name>
    <message>
        <source>&amp;Keep an archive of this account&apos;s executions</source>
        <translation>&amp;Mantener un archivo de las ejecuciones de esta cuenta</translation>
    </message>
    <message>
        <source>Keep what Twilio &amp;said too: messages, calls, alerts</source>
        <translation>Guardar también lo que &amp;dijo Twilio: mensajes, llamadas, alertas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>Ca&amp;ncelar la sincronización</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Twilio keeps executions 30 days; the archive keeps them on this machine, encrypted, for as long as you choose. It holds personal data (numbers, messages): it is off until you turn it on.</source>
        <translation>Twilio conserva las ejecuciones 30 días; el archivo las conserva en este equipo, cifradas, tanto tiempo como elija. Contiene datos personales (números, mensajes): está desactivado hasta que lo active.</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s own encrypted file. sqlite:PATH for another file; postgresql://USER@HOST:PORT/DB?sslmode=require for a team&apos;s shared archive (its password from PGPASSWORD or ~/.pgpass, never kept here).</source>
        <translation>Vacío: el fichero cifrado propio del perfil. sqlite:RUTA para otro fichero; postgresql://USUARIO@HOST:PUERTO/BD?sslmode=require para el archivo compartido de un equipo (su contraseña de PGPASSWORD o ~/.pgpass, nunca guardada aquí).</translation>
    </message>
    <message>
        <source>Where the archive is</source>
        <translation>Dónde está el archivo</translation>
    </message>
    <message>
        <source>PostgreSQL only; empty: keep the one in the keychain</source>
        <translation>Solo PostgreSQL; vacío: conservar la del llavero</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings; PGPASSWORD and a password in the URL come first, ~/.pgpass after.</source>
        <translation>Guardada en el llavero, nunca en los ajustes; PGPASSWORD y una contraseña en la URL van primero, ~/.pgpass después.</translation>
    </message>
    <message>
        <source>The PostgreSQL archive&apos;s password</source>
        <translation>La contraseña del archivo PostgreSQL</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>Keep executions for</source>
        <translation>Conservar las ejecuciones</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar cada</translation>
    </message>
    <message>
        <source>Each execution&apos;s messages and calls and the Debugger&apos;s alerts about it, so that why a step failed can be read with Twilio&apos;s copies gone: a few requests more an execution.</source>
        <translation>Los mensajes y llamadas de cada ejecución y las alertas del Debugger sobre ella, para poder leer por qué falló un paso cuando las copias de Twilio ya no existan: unas pocas peticiones más por ejecución.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Conservar &amp;durante:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>Turn the archive on and press OK first.</source>
        <translation>Active el archivo y pulse primero Aceptar.</translation>
    </message>
    <message numerus="yes">
        <source> — the last one wrote %1 execution(s) of %n flow(s)</source>
        <translation>
            <numerusform> — la última escribió %1 ejecución(es) de %n flujo</numerusform>
            <numerusform> — la última escribió %1 ejecución(es) de %n flujos</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds no executions yet.</source>
        <translation>Aún no contiene ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %1 execution(s) of %n flow(s), the oldest from %2.</source>
        <translation>
            <numerusform>Contiene %1 ejecución(es) de %n flujo, la más antigua del %2.</numerusform>
            <numerusform>Contiene %1 ejecución(es) de %n flujos, la más antigua del %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the archive keeps an execution after it started; 0 keeps it forever. Older ones are deleted after each sync.</source>
        <translation>Cuánto tiempo conserva el archivo una ejecución desde que empezó; 0 la conserva siempre. Las más antiguas se borran tras cada sincronización.</translation>
    </message>
    <message>
        <source>How often the window syncs the archive in the background</source>
        <translation>Cada cuánto sincroniza la ventana el archivo en segundo plano</translation>
    </message>
    <message>
        <source>Stop the sync; what it has written stays</source>
        <translation>Detener la sincronización; lo que ya escribió se queda</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveService</name>
    <message>
        <source>the archive was not searched: its index needs at least three characters of text</source>
        <translation>no se buscó en el archivo: su índice necesita al menos tres caracteres de texto</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>el archivo no está abierto</translation>
    </message>
    <message>
        <source>the archive, %1</source>
        <translation>el archivo, %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún no sincronizado</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation>
            <numerusform>sincronizado hace %n min</numerusform>
            <numerusform>sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation>
            <numerusform>sincronizado hace %n h</numerusform>
            <numerusform>sincronizado hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizado %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
</context>
<context>
    <name>flowscope::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>Comparar %1 y %2</translation>
    </message>
    <message>
        <source>On the diagram: A&apos;s path in blue, B&apos;s in orange, what both took in purple; the widget where they parted is marked.</source>
        <translation>En el diagrama: el camino de A en azul, el de B en naranja, lo que tomaron ambas en morado; se marca el widget donde se separaron.</translation>
    </message>
    <message>
        <source>The two executions compared</source>
        <translation>Las dos ejecuciones comparadas</translation>
    </message>
    <message>
        <source>Reading both executions…</source>
        <translation>Leyendo ambas ejecuciones…</translation>
    </message>
    <message>
        <source>Where they parted and how many values differ</source>
        <translation>Dónde se separaron y cuántos valores difieren</translation>
    </message>
    <message>
        <source>Both paths on the flow&apos;s diagram</source>
        <translation>Ambos caminos en el diagrama del flujo</translation>
    </message>
    <message>
        <source>The two contexts, differing values side by side</source>
        <translation>Los dos contextos, con los valores que difieren lado a lado</translation>
    </message>
    <message>
        <source>What Twilio said — %1</source>
        <translation>Lo que dijo Twilio — %1</translation>
    </message>
    <message>
        <source>What Twilio said about %1</source>
        <translation>Lo que dijo Twilio sobre %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Not read here.</source>
        <translation>No se lee aquí.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>No se pudo leer el diagrama del flujo: %1</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>No se pudo leer lo que dijo Twilio: %1</translation>
    </message>
    <message>
        <source>step %1 · %2: </source>
        <translation>paso %1 · %2: </translation>
    </message>
    <message>
        <source>No message, call or Debugger alert.</source>
        <translation>Ningún mensaje, llamada ni alerta del Debugger.</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger: alerts are left out.</source>
        <translation>Esta clave no puede leer el Debugger: las alertas se omiten.</translation>
    </message>
    <message>
        <source>They took the same path.</source>
        <translation>Tomaron el mismo camino.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Se separaron en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ; the branches where nothing differs are folded.</source>
        <translation>
            <numerusform>%n valor de contexto difiere; las ramas sin diferencias están plegadas.</numerusform>
            <numerusform>%n valores de contexto difieren; las ramas sin diferencias están plegadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>B ran on revision %1: its steps are drawn on A&apos;s.</source>
        <translation>B se ejecutó con la revisión %1: sus pasos se dibujan sobre los de A.</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of execution %1, by step</source>
        <translation>Los mensajes, llamadas y alertas del Debugger de la ejecución %1, por paso</translation>
    </message>
    <message>
        <source>One tree of both contexts: a value that differs is bold and marked ≠, one side&apos;s alone says (absent) on the other, and only branches with a difference are open</source>
        <translation>Un árbol con ambos contextos: un valor que difiere va en negrita y marcado con ≠, uno que solo está en un lado dice (ausente) en el otro, y solo se abren las ramas con alguna diferencia</translation>
    </message>
</context>
<context>
    <name>flowscope::ContextCompareModel</name>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only in %2</source>
        <translation>%1 — solo en %2</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — difiere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>Intervalo de fechas predefinido</translation>
    </message>
    <message>
        <source>Which executions to list, by when they started (Studio keeps executions 30 days)</source>
        <translation>Qué ejecuciones listar, según cuándo empezaron (Studio conserva las ejecuciones 30 días)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Executions that started at or after this time (local time)</source>
        <translation>Ejecuciones que empezaron en este momento o después (hora local)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Executions that started before this time (local time)</source>
        <translation>Ejecuciones que empezaron antes de este momento (hora local)</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; tables show UTC when you hover a time</source>
        <translation>Las horas están en la zona horaria de este equipo; las tablas muestran UTC al pasar el ratón sobre una hora</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>The start of the range (%1) must be before its end (%2). Nothing was sent.</source>
        <translation>El inicio del intervalo (%1) debe ser anterior a su fin (%2). No se envió nada.</translation>
    </message>
</context>
<context>
    <name>flowscope::DefinitionLoader</name>
    <message>
        <source>the flow&apos;s answer is not JSON</source>
        <translation>la respuesta del flujo no es JSON</translation>
    </message>
    <message>
        <source>the flow&apos;s answer has no definition</source>
        <translation>la respuesta del flujo no tiene definición</translation>
    </message>
    <message>
        <source>the archived revision cannot be read: %1</source>
        <translation>no se puede leer la revisión archivada: %1</translation>
    </message>
    <message>
        <source>the execution does not say which revision it ran on</source>
        <translation>la ejecución no indica con qué revisión se ejecutó</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>revisión %1: %2</translation>
    </message>
    <message>
        <source>the flow&apos;s definition cannot be drawn: %1</source>
        <translation>no se puede dibujar la definición del flujo: %1</translation>
    </message>
    <message>
        <source>the flow has no definition</source>
        <translation>el flujo no tiene definición</translation>
    </message>
</context>
<context>
    <name>flowscope::DetailPane</name>
    <message>
        <source>Select an execution to see its context and steps.</source>
        <translation>Seleccione una ejecución para ver su contexto y sus pasos.</translation>
    </message>
    <message>
        <source>End execution…</source>
        <translation>Terminar ejecución…</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>End execution</source>
        <translation>Terminar ejecución</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Execution details</source>
        <translation>Detalles de la ejecución</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>SID de ejecución</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy execution SID</source>
        <translation>Copiar SID de ejecución</translation>
    </message>
    <message>
        <source>Copy the execution SID</source>
        <translation>Copiar el SID de la ejecución</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Copy link to execution</source>
        <translation>Copiar enlace a la ejecución</translation>
    </message>
    <message>
        <source>Copy a flowscope:// link to this execution: a colleague&apos;s click opens it in their FlowScope</source>
        <translation>Copiar un enlace flowscope:// a esta ejecución: el clic de un compañero la abre en su FlowScope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Started and updated</source>
        <translation>Inicio y actualización</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Abrir en la Twilio Console</translation>
    </message>
    <message>
        <source>Open this execution in the Twilio Console (in your browser)</source>
        <translation>Abrir esta ejecución en la Twilio Console (en el navegador)</translation>
    </message>
    <message>
        <source>Stop this execution now (POST Status=ended); asks first</source>
        <translation>Detener esta ejecución ahora (POST Status=ended); pregunta antes</translation>
    </message>
    <message>
        <source>Copied the %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>What happened, oldest first; select a step to see the context as it stood then</source>
        <translation>Lo que ocurrió, lo más antiguo primero; seleccione un paso para ver el contexto tal como estaba entonces</translation>
    </message>
    <message>
        <source>Loading the step&apos;s context…</source>
        <translation>Cargando el contexto del paso…</translation>
    </message>
    <message>
        <source>Loading steps…</source>
        <translation>Cargando pasos…</translation>
    </message>
    <message>
        <source>This execution has no steps.</source>
        <translation>Esta ejecución no tiene pasos.</translation>
    </message>
    <message>
        <source>Select a step to see its context.</source>
        <translation>Seleccione un paso para ver su contexto.</translation>
    </message>
    <message>
        <source>Context at this step</source>
        <translation>Contexto en este paso</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Lo que dijo Twilio</translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation>El paso seleccionado</translation>
    </message>
    <message>
        <source>Raw context JSON</source>
        <translation>JSON del contexto sin procesar</translation>
    </message>
    <message>
        <source>Copy the context JSON</source>
        <translation>Copiar el JSON del contexto</translation>
    </message>
    <message>
        <source>Copy the whole context, pretty-printed</source>
        <translation>Copiar el contexto completo, con formato legible</translation>
    </message>
    <message>
        <source>Copied the context JSON</source>
        <translation>Se copió el JSON del contexto</translation>
    </message>
    <message>
        <source>Which revision of the flow is drawn</source>
        <translation>Qué revisión del flujo se dibuja</translation>
    </message>
    <message>
        <source>Diagram tools</source>
        <translation>Herramientas del diagrama</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole flow (Ctrl+0)</source>
        <translation>Ajustar el flujo completo (Ctrl+0)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Fit the path this execution took (or the widgets the executions reached)</source>
        <translation>Ajustar al camino que tomó esta ejecución (o a los widgets a los que llegaron las ejecuciones)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>All analysed</source>
        <translation>Todas las analizadas</translation>
    </message>
    <message>
        <source>Where the analysed executions went: how many entered and ended at each widget and took each transition, on the flow as it is now; click a box or an edge to list them</source>
        <translation>Adónde fueron las ejecuciones analizadas: cuántas entraron y terminaron en cada widget y tomaron cada transición, sobre el flujo tal como es ahora; haga clic en una caja o una arista para listarlas</translation>
    </message>
    <message>
        <source>Show where all analysed executions went</source>
        <translation>Mostrar adónde fueron todas las ejecuciones analizadas</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the diagram with its path as a picture</source>
        <translation>Copiar el diagrama con su camino como imagen</translation>
    </message>
    <message>
        <source>Save as PNG / SVG…</source>
        <translation>Guardar como PNG / SVG…</translation>
    </message>
    <message>
        <source>Save the diagram with its path for the ticket</source>
        <translation>Guardar el diagrama con su camino para el ticket</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>No se pudo leer el diagrama del flujo: %1</translation>
    </message>
    <message>
        <source>Reading what Twilio said…</source>
        <translation>Leyendo lo que dijo Twilio…</translation>
    </message>
    <message>
        <source>What Twilio said is not read here.</source>
        <translation>Lo que dijo Twilio no se lee aquí.</translation>
    </message>
    <message>
        <source>Loading the context…</source>
        <translation>Cargando el contexto…</translation>
    </message>
    <message>
        <source>Loading the flow&apos;s diagram…</source>
        <translation>Cargando el diagrama del flujo…</translation>
    </message>
    <message numerus="yes">
        <source>The definition has %n oddity(ies): %1</source>
        <translation>
            <numerusform>La definición tiene %n rareza: %1</numerusform>
            <numerusform>La definición tiene %n rarezas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a flow and Analyse its executions to see where they went.</source>
        <translation>Elija un flujo y analice sus ejecuciones para ver adónde fueron.</translation>
    </message>
    <message>
        <source>No loaded row&apos;s outcome is known yet: Analyse reads them all, then this shows where they went.</source>
        <translation>Aún no se conoce el resultado de ninguna fila cargada: Analizar las lee todas y luego esto muestra adónde fueron.</translation>
    </message>
    <message>
        <source>Where %1 analysed of the %2 loaded executions went. Click a box or an edge to list the executions that passed there.</source>
        <translation>Adónde fueron %1 analizadas de las %2 ejecuciones cargadas. Haga clic en una caja o una arista para listar las ejecuciones que pasaron por ahí.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message numerus="yes">
        <source>The %n that went from %1 to %2 on %3</source>
        <translation>
            <numerusform>La %n que fue de %1 a %2 en %3</numerusform>
            <numerusform>Las %n que fueron de %1 a %2 en %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No analysed execution reached %1.</source>
        <translation>Ninguna ejecución analizada llegó a %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n that passed %1</source>
        <translation>
            <numerusform>La %n que pasó por %1</numerusform>
            <numerusform>Las %n que pasaron por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution never reached that widget.</source>
        <translation>Esta ejecución nunca llegó a ese widget.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 → %4 on %5 (its context is in the Steps tab)</source>
        <translation>Paso %1 de %2: %3 → %4 en %5 (su contexto está en la pestaña Pasos)</translation>
    </message>
    <message>
        <source>Copied the diagram</source>
        <translation>Se copió el diagrama</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>Guardar el diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>The diagram could not be saved to %1: %2</source>
        <translation>No se pudo guardar el diagrama en %1: %2</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagrama guardado en %1</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Activa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>No contact address</source>
        <translation>Sin dirección de contacto</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Contact SID %1</source>
        <translation>SID de contacto %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Empezó %1</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · actualizada %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · duró %1</translation>
    </message>
    <message>
        <source>UTC: started %1, updated %2</source>
        <translation>UTC: empezó %1, actualizada %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The context is %1. The Raw tab shows it as received.</source>
        <translation>El contexto es %1. La pestaña Sin procesar lo muestra tal como se recibió.</translation>
    </message>
    <message>
        <source>What Twilio said cannot be read without the context: %1</source>
        <translation>Lo que dijo Twilio no se puede leer sin el contexto: %1</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Neither Twilio nor the archive has this execution (Twilio keeps executions for 30 days).</source>
        <translation>Ni Twilio ni el archivo tienen esta ejecución (Twilio conserva las ejecuciones 30 días).</translation>
    </message>
    <message>
        <source>%1 is shown from %2.</source>
        <translation>%1 se muestra desde %2.</translation>
    </message>
    <message>
        <source>What the archive kept of what Twilio said cannot be read: %1</source>
        <translation>No se puede leer lo que el archivo guardó de lo que dijo Twilio: %1</translation>
    </message>
    <message>
        <source>Shown from the archive, which holds no messages, calls or alerts for it (they are kept by a sync with --related).</source>
        <translation>Se muestra desde el archivo, que no tiene mensajes, llamadas ni alertas de ella (los guarda una sincronización con --related).</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>No se pudo leer lo que dijo Twilio: %1</translation>
    </message>
    <message>
        <source>What Twilio said (%1)</source>
        <translation>Lo que dijo Twilio (%1)</translation>
    </message>
    <message>
        <source>The step&apos;s context is %1.</source>
        <translation>El contexto del paso es %1.</translation>
    </message>
    <message>
        <source>End execution %1?

The flow stops where it is for %2; this cannot be undone.</source>
        <translation>¿Terminar la ejecución %1?

El flujo se detiene donde está para %2; no se puede deshacer.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>The execution&apos;s context as a tree of keys and values</source>
        <translation>El contexto de la ejecución como un árbol de claves y valores</translation>
    </message>
    <message>
        <source>What happened step by step, the context at each step and what Twilio said</source>
        <translation>Lo que ocurrió paso a paso, el contexto en cada paso y lo que dijo Twilio</translation>
    </message>
    <message>
        <source>The execution&apos;s path on the flow&apos;s diagram</source>
        <translation>El camino de la ejecución en el diagrama del flujo</translation>
    </message>
    <message>
        <source>The context JSON exactly as Twilio sent it</source>
        <translation>El JSON del contexto exactamente como lo envió Twilio</translation>
    </message>
    <message>
        <source>The context as it stood after the selected step</source>
        <translation>El contexto tal como estaba tras el paso seleccionado</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of the selected step, in Twilio&apos;s words</source>
        <translation>Los mensajes, llamadas y alertas del Debugger del paso seleccionado, con las palabras de Twilio</translation>
    </message>
</context>
<context>
    <name>flowscope::EndDialog</name>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Dejar de enviar</translation>
    </message>
    <message>
        <source>Save audit CSV…</source>
        <translation>Guardar CSV de registro…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Terminar ejecuciones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected execution(s) is active: there is nothing to end.</source>
        <translation>
            <numerusform>La %n ejecución seleccionada no está activa: no hay nada que terminar.</numerusform>
            <numerusform>Ninguna de las %n ejecuciones seleccionadas está activa: no hay nada que terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n active execution(s)? The flow stops where it is for each customer; this cannot be undone.</source>
        <translation>
            <numerusform>¿Terminar %n ejecución activa? El flujo se detiene donde está para cada cliente; no se puede deshacer.</numerusform>
            <numerusform>¿Terminar %n ejecuciones activas? El flujo se detiene donde está para cada cliente; no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Desde: %1</translation>
    </message>
    <message>
        <source>Started between %1 and %2 (local time).</source>
        <translation>Empezaron entre %1 y %2 (hora local).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected execution(s) have ended already and are skipped.</source>
        <translation>
            <numerusform>%n ejecución seleccionada ya ha terminado y se omite.</numerusform>
            <numerusform>%n ejecuciones seleccionadas ya han terminado y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be ended</source>
        <translation>Qué se terminará</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation>Número para confirmar</translation>
    </message>
    <message>
        <source>More than ten: type how many, so that a slip of the mouse ends nothing</source>
        <translation>Más de diez: escriba cuántas, para que un desliz del ratón no termine nada</translation>
    </message>
    <message>
        <source>Ending progress</source>
        <translation>Progreso de la terminación</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>POST Status=ended to each, four at a time, each once</source>
        <translation>POST Status=ended a cada una, cuatro a la vez, una vez cada una</translation>
    </message>
    <message>
        <source>Send nothing more; what was sent is reported</source>
        <translation>No enviar nada más; se informa de lo enviado</translation>
    </message>
    <message>
        <source>Save audit CSV</source>
        <translation>Guardar CSV de registro</translation>
    </message>
    <message>
        <source>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</source>
        <translation>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The audit is in %1.</source>
        <translation>El registro está en %1.</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Cerrar este diálogo</translation>
    </message>
</context>
<context>
    <name>flowscope::EndExecution</name>
    <message>
        <source>the answer says the status is &apos;%1&apos;, not ended</source>
        <translation>la respuesta dice que el estado es &apos;%1&apos;, no terminada</translation>
    </message>
    <message>
        <source>Ending %1…</source>
        <translation>Terminando %1…</translation>
    </message>
    <message>
        <source>Ended %1 (its answer was cut off; re-reading it confirmed it ended)</source>
        <translation>%1 terminada (su respuesta se cortó; volver a leerla confirmó que terminó)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 terminada</translation>
    </message>
    <message>
        <source>Could not end %1: the request&apos;s answer was lost (%2) and the execution is still active; nothing was sent twice. Try again.</source>
        <translation>No se pudo terminar %1: se perdió la respuesta de la petición (%2) y la ejecución sigue activa; no se envió nada dos veces. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not end %1: %2</source>
        <translation>No se pudo terminar %1: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::EndJob</name>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>cancelado antes de enviar nada</translation>
    </message>
    <message>
        <source>Ended %1 · already ended %2 · failed %3 · not sent %4</source>
        <translation>Terminadas %1 · ya terminadas %2 · fallidas %3 · no enviadas %4</translation>
    </message>
    <message>
        <source>not found (Studio keeps executions 30 days)</source>
        <translation>no encontrada (Studio conserva las ejecuciones 30 días)</translation>
    </message>
    <message>
        <source>it had ended before (someone else got there first)</source>
        <translation>ya había terminado (otra persona llegó antes)</translation>
    </message>
    <message>
        <source>its status is &apos;%1&apos;, neither active nor ended: left alone</source>
        <translation>su estado es &apos;%1&apos;, ni activa ni terminada: se deja como está</translation>
    </message>
    <message>
        <source>ended (its answer was lost; re-reading it confirmed it)</source>
        <translation>terminada (se perdió su respuesta; volver a leerla lo confirmó)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and it is still active; nothing was sent twice</source>
        <translation>se perdió la respuesta (%1) y sigue activa; no se envió nada dos veces</translation>
    </message>
    <message>
        <source>dry run: nothing sent</source>
        <translation>simulación: no se envió nada</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsModel</name>
    <message>
        <source>Twilio cannot be reached: rows from %1</source>
        <translation>No se puede contactar con Twilio: filas de %1</translation>
    </message>
    <message>
        <source>Rows from %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than Twilio keeps, from %1</source>
        <translation>
            <numerusform>%n fila más antigua de lo que conserva Twilio, de %1</numerusform>
            <numerusform>%n filas más antiguas de lo que conserva Twilio, de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>SID de ejecución</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Contact SID</source>
        <translation>SID de contacto</translation>
    </message>
    <message>
        <source>Flow SID</source>
        <translation>SID de flujo</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminó a las</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (esperando)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>What Twilio said about it could not all be read</source>
        <translation>No se pudo leer todo lo que dijo Twilio sobre ella</translation>
    </message>
    <message>
        <source>No Twilio error</source>
        <translation>Sin error de Twilio</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — falló: %2</translation>
    </message>
    <message>
        <source>%1 — outcome unknown: %2</source>
        <translation>%1 — resultado desconocido: %2</translation>
    </message>
    <message>
        <source>When the execution started, in local time (hover a cell for UTC)</source>
        <translation>Cuándo empezó la ejecución, en hora local (pase el ratón por una celda para ver UTC)</translation>
    </message>
    <message>
        <source>When the execution last changed, in local time (hover a cell for UTC)</source>
        <translation>Cuándo cambió la ejecución por última vez, en hora local (pase el ratón por una celda para ver UTC)</translation>
    </message>
    <message>
        <source>From start to end, for executions that ended</source>
        <translation>Del inicio al fin, para las ejecuciones terminadas</translation>
    </message>
    <message>
        <source>The widget it ended on (or waits in), from its steps: read for the rows on screen, or all loaded rows with Analyse</source>
        <translation>El widget en el que terminó (o en el que espera), según sus pasos: leído para las filas en pantalla, o para todas las cargadas con Analizar</translation>
    </message>
    <message>
        <source>The event of its last step</source>
        <translation>El evento de su último paso</translation>
    </message>
    <message>
        <source>How many steps it took</source>
        <translation>Cuántos pasos dio</translation>
    </message>
    <message>
        <source>The first error Twilio recorded for it: a Debugger alert of a failed step, or a message that was not delivered (hover for its meaning); for a failure without a code, what failed</source>
        <translation>El primer error que Twilio registró para ella: una alerta del Debugger de un paso fallido o un mensaje que no se entregó (pase el ratón para ver su significado); para un fallo sin código, qué falló</translation>
    </message>
    <message>
        <source>The phone number, WhatsApp, client or SIP address that triggered the execution</source>
        <translation>El número de teléfono, WhatsApp, dirección client o SIP que inició la ejecución</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsView</name>
    <message>
        <source>Analyse</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Solo fallidas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions.</source>
        <translation>Elija un flujo para ver sus ejecuciones.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Executions, newest first; more load as you scroll. Ctrl+C copies the selected rows.</source>
        <translation>Ejecuciones, las más recientes primero; se cargan más al desplazarse. Ctrl+C copia las filas seleccionadas.</translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; right-click to choose columns</source>
        <translation>Haga clic para ordenar las filas cargadas; clic derecho para elegir columnas</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>Filter by SID or contact…</source>
        <translation>Filtrar por SID o contacto…</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>Filtrar las filas cargadas</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SID or contact contains this text (Ctrl+F). Use Load all to filter every execution of the range.</source>
        <translation>Muestra solo las filas cargadas cuyo SID o contacto contiene este texto (Ctrl+F). Use Cargar todo para filtrar todas las ejecuciones del intervalo.</translation>
    </message>
    <message>
        <source>Filter scope</source>
        <translation>Alcance del filtro</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>Load every execution of the range, page by page (cancel at any time)</source>
        <translation>Cargar todas las ejecuciones del intervalo, página a página (se puede cancelar en cualquier momento)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Back to newest first</source>
        <translation>Volver a las más recientes primero</translation>
    </message>
    <message>
        <source>Back to the API&apos;s order: newest first</source>
        <translation>Volver al orden de la API: las más recientes primero</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <source>Request the page that failed again; the rows loaded so far stay</source>
        <translation>Volver a pedir la página que falló; las filas cargadas hasta ahora se quedan</translation>
    </message>
    <message>
        <source>Table message</source>
        <translation>Mensaje de la tabla</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 Reintentando en %2 s…</translation>
    </message>
    <message>
        <source>Read every loaded row&apos;s steps for its outcome: where it ended, the last event, and whether it failed (cancel at any time)</source>
        <translation>Leer los pasos de cada fila cargada para conocer su resultado: dónde terminó, el último evento y si falló (se puede cancelar en cualquier momento)</translation>
    </message>
    <message>
        <source>Show only the loaded rows whose outcome is known to be failed (a failure event, or an HTTP status of 400 or more)</source>
        <translation>Mostrar solo las filas cargadas cuyo resultado se sabe que es fallido (un evento de fallo o un estado HTTP de 400 o más)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Show all loaded rows</source>
        <translation>Mostrar todas las filas cargadas</translation>
    </message>
    <message>
        <source>Show every loaded row again</source>
        <translation>Volver a mostrar todas las filas cargadas</translation>
    </message>
    <message>
        <source>New executions</source>
        <translation>Ejecuciones nuevas</translation>
    </message>
    <message>
        <source>Go to the newest executions, put on top while you were away</source>
        <translation>Ir a las ejecuciones más recientes, añadidas arriba mientras no estaba</translation>
    </message>
    <message numerus="yes">
        <source>%n new ▲</source>
        <translation>
            <numerusform>%n nueva ▲</numerusform>
            <numerusform>%n nuevas ▲</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing %1 of %2…</source>
        <translation>Analizando %1 de %2…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Cancelar el análisis</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Análisis cancelado</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analizadas</translation>
    </message>
    <message>
        <source>Loaded rows sorted by %1 (%2)</source>
        <translation>Filas cargadas ordenadas por %1 (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>ascendente</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>descendente</translation>
    </message>
    <message>
        <source>Executions as the API lists them</source>
        <translation>Ejecuciones tal como las lista la API</translation>
    </message>
    <message>
        <source>Sorting applies to the rows loaded so far; more rows are slotted in as they arrive</source>
        <translation>El orden se aplica a las filas cargadas hasta ahora; las nuevas se colocan según llegan</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows match</source>
        <translation>%1 de %2 filas cargadas coinciden</translation>
    </message>
    <message>
        <source>Filters the %1 loaded rows</source>
        <translation>Filtra las %1 filas cargadas</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>%1 loaded · more available</source>
        <translation>%1 cargadas · hay más</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 loaded · loading…</source>
        <translation>%1 cargadas · cargando…</translation>
    </message>
    <message>
        <source>The one execution in this range is loaded</source>
        <translation>La única ejecución de este intervalo está cargada</translation>
    </message>
    <message>
        <source>All %1 executions loaded</source>
        <translation>Las %1 ejecuciones están cargadas</translation>
    </message>
    <message>
        <source>%1 loaded · ⚠ %2</source>
        <translation>%1 cargadas · ⚠ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>Cargando ejecuciones…</translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation>No hay ejecuciones en este intervalo.</translation>
    </message>
    <message>
        <source>None of the executions that passed there matches the filter.</source>
        <translation>Ninguna de las ejecuciones que pasaron por ahí coincide con el filtro.</translation>
    </message>
    <message>
        <source>No loaded row is known to have failed. Analyse reads every loaded row&apos;s outcome.</source>
        <translation>No se sabe de ninguna fila cargada que haya fallado. Analizar lee el resultado de cada fila cargada.</translation>
    </message>
    <message>
        <source>No loaded row matches the filter.</source>
        <translation>Ninguna fila cargada coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportCrawl</name>
    <message>
        <source>A limit needs a single, sequential crawl.</source>
        <translation>Un límite necesita una única lectura secuencial.</translation>
    </message>
    <message>
        <source>Cannot create a spool file in %1 for the rows that wait their turn: %2</source>
        <translation>No se puede crear en %1 un fichero de volcado para las filas que esperan su turno: %2</translation>
    </message>
    <message>
        <source>Cannot write a spool file in %1: %2</source>
        <translation>No se puede escribir un fichero de volcado en %1: %2</translation>
    </message>
    <message>
        <source>A spool file in %1 could not be read back: %2</source>
        <translation>No se pudo volver a leer un fichero de volcado en %1: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportDialog</name>
    <message>
        <source>All executions of this flow and range (fetches the remaining pages)</source>
        <translation>Todas las ejecuciones de este flujo e intervalo (obtiene las páginas restantes)</translation>
    </message>
    <message>
        <source>UTC, ISO 8601, as the API gives them</source>
        <translation>UTC, ISO 8601, como las da la API</translation>
    </message>
    <message>
        <source>Local time with its offset</source>
        <translation>Hora local con su desfase</translation>
    </message>
    <message>
        <source>Include each execution&apos;s context as a JSON column (fetched for each row)</source>
        <translation>Incluir el contexto de cada ejecución como columna JSON (se obtiene para cada fila)</translation>
    </message>
    <message>
        <source>Excel-compatible (start the file with a UTF-8 byte order mark)</source>
        <translation>Compatible con Excel (empezar el fichero con una marca de orden de bytes UTF-8)</translation>
    </message>
    <message>
        <source>Formula guard: cells starting with = + - @ are written as text</source>
        <translation>Protección de fórmulas: las celdas que empiezan por = + - @ se escriben como texto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export executions</source>
        <translation>Exportar ejecuciones</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Reemplazar fichero</translation>
    </message>
    <message>
        <source>%1 exists. Replace it once the export has completed?</source>
        <translation>%1 ya existe. ¿Reemplazarlo cuando termine la exportación?</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>Las filas seleccionadas (%1)</translation>
    </message>
    <message>
        <source>All loaded rows (%1)</source>
        <translation>Todas las filas cargadas (%1)</translation>
    </message>
    <message>
        <source>All the results (%1)</source>
        <translation>Todos los resultados (%1)</translation>
    </message>
    <message>
        <source>Crawls the whole range in parallel time slices; the file has every execution, newest first</source>
        <translation>Lee todo el intervalo en tramos de tiempo en paralelo; el fichero tiene todas las ejecuciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Header in the file: %1</source>
        <translation>Cabecera en el fichero: %1</translation>
    </message>
    <message>
        <source>Adds ended_at, last_event, step_count, failed and error_code, last. For rows of the table: their outcomes as known (Analyse first); for every execution of the range: each one&apos;s steps, context, messages and alerts are read.</source>
        <translation>Añade ended_at, last_event, step_count, failed y error_code, al final. Para las filas de la tabla: sus resultados tal como se conocen (primero Analizar); para todas las ejecuciones del intervalo: se leen los pasos, el contexto, los mensajes y las alertas de cada una.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag to reorder</source>
        <translation>Marque las columnas que exportar; arrastre para reordenarlas</translation>
    </message>
    <message>
        <source>UTC times</source>
        <translation>Horas UTC</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>Horas locales</translation>
    </message>
    <message>
        <source>Include contexts</source>
        <translation>Incluir contextos</translation>
    </message>
    <message>
        <source>One request per row, eight at a time</source>
        <translation>Una petición por fila, ocho a la vez</translation>
    </message>
    <message>
        <source>Extra columns from the context, e.g. flow.data.name, widgets.gather_1.Digits</source>
        <translation>Columnas adicionales del contexto, p. ej. flow.data.name, widgets.gather_1.Digits</translation>
    </message>
    <message>
        <source>Context paths</source>
        <translation>Rutas del contexto</translation>
    </message>
    <message>
        <source>Comma-separated Studio variable paths; each becomes a column</source>
        <translation>Rutas de variables de Studio separadas por comas; cada una se convierte en una columna</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — for people</source>
        <translation>Libro de Excel (.xlsx): para personas</translation>
    </message>
    <message>
        <source>CSV (.csv) — for scripts and imports</source>
        <translation>CSV (.csv): para scripts e importaciones</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>A workbook&apos;s cells are typed: times are times, a phone number keeps its +, text is never run as a formula. A spreadsheet opening a CSV turns +14155550100 into a number and leaves times as text.</source>
        <translation>Las celdas de un libro tienen tipo: las horas son horas, un número de teléfono conserva su +, el texto nunca se ejecuta como fórmula. Una hoja de cálculo que abre un CSV convierte +14155550100 en un número y deja las horas como texto.</translation>
    </message>
    <message>
        <source>Excel-compatible</source>
        <translation>Compatible con Excel</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read UTF-8 (emoji, accents, RTL and CJK text). Lines always end in CRLF, as RFC 4180 says.</source>
        <translation>Excel necesita la marca de orden de bytes para leer UTF-8 (emoji, acentos, texto RTL y CJK). Las líneas siempre terminan en CRLF, como dice RFC 4180.</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>Protección de fórmulas</translation>
    </message>
    <message>
        <source>Prefixes an apostrophe so a spreadsheet never runs a contact&apos;s text as a formula; plain numbers and E.164 phone numbers stay exactly as they are</source>
        <translation>Antepone un apóstrofo para que una hoja de cálculo nunca ejecute como fórmula el texto de un contacto; los números simples y los teléfonos E.164 quedan exactamente como están</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichero</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir fichero</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Elegir dónde guardar el fichero</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Where to write the CSV; an existing file is replaced only when the export completes</source>
        <translation>Dónde escribir el CSV; un fichero existente solo se reemplaza cuando termina la exportación</translation>
    </message>
    <message>
        <source>Where to write the workbook; an existing file is replaced only when the export completes</source>
        <translation>Dónde escribir el libro; un fichero existente solo se reemplaza cuando termina la exportación</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheros CSV (*.csv);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a context path such as widgets.gather_1.Digits.</source>
        <translation>&apos;%1&apos; no es una ruta de contexto como widgets.gather_1.Digits.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Marque al menos una columna.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija un fichero en el que escribir.</translation>
    </message>
    <message>
        <source>Fetching every execution of the range…</source>
        <translation>Obteniendo todas las ejecuciones del intervalo…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>%1 executions so far…</source>
        <translation>%1 ejecuciones hasta ahora…</translation>
    </message>
    <message>
        <source>Times as Twilio gives them, in UTC: the same file wherever it is made</source>
        <translation>Las horas como las da Twilio, en UTC: el mismo fichero se cree donde se cree</translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, each with its offset from UTC</source>
        <translation>Las horas en la zona horaria de este equipo, cada una con su desfase respecto a UTC</translation>
    </message>
    <message>
        <source>Only the rows selected in the table</source>
        <translation>Solo las filas seleccionadas en la tabla</translation>
    </message>
    <message>
        <source>The rows as the table shows them: loaded so far, filtered, sorted</source>
        <translation>Las filas tal como las muestra la tabla: cargadas hasta ahora, filtradas, ordenadas</translation>
    </message>
    <message>
        <source>Write the chosen rows and columns to the file</source>
        <translation>Escribir en el fichero las filas y columnas elegidas</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Cerrar este diálogo</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>The export stopped: %1 Nothing was written.</source>
        <translation>La exportación se detuvo: %1 No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. An existing file was left as it was.</source>
        <translation>No se puede escribir %1: %2. Un fichero existente se dejó como estaba.</translation>
    </message>
    <message>
        <source>The table was reset while exporting; nothing was written.</source>
        <translation>La tabla se reinició durante la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>A context could not be fetched: %1 Nothing was written.</source>
        <translation>No se pudo obtener un contexto: %1 No se escribió nada.</translation>
    </message>
    <message>
        <source>Exported 1 execution to %1.</source>
        <translation>Se exportó 1 ejecución a %1.</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>Se exportaron %1 ejecuciones a %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowCanvas</name>
    <message>
        <source>%1
Not a widget of this definition (renamed or removed since?)</source>
        <translation>%1
No es un widget de esta definición (¿renombrado o eliminado desde entonces?)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>parted here</source>
        <translation>se separaron aquí</translation>
    </message>
    <message>
        <source>not in this definition</source>
        <translation>no está en esta definición</translation>
    </message>
    <message>
        <source> · waiting here</source>
        <translation> · esperando aquí</translation>
    </message>
    <message>
        <source> · ended here</source>
        <translation> · terminó aquí</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Diagrama del flujo</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or Shift+arrows pan; click a box to see its step, or go from box to box with the arrows and press Enter</source>
        <translation>Ctrl+rueda o Ctrl+más/menos amplía, Ctrl+0 ajusta; arrastrar o Mayús+flechas desplaza; haga clic en una caja para ver su paso, o vaya de caja en caja con las flechas y pulse Intro</translation>
    </message>
    <message>
        <source>Step order: %1</source>
        <translation>Orden de pasos: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n subflow step(s)</source>
        <translation>
            <numerusform> · %n paso de subflujo</numerusform>
            <numerusform> · %n pasos de subflujo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entered by %n execution(s)</source>
        <translation>
            <numerusform>Entrada de %n ejecución</numerusform>
            <numerusform>Entrada de %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ended</source>
        <translation> · %1 terminadas</translation>
    </message>
    <message numerus="yes">
        <source>%n ended here</source>
        <translation>
            <numerusform>%n terminó aquí</numerusform>
            <numerusform>%n terminaron aquí</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 esperando</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) here</source>
        <translation>
            <numerusform>%n espera aquí</numerusform>
            <numerusform>%n esperan aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidas</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s) ended here</source>
        <translation>
            <numerusform>%n ejecución fallida terminó aquí</numerusform>
            <numerusform>%n ejecuciones fallidas terminaron aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Haga clic para listarlas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added in revision %1 (not in %2)</source>
        <translation>Añadido en la revisión %1 (no está en %2)</translation>
    </message>
    <message>
        <source>Changed since revision %1:</source>
        <translation>Cambiado desde la revisión %1:</translation>
    </message>
    <message>
        <source>Moved since revision %1, nothing else changed</source>
        <translation>Movido desde la revisión %1, nada más cambió</translation>
    </message>
    <message>
        <source>Removed in revision %1; it stood here in revision %2</source>
        <translation>Eliminado en la revisión %1; estaba aquí en la revisión %2</translation>
    </message>
    <message>
        <source>%1 stood here in revision %2</source>
        <translation>%1 estaba aquí en la revisión %2</translation>
    </message>
    <message>
        <source>A: step(s) %1</source>
        <translation>A: paso(s) %1</translation>
    </message>
    <message>
        <source>B: step(s) %1</source>
        <translation>B: paso(s) %1</translation>
    </message>
    <message>
        <source>The two executions parted here</source>
        <translation>Las dos ejecuciones se separaron aquí</translation>
    </message>
    <message>
        <source> → %1 (missing)</source>
        <translation> → %1 (falta)</translation>
    </message>
    <message>
        <source>the file name must end in .png or .svg</source>
        <translation>el nombre del fichero debe terminar en .png o .svg</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowPicker</name>
    <message>
        <source>Pick a flow: type its name, or paste an FW… SID</source>
        <translation>Elija un flujo: escriba su nombre o pegue un SID FW…</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Type to search the account&apos;s flows by name or SID, or paste a flow SID (Ctrl+L)</source>
        <translation>Escriba para buscar los flujos de la cuenta por nombre o SID, o pegue un SID de flujo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Matching flows</source>
        <translation>Flujos que coinciden</translation>
    </message>
    <message>
        <source>Reload flows</source>
        <translation>Recargar flujos</translation>
    </message>
    <message>
        <source>Load the account&apos;s flow list again</source>
        <translation>Volver a cargar la lista de flujos de la cuenta</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Cargando flujos…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits. Nothing was sent.</source>
        <translation>&apos;%1&apos; no es un SID de flujo: debe ser FW seguido de 32 dígitos hexadecimales. No se envió nada.</translation>
    </message>
    <message>
        <source>No flow of this account matches &apos;%1&apos;.</source>
        <translation>Ningún flujo de esta cuenta coincide con &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 flows match &apos;%2&apos;: pick one from the list.</source>
        <translation>%1 flujos coinciden con &apos;%2&apos;: elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowsModel</name>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
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
%2 · versión %3
%4</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
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
        <translation>{1 clave}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 claves}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 elemento]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 elementos]</translation>
    </message>
    <message>
        <source>
… (%1 characters in all: Copy value takes them all)</source>
        <translation>
… (%1 caracteres en total: Copiar valor los toma todos)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>flowscope::JsonTreeWidget</name>
    <message>
        <source>Find a key or value…</source>
        <translation>Buscar una clave o un valor…</translation>
    </message>
    <message>
        <source>Find in context</source>
        <translation>Buscar en el contexto</translation>
    </message>
    <message>
        <source>Finds keys and values anywhere in the document, opening the tree to each match (Enter: next match)</source>
        <translation>Busca claves y valores en todo el documento, abriendo el árbol hasta cada coincidencia (Intro: siguiente coincidencia)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Context tree</source>
        <translation>Árbol del contexto</translation>
    </message>
    <message>
        <source>Right-click a node to copy its value, its JSON, or its Studio variable</source>
        <translation>Haga clic derecho en un nodo para copiar su valor, su JSON o su variable de Studio</translation>
    </message>
    <message>
        <source>Context status</source>
        <translation>Estado del contexto</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Studio variable</source>
        <translation>variable de Studio</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Opened the first %1 nodes</source>
        <translation>Se abrieron los primeros %1 nodos</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy as Studio variable</source>
        <translation>Copiar como variable de Studio</translation>
    </message>
    <message>
        <source>The Liquid path to paste into a Studio widget, such as {{widgets.http_1.parsed.items[0].id}}</source>
        <translation>La ruta Liquid para pegar en un widget de Studio, como {{widgets.http_1.parsed.items[0].id}}</translation>
    </message>
    <message>
        <source>Expand all (first %1 nodes)</source>
        <translation>Expandir todo (primeros %1 nodos)</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
</context>
<context>
    <name>flowscope::LinkServer</name>
    <message>
        <source>there is no runtime folder of this user for the window&apos;s socket</source>
        <translation>este usuario no tiene carpeta de ejecución para el socket de la ventana</translation>
    </message>
    <message>
        <source>another FlowScope window of this user is running</source>
        <translation>hay otra ventana de FlowScope de este usuario abierta</translation>
    </message>
    <message>
        <source>the running window did not take the link</source>
        <translation>la ventana abierta no aceptó el enlace</translation>
    </message>
    <message>
        <source>the running window refused the link: %1</source>
        <translation>la ventana abierta rechazó el enlace: %1</translation>
    </message>
    <message>
        <source>the running window did not answer within %1 s</source>
        <translation>la ventana abierta no respondió en %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ListFetcher</name>
    <message>
        <source>the page is %1</source>
        <translation>la página es %1</translation>
    </message>
    <message>
        <source>the page is not a Twilio list (no meta.key naming an array of items)</source>
        <translation>la página no es una lista de Twilio (no hay meta.key que nombre una matriz de elementos)</translation>
    </message>
    <message>
        <source>the page&apos;s items could not be told apart</source>
        <translation>no se pudieron distinguir los elementos de la página</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url no es una cadena</translation>
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
        <translation>Esta clave no puede leer el Debugger (Twilio Monitor): las alertas se omiten; los mensajes, las llamadas y todo lo demás se leen.</translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation>el sandbox integrado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the executions again from the first page (F5)</source>
        <translation>Volver a cargar las ejecuciones desde la primera página (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter loaded rows</source>
        <translation>&amp;Filtrar filas cargadas</translation>
    </message>
    <message>
        <source>Pick &amp;flow</source>
        <translation>Elegir &amp;flujo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the selected rows, the loaded rows or the whole range to a workbook or a CSV file (Ctrl+E)</source>
        <translation>Exportar las filas seleccionadas, las filas cargadas o todo el intervalo a un libro o a un fichero CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open execution…</source>
        <translation>&amp;Abrir ejecución…</translation>
    </message>
    <message>
        <source>Show an execution by its FN… SID or a Twilio Console link, loaded or not (Ctrl+G)</source>
        <translation>Mostrar una ejecución por su SID FN… o un enlace de la Twilio Console, esté cargada o no (Ctrl+G)</translation>
    </message>
    <message>
        <source>Open execution</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <source>Execution SID (FN…) of the current flow, or a Twilio Console link:</source>
        <translation>SID de ejecución (FN…) del flujo actual, o un enlace de la Twilio Console:</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Use other Twilio credentials; everything of the current account is cleared</source>
        <translation>Usar otras credenciales de Twilio; se borra todo lo de la cuenta actual</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar filas seleccionadas</translation>
    </message>
    <message>
        <source>The selected rows as tab-separated text with a header (Ctrl+C in the table)</source>
        <translation>Las filas seleccionadas como texto separado por tabuladores con cabecera (Ctrl+C en la tabla)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Archivo &amp;histórico…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>Switch between saved Twilio accounts</source>
        <translation>Cambiar entre cuentas de Twilio guardadas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;End executions…</source>
        <translation>&amp;Terminar ejecuciones…</translation>
    </message>
    <message>
        <source>End the selected active executions, after a confirmation</source>
        <translation>Terminar las ejecuciones activas seleccionadas, tras una confirmación</translation>
    </message>
    <message>
        <source>Co&amp;mpare two executions</source>
        <translation>Co&amp;mparar dos ejecuciones</translation>
    </message>
    <message>
        <source>The two selected executions side by side: both paths on the diagram, where they parted, and their contexts&apos; differences</source>
        <translation>Las dos ejecuciones seleccionadas lado a lado: ambos caminos en el diagrama, dónde se separaron y las diferencias de sus contextos</translation>
    </message>
    <message>
        <source>Find &amp;customer…</source>
        <translation>Buscar &amp;cliente…</translation>
    </message>
    <message>
        <source>A customer&apos;s executions across every flow</source>
        <translation>Las ejecuciones de un cliente en todos los flujos</translation>
    </message>
    <message>
        <source>Find &amp;stuck…</source>
        <translation>Buscar &amp;atascadas…</translation>
    </message>
    <message>
        <source>The active executions that started hours ago and block their customers</source>
        <translation>Las ejecuciones activas que empezaron hace horas y bloquean a sus clientes</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>Se&amp;guir</translation>
    </message>
    <message>
        <source>Follow: read the newest executions every %1 s and put them on top (F9); for ranges that reach now</source>
        <translation>Seguir: leer las ejecuciones más recientes cada %1 s y ponerlas arriba (F9); para intervalos que llegan hasta ahora</translation>
    </message>
    <message>
        <source>Follow needs a flow and a range that reaches now (such as Last hour or Any time).</source>
        <translation>Seguir necesita un flujo y un intervalo que llegue hasta ahora (como Última hora o Cualquier momento).</translation>
    </message>
    <message>
        <source>Following: the newest executions appear on top every %1 s.</source>
        <translation>Siguiendo: las ejecuciones más recientes aparecen arriba cada %1 s.</translation>
    </message>
    <message>
        <source>Follow: ⚠ %1 It tries again in %2 s.</source>
        <translation>Seguir: ⚠ %1 Lo vuelve a intentar en %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n new execution(s)</source>
        <translation>
            <numerusform>%n ejecución nueva</numerusform>
            <numerusform>%n ejecuciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Outcomes of the rows on screen</source>
        <translation>&amp;Resultados de las filas en pantalla</translation>
    </message>
    <message>
        <source>Read the steps of the rows on screen by themselves for their outcome (Analyse reads all loaded rows either way)</source>
        <translation>Leer por sí solos los pasos de las filas en pantalla para su resultado (Analizar lee todas las filas cargadas en cualquier caso)</translation>
    </message>
    <message>
        <source>Count &amp;undelivered messages as failures</source>
        <translation>Contar los mensajes &amp;no entregados como fallos</translation>
    </message>
    <message>
        <source>An execution whose message did not reach the customer failed, though Studio&apos;s step says &quot;sent&quot;: the bot went silent</source>
        <translation>Una ejecución cuyo mensaje no llegó al cliente falló, aunque el paso de Studio diga &quot;sent&quot;: el bot se quedó callado</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Alertas…</translation>
    </message>
    <message>
        <source>The flow&apos;s Debugger alerts over the range shown, by error code and by widget (Ctrl+Shift+A)</source>
        <translation>Las alertas del Debugger del flujo en el intervalo mostrado, por código de error y por widget (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>&amp;Activity chart</source>
        <translation>Gráfico de &amp;actividad</translation>
    </message>
    <message>
        <source>Executions per 5 minutes, hour or day, above the table</source>
        <translation>Ejecuciones por 5 minutos, hora o día, encima de la tabla</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Open a saved view, or save what the table shows (Ctrl+D)</source>
        <translation>Abrir una vista guardada, o guardar lo que muestra la tabla (Ctrl+D)</translation>
    </message>
    <message>
        <source>Find customer…</source>
        <translation>Buscar cliente…</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>A phone number or address: every flow&apos;s executions of this customer (Ctrl+Shift+F)</source>
        <translation>Un número de teléfono o una dirección: las ejecuciones de este cliente en todos los flujos (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Executions or customer search</source>
        <translation>Ejecuciones o búsqueda de cliente</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Which Twilio account FlowScope reads, and where its credentials come from</source>
        <translation>Qué cuenta de Twilio lee FlowScope y de dónde vienen sus credenciales</translation>
    </message>
    <message>
        <source>Where the rows come from</source>
        <translation>De dónde vienen las filas</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The table and the chart still show %1 — %2.</source>
        <translation>La tabla y el gráfico siguen mostrando %1 — %2.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>The flow list could not be loaded: %1 Press F5 to try again.</source>
        <translation>No se pudo cargar la lista de flujos: %1 Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Select the results to end first.</source>
        <translation>Seleccione primero los resultados que terminar.</translation>
    </message>
    <message>
        <source>The Executions tab&apos;s flow and range. Find customer searches its own range, set on its tab.</source>
        <translation>El flujo y el intervalo de la pestaña Ejecuciones. Buscar cliente busca en su propio intervalo, fijado en su pestaña.</translation>
    </message>
    <message>
        <source>The link is of account %1: switching to profile &apos;%2&apos;…</source>
        <translation>El enlace es de la cuenta %1: cambiando al perfil &apos;%2&apos;…</translation>
    </message>
    <message>
        <source>That link is of account %1, but the TWILIO_* variables sign in to %2; it was not opened.</source>
        <translation>Ese enlace es de la cuenta %1, pero las variables TWILIO_* inician sesión en %2; no se abrió.</translation>
    </message>
    <message>
        <source>That link is of account %1, and no profile of yours holds it; it was not opened. Add one (Profiles ▸ Add profile…) if you have access to it.</source>
        <translation>Ese enlace es de la cuenta %1, y ninguno de sus perfiles la contiene; no se abrió. Añada uno (Perfiles ▸ Añadir perfil…) si tiene acceso a ella.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 were ignored: a link never changes the account or where FlowScope connects.</source>
        <translation>Se ignoraron los %1 del enlace: un enlace nunca cambia la cuenta ni adónde se conecta FlowScope.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message>
        <source>Flow %1 has no execution %2. Studio keeps executions for 30 days; check the SID, or paste the Console link, which names its flow.</source>
        <translation>El flujo %1 no tiene ninguna ejecución %2. Studio conserva las ejecuciones 30 días; compruebe el SID o pegue el enlace de la Console, que nombra su flujo.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: the server sent a response FlowScope cannot read: %2.</source>
        <translation>No se pudo abrir %1: el servidor envió una respuesta que FlowScope no puede leer: %2.</translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows; shown as the API returned it.</source>
        <translation>%1 no está entre las filas cargadas; se muestra tal como la devolvió la API.</translation>
    </message>
    <message>
        <source>View &apos;%1&apos;</source>
        <translation>Vista &apos;%1&apos;</translation>
    </message>
    <message>
        <source>FlowScope — demo account</source>
        <translation>FlowScope — cuenta de demostración</translation>
    </message>
    <message>
        <source>Demo: a generated Studio account served by the built-in sandbox</source>
        <translation>Demostración: una cuenta de Studio generada servida por el sandbox integrado</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions (Ctrl+L).</source>
        <translation>Elija un flujo para ver sus ejecuciones (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select the executions to end first.</source>
        <translation>Seleccione primero las ejecuciones que terminar.</translation>
    </message>
    <message>
        <source>Select exactly two executions to compare (Ctrl+click the second).</source>
        <translation>Seleccione exactamente dos ejecuciones para comparar (Ctrl+clic en la segunda).</translation>
    </message>
    <message>
        <source>The flows are not listed yet.</source>
        <translation>Los flujos aún no están listados.</translation>
    </message>
    <message>
        <source>Pick a flow first: its alerts are counted.</source>
        <translation>Elija primero un flujo: se cuentan sus alertas.</translation>
    </message>
    <message>
        <source>%1 — %2 of them loaded; Load all for the others</source>
        <translation>%1 — %2 de ellas cargadas; Cargar todo para las demás</translation>
    </message>
    <message>
        <source>Pick a flow first: there is nothing to export yet.</source>
        <translation>Elija primero un flujo: aún no hay nada que exportar.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>credenciales escritas (guardadas en memoria)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>%1…%2 · %3</source>
        <translation>%1…%2 · %3</translation>
    </message>
    <message>
        <source> (TWILIO_* variables win over profiles)</source>
        <translation> (las variables TWILIO_* tienen prioridad sobre los perfiles)</translation>
    </message>
    <message>
        <source>Account %1, signed in with %2; API origin %3</source>
        <translation>Cuenta %1, sesión iniciada con %2; origen de API %3</translation>
    </message>
    <message>
        <source>Environment credentials in use (TWILIO_*)</source>
        <translation>Credenciales del entorno en uso (TWILIO_*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Clave de API %1</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Añadir perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>&amp;Editar perfil</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>E&amp;liminar perfil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Remove profile &apos;%1&apos; and its secret from the keychain?</source>
        <translation>¿Eliminar el perfil &apos;%1&apos; y su secreto del llavero?</translation>
    </message>
    <message>
        <source>Secrets are kept in %1</source>
        <translation>Los secretos se guardan en %1</translation>
    </message>
    <message>
        <source>A flow&apos;s executions over the range in the tool bar</source>
        <translation>Las ejecuciones de un flujo en el intervalo de la barra de herramientas</translation>
    </message>
</context>
<context>
    <name>flowscope::OutcomeFetcher</name>
    <message>
        <source>its steps are gone (404)</source>
        <translation>sus pasos ya no existen (404)</translation>
    </message>
    <message>
        <source>its steps could not be read: %1</source>
        <translation>no se pudieron leer sus pasos: %1</translation>
    </message>
    <message>
        <source>its context is gone (404), so the widgets&apos; status codes are unknown</source>
        <translation>su contexto ya no existe (404), así que los códigos de estado de los widgets son desconocidos</translation>
    </message>
    <message>
        <source>its context could not be read: %1</source>
        <translation>no se pudo leer su contexto: %1</translation>
    </message>
    <message>
        <source>its context is not a JSON object</source>
        <translation>su contexto no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>flowscope::Pager</name>
    <message>
        <source>meta.next_page_url is not an absolute URL</source>
        <translation>meta.next_page_url no es una URL absoluta</translation>
    </message>
    <message>
        <source>Stopped: the next page is on %1, not on the origin of the list (%2). Credentials are never sent to another origin.</source>
        <translation>Detenido: la página siguiente está en %1, no en el origen de la lista (%2). Las credenciales nunca se envían a otro origen.</translation>
    </message>
    <message>
        <source>Stopped: the server sent a next page that was already loaded (a paging loop).</source>
        <translation>Detenido: el servidor envió una página siguiente que ya estaba cargada (un bucle de paginación).</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedPanel</name>
    <message>
        <source>Said: %1</source>
        <translation>Dijo: %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
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
        <translation>La página de Twilio sobre %1</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Lo que dijo Twilio</translation>
    </message>
    <message>
        <source>Select an execution to see what Twilio said about it.</source>
        <translation>Seleccione una ejecución para ver lo que dijo Twilio sobre ella.</translation>
    </message>
    <message>
        <source>Alerts are left out: this key cannot read the Debugger.</source>
        <translation>Las alertas se omiten: esta clave no puede leer el Debugger.</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>No se pudieron listar las alertas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and are not shown.</source>
        <translation>
            <numerusform>%n alerta que solo nombra el flujo no encajó con un único paso y no se muestra.</numerusform>
            <numerusform>%n alertas que solo nombran el flujo no encajaron con un único paso y no se muestran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio kept nothing else about this step (%n about the execution).</source>
        <translation>
            <numerusform>Twilio no guardó nada más sobre este paso (%n sobre la ejecución).</numerusform>
            <numerusform>Twilio no guardó nada más sobre este paso (%n sobre la ejecución).</numerusform>
        </translation>
    </message>
    <message>
        <source>What Twilio said about this step:</source>
        <translation>Lo que dijo Twilio sobre este paso:</translation>
    </message>
    <message>
        <source>Twilio kept no message, call or Debugger alert about this execution.</source>
        <translation>Twilio no guardó ningún mensaje, llamada ni alerta del Debugger sobre esta ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), call(s) and alert(s) about this execution; select a marked step for its own.</source>
        <translation>
            <numerusform>%n mensaje, llamada o alerta sobre esta ejecución; seleccione un paso marcado para ver los suyos.</numerusform>
            <numerusform>%n mensajes, llamadas y alertas sobre esta ejecución; seleccione un paso marcado para ver los suyos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Abrir en la Twilio Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Mensaje %1&lt;/b&gt;: ya no está en Twilio (borrado o pasado su periodo de conservación).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Mensaje %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message from %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Mensaje de %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mensaje a %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n segment(s)</source>
        <translation>
            <numerusform>Enviado %1 · %n segmento</numerusform>
            <numerusform>Enviado %1 · %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Named by widget %1 · %2</source>
        <translation>Nombrado por el widget %1 · %2</translation>
    </message>
    <message>
        <source>It started the execution · %1</source>
        <translation>Inició la ejecución · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Llamada %1&lt;/b&gt;: ya no está en Twilio (borrada o pasado su periodo de conservación).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Llamada %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Llamada %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>lasted %n second(s)</source>
        <translation>
            <numerusform>duró %n segundo</numerusform>
            <numerusform>duró %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>respondida por %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>empezó %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2 — probable: it names only the flow, and its time and URL fit this step alone</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; a las %2 — probable: solo nombra el flujo, y su hora y su URL encajan solo con este paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; a las %2</translation>
    </message>
    <message>
        <source>Called: %1 </source>
        <translation>Llamó a: %1 </translation>
    </message>
    <message>
        <source>Open in the Debugger</source>
        <translation>Abrir en el Debugger</translation>
    </message>
    <message>
        <source>The request and response of this alert could not be read.</source>
        <translation>No se pudieron leer la petición y la respuesta de esta alerta.</translation>
    </message>
    <message>
        <source>The response body</source>
        <translation>El cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>The response headers</source>
        <translation>Las cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Lo que se envió</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedSession</name>
    <message>
        <source>The account changed.</source>
        <translation>La cuenta cambió.</translation>
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
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionCompare</name>
    <message>
        <source>revision %1 holds no definition FlowScope can read: %2</source>
        <translation>la revisión %1 no contiene ninguna definición que FlowScope pueda leer: %2</translation>
    </message>
    <message>
        <source>Revision %1 → %2</source>
        <translation>Revisión %1 → %2</translation>
    </message>
    <message>
        <source>%1: no widget changed.</source>
        <translation>%1: ningún widget cambió.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 moved.</source>
        <translation>%1: %2 añadidos, %3 eliminados, %4 cambiados, %5 movidos.</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionComparer</name>
    <message>
        <source>+ %1 — added</source>
        <translation>+ %1 — añadido</translation>
    </message>
    <message>
        <source>− %1 — removed</source>
        <translation>− %1 — eliminado</translation>
    </message>
    <message>
        <source>↔ %1 — moved</source>
        <translation>↔ %1 — movido</translation>
    </message>
    <message>
        <source>✎ %1 — changed: %2</source>
        <translation>✎ %1 — cambiado: %2</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>Comparar con la revisión…</translation>
    </message>
    <message>
        <source>Draw what changed between the revision this execution ran on and another: added, removed, changed and moved widgets</source>
        <translation>Dibujar lo que cambió entre la revisión con la que se ejecutó esta ejecución y otra: widgets añadidos, eliminados, cambiados y movidos</translation>
    </message>
    <message>
        <source>Compare with another revision of the flow</source>
        <translation>Comparar con otra revisión del flujo</translation>
    </message>
    <message>
        <source>What changed between the two revisions</source>
        <translation>Qué cambió entre las dos revisiones</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>No se pudieron leer las revisiones: %1</translation>
    </message>
    <message>
        <source>Back to this execution&apos;s path</source>
        <translation>Volver al camino de esta ejecución</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s revisions…</source>
        <translation>Leyendo las revisiones del flujo…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source> (this execution&apos;s)</source>
        <translation> (la de esta ejecución)</translation>
    </message>
    <message>
        <source>Reading revisions %1 and %2…</source>
        <translation>Leyendo las revisiones %1 y %2…</translation>
    </message>
    <message>
        <source>Drawn: revision %1; this execution ran on %2.</source>
        <translation>Dibujada: revisión %1; esta ejecución se ejecutó con la %2.</translation>
    </message>
    <message>
        <source>Hover a marked box for what changed; removed widgets are ghosts.</source>
        <translation>Pase el ratón por una caja marcada para ver qué cambió; los widgets eliminados son fantasmas.</translation>
    </message>
    <message>
        <source>No widget changed.</source>
        <translation>Ningún widget cambió.</translation>
    </message>
</context>
<context>
    <name>flowscope::SearchPanel</name>
    <message>
        <source>Also search message text</source>
        <translation>Buscar también en el texto de los mensajes</translation>
    </message>
    <message>
        <source>Exact address</source>
        <translation>Dirección exacta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Terminar ejecuciones…</translation>
    </message>
    <message>
        <source>Search message text</source>
        <translation>Buscar en el texto de los mensajes</translation>
    </message>
    <message>
        <source>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</source>
        <translation>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>A phone number as you would type it matches it on every channel (SMS, WhatsApp, calls); client: and sip: addresses match whole</source>
        <translation>Un número de teléfono tal como lo escribiría coincide en todos los canales (SMS, WhatsApp, llamadas); las direcciones client: y sip: coinciden completas</translation>
    </message>
    <message>
        <source>What they wrote or said</source>
        <translation>Lo que escribieron o dijeron</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Searched in each execution&apos;s context: one request per execution</source>
        <translation>Se busca en el contexto de cada ejecución: una petición por ejecución</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País por defecto</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>El país de los números escritos sin +país (ISO 3166, como GB)</translation>
    </message>
    <message>
        <source>Match the address string only, on its own channel</source>
        <translation>Comparar solo la cadena de dirección, en su propio canal</translation>
    </message>
    <message>
        <source>Flows to search</source>
        <translation>Flujos en los que buscar</translation>
    </message>
    <message>
        <source>All flows by default; untick to narrow</source>
        <translation>Todos los flujos por defecto; desmarque para acotar</translation>
    </message>
    <message>
        <source>Every chosen flow at once, newest first (Enter)</source>
        <translation>Todos los flujos elegidos a la vez, los más recientes primero (Intro)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Cancelar la búsqueda</translation>
    </message>
    <message>
        <source>Stop every request of the search</source>
        <translation>Detener todas las peticiones de la búsqueda</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Export the selected results (or all) with the export dialog</source>
        <translation>Exportar los resultados seleccionados (o todos) con el diálogo de exportación</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Terminar ejecuciones</translation>
    </message>
    <message>
        <source>End the selected results that are still active, after a confirmation</source>
        <translation>Terminar los resultados seleccionados que siguen activos, tras una confirmación</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address to find them in every flow.</source>
        <translation>Escriba el número o la dirección de un cliente para encontrarlo en todos los flujos.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>This search&apos;s own range, up to Twilio&apos;s 30 days (more with the archive); the tool bar&apos;s range is the Executions tab&apos;s</source>
        <translation>El intervalo propio de esta búsqueda, hasta los 30 días de Twilio (más con el archivo); el intervalo de la barra de herramientas es el de la pestaña Ejecuciones</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Customer&apos;s executions</source>
        <translation>Ejecuciones del cliente</translation>
    </message>
    <message>
        <source>Every flow&apos;s executions of this customer, newest first. Ctrl+C copies the selected ones.</source>
        <translation>Las ejecuciones de este cliente en todos los flujos, las más recientes primero. Ctrl+C copia las seleccionadas.</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Todos los flujos</translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 de %2 flujos</translation>
    </message>
    <message>
        <source>All %1 flows</source>
        <translation>Los %1 flujos</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address, or what they wrote.</source>
        <translation>Escriba el número o la dirección de un cliente, o lo que escribió.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Choose at least one flow.</source>
        <translation>Elija al menos un flujo.</translation>
    </message>
    <message>
        <source>The range&apos;s start is not before its end: nothing was sent.</source>
        <translation>El inicio del intervalo no es anterior a su fin: no se envió nada.</translation>
    </message>
    <message>
        <source>Counting the executions to read…</source>
        <translation>Contando las ejecuciones que leer…</translation>
    </message>
    <message numerus="yes">
        <source>Searching what they wrote reads the context of %n execution(s) — one request each. Go on?</source>
        <translation>
            <numerusform>Buscar lo que escribieron lee el contexto de %n ejecución, una petición cada una. ¿Continuar?</numerusform>
            <numerusform>Buscar lo que escribieron lee el contexto de %n ejecuciones, una petición cada una. ¿Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: nothing was read.</source>
        <translation>No se buscó: no se leyó nada.</translation>
    </message>
    <message>
        <source>Cancelled: %1 found before then, not a complete search.</source>
        <translation>Cancelado: %1 encontradas hasta entonces, no es una búsqueda completa.</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 de %2 flujos · %3 ejecuciones revisadas · %4 encontradas</translation>
    </message>
    <message numerus="yes">
        <source>%n only in the archive</source>
        <translation>
            <numerusform>%n solo en el archivo</numerusform>
            <numerusform>%n solo en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive searched too</source>
        <translation>también se buscó en el archivo</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>every flow searched</source>
        <translation>se buscó en todos los flujos</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: not a complete search</source>
        <translation>
            <numerusform>no se pudo buscar en %n flujo: no es una búsqueda completa</numerusform>
            <numerusform>no se pudo buscar en %n flujos: no es una búsqueda completa</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <source>Search this flow again; what was found stays</source>
        <translation>Volver a buscar en este flujo; lo encontrado se queda</translation>
    </message>
</context>
<context>
    <name>flowscope::SignInDialog</name>
    <message>
        <source>Account SID and Auth Token</source>
        <translation>Account SID y Auth Token</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>Clave de API y secreto</translation>
    </message>
    <message>
        <source>Remember as a profile (the secret goes to the keychain, never to a file)</source>
        <translation>Recordar como perfil (el secreto va al llavero, nunca a un fichero)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Twilio</source>
        <translation>Iniciar sesión en Twilio</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits, from the Twilio Console&apos;s dashboard</source>
        <translation>AC seguido de 32 dígitos hexadecimales, del panel de la Twilio Console</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Kept in memory for this session, or by the system keychain when remembered as a profile; never in a file</source>
        <translation>Se guarda en memoria durante esta sesión, o en el llavero del sistema si se recuerda como perfil; nunca en un fichero</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID de la clave de API</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secreto de la clave de API</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Leave empty for the default (us1)</source>
        <translation>Déjelo vacío para el valor por defecto (us1)</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Leave empty for the default; an edge alone means region us1</source>
        <translation>Déjelo vacío para el valor por defecto; un edge solo implica la región us1</translation>
    </message>
    <message>
        <source>Advanced: another API origin, e.g. http://127.0.0.1:8080</source>
        <translation>Avanzado: otro origen de API, p. ej. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Only for a sandbox or proxy; plain http only for loopback hosts</source>
        <translation>Solo para un sandbox o un proxy; http sin cifrar solo para hosts de loopback</translation>
    </message>
    <message>
        <source>e.g. support-us1</source>
        <translation>p. ej. soporte-us1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>A name for these credentials, to switch between accounts later</source>
        <translation>Un nombre para estas credenciales, para cambiar de cuenta más tarde</translation>
    </message>
    <message>
        <source>Remember as a profile</source>
        <translation>Recordar como perfil</translation>
    </message>
    <message>
        <source>Saves the profile; the Auth Token or secret is kept by the system keychain</source>
        <translation>Guarda el perfil; el Auth Token o el secreto lo guarda el llavero del sistema</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Por qué iniciar sesión</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problema en el formulario</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Ask Twilio for one flow with these credentials</source>
        <translation>Pedir a Twilio un flujo con estas credenciales</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>FlowScope needs Twilio credentials that may read Studio. The secret stays in memory for this session, or in the system keychain if you remember it as a profile.</source>
        <translation>FlowScope necesita credenciales de Twilio que puedan leer Studio. El secreto se queda en memoria durante esta sesión, o en el llavero del sistema si lo recuerda como perfil.</translation>
    </message>
    <message>
        <source>Give the profile a name: letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Dé un nombre al perfil: letras, dígitos, espacios, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>(stored in the keychain: leave empty to keep it)</source>
        <translation>(guardado en el llavero: déjelo vacío para conservarlo)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>✓ Connected: these credentials can read this account&apos;s Studio flows.</source>
        <translation>✓ Conectado: estas credenciales pueden leer los flujos de Studio de esta cuenta.</translation>
    </message>
    <message>
        <source>✓ Connected, but this account has no Studio flows yet.</source>
        <translation>✓ Conectado, pero esta cuenta aún no tiene flujos de Studio.</translation>
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
        <translation>Cuánto duró este paso: hasta el siguiente paso; el último, hasta que terminó la ejecución (o hasta ahora, mientras sigue)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Duró</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Twilio said</source>
        <translation>Lo que dijo Twilio</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>De → A</translation>
    </message>
    <message>
        <source>Widget type</source>
        <translation>Tipo de widget</translation>
    </message>
</context>
<context>
    <name>flowscope::StuckDialog</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Terminar ejecuciones…</translation>
    </message>
    <message>
        <source>Find stuck executions</source>
        <translation>Buscar ejecuciones atascadas</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>The flows to look in (the current one by default)</source>
        <translation>Los flujos en los que buscar (el actual por defecto)</translation>
    </message>
    <message>
        <source> hours ago</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Started more than</source>
        <translation>Empezadas hace más de</translation>
    </message>
    <message>
        <source>Active executions that started longer ago than this</source>
        <translation>Ejecuciones activas que empezaron hace más de esto</translation>
    </message>
    <message>
        <source>Optional: +44 7700 900123, client:alice, sip:bob@example.com</source>
        <translation>Opcional: +44 7700 900123, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Only this customer&apos;s: a phone number matches it on every channel</source>
        <translation>Solo las de este cliente: un número de teléfono coincide en todos los canales</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País por defecto</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>El país de los números escritos sin +país (ISO 3166, como GB)</translation>
    </message>
    <message>
        <source>Reads only the active executions (Studio v2&apos;s status filter)</source>
        <translation>Lee solo las ejecuciones activas (el filtro de estado de Studio v2)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Stuck executions</source>
        <translation>Ejecuciones atascadas</translation>
    </message>
    <message>
        <source>Select those to end; with none selected, End executions takes them all</source>
        <translation>Seleccione las que terminar; sin ninguna seleccionada, Terminar ejecuciones las toma todas</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Terminar ejecuciones</translation>
    </message>
    <message>
        <source>End the selected ones (all when none is selected), after a confirmation</source>
        <translation>Terminar las seleccionadas (todas si no hay ninguna seleccionada), tras una confirmación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tick at least one flow.</source>
        <translation>Marque al menos un flujo.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n flow(s)…</source>
        <translation>
            <numerusform>Buscando en %n flujo…</numerusform>
            <numerusform>Buscando en %n flujos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 found</source>
        <translation>%1 de %2 flujos · %3 encontradas</translation>
    </message>
    <message numerus="yes">
        <source>%n active execution(s) started before then</source>
        <translation>
            <numerusform>%n ejecución activa empezó antes</numerusform>
            <numerusform>%n ejecuciones activas empezaron antes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow could be read: the list above is not complete.</source>
        <translation>No se pudieron leer todos los flujos: la lista de arriba no está completa.</translation>
    </message>
</context>
<context>
    <name>flowscope::TargetLookup</name>
    <message>
        <source>%1 is in none of the flows given: skipped</source>
        <translation>%1 no está en ninguno de los flujos indicados: omitida</translation>
    </message>
    <message>
        <source>%1 is not active: skipped</source>
        <translation>%1 no está activa: omitida</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s: skipped</source>
        <translation>%1 no es de %2: omitida</translation>
    </message>
</context>
<context>
    <name>flowscope::ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>Vis&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>Copiar &amp;enlace a esta vista</translation>
    </message>
    <message>
        <source>Name the flow, range, filters, columns and sort shown, to open them again or send them as a link (Ctrl+D)</source>
        <translation>Dar nombre al flujo, intervalo, filtros, columnas y orden mostrados, para abrirlos de nuevo o enviarlos como enlace (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy a flowscope://view link to what the table shows now</source>
        <translation>Copiar un enlace flowscope://view a lo que muestra ahora la tabla</translation>
    </message>
    <message>
        <source>Copied a link to this view</source>
        <translation>Se copió un enlace a esta vista</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Aún no hay vistas guardadas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show this view&apos;s flow, range, filters and columns</source>
        <translation>Mostrar el flujo, intervalo, filtros y columnas de esta vista</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>Copied a link to the view &apos;%1&apos;</source>
        <translation>Se copió un enlace a la vista &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>Abrir al &amp;iniciar</translation>
    </message>
    <message>
        <source>Open this view when FlowScope starts with this profile</source>
        <translation>Abrir esta vista cuando FlowScope se inicie con este perfil</translation>
    </message>
    <message>
        <source>Pick a flow first: a view is a flow&apos;s executions.</source>
        <translation>Elija primero un flujo: una vista son las ejecuciones de un flujo.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view (flow, range, filters, columns and sort as shown):</source>
        <translation>Nombre de la vista (flujo, intervalo, filtros, columnas y orden tal como se muestran):</translation>
    </message>
    <message>
        <source>Replace the view &apos;%1&apos;?</source>
        <translation>¿Reemplazar la vista &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos;</source>
        <translation>Se guardó la vista &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renombrar vista</translation>
    </message>
    <message>
        <source>New name of the view &apos;%1&apos;:</source>
        <translation>Nuevo nombre de la vista &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Borrar vista</translation>
    </message>
    <message>
        <source>Delete the view &apos;%1&apos;?</source>
        <translation>¿Borrar la vista &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>flowscope::WorkbookFile</name>
    <message>
        <source> […cut here: %1 more characters do not fit in a spreadsheet cell; export JSONL for the whole text]</source>
        <translation> […cortado aquí: %1 caracteres más no caben en una celda de hoja de cálculo; exporte JSONL para tener el texto completo]</translation>
    </message>
    <message>
        <source>a workbook can only be written, once</source>
        <translation>un libro solo se puede escribir una vez</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>no se pudo crear el libro</translation>
    </message>
    <message>
        <source>the last row was incomplete</source>
        <translation>la última fila estaba incompleta</translation>
    </message>
    <message>
        <source>the rows to write were corrupt</source>
        <translation>las filas que escribir estaban dañadas</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>no se puede volver a leer el libro: %1</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot put the workbook in place</source>
        <translation>no se puede poner el libro en su sitio</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>el libro no está abierto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox de demostración: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; no es una orden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the window (options start with --).</source>
        <translation>&apos;%1&apos; no es una opción de la ventana (las opciones empiezan por --).</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>¿Quería decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Commands: %1. Run &apos;flowscope --help&apos;.</source>
        <translation>Órdenes: %1. Ejecute &apos;flowscope --help&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;flowscope --help&apos;.</source>
        <translation>Ejecute &apos;flowscope --help&apos;.</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands run without one: flowscope --help</source>
        <translation>no hay pantalla en la que abrir la ventana (no están definidas ni DISPLAY ni WAYLAND_DISPLAY); las órdenes funcionan sin ella: flowscope --help</translation>
    </message>
    <message>
        <source>the window could not open on this display; the commands run without one: flowscope --help</source>
        <translation>no se pudo abrir la ventana en esta pantalla; las órdenes funcionan sin ella: flowscope --help</translation>
    </message>
    <message>
        <source>after -- comes one flowscope:// link, and nothing else</source>
        <translation>después de -- va un enlace flowscope:// y nada más</translation>
    </message>
</context>
</TS>
