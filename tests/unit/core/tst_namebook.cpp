// NameBook: the names that screens and reports show for codes, from the real staff list in a
// real database, the demo station.json, and devices.json as the alarms feature registers it.
#include "AlarmSystem.h"
#include "DemoStaff.h"
#include "NameBook.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace so;

class TestNameBook : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<StationCore> m_core;

    static QString both(const Names &n) { return n.zh + QStringLiteral(" | ") + n.en; }

private Q_SLOTS:
    void initTestCase()
    {
        auto core = StationCore::open(test::demoConfigDir(), m_dir.filePath(QStringLiteral("demo")),
                                      test::pinnedClock());
        QVERIFY2(core, qPrintable(core.error()));
        m_core = core.take();
        QVERIFY(seedDemoStaff(*m_core).ok());
    }

    void staffByName()
    {
        const NameBook &names = m_core->names();
        QCOMPARE(both(names.staff(QStringLiteral("3001"))), QStringLiteral("陈静 | Chen Jing"));
        QCOMPARE(names.staff(QStringLiteral("2001")).in(QStringLiteral("zh_CN")),
                 QStringLiteral("张伟"));
        QCOMPARE(names.staff(QStringLiteral("2001")).in(QStringLiteral("en")),
                 QStringLiteral("Zhang Wei"));
        // Someone not on the list stays visible as the number.
        QCOMPARE(both(names.staff(QStringLiteral("4242"))), QStringLiteral("4242 | 4242"));
    }

    void placesFromTheStation()
    {
        const NameBook &names = m_core->names();
        QCOMPARE(both(names.area(QStringLiteral("pump-room"))),
                 QStringLiteral("废水泵房 | Pump room"));
        QCOMPARE(both(names.booth(QStringLiteral("TO-A"))),
                 QStringLiteral("A端票亭 | Ticket office A"));
        // One platform: the side's own name is enough.
        QCOMPARE(both(names.side(QStringLiteral("P1-up"))),
                 QStringLiteral("上行（往光谷） | Up (to Guanggu)"));
        QCOMPARE(both(names.place(QStringLiteral("P1-down"))),
                 QStringLiteral("下行（往机场） | Down (to Airport)"));
        QCOMPARE(both(names.place(QStringLiteral("TO-B"))),
                 QStringLiteral("B端票亭 | Ticket office B"));
        QCOMPARE(both(names.place(QStringLiteral("L2-DH"))),
                 QStringLiteral("东湖站 | Donghu Station"));
        QCOMPARE(both(names.area(QStringLiteral("nowhere"))), QStringLiteral("nowhere | nowhere"));
        QCOMPARE(both(names.booth(QStringLiteral("TO-Z"))), QStringLiteral("TO-Z | TO-Z"));
    }

    void doors()
    {
        const NameBook &names = m_core->names();
        QCOMPARE(both(names.door(QStringLiteral("D07"))), QStringLiteral("7号门 | Door 7"));
        QCOMPARE(both(names.door(QStringLiteral("D12"))), QStringLiteral("12号门 | Door 12"));
        QCOMPARE(both(names.door(QStringLiteral("ED2"))),
                 QStringLiteral("2号应急门 | Emergency door 2"));
        QCOMPARE(both(names.door(QStringLiteral("END1"))), QStringLiteral("1号端门 | End door 1"));
        QCOMPARE(both(names.door(QStringLiteral("P1-up"), QStringLiteral("D03"))),
                 QStringLiteral("上行（往光谷） 3号门 | Up (to Guanggu) Door 3"));
        QCOMPARE(both(names.door(QStringLiteral("hatch"))), QStringLiteral("hatch | hatch"));
    }

    void devicesAsTheAlarmsFeatureRegistersThem()
    {
        auto core = StationCore::open(
            test::demoConfigDir(), m_dir.filePath(QStringLiteral("devices")), test::pinnedClock());
        QVERIFY2(core, qPrintable(core.error()));
        QCOMPARE(both((*core)->names().device(QStringLiteral("FACP"))),
                 QStringLiteral("FACP | FACP"));
        auto alarms = alarms::AlarmSystem::create(**core); // reads devices.json
        QVERIFY2(alarms, qPrintable(alarms.error()));
        QCOMPARE(both((*core)->names().device(QStringLiteral("FACP"))),
                 QStringLiteral("火灾报警控制器 | Fire alarm panel"));
        QCOMPARE(both((*core)->names().place(QStringLiteral("PSD-UP"))),
                 QStringLiteral("上行屏蔽门 | PSD up side"));
        QCOMPARE(both((*core)->names().device(QStringLiteral("PUMP-9"))),
                 QStringLiteral("PUMP-9 | PUMP-9"));
    }

    void theSidesPlatformLeadsWhenThereAreTwo()
    {
        QFile demo(test::demoConfigDir() + QStringLiteral("/station.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject station = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray platforms = station.value(QStringLiteral("platforms")).toArray();
        QJsonObject second = platforms.at(0).toObject();
        second[QStringLiteral("id")] = QStringLiteral("P2");
        second[QStringLiteral("name")] =
            QJsonObject{{QStringLiteral("zh"), QStringLiteral("侧式站台")},
                        {QStringLiteral("en"), QStringLiteral("Side platform")}};
        second[QStringLiteral("sides")] = QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("P2-up")},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("上行")},
                                                 {QStringLiteral("en"), QStringLiteral("Up")}}}}};
        platforms.append(second);
        station[QStringLiteral("platforms")] = platforms;
        const QString dir = m_dir.filePath(QStringLiteral("two"));
        const QString config = test::configWithStation(dir, QJsonDocument(station).toJson());
        auto core = StationCore::open(config, dir + QStringLiteral("/data"), test::pinnedClock());
        QVERIFY2(core, qPrintable(core.error()));
        QCOMPARE(both((*core)->names().side(QStringLiteral("P2-up"))),
                 QStringLiteral("侧式站台 上行 | Side platform Up"));
        QCOMPARE(
            both((*core)->names().door(QStringLiteral("P1-up"), QStringLiteral("END2"))),
            QStringLiteral(
                "岛式站台 上行（往光谷） 2号端门 | Island platform Up (to Guanggu) End door 2"));
    }

    void codesBesideNames()
    {
        QCOMPARE(NameBook::withCode(QStringLiteral("陈静"), QStringLiteral("3001")),
                 QStringLiteral("陈静 (3001)"));
        QCOMPARE(NameBook::withCode(QStringLiteral("4242"), QStringLiteral("4242")),
                 QStringLiteral("4242"));
        QCOMPARE(NameBook::withCode(QStringLiteral("Pump room"), QString()),
                 QStringLiteral("Pump room"));
    }
};

QTEST_MAIN(TestNameBook)
#include "tst_namebook.moc"
