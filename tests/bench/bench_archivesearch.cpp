// Finding a customer in a big archive: the sandbox's 1,000,000 executions (--quick: 20,000) with
// their contexts and steps, written straight into an encrypted file (and into PostgreSQL when
// PGHOST names a server: run under pg_virtualenv) as a sync writes them, then `flowscope search
// --contact … --archive` and `--text … --archive` timed as a person runs them — the whole
// process, wall clock — for a customer, for the message that started one execution, and for
// words thousands wrote; and the window's first screen of an archived range.

#include "api/studioclient.h"
#include "archive/archive.h"
#include "archive/archiveservice.h"
#include "benchutil.h"
#include "executions/executionsmodel.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

const QByteArray kKey = "6d2b7f0e1a9c48356d2b7f0e1a9c48356d2b7f0e1a9c48356d2b7f0e1a9c4835";
constexpr qint64 kNowMs = 1795824000000; // 2026-11-28T00:00:00Z
QString g_account; // the sandbox's

// Execution i of flow f as a sync archives it: the object, the context and the steps (newest
// first) as the API serves them.
ArchivedExecution execution(const sandbox::SandboxServer &server, int f, qint64 i)
{
    const sandbox::SandboxData &data = server.data();
    const sandbox::ExecutionRecord record = data.execution(f, i);
    ArchivedExecution e;
    e.sid = QString::fromLatin1(record.sid);
    e.flowSid = QString::fromLatin1(data.flow(f).sid);
    e.status = record.active ? u"active"_s : u"ended"_s;
    e.contactAddress = record.contactAddress;
    e.createdMs = record.dateCreated * 1000;
    e.updatedMs = record.dateUpdated * 1000;
    const QByteArray origin = "https://studio.twilio.com";
    server.writeExecution(e.raw, f, i, origin);
    e.context = QJsonDocument(data.context(f, i)).toJson(QJsonDocument::Compact);
    const QList<sandbox::StepRecord> steps = data.steps(f, i);
    e.steps = "[";
    for (qsizetype k = steps.size() - 1; k >= 0; --k) {
        if (k != steps.size() - 1)
            e.steps += ',';
        server.writeStep(e.steps, f, i, steps.at(k), origin);
    }
    e.steps += ']';
    return e;
}

// Writes every execution a page at a time, as a sync does; *json: the JSON bytes they hold.
bool fill(Archive &archive, const sandbox::SandboxServer &server, qint64 *json)
{
    *json = 0;
    const sandbox::SandboxData &data = server.data();
    for (int f = 0; f < data.flowCount(); ++f) {
        QList<ArchivedExecution> page;
        for (qint64 i = data.executionCount(f) - 1; i >= 0; --i) {
            page << execution(server, f, i);
            *json += page.last().raw.size() + page.last().context.size() + page.last().steps.size();
            if (page.size() == 1000 || i == 0) {
                ArchiveError error;
                if (!archive.write(page, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error.message));
                    return false;
                }
                page.clear();
            }
        }
    }
    return true;
}

// `flowscope search WHOM --archive` against the archive, as a person runs it: the median wall
// time of five.
double searchSeconds(const QString &db, const QStringList &whom, qint64 *found)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TWILIO_ACCOUNT_SID"_s, g_account);
    env.insert(u"TWILIO_AUTH_TOKEN"_s, u"not-used-offline"_s);
    env.insert(u"FLOWSCOPE_ARCHIVE_KEY"_s, QString::fromLatin1(kKey));
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(FLOWSCOPE_BIN),
            QStringList { u"search"_s } + whom + QStringList { u"--archive"_s, u"--db"_s, db });
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
double firstScreenSeconds(const ArchiveLocation &location, const QString &flowSid)
{
    ArchiveService service;
    QEventLoop wait;
    QObject::connect(&service, &ArchiveService::opened, &wait, &QEventLoop::quit);
    service.open(location, kKey, g_account, false);
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
        query.flowSid = flowSid;
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
    // The sandbox's account: six flows, its customers reaching several flows on several
    // channels; contexts and steps as the API serves them.
    sandbox::SandboxOptions options;
    options.data.executionsPerFlow = count / 6;

    options.data.now = kNowMs / 1000;
    const sandbox::SandboxServer server(options);
    g_account = QString::fromLatin1(server.accountSid());
    const QString flow0 = QString::fromLatin1(server.data().flow(0).sid);
    // Whom support looks for: a customer (the number, on any channel, with the fewest executions
    // — at least two — as most customers have), the message that started one execution in the
    // middle of flow 0 (its SID, in another case: one context holds it), and words thousands
    // wrote.
    QHash<QString, qint64> perNumber;
    for (int f = 0; f < server.data().flowCount(); ++f) {
        for (qint64 i = 0; i < server.data().executionCount(f); ++i) {
            const QString address = server.data().execution(f, i).contactAddress;
            if (address.contains(u'+'))
                ++perNumber[address.mid(address.indexOf(u'+'))];
        }
    }
    QString contact;
    for (auto it = perNumber.cbegin(); it != perNumber.cend(); ++it) {
        if (it.value() >= 2 && (contact.isEmpty() || it.value() < perNumber.value(contact)))
            contact = it.key();
    }
    const QString message = QString::fromLatin1(
        server.data().execution(0, server.data().executionCount(0) / 2).initiatedBy)
                                .toLower();
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
        qint64 json = 0;
        {
            ArchiveError error;
            auto archive = Archive::open(location, kKey, g_account, true, &error);
            if (!archive || !fill(*archive, server, &json)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message));
                return 1;
            }
        }
        const QByteArray label = name.toLatin1();
        bench::report(QByteArray("archive_fill_rows_per_second_" + label).constData(),
            double(count) / (double(clock.nsecsElapsed()) / 1e9), "rows/s");
        if (location.isSqlite()) {
            const double bytes = double(QFileInfo(location.path).size()) / double(count);
            bench::report("archive_file_bytes_per_execution", bytes, "bytes",
                qPrintable(u"%1 × the %2 bytes of JSON each holds, text index included"_s
                               .arg(bytes / (double(json) / double(count)), 0, 'f', 2)
                               .arg(double(json) / double(count), 0, 'f', 0)));
        }
        const double screen = firstScreenSeconds(location, flow0);
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
        const QList<std::pair<QByteArray, QStringList>> searches {
            { "contact", { u"--contact"_s, contact } },
            { "text", { u"--text"_s, message } },
            { "text_phrase", { u"--text"_s, u"ARRIVED DAMAGED"_s } },
        };
        for (const auto &[what, whom] : searches) {
            const double seconds = searchSeconds(db, whom, &found);
            if (seconds < 0)
                return 1;
            bench::report(QByteArray("archive_search_" + what + "_seconds_" + label).constData(),
                seconds, "s",
                qPrintable(u"%1 (%2) found among %3, the whole command"_s.arg(found)
                               .arg(whom.join(u' '))
                               .arg(count)));
        }
    }
    return 0;
}
