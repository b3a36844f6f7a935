<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Plus %1</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Vide le champ</translation>
    </message>
    <message>
        <source>The tools the window is too narrow to show</source>
        <translation>Les outils que la fenêtre est trop étroite pour afficher</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>the Debugger&apos;s alerts of a flow&apos;s executions</source>
        <translation>les alertes du Debugger des exécutions d&apos;un flux</translation>
    </message>
    <message>
        <source>List the Debugger alerts (Twilio Monitor) of a range that belong to executions of the flows given — one row per alert with its execution, step and widget, or counted by error code or widget. Monitor filters by time only: an alert is kept when it names one of the flows&apos; executions or a message or call of one, or names only the flow and fits exactly one step by its time and URL (probable); others are left out. Written once every alert is placed, atomically with -o.</source>
        <translation>Liste les alertes du Debugger (Twilio Monitor) d&apos;une période qui appartiennent aux exécutions des flux donnés — une ligne par alerte avec son exécution, son étape et son widget, ou comptées par code d&apos;erreur ou par widget. Monitor ne filtre que par date : une alerte est gardée quand elle nomme une des exécutions des flux, ou un message ou un appel de l&apos;une d&apos;elles, ou ne nomme que le flux et correspond exactement à une étape par son heure et son URL (probable) ; les autres sont écartées. Écrit une fois chaque alerte placée, de façon atomique avec -o.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable). Required.</source>
        <translation>Le SID du flux (répétable). Obligatoire.</translation>
    </message>
    <message>
        <source>From T (default: 24 hours ago).</source>
        <translation>À partir de T (par défaut : il y a 24 heures).</translation>
    </message>
    <message>
        <source>Monitor keeps alerts 30 days. Executions that began up to a day before T are read too, for alerts of theirs that came later.</source>
        <translation>Monitor garde les alertes 30 jours. Les exécutions commencées jusqu&apos;à un jour avant T sont lues aussi, pour leurs alertes arrivées plus tard.</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Avant T (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>code: one row per error code (error_code, count, executions); widget: one per widget and code (widget, error_code, count). Default: one row per alert.</source>
        <translation>code : une ligne par code d&apos;erreur (error_code, count, executions) ; widget : une par widget et code (widget, error_code, count). Par défaut : une ligne par alerte.</translation>
    </message>
    <message>
        <source>Only alerts of this log level (error, warning, notice or debug).</source>
        <translation>Seulement les alertes de ce niveau (error, warning, notice ou debug).</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (numbers as numbers) or xlsx (needs -o).</source>
        <translation>csv (par défaut), tsv, jsonl (nombres en nombres) ou xlsx (nécessite -o).</translation>
    </message>
    <message>
        <source>Executions read at once, one request each at a time (default 8).</source>
        <translation>Exécutions lues à la fois, une requête chacune (8 par défaut).</translation>
    </message>
    <message>
        <source>Read the alerts a sync with --related archived (flowscope archive sync --related), not Monitor: any date, offline, the same rows.</source>
        <translation>Lire les alertes qu&apos;une synchronisation avec --related a archivées (flowscope archive sync --related), pas Monitor : toute date, hors ligne, les mêmes lignes.</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not code or widget</source>
        <translation>--by &apos;%1&apos; n&apos;est ni code ni widget</translation>
    </message>
    <message>
        <source>--level &apos;%1&apos; is not error, warning, notice or debug</source>
        <translation>--level &apos;%1&apos; n&apos;est ni error, ni warning, ni notice, ni debug</translation>
    </message>
</context>
<context>
    <name>AlertsJob</name>
    <message>
        <source>this key cannot read the Debugger (Monitor answered %1); nothing was written.</source>
        <translation>cette clé ne peut pas lire le Debugger (Monitor a répondu %1) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) of the range were archived without --related; their alerts are not counted</source>
        <translation>avertissement : %1 exécution(s) de la période ont été archivées sans --related ; leurs alertes ne sont pas comptées</translation>
    </message>
    <message>
        <source>%1 of %2 executions read…</source>
        <translation>%1 exécutions lues sur %2…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Twilio refused the credentials (HTTP 401): check the Account SID and Auth Token, or the API key and secret.</source>
        <translation>Twilio a refusé les identifiants (HTTP 401) : vérifiez l&apos;Account SID et l&apos;Auth Token, ou la clé d&apos;API et son secret.</translation>
    </message>
    <message>
        <source>These credentials may not read Studio (HTTP 403): the API key needs access to Studio.</source>
        <translation>Ces identifiants ne peuvent pas lire Studio (HTTP 403) : la clé d&apos;API doit avoir accès à Studio.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the flow or execution does not exist in this account, or has expired (Studio keeps executions 30 days).</source>
        <translation>Introuvable (HTTP 404) : le flux ou l&apos;exécution n&apos;existe pas dans ce compte, ou a expiré (Studio garde les exécutions 30 jours).</translation>
    </message>
    <message>
        <source>Twilio rejected the request (HTTP %1).</source>
        <translation>Twilio a rejeté la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio kept rate-limiting the requests (HTTP 429); try again in a minute.</source>
        <translation>Twilio a continué de limiter les requêtes (HTTP 429) ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server failed (HTTP %1) and kept failing after retries.</source>
        <translation>Le serveur de Twilio a échoué (HTTP %1) et échouait encore après plusieurs essais.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>Impossible de joindre le serveur : %1.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1); FlowScope never ignores certificate errors.</source>
        <translation>La connexion sécurisée a échoué (%1) ; FlowScope n&apos;ignore jamais les erreurs de certificat.</translation>
    </message>
    <message>
        <source>The server sent a response FlowScope cannot read: %1.</source>
        <translation>Le serveur a envoyé une réponse que FlowScope ne sait pas lire : %1.</translation>
    </message>
    <message>
        <source>The server sent a response larger than FlowScope accepts (%1); asking again would not help.</source>
        <translation>Le serveur a envoyé une réponse plus grande que ce que FlowScope accepte (%1) ; redemander n&apos;y changerait rien.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>the archive holds no outcome for it (synced before outcomes were kept)</source>
        <translation>l&apos;archive n&apos;a pas de résultat pour elle (synchronisée avant que les résultats soient conservés)</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>The archive: sqlite:PATH (an encrypted file) or postgresql://USER@HOST:PORT/DB?sslmode=… (a shared one); default the profile&apos;s file $XDG_DATA_HOME/flowscope/archive-PROFILE.db.</source>
        <translation>L&apos;archive : sqlite:CHEMIN (un fichier chiffré) ou postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=… (une archive partagée) ; par défaut le fichier du profil $XDG_DATA_HOME/flowscope/archive-PROFIL.db.</translation>
    </message>
    <message>
        <source>A PostgreSQL password comes from the URL, PGPASSWORD, the keychain (the window&apos;s File ▸ Archive… keeps it there) or ~/.pgpass, and is never printed. The file&apos;s key is FLOWSCOPE_ARCHIVE_KEY (64 hex digits, or a passphrase) when set, else the keychain&apos;s.</source>
        <translation>Un mot de passe PostgreSQL vient de l&apos;URL, de PGPASSWORD, du trousseau (la fenêtre l&apos;y garde via Fichier ▸ Archive…) ou de ~/.pgpass, et n&apos;est jamais affiché. La clé du fichier est FLOWSCOPE_ARCHIVE_KEY (64 chiffres hexadécimaux, ou une phrase secrète) si elle est définie, sinon celle du trousseau.</translation>
    </message>
    <message>
        <source>--db names the archive to read: give --archive too</source>
        <translation>--db nomme l&apos;archive à lire : donnez aussi --archive</translation>
    </message>
    <message>
        <source>note: --from %1 is in the future (it is %2 now): no execution has started there yet</source>
        <translation>note : --from %1 est dans le futur (il est %2) : aucune exécution n&apos;y a encore commencé</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; the archive %3 holds older ones: add --archive</source>
        <translation>note : Studio garde les exécutions %1 jours, Twilio n&apos;a donc rien avant %2 ; l&apos;archive %3 en contient de plus anciennes : ajoutez --archive</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; flowscope archive sync keeps them longer from now on</source>
        <translation>note : Studio garde les exécutions %1 jours, Twilio n&apos;a donc rien avant %2 ; flowscope archive sync les garde plus longtemps à partir de maintenant</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>keep executions past Twilio&apos;s 30 days</source>
        <translation>garder les exécutions au-delà des 30 jours de Twilio</translation>
    </message>
    <message>
        <source>The archive: executions with their steps and contexts, and their flows&apos; revisions, kept after Twilio drops them. sync brings it up to date (only what is new since the last sync, and the executions it holds as active read again); status says what it holds per flow; purge deletes what is older than a duration. The local archive is an encrypted SQLCipher file, created 0600; a wrong key, a file that is not an archive or a newer schema ends the command with 7 and leaves the file untouched.</source>
        <translation>L&apos;archive : les exécutions avec leurs étapes et contextes, et les révisions de leurs flux, gardées après que Twilio les a supprimées. sync la met à jour (seulement ce qui est nouveau depuis la dernière synchronisation, et les exécutions qu&apos;elle tient pour actives sont relues) ; status indique ce qu&apos;elle contient par flux ; purge supprime ce qui est plus ancien qu&apos;une durée. L&apos;archive locale est un fichier SQLCipher chiffré, créé en 0600 ; une mauvaise clé, un fichier qui n&apos;est pas une archive ou un schéma plus récent terminent la commande avec 7 et laissent le fichier intact.</translation>
    </message>
    <message>
        <source>sync: only this flow (repeatable; default every flow).</source>
        <translation>sync : seulement ce flux (répétable ; par défaut tous les flux).</translation>
    </message>
    <message>
        <source>sync: archive executions and steps, not contexts.</source>
        <translation>sync : archiver les exécutions et les étapes, pas les contextes.</translation>
    </message>
    <message>
        <source>sync: archive each execution&apos;s messages, calls and Debugger alerts too (as execution --related reads them; a few requests more each).</source>
        <translation>sync : archiver aussi les messages, appels et alertes du Debugger de chaque exécution (comme execution --related les lit ; quelques requêtes de plus chacune).</translation>
    </message>
    <message>
        <source>Executions archived by a sync without it have none; execution --related --archive and alerts --archive say so.</source>
        <translation>Les exécutions archivées par une synchronisation sans cette option n&apos;en ont pas ; execution --related --archive et alerts --archive le signalent.</translation>
    </message>
    <message>
        <source>sync: flows synced side by side (default 4).</source>
        <translation>sync : flux synchronisés côte à côte (4 par défaut).</translation>
    </message>
    <message>
        <source>sync: requests in flight for each flow (default %1).</source>
        <translation>sync : requêtes simultanées par flux (%1 par défaut).</translation>
    </message>
    <message>
        <source>sync: then delete what was created longer ago than DURATION (365d, 52w, 48h); default keep everything.</source>
        <translation>sync : puis supprimer ce qui a été créé il y a plus de DURÉE (365d, 52w, 48h) ; par défaut tout est gardé.</translation>
    </message>
    <message>
        <source>purge: delete executions created longer ago than DURATION (365d, 52w, 48h). Required.</source>
        <translation>purge : supprimer les exécutions créées il y a plus de DURÉE (365d, 52w, 48h). Obligatoire.</translation>
    </message>
    <message>
        <source>purge: do not ask (needed when standard input is not a terminal).</source>
        <translation>purge : ne pas demander (nécessaire quand l&apos;entrée standard n&apos;est pas un terminal).</translation>
    </message>
    <message>
        <source>status: csv (default), tsv or jsonl.</source>
        <translation>status : csv (par défaut), tsv ou jsonl.</translation>
    </message>
    <message>
        <source>say what to do: archive sync | status | purge</source>
        <translation>indiquez quoi faire : archive sync | status | purge</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of archive: the actions are sync, status and purge</source>
        <translation>action inconnue &apos;%1&apos; d&apos;archive : les actions sont sync, status et purge</translation>
    </message>
    <message>
        <source>--%1 is not an option of archive %2 (see --help)</source>
        <translation>--%1 n&apos;est pas une option d&apos;archive %2 (voir --help)</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format doit être csv, tsv ou jsonl</translation>
    </message>
    <message>
        <source>a number of flows</source>
        <translation>un nombre de flux</translation>
    </message>
    <message>
        <source>--keep-for &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--keep-for &apos;%1&apos; n&apos;est pas une durée comme 365d, 52w ou 48h</translation>
    </message>
    <message>
        <source>archive purge needs --older-than DURATION (365d, 52w, 48h)</source>
        <translation>archive purge demande --older-than DURÉE (365d, 52w, 48h)</translation>
    </message>
    <message>
        <source>--older-than &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--older-than &apos;%1&apos; n&apos;est pas une durée comme 365d, 52w ou 48h</translation>
    </message>
</context>
<context>
    <name>ArchiveJob</name>
    <message>
        <source>%1 (what was written before stays: %2 execution(s); the next sync goes on from there)</source>
        <translation>%1 (ce qui a été écrit avant reste : %2 exécution(s) ; la prochaine synchronisation reprend de là)</translation>
    </message>
    <message>
        <source>%1: %2 flow(s) synced, %3 execution(s) written; %4 held as active checked, %5 of them changed%6</source>
        <translation>%1 : %2 flux synchronisé(s), %3 exécution(s) écrite(s) ; %4 tenue(s) pour active(s) vérifiée(s), dont %5 changée(s)%6</translation>
    </message>
    <message>
        <source>, %1 no longer at Twilio (kept)</source>
        <translation>, %1 plus chez Twilio (gardées)</translation>
    </message>
    <message>
        <source>%1 execution(s) older than the retention were deleted</source>
        <translation>%1 exécution(s) plus ancienne(s) que la durée de conservation ont été supprimées</translation>
    </message>
    <message>
        <source>%1 execution(s) created before %2 in %3</source>
        <translation>%1 exécution(s) créée(s) avant %2 dans %3</translation>
    </message>
    <message>
        <source>nothing to delete: no execution(s) created before %1</source>
        <translation>rien à supprimer : aucune exécution créée avant %1</translation>
    </message>
    <message>
        <source>refusing to delete %1 without --yes: standard input is not a terminal to ask on</source>
        <translation>refus de supprimer %1 sans --yes : l&apos;entrée standard n&apos;est pas un terminal où demander</translation>
    </message>
    <message>
        <source>delete %1? [y/N] </source>
        <translation>supprimer %1 ? [o/N] </translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted</source>
        <translation>non confirmé : rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>supprimé : %1</translation>
    </message>
    <message>
        <source>%1 execution(s)</source>
        <translation>%1 exécution(s)</translation>
    </message>
</context>
<context>
    <name>ArchiveKey</name>
    <message>
        <source>there is no archive at %1 (flowscope archive sync makes one)</source>
        <translation>il n&apos;y a pas d&apos;archive à %1 (flowscope archive sync en crée une)</translation>
    </message>
    <message>
        <source>the archive&apos;s key could not be read from the keychain: %1</source>
        <translation>la clé de l&apos;archive n&apos;a pas pu être lue dans le trousseau : %1</translation>
    </message>
    <message>
        <source>the keychain holds no key for the archive %1 (set FLOWSCOPE_ARCHIVE_KEY if it was made with one); it was left as it is</source>
        <translation>le trousseau n&apos;a pas de clé pour l&apos;archive %1 (définissez FLOWSCOPE_ARCHIVE_KEY si elle a été créée avec une) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>the archive&apos;s new key could not be kept in the keychain, so no archive was made: %1</source>
        <translation>la nouvelle clé de l&apos;archive n&apos;a pas pu être gardée dans le trousseau, aucune archive n&apos;a donc été créée : %1</translation>
    </message>
</context>
<context>
    <name>ArchiveLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL such as postgresql://user@host:5432/database</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL PostgreSQL comme postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host:5432/database</source>
        <translation>l&apos;URL PostgreSQL ne nomme aucune base : postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL may only say sslmode, not &apos;%1&apos;</source>
        <translation>l&apos;URL PostgreSQL ne peut indiquer que sslmode, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; n&apos;est pas l&apos;un de %2</translation>
    </message>
    <message>
        <source>sqlite: needs a file: sqlite:/path/to/archive.db</source>
        <translation>sqlite: demande un fichier : sqlite:/chemin/vers/archive.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no archive: give sqlite:PATH or postgresql://USER@HOST:PORT/DB</source>
        <translation>&apos;%1&apos; ne nomme aucune archive : donnez sqlite:CHEMIN ou postgresql://UTILISATEUR@HÔTE:PORT/BASE</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source> (see --help)</source>
        <translation> (voir --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argument inattendu &apos;%1&apos; (voir --help)</translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation>argument manquant (voir --help)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600</source>
        <translation>--timeout doit être un nombre de secondes de 0,001 à 3600</translation>
    </message>
    <message>
        <source>--retries must be a number of attempts from 1 to 100</source>
        <translation>--retries doit être un nombre d&apos;essais de 1 à 100</translation>
    </message>
    <message>
        <source>--format must be csv, tsv, jsonl or xlsx</source>
        <translation>--format doit être csv, tsv, jsonl ou xlsx</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format doit être csv, tsv ou jsonl</translation>
    </message>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>un classeur est un fichier, pas du texte pour un terminal ou un tube : donnez -o FICHIER.xlsx</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; does not exist in the local time zone (%3): the clocks skipped it. Give the time with its offset (…+01:00) or in UTC (…Z)</source>
        <translation>--%1 &apos;%2&apos; n&apos;existe pas dans le fuseau horaire local (%3) : les horloges l&apos;ont sautée. Donnez l&apos;heure avec son décalage (…+01:00) ou en UTC (…Z)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or 2026-11-01T09:00:00+05:30</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas une heure : utilisez ISO 8601 comme 2026-11-01T09:00:00Z ou 2026-11-01T09:00:00+05:30</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from doit précéder --to</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to %1</source>
        <translation>--concurrency doit être entre 1 et %1</translation>
    </message>
    <message>
        <source>--%1 must be %2 from %3 to %4</source>
        <translation>--%1 doit être %2 de %3 à %4</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>--%1: that link names no execution</source>
        <translation>--%1 : ce lien ne nomme aucune exécution</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3 (%4 followed by 32 hex digits)</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas %3 (%4 suivi de 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>the link is of account %1, not of the one in use (%2); give the profile that holds it with --profile</source>
        <translation>le lien est du compte %1, pas de celui utilisé (%2) ; donnez avec --profile le profil qui le contient</translation>
    </message>
    <message>
        <source>no profile of yours holds account %1, which the link is of (flowscope profiles list)</source>
        <translation>aucun de vos profils ne contient le compte %1, auquel appartient le lien (flowscope profiles list)</translation>
    </message>
    <message>
        <source>a flow SID</source>
        <translation>un SID de flux</translation>
    </message>
    <message>
        <source>--flow is required (see --help)</source>
        <translation>--flow est obligatoire (voir --help)</translation>
    </message>
    <message>
        <source>no columns given: --columns takes a comma-separated list of %1</source>
        <translation>aucune colonne donnée : --columns prend une liste séparée par des virgules parmi %1</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>colonne inconnue &apos;%1&apos; ; les colonnes sont %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Sign in with this saved profile (its secret from the keychain); the environment&apos;s TWILIO_* variables still win.</source>
        <translation>Se connecter avec ce profil enregistré (son secret vient du trousseau) ; les variables TWILIO_* de l&apos;environnement restent prioritaires.</translation>
    </message>
    <message>
        <source>A keychain that is not there, locked or refusing ends the command with 7 before anything is requested; a profile without a stored secret, with 2.</source>
        <translation>Un trousseau absent, verrouillé ou qui refuse termine la commande avec 7 avant toute requête ; un profil sans secret enregistré, avec 2.</translation>
    </message>
    <message>
        <source>API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for loopback).</source>
        <translation>Origine de l&apos;API (par défaut https://studio.twilio.com, ou FLOWSCOPE_BASE_URL ; http seulement pour le loopback).</translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>Secondes sans données avant qu&apos;une requête expire (30 par défaut).</translation>
    </message>
    <message>
        <source>Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6).</source>
        <translation>Essais par requête avant d&apos;abandonner sur 429, 5xx, coupures et expirations (6 par défaut).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically: complete or not at all) instead of standard output.</source>
        <translation>Écrire dans FICHIER (de façon atomique : complet ou pas du tout) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>A failure leaves an existing file untouched.</source>
        <translation>Un échec laisse un fichier existant intact.</translation>
    </message>
    <message>
        <source>the window; --demo browses the built-in sandbox</source>
        <translation>la fenêtre ; --demo parcourt le bac à sable intégré</translation>
    </message>
    <message>
        <source>Browse Twilio Studio flow executions: pick a flow, narrow the date range, scroll through executions that load page by page, open one to read its context, steps and diagram, and export what you need. flowscope -- LINK opens a flowscope:// link (flowscope link makes one) in this user&apos;s running window, which comes to the front, or in a new one; the desktop runs it so when such a link is clicked.</source>
        <translation>Parcourir les exécutions des flux Twilio Studio : choisir un flux, restreindre la période, faire défiler les exécutions chargées page par page, en ouvrir une pour lire son contexte, ses étapes et son diagramme, et exporter ce qu&apos;il faut. flowscope -- LIEN ouvre un lien flowscope:// (flowscope link en crée un) dans la fenêtre ouverte de cet utilisateur, qui passe au premier plan, ou dans une nouvelle ; le bureau la lance ainsi quand on clique sur un tel lien.</translation>
    </message>
    <message>
        <source>Browse a generated account served by the built-in Studio sandbox; no Twilio account needed.</source>
        <translation>Parcourir un compte généré servi par le bac à sable Studio intégré ; aucun compte Twilio nécessaire.</translation>
    </message>
    <message>
        <source>Sign in with this saved profile (the environment&apos;s TWILIO_* variables still win).</source>
        <translation>Se connecter avec ce profil enregistré (les variables TWILIO_* de l&apos;environnement restent prioritaires).</translation>
    </message>
    <message>
        <source>Show this help; --help-all adds Qt&apos;s own options.</source>
        <translation>Afficher cette aide ; --help-all ajoute les options propres à Qt.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <source>Every subcommand but profiles, link and views also takes %1 (see its --help); link and views take --profile NAME, whose account and views they are.</source>
        <translation>Chaque sous-commande sauf profiles, link et views accepte aussi %1 (voir son --help) ; link et views acceptent --profile NOM, dont le compte et les vues sont concernés.</translation>
    </message>
    <message>
        <source>Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, else a saved profile (--profile NAME).</source>
        <translation>Identifiants : TWILIO_ACCOUNT_SID avec TWILIO_AUTH_TOKEN, ou TWILIO_API_KEY et TWILIO_API_SECRET, sinon un profil enregistré (--profile NOM).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 output, 7 the keychain.</source>
        <translation>Codes de sortie : 0 ok, 2 usage, 3 authentification, 4 introuvable, 5 réseau ou serveur, 6 sortie, 7 le trousseau.</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>Options de la fenêtre :</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>%1 executions…</source>
        <translation>%1 exécutions…</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles add, or the window&apos;s Profiles menu, creates one)</source>
        <translation>il n&apos;y a pas de profil nommé &apos;%1&apos; (flowscope profiles add, ou le menu Profils de la fenêtre, en crée un)</translation>
    </message>
    <message>
        <source>no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use --profile NAME</source>
        <translation>aucun identifiant : définissez TWILIO_ACCOUNT_SID et TWILIO_AUTH_TOKEN, ou TWILIO_API_KEY et TWILIO_API_SECRET avec TWILIO_ACCOUNT_SID, ou utilisez --profile NOM</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain; sign in with it in the window once, or set TWILIO_AUTH_TOKEN</source>
        <translation>le profil &apos;%1&apos; n&apos;a pas de secret dans le trousseau ; connectez-vous une fois avec lui dans la fenêtre, ou définissez TWILIO_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>the keychain could not give profile &apos;%1&apos; its secret (%2); set TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead</source>
        <translation>le trousseau n&apos;a pas pu donner son secret au profil &apos;%1&apos; (%2) ; définissez plutôt TWILIO_AUTH_TOKEN ou TWILIO_API_SECRET</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed, %4 moved</source>
        <translation>%1 modifiés, %2 ajoutés, %3 supprimés, %4 déplacés</translation>
    </message>
    <message>
        <source>The profile whose views and account these are (default: the environment&apos;s account, else the profile used last).</source>
        <translation>Le profil dont ce sont les vues et le compte (par défaut : le compte de l&apos;environnement, sinon le dernier profil utilisé).</translation>
    </message>
    <message>
        <source>that link opens an execution, not a view</source>
        <translation>ce lien ouvre une exécution, pas une vue</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>il n&apos;y a pas de vue nommée &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Language: German, Spanish, French, Brazilian Portuguese or Japanese from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en chooses for FlowScope alone. What programs read is never translated.</source>
        <translation>Langue : allemand, espagnol, français, portugais du Brésil ou japonais selon les paramètres régionaux (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), sinon anglais ; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en la choisit pour FlowScope seul. Ce que lisent les programmes n&apos;est jamais traduit.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>two executions side by side</source>
        <translation>deux exécutions côte à côte</translation>
    </message>
    <message>
        <source>Compare two executions of a flow: the steps of each, the widget where their paths parted (the first both reached and left differently, or the last they reached together when one stopped sooner), and every value of their contexts that differs or is on one side only, by its Studio variable path (widgets.http_1.status_code). Each execution is an FN… SID of --flow, a Console link or a flowscope:// link; two of different flows are refused.</source>
        <translation>Comparer deux exécutions d&apos;un flux : les étapes de chacune, le widget où leurs chemins se sont séparés (le premier que les deux ont atteint et quitté différemment, ou le dernier atteint ensemble quand l&apos;une s&apos;est arrêtée plus tôt), et chaque valeur de leurs contextes qui diffère ou n&apos;est que d&apos;un côté, par son chemin de variable Studio (widgets.http_1.status_code). Chaque exécution est un SID FN… de --flow, un lien de la Console ou un lien flowscope:// ; deux exécutions de flux différents sont refusées.</translation>
    </message>
    <message>
        <source>The flow of both (a link or a Console link names it already).</source>
        <translation>Le flux des deux (un lien ou un lien de la Console le nomme déjà).</translation>
    </message>
    <message>
        <source>json (default: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) or text (readable).</source>
        <translation>json (par défaut : {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) ou text (lisible).</translation>
    </message>
    <message>
        <source>In json a path that is on one side only has no member for the other (a null is a value).</source>
        <translation>En json, un chemin présent d&apos;un seul côté n&apos;a pas de membre pour l&apos;autre (null est une valeur).</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format doit être json ou text</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow doit être un SID de flux (FW suivi de 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution</source>
        <translation>ce lien ouvre une vue, pas une exécution</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>donnez --flow</translation>
    </message>
    <message>
        <source>the two executions are of different flows (%1 and %2): compare two executions of one flow</source>
        <translation>les deux exécutions sont de flux différents (%1 et %2) : comparez deux exécutions d&apos;un même flux</translation>
    </message>
    <message>
        <source>the executions are of flow %1, not of --flow %2</source>
        <translation>les exécutions sont du flux %1, pas de --flow %2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>le flux %1 n&apos;a pas d&apos;exécution %2 (Studio garde les exécutions 30 jours)</translation>
    </message>
    <message>
        <source>The same path.</source>
        <translation>Le même chemin.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Elles se sont séparées à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ.</source>
        <translation>
            <numerusform>%n valeur de contexte diffère.</numerusform>
            <numerusform>%n valeurs de contexte diffèrent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>L&apos;Account SID doit être AC suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>Le SID de la clé d&apos;API doit être SK suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation>Le secret de la clé d&apos;API est vide.</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>L&apos;Auth Token est vide.</translation>
    </message>
    <message>
        <source>The secret contains spaces or characters a Twilio secret never has.</source>
        <translation>Le secret contient des espaces ou des caractères qu&apos;un secret Twilio n&apos;a jamais.</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY and TWILIO_API_SECRET need TWILIO_ACCOUNT_SID as well.</source>
        <translation>TWILIO_API_KEY et TWILIO_API_SECRET demandent aussi TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>Définissez à la fois TWILIO_ACCOUNT_SID et TWILIO_AUTH_TOKEN (ou TWILIO_API_KEY et TWILIO_API_SECRET).</translation>
    </message>
    <message>
        <source>Credentials in the environment: %1</source>
        <translation>Identifiants dans l&apos;environnement : %1</translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos;: %2</source>
        <translation>URL de base invalide &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>it needs a scheme and a host, like https://studio.twilio.com</source>
        <translation>il faut un schéma et un hôte, comme https://studio.twilio.com</translation>
    </message>
    <message>
        <source>credentials do not belong in a URL</source>
        <translation>les identifiants n&apos;ont pas leur place dans une URL</translation>
    </message>
    <message>
        <source>give only the origin (scheme, host and port), without a path</source>
        <translation>donnez seulement l&apos;origine (schéma, hôte et port), sans chemin</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>le http simple n&apos;est permis que pour les hôtes loopback ; utilisez https</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for a loopback host)</source>
        <translation>le schéma doit être https (ou http pour un hôte loopback)</translation>
    </message>
    <message>
        <source>TWILIO_REGION / TWILIO_EDGE must be plain names like us1 or sydney, not &apos;%1&apos;</source>
        <translation>TWILIO_REGION / TWILIO_EDGE doivent être des noms simples comme us1 ou sydney, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Type a phone number, a client: or sip: address, or what they wrote.</source>
        <translation>Tapez un numéro de téléphone, une adresse client: ou sip:, ou ce qu&apos;ils ont écrit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a phone number nor an address such as client:name or sip:user@host.</source>
        <translation>&apos;%1&apos; n&apos;est ni un numéro de téléphone ni une adresse comme client:nom ou sip:utilisateur@hôte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nobody: give the whole address, such as client:alice or sip:bob@example.com.</source>
        <translation>&apos;%1&apos; ne nomme personne : donnez l&apos;adresse entière, comme client:alice ou sip:bob@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: give one (+44…) or a default country such as GB.</source>
        <translation>&apos;%1&apos; n&apos;a pas d&apos;indicatif de pays : donnez-en un (+44…) ou un pays par défaut comme GB.</translation>
    </message>
    <message>
        <source>its country code is unknown</source>
        <translation>son indicatif de pays est inconnu</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>il est trop court</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>il est trop long</translation>
    </message>
    <message>
        <source>it is not a possible number there</source>
        <translation>ce n&apos;est pas un numéro possible là-bas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2; default country %3).</source>
        <translation>&apos;%1&apos; n&apos;est pas un numéro de téléphone que FlowScope sait lire (%2 ; pays par défaut %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2).</source>
        <translation>&apos;%1&apos; n&apos;est pas un numéro de téléphone que FlowScope sait lire (%2).</translation>
    </message>
    <message>
        <source>exactly &apos;%1&apos;</source>
        <translation>exactement &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 on any channel</source>
        <translation>%1 sur n&apos;importe quel canal</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <source>the response has no context</source>
        <translation>la réponse n&apos;a pas de contexte</translation>
    </message>
