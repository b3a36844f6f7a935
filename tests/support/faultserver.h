#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 for fault tests: each request is answered by a handler
// that can also misbehave — close mid-body, never answer, trickle — and every request is recorded
// (method, target, headers), so a test can prove what a client did or did not send. It may be
// moved to a thread of its own (call listen() there) so that serving a huge page costs the
// client's thread nothing; the handler then runs on that thread.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

class FaultServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    struct Response
    {
        // CloseMidBody: half the body, then an orderly close (a truncated transfer).
        // ResetMidBody: half the body, then a TCP reset (RST), as a crashed proxy does.
        // StallMidBody: half the body, then silence with the connection open.
        enum class Action { Normal, CloseMidBody, ResetMidBody, StallMidBody, Hang, Trickle };
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Action action = Action::Normal;
        int trickleMs = 50; // Trickle: one byte per interval

        Response &setHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(std::pair(name, value));
            return *this;
        }
        static Response json(const QByteArray &body, int status = 200);
        static Response twilioError(int status, int code, const QByteArray &message);
    };

    using Handler = std::function<Response(const Request &request, int index)>;

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen();
    QUrl url() const; // http://127.0.0.1:PORT
    QByteArray origin() const { return url().toEncoded(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};
