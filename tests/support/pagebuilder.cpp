#include "pagebuilder.h"

namespace pagebuilder {

const QByteArray kFlow = "FW0123456789abcdef0123456789abcdef";

QByteArray sid(const char *prefix, int n)
{
    return QByteArray(prefix) + QByteArray::number(n, 16).rightJustified(32, '0');
}

QByteArray execution(int n, const QByteArray &status, const QByteArray &contactJson)
{
    return R"({"sid":")" + sid("FN", n)
        + R"(","account_sid":"AC0123456789abcdef0123456789abcdef","flow_sid":")" + kFlow
        + R"(","contact_sid":")" + sid("FC", n) + R"(","contact_channel_address":)" + contactJson
        + R"(,"status":")" + status
        + R"(","context":{},"date_created":"2026-11-27T23:56:43Z","date_updated":"2026-11-27T23:59:17Z","url":"https://studio.twilio.com/x","links":{}})";
}

QByteArray step(int n, const QByteArray &event, const QByteArray &from, const QByteArray &to,
    const QByteArray &dateCreated)
{
    return R"({"sid":")" + sid("FT", n)
        + R"(","account_sid":"AC0123456789abcdef0123456789abcdef","flow_sid":")" + kFlow
        + R"(","execution_sid":")" + sid("FN", 1) + R"(","parent_step_sid":null,"name":")" + event
        + R"(","context":{},"transitioned_from":")" + from + R"(","transitioned_to":")" + to
        + R"(","date_created":")" + dateCreated
        + R"(","date_updated":null,"url":"https://studio.twilio.com/x","links":{}})";
}

QByteArray contextResource(const QByteArray &contextJson)
{
    return R"({"account_sid":"AC0123456789abcdef0123456789abcdef","context":)" + contextJson
        + R"(,"flow_sid":")" + kFlow + R"(","execution_sid":")" + sid("FN", 1)
        + R"(","url":"https://studio.twilio.com/x"})";
}

QByteArray page(const QList<QByteArray> &items, const QByteArray &next, const QByteArray &key)
{
    return "{\"" + key + "\":[" + items.join(',') + R"(],"meta":{"page":0,"page_size":50,"key":")"
        + key + R"(","next_page_url":)" + next + "}}";
}

QByteArray paddedPage(int first, int count, qsizetype paddingBytes)
{
    const QByteArray padding(paddingBytes, 'x');
    QList<QByteArray> items;
    items.reserve(count);
    for (int n = first; n < first + count; ++n) {
        QByteArray item = execution(n);
        item.replace("\"links\":{}", QByteArray("\"links\":{\"padding\":\"" + padding + "\"}"));
        items << item;
    }
    return page(items);
}

} // namespace pagebuilder
