// stationops-bench alarm-latency: alarms across devices (#17). A throwaway PostgreSQL cluster, the
// gateway as a real process hosting one serial line (a pty whose device end is written here), and
// 10 follower processes (`stationops alarms --follow`, the tablet's services without a window),
// each printing when its alarm list applies a change. Measured on every follower:
//   * a frame written to the gateway's line -> the alarm in the follower's list;
//   * an acknowledgement on one follower -> the acknowledged state in every other's list.
// All processes read the same wall clock, so a line's stamp less the moment the frame was written
// is the latency.
#include "AppServices.h"
#include "Bench.h"
#include "DemoStaff.h"
#include "PgCluster.h"
#include "PtyFarEnd.h"
#include "ServerAdmin.h"
#include "ServerLink.h"
#include "ServerSync.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace so::bench {

namespace {

// One follower process and the lines it printed, by alarm key: the first stamp of each state.
struct Follower
{
    std::unique_ptr<QProcess> process;
    QByteArray partial;
    QHash<QString, qint64> seen; // "key state" -> utc ms
    bool ready = false;
    void read()
    {
        partial += process->readAllStandardOutput();
        for (qsizetype eol; (eol = partial.indexOf('\n')) >= 0;) {
            const QList<QByteArray> w = partial.left(eol).split(' ');
            partial.remove(0, eol + 1);
            if (w.value(0) == "following")
                ready = true;
            bool isStamp = false;
            const qint64 at = w.value(0).toLongLong(&isStamp);
            if (isStamp && w.size() >= 3) {
                const QString k = QString::fromUtf8(w[1] + ' ' + w[2]);
                if (!seen.contains(k))
                    seen.insert(k, at);
            }
        }
    }
};

// Whether every follower's list has shown `what` ("<key> <state>").
bool seenByAll(const std::vector<Follower> &tablets, const QString &what)
{
    return std::all_of(tablets.cbegin(), tablets.cend(),
                       [&what](const Follower &f) { return f.seen.contains(what); });
}

// Runs the event loop until `done` holds or `ms` passed; whether it held.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int alarmLatency(const QStringList &args)
{
    const int followers = option(args, QStringLiteral("--followers"), QStringLiteral("10")).toInt();
    const int rounds = option(args, QStringLiteral("--rounds"), QStringLiteral("40")).toInt();
    const auto stop = [](const QString &what) {
        std::fprintf(stderr, "alarm-latency: %s\n", qPrintable(what));
        return 1;
    };
    const QString stationops =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("stationops"));
    test::PgCluster pg;
    if (!pg.start())
        return stop(pg.error());
    QTemporaryDir dir;
    // The demo station, its one PSD line hosted by the control room.
    QFile station(AppServices::builtInConfigDir() + QStringLiteral("/station.json"));
    if (!station.open(QIODevice::ReadOnly))
        return stop(station.fileName());
    const QString cfg = test::configWithStation(dir.path(), station.readAll());
    QFile::remove(cfg + QStringLiteral("/devices.json"));
    test::PtyFarEnd line;
    if (!line.open() || !line.linkAs(dir.filePath(QStringLiteral("psd.port"))))
        return stop(QStringLiteral("no pseudo-terminal"));
    const QJsonObject link{
        {"id", "psd-up"},
        {"profile", "psd-controller"},
        {"port", dir.filePath(QStringLiteral("psd.port"))},
        {"name", QJsonObject{{"zh", "上行屏蔽门控制器"}, {"en", "PSD controller"}}},
        {"devices",
         QJsonArray{QJsonObject{{"id", "PSD-UP"},
                                {"name", QJsonObject{{"zh", "上行屏蔽门"}, {"en", "PSD up"}}},
                                {"area", "platform-1"},
                                {"side", "P1-up"}}}}};
    QFile devices(cfg + QStringLiteral("/devices.json"));
    if (!devices.open(QIODevice::WriteOnly) ||
        devices.write(
            QJsonDocument(
                QJsonObject{{"schema", 1}, {"host", "control room"}, {"links", QJsonArray{link}}})
                .toJson()) < 0)
        return stop(devices.fileName());
    devices.close();
    QStringList names{QStringLiteral("control room")};
    for (int i = 0; i < followers; ++i)
        names << QStringLiteral("tablet %1").arg(i + 1);
    {
        auto admin = sync::openServer(pg.adminDsn(), QStringLiteral("bench-admin"));
        if (!admin)
            return stop(admin.error());
        QSqlDatabase db = admin.take();
        if (auto v = sync::ServerAdmin::init(db); !v)
            return stop(v.error());
        for (const QString &name : std::as_const(names)) {
            auto d = sync::ServerAdmin::addDevice(db, QStringLiteral("L2-DH"), name);
            if (!d)
                return stop(d.error());
            auto app = AppServices::build(cfg, dir.filePath(name));
            if (!app)
                return stop(app.error());
            if (auto role = sync::ServerSync::enroll((*app)->core(), pg.dsn(), d->code); !role)
                return stop(role.error());
            // The staff list comes from the first tablet; the gateway checks actions against it.
            if (name == names.value(1))
                if (auto s = seedDemoStaff((*app)->core()); !s)
                    return stop(s.error());
        }
    }
    sync::closeServer(QStringLiteral("bench-admin"));

