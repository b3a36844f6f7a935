// Finding a customer in a big archive: 1,000,000 executions (--quick: 20,000) with contexts of
// about 2 KB, written straight into an encrypted file (and into PostgreSQL when PGHOST names a
// server: run under pg_virtualenv), then `flowscope search --contact … --archive` timed as a
// person runs it — the whole process, wall clock — for a customer with a handful of executions.

#include "api/studioclient.h"
#include "archive/archive.h"
#include "archive/archiveservice.h"
#include "benchutil.h"
#include "executions/executionsmodel.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QByteArray kKey = "6d2b7f0e1a9c48356d2b7f0e1a9c48356d2b7f0e1a9c48356d2b7f0e1a9c4835";
const QString kAccount = u"AC0123456789abcdef0123456789abcdef"_s;
constexpr qint64 kNowMs = 1795824000000;
const char *const kWords[] = { "order", "refund", "delivery", "late", "parcel", "address", "please",
    "thanks", "agent", "hello", "cancel", "tomorrow", "where", "is", "my", "the" };

QString hex32(quint64 a, quint64 b)
{
    return u"%1%2"_s.arg(a, 16, 16, QChar(u'0')).arg(b, 16, 16, QChar(u'0'));
}

// Execution n: one of 200,000 customers (the channel varies), a minute apart, a context of
// about 2 KB of what they said, a few steps.
ArchivedExecution execution(qint64 n, QRandomGenerator &random)
{
    ArchivedExecution e;
    e.sid = u"FN"_s + hex32(quint64(n) * 2654435761u, quint64(n));
    e.flowSid = u"FW"_s + hex32(0xabc, quint64(n % 6));
    e.status = n % 50 == 0 ? u"active"_s : u"ended"_s;
    const qint64 customer = n % 200'000;
    const QString number = u"+1415%1"_s.arg(customer, 7, 10, QChar(u'0'));
    e.contactAddress = n % 3 == 0 ? u"whatsapp:"_s + number : number;
    e.createdMs = kNowMs - n * 60'000;
    e.updatedMs = e.createdMs + 90'000;
    const QString created
        = QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODate);
    e.raw = QJsonDocument(
        QJsonObject { { u"sid"_s, e.sid }, { u"account_sid"_s, kAccount },
            { u"flow_sid"_s, e.flowSid },
            { u"contact_sid"_s, QString(u"FC"_s + hex32(7, quint64(customer))) },
            { u"contact_channel_address"_s, e.contactAddress }, { u"status"_s, e.status },
            { u"date_created"_s, created }, { u"date_updated"_s, created } })
                .toJson(QJsonDocument::Compact);
    QString said;
    while (said.size() < 1800)
        said += QLatin1StringView(kWords[random.bounded(16)]) + u' ';
    e.context = QJsonDocument(
        QJsonObject { { u"trigger"_s,
            QJsonObject { { u"message"_s,
                QJsonObject { { u"Body"_s, said }, { u"From"_s, e.contactAddress } } } } } })
                    .toJson(QJsonDocument::Compact);
    e.steps = "[{\"sid\":\"FT" + QByteArray::number(n) + "\",\"name\":\"incomingMessage\"}]";
    return e;
}

bool fill(Archive &archive, qint64 count)
{
    QRandomGenerator random(42);
    QList<ArchivedExecution> batch;
    for (qint64 n = 0; n < count; ++n) {
        batch << execution(n, random);
        if (batch.size() == 5000 || n == count - 1) {
            ArchiveError error;
            if (!archive.write(batch, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message));
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

// `flowscope search` against the archive, as a person runs it: the median wall time of five.
double searchSeconds(const QString &db, const QString &contact, qint64 *found)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TWILIO_ACCOUNT_SID"_s, kAccount);
    env.insert(u"TWILIO_AUTH_TOKEN"_s, u"not-used-offline"_s);
    env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, QString::fromLatin1(kKey));
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(FLOWSCOPE_BIN),
            { u"search"_s, u"--contact"_s, contact, u"--archive"_s, u"--db"_s, db });
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            std::fprintf(stderr, "search failed: %s\n", process.readAllStandardError().constData());
            return -1;
        }
        times << double(clock.nsecsElapsed()) / 1e9;
        *found = process.readAllStandardOutput().count('\n') - 1; // the header
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

