#pragma once
// The values that flow through the alarm pipeline: decoded frames, decode errors, alarm states.
#include <QByteArray>
#include <QString>

namespace so::alarms {

// What a device said about one point.
enum class EventKind { Raise, Clear, Reset, Heartbeat };

// One frame as received, before or after decoding. Times: receipt on this machine.
struct Receipt
{
    QString linkId;
    qint64 linkSeq = 0; // per link, gap-free while the program runs
    qint64 utcMs = 0;
    qint64 monoMs = 0;
    QByteArray raw;
};

struct DecodedEvent
{
    Receipt receipt;
    QString device; // device id from devices.json
    QString point;  // point id from the profile
    QString asset;  // door "D07", zone "1.1.Z1"; may be empty
    EventKind kind = EventKind::Raise;
    QString deviceTime; // as the device printed it; may lack year or seconds
    QString label;      // free text from the device, if any
};

struct DecodeError
{
    Receipt receipt;
    QString reason;
};

// ISA-18.2 / OPC UA Part 9 states, derived from the flags an alarm carries.
enum class AlarmStateKind {
    Normal,
    Unacknowledged,
    Acknowledged,
    ReturnedUnacknowledged,
    Shelved,
    Suppressed,
    OutOfService,
};

QString stateName(AlarmStateKind s);
QString kindName(EventKind k);

} // namespace so::alarms
