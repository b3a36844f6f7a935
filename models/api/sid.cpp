#include "sid.h"

namespace flowscope {

bool Sid::parse(std::string_view text, const char prefix[2], Sid *out)
{
    if (text.size() != 34 || text[0] != prefix[0] || text[1] != prefix[1])
        return false;
    for (size_t k = 0; k < 16; ++k) {
        int v = 0;
        for (size_t half = 0; half < 2; ++half) {
            const char c = text[2 + 2 * k + half];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else
                return false;
            v = v * 16 + d;
        }
        out->bytes[k] = quint8(v);
    }
    return true;
}

QString Sid::toString(const char prefix[2]) const
{
    static const char16_t digits[] = u"0123456789abcdef";
    QString out(34, Qt::Uninitialized);
    QChar *d = out.data();
    d[0] = QLatin1Char(prefix[0]);
    d[1] = QLatin1Char(prefix[1]);
    for (size_t k = 0; k < 16; ++k) {
        d[2 + 2 * k] = QChar(digits[bytes[k] >> 4]);
        d[3 + 2 * k] = QChar(digits[bytes[k] & 0xF]);
    }
    return out;
}

bool isSid(QStringView text, const char prefix[2])
{
    if (text.size() != 34 || text[0] != QLatin1Char(prefix[0]) || text[1] != QLatin1Char(prefix[1]))
        return false;
    for (qsizetype k = 2; k < 34; ++k) {
        const char16_t c = text[k].unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

QString canonicalSid(QStringView text, const char prefix[2])
{
    if (!isSid(text, prefix))
        return text.toString();
    return text.left(2).toString() + text.mid(2).toString().toLower();
}

} // namespace flowscope
