#pragma once

// Two revisions of a flow side by side, for the canvas's "Compare with revision…": the flow's
// revisions listed (number, date, commit message), and two of them read (v2 Flow Revision, which
// carries the definition the list may leave out) and compared widget by widget off the GUI
// thread. Both the list and each revision's body are kept per flow while the object lives (a
// window's session): comparing again, or with another revision, asks only for what is new.

#include "api/studioclient.h"
#include "definitiondiff.h"
#include "flowdefinition.h"
#include "util/worker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>

namespace flowscope {

class ListFetcher;

struct RevisionInfo
{
    int revision = 0;
    QDateTime published; // date_created, UTC; invalid when not given
    QString commitMessage;
    QString status; // "published", "draft"
};

struct RevisionComparison
{
    QString flowSid;
    int older = 0;
    int newer = 0;
    std::shared_ptr<const FlowDefinition> olderDefinition;
    std::shared_ptr<const FlowDefinition> newerDefinition;
    QList<WidgetChange> changes; // DefinitionDiff::compare(older, newer)

    // "Revision 11 → 12: 2 added, 1 removed, 1 changed, 1 moved." (or "… no widget changed.")
    QString summary() const;
};

class RevisionCompare final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionCompare)

public:
    explicit RevisionCompare(StudioClient *client, QObject *parent = nullptr);
    ~RevisionCompare() override;

    // The flow's revisions, newest first: revisionsListed, or failed.
    void listRevisions(const QString &flowSid);
    // Revisions a and b of the flow, in either order (the older is the smaller number):
    // compared, or failed. A newer call drops what an older one would deliver.
    void compare(const QString &flowSid, int a, int b);
    void cancel();
    // The list read for the flow before (empty: not yet).
    QList<RevisionInfo> knownRevisions(const QString &flowSid) const
    {
        return m_cache->lists.value(flowSid);
    }
    int requestCount() const { return m_requests; } // tests: the cache saves them
    // Keep what is read in one store with `other` (the Diagram tab's and the chart's): a revision
    // or a list read by one is not asked for again by the other.
    void shareCacheWith(const RevisionCompare &other) { m_cache = other.m_cache; }

Q_SIGNALS:
    void revisionsListed(const QString &flowSid, const QList<flowscope::RevisionInfo> &revisions);
    void compared(const flowscope::RevisionComparison &comparison);
    void failed(const flowscope::ApiError &error);

private:
    void fetchMissing();
    void bothRead();

    StudioClient *m_client; // not owned
    ListFetcher *m_list = nullptr; // child, while listing
    QString m_listing; // the flow being listed
    ApiReplyPtr m_reply;
    Handoff m_diff { this };
    QString m_flowSid; // the comparison asked for
    int m_revisions[2] = { 0, 0 }; // older, newer
    int m_requests = 0;
    struct Cache
    {
        QHash<QString, QByteArray> bodies; // "FW…/7" → the revision resource as sent
        QHash<QString, QList<RevisionInfo>> lists;
    };
    std::shared_ptr<Cache> m_cache = std::make_shared<Cache>();
};

} // namespace flowscope

Q_DECLARE_METATYPE(flowscope::RevisionComparison)
