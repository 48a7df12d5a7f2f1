#include "AlarmEngine.h"
#include "AlarmLog.h"
#include "Database.h"
#include "ModbusPlan.h"
#include "StationCore.h"

#include <QJsonArray>
#include <QSet>

namespace so::alarms {

namespace {

void prune(QList<qint64> &times, qint64 now, qint64 window)
{
    while (!times.isEmpty() && now - times.first() > window)
        times.removeFirst();
}

} // namespace

AlarmEngine::AlarmEngine(StationCore &core, const DevicesConfig &devices, QObject *parent)
    : AlarmEngine(core, devices, Options{}, parent)
{
}

AlarmEngine::AlarmEngine(StationCore &core, const DevicesConfig &devices, Options options,
                         QObject *parent)
    : QObject(parent), m_core(core), m_devices(devices), m_options(options), m_store(core.db())
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(m_options.batchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] { (void)commit(); });
    m_tickTimer.setInterval(5000);
    m_tickTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &AlarmEngine::tick);
    m_tickTimer.start();
}

AlarmEngine::~AlarmEngine()
{
    if (pendingCount() > 0 && !commit())
        qCWarning(lcAlarms) << "alarm rows not written at shutdown:" << m_lastStoreError;
}

void AlarmEngine::setFollowing(bool following)
{
    m_following = following;
}

Status AlarmEngine::reload()
{
    // What this engine made and has not written yet is newer than any row: written first, and
    // an alarm with rows still pending is not taken from the table.
    if (!m_following)
        (void)commit();
    QSet<QString> pending;
    for (const EventRow &r : std::as_const(m_pendingEvents))
        pending.insert(r.alarmKey);
    auto states = m_store.loadStates();
    if (!states)
        return Error{states.error()};
    QStringList changed;
    QSet<QString> seen;
    for (const AlarmRecord &r : *states) {
        seen.insert(r.key);
        if (pending.contains(r.key))
            continue;
        auto it = m_alarms.find(r.key);
        if (it != m_alarms.end() && it->lastEventId == r.lastEventId &&
            it->chattering == r.chattering)
            continue;
        m_alarms.insert(r.key, r);
        changed << r.key;
    }
    for (auto it = m_alarms.begin(); it != m_alarms.end();) {
        if (seen.contains(it.key()) || pending.contains(it.key())) {
            ++it;
            continue;
        }
        changed << it.key();
        it = m_alarms.erase(it);
    }
    if (!changed.isEmpty())
        Q_EMIT alarmsChanged(changed);
    return {};
}

Status AlarmEngine::restore()
{
    auto last = m_store.lastOwnEventTime();
    if (!last)
        return Error{last.error()};
    m_lastCreatedAt = *last;
    auto states = m_store.loadStates();
    if (!states)
        return Error{states.error()};
    m_alarms.clear();
    for (const AlarmRecord &r : *states)
        m_alarms.insert(r.key, r);
    return {};
}

const AlarmRecord *AlarmEngine::alarm(const QString &key) const
{
    auto it = m_alarms.constFind(key);
    return it == m_alarms.constEnd() ? nullptr : &*it;
}

AlarmRecord &AlarmEngine::recordFor(const QString &device, const QString &point,
                                    const QString &asset)
{
    const QString key = AlarmRecord::makeKey(device, point, asset);
    auto it = m_alarms.find(key);
    if (it != m_alarms.end())
        return *it;
    AlarmRecord r;
    r.key = key;
    r.device = device;
    r.point = point;
    r.asset = asset;
    const DeviceInfo *info = m_devices.device(device);
    const DeviceProfile *profile = m_devices.profileOf(device);
    r.area = info ? info->config.area : QString();
    if (point == commLossPoint()) {
        r.priority = profile ? profile->commLossPriority : 2;
        const Names dn = info ? info->config.name : Names{device, device};
        r.text = {QStringLiteral("通信中断：") + dn.zh,
                  QStringLiteral("Communication lost: ") + dn.en};
    } else if (point == unreadablePoint()) {
        // Points the device will not give are as good as a lost link for them.
        r.priority = profile ? profile->commLossPriority : 2;
        r.text = profile ? unreadableText(*profile, asset) : Names{point, point};
    } else if (const PointDef *def = profile ? profile->point(point) : nullptr) {
        r.priority = def->priority;
        r.text = def->text;
        r.latching = def->latching;
        if (!def->area.isEmpty())
            r.area = def->area;
    } else {
        r.text = {point, point};
    }
    return *m_alarms.insert(key, r);
}

