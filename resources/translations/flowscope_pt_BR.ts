<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Mais %1</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>Limpa o campo</translation>
    </message>
    <message>
        <source>The tools the window is too narrow to show</source>
        <translation>As ferramentas que não cabem na janela</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>the Debugger&apos;s alerts of a flow&apos;s executions</source>
        <translation>os alertas do Debugger das execuções de um fluxo</translation>
    </message>
    <message>
        <source>List the Debugger alerts (Twilio Monitor) of a range that belong to executions of the flows given — one row per alert with its execution, step and widget, or counted by error code or widget. Monitor filters by time only: an alert is kept when it names one of the flows&apos; executions or a message or call of one, or names only the flow and fits exactly one step by its time and URL (probable); others are left out. Written once every alert is placed, atomically with -o.</source>
        <translation>Lista os alertas do Debugger (Twilio Monitor) de um intervalo que pertencem a execuções dos fluxos informados — uma linha por alerta com sua execução, etapa e widget, ou contados por código de erro ou por widget. O Monitor filtra só por tempo: um alerta é mantido quando cita uma das execuções dos fluxos ou uma mensagem ou chamada de uma delas, ou cita só o fluxo e corresponde a exatamente uma etapa pelo horário e pela URL (provável); os demais ficam de fora. Gravado quando cada alerta está situado, de forma atômica com -o.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable). Required.</source>
        <translation>O SID do fluxo (repetível). Obrigatório.</translation>
    </message>
    <message>
        <source>From T (default: 24 hours ago).</source>
        <translation>A partir de T (padrão: 24 horas atrás).</translation>
    </message>
    <message>
        <source>Monitor keeps alerts 30 days. Executions that began up to a day before T are read too, for alerts of theirs that came later.</source>
        <translation>O Monitor guarda alertas por 30 dias. Execuções iniciadas até um dia antes de T também são lidas, pelos alertas delas que vieram depois.</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Antes de T (padrão: agora).</translation>
    </message>
    <message>
        <source>code: one row per error code (error_code, count, executions); widget: one per widget and code (widget, error_code, count). Default: one row per alert.</source>
        <translation>code: uma linha por código de erro (error_code, count, executions); widget: uma por widget e código (widget, error_code, count). Padrão: uma linha por alerta.</translation>
    </message>
    <message>
        <source>Only alerts of this log level (error, warning, notice or debug).</source>
        <translation>Só alertas deste nível (error, warning, notice ou debug).</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (numbers as numbers) or xlsx (needs -o).</source>
        <translation>csv (padrão), tsv, jsonl (números como números) ou xlsx (exige -o).</translation>
    </message>
    <message>
        <source>Executions read at once, one request each at a time (default 8).</source>
        <translation>Execuções lidas ao mesmo tempo, uma requisição cada (padrão 8).</translation>
    </message>
    <message>
        <source>Read the alerts a sync with --related archived (flowscope archive sync --related), not Monitor: any date, offline, the same rows.</source>
        <translation>Ler os alertas que uma sincronização com --related arquivou (flowscope archive sync --related), não o Monitor: qualquer data, offline, as mesmas linhas.</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not code or widget</source>
        <translation>--by &apos;%1&apos; não é code nem widget</translation>
    </message>
    <message>
        <source>--level &apos;%1&apos; is not error, warning, notice or debug</source>
        <translation>--level &apos;%1&apos; não é error, warning, notice nem debug</translation>
    </message>
</context>
<context>
    <name>AlertsJob</name>
    <message>
        <source>this key cannot read the Debugger (Monitor answered %1); nothing was written.</source>
        <translation>esta chave não pode ler o Debugger (o Monitor respondeu %1); nada foi gravado.</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Nada foi gravado.</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) of the range were archived without --related; their alerts are not counted</source>
        <translation>aviso: %1 execução(ões) do intervalo foram arquivadas sem --related; os alertas delas não são contados</translation>
    </message>
    <message>
        <source>%1 of %2 executions read…</source>
        <translation>%1 de %2 execuções lidas…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Twilio refused the credentials (HTTP 401): check the Account SID and Auth Token, or the API key and secret.</source>
        <translation>A Twilio recusou as credenciais (HTTP 401): confira o Account SID e o Auth Token, ou a chave de API e o segredo dela.</translation>
    </message>
    <message>
        <source>These credentials may not read Studio (HTTP 403): the API key needs access to Studio.</source>
        <translation>Estas credenciais não podem ler o Studio (HTTP 403): a chave de API precisa de acesso ao Studio.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the flow or execution does not exist in this account, or has expired (Studio keeps executions 30 days).</source>
        <translation>Não encontrado (HTTP 404): o fluxo ou a execução não existe nesta conta, ou expirou (o Studio guarda execuções por 30 dias).</translation>
    </message>
    <message>
        <source>Twilio rejected the request (HTTP %1).</source>
        <translation>A Twilio rejeitou a requisição (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio kept rate-limiting the requests (HTTP 429); try again in a minute.</source>
        <translation>A Twilio continuou limitando as requisições (HTTP 429); tente de novo em um minuto.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server failed (HTTP %1) and kept failing after retries.</source>
        <translation>O servidor da Twilio falhou (HTTP %1) e continuou falhando após novas tentativas.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>Não foi possível alcançar o servidor: %1.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1); FlowScope never ignores certificate errors.</source>
        <translation>A conexão segura falhou (%1); o FlowScope nunca ignora erros de certificado.</translation>
    </message>
    <message>
        <source>The server sent a response FlowScope cannot read: %1.</source>
        <translation>O servidor enviou uma resposta que o FlowScope não consegue ler: %1.</translation>
    </message>
    <message>
        <source>The server sent a response larger than FlowScope accepts (%1); asking again would not help.</source>
        <translation>O servidor enviou uma resposta maior do que o FlowScope aceita (%1); pedir de novo não ajudaria.</translation>
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
        <translation>o arquivo não tem resultado para ela (sincronizada antes de os resultados serem guardados)</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>The archive: sqlite:PATH (an encrypted file) or postgresql://USER@HOST:PORT/DB?sslmode=… (a shared one); default the profile&apos;s file $XDG_DATA_HOME/flowscope/archive-PROFILE.db.</source>
        <translation>O arquivo: sqlite:CAMINHO (um arquivo criptografado) ou postgresql://USUÁRIO@HOST:PORTA/BD?sslmode=… (um compartilhado); padrão: o arquivo do perfil $XDG_DATA_HOME/flowscope/archive-PERFIL.db.</translation>
    </message>
    <message>
        <source>A PostgreSQL password comes from the URL, PGPASSWORD, the keychain (the window&apos;s File ▸ Archive… keeps it there) or ~/.pgpass, and is never printed. The file&apos;s key is FLOWSCOPE_ARCHIVE_KEY (64 hex digits, or a passphrase) when set, else the keychain&apos;s.</source>
        <translation>Uma senha do PostgreSQL vem da URL, de PGPASSWORD, do chaveiro (a janela a guarda lá em Arquivo ▸ Arquivo histórico…) ou de ~/.pgpass, e nunca é exibida. A chave do arquivo é FLOWSCOPE_ARCHIVE_KEY (64 dígitos hexadecimais, ou uma frase secreta) quando definida; senão, a do chaveiro.</translation>
    </message>
    <message>
        <source>--db names the archive to read: give --archive too</source>
        <translation>--db indica o arquivo a ler: informe também --archive</translation>
    </message>
    <message>
        <source>note: --from %1 is in the future (it is %2 now): no execution has started there yet</source>
        <translation>observação: --from %1 está no futuro (agora são %2): nenhuma execução começou ali ainda</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; the archive %3 holds older ones: add --archive</source>
        <translation>observação: o Studio guarda execuções por %1 dias, então a Twilio não tem nada antes de %2; o arquivo %3 tem execuções mais antigas: acrescente --archive</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; flowscope archive sync keeps them longer from now on</source>
        <translation>observação: o Studio guarda execuções por %1 dias, então a Twilio não tem nada antes de %2; flowscope archive sync as guarda por mais tempo a partir de agora</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>keep executions past Twilio&apos;s 30 days</source>
        <translation>guardar execuções além dos 30 dias da Twilio</translation>
    </message>
    <message>
        <source>The archive: executions with their steps and contexts, and their flows&apos; revisions, kept after Twilio drops them. sync brings it up to date (only what is new since the last sync, and the executions it holds as active read again); status says what it holds per flow; purge deletes what is older than a duration. The local archive is an encrypted SQLCipher file, created 0600; a wrong key, a file that is not an archive or a newer schema ends the command with 7 and leaves the file untouched.</source>
        <translation>O arquivo: execuções com suas etapas e contextos, e as revisões dos seus fluxos, guardadas depois que a Twilio as descarta. sync o atualiza (só o que é novo desde a última sincronização, e as execuções que ele tem como ativas são lidas de novo); status diz o que ele contém por fluxo; purge apaga o que é mais antigo que uma duração. O arquivo local é um arquivo SQLCipher criptografado, criado com 0600; uma chave errada, um arquivo que não é um arquivo histórico ou um esquema mais novo encerram o comando com 7 e deixam o arquivo intacto.</translation>
    </message>
    <message>
        <source>sync: only this flow (repeatable; default every flow).</source>
        <translation>sync: só este fluxo (repetível; padrão: todos os fluxos).</translation>
    </message>
    <message>
        <source>sync: archive executions and steps, not contexts.</source>
        <translation>sync: arquivar execuções e etapas, não contextos.</translation>
    </message>
    <message>
        <source>sync: archive each execution&apos;s messages, calls and Debugger alerts too (as execution --related reads them; a few requests more each).</source>
        <translation>sync: arquivar também as mensagens, chamadas e alertas do Debugger de cada execução (como execution --related os lê; algumas requisições a mais cada).</translation>
    </message>
    <message>
        <source>Executions archived by a sync without it have none; execution --related --archive and alerts --archive say so.</source>
        <translation>Execuções arquivadas por uma sincronização sem esta opção não os têm; execution --related --archive e alerts --archive avisam.</translation>
    </message>
    <message>
        <source>sync: flows synced side by side (default 4).</source>
        <translation>sync: fluxos sincronizados lado a lado (padrão 4).</translation>
    </message>
    <message>
        <source>sync: requests in flight for each flow (default %1).</source>
        <translation>sync: requisições simultâneas por fluxo (padrão %1).</translation>
    </message>
    <message>
        <source>sync: then delete what was created longer ago than DURATION (365d, 52w, 48h); default keep everything.</source>
        <translation>sync: depois, apagar o que foi criado há mais de DURAÇÃO (365d, 52w, 48h); por padrão guarda tudo.</translation>
    </message>
    <message>
        <source>purge: delete executions created longer ago than DURATION (365d, 52w, 48h). Required.</source>
        <translation>purge: apagar execuções criadas há mais de DURAÇÃO (365d, 52w, 48h). Obrigatório.</translation>
    </message>
    <message>
        <source>purge: do not ask (needed when standard input is not a terminal).</source>
        <translation>purge: não perguntar (necessário quando a entrada padrão não é um terminal).</translation>
    </message>
    <message>
        <source>status: csv (default), tsv or jsonl.</source>
        <translation>status: csv (padrão), tsv ou jsonl.</translation>
    </message>
    <message>
        <source>say what to do: archive sync | status | purge</source>
        <translation>diga o que fazer: archive sync | status | purge</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of archive: the actions are sync, status and purge</source>
        <translation>ação desconhecida &apos;%1&apos; de archive: as ações são sync, status e purge</translation>
    </message>
    <message>
        <source>--%1 is not an option of archive %2 (see --help)</source>
        <translation>--%1 não é uma opção de archive %2 (veja --help)</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format deve ser csv, tsv ou jsonl</translation>
    </message>
    <message>
        <source>a number of flows</source>
        <translation>um número de fluxos</translation>
    </message>
    <message>
        <source>--keep-for &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--keep-for &apos;%1&apos; não é uma duração como 365d, 52w ou 48h</translation>
    </message>
    <message>
        <source>archive purge needs --older-than DURATION (365d, 52w, 48h)</source>
        <translation>archive purge precisa de --older-than DURAÇÃO (365d, 52w, 48h)</translation>
    </message>
    <message>
        <source>--older-than &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--older-than &apos;%1&apos; não é uma duração como 365d, 52w ou 48h</translation>
    </message>
</context>
<context>
    <name>ArchiveJob</name>
    <message>
        <source>%1 (what was written before stays: %2 execution(s); the next sync goes on from there)</source>
        <translation>%1 (o que foi gravado antes fica: %2 execução(ões); a próxima sincronização continua dali)</translation>
    </message>
    <message>
        <source>%1: %2 flow(s) synced, %3 execution(s) written; %4 held as active checked, %5 of them changed%6</source>
        <translation>%1: %2 fluxo(s) sincronizado(s), %3 execução(ões) gravada(s); %4 tidas como ativas verificadas, %5 delas mudaram%6</translation>
    </message>
    <message>
        <source>, %1 no longer at Twilio (kept)</source>
        <translation>, %1 não estão mais na Twilio (mantidas)</translation>
    </message>
    <message>
        <source>%1 execution(s) older than the retention were deleted</source>
        <translation>%1 execução(ões) mais antigas que o período de retenção foram apagadas</translation>
    </message>
    <message>
        <source>%1 execution(s) created before %2 in %3</source>
        <translation>%1 execução(ões) criadas antes de %2 em %3</translation>
    </message>
    <message>
        <source>nothing to delete: no execution(s) created before %1</source>
        <translation>nada a apagar: nenhuma execução criada antes de %1</translation>
    </message>
    <message>
        <source>refusing to delete %1 without --yes: standard input is not a terminal to ask on</source>
        <translation>%1 não será apagado sem --yes: a entrada padrão não é um terminal onde perguntar</translation>
    </message>
    <message>
        <source>delete %1? [y/N] </source>
        <translation>apagar %1? [s/N] </translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted</source>
        <translation>não confirmado: nada foi apagado</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>apagado: %1</translation>
    </message>
    <message>
        <source>%1 execution(s)</source>
        <translation>%1 execução(ões)</translation>
    </message>
</context>
<context>
    <name>ArchiveKey</name>
    <message>
        <source>there is no archive at %1 (flowscope archive sync makes one)</source>
        <translation>não há arquivo em %1 (flowscope archive sync cria um)</translation>
    </message>
    <message>
        <source>the archive&apos;s key could not be read from the keychain: %1</source>
        <translation>não foi possível ler a chave do arquivo no chaveiro: %1</translation>
    </message>
    <message>
        <source>the keychain holds no key for the archive %1 (set FLOWSCOPE_ARCHIVE_KEY if it was made with one); it was left as it is</source>
        <translation>o chaveiro não tem chave para o arquivo %1 (defina FLOWSCOPE_ARCHIVE_KEY se ele foi criado com uma); ele foi deixado como estava</translation>
    </message>
    <message>
        <source>the archive&apos;s new key could not be kept in the keychain, so no archive was made: %1</source>
        <translation>a nova chave do arquivo não pôde ser guardada no chaveiro, então nenhum arquivo foi criado: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL such as postgresql://user@host:5432/database</source>
        <translation>&apos;%1&apos; não é uma URL do PostgreSQL como postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host:5432/database</source>
        <translation>a URL do PostgreSQL não indica nenhum banco: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL may only say sslmode, not &apos;%1&apos;</source>
        <translation>a URL do PostgreSQL só pode indicar sslmode, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; não é um de %2</translation>
    </message>
    <message>
        <source>sqlite: needs a file: sqlite:/path/to/archive.db</source>
        <translation>sqlite: precisa de um arquivo: sqlite:/caminho/do/arquivo.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no archive: give sqlite:PATH or postgresql://USER@HOST:PORT/DB</source>
        <translation>&apos;%1&apos; não indica nenhum arquivo: informe sqlite:CAMINHO ou postgresql://USUÁRIO@HOST:PORTA/BD</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source> (see --help)</source>
        <translation> (veja --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argumento inesperado &apos;%1&apos; (veja --help)</translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation>argumento ausente (veja --help)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600</source>
        <translation>--timeout deve ser um número de segundos de 0,001 a 3600</translation>
    </message>
    <message>
        <source>--retries must be a number of attempts from 1 to 100</source>
        <translation>--retries deve ser um número de tentativas de 1 a 100</translation>
    </message>
    <message>
        <source>--format must be csv, tsv, jsonl or xlsx</source>
        <translation>--format deve ser csv, tsv, jsonl ou xlsx</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format deve ser csv, tsv ou jsonl</translation>
    </message>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>uma pasta de trabalho é um arquivo, não texto para um terminal ou um pipe: informe -o ARQUIVO.xlsx</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; does not exist in the local time zone (%3): the clocks skipped it. Give the time with its offset (…+01:00) or in UTC (…Z)</source>
        <translation>--%1 &apos;%2&apos; não existe no fuso horário local (%3): os relógios pularam esse horário. Informe a hora com seu deslocamento (…+01:00) ou em UTC (…Z)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or 2026-11-01T09:00:00+05:30</source>
        <translation>--%1 &apos;%2&apos; não é um horário: use ISO 8601 como 2026-11-01T09:00:00Z ou 2026-11-01T09:00:00+05:30</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from deve ser anterior a --to</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to %1</source>
        <translation>--concurrency deve ser de 1 a %1</translation>
    </message>
    <message>
        <source>--%1 must be %2 from %3 to %4</source>
        <translation>--%1 deve ser %2 de %3 a %4</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--%1: that link names no execution</source>
        <translation>--%1: esse link não indica nenhuma execução</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3 (%4 followed by 32 hex digits)</source>
        <translation>--%1 &apos;%2&apos; não é %3 (%4 seguido de 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>the link is of account %1, not of the one in use (%2); give the profile that holds it with --profile</source>
        <translation>o link é da conta %1, não da que está em uso (%2); informe com --profile o perfil que a contém</translation>
    </message>
    <message>
        <source>no profile of yours holds account %1, which the link is of (flowscope profiles list)</source>
        <translation>nenhum dos seus perfis contém a conta %1, da qual é o link (flowscope profiles list)</translation>
    </message>
    <message>
        <source>a flow SID</source>
        <translation>um SID de fluxo</translation>
    </message>
    <message>
        <source>--flow is required (see --help)</source>
        <translation>--flow é obrigatório (veja --help)</translation>
    </message>
    <message>
        <source>no columns given: --columns takes a comma-separated list of %1</source>
        <translation>nenhuma coluna informada: --columns recebe uma lista separada por vírgulas de %1</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>coluna desconhecida &apos;%1&apos;; as colunas são %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Sign in with this saved profile (its secret from the keychain); the environment&apos;s TWILIO_* variables still win.</source>
        <translation>Entrar com este perfil salvo (o segredo dele vem do chaveiro); as variáveis TWILIO_* do ambiente continuam tendo prioridade.</translation>
    </message>
    <message>
        <source>A keychain that is not there, locked or refusing ends the command with 7 before anything is requested; a profile without a stored secret, with 2.</source>
        <translation>Um chaveiro ausente, bloqueado ou que recusa encerra o comando com 7 antes de qualquer requisição; um perfil sem segredo guardado, com 2.</translation>
    </message>
    <message>
        <source>API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for loopback).</source>
        <translation>Origem da API (padrão https://studio.twilio.com, ou FLOWSCOPE_BASE_URL; http só para loopback).</translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>Segundos sem dados antes de uma requisição expirar (padrão 30).</translation>
    </message>
    <message>
        <source>Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6).</source>
        <translation>Tentativas por requisição antes de desistir em 429, 5xx, quedas e expirações (padrão 6).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically: complete or not at all) instead of standard output.</source>
        <translation>Gravar em ARQUIVO (de forma atômica: completo ou nada) em vez da saída padrão.</translation>
    </message>
    <message>
        <source>A failure leaves an existing file untouched.</source>
        <translation>Uma falha deixa um arquivo existente intacto.</translation>
    </message>
    <message>
        <source>the window; --demo browses the built-in sandbox</source>
        <translation>a janela; --demo navega pelo sandbox embutido</translation>
    </message>
    <message>
        <source>Browse Twilio Studio flow executions: pick a flow, narrow the date range, scroll through executions that load page by page, open one to read its context, steps and diagram, and export what you need. flowscope -- LINK opens a flowscope:// link (flowscope link makes one) in this user&apos;s running window, which comes to the front, or in a new one; the desktop runs it so when such a link is clicked.</source>
        <translation>Navegue pelas execuções de fluxos do Twilio Studio: escolha um fluxo, restrinja o intervalo de datas, role pelas execuções que carregam página a página, abra uma para ler seu contexto, etapas e diagrama, e exporte o que precisar. flowscope -- LINK abre um link flowscope:// (flowscope link cria um) na janela aberta deste usuário, que vem para a frente, ou em uma nova; o desktop a executa assim quando um link desses é clicado.</translation>
    </message>
    <message>
        <source>Browse a generated account served by the built-in Studio sandbox; no Twilio account needed.</source>
        <translation>Navegar por uma conta gerada servida pelo sandbox do Studio embutido; não é preciso conta da Twilio.</translation>
    </message>
    <message>
        <source>Sign in with this saved profile (the environment&apos;s TWILIO_* variables still win).</source>
        <translation>Entrar com este perfil salvo (as variáveis TWILIO_* do ambiente continuam tendo prioridade).</translation>
    </message>
    <message>
        <source>Show this help; --help-all adds Qt&apos;s own options.</source>
        <translation>Mostrar esta ajuda; --help-all acrescenta as opções do próprio Qt.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Every subcommand but profiles, link and views also takes %1 (see its --help); link and views take --profile NAME, whose account and views they are.</source>
        <translation>Todo subcomando, exceto profiles, link e views, também aceita %1 (veja o --help dele); link e views aceitam --profile NOME, de cuja conta e visões se trata.</translation>
    </message>
    <message>
        <source>Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, else a saved profile (--profile NAME).</source>
        <translation>Credenciais: TWILIO_ACCOUNT_SID com TWILIO_AUTH_TOKEN, ou TWILIO_API_KEY e TWILIO_API_SECRET; senão, um perfil salvo (--profile NOME).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 output, 7 the keychain.</source>
        <translation>Códigos de saída: 0 ok, 2 uso, 3 autenticação, 4 não encontrado, 5 rede ou servidor, 6 saída, 7 o chaveiro.</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>Opções da janela:</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Tentando de novo em %2 s.</translation>
    </message>
    <message>
        <source>%1 executions…</source>
        <translation>%1 execuções…</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles add, or the window&apos;s Profiles menu, creates one)</source>
        <translation>não há perfil chamado &apos;%1&apos; (flowscope profiles add, ou o menu Perfis da janela, cria um)</translation>
    </message>
    <message>
        <source>no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use --profile NAME</source>
        <translation>sem credenciais: defina TWILIO_ACCOUNT_SID e TWILIO_AUTH_TOKEN, ou TWILIO_API_KEY e TWILIO_API_SECRET com TWILIO_ACCOUNT_SID, ou use --profile NOME</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain; sign in with it in the window once, or set TWILIO_AUTH_TOKEN</source>
        <translation>o perfil &apos;%1&apos; não tem segredo no chaveiro; entre com ele uma vez na janela, ou defina TWILIO_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>the keychain could not give profile &apos;%1&apos; its secret (%2); set TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead</source>
        <translation>o chaveiro não conseguiu dar ao perfil &apos;%1&apos; o segredo dele (%2); defina TWILIO_AUTH_TOKEN ou TWILIO_API_SECRET no lugar</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed, %4 moved</source>
        <translation>%1 alterados, %2 adicionados, %3 removidos, %4 movidos</translation>
    </message>
    <message>
        <source>The profile whose views and account these are (default: the environment&apos;s account, else the profile used last).</source>
        <translation>O perfil de quem são estas visões e conta (padrão: a conta do ambiente; senão, o último perfil usado).</translation>
    </message>
    <message>
        <source>that link opens an execution, not a view</source>
        <translation>esse link abre uma execução, não uma visão</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>não há visão chamada &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Language: German, Spanish, French, Brazilian Portuguese or Japanese from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en chooses for FlowScope alone. What programs read is never translated.</source>
        <translation>Idioma: alemão, espanhol, francês, português do Brasil ou japonês conforme a localidade (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); senão, inglês. FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en escolhe só para o FlowScope. O que os programas leem nunca é traduzido.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>two executions side by side</source>
        <translation>duas execuções lado a lado</translation>
    </message>
    <message>
        <source>Compare two executions of a flow: the steps of each, the widget where their paths parted (the first both reached and left differently, or the last they reached together when one stopped sooner), and every value of their contexts that differs or is on one side only, by its Studio variable path (widgets.http_1.status_code). Each execution is an FN… SID of --flow, a Console link or a flowscope:// link; two of different flows are refused.</source>
        <translation>Comparar duas execuções de um fluxo: as etapas de cada uma, o widget onde os caminhos se separaram (o primeiro que ambas alcançaram e deixaram de forma diferente, ou o último que alcançaram juntas quando uma parou antes), e cada valor dos contextos que difere ou está só de um lado, pelo caminho de variável do Studio (widgets.http_1.status_code). Cada execução é um SID FN… de --flow, um link do Console ou um link flowscope://; duas de fluxos diferentes são recusadas.</translation>
    </message>
    <message>
        <source>The flow of both (a link or a Console link names it already).</source>
        <translation>O fluxo de ambas (um link ou um link do Console já o indica).</translation>
    </message>
    <message>
        <source>json (default: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) or text (readable).</source>
        <translation>json (padrão: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) ou text (legível).</translation>
    </message>
    <message>
        <source>In json a path that is on one side only has no member for the other (a null is a value).</source>
        <translation>Em json, um caminho que está só de um lado não tem membro para o outro (null é um valor).</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format deve ser json ou text</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow deve ser um SID de fluxo (FW seguido de 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution</source>
        <translation>esse link abre uma visão, não uma execução</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>informe --flow</translation>
    </message>
    <message>
        <source>the two executions are of different flows (%1 and %2): compare two executions of one flow</source>
        <translation>as duas execuções são de fluxos diferentes (%1 e %2): compare duas execuções de um mesmo fluxo</translation>
    </message>
    <message>
        <source>the executions are of flow %1, not of --flow %2</source>
        <translation>as execuções são do fluxo %1, não de --flow %2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>o fluxo %1 não tem a execução %2 (o Studio guarda execuções por 30 dias)</translation>
    </message>
    <message>
        <source>The same path.</source>
        <translation>O mesmo caminho.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Elas se separaram em %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ.</source>
        <translation>
            <numerusform>%n valor de contexto difere.</numerusform>
            <numerusform>%n valores de contexto diferem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>O Account SID deve ser AC seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>O SID da chave de API deve ser SK seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation>O segredo da chave de API está vazio.</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>O Auth Token está vazio.</translation>
    </message>
    <message>
        <source>The secret contains spaces or characters a Twilio secret never has.</source>
        <translation>O segredo contém espaços ou caracteres que um segredo da Twilio nunca tem.</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY and TWILIO_API_SECRET need TWILIO_ACCOUNT_SID as well.</source>
        <translation>TWILIO_API_KEY e TWILIO_API_SECRET também precisam de TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>Defina TWILIO_ACCOUNT_SID e TWILIO_AUTH_TOKEN (ou TWILIO_API_KEY e TWILIO_API_SECRET).</translation>
    </message>
    <message>
        <source>Credentials in the environment: %1</source>
        <translation>Credenciais no ambiente: %1</translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos;: %2</source>
        <translation>URL base inválida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>it needs a scheme and a host, like https://studio.twilio.com</source>
        <translation>ela precisa de um esquema e um host, como https://studio.twilio.com</translation>
    </message>
    <message>
        <source>credentials do not belong in a URL</source>
        <translation>credenciais não devem ficar em uma URL</translation>
    </message>
    <message>
        <source>give only the origin (scheme, host and port), without a path</source>
        <translation>informe só a origem (esquema, host e porta), sem caminho</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>http simples só é permitido para hosts de loopback; use https</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for a loopback host)</source>
        <translation>o esquema deve ser https (ou http para um host de loopback)</translation>
    </message>
    <message>
        <source>TWILIO_REGION / TWILIO_EDGE must be plain names like us1 or sydney, not &apos;%1&apos;</source>
        <translation>TWILIO_REGION / TWILIO_EDGE devem ser nomes simples como us1 ou sydney, não &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Type a phone number, a client: or sip: address, or what they wrote.</source>
        <translation>Digite um número de telefone, um endereço client: ou sip:, ou o que a pessoa escreveu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a phone number nor an address such as client:name or sip:user@host.</source>
        <translation>&apos;%1&apos; não é um número de telefone nem um endereço como client:nome ou sip:usuario@host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nobody: give the whole address, such as client:alice or sip:bob@example.com.</source>
        <translation>&apos;%1&apos; não indica ninguém: informe o endereço completo, como client:alice ou sip:bob@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: give one (+44…) or a default country such as GB.</source>
        <translation>&apos;%1&apos; não tem código de país: informe um (+44…) ou um país padrão como GB.</translation>
    </message>
    <message>
        <source>its country code is unknown</source>
        <translation>o código de país é desconhecido</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>é curto demais</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>é longo demais</translation>
    </message>
    <message>
        <source>it is not a possible number there</source>
        <translation>não é um número possível lá</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2; default country %3).</source>
        <translation>&apos;%1&apos; não é um número de telefone que o FlowScope consiga ler (%2; país padrão %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2).</source>
        <translation>&apos;%1&apos; não é um número de telefone que o FlowScope consiga ler (%2).</translation>
    </message>
    <message>
        <source>exactly &apos;%1&apos;</source>
        <translation>exatamente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 on any channel</source>
        <translation>%1 em qualquer canal</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <source>the response has no context</source>
        <translation>a resposta não tem contexto</translation>
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
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>A flowscope:// link to this execution, for a ticket: a click opens it in FlowScope</source>
        <translation>Um link flowscope:// para esta execução, para um chamado: um clique a abre no FlowScope</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
