#include "AlarmSystem.h"
#include "AppServices.h"
#include "Backup.h"
#include "Checkpointer.h"
#include "Commands.h"
#include "Logging.h"
#include "ServerLink.h"
#include "StationCore.h"
#include "SyncClient.h"

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
    AppServices::addRecordKinds((*core)->records());
    if (Status s = (*core)->records().refoldIfAsked((*core)->db()); !s) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(s.error()));
        return 1;
    }
    auto system = alarms::AlarmSystem::create(**core, devices.take());
    if (!system) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(system.error()));
        return 1;
    }
    // With a station server the gateway hosts the links unless devices.json names another
    // device, and its alarms travel to every tablet.
    auto login = sync::ServerLogin::load(inv.dataDir);
    if (!login) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(login.error()));
        return 1;
    }
    // Enrolled before server.json kept the name: asked once. With no answer (the server down),
    // the gateway hosts, as it does when devices.json names no host.
    if (login->configured() && login->name.isEmpty() && !(*system)->devices().host().isEmpty())
        if (Status s = login->learnName(inv.dataDir); !s)
            std::fprintf(stderr,
                         "stationops gateway: this device's enrolled name is not known (%s); "
                         "hosting the serial links\n",
                         qPrintable(s.error()));
    const auto role = login->name.isEmpty()
                          ? (login->configured() ? alarms::AlarmSystem::Role::Host
                                                 : alarms::AlarmSystem::Role::Standalone)
                          : alarms::AlarmSystem::roleOf((*system)->devices(), login->configured(),
                                                        login->name, true);
    if (role == alarms::AlarmSystem::Role::Follower) {
        std::fprintf(stderr,
                     "stationops gateway: %s/devices.json names \"%s\" as the host of the serial "
                     "links, and this device "
                     "is \"%s\"; only the host opens the ports\n",
                     qPrintable(inv.configDir), qPrintable((*system)->devices().host()),
                     qPrintable(login->name));
        return 1;
    }
    if (Status s = (*system)->setRole(role); !s) {
        std::fprintf(stderr, "stationops gateway: %s\n", qPrintable(s.error()));
        return 1;
    }
    std::unique_ptr<sync::SyncClient> syncClient;
    if (login->configured()) {
        syncClient = std::make_unique<sync::SyncClient>(inv.configDir, inv.dataDir, *login,
                                                        &AppServices::addRecordKinds,
                                                        std::shared_ptr<Clock>());
        alarms::AlarmSystem *sys = system->get();
        StationCore *c = core->get();
        QObject::connect(
            syncClient.get(), &sync::SyncClient::recordsArrived, &app,
            [c, sys](const QString &kind) { AppServices::alarmsArrived(*c, *sys, kind); });
        AppServices::syncAlarms(**system, *syncClient);
        QObject::connect(syncClient.get(), &sync::SyncClient::stateChanged, &app,
                         [client = syncClient.get(), last = sync::SyncState()]() mutable {
                             const sync::SyncState &st = client->state();
                             if (st.online == last.online && st.error == last.error &&
                                 (st.waiting == 0) == (last.waiting == 0)) {
                                 last = st;
                                 return;
                             }
                             last = st;
                             if (st.online)
                                 std::printf("sync online: %lld records waiting\n",
                                             static_cast<long long>(st.waiting));
                             else
                                 std::printf("sync offline: %s\n", qPrintable(st.error));
                             std::fflush(stdout);
                         });
        std::printf("sync: station server %s, as \"%s\" (station %s)\n", qPrintable(login->dsn),
                    qPrintable(login->name), qPrintable(login->station));
        std::fflush(stdout);
    }
    QObject::connect(
        &(*system)->links(), &alarms::LinkManager::statusChanged, &app,
        [last = QHash<QString, alarms::LinkState>()](const alarms::LinkStatus &s) mutable {
            if (last.value(s.linkId, alarms::LinkState::Disabled) == s.state &&
                s.state != alarms::LinkState::Disabled)
                return;
            last[s.linkId] = s.state;
            std::printf(
                "link %s %s%s\n", qPrintable(s.linkId), qPrintable(alarms::linkStateName(s.state)),
                s.state == alarms::LinkState::Down ? qPrintable(QStringLiteral(": ") + s.lastError)
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
    if (syncClient)
        syncClient->start();
    const int code = app.exec();
    (*system)->stop();
    // The last batch is written above; the sync thread stops after it.
    syncClient.reset();
    std::printf("gateway stopped: %lld events, %lld decode errors written\n",
                static_cast<long long>((*system)->engine().committedEvents()),
                static_cast<long long>((*system)->engine().committedErrors()));
    return code;
}

} // namespace so