</context>
<context>
    <name>CopyLinkActions</name>
    <message>
        <source>Copy SID</source>
        <translation>Copier le SID</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>A flowscope:// link to this execution, for a ticket: a click opens it in FlowScope</source>
        <translation>Un lien flowscope:// vers cette exécution, pour un ticket : un clic l&apos;ouvre dans FlowScope</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
</context>
<context>
    <name>DefinitionDiff</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: there is no &quot;states&quot; list (nor a &quot;definition&quot; that has one)</source>
        <translation>c&apos;est du JSON mais pas une définition de flux : il n&apos;y a pas de liste &quot;states&quot; (ni de &quot;definition&quot; qui en a une)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: a definition is an object with a &quot;states&quot; list</source>
        <translation>c&apos;est du JSON mais pas une définition de flux : une définition est un objet avec une liste &quot;states&quot;</translation>
    </message>
</context>
<context>
    <name>DiagramSource</name>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Révision %1 de %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>The current definition</source>
        <translation>La définition actuelle</translation>
    </message>
    <message>
        <source>, published %1</source>
        <translation>, publiée %1</translation>
    </message>
    <message>
        <source>, in force when it ran, as the archive kept it.</source>
        <translation>, en vigueur quand elle a tourné, telle que l&apos;archive l&apos;a gardée.</translation>
    </message>
    <message>
        <source> — the revision this execution ran on could not be read (%1), so the flow as it is now is drawn; steps may not match it.</source>
        <translation> — la révision sur laquelle cette exécution a tourné n&apos;a pas pu être lue (%1), le flux est donc dessiné tel qu&apos;il est maintenant ; les étapes peuvent ne pas correspondre.</translation>
    </message>
    <message>
        <source> — the flow has changed since.</source>
        <translation> — le flux a changé depuis.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>what changed between two flow definitions</source>
        <translation>ce qui a changé entre deux définitions de flux</translation>
    </message>
    <message>
        <source>Compare two flow definitions widget by widget, matched by name: each widget added, removed, changed (its type, properties or transitions) or moved (only its offset on the canvas), with the paths that differ and their old and new values. The definitions are files (as Studio exports them, or a v2 Flow or Flow Revision resource) or two revisions of a flow read from Twilio. A renamed widget is a removal and an addition.</source>
        <translation>Comparer deux définitions de flux widget par widget, appariés par nom : chaque widget ajouté, supprimé, modifié (son type, ses propriétés ou ses transitions) ou déplacé (seulement sa position sur le canevas), avec les chemins qui diffèrent et leurs anciennes et nouvelles valeurs. Les définitions sont des fichiers (tels que Studio les exporte, ou une ressource v2 Flow ou Flow Revision) ou deux révisions d&apos;un flux lues chez Twilio. Un widget renommé est une suppression et un ajout.</translation>
    </message>
    <message>
        <source>A definition file; give two (the older first).</source>
        <translation>Un fichier de définition ; donnez-en deux (le plus ancien d&apos;abord).</translation>
    </message>
    <message>
        <source>The flow whose --revision&apos;s to compare.</source>
        <translation>Le flux dont les --revision sont comparées.</translation>
    </message>
    <message>
        <source>A revision of --flow (its version number); give two (the older first).</source>
        <translation>Une révision de --flow (son numéro de version) ; donnez-en deux (la plus ancienne d&apos;abord).</translation>
    </message>
    <message>
        <source>text (default: readable), jsonl (one widget a line: widget, change, paths of path, old, new) or csv (one path a row).</source>
        <translation>text (par défaut : lisible), jsonl (un widget par ligne : widget, change, paths de path, old, new) ou csv (un chemin par ligne).</translation>
    </message>
    <message>
        <source>In jsonl a path that is not on one side has null there.</source>
        <translation>En jsonl, un chemin absent d&apos;un côté y vaut null.</translation>
    </message>
    <message>
        <source>--definition %1: %2</source>
        <translation>--definition %1 : %2</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or csv</source>
        <translation>--format doit être text, jsonl ou csv</translation>
    </message>
    <message>
        <source>give two --definition files, or --flow with two --revision</source>
        <translation>donnez deux fichiers --definition, ou --flow avec deux --revision</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow doit être un SID de flux (FW suivi de 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>--revision &apos;%1&apos; is not a revision number (1 or more)</source>
        <translation>--revision &apos;%1&apos; n&apos;est pas un numéro de révision (1 ou plus)</translation>
    </message>
</context>
<context>
    <name>EndCommand</name>
    <message>
        <source>end stuck executions, once each</source>
        <translation>terminer les exécutions bloquées, une fois chacune</translation>
    </message>
    <message>
        <source>End active executions — stuck ones that block customers — once each, and say what happened to every one. The targets are always only active executions: those named by --sid (looked up in the flows given), or those of the flows that started before a time, read with Studio v2&apos;s status filter. They are listed on standard error before anything is sent. Each is read first (one that has ended meanwhile is &quot;already ended&quot; and gets nothing) and ended with one POST; a POST is sent again only after a 429 or a 503, and after an uncertain answer the execution is re-read instead. Exit 0 when every target has ended, 5 when any failed.</source>
        <translation>Terminer les exécutions actives — celles qui sont bloquées et gênent les clients —, une fois chacune, et dire ce qui est arrivé à chacune. Les cibles ne sont jamais que des exécutions actives : celles nommées par --sid (cherchées dans les flux donnés), ou celles des flux commencées avant une date, lues avec le filtre de statut de Studio v2. Elles sont listées sur la sortie d&apos;erreur avant tout envoi. Chacune est d&apos;abord lue (celle qui s&apos;est terminée entre-temps est « déjà terminée » et ne reçoit rien) puis terminée par un POST ; un POST n&apos;est renvoyé qu&apos;après un 429 ou un 503, et après une réponse incertaine l&apos;exécution est relue à la place. Sortie 0 quand chaque cible est terminée, 5 si l&apos;une a échoué.</translation>
    </message>
    <message>
        <source>A flow whose executions to end (FW…); repeat for several. Required.</source>
        <translation>Un flux dont les exécutions sont à terminer (FW…) ; répétez pour plusieurs. Obligatoire.</translation>
    </message>
    <message>
        <source>An execution to end (FN…), in one of the flows; repeatable.</source>
        <translation>Une exécution à terminer (FN…), dans l&apos;un des flux ; répétable.</translation>
    </message>
    <message>
        <source>The active executions that started more than HOURS ago.</source>
        <translation>Les exécutions actives commencées il y a plus de HEURES.</translation>
    </message>
    <message>
        <source>The active executions that started before T (ISO 8601).</source>
        <translation>Les exécutions actives commencées avant T (ISO 8601).</translation>
    </message>
    <message>
        <source>Only those of this contact: a phone number as people type it, or a client: or sip: address.</source>
        <translation>Seulement celles de ce contact : un numéro de téléphone tel qu&apos;on le tape, ou une adresse client: ou sip:.</translation>
    </message>
    <message>
        <source>A number is matched on every channel.</source>
        <translation>Un numéro est cherché sur tous les canaux.</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>Le pays des numéros tapés sans +pays (par défaut : celui des paramètres régionaux, %1).</translation>
    </message>
    <message>
        <source>Show what would be ended, and write the audit; send nothing.</source>
        <translation>Montrer ce qui serait terminé et écrire le journal ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Do not ask (needed when standard input is not a terminal).</source>
        <translation>Ne pas demander (nécessaire quand l&apos;entrée standard n&apos;est pas un terminal).</translation>
    </message>
    <message>
        <source>Without it, end asks on a terminal (more than ten: type their number).</source>
        <translation>Sans cette option, end demande sur un terminal (plus de dix : tapez leur nombre).</translation>
    </message>
    <message>
        <source>Executions ended at once, 1 to %1 (default %1).</source>
        <translation>Exécutions terminées à la fois, de 1 à %1 (%1 par défaut).</translation>
    </message>
    <message>
        <source>Write the audit CSV here (atomically): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</source>
        <translation>Écrire ici le CSV de journal (de façon atomique) : sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</translation>
    </message>
    <message>
        <source>Written whenever targets were selected, a dry run included.</source>
        <translation>Écrit dès que des cibles ont été choisies, y compris pour une simulation.</translation>
    </message>
    <message>
        <source>say which executions: --sid FN…, --stuck HOURS or --active-before T (one of them)</source>
        <translation>indiquez quelles exécutions : --sid FN…, --stuck HEURES ou --active-before T (l&apos;une d&apos;elles)</translation>
    </message>
    <message>
        <source>an execution SID</source>
        <translation>un SID d&apos;exécution</translation>
    </message>
    <message>
        <source>--stuck must be a number of hours, more than 0 and at most 720</source>
        <translation>--stuck doit être un nombre d&apos;heures, plus de 0 et au plus 720</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <source> Nothing was ended.</source>
        <translation> Rien n&apos;a été terminé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not every flow could be read: nothing was ended</source>
        <translation>tous les flux n&apos;ont pas pu être lus : rien n&apos;a été terminé</translation>
    </message>
    <message>
        <source>no active execution matches: nothing to end</source>
        <translation>aucune exécution active ne correspond : rien à terminer</translation>
    </message>
    <message>
        <source>1 active execution to end:</source>
        <translation>1 exécution active à terminer :</translation>
    </message>
    <message>
        <source>%1 active executions to end:</source>
        <translation>%1 exécutions actives à terminer :</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulation : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>refusing to end them without --yes: standard input is not a terminal to ask on</source>
        <translation>refus de les terminer sans --yes : l&apos;entrée standard n&apos;est pas un terminal où demander</translation>
    </message>
    <message>
        <source>not confirmed: nothing was sent</source>
        <translation>non confirmé : rien n&apos;a été envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n execution SID(s) given are in none of the flows given</source>
        <translation>
            <numerusform>%n SID d&apos;exécution donné n&apos;est dans aucun des flux donnés</numerusform>
            <numerusform>%n SID d&apos;exécution donnés ne sont dans aucun des flux donnés</numerusform>
        </translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>type %1 to end these %1 executions: </source>
        <translation>tapez %1 pour terminer ces %1 exécutions : </translation>
    </message>
    <message>
        <source>end this execution? [y/N] </source>
        <translation>terminer cette exécution ? [o/N] </translation>
    </message>
    <message>
        <source>end these executions? [y/N] </source>
        <translation>terminer ces exécutions ? [o/N] </translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>Twilio could not fetch the URL</source>
        <translation>Twilio n&apos;a pas pu récupérer l&apos;URL</translation>
    </message>
    <message>
        <source>The server took too long to accept the connection</source>
        <translation>Le serveur a mis trop de temps à accepter la connexion</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>Le serveur a mis trop de temps à répondre</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>La connexion au serveur a échoué</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke HTTP&apos;s rules</source>
        <translation>La réponse du serveur enfreint les règles de HTTP</translation>
    </message>
    <message>
        <source>The URL&apos;s host name does not resolve</source>
        <translation>Le nom d&apos;hôte de l&apos;URL ne se résout pas</translation>
    </message>
    <message>
        <source>The URL redirects too many times</source>
        <translation>L&apos;URL redirige trop de fois</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>La négociation TLS avec le serveur a échoué</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another domain</source>
        <translation>Le certificat du serveur est pour un autre domaine</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation>La chaîne de certificats du serveur est incomplète</translation>
    </message>
    <message>
        <source>The server&apos;s TwiML could not be parsed</source>
        <translation>Le TwiML du serveur n&apos;a pas pu être analysé</translation>
    </message>
    <message>
        <source>The TwiML names a version Twilio does not know</source>
        <translation>Le TwiML nomme une version que Twilio ne connaît pas</translation>
    </message>
    <message>
        <source>The TwiML does not start with &lt;Response&gt;</source>
        <translation>Le TwiML ne commence pas par &lt;Response&gt;</translation>
    </message>
    <message>
        <source>The TwiML does not follow its schema</source>
        <translation>Le TwiML ne suit pas son schéma</translation>
    </message>
    <message>
        <source>The server answered with the wrong Content-Type</source>
        <translation>Le serveur a répondu avec le mauvais Content-Type</translation>
    </message>
    <message>
        <source>The number dialled is invalid or not supported</source>
        <translation>Le numéro composé est invalide ou non pris en charge</translation>
    </message>
    <message>
        <source>The number dialled is on Twilio&apos;s block list</source>
        <translation>Le numéro composé est sur la liste de blocage de Twilio</translation>
    </message>
    <message>
        <source>Calls to that country are off in the geo permissions</source>
        <translation>Les appels vers ce pays sont désactivés dans les autorisations géographiques</translation>
    </message>
    <message>
        <source>Too many requests at once</source>
        <translation>Trop de requêtes à la fois</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a valid phone number</source>
        <translation>Le numéro &apos;To&apos; n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <source>Sending SMS to that region is not enabled for the account</source>
        <translation>L&apos;envoi de SMS vers cette région n&apos;est pas activé pour le compte</translation>
    </message>
    <message>
        <source>The recipient has opted out (replied STOP)</source>
        <translation>Le destinataire s&apos;est désinscrit (il a répondu STOP)</translation>
    </message>
    <message>
        <source>The sending number has too many messages queued</source>
        <translation>Le numéro d&apos;envoi a trop de messages en file d&apos;attente</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number cannot receive SMS</source>
        <translation>Le numéro &apos;To&apos; ne peut pas recevoir de SMS</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a mobile number</source>
        <translation>Le numéro &apos;To&apos; n&apos;est pas un mobile</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters</source>
        <translation>Le message dépasse 1 600 caractères</translation>
    </message>
    <message>
        <source>The message waited too long in the send queue</source>
        <translation>Le message a attendu trop longtemps dans la file d&apos;envoi</translation>
    </message>
    <message>
        <source>The account is suspended</source>
        <translation>Le compte est suspendu</translation>
    </message>
    <message>
        <source>The phone is off or out of reach</source>
        <translation>Le téléphone est éteint ou injoignable</translation>
    </message>
    <message>
        <source>The recipient or carrier blocked the message</source>
        <translation>Le destinataire ou l&apos;opérateur a bloqué le message</translation>
    </message>
    <message>
        <source>The carrier does not know the number</source>
        <translation>L&apos;opérateur ne connaît pas le numéro</translation>
    </message>
    <message>
        <source>A landline, or a carrier that cannot be reached</source>
        <translation>Une ligne fixe, ou un opérateur injoignable</translation>
    </message>
    <message>
        <source>The carrier filtered the message</source>
        <translation>L&apos;opérateur a filtré le message</translation>
    </message>
    <message>
        <source>Delivery failed for a reason the carrier did not give</source>
        <translation>La remise a échoué pour une raison que l&apos;opérateur n&apos;a pas donnée</translation>
    </message>
    <message>
        <source>A part of a multi-part message went missing</source>
        <translation>Une partie d&apos;un message en plusieurs parties a disparu</translation>
    </message>
    <message>
        <source>The message would cost more than its maximum price</source>
        <translation>Le message coûterait plus que son prix maximal</translation>
    </message>
    <message>
        <source>The number cannot receive MMS in that region</source>
        <translation>Le numéro ne peut pas recevoir de MMS dans cette région</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too short</source>
        <translation>La durée de vie du message est trop courte</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too long</source>
        <translation>La durée de vie du message est trop longue</translation>
    </message>
    <message>
        <source>The &apos;To&apos; address has invalid attributes</source>
        <translation>L&apos;adresse &apos;To&apos; a des attributs invalides</translation>
    </message>
    <message>
        <source>The channel is not supported</source>
        <translation>Le canal n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>The &apos;To&apos; and &apos;From&apos; are on channels that do not mix</source>
        <translation>&apos;To&apos; et &apos;From&apos; sont sur des canaux qui ne se mélangent pas</translation>
    </message>
    <message>
        <source>The carrier&apos;s network is congested</source>
        <translation>Le réseau de l&apos;opérateur est saturé</translation>
    </message>
    <message>
        <source>The carrier wants the sender ID registered first</source>
        <translation>L&apos;opérateur veut d&apos;abord que l&apos;identifiant d&apos;expéditeur soit enregistré</translation>
    </message>
    <message>
        <source>The content is larger than the carrier takes</source>
        <translation>Le contenu est plus grand que ce que l&apos;opérateur accepte</translation>
    </message>
    <message>
        <source>Twilio could not schedule the message</source>
        <translation>Twilio n&apos;a pas pu planifier le message</translation>
    </message>
    <message>
        <source>Twilio&apos;s messaging service failed internally</source>
        <translation>Le service de messagerie de Twilio a échoué en interne</translation>
    </message>
    <message>
        <source>Over the 10DLC campaign&apos;s sending rate</source>
        <translation>Au-dessus du débit d&apos;envoi de la campagne 10DLC</translation>
    </message>
    <message>
        <source>The 10DLC campaign&apos;s daily cap is reached</source>
        <translation>Le plafond quotidien de la campagne 10DLC est atteint</translation>
    </message>
    <message>
        <source>The numeric sender ID is not set up with the carrier</source>
        <translation>L&apos;identifiant d&apos;expéditeur numérique n&apos;est pas configuré chez l&apos;opérateur</translation>
    </message>
    <message>
        <source>Half of today&apos;s T-Mobile allowance is used</source>
        <translation>La moitié du quota T-Mobile du jour est utilisée</translation>
    </message>
    <message>
        <source>70 % of today&apos;s T-Mobile allowance is used</source>
        <translation>70 % du quota T-Mobile du jour sont utilisés</translation>
    </message>
    <message>
        <source>Today&apos;s T-Mobile allowance is used up</source>
        <translation>Le quota T-Mobile du jour est épuisé</translation>
    </message>
    <message>
        <source>The request named an API version that is not valid</source>
        <translation>La requête nommait une version d&apos;API invalide</translation>
    </message>
    <message>
        <source>The ContentRetention setting is not valid</source>
        <translation>Le réglage ContentRetention est invalide</translation>
    </message>
    <message>
        <source>The AddressRetention setting is not valid</source>
        <translation>Le réglage AddressRetention est invalide</translation>
    </message>
    <message>
        <source>The MaxRate setting is not valid</source>
        <translation>Le réglage MaxRate est invalide</translation>
    </message>
    <message>
        <source>The toll-free number is not verified yet</source>
        <translation>Le numéro gratuit n&apos;est pas encore vérifié</translation>
    </message>
    <message>
        <source>The 10DLC campaign is suspended</source>
        <translation>La campagne 10DLC est suspendue</translation>
    </message>
    <message>
        <source>The sending number is not registered for 10DLC</source>
        <translation>Le numéro d&apos;envoi n&apos;est pas enregistré pour le 10DLC</translation>
    </message>
    <message>
        <source>The sending number&apos;s 10DLC registration is not finished</source>
        <translation>L&apos;enregistrement 10DLC du numéro d&apos;envoi n&apos;est pas terminé</translation>
    </message>
    <message>
        <source>The voice connection broke</source>
        <translation>La connexion vocale a été coupée</translation>
    </message>
    <message>
        <source>The voice transport failed</source>
        <translation>Le transport de la voix a échoué</translation>
    </message>
    <message>
        <source>The SIP user dialled is not registered</source>
        <translation>L&apos;utilisateur SIP appelé n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Twilio could not talk to the SIP infrastructure</source>
        <translation>Twilio n&apos;a pas pu dialoguer avec l&apos;infrastructure SIP</translation>
    </message>
    <message>
        <source>The execution reached Studio&apos;s step limit</source>
        <translation>L&apos;exécution a atteint la limite d&apos;étapes de Studio</translation>
    </message>
    <message>
        <source>A widget ran in a loop too many times</source>
        <translation>Un widget a tourné en boucle trop de fois</translation>
    </message>
    <message>
        <source>A widget got an event it has no transition for</source>
        <translation>Un widget a reçu un événement pour lequel il n&apos;a pas de transition</translation>
    </message>
    <message>
        <source>Studio could not add a member to the chat channel</source>
        <translation>Studio n&apos;a pas pu ajouter un membre au canal de discussion</translation>
    </message>
    <message>
        <source>No condition of a split matched, and no default</source>
        <translation>Aucune condition d&apos;un embranchement n&apos;a correspondu, et il n&apos;y a pas de défaut</translation>
    </message>
    <message>
        <source>Studio could not create the chat channel</source>
        <translation>Studio n&apos;a pas pu créer le canal de discussion</translation>
    </message>
    <message>
        <source>Connecting the call took too long</source>
        <translation>La mise en relation de l&apos;appel a pris trop de temps</translation>
    </message>
    <message>
        <source>The outgoing call could not be connected</source>
        <translation>L&apos;appel sortant n&apos;a pas pu être mis en relation</translation>
    </message>
    <message>
        <source>Putting the call in a queue took too long</source>
        <translation>La mise en file d&apos;attente de l&apos;appel a pris trop de temps</translation>
    </message>
    <message>
        <source>Studio failed internally running a Function</source>
        <translation>Studio a échoué en interne en exécutant une Function</translation>
    </message>
    <message>
        <source>Studio could not send the message</source>
        <translation>Studio n&apos;a pas pu envoyer le message</translation>
    </message>
    <message>
        <source>Studio could not update the Sync service</source>
        <translation>Studio n&apos;a pas pu mettre à jour le service Sync</translation>
    </message>
    <message>
        <source>Studio could not reach the Understand API</source>
        <translation>Studio n&apos;a pas pu joindre l&apos;API Understand</translation>
    </message>
    <message>
        <source>Studio failed internally making an HTTP request</source>
        <translation>Studio a échoué en interne en faisant une requête HTTP</translation>
    </message>
    <message>
        <source>Studio could not create the TaskRouter task</source>
        <translation>Studio n&apos;a pas pu créer la tâche TaskRouter</translation>
    </message>
    <message>
        <source>The HTTP request widget&apos;s call failed</source>
        <translation>L&apos;appel du widget de requête HTTP a échoué</translation>
    </message>
    <message>
        <source>The Function answered with an error</source>
        <translation>La Function a répondu par une erreur</translation>
    </message>
    <message>
        <source>A {{…}} template in a widget could not be evaluated</source>
        <translation>Un modèle {{…}} d&apos;un widget n&apos;a pas pu être évalué</translation>
    </message>
    <message>
        <source>The phone number uses an API version Studio dropped</source>
        <translation>Le numéro de téléphone utilise une version d&apos;API que Studio a abandonnée</translation>
    </message>
    <message>
        <source>The flow was started by a trigger it does not have</source>
        <translation>Le flux a été lancé par un déclencheur qu&apos;il n&apos;a pas</translation>
    </message>
    <message>
        <source>A flow revision must be a number, LatestPublished or LatestRevision</source>
        <translation>Une révision de flux doit être un nombre, LatestPublished ou LatestRevision</translation>
    </message>
    <message>
        <source>The flow&apos;s definition is not valid</source>
        <translation>La définition du flux est invalide</translation>
    </message>
    <message>
        <source>The REST API call gave malformed To or From</source>
        <translation>L&apos;appel à l&apos;API REST a donné des To ou From malformés</translation>
    </message>
    <message>
        <source>A subflow failed</source>
        <translation>Un sous-flux a échoué</translation>
    </message>
    <message>
        <source>The flow has more widgets than Studio allows</source>
        <translation>Le flux a plus de widgets que Studio n&apos;en permet</translation>
    </message>
    <message>
        <source>The execution stopped: the flow has too many widgets</source>
        <translation>L&apos;exécution s&apos;est arrêtée : le flux a trop de widgets</translation>
    </message>
    <message>
        <source>The Function answered with a 4xx status</source>
        <translation>La Function a répondu avec un statut 4xx</translation>
    </message>
    <message>
        <source>The Function&apos;s answer was an error</source>
        <translation>La réponse de la Function était une erreur</translation>
    </message>
    <message>
        <source>The Functions deployment failed to install</source>
        <translation>Le déploiement des Functions n&apos;a pas pu s&apos;installer</translation>
    </message>
    <message>
        <source>The Function logged a warning</source>
        <translation>La Function a journalisé un avertissement</translation>
    </message>
    <message>
        <source>The Function logged an error</source>
        <translation>La Function a journalisé une erreur</translation>
    </message>
    <message>
        <source>The Function&apos;s environment context is too large</source>
        <translation>Le contexte d&apos;environnement de la Function est trop grand</translation>
    </message>
    <message>
        <source>The Function&apos;s runtime is not supported</source>
        <translation>L&apos;environnement d&apos;exécution de la Function n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>The Function&apos;s headers or cookies are too large</source>
        <translation>Les en-têtes ou cookies de la Function sont trop grands</translation>
    </message>
    <message>
        <source>The Function returned a header with several values</source>
        <translation>La Function a renvoyé un en-tête à plusieurs valeurs</translation>
    </message>
    <message>
        <source>retrying helps</source>
        <translation>réessayer aide</translation>
    </message>
    <message>
        <source>retrying does not help</source>
        <translation>réessayer n&apos;aide pas</translation>
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
        <translation>une exécution pour un ticket, en JSON</translation>
    </message>
    <message>
        <source>Fetch one execution for a ticket: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, each part exactly as the API returned it. The argument is an FN… SID (with --flow), a Twilio Console link or an API URL to the execution. One that names no single execution is refused before any request (exit 2); an unknown one exits 4.</source>
        <translation>Récupérer une exécution pour un ticket : {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, chaque partie exactement comme l&apos;API l&apos;a renvoyée. L&apos;argument est un SID FN… (avec --flow), un lien de la Console Twilio ou une URL d&apos;API de l&apos;exécution. Ce qui ne nomme pas une seule exécution est refusé avant toute requête (sortie 2) ; une exécution inconnue sort avec 4.</translation>
    </message>
    <message>
        <source>The flow of a bare FN… SID (links name it themselves).</source>
        <translation>Le flux d&apos;un SID FN… seul (les liens le nomment eux-mêmes).</translation>
    </message>
    <message>
        <source>Add the execution&apos;s steps, oldest first, each as the API returned it.</source>
        <translation>Ajouter les étapes de l&apos;exécution, les plus anciennes d&apos;abord, chacune comme l&apos;API l&apos;a renvoyée.</translation>
    </message>
    <message>
        <source>Add what Twilio kept beside it: the messages and calls it sent and got, and the Debugger alerts of its time that name it, each pinned to the step it belongs to.</source>
        <translation>Ajouter ce que Twilio a gardé à côté : les messages et appels qu&apos;elle a envoyés et reçus, et les alertes du Debugger de sa période qui la nomment, chacun rattaché à l&apos;étape à laquelle il appartient.</translation>
    </message>
    <message>
        <source>Writes &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: each resource as the API returned it, with &quot;step&quot; (the SID of its step, or null) and &quot;widget&quot; first; an alert also &quot;probable&quot; when it names only the flow and was placed by its time and URL. A resource past its retention is {&quot;available&quot;: false, &quot;reason&quot;}; alerts are null when this key cannot read the Debugger.</source>
        <translation>Écrit &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]} : chaque ressource comme l&apos;API l&apos;a renvoyée, avec &quot;step&quot; (le SID de son étape, ou null) et &quot;widget&quot; en tête ; une alerte a aussi &quot;probable&quot; quand elle ne nomme que le flux et a été placée par son heure et son URL. Une ressource au-delà de sa conservation est {&quot;available&quot;: false, &quot;reason&quot;} ; alerts vaut null quand cette clé ne peut pas lire le Debugger.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (members keep their order).</source>
        <translation>Indenter le JSON pour le lire (les membres gardent leur ordre).</translation>
    </message>
    <message>
        <source>Also draw the execution&apos;s path on the flow&apos;s diagram (the revision it ran on) to FILE.svg or FILE.png; no display needed.</source>
        <translation>Dessiner aussi le chemin de l&apos;exécution sur le diagramme du flux (la révision sur laquelle elle a tourné) dans FICHIER.svg ou FICHIER.png ; pas besoin d&apos;écran.</translation>
    </message>
    <message>
        <source>Standard error says which revision was drawn.</source>
        <translation>La sortie d&apos;erreur indique quelle révision a été dessinée.</translation>
    </message>
    <message>
        <source>Read the execution from the archive (flowscope archive sync), not from Twilio: any date, offline, the same JSON.</source>
        <translation>Lire l&apos;exécution dans l&apos;archive (flowscope archive sync), pas chez Twilio : toute date, hors ligne, le même JSON.</translation>
    </message>
    <message>
        <source>--related gives what a sync with --related kept; --diagram still reads the flow&apos;s definition from Twilio.</source>
        <translation>--related donne ce qu&apos;une synchronisation avec --related a gardé ; --diagram lit toujours la définition du flux chez Twilio.</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow doit être un SID de flux (FW suivi de 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution: flowscope executions --view LINK</source>
        <translation>ce lien ouvre une vue, pas une exécution : flowscope executions --view LIEN</translation>
    </message>
    <message>
        <source>the link&apos;s execution is of flow %1, not of --flow %2</source>
        <translation>l&apos;exécution du lien est du flux %1, pas de --flow %2</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>donnez --flow</translation>
    </message>
    <message>
        <source>--diagram: the file name must end in .svg or .png</source>
        <translation>--diagram : le nom du fichier doit finir par .svg ou .png</translation>
    </message>
    <message>
        <source>--diagram: this build cannot draw</source>
        <translation>--diagram : cette compilation ne sait pas dessiner</translation>
    </message>
</context>
<context>
    <name>ExecutionQuery</name>
    <message>
        <source>Pick a flow first.</source>
        <translation>Choisissez d&apos;abord un flux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits.</source>
        <translation>&apos;%1&apos; n&apos;est pas un SID de flux : il doit être FW suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The date range is not a valid time.</source>
        <translation>La période n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>The start of the range must be before its end.</source>
        <translation>Le début de la période doit précéder sa fin.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 1000, not %1.</source>
        <translation>La taille de page doit être de 1 à 1000, pas %1.</translation>
    </message>
</context>
<context>
    <name>ExecutionRef</name>
    <message>
        <source>No execution SID found: paste an FN… SID (FN and 32 hex digits) or a Twilio Console link to an execution.</source>
        <translation>Aucun SID d&apos;exécution trouvé : collez un SID FN… (FN et 32 chiffres hexadécimaux) ou un lien de la Console Twilio vers une exécution.</translation>
    </message>
    <message>
        <source>That names %1 executions; paste one.</source>
        <translation>Cela nomme %1 exécutions ; collez-en une.</translation>
    </message>
    <message>
        <source>That names %1 flows; paste one execution&apos;s link or SID.</source>
        <translation>Cela nomme %1 flux ; collez le lien ou le SID d&apos;une exécution.</translation>
    </message>
    <message>
        <source>Studio finds an execution within its flow: %1, or paste a Twilio Console link, which names both.</source>
        <translation>Studio trouve une exécution dans son flux : %1, ou collez un lien de la Console Twilio, qui nomme les deux.</translation>
    </message>
    <message>
        <source>pick the flow first</source>
        <translation>choisissez d&apos;abord le flux</translation>
    </message>
    <message>
        <source>the execution has no sid</source>
        <translation>l&apos;exécution n&apos;a pas de sid</translation>
    </message>
</context>
<context>
    <name>ExecutionsCommand</name>
    <message>
        <source>export a flow&apos;s executions</source>
        <translation>exporter les exécutions d&apos;un flux</translation>
    </message>
    <message>
        <source>Export a flow&apos;s executions, newest first, streamed as they arrive.</source>
        <translation>Exporter les exécutions d&apos;un flux, les plus récentes d&apos;abord, en flux continu à mesure qu&apos;elles arrivent.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (FW followed by 32 hex digits).</source>
        <translation>Le SID du flux (FW suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>A saved view (flowscope views list) or a flowscope://view link: its flow, range, filters and columns; options given beside it win.</source>
        <translation>Une vue enregistrée (flowscope views list) ou un lien flowscope://view : son flux, sa période, ses filtres et ses colonnes ; les options données à côté priment.</translation>
    </message>
    <message>
        <source>A relative range (last-24-hours) is counted from now. Columns the outcome gives (ended_at, last_event, step_count, error_code) turn --outcome on.</source>
        <translation>Une période relative (last-24-hours) se compte à partir de maintenant. Les colonnes que donne le résultat (ended_at, last_event, step_count, error_code) activent --outcome.</translation>
    </message>
    <message>
        <source>Only executions started at or after T: ISO 8601 with Z or an offset, or local time without one.</source>
        <translation>Seulement les exécutions commencées à T ou après : ISO 8601 avec Z ou un décalage, ou heure locale sans.</translation>
    </message>
    <message>
        <source>2026-11-01T09:00:00+05:30; a date alone is local midnight.</source>
        <translation>2026-11-01T09:00:00+05:30 ; une date seule est minuit heure locale.</translation>
    </message>
    <message>
        <source>Only executions started before T.</source>
        <translation>Seulement les exécutions commencées avant T.</translation>
    </message>
    <message>
        <source>Executions per request, 1 to 1000 (default 1000).</source>
        <translation>Exécutions par requête, de 1 à 1000 (1000 par défaut).</translation>
    </message>
    <message>
        <source>Stop after N executions read (crawls sequentially); the filters then write those of them they keep.</source>
        <translation>S&apos;arrêter après N exécutions lues (lecture séquentielle) ; les filtres écrivent ensuite celles qu&apos;ils gardent.</translation>
    </message>
    <message>
        <source>Only the executions that failed (reads each one&apos;s outcome, as --outcome does).</source>
        <translation>Seulement les exécutions qui ont échoué (lit le résultat de chacune, comme --outcome).</translation>
    </message>
    <message>
        <source>Only the executions whose SID or contact address holds TEXT (any case), as the window&apos;s quick filter.</source>
        <translation>Seulement les exécutions dont le SID ou l&apos;adresse de contact contient TEXTE (sans tenir compte de la casse), comme le filtre rapide de la fenêtre.</translation>
    </message>
    <message>
        <source>csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells, for people; needs -o).</source>
        <translation>csv (par défaut, RFC 4180), tsv, jsonl (chaque exécution exactement comme l&apos;API l&apos;a renvoyée) ou xlsx (un classeur aux cellules typées, pour les humains ; nécessite -o).</translation>
    </message>
    <message>
        <source>csv has a header of API field names and CRLF line ends; tsv uses the same quoting with tabs.</source>
        <translation>csv a un en-tête de noms de champs de l&apos;API et des fins de ligne CRLF ; tsv utilise les mêmes guillemets avec des tabulations.</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Colonnes séparées par des virgules pour csv/tsv/xlsx : %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>Fetch each execution&apos;s context and add it as a &apos;context&apos; column of compact JSON (csv/tsv) or field (jsonl).</source>
        <translation>Récupérer le contexte de chaque exécution et l&apos;ajouter en colonne &apos;context&apos; de JSON compact (csv/tsv) ou en champ (jsonl).</translation>
    </message>
    <message>
        <source>Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits (repeatable).</source>
        <translation>Ajouter une colonne avec la valeur à CHEMIN dans le contexte, par ex. widgets.gather_1.Digits (répétable).</translation>
    </message>
    <message>
        <source>As a Studio variable names it: flow.data[&quot;first name&quot;] works too.</source>
        <translation>Comme une variable Studio le nomme : flow.data[&quot;first name&quot;] fonctionne aussi.</translation>
    </message>
    <message>
        <source>Write times in local time with their offset instead of UTC as the API gives them.</source>
        <translation>Écrire les heures en heure locale avec leur décalage au lieu de l&apos;UTC que donne l&apos;API.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Commencer le fichier par une marque d&apos;ordre d&apos;octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB CR).</source>
        <translation>Écrire les cellules telles quelles, même celles qu&apos;un tableur exécuterait comme formules (= + - @ TAB CR).</translation>
    </message>
    <message>
        <source>By default such a cell gets a leading apostrophe; plain numbers and E.164 phone numbers stay as they are.</source>
        <translation>Par défaut, une telle cellule reçoit une apostrophe initiale ; les nombres simples et les numéros E.164 restent tels quels.</translation>
    </message>
    <message>
        <source>Read each execution&apos;s steps and add its outcome: ended_at, last_event, step_count and failed columns (jsonl: an &apos;outcome&apos; object). Failed means a failure event (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) or a widget&apos;s status_code of 400 or more.</source>
        <translation>Lire les étapes de chaque exécution et ajouter son résultat : colonnes ended_at, last_event, step_count et failed (jsonl : un objet &apos;outcome&apos;). Échouée signifie un événement d&apos;échec (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) ou un status_code de widget de 400 ou plus.</translation>
    </message>
    <message>
        <source>Unknown outcomes are written, counted on standard error, and make the command exit 5 when a request failed for good.</source>
        <translation>Les résultats inconnus sont écrits, comptés sur la sortie d&apos;erreur, et font sortir la commande avec 5 quand une requête a échoué pour de bon.</translation>
    </message>
    <message>
        <source>Requests in flight at most for --outcome and --context (default %1 with --outcome, 8 for --context alone).</source>
        <translation>Requêtes simultanées au plus pour --outcome et --context (par défaut %1 avec --outcome, 8 pour --context seul).</translation>
    </message>
    <message>
        <source>Shared between the slices.</source>
        <translation>Partagées entre les tranches.</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4; 1 is a plain sequential crawl).</source>
        <translation>Lire K tranches de temps à la fois (4 par défaut ; 1 est une lecture séquentielle simple).</translation>
    </message>
    <message>
        <source>The output is the same bytes either way: each SID is written once, the first time it comes. Slices that wait their turn are spooled to unnamed temporary files beside the output file, so memory does not grow with the rows.</source>
        <translation>La sortie est la même à l&apos;octet près dans les deux cas : chaque SID est écrit une fois, la première fois qu&apos;il arrive. Les tranches qui attendent leur tour sont mises de côté dans des fichiers temporaires sans nom à côté du fichier de sortie, pour que la mémoire ne grossisse pas avec les lignes.</translation>
    </message>
    <message>
        <source>Read the executions from the archive (flowscope archive sync), not from Twilio: any date, offline, the same output.</source>
        <translation>Lire les exécutions dans l&apos;archive (flowscope archive sync), pas chez Twilio : toute date, hors ligne, la même sortie.</translation>
    </message>
    <message>
        <source>--outcome gives what the sync read; --page-size, --parallel and --concurrency do not apply.</source>
        <translation>--outcome donne ce que la synchronisation a lu ; --page-size, --parallel et --concurrency ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>--view: that link opens an execution: flowscope execution LINK</source>
        <translation>--view : ce lien ouvre une exécution : flowscope execution LIEN</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>il n&apos;y a pas de vue nommée &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>--flow or --view is required (see --help)</source>
        <translation>--flow ou --view est obligatoire (voir --help)</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size doit être un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>--limit must be a number of executions, 0 or more</source>
        <translation>--limit doit être un nombre d&apos;exécutions, 0 ou plus</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>un nombre de tranches</translation>
    </message>
    <message>
        <source>--context-path &apos;%1&apos; is not a path such as widgets.gather_1.Digits or flow.data[&quot;first name&quot;]</source>
        <translation>--context-path &apos;%1&apos; n&apos;est pas un chemin comme widgets.gather_1.Digits ou flow.data[&quot;first name&quot;]</translation>
    </message>
