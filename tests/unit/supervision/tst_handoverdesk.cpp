// The handover screen's desk on the real services (AppServices): its lists are models that a
// refresh updates row by row (no reset, so the list keeps its place), its modes and headline,
// names in the current language, the carried-note tick, and a preset shelve reason in the
// language of the screen.
#include "ShelveReasons.h"
#include "Station.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QXmlStreamReader>

using namespace so;
using namespace so::supervision;
using so::test::kAgent;
using so::test::kSupervisor;

namespace {

QStringList keysOf(const OpenItemModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.data(m.index(i), OpenItemModel::ItemKeyRole).toString();
    return out;
}

QString detailOf(const OpenItemModel &m, const QString &key)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.data(m.index(i), OpenItemModel::ItemKeyRole).toString() == key)
            return m.data(m.index(i), OpenItemModel::DetailRole).toString();
    return {};
}

} // namespace

class TestHandoverDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    test::Station m_st;
    HandoverDesk &desk() { return *m_st.handoverDesk; }

private Q_SLOTS:
    void init()
    {
        m_st = test::Station();
        const QString err = m_st.open(m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(m_st.auth->signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester items(desk().items(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester notes(desk().notes(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester drafts(desk().drafts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester history(desk().history(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true);
        desk().refresh();
        QVERIFY(desk().items()->rowCount() > 0);
        QVERIFY(desk().addNote(QStringLiteral("B口卷帘门需报修")));
        QCOMPARE(desk().drafts()->rowCount(), 1);
        QVERIFY(desk().handOver());
        QCOMPARE(desk().mode(), HandoverDesk::Waiting);
        QVERIFY(desk().acknowledge(QStringLiteral("1002"), QStringLiteral("1357"), true));
        QCOMPARE(desk().mode(), HandoverDesk::Writing);
        QCOMPARE(desk().notes()->rowCount(), 1);
        QCOMPARE(desk().history()->rowCount(), 1);
        desk().view(desk()
                        .history()
                        ->data(desk().history()->index(0), HandoverHistoryModel::HandoverIdRole)
                        .toString());
        QCOMPARE(desk().mode(), HandoverDesk::Reading);
        desk().view(QString());
    }

    // #15 item 4: a refresh while alarms arrive updates rows; it never resets the list, and the
    // rows that were there keep their order, so the list holds its place.
    void aRefreshWhileAlarmsArriveIsRowByRow()
    {
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true);
        desk().refresh();
        const QStringList before = keysOf(*desk().items());
        QVERIFY(before.size() > 3);
        QSignalSpy resets(desk().items(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(desk().items(), &QAbstractItemModel::rowsInserted);
        QSignalSpy historyResets(desk().history(), &QAbstractItemModel::modelReset);
        m_st.alarm(QStringLiteral("PSD-UP"), QStringLiteral("CLOSE_FAIL"), QStringLiteral("D07"),
                   true);
        m_st.alarm(QStringLiteral("ESC-1"), QStringLiteral("HANDRAIL_SPEED"), QStringLiteral("E1"),
                   true);
        desk().refresh();
        desk().refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(historyResets.count(), 0);
        QVERIFY(inserted.count() >= 1);
        const QStringList after = keysOf(*desk().items());
        QCOMPARE(after.size(), before.size() + 2);
        // Every earlier row is still there, in the same order.
        QStringList kept;
        for (const QString &k : after)
            if (before.contains(k))
                kept << k;
        QCOMPARE(kept, before);
    }

    void modeHeadlineAndNamesFollowTheLanguage()
    {
        desk().refresh();
        QCOMPARE(desk().mode(), HandoverDesk::Writing);
        QCOMPARE(desk().headline(), QStringLiteral("Open now across the four jobs"));
        QVERIFY(desk().jobCounts().first().startsWith(QStringLiteral("Device alarms ")));
        QVERIFY(desk().handOver());
        QCOMPARE(desk().pending().by, QStringLiteral("1001 Li Na"));
        QVERIFY2(
            desk().headline().startsWith(QStringLiteral("Handed over by 1001 Li Na at 09:00: ")),
            qPrintable(desk().headline()));
        QSignalSpy changed(&desk(), &HandoverDesk::changed);
        QSignalSpy rows(desk().items(), &QAbstractItemModel::dataChanged);
        m_st.app->language().setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(rows.count() >= 1);
        QCOMPARE(desk().pending().by, QStringLiteral("1001 李娜"));
        QVERIFY2(desk().headline().contains(QStringLiteral("李娜")), qPrintable(desk().headline()));
        QVERIFY(!desk().headline().contains(QStringLiteral("Li Na")));
        m_st.app->language().setLanguage(QStringLiteral("en"));
    }

    void aTickChangesOneRowAndReadsNothing()
    {
        QVERIFY(desk().addNote(QStringLiteral("first")));
        QVERIFY(desk().addNote(QStringLiteral("second")));
        QVERIFY(desk().handOver());
        QVERIFY(desk().acknowledge(QStringLiteral("1002"), QStringLiteral("1357"), true));
        QCOMPARE(desk().notes()->rowCount(), 2);
        const QString id = desk()
                               .notes()
                               ->data(desk().notes()->index(1), HandoverNoteModel::NoteIdRole)
                               .toString();
        // The writer is named, not numbered.
        QVERIFY(desk()
                    .notes()
                    ->data(desk().notes()->index(1), HandoverNoteModel::ByLineRole)
                    .toString()
                    .startsWith(QStringLiteral("1001 Li Na · ")));
        QSignalSpy changed(&desk(), &HandoverDesk::changed);
        QSignalSpy rows(desk().notes(), &QAbstractItemModel::dataChanged);
        desk().setCleared(id, true);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.first().at(0).toModelIndex().row(), 1);
        QVERIFY(desk()
                    .notes()
                    ->data(desk().notes()->index(1), HandoverNoteModel::ClearedRole)
                    .toBool());
        // Handing over clears it: the next shift carries only the other.
        QVERIFY(desk().handOver());
        QVERIFY(desk().acknowledge(QStringLiteral("1001"), QStringLiteral("2468"), true));
        QCOMPARE(desk().notes()->rowCount(), 1);
    }

    // #15 item 8: a preset shelve reason reads in the screen's language, whichever language it
    // was shelved in; a reason typed by hand stays as typed.
    void aPresetShelveReasonIsInTheScreensLanguage()
    {
        m_st.alarm(QStringLiteral("PSD-UP"), QStringLiteral("ISOLATED"), QStringLiteral("D19"),
                   true);
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true);
        QVERIFY(m_st.alarms->engine()
                    .shelve(kSupervisor, QStringLiteral("PSD-UP/ISOLATED/D19"),
                            QStringLiteral("施工单位正在处理"), 60)
                    .ok());
        QVERIFY(m_st.alarms->engine()
                    .shelve(kSupervisor, QStringLiteral("PUMP-1/PUMP2_FAULT"),
                            QStringLiteral("水泵厂家周五来"), 60)
                    .ok());
        desk().refresh();
        const QString door =
            detailOf(*desk().items(), QStringLiteral("shelved_alarm:PSD-UP/ISOLATED/D19"));
        QVERIFY2(door.contains(QStringLiteral("Contractor working on it")), qPrintable(door));
        QVERIFY(!door.contains(QStringLiteral("施工")));
        QVERIFY(detailOf(*desk().items(), QStringLiteral("shelved_alarm:PUMP-1/PUMP2_FAULT"))
                    .contains(QStringLiteral("水泵厂家周五来")));
        m_st.app->language().setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(detailOf(*desk().items(), QStringLiteral("shelved_alarm:PSD-UP/ISOLATED/D19"))
                    .contains(QStringLiteral("施工单位正在处理")));
        m_st.app->language().setLanguage(QStringLiteral("en"));
        // A preset is read back in both languages whether it was stored by key or by its words.
        for (const alarms::ShelveReason &preset : alarms::shelveReasons()) {
            for (const QString &stored : {preset.key, preset.text.zh, preset.text.en}) {
                const Names n = alarms::shelveReasonNames(stored);
                QCOMPARE(n.en, preset.text.en);
                QCOMPARE(n.zh, preset.text.zh);
            }
        }
    }
};

QTEST_MAIN(TestHandoverDesk)
#include "tst_handoverdesk.moc"
