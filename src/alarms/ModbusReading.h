#pragma once
// ModbusReading: what one mapped point reads, from the values of the request that covers it,
// and whether that means its alarm is active.
#include "DeviceProfile.h"

#include <QList>

namespace so::alarms {

struct ModbusReading
{
    qint64 micro = 0; // the scaled value in millionths; a bit reads 0 or 1000000
    bool active = false;
    QString text; // the value as the alarm's label shows it: "185", "-3.5", "1"
};

// `values` are the request's bits or registers, starting at address `start`. `wasActive` is the
// alarm's state before: an active alarm clears only past the hysteresis band.
ModbusReading readPoint(const ModbusPoint &p, const QList<quint16> &values, int start,
                        bool wasActive);

} // namespace so::alarms
