#include "sandboxserver.h"

#include "sandboxflows.h"
#include "sandboxhttp.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace sandbox {

// ---- the server ----------------------------------------------------------------------------

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_data(options.data)
    , m_authToken(randomHex(32))
    , m_apiKeySid("SK" + randomHex(32))
    , m_apiSecret(randomSecret(32))
    , m_faultRandom(quint32(options.data.seed ^ (options.data.seed >> 32) ^ 0xfa017u))
{ }

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    const quint16 port = listen(m_options.host, m_options.port);
    if (port == 0) {
        if (error)
            *error = u"cannot listen on %1:%2"_s.arg(m_options.host.toString()).arg(m_options.port);
        return false;
    }
    m_url.setScheme(u"http"_s);
    m_url.setHost(m_options.host.toString());
    m_url.setPort(port);
    return true;
}

QByteArray SandboxServer::readyLine() const
{
    return "FLOWSCOPE_SANDBOX url=" + m_url.toEncoded() + " account=" + accountSid()
        + " token=" + m_authToken + " api_key=" + m_apiKeySid + " api_secret=" + m_apiSecret;
}

QByteArray SandboxServer::originFor(const QHttpServerRequest &request) const
{
    // URLs in responses use the origin the client addressed, when it is one of ours: a client
    // that connects to localhost gets localhost links, as behind any real front end.
    QByteArray own = m_url.toEncoded(QUrl::RemovePath | QUrl::StripTrailingSlash);
    const QByteArray port = ':' + QByteArray::number(m_url.port());
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            continue;
        for (const char *alias : { "127.0.0.1", "localhost", "[::1]" }) {
            if (value == alias + port)
                return "http://" + value;
        }
    }
    return own;
}

bool SandboxServer::authorised(const QHttpServerRequest &request) const
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        if (!value.startsWith("Basic "))
            return false;
        const auto decoded = QByteArray::fromBase64Encoding(
            value.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        const QByteArrayView credentials(decoded.decoded);
        const qsizetype colon = credentials.indexOf(':');
        if (colon < 0)
            return false;
        const QByteArrayView user = credentials.first(colon);
        const QByteArrayView password = credentials.sliced(colon + 1);
        return (constantTimeEquals(user, accountSid()) && constantTimeEquals(password, m_authToken))
            || (constantTimeEquals(user, m_apiKeySid) && constantTimeEquals(password, m_apiSecret));
    }
    return false;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QStringList parts = request.url().path().split(u'/');
        if (parts.size() == 6)
            ++m_postsReceived[parts[5].toLatin1()];
    }
    const FaultOptions &faults = m_options.faults;

    if (faults.rateLimit > 0) {
        const qint64 window = QDateTime::currentMSecsSinceEpoch() / 1000;
        if (window != m_rateWindow) {
            m_rateWindow = window;
            m_rateCount = 0;
        }
        if (++m_rateCount > faults.rateLimit) {
            Reply reply = Reply::error(429, 20429, u"Too Many Requests"_s);
            reply.headers.append(Header { "Retry-After", "1" });
            send(request, socket, std::move(reply));
            return true;
        }
    }
    const bool failingFlow = !faults.failingFlows.isEmpty()
        && faults.failingFlows.contains(request.url().path().section(u'/', 3, 3).toLatin1());
    if (failingFlow || (faults.failRate > 0 && m_faultRandom.generateDouble() < faults.failRate)) {
        send(request, socket,
            Reply::error(503, 20503, u"Service is unavailable. Please try again"_s));
        return true;
    }
    if (faults.htmlRate > 0 && m_faultRandom.generateDouble() < faults.htmlRate) {
        send(request, socket, Reply::signInPage());
        return true;
    }
    if (faults.hangRate > 0 && m_faultRandom.generateDouble() < faults.hangRate) {
        // A POST is carried out first: the client's timeout then hides that it worked, the case
        // a client must never answer by sending it again.
        const bool post = request.method() == QHttpServerRequest::Method::Post;
        if (post)
            route(request, originFor(request));
        if (m_options.verbose)
            qInfo().noquote() << u"%1 %2 -> no answer (hang fault%3)"_s.arg(
                post ? u"POST"_s : u"GET"_s,
                QString::fromUtf8(
                    request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)),
                post ? u", carried out"_s : QString());
        return true; // the connection stays open, silent, until the client gives up
    }
    send(request, socket, route(request, originFor(request)));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, Reply::error(404, 20404, u"The requested resource was not found"_s));
}

