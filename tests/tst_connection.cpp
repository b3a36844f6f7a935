// Where requests go, as whom, and what a query sends: all decided before any byte leaves.

#include "api/connection.h"
#include "api/studioclient.h"
#include "executions/executionquery.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {
const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kKey = u"SK0123456789abcdef0123456789abcdef"_s;
const QString kFlow = u"FW0123456789abcdef0123456789abcdef"_s;

QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> values)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : values)
        e.insert(k, v);
    return e;
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialsFromEnvironment_data()
    {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("error");
        QTest::newRow("nothing set") << env({}) << false << QString() << false;
        QTest::newRow("account + token") << env(
            { { u"TWILIO_ACCOUNT_SID"_s, kAccount }, { u"TWILIO_AUTH_TOKEN"_s, u"secret123"_s } })
                                         << true << kAccount << false;
        QTest::newRow("API key wins")
            << env({ { u"TWILIO_ACCOUNT_SID"_s, kAccount }, { u"TWILIO_AUTH_TOKEN"_s, u"t"_s },
                   { u"TWILIO_API_KEY"_s, kKey }, { u"TWILIO_API_SECRET"_s, u"s"_s } })
            << true << kKey << false;
        QTest::newRow("key without account")
            << env({ { u"TWILIO_API_KEY"_s, kKey }, { u"TWILIO_API_SECRET"_s, u"s"_s } }) << false
            << QString() << true;
        QTest::newRow("token without account")
            << env({ { u"TWILIO_AUTH_TOKEN"_s, u"t"_s } }) << false << QString() << true;
        QTest::newRow("account SID malformed")
            << env({ { u"TWILIO_ACCOUNT_SID"_s, u"AC123"_s }, { u"TWILIO_AUTH_TOKEN"_s, u"t"_s } })
            << false << QString() << true;
        QTest::newRow("key SID malformed") << env({ { u"TWILIO_ACCOUNT_SID"_s, kAccount },
            { u"TWILIO_API_KEY"_s, u"AK123"_s }, { u"TWILIO_API_SECRET"_s, u"s"_s } })
                                           << false << QString() << true;
        QTest::newRow("secret with a space")
            << env({ { u"TWILIO_ACCOUNT_SID"_s, kAccount }, { u"TWILIO_AUTH_TOKEN"_s, u"a b"_s } })
            << false << QString() << true;
    }
    void credentialsFromEnvironment()
    {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(bool, found);
        QFETCH(QString, username);
        QFETCH(bool, error);
        QString message;
        const auto credentials = Credentials::fromEnvironment(environment, &message);
        QCOMPARE(credentials.has_value(), found);
        if (found) {
            QCOMPARE(credentials->username, username);
            QCOMPARE(credentials->accountSid, kAccount);
        }
        QCOMPARE(!message.isEmpty(), error);
        // An explanation never repeats the secret.
        QVERIFY(!message.contains(u"secret123"_s));
    }

    void authorizationHeader()
    {
        const Credentials c = Credentials::apiKey(kAccount, kKey, u"shh"_s);
        QCOMPARE(
            c.authorizationHeader(), "Basic " + QByteArray(kKey.toLatin1() + ":shh").toBase64());
    }

    void originResolution_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("default") << QString() << env({}) << u"https://studio.twilio.com"_s;
        QTest::newRow("region") << QString() << env({ { u"TWILIO_REGION"_s, u"au1"_s } })
                                << u"https://studio.au1.twilio.com"_s;
        QTest::newRow("edge alone means us1")
            << QString() << env({ { u"TWILIO_EDGE"_s, u"ashburn"_s } })
            << u"https://studio.ashburn.us1.twilio.com"_s;
        QTest::newRow("edge and region")
            << QString()
            << env({ { u"TWILIO_EDGE"_s, u"sydney"_s }, { u"TWILIO_REGION"_s, u"AU1"_s } })
            << u"https://studio.sydney.au1.twilio.com"_s;
        QTest::newRow("region with a dot refused")
            << QString() << env({ { u"TWILIO_REGION"_s, u"evil.com#"_s } }) << QString();
        QTest::newRow("FLOWSCOPE_BASE_URL")
            << QString() << env({ { u"FLOWSCOPE_BASE_URL"_s, u"http://127.0.0.1:8080"_s } })
            << u"http://127.0.0.1:8080"_s;
        QTest::newRow("--base-url wins")
            << u"http://localhost:9"_s
            << env({ { u"FLOWSCOPE_BASE_URL"_s, u"http://127.0.0.1:8080"_s } })
            << u"http://localhost:9"_s;
        QTest::newRow("https elsewhere")
            << u"https://studio.example.com"_s << env({}) << u"https://studio.example.com"_s;
        QTest::newRow("plain http elsewhere refused")
            << u"http://studio.example.com"_s << env({}) << QString();
        QTest::newRow("IPv6 loopback")
            << u"http://[::1]:8080"_s << env({}) << u"http://[::1]:8080"_s;
        QTest::newRow("path refused") << u"https://studio.example.com/v1"_s << env({}) << QString();
        QTest::newRow("credentials in URL refused")
            << u"https://user:pw@studio.example.com"_s << env({}) << QString();
        QTest::newRow("ftp refused") << u"ftp://127.0.0.1"_s << env({}) << QString();
    }
    void originResolution()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QProcessEnvironment, environment);
        QFETCH(QString, expected);
        QString error;
        const auto origin = ApiOrigin::resolve(baseUrl, environment, &error);
        QCOMPARE(origin.has_value(), !expected.isEmpty());
        if (origin)
            QCOMPARE(origin->toString(), expected);
        else
            QVERIFY(!error.isEmpty());
    }

    void originMatching()
    {
        const ApiOrigin twilio = ApiOrigin::twilio();
        QVERIFY(twilio.matches(QUrl(u"https://studio.twilio.com/v1/Flows?PageToken=x"_s)));
        QVERIFY(twilio.matches(QUrl(u"https://STUDIO.twilio.com:443/v1/Flows"_s)));
        QVERIFY(!twilio.matches(QUrl(u"http://studio.twilio.com/v1/Flows"_s)));
        QVERIFY(!twilio.matches(QUrl(u"https://studio.twilio.com:8443/v1/Flows"_s)));
        QVERIFY(!twilio.matches(QUrl(u"https://studio.twilio.com.evil.example/v1/Flows"_s)));
        QVERIFY(!twilio.matches(QUrl(u"https://evil.example/v1/Flows"_s)));
    }

    void queryValidation_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("valid");
        const QDateTime t(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QTest::newRow("fine") << kFlow << t << t.addSecs(1) << 50 << true;
        QTest::newRow("uppercase hex is a SID too")
            << kFlow.toUpper().replace(u"FW"_s, u"FW"_s) << QDateTime() << QDateTime() << 1 << true;
        QTest::newRow("no flow") << QString() << QDateTime() << QDateTime() << 50 << false;
        QTest::newRow("execution SID")
            << u"FN0123456789abcdef0123456789abcdef"_s << QDateTime() << QDateTime() << 50 << false;
        QTest::newRow("short") << u"FW0123"_s << QDateTime() << QDateTime() << 50 << false;
        QTest::newRow("from equals to") << kFlow << t << t << 50 << false;
        QTest::newRow("from after to") << kFlow << t.addSecs(1) << t << 50 << false;
        QTest::newRow("page size 0") << kFlow << QDateTime() << QDateTime() << 0 << false;
        QTest::newRow("page size 1001") << kFlow << QDateTime() << QDateTime() << 1001 << false;
        QTest::newRow("page size 1000") << kFlow << QDateTime() << QDateTime() << 1000 << true;
    }
    void queryValidation()
    {
        QFETCH(QString, flow);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, pageSize);
        QFETCH(bool, valid);
        ExecutionQuery q { flow, from, to, pageSize };
        const ApiError error = q.validate();
        QCOMPARE(!error.isError(), valid);
        if (!valid) {
            QCOMPARE(error.kind, ApiError::Kind::InvalidInput);
            QVERIFY(!error.userMessage().isEmpty());
        }
    }

    void firstPageUrlEncodesOffsets()
    {
        ExecutionQuery q;
        q.flowSid = kFlow;
        q.from = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone(5 * 3600 + 1800));
        q.to = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
        q.pageSize = 200;
        const QByteArray url = q.firstPageUrl(QUrl(u"http://127.0.0.1:8080"_s)).toEncoded();
        QCOMPARE(url,
            "http://127.0.0.1:8080/v1/Flows/" + kFlow.toLatin1()
                + "/Executions?DateCreatedFrom=2026-11-01T09%3A00%3A00%2B05%3A30&DateCreatedTo="
                  "2026-11-02T00%3A00%3A00Z&PageSize=200");
        QVERIFY(!url.contains('+'));
    }

    void timeArguments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z") << u"2026-11-01T09:00:00Z"_s
                           << QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QTest::newRow("+05:30") << u"2026-11-01T09:00:00+05:30"_s
                                << QDateTime(QDate(2026, 11, 1), QTime(3, 30), Qt::UTC);
        QTest::newRow("-0800") << u"2026-11-01T09:00:00-0800"_s
                               << QDateTime(QDate(2026, 11, 1), QTime(17, 0), Qt::UTC);
        QTest::newRow("fraction dropped")
            << u"2026-11-01T09:00:00.250Z"_s << QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QTest::newRow("local") << u"2026-11-01T09:00:00"_s
                               << QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::LocalTime);
        QTest::newRow("date only is local midnight")
            << u"2026-11-01"_s << QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::LocalTime);
        QTest::newRow("no seconds")
            << u"2026-11-01T09:00Z"_s << QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QTest::newRow("30 February") << u"2026-02-30T00:00:00Z"_s << QDateTime();
        QTest::newRow("words") << u"yesterday"_s << QDateTime();
        QTest::newRow("offset 25 h") << u"2026-11-01T09:00:00+25:00"_s << QDateTime();
    }
    void timeArguments()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseTimeArgument(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void formatKeepsTheOffset()
    {
        QCOMPARE(formatIsoWithOffset(parseTimeArgument(u"2026-11-01T09:00:00+05:30"_s)),
            u"2026-11-01T09:00:00+05:30"_s);
        QCOMPARE(formatIsoWithOffset(parseTimeArgument(u"2026-11-01T09:00:00-08:00"_s)),
            u"2026-11-01T09:00:00-08:00"_s);
        QCOMPARE(formatIsoWithOffset(parseTimeArgument(u"2026-11-01T09:00:00Z"_s)),
            u"2026-11-01T09:00:00Z"_s);
        // Local time goes out with the local offset, never without one.
        const QString local = formatIsoWithOffset(parseTimeArgument(u"2026-11-01T09:00:00"_s));
        QVERIFY2(local.size() == 25 || local.endsWith(u'Z'), qPrintable(local));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("HTTP-date") << QByteArray("Sat, 28 Nov 2026 12:00:05 GMT") << qint64(5000);
        QTest::newRow("HTTP-date in the past")
            << QByteArray("Sat, 28 Nov 2026 11:59:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-4") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter(value, now), expected);
    }

    void userAgent()
    {
        QVERIFY(StudioClient::userAgent().startsWith("flowscope/" FLOWSCOPE_VERSION " (Qt 6."));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
