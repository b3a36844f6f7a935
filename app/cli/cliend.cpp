// flowscope end: find the active executions asked for and end them — once each, at most four at
// a time, after showing which and (on a terminal) asking — with an audit file.

#include "cli.h"

#include "bulk/endjob.h"
#include "bulk/stuckfinder.h"
#include "clisupport.h"
#include "executions/executionquery.h"
#include "executions/executionstore.h"
#include "search/contactmatcher.h"
#include "json/jsonpath.h"

#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

QString line(const EndTarget &t)
{
    return u"  %1  %2  %3  %4"_s.arg(
        t.sid, t.flowSid, t.dateCreated, t.contact.isEmpty() ? u"(no contact)"_s : t.contact);
}

// Asks on the terminal; true when the person said yes (or typed the number, for more than ten).
bool confirm(qsizetype count)
{
    const QByteArray number = QByteArray::number(count);
    const QByteArray question = count > 10
        ? QByteArray("flowscope: type " + number + " to end these " + number + " executions: ")
        : QByteArray("flowscope: end "
            + QByteArray(count == 1 ? "this execution" : "these executions") + "? [y/N] ");
    std::fwrite(question.constData(), 1, size_t(question.size()), stderr);
    std::fflush(stderr);
    std::string answer;
    if (!std::getline(std::cin, answer))
        return false;
    const QString typed = QString::fromStdString(answer).trimmed();
    return count > 10 ? typed == QString::number(count)
                      : (typed.compare(u"y"_s, Qt::CaseInsensitive) == 0
                          || typed.compare(u"yes"_s, Qt::CaseInsensitive) == 0);
}

} // namespace