</context>
<context>
    <name>DefinitionDiff</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: there is no &quot;states&quot; list (nor a &quot;definition&quot; that has one)</source>
        <translation>é JSON, mas não uma definição de fluxo: não há lista &quot;states&quot; (nem uma &quot;definition&quot; que tenha uma)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: a definition is an object with a &quot;states&quot; list</source>
        <translation>é JSON, mas não uma definição de fluxo: uma definição é um objeto com uma lista &quot;states&quot;</translation>
    </message>
</context>
<context>
    <name>DiagramSource</name>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revisão %1 de %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisão %1</translation>
    </message>
    <message>
        <source>The current definition</source>
        <translation>A definição atual</translation>
    </message>
    <message>
        <source>, published %1</source>
        <translation>, publicada em %1</translation>
    </message>
    <message>
        <source>, in force when it ran, as the archive kept it.</source>
        <translation>, em vigor quando ela rodou, como o arquivo a guardou.</translation>
    </message>
    <message>
        <source> — the revision this execution ran on could not be read (%1), so the flow as it is now is drawn; steps may not match it.</source>
        <translation> — a revisão em que esta execução rodou não pôde ser lida (%1), então o fluxo é desenhado como está agora; as etapas podem não corresponder.</translation>
    </message>
    <message>
        <source> — the flow has changed since.</source>
        <translation> — o fluxo mudou desde então.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>what changed between two flow definitions</source>
        <translation>o que mudou entre duas definições de fluxo</translation>
    </message>
    <message>
        <source>Compare two flow definitions widget by widget, matched by name: each widget added, removed, changed (its type, properties or transitions) or moved (only its offset on the canvas), with the paths that differ and their old and new values. The definitions are files (as Studio exports them, or a v2 Flow or Flow Revision resource) or two revisions of a flow read from Twilio. A renamed widget is a removal and an addition.</source>
        <translation>Comparar duas definições de fluxo widget a widget, pareados pelo nome: cada widget adicionado, removido, alterado (tipo, propriedades ou transições) ou movido (só a posição na tela), com os caminhos que diferem e seus valores antigos e novos. As definições são arquivos (como o Studio os exporta, ou um recurso v2 Flow ou Flow Revision) ou duas revisões de um fluxo lidas da Twilio. Um widget renomeado é uma remoção e uma adição.</translation>
    </message>
    <message>
        <source>A definition file; give two (the older first).</source>
        <translation>Um arquivo de definição; informe dois (o mais antigo primeiro).</translation>
    </message>
    <message>
        <source>The flow whose --revision&apos;s to compare.</source>
        <translation>O fluxo cujas --revision serão comparadas.</translation>
    </message>
    <message>
        <source>A revision of --flow (its version number); give two (the older first).</source>
        <translation>Uma revisão de --flow (seu número de versão); informe duas (a mais antiga primeiro).</translation>
    </message>
    <message>
        <source>text (default: readable), jsonl (one widget a line: widget, change, paths of path, old, new) or csv (one path a row).</source>
        <translation>text (padrão: legível), jsonl (um widget por linha: widget, change, paths de path, old, new) ou csv (um caminho por linha).</translation>
    </message>
    <message>
        <source>In jsonl a path that is not on one side has null there.</source>
        <translation>Em jsonl, um caminho que não está de um lado tem null ali.</translation>
    </message>
    <message>
        <source>--definition %1: %2</source>
        <translation>--definition %1: %2</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or csv</source>
        <translation>--format deve ser text, jsonl ou csv</translation>
    </message>
    <message>
        <source>give two --definition files, or --flow with two --revision</source>
        <translation>informe dois arquivos --definition, ou --flow com duas --revision</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow deve ser um SID de fluxo (FW seguido de 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>--revision &apos;%1&apos; is not a revision number (1 or more)</source>
        <translation>--revision &apos;%1&apos; não é um número de revisão (1 ou mais)</translation>
    </message>
</context>
<context>
    <name>EndCommand</name>
    <message>
        <source>end stuck executions, once each</source>
        <translation>encerrar execuções travadas, uma vez cada</translation>
    </message>
    <message>
        <source>End active executions — stuck ones that block customers — once each, and say what happened to every one. The targets are always only active executions: those named by --sid (looked up in the flows given), or those of the flows that started before a time, read with Studio v2&apos;s status filter. They are listed on standard error before anything is sent. Each is read first (one that has ended meanwhile is &quot;already ended&quot; and gets nothing) and ended with one POST; a POST is sent again only after a 429 or a 503, and after an uncertain answer the execution is re-read instead. Exit 0 when every target has ended, 5 when any failed.</source>
        <translation>Encerrar execuções ativas — as travadas que bloqueiam clientes —, uma vez cada, e dizer o que aconteceu com cada uma. Os alvos são sempre só execuções ativas: as indicadas por --sid (procuradas nos fluxos informados) ou as dos fluxos que começaram antes de um horário, lidas com o filtro de status do Studio v2. Elas são listadas na saída de erro padrão antes de qualquer envio. Cada uma é lida primeiro (uma que já terminou é &quot;já encerrada&quot; e não recebe nada) e encerrada com um POST; um POST só é reenviado após um 429 ou um 503, e após uma resposta incerta a execução é lida de novo. Sai com 0 quando todo alvo foi encerrado, com 5 quando algum falhou.</translation>
    </message>
    <message>
        <source>A flow whose executions to end (FW…); repeat for several. Required.</source>
        <translation>Um fluxo cujas execuções encerrar (FW…); repita para vários. Obrigatório.</translation>
    </message>
    <message>
        <source>An execution to end (FN…), in one of the flows; repeatable.</source>
        <translation>Uma execução a encerrar (FN…), em um dos fluxos; repetível.</translation>
    </message>
    <message>
        <source>The active executions that started more than HOURS ago.</source>
        <translation>As execuções ativas que começaram há mais de HORAS.</translation>
    </message>
    <message>
        <source>The active executions that started before T (ISO 8601).</source>
        <translation>As execuções ativas que começaram antes de T (ISO 8601).</translation>
    </message>
    <message>
        <source>Only those of this contact: a phone number as people type it, or a client: or sip: address.</source>
        <translation>Só as deste contato: um número de telefone como as pessoas digitam, ou um endereço client: ou sip:.</translation>
    </message>
    <message>
        <source>A number is matched on every channel.</source>
        <translation>Um número é procurado em todos os canais.</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>O país dos números digitados sem +país (padrão: o da localidade, %1).</translation>
    </message>
    <message>
        <source>Show what would be ended, and write the audit; send nothing.</source>
        <translation>Mostrar o que seria encerrado e gravar o registro; não enviar nada.</translation>
    </message>
    <message>
        <source>Do not ask (needed when standard input is not a terminal).</source>
        <translation>Não perguntar (necessário quando a entrada padrão não é um terminal).</translation>
    </message>
    <message>
        <source>Without it, end asks on a terminal (more than ten: type their number).</source>
        <translation>Sem esta opção, end pergunta em um terminal (mais de dez: digite a quantidade).</translation>
    </message>
    <message>
        <source>Executions ended at once, 1 to %1 (default %1).</source>
        <translation>Execuções encerradas ao mesmo tempo, de 1 a %1 (padrão %1).</translation>
    </message>
    <message>
        <source>Write the audit CSV here (atomically): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</source>
        <translation>Gravar aqui o CSV de registro (de forma atômica): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</translation>
    </message>
    <message>
        <source>Written whenever targets were selected, a dry run included.</source>
        <translation>Gravado sempre que alvos foram selecionados, inclusive numa simulação.</translation>
    </message>
    <message>
        <source>say which executions: --sid FN…, --stuck HOURS or --active-before T (one of them)</source>
        <translation>diga quais execuções: --sid FN…, --stuck HORAS ou --active-before T (uma delas)</translation>
    </message>
    <message>
        <source>an execution SID</source>
        <translation>um SID de execução</translation>
    </message>
    <message>
        <source>--stuck must be a number of hours, more than 0 and at most 720</source>
        <translation>--stuck deve ser um número de horas, maior que 0 e no máximo 720</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <source> Nothing was ended.</source>
        <translation> Nada foi encerrado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not every flow could be read: nothing was ended</source>
        <translation>nem todos os fluxos puderam ser lidos: nada foi encerrado</translation>
    </message>
    <message>
        <source>no active execution matches: nothing to end</source>
        <translation>nenhuma execução ativa corresponde: nada a encerrar</translation>
    </message>
    <message>
        <source>1 active execution to end:</source>
        <translation>1 execução ativa a encerrar:</translation>
    </message>
    <message>
        <source>%1 active executions to end:</source>
        <translation>%1 execuções ativas a encerrar:</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulação: nada foi enviado</translation>
    </message>
    <message>
        <source>refusing to end them without --yes: standard input is not a terminal to ask on</source>
        <translation>elas não serão encerradas sem --yes: a entrada padrão não é um terminal onde perguntar</translation>
    </message>
    <message>
        <source>not confirmed: nothing was sent</source>
        <translation>não confirmado: nada foi enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n execution SID(s) given are in none of the flows given</source>
        <translation>
            <numerusform>%n SID de execução informado não está em nenhum dos fluxos informados</numerusform>
            <numerusform>%n SIDs de execução informados não estão em nenhum dos fluxos informados</numerusform>
        </translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sem contato)</translation>
    </message>
    <message>
        <source>type %1 to end these %1 executions: </source>
        <translation>digite %1 para encerrar estas %1 execuções: </translation>
    </message>
    <message>
        <source>end this execution? [y/N] </source>
        <translation>encerrar esta execução? [s/N] </translation>
    </message>
    <message>
        <source>end these executions? [y/N] </source>
        <translation>encerrar estas execuções? [s/N] </translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>Twilio could not fetch the URL</source>
        <translation>A Twilio não conseguiu buscar a URL</translation>
    </message>
    <message>
        <source>The server took too long to accept the connection</source>
        <translation>O servidor demorou demais para aceitar a conexão</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>O servidor recusou a conexão</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>O servidor demorou demais para responder</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>A conexão com o servidor falhou</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke HTTP&apos;s rules</source>
        <translation>A resposta do servidor violou as regras do HTTP</translation>
    </message>
    <message>
        <source>The URL&apos;s host name does not resolve</source>
        <translation>O nome de host da URL não resolve</translation>
    </message>
    <message>
        <source>The URL redirects too many times</source>
        <translation>A URL redireciona vezes demais</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>O handshake TLS com o servidor falhou</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another domain</source>
        <translation>O certificado do servidor é de outro domínio</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>O certificado do servidor expirou</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation>A cadeia de certificados do servidor está incompleta</translation>
    </message>
    <message>
        <source>The server&apos;s TwiML could not be parsed</source>
        <translation>O TwiML do servidor não pôde ser analisado</translation>
    </message>
    <message>
        <source>The TwiML names a version Twilio does not know</source>
        <translation>O TwiML cita uma versão que a Twilio não conhece</translation>
    </message>
    <message>
        <source>The TwiML does not start with &lt;Response&gt;</source>
        <translation>O TwiML não começa com &lt;Response&gt;</translation>
    </message>
    <message>
        <source>The TwiML does not follow its schema</source>
        <translation>O TwiML não segue o seu esquema</translation>
    </message>
    <message>
        <source>The server answered with the wrong Content-Type</source>
        <translation>O servidor respondeu com o Content-Type errado</translation>
    </message>
    <message>
        <source>The number dialled is invalid or not supported</source>
        <translation>O número discado é inválido ou não é suportado</translation>
    </message>
    <message>
        <source>The number dialled is on Twilio&apos;s block list</source>
        <translation>O número discado está na lista de bloqueio da Twilio</translation>
    </message>
    <message>
        <source>Calls to that country are off in the geo permissions</source>
        <translation>Chamadas para esse país estão desativadas nas permissões geográficas</translation>
    </message>
    <message>
        <source>Too many requests at once</source>
        <translation>Requisições demais de uma vez</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a valid phone number</source>
        <translation>O número &apos;To&apos; não é um número de telefone válido</translation>
    </message>
    <message>
        <source>Sending SMS to that region is not enabled for the account</source>
        <translation>O envio de SMS para essa região não está habilitado na conta</translation>
    </message>
    <message>
        <source>The recipient has opted out (replied STOP)</source>
        <translation>O destinatário cancelou (respondeu STOP)</translation>
    </message>
    <message>
        <source>The sending number has too many messages queued</source>
        <translation>O número remetente tem mensagens demais na fila</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number cannot receive SMS</source>
        <translation>O número &apos;To&apos; não pode receber SMS</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a mobile number</source>
        <translation>O número &apos;To&apos; não é um celular</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters</source>
        <translation>A mensagem tem mais de 1.600 caracteres</translation>
    </message>
    <message>
        <source>The message waited too long in the send queue</source>
        <translation>A mensagem esperou demais na fila de envio</translation>
    </message>
    <message>
        <source>The account is suspended</source>
        <translation>A conta está suspensa</translation>
    </message>
    <message>
        <source>The phone is off or out of reach</source>
        <translation>O telefone está desligado ou fora de alcance</translation>
    </message>
    <message>
        <source>The recipient or carrier blocked the message</source>
        <translation>O destinatário ou a operadora bloqueou a mensagem</translation>
    </message>
    <message>
        <source>The carrier does not know the number</source>
        <translation>A operadora não conhece o número</translation>
    </message>
    <message>
        <source>A landline, or a carrier that cannot be reached</source>
        <translation>Um fixo, ou uma operadora que não pode ser alcançada</translation>
    </message>
    <message>
        <source>The carrier filtered the message</source>
        <translation>A operadora filtrou a mensagem</translation>
    </message>
    <message>
        <source>Delivery failed for a reason the carrier did not give</source>
        <translation>A entrega falhou por um motivo que a operadora não informou</translation>
    </message>
    <message>
        <source>A part of a multi-part message went missing</source>
        <translation>Uma parte de uma mensagem de várias partes se perdeu</translation>
    </message>
    <message>
        <source>The message would cost more than its maximum price</source>
        <translation>A mensagem custaria mais que o seu preço máximo</translation>
    </message>
    <message>
        <source>The number cannot receive MMS in that region</source>
        <translation>O número não pode receber MMS nessa região</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too short</source>
        <translation>O tempo de vida da mensagem é curto demais</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too long</source>
        <translation>O tempo de vida da mensagem é longo demais</translation>
    </message>
    <message>
        <source>The &apos;To&apos; address has invalid attributes</source>
        <translation>O endereço &apos;To&apos; tem atributos inválidos</translation>
    </message>
    <message>
        <source>The channel is not supported</source>
        <translation>O canal não é suportado</translation>
    </message>
    <message>
        <source>The &apos;To&apos; and &apos;From&apos; are on channels that do not mix</source>
        <translation>&apos;To&apos; e &apos;From&apos; estão em canais que não se misturam</translation>
    </message>
    <message>
        <source>The carrier&apos;s network is congested</source>
        <translation>A rede da operadora está congestionada</translation>
    </message>
    <message>
        <source>The carrier wants the sender ID registered first</source>
        <translation>A operadora quer o ID do remetente registrado primeiro</translation>
    </message>
    <message>
        <source>The content is larger than the carrier takes</source>
        <translation>O conteúdo é maior do que a operadora aceita</translation>
    </message>
    <message>
        <source>Twilio could not schedule the message</source>
        <translation>A Twilio não conseguiu agendar a mensagem</translation>
    </message>
    <message>
        <source>Twilio&apos;s messaging service failed internally</source>
        <translation>O serviço de mensagens da Twilio falhou internamente</translation>
    </message>
    <message>
        <source>Over the 10DLC campaign&apos;s sending rate</source>
        <translation>Acima da taxa de envio da campanha 10DLC</translation>
    </message>
    <message>
        <source>The 10DLC campaign&apos;s daily cap is reached</source>
        <translation>O limite diário da campanha 10DLC foi atingido</translation>
    </message>
    <message>
        <source>The numeric sender ID is not set up with the carrier</source>
        <translation>O ID numérico do remetente não está configurado na operadora</translation>
    </message>
    <message>
        <source>Half of today&apos;s T-Mobile allowance is used</source>
        <translation>Metade da cota de hoje da T-Mobile foi usada</translation>
    </message>
    <message>
        <source>70 % of today&apos;s T-Mobile allowance is used</source>
        <translation>70 % da cota de hoje da T-Mobile foram usados</translation>
    </message>
    <message>
        <source>Today&apos;s T-Mobile allowance is used up</source>
        <translation>A cota de hoje da T-Mobile acabou</translation>
    </message>
    <message>
        <source>The request named an API version that is not valid</source>
        <translation>A requisição citou uma versão de API inválida</translation>
    </message>
    <message>
        <source>The ContentRetention setting is not valid</source>
        <translation>A configuração ContentRetention é inválida</translation>
    </message>
    <message>
        <source>The AddressRetention setting is not valid</source>
        <translation>A configuração AddressRetention é inválida</translation>
    </message>
    <message>
        <source>The MaxRate setting is not valid</source>
        <translation>A configuração MaxRate é inválida</translation>
    </message>
    <message>
        <source>The toll-free number is not verified yet</source>
        <translation>O número gratuito ainda não foi verificado</translation>
    </message>
    <message>
        <source>The 10DLC campaign is suspended</source>
        <translation>A campanha 10DLC está suspensa</translation>
    </message>
    <message>
        <source>The sending number is not registered for 10DLC</source>
        <translation>O número remetente não está registrado para 10DLC</translation>
    </message>
    <message>
        <source>The sending number&apos;s 10DLC registration is not finished</source>
        <translation>O registro 10DLC do número remetente não foi concluído</translation>
    </message>
    <message>
        <source>The voice connection broke</source>
        <translation>A conexão de voz caiu</translation>
    </message>
    <message>
        <source>The voice transport failed</source>
        <translation>O transporte de voz falhou</translation>
    </message>
    <message>
        <source>The SIP user dialled is not registered</source>
        <translation>O usuário SIP discado não está registrado</translation>
    </message>
    <message>
        <source>Twilio could not talk to the SIP infrastructure</source>
        <translation>A Twilio não conseguiu falar com a infraestrutura SIP</translation>
    </message>
    <message>
        <source>The execution reached Studio&apos;s step limit</source>
        <translation>A execução atingiu o limite de etapas do Studio</translation>
    </message>
    <message>
        <source>A widget ran in a loop too many times</source>
        <translation>Um widget rodou em loop vezes demais</translation>
    </message>
    <message>
        <source>A widget got an event it has no transition for</source>
        <translation>Um widget recebeu um evento para o qual não tem transição</translation>
    </message>
    <message>
        <source>Studio could not add a member to the chat channel</source>
        <translation>O Studio não conseguiu adicionar um membro ao canal de chat</translation>
    </message>
    <message>
        <source>No condition of a split matched, and no default</source>
        <translation>Nenhuma condição de uma divisão correspondeu, e não há padrão</translation>
    </message>
    <message>
        <source>Studio could not create the chat channel</source>
        <translation>O Studio não conseguiu criar o canal de chat</translation>
    </message>
    <message>
        <source>Connecting the call took too long</source>
        <translation>Conectar a chamada demorou demais</translation>
    </message>
    <message>
        <source>The outgoing call could not be connected</source>
        <translation>A chamada de saída não pôde ser conectada</translation>
    </message>
    <message>
        <source>Putting the call in a queue took too long</source>
        <translation>Colocar a chamada em uma fila demorou demais</translation>
    </message>
    <message>
        <source>Studio failed internally running a Function</source>
        <translation>O Studio falhou internamente ao rodar uma Function</translation>
    </message>
    <message>
        <source>Studio could not send the message</source>
        <translation>O Studio não conseguiu enviar a mensagem</translation>
    </message>
    <message>
        <source>Studio could not update the Sync service</source>
        <translation>O Studio não conseguiu atualizar o serviço Sync</translation>
    </message>
    <message>
        <source>Studio could not reach the Understand API</source>
        <translation>O Studio não conseguiu alcançar a API Understand</translation>
    </message>
    <message>
        <source>Studio failed internally making an HTTP request</source>
        <translation>O Studio falhou internamente ao fazer uma requisição HTTP</translation>
    </message>
    <message>
        <source>Studio could not create the TaskRouter task</source>
        <translation>O Studio não conseguiu criar a tarefa do TaskRouter</translation>
    </message>
    <message>
        <source>The HTTP request widget&apos;s call failed</source>
        <translation>A chamada do widget de requisição HTTP falhou</translation>
    </message>
    <message>
        <source>The Function answered with an error</source>
        <translation>A Function respondeu com um erro</translation>
    </message>
    <message>
        <source>A {{…}} template in a widget could not be evaluated</source>
        <translation>Um modelo {{…}} em um widget não pôde ser avaliado</translation>
    </message>
    <message>
        <source>The phone number uses an API version Studio dropped</source>
        <translation>O número de telefone usa uma versão de API que o Studio abandonou</translation>
    </message>
    <message>
        <source>The flow was started by a trigger it does not have</source>
        <translation>O fluxo foi iniciado por um gatilho que ele não tem</translation>
    </message>
    <message>
        <source>A flow revision must be a number, LatestPublished or LatestRevision</source>
        <translation>Uma revisão de fluxo deve ser um número, LatestPublished ou LatestRevision</translation>
    </message>
    <message>
        <source>The flow&apos;s definition is not valid</source>
        <translation>A definição do fluxo é inválida</translation>
    </message>
    <message>
        <source>The REST API call gave malformed To or From</source>
        <translation>A chamada à API REST deu To ou From malformados</translation>
    </message>
    <message>
        <source>A subflow failed</source>
        <translation>Um subfluxo falhou</translation>
    </message>
    <message>
        <source>The flow has more widgets than Studio allows</source>
        <translation>O fluxo tem mais widgets do que o Studio permite</translation>
    </message>
    <message>
        <source>The execution stopped: the flow has too many widgets</source>
        <translation>A execução parou: o fluxo tem widgets demais</translation>
    </message>
    <message>
        <source>The Function answered with a 4xx status</source>
        <translation>A Function respondeu com um status 4xx</translation>
    </message>
    <message>
        <source>The Function&apos;s answer was an error</source>
        <translation>A resposta da Function foi um erro</translation>
    </message>
    <message>
        <source>The Functions deployment failed to install</source>
        <translation>A implantação das Functions não pôde ser instalada</translation>
    </message>
    <message>
        <source>The Function logged a warning</source>
        <translation>A Function registrou um aviso</translation>
    </message>
    <message>
        <source>The Function logged an error</source>
        <translation>A Function registrou um erro</translation>
    </message>
    <message>
        <source>The Function&apos;s environment context is too large</source>
        <translation>O contexto de ambiente da Function é grande demais</translation>
    </message>
    <message>
        <source>The Function&apos;s runtime is not supported</source>
        <translation>O runtime da Function não é suportado</translation>
    </message>
    <message>
        <source>The Function&apos;s headers or cookies are too large</source>
        <translation>Os cabeçalhos ou cookies da Function são grandes demais</translation>
    </message>
    <message>
        <source>The Function returned a header with several values</source>
        <translation>A Function retornou um cabeçalho com vários valores</translation>
    </message>
    <message>
        <source>retrying helps</source>
        <translation>tentar de novo ajuda</translation>
    </message>
    <message>
        <source>retrying does not help</source>
        <translation>tentar de novo não ajuda</translation>
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
        <translation>uma execução para um chamado, em JSON</translation>
    </message>
    <message>
        <source>Fetch one execution for a ticket: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, each part exactly as the API returned it. The argument is an FN… SID (with --flow), a Twilio Console link or an API URL to the execution. One that names no single execution is refused before any request (exit 2); an unknown one exits 4.</source>
        <translation>Buscar uma execução para um chamado: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, cada parte exatamente como a API a retornou. O argumento é um SID FN… (com --flow), um link do Twilio Console ou uma URL da API da execução. O que não indica uma única execução é recusado antes de qualquer requisição (saída 2); uma desconhecida sai com 4.</translation>
    </message>
    <message>
        <source>The flow of a bare FN… SID (links name it themselves).</source>
        <translation>O fluxo de um SID FN… sozinho (os links já o indicam).</translation>
    </message>
    <message>
        <source>Add the execution&apos;s steps, oldest first, each as the API returned it.</source>
        <translation>Acrescentar as etapas da execução, as mais antigas primeiro, cada uma como a API a retornou.</translation>
    </message>
    <message>
        <source>Add what Twilio kept beside it: the messages and calls it sent and got, and the Debugger alerts of its time that name it, each pinned to the step it belongs to.</source>
        <translation>Acrescentar o que a Twilio guardou junto: as mensagens e chamadas que ela enviou e recebeu, e os alertas do Debugger do seu período que a citam, cada um preso à etapa a que pertence.</translation>
    </message>
    <message>
        <source>Writes &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: each resource as the API returned it, with &quot;step&quot; (the SID of its step, or null) and &quot;widget&quot; first; an alert also &quot;probable&quot; when it names only the flow and was placed by its time and URL. A resource past its retention is {&quot;available&quot;: false, &quot;reason&quot;}; alerts are null when this key cannot read the Debugger.</source>
        <translation>Grava &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: cada recurso como a API o retornou, com &quot;step&quot; (o SID da sua etapa, ou null) e &quot;widget&quot; primeiro; um alerta também tem &quot;probable&quot; quando cita só o fluxo e foi situado pelo horário e pela URL. Um recurso além da sua retenção é {&quot;available&quot;: false, &quot;reason&quot;}; alerts é null quando esta chave não pode ler o Debugger.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (members keep their order).</source>
        <translation>Indentar o JSON para leitura (os membros mantêm a ordem).</translation>
    </message>
    <message>
        <source>Also draw the execution&apos;s path on the flow&apos;s diagram (the revision it ran on) to FILE.svg or FILE.png; no display needed.</source>
        <translation>Também desenhar o caminho da execução no diagrama do fluxo (a revisão em que ela rodou) em ARQUIVO.svg ou ARQUIVO.png; não é preciso tela.</translation>
    </message>
    <message>
        <source>Standard error says which revision was drawn.</source>
        <translation>A saída de erro padrão diz qual revisão foi desenhada.</translation>
    </message>
    <message>
        <source>Read the execution from the archive (flowscope archive sync), not from Twilio: any date, offline, the same JSON.</source>
        <translation>Ler a execução do arquivo (flowscope archive sync), não da Twilio: qualquer data, offline, o mesmo JSON.</translation>
    </message>
    <message>
        <source>--related gives what a sync with --related kept; --diagram still reads the flow&apos;s definition from Twilio.</source>
        <translation>--related dá o que uma sincronização com --related guardou; --diagram continua lendo a definição do fluxo da Twilio.</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow deve ser um SID de fluxo (FW seguido de 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution: flowscope executions --view LINK</source>
        <translation>esse link abre uma visão, não uma execução: flowscope executions --view LINK</translation>
    </message>
    <message>
        <source>the link&apos;s execution is of flow %1, not of --flow %2</source>
        <translation>a execução do link é do fluxo %1, não de --flow %2</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>informe --flow</translation>
    </message>
    <message>
        <source>--diagram: the file name must end in .svg or .png</source>
        <translation>--diagram: o nome do arquivo deve terminar em .svg ou .png</translation>
    </message>
    <message>
        <source>--diagram: this build cannot draw</source>
        <translation>--diagram: esta compilação não sabe desenhar</translation>
    </message>
</context>
<context>
    <name>ExecutionQuery</name>
    <message>
        <source>Pick a flow first.</source>
        <translation>Escolha um fluxo primeiro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits.</source>
        <translation>&apos;%1&apos; não é um SID de fluxo: deve ser FW seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>The date range is not a valid time.</source>
        <translation>O intervalo de datas não é um horário válido.</translation>
    </message>
    <message>
        <source>The start of the range must be before its end.</source>
        <translation>O início do intervalo deve ser anterior ao fim.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 1000, not %1.</source>
        <translation>O tamanho da página deve ser de 1 a 1000, não %1.</translation>
    </message>
</context>
<context>
    <name>ExecutionRef</name>
    <message>
        <source>No execution SID found: paste an FN… SID (FN and 32 hex digits) or a Twilio Console link to an execution.</source>
        <translation>Nenhum SID de execução encontrado: cole um SID FN… (FN e 32 dígitos hexadecimais) ou um link do Twilio Console para uma execução.</translation>
    </message>
    <message>
        <source>That names %1 executions; paste one.</source>
        <translation>Isso indica %1 execuções; cole uma.</translation>
    </message>
    <message>
        <source>That names %1 flows; paste one execution&apos;s link or SID.</source>
        <translation>Isso indica %1 fluxos; cole o link ou o SID de uma execução.</translation>
    </message>
    <message>
        <source>Studio finds an execution within its flow: %1, or paste a Twilio Console link, which names both.</source>
        <translation>O Studio encontra uma execução dentro do seu fluxo: %1, ou cole um link do Twilio Console, que indica os dois.</translation>
    </message>
    <message>
        <source>pick the flow first</source>
        <translation>escolha o fluxo primeiro</translation>
    </message>
    <message>
        <source>the execution has no sid</source>
        <translation>a execução não tem sid</translation>
    </message>
</context>
<context>
    <name>ExecutionsCommand</name>
    <message>
        <source>export a flow&apos;s executions</source>
        <translation>exportar as execuções de um fluxo</translation>
    </message>
    <message>
        <source>Export a flow&apos;s executions, newest first, streamed as they arrive.</source>
        <translation>Exportar as execuções de um fluxo, as mais recentes primeiro, transmitidas conforme chegam.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (FW followed by 32 hex digits).</source>
        <translation>O SID do fluxo (FW seguido de 32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>A saved view (flowscope views list) or a flowscope://view link: its flow, range, filters and columns; options given beside it win.</source>
        <translation>Uma visão salva (flowscope views list) ou um link flowscope://view: seu fluxo, intervalo, filtros e colunas; opções informadas junto têm prioridade.</translation>
    </message>
    <message>
        <source>A relative range (last-24-hours) is counted from now. Columns the outcome gives (ended_at, last_event, step_count, error_code) turn --outcome on.</source>
        <translation>Um intervalo relativo (last-24-hours) é contado a partir de agora. Colunas que o resultado fornece (ended_at, last_event, step_count, error_code) ativam --outcome.</translation>
    </message>
    <message>
        <source>Only executions started at or after T: ISO 8601 with Z or an offset, or local time without one.</source>
        <translation>Só execuções iniciadas em T ou depois: ISO 8601 com Z ou um deslocamento, ou hora local sem ele.</translation>
    </message>
    <message>
        <source>2026-11-01T09:00:00+05:30; a date alone is local midnight.</source>
        <translation>2026-11-01T09:00:00+05:30; uma data sozinha é meia-noite local.</translation>
    </message>
    <message>
        <source>Only executions started before T.</source>
        <translation>Só execuções iniciadas antes de T.</translation>
    </message>
    <message>
        <source>Executions per request, 1 to 1000 (default 1000).</source>
        <translation>Execuções por requisição, de 1 a 1000 (padrão 1000).</translation>
    </message>
    <message>
        <source>Stop after N executions read (crawls sequentially); the filters then write those of them they keep.</source>
        <translation>Parar após ler N execuções (lê sequencialmente); os filtros então gravam as que mantêm.</translation>
    </message>
    <message>
        <source>Only the executions that failed (reads each one&apos;s outcome, as --outcome does).</source>
        <translation>Só as execuções que falharam (lê o resultado de cada uma, como --outcome).</translation>
    </message>
    <message>
        <source>Only the executions whose SID or contact address holds TEXT (any case), as the window&apos;s quick filter.</source>
        <translation>Só as execuções cujo SID ou endereço de contato contém TEXTO (sem diferenciar maiúsculas), como o filtro rápido da janela.</translation>
    </message>
    <message>
        <source>csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells, for people; needs -o).</source>
        <translation>csv (padrão, RFC 4180), tsv, jsonl (cada execução exatamente como a API a retornou) ou xlsx (uma pasta de trabalho com células tipadas, para pessoas; exige -o).</translation>
    </message>
    <message>
        <source>csv has a header of API field names and CRLF line ends; tsv uses the same quoting with tabs.</source>
        <translation>O csv tem um cabeçalho com os nomes de campo da API e fins de linha CRLF; o tsv usa as mesmas aspas com tabulações.</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Colunas separadas por vírgula para csv/tsv/xlsx: %1 (padrão %2).</translation>
    </message>
    <message>
        <source>Fetch each execution&apos;s context and add it as a &apos;context&apos; column of compact JSON (csv/tsv) or field (jsonl).</source>
        <translation>Buscar o contexto de cada execução e acrescentá-lo como coluna &apos;context&apos; de JSON compacto (csv/tsv) ou campo (jsonl).</translation>
    </message>
    <message>
        <source>Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits (repeatable).</source>
        <translation>Acrescentar uma coluna com o valor em CAMINHO no contexto, p. ex. widgets.gather_1.Digits (repetível).</translation>
    </message>
    <message>
        <source>As a Studio variable names it: flow.data[&quot;first name&quot;] works too.</source>
        <translation>Como uma variável do Studio o nomeia: flow.data[&quot;first name&quot;] também funciona.</translation>
    </message>
    <message>
        <source>Write times in local time with their offset instead of UTC as the API gives them.</source>
        <translation>Gravar os horários em hora local com seu deslocamento em vez de UTC, como a API os fornece.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Começar o arquivo com uma marca de ordem de bytes UTF-8 (para o Excel).</translation>
    </message>
    <message>
        <source>Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB CR).</source>
        <translation>Gravar as células literalmente, mesmo as que uma planilha executaria como fórmulas (= + - @ TAB CR).</translation>
    </message>
    <message>
        <source>By default such a cell gets a leading apostrophe; plain numbers and E.164 phone numbers stay as they are.</source>
        <translation>Por padrão, essa célula recebe um apóstrofo no início; números simples e telefones E.164 ficam como estão.</translation>
    </message>
    <message>
        <source>Read each execution&apos;s steps and add its outcome: ended_at, last_event, step_count and failed columns (jsonl: an &apos;outcome&apos; object). Failed means a failure event (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) or a widget&apos;s status_code of 400 or more.</source>
        <translation>Ler as etapas de cada execução e acrescentar o resultado: colunas ended_at, last_event, step_count e failed (jsonl: um objeto &apos;outcome&apos;). Falha significa um evento de falha (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) ou um status_code de widget de 400 ou mais.</translation>
    </message>
    <message>
        <source>Unknown outcomes are written, counted on standard error, and make the command exit 5 when a request failed for good.</source>
        <translation>Resultados desconhecidos são gravados, contados na saída de erro padrão e fazem o comando sair com 5 quando uma requisição falhou de vez.</translation>
    </message>
    <message>
        <source>Requests in flight at most for --outcome and --context (default %1 with --outcome, 8 for --context alone).</source>
        <translation>Máximo de requisições simultâneas para --outcome e --context (padrão %1 com --outcome, 8 para --context sozinho).</translation>
    </message>
    <message>
        <source>Shared between the slices.</source>
        <translation>Compartilhadas entre as fatias.</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4; 1 is a plain sequential crawl).</source>
        <translation>Ler K fatias de tempo ao mesmo tempo (padrão 4; 1 é uma leitura sequencial simples).</translation>
    </message>
    <message>
        <source>The output is the same bytes either way: each SID is written once, the first time it comes. Slices that wait their turn are spooled to unnamed temporary files beside the output file, so memory does not grow with the rows.</source>
        <translation>A saída é idêntica byte a byte nos dois casos: cada SID é gravado uma vez, na primeira vez que aparece. Fatias que aguardam a vez vão para arquivos temporários sem nome ao lado do arquivo de saída, assim a memória não cresce com as linhas.</translation>
    </message>
    <message>
        <source>Read the executions from the archive (flowscope archive sync), not from Twilio: any date, offline, the same output.</source>
        <translation>Ler as execuções do arquivo (flowscope archive sync), não da Twilio: qualquer data, offline, a mesma saída.</translation>
    </message>
    <message>
        <source>--outcome gives what the sync read; --page-size, --parallel and --concurrency do not apply.</source>
        <translation>--outcome dá o que a sincronização leu; --page-size, --parallel e --concurrency não se aplicam.</translation>
    </message>
    <message>
        <source>--view: that link opens an execution: flowscope execution LINK</source>
        <translation>--view: esse link abre uma execução: flowscope execution LINK</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>não há visão chamada &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>--flow or --view is required (see --help)</source>
        <translation>--flow ou --view é obrigatório (veja --help)</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size deve ser um número de 1 a 1000</translation>
    </message>
    <message>
        <source>--limit must be a number of executions, 0 or more</source>
        <translation>--limit deve ser um número de execuções, 0 ou mais</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>um número de fatias</translation>
    </message>
    <message>
        <source>--context-path &apos;%1&apos; is not a path such as widgets.gather_1.Digits or flow.data[&quot;first name&quot;]</source>
        <translation>--context-path &apos;%1&apos; não é um caminho como widgets.gather_1.Digits ou flow.data[&quot;first name&quot;]</translation>
    </message>
