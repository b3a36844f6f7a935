// The sandbox must behave like Twilio Studio v1, field by field: every later test trusts it.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "support/httptestclient.h"
#include "support/processmemory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

constexpr qint64 kNow = 1795824000; // 2026-11-28T00:00:00Z

SandboxOptions smallAccount(qint64 executions = 600)
{
    SandboxOptions options;
    options.data.seed = 7;
    options.data.flows = 3;
    options.data.executionsPerFlow = executions;
    options.data.now = kNow;
    return options;
}

QByteArray isoWithOffset(qint64 secs, int offsetMinutes)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, QTimeZone(offsetMinutes * 60));
    return t.toString(Qt::ISODate).toLatin1();
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    HttpTestClient m_http;

    QByteArray origin() const { return m_server->url().toEncoded(); }
    QByteArray flowSid(int f) const { return m_server->data().flow(f).sid; }
    QByteArray executionsUrl(int f) const
    {
        return origin() + "/v1/Flows/" + flowSid(f) + "/Executions";
    }

    // The SIDs a walk along next_page_url returns, newest first; counts requests.
    QList<QByteArray> walk(const QByteArray &firstUrl, int *requests, int expectedPageSize)
    {
        QList<QByteArray> sids;
        QByteArray next = firstUrl;
        *requests = 0;
        while (!next.isEmpty()) {
            const HttpResult page = m_http.get(HttpTestClient::url(next));
            if (page.status != 200) {
                qWarning() << "page failed" << page.status << page.body;
                return {};
            }
            ++*requests;
            const QJsonObject body = page.json();
            const QJsonObject meta = body.value(u"meta"_s).toObject();
            if (meta.value(u"key"_s).toString() != u"executions"_s
                || meta.value(u"page_size"_s).toInt() != expectedPageSize
                || meta.value(u"page"_s).toInt() != *requests - 1) {
                qWarning() << "bad meta" << meta;
                return {};
            }
            const QJsonArray items = body.value(u"executions"_s).toArray();
            if (items.size() > expectedPageSize)
                return {};
            for (const QJsonValue &item : items)
                sids.append(item.toObject().value(u"sid"_s).toString().toLatin1());
            next = meta.value(u"next_page_url"_s).toString().toLatin1();
        }
        return sids;
    }

    QList<QByteArray> expectedSids(int f, qint64 lo, qint64 hi) const
    {
        QList<QByteArray> out;
        for (qint64 i = hi - 1; i >= lo; --i)
            out.append(m_server->data().execution(f, i).sid);
        return out;
    }

    // An execution whose creation second is shared with the one before it (a burst).
    qint64 sharedSecondIndex(int f) const
    {
        const auto &data = m_server->data();
        for (qint64 i = data.executionCount(f) / 2; i < data.executionCount(f); ++i) {
            if (data.createdAt(f, i) == data.createdAt(f, i - 1))
                return i;
        }
        return -1;
    }

    // GET /v1/Flows with these faults on.
    HttpResult flowsUnder(const sandbox::FaultOptions &faults, int timeoutMs = 30000)
    {
        m_server->setFaults(faults);
        return m_http.get(HttpTestClient::url(origin() + "/v1/Flows"), timeoutMs);
    }