int runEnd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("End active executions — stuck ones that block customers — once each, and say "
               "what happened to every one."));
    Common common;
    const QCommandLineOption flow(u"flow"_s,
        Tr::tr("A flow whose executions to end (FW…); repeat for several. Required."), u"sid"_s);
    const QCommandLineOption sid(
        u"sid"_s, Tr::tr("An execution to end (FN…), in one of the flows; repeatable."), u"sid"_s);
    const QCommandLineOption stuck(
        u"stuck"_s, Tr::tr("The active executions that started more than HOURS ago."), u"hours"_s);
    const QCommandLineOption activeBefore(u"active-before"_s,
        Tr::tr("The active executions that started before T (ISO 8601)."), u"T"_s);
    const QCommandLineOption contact(u"contact"_s,
        Tr::tr("Only those of this contact: a phone number as people type it, or a client: or sip: "
               "address."),
        u"text"_s);
    const QCommandLineOption country(u"country"_s,
        Tr::tr("The country of numbers typed without +country (default: the locale's, %1).")
            .arg(ContactMatcher::localeCountry()),
        u"CC"_s);
    const QCommandLineOption dryRun(
        u"dry-run"_s, Tr::tr("Show what would be ended, and write the audit; send nothing."));
    const QCommandLineOption yes(
        u"yes"_s, Tr::tr("Do not ask (needed when standard input is not a terminal)."));
    const QCommandLineOption concurrency(u"concurrency"_s,
        Tr::tr("Executions ended at once, 1 to %1 (default %1).").arg(EndJob::kDefaultConcurrency),
        u"n"_s, QString::number(EndJob::kDefaultConcurrency));
    common.output = QCommandLineOption({ u"o"_s, u"output"_s },
        Tr::tr("Write the audit CSV here (atomically): sid, flow_sid, contact_channel_address, "
               "date_created, result, message, ended_at."),
        u"file"_s);
    parser.addOptions(
        { flow, sid, stuck, activeBefore, contact, country, dryRun, yes, concurrency, common.output,
            common.baseUrl, common.timeout, common.retries, common.profile, common.help });
    int exitCode = Ok;
    const auto values = parseCommon(parser, common, arguments, &exitCode);
    if (!values)
        return exitCode;

    // Everything is checked before any request.
    QStringList flows;
    if (!parseSidOption(parser, flow, "FW", Tr::tr("a flow SID"), &flows))
        return Usage;
    if (flows.isEmpty()) {
        printError(Tr::tr("--flow is required (see --help)"));
        return Usage;
    }
    const int modes
        = int(parser.isSet(sid)) + int(parser.isSet(stuck)) + int(parser.isSet(activeBefore));
    if (modes != 1) {
        printError(Tr::tr(
            "say which executions: --sid FN…, --stuck HOURS or --active-before T (one of them)"));
        return Usage;
    }
    QStringList sids;
    if (!parseSidOption(parser, sid, "FN", Tr::tr("an execution SID"), &sids))
        return Usage;
    QDateTime before;
    if (parser.isSet(stuck)) {
        bool ok = false;
        const double hours = parser.value(stuck).toDouble(&ok);
        if (!ok || hours <= 0 || hours > 24 * 30) {
            printError(Tr::tr("--stuck must be a number of hours, more than 0 and at most 720"));
            return Usage;
        }
        before = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours * 3600));
    } else if (!parseTimeOption(parser, activeBefore, &before)) {
        return Usage;
    }
    std::optional<ContactMatcher> matcher;
    if (parser.isSet(contact)) {
        QString why;
        matcher = ContactMatcher::parse(parser.value(contact),
            parser.isSet(country) ? parser.value(country) : ContactMatcher::localeCountry(), false,
            &why);
        if (!matcher) {
            printError(why);
            return Usage;
        }
    }
    bool ok = false;
    const int inFlight = parser.value(concurrency).toInt(&ok);
    if (!ok || inFlight < 1 || inFlight > EndJob::kDefaultConcurrency) {
        printError(Tr::tr("--concurrency must be from 1 to %1").arg(EndJob::kDefaultConcurrency));
        return Usage;
    }
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && stderrIsTerminal();
    const QString auditPath = parser.value(common.output);

    QList<EndTarget> targets;
    std::unique_ptr<EndJob> job;
    return runCommand(*values, [&](StudioClient &client, QObject &scope, const Finish &finish) {
        const auto writeAudit = [&](const QList<EndOutcome> &outcomes) {
            if (auditPath.isEmpty())
                return true;
            QString why;
            if (EndJob::writeAudit(outcomes, auditPath, &why))
                return true;
            printError(why);
            return false;
        };
        // Once the targets are known: show them, ask, end them.
        const auto proceed = [&, writeAudit] {
            if (targets.isEmpty()) {
                printError(Tr::tr("no active execution matches: nothing to end"));
                finish(writeAudit({}) ? Ok : OutputFailed);
                return;
            }
            printError(targets.size() == 1
                    ? Tr::tr("1 active execution to end:")
                    : Tr::tr("%1 active executions to end:").arg(targets.size()));
            for (const EndTarget &t : targets)
                std::fprintf(stderr, "%s\n", qPrintable(line(t)));
            if (parser.isSet(dryRun)) {
                printError(Tr::tr("dry run: nothing was sent"));
                finish(writeAudit(EndJob::dryRun(targets)) ? Ok : OutputFailed);
                return;
            }
            if (!parser.isSet(yes)) {
                if (!terminal) {
                    printError(Tr::tr("refusing to end them without --yes: standard input is not a "
                                      "terminal to ask on"));
                    finish(Usage);
                    return;
                }
                if (!confirm(targets.size())) {
                    printError(Tr::tr("not confirmed: nothing was sent"));
                    finish(Usage);
                    return;
                }
            }
            job = std::make_unique<EndJob>(&client, targets, inFlight);
            QObject::connect(job.get(), &EndJob::retrying, &scope, &announceRetry);
            QObject::connect(job.get(), &EndJob::progress, &scope, [](int settled, int total) {
                if (stderrIsTerminal())
                    std::fprintf(stderr, "\r%d of %d…", settled, total);
            });
            QObject::connect(job.get(), &EndJob::finished, &scope, [&, writeAudit] {
                if (stderrIsTerminal())
                    std::fputs("\n", stderr);
                for (const EndOutcome &o : job->outcomes()) {
                    if (o.result == EndOutcome::Result::Failed)
                        printError(Tr::tr("%1: %2").arg(o.target.sid, o.message));
                }
                printError(job->summary());
                const bool written = writeAudit(job->outcomes());
                const bool allEnded = job->count(EndOutcome::Result::Failed) == 0
                    && job->count(EndOutcome::Result::NotSent) == 0;
                finish(!allEnded ? NetworkFailure : (written ? Ok : OutputFailed));
            });
            job->start();
        };

        if (!sids.isEmpty()) {
            // Each SID looked up in the flows given, in turn; only active ones become targets.
            auto pending = std::make_shared<int>(int(sids.size()));
            auto failure = std::make_shared<ApiError>();
            for (const QString &s : sids) {
                auto flowIndex = std::make_shared<int>(0);
                auto lookUp = std::make_shared<std::function<void()>>();
                // The function holds itself weakly (a strong self would never be freed); the
                // answer it waits for holds it strongly.
                *lookUp = [&, s, flowIndex, self = std::weak_ptr(lookUp), pending, failure,
                              proceed] {
                    const std::shared_ptr<std::function<void()>> again = self.lock();
                    ApiReply *reply = client.get(client.executionUrl(flows[*flowIndex], s));
                    reply->setParent(&scope);
                    QObject::connect(reply, &ApiReply::finished, &scope,
                        [&, reply, s, flowIndex, again, pending, failure, proceed] {
                            reply->deleteLater();
                            const ApiError error = reply->error();
                            if (error.kind == ApiError::Kind::NotFound
                                && ++*flowIndex < flows.size()) {
                                (*again)();
                                return;
                            }
                            if (error.kind == ApiError::Kind::NotFound) {
                                printError(
                                    Tr::tr("%1 is in none of the flows given: skipped").arg(s));
                            } else if (error.isError()) {
                                *failure = error;
                            } else {
                                const ParsedPage page
                                    = parseExecutionObject(reply->body(), flows[*flowIndex]);
                                const Execution e = page.error.isEmpty()
                                    ? executionOf(page, 0, flows[*flowIndex])
                                    : Execution();
                                if (e.status != ExecutionStatus::Active)
                                    printError(Tr::tr("%1 is not active: skipped").arg(s));
                                else if (matcher && !matcher->matches(e.contactAddress))
                                    printError(Tr::tr("%1 is not %2's: skipped")
                                                   .arg(s, matcher->description()));
                                else
                                    targets << EndTarget { e.flowSid, e.sid, e.contactAddress,
                                        e.createdText };
                            }
                            if (--*pending > 0)
                                return;
                            if (failure->isError()) {
                                printError(failure->userMessage() + Tr::tr(" Nothing was ended."));
                                finish(exitCodeFor(*failure));
                                return;
                            }
                            proceed();
                        });
                };
                (*lookUp)();
            }
            return;
        }
        auto *finder = new StuckFinder(&client, flows, before, matcher, &scope);
        QObject::connect(finder, &StuckFinder::retrying, &scope, &announceRetry);
        QObject::connect(finder, &StuckFinder::finished, &scope, [&, finder, proceed] {
            if (!finder->failures().isEmpty()) {
                for (const auto &[flowSid, error] : finder->failures())
                    printError(Tr::tr("%1: %2").arg(flowSid, error.userMessage()));
                printError(Tr::tr("not every flow could be read: nothing was ended"));
                finish(exitCodeFor(finder->failures().first().second));
                return;
            }
            for (const Execution &e : finder->found())
                targets << EndTarget { e.flowSid, e.sid, e.contactAddress, e.createdText };
            proceed();
        });
        finder->start();
    });
}

} // namespace flowscope::cli