SandboxServer::Reply SandboxServer::route(
    const QHttpServerRequest &request, const QByteArray &origin)
{
    if (!authorised(request)) {
        Reply reply = Reply::error(401, 20003, u"Authenticate"_s);
        reply.headers.append(Header { "WWW-Authenticate", R"(Basic realm="Twilio API")" });
        return reply;
    }
    Route r { request, request.url().path().split(u'/'), origin, {}, false, false, {} };
    const QStringList &parts = r.parts;
    // Around Studio, at the same origin (their paths do not clash): 2010-04-01 and Monitor.
    if (parts.size() >= 2 && parts[1] == u"2010-04-01"_s)
        return routeCoreApi(r);
    if (parts.size() >= 3 && parts[1] == u"v1"_s && parts[2] == u"Alerts"_s)
        return routeAlerts(r);
    // v1 everywhere; v2 (which adds definitions, revisions, flow_version, initiated_by and a
    // status filter) for flows and executions.
    if (parts.size() < 3 || !parts[0].isEmpty() || (parts[1] != u"v1"_s && parts[1] != u"v2"_s)
        || parts[2] != u"Flows"_s)
        return r.notFound();
    r.version = parts[1].toLatin1();
    if (r.version == "v2" && parts.size() >= 5 && parts[4] != u"Executions"_s
        && parts[4] != u"Revisions"_s)
        return r.notFound();
    if (r.version == "v1" && parts.size() >= 5 && parts[4] == u"Revisions"_s)
        return r.notFound();
    r.get = request.method() == QHttpServerRequest::Method::Get;
    r.post = request.method() == QHttpServerRequest::Method::Post;
    r.query.params = decodeForm(request.url().query(QUrl::FullyEncoded).toUtf8());
    if (r.get && parts.size() % 2 == 1) { // a list: /v1/Flows, …/Executions, …/Steps
        if (const std::optional<Reply> refused = readListParameters(&r.query))
            return *refused;
    }
    if (parts.size() == 3)
        return r.get ? listFlows(r.query, origin, r.version) : Route::methodNotAllowed();
    const int f = m_data.flowIndex(parts[3].toLatin1());
    if (f < 0)
        return r.notFound();
    if (parts.size() == 4) {
        if (!r.get)
            return Route::methodNotAllowed();
        QByteArray body;
        writeFlow(body, f, origin, r.version, true);
        return Reply::json(std::move(body));
    }
    if (parts[4] == u"Revisions"_s)
        return routeRevisions(r, f);
    if (parts[4] != u"Executions"_s)
        return r.notFound();
    if (parts.size() == 5)
        return r.get ? listExecutions(f, r.query, origin, r.version) : Route::methodNotAllowed();
    return routeExecution(r, f);
}

std::optional<SandboxServer::Reply> SandboxServer::readListParameters(Query *query)
{
    if (query->params.contains(u"PageSize"_s)) {
        bool ok = false;
        const int size = query->params.value(u"PageSize"_s).toInt(&ok);
        if (!ok || size < 1 || size > kMaxPageSize)
            return Reply::error(
                400, 20001, u"Invalid PageSize: must be an integer from 1 to 1000"_s);
        query->pageSize = size;
    }
    if (query->params.contains(u"Page"_s)) {
        bool ok = false;
        query->page = query->params.value(u"Page"_s).toInt(&ok);
        if (!ok || query->page < 0)
            return Reply::error(400, 20001, u"Invalid Page: must be a non-negative integer"_s);
    }
    query->pageToken = query->params.value(u"PageToken"_s);
    return std::nullopt;
}

// /v2/Flows/{FW}/Revisions[/{n}]
SandboxServer::Reply SandboxServer::routeRevisions(const Route &r, int f)
{
    const QStringList &parts = r.parts;
    if (!r.get)
        return Route::methodNotAllowed();
    if (parts.size() == 5)
        return listRevisions(f, r.query, r.origin);
    if (parts.size() > 6)
        return r.notFound();
    if (m_options.faults.failingRevisions)
        return Reply::error(500, 20500, u"An internal server error has occurred"_s);
    // A number, or LatestPublished / LatestRevision (the same here: every flow's latest
    // revision is its published one, drafts included in the count).
    const FlowRecord &flow = m_data.flow(f);
    int revision = 0;
    if (parts[5] == u"LatestPublished"_s || parts[5] == u"LatestRevision"_s) {
        revision = flow.version;
    } else {
        bool ok = false;
        revision = parts[5].toInt(&ok);
        if (!ok || revision < 1 || revision > flow.version || parts[5].startsWith(u'+'))
            return r.notFound();
    }
    QByteArray body;
    writeRevision(body, f, revision, r.origin, true);
    return Reply::json(std::move(body));
}

