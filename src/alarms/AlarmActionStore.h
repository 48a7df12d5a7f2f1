#pragma once
// AlarmActionStore: the SQL of alarm actions made on a follower (alarm_action) and the host's
// answers to them (alarm_action_outcome).
#include "Result.h"
#include "Stamp.h"

#include <QHash>
#include <QList>
#include <QString>

namespace so {
class Database;
}

namespace so::alarms {

struct AlarmActionRow
{
    QString id;
    QString key;
    QString action; // ack, shelve, unshelve
    QString seen;   // the event the person saw; "" when none
    QString reason;
    int minutes = 0;
    QString comment;
    QString by;
};

struct Refusal
{
    QString key;
    QString reason; // moved_on, not_permitted, no_such_alarm, invalid, nothing_to_do
};

class AlarmActionStore
{
public:
    explicit AlarmActionStore(Database &db) : m_db(db) {}

    // seenEventId, reason and comment are stored as NULL when empty, minutes when 0.
    Status insertAction(const Stamp &s, const QString &key, const QString &action,
                        const QString &seenEventId, const QString &reason, int minutes,
                        const QString &comment);
    Status insertOutcome(const Stamp &s, const QString &actionId, bool applied,
                         const QString &reason, const QString &eventId);
    // Actions made on this device with no answer yet, in the order made: action id -> alarm key,
    // and alarm key -> action.
    Status unansweredHere(QHash<QString, QString> &actionKeys, QHash<QString, QString> &keyActions);
    // Every action with no answer yet, from any device, in the order they came.
    Result<QList<AlarmActionRow>> unanswered();
    // The answer to an action when it was not applied.
    Result<std::optional<Refusal>> refusalOf(const QString &actionId);

private:
    Database &m_db;
};

} // namespace so::alarms
