#pragma once
// AppServices: the composition root. Every service is built here, once, wired by reference, and
// published to QML; tests build the same thing against their own folders.
#include "AlarmDesk.h"
#include "AlarmSystem.h"
#include "AuthService.h"
#include "Backup.h"
#include "CashDesk.h"
#include "Checkpointer.h"
#include "Dashboard.h"
#include "HandoverDesk.h"
#include "IncidentDesk.h"
#include "Ingest.h"
#include "InspectionService.h"
#include "KioskDesk.h"
#include "Language.h"
#include "PatrolDesk.h"
#include "ReportsDesk.h"
#include "StationCore.h"
#include "StationInfo.h"
#include "SyncClient.h"
#include "SyncDesk.h"

#include <memory>

namespace so {

// Every config file of a station, read and checked. Reading it writes nothing, so a bad file is
// refused before the data folder is made or the database migrated.
struct StationFiles
{
    QString dir;
    StationConfig station;
    alarms::DevicesConfig devices;
    QList<checklists::ChecklistTemplate> templates;
    cash::CashConfig cash;
    incidents::IncidentConfig incidents;

    static Result<StationFiles> read(const QString &configDir);
};

class AppServices
{
public:
    // StationFiles::read, then build from it.
    static Result<std::unique_ptr<AppServices>>
    build(const QString &configDir, const QString &dataDir, std::shared_ptr<Clock> clock = {});
    static Result<std::unique_ptr<AppServices>> build(StationFiles files, const QString &dataDir,
                                                      std::shared_ptr<Clock> clock = {});
    ~AppServices();

    // The demo station's records on its first run (staff now; each feature adds its own).
    Status seedDemo();
    // Makes the services reachable as QML singletons. Call before loading QML.
    void publishToQml();

    StationCore &core() { return *m_core; }
    AuthService &auth() { return *m_auth; }
    Language &language() { return *m_language; }
    StationInfo &station() { return *m_station; }
    alarms::AlarmSystem &alarmSystem() { return *m_alarmSystem; }
    alarms::AlarmDesk &alarms() { return *m_alarms; }
    checklists::InspectionService &inspections() { return *m_inspections; }
    checklists::PatrolDesk &patrol() { return *m_patrol; }
    cash::CashService &cash() { return *m_cash; }
    cash::CashDesk &cashDesk() { return *m_cashDesk; }
    incidents::IncidentService &incidents() { return *m_incidents; }
    incidents::IncidentDesk &incidentDesk() { return *m_incidentDesk; }
    supervision::HandoverService &handover() { return *m_handover; }
    supervision::HandoverDesk &handoverDesk() { return *m_handoverDesk; }
    supervision::Dashboard &dashboard() { return *m_dashboard; }
    supervision::ReportsDesk &reportsDesk() { return *m_reportsDesk; }
    BackupScheduler &backups() { return *m_backups; }
    // Takes in records made on the station's other devices (sync import, and later the server).
    sync::Ingest &ingest() { return *m_ingest; }
    sync::SyncDesk &syncDesk() { return *m_syncDesk; }
    KioskDesk &kiosk() { return *m_kiosk; }
    // Opens the serial links (the app and the gateway; not the screenshot verb or tests).
    void startDevices() { m_alarmSystem->start(); }
    // Starts the background sync with the station server when this device is enrolled
    // (server.json in the data folder): true when it started, false when standalone. The app
    // and the gateway call it; tests call it when they mean to.
    Result<bool> startSync();
    sync::SyncClient *syncClient() { return m_sync.get(); }

    // Built-in demo station, used when no --config is given.
    // Every kind of record that travels between the station's devices, parents first (#16).
    static void addRecordKinds(RecordKinds &kinds);
    // Alarm records that arrived: a follower shows the host's state, a host answers actions.
    static void alarmsArrived(StationCore &core, alarms::AlarmSystem &system, const QString &kind);
    // Sends the alarm records soon after they are made (the app and the gateway).
    static void syncAlarms(alarms::AlarmSystem &system, sync::SyncClient &client);
    static QString builtInConfigDir() { return QStringLiteral(":/stationops/config"); }
    static QString defaultDataDir();

private:
    AppServices() = default;
    std::unique_ptr<StationCore> m_core;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<StationInfo> m_station;
    std::unique_ptr<alarms::AlarmSystem> m_alarmSystem;
    std::unique_ptr<alarms::AlarmDesk> m_alarms;
    std::unique_ptr<checklists::InspectionService> m_inspections;
    std::unique_ptr<checklists::PatrolDesk> m_patrol;
    std::unique_ptr<cash::CashService> m_cash;
    std::unique_ptr<cash::CashDesk> m_cashDesk;
    std::unique_ptr<incidents::IncidentService> m_incidents;
    std::unique_ptr<incidents::IncidentDesk> m_incidentDesk;
    std::unique_ptr<supervision::HandoverService> m_handover;
    std::unique_ptr<supervision::HandoverDesk> m_handoverDesk;
    std::unique_ptr<supervision::Dashboard> m_dashboard;
    std::unique_ptr<supervision::ReportsDesk> m_reportsDesk;
    std::unique_ptr<BackupScheduler> m_backups;
    std::unique_ptr<sync::Ingest> m_ingest;
    std::unique_ptr<sync::SyncDesk> m_syncDesk;
    std::unique_ptr<KioskDesk> m_kiosk;
    std::unique_ptr<Checkpointer> m_checkpointer;
    // Last: its thread stops before anything it reports to goes.
    std::unique_ptr<sync::SyncClient> m_sync;
    void routeArrival(const QString &kind);
};

} // namespace so
