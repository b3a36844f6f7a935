#include "relatedfetch.h"

#include "alertmatch.h"
#include "api/listfetcher.h"
#include "detail/contextloader.h"
#include "errorcodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

// ---------------------------------------------------------------------------------------------
// What the resources say, step by step.

namespace {

// The problems pinned to steps, in step order (unpinned last), alerts before messages.
QList<RelatedProblem> problemsOf(const RelatedResources &r)
{
    QList<RelatedProblem> problems;
    const auto outbound = [&r](const QString &sid) {
        return std::any_of(r.messages.cbegin(), r.messages.cend(),
            [&sid](const RelatedMessage &m) { return m.sid == sid && !m.isInbound(); });
    };
    for (const RelatedAlert &alert : r.alerts) {
        // An error about a message the flow sent: that message did not reach the customer, even
        // when the message itself can no longer be read.
        if (alert.isError() && alert.errorCode != 0)
            problems.append(
                { alert.pin.step, alert.errorCode, alert.sid, outbound(alert.resource) });
    }
    for (const RelatedMessage &message : r.messages) {
        if (message.found && message.notDelivered())
            problems.append({ message.pin.step, message.errorCode, message.sid, true });
    }
    std::stable_sort(
        problems.begin(), problems.end(), [](const RelatedProblem &a, const RelatedProblem &b) {
            const auto rank = [](const RelatedProblem &p) {
                return p.step < 0 ? std::numeric_limits<int>::max() : p.step;
            };
            return rank(a) < rank(b);
        });
    return problems;
}

// When the execution's alerts end: when it ended; while it runs, an hour past its last sign of
// life (a step, its date_updated) — a widget that waits does nothing Monitor could record until
// something happens, and what happens then is a step — but never after now.
QDateTime windowEnd(const RelatedInput &in, const QList<Step> &steps, const QDateTime &start)
{
    QDateTime last = in.updated;
    if (!steps.isEmpty() && (!last.isValid() || steps.last().created > last))
        last = steps.last().created;
    if (!last.isValid())
        last = start;
    if (!in.active)
        return last;
    return std::min(QDateTime::currentDateTimeUtc(), last.addSecs(3600));
}

QDateTime windowStart(const RelatedInput &in, const QList<Step> &steps)
{
    if (in.created.isValid())
        return in.created;
    return steps.isEmpty() ? QDateTime() : steps.first().created;
}

} // namespace

RelatedProblem RelatedResources::firstProblem() const
{
    const QList<RelatedProblem> problems = problemsOf(*this);
    return problems.isEmpty() ? RelatedProblem() : problems.first();
}

bool RelatedResources::hasAny(int step) const
{
    const auto at = [step](const auto &items) {
        return std::any_of(items.cbegin(), items.cend(),
            [step](const auto &item) { return item.pin.step == step; });
    };
    return at(messages) || at(calls) || at(alerts);
}

bool RelatedResources::hasError(int step) const
{
    const QList<RelatedProblem> problems = problemsOf(*this);
    return std::any_of(problems.cbegin(), problems.cend(), [step](const RelatedProblem &p) {
        return p.step == step;
    }) || std::any_of(calls.cbegin(), calls.cend(), [step](const RelatedCall &c) {
        return c.pin.step == step && c.found && c.notConnected();
    });
}

int RelatedResources::errorCodeAt(int step) const
{
    for (const RelatedProblem &p : problemsOf(*this)) {
        if (p.step == step && p.errorCode != 0)
            return p.errorCode;
    }
    return 0;
}

namespace {
// The context of the texts below, for the translators.
struct Related
{
    Q_DECLARE_TR_FUNCTIONS(Related)
};
} // namespace

