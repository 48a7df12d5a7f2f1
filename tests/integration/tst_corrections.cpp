// Every legitimate way a record is corrected or moved on after it was made leaves `stationops
// verify` and `stationops backup` content (#14 item 1): a cash adjustment after sign-off, a
// repayment, an inspection revision, each later incident step, a follow-up closed, a handover
// note cleared, a PIN changed and a person disabled, an alarm shelved and unshelved. Real
// tampering with the new adjustment record is still caught.
#include "AlarmSystem.h"
#include "AppServices.h"
#include "CashService.h"
#include "DemoInspections.h"
#include "HandoverService.h"
#include "IncidentService.h"
#include "InspectionService.h"
#include "StaffService.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace so;

namespace {

const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
const Actor kAgent2{QStringLiteral("1002"), Role::Agent, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};
const Actor kAdmin{QStringLiteral("9001"), Role::Admin, false};

test::Run stationops(const QStringList &args)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, {}, test::offscreenEnvironment());
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_app;

    QString one(const QString &sql)
    {
        auto q = m_app->core().db().exec(sql);
        return q && q->next() ? q->value(0).toString() : QString();
    }
    void verifyAndBackUp(const QString &data, const QString &copy)
    {
        const test::Run v =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        QVERIFY2(v.out.contains(QStringLiteral("sealed records unchanged")), qPrintable(v.out));
        const test::Run b = stationops({QStringLiteral("--data-dir"), data,
                                        QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QVERIFY2(b.code == 0, qPrintable(b.out + b.err));
        QVERIFY(QFile::exists(copy));
    }

private Q_SLOTS:
    void everyCorrectionKeepsVerifyAndBackupContent()
    {
        const QString data = m_dir.filePath(QStringLiteral("station"));
        auto built = AppServices::build(test::demoConfigDir(), data);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        m_app = built.take();
        QVERIFY(m_app->seedDemo().ok());
        m_app->language().setLanguage(QStringLiteral("en"));
        const int adjustmentsBefore =
            one(QStringLiteral("SELECT COUNT(*) FROM cash_adjustment")).toInt();

        // Cash: a supervisor's adjustment to a signed-off shift, and a repayment of a shortage.
        const QString signedOff =
            one(QStringLiteral("SELECT shift_id FROM cash_signoff ORDER BY created_at LIMIT 1"));
        QVERIFY(!signedOff.isEmpty());
        auto adj = m_app->cash().adjust(kSupervisor, signedOff, Money::fromFen(-50),
                                        QStringLiteral("counterfeit ¥0.50 coin"));
        QVERIFY2(adj.ok(), qPrintable(adj.error()));
        QString owing;
        for (const QString &seller : {QStringLiteral("2001"), QStringLiteral("2002")})
            if (auto r = m_app->cash().sellerRecord(seller); r && r->owed.fen() > 0)
                owing = seller;
        QVERIFY2(!owing.isEmpty(), "the demo station has a seller who owes a shortage");
        QVERIFY(m_app->cash()
                    .repay(kSupervisor, owing, Money::fromFen(10), QStringLiteral("paid in cash"))
                    .ok());
        // The adjustment shows with the shift's entries.
        bool listed = false;
        const auto entries =
            m_app->cash().entries(signedOff); // kept: a range-for over *temporary dangles
        QVERIFY(entries.ok());
        for (const cash::Entry &e : *entries)
            listed = listed || (e.id == *adj && e.kind == QLatin1String("adjustment") &&
                                e.amount.fen() == -50);
        QVERIFY(listed);

        // Patrol: a finalized inspection sent back, revised and finalized again; a follow-up
        // closed.
        auto &insp = m_app->inspections();
        auto start = insp.start(kAgent, QStringLiteral("psd-patrol"),
                                QStringLiteral("platform-side"), QStringLiteral("P1-up"));
        QVERIFY2(start.ok(), qPrintable(start.error()));
        QVERIFY(insp.markAllOk(kAgent, *start).ok());
        QVERIFY(insp.finalize(kAgent, *start, checklists::demoSignaturePng(QStringLiteral("1001")))
                    .ok());
        QVERIFY(insp.review(kSupervisor, *start, false,
                            QStringLiteral("D12 was marked before you reached it"))
                    .ok());
        auto rev = insp.revise(kAgent, *start);
        QVERIFY2(rev.ok(), qPrintable(rev.error()));
        QVERIFY(
            insp.finalize(kAgent, *rev, checklists::demoSignaturePng(QStringLiteral("1001"))).ok());
        auto open = insp.store().openFollowUps();
        QVERIFY(open.ok() && !open->isEmpty());
        QVERIFY(insp.addFollowUpNote(kAgent, open->first().id,
                                     QStringLiteral("reported to the maintainer"))
                    .ok());
        QVERIFY(
            insp.closeFollowUp(kSupervisor, open->first().id, QStringLiteral("repaired and tested"))
                .ok());

        // An incident through every later step.
        incidents::NewIncident n;
        n.location = QStringLiteral("concourse");
        n.category = QStringLiteral("complaint");
        n.subtype = QStringLiteral("facilities");
        n.channel = QStringLiteral("in_person");
        n.description = QStringLiteral("扶梯异响");
        auto inc = m_app->incidents().log(kAgent, n);
        QVERIFY2(inc.ok(), qPrintable(inc.error()));
        QVERIFY(m_app->incidents().addNote(kAgent, *inc, QStringLiteral("乘客留下电话")).ok());
        for (const auto &[to, text] :
             QList<std::pair<const char *, const char *>>{{"assessed", "有效"},
                                                          {"investigating", "查监控"},
                                                          {"resolution_proposed", "致歉"},
                                                          {"approved", "同意"},
                                                          {"resolved", "已处理"},
                                                          {"callback_done", "电话回访，满意"},
                                                          {"closed", ""}})
            QVERIFY2(m_app->incidents()
                         .transition(kSupervisor, *inc, QLatin1String(to), QString::fromUtf8(text),
                                     {{"valid", true}})
                         .ok(),
                     to);

        // A handover note carried, then cleared by the next handover.
        auto &handover = m_app->handover();
        QVERIFY(handover.addDraftNote(kAgent, QStringLiteral("B口卷帘门需报修")).ok());
        auto h1 = handover.handOver(kAgent, {});
        QVERIFY2(h1.ok(), qPrintable(h1.error()));
        QVERIFY(handover.acknowledge(*h1, QStringLiteral("1002"), QStringLiteral("1357")).ok());
        auto notes = handover.openNotes();
        QVERIFY(notes.ok() && notes->size() == 1);
        auto h2 = handover.handOver(kAgent2, {notes->first().id});
        QVERIFY2(h2.ok(), qPrintable(h2.error()));
        QCOMPARE(handover.openNotes()->size(), 0);

        // Staff: a PIN changed, a person disabled.
        StaffService staff(m_app->core());
        QVERIFY(staff.setPin(kAdmin, QStringLiteral("1002"), QStringLiteral("5791")).ok());
        QVERIFY(staff.disable(kAdmin, QStringLiteral("2002")).ok());

        // Alarms: one shelved, then unshelved.
        auto &engine = m_app->alarmSystem().engine();
        QString key;
        for (auto it = engine.alarms().cbegin(); it != engine.alarms().cend() && key.isEmpty();
             ++it)
            if (it->active)
                key = it.key();
        QVERIFY2(!key.isEmpty(), "the demo station has an active alarm");
        QVERIFY(engine.shelve(kSupervisor, key, QStringLiteral("contractor on site"), 60).ok());
        QVERIFY(engine.unshelve(kSupervisor, key).ok());

        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM cash_adjustment")).toInt(),
                 adjustmentsBefore + 1);
        m_app.reset();
        verifyAndBackUp(data, m_dir.filePath(QStringLiteral("copy.db")));

        // Someone edits the adjustment behind the app's back: the adjustment's own seal finds it.
        const QString tampered = m_dir.filePath(QStringLiteral("tampered"));
        QDir().mkpath(tampered);
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy.db")),
                            tampered + QStringLiteral("/stationops.db")));
        QVERIFY(test::sqlOnFile(tampered + QStringLiteral("/stationops.db"),
                                {QStringLiteral("DROP TRIGGER cash_adjustment_no_update"),
                                 QStringLiteral("UPDATE cash_adjustment SET amount_fen = -5000")}));
        const test::Run v =
            stationops({QStringLiteral("--data-dir"), tampered, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QStringLiteral("cash_adjustment ")) &&
                     v.err.contains(QStringLiteral("changed after it was made final")),
                 qPrintable(v.err));
    }
    // A station whose database is from before adjustments were records of their own: an
    // adjustment after sign-off sits among the shift's entries and `verify` fails on it. The
    // upgrade moves it out, and the shift's seal reads true again.
    void upgradeMendsAnAdjustedShift()
    {
        const QString old = m_dir.filePath(QStringLiteral("old"));
        QDir().mkpath(old);
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy.db")),
                            old + QStringLiteral("/stationops.db")));
        // Put the file back as schema 10 left it, adjustment and triggers included.
        QVERIFY(test::sqlOnFile(
            old + QStringLiteral("/stationops.db"),
            {QStringLiteral("DROP TRIGGER cash_entry_after_signoff"),
             QStringLiteral("DROP TRIGGER cash_entry_arrival"),
             QStringLiteral("INSERT INTO cash_entry(id, device_id, device_seq, created_at, "
                            "created_by, shift_id, kind, payment, "
                            "amount_fen, reason, reference, corrects_id, occurred_at) SELECT id, "
                            "device_id, device_seq, "
                            "created_at, created_by, shift_id, 'adjustment', 'cash', amount_fen, "
                            "reason, '', NULL, created_at "
                            "FROM cash_adjustment"),
             QStringLiteral("DROP TABLE cash_adjustment"),
             QStringLiteral("CREATE TRIGGER cash_entry_after_signoff BEFORE INSERT ON cash_entry "
                            "WHEN NEW.kind <> 'adjustment' "
                            "AND EXISTS (SELECT 1 FROM cash_signoff WHERE shift_id = NEW.shift_id) "
                            "BEGIN SELECT RAISE(ABORT, 'the shift is signed off; only an "
                            "adjustment may follow'); END"),
             QStringLiteral("PRAGMA user_version = 10")}));
        const test::Run before =
            stationops({QStringLiteral("--data-dir"), old, QStringLiteral("verify")});
        QCOMPARE(before.code,
                 1); // the field report: the shift reads as changed (a row it did not seal)
        QVERIFY2(before.err.contains(QStringLiteral("after it was made final")),
                 qPrintable(before.err));
        {
            auto built = AppServices::build(test::demoConfigDir(), old);
            QVERIFY2(built.ok(), qPrintable(built.error()));
            auto moved =
                (*built)->core().db().exec(QStringLiteral("SELECT COUNT(*) FROM cash_adjustment"));
            QVERIFY(moved && moved->next());
            QVERIFY(moved->value(0).toInt() >= 1);
        }
        verifyAndBackUp(old, m_dir.filePath(QStringLiteral("old-copy.db")));
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
