<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 をクリア</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>%1 のその他</translation>
    </message>
    <message>
        <source>Empties the field</source>
        <translation>フィールドを空にします</translation>
    </message>
    <message>
        <source>The tools the window is too narrow to show</source>
        <translation>ウィンドウの幅が足りず表示できないツール</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>the Debugger&apos;s alerts of a flow&apos;s executions</source>
        <translation>フローの実行に関する Debugger のアラート</translation>
    </message>
    <message>
        <source>List the Debugger alerts (Twilio Monitor) of a range that belong to executions of the flows given — one row per alert with its execution, step and widget, or counted by error code or widget. Monitor filters by time only: an alert is kept when it names one of the flows&apos; executions or a message or call of one, or names only the flow and fits exactly one step by its time and URL (probable); others are left out. Written once every alert is placed, atomically with -o.</source>
        <translation>指定したフローの実行に属する、期間内の Debugger アラート (Twilio Monitor) を一覧にします。アラートごとに 1 行で実行・ステップ・ウィジェットを示すか、エラーコード別またはウィジェット別に数えます。Monitor は時刻でしか絞り込めません。アラートは、フローの実行のいずれか、またはその実行のメッセージや通話を名指ししている場合、あるいはフローだけを名指しし時刻と URL でちょうど 1 つのステップに当てはまる場合 (推定) に残され、それ以外は除かれます。すべてのアラートの位置が決まってから書き出し、-o ではアトミックに書き込みます。</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable). Required.</source>
        <translation>フローの SID (複数指定可)。必須。</translation>
    </message>
    <message>
        <source>From T (default: 24 hours ago).</source>
        <translation>T から (既定: 24 時間前)。</translation>
    </message>
    <message>
        <source>Monitor keeps alerts 30 days. Executions that began up to a day before T are read too, for alerts of theirs that came later.</source>
        <translation>Monitor はアラートを 30 日間保持します。T の 1 日前までに始まった実行も、後から届いたアラートのために読み込みます。</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>T より前 (既定: 現在)。</translation>
    </message>
    <message>
        <source>code: one row per error code (error_code, count, executions); widget: one per widget and code (widget, error_code, count). Default: one row per alert.</source>
        <translation>code: エラーコードごとに 1 行 (error_code, count, executions)。widget: ウィジェットとコードごとに 1 行 (widget, error_code, count)。既定: アラートごとに 1 行。</translation>
    </message>
    <message>
        <source>Only alerts of this log level (error, warning, notice or debug).</source>
        <translation>このレベルのアラートのみ (error、warning、notice、debug)。</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (numbers as numbers) or xlsx (needs -o).</source>
        <translation>csv (既定)、tsv、jsonl (数値は数値のまま)、xlsx (-o が必要)。</translation>
    </message>
    <message>
        <source>Executions read at once, one request each at a time (default 8).</source>
        <translation>同時に読み込む実行の数。それぞれ 1 リクエスト (既定 8)。</translation>
    </message>
    <message>
        <source>Read the alerts a sync with --related archived (flowscope archive sync --related), not Monitor: any date, offline, the same rows.</source>
        <translation>Monitor ではなく、--related 付きの同期がアーカイブしたアラートを読みます (flowscope archive sync --related)。日付を問わず、オフラインで、同じ行が得られます。</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not code or widget</source>
        <translation>--by &apos;%1&apos; は code でも widget でもありません</translation>
    </message>
    <message>
        <source>--level &apos;%1&apos; is not error, warning, notice or debug</source>
        <translation>--level &apos;%1&apos; は error、warning、notice、debug のいずれでもありません</translation>
    </message>
</context>
<context>
    <name>AlertsJob</name>
    <message>
        <source>this key cannot read the Debugger (Monitor answered %1); nothing was written.</source>
        <translation>このキーでは Debugger を読めません (Monitor の応答: %1)。何も書き出していません。</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> 何も書き出していません。</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) of the range were archived without --related; their alerts are not counted</source>
        <translation>警告: 期間内の %1 件の実行は --related なしでアーカイブされたため、そのアラートは数えていません</translation>
    </message>
    <message>
        <source>%1 of %2 executions read…</source>
        <translation>%2 件中 %1 件の実行を読み込みました…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Twilio refused the credentials (HTTP 401): check the Account SID and Auth Token, or the API key and secret.</source>
        <translation>Twilio が認証情報を拒否しました (HTTP 401)。Account SID と Auth Token、または API キーとそのシークレットを確認してください。</translation>
    </message>
    <message>
        <source>These credentials may not read Studio (HTTP 403): the API key needs access to Studio.</source>
        <translation>この認証情報では Studio を読めません (HTTP 403)。API キーに Studio へのアクセス権が必要です。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the flow or execution does not exist in this account, or has expired (Studio keeps executions 30 days).</source>
        <translation>見つかりません (HTTP 404)。このアカウントにそのフローまたは実行は存在しないか、期限切れです (Studio は実行を 30 日間保持します)。</translation>
    </message>
    <message>
        <source>Twilio rejected the request (HTTP %1).</source>
        <translation>Twilio がリクエストを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>Twilio kept rate-limiting the requests (HTTP 429); try again in a minute.</source>
        <translation>Twilio がリクエストの制限を続けました (HTTP 429)。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Twilio&apos;s server failed (HTTP %1) and kept failing after retries.</source>
        <translation>Twilio のサーバーが失敗し (HTTP %1)、再試行後も失敗し続けました。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>サーバーに接続できませんでした: %1。</translation>
    </message>
    <message>
        <source>The secure connection failed (%1); FlowScope never ignores certificate errors.</source>
        <translation>安全な接続に失敗しました (%1)。FlowScope は証明書エラーを決して無視しません。</translation>
    </message>
    <message>
        <source>The server sent a response FlowScope cannot read: %1.</source>
        <translation>サーバーから FlowScope が読めない応答が届きました: %1。</translation>
    </message>
    <message>
        <source>The server sent a response larger than FlowScope accepts (%1); asking again would not help.</source>
        <translation>サーバーから FlowScope が受け付けるより大きな応答が届きました (%1)。再度要求しても解決しません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>the archive holds no outcome for it (synced before outcomes were kept)</source>
        <translation>アーカイブにはこの実行の結果がありません (結果を保存する前に同期されました)</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>The archive: sqlite:PATH (an encrypted file) or postgresql://USER@HOST:PORT/DB?sslmode=… (a shared one); default the profile&apos;s file $XDG_DATA_HOME/flowscope/archive-PROFILE.db.</source>
        <translation>アーカイブ: sqlite:パス (暗号化ファイル) または postgresql://ユーザー@ホスト:ポート/DB?sslmode=… (共有のもの)。既定はプロファイルのファイル $XDG_DATA_HOME/flowscope/archive-プロファイル.db。</translation>
    </message>
    <message>
        <source>A PostgreSQL password comes from the URL, PGPASSWORD, the keychain (the window&apos;s File ▸ Archive… keeps it there) or ~/.pgpass, and is never printed. The file&apos;s key is FLOWSCOPE_ARCHIVE_KEY (64 hex digits, or a passphrase) when set, else the keychain&apos;s.</source>
        <translation>PostgreSQL のパスワードは URL、PGPASSWORD、キーチェーン (ウィンドウの ファイル ▸ アーカイブ… で保存されます)、~/.pgpass のいずれかから取得し、表示することはありません。ファイルの鍵は、設定されていれば FLOWSCOPE_ARCHIVE_KEY (16 進 64 桁またはパスフレーズ)、なければキーチェーンのものです。</translation>
    </message>
    <message>
        <source>--db names the archive to read: give --archive too</source>
        <translation>--db は読み込むアーカイブを指定します。--archive も指定してください</translation>
    </message>
    <message>
        <source>note: --from %1 is in the future (it is %2 now): no execution has started there yet</source>
        <translation>注: --from %1 は未来です (現在 %2)。そこで始まった実行はまだありません</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; the archive %3 holds older ones: add --archive</source>
        <translation>注: Studio は実行を %1 日間保持するため、Twilio には %2 より前のものはありません。アーカイブ %3 にはより古いものがあります: --archive を追加してください</translation>
    </message>
    <message>
        <source>note: Studio keeps executions for %1 days, so Twilio has nothing before %2; flowscope archive sync keeps them longer from now on</source>
        <translation>注: Studio は実行を %1 日間保持するため、Twilio には %2 より前のものはありません。flowscope archive sync を使えば今後はより長く保持できます</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>keep executions past Twilio&apos;s 30 days</source>
        <translation>Twilio の 30 日を過ぎても実行を保持する</translation>
    </message>
    <message>
        <source>The archive: executions with their steps and contexts, and their flows&apos; revisions, kept after Twilio drops them. sync brings it up to date (only what is new since the last sync, and the executions it holds as active read again); status says what it holds per flow; purge deletes what is older than a duration. The local archive is an encrypted SQLCipher file, created 0600; a wrong key, a file that is not an archive or a newer schema ends the command with 7 and leaves the file untouched.</source>
        <translation>アーカイブ: 実行とそのステップ・コンテキスト、およびフローのリビジョンを、Twilio が破棄した後も保持します。sync は最新の状態にします (前回の同期以降の新しいものだけを取得し、アクティブとして保持している実行は読み直します)。status はフローごとの保持内容を示し、purge は指定した期間より古いものを削除します。ローカルのアーカイブは 0600 で作成される暗号化された SQLCipher ファイルです。鍵の誤り、アーカイブではないファイル、新しいスキーマの場合はコマンドを 7 で終了し、ファイルには手を触れません。</translation>
    </message>
    <message>
        <source>sync: only this flow (repeatable; default every flow).</source>
        <translation>sync: このフローのみ (複数指定可。既定はすべてのフロー)。</translation>
    </message>
    <message>
        <source>sync: archive executions and steps, not contexts.</source>
        <translation>sync: 実行とステップをアーカイブし、コンテキストはアーカイブしない。</translation>
    </message>
    <message>
        <source>sync: archive each execution&apos;s messages, calls and Debugger alerts too (as execution --related reads them; a few requests more each).</source>
        <translation>sync: 各実行のメッセージ、通話、Debugger アラートもアーカイブする (execution --related と同じ読み方。1 件ごとに数リクエスト増えます)。</translation>
    </message>
    <message>
        <source>Executions archived by a sync without it have none; execution --related --archive and alerts --archive say so.</source>
        <translation>これを付けずに同期した実行にはそれらがありません。execution --related --archive と alerts --archive がその旨を示します。</translation>
    </message>
    <message>
        <source>sync: flows synced side by side (default 4).</source>
        <translation>sync: 並行して同期するフローの数 (既定 4)。</translation>
    </message>
    <message>
        <source>sync: requests in flight for each flow (default %1).</source>
        <translation>sync: フローごとの同時リクエスト数 (既定 %1)。</translation>
    </message>
    <message>
        <source>sync: then delete what was created longer ago than DURATION (365d, 52w, 48h); default keep everything.</source>
        <translation>sync: その後、期間より前に作成されたものを削除する (365d、52w、48h)。既定ではすべて保持。</translation>
    </message>
    <message>
        <source>purge: delete executions created longer ago than DURATION (365d, 52w, 48h). Required.</source>
        <translation>purge: 期間より前に作成された実行を削除する (365d、52w、48h)。必須。</translation>
    </message>
    <message>
        <source>purge: do not ask (needed when standard input is not a terminal).</source>
        <translation>purge: 確認しない (標準入力が端末でない場合に必要)。</translation>
    </message>
    <message>
        <source>status: csv (default), tsv or jsonl.</source>
        <translation>status: csv (既定)、tsv、jsonl。</translation>
    </message>
    <message>
        <source>say what to do: archive sync | status | purge</source>
        <translation>何をするか指定してください: archive sync | status | purge</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of archive: the actions are sync, status and purge</source>
        <translation>archive の不明な操作 &apos;%1&apos;。操作は sync、status、purge です</translation>
    </message>
    <message>
        <source>--%1 is not an option of archive %2 (see --help)</source>
        <translation>--%1 は archive %2 のオプションではありません (--help を参照)</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format は csv、tsv、jsonl のいずれかにしてください</translation>
    </message>
    <message>
        <source>a number of flows</source>
        <translation>フローの数</translation>
    </message>
    <message>
        <source>--keep-for &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--keep-for &apos;%1&apos; は 365d、52w、48h のような期間ではありません</translation>
    </message>
    <message>
        <source>archive purge needs --older-than DURATION (365d, 52w, 48h)</source>
        <translation>archive purge には --older-than 期間 (365d、52w、48h) が必要です</translation>
    </message>
    <message>
        <source>--older-than &apos;%1&apos; is not a duration such as 365d, 52w or 48h</source>
        <translation>--older-than &apos;%1&apos; は 365d、52w、48h のような期間ではありません</translation>
    </message>
</context>
<context>
    <name>ArchiveJob</name>
    <message>
        <source>%1 (what was written before stays: %2 execution(s); the next sync goes on from there)</source>
        <translation>%1 (それまでに書き込んだ分は残ります: %2 件の実行。次の同期はそこから続けます)</translation>
    </message>
    <message>
        <source>%1: %2 flow(s) synced, %3 execution(s) written; %4 held as active checked, %5 of them changed%6</source>
        <translation>%1: %2 個のフローを同期し、%3 件の実行を書き込みました。アクティブとして保持していた %4 件を確認し、うち %5 件が変わっていました%6</translation>
    </message>
    <message>
        <source>, %1 no longer at Twilio (kept)</source>
        <translation>、%1 件は Twilio にもうありません (保持)</translation>
    </message>
    <message>
        <source>%1 execution(s) older than the retention were deleted</source>
        <translation>保持期間より古い %1 件の実行を削除しました</translation>
    </message>
    <message>
        <source>%1 execution(s) created before %2 in %3</source>
        <translation>%3 で %2 より前に作成された実行 %1 件</translation>
    </message>
    <message>
        <source>nothing to delete: no execution(s) created before %1</source>
        <translation>削除するものはありません: %1 より前に作成された実行はありません</translation>
    </message>
    <message>
        <source>refusing to delete %1 without --yes: standard input is not a terminal to ask on</source>
        <translation>--yes なしでは %1 を削除しません: 標準入力が確認できる端末ではありません</translation>
    </message>
    <message>
        <source>delete %1? [y/N] </source>
        <translation>%1 を削除しますか? [y/N] </translation>
    </message>
    <message>
        <source>not confirmed: nothing was deleted</source>
        <translation>確認されませんでした: 何も削除していません</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>%1 execution(s)</source>
        <translation>%1 件の実行</translation>
    </message>
</context>
<context>
    <name>ArchiveKey</name>
    <message>
        <source>there is no archive at %1 (flowscope archive sync makes one)</source>
        <translation>%1 にアーカイブはありません (flowscope archive sync で作成されます)</translation>
    </message>
    <message>
        <source>the archive&apos;s key could not be read from the keychain: %1</source>
        <translation>アーカイブの鍵をキーチェーンから読めませんでした: %1</translation>
    </message>
    <message>
        <source>the keychain holds no key for the archive %1 (set FLOWSCOPE_ARCHIVE_KEY if it was made with one); it was left as it is</source>
        <translation>キーチェーンにアーカイブ %1 の鍵がありません (鍵を指定して作成した場合は FLOWSCOPE_ARCHIVE_KEY を設定してください)。アーカイブはそのままです</translation>
    </message>
    <message>
        <source>the archive&apos;s new key could not be kept in the keychain, so no archive was made: %1</source>
        <translation>アーカイブの新しい鍵をキーチェーンに保存できなかったため、アーカイブは作成していません: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL such as postgresql://user@host:5432/database</source>
        <translation>&apos;%1&apos; は postgresql://user@host:5432/database のような PostgreSQL の URL ではありません</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host:5432/database</source>
        <translation>PostgreSQL の URL にデータベースが指定されていません: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>the PostgreSQL URL may only say sslmode, not &apos;%1&apos;</source>
        <translation>PostgreSQL の URL で指定できるのは sslmode だけで、&apos;%1&apos; は指定できません</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>sqlite: needs a file: sqlite:/path/to/archive.db</source>
        <translation>sqlite: にはファイルが必要です: sqlite:/path/to/archive.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no archive: give sqlite:PATH or postgresql://USER@HOST:PORT/DB</source>
        <translation>&apos;%1&apos; はアーカイブを指していません: sqlite:パス または postgresql://ユーザー@ホスト:ポート/DB を指定してください</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source> (see --help)</source>
        <translation> (--help を参照)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>予期しない引数 &apos;%1&apos; (--help を参照)</translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation>引数がありません (--help を参照)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600</source>
        <translation>--timeout は 0.001 から 3600 までの秒数にしてください</translation>
    </message>
    <message>
        <source>--retries must be a number of attempts from 1 to 100</source>
        <translation>--retries は 1 から 100 までの試行回数にしてください</translation>
    </message>
    <message>
        <source>--format must be csv, tsv, jsonl or xlsx</source>
        <translation>--format は csv、tsv、jsonl、xlsx のいずれかにしてください</translation>
    </message>
    <message>
        <source>--format must be csv, tsv or jsonl</source>
        <translation>--format は csv、tsv、jsonl のいずれかにしてください</translation>
    </message>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>ワークブックはファイルであり、端末やパイプ向けのテキストではありません: -o ファイル.xlsx を指定してください</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; does not exist in the local time zone (%3): the clocks skipped it. Give the time with its offset (…+01:00) or in UTC (…Z)</source>
        <translation>--%1 &apos;%2&apos; はローカルのタイムゾーン (%3) に存在しません (時計がその時刻を飛ばしました)。オフセット付き (…+01:00) または UTC (…Z) で時刻を指定してください</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time: use ISO 8601 such as 2026-11-01T09:00:00Z or 2026-11-01T09:00:00+05:30</source>
        <translation>--%1 &apos;%2&apos; は時刻ではありません: 2026-11-01T09:00:00Z や 2026-11-01T09:00:00+05:30 のような ISO 8601 を使ってください</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from は --to より前にしてください</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to %1</source>
        <translation>--concurrency は 1 から %1 までにしてください</translation>
    </message>
    <message>
        <source>--%1 must be %2 from %3 to %4</source>
        <translation>--%1 は %3 から %4 までの %2 にしてください</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--%1: that link names no execution</source>
        <translation>--%1: そのリンクは実行を指していません</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not %3 (%4 followed by 32 hex digits)</source>
        <translation>--%1 &apos;%2&apos; は %3 ではありません (%4 の後に 16 進 32 桁)</translation>
    </message>
    <message>
        <source>the link is of account %1, not of the one in use (%2); give the profile that holds it with --profile</source>
        <translation>このリンクはアカウント %1 のもので、使用中のアカウント (%2) のものではありません。それを含むプロファイルを --profile で指定してください</translation>
    </message>
    <message>
        <source>no profile of yours holds account %1, which the link is of (flowscope profiles list)</source>
        <translation>リンクのアカウント %1 を含むプロファイルがありません (flowscope profiles list)</translation>
    </message>
    <message>
        <source>a flow SID</source>
        <translation>フローの SID</translation>
    </message>
    <message>
        <source>--flow is required (see --help)</source>
        <translation>--flow は必須です (--help を参照)</translation>
    </message>
    <message>
        <source>no columns given: --columns takes a comma-separated list of %1</source>
        <translation>列が指定されていません: --columns には %1 からカンマ区切りで指定します</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2</source>
        <translation>不明な列 &apos;%1&apos;。列は %2 です</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Sign in with this saved profile (its secret from the keychain); the environment&apos;s TWILIO_* variables still win.</source>
        <translation>この保存済みプロファイルでサインインします (シークレットはキーチェーンから)。環境の TWILIO_* 変数が引き続き優先されます。</translation>
    </message>
    <message>
        <source>A keychain that is not there, locked or refusing ends the command with 7 before anything is requested; a profile without a stored secret, with 2.</source>
        <translation>キーチェーンがない、ロックされている、拒否した場合は、何もリクエストせずにコマンドを 7 で終了します。シークレットが保存されていないプロファイルでは 2 で終了します。</translation>
    </message>
    <message>
        <source>API origin (default https://studio.twilio.com, or FLOWSCOPE_BASE_URL; http only for loopback).</source>
        <translation>API のオリジン (既定 https://studio.twilio.com、または FLOWSCOPE_BASE_URL。http はループバックのみ)。</translation>
    </message>
    <message>
        <source>Seconds without data before a request times out (default 30).</source>
        <translation>データが届かずにリクエストがタイムアウトするまでの秒数 (既定 30)。</translation>
    </message>
    <message>
        <source>Attempts per request before giving up on 429, 5xx, resets and timeouts (default 6).</source>
        <translation>429、5xx、切断、タイムアウトで諦めるまでのリクエストごとの試行回数 (既定 6)。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically: complete or not at all) instead of standard output.</source>
        <translation>標準出力ではなくファイルに書き込みます (アトミック: 完全に書き込むか、何も書かないか)。</translation>
    </message>
    <message>
        <source>A failure leaves an existing file untouched.</source>
        <translation>失敗しても既存のファイルはそのままです。</translation>
    </message>
    <message>
        <source>the window; --demo browses the built-in sandbox</source>
        <translation>ウィンドウ。--demo で組み込みのサンドボックスを閲覧</translation>
    </message>
    <message>
        <source>Browse Twilio Studio flow executions: pick a flow, narrow the date range, scroll through executions that load page by page, open one to read its context, steps and diagram, and export what you need. flowscope -- LINK opens a flowscope:// link (flowscope link makes one) in this user&apos;s running window, which comes to the front, or in a new one; the desktop runs it so when such a link is clicked.</source>
        <translation>Twilio Studio のフロー実行を閲覧します。フローを選び、日付の範囲を絞り込み、ページごとに読み込まれる実行をスクロールし、1 件を開いてコンテキスト・ステップ・図を読み、必要なものをエクスポートします。flowscope -- リンク は flowscope:// リンク (flowscope link で作成) を、このユーザーが開いているウィンドウ (前面に出ます) または新しいウィンドウで開きます。そのようなリンクがクリックされると、デスクトップがこの形で起動します。</translation>
    </message>
    <message>
        <source>Browse a generated account served by the built-in Studio sandbox; no Twilio account needed.</source>
        <translation>組み込みの Studio サンドボックスが提供する生成されたアカウントを閲覧します。Twilio アカウントは不要です。</translation>
    </message>
    <message>
        <source>Sign in with this saved profile (the environment&apos;s TWILIO_* variables still win).</source>
        <translation>この保存済みプロファイルでサインインします (環境の TWILIO_* 変数が引き続き優先されます)。</translation>
    </message>
    <message>
        <source>Show this help; --help-all adds Qt&apos;s own options.</source>
        <translation>このヘルプを表示します。--help-all で Qt 自身のオプションも表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>Every subcommand but profiles, link and views also takes %1 (see its --help); link and views take --profile NAME, whose account and views they are.</source>
        <translation>profiles、link、views 以外のサブコマンドは %1 も受け付けます (各 --help を参照)。link と views は --profile 名前 を受け付け、そのアカウントとビューを対象にします。</translation>
    </message>
    <message>
        <source>Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, else a saved profile (--profile NAME).</source>
        <translation>認証情報: TWILIO_ACCOUNT_SID と TWILIO_AUTH_TOKEN、または TWILIO_API_KEY と TWILIO_API_SECRET。なければ保存済みプロファイル (--profile 名前)。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 network or server, 6 output, 7 the keychain.</source>
        <translation>終了コード: 0 正常、2 使い方の誤り、3 認証、4 見つからない、5 ネットワークまたはサーバー、6 出力、7 キーチェーン。</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>ウィンドウのオプション:</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 %2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>%1 executions…</source>
        <translation>%1 件の実行…</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles add, or the window&apos;s Profiles menu, creates one)</source>
        <translation>&apos;%1&apos; という名前のプロファイルはありません (flowscope profiles add またはウィンドウのプロファイルメニューで作成できます)</translation>
    </message>
    <message>
        <source>no credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID, or use --profile NAME</source>
        <translation>認証情報がありません: TWILIO_ACCOUNT_SID と TWILIO_AUTH_TOKEN、または TWILIO_API_KEY と TWILIO_API_SECRET を TWILIO_ACCOUNT_SID と共に設定するか、--profile 名前 を使ってください</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no secret in the keychain; sign in with it in the window once, or set TWILIO_AUTH_TOKEN</source>
        <translation>プロファイル &apos;%1&apos; のシークレットがキーチェーンにありません。ウィンドウで一度このプロファイルでサインインするか、TWILIO_AUTH_TOKEN を設定してください</translation>
    </message>
    <message>
        <source>the keychain could not give profile &apos;%1&apos; its secret (%2); set TWILIO_AUTH_TOKEN or TWILIO_API_SECRET instead</source>
        <translation>キーチェーンがプロファイル &apos;%1&apos; のシークレットを返せませんでした (%2)。代わりに TWILIO_AUTH_TOKEN または TWILIO_API_SECRET を設定してください</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed, %4 moved</source>
        <translation>変更 %1、追加 %2、削除 %3、移動 %4</translation>
    </message>
    <message>
        <source>The profile whose views and account these are (default: the environment&apos;s account, else the profile used last).</source>
        <translation>対象のビューとアカウントを持つプロファイル (既定: 環境のアカウント、なければ最後に使ったプロファイル)。</translation>
    </message>
    <message>
        <source>that link opens an execution, not a view</source>
        <translation>そのリンクが開くのは実行で、ビューではありません</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>&apos;%1&apos; という名前のビューはありません (flowscope views list)</translation>
    </message>
    <message>
        <source>Language: German, Spanish, French, Brazilian Portuguese or Japanese from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English; FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en chooses for FlowScope alone. What programs read is never translated.</source>
        <translation>言語: ロケール (LANGUAGE、LC_ALL、LC_MESSAGES、LANG) に応じてドイツ語、スペイン語、フランス語、ブラジルポルトガル語、日本語のいずれか。それ以外は英語。FLOWSCOPE_LANGUAGE=de|es|fr|pt_BR|ja|en で FlowScope だけの言語を選べます。プログラムが読む出力は決して翻訳しません。</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>two executions side by side</source>
        <translation>2 つの実行を並べて比較</translation>
    </message>
    <message>
        <source>Compare two executions of a flow: the steps of each, the widget where their paths parted (the first both reached and left differently, or the last they reached together when one stopped sooner), and every value of their contexts that differs or is on one side only, by its Studio variable path (widgets.http_1.status_code). Each execution is an FN… SID of --flow, a Console link or a flowscope:// link; two of different flows are refused.</source>
        <translation>フローの 2 つの実行を比較します。それぞれのステップ、経路が分かれたウィジェット (両方が到達して異なる方法で離れた最初のもの、または一方が先に止まった場合は一緒に到達した最後のもの)、そしてコンテキストのうち異なる値や片方にしかない値を、Studio の変数パス (widgets.http_1.status_code) で示します。各実行は --flow の FN… SID、Console のリンク、または flowscope:// リンクです。異なるフローの 2 つは拒否します。</translation>
    </message>
    <message>
        <source>The flow of both (a link or a Console link names it already).</source>
        <translation>両方の実行のフロー (リンクや Console のリンクにはすでに含まれています)。</translation>
    </message>
    <message>
        <source>json (default: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) or text (readable).</source>
        <translation>json (既定: {a, b, flow_sid, diverged_at, steps: {a, b}, context: [{path, a, b}]}) または text (読みやすい形式)。</translation>
    </message>
    <message>
        <source>In json a path that is on one side only has no member for the other (a null is a value).</source>
        <translation>json では、片方にしかないパスはもう一方にメンバーがありません (null は値です)。</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format は json または text にしてください</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow はフローの SID にしてください (FW の後に 16 進 32 桁)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution</source>
        <translation>そのリンクが開くのはビューで、実行ではありません</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>--flow を指定してください</translation>
    </message>
    <message>
        <source>the two executions are of different flows (%1 and %2): compare two executions of one flow</source>
        <translation>2 つの実行は異なるフローのものです (%1 と %2)。同じフローの 2 つの実行を比較してください</translation>
    </message>
    <message>
        <source>the executions are of flow %1, not of --flow %2</source>
        <translation>実行はフロー %1 のもので、--flow %2 のものではありません</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>フロー %1 に実行 %2 はありません (Studio は実行を 30 日間保持します)</translation>
    </message>
    <message>
        <source>The same path.</source>
        <translation>同じ経路です。</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>%1 で分かれました。</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ.</source>
        <translation>
            <numerusform>%n 個のコンテキスト値が異なります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>Account SID は AC の後に 16 進 32 桁にしてください。</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>API キーの SID は SK の後に 16 進 32 桁にしてください。</translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation>API キーのシークレットが空です。</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>Auth Token が空です。</translation>
    </message>
    <message>
        <source>The secret contains spaces or characters a Twilio secret never has.</source>
        <translation>シークレットに、Twilio のシークレットには決して含まれない空白や文字が含まれています。</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY and TWILIO_API_SECRET need TWILIO_ACCOUNT_SID as well.</source>
        <translation>TWILIO_API_KEY と TWILIO_API_SECRET には TWILIO_ACCOUNT_SID も必要です。</translation>
    </message>
    <message>
        <source>Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).</source>
        <translation>TWILIO_ACCOUNT_SID と TWILIO_AUTH_TOKEN の両方 (または TWILIO_API_KEY と TWILIO_API_SECRET) を設定してください。</translation>
    </message>
    <message>
        <source>Credentials in the environment: %1</source>
        <translation>環境の認証情報: %1</translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos;: %2</source>
        <translation>無効なベース URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>it needs a scheme and a host, like https://studio.twilio.com</source>
        <translation>https://studio.twilio.com のようにスキームとホストが必要です</translation>
    </message>
    <message>
        <source>credentials do not belong in a URL</source>
        <translation>認証情報を URL に含めてはいけません</translation>
    </message>
    <message>
        <source>give only the origin (scheme, host and port), without a path</source>
        <translation>パスなしでオリジン (スキーム、ホスト、ポート) だけを指定してください</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback hosts; use https</source>
        <translation>暗号化なしの http はループバックのホストにしか使えません。https を使ってください</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for a loopback host)</source>
        <translation>スキームは https (ループバックのホストなら http) にしてください</translation>
    </message>
    <message>
        <source>TWILIO_REGION / TWILIO_EDGE must be plain names like us1 or sydney, not &apos;%1&apos;</source>
        <translation>TWILIO_REGION / TWILIO_EDGE は us1 や sydney のような単純な名前にしてください (&apos;%1&apos; は不可)</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <source>Type a phone number, a client: or sip: address, or what they wrote.</source>
        <translation>電話番号、client: や sip: のアドレス、または相手が書いた内容を入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a phone number nor an address such as client:name or sip:user@host.</source>
        <translation>&apos;%1&apos; は電話番号でも、client:name や sip:user@host のようなアドレスでもありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names nobody: give the whole address, such as client:alice or sip:bob@example.com.</source>
        <translation>&apos;%1&apos; では誰も特定できません: client:alice や sip:bob@example.com のように完全なアドレスを指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code: give one (+44…) or a default country such as GB.</source>
        <translation>&apos;%1&apos; に国番号がありません: 国番号 (+44…) か、GB のような既定の国を指定してください。</translation>
    </message>
    <message>
        <source>its country code is unknown</source>
        <translation>国番号が不明です</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>it is not a possible number there</source>
        <translation>その国ではありえない番号です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2; default country %3).</source>
        <translation>&apos;%1&apos; は FlowScope が読める電話番号ではありません (%2。既定の国 %3)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number FlowScope can read (%2).</source>
        <translation>&apos;%1&apos; は FlowScope が読める電話番号ではありません (%2)。</translation>
    </message>
    <message>
        <source>exactly &apos;%1&apos;</source>
        <translation>完全一致 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 on any channel</source>
        <translation>任意のチャネルの %1</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <source>the response has no context</source>
        <translation>応答にコンテキストがありません</translation>
    </message>
