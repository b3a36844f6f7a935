#include "targetlookup.h"

#include "executions/executionstore.h"

namespace flowscope {

TargetLookup::TargetLookup(StudioClient *client, const QStringList &flowSids,
    const QStringList &sids, std::optional<ContactMatcher> contact, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_flows(flowSids)
    , m_contact(std::move(contact))
{
    m_lookups.resize(size_t(sids.size()));
    for (qsizetype k = 0; k < sids.size(); ++k)
        m_lookups[size_t(k)].sid = sids[k];
}

TargetLookup::~TargetLookup() = default;

void TargetLookup::start()
{
    m_pending = int(m_lookups.size());
    if (m_pending == 0 || m_flows.isEmpty()) {
        m_pending = 0;
        QMetaObject::invokeMethod(this, &TargetLookup::finished, Qt::QueuedConnection);
        return;
    }
    for (Lookup &lookup : m_lookups)
        ask(lookup);
}

QList<EndTarget> TargetLookup::targets() const
{
    QList<EndTarget> out;
    for (const Lookup &lookup : m_lookups) {
        if (lookup.target)
            out << *lookup.target;
    }
    return out;
}

void TargetLookup::ask(Lookup &lookup)
{
    lookup.reply.reset(m_client->get(m_client->executionUrl(m_flows[lookup.flow], lookup.sid)));
    connect(lookup.reply.get(), &ApiReply::retrying, this,
        [this](int, qint64 delayMs, const ApiError &why) { Q_EMIT retrying(delayMs, why); });
    connect(lookup.reply.get(), &ApiReply::finished, this, [this, &lookup] { answered(lookup); });
}

void TargetLookup::answered(Lookup &lookup)
{
    const ApiError error = lookup.reply->error();
    const QByteArray body = lookup.reply->body();
    lookup.reply.reset();
    if (error.kind == ApiError::Kind::NotFound && ++lookup.flow < m_flows.size()) {
        ask(lookup); // not in this flow: the next one
        return;
    }
    if (error.kind == ApiError::Kind::NotFound) {
        m_missing << lookup.sid;
        Q_EMIT skipped(lookup.sid, tr("%1 is in none of the flows given: skipped").arg(lookup.sid));
    } else if (error.isError()) {
        if (!m_error.isError())
            m_error = error;
    } else {
        const QString flowSid = m_flows[lookup.flow];
        const ParsedPage page = parseExecutionObject(body, flowSid);
        const Execution e = page.error.isEmpty() ? executionOf(page, 0, flowSid) : Execution();
        if (e.status != ExecutionStatus::Active)
            Q_EMIT skipped(lookup.sid, tr("%1 is not active: skipped").arg(lookup.sid));
        else if (m_contact && !m_contact->matches(e.contactAddress))
            Q_EMIT skipped(lookup.sid,
                tr("%1 is not %2's: skipped").arg(lookup.sid, m_contact->description()));
        else
            lookup.target = EndTarget { e.flowSid, e.sid, e.contactAddress, e.createdText };
    }
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace flowscope