</context>
<context>
    <name>ExecutionsExport</name>
    <message>
        <source> Nothing was written.</source>
        <translation> Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are written as unknown</source>
        <translation>avertissement : l&apos;archive n&apos;a pas de résultat pour %1 exécution(s) ; elles sont écrites comme inconnues</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) had no context any more (expired?); their context is null.</source>
        <translation>avertissement : %1 exécution(s) n&apos;avaient plus de contexte (expiré ?) ; leur contexte est null.</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>the page is %1</source>
        <translation>la page est %1</translation>
    </message>
    <message>
        <source>the page is not a JSON object</source>
        <translation>la page n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>the page has no meta object</source>
        <translation>la page n&apos;a pas d&apos;objet meta</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; array</source>
        <translation>la page n&apos;a pas de tableau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 of the page is not an object</source>
        <translation>l&apos;élément %1 de la page n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the page&apos;s &apos;%1&apos; array could not be delimited</source>
        <translation>le tableau &apos;%1&apos; de la page n&apos;a pas pu être délimité</translation>
    </message>
    <message>
        <source>the answer is not one execution</source>
        <translation>la réponse n&apos;est pas une exécution</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message numerus="yes">
        <source>%n row(s) had text longer than a spreadsheet cell holds (32,767 characters); it was cut there and marked. Export JSONL for the whole text.</source>
        <translation>
            <numerusform>%n ligne avait un texte plus long que ce que contient une cellule de tableur (32 767 caractères) ; il a été coupé là et marqué. Exportez en JSONL pour le texte entier.</numerusform>
            <numerusform>%n lignes avaient un texte plus long que ce que contient une cellule de tableur (32 767 caractères) ; il a été coupé là et marqué. Exportez en JSONL pour le texte entier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows continue on %n sheet(s) (a sheet holds 1,048,575 rows).</source>
        <translation>
            <numerusform>Les lignes continuent sur %n feuille (une feuille contient 1 048 575 lignes).</numerusform>
            <numerusform>Les lignes continuent sur %n feuilles (une feuille contient 1 048 575 lignes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>The flow definition is %1.</source>
        <translation>La définition du flux est %1.</translation>
    </message>
    <message>
        <source>The flow definition is not a JSON object.</source>
        <translation>La définition du flux n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The flow definition has no &quot;states&quot; list, so it is not a Studio flow.</source>
        <translation>La définition du flux n&apos;a pas de liste &quot;states&quot;, ce n&apos;est donc pas un flux Studio.</translation>
    </message>
    <message>
        <source>The flow definition&apos;s &quot;states&quot; is not a list.</source>
        <translation>Le &quot;states&quot; de la définition du flux n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; is not an object; it is left out.</source>
        <translation>L&apos;entrée %1 de &quot;states&quot; n&apos;est pas un objet ; elle est écartée.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; has no name; it is drawn as &quot;%2&quot;.</source>
        <translation>L&apos;entrée %1 de &quot;states&quot; n&apos;a pas de nom ; elle est dessinée comme &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; names its target with &quot;name&quot; instead of &quot;next&quot;; read as &quot;next&quot;.</source>
        <translation>%1 : la transition sur &quot;%2&quot; nomme sa cible avec &quot;name&quot; au lieu de &quot;next&quot; ; lue comme &quot;next&quot;.</translation>
    </message>
    <message>
        <source>Two widgets are named &quot;%1&quot;; steps are drawn on the first.</source>
        <translation>Deux widgets s&apos;appellent &quot;%1&quot; ; les étapes sont dessinées sur le premier.</translation>
    </message>
    <message>
        <source>The initial state &quot;%1&quot; is not a widget of the flow.</source>
        <translation>L&apos;état initial &quot;%1&quot; n&apos;est pas un widget du flux.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; leads to &quot;%3&quot;, which is not a widget of the flow.</source>
        <translation>%1 : la transition sur &quot;%2&quot; mène à &quot;%3&quot;, qui n&apos;est pas un widget du flux.</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) had no position on the canvas; drawn in a row below the others.</source>
        <translation>
            <numerusform>%n widget n&apos;avait pas de position sur le canevas ; dessiné sur une rangée sous les autres.</numerusform>
            <numerusform>%n widgets n&apos;avaient pas de position sur le canevas ; dessinés sur une rangée sous les autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowPath</name>
    <message>
        <source>&quot;%1&quot; is not a widget of this definition (renamed or removed since?); it is drawn apart.</source>
        <translation>&quot;%1&quot; n&apos;est pas un widget de cette définition (renommé ou supprimé depuis ?) ; il est dessiné à part.</translation>
    </message>
    <message>
        <source>(subflow)</source>
        <translation>(sous-flux)</translation>
    </message>
    <message>
        <source>%1: the step on &quot;%2&quot; to &quot;%3&quot; is not a transition of this definition; drawn as a loose edge.</source>
        <translation>%1 : l&apos;étape sur &quot;%2&quot; vers &quot;%3&quot; n&apos;est pas une transition de cette définition ; dessinée comme arête libre.</translation>
    </message>
