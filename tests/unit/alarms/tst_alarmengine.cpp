#include "AlarmSystem.h"
#include "AuditLog.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace so;
using namespace so::alarms;

namespace {

const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};

} // namespace

class TestAlarmEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<StationCore> m_core;
    std::unique_ptr<AlarmSystem> m_system;

    AlarmEngine &engine() { return m_system->engine(); }

    void event(const QString &device, const QString &point, const QString &asset, EventKind kind)
    {
        DecodedEvent e;
        e.device = device;
        e.point = point;
        e.asset = asset;
        e.kind = kind;
        e.receipt = Receipt{QStringLiteral("test"), ++m_seq, m_clock->nowMs(),
                            m_clock->monotonicMs(), "raw"};
        engine().ingest({e}, {});
    }
    qint64 m_seq = 0;

    QString state(const QString &key)
    {
        const AlarmRecord *r = engine().alarm(key);
        return r ? stateName(r->state(m_clock->nowMs())) : QStringLiteral("none");
    }
    int rows(const QString &sql)
    {
        auto q = m_core->db().exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = test::pinnedClock();
        auto core = StationCore::open(test::demoConfigDir(), m_dir.filePath(QString::number(++m_n)),
                                      m_clock);
        QVERIFY2(core.ok(), qPrintable(core.error()));
        m_core = core.take();
        auto sys = AlarmSystem::create(*m_core);
        QVERIFY2(sys.ok(), qPrintable(sys.error()));
        m_system = sys.take();
    }
    void cleanup()
    {
        m_system.reset();
        m_core.reset();
    }

    // An event's state is JSON built by hand (AlarmStore::stateJson, on the flood's path); a
    // device's free text with quotes, backslashes and control characters still reads back whole
    // where the fold reads it, and an empty optional field is left out as saveState leaves NULL.
    void stateJsonKeepsAnyTextTheDeviceSent()
    {
        AlarmRecord r;
        r.priority = 2;
        r.text = {QStringLiteral("站台门\"障碍\""), QStringLiteral("Door \\ obstruction\t")};
        r.label = QStringLiteral("ALM \"D07\"\r\n\x01 \\end 上行");
        r.active = true;
        r.acked = false;
        r.raisedAt = 1764700000000;
        const QByteArray json = AlarmStore::stateJson(r);
        const QString j = QString::fromUtf8(json);
        auto q = m_core->db().exec(
            QStringLiteral(
                "SELECT json_valid(?), json_extract(?, '$.label'), json_extract(?, '$.text_zh'), "
                "json_extract(?, '$.text_en'), json_extract(?, '$.raised_at'), "
                "json_type(?, '$.acked_by'), json_extract(?, '$.active')"),
            {j, j, j, j, j, j, j});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        QCOMPARE(q->value(1).toString(), r.label);
        QCOMPARE(q->value(2).toString(), r.text.zh);
        QCOMPARE(q->value(3).toString(), r.text.en);
        QCOMPARE(q->value(4).toLongLong(), r.raisedAt);
        QVERIFY(q->value(5).isNull());
        QCOMPARE(q->value(6).toInt(), 1);
    }

    // Each row is a sequence of "action=expected state" on one alarm.
    void stateMachine_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QStringList>("steps");
        const QString psd = QStringLiteral("PSD-UP");
        QTest::newRow("raise, ack, clear")
            << psd << "OBSTRUCTION"
            << "D07" << QStringList{"raise=unacknowledged", "ack=acknowledged", "clear=normal"};
        QTest::newRow("raise, clear, ack")
            << psd << "OBSTRUCTION"
            << "D07"
            << QStringList{"raise=unacknowledged", "clear=returned_unacknowledged", "ack=normal"};
        QTest::newRow("new occurrence after unacked return")
            << psd << "CLOSE_FAIL"
            << "D02"
            << QStringList{"raise=unacknowledged", "clear=returned_unacknowledged",
                           "raise=unacknowledged", "ack=acknowledged"};
        QTest::newRow("duplicate raise")
            << psd << "ISOLATED"
            << "D19"
            << QStringList{"raise=unacknowledged", "raise=unacknowledged", "ack=acknowledged",
                           "raise=acknowledged"};
        QTest::newRow("clear when normal") << psd << "ISOLATED"
                                           << "D20" << QStringList{"clear=normal"};
        QTest::newRow("latched until reset")
            << "FACP"
            << "FIRE"
            << "Z001"
            << QStringList{"raise=unacknowledged", "clear=unacknowledged", "ack=acknowledged",
                           "clear=acknowledged", "reset=normal"};
        QTest::newRow("reset before ack")
            << "FACP"
            << "FIRE"
            << "Z002"
            << QStringList{"raise=unacknowledged", "reset=returned_unacknowledged", "ack=normal"};
        QTest::newRow("shelved hides, unshelve shows")
            << psd << "LCB_MANUAL"
            << "D03"
            << QStringList{"raise=unacknowledged", "shelve=shelved", "clear=shelved",
                           "unshelve=returned_unacknowledged"};
        QTest::newRow("out of service")
            << psd << "POWER_FAULT"
            << ""
            << QStringList{"raise=unacknowledged", "oos=out_of_service", "clear=out_of_service",
                           "ins=returned_unacknowledged"};
    }
    void stateMachine()
    {
        QFETCH(QString, device);
        QFETCH(QString, point);
        QFETCH(QString, asset);
        QFETCH(QStringList, steps);
        const QString key = AlarmRecord::makeKey(device, point, asset);
        for (const QString &s : steps) {
            const QString action = s.section(QLatin1Char('='), 0, 0);
            const QString want = s.section(QLatin1Char('='), 1);
            m_clock->advanceMs(1000);
            if (action == QLatin1String("raise"))
                event(device, point, asset, EventKind::Raise);
            else if (action == QLatin1String("clear"))
                event(device, point, asset, EventKind::Clear);
            else if (action == QLatin1String("reset"))
                event(device, QString(), QString(), EventKind::Reset);
            else if (action == QLatin1String("ack"))
                QVERIFY(engine().acknowledge(kAgent, {key}, QStringLiteral("seen")).ok());
            else if (action == QLatin1String("shelve"))
                QVERIFY(engine()
                            .shelve(kSupervisor, key, QStringLiteral("contractor on site"), 30)
                            .ok());
            else if (action == QLatin1String("unshelve"))
                QVERIFY(engine().unshelve(kSupervisor, key).ok());
            else if (action == QLatin1String("oos"))
                QVERIFY(engine()
                            .setOutOfService(kSupervisor, key, true, QStringLiteral("replaced"))
                            .ok());
            else if (action == QLatin1String("ins"))
                QVERIFY(engine().setOutOfService(kSupervisor, key, false, QString()).ok());
            QVERIFY2(
                state(key) == want,
                qPrintable(QStringLiteral("after %1: %2, want %3").arg(action, state(key), want)));
        }
        QVERIFY(engine().commit().ok());
        QVERIFY(AuditLog::verify(m_core->db()).ok());
    }

    void occurrencesAndEventRows()
    {
        const QString key = QStringLiteral("PSD-UP/OBSTRUCTION/D07");
        event(QStringLiteral("PSD-UP"), QStringLiteral("OBSTRUCTION"), QStringLiteral("D07"),
              EventKind::Raise);
        event(QStringLiteral("PSD-UP"), QStringLiteral("OBSTRUCTION"), QStringLiteral("D07"),
              EventKind::Raise);
        event(QStringLiteral("PSD-UP"), QStringLiteral("OBSTRUCTION"), QStringLiteral("D07"),
              EventKind::Clear);
        const QString first = engine().alarm(key)->occurrenceId;
        event(QStringLiteral("PSD-UP"), QStringLiteral("OBSTRUCTION"), QStringLiteral("D07"),
              EventKind::Raise);
        QVERIFY(engine().alarm(key)->occurrenceId != first);
        QCOMPARE(engine().alarm(key)->occurrences, 2);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM alarm_event")), 0); // not yet: batched
        QVERIFY(engine().commit().ok());
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM alarm_event")), 4);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM alarm_event WHERE effect='duplicate'")),
                 1);
        // Each event names the one before it on the same alarm.
        QCOMPARE(rows(QStringLiteral(
                     "SELECT COUNT(*) FROM alarm_event e WHERE parent_event_id IS NOT NULL AND "
                     "NOT EXISTS (SELECT 1 FROM alarm_event p WHERE p.id = e.parent_event_id)")),
                 0);
        // The device sequence has no gaps.
        QCOMPARE(rows(QStringLiteral(
                     "SELECT MAX(device_seq) - MIN(device_seq) + 1 - COUNT(*) FROM alarm_event")),
                 0);
    }

    void batchesCommitWithinTheInterval()
    {
        QSignalSpy committed(&engine(), &AlarmEngine::committed);
        for (int i = 1; i <= 50; ++i)
            event(QStringLiteral("PSD-UP"), QStringLiteral("ISOLATED"),
                  QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')), EventKind::Raise);
        QVERIFY(committed.wait(1000));
        QCOMPARE(committed.count(), 1);
        QCOMPARE(committed.first().at(0).toInt(), 50);
    }

    void chatteringAndFlood()
    {
        QSignalSpy flood(&engine(), &AlarmEngine::floodChanged);
        const QString key = QStringLiteral("ESC-1/HANDRAIL_SPEED/E1");
        for (int i = 0; i < 3; ++i) {
            event(QStringLiteral("ESC-1"), QStringLiteral("HANDRAIL_SPEED"), QStringLiteral("E1"),
                  EventKind::Raise);
            m_clock->advanceMs(5000);
            event(QStringLiteral("ESC-1"), QStringLiteral("HANDRAIL_SPEED"), QStringLiteral("E1"),
                  EventKind::Clear);
            m_clock->advanceMs(5000);
            QCOMPARE(engine().alarm(key)->chattering, i == 2);
        }
        m_clock->advanceMs(61000);
        engine().tick();
        QVERIFY(!engine().alarm(key)->chattering);
        QCOMPARE(flood.count(), 0);
        for (int i = 1; i <= 9; ++i) // 3 earlier occurrences + 9 = 12 > 10 in ten minutes
            event(QStringLiteral("PSD-UP"), QStringLiteral("CLOSE_FAIL"),
                  QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')), EventKind::Raise);
        QVERIFY(engine().flood());
        QCOMPARE(flood.count(), 1);
        m_clock->advanceMs(11 * 60 * 1000);
        engine().tick();
        QVERIFY(!engine().flood());
    }

    void shelvingExpiresAndNeedsASupervisor()
    {
        const QString key = QStringLiteral("PSD-UP/ISOLATED/D05");
        event(QStringLiteral("PSD-UP"), QStringLiteral("ISOLATED"), QStringLiteral("D05"),
              EventKind::Raise);
        QVERIFY(!engine().shelve(kAgent, key, QStringLiteral("x"), 30).ok());
        QVERIFY(!engine().shelve(kSupervisor, key, QStringLiteral("  "), 30).ok());
        QVERIFY(!engine().shelve(kSupervisor, key, QStringLiteral("ok"), 1).ok());
        QVERIFY(engine().shelve(kSupervisor, key, QStringLiteral("door under repair"), 30).ok());
        QCOMPARE(state(key), QStringLiteral("shelved"));
        m_clock->advanceMs(29 * 60 * 1000);
        engine().tick();
        QCOMPARE(state(key), QStringLiteral("shelved"));
        m_clock->advanceMs(2 * 60 * 1000);
        engine().tick();
        QCOMPARE(state(key), QStringLiteral("unacknowledged"));
        QCOMPARE(
            rows(QStringLiteral(
                "SELECT COUNT(*) FROM alarm_event WHERE kind='unshelve' AND effect='expired'")),
            1);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE "
                                     "action='alarm_shelved' AND created_by='3001'")),
                 1);
    }

    void commLossIsOneOccurrenceAndClearsNothingElse()
    {
        event(QStringLiteral("PSD-UP"), QStringLiteral("LOCK_FAIL"), QStringLiteral("D12"),
              EventKind::Raise);
        engine().setCommunication(QStringLiteral("PSD-UP"), false, m_clock->nowMs(), 1);
        engine().setCommunication(QStringLiteral("PSD-UP"), false, m_clock->nowMs(), 2);
        QCOMPARE(state(QStringLiteral("PSD-UP/COMM_LOSS")), QStringLiteral("unacknowledged"));
        QCOMPARE(engine().alarm(QStringLiteral("PSD-UP/COMM_LOSS"))->priority, 1);
        QCOMPARE(engine().alarm(QStringLiteral("PSD-UP/COMM_LOSS"))->text.en,
                 QStringLiteral("Communication lost: PSD up side"));
        engine().setCommunication(QStringLiteral("PSD-UP"), true, m_clock->nowMs(), 3);
        QCOMPARE(state(QStringLiteral("PSD-UP/COMM_LOSS")),
                 QStringLiteral("returned_unacknowledged"));
        QCOMPARE(state(QStringLiteral("PSD-UP/LOCK_FAIL/D12")), QStringLiteral("unacknowledged"));
        QCOMPARE(engine().alarm(QStringLiteral("PSD-UP/COMM_LOSS"))->occurrences, 1);
    }

    void suppressedDeviceIsRecordedNotShown()
    {
        QVERIFY(!engine()
                     .setSuppressed(kAgent, QStringLiteral("ESC-1"), true, QStringLiteral("x"))
                     .ok());
        QVERIFY(engine()
                    .setSuppressed(kSupervisor, QStringLiteral("ESC-1"), true,
                                   QStringLiteral("annual inspection"))
                    .ok());
        event(QStringLiteral("ESC-1"), QStringLiteral("COMB_PLATE"), QStringLiteral("E1"),
              EventKind::Raise);
        // A new alarm on a suppressed device inherits nothing: it is a new record, shown until
        // the device is suppressed again. Existing ones stay suppressed.
        QCOMPARE(state(QStringLiteral("ESC-1/COMM_LOSS")), QStringLiteral("suppressed"));
        QVERIFY(
            engine().setSuppressed(kSupervisor, QStringLiteral("ESC-1"), false, QString()).ok());
        QCOMPARE(state(QStringLiteral("ESC-1/COMM_LOSS")), QStringLiteral("normal"));
    }

    void fullDiskLosesNothing()
    {
        // Let SQLite run out of room, as on a full disk; the batch must wait, then land whole.
        QVERIFY(engine().commit().ok());
        auto pages = m_core->db().exec(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && pages->next());
        const int used = pages->value(0).toInt();
        pages->finish();
        QVERIFY(m_core->db().exec(QStringLiteral("PRAGMA max_page_count=%1").arg(used)).ok());
        QSignalSpy failed(&engine(), &AlarmEngine::storeFailed);
        for (int i = 0; i < 400; ++i)
            event(QStringLiteral("PSD-UP"), QStringLiteral("ISOLATED"),
                  QStringLiteral("D%1").arg(i % 24 + 1, 2, 10, QLatin1Char('0')),
                  i % 2 ? EventKind::Clear : EventKind::Raise);
        const Status s = engine().commit();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("full")), qPrintable(s.error()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(engine().pendingCount(), qint64(400));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM alarm_event")), 0);
        QVERIFY(m_core->db().exec(QStringLiteral("PRAGMA max_page_count=1073741823")).ok());
        QVERIFY(engine().commit().ok());
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM alarm_event")), 400);
        QVERIFY(m_core->db().checkIntegrity().ok());
    }

    void restartRestoresState()
    {
        event(QStringLiteral("FACP"), QStringLiteral("FIRE"), QStringLiteral("Z001"),
              EventKind::Raise);
        QVERIFY(engine().acknowledge(kAgent, {QStringLiteral("FACP/FIRE/Z001")}).ok());
        const QString dataDir = m_core->dataDir();
        m_system.reset();
        m_core.reset();
        auto core = StationCore::open(test::demoConfigDir(), dataDir, m_clock);
        QVERIFY(core.ok());
        m_core = core.take();
        auto sys = AlarmSystem::create(*m_core);
        QVERIFY(sys.ok());
        m_system = sys.take();
        QCOMPARE(state(QStringLiteral("FACP/FIRE/Z001")), QStringLiteral("acknowledged"));
        QVERIFY(engine().alarm(QStringLiteral("FACP/FIRE/Z001"))->latching);
    }

    void ackRefusesUnknownAndAlreadyAcked()
    {
        QVERIFY(!engine().acknowledge(kAgent, {QStringLiteral("NOPE/X")}).ok());
        event(QStringLiteral("PSD-UP"), QStringLiteral("ISOLATED"), QStringLiteral("D01"),
              EventKind::Raise);
        QVERIFY(engine().acknowledge(kAgent, {QStringLiteral("PSD-UP/ISOLATED/D01")}).ok());
        QVERIFY(!engine().acknowledge(kAgent, {QStringLiteral("PSD-UP/ISOLATED/D01")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "tst_alarmengine.moc"
