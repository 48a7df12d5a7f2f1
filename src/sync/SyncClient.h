#pragma once
// SyncClient: the background sync with the station server (SYNC.md, "Device side"). One thread of
// its own, with its own SQLite connection and two server connections: one listens on the
// station's channel, the other pushes and pulls. The UI never waits on the network.
//  * a round (hello, push, pull) at start, on each notification, every 30 s, soon after nudge()
//    (a local commit), and after each reconnect;
//  * a `SELECT 1` watchdog every 5 s: on failure both connections are closed and opened again
//    and the channel subscribed again (the notification slot is connected once), then a round;
//  * its state for people: online or since when offline, the last sync, records waiting.
#include "Result.h"
#include "ServerLink.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace so {
class Clock;
class RecordKinds;
} // namespace so

namespace so::sync {

struct SyncState
{
    bool online = false;
    qint64 lastSyncAt = 0;      // UTC ms of the last round that completed; 0 never
    qint64 offlineSince = 0;    // UTC ms; 0 while online
    qint64 waiting = 0;         // this device's records the server does not hold yet
    qint64 oldestWaitingAt = 0; // the oldest of those, by its own time; 0 none
    qint64 skewMs = 0;          // this device's clock less the server's
    QString error;              // the last failure, in words
    bool operator==(const SyncState &o) const
    {
        return online == o.online && lastSyncAt == o.lastSyncAt && offlineSince == o.offlineSince &&
               waiting == o.waiting && oldestWaitingAt == o.oldestWaitingAt && skewMs == o.skewMs &&
               error == o.error;
    }
};

class SyncWorker;

class SyncClient : public QObject
{
    Q_OBJECT
public:
    // `addKinds` registers every feature's record kinds on the thread's own station core.
    SyncClient(QString configDir, QString dataDir, ServerLogin login,
               std::function<void(RecordKinds &)> addKinds, std::shared_ptr<Clock> clock,
               QObject *parent = nullptr);
    ~SyncClient() override;

    void start();
    const SyncState &state() const { return m_state; }

public Q_SLOTS:
    // A record was made here: push it soon.
    void nudge();

Q_SIGNALS:
    void stateChanged();
    // Records of a kind arrived from the server (after their transaction committed).
    void recordsArrived(const QString &kind);
    void roundDone();

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncState m_state;
};

} // namespace so::sync

Q_DECLARE_METATYPE(so::sync::SyncState)