QUrl consolePage(const QString &sid, const QString &accountSid)
{
    if (sid.startsWith(u"SM"_s) || sid.startsWith(u"MM"_s))
        return QUrl(u"https://www.twilio.com/console/sms/logs/%1/%2"_s.arg(accountSid, sid));
    if (sid.startsWith(u"CA"_s))
        return QUrl(u"https://www.twilio.com/console/voice/calls/logs/%1"_s.arg(sid));
    return QUrl(u"https://www.twilio.com/console/debugger/%1"_s.arg(sid));
}

QString describeMessage(const RelatedMessage &m)
{
    if (m.gone)
        return Related::tr("Message %1: no longer at Twilio (deleted, or past its retention)")
            .arg(m.sid);
    if (!m.found)
        return m.problem.isEmpty() ? Related::tr("Message %1 (not read)").arg(m.sid)
                                   : Related::tr("Message %1: %2").arg(m.sid, m.problem);
    if (m.isInbound())
        return Related::tr("Message from %1: %2").arg(m.from, m.status);
    if (m.errorCode)
        return Related::tr("Message to %1: %2 — %3")
            .arg(m.to, m.status, ErrorCodes::describe(m.errorCode));
    return Related::tr("Message to %1: %2").arg(m.to, m.status);
}

QString describeCall(const RelatedCall &c)
{
    if (c.gone)
        return Related::tr("Call %1: no longer at Twilio (deleted, or past its retention)")
            .arg(c.sid);
    if (!c.found)
        return c.problem.isEmpty() ? Related::tr("Call %1 (not read)").arg(c.sid)
                                   : Related::tr("Call %1: %2").arg(c.sid, c.problem);
    if (c.durationSeconds >= 0)
        return Related::tr("Call %1 → %2: %3, %4 s")
            .arg(c.from, c.to, c.status)
            .arg(c.durationSeconds);
    return Related::tr("Call %1 → %2: %3").arg(c.from, c.to, c.status);
}

QString describeAlert(const RelatedAlert &a)
{
    return a.probable
        ? Related::tr("Debugger %1: %2 (probable: it names only the flow)")
              .arg(a.logLevel, ErrorCodes::describe(a.errorCode))
        : Related::tr("Debugger %1: %2").arg(a.logLevel, ErrorCodes::describe(a.errorCode));
}

QHash<int, StepNote> stepNotesOf(const RelatedResources &r)
{
    QHash<int, StepNote> notes;
    QHash<int, QStringList> codes; // the error codes of a step, in order
    QHash<int, QStringList> lines;
    QHash<int, QStringList> quiet; // what went fine, for a step without errors
    const auto add = [&](int step, bool error, int code, const QString &word, const QString &line) {
        if (step < 0)
            return;
        StepNote &note = notes[step];
        note.error = note.error || error;
        if (error && code && !codes[step].contains(QString::number(code)))
            codes[step] << QString::number(code);
        if (!error)
            quiet[step] << word;
        lines[step] << line;
    };
    for (const RelatedAlert &a : r.alerts)
        add(a.pin.step, a.isError(), a.errorCode, ErrorCodes::describe(a.errorCode),
            describeAlert(a));
    for (const RelatedMessage &m : r.messages)
        add(m.pin.step, m.found && m.notDelivered(), m.errorCode,
            m.found ? Related::tr("SMS %1").arg(m.status) : Related::tr("SMS gone"),
            describeMessage(m));
    for (const RelatedCall &c : r.calls)
        add(c.pin.step, c.found && c.notConnected(), 0,
            c.found ? Related::tr("call %1").arg(c.status) : Related::tr("call gone"),
            describeCall(c));
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        const int step = it.key();
        if (it->error) {
            it->text = Related::tr("✕ %1").arg(codes[step].isEmpty()
                    ? Related::tr("not connected")
                    : QLocale().createSeparatedList(codes[step]));
        } else {
            QStringList words = quiet[step];
            words.removeDuplicates();
            it->text = Related::tr("● %1").arg(QLocale().createSeparatedList(words));
        }
        it->tip = lines[step].join(u'\n');
    }
    return notes;
}

