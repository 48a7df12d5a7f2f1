// stationops-bench app-idle: the app on Home with one unacknowledged priority 1 alarm, left
// alone, and the CPU it used. The child (app-idle-probe) builds what `stationops` builds,
// signs in, raises the alarm and counts the frames it draws while nobody touches it. Run
// offscreen, and under Xvfb (xcb) where xvfb-run is installed.
#include "AlarmTypes.h"
#include "AppServices.h"
#include "Bench.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace so::bench {

int appIdleProbe(const QStringList &args)
{
    const int seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("30")).toInt();
    auto app = startProbeApp("app-idle-probe");
    if (!app) {
        std::fprintf(stderr, "%s\n", qPrintable(app.error()));
        return 1;
    }
    AppServices *services = app->services.get();
    QQuickWindow *window = app->window;
    if (!services->auth().signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok)
        return 1;
    window->setProperty("page", QStringLiteral("home"));
    // An emergency release at a platform door: priority 1, not acknowledged.
    alarms::DecodedEvent e;
    e.device = QStringLiteral("PSD-UP");
    e.point = QStringLiteral("EMERGENCY_RELEASE");
    e.asset = QStringLiteral("D11");
    e.kind = alarms::EventKind::Raise;
    e.receipt.linkId = QStringLiteral("bench");
    e.receipt.utcMs = QDateTime::currentMSecsSinceEpoch();
    e.receipt.raw = QByteArrayLiteral("bench");
    services->alarmSystem().engine().ingest({e}, {});
    runFor(3000); // the batch written, the banner up, start-up work done
    if (services->alarms().worstPriority() != 1) {
        std::fprintf(stderr, "app-idle-probe: no priority 1 alarm is showing\n");
        return 1;
    }
    int frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&frames] { ++frames; });
    const double before = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double used = cpuSeconds() - before;
    std::printf("probe cpu_s %.3f\nprobe wall_s %.3f\nprobe frames %d\n", used,
                wall.elapsed() / 1000.0, frames);
    std::fflush(stdout);
    return 0;
}

int appIdle(const QStringList &args)
{
    const QString seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("30"));
    struct Result
    {
        double cpu = -1, wall = 0, frames = 0;
    };
    auto run = [&](const QString &program, const QStringList &arguments, const QString &platform) {
        Result r;
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        if (!p.waitForFinished(seconds.toInt() * 1000 + 120000) || p.exitCode() != 0)
            return r;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 3 || f[0] != "probe")
                continue;
            if (f[1] == "cpu_s")
                r.cpu = f[2].toDouble();
            else if (f[1] == "wall_s")
                r.wall = f[2].toDouble();
            else if (f[1] == "frames")
                r.frames = f[2].toDouble();
        }
        return r;
    };
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList probe{QStringLiteral("app-idle-probe"), QStringLiteral("--seconds"), seconds};
    const Result offscreen = run(self, probe, QStringLiteral("offscreen"));
    if (offscreen.cpu < 0 || offscreen.wall <= 0) {
        std::fprintf(stderr, "app-idle: the offscreen probe failed\n");
        return 1;
    }
    figure(QStringLiteral("app_idle.cpu_share.offscreen"), 100.0 * offscreen.cpu / offscreen.wall,
           QStringLiteral("% core"), QStringLiteral("<= 2"));
    figure(QStringLiteral("app_idle.frames_per_s.offscreen"), offscreen.frames / offscreen.wall,
           QStringLiteral("frames/s"));
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty()) {
        std::printf("app-idle: no xvfb-run, so no figure under xcb\n");
        return 0;
    }
    const Result xcb = run(xvfb,
                           QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                                       QStringLiteral("-screen 0 1280x800x24"), self} +
                               probe,
                           QStringLiteral("xcb"));
    if (xcb.cpu < 0 || xcb.wall <= 0) {
        std::fprintf(stderr, "app-idle: the probe under Xvfb failed\n");
        return 1;
    }
    figure(QStringLiteral("app_idle.cpu_share.xcb"), 100.0 * xcb.cpu / xcb.wall,
           QStringLiteral("% core"));
    figure(QStringLiteral("app_idle.frames_per_s.xcb"), xcb.frames / xcb.wall,
           QStringLiteral("frames/s"));
    return 0;
}

} // namespace so::bench