</context>
<context>
    <name>ExecutionsExport</name>
    <message>
        <source> Nothing was written.</source>
        <translation> Nada foi gravado.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are written as unknown</source>
        <translation>aviso: o arquivo não tem resultado para %1 execução(ões); elas são gravadas como desconhecidas</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) had no context any more (expired?); their context is null.</source>
        <translation>aviso: %1 execução(ões) não tinham mais contexto (expirado?); o contexto delas é null.</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>the page is %1</source>
        <translation>a página é %1</translation>
    </message>
    <message>
        <source>the page is not a JSON object</source>
        <translation>a página não é um objeto JSON</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url não é uma string</translation>
    </message>
    <message>
        <source>the page has no meta object</source>
        <translation>a página não tem objeto meta</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; array</source>
        <translation>a página não tem a matriz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 of the page is not an object</source>
        <translation>o item %1 da página não é um objeto</translation>
    </message>
    <message>
        <source>the page&apos;s &apos;%1&apos; array could not be delimited</source>
        <translation>a matriz &apos;%1&apos; da página não pôde ser delimitada</translation>
    </message>
    <message>
        <source>the answer is not one execution</source>
        <translation>a resposta não é uma execução</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message numerus="yes">
        <source>%n row(s) had text longer than a spreadsheet cell holds (32,767 characters); it was cut there and marked. Export JSONL for the whole text.</source>
        <translation>
            <numerusform>%n linha tinha texto maior do que cabe em uma célula de planilha (32.767 caracteres); ele foi cortado ali e marcado. Exporte JSONL para o texto inteiro.</numerusform>
            <numerusform>%n linhas tinham texto maior do que cabe em uma célula de planilha (32.767 caracteres); ele foi cortado ali e marcado. Exporte JSONL para o texto inteiro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows continue on %n sheet(s) (a sheet holds 1,048,575 rows).</source>
        <translation>
            <numerusform>As linhas continuam em mais %n planilha (uma planilha comporta 1.048.575 linhas).</numerusform>
            <numerusform>As linhas continuam em mais %n planilhas (uma planilha comporta 1.048.575 linhas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>The flow definition is %1.</source>
        <translation>A definição do fluxo é %1.</translation>
    </message>
    <message>
        <source>The flow definition is not a JSON object.</source>
        <translation>A definição do fluxo não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The flow definition has no &quot;states&quot; list, so it is not a Studio flow.</source>
        <translation>A definição do fluxo não tem lista &quot;states&quot;, então não é um fluxo do Studio.</translation>
    </message>
    <message>
        <source>The flow definition&apos;s &quot;states&quot; is not a list.</source>
        <translation>O &quot;states&quot; da definição do fluxo não é uma lista.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; is not an object; it is left out.</source>
        <translation>A entrada %1 de &quot;states&quot; não é um objeto; ela fica de fora.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; has no name; it is drawn as &quot;%2&quot;.</source>
        <translation>A entrada %1 de &quot;states&quot; não tem nome; ela é desenhada como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; names its target with &quot;name&quot; instead of &quot;next&quot;; read as &quot;next&quot;.</source>
        <translation>%1: a transição em &quot;%2&quot; indica o destino com &quot;name&quot; em vez de &quot;next&quot;; lida como &quot;next&quot;.</translation>
    </message>
    <message>
        <source>Two widgets are named &quot;%1&quot;; steps are drawn on the first.</source>
        <translation>Dois widgets se chamam &quot;%1&quot;; as etapas são desenhadas no primeiro.</translation>
    </message>
    <message>
        <source>The initial state &quot;%1&quot; is not a widget of the flow.</source>
        <translation>O estado inicial &quot;%1&quot; não é um widget do fluxo.</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; leads to &quot;%3&quot;, which is not a widget of the flow.</source>
        <translation>%1: a transição em &quot;%2&quot; leva a &quot;%3&quot;, que não é um widget do fluxo.</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) had no position on the canvas; drawn in a row below the others.</source>
        <translation>
            <numerusform>%n widget não tinha posição na tela; desenhado em uma linha abaixo dos outros.</numerusform>
            <numerusform>%n widgets não tinham posição na tela; desenhados em uma linha abaixo dos outros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowPath</name>
    <message>
        <source>&quot;%1&quot; is not a widget of this definition (renamed or removed since?); it is drawn apart.</source>
        <translation>&quot;%1&quot; não é um widget desta definição (renomeado ou removido desde então?); ele é desenhado à parte.</translation>
    </message>
    <message>
        <source>(subflow)</source>
        <translation>(subfluxo)</translation>
    </message>
    <message>
        <source>%1: the step on &quot;%2&quot; to &quot;%3&quot; is not a transition of this definition; drawn as a loose edge.</source>
        <translation>%1: a etapa em &quot;%2&quot; para &quot;%3&quot; não é uma transição desta definição; desenhada como aresta solta.</translation>
    </message>
