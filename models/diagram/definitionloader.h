#pragma once

// The definition an execution ran on: its v2 `flow_version` names the revision, and that
// revision's definition is what its steps walked — not today's. Each (flow, revision) is fetched
// and parsed (off the GUI thread) once per account session; a newer load cancels the older one.
// When the revision cannot be had, the flow's current definition is drawn instead, and the
// diagram says so.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "flowdefinition.h"
#include "util/worker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace flowscope {

struct DiagramSource
{
    Q_DECLARE_TR_FUNCTIONS(DiagramSource)

public:
    std::shared_ptr<const FlowDefinition> definition;
    int revision = 0; // the revision drawn; 0 when not known
    int latestRevision = 0; // the flow's current revision; 0 when not known
    QDateTime published; // when the drawn revision was made
    bool fallback = false; // the execution's own revision could not be read: the current one
    bool archived = false; // the revision the archive kept (no request was made)
    QString fallbackReason; // why, in words

    // "Revision 7 of 12, published 2026-11-20 — the flow has changed since."
    QString describe() const;
};

class DefinitionLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionLoader)

public:
    explicit DefinitionLoader(StudioClient *client, QObject *parent = nullptr);
    ~DefinitionLoader() override;

    void load(const QString &flowSid, const QString &executionSid);
    // The flow as it is now (many executions drawn at once): always asked for, since it may have
    // been republished; delivered with an empty execution SID.
    void loadCurrent(const QString &flowSid);
    // An archived execution: the revision in force when it ran, as the archive kept it (a v2 Flow
    // Revision resource), parsed off the GUI thread; no request.
    void loadArchived(const QString &executionSid, const QByteArray &revisionBody);
    void cancel();
    bool isLoading() const;
    QString currentKey() const { return m_executionSid; }
    // Requests made so far (tests: the cache saves them).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void loaded(const QString &executionSid, const flowscope::DiagramSource &source);
    void failed(const QString &executionSid, const flowscope::ApiError &error);

private:
    struct Revision
    {
        std::shared_ptr<const FlowDefinition> definition;
        QDateTime created;
    };
    // One GET: `then` gets its error and body, unless a newer load came first (cancel() aborts it).
    void request(const QUrl &url, std::function<void(const ApiError &, const QByteArray &)> then);
    void fetchExecution();
    void revisionKnown(); // the wanted revision is cached: the latest next, or deliver
    void fetchRevision(int revision);
    // The flow as it is now; `reason` says why it stands in for the execution's revision (empty:
    // it was what was asked for).
    void fetchCurrent(const QString &reason);
    void fetchLatest();
    void finishWanted(); // delivers the wanted revision, cached by now
    void deliver(const Revision &revision, int number, bool fallback, const QString &reason);
    // Parses a flow or revision body off the GUI thread, then calls back on it.
    void parseBody(const QByteArray &body, std::function<void(Revision, int, QString)> done);
    static QString key(const QString &flowSid, int revision);

    StudioClient *m_client; // not owned
    ApiReplyPtr m_reply;
    Handoff m_parse { this };
    QString m_flowSid;
    QString m_executionSid;
    int m_wanted = 0; // the revision the execution ran on
    int m_requests = 0;
    QHash<QString, Revision> m_revisions; // "FW…/7"
    QHash<QString, int> m_latest; // flow → its current revision
};

// The definition in a v2 Flow or Flow Revision resource (as the API sends it, or the archive keeps
// it); null with the reason when it has none that can be drawn.
std::shared_ptr<const FlowDefinition> definitionOfResource(const QByteArray &body, QString *error);

} // namespace flowscope

Q_DECLARE_METATYPE(flowscope::DiagramSource)
