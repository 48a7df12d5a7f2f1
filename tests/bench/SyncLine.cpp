// stationops-bench sync-line: a whole line on one station server (#17). 30 stations × 10 devices,
// each with its own enrolled role and connection, push a busy day's records at the same moment
// (1,000 each by default: incidents with their intake, a note, an assessment and a link, one
// batch of the size the sync thread sends). Figures: the server's rows/s over the whole line,
// and each device's push time (p50, and the worst, which is what a tablet waits). The server is a
// throwaway PostgreSQL cluster on a Unix socket with fsync on, as a station server runs.
#include "Bench.h"
#include "PgCluster.h"
#include "ServerAdmin.h"
#include "ServerLink.h"
#include "SyncFixtures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

namespace so::bench {

namespace {

struct Device
{
    QString role;
    QString password;
    QString id;
    QString station;
    QByteArray batch;
    qint64 startNs = 0;
    qint64 endNs = 0;
    int inserted = 0;
    QString error;
};

} // namespace

int syncLine(const QStringList &args)
{
    const int stations = option(args, QStringLiteral("--stations"), QStringLiteral("30")).toInt();
    const int perStation = option(args, QStringLiteral("--devices"), QStringLiteral("10")).toInt();
    const int records = option(args, QStringLiteral("--records"), QStringLiteral("1000")).toInt();
    const auto stop = [](const QString &what) {
        std::fprintf(stderr, "sync-line: %s\n", qPrintable(what));
        return 1;
    };
    const int count = stations * perStation;
    test::PgCluster pg;
    pg.set(QStringLiteral("fsync=on"));
    pg.set(QStringLiteral("max_connections=%1").arg(count + 20));
    if (!pg.start())
        return stop(pg.error());
    std::vector<Device> devices(static_cast<std::size_t>(count));
    {
        auto admin = sync::openServer(pg.adminDsn(), QStringLiteral("line-admin"));
        if (!admin)
            return stop(admin.error());
        QSqlDatabase db = admin.take();
        if (auto v = sync::ServerAdmin::init(db); !v)
            return stop(v.error());
        const qint64 dayStart = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
        for (int i = 0; i < count; ++i) {
            Device &d = devices[std::size_t(i)];
            d.station = QStringLiteral("L2-S%1").arg(i / perStation + 1, 2, 10, QLatin1Char('0'));
            auto added = sync::ServerAdmin::addDevice(
                db, d.station, QStringLiteral("tablet %1").arg(i % perStation + 1));
            if (!added)
                return stop(added.error());
            d.role = added->role;
            d.password = added->code.section(QLatin1Char(':'), 1);
            d.id = QStringLiteral("line-device-%1").arg(i + 1);
            d.batch = test::busyTablet(d.station, d.id, records, dayStart).toJson();
        }
    }
    sync::closeServer(QStringLiteral("line-admin"));
    std::printf("sync-line: %d stations x %d devices, %d records each (one batch), all at once\n",
                stations, perStation, records);

    // Every device connects and enrols first; then all push at the same moment.
    std::mutex m;
    std::mutex connecting;
    std::condition_variable cv;
    int ready = 0;
    bool go = false;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    threads.reserve(devices.size());
    for (std::size_t i = 0; i < devices.size(); ++i) {
        threads.emplace_back([&, i] {
            Device &d = devices[i];
            const QString name = QStringLiteral("line-%1").arg(i);
            {
                // One at a time: 300 logins at once (a backend each, SCRAM) time out on two cores.
                std::unique_lock one(connecting);
                auto opened = sync::openServer(pg.dsn(), name, d.role, d.password);
                std::optional<QSqlDatabase> db;
                if (!opened) {
                    d.error = opened.error();
                } else {
                    db = opened.take();
                    QSqlQuery enrol(*db);
                    if (!enrol.prepare(QStringLiteral("SELECT stationops.sync_enroll(?)")) ||
                        (enrol.addBindValue(d.id), !enrol.exec()))
                        d.error = enrol.lastError().text();
                }
                one.unlock();
                {
                    std::unique_lock lock(m);
                    ++ready;
                    cv.notify_all();
                    cv.wait(lock, [&] { return go; });
                }
                if (d.error.isEmpty()) {
                    d.startNs = clock.nsecsElapsed();
                    QSqlQuery push(*db);
                    if (!push.prepare(QStringLiteral(
                            "SELECT id, status FROM stationops.sync_push(?::jsonb)"))) {
                        d.error = push.lastError().text();
                    } else {
                        push.addBindValue(QString::fromUtf8(d.batch));
                        if (!push.exec())
                            d.error = push.lastError().text();
                        while (push.next())
                            d.inserted += push.value(1).toString() == QLatin1String("inserted");
                    }
                    d.endNs = clock.nsecsElapsed();
                }
            }
            sync::closeServer(name);
        });
    }
    {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return ready == count; });
        go = true;
        cv.notify_all();
    }
    const qint64 startNs = clock.nsecsElapsed();
    for (std::thread &t : threads)
        t.join();
    qint64 lastNs = startNs;
    QList<double> pushS;
    long long inserted = 0;
    for (const Device &d : devices) {
        if (!d.error.isEmpty())
            return stop(QStringLiteral("%1 (%2): %3").arg(d.role, d.station, d.error));
        lastNs = std::max(lastNs, d.endNs);
        pushS << double(d.endNs - d.startNs) / 1e9;
        inserted += d.inserted;
    }
    if (inserted != qint64(count) * records)
        return stop(QStringLiteral("%1 of %2 records went up").arg(inserted).arg(count * records));
    const double wallS = double(lastNs - startNs) / 1e9;
    std::printf("sync-line: %lld records on the server in %.1f s\n", inserted, wallS);
    figure(QStringLiteral("sync.line.rows"), double(inserted) / wallS, QStringLiteral("rows/s"));
    figure(QStringLiteral("sync.line.push.p50"), percentile(pushS, 50), QStringLiteral("s"));
    figure(QStringLiteral("sync.line.push.worst"), percentile(pushS, 100), QStringLiteral("s"));
    return 0;
}

} // namespace so::bench