</context>
<context>
    <name>CopyLinkActions</name>
    <message>
        <source>Copy SID</source>
        <translation>SID をコピー</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>A flowscope:// link to this execution, for a ticket: a click opens it in FlowScope</source>
        <translation>この実行への flowscope:// リンク (チケット用)。クリックすると FlowScope で開きます</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
</context>
<context>
    <name>DefinitionDiff</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: there is no &quot;states&quot; list (nor a &quot;definition&quot; that has one)</source>
        <translation>JSON ですがフロー定義ではありません: &quot;states&quot; のリストがありません (それを持つ &quot;definition&quot; もありません)</translation>
    </message>
    <message>
        <source>it is JSON but not a flow definition: a definition is an object with a &quot;states&quot; list</source>
        <translation>JSON ですがフロー定義ではありません: 定義は &quot;states&quot; のリストを持つオブジェクトです</translation>
    </message>
</context>
<context>
    <name>DiagramSource</name>
    <message>
        <source>Revision %1 of %2</source>
        <translation>%2 のリビジョン %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>The current definition</source>
        <translation>現在の定義</translation>
    </message>
    <message>
        <source>, published %1</source>
        <translation>、%1 に公開</translation>
    </message>
    <message>
        <source>, in force when it ran, as the archive kept it.</source>
        <translation>、実行時に有効だったもの (アーカイブが保存したもの)。</translation>
    </message>
    <message>
        <source> — the revision this execution ran on could not be read (%1), so the flow as it is now is drawn; steps may not match it.</source>
        <translation> — この実行が動いたリビジョンを読めなかったため (%1)、現在のフローを描いています。ステップが一致しない場合があります。</translation>
    </message>
    <message>
        <source> — the flow has changed since.</source>
        <translation> — フローはその後変更されています。</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>what changed between two flow definitions</source>
        <translation>2 つのフロー定義の間で変わった点</translation>
    </message>
    <message>
        <source>Compare two flow definitions widget by widget, matched by name: each widget added, removed, changed (its type, properties or transitions) or moved (only its offset on the canvas), with the paths that differ and their old and new values. The definitions are files (as Studio exports them, or a v2 Flow or Flow Revision resource) or two revisions of a flow read from Twilio. A renamed widget is a removal and an addition.</source>
        <translation>2 つのフロー定義をウィジェットごとに名前で対応させて比較します。追加・削除・変更 (種類、プロパティ、遷移)・移動 (キャンバス上の位置のみ) された各ウィジェットを、異なるパスとその新旧の値とともに示します。定義はファイル (Studio がエクスポートしたもの、または v2 の Flow や Flow Revision リソース) か、Twilio から読んだフローの 2 つのリビジョンです。名前を変えたウィジェットは削除と追加になります。</translation>
    </message>
    <message>
        <source>A definition file; give two (the older first).</source>
        <translation>定義ファイル。2 つ指定します (古いほうが先)。</translation>
    </message>
    <message>
        <source>The flow whose --revision&apos;s to compare.</source>
        <translation>--revision を比較するフロー。</translation>
    </message>
    <message>
        <source>A revision of --flow (its version number); give two (the older first).</source>
        <translation>--flow のリビジョン (バージョン番号)。2 つ指定します (古いほうが先)。</translation>
    </message>
    <message>
        <source>text (default: readable), jsonl (one widget a line: widget, change, paths of path, old, new) or csv (one path a row).</source>
        <translation>text (既定: 読みやすい形式)、jsonl (1 行に 1 ウィジェット: widget、change、path の paths、old、new)、csv (1 行に 1 パス)。</translation>
    </message>
    <message>
        <source>In jsonl a path that is not on one side has null there.</source>
        <translation>jsonl では、片方にないパスはそこが null になります。</translation>
    </message>
    <message>
        <source>--definition %1: %2</source>
        <translation>--definition %1: %2</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or csv</source>
        <translation>--format は text、jsonl、csv のいずれかにしてください</translation>
    </message>
    <message>
        <source>give two --definition files, or --flow with two --revision</source>
        <translation>--definition ファイルを 2 つ、または --flow と --revision を 2 つ指定してください</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow はフローの SID にしてください (FW の後に 16 進 32 桁)</translation>
    </message>
    <message>
        <source>--revision &apos;%1&apos; is not a revision number (1 or more)</source>
        <translation>--revision &apos;%1&apos; はリビジョン番号 (1 以上) ではありません</translation>
    </message>
</context>
<context>
    <name>EndCommand</name>
    <message>
        <source>end stuck executions, once each</source>
        <translation>停止した実行を 1 回ずつ終了</translation>
    </message>
    <message>
        <source>End active executions — stuck ones that block customers — once each, and say what happened to every one. The targets are always only active executions: those named by --sid (looked up in the flows given), or those of the flows that started before a time, read with Studio v2&apos;s status filter. They are listed on standard error before anything is sent. Each is read first (one that has ended meanwhile is &quot;already ended&quot; and gets nothing) and ended with one POST; a POST is sent again only after a 429 or a 503, and after an uncertain answer the execution is re-read instead. Exit 0 when every target has ended, 5 when any failed.</source>
        <translation>アクティブな実行 (顧客を足止めしている停止したもの) を 1 回ずつ終了し、それぞれがどうなったかを示します。対象は常にアクティブな実行だけです: --sid で指定したもの (指定したフローの中から探します)、または指定時刻より前に始まったフローの実行で、Studio v2 のステータスフィルターで読み込みます。送信する前に標準エラー出力に一覧を示します。それぞれまず読み込み (その間に終わったものは「終了済み」で何もしません)、POST 1 回で終了します。POST を再送するのは 429 か 503 の後だけで、不確かな応答の後は代わりに実行を読み直します。すべての対象が終了すれば 0、失敗があれば 5 で終了します。</translation>
    </message>
    <message>
        <source>A flow whose executions to end (FW…); repeat for several. Required.</source>
        <translation>実行を終了するフロー (FW…)。複数なら繰り返し指定します。必須。</translation>
    </message>
    <message>
        <source>An execution to end (FN…), in one of the flows; repeatable.</source>
        <translation>終了する実行 (FN…)。いずれかのフローのもの。複数指定可。</translation>
    </message>
    <message>
        <source>The active executions that started more than HOURS ago.</source>
        <translation>時間数より前に始まったアクティブな実行。</translation>
    </message>
    <message>
        <source>The active executions that started before T (ISO 8601).</source>
        <translation>T より前に始まったアクティブな実行 (ISO 8601)。</translation>
    </message>
    <message>
        <source>Only those of this contact: a phone number as people type it, or a client: or sip: address.</source>
        <translation>この連絡先のものだけ: 入力どおりの電話番号、または client: や sip: のアドレス。</translation>
    </message>
    <message>
        <source>A number is matched on every channel.</source>
        <translation>番号はすべてのチャネルで照合します。</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>+国番号なしで入力した番号の国 (既定: ロケールの国、%1)。</translation>
    </message>
    <message>
        <source>Show what would be ended, and write the audit; send nothing.</source>
        <translation>終了する対象を表示し、監査ログを書き出します。何も送信しません。</translation>
    </message>
    <message>
        <source>Do not ask (needed when standard input is not a terminal).</source>
        <translation>確認しない (標準入力が端末でない場合に必要)。</translation>
    </message>
    <message>
        <source>Without it, end asks on a terminal (more than ten: type their number).</source>
        <translation>これがないと、end は端末で確認します (10 件を超える場合はその件数を入力)。</translation>
    </message>
    <message>
        <source>Executions ended at once, 1 to %1 (default %1).</source>
        <translation>同時に終了する実行の数、1 から %1 (既定 %1)。</translation>
    </message>
    <message>
        <source>Write the audit CSV here (atomically): sid, flow_sid, contact_channel_address, date_created, result, message, ended_at.</source>
        <translation>監査用 CSV をここにアトミックに書き出します: sid, flow_sid, contact_channel_address, date_created, result, message, ended_at。</translation>
    </message>
    <message>
        <source>Written whenever targets were selected, a dry run included.</source>
        <translation>対象が選ばれたときは、ドライランでも必ず書き出します。</translation>
    </message>
    <message>
        <source>say which executions: --sid FN…, --stuck HOURS or --active-before T (one of them)</source>
        <translation>対象の実行を指定してください: --sid FN…、--stuck 時間数、--active-before T (いずれか 1 つ)</translation>
    </message>
    <message>
        <source>an execution SID</source>
        <translation>実行の SID</translation>
    </message>
    <message>
        <source>--stuck must be a number of hours, more than 0 and at most 720</source>
        <translation>--stuck は 0 より大きく 720 以下の時間数にしてください</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <source> Nothing was ended.</source>
        <translation> 何も終了していません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not every flow could be read: nothing was ended</source>
        <translation>読めなかったフローがあります: 何も終了していません</translation>
    </message>
    <message>
        <source>no active execution matches: nothing to end</source>
        <translation>該当するアクティブな実行はありません: 終了するものはありません</translation>
    </message>
    <message>
        <source>1 active execution to end:</source>
        <translation>終了するアクティブな実行 1 件:</translation>
    </message>
    <message>
        <source>%1 active executions to end:</source>
        <translation>終了するアクティブな実行 %1 件:</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>ドライラン: 何も送信していません</translation>
    </message>
    <message>
        <source>refusing to end them without --yes: standard input is not a terminal to ask on</source>
        <translation>--yes なしでは終了しません: 標準入力が確認できる端末ではありません</translation>
    </message>
    <message>
        <source>not confirmed: nothing was sent</source>
        <translation>確認されませんでした: 何も送信していません</translation>
    </message>
    <message numerus="yes">
        <source>%n execution SID(s) given are in none of the flows given</source>
        <translation>
            <numerusform>指定した実行 SID のうち %n 件は、指定したどのフローにもありません</numerusform>
        </translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(連絡先なし)</translation>
    </message>
    <message>
        <source>type %1 to end these %1 executions: </source>
        <translation>これら %1 件の実行を終了するには %1 と入力してください: </translation>
    </message>
    <message>
        <source>end this execution? [y/N] </source>
        <translation>この実行を終了しますか? [y/N] </translation>
    </message>
    <message>
        <source>end these executions? [y/N] </source>
        <translation>これらの実行を終了しますか? [y/N] </translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>Twilio could not fetch the URL</source>
        <translation>Twilio が URL を取得できませんでした</translation>
    </message>
    <message>
        <source>The server took too long to accept the connection</source>
        <translation>サーバーが接続の受け入れに時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>サーバーが接続を拒否しました</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>サーバーの応答に時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>サーバーへの接続に失敗しました</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke HTTP&apos;s rules</source>
        <translation>サーバーの応答が HTTP の規則に違反していました</translation>
    </message>
    <message>
        <source>The URL&apos;s host name does not resolve</source>
        <translation>URL のホスト名を解決できません</translation>
    </message>
    <message>
        <source>The URL redirects too many times</source>
        <translation>URL のリダイレクトが多すぎます</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed</source>
        <translation>サーバーとの TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another domain</source>
        <translation>サーバーの証明書は別のドメインのものです</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>サーバーの証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation>サーバーの証明書チェーンが不完全です</translation>
    </message>
    <message>
        <source>The server&apos;s TwiML could not be parsed</source>
        <translation>サーバーの TwiML を解析できませんでした</translation>
    </message>
    <message>
        <source>The TwiML names a version Twilio does not know</source>
        <translation>TwiML が Twilio の知らないバージョンを指定しています</translation>
    </message>
    <message>
        <source>The TwiML does not start with &lt;Response&gt;</source>
        <translation>TwiML が &lt;Response&gt; で始まっていません</translation>
    </message>
    <message>
        <source>The TwiML does not follow its schema</source>
        <translation>TwiML がスキーマに従っていません</translation>
    </message>
    <message>
        <source>The server answered with the wrong Content-Type</source>
        <translation>サーバーが誤った Content-Type で応答しました</translation>
    </message>
    <message>
        <source>The number dialled is invalid or not supported</source>
        <translation>ダイヤルした番号が無効か、サポートされていません</translation>
    </message>
    <message>
        <source>The number dialled is on Twilio&apos;s block list</source>
        <translation>ダイヤルした番号は Twilio のブロックリストにあります</translation>
    </message>
    <message>
        <source>Calls to that country are off in the geo permissions</source>
        <translation>その国への通話は地域の許可設定で無効になっています</translation>
    </message>
    <message>
        <source>Too many requests at once</source>
        <translation>同時のリクエストが多すぎます</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a valid phone number</source>
        <translation>&apos;To&apos; の番号は有効な電話番号ではありません</translation>
    </message>
    <message>
        <source>Sending SMS to that region is not enabled for the account</source>
        <translation>その地域への SMS 送信はアカウントで有効になっていません</translation>
    </message>
    <message>
        <source>The recipient has opted out (replied STOP)</source>
        <translation>受信者が配信を停止しました (STOP と返信)</translation>
    </message>
    <message>
        <source>The sending number has too many messages queued</source>
        <translation>送信元の番号に待機中のメッセージが多すぎます</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number cannot receive SMS</source>
        <translation>&apos;To&apos; の番号は SMS を受信できません</translation>
    </message>
    <message>
        <source>The &apos;To&apos; number is not a mobile number</source>
        <translation>&apos;To&apos; の番号は携帯番号ではありません</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters</source>
        <translation>メッセージが 1,600 文字を超えています</translation>
    </message>
    <message>
        <source>The message waited too long in the send queue</source>
        <translation>メッセージが送信キューで長く待ちすぎました</translation>
    </message>
    <message>
        <source>The account is suspended</source>
        <translation>アカウントが停止されています</translation>
    </message>
    <message>
        <source>The phone is off or out of reach</source>
        <translation>電話の電源が切れているか、圏外です</translation>
    </message>
    <message>
        <source>The recipient or carrier blocked the message</source>
        <translation>受信者または通信事業者がメッセージをブロックしました</translation>
    </message>
    <message>
        <source>The carrier does not know the number</source>
        <translation>通信事業者がその番号を知りません</translation>
    </message>
    <message>
        <source>A landline, or a carrier that cannot be reached</source>
        <translation>固定電話、または接続できない通信事業者です</translation>
    </message>
    <message>
        <source>The carrier filtered the message</source>
        <translation>通信事業者がメッセージをフィルタリングしました</translation>
    </message>
    <message>
        <source>Delivery failed for a reason the carrier did not give</source>
        <translation>通信事業者が理由を示さずに配信が失敗しました</translation>
    </message>
    <message>
        <source>A part of a multi-part message went missing</source>
        <translation>分割メッセージの一部が失われました</translation>
    </message>
    <message>
        <source>The message would cost more than its maximum price</source>
        <translation>メッセージの料金が上限価格を超えます</translation>
    </message>
    <message>
        <source>The number cannot receive MMS in that region</source>
        <translation>その地域ではこの番号で MMS を受信できません</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too short</source>
        <translation>メッセージの有効期間が短すぎます</translation>
    </message>
    <message>
        <source>The message&apos;s time to live is too long</source>
        <translation>メッセージの有効期間が長すぎます</translation>
    </message>
    <message>
        <source>The &apos;To&apos; address has invalid attributes</source>
        <translation>&apos;To&apos; のアドレスの属性が無効です</translation>
    </message>
    <message>
        <source>The channel is not supported</source>
        <translation>このチャネルはサポートされていません</translation>
    </message>
    <message>
        <source>The &apos;To&apos; and &apos;From&apos; are on channels that do not mix</source>
        <translation>&apos;To&apos; と &apos;From&apos; が混在できないチャネルにあります</translation>
    </message>
    <message>
        <source>The carrier&apos;s network is congested</source>
        <translation>通信事業者のネットワークが混雑しています</translation>
    </message>
    <message>
        <source>The carrier wants the sender ID registered first</source>
        <translation>通信事業者が先に送信者 ID の登録を求めています</translation>
    </message>
    <message>
        <source>The content is larger than the carrier takes</source>
        <translation>内容が通信事業者の受け付けるサイズを超えています</translation>
    </message>
    <message>
        <source>Twilio could not schedule the message</source>
        <translation>Twilio がメッセージを予約できませんでした</translation>
    </message>
    <message>
        <source>Twilio&apos;s messaging service failed internally</source>
        <translation>Twilio のメッセージングサービスが内部で失敗しました</translation>
    </message>
    <message>
        <source>Over the 10DLC campaign&apos;s sending rate</source>
        <translation>10DLC キャンペーンの送信レートを超えています</translation>
    </message>
    <message>
        <source>The 10DLC campaign&apos;s daily cap is reached</source>
        <translation>10DLC キャンペーンの 1 日の上限に達しました</translation>
    </message>
    <message>
        <source>The numeric sender ID is not set up with the carrier</source>
        <translation>数字の送信者 ID が通信事業者に設定されていません</translation>
    </message>
    <message>
        <source>Half of today&apos;s T-Mobile allowance is used</source>
        <translation>本日の T-Mobile の割り当ての半分を使いました</translation>
    </message>
    <message>
        <source>70 % of today&apos;s T-Mobile allowance is used</source>
        <translation>本日の T-Mobile の割り当ての 70 % を使いました</translation>
    </message>
    <message>
        <source>Today&apos;s T-Mobile allowance is used up</source>
        <translation>本日の T-Mobile の割り当てを使い切りました</translation>
    </message>
    <message>
        <source>The request named an API version that is not valid</source>
        <translation>リクエストで指定された API バージョンが無効です</translation>
    </message>
    <message>
        <source>The ContentRetention setting is not valid</source>
        <translation>ContentRetention の設定が無効です</translation>
    </message>
    <message>
        <source>The AddressRetention setting is not valid</source>
        <translation>AddressRetention の設定が無効です</translation>
    </message>
    <message>
        <source>The MaxRate setting is not valid</source>
        <translation>MaxRate の設定が無効です</translation>
    </message>
    <message>
        <source>The toll-free number is not verified yet</source>
        <translation>フリーダイヤル番号がまだ認証されていません</translation>
    </message>
    <message>
        <source>The 10DLC campaign is suspended</source>
        <translation>10DLC キャンペーンが停止されています</translation>
    </message>
    <message>
        <source>The sending number is not registered for 10DLC</source>
        <translation>送信元の番号は 10DLC に登録されていません</translation>
    </message>
    <message>
        <source>The sending number&apos;s 10DLC registration is not finished</source>
        <translation>送信元の番号の 10DLC 登録が完了していません</translation>
    </message>
    <message>
        <source>The voice connection broke</source>
        <translation>音声接続が切れました</translation>
    </message>
    <message>
        <source>The voice transport failed</source>
        <translation>音声の転送に失敗しました</translation>
    </message>
    <message>
        <source>The SIP user dialled is not registered</source>
        <translation>ダイヤルした SIP ユーザーは登録されていません</translation>
    </message>
    <message>
        <source>Twilio could not talk to the SIP infrastructure</source>
        <translation>Twilio が SIP インフラと通信できませんでした</translation>
    </message>
    <message>
        <source>The execution reached Studio&apos;s step limit</source>
        <translation>実行が Studio のステップ上限に達しました</translation>
    </message>
    <message>
        <source>A widget ran in a loop too many times</source>
        <translation>ウィジェットがループで実行された回数が多すぎます</translation>
    </message>
    <message>
        <source>A widget got an event it has no transition for</source>
        <translation>ウィジェットが、遷移のないイベントを受け取りました</translation>
    </message>
    <message>
        <source>Studio could not add a member to the chat channel</source>
        <translation>Studio がチャットチャネルにメンバーを追加できませんでした</translation>
    </message>
    <message>
        <source>No condition of a split matched, and no default</source>
        <translation>分岐の条件がどれも一致せず、既定もありません</translation>
    </message>
    <message>
        <source>Studio could not create the chat channel</source>
        <translation>Studio がチャットチャネルを作成できませんでした</translation>
    </message>
    <message>
        <source>Connecting the call took too long</source>
        <translation>通話の接続に時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The outgoing call could not be connected</source>
        <translation>発信通話を接続できませんでした</translation>
    </message>
    <message>
        <source>Putting the call in a queue took too long</source>
        <translation>通話をキューに入れるのに時間がかかりすぎました</translation>
    </message>
    <message>
        <source>Studio failed internally running a Function</source>
        <translation>Studio が Function の実行中に内部で失敗しました</translation>
    </message>
    <message>
        <source>Studio could not send the message</source>
        <translation>Studio がメッセージを送信できませんでした</translation>
    </message>
    <message>
        <source>Studio could not update the Sync service</source>
        <translation>Studio が Sync サービスを更新できませんでした</translation>
    </message>
    <message>
        <source>Studio could not reach the Understand API</source>
        <translation>Studio が Understand API に接続できませんでした</translation>
    </message>
    <message>
        <source>Studio failed internally making an HTTP request</source>
        <translation>Studio が HTTP リクエストの実行中に内部で失敗しました</translation>
    </message>
    <message>
        <source>Studio could not create the TaskRouter task</source>
        <translation>Studio が TaskRouter のタスクを作成できませんでした</translation>
    </message>
    <message>
        <source>The HTTP request widget&apos;s call failed</source>
        <translation>HTTP リクエストウィジェットの呼び出しが失敗しました</translation>
    </message>
    <message>
        <source>The Function answered with an error</source>
        <translation>Function がエラーを返しました</translation>
    </message>
    <message>
        <source>A {{…}} template in a widget could not be evaluated</source>
        <translation>ウィジェット内の {{…}} テンプレートを評価できませんでした</translation>
    </message>
    <message>
        <source>The phone number uses an API version Studio dropped</source>
        <translation>この電話番号は Studio が廃止した API バージョンを使っています</translation>
    </message>
    <message>
        <source>The flow was started by a trigger it does not have</source>
        <translation>フローが、持っていないトリガーで開始されました</translation>
    </message>
    <message>
        <source>A flow revision must be a number, LatestPublished or LatestRevision</source>
        <translation>フローのリビジョンは数値、LatestPublished、LatestRevision のいずれかにしてください</translation>
    </message>
    <message>
        <source>The flow&apos;s definition is not valid</source>
        <translation>フローの定義が無効です</translation>
    </message>
    <message>
        <source>The REST API call gave malformed To or From</source>
        <translation>REST API の呼び出しで To または From の形式が不正でした</translation>
    </message>
    <message>
        <source>A subflow failed</source>
        <translation>サブフローが失敗しました</translation>
    </message>
    <message>
        <source>The flow has more widgets than Studio allows</source>
        <translation>フローのウィジェット数が Studio の上限を超えています</translation>
    </message>
    <message>
        <source>The execution stopped: the flow has too many widgets</source>
        <translation>実行が停止しました: フローのウィジェットが多すぎます</translation>
    </message>
    <message>
        <source>The Function answered with a 4xx status</source>
        <translation>Function が 4xx のステータスで応答しました</translation>
    </message>
    <message>
        <source>The Function&apos;s answer was an error</source>
        <translation>Function の応答はエラーでした</translation>
    </message>
    <message>
        <source>The Functions deployment failed to install</source>
        <translation>Functions のデプロイをインストールできませんでした</translation>
    </message>
    <message>
        <source>The Function logged a warning</source>
        <translation>Function が警告を記録しました</translation>
    </message>
    <message>
        <source>The Function logged an error</source>
        <translation>Function がエラーを記録しました</translation>
    </message>
    <message>
        <source>The Function&apos;s environment context is too large</source>
        <translation>Function の環境コンテキストが大きすぎます</translation>
    </message>
    <message>
        <source>The Function&apos;s runtime is not supported</source>
        <translation>Function のランタイムはサポートされていません</translation>
    </message>
    <message>
        <source>The Function&apos;s headers or cookies are too large</source>
        <translation>Function のヘッダーまたは Cookie が大きすぎます</translation>
    </message>
    <message>
        <source>The Function returned a header with several values</source>
        <translation>Function が複数の値を持つヘッダーを返しました</translation>
    </message>
    <message>
        <source>retrying helps</source>
        <translation>再試行で解決します</translation>
    </message>
    <message>
        <source>retrying does not help</source>
        <translation>再試行では解決しません</translation>
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
        <translation>チケット用に 1 件の実行を JSON で</translation>
    </message>
    <message>
        <source>Fetch one execution for a ticket: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}, each part exactly as the API returned it. The argument is an FN… SID (with --flow), a Twilio Console link or an API URL to the execution. One that names no single execution is refused before any request (exit 2); an unknown one exits 4.</source>
        <translation>チケット用に 1 件の実行を取得します: {&quot;execution&quot;: …, &quot;context&quot;: …, &quot;steps&quot;: […]}。各部分は API が返したとおりです。引数は FN… SID (--flow と共に)、Twilio Console のリンク、または実行の API URL です。1 件の実行を指さないものはリクエスト前に拒否し (終了コード 2)、不明なものは 4 で終了します。</translation>
    </message>
    <message>
        <source>The flow of a bare FN… SID (links name it themselves).</source>
        <translation>単独の FN… SID のフロー (リンクにはフローが含まれています)。</translation>
    </message>
    <message>
        <source>Add the execution&apos;s steps, oldest first, each as the API returned it.</source>
        <translation>実行のステップを古い順に、それぞれ API が返したとおりに追加します。</translation>
    </message>
    <message>
        <source>Add what Twilio kept beside it: the messages and calls it sent and got, and the Debugger alerts of its time that name it, each pinned to the step it belongs to.</source>
        <translation>Twilio がその横に保持していたものを追加します: 送受信したメッセージと通話、その時間帯にその実行を名指しした Debugger アラート。それぞれ属するステップに結び付けます。</translation>
    </message>
    <message>
        <source>Writes &quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]}: each resource as the API returned it, with &quot;step&quot; (the SID of its step, or null) and &quot;widget&quot; first; an alert also &quot;probable&quot; when it names only the flow and was placed by its time and URL. A resource past its retention is {&quot;available&quot;: false, &quot;reason&quot;}; alerts are null when this key cannot read the Debugger.</source>
        <translation>&quot;related&quot;: {&quot;messages&quot;: […], &quot;calls&quot;: […], &quot;alerts&quot;: […]} を書き出します。各リソースは API が返したとおりで、先頭に &quot;step&quot; (ステップの SID または null) と &quot;widget&quot; が付きます。アラートがフローだけを名指しし、時刻と URL で位置を決めた場合は &quot;probable&quot; も付きます。保持期間を過ぎたリソースは {&quot;available&quot;: false, &quot;reason&quot;} となり、このキーで Debugger を読めない場合 alerts は null です。</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (members keep their order).</source>
        <translation>読みやすいように JSON をインデントします (メンバーの順序は変えません)。</translation>
    </message>
    <message>
        <source>Also draw the execution&apos;s path on the flow&apos;s diagram (the revision it ran on) to FILE.svg or FILE.png; no display needed.</source>
        <translation>実行の経路をフローの図 (実行時のリビジョン) にも描き、ファイル.svg またはファイル.png に出力します。ディスプレイは不要です。</translation>
    </message>
    <message>
        <source>Standard error says which revision was drawn.</source>
        <translation>どのリビジョンを描いたかは標準エラー出力に示します。</translation>
    </message>
    <message>
        <source>Read the execution from the archive (flowscope archive sync), not from Twilio: any date, offline, the same JSON.</source>
        <translation>Twilio ではなくアーカイブ (flowscope archive sync) から実行を読みます。日付を問わず、オフラインで、同じ JSON が得られます。</translation>
    </message>
    <message>
        <source>--related gives what a sync with --related kept; --diagram still reads the flow&apos;s definition from Twilio.</source>
        <translation>--related は --related 付きの同期が保持したものを返します。--diagram はフローの定義を引き続き Twilio から読みます。</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow はフローの SID にしてください (FW の後に 16 進 32 桁)</translation>
    </message>
    <message>
        <source>that link opens a view, not an execution: flowscope executions --view LINK</source>
        <translation>そのリンクが開くのはビューで、実行ではありません: flowscope executions --view リンク</translation>
    </message>
    <message>
        <source>the link&apos;s execution is of flow %1, not of --flow %2</source>
        <translation>リンクの実行はフロー %1 のもので、--flow %2 のものではありません</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>--flow を指定してください</translation>
    </message>
    <message>
        <source>--diagram: the file name must end in .svg or .png</source>
        <translation>--diagram: ファイル名は .svg か .png で終わる必要があります</translation>
    </message>
    <message>
        <source>--diagram: this build cannot draw</source>
        <translation>--diagram: このビルドでは描画できません</translation>
    </message>
