#include "requestgate.h"

#include <QRandomGenerator>

#include <limits>

namespace flowscope {

RequestGate::RequestGate(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // Retry-After is a minimum, not a suggestion
    connect(&m_timer, &QTimer::timeout, this, &RequestGate::opened);
}

void RequestGate::closeFor(qint64 ms)
{
    if (ms <= remainingMs())
        return;
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    Q_EMIT closed(ms);
}

int RequestGate::nextJitterMs() const
{
    return m_jitterMs > 0 ? int(QRandomGenerator::global()->bounded(m_jitterMs + 1)) : 0;
}

} // namespace flowscope
