#pragma once
// Permissions: which role may do what. Services check these; QML only mirrors them.
#include <QList>
#include <QString>

namespace so {

enum class Role { Agent, Seller, Supervisor, Admin };

enum class Permission {
    ViewAlarms,
    AcknowledgeAlarm,
    ShelveAlarm, // shelve, unshelve, suppress
    RunInspection,
    ReviewInspection, // approve or send back
    CloseFollowUp,
    SellTickets,  // open, record and close one's own booth shift
    ConfirmFloat, // second person at float and count
    SignOffShift,
    CorrectShift,
    LogIncident,
    ReviewIncident,    // assess, investigate, approve
    ViewPassengerData, // unmasked names and contacts
    ExportReports,
    HandOver,      // write a shift handover, acknowledge one
    ViewDashboard, // the supervisor dashboard
    ManageStaff,
    ResolveConflicts, // decide on records that arrived from two devices at odds
};

QString roleName(Role role); // "agent", "seller", ...
bool roleFromName(const QString &name, Role *out);
QString permissionName(Permission p); // "acknowledge_alarm", ...
QList<Role> allRoles();
QList<Permission> allPermissions();
bool roleAllows(Role role, Permission p);

// Who acts: a signed-in person, or the system itself (command line, device input).
struct Actor
{
    QString staffNo;
    Role role = Role::Agent;
    bool system = false;

    static Actor systemActor(const QString &what = QStringLiteral("system"))
    {
        return Actor{what, Role::Admin, true};
    }
    bool can(Permission p) const { return system || roleAllows(role, p); }
    QString id() const { return staffNo; }
};

} // namespace so
