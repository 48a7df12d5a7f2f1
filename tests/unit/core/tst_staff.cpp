#include "AppServices.h"
#include "StaffService.h"
#include "TestSupport.h"

#include <QTest>

using namespace so;

class TestStaff : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_app;
    const Actor m_admin{QStringLiteral("9001"), Role::Admin, false};
    const Actor m_supervisor{QStringLiteral("3001"), Role::Supervisor, false};

private Q_SLOTS:
    void initTestCase()
    {
        auto app = AppServices::build(test::demoConfigDir(), m_dir.path(), test::pinnedClock());
        QVERIFY2(app.ok(), qPrintable(app.error()));
        m_app = app.take();
        auto seeded = seedDemoStaffOnce();
        QCOMPARE(seeded, 6);
    }

    int seedDemoStaffOnce()
    {
        StaffService staff(m_app->core());
        if (!m_app->seedDemo().ok())
            return -1;
        // A second seed adds nobody.
        if (!m_app->seedDemo().ok())
            return -1;
        auto list = staff.list();
        return list ? int(list->size()) : -1;
    }

    void adminAddsAndPersonSignsIn()
    {
        StaffService staff(m_app->core());
        QVERIFY(staff
                    .add(m_admin, {QStringLiteral("1003"), QStringLiteral("周杰"), QString(),
                                   Role::Agent, QStringLiteral("5791")})
                    .ok());
        QVERIFY(m_app->auth().signInAs(QStringLiteral("1003"), QStringLiteral("5791")).ok);
        QCOMPARE(m_app->auth().nameEn(),
                 QStringLiteral("周杰")); // falls back to the one name given
        m_app->auth().signOut();
    }

    void onlyAdminsManageStaff()
    {
        StaffService staff(m_app->core());
        const Status s =
            staff.add(m_supervisor, {QStringLiteral("1004"), QStringLiteral("a"),
                                     QStringLiteral("a"), Role::Agent, QStringLiteral("1234")});
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("admin")));
        QVERIFY(!staff.disable(m_supervisor, QStringLiteral("1001")).ok());
        // People may change their own PIN.
        QVERIFY(staff
                    .setPin(Actor{QStringLiteral("1002"), Role::Agent, false},
                            QStringLiteral("1002"), QStringLiteral("246810"))
                    .ok());
        QVERIFY(!staff
                     .setPin(Actor{QStringLiteral("1002"), Role::Agent, false},
                             QStringLiteral("1001"), QStringLiteral("246810"))
                     .ok());
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short pin") << "1101"
                                   << "123"
                                   << "PIN: a PIN has 4 to 8 digits";
        QTest::newRow("letters in pin") << "1102"
                                        << "12ab"
                                        << "PIN: a PIN has digits only";
        QTest::newRow("short number") << "11"
                                      << "1234"
                                      << "staff number: a staff number has 3 to 10 digits";
        QTest::newRow("taken") << "1001"
                               << "1234"
                               << "staff number 1001 is already taken";
    }
    void badInputIsNamed()
    {
        QFETCH(QString, number);
        QFETCH(QString, pin);
        QFETCH(QString, expected);
        StaffService staff(m_app->core());
        const Status s = staff.add(
            m_admin, {number, QStringLiteral("名"), QStringLiteral("Name"), Role::Agent, pin});
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), expected);
    }

    void pinChangeAndDisableAreNewVersions()
    {
        StaffService staff(m_app->core());
        QVERIFY(staff.setPin(m_admin, QStringLiteral("2001"), QStringLiteral("7777")).ok());
        QVERIFY(!m_app->auth().signInAs(QStringLiteral("2001"), QStringLiteral("3690")).ok);
        QVERIFY(m_app->auth().signInAs(QStringLiteral("2001"), QStringLiteral("7777")).ok);
        m_app->auth().signOut();
        QVERIFY(staff.disable(m_admin, QStringLiteral("2001")).ok());
        QVERIFY(!m_app->auth().signInAs(QStringLiteral("2001"), QStringLiteral("7777")).ok);
        auto versions = m_app->core().db().exec(
            QStringLiteral("SELECT COUNT(*) FROM staff_version WHERE staff_no='2001'"));
        QVERIFY(versions && versions->next());
        QCOMPARE(versions->value(0).toInt(), 3);
        // The audit trail never carries PIN hashes.
        auto leak = m_app->core().db().exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE after_json LIKE '%pin_hash%' OR "
                           "after_json LIKE '%salt%'"));
        QVERIFY(leak && leak->next());
        QCOMPARE(leak->value(0).toInt(), 0);
        QVERIFY(AuditLog::verify(m_app->core().db()).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
