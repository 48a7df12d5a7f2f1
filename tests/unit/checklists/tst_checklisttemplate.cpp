#include "ChecklistRules.h"
#include "ChecklistTemplate.h"
#include "DoorLayout.h"
#include "JsonCheck.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace so;
using namespace so::checklists;

namespace {

StationConfig station()
{
    auto s = StationConfig::load(test::demoConfigDir());
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return s.take();
}

} // namespace

namespace {
// An answer with only its value, as a test needs it.
so::checklists::Answer answer(const QString &value)
{
    so::checklists::Answer a;
    a.value = value;
    return a;
}
} // namespace

class TestChecklistTemplate : public QObject
{
    Q_OBJECT
    StationConfig m_station = station();

    Result<ChecklistTemplate> parse(QByteArray json)
    {
        json.replace('\'', '"');
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(json, &e);
        if (e.error != QJsonParseError::NoError)
            qFatal("test JSON: %s", qPrintable(e.errorString()));
        return ChecklistTemplate::fromJson(d.object(), QStringLiteral("t.json"), m_station);
    }

private Q_SLOTS:
    void shippedTemplatesLoad()
    {
        auto all = loadTemplates(test::demoConfigDir(), m_station);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 7);
        QStringList ids;
        for (const ChecklistTemplate &t : *all) {
            ids << t.id;
            QVERIFY(t.schedule.has_value());
            QVERIFY(!t.json.isEmpty());
        }
        for (const char *id : {"psd-patrol", "psd-daily", "escalator-lift-daily",
                               "fire-panel-weekly", "pump-room", "afc-gates", "outdoor-turnouts"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void badTemplatesNameFileAndItem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head =
            "{'schema':1,'id':'x','version':1,'name':{'zh':'x','en':'x'},'category':'psd',";
        QTest::newRow("bad item type")
            << head + "'appliesTo':'station','sections':[{'id':'s','title':{'zh':'s','en':'s'},'"
                      "items':[{'id':'lamp','type':'slider','text':{'zh':'a','en':'a'}}]}]}"
            << "t.json: sections[0].items[0] (item \"lamp\").type: expected one of passfail";
        QTest::newRow("number without range")
            << head + "'appliesTo':'station','sections':[{'id':'s','title':{'zh':'s','en':'s'},'"
                      "items':[{'id':'gap','type':'number','text':{'zh':'a','en':'a'}}]}]}"
            << "t.json: sections[0].items[0] (item \"gap\"): a number item needs \"min\" and "
               "\"max\"";
        QTest::newRow("showIf forward")
            << head +
                   "'appliesTo':'station','sections':[{'id':'s','title':{'zh':'s','en':'s'},'items'"
                   ":[{'id':'a','type':'text','text':{'zh':'a','en':'a'},'showIf':{'item':'b','"
                   "equals':'yes'}},{'id':'b','type':'passfail','text':{'zh':'b','en':'b'}}]}]}"
            << "(item \"a\").showIf.item: \"b\" is not an earlier item in this section";
        QTest::newRow("unknown area")
            << head +
                   "'appliesTo':'area','areas':['roof'],'sections':[{'id':'s','title':{'zh':'s','"
                   "en':'s'},'items':[{'id':'a','type':'passfail','text':{'zh':'a','en':'a'}}]}]}"
            << "t.json: areas[0]: \"roof\" is not one of the station's areas";
        QTest::newRow("door repeat off side")
            << head +
                   "'appliesTo':'station','sections':[{'id':'s','repeat':'door','title':{'zh':'s','"
                   "en':'s'},'items':[{'id':'a','type':'passfail','text':{'zh':'a','en':'a'}}]}]}"
            << "sections[0].repeat: \"door\" needs \"appliesTo\": \"platform-side\"";
        QTest::newRow("duplicate item")
            << head + "'appliesTo':'station','sections':[{'id':'s','title':{'zh':'s','en':'s'},'"
                      "items':[{'id':'a','type':'passfail','text':{'zh':'a','en':'a'}},{'id':'a','"
                      "type':'passfail','text':{'zh':'a','en':'a'}}]}]}"
            << "sections[0].items[1].id: \"a\" is used twice";
        QTest::newRow("choice with one option")
            << head + "'appliesTo':'station','sections':[{'id':'s','title':{'zh':'s','en':'s'},'"
                      "items':[{'id':'m','type':'choice','text':{'zh':'a','en':'a'},'options':[{'"
                      "id':'x','text':{'zh':'x','en':'x'}}]}]}]}"
            << "(item \"m\").options: expected 2..20 entries, got 1";
        QTest::newRow("empty schedule")
            << head +
                   "'appliesTo':'station','schedule':{},'sections':[{'id':'s','title':{'zh':'s','"
                   "en':'s'},'items':[{'id':'a','type':'passfail','text':{'zh':'a','en':'a'}}]}]}"
            << "t.json: schedule: give everyMinutes, dailyAt or weekday + weeklyAt";
    }
    void badTemplatesNameFileAndItem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto t = parse(json);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(expected), qPrintable(t.error()));
    }

    void conditionalItems()
    {
        auto all = loadTemplates(test::demoConfigDir(), m_station);
        const ChecklistTemplate *pump = nullptr;
        for (const ChecklistTemplate &t : *all)
            if (t.id == QLatin1String("pump-room"))
                pump = &t;
        QVERIFY(pump);
        const ItemDef *heat = pump->item(QStringLiteral("tanks"), QStringLiteral("heat_trace"));
        Answers a;
        QVERIFY(!isVisible(*heat, QStringLiteral("tanks"), QString(), a));
        a.insert({QStringLiteral("tanks"), QString(), QStringLiteral("winter")},
                 answer(QStringLiteral("no")));
        QVERIFY(!isVisible(*heat, QStringLiteral("tanks"), QString(), a));
        a.insert({QStringLiteral("tanks"), QString(), QStringLiteral("winter")},
                 answer(QStringLiteral("yes")));
        QVERIFY(isVisible(*heat, QStringLiteral("tanks"), QString(), a));
        // Hidden required items do not block; shown ones do.
        auto blocking = [&](const Answers &ans) {
            QStringList ids;
            for (const Problem &p : problems(*pump, {}, ans))
                ids << p.key.item;
            return ids;
        };
        Answers no{{{QStringLiteral("tanks"), QString(), QStringLiteral("winter")},
                    answer(QStringLiteral("no"))}};
        QVERIFY(!blocking(no).contains(QStringLiteral("heat_trace")));
        QVERIFY(blocking(a).contains(QStringLiteral("heat_trace")));
        // Manual mode asks why.
        Answers manual{{{QStringLiteral("pumps"), QString(), QStringLiteral("mode")},
                        answer(QStringLiteral("manual"))}};
        QVERIFY(blocking(manual).contains(QStringLiteral("manual_reason")));
    }

    void valuesAreChecked_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("stored"); // "" = refused
        QTest::newRow("pass") << "pump_test"
                              << "pass"
                              << "pass";
        QTest::newRow("maybe") << "pump_test"
                               << "maybe"
                               << "";
        QTest::newRow("level") << "sump_level_cm"
                               << "42"
                               << "42";
        QTest::newRow("level too high") << "sump_level_cm"
                                        << "301"
                                        << "";
        QTest::newRow("level not a number") << "sump_level_cm"
                                            << "deep"
                                            << "";
        QTest::newRow("choice") << "mode"
                                << "auto"
                                << "auto";
        QTest::newRow("unknown choice") << "mode"
                                        << "remote"
                                        << "";
    }
    void valuesAreChecked()
    {
        QFETCH(QString, item);
        QFETCH(QString, value);
        QFETCH(QString, stored);
        auto all = loadTemplates(test::demoConfigDir(), m_station);
        const ItemDef *def = nullptr;
        for (const ChecklistTemplate &t : *all)
            if (t.id == QLatin1String("pump-room"))
                def = t.item(QStringLiteral("pumps"), item);
        QVERIFY(def);
        auto v = normalizeValue(*def, value);
        QCOMPARE(v.ok(), !stored.isEmpty());
        if (v)
            QCOMPARE(*v, stored);
        else
            QVERIFY(!v.error().isEmpty());
    }

    void doorLayoutFollowsThePlatform()
    {
        const QList<DoorAsset> doors = doorsOf(m_station.platforms.first());
        QCOMPARE(doors.size(), 24 + 6 + 2);
        QCOMPARE(doors.first().id, QStringLiteral("END1"));
        QCOMPARE(doors.last().id, QStringLiteral("END2"));
        QCOMPARE(doors.at(1).id, QStringLiteral("D01"));
        QCOMPARE(doors.at(5).id, QStringLiteral("ED1"));
        QCOMPARE(doors.at(6).id, QStringLiteral("D05"));
        QCOMPARE(doors.at(6).bank, 2);
    }
};

QTEST_GUILESS_MAIN(TestChecklistTemplate)
#include "tst_checklisttemplate.moc"
