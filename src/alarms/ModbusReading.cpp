#include "ModbusReading.h"

namespace so::alarms {

namespace {

qint64 rawValue(const ModbusPoint &p, const QList<quint16> &values, int at)
{
    const quint16 first = values.value(at);
    switch (p.format) {
    case ModbusPoint::Format::UInt16:
        return first;
    case ModbusPoint::Format::Int16:
        return qint16(first);
    case ModbusPoint::Format::UInt32:
    case ModbusPoint::Format::Int32: {
        const quint16 second = values.value(at + 1);
        const quint32 v =
            p.lowWordFirst ? quint32(second) << 16 | first : quint32(first) << 16 | second;
        return p.format == ModbusPoint::Format::Int32 ? qint64(qint32(v)) : qint64(v);
    }
    }
    return first;
}

bool past(const ModbusThreshold &t, qint64 v, bool high)
{
    if (high)
        return t.inclusive ? v >= t.micro : v > t.micro;
    return t.inclusive ? v <= t.micro : v < t.micro;
}

} // namespace

ModbusReading readPoint(const ModbusPoint &p, const QList<quint16> &values, int start,
                        bool wasActive)
{
    const int at = p.address - start;
    ModbusReading r;
    if (p.bitTable() || p.bit >= 0) {
        const quint16 v = values.value(at);
        r.active = p.bitTable() ? v != 0 : (v >> p.bit) & 1;
        r.micro = r.active ? 1000000 : 0;
        r.text = r.active ? QStringLiteral("1") : QStringLiteral("0");
        return r;
    }
    // At most 2^32 x 1000 in millionths: well inside 64 bits.
    r.micro = rawValue(p, values, at) * p.scaleMicro;
    r.text = microText(r.micro);
    // Hysteresis: an active alarm stays active until the value is back past the band, so a
    // reading that wobbles around the threshold does not chatter.
    if (p.high)
        r.active = past(*p.high, wasActive ? r.micro + p.hysteresisMicro : r.micro, true);
    else if (p.low)
        r.active = past(*p.low, wasActive ? r.micro - p.hysteresisMicro : r.micro, false);
    return r;
}

} // namespace so::alarms