// ---------------------------------------------------------------------------------------------

RelatedFetch::RelatedFetch(
    StudioClient *client, RelatedSession *session, const RelatedOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_options(options)
{
    m_options.maxParallel = std::max(1, m_options.maxParallel);
}

RelatedFetch::~RelatedFetch() = default;

void RelatedFetch::cancel()
{
    ++m_generation; // whatever of this run still calls back is dropped
    m_running = false;
    m_phase = Phase::Done;
    m_queue.clear();
    m_active = 0;
    m_find.cancel();
    if (QObject *scope = std::exchange(m_requestScope, nullptr)) {
        // Possibly from inside one of their signals: stopped now, deleted once it returns.
        for (ApiReply *reply : scope->findChildren<ApiReply *>(Qt::FindDirectChildrenOnly))
            reply->abort();
        for (ListFetcher *list : scope->findChildren<ListFetcher *>(Qt::FindDirectChildrenOnly))
            list->cancel();
        scope->deleteLater();
    }
}

void RelatedFetch::start(const RelatedInput &input)
{
    cancel();
    m_in = input;
    m_out = RelatedResources();
    m_out.flowSid = input.flowSid;
    m_out.executionSid = input.executionSid;
    m_context = input.context;
    m_steps = input.steps;
    m_stepContexts.clear();
    m_found.clear();
    m_listed.reset();
    m_requests = 0;
    m_executionRead = false;
    m_alertsMatched = false;
    m_placing = false;
    m_requestScope = new QObject(this);
    m_running = true;
    m_phase = Phase::Basics;
    readBasics();
    advance();
}

void RelatedFetch::schedule(std::function<void()> task)
{
    m_queue.push_back(std::move(task));
    pump();
}

void RelatedFetch::pump()
{
    while (m_running && m_active < m_options.maxParallel && !m_queue.empty()) {
        ++m_active;
        const std::function<void()> task = std::move(m_queue.front());
        m_queue.pop_front();
        task();
    }
}

void RelatedFetch::taskDone()
{
    if (!m_running)
        return;
    --m_active;
    pump();
    advance();
}

void RelatedFetch::get(
    const QUrl &url, std::function<void(const ApiError &, const QByteArray &)> then)
{
    ++m_requests;
    ApiReply *reply = m_client->get(url);
    reply->setParent(m_requestScope);
    connect(reply, &ApiReply::finished, m_requestScope,
        [this, reply, then = std::move(then), run = m_generation] {
            reply->deleteLater();
            if (run != m_generation)
                return;
            then(reply->error(), reply->body());
            taskDone();
        });
}

void RelatedFetch::fail(const ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

// Phase 1: what is not known yet of the execution itself; the alerts of its window meanwhile.
void RelatedFetch::readBasics()
{
    const QString flow = m_in.flowSid;
    const QString execution = m_in.executionSid;
    if (!m_context) {
        schedule([this, flow, execution] {
            get(m_client->executionContextUrl(flow, execution),
                [this](const ApiError &error, const QByteArray &body) {
                    if (error.isError())
                        fail(error);
                    else
                        m_context = ContextLoader::contextMember(body);
                });
        });
    }
    if (!m_steps) {
        schedule([this, flow, execution] {
            ++m_requests;
            auto *steps = new ListFetcher(m_client, m_requestScope);
            connect(steps, &ListFetcher::finished, m_requestScope,
                [this, run = m_generation](const QList<ListItem> &items) {
                    if (run != m_generation)
                        return;
                    m_steps = stepsOf(items);
                    taskDone();
                });
            connect(steps, &ListFetcher::failed, m_requestScope,
                [this, run = m_generation](const ApiError &error) {
                    if (run == m_generation)
                        fail(error);
                });
            steps->start(m_client->stepsUrl(flow, execution));
        });
    }
    if (m_options.readExecution && m_in.initiatedBy.isEmpty()) {
        schedule([this, flow, execution] {
            get(m_client->executionV2Url(flow, execution),
                [this](const ApiError &error, const QByteArray &body) {
                    if (error.isError())
                        return; // what it adds is found in the context too
                    m_executionRead = true;
                    const QJsonObject e = QJsonDocument::fromJson(body).object();
                    m_in.initiatedBy = e.value(u"initiated_by"_s).toString();
                    m_in.flowVersion = e.value(u"flow_version"_s).toInt(m_in.flowVersion);
                    if (!m_in.created.isValid())
                        m_in.created = QDateTime::fromString(
                            e.value(u"date_created"_s).toString(), Qt::ISODate);
                    if (!m_in.updated.isValid())
                        m_in.updated = QDateTime::fromString(
                            e.value(u"date_updated"_s).toString(), Qt::ISODate);
                    m_in.active = e.value(u"status"_s).toString() == u"active"_s;
                });
        });
    }
    if (m_steps && m_in.created.isValid())
        listAlerts(); // its window is known: listed while the rest is read
}

// The alerts of the execution's window, through the session (listed once for everyone).
void RelatedFetch::listAlerts()
{
    if (!m_session) {
        m_listed = AlertList();
        return;
    }
    const QList<Step> steps = m_steps.value_or(QList<Step>());
    const QDateTime created = windowStart(m_in, steps);
    if (!created.isValid()) {
        m_listed = AlertList();
        return;
    }
    const QDateTime end = windowEnd(m_in, steps, created);
    const QDateTime from = created.addSecs(-ExecutionFacts::kSlackSeconds);
    const QDateTime to = end.addSecs(ExecutionFacts::kSlackSeconds);
    m_listed.emplace(); // asked for: not asked again
    schedule([this, from, to] {
        m_session->listAlerts(from, to, m_options.bucketAlerts, m_requestScope,
            [this, run = m_generation](const AlertList &listed) {
                if (run != m_generation)
                    return;
                m_listed = listed;
                taskDone();
            });
    });
}

// Phase 2: the contexts of steps whose widget ran again later (its earlier runs are only there).
void RelatedFetch::basicsKnown()
{
    if (!m_context)
        m_context = QByteArray();
    if (!m_steps)
        m_steps = QList<Step>();
    m_out.steps = *m_steps;
    m_phase = Phase::StepContexts;
    if (!m_listed)
        listAlerts();
    for (const int k : stepsNeedingContext(*m_steps)) {
        const QString step = m_steps->at(k).sid;
        schedule([this, k, step] {
            get(m_client->stepContextUrl(m_in.flowSid, m_in.executionSid, step),
                [this, k](const ApiError &error, const QByteArray &body) {
                    if (!error.isError())
                        m_stepContexts.insert(k, ContextLoader::contextMember(body));
                });
        });
    }
}

// Phase 3: the SIDs the contexts name, found on a worker (a context can be megabytes).
void RelatedFetch::findSids()
{
    m_phase = Phase::Sids;
    m_find.run(
        [initiatedBy = m_in.initiatedBy, context = *m_context, stepContexts = m_stepContexts,
            steps = *m_steps] {
            return findRelatedSids(initiatedBy, context, stepContexts, steps);
        },
        [this](const QList<FoundSid> &found) {
            m_found = found;
            m_phase = Phase::Resources;
            readResources();
            advance();
        });
}

// Phase 4: each Message and Call, once.
void RelatedFetch::readResources()
{
    const bool alertsTell = m_options.messagesOnlyWithoutAlerts && m_listed && !m_listed->denied
        && !m_listed->error.isError();
    for (const FoundSid &found : std::as_const(m_found)) {
        if (found.kind == FoundSid::Kind::Message) {
            RelatedMessage message;
            message.sid = found.sid;
            message.pin = found.pin;
            message.widget = found.widget;
            if (found.inbound) // where it stands says so, before (or without) reading it
                message.direction = u"inbound"_s;
            m_out.messages << message;
            if (m_options.resources && !alertsTell && (!found.inbound || m_options.inboundMessages))
                readMessage(found);
        } else {
            RelatedCall call;
            call.sid = found.sid;
            call.pin = found.pin;
            call.widget = found.widget;
            m_out.calls << call;
            if (m_options.resources && m_options.calls)
                readCall(found);
        }
    }
}

void RelatedFetch::readMessage(const FoundSid &found)
{
    const qsizetype index = m_out.messages.size() - 1;
    const auto keep = [this, index](RelatedMessage message) {
        RelatedMessage &slot = m_out.messages[index];
        message.pin = slot.pin;
        message.widget = slot.widget;
        if (message.direction.isEmpty())
            message.direction = slot.direction;
        slot = std::move(message);
    };
    if (m_session) {
        if (const auto known = m_session->knownMessage(found.sid)) {
            keep(*known);
            return;
        }
    }
    const QString sid = found.sid;
    schedule([this, sid, keep] {
        get(m_client->messageUrl(sid), [this, sid, keep](const ApiError &e, const QByteArray &b) {
            RelatedMessage message;
            message.sid = sid;
            QString why;
            if (e.kind == ApiError::Kind::NotFound)
                message.gone = true;
            else if (e.isError())
                message.problem = e.userMessage();
            else if (!flowscope::readMessage(b, &message, &why))
                message.problem = why;
            if (m_session)
                m_session->remember(message);
            keep(message);
        });
    });
}

void RelatedFetch::readCall(const FoundSid &found)
{
    const qsizetype index = m_out.calls.size() - 1;
    const auto keep = [this, index](RelatedCall call) {
        RelatedCall &slot = m_out.calls[index];
        call.pin = slot.pin;
        call.widget = slot.widget;
        slot = std::move(call);
    };
    if (m_session) {
        if (const auto known = m_session->knownCall(found.sid)) {
            keep(*known);
            return;
        }
    }
    const QString sid = found.sid;
    schedule([this, sid, keep] {
        get(m_client->callUrl(sid), [this, sid, keep](const ApiError &e, const QByteArray &b) {
            RelatedCall call;
            call.sid = sid;
            QString why;
            if (e.kind == ApiError::Kind::NotFound)
                call.gone = true;
            else if (e.isError())
                call.problem = e.userMessage();
            else if (!flowscope::readCall(b, &call, &why))
                call.problem = why;
            if (m_session)
                m_session->remember(call);
            keep(call);
        });
    });
}

// Phase 5: which alerts of the window are this execution's, and where.
void RelatedFetch::matchAlerts()
{
    m_phase = Phase::Alerts;
    const AlertList listed = m_listed.value_or(AlertList());
    m_out.alertsDenied = listed.denied;
    m_out.alertsError = listed.error;
    ExecutionFacts facts;
    facts.flowSid = m_in.flowSid;
    facts.executionSid = m_in.executionSid;
    facts.start = windowStart(m_in, m_out.steps);
    facts.end = windowEnd(m_in, m_out.steps, facts.start);
    facts.steps = m_out.steps;
    facts.resources = m_found;
    if (m_session && m_in.flowVersion > 0) {
        // As this execution called them: its values in place of the templates' variables.
        const QHash<QString, QString> templates
            = m_session->widgetUrls(m_in.flowSid, m_in.flowVersion);
        for (auto it = templates.cbegin(); it != templates.cend(); ++it)
            facts.widgetUrls.insert(it.key(), renderUrlTemplate(it.value(), *m_context));
    }

    QList<RelatedAlert> kept;
    int flowOnly = 0;
    for (const RelatedAlert &alert : listed.alerts) {
        const AlertVerdict verdict = matchAlert(alert, facts);
        if (verdict.fit == AlertFit::FlowOnly) {
            ++flowOnly;
        } else if (verdict.fit != AlertFit::None) {
            RelatedAlert matched = alert;
            matched.pin = verdict.pin;
            matched.probable = verdict.fit == AlertFit::Probable;
            matched.resource = verdict.resource;
            kept << matched;
        }
    }
    if (flowOnly > 0 && !m_placing && m_session) {
        placeFlowAlerts(); // the widgets' URLs first, then again
        return;
    }
    m_out.probableUnplaced = flowOnly;
    std::stable_sort(kept.begin(), kept.end(), [](const RelatedAlert &a, const RelatedAlert &b) {
        return a.dateGenerated < b.dateGenerated;
    });
    m_out.alerts = kept;
    m_alertsMatched = true;
    m_phase = Phase::Details;
    readAlertDetails();
}

// Alerts naming only the flow are placed by the URL its widgets call: the revision the execution
// ran on is read (once per session) for them.
void RelatedFetch::placeFlowAlerts()
{
    m_placing = true;
    const auto readRevision = [this] {
        if (m_in.flowVersion <= 0 || m_session->hasWidgetUrls(m_in.flowSid, m_in.flowVersion))
            return;
        schedule([this] {
            get(m_client->flowRevisionUrl(m_in.flowSid, m_in.flowVersion),
                [this](const ApiError &error, const QByteArray &body) {
                    if (!error.isError() && m_session)
                        m_session->rememberWidgetUrls(
                            m_in.flowSid, m_in.flowVersion, widgetUrlsOf(body));
                });
        });
    };
    if (m_in.flowVersion > 0 || m_executionRead) {
        readRevision();
        return;
    }
    schedule([this, readRevision] {
        get(m_client->executionV2Url(m_in.flowSid, m_in.executionSid),
            [this, readRevision](const ApiError &error, const QByteArray &body) {
                m_executionRead = true;
                if (error.isError())
                    return;
                m_in.flowVersion
                    = QJsonDocument::fromJson(body).object().value(u"flow_version"_s).toInt();
                readRevision();
            });
    });
}

// Phase 6: each kept alert alone, for what it asked and what the server answered.
void RelatedFetch::readAlertDetails()
{
    for (qsizetype k = 0; k < m_out.alerts.size(); ++k) {
        const RelatedAlert &alert = m_out.alerts[k];
        const auto keep = [this, k](RelatedAlert detailed) {
            RelatedAlert &slot = m_out.alerts[k];
            detailed.pin = slot.pin;
            detailed.probable = slot.probable;
            slot = std::move(detailed);
        };
        if (m_session) {
            if (const auto known = m_session->knownAlert(alert.sid)) {
                keep(*known);
                continue;
            }
        }
        if (!m_options.alertDetails)
            continue;
        const QString sid = alert.sid;
        schedule([this, sid, keep] {
            get(m_client->alertUrl(sid), [this, keep](const ApiError &e, const QByteArray &body) {
                RelatedAlert detailed;
                QString why;
                if (e.isError() || !readAlert(body, &detailed, &why, true))
                    return; // the list's fields stand
                if (m_session)
                    m_session->remember(detailed);
                keep(detailed);
            });
        });
    }
}

void RelatedFetch::advance()
{
    if (!m_running || m_active > 0 || !m_queue.empty() || m_find.isBusy())
        return;
    switch (m_phase) {
    case Phase::Basics: basicsKnown(); break;
    case Phase::StepContexts: findSids(); return; // the worker calls back
    case Phase::Sids: return;
    case Phase::Resources: matchAlerts(); break;
    case Phase::Alerts: // the widgets' URLs are in: match again
        matchAlerts();
        break;
    case Phase::Details: {
        m_running = false;
        m_phase = Phase::Done;
        const RelatedResources out = m_out;
        Q_EMIT finished(out);
        return;
    }
    case Phase::Done: return;
    }
    advance();
}

} // namespace flowscope