</context>
<context>
    <name>FlowScopeLink</name>
    <message>
        <source>That link is longer than %1 characters; FlowScope makes none so long.</source>
        <translation>Esse link tem mais de %1 caracteres; o FlowScope não cria links tão longos.</translation>
    </message>
    <message>
        <source>That is not a FlowScope link (flowscope://execution/FN…?flow=FW… or flowscope://view?…).</source>
        <translation>Isso não é um link do FlowScope (flowscope://execution/FN…?flow=FW… ou flowscope://view?…).</translation>
    </message>
    <message>
        <source>A FlowScope link holds no spaces, control or non-ASCII characters; copy it again.</source>
        <translation>Um link do FlowScope não contém espaços, caracteres de controle nem caracteres não ASCII; copie-o de novo.</translation>
    </message>
    <message>
        <source>A FlowScope link starts flowscope:// .</source>
        <translation>Um link do FlowScope começa com flowscope:// .</translation>
    </message>
    <message>
        <source>A FlowScope link names what to show, never a user, password, host or port; this one does, and is not opened.</source>
        <translation>Um link do FlowScope indica o que mostrar, nunca um usuário, senha, host ou porta; este indica, e não é aberto.</translation>
    </message>
    <message>
        <source>A FlowScope link opens an execution or a view (flowscope://execution/… or flowscope://view?…).</source>
        <translation>Um link do FlowScope abre uma execução ou uma visão (flowscope://execution/… ou flowscope://view?…).</translation>
    </message>
    <message>
        <source>That link gives &apos;%1&apos; more than once; it is not opened.</source>
        <translation>Esse link informa &apos;%1&apos; mais de uma vez; ele não é aberto.</translation>
    </message>
    <message>
        <source>The link&apos;s account is not an account SID (AC and 32 hex digits).</source>
        <translation>A conta do link não é um Account SID (AC e 32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>The link names no execution: flowscope://execution/FN… (FN and 32 hex digits).</source>
        <translation>O link não indica nenhuma execução: flowscope://execution/FN… (FN e 32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>The link names no flow: …?flow=FW… (FW and 32 hex digits); Studio finds an execution within its flow.</source>
        <translation>O link não indica nenhum fluxo: …?flow=FW… (FW e 32 dígitos hexadecimais); o Studio encontra uma execução dentro do seu fluxo.</translation>
    </message>
    <message>
        <source>A view&apos;s link is flowscope://view?… with nothing between view and ?.</source>
        <translation>O link de uma visão é flowscope://view?… sem nada entre view e ?.</translation>
    </message>
    <message>
        <source>That view link cannot be opened: %1.</source>
        <translation>Esse link de visão não pode ser aberto: %1.</translation>
    </message>
</context>
<context>
    <name>FlowTraffic</name>
    <message numerus="yes">
        <source>%n widget(s) that executions passed through are not in this definition (renamed or removed since they ran?): %1 — drawn apart.</source>
        <translation>
            <numerusform>%n widget pelo qual execuções passaram não está nesta definição (renomeado ou removido desde que rodaram?): %1 — desenhado à parte.</numerusform>
            <numerusform>%n widgets pelos quais execuções passaram não estão nesta definição (renomeados ou removidos desde que rodaram?): %1 — desenhados à parte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) took a transition this definition does not have; drawn dashed.</source>
        <translation>
            <numerusform>%n execução tomou uma transição que esta definição não tem; desenhada tracejada.</numerusform>
            <numerusform>%n execuções tomaram uma transição que esta definição não tem; desenhada tracejada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsCommand</name>
    <message>
        <source>list the account&apos;s flows</source>
        <translation>listar os fluxos da conta</translation>
    </message>
    <message>
        <source>List the account&apos;s Studio flows: sid, friendly_name, status, version, date_created, date_updated.</source>
        <translation>Listar os fluxos do Studio da conta: sid, friendly_name, status, version, date_created, date_updated.</translation>
    </message>
    <message>
        <source>tsv (default), csv or jsonl (each flow exactly as the API returned it).</source>
        <translation>tsv (padrão), csv ou jsonl (cada fluxo exatamente como a API o retornou).</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>JSON inválido: está vazio</translation>
    </message>
    <message>
        <source>not valid JSON: it looks like an HTML or XML page</source>
        <translation>JSON inválido: parece uma página HTML ou XML</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes in the middle of a string (cut off on the way?)</source>
        <translation>JSON inválido: termina após %1 bytes no meio de uma string (cortado no caminho?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with an object or array still open (cut off on the way?)</source>
        <translation>JSON inválido: termina após %1 bytes com um objeto ou matriz ainda aberto (cortado no caminho?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with %2 objects or arrays still open (cut off on the way?)</source>
        <translation>JSON inválido: termina após %1 bytes com %2 objetos ou matrizes ainda abertos (cortado no caminho?)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>a flowscope:// link to an execution or a saved view</source>
        <translation>um link flowscope:// para uma execução ou uma visão salva</translation>
    </message>
    <message>
        <source>Print a flowscope:// link for a ticket or a chat: a colleague&apos;s click opens it in their FlowScope window (the one running, or a new one). The link names the execution and its flow, or a view&apos;s query, and the account they are of — never credentials or an origin. An execution is given by its SID with --flow, or by a Console link; a view by its name (flowscope views list).</source>
        <translation>Imprimir um link flowscope:// para um chamado ou um chat: o clique de um colega o abre na janela do FlowScope dele (a que está aberta, ou uma nova). O link indica a execução e seu fluxo, ou a consulta de uma visão, e a conta a que pertencem — nunca credenciais ou uma origem. Uma execução é informada pelo SID com --flow, ou por um link do Console; uma visão pelo nome (flowscope views list).</translation>
    </message>
    <message>
        <source>The execution&apos;s flow (FW…); a Console link names it already.</source>
        <translation>O fluxo da execução (FW…); um link do Console já o indica.</translation>
    </message>
    <message>
        <source>A saved view of the profile.</source>
        <translation>Uma visão salva do perfil.</translation>
    </message>
    <message>
        <source>give an execution or --view, not both</source>
        <translation>informe uma execução ou --view, não os dois</translation>
    </message>
    <message>
        <source>give one execution (FN… with --flow, or a link), or --view NAME</source>
        <translation>informe uma execução (FN… com --flow, ou um link) ou --view NOME</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow deve ser um SID de fluxo (FW seguido de 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>informe --flow</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>the execution has ended but lists no steps</source>
        <translation>a execução terminou, mas não lista etapas</translation>
    </message>
    <message>
        <source>its context could not be read to check the widgets&apos; status codes</source>
        <translation>o contexto dela não pôde ser lido para verificar os códigos de status dos widgets</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 respondeu %2</translation>
    </message>
    <message>
        <source>%1: its message was not delivered (%2)</source>
        <translation>%1: a mensagem não foi entregue (%2)</translation>
    </message>
    <message>
        <source>%1: its message was not delivered</source>
        <translation>%1: a mensagem não foi entregue</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>uma pasta de trabalho é um arquivo, não texto para um terminal ou um pipe: informe -o ARQUIVO.xlsx</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>não é possível gravar na saída padrão</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the output could not be written (disk full?); an existing file was left as it was</source>
        <translation>a saída não pôde ser gravada (disco cheio?); um arquivo existente foi deixado como estava</translation>
    </message>
    <message>
        <source>the output could not be written to %1 (is it full?)</source>
        <translation>a saída não pôde ser gravada em %1 (está cheio?)</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>a saída não pôde ser gravada</translation>
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
        <translation>o arquivo %1 precisa do driver PostgreSQL do Qt (Debian: libqt6sql6-psql), que não está instalado</translation>
    </message>
    <message>
        <source>the archive %1 could not be reached: %2</source>
        <translation>o arquivo %1 não pôde ser alcançado: %2</translation>
    </message>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>o arquivo %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>o arquivo %1: %2</translation>
    </message>
    <message>
        <source>the archive %1: preparing it: %2</source>
        <translation>o arquivo %1: ao prepará-lo: %2</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>o arquivo %1 foi criado por um FlowScope mais novo (esquema %2; este lê até %3); ele foi deixado como estava</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>ao migrá-lo</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>ao gravar %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>ao gravar</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>ao gravar seu índice de texto</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>ao indexar seu texto</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>ao ler</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>ao apagar</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Um nome de perfil tem de 1 a 64 letras, dígitos, espaços, pontos, hifens ou sublinhados.</translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>O Account SID deve ser AC seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>O SID da chave de API deve ser SK seguido de 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variáveis de ambiente</translation>
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
        <translation>contas salvas</translation>
    </message>
    <message>
        <source>Saved accounts, as twilio-cli&apos;s profiles: the secret in the OS keychain (service flowscope), the rest in the settings file. add reads the secret (the Auth Token, or the API key&apos;s secret with --api-key) from standard input when it is not a terminal, else asks for it without echo — never from an argument; without a keychain that answers, or with it locked, nothing is written and the exit status is 7. list shows each profile&apos;s account, region, edge, origin and whether its secret is in the keychain, never the secret. remove deletes the keychain entry, then the profile. use makes a profile the one the window and the commands open by default.</source>
        <translation>Contas salvas, como os perfis do twilio-cli: o segredo no chaveiro do sistema (serviço flowscope), o resto no arquivo de configurações. add lê o segredo (o Auth Token, ou o segredo da chave de API com --api-key) da entrada padrão quando ela não é um terminal; senão, pede sem eco — nunca de um argumento; sem um chaveiro que responda, ou com ele bloqueado, nada é gravado e o status de saída é 7. list mostra a conta, região, edge, origem de cada perfil e se o segredo está no chaveiro, nunca o segredo. remove apaga a entrada do chaveiro e depois o perfil. use torna um perfil o que a janela e os comandos abrem por padrão.</translation>
    </message>
    <message>
        <source>list: tsv (default) or jsonl.</source>
        <translation>list: tsv (padrão) ou jsonl.</translation>
    </message>
    <message>
        <source>add: the Account SID (AC…). Required.</source>
        <translation>add: o Account SID (AC…). Obrigatório.</translation>
    </message>
    <message>
        <source>add: sign in with this API key (SK…); the secret read is then its secret.</source>
        <translation>add: entrar com esta chave de API (SK…); o segredo lido é então o dela.</translation>
    </message>
    <message>
        <source>add: Twilio region, e.g. ie1.</source>
        <translation>add: região da Twilio, p. ex. ie1.</translation>
    </message>
    <message>
        <source>add: Twilio edge, e.g. dublin.</source>
        <translation>add: edge da Twilio, p. ex. dublin.</translation>
    </message>
    <message>
        <source>add: another API origin (a sandbox; http only for loopback).</source>
        <translation>add: outra origem de API (um sandbox; http só para loopback).</translation>
    </message>
    <message>
        <source>add: replace a profile of that name.</source>
        <translation>add: substituir um perfil com esse nome.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>that option is not one of profiles %1 (see --help)</source>
        <translation>essa opção não é de profiles %1 (veja --help)</translation>
    </message>
    <message>
        <source>profiles list takes no name</source>
        <translation>profiles list não recebe nome</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of profiles: the actions are list, add, remove and use</source>
        <translation>ação desconhecida &apos;%1&apos; de profiles: as ações são list, add, remove e use</translation>
    </message>
    <message>
        <source>profiles %1 takes one profile name</source>
        <translation>profiles %1 recebe um nome de perfil</translation>
    </message>
    <message>
        <source>say what to do: profiles %1</source>
        <translation>diga o que fazer: profiles %1</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format deve ser tsv ou jsonl</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles list)</source>
        <translation>não há perfil chamado &apos;%1&apos; (flowscope profiles list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the profile the window and the commands open.</source>
        <translation>&apos;%1&apos; agora é o perfil que a janela e os comandos abrem.</translation>
    </message>
    <message>
        <source>; profile &apos;%1&apos; was kept</source>
        <translation>; o perfil &apos;%1&apos; foi mantido</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>Perfil &apos;%1&apos; e seu segredo removidos.</translation>
    </message>
    <message>
        <source>--account-sid is required</source>
        <translation>--account-sid é obrigatório</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists; give --force to replace it</source>
        <translation>já existe um perfil chamado &apos;%1&apos;; informe --force para substituí-lo</translation>
    </message>
    <message>
        <source>Secret of API key %1</source>
        <translation>Segredo da chave de API %1</translation>
    </message>
    <message>
        <source>Auth Token of %1</source>
        <translation>Auth Token de %1</translation>
    </message>
    <message>
        <source>no secret was given (pipe it on standard input, or type it at the prompt); nothing was saved</source>
        <translation>nenhum segredo foi informado (passe-o pela entrada padrão ou digite-o quando pedido); nada foi salvo</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; nada foi salvo</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;; its secret is in the keychain.</source>
        <translation>Perfil &apos;%1&apos; salvo; o segredo dele está no chaveiro.</translation>
    </message>
    <message>
        <source>no keychain answers (a Secret Service such as GNOME Keyring or KWallet): %1</source>
        <translation>nenhum chaveiro responde (um Secret Service como GNOME Keyring ou KWallet): %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>o chaveiro recusou: %1</translation>
    </message>
</context>
<context>
    <name>Related</name>
    <message>
        <source>Message %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Mensagem %1: não está mais na Twilio (apagada, ou além da retenção)</translation>
    </message>
    <message>
        <source>Message %1 (not read)</source>
        <translation>Mensagem %1 (não lida)</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Mensagem %1: %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Mensagem de %1: %2</translation>
    </message>
    <message>
        <source>Message to %1: %2 — %3</source>
        <translation>Mensagem para %1: %2 — %3</translation>
    </message>
    <message>
        <source>Message to %1: %2</source>
        <translation>Mensagem para %1: %2</translation>
    </message>
    <message>
        <source>Call %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>Chamada %1: não está mais na Twilio (apagada, ou além da retenção)</translation>
    </message>
    <message>
        <source>Call %1 (not read)</source>
        <translation>Chamada %1 (não lida)</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Chamada %1: %2</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3, %4 s</source>
        <translation>Chamada %1 → %2: %3, %4 s</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3</source>
        <translation>Chamada %1 → %2: %3</translation>
    </message>
    <message>
        <source>Debugger %1: %2 (probable: it names only the flow)</source>
        <translation>Debugger %1: %2 (provável: cita só o fluxo)</translation>
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
        <translation>SMS sumiu</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>chamada %1</translation>
    </message>
    <message>
        <source>call gone</source>
        <translation>chamada sumiu</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectada</translation>
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
        <translation>não está mais na Twilio (apagado, ou além da retenção)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
    <message>
        <source>not what execution --related writes</source>
        <translation>não é o que execution --related grava</translation>
    </message>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>esta chave não pode ler o Debugger</translation>
    </message>
</context>
<context>
    <name>RelatedResources</name>
    <message>
        <source>not JSON: %1</source>
        <translation>não é JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>its &apos;sid&apos; is not a %1 SID</source>
        <translation>o &apos;sid&apos; dele não é um SID de %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source> Nothing was written.</source>
        <translation> Nada foi gravado.</translation>
    </message>
    <message>
        <source>%1&apos;s definition could not be read: %2 Nothing was written.</source>
        <translation>a definição de %1 não pôde ser lida: %2 Nada foi gravado.</translation>
    </message>
    <message>
        <source>warning: %1&apos;s revisions could not be listed (%2); published_at is left empty</source>
        <translation>aviso: as revisões de %1 não puderam ser listadas (%2); published_at fica vazio</translation>
    </message>
    <message>
        <source>the archive holds none of its revisions</source>
        <translation>o arquivo não tem nenhuma das revisões dele</translation>
    </message>
    <message>
        <source>%1&apos;s definition: %2. Nothing was written.</source>
        <translation>a definição de %1: %2. Nada foi gravado.</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are counted as unknown</source>
        <translation>aviso: o arquivo não tem resultado para %1 execução(ões); elas são contadas como desconhecidas</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) did not say which revision they ran on (no flow_version); they are counted under revision null</source>
        <translation>aviso: %1 execução(ões) não disseram em qual revisão rodaram (sem flow_version); elas são contadas na revisão null</translation>
    </message>
</context>
<context>
    <name>RevisionsDiff</name>
    <message>
        <source>revision %1 of %2: %3</source>
        <translation>revisão %1 de %2: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2 holds no definition FlowScope can read: %3</source>
        <translation>a revisão %1 de %2 não contém definição que o FlowScope consiga ler: %3</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>the view gives &apos;%1&apos; more than once</source>
        <translation>a visão informa &apos;%1&apos; mais de uma vez</translation>
    </message>
    <message>
        <source>the view names no flow (flow=FW…)</source>
        <translation>a visão não indica nenhum fluxo (flow=FW…)</translation>
    </message>
    <message>
        <source>the view&apos;s flow is not a flow SID (FW and 32 hex digits)</source>
        <translation>o fluxo da visão não é um SID de fluxo (FW e 32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>the view gives both a range and from/to; one of them</source>
        <translation>a visão informa um intervalo e também from/to; só um deles</translation>
    </message>
    <message>
        <source>the view&apos;s %1 is not a time of 2000 to 2100 with Z or an offset (2026-11-01T09:00:00Z)</source>
        <translation>o %1 da visão não é um horário entre 2000 e 2100 com Z ou deslocamento (2026-11-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>the view&apos;s from is not before its to</source>
        <translation>o from da visão não é anterior ao seu to</translation>
    </message>
    <message>
        <source>the view&apos;s range is not one of %1</source>
        <translation>o intervalo da visão não é um de %1</translation>
    </message>
    <message>
        <source>the view&apos;s failed is 1 or 0</source>
        <translation>o failed da visão é 1 ou 0</translation>
    </message>
    <message>
        <source>the view&apos;s filter is longer than %1 characters or holds control characters</source>
        <translation>o filtro da visão tem mais de %1 caracteres ou contém caracteres de controle</translation>
    </message>
    <message>
        <source>the view&apos;s columns are some of %1</source>
        <translation>as colunas da visão são algumas de %1</translation>
    </message>
    <message>
        <source>the view names the column %1 twice</source>
        <translation>a visão cita a coluna %1 duas vezes</translation>
    </message>
    <message>
        <source>the view sorts by a column that is not one of %1</source>
        <translation>a visão ordena por uma coluna que não é uma de %1</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>uma visão precisa de um nome</translation>
    </message>
    <message>
        <source>a view&apos;s name is at most %1 characters</source>
        <translation>o nome de uma visão tem no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a view&apos;s name holds no control characters</source>
        <translation>o nome de uma visão não contém caracteres de controle</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a customer across every flow</source>
        <translation>um cliente em todos os fluxos</translation>
    </message>
    <message>
        <source>Find a customer&apos;s executions across every flow: by phone number (on any channel), by client: or sip: address, or by what they wrote (searched in each context). Rows come newest first once every flow was searched (--stream: on standard output as they are found); -o writes the file atomically, only when every flow was searched. A flow that fails is named on standard error and the search exits 5.</source>
        <translation>Encontrar as execuções de um cliente em todos os fluxos: pelo número de telefone (em qualquer canal), pelo endereço client: ou sip:, ou pelo que ele escreveu (procurado em cada contexto). As linhas vêm das mais recentes para as mais antigas depois que todos os fluxos foram pesquisados (--stream: na saída padrão conforme são encontradas); -o grava o arquivo de forma atômica, só quando todos os fluxos foram pesquisados. Um fluxo que falha é citado na saída de erro padrão e a busca sai com 5.</translation>
    </message>
    <message>
        <source>A phone number as people type it (+44 7700 900123, (415) 555-0100), or an address such as client:alice or sip:bob@example.com.</source>
        <translation>Um número de telefone como as pessoas digitam (+44 7700 900123, (415) 555-0100), ou um endereço como client:alice ou sip:bob@example.com.</translation>
    </message>
    <message>
        <source>A number is read with libphonenumber and matches that number on every channel, whatsapp: included.</source>
        <translation>Um número é lido com a libphonenumber e corresponde a esse número em qualquer canal, whatsapp: incluído.</translation>
    </message>
    <message>
        <source>Text they wrote or said, searched in each execution&apos;s context (one request each).</source>
        <translation>Texto que escreveram ou disseram, procurado no contexto de cada execução (uma requisição cada).</translation>
    </message>
    <message>
        <source>Any case, in every string of the context.</source>
        <translation>Sem diferenciar maiúsculas, em cada string do contexto.</translation>
    </message>
    <message>
        <source>Only this flow (repeatable; default: every flow of the account).</source>
        <translation>Só este fluxo (repetível; padrão: todos os fluxos da conta).</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>A partir de T (padrão: 30 dias atrás, tudo o que o Studio guarda).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Antes de T (padrão: agora).</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>O país dos números digitados sem +país (padrão: o da localidade, %1).</translation>
    </message>
    <message>
        <source>Match the contact&apos;s address string exactly, on its channel only.</source>
        <translation>Comparar exatamente a string de endereço do contato, só no canal dele.</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 8).</source>
        <translation>Requisições simultâneas, de 1 a 32 (padrão 8).</translation>
    </message>
    <message>
        <source>Pages and contexts together.</source>
        <translation>Páginas e contextos juntos.</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells; needs -o).</source>
        <translation>csv (padrão), tsv, jsonl (cada execução exatamente como a API a retornou) ou xlsx (uma pasta de trabalho com células tipadas; exige -o).</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>Colunas separadas por vírgula para csv/tsv/xlsx: %1 (padrão %2).</translation>
    </message>
    <message>
        <source>Add each match&apos;s context as a &apos;context&apos; column (or field, in jsonl).</source>
        <translation>Acrescentar o contexto de cada resultado como coluna &apos;context&apos; (ou campo, em jsonl).</translation>
    </message>
    <message>
        <source>Write each match to standard output as it is found, not newest first at the end.</source>
        <translation>Gravar cada resultado na saída padrão assim que é encontrado, não das mais recentes para as mais antigas no fim.</translation>
    </message>
    <message>
        <source>For a long text search one wants to watch; -o files are always sorted.</source>
        <translation>Para uma busca de texto longa que se quer acompanhar; arquivos de -o são sempre ordenados.</translation>
    </message>
    <message>
        <source>Search the archive (flowscope archive sync) instead of Twilio: any date (--from defaults to its beginning), offline, by its indexes (--text: at least three characters).</source>
        <translation>Pesquisar o arquivo (flowscope archive sync) em vez da Twilio: qualquer data (--from começa por padrão no início dele), offline, pelos índices dele (--text: pelo menos três caracteres).</translation>
    </message>
    <message>
        <source>Rows come sorted newest first, as with -o.</source>
        <translation>As linhas vêm ordenadas, das mais recentes para as mais antigas, como com -o.</translation>
    </message>
    <message>
        <source>say whom to look for: --contact TEXT, --text TEXT, or both</source>
        <translation>diga quem procurar: --contact TEXTO, --text TEXTO, ou os dois</translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation> Nada foi enviado.</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text está vazio</translation>
    </message>
    <message>
        <source>--text needs at least three characters to search the archive (its index files every three letters); nothing was read</source>
        <translation>--text precisa de pelo menos três caracteres para pesquisar o arquivo (o índice dele registra cada três letras); nada foi lido</translation>
    </message>
    <message>
        <source>--stream is for standard output: a file is written sorted, whole</source>
        <translation>--stream é para a saída padrão: um arquivo é gravado ordenado, inteiro</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <source>the account&apos;s flows could not be listed: %1</source>
        <translation>os fluxos da conta não puderam ser listados: %1</translation>
    </message>
    <message>
        <source>the account has no flows</source>
        <translation>a conta não tem fluxos</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 de %2 fluxos · %3 execuções pesquisadas · %4 encontradas</translation>
    </message>
    <message>
        <source>%1 (%2) could not be searched: %3</source>
        <translation>%1 (%2) não pôde ser pesquisado: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: the results are not complete%1</source>
        <translation>
            <numerusform>%n fluxo não pôde ser pesquisado: os resultados não estão completos%1</numerusform>
            <numerusform>%n fluxos não puderam ser pesquisados: os resultados não estão completos%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; nada foi gravado</translation>
    </message>
    <message numerus="yes">
        <source>%1 found in %n flow(s), %2 executions scanned</source>
        <translation>
            <numerusform>%1 encontradas em %n fluxo, %2 execuções pesquisadas</numerusform>
            <numerusform>%1 encontradas em %n fluxos, %2 execuções pesquisadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 filed under the contact)</source>
        <translation>%1 encontradas no arquivo %2 (%3 registradas sob o contato)</translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 named by its text index)</source>
        <translation>%1 encontradas no arquivo %2 (%3 apontadas pelo índice de texto)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain is locked: unlock it (sign in to the desktop, or open Passwords and Keys) and try again</source>
        <translation>o chaveiro está bloqueado: desbloqueie-o (entre na sessão do desktop, ou abra Senhas e chaves) e tente de novo</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Nenhum segredo está guardado para este perfil.</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation>memória, só para esta sessão</translation>
    </message>
</context>
<context>
    <name>SqlCipherArchive</name>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>o arquivo %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>o arquivo %1: %2</translation>
    </message>
    <message>
        <source>the archive %1 has no key</source>
        <translation>o arquivo %1 não tem chave</translation>
    </message>
    <message>
        <source>there is no archive at %1</source>
        <translation>não há arquivo em %1</translation>
    </message>
    <message>
        <source>the archive %1 is not a file that can be read</source>
        <translation>o arquivo %1 não é um arquivo que possa ser lido</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database, not an encrypted archive; it was left as it is</source>
        <translation>%1 é um banco SQLite comum, não um arquivo criptografado; ele foi deixado como estava</translation>
    </message>
    <message>
        <source>the folder of the archive %1 could not be made</source>
        <translation>a pasta do arquivo %1 não pôde ser criada</translation>
    </message>
    <message>
        <source>the archive %1 could not be made: %2</source>
        <translation>o arquivo %1 não pôde ser criado: %2</translation>
    </message>
    <message>
        <source>the archive %1 cannot be read with this key (a wrong key, or not a FlowScope archive); it was left as it is</source>
        <translation>o arquivo %1 não pode ser lido com esta chave (chave errada, ou não é um arquivo do FlowScope); ele foi deixado como estava</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>ao migrá-lo</translation>
    </message>
    <message>
        <source>%1 is a database, but not a FlowScope archive; it was left as it is</source>
        <translation>%1 é um banco de dados, mas não um arquivo do FlowScope; ele foi deixado como estava</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>o arquivo %1 foi criado por um FlowScope mais novo (esquema %2; este lê até %3); ele foi deixado como estava</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>ao gravar %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>ao ler</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>ao gravar</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>ao apagar</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>ao gravar seu índice de texto</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>ao indexar seu texto</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>counts for a report: per bucket, outcome, revision, widget or edge</source>
        <translation>contagens para um relatório: por intervalo, resultado, revisão, widget ou aresta</translation>
    </message>
    <message>
        <source>Count a range of executions for a report: per 5 minutes, hour or day (every bucket, empty ones too, starting in UTC), per outcome — the widget they ended on and the last event, most frequent first — per revision of the flow they ran on, or as the diagram counts them, per widget or per edge. Each SID is counted once; the output is written once everything is counted, atomically with -o.</source>
        <translation>Contar as execuções de um intervalo para um relatório: por 5 minutos, hora ou dia (todo intervalo, inclusive os vazios, começando em UTC), por resultado — o widget em que terminaram e o último evento, os mais frequentes primeiro —, por revisão do fluxo em que rodaram, ou como o diagrama as conta, por widget ou por aresta. Cada SID é contado uma vez; a saída é gravada quando tudo foi contado, de forma atômica com -o.</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable: their counts add up). Required.</source>
        <translation>O SID do fluxo (repetível: as contagens se somam). Obrigatório.</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>A partir de T (padrão: 30 dias atrás, tudo o que o Studio guarda).</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>Antes de T (padrão: agora).</translation>
    </message>
    <message>
        <source>5m, hour or day: one row per bucket (bucket_start, executions, active, ended); outcome: one row per (ended_at, last_event) with executions, failed, unknown; revision: one row per revision the executions ran on, newest first (revision, executions, active, ended, published_at); widget: one row per widget (widget, entered, ended, waiting, failed); edge: one row per edge taken (from, event, to, count).</source>
        <translation>5m, hour ou day: uma linha por intervalo (bucket_start, executions, active, ended); outcome: uma linha por (ended_at, last_event) com executions, failed, unknown; revision: uma linha por revisão em que as execuções rodaram, a mais recente primeiro (revision, executions, active, ended, published_at); widget: uma linha por widget (widget, entered, ended, waiting, failed); edge: uma linha por aresta percorrida (from, event, to, count).</translation>
    </message>
    <message>
        <source>widget and edge count as the Diagram tab does over the flow as it is now: an execution counts once per widget and edge however often it loops; failed is the failed executions that ended there; steps on widgets the definition lacks are counted under their own names. revision reads each execution&apos;s flow_version from Studio v2 (one request per page, as for hour); executions without one are counted under a null revision, and said so. With several flows a flow_sid column comes first.</source>
        <translation>widget e edge contam como a aba Diagrama sobre o fluxo como está agora: uma execução conta uma vez por widget e aresta, por mais que dê voltas; failed são as execuções com falha que terminaram ali; etapas em widgets que faltam na definição são contadas com o próprio nome. revision lê o flow_version de cada execução do Studio v2 (uma requisição por página, como para hour); execuções sem ele são contadas numa revisão null, e isso é informado. Com vários fluxos, uma coluna flow_sid vem primeiro.</translation>
    </message>
    <message>
        <source>With --by 5m|hour|day|revision: read each execution&apos;s steps and add failed and unknown columns (implied by --by outcome).</source>
        <translation>Com --by 5m|hour|day|revision: ler as etapas de cada execução e acrescentar as colunas failed e unknown (implícito com --by outcome).</translation>
    </message>
    <message>
        <source>csv (default), tsv or jsonl (one object per row, numbers as numbers).</source>
        <translation>csv (padrão), tsv ou jsonl (um objeto por linha, números como números).</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4).</source>
        <translation>Ler K fatias de tempo ao mesmo tempo (padrão 4).</translation>
    </message>
    <message>
        <source>Steps requests in flight at most (default %1).</source>
        <translation>Máximo de requisições de etapas simultâneas (padrão %1).</translation>
    </message>
    <message>
        <source>Count the archive&apos;s executions (flowscope archive sync), not Twilio&apos;s: any date, offline, the same counts.</source>
        <translation>Contar as execuções do arquivo (flowscope archive sync), não as da Twilio: qualquer data, offline, as mesmas contagens.</translation>
    </message>
    <message>
        <source>--outcomes counts what the sync read; --parallel and --concurrency do not apply.</source>
        <translation>--outcomes conta o que a sincronização leu; --parallel e --concurrency não se aplicam.</translation>
    </message>
    <message>
        <source>--by is required: 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by é obrigatório: 5m, hour, day, outcome, revision, widget ou edge</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by &apos;%1&apos; não é 5m, hour, day, outcome, revision, widget nem edge</translation>
    </message>
    <message>
        <source>--outcomes goes with --by 5m|hour|day|revision; --by %1 reads them anyway</source>
        <translation>--outcomes acompanha --by 5m|hour|day|revision; --by %1 os lê de qualquer forma</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>um número de fatias</translation>
    </message>
    <message>
        <source>--by revision reads Twilio (Studio v2&apos;s flow_version); the archive does not keep which revision an execution ran on</source>
        <translation>--by revision lê a Twilio (o flow_version do Studio v2); o arquivo não guarda em qual revisão uma execução rodou</translation>
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
        <translation>o arquivo %1 não tem a execução %2 do fluxo %3</translation>
    </message>
    <message>
        <source>warning: the archive holds no context for %1 (synced with --no-contexts); it is written as null</source>
        <translation>aviso: o arquivo não tem contexto para %1 (sincronizado com --no-contexts); ele é gravado como null</translation>
    </message>
    <message>
        <source>the archive %1 holds no messages, calls or alerts for %2 (it was synced without --related)</source>
        <translation>o arquivo %1 não tem mensagens, chamadas nem alertas de %2 (foi sincronizado sem --related)</translation>
    </message>
    <message>
        <source>the archive %1 holds no revision of flow %2: its definition is read from Twilio</source>
        <translation>o arquivo %1 não tem nenhuma revisão do fluxo %2: a definição dele é lida da Twilio</translation>
    </message>
    <message>
        <source>the archive %1 holds no steps for %2</source>
        <translation>o arquivo %1 não tem etapas de %2</translation>
    </message>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>o fluxo %1 não tem a execução %2 (o Studio guarda execuções por 30 dias)</translation>
    </message>
    <message>
        <source>the context resource has no &apos;context&apos; member</source>
        <translation>o recurso de contexto não tem o membro &apos;context&apos;</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 não pôde ser lido: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n related resource(s) no longer at Twilio (deleted, or past their retention)</source>
        <translation>
            <numerusform>%n recurso relacionado não está mais na Twilio (apagado, ou além da retenção)</numerusform>
            <numerusform>%n recursos relacionados não estão mais na Twilio (apagados, ou além da retenção)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts left out: this key cannot read the Debugger (Monitor)</source>
        <translation>Alertas deixados de fora: esta chave não pode ler o Debugger (Monitor)</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>Os alertas não puderam ser listados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and were left out</source>
        <translation>
            <numerusform>%n alerta que cita só o fluxo não correspondeu a uma única etapa e ficou de fora</numerusform>
            <numerusform>%n alertas que citam só o fluxo não corresponderam a uma única etapa e ficaram de fora</numerusform>
        </translation>
    </message>
    <message>
        <source>--diagram %1: %2</source>
        <translation>--diagram %1: %2</translation>
    </message>
    <message>
        <source>Drew %1 on %2</source>
        <translation>%1 desenhado em %2</translation>
    </message>
</context>
<context>
    <name>UnknownOutcomes</name>
    <message numerus="yes">
        <source>warning: the outcome of %n execution(s) is unknown (written as unknown); %1, for one: %2</source>
        <translation>
            <numerusform>aviso: o resultado de %n execução é desconhecido (gravado como desconhecido); %1, por exemplo: %2</numerusform>
            <numerusform>aviso: o resultado de %n execuções é desconhecido (gravado como desconhecido); %1, por exemplo: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>there is no view named &apos;%1&apos;</source>
        <translation>não há visão chamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is a view named &apos;%1&apos; already</source>
        <translation>já há uma visão chamada &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ViewsCommand</name>
    <message>
        <source>the saved views of a profile</source>
        <translation>as visões salvas de um perfil</translation>
    </message>
    <message>
        <source>The views saved in the window (View ▸ Save view…), per profile: list them, show one (a name or a flowscope://view link) with its link, or remove one. flowscope executions --view NAME exports what a view lists.</source>
        <translation>As visões salvas na janela (Exibir ▸ Salvar visão…), por perfil: listá-las, mostrar uma (um nome ou um link flowscope://view) com seu link, ou remover uma. flowscope executions --view NOME exporta o que uma visão lista.</translation>
    </message>
    <message>
        <source>tsv (default) or jsonl.</source>
        <translation>tsv (padrão) ou jsonl.</translation>
    </message>
    <message>
        <source>say what to do: views list | show NAME | remove NAME</source>
        <translation>diga o que fazer: views list | show NOME | remove NOME</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format deve ser tsv ou jsonl</translation>
    </message>
    <message>
        <source>views list takes no name</source>
        <translation>views list não recebe nome</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of views: the actions are list, show and remove</source>
        <translation>ação desconhecida &apos;%1&apos; de views: as ações são list, show e remove</translation>
    </message>
    <message>
        <source>views %1 takes one view name</source>
        <translation>views %1 recebe um nome de visão</translation>
    </message>
    <message>
        <source>that option is not one of views remove (see --help)</source>
        <translation>essa opção não é de views remove (veja --help)</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>não há visão chamada &apos;%1&apos; (flowscope views list)</translation>
    </message>
    <message>
        <source>Removed view &apos;%1&apos;.</source>
        <translation>Visão &apos;%1&apos; removida.</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>only part was written (is the disk full?)</source>
        <translation>só uma parte foi gravada (o disco está cheio?)</translation>
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
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>Opções comuns:</translation>
    </message>
</context>
<context>
    <name>flowscope::AccountManager</name>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Não há perfil chamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;; enter it again.</source>
        <translation>Nenhum segredo está guardado para o perfil &apos;%1&apos;; digite-o de novo.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; cannot sign in: %2. The profile and its secret are kept.</source>
        <translation>O perfil &apos;%1&apos; não consegue entrar: %2. O perfil e o segredo dele são mantidos.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; needs its secret again: no keychain is available to keep it.</source>
        <translation>O perfil &apos;%1&apos; precisa do segredo de novo: nenhum chaveiro está disponível para guardá-lo.</translation>
    </message>
    <message>
        <source>%1. Until then secrets are kept in memory for this session only, never on disk; save the profile again once it is unlocked to keep its secret.</source>
        <translation>%1. Até lá, os segredos ficam na memória só nesta sessão, nunca no disco; salve o perfil de novo quando ele estiver desbloqueado para guardar o segredo.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only, never on disk.</source>
        <translation>Nenhum chaveiro está disponível (%1): os segredos ficam na memória só nesta sessão, nunca no disco.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>credenciais digitadas (mantidas na memória)</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Já existe um perfil chamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another API key: enter its secret.</source>
        <translation>O perfil &apos;%1&apos; agora tem outra chave de API: digite o segredo dela.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another Account SID: enter its Auth Token.</source>
        <translation>O perfil &apos;%1&apos; agora tem outro Account SID: digite o Auth Token dele.</translation>
    </message>
    <message>
        <source>The secret of profile &apos;%1&apos; could not be moved to its new name (%2): enter it again.</source>
        <translation>O segredo do perfil &apos;%1&apos; não pôde ser movido para o novo nome (%2): digite-o de novo.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>nenhum está guardado</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was kept: %2.</source>
        <translation>O perfil &apos;%1&apos; foi mantido: %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::ActivityChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
            <numerusform>%n execução</numerusform>
            <numerusform>%n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 analysed failed (%3 %)</source>
        <translation>, %1 de %2 analisadas falharam (%3 %)</translation>
    </message>
    <message>
        <source>, none analysed</source>
        <translation>, nenhuma analisada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Click a bar, or drag across bars, to narrow the range to them</source>
        <translation>Clique em uma barra, ou arraste sobre várias, para restringir o intervalo a elas</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>Nota de atividade</translation>
    </message>
    <message>
        <source>By revision</source>
        <translation>Por revisão</translation>
    </message>
    <message>
        <source>Stack the executions by the revision of the flow they ran on, with a marker at each publish: hover one for what it changed and the failure rate before and after it</source>
        <translation>Empilhar as execuções pela revisão do fluxo em que rodaram, com um marcador em cada publicação: passe o mouse sobre um para ver o que ela mudou e a taxa de falhas antes e depois</translation>
    </message>
    <message>
        <source>Stack the chart by revision</source>
        <translation>Empilhar o gráfico por revisão</translation>
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
        <translation>por dia</translation>
    </message>
    <message>
        <source>%1 — %2, %3, local time. </source>
        <translation>%1 — %2, %3, hora local. </translation>
    </message>
    <message>
        <source>Counts the %1 loaded rows — Load all for the whole range.</source>
        <translation>Conta as %1 linhas carregadas — Carregar tudo para o intervalo inteiro.</translation>
    </message>
    <message>
        <source>All %1 executions of the range.</source>
        <translation>Todas as %1 execuções do intervalo.</translation>
    </message>
    <message>
        <source>Failed: of the %1 analysed.</source>
        <translation>Com falha: das %1 analisadas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n execution(s)</source>
        <translation>
            <numerusform>%1 – %2: %n execução</numerusform>
            <numerusform>%1 – %2: %n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended · %2 active · %3 failed</source>
        <translation>%1 encerradas · %2 ativas · %3 com falha</translation>
    </message>
    <message>
        <source>What it changed could not be read: %1</source>
        <translation>O que ela mudou não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisão %1</translation>
    </message>
    <message>
        <source>Revision not said</source>
        <translation>Revisão não informada</translation>
    </message>
    <message>
        <source>Revision %1 published</source>
        <translation>Revisão %1 publicada</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … e mais %n</numerusform>
            <numerusform>  … e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 published %2</source>
        <translation>Revisão %1 publicada %2</translation>
    </message>
    <message>
        <source>The flow&apos;s first revision.</source>
        <translation>A primeira revisão do fluxo.</translation>
    </message>
    <message>
        <source>Reading what it changed…</source>
        <translation>Lendo o que ela mudou…</translation>
    </message>
    <message>
        <source>In the %1 before: %2</source>
        <translation>Nas %1 anteriores: %2</translation>
    </message>
    <message>
        <source>In the %1 after: %2</source>
        <translation>Nas %1 posteriores: %2</translation>
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
        <translation>Contar de novo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>By error code</source>
        <translation>Por código de erro</translation>
    </message>
    <message>
        <source>By widget</source>
        <translation>Por widget</translation>
    </message>
    <message>
        <source>Alerts counted</source>
        <translation>Alertas contados</translation>
    </message>
    <message>
        <source>Read the alerts of the range again</source>
        <translation>Ler de novo os alertas do intervalo</translation>
    </message>
    <message>
        <source>Reading the executions that may own an alert: %1 of %2…</source>
        <translation>Lendo as execuções que podem ter um alerta: %1 de %2…</translation>
    </message>
    <message>
        <source>Alerts by error code</source>
        <translation>Alertas por código de erro</translation>
    </message>
    <message>
        <source>Alerts by widget</source>
        <translation>Alertas por widget</translation>
    </message>
    <message>
        <source>Choose a row to list its executions in the table</source>
        <translation>Escolha uma linha para listar as execuções dela na tabela</translation>
    </message>
    <message>
        <source>Alerts of %1</source>
        <translation>Alertas de %1</translation>
    </message>
    <message>
        <source>The range holds no time Monitor keeps alerts for (the last 30 days).</source>
        <translation>O intervalo não contém nenhum momento para o qual o Monitor guarde alertas (os últimos 30 dias).</translation>
    </message>
    <message>
        <source>Listing the Debugger&apos;s alerts from %1 to %2…</source>
        <translation>Listando os alertas do Debugger de %1 a %2…</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger (Twilio Monitor), so there are no alerts to count.</source>
        <translation>Esta chave não pode ler o Debugger (Twilio Monitor), então não há alertas para contar.</translation>
    </message>
    <message>
        <source>The alerts could not be counted: %1</source>
        <translation>Os alertas não puderam ser contados: %1</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(sem etapa)</translation>
    </message>
    <message>
        <source>No Debugger alert of this range belongs to an execution of the flow.</source>
        <translation>Nenhum alerta do Debugger deste intervalo pertence a uma execução do fluxo.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of this range belong to executions of the flow. Choose a row to list its executions.</source>
        <translation>
            <numerusform>%n alerta deste intervalo pertence a execuções do fluxo. Escolha uma linha para listar as execuções dela.</numerusform>
            <numerusform>%n alertas deste intervalo pertencem a execuções do fluxo. Escolha uma linha para listar as execuções dela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1</source>
        <translation>
            <numerusform>A %n execução com o alerta %1</numerusform>
            <numerusform>As %n execuções com o alerta %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1 at %2</source>
        <translation>
            <numerusform>A %n execução com o alerta %1 em %2</numerusform>
            <numerusform>As %n execuções com o alerta %1 em %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsReport</name>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>esta chave não pode ler o Debugger</translation>
    </message>
</context>
<context>
    <name>flowscope::ApiReply</name>
    <message>
        <source>The connection was closed.</source>
        <translation>A conexão foi fechada.</translation>
    </message>
    <message>
        <source>Refused to follow a link to %1: it is not one of the configured API origins (%2), and credentials are never sent elsewhere.</source>
        <translation>Recusado seguir um link para %1: ele não é uma das origens de API configuradas (%2), e credenciais nunca são enviadas para outro lugar.</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: it is not the configured API origin, and credentials are never sent elsewhere.</source>
        <translation>Recusado um redirecionamento para %1: não é a origem de API configurada, e credenciais nunca são enviadas para outro lugar.</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>mais de %1 MB</translation>
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
        <translation>expirou após %1 (sem dados por %2 s)</translation>
    </message>
    <message>
        <source>the connection closed after %1</source>
        <translation>a conexão foi fechada após %1</translation>
    </message>
    <message>
        <source>the body ended after %1</source>
        <translation>o corpo terminou após %1</translation>
    </message>
    <message>
        <source>it is %1, not JSON (is a proxy or a sign-in page in the way?)</source>
        <translation>é %1, não JSON (há um proxy ou uma página de login no caminho?)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>sem dados por %1 s</translation>
    </message>
    <message>
        <source>whether it took effect is unknown: re-reading it failed too (%1)</source>
        <translation>não se sabe se teve efeito: ler de novo também falhou (%1)</translation>
    </message>
    <message>
        <source>1 attempt over %1 s</source>
        <translation>1 tentativa em %1 s</translation>
    </message>
    <message>
        <source>%1 attempts over %2 s</source>
        <translation>%1 tentativas em %2 s</translation>
    </message>
    <message>
        <source>; the server asked to wait %1 s more</source>
        <translation>; o servidor pediu para esperar mais %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveController</name>
    <message>
        <source>The archive&apos;s password could not be kept in the keychain: %1</source>
        <translation>A senha do arquivo não pôde ser guardada no chaveiro: %1</translation>
    </message>
    <message>
        <source>Archive off</source>
        <translation>Arquivo desligado</translation>
    </message>
    <message>
        <source>Archive: opening…</source>
        <translation>Arquivo: abrindo…</translation>
    </message>
    <message>
        <source>Archive: ⚠ %1</source>
        <translation>Arquivo: ⚠ %1</translation>
    </message>
    <message>
        <source>Archive: syncing… %1 written</source>
        <translation>Arquivo: sincronizando… %1 gravadas</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveDialog</name>
    <message>
        <source>&amp;Keep an archive of this account&apos;s executions</source>
        <translation>&amp;Manter um arquivo das execuções desta conta</translation>
    </message>
    <message>
        <source>Keep what Twilio &amp;said too: messages, calls, alerts</source>
        <translation>Guardar também o que a Twilio &amp;disse: mensagens, chamadas, alertas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>Ca&amp;ncelar sincronização</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Twilio keeps executions 30 days; the archive keeps them on this machine, encrypted, for as long as you choose. It holds personal data (numbers, messages): it is off until you turn it on.</source>
        <translation>A Twilio guarda as execuções por 30 dias; o arquivo as guarda nesta máquina, criptografadas, pelo tempo que você quiser. Ele contém dados pessoais (números, mensagens): fica desligado até você ligá-lo.</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s own encrypted file. sqlite:PATH for another file; postgresql://USER@HOST:PORT/DB?sslmode=require for a team&apos;s shared archive (its password from PGPASSWORD or ~/.pgpass, never kept here).</source>
        <translation>Vazio: o arquivo criptografado do próprio perfil. sqlite:CAMINHO para outro arquivo; postgresql://USUÁRIO@HOST:PORTA/BD?sslmode=require para o arquivo compartilhado de uma equipe (a senha vem de PGPASSWORD ou ~/.pgpass, nunca guardada aqui).</translation>
    </message>
    <message>
        <source>Where the archive is</source>
        <translation>Onde o arquivo está</translation>
    </message>
    <message>
        <source>PostgreSQL only; empty: keep the one in the keychain</source>
        <translation>Só PostgreSQL; vazio: manter a do chaveiro</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings; PGPASSWORD and a password in the URL come first, ~/.pgpass after.</source>
        <translation>Guardada no chaveiro, nunca nas configurações; PGPASSWORD e uma senha na URL vêm primeiro, ~/.pgpass depois.</translation>
    </message>
    <message>
        <source>The PostgreSQL archive&apos;s password</source>
        <translation>A senha do arquivo PostgreSQL</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>para sempre</translation>
    </message>
    <message>
        <source>Keep executions for</source>
        <translation>Guardar execuções por</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar a cada</translation>
    </message>
    <message>
        <source>Each execution&apos;s messages and calls and the Debugger&apos;s alerts about it, so that why a step failed can be read with Twilio&apos;s copies gone: a few requests more an execution.</source>
        <translation>As mensagens e chamadas de cada execução e os alertas do Debugger sobre ela, para que o motivo da falha de uma etapa possa ser lido depois que as cópias da Twilio sumirem: algumas requisições a mais por execução.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>O que o arquivo contém</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Onde:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Guardar &amp;por:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar a &amp;cada:</translation>
    </message>
    <message>
        <source>Turn the archive on and press OK first.</source>
        <translation>Ligue o arquivo e pressione OK primeiro.</translation>
    </message>
    <message numerus="yes">
        <source> — the last one wrote %1 execution(s) of %n flow(s)</source>
        <translation>
            <numerusform> — a última gravou %1 execução(ões) de %n fluxo</numerusform>
            <numerusform> — a última gravou %1 execução(ões) de %n fluxos</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds no executions yet.</source>
        <translation>Ele ainda não contém execuções.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %1 execution(s) of %n flow(s), the oldest from %2.</source>
        <translation>
            <numerusform>Ele contém %1 execução(ões) de %n fluxo, a mais antiga de %2.</numerusform>
            <numerusform>Ele contém %1 execução(ões) de %n fluxos, a mais antiga de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the archive keeps an execution after it started; 0 keeps it forever. Older ones are deleted after each sync.</source>
        <translation>Por quanto tempo o arquivo guarda uma execução depois que ela começou; 0 a guarda para sempre. As mais antigas são apagadas após cada sincronização.</translation>
    </message>
    <message>
        <source>How often the window syncs the archive in the background</source>
        <translation>Com que frequência a janela sincroniza o arquivo em segundo plano</translation>
    </message>
    <message>
        <source>Stop the sync; what it has written stays</source>
        <translation>Parar a sincronização; o que ela gravou fica</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveService</name>
    <message>
        <source>the archive was not searched: its index needs at least three characters of text</source>
        <translation>o arquivo não foi pesquisado: o índice dele precisa de pelo menos três caracteres de texto</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>o arquivo não está aberto</translation>
    </message>
    <message>
        <source>the archive, %1</source>
        <translation>o arquivo, %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ainda não sincronizado</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>sincronizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation>
            <numerusform>sincronizado há %n min</numerusform>
            <numerusform>sincronizado há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation>
            <numerusform>sincronizado há %n h</numerusform>
            <numerusform>sincronizado há %n h</numerusform>
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
        <translation>A sincronização foi cancelada.</translation>
    </message>
</context>
<context>
    <name>flowscope::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>Comparar %1 e %2</translation>
    </message>
    <message>
        <source>On the diagram: A&apos;s path in blue, B&apos;s in orange, what both took in purple; the widget where they parted is marked.</source>
        <translation>No diagrama: o caminho de A em azul, o de B em laranja, o que ambas percorreram em roxo; o widget onde se separaram fica marcado.</translation>
    </message>
    <message>
        <source>The two executions compared</source>
        <translation>As duas execuções comparadas</translation>
    </message>
    <message>
        <source>Reading both executions…</source>
        <translation>Lendo as duas execuções…</translation>
    </message>
    <message>
        <source>Where they parted and how many values differ</source>
        <translation>Onde se separaram e quantos valores diferem</translation>
    </message>
    <message>
        <source>Both paths on the flow&apos;s diagram</source>
        <translation>Os dois caminhos no diagrama do fluxo</translation>
    </message>
    <message>
        <source>The two contexts, differing values side by side</source>
        <translation>Os dois contextos, valores diferentes lado a lado</translation>
    </message>
    <message>
        <source>What Twilio said — %1</source>
        <translation>O que a Twilio disse — %1</translation>
    </message>
    <message>
        <source>What Twilio said about %1</source>
        <translation>O que a Twilio disse sobre %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Not read here.</source>
        <translation>Não lido aqui.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 não pôde ser lido: %2</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>O diagrama do fluxo não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>O que a Twilio disse não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>step %1 · %2: </source>
        <translation>etapa %1 · %2: </translation>
    </message>
    <message>
        <source>No message, call or Debugger alert.</source>
        <translation>Nenhuma mensagem, chamada ou alerta do Debugger.</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger: alerts are left out.</source>
        <translation>Esta chave não pode ler o Debugger: os alertas ficam de fora.</translation>
    </message>
    <message>
        <source>They took the same path.</source>
        <translation>Elas percorreram o mesmo caminho.</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>Elas se separaram em %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ; the branches where nothing differs are folded.</source>
        <translation>
            <numerusform>%n valor de contexto difere; os ramos sem diferenças estão recolhidos.</numerusform>
            <numerusform>%n valores de contexto diferem; os ramos sem diferenças estão recolhidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>B ran on revision %1: its steps are drawn on A&apos;s.</source>
        <translation>B rodou na revisão %1: as etapas dela são desenhadas sobre as de A.</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of execution %1, by step</source>
        <translation>As mensagens, chamadas e alertas do Debugger da execução %1, por etapa</translation>
    </message>
    <message>
        <source>One tree of both contexts: a value that differs is bold and marked ≠, one side&apos;s alone says (absent) on the other, and only branches with a difference are open</source>
        <translation>Uma árvore com os dois contextos: um valor que difere fica em negrito e marcado com ≠, um que só está de um lado mostra (ausente) no outro, e só os ramos com alguma diferença ficam abertos</translation>
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
            <numerusform>{%n membro}</numerusform>
            <numerusform>{%n membros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n itens]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only in %2</source>
        <translation>%1 — só em %2</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — difere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Qualquer momento</translation>
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
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>Intervalo predefinido</translation>
    </message>
    <message>
        <source>Which executions to list, by when they started (Studio keeps executions 30 days)</source>
        <translation>Quais execuções listar, pelo momento em que começaram (o Studio guarda execuções por 30 dias)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Executions that started at or after this time (local time)</source>
        <translation>Execuções que começaram neste momento ou depois (hora local)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Executions that started before this time (local time)</source>
        <translation>Execuções que começaram antes deste momento (hora local)</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; tables show UTC when you hover a time</source>
        <translation>Os horários estão no fuso horário deste computador; as tabelas mostram UTC ao passar o mouse sobre um horário</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>The start of the range (%1) must be before its end (%2). Nothing was sent.</source>
        <translation>O início do intervalo (%1) deve ser anterior ao fim (%2). Nada foi enviado.</translation>
    </message>
</context>
<context>
    <name>flowscope::DefinitionLoader</name>
    <message>
        <source>the flow&apos;s answer is not JSON</source>
        <translation>a resposta do fluxo não é JSON</translation>
    </message>
    <message>
        <source>the flow&apos;s answer has no definition</source>
        <translation>a resposta do fluxo não tem definição</translation>
    </message>
    <message>
        <source>the archived revision cannot be read: %1</source>
        <translation>a revisão arquivada não pode ser lida: %1</translation>
    </message>
    <message>
        <source>the execution does not say which revision it ran on</source>
        <translation>a execução não diz em qual revisão rodou</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>revisão %1: %2</translation>
    </message>
    <message>
        <source>the flow&apos;s definition cannot be drawn: %1</source>
        <translation>a definição do fluxo não pode ser desenhada: %1</translation>
    </message>
    <message>
        <source>the flow has no definition</source>
        <translation>o fluxo não tem definição</translation>
    </message>
</context>
<context>
    <name>flowscope::DetailPane</name>
    <message>
        <source>Select an execution to see its context and steps.</source>
        <translation>Selecione uma execução para ver o contexto e as etapas dela.</translation>
    </message>
    <message>
        <source>End execution…</source>
        <translation>Encerrar execução…</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>End execution</source>
        <translation>Encerrar execução</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Execution details</source>
        <translation>Detalhes da execução</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>SID da execução</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy execution SID</source>
        <translation>Copiar SID da execução</translation>
    </message>
    <message>
        <source>Copy the execution SID</source>
        <translation>Copiar o SID da execução</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy link to execution</source>
        <translation>Copiar link para a execução</translation>
    </message>
    <message>
        <source>Copy a flowscope:// link to this execution: a colleague&apos;s click opens it in their FlowScope</source>
        <translation>Copiar um link flowscope:// para esta execução: o clique de um colega a abre no FlowScope dele</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Started and updated</source>
        <translation>Início e atualização</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Abrir no Twilio Console</translation>
    </message>
    <message>
        <source>Open this execution in the Twilio Console (in your browser)</source>
        <translation>Abrir esta execução no Twilio Console (no navegador)</translation>
    </message>
    <message>
        <source>Stop this execution now (POST Status=ended); asks first</source>
        <translation>Parar esta execução agora (POST Status=ended); pergunta antes</translation>
    </message>
    <message>
        <source>Copied the %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>What happened, oldest first; select a step to see the context as it stood then</source>
        <translation>O que aconteceu, do mais antigo ao mais recente; selecione uma etapa para ver o contexto como estava naquele momento</translation>
    </message>
    <message>
        <source>Loading the step&apos;s context…</source>
        <translation>Carregando o contexto da etapa…</translation>
    </message>
    <message>
        <source>Loading steps…</source>
        <translation>Carregando etapas…</translation>
    </message>
    <message>
        <source>This execution has no steps.</source>
        <translation>Esta execução não tem etapas.</translation>
    </message>
    <message>
        <source>Select a step to see its context.</source>
        <translation>Selecione uma etapa para ver o contexto dela.</translation>
    </message>
    <message>
        <source>Context at this step</source>
        <translation>Contexto nesta etapa</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>O que a Twilio disse</translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation>A etapa selecionada</translation>
    </message>
    <message>
        <source>Raw context JSON</source>
        <translation>JSON bruto do contexto</translation>
    </message>
    <message>
        <source>Copy the context JSON</source>
        <translation>Copiar o JSON do contexto</translation>
    </message>
    <message>
        <source>Copy the whole context, pretty-printed</source>
        <translation>Copiar o contexto inteiro, formatado</translation>
    </message>
    <message>
        <source>Copied the context JSON</source>
        <translation>JSON do contexto copiado</translation>
    </message>
    <message>
        <source>Which revision of the flow is drawn</source>
        <translation>Qual revisão do fluxo está desenhada</translation>
    </message>
    <message>
        <source>Diagram tools</source>
        <translation>Ferramentas do diagrama</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole flow (Ctrl+0)</source>
        <translation>Ajustar o fluxo inteiro (Ctrl+0)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Fit the path this execution took (or the widgets the executions reached)</source>
        <translation>Ajustar ao caminho que esta execução percorreu (ou aos widgets que as execuções alcançaram)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Aumentar zoom (Ctrl+mais)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Diminuir zoom (Ctrl+menos)</translation>
    </message>
    <message>
        <source>All analysed</source>
        <translation>Todas as analisadas</translation>
    </message>
    <message>
        <source>Where the analysed executions went: how many entered and ended at each widget and took each transition, on the flow as it is now; click a box or an edge to list them</source>
        <translation>Para onde as execuções analisadas foram: quantas entraram e terminaram em cada widget e tomaram cada transição, no fluxo como está agora; clique em uma caixa ou aresta para listá-las</translation>
    </message>
    <message>
        <source>Show where all analysed executions went</source>
        <translation>Mostrar para onde foram todas as execuções analisadas</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Copy the diagram with its path as a picture</source>
        <translation>Copiar o diagrama com o caminho como imagem</translation>
    </message>
    <message>
        <source>Save as PNG / SVG…</source>
        <translation>Salvar como PNG / SVG…</translation>
    </message>
    <message>
        <source>Save the diagram with its path for the ticket</source>
        <translation>Salvar o diagrama com o caminho para o chamado</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>O diagrama do fluxo não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>Reading what Twilio said…</source>
        <translation>Lendo o que a Twilio disse…</translation>
    </message>
    <message>
        <source>What Twilio said is not read here.</source>
        <translation>O que a Twilio disse não é lido aqui.</translation>
    </message>
    <message>
        <source>Loading the context…</source>
        <translation>Carregando o contexto…</translation>
    </message>
    <message>
        <source>Loading the flow&apos;s diagram…</source>
        <translation>Carregando o diagrama do fluxo…</translation>
    </message>
    <message numerus="yes">
        <source>The definition has %n oddity(ies): %1</source>
        <translation>
            <numerusform>A definição tem %n estranheza: %1</numerusform>
            <numerusform>A definição tem %n estranhezas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a flow and Analyse its executions to see where they went.</source>
        <translation>Escolha um fluxo e analise as execuções dele para ver para onde foram.</translation>
    </message>
    <message>
        <source>No loaded row&apos;s outcome is known yet: Analyse reads them all, then this shows where they went.</source>
        <translation>Ainda não se conhece o resultado de nenhuma linha carregada: Analisar lê todas, e então isto mostra para onde foram.</translation>
    </message>
    <message>
        <source>Where %1 analysed of the %2 loaded executions went. Click a box or an edge to list the executions that passed there.</source>
        <translation>Para onde foram %1 analisadas das %2 execuções carregadas. Clique em uma caixa ou aresta para listar as execuções que passaram ali.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>o fim</translation>
    </message>
    <message numerus="yes">
        <source>The %n that went from %1 to %2 on %3</source>
        <translation>
            <numerusform>A %n que foi de %1 para %2 em %3</numerusform>
            <numerusform>As %n que foram de %1 para %2 em %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No analysed execution reached %1.</source>
        <translation>Nenhuma execução analisada alcançou %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n that passed %1</source>
        <translation>
            <numerusform>A %n que passou por %1</numerusform>
            <numerusform>As %n que passaram por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution never reached that widget.</source>
        <translation>Esta execução nunca alcançou esse widget.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 → %4 on %5 (its context is in the Steps tab)</source>
        <translation>Etapa %1 de %2: %3 → %4 em %5 (o contexto dela está na aba Etapas)</translation>
    </message>
    <message>
        <source>Copied the diagram</source>
        <translation>Diagrama copiado</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>Salvar o diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>The diagram could not be saved to %1: %2</source>
        <translation>O diagrama não pôde ser salvo em %1: %2</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>Diagrama salvo em %1</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Ativa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>No contact address</source>
        <translation>Sem endereço de contato</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contato: %1</translation>
    </message>
    <message>
        <source>Contact SID %1</source>
        <translation>SID do contato %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Começou %1</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · atualizada %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · levou %1</translation>
    </message>
    <message>
        <source>UTC: started %1, updated %2</source>
        <translation>UTC: começou %1, atualizada %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The context is %1. The Raw tab shows it as received.</source>
        <translation>O contexto é %1. A aba Bruto o mostra como foi recebido.</translation>
    </message>
    <message>
        <source>What Twilio said cannot be read without the context: %1</source>
        <translation>O que a Twilio disse não pode ser lido sem o contexto: %1</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Neither Twilio nor the archive has this execution (Twilio keeps executions for 30 days).</source>
        <translation>Nem a Twilio nem o arquivo têm esta execução (a Twilio guarda execuções por 30 dias).</translation>
    </message>
    <message>
        <source>%1 is shown from %2.</source>
        <translation>%1 é mostrada a partir de %2.</translation>
    </message>
    <message>
        <source>What the archive kept of what Twilio said cannot be read: %1</source>
        <translation>O que o arquivo guardou do que a Twilio disse não pode ser lido: %1</translation>
    </message>
    <message>
        <source>Shown from the archive, which holds no messages, calls or alerts for it (they are kept by a sync with --related).</source>
        <translation>Mostrada a partir do arquivo, que não tem mensagens, chamadas nem alertas dela (uma sincronização com --related os guarda).</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>O que a Twilio disse não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>What Twilio said (%1)</source>
        <translation>O que a Twilio disse (%1)</translation>
    </message>
    <message>
        <source>The step&apos;s context is %1.</source>
        <translation>O contexto da etapa é %1.</translation>
    </message>
    <message>
        <source>End execution %1?

The flow stops where it is for %2; this cannot be undone.</source>
        <translation>Encerrar a execução %1?

O fluxo para onde está para %2; isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contato</translation>
    </message>
    <message>
        <source>The execution&apos;s context as a tree of keys and values</source>
        <translation>O contexto da execução como uma árvore de chaves e valores</translation>
    </message>
    <message>
        <source>What happened step by step, the context at each step and what Twilio said</source>
        <translation>O que aconteceu etapa por etapa, o contexto em cada etapa e o que a Twilio disse</translation>
    </message>
    <message>
        <source>The execution&apos;s path on the flow&apos;s diagram</source>
        <translation>O caminho da execução no diagrama do fluxo</translation>
    </message>
    <message>
        <source>The context JSON exactly as Twilio sent it</source>
        <translation>O JSON do contexto exatamente como a Twilio o enviou</translation>
    </message>
    <message>
        <source>The context as it stood after the selected step</source>
        <translation>O contexto como estava após a etapa selecionada</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of the selected step, in Twilio&apos;s words</source>
        <translation>As mensagens, chamadas e alertas do Debugger da etapa selecionada, nas palavras da Twilio</translation>
    </message>
</context>
<context>
    <name>flowscope::EndDialog</name>
    <message>
        <source>End</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Parar de enviar</translation>
    </message>
    <message>
        <source>Save audit CSV…</source>
        <translation>Salvar CSV de registro…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Encerrar execuções</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected execution(s) is active: there is nothing to end.</source>
        <translation>
            <numerusform>A %n execução selecionada não está ativa: não há nada a encerrar.</numerusform>
            <numerusform>Nenhuma das %n execuções selecionadas está ativa: não há nada a encerrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n active execution(s)? The flow stops where it is for each customer; this cannot be undone.</source>
        <translation>
            <numerusform>Encerrar %n execução ativa? O fluxo para onde está para cada cliente; isso não pode ser desfeito.</numerusform>
            <numerusform>Encerrar %n execuções ativas? O fluxo para onde está para cada cliente; isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Started between %1 and %2 (local time).</source>
        <translation>Começaram entre %1 e %2 (hora local).</translation>
    </message>
    <message numerus="yes">
        <source>%n selected execution(s) have ended already and are skipped.</source>
        <translation>
            <numerusform>%n execução selecionada já terminou e é ignorada.</numerusform>
            <numerusform>%n execuções selecionadas já terminaram e são ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be ended</source>
        <translation>O que será encerrado</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Digite %1 para confirmar</translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation>Número para confirmar</translation>
    </message>
    <message>
        <source>More than ten: type how many, so that a slip of the mouse ends nothing</source>
        <translation>Mais de dez: digite quantas, para que um deslize do mouse não encerre nada</translation>
    </message>
    <message>
        <source>Ending progress</source>
        <translation>Progresso do encerramento</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>POST Status=ended to each, four at a time, each once</source>
        <translation>POST Status=ended para cada uma, quatro por vez, uma vez cada</translation>
    </message>
    <message>
        <source>Send nothing more; what was sent is reported</source>
        <translation>Não enviar mais nada; o que foi enviado é relatado</translation>
    </message>
    <message>
        <source>Save audit CSV</source>
        <translation>Salvar CSV de registro</translation>
    </message>
    <message>
        <source>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</source>
        <translation>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>Salvar registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Encerrando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The audit is in %1.</source>
        <translation>O registro está em %1.</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Fechar esta caixa de diálogo</translation>
    </message>
</context>
<context>
    <name>flowscope::EndExecution</name>
    <message>
        <source>the answer says the status is &apos;%1&apos;, not ended</source>
        <translation>a resposta diz que o status é &apos;%1&apos;, não encerrada</translation>
    </message>
    <message>
        <source>Ending %1…</source>
        <translation>Encerrando %1…</translation>
    </message>
    <message>
        <source>Ended %1 (its answer was cut off; re-reading it confirmed it ended)</source>
        <translation>%1 encerrada (a resposta foi cortada; ler de novo confirmou que terminou)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 encerrada</translation>
    </message>
    <message>
        <source>Could not end %1: the request&apos;s answer was lost (%2) and the execution is still active; nothing was sent twice. Try again.</source>
        <translation>Não foi possível encerrar %1: a resposta da requisição se perdeu (%2) e a execução ainda está ativa; nada foi enviado duas vezes. Tente de novo.</translation>
    </message>
    <message>
        <source>Could not end %1: %2</source>
        <translation>Não foi possível encerrar %1: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::EndJob</name>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>cancelado antes de enviar qualquer coisa</translation>
    </message>
    <message>
        <source>Ended %1 · already ended %2 · failed %3 · not sent %4</source>
        <translation>Encerradas %1 · já encerradas %2 · com falha %3 · não enviadas %4</translation>
    </message>
    <message>
        <source>not found (Studio keeps executions 30 days)</source>
        <translation>não encontrada (o Studio guarda execuções por 30 dias)</translation>
    </message>
    <message>
        <source>it had ended before (someone else got there first)</source>
        <translation>ela já tinha terminado (outra pessoa chegou antes)</translation>
    </message>
    <message>
        <source>its status is &apos;%1&apos;, neither active nor ended: left alone</source>
        <translation>o status dela é &apos;%1&apos;, nem ativa nem encerrada: deixada como está</translation>
    </message>
    <message>
        <source>ended (its answer was lost; re-reading it confirmed it)</source>
        <translation>encerrada (a resposta se perdeu; ler de novo confirmou)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and it is still active; nothing was sent twice</source>
        <translation>a resposta se perdeu (%1) e ela ainda está ativa; nada foi enviado duas vezes</translation>
    </message>
    <message>
        <source>dry run: nothing sent</source>
        <translation>simulação: nada enviado</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsModel</name>
    <message>
        <source>Twilio cannot be reached: rows from %1</source>
        <translation>A Twilio não pode ser alcançada: linhas de %1</translation>
    </message>
    <message>
        <source>Rows from %1</source>
        <translation>Linhas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than Twilio keeps, from %1</source>
        <translation>
            <numerusform>%n linha mais antiga do que a Twilio guarda, de %1</numerusform>
            <numerusform>%n linhas mais antigas do que a Twilio guarda, de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>SID da execução</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Contact SID</source>
        <translation>SID do contato</translation>
    </message>
    <message>
        <source>Flow SID</source>
        <translation>SID do fluxo</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminou em</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativas</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (aguardando)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>What Twilio said about it could not all be read</source>
        <translation>Nem tudo o que a Twilio disse sobre ela pôde ser lido</translation>
    </message>
    <message>
        <source>No Twilio error</source>
        <translation>Sem erro da Twilio</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — falhou: %2</translation>
    </message>
    <message>
        <source>%1 — outcome unknown: %2</source>
        <translation>%1 — resultado desconhecido: %2</translation>
    </message>
    <message>
        <source>When the execution started, in local time (hover a cell for UTC)</source>
        <translation>Quando a execução começou, em hora local (passe o mouse sobre uma célula para ver UTC)</translation>
    </message>
    <message>
        <source>When the execution last changed, in local time (hover a cell for UTC)</source>
        <translation>Quando a execução mudou pela última vez, em hora local (passe o mouse sobre uma célula para ver UTC)</translation>
    </message>
    <message>
        <source>From start to end, for executions that ended</source>
        <translation>Do início ao fim, para execuções encerradas</translation>
    </message>
    <message>
        <source>The widget it ended on (or waits in), from its steps: read for the rows on screen, or all loaded rows with Analyse</source>
        <translation>O widget em que terminou (ou em que aguarda), a partir das etapas: lido para as linhas na tela, ou para todas as carregadas com Analisar</translation>
    </message>
    <message>
        <source>The event of its last step</source>
        <translation>O evento da última etapa</translation>
    </message>
    <message>
        <source>How many steps it took</source>
        <translation>Quantas etapas ela percorreu</translation>
    </message>
    <message>
        <source>The first error Twilio recorded for it: a Debugger alert of a failed step, or a message that was not delivered (hover for its meaning); for a failure without a code, what failed</source>
        <translation>O primeiro erro que a Twilio registrou para ela: um alerta do Debugger de uma etapa com falha, ou uma mensagem não entregue (passe o mouse para ver o significado); para uma falha sem código, o que falhou</translation>
    </message>
    <message>
        <source>The phone number, WhatsApp, client or SIP address that triggered the execution</source>
        <translation>O número de telefone, endereço de WhatsApp, client ou SIP que disparou a execução</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsView</name>
    <message>
        <source>Analyse</source>
        <translation>Analisar</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Só com falha</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions.</source>
        <translation>Escolha um fluxo para ver as execuções dele.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Executions, newest first; more load as you scroll. Ctrl+C copies the selected rows.</source>
        <translation>Execuções, as mais recentes primeiro; mais carregam conforme você rola. Ctrl+C copia as linhas selecionadas.</translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; right-click to choose columns</source>
        <translation>Clique para ordenar as linhas carregadas; clique com o botão direito para escolher colunas</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar linhas</translation>
    </message>
    <message>
        <source>Filter by SID or contact…</source>
        <translation>Filtrar por SID ou contato…</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>Filtrar linhas carregadas</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SID or contact contains this text (Ctrl+F). Use Load all to filter every execution of the range.</source>
        <translation>Mostra só as linhas carregadas cujo SID ou contato contém este texto (Ctrl+F). Use Carregar tudo para filtrar todas as execuções do intervalo.</translation>
    </message>
    <message>
        <source>Filter scope</source>
        <translation>Alcance do filtro</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Carregar tudo</translation>
    </message>
    <message>
        <source>Load every execution of the range, page by page (cancel at any time)</source>
        <translation>Carregar todas as execuções do intervalo, página por página (cancele quando quiser)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Back to newest first</source>
        <translation>Voltar às mais recentes primeiro</translation>
    </message>
    <message>
        <source>Back to the API&apos;s order: newest first</source>
        <translation>Voltar à ordem da API: mais recentes primeiro</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Status do carregamento</translation>
    </message>
    <message>
        <source>Request the page that failed again; the rows loaded so far stay</source>
        <translation>Pedir de novo a página que falhou; as linhas carregadas até agora ficam</translation>
    </message>
    <message>
        <source>Table message</source>
        <translation>Mensagem da tabela</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 Tentando de novo em %2 s…</translation>
    </message>
    <message>
        <source>Read every loaded row&apos;s steps for its outcome: where it ended, the last event, and whether it failed (cancel at any time)</source>
        <translation>Ler as etapas de cada linha carregada para saber o resultado: onde terminou, o último evento e se falhou (cancele quando quiser)</translation>
    </message>
    <message>
        <source>Show only the loaded rows whose outcome is known to be failed (a failure event, or an HTTP status of 400 or more)</source>
        <translation>Mostrar só as linhas carregadas cujo resultado se sabe que é falha (um evento de falha, ou um status HTTP de 400 ou mais)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Linhas mostradas</translation>
    </message>
    <message>
        <source>Show all loaded rows</source>
        <translation>Mostrar todas as linhas carregadas</translation>
    </message>
    <message>
        <source>Show every loaded row again</source>
        <translation>Mostrar de novo todas as linhas carregadas</translation>
    </message>
    <message>
        <source>New executions</source>
        <translation>Novas execuções</translation>
    </message>
    <message>
        <source>Go to the newest executions, put on top while you were away</source>
        <translation>Ir para as execuções mais recentes, colocadas no topo enquanto você estava fora</translation>
    </message>
    <message numerus="yes">
        <source>%n new ▲</source>
        <translation>
            <numerusform>%n nova ▲</numerusform>
            <numerusform>%n novas ▲</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing %1 of %2…</source>
        <translation>Analisando %1 de %2…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Cancelar análise</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Análise cancelada</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analisadas</translation>
    </message>
    <message>
        <source>Loaded rows sorted by %1 (%2)</source>
        <translation>Linhas carregadas ordenadas por %1 (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>crescente</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>decrescente</translation>
    </message>
    <message>
        <source>Executions as the API lists them</source>
        <translation>Execuções como a API as lista</translation>
    </message>
    <message>
        <source>Sorting applies to the rows loaded so far; more rows are slotted in as they arrive</source>
        <translation>A ordenação vale para as linhas carregadas até agora; as novas são encaixadas conforme chegam</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows match</source>
        <translation>%1 de %2 linhas carregadas correspondem</translation>
    </message>
    <message>
        <source>Filters the %1 loaded rows</source>
        <translation>Filtra as %1 linhas carregadas</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar carregamento</translation>
    </message>
    <message>
        <source>%1 loaded · more available</source>
        <translation>%1 carregadas · há mais</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 loaded · loading…</source>
        <translation>%1 carregadas · carregando…</translation>
    </message>
    <message>
        <source>The one execution in this range is loaded</source>
        <translation>A única execução deste intervalo está carregada</translation>
    </message>
    <message>
        <source>All %1 executions loaded</source>
        <translation>Todas as %1 execuções carregadas</translation>
    </message>
    <message>
        <source>%1 loaded · ⚠ %2</source>
        <translation>%1 carregadas · ⚠ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>Carregando execuções…</translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation>Nenhuma execução neste intervalo.</translation>
    </message>
    <message>
        <source>None of the executions that passed there matches the filter.</source>
        <translation>Nenhuma das execuções que passaram ali corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No loaded row is known to have failed. Analyse reads every loaded row&apos;s outcome.</source>
        <translation>Não se sabe de nenhuma linha carregada que tenha falhado. Analisar lê o resultado de cada linha carregada.</translation>
    </message>
    <message>
        <source>No loaded row matches the filter.</source>
        <translation>Nenhuma linha carregada corresponde ao filtro.</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportCrawl</name>
    <message>
        <source>A limit needs a single, sequential crawl.</source>
        <translation>Um limite precisa de uma única leitura sequencial.</translation>
    </message>
    <message>
        <source>Cannot create a spool file in %1 for the rows that wait their turn: %2</source>
        <translation>Não é possível criar em %1 um arquivo temporário para as linhas que aguardam a vez: %2</translation>
    </message>
    <message>
        <source>Cannot write a spool file in %1: %2</source>
        <translation>Não é possível gravar um arquivo temporário em %1: %2</translation>
    </message>
    <message>
        <source>A spool file in %1 could not be read back: %2</source>
        <translation>Um arquivo temporário em %1 não pôde ser lido de volta: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportDialog</name>
    <message>
        <source>All executions of this flow and range (fetches the remaining pages)</source>
        <translation>Todas as execuções deste fluxo e intervalo (busca as páginas restantes)</translation>
    </message>
    <message>
        <source>UTC, ISO 8601, as the API gives them</source>
        <translation>UTC, ISO 8601, como a API fornece</translation>
    </message>
    <message>
        <source>Local time with its offset</source>
        <translation>Hora local com seu deslocamento</translation>
    </message>
    <message>
        <source>Include each execution&apos;s context as a JSON column (fetched for each row)</source>
        <translation>Incluir o contexto de cada execução como coluna JSON (buscado para cada linha)</translation>
    </message>
    <message>
        <source>Excel-compatible (start the file with a UTF-8 byte order mark)</source>
        <translation>Compatível com Excel (começar o arquivo com uma marca de ordem de bytes UTF-8)</translation>
    </message>
    <message>
        <source>Formula guard: cells starting with = + - @ are written as text</source>
        <translation>Proteção de fórmulas: células que começam com = + - @ são gravadas como texto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportação</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Export executions</source>
        <translation>Exportar execuções</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Substituir arquivo</translation>
    </message>
    <message>
        <source>%1 exists. Replace it once the export has completed?</source>
        <translation>%1 já existe. Substituí-lo quando a exportação terminar?</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>As linhas selecionadas (%1)</translation>
    </message>
    <message>
        <source>All loaded rows (%1)</source>
        <translation>Todas as linhas carregadas (%1)</translation>
    </message>
    <message>
        <source>All the results (%1)</source>
        <translation>Todos os resultados (%1)</translation>
    </message>
    <message>
        <source>Crawls the whole range in parallel time slices; the file has every execution, newest first</source>
        <translation>Lê o intervalo inteiro em fatias de tempo paralelas; o arquivo tem todas as execuções, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Header in the file: %1</source>
        <translation>Cabeçalho no arquivo: %1</translation>
    </message>
    <message>
        <source>Adds ended_at, last_event, step_count, failed and error_code, last. For rows of the table: their outcomes as known (Analyse first); for every execution of the range: each one&apos;s steps, context, messages and alerts are read.</source>
        <translation>Acrescenta ended_at, last_event, step_count, failed e error_code, no fim. Para as linhas da tabela: os resultados como são conhecidos (Analisar primeiro); para todas as execuções do intervalo: as etapas, o contexto, as mensagens e os alertas de cada uma são lidos.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag to reorder</source>
        <translation>Marque as colunas a exportar; arraste para reordenar</translation>
    </message>
    <message>
        <source>UTC times</source>
        <translation>Horários UTC</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>Horários locais</translation>
    </message>
    <message>
        <source>Include contexts</source>
        <translation>Incluir contextos</translation>
    </message>
    <message>
        <source>One request per row, eight at a time</source>
        <translation>Uma requisição por linha, oito por vez</translation>
    </message>
    <message>
        <source>Extra columns from the context, e.g. flow.data.name, widgets.gather_1.Digits</source>
        <translation>Colunas extras do contexto, p. ex. flow.data.name, widgets.gather_1.Digits</translation>
    </message>
    <message>
        <source>Context paths</source>
        <translation>Caminhos do contexto</translation>
    </message>
    <message>
        <source>Comma-separated Studio variable paths; each becomes a column</source>
        <translation>Caminhos de variáveis do Studio separados por vírgula; cada um vira uma coluna</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — for people</source>
        <translation>Pasta de trabalho do Excel (.xlsx) — para pessoas</translation>
    </message>
    <message>
        <source>CSV (.csv) — for scripts and imports</source>
        <translation>CSV (.csv) — para scripts e importações</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>A workbook&apos;s cells are typed: times are times, a phone number keeps its +, text is never run as a formula. A spreadsheet opening a CSV turns +14155550100 into a number and leaves times as text.</source>
        <translation>As células de uma pasta de trabalho têm tipo: horários são horários, um número de telefone mantém o +, texto nunca é executado como fórmula. Uma planilha que abre um CSV transforma +14155550100 em número e deixa horários como texto.</translation>
    </message>
    <message>
        <source>Excel-compatible</source>
        <translation>Compatível com Excel</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read UTF-8 (emoji, accents, RTL and CJK text). Lines always end in CRLF, as RFC 4180 says.</source>
        <translation>O Excel precisa da marca de ordem de bytes para ler UTF-8 (emoji, acentos, texto RTL e CJK). As linhas sempre terminam em CRLF, como diz a RFC 4180.</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>Proteção de fórmulas</translation>
    </message>
    <message>
        <source>Prefixes an apostrophe so a spreadsheet never runs a contact&apos;s text as a formula; plain numbers and E.164 phone numbers stay exactly as they are</source>
        <translation>Acrescenta um apóstrofo no início para que uma planilha nunca execute o texto de um contato como fórmula; números simples e telefones E.164 ficam exatamente como estão</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Escolher arquivo</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Escolher onde salvar o arquivo</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado da exportação</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horários</translation>
    </message>
    <message>
        <source>Where to write the CSV; an existing file is replaced only when the export completes</source>
        <translation>Onde gravar o CSV; um arquivo existente só é substituído quando a exportação termina</translation>
    </message>
    <message>
        <source>Where to write the workbook; an existing file is replaced only when the export completes</source>
        <translation>Onde gravar a pasta de trabalho; um arquivo existente só é substituído quando a exportação termina</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a context path such as widgets.gather_1.Digits.</source>
        <translation>&apos;%1&apos; não é um caminho de contexto como widgets.gather_1.Digits.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Marque pelo menos uma coluna.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Escolha um arquivo para gravar.</translation>
    </message>
    <message>
        <source>Fetching every execution of the range…</source>
        <translation>Buscando todas as execuções do intervalo…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>%1 executions so far…</source>
        <translation>%1 execuções até agora…</translation>
    </message>
    <message>
        <source>Times as Twilio gives them, in UTC: the same file wherever it is made</source>
        <translation>Os horários como a Twilio os fornece, em UTC: o mesmo arquivo onde quer que seja criado</translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, each with its offset from UTC</source>
        <translation>Os horários no fuso horário deste computador, cada um com seu deslocamento em relação ao UTC</translation>
    </message>
    <message>
        <source>Only the rows selected in the table</source>
        <translation>Só as linhas selecionadas na tabela</translation>
    </message>
    <message>
        <source>The rows as the table shows them: loaded so far, filtered, sorted</source>
        <translation>As linhas como a tabela as mostra: carregadas até agora, filtradas, ordenadas</translation>
    </message>
    <message>
        <source>Write the chosen rows and columns to the file</source>
        <translation>Gravar no arquivo as linhas e colunas escolhidas</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Fechar esta caixa de diálogo</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; nada foi gravado.</translation>
    </message>
    <message>
        <source>The export stopped: %1 Nothing was written.</source>
        <translation>A exportação parou: %1 Nada foi gravado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. An existing file was left as it was.</source>
        <translation>Não é possível gravar %1: %2. Um arquivo existente foi deixado como estava.</translation>
    </message>
    <message>
        <source>The table was reset while exporting; nothing was written.</source>
        <translation>A tabela foi reiniciada durante a exportação; nada foi gravado.</translation>
    </message>
    <message>
        <source>A context could not be fetched: %1 Nothing was written.</source>
        <translation>Um contexto não pôde ser buscado: %1 Nada foi gravado.</translation>
    </message>
    <message>
        <source>Exported 1 execution to %1.</source>
        <translation>1 execução exportada para %1.</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>%1 execuções exportadas para %2.</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowCanvas</name>
    <message>
        <source>%1
Not a widget of this definition (renamed or removed since?)</source>
        <translation>%1
Não é um widget desta definição (renomeado ou removido desde então?)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>parted here</source>
        <translation>separaram-se aqui</translation>
    </message>
    <message>
        <source>not in this definition</source>
        <translation>não está nesta definição</translation>
    </message>
    <message>
        <source> · waiting here</source>
        <translation> · aguardando aqui</translation>
    </message>
    <message>
        <source> · ended here</source>
        <translation> · terminou aqui</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Diagrama do fluxo</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or Shift+arrows pan; click a box to see its step, or go from box to box with the arrows and press Enter</source>
        <translation>Ctrl+roda ou Ctrl+mais/menos dá zoom, Ctrl+0 ajusta; arrastar ou Shift+setas desloca; clique em uma caixa para ver sua etapa, ou vá de caixa em caixa com as setas e pressione Enter</translation>
    </message>
    <message>
        <source>Step order: %1</source>
        <translation>Ordem das etapas: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n subflow step(s)</source>
        <translation>
            <numerusform> · %n etapa de subfluxo</numerusform>
            <numerusform> · %n etapas de subfluxo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entered by %n execution(s)</source>
        <translation>
            <numerusform>Entrada de %n execução</numerusform>
            <numerusform>Entrada de %n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ended</source>
        <translation> · %1 encerradas</translation>
    </message>
    <message numerus="yes">
        <source>%n ended here</source>
        <translation>
            <numerusform>%n terminou aqui</numerusform>
            <numerusform>%n terminaram aqui</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 aguardando</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) here</source>
        <translation>
            <numerusform>%n aguarda aqui</numerusform>
            <numerusform>%n aguardam aqui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 com falha</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s) ended here</source>
        <translation>
            <numerusform>%n execução com falha terminou aqui</numerusform>
            <numerusform>%n execuções com falha terminaram aqui</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Clique para listá-las</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added in revision %1 (not in %2)</source>
        <translation>Adicionado na revisão %1 (não está em %2)</translation>
    </message>
    <message>
        <source>Changed since revision %1:</source>
        <translation>Alterado desde a revisão %1:</translation>
    </message>
    <message>
        <source>Moved since revision %1, nothing else changed</source>
        <translation>Movido desde a revisão %1, nada mais mudou</translation>
    </message>
    <message>
        <source>Removed in revision %1; it stood here in revision %2</source>
        <translation>Removido na revisão %1; ficava aqui na revisão %2</translation>
    </message>
    <message>
        <source>%1 stood here in revision %2</source>
        <translation>%1 ficava aqui na revisão %2</translation>
    </message>
    <message>
        <source>A: step(s) %1</source>
        <translation>A: etapa(s) %1</translation>
    </message>
    <message>
        <source>B: step(s) %1</source>
        <translation>B: etapa(s) %1</translation>
    </message>
    <message>
        <source>The two executions parted here</source>
        <translation>As duas execuções se separaram aqui</translation>
    </message>
    <message>
        <source> → %1 (missing)</source>
        <translation> → %1 (ausente)</translation>
    </message>
    <message>
        <source>the file name must end in .png or .svg</source>
        <translation>o nome do arquivo deve terminar em .png ou .svg</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>a imagem não pôde ser codificada</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowPicker</name>
    <message>
        <source>Pick a flow: type its name, or paste an FW… SID</source>
        <translation>Escolha um fluxo: digite o nome, ou cole um SID FW…</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Type to search the account&apos;s flows by name or SID, or paste a flow SID (Ctrl+L)</source>
        <translation>Digite para procurar os fluxos da conta por nome ou SID, ou cole um SID de fluxo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Matching flows</source>
        <translation>Fluxos correspondentes</translation>
    </message>
    <message>
        <source>Reload flows</source>
        <translation>Recarregar fluxos</translation>
    </message>
    <message>
        <source>Load the account&apos;s flow list again</source>
        <translation>Carregar de novo a lista de fluxos da conta</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Carregando fluxos…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits. Nothing was sent.</source>
        <translation>&apos;%1&apos; não é um SID de fluxo: deve ser FW seguido de 32 dígitos hexadecimais. Nada foi enviado.</translation>
    </message>
    <message>
        <source>No flow of this account matches &apos;%1&apos;.</source>
        <translation>Nenhum fluxo desta conta corresponde a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 flows match &apos;%2&apos;: pick one from the list.</source>
        <translation>%1 fluxos correspondem a &apos;%2&apos;: escolha um da lista.</translation>
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
        <translation>Rascunho</translation>
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
%2 · versão %3
%4</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
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
        <translation>{1 chave}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 chaves}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 item]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 itens]</translation>
    </message>
    <message>
        <source>
