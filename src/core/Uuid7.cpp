#include "Uuid7.h"
#include "Clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace so {

QString Uuid7::next()
{
    QMutexLocker lock(&m_mutex);
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same (or earlier, if the wall clock stepped back) millisecond: keep order by counting.
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) {
            ++ms;
            m_counter = quint16(QRandomGenerator::system()->bounded(0x0400));
        }
    } else {
        // Leave headroom above a random start so a burst within one ms still fits.
        m_counter = quint16(QRandomGenerator::system()->bounded(0x0400));
    }
    m_lastMs = ms;
    return fromParts(ms, m_counter, QRandomGenerator::system()->generate64());
}

QString Uuid7::fromParts(qint64 unixMs, quint16 randA, quint64 randB)
{
    const quint64 hi = (quint64(unixMs) & 0xFFFFFFFFFFFFull) << 16 | 0x7000u | (randA & 0x0FFFu);
    const quint64 lo = (randB & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    const QString h = QStringLiteral("%1").arg(hi, 16, 16, QLatin1Char('0'));
    const QString l = QStringLiteral("%1").arg(lo, 16, 16, QLatin1Char('0'));
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) +
           QLatin1Char('-') + l.left(4) + QLatin1Char('-') + l.mid(4);
}

bool Uuid7::isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

qint64 Uuid7::timestampMs(const QString &text)
{
    QString hex = text.left(8) + text.mid(9, 4);
    return hex.toLongLong(nullptr, 16);
}

} // namespace so
