#pragma once
// The longest stall of the GUI thread while something runs: a 5 ms precise
// timer ticks on the GUI thread, and the largest gap between two ticks is the
// longest time its event loop did not turn.

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>

namespace es::test {

class GuiStallMeter
{
public:
    GuiStallMeter()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(5);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            if (m_last > 0)
                m_maxGapUs = std::max(m_maxGapUs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }

    void start()
    {
        m_clock.start();
        m_last = m_maxGapUs = m_ticks = 0;
        m_tick.start();
    }
    void stop() { m_tick.stop(); }

    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 ticks() const { return m_ticks; }
    // In microseconds.
    qint64 maxGap() const { return m_maxGapUs; }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapUs = 0;
    qint64 m_ticks = 0;
};

} // namespace es::test
