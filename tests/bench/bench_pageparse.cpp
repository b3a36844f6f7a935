// Page parse throughput: simdjson into compact rows (what FlowScope does) against QJsonDocument
// (the obvious way). Target: at least 500 MB/s of page JSON.

#include "benchutil.h"
#include "executions/executionstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sandbox::SandboxOptions options;
    options.data.flows = 1;
    sandbox::SandboxThread server(options);
    if (!server.startServer())
        return 1;
    const flowscope::ClientSettings settings = bench::settingsFor(server);
    QNetworkAccessManager nam;
    const auto get = [&](const QString &url) {
        return bench::getBlocking(nam, QUrl(url), settings.credentials.authorizationHeader());
    };
    const QString flow
        = QJsonDocument::fromJson(get(server.url().toString() + QStringLiteral("/v1/Flows")))
              .object()
              .value(QStringLiteral("flows"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("sid"))
              .toString();
    const QByteArray page = get(server.url().toString() + QStringLiteral("/v1/Flows/") + flow
        + QStringLiteral("/Executions?PageSize=1000"));

    const int rounds = bench::quick() ? 20 : 2000;
    QElapsedTimer clock;
    clock.start();
    size_t rows = 0;
    for (int k = 0; k < rounds; ++k)
        rows += flowscope::parseExecutionsPage(page, flow).rows.size();
    const double simd = double(page.size()) * rounds / (double(clock.nsecsElapsed()) / 1e9) / 1e6;

    const int qtRounds = std::max(5, rounds / 10);
    clock.restart();
    qsizetype qtRows = 0;
    for (int k = 0; k < qtRounds; ++k) {
        const QJsonArray items
            = QJsonDocument::fromJson(page).object().value(QStringLiteral("executions")).toArray();
        for (const QJsonValue &item : items)
            qtRows += item.toObject().value(QStringLiteral("sid")).toString().size() > 0;
    }
    const double qt = double(page.size()) * qtRounds / (double(clock.nsecsElapsed()) / 1e9) / 1e6;

    bench::report("page_parse_mb_per_s", simd, "MB/s", "simdjson into 64-byte rows");
    bench::report("page_parse_qjsondocument_mb_per_s", qt, "MB/s", "QJsonDocument, for comparison");
    bench::report("page_bytes", double(page.size()), "bytes", "one page of 1000 executions");
    return rows == size_t(rounds) * 1000 && qtRows == qsizetype(qtRounds) * 1000 ? 0 : 1;
}