EventRow AlarmEngine::row(const AlarmRecord &r, const QString &kind, const QString &effect,
                          const QString &actor)
{
    EventRow e;
    e.stamp.id = m_core.ids().next();
    // Never before the engine's previous event, even when the clock is set back: an alarm's
    // last event is the one with the latest time (the fold, AlarmActions.cpp).
    m_lastCreatedAt = qMax(m_lastCreatedAt, m_core.clock().nowMs());
    e.stamp.createdAt = m_lastCreatedAt;
    e.stamp.createdBy = actor;
    e.alarmKey = r.key;
    e.device = r.device;
    e.point = r.point;
    e.asset = r.asset;
    e.kind = kind;
    e.effect = effect;
    e.occurrenceId = r.occurrenceId;
    e.parentEventId = r.lastEventId;
    e.priority = r.priority;
    e.receiptUtc = e.stamp.createdAt;
    return e;
}

void AlarmEngine::changed(const QString &key)
{
    if (!m_changedKeys.contains(key))
        m_changedKeys << key;
}

void AlarmEngine::noteActivation(AlarmRecord &r, qint64 monoMs)
{
    // Records without a live receipt (imported, seeded) say nothing about chattering or floods.
    if (monoMs < 0)
        return;
    r.recentActivations << monoMs;
    prune(r.recentActivations, monoMs, m_options.chatterWindowMs);
    r.chattering = r.recentActivations.size() >= m_options.chatterCount;
    m_newOccurrences << monoMs;
    prune(m_newOccurrences, monoMs, m_options.floodWindowMs);
    const bool flood = m_newOccurrences.size() > m_options.floodCount;
    if (flood != m_flood) {
        m_flood = flood;
        qCWarning(lcAlarms) << (flood ? "alarm flood:" : "alarm flood over:")
                            << m_newOccurrences.size() << "new alarms in"
                            << m_options.floodWindowMs / 60000 << "min";
        Q_EMIT floodChanged(flood);
    }
}