… (%1 characters in all: Copy value takes them all)</source>
        <translation>
… (%1 caracteres no total: Copiar valor pega todos)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
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
        <translation>Procurar uma chave ou valor…</translation>
    </message>
    <message>
        <source>Find in context</source>
        <translation>Procurar no contexto</translation>
    </message>
    <message>
        <source>Finds keys and values anywhere in the document, opening the tree to each match (Enter: next match)</source>
        <translation>Encontra chaves e valores em qualquer lugar do documento, abrindo a árvore até cada resultado (Enter: próximo resultado)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado da busca</translation>
    </message>
    <message>
        <source>Context tree</source>
        <translation>Árvore do contexto</translation>
    </message>
    <message>
        <source>Right-click a node to copy its value, its JSON, or its Studio variable</source>
        <translation>Clique com o botão direito em um nó para copiar o valor, o JSON ou a variável do Studio</translation>
    </message>
    <message>
        <source>Context status</source>
        <translation>Status do contexto</translation>
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
        <translation>variável do Studio</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>Opened the first %1 nodes</source>
        <translation>Os primeiros %1 nós foram abertos</translation>
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
        <translation>Copiar como variável do Studio</translation>
    </message>
    <message>
        <source>The Liquid path to paste into a Studio widget, such as {{widgets.http_1.parsed.items[0].id}}</source>
        <translation>O caminho Liquid para colar em um widget do Studio, como {{widgets.http_1.parsed.items[0].id}}</translation>
    </message>
    <message>
        <source>Expand all (first %1 nodes)</source>
        <translation>Expandir tudo (primeiros %1 nós)</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Recolher tudo</translation>
    </message>
