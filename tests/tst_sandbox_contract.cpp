// Contract test: every response type the sandbox serves conforms to Twilio's own OpenAPI documents
// — Studio v1 (named by STUDIO_OPENAPI_SPEC) and v2 (twilio_studio_v2.json beside it), the core
// API 2010-04-01 (API_2010_OPENAPI_SPEC) and Monitor v1 (MONITOR_OPENAPI_SPEC), each else found
// beside the Studio document; read by path, never copied into the project.

#include "sandbox/sandboxserver.h"
#include "support/httptestclient.h"
#include "support/openapivalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OpenApiValidator> m_spec;
    std::unique_ptr<OpenApiValidator> m_v2;
    std::unique_ptr<OpenApiValidator> m_core; // 2010-04-01
    std::unique_ptr<OpenApiValidator> m_monitor;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    HttpTestClient m_http;

    QJsonObject fetch(const QByteArray &path, const QByteArray &postForm = {})
    {
        const QUrl url = HttpTestClient::url(m_server->url().toEncoded() + path);
        const HttpResult result = postForm.isEmpty() ? m_http.get(url) : m_http.post(url, postForm);
        if (result.status != 200)
            qWarning() << path << result.status << result.body;
        return result.status == 200 ? result.json() : QJsonObject();
    }

    void expectConforms(const QJsonObject &body, const QString &path, const QString &method)
    {
        QVERIFY2(!body.isEmpty(), qPrintable(path));
        const OpenApiValidator *spec = path.startsWith(u"/v2/"_s) ? m_v2.get()
            : path.startsWith(u"/2010-04-01/"_s)                  ? m_core.get()
            : path.startsWith(u"/v1/Alerts"_s)                    ? m_monitor.get()
                                                                  : m_spec.get();
        const QJsonObject schema = spec->responseSchema(path, method);
        QVERIFY2(!schema.isEmpty(), qPrintable(u"no schema for %1 %2"_s.arg(method, path)));
        const QStringList errors = spec->validate(body, schema);
        QVERIFY2(
            errors.isEmpty(), qPrintable(path + u"\n  "_s + errors.mid(0, 20).join(u"\n  "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // STUDIO_OPENAPI_SPEC, else the shared copy beside the checkout. In CI a missing or
        // unreadable document is a failure: a contract test that skips proves nothing.
        QString path = qEnvironmentVariable("STUDIO_OPENAPI_SPEC");
        if (path.isEmpty()) {
            const QString beside = QStringLiteral(
                FLOWSCOPE_SOURCE_DIR "/../shared/twilio-oai/twilio_studio_v1.json");
            if (QFileInfo::exists(beside))
                path = beside;
        }
        const bool ci = qEnvironmentVariable("CI") == u"true"_s;
        if (path.isEmpty()) {
            const char *why
                = "STUDIO_OPENAPI_SPEC is not set and ../shared/twilio-oai is not beside "
                  "the checkout: the contract test needs Twilio's twilio_studio_v1.json";
            if (ci)
                QFAIL(why);
            QSKIP(why);
        }
        m_spec = std::make_unique<OpenApiValidator>(path);
        if (!m_spec->isValid()) {
            const QString why = u"STUDIO_OPENAPI_SPEC: "_s + m_spec->errorString();
            if (ci)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }

        const QString v2 = QFileInfo(path).absoluteDir().filePath(u"twilio_studio_v2.json"_s);
        m_v2 = std::make_unique<OpenApiValidator>(v2);
        if (!m_v2->isValid()) {
            const QString why = u"Studio v2 document: "_s + m_v2->errorString();
            if (ci)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }

        // The documents of the APIs around Studio: each named by its variable, else beside it.
        const auto beside = [&path](const char *variable, const QString &name) {
            const QString named = qEnvironmentVariable(variable);
            return named.isEmpty() ? QFileInfo(path).absoluteDir().filePath(name) : named;
        };
        m_core = std::make_unique<OpenApiValidator>(
            beside("API_2010_OPENAPI_SPEC", u"twilio_api_v2010.json"_s));
        m_monitor = std::make_unique<OpenApiValidator>(
            beside("MONITOR_OPENAPI_SPEC", u"twilio_monitor_v1.json"_s));
        for (const OpenApiValidator *document : { m_core.get(), m_monitor.get() }) {
            if (!document->isValid()) {
                const QString why = u"a document around Studio: "_s + document->errorString();
                if (ci)
                    QFAIL(qPrintable(why));
                QSKIP(qPrintable(why));
            }
        }

        sandbox::SandboxOptions options;
        options.data.seed = 11;
        options.data.flows = 4;
        options.data.executionsPerFlow = 1500;
        options.data.now = 1795824000;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_server->start());
        m_http.setBasicAuth(m_server->accountSid(), m_server->authToken());
    }

    void theValidatorCatchesViolations()
    {
        // The check below is only worth something if a wrong body fails it.
        const QJsonObject schema = m_spec->componentSchema(u"studio.v1.flow.execution"_s);
        QVERIFY(!schema.isEmpty());
        QJsonObject execution
            = fetch("/v1/Flows/" + m_server->data().flow(0).sid + "/Executions?PageSize=1")
                  .value(u"executions"_s)
                  .toArray()
                  .first()
                  .toObject();
        QVERIFY(m_spec->validate(execution, schema).isEmpty());
        QJsonObject broken = execution;
        broken.insert(u"sid"_s, u"FX0123"_s);
        broken.insert(u"status"_s, u"running"_s);
        broken.remove(u"contact_sid"_s);
        broken.insert(u"date_created"_s, u"yesterday"_s);
        broken.insert(u"extra"_s, 1);
        const QStringList errors = m_spec->validate(broken, schema);
        QCOMPARE(errors.size(), 6); // pattern, length, enum, missing, date-time, undeclared
    }

    void flows()
    {
        const QJsonObject list = fetch("/v1/Flows?PageSize=3");
        expectConforms(list, u"/v1/Flows"_s, u"get"_s);
        QCOMPARE(list.value(u"flows"_s).toArray().size(), 3);
        QVERIFY(!list.value(u"meta"_s).toObject().value(u"next_page_url"_s).isNull());
        const QByteArray next
            = list.value(u"meta"_s).toObject().value(u"next_page_url"_s).toString().toLatin1();
        expectConforms(m_http.get(HttpTestClient::url(next)).json(), u"/v1/Flows"_s, u"get"_s);
        for (int f = 0; f < m_server->data().flowCount(); ++f)
            expectConforms(
                fetch("/v1/Flows/" + m_server->data().flow(f).sid), u"/v1/Flows/{Sid}"_s, u"get"_s);
    }

    void executions()
    {
        const auto &data = m_server->data();
        for (int f = 0; f < data.flowCount(); ++f) {
            QByteArray next = m_server->url().toEncoded() + "/v1/Flows/" + data.flow(f).sid
                + "/Executions?PageSize=1000";
            while (!next.isEmpty()) {
                const QJsonObject page = m_http.get(HttpTestClient::url(next)).json();
                expectConforms(page, u"/v1/Flows/{FlowSid}/Executions"_s, u"get"_s);
                next = page.value(u"meta"_s)
                           .toObject()
                           .value(u"next_page_url"_s)
                           .toString()
                           .toLatin1();
            }
        }
    }

    void oneExecutionAndItsNeighbours()
    {
        const auto &data = m_server->data();
        for (int f = 0; f < data.flowCount(); ++f) {
            for (const qint64 i : { qint64(0), qint64(777), data.executionCount(f) - 1 }) {
                const QByteArray base
                    = "/v1/Flows/" + data.flow(f).sid + "/Executions/" + data.execution(f, i).sid;
                expectConforms(fetch(base), u"/v1/Flows/{FlowSid}/Executions/{Sid}"_s, u"get"_s);
                expectConforms(fetch(base + "/Context"),
                    u"/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Context"_s, u"get"_s);
                const QJsonObject steps = fetch(base + "/Steps?PageSize=2");
                expectConforms(
                    steps, u"/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps"_s, u"get"_s);
                const QByteArray step = steps.value(u"steps"_s)
                                            .toArray()
                                            .first()
                                            .toObject()
                                            .value(u"sid"_s)
                                            .toString()
                                            .toLatin1();
                expectConforms(fetch(base + "/Steps/" + step),
                    u"/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{Sid}"_s, u"get"_s);
                expectConforms(fetch(base + "/Steps/" + step + "/Context"),
                    u"/v1/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps/{StepSid}/Context"_s,
                    u"get"_s);
            }
        }
    }

    void endingAnExecution()
    {
        const auto &data = m_server->data();
        qint64 active = 0;
        while (!data.execution(0, active).active)
            ++active;
        const QByteArray path
            = "/v1/Flows/" + data.flow(0).sid + "/Executions/" + data.execution(0, active).sid;
        const QJsonObject ended = fetch(path, "Status=ended");
        expectConforms(ended, u"/v1/Flows/{FlowSid}/Executions/{Sid}"_s, u"post"_s);
        QCOMPARE(ended.value(u"status"_s).toString(), u"ended"_s);
    }

    // v2's executions: the list with its status filter (its name and values from the document),
    // one execution, its context and steps, and ending it.
    void v2Executions()
    {
        const QJsonArray params = m_v2->parameters(u"/v2/Flows/{FlowSid}/Executions"_s, u"get"_s);
        QString statusName;
        for (const QJsonValue &p : params) {
            if (p.toObject().value(u"name"_s).toString().compare(u"status"_s, Qt::CaseInsensitive)
                == 0)
                statusName = p.toObject().value(u"name"_s).toString();
        }
        QCOMPARE(statusName, u"status"_s);
        const auto &data = m_server->data();
        const QByteArray flow = data.flow(1).sid;
        QByteArray next = m_server->url().toEncoded() + "/v2/Flows/" + flow + "/Executions?"
            + statusName.toLatin1() + "=active&PageSize=7";
        QByteArrayList active;
        while (!next.isEmpty()) {
            const QJsonObject page = m_http.get(HttpTestClient::url(next)).json();
            expectConforms(page, u"/v2/Flows/{FlowSid}/Executions"_s, u"get"_s);
            for (const QJsonValue &e : page.value(u"executions"_s).toArray()) {
                QCOMPARE(e.toObject().value(u"status"_s).toString(), u"active"_s);
                active << e.toObject().value(u"sid"_s).toString().toLatin1();
            }
            next = page.value(u"meta"_s).toObject().value(u"next_page_url"_s).toString().toLatin1();
        }
        QByteArrayList truth;
        for (qint64 i = data.executionCount(1) - 1; i >= 0; --i) {
            if (data.execution(1, i).active)
                truth << data.execution(1, i).sid;
        }
        QVERIFY(truth.size() > 10);
        QCOMPARE(active, truth); // every active one, newest first, once
        QCOMPARE(m_http
                     .get(HttpTestClient::url(m_server->url().toEncoded() + "/v2/Flows/" + flow
                         + "/Executions?status=running"))
                     .status,
            400);

        const QByteArray base = "/v2/Flows/" + flow + "/Executions/" + truth.first();
        const QJsonObject one = fetch(base);
        expectConforms(one, u"/v2/Flows/{FlowSid}/Executions/{Sid}"_s, u"get"_s);
        QVERIFY(one.value(u"flow_version"_s).isDouble());
        QVERIFY(!one.value(u"initiated_by"_s).toString().isEmpty());
        expectConforms(fetch(base + "/Context"),
            u"/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Context"_s, u"get"_s);
        expectConforms(fetch(base + "/Steps"),
            u"/v2/Flows/{FlowSid}/Executions/{ExecutionSid}/Steps"_s, u"get"_s);
        const QJsonObject ended = fetch(base, "Status=ended");
        expectConforms(ended, u"/v2/Flows/{FlowSid}/Executions/{Sid}"_s, u"post"_s);
        QCOMPARE(ended.value(u"status"_s).toString(), u"ended"_s);
        // Its steps gain the end.
        const QJsonArray steps = fetch(base + "/Steps").value(u"steps"_s).toArray();
        QCOMPARE(steps.first().toObject().value(u"transitioned_to"_s).toString(), u"Ended"_s);
    }

    // v2's flows carry their definition, and every revision of it can be read.
    void v2FlowsAndRevisions()
    {
        const QJsonObject list = fetch("/v2/Flows?PageSize=2");
        expectConforms(list, u"/v2/Flows"_s, u"get"_s);
        QCOMPARE(list.value(u"flows"_s).toArray().size(), 2);
        QVERIFY(
            list.value(u"flows"_s).toArray().first().toObject().value(u"definition"_s).isNull());
        for (int f = 0; f < m_server->data().flowCount(); ++f) {
            const sandbox::FlowRecord &flow = m_server->data().flow(f);
            const QByteArray base = "/v2/Flows/" + flow.sid;
            const QJsonObject one = fetch(base);
            expectConforms(one, u"/v2/Flows/{Sid}"_s, u"get"_s);
            QCOMPARE(one.value(u"revision"_s).toInt(), flow.version);
            const QJsonObject definition = one.value(u"definition"_s).toObject();
            QVERIFY(definition.value(u"states"_s).toArray().size() >= 4);
            QCOMPARE(definition.value(u"initial_state"_s).toString(), u"Trigger"_s);

            const QJsonObject revisions = fetch(base + "/Revisions?PageSize=50");
            expectConforms(revisions, u"/v2/Flows/{Sid}/Revisions"_s, u"get"_s);
            const QJsonArray items = revisions.value(u"revisions"_s).toArray();
            QCOMPARE(items.size(), std::min(flow.version, 50));
            QCOMPARE(items.first().toObject().value(u"revision"_s).toInt(), flow.version);
            const QJsonObject latest = fetch(base + "/Revisions/LatestPublished");
            expectConforms(latest, u"/v2/Flows/{Sid}/Revisions/{Revision}"_s, u"get"_s);
            QCOMPARE(latest.value(u"definition"_s).toObject(), definition);
            const QJsonObject first = fetch(base + "/Revisions/1");
            expectConforms(first, u"/v2/Flows/{Sid}/Revisions/{Revision}"_s, u"get"_s);
            QCOMPARE(first.value(u"revision"_s).toInt(), 1);
        }
    }

    // The core API: each Message and Call of an execution, and the 404 of one past its retention.
    void messagesAndCalls()
    {
        const auto &data = m_server->data();
        const QByteArray account = "/2010-04-01/Accounts/" + m_server->accountSid();
        int messages = 0;
        int calls = 0;
        int gone = 0;
        for (int f = 0; f < data.flowCount(); ++f) {
            for (qint64 i = 0; i < 200; i += 7) {
                for (const sandbox::MessageRecord &m : data.messagesOf(f, i)) {
                    const QByteArray path = account + "/Messages/" + m.sid + ".json";
                    if (m.gone) {
                        const HttpResult result
                            = m_http.get(HttpTestClient::url(m_server->url().toEncoded() + path));
                        QCOMPARE(result.status, 404);
                        QCOMPARE(result.json().value(u"code"_s).toInt(), 20404);
                        ++gone;
                        continue;
                    }
                    const QJsonObject message = fetch(path);
                    expectConforms(message,
                        u"/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"_s, u"get"_s);
                    QCOMPARE(message.value(u"status"_s).toString(), m.status);
                    ++messages;
                }
                for (const sandbox::CallRecord &c : data.callsOf(f, i)) {
                    if (c.gone)
                        continue;
                    const QJsonObject call = fetch(account + "/Calls/" + c.sid + ".json");
                    expectConforms(
                        call, u"/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"_s, u"get"_s);
                    QCOMPARE(call.value(u"status"_s).toString(), c.status);
                    ++calls;
                }
            }
        }
        QVERIFY(messages > 50);
        QVERIFY(calls > 10);
        QVERIFY(gone > 0);
        // Another account's path, or a SID that is none of its own: 404.
        QCOMPARE(m_http
                     .get(HttpTestClient::url(m_server->url().toEncoded() + "/2010-04-01/Accounts/"
                         + QByteArray("AC") + QByteArray(32, '0') + "/Messages/"
                         + data.messagesOf(0, 1).first().sid + ".json"))
                     .status,
            404);
    }

    // Monitor: the list over a window with its filters (their names from the document), its
    // pages, one alert with its bodies, and the 403 of a key without access.
    void alerts()
    {
        QStringList names;
        for (const QJsonValue &p : m_monitor->parameters(u"/v1/Alerts"_s, u"get"_s))
            names << p.toObject().value(u"name"_s).toString();
        for (const QString &name : { u"StartDate"_s, u"EndDate"_s, u"LogLevel"_s, u"PageSize"_s,
                 u"Page"_s, u"PageToken"_s })
            QVERIFY2(names.contains(name), qPrintable(name));

        const QByteArray window = "StartDate=" + sandbox::isoUtc(1795824000 - 86400)
            + "&EndDate=" + sandbox::isoUtc(1795824000);
        const QJsonObject list = fetch("/v1/Alerts?" + window + "&PageSize=20");
        expectConforms(list, u"/v1/Alerts"_s, u"get"_s);
        const QJsonArray alerts = list.value(u"alerts"_s).toArray();
        QCOMPARE(alerts.size(), 20);
        const QString next = list.value(u"meta"_s).toObject().value(u"next_page_url"_s).toString();
        QVERIFY(!next.isEmpty());
        const QJsonObject second = m_http.get(HttpTestClient::url(next.toLatin1())).json();
        expectConforms(second, u"/v1/Alerts"_s, u"get"_s);
        QVERIFY(second.value(u"alerts"_s).toArray().first().toObject().value(u"sid"_s)
            != alerts.first().toObject().value(u"sid"_s));
        const QByteArray sid = alerts.first().toObject().value(u"sid"_s).toString().toLatin1();
        const QJsonObject one = fetch("/v1/Alerts/" + sid);
        expectConforms(one, u"/v1/Alerts/{Sid}"_s, u"get"_s);
        QVERIFY(one.contains(u"response_body"_s));
        QVERIFY(!alerts.first().toObject().contains(u"response_body"_s)); // the list has none

        const QJsonObject warnings = fetch("/v1/Alerts?" + window + "&LogLevel=warning");
        expectConforms(warnings, u"/v1/Alerts"_s, u"get"_s);
        for (const QJsonValue &a : warnings.value(u"alerts"_s).toArray())
            QCOMPARE(a.toObject().value(u"log_level"_s).toString(), u"warning"_s);
        QCOMPARE(m_http
                     .get(HttpTestClient::url(
                         m_server->url().toEncoded() + "/v1/Alerts?StartDate=yesterday"))
                     .status,
            400);

        sandbox::FaultOptions faults;
        faults.monitorForbidden = true;
        m_server->setFaults(faults);
        const HttpResult denied
            = m_http.get(HttpTestClient::url(m_server->url().toEncoded() + "/v1/Alerts"));
        m_server->setFaults({});
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value(u"status"_s).toInt(), 403);
        QVERIFY(denied.json().value(u"more_info"_s).toString().startsWith(u"https://"_s));
    }

    void pageSizeBoundsMatchTheDocument()
    {
        // The bounds come from the document rather than being restated here.
        QJsonObject pageSize;
        const QJsonArray params = m_spec->parameters(u"/v1/Flows/{FlowSid}/Executions"_s, u"get"_s);
        QStringList names;
        for (const QJsonValue &p : params) {
            names << p.toObject().value(u"name"_s).toString();
            if (names.last() == u"PageSize"_s)
                pageSize = p.toObject().value(u"schema"_s).toObject();
        }
        QCOMPARE(names,
            (QStringList { u"FlowSid"_s, u"DateCreatedFrom"_s, u"DateCreatedTo"_s, u"PageSize"_s,
                u"Page"_s, u"PageToken"_s }));
        const int minimum = pageSize.value(u"minimum"_s).toInt();
        const int maximum = pageSize.value(u"maximum"_s).toInt();
        QCOMPARE(minimum, 1);
        QCOMPARE(maximum, 1000);
        const QByteArray base = m_server->url().toEncoded() + "/v1/Flows/"
            + m_server->data().flow(0).sid + "/Executions?PageSize=";
        QCOMPARE(m_http.get(HttpTestClient::url(base + QByteArray::number(minimum))).status, 200);
        QCOMPARE(m_http.get(HttpTestClient::url(base + QByteArray::number(maximum))).status, 200);
        QCOMPARE(
            m_http.get(HttpTestClient::url(base + QByteArray::number(minimum - 1))).status, 400);
        QCOMPARE(
            m_http.get(HttpTestClient::url(base + QByteArray::number(maximum + 1))).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandbox_contract.moc"
