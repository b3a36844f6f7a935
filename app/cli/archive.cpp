// flowscope archive sync|status|purge: the archive kept past Twilio's 30 days — brought up to
// date, described, trimmed.

#include "archiveaccess.h"

#include "archive/archivesync.h"
#include "export/csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// "365d", "12w", "48h" (a whole number and its unit): milliseconds, or nullopt.
std::optional<qint64> durationMs(const QString &text)
{
    static const QHash<QChar, qint64> units { { u'h', 3600LL * 1000 }, { u'd', kDayMs },
        { u'w', 7 * kDayMs } };
    const QString t = text.trimmed();
    if (t.size() < 2 || !units.contains(t.back()))
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.chopped(1).toLongLong(&ok);
    if (!ok || n < 1 || n > 100'000)
        return std::nullopt;
    return n * units.value(t.back());
}

QString isoOrEmpty(qint64 ms)
{
    return ms == kNoTime ? QString()
                         : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

struct ArchivePlan
{
    QString action;
    ArchiveLocation location;
    ArchiveSyncOptions sync;
    std::optional<qint64> keepMs; // sync: purge what is older after it; purge: required
    bool yes = false;
    bool terminal = false;
    QString format = u"csv"_s;
};

class ArchiveJob final : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveJob)

public:
    explicit ArchiveJob(const ArchivePlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        begin(client, scope, finish);
        ArchiveAccess::open(m_plan.location, client, m_plan.action == u"sync"_s, &scope,
            [this](std::unique_ptr<Archive> archive, int exitCode) {
                if (!archive) {
                    m_finish(exitCode);
                    return;
                }
                m_archive = std::move(archive);
                if (m_plan.action == u"sync"_s)
                    sync();
                else if (m_plan.action == u"status"_s)
                    m_finish(status());
                else
                    m_finish(purge());
            });
    }

private:
    void sync()
    {
        auto *sync = new ArchiveSync(m_client, m_archive.get(), m_plan.sync, m_scope);
        QObject::connect(sync, &ArchiveSync::retrying, m_scope, &announceRetry);
        QObject::connect(sync, &ArchiveSync::progress, m_scope,
            [](const ArchiveSyncCounts &counts) { showProgress(counts.written); });
        QObject::connect(sync, &ArchiveSync::finished, m_scope,
            [this, sync](const ApiError &error) { synced(sync->counts(), error); });
        sync->start();
    }

    void synced(const ArchiveSyncCounts &counts, const ApiError &error)
    {
        if (stderrIsTerminal())
            std::fputs("\n", stderr);
        if (error.isError()) {
            printError(tr("%1 (what was written before stays: %2 execution(s); the next sync "
                          "goes on from there)")
                           .arg(error.userMessage())
                           .arg(counts.written));
            m_finish(exitCodeFor(error));
            return;
        }
        printError(tr("%1: %2 flow(s) synced, %3 execution(s) written; %4 held as active "
                      "checked, %5 of them changed%6")
                       .arg(m_archive->name())
                       .arg(counts.flows)
                       .arg(counts.written)
                       .arg(counts.refreshed + counts.unchanged + counts.gone)
                       .arg(counts.refreshed)
                       .arg(counts.gone > 0 ? tr(", %1 no longer at Twilio (kept)").arg(counts.gone)
                                            : QString()));
        if (m_plan.keepMs) {
            ArchiveError purgeError;
            const qint64 before = m_plan.sync.now.toMSecsSinceEpoch() - *m_plan.keepMs;
            const qint64 purged = m_archive->purgeOlderThan(before, &purgeError);
            if (purged < 0) {
                printError(purgeError.message);
                m_finish(OutputFailed);
                return;
            }
            if (purged > 0)
                printError(tr("%1 execution(s) older than the retention were deleted").arg(purged));
        }
        m_finish(Ok);
    }

    int status()
    {
        ArchiveError error;
        const QList<ArchivedFlow> flows = m_archive->flows(&error);
        if (error.isError()) {
            printError(error.message);
            return OutputFailed;
        }
        const QStringList header { u"flow_sid"_s, u"executions"_s, u"active"_s, u"oldest"_s,
            u"newest"_s, u"last_sync"_s };
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return OutputFailed;
        if (m_plan.format == u"jsonl"_s) {
            for (const ArchivedFlow &f : flows) {
                const QJsonObject row {
                    { header[0], f.flowSid }, { header[1], f.executions }, { header[2], f.active },
                    { header[3], f.oldestMs == kNoTime ? QJsonValue() : isoOrEmpty(f.oldestMs) },
                    { header[4], f.newestMs == kNoTime ? QJsonValue() : isoOrEmpty(f.newestMs) },
                    { header[5], f.lastSyncMs == kNoTime ? QJsonValue() : isoOrEmpty(f.lastSyncMs) }
                };
                out.write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
            }
            return out.flush() ? Ok : OutputFailed;
        }
        CsvOptions options;
        options.separator = m_plan.format == u"tsv"_s ? '\t' : ',';
        CsvWriter writer(&out, options);
        writer.writeRow(header);
        for (const ArchivedFlow &f : flows) {
            writer.writeRow({ f.flowSid, QString::number(f.executions), QString::number(f.active),
                isoOrEmpty(f.oldestMs), isoOrEmpty(f.newestMs), isoOrEmpty(f.lastSyncMs) });
        }
        return writer.flush() ? Ok : OutputFailed;
    }

    int purge()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - *m_plan.keepMs;
        ArchiveError error;
        const qint64 count = m_archive->countOlderThan(before, &error);
        if (count < 0) {
            printError(error.message);
            return OutputFailed;
        }
        const QString what = tr("%1 execution(s) created before %2 in %3")
                                 .arg(count)
                                 .arg(isoOrEmpty(before), m_archive->name());
        if (count == 0) {
            printError(
                tr("nothing to delete: no execution(s) created before %1").arg(isoOrEmpty(before)));
            return Ok;
        }
        if (!m_plan.yes) {
            if (!m_plan.terminal) {
                printError(tr("refusing to delete %1 without --yes: standard input is not a "
                              "terminal to ask on")
                               .arg(what));
                return Usage;
            }
            const QByteArray question = "flowscope: " + tr("delete %1? [y/N] ").arg(what).toUtf8();
            std::fwrite(question.constData(), 1, size_t(question.size()), stderr);
            std::string answer;
            if (!std::getline(std::cin, answer)
                || !QString::fromStdString(answer).trimmed().startsWith(
                    u'y', Qt::CaseInsensitive)) {
                printError(tr("not confirmed: nothing was deleted"));
                return Usage;
            }
        }
        const qint64 deleted = m_archive->purgeOlderThan(before, &error);
        if (deleted < 0) {
            printError(error.message);
            return OutputFailed;
        }
        printError(tr("deleted %1").arg(tr("%1 execution(s)").arg(deleted)));
        return Ok;
    }

    ArchivePlan m_plan;
    std::unique_ptr<Archive> m_archive;
};

class ArchiveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec = describe(u"archive"_s, tr("keep executions past Twilio's 30 days"),
            tr("The archive: executions with their steps and contexts, and their flows' "
               "revisions, kept after Twilio drops them. sync brings it up to date (only what is "
               "new since the last sync, and the executions it holds as active read again); "
               "status says what it holds per flow; "
               "purge deletes what is older than a duration. The local archive is an encrypted "
               "SQLCipher file, created 0600; a wrong key, a file that is not an archive or a "
               "newer schema ends the command with 7 and leaves the file untouched."),
            { ArchiveAccess::dbOption(),
                { { u"flow"_s }, u"FW…"_s,
                    tr("sync: only this flow (repeatable; default every flow)."), {}, {},
                    OptionSpec::Repeatable },
                { { u"no-contexts"_s }, {}, tr("sync: archive executions and steps, not contexts."),
                    {}, {} },
                { { u"related"_s }, {},
                    tr("sync: archive each execution's messages, calls and Debugger alerts too "
                       "(as execution --related reads them; a few requests more each)."),
                    tr("Executions archived by a sync without it have none; execution --related "
                       "--archive and alerts --archive say so."),
                    {} },
                { { u"parallel"_s }, u"K"_s, tr("sync: flows synced side by side (default 4)."), {},
                    {} },
                { { u"concurrency"_s }, u"N"_s,
                    tr("sync: requests in flight for each flow (default %1).")
                        .arg(OutcomeFetcher::kDefaultConcurrency),
                    {}, {} },
                { { u"keep-for"_s }, u"DURATION"_s,
                    tr("sync: then delete what was created longer ago than DURATION (365d, 52w, "
                       "48h); default keep everything."),
                    {}, {} },
                { { u"older-than"_s }, u"DURATION"_s,
                    tr("purge: delete executions created longer ago than DURATION (365d, 52w, "
                       "48h). Required."),
                    {}, {}, OptionSpec::Required },
                { { u"yes"_s }, {},
                    tr("purge: do not ask (needed when standard input is not a terminal)."), {},
                    {} },
                { { u"format"_s }, u"csv|tsv|jsonl"_s, tr("status: csv (default), tsv or jsonl."),
                    {}, {} } });
        spec.usages = {
            { u"sync"_s,
                { u"db"_s, u"flow"_s, u"no-contexts"_s, u"related"_s, u"parallel"_s,
                    u"concurrency"_s, u"keep-for"_s } },
            { u"status"_s, { u"db"_s, u"format"_s } },
            { u"purge"_s, { u"older-than"_s, u"yes"_s, u"db"_s } },
        };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<ArchiveJob, ArchivePlan>(
            arguments, [](const Arguments &args, ArchivePlan *plan) { return check(args, plan); },
            -1);
    }