</context>
<context>
    <name>FlowScopeLink</name>
    <message>
        <source>That link is longer than %1 characters; FlowScope makes none so long.</source>
        <translation>Ce lien dépasse %1 caractères ; FlowScope n&apos;en crée pas d&apos;aussi longs.</translation>
    </message>
    <message>
        <source>That is not a FlowScope link (flowscope://execution/FN…?flow=FW… or flowscope://view?…).</source>
        <translation>Ce n&apos;est pas un lien FlowScope (flowscope://execution/FN…?flow=FW… ou flowscope://view?…).</translation>
    </message>
    <message>
        <source>A FlowScope link holds no spaces, control or non-ASCII characters; copy it again.</source>
        <translation>Un lien FlowScope ne contient ni espaces, ni caractères de contrôle, ni caractères non ASCII ; copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>A FlowScope link starts flowscope:// .</source>
        <translation>Un lien FlowScope commence par flowscope:// .</translation>
    </message>
    <message>
        <source>A FlowScope link names what to show, never a user, password, host or port; this one does, and is not opened.</source>
        <translation>Un lien FlowScope nomme ce qu&apos;il faut montrer, jamais un utilisateur, un mot de passe, un hôte ou un port ; celui-ci le fait, et n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>A FlowScope link opens an execution or a view (flowscope://execution/… or flowscope://view?…).</source>
        <translation>Un lien FlowScope ouvre une exécution ou une vue (flowscope://execution/… ou flowscope://view?…).</translation>
    </message>
    <message>
        <source>That link gives &apos;%1&apos; more than once; it is not opened.</source>
        <translation>Ce lien donne &apos;%1&apos; plus d&apos;une fois ; il n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The link&apos;s account is not an account SID (AC and 32 hex digits).</source>
        <translation>Le compte du lien n&apos;est pas un Account SID (AC et 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The link names no execution: flowscope://execution/FN… (FN and 32 hex digits).</source>
        <translation>Le lien ne nomme aucune exécution : flowscope://execution/FN… (FN et 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The link names no flow: …?flow=FW… (FW and 32 hex digits); Studio finds an execution within its flow.</source>
        <translation>Le lien ne nomme aucun flux : …?flow=FW… (FW et 32 chiffres hexadécimaux) ; Studio trouve une exécution dans son flux.</translation>
    </message>
    <message>
        <source>A view&apos;s link is flowscope://view?… with nothing between view and ?.</source>
        <translation>Le lien d&apos;une vue est flowscope://view?… sans rien entre view et ?.</translation>
    </message>
    <message>
        <source>That view link cannot be opened: %1.</source>
        <translation>Ce lien de vue ne peut pas être ouvert : %1.</translation>
    </message>
</context>
<context>
    <name>FlowTraffic</name>
    <message numerus="yes">
        <source>%n widget(s) that executions passed through are not in this definition (renamed or removed since they ran?): %1 — drawn apart.</source>
        <translation>
            <numerusform>%n widget traversé par des exécutions n&apos;est pas dans cette définition (renommé ou supprimé depuis leur passage ?) : %1 — dessiné à part.</numerusform>
            <numerusform>%n widgets traversés par des exécutions ne sont pas dans cette définition (renommés ou supprimés depuis leur passage ?) : %1 — dessinés à part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) took a transition this definition does not have; drawn dashed.</source>
        <translation>
            <numerusform>%n exécution a pris une transition que cette définition n&apos;a pas ; dessinée en pointillés.</numerusform>
            <numerusform>%n exécutions ont pris une transition que cette définition n&apos;a pas ; dessinée en pointillés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsCommand</name>
    <message>
        <source>list the account&apos;s flows</source>
        <translation>lister les flux du compte</translation>
    </message>
    <message>
        <source>List the account&apos;s Studio flows: sid, friendly_name, status, version, date_created, date_updated.</source>
        <translation>Lister les flux Studio du compte : sid, friendly_name, status, version, date_created, date_updated.</translation>
    </message>
    <message>
        <source>tsv (default), csv or jsonl (each flow exactly as the API returned it).</source>
        <translation>tsv (par défaut), csv ou jsonl (chaque flux exactement comme l&apos;API l&apos;a renvoyé).</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>JSON invalide : il est vide</translation>
    </message>
    <message>
        <source>not valid JSON: it looks like an HTML or XML page</source>
        <translation>JSON invalide : cela ressemble à une page HTML ou XML</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes in the middle of a string (cut off on the way?)</source>
        <translation>JSON invalide : il se termine après %1 octets au milieu d&apos;une chaîne (coupé en route ?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with an object or array still open (cut off on the way?)</source>
        <translation>JSON invalide : il se termine après %1 octets avec un objet ou un tableau encore ouvert (coupé en route ?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with %2 objects or arrays still open (cut off on the way?)</source>
        <translation>JSON invalide : il se termine après %1 octets avec %2 objets ou tableaux encore ouverts (coupé en route ?)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON invalide</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>a flowscope:// link to an execution or a saved view</source>
        <translation>un lien flowscope:// vers une exécution ou une vue enregistrée</translation>
    </message>
    <message>
        <source>Print a flowscope:// link for a ticket or a chat: a colleague&apos;s click opens it in their FlowScope window (the one running, or a new one). The link names the execution and its flow, or a view&apos;s query, and the account they are of — never credentials or an origin. An execution is given by its SID with --flow, or by a Console link; a view by its name (flowscope views list).</source>
        <translation>Afficher un lien flowscope:// pour un ticket ou une discussion : le clic d&apos;un collègue l&apos;ouvre dans sa fenêtre FlowScope (celle qui tourne, ou une nouvelle). Le lien nomme l&apos;exécution et son flux, ou la requête d&apos;une vue, et le compte auquel ils appartiennent — jamais d&apos;identifiants ni d&apos;origine. Une exécution se donne par son SID avec --flow, ou par un lien de la Console ; une vue par son nom (flowscope views list).</translation>
    </message>
    <message>
        <source>The execution&apos;s flow (FW…); a Console link names it already.</source>
        <translation>Le flux de l&apos;exécution (FW…) ; un lien de la Console le nomme déjà.</translation>
    </message>
    <message>
        <source>A saved view of the profile.</source>
        <translation>Une vue enregistrée du profil.</translation>
    </message>
    <message>
        <source>give an execution or --view, not both</source>
        <translation>donnez une exécution ou --view, pas les deux</translation>
    </message>
    <message>
        <source>give one execution (FN… with --flow, or a link), or --view NAME</source>
        <translation>donnez une exécution (FN… avec --flow, ou un lien), ou --view NOM</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow doit être un SID de flux (FW suivi de 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>donnez --flow</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>the execution has ended but lists no steps</source>
        <translation>l&apos;exécution est terminée mais ne liste aucune étape</translation>
    </message>
    <message>
        <source>its context could not be read to check the widgets&apos; status codes</source>
        <translation>son contexte n&apos;a pas pu être lu pour vérifier les codes de statut des widgets</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>%1: its message was not delivered (%2)</source>
        <translation>%1 : son message n&apos;a pas été remis (%2)</translation>
    </message>
    <message>
        <source>%1: its message was not delivered</source>
        <translation>%1 : son message n&apos;a pas été remis</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>un classeur est un fichier, pas du texte pour un terminal ou un tube : donnez -o FICHIER.xlsx</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the output could not be written (disk full?); an existing file was left as it was</source>
        <translation>la sortie n&apos;a pas pu être écrite (disque plein ?) ; un fichier existant a été laissé tel quel</translation>
    </message>
    <message>
        <source>the output could not be written to %1 (is it full?)</source>
        <translation>la sortie n&apos;a pas pu être écrite dans %1 (est-il plein ?)</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>la sortie n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>PostgresArchive</name>
    <message>
        <source>the archive %1 needs Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed</source>
        <translation>l&apos;archive %1 a besoin du pilote PostgreSQL de Qt (Debian : libqt6sql6-psql), qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source>the archive %1 could not be reached: %2</source>
        <translation>l&apos;archive %1 n&apos;a pas pu être jointe : %2</translation>
    </message>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>l&apos;archive %1 : %2 : %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>l&apos;archive %1 : %2</translation>
    </message>
    <message>
        <source>the archive %1: preparing it: %2</source>
        <translation>l&apos;archive %1 : en la préparant : %2</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>l&apos;archive %1 a été créée par un FlowScope plus récent (schéma %2 ; celui-ci lit jusqu&apos;au %3) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>en la migrant</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>en écrivant %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>en écrivant</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>en écrivant son index de texte</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>en indexant son texte</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>en lisant</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>en supprimant</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Un nom de profil compte de 1 à 64 lettres, chiffres, espaces, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>L&apos;Account SID doit être AC suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>Le SID de la clé d&apos;API doit être SK suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>Profil &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>saved accounts</source>
        <translation>comptes enregistrés</translation>
    </message>
    <message>
        <source>Saved accounts, as twilio-cli&apos;s profiles: the secret in the OS keychain (service flowscope), the rest in the settings file. add reads the secret (the Auth Token, or the API key&apos;s secret with --api-key) from standard input when it is not a terminal, else asks for it without echo — never from an argument; without a keychain that answers, or with it locked, nothing is written and the exit status is 7. list shows each profile&apos;s account, region, edge, origin and whether its secret is in the keychain, never the secret. remove deletes the keychain entry, then the profile. use makes a profile the one the window and the commands open by default.</source>
        <translation>Comptes enregistrés, comme les profils de twilio-cli : le secret dans le trousseau du système (service flowscope), le reste dans le fichier de réglages. add lit le secret (l&apos;Auth Token, ou le secret de la clé d&apos;API avec --api-key) sur l&apos;entrée standard quand ce n&apos;est pas un terminal, sinon le demande sans écho — jamais depuis un argument ; sans trousseau qui réponde, ou s&apos;il est verrouillé, rien n&apos;est écrit et le code de sortie est 7. list montre le compte, la région, l&apos;edge, l&apos;origine de chaque profil et si son secret est dans le trousseau, jamais le secret. remove supprime l&apos;entrée du trousseau, puis le profil. use fait d&apos;un profil celui qu&apos;ouvrent par défaut la fenêtre et les commandes.</translation>
    </message>
    <message>
        <source>list: tsv (default) or jsonl.</source>
        <translation>list : tsv (par défaut) ou jsonl.</translation>
    </message>
    <message>
        <source>add: the Account SID (AC…). Required.</source>
        <translation>add : l&apos;Account SID (AC…). Obligatoire.</translation>
    </message>
    <message>
        <source>add: sign in with this API key (SK…); the secret read is then its secret.</source>
        <translation>add : se connecter avec cette clé d&apos;API (SK…) ; le secret lu est alors le sien.</translation>
    </message>
    <message>
        <source>add: Twilio region, e.g. ie1.</source>
        <translation>add : région Twilio, par ex. ie1.</translation>
    </message>
    <message>
        <source>add: Twilio edge, e.g. dublin.</source>
        <translation>add : edge Twilio, par ex. dublin.</translation>
    </message>
    <message>
        <source>add: another API origin (a sandbox; http only for loopback).</source>
        <translation>add : une autre origine d&apos;API (un bac à sable ; http seulement pour le loopback).</translation>
    </message>
    <message>
        <source>add: replace a profile of that name.</source>
        <translation>add : remplacer un profil de ce nom.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>that option is not one of profiles %1 (see --help)</source>
        <translation>cette option n&apos;est pas une option de profiles %1 (voir --help)</translation>
    </message>
    <message>
        <source>profiles list takes no name</source>
        <translation>profiles list ne prend pas de nom</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of profiles: the actions are list, add, remove and use</source>
        <translation>action inconnue &apos;%1&apos; de profiles : les actions sont list, add, remove et use</translation>
    </message>
    <message>
        <source>profiles %1 takes one profile name</source>
        <translation>profiles %1 prend un nom de profil</translation>
    </message>
    <message>
        <source>say what to do: profiles %1</source>
        <translation>indiquez quoi faire : profiles %1</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format doit être tsv ou jsonl</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles list)</source>
        <translation>il n&apos;y a pas de profil nommé &apos;%1&apos; (flowscope profiles list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the profile the window and the commands open.</source>
        <translation>&apos;%1&apos; est désormais le profil qu&apos;ouvrent la fenêtre et les commandes.</translation>
    </message>
    <message>
        <source>; profile &apos;%1&apos; was kept</source>
        <translation> ; le profil &apos;%1&apos; a été gardé</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>Profil &apos;%1&apos; et son secret supprimés.</translation>
    </message>
    <message>
        <source>--account-sid is required</source>
        <translation>--account-sid est obligatoire</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists; give --force to replace it</source>
        <translation>un profil nommé &apos;%1&apos; existe ; donnez --force pour le remplacer</translation>
    </message>
    <message>
        <source>Secret of API key %1</source>
        <translation>Secret de la clé d&apos;API %1</translation>
    </message>
    <message>
        <source>Auth Token of %1</source>
        <translation>Auth Token de %1</translation>
    </message>
    <message>
        <source>no secret was given (pipe it on standard input, or type it at the prompt); nothing was saved</source>
        <translation>aucun secret n&apos;a été donné (passez-le sur l&apos;entrée standard, ou tapez-le à l&apos;invite) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation> ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;; its secret is in the keychain.</source>
        <translation>Profil &apos;%1&apos; enregistré ; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <source>no keychain answers (a Secret Service such as GNOME Keyring or KWallet): %1</source>
        <translation>aucun trousseau ne répond (un Secret Service comme GNOME Keyring ou KWallet) : %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>le trousseau a refusé : %1</translation>
    </message>
</context>
<context>
    <name>Related</name>
    <message>
        <source>Message %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Message %1 : plus chez Twilio (supprimé, ou au-delà de sa conservation)</translation>
    </message>
    <message>
        <source>Message %1 (not read)</source>
        <translation>Message %1 (non lu)</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Message %1 : %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Message de %1 : %2</translation>
    </message>
    <message>
        <source>Message to %1: %2 — %3</source>
        <translation>Message à %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Message to %1: %2</source>
        <translation>Message à %1 : %2</translation>
    </message>
    <message>
        <source>Call %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Appel %1 : plus chez Twilio (supprimé, ou au-delà de sa conservation)</translation>
    </message>
    <message>
        <source>Call %1 (not read)</source>
        <translation>Appel %1 (non lu)</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Appel %1 : %2</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3, %4 s</source>
        <translation>Appel %1 → %2 : %3, %4 s</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3</source>
        <translation>Appel %1 → %2 : %3</translation>
    </message>
    <message>
        <source>Debugger %1: %2 (probable: it names only the flow)</source>
        <translation>Debugger %1 : %2 (probable : elle ne nomme que le flux)</translation>
    </message>
    <message>
        <source>Debugger %1: %2</source>
        <translation>Debugger %1 : %2</translation>
    </message>
    <message>
        <source>SMS %1</source>
        <translation>SMS %1</translation>
    </message>
    <message>
        <source>SMS gone</source>
        <translation>SMS disparu</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>appel %1</translation>
    </message>
    <message>
        <source>call gone</source>
        <translation>appel disparu</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
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
        <translation>plus chez Twilio (supprimé, ou au-delà de sa conservation)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>not what execution --related writes</source>
        <translation>ce n&apos;est pas ce qu&apos;écrit execution --related</translation>
    </message>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>cette clé ne peut pas lire le Debugger</translation>
    </message>
</context>
<context>
    <name>RelatedResources</name>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>its &apos;sid&apos; is not a %1 SID</source>
        <translation>son &apos;sid&apos; n&apos;est pas un SID %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source> Nothing was written.</source>
        <translation> Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1&apos;s definition could not be read: %2 Nothing was written.</source>
        <translation>la définition de %1 n&apos;a pas pu être lue : %2 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>warning: %1&apos;s revisions could not be listed (%2); published_at is left empty</source>
        <translation>avertissement : les révisions de %1 n&apos;ont pas pu être listées (%2) ; published_at reste vide</translation>
    </message>
    <message>
        <source>the archive holds none of its revisions</source>
        <translation>l&apos;archive ne contient aucune de ses révisions</translation>
    </message>
    <message>
        <source>%1&apos;s definition: %2. Nothing was written.</source>
        <translation>la définition de %1 : %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are counted as unknown</source>
        <translation>avertissement : l&apos;archive n&apos;a pas de résultat pour %1 exécution(s) ; elles sont comptées comme inconnues</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) did not say which revision they ran on (no flow_version); they are counted under revision null</source>
        <translation>avertissement : %1 exécution(s) n&apos;ont pas dit sur quelle révision elles ont tourné (pas de flow_version) ; elles sont comptées sous la révision null</translation>
    </message>
</context>
<context>
    <name>RevisionsDiff</name>
    <message>
        <source>revision %1 of %2: %3</source>
        <translation>révision %1 de %2 : %3</translation>
    </message>
    <message>
        <source>revision %1 of %2 holds no definition FlowScope can read: %3</source>
        <translation>la révision %1 de %2 ne contient aucune définition que FlowScope sache lire : %3</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>the view gives &apos;%1&apos; more than once</source>
        <translation>la vue donne &apos;%1&apos; plus d&apos;une fois</translation>
    </message>
    <message>
        <source>the view names no flow (flow=FW…)</source>
        <translation>la vue ne nomme aucun flux (flow=FW…)</translation>
    </message>
    <message>
        <source>the view&apos;s flow is not a flow SID (FW and 32 hex digits)</source>
        <translation>le flux de la vue n&apos;est pas un SID de flux (FW et 32 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>the view gives both a range and from/to; one of them</source>
        <translation>la vue donne à la fois une période et from/to ; un seul des deux</translation>
    </message>
    <message>
        <source>the view&apos;s %1 is not a time of 2000 to 2100 with Z or an offset (2026-11-01T09:00:00Z)</source>
        <translation>le %1 de la vue n&apos;est pas une heure entre 2000 et 2100 avec Z ou un décalage (2026-11-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>the view&apos;s from is not before its to</source>
        <translation>le from de la vue ne précède pas son to</translation>
    </message>
    <message>
        <source>the view&apos;s range is not one of %1</source>
        <translation>la période de la vue n&apos;est pas l&apos;une de %1</translation>
    </message>
    <message>
        <source>the view&apos;s failed is 1 or 0</source>
        <translation>le failed de la vue vaut 1 ou 0</translation>
    </message>
    <message>
        <source>the view&apos;s filter is longer than %1 characters or holds control characters</source>
        <translation>le filtre de la vue dépasse %1 caractères ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the view&apos;s columns are some of %1</source>
        <translation>les colonnes de la vue sont prises parmi %1</translation>
    </message>
    <message>
        <source>the view names the column %1 twice</source>
        <translation>la vue nomme deux fois la colonne %1</translation>
    </message>
    <message>
        <source>the view sorts by a column that is not one of %1</source>
        <translation>la vue trie par une colonne qui n&apos;est pas l&apos;une de %1</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>une vue a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>a view&apos;s name is at most %1 characters</source>
        <translation>le nom d&apos;une vue compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>a view&apos;s name holds no control characters</source>
        <translation>le nom d&apos;une vue ne contient pas de caractères de contrôle</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a customer across every flow</source>
        <translation>un client dans tous les flux</translation>
    </message>
    <message>
        <source>Find a customer&apos;s executions across every flow: by phone number (on any channel), by client: or sip: address, or by what they wrote (searched in each context). Rows come newest first once every flow was searched (--stream: on standard output as they are found); -o writes the file atomically, only when every flow was searched. A flow that fails is named on standard error and the search exits 5.</source>
        <translation>Trouver les exécutions d&apos;un client dans tous les flux : par numéro de téléphone (sur tous les canaux), par adresse client: ou sip:, ou par ce qu&apos;il a écrit (cherché dans chaque contexte). Les lignes arrivent des plus récentes aux plus anciennes une fois tous les flux parcourus (--stream : sur la sortie standard à mesure qu&apos;elles sont trouvées) ; -o écrit le fichier de façon atomique, seulement quand tous les flux ont été parcourus. Un flux en échec est nommé sur la sortie d&apos;erreur et la recherche sort avec 5.</translation>
    </message>
    <message>
        <source>A phone number as people type it (+44 7700 900123, (415) 555-0100), or an address such as client:alice or sip:bob@example.com.</source>
        <translation>Un numéro de téléphone tel qu&apos;on le tape (+44 7700 900123, (415) 555-0100), ou une adresse comme client:alice ou sip:bob@example.com.</translation>
    </message>
    <message>
        <source>A number is read with libphonenumber and matches that number on every channel, whatsapp: included.</source>
        <translation>Un numéro est lu avec libphonenumber et correspond à ce numéro sur tous les canaux, whatsapp: compris.</translation>
    </message>
    <message>
        <source>Text they wrote or said, searched in each execution&apos;s context (one request each).</source>
        <translation>Un texte qu&apos;ils ont écrit ou dit, cherché dans le contexte de chaque exécution (une requête chacune).</translation>
    </message>
    <message>
        <source>Any case, in every string of the context.</source>
        <translation>Sans tenir compte de la casse, dans chaque chaîne du contexte.</translation>
    </message>
    <message>
        <source>Only this flow (repeatable; default: every flow of the account).</source>
        <translation>Seulement ce flux (répétable ; par défaut : tous les flux du compte).</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>À partir de T (par défaut : il y a 30 jours, tout ce que garde Studio).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Avant T (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>Le pays des numéros tapés sans +pays (par défaut : celui des paramètres régionaux, %1).</translation>
    </message>
    <message>
        <source>Match the contact&apos;s address string exactly, on its channel only.</source>
        <translation>Comparer exactement la chaîne d&apos;adresse du contact, sur son seul canal.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 8).</source>
        <translation>Requêtes simultanées, de 1 à 32 (8 par défaut).</translation>
    </message>
    <message>
        <source>Pages and contexts together.</source>
        <translation>Pages et contextes ensemble.</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells; needs -o).</source>
        <translation>csv (par défaut), tsv, jsonl (chaque exécution exactement comme l&apos;API l&apos;a renvoyée) ou xlsx (un classeur aux cellules typées ; nécessite -o).</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Colonnes séparées par des virgules pour csv/tsv/xlsx : %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>Add each match&apos;s context as a &apos;context&apos; column (or field, in jsonl).</source>
        <translation>Ajouter le contexte de chaque résultat en colonne &apos;context&apos; (ou en champ, en jsonl).</translation>
    </message>
    <message>
        <source>Write each match to standard output as it is found, not newest first at the end.</source>
        <translation>Écrire chaque résultat sur la sortie standard dès qu&apos;il est trouvé, et non des plus récents aux plus anciens à la fin.</translation>
    </message>
    <message>
        <source>For a long text search one wants to watch; -o files are always sorted.</source>
        <translation>Pour une longue recherche de texte qu&apos;on veut suivre ; les fichiers -o sont toujours triés.</translation>
    </message>
    <message>
        <source>Search the archive (flowscope archive sync) instead of Twilio: any date (--from defaults to its beginning), offline, by its indexes (--text: at least three characters).</source>
        <translation>Chercher dans l&apos;archive (flowscope archive sync) plutôt que chez Twilio : toute date (--from commence par défaut à son début), hors ligne, par ses index (--text : au moins trois caractères).</translation>
    </message>
    <message>
        <source>Rows come sorted newest first, as with -o.</source>
        <translation>Les lignes arrivent triées, des plus récentes aux plus anciennes, comme avec -o.</translation>
    </message>
    <message>
        <source>say whom to look for: --contact TEXT, --text TEXT, or both</source>
        <translation>indiquez qui chercher : --contact TEXTE, --text TEXTE, ou les deux</translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation> Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text est vide</translation>
    </message>
    <message>
        <source>--text needs at least three characters to search the archive (its index files every three letters); nothing was read</source>
        <translation>--text demande au moins trois caractères pour chercher dans l&apos;archive (son index classe chaque groupe de trois lettres) ; rien n&apos;a été lu</translation>
    </message>
    <message>
        <source>--stream is for standard output: a file is written sorted, whole</source>
        <translation>--stream est pour la sortie standard : un fichier est écrit trié, en entier</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <source>the account&apos;s flows could not be listed: %1</source>
        <translation>les flux du compte n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>the account has no flows</source>
        <translation>le compte n&apos;a aucun flux</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 flux sur %2 · %3 exécutions parcourues · %4 trouvées</translation>
    </message>
    <message>
        <source>%1 (%2) could not be searched: %3</source>
        <translation>%1 (%2) n&apos;a pas pu être parcouru : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: the results are not complete%1</source>
        <translation>
            <numerusform>%n flux n&apos;a pas pu être parcouru : les résultats ne sont pas complets%1</numerusform>
            <numerusform>%n flux n&apos;ont pas pu être parcourus : les résultats ne sont pas complets%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation> ; rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%1 found in %n flow(s), %2 executions scanned</source>
        <translation>
            <numerusform>%1 trouvées dans %n flux, %2 exécutions parcourues</numerusform>
            <numerusform>%1 trouvées dans %n flux, %2 exécutions parcourues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 filed under the contact)</source>
        <translation>%1 trouvées dans l&apos;archive %2 (%3 classées sous le contact)</translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 named by its text index)</source>
        <translation>%1 trouvées dans l&apos;archive %2 (%3 désignées par son index de texte)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain is locked: unlock it (sign in to the desktop, or open Passwords and Keys) and try again</source>
        <translation>le trousseau est verrouillé : déverrouillez-le (connectez-vous au bureau, ou ouvrez Mots de passe et clés) et réessayez</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation>la mémoire, pour cette session seulement</translation>
    </message>
</context>
<context>
    <name>SqlCipherArchive</name>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>l&apos;archive %1 : %2 : %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>l&apos;archive %1 : %2</translation>
    </message>
    <message>
        <source>the archive %1 has no key</source>
        <translation>l&apos;archive %1 n&apos;a pas de clé</translation>
    </message>
    <message>
        <source>there is no archive at %1</source>
        <translation>il n&apos;y a pas d&apos;archive à %1</translation>
    </message>
    <message>
        <source>the archive %1 is not a file that can be read</source>
        <translation>l&apos;archive %1 n&apos;est pas un fichier lisible</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database, not an encrypted archive; it was left as it is</source>
        <translation>%1 est une base SQLite ordinaire, pas une archive chiffrée ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>the folder of the archive %1 could not be made</source>
        <translation>le dossier de l&apos;archive %1 n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the archive %1 could not be made: %2</source>
        <translation>l&apos;archive %1 n&apos;a pas pu être créée : %2</translation>
    </message>
    <message>
        <source>the archive %1 cannot be read with this key (a wrong key, or not a FlowScope archive); it was left as it is</source>
        <translation>l&apos;archive %1 ne peut pas être lue avec cette clé (mauvaise clé, ou pas une archive FlowScope) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>en la migrant</translation>
    </message>
    <message>
        <source>%1 is a database, but not a FlowScope archive; it was left as it is</source>
        <translation>%1 est une base de données, mais pas une archive FlowScope ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>l&apos;archive %1 a été créée par un FlowScope plus récent (schéma %2 ; celui-ci lit jusqu&apos;au %3) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>en écrivant %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>en lisant</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>en écrivant</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>en supprimant</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>en écrivant son index de texte</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>en indexant son texte</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>counts for a report: per bucket, outcome, revision, widget or edge</source>
        <translation>des comptes pour un rapport : par intervalle, résultat, révision, widget ou arête</translation>
    </message>
    <message>
        <source>Count a range of executions for a report: per 5 minutes, hour or day (every bucket, empty ones too, starting in UTC), per outcome — the widget they ended on and the last event, most frequent first — per revision of the flow they ran on, or as the diagram counts them, per widget or per edge. Each SID is counted once; the output is written once everything is counted, atomically with -o.</source>
        <translation>Compter les exécutions d&apos;une période pour un rapport : par 5 minutes, heure ou jour (chaque intervalle, vides compris, en partant de l&apos;UTC), par résultat — le widget où elles se sont terminées et le dernier événement, les plus fréquents d&apos;abord —, par révision du flux sur laquelle elles ont tourné, ou comme le diagramme les compte, par widget ou par arête. Chaque SID est compté une fois ; la sortie est écrite une fois tout compté, de façon atomique avec -o.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable: their counts add up). Required.</source>
        <translation>Le SID du flux (répétable : leurs comptes s&apos;additionnent). Obligatoire.</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>À partir de T (par défaut : il y a 30 jours, tout ce que garde Studio).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Avant T (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>5m, hour or day: one row per bucket (bucket_start, executions, active, ended); outcome: one row per (ended_at, last_event) with executions, failed, unknown; revision: one row per revision the executions ran on, newest first (revision, executions, active, ended, published_at); widget: one row per widget (widget, entered, ended, waiting, failed); edge: one row per edge taken (from, event, to, count).</source>
        <translation>5m, hour ou day : une ligne par intervalle (bucket_start, executions, active, ended) ; outcome : une ligne par (ended_at, last_event) avec executions, failed, unknown ; revision : une ligne par révision sur laquelle les exécutions ont tourné, la plus récente d&apos;abord (revision, executions, active, ended, published_at) ; widget : une ligne par widget (widget, entered, ended, waiting, failed) ; edge : une ligne par arête empruntée (from, event, to, count).</translation>
    </message>
    <message>
        <source>widget and edge count as the Diagram tab does over the flow as it is now: an execution counts once per widget and edge however often it loops; failed is the failed executions that ended there; steps on widgets the definition lacks are counted under their own names. revision reads each execution&apos;s flow_version from Studio v2 (one request per page, as for hour); executions without one are counted under a null revision, and said so. With several flows a flow_sid column comes first.</source>
        <translation>widget et edge comptent comme l&apos;onglet Diagramme sur le flux tel qu&apos;il est maintenant : une exécution compte une fois par widget et par arête, quel que soit le nombre de boucles ; failed désigne les exécutions échouées qui s&apos;y sont terminées ; les étapes sur des widgets absents de la définition sont comptées sous leur propre nom. revision lit le flow_version de chaque exécution dans Studio v2 (une requête par page, comme pour hour) ; les exécutions qui n&apos;en ont pas sont comptées sous une révision null, et c&apos;est signalé. Avec plusieurs flux, une colonne flow_sid vient en premier.</translation>
    </message>
    <message>
        <source>With --by 5m|hour|day|revision: read each execution&apos;s steps and add failed and unknown columns (implied by --by outcome).</source>
        <translation>Avec --by 5m|hour|day|revision : lire les étapes de chaque exécution et ajouter les colonnes failed et unknown (implicite avec --by outcome).</translation>
    </message>
    <message>
        <source>csv (default), tsv or jsonl (one object per row, numbers as numbers).</source>
        <translation>csv (par défaut), tsv ou jsonl (un objet par ligne, nombres en nombres).</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4).</source>
        <translation>Lire K tranches de temps à la fois (4 par défaut).</translation>
    </message>
    <message>
        <source>Steps requests in flight at most (default %1).</source>
        <translation>Requêtes d&apos;étapes simultanées au plus (%1 par défaut).</translation>
    </message>
    <message>
        <source>Count the archive&apos;s executions (flowscope archive sync), not Twilio&apos;s: any date, offline, the same counts.</source>
        <translation>Compter les exécutions de l&apos;archive (flowscope archive sync), pas celles de Twilio : toute date, hors ligne, les mêmes comptes.</translation>
    </message>
    <message>
        <source>--outcomes counts what the sync read; --parallel and --concurrency do not apply.</source>
        <translation>--outcomes compte ce que la synchronisation a lu ; --parallel et --concurrency ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>--by is required: 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by est obligatoire : 5m, hour, day, outcome, revision, widget ou edge</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by &apos;%1&apos; n&apos;est pas 5m, hour, day, outcome, revision, widget ou edge</translation>
    </message>
    <message>
        <source>--outcomes goes with --by 5m|hour|day|revision; --by %1 reads them anyway</source>
        <translation>--outcomes va avec --by 5m|hour|day|revision ; --by %1 les lit de toute façon</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>un nombre de tranches</translation>
    </message>
    <message>
        <source>--by revision reads Twilio (Studio v2&apos;s flow_version); the archive does not keep which revision an execution ran on</source>
        <translation>--by revision lit Twilio (le flow_version de Studio v2) ; l&apos;archive ne garde pas la révision sur laquelle une exécution a tourné</translation>
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
        <translation>l&apos;archive %1 ne contient pas d&apos;exécution %2 du flux %3</translation>
    </message>
    <message>
        <source>warning: the archive holds no context for %1 (synced with --no-contexts); it is written as null</source>
        <translation>avertissement : l&apos;archive ne contient pas de contexte pour %1 (synchronisée avec --no-contexts) ; il est écrit comme null</translation>
    </message>
    <message>
        <source>the archive %1 holds no messages, calls or alerts for %2 (it was synced without --related)</source>
        <translation>l&apos;archive %1 ne contient ni messages, ni appels, ni alertes pour %2 (elle a été synchronisée sans --related)</translation>
    </message>
    <message>
        <source>the archive %1 holds no revision of flow %2: its definition is read from Twilio</source>
        <translation>l&apos;archive %1 ne contient aucune révision du flux %2 : sa définition est lue chez Twilio</translation>
    </message>
    <message>
        <source>the archive %1 holds no steps for %2</source>
        <translation>l&apos;archive %1 ne contient pas d&apos;étapes pour %2</translation>
    </message>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>le flux %1 n&apos;a pas d&apos;exécution %2 (Studio garde les exécutions 30 jours)</translation>
    </message>
    <message>
        <source>the context resource has no &apos;context&apos; member</source>
        <translation>la ressource de contexte n&apos;a pas de membre &apos;context&apos;</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n related resource(s) no longer at Twilio (deleted, or past their retention)</source>
        <translation>
            <numerusform>%n ressource liée n&apos;est plus chez Twilio (supprimée, ou au-delà de sa conservation)</numerusform>
            <numerusform>%n ressources liées ne sont plus chez Twilio (supprimées, ou au-delà de leur conservation)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts left out: this key cannot read the Debugger (Monitor)</source>
        <translation>Alertes écartées : cette clé ne peut pas lire le Debugger (Monitor)</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>Les alertes n&apos;ont pas pu être listées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and were left out</source>
        <translation>
            <numerusform>%n alerte ne nommant que le flux ne correspondait à aucune étape unique et a été écartée</numerusform>
            <numerusform>%n alertes ne nommant que le flux ne correspondaient à aucune étape unique et ont été écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>--diagram %1: %2</source>
        <translation>--diagram %1 : %2</translation>
    </message>
    <message>
        <source>Drew %1 on %2</source>
        <translation>%1 dessiné sur %2</translation>
    </message>
</context>
<context>
    <name>UnknownOutcomes</name>
    <message numerus="yes">
        <source>warning: the outcome of %n execution(s) is unknown (written as unknown); %1, for one: %2</source>
        <translation>
            <numerusform>avertissement : le résultat de %n exécution est inconnu (écrit comme inconnu) ; %1, par exemple : %2</numerusform>
            <numerusform>avertissement : le résultat de %n exécutions est inconnu (écrit comme inconnu) ; %1, par exemple : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>there is no view named &apos;%1&apos;</source>
        <translation>il n&apos;y a pas de vue nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is a view named &apos;%1&apos; already</source>
        <translation>une vue nommée &apos;%1&apos; existe déjà</translation>
    </message>
</context>
<context>
    <name>ViewsCommand</name>
    <message>
        <source>the saved views of a profile</source>
        <translation>les vues enregistrées d&apos;un profil</translation>
    </message>
    <message>
        <source>The views saved in the window (View ▸ Save view…), per profile: list them, show one (a name or a flowscope://view link) with its link, or remove one. flowscope executions --view NAME exports what a view lists.</source>
        <translation>Les vues enregistrées dans la fenêtre (Affichage ▸ Enregistrer la vue…), par profil : les lister, en montrer une (un nom ou un lien flowscope://view) avec son lien, ou en supprimer une. flowscope executions --view NOM exporte ce qu&apos;une vue liste.</translation>
    </message>
    <message>
        <source>tsv (default) or jsonl.</source>
        <translation>tsv (par défaut) ou jsonl.</translation>
    </message>
    <message>
        <source>say what to do: views list | show NAME | remove NAME</source>
        <translation>indiquez quoi faire : views list | show NOM | remove NOM</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format doit être tsv ou jsonl</translation>
    </message>
    <message>
        <source>views list takes no name</source>
        <translation>views list ne prend pas de nom</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of views: the actions are list, show and remove</source>
        <translation>action inconnue &apos;%1&apos; de views : les actions sont list, show et remove</translation>
    </message>
    <message>
        <source>views %1 takes one view name</source>
        <translation>views %1 prend un nom de vue</translation>
    </message>
    <message>
        <source>that option is not one of views remove (see --help)</source>
        <translation>cette option n&apos;est pas une option de views remove (voir --help)</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>il n&apos;y a pas de vue nommée &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Removed view &apos;%1&apos;.</source>
        <translation>Vue &apos;%1&apos; supprimée.</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>only part was written (is the disk full?)</source>
        <translation>seule une partie a été écrite (le disque est-il plein ?)</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Usage:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>Options communes :</translation>
    </message>
</context>
<context>
    <name>flowscope::AccountManager</name>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de profil nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;; enter it again.</source>
        <translation>Aucun secret n&apos;est enregistré pour le profil &apos;%1&apos; ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; cannot sign in: %2. The profile and its secret are kept.</source>
        <translation>Le profil &apos;%1&apos; ne peut pas se connecter : %2. Le profil et son secret sont gardés.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; needs its secret again: no keychain is available to keep it.</source>
        <translation>Le profil &apos;%1&apos; a de nouveau besoin de son secret : aucun trousseau n&apos;est disponible pour le garder.</translation>
    </message>
    <message>
        <source>%1. Until then secrets are kept in memory for this session only, never on disk; save the profile again once it is unlocked to keep its secret.</source>
        <translation>%1. D&apos;ici là, les secrets sont gardés en mémoire pour cette session seulement, jamais sur disque ; enregistrez à nouveau le profil une fois le trousseau déverrouillé pour garder son secret.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only, never on disk.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1) : les secrets sont gardés en mémoire pour cette session seulement, jamais sur disque.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>identifiants saisis (gardés en mémoire)</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Un profil nommé &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another API key: enter its secret.</source>
        <translation>Le profil &apos;%1&apos; a maintenant une autre clé d&apos;API : saisissez son secret.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another Account SID: enter its Auth Token.</source>
        <translation>Le profil &apos;%1&apos; a maintenant un autre Account SID : saisissez son Auth Token.</translation>
    </message>
    <message>
        <source>The secret of profile &apos;%1&apos; could not be moved to its new name (%2): enter it again.</source>
        <translation>Le secret du profil &apos;%1&apos; n&apos;a pas pu être déplacé vers son nouveau nom (%2) : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was kept: %2.</source>
        <translation>Le profil &apos;%1&apos; a été gardé : %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::ActivityChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 analysed failed (%3 %)</source>
        <translation>, %1 sur %2 analysées ont échoué (%3 %)</translation>
    </message>
    <message>
        <source>, none analysed</source>
        <translation>, aucune analysée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Click a bar, or drag across bars, to narrow the range to them</source>
        <translation>Cliquez sur une barre, ou faites glisser sur plusieurs, pour restreindre la période à celles-ci</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>Note d&apos;activité</translation>
    </message>
    <message>
        <source>By revision</source>
        <translation>Par révision</translation>
    </message>
    <message>
        <source>Stack the executions by the revision of the flow they ran on, with a marker at each publish: hover one for what it changed and the failure rate before and after it</source>
        <translation>Empiler les exécutions par révision du flux sur laquelle elles ont tourné, avec un repère à chaque publication : survolez-en un pour voir ce qu&apos;elle a changé et le taux d&apos;échec avant et après</translation>
    </message>
    <message>
        <source>Stack the chart by revision</source>
        <translation>Empiler le graphique par révision</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>par 5 minutes</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>%1 — %2, %3, local time. </source>
        <translation>%1 — %2, %3, heure locale. </translation>
    </message>
    <message>
        <source>Counts the %1 loaded rows — Load all for the whole range.</source>
        <translation>Compte les %1 lignes chargées — Tout charger pour la période entière.</translation>
    </message>
    <message>
        <source>All %1 executions of the range.</source>
        <translation>Les %1 exécutions de la période.</translation>
    </message>
    <message>
        <source>Failed: of the %1 analysed.</source>
        <translation>Échouées : parmi les %1 analysées.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n execution(s)</source>
        <translation>
            <numerusform>%1 – %2 : %n exécution</numerusform>
            <numerusform>%1 – %2 : %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended · %2 active · %3 failed</source>
        <translation>%1 terminées · %2 actives · %3 échouées</translation>
    </message>
    <message>
        <source>What it changed could not be read: %1</source>
        <translation>Ce qu&apos;elle a changé n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Revision not said</source>
        <translation>Révision non indiquée</translation>
    </message>
    <message>
        <source>Revision %1 published</source>
        <translation>Révision %1 publiée</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … et %n de plus</numerusform>
            <numerusform>  … et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 published %2</source>
        <translation>Révision %1 publiée %2</translation>
    </message>
    <message>
        <source>The flow&apos;s first revision.</source>
        <translation>La première révision du flux.</translation>
    </message>
    <message>
        <source>Reading what it changed…</source>
        <translation>Lecture de ce qu&apos;elle a changé…</translation>
    </message>
    <message>
        <source>In the %1 before: %2</source>
        <translation>Dans les %1 d&apos;avant : %2</translation>
    </message>
    <message>
        <source>In the %1 after: %2</source>
        <translation>Dans les %1 d&apos;après : %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day on the chart: a QDateTime format (ddd: weekday, d: day, MMM: month)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>a time on the chart: a QDateTime format (d: day, MMM: month, HH:mm: the time)</comment>
        <translation>d MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsDialog</name>
    <message>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>By error code</source>
        <translation>Par code d&apos;erreur</translation>
    </message>
    <message>
        <source>By widget</source>
        <translation>Par widget</translation>
    </message>
    <message>
        <source>Alerts counted</source>
        <translation>Alertes comptées</translation>
    </message>
    <message>
        <source>Read the alerts of the range again</source>
        <translation>Relire les alertes de la période</translation>
    </message>
    <message>
        <source>Reading the executions that may own an alert: %1 of %2…</source>
        <translation>Lecture des exécutions auxquelles une alerte peut appartenir : %1 sur %2…</translation>
    </message>
    <message>
        <source>Alerts by error code</source>
        <translation>Alertes par code d&apos;erreur</translation>
    </message>
    <message>
        <source>Alerts by widget</source>
        <translation>Alertes par widget</translation>
    </message>
    <message>
        <source>Choose a row to list its executions in the table</source>
        <translation>Choisissez une ligne pour lister ses exécutions dans le tableau</translation>
    </message>
    <message>
        <source>Alerts of %1</source>
        <translation>Alertes de %1</translation>
    </message>
    <message>
        <source>The range holds no time Monitor keeps alerts for (the last 30 days).</source>
        <translation>La période ne contient aucun moment pour lequel Monitor garde des alertes (les 30 derniers jours).</translation>
    </message>
    <message>
        <source>Listing the Debugger&apos;s alerts from %1 to %2…</source>
        <translation>Liste des alertes du Debugger de %1 à %2…</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger (Twilio Monitor), so there are no alerts to count.</source>
        <translation>Cette clé ne peut pas lire le Debugger (Twilio Monitor), il n&apos;y a donc aucune alerte à compter.</translation>
    </message>
    <message>
        <source>The alerts could not be counted: %1</source>
        <translation>Les alertes n&apos;ont pas pu être comptées : %1</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(aucune étape)</translation>
    </message>
    <message>
        <source>No Debugger alert of this range belongs to an execution of the flow.</source>
        <translation>Aucune alerte du Debugger de cette période n&apos;appartient à une exécution du flux.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of this range belong to executions of the flow. Choose a row to list its executions.</source>
        <translation>
            <numerusform>%n alerte de cette période appartient à des exécutions du flux. Choisissez une ligne pour lister ses exécutions.</numerusform>
            <numerusform>%n alertes de cette période appartiennent à des exécutions du flux. Choisissez une ligne pour lister ses exécutions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1</source>
        <translation>
            <numerusform>L&apos;exécution avec l&apos;alerte %1 (%n)</numerusform>
            <numerusform>Les %n exécutions avec l&apos;alerte %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1 at %2</source>
        <translation>
            <numerusform>L&apos;exécution avec l&apos;alerte %1 à %2 (%n)</numerusform>
            <numerusform>Les %n exécutions avec l&apos;alerte %1 à %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsReport</name>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>cette clé ne peut pas lire le Debugger</translation>
    </message>
</context>
<context>
    <name>flowscope::ApiReply</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Refused to follow a link to %1: it is not one of the configured API origins (%2), and credentials are never sent elsewhere.</source>
        <translation>Refus de suivre un lien vers %1 : ce n&apos;est pas l&apos;une des origines d&apos;API configurées (%2), et les identifiants ne sont jamais envoyés ailleurs.</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: it is not the configured API origin, and credentials are never sent elsewhere.</source>
        <translation>Redirection vers %1 refusée : ce n&apos;est pas l&apos;origine d&apos;API configurée, et les identifiants ne sont jamais envoyés ailleurs.</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>plus de %1 Mo</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 sur %2 octets</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>timed out after %1 (no data for %2 s)</source>
        <translation>expiré après %1 (aucune donnée pendant %2 s)</translation>
    </message>
    <message>
        <source>the connection closed after %1</source>
        <translation>la connexion s&apos;est fermée après %1</translation>
    </message>
    <message>
        <source>the body ended after %1</source>
        <translation>le corps s&apos;est terminé après %1</translation>
    </message>
    <message>
        <source>it is %1, not JSON (is a proxy or a sign-in page in the way?)</source>
        <translation>c&apos;est du %1, pas du JSON (un proxy ou une page de connexion fait-il obstacle ?)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée pendant %1 s</translation>
    </message>
    <message>
        <source>whether it took effect is unknown: re-reading it failed too (%1)</source>
        <translation>on ne sait pas si cela a pris effet : la relecture a échoué aussi (%1)</translation>
    </message>
    <message>
        <source>1 attempt over %1 s</source>
        <translation>1 essai en %1 s</translation>
    </message>
    <message>
        <source>%1 attempts over %2 s</source>
        <translation>%1 essais en %2 s</translation>
    </message>
    <message>
        <source>; the server asked to wait %1 s more</source>
        <translation> ; le serveur a demandé d&apos;attendre %1 s de plus</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveController</name>
    <message>
        <source>The archive&apos;s password could not be kept in the keychain: %1</source>
        <translation>Le mot de passe de l&apos;archive n&apos;a pas pu être gardé dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Archive off</source>
        <translation>Archive désactivée</translation>
    </message>
    <message>
        <source>Archive: opening…</source>
        <translation>Archive : ouverture…</translation>
    </message>
    <message>
        <source>Archive: ⚠ %1</source>
        <translation>Archive : ⚠ %1</translation>
    </message>
    <message>
        <source>Archive: syncing… %1 written</source>
        <translation>Archive : synchronisation… %1 écrites</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive : %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveDialog</name>
    <message>
        <source>&amp;Keep an archive of this account&apos;s executions</source>
        <translation>&amp;Garder une archive des exécutions de ce compte</translation>
    </message>
    <message>
        <source>Keep what Twilio &amp;said too: messages, calls, alerts</source>
        <translation>Garder aussi ce que Twilio a &amp;dit : messages, appels, alertes</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>A&amp;nnuler la synchronisation</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Twilio keeps executions 30 days; the archive keeps them on this machine, encrypted, for as long as you choose. It holds personal data (numbers, messages): it is off until you turn it on.</source>
        <translation>Twilio garde les exécutions 30 jours ; l&apos;archive les garde sur cette machine, chiffrées, aussi longtemps que vous le voulez. Elle contient des données personnelles (numéros, messages) : elle est désactivée tant que vous ne l&apos;activez pas.</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s own encrypted file. sqlite:PATH for another file; postgresql://USER@HOST:PORT/DB?sslmode=require for a team&apos;s shared archive (its password from PGPASSWORD or ~/.pgpass, never kept here).</source>
        <translation>Vide : le fichier chiffré propre au profil. sqlite:CHEMIN pour un autre fichier ; postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=require pour l&apos;archive partagée d&apos;une équipe (son mot de passe vient de PGPASSWORD ou ~/.pgpass, jamais gardé ici).</translation>
    </message>
    <message>
        <source>Where the archive is</source>
        <translation>Où se trouve l&apos;archive</translation>
    </message>
    <message>
        <source>PostgreSQL only; empty: keep the one in the keychain</source>
        <translation>PostgreSQL seulement ; vide : garder celui du trousseau</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings; PGPASSWORD and a password in the URL come first, ~/.pgpass after.</source>
        <translation>Gardé dans le trousseau, jamais dans les réglages ; PGPASSWORD et un mot de passe dans l&apos;URL passent avant, ~/.pgpass après.</translation>
    </message>
    <message>
        <source>The PostgreSQL archive&apos;s password</source>
        <translation>Le mot de passe de l&apos;archive PostgreSQL</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Keep executions for</source>
        <translation>Garder les exécutions pendant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <source>Each execution&apos;s messages and calls and the Debugger&apos;s alerts about it, so that why a step failed can be read with Twilio&apos;s copies gone: a few requests more an execution.</source>
        <translation>Les messages et appels de chaque exécution et les alertes du Debugger la concernant, pour pouvoir lire pourquoi une étape a échoué une fois les copies de Twilio disparues : quelques requêtes de plus par exécution.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>Ce que contient l&apos;archive</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Garder &amp;pendant :</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <source>Turn the archive on and press OK first.</source>
        <translation>Activez l&apos;archive et appuyez d&apos;abord sur OK.</translation>
    </message>
    <message numerus="yes">
        <source> — the last one wrote %1 execution(s) of %n flow(s)</source>
        <translation>
            <numerusform> — la dernière a écrit %1 exécution(s) de %n flux</numerusform>
            <numerusform> — la dernière a écrit %1 exécution(s) de %n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds no executions yet.</source>
        <translation>Elle ne contient encore aucune exécution.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %1 execution(s) of %n flow(s), the oldest from %2.</source>
        <translation>
            <numerusform>Elle contient %1 exécution(s) de %n flux, la plus ancienne du %2.</numerusform>
            <numerusform>Elle contient %1 exécution(s) de %n flux, la plus ancienne du %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the archive keeps an execution after it started; 0 keeps it forever. Older ones are deleted after each sync.</source>
        <translation>Combien de temps l&apos;archive garde une exécution après son début ; 0 la garde toujours. Les plus anciennes sont supprimées après chaque synchronisation.</translation>
    </message>
    <message>
        <source>How often the window syncs the archive in the background</source>
        <translation>À quelle fréquence la fenêtre synchronise l&apos;archive en arrière-plan</translation>
    </message>
    <message>
        <source>Stop the sync; what it has written stays</source>
        <translation>Arrêter la synchronisation ; ce qu&apos;elle a écrit reste</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveService</name>
    <message>
        <source>the archive was not searched: its index needs at least three characters of text</source>
        <translation>l&apos;archive n&apos;a pas été parcourue : son index demande au moins trois caractères de texte</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>l&apos;archive n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the archive, %1</source>
        <translation>l&apos;archive, %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisée</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>synchronisée à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synchronisée il y a %n min</numerusform>
            <numerusform>synchronisée il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation>
            <numerusform>synchronisée il y a %n h</numerusform>
            <numerusform>synchronisée il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisée %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
</context>
<context>
    <name>flowscope::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>Comparer %1 et %2</translation>
    </message>
    <message>
        <source>On the diagram: A&apos;s path in blue, B&apos;s in orange, what both took in purple; the widget where they parted is marked.</source>
        <translation>Sur le diagramme : le chemin de A en bleu, celui de B en orange, ce que les deux ont pris en violet ; le widget où elles se sont séparées est marqué.</translation>
    </message>
    <message>
        <source>The two executions compared</source>
        <translation>Les deux exécutions comparées</translation>
    </message>
    <message>
        <source>Reading both executions…</source>
        <translation>Lecture des deux exécutions…</translation>
    </message>
    <message>
        <source>Where they parted and how many values differ</source>
        <translation>Où elles se sont séparées et combien de valeurs diffèrent</translation>
    </message>
    <message>
        <source>Both paths on the flow&apos;s diagram</source>
        <translation>Les deux chemins sur le diagramme du flux</translation>
    </message>
    <message>
        <source>The two contexts, differing values side by side</source>
        <translation>Les deux contextes, valeurs différentes côte à côte</translation>
    </message>
    <message>
        <source>What Twilio said — %1</source>
        <translation>Ce que Twilio a dit — %1</translation>
    </message>
    <message>
        <source>What Twilio said about %1</source>
        <translation>Ce que Twilio a dit de %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Not read here.</source>
        <translation>Non lu ici.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>Le diagramme du flux n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>Ce que Twilio a dit n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>step %1 · %2: </source>
        <translation>étape %1 · %2 : </translation>
    </message>
    <message>
        <source>No message, call or Debugger alert.</source>
        <translation>Aucun message, appel ni alerte du Debugger.</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger: alerts are left out.</source>
        <translation>Cette clé ne peut pas lire le Debugger : les alertes sont écartées.</translation>
    </message>
    <message>
        <source>They took the same path.</source>
        <translation>Elles ont pris le même chemin.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Elles se sont séparées à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ; the branches where nothing differs are folded.</source>
        <translation>
            <numerusform>%n valeur de contexte diffère ; les branches sans différence sont repliées.</numerusform>
            <numerusform>%n valeurs de contexte diffèrent ; les branches sans différence sont repliées.</numerusform>
        </translation>
    </message>
    <message>
        <source>B ran on revision %1: its steps are drawn on A&apos;s.</source>
        <translation>B a tourné sur la révision %1 : ses étapes sont dessinées sur celles de A.</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of execution %1, by step</source>
        <translation>Les messages, appels et alertes du Debugger de l&apos;exécution %1, par étape</translation>
    </message>
    <message>
        <source>One tree of both contexts: a value that differs is bold and marked ≠, one side&apos;s alone says (absent) on the other, and only branches with a difference are open</source>
        <translation>Un seul arbre des deux contextes : une valeur qui diffère est en gras et marquée ≠, celle d&apos;un seul côté indique (absent) de l&apos;autre, et seules les branches avec une différence sont ouvertes</translation>
    </message>
</context>
<context>
    <name>flowscope::ContextCompareModel</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only in %2</source>
        <translation>%1 — seulement dans %2</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — diffère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <source>Which executions to list, by when they started (Studio keeps executions 30 days)</source>
        <translation>Quelles exécutions lister, selon leur début (Studio garde les exécutions 30 jours)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Executions that started at or after this time (local time)</source>
        <translation>Exécutions commencées à cette heure ou après (heure locale)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Executions that started before this time (local time)</source>
        <translation>Exécutions commencées avant cette heure (heure locale)</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; tables show UTC when you hover a time</source>
        <translation>Les heures sont dans le fuseau horaire de cet ordinateur ; les tableaux montrent l&apos;UTC quand vous survolez une heure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The start of the range (%1) must be before its end (%2). Nothing was sent.</source>
        <translation>Le début de la période (%1) doit précéder sa fin (%2). Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>flowscope::DefinitionLoader</name>
    <message>
        <source>the flow&apos;s answer is not JSON</source>
        <translation>la réponse du flux n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>the flow&apos;s answer has no definition</source>
        <translation>la réponse du flux n&apos;a pas de définition</translation>
    </message>
    <message>
        <source>the archived revision cannot be read: %1</source>
        <translation>la révision archivée ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>the execution does not say which revision it ran on</source>
        <translation>l&apos;exécution n&apos;indique pas sur quelle révision elle a tourné</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>révision %1 : %2</translation>
    </message>
    <message>
        <source>the flow&apos;s definition cannot be drawn: %1</source>
        <translation>la définition du flux ne peut pas être dessinée : %1</translation>
    </message>
    <message>
        <source>the flow has no definition</source>
        <translation>le flux n&apos;a pas de définition</translation>
    </message>
</context>
<context>
    <name>flowscope::DetailPane</name>
    <message>
        <source>Select an execution to see its context and steps.</source>
        <translation>Sélectionnez une exécution pour voir son contexte et ses étapes.</translation>
    </message>
    <message>
        <source>End execution…</source>
        <translation>Terminer l&apos;exécution…</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>End execution</source>
        <translation>Terminer l&apos;exécution</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Execution details</source>
        <translation>Détails de l&apos;exécution</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>SID de l&apos;exécution</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy execution SID</source>
        <translation>Copier le SID de l&apos;exécution</translation>
    </message>
    <message>
        <source>Copy the execution SID</source>
        <translation>Copier le SID de l&apos;exécution</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Copy link to execution</source>
        <translation>Copier le lien vers l&apos;exécution</translation>
    </message>
    <message>
        <source>Copy a flowscope:// link to this execution: a colleague&apos;s click opens it in their FlowScope</source>
        <translation>Copier un lien flowscope:// vers cette exécution : le clic d&apos;un collègue l&apos;ouvre dans son FlowScope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Started and updated</source>
        <translation>Début et mise à jour</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Ouvrir dans la Console Twilio</translation>
    </message>
    <message>
        <source>Open this execution in the Twilio Console (in your browser)</source>
        <translation>Ouvrir cette exécution dans la Console Twilio (dans votre navigateur)</translation>
    </message>
    <message>
        <source>Stop this execution now (POST Status=ended); asks first</source>
        <translation>Arrêter cette exécution maintenant (POST Status=ended) ; demande d&apos;abord</translation>
    </message>
    <message>
        <source>Copied the %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>What happened, oldest first; select a step to see the context as it stood then</source>
        <translation>Ce qui s&apos;est passé, du plus ancien au plus récent ; sélectionnez une étape pour voir le contexte tel qu&apos;il était alors</translation>
    </message>
    <message>
        <source>Loading the step&apos;s context…</source>
        <translation>Chargement du contexte de l&apos;étape…</translation>
    </message>
    <message>
        <source>Loading steps…</source>
        <translation>Chargement des étapes…</translation>
    </message>
    <message>
        <source>This execution has no steps.</source>
        <translation>Cette exécution n&apos;a pas d&apos;étapes.</translation>
    </message>
    <message>
        <source>Select a step to see its context.</source>
        <translation>Sélectionnez une étape pour voir son contexte.</translation>
    </message>
    <message>
        <source>Context at this step</source>
        <translation>Contexte à cette étape</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Ce que Twilio a dit</translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation>L&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Raw context JSON</source>
        <translation>JSON brut du contexte</translation>
    </message>
    <message>
        <source>Copy the context JSON</source>
        <translation>Copier le JSON du contexte</translation>
    </message>
    <message>
        <source>Copy the whole context, pretty-printed</source>
        <translation>Copier tout le contexte, mis en forme</translation>
    </message>
    <message>
        <source>Copied the context JSON</source>
        <translation>JSON du contexte copié</translation>
    </message>
    <message>
        <source>Which revision of the flow is drawn</source>
        <translation>Quelle révision du flux est dessinée</translation>
    </message>
    <message>
        <source>Diagram tools</source>
        <translation>Outils du diagramme</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole flow (Ctrl+0)</source>
        <translation>Ajuster au flux entier (Ctrl+0)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Fit the path this execution took (or the widgets the executions reached)</source>
        <translation>Ajuster au chemin pris par cette exécution (ou aux widgets atteints par les exécutions)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom avant (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom arrière (Ctrl+moins)</translation>
    </message>
    <message>
        <source>All analysed</source>
        <translation>Toutes les analysées</translation>
    </message>
    <message>
        <source>Where the analysed executions went: how many entered and ended at each widget and took each transition, on the flow as it is now; click a box or an edge to list them</source>
        <translation>Où sont allées les exécutions analysées : combien sont entrées dans chaque widget, s&apos;y sont terminées et ont pris chaque transition, sur le flux tel qu&apos;il est maintenant ; cliquez sur une boîte ou une arête pour les lister</translation>
    </message>
    <message>
        <source>Show where all analysed executions went</source>
        <translation>Montrer où sont allées toutes les exécutions analysées</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy the diagram with its path as a picture</source>
        <translation>Copier le diagramme avec son chemin comme image</translation>
    </message>
    <message>
        <source>Save as PNG / SVG…</source>
        <translation>Enregistrer en PNG / SVG…</translation>
    </message>
    <message>
        <source>Save the diagram with its path for the ticket</source>
        <translation>Enregistrer le diagramme avec son chemin pour le ticket</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>Le diagramme du flux n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading what Twilio said…</source>
        <translation>Lecture de ce que Twilio a dit…</translation>
    </message>
    <message>
        <source>What Twilio said is not read here.</source>
        <translation>Ce que Twilio a dit n&apos;est pas lu ici.</translation>
    </message>
    <message>
        <source>Loading the context…</source>
        <translation>Chargement du contexte…</translation>
    </message>
    <message>
        <source>Loading the flow&apos;s diagram…</source>
        <translation>Chargement du diagramme du flux…</translation>
    </message>
    <message numerus="yes">
        <source>The definition has %n oddity(ies): %1</source>
        <translation>
            <numerusform>La définition a %n bizarrerie : %1</numerusform>
            <numerusform>La définition a %n bizarreries : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a flow and Analyse its executions to see where they went.</source>
        <translation>Choisissez un flux et analysez ses exécutions pour voir où elles sont allées.</translation>
    </message>
    <message>
        <source>No loaded row&apos;s outcome is known yet: Analyse reads them all, then this shows where they went.</source>
        <translation>Le résultat d&apos;aucune ligne chargée n&apos;est encore connu : Analyser les lit toutes, puis ceci montre où elles sont allées.</translation>
    </message>
    <message>
        <source>Where %1 analysed of the %2 loaded executions went. Click a box or an edge to list the executions that passed there.</source>
        <translation>Où sont allées %1 analysées sur les %2 exécutions chargées. Cliquez sur une boîte ou une arête pour lister les exécutions qui y sont passées.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message numerus="yes">
        <source>The %n that went from %1 to %2 on %3</source>
        <translation>
            <numerusform>Celle (%n) qui est allée de %1 à %2 sur %3</numerusform>
            <numerusform>Les %n qui sont allées de %1 à %2 sur %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No analysed execution reached %1.</source>
        <translation>Aucune exécution analysée n&apos;a atteint %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n that passed %1</source>
        <translation>
            <numerusform>Celle (%n) qui est passée par %1</numerusform>
            <numerusform>Les %n qui sont passées par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution never reached that widget.</source>
        <translation>Cette exécution n&apos;a jamais atteint ce widget.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 → %4 on %5 (its context is in the Steps tab)</source>
        <translation>Étape %1 sur %2 : %3 → %4 sur %5 (son contexte est dans l&apos;onglet Étapes)</translation>
    </message>
    <message>
        <source>Copied the diagram</source>
        <translation>Diagramme copié</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>Enregistrer le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The diagram could not be saved to %1: %2</source>
        <translation>Le diagramme n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagramme enregistré dans %1</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>No contact address</source>
        <translation>Aucune adresse de contact</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>Contact SID %1</source>
        <translation>SID du contact %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencée %1</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · mise à jour %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · a duré %1</translation>
    </message>
    <message>
        <source>UTC: started %1, updated %2</source>
        <translation>UTC : commencée %1, mise à jour %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The context is %1. The Raw tab shows it as received.</source>
        <translation>Le contexte est %1. L&apos;onglet Brut le montre tel qu&apos;il a été reçu.</translation>
    </message>
    <message>
        <source>What Twilio said cannot be read without the context: %1</source>
        <translation>Ce que Twilio a dit ne peut pas être lu sans le contexte : %1</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Lecture de l&apos;archive…</translation>
    </message>
    <message>
        <source>Neither Twilio nor the archive has this execution (Twilio keeps executions for 30 days).</source>
        <translation>Ni Twilio ni l&apos;archive n&apos;ont cette exécution (Twilio garde les exécutions 30 jours).</translation>
    </message>
    <message>
        <source>%1 is shown from %2.</source>
        <translation>%1 est affiché depuis %2.</translation>
    </message>
    <message>
        <source>What the archive kept of what Twilio said cannot be read: %1</source>
        <translation>Ce que l&apos;archive a gardé de ce que Twilio a dit ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Shown from the archive, which holds no messages, calls or alerts for it (they are kept by a sync with --related).</source>
        <translation>Affiché depuis l&apos;archive, qui ne contient ni messages, ni appels, ni alertes pour elle (une synchronisation avec --related les garde).</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>Ce que Twilio a dit n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>What Twilio said (%1)</source>
        <translation>Ce que Twilio a dit (%1)</translation>
    </message>
    <message>
        <source>The step&apos;s context is %1.</source>
        <translation>Le contexte de l&apos;étape est %1.</translation>
    </message>
    <message>
        <source>End execution %1?

The flow stops where it is for %2; this cannot be undone.</source>
        <translation>Terminer l&apos;exécution %1 ?

Le flux s&apos;arrête où il en est pour %2 ; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>The execution&apos;s context as a tree of keys and values</source>
        <translation>Le contexte de l&apos;exécution sous forme d&apos;arbre de clés et de valeurs</translation>
    </message>
    <message>
        <source>What happened step by step, the context at each step and what Twilio said</source>
        <translation>Ce qui s&apos;est passé étape par étape, le contexte à chaque étape et ce que Twilio a dit</translation>
    </message>
    <message>
        <source>The execution&apos;s path on the flow&apos;s diagram</source>
        <translation>Le chemin de l&apos;exécution sur le diagramme du flux</translation>
    </message>
    <message>
        <source>The context JSON exactly as Twilio sent it</source>
        <translation>Le JSON du contexte exactement tel que Twilio l&apos;a envoyé</translation>
    </message>
    <message>
        <source>The context as it stood after the selected step</source>
        <translation>Le contexte tel qu&apos;il était après l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of the selected step, in Twilio&apos;s words</source>
        <translation>Les messages, appels et alertes du Debugger de l&apos;étape sélectionnée, dans les mots de Twilio</translation>
    </message>
</context>
<context>
    <name>flowscope::EndDialog</name>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Save audit CSV…</source>
        <translation>Enregistrer le CSV de journal…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Terminer des exécutions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected execution(s) is active: there is nothing to end.</source>
        <translation>
            <numerusform>L&apos;exécution sélectionnée (%n) n&apos;est pas active : il n&apos;y a rien à terminer.</numerusform>
            <numerusform>Aucune des %n exécutions sélectionnées n&apos;est active : il n&apos;y a rien à terminer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n active execution(s)? The flow stops where it is for each customer; this cannot be undone.</source>
        <translation>
            <numerusform>Terminer %n exécution active ? Le flux s&apos;arrête où il en est pour chaque client ; c&apos;est irréversible.</numerusform>
            <numerusform>Terminer %n exécutions actives ? Le flux s&apos;arrête où il en est pour chaque client ; c&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Du : %1</translation>
    </message>
    <message>
        <source>Started between %1 and %2 (local time).</source>
        <translation>Commencées entre %1 et %2 (heure locale).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected execution(s) have ended already and are skipped.</source>
        <translation>
            <numerusform>%n exécution sélectionnée est déjà terminée et est ignorée.</numerusform>
            <numerusform>%n exécutions sélectionnées sont déjà terminées et sont ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be ended</source>
        <translation>Ce qui sera terminé</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation>Nombre de confirmation</translation>
    </message>
    <message>
        <source>More than ten: type how many, so that a slip of the mouse ends nothing</source>
        <translation>Plus de dix : tapez combien, pour qu&apos;un faux mouvement de souris ne termine rien</translation>
    </message>
    <message>
        <source>Ending progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>POST Status=ended to each, four at a time, each once</source>
        <translation>POST Status=ended à chacune, quatre à la fois, une fois chacune</translation>
    </message>
    <message>
        <source>Send nothing more; what was sent is reported</source>
        <translation>Ne plus rien envoyer ; ce qui a été envoyé est rapporté</translation>
    </message>
    <message>
        <source>Save audit CSV</source>
        <translation>Enregistrer le CSV de journal</translation>
    </message>
    <message>
        <source>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</source>
        <translation>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The audit is in %1.</source>
        <translation>Le journal est dans %1.</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Fermer cette boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>flowscope::EndExecution</name>
    <message>
        <source>the answer says the status is &apos;%1&apos;, not ended</source>
        <translation>la réponse dit que le statut est &apos;%1&apos;, pas terminé</translation>
    </message>
    <message>
        <source>Ending %1…</source>
        <translation>Arrêt de %1…</translation>
    </message>
    <message>
        <source>Ended %1 (its answer was cut off; re-reading it confirmed it ended)</source>
        <translation>%1 terminée (sa réponse a été coupée ; la relecture a confirmé qu&apos;elle est terminée)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 terminée</translation>
    </message>
    <message>
        <source>Could not end %1: the request&apos;s answer was lost (%2) and the execution is still active; nothing was sent twice. Try again.</source>
        <translation>Impossible de terminer %1 : la réponse de la requête a été perdue (%2) et l&apos;exécution est toujours active ; rien n&apos;a été envoyé deux fois. Réessayez.</translation>
    </message>
    <message>
        <source>Could not end %1: %2</source>
        <translation>Impossible de terminer %1 : %2</translation>
    </message>
</context>
<context>
    <name>flowscope::EndJob</name>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>annulé avant tout envoi</translation>
    </message>
    <message>
        <source>Ended %1 · already ended %2 · failed %3 · not sent %4</source>
        <translation>Terminées %1 · déjà terminées %2 · échouées %3 · non envoyées %4</translation>
    </message>
    <message>
        <source>not found (Studio keeps executions 30 days)</source>
        <translation>introuvable (Studio garde les exécutions 30 jours)</translation>
    </message>
    <message>
        <source>it had ended before (someone else got there first)</source>
        <translation>elle était déjà terminée (quelqu&apos;un d&apos;autre est passé avant)</translation>
    </message>
    <message>
        <source>its status is &apos;%1&apos;, neither active nor ended: left alone</source>
        <translation>son statut est &apos;%1&apos;, ni active ni terminée : laissée telle quelle</translation>
    </message>
    <message>
        <source>ended (its answer was lost; re-reading it confirmed it)</source>
        <translation>terminée (sa réponse a été perdue ; la relecture l&apos;a confirmé)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and it is still active; nothing was sent twice</source>
        <translation>la réponse a été perdue (%1) et elle est toujours active ; rien n&apos;a été envoyé deux fois</translation>
    </message>
    <message>
        <source>dry run: nothing sent</source>
        <translation>simulation : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsModel</name>
    <message>
        <source>Twilio cannot be reached: rows from %1</source>
        <translation>Twilio est injoignable : lignes depuis %1</translation>
    </message>
    <message>
        <source>Rows from %1</source>
        <translation>Lignes depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than Twilio keeps, from %1</source>
        <translation>
            <numerusform>%n ligne plus ancienne que ce que garde Twilio, depuis %1</numerusform>
            <numerusform>%n lignes plus anciennes que ce que garde Twilio, depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>SID de l&apos;exécution</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Contact SID</source>
        <translation>SID du contact</translation>
    </message>
    <message>
        <source>Flow SID</source>
        <translation>SID du flux</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminée à</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (en attente)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>What Twilio said about it could not all be read</source>
        <translation>Ce que Twilio en a dit n&apos;a pas pu être lu entièrement</translation>
    </message>
    <message>
        <source>No Twilio error</source>
        <translation>Aucune erreur Twilio</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — échec : %2</translation>
    </message>
    <message>
        <source>%1 — outcome unknown: %2</source>
        <translation>%1 — résultat inconnu : %2</translation>
    </message>
    <message>
        <source>When the execution started, in local time (hover a cell for UTC)</source>
        <translation>Quand l&apos;exécution a commencé, en heure locale (survolez une cellule pour l&apos;UTC)</translation>
    </message>
    <message>
        <source>When the execution last changed, in local time (hover a cell for UTC)</source>
        <translation>Quand l&apos;exécution a changé pour la dernière fois, en heure locale (survolez une cellule pour l&apos;UTC)</translation>
    </message>
    <message>
        <source>From start to end, for executions that ended</source>
        <translation>Du début à la fin, pour les exécutions terminées</translation>
    </message>
    <message>
        <source>The widget it ended on (or waits in), from its steps: read for the rows on screen, or all loaded rows with Analyse</source>
        <translation>Le widget où elle s&apos;est terminée (ou attend), d&apos;après ses étapes : lu pour les lignes à l&apos;écran, ou pour toutes les lignes chargées avec Analyser</translation>
    </message>
    <message>
        <source>The event of its last step</source>
        <translation>L&apos;événement de sa dernière étape</translation>
    </message>
    <message>
        <source>How many steps it took</source>
        <translation>Combien d&apos;étapes elle a faites</translation>
    </message>
    <message>
        <source>The first error Twilio recorded for it: a Debugger alert of a failed step, or a message that was not delivered (hover for its meaning); for a failure without a code, what failed</source>
        <translation>La première erreur que Twilio a enregistrée pour elle : une alerte du Debugger d&apos;une étape échouée, ou un message non remis (survolez pour sa signification) ; pour un échec sans code, ce qui a échoué</translation>
    </message>
    <message>
        <source>The phone number, WhatsApp, client or SIP address that triggered the execution</source>
        <translation>Le numéro de téléphone, l&apos;adresse WhatsApp, client ou SIP qui a déclenché l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsView</name>
    <message>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Échouées seulement</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions.</source>
        <translation>Choisissez un flux pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Executions, newest first; more load as you scroll. Ctrl+C copies the selected rows.</source>
        <translation>Exécutions, les plus récentes d&apos;abord ; d&apos;autres se chargent au défilement. Ctrl+C copie les lignes sélectionnées.</translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; right-click to choose columns</source>
        <translation>Cliquez pour trier les lignes chargées ; clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Filter by SID or contact…</source>
        <translation>Filtrer par SID ou contact…</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>Filtrer les lignes chargées</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SID or contact contains this text (Ctrl+F). Use Load all to filter every execution of the range.</source>
        <translation>N&apos;affiche que les lignes chargées dont le SID ou le contact contient ce texte (Ctrl+F). Utilisez Tout charger pour filtrer toutes les exécutions de la période.</translation>
    </message>
    <message>
        <source>Filter scope</source>
        <translation>Portée du filtre</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Tout charger</translation>
    </message>
    <message>
        <source>Load every execution of the range, page by page (cancel at any time)</source>
        <translation>Charger toutes les exécutions de la période, page par page (annulable à tout moment)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Back to newest first</source>
        <translation>Revenir aux plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Back to the API&apos;s order: newest first</source>
        <translation>Revenir à l&apos;ordre de l&apos;API : les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <source>Request the page that failed again; the rows loaded so far stay</source>
        <translation>Redemander la page qui a échoué ; les lignes déjà chargées restent</translation>
    </message>
    <message>
        <source>Table message</source>
        <translation>Message du tableau</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 Nouvel essai dans %2 s…</translation>
    </message>
    <message>
        <source>Read every loaded row&apos;s steps for its outcome: where it ended, the last event, and whether it failed (cancel at any time)</source>
        <translation>Lire les étapes de chaque ligne chargée pour son résultat : où elle s&apos;est terminée, le dernier événement et si elle a échoué (annulable à tout moment)</translation>
    </message>
    <message>
        <source>Show only the loaded rows whose outcome is known to be failed (a failure event, or an HTTP status of 400 or more)</source>
        <translation>N&apos;afficher que les lignes chargées dont le résultat est connu comme échoué (un événement d&apos;échec, ou un statut HTTP de 400 ou plus)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Show all loaded rows</source>
        <translation>Afficher toutes les lignes chargées</translation>
    </message>
    <message>
        <source>Show every loaded row again</source>
        <translation>Afficher à nouveau toutes les lignes chargées</translation>
    </message>
    <message>
        <source>New executions</source>
        <translation>Nouvelles exécutions</translation>
    </message>
    <message>
        <source>Go to the newest executions, put on top while you were away</source>
        <translation>Aller aux exécutions les plus récentes, ajoutées en haut pendant votre absence</translation>
    </message>
    <message numerus="yes">
        <source>%n new ▲</source>
        <translation>
            <numerusform>%n nouvelle ▲</numerusform>
            <numerusform>%n nouvelles ▲</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing %1 of %2…</source>
        <translation>Analyse de %1 sur %2…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Analyse annulée</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysées</translation>
    </message>
    <message>
        <source>Loaded rows sorted by %1 (%2)</source>
        <translation>Lignes chargées triées par %1 (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>croissant</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>décroissant</translation>
    </message>
    <message>
        <source>Executions as the API lists them</source>
        <translation>Exécutions telles que l&apos;API les liste</translation>
    </message>
    <message>
        <source>Sorting applies to the rows loaded so far; more rows are slotted in as they arrive</source>
        <translation>Le tri s&apos;applique aux lignes déjà chargées ; les nouvelles sont insérées à leur arrivée</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows match</source>
        <translation>%1 lignes chargées sur %2 correspondent</translation>
    </message>
    <message>
        <source>Filters the %1 loaded rows</source>
        <translation>Filtre les %1 lignes chargées</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>%1 loaded · more available</source>
        <translation>%1 chargées · il y en a d&apos;autres</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 loaded · loading…</source>
        <translation>%1 chargées · chargement…</translation>
    </message>
    <message>
        <source>The one execution in this range is loaded</source>
        <translation>L&apos;unique exécution de cette période est chargée</translation>
    </message>
    <message>
        <source>All %1 executions loaded</source>
        <translation>Les %1 exécutions sont chargées</translation>
    </message>
    <message>
        <source>%1 loaded · ⚠ %2</source>
        <translation>%1 chargées · ⚠ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>Chargement des exécutions…</translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation>Aucune exécution dans cette période.</translation>
    </message>
    <message>
        <source>None of the executions that passed there matches the filter.</source>
        <translation>Aucune des exécutions passées par là ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No loaded row is known to have failed. Analyse reads every loaded row&apos;s outcome.</source>
        <translation>Aucune ligne chargée n&apos;est connue comme échouée. Analyser lit le résultat de chaque ligne chargée.</translation>
    </message>
    <message>
        <source>No loaded row matches the filter.</source>
        <translation>Aucune ligne chargée ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportCrawl</name>
    <message>
        <source>A limit needs a single, sequential crawl.</source>
        <translation>Une limite demande une lecture unique et séquentielle.</translation>
    </message>
    <message>
        <source>Cannot create a spool file in %1 for the rows that wait their turn: %2</source>
        <translation>Impossible de créer dans %1 un fichier d&apos;attente pour les lignes qui attendent leur tour : %2</translation>
    </message>
    <message>
        <source>Cannot write a spool file in %1: %2</source>
        <translation>Impossible d&apos;écrire un fichier d&apos;attente dans %1 : %2</translation>
    </message>
    <message>
        <source>A spool file in %1 could not be read back: %2</source>
        <translation>Un fichier d&apos;attente dans %1 n&apos;a pas pu être relu : %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportDialog</name>
    <message>
        <source>All executions of this flow and range (fetches the remaining pages)</source>
        <translation>Toutes les exécutions de ce flux et de cette période (récupère les pages restantes)</translation>
    </message>
    <message>
        <source>UTC, ISO 8601, as the API gives them</source>
        <translation>UTC, ISO 8601, comme l&apos;API les donne</translation>
    </message>
    <message>
        <source>Local time with its offset</source>
        <translation>Heure locale avec son décalage</translation>
    </message>
    <message>
        <source>Include each execution&apos;s context as a JSON column (fetched for each row)</source>
        <translation>Inclure le contexte de chaque exécution en colonne JSON (récupéré pour chaque ligne)</translation>
    </message>
    <message>
        <source>Excel-compatible (start the file with a UTF-8 byte order mark)</source>
        <translation>Compatible Excel (commencer le fichier par une marque d&apos;ordre d&apos;octets UTF-8)</translation>
    </message>
    <message>
        <source>Formula guard: cells starting with = + - @ are written as text</source>
        <translation>Protection des formules : les cellules commençant par = + - @ sont écrites comme du texte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export executions</source>
        <translation>Exporter les exécutions</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 exists. Replace it once the export has completed?</source>
        <translation>%1 existe. Le remplacer une fois l&apos;export terminé ?</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>Les lignes sélectionnées (%1)</translation>
    </message>
    <message>
        <source>All loaded rows (%1)</source>
        <translation>Toutes les lignes chargées (%1)</translation>
    </message>
    <message>
        <source>All the results (%1)</source>
        <translation>Tous les résultats (%1)</translation>
    </message>
    <message>
        <source>Crawls the whole range in parallel time slices; the file has every execution, newest first</source>
        <translation>Parcourt toute la période en tranches de temps parallèles ; le fichier contient toutes les exécutions, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Header in the file: %1</source>
        <translation>En-tête du fichier : %1</translation>
    </message>
    <message>
        <source>Adds ended_at, last_event, step_count, failed and error_code, last. For rows of the table: their outcomes as known (Analyse first); for every execution of the range: each one&apos;s steps, context, messages and alerts are read.</source>
        <translation>Ajoute ended_at, last_event, step_count, failed et error_code, à la fin. Pour les lignes du tableau : leurs résultats tels qu&apos;ils sont connus (Analyser d&apos;abord) ; pour toutes les exécutions de la période : les étapes, le contexte, les messages et les alertes de chacune sont lus.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag to reorder</source>
        <translation>Cochez les colonnes à exporter ; faites-les glisser pour les réordonner</translation>
    </message>
    <message>
        <source>UTC times</source>
        <translation>Heures UTC</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>Heures locales</translation>
    </message>
    <message>
        <source>Include contexts</source>
        <translation>Inclure les contextes</translation>
    </message>
    <message>
        <source>One request per row, eight at a time</source>
        <translation>Une requête par ligne, huit à la fois</translation>
    </message>
    <message>
        <source>Extra columns from the context, e.g. flow.data.name, widgets.gather_1.Digits</source>
        <translation>Colonnes supplémentaires tirées du contexte, par ex. flow.data.name, widgets.gather_1.Digits</translation>
    </message>
    <message>
        <source>Context paths</source>
        <translation>Chemins du contexte</translation>
    </message>
    <message>
        <source>Comma-separated Studio variable paths; each becomes a column</source>
        <translation>Chemins de variables Studio séparés par des virgules ; chacun devient une colonne</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — for people</source>
        <translation>Classeur Excel (.xlsx) — pour les humains</translation>
    </message>
    <message>
        <source>CSV (.csv) — for scripts and imports</source>
        <translation>CSV (.csv) — pour les scripts et les imports</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A workbook&apos;s cells are typed: times are times, a phone number keeps its +, text is never run as a formula. A spreadsheet opening a CSV turns +14155550100 into a number and leaves times as text.</source>
        <translation>Les cellules d&apos;un classeur sont typées : les heures sont des heures, un numéro de téléphone garde son +, le texte n&apos;est jamais exécuté comme une formule. Un tableur qui ouvre un CSV transforme +14155550100 en nombre et laisse les heures en texte.</translation>
    </message>
    <message>
        <source>Excel-compatible</source>
        <translation>Compatible Excel</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read UTF-8 (emoji, accents, RTL and CJK text). Lines always end in CRLF, as RFC 4180 says.</source>
        <translation>Excel a besoin de la marque d&apos;ordre d&apos;octets pour lire l&apos;UTF-8 (emoji, accents, texte RTL et CJK). Les lignes finissent toujours par CRLF, comme le dit la RFC 4180.</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>Protection des formules</translation>
    </message>
    <message>
        <source>Prefixes an apostrophe so a spreadsheet never runs a contact&apos;s text as a formula; plain numbers and E.164 phone numbers stay exactly as they are</source>
        <translation>Ajoute une apostrophe en tête pour qu&apos;un tableur n&apos;exécute jamais le texte d&apos;un contact comme une formule ; les nombres simples et les numéros E.164 restent exactement tels quels</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisir où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Where to write the CSV; an existing file is replaced only when the export completes</source>
        <translation>Où écrire le CSV ; un fichier existant n&apos;est remplacé qu&apos;une fois l&apos;export terminé</translation>
    </message>
    <message>
        <source>Where to write the workbook; an existing file is replaced only when the export completes</source>
        <translation>Où écrire le classeur ; un fichier existant n&apos;est remplacé qu&apos;une fois l&apos;export terminé</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a context path such as widgets.gather_1.Digits.</source>
        <translation>&apos;%1&apos; n&apos;est pas un chemin de contexte comme widgets.gather_1.Digits.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>Fetching every execution of the range…</source>
        <translation>Récupération de toutes les exécutions de la période…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>%1 executions so far…</source>
        <translation>%1 exécutions jusqu&apos;ici…</translation>
    </message>
    <message>
        <source>Times as Twilio gives them, in UTC: the same file wherever it is made</source>
        <translation>Les heures telles que Twilio les donne, en UTC : le même fichier où qu&apos;il soit créé</translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, each with its offset from UTC</source>
        <translation>Les heures dans le fuseau horaire de cet ordinateur, chacune avec son décalage par rapport à l&apos;UTC</translation>
    </message>
    <message>
        <source>Only the rows selected in the table</source>
        <translation>Seulement les lignes sélectionnées dans le tableau</translation>
    </message>
    <message>
        <source>The rows as the table shows them: loaded so far, filtered, sorted</source>
        <translation>Les lignes telles que le tableau les montre : chargées jusqu&apos;ici, filtrées, triées</translation>
    </message>
    <message>
        <source>Write the chosen rows and columns to the file</source>
        <translation>Écrire dans le fichier les lignes et colonnes choisies</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Fermer cette boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export stopped: %1 Nothing was written.</source>
        <translation>L&apos;export s&apos;est arrêté : %1 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. An existing file was left as it was.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Un fichier existant a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The table was reset while exporting; nothing was written.</source>
        <translation>Le tableau a été réinitialisé pendant l&apos;export ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A context could not be fetched: %1 Nothing was written.</source>
        <translation>Un contexte n&apos;a pas pu être récupéré : %1 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported 1 execution to %1.</source>
        <translation>1 exécution exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>%1 exécutions exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowCanvas</name>
    <message>
        <source>%1
Not a widget of this definition (renamed or removed since?)</source>
        <translation>%1
Pas un widget de cette définition (renommé ou supprimé depuis ?)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>parted here</source>
        <translation>séparées ici</translation>
    </message>
    <message>
        <source>not in this definition</source>
        <translation>absent de cette définition</translation>
    </message>
    <message>
        <source> · waiting here</source>
        <translation> · en attente ici</translation>
    </message>
    <message>
        <source> · ended here</source>
        <translation> · terminée ici</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Diagramme du flux</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or Shift+arrows pan; click a box to see its step, or go from box to box with the arrows and press Enter</source>
        <translation>Ctrl+molette ou Ctrl+plus/moins zoome, Ctrl+0 ajuste ; glisser ou Maj+flèches déplace ; cliquez sur une boîte pour voir son étape, ou allez de boîte en boîte avec les flèches et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Step order: %1</source>
        <translation>Ordre des étapes : %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n subflow step(s)</source>
        <translation>
            <numerusform> · %n étape de sous-flux</numerusform>
            <numerusform> · %n étapes de sous-flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entered by %n execution(s)</source>
        <translation>
            <numerusform>Entré par %n exécution</numerusform>
            <numerusform>Entré par %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ended</source>
        <translation> · %1 terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n ended here</source>
        <translation>
            <numerusform>%n s&apos;est terminée ici</numerusform>
            <numerusform>%n se sont terminées ici</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) here</source>
        <translation>
            <numerusform>%n attend ici</numerusform>
            <numerusform>%n attendent ici</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 échouées</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s) ended here</source>
        <translation>
            <numerusform>%n exécution échouée s&apos;est terminée ici</numerusform>
            <numerusform>%n exécutions échouées se sont terminées ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Cliquez pour les lister</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Added in revision %1 (not in %2)</source>
        <translation>Ajouté dans la révision %1 (absent de %2)</translation>
    </message>
    <message>
        <source>Changed since revision %1:</source>
        <translation>Modifié depuis la révision %1 :</translation>
    </message>
    <message>
        <source>Moved since revision %1, nothing else changed</source>
        <translation>Déplacé depuis la révision %1, rien d&apos;autre n&apos;a changé</translation>
    </message>
    <message>
        <source>Removed in revision %1; it stood here in revision %2</source>
        <translation>Supprimé dans la révision %1 ; il se trouvait ici dans la révision %2</translation>
    </message>
    <message>
        <source>%1 stood here in revision %2</source>
        <translation>%1 se trouvait ici dans la révision %2</translation>
    </message>
    <message>
        <source>A: step(s) %1</source>
        <translation>A : étape(s) %1</translation>
    </message>
    <message>
        <source>B: step(s) %1</source>
        <translation>B : étape(s) %1</translation>
    </message>
    <message>
        <source>The two executions parted here</source>
        <translation>Les deux exécutions se sont séparées ici</translation>
    </message>
    <message>
        <source> → %1 (missing)</source>
        <translation> → %1 (manquant)</translation>
    </message>
    <message>
        <source>the file name must end in .png or .svg</source>
        <translation>le nom du fichier doit finir par .png ou .svg</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowPicker</name>
    <message>
        <source>Pick a flow: type its name, or paste an FW… SID</source>
        <translation>Choisissez un flux : tapez son nom, ou collez un SID FW…</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Type to search the account&apos;s flows by name or SID, or paste a flow SID (Ctrl+L)</source>
        <translation>Tapez pour chercher les flux du compte par nom ou SID, ou collez un SID de flux (Ctrl+L)</translation>
    </message>
    <message>
        <source>Matching flows</source>
        <translation>Flux correspondants</translation>
    </message>
    <message>
        <source>Reload flows</source>
        <translation>Recharger les flux</translation>
    </message>
    <message>
        <source>Load the account&apos;s flow list again</source>
        <translation>Recharger la liste des flux du compte</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Chargement des flux…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits. Nothing was sent.</source>
        <translation>&apos;%1&apos; n&apos;est pas un SID de flux : il doit être FW suivi de 32 chiffres hexadécimaux. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No flow of this account matches &apos;%1&apos;.</source>
        <translation>Aucun flux de ce compte ne correspond à &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 flows match &apos;%2&apos;: pick one from the list.</source>
        <translation>%1 flux correspondent à &apos;%2&apos; : choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowsModel</name>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
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
%2 · version %3
%4</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>{1 clé}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 clés}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>
… (%1 characters in all: Copy value takes them all)</source>
        <translation>
… (%1 caractères en tout : Copier la valeur les prend tous)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>flowscope::JsonTreeWidget</name>
    <message>
        <source>Find a key or value…</source>
        <translation>Chercher une clé ou une valeur…</translation>
    </message>
    <message>
        <source>Find in context</source>
        <translation>Chercher dans le contexte</translation>
    </message>
    <message>
        <source>Finds keys and values anywhere in the document, opening the tree to each match (Enter: next match)</source>
        <translation>Trouve les clés et les valeurs partout dans le document, en ouvrant l&apos;arbre jusqu&apos;à chaque résultat (Entrée : résultat suivant)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Context tree</source>
        <translation>Arbre du contexte</translation>
    </message>
    <message>
        <source>Right-click a node to copy its value, its JSON, or its Studio variable</source>
        <translation>Clic droit sur un nœud pour copier sa valeur, son JSON ou sa variable Studio</translation>
    </message>
    <message>
        <source>Context status</source>
        <translation>État du contexte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Studio variable</source>
        <translation>variable Studio</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Opened the first %1 nodes</source>
        <translation>Les %1 premiers nœuds ont été ouverts</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy as Studio variable</source>
        <translation>Copier comme variable Studio</translation>
    </message>
    <message>
        <source>The Liquid path to paste into a Studio widget, such as {{widgets.http_1.parsed.items[0].id}}</source>
        <translation>Le chemin Liquid à coller dans un widget Studio, comme {{widgets.http_1.parsed.items[0].id}}</translation>
    </message>
    <message>
        <source>Expand all (first %1 nodes)</source>
        <translation>Tout déplier (les %1 premiers nœuds)</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
</context>
<context>
    <name>flowscope::LinkServer</name>
    <message>
        <source>there is no runtime folder of this user for the window&apos;s socket</source>
        <translation>cet utilisateur n&apos;a pas de dossier d&apos;exécution pour le socket de la fenêtre</translation>
    </message>
    <message>
        <source>another FlowScope window of this user is running</source>
        <translation>une autre fenêtre FlowScope de cet utilisateur est ouverte</translation>
    </message>
    <message>
        <source>the running window did not take the link</source>
        <translation>la fenêtre ouverte n&apos;a pas pris le lien</translation>
    </message>
    <message>
        <source>the running window refused the link: %1</source>
        <translation>la fenêtre ouverte a refusé le lien : %1</translation>
    </message>
    <message>
        <source>the running window did not answer within %1 s</source>
        <translation>la fenêtre ouverte n&apos;a pas répondu en %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ListFetcher</name>
    <message>
        <source>the page is %1</source>
        <translation>la page est %1</translation>
    </message>
    <message>
        <source>the page is not a Twilio list (no meta.key naming an array of items)</source>
        <translation>la page n&apos;est pas une liste Twilio (aucun meta.key ne nomme un tableau d&apos;éléments)</translation>
    </message>
    <message>
        <source>the page&apos;s items could not be told apart</source>
        <translation>les éléments de la page n&apos;ont pas pu être distingués</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url n&apos;est pas une chaîne</translation>
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
        <translation>Cette clé ne peut pas lire le Debugger (Twilio Monitor) : les alertes sont écartées ; les messages, les appels et tout le reste sont lus.</translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation>le bac à sable intégré</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Load the executions again from the first page (F5)</source>
        <translation>Recharger les exécutions depuis la première page (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter loaded rows</source>
        <translation>&amp;Filtrer les lignes chargées</translation>
    </message>
    <message>
        <source>Pick &amp;flow</source>
        <translation>Choisir le &amp;flux</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the selected rows, the loaded rows or the whole range to a workbook or a CSV file (Ctrl+E)</source>
        <translation>Exporter les lignes sélectionnées, les lignes chargées ou toute la période vers un classeur ou un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open execution…</source>
        <translation>&amp;Ouvrir une exécution…</translation>
    </message>
    <message>
        <source>Show an execution by its FN… SID or a Twilio Console link, loaded or not (Ctrl+G)</source>
        <translation>Afficher une exécution par son SID FN… ou un lien de la Console Twilio, chargée ou non (Ctrl+G)</translation>
    </message>
    <message>
        <source>Open execution</source>
        <translation>Ouvrir une exécution</translation>
    </message>
    <message>
        <source>Execution SID (FN…) of the current flow, or a Twilio Console link:</source>
        <translation>SID d&apos;exécution (FN…) du flux actuel, ou lien de la Console Twilio :</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Use other Twilio credentials; everything of the current account is cleared</source>
        <translation>Utiliser d&apos;autres identifiants Twilio ; tout ce qui concerne le compte actuel est effacé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>The selected rows as tab-separated text with a header (Ctrl+C in the table)</source>
        <translation>Les lignes sélectionnées en texte séparé par des tabulations, avec un en-tête (Ctrl+C dans le tableau)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Switch between saved Twilio accounts</source>
        <translation>Passer d&apos;un compte Twilio enregistré à l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;End executions…</source>
        <translation>&amp;Terminer des exécutions…</translation>
    </message>
    <message>
        <source>End the selected active executions, after a confirmation</source>
        <translation>Terminer les exécutions actives sélectionnées, après confirmation</translation>
    </message>
    <message>
        <source>Co&amp;mpare two executions</source>
        <translation>Co&amp;mparer deux exécutions</translation>
    </message>
    <message>
        <source>The two selected executions side by side: both paths on the diagram, where they parted, and their contexts&apos; differences</source>
        <translation>Les deux exécutions sélectionnées côte à côte : les deux chemins sur le diagramme, l&apos;endroit où elles se sont séparées et les différences de leurs contextes</translation>
    </message>
    <message>
        <source>Find &amp;customer…</source>
        <translation>Trouver un &amp;client…</translation>
    </message>
    <message>
        <source>A customer&apos;s executions across every flow</source>
        <translation>Les exécutions d&apos;un client dans tous les flux</translation>
    </message>
    <message>
        <source>Find &amp;stuck…</source>
        <translation>Trouver les &amp;bloquées…</translation>
    </message>
    <message>
        <source>The active executions that started hours ago and block their customers</source>
        <translation>Les exécutions actives commencées il y a des heures, qui bloquent leurs clients</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Follow: read the newest executions every %1 s and put them on top (F9); for ranges that reach now</source>
        <translation>Suivre : lire les exécutions les plus récentes toutes les %1 s et les placer en haut (F9) ; pour les périodes qui vont jusqu&apos;à maintenant</translation>
    </message>
    <message>
        <source>Follow needs a flow and a range that reaches now (such as Last hour or Any time).</source>
        <translation>Suivre demande un flux et une période qui va jusqu&apos;à maintenant (comme Dernière heure ou N&apos;importe quand).</translation>
    </message>
    <message>
        <source>Following: the newest executions appear on top every %1 s.</source>
        <translation>Suivi : les exécutions les plus récentes apparaissent en haut toutes les %1 s.</translation>
    </message>
    <message>
        <source>Follow: ⚠ %1 It tries again in %2 s.</source>
        <translation>Suivre : ⚠ %1 Nouvel essai dans %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n new execution(s)</source>
        <translation>
            <numerusform>%n nouvelle exécution</numerusform>
            <numerusform>%n nouvelles exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Outcomes of the rows on screen</source>
        <translation>&amp;Résultats des lignes à l&apos;écran</translation>
    </message>
    <message>
        <source>Read the steps of the rows on screen by themselves for their outcome (Analyse reads all loaded rows either way)</source>
        <translation>Lire d&apos;office les étapes des lignes à l&apos;écran pour leur résultat (Analyser lit de toute façon toutes les lignes chargées)</translation>
    </message>
    <message>
        <source>Count &amp;undelivered messages as failures</source>
        <translation>Compter les messages &amp;non remis comme des échecs</translation>
    </message>
    <message>
        <source>An execution whose message did not reach the customer failed, though Studio&apos;s step says &quot;sent&quot;: the bot went silent</source>
        <translation>Une exécution dont le message n&apos;a pas atteint le client a échoué, même si l&apos;étape Studio dit &quot;sent&quot; : le bot s&apos;est tu</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>A&amp;lertes…</translation>
    </message>
    <message>
        <source>The flow&apos;s Debugger alerts over the range shown, by error code and by widget (Ctrl+Shift+A)</source>
        <translation>Les alertes du Debugger du flux sur la période affichée, par code d&apos;erreur et par widget (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>&amp;Activity chart</source>
        <translation>Graphique d&apos;&amp;activité</translation>
    </message>
    <message>
        <source>Executions per 5 minutes, hour or day, above the table</source>
        <translation>Exécutions par 5 minutes, heure ou jour, au-dessus du tableau</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Open a saved view, or save what the table shows (Ctrl+D)</source>
        <translation>Ouvrir une vue enregistrée, ou enregistrer ce que montre le tableau (Ctrl+D)</translation>
    </message>
    <message>
        <source>Find customer…</source>
        <translation>Trouver un client…</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>A phone number or address: every flow&apos;s executions of this customer (Ctrl+Shift+F)</source>
        <translation>Un numéro de téléphone ou une adresse : les exécutions de ce client dans tous les flux (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Executions or customer search</source>
        <translation>Exécutions ou recherche de client</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Which Twilio account FlowScope reads, and where its credentials come from</source>
        <translation>Quel compte Twilio FlowScope lit, et d&apos;où viennent ses identifiants</translation>
    </message>
    <message>
        <source>Where the rows come from</source>
        <translation>D&apos;où viennent les lignes</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>The table and the chart still show %1 — %2.</source>
        <translation>Le tableau et le graphique montrent encore %1 — %2.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>The flow list could not be loaded: %1 Press F5 to try again.</source>
        <translation>La liste des flux n&apos;a pas pu être chargée : %1 Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Select the results to end first.</source>
        <translation>Sélectionnez d&apos;abord les résultats à terminer.</translation>
    </message>
    <message>
        <source>The Executions tab&apos;s flow and range. Find customer searches its own range, set on its tab.</source>
        <translation>Le flux et la période de l&apos;onglet Exécutions. Trouver un client cherche dans sa propre période, réglée sur son onglet.</translation>
    </message>
    <message>
        <source>The link is of account %1: switching to profile &apos;%2&apos;…</source>
        <translation>Le lien est du compte %1 : passage au profil &apos;%2&apos;…</translation>
    </message>
    <message>
        <source>That link is of account %1, but the TWILIO_* variables sign in to %2; it was not opened.</source>
        <translation>Ce lien est du compte %1, mais les variables TWILIO_* se connectent à %2 ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>That link is of account %1, and no profile of yours holds it; it was not opened. Add one (Profiles ▸ Add profile…) if you have access to it.</source>
        <translation>Ce lien est du compte %1, et aucun de vos profils ne le contient ; il n&apos;a pas été ouvert. Ajoutez-en un (Profils ▸ Ajouter un profil…) si vous y avez accès.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 were ignored: a link never changes the account or where FlowScope connects.</source>
        <translation>Les %1 du lien ont été ignorés : un lien ne change jamais le compte ni l&apos;endroit où FlowScope se connecte.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Flow %1 has no execution %2. Studio keeps executions for 30 days; check the SID, or paste the Console link, which names its flow.</source>
        <translation>Le flux %1 n&apos;a pas d&apos;exécution %2. Studio garde les exécutions 30 jours ; vérifiez le SID, ou collez le lien de la Console, qui nomme son flux.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Could not open %1: the server sent a response FlowScope cannot read: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 : le serveur a envoyé une réponse que FlowScope ne sait pas lire : %2.</translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows; shown as the API returned it.</source>
        <translation>%1 n&apos;est pas parmi les lignes chargées ; affiché tel que l&apos;API l&apos;a renvoyé.</translation>
    </message>
    <message>
        <source>View &apos;%1&apos;</source>
        <translation>Vue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>FlowScope — demo account</source>
        <translation>FlowScope — compte de démonstration</translation>
    </message>
    <message>
        <source>Demo: a generated Studio account served by the built-in sandbox</source>
        <translation>Démo : un compte Studio généré servi par le bac à sable intégré</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions (Ctrl+L).</source>
        <translation>Choisissez un flux pour voir ses exécutions (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select the executions to end first.</source>
        <translation>Sélectionnez d&apos;abord les exécutions à terminer.</translation>
    </message>
    <message>
        <source>Select exactly two executions to compare (Ctrl+click the second).</source>
        <translation>Sélectionnez exactement deux exécutions à comparer (Ctrl+clic sur la seconde).</translation>
    </message>
    <message>
        <source>The flows are not listed yet.</source>
        <translation>Les flux ne sont pas encore listés.</translation>
    </message>
    <message>
        <source>Pick a flow first: its alerts are counted.</source>
        <translation>Choisissez d&apos;abord un flux : ses alertes sont comptées.</translation>
    </message>
    <message>
        <source>%1 — %2 of them loaded; Load all for the others</source>
        <translation>%1 — %2 chargées ; Tout charger pour les autres</translation>
    </message>
    <message>
        <source>Pick a flow first: there is nothing to export yet.</source>
        <translation>Choisissez d&apos;abord un flux : il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de profil nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>identifiants saisis (gardés en mémoire)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1…%2 · %3</source>
        <translation>%1…%2 · %3</translation>
    </message>
    <message>
        <source> (TWILIO_* variables win over profiles)</source>
        <translation> (les variables TWILIO_* priment sur les profils)</translation>
    </message>
    <message>
        <source>Account %1, signed in with %2; API origin %3</source>
        <translation>Compte %1, connecté avec %2 ; origine de l&apos;API %3</translation>
    </message>
    <message>
        <source>Environment credentials in use (TWILIO_*)</source>
        <translation>Identifiants de l&apos;environnement utilisés (TWILIO_*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Clé d&apos;API %1</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>&amp;Modifier le profil</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove profile &apos;%1&apos; and its secret from the keychain?</source>
        <translation>Supprimer le profil &apos;%1&apos; et son secret du trousseau ?</translation>
    </message>
    <message>
        <source>Secrets are kept in %1</source>
        <translation>Les secrets sont gardés dans %1</translation>
    </message>
    <message>
        <source>A flow&apos;s executions over the range in the tool bar</source>
        <translation>Les exécutions d&apos;un flux sur la période de la barre d&apos;outils</translation>
    </message>
</context>
<context>
    <name>flowscope::OutcomeFetcher</name>
    <message>
        <source>its steps are gone (404)</source>
        <translation>ses étapes ont disparu (404)</translation>
    </message>
    <message>
        <source>its steps could not be read: %1</source>
        <translation>ses étapes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>its context is gone (404), so the widgets&apos; status codes are unknown</source>
        <translation>son contexte a disparu (404), les codes de statut des widgets sont donc inconnus</translation>
    </message>
    <message>
        <source>its context could not be read: %1</source>
        <translation>son contexte n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>its context is not a JSON object</source>
        <translation>son contexte n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>flowscope::Pager</name>
    <message>
        <source>meta.next_page_url is not an absolute URL</source>
        <translation>meta.next_page_url n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>Stopped: the next page is on %1, not on the origin of the list (%2). Credentials are never sent to another origin.</source>
        <translation>Arrêté : la page suivante est sur %1, pas sur l&apos;origine de la liste (%2). Les identifiants ne sont jamais envoyés à une autre origine.</translation>
    </message>
    <message>
        <source>Stopped: the server sent a next page that was already loaded (a paging loop).</source>
        <translation>Arrêté : le serveur a envoyé une page suivante déjà chargée (une boucle de pagination).</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedPanel</name>
    <message>
        <source>Said: %1</source>
        <translation>Dit : %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erreur %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1 : %2</translation>
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
        <translation>La page de Twilio sur %1</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Ce que Twilio a dit</translation>
    </message>
    <message>
        <source>Select an execution to see what Twilio said about it.</source>
        <translation>Sélectionnez une exécution pour voir ce que Twilio en a dit.</translation>
    </message>
    <message>
        <source>Alerts are left out: this key cannot read the Debugger.</source>
        <translation>Les alertes sont écartées : cette clé ne peut pas lire le Debugger.</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>Les alertes n&apos;ont pas pu être listées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and are not shown.</source>
        <translation>
            <numerusform>%n alerte ne nommant que le flux ne correspondait à aucune étape unique et n&apos;est pas affichée.</numerusform>
            <numerusform>%n alertes ne nommant que le flux ne correspondaient à aucune étape unique et ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio kept nothing else about this step (%n about the execution).</source>
        <translation>
            <numerusform>Twilio n&apos;a rien gardé d&apos;autre sur cette étape (%n sur l&apos;exécution).</numerusform>
            <numerusform>Twilio n&apos;a rien gardé d&apos;autre sur cette étape (%n sur l&apos;exécution).</numerusform>
        </translation>
    </message>
    <message>
        <source>What Twilio said about this step:</source>
        <translation>Ce que Twilio a dit de cette étape :</translation>
    </message>
    <message>
        <source>Twilio kept no message, call or Debugger alert about this execution.</source>
        <translation>Twilio n&apos;a gardé aucun message, appel ni alerte du Debugger sur cette exécution.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), call(s) and alert(s) about this execution; select a marked step for its own.</source>
        <translation>
            <numerusform>%n message, appel ou alerte sur cette exécution ; sélectionnez une étape marquée pour les siens.</numerusform>
            <numerusform>%n messages, appels et alertes sur cette exécution ; sélectionnez une étape marquée pour les siens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Ouvrir dans la Console Twilio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Message %1&lt;/b&gt; : plus chez Twilio (supprimé, ou au-delà de sa conservation).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Message %1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message from %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Message de %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Message à %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n segment(s)</source>
        <translation>
            <numerusform>Envoyé %1 · %n segment</numerusform>
            <numerusform>Envoyé %1 · %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Named by widget %1 · %2</source>
        <translation>Nommé par le widget %1 · %2</translation>
    </message>
    <message>
        <source>It started the execution · %1</source>
        <translation>Il a lancé l&apos;exécution · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Appel %1&lt;/b&gt; : plus chez Twilio (supprimé, ou au-delà de sa conservation).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Appel %1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appel %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>lasted %n second(s)</source>
        <translation>
            <numerusform>a duré %n seconde</numerusform>
            <numerusform>a duré %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>répondu par %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencé %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2 — probable: it names only the flow, and its time and URL fit this step alone</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; à %2 — probable : elle ne nomme que le flux, et son heure et son URL ne correspondent qu&apos;à cette étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; à %2</translation>
    </message>
    <message>
        <source>Called: %1 </source>
        <translation>Appelé : %1 </translation>
    </message>
    <message>
        <source>Open in the Debugger</source>
        <translation>Ouvrir dans le Debugger</translation>
    </message>
    <message>
        <source>The request and response of this alert could not be read.</source>
        <translation>La requête et la réponse de cette alerte n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The response body</source>
        <translation>Le corps de la réponse</translation>
    </message>
    <message>
        <source>The response headers</source>
        <translation>Les en-têtes de la réponse</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedSession</name>
    <message>
        <source>The account changed.</source>
        <translation>Le compte a changé.</translation>
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
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionCompare</name>
    <message>
        <source>revision %1 holds no definition FlowScope can read: %2</source>
        <translation>la révision %1 ne contient aucune définition que FlowScope sache lire : %2</translation>
    </message>
    <message>
        <source>Revision %1 → %2</source>
        <translation>Révision %1 → %2</translation>
    </message>
    <message>
        <source>%1: no widget changed.</source>
        <translation>%1 : aucun widget n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 moved.</source>
        <translation>%1 : %2 ajoutés, %3 supprimés, %4 modifiés, %5 déplacés.</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionComparer</name>
    <message>
        <source>+ %1 — added</source>
        <translation>+ %1 — ajouté</translation>
    </message>
    <message>
        <source>− %1 — removed</source>
        <translation>− %1 — supprimé</translation>
    </message>
    <message>
        <source>↔ %1 — moved</source>
        <translation>↔ %1 — déplacé</translation>
    </message>
    <message>
        <source>✎ %1 — changed: %2</source>
        <translation>✎ %1 — modifié : %2</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>Comparer avec une révision…</translation>
    </message>
    <message>
        <source>Draw what changed between the revision this execution ran on and another: added, removed, changed and moved widgets</source>
        <translation>Dessiner ce qui a changé entre la révision sur laquelle cette exécution a tourné et une autre : widgets ajoutés, supprimés, modifiés et déplacés</translation>
    </message>
    <message>
        <source>Compare with another revision of the flow</source>
        <translation>Comparer avec une autre révision du flux</translation>
    </message>
    <message>
        <source>What changed between the two revisions</source>
        <translation>Ce qui a changé entre les deux révisions</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>Les révisions n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Back to this execution&apos;s path</source>
        <translation>Revenir au chemin de cette exécution</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s revisions…</source>
        <translation>Lecture des révisions du flux…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source> (this execution&apos;s)</source>
        <translation> (celle de cette exécution)</translation>
    </message>
    <message>
        <source>Reading revisions %1 and %2…</source>
        <translation>Lecture des révisions %1 et %2…</translation>
    </message>
    <message>
        <source>Drawn: revision %1; this execution ran on %2.</source>
        <translation>Dessinée : révision %1 ; cette exécution a tourné sur la %2.</translation>
    </message>
    <message>
        <source>Hover a marked box for what changed; removed widgets are ghosts.</source>
        <translation>Survolez une boîte marquée pour voir ce qui a changé ; les widgets supprimés sont des fantômes.</translation>
    </message>
    <message>
        <source>No widget changed.</source>
        <translation>Aucun widget n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>flowscope::SearchPanel</name>
    <message>
        <source>Also search message text</source>
        <translation>Chercher aussi dans le texte des messages</translation>
    </message>
    <message>
        <source>Exact address</source>
        <translation>Adresse exacte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Terminer des exécutions…</translation>
    </message>
    <message>
        <source>Search message text</source>
        <translation>Chercher dans le texte des messages</translation>
    </message>
    <message>
        <source>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</source>
        <translation>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>A phone number as you would type it matches it on every channel (SMS, WhatsApp, calls); client: and sip: addresses match whole</source>
        <translation>Un numéro de téléphone tel que vous le taperiez correspond sur tous les canaux (SMS, WhatsApp, appels) ; les adresses client: et sip: correspondent en entier</translation>
    </message>
    <message>
        <source>What they wrote or said</source>
        <translation>Ce qu&apos;ils ont écrit ou dit</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Searched in each execution&apos;s context: one request per execution</source>
        <translation>Cherché dans le contexte de chaque exécution : une requête par exécution</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>Le pays des numéros tapés sans +pays (ISO 3166, comme GB)</translation>
    </message>
    <message>
        <source>Match the address string only, on its own channel</source>
        <translation>Comparer seulement la chaîne d&apos;adresse, sur son propre canal</translation>
    </message>
    <message>
        <source>Flows to search</source>
        <translation>Flux à parcourir</translation>
    </message>
    <message>
        <source>All flows by default; untick to narrow</source>
        <translation>Tous les flux par défaut ; décochez pour restreindre</translation>
    </message>
    <message>
        <source>Every chosen flow at once, newest first (Enter)</source>
        <translation>Tous les flux choisis à la fois, les plus récents d&apos;abord (Entrée)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <source>Stop every request of the search</source>
        <translation>Arrêter toutes les requêtes de la recherche</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Export the selected results (or all) with the export dialog</source>
        <translation>Exporter les résultats sélectionnés (ou tous) avec la boîte d&apos;export</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Terminer des exécutions</translation>
    </message>
    <message>
        <source>End the selected results that are still active, after a confirmation</source>
        <translation>Terminer les résultats sélectionnés encore actifs, après confirmation</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address to find them in every flow.</source>
        <translation>Tapez le numéro ou l&apos;adresse d&apos;un client pour le trouver dans tous les flux.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>This search&apos;s own range, up to Twilio&apos;s 30 days (more with the archive); the tool bar&apos;s range is the Executions tab&apos;s</source>
        <translation>La période propre à cette recherche, jusqu&apos;aux 30 jours de Twilio (plus avec l&apos;archive) ; la période de la barre d&apos;outils est celle de l&apos;onglet Exécutions</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Customer&apos;s executions</source>
        <translation>Exécutions du client</translation>
    </message>
    <message>
        <source>Every flow&apos;s executions of this customer, newest first. Ctrl+C copies the selected ones.</source>
        <translation>Les exécutions de ce client dans tous les flux, les plus récentes d&apos;abord. Ctrl+C copie celles sélectionnées.</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Copier les résultats</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 flux sur %2</translation>
    </message>
    <message>
        <source>All %1 flows</source>
        <translation>Les %1 flux</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address, or what they wrote.</source>
        <translation>Tapez le numéro ou l&apos;adresse d&apos;un client, ou ce qu&apos;il a écrit.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Choose at least one flow.</source>
        <translation>Choisissez au moins un flux.</translation>
    </message>
    <message>
        <source>The range&apos;s start is not before its end: nothing was sent.</source>
        <translation>Le début de la période ne précède pas sa fin : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Counting the executions to read…</source>
        <translation>Comptage des exécutions à lire…</translation>
    </message>
    <message numerus="yes">
        <source>Searching what they wrote reads the context of %n execution(s) — one request each. Go on?</source>
        <translation>
            <numerusform>Chercher ce qu&apos;ils ont écrit lit le contexte de %n exécution — une requête chacune. Continuer ?</numerusform>
            <numerusform>Chercher ce qu&apos;ils ont écrit lit le contexte de %n exécutions — une requête chacune. Continuer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: nothing was read.</source>
        <translation>Pas de recherche : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>Cancelled: %1 found before then, not a complete search.</source>
        <translation>Annulé : %1 trouvées jusque-là, recherche incomplète.</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 flux sur %2 · %3 exécutions parcourues · %4 trouvées</translation>
    </message>
    <message numerus="yes">
        <source>%n only in the archive</source>
        <translation>
            <numerusform>%n seulement dans l&apos;archive</numerusform>
            <numerusform>%n seulement dans l&apos;archive</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive searched too</source>
        <translation>l&apos;archive aussi a été parcourue</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>every flow searched</source>
        <translation>tous les flux ont été parcourus</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: not a complete search</source>
        <translation>
            <numerusform>%n flux n&apos;a pas pu être parcouru : recherche incomplète</numerusform>
            <numerusform>%n flux n&apos;ont pas pu être parcourus : recherche incomplète</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Réessayer %1</translation>
    </message>
    <message>
        <source>Search this flow again; what was found stays</source>
        <translation>Rechercher à nouveau dans ce flux ; ce qui a été trouvé reste</translation>
    </message>
</context>
<context>
    <name>flowscope::SignInDialog</name>
    <message>
        <source>Account SID and Auth Token</source>
        <translation>Account SID et Auth Token</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>Clé d&apos;API et secret</translation>
    </message>
    <message>
        <source>Remember as a profile (the secret goes to the keychain, never to a file)</source>
        <translation>Mémoriser comme profil (le secret va dans le trousseau, jamais dans un fichier)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to Twilio</source>
        <translation>Se connecter à Twilio</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits, from the Twilio Console&apos;s dashboard</source>
        <translation>AC suivi de 32 chiffres hexadécimaux, depuis le tableau de bord de la Console Twilio</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Kept in memory for this session, or by the system keychain when remembered as a profile; never in a file</source>
        <translation>Gardé en mémoire pour cette session, ou par le trousseau du système s&apos;il est mémorisé comme profil ; jamais dans un fichier</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID de la clé d&apos;API</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret de la clé d&apos;API</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Leave empty for the default (us1)</source>
        <translation>Laisser vide pour la valeur par défaut (us1)</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Leave empty for the default; an edge alone means region us1</source>
        <translation>Laisser vide pour la valeur par défaut ; un edge seul signifie la région us1</translation>
    </message>
    <message>
        <source>Advanced: another API origin, e.g. http://127.0.0.1:8080</source>
        <translation>Avancé : une autre origine d&apos;API, par ex. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Only for a sandbox or proxy; plain http only for loopback hosts</source>
        <translation>Seulement pour un bac à sable ou un proxy ; http simple seulement pour les hôtes loopback</translation>
    </message>
    <message>
        <source>e.g. support-us1</source>
        <translation>par ex. support-us1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>A name for these credentials, to switch between accounts later</source>
        <translation>Un nom pour ces identifiants, pour passer d&apos;un compte à l&apos;autre plus tard</translation>
    </message>
    <message>
        <source>Remember as a profile</source>
        <translation>Mémoriser comme profil</translation>
    </message>
    <message>
        <source>Saves the profile; the Auth Token or secret is kept by the system keychain</source>
        <translation>Enregistre le profil ; l&apos;Auth Token ou le secret est gardé par le trousseau du système</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Pourquoi se connecter</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problème dans le formulaire</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Ask Twilio for one flow with these credentials</source>
        <translation>Demander un flux à Twilio avec ces identifiants</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>FlowScope needs Twilio credentials that may read Studio. The secret stays in memory for this session, or in the system keychain if you remember it as a profile.</source>
        <translation>FlowScope a besoin d&apos;identifiants Twilio autorisés à lire Studio. Le secret reste en mémoire pour cette session, ou dans le trousseau du système si vous le mémorisez comme profil.</translation>
    </message>
    <message>
        <source>Give the profile a name: letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Donnez un nom au profil : lettres, chiffres, espaces, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>(stored in the keychain: leave empty to keep it)</source>
        <translation>(enregistré dans le trousseau : laisser vide pour le garder)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>✓ Connected: these credentials can read this account&apos;s Studio flows.</source>
        <translation>✓ Connecté : ces identifiants peuvent lire les flux Studio de ce compte.</translation>
    </message>
    <message>
        <source>✓ Connected, but this account has no Studio flows yet.</source>
        <translation>✓ Connecté, mais ce compte n&apos;a encore aucun flux Studio.</translation>
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
        <translation>Combien de temps cette étape a duré : jusqu&apos;à l&apos;étape suivante, la dernière jusqu&apos;à la fin de l&apos;exécution (ou jusqu&apos;à maintenant, tant qu&apos;elle tourne)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Twilio said</source>
        <translation>Ce que Twilio a dit</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>De → Vers</translation>
    </message>
    <message>
        <source>Widget type</source>
        <translation>Type de widget</translation>
    </message>
</context>
<context>
    <name>flowscope::StuckDialog</name>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Terminer des exécutions…</translation>
    </message>
    <message>
        <source>Find stuck executions</source>
        <translation>Trouver les exécutions bloquées</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>The flows to look in (the current one by default)</source>
        <translation>Les flux où chercher (l&apos;actuel par défaut)</translation>
    </message>
    <message>
        <source> hours ago</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Started more than</source>
        <translation>Commencées il y a plus de</translation>
    </message>
    <message>
        <source>Active executions that started longer ago than this</source>
        <translation>Exécutions actives commencées il y a plus longtemps que cela</translation>
    </message>
    <message>
        <source>Optional: +44 7700 900123, client:alice, sip:bob@example.com</source>
        <translation>Facultatif : +44 7700 900123, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Only this customer&apos;s: a phone number matches it on every channel</source>
        <translation>Seulement celles de ce client : un numéro de téléphone correspond sur tous les canaux</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>Le pays des numéros tapés sans +pays (ISO 3166, comme GB)</translation>
    </message>
    <message>
        <source>Reads only the active executions (Studio v2&apos;s status filter)</source>
        <translation>Ne lit que les exécutions actives (le filtre de statut de Studio v2)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Stuck executions</source>
        <translation>Exécutions bloquées</translation>
    </message>
    <message>
        <source>Select those to end; with none selected, End executions takes them all</source>
        <translation>Sélectionnez celles à terminer ; sans sélection, Terminer des exécutions les prend toutes</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Terminer des exécutions</translation>
    </message>
    <message>
        <source>End the selected ones (all when none is selected), after a confirmation</source>
        <translation>Terminer celles sélectionnées (toutes si aucune ne l&apos;est), après confirmation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tick at least one flow.</source>
        <translation>Cochez au moins un flux.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n flow(s)…</source>
        <translation>
            <numerusform>Recherche dans %n flux…</numerusform>
            <numerusform>Recherche dans %n flux…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 found</source>
        <translation>%1 flux sur %2 · %3 trouvées</translation>
    </message>
    <message numerus="yes">
        <source>%n active execution(s) started before then</source>
        <translation>
            <numerusform>%n exécution active a commencé avant</numerusform>
            <numerusform>%n exécutions actives ont commencé avant</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow could be read: the list above is not complete.</source>
        <translation>Tous les flux n&apos;ont pas pu être lus : la liste ci-dessus est incomplète.</translation>
    </message>
</context>
<context>
    <name>flowscope::TargetLookup</name>
    <message>
        <source>%1 is in none of the flows given: skipped</source>
        <translation>%1 n&apos;est dans aucun des flux donnés : ignorée</translation>
    </message>
    <message>
        <source>%1 is not active: skipped</source>
        <translation>%1 n&apos;est pas active : ignorée</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s: skipped</source>
        <translation>%1 n&apos;est pas de %2 : ignorée</translation>
    </message>
</context>
<context>
    <name>flowscope::ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>Copier le &amp;lien vers cette vue</translation>
    </message>
    <message>
        <source>Name the flow, range, filters, columns and sort shown, to open them again or send them as a link (Ctrl+D)</source>
        <translation>Nommer le flux, la période, les filtres, les colonnes et le tri affichés, pour les rouvrir ou les envoyer en lien (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy a flowscope://view link to what the table shows now</source>
        <translation>Copier un lien flowscope://view vers ce que montre le tableau</translation>
    </message>
    <message>
        <source>Copied a link to this view</source>
        <translation>Lien vers cette vue copié</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Aucune vue enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show this view&apos;s flow, range, filters and columns</source>
        <translation>Afficher le flux, la période, les filtres et les colonnes de cette vue</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copied a link to the view &apos;%1&apos;</source>
        <translation>Lien vers la vue &apos;%1&apos; copié</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>Ouvrir au &amp;démarrage</translation>
    </message>
    <message>
        <source>Open this view when FlowScope starts with this profile</source>
        <translation>Ouvrir cette vue quand FlowScope démarre avec ce profil</translation>
    </message>
    <message>
        <source>Pick a flow first: a view is a flow&apos;s executions.</source>
        <translation>Choisissez d&apos;abord un flux : une vue, ce sont les exécutions d&apos;un flux.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view (flow, range, filters, columns and sort as shown):</source>
        <translation>Nom de la vue (flux, période, filtres, colonnes et tri tels qu&apos;affichés) :</translation>
    </message>
    <message>
        <source>Replace the view &apos;%1&apos;?</source>
        <translation>Remplacer la vue &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos;</source>
        <translation>Vue &apos;%1&apos; enregistrée</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name of the view &apos;%1&apos;:</source>
        <translation>Nouveau nom de la vue &apos;%1&apos; :</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the view &apos;%1&apos;?</source>
        <translation>Supprimer la vue &apos;%1&apos; ?</translation>
    </message>
</context>
<context>
    <name>flowscope::WorkbookFile</name>
    <message>
        <source> […cut here: %1 more characters do not fit in a spreadsheet cell; export JSONL for the whole text]</source>
        <translation> […coupé ici : %1 caractères de plus ne tiennent pas dans une cellule de tableur ; exportez en JSONL pour le texte entier]</translation>
    </message>
    <message>
        <source>a workbook can only be written, once</source>
        <translation>un classeur ne peut être écrit qu&apos;une fois</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>le classeur n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the last row was incomplete</source>
        <translation>la dernière ligne était incomplète</translation>
    </message>
    <message>
        <source>the rows to write were corrupt</source>
        <translation>les lignes à écrire étaient corrompues</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>impossible de relire le classeur : %1</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
    <message>
        <source>cannot put the workbook in place</source>
        <translation>impossible de mettre le classeur en place</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>le classeur n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Le bac à sable de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; n&apos;est pas une commande.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the window (options start with --).</source>
        <translation>&apos;%1&apos; n&apos;est pas une option de la fenêtre (les options commencent par --).</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>Commands: %1. Run &apos;flowscope --help&apos;.</source>
        <translation>Commandes : %1. Lancez &apos;flowscope --help&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;flowscope --help&apos;.</source>
        <translation>Lancez &apos;flowscope --help&apos;.</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands run without one: flowscope --help</source>
        <translation>aucun écran où ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini) ; les commandes fonctionnent sans : flowscope --help</translation>
    </message>
    <message>
        <source>the window could not open on this display; the commands run without one: flowscope --help</source>
        <translation>la fenêtre n&apos;a pas pu s&apos;ouvrir sur cet écran ; les commandes fonctionnent sans : flowscope --help</translation>
    </message>
    <message>
        <source>after -- comes one flowscope:// link, and nothing else</source>
        <translation>après -- vient un lien flowscope://, et rien d&apos;autre</translation>
    </message>
</context>
</TS>
