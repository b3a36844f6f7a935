// The command line's reports end to end — outcomes, what Twilio said, the Debugger's alerts,
// summaries: the real flowscope binary against the in-process sandbox, its output compared with
// the sandbox's ground truth.

#include "support/clitest.h"

#include "diagram/flowtraffic.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestCliReports : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSandbox(); }

    // --outcome: every row's ended_at, last_event, step_count and failed are what the sandbox's
    // own steps say, over the parallel slices; jsonl carries them as an object after the API's
    // members; steps that cannot be read are written as unknown, said, and exit 5.
    void executionsWithOutcomes()
    {
        for (int f = 0; f < 3; ++f) {
            const qint64 lo = 900;
            const Run r = run({ u"executions"_s, u"--flow"_s, flowSid(f), u"--outcome"_s,
                u"--from"_s, QString::fromLatin1(sandbox::isoUtc(data().createdAt(f, lo))),
                u"--columns"_s, u"sid"_s });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QList<QStringList> rows = readCsv(r.out);
            QCOMPARE(rows.takeFirst(),
                (QStringList { u"sid"_s, u"ended_at"_s, u"last_event"_s, u"step_count"_s,
                    u"failed"_s, u"error_code"_s }));
            const qint64 from = data().lowerBound(f, data().createdAt(f, lo));
            QCOMPARE(rows.size(), data().executionCount(f) - from);
            int failed = 0;
            for (qsizetype k = 0; k < rows.size(); ++k) {
                const qint64 i = data().executionCount(f) - 1 - k;
                QCOMPARE(rows[k][0].toLatin1(), data().execution(f, i).sid);
                const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
                QCOMPARE(rows[k].mid(1),
                    (QStringList { truth.endedAt, truth.lastEvent, QString::number(truth.steps),
                        truth.failed ? u"true"_s : u"false"_s,
                        truth.errorCode ? QString::number(truth.errorCode) : QString() }));
                failed += truth.failed ? 1 : 0;
            }
            QVERIFY2(failed > 0, "the sandbox's flows fail now and then");
        }

        const Run jsonl = run({ u"executions"_s, u"--flow"_s, flowSid(1), u"--outcome"_s,
            u"--context"_s, u"--limit"_s, u"30"_s, u"--format"_s, u"jsonl"_s });
        QVERIFY2(jsonl.exitCode == 0, jsonl.err.constData());
        const QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 30);
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const QJsonObject object = QJsonDocument::fromJson(lines[k]).object();
            QCOMPARE(object.keys().size(), 12); // the API's eleven members and the outcome
            QVERIFY(lines[k].endsWith("}}")); // the outcome object comes last
            const QJsonObject outcome = object.value(u"outcome"_s).toObject();
            const sandboxtruth::OutcomeTruth truth
                = sandboxtruth::outcomeOf(data(), 1, data().executionCount(1) - 1 - k);
            QCOMPARE(outcome.value(u"ended_at"_s).toString(), truth.endedAt);
            QCOMPARE(outcome.value(u"last_event"_s).toString(), truth.lastEvent);
            QCOMPARE(outcome.value(u"step_count"_s).toInt(), truth.steps);
            QCOMPARE(outcome.value(u"failed"_s).toBool(), truth.failed);
            QCOMPARE(outcome.value(u"error_code"_s).toInt(), truth.errorCode);
            QCOMPARE(outcome.value(u"error_code"_s).isNull(), truth.errorCode == 0);
            QCOMPARE(object.value(u"context"_s).toObject(),
                data().context(1, data().executionCount(1) - 1 - k));
        }

        sandbox::FaultOptions faults;
        faults.failingStepsOneIn = 7;
        m_sandbox->setFaults(faults);
        const Run broken = run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--outcome"_s,
            u"--limit"_s, u"50"_s, u"--columns"_s, u"sid"_s, u"--retries"_s, u"2"_s });
        QCOMPARE(broken.exitCode, 5);
        QVERIFY2(broken.err.contains("outcome of") && broken.err.contains("unknown"),
            broken.err.constData());
        QList<QStringList> rows = readCsv(broken.out);
        rows.removeFirst();
        QCOMPARE(rows.size(), 50); // every row is written
        int unknown = 0;
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const qint64 i = data().executionCount(0) - 1 - k;
            if (i % 7 == 0) {
                QCOMPARE(rows[k].mid(1),
                    (QStringList { u""_s, u""_s, u""_s, u"unknown"_s, u"unknown"_s }));
                ++unknown;
            } else {
                QVERIFY(rows[k][4] == u"true"_s || rows[k][4] == u"false"_s);
            }
        }
        QCOMPARE(unknown, 7);
        QVERIFY2(broken.err.contains(QByteArray(QByteArray::number(unknown) + " execution")),
            broken.err.constData());
        QCOMPARE(run({ u"executions"_s, u"--flow"_s, flowSid(0), u"--outcome"_s, u"--concurrency"_s,
                         u"0"_s })
                     .exitCode,
            2);
    }

    // --related: what Twilio kept beside the execution, each entry as the API sent it with the
    // step it is pinned to first; a message past its retention is said, not an error; a key
    // without Monitor access leaves the alerts out (null), says so, and exits 0.
    void executionRelated()
    {
        // An execution with an alert, a message gone, and one with an undelivered message.
        const auto find = [this](const std::function<bool(qint64)> &wanted) {
            for (qint64 i = 0; i < data().executionCount(0); ++i) {
                if (wanted(i))
                    return i;
            }
            return qint64(-1);
        };
        const qint64 withAlert
            = find([this](qint64 i) { return !data().alertsOf(0, i).isEmpty(); });
        const qint64 withGone = find([this](qint64 i) {
            const auto messages = data().messagesOf(0, i);
            return std::any_of(messages.cbegin(), messages.cend(),
                [](const sandbox::MessageRecord &m) { return m.gone; });
        });
        QVERIFY(withAlert >= 0 && withGone >= 0);
        for (const qint64 i : { withAlert, withGone }) {
            const Run r = run({ u"execution"_s, QString::fromLatin1(data().execution(0, i).sid),
                u"--flow"_s, flowSid(0), u"--related"_s });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject document = QJsonDocument::fromJson(r.out).object();
            const QJsonObject related = document.value(u"related"_s).toObject();
            const QList<sandbox::StepRecord> steps = data().steps(0, i);
            const QJsonArray messages = related.value(u"messages"_s).toArray();
            QCOMPARE(messages.size(), data().messagesOf(0, i).size());
            for (const sandbox::MessageRecord &m : data().messagesOf(0, i)) {
                const auto it = std::find_if(messages.begin(), messages.end(), [&m](const auto &v) {
                    return v.toObject().value(u"sid"_s).toString().toLatin1() == m.sid;
                });
                QVERIFY(it != messages.end());
                const QJsonObject entry = it->toObject();
                QCOMPARE(entry.value(u"step"_s).toString().toLatin1(), steps.at(m.step).sid);
                if (m.gone) {
                    QCOMPARE(entry.value(u"available"_s).toBool(true), false);
                    QVERIFY(r.err.contains("no longer at Twilio"));
                } else {
                    QCOMPARE(entry.value(u"status"_s).toString(), m.status);
                    QVERIFY(entry.contains(u"num_segments"_s)); // the resource's own fields
                }
            }
            const QJsonArray alerts = related.value(u"alerts"_s).toArray();
            QCOMPARE(alerts.size(), data().alertsOf(0, i).size());
            for (const QJsonValue &a : alerts) {
                const QJsonObject alert = a.toObject();
                QVERIFY(alert.contains(u"probable"_s));
                QVERIFY(alert.contains(u"response_body"_s)); // read once more for its bodies
                QVERIFY(alert.value(u"step"_s).toString().startsWith(u"FT"_s));
            }
            QVERIFY(r.out.startsWith("{\"execution\":"));
        }

        sandbox::FaultOptions faults;
        faults.monitorForbidden = true;
        m_sandbox->setFaults(faults);
        const Run denied
            = run({ u"execution"_s, QString::fromLatin1(data().execution(0, withAlert).sid),
                u"--flow"_s, flowSid(0), u"--related"_s, u"--pretty"_s });
        QVERIFY2(denied.exitCode == 0, denied.err.constData());
        const QJsonObject related
            = QJsonDocument::fromJson(denied.out).object().value(u"related"_s).toObject();
        QVERIFY(related.value(u"alerts"_s).isNull());
        QVERIFY(related.value(u"alerts_unavailable"_s).toString().contains(u"Debugger"_s));
        QVERIFY(!related.value(u"messages"_s).toArray().isEmpty());
        QVERIFY2(denied.err.contains("cannot read the Debugger"), denied.err.constData());
        m_sandbox->setFaults({});
    }

    // flowscope alerts: the alerts of a range that belong to the flow's executions — exactly the
    // sandbox's own — per alert, by code and by widget; bad input refused before any request; a
    // key without Monitor access exits 3 and writes nothing.
    void alertsOfAFlow()
    {
        const int f = 0;
        const qint64 last = data().executionCount(f) - 1;
        const qint64 to = data().createdAt(f, last) + 1;
        const qint64 from = to - 5 * 86400;
        QHash<QByteArray, std::pair<qint64, int>> truth;
        for (qint64 i = 0; i <= last; ++i) {
            for (const sandbox::AlertRecord &a : data().alertsOf(f, i)) {
                if (a.dateGenerated >= from && a.dateGenerated < to)
                    truth.insert(a.sid, { i, a.step });
            }
        }
        QVERIFY(truth.size() > 3);
        const QStringList range { u"--from"_s, QString::fromLatin1(sandbox::isoUtc(from)),
            u"--to"_s, QString::fromLatin1(sandbox::isoUtc(to)) };
        const Run rows = run(QStringList { u"alerts"_s, u"--flow"_s, flowSid(f) } + range);
        QVERIFY2(rows.exitCode == 0, rows.err.constData());
        QList<QStringList> csv = readCsv(rows.out);
        const QStringList header = csv.takeFirst();
        QCOMPARE(header.mid(0, 8),
            (QStringList { u"sid"_s, u"date_generated"_s, u"error_code"_s, u"log_level"_s,
                u"flow_sid"_s, u"execution"_s, u"step"_s, u"widget"_s }));
        QCOMPARE(csv.size(), truth.size());
        QHash<int, qint64> perCode;
        for (const QStringList &row : std::as_const(csv)) {
            const auto [i, step] = truth.value(row[0].toLatin1(), { -1, -1 });
            QVERIFY2(i >= 0, qPrintable(row[0]));
            QCOMPARE(row[5].toLatin1(), data().execution(f, i).sid);
            QCOMPARE(row[6].toLatin1(), data().steps(f, i).at(step).sid);
            QCOMPARE(row[7], data().steps(f, i).at(step).transitionedFrom);
            ++perCode[row[2].toInt()];
        }
        const Run byCode = run(QStringList { u"alerts"_s, u"--flow"_s, flowSid(f), u"--by"_s,
                                   u"code"_s, u"--format"_s, u"jsonl"_s }
            + range);
        QVERIFY2(byCode.exitCode == 0, byCode.err.constData());
        qint64 counted = 0;
        for (const QByteArray &line : byCode.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.keys(), (QStringList { u"count"_s, u"error_code"_s, u"executions"_s }));
            QCOMPARE(
                o.value(u"count"_s).toInteger(), perCode.value(o.value(u"error_code"_s).toInt()));
            counted += o.value(u"count"_s).toInteger();
        }
        QCOMPARE(counted, qint64(truth.size()));
        const Run byWidget = run(
            QStringList { u"alerts"_s, u"--flow"_s, flowSid(f), u"--by"_s, u"widget"_s } + range);
        QVERIFY2(byWidget.exitCode == 0, byWidget.err.constData());
        QCOMPARE(readCsv(byWidget.out).first(),
            (QStringList { u"widget"_s, u"error_code"_s, u"count"_s }));

        const qint64 before = m_sandbox->requestCount();
        for (const QStringList &bad : { QStringList { u"--flow"_s, u"FW123"_s },
                 QStringList { u"--flow"_s, flowSid(f), u"--by"_s, u"hour"_s },
                 QStringList { u"--flow"_s, flowSid(f), u"--level"_s, u"loud"_s },
                 QStringList { u"--flow"_s, flowSid(f), u"--from"_s, u"yesterday"_s },
                 QStringList { u"--from"_s, u"2026-11-01"_s } }) {
            const Run refused = run(QStringList { u"alerts"_s } + bad);
            QVERIFY2(refused.exitCode == 2,
                qPrintable(bad.join(u' ') + u": "_s + QString::fromUtf8(refused.err)));
        }
        QCOMPARE(m_sandbox->requestCount(), before);

        sandbox::FaultOptions faults;
        faults.monitorForbidden = true;
        m_sandbox->setFaults(faults);
        const QString path = m_dir.filePath(u"alerts.csv"_s);
        const Run denied
            = run(QStringList { u"alerts"_s, u"--flow"_s, flowSid(f), u"-o"_s, path } + range);
        m_sandbox->setFaults({});
        QCOMPARE(denied.exitCode, 3);
        QVERIFY2(denied.err.contains("cannot read the Debugger"), denied.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    // summary --by widget and --by edge: the numbers the diagram shows, over the same executions
    // — FlowTraffic over the sandbox's own steps and outcomes on the flow's current definition —
    // and, whatever that code says, every execution ends or waits at exactly one widget.
    void summaryByWidgetAndEdgeAreTheDiagramsCounts()
    {
        const qint64 now = data().now();
        const qint64 from = now - 2 * 86400;
        const QStringList range { u"--from"_s, QString::fromLatin1(sandbox::isoUtc(from)),
            u"--to"_s, QString::fromLatin1(sandbox::isoUtc(now + 1)) };
        QList<QStringList> widgetTruth;
        QList<QStringList> edgeTruth;
        for (const int f : { 0, 2 }) {
            QList<flowscope::FlowTraffic::Run> runs;
            for (qint64 i = data().lowerBound(f, from); i < data().executionCount(f); ++i) {
                flowscope::FlowTraffic::Run path;
                path.executionSid = QString::fromLatin1(data().execution(f, i).sid);
                for (const sandbox::StepRecord &step : data().steps(f, i))
                    path.steps << flowscope::StepFacts { step.name, step.transitionedFrom,
                        step.transitionedTo };
                path.active = data().execution(f, i).active;
                path.failed = sandboxtruth::outcomeOf(data(), f, i).failed;
                runs << path;
            }
            QString why;
            const auto definition = flowscope::FlowDefinition::fromObject(
                data().definition(f, data().flow(f).version), &why);
            QVERIFY2(definition, qPrintable(why));
            const flowscope::FlowTraffic traffic = flowscope::FlowTraffic::count(*definition, runs);
            const auto name = [&](int box) {
                return traffic.isLoose(box)
                    ? traffic.looseBoxes()[box - traffic.definitionBoxCount()]
                    : definition->states()[box].name;
            };
            qint64 endedOrWaiting = 0;
            for (int box = 0; box < traffic.boxCount(); ++box) {
                widgetTruth << QStringList { flowSid(f), name(box),
                    QString::number(traffic.entered(box)), QString::number(traffic.endedAt(box)),
                    QString::number(traffic.waitingAt(box)),
                    QString::number(traffic.failedAt(box)) };
                endedOrWaiting += traffic.endedAt(box) + traffic.waitingAt(box);
            }
            QCOMPARE(endedOrWaiting, qint64(runs.size()));
            for (const flowscope::FlowTraffic::Edge &edge : traffic.edges())
                edgeTruth << QStringList { flowSid(f), name(edge.fromBox), edge.event,
                    edge.toBox < 0 ? u"Ended"_s : name(edge.toBox),
                    QString::number(edge.runs.size()) };
        }
        QVERIFY(widgetTruth.size() > 4 && edgeTruth.size() > 4);

        // One flow: the columns, no flow_sid.
        const Run one = run(
            QStringList { u"summary"_s, u"--by"_s, u"widget"_s, u"--flow"_s, flowSid(0) } + range);
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QList<QStringList> rows = readCsv(one.out);
        QCOMPARE(rows.takeFirst(),
            (QStringList { u"widget"_s, u"entered"_s, u"ended"_s, u"waiting"_s, u"failed"_s }));
        QList<QStringList> expected;
        for (const QStringList &row : std::as_const(widgetTruth)) {
            if (row.first() == flowSid(0))
                expected << row.mid(1);
        }
        QCOMPARE(rows, expected);
        // Two flows: flow_sid first; the edges too.
        const QStringList flows { u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(2) };
        const Run widgets
            = run(QStringList { u"summary"_s, u"--by"_s, u"widget"_s } + flows + range);
        QVERIFY2(widgets.exitCode == 0, widgets.err.constData());
        rows = readCsv(widgets.out);
        QCOMPARE(rows.takeFirst().first(), u"flow_sid"_s);
        QCOMPARE(rows, widgetTruth);
        const Run edges = run(QStringList { u"summary"_s, u"--by"_s, u"edge"_s } + flows + range);
        QVERIFY2(edges.exitCode == 0, edges.err.constData());
        rows = readCsv(edges.out);
        QCOMPARE(rows.takeFirst(),
            (QStringList { u"flow_sid"_s, u"from"_s, u"event"_s, u"to"_s, u"count"_s }));
        // The same edges and counts (the order is the definition's, which the truth does not
        // keep); and the same order twice, however the slices' answers interleaved.
        const Run again = run(QStringList { u"summary"_s, u"--by"_s, u"edge"_s } + flows + range);
        QCOMPARE(again.out, edges.out);
        std::sort(rows.begin(), rows.end());
        std::sort(edgeTruth.begin(), edgeTruth.end());
        QCOMPARE(rows, edgeTruth);
    }

    // summary --by revision: one row per revision the range's executions ran on (v2's
    // flow_version), newest first, each flow's in turn, counted as the sandbox's records count
    // them — across the day flow 0 was republished, so that two of its revisions share the range;
    // published_at is each revision's date as the revisions list gives it; executions that do not
    // say their revision are counted under null, and said so.
    void summaryByRevision()
    {
        sandbox::FaultOptions faults;
        faults.nullFlowVersionOneIn = 7;
        m_sandbox->setFaults(faults);
        const qint64 republished = data().flow(0).republishedAt;
        QVERIFY(republished > 0);
        const qint64 from = republished - 86400;
        const qint64 to = republished + 86400;
        const QStringList range { u"--from"_s, QString::fromLatin1(sandbox::isoUtc(from)),
            u"--to"_s, QString::fromLatin1(sandbox::isoUtc(to)) };
        // flow → revision (0: not said) → executions, active, ended, failed
        QMap<int, QMap<int, QList<qint64>>> truth;
        for (const int f : { 0, 2 }) {
            for (qint64 i = data().lowerBound(f, from); i < data().lowerBound(f, to); ++i) {
                const sandbox::ExecutionRecord e = data().execution(f, i);
                QList<qint64> &c = truth[f][i % 7 == 0 ? 0 : data().flowVersion(f, i)];
                if (c.isEmpty())
                    c = { 0, 0, 0, 0 };
                c[0] += 1;
                c[e.active ? 1 : 2] += 1;
                c[3] += sandboxtruth::outcomeOf(data(), f, i).failed ? 1 : 0;
            }
        }
        QCOMPARE(truth[0].size(), 3); // two revisions and the executions that did not say

        const QStringList flows { u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(2) };
        const Run r = run(QStringList { u"summary"_s, u"--by"_s, u"revision"_s, u"--outcomes"_s }
            + flows + range);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QStringList> rows = readCsv(r.out);
        QCOMPARE(rows.takeFirst(),
            (QStringList { u"flow_sid"_s, u"revision"_s, u"executions"_s, u"active"_s, u"ended"_s,
                u"failed"_s, u"unknown"_s, u"published_at"_s }));
        QList<QStringList> expected;
        qint64 unsaid = 0;
        for (const int f : { 0, 2 }) {
            const QMap<int, QList<qint64>> &revisions = truth[f];
            // Newest first, then the executions that did not say.
            for (auto it = revisions.cend(); it != revisions.cbegin();) {
                --it;
                if (it.key() == 0)
                    continue;
                const QList<qint64> &c = it.value();
                expected.append({ flowSid(f), QString::number(it.key()), QString::number(c[0]),
                    QString::number(c[1]), QString::number(c[2]), QString::number(c[3]), u"0"_s });
            }
            const QList<qint64> c = revisions.value(0);
            expected.append({ flowSid(f), QString(), QString::number(c[0]), QString::number(c[1]),
                QString::number(c[2]), QString::number(c[3]), u"0"_s });
            unsaid += c[0];
        }
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype k = 0; k < rows.size(); ++k) {
            QCOMPARE(rows[k].mid(0, 7), expected[k]);
            // A revision's date, as the list gives it; none for the executions that did not say.
            QCOMPARE(rows[k][7].isEmpty(), rows[k][1].isEmpty());
        }
        // Flow 0's newest revision was published the day it was republished.
        QCOMPARE(rows[0][1], QString::number(data().flow(0).version));
        QCOMPARE(rows[0][7], QString::fromLatin1(sandbox::isoUtc(republished)));
        QVERIFY(rows[1][7] < rows[0][7]);
        QVERIFY2(
            r.err.contains(QByteArray(QByteArray::number(unsaid) + " execution(s) did not say")),
            r.err.constData());

        // jsonl: numbers as numbers, the revision null where it was not said; one flow, no
        // flow_sid column; without --outcomes, no failed or unknown.
        m_sandbox->setFaults({});
        const Run one = run(QStringList { u"summary"_s, u"--by"_s, u"revision"_s, u"--flow"_s,
                                flowSid(0), u"--format"_s, u"jsonl"_s }
            + range);
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY2(!one.err.contains("did not say"), one.err.constData());
        const QList<QByteArray> lines = one.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        qint64 total = 0;
        for (const QByteArray &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QCOMPARE(object.keys(),
                (QStringList {
                    u"active"_s, u"ended"_s, u"executions"_s, u"published_at"_s, u"revision"_s }));
            QVERIFY(object.value(u"revision"_s).isDouble());
            total += object.value(u"executions"_s).toInteger();
        }
        QCOMPARE(total, data().lowerBound(0, to) - data().lowerBound(0, from));

        // The rows themselves: a flow_version column (listed through v2), empty where not said;
        // a number in a workbook's cell.
        m_sandbox->setFaults(faults);
        const Run listed = run(QStringList { u"executions"_s, u"--flow"_s, flowSid(0),
                                   u"--columns"_s, u"sid,flow_version"_s }
            + range);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QList<QStringList> sids = readCsv(listed.out);
        QCOMPARE(sids.takeFirst(), (QStringList { u"sid"_s, u"flow_version"_s }));
        QCOMPARE(sids.size(), data().lowerBound(0, to) - data().lowerBound(0, from));
        for (qsizetype k = 0; k < sids.size(); ++k) {
            const qint64 i = data().lowerBound(0, to) - 1 - k;
            QCOMPARE(sids[k][0].toLatin1(), data().execution(0, i).sid);
            QCOMPARE(
                sids[k][1], i % 7 == 0 ? QString() : QString::number(data().flowVersion(0, i)));
        }

        // The archive keeps no revision per execution: refused before any request.
        QCOMPARE(run(QStringList { u"summary"_s, u"--by"_s, u"revision"_s, u"--flow"_s, flowSid(0),
                         u"--archive"_s })
                     .exitCode,
            2);
    }

    // flowscope summary: every bucket of the range (empty ones too) counted as the sandbox's own
    // records count it, over two flows and the parallel slices, through a server that repeats
    // rows; by outcome, most frequent first; unknown outcomes counted as such.
    void summaryEqualsTheSandboxsTruth()
    {
        sandbox::FaultOptions quirks;
        quirks.inclusiveTo = true;
        quirks.repeatNewest = true;
        m_sandbox->setFaults(quirks);
        const qint64 now = data().now();
        const qint64 from = now - 3 * 86400 + 1234; // not on a bucket's edge
        const qint64 to = now - 86400 - 77;
        const QStringList range { u"--from"_s, QString::fromLatin1(sandbox::isoUtc(from)),
            u"--to"_s, QString::fromLatin1(sandbox::isoUtc(to)) };
        // The truth, per hour (UTC) and per outcome, of flows 0 and 2.
        const qint64 firstHour = from / 3600 * 3600;
        QMap<qint64, QList<qint64>> hours; // start -> executions, active, ended, failed
        for (qint64 h = firstHour; h < to; h += 3600)
            hours[h] = { 0, 0, 0, 0 };
        QHash<QString, std::pair<qint64, qint64>> outcomes; // "ended_at,last_event" -> n, failed
        for (const int f : { 0, 2 }) {
            for (qint64 i = data().lowerBound(f, from); i < data().lowerBound(f, to); ++i) {
                const sandbox::ExecutionRecord e = data().execution(f, i);
                QList<qint64> &c = hours[e.dateCreated / 3600 * 3600];
                const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
                c[0] += 1;
                c[e.active ? 1 : 2] += 1;
                c[3] += truth.failed ? 1 : 0;
                auto &o = outcomes[truth.endedAt + u',' + truth.lastEvent];
                o.first += 1;
                o.second += truth.failed ? 1 : 0;
            }
        }
        const QStringList flows { u"--flow"_s, flowSid(0), u"--flow"_s, flowSid(2) };

        const Run byHour = run(
            QStringList { u"summary"_s, u"--by"_s, u"hour"_s, u"--outcomes"_s } + flows + range);
        QVERIFY2(byHour.exitCode == 0, byHour.err.constData());
        QList<QStringList> rows = readCsv(byHour.out);
        QCOMPARE(rows.takeFirst(),
            (QStringList { u"bucket_start"_s, u"executions"_s, u"active"_s, u"ended"_s, u"failed"_s,
                u"unknown"_s }));
        QCOMPARE(rows.size(), hours.size()); // empty hours too
        qsizetype k = 0;
        for (auto it = hours.cbegin(); it != hours.cend(); ++it, ++k) {
            QCOMPARE(rows[k][0], QString::fromLatin1(sandbox::isoUtc(it.key())));
            const QList<qint64> &c = it.value();
            QCOMPARE(rows[k].mid(1),
                (QStringList { QString::number(c[0]), QString::number(c[1]), QString::number(c[2]),
                    QString::number(c[3]), u"0"_s }));
        }

        // Up to now: every page of every slice also lists the newest execution (repeatNewest).
        const Run byDay = run(QStringList { u"summary"_s, u"--by"_s, u"day"_s, u"--format"_s,
                                  u"jsonl"_s, u"--parallel"_s, u"3"_s, u"--from"_s, range[1],
                                  u"--to"_s, QString::fromLatin1(sandbox::isoUtc(now + 1)) }
            + flows);
        QVERIFY2(byDay.exitCode == 0, byDay.err.constData());
        const QList<QByteArray> days = byDay.out.trimmed().split('\n');
        QCOMPARE(days.size(), int(now / 86400 - from / 86400 + 1));
        qint64 total = 0;
        for (const QByteArray &line : days) {
            const QJsonObject day = QJsonDocument::fromJson(line).object();
            QCOMPARE(day.keys().size(), 4);
            QVERIFY(day.value(u"bucket_start"_s).toString().endsWith(u"T00:00:00Z"_s));
            total += day.value(u"executions"_s).toInteger();
        }
        qint64 expected = 0;
        for (const int f : { 0, 2 })
            expected += data().executionCount(f) - data().lowerBound(f, from);
        QCOMPARE(total, expected);

        const Run byOutcome
            = run(QStringList { u"summary"_s, u"--by"_s, u"outcome"_s } + flows + range);
        QVERIFY2(byOutcome.exitCode == 0, byOutcome.err.constData());
        rows = readCsv(byOutcome.out);
        QCOMPARE(rows.takeFirst(),
            (QStringList {
                u"ended_at"_s, u"last_event"_s, u"executions"_s, u"failed"_s, u"unknown"_s }));
        QCOMPARE(rows.size(), outcomes.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const auto truth = outcomes.value(rows[r][0] + u',' + rows[r][1]);
            QCOMPARE(rows[r][2], QString::number(truth.first));
            QCOMPARE(rows[r][3], QString::number(truth.second));
            if (r > 0) // most frequent first
                QVERIFY(rows[r][2].toLongLong() <= rows[r - 1][2].toLongLong());
        }

        sandbox::FaultOptions broken;
        broken.failingStepsOneIn = 5;
        m_sandbox->setFaults(broken);
        const Run withUnknown = run(QStringList { u"summary"_s, u"--by"_s, u"day"_s,
                                        u"--outcomes"_s, u"--retries"_s, u"2"_s }
            + flows + range);
        QCOMPARE(withUnknown.exitCode, 5);
        qint64 unknown = 0;
        rows = readCsv(withUnknown.out);
        rows.removeFirst();
        for (const QStringList &row : std::as_const(rows))
            unknown += row[5].toLongLong();
        qint64 unknownTruth = 0;
        for (const int f : { 0, 2 }) {
            for (qint64 i = data().lowerBound(f, from); i < data().lowerBound(f, to); ++i)
                unknownTruth += i % 5 == 0 ? 1 : 0;
        }
        QCOMPARE(unknown, unknownTruth);

        for (const QStringList &bad : { QStringList { u"summary"_s, u"--by"_s, u"week"_s },
                 QStringList { u"summary"_s, u"--flow"_s, flowSid(0) },
                 QStringList { u"summary"_s, u"--flow"_s, u"FW12"_s, u"--by"_s, u"day"_s },
                 QStringList { u"summary"_s, u"--flow"_s, flowSid(0), u"--by"_s, u"outcome"_s,
                     u"--outcomes"_s } })
            QCOMPARE(run(bad).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
