#pragma once
// AlarmEngine: ISA-18.2 alarm states from decoded device events and staff actions. Device
// events change the state at once and are written in batches (every 75 ms at most, one
// transaction each); staff actions are written at once, with their audit row.
#include "AlarmRecord.h"
#include "AlarmStats.h"
#include "AlarmStore.h"
#include "DevicesConfig.h"
#include "Permissions.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace so {
class StationCore;
}

namespace so::alarms {

class AlarmEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // A frame waits at most this long for its batch; with the write itself, receipt to
        // commit stays under 100 ms.
        int batchMs = 75;
        int chatterCount = AlarmStats::kChatterCount;
        qint64 chatterWindowMs = AlarmStats::kChatterMs;
        int floodCount = AlarmStats::kFloodAbove;       // more than this many new alarms ...
        qint64 floodWindowMs = AlarmStats::kIntervalMs; // ... in this window is a flood
    };

    AlarmEngine(StationCore &core, const DevicesConfig &devices, QObject *parent = nullptr);
    AlarmEngine(StationCore &core, const DevicesConfig &devices, Options options, QObject *parent);
    ~AlarmEngine() override;

    // Loads alarm_state so that a restart continues where it stopped.
    Status restore();
    // On a device that follows the host's alarms (SYNC.md): device events are not taken, no
    // action is written here (they go to the host as alarm_action records), and shelvings run
    // out on screen only; reload() takes in the state the host's events brought.
    void setFollowing(bool following);
    bool following() const { return m_following; }
    // Reads alarm_state again and tells which alarms changed (after the host's events arrived).
    Status reload();
    // Written in the same transaction as an action's events (their ids): the outcome of an
    // action that came from another device.
    using AlsoWrite = std::function<Status(const QStringList &eventIds)>;

    // From the links (queued from their thread).
    void ingest(const QList<so::alarms::DecodedEvent> &events,
                const QList<so::alarms::DecodeError> &errors);
    // A link or device that stopped answering (or came back).
    void setCommunication(const QString &device, bool ok, qint64 utcMs, qint64 monoMs);
    // Writes everything pending now, in one transaction.
    Status commit();

    // `atUtc` is for records brought in from elsewhere (the demo seed); 0 means now.
    Status acknowledge(const Actor &actor, const QStringList &keys, const QString &comment = {},
                       qint64 atUtc = 0, const AlsoWrite &also = {});
    Status shelve(const Actor &actor, const QString &key, const QString &reason, int minutes,
                  const AlsoWrite &also = {});
    Status unshelve(const Actor &actor, const QString &key, const AlsoWrite &also = {});
    // A device in maintenance: its alarms are recorded but not shown.
    Status setSuppressed(const Actor &actor, const QString &device, bool suppressed,
                         const QString &reason);
    Status setOutOfService(const Actor &actor, const QString &key, bool out, const QString &reason);
    // Shelving that has run out, chattering that has calmed down.
    void tick();

    const QHash<QString, AlarmRecord> &alarms() const { return m_alarms; }
    const AlarmRecord *alarm(const QString &key) const;
    bool flood() const { return m_flood; }
    qint64 pendingCount() const { return m_pendingEvents.size() + m_pendingErrors.size(); }
    qint64 committedEvents() const { return m_committedEvents; }
    qint64 committedErrors() const { return m_committedErrors; }
    QString lastStoreError() const { return m_lastStoreError; }
    const DevicesConfig &devices() const { return m_devices; }
    AlarmStore &store() { return m_store; }

Q_SIGNALS:
    // Keys whose state changed (device events once they are applied; actions once committed).
    void alarmsChanged(const QStringList &keys);
    void floodChanged(bool flood);
    // After each batch: how many rows, and the receipt times (monotonic ms) they carried.
    void committed(int events, int errors, const QList<qint64> &receiptMono);
    void storeFailed(const QString &message);

private:
    AlarmRecord &recordFor(const QString &device, const QString &point, const QString &asset);
    void apply(const DecodedEvent &e);
    void noteActivation(AlarmRecord &r, qint64 monoMs);
    EventRow row(const AlarmRecord &r, const QString &kind, const QString &effect,
                 const QString &actor);
    void changed(const QString &key);
    // A staff action: apply, write with audit in one transaction, or roll the state back.
    Status act(const Actor &actor, const QString &action, const QStringList &keys,
               const std::function<bool(AlarmRecord &, EventRow &)> &change,
               const QJsonObject &details, const AlsoWrite &also = {});

    StationCore &m_core;
    const DevicesConfig &m_devices;
    Options m_options;
    AlarmStore m_store;
    QHash<QString, AlarmRecord> m_alarms;
    QList<EventRow> m_pendingEvents;
    QList<DecodeError> m_pendingErrors;
    QList<QString> m_pendingErrorIds;
    QStringList m_changedKeys;
    QList<qint64> m_newOccurrences; // monotonic ms, for flood detection
    bool m_flood = false;
    bool m_following = false;
    qint64 m_lastCreatedAt = 0; // UTC ms of this engine's latest event: the next is never before it
    qint64 m_committedEvents = 0;
    qint64 m_committedErrors = 0;
    QString m_lastStoreError;
    QTimer m_batchTimer;
    QTimer m_tickTimer;
};

} // namespace so::alarms