</context>
<context>
    <name>ExecutionQuery</name>
    <message>
        <source>Pick a flow first.</source>
        <translation>まずフローを選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits.</source>
        <translation>&apos;%1&apos; はフローの SID ではありません: FW の後に 16 進 32 桁が必要です。</translation>
    </message>
    <message>
        <source>The date range is not a valid time.</source>
        <translation>日付の範囲が有効な時刻ではありません。</translation>
    </message>
    <message>
        <source>The start of the range must be before its end.</source>
        <translation>範囲の開始は終了より前にしてください。</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 1000, not %1.</source>
        <translation>ページサイズは 1 から 1000 までにしてください (%1 は不可)。</translation>
    </message>
</context>
<context>
    <name>ExecutionRef</name>
    <message>
        <source>No execution SID found: paste an FN… SID (FN and 32 hex digits) or a Twilio Console link to an execution.</source>
        <translation>実行の SID が見つかりません: FN… SID (FN と 16 進 32 桁) か、実行への Twilio Console のリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>That names %1 executions; paste one.</source>
        <translation>%1 件の実行を指しています。1 件を貼り付けてください。</translation>
    </message>
    <message>
        <source>That names %1 flows; paste one execution&apos;s link or SID.</source>
        <translation>%1 個のフローを指しています。1 件の実行のリンクか SID を貼り付けてください。</translation>
    </message>
    <message>
        <source>Studio finds an execution within its flow: %1, or paste a Twilio Console link, which names both.</source>
        <translation>Studio は実行をそのフローの中で探します: %1。または両方を含む Twilio Console のリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>pick the flow first</source>
        <translation>まずフローを選んでください</translation>
    </message>
    <message>
        <source>the execution has no sid</source>
        <translation>実行に sid がありません</translation>
    </message>
</context>
<context>
    <name>ExecutionsCommand</name>
    <message>
        <source>export a flow&apos;s executions</source>
        <translation>フローの実行をエクスポート</translation>
    </message>
    <message>
        <source>Export a flow&apos;s executions, newest first, streamed as they arrive.</source>
        <translation>フローの実行を新しい順に、届いた順にストリーミングでエクスポートします。</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (FW followed by 32 hex digits).</source>
        <translation>フローの SID (FW の後に 16 進 32 桁)。</translation>
    </message>
    <message>
        <source>A saved view (flowscope views list) or a flowscope://view link: its flow, range, filters and columns; options given beside it win.</source>
        <translation>保存したビュー (flowscope views list) または flowscope://view リンク: そのフロー、範囲、フィルター、列。並べて指定したオプションが優先されます。</translation>
    </message>
    <message>
        <source>A relative range (last-24-hours) is counted from now. Columns the outcome gives (ended_at, last_event, step_count, error_code) turn --outcome on.</source>
        <translation>相対的な範囲 (last-24-hours) は現在から数えます。結果から得られる列 (ended_at, last_event, step_count, error_code) を指定すると --outcome が有効になります。</translation>
    </message>
    <message>
        <source>Only executions started at or after T: ISO 8601 with Z or an offset, or local time without one.</source>
        <translation>T 以降に始まった実行のみ: Z かオフセット付きの ISO 8601、またはオフセットなしのローカル時刻。</translation>
    </message>
    <message>
        <source>2026-11-01T09:00:00+05:30; a date alone is local midnight.</source>
        <translation>2026-11-01T09:00:00+05:30。日付だけならローカルの午前 0 時です。</translation>
    </message>
    <message>
        <source>Only executions started before T.</source>
        <translation>T より前に始まった実行のみ。</translation>
    </message>
    <message>
        <source>Executions per request, 1 to 1000 (default 1000).</source>
        <translation>1 リクエストあたりの実行数、1 から 1000 (既定 1000)。</translation>
    </message>
    <message>
        <source>Stop after N executions read (crawls sequentially); the filters then write those of them they keep.</source>
        <translation>N 件の実行を読んだら止めます (順に読みます)。その後、フィルターが残したものを書き出します。</translation>
    </message>
    <message>
        <source>Only the executions that failed (reads each one&apos;s outcome, as --outcome does).</source>
        <translation>失敗した実行のみ (--outcome と同様に各実行の結果を読みます)。</translation>
    </message>
    <message>
        <source>Only the executions whose SID or contact address holds TEXT (any case), as the window&apos;s quick filter.</source>
        <translation>SID または連絡先アドレスに TEXT を含む実行のみ (大文字小文字を区別しない)。ウィンドウのクイックフィルターと同じです。</translation>
    </message>
    <message>
        <source>csv (default, RFC 4180), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells, for people; needs -o).</source>
        <translation>csv (既定、RFC 4180)、tsv、jsonl (各実行を API が返したとおりに)、xlsx (型付きセルのワークブック、人が読む用。-o が必要)。</translation>
    </message>
    <message>
        <source>csv has a header of API field names and CRLF line ends; tsv uses the same quoting with tabs.</source>
        <translation>csv には API のフィールド名のヘッダーがあり、行末は CRLF です。tsv は同じ引用規則でタブを使います。</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>csv/tsv/xlsx のカンマ区切りの列: %1 (既定 %2)。</translation>
    </message>
    <message>
        <source>Fetch each execution&apos;s context and add it as a &apos;context&apos; column of compact JSON (csv/tsv) or field (jsonl).</source>
        <translation>各実行のコンテキストを取得し、コンパクトな JSON の &apos;context&apos; 列 (csv/tsv) またはフィールド (jsonl) として追加します。</translation>
    </message>
    <message>
        <source>Add a column with the value at PATH in the context, e.g. widgets.gather_1.Digits (repeatable).</source>
        <translation>コンテキスト内のパスの値を列として追加します。例: widgets.gather_1.Digits (複数指定可)。</translation>
    </message>
    <message>
        <source>As a Studio variable names it: flow.data[&quot;first name&quot;] works too.</source>
        <translation>Studio の変数と同じ書き方です: flow.data[&quot;first name&quot;] も使えます。</translation>
    </message>
    <message>
        <source>Write times in local time with their offset instead of UTC as the API gives them.</source>
        <translation>時刻を、API が返す UTC ではなく、オフセット付きのローカル時刻で書き出します。</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>ファイルの先頭に UTF-8 のバイトオーダーマークを付けます (Excel 用)。</translation>
    </message>
    <message>
        <source>Write cells verbatim, even those a spreadsheet would run as formulas (= + - @ TAB CR).</source>
        <translation>スプレッドシートが数式として実行するセル (= + - @ TAB CR) も、そのまま書き出します。</translation>
    </message>
    <message>
        <source>By default such a cell gets a leading apostrophe; plain numbers and E.164 phone numbers stay as they are.</source>
        <translation>既定ではそのようなセルの先頭にアポストロフィを付けます。単純な数値と E.164 の電話番号はそのままです。</translation>
    </message>
    <message>
        <source>Read each execution&apos;s steps and add its outcome: ended_at, last_event, step_count and failed columns (jsonl: an &apos;outcome&apos; object). Failed means a failure event (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) or a widget&apos;s status_code of 400 or more.</source>
        <translation>各実行のステップを読み、結果を追加します: ended_at、last_event、step_count、failed の列 (jsonl: &apos;outcome&apos; オブジェクト)。失敗とは、失敗イベント (failed, fail, timeout, deliveryFailure, callFailure, failedToEnqueue, noAnswer, busy) またはウィジェットの status_code が 400 以上であることです。</translation>
    </message>
    <message>
        <source>Unknown outcomes are written, counted on standard error, and make the command exit 5 when a request failed for good.</source>
        <translation>不明な結果は書き出して標準エラー出力で数え、リクエストが最終的に失敗した場合はコマンドを 5 で終了します。</translation>
    </message>
    <message>
        <source>Requests in flight at most for --outcome and --context (default %1 with --outcome, 8 for --context alone).</source>
        <translation>--outcome と --context の同時リクエストの上限 (既定: --outcome では %1、--context のみなら 8)。</translation>
    </message>
    <message>
        <source>Shared between the slices.</source>
        <translation>スライス間で共有します。</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4; 1 is a plain sequential crawl).</source>
        <translation>K 個の時間スライスを同時に読みます (既定 4。1 は単純な順次読み込み)。</translation>
    </message>
    <message>
        <source>The output is the same bytes either way: each SID is written once, the first time it comes. Slices that wait their turn are spooled to unnamed temporary files beside the output file, so memory does not grow with the rows.</source>
        <translation>どちらでも出力はバイト単位で同じです: 各 SID は最初に届いたときに 1 回だけ書き出します。順番待ちのスライスは出力ファイルの横の名前のない一時ファイルに退避するので、行数が増えてもメモリは増えません。</translation>
    </message>
    <message>
        <source>Read the executions from the archive (flowscope archive sync), not from Twilio: any date, offline, the same output.</source>
        <translation>Twilio ではなくアーカイブ (flowscope archive sync) から実行を読みます。日付を問わず、オフラインで、同じ出力が得られます。</translation>
    </message>
    <message>
        <source>--outcome gives what the sync read; --page-size, --parallel and --concurrency do not apply.</source>
        <translation>--outcome は同期が読んだものを返します。--page-size、--parallel、--concurrency は適用されません。</translation>
    </message>
    <message>
        <source>--view: that link opens an execution: flowscope execution LINK</source>
        <translation>--view: そのリンクが開くのは実行です: flowscope execution リンク</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>&apos;%1&apos; という名前のビューはありません (flowscope views list)</translation>
    </message>
    <message>
        <source>--flow or --view is required (see --help)</source>
        <translation>--flow または --view が必要です (--help を参照)</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 1000</source>
        <translation>--page-size は 1 から 1000 までの数値にしてください</translation>
    </message>
    <message>
        <source>--limit must be a number of executions, 0 or more</source>
        <translation>--limit は 0 以上の実行数にしてください</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>スライスの数</translation>
    </message>
    <message>
        <source>--context-path &apos;%1&apos; is not a path such as widgets.gather_1.Digits or flow.data[&quot;first name&quot;]</source>
        <translation>--context-path &apos;%1&apos; は widgets.gather_1.Digits や flow.data[&quot;first name&quot;] のようなパスではありません</translation>
    </message>
</context>
<context>
    <name>ExecutionsExport</name>
    <message>
        <source> Nothing was written.</source>
        <translation> 何も書き出していません。</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are written as unknown</source>
        <translation>警告: アーカイブには %1 件の実行の結果がありません。不明として書き出します</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) had no context any more (expired?); their context is null.</source>
        <translation>警告: %1 件の実行にはもうコンテキストがありませんでした (期限切れ?)。コンテキストは null です。</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>the page is %1</source>
        <translation>ページは %1 です</translation>
    </message>
    <message>
        <source>the page is not a JSON object</source>
        <translation>ページが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url が文字列ではありません</translation>
    </message>
    <message>
        <source>the page has no meta object</source>
        <translation>ページに meta オブジェクトがありません</translation>
    </message>
    <message>
        <source>the page has no &apos;%1&apos; array</source>
        <translation>ページに &apos;%1&apos; 配列がありません</translation>
    </message>
    <message>
        <source>item %1 of the page is not an object</source>
        <translation>ページの項目 %1 がオブジェクトではありません</translation>
    </message>
    <message>
        <source>the page&apos;s &apos;%1&apos; array could not be delimited</source>
        <translation>ページの &apos;%1&apos; 配列の範囲を特定できませんでした</translation>
    </message>
    <message>
        <source>the answer is not one execution</source>
        <translation>応答が 1 件の実行ではありません</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message numerus="yes">
        <source>%n row(s) had text longer than a spreadsheet cell holds (32,767 characters); it was cut there and marked. Export JSONL for the whole text.</source>
        <translation>
            <numerusform>%n 行に、スプレッドシートのセルに収まる長さ (32,767 文字) を超えるテキストがありました。そこで切り詰めて印を付けています。全文が必要なら JSONL でエクスポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows continue on %n sheet(s) (a sheet holds 1,048,575 rows).</source>
        <translation>
            <numerusform>行は続く %n 枚のシートにあります (1 シートは 1,048,575 行まで)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>The flow definition is %1.</source>
        <translation>フロー定義は %1 です。</translation>
    </message>
    <message>
        <source>The flow definition is not a JSON object.</source>
        <translation>フロー定義が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The flow definition has no &quot;states&quot; list, so it is not a Studio flow.</source>
        <translation>フロー定義に &quot;states&quot; のリストがないため、Studio のフローではありません。</translation>
    </message>
    <message>
        <source>The flow definition&apos;s &quot;states&quot; is not a list.</source>
        <translation>フロー定義の &quot;states&quot; がリストではありません。</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; is not an object; it is left out.</source>
        <translation>&quot;states&quot; のエントリ %1 はオブジェクトではないため、除外します。</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;states&quot; has no name; it is drawn as &quot;%2&quot;.</source>
        <translation>&quot;states&quot; のエントリ %1 には名前がないため、&quot;%2&quot; として描きます。</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; names its target with &quot;name&quot; instead of &quot;next&quot;; read as &quot;next&quot;.</source>
        <translation>%1: &quot;%2&quot; の遷移が移動先を &quot;next&quot; ではなく &quot;name&quot; で指定しています。&quot;next&quot; として読みます。</translation>
    </message>
    <message>
        <source>Two widgets are named &quot;%1&quot;; steps are drawn on the first.</source>
        <translation>&quot;%1&quot; という名前のウィジェットが 2 つあります。ステップは最初のものに描きます。</translation>
    </message>
    <message>
        <source>The initial state &quot;%1&quot; is not a widget of the flow.</source>
        <translation>初期状態 &quot;%1&quot; はフローのウィジェットではありません。</translation>
    </message>
    <message>
        <source>%1: the transition on &quot;%2&quot; leads to &quot;%3&quot;, which is not a widget of the flow.</source>
        <translation>%1: &quot;%2&quot; の遷移の行き先 &quot;%3&quot; はフローのウィジェットではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) had no position on the canvas; drawn in a row below the others.</source>
        <translation>
            <numerusform>%n 個のウィジェットにキャンバス上の位置がありませんでした。他のウィジェットの下に 1 列に並べて描きます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowPath</name>
    <message>
        <source>&quot;%1&quot; is not a widget of this definition (renamed or removed since?); it is drawn apart.</source>
        <translation>&quot;%1&quot; はこの定義のウィジェットではありません (その後名前が変わったか削除された?)。離して描きます。</translation>
    </message>
    <message>
        <source>(subflow)</source>
        <translation>(サブフロー)</translation>
    </message>
    <message>
        <source>%1: the step on &quot;%2&quot; to &quot;%3&quot; is not a transition of this definition; drawn as a loose edge.</source>
        <translation>%1: &quot;%2&quot; から &quot;%3&quot; へのステップはこの定義の遷移ではありません。つながっていない辺として描きます。</translation>
    </message>
