#include "Permissions.h"

#include <QTest>

using namespace so;

// The matrix as the station runs it: every role x every permission, written out in full so a
// change to Permissions.cpp has to change this table on purpose.
class TestPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        // columns: agent, seller, supervisor, admin
        const QList<std::pair<Permission, QList<bool>>> table{
            {Permission::ViewAlarms, {true, true, true, true}},
            {Permission::AcknowledgeAlarm, {true, true, true, true}},
            {Permission::ShelveAlarm, {false, false, true, false}},
            {Permission::RunInspection, {true, false, true, false}},
            {Permission::ReviewInspection, {false, false, true, false}},
            {Permission::CloseFollowUp, {false, false, true, false}},
            {Permission::SellTickets, {false, true, true, false}},
            {Permission::ConfirmFloat, {false, true, true, false}},
            {Permission::SignOffShift, {false, false, true, false}},
            {Permission::CorrectShift, {false, false, true, false}},
            {Permission::LogIncident, {true, true, true, true}},
            {Permission::ReviewIncident, {false, false, true, false}},
            {Permission::ViewPassengerData, {false, false, true, false}},
            {Permission::ExportReports, {false, false, true, true}},
            {Permission::HandOver, {true, false, true, false}},
            {Permission::ViewDashboard, {false, false, true, false}},
            {Permission::ManageStaff, {false, false, false, true}},
            {Permission::ResolveConflicts, {false, false, true, true}},
        };
        QCOMPARE(table.size(), allPermissions().size());
        for (const auto &[perm, allowed] : table) {
            for (Role r : allRoles()) {
                QTest::addRow("%s/%s", qPrintable(roleName(r)), qPrintable(permissionName(perm)))
                    << int(r) << int(perm) << allowed.at(int(r));
            }
        }
    }
    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(Role(role), Permission(permission)), allowed);
        const Actor person{QStringLiteral("1"), Role(role), false};
        QCOMPARE(person.can(Permission(permission)), allowed);
    }

    void namesRoundTrip()
    {
        for (Role r : allRoles()) {
            Role back;
            QVERIFY(roleFromName(roleName(r), &back));
            QCOMPARE(int(back), int(r));
        }
        Role dummy;
        QVERIFY(!roleFromName(QStringLiteral("driver"), &dummy));
        QSet<QString> names;
        for (Permission p : allPermissions())
            names.insert(permissionName(p));
        QCOMPARE(names.size(), allPermissions().size());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
