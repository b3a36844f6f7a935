#include "definitionloader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

struct ParsedRevision
{
    std::shared_ptr<const FlowDefinition> definition;
    QDateTime created;
    int number = 0;
    QString error;
};

// A v2 Flow or Flow Revision resource: its definition, revision number and date.
ParsedRevision parseRevisionBody(const QByteArray &body)
{
    ParsedRevision out;
    QJsonParseError parseError;
    const QJsonObject resource = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || resource.isEmpty()) {
        out.error = DefinitionLoader::tr("the flow's answer is not JSON");
        return out;
    }
    out.number = resource.value(u"revision"_s).toInt();
    // A revision was made when it was created; the flow itself was created with its first
    // revision, and its current one was made when the flow was last updated.
    const bool isRevision = resource.value(u"url"_s).toString().contains(u"/Revisions/"_s);
    out.created = QDateTime::fromString(
        resource.value(isRevision ? u"date_created"_s : u"date_updated"_s).toString(), Qt::ISODate);
    if (!out.created.isValid())
        out.created
            = QDateTime::fromString(resource.value(u"date_created"_s).toString(), Qt::ISODate);
    const QJsonValue definition = resource.value(u"definition"_s);
    if (!definition.isObject()) {
        out.error = DefinitionLoader::tr("the flow's answer has no definition");
        return out;
    }
    QString error;
    std::optional<FlowDefinition> d = FlowDefinition::fromObject(definition.toObject(), &error);
    if (!d) {
        out.error = error;
        return out;
    }
    out.definition = std::make_shared<const FlowDefinition>(std::move(*d));
    return out;
}

} // namespace

std::shared_ptr<const FlowDefinition> definitionOfResource(const QByteArray &body, QString *error)
{
    ParsedRevision parsed = parseRevisionBody(body);
    if (!parsed.definition)
        *error = parsed.error;
    return parsed.definition;
}

QString DiagramSource::describe() const
{
    QString text;
    if (revision > 0 && latestRevision > 0)
        text = tr("Revision %1 of %2").arg(revision).arg(latestRevision);
    else if (revision > 0)
        text = tr("Revision %1").arg(revision);
    else
        text = tr("The current definition");
    if (published.isValid())
        text += tr(", published %1")
                    .arg(QLocale().toString(published.toLocalTime().date(), QLocale::ShortFormat));
    if (archived) {
        text += tr(", in force when it ran, as the archive kept it.");
    } else if (fallback) {
        text += tr(
            " — the revision this execution ran on could not be read (%1), so the flow as it is "
            "now is drawn; steps may not match it.")
                    .arg(fallbackReason);
    } else if (revision > 0 && latestRevision > revision) {
        text += tr(" — the flow has changed since.");
    } else {
        text += u'.';
    }
    return text;
}

DefinitionLoader::DefinitionLoader(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<DiagramSource>();
    // Another account or origin: nothing cached belongs to it.
    connect(m_client, &StudioClient::settingsChanged, this, [this] {
        cancel();
        m_revisions.clear();
        m_latest.clear();
    });
}

DefinitionLoader::~DefinitionLoader() = default;

QString DefinitionLoader::key(const QString &flowSid, int revision)
{
    return flowSid + u'/' + QString::number(revision);
}

bool DefinitionLoader::isLoading() const
{
    return bool(m_reply) || m_parse.isBusy();
}

void DefinitionLoader::cancel()
{
    m_reply.reset(); // aborted: it finishes no more
    m_parse.cancel();
    m_executionSid.clear();
}

void DefinitionLoader::load(const QString &flowSid, const QString &executionSid)
{
    cancel();
    m_flowSid = flowSid;
    m_executionSid = executionSid;
    fetchExecution();
}

void DefinitionLoader::loadCurrent(const QString &flowSid)
{
    cancel(); // no execution: delivered with an empty key
    m_flowSid = flowSid;
    fetchCurrent({});
}

void DefinitionLoader::loadArchived(const QString &executionSid, const QByteArray &revisionBody)
{
    cancel();
    m_executionSid = executionSid;
    parseBody(revisionBody, [this](const Revision &read, int number, const QString &why) {
        if (!read.definition) {
            Q_EMIT failed(m_executionSid,
                ApiError::badResponse(tr("the archived revision cannot be read: %1").arg(why)));
            return;
        }
        DiagramSource source;
        source.definition = read.definition;
        source.revision = number;
        source.published = read.created;
        source.archived = true;
        Q_EMIT loaded(m_executionSid, source);
    });
}

