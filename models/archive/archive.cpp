#include "archive.h"

#include "postgresarchive.h"
#include "sqlcipherarchive.h"

#include "search/contactmatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace flowscope {

std::unique_ptr<Archive> Archive::open(const ArchiveLocation &location, const QByteArray &key,
    const QString &accountSid, bool create, ArchiveError *error)
{
    *error = {};
    if (location.isSqlite())
        return SqlCipherArchive::open(location, key, accountSid, create, error);
    return PostgresArchive::open(location, accountSid, error);
}

QByteArray Archive::newKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QString Archive::contactKeyOf(const QString &address)
{
    return address.isEmpty() ? QString() : ContactMatcher::indexKeyOf(address);
}

std::optional<QList<ArchivedExecution>> Archive::byText(const QString &text, ArchiveError *error)
{
    QList<textindex::Gram> grams = textindex::gramsOfText(text);
    if (grams.isEmpty())
        return std::nullopt;
    // Rarest first; a trigram no execution has ends it. Once few are left, the matcher deciding
    // costs less than reading the commoner trigrams' lists.
    constexpr qsizetype kFewEnough = 256;
    const QList<qint64> sizes = textSizes(grams, error);
    if (error->isError() || sizes.size() != grams.size())
        return QList<ArchivedExecution>();
    QList<qsizetype> order(grams.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&sizes](qsizetype a, qsizetype b) { return sizes[a] < sizes[b]; });
    if (sizes[order.first()] == 0)
        return QList<ArchivedExecution>();
    textindex::Narrowing narrowing;
    for (const qsizetype k : std::as_const(order)) {
        narrowing.add(textSegments(grams[k], error));
        if (error->isError() || narrowing.isEmpty())
            return QList<ArchivedExecution>();
        if (narrowing.count() <= kFewEnough)
            break;
    }
    QList<ArchivedExecution> rows = byIds(narrowing.ids(), error);
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.createdMs != b.createdMs)
            return a.createdMs > b.createdMs;
        return std::pair(a.ordinal, a.sid) < std::pair(b.ordinal, b.sid);
    });
    return rows;
}

QByteArray Archive::outcomeBytes(const Outcome &outcome)
{
    const QJsonObject object { { u"verdict"_s, int(outcome.verdict) },
        { u"ended_at"_s, outcome.endedAt }, { u"last_event"_s, outcome.lastEvent },
        { u"step_count"_s, outcome.stepCount }, { u"waiting"_s, outcome.waiting },
        { u"error_code"_s, outcome.errorCode }, { u"related_known"_s, outcome.relatedKnown },
        { u"reason"_s, outcome.reason } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Outcome Archive::outcomeFrom(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const int verdict = o.value(u"verdict"_s).toInt(-1);
    if (o.isEmpty() || verdict < 0 || verdict > int(Outcome::Verdict::Failed))
        return unknownOutcome(QCoreApplication::translate(
            "Archive", "the archive holds no outcome for it (synced before outcomes were kept)"));
    Outcome outcome;
    outcome.verdict = Outcome::Verdict(verdict);
    outcome.endedAt = o.value(u"ended_at"_s).toString();
    outcome.lastEvent = o.value(u"last_event"_s).toString();
    outcome.stepCount = o.value(u"step_count"_s).toInt(-1);
    outcome.waiting = o.value(u"waiting"_s).toBool();
    outcome.errorCode = o.value(u"error_code"_s).toInt();
    outcome.relatedKnown = o.value(u"related_known"_s).toBool();
    outcome.reason = o.value(u"reason"_s).toString();
    return outcome;
}

QByteArray Archive::pack(const QByteArray &json)
{
    return json.isEmpty() ? QByteArray() : qCompress(json, 1);
}

QByteArray Archive::unpack(const QByteArray &stored)
{
    return stored.isEmpty() ? QByteArray() : qUncompress(stored);
}

std::optional<QList<ListItem>> ArchivedExecution::stepItems() const
{
    QList<ListItem> items;
    QString next;
    ApiError bad;
    if (steps.isEmpty()
        || !readListPage(
            R"({"steps":)" + steps + R"(,"meta":{"key":"steps"}})", &items, &next, &bad))
        return std::nullopt;
    return items;
}

ParsedPage parsedPageOf(const QList<ArchivedExecution> &rows, const QString &flowSid, bool keepRaw)
{
    QByteArrayList objects;
    objects.reserve(rows.size());
    for (const ArchivedExecution &row : rows)
        objects << row.raw;
    return parseExecutionsPage(
        R"({"executions":[)" + objects.join(',') + R"(],"meta":{"key":"executions"}})", flowSid,
        keepRaw);
}

} // namespace flowscope
