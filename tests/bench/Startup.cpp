// stationops-bench startup: the app started as a new process on the large database, offscreen.
// The child (app-probe) builds exactly what `stationops` builds, reports the time from its
// process start to the first frame, then signs in and reports its memory after Home, and after
// opening alarm history and the incident list.
#include "AppServices.h"
#include "Bench.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace so::bench {

namespace {

// Lets the window draw what it was just asked to show.
void settle(QQuickWindow *window)
{
    for (int i = 0; i < 4; ++i) {
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        window->requestUpdate();
        loop.exec();
    }
}

} // namespace

int appProbe(int &argc, char **argv, const QStringList &args)
{
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    auto services = AppServices::build(AppServices::builtInConfigDir(), dataDir);
    if (!services) {
        std::fprintf(stderr, "app-probe: %s\n", qPrintable(services.error()));
        return 1;
    }
    if (Status s = (*services)->seedDemo(); !s) {
        std::fprintf(stderr, "app-probe: %s\n", qPrintable(s.error()));
        return 1;
    }
    (*services)->publishToQml();
    QQmlApplicationEngine engine;
    auto window = loadMainWindow(engine);
    if (!window) {
        std::fprintf(stderr, "app-probe: %s\n", qPrintable(window.error()));
        return 1;
    }
    {
        QEventLoop loop;
        QObject::connect(*window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::printf("probe first_frame_ms %.1f\n", msSinceProcessStart());
    std::printf("probe rss_signin_mb %.1f\n", rssMb());
    auto in = (*services)->auth().signInAs(QStringLiteral("3001"), QStringLiteral("8642"));
    if (!in.ok) {
        std::fprintf(stderr, "app-probe: %s\n", qPrintable(in.message));
        return 1;
    }
    (*window)->setProperty("page", QStringLiteral("home"));
    settle(*window);
    std::printf("probe rss_home_mb %.1f\n", rssMb());
    (*window)->setProperty("pageTab", 1);
    (*window)->setProperty("page", QStringLiteral("alarms"));
    settle(*window);
    (*window)->setProperty("pageTab", 0);
    (*window)->setProperty("page", QStringLiteral("incidents"));
    settle(*window);
    std::printf("probe rss_lists_mb %.1f\n", rssMb());
    std::printf("probe incident_rows %lld\n",
                static_cast<long long>((*services)->incidentDesk().results()->rowCount()));
    std::fflush(stdout);
    return 0;
}

int startup(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    // One probe run; its "probe NAME VALUE" lines go into `into`.
    auto probe = [&](QHash<QString, QList<double>> &into) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("app-probe"), QStringLiteral("--data-dir"), dataDir});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return false;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3 && f[0] == "probe")
                into[QString::fromLatin1(f[1])] << f[2].toDouble();
        }
        return true;
    };
    QHash<QString, QList<double>> values;
    for (int r = 0; r < runs; ++r) {
        if (!probe(values)) {
            std::fprintf(stderr, "startup: the app probe failed\n");
            return 1;
        }
    }
    // As after a reboot: nothing of the program, Qt or the database in the page cache. Needs root.
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    QHash<QString, QList<double>> cold;
    ::sync();
    if (drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2) {
        drop.close();
        if (!probe(cold)) {
            std::fprintf(stderr, "startup: the cold app probe failed\n");
            return 1;
        }
    } else {
        std::printf("startup: no cold run (dropping the page cache needs root)\n");
    }
    std::printf("startup: %d runs on %s; the incident list showed %.0f rows\n", runs,
                qPrintable(dataDir), percentile(values.value(QStringLiteral("incident_rows")), 50));
    figure(QStringLiteral("startup.first_frame.median"),
           percentile(values.value(QStringLiteral("first_frame_ms")), 50), QStringLiteral("ms"),
           QStringLiteral("<= 400"));
    figure(QStringLiteral("startup.first_frame.worst"),
           percentile(values.value(QStringLiteral("first_frame_ms")), 100), QStringLiteral("ms"));
    if (!cold.isEmpty())
        figure(QStringLiteral("startup.first_frame.cold"),
               percentile(cold.value(QStringLiteral("first_frame_ms")), 50), QStringLiteral("ms"),
               QStringLiteral("<= 400"));
    figure(QStringLiteral("memory.rss_at_signin"),
           percentile(values.value(QStringLiteral("rss_signin_mb")), 50), QStringLiteral("MB"));
    figure(QStringLiteral("memory.rss_after_home"),
           percentile(values.value(QStringLiteral("rss_home_mb")), 50), QStringLiteral("MB"),
           QStringLiteral("<= 150"));
    figure(QStringLiteral("memory.rss_after_lists"),
           percentile(values.value(QStringLiteral("rss_lists_mb")), 50), QStringLiteral("MB"),
           QStringLiteral("<= 150"));
    return 0;
}

} // namespace so::bench
