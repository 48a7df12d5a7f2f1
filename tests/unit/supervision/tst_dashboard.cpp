// The supervisor dashboard on a real database: alarm load measured the EEMUA 191 way (per 10
// minutes, floods, chattering, stale, most frequent), patrol completion, cash variance per seller,
// incidents by category and callback compliance, the lists behind the figures, and who may look.
#include "AlarmStats.h"
#include "ReportsDesk.h"
#include "Station.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <numeric>

using namespace so;
using namespace so::supervision;
using so::test::kSeller;
using so::test::kSupervisor;

namespace {
constexpr qint64 kMin = 60 * 1000;
}

class TestDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    test::Station m_st;

    // One activation of a door alarm at `at`: raised, then cleared a second later.
    void pulse(const QString &point, const QString &door, qint64 at)
    {
        m_st.alarm(QStringLiteral("PSD-UP"), point, door, true, at);
        m_st.alarm(QStringLiteral("PSD-UP"), point, door, false, at + 1000);
    }

private Q_SLOTS:
    void init()
    {
        m_st = test::Station();
        const QString err = m_st.open(m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void alarmLoadTheEemuaWay()
    {
        const qint64 now = m_st.clock->nowMs();
        const qint64 from = now - 120 * kMin;
        // A flood: 12 different doors within one 10-minute interval (20..30 minutes in).
        for (int d = 1; d <= 12; ++d)
            pulse(QStringLiteral("CLOSE_FAIL"),
                  QStringLiteral("D%1").arg(d, 2, 10, QLatin1Char('0')),
                  from + 20 * kMin + d * 20000);
        // Chattering: one door three times within 50 s (at 60 minutes) ...
        for (int k = 0; k < 3; ++k)
            pulse(QStringLiteral("OBSTRUCTION"), QStringLiteral("D07"),
                  from + 60 * kMin + k * 25000);
        // ... and another three times, but 5 minutes apart: frequent, not chattering.
        for (int k = 0; k < 3; ++k)
            pulse(QStringLiteral("OBSTRUCTION"), QStringLiteral("D09"),
                  from + 80 * kMin + k * 5 * kMin);
        // A frame repeating an alarm that is already active is not a new alarm.
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true,
                   from + 100 * kMin);
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true,
                   from + 101 * kMin);
        // Before the window: not counted.
        pulse(QStringLiteral("CLOSE_FAIL"), QStringLiteral("D20"), from - kMin);

        auto s = alarms::alarmStats(m_st.core->db(), from, now);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->total, 12 + 3 + 3 + 1);
        QCOMPARE(s->intervals, 12);
        QCOMPARE(s->peak, 12);
        QCOMPARE(s->perInterval.size(), 12);
        QCOMPARE(s->perInterval.at(2), 12);
        QCOMPARE(s->perInterval.at(6), 3);
        QCOMPARE(std::accumulate(s->perInterval.begin(), s->perInterval.end(), 0), s->total);
        QCOMPARE(s->floods.size(), 1);
        QCOMPARE(s->floods.first().count, 12);
        QCOMPARE(s->floods.first().startUtc, from + 20 * kMin);
        QCOMPARE(s->averageHundredths(), 19 * 100 / 12);
        QCOMPARE(s->floodPermille(), 1000 / 12);
        QCOMPARE(s->chattering.size(), 1);
        QCOMPARE(s->chattering.first().key, QStringLiteral("PSD-UP/OBSTRUCTION/D07"));
        QCOMPARE(s->top.size(), 10);
        QCOMPARE(s->top.at(0).count, 3);
        QCOMPARE(s->top.at(1).count, 3);
        QCOMPARE(s->top.at(2).count, 1);
        QVERIFY(!s->top.first().text.zh.isEmpty());
        // Priorities add up to the total.
        QCOMPARE(s->byPriority.at(0) + s->byPriority.at(1) + s->byPriority.at(2) +
                     s->byPriority.at(3),
                 s->total);
        QVERIFY(s->stale.isEmpty());

        // 25 hours on, the pump is still active: stale. The door alarms cleared: not stale.
        m_st.clock->advanceMs(25 * 60 * kMin);
        auto later = alarms::alarmStats(m_st.core->db(), now, m_st.clock->nowMs());
        QVERIFY(later.ok());
        QCOMPARE(later->stale.size(), 1);
        QCOMPARE(later->stale.first().key, QStringLiteral("PUMP-1/PUMP2_FAULT"));
        QCOMPARE(later->total, 0);

        // The list behind a priority bar holds that priority's activations, newest first.
        for (int p = 1; p <= 4; ++p) {
            auto list = alarms::activations(m_st.core->db(), from, now, p, 100);
            QVERIFY(list.ok());
            QCOMPARE(list->size(), s->byPriority.at(p - 1));
            for (int k = 1; k < list->size(); ++k)
                QVERIFY(list->at(k - 1).at >= list->at(k).at);
        }
    }

    void dashboardNeedsASupervisor()
    {
        QVERIFY(!m_st.dashboard->refresh());
        QVERIFY(!m_st.dashboard->message().isEmpty());
        QVERIFY(m_st.auth->signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        QVERIFY(!m_st.dashboard->refresh());
        QVERIFY(m_st.dashboard->drill(QStringLiteral("category"), QStringLiteral("complaint"))
                    .isEmpty());
        m_st.auth->signOut();
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY2(m_st.dashboard->refresh(), qPrintable(m_st.dashboard->message()));
    }

    void figuresFromEveryJob()
    {
        // Incidents this week: two complaints and a lost bag; one more cancelled (not counted).
        QVERIFY(m_st.complaint(QStringLiteral("complaint"), QStringLiteral("空调太冷")).ok());
        QVERIFY(m_st.complaint(QStringLiteral("complaint"), QStringLiteral("广播听不清")).ok());
        auto bag = m_st.complaint(QStringLiteral("lost_property"), QStringLiteral("黑色背包"));
        auto dup = m_st.complaint(QStringLiteral("lost_property"), QStringLiteral("重复登记"));
        QVERIFY(bag.ok() && dup.ok());
        QVERIFY(m_st.incidents
                    ->transition(kSupervisor, *dup, QStringLiteral("cancelled"),
                                 QStringLiteral("logged twice"))
                    .ok());
        // Callbacks: the bag's made on time; a first-aid case (2 days) left to go late.
        auto hurt = m_st.complaint(QStringLiteral("first_aid"), QStringLiteral("乘客摔伤膝盖"));
        QVERIFY(hurt.ok());
        for (const QString &id : {*bag, *hurt}) {
            Status resolved = m_st.resolve(id);
            QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        }
        m_st.clock->advanceMs(24 * 60 * kMin);
        QVERIFY(m_st.incidents
                    ->transition(kSupervisor, *bag, QStringLiteral("callback_done"),
                                 QStringLiteral("called"))
                    .ok());
        m_st.clock->advanceMs(2 * 24 * 60 * kMin);
        // Cash: one exact shift and one 0.50 short for seller 2001.
        const cash::Counts float100{{QStringLiteral("n100"), 1}};
        const cash::Counts exact{{QStringLiteral("n100"), 1}};
        const cash::Counts short50{{QStringLiteral("n50"), 1},
                                   {QStringLiteral("n20"), 2},
                                   {QStringLiteral("n5"), 1},
                                   {QStringLiteral("n1"), 4},
                                   {QStringLiteral("c05"), 1}};
        for (const cash::Counts &counted : {exact, short50}) {
            auto shift = m_st.cash->openShift(kSeller, QStringLiteral("TO-A"), float100,
                                              QStringLiteral("2002"), QStringLiteral("4826"));
            QVERIFY2(shift.ok(), qPrintable(shift.error()));
            QVERIFY(m_st.cash->submitCount(kSeller, *shift, counted).ok());
            QVERIFY(m_st.cash
                        ->signOff(kSeller, *shift, QStringLiteral("3001"), QStringLiteral("8642"),
                                  cash::SignoffDecision::Accepted,
                                  QStringLiteral("miscounted change"))
                        .ok());
        }

        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY2(m_st.dashboard->refresh(), qPrintable(m_st.dashboard->message()));
        QMap<QString, int> byCategory;
        for (const Bar &b : m_st.dashboard->categoryBars()->rows())
            byCategory.insert(b.key, b.count);
        QCOMPARE(byCategory.value(QStringLiteral("complaint")), 2);
        QCOMPARE(byCategory.value(QStringLiteral("lost_property")), 1);
        QCOMPARE(byCategory.value(QStringLiteral("first_aid")), 1);
        QCOMPARE(m_st.dashboard->incidents().total, 4);
        QMap<QString, int> cb;
        for (const Bar &b : m_st.dashboard->callbackBars()->rows())
            cb.insert(b.key, b.count);
        QCOMPARE(cb.value(QStringLiteral("on_time")), 1);
        QCOMPARE(cb.value(QStringLiteral("late")), 1);
        QCOMPARE(cb.value(QStringLiteral("pending")), 0);
        QCOMPARE(m_st.dashboard->incidents().percent, 50);
        QCOMPARE(m_st.dashboard->incidents().compliance,
                 QStringLiteral("Callbacks within the deadline: 50%"));
        QCOMPARE(
            m_st.dashboard->drill(QStringLiteral("category"), QStringLiteral("complaint")).size(),
            2);
        const QList<DrillRow> late =
            m_st.dashboard->drill(QStringLiteral("callbacks"), QStringLiteral("late"));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().detail, QStringLiteral("乘客摔伤膝盖"));
        // The incident screens' word for the state.
        QCOMPARE(late.first().title, QStringLiteral("Concourse · Resolved, callback due"));

        const QList<Bar> sellers = m_st.dashboard->sellerBars()->rows();
        QCOMPARE(sellers.size(), 1);
        QCOMPARE(sellers.first().key, QStringLiteral("2001"));
        QCOMPARE(sellers.first().count, 2);
        QCOMPARE(sellers.first().valueText, QStringLiteral("-\u00a50.50"));
        QCOMPARE(sellers.first().tone, QStringLiteral("fail"));
        QCOMPARE(m_st.dashboard->cash().headline, QStringLiteral("1/2 exact"));
        QCOMPARE(m_st.dashboard->drill(QStringLiteral("seller"), QStringLiteral("2001")).size(), 2);

        // Patrol completion is today's covered slots over the slots whose time is up.
        auto due = m_st.inspections->due();
        QVERIFY(due.ok());
        int slotCount = 0, missed = 0;
        for (const auto &d : *due) {
            slotCount += d.slotsToday;
            missed += d.missedToday;
        }
        QVERIFY(slotCount > 0);
        const PatrolFigure patrol = m_st.dashboard->patrol();
        QCOMPARE(patrol.slotCount, slotCount);
        QCOMPARE(patrol.missed, missed);
        QCOMPARE(patrol.percent, (slotCount - missed) * 100 / slotCount);
        // Nothing was done: well under 80%, so red.
        QCOMPARE(patrol.tone, QStringLiteral("fail"));
        QCOMPARE(m_st.dashboard->drill(QStringLiteral("patrol"), QString()).size(), due->size());
    }

    void reportsAreSavedWithOneTap()
    {
        QVERIFY(m_st.complaint(QStringLiteral("lost_property"), QStringLiteral("黑色雨伞")).ok());
        ReportsDesk &desk = *m_st.reports;
        desk.setRange(QStringLiteral("thisWeek"));
        QCOMPARE(desk.from(), QStringLiteral("2026-11-23"));
        QCOMPARE(desk.to(), QStringLiteral("2026-11-27"));
        QCOMPARE(desk.week(), QStringLiteral("2026-W48"));
        QCOMPARE(desk.incidentCount(), 1);
        desk.setRange(QStringLiteral("lastWeek"));
        QCOMPARE(desk.from(), QStringLiteral("2026-11-16"));
        QCOMPARE(desk.week(), QStringLiteral("2026-W47"));
        QCOMPARE(desk.incidentCount(), 0);
        desk.setRange(QStringLiteral("7days"));

        // Only those who may export: an agent is refused and nothing is written.
        QVERIFY(m_st.auth->signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        QVERIFY(desk.save(QStringLiteral("incidents"), QStringLiteral("csv")).isEmpty());
        QVERIFY(!desk.message().isEmpty());
        QVERIFY(!QDir(m_st.core->dataDir() + QStringLiteral("/exports")).exists());
        m_st.auth->signOut();
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        const QString csv = desk.save(QStringLiteral("incidents"), QStringLiteral("csv"));
        QVERIFY2(!csv.isEmpty(), qPrintable(desk.message()));
        QCOMPARE(csv, m_st.core->dataDir() +
                          QStringLiteral("/exports/incidents-2026-11-21-2026-11-27.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("黑色雨伞")));
        QVERIFY(text.contains(QStringLiteral("lost_property")));
        // The viewer shows its first rows: the header, and the case.
        QCOMPARE(desk.preview(), ReportsDesk::CsvPreview);
        QVERIFY(!desk.csv()->header().isEmpty());
        QCOMPARE(desk.csv()->rowCount(), 1);
        bool found = false;
        for (int c = 0; c < desk.csv()->columnCount(); ++c)
            found |= desk.csv()
                         ->data(desk.csv()->index(0, c), Qt::DisplayRole)
                         .toString()
                         .contains(QStringLiteral("黑色雨伞"));
        QVERIFY(found);
        const QString weekly = desk.save(QStringLiteral("weekly"), QStringLiteral("pdf"));
        QVERIFY2(QFile::exists(weekly), qPrintable(desk.message()));
        QVERIFY(weekly.endsWith(QStringLiteral("weekly-2026-W48.pdf")));
        QCOMPARE(desk.preview(), ReportsDesk::PdfPreview);
        QCOMPARE(desk.savedUrl(), QUrl::fromLocalFile(weekly));
        desk.closePreview();
        QCOMPARE(desk.preview(), ReportsDesk::NoPreview);
        QVERIFY(desk.save(QStringLiteral("payroll"), QStringLiteral("pdf")).isEmpty());
        QVERIFY(desk.message().contains(QStringLiteral("payroll")));
    }

    void thisShiftStartsAtTheHandover()
    {
        const qint64 before = m_st.clock->nowMs();
        pulse(QStringLiteral("CLOSE_FAIL"), QStringLiteral("D01"), before - 30 * kMin);
        auto id = m_st.handover->handOver(test::kAgent, {});
        QVERIFY(id.ok());
        m_st.clock->advanceMs(5 * kMin);
        QVERIFY(
            m_st.handover->acknowledge(*id, QStringLiteral("1002"), QStringLiteral("1357")).ok());
        const qint64 start = m_st.clock->nowMs();
        m_st.clock->advanceMs(5 * kMin);
        pulse(QStringLiteral("CLOSE_FAIL"), QStringLiteral("D02"), m_st.clock->nowMs() - kMin);
        QVERIFY(m_st.auth->signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY(m_st.dashboard->refresh());
        // A note typed for the next handover does not make the dashboard read everything again.
        QSignalSpy refreshed(m_st.dashboard, &Dashboard::changed);
        QVERIFY(m_st.handover->addDraftNote(test::kSupervisor, QStringLiteral("B口扶梯待修")).ok());
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(m_st.dashboard->shiftStart(), start);
        QVERIFY(m_st.dashboard->shiftFromHandover());
        QCOMPARE(m_st.dashboard->alarmsFor(QStringLiteral("shift")).total, 1);
        QCOMPARE(m_st.dashboard->alarmsFor(QStringLiteral("week")).total, 2);
        m_st.dashboard->setAlarmWindow(QStringLiteral("week"));
        QCOMPARE(m_st.dashboard->drill(QStringLiteral("priority"), QStringLiteral("0")).size(), 2);
        m_st.dashboard->setAlarmWindow(QStringLiteral("shift"));
        QCOMPARE(m_st.dashboard->drill(QStringLiteral("priority"), QStringLiteral("0")).size(), 1);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
