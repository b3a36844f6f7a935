#include "listfetcher.h"

#include "json/jsonerror.h"
#include "json/jsonspans.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace flowscope {

bool readListPage(
    const QByteArray &body, QList<ListItem> *items, QString *nextPageUrl, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error
            = ApiError::badResponse(ListFetcher::tr("the page is %1")
                                        .arg(describeInvalidJson(body, parseError.errorString())));
        return false;
    }
    const QJsonObject page = document.object();
    const QJsonObject meta = page.value(u"meta"_s).toObject();
    const QString key = meta.value(u"key"_s).toString();
    std::vector<ByteSpan> spans;
    if (page.isEmpty() || key.isEmpty() || !page.value(key).isArray()
        || !arrayElementSpans(
            std::string_view(body.constData(), size_t(body.size())), key.toStdString(), &spans)) {
        *error = ApiError::badResponse(ListFetcher::tr(
            "the page is not a Twilio list (no meta.key naming an array of items)"));
        return false;
    }
    const QJsonArray array = page.value(key).toArray();
    if (qsizetype(spans.size()) != array.size()) {
        *error = ApiError::badResponse(ListFetcher::tr("the page's items could not be told apart"));
        return false;
    }
    const QJsonValue next = meta.value(u"next_page_url"_s);
    if (!next.isNull() && !next.isUndefined() && !next.isString()) {
        *error = ApiError::badResponse(ListFetcher::tr("meta.next_page_url is not a string"));
        return false;
    }
    for (qsizetype k = 0; k < array.size(); ++k)
        items->append(
            { body.mid(spans[size_t(k)].first, spans[size_t(k)].second), array[k].toObject() });
    *nextPageUrl = next.toString();
    return true;
}

ListFetcher::ListFetcher(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_pager(client)
{
    connect(&m_pager, &Pager::pageArrived, this, &ListFetcher::read);
    connect(&m_pager, &Pager::retrying, this, &ListFetcher::retrying);
    connect(&m_pager, &Pager::failed, this, [this](const ApiError &error) {
        m_items.clear();
        Q_EMIT failed(error);
    });
    connect(&m_pager, &Pager::finished, this, [this] { Q_EMIT finished(m_items); });
}

void ListFetcher::start(const QUrl &firstPage)
{
    cancel();
    m_pager.start(firstPage);
}

void ListFetcher::cancel()
{
    m_read.cancel();
    m_pager.reset();
    m_items.clear();
}

bool ListFetcher::isRunning() const
{
    return m_pager.state() == Pager::State::Fetching || m_pager.state() == Pager::State::Reading;
}

void ListFetcher::read(const QByteArray &body)
{
    struct Page
    {
        QList<ListItem> items;
        QString next;
        ApiError error;
    };
    m_read.run(
        [body] {
            Page page;
            readListPage(body, &page.items, &page.next, &page.error);
            return page;
        },
        [this](const Page &page) {
            if (page.error.isError()) {
                m_pager.reject(page.error);
                return;
            }
            m_items += page.items;
            Q_EMIT pageRead(page.items);
            if (m_pager.accept(page.next))
                m_pager.fetchNext(); // nothing when that was the last page
        });
}

} // namespace flowscope
