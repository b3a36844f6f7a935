// flowscope alerts: the Debugger alerts of a range that belong to executions of the flows named —
// one row per alert with its execution and step, or counted by error code or by widget.

#include "archiveaccess.h"
#include "command.h"

#include "export/alertsreport.h"
#include "export/reporttable.h"
#include "related/resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

struct AlertsPlan
{
    AlertsRequest request;
    QString by; // empty, "code" or "widget"
    ExportFormat format = ExportFormat::Csv;
    QString path;
    std::optional<ArchiveLocation> archive; // --archive: the alerts a sync with --related kept
};

// The alerts an archived execution's related resources hold, as claims on it; false when it was
// archived without them.
bool claimsOf(const ArchivedExecution &execution, AlertClaims *claims)
{
    if (execution.related.isEmpty())
        return false;
    const QJsonArray alerts
        = QJsonDocument::fromJson(execution.related).object().value(u"alerts"_s).toArray();
    for (const auto &value : alerts) {
        const QJsonObject object = value.toObject();
        AlertRow row;
        QString why;
        if (!readAlert(
                QJsonDocument(object).toJson(QJsonDocument::Compact), &row.alert, &why, false))
            continue; // one that could not be read ({"available": false}) places nothing
        row.alert.pin.stepSid = object.value(u"step"_s).toString();
        row.alert.probable = object.value(u"probable"_s).toBool();
        row.flowSid = execution.flowSid;
        row.executionSid = execution.sid;
        row.widget = object.value(u"widget"_s).toString();
        claims->claim(row);
    }
    return true;
}

class AlertsJob
{
    Q_DECLARE_TR_FUNCTIONS(AlertsJob)

public:
    explicit AlertsJob(const AlertsPlan &plan)
        : m_plan(plan)
    { }

    void start(StudioClient &client, QObject &scope, const Finish &finish)
    {
        if (m_plan.archive) {
            ArchiveAccess::read(*m_plan.archive, client, &scope, finish,
                [this](Archive &archive) { return fromArchive(archive); });
            return;
        }
        auto *session = new RelatedSession(&client, &scope);
        auto *report = new AlertsReport(&client, session, &scope);
        QObject::connect(report, &AlertsReport::retrying, &scope, &announceRetry);
        QObject::connect(report, &AlertsReport::progress, &scope, [](int done, int total) {
            if (stderrIsTerminal() && total > 0)
                std::fputs(qPrintable(u'\r' + tr("%1 of %2 executions read…").arg(done).arg(total)),
                    stderr);
        });
        QObject::connect(
            report, &AlertsReport::finished, &scope, [this, report, finish](const ApiError &error) {
                if (stderrIsTerminal())
                    std::fputs("\n", stderr);
                if (error.isError()) {
                    printError(error.kind == ApiError::Kind::Forbidden
                            ? tr("this key cannot read the Debugger (Monitor answered %1); "
                                 "nothing was written.")
                                  .arg(error.httpStatus ? error.httpStatus : 403)
                            : error.userMessage() + tr(" Nothing was written."));
                    finish(exitCodeFor(error));
                    return;
                }
                finish(write(report->rows()));
            });
        report->start(m_plan.request);
    }

private:
    // The same report from the archive: the executions that may own an alert of the range (from
    // a day before it), each claiming the alerts a sync with --related kept with it.
    int fromArchive(Archive &archive)
    {
        const AlertsRequest &request = m_plan.request;
        AlertClaims claims(request);
        qint64 without = 0;
        ArchiveError error;
        for (const QString &flow : request.flows) {
            ArchiveRange range;
            range.flowSid = flow;
            range.fromMs = request.from.toMSecsSinceEpoch() - AlertsReport::kLookBackSeconds * 1000;
            range.toMs = request.to.toMSecsSinceEpoch();
            for (;;) {
                const QList<ArchivedExecution> rows = archive.range(range, &error);
                if (error.isError() || rows.isEmpty())
                    break;
                for (const ArchivedExecution &row : rows)
                    without += claimsOf(row, &claims) ? 0 : 1;
                range.continueAfter(rows.last());
            }
            if (error.isError()) {
                printError(error.message + tr(" Nothing was written."));
                return OutputFailed;
            }
        }
        if (without > 0)
            printError(tr("warning: %1 execution(s) of the range were archived without --related; "
                          "their alerts are not counted")
                           .arg(without));
        return write(claims.rows());
    }

