#pragma once

// One window per user: the running window listens on a local socket in the user's runtime folder
// (XDG_RUNTIME_DIR, 0700; the socket itself owner-only), and a second `flowscope -- LINK` hands
// the link to it and exits instead of opening another window. The window answers only its own
// user (the peer's uid, from the kernel) and only a flowscope:// link; a socket left by a window
// that crashed is taken over.
//
// The exchange, one connection per link: "FLOWSCOPE-LINK 1\n<link>\n", answered "ok\n" when the
// window has taken it, or "refused <why>\n".

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace flowscope {

class LinkServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkServer)

public:
    explicit LinkServer(QObject *parent = nullptr);
    ~LinkServer() override;

    // The socket of this user's window: <runtime folder>/flowscope-window.
    static QString socketPath();

    // Starts listening; false with *why when another window of this user answers there already
    // (*running is then true), or the socket cannot be made.
    bool listen(QString *why, bool *running = nullptr);
    bool isListening() const;

    // The client's side: hands the link to this user's running window. False when none answers
    // (*why empty: open a window), or when it refused the link (*why says why).
    static bool handOver(const QString &link, QString *why, int timeoutMs = 2000);

Q_SIGNALS:
    // A link from another process of this user, checked as FlowScopeLink::parse reads it.
    void linkReceived(const QString &link);

private:
    void accept();
    void read(QLocalSocket *socket);

    QLocalServer *m_server;
};

} // namespace flowscope
