// Crawl time of `flowscope executions` for 100,000 executions from the sandbox with 10 ms of
// latency per request, against a plain sequential crawler (fetch, parse with QJsonDocument,
// write, follow next_page_url) measured in the same run — FlowScope must be faster — and
// against what the sandbox alone needs to serve those pages one after another (fetch and find
// the next link, nothing else): the whole command within 1.2x of that.

#include "benchutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {

// Fetch, parse, write, follow: what a straightforward tool does.
qint64 plainCrawl(const QUrl &first, const QByteArray &authorization, const QString &path)
{
    QNetworkAccessManager nam;
    QSaveFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(
        "sid,status,contact_channel_address,date_created,date_updated,contact_sid,flow_sid\r\n");
    qint64 rows = 0;
    QUrl next = first;
    while (next.isValid()) {
        const QJsonObject page
            = QJsonDocument::fromJson(bench::getBlocking(nam, next, authorization)).object();
        for (const QJsonValue &value : page.value(QStringLiteral("executions")).toArray()) {
            const QJsonObject e = value.toObject();
            QStringList fields;
            for (const char *key : { "sid", "status", "contact_channel_address", "date_created",
                     "date_updated", "contact_sid", "flow_sid" })
                fields << e.value(QLatin1String(key)).toString();
            out.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
            ++rows;
        }
        const QJsonValue link
            = page.value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_page_url"));
        next = link.isString() ? QUrl(link.toString()) : QUrl();
    }
    out.commit();
    return rows;
}

// Fetch each page and find its next link by a text search: the time the server needs.
int serveOnly(const QUrl &first, const QByteArray &authorization)
{
    QNetworkAccessManager nam;
    int pages = 0;
    QUrl next = first;
    const QByteArray key = "\"next_page_url\":";
    while (next.isValid()) {
        const QByteArray body = bench::getBlocking(nam, next, authorization);
        pages += body.isEmpty() ? 0 : 1;
        const qsizetype at = body.lastIndexOf(key);
        const qsizetype start = at < 0 ? -1 : body.indexOf('"', at + key.size()) + 1;
        const qsizetype nullAt = at < 0 ? -1 : body.indexOf("null", at + key.size());
        if (start <= 0 || (nullAt >= 0 && nullAt < start))
            break; // the last page: its next link is null
        next = QUrl(QString::fromLatin1(body.mid(start, body.indexOf('"', start) - start)));
    }
    return pages;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString executions = bench::quick() ? QStringLiteral("5000") : QStringLiteral("100000");
    bench::SandboxProcess sandbox;
    if (!sandbox.start(executions, 10))
        return 1;
    const QString &url = sandbox.urlText;
    const QString &flow = sandbox.flowSid;
    const QProcessEnvironment &env = sandbox.env;
    const QByteArray authorization = "Basic "
        + QString(sandbox.account + QLatin1Char(':') + sandbox.token).toLatin1().toBase64();

    QTemporaryDir dir;
    double bestFlowScope = 1e9;
    double bestPlain = 1e9;
    double bestServe = 1e9;
    int servedPages = 0;
    qint64 plainRows = 0;
    const int rounds = bench::quick() ? 1 : 3;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        QProcess crawl;
        crawl.setProcessEnvironment(env);
        // One chain, as the plain crawler: the gain measured here is the prefetch and the
        // off-thread formatting alone (bench_parallelcrawl measures the time slices).
        crawl.start(QStringLiteral(FLOWSCOPE_BIN),
            { QStringLiteral("executions"), QStringLiteral("--flow"), flow,
                QStringLiteral("--parallel"), QStringLiteral("1"), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("flowscope.csv")) });
        crawl.waitForFinished(600000);
        if (crawl.exitCode() != 0)
            return 2;
        bestFlowScope = std::min(bestFlowScope, double(clock.nsecsElapsed()) / 1e9);

        clock.restart();
        plainRows = plainCrawl(QUrl(url + QStringLiteral("/v1/Flows/") + flow
                                   + QStringLiteral("/Executions?PageSize=1000")),
            authorization, dir.filePath(QStringLiteral("plain.csv")));
        bestPlain = std::min(bestPlain, double(clock.nsecsElapsed()) / 1e9);

        clock.restart();
        servedPages = serveOnly(QUrl(url + QStringLiteral("/v1/Flows/") + flow
                                    + QStringLiteral("/Executions?PageSize=1000")),
            authorization);
        bestServe = std::min(bestServe, double(clock.nsecsElapsed()) / 1e9);
    }
    QFile a(dir.filePath(QStringLiteral("flowscope.csv")));
    QFile b(dir.filePath(QStringLiteral("plain.csv")));
    a.open(QIODevice::ReadOnly);
    b.open(QIODevice::ReadOnly);
    const bool same = a.readAll() == b.readAll(); // the same bytes: nothing lost, nothing added

    bench::report("crawl_flowscope_seconds", bestFlowScope, "s",
        "flowscope executions --parallel 1, latency 10 ms, best of runs");
    bench::report("crawl_plain_seconds", bestPlain, "s", "sequential fetch/parse/write, same run");
    bench::report("crawl_speedup", bestPlain / bestFlowScope, "x");
    bench::report("crawl_serve_only_seconds", bestServe, "s",
        "the same pages fetched one after another, next link found by a text search");
    bench::report("crawl_over_serving", bestFlowScope / bestServe, "x",
        "the whole command over the serving alone; target <= 1.2");
    bench::report("crawl_rows", double(plainRows), "rows");
    const bool served = servedPages == executions.toInt() / 1000; // every page, fetched alone
    const bool close = bench::quick() || bestFlowScope <= 1.2 * bestServe;
    return same && served && plainRows == executions.toLongLong() ? (close ? 0 : 4) : 3;
}
