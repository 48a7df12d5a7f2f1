#include "SyncClient.h"
#include "Database.h"
#include "Ingest.h"
#include "RecordKinds.h"
#include "ServerSync.h"
#include "StationCore.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSyncThread, "stationops.sync.thread")

namespace so::sync {

// Lives in the sync thread; everything it touches was made there.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString configDir, QString dataDir, ServerLogin login,
               std::function<void(RecordKinds &)> addKinds, std::shared_ptr<Clock> clock)
        : m_configDir(std::move(configDir)), m_dataDir(std::move(dataDir)),
          m_login(std::move(login)), m_addKinds(std::move(addKinds)), m_clock(std::move(clock))
    {
    }
    ~SyncWorker() override { disconnectServer(); }

public Q_SLOTS:
    void start()
    {
        auto core = StationCore::open(m_configDir, m_dataDir, m_clock);
        if (!core) {
            m_state.error = core.error();
            publish();
            return;
        }
        m_core = core.take();
        m_addKinds(m_core->records());
        m_ingest = std::make_unique<Ingest>(*m_core);
        connect(m_ingest.get(), &Ingest::recordsArrived, this, &SyncWorker::recordsArrived);
        m_listenName = QStringLiteral("stationops-listen-%1").arg(quintptr(this));
        m_workName = QStringLiteral("stationops-sync-%1").arg(quintptr(this));
        m_soon.setSingleShot(true);
        m_soon.setInterval(50);
        connect(&m_soon, &QTimer::timeout, this, &SyncWorker::round);
        m_periodic.setInterval(30000);
        connect(&m_periodic, &QTimer::timeout, this, &SyncWorker::round);
        m_periodic.start();
        m_watchdog.setInterval(5000);
        connect(&m_watchdog, &QTimer::timeout, this, &SyncWorker::watchdog);
        m_watchdog.start();
        m_state.offlineSince = m_core->clock().nowMs();
        reconnect();
    }

    void nudge()
    {
        if (m_core && !m_soon.isActive())
            m_soon.start();
    }

Q_SIGNALS:
    void stateChanged(const so::sync::SyncState &state);
    void recordsArrived(const QString &kind);
    void roundDone();

