#include "AlarmTypes.h"

namespace so::alarms {

QString stateName(AlarmStateKind s)
{
    switch (s) {
    case AlarmStateKind::Normal:
        return QStringLiteral("normal");
    case AlarmStateKind::Unacknowledged:
        return QStringLiteral("unacknowledged");
    case AlarmStateKind::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlarmStateKind::ReturnedUnacknowledged:
        return QStringLiteral("returned_unacknowledged");
    case AlarmStateKind::Shelved:
        return QStringLiteral("shelved");
    case AlarmStateKind::Suppressed:
        return QStringLiteral("suppressed");
    case AlarmStateKind::OutOfService:
        return QStringLiteral("out_of_service");
    }
    return QString();
}

QString kindName(EventKind k)
{
    switch (k) {
    case EventKind::Raise:
        return QStringLiteral("raise");
    case EventKind::Clear:
        return QStringLiteral("clear");
    case EventKind::Reset:
        return QStringLiteral("reset");
    case EventKind::Heartbeat:
        return QStringLiteral("heartbeat");
    }
    return QString();
}

} // namespace so::alarms
