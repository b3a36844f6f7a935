#pragma once

// The active executions of some flows that started before a time, optionally of one contact:
// the ones that block customers. Studio v2's list filters by status on the server, so this reads
// only the active ones. Flows are read a few at a time; one that fails (403, 404, retries spent)
// is reported with its error and the others carry on.

#include "executions/executionpages.h"
#include "executions/executionstore.h"
#include "search/contactmatcher.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace flowscope {

class StuckFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StuckFinder)

public:
    StuckFinder(StudioClient *client, const QStringList &flowSids, const QDateTime &startedBefore,
        std::optional<ContactMatcher> contact = std::nullopt, QObject *parent = nullptr);
    ~StuckFinder() override;

    void start();
    void cancel();

    const QList<Execution> &found() const { return m_found; } // in the order they came
    // Flows that could not be read completely, and why; empty when every one was.
    const QList<std::pair<QString, ApiError>> &failures() const { return m_failures; }
    int flowsDone() const { return m_flowsDone; }
    int flowCount() const { return int(m_flows.size()); }

Q_SIGNALS:
    void executionFound(const flowscope::Execution &execution);
    void flowFailed(const QString &flowSid, const flowscope::ApiError &error);
    void progress(int flowsDone, int flows, int found);
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);
    void finished();

private:
    struct Walk;
    void pump();
    void flowDone(Walk *walk, const ApiError &error);

    StudioClient *m_client; // not owned
    QStringList m_flows;
    QDateTime m_before;
    std::optional<ContactMatcher> m_contact;
    std::vector<std::unique_ptr<Walk>> m_walks;
    QList<Execution> m_found;
    QList<std::pair<QString, ApiError>> m_failures;
    int m_next = 0;
    int m_flowsDone = 0;
    bool m_done = false;
};

} // namespace flowscope
