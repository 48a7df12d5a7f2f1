#pragma once
// AlarmRecord: the current state of one alarm (device + point + asset), as the engine keeps it
// in memory and alarm_state caches it.
#include "AlarmTypes.h"
#include "StationConfig.h"

#include <QList>

namespace so::alarms {

struct AlarmRecord
{
    QString key;
    QString device;
    QString point;
    QString asset;
    int priority = 3;
    Names text;
    QString area;
    bool latching = false;

    bool active = false;
    bool acked = true;
    QString occurrenceId;
    int occurrences = 0;
    qint64 raisedAt = 0;
    qint64 clearedAt = 0;
    qint64 ackedAt = 0;
    QString ackedBy;
    QString ackComment;
    qint64 shelvedUntil = 0;
    QString shelveReason;
    QString shelvedBy;
    bool suppressed = false;
    bool outOfService = false;
    bool chattering = false;
    QString label;
    QString deviceTime;
    QString lastEventId;
    qint64 updatedAt = 0;
    QList<qint64> recentActivations; // monotonic ms, for chattering; not stored

    static QString makeKey(const QString &device, const QString &point, const QString &asset)
    {
        return asset.isEmpty() ? device + QLatin1Char('/') + point
                               : device + QLatin1Char('/') + point + QLatin1Char('/') + asset;
    }

    bool shelved(qint64 nowUtc) const { return shelvedUntil > nowUtc; }
    // The ISA-18.2 state; out of service and suppression take precedence over shelving.
    AlarmStateKind state(qint64 nowUtc) const
    {
        if (outOfService)
            return AlarmStateKind::OutOfService;
        if (suppressed)
            return AlarmStateKind::Suppressed;
        if (shelved(nowUtc))
            return AlarmStateKind::Shelved;
        if (active)
            return acked ? AlarmStateKind::Acknowledged : AlarmStateKind::Unacknowledged;
        return acked ? AlarmStateKind::Normal : AlarmStateKind::ReturnedUnacknowledged;
    }
    // Shown in the banner and the active list: needs a person.
    bool needsAttention(qint64 nowUtc) const
    {
        const auto s = state(nowUtc);
        return s == AlarmStateKind::Unacknowledged || s == AlarmStateKind::Acknowledged ||
               s == AlarmStateKind::ReturnedUnacknowledged;
    }
};

} // namespace so::alarms
