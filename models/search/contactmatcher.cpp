#include "contactmatcher.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// "sip:User@Host.Example" → "sip:User@host.example": the host is case-insensitive (RFC 3261),
// the user part is not. Other addresses stay as they are.
QString canonicalAddress(QStringView address)
{
    const qsizetype at = address.indexOf(u'@');
    if (!address.startsWith(u"sip:", Qt::CaseInsensitive) || at < 0)
        return address.toString();
    return u"sip:"_s + address.mid(4, at - 4) + u'@' + address.mid(at + 1).toString().toLower();
}

// The E.164 number of "+447700900123" or "channel:+447700900123"; empty when it is not one.
QStringView e164Of(QStringView address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    const QStringView number = colon >= 0 ? address.mid(colon + 1) : address;
    if (number.size() < 3 || number.front() != u'+')
        return {};
    for (qsizetype k = 1; k < number.size(); ++k) {
        if (!number[k].isDigit())
            return {};
    }
    return number;
}

} // namespace

QString ContactMatcher::localeCountry()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return code.size() == 2 ? code : u"US"_s;
}

std::optional<ContactMatcher> ContactMatcher::parse(
    const QString &typed, const QString &defaultCountry, bool exact, QString *error)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("ContactMatcher",
            "Type a phone number, a client: or sip: address, or what they wrote.");
        return std::nullopt;
    }
    ContactMatcher m;
    if (exact) {
        m.m_kind = Kind::Exact;
        m.m_text = text;
        return m;
    }
    // A channel prefix before a number ("whatsapp:+44…") names one channel; the number is the
    // customer, on every channel.
    const qsizetype colon = text.indexOf(u':');
    const QString scheme = colon > 0 ? text.left(colon).toLower() : QString();
    const QString rest = colon > 0 ? text.mid(colon + 1).trimmed() : text;
    const bool looksLikeNumber
        = !rest.isEmpty() && std::all_of(rest.cbegin(), rest.cend(), [](QChar c) {
              return c.isDigit() || c == u'+' || c == u' ' || c == u'-' || c == u'(' || c == u')'
                  || c == u'.' || c == u'/';
          });
    if (!looksLikeNumber) {
        if (colon <= 0 && !text.contains(u'@')) {
            *error = QCoreApplication::translate("ContactMatcher",
                "'%1' is neither a phone number nor an address such as client:name "
                "or sip:user@host.")
                         .arg(text);
            return std::nullopt;
        }
        // "client:" or "sip:" alone names nobody; it would match every address of that kind
        // that is empty, and so find nothing while seeming to have searched.
        if (rest.isEmpty() || (scheme == u"sip"_s && !rest.contains(u'@'))) {
            *error = QCoreApplication::translate("ContactMatcher",
                "'%1' names nobody: give the whole address, such as client:alice or "
                "sip:bob@example.com.")
                         .arg(text);
            return std::nullopt;
        }
        m.m_kind = Kind::Address;
        m.m_text = canonicalAddress(text);
        return m;
    }
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const QString region = defaultCountry.trimmed().toUpper();
    QString digits;
    for (const QChar c : rest) {
        if (c.isDigit() || c == u'+')
            digits += c;
    }
    // 00 (and 011, from North America) is how much of the world writes +: where the number
    // does not read in the default country, one that starts so is read as international.
    const bool international = digits.startsWith(u'+');
    const QString internationalForm = digits.startsWith(u"00"_s) ? u'+' + digits.mid(2)
        : digits.startsWith(u"011"_s)                            ? u'+' + digits.mid(3)
                                                                 : QString();
    if (!international && internationalForm.isEmpty() && region.size() != 2) {
        *error = QCoreApplication::translate("ContactMatcher",
            "'%1' has no country code: give one (+44…) or a default country such as "
            "GB.")
                     .arg(text);
        return std::nullopt;
    }
    // Possible as a whole number, not only as a local one: '+44 7700' would be dialled locally
    // in some town, and matches no customer's address.
    const auto read = [util](const QString &number, const QString &in, PhoneNumber *out) {
        const auto result = util->Parse(number.toStdString(), in.toStdString(), out);
        if (result != PhoneNumberUtil::NO_PARSING_ERROR)
            return result;
        switch (util->IsPossibleNumberWithReason(*out)) {
        case PhoneNumberUtil::IS_POSSIBLE: return PhoneNumberUtil::NO_PARSING_ERROR;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR;
        case PhoneNumberUtil::TOO_LONG: return PhoneNumberUtil::TOO_LONG_NSN;
        default: return PhoneNumberUtil::TOO_SHORT_NSN;
        }
    };
    PhoneNumber number;
    auto result = region.size() == 2 || international ? read(rest, region, &number)
                                                      : PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR;
    bool regionMattered = !international;
    if (result != PhoneNumberUtil::NO_PARSING_ERROR && !internationalForm.isEmpty()) {
        // Read so, or not at all: its reason then is the international reading's.
        result = read(internationalForm, QString(), &number);
        regionMattered = false;
    }
    if (result != PhoneNumberUtil::NO_PARSING_ERROR) {
        const QString why = result == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR
            ? QCoreApplication::translate("ContactMatcher", "its country code is unknown")
            : result == PhoneNumberUtil::TOO_SHORT_NSN
                || result == PhoneNumberUtil::TOO_SHORT_AFTER_IDD
            ? QCoreApplication::translate("ContactMatcher", "it is too short")
            : result == PhoneNumberUtil::TOO_LONG_NSN
            ? QCoreApplication::translate("ContactMatcher", "it is too long")
            : QCoreApplication::translate("ContactMatcher", "it is not a possible number there");
        *error = regionMattered ? QCoreApplication::translate("ContactMatcher",
                     "'%1' is not a phone number FlowScope can read (%2; default country %3).")
                                      .arg(text, why, region)
                                : QCoreApplication::translate("ContactMatcher",
                                    "'%1' is not a phone number FlowScope can read (%2).")
                                      .arg(text, why);
        return std::nullopt;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    m.m_kind = Kind::Phone;
    m.m_text = QString::fromStdString(e164);
    return m;
}

bool ContactMatcher::matches(QStringView address) const
{
    switch (m_kind) {
    case Kind::Exact: return address == m_text;
    case Kind::Phone: return e164Of(address) == m_text;
    case Kind::Address: return canonicalAddress(address) == m_text;
    }
    return false;
}

QString ContactMatcher::indexKeyOf(QStringView address)
{
    const QStringView number = e164Of(address);
    return number.isEmpty() ? address.toString().toLower() : number.toString();
}

QString ContactMatcher::indexKey() const
{
    // Exact: the address itself; Address: its canonical form, which differs from the address
    // only in case. Either files under the same key as every address it matches.
    return m_kind == Kind::Phone ? m_text : indexKeyOf(m_text);
}

QString ContactMatcher::description() const
{
    switch (m_kind) {
    case Kind::Exact:
        return QCoreApplication::translate("ContactMatcher", "exactly '%1'").arg(m_text);
    case Kind::Phone:
        return QCoreApplication::translate("ContactMatcher", "%1 on any channel").arg(m_text);
    case Kind::Address: return m_text;
    }
    return {};
}

} // namespace flowscope
