#include "AlarmActionStore.h"
#include "Database.h"

#include <QSqlQuery>

namespace so::alarms {

namespace {

QVariant orNull(const QString &v)
{
    return v.isEmpty() ? QVariant() : QVariant(v);
}

} // namespace

Status AlarmActionStore::insertAction(const Stamp &s, const QString &key, const QString &action,
                                      const QString &seenEventId, const QString &reason,
                                      int minutes, const QString &comment)
{
    QVariantList binds = s.binds();
    binds << key << action << orNull(seenEventId) << orNull(reason)
          << (minutes > 0 ? QVariant(minutes) : QVariant()) << orNull(comment);
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO alarm_action (id, device_id, device_seq, created_at, created_by, "
            "alarm_key, "
            "action, seen_event_id, reason, minutes, comment) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        binds));
}

Status AlarmActionStore::insertOutcome(const Stamp &s, const QString &actionId, bool applied,
                                       const QString &reason, const QString &eventId)
{
    QVariantList binds = s.binds();
    binds << actionId << int(applied) << reason << orNull(eventId);
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO alarm_action_outcome (id, device_id, device_seq, created_at, created_by, "
            "action_id, applied, reason, event_id) VALUES (?,?,?,?,?,?,?,?,?)"),
        binds));
}

Status AlarmActionStore::unansweredHere(QHash<QString, QString> &actionKeys,
                                        QHash<QString, QString> &keyActions)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT a.id, a.alarm_key, a.action FROM alarm_action a WHERE a.device_id = ? AND NOT "
            "EXISTS "
            "(SELECT 1 FROM alarm_action_outcome o WHERE o.action_id = a.id) ORDER BY a.rowid"),
        {m_db.deviceId()});
    if (!q)
        return fail(q.error());
    actionKeys.clear();
    keyActions.clear();
    while (q->next()) {
        actionKeys.insert(q->value(0).toString(), q->value(1).toString());
        keyActions.insert(q->value(1).toString(), q->value(2).toString());
    }
    return {};
}

Result<QList<AlarmActionRow>> AlarmActionStore::unanswered()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT a.id, a.alarm_key, a.action, coalesce(a.seen_event_id, ''), coalesce(a.reason, "
        "''), coalesce(a.minutes, 0), "
        "coalesce(a.comment, ''), a.created_by FROM alarm_action a WHERE NOT EXISTS "
        "(SELECT 1 FROM alarm_action_outcome o WHERE o.action_id = a.id) ORDER BY a.rowid"));
    if (!q)
        return Error{q.error()};
    QList<AlarmActionRow> out;
    while (q->next())
        out << AlarmActionRow{q->value(0).toString(), q->value(1).toString(),
                              q->value(2).toString(), q->value(3).toString(),
                              q->value(4).toString(), q->value(5).toInt(),
                              q->value(6).toString(), q->value(7).toString()};
    return out;
}

Result<std::optional<Refusal>> AlarmActionStore::refusalOf(const QString &actionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT a.alarm_key, o.reason FROM alarm_action_outcome o "
                                      "JOIN alarm_action a ON a.id = o.action_id "
                                      "WHERE o.action_id = ? AND o.applied = 0 LIMIT 1"),
                       {actionId});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Refusal>();
    return std::optional<Refusal>(Refusal{q->value(0).toString(), q->value(1).toString()});
}

} // namespace so::alarms
