#pragma once
// DeviceProfile: one device type's protocol and point map, from devices/profiles/*.json.
#include "Result.h"
#include "StationConfig.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace so::alarms {

struct PointDef
{
    QString id;
    Names text;
    int priority = 3;      // 1 critical .. 4 low
    bool latching = false; // stays active until a reset at the device
    QString area;          // station area, or empty
};

// "line" protocol: one ASCII line per event.
struct LineFormat
{
    QRegularExpression pattern; // named groups: event, point, asset, time, label (and any other)
    // Device word -> meaning (raise | clear | reset | heartbeat), and optionally the point it
    // always means, for devices whose word names the point ("FAULT" on a fire panel).
    QHash<QString, QString> events;
    QHash<QString, QString> eventPoints;
    // Point from a column: the text a named group captured (trimmed) -> point id, for panels
    // whose raise and clear words are generic and another column says what it is about.
    QString pointGroup;
    QHash<QString, QString> pointMap;
    QByteArray ends = QByteArrayLiteral("\r\n");   // bytes that end a line
    QString checksum = QStringLiteral("optional"); // none | optional | required
};

// A register threshold in millionths of the scaled value, and whether the value equal to it is
// past it (inclusive: high 800 trips at 800; exclusive: only above 800).
struct ModbusThreshold
{
    qint64 micro = 0;
    bool inclusive = true;
};

// "modbus-rtu" protocol: what to poll and what each bit or register means. Addresses are 0-based,
// as they go on the wire (register 40001 in a vendor's 1-based list is address 0).
struct ModbusPoint
{
    enum class Format { UInt16, Int16, UInt32, Int32 };

    QString point;
    QString table; // coils | discrete_inputs | holding_registers | input_registers
    int address = 0;
    Format format = Format::UInt16;
    bool lowWordFirst = false;   // 32-bit: the register at `address` holds the low word
    int bit = -1;                // 0..15: the point is this bit of the register
    qint64 scaleMicro = 1000000; // value = raw x scale, kept in millionths so it is exact
    // For register values: raised past `high` (or `low`); cleared with hysteresis.
    std::optional<ModbusThreshold> high;
    std::optional<ModbusThreshold> low;
    qint64 hysteresisMicro = 0;

    bool bitTable() const
    {
        return table == QLatin1String("coils") || table == QLatin1String("discrete_inputs");
    }
    // Registers (or bits) one reading takes.
    int width() const { return format == Format::UInt32 || format == Format::Int32 ? 2 : 1; }
};

// How reads are planned: never more than the protocol allows in one request (125 registers,
// 2,000 bits; a device may allow fewer), and never across more than maxGap unused addresses.
struct ModbusReadLimits
{
    int maxRegisters = 125;
    int maxBits = 2000;
    int maxGap = 8;
};

struct DeviceProfile
{
    QString type;
    Names name;
    QString protocol; // line | modbus-rtu
    LineFormat line;
    QList<ModbusPoint> modbus;
    ModbusReadLimits modbusRead;
    QList<PointDef> points;
    int commLossPriority = 2;

    const PointDef *point(const QString &id) const;
    static Result<DeviceProfile> load(const QString &path);
    static Result<DeviceProfile> fromJson(const QJsonObject &root, const QString &fileLabel);
};

// Every profile in a folder, by type. One bad file stops the load and is named.
Result<QHash<QString, DeviceProfile>> loadProfiles(const QString &dir);

// Millionths as the shortest decimal text: 12500000 -> "12.5" (scaled Modbus values).
QString microText(qint64 micro);

// The point every device gets for a link that stops answering.
inline QString commLossPoint()
{
    return QStringLiteral("COMM_LOSS");
}
// The point a Modbus device gets for a read it keeps refusing (its asset names the read).
inline QString unreadablePoint()
{
    return QStringLiteral("POINTS_UNREADABLE");
}

} // namespace so::alarms