// The window's first screen of a 30-day range the archive holds (Twilio keeps none of it): from
// asking to the first page of rows in the table, the archive open already. The median of five
// ranges, each ending a day further back.
double firstScreenSeconds(const ArchiveLocation &location)
{
    ArchiveService service;
    QEventLoop wait;
    QObject::connect(&service, &ArchiveService::opened, &wait, &QEventLoop::quit);
    service.open(location, kKey, kAccount, false);
    wait.exec();
    if (!service.isOpen())
        return -1;
    service.setKeptSince(QDateTime::fromMSecsSinceEpoch(kNowMs + 1, Qt::UTC)); // all is older
    StudioClient client;
    ExecutionsModel model(&client);
    model.setOlderExecutions(&service);
    QList<double> times;
    for (int k = 0; k < 5; ++k) {
        ExecutionQuery query;
        query.flowSid = u"FW"_s + hex32(0xabc, 0);
        query.to = QDateTime::fromMSecsSinceEpoch(kNowMs - qint64(k) * 86'400'000, Qt::UTC);
        query.from = query.to.addDays(-30);
        QEventLoop loaded;
        const auto connection
            = QObject::connect(&model, &ExecutionsModel::pageLoaded, &loaded, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        model.setQuery(query);
        loaded.exec();
        times << double(clock.nsecsElapsed()) / 1e9;
        QObject::disconnect(connection);
        if (model.rowCount() != ExecutionQuery::kDefaultPageSize)
            return -1;
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = bench::quick() ? 20'000 : 1'000'000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // Customer 12,345 wrote five times in the million (every 200,000th execution), once in the
    // quick run's 20,000.
    const QString contact = u"+14150012345"_s;

    QList<std::pair<QString, ArchiveLocation>> stores;
    ArchiveLocation file;
    file.path = dir.filePath(u"big.db"_s);
    stores.append({ u"sqlcipher"_s, file });
    if (!qEnvironmentVariableIsEmpty("PGHOST")) {
        ArchiveLocation pg;
        pg.kind = ArchiveLocation::Kind::Postgres;
        pg.host = qEnvironmentVariable("PGHOST");
        pg.port = qEnvironmentVariableIntValue("PGPORT");
        pg.user = qEnvironmentVariable("PGUSER");
        pg.database = qEnvironmentVariable("PGDATABASE", pg.user);
        stores.append({ u"postgresql"_s, pg });
    }
    for (const auto &[name, location] : stores) {
        QElapsedTimer clock;
        clock.start();
        {
            ArchiveError error;
            auto archive = Archive::open(location, kKey, kAccount, true, &error);
            if (!archive || !fill(*archive, count)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message));
                return 1;
            }
        }
        const QByteArray label = name.toLatin1();
        bench::report(QByteArray("archive_fill_rows_per_second_" + label).constData(),
            double(count) / (double(clock.nsecsElapsed()) / 1e9), "rows/s");
        if (location.isSqlite())
            bench::report("archive_file_bytes_per_execution",
                double(QFileInfo(location.path).size()) / double(count), "bytes");
        const double screen = firstScreenSeconds(location);
        if (screen < 0)
            return 1;
        bench::report(QByteArray("archive_window_first_screen_ms_" + label).constData(),
            screen * 1000, "ms", "a 30-day range from the archive, its first page in the table");
        qint64 found = 0;
        const QString db = location.isSqlite()
            ? u"sqlite:"_s + location.path
            : u"postgresql://%1@%2:%3/%4"_s.arg(location.user, location.host)
                  .arg(location.port)
                  .arg(location.database);
        const double seconds = searchSeconds(db, contact, &found);
        if (seconds < 0)
            return 1;
        bench::report(QByteArray("archive_search_contact_seconds_" + label).constData(), seconds,
            "s", qPrintable(u"%1 found among %2, the whole command"_s.arg(found).arg(count)));
    }
    return 0;
}
