// The dashboard's desk on the real services (AppServices): typed figures and bar models that a
// refresh updates in place (no reset), a shift too young to rate, patrol completion from one
// source, and rows of a list that open their record.
#include "AlarmHistoryModel.h"
#include "IncidentDesk.h"
#include "Station.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>

using namespace so;
using namespace so::supervision;

namespace {
constexpr qint64 kMin = 60 * 1000;

int countOf(const BarModel &m, const QString &key)
{
    for (const Bar &b : m.rows())
        if (b.key == key)
            return b.count;
    return -1;
}

QString signature()
{
    QImage img(40, 20, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}
} // namespace

class TestDashboardDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    test::Station m_st;
    Dashboard &dash() { return *m_st.dashboard; }

    void pulse(const QString &door, qint64 at)
    {
        m_st.alarm(QStringLiteral("PSD-UP"), QStringLiteral("CLOSE_FAIL"), door, true, at);
        m_st.alarm(QStringLiteral("PSD-UP"), QStringLiteral("CLOSE_FAIL"), door, false, at + 1000);
    }

private Q_SLOTS:
    void init()
    {
        m_st = test::Station();
        const QString err = m_st.open(m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void modelsPassTheTesterAndARefreshResetsNothing()
    {
        QVERIFY(m_st.complaint(QStringLiteral("complaint"), QStringLiteral("空调太冷")).ok());
        pulse(QStringLiteral("D01"), m_st.clock->nowMs() - 30 * kMin);
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QList<BarModel *> bars{dash().patrolBars(), dash().priorityBars(), dash().topBars(),
                               dash().sellerBars(), dash().categoryBars(), dash().callbackBars()};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        for (BarModel *m : bars) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
            resets.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::modelReset));
        }
        QAbstractItemModelTester drill(dash().drillRows(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dash().refresh());
        QCOMPARE(dash().priorityBars()->rowCount(), 4);
        QCOMPARE(
            dash().openList(QStringLiteral("P4"), QStringLiteral("priority"), QStringLiteral("0")),
            1);
        pulse(QStringLiteral("D02"), m_st.clock->nowMs() - 10 * kMin);
        QVERIFY(dash().refresh());
        dash().setAlarmWindow(QStringLiteral("week"));
        m_st.app->language().setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(dash().refresh());
        for (const auto &spy : resets)
            QCOMPARE(spy->count(), 0);
        QCOMPARE(dash().drillRows()->rowCount(), 2);
        // The bars are worded in the language now on show.
        QVERIFY(dash().patrolBars()->rows().first().label == QStringLiteral("已完成"));
        m_st.app->language().setLanguage(QStringLiteral("en"));
        QCOMPARE(dash().patrolBars()->rows().first().label, QStringLiteral("Done"));
    }

    // #15 item 14: right after a handover the shift is minutes old; it is too young to rate,
    // rather than "2.00 per 10 minutes" from two alarms in its first minute.
    void aShiftMinutesOldIsTooYoungToRate()
    {
        auto id = m_st.handover->handOver(test::kAgent, {});
        QVERIFY(id.ok());
        QVERIFY(
            m_st.handover->acknowledge(*id, QStringLiteral("3001"), QStringLiteral("8642")).ok());
        const qint64 start = m_st.clock->nowMs();
        m_st.clock->advanceMs(30 * 1000);
        pulse(QStringLiteral("D01"), start + 10 * 1000);
        pulse(QStringLiteral("D02"), start + 20 * 1000);
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY(dash().refresh());
        AlarmLoad shift = dash().alarmsFor(QStringLiteral("shift"));
        QCOMPARE(shift.total, 2);
        QVERIFY(!shift.rated);
        QCOMPARE(shift.average, QStringLiteral("\u2014"));
        QVERIFY2(shift.verdict.startsWith(QStringLiteral("too early to rate")),
                 qPrintable(shift.verdict));
        QCOMPARE(shift.perInterval, QList<int>{2});
        QVERIFY(shift.lastRunning);
        // 25 minutes in: two complete intervals are rated (2 alarms over 2 intervals: 1.00), the
        // third, still running, is drawn but not averaged.
        m_st.clock->advanceMs(25 * kMin - 30 * 1000);
        pulse(QStringLiteral("D03"), m_st.clock->nowMs() - kMin);
        QVERIFY(dash().refresh());
        shift = dash().alarmsFor(QStringLiteral("shift"));
        QVERIFY(shift.rated);
        QCOMPARE(shift.perInterval, (QList<int>{2, 0, 1}));
        QCOMPARE(shift.average, QStringLiteral("1.00 per 10 minutes"));
        QCOMPARE(shift.verdict, QStringLiteral("acceptable"));
        QVERIFY(shift.lastRunning);
        // The week is whole intervals.
        QVERIFY(dash().alarmsFor(QStringLiteral("week")).rated);
    }

