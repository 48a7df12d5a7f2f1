#include "Access.h"

namespace so {

namespace {

// The one table from permission to member, so `of`, `allows` and == cannot disagree.
bool Access::*memberOf(Permission p)
{
    switch (p) {
    case Permission::ViewAlarms:
        return &Access::viewAlarms;
    case Permission::AcknowledgeAlarm:
        return &Access::acknowledgeAlarm;
    case Permission::ShelveAlarm:
        return &Access::shelveAlarm;
    case Permission::RunInspection:
        return &Access::runInspection;
    case Permission::ReviewInspection:
        return &Access::reviewInspection;
    case Permission::CloseFollowUp:
        return &Access::closeFollowUp;
    case Permission::SellTickets:
        return &Access::sellTickets;
    case Permission::ConfirmFloat:
        return &Access::confirmFloat;
    case Permission::SignOffShift:
        return &Access::signOffShift;
    case Permission::CorrectShift:
        return &Access::correctShift;
    case Permission::LogIncident:
        return &Access::logIncident;
    case Permission::ReviewIncident:
        return &Access::reviewIncident;
    case Permission::ViewPassengerData:
        return &Access::viewPassengerData;
    case Permission::ExportReports:
        return &Access::exportReports;
    case Permission::HandOver:
        return &Access::handOver;
    case Permission::ViewDashboard:
        return &Access::viewDashboard;
    case Permission::ManageStaff:
        return &Access::manageStaff;
    case Permission::ResolveConflicts:
        return &Access::resolveConflicts;
    }
    return nullptr;
}

} // namespace

Access Access::of(std::optional<Role> role)
{
    Access a;
    if (!role)
        return a;
    for (Permission p : allPermissions())
        a.*memberOf(p) = roleAllows(*role, p);
    return a;
}

bool Access::allows(Permission p) const
{
    return this->*memberOf(p);
}

bool operator==(const Access &a, const Access &b)
{
    for (Permission p : allPermissions())
        if (a.allows(p) != b.allows(p))
            return false;
    return true;
}

} // namespace so