private:
    void disconnectServer()
    {
        if (m_listen.isValid() && m_listen.driver())
            disconnect(m_listen.driver(), nullptr, this, nullptr);
        m_listen = QSqlDatabase();
        m_work = QSqlDatabase();
        closeServer(m_listenName);
        closeServer(m_workName);
    }

    void reconnect()
    {
        disconnectServer();
        auto work = openServer(m_login.dsn, m_workName, m_login.user, m_login.password);
        auto listen = work ? openServer(m_login.dsn, m_listenName, m_login.user, m_login.password)
                           : Result<QSqlDatabase>(fail(work.error()));
        if (!listen) {
            goOffline(listen.error());
            disconnectServer();
            return;
        }
        m_work = work.take();
        m_listen = listen.take();
        // A new driver object each time the connection is made: the slot is connected once to it.
        const QString channel =
            QStringLiteral("stationops_%1").arg(m_core->config().code.toLower());
        if (!m_listen.driver()->subscribeToNotification(channel)) {
            goOffline(QStringLiteral("cannot listen on %1: %2")
                          .arg(channel, m_listen.driver()->lastError().text()));
            disconnectServer();
            return;
        }
        connect(m_listen.driver(), &QSqlDriver::notification, this, [this] { nudge(); });
        qCInfo(lcSyncThread) << "connected to the station server; listening on" << channel;
        rememberName();
        round();
    }

    // A device enrolled before server.json kept its name learns it now: devices.json names the
    // host of the serial links by it, from the next start.
    void rememberName()
    {
        if (!m_login.name.isEmpty())
            return;
        if (Status s = m_login.learnName(m_work, m_core->dataDir()); !s)
            qCWarning(lcSyncThread) << "the device's enrolled name is not known:" << s.error();
        else
            qCInfo(lcSyncThread) << "this device is" << m_login.name
                                 << "on the station server; kept in server.json";
    }

    void watchdog()
    {
        // QPSQL reports no dropped connection and never reconnects: ask, on both connections.
        const auto alive = [](QSqlDatabase &db) {
            if (!db.isValid() || !db.isOpen())
                return false;
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT 1")) && q.next();
        };
        if (alive(m_work) && alive(m_listen)) {
            // A record made here since the last round goes now.
            if (m_state.waiting > 0 || pendingHere() > m_sentUpTo)
                round();
            return;
        }
        if (m_state.online)
            qCWarning(lcSyncThread) << "the station server stopped answering; reconnecting";
        goOffline(QStringLiteral("the station server does not answer"));
        reconnect();
    }

    qint64 pendingHere()
    {
        auto seq = m_core->db().scalar(
            QStringLiteral(
                "SELECT coalesce((SELECT seq FROM device_counter WHERE device_id = ?), 0)"),
            {m_core->db().deviceId()});
        return seq ? *seq : 0;
    }

    void round()
    {
        if (!m_work.isValid() || !m_work.isOpen())
            return;
        ServerSync sync(*m_core, *m_ingest);
        auto hello = sync.hello(m_work);
        const qint64 counter = pendingHere();
        auto pushed =
            hello ? sync.push(m_work, hello->highWater) : Result<Pushed>(fail(hello.error()));
        auto pulled = pushed ? sync.pull(m_work) : Result<Pulled>(fail(pushed.error()));
        if (!pulled) {
            qCWarning(lcSyncThread) << "sync round failed:" << pulled.error();
            goOffline(pulled.error());
            return;
        }
        m_sentUpTo = counter;
        m_state.online = true;
        m_state.offlineSince = 0;
        m_state.lastSyncAt = m_core->clock().nowMs();
        m_state.skewMs = hello->skewMs;
        m_state.error.clear();
        updateWaiting(pushed->highWater);
        publish();
        Q_EMIT roundDone();
    }

    // This device's records the server does not hold yet, and the oldest one's own time.
    void updateWaiting(qint64 serverHolds)
    {
        m_serverHolds = serverHolds;
        qint64 count = 0, oldest = 0;
        // Nothing numbered here since the server's high water: nothing waits, no kind to count.
        if (pendingHere() <= serverHolds) {
            m_state.waiting = 0;
            m_state.oldestWaitingAt = 0;
            return;
        }
        for (const RecordKind &k : m_core->records().all()) {
            auto q = m_core->db().exec(
                QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM %1 WHERE device_id = ? AND "
                               "device_seq > ? "
                               "AND id IN (SELECT record_id FROM sync_arrival WHERE kind = ?)")
                    .arg(k.table),
                {m_core->db().deviceId(), serverHolds, k.name});
            if (q && q->next() && q->value(0).toLongLong() > 0) {
                count += q->value(0).toLongLong();
                const qint64 at = q->value(1).toLongLong();
                oldest = oldest == 0 ? at : qMin(oldest, at);
            }
        }
        m_state.waiting = count;
        m_state.oldestWaitingAt = oldest;
    }

    void goOffline(const QString &why)
    {
        if (m_state.online || m_state.offlineSince == 0)
            m_state.offlineSince = m_core->clock().nowMs();
        m_state.online = false;
        m_state.error = why;
        if (m_core)
            updateWaiting(m_serverHolds);
        publish();
    }

    void publish()
    {
        if (m_state == m_published)
            return;
        m_published = m_state;
        Q_EMIT stateChanged(m_state);
    }

    QString m_configDir, m_dataDir;
    ServerLogin m_login;
    std::function<void(RecordKinds &)> m_addKinds;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<StationCore> m_core;
    std::unique_ptr<Ingest> m_ingest;
    QString m_listenName, m_workName;
    QSqlDatabase m_listen, m_work;
    // Children, so they move to the sync thread with the worker.
    QTimer m_soon{this}, m_periodic{this}, m_watchdog{this};
    qint64 m_sentUpTo = 0;
    qint64 m_serverHolds = 0;
    SyncState m_state, m_published;
};

SyncClient::SyncClient(QString configDir, QString dataDir, ServerLogin login,
                       std::function<void(RecordKinds &)> addKinds, std::shared_ptr<Clock> clock,
                       QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<so::sync::SyncState>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(std::move(configDir), std::move(dataDir), std::move(login),
                              std::move(addKinds), std::move(clock));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](const SyncState &s) {
        m_state = s;
        Q_EMIT stateChanged();
    });
    connect(m_worker, &SyncWorker::recordsArrived, this, &SyncClient::recordsArrived);
    connect(m_worker, &SyncWorker::roundDone, this, &SyncClient::roundDone);
}

SyncClient::~SyncClient()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncClient::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncClient::nudge()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::nudge, Qt::QueuedConnection);
}

} // namespace so::sync

#include "SyncClient.moc"
