#include "AlarmActions.h"
#include "AlarmEngine.h"
#include "AlarmLog.h"
#include "Clock.h"
#include "Database.h"
#include "RecordKinds.h"
#include "StaffStore.h"
#include "Stamp.h"
#include "StationCore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace so::alarms {

namespace {

const QString kAck = QStringLiteral("ack");
const QString kShelve = QStringLiteral("shelve");
const QString kUnshelve = QStringLiteral("unshelve");

Permission permissionFor(const QString &action)
{
    return action == kAck ? Permission::AcknowledgeAlarm : Permission::ShelveAlarm;
}

// Already so: acknowledged, or no longer shelved.
bool nothingToDo(const QString &action, const AlarmRecord &r, qint64 now)
{
    return (action == kAck && r.acked) || (action == kUnshelve && !r.shelved(now));
}

// The fold: alarm_state's rows for the alarms `keys` (a SELECT of alarm keys) from their events.
// An alarm's state is that of its last event by the event's own time, then its number: the
// engine's times never go back (AlarmEngine::row), so on the host this is its own order, and
// arrival order never matters. A follower leaves out its own events (history from before it
// followed; meta alarm_role). Read from an index's end (migration 0018), however long the
// history.
QString foldSql(const QString &keys)
{
    return QStringLiteral(
               "SELECT g.k, e.source_device, e.point, e.asset, json_extract(e.state, '$.priority'), "
               "coalesce(json_extract(e.state, '$.text_zh'), ''), coalesce(json_extract(e.state, '$.text_en'), ''), "
               "coalesce(json_extract(e.state, '$.area'), ''), json_extract(e.state, '$.latching'), "
               "json_extract(e.state, '$.active'), json_extract(e.state, '$.acked'), json_extract(e.state, '$.occurrence_id'), "
               "json_extract(e.state, '$.occurrences'), json_extract(e.state, '$.raised_at'), "
               "json_extract(e.state, '$.cleared_at'), json_extract(e.state, '$.acked_at'), json_extract(e.state, '$.acked_by'), "
               "json_extract(e.state, '$.ack_comment'), json_extract(e.state, '$.shelved_until'), "
               "json_extract(e.state, '$.shelve_reason'), json_extract(e.state, '$.shelved_by'), "
               "json_extract(e.state, '$.suppressed'), json_extract(e.state, '$.out_of_service'), "
               "json_extract(e.state, '$.chattering'), json_extract(e.state, '$.label'), json_extract(e.state, '$.device_time'), "
               "e.id, json_extract(e.state, '$.updated_at') "
               "FROM (%1) g JOIN alarm_event e ON e.id = ("
               " SELECT d.id FROM alarm_event d WHERE d.alarm_key = g.k AND d.state IS NOT NULL"
               "  AND NOT (d.device_id = (SELECT value FROM meta WHERE key = 'device_id')"
               "           AND (SELECT value FROM meta WHERE key = 'alarm_role') IS 'follower')"
               " ORDER BY d.created_at DESC, d.device_seq DESC LIMIT 1)")
        .arg(keys);
}

const QString kAllKeys = QStringLiteral("SELECT DISTINCT alarm_key AS k FROM alarm_event WHERE state IS NOT NULL");

// alarm_state made again for `keys`: an alarm the fold no longer has goes.
Status refoldKeys(Database &db, const QString &keys, const QVariantList &binds)
{
    QVariantList twice = binds;
    twice += binds;
    Status s = ok(db.exec(QStringLiteral("DELETE FROM alarm_state WHERE alarm_key IN (SELECT k FROM (%1)) AND alarm_key NOT IN "
                                         "(SELECT k FROM (%2))")
                              .arg(keys, foldSql(keys)),
                          twice));
    if (s)
        s = ok(db.exec(QStringLiteral("INSERT OR REPLACE INTO alarm_state %1").arg(foldSql(keys)), binds));
    return s;
}

// alarm_state equals the fold of the events' states, chattering aside (the host's live measure).
Status verifyAlarmState(Database &db)
{
    static const QString columns = QStringLiteral(
        "alarm_key, source_device, point, asset, priority, text_zh, text_en, area, latching, active, acked, "
        "occurrence_id, occurrences, raised_at, cleared_at, acked_at, acked_by, ack_comment, shelved_until, "
        "shelve_reason, shelved_by, suppressed, out_of_service, label, device_time, last_event_id, updated_at");
    const QString fold = QStringLiteral("WITH fold (alarm_key, source_device, point, asset, priority, text_zh, text_en, area, "
                                        "latching, active, acked, occurrence_id, occurrences, raised_at, cleared_at, acked_at, "
                                        "acked_by, ack_comment, shelved_until, shelve_reason, shelved_by, suppressed, "
                                        "out_of_service, chattering, label, device_time, last_event_id, updated_at) AS (%1) ")
                             .arg(foldSql(kAllKeys));
    for (const auto &[from, other] : {std::pair{QStringLiteral("alarm_state"), QStringLiteral("fold")},
                                      std::pair{QStringLiteral("fold"), QStringLiteral("alarm_state")}}) {
        auto q = db.exec(fold + QStringLiteral("SELECT alarm_key FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3) LIMIT 1")
                                    .arg(columns, from, other));
        if (!q)
            return fail(q.error());
        if (q->next())
            return fail(QStringLiteral("alarm_state: alarm %1 is not the state its last event carries").arg(q->value(0).toString()));
    }
    return {};
}

} // namespace

