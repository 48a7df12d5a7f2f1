#include "AlarmModel.h"
#include "AlarmSystem.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace so;
using namespace so::alarms;

class TestAlarmModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = test::pinnedClock();
    std::unique_ptr<StationCore> m_core;
    std::unique_ptr<AlarmSystem> m_system;

    void event(const char *device, const char *point, const char *asset, EventKind kind)
    {
        m_clock->advanceMs(1000);
        DecodedEvent e;
        e.device = QString::fromLatin1(device);
        e.point = QString::fromLatin1(point);
        e.asset = QString::fromLatin1(asset);
        e.kind = kind;
        e.receipt = Receipt{QStringLiteral("t"), 1, m_clock->nowMs(), m_clock->monotonicMs(), "r"};
        m_system->engine().ingest({e}, {});
    }
    QStringList keys(const AlarmModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << m.keyAt(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto core = StationCore::open(test::demoConfigDir(), m_dir.path(), m_clock);
        QVERIFY(core.ok());
        m_core = core.take();
        auto sys = AlarmSystem::create(*m_core);
        QVERIFY(sys.ok());
        m_system = sys.take();
    }

    void worstFirstWithRowLevelUpdates()
    {
        AlarmModel model(m_system->engine(), *m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&model, &AlarmModel::applied);
        event("PSD-UP", "ISOLATED", "D19", EventKind::Raise);     // P3
        event("PSD-UP", "OBSTRUCTION", "D07", EventKind::Raise);  // P1
        event("ESC-1", "HANDRAIL_SPEED", "E1", EventKind::Raise); // P2
        event("ESC-1", "LUBRICATION", "E1", EventKind::Raise);    // P4
        QVERIFY(applied.wait(500));
        QCOMPARE(keys(model), (QStringList{"PSD-UP/OBSTRUCTION/D07", "ESC-1/HANDRAIL_SPEED/E1",
                                           "PSD-UP/ISOLATED/D19", "ESC-1/LUBRICATION/E1"}));
        QCOMPARE(model.data(model.index(0), AlarmModel::PriorityRole).toInt(), 1);
        QCOMPARE(model.data(model.index(0), AlarmModel::StateRole).toString(),
                 QStringLiteral("unacknowledged"));
        QCOMPARE(model.data(model.index(0), AlarmModel::DeviceEnRole).toString(),
                 QStringLiteral("PSD up side"));

        // Acknowledged alarms go below the unacknowledged ones.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_system->engine()
                    .acknowledge(Actor{QStringLiteral("1001"), Role::Agent, false},
                                 {QStringLiteral("PSD-UP/OBSTRUCTION/D07")})
                    .ok());
        QVERIFY(applied.wait(500));
        QCOMPARE(keys(model).constLast(), QStringLiteral("PSD-UP/OBSTRUCTION/D07"));
        QCOMPARE(removed.count(), 1); // a move, not a reset

        // In place: only the data of that row changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        removed.clear();
        event("ESC-1", "LUBRICATION", "E1", EventKind::Raise); // duplicate
        QVERIFY(applied.wait(500));
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);

        // Cleared and acknowledged: gone.
        event("PSD-UP", "OBSTRUCTION", "D07", EventKind::Clear);
        QVERIFY(applied.wait(500));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!keys(model).contains(QStringLiteral("PSD-UP/OBSTRUCTION/D07")));
    }

    void burstIsOneRepaint()
    {
        AlarmModel model(m_system->engine(), *m_clock);
        QSignalSpy applied(&model, &AlarmModel::applied);
        for (int i = 1; i <= 24; ++i)
            event("PSD-UP", "CLOSE_FAIL",
                  QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')).toLatin1().constData(),
                  EventKind::Raise);
        QVERIFY(applied.wait(500));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().at(0).toStringList().size(), 24);
    }
};

QTEST_GUILESS_MAIN(TestAlarmModel)
#include "tst_alarmmodel.moc"
