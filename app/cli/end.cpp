// flowscope end: find the active executions asked for and end them — once each, at most four at
// a time, after showing which and (on a terminal) asking — with an audit file.

#include "command.h"

#include "bulk/endjob.h"
#include "bulk/stuckfinder.h"
#include "bulk/targetlookup.h"
#include "search/contactmatcher.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

// What the arguments asked for, checked.
struct EndRequest
{
    QStringList flows;
    QStringList sids; // by SID; else the active ones started before `before`
    QDateTime before;
    std::optional<ContactMatcher> contact;
    bool dryRun = false;
    bool yes = false;
    bool terminal = false; // stdin and stderr are a terminal to ask on
    int concurrency = EndJob::kDefaultConcurrency;
    QString auditPath;
};

// One run: the targets found, shown, confirmed, ended, and the audit written.
class Ending : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(Ending)

public:
    explicit Ending(const EndRequest &request)
        : m_request(request)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        begin(client, scope, finish);
        if (!m_request.sids.isEmpty())
            lookUp();
        else
            findStuck();
    }

private:
    // Each SID looked up in the flows given; only active ones become targets.
    void lookUp()
    {
        auto *lookup = new TargetLookup(
            m_client, m_request.flows, m_request.sids, m_request.contact, m_scope);
        QObject::connect(lookup, &TargetLookup::retrying, m_scope, &announceRetry);
        QObject::connect(lookup, &TargetLookup::skipped, m_scope,
            [](const QString &, const QString &why) { printError(why); });
        QObject::connect(lookup, &TargetLookup::finished, m_scope, [this, lookup] {
            if (lookup->error().isError()) {
                printError(lookup->error().userMessage() + tr(" Nothing was ended."));
                m_finish(exitCodeFor(lookup->error()));
                return;
            }
            m_targets = lookup->targets();
            m_missing = lookup->missing().size();
            proceed();
        });
        lookup->start();
    }

    void findStuck()
    {
        auto *finder = new StuckFinder(
            m_client, m_request.flows, m_request.before, m_request.contact, m_scope);
        QObject::connect(finder, &StuckFinder::retrying, m_scope, &announceRetry);
        QObject::connect(finder, &StuckFinder::finished, m_scope, [this, finder] {
            if (!finder->failures().isEmpty()) {
                for (const auto &[flowSid, error] : finder->failures())
                    printError(tr("%1: %2").arg(flowSid, error.userMessage()));
                printError(tr("not every flow could be read: nothing was ended"));
                m_finish(exitCodeFor(finder->failures().first().second));
                return;
            }
            for (const Execution &e : finder->found())
                m_targets << EndTarget { e.flowSid, e.sid, e.contactAddress, e.createdText };
            proceed();
        });
        finder->start();
    }

    // Once the targets are known: show them, ask, end them.
    void proceed()
    {
        if (m_targets.isEmpty()) { // and no audit file: there is nothing to account for
            printError(tr("no active execution matches: nothing to end"));
            m_finish(done(Ok));
            return;
        }
        printError(m_targets.size() == 1
                ? tr("1 active execution to end:")
                : tr("%1 active executions to end:").arg(m_targets.size()));
        for (const EndTarget &t : std::as_const(m_targets))
            std::fprintf(stderr, "%s\n", qPrintable(escapeControls(line(t))));
        if (m_request.dryRun) {
            printError(tr("dry run: nothing was sent"));
            m_finish(done(writeAudit(EndJob::dryRun(m_targets)) ? Ok : OutputFailed));
            return;
        }
        if (!m_request.yes && !confirmed())
            return;
        endThem();
    }

    bool confirmed()
    {
        if (!m_request.terminal) {
            printError(tr("refusing to end them without --yes: standard input is not a terminal "
                          "to ask on"));
            m_finish(Usage);
            return false;
        }
        if (!ask(m_targets.size())) {
            printError(tr("not confirmed: nothing was sent"));
            m_finish(Usage);
            return false;
        }
        return true;
    }

    void endThem()
    {
        m_job = std::make_unique<EndJob>(m_client, m_targets, m_request.concurrency);
        QObject::connect(m_job.get(), &EndJob::retrying, m_scope, &announceRetry);
        QObject::connect(m_job.get(), &EndJob::progress, m_scope, [](int settled, int total) {
            if (stderrIsTerminal())
                std::fprintf(stderr, "\r%d of %d…", settled, total);
        });
        QObject::connect(m_job.get(), &EndJob::finished, m_scope, [this] {
            if (stderrIsTerminal())
                std::fputs("\n", stderr);
            for (const EndOutcome &o : m_job->outcomes()) {
                if (o.result == EndOutcome::Result::Failed)
                    printError(tr("%1: %2").arg(o.target.sid, o.message));
            }
            printError(m_job->summary());
            const bool written = writeAudit(m_job->outcomes());
            const bool allEnded = m_job->count(EndOutcome::Result::Failed) == 0
                && m_job->count(EndOutcome::Result::NotSent) == 0;
            m_finish(done(!allEnded ? NetworkFailure : (written ? Ok : OutputFailed)));
        });
        m_job->start();
    }

    // A SID asked for that none of the flows has is not found (exit 4), once the others are
    // done: a typo must not read as success.
    int done(int code) const
    {
        if (code != Ok || m_missing == 0)
            return code;
        printError(tr("%n execution SID(s) given are in none of the flows given", "", m_missing));
        return NotFound;
    }

    bool writeAudit(const QList<EndOutcome> &outcomes) const
    {
        if (m_request.auditPath.isEmpty())
            return true;
        QString why;
        if (EndJob::writeAudit(outcomes, m_request.auditPath, &why))
            return true;
        printError(why);
        return false;
    }

    static QString line(const EndTarget &t)
    {
        return u"  %1  %2  %3  %4"_s.arg(
            t.sid, t.flowSid, t.dateCreated, t.contact.isEmpty() ? tr("(no contact)") : t.contact);
    }

    // Asks on the terminal; true when the person said yes (or typed the number, for more than
    // ten).
    static bool ask(qsizetype count)
    {
        const QString question = count > 10
            ? tr("type %1 to end these %1 executions: ").arg(count)
            : (count == 1 ? tr("end this execution? [y/N] ") : tr("end these executions? [y/N] "));
        const QByteArray text = "flowscope: " + question.toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
        std::string answer;
        if (!std::getline(std::cin, answer))
            return false;
        const QString typed = QString::fromStdString(answer).trimmed();
        return count > 10 ? typed == QString::number(count)
                          : (typed.compare(u"y"_s, Qt::CaseInsensitive) == 0
                              || typed.compare(u"yes"_s, Qt::CaseInsensitive) == 0);
    }

    EndRequest m_request;
    QList<EndTarget> m_targets;
    int m_missing = 0; // SIDs asked for that none of the flows has
    std::unique_ptr<EndJob> m_job;
};

class EndCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EndCommand)

public:
    CommandSpec spec() const override
    {
        return describe(u"end"_s, tr("end stuck executions, once each"),
            tr("End active executions — stuck ones that block customers — once each, and say what "
               "happened to every one. The targets are always only active executions: those named "
               "by --sid (looked up in the flows given), or those of the flows that started before "
               "a time, read with Studio v2's status filter. They are listed on standard error "
               "before anything is sent. Each is read first (one that has ended meanwhile is "
               "\"already ended\" and gets nothing) and ended with one POST; a POST is sent again "
               "only after a 429 or a 503, and after an uncertain answer the execution is re-read "
               "instead. Exit 0 when every target has ended, 5 when any failed."),
            targetOptions() + runOptions());
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<Ending, EndRequest>(
            arguments, [](const Arguments &args, EndRequest *request) {
                return parseTargets(args, request) && parseRun(args, request);
            });
    }

private:
    static QList<OptionSpec> targetOptions()
    {
        return {
            { { u"flow"_s }, u"FW…"_s,
                tr("A flow whose executions to end (FW…); repeat for several. Required."), {}, {},
                OptionSpec::Required | OptionSpec::Repeatable },
            { { u"sid"_s }, u"FN…"_s,
                tr("An execution to end (FN…), in one of the flows; repeatable."), {}, {},
                OptionSpec::OneOf | OptionSpec::Repeatable },
            { { u"stuck"_s }, u"HOURS"_s,
                tr("The active executions that started more than HOURS ago."), {}, {},
                OptionSpec::OneOf },
            { { u"active-before"_s }, u"T"_s,
                tr("The active executions that started before T (ISO 8601)."), {}, {},
                OptionSpec::OneOf },
            { { u"contact"_s }, u"TEXT"_s,
                tr("Only those of this contact: a phone number as people type it, or a client: "
                   "or sip: address."),
                tr("A number is matched on every channel."), {} },
            { { u"country"_s }, u"CC"_s,
                tr("The country of numbers typed without +country (default: the locale's, %1).")
                    .arg(ContactMatcher::localeCountry()),
                {}, {} },
        };
    }

    static QList<OptionSpec> runOptions()
    {
        return {
            { { u"dry-run"_s }, {},
                tr("Show what would be ended, and write the audit; send nothing."), {}, {} },
            { { u"yes"_s }, {}, tr("Do not ask (needed when standard input is not a terminal)."),
                tr("Without it, end asks on a terminal (more than ten: type their number)."), {} },
            { { u"concurrency"_s }, u"N"_s,
                tr("Executions ended at once, 1 to %1 (default %1).")
                    .arg(EndJob::kDefaultConcurrency),
                {}, QString::number(EndJob::kDefaultConcurrency) },
            { { u"o"_s, u"output"_s }, u"AUDIT.csv"_s,
                tr("Write the audit CSV here (atomically): sid, flow_sid, "
                   "contact_channel_address, date_created, result, message, ended_at."),
                tr("Written whenever targets were selected, a dry run included."), {} },
        };
    }

    // Everything is checked before any request: the flows, which executions, the contact.
    static bool parseTargets(const Arguments &args, EndRequest *request)
    {
        if (!args.parseFlows(&request->flows))
            return false;
        const int modes = int(args.isSet(u"sid"_s)) + int(args.isSet(u"stuck"_s))
            + int(args.isSet(u"active-before"_s));
        if (modes != 1) {
            printError(tr("say which executions: --sid FN…, --stuck HOURS or --active-before T "
                          "(one of them)"));
            return false;
        }
        if (!args.parseSids(u"sid"_s, "FN", tr("an execution SID"), &request->sids))
            return false;
        if (args.isSet(u"stuck"_s)) {
            bool ok = false;
            const double hours = args.value(u"stuck"_s).toDouble(&ok);
            if (!ok || hours <= 0 || hours > 24 * 30) {
                printError(tr("--stuck must be a number of hours, more than 0 and at most 720"));
                return false;
            }
            request->before = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours * 3600));
        } else if (!args.parseTime(u"active-before"_s, &request->before)) {
            return false;
        }
        if (!args.isSet(u"contact"_s))
            return true;
        QString why;
        request->contact = ContactMatcher::parse(args.value(u"contact"_s),
            args.isSet(u"country"_s) ? args.value(u"country"_s) : ContactMatcher::localeCountry(),
            false, &why);
        if (!request->contact) {
            printError(why);
            return false;
        }
        return true;
    }

    static bool parseRun(const Arguments &args, EndRequest *request)
    {
        if (!args.parseConcurrency(&request->concurrency, EndJob::kDefaultConcurrency))
            return false;
        request->dryRun = args.isSet(u"dry-run"_s);
        request->yes = args.isSet(u"yes"_s);
        request->terminal = ::isatty(STDIN_FILENO) == 1 && stderrIsTerminal();
        request->auditPath = args.value(u"output"_s);
        return true;
    }
};

} // namespace

std::unique_ptr<Command> makeEndCommand()
{
    return std::make_unique<EndCommand>();
}

} // namespace flowscope::cli
