// stationops-bench app-memory: does the app's memory grow over a shift? The child
// (app-memory-probe) builds what `stationops` builds, signs in as the supervisor and visits
// every page and tab in both languages, round after round, printing its resident memory after
// each round, and again after glibc hands freed heap back (malloc_trim). A leak grows every
// round; a cache or the GL stack grows once and stays. Run offscreen, and under Xvfb (xcb).
#include "AppServices.h"
#include "AuthService.h"
#include "Bench.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <malloc.h>

namespace so::bench {

int appMemoryProbe(const QStringList &args)
{
    const int rounds = option(args, QStringLiteral("--rounds"), QStringLiteral("8")).toInt();
    auto app = startProbeApp("app-memory-probe");
    if (!app) {
        std::fprintf(stderr, "%s\n", qPrintable(app.error()));
        return 1;
    }
    AppServices *services = app->services.get();
    QQuickWindow *window = app->window;
    runFor(500);
    std::printf("probe rss_start %.1f\n", rssMb());
    if (!services->auth().signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok)
        return 1;
    const QList<std::pair<const char *, int>> screens{
        {"home", 0},      {"patrol", 0},    {"cash", 0},   {"cash", 1},
        {"incidents", 0}, {"alarms", 0},    {"alarms", 1}, {"alarms", 2},
        {"handover", 0},  {"dashboard", 0}, {"reports", 0}};
    for (int round = 1; round <= rounds; ++round) {
        for (const char *lang : {"zh_CN", "en"}) {
            services->language().setLanguage(QLatin1String(lang));
            for (const auto &[page, tab] : screens) {
                window->setProperty("page", QLatin1String(page));
                window->setProperty("pageTab", tab);
                runFor(120); // drawn, lists filled
            }
        }
        window->setProperty("page", QStringLiteral("home"));
        runFor(300);
        const double rss = rssMb();
        malloc_trim(0);
        std::printf("probe rss_round %d %.1f %.1f\n", round, rss, rssMb());
        std::fflush(stdout);
    }
    return 0;
}

int appMemory(const QStringList &args)
{
    const QString rounds = option(args, QStringLiteral("--rounds"), QStringLiteral("8"));
    auto run = [&](const QString &program, const QStringList &arguments, const QString &platform,
                   const QString &label) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "app-memory: the %s probe failed\n", qPrintable(label));
            return false;
        }
        QList<double> rss, trimmed;
        double start = 0;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3 && f[1] == "rss_start")
                start = f[2].toDouble();
            if (f.size() == 5 && f[1] == "rss_round") {
                rss << f[3].toDouble();
                trimmed << f[4].toDouble();
            }
        }
        if (rss.size() < 3)
            return false;
        figure(QStringLiteral("app_memory.rss_before_signin.") + label, start,
               QStringLiteral("MB"));
        figure(QStringLiteral("app_memory.rss_after_round_1.") + label, rss.first(),
               QStringLiteral("MB"));
        figure(QStringLiteral("app_memory.rss_after_round_%1.").arg(rss.size()) + label, rss.last(),
               QStringLiteral("MB"));
        figure(QStringLiteral("app_memory.trimmed_after_round_%1.").arg(rss.size()) + label,
               trimmed.last(), QStringLiteral("MB"));
        // Growth per round once every screen has been made once (rounds 2..N).
        figure(QStringLiteral("app_memory.growth_per_round.") + label,
               (trimmed.last() - trimmed.at(1)) / (trimmed.size() - 2), QStringLiteral("MB/round"),
               QStringLiteral("about 0: no leak"));
        return true;
    };
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList probe{QStringLiteral("app-memory-probe"), QStringLiteral("--rounds"), rounds};
    if (!run(self, probe, QStringLiteral("offscreen"), QStringLiteral("offscreen")))
        return 1;
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty()) {
        std::printf("app-memory: no xvfb-run, so no figure under xcb\n");
        return 0;
    }
    return run(xvfb,
               QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                           QStringLiteral("-screen 0 1280x800x24"), self} +
                   probe,
               QStringLiteral("xcb"), QStringLiteral("xcb"))
               ? 0
               : 1;
}

} // namespace so::bench
