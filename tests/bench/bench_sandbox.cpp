// How fast the sandbox serves executions: pages of 1000 without context, fetched one after the
// other over loopback, server on its own thread. Target: at least 20,000 executions/s.

#include "benchutil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pages = bench::quick() ? 5 : 200;
    sandbox::SandboxOptions options;
    options.data.flows = 1;
    options.data.executionsPerFlow = 1'000'000;
    sandbox::SandboxThread server(options);
    if (!server.startServer())
        return 1;
    const flowscope::ClientSettings settings = bench::settingsFor(server);

    QNetworkAccessManager nam;
    const auto get = [&](const QUrl &url) {
        return bench::getBlocking(nam, url, settings.credentials.authorizationHeader());
    };
    const QString flow
        = QJsonDocument::fromJson(get(QUrl(server.url().toString() + QStringLiteral("/v1/Flows"))))
              .object()
              .value(QStringLiteral("flows"))
              .toVariant()
              .toList()
              .value(0)
              .toMap()
              .value(QStringLiteral("sid"))
              .toString();

    QUrl next(server.url().toString() + QStringLiteral("/v1/Flows/") + flow
        + QStringLiteral("/Executions?PageSize=1000"));
    qint64 executions = 0;
    qint64 bytes = 0;
    QElapsedTimer clock;
    clock.start();
    for (int p = 0; p < pages && next.isValid(); ++p) {
        const QByteArray body = get(next);
        bytes += body.size();
        executions += body.count("\"sid\":\"FN");
        // The next link sits at the end of the page; a cheap scan is enough for a benchmark.
        const qsizetype at = body.lastIndexOf("\"next_page_url\":\"");
        next = at < 0 ? QUrl()
                      : QUrl::fromEncoded(body.mid(at + 17, body.indexOf('"', at + 17) - at - 17));
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    bench::report("sandbox_executions_per_s", double(executions) / seconds, "executions/s",
        "PageSize=1000, list without context");
    bench::report("sandbox_mb_per_s", double(bytes) / seconds / 1e6, "MB/s");
    return executions == qint64(pages) * 1000 ? 0 : 1;
}
