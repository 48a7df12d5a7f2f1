// ModbusPlan: read requests within the protocol's limits and the profile's gap.
#include "ModbusPlan.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace so;
using namespace so::alarms;

namespace {

// A modbus profile with one point per "table:address[:format]" entry ('#' for the read limits).
Result<DeviceProfile> profileWith(const QStringList &entries, const QByteArray &read = {})
{
    QByteArray modbus, points;
    for (int i = 0; i < entries.size(); ++i) {
        const QStringList f = entries[i].split(QLatin1Char(':'));
        const QByteArray id = "P" + QByteArray::number(i);
        const bool bits =
            f[0] == QLatin1String("coils") || f[0] == QLatin1String("discrete_inputs");
        modbus += (i ? "," : "") + QByteArray("{'point':'") + id + "','table':'" + f[0].toLatin1() +
                  "','address':" + f[1].toLatin1() +
                  (f.size() > 2 ? ",'format':'" + f[2].toLatin1() + "'" : QByteArray()) +
                  (bits ? "" : ",'high':1") + "}";
        points += (i ? "," : "") + QByteArray("{'id':'") + id + "','text':{'zh':'点" +
                  QByteArray::number(i) + "','en':'Point " + QByteArray::number(i) +
                  "'},'priority':2}";
    }
    QByteArray json = "{'schema':1,'type':'t','name':{'zh':'a','en':'a'},'protocol':'modbus-rtu'," +
                      (read.isEmpty() ? QByteArray() : "'modbusRead':" + read + ",") +
                      "'modbus':[" + modbus + "],'points':[" + points + "]}";
    json.replace('\'', '"');
    return DeviceProfile::fromJson(QJsonDocument::fromJson(json).object(),
                                   QStringLiteral("t.json"));
}

QStringList assets(const QList<ModbusRequest> &plan)
{
    QStringList out;
    for (const ModbusRequest &r : plan)
        out << r.asset();
    return out;
}

} // namespace

class TestModbusPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plans_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QByteArray>("read");
        QTest::addColumn<QStringList>("expected");
        const QString hr = QStringLiteral("holding_registers:%1");
        QTest::newRow("far apart: two reads, not one of 196")
            << QStringList{hr.arg(5), hr.arg(200)} << QByteArray() << QStringList{"HR5", "HR200"};
        QStringList many;
        for (int a = 0; a < 130; ++a)
            many << hr.arg(a);
        QTest::newRow("130 registers: 125 + 5")
            << many << QByteArray() << QStringList{"HR0-124", "HR125-129"};
        QTest::newRow("within the default gap of 8")
            << QStringList{hr.arg(0), hr.arg(9)} << QByteArray() << QStringList{"HR0-9"};
        QTest::newRow("past the default gap")
            << QStringList{hr.arg(0), hr.arg(10)} << QByteArray() << QStringList{"HR0", "HR10"};
        QTest::newRow("gap 0: only adjacent")
            << QStringList{hr.arg(0), hr.arg(1), hr.arg(3)} << QByteArray("{'maxGap':0}")
            << QStringList{"HR0-1", "HR3"};
        QTest::newRow("a device's lower limit")
            << QStringList{hr.arg(0), hr.arg(1), hr.arg(2), hr.arg(3)}
            << QByteArray("{'maxRegisters':3}") << QStringList{"HR0-2", "HR3"};
        QStringList fill = many.mid(0, 123);
        QTest::newRow("a 32-bit value that fits") << (fill + QStringList{hr.arg(123) + ":uint32"})
                                                  << QByteArray() << QStringList{"HR0-124"};
        QTest::newRow("a 32-bit value is never split")
            << (many.mid(0, 124) + QStringList{hr.arg(124) + ":int32"}) << QByteArray()
            << QStringList{"HR0-123", "HR124-125"};
        QTest::newRow("two points on one register")
            << QStringList{hr.arg(7), hr.arg(7)} << QByteArray() << QStringList{"HR7"};
        QStringList bits;
        for (int a = 0; a <= 2000; a += 5)
            bits << QStringLiteral("discrete_inputs:%1").arg(a);
        QTest::newRow("2,001 bits: 2,000 + 1")
            << bits << QByteArray() << QStringList{"DI0-1995", "DI2000"};
        QTest::newRow("tables apart")
            << QStringList{"coils:0", "discrete_inputs:0", "input_registers:0", hr.arg(0)}
            << QByteArray() << QStringList{"CO0", "DI0", "HR0", "IR0"};
    }
    void plans()
    {
        QFETCH(QStringList, entries);
        QFETCH(QByteArray, read);
        QFETCH(QStringList, expected);
        auto p = profileWith(entries, read.replace('\'', '"'));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        const QList<ModbusRequest> plan = planRequests(*p);
        QCOMPARE(assets(plan), expected);
        // Every point is read by exactly one request that covers all of it, within the limits.
        QList<int> seen;
        for (const ModbusRequest &r : plan) {
            QVERIFY(r.count <= (r.fn <= modbus::ReadDiscreteInputs ? p->modbusRead.maxBits
                                                                   : p->modbusRead.maxRegisters));
            for (int i : r.points) {
                const ModbusPoint &m = p->modbus[i];
                QVERIFY(m.address >= r.start && m.address + m.width() <= r.start + r.count);
                seen << i;
            }
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen.size(), p->modbus.size());
        QCOMPARE(seen.last(), int(p->modbus.size()) - 1);
    }

    void shippedPumpProfile()
    {
        auto p = DeviceProfile::load(test::sourceDir() +
                                     QStringLiteral("/devices/profiles/pump-controller.json"));
        QVERIFY(p.ok());
        QCOMPARE(assets(planRequests(*p)), (QStringList{"CO0", "DI0-2", "HR0", "IR1"}));
        // The "points not readable" alarm names the points in both languages.
        const Names t = unreadableText(*p, QStringLiteral("DI0-2"));
        QCOMPARE(t.en,
                 QStringLiteral(
                     "Points not readable: Pump 1 fault, Pump 2 fault, Sump float switch high"));
        QCOMPARE(t.zh, QStringLiteral(
                           "测点读不到：1号排水泵故障、2号排水泵故障、集水坑超高水位浮球动作"));
    }
};

QTEST_GUILESS_MAIN(TestModbusPlan)
#include "tst_modbusplan.moc"
