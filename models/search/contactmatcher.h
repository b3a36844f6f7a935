#pragma once

// What a person typed to find a customer, as a rule every execution's contact is checked by.
// A phone number, typed any way people type one — "+44 7700 900123", "(415) 555-0100",
// "0044 7700 900123", "07700 900123" with a default country — is read by Google's libphonenumber
// into E.164 and matches that number on every channel: "+447700900123",
// "whatsapp:+447700900123", "messenger:+…". "client:name", "sip:user@host" and other addresses
// match as whole identifiers (a SIP host in any case). Exact matches the address string only.

#include <QString>

#include <optional>

namespace flowscope {

class ContactMatcher
{
public:
    // nullopt, and *error saying why, when the text cannot be a contact; nothing is sent then.
    // defaultCountry: ISO 3166 two letters ("GB"), for numbers typed without their +country.
    static std::optional<ContactMatcher> parse(
        const QString &typed, const QString &defaultCountry, bool exact, QString *error);
    // The country of the system's locale ("US" when it names none).
    static QString localeCountry();

    bool matches(QStringView contactAddress) const;
    // "+447700900123 on any channel", "client:alice", "exactly 'sip:Bob@Example.com'"
    QString description() const;
    QString e164() const { return m_kind == Kind::Phone ? m_text : QString(); }

    // What an index of addresses files one under, such that every address this matches is
    // filed under indexKey(): a number's E.164 on any channel, any other address lowercased.
    static QString indexKeyOf(QStringView address);
    QString indexKey() const;

private:
    enum class Kind { Phone, Address, Exact };
    Kind m_kind = Kind::Exact;
    QString m_text; // E.164, the address (its SIP host lowercased), or the exact text
};

} // namespace flowscope
