#include "revisioncompare.h"

#include "api/listfetcher.h"

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

QString keyOf(const QString &flowSid, int revision)
{
    return flowSid + u'/' + QString::number(revision);
}

// What the worker hands back: the comparison, or why it could not be made.
struct Compared
{
    RevisionComparison comparison;
    QString error;
};

// One revision's body read into the JSON the diff compares and the definition the canvas draws.
bool readRevision(const QByteArray &body, int revision, QJsonObject *json,
    std::shared_ptr<const FlowDefinition> *definition, QString *error)
{
    QString why;
    const std::optional<QJsonObject> object = DefinitionDiff::definitionOf(body, &why);
    std::optional<FlowDefinition> parsed
        = object ? FlowDefinition::fromObject(*object, &why) : std::nullopt;
    if (!parsed) {
        *error = RevisionCompare::tr("revision %1 holds no definition FlowScope can read: %2")
                     .arg(revision)
                     .arg(why);
        return false;
    }
    *json = *object;
    *definition = std::make_shared<const FlowDefinition>(std::move(*parsed));
    return true;
}

} // namespace

QString RevisionComparison::summary() const
{
    int counts[4] = { 0, 0, 0, 0 };
    for (const WidgetChange &c : changes)
        ++counts[int(c.kind)];
    const QString head = RevisionCompare::tr("Revision %1 → %2").arg(older).arg(newer);
    if (changes.isEmpty())
        return RevisionCompare::tr("%1: no widget changed.").arg(head);
    return RevisionCompare::tr("%1: %2 added, %3 removed, %4 changed, %5 moved.")
        .arg(head)
        .arg(counts[int(WidgetChange::Kind::Added)])
        .arg(counts[int(WidgetChange::Kind::Removed)])
        .arg(counts[int(WidgetChange::Kind::Changed)])
        .arg(counts[int(WidgetChange::Kind::Moved)]);
}

RevisionCompare::RevisionCompare(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<RevisionComparison>();
    qRegisterMetaType<QList<RevisionInfo>>();
    // Another account or origin: nothing kept belongs to it.
    connect(m_client, &StudioClient::settingsChanged, this, [this] {
        cancel();
        m_cache->bodies.clear();
        m_cache->lists.clear();
    });
}

RevisionCompare::~RevisionCompare() = default;

void RevisionCompare::cancel()
{
    m_reply.reset();
    m_diff.cancel();
    if (m_list) {
        m_list->cancel();
        m_list->deleteLater();
        m_list = nullptr;
    }
    m_flowSid.clear();
}

void RevisionCompare::listRevisions(const QString &flowSid)
{
    if (m_cache->lists.contains(flowSid)) {
        Q_EMIT revisionsListed(flowSid, m_cache->lists.value(flowSid));
        return;
    }
    if (m_list && m_listing == flowSid)
        return; // on its way
    if (m_list)
        m_list->deleteLater();
    m_listing = flowSid;
    m_list = new ListFetcher(m_client, this);
    connect(m_list, &ListFetcher::pageRead, this, [this] { ++m_requests; });
    connect(m_list, &ListFetcher::finished, this, [this](const QList<ListItem> &items) {
        QList<RevisionInfo> revisions;
        for (const ListItem &item : items) {
            RevisionInfo r;
            r.revision = item.object.value(u"revision"_s).toInt();
            r.published = QDateTime::fromString(
                item.object.value(u"date_created"_s).toString(), Qt::ISODate);
            r.commitMessage = item.object.value(u"commit_message"_s).toString();
            r.status = item.object.value(u"status"_s).toString();
            if (r.revision > 0)
                revisions << r;
        }
        std::sort(revisions.begin(), revisions.end(),
            [](const RevisionInfo &a, const RevisionInfo &b) { return a.revision > b.revision; });
        m_cache->lists.insert(m_listing, revisions);
        m_list->deleteLater();
        m_list = nullptr;
        Q_EMIT revisionsListed(m_listing, revisions);
    });
    connect(m_list, &ListFetcher::failed, this, [this](const ApiError &error) {
        m_list->deleteLater();
        m_list = nullptr;
        Q_EMIT failed(error);
    });
    m_list->start(m_client->flowRevisionsUrl(flowSid, 100));
}

void RevisionCompare::compare(const QString &flowSid, int a, int b)
{
    m_reply.reset();
    m_diff.cancel();
    m_flowSid = flowSid;
    m_revisions[0] = std::min(a, b);
    m_revisions[1] = std::max(a, b);
    fetchMissing();
}

// Each revision not read yet, one after the other; then the comparison.
void RevisionCompare::fetchMissing()
{
    for (const int revision : m_revisions) {
        if (m_cache->bodies.contains(keyOf(m_flowSid, revision)))
            continue;
        ++m_requests;
        m_reply.reset(m_client->get(m_client->flowRevisionUrl(m_flowSid, revision)));
        connect(m_reply.get(), &ApiReply::finished, this, [this, revision] {
            const ApiError error = m_reply->error();
            const QByteArray body = m_reply->body();
            m_reply.reset();
            if (error.isError()) {
                Q_EMIT failed(error);
                return;
            }
            m_cache->bodies.insert(keyOf(m_flowSid, revision), body);
            fetchMissing();
        });
        return;
    }
    bothRead();
}

void RevisionCompare::bothRead()
{
    const QByteArray bodies[2] = { m_cache->bodies.value(keyOf(m_flowSid, m_revisions[0])),
        m_cache->bodies.value(keyOf(m_flowSid, m_revisions[1])) };
    RevisionComparison base;
    base.flowSid = m_flowSid;
    base.older = m_revisions[0];
    base.newer = m_revisions[1];
    // 1,000 widgets are read and compared in milliseconds, but not on the GUI thread.
    m_diff.run(
        [base, older = bodies[0], newer = bodies[1]] {
            Compared out { base, {} };
            QJsonObject json[2];
            if (readRevision(
                    older, base.older, &json[0], &out.comparison.olderDefinition, &out.error)
                && readRevision(
                    newer, base.newer, &json[1], &out.comparison.newerDefinition, &out.error))
                out.comparison.changes = DefinitionDiff::compare(json[0], json[1]);
            return out;
        },
        [this](const Compared &out) {
            if (!out.error.isEmpty()) {
                Q_EMIT failed(ApiError::badResponse(out.error));
                return;
            }
            Q_EMIT compared(out.comparison);
        });
}

} // namespace flowscope