    // #15 item 14: the completion card and its bars count the same slots.
    void completionCardAndBarsAgree()
    {
        QVERIFY(m_st.auth->signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        checklists::PatrolDesk &patrol = m_st.app->patrol();
        QVERIFY2(patrol.start(QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                              QStringLiteral("P1-up")),
                 qPrintable(patrol.message()));
        patrol.allOthersOk();
        const DeskOutcome done = patrol.finalize(signature());
        QVERIFY2(done.ok, qPrintable(done.message));
        m_st.clock->advanceMs(kMin);
        m_st.auth->signOut();
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY(dash().refresh());
        const PatrolFigure p = dash().patrol();
        QVERIFY(p.slotCount > 0);
        QVERIFY(p.done >= 1);
        QCOMPARE(countOf(*dash().patrolBars(), QStringLiteral("done")), p.done);
        QCOMPARE(countOf(*dash().patrolBars(), QStringLiteral("missed")), p.missed);
        QCOMPARE(p.done + p.missed, p.slotCount);
        QCOMPARE(p.percent, p.done * 100 / p.slotCount);
        QCOMPARE(p.note,
                 QStringLiteral("%1 of today's %2 patrol slots so far were done; %3 missed.")
                     .arg(p.done)
                     .arg(p.slotCount)
                     .arg(p.missed));
        // The bars' lists hold what the bars count.
        int listed = 0;
        for (const DrillRow &r : dash().drill(QStringLiteral("patrol"), QStringLiteral("done")))
            listed +=
                r.detail.section(QStringLiteral(" · "), -1).section(QLatin1Char(' '), 0, 0).toInt();
        QCOMPARE(listed, p.done);
    }

    // #15 item 14: a row of a list opens its record.
    void rowsOpenTheirRecord()
    {
        auto hurt = m_st.complaint(QStringLiteral("complaint"), QStringLiteral("闸机夹包"));
        QVERIFY(hurt.ok());
        pulse(QStringLiteral("D07"), m_st.clock->nowMs() - 5 * kMin);
        const cash::Counts float100{{QStringLiteral("n100"), 1}};
        auto shift = m_st.cash->openShift(test::kSeller, QStringLiteral("TO-A"), float100,
                                          QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY(shift.ok());
        QVERIFY(m_st.cash->submitCount(test::kSeller, *shift, float100).ok());
        QVERIFY(m_st.cash
                    ->signOff(test::kSeller, *shift, QStringLiteral("3001"), QStringLiteral("8642"),
                              cash::SignoffDecision::Accepted, {})
                    .ok());
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY(dash().refresh());

        QCOMPARE(dash().openList(QStringLiteral("Complaints"), QStringLiteral("category"),
                                 QStringLiteral("complaint")),
                 1);
        Destination d = dash().open(0);
        QVERIFY(d.valid);
        QCOMPARE(d.page, QStringLiteral("incidents"));
        QCOMPARE(m_st.app->incidentDesk().current().id, *hurt);

        QCOMPARE(
            dash().openList(QStringLiteral("P"), QStringLiteral("priority"), QStringLiteral("0")),
            1);
        d = dash().open(0);
        QCOMPARE(d.page, QStringLiteral("alarms"));
        QCOMPARE(d.tab, 1);
        alarms::AlarmHistoryModel *history = m_st.app->alarms().history();
        QCOMPARE(history->device(), QStringLiteral("PSD-UP"));
        QCOMPARE(history->day(), QStringLiteral("2026-11-27"));
        QVERIFY(history->priority() > 0);

        QCOMPARE(dash().openList(QStringLiteral("Sellers"), QStringLiteral("seller"), QString()),
                 1);
        d = dash().open(0);
        QCOMPARE(d.page, QStringLiteral("cash"));
        QCOMPARE(d.tab, 1);

        QVERIFY(dash().openList(QStringLiteral("Patrol"), QStringLiteral("patrol"), QString()) > 0);
        QCOMPARE(dash().open(0).page, QStringLiteral("patrol"));
        QVERIFY(!dash().open(99).valid);
    }
};

QTEST_MAIN(TestDashboardDesk)
#include "tst_dashboarddesk.moc"
