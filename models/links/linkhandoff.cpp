#include "linkhandoff.h"

#include "links/flowscopelink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr char kHello[] = "FLOWSCOPE-LINK 1\n";
constexpr qsizetype kLongestMessage = sizeof(kHello) + FlowScopeLink::kLongest * 4 + 2;
constexpr int kIdleMs = 5000; // a connection that says nothing is closed

// Whether the process at the other end runs as this user, as the kernel says.
bool peerIsThisUser(qintptr descriptor)
{
#if defined(SO_PEERCRED)
    ucred credentials {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return false;
    return credentials.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(int(descriptor), &uid, &gid) == 0 && uid == ::geteuid();
#endif
}

} // namespace

LinkServer::LinkServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &LinkServer::accept);
}

LinkServer::~LinkServer() = default;

QString LinkServer::socketPath()
{
    // Qt makes the folder 0700 when XDG_RUNTIME_DIR is not set, and checks it is ours when it is.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(u"flowscope-window"_s);
}

bool LinkServer::listen(QString *why, bool *running)
{
    if (running)
        *running = false;
    const QString path = socketPath();
    if (path.isEmpty()) {
        *why = tr("there is no runtime folder of this user for the window's socket");
        return false;
    }
    // Asked first: Qt makes an owner-only socket beside the path and renames it into place,
    // which would take the path from a window that answers there.
    if (QFileInfo::exists(path)) {
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(1000)) {
            if (running)
                *running = true;
            *why = tr("another FlowScope window of this user is running");
            return false;
        }
        QLocalServer::removeServer(path); // nobody answers: a window that crashed left it
    }
    if (m_server->listen(path))
        return true;
    *why = m_server->errorString();
    return false;
}

bool LinkServer::isListening() const
{
    return m_server->isListening();
}

void LinkServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!peerIsThisUser(socket->socketDescriptor())) {
            socket->abort(); // another user's process: not a word
            socket->deleteLater();
            continue;
        }
        QTimer::singleShot(kIdleMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket);
    }
}

void LinkServer::read(QLocalSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray received = socket->property("received").toByteArray() + socket->readAll();
    const auto answer = [socket](const QByteArray &text) {
        socket->setProperty("answered", true);
        socket->write(text);
        socket->flush();
        socket->disconnectFromServer();
    };
    if (received.size() > kLongestMessage) {
        answer("refused too long\n");
        return;
    }
    socket->setProperty("received", received);
    if (received.count('\n') < 2)
        return; // more to come
    if (!received.startsWith(kHello)) {
        answer("refused not a FlowScope hand-over\n");
        return;
    }
    const QByteArray line = received.mid(qsizetype(sizeof(kHello)) - 1).split('\n').constFirst();
    const QString link = QString::fromUtf8(line);
    QString why;
    if (!FlowScopeLink::parse(link, &why)) {
        answer("refused " + why.toUtf8().replace('\n', ' ') + '\n');
        return;
    }
    answer("ok\n");
    Q_EMIT linkReceived(link);
}

bool LinkServer::handOver(const QString &link, QString *why, int timeoutMs)
{
    // Plain POSIX: this runs before any QCoreApplication exists (the second `flowscope -- LINK`
    // must not need a display, nor Qt's event machinery, to say it was handed over).
    why->clear();
    const QByteArray path = QFile::encodeName(socketPath());
    sockaddr_un address {};
    if (path.isEmpty() || size_t(path.size()) >= sizeof address.sun_path)
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const auto done = [fd](bool result) {
        ::close(fd);
        return result;
    };
    // A socket file with nobody behind it (a crashed window) refuses at once; another user's is
    // not ours to open.
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return done(false);
    const QByteArray message = QByteArray(kHello) + link.toUtf8() + '\n';
    for (qsizetype sent = 0; sent < message.size();) {
        const ssize_t n
            = ::send(fd, message.constData() + sent, size_t(message.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            *why = tr("the running window did not take the link");
            return done(false);
        }
        sent += n;
    }
    QByteArray reply;
    QElapsedTimer clock;
    clock.start();
    while (!reply.contains('\n')) {
        const qint64 left = timeoutMs - clock.elapsed();
        pollfd readable { fd, POLLIN, 0 };
        if (left <= 0 || ::poll(&readable, 1, int(left)) <= 0)
            break;
        char buffer[512];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        reply.append(buffer, n);
    }
    if (reply.startsWith("ok\n"))
        return done(true);
    *why = reply.startsWith("refused ")
        ? tr("the running window refused the link: %1")
              .arg(QString::fromUtf8(reply.mid(8).trimmed()))
        : tr("the running window did not answer within %1 s").arg(timeoutMs / 1000.0);
    return done(false);
}

} // namespace flowscope