// …/Executions/{FN}, its Context, its Steps, a step and its Context.
SandboxServer::Reply SandboxServer::routeExecution(const Route &r, int f)
{
    const QStringList &parts = r.parts;
    const qint64 i = m_data.executionIndex(f, parts[5].toLatin1());
    if (i < 0)
        return r.notFound();
    const QByteArray executionSid = parts[5].toLatin1();
    const QByteArray executionUrl = r.origin + '/' + r.version + "/Flows/" + m_data.flow(f).sid
        + "/Executions/" + executionSid;
    if (parts.size() == 6) {
        if (r.post)
            return updateExecution(f, i, r.request.body(), r.origin, r.version);
        if (!r.get)
            return Route::methodNotAllowed();
        QByteArray body;
        writeExecution(body, f, i, r.origin, r.version);
        return Reply::json(std::move(body));
    }
    if (parts.size() == 7 && parts[6] == u"Context"_s) {
        if (!r.get)
            return Route::methodNotAllowed();
        QByteArray body;
        {
            JsonObjectWriter w(body);
            w.string("account_sid", accountSid());
            w.raw("context", compactJson(m_data.context(f, i)));
            w.string("flow_sid", m_data.flow(f).sid);
            w.string("execution_sid", executionSid);
            w.string("url", executionUrl + "/Context");
        }
        return Reply::json(std::move(body));
    }
    if (parts[6] != u"Steps"_s)
        return r.notFound();
    if (parts.size() == 7 && m_options.faults.failingStepsOneIn > 0
        && i % m_options.faults.failingStepsOneIn == 0)
        return Reply::error(500, 20500, u"Internal Server Error"_s);
    if (parts.size() == 7)
        return r.get ? listSteps(f, i, r.query, r.origin, r.version) : Route::methodNotAllowed();
    return routeStep(r, f, i, executionUrl);
}

// …/Steps/{FT}[/Context]
SandboxServer::Reply SandboxServer::routeStep(
    const Route &r, int f, qint64 i, const QByteArray &executionUrl)
{
    const QStringList &parts = r.parts;
    const int k = m_data.stepIndex(f, i, parts[7].toLatin1());
    if (k < 0 || parts.size() > 9 || (parts.size() == 9 && parts[8] != u"Context"_s))
        return r.notFound();
    if (!r.get)
        return Route::methodNotAllowed();
    if (parts.size() == 8) {
        QByteArray body;
        writeStep(body, f, i, m_data.steps(f, i).at(k), r.origin, r.version);
        return Reply::json(std::move(body));
    }
    QByteArray body;
    {
        JsonObjectWriter w(body);
        w.string("account_sid", accountSid());
        w.raw("context", compactJson(m_data.stepContext(f, i, k)));
        w.string("execution_sid", parts[5].toLatin1());
        w.string("flow_sid", m_data.flow(f).sid);
        w.string("step_sid", parts[7].toLatin1());
        w.string("url", executionUrl + "/Steps/" + parts[7].toLatin1() + "/Context");
    }
    return Reply::json(std::move(body));
}

void SandboxServer::writeFlow(QByteArray &out, int f, const QByteArray &origin,
    const QByteArray &version, bool withDefinition) const
{
    const FlowRecord &flow = m_data.flow(f);
    const QByteArray url = origin + '/' + version + "/Flows/" + flow.sid;
    JsonObjectWriter w(out);
    w.string("sid", flow.sid);
    w.string("account_sid", accountSid());
    if (version == "v2")
        w.string("author_sid", authorSid());
    w.text("friendly_name", flow.friendlyName);
    if (version == "v2") {
        // The v2 list carries no definitions (null), the instance does.
        if (withDefinition)
            w.raw("definition", compactJson(m_data.definition(f, flow.version)));
        else
            w.raw("definition", "null");
    }
    w.string("status", flow.published ? "published" : "draft");
    if (version == "v2") {
        w.integer("revision", flow.version);
        w.nullableString("commit_message",
            flow.republishedAt > 0 ? QByteArray("Tell the team when an order lookup fails")
                                   : QByteArray());
        w.raw("valid", "true");
        w.raw("errors", "[]");
        w.raw("warnings", "[]");
    } else {
        w.integer("version", flow.version);
    }
    w.date("date_created", flow.dateCreated);
    w.date("date_updated", flow.dateUpdated);
    if (version == "v2")
        w.string("webhook_url",
            "https://webhooks.twilio.com/v1/Accounts/" + accountSid() + "/Flows/" + flow.sid);
    w.string("url", url);
    JsonObjectWriter links(w.key("links"));
    if (version == "v2") {
        links.string("test_users", url + "/TestUsers");
        links.string("revisions", url + "/Revisions");
    } else {
        links.string("engagements", url + "/Engagements");
    }
    links.string("executions", url + "/Executions");
}

