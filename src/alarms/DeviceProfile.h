#pragma once
// DeviceProfile: one device type's protocol and point map, from devices/profiles/*.json.
#include "Result.h"
#include "StationConfig.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace so::alarms {

struct PointDef
{
    QString id;
    Names text;
    int priority = 3;       // 1 critical .. 4 low
    bool latching = false;  // stays active until a reset at the device
    QString area;           // station area, or empty
};

// "line" protocol: one ASCII line per event.
struct LineFormat
{
    QRegularExpression pattern;    // named groups: event, point, asset, time, label
    // Device word -> meaning (raise | clear | reset | heartbeat), and optionally the point it
    // always means, for devices whose word names the point ("FAULT" on a fire panel).
    QHash<QString, QString> events;
    QHash<QString, QString> eventPoints;
    QString checksum = QStringLiteral("optional"); // none | optional | required
};

// "modbus-rtu" protocol: what to poll and what each bit or register means.
struct ModbusPoint
{
    QString point;
    QString table;          // coils | discrete_inputs | holding_registers | input_registers
    int address = 0;
    // For registers: raised when value >= high (or <= low); cleared with hysteresis.
    std::optional<int> high;
    std::optional<int> low;
    int hysteresis = 0;
};

struct DeviceProfile
{
    QString type;
    Names name;
    QString protocol;       // line | modbus-rtu
    LineFormat line;
    QList<ModbusPoint> modbus;
    QList<PointDef> points;
    int commLossPriority = 2;

    const PointDef *point(const QString &id) const;
    static Result<DeviceProfile> load(const QString &path);
    static Result<DeviceProfile> fromJson(const QJsonObject &root, const QString &fileLabel);
};

// Every profile in a folder, by type. One bad file stops the load and is named.
Result<QHash<QString, DeviceProfile>> loadProfiles(const QString &dir);

// The point every device gets for a link that stops answering.
inline QString commLossPoint() { return QStringLiteral("COMM_LOSS"); }

} // namespace so::alarms