void AlarmEngine::apply(const DecodedEvent &e)
{
    const qint64 utc = e.receipt.utcMs;
    const QString actor = QStringLiteral("device:") + e.device;
    auto fromDevice = [&](EventRow row) {
        row.linkId = e.receipt.linkId;
        row.linkSeq = e.receipt.linkSeq;
        row.receiptUtc = utc;
        row.receiptMono = e.receipt.monoMs;
        row.deviceTime = e.deviceTime;
        row.label = e.label;
        row.raw = e.receipt.raw;
        return row;
    };
    if (e.kind == EventKind::Reset) {
        bool any = false;
        for (AlarmRecord &r : m_alarms) {
            // A reset at the panel says nothing about the link: its own alarms stay.
            if (r.device != e.device || !r.active || r.point == commLossPoint() ||
                r.point == unreadablePoint())
                continue;
            any = true;
            r.active = false;
            r.clearedAt = utc;
            EventRow ev = fromDevice(row(r, QStringLiteral("reset"),
                                         r.acked ? QStringLiteral("reset_to_normal")
                                                 : QStringLiteral("reset_unacknowledged"),
                                         actor));
            r.lastEventId = ev.stamp.id;
            r.updatedAt = utc;
            m_pendingEvents << ev;
            changed(r.key);
        }
        if (!any) {
            // The frame is kept even when there was nothing to reset.
            AlarmRecord none;
            none.key = AlarmRecord::makeKey(e.device, QStringLiteral("RESET"), QString());
            none.device = e.device;
            none.point = QStringLiteral("RESET");
            none.priority = 4;
            m_pendingEvents << fromDevice(
                row(none, QStringLiteral("reset"), QStringLiteral("nothing_active"), actor));
        }
        return;
    }
    AlarmRecord &r = recordFor(e.device, e.point, e.asset);
    QString effect;
    if (e.kind == EventKind::Raise) {
        if (r.active) {
            effect = QStringLiteral("duplicate");
        } else {
            // A new activation, also after a clear that nobody acknowledged, is a new occurrence.
            r.active = true;
            r.acked = false;
            r.occurrenceId = m_core.ids().next();
            r.occurrences += 1;
            r.raisedAt = utc;
            r.clearedAt = 0;
            r.ackedAt = 0;
            r.ackedBy.clear();
            r.ackComment.clear();
            noteActivation(r, e.receipt.monoMs);
            effect = QStringLiteral("new_occurrence");
        }
    } else {
        if (!r.active)
            effect = QStringLiteral("duplicate");
        else if (r.latching)
            effect = QStringLiteral("latched_kept");
        else {
            r.active = false;
            r.clearedAt = utc;
            effect =
                r.acked ? QStringLiteral("cleared") : QStringLiteral("returned_unacknowledged");
        }
    }
    if (!e.label.isEmpty())
        r.label = e.label;
    if (!e.deviceTime.isEmpty())
        r.deviceTime = e.deviceTime;
    EventRow ev = fromDevice(row(r, kindName(e.kind), effect, actor));
    r.lastEventId = ev.stamp.id;
    r.updatedAt = utc;
    m_pendingEvents << ev;
    changed(r.key);
}

void AlarmEngine::ingest(const QList<DecodedEvent> &events, const QList<DecodeError> &errors)
{
    if (m_following) {
        qCWarning(lcAlarms) << "device events ignored: this device follows the host's alarms";
        return;
    }
    for (const DecodedEvent &e : events)
        apply(e);
    for (const DecodeError &e : errors) {
        m_pendingErrors << e;
        m_pendingErrorIds << m_core.ids().next();
    }
    if (!m_changedKeys.isEmpty())
        Q_EMIT alarmsChanged(m_changedKeys);
    m_changedKeys.clear();
    if (pendingCount() > 0 && !m_batchTimer.isActive())
        m_batchTimer.start();
}

void AlarmEngine::setCommunication(const QString &device, bool ok, qint64 utcMs, qint64 monoMs)
{
    DecodedEvent e;
    e.device = device;
    e.point = commLossPoint();
    e.kind = ok ? EventKind::Clear : EventKind::Raise;
    e.receipt.utcMs = utcMs;
    e.receipt.monoMs = monoMs;
    e.receipt.linkSeq = -1;
    if (const DeviceInfo *d = m_devices.device(device))
        e.receipt.linkId = d->linkId;
    const AlarmRecord *existing = alarm(AlarmRecord::makeKey(device, commLossPoint(), QString()));
    // Only state changes are events: a link that keeps failing is one occurrence.
    if ((existing && existing->active) == !ok)
        return;
    if (!existing && ok)
        return;
    ingest({e}, {});
}

