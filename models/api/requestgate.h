#pragma once

// Shared by every request of one client: after a 429 (or a 503 that says how long to wait) no
// request starts until the server's wait is over, so everything backs off together. When the
// gate reopens, the requests that waited start spread over a short jitter, not in one millisecond.

#include <QObject>
#include <QTimer>

namespace flowscope {

class RequestGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGate)

public:
    explicit RequestGate(QObject *parent = nullptr);

    bool isOpen() const { return !m_timer.isActive(); }
    qint64 remainingMs() const { return isOpen() ? 0 : m_timer.remainingTime(); }
    // Extends, never shortens, a wait already under way.
    void closeFor(qint64 ms);

    // Up to this many milliseconds (uniformly at random) between the gate opening and a request
    // that waited for it starting.
    void setJitterMs(int ms) { m_jitterMs = std::max(0, ms); }
    int jitterMs() const { return m_jitterMs; }
    int nextJitterMs() const;

Q_SIGNALS:
    void closed(qint64 ms);
    void opened();

private:
    QTimer m_timer;
    int m_jitterMs = 200;
};

} // namespace flowscope
