#pragma once
// Access: what the signed-in, unlocked person may do, as named booleans that QML binds to
// (`Auth.can.handOver`). A misspelt name is an unresolved property that qmllint reports, where
// a permission string tested in QML would silently hide a button. The services still check
// every action themselves; this only decides what is shown.
#include "Permissions.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace so {

class Access
{
    Q_GADGET
    QML_VALUE_TYPE(access)
    Q_PROPERTY(bool viewAlarms MEMBER viewAlarms CONSTANT)
    Q_PROPERTY(bool acknowledgeAlarm MEMBER acknowledgeAlarm CONSTANT)
    Q_PROPERTY(bool shelveAlarm MEMBER shelveAlarm CONSTANT)
    Q_PROPERTY(bool runInspection MEMBER runInspection CONSTANT)
    Q_PROPERTY(bool reviewInspection MEMBER reviewInspection CONSTANT)
    Q_PROPERTY(bool closeFollowUp MEMBER closeFollowUp CONSTANT)
    Q_PROPERTY(bool sellTickets MEMBER sellTickets CONSTANT)
    Q_PROPERTY(bool confirmFloat MEMBER confirmFloat CONSTANT)
    Q_PROPERTY(bool signOffShift MEMBER signOffShift CONSTANT)
    Q_PROPERTY(bool correctShift MEMBER correctShift CONSTANT)
    Q_PROPERTY(bool logIncident MEMBER logIncident CONSTANT)
    Q_PROPERTY(bool reviewIncident MEMBER reviewIncident CONSTANT)
    Q_PROPERTY(bool viewPassengerData MEMBER viewPassengerData CONSTANT)
    Q_PROPERTY(bool exportReports MEMBER exportReports CONSTANT)
    Q_PROPERTY(bool handOver MEMBER handOver CONSTANT)
    Q_PROPERTY(bool viewDashboard MEMBER viewDashboard CONSTANT)
    Q_PROPERTY(bool manageStaff MEMBER manageStaff CONSTANT)
    Q_PROPERTY(bool resolveConflicts MEMBER resolveConflicts CONSTANT)

public:
    bool viewAlarms = false;
    bool acknowledgeAlarm = false;
    bool shelveAlarm = false;
    bool runInspection = false;
    bool reviewInspection = false;
    bool closeFollowUp = false;
    bool sellTickets = false;
    bool confirmFloat = false;
    bool signOffShift = false;
    bool correctShift = false;
    bool logIncident = false;
    bool reviewIncident = false;
    bool viewPassengerData = false;
    bool exportReports = false;
    bool handOver = false;
    bool viewDashboard = false;
    bool manageStaff = false;
    bool resolveConflicts = false;

    // Nobody signed in (or the tablet locked): nothing.
    static Access of(std::optional<Role> role);
    bool allows(Permission p) const;
    friend bool operator==(const Access &a, const Access &b);
    friend bool operator!=(const Access &a, const Access &b) { return !(a == b); }
};

} // namespace so