Status AlarmEngine::commit()
{
    if (pendingCount() == 0)
        return {};
    Database &db = m_core.db();
    // Each alarm's last event of the batch carries its state (what another device folds from);
    // the events before it in the same transaction are superseded, and a flood writes one state
    // per alarm and batch instead of one per frame.
    QHash<QString, qsizetype> lastOf;
    for (qsizetype i = 0; i < m_pendingEvents.size(); ++i)
        if (m_alarms.contains(m_pendingEvents[i].alarmKey))
            lastOf.insert(m_pendingEvents[i].alarmKey, i);
    QSet<QString> keys;
    for (auto it = lastOf.cbegin(); it != lastOf.cend(); ++it) {
        keys.insert(it.key());
        m_pendingEvents[it.value()].state = AlarmStore::stateJson(m_alarms[it.key()]);
    }
    Status s;
    {
        Transaction tx(db);
        if (!tx.started())
            s = fail(tx.error());
        qint64 seq = 0;
        if (s) {
            auto first = db.reserveDeviceSeqs(pendingCount());
            if (!first)
                s = fail(first.error());
            else
                seq = *first;
        }
        for (qsizetype i = 0; s && i < m_pendingEvents.size(); ++i) {
            EventRow &r = m_pendingEvents[i];
            r.stamp.deviceId = db.deviceId();
            r.stamp.deviceSeq = seq++;
            s = m_store.insertEvent(r);
        }
        for (qsizetype i = 0; s && i < m_pendingErrors.size(); ++i) {
            const DecodeError &e = m_pendingErrors[i];
            const Stamp stamp{m_pendingErrorIds[i], db.deviceId(), seq++, e.receipt.utcMs,
                              QStringLiteral("link:") + e.receipt.linkId};
            s = m_store.insertDecodeError(stamp, e);
        }
        for (const QString &k : std::as_const(keys)) {
            if (!s)
                break;
            s = m_store.saveState(m_alarms[k]);
        }
        if (s)
            s = tx.commit();
    }
    if (!s) {
        // Nothing is dropped: the batch stays pending and is tried again.
        if (s.error() != m_lastStoreError) {
            qCCritical(lcAlarms) << "alarm batch not written, will retry:" << s.error();
            Q_EMIT storeFailed(s.error());
        }
        m_lastStoreError = s.error();
        m_batchTimer.start(1000);
        return s;
    }
    m_lastStoreError.clear();
    m_batchTimer.setInterval(m_options.batchMs); // after a retry, back to the normal pace
    QList<qint64> monos;
    monos.reserve(m_pendingEvents.size() + m_pendingErrors.size());
    for (const EventRow &r : std::as_const(m_pendingEvents))
        monos << r.receiptMono;
    for (const DecodeError &e : std::as_const(m_pendingErrors))
        monos << e.receipt.monoMs;
    const int nEvents = int(m_pendingEvents.size());
    const int nErrors = int(m_pendingErrors.size());
    m_committedEvents += nEvents;
    m_committedErrors += nErrors;
    m_pendingEvents.clear();
    m_pendingErrors.clear();
    m_pendingErrorIds.clear();
    Q_EMIT committed(nEvents, nErrors, monos);
    return {};
}

Status AlarmEngine::act(const Actor &actor, const QString &action, const QStringList &keys,
                        const std::function<bool(AlarmRecord &, EventRow &)> &change,
                        const QJsonObject &details, const AlsoWrite &also)
{
    if (m_following)
        return fail(tr("This device shows the alarms of the station's control room; an action goes "
                       "there first."));
    // Device events that came first are written first.
    if (Status s = commit(); !s)
        return s;
    QHash<QString, AlarmRecord> before;
    QList<EventRow> rows;
    QStringList done;
    for (const QString &key : keys) {
        auto it = m_alarms.find(key);
        if (it == m_alarms.end())
            return fail(tr("No such alarm: %1").arg(key));
        AlarmRecord copy = *it;
        EventRow ev = row(*it, QString(), QString(), actor.id());
        if (!change(*it, ev))
            continue;
        before.insert(key, copy);
        it->lastEventId = ev.stamp.id;
        it->updatedAt = ev.stamp.createdAt;
        ev.state = AlarmStore::stateJson(*it);
        rows << ev;
        done << key;
    }
    if (rows.isEmpty())
        return fail(tr("Nothing to do: the alarm is already in that state."));
    Database &db = m_core.db();
    Status s;
    {
        Transaction tx(db);
        if (!tx.started())
            s = fail(tx.error());
        auto first = s ? db.reserveDeviceSeqs(rows.size()) : Result<qint64>(fail(s.error()));
        if (s && !first)
            s = fail(first.error());
        qint64 seq = s ? *first : 0;
        for (EventRow &r : rows) {
            if (!s)
                break;
            r.stamp.deviceId = db.deviceId();
            r.stamp.deviceSeq = seq++;
            s = m_store.insertEvent(r);
        }
        for (const QString &k : std::as_const(done)) {
            if (!s)
                break;
            s = m_store.saveState(m_alarms[k]);
        }
        if (s) {
            QJsonObject after = details;
            after.insert(QStringLiteral("alarms"), QJsonArray::fromStringList(done));
            s = m_core.audit().record(actor.id(), action, QStringLiteral("alarm"),
                                      done.constFirst(), {}, after);
        }
        if (s && also) {
            QStringList ids;
            for (const EventRow &r : std::as_const(rows))
                ids << r.stamp.id;
            s = also(ids);
        }
        if (s)
            s = tx.commit();
    }
    if (!s) {
        for (auto it = before.begin(); it != before.end(); ++it)
            m_alarms[it.key()] = it.value();
        return fail(tr("Not saved: %1").arg(s.error()));
    }
    Q_EMIT alarmsChanged(done);
    return {};
}

