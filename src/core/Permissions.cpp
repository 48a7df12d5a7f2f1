#include "Permissions.h"

namespace so {

QString roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Seller:
        return QStringLiteral("seller");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

bool roleFromName(const QString &name, Role *out)
{
    for (Role r : allRoles()) {
        if (roleName(r) == name) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::ViewAlarms:
        return QStringLiteral("view_alarms");
    case Permission::AcknowledgeAlarm:
        return QStringLiteral("acknowledge_alarm");
    case Permission::ShelveAlarm:
        return QStringLiteral("shelve_alarm");
    case Permission::RunInspection:
        return QStringLiteral("run_inspection");
    case Permission::ReviewInspection:
        return QStringLiteral("review_inspection");
    case Permission::CloseFollowUp:
        return QStringLiteral("close_follow_up");
    case Permission::SellTickets:
        return QStringLiteral("sell_tickets");
    case Permission::ConfirmFloat:
        return QStringLiteral("confirm_float");
    case Permission::SignOffShift:
        return QStringLiteral("sign_off_shift");
    case Permission::CorrectShift:
        return QStringLiteral("correct_shift");
    case Permission::LogIncident:
        return QStringLiteral("log_incident");
    case Permission::ReviewIncident:
        return QStringLiteral("review_incident");
    case Permission::ViewPassengerData:
        return QStringLiteral("view_passenger_data");
    case Permission::ExportReports:
        return QStringLiteral("export_reports");
    case Permission::HandOver:
        return QStringLiteral("hand_over");
    case Permission::ViewDashboard:
        return QStringLiteral("view_dashboard");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    case Permission::ResolveConflicts:
        return QStringLiteral("resolve_conflicts");
    }
    return QString();
}

QList<Role> allRoles()
{
    return {Role::Agent, Role::Seller, Role::Supervisor, Role::Admin};
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (int p = int(Permission::ViewAlarms); p <= int(Permission::ResolveConflicts); ++p)
        out << Permission(p);
    return out;
}

bool roleAllows(Role role, Permission p)
{
    switch (p) {
    // Everyone on shift sees alarms, acknowledges them and logs incidents.
    case Permission::ViewAlarms:
    case Permission::AcknowledgeAlarm:
    case Permission::LogIncident:
        return true;
    // Patrols are agents' and supervisors' work, and so is the duty handover.
    case Permission::RunInspection:
    case Permission::HandOver:
        return role == Role::Agent || role == Role::Supervisor;
    // Booth work is the seller's; a supervisor may cover a booth.
    case Permission::SellTickets:
        return role == Role::Seller || role == Role::Supervisor;
    // The second person at a float or count: another seller or a supervisor.
    case Permission::ConfirmFloat:
        return role == Role::Seller || role == Role::Supervisor;
    case Permission::ShelveAlarm:
    case Permission::ReviewInspection:
    case Permission::CloseFollowUp:
    case Permission::SignOffShift:
    case Permission::CorrectShift:
    case Permission::ReviewIncident:
    case Permission::ViewPassengerData:
    case Permission::ViewDashboard:
        return role == Role::Supervisor;
    case Permission::ExportReports:
        return role == Role::Supervisor || role == Role::Admin;
    // An admin manages accounts but does not sign off money or incidents.
    case Permission::ManageStaff:
        return role == Role::Admin;
    // Records at odds between two devices: the supervisor on duty, or the administrator.
    case Permission::ResolveConflicts:
        return role == Role::Supervisor || role == Role::Admin;
    }
    return false;
}

} // namespace so