private:
    static bool check(const Arguments &args, ArchivePlan *plan)
    {
        const QStringList positional = args.positional();
        if (positional.size() != 1
            || !QStringList { u"sync"_s, u"status"_s, u"purge"_s }.contains(positional.first())) {
            printError(positional.isEmpty()
                    ? tr("say what to do: archive sync | status | purge")
                    : tr("unknown action '%1' of archive: the actions are sync, status and purge")
                          .arg(positional.first()));
            return false;
        }
        plan->action = positional.first();
        // Options of one action given to another are refused, not ignored.
        const QHash<QString, QStringList> own {
            { u"sync"_s,
                { u"flow"_s, u"no-contexts"_s, u"related"_s, u"parallel"_s, u"concurrency"_s,
                    u"keep-for"_s } },
            { u"status"_s, { u"format"_s } },
            { u"purge"_s, { u"older-than"_s, u"yes"_s } },
        };
        for (auto it = own.cbegin(); it != own.cend(); ++it) {
            if (it.key() == plan->action)
                continue;
            for (const QString &option : it.value()) {
                if (args.isSet(option)) {
                    printError(tr("--%1 is not an option of archive %2 (see --help)")
                                   .arg(option, plan->action));
                    return false;
                }
            }
        }
        const auto location = ArchiveAccess::locationOf(args);
        if (!location)
            return false;
        plan->location = *location;
        if (plan->action == u"sync"_s)
            return checkSync(args, plan);
        if (plan->action == u"purge"_s)
            return checkPurge(args, plan);
        plan->format = args.isSet(u"format"_s) ? args.value(u"format"_s) : u"csv"_s;
        if (!QStringList { u"csv"_s, u"tsv"_s, u"jsonl"_s }.contains(plan->format)) {
            printError(tr("--format must be csv, tsv or jsonl"));
            return false;
        }
        return true;
    }

    static bool checkSync(const Arguments &args, ArchivePlan *plan)
    {
        ArchiveSyncOptions &sync = plan->sync;
        if (!args.parseFlows(&sync.flows, false))
            return false;
        sync.contexts = !args.isSet(u"no-contexts"_s);
        sync.related = args.isSet(u"related"_s);
        qint64 parallel = sync.parallelFlows;
        if (!args.parseNumber(u"parallel"_s, 1, 16, tr("a number of flows"), &parallel)
            || !args.parseConcurrency(&sync.concurrency))
            return false;
        sync.parallelFlows = int(parallel);
        sync.now = QDateTime::currentDateTimeUtc();
        if (args.isSet(u"keep-for"_s)) {
            plan->keepMs = durationMs(args.value(u"keep-for"_s));
            if (!plan->keepMs) {
                printError(tr("--keep-for '%1' is not a duration such as 365d, 52w or 48h")
                               .arg(args.value(u"keep-for"_s)));
                return false;
            }
        }
        return true;
    }

    static bool checkPurge(const Arguments &args, ArchivePlan *plan)
    {
        if (!args.isSet(u"older-than"_s)) {
            printError(tr("archive purge needs --older-than DURATION (365d, 52w, 48h)"));
            return false;
        }
        plan->keepMs = durationMs(args.value(u"older-than"_s));
        if (!plan->keepMs) {
            printError(tr("--older-than '%1' is not a duration such as 365d, 52w or 48h")
                           .arg(args.value(u"older-than"_s)));
            return false;
        }
        plan->yes = args.isSet(u"yes"_s);
        plan->terminal = ::isatty(STDIN_FILENO) == 1 && stderrIsTerminal();
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeArchiveCommand()
{
    return std::make_unique<ArchiveCommand>();
}

} // namespace flowscope::cli