Status AlarmEngine::acknowledge(const Actor &actor, const QStringList &keys, const QString &comment,
                                qint64 atUtc, const AlsoWrite &also)
{
    if (!actor.can(Permission::AcknowledgeAlarm))
        return fail(tr("Your role may not acknowledge alarms."));
    const qint64 now = atUtc > 0 ? atUtc : m_core.clock().nowMs();
    return act(
        actor, QStringLiteral("alarm_acknowledged"), keys,
        [&](AlarmRecord &r, EventRow &ev) {
            if (r.acked)
                return false;
            r.acked = true;
            r.ackedAt = now;
            r.ackedBy = actor.id();
            r.ackComment = comment;
            ev.kind = QStringLiteral("ack");
            ev.receiptUtc = now;
            ev.effect = r.active ? QStringLiteral("acknowledged") : QStringLiteral("normal");
            ev.comment = comment;
            return true;
        },
        {{QStringLiteral("comment"), comment}}, also);
}

Status AlarmEngine::shelve(const Actor &actor, const QString &key, const QString &reason,
                           int minutes, const AlsoWrite &also)
{
    if (!actor.can(Permission::ShelveAlarm))
        return fail(tr("Only a supervisor may shelve alarms."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Give a reason for shelving."));
    if (minutes < 5 || minutes > 8 * 60)
        return fail(tr("Shelve for 5 minutes to 8 hours."));
    const qint64 until = m_core.clock().nowMs() + qint64(minutes) * 60 * 1000;
    return act(
        actor, QStringLiteral("alarm_shelved"), {key},
        [&](AlarmRecord &r, EventRow &ev) {
            r.shelvedUntil = until;
            r.shelveReason = reason.trimmed();
            r.shelvedBy = actor.id();
            ev.kind = QStringLiteral("shelve");
            ev.effect = QStringLiteral("shelved");
            ev.comment = QStringLiteral("%1 (%2 min)").arg(reason.trimmed()).arg(minutes);
            return true;
        },
        {{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("minutes"), minutes}}, also);
}

Status AlarmEngine::unshelve(const Actor &actor, const QString &key, const AlsoWrite &also)
{
    if (!actor.can(Permission::ShelveAlarm))
        return fail(tr("Only a supervisor may unshelve alarms."));
    const qint64 now = m_core.clock().nowMs();
    return act(
        actor, QStringLiteral("alarm_unshelved"), {key},
        [&](AlarmRecord &r, EventRow &ev) {
            if (!r.shelved(now))
                return false;
            r.shelvedUntil = 0;
            ev.kind = QStringLiteral("unshelve");
            ev.effect = actor.system ? QStringLiteral("expired") : QStringLiteral("unshelved");
            return true;
        },
        {}, also);
}

Status AlarmEngine::setSuppressed(const Actor &actor, const QString &device, bool suppressed,
                                  const QString &reason)
{
    if (!actor.can(Permission::ShelveAlarm))
        return fail(tr("Only a supervisor may put a device in maintenance."));
    if (m_following)
        return fail(tr("This device shows the alarms of the station's control room; an action goes "
                       "there first."));
    if (!m_devices.device(device))
        return fail(tr("No such device: %1").arg(device));
    if (suppressed && reason.trimmed().isEmpty())
        return fail(tr("Give a reason for the maintenance."));
    // The device's comm-loss alarm stands for the device itself.
    recordFor(device, commLossPoint(), QString());
    QStringList keys;
    for (const AlarmRecord &r : std::as_const(m_alarms))
        if (r.device == device)
            keys << r.key;
    return act(actor,
               suppressed ? QStringLiteral("device_suppressed")
                          : QStringLiteral("device_unsuppressed"),
               keys,
               [&](AlarmRecord &r, EventRow &ev) {
                   if (r.suppressed == suppressed)
                       return false;
                   r.suppressed = suppressed;
                   ev.kind = suppressed ? QStringLiteral("suppress") : QStringLiteral("unsuppress");
                   ev.effect = ev.kind;
                   ev.comment = reason.trimmed();
                   return true;
               },
               {{QStringLiteral("device"), device}, {QStringLiteral("reason"), reason.trimmed()}});
}

Status AlarmEngine::setOutOfService(const Actor &actor, const QString &key, bool out,
                                    const QString &reason)
{
    if (!actor.can(Permission::ShelveAlarm))
        return fail(tr("Only a supervisor may take an alarm out of service."));
    if (out && reason.trimmed().isEmpty())
        return fail(tr("Give a reason for taking the alarm out of service."));
    return act(actor,
               out ? QStringLiteral("alarm_out_of_service") : QStringLiteral("alarm_in_service"),
               {key},
               [&](AlarmRecord &r, EventRow &ev) {
                   if (r.outOfService == out)
                       return false;
                   r.outOfService = out;
                   ev.kind = out ? QStringLiteral("out_of_service") : QStringLiteral("in_service");
                   ev.effect = ev.kind;
                   ev.comment = reason.trimmed();
                   return true;
               },
               {{QStringLiteral("reason"), reason.trimmed()}});
}

void AlarmEngine::tick()
{
    // A follower shows the host's state as its events carry it: a shelving that ran out shows as
    // over on screen, the host writes the expiry, and chattering is the host's to measure.
    if (m_following)
        return;
    // A state saved below names its last event; that event is written first.
    if (pendingCount() > 0 && !commit())
        return;
    const qint64 now = m_core.clock().nowMs();
    const qint64 mono = m_core.clock().monotonicMs();
    QStringList expired;
    for (AlarmRecord &r : m_alarms) {
        if (r.shelvedUntil != 0 && r.shelvedUntil <= now)
            expired << r.key;
        if (r.chattering) {
            prune(r.recentActivations, mono, m_options.chatterWindowMs);
            if (r.recentActivations.size() < m_options.chatterCount) {
                r.chattering = false;
                changed(r.key);
            }
        }
    }
    for (const QString &key : std::as_const(expired)) {
        if (Status s = act(Actor::systemActor(QStringLiteral("system:shelve-timer")),
                           QStringLiteral("alarm_unshelved"), {key},
                           [](AlarmRecord &r, EventRow &ev) {
                               r.shelvedUntil = 0;
                               ev.kind = QStringLiteral("unshelve");
                               ev.effect = QStringLiteral("expired");
                               return true;
                           },
                           {{QStringLiteral("expired"), true}});
            !s)
            qCWarning(lcAlarms) << "shelve expiry not written:" << s.error();
    }
    prune(m_newOccurrences, mono, m_options.floodWindowMs);
    if (m_flood && m_newOccurrences.size() <= m_options.floodCount) {
        m_flood = false;
        Q_EMIT floodChanged(false);
    }
    if (!m_changedKeys.isEmpty()) {
        // Chattering flags are part of the state cache.
        for (const QString &k : std::as_const(m_changedKeys))
            if (Status s = m_store.saveState(m_alarms[k]); !s)
                qCWarning(lcAlarms) << "state not saved:" << s.error();
        Q_EMIT alarmsChanged(m_changedKeys);
        m_changedKeys.clear();
    }
}

} // namespace so::alarms
