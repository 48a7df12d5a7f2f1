// stationops-bench: the performance figures of issue #7, printed one per line ("figure ...").
//   gen --data-dir DIR [--scale S] [--shifts N]
//                                    fill a database with years of a busy station
//   pipeline [--frames N]            decode + engine + store throughput, and raw SQLite
//   flood                            alarm flood over a pseudo-terminal
//   startup --data-dir DIR           first frame and memory of the app on that database
//   search --data-dir DIR            incident search times
//   idle [--seconds N]               gateway CPU with every link down
//   supervision --data-dir DIR       handover list and dashboard times
//   app-idle [--seconds N]           the app's CPU on Home with a P1 alarm, left alone
//   app-memory [--rounds N]          the app's memory as every screen is visited, round after round
//   sync-ingest [--records N]        another tablet's batch taken in, folds and all
//   sync-catchup [--records N]       a week offline pushed to the station server and pulled back
//   sync-line [--stations S] [--devices D] [--records N]
//                                    a line's devices all pushing a busy day at once
//   alarm-latency                    a frame at the gateway to 10 followers, and acks back
#include "Bench.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The figures are the output; the services' debug log would drown them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "*.debug=false;stationops.*.info=false");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString verb = args.value(0);
    using namespace so::bench;
    if (verb == QLatin1String("gen"))
        return generate(args);
    if (verb == QLatin1String("pipeline"))
        return pipeline(args);
    if (verb == QLatin1String("flood"))
        return flood(args);
    if (verb == QLatin1String("startup"))
        return startup(args);
    if (verb == QLatin1String("app-probe"))
        return appProbe(argc, argv, args);
    if (verb == QLatin1String("search"))
        return search(args);
    if (verb == QLatin1String("idle"))
        return idle(args);
    if (verb == QLatin1String("supervision"))
        return supervision(args);
    if (verb == QLatin1String("app-idle"))
        return appIdle(args);
    if (verb == QLatin1String("app-idle-probe"))
        return appIdleProbe(args);
    if (verb == QLatin1String("app-memory"))
        return appMemory(args);
    if (verb == QLatin1String("app-memory-probe"))
        return appMemoryProbe(args);
    if (verb == QLatin1String("sync-ingest"))
        return syncIngest(args);
    if (verb == QLatin1String("sync-catchup"))
        return syncCatchup(args);
    if (verb == QLatin1String("sync-line"))
        return syncLine(args);
    if (verb == QLatin1String("alarm-latency"))
        return alarmLatency(args);
    std::fprintf(stderr, "usage: stationops-bench "
                         "gen|pipeline|flood|startup|search|idle|supervision|app-idle|app-memory|"
                         "sync-ingest|sync-catchup|sync-line|alarm-latency [options]\n");
    return 2;
}
