#pragma once
// Uuid7: time-ordered UUIDs (RFC 9562 version 7) as text, so ids from many tablets merge cleanly.
#include <QMutex>
#include <QString>

namespace so {

class Clock;

class Uuid7
{
public:
    explicit Uuid7(const Clock &clock) : m_clock(clock) {}
    // Strictly increasing within this generator, even within one millisecond.
    QString next();
    static QString fromParts(qint64 unixMs, quint16 randA, quint64 randB);
    static bool isValid(const QString &text);
    static qint64 timestampMs(const QString &text);

private:
    const Clock &m_clock;
    QMutex m_mutex;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

} // namespace so