void SandboxServer::writeRevision(
    QByteArray &out, int f, int revision, const QByteArray &origin, bool withDefinition) const
{
    const FlowRecord &flow = m_data.flow(f);
    JsonObjectWriter w(out);
    w.string("sid", flow.sid);
    w.string("account_sid", accountSid());
    w.string("author_sid", authorSid());
    w.text("friendly_name", flow.friendlyName);
    if (withDefinition)
        w.raw("definition", compactJson(m_data.definition(f, revision)));
    else
        w.raw("definition", "null");
    // The latest is what the flow is; the ones before it were published in their day.
    w.string("status", revision == flow.version && !flow.published ? "draft" : "published");
    w.integer("revision", revision);
    w.nullableString("commit_message",
        revision == flow.version && flow.republishedAt > 0
            ? QByteArray("Tell the team when an order lookup fails")
            : QByteArray());
    w.raw("valid", "true");
    w.raw("errors", "[]");
    const qint64 created = revisionDate(f, revision);
    w.date("date_created", created);
    w.date("date_updated", created);
    w.string(
        "url", origin + "/v2/Flows/" + flow.sid + "/Revisions/" + QByteArray::number(revision));
}

qint64 SandboxServer::revisionDate(int f, int revision) const
{
    // Revisions spread evenly from the flow's creation; the latest at its last update (the
    // republished flow: the day it was republished, and the one before it before the first
    // execution, which ran on it).
    const FlowRecord &flow = m_data.flow(f);
    const qint64 last = flow.republishedAt > 0
        ? flow.republishedAt
        : std::max(flow.dateCreated, flow.dateUpdated > 0 ? flow.dateUpdated : flow.dateCreated);
    if (flow.version <= 1)
        return flow.dateCreated;
    const qint64 previous = flow.republishedAt > 0
        ? flow.dateCreated + (m_data.windowStart() - flow.dateCreated) / 2
        : last;
    if (revision == flow.version)
        return last;
    return flow.dateCreated + (previous - flow.dateCreated) * (revision - 1) / (flow.version - 1);
}

QByteArray SandboxServer::authorSid() const
{
    return "US" + accountSid().mid(2);
}

SandboxServer::Reply SandboxServer::listRevisions(
    int f, const Query &query, const QByteArray &origin)
{
    const FlowRecord &flow = m_data.flow(f);
    const QByteArray base = origin + "/v2/Flows/" + flow.sid + "/Revisions";
    std::optional<qint64> start;
    if (!query.pageToken.isEmpty()
        && !(start = readToken(m_data.config().seed, base, query.pageToken)))
        return Reply::error(400, 20001, u"Invalid PageToken"_s);
    // Newest first: keys are the revision numbers.
    const PageWindow window = pageWindow(1, flow.version + 1, query.pageSize, start);
    QByteArray items;
    for (qint64 k = 0; k < window.count; ++k) {
        if (k > 0)
            items += ',';
        writeRevision(items, f, int(window.first - k), origin, false);
    }
    return Reply::json(listEnvelope("revisions", items, base, {}, window, query.pageSize,
        query.page, query.pageToken, m_data.config().seed));
}

SandboxServer::Reply SandboxServer::listFlows(
    const Query &query, const QByteArray &origin, const QByteArray &version)
{
    const QByteArray base = origin + '/' + version + "/Flows";
    const qint64 n = m_data.flowCount();
    std::optional<qint64> start;
    if (!query.pageToken.isEmpty()
        && !(start = readToken(m_data.config().seed, base, query.pageToken)))
        return Reply::error(400, 20001, u"Invalid PageToken"_s);
    // Keys run n-1 .. 0 for flows 0 .. n-1: the account's flows in their stored order.
    const PageWindow window = pageWindow(0, n, query.pageSize, start);
    QByteArray items;
    for (qint64 k = 0; k < window.count; ++k) {
        const int f = int(n - 1 - (window.first - k));
        if (k > 0)
            items += ',';
        writeFlow(items, f, origin, version, false);
    }
    return Reply::json(listEnvelope("flows", items, base, {}, window, query.pageSize, query.page,
        query.pageToken, m_data.config().seed));
}