    QProcess gateway;
    gateway.setProcessChannelMode(QProcess::MergedChannels);
    gateway.start(stationops, {QStringLiteral("--config"), cfg, QStringLiteral("--data-dir"),
                               dir.filePath(names[0]), QStringLiteral("gateway")});
    QByteArray gatewaySaid;
    std::vector<Follower> tablets(followers);
    for (int i = 0; i < followers; ++i) {
        tablets[i].process = std::make_unique<QProcess>();
        QProcess *p = tablets[i].process.get();
        QObject::connect(p, &QProcess::readyReadStandardOutput, p,
                         [&tablets, i] { tablets[i].read(); });
        p->start(stationops, {QStringLiteral("--config"), cfg, QStringLiteral("--data-dir"),
                              dir.filePath(names[i + 1]), QStringLiteral("alarms"),
                              QStringLiteral("--follow")});
    }
    const bool up = waitFor(
        [&] {
            gatewaySaid += gateway.readAll();
            bool all =
                gatewaySaid.contains("link psd-up up") && gatewaySaid.contains("sync online");
            for (const Follower &f : tablets)
                all = all && f.ready;
            return all;
        },
        60000);
    auto finish = [&](int code) {
        for (Follower &f : tablets) {
            f.process->terminate();
            f.process->waitForFinished(5000);
        }
        gateway.terminate();
        gateway.waitForFinished(10000);
        return code;
    };
    if (!up)
        return finish(stop(QStringLiteral("the gateway and the followers did not start: ") +
                           QString::fromUtf8(gatewaySaid)));
    tablets[0].process->write("sign-in 1001 2468\n");
    // The staff list must be at the gateway before the first acknowledgement is checked there.
    waitFor([] { return false; }, 2000);

    QList<double> raise, ack;
    int missed = 0;
    for (int r = 0; r < rounds; ++r) {
        const QString door = QStringLiteral("D%1").arg(r % 48 + 1, 2, 10, QLatin1Char('0'));
        const QString point = r < 48 ? QStringLiteral("OBSTRUCTION") : QStringLiteral("LOCK_FAIL");
        const QString key = QStringLiteral("PSD-UP/%1/%2").arg(point, door);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        const QByteArray frame = QStringLiteral("ALM %1 %2\r\n").arg(point, door).toLatin1();
        if (::write(line.master, frame.constData(), size_t(frame.size())) != frame.size())
            return finish(stop(QStringLiteral("the serial line does not take the frame")));
        const QString raised = key + QStringLiteral(" unacknowledged");
        if (!waitFor([&] { return seenByAll(tablets, raised); }, 10000)) {
            ++missed;
            continue;
        }
        for (const Follower &f : tablets)
            raise << double(f.seen.value(raised) - t0);
        // The first follower acknowledges; the other nine see it.
        Follower &by = tablets[0];
        const QString acked = key + QStringLiteral(" acknowledged");
        const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
        by.process->write(QStringLiteral("ack %1\n").arg(key).toUtf8());
        if (!waitFor([&] { return seenByAll(tablets, acked); }, 10000)) {
            ++missed;
            continue;
        }
        for (int i = 1; i < followers; ++i)
            ack << double(tablets[i].seen.value(acked) - t1);
    }
    std::printf("alarm-latency: %d followers, %d rounds, server on loopback (Unix socket); %d "
                "rounds missed\n",
                followers, rounds, missed);
    figure(QStringLiteral("alarm frame -> every follower's list, p50"), percentile(raise, 50),
           QStringLiteral("ms"), QStringLiteral("aim 250"));
    figure(QStringLiteral("alarm frame -> every follower's list, p99"), percentile(raise, 99),
           QStringLiteral("ms"), QStringLiteral("<= 1000"));
    figure(QStringLiteral("acknowledgement -> every other follower, p50"), percentile(ack, 50),
           QStringLiteral("ms"));
    figure(QStringLiteral("acknowledgement -> every other follower, p99"), percentile(ack, 99),
           QStringLiteral("ms"), QStringLiteral("<= 1000"));
    return finish(missed == 0 ? 0 : 1);
}

} // namespace so::bench
