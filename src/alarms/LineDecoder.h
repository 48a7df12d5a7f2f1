#pragma once
// LineDecoder: bytes from a "line" device into events. Lines end at the profile's line ends (CR
// and LF unless it says otherwise), are shorter than 512 bytes (a longer run is kept as a decode
// error), may carry an NMEA-style *hh checksum, and are flushed after 2 s of silence.
// Every byte that arrives ends up in an event, a decode error or the heartbeat count: nothing is
// dropped. Events and errors are numbered per link with no gaps; heartbeats take no number.
#include "AlarmTypes.h"
#include "DeviceProfile.h"

#include <QList>
#include <array>

namespace so::alarms {

class LineDecoder
{
public:
    static constexpr int kMaxLine = 512;
    static constexpr qint64 kIdleFlushMs = 2000;

    struct Output
    {
        QList<DecodedEvent> events;
        QList<DecodeError> errors;
        int heartbeats = 0;
    };

    LineDecoder(const DeviceProfile &profile, QString linkId, QString device);

    void feed(const QByteArray &bytes, qint64 utcMs, qint64 monoMs, Output &out);
    // Call from a timer: an unterminated line that has waited kIdleFlushMs is decoded as is.
    void flushIfIdle(qint64 utcMs, qint64 monoMs, Output &out);
    // Decodes an unterminated line now (the port closed under it).
    void flush(qint64 utcMs, qint64 monoMs, Output &out);
    bool hasPartialLine() const { return !m_buf.isEmpty(); }
    qint64 lastSeq() const { return m_seq; }

    // XOR of the bytes, as NMEA 0183 computes it (a leading '$' is not counted).
    static quint8 checksum(QByteArrayView body);

private:
    void finishLine(QByteArray line, qint64 utcMs, qint64 monoMs, Output &out);
    Receipt receipt(const QByteArray &raw, qint64 utcMs, qint64 monoMs);

    const DeviceProfile &m_profile;
    QString m_linkId;
    QString m_device;
    QByteArray m_buf;
    qint64 m_lastByteMono = 0;
    qint64 m_seq = 0;
    std::array<bool, 256> m_ends; // by byte value: does it end a line
};

} // namespace so::alarms