SandboxServer::Reply SandboxServer::listExecutions(
    int f, const Query &query, const QByteArray &origin, const QByteArray &version)
{
    const QByteArray base = origin + '/' + version + "/Flows/" + m_data.flow(f).sid + "/Executions";
    qint64 lo = 0;
    qint64 hi = m_data.executionCount(f);
    QByteArray filters;
    for (const auto &[name, isFrom] :
        { std::pair { u"DateCreatedFrom"_s, true }, std::pair { u"DateCreatedTo"_s, false } }) {
        if (!query.params.contains(name))
            continue;
        const QString text = query.params.value(name);
        qint64 t = 0;
        if (!parseIsoDateTime(text.toUtf8(), &t)) {
            return Reply::error(400, 20001,
                u"Invalid %1: '%2' is not an ISO 8601 date-time such as 2026-11-01T00:00:00Z or 2026-11-01T00:00:00+05:30"_s
                    .arg(name, text));
        }
        if (isFrom)
            lo = std::max(lo, m_data.lowerBound(f, t));
        else
            hi = std::min(hi, m_data.lowerBound(f, m_options.faults.inclusiveTo ? t + 1 : t));
        filters += name.toLatin1() + '=' + encodeParam(QString::fromLatin1(isoUtc(t))) + '&';
    }
    hi = std::max(lo, hi);
    // v2's status filter (named `status` in Twilio's document), newest first like the rest.
    std::optional<bool> wantActive;
    if (version == "v2" && query.params.contains(u"status"_s)) {
        const QString status = query.params.value(u"status"_s);
        if (status != u"active"_s && status != u"ended"_s)
            return Reply::error(
                400, 20001, u"Invalid status: '%1' is not one of active, ended"_s.arg(status));
        wantActive = status == u"active"_s;
        filters += "status=" + status.toLatin1() + '&';
    }

    std::optional<qint64> start;
    if (!query.pageToken.isEmpty()
        && !(start = readToken(m_data.config().seed, base, query.pageToken)))
        return Reply::error(400, 20001, u"Invalid PageToken"_s);
    std::vector<qint64> listed;
    PageWindow window;
    if (wantActive) {
        // Keys from the start down, keeping those of the status asked for.
        qint64 key = std::min(start.value_or(hi - 1), hi - 1);
        window.first = key;
        for (; key >= lo && qint64(listed.size()) < query.pageSize; --key) {
            if (m_data.isActive(f, key) == *wantActive)
                listed.push_back(key);
        }
        while (key >= lo && m_data.isActive(f, key) != *wantActive)
            --key;
        if (key >= lo)
            window.next = key;
        window.count = qint64(listed.size());
    } else {
        window = pageWindow(lo, hi, query.pageSize, start);
        for (qint64 k = 0; k < window.count; ++k)
            listed.push_back(window.first - k);
    }
    QByteArray items;
    items.reserve(qsizetype(listed.size()) * 600);
    for (size_t k = 0; k < listed.size(); ++k) {
        if (k > 0)
            items += ',';
        writeExecution(items, f, listed[k], origin, version);
    }
    if (m_options.faults.repeatNewest && m_data.executionCount(f) > 0) {
        if (!listed.empty())
            items += ',';
        writeExecution(items, f, m_data.executionCount(f) - 1, origin, version);
    }
    return Reply::json(listEnvelope("executions", items, base, filters, window, query.pageSize,
        query.page, query.pageToken, m_data.config().seed));
}

SandboxServer::Reply SandboxServer::listSteps(
    int f, qint64 i, const Query &query, const QByteArray &origin, const QByteArray &version)
{
    const QByteArray base = origin + '/' + version + "/Flows/" + m_data.flow(f).sid + "/Executions/"
        + m_data.execution(f, i).sid + "/Steps";
    const QList<StepRecord> steps = m_data.steps(f, i);
    std::optional<qint64> start;
    if (!query.pageToken.isEmpty()
        && !(start = readToken(m_data.config().seed, base, query.pageToken)))
        return Reply::error(400, 20001, u"Invalid PageToken"_s);
    // Newest first, like every Twilio list.
    const PageWindow window = pageWindow(0, steps.size(), query.pageSize, start);
    QByteArray items;
    for (qint64 k = 0; k < window.count; ++k) {
        if (k > 0)
            items += ',';
        writeStep(items, f, i, steps[window.first - k], origin, version);
    }
    return Reply::json(listEnvelope("steps", items, base, {}, window, query.pageSize, query.page,
        query.pageToken, m_data.config().seed));
}

SandboxServer::Reply SandboxServer::updateExecution(
    int f, qint64 i, const QByteArray &body, const QByteArray &origin, const QByteArray &version)
{
    ++m_postsCarriedOut[m_data.execution(f, i).sid];
    const QHash<QString, QString> form = decodeForm(body);
    if (!form.contains(u"Status"_s))
        return Reply::error(400, 20001, u"Missing required parameter Status in the post body"_s);
    if (form.value(u"Status"_s) != u"ended"_s)
        return Reply::error(
            400, 20001, u"Invalid Status: an execution can only be set to 'ended'"_s);
    m_data.endExecution(f, i, std::max(m_data.now(), QDateTime::currentSecsSinceEpoch()));
    QByteArray out;
    writeExecution(out, f, i, origin, version);
    return Reply::json(std::move(out));
}

void SandboxServer::writeExecution(
    QByteArray &out, int f, qint64 i, const QByteArray &origin, const QByteArray &version) const
{
    const FlowRecord &flow = m_data.flow(f);
    const ExecutionRecord e = m_data.execution(f, i);
    const QByteArray url = origin + '/' + version + "/Flows/" + flow.sid + "/Executions/" + e.sid;
    JsonObjectWriter w(out);
    w.string("sid", e.sid);
    w.string("account_sid", accountSid());
    w.string("flow_sid", flow.sid);
    w.string("contact_sid", e.contactSid);
    w.text("contact_channel_address", e.contactAddress);
    if (version == "v2" && m_options.faults.nullFlowVersionOneIn > 0
        && i % m_options.faults.nullFlowVersionOneIn == 0)
        w.raw("flow_version", "null");
    else if (version == "v2")
        w.integer("flow_version", m_data.flowVersion(f, i));
    w.string("status", e.active ? "active" : "ended");
    w.raw("context", "{}"); // the Context resource is the source of truth
    w.date("date_created", e.dateCreated);
    w.date("date_updated", e.dateUpdated);
    if (version == "v2")
        w.string("initiated_by", e.initiatedBy);
    w.string("url", url);
    JsonObjectWriter links(w.key("links"));
    links.string("steps", url + "/Steps");
    links.string("execution_context", url + "/Context");
}

