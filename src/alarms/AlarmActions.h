#pragma once
// AlarmActions: staff actions on alarms between devices (SYNC.md, "Alarms across devices"). On
// a tablet that follows the host, an acknowledge, shelve or unshelve is an alarm_action record
// naming the event the person saw; the row shows "acknowledging…" until the host's answer
// arrives. On the host, each action that arrived is checked again (the person's current role,
// the alarm still in the occurrence they saw) and applied through the engine, with its
// alarm_action_outcome written in the same transaction as the resulting event.
#include "AlarmActionStore.h"
#include "Permissions.h"
#include "Result.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace so {
class Database;
class RecordKinds;
class StationCore;
} // namespace so

namespace so::alarms {

class AlarmEngine;

class AlarmActions : public QObject
{
    Q_OBJECT
public:
    AlarmActions(StationCore &core, AlarmEngine &engine, QObject *parent = nullptr);

    // alarm_event, alarm_action and alarm_action_outcome as record kinds, with alarm_state's fold.
    static void addRecordKinds(RecordKinds &kinds);

    // A follower: checked here as the host will check it, then written, one record per alarm.
    Status request(const Actor &actor, const QString &action, const QStringList &keys,
                   const QString &reason = {}, int minutes = 0, const QString &comment = {});
    // Actions made here that the host has not answered yet: alarm key -> action (ack, shelve,
    // unshelve). Read again by refresh().
    const QHash<QString, QString> &waiting() const { return m_waiting; }
    Status refresh();
    // The host: applies every action that has no outcome yet, in the order they arrived; how
    // many were answered. A database error stops it; it is tried again 5 s later.
    Result<int> applyPending();

Q_SIGNALS:
    // Records were written here (requests or outcomes): the sync thread sends them.
    void written();
    void waitingChanged(const QStringList &keys);
    // An action made here that the host did not apply: why, in the current language's words.
    void refused(const QString &key, const QString &reason);

private:
    Status writeOutcome(const QString &actionId, bool applied, const QString &reason,
                        const QString &eventId);

    StationCore &m_core;
    AlarmEngine &m_engine;
    AlarmActionStore m_store;
    QHash<QString, QString> m_waiting;        // alarm key -> action
    QHash<QString, QString> m_waitingActions; // action id -> alarm key
    QTimer m_retry;
};

} // namespace so::alarms