void DefinitionLoader::request(
    const QUrl &url, std::function<void(const ApiError &, const QByteArray &)> then)
{
    ++m_requests;
    m_reply.reset(m_client->get(url));
    connect(m_reply.get(), &ApiReply::finished, this, [this, then = std::move(then)] {
        const ApiError error = m_reply->error();
        const QByteArray body = m_reply->body();
        m_reply.reset();
        then(error, body);
    });
}

void DefinitionLoader::fetchExecution()
{
    request(m_client->executionV2Url(m_flowSid, m_executionSid),
        [this](const ApiError &error, const QByteArray &body) {
            if (error.isError()) {
                // Without the execution's revision, the flow as it is now is the best there is —
                // unless the account itself is refused, or the execution is gone.
                if (error.kind == ApiError::Kind::Auth || error.kind == ApiError::Kind::NotFound)
                    Q_EMIT failed(m_executionSid, error);
                else
                    fetchCurrent(error.userMessage());
                return;
            }
            const int revision
                = QJsonDocument::fromJson(body).object().value(u"flow_version"_s).toInt();
            if (revision <= 0) {
                fetchCurrent(tr("the execution does not say which revision it ran on"));
                return;
            }
            m_wanted = revision;
            if (m_revisions.contains(key(m_flowSid, revision)))
                revisionKnown();
            else
                fetchRevision(revision);
        });
}

void DefinitionLoader::revisionKnown()
{
    if (m_latest.contains(m_flowSid))
        finishWanted();
    else
        fetchLatest();
}

void DefinitionLoader::parseBody(
    const QByteArray &body, std::function<void(Revision, int, QString)> done)
{
    m_parse.run([body] { return parseRevisionBody(body); },
        [done = std::move(done)](const ParsedRevision &parsed) {
            done(Revision { parsed.definition, parsed.created }, parsed.number, parsed.error);
        });
}

void DefinitionLoader::fetchRevision(int revision)
{
    request(m_client->flowRevisionUrl(m_flowSid, revision),
        [this, revision](const ApiError &error, const QByteArray &body) {
            if (error.isError()) {
                if (error.kind == ApiError::Kind::Auth)
                    Q_EMIT failed(m_executionSid, error);
                else
                    fetchCurrent(tr("revision %1: %2").arg(revision).arg(error.userMessage()));
                return;
            }
            parseBody(body, [this, revision](const Revision &read, int, const QString &why) {
                if (!read.definition) {
                    fetchCurrent(tr("revision %1: %2").arg(revision).arg(why));
                    return;
                }
                m_revisions.insert(key(m_flowSid, revision), read);
                revisionKnown();
            });
        });
}

void DefinitionLoader::fetchLatest()
{
    // The flow itself: which revision is current (and its definition, cached for later).
    request(m_client->flowV2Url(m_flowSid), [this](const ApiError &error, const QByteArray &body) {
        if (error.isError()) {
            m_latest.insert(m_flowSid, 0); // unknown, and not asked again this session
            finishWanted();
            return;
        }
        parseBody(body, [this](const Revision &read, int number, const QString &) {
            m_latest.insert(m_flowSid, number);
            if (read.definition && number > 0 && !m_revisions.contains(key(m_flowSid, number)))
                m_revisions.insert(key(m_flowSid, number), read);
            finishWanted();
        });
    });
}

void DefinitionLoader::finishWanted()
{
    deliver(m_revisions.value(key(m_flowSid, m_wanted)), m_wanted, false, {});
}

void DefinitionLoader::fetchCurrent(const QString &reason)
{
    request(m_client->flowV2Url(m_flowSid),
        [this, reason](const ApiError &error, const QByteArray &body) {
            if (error.isError()) {
                Q_EMIT failed(m_executionSid, error);
                return;
            }
            parseBody(body, [this, reason](const Revision &read, int number, const QString &why) {
                if (!read.definition) {
                    Q_EMIT failed(m_executionSid,
                        ApiError::badResponse(
                            tr("the flow's definition cannot be drawn: %1").arg(why)));
                    return;
                }
                m_latest.insert(m_flowSid, number);
                if (number > 0)
                    m_revisions.insert(key(m_flowSid, number), read);
                deliver(read, number, !reason.isEmpty(), reason); // no reason: asked for
            });
        });
}

void DefinitionLoader::deliver(
    const Revision &revision, int number, bool fallback, const QString &reason)
{
    if (!revision.definition) {
        Q_EMIT failed(m_executionSid, ApiError::badResponse(tr("the flow has no definition")));
        return;
    }
    DiagramSource source;
    source.definition = revision.definition;
    source.revision = number;
    source.latestRevision = m_latest.value(m_flowSid);
    source.published = revision.created;
    source.fallback = fallback;
    source.fallbackReason = reason;
    Q_EMIT loaded(m_executionSid, source);
}

} // namespace flowscope
