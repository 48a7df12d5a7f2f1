#include "DevicesConfig.h"
#include "AlarmSystem.h"
#include "TestSupport.h"

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
        QCOMPARE(m_profiles.size(), 4);
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
        QTest::newRow("unknown profile") << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'toaster','port':'/dev/ttyS0'," + dev + "}]}")
                                         << "links[0].profile: no device profile \"toaster\"";
        QTest::newRow("odd baud") << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'psd-controller','port':'/dev/ttyS0','baud':1234," + dev + "}]}")
                                  << "links[0].baud: expected one of 1200";
        QTest::newRow("parity") << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'psd-controller','port':'/dev/ttyS0','parity':'mark'," + dev + "}]}")
                                << "links[0].parity: expected one of none, even, odd, got \"mark\"";
        QTest::newRow("modbus unit") << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'pump-controller','port':'/dev/ttyS0','devices':[{'id':'P','name':{'zh':'a','en':'a'},'unit':0}]}]}")
                                     << "links[0].devices[0].unit: expected a whole number 1..247, got 0";
        QTest::newRow("same port twice") << QByteArray("{'schema':1,'links':[{'id':'a','name':{'zh':'a','en':'a'},'profile':'psd-controller','port':'/dev/ttyS0'," + dev + "},{'id':'b','name':{'zh':'a','en':'a'},'profile':'fire-panel','port':'/dev/ttyS0','devices':[{'id':'D2','name':{'zh':'a','en':'a'}}]}]}")
                                         << "links[1].port: \"/dev/ttyS0\" is already used by another link";
        QTest::newRow("broken json") << QByteArray("{\"schema\":1,\n\"links\": [\n}") << "devices.json:3:";
    }
    void badFieldsAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto d = loadText(json, QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
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
        auto p = DeviceProfile::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("x.json"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(QStringLiteral("x.json: line.pattern: not a valid regular expression")), qPrintable(p.error()));
        QVERIFY2(p.error().contains(QStringLiteral("x.json: points[0].priority: expected a whole number 1..4, got 5")), qPrintable(p.error()));
    }
};

QTEST_GUILESS_MAIN(TestDevicesConfig)
#include "tst_devicesconfig.moc"
