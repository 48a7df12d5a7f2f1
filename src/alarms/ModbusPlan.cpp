#include "ModbusPlan.h"

#include <QMap>
#include <algorithm>

namespace so::alarms {

modbus::Function functionFor(const QString &table)
{
    if (table == QLatin1String("coils"))
        return modbus::ReadCoils;
    if (table == QLatin1String("discrete_inputs"))
        return modbus::ReadDiscreteInputs;
    if (table == QLatin1String("holding_registers"))
        return modbus::ReadHoldingRegisters;
    return modbus::ReadInputRegisters;
}

QString ModbusRequest::asset() const
{
    static const QHash<QString, QString> prefix{
        {QStringLiteral("coils"), QStringLiteral("CO")},
        {QStringLiteral("discrete_inputs"), QStringLiteral("DI")},
        {QStringLiteral("holding_registers"), QStringLiteral("HR")},
        {QStringLiteral("input_registers"), QStringLiteral("IR")}};
    const QString first = prefix.value(table) + QString::number(start);
    return count == 1 ? first : first + QLatin1Char('-') + QString::number(start + count - 1);
}

QList<ModbusRequest> planRequests(const DeviceProfile &profile)
{
    QMap<QString, QList<int>> byTable; // ordered by table name, so the plan is stable
    for (int i = 0; i < profile.modbus.size(); ++i)
        byTable[profile.modbus[i].table] << i;
    QList<ModbusRequest> out;
    for (auto it = byTable.begin(); it != byTable.end(); ++it) {
        QList<int> idx = it.value();
        std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
            return profile.modbus[a].address < profile.modbus[b].address;
        });
        const bool bits = profile.modbus[idx.first()].bitTable();
        const int limit = bits ? profile.modbusRead.maxBits : profile.modbusRead.maxRegisters;
        int start = -1, end = -1;
        ModbusRequest r;
        auto flush = [&] {
            if (start < 0)
                return;
            r.table = it.key();
            r.fn = functionFor(it.key());
            r.start = quint16(start);
            r.count = quint16(end - start + 1);
            out << r;
            r = ModbusRequest{};
        };
        for (int i : std::as_const(idx)) {
            const ModbusPoint &p = profile.modbus[i];
            const int pEnd = p.address + p.width() - 1;
            const bool fits = start >= 0 && p.address - end - 1 <= profile.modbusRead.maxGap &&
                              qMax(end, pEnd) - start + 1 <= limit;
            if (!fits) {
                flush();
                start = p.address;
                end = pEnd;
            }
            end = qMax(end, pEnd);
            r.points << i;
        }
        flush();
    }
    return out;
}

Names unreadableText(const DeviceProfile &profile, const QString &asset)
{
    QStringList zh, en;
    for (const ModbusRequest &r : planRequests(profile)) {
        if (r.asset() != asset)
            continue;
        for (int i : r.points) {
            const PointDef *d = profile.point(profile.modbus[i].point);
            zh << (d ? d->text.zh : profile.modbus[i].point);
            en << (d ? d->text.en : profile.modbus[i].point);
        }
    }
    if (zh.isEmpty())
        return {QStringLiteral("测点读不到：") + asset,
                QStringLiteral("Points not readable: ") + asset};
    return {QStringLiteral("测点读不到：") + zh.join(QStringLiteral("、")),
            QStringLiteral("Points not readable: ") + en.join(QStringLiteral(", "))};
}

} // namespace so::alarms