void SandboxServer::writeStep(QByteArray &out, int f, qint64 i, const StepRecord &step,
    const QByteArray &origin, const QByteArray &version) const
{
    const FlowRecord &flow = m_data.flow(f);
    const QByteArray executionSid = m_data.execution(f, i).sid;
    const QByteArray url = origin + '/' + version + "/Flows/" + flow.sid + "/Executions/"
        + executionSid + "/Steps/" + step.sid;
    JsonObjectWriter w(out);
    w.string("sid", step.sid);
    w.string("account_sid", accountSid());
    w.string("flow_sid", flow.sid);
    w.string("execution_sid", executionSid);
    w.key("parent_step_sid") += "null"; // no subflows in the sandbox
    w.text("name", step.name);
    w.raw("context", "{}");
    w.text("transitioned_from", step.transitionedFrom);
    w.text("transitioned_to", step.transitionedTo);
    w.text("type", step.type);
    w.date("date_created", step.dateCreated);
    w.date("date_updated", step.dateUpdated);
    w.string("url", url);
    JsonObjectWriter links(w.key("links"));
    links.string("step_context", url + "/Context");
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket, Reply reply)
{
    const FaultOptions &faults = m_options.faults;
    const bool truncate = reply.status == 200 && faults.truncateRate > 0
        && m_faultRandom.generateDouble() < faults.truncateRate;
    const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    const QByteArray target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QElapsedTimer clock;
    clock.start();
    ++m_inFlight;
    m_mostInFlight = std::max(m_mostInFlight, m_inFlight);
    const auto write = [this, responder, socket = QPointer<QTcpSocket>(socket),
                           reply = std::move(reply), truncate, method, target, clock] {
        --m_inFlight;
        if (!socket) // the client went away while we waited
            return;
        const QByteArray requestId = "RQ" + randomHex(32);
        responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder->writeHeader("Content-Type", reply.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeHeader("Twilio-Request-Id", requestId);
        for (const auto &[name, value] : reply.headers)
            responder->writeHeader(name, value);
        if (truncate) {
            responder->writeBody(reply.body.left(reply.body.size() / 2));
            socket->disconnectFromHost();
        } else {
            responder->writeBody(reply.body);
        }
        if (m_options.verbose) {
            // Never the headers: the Authorization header is a credential.
            qInfo().noquote() << u"%1 %2 -> %3 %4%5 (%6 bytes, %7 ms)"_s.arg(
                QString::fromLatin1(method), QString::fromUtf8(target),
                QString::number(reply.status), QString::fromLatin1(reasonPhrase(reply.status)),
                truncate ? u" [truncated]"_s : QString(), QString::number(reply.body.size()),
                QString::number(clock.elapsed()));
        }
        Q_EMIT requestHandled(method, target, reply.status);
    };
    if (faults.latencyMs > 0)
        QTimer::singleShot(faults.latencyMs, this, write);
    else
        write();
}

// ---- command line --------------------------------------------------------------------------

flowscope::commandline::CommandSpec commandSpec()
{
    using flowscope::commandline::OptionSpec;
    flowscope::commandline::CommandSpec spec;
    spec.program = u"flowscope-sandbox"_s;
    spec.summary = u"the Studio server of --demo, the tests and the benchmarks"_s;
    spec.description = u"A faithful Twilio Studio v1 and v2 server on loopback, with generated "
                       u"data and optional faults. Prints one line when ready: "
                       u"FLOWSCOPE_SANDBOX url=http://127.0.0.1:PORT account=AC… token=… "
                       u"api_key=SK… api_secret=…"_s;
    spec.options = {
        { { u"host"_s }, u"H"_s, u"Address to listen on (default 127.0.0.1)."_s, {},
            u"127.0.0.1"_s },
        { { u"port"_s }, u"N"_s, u"Port to listen on; 0 picks a free one (default 0)."_s, {},
            u"0"_s },
        { { u"seed"_s }, u"S"_s, u"Seed of the generated data (default 1)."_s,
            u"The same seed gives the same bytes."_s, u"1"_s },
        { { u"flows"_s }, u"N"_s, u"Number of flows (default 6)."_s, {}, u"6"_s },
        { { u"executions"_s }, u"N"_s, u"Executions per flow (default 5000; up to 100000000)."_s,
            {}, u"5000"_s },
        { { u"now"_s }, u"T"_s,
            u"The current time of the generated data, ISO 8601 or seconds since the epoch "
            u"(default: now)."_s,
            {}, {} },
        { { u"big-context-bytes"_s }, u"N"_s,
            u"Give one execution in 250 a context of about this many bytes (default 0: none)."_s,
            {}, u"0"_s },
        { { u"latency-ms"_s }, u"N"_s, u"Delay every response by this many milliseconds."_s, {},
            u"0"_s },
        { { u"rate-limit"_s }, u"N"_s,
            u"Answer 429 (code 20429, Retry-After) above this many requests per second."_s, {},
            u"0"_s },
        { { u"fail-rate"_s }, u"P"_s, u"Probability (0..1) of answering 503."_s, {}, u"0"_s },
        { { u"truncate-rate"_s }, u"P"_s,
            u"Probability (0..1) of closing the connection halfway through a body."_s, {}, u"0"_s },
        { { u"html-rate"_s }, u"P"_s,
            u"Probability (0..1) of answering 200 with an HTML sign-in page, as a captive portal "
            u"or proxy does."_s,
            {}, u"0"_s },
        { { u"hang-rate"_s }, u"P"_s,
            u"Probability (0..1) of never answering a request (the client's timeout decides)."_s,
            {}, u"0"_s },
        { { u"inclusive-to"_s }, {},
            u"Quirk: DateCreatedTo includes executions of its own second, as a server might."_s,
            u"Time slices that meet there both list them."_s, {} },
        { { u"repeat-newest"_s }, {},
            u"Quirk: every executions page also lists the flow's newest execution once more."_s, {},
            {} },
        { { u"fail-flow"_s }, u"FW…"_s,
            u"Answer 503 to every request under this flow (repeatable): one flow down, the "
            u"others up."_s,
            {}, {}, OptionSpec::Repeatable },
        { { u"fail-steps-one-in"_s }, u"N"_s,
            u"Answer 500 to the steps of one execution in N (by its index), always."_s,
            u"An outcome that cannot be read, while everything else about the execution is "
            u"served."_s,
            u"0"_s },
        { { u"fail-revisions"_s }, {},
            u"Answer 500 to every flow revision asked for by number: the execution's own "
            u"revision cannot be had, the flow itself can."_s,
            u"A client then falls back to the flow as it is now."_s, {} },
        { { u"monitor-forbidden"_s }, {},
            u"Answer 403 to every Monitor request (/v1/Alerts…), as to an API key that may not "
            u"read the Debugger: Studio and the core API are served."_s,
            u"A client then shows everything but the alerts, and says why once."_s, {} },
        { { u"flow-definition"_s }, u"FILE"_s,
            u"Serve this Studio flow JSON (as \"Export to JSON\" writes it) as one more flow, "
            u"with executions that walk its graph (repeatable)."_s,
            u"It comes after the generated flows; its definition is served by /v2/Flows/FW…, and "
            u"its executions walk from the trigger along its transitions."_s,
            {}, OptionSpec::Repeatable },
        { { u"contacts"_s }, u"N"_s,
            u"Customers of the account, shared by its flows (default: a third of "
            u"--executions)."_s,
            u"Every execution's contact is one of them, so the same person — the same number, "
            u"over SMS, WhatsApp or a call — reaches several flows, as a customer search "
            u"expects."_s,
            u"0"_s },
        { { u"verbose"_s }, {}, u"Log each request to stderr (never its Authorization header)."_s,
            {}, {} },
        { { u"h"_s, u"help"_s }, {}, u"Show this help."_s, {}, {}, OptionSpec::Hidden },
        { { u"v"_s, u"version"_s }, {}, u"Show the version."_s, {}, {}, OptionSpec::Hidden },
    };
    return spec;
}

namespace {

// Reads the command line's values one kind at a time; the first that is wrong says so in *error.
class ArgumentReader
{
public:
    ArgumentReader(const QCommandLineParser &parser, QString *error)
        : m_parser(parser)
        , m_error(error)
    { }

    bool integer(const QString &name, qint64 min, qint64 max, qint64 *out) const
    {
        bool ok = false;
        const qint64 v = m_parser.value(name).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *m_error = u"--%1 must be an integer from %2 to %3, not '%4'"_s.arg(
                name, QString::number(min), QString::number(max), m_parser.value(name));
            return false;
        }
        *out = v;
        return true;
    }

    template<typename T>
    bool integer(const QString &name, qint64 min, qint64 max, T *out) const
    {
        qint64 v = 0;
        if (!integer(name, min, max, &v))
            return false;
        *out = T(v);
        return true;
    }

    bool probability(const QString &name, double *out) const
    {
        bool ok = false;
        const double v = m_parser.value(name).toDouble(&ok);
        if (!ok || v < 0 || v > 1) {
            *m_error = u"--%1 must be a probability from 0 to 1, not '%2'"_s.arg(
                name, m_parser.value(name));
            return false;
        }
        *out = v;
        return true;
    }

    bool now(qint64 *out) const
    {
        if (!m_parser.isSet(u"now"_s))
            return true;
        const QString text = m_parser.value(u"now"_s);
        bool ok = false;
        qint64 secs = text.toLongLong(&ok);
        if (!ok && !parseIsoDateTime(text.toUtf8(), &secs)) {
            *m_error = u"--now must be an ISO 8601 date-time with Z or an offset, or seconds "
                       u"since the epoch, not '%1'"_s.arg(text);
            return false;
        }
        if (secs <= 0) {
            *m_error = u"--now must be after 1970"_s;
            return false;
        }
        *out = secs;
        return true;
    }

    // Each --flow-definition file, read and checked as a walkable Studio flow.
    bool flowFiles(QList<SandboxConfig::FlowFile> *out) const
    {
        for (const QString &path : m_parser.values(u"flow-definition"_s)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                *m_error = u"--flow-definition %1: %2"_s.arg(path, file.errorString());
                return false;
            }
            SandboxConfig::FlowFile flowFile;
            flowFile.json = file.readAll();
            QString why;
            const std::optional<WalkGraph> graph = WalkGraph::read(flowFile.json, &why);
            if (!graph) {
                *m_error = u"--flow-definition %1: %2"_s.arg(path, why);
                return false;
            }
            // Named as Studio would show it: the description, else the file's name.
            flowFile.name = graph->description.isEmpty() || graph->description == u"A New Flow"_s
                ? QFileInfo(path).completeBaseName()
                : graph->description;
            out->append(flowFile);
        }
        return true;
    }

private:
    const QCommandLineParser &m_parser;
    QString *m_error;
};

