#include "JsonCheck.h"
#include "StationConfig.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace so;

namespace {

QJsonObject demoJson()
{
    auto o = readJsonObject(test::demoConfigDir() + QStringLiteral("/station.json"));
    if (!o)
        qFatal("%s", qPrintable(o.error()));
    return *o;
}

} // namespace

class TestStationConfig : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void demoStationLoads()
    {
        auto c = StationConfig::load(test::demoConfigDir());
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->code, QStringLiteral("L2-DH"));
        QVERIFY(c->demo);
        QCOMPARE(c->timeZone.id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(c->platforms.size(), 1);
        QCOMPARE(c->platforms[0].doors, 24);
        QCOMPARE(c->platforms[0].sides.size(), 2);
        QCOMPARE(c->booths.size(), 2);
        QVERIFY(c->area(QStringLiteral("pump-room")));
        QCOMPARE(c->name.in(QStringLiteral("zh_CN")), QStringLiteral("东湖站"));
    }

    // Each bad value is put into an otherwise good station.json; the message must name the
    // file, the field and what is allowed.
    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("doors text")
            << "platforms/0/doors" << QJsonValue(QStringLiteral("x"))
            << "platforms[0].doors: expected a whole number 1..64, got \"x\"";
        QTest::newRow("doors zero") << "platforms/0/doors" << QJsonValue(0)
                                    << "platforms[0].doors: expected a whole number 1..64, got 0";
        QTest::newRow("doors fraction")
            << "platforms/0/doors" << QJsonValue(2.5)
            << "platforms[0].doors: expected a whole number 1..64, got 2.5";
        QTest::newRow("time zone") << "timeZone" << QJsonValue(QStringLiteral("Mars/Olympus"))
                                   << "timeZone: \"Mars/Olympus\" is not a known time zone";
        QTest::newRow("language") << "defaultLanguage" << QJsonValue(QStringLiteral("fr"))
                                  << "defaultLanguage: expected one of zh_CN, en, got \"fr\"";
        QTest::newRow("idle lock") << "idleLockMinutes" << QJsonValue(0)
                                   << "idleLockMinutes: expected a whole number 1..120, got 0";
        // Found by fuzz_config: a number too big for any integer (its input is kept as a seed in
        // tests/fuzz/corpus/config/crash-whole-overflow, replayed under UBSan on every run).
        QTest::newRow("idle lock 1.8e53") << "idleLockMinutes" << QJsonValue(1.77778e+53)
                                          << "idleLockMinutes: expected a whole number 1..120, got";
        QTest::newRow("doors -1e300") << "platforms/0/doors" << QJsonValue(-1e300)
                                      << "platforms[0].doors: expected a whole number 1..64, got";
        QTest::newRow("name missing en")
            << "name" << QJsonValue(QJsonObject{{QStringLiteral("zh"), QStringLiteral("站")}})
            << "name.en: expected text, got nothing";
        QTest::newRow("line unknown") << "platforms/0/line" << QJsonValue(QStringLiteral("9"))
                                      << "platforms[0].line: \"9\" is not one of the lines (2)";
        QTest::newRow("booth area") << "booths/1/area" << QJsonValue(QStringLiteral("roof"))
                                    << "booths[1].area: \"roof\" is not one of the areas";
        QTest::newRow("sides not list")
            << "platforms/0/sides" << QJsonValue(QStringLiteral("both"))
            << "platforms[0].sides: expected a list [ ... ], got \"both\"";
        QTest::newRow("schema") << "schema" << QJsonValue(2)
                                << "schema: expected a whole number 1..1, got 2";
        QTest::newRow("demo flag") << "demo" << QJsonValue(QStringLiteral("yes"))
                                   << "demo: expected true or false, got \"yes\"";
    }
    void badFieldsAreNamed()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        // Set the value at a /-separated path.
        std::function<QJsonValue(QJsonValue, QStringList)> put =
            [&](QJsonValue at, QStringList keys) -> QJsonValue {
            const QString k = keys.takeFirst();
            if (at.isArray()) {
                QJsonArray a = at.toArray();
                a[k.toInt()] = keys.isEmpty() ? value : put(a[k.toInt()], keys);
                return a;
            }
            QJsonObject o = at.toObject();
            o[k] = keys.isEmpty() ? value : put(o[k], keys);
            return o;
        };
        const QJsonObject root = put(demoJson(), pointer.split(QLatin1Char('/'))).toObject();
        const QString dir = test::configWithStation(m_dir.filePath(QTest::currentDataTag()),
                                                    QJsonDocument(root).toJson());
        auto c = StationConfig::load(dir);
        QVERIFY(!c.ok());
        const QString file = dir + QStringLiteral("/station.json");
        QVERIFY2(c.error().contains(file + QStringLiteral(": ") + expected), qPrintable(c.error()));
    }

    void duplicateIdsAreNamed()
    {
        QJsonObject root = demoJson();
        QJsonArray booths = root[QStringLiteral("booths")].toArray();
        QJsonObject b = booths[1].toObject();
        b[QStringLiteral("id")] = QStringLiteral("TO-A");
        booths[1] = b;
        root[QStringLiteral("booths")] = booths;
        const QString dir = test::configWithStation(m_dir.filePath(QStringLiteral("dup")),
                                                    QJsonDocument(root).toJson());
        auto c = StationConfig::load(dir);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(QStringLiteral("booths[1].id: \"TO-A\" is used twice")),
                 qPrintable(c.error()));
    }

    void brokenJsonGivesLineAndColumn()
    {
        const QString dir =
            test::configWithStation(m_dir.filePath(QStringLiteral("broken")),
                                    "{\n  \"schema\": 1,\n  \"code\": \"X\"\n  \"name\": {}\n}\n");
        auto c = StationConfig::load(dir);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().startsWith(dir + QStringLiteral("/station.json:4:")),
                 qPrintable(c.error()));
        QVERIFY(c.error().contains(QStringLiteral("not valid JSON")));
    }

    void missingAndWrongTopLevel()
    {
        auto missing = StationConfig::load(m_dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("station.json: no such file")),
                 qPrintable(missing.error()));
        const QString dir =
            test::configWithStation(m_dir.filePath(QStringLiteral("list")), "[1, 2]");
        auto list = StationConfig::load(dir);
        QVERIFY(!list.ok());
        QVERIFY(list.error().contains(QStringLiteral("top level must be a JSON object")));
    }

    void hugeFileIsRefusedBeforeParsing()
    {
        const QString dir = test::configWithStation(m_dir.filePath(QStringLiteral("huge")),
                                                    QByteArray(5 * 1024 * 1024, ' '));
        auto c = StationConfig::load(dir);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(QStringLiteral("at most")), qPrintable(c.error()));
    }
};

QTEST_GUILESS_MAIN(TestStationConfig)
#include "tst_stationconfig.moc"
