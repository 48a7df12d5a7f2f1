#include "AlarmSystem.h"
#include "DevicesConfig.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace so;
using namespace so::alarms;

class TestDevicesConfig : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QHash<QString, DeviceProfile> m_profiles;

    Result<DevicesConfig> loadText(QByteArray json, const QString &name)
    {
        json.replace('\'', '"'); // the rows are written with ' to keep them readable
        const QString dir = m_dir.filePath(name);
        test::writeFile(dir, QStringLiteral("devices.json"), json);
        return DevicesConfig::load(dir, m_profiles);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto p = loadProfiles(test::sourceDir() + QStringLiteral("/devices/profiles"));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        m_profiles = p.take();
        QCOMPARE(m_profiles.size(), 5);
    }

    void demoLoads()
    {
        auto d = DevicesConfig::load(test::demoConfigDir(), m_profiles);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->links().size(), 4);
        QCOMPARE(d->device(QStringLiteral("PUMP-1"))->config.unit, 1);
        QCOMPARE(d->profileOf(QStringLiteral("FACP"))->protocol, QStringLiteral("line"));
        QCOMPARE(d->devicesOn(QStringLiteral("esc")).size(), 1);
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray dev = "'devices': [{'id': 'D1', 'name': {'zh': 'a', 'en': 'a'}}]";
        QTest::newRow("unknown profile")
            << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'"
                          "toaster','port':'/dev/ttyS0'," +
                          dev + "}]}")
            << "links[0].profile: no device profile \"toaster\"";
        QTest::newRow("odd baud")
            << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'"
                          "psd-controller','port':'/dev/ttyS0','baud':1234," +
                          dev + "}]}")
            << "links[0].baud: expected one of 1200";
        QTest::newRow("parity")
            << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'"
                          "psd-controller','port':'/dev/ttyS0','parity':'mark'," +
                          dev + "}]}")
            << "links[0].parity: expected one of none, even, odd, got \"mark\"";
        QTest::newRow("modbus unit")
            << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'"
                          "pump-controller','port':'/dev/"
                          "ttyS0','devices':[{'id':'P','name':{'zh':'a','en':'a'},'unit':0}]}]}")
            << "links[0].devices[0].unit: expected a whole number 1..247, got 0";
        QTest::newRow("same port twice")
            << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'"
                          "psd-controller','port':'/dev/ttyS0'," +
                          dev +
                          "},{'id':'b','name':{'zh':'a','en':'a'},'profile':'fire-panel','port':'/"
                          "dev/ttyS0','devices':[{'id':'D2','name':{'zh':'a','en':'a'}}]}]}")
            << "links[1].port: \"/dev/ttyS0\" is already used by another link";
        QTest::newRow("broken json")
            << QByteArray("{\"schema\":1,\n\"links\": [\n}") << "devices.json:3:";
    }
    void badFieldsAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto d = loadText(json, QString::fromLatin1(QTest::currentDataTag())
                                    .replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(expected), qPrintable(d.error()));
        QVERIFY(d.error().contains(QStringLiteral("devices.json")));
    }

    void badProfileIsNamed()
    {
        QByteArray json("{'schema':1,'type':'x','name':{'zh':'a','en':'a'},"
                        "'protocol':'line','line':{'pattern':'(unclosed','events':{'A':'raise'}},"
                        "'points':[{'id':'P','text':{'zh':'a','en':'a'},'priority':5}]}");
        json.replace('\'', '"');
        auto p = DeviceProfile::fromJson(QJsonDocument::fromJson(json).object(),
                                         QStringLiteral("x.json"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(
                     QStringLiteral("x.json: line.pattern: not a valid regular expression")),
                 qPrintable(p.error()));
        QVERIFY2(p.error().contains(QStringLiteral(
                     "x.json: points[0].priority: expected a whole number 1..4, got 5")),
                 qPrintable(p.error()));
    }

    // A point's area in a profile the station uses must be one of the station's areas.
    void profileAreasAreTheStations()
    {
        QFile sf(test::demoConfigDir() + QStringLiteral("/station.json"));
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QString cfg =
            test::configWithStation(m_dir.filePath(QStringLiteral("areas")), sf.readAll());
        QByteArray profile(
            "{'schema':1,'type':'attic-sensor','name':{'zh':'a','en':'a'},'protocol':'line',"
            "'line':{'pattern':'^(?<event>A|C) "
            "(?<point>\\\\w+)$','events':{'A':'raise','C':'clear'}},"
            "'points':[{'id':'DAMP','text':{'zh':'潮','en':'Damp'},'priority':3,'area':'attic'}]}");
        QByteArray devices("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'"
                           "attic-sensor','port':'/dev/ttyS0',"
                           "'devices':[{'id':'D1','name':{'zh':'a','en':'a'}}]}]}");
        test::writeFile(cfg, QStringLiteral("profiles/attic.json"), profile.replace('\'', '"'));
        test::writeFile(cfg, QStringLiteral("devices.json"), devices.replace('\'', '"'));
        QFile station(cfg + QStringLiteral("/station.json"));
        QVERIFY(station.open(QIODevice::ReadOnly));
        auto config = StationConfig::fromJson(QJsonDocument::fromJson(station.readAll()).object(),
                                              QStringLiteral("station.json"));
        QVERIFY(config.ok());
        auto d = AlarmSystem::loadDevices(cfg, *config);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(QStringLiteral("profile attic-sensor: point DAMP: area "
                                                   "\"attic\" is not one of the station's areas")),
                 qPrintable(d.error()));
    }

    // What a profile cannot mean is refused with the field named (issue 14.4 and 14.7).
    void profileLanguageIsChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray pts = "'points':[{'id':'A','text':{'zh':'a','en':'a'},'priority':2},{'id':"
                               "'B','text':{'zh':'b','en':'b'},'priority':2}]";
        auto modbus = [&](const QByteArray &map, const QByteArray &extra = {}) {
            return "{'schema':1,'type':'m','name':{'zh':'a','en':'a'},'protocol':'modbus-rtu'," +
                   extra + "'modbus':[" + map + "]," + pts + "}";
        };
        auto line = [&](const QByteArray &body) {
            return "{'schema':1,'type':'l','name':{'zh':'a','en':'a'},'protocol':'line','line':{" +
                   body + "}," + pts + "}";
        };
        QTest::newRow("32-bit past the last address")
            << modbus("{'point':'A','table':'holding_registers','address':65535,'format':'uint32','"
                      "high':1}")
            << "modbus[0]: A cannot be read: a 32-bit value at address 65535 needs address 65536";
        QTest::newRow("32-bit and a one-register limit")
            << modbus(
                   "{'point':'A','table':'input_registers','address':0,'format':'int32','high':1}",
                   "'modbusRead':{'maxRegisters':1},")
            << "modbus[0]: A cannot be read: it takes 2 registers and modbusRead.maxRegisters is 1";
        QTest::newRow("limit past the protocol's")
            << modbus("{'point':'A','table':'holding_registers','address':0,'high':1}",
                      "'modbusRead':{'maxRegisters':126},")
            << "modbusRead.maxRegisters: expected a whole number 1..125, got 126";
        QTest::newRow("high and low")
            << modbus("{'point':'A','table':'holding_registers','address':0,'high':9,'low':1}")
            << "modbus[0]: give \"high\" or \"low\", not both";
        QTest::newRow("neither")
            << modbus("{'point':'A','table':'holding_registers','address':0}")
            << "modbus[0]: a register point needs \"high\", \"low\" or \"bit\"";
        QTest::newRow("bit with a threshold")
            << modbus("{'point':'A','table':'holding_registers','address':0,'bit':3,'high':1}")
            << "modbus[0].high: a bit is set or not: \"bit\" takes no high";
        QTest::newRow("bit 16")
            << modbus("{'point':'A','table':'holding_registers','address':0,'bit':16}")
            << "modbus[0].bit: expected a whole number 0..15, got 16";
        QTest::newRow("threshold on a coil")
            << modbus("{'point':'A','table':'coils','address':0,'high':1}")
            << "modbus[0].high: not a profile field here";
        QTest::newRow("word order of one register")
            << modbus("{'point':'A','table':'holding_registers','address':0,'wordOrder':'low-first'"
                      ",'high':1}")
            << "modbus[0].wordOrder: only for uint32 and int32";
        QTest::newRow("unreachable")
            << modbus(
                   "{'point':'A','table':'holding_registers','address':0,'scale':0.01,'high':800}")
            << "modbus[0].high: can never be reached: a uint16 scaled by 0.01 reads at most 655.35";
        QTest::newRow("seven decimals")
            << modbus("{'point':'A','table':'holding_registers','address':0,'high':1.0000001}")
            << "modbus[0].high: at most six decimals";
        QTest::newRow("inclusive typo") << modbus("{'point':'A','table':'holding_registers','"
                                                  "address':0,'high':{'value':5,'inclusve':false}}")
                                        << "modbus[0].high.inclusve: not a profile field here";
        QTest::newRow("mapped twice") << modbus("{'point':'A','table':'coils','address':0},{'point'"
                                                ":'A','table':'coils','address':1}")
                                      << "modbus[1].point: \"A\" is mapped twice";
        QTest::newRow("line end a letter")
            << line("'pattern':'^(?<event>X) "
                    "(?<point>A)$','events':{'X':'raise'},'ends':['\\n','Z']")
            << "line.ends[1]: expected one ASCII character";
        QTest::newRow("point column not in the pattern")
            << line("'pattern':'^(?<event>X) "
                    "(?<kind>\\\\w+)$','events':{'X':'raise'},'pointFrom':{'group':'type','map':{'"
                    "T':'A'}}")
            << "line.pointFrom.group: the pattern has no group (?<type>...)";
        QTest::newRow("point column to no point")
            << line("'pattern':'^(?<event>X) "
                    "(?<kind>\\\\w+)$','events':{'X':'raise'},'pointFrom':{'group':'kind','map':{'"
                    "T':'Z'}}")
            << "line.pointFrom.map.T: \"Z\" is not one of the points";
        QTest::newRow("a clear that names no point")
            << line("'pattern':'^(?<event>X|Y)$','events':{'X':{'meaning':'raise','point':'A'},'Y':"
                    "'clear'}")
            << "line.events.Y: names no point";
        QTest::newRow("typo in line")
            << line("'pattern':'^(?<event>X) (?<point>A)$','events':{'X':'raise'},'end':[';']")
            << "line.end: not a profile field here";
    }
    void profileLanguageIsChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        json.replace('\'', '"');
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY2(doc.isObject(), json.constData());
        auto p = DeviceProfile::fromJson(doc.object(), QStringLiteral("x.json"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(QStringLiteral("x.json: ") + expected), qPrintable(p.error()));
    }
};

QTEST_GUILESS_MAIN(TestDevicesConfig)
#include "tst_devicesconfig.moc"
