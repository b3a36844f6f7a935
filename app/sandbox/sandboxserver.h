#pragma once

// flowscope-sandbox: an independent implementation of Twilio Studio v1 and v2 — and of the core
// API's Messages and Calls and Monitor's alerts beside them — on Qt HttpServer, serving the
// generated account of SandboxData with Twilio's paging, errors, auth and (optional) faults.

#include "commandline/commandspec.h"
#include "sandboxdata.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace sandbox {

struct FaultOptions
{
    int latencyMs = 0; // added to every response
    int rateLimit = 0; // requests per second above which it answers 429; 0 = unlimited
    double failRate = 0; // probability of a 503
    double truncateRate = 0; // probability of closing the connection halfway through the body
    double htmlRate
        = 0; // probability of a 200 HTML sign-in page, as a captive portal or proxy sends
    double hangRate = 0; // probability of never answering: the client's timeout decides
    // Quirks a real server may have, which a client must survive without losing or repeating a
    // row: DateCreatedTo that includes its own second (Twilio's document only says "before"),
    // and every executions page also listing the flow's newest execution once more.
    bool inclusiveTo = false;
    bool repeatNewest = false;
    // Flows whose every request is answered 503, as a flow whose backend is down: the others are
    // served (so that one failing flow can be told from a failing account).
    QSet<QByteArray> failingFlows;
    // The steps of one execution in N (by its index in its flow) are always answered 500, as a
    // resource the backend cannot read: everything else about it is served.
    int failingStepsOneIn = 0;
    // Every flow revision asked for by number (/v2/Flows/{FW}/Revisions/{n}) is answered 500, as
    // a backend that cannot read old revisions: the flow itself and its list are served.
    bool failingRevisions = false;
    // One execution in N (by its index in its flow) has a null flow_version in v2, as executions
    // that do not say which revision they ran on.
    int nullFlowVersionOneIn = 0;
    // Monitor answers 403, as to an API key that may not read the Debugger: Studio and the core
    // API are served.
    bool monitorForbidden = false;
};

struct SandboxOptions
{
    SandboxConfig data;
    FaultOptions faults;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    bool verbose = false;
};

// flowscope-sandbox's command line, described once: its parser, --help and its man page.
flowscope::commandline::CommandSpec commandSpec();

// Parses flowscope-sandbox's command line (arguments[0] is the program). On a usage error returns
// false and sets *error; *helpText receives --help / --version output when asked for.
bool parseSandboxArguments(
    const QStringList &arguments, SandboxOptions *options, QString *error, QString *helpText);

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on the configured host and port (0 picks a free one).
    bool start(QString *error = nullptr);

    QUrl url() const { return m_url; }
    const QByteArray &accountSid() const { return m_data.accountSid(); }
    const QByteArray &authToken() const { return m_authToken; }
    const QByteArray &apiKeySid() const { return m_apiKeySid; }
    const QByteArray &apiSecret() const { return m_apiSecret; }
    // The line printed on start: FLOWSCOPE_SANDBOX url=… account=… token=… api_key=… api_secret=…
    QByteArray readyLine() const;

    const SandboxData &data() const { return m_data; }
    // An execution's and a step's JSON object as the API serves them, appended to out (a bench
    // fills an archive with them without a request).
    void writeExecution(QByteArray &out, int f, qint64 i, const QByteArray &origin,
        const QByteArray &version = "v1") const;
    void writeStep(QByteArray &out, int f, qint64 i, const StepRecord &step,
        const QByteArray &origin, const QByteArray &version = "v1") const;
    void setFaults(const FaultOptions &faults) { m_options.faults = faults; }
    qint64 requestCount() const { return m_requestCount; }
    // Requests answered or on their way to an answer (latency included), at most at once so far.
    int mostInFlight() const { return m_mostInFlight; }
    void resetMostInFlight() { m_mostInFlight = m_inFlight; }
    // POSTs to an execution: as they arrived (faults included), and as carried out (the
    // execution was updated; 429s and 503s are refused before that).
    int postsReceived(const QByteArray &executionSid) const
    {
        return m_postsReceived.value(executionSid);
    }
    int postsCarriedOut(const QByteArray &executionSid) const
    {
        return m_postsCarriedOut.value(executionSid);
    }

Q_SIGNALS:
    // After each response has been handed to the socket (or dropped by a fault).
    void requestHandled(const QByteArray &method, const QByteArray &pathAndQuery, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply;
    struct Query;
    struct Route;
    Reply route(const QHttpServerRequest &request, const QByteArray &origin);
    static std::optional<Reply> readListParameters(Query *query); // a refusal, or nothing
    // The core API's Messages and Calls, and Monitor's alerts (sandboxaround.cpp).
    Reply routeCoreApi(Route &route);
    Reply routeAlerts(Route &route);
    Reply listAlerts(const Query &query, const QByteArray &origin);
    void writeMessage(QByteArray &out, const MessageRecord &message) const;
    void writeCall(QByteArray &out, const CallRecord &call) const;
    void writeAlert(
        QByteArray &out, const AlertRecord &alert, const QByteArray &origin, bool detailed) const;
    Reply routeRevisions(const Route &route, int f);
    Reply routeExecution(const Route &route, int f);
    Reply routeStep(const Route &route, int f, qint64 i, const QByteArray &executionUrl);
    Reply listFlows(const Query &query, const QByteArray &origin, const QByteArray &version);
    Reply listRevisions(int f, const Query &query, const QByteArray &origin);
    void writeFlow(QByteArray &out, int f, const QByteArray &origin, const QByteArray &version,
        bool withDefinition) const;
    void writeRevision(
        QByteArray &out, int f, int revision, const QByteArray &origin, bool withDefinition) const;
    qint64 revisionDate(int f, int revision) const;
    QByteArray authorSid() const;
    Reply listExecutions(
        int f, const Query &query, const QByteArray &origin, const QByteArray &version);
    Reply listSteps(
        int f, qint64 i, const Query &query, const QByteArray &origin, const QByteArray &version);
    Reply updateExecution(int f, qint64 i, const QByteArray &body, const QByteArray &origin,
        const QByteArray &version);
    QByteArray originFor(const QHttpServerRequest &request) const;
    bool authorised(const QHttpServerRequest &request) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, Reply reply);

    SandboxOptions m_options;
    SandboxData m_data;
    QByteArray m_authToken;
    QByteArray m_apiKeySid;
    QByteArray m_apiSecret;
    QUrl m_url;
    QRandomGenerator m_faultRandom;
    qint64 m_requestCount = 0;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
    QHash<QByteArray, int> m_postsReceived;
    QHash<QByteArray, int> m_postsCarriedOut;
    qint64 m_rateWindow = -1;
    int m_rateCount = 0;
};

} // namespace sandbox
