#pragma once
// ModbusPlan: the read requests that cover a Modbus profile's points. Points of one table are
// read together while the request stays within the protocol's limit (125 registers, 2,000 bits,
// or the profile's lower limit) and spans no more than the profile's maxGap unused addresses;
// a 32-bit value is never split between two requests.
#include "DeviceProfile.h"
#include "ModbusRtu.h"

namespace so::alarms {

struct ModbusRequest
{
    QString table;
    modbus::Function fn = modbus::ReadCoils;
    quint16 start = 0;
    quint16 count = 1;
    QList<int> points; // indices into DeviceProfile::modbus

    // Names the request as the asset of its "points not readable" alarm: "HR5", "DI0-15".
    QString asset() const;
};

QList<ModbusRequest> planRequests(const DeviceProfile &profile);
modbus::Function functionFor(const QString &table);

// The text of a "points not readable" alarm on a device of this profile: the point names of
// the request its asset names.
Names unreadableText(const DeviceProfile &profile, const QString &asset);

} // namespace so::alarms