AlarmActions::AlarmActions(StationCore &core, AlarmEngine &engine, QObject *parent)
    : QObject(parent), m_core(core), m_engine(engine)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, [this] { (void)applyPending(); });
    if (Status s = refresh(); !s)
        qCWarning(lcAlarms) << "alarm actions not read:" << s.error();
}

void AlarmActions::addRecordKinds(RecordKinds &kinds)
{
    // The host's events carry each alarm's state after them; a device that takes them in folds
    // alarm_state again for the alarms they name.
    RecordKind event;
    event.name = event.table = QStringLiteral("alarm_event");
    event.refold = [](Database &db, const QStringList &ids) {
        const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
        return refoldKeys(db,
                          QStringLiteral("SELECT DISTINCT alarm_key AS k FROM alarm_event WHERE id IN (SELECT value FROM json_each(?))"),
                          {json});
    };
    event.verify = &verifyAlarmState;
    event.caches = {QStringLiteral("alarm_state")};
    kinds.add(std::move(event));
    RecordKind action;
    action.name = action.table = QStringLiteral("alarm_action");
    kinds.add(std::move(action));
    RecordKind outcome;
    outcome.name = outcome.table = QStringLiteral("alarm_action_outcome");
    kinds.add(std::move(outcome));
}

Status AlarmActions::refoldAll(Database &db)
{
    // Every alarm with a state, and the rows of alarms that have none any more.
    return refoldKeys(db, kAllKeys + QStringLiteral(" UNION SELECT alarm_key FROM alarm_state"), {});
}

