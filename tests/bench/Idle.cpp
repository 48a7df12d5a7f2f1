// stationops-bench idle: the gateway with every serial link down — one port whose far end hung
// up (Qt 6.4 spins on that unless it is handled), one that never existed — for a while, and the
// CPU it used.
#include "Bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

namespace so::bench {

int idle(const QStringList &args)
{
    const int seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    if (!copyDemoConfig(config)) {
        std::fprintf(stderr, "idle: cannot copy the demo config\n");
        return 1;
    }
    int master = -1, slave = -1;
    char name[128] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
        return 1;
    // The gateway must not inherit the far end, or hanging it up here would change nothing.
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);
    const QString hungUp = dir.filePath(QStringLiteral("psd-up"));
    QFile::link(QString::fromLocal8Bit(name), hungUp);
    ::close(slave);
    QFile devices(QDir(config).filePath(QStringLiteral("devices.json")));
    devices.open(QIODevice::WriteOnly | QIODevice::Truncate);
    devices.write(QStringLiteral(R"({ "schema": 1, "links": [
        { "id": "psd-up", "profile": "psd-controller", "name": { "zh": "上行屏蔽门控制器", "en": "PSD up" }, "port": "%1",
          "heartbeatSeconds": 10,
          "devices": [ { "id": "PSD-UP", "name": { "zh": "上行屏蔽门", "en": "PSD up side" }, "area": "platform-1", "side": "P1-up" } ] },
        { "id": "esc", "profile": "escalator", "name": { "zh": "扶梯", "en": "Escalator" }, "port": "%2",
          "devices": [ { "id": "ESC-1", "name": { "zh": "1号扶梯", "en": "Escalator 1" }, "area": "concourse" } ] } ] })")
                      .arg(hungUp, dir.filePath(QStringLiteral("never-there")))
                      .toUtf8());
    devices.close();
    const QString stationops =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("stationops"));
    QProcess gw;
    gw.setProcessChannelMode(QProcess::MergedChannels);
    gw.start(stationops, {QStringLiteral("gateway"), QStringLiteral("--config"), config,
                          QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--exit-after"), QString::number(seconds + 30)});
    if (!gw.waitForStarted()) {
        std::fprintf(stderr, "idle: %s cannot be started\n", qPrintable(stationops));
        return 1;
    }
    // Let the gateway open the port, then hang up its far end.
    QThread::sleep(2);
    ::close(master);
    QThread::sleep(1);
    const double before = cpuSeconds(gw.processId());
    QThread::sleep(seconds);
    const double used = cpuSeconds(gw.processId()) - before;
    gw.terminate();
    gw.waitForFinished(10000);
    std::printf("idle: gateway said:\n%s", gw.readAll().constData());
    figure(QStringLiteral("idle.cpu_time"), used, QStringLiteral("s"));
    figure(QStringLiteral("idle.cpu_share"), 100.0 * used / seconds, QStringLiteral("% core"),
           QStringLiteral("<= 1"));
    return 0;
}

} // namespace so::bench