bool readData(const ArgumentReader &read, SandboxConfig *data)
{
    return read.integer(u"seed"_s, 0, std::numeric_limits<qint64>::max(), &data->seed)
        && read.integer(u"flows"_s, 0, 10000, &data->flows)
        && read.integer(u"executions"_s, 0, 100'000'000, &data->executionsPerFlow)
        && read.integer(u"contacts"_s, 0, 100'000'000, &data->contacts)
        && read.integer(u"big-context-bytes"_s, 0, 512 * 1024 * 1024, &data->bigContextBytes)
        && read.now(&data->now) && read.flowFiles(&data->flowFiles);
}

bool readFaults(const QCommandLineParser &parser, const ArgumentReader &read, FaultOptions *faults)
{
    if (!read.integer(u"latency-ms"_s, 0, 600'000, &faults->latencyMs)
        || !read.integer(u"rate-limit"_s, 0, 1'000'000, &faults->rateLimit)
        || !read.probability(u"fail-rate"_s, &faults->failRate)
        || !read.probability(u"truncate-rate"_s, &faults->truncateRate)
        || !read.probability(u"html-rate"_s, &faults->htmlRate)
        || !read.probability(u"hang-rate"_s, &faults->hangRate)
        || !read.integer(u"fail-steps-one-in"_s, 0, 1'000'000'000, &faults->failingStepsOneIn))
        return false;
    faults->inclusiveTo = parser.isSet(u"inclusive-to"_s);
    faults->repeatNewest = parser.isSet(u"repeat-newest"_s);
    faults->failingRevisions = parser.isSet(u"fail-revisions"_s);
    faults->monitorForbidden = parser.isSet(u"monitor-forbidden"_s);
    for (const QString &sid : parser.values(u"fail-flow"_s))
        faults->failingFlows.insert(sid.toLatin1());
    return true;
}

} // namespace

bool parseSandboxArguments(
    const QStringList &arguments, SandboxOptions *options, QString *error, QString *helpText)
{
    const flowscope::commandline::CommandSpec spec = commandSpec();
    QCommandLineParser parser;
    parser.addOptions(spec.parserOptions());
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        *helpText = spec.helpText();
        return true;
    }
    if (parser.isSet(u"version"_s)) {
        *helpText = u"flowscope-sandbox " FLOWSCOPE_VERSION ""_s;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return false;
    }
    SandboxOptions o;
    if (!o.host.setAddress(parser.value(u"host"_s))) {
        *error = u"--host must be an IP address, not '%1'"_s.arg(parser.value(u"host"_s));
        return false;
    }
    const ArgumentReader read(parser, error);
    if (!read.integer(u"port"_s, 0, 65535, &o.port) || !readData(read, &o.data)
        || !readFaults(parser, read, &o.faults))
        return false;
    o.verbose = parser.isSet(u"verbose"_s);
    *options = o;
    return true;
}

} // namespace sandbox
