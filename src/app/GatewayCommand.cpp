#include "AlarmSystem.h"
#include "Backup.h"
#include "Checkpointer.h"
#include "Commands.h"
#include "Logging.h"
#include "StationCore.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace so {

namespace {

// SIGTERM and SIGINT end the gateway through the event loop, so the last batch is written.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}

} // namespace

int runGateway(int &argc, char **argv, const Invocation &inv)
{
    QCoreApplication app(argc, argv);
    // The config files the gateway reads are checked before anything goes into the data folder,
    // the log included.
    auto station = StationConfig::load(inv.configDir);
    if (!station) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(station.error()));
        return 1;
    }
    auto devices = alarms::AlarmSystem::loadDevices(inv.configDir, *station);
    if (!devices) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(devices.error()));
        return 1;
    }
    if (devices->links().isEmpty()) {
        std::fprintf(stderr, "stationops gateway: %s/devices.json names no links; nothing to do\n",
                     qPrintable(inv.configDir));
        return 1;
    }
    logging::addFile(inv.dataDir);
    auto core = StationCore::open(station.take(), inv.configDir, inv.dataDir);
    if (!core) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(core.error()));
        return 1;
    }
    auto system = alarms::AlarmSystem::create(**core, devices.take());
    if (!system) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(system.error()));
        return 1;
    }
    QObject::connect(&(*system)->links(), &alarms::LinkManager::statusChanged, &app,
                     [last = QHash<QString, alarms::LinkState>()](const alarms::LinkStatus &s) mutable {
                         if (last.value(s.linkId, alarms::LinkState::Disabled) == s.state && s.state != alarms::LinkState::Disabled)
                             return;
                         last[s.linkId] = s.state;
                         std::printf("link %s %s%s\n", qPrintable(s.linkId),
                                     qPrintable(alarms::linkStateName(s.state)),
                                     s.state == alarms::LinkState::Down
                                         ? qPrintable(QStringLiteral(": ") + s.lastError)
                                         : "");
                         std::fflush(stdout);
                     });
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    if (inv.exitAfterSeconds > 0)
        QTimer::singleShot(inv.exitAfterSeconds * 1000, &app, &QCoreApplication::quit);
    BackupScheduler backups(**core);
    Checkpointer checkpointer((*core)->db());
    (*system)->start();
    const int code = app.exec();
    (*system)->stop();
    std::printf("gateway stopped: %lld events, %lld decode errors written\n",
                static_cast<long long>((*system)->engine().committedEvents()),
                static_cast<long long>((*system)->engine().committedErrors()));
    return code;
}

} // namespace so