</context>
<context>
    <name>flowscope::LinkServer</name>
    <message>
        <source>there is no runtime folder of this user for the window&apos;s socket</source>
        <translation>este usuário não tem pasta de runtime para o socket da janela</translation>
    </message>
    <message>
        <source>another FlowScope window of this user is running</source>
        <translation>outra janela do FlowScope deste usuário está aberta</translation>
    </message>
    <message>
        <source>the running window did not take the link</source>
        <translation>a janela aberta não aceitou o link</translation>
    </message>
    <message>
        <source>the running window refused the link: %1</source>
        <translation>a janela aberta recusou o link: %1</translation>
    </message>
    <message>
        <source>the running window did not answer within %1 s</source>
        <translation>a janela aberta não respondeu em %1 s</translation>
    </message>
</context>
<context>
    <name>flowscope::ListFetcher</name>
    <message>
        <source>the page is %1</source>
        <translation>a página é %1</translation>
    </message>
    <message>
        <source>the page is not a Twilio list (no meta.key naming an array of items)</source>
        <translation>a página não é uma lista da Twilio (nenhum meta.key indica uma matriz de itens)</translation>
    </message>
    <message>
        <source>the page&apos;s items could not be told apart</source>
        <translation>os itens da página não puderam ser distinguidos</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url não é uma string</translation>
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
        <translation>Esta chave não pode ler o Debugger (Twilio Monitor): os alertas ficam de fora; mensagens, chamadas e todo o resto são lidos.</translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation>o sandbox embutido</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Load the executions again from the first page (F5)</source>
        <translation>Carregar de novo as execuções a partir da primeira página (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter loaded rows</source>
        <translation>&amp;Filtrar linhas carregadas</translation>
    </message>
    <message>
        <source>Pick &amp;flow</source>
        <translation>Escolher &amp;fluxo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the selected rows, the loaded rows or the whole range to a workbook or a CSV file (Ctrl+E)</source>
        <translation>Exportar as linhas selecionadas, as linhas carregadas ou o intervalo inteiro para uma pasta de trabalho ou um arquivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open execution…</source>
        <translation>&amp;Abrir execução…</translation>
    </message>
    <message>
        <source>Show an execution by its FN… SID or a Twilio Console link, loaded or not (Ctrl+G)</source>
        <translation>Mostrar uma execução pelo SID FN… ou por um link do Twilio Console, carregada ou não (Ctrl+G)</translation>
    </message>
    <message>
        <source>Open execution</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <source>Execution SID (FN…) of the current flow, or a Twilio Console link:</source>
        <translation>SID de execução (FN…) do fluxo atual, ou um link do Twilio Console:</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Use other Twilio credentials; everything of the current account is cleared</source>
        <translation>Usar outras credenciais da Twilio; tudo da conta atual é limpo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar linhas selecionadas</translation>
    </message>
    <message>
        <source>The selected rows as tab-separated text with a header (Ctrl+C in the table)</source>
        <translation>As linhas selecionadas como texto separado por tabulações com cabeçalho (Ctrl+C na tabela)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Arquivo &amp;histórico…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>Switch between saved Twilio accounts</source>
        <translation>Alternar entre contas da Twilio salvas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;End executions…</source>
        <translation>E&amp;ncerrar execuções…</translation>
    </message>
    <message>
        <source>End the selected active executions, after a confirmation</source>
        <translation>Encerrar as execuções ativas selecionadas, após uma confirmação</translation>
    </message>
    <message>
        <source>Co&amp;mpare two executions</source>
        <translation>Co&amp;mparar duas execuções</translation>
    </message>
    <message>
        <source>The two selected executions side by side: both paths on the diagram, where they parted, and their contexts&apos; differences</source>
        <translation>As duas execuções selecionadas lado a lado: os dois caminhos no diagrama, onde se separaram e as diferenças dos contextos</translation>
    </message>
    <message>
        <source>Find &amp;customer…</source>
        <translation>Encontrar &amp;cliente…</translation>
    </message>
    <message>
        <source>A customer&apos;s executions across every flow</source>
        <translation>As execuções de um cliente em todos os fluxos</translation>
    </message>
    <message>
        <source>Find &amp;stuck…</source>
        <translation>Encontrar &amp;travadas…</translation>
    </message>
    <message>
        <source>The active executions that started hours ago and block their customers</source>
        <translation>As execuções ativas que começaram há horas e bloqueiam seus clientes</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>Ac&amp;ompanhar</translation>
    </message>
    <message>
        <source>Follow: read the newest executions every %1 s and put them on top (F9); for ranges that reach now</source>
        <translation>Acompanhar: ler as execuções mais recentes a cada %1 s e colocá-las no topo (F9); para intervalos que chegam até agora</translation>
    </message>
    <message>
        <source>Follow needs a flow and a range that reaches now (such as Last hour or Any time).</source>
        <translation>Acompanhar precisa de um fluxo e de um intervalo que chegue até agora (como Última hora ou Qualquer momento).</translation>
    </message>
    <message>
        <source>Following: the newest executions appear on top every %1 s.</source>
        <translation>Acompanhando: as execuções mais recentes aparecem no topo a cada %1 s.</translation>
    </message>
    <message>
        <source>Follow: ⚠ %1 It tries again in %2 s.</source>
        <translation>Acompanhar: ⚠ %1 Tenta de novo em %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n new execution(s)</source>
        <translation>
            <numerusform>%n execução nova</numerusform>
            <numerusform>%n execuções novas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Outcomes of the rows on screen</source>
        <translation>&amp;Resultados das linhas na tela</translation>
    </message>
    <message>
        <source>Read the steps of the rows on screen by themselves for their outcome (Analyse reads all loaded rows either way)</source>
        <translation>Ler por conta própria as etapas das linhas na tela para o resultado (Analisar lê todas as linhas carregadas de qualquer forma)</translation>
    </message>
    <message>
        <source>Count &amp;undelivered messages as failures</source>
        <translation>Contar mensagens &amp;não entregues como falhas</translation>
    </message>
    <message>
        <source>An execution whose message did not reach the customer failed, though Studio&apos;s step says &quot;sent&quot;: the bot went silent</source>
        <translation>Uma execução cuja mensagem não chegou ao cliente falhou, mesmo que a etapa do Studio diga &quot;sent&quot;: o bot ficou em silêncio</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>A&amp;lertas…</translation>
    </message>
    <message>
        <source>The flow&apos;s Debugger alerts over the range shown, by error code and by widget (Ctrl+Shift+A)</source>
        <translation>Os alertas do Debugger do fluxo no intervalo mostrado, por código de erro e por widget (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Activity chart</source>
        <translation>Gráfico de &amp;atividade</translation>
    </message>
    <message>
        <source>Executions per 5 minutes, hour or day, above the table</source>
        <translation>Execuções por 5 minutos, hora ou dia, acima da tabela</translation>
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
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Visões salvas</translation>
    </message>
    <message>
        <source>Open a saved view, or save what the table shows (Ctrl+D)</source>
        <translation>Abrir uma visão salva, ou salvar o que a tabela mostra (Ctrl+D)</translation>
    </message>
    <message>
        <source>Find customer…</source>
        <translation>Encontrar cliente…</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Encontrar cliente</translation>
    </message>
    <message>
        <source>A phone number or address: every flow&apos;s executions of this customer (Ctrl+Shift+F)</source>
        <translation>Um número de telefone ou endereço: as execuções deste cliente em todos os fluxos (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Executions or customer search</source>
        <translation>Execuções ou busca de cliente</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Conectado como</translation>
    </message>
    <message>
        <source>Which Twilio account FlowScope reads, and where its credentials come from</source>
        <translation>Qual conta da Twilio o FlowScope lê, e de onde vêm as credenciais dela</translation>
    </message>
    <message>
        <source>Where the rows come from</source>
        <translation>De onde vêm as linhas</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>The table and the chart still show %1 — %2.</source>
        <translation>A tabela e o gráfico ainda mostram %1 — %2.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>o início</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>The flow list could not be loaded: %1 Press F5 to try again.</source>
        <translation>A lista de fluxos não pôde ser carregada: %1 Pressione F5 para tentar de novo.</translation>
    </message>
    <message>
        <source>Select the results to end first.</source>
        <translation>Selecione primeiro os resultados a encerrar.</translation>
    </message>
    <message>
        <source>The Executions tab&apos;s flow and range. Find customer searches its own range, set on its tab.</source>
        <translation>O fluxo e o intervalo da aba Execuções. Encontrar cliente procura no seu próprio intervalo, definido na aba dele.</translation>
    </message>
    <message>
        <source>The link is of account %1: switching to profile &apos;%2&apos;…</source>
        <translation>O link é da conta %1: mudando para o perfil &apos;%2&apos;…</translation>
    </message>
    <message>
        <source>That link is of account %1, but the TWILIO_* variables sign in to %2; it was not opened.</source>
        <translation>Esse link é da conta %1, mas as variáveis TWILIO_* entram em %2; ele não foi aberto.</translation>
    </message>
    <message>
        <source>That link is of account %1, and no profile of yours holds it; it was not opened. Add one (Profiles ▸ Add profile…) if you have access to it.</source>
        <translation>Esse link é da conta %1, e nenhum dos seus perfis a contém; ele não foi aberto. Adicione um (Perfis ▸ Adicionar perfil…) se você tiver acesso a ela.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 were ignored: a link never changes the account or where FlowScope connects.</source>
        <translation>Os %1 do link foram ignorados: um link nunca muda a conta nem onde o FlowScope se conecta.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Flow %1 has no execution %2. Studio keeps executions for 30 days; check the SID, or paste the Console link, which names its flow.</source>
        <translation>O fluxo %1 não tem a execução %2. O Studio guarda execuções por 30 dias; confira o SID ou cole o link do Console, que indica o fluxo dela.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: the server sent a response FlowScope cannot read: %2.</source>
        <translation>Não foi possível abrir %1: o servidor enviou uma resposta que o FlowScope não consegue ler: %2.</translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows; shown as the API returned it.</source>
        <translation>%1 não está entre as linhas carregadas; mostrada como a API a retornou.</translation>
    </message>
    <message>
        <source>View &apos;%1&apos;</source>
        <translation>Visão &apos;%1&apos;</translation>
    </message>
    <message>
        <source>FlowScope — demo account</source>
        <translation>FlowScope — conta de demonstração</translation>
    </message>
    <message>
        <source>Demo: a generated Studio account served by the built-in sandbox</source>
        <translation>Demonstração: uma conta do Studio gerada, servida pelo sandbox embutido</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions (Ctrl+L).</source>
        <translation>Escolha um fluxo para ver as execuções dele (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select the executions to end first.</source>
        <translation>Selecione primeiro as execuções a encerrar.</translation>
    </message>
    <message>
        <source>Select exactly two executions to compare (Ctrl+click the second).</source>
        <translation>Selecione exatamente duas execuções para comparar (Ctrl+clique na segunda).</translation>
    </message>
    <message>
        <source>The flows are not listed yet.</source>
        <translation>Os fluxos ainda não foram listados.</translation>
    </message>
    <message>
        <source>Pick a flow first: its alerts are counted.</source>
        <translation>Escolha um fluxo primeiro: os alertas dele são contados.</translation>
    </message>
    <message>
        <source>%1 — %2 of them loaded; Load all for the others</source>
        <translation>%1 — %2 delas carregadas; Carregar tudo para as outras</translation>
    </message>
    <message>
        <source>Pick a flow first: there is nothing to export yet.</source>
        <translation>Escolha um fluxo primeiro: ainda não há nada a exportar.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Não há perfil chamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>credenciais digitadas (mantidas na memória)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>%1…%2 · %3</source>
        <translation>%1…%2 · %3</translation>
    </message>
    <message>
        <source> (TWILIO_* variables win over profiles)</source>
        <translation> (variáveis TWILIO_* têm prioridade sobre os perfis)</translation>
    </message>
    <message>
        <source>Account %1, signed in with %2; API origin %3</source>
        <translation>Conta %1, conectada com %2; origem da API %3</translation>
    </message>
    <message>
        <source>Environment credentials in use (TWILIO_*)</source>
        <translation>Credenciais do ambiente em uso (TWILIO_*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Chave de API %1</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Adicionar perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>&amp;Editar perfil</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Remover perfil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Remove profile &apos;%1&apos; and its secret from the keychain?</source>
        <translation>Remover o perfil &apos;%1&apos; e o segredo dele do chaveiro?</translation>
    </message>
    <message>
        <source>Secrets are kept in %1</source>
        <translation>Os segredos ficam em %1</translation>
    </message>
    <message>
        <source>A flow&apos;s executions over the range in the tool bar</source>
        <translation>As execuções de um fluxo no intervalo da barra de ferramentas</translation>
    </message>
</context>
<context>
    <name>flowscope::OutcomeFetcher</name>
    <message>
        <source>its steps are gone (404)</source>
        <translation>as etapas dela sumiram (404)</translation>
    </message>
    <message>
        <source>its steps could not be read: %1</source>
        <translation>as etapas dela não puderam ser lidas: %1</translation>
    </message>
    <message>
        <source>its context is gone (404), so the widgets&apos; status codes are unknown</source>
        <translation>o contexto dela sumiu (404), então os códigos de status dos widgets são desconhecidos</translation>
    </message>
    <message>
        <source>its context could not be read: %1</source>
        <translation>o contexto dela não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>its context is not a JSON object</source>
        <translation>o contexto dela não é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>flowscope::Pager</name>
    <message>
        <source>meta.next_page_url is not an absolute URL</source>
        <translation>meta.next_page_url não é uma URL absoluta</translation>
    </message>
    <message>
        <source>Stopped: the next page is on %1, not on the origin of the list (%2). Credentials are never sent to another origin.</source>
        <translation>Parado: a próxima página está em %1, não na origem da lista (%2). Credenciais nunca são enviadas para outra origem.</translation>
    </message>
    <message>
        <source>Stopped: the server sent a next page that was already loaded (a paging loop).</source>
        <translation>Parado: o servidor enviou uma próxima página que já estava carregada (um loop de paginação).</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedPanel</name>
    <message>
        <source>Said: %1</source>
        <translation>Disse: %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erro %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erro %1: %2</translation>
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
        <translation>A página da Twilio sobre %1</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>O que a Twilio disse</translation>
    </message>
    <message>
        <source>Select an execution to see what Twilio said about it.</source>
        <translation>Selecione uma execução para ver o que a Twilio disse sobre ela.</translation>
    </message>
    <message>
        <source>Alerts are left out: this key cannot read the Debugger.</source>
        <translation>Os alertas ficam de fora: esta chave não pode ler o Debugger.</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>Os alertas não puderam ser listados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and are not shown.</source>
        <translation>
            <numerusform>%n alerta que cita só o fluxo não correspondeu a uma única etapa e não é mostrado.</numerusform>
            <numerusform>%n alertas que citam só o fluxo não corresponderam a uma única etapa e não são mostrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio kept nothing else about this step (%n about the execution).</source>
        <translation>
            <numerusform>A Twilio não guardou mais nada sobre esta etapa (%n sobre a execução).</numerusform>
            <numerusform>A Twilio não guardou mais nada sobre esta etapa (%n sobre a execução).</numerusform>
        </translation>
    </message>
    <message>
        <source>What Twilio said about this step:</source>
        <translation>O que a Twilio disse sobre esta etapa:</translation>
    </message>
    <message>
        <source>Twilio kept no message, call or Debugger alert about this execution.</source>
        <translation>A Twilio não guardou nenhuma mensagem, chamada ou alerta do Debugger sobre esta execução.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), call(s) and alert(s) about this execution; select a marked step for its own.</source>
        <translation>
            <numerusform>%n mensagem, chamada ou alerta sobre esta execução; selecione uma etapa marcada para ver os dela.</numerusform>
            <numerusform>%n mensagens, chamadas e alertas sobre esta execução; selecione uma etapa marcada para ver os dela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Abrir no Twilio Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Mensagem %1&lt;/b&gt;: não está mais na Twilio (apagada, ou além da retenção).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Mensagem %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message from %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Mensagem de %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mensagem para %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n segment(s)</source>
        <translation>
            <numerusform>Enviada %1 · %n segmento</numerusform>
            <numerusform>Enviada %1 · %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Named by widget %1 · %2</source>
        <translation>Citada pelo widget %1 · %2</translation>
    </message>
    <message>
        <source>It started the execution · %1</source>
        <translation>Ela iniciou a execução · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;Chamada %1&lt;/b&gt;: não está mais na Twilio (apagada, ou além da retenção).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Chamada %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chamada %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>lasted %n second(s)</source>
        <translation>
            <numerusform>durou %n segundo</numerusform>
            <numerusform>durou %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>atendida por %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>começou %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2 — probable: it names only the flow, and its time and URL fit this step alone</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; às %2 — provável: cita só o fluxo, e o horário e a URL correspondem só a esta etapa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; às %2</translation>
    </message>
    <message>
        <source>Called: %1 </source>
        <translation>Chamou: %1 </translation>
    </message>
    <message>
        <source>Open in the Debugger</source>
        <translation>Abrir no Debugger</translation>
    </message>
    <message>
        <source>The request and response of this alert could not be read.</source>
        <translation>A requisição e a resposta deste alerta não puderam ser lidas.</translation>
    </message>
    <message>
        <source>The response body</source>
        <translation>O corpo da resposta</translation>
    </message>
    <message>
        <source>The response headers</source>
        <translation>Os cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>O que foi enviado</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedSession</name>
    <message>
        <source>The account changed.</source>
        <translation>A conta mudou.</translation>
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
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionCompare</name>
    <message>
        <source>revision %1 holds no definition FlowScope can read: %2</source>
        <translation>a revisão %1 não contém definição que o FlowScope consiga ler: %2</translation>
    </message>
    <message>
        <source>Revision %1 → %2</source>
        <translation>Revisão %1 → %2</translation>
    </message>
    <message>
        <source>%1: no widget changed.</source>
        <translation>%1: nenhum widget mudou.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 moved.</source>
        <translation>%1: %2 adicionados, %3 removidos, %4 alterados, %5 movidos.</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionComparer</name>
    <message>
        <source>+ %1 — added</source>
        <translation>+ %1 — adicionado</translation>
    </message>
    <message>
        <source>− %1 — removed</source>
        <translation>− %1 — removido</translation>
    </message>
    <message>
        <source>↔ %1 — moved</source>
        <translation>↔ %1 — movido</translation>
    </message>
    <message>
        <source>✎ %1 — changed: %2</source>
        <translation>✎ %1 — alterado: %2</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>Comparar com revisão…</translation>
    </message>
    <message>
        <source>Draw what changed between the revision this execution ran on and another: added, removed, changed and moved widgets</source>
        <translation>Desenhar o que mudou entre a revisão em que esta execução rodou e outra: widgets adicionados, removidos, alterados e movidos</translation>
    </message>
    <message>
        <source>Compare with another revision of the flow</source>
        <translation>Comparar com outra revisão do fluxo</translation>
    </message>
    <message>
        <source>What changed between the two revisions</source>
        <translation>O que mudou entre as duas revisões</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>As revisões não puderam ser lidas: %1</translation>
    </message>
    <message>
        <source>Back to this execution&apos;s path</source>
        <translation>Voltar ao caminho desta execução</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s revisions…</source>
        <translation>Lendo as revisões do fluxo…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisão %1</translation>
    </message>
    <message>
        <source> (this execution&apos;s)</source>
        <translation> (a desta execução)</translation>
    </message>
    <message>
        <source>Reading revisions %1 and %2…</source>
        <translation>Lendo as revisões %1 e %2…</translation>
    </message>
    <message>
        <source>Drawn: revision %1; this execution ran on %2.</source>
        <translation>Desenhada: revisão %1; esta execução rodou na %2.</translation>
    </message>
    <message>
        <source>Hover a marked box for what changed; removed widgets are ghosts.</source>
        <translation>Passe o mouse sobre uma caixa marcada para ver o que mudou; widgets removidos são fantasmas.</translation>
    </message>
    <message>
        <source>No widget changed.</source>
        <translation>Nenhum widget mudou.</translation>
    </message>
</context>
<context>
    <name>flowscope::SearchPanel</name>
    <message>
        <source>Also search message text</source>
        <translation>Procurar também no texto das mensagens</translation>
    </message>
    <message>
        <source>Exact address</source>
        <translation>Endereço exato</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Procurar</translation>
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
        <translation>Encerrar execuções…</translation>
    </message>
    <message>
        <source>Search message text</source>
        <translation>Procurar no texto das mensagens</translation>
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
        <translation>Um número de telefone como você o digitaria corresponde em qualquer canal (SMS, WhatsApp, chamadas); endereços client: e sip: correspondem por inteiro</translation>
    </message>
    <message>
        <source>What they wrote or said</source>
        <translation>O que escreveram ou disseram</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Searched in each execution&apos;s context: one request per execution</source>
        <translation>Procurado no contexto de cada execução: uma requisição por execução</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>O país dos números digitados sem +país (ISO 3166, como GB)</translation>
    </message>
    <message>
        <source>Match the address string only, on its own channel</source>
        <translation>Comparar só a string do endereço, no canal dele</translation>
    </message>
    <message>
        <source>Flows to search</source>
        <translation>Fluxos a pesquisar</translation>
    </message>
    <message>
        <source>All flows by default; untick to narrow</source>
        <translation>Todos os fluxos por padrão; desmarque para restringir</translation>
    </message>
    <message>
        <source>Every chosen flow at once, newest first (Enter)</source>
        <translation>Todos os fluxos escolhidos ao mesmo tempo, os mais recentes primeiro (Enter)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Cancelar busca</translation>
    </message>
    <message>
        <source>Stop every request of the search</source>
        <translation>Parar todas as requisições da busca</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Export the selected results (or all) with the export dialog</source>
        <translation>Exportar os resultados selecionados (ou todos) com a caixa de exportação</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Encerrar execuções</translation>
    </message>
    <message>
        <source>End the selected results that are still active, after a confirmation</source>
        <translation>Encerrar os resultados selecionados que ainda estão ativos, após uma confirmação</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da busca</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address to find them in every flow.</source>
        <translation>Digite o número ou endereço de um cliente para encontrá-lo em todos os fluxos.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>This search&apos;s own range, up to Twilio&apos;s 30 days (more with the archive); the tool bar&apos;s range is the Executions tab&apos;s</source>
        <translation>O intervalo próprio desta busca, até os 30 dias da Twilio (mais com o arquivo); o intervalo da barra de ferramentas é o da aba Execuções</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <source>Customer&apos;s executions</source>
        <translation>Execuções do cliente</translation>
    </message>
    <message>
        <source>Every flow&apos;s executions of this customer, newest first. Ctrl+C copies the selected ones.</source>
        <translation>As execuções deste cliente em todos os fluxos, as mais recentes primeiro. Ctrl+C copia as selecionadas.</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Todos os fluxos</translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 de %2 fluxos</translation>
    </message>
    <message>
        <source>All %1 flows</source>
        <translation>Todos os %1 fluxos</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address, or what they wrote.</source>
        <translation>Digite o número ou endereço de um cliente, ou o que ele escreveu.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>Choose at least one flow.</source>
        <translation>Escolha pelo menos um fluxo.</translation>
    </message>
    <message>
        <source>The range&apos;s start is not before its end: nothing was sent.</source>
        <translation>O início do intervalo não é anterior ao fim: nada foi enviado.</translation>
    </message>
    <message>
        <source>Counting the executions to read…</source>
        <translation>Contando as execuções a ler…</translation>
    </message>
    <message numerus="yes">
        <source>Searching what they wrote reads the context of %n execution(s) — one request each. Go on?</source>
        <translation>
            <numerusform>Procurar o que escreveram lê o contexto de %n execução — uma requisição cada. Continuar?</numerusform>
            <numerusform>Procurar o que escreveram lê o contexto de %n execuções — uma requisição cada. Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: nothing was read.</source>
        <translation>Não pesquisado: nada foi lido.</translation>
    </message>
    <message>
        <source>Cancelled: %1 found before then, not a complete search.</source>
        <translation>Cancelado: %1 encontradas até então, não é uma busca completa.</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%1 de %2 fluxos · %3 execuções pesquisadas · %4 encontradas</translation>
    </message>
    <message numerus="yes">
        <source>%n only in the archive</source>
        <translation>
            <numerusform>%n só no arquivo</numerusform>
            <numerusform>%n só no arquivo</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive searched too</source>
        <translation>o arquivo também foi pesquisado</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>pesquisando…</translation>
    </message>
    <message>
        <source>every flow searched</source>
        <translation>todos os fluxos pesquisados</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: not a complete search</source>
        <translation>
            <numerusform>%n fluxo não pôde ser pesquisado: não é uma busca completa</numerusform>
            <numerusform>%n fluxos não puderam ser pesquisados: não é uma busca completa</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Tentar %1 de novo</translation>
    </message>
    <message>
        <source>Search this flow again; what was found stays</source>
        <translation>Pesquisar este fluxo de novo; o que foi encontrado fica</translation>
    </message>
</context>
<context>
    <name>flowscope::SignInDialog</name>
    <message>
        <source>Account SID and Auth Token</source>
        <translation>Account SID e Auth Token</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>Chave de API e segredo</translation>
    </message>
    <message>
        <source>Remember as a profile (the secret goes to the keychain, never to a file)</source>
        <translation>Lembrar como perfil (o segredo vai para o chaveiro, nunca para um arquivo)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in to Twilio</source>
        <translation>Entrar na Twilio</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits, from the Twilio Console&apos;s dashboard</source>
        <translation>AC seguido de 32 dígitos hexadecimais, do painel do Twilio Console</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Kept in memory for this session, or by the system keychain when remembered as a profile; never in a file</source>
        <translation>Mantido na memória nesta sessão, ou pelo chaveiro do sistema quando lembrado como perfil; nunca em um arquivo</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID da chave de API</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK seguido de 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Segredo da chave de API</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Leave empty for the default (us1)</source>
        <translation>Deixe vazio para o padrão (us1)</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Leave empty for the default; an edge alone means region us1</source>
        <translation>Deixe vazio para o padrão; um edge sozinho significa a região us1</translation>
    </message>
    <message>
        <source>Advanced: another API origin, e.g. http://127.0.0.1:8080</source>
        <translation>Avançado: outra origem de API, p. ex. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Only for a sandbox or proxy; plain http only for loopback hosts</source>
        <translation>Só para um sandbox ou proxy; http simples só para hosts de loopback</translation>
    </message>
    <message>
        <source>e.g. support-us1</source>
        <translation>p. ex. suporte-us1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>A name for these credentials, to switch between accounts later</source>
        <translation>Um nome para estas credenciais, para alternar entre contas depois</translation>
    </message>
    <message>
        <source>Remember as a profile</source>
        <translation>Lembrar como perfil</translation>
    </message>
    <message>
        <source>Saves the profile; the Auth Token or secret is kept by the system keychain</source>
        <translation>Salva o perfil; o Auth Token ou segredo fica no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>Por que entrar</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problema no formulário</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Ask Twilio for one flow with these credentials</source>
        <translation>Pedir um fluxo à Twilio com estas credenciais</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Entrar com</translation>
    </message>
    <message>
        <source>FlowScope needs Twilio credentials that may read Studio. The secret stays in memory for this session, or in the system keychain if you remember it as a profile.</source>
        <translation>O FlowScope precisa de credenciais da Twilio que possam ler o Studio. O segredo fica na memória nesta sessão, ou no chaveiro do sistema se você o lembrar como perfil.</translation>
    </message>
    <message>
        <source>Give the profile a name: letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Dê um nome ao perfil: letras, dígitos, espaços, pontos, hifens ou sublinhados.</translation>
    </message>
    <message>
        <source>(stored in the keychain: leave empty to keep it)</source>
        <translation>(guardado no chaveiro: deixe vazio para mantê-lo)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>✓ Connected: these credentials can read this account&apos;s Studio flows.</source>
        <translation>✓ Conectado: estas credenciais podem ler os fluxos do Studio desta conta.</translation>
    </message>
    <message>
        <source>✓ Connected, but this account has no Studio flows yet.</source>
        <translation>✓ Conectado, mas esta conta ainda não tem fluxos do Studio.</translation>
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
        <translation>Quanto esta etapa durou: até a próxima etapa; a última, até a execução terminar (ou até agora, enquanto roda)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Durou</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Twilio said</source>
        <translation>A Twilio disse</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>De → Para</translation>
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
        <translation>Encontrar</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>Encerrar execuções…</translation>
    </message>
    <message>
        <source>Find stuck executions</source>
        <translation>Encontrar execuções travadas</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <source>The flows to look in (the current one by default)</source>
        <translation>Os fluxos onde procurar (o atual por padrão)</translation>
    </message>
    <message>
        <source> hours ago</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Started more than</source>
        <translation>Começaram há mais de</translation>
    </message>
    <message>
        <source>Active executions that started longer ago than this</source>
        <translation>Execuções ativas que começaram há mais tempo que isto</translation>
    </message>
    <message>
        <source>Optional: +44 7700 900123, client:alice, sip:bob@example.com</source>
        <translation>Opcional: +44 7700 900123, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Only this customer&apos;s: a phone number matches it on every channel</source>
        <translation>Só as deste cliente: um número de telefone corresponde em qualquer canal</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>O país dos números digitados sem +país (ISO 3166, como GB)</translation>
    </message>
    <message>
        <source>Reads only the active executions (Studio v2&apos;s status filter)</source>
        <translation>Lê só as execuções ativas (filtro de status do Studio v2)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da busca</translation>
    </message>
    <message>
        <source>Stuck executions</source>
        <translation>Execuções travadas</translation>
    </message>
    <message>
        <source>Select those to end; with none selected, End executions takes them all</source>
        <translation>Selecione as que serão encerradas; sem nenhuma selecionada, Encerrar execuções pega todas</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>Encerrar execuções</translation>
    </message>
    <message>
        <source>End the selected ones (all when none is selected), after a confirmation</source>
        <translation>Encerrar as selecionadas (todas quando nenhuma está selecionada), após uma confirmação</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tick at least one flow.</source>
        <translation>Marque pelo menos um fluxo.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n flow(s)…</source>
        <translation>
            <numerusform>Procurando em %n fluxo…</numerusform>
            <numerusform>Procurando em %n fluxos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 found</source>
        <translation>%1 de %2 fluxos · %3 encontradas</translation>
    </message>
    <message numerus="yes">
        <source>%n active execution(s) started before then</source>
        <translation>
            <numerusform>%n execução ativa começou antes disso</numerusform>
            <numerusform>%n execuções ativas começaram antes disso</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow could be read: the list above is not complete.</source>
        <translation>Nem todos os fluxos puderam ser lidos: a lista acima não está completa.</translation>
    </message>
</context>
<context>
    <name>flowscope::TargetLookup</name>
    <message>
        <source>%1 is in none of the flows given: skipped</source>
        <translation>%1 não está em nenhum dos fluxos informados: ignorada</translation>
    </message>
    <message>
        <source>%1 is not active: skipped</source>
        <translation>%1 não está ativa: ignorada</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s: skipped</source>
        <translation>%1 não é de %2: ignorada</translation>
    </message>
</context>
<context>
    <name>flowscope::ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>&amp;Visões</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Salvar visão…</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>Copiar &amp;link para esta visão</translation>
    </message>
    <message>
        <source>Name the flow, range, filters, columns and sort shown, to open them again or send them as a link (Ctrl+D)</source>
        <translation>Dar nome ao fluxo, intervalo, filtros, colunas e ordem mostrados, para abri-los de novo ou enviá-los como link (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy a flowscope://view link to what the table shows now</source>
        <translation>Copiar um link flowscope://view para o que a tabela mostra agora</translation>
    </message>
    <message>
        <source>Copied a link to this view</source>
        <translation>Link para esta visão copiado</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Ainda não há visões salvas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show this view&apos;s flow, range, filters and columns</source>
        <translation>Mostrar o fluxo, intervalo, filtros e colunas desta visão</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <source>Copied a link to the view &apos;%1&apos;</source>
        <translation>Link para a visão &apos;%1&apos; copiado</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>Abrir ao &amp;iniciar</translation>
    </message>
    <message>
        <source>Open this view when FlowScope starts with this profile</source>
        <translation>Abrir esta visão quando o FlowScope iniciar com este perfil</translation>
    </message>
    <message>
        <source>Pick a flow first: a view is a flow&apos;s executions.</source>
        <translation>Escolha um fluxo primeiro: uma visão são as execuções de um fluxo.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>Name of the view (flow, range, filters, columns and sort as shown):</source>
        <translation>Nome da visão (fluxo, intervalo, filtros, colunas e ordem como mostrados):</translation>
    </message>
    <message>
        <source>Replace the view &apos;%1&apos;?</source>
        <translation>Substituir a visão &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos;</source>
        <translation>Visão &apos;%1&apos; salva</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renomear visão</translation>
    </message>
    <message>
        <source>New name of the view &apos;%1&apos;:</source>
        <translation>Novo nome da visão &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir visão</translation>
    </message>
    <message>
        <source>Delete the view &apos;%1&apos;?</source>
        <translation>Excluir a visão &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>flowscope::WorkbookFile</name>
    <message>
        <source> […cut here: %1 more characters do not fit in a spreadsheet cell; export JSONL for the whole text]</source>
        <translation> […cortado aqui: mais %1 caracteres não cabem em uma célula de planilha; exporte JSONL para o texto inteiro]</translation>
    </message>
    <message>
        <source>a workbook can only be written, once</source>
        <translation>uma pasta de trabalho só pode ser gravada uma vez</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>a pasta de trabalho não pôde ser criada</translation>
    </message>
    <message>
        <source>the last row was incomplete</source>
        <translation>a última linha estava incompleta</translation>
    </message>
    <message>
        <source>the rows to write were corrupt</source>
        <translation>as linhas a gravar estavam corrompidas</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>não é possível ler a pasta de trabalho de volta: %1</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>não é possível gravar</translation>
    </message>
    <message>
        <source>cannot put the workbook in place</source>
        <translation>não é possível colocar a pasta de trabalho no lugar</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>a pasta de trabalho não está aberta</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>O sandbox de demonstração não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; não é um comando.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the window (options start with --).</source>
        <translation>&apos;%1&apos; não é uma opção da janela (opções começam com --).</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Você quis dizer &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Commands: %1. Run &apos;flowscope --help&apos;.</source>
        <translation>Comandos: %1. Execute &apos;flowscope --help&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;flowscope --help&apos;.</source>
        <translation>Execute &apos;flowscope --help&apos;.</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands run without one: flowscope --help</source>
        <translation>nenhuma tela onde abrir a janela (nem DISPLAY nem WAYLAND_DISPLAY está definida); os comandos funcionam sem ela: flowscope --help</translation>
    </message>
    <message>
        <source>the window could not open on this display; the commands run without one: flowscope --help</source>
        <translation>a janela não pôde abrir nesta tela; os comandos funcionam sem ela: flowscope --help</translation>
    </message>
    <message>
        <source>after -- comes one flowscope:// link, and nothing else</source>
        <translation>depois de -- vem um link flowscope://, e nada mais</translation>
    </message>
</context>
</TS>
