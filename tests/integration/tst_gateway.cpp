// Simulator -> pseudo-terminal -> gateway -> database, as separate processes.
#include "Database.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace so;

class TestGateway : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString port(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("ports/") + name);
    }

private Q_SLOTS:
    void simulatorToDatabase()
    {
        // A station config with two links on simulator ports.
        QFile sf(test::demoConfigDir() + QStringLiteral("/station.json"));
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QString cfg =
            test::configWithStation(m_dir.filePath(QStringLiteral("cfg")), sf.readAll());
        QJsonObject psd{{"id", "psd"},
                        {"profile", "psd-controller"},
                        {"port", port("psd")},
                        {"name", QJsonObject{{"zh", "屏蔽门"}, {"en", "PSD"}}},
                        {"devices", QJsonArray{QJsonObject{
                                        {"id", "PSD-UP"},
                                        {"name", QJsonObject{{"zh", "上行"}, {"en", "Up"}}}}}}};
        QJsonObject pump{
            {"id", "pump"},
            {"profile", "pump-controller"},
            {"port", port("pump")},
            {"pollMs", 200},
            {"timeoutMs", 200},
            {"name", QJsonObject{{"zh", "泵"}, {"en", "Pump"}}},
            {"devices",
             QJsonArray{QJsonObject{{"id", "PUMP-1"},
                                    {"unit", 2},
                                    {"name", QJsonObject{{"zh", "泵房"}, {"en", "Pump room"}}}}}}};
        test::writeFile(
            cfg, QStringLiteral("devices.json"),
            QJsonDocument(QJsonObject{{"schema", 1}, {"links", QJsonArray{psd, pump}}}).toJson());
        QDir().mkpath(m_dir.filePath(QStringLiteral("ports")));
        const QString lineScenario = test::writeFile(
            m_dir.path(), QStringLiteral("psd.scn"),
            "wait 1500\n"
            "send HB\n"
            "send ALM OBSTRUCTION D07\n"
            "send HB\n"
            "send ALM OBSTRUCTION D07\n"
            "raw 00ff414c4d0d0a\n"
            "sendsum CLR OBSTRUCTION D07\n"
            "raw 414c4d204c4f434b5f4641494c204431320d\n" // "ALM LOCK_FAIL D12" and a bare CR (';'
                                                         // ends no PSD line: the profile says CR,
                                                         // LF)
            "wait 300\n"
            "hangup 400\n"
            "wait 300\n"
            "send HB\n"
            "send ALM LOOP_LOST ALL\n"
            "send HB\n"
            "wait 1000\n");
        const QString pumpScenario = test::writeFile(m_dir.path(), QStringLiteral("pump.scn"),
                                                     "set hr 0 100\n"
                                                     "wait 1500\n"
                                                     "set hr 0 190\n"
                                                     "set di 0 1\n"
                                                     "wait 2000\n");

        QProcess psdSim, pumpSim, gateway;
        psdSim.start(QStringLiteral(DEVSIM_BIN),
                     {"--link", port("psd"), "--scenario", lineScenario, "--exit-when-done"});
        pumpSim.start(QStringLiteral(DEVSIM_BIN),
                      {"--link", port("pump"), "--modbus", "--unit", "2", "--scenario",
                       pumpScenario, "--exit-when-done"});
        QVERIFY(psdSim.waitForReadyRead(5000));
        QVERIFY(pumpSim.waitForReadyRead(5000));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        gateway.start(QStringLiteral(STATIONOPS_BIN),
                      {"--config", cfg, "--data-dir", data, "gateway", "--exit-after", "5"});
        QVERIFY(gateway.waitForFinished(20000));
        const QString out = QString::fromUtf8(gateway.readAllStandardOutput());
        QVERIFY2(gateway.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(gateway.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("link psd up")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("link pump up")), qPrintable(out));
        // The simulator's hang-up, in plain words with the system's text after them.
        QVERIFY2(
            out.contains(
                QStringLiteral("link psd down: the device at %1 went away (").arg(port("psd"))),
            qPrintable(out));
        psdSim.waitForFinished(5000);
        pumpSim.waitForFinished(5000);

        auto db = Database::open(data + QStringLiteral("/stationops.db"));
        QVERIFY(db.ok());
        auto count = [&](const QString &sql) {
            auto q = (*db)->exec(sql);
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM alarm_event WHERE alarm_key='PSD-UP/OBSTRUCTION/D07'")),
                 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM alarm_event WHERE "
                                      "alarm_key='PSD-UP/OBSTRUCTION/D07' AND effect='duplicate'")),
                 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM alarm_event WHERE alarm_key='PSD-UP/LOCK_FAIL/D12'")),
                 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM alarm_event WHERE alarm_key='PSD-UP/LOOP_LOST/ALL'")),
                 1);
        // The noise-prefixed "ALM" line is kept, raw, as a decode error.
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM decode_error WHERE link_id='psd' AND hex(raw)='00FF414C4D'")),
            1);
        // The hang-up raised communication loss and the return cleared it (the simulator's exit
        // at the end is a second loss).
        QStringList comm;
        auto q = (*db)->exec(
            QStringLiteral("SELECT kind FROM alarm_event WHERE alarm_key='PSD-UP/COMM_LOSS' ORDER "
                           "BY receipt_utc, device_seq"));
        while (q && q->next())
            comm << q->value(0).toString();
        QVERIFY2(comm.mid(0, 2) == (QStringList{"raise", "clear"}), qPrintable(comm.join(u',')));
        // Modbus: the tank went high and pump 1 tripped.
        QCOMPARE(count(QStringLiteral(
                     "SELECT active FROM alarm_state WHERE alarm_key='PUMP-1/TANK_HIGH'")),
                 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT active FROM alarm_state WHERE alarm_key='PUMP-1/PUMP1_FAULT'")),
                 1);
        // Every numbered frame is stored: per link, the numbers 1..max each have a row (one frame
        // may have several: a reset, a Modbus reply that changes several points). Heartbeats and
        // Modbus replies that change nothing are counted, not numbered.
        for (const QString &link : {QStringLiteral("psd"), QStringLiteral("pump")}) {
            const QString frames =
                QStringLiteral("(SELECT link_seq s FROM alarm_event WHERE link_id='%1' AND "
                               "link_seq IS NOT NULL "
                               "UNION ALL SELECT link_seq FROM decode_error WHERE link_id='%1')")
                    .arg(link);
            const int highest = count(QStringLiteral("SELECT MAX(s) FROM ") + frames);
            QVERIFY2(highest > 0, qPrintable(link));
            QCOMPARE(count(QStringLiteral("SELECT MIN(s) FROM ") + frames), 1);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT s) FROM ") + frames), highest);
        }
        QVERIFY((*db)->checkIntegrity().ok());
    }

    // Issue 14.8: a Modbus start writes nothing for points that did not change: not a
    // clear/duplicate row per normal point, and after a restart not the alarm that is still up.
    void modbusRestartWritesNothingUnchanged()
    {
        QFile sf(test::demoConfigDir() + QStringLiteral("/station.json"));
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QString cfg =
            test::configWithStation(m_dir.filePath(QStringLiteral("cfg-restart")), sf.readAll());
        QJsonObject pump{
            {"id", "pump"},
            {"profile", "pump-controller"},
            {"port", port("pump-restart")},
            {"pollMs", 200},
            {"timeoutMs", 200},
            {"name", QJsonObject{{"zh", "泵"}, {"en", "Pump"}}},
            {"devices",
             QJsonArray{QJsonObject{{"id", "PUMP-1"},
                                    {"unit", 1},
                                    {"name", QJsonObject{{"zh", "泵房"}, {"en", "Pump room"}}}}}}};
        test::writeFile(
            cfg, QStringLiteral("devices.json"),
            QJsonDocument(QJsonObject{{"schema", 1}, {"links", QJsonArray{pump}}}).toJson());
        QDir().mkpath(m_dir.filePath(QStringLiteral("ports")));
        const QString scenario = test::writeFile(m_dir.path(), QStringLiteral("tank.scn"),
                                                 "set hr 0 190\nset ir 1 40\nwait 60000\n");
        QProcess sim;
        sim.start(QStringLiteral(DEVSIM_BIN), {"--link", port("pump-restart"), "--modbus", "--unit",
                                               "1", "--scenario", scenario});
        QVERIFY(sim.waitForReadyRead(5000));
        const QString data = m_dir.filePath(QStringLiteral("data-restart"));
        const QString points = QStringLiteral(
            "SELECT group_concat(point || ':' || kind || ':' || effect, ' ') FROM "
            "(SELECT point, kind, effect FROM alarm_event WHERE source_device='PUMP-1' "
            "AND point <> 'COMM_LOSS' ORDER BY receipt_utc, device_seq)");
        for (int run = 1; run <= 2; ++run) {
            QProcess gateway;
            gateway.start(QStringLiteral(STATIONOPS_BIN),
                          {"--config", cfg, "--data-dir", data, "gateway", "--exit-after", "2"});
            QVERIFY(gateway.waitForFinished(20000));
            QVERIFY2(gateway.exitCode() == 0, gateway.readAllStandardError().constData());
            auto db = Database::open(data + QStringLiteral("/stationops.db"));
            QVERIFY(db.ok());
            auto q = (*db)->exec(points);
            QVERIFY(q && q->next());
            // The one change, once: the tank went high before the first start.
            QCOMPARE(q->value(0).toString(), QStringLiteral("TANK_HIGH:raise:new_occurrence"));
        }
        sim.kill();
        sim.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