    // Written once every alert is placed: a file appears complete or not at all.
    int write(const QList<AlertRow> &rows)
    {
        QString why;
        if (!m_output.open(m_plan.path, &why, m_plan.format)) {
            printError(why);
            return OutputFailed;
        }
        const auto orNull
            = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
        bool ok = true;
        if (m_plan.by == u"code"_s) {
            ReportTable table(
                m_output.device(), m_plan.format, { u"error_code"_s, u"count"_s, u"executions"_s });
            for (const AlertCount &c : AlertsReport::byCode(rows))
                table.row({ c.errorCode, c.count, qint64(c.executions.size()) });
            ok = table.finish();
        } else if (m_plan.by == u"widget"_s) {
            ReportTable table(
                m_output.device(), m_plan.format, { u"widget"_s, u"error_code"_s, u"count"_s });
            for (const AlertCount &c : AlertsReport::byWidget(rows))
                table.row({ orNull(c.widget), c.errorCode, c.count });
            ok = table.finish();
        } else {
            ReportTable table(m_output.device(), m_plan.format,
                { u"sid"_s, u"date_generated"_s, u"error_code"_s, u"log_level"_s, u"flow_sid"_s,
                    u"execution"_s, u"step"_s, u"widget"_s, u"probable"_s, u"resource_sid"_s,
                    u"request_url"_s, u"alert_text"_s });
            for (const AlertRow &row : rows) {
                const RelatedAlert &a = row.alert;
                table.row({ a.sid, a.dateGenerated, a.errorCode, a.logLevel, row.flowSid,
                    row.executionSid, orNull(a.pin.stepSid), orNull(row.widget),
                    a.probable ? u"true"_s : u"false"_s, orNull(a.resourceSid),
                    orNull(a.requestUrl), orNull(a.alertText) });
            }
            ok = table.finish();
        }
        if (!ok)
            m_output.markFailed();
        return m_output.commit() ? Ok : OutputFailed;
    }

    AlertsPlan m_plan;
    Output m_output;
};

class AlertsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)

public:
    CommandSpec spec() const override
    {
        return describe(u"alerts"_s, tr("the Debugger's alerts of a flow's executions"),
            tr("List the Debugger alerts (Twilio Monitor) of a range that belong to executions "
               "of the flows given — one row per alert with its execution, step and widget, or "
               "counted by error code or widget. Monitor filters by time only: an alert is kept "
               "when it names one of the flows' executions or a message or call of one, or names "
               "only the flow and fits exactly one step by its time and URL (probable); others "
               "are left out. Written once every alert is placed, atomically with -o."),
            QList<OptionSpec> {
                { { u"flow"_s }, u"FW…"_s, tr("The flow's SID (repeatable). Required."), {}, {},
                    OptionSpec::Required | OptionSpec::Repeatable },
                { { u"from"_s }, u"T"_s, tr("From T (default: 24 hours ago)."),
                    tr("Monitor keeps alerts 30 days. Executions that began up to a day before T "
                       "are read too, for alerts of theirs that came later."),
                    {} },
                { { u"to"_s }, u"T"_s, tr("Before T (default: now)."), {}, {} },
                { { u"by"_s }, u"code|widget"_s,
                    tr("code: one row per error code (error_code, count, executions); widget: "
                       "one per widget and code (widget, error_code, count). Default: one row "
                       "per alert."),
                    {}, {} },
                { { u"level"_s }, u"error|warning"_s,
                    tr("Only alerts of this log level (error, warning, notice or debug)."), {},
                    {} },
                { { u"format"_s }, u"csv|tsv|jsonl|xlsx"_s,
                    tr("csv (default), tsv, jsonl (numbers as numbers) or xlsx (needs -o)."), {},
                    u"csv"_s },
                { { u"concurrency"_s }, u"N"_s,
                    tr("Executions read at once, one request each at a time (default 8)."), {},
                    u"8"_s },
            }
                + ArchiveAccess::readingOptions(
                    tr("Read the alerts a sync with --related archived (flowscope archive sync "
                       "--related), not Monitor: any date, offline, the same rows."),
                    {})
                + QList<OptionSpec> { outputOption() });
    }

    int run(const QStringList &arguments) override
    {
        return parseThenRun<AlertsJob, AlertsPlan>(
            arguments, [](const Arguments &args, AlertsPlan *plan) { return parse(args, plan); });
    }

private:
    // Everything is checked before any request.
    static bool parse(const Arguments &args, AlertsPlan *plan)
    {
        AlertsRequest &request = plan->request;
        if (!args.parseFlows(&request.flows)
            || !args.parseRange(QDateTime::currentDateTimeUtc(), &request.from, &request.to, 1))
            return false;
        plan->by = args.value(u"by"_s);
        if (!plan->by.isEmpty() && plan->by != u"code"_s && plan->by != u"widget"_s) {
            printError(tr("--by '%1' is not code or widget").arg(plan->by));
            return false;
        }
        request.level = args.value(u"level"_s).toLower();
        static const QStringList levels { u"error"_s, u"warning"_s, u"notice"_s, u"debug"_s };
        if (args.isSet(u"level"_s) && !levels.contains(request.level)) {
            printError(tr("--level '%1' is not error, warning, notice or debug")
                           .arg(args.value(u"level"_s)));
            return false;
        }
        if (!args.parseConcurrency(&request.concurrency))
            return false;
        const auto format = args.format(true);
        if (!format || !args.checkOutputFor(*format))
            return false;
        plan->format = *format;
        plan->path = args.value(u"output"_s);
        return ArchiveAccess::parseReading(args, &plan->archive);
    }
};

} // namespace

std::unique_ptr<Command> makeAlertsCommand()
{
    return std::make_unique<AlertsCommand>();
}

} // namespace flowscope::cli
