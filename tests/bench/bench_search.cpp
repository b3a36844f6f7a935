// Finding a customer across 6 flows × 100,000 executions (30 days) in the sandbox, 50 ms of
// latency per request: FlowScope's search against the loop a script would run — each flow
// crawled to the end, one after the other, filtering client-side — in the same run; the time to
// the first match (the customer's newest execution is in the last 24 hours); and the results
// against a brute-force filter of every execution. Targets: ≥ 6× faster, first match ≤ 1 s.

#include "benchutil.h"
#include "search/customersearch.h"
#include "support/sandboxtruth.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

namespace {

// What a script does with an SDK: every flow, every page, one after the other.
QSet<QString> scriptLoop(const QString &origin, const QByteArray &authorization,
    const QStringList &flows, const QString &number, const QString &from)
{
    QNetworkAccessManager nam;
    QSet<QString> found;
    for (const QString &flow : flows) {
        QUrl next(origin + QStringLiteral("/v1/Flows/") + flow
            + QStringLiteral("/Executions?PageSize=1000&DateCreatedFrom=") + from);
        while (next.isValid()) {
            const QJsonObject page
                = QJsonDocument::fromJson(bench::getBlocking(nam, next, authorization)).object();
            for (const QJsonValue &v : page.value(QStringLiteral("executions")).toArray()) {
                const QJsonObject e = v.toObject();
                if (sandboxtruth::numberOf(
                        e.value(QStringLiteral("contact_channel_address")).toString())
                    == number)
                    found.insert(e.value(QStringLiteral("sid")).toString());
            }
            const QJsonValue link = page.value(QStringLiteral("meta"))
                                        .toObject()
                                        .value(QStringLiteral("next_page_url"));
            next = link.isString() ? QUrl(link.toString()) : QUrl();
        }
    }
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 perFlow = bench::quick() ? 5000 : 100'000;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    sandbox::SandboxConfig config;
    config.seed = 1; // flowscope-sandbox's default
    config.flows = 6;
    config.executionsPerFlow = perFlow;
    config.contacts = 2000;
    config.now = now;
    bench::SandboxProcess sandbox;
    if (!sandbox.start(QString::number(perFlow), 50, false,
            { QStringLiteral("--flows"), QStringLiteral("6"), QStringLiteral("--contacts"),
                QStringLiteral("2000"), QStringLiteral("--now"), QString::number(now) }))
        return 1;
    // The truth, from the same data computed here; the customer: newest execution within a day,
    // in several flows.
    const sandbox::SandboxData data(config);
    QHash<QString, QSet<int>> flowsOf;
    QHash<QString, qint64> newest;
    for (int f = 0; f < data.flowCount(); ++f) {
        for (qint64 i = 0; i < data.executionCount(f); ++i) {
            const sandbox::ExecutionRecord e = data.execution(f, i);
            const QString n = sandboxtruth::numberOf(e.contactAddress);
            if (n.isEmpty())
                continue;
            flowsOf[n].insert(f);
            newest[n] = std::max(newest.value(n), e.dateCreated);
        }
    }
    QString number;
    for (auto it = flowsOf.cbegin(); it != flowsOf.cend() && number.isEmpty(); ++it) {
        if (it.value().size() >= 4 && newest.value(it.key()) > now - 86400)
            number = it.key();
    }
    QSet<QString> truth;
    QStringList flows;
    for (int f = 0; f < data.flowCount(); ++f) {
        flows << QString::fromLatin1(data.flow(f).sid);
        for (qint64 i = 0; i < data.executionCount(f); ++i) {
            const sandbox::ExecutionRecord e = data.execution(f, i);
            if (sandboxtruth::numberOf(e.contactAddress) == number)
                truth.insert(QString::fromLatin1(e.sid));
        }
    }

    flowscope::StudioClient client;
    client.setSettings(bench::settingsFor(sandbox));
    flowscope::SearchRequest request;
    request.flows = flows;
    request.from = QDateTime::fromSecsSinceEpoch(now - 31 * 86400, Qt::UTC);
    request.to = QDateTime::fromSecsSinceEpoch(now + 1, Qt::UTC);
    QString error;
    request.contact = flowscope::ContactMatcher::parse(number, QStringLiteral("US"), false, &error);
    flowscope::CustomerSearch search(&client, request);
    QSet<QString> found;
    double firstMatch = -1;
    QElapsedTimer clock;
    QObject::connect(&search, &flowscope::CustomerSearch::matchFound, &search,
        [&](const flowscope::SearchMatch &m) {
            if (firstMatch < 0)
                firstMatch = double(clock.nsecsElapsed()) / 1e9;
            found.insert(m.execution.sid);
        });
    QEventLoop loop;
    QObject::connect(&search, &flowscope::CustomerSearch::finished, &loop, &QEventLoop::quit);
    clock.start();
    search.start();
    loop.exec();
    const double searchSeconds = double(clock.nsecsElapsed()) / 1e9;

    clock.restart();
    const QSet<QString> scripted = scriptLoop(sandbox.urlText,
        "Basic " + QByteArray(sandbox.accountSid() + ':' + sandbox.authToken()).toBase64(), flows,
        number,
        QString::fromLatin1(
            QUrl::toPercentEncoding(QString::fromLatin1(sandbox::isoUtc(now - 31 * 86400)))));
    const double scriptSeconds = double(clock.nsecsElapsed()) / 1e9;

    bench::report(
        "search_seconds", searchSeconds, "s", "6 flows, 50 ms latency, 8 requests in flight");
    bench::report("search_script_loop_seconds", scriptSeconds, "s",
        "each flow to its end, one after the other");
    bench::report("search_speedup", scriptSeconds / searchSeconds, "x");
    bench::report(
        "search_first_match_seconds", firstMatch, "s", "the customer's newest is within a day");
    bench::report("search_scanned", double(search.scanned()), "executions");
    bench::report("search_found", double(found.size()), "executions");
    bench::report("search_equals_brute_force", found == truth && scripted == truth ? 1 : 0, "bool");
    bench::report("search_most_in_flight", double(search.mostInFlight()), "requests");
    return found == truth && !number.isEmpty() ? 0 : 2;
}
