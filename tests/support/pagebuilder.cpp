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

QByteArray page(const QList<QByteArray> &items, const QByteArray &next, const QByteArray &key)
{
    return "{\"" + key + "\":[" + items.join(',') + R"(],"meta":{"page":0,"page_size":50,"key":")"
        + key + R"(","next_page_url":)" + next + "}}";
}

} // namespace pagebuilder
