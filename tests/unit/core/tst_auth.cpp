#include "AppServices.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace so;

class TestAuth : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = test::pinnedClock();
    std::unique_ptr<AppServices> m_app;

    AuthService &auth() { return m_app->auth(); }
    int auditCount(const QString &action, const QString &staffNo)
    {
        auto q = m_app->core().db().exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action=? AND entity_id=?"),
            {action, staffNo});
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto app = AppServices::build(test::demoConfigDir(), m_dir.path(), m_clock);
        QVERIFY2(app.ok(), qPrintable(app.error()));
        m_app = app.take();
        QVERIFY(m_app->seedDemo().ok());
    }
    void cleanup() { auth().signOut(); }

    void supervisorSignsIn()
    {
        QSignalSpy changed(&auth(), &AuthService::sessionChanged);
        const auto r = auth().signInAs(QStringLiteral("3001"), QStringLiteral("8642"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(changed.count(), 1);
        QVERIFY(auth().signedIn());
        QCOMPARE(auth().role(), QStringLiteral("supervisor"));
        QCOMPARE(auth().nameZh(), QStringLiteral("陈静"));
        QVERIFY(auth().access().shelveAlarm);
        QVERIFY(!auth().access().manageStaff);
        QVERIFY(auth().require(Permission::SignOffShift).ok());
        QCOMPARE(auditCount(QStringLiteral("signed_in"), QStringLiteral("3001")), 1);
        auth().signOut();
        QVERIFY(!auth().signedIn());
        QVERIFY(!auth().require(Permission::ViewAlarms).ok());
        QCOMPARE(auditCount(QStringLiteral("signed_out"), QStringLiteral("3001")), 1);
    }

    void wrongPinAndUnknownNumberReadTheSame()
    {
        const auto wrong = auth().signInAs(QStringLiteral("1002"), QStringLiteral("0000"));
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.triesLeft, 4);
        const auto unknown = auth().signInAs(QStringLiteral("5555"), QStringLiteral("0000"));
        QVERIFY(!unknown.ok);
        QCOMPARE(unknown.triesLeft, 4);
        // Neither message says which part was wrong.
        QCOMPARE(wrong.message, unknown.message);
        QVERIFY(wrong.message.contains(QStringLiteral("4")));
        QVERIFY(!auth().signedIn());
        // A success resets the count.
        QVERIFY(auth().signInAs(QStringLiteral("1002"), QStringLiteral("1357")).ok);
        auth().signOut();
        QCOMPARE(auth().signInAs(QStringLiteral("1002"), QStringLiteral("1111")).triesLeft, 4);
        QVERIFY(auth().signInAs(QStringLiteral("1002"), QStringLiteral("1357")).ok);
    }

    void fiveWrongPinsLockForFiveMinutes()
    {
        const QString who = QStringLiteral("2002");
        for (int i = 1; i <= 4; ++i) {
            const auto r = auth().signInAs(who, QStringLiteral("1111"));
            QVERIFY(!r.ok);
            QCOMPARE(r.triesLeft, 5 - i);
            QVERIFY(!r.lockedOut);
        }
        const auto fifth = auth().signInAs(who, QStringLiteral("1111"));
        QVERIFY(fifth.lockedOut);
        QCOMPARE(auditCount(QStringLiteral("account_locked"), who), 1);
        // The right PIN does not help while locked.
        const auto locked = auth().signInAs(who, QStringLiteral("4826"));
        QVERIFY(!locked.ok);
        QVERIFY(locked.lockedOut);
        m_clock->advanceMs(4 * 60 * 1000 + 59 * 1000);
        QVERIFY(auth().signInAs(who, QStringLiteral("4826")).lockedOut);
        m_clock->advanceMs(2000);
        const auto after = auth().signInAs(who, QStringLiteral("4826"));
        QVERIFY2(after.ok, qPrintable(after.message));
    }

    void idleLockAfterConfiguredMinutes()
    {
        QCOMPARE(auth().idleLockMinutes(), 5);
        QVERIFY(auth().signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        QSignalSpy lockedSpy(&auth(), &AuthService::lockedChanged);
        m_clock->advanceMs(4 * 60 * 1000);
        auth().checkIdle();
        QVERIFY(!auth().locked());
        auth().touch();
        m_clock->advanceMs(4 * 60 * 1000);
        auth().checkIdle();
        QVERIFY(!auth().locked());
        m_clock->advanceMs(60 * 1000);
        auth().checkIdle();
        QVERIFY(auth().locked());
        QCOMPARE(lockedSpy.count(), 1);
        // Nothing can be done for a locked session.
        QVERIFY(!auth().actor().has_value());
        QVERIFY(!auth().require(Permission::LogIncident).ok());
        QVERIFY(!auth().access().logIncident);
        // Touches while locked do not unlock.
        auth().touch();
        auth().checkIdle();
        QVERIFY(auth().locked());
        QVERIFY(!auth().unlock(QStringLiteral("9999")).ok);
        QVERIFY(auth().locked());
        QVERIFY(auth().unlock(QStringLiteral("2468")).ok);
        QVERIFY(!auth().locked());
        QVERIFY(auth().signedIn());
        QCOMPARE(auditCount(QStringLiteral("unlocked"), QStringLiteral("1001")), 1);
    }

    void agentMayNotDoSupervisorWork()
    {
        QVERIFY(auth().signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        QVERIFY(auth().require(Permission::RunInspection).ok());
        const auto refused = auth().require(Permission::ShelveAlarm);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
    }

    void aSecondPersonsPinLeavesTheSessionAlone()
    {
        QVERIFY(auth().signInAs(QStringLiteral("2001"), QStringLiteral("3690")).ok);
        QSignalSpy session(&auth(), &AuthService::sessionChanged);
        auto confirmer = auth().confirmWithPin(QStringLiteral("3001"), QStringLiteral("8642"),
                                               Permission::SignOffShift, QStringLiteral("test"));
        QVERIFY2(confirmer.ok(), qPrintable(confirmer.error()));
        QCOMPARE(confirmer->staffNo, QStringLiteral("3001"));
        QCOMPARE(auth().staffNo(), QStringLiteral("2001")); // still the seller
        QCOMPARE(session.count(), 0);
        // A confirmer whose role may not confirm is refused, with their PIN right.
        QVERIFY(!auth()
                     .confirmWithPin(QStringLiteral("1001"), QStringLiteral("2468"),
                                     Permission::SignOffShift, QStringLiteral("test"))
                     .ok());
        QVERIFY(!auth()
                     .confirmWithPin(QStringLiteral("3001"), QStringLiteral("0000"),
                                     Permission::SignOffShift, QStringLiteral("test"))
                     .ok());
        QCOMPARE(auditCount(QStringLiteral("confirmed_test"), QStringLiteral("3001")), 1);
    }

    void emptyEntryIsRefusedWithoutCountingATry()
    {
        const auto r = auth().signInAs(QString(), QStringLiteral("1234"));
        QVERIFY(!r.ok);
        QCOMPARE(r.triesLeft, 5);
        QVERIFY(!r.message.isEmpty());
    }
    // A kiosk tablet: the window may close only once an administrator has given their number
    // and PIN; a wrong PIN or a supervisor's leaves it shut. Outside kiosk mode it always may.
    void onlyAnAdministratorClosesTheKiosk()
    {
        KioskDesk &kiosk = m_app->kiosk();
        QVERIFY(!kiosk.active());
        QVERIFY(kiosk.mayClose());
        kiosk.setActive(true);
        QVERIFY(!kiosk.mayClose());
        QSignalSpy released(&kiosk, &KioskDesk::released);
        DeskOutcome r = kiosk.leave(QStringLiteral("9001"), QStringLiteral("0000"));
        QVERIFY(!r.ok);
        QVERIFY(!r.message.isEmpty());
        r = kiosk.leave(QStringLiteral("3001"), QStringLiteral("8642"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("3001")), qPrintable(r.message));
        QVERIFY(!kiosk.mayClose());
        QCOMPARE(released.count(), 0);
        r = kiosk.leave(QStringLiteral("9001"), QStringLiteral("9753"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(released.count(), 1);
        QVERIFY(kiosk.mayClose());
        QVERIFY(!auth().signedIn()); // the administrator's PIN did not take over a session
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
