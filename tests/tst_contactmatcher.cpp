// What a person types to find a customer, and which contact addresses it matches: phone numbers
// in the ways people write them (read by libphonenumber), on every channel; client: and sip:
// addresses as whole identifiers; exact text; and junk explained, never matched.

#include "search/contactmatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestContactMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const QString &typed, const QString &country,
                             bool exact, const QString &address, bool matches) {
            QTest::newRow(name) << typed << country << exact << address << matches;
        };
        row("E.164 as typed", u"+447700900123"_s, u"US"_s, false, u"+447700900123"_s, true);
        row("with spaces", u"+44 7700 900123"_s, u"US"_s, false, u"+447700900123"_s, true);
        row("00 international prefix", u"0044 7700 900123"_s, u"GB"_s, false, u"+447700900123"_s,
            true);
        row("00 where the country writes 011", u"0044 7700 900123"_s, u"US"_s, false,
            u"+447700900123"_s, true);
        row("00 with no default country", u"00 44 7700 900123"_s, QString(), false,
            u"+447700900123"_s, true);
        row("011 from the US", u"011 44 7700 900123"_s, u"US"_s, false, u"+447700900123"_s, true);
        row("011 with no default country", u"011 44 7700 900123"_s, QString(), false,
            u"+447700900123"_s, true);
        row("national, default GB", u"07700 900123"_s, u"GB"_s, false, u"+447700900123"_s, true);
        row("national, default US", u"(415) 555-0100"_s, u"US"_s, false, u"+14155550100"_s, true);
        row("dashes and dots", u"415.555.0100"_s, u"us"_s, false, u"+14155550100"_s, true);
        row("on WhatsApp", u"+44 7700 900123"_s, u"US"_s, false, u"whatsapp:+447700900123"_s, true);
        row("on any channel:+E164", u"+44 7700 900123"_s, u"US"_s, false,
            u"messenger:+447700900123"_s, true);
        row("typed with its channel", u"whatsapp:+447700900123"_s, u"US"_s, false,
            u"+447700900123"_s, true);
        row("another number", u"+44 7700 900123"_s, u"US"_s, false, u"+447700900124"_s, false);
        row("a prefix is not the number", u"+44 7700 90012"_s, u"US"_s, false, u"+447700900123"_s,
            false);
        row("not a phone address", u"+14155550100"_s, u"US"_s, false, u"client:14155550100"_s,
            false);
        row("client: whole", u"client:alice"_s, u"US"_s, false, u"client:alice"_s, true);
        row("client: not a prefix", u"client:alice"_s, u"US"_s, false, u"client:alice2"_s, false);
        row("client: case matters", u"client:alice"_s, u"US"_s, false, u"client:Alice"_s, false);
        row("sip host in any case", u"sip:bob@Example.COM"_s, u"US"_s, false,
            u"sip:bob@example.com"_s, true);
        row("sip user case matters", u"sip:Bob@example.com"_s, u"US"_s, false,
            u"sip:bob@example.com"_s, false);
        row("exact: the string only", u"+447700900123"_s, u"US"_s, true,
            u"whatsapp:+447700900123"_s, false);
        row("exact: equal", u"whatsapp:+447700900123"_s, u"US"_s, true, u"whatsapp:+447700900123"_s,
            true);
        row("exact: sip host case", u"sip:bob@Example.COM"_s, u"US"_s, true,
            u"sip:bob@example.com"_s, false);
    }
    void matching()
    {
        QFETCH(QString, typed);
        QFETCH(QString, country);
        QFETCH(bool, exact);
        QFETCH(QString, address);
        QFETCH(bool, matches);
        QString error;
        const auto matcher = ContactMatcher::parse(typed, country, exact, &error);
        QVERIFY2(matcher, qPrintable(error));
        QCOMPARE(matcher->matches(address), matches);
        // The archive's index files an address under indexKeyOf: every address a matcher
        // matches must be filed under the key the matcher looks up.
        if (matches)
            QCOMPARE(ContactMatcher::indexKeyOf(address), matcher->indexKey());
    }

    void junkIsExplained_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"US"_s << u"Type a phone number"_s;
        QTest::newRow("a word") << u"hello"_s << u"US"_s << u"neither a phone number"_s;
        QTest::newRow("too short") << u"+44 12"_s << u"US"_s << u"not a phone number"_s;
        QTest::newRow("too long") << u"+44 7700 900123 456789"_s << u"US"_s
                                  << u"not a phone number"_s;
        QTest::newRow("unknown country code")
            << u"+999 123456789"_s << u"US"_s << u"not a phone number"_s;
        QTest::newRow("a UK number read as American")
            << u"07700 900123"_s << u"US"_s << u"default country US"_s;
        QTest::newRow("no country at all")
            << u"07700 900123"_s << QString() << u"no country code"_s;
        // Incomplete: possible only as a local number, which no customer's address is.
        QTest::newRow("two digits missing")
            << u"+44 7700"_s << u"US"_s
            << u"'+44 7700' is not a phone number FlowScope can read "
               u"(it is too short)."_s;
        QTest::newRow("00 and too short") << u"0044 7700"_s << u"US"_s << u"(it is too short)."_s;
        QTest::newRow("client: alone") << u"client:"_s << u"US"_s << u"names nobody"_s;
        QTest::newRow("client: and spaces") << u"client:   "_s << u"US"_s << u"names nobody"_s;
        QTest::newRow("sip: alone") << u"sip:"_s << u"US"_s << u"names nobody"_s;
        QTest::newRow("sip: without a host") << u"sip:bob"_s << u"US"_s << u"names nobody"_s;
    }
    void junkIsExplained()
    {
        QFETCH(QString, typed);
        QFETCH(QString, country);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ContactMatcher::parse(typed, country, false, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void describesWhatItMatches()
    {
        QString error;
        QCOMPARE(
            ContactMatcher::parse(u"0044 7700 900123"_s, u"GB"_s, false, &error)->description(),
            u"+447700900123 on any channel"_s);
        QCOMPARE(ContactMatcher::parse(u"client:alice"_s, u"US"_s, false, &error)->description(),
            u"client:alice"_s);
        QCOMPARE(ContactMatcher::localeCountry().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestContactMatcher)
#include "tst_contactmatcher.moc"
