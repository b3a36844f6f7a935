#include "faultserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

QByteArray FaultServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FaultServer::Response FaultServer::Response::json(const QByteArray &body, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json");
    return r;
}

FaultServer::Response FaultServer::Response::twilioError(
    int status, int code, const QByteArray &message)
{
    return json(R"({"code":)" + QByteArray::number(code) + R"(,"message":")" + message
            + R"(","more_info":"https://www.twilio.com/docs/errors/)" + QByteArray::number(code)
            + R"(","status":)" + QByteArray::number(status) + '}',
        status);
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_server(this) // a child, so that moveToThread() takes it along
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

FaultServer::~FaultServer() = default;

bool FaultServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FaultServer::readFrom(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype k = 1; k < lines.size(); ++k) {
            const QByteArray line = lines[k].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append(
                std::pair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
            if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break; // wait for the body
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const int index = int(m_requests.size());
        m_requests.append(request);
        Q_EMIT requestReceived(index);
        respond(socket, m_handler ? m_handler(request, index) : Response::json("{}"));
    }
    socket->setProperty("buffer", buffer);
}

void FaultServer::respond(QTcpSocket *socket, const Response &response)
{
    if (response.action == Response::Action::Hang)
        return; // accept, read, and never answer
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength |= name.compare("content-length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    switch (response.action) {
    case Response::Action::Normal: socket->write(head + response.body); break;
    case Response::Action::CloseMidBody:
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        break;
    case Response::Action::ResetMidBody: {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        // Linger 0: closing sends RST instead of FIN.
        const linger reset { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
        break;
    }
    case Response::Action::StallMidBody:
        socket->write(head + response.body.left(response.body.size() / 2));
        break;
    case Response::Action::Trickle: {
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        const QByteArray body = response.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
            if (*sent >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid(*sent, 1));
            ++*sent;
        });
        timer->start(response.trickleMs);
        break;
    }
    case Response::Action::Hang: break;
    }
}
