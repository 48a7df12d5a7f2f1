#pragma once
// Clock: the one source of "now", injectable so that tests can pin time.
#include <QDateTime>
#include <QElapsedTimer>

namespace so {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a monotonic scale; only differences mean anything.
    virtual qint64 monotonicMs() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

// A clock that moves only when told to: for tests and for reproducible screenshots.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_mono; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_mono += ms;
    }
    void set(const QDateTime &t) { m_now = t.toUTC(); }

private:
    QDateTime m_now;
    qint64 m_mono = 0;
};

} // namespace so
