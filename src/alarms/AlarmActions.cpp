#include "AlarmActions.h"
#include "AlarmEngine.h"
#include "AlarmLog.h"
#include "Clock.h"
#include "Database.h"
#include "RecordKinds.h"
#include "RecordWrite.h"
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

} // namespace

AlarmActions::AlarmActions(StationCore &core, AlarmEngine &engine, QObject *parent)
    : QObject(parent), m_core(core), m_engine(engine), m_store(core.db())
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
        return AlarmStore::refoldEvents(db, ids);
    };
    event.verify = &AlarmStore::verifyFold;
    event.caches = {QStringLiteral("alarm_state")};
    kinds.add(std::move(event));
    RecordKind action;
    action.name = action.table = QStringLiteral("alarm_action");
    kinds.add(std::move(action));
    RecordKind outcome;
    outcome.name = outcome.table = QStringLiteral("alarm_action_outcome");
    kinds.add(std::move(outcome));
}

Status AlarmActions::request(const Actor &actor, const QString &action, const QStringList &keys,
                             const QString &reason, int minutes, const QString &comment)
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
    RecordWrite w(m_core, actor.id());
    for (const QString &key : std::as_const(todo)) {
        const Stamp stamp = w.stamp();
        const AlarmRecord *r = m_engine.alarm(key);
        w.step([&] {
            return m_store.insertAction(stamp, key, action, r->lastEventId,
                                        action == kShelve ? reason.trimmed() : QString(),
                                        action == kShelve ? minutes : 0, comment);
        });
        w.audit(QStringLiteral("alarm_action_sent"), QStringLiteral("alarm"), key,
                {{QStringLiteral("action"), action}, {QStringLiteral("action_id"), stamp.id}});
    }
    Status s = w.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT written();
    return refresh();
}

Status AlarmActions::refresh()
{
    QHash<QString, QString> now, nowActions;
    if (Status s = m_store.unansweredHere(nowActions, now); !s)
        return s;
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
        auto why = m_store.refusalOf(id);
        if (!why || !why->has_value())
            continue;
        const QString key = (*why)->key;
        const QString reason = (*why)->reason;
        if (reason == QLatin1String("moved_on"))
            Q_EMIT refused(key, tr("The alarm came back before the control room took your action; "
                                   "look at it again."));
        else if (reason == QLatin1String("not_permitted"))
            Q_EMIT refused(key,
                           tr("The control room refused the action: your role may not do it."));
        else if (reason != QLatin1String("nothing_to_do"))
            Q_EMIT refused(key,
                           tr("The control room could not apply the action (%1).").arg(reason));
    }
    return {};
}

Status AlarmActions::writeOutcome(const QString &actionId, bool applied, const QString &reason,
                                  const QString &eventId)
{
    RecordWrite w(m_core, QStringLiteral("system:alarm-host"));
    const Stamp stamp = w.stamp();
    w.step([&] { return m_store.insertOutcome(stamp, actionId, applied, reason, eventId); });
    return w.commit();
}

Result<int> AlarmActions::applyPending()
{
    m_retry.stop();
    auto pending = m_store.unanswered();
    if (!pending) {
        m_retry.start();
        return Error{pending.error()};
    }
    int answered = 0;
    StaffStore staff(m_core.db());
    for (const AlarmActionRow &p : std::as_const(*pending)) {
        // Not applied: the reason is recorded and goes back to the tablet.
        auto refuse = [&](const char *why) {
            qCInfo(lcAlarms) << "alarm action" << p.action << "on" << p.key << "by" << p.by
                             << "not applied:" << why;
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
            auto seen = m_engine.store().occurrenceOf(p.seen);
            if (!seen) {
                m_retry.start();
                return Error{seen.error()};
            }
            if (seen->has_value()) {
                seenKnown = true;
                seenOccurrence = **seen;
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
        else if (p.action == kShelve &&
                 (p.reason.trimmed().isEmpty() || p.minutes < 5 || p.minutes > 8 * 60))
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
            s = again && nothingToDo(p.action, *again, m_core.clock().nowMs())
                    ? refuse("nothing_to_do")
                    : s;
        }
        if (!s) {
            qCWarning(lcAlarms) << "alarm actions from the tablets not applied, tried again in 5 s:"
                                << s.error();
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
