// ModbusReading: register formats, word order, scale, bits, thresholds and hysteresis.
#include "ModbusReading.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace so;
using namespace so::alarms;

namespace {

// One register point from its JSON in a profile (' for ").
ModbusPoint point(const QByteArray &fields)
{
    QByteArray json = "{'schema':1,'type':'t','name':{'zh':'a','en':'a'},'protocol':'modbus-rtu',"
                      "'modbus':[{'point':'P','table':'holding_registers'," +
                      fields +
                      "}],"
                      "'points':[{'id':'P','text':{'zh':'a','en':'a'},'priority':2}]}";
    json.replace('\'', '"');
    auto p =
        DeviceProfile::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("t.json"));
    if (!p)
        qFatal("%s", qPrintable(p.error()));
    return p->modbus.constFirst();
}

} // namespace

class TestModbusReading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QList<quint16>>("registers"); // starting at address 10
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("active");
        QTest::newRow("uint16") << QByteArray("'address':10,'high':800") << QList<quint16>{65535}
                                << "65535" << true;
        QTest::newRow("int16 negative") << QByteArray("'address':10,'format':'int16','low':-10")
                                        << QList<quint16>{0xFFF6} << "-10" << true;
        QTest::newRow("int16 as uint16 would be high")
            << QByteArray("'address':10,'format':'int16','high':100") << QList<quint16>{0xFFF6}
            << "-10" << false;
        QTest::newRow("uint32 high word first")
            << QByteArray("'address':10,'format':'uint32','high':70000")
            << QList<quint16>{0x0001, 0x1170} << "70000" << true;
        QTest::newRow("uint32 low word first")
            << QByteArray("'address':10,'format':'uint32','wordOrder':'low-first','high':70000")
            << QList<quint16>{0x1170, 0x0001} << "70000" << true;
        QTest::newRow("int32 negative") << QByteArray("'address':11,'format':'int32','low':-100000")
                                        << QList<quint16>{0, 0xFFFE, 0x7960} << "-100000" << true;
        QTest::newRow("scale 0.1") << QByteArray("'address':10,'scale':0.1,'high':12.5")
                                   << QList<quint16>{125} << "12.5" << true;
        QTest::newRow("scale 0.1, exclusive, exactly at")
            << QByteArray("'address':10,'scale':0.1,'high':{'value':12.5,'inclusive':false}")
            << QList<quint16>{125} << "12.5" << false;
        QTest::newRow("scale 0.1, exclusive, past")
            << QByteArray("'address':10,'scale':0.1,'high':{'value':12.5,'inclusive':false}")
            << QList<quint16>{126} << "12.6" << true;
        QTest::newRow("high inclusive by default: 800 trips at 800")
            << QByteArray("'address':10,'high':800") << QList<quint16>{800} << "800" << true;
        QTest::newRow("high exclusive: 800 does not")
            << QByteArray("'address':10,'high':{'value':800,'inclusive':false}")
            << QList<quint16>{800} << "800" << false;
        QTest::newRow("low exclusive")
            << QByteArray("'address':10,'low':{'value':20,'inclusive':false}") << QList<quint16>{20}
            << "20" << false;
        QTest::newRow("low inclusive")
            << QByteArray("'address':10,'low':20") << QList<quint16>{20} << "20" << true;
        QTest::newRow("bit 3 set")
            << QByteArray("'address':10,'bit':3") << QList<quint16>{0x0008} << "1" << true;
        QTest::newRow("bit 3 clear")
            << QByteArray("'address':10,'bit':3") << QList<quint16>{0xFFF7} << "0" << false;
        QTest::newRow("bit 15") << QByteArray("'address':10,'bit':15") << QList<quint16>{0x8000}
                                << "1" << true;
    }
    void values()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QList<quint16>, registers);
        QFETCH(QString, text);
        QFETCH(bool, active);
        const ModbusReading r = readPoint(point(fields), registers, 10, false);
        QCOMPARE(r.text, text);
        QCOMPARE(r.active, active);
    }

    void hysteresisHoldsTheAlarmInTheBand()
    {
        const ModbusPoint p =
            point("'address':0,'scale':0.1,'high':{'value':50,'inclusive':false},'hysteresis':2.5");
        QVERIFY(!readPoint(p, {500}, 0, false).active);
        QVERIFY(readPoint(p, {501}, 0, false).active);
        QVERIFY(readPoint(p, {476}, 0, true).active);  // 47.6 + 2.5 > 50: still in the band
        QVERIFY(!readPoint(p, {475}, 0, true).active); // 47.5 + 2.5 = 50: out
        const ModbusPoint low = point("'address':0,'format':'int16','low':-5,'hysteresis':3");
        QVERIFY(readPoint(low, {quint16(-5)}, 0, false).active);
        QVERIFY(readPoint(low, {quint16(-2)}, 0, true).active);
        QVERIFY(!readPoint(low, {quint16(-1)}, 0, true).active);
    }
};

QTEST_GUILESS_MAIN(TestModbusReading)
#include "tst_modbusreading.moc"
