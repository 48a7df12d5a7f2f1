#include "AlarmWords.h"

namespace so::alarms {

QString AlarmWords::state(AlarmStateKind s)
{
    switch (s) {
    case AlarmStateKind::Unacknowledged:
        return tr("Unacknowledged");
    case AlarmStateKind::Acknowledged:
        return tr("Acknowledged");
    case AlarmStateKind::ReturnedUnacknowledged:
        return tr("Cleared, not acknowledged");
    case AlarmStateKind::Normal:
        return tr("Normal");
    case AlarmStateKind::Shelved:
        return tr("Shelved");
    case AlarmStateKind::Suppressed:
        return tr("In maintenance");
    case AlarmStateKind::OutOfService:
        return tr("Out of service");
    }
    return QString();
}

QString AlarmWords::event(const QString &kind, const QString &effect)
{
    if (kind == QLatin1String("raise"))
        return effect == QLatin1String("duplicate") ? tr("Raised again") : tr("Raised");
    if (kind == QLatin1String("clear"))
        return effect == QLatin1String("latched_kept") ? tr("Cleared at device (latched)")
                                                       : tr("Cleared");
    if (kind == QLatin1String("reset"))
        return tr("Reset at panel");
    if (kind == QLatin1String("ack"))
        return tr("Acknowledged");
    if (kind == QLatin1String("shelve"))
        return tr("Shelved");
    if (kind == QLatin1String("unshelve"))
        return effect == QLatin1String("expired") ? tr("Shelving ended") : tr("Unshelved");
    if (kind == QLatin1String("suppress"))
        return tr("Maintenance started");
    if (kind == QLatin1String("unsuppress"))
        return tr("Maintenance ended");
    if (kind == QLatin1String("out_of_service"))
        return tr("Taken out of service");
    if (kind == QLatin1String("in_service"))
        return tr("Back in service");
    return kind;
}

QString AlarmWords::link(const QString &state)
{
    if (state == QLatin1String("up"))
        return tr("Connected");
    if (state == QLatin1String("down"))
        return tr("No connection");
    if (state == QLatin1String("opening"))
        return tr("Connecting");
    if (state == QLatin1String("disabled"))
        return tr("Not started");
    return state;
}

QString AlarmWords::priority(int priority)
{
    switch (priority) {
    case 1:
        return tr("Critical");
    case 2:
        return tr("High");
    case 3:
        return tr("Medium");
    case 4:
        return tr("Low");
    }
    return QString();
}

} // namespace so::alarms
