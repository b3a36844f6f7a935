#pragma once

// The executions to end named by SID. Studio finds an execution within its flow, so each SID is
// looked up in the flows given, in turn, until one has it; those that are active — and the
// contact's, when one is given — become targets, the others are skipped with the reason said.
// A request that fails for good (not a 404) fails the lookup: nothing should be ended then.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "endjob.h"
#include "search/contactmatcher.h"

#include <QObject>

#include <optional>

namespace flowscope {

class TargetLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetLookup)

public:
    TargetLookup(StudioClient *client, const QStringList &flowSids, const QStringList &sids,
        std::optional<ContactMatcher> contact = std::nullopt, QObject *parent = nullptr);
    ~TargetLookup() override;

    void start();
    // In the order the SIDs were given.
    QList<EndTarget> targets() const;
    // The SIDs none of the flows has (each also said through skipped()).
    const QStringList &missing() const { return m_missing; }
    // The first request that failed for good; kind None when every SID was looked up.
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void skipped(const QString &sid, const QString &why); // "FN… is not active: skipped"
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void finished();

private:
    struct Lookup
    {
        QString sid;
        int flow = 0; // the flow being asked
        std::optional<EndTarget> target;
        ApiReplyPtr reply;
    };
    void ask(Lookup &lookup);
    void answered(Lookup &lookup);

    StudioClient *m_client; // not owned
    QStringList m_flows;
    std::optional<ContactMatcher> m_contact;
    std::vector<Lookup> m_lookups;
    int m_pending = 0;
    ApiError m_error;
    QStringList m_missing;
};

} // namespace flowscope