private Q_SLOTS:
    // One pool of customers for the account: the same person reaches several flows, and the same
    // number comes over SMS and WhatsApp — what a customer search needs to find.
    void customersRecurAcrossFlowsAndChannels()
    {
        sandbox::SandboxConfig config;
        config.seed = 3;
        config.flows = 6;
        config.executionsPerFlow = 3000;
        config.contacts = 400;
        const sandbox::SandboxData data(config);
        QHash<QString, QSet<int>> flowsOf; // E.164 → flows it reached
        QHash<QString, QSet<QString>> formsOf; // E.164 → how it was written
        for (int f = 0; f < data.flowCount(); ++f) {
            for (qint64 i = 0; i < data.executionCount(f); ++i) {
                const QString address = data.execution(f, i).contactAddress;
                const qsizetype plus = address.indexOf(u'+');
                if (plus < 0)
                    continue;
                flowsOf[address.mid(plus)].insert(f);
                formsOf[address.mid(plus)].insert(address.left(plus));
            }
        }
        int inSeveralFlows = 0;
        int overBothChannels = 0;
        for (auto it = flowsOf.cbegin(); it != flowsOf.cend(); ++it) {
            inSeveralFlows += it.value().size() >= 3;
            overBothChannels += formsOf.value(it.key()).contains(QString())
                && formsOf.value(it.key()).contains(u"whatsapp:"_s);
        }
        QVERIFY2(inSeveralFlows > 100, qPrintable(QString::number(inSeveralFlows)));
        QVERIFY2(overBothChannels > 50, qPrintable(QString::number(overBothChannels)));
        QVERIFY(flowsOf.size() <= 400); // no more people than the pool
    }

    void init()
    {
        m_server = std::make_unique<SandboxServer>(smallAccount());
        QVERIFY(m_server->start());
        m_http.setBasicAuth(m_server->accountSid(), m_server->authToken());
    }
    void cleanup() { m_server.reset(); }

    void pagingReturnsEveryExecutionExactlyOnce_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("filter"); // 0 none, 1 from, 2 to, 3 both
        for (const int size : { 1, 50, 1000 }) {
            for (const int filter : { 0, 1, 2, 3 }) {
                static const char *names[] = { "all", "from", "to", "from+to" };
                QTest::addRow("PageSize=%d %s", size, names[filter]) << size << filter;
            }
        }
    }
    void pagingReturnsEveryExecutionExactlyOnce()
    {
        QFETCH(int, pageSize);
        QFETCH(int, filter);
        const auto &data = m_server->data();
        const int f = 1;
        const qint64 n = data.executionCount(f);
        const qint64 fromT = data.createdAt(f, n / 4);
        const qint64 toT = data.createdAt(f, 3 * n / 4);
        QByteArray url = executionsUrl(f) + "?PageSize=" + QByteArray::number(pageSize);
        qint64 lo = 0;
        qint64 hi = n;
        if (filter & 1) {
            url += "&DateCreatedFrom=" + sandbox::isoUtc(fromT);
            lo = data.lowerBound(f, fromT);
        }
        if (filter & 2) {
            url += "&DateCreatedTo=" + sandbox::isoUtc(toT);
            hi = data.lowerBound(f, toT);
        }
        QVERIFY(hi - lo > 100);
        int requests = 0;
        const QList<QByteArray> sids = walk(url, &requests, pageSize);
        const QList<QByteArray> expected = expectedSids(f, lo, hi);
        QCOMPARE(sids.size(), expected.size());
        QCOMPARE(sids, expected);
        QCOMPARE(QSet<QByteArray>(sids.begin(), sids.end()).size(), sids.size());
        QCOMPARE(requests, int((expected.size() + pageSize - 1) / pageSize)); // no empty last page
    }

    void listsAreNewestFirst()
    {
        const HttpResult page
            = m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageSize=1000"));
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json().value(u"executions"_s).toArray();
        QCOMPARE(items.size(), 600);
        for (qsizetype k = 1; k < items.size(); ++k) {
            QVERIFY(items[k - 1].toObject().value(u"date_created"_s).toString()
                >= items[k].toObject().value(u"date_created"_s).toString());
        }
    }

    void previousPageUrlWalksBack()
    {
        QByteArray url = executionsUrl(2) + "?PageSize=70";
        QList<QByteArray> forward;
        QByteArray last;
        while (!url.isEmpty()) {
            const HttpResult page = m_http.get(HttpTestClient::url(url));
            QCOMPARE(page.status, 200);
            forward.append(page.body);
            last = url;
            url = page.json()
                      .value(u"meta"_s)
                      .toObject()
                      .value(u"next_page_url"_s)
                      .toString()
                      .toLatin1();
        }
        QCOMPARE(forward.size(), 9); // 600 / 70
        QList<QByteArray> backward;
        QByteArray previous = QJsonDocument::fromJson(forward.last())
                                  .object()
                                  .value(u"meta"_s)
                                  .toObject()
                                  .value(u"previous_page_url"_s)
                                  .toString()
                                  .toLatin1();
        while (!previous.isEmpty()) {
            const HttpResult page = m_http.get(HttpTestClient::url(previous));
            QCOMPARE(page.status, 200);
            backward.prepend(page.json()
                                 .value(u"executions"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"sid"_s)
                                 .toString()
                                 .toLatin1());
            previous = page.json()
                           .value(u"meta"_s)
                           .toObject()
                           .value(u"previous_page_url"_s)
                           .toString()
                           .toLatin1();
        }
        QCOMPARE(backward.size(), forward.size() - 1);
        for (qsizetype k = 0; k < backward.size(); ++k) {
            const QByteArray firstSid = QJsonDocument::fromJson(forward[k])
                                            .object()
                                            .value(u"executions"_s)
                                            .toArray()
                                            .first()
                                            .toObject()
                                            .value(u"sid"_s)
                                            .toString()
                                            .toLatin1();
            QCOMPARE(backward[k], firstSid);
        }
    }

    void metaIsCompleteAndAbsolute()
    {
        const HttpResult page = m_http.get(
            HttpTestClient::url(executionsUrl(0) + "?DateCreatedFrom=2026-11-20T00%3A00%3A00Z"));
        QCOMPARE(page.status, 200);
        const QJsonObject meta = page.json().value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"page_size"_s).toInt(), 50); // the default
        QCOMPARE(meta.value(u"page"_s).toInt(), 0);
        QCOMPARE(meta.value(u"key"_s).toString(), u"executions"_s);
        QVERIFY(meta.value(u"previous_page_url"_s).isNull());
        for (const QString &key : { u"url"_s, u"first_page_url"_s, u"next_page_url"_s }) {
            const QString value = meta.value(key).toString();
            QVERIFY2(value.startsWith(QString::fromLatin1(
                         origin() + "/v1/Flows/" + flowSid(0) + "/Executions?")),
                qPrintable(value));
            QVERIFY2(
                value.contains(u"DateCreatedFrom=2026-11-20T00%3A00%3A00Z"_s), qPrintable(value));
        }
        QVERIFY(meta.value(u"next_page_url"_s).toString().contains(u"PageToken=PT"_s));
        QVERIFY(!meta.value(u"url"_s).toString().contains(u"PageToken"_s));
    }

    void pageTokensAreOpaqueAndChecked()
    {
        const HttpResult first = m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageSize=10"));
        const QString next
            = first.json().value(u"meta"_s).toObject().value(u"next_page_url"_s).toString();
        const QString token = QUrlQuery(QUrl(next)).queryItemValue(u"PageToken"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(!token.contains(QString::number(m_server->data().executionCount(0) - 11)));
        // A token of one flow is refused by another, and a forged one is refused.
        const HttpResult stolen
            = m_http.get(HttpTestClient::url(executionsUrl(1) + "?PageToken=" + token.toLatin1()));
        QCOMPARE(stolen.status, 400);
        QString forged = token;
        forged[5] = forged[5] == u'A' ? u'B' : u'A';
        QCOMPARE(
            m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageToken=" + forged.toLatin1()))
                .status,
            400);
    }

    void badPageSizeIs400_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("above 1000") << QByteArray("1001");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("not a number") << QByteArray("abc");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("empty") << QByteArray("");
    }
    void badPageSizeIs400()
    {
        QFETCH(QByteArray, value);
        const HttpResult result
            = m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageSize=" + value));
        QCOMPARE(result.status, 400);
        const QJsonObject error = result.json();
        QCOMPARE(error.value(u"status"_s).toInt(), 400);
        QCOMPARE(error.value(u"code"_s).toInt(), 20001);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QCOMPARE(
            error.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/20001"_s);
        QCOMPARE(error.size(), 4);
    }

    void pageSizeBoundsAccepted()
    {
        QCOMPARE(m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageSize=1"))
                     .json()
                     .value(u"executions"_s)
                     .toArray()
                     .size(),
            1);
        QCOMPARE(m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageSize=1000"))
                     .json()
                     .value(u"executions"_s)
                     .toArray()
                     .size(),
            600);
    }

    void dateBoundsAtAnExactTimestamp_data()
    {
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<bool>("encodePlus");
        QTest::newRow("Z") << 0 << true;
        QTest::newRow("+05:30 sent as %2B") << 330 << true;
        QTest::newRow("-08:00") << -480 << false;
    }
    void dateBoundsAtAnExactTimestamp()
    {
        QFETCH(int, offsetMinutes);
        QFETCH(bool, encodePlus);
        const int f = 0;
        const auto &data = m_server->data();
        const qint64 i = sharedSecondIndex(f);
        QVERIFY(i > 0);
        const qint64 t = data.createdAt(f, i);
        const auto fmt = [&](qint64 secs) {
            QByteArray text
                = offsetMinutes == 0 ? sandbox::isoUtc(secs) : isoWithOffset(secs, offsetMinutes);
            if (encodePlus)
                text.replace('+', "%2B");
            return text;
        };
        const qint64 first = data.lowerBound(f, t);
        const qint64 end = data.lowerBound(f, t + 1);
        QVERIFY(end - first >= 2); // several executions in that very second

        // From is inclusive: the oldest listed is the first of that second.
        const HttpResult from = m_http.get(
            HttpTestClient::url(executionsUrl(f) + "?PageSize=1000&DateCreatedFrom=" + fmt(t)));
        QCOMPARE(from.status, 200);
        QJsonArray items = from.json().value(u"executions"_s).toArray();
        QCOMPARE(items.size(), data.executionCount(f) - first);
        QCOMPARE(items.last().toObject().value(u"sid"_s).toString().toLatin1(),
            data.execution(f, first).sid);

        // To is exclusive: nothing of that second.
        const HttpResult to = m_http.get(
            HttpTestClient::url(executionsUrl(f) + "?PageSize=1000&DateCreatedTo=" + fmt(t)));
        QCOMPARE(to.status, 200);
        items = to.json().value(u"executions"_s).toArray();
        QCOMPARE(items.size(), first);
        QVERIFY(items.first().toObject().value(u"date_created"_s).toString().toLatin1()
            < sandbox::isoUtc(t));

        // [t, t+1s) is exactly that second.
        const HttpResult second = m_http.get(HttpTestClient::url(
            executionsUrl(f) + "?DateCreatedFrom=" + fmt(t) + "&DateCreatedTo=" + fmt(t + 1)));
        items = second.json().value(u"executions"_s).toArray();
        QCOMPARE(items.size(), end - first);
        for (const QJsonValue &item : items)
            QCOMPARE(
                item.toObject().value(u"date_created"_s).toString().toLatin1(), sandbox::isoUtc(t));
    }

    void unencodedPlusIsRefused()
    {
        // A '+' in a query decodes to a space; a client that forgot %2B gets what Twilio gives.
        const HttpResult result = m_http.get(
            HttpTestClient::url(executionsUrl(0) + "?DateCreatedFrom=2026-11-20T00:00:00+05:30"));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(u"code"_s).toInt(), 20001);
        QVERIFY(result.json().value(u"message"_s).toString().contains(u"DateCreatedFrom"_s));
    }

    void badDatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("date only") << QByteArray("2026-11-20");
        QTest::newRow("no zone") << QByteArray("2026-11-20T00:00:00");
        QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00Z");
        QTest::newRow("30 February") << QByteArray("2026-02-30T00:00:00Z");
        QTest::newRow("words") << QByteArray("yesterday");
    }
    void badDatesAreRefused()
    {
        QFETCH(QByteArray, value);
        QCOMPARE(
            m_http.get(HttpTestClient::url(executionsUrl(0) + "?DateCreatedTo=" + value)).status,
            400);
    }

    void authentication_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << 0 << 401;
        QTest::newRow("wrong token") << 1 << 401;
        QTest::newRow("wrong account") << 2 << 401;
        QTest::newRow("account + auth token") << 3 << 200;
        QTest::newRow("API key + secret") << 4 << 200;
        QTest::newRow("API key + auth token") << 5 << 401;
        QTest::newRow("not Basic") << 6 << 401;
    }
    void authentication()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        HttpTestClient client;
        const QByteArray account = m_server->accountSid();
        switch (kind) {
        case 1: client.setBasicAuth(account, QByteArray(32, 'f')); break;
        case 2: client.setBasicAuth("AC" + QByteArray(32, '0'), m_server->authToken()); break;
        case 3: client.setBasicAuth(account, m_server->authToken()); break;
        case 4: client.setBasicAuth(m_server->apiKeySid(), m_server->apiSecret()); break;
        case 5: client.setBasicAuth(m_server->apiKeySid(), m_server->authToken()); break;
        case 6: client.setAuthorization("Bearer " + m_server->authToken()); break;
        default: break;
        }
        const HttpResult result = client.get(QUrl(QString::fromLatin1(origin() + "/v1/Flows")));
        QCOMPARE(result.status, status);
        if (status == 401) {
            QCOMPARE(result.json().value(u"code"_s).toInt(), 20003);
            QCOMPARE(result.json().value(u"status"_s).toInt(), 401);
            QVERIFY(result.header("WWW-Authenticate").startsWith("Basic realm="));
        } else {
            QCOMPARE(result.json().value(u"flows"_s).toArray().size(), 3);
        }
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("path");
        const sandbox::SandboxData data(smallAccount().data);
        const QByteArray fw = data.flow(0).sid;
        const QByteArray fn = data.execution(0, 5).sid;
        const QByteArray otherFn = data.execution(1, 5).sid;
        const QByteArray ft = data.steps(0, 5).first().sid;
        const QByteArray otherFt = data.steps(0, 6).first().sid;
        QTest::newRow("unknown flow") << "/v1/Flows/FW" + QByteArray(32, 'a');
        QTest::newRow("not a SID") << QByteArray("/v1/Flows/nonsense/Executions");
        QTest::newRow("unknown execution")
            << "/v1/Flows/" + fw + "/Executions/FN" + QByteArray(32, 'b');
        QTest::newRow("execution of another flow") << "/v1/Flows/" + fw + "/Executions/" + otherFn;
        QTest::newRow("unknown step")
            << "/v1/Flows/" + fw + "/Executions/" + fn + "/Steps/FT" + QByteArray(32, 'c');
        QTest::newRow("step of another execution")
            << "/v1/Flows/" + fw + "/Executions/" + fn + "/Steps/" + otherFt;
        QTest::newRow("unknown sub-resource") << "/v1/Flows/" + fw + "/Executions/" + fn + "/Nope";
        QTest::newRow("v2 engagements") << "/v2/Flows/" + fw + "/Engagements";
        QTest::newRow("v1 revisions") << "/v1/Flows/" + fw + "/Revisions";
        QTest::newRow("revision 0") << "/v2/Flows/" + fw + "/Revisions/0";
        QTest::newRow("revision beyond the latest")
            << "/v2/Flows/" + fw + "/Revisions/" + QByteArray::number(data.flow(0).version + 1);
        QTest::newRow("revision not a number") << "/v2/Flows/" + fw + "/Revisions/Latest";
        QTest::newRow("root") << QByteArray("/");
        Q_UNUSED(ft);
    }
    void notFound()
    {
        QFETCH(QByteArray, path);
        const HttpResult result = m_http.get(HttpTestClient::url(origin() + path));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json().value(u"code"_s).toInt(), 20404);
        QCOMPARE(result.json().value(u"status"_s).toInt(), 404);
        QCOMPARE(result.json().value(u"more_info"_s).toString(),
            u"https://www.twilio.com/docs/errors/20404"_s);
    }

    void everyEndpointAnswers()
    {
        const auto &data = m_server->data();
        const QByteArray fw = data.flow(0).sid;
        const QByteArray fn = data.execution(0, 17).sid;
        const QList<sandbox::StepRecord> steps = data.steps(0, 17);
        const QByteArray base = origin() + "/v1/Flows/" + fw;
        QCOMPARE(
            m_http.get(HttpTestClient::url(base)).json().value(u"sid"_s).toString().toLatin1(), fw);
        const QJsonObject execution
            = m_http.get(HttpTestClient::url(base + "/Executions/" + fn)).json();
        QCOMPARE(execution.value(u"sid"_s).toString().toLatin1(), fn);
        QCOMPARE(execution.value(u"links"_s)
                     .toObject()
                     .value(u"execution_context"_s)
                     .toString()
                     .toLatin1(),
            base + "/Executions/" + fn + "/Context");
        const QJsonObject context
            = m_http.get(HttpTestClient::url(base + "/Executions/" + fn + "/Context")).json();
        QCOMPARE(context.value(u"execution_sid"_s).toString().toLatin1(), fn);
        QCOMPARE(context.value(u"context"_s).toObject(), data.context(0, 17));
        const QJsonObject stepList
            = m_http.get(HttpTestClient::url(base + "/Executions/" + fn + "/Steps")).json();
        QCOMPARE(stepList.value(u"steps"_s).toArray().size(), steps.size());
        QCOMPARE(stepList.value(u"meta"_s).toObject().value(u"key"_s).toString(), u"steps"_s);
        const QJsonObject step
            = m_http.get(HttpTestClient::url(base + "/Executions/" + fn + "/Steps/" + steps[1].sid))
                  .json();
        QCOMPARE(step.value(u"transitioned_from"_s).toString(), steps[1].transitionedFrom);
        const QJsonObject stepContext = m_http
                                            .get(HttpTestClient::url(base + "/Executions/" + fn
                                                + "/Steps/" + steps[1].sid + "/Context"))
                                            .json();
        QCOMPARE(stepContext.value(u"step_sid"_s).toString().toLatin1(), steps[1].sid);
        QCOMPARE(stepContext.value(u"context"_s).toObject(), data.stepContext(0, 17, 1));
    }

    void methodNotAllowed()
    {
        const HttpResult result = m_http.post(HttpTestClient::url(origin() + "/v1/Flows"), "x=1");
        QCOMPARE(result.status, 405);
        QCOMPARE(result.json().value(u"code"_s).toInt(), 20004);
    }

    void endingAnExecution()
    {
        const auto &data = m_server->data();
        qint64 active = -1;
        for (qint64 i = 0; i < data.executionCount(0) && active < 0; ++i) {
            if (data.execution(0, i).active)
                active = i;
        }
        QVERIFY(active >= 0);
        const QByteArray url = executionsUrl(0) + '/' + data.execution(0, active).sid;
        QCOMPARE(m_http.post(HttpTestClient::url(url), "Status=active").status, 400);
        QCOMPARE(m_http.post(HttpTestClient::url(url), "Foo=bar").status, 400);
        QCOMPARE(
            m_http.get(HttpTestClient::url(url)).json().value(u"status"_s).toString(), u"active"_s);

        const HttpResult ended = m_http.post(HttpTestClient::url(url), "Status=ended");
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json().value(u"status"_s).toString(), u"ended"_s);
        QVERIFY(!ended.json().value(u"date_updated"_s).isNull());
        QCOMPARE(
            m_http.get(HttpTestClient::url(url)).json().value(u"status"_s).toString(), u"ended"_s);
        // Ending twice is harmless.
        QCOMPARE(m_http.post(HttpTestClient::url(url), "Status=ended")
                     .json()
                     .value(u"status"_s)
                     .toString(),
            u"ended"_s);
    }

    void sameSeedSameBytes()
    {
        SandboxServer twin(smallAccount());
        QVERIFY(twin.start());
        SandboxOptions otherSeed = smallAccount();
        otherSeed.data.seed = 8;
        SandboxServer other(otherSeed);
        QVERIFY(other.start());
        const auto &data = m_server->data();
        const QList<QByteArray> paths = {
            "/v1/Flows",
            "/v1/Flows/" + flowSid(1) + "/Executions?PageSize=200",
            "/v1/Flows/" + flowSid(1) + "/Executions/" + data.execution(1, 99).sid + "/Context",
            "/v1/Flows/" + flowSid(1) + "/Executions/" + data.execution(1, 99).sid + "/Steps",
        };
        HttpTestClient twinClient;
        twinClient.setBasicAuth(twin.accountSid(), twin.authToken());
        HttpTestClient otherClient;
        otherClient.setBasicAuth(other.accountSid(), other.authToken());
        for (const QByteArray &path : paths) {
            QByteArray mine = m_http.get(HttpTestClient::url(origin() + path)).body;
            QByteArray theirs
                = twinClient.get(HttpTestClient::url(twin.url().toEncoded() + path)).body;
            QVERIFY(!mine.isEmpty());
            mine.replace(origin(), "ORIGIN");
            theirs.replace(twin.url().toEncoded(), "ORIGIN");
            QCOMPARE(theirs, mine);
        }
        const QByteArray otherFlows
            = otherClient.get(HttpTestClient::url(other.url().toEncoded() + "/v1/Flows")).body;
        QVERIFY(!otherFlows.contains(flowSid(0)));
        QVERIFY(other.accountSid() != m_server->accountSid());
        // Credentials are not derived from the seed.
        QVERIFY(twin.authToken() != m_server->authToken());
    }

    void latencyFault()
    {
        sandbox::FaultOptions faults;
        faults.latencyMs = 150;
        const HttpResult result = flowsUnder(faults);
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 150, qPrintable(QString::number(result.elapsedMs)));
    }

    void rateLimitFault()
    {
        sandbox::FaultOptions faults;
        faults.rateLimit = 2;
        m_server->setFaults(faults);
        // Five requests at once: whatever second boundary falls among them, one second sees three.
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int k = 0; k < 5; ++k) {
            QNetworkRequest request(QUrl(QString::fromLatin1(origin() + "/v1/Flows")));
            request.setRawHeader("Authorization",
                "Basic "
                    + QByteArray(m_server->accountSid() + ':' + m_server->authToken()).toBase64());
            replies.append(nam.get(request));
        }
        for (QNetworkReply *reply : replies) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || finished.wait(10000));
        }
        int limited = 0;
        for (QNetworkReply *reply : replies) {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429) {
                ++limited;
                QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
                const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
                QCOMPARE(error.value(u"code"_s).toInt(), 20429);
            }
            reply->deleteLater();
        }
        QVERIFY(limited >= 1);
        QVERIFY(limited <= 3);
    }

    void failRateFault()
    {
        sandbox::FaultOptions faults;
        faults.failRate = 1.0;
        m_server->setFaults(faults);
        const HttpResult result = m_http.get(HttpTestClient::url(origin() + "/v1/Flows"));
        QCOMPARE(result.status, 503);
        QCOMPARE(result.json().value(u"status"_s).toInt(), 503);
        faults.failRate = 0.5;
        m_server->setFaults(faults);
        int failed = 0;
        for (int k = 0; k < 40; ++k)
            failed += m_http.get(HttpTestClient::url(origin() + "/v1/Flows")).status == 503;
        QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));
    }

    void truncateFault()
    {
        sandbox::FaultOptions faults;
        faults.truncateRate = 1.0;
        m_server->setFaults(faults);
        const HttpResult result
            = m_http.get(HttpTestClient::url(executionsUrl(0) + "?PageSize=100"));
        QVERIFY(result.finished);
        QVERIFY(result.error != QNetworkReply::NoError);
        QVERIFY(result.body.size() < result.header("Content-Length").toLongLong());
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        // Errors are never truncated: the fault is about bodies the client must parse.
        m_http.clearAuth();
        QCOMPARE(m_http.get(HttpTestClient::url(origin() + "/v1/Flows")).status, 401);
    }

    // A captive portal or proxy in Twilio's place: 200, text/html, a sign-in form.
    void htmlFault()
    {
        sandbox::FaultOptions faults;
        faults.htmlRate = 1.0;
        const HttpResult result = flowsUnder(faults);
        QCOMPARE(result.status, 200);
        QVERIFY(result.header("Content-Type").startsWith("text/html"));
        QVERIFY(result.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
    }

    // A request that is never answered, while the server goes on answering the next ones.
    void hangFault()
    {
        sandbox::FaultOptions faults;
        faults.hangRate = 1.0;
        QVERIFY(!flowsUnder(faults, 300).finished);
        QCOMPARE(flowsUnder({}).status, 200);
    }

    void faultOptionsFromTheCommandLine()
    {
        sandbox::SandboxOptions options;
        QString error;
        QString help;
        QVERIFY2(sandbox::parseSandboxArguments({ u"flowscope-sandbox"_s, u"--html-rate"_s,
                                                    u"0.25"_s, u"--hang-rate"_s, u"0.5"_s },
                     &options, &error, &help),
            qPrintable(error));
        QCOMPARE(options.faults.htmlRate, 0.25);
        QCOMPARE(options.faults.hangRate, 0.5);
    }

    // The server thread is gone — joined, thread-local teardown done — when the destructor
    // returns, so nothing of it can still run while the program exits after it.
    void serverThreadIsJoinedWhenDestroyed()
    {
#if defined(Q_OS_LINUX)
        const auto sandboxThreads = [] {
            int n = 0;
            const QDir tasks(u"/proc/self/task"_s);
            for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(tasks.filePath(task + u"/comm"_s));
                if (comm.open(QIODevice::ReadOnly)
                    && comm.readAll().trimmed() == sandbox::SandboxThread::kOsThreadName)
                    ++n;
            }
            return n;
        };
        for (int round = 0; round < 20; ++round) {
            {
                sandbox::SandboxThread thread(smallAccount());
                QString error;
                QVERIFY2(thread.startServer(&error), qPrintable(error));
                QCOMPARE(sandboxThreads(), 1);
                HttpTestClient http;
                http.setBasicAuth(thread.accountSid(), thread.authToken());
                const QByteArray origin = thread.url().toEncoded();
                QCOMPARE(http.get(HttpTestClient::url(origin + "/v1/Flows")).status, 200);
            }
            // Joined: the thread has run its last instruction. The kernel may list its task for a
            // moment longer (pthread_join is woken before the task is reaped), so poll briefly.
            QVERIFY(QTest::qWaitFor([&] { return sandboxThreads() == 0; }, 2000));
        }
#else
        QSKIP("reads the thread list from /proc");
#endif
    }

    void contextsHaveStudioShapes()
    {
        const auto &data = m_server->data();
        const char *triggers[] = { "message", "call", "request" };
        for (int f = 0; f < 3; ++f) {
            const QJsonObject context = data.context(f, 10);
            QVERIFY2(context.value(u"trigger"_s).toObject().contains(QLatin1String(triggers[f])),
                triggers[f]);
            const QJsonObject flow = context.value(u"flow"_s).toObject();
            QCOMPARE(flow.value(u"flow_sid"_s).toString().toLatin1(), data.flow(f).sid);
            QCOMPARE(flow.value(u"sid"_s).toString().toLatin1(), data.execution(f, 10).sid);
            QVERIFY(flow.value(u"channel"_s).toObject().contains(u"address"_s));
            QVERIFY(flow.contains(u"data"_s));
            QVERIFY(flow.contains(u"variables"_s));
            QVERIFY(context.value(u"widgets"_s).isObject());
        }
        // Voice: a gather with Digits or SpeechResult; HTTP widgets with status_code and parsed.
        bool gather = false;
        bool http = false;
        for (qint64 i = 0; i < 50; ++i) {
            const QJsonObject widgets = data.context(1, i).value(u"widgets"_s).toObject();
            gather |= widgets.value(u"gather_1"_s).toObject().contains(u"Digits"_s);
            // Flow 0's older executions ran before it was republished: its HTTP widget was http_1.
            const QJsonObject h
                = data.context(0, i).value(u"widgets"_s).toObject().value(u"http_1"_s).toObject();
            http |= h.contains(u"status_code"_s)
                && h.value(u"parsed"_s).toObject().value(u"items"_s).isArray();
        }
        QVERIFY(gather);
        QVERIFY(http);
    }

    void stepsAgreeWithContext()
    {
        const auto &data = m_server->data();
        int checkedEnded = 0;
        for (int f = 0; f < 3; ++f) {
            for (qint64 i = 0; i < 200; ++i) {
                const QList<sandbox::StepRecord> steps = data.steps(f, i);
                const sandbox::ExecutionRecord e = data.execution(f, i);
                QVERIFY(!steps.isEmpty());
                QCOMPARE(steps.first().transitionedFrom, u"Trigger"_s);
                QCOMPARE(steps.first().type, u"trigger"_s);
                QCOMPARE(steps.first().dateCreated, e.dateCreated);
                for (qsizetype k = 1; k < steps.size(); ++k) {
                    QCOMPARE(steps[k].transitionedFrom, steps[k - 1].transitionedTo);
                    QVERIFY(steps[k].dateCreated >= steps[k - 1].dateCreated);
                }
                const QJsonObject widgets = data.context(f, i).value(u"widgets"_s).toObject();
                QSet<QString> visited;
                for (const auto &step : steps)
                    visited.insert(step.transitionedFrom);
                for (auto it = widgets.begin(); it != widgets.end(); ++it)
                    QVERIFY2(visited.contains(it.key()), qPrintable(it.key()));
                if (!e.active) {
                    QCOMPARE(steps.last().transitionedTo, u"Ended"_s);
                    QCOMPARE(steps.last().dateCreated, e.dateUpdated);
                    QCOMPARE(data.stepContext(f, i, int(steps.size() - 1)), data.context(f, i));
                    ++checkedEnded;
                } else {
                    QVERIFY(steps.last().transitionedTo != u"Ended"_s);
                }
                QCOMPARE(data.stepContext(f, i, 0).value(u"widgets"_s).toObject().size(), 0);
            }
        }
        QVERIFY(checkedEnded > 500);
    }

    void generatedDataLooksLikeAnAccount()
    {
        SandboxServer big(smallAccount(5000));
        const auto &data = big.data();
        int active = 0;
        int sameSecond = 0;
        QSet<QString> kinds;
        for (int f = 0; f < 3; ++f) {
            for (qint64 i = 0; i < 5000; ++i) {
                const sandbox::ExecutionRecord e = data.execution(f, i);
                active += e.active;
                QVERIFY(e.dateCreated < kNow && e.dateCreated >= kNow - 30 * 86400 - 3600);
                if (i > 0 && data.createdAt(f, i) == data.createdAt(f, i - 1))
                    ++sameSecond;
                if (i > 0)
                    QVERIFY(data.createdAt(f, i) >= data.createdAt(f, i - 1));
                const QString a = e.contactAddress;
                static const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
                kinds.insert(e164.match(a).hasMatch() ? u"e164"_s : a.section(u':', 0, 0));
                QCOMPARE(data.executionIndex(f, e.sid), i);
                if (!e.active)
                    QVERIFY(e.dateUpdated >= e.dateCreated);
            }
        }
        const double activeShare = active / 15000.0;
        QVERIFY2(
            activeShare > 0.01 && activeShare < 0.035, qPrintable(QString::number(activeShare)));
        QVERIFY(sameSecond > 100);
        QCOMPARE(kinds, (QSet<QString> { u"e164"_s, u"whatsapp"_s, u"client"_s, u"sip"_s }));

        // The data that breaks naive tools is there.
        QByteArray all;
        for (qint64 i = 0; i < 300; ++i)
            all += QJsonDocument(data.context(0, i)).toJson(QJsonDocument::Compact);
        for (const char *needle : { "\\r\\n", "\"=HYPERLINK", "\"@support", "\"-5 degrees",
                 "\"+ plus", "👍🏽", "مرحبا", "你好", ",", "\\\"call me back\\\"", "null" })
            QVERIFY2(all.contains(needle), needle);
    }

    void aMillionExecutionsCostNoMemory()
    {
        const qint64 before = residentBytes();
        SandboxOptions options = smallAccount(1'000'000);
        SandboxServer huge(options);
        QVERIFY(huge.start());
        HttpTestClient client;
        client.setBasicAuth(huge.accountSid(), huge.authToken());
        const auto &data = huge.data();
        const QByteArray base
            = huge.url().toEncoded() + "/v1/Flows/" + data.flow(2).sid + "/Executions";
        const HttpResult first = client.get(HttpTestClient::url(base + "?PageSize=1000"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()
                     .value(u"executions"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"sid"_s)
                     .toString()
                     .toLatin1(),
            data.execution(2, 999'999).sid);
        const qint64 middle = data.createdAt(2, 500'000);
        const HttpResult mid = client.get(
            HttpTestClient::url(base + "?PageSize=1000&DateCreatedTo=" + sandbox::isoUtc(middle)));
        QCOMPARE(mid.json()
                     .value(u"executions"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"sid"_s)
                     .toString()
                     .toLatin1(),
            data.execution(2, data.lowerBound(2, middle) - 1).sid);
        const QByteArray sid = data.execution(2, 777'777).sid;
        QCOMPARE(client.get(HttpTestClient::url(base + '/' + sid))
                     .json()
                     .value(u"sid"_s)
                     .toString()
                     .toLatin1(),
            sid);
        const qint64 grown = residentBytes() - before;
        QVERIFY2(grown < 100 * 1024 * 1024, qPrintable(QString::number(grown)));
    }

    void bigContexts()
    {
        SandboxOptions options = smallAccount();
        options.data.bigContextBytes = 3 * 1024 * 1024;
        SandboxServer server(options);
        const auto &data = server.data();
        qint64 big = -1;
        for (qint64 i = 0; i < 600 && big < 0; ++i) {
            if (data.isBigContext(0, i))
                big = i;
        }
        QVERIFY(big >= 0);
        const QByteArray json = QJsonDocument(data.context(0, big)).toJson(QJsonDocument::Compact);
        QVERIFY2(json.size() > 3 * 1024 * 1024 * 9 / 10, qPrintable(QString::number(json.size())));
        QVERIFY(json.size() < 3 * 1024 * 1024 * 2);
        QVERIFY(QJsonDocument(data.context(0, big + 1)).toJson().size() < 20000);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << 2;
        QTest::newRow("bad port") << QStringList { u"--port"_s, u"70000"_s } << 2;
        QTest::newRow("bad probability") << QStringList { u"--fail-rate"_s, u"2"_s } << 2;
        QTest::newRow("bad html rate") << QStringList { u"--html-rate"_s, u"-1"_s } << 2;
        QTest::newRow("bad hang rate") << QStringList { u"--hang-rate"_s, u"x"_s } << 2;
        QTest::newRow("bad now") << QStringList { u"--now"_s, u"2026-13-01T00:00:00Z"_s } << 2;
        QTest::newRow("stray argument") << QStringList { u"serve"_s } << 2;
        QTest::newRow("missing flow file")
            << QStringList { u"--flow-definition"_s, u"/nonexistent/flow.json"_s } << 2;
        QTest::newRow("flow file not JSON")
            << QStringList { u"--flow-definition"_s, QStringLiteral(FLOWSCOPE_SANDBOX_BIN) } << 2;
        QTest::newRow("help") << QStringList { u"--help"_s } << 0;
        QTest::newRow("version") << QStringList { u"--version"_s } << 0;
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QProcess process;
        process.start(QStringLiteral(FLOWSCOPE_SANDBOX_BIN), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), exitCode);
        if (exitCode == 2)
            QVERIFY(process.readAllStandardError().startsWith("flowscope-sandbox: "));
    }

    void executablePrintsReadyLineAndLogsWithoutSecrets()
    {
        QProcess process;
        process.start(QStringLiteral(FLOWSCOPE_SANDBOX_BIN),
            { u"--port"_s, u"0"_s, u"--verbose"_s, u"--seed"_s, u"3"_s, u"--executions"_s,
                u"100"_s });
        QVERIFY(process.waitForReadyRead(10000));
        const QByteArray line = process.readLine().trimmed();
        static const QRegularExpression ready(
            u"^FLOWSCOPE_SANDBOX url=(http://127\\.0\\.0\\.1:\\d+) account=(AC[0-9a-f]{32}) token=([0-9a-f]{32}) api_key=(SK[0-9a-f]{32}) api_secret=(\\S{32})$"_s);
        const auto match = ready.match(QString::fromLatin1(line));
        QVERIFY2(match.hasMatch(), line.constData());
        HttpTestClient client;
        client.setBasicAuth(match.captured(4).toLatin1(), match.captured(5).toLatin1());
        const HttpResult flows = client.get(QUrl(match.captured(1) + u"/v1/Flows"_s));
        QCOMPARE(flows.status, 200);
        QCOMPARE(flows.json().value(u"flows"_s).toArray().size(), 6);
        client.setBasicAuth(match.captured(2).toLatin1(), match.captured(3).toLatin1());
        QCOMPARE(client.get(QUrl(match.captured(1) + u"/v1/Flows"_s)).status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("GET /v1/Flows -> 200"), log.constData());
        QVERIFY(!log.contains(match.captured(3).toLatin1()));
        QVERIFY(!log.contains(match.captured(5).toLatin1()));
        QVERIFY(!log.contains(
            QString(match.captured(2) + u':' + match.captured(3)).toLatin1().toBase64()));
        QVERIFY(!log.contains("Basic "));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