Status AlarmActions::request(const Actor &actor, const QString &action, const QStringList &keys, const QString &reason,
                             int minutes, const QString &comment)
{
    if (action != kAck && action != kShelve && action != kUnshelve)
        return fail(tr("Unknown alarm action: %1").arg(action));
    if (!actor.can(permissionFor(action)))
        return fail(action == kAck ? tr("Your role may not acknowledge alarms.")
                                   : tr("Only a supervisor may shelve alarms."));
    if (action == kShelve && reason.trimmed().isEmpty())
        return fail(tr("Give a reason for shelving."));
    if (action == kShelve && (minutes < 5 || minutes > 8 * 60))
        return fail(tr("Shelve for 5 minutes to 8 hours."));
    const qint64 now = m_core.clock().nowMs();
    QStringList todo;
    for (const QString &key : keys) {
        const AlarmRecord *r = m_engine.alarm(key);
        if (!r)
            return fail(tr("No such alarm: %1").arg(key));
        if (m_waiting.contains(key))
            continue; // sent already; the answer is on its way
        if (nothingToDo(action, *r, now))
            continue;
        todo << key;
    }
    if (todo.isEmpty())
        return fail(tr("Nothing to do: the alarm is already in that state."));
    Database &db = m_core.db();
    Status s;
    {
        Transaction tx(db);
        if (!tx.started())
            s = fail(tx.error());
        for (const QString &key : std::as_const(todo)) {
            if (!s)
                break;
            auto stamp = makeStamp(db, m_core.ids(), m_core.clock(), actor.id());
            if (!stamp) {
                s = fail(stamp.error());
                break;
            }
            const AlarmRecord *r = m_engine.alarm(key);
            QVariantList binds = stamp->binds();
            binds << key << action << (r->lastEventId.isEmpty() ? QVariant() : QVariant(r->lastEventId))
                  << (action == kShelve ? QVariant(reason.trimmed()) : QVariant())
                  << (action == kShelve ? QVariant(minutes) : QVariant())
                  << (comment.isEmpty() ? QVariant() : QVariant(comment));
            s = ok(db.exec(QStringLiteral("INSERT INTO alarm_action (id, device_id, device_seq, created_at, created_by, alarm_key, "
                                          "action, seen_event_id, reason, minutes, comment) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                           binds));
            if (s)
                s = m_core.audit().record(actor.id(), QStringLiteral("alarm_action_sent"), QStringLiteral("alarm"), key, {},
                                          {{QStringLiteral("action"), action}, {QStringLiteral("action_id"), stamp->id}});
        }
        if (s)
            s = tx.commit();
    }
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT written();
    return refresh();
}

Status AlarmActions::refresh()
{
    auto q = m_core.db().exec(
        QStringLiteral("SELECT a.id, a.alarm_key, a.action FROM alarm_action a WHERE a.device_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM alarm_action_outcome o WHERE o.action_id = a.id) ORDER BY a.rowid"),
        {m_core.db().deviceId()});
    if (!q)
        return fail(q.error());
    QHash<QString, QString> now, nowActions;
    while (q->next()) {
        nowActions.insert(q->value(0).toString(), q->value(1).toString());
        now.insert(q->value(1).toString(), q->value(2).toString());
    }
    q->finish();
    if (nowActions == m_waitingActions)
        return {};
    QStringList changed;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        if (now.value(it.key()) != it.value())
            changed << it.key();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!m_waiting.contains(it.key()))
            changed << it.key();
    QStringList answered;
    for (auto it = m_waitingActions.cbegin(); it != m_waitingActions.cend(); ++it)
        if (!nowActions.contains(it.key()))
            answered << it.key();
    m_waiting = now;
    m_waitingActions = nowActions;
    if (!changed.isEmpty())
        Q_EMIT waitingChanged(changed);
    // Answers that did not apply are told once, when they arrive, for the action they answer.
    for (const QString &id : std::as_const(answered)) {
        auto why = m_core.db().exec(
            QStringLiteral("SELECT a.alarm_key, o.reason FROM alarm_action_outcome o JOIN alarm_action a ON a.id = o.action_id "
                           "WHERE o.action_id = ? AND o.applied = 0 LIMIT 1"),
            {id});
        if (!why || !why->next())
            continue;
        const QString key = why->value(0).toString();
        const QString reason = why->value(1).toString();
        if (reason == QLatin1String("moved_on"))
            Q_EMIT refused(key, tr("The alarm came back before the control room took your action; look at it again."));
        else if (reason == QLatin1String("not_permitted"))
            Q_EMIT refused(key, tr("The control room refused the action: your role may not do it."));
        else if (reason != QLatin1String("nothing_to_do"))
            Q_EMIT refused(key, tr("The control room could not apply the action (%1).").arg(reason));
    }
    return {};
}

Status AlarmActions::writeOutcome(const QString &actionId, bool applied, const QString &reason, const QString &eventId)
{
    Database &db = m_core.db();
    Transaction tx(db);
    if (!tx.started())
        return fail(tx.error());
    auto stamp = makeStamp(db, m_core.ids(), m_core.clock(), QStringLiteral("system:alarm-host"));
    if (!stamp)
        return fail(stamp.error());
    QVariantList binds = stamp->binds();
    binds << actionId << int(applied) << reason << (eventId.isEmpty() ? QVariant() : QVariant(eventId));
    if (Status s = ok(db.exec(QStringLiteral("INSERT INTO alarm_action_outcome (id, device_id, device_seq, created_at, created_by, "
                                             "action_id, applied, reason, event_id) VALUES (?,?,?,?,?,?,?,?,?)"),
                              binds));
        !s)
        return s;
    return tx.commit();
}

Result<int> AlarmActions::applyPending()
{
    m_retry.stop();
    auto q = m_core.db().exec(QStringLiteral(
        "SELECT a.id, a.alarm_key, a.action, coalesce(a.seen_event_id, ''), coalesce(a.reason, ''), coalesce(a.minutes, 0), "
        "coalesce(a.comment, ''), a.created_by FROM alarm_action a WHERE NOT EXISTS "
        "(SELECT 1 FROM alarm_action_outcome o WHERE o.action_id = a.id) ORDER BY a.rowid"));
    if (!q) {
        m_retry.start();
        return Error{q.error()};
    }
    struct Pending
    {
        QString id, key, action, seen, reason;
        int minutes;
        QString comment, by;
    };
    QList<Pending> pending;
    while (q->next())
        pending << Pending{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                           q->value(4).toString(), q->value(5).toInt(), q->value(6).toString(), q->value(7).toString()};
    int answered = 0;
    StaffStore staff(m_core.db());
    for (const Pending &p : std::as_const(pending)) {
        // Not applied: the reason is recorded and goes back to the tablet.
        auto refuse = [&](const char *why) {
            qCInfo(lcAlarms) << "alarm action" << p.action << "on" << p.key << "by" << p.by << "not applied:" << why;
            return writeOutcome(p.id, false, QString::fromLatin1(why), {});
        };
        auto person = staff.current(p.by);
        if (!person) {
            m_retry.start();
            return Error{person.error()};
        }
        Status s;
        const AlarmRecord *r = m_engine.alarm(p.key);
        const Actor actor{p.by, person->has_value() ? (*person)->role : Role::Agent, false};
        QString seenOccurrence;
        bool seenKnown = p.seen.isEmpty();
        if (!p.seen.isEmpty()) {
            auto seen = m_core.db().exec(QStringLiteral("SELECT coalesce(occurrence_id, '') FROM alarm_event WHERE id = ?"), {p.seen});
            if (!seen) {
                m_retry.start();
                return Error{seen.error()};
            }
            if (seen->next()) {
                seenKnown = true;
                seenOccurrence = seen->value(0).toString();
            }
        }
        const qint64 now = m_core.clock().nowMs();
        if (!person->has_value() || !(*person)->active || !actor.can(permissionFor(p.action)))
            s = refuse("not_permitted");
        else if (!r)
            s = refuse("no_such_alarm");
        else if (!seenKnown || (!p.seen.isEmpty() && seenOccurrence != r->occurrenceId))
            s = refuse("moved_on");
        else if (nothingToDo(p.action, *r, now))
            s = refuse("nothing_to_do");
        else if (p.action == kShelve && (p.reason.trimmed().isEmpty() || p.minutes < 5 || p.minutes > 8 * 60))
            s = refuse("invalid");
        else {
            const AlarmEngine::AlsoWrite also = [&](const QStringList &events) {
                return writeOutcome(p.id, true, QStringLiteral("applied"), events.value(0));
            };
            if (p.action == kAck)
                s = m_engine.acknowledge(actor, {p.key}, p.comment, 0, also);
            else if (p.action == kShelve)
                s = m_engine.shelve(actor, p.key, p.reason, p.minutes, also);
            else
                s = m_engine.unshelve(actor, p.key, also);
        }
        // An unshelve whose time ran out meanwhile, an acknowledgement made at the host meanwhile:
        // the engine found nothing to do, and that is the answer.
        if (!s) {
            const AlarmRecord *again = m_engine.alarm(p.key);
            s = again && nothingToDo(p.action, *again, m_core.clock().nowMs()) ? refuse("nothing_to_do") : s;
        }
        if (!s) {
            qCWarning(lcAlarms) << "alarm actions from the tablets not applied, tried again in 5 s:" << s.error();
            m_retry.start();
            if (answered > 0)
                Q_EMIT written();
            return Error{s.error()};
        }
        ++answered;
    }
    if (answered > 0)
        Q_EMIT written();
    return answered;
}

} // namespace so::alarms
