#include "ModbusRtu.h"

namespace so::alarms::modbus {

quint16 crc16(QByteArrayView bytes)
{
    quint16 crc = 0xFFFF;
    for (char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
    }
    return crc;
}

QByteArray withCrc(QByteArray frame)
{
    const quint16 crc = crc16(frame);
    frame.append(char(crc & 0xFF));
    frame.append(char(crc >> 8));
    return frame;
}

QByteArray readRequest(quint8 unit, Function fn, quint16 start, quint16 count)
{
    QByteArray f;
    f.append(char(unit));
    f.append(char(fn));
    f.append(char(start >> 8));
    f.append(char(start & 0xFF));
    f.append(char(count >> 8));
    f.append(char(count & 0xFF));
    return withCrc(f);
}

static int dataBytes(Function fn, quint16 count)
{
    return (fn == ReadCoils || fn == ReadDiscreteInputs) ? (count + 7) / 8 : count * 2;
}

int replyLength(Function fn, quint16 count)
{
    return 3 + dataBytes(fn, count) + 2;
}

int frameLengthSoFar(QByteArrayView rx, Function fn, quint16 count)
{
    if (rx.size() < 2)
        return 0;
    if (static_cast<quint8>(rx[1]) & 0x80)
        return rx.size() >= 5 ? 5 : 0;
    const int want = replyLength(fn, count);
    return rx.size() >= want ? want : 0;
}

bool fromUnit(QByteArrayView frame, quint8 unit)
{
    if (frame.size() < 5 || static_cast<quint8>(frame[0]) != unit)
        return false;
    const quint16 got = quint16(static_cast<quint8>(frame[frame.size() - 2])) |
                        quint16(static_cast<quint8>(frame[frame.size() - 1])) << 8;
    return crc16(frame.first(frame.size() - 2)) == got;
}

Result<QList<quint16>> parseReply(QByteArrayView frame, quint8 unit, Function fn, quint16 count)
{
    if (frame.size() < 5)
        return fail(QStringLiteral("reply truncated (%1 bytes)").arg(frame.size()));
    const quint16 got = quint16(static_cast<quint8>(frame[frame.size() - 2])) |
                        quint16(static_cast<quint8>(frame[frame.size() - 1])) << 8;
    if (crc16(frame.first(frame.size() - 2)) != got)
        return fail(QStringLiteral("bad CRC"));
    const quint8 u = static_cast<quint8>(frame[0]);
    const quint8 f = static_cast<quint8>(frame[1]);
    if (u != unit)
        return fail(QStringLiteral("reply from unit %1, asked unit %2").arg(u).arg(unit));
    if (f == (fn | 0x80))
        return fail(QStringLiteral("exception code %1 from unit %2")
                        .arg(static_cast<quint8>(frame[2]))
                        .arg(unit));
    if (f != fn)
        return fail(QStringLiteral("reply for function %1, asked function %2").arg(f).arg(int(fn)));
    const int n = static_cast<quint8>(frame[2]);
    if (n != dataBytes(fn, count) || frame.size() != 3 + n + 2)
        return fail(QStringLiteral("reply has %1 data bytes, expected %2")
                        .arg(n)
                        .arg(dataBytes(fn, count)));
    QList<quint16> values;
    values.reserve(count);
    if (fn == ReadCoils || fn == ReadDiscreteInputs) {
        for (int i = 0; i < count; ++i)
            values << ((static_cast<quint8>(frame[3 + i / 8]) >> (i % 8)) & 1);
    } else {
        for (int i = 0; i < count; ++i)
            values << (quint16(static_cast<quint8>(frame[3 + 2 * i])) << 8 |
                       static_cast<quint8>(frame[4 + 2 * i]));
    }
    return values;
}

} // namespace so::alarms::modbus