</context>
<context>
    <name>FlowScopeLink</name>
    <message>
        <source>That link is longer than %1 characters; FlowScope makes none so long.</source>
        <translation>このリンクは %1 文字を超えています。FlowScope はそれほど長いリンクを作りません。</translation>
    </message>
    <message>
        <source>That is not a FlowScope link (flowscope://execution/FN…?flow=FW… or flowscope://view?…).</source>
        <translation>FlowScope のリンクではありません (flowscope://execution/FN…?flow=FW… または flowscope://view?…)。</translation>
    </message>
    <message>
        <source>A FlowScope link holds no spaces, control or non-ASCII characters; copy it again.</source>
        <translation>FlowScope のリンクには空白、制御文字、ASCII 以外の文字は含まれません。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>A FlowScope link starts flowscope:// .</source>
        <translation>FlowScope のリンクは flowscope:// で始まります。</translation>
    </message>
    <message>
        <source>A FlowScope link names what to show, never a user, password, host or port; this one does, and is not opened.</source>
        <translation>FlowScope のリンクは表示する対象を示すだけで、ユーザー、パスワード、ホスト、ポートは含みません。このリンクには含まれているため開きません。</translation>
    </message>
    <message>
        <source>A FlowScope link opens an execution or a view (flowscope://execution/… or flowscope://view?…).</source>
        <translation>FlowScope のリンクは実行かビューを開きます (flowscope://execution/… または flowscope://view?…)。</translation>
    </message>
    <message>
        <source>That link gives &apos;%1&apos; more than once; it is not opened.</source>
        <translation>このリンクは &apos;%1&apos; を 2 回以上指定しているため開きません。</translation>
    </message>
    <message>
        <source>The link&apos;s account is not an account SID (AC and 32 hex digits).</source>
        <translation>リンクのアカウントが Account SID (AC と 16 進 32 桁) ではありません。</translation>
    </message>
    <message>
        <source>The link names no execution: flowscope://execution/FN… (FN and 32 hex digits).</source>
        <translation>リンクが実行を指していません: flowscope://execution/FN… (FN と 16 進 32 桁)。</translation>
    </message>
    <message>
        <source>The link names no flow: …?flow=FW… (FW and 32 hex digits); Studio finds an execution within its flow.</source>
        <translation>リンクがフローを指していません: …?flow=FW… (FW と 16 進 32 桁)。Studio は実行をそのフローの中で探します。</translation>
    </message>
    <message>
        <source>A view&apos;s link is flowscope://view?… with nothing between view and ?.</source>
        <translation>ビューのリンクは flowscope://view?… で、view と ? の間には何も入りません。</translation>
    </message>
    <message>
        <source>That view link cannot be opened: %1.</source>
        <translation>このビューのリンクは開けません: %1。</translation>
    </message>
</context>
<context>
    <name>FlowTraffic</name>
    <message numerus="yes">
        <source>%n widget(s) that executions passed through are not in this definition (renamed or removed since they ran?): %1 — drawn apart.</source>
        <translation>
            <numerusform>実行が通った %n 個のウィジェットがこの定義にありません (実行後に名前が変わったか削除された?): %1 — 離して描きます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) took a transition this definition does not have; drawn dashed.</source>
        <translation>
            <numerusform>%n 件の実行が、この定義にない遷移をたどりました。破線で描きます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsCommand</name>
    <message>
        <source>list the account&apos;s flows</source>
        <translation>アカウントのフローを一覧表示</translation>
    </message>
    <message>
        <source>List the account&apos;s Studio flows: sid, friendly_name, status, version, date_created, date_updated.</source>
        <translation>アカウントの Studio フローを一覧表示します: sid, friendly_name, status, version, date_created, date_updated。</translation>
    </message>
    <message>
        <source>tsv (default), csv or jsonl (each flow exactly as the API returned it).</source>
        <translation>tsv (既定)、csv、jsonl (各フローを API が返したとおりに)。</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>有効な JSON ではありません: 空です</translation>
    </message>
    <message>
        <source>not valid JSON: it looks like an HTML or XML page</source>
        <translation>有効な JSON ではありません: HTML か XML のページのようです</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes in the middle of a string (cut off on the way?)</source>
        <translation>有効な JSON ではありません: 文字列の途中、%1 バイトで終わっています (途中で切れた?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with an object or array still open (cut off on the way?)</source>
        <translation>有効な JSON ではありません: オブジェクトか配列が開いたまま %1 バイトで終わっています (途中で切れた?)</translation>
    </message>
    <message>
        <source>not valid JSON: it ends after %1 bytes with %2 objects or arrays still open (cut off on the way?)</source>
        <translation>有効な JSON ではありません: %2 個のオブジェクトか配列が開いたまま %1 バイトで終わっています (途中で切れた?)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>有効な JSON ではありません</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>a flowscope:// link to an execution or a saved view</source>
        <translation>実行または保存したビューへの flowscope:// リンク</translation>
    </message>
    <message>
        <source>Print a flowscope:// link for a ticket or a chat: a colleague&apos;s click opens it in their FlowScope window (the one running, or a new one). The link names the execution and its flow, or a view&apos;s query, and the account they are of — never credentials or an origin. An execution is given by its SID with --flow, or by a Console link; a view by its name (flowscope views list).</source>
        <translation>チケットやチャット用に flowscope:// リンクを出力します。同僚がクリックすると、その人の FlowScope ウィンドウ (開いているもの、または新しいもの) で開きます。リンクには実行とそのフロー、またはビューのクエリ、そしてそれらが属するアカウントが含まれます。認証情報やオリジンは決して含みません。実行は SID と --flow、または Console のリンクで、ビューは名前 (flowscope views list) で指定します。</translation>
    </message>
    <message>
        <source>The execution&apos;s flow (FW…); a Console link names it already.</source>
        <translation>実行のフロー (FW…)。Console のリンクにはすでに含まれています。</translation>
    </message>
    <message>
        <source>A saved view of the profile.</source>
        <translation>プロファイルの保存済みビュー。</translation>
    </message>
    <message>
        <source>give an execution or --view, not both</source>
        <translation>実行か --view のどちらかを指定してください (両方は不可)</translation>
    </message>
    <message>
        <source>give one execution (FN… with --flow, or a link), or --view NAME</source>
        <translation>実行 (--flow 付きの FN…、またはリンク) か --view 名前 を 1 つ指定してください</translation>
    </message>
    <message>
        <source>--flow must be a flow SID (FW followed by 32 hex digits)</source>
        <translation>--flow はフローの SID にしてください (FW の後に 16 進 32 桁)</translation>
    </message>
    <message>
        <source>give --flow</source>
        <translation>--flow を指定してください</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>the execution has ended but lists no steps</source>
        <translation>実行は終了していますが、ステップがありません</translation>
    </message>
    <message>
        <source>its context could not be read to check the widgets&apos; status codes</source>
        <translation>ウィジェットのステータスコードを確かめるためのコンテキストを読めませんでした</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 の応答は %2</translation>
    </message>
    <message>
        <source>%1: its message was not delivered (%2)</source>
        <translation>%1: メッセージは配信されませんでした (%2)</translation>
    </message>
    <message>
        <source>%1: its message was not delivered</source>
        <translation>%1: メッセージは配信されませんでした</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>a workbook is a file, not text for a terminal or a pipe: give -o FILE.xlsx</source>
        <translation>ワークブックはファイルであり、端末やパイプ向けのテキストではありません: -o ファイル.xlsx を指定してください</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>標準出力に書き込めません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the output could not be written (disk full?); an existing file was left as it was</source>
        <translation>出力を書き込めませんでした (ディスクがいっぱい?)。既存のファイルはそのままです</translation>
    </message>
    <message>
        <source>the output could not be written to %1 (is it full?)</source>
        <translation>%1 に出力を書き込めませんでした (いっぱいでは?)</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>出力を書き込めませんでした</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>PostgresArchive</name>
    <message>
        <source>the archive %1 needs Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql), which is not installed</source>
        <translation>アーカイブ %1 には Qt の PostgreSQL ドライバー (Debian: libqt6sql6-psql) が必要ですが、インストールされていません</translation>
    </message>
    <message>
        <source>the archive %1 could not be reached: %2</source>
        <translation>アーカイブ %1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>アーカイブ %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>アーカイブ %1: %2</translation>
    </message>
    <message>
        <source>the archive %1: preparing it: %2</source>
        <translation>アーカイブ %1: 準備中: %2</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>アーカイブ %1 は新しい FlowScope で作成されました (スキーマ %2。このバージョンは %3 まで読めます)。アーカイブはそのままです</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>移行中</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 の書き込み中</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>テキスト索引の書き込み中</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>テキストの索引付け中</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>削除中</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>A profile name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>プロファイル名は 1 から 64 文字の英字、数字、空白、ピリオド、ハイフン、アンダースコアです。</translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hexadecimal digits.</source>
        <translation>Account SID は AC の後に 16 進 32 桁にしてください。</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hexadecimal digits.</source>
        <translation>API キーの SID は SK の後に 16 進 32 桁にしてください。</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>プロファイル &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>プロファイル &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>saved accounts</source>
        <translation>保存済みアカウント</translation>
    </message>
    <message>
        <source>Saved accounts, as twilio-cli&apos;s profiles: the secret in the OS keychain (service flowscope), the rest in the settings file. add reads the secret (the Auth Token, or the API key&apos;s secret with --api-key) from standard input when it is not a terminal, else asks for it without echo — never from an argument; without a keychain that answers, or with it locked, nothing is written and the exit status is 7. list shows each profile&apos;s account, region, edge, origin and whether its secret is in the keychain, never the secret. remove deletes the keychain entry, then the profile. use makes a profile the one the window and the commands open by default.</source>
        <translation>twilio-cli のプロファイルと同様の保存済みアカウントです。シークレットは OS のキーチェーン (サービス flowscope) に、それ以外は設定ファイルに保存します。add はシークレット (Auth Token、または --api-key 指定時は API キーのシークレット) を、標準入力が端末でなければそこから読み、端末ならエコーなしで尋ねます。引数から受け取ることはありません。応答するキーチェーンがないかロックされている場合は何も書き込まず、終了コードは 7 です。list は各プロファイルのアカウント、リージョン、エッジ、オリジン、シークレットがキーチェーンにあるかを表示し、シークレット自体は決して表示しません。remove はキーチェーンのエントリを削除してからプロファイルを削除します。use はウィンドウとコマンドが既定で開くプロファイルを設定します。</translation>
    </message>
    <message>
        <source>list: tsv (default) or jsonl.</source>
        <translation>list: tsv (既定) または jsonl。</translation>
    </message>
    <message>
        <source>add: the Account SID (AC…). Required.</source>
        <translation>add: Account SID (AC…)。必須。</translation>
    </message>
    <message>
        <source>add: sign in with this API key (SK…); the secret read is then its secret.</source>
        <translation>add: この API キー (SK…) でサインインします。読み取ったシークレットはそのキーのものになります。</translation>
    </message>
    <message>
        <source>add: Twilio region, e.g. ie1.</source>
        <translation>add: Twilio のリージョン。例: ie1。</translation>
    </message>
    <message>
        <source>add: Twilio edge, e.g. dublin.</source>
        <translation>add: Twilio のエッジ。例: dublin。</translation>
    </message>
    <message>
        <source>add: another API origin (a sandbox; http only for loopback).</source>
        <translation>add: 別の API オリジン (サンドボックス。http はループバックのみ)。</translation>
    </message>
    <message>
        <source>add: replace a profile of that name.</source>
        <translation>add: 同じ名前のプロファイルを置き換えます。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>that option is not one of profiles %1 (see --help)</source>
        <translation>そのオプションは profiles %1 のものではありません (--help を参照)</translation>
    </message>
    <message>
        <source>profiles list takes no name</source>
        <translation>profiles list は名前を取りません</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of profiles: the actions are list, add, remove and use</source>
        <translation>profiles の不明な操作 &apos;%1&apos;。操作は list、add、remove、use です</translation>
    </message>
    <message>
        <source>profiles %1 takes one profile name</source>
        <translation>profiles %1 にはプロファイル名を 1 つ指定します</translation>
    </message>
    <message>
        <source>say what to do: profiles %1</source>
        <translation>何をするか指定してください: profiles %1</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format は tsv または jsonl にしてください</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (flowscope profiles list)</source>
        <translation>&apos;%1&apos; という名前のプロファイルはありません (flowscope profiles list)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the profile the window and the commands open.</source>
        <translation>&apos;%1&apos; がウィンドウとコマンドが開くプロファイルになりました。</translation>
    </message>
    <message>
        <source>; profile &apos;%1&apos; was kept</source>
        <translation>。プロファイル &apos;%1&apos; は残しました</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; and its secret.</source>
        <translation>プロファイル &apos;%1&apos; とそのシークレットを削除しました。</translation>
    </message>
    <message>
        <source>--account-sid is required</source>
        <translation>--account-sid は必須です</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists; give --force to replace it</source>
        <translation>&apos;%1&apos; という名前のプロファイルがあります。置き換えるには --force を指定してください</translation>
    </message>
    <message>
        <source>Secret of API key %1</source>
        <translation>API キー %1 のシークレット</translation>
    </message>
    <message>
        <source>Auth Token of %1</source>
        <translation>%1 の Auth Token</translation>
    </message>
    <message>
        <source>no secret was given (pipe it on standard input, or type it at the prompt); nothing was saved</source>
        <translation>シークレットが指定されませんでした (標準入力から渡すか、プロンプトで入力してください)。何も保存していません</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>。何も保存していません</translation>
    </message>
    <message>
        <source>Saved profile &apos;%1&apos;; its secret is in the keychain.</source>
        <translation>プロファイル &apos;%1&apos; を保存しました。シークレットはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>no keychain answers (a Secret Service such as GNOME Keyring or KWallet): %1</source>
        <translation>応答するキーチェーンがありません (GNOME Keyring や KWallet などの Secret Service): %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>キーチェーンが拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>Related</name>
    <message>
        <source>Message %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>メッセージ %1: Twilio にもうありません (削除されたか保持期間を過ぎました)</translation>
    </message>
    <message>
        <source>Message %1 (not read)</source>
        <translation>メッセージ %1 (未読込)</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>メッセージ %1: %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>%1 からのメッセージ: %2</translation>
    </message>
    <message>
        <source>Message to %1: %2 — %3</source>
        <translation>%1 へのメッセージ: %2 — %3</translation>
    </message>
    <message>
        <source>Message to %1: %2</source>
        <translation>%1 へのメッセージ: %2</translation>
    </message>
    <message>
        <source>Call %1: no longer at Twilio (deleted, or past its retention)</source>
        <translation>通話 %1: Twilio にもうありません (削除されたか保持期間を過ぎました)</translation>
    </message>
    <message>
        <source>Call %1 (not read)</source>
        <translation>通話 %1 (未読込)</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>通話 %1: %2</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3, %4 s</source>
        <translation>通話 %1 → %2: %3、%4 秒</translation>
    </message>
    <message>
        <source>Call %1 → %2: %3</source>
        <translation>通話 %1 → %2: %3</translation>
    </message>
    <message>
        <source>Debugger %1: %2 (probable: it names only the flow)</source>
        <translation>Debugger %1: %2 (推定: フローだけを名指ししています)</translation>
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
        <translation>SMS なし</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>通話 %1</translation>
    </message>
    <message>
        <source>call gone</source>
        <translation>通話なし</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
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
        <translation>Twilio にもうありません (削除されたか保持期間を過ぎました)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未読込</translation>
    </message>
    <message>
        <source>not what execution --related writes</source>
        <translation>execution --related が書き出す形式ではありません</translation>
    </message>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>このキーでは Debugger を読めません</translation>
    </message>
</context>
<context>
    <name>RelatedResources</name>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>its &apos;sid&apos; is not a %1 SID</source>
        <translation>&apos;sid&apos; が %1 の SID ではありません</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source> Nothing was written.</source>
        <translation> 何も書き出していません。</translation>
    </message>
    <message>
        <source>%1&apos;s definition could not be read: %2 Nothing was written.</source>
        <translation>%1 の定義を読めませんでした: %2 何も書き出していません。</translation>
    </message>
    <message>
        <source>warning: %1&apos;s revisions could not be listed (%2); published_at is left empty</source>
        <translation>警告: %1 のリビジョンを一覧できませんでした (%2)。published_at は空のままです</translation>
    </message>
    <message>
        <source>the archive holds none of its revisions</source>
        <translation>アーカイブにはそのリビジョンが 1 つもありません</translation>
    </message>
    <message>
        <source>%1&apos;s definition: %2. Nothing was written.</source>
        <translation>%1 の定義: %2。何も書き出していません。</translation>
    </message>
    <message>
        <source>warning: the archive holds no outcome for %1 execution(s); they are counted as unknown</source>
        <translation>警告: アーカイブには %1 件の実行の結果がありません。不明として数えます</translation>
    </message>
    <message>
        <source>warning: %1 execution(s) did not say which revision they ran on (no flow_version); they are counted under revision null</source>
        <translation>警告: %1 件の実行が、どのリビジョンで動いたかを示していません (flow_version なし)。リビジョン null として数えます</translation>
    </message>
</context>
<context>
    <name>RevisionsDiff</name>
    <message>
        <source>revision %1 of %2: %3</source>
        <translation>%2 のリビジョン %1: %3</translation>
    </message>
    <message>
        <source>revision %1 of %2 holds no definition FlowScope can read: %3</source>
        <translation>%2 のリビジョン %1 には FlowScope が読める定義がありません: %3</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>the view gives &apos;%1&apos; more than once</source>
        <translation>ビューが &apos;%1&apos; を 2 回以上指定しています</translation>
    </message>
    <message>
        <source>the view names no flow (flow=FW…)</source>
        <translation>ビューがフローを指定していません (flow=FW…)</translation>
    </message>
    <message>
        <source>the view&apos;s flow is not a flow SID (FW and 32 hex digits)</source>
        <translation>ビューのフローがフローの SID (FW と 16 進 32 桁) ではありません</translation>
    </message>
    <message>
        <source>the view gives both a range and from/to; one of them</source>
        <translation>ビューが範囲と from/to の両方を指定しています。どちらか 1 つにしてください</translation>
    </message>
    <message>
        <source>the view&apos;s %1 is not a time of 2000 to 2100 with Z or an offset (2026-11-01T09:00:00Z)</source>
        <translation>ビューの %1 が、Z かオフセット付きの 2000 年から 2100 年の時刻 (2026-11-01T09:00:00Z) ではありません</translation>
    </message>
    <message>
        <source>the view&apos;s from is not before its to</source>
        <translation>ビューの from が to より前ではありません</translation>
    </message>
    <message>
        <source>the view&apos;s range is not one of %1</source>
        <translation>ビューの範囲が %1 のいずれでもありません</translation>
    </message>
    <message>
        <source>the view&apos;s failed is 1 or 0</source>
        <translation>ビューの failed は 1 か 0 です</translation>
    </message>
    <message>
        <source>the view&apos;s filter is longer than %1 characters or holds control characters</source>
        <translation>ビューのフィルターが %1 文字を超えているか、制御文字を含んでいます</translation>
    </message>
    <message>
        <source>the view&apos;s columns are some of %1</source>
        <translation>ビューの列は %1 の中から選びます</translation>
    </message>
    <message>
        <source>the view names the column %1 twice</source>
        <translation>ビューが列 %1 を 2 回指定しています</translation>
    </message>
    <message>
        <source>the view sorts by a column that is not one of %1</source>
        <translation>ビューが %1 のいずれでもない列で並べ替えています</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>ビューには名前が必要です</translation>
    </message>
    <message>
        <source>a view&apos;s name is at most %1 characters</source>
        <translation>ビューの名前は %1 文字までです</translation>
    </message>
    <message>
        <source>a view&apos;s name holds no control characters</source>
        <translation>ビューの名前に制御文字は使えません</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>a customer across every flow</source>
        <translation>すべてのフローから顧客を探す</translation>
    </message>
    <message>
        <source>Find a customer&apos;s executions across every flow: by phone number (on any channel), by client: or sip: address, or by what they wrote (searched in each context). Rows come newest first once every flow was searched (--stream: on standard output as they are found); -o writes the file atomically, only when every flow was searched. A flow that fails is named on standard error and the search exits 5.</source>
        <translation>すべてのフローから顧客の実行を探します。電話番号 (すべてのチャネル)、client: や sip: のアドレス、または顧客が書いた内容 (各コンテキストを検索) で探せます。すべてのフローを検索し終えると新しい順に行を出力します (--stream: 見つかった順に標準出力へ)。-o はすべてのフローを検索し終えた場合にだけ、ファイルをアトミックに書き込みます。失敗したフローは標準エラー出力に示し、検索は 5 で終了します。</translation>
    </message>
    <message>
        <source>A phone number as people type it (+44 7700 900123, (415) 555-0100), or an address such as client:alice or sip:bob@example.com.</source>
        <translation>入力どおりの電話番号 (+44 7700 900123、(415) 555-0100)、または client:alice や sip:bob@example.com のようなアドレス。</translation>
    </message>
    <message>
        <source>A number is read with libphonenumber and matches that number on every channel, whatsapp: included.</source>
        <translation>番号は libphonenumber で読み、whatsapp: を含むすべてのチャネルでその番号に一致させます。</translation>
    </message>
    <message>
        <source>Text they wrote or said, searched in each execution&apos;s context (one request each).</source>
        <translation>顧客が書いたり話したりしたテキスト。各実行のコンテキストを検索します (1 件ごとに 1 リクエスト)。</translation>
    </message>
    <message>
        <source>Any case, in every string of the context.</source>
        <translation>大文字小文字を区別せず、コンテキストのすべての文字列を対象にします。</translation>
    </message>
    <message>
        <source>Only this flow (repeatable; default: every flow of the account).</source>
        <translation>このフローのみ (複数指定可。既定はアカウントのすべてのフロー)。</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>T から (既定: 30 日前。Studio が保持するすべて)。</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>T より前 (既定: 現在)。</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (default: the locale&apos;s, %1).</source>
        <translation>+国番号なしで入力した番号の国 (既定: ロケールの国、%1)。</translation>
    </message>
    <message>
        <source>Match the contact&apos;s address string exactly, on its channel only.</source>
        <translation>連絡先のアドレス文字列を、そのチャネルだけで完全一致させます。</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 8).</source>
        <translation>同時リクエスト数、1 から 32 (既定 8)。</translation>
    </message>
    <message>
        <source>Pages and contexts together.</source>
        <translation>ページとコンテキストの合計です。</translation>
    </message>
    <message>
        <source>csv (default), tsv, jsonl (each execution exactly as the API returned it) or xlsx (a workbook with typed cells; needs -o).</source>
        <translation>csv (既定)、tsv、jsonl (各実行を API が返したとおりに)、xlsx (型付きセルのワークブック。-o が必要)。</translation>
    </message>
    <message>
        <source>Comma-separated columns for csv/tsv/xlsx: %1 (default %2).</source>
        <translation>csv/tsv/xlsx のカンマ区切りの列: %1 (既定 %2)。</translation>
    </message>
    <message>
        <source>Add each match&apos;s context as a &apos;context&apos; column (or field, in jsonl).</source>
        <translation>一致した各実行のコンテキストを &apos;context&apos; 列 (jsonl ではフィールド) として追加します。</translation>
    </message>
    <message>
        <source>Write each match to standard output as it is found, not newest first at the end.</source>
        <translation>最後に新しい順でまとめるのではなく、見つかるたびに標準出力に書き出します。</translation>
    </message>
    <message>
        <source>For a long text search one wants to watch; -o files are always sorted.</source>
        <translation>経過を見たい長いテキスト検索向けです。-o のファイルは常に並べ替えます。</translation>
    </message>
    <message>
        <source>Search the archive (flowscope archive sync) instead of Twilio: any date (--from defaults to its beginning), offline, by its indexes (--text: at least three characters).</source>
        <translation>Twilio ではなくアーカイブ (flowscope archive sync) を検索します。日付を問わず (--from の既定はアーカイブの始め)、オフラインで、索引を使います (--text: 3 文字以上)。</translation>
    </message>
    <message>
        <source>Rows come sorted newest first, as with -o.</source>
        <translation>-o と同じく、行は新しい順に並べて出力します。</translation>
    </message>
    <message>
        <source>say whom to look for: --contact TEXT, --text TEXT, or both</source>
        <translation>探す相手を指定してください: --contact テキスト、--text テキスト、またはその両方</translation>
    </message>
    <message>
        <source> Nothing was sent.</source>
        <translation> 何も送信していません。</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text が空です</translation>
    </message>
    <message>
        <source>--text needs at least three characters to search the archive (its index files every three letters); nothing was read</source>
        <translation>アーカイブを検索するには --text に 3 文字以上必要です (索引は 3 文字ごとに登録します)。何も読んでいません</translation>
    </message>
    <message>
        <source>--stream is for standard output: a file is written sorted, whole</source>
        <translation>--stream は標準出力用です: ファイルは並べ替えて丸ごと書き込みます</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <source>the account&apos;s flows could not be listed: %1</source>
        <translation>アカウントのフローを一覧できませんでした: %1</translation>
    </message>
    <message>
        <source>the account has no flows</source>
        <translation>アカウントにフローがありません</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%2 個中 %1 個のフロー · %3 件の実行を確認 · %4 件見つかりました</translation>
    </message>
    <message>
        <source>%1 (%2) could not be searched: %3</source>
        <translation>%1 (%2) を検索できませんでした: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: the results are not complete%1</source>
        <translation>
            <numerusform>%n 個のフローを検索できませんでした: 結果は完全ではありません%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>。何も書き出していません</translation>
    </message>
    <message numerus="yes">
        <source>%1 found in %n flow(s), %2 executions scanned</source>
        <translation>
            <numerusform>%n 個のフローで %1 件見つかりました (確認した実行 %2 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 filed under the contact)</source>
        <translation>アーカイブ %2 で %1 件見つかりました (連絡先で登録されたもの %3 件)</translation>
    </message>
    <message>
        <source>%1 found in the archive %2 (%3 named by its text index)</source>
        <translation>アーカイブ %2 で %1 件見つかりました (テキスト索引が示したもの %3 件)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain is locked: unlock it (sign in to the desktop, or open Passwords and Keys) and try again</source>
        <translation>キーチェーンがロックされています: ロックを解除して (デスクトップにサインインするか、「パスワードと鍵」を開いて) もう一度お試しください</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>このプロファイルにはシークレットが保存されていません。</translation>
    </message>
    <message>
        <source>memory, for this session only</source>
        <translation>メモリ (このセッションのみ)</translation>
    </message>
</context>
<context>
    <name>SqlCipherArchive</name>
    <message>
        <source>the archive %1: %2: %3</source>
        <translation>アーカイブ %1: %2: %3</translation>
    </message>
    <message>
        <source>the archive %1: %2</source>
        <translation>アーカイブ %1: %2</translation>
    </message>
    <message>
        <source>the archive %1 has no key</source>
        <translation>アーカイブ %1 には鍵がありません</translation>
    </message>
    <message>
        <source>there is no archive at %1</source>
        <translation>%1 にアーカイブはありません</translation>
    </message>
    <message>
        <source>the archive %1 is not a file that can be read</source>
        <translation>アーカイブ %1 は読み取れるファイルではありません</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database, not an encrypted archive; it was left as it is</source>
        <translation>%1 は暗号化されたアーカイブではなく、通常の SQLite データベースです。そのままにしています</translation>
    </message>
    <message>
        <source>the folder of the archive %1 could not be made</source>
        <translation>アーカイブ %1 のフォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>the archive %1 could not be made: %2</source>
        <translation>アーカイブ %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>the archive %1 cannot be read with this key (a wrong key, or not a FlowScope archive); it was left as it is</source>
        <translation>アーカイブ %1 はこの鍵では読めません (鍵が違うか、FlowScope のアーカイブではありません)。そのままにしています</translation>
    </message>
    <message>
        <source>migrating it</source>
        <translation>移行中</translation>
    </message>
    <message>
        <source>%1 is a database, but not a FlowScope archive; it was left as it is</source>
        <translation>%1 はデータベースですが、FlowScope のアーカイブではありません。そのままにしています</translation>
    </message>
    <message>
        <source>the archive %1 was made by a newer FlowScope (schema %2; this one reads up to %3); it was left as it is</source>
        <translation>アーカイブ %1 は新しい FlowScope で作成されました (スキーマ %2。このバージョンは %3 まで読めます)。アーカイブはそのままです</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 の書き込み中</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>writing its text index</source>
        <translation>テキスト索引の書き込み中</translation>
    </message>
    <message>
        <source>indexing its text</source>
        <translation>テキストの索引付け中</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>counts for a report: per bucket, outcome, revision, widget or edge</source>
        <translation>レポート用の集計: 区間、結果、リビジョン、ウィジェット、辺ごと</translation>
    </message>
    <message>
        <source>Count a range of executions for a report: per 5 minutes, hour or day (every bucket, empty ones too, starting in UTC), per outcome — the widget they ended on and the last event, most frequent first — per revision of the flow they ran on, or as the diagram counts them, per widget or per edge. Each SID is counted once; the output is written once everything is counted, atomically with -o.</source>
        <translation>期間内の実行をレポート用に数えます。5 分、1 時間、1 日ごと (空の区間も含むすべての区間、UTC 基準)、結果ごと (終了したウィジェットと最後のイベント、多い順)、実行時のフローのリビジョンごと、または図と同じ数え方でウィジェットごとや辺ごとに数えます。各 SID は 1 回だけ数えます。すべて数え終えてから出力し、-o ではアトミックに書き込みます。</translation>
    </message>
    <message>
        <source>The flow&apos;s SID (repeatable: their counts add up). Required.</source>
        <translation>フローの SID (複数指定可: 件数は合算されます)。必須。</translation>
    </message>
    <message>
        <source>From T (default: 30 days ago, all Studio keeps).</source>
        <translation>T から (既定: 30 日前。Studio が保持するすべて)。</translation>
    </message>
    <message>
        <source>Before T (default: now).</source>
        <translation>T より前 (既定: 現在)。</translation>
    </message>
    <message>
        <source>5m, hour or day: one row per bucket (bucket_start, executions, active, ended); outcome: one row per (ended_at, last_event) with executions, failed, unknown; revision: one row per revision the executions ran on, newest first (revision, executions, active, ended, published_at); widget: one row per widget (widget, entered, ended, waiting, failed); edge: one row per edge taken (from, event, to, count).</source>
        <translation>5m、hour、day: 区間ごとに 1 行 (bucket_start, executions, active, ended)。outcome: (ended_at, last_event) ごとに 1 行で executions, failed, unknown。revision: 実行時のリビジョンごとに 1 行、新しい順 (revision, executions, active, ended, published_at)。widget: ウィジェットごとに 1 行 (widget, entered, ended, waiting, failed)。edge: たどった辺ごとに 1 行 (from, event, to, count)。</translation>
    </message>
    <message>
        <source>widget and edge count as the Diagram tab does over the flow as it is now: an execution counts once per widget and edge however often it loops; failed is the failed executions that ended there; steps on widgets the definition lacks are counted under their own names. revision reads each execution&apos;s flow_version from Studio v2 (one request per page, as for hour); executions without one are counted under a null revision, and said so. With several flows a flow_sid column comes first.</source>
        <translation>widget と edge は、図タブと同じく現在のフローに対して数えます。ループが何回あっても、実行はウィジェットと辺ごとに 1 回と数えます。failed はそこで終了した失敗した実行です。定義にないウィジェット上のステップはその名前で数えます。revision は各実行の flow_version を Studio v2 から読みます (hour と同じく 1 ページ 1 リクエスト)。それがない実行はリビジョン null として数え、その旨を示します。複数のフローでは flow_sid 列が先頭に来ます。</translation>
    </message>
    <message>
        <source>With --by 5m|hour|day|revision: read each execution&apos;s steps and add failed and unknown columns (implied by --by outcome).</source>
        <translation>--by 5m|hour|day|revision と共に: 各実行のステップを読み、failed と unknown の列を追加します (--by outcome では自動)。</translation>
    </message>
    <message>
        <source>csv (default), tsv or jsonl (one object per row, numbers as numbers).</source>
        <translation>csv (既定)、tsv、jsonl (1 行に 1 オブジェクト、数値は数値のまま)。</translation>
    </message>
    <message>
        <source>Crawl K time slices at once (default 4).</source>
        <translation>K 個の時間スライスを同時に読みます (既定 4)。</translation>
    </message>
    <message>
        <source>Steps requests in flight at most (default %1).</source>
        <translation>ステップの同時リクエスト数の上限 (既定 %1)。</translation>
    </message>
    <message>
        <source>Count the archive&apos;s executions (flowscope archive sync), not Twilio&apos;s: any date, offline, the same counts.</source>
        <translation>Twilio ではなくアーカイブ (flowscope archive sync) の実行を数えます。日付を問わず、オフラインで、同じ件数が得られます。</translation>
    </message>
    <message>
        <source>--outcomes counts what the sync read; --parallel and --concurrency do not apply.</source>
        <translation>--outcomes は同期が読んだものを数えます。--parallel と --concurrency は適用されません。</translation>
    </message>
    <message>
        <source>--by is required: 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by が必要です: 5m、hour、day、outcome、revision、widget、edge</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not 5m, hour, day, outcome, revision, widget or edge</source>
        <translation>--by &apos;%1&apos; は 5m、hour、day、outcome、revision、widget、edge のいずれでもありません</translation>
    </message>
    <message>
        <source>--outcomes goes with --by 5m|hour|day|revision; --by %1 reads them anyway</source>
        <translation>--outcomes は --by 5m|hour|day|revision と共に使います。--by %1 ではいずれにせよ読み込みます</translation>
    </message>
    <message>
        <source>a number of slices</source>
        <translation>スライスの数</translation>
    </message>
    <message>
        <source>--by revision reads Twilio (Studio v2&apos;s flow_version); the archive does not keep which revision an execution ran on</source>
        <translation>--by revision は Twilio (Studio v2 の flow_version) を読みます。アーカイブは実行がどのリビジョンで動いたかを保持していません</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
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
        <translation>アーカイブ %1 にフロー %3 の実行 %2 はありません</translation>
    </message>
    <message>
        <source>warning: the archive holds no context for %1 (synced with --no-contexts); it is written as null</source>
        <translation>警告: アーカイブに %1 のコンテキストがありません (--no-contexts で同期)。null として書き出します</translation>
    </message>
    <message>
        <source>the archive %1 holds no messages, calls or alerts for %2 (it was synced without --related)</source>
        <translation>アーカイブ %1 に %2 のメッセージ、通話、アラートはありません (--related なしで同期されました)</translation>
    </message>
    <message>
        <source>the archive %1 holds no revision of flow %2: its definition is read from Twilio</source>
        <translation>アーカイブ %1 にフロー %2 のリビジョンがありません: 定義は Twilio から読みます</translation>
    </message>
    <message>
        <source>the archive %1 holds no steps for %2</source>
        <translation>アーカイブ %1 に %2 のステップはありません</translation>
    </message>
    <message>
        <source>flow %1 has no execution %2 (Studio keeps executions for 30 days)</source>
        <translation>フロー %1 に実行 %2 はありません (Studio は実行を 30 日間保持します)</translation>
    </message>
    <message>
        <source>the context resource has no &apos;context&apos; member</source>
        <translation>コンテキストのリソースに &apos;context&apos; メンバーがありません</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n related resource(s) no longer at Twilio (deleted, or past their retention)</source>
        <translation>
            <numerusform>関連リソース %n 件が Twilio にもうありません (削除されたか保持期間を過ぎました)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts left out: this key cannot read the Debugger (Monitor)</source>
        <translation>アラートを除外しました: このキーでは Debugger (Monitor) を読めません</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>アラートを一覧できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and were left out</source>
        <translation>
            <numerusform>フローだけを名指しするアラート %n 件は、1 つのステップに当てはまらなかったため除外しました</numerusform>
        </translation>
    </message>
    <message>
        <source>--diagram %1: %2</source>
        <translation>--diagram %1: %2</translation>
    </message>
    <message>
        <source>Drew %1 on %2</source>
        <translation>%1 を %2 に描きました</translation>
    </message>
</context>
<context>
    <name>UnknownOutcomes</name>
    <message numerus="yes">
        <source>warning: the outcome of %n execution(s) is unknown (written as unknown); %1, for one: %2</source>
        <translation>
            <numerusform>警告: %n 件の実行の結果が不明です (不明として書き出しました)。%1、例: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewStore</name>
    <message>
        <source>there is no view named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のビューはありません</translation>
    </message>
    <message>
        <source>there is a view named &apos;%1&apos; already</source>
        <translation>&apos;%1&apos; という名前のビューはすでにあります</translation>
    </message>
</context>
<context>
    <name>ViewsCommand</name>
    <message>
        <source>the saved views of a profile</source>
        <translation>プロファイルの保存済みビュー</translation>
    </message>
    <message>
        <source>The views saved in the window (View ▸ Save view…), per profile: list them, show one (a name or a flowscope://view link) with its link, or remove one. flowscope executions --view NAME exports what a view lists.</source>
        <translation>ウィンドウで保存したビュー (表示 ▸ ビューを保存…) をプロファイルごとに扱います。一覧表示、1 つをリンク付きで表示 (名前または flowscope://view リンク)、削除ができます。flowscope executions --view 名前 でビューの一覧をエクスポートします。</translation>
    </message>
    <message>
        <source>tsv (default) or jsonl.</source>
        <translation>tsv (既定) または jsonl。</translation>
    </message>
    <message>
        <source>say what to do: views list | show NAME | remove NAME</source>
        <translation>何をするか指定してください: views list | show 名前 | remove 名前</translation>
    </message>
    <message>
        <source>--format must be tsv or jsonl</source>
        <translation>--format は tsv または jsonl にしてください</translation>
    </message>
    <message>
        <source>views list takes no name</source>
        <translation>views list は名前を取りません</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; of views: the actions are list, show and remove</source>
        <translation>views の不明な操作 &apos;%1&apos;。操作は list、show、remove です</translation>
    </message>
    <message>
        <source>views %1 takes one view name</source>
        <translation>views %1 にはビュー名を 1 つ指定します</translation>
    </message>
    <message>
        <source>that option is not one of views remove (see --help)</source>
        <translation>そのオプションは views remove のものではありません (--help を参照)</translation>
    </message>
    <message>
        <source>there is no view named &apos;%1&apos; (flowscope views list)</source>
        <translation>&apos;%1&apos; という名前のビューはありません (flowscope views list)</translation>
    </message>
    <message>
        <source>Removed view &apos;%1&apos;.</source>
        <translation>ビュー &apos;%1&apos; を削除しました。</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>only part was written (is the disk full?)</source>
        <translation>一部しか書き込めませんでした (ディスクがいっぱい?)</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>共通オプション:</translation>
    </message>
</context>
<context>
    <name>flowscope::AccountManager</name>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>No secret is stored for profile &apos;%1&apos;; enter it again.</source>
        <translation>プロファイル &apos;%1&apos; のシークレットが保存されていません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; cannot sign in: %2. The profile and its secret are kept.</source>
        <translation>プロファイル &apos;%1&apos; でサインインできません: %2。プロファイルとシークレットは残しています。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; needs its secret again: no keychain is available to keep it.</source>
        <translation>プロファイル &apos;%1&apos; のシークレットを再入力する必要があります: 保存できるキーチェーンがありません。</translation>
    </message>
    <message>
        <source>%1. Until then secrets are kept in memory for this session only, never on disk; save the profile again once it is unlocked to keep its secret.</source>
        <translation>%1。それまでシークレットはこのセッションの間だけメモリに保持し、ディスクには決して書きません。ロック解除後にプロファイルを保存し直すとシークレットが保存されます。</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this session only, never on disk.</source>
        <translation>使えるキーチェーンがありません (%1)。シークレットはこのセッションの間だけメモリに保持し、ディスクには決して書きません。</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>入力した認証情報 (メモリに保持)</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>&apos;%1&apos; という名前のプロファイルはすでにあります。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another API key: enter its secret.</source>
        <translation>プロファイル &apos;%1&apos; の API キーが変わりました: そのシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; now has another Account SID: enter its Auth Token.</source>
        <translation>プロファイル &apos;%1&apos; の Account SID が変わりました: その Auth Token を入力してください。</translation>
    </message>
    <message>
        <source>The secret of profile &apos;%1&apos; could not be moved to its new name (%2): enter it again.</source>
        <translation>プロファイル &apos;%1&apos; のシークレットを新しい名前に移せませんでした (%2)。もう一度入力してください。</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was kept: %2.</source>
        <translation>プロファイル &apos;%1&apos; は残しました: %2。</translation>
    </message>
</context>
<context>
    <name>flowscope::ActivityChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n 件の実行</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 analysed failed (%3 %)</source>
        <translation>、分析した %2 件中 %1 件が失敗 (%3 %)</translation>
    </message>
    <message>
        <source>, none analysed</source>
        <translation>、分析済みなし</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Click a bar, or drag across bars, to narrow the range to them</source>
        <translation>棒をクリックするか、棒の上をドラッグすると、範囲をそこに絞り込みます</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>アクティビティの注記</translation>
    </message>
    <message>
        <source>By revision</source>
        <translation>リビジョン別</translation>
    </message>
    <message>
        <source>Stack the executions by the revision of the flow they ran on, with a marker at each publish: hover one for what it changed and the failure rate before and after it</source>
        <translation>実行を、実行時のフローのリビジョンごとに積み上げ、公開ごとに印を付けます。印にマウスを重ねると、何が変わったかと前後の失敗率が表示されます</translation>
    </message>
    <message>
        <source>Stack the chart by revision</source>
        <translation>グラフをリビジョン別に積み上げる</translation>
    </message>
    <message>
        <source>per 5 minutes</source>
        <translation>5 分ごと</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>1 時間ごと</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>1 日ごと</translation>
    </message>
    <message>
        <source>%1 — %2, %3, local time. </source>
        <translation>%1 — %2、%3、ローカル時刻。 </translation>
    </message>
    <message>
        <source>Counts the %1 loaded rows — Load all for the whole range.</source>
        <translation>読み込んだ %1 行を数えています — 範囲全体は「すべて読み込む」で。</translation>
    </message>
    <message>
        <source>All %1 executions of the range.</source>
        <translation>範囲内の実行 %1 件すべて。</translation>
    </message>
    <message>
        <source>Failed: of the %1 analysed.</source>
        <translation>失敗: 分析した %1 件のうち。</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n execution(s)</source>
        <translation>
            <numerusform>%1 – %2: %n 件の実行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended · %2 active · %3 failed</source>
        <translation>終了 %1 · アクティブ %2 · 失敗 %3</translation>
    </message>
    <message>
        <source>What it changed could not be read: %1</source>
        <translation>変更内容を読めませんでした: %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>Revision not said</source>
        <translation>リビジョン不明</translation>
    </message>
    <message>
        <source>Revision %1 published</source>
        <translation>リビジョン %1 を公開</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 published %2</source>
        <translation>リビジョン %1 を %2 に公開</translation>
    </message>
    <message>
        <source>The flow&apos;s first revision.</source>
        <translation>フローの最初のリビジョンです。</translation>
    </message>
    <message>
        <source>Reading what it changed…</source>
        <translation>変更内容を読み込み中…</translation>
    </message>
    <message>
        <source>In the %1 before: %2</source>
        <translation>前の %1: %2</translation>
    </message>
    <message>
        <source>In the %1 after: %2</source>
        <translation>後の %1: %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day on the chart: a QDateTime format (ddd: weekday, d: day, MMM: month)</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>a time on the chart: a QDateTime format (d: day, MMM: month, HH:mm: the time)</comment>
        <translation>M月d日 H:mm</translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsDialog</name>
    <message>
        <source>Count again</source>
        <translation>数え直す</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>ウィジェット</translation>
    </message>
    <message>
        <source>By error code</source>
        <translation>エラーコード別</translation>
    </message>
    <message>
        <source>By widget</source>
        <translation>ウィジェット別</translation>
    </message>
    <message>
        <source>Alerts counted</source>
        <translation>数えたアラート</translation>
    </message>
    <message>
        <source>Read the alerts of the range again</source>
        <translation>範囲のアラートを読み直す</translation>
    </message>
    <message>
        <source>Reading the executions that may own an alert: %1 of %2…</source>
        <translation>アラートを持ちうる実行を読み込み中: %2 件中 %1 件…</translation>
    </message>
    <message>
        <source>Alerts by error code</source>
        <translation>エラーコード別のアラート</translation>
    </message>
    <message>
        <source>Alerts by widget</source>
        <translation>ウィジェット別のアラート</translation>
    </message>
    <message>
        <source>Choose a row to list its executions in the table</source>
        <translation>行を選ぶと、その実行を表に一覧表示します</translation>
    </message>
    <message>
        <source>Alerts of %1</source>
        <translation>%1 のアラート</translation>
    </message>
    <message>
        <source>The range holds no time Monitor keeps alerts for (the last 30 days).</source>
        <translation>範囲に、Monitor がアラートを保持する期間 (過去 30 日) が含まれていません。</translation>
    </message>
    <message>
        <source>Listing the Debugger&apos;s alerts from %1 to %2…</source>
        <translation>%1 から %2 までの Debugger アラートを一覧中…</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger (Twilio Monitor), so there are no alerts to count.</source>
        <translation>このキーでは Debugger (Twilio Monitor) を読めないため、数えるアラートはありません。</translation>
    </message>
    <message>
        <source>The alerts could not be counted: %1</source>
        <translation>アラートを数えられませんでした: %1</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(ステップなし)</translation>
    </message>
    <message>
        <source>No Debugger alert of this range belongs to an execution of the flow.</source>
        <translation>この範囲の Debugger アラートで、フローの実行に属するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of this range belong to executions of the flow. Choose a row to list its executions.</source>
        <translation>
            <numerusform>この範囲のアラート %n 件がフローの実行に属しています。行を選ぶとその実行を一覧表示します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1</source>
        <translation>
            <numerusform>アラート %1 のある実行 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n execution(s) with alert %1 at %2</source>
        <translation>
            <numerusform>%2 でアラート %1 のある実行 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::AlertsReport</name>
    <message>
        <source>this key cannot read the Debugger</source>
        <translation>このキーでは Debugger を読めません</translation>
    </message>
</context>
<context>
    <name>flowscope::ApiReply</name>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>Refused to follow a link to %1: it is not one of the configured API origins (%2), and credentials are never sent elsewhere.</source>
        <translation>%1 へのリンクをたどるのを拒否しました: 設定された API オリジン (%2) のいずれでもなく、認証情報はそれ以外には決して送りません。</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: it is not the configured API origin, and credentials are never sent elsewhere.</source>
        <translation>%1 へのリダイレクトを拒否しました: 設定された API オリジンではなく、認証情報はそれ以外には決して送りません。</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>%1 MB 超</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>timed out after %1 (no data for %2 s)</source>
        <translation>%1 後にタイムアウト (%2 秒間データなし)</translation>
    </message>
    <message>
        <source>the connection closed after %1</source>
        <translation>%1 後に接続が閉じられました</translation>
    </message>
    <message>
        <source>the body ended after %1</source>
        <translation>本文が %1 で終わりました</translation>
    </message>
    <message>
        <source>it is %1, not JSON (is a proxy or a sign-in page in the way?)</source>
        <translation>JSON ではなく %1 です (プロキシやサインインページが間に入っていませんか?)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒間データなし</translation>
    </message>
    <message>
        <source>whether it took effect is unknown: re-reading it failed too (%1)</source>
        <translation>効果があったかは不明です: 読み直しも失敗しました (%1)</translation>
    </message>
    <message>
        <source>1 attempt over %1 s</source>
        <translation>%1 秒間に 1 回試行</translation>
    </message>
    <message>
        <source>%1 attempts over %2 s</source>
        <translation>%2 秒間に %1 回試行</translation>
    </message>
    <message>
        <source>; the server asked to wait %1 s more</source>
        <translation>。サーバーはさらに %1 秒待つよう求めました</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveController</name>
    <message>
        <source>The archive&apos;s password could not be kept in the keychain: %1</source>
        <translation>アーカイブのパスワードをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Archive off</source>
        <translation>アーカイブ オフ</translation>
    </message>
    <message>
        <source>Archive: opening…</source>
        <translation>アーカイブ: 開いています…</translation>
    </message>
    <message>
        <source>Archive: ⚠ %1</source>
        <translation>アーカイブ: ⚠ %1</translation>
    </message>
    <message>
        <source>Archive: syncing… %1 written</source>
        <translation>アーカイブ: 同期中… %1 件書き込み</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>アーカイブ: %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveDialog</name>
    <message>
        <source>&amp;Keep an archive of this account&apos;s executions</source>
        <translation>このアカウントの実行のアーカイブを保持する(&amp;K)</translation>
    </message>
    <message>
        <source>Keep what Twilio &amp;said too: messages, calls, alerts</source>
        <translation>Twilio の記録も保持する(&amp;S): メッセージ、通話、アラート</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>同期をキャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Twilio keeps executions 30 days; the archive keeps them on this machine, encrypted, for as long as you choose. It holds personal data (numbers, messages): it is off until you turn it on.</source>
        <translation>Twilio は実行を 30 日間保持します。アーカイブは選んだ期間だけ、このマシンに暗号化して保持します。個人データ (番号、メッセージ) を含むため、オンにするまではオフです。</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s own encrypted file. sqlite:PATH for another file; postgresql://USER@HOST:PORT/DB?sslmode=require for a team&apos;s shared archive (its password from PGPASSWORD or ~/.pgpass, never kept here).</source>
        <translation>空: プロファイル専用の暗号化ファイル。別のファイルなら sqlite:パス、チームの共有アーカイブなら postgresql://ユーザー@ホスト:ポート/DB?sslmode=require (パスワードは PGPASSWORD か ~/.pgpass から。ここには保存しません)。</translation>
    </message>
    <message>
        <source>Where the archive is</source>
        <translation>アーカイブの場所</translation>
    </message>
    <message>
        <source>PostgreSQL only; empty: keep the one in the keychain</source>
        <translation>PostgreSQL のみ。空: キーチェーンのものを使う</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings; PGPASSWORD and a password in the URL come first, ~/.pgpass after.</source>
        <translation>キーチェーンに保存し、設定には決して保存しません。PGPASSWORD と URL 内のパスワードが優先され、~/.pgpass はその後です。</translation>
    </message>
    <message>
        <source>The PostgreSQL archive&apos;s password</source>
        <translation>PostgreSQL アーカイブのパスワード</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Keep executions for</source>
        <translation>実行の保持期間</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同期の間隔</translation>
    </message>
    <message>
        <source>Each execution&apos;s messages and calls and the Debugger&apos;s alerts about it, so that why a step failed can be read with Twilio&apos;s copies gone: a few requests more an execution.</source>
        <translation>各実行のメッセージと通話、その実行に関する Debugger アラート。Twilio 側のコピーがなくなっても、ステップが失敗した理由を読めるようにします。実行 1 件ごとに数リクエスト増えます。</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最後の同期</translation>
    </message>
    <message>
        <source>What the archive holds</source>
        <translation>アーカイブの内容</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>場所(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>保持期間(&amp;F):</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同期の間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Turn the archive on and press OK first.</source>
        <translation>アーカイブをオンにして、先に OK を押してください。</translation>
    </message>
    <message numerus="yes">
        <source> — the last one wrote %1 execution(s) of %n flow(s)</source>
        <translation>
            <numerusform> — 前回は %n 個のフローの実行 %1 件を書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds no executions yet.</source>
        <translation>まだ実行はありません。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %1 execution(s) of %n flow(s), the oldest from %2.</source>
        <translation>
            <numerusform>%n 個のフローの実行 %1 件を保持しています。最も古いものは %2 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the archive keeps an execution after it started; 0 keeps it forever. Older ones are deleted after each sync.</source>
        <translation>実行の開始からアーカイブが保持する期間です。0 なら無期限に保持します。古いものは同期のたびに削除します。</translation>
    </message>
    <message>
        <source>How often the window syncs the archive in the background</source>
        <translation>ウィンドウがバックグラウンドでアーカイブを同期する間隔</translation>
    </message>
    <message>
        <source>Stop the sync; what it has written stays</source>
        <translation>同期を止めます。書き込み済みのものは残ります</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveService</name>
    <message>
        <source>the archive was not searched: its index needs at least three characters of text</source>
        <translation>アーカイブは検索しませんでした: 索引には 3 文字以上のテキストが必要です</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>アーカイブが開いていません</translation>
    </message>
    <message>
        <source>the archive, %1</source>
        <translation>アーカイブ、%1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>たった今同期</translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation>
            <numerusform>%n 分前に同期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation>
            <numerusform>%n 時間前に同期</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 に同期</translation>
    </message>
</context>
<context>
    <name>flowscope::ArchiveSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>同期をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>flowscope::CompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 と %2 を比較</translation>
    </message>
    <message>
        <source>On the diagram: A&apos;s path in blue, B&apos;s in orange, what both took in purple; the widget where they parted is marked.</source>
        <translation>図の上で: A の経路は青、B は橙、両方がたどった部分は紫です。分かれたウィジェットに印を付けます。</translation>
    </message>
    <message>
        <source>The two executions compared</source>
        <translation>比較する 2 つの実行</translation>
    </message>
    <message>
        <source>Reading both executions…</source>
        <translation>両方の実行を読み込み中…</translation>
    </message>
    <message>
        <source>Where they parted and how many values differ</source>
        <translation>分かれた場所と異なる値の数</translation>
    </message>
    <message>
        <source>Both paths on the flow&apos;s diagram</source>
        <translation>フローの図上の両方の経路</translation>
    </message>
    <message>
        <source>The two contexts, differing values side by side</source>
        <translation>2 つのコンテキスト (異なる値を並べて表示)</translation>
    </message>
    <message>
        <source>What Twilio said — %1</source>
        <translation>Twilio の記録 — %1</translation>
    </message>
    <message>
        <source>What Twilio said about %1</source>
        <translation>%1 についての Twilio の記録</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Not read here.</source>
        <translation>ここでは読み込んでいません。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読めませんでした: %2</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>フローの図を読めませんでした: %1</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>Twilio の記録を読めませんでした: %1</translation>
    </message>
    <message>
        <source>step %1 · %2: </source>
        <translation>ステップ %1 · %2: </translation>
    </message>
    <message>
        <source>No message, call or Debugger alert.</source>
        <translation>メッセージ、通話、Debugger アラートはありません。</translation>
    </message>
    <message>
        <source>This key cannot read the Debugger: alerts are left out.</source>
        <translation>このキーでは Debugger を読めないため、アラートは除外しています。</translation>
    </message>
    <message>
        <source>They took the same path.</source>
        <translation>同じ経路をたどりました。</translation>
    </message>
    <message>
        <source>They parted at %1.</source>
        <translation>%1 で分かれました。</translation>
    </message>
    <message numerus="yes">
        <source>%n context value(s) differ; the branches where nothing differs are folded.</source>
        <translation>
            <numerusform>%n 個のコンテキスト値が異なります。違いのない枝は折りたたんでいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>B ran on revision %1: its steps are drawn on A&apos;s.</source>
        <translation>B はリビジョン %1 で動きました: そのステップは A のリビジョンの上に描いています。</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of execution %1, by step</source>
        <translation>実行 %1 のメッセージ、通話、Debugger アラート (ステップごと)</translation>
    </message>
    <message>
        <source>One tree of both contexts: a value that differs is bold and marked ≠, one side&apos;s alone says (absent) on the other, and only branches with a difference are open</source>
        <translation>両方のコンテキストを 1 つのツリーで表示します。異なる値は太字で ≠ の印、片方にしかない値はもう一方に (なし) と表示し、違いのある枝だけを開きます</translation>
    </message>
</context>
<context>
    <name>flowscope::ContextCompareModel</name>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 個のメンバー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 個の項目]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — only in %2</source>
        <translation>%1 — %2 のみ</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — 相違</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
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
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>カスタム範囲</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>日付範囲のプリセット</translation>
    </message>
    <message>
        <source>Which executions to list, by when they started (Studio keeps executions 30 days)</source>
        <translation>開始時刻で一覧表示する実行を選びます (Studio は実行を 30 日間保持します)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Executions that started at or after this time (local time)</source>
        <translation>この時刻以降に始まった実行 (ローカル時刻)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Executions that started before this time (local time)</source>
        <translation>この時刻より前に始まった実行 (ローカル時刻)</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; tables show UTC when you hover a time</source>
        <translation>時刻はこのコンピューターのタイムゾーンです。表では時刻にマウスを重ねると UTC を表示します</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>The start of the range (%1) must be before its end (%2). Nothing was sent.</source>
        <translation>範囲の開始 (%1) は終了 (%2) より前にしてください。何も送信していません。</translation>
    </message>
</context>
<context>
    <name>flowscope::DefinitionLoader</name>
    <message>
        <source>the flow&apos;s answer is not JSON</source>
        <translation>フローの応答が JSON ではありません</translation>
    </message>
    <message>
        <source>the flow&apos;s answer has no definition</source>
        <translation>フローの応答に定義がありません</translation>
    </message>
    <message>
        <source>the archived revision cannot be read: %1</source>
        <translation>アーカイブしたリビジョンを読めません: %1</translation>
    </message>
    <message>
        <source>the execution does not say which revision it ran on</source>
        <translation>実行がどのリビジョンで動いたかを示していません</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>リビジョン %1: %2</translation>
    </message>
    <message>
        <source>the flow&apos;s definition cannot be drawn: %1</source>
        <translation>フローの定義を描けません: %1</translation>
    </message>
    <message>
        <source>the flow has no definition</source>
        <translation>フローに定義がありません</translation>
    </message>
</context>
<context>
    <name>flowscope::DetailPane</name>
    <message>
        <source>Select an execution to see its context and steps.</source>
        <translation>実行を選ぶと、そのコンテキストとステップを表示します。</translation>
    </message>
    <message>
        <source>End execution…</source>
        <translation>実行を終了…</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>End execution</source>
        <translation>実行を終了</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>生データ</translation>
    </message>
    <message>
        <source>Execution details</source>
        <translation>実行の詳細</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>実行 SID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy execution SID</source>
        <translation>実行 SID をコピー</translation>
    </message>
    <message>
        <source>Copy the execution SID</source>
        <translation>実行 SID をコピーします</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Copy link to execution</source>
        <translation>実行へのリンクをコピー</translation>
    </message>
    <message>
        <source>Copy a flowscope:// link to this execution: a colleague&apos;s click opens it in their FlowScope</source>
        <translation>この実行への flowscope:// リンクをコピーします。同僚がクリックすると、その人の FlowScope で開きます</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Started and updated</source>
        <translation>開始と更新</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Twilio Console で開く</translation>
    </message>
    <message>
        <source>Open this execution in the Twilio Console (in your browser)</source>
        <translation>この実行を Twilio Console で開きます (ブラウザーで)</translation>
    </message>
    <message>
        <source>Stop this execution now (POST Status=ended); asks first</source>
        <translation>この実行を今すぐ停止します (POST Status=ended)。先に確認します</translation>
    </message>
    <message>
        <source>Copied the %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>What happened, oldest first; select a step to see the context as it stood then</source>
        <translation>起きたことを古い順に表示します。ステップを選ぶと、その時点のコンテキストを表示します</translation>
    </message>
    <message>
        <source>Loading the step&apos;s context…</source>
        <translation>ステップのコンテキストを読み込み中…</translation>
    </message>
    <message>
        <source>Loading steps…</source>
        <translation>ステップを読み込み中…</translation>
    </message>
    <message>
        <source>This execution has no steps.</source>
        <translation>この実行にはステップがありません。</translation>
    </message>
    <message>
        <source>Select a step to see its context.</source>
        <translation>ステップを選ぶと、そのコンテキストを表示します。</translation>
    </message>
    <message>
        <source>Context at this step</source>
        <translation>このステップ時点のコンテキスト</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Twilio の記録</translation>
    </message>
    <message>
        <source>The selected step</source>
        <translation>選択したステップ</translation>
    </message>
    <message>
        <source>Raw context JSON</source>
        <translation>コンテキストの生 JSON</translation>
    </message>
    <message>
        <source>Copy the context JSON</source>
        <translation>コンテキストの JSON をコピー</translation>
    </message>
    <message>
        <source>Copy the whole context, pretty-printed</source>
        <translation>コンテキスト全体を整形してコピーします</translation>
    </message>
    <message>
        <source>Copied the context JSON</source>
        <translation>コンテキストの JSON をコピーしました</translation>
    </message>
    <message>
        <source>Which revision of the flow is drawn</source>
        <translation>描いているフローのリビジョン</translation>
    </message>
    <message>
        <source>Diagram tools</source>
        <translation>図のツール</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the whole flow (Ctrl+0)</source>
        <translation>フロー全体を表示 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Fit the path this execution took (or the widgets the executions reached)</source>
        <translation>この実行がたどった経路 (または実行が到達したウィジェット) に合わせて表示</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>拡大 (Ctrl+プラス)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>縮小 (Ctrl+マイナス)</translation>
    </message>
    <message>
        <source>All analysed</source>
        <translation>分析済みすべて</translation>
    </message>
    <message>
        <source>Where the analysed executions went: how many entered and ended at each widget and took each transition, on the flow as it is now; click a box or an edge to list them</source>
        <translation>分析した実行の行き先: 現在のフロー上で、各ウィジェットに入った数と終了した数、各遷移をたどった数を示します。ボックスか辺をクリックすると一覧表示します</translation>
    </message>
    <message>
        <source>Show where all analysed executions went</source>
        <translation>分析したすべての実行の行き先を表示</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy the diagram with its path as a picture</source>
        <translation>経路付きの図を画像としてコピー</translation>
    </message>
    <message>
        <source>Save as PNG / SVG…</source>
        <translation>PNG / SVG で保存…</translation>
    </message>
    <message>
        <source>Save the diagram with its path for the ticket</source>
        <translation>チケット用に経路付きの図を保存</translation>
    </message>
    <message>
        <source>The flow&apos;s diagram could not be read: %1</source>
        <translation>フローの図を読めませんでした: %1</translation>
    </message>
    <message>
        <source>Reading what Twilio said…</source>
        <translation>Twilio の記録を読み込み中…</translation>
    </message>
    <message>
        <source>What Twilio said is not read here.</source>
        <translation>Twilio の記録はここでは読み込みません。</translation>
    </message>
    <message>
        <source>Loading the context…</source>
        <translation>コンテキストを読み込み中…</translation>
    </message>
    <message>
        <source>Loading the flow&apos;s diagram…</source>
        <translation>フローの図を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>The definition has %n oddity(ies): %1</source>
        <translation>
            <numerusform>定義に %n 件の不審な点があります: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a flow and Analyse its executions to see where they went.</source>
        <translation>フローを選んで実行を分析すると、行き先がわかります。</translation>
    </message>
    <message>
        <source>No loaded row&apos;s outcome is known yet: Analyse reads them all, then this shows where they went.</source>
        <translation>読み込んだ行の結果はまだわかりません。「分析」ですべて読み込むと、ここに行き先を表示します。</translation>
    </message>
    <message>
        <source>Where %1 analysed of the %2 loaded executions went. Click a box or an edge to list the executions that passed there.</source>
        <translation>読み込んだ %2 件のうち分析した %1 件の実行の行き先です。ボックスか辺をクリックすると、そこを通った実行を一覧表示します。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>The %n that went from %1 to %2 on %3</source>
        <translation>
            <numerusform>%3 で %1 から %2 へ進んだ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No analysed execution reached %1.</source>
        <translation>%1 に到達した分析済みの実行はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The %n that passed %1</source>
        <translation>
            <numerusform>%1 を通った %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution never reached that widget.</source>
        <translation>この実行はそのウィジェットに到達していません。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 → %4 on %5 (its context is in the Steps tab)</source>
        <translation>ステップ %1/%2: %5 で %3 → %4 (コンテキストはステップタブにあります)</translation>
    </message>
    <message>
        <source>Copied the diagram</source>
        <translation>図をコピーしました</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>図を保存</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>The diagram could not be saved to %1: %2</source>
        <translation>図を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved the diagram to %1</source>
        <translation>図を %1 に保存しました</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● アクティブ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No contact address</source>
        <translation>連絡先アドレスなし</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>連絡先: %1</translation>
    </message>
    <message>
        <source>Contact SID %1</source>
        <translation>連絡先 SID %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source> · updated %1</source>
        <translation> · 更新 %1</translation>
    </message>
    <message>
        <source> · took %1</source>
        <translation> · 所要 %1</translation>
    </message>
    <message>
        <source>UTC: started %1, updated %2</source>
        <translation>UTC: 開始 %1、更新 %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The context is %1. The Raw tab shows it as received.</source>
        <translation>コンテキストは %1 です。生データタブに受信したまま表示します。</translation>
    </message>
    <message>
        <source>What Twilio said cannot be read without the context: %1</source>
        <translation>コンテキストがないと Twilio の記録を読めません: %1</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>アーカイブを読み込み中…</translation>
    </message>
    <message>
        <source>Neither Twilio nor the archive has this execution (Twilio keeps executions for 30 days).</source>
        <translation>Twilio にもアーカイブにもこの実行はありません (Twilio は実行を 30 日間保持します)。</translation>
    </message>
    <message>
        <source>%1 is shown from %2.</source>
        <translation>%1 は %2 から表示しています。</translation>
    </message>
    <message>
        <source>What the archive kept of what Twilio said cannot be read: %1</source>
        <translation>アーカイブが保持した Twilio の記録を読めません: %1</translation>
    </message>
    <message>
        <source>Shown from the archive, which holds no messages, calls or alerts for it (they are kept by a sync with --related).</source>
        <translation>アーカイブから表示しています。この実行のメッセージ、通話、アラートはありません (--related 付きの同期で保持されます)。</translation>
    </message>
    <message>
        <source>What Twilio said could not be read: %1</source>
        <translation>Twilio の記録を読めませんでした: %1</translation>
    </message>
    <message>
        <source>What Twilio said (%1)</source>
        <translation>Twilio の記録 (%1)</translation>
    </message>
    <message>
        <source>The step&apos;s context is %1.</source>
        <translation>ステップのコンテキストは %1 です。</translation>
    </message>
    <message>
        <source>End execution %1?

The flow stops where it is for %2; this cannot be undone.</source>
        <translation>実行 %1 を終了しますか?

%2 のフローはその場で止まります。元に戻せません。</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>この連絡先</translation>
    </message>
    <message>
        <source>The execution&apos;s context as a tree of keys and values</source>
        <translation>実行のコンテキストをキーと値のツリーで表示</translation>
    </message>
    <message>
        <source>What happened step by step, the context at each step and what Twilio said</source>
        <translation>ステップごとの出来事、各ステップのコンテキスト、Twilio の記録</translation>
    </message>
    <message>
        <source>The execution&apos;s path on the flow&apos;s diagram</source>
        <translation>フローの図上の実行の経路</translation>
    </message>
    <message>
        <source>The context JSON exactly as Twilio sent it</source>
        <translation>Twilio が送ったままのコンテキストの JSON</translation>
    </message>
    <message>
        <source>The context as it stood after the selected step</source>
        <translation>選択したステップの後のコンテキスト</translation>
    </message>
    <message>
        <source>The messages, calls and Debugger alerts of the selected step, in Twilio&apos;s words</source>
        <translation>選択したステップのメッセージ、通話、Debugger アラート (Twilio の言葉で)</translation>
    </message>
</context>
<context>
    <name>flowscope::EndDialog</name>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>送信を停止</translation>
    </message>
    <message>
        <source>Save audit CSV…</source>
        <translation>監査用 CSV を保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>実行を終了</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected execution(s) is active: there is nothing to end.</source>
        <translation>
            <numerusform>選択した %n 件の実行はどれもアクティブではありません: 終了するものはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n active execution(s)? The flow stops where it is for each customer; this cannot be undone.</source>
        <translation>
            <numerusform>アクティブな実行 %n 件を終了しますか? 各顧客のフローはその場で止まります。元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>送信元: %1</translation>
    </message>
    <message>
        <source>Started between %1 and %2 (local time).</source>
        <translation>%1 から %2 の間に開始 (ローカル時刻)。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected execution(s) have ended already and are skipped.</source>
        <translation>
            <numerusform>選択した実行のうち %n 件はすでに終了しているため、スキップします。</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be ended</source>
        <translation>終了する対象</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>確認のため %1 と入力してください</translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation>確認用の数</translation>
    </message>
    <message>
        <source>More than ten: type how many, so that a slip of the mouse ends nothing</source>
        <translation>10 件を超えるため件数を入力してください。マウスの誤操作で何かが終了しないようにするためです</translation>
    </message>
    <message>
        <source>Ending progress</source>
        <translation>終了の進行状況</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>POST Status=ended to each, four at a time, each once</source>
        <translation>各実行に POST Status=ended を 4 件ずつ、1 回ずつ送信します</translation>
    </message>
    <message>
        <source>Send nothing more; what was sent is reported</source>
        <translation>これ以上送信しません。送信済みのものは報告します</translation>
    </message>
    <message>
        <source>Save audit CSV</source>
        <translation>監査用 CSV を保存</translation>
    </message>
    <message>
        <source>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</source>
        <translation>sid, flow_sid, contact_channel_address, date_created, result, message, ended_at</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>監査ログを保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>終了中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The audit is in %1.</source>
        <translation>監査ログは %1 にあります。</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>このダイアログを閉じます</translation>
    </message>
</context>
<context>
    <name>flowscope::EndExecution</name>
    <message>
        <source>the answer says the status is &apos;%1&apos;, not ended</source>
        <translation>応答のステータスは &apos;%1&apos; で、終了ではありません</translation>
    </message>
    <message>
        <source>Ending %1…</source>
        <translation>%1 を終了中…</translation>
    </message>
    <message>
        <source>Ended %1 (its answer was cut off; re-reading it confirmed it ended)</source>
        <translation>%1 を終了しました (応答が途切れましたが、読み直して終了を確認しました)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 を終了しました</translation>
    </message>
    <message>
        <source>Could not end %1: the request&apos;s answer was lost (%2) and the execution is still active; nothing was sent twice. Try again.</source>
        <translation>%1 を終了できませんでした: リクエストの応答が失われ (%2)、実行はまだアクティブです。二重には送信していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not end %1: %2</source>
        <translation>%1 を終了できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::EndJob</name>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>何も送信する前にキャンセルしました</translation>
    </message>
    <message>
        <source>Ended %1 · already ended %2 · failed %3 · not sent %4</source>
        <translation>終了 %1 · 終了済み %2 · 失敗 %3 · 未送信 %4</translation>
    </message>
    <message>
        <source>not found (Studio keeps executions 30 days)</source>
        <translation>見つかりません (Studio は実行を 30 日間保持します)</translation>
    </message>
    <message>
        <source>it had ended before (someone else got there first)</source>
        <translation>すでに終了していました (他の人が先に終了しました)</translation>
    </message>
    <message>
        <source>its status is &apos;%1&apos;, neither active nor ended: left alone</source>
        <translation>ステータスが &apos;%1&apos; で、アクティブでも終了でもないため、そのままにしました</translation>
    </message>
    <message>
        <source>ended (its answer was lost; re-reading it confirmed it)</source>
        <translation>終了しました (応答は失われましたが、読み直して確認しました)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了しました</translation>
    </message>
    <message>
        <source>the answer was lost (%1) and it is still active; nothing was sent twice</source>
        <translation>応答が失われ (%1)、まだアクティブです。二重には送信していません</translation>
    </message>
    <message>
        <source>dry run: nothing sent</source>
        <translation>ドライラン: 何も送信していません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsModel</name>
    <message>
        <source>Twilio cannot be reached: rows from %1</source>
        <translation>Twilio に接続できません: %1 の行</translation>
    </message>
    <message>
        <source>Rows from %1</source>
        <translation>%1 の行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than Twilio keeps, from %1</source>
        <translation>
            <numerusform>Twilio の保持期間より古い %n 行 (%1 から)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Execution SID</source>
        <translation>実行 SID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Contact SID</source>
        <translation>連絡先 SID</translation>
    </message>
    <message>
        <source>Flow SID</source>
        <translation>フロー SID</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最後のイベント</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (待機中)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>What Twilio said about it could not all be read</source>
        <translation>この実行についての Twilio の記録をすべては読めませんでした</translation>
    </message>
    <message>
        <source>No Twilio error</source>
        <translation>Twilio のエラーなし</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — 失敗: %2</translation>
    </message>
    <message>
        <source>%1 — outcome unknown: %2</source>
        <translation>%1 — 結果不明: %2</translation>
    </message>
    <message>
        <source>When the execution started, in local time (hover a cell for UTC)</source>
        <translation>実行が始まった時刻 (ローカル時刻。セルにマウスを重ねると UTC)</translation>
    </message>
    <message>
        <source>When the execution last changed, in local time (hover a cell for UTC)</source>
        <translation>実行が最後に変わった時刻 (ローカル時刻。セルにマウスを重ねると UTC)</translation>
    </message>
    <message>
        <source>From start to end, for executions that ended</source>
        <translation>開始から終了まで (終了した実行のみ)</translation>
    </message>
    <message>
        <source>The widget it ended on (or waits in), from its steps: read for the rows on screen, or all loaded rows with Analyse</source>
        <translation>終了した (または待機中の) ウィジェット。ステップから得ます。画面上の行について読み込むか、「分析」で読み込んだすべての行について読み込みます</translation>
    </message>
    <message>
        <source>The event of its last step</source>
        <translation>最後のステップのイベント</translation>
    </message>
    <message>
        <source>How many steps it took</source>
        <translation>たどったステップ数</translation>
    </message>
    <message>
        <source>The first error Twilio recorded for it: a Debugger alert of a failed step, or a message that was not delivered (hover for its meaning); for a failure without a code, what failed</source>
        <translation>Twilio が記録した最初のエラー: 失敗したステップの Debugger アラート、または配信されなかったメッセージ (マウスを重ねると意味を表示)。コードのない失敗では、失敗したもの</translation>
    </message>
    <message>
        <source>The phone number, WhatsApp, client or SIP address that triggered the execution</source>
        <translation>実行を開始した電話番号、WhatsApp、client、SIP のアドレス</translation>
    </message>
</context>
<context>
    <name>flowscope::ExecutionsView</name>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>失敗のみ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions.</source>
        <translation>フローを選ぶと、その実行を表示します。</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Executions, newest first; more load as you scroll. Ctrl+C copies the selected rows.</source>
        <translation>実行を新しい順に表示します。スクロールすると続きを読み込みます。Ctrl+C で選択した行をコピーします。</translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; right-click to choose columns</source>
        <translation>クリックで読み込んだ行を並べ替え、右クリックで列を選択</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>Filter by SID or contact…</source>
        <translation>SID または連絡先で絞り込み…</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>読み込んだ行を絞り込む</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SID or contact contains this text (Ctrl+F). Use Load all to filter every execution of the range.</source>
        <translation>SID または連絡先にこのテキストを含む、読み込んだ行だけを表示します (Ctrl+F)。範囲内のすべての実行を絞り込むには「すべて読み込む」を使います。</translation>
    </message>
    <message>
        <source>Filter scope</source>
        <translation>絞り込みの範囲</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>すべて読み込む</translation>
    </message>
    <message>
        <source>Load every execution of the range, page by page (cancel at any time)</source>
        <translation>範囲内のすべての実行をページごとに読み込みます (いつでもキャンセル可能)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>並べ替え順</translation>
    </message>
    <message>
        <source>Back to newest first</source>
        <translation>新しい順に戻す</translation>
    </message>
    <message>
        <source>Back to the API&apos;s order: newest first</source>
        <translation>API の順序 (新しい順) に戻します</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>読み込み状況</translation>
    </message>
    <message>
        <source>Request the page that failed again; the rows loaded so far stay</source>
        <translation>失敗したページをもう一度要求します。読み込み済みの行は残ります</translation>
    </message>
    <message>
        <source>Table message</source>
        <translation>表のメッセージ</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s…</source>
        <translation>%1 %2 秒後に再試行します…</translation>
    </message>
    <message>
        <source>Read every loaded row&apos;s steps for its outcome: where it ended, the last event, and whether it failed (cancel at any time)</source>
        <translation>読み込んだ各行のステップを読み、結果 (どこで終了したか、最後のイベント、失敗したか) を得ます (いつでもキャンセル可能)</translation>
    </message>
    <message>
        <source>Show only the loaded rows whose outcome is known to be failed (a failure event, or an HTTP status of 400 or more)</source>
        <translation>結果が失敗とわかっている読み込み済みの行だけを表示します (失敗イベント、または HTTP ステータス 400 以上)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>表示する行</translation>
    </message>
    <message>
        <source>Show all loaded rows</source>
        <translation>読み込んだすべての行を表示</translation>
    </message>
    <message>
        <source>Show every loaded row again</source>
        <translation>読み込んだ行をすべて再表示します</translation>
    </message>
    <message>
        <source>New executions</source>
        <translation>新しい実行</translation>
    </message>
    <message>
        <source>Go to the newest executions, put on top while you were away</source>
        <translation>離れている間に上に追加された最新の実行に移動します</translation>
    </message>
    <message numerus="yes">
        <source>%n new ▲</source>
        <translation>
            <numerusform>新着 %n 件 ▲</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing %1 of %2…</source>
        <translation>%2 件中 %1 件を分析中…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>分析をキャンセル</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>分析をキャンセルしました</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>分析済み</translation>
    </message>
    <message>
        <source>Loaded rows sorted by %1 (%2)</source>
        <translation>読み込んだ行を %1 で並べ替え (%2)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>昇順</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>降順</translation>
    </message>
    <message>
        <source>Executions as the API lists them</source>
        <translation>API の一覧どおりの実行</translation>
    </message>
    <message>
        <source>Sorting applies to the rows loaded so far; more rows are slotted in as they arrive</source>
        <translation>並べ替えはこれまでに読み込んだ行に適用されます。新しい行は届き次第その位置に入ります</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows match</source>
        <translation>読み込んだ %2 行のうち %1 行が一致</translation>
    </message>
    <message>
        <source>Filters the %1 loaded rows</source>
        <translation>読み込んだ %1 行を絞り込みます</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>読み込みをキャンセル</translation>
    </message>
    <message>
        <source>%1 loaded · more available</source>
        <translation>%1 件読み込み済み · 続きあり</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 loaded · loading…</source>
        <translation>%1 件読み込み済み · 読み込み中…</translation>
    </message>
    <message>
        <source>The one execution in this range is loaded</source>
        <translation>この範囲の 1 件の実行を読み込みました</translation>
    </message>
    <message>
        <source>All %1 executions loaded</source>
        <translation>%1 件の実行をすべて読み込みました</translation>
    </message>
    <message>
        <source>%1 loaded · ⚠ %2</source>
        <translation>%1 件読み込み済み · ⚠ %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>実行を読み込み中…</translation>
    </message>
    <message>
        <source>No executions in this range.</source>
        <translation>この範囲に実行はありません。</translation>
    </message>
    <message>
        <source>None of the executions that passed there matches the filter.</source>
        <translation>そこを通った実行のうち、フィルターに一致するものはありません。</translation>
    </message>
    <message>
        <source>No loaded row is known to have failed. Analyse reads every loaded row&apos;s outcome.</source>
        <translation>失敗したとわかっている読み込み済みの行はありません。「分析」で読み込んだ各行の結果を読みます。</translation>
    </message>
    <message>
        <source>No loaded row matches the filter.</source>
        <translation>フィルターに一致する読み込み済みの行はありません。</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportCrawl</name>
    <message>
        <source>A limit needs a single, sequential crawl.</source>
        <translation>上限を指定する場合は、1 本の順次読み込みが必要です。</translation>
    </message>
    <message>
        <source>Cannot create a spool file in %1 for the rows that wait their turn: %2</source>
        <translation>順番待ちの行のための一時ファイルを %1 に作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write a spool file in %1: %2</source>
        <translation>%1 に一時ファイルを書き込めません: %2</translation>
    </message>
    <message>
        <source>A spool file in %1 could not be read back: %2</source>
        <translation>%1 の一時ファイルを読み戻せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportDialog</name>
    <message>
        <source>All executions of this flow and range (fetches the remaining pages)</source>
        <translation>このフローと範囲のすべての実行 (残りのページを取得します)</translation>
    </message>
    <message>
        <source>UTC, ISO 8601, as the API gives them</source>
        <translation>UTC、ISO 8601 (API のとおり)</translation>
    </message>
    <message>
        <source>Local time with its offset</source>
        <translation>オフセット付きのローカル時刻</translation>
    </message>
    <message>
        <source>Include each execution&apos;s context as a JSON column (fetched for each row)</source>
        <translation>各実行のコンテキストを JSON の列として含めます (行ごとに取得)</translation>
    </message>
    <message>
        <source>Excel-compatible (start the file with a UTF-8 byte order mark)</source>
        <translation>Excel 互換 (ファイルの先頭に UTF-8 のバイトオーダーマークを付ける)</translation>
    </message>
    <message>
        <source>Formula guard: cells starting with = + - @ are written as text</source>
        <translation>数式ガード: = + - @ で始まるセルはテキストとして書き出します</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export executions</source>
        <translation>実行をエクスポート</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>ファイルを置き換える</translation>
    </message>
    <message>
        <source>%1 exists. Replace it once the export has completed?</source>
        <translation>%1 はすでにあります。エクスポートが完了したら置き換えますか?</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>選択した行 (%1)</translation>
    </message>
    <message>
        <source>All loaded rows (%1)</source>
        <translation>読み込んだすべての行 (%1)</translation>
    </message>
    <message>
        <source>All the results (%1)</source>
        <translation>すべての結果 (%1)</translation>
    </message>
    <message>
        <source>Crawls the whole range in parallel time slices; the file has every execution, newest first</source>
        <translation>範囲全体を並行する時間スライスで読みます。ファイルにはすべての実行が新しい順に入ります</translation>
    </message>
    <message>
        <source>Header in the file: %1</source>
        <translation>ファイルのヘッダー: %1</translation>
    </message>
    <message>
        <source>Adds ended_at, last_event, step_count, failed and error_code, last. For rows of the table: their outcomes as known (Analyse first); for every execution of the range: each one&apos;s steps, context, messages and alerts are read.</source>
        <translation>ended_at、last_event、step_count、failed、error_code を末尾に追加します。表の行については既知の結果 (先に「分析」)、範囲内のすべての実行についてはそれぞれのステップ、コンテキスト、メッセージ、アラートを読みます。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag to reorder</source>
        <translation>エクスポートする列にチェックを入れ、ドラッグで並べ替えます</translation>
    </message>
    <message>
        <source>UTC times</source>
        <translation>UTC 時刻</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>Include contexts</source>
        <translation>コンテキストを含める</translation>
    </message>
    <message>
        <source>One request per row, eight at a time</source>
        <translation>1 行につき 1 リクエスト、同時に 8 件</translation>
    </message>
    <message>
        <source>Extra columns from the context, e.g. flow.data.name, widgets.gather_1.Digits</source>
        <translation>コンテキストからの追加列。例: flow.data.name、widgets.gather_1.Digits</translation>
    </message>
    <message>
        <source>Context paths</source>
        <translation>コンテキストのパス</translation>
    </message>
    <message>
        <source>Comma-separated Studio variable paths; each becomes a column</source>
        <translation>カンマ区切りの Studio 変数パス。それぞれが 1 列になります</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — for people</source>
        <translation>Excel ワークブック (.xlsx) — 人が読む用</translation>
    </message>
    <message>
        <source>CSV (.csv) — for scripts and imports</source>
        <translation>CSV (.csv) — スクリプトや取り込み用</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>A workbook&apos;s cells are typed: times are times, a phone number keeps its +, text is never run as a formula. A spreadsheet opening a CSV turns +14155550100 into a number and leaves times as text.</source>
        <translation>ワークブックのセルには型があります。時刻は時刻、電話番号は + を保ち、テキストが数式として実行されることはありません。スプレッドシートで CSV を開くと、+14155550100 は数値になり、時刻はテキストのままです。</translation>
    </message>
    <message>
        <source>Excel-compatible</source>
        <translation>Excel 互換</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read UTF-8 (emoji, accents, RTL and CJK text). Lines always end in CRLF, as RFC 4180 says.</source>
        <translation>Excel が UTF-8 (絵文字、アクセント、RTL や CJK のテキスト) を読むにはバイトオーダーマークが必要です。行末は RFC 4180 のとおり常に CRLF です。</translation>
    </message>
    <message>
        <source>Formula guard</source>
        <translation>数式ガード</translation>
    </message>
    <message>
        <source>Prefixes an apostrophe so a spreadsheet never runs a contact&apos;s text as a formula; plain numbers and E.164 phone numbers stay exactly as they are</source>
        <translation>先頭にアポストロフィを付け、連絡先のテキストがスプレッドシートで数式として実行されないようにします。単純な数値と E.164 の電話番号はそのままです</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>ファイルの保存先を選択</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>エクスポートの結果</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Where to write the CSV; an existing file is replaced only when the export completes</source>
        <translation>CSV の書き込み先。既存のファイルはエクスポートが完了したときにだけ置き換えます</translation>
    </message>
    <message>
        <source>Where to write the workbook; an existing file is replaced only when the export completes</source>
        <translation>ワークブックの書き込み先。既存のファイルはエクスポートが完了したときにだけ置き換えます</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel ワークブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a context path such as widgets.gather_1.Digits.</source>
        <translation>&apos;%1&apos; は widgets.gather_1.Digits のようなコンテキストのパスではありません。</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>少なくとも 1 つの列にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>書き込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>Fetching every execution of the range…</source>
        <translation>範囲内のすべての実行を取得中…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>%1 executions so far…</source>
        <translation>これまでに %1 件の実行…</translation>
    </message>
    <message>
        <source>Times as Twilio gives them, in UTC: the same file wherever it is made</source>
        <translation>Twilio のとおり UTC の時刻。どこで作っても同じファイルになります</translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, each with its offset from UTC</source>
        <translation>このコンピューターのタイムゾーンの時刻。それぞれ UTC からのオフセット付き</translation>
    </message>
    <message>
        <source>Only the rows selected in the table</source>
        <translation>表で選択した行のみ</translation>
    </message>
    <message>
        <source>The rows as the table shows them: loaded so far, filtered, sorted</source>
        <translation>表に表示されているとおりの行 (読み込み済み、絞り込み・並べ替え後)</translation>
    </message>
    <message>
        <source>Write the chosen rows and columns to the file</source>
        <translation>選んだ行と列をファイルに書き込みます</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>このダイアログを閉じます</translation>
    </message>
</context>
<context>
    <name>flowscope::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The export stopped: %1 Nothing was written.</source>
        <translation>エクスポートが止まりました: %1 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. An existing file was left as it was.</source>
        <translation>%1 に書き込めません: %2。既存のファイルはそのままです。</translation>
    </message>
    <message>
        <source>The table was reset while exporting; nothing was written.</source>
        <translation>エクスポート中に表がリセットされました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>A context could not be fetched: %1 Nothing was written.</source>
        <translation>コンテキストを取得できませんでした: %1 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Exported 1 execution to %1.</source>
        <translation>1 件の実行を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>%1 件の実行を %2 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowCanvas</name>
    <message>
        <source>%1
Not a widget of this definition (renamed or removed since?)</source>
        <translation>%1
この定義のウィジェットではありません (その後名前が変わったか削除された?)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>parted here</source>
        <translation>ここで分岐</translation>
    </message>
    <message>
        <source>not in this definition</source>
        <translation>この定義にない</translation>
    </message>
    <message>
        <source> · waiting here</source>
        <translation> · ここで待機中</translation>
    </message>
    <message>
        <source> · ended here</source>
        <translation> · ここで終了</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>フロー図</translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or Shift+arrows pan; click a box to see its step, or go from box to box with the arrows and press Enter</source>
        <translation>Ctrl+ホイールまたは Ctrl+プラス/マイナスで拡大縮小、Ctrl+0 で全体表示。ドラッグか Shift+矢印キーで移動。ボックスをクリックするとそのステップを表示し、矢印キーでボックス間を移動して Enter で開きます</translation>
    </message>
    <message>
        <source>Step order: %1</source>
        <translation>ステップの順序: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n subflow step(s)</source>
        <translation>
            <numerusform> · サブフローのステップ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entered by %n execution(s)</source>
        <translation>
            <numerusform>%n 件の実行が入りました</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 ended</source>
        <translation> · 終了 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ended here</source>
        <translation>
            <numerusform>%n 件がここで終了</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · 待機 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) here</source>
        <translation>
            <numerusform>%n 件がここで待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s) ended here</source>
        <translation>
            <numerusform>失敗した実行 %n 件がここで終了</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>クリックで一覧表示</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added in revision %1 (not in %2)</source>
        <translation>リビジョン %1 で追加 (%2 にはありません)</translation>
    </message>
    <message>
        <source>Changed since revision %1:</source>
        <translation>リビジョン %1 からの変更:</translation>
    </message>
    <message>
        <source>Moved since revision %1, nothing else changed</source>
        <translation>リビジョン %1 から移動のみ。ほかの変更はありません</translation>
    </message>
    <message>
        <source>Removed in revision %1; it stood here in revision %2</source>
        <translation>リビジョン %1 で削除。リビジョン %2 ではここにありました</translation>
    </message>
    <message>
        <source>%1 stood here in revision %2</source>
        <translation>%1 はリビジョン %2 でここにありました</translation>
    </message>
    <message>
        <source>A: step(s) %1</source>
        <translation>A: ステップ %1</translation>
    </message>
    <message>
        <source>B: step(s) %1</source>
        <translation>B: ステップ %1</translation>
    </message>
    <message>
        <source>The two executions parted here</source>
        <translation>2 つの実行はここで分かれました</translation>
    </message>
    <message>
        <source> → %1 (missing)</source>
        <translation> → %1 (なし)</translation>
    </message>
    <message>
        <source>the file name must end in .png or .svg</source>
        <translation>ファイル名は .png か .svg で終わる必要があります</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>画像をエンコードできませんでした</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowPicker</name>
    <message>
        <source>Pick a flow: type its name, or paste an FW… SID</source>
        <translation>フローを選択: 名前を入力するか、FW… SID を貼り付けます</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Type to search the account&apos;s flows by name or SID, or paste a flow SID (Ctrl+L)</source>
        <translation>入力してアカウントのフローを名前か SID で検索するか、フローの SID を貼り付けます (Ctrl+L)</translation>
    </message>
    <message>
        <source>Matching flows</source>
        <translation>一致するフロー</translation>
    </message>
    <message>
        <source>Reload flows</source>
        <translation>フローを再読み込み</translation>
    </message>
    <message>
        <source>Load the account&apos;s flow list again</source>
        <translation>アカウントのフロー一覧を読み込み直します</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>フローを読み込み中…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow SID: it must be FW followed by 32 hexadecimal digits. Nothing was sent.</source>
        <translation>&apos;%1&apos; はフローの SID ではありません: FW の後に 16 進 32 桁が必要です。何も送信していません。</translation>
    </message>
    <message>
        <source>No flow of this account matches &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; に一致するフローはこのアカウントにありません。</translation>
    </message>
    <message>
        <source>%1 flows match &apos;%2&apos;: pick one from the list.</source>
        <translation>&apos;%2&apos; に一致するフローが %1 個あります: 一覧から 1 つ選んでください。</translation>
    </message>
</context>
<context>
    <name>flowscope::FlowsModel</name>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
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
%2 · バージョン %3
%4</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
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
        <translation>{キー 1 個}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{キー %1 個}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[項目 1 個]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[項目 %1 個]</translation>
    </message>
    <message>
        <source>
… (%1 characters in all: Copy value takes them all)</source>
        <translation>
… (全 %1 文字。「値をコピー」ですべてコピーできます)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>flowscope::JsonTreeWidget</name>
    <message>
        <source>Find a key or value…</source>
        <translation>キーまたは値を検索…</translation>
    </message>
    <message>
        <source>Find in context</source>
        <translation>コンテキスト内を検索</translation>
    </message>
    <message>
        <source>Finds keys and values anywhere in the document, opening the tree to each match (Enter: next match)</source>
        <translation>文書内のどこにあるキーや値も検索し、一致するたびにツリーを開きます (Enter: 次の一致)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Context tree</source>
        <translation>コンテキストのツリー</translation>
    </message>
    <message>
        <source>Right-click a node to copy its value, its JSON, or its Studio variable</source>
        <translation>ノードを右クリックすると、値、JSON、Studio 変数をコピーできます</translation>
    </message>
    <message>
        <source>Context status</source>
        <translation>コンテキストの状態</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Studio variable</source>
        <translation>Studio 変数</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Opened the first %1 nodes</source>
        <translation>最初の %1 個のノードを開きました</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>Copy as Studio variable</source>
        <translation>Studio 変数としてコピー</translation>
    </message>
    <message>
        <source>The Liquid path to paste into a Studio widget, such as {{widgets.http_1.parsed.items[0].id}}</source>
        <translation>Studio のウィジェットに貼り付ける Liquid のパス。例: {{widgets.http_1.parsed.items[0].id}}</translation>
    </message>
    <message>
        <source>Expand all (first %1 nodes)</source>
        <translation>すべて展開 (最初の %1 個のノード)</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
</context>
<context>
    <name>flowscope::LinkServer</name>
    <message>
        <source>there is no runtime folder of this user for the window&apos;s socket</source>
        <translation>このユーザーにはウィンドウのソケット用のランタイムフォルダーがありません</translation>
    </message>
    <message>
        <source>another FlowScope window of this user is running</source>
        <translation>このユーザーの別の FlowScope ウィンドウが動いています</translation>
    </message>
    <message>
        <source>the running window did not take the link</source>
        <translation>動いているウィンドウがリンクを受け取りませんでした</translation>
    </message>
    <message>
        <source>the running window refused the link: %1</source>
        <translation>動いているウィンドウがリンクを拒否しました: %1</translation>
    </message>
    <message>
        <source>the running window did not answer within %1 s</source>
        <translation>動いているウィンドウが %1 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>flowscope::ListFetcher</name>
    <message>
        <source>the page is %1</source>
        <translation>ページは %1 です</translation>
    </message>
    <message>
        <source>the page is not a Twilio list (no meta.key naming an array of items)</source>
        <translation>ページが Twilio のリストではありません (項目の配列を示す meta.key がありません)</translation>
    </message>
    <message>
        <source>the page&apos;s items could not be told apart</source>
        <translation>ページの項目を区別できませんでした</translation>
    </message>
    <message>
        <source>meta.next_page_url is not a string</source>
        <translation>meta.next_page_url が文字列ではありません</translation>
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
        <translation>このキーでは Debugger (Twilio Monitor) を読めません: アラートは除外し、メッセージ、通話、その他はすべて読みます。</translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation>組み込みのサンドボックス</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the executions again from the first page (F5)</source>
        <translation>最初のページから実行を読み込み直します (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter loaded rows</source>
        <translation>読み込んだ行を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Pick &amp;flow</source>
        <translation>フローを選択(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected rows, the loaded rows or the whole range to a workbook or a CSV file (Ctrl+E)</source>
        <translation>選択した行、読み込んだ行、または範囲全体をワークブックか CSV ファイルにエクスポートします (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open execution…</source>
        <translation>実行を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Show an execution by its FN… SID or a Twilio Console link, loaded or not (Ctrl+G)</source>
        <translation>FN… SID または Twilio Console のリンクで、読み込み済みかどうかにかかわらず実行を表示します (Ctrl+G)</translation>
    </message>
    <message>
        <source>Open execution</source>
        <translation>実行を開く</translation>
    </message>
    <message>
        <source>Execution SID (FN…) of the current flow, or a Twilio Console link:</source>
        <translation>現在のフローの実行 SID (FN…) または Twilio Console のリンク:</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Use other Twilio credentials; everything of the current account is cleared</source>
        <translation>別の Twilio 認証情報を使います。現在のアカウントの内容はすべて消去します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>選択した行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The selected rows as tab-separated text with a header (Ctrl+C in the table)</source>
        <translation>選択した行をヘッダー付きのタブ区切りテキストで (表では Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>アーカイブ(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>Switch between saved Twilio accounts</source>
        <translation>保存済みの Twilio アカウントを切り替えます</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;End executions…</source>
        <translation>実行を終了(&amp;E)…</translation>
    </message>
    <message>
        <source>End the selected active executions, after a confirmation</source>
        <translation>選択したアクティブな実行を、確認の後に終了します</translation>
    </message>
    <message>
        <source>Co&amp;mpare two executions</source>
        <translation>2 つの実行を比較(&amp;M)</translation>
    </message>
    <message>
        <source>The two selected executions side by side: both paths on the diagram, where they parted, and their contexts&apos; differences</source>
        <translation>選択した 2 つの実行を並べて表示: 図上の両方の経路、分かれた場所、コンテキストの違い</translation>
    </message>
    <message>
        <source>Find &amp;customer…</source>
        <translation>顧客を探す(&amp;C)…</translation>
    </message>
    <message>
        <source>A customer&apos;s executions across every flow</source>
        <translation>すべてのフローにわたる顧客の実行</translation>
    </message>
    <message>
        <source>Find &amp;stuck…</source>
        <translation>停止した実行を探す(&amp;S)…</translation>
    </message>
    <message>
        <source>The active executions that started hours ago and block their customers</source>
        <translation>数時間前に始まり、顧客を足止めしているアクティブな実行</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>追跡(&amp;O)</translation>
    </message>
    <message>
        <source>Follow: read the newest executions every %1 s and put them on top (F9); for ranges that reach now</source>
        <translation>追跡: %1 秒ごとに最新の実行を読み、上に追加します (F9)。現在まで続く範囲で使えます</translation>
    </message>
    <message>
        <source>Follow needs a flow and a range that reaches now (such as Last hour or Any time).</source>
        <translation>追跡にはフローと、現在まで続く範囲 (過去 1 時間、すべての期間など) が必要です。</translation>
    </message>
    <message>
        <source>Following: the newest executions appear on top every %1 s.</source>
        <translation>追跡中: 最新の実行が %1 秒ごとに上に表示されます。</translation>
    </message>
    <message>
        <source>Follow: ⚠ %1 It tries again in %2 s.</source>
        <translation>追跡: ⚠ %1 %2 秒後に再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>%n new execution(s)</source>
        <translation>
            <numerusform>新しい実行 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Outcomes of the rows on screen</source>
        <translation>画面上の行の結果(&amp;O)</translation>
    </message>
    <message>
        <source>Read the steps of the rows on screen by themselves for their outcome (Analyse reads all loaded rows either way)</source>
        <translation>画面上の行のステップを自動で読み、結果を得ます (「分析」はいずれにせよ読み込んだすべての行を読みます)</translation>
    </message>
    <message>
        <source>Count &amp;undelivered messages as failures</source>
        <translation>配信されなかったメッセージを失敗として数える(&amp;U)</translation>
    </message>
    <message>
        <source>An execution whose message did not reach the customer failed, though Studio&apos;s step says &quot;sent&quot;: the bot went silent</source>
        <translation>メッセージが顧客に届かなかった実行は、Studio のステップが &quot;sent&quot; と言っていても失敗です: ボットが黙ってしまいました</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>アラート(&amp;A)…</translation>
    </message>
    <message>
        <source>The flow&apos;s Debugger alerts over the range shown, by error code and by widget (Ctrl+Shift+A)</source>
        <translation>表示中の範囲のフローの Debugger アラートを、エラーコード別とウィジェット別に (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Activity chart</source>
        <translation>アクティビティのグラフ(&amp;A)</translation>
    </message>
    <message>
        <source>Executions per 5 minutes, hour or day, above the table</source>
        <translation>表の上に、5 分、1 時間、1 日ごとの実行数</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存済みビュー</translation>
    </message>
    <message>
        <source>Open a saved view, or save what the table shows (Ctrl+D)</source>
        <translation>保存済みビューを開くか、表の表示内容を保存します (Ctrl+D)</translation>
    </message>
    <message>
        <source>Find customer…</source>
        <translation>顧客を探す…</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>顧客を探す</translation>
    </message>
    <message>
        <source>A phone number or address: every flow&apos;s executions of this customer (Ctrl+Shift+F)</source>
        <translation>電話番号またはアドレス: すべてのフローでのこの顧客の実行 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Executions or customer search</source>
        <translation>実行または顧客検索</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>サインイン中のアカウント</translation>
    </message>
    <message>
        <source>Which Twilio account FlowScope reads, and where its credentials come from</source>
        <translation>FlowScope が読む Twilio アカウントと、その認証情報の出どころ</translation>
    </message>
    <message>
        <source>Where the rows come from</source>
        <translation>行の出どころ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>The table and the chart still show %1 — %2.</source>
        <translation>表とグラフはまだ %1 — %2 を表示しています。</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>The flow list could not be loaded: %1 Press F5 to try again.</source>
        <translation>フロー一覧を読み込めませんでした: %1 F5 キーでもう一度お試しください。</translation>
    </message>
    <message>
        <source>Select the results to end first.</source>
        <translation>先に終了する結果を選んでください。</translation>
    </message>
    <message>
        <source>The Executions tab&apos;s flow and range. Find customer searches its own range, set on its tab.</source>
        <translation>実行タブのフローと範囲です。「顧客を探す」は自身のタブで設定した独自の範囲で検索します。</translation>
    </message>
    <message>
        <source>The link is of account %1: switching to profile &apos;%2&apos;…</source>
        <translation>リンクはアカウント %1 のものです: プロファイル &apos;%2&apos; に切り替えています…</translation>
    </message>
    <message>
        <source>That link is of account %1, but the TWILIO_* variables sign in to %2; it was not opened.</source>
        <translation>このリンクはアカウント %1 のものですが、TWILIO_* 変数は %2 にサインインしています。リンクは開きませんでした。</translation>
    </message>
    <message>
        <source>That link is of account %1, and no profile of yours holds it; it was not opened. Add one (Profiles ▸ Add profile…) if you have access to it.</source>
        <translation>このリンクはアカウント %1 のもので、それを含むプロファイルがありません。リンクは開きませんでした。アクセス権があれば追加してください (プロファイル ▸ プロファイルを追加…)。</translation>
    </message>
    <message>
        <source>The link&apos;s %1 were ignored: a link never changes the account or where FlowScope connects.</source>
        <translation>リンクの %1 は無視しました: リンクがアカウントや FlowScope の接続先を変えることはありません。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 を取得中…</translation>
    </message>
    <message>
        <source>Flow %1 has no execution %2. Studio keeps executions for 30 days; check the SID, or paste the Console link, which names its flow.</source>
        <translation>フロー %1 に実行 %2 はありません。Studio は実行を 30 日間保持します。SID を確認するか、フローを含む Console のリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not open %1: the server sent a response FlowScope cannot read: %2.</source>
        <translation>%1 を開けませんでした: サーバーから FlowScope が読めない応答が届きました: %2。</translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows; shown as the API returned it.</source>
        <translation>%1 は読み込み済みの行にありません。API が返したとおりに表示しています。</translation>
    </message>
    <message>
        <source>View &apos;%1&apos;</source>
        <translation>ビュー &apos;%1&apos;</translation>
    </message>
    <message>
        <source>FlowScope — demo account</source>
        <translation>FlowScope — デモアカウント</translation>
    </message>
    <message>
        <source>Demo: a generated Studio account served by the built-in sandbox</source>
        <translation>デモ: 組み込みのサンドボックスが提供する生成された Studio アカウント</translation>
    </message>
    <message>
        <source>Pick a flow to see its executions (Ctrl+L).</source>
        <translation>フローを選ぶと、その実行を表示します (Ctrl+L)。</translation>
    </message>
    <message>
        <source>Select the executions to end first.</source>
        <translation>先に終了する実行を選んでください。</translation>
    </message>
    <message>
        <source>Select exactly two executions to compare (Ctrl+click the second).</source>
        <translation>比較する実行をちょうど 2 つ選んでください (2 つ目は Ctrl+クリック)。</translation>
    </message>
    <message>
        <source>The flows are not listed yet.</source>
        <translation>フローはまだ一覧されていません。</translation>
    </message>
    <message>
        <source>Pick a flow first: its alerts are counted.</source>
        <translation>先にフローを選んでください: そのアラートを数えます。</translation>
    </message>
    <message>
        <source>%1 — %2 of them loaded; Load all for the others</source>
        <translation>%1 — うち %2 件を読み込み済み。残りは「すべて読み込む」で</translation>
    </message>
    <message>
        <source>Pick a flow first: there is nothing to export yet.</source>
        <translation>先にフローを選んでください: まだエクスポートするものがありません。</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>credentials typed in (kept in memory)</source>
        <translation>入力した認証情報 (メモリに保持)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>%1…%2 · %3</source>
        <translation>%1…%2 · %3</translation>
    </message>
    <message>
        <source> (TWILIO_* variables win over profiles)</source>
        <translation> (TWILIO_* 変数はプロファイルより優先されます)</translation>
    </message>
    <message>
        <source>Account %1, signed in with %2; API origin %3</source>
        <translation>アカウント %1、%2 でサインイン。API オリジン %3</translation>
    </message>
    <message>
        <source>Environment credentials in use (TWILIO_*)</source>
        <translation>環境の認証情報を使用中 (TWILIO_*)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>プロファイルを編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>プロファイルを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Remove profile &apos;%1&apos; and its secret from the keychain?</source>
        <translation>プロファイル &apos;%1&apos; とそのシークレットをキーチェーンから削除しますか?</translation>
    </message>
    <message>
        <source>Secrets are kept in %1</source>
        <translation>シークレットの保存先: %1</translation>
    </message>
    <message>
        <source>A flow&apos;s executions over the range in the tool bar</source>
        <translation>ツールバーの範囲でのフローの実行</translation>
    </message>
</context>
<context>
    <name>flowscope::OutcomeFetcher</name>
    <message>
        <source>its steps are gone (404)</source>
        <translation>ステップはもうありません (404)</translation>
    </message>
    <message>
        <source>its steps could not be read: %1</source>
        <translation>ステップを読めませんでした: %1</translation>
    </message>
    <message>
        <source>its context is gone (404), so the widgets&apos; status codes are unknown</source>
        <translation>コンテキストがもうないため (404)、ウィジェットのステータスコードは不明です</translation>
    </message>
    <message>
        <source>its context could not be read: %1</source>
        <translation>コンテキストを読めませんでした: %1</translation>
    </message>
    <message>
        <source>its context is not a JSON object</source>
        <translation>コンテキストが JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>flowscope::Pager</name>
    <message>
        <source>meta.next_page_url is not an absolute URL</source>
        <translation>meta.next_page_url が絶対 URL ではありません</translation>
    </message>
    <message>
        <source>Stopped: the next page is on %1, not on the origin of the list (%2). Credentials are never sent to another origin.</source>
        <translation>停止しました: 次のページは %1 にあり、一覧のオリジン (%2) ではありません。認証情報を別のオリジンに送ることはありません。</translation>
    </message>
    <message>
        <source>Stopped: the server sent a next page that was already loaded (a paging loop).</source>
        <translation>停止しました: サーバーが読み込み済みのページを次のページとして送ってきました (ページングのループ)。</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedPanel</name>
    <message>
        <source>Said: %1</source>
        <translation>発言: %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>エラー %1: %2</translation>
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
        <translation>%1 についての Twilio のページ</translation>
    </message>
    <message>
        <source>What Twilio said</source>
        <translation>Twilio の記録</translation>
    </message>
    <message>
        <source>Select an execution to see what Twilio said about it.</source>
        <translation>実行を選ぶと、それについての Twilio の記録を表示します。</translation>
    </message>
    <message>
        <source>Alerts are left out: this key cannot read the Debugger.</source>
        <translation>アラートは除外しています: このキーでは Debugger を読めません。</translation>
    </message>
    <message>
        <source>Alerts could not be listed: %1</source>
        <translation>アラートを一覧できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) naming only the flow fit no single step and are not shown.</source>
        <translation>
            <numerusform>フローだけを名指しするアラート %n 件は、1 つのステップに当てはまらないため表示していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio kept nothing else about this step (%n about the execution).</source>
        <translation>
            <numerusform>このステップについて Twilio はほかに何も保持していません (実行全体では %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>What Twilio said about this step:</source>
        <translation>このステップについての Twilio の記録:</translation>
    </message>
    <message>
        <source>Twilio kept no message, call or Debugger alert about this execution.</source>
        <translation>この実行について Twilio はメッセージ、通話、Debugger アラートを保持していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), call(s) and alert(s) about this execution; select a marked step for its own.</source>
        <translation>
            <numerusform>この実行についてのメッセージ、通話、アラート %n 件。印の付いたステップを選ぶと、そのステップのものを表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Open in Twilio Console</source>
        <translation>Twilio Console で開く</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;メッセージ %1&lt;/b&gt;: Twilio にもうありません (削除されたか保持期間を過ぎました)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;メッセージ %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未読込</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message from %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1 からのメッセージ&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message to %1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 へのメッセージ&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n segment(s)</source>
        <translation>
            <numerusform>送信 %1 · %n セグメント</numerusform>
        </translation>
    </message>
    <message>
        <source>Named by widget %1 · %2</source>
        <translation>ウィジェット %1 が指定 · %2</translation>
    </message>
    <message>
        <source>It started the execution · %1</source>
        <translation>これが実行を開始しました · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: no longer at Twilio (deleted, or past its retention).</source>
        <translation>&lt;b&gt;通話 %1&lt;/b&gt;: Twilio にもうありません (削除されたか保持期間を過ぎました)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;通話 %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;通話 %1 → %2&lt;/b&gt; — &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>lasted %n second(s)</source>
        <translation>
            <numerusform>通話時間 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>%1 が応答</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2 — probable: it names only the flow, and its time and URL fit this step alone</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; (%2) — 推定: フローだけを名指ししており、時刻と URL がこのステップだけに当てはまります</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger %1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;Debugger %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Called: %1 </source>
        <translation>呼び出し先: %1 </translation>
    </message>
    <message>
        <source>Open in the Debugger</source>
        <translation>Debugger で開く</translation>
    </message>
    <message>
        <source>The request and response of this alert could not be read.</source>
        <translation>このアラートのリクエストと応答を読めませんでした。</translation>
    </message>
    <message>
        <source>The response body</source>
        <translation>応答の本文</translation>
    </message>
    <message>
        <source>The response headers</source>
        <translation>応答のヘッダー</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>送信した内容</translation>
    </message>
</context>
<context>
    <name>flowscope::RelatedSession</name>
    <message>
        <source>The account changed.</source>
        <translation>アカウントが変わりました。</translation>
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
        <translation>未設定</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionCompare</name>
    <message>
        <source>revision %1 holds no definition FlowScope can read: %2</source>
        <translation>リビジョン %1 には FlowScope が読める定義がありません: %2</translation>
    </message>
    <message>
        <source>Revision %1 → %2</source>
        <translation>リビジョン %1 → %2</translation>
    </message>
    <message>
        <source>%1: no widget changed.</source>
        <translation>%1: 変更されたウィジェットはありません。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed, %5 moved.</source>
        <translation>%1: 追加 %2、削除 %3、変更 %4、移動 %5。</translation>
    </message>
</context>
<context>
    <name>flowscope::RevisionComparer</name>
    <message>
        <source>+ %1 — added</source>
        <translation>+ %1 — 追加</translation>
    </message>
    <message>
        <source>− %1 — removed</source>
        <translation>− %1 — 削除</translation>
    </message>
    <message>
        <source>↔ %1 — moved</source>
        <translation>↔ %1 — 移動</translation>
    </message>
    <message>
        <source>✎ %1 — changed: %2</source>
        <translation>✎ %1 — 変更: %2</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>リビジョンと比較…</translation>
    </message>
    <message>
        <source>Draw what changed between the revision this execution ran on and another: added, removed, changed and moved widgets</source>
        <translation>この実行が動いたリビジョンと別のリビジョンの間で変わった点を描きます: 追加・削除・変更・移動されたウィジェット</translation>
    </message>
    <message>
        <source>Compare with another revision of the flow</source>
        <translation>フローの別のリビジョンと比較</translation>
    </message>
    <message>
        <source>What changed between the two revisions</source>
        <translation>2 つのリビジョンの間で変わった点</translation>
    </message>
    <message>
        <source>The revisions could not be read: %1</source>
        <translation>リビジョンを読めませんでした: %1</translation>
    </message>
    <message>
        <source>Back to this execution&apos;s path</source>
        <translation>この実行の経路に戻る</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s revisions…</source>
        <translation>フローのリビジョンを読み込み中…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source> (this execution&apos;s)</source>
        <translation> (この実行のもの)</translation>
    </message>
    <message>
        <source>Reading revisions %1 and %2…</source>
        <translation>リビジョン %1 と %2 を読み込み中…</translation>
    </message>
    <message>
        <source>Drawn: revision %1; this execution ran on %2.</source>
        <translation>描画: リビジョン %1。この実行は %2 で動きました。</translation>
    </message>
    <message>
        <source>Hover a marked box for what changed; removed widgets are ghosts.</source>
        <translation>印の付いたボックスにマウスを重ねると変更点を表示します。削除されたウィジェットは半透明で示します。</translation>
    </message>
    <message>
        <source>No widget changed.</source>
        <translation>変更されたウィジェットはありません。</translation>
    </message>
</context>
<context>
    <name>flowscope::SearchPanel</name>
    <message>
        <source>Also search message text</source>
        <translation>メッセージのテキストも検索</translation>
    </message>
    <message>
        <source>Exact address</source>
        <translation>アドレス完全一致</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>実行を終了…</translation>
    </message>
    <message>
        <source>Search message text</source>
        <translation>メッセージのテキストを検索</translation>
    </message>
    <message>
        <source>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</source>
        <translation>+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>A phone number as you would type it matches it on every channel (SMS, WhatsApp, calls); client: and sip: addresses match whole</source>
        <translation>入力どおりの電話番号はすべてのチャネル (SMS、WhatsApp、通話) で一致します。client: と sip: のアドレスは完全一致です</translation>
    </message>
    <message>
        <source>What they wrote or said</source>
        <translation>顧客が書いたり話したりした内容</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージのテキスト</translation>
    </message>
    <message>
        <source>Searched in each execution&apos;s context: one request per execution</source>
        <translation>各実行のコンテキストを検索します: 実行 1 件につき 1 リクエスト</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>既定の国</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>+国番号なしで入力した番号の国 (ISO 3166、例: GB)</translation>
    </message>
    <message>
        <source>Match the address string only, on its own channel</source>
        <translation>アドレス文字列だけを、そのチャネルで照合します</translation>
    </message>
    <message>
        <source>Flows to search</source>
        <translation>検索するフロー</translation>
    </message>
    <message>
        <source>All flows by default; untick to narrow</source>
        <translation>既定ではすべてのフロー。チェックを外すと絞り込めます</translation>
    </message>
    <message>
        <source>Every chosen flow at once, newest first (Enter)</source>
        <translation>選んだすべてのフローを同時に、新しい順で (Enter)</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>検索をキャンセル</translation>
    </message>
    <message>
        <source>Stop every request of the search</source>
        <translation>検索のすべてのリクエストを止めます</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>Export the selected results (or all) with the export dialog</source>
        <translation>選択した結果 (またはすべて) をエクスポートのダイアログでエクスポートします</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>実行を終了</translation>
    </message>
    <message>
        <source>End the selected results that are still active, after a confirmation</source>
        <translation>選択した結果のうちまだアクティブなものを、確認の後に終了します</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状況</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address to find them in every flow.</source>
        <translation>顧客の番号かアドレスを入力すると、すべてのフローから探します。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>When</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>This search&apos;s own range, up to Twilio&apos;s 30 days (more with the archive); the tool bar&apos;s range is the Executions tab&apos;s</source>
        <translation>この検索独自の範囲で、Twilio の 30 日まで (アーカイブがあればそれ以上)。ツールバーの範囲は実行タブのものです</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Customer&apos;s executions</source>
        <translation>顧客の実行</translation>
    </message>
    <message>
        <source>Every flow&apos;s executions of this customer, newest first. Ctrl+C copies the selected ones.</source>
        <translation>すべてのフローでのこの顧客の実行を新しい順に表示します。Ctrl+C で選択したものをコピーします。</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>結果をコピー</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>すべてのフロー</translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%2 個中 %1 個のフロー</translation>
    </message>
    <message>
        <source>All %1 flows</source>
        <translation>全 %1 個のフロー</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or address, or what they wrote.</source>
        <translation>顧客の番号かアドレス、または書いた内容を入力してください。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Choose at least one flow.</source>
        <translation>少なくとも 1 つのフローを選んでください。</translation>
    </message>
    <message>
        <source>The range&apos;s start is not before its end: nothing was sent.</source>
        <translation>範囲の開始が終了より前ではありません: 何も送信していません。</translation>
    </message>
    <message>
        <source>Counting the executions to read…</source>
        <translation>読み込む実行を数えています…</translation>
    </message>
    <message numerus="yes">
        <source>Searching what they wrote reads the context of %n execution(s) — one request each. Go on?</source>
        <translation>
            <numerusform>書いた内容の検索では %n 件の実行のコンテキストを読みます (1 件ごとに 1 リクエスト)。続けますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched: nothing was read.</source>
        <translation>検索していません: 何も読んでいません。</translation>
    </message>
    <message>
        <source>Cancelled: %1 found before then, not a complete search.</source>
        <translation>キャンセルしました: それまでに %1 件見つかりましたが、検索は完了していません。</translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 executions scanned · %4 found</source>
        <translation>%2 個中 %1 個のフロー · %3 件の実行を確認 · %4 件見つかりました</translation>
    </message>
    <message numerus="yes">
        <source>%n only in the archive</source>
        <translation>
            <numerusform>アーカイブのみ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>the archive searched too</source>
        <translation>アーカイブも検索しました</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>every flow searched</source>
        <translation>すべてのフローを検索しました</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) could not be searched: not a complete search</source>
        <translation>
            <numerusform>%n 個のフローを検索できませんでした: 検索は完了していません</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 を再試行</translation>
    </message>
    <message>
        <source>Search this flow again; what was found stays</source>
        <translation>このフローをもう一度検索します。見つかったものは残ります</translation>
    </message>
</context>
<context>
    <name>flowscope::SignInDialog</name>
    <message>
        <source>Account SID and Auth Token</source>
        <translation>Account SID と Auth Token</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>API キーとシークレット</translation>
    </message>
    <message>
        <source>Remember as a profile (the secret goes to the keychain, never to a file)</source>
        <translation>プロファイルとして記憶する (シークレットはキーチェーンに保存し、ファイルには決して保存しません)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in to Twilio</source>
        <translation>Twilio にサインイン</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits, from the Twilio Console&apos;s dashboard</source>
        <translation>AC の後に 16 進 32 桁。Twilio Console のダッシュボードにあります</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Kept in memory for this session, or by the system keychain when remembered as a profile; never in a file</source>
        <translation>このセッションの間はメモリに、プロファイルとして記憶した場合はシステムのキーチェーンに保持します。ファイルには決して保存しません</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>API キーの SID</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK の後に 16 進 32 桁</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API キーのシークレット</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Leave empty for the default (us1)</source>
        <translation>既定 (us1) なら空のままにします</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>Leave empty for the default; an edge alone means region us1</source>
        <translation>既定なら空のままにします。エッジだけを指定するとリージョンは us1 です</translation>
    </message>
    <message>
        <source>Advanced: another API origin, e.g. http://127.0.0.1:8080</source>
        <translation>詳細: 別の API オリジン。例: http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Only for a sandbox or proxy; plain http only for loopback hosts</source>
        <translation>サンドボックスかプロキシ専用。暗号化なしの http はループバックのホストのみ</translation>
    </message>
    <message>
        <source>e.g. support-us1</source>
        <translation>例: support-us1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>A name for these credentials, to switch between accounts later</source>
        <translation>後でアカウントを切り替えるための、この認証情報の名前</translation>
    </message>
    <message>
        <source>Remember as a profile</source>
        <translation>プロファイルとして記憶する</translation>
    </message>
    <message>
        <source>Saves the profile; the Auth Token or secret is kept by the system keychain</source>
        <translation>プロファイルを保存します。Auth Token またはシークレットはシステムのキーチェーンが保持します</translation>
    </message>
    <message>
        <source>Why sign in</source>
        <translation>サインインが必要な理由</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>入力内容の問題</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Ask Twilio for one flow with these credentials</source>
        <translation>この認証情報で Twilio に 1 つのフローを問い合わせます</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>FlowScope needs Twilio credentials that may read Studio. The secret stays in memory for this session, or in the system keychain if you remember it as a profile.</source>
        <translation>FlowScope には Studio を読める Twilio の認証情報が必要です。シークレットはこのセッションの間はメモリに、プロファイルとして記憶した場合はシステムのキーチェーンに保持します。</translation>
    </message>
    <message>
        <source>Give the profile a name: letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>プロファイルに名前を付けてください: 英字、数字、空白、ピリオド、ハイフン、アンダースコア。</translation>
    </message>
    <message>
        <source>(stored in the keychain: leave empty to keep it)</source>
        <translation>(キーチェーンに保存済み: 変更しない場合は空のまま)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>✓ Connected: these credentials can read this account&apos;s Studio flows.</source>
        <translation>✓ 接続しました: この認証情報でこのアカウントの Studio フローを読めます。</translation>
    </message>
    <message>
        <source>✓ Connected, but this account has no Studio flows yet.</source>
        <translation>✓ 接続しましたが、このアカウントにはまだ Studio フローがありません。</translation>
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
        <translation>このステップの所要時間: 次のステップまで。最後のステップは実行の終了まで (実行中は現在まで)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Twilio said</source>
        <translation>Twilio の記録</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>遷移元 → 遷移先</translation>
    </message>
    <message>
        <source>Widget type</source>
        <translation>ウィジェットの種類</translation>
    </message>
</context>
<context>
    <name>flowscope::StuckDialog</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>End executions…</source>
        <translation>実行を終了…</translation>
    </message>
    <message>
        <source>Find stuck executions</source>
        <translation>停止した実行を探す</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>The flows to look in (the current one by default)</source>
        <translation>探すフロー (既定は現在のフロー)</translation>
    </message>
    <message>
        <source> hours ago</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Started more than</source>
        <translation>開始からの経過</translation>
    </message>
    <message>
        <source>Active executions that started longer ago than this</source>
        <translation>これより前に始まったアクティブな実行</translation>
    </message>
    <message>
        <source>Optional: +44 7700 900123, client:alice, sip:bob@example.com</source>
        <translation>省略可: +44 7700 900123, client:alice, sip:bob@example.com</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Only this customer&apos;s: a phone number matches it on every channel</source>
        <translation>この顧客のものだけ: 電話番号はすべてのチャネルで一致します</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>既定の国</translation>
    </message>
    <message>
        <source>The country of numbers typed without +country (ISO 3166, such as GB)</source>
        <translation>+国番号なしで入力した番号の国 (ISO 3166、例: GB)</translation>
    </message>
    <message>
        <source>Reads only the active executions (Studio v2&apos;s status filter)</source>
        <translation>アクティブな実行だけを読みます (Studio v2 のステータスフィルター)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状況</translation>
    </message>
    <message>
        <source>Stuck executions</source>
        <translation>停止した実行</translation>
    </message>
    <message>
        <source>Select those to end; with none selected, End executions takes them all</source>
        <translation>終了するものを選びます。何も選ばなければ「実行を終了」はすべてを対象にします</translation>
    </message>
    <message>
        <source>End executions</source>
        <translation>実行を終了</translation>
    </message>
    <message>
        <source>End the selected ones (all when none is selected), after a confirmation</source>
        <translation>選択したもの (何も選ばなければすべて) を、確認の後に終了します</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Tick at least one flow.</source>
        <translation>少なくとも 1 つのフローにチェックを入れてください。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n flow(s)…</source>
        <translation>
            <numerusform>%n 個のフローを検索中…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flows · %3 found</source>
        <translation>%2 個中 %1 個のフロー · %3 件見つかりました</translation>
    </message>
    <message numerus="yes">
        <source>%n active execution(s) started before then</source>
        <translation>
            <numerusform>それより前に始まったアクティブな実行 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow could be read: the list above is not complete.</source>
        <translation>読めなかったフローがあります: 上の一覧は完全ではありません。</translation>
    </message>
</context>
<context>
    <name>flowscope::TargetLookup</name>
    <message>
        <source>%1 is in none of the flows given: skipped</source>
        <translation>%1 は指定したどのフローにもありません: スキップ</translation>
    </message>
    <message>
        <source>%1 is not active: skipped</source>
        <translation>%1 はアクティブではありません: スキップ</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s: skipped</source>
        <translation>%1 は %2 のものではありません: スキップ</translation>
    </message>
</context>
<context>
    <name>flowscope::ViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation>ビュー(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>このビューへのリンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Name the flow, range, filters, columns and sort shown, to open them again or send them as a link (Ctrl+D)</source>
        <translation>表示中のフロー、範囲、フィルター、列、並べ替えに名前を付け、後で開いたりリンクで送ったりできるようにします (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy a flowscope://view link to what the table shows now</source>
        <translation>表の現在の表示内容への flowscope://view リンクをコピーします</translation>
    </message>
    <message>
        <source>Copied a link to this view</source>
        <translation>このビューへのリンクをコピーしました</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>保存済みビューはまだありません</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show this view&apos;s flow, range, filters and columns</source>
        <translation>このビューのフロー、範囲、フィルター、列を表示します</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copied a link to the view &apos;%1&apos;</source>
        <translation>ビュー &apos;%1&apos; へのリンクをコピーしました</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>起動時に開く(&amp;S)</translation>
    </message>
    <message>
        <source>Open this view when FlowScope starts with this profile</source>
        <translation>このプロファイルで FlowScope を起動したときにこのビューを開きます</translation>
    </message>
    <message>
        <source>Pick a flow first: a view is a flow&apos;s executions.</source>
        <translation>先にフローを選んでください: ビューはフローの実行を表示するものです。</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Name of the view (flow, range, filters, columns and sort as shown):</source>
        <translation>ビューの名前 (表示中のフロー、範囲、フィルター、列、並べ替え):</translation>
    </message>
    <message>
        <source>Replace the view &apos;%1&apos;?</source>
        <translation>ビュー &apos;%1&apos; を置き換えますか?</translation>
    </message>
    <message>
        <source>Saved the view &apos;%1&apos;</source>
        <translation>ビュー &apos;%1&apos; を保存しました</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>ビューの名前を変更</translation>
    </message>
    <message>
        <source>New name of the view &apos;%1&apos;:</source>
        <translation>ビュー &apos;%1&apos; の新しい名前:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>ビューを削除</translation>
    </message>
    <message>
        <source>Delete the view &apos;%1&apos;?</source>
        <translation>ビュー &apos;%1&apos; を削除しますか?</translation>
    </message>
</context>
<context>
    <name>flowscope::WorkbookFile</name>
    <message>
        <source> […cut here: %1 more characters do not fit in a spreadsheet cell; export JSONL for the whole text]</source>
        <translation> […ここで切り詰め: あと %1 文字はスプレッドシートのセルに収まりません。全文が必要なら JSONL でエクスポートしてください]</translation>
    </message>
    <message>
        <source>a workbook can only be written, once</source>
        <translation>ワークブックは 1 回しか書き込めません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>ワークブックを作成できませんでした</translation>
    </message>
    <message>
        <source>the last row was incomplete</source>
        <translation>最後の行が不完全でした</translation>
    </message>
    <message>
        <source>the rows to write were corrupt</source>
        <translation>書き込む行が壊れていました</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>ワークブックを読み戻せません: %1</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>cannot put the workbook in place</source>
        <translation>ワークブックを所定の場所に置けません</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>ワークブックが開いていません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>デモ用サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; はコマンドではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the window (options start with --).</source>
        <translation>&apos;%1&apos; はウィンドウのオプションではありません (オプションは -- で始まります)。</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; のことですか?</translation>
    </message>
    <message>
        <source>Commands: %1. Run &apos;flowscope --help&apos;.</source>
        <translation>コマンド: %1。&apos;flowscope --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Run &apos;flowscope --help&apos;.</source>
        <translation>&apos;flowscope --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands run without one: flowscope --help</source>
        <translation>ウィンドウを開くディスプレイがありません (DISPLAY も WAYLAND_DISPLAY も設定されていません)。コマンドはディスプレイなしで動きます: flowscope --help</translation>
    </message>
    <message>
        <source>the window could not open on this display; the commands run without one: flowscope --help</source>
        <translation>このディスプレイではウィンドウを開けませんでした。コマンドはディスプレイなしで動きます: flowscope --help</translation>
    </message>
    <message>
        <source>after -- comes one flowscope:// link, and nothing else</source>
        <translation>-- の後には flowscope:// リンクを 1 つだけ指定します</translation>
    </message>
</context>
</TS>
