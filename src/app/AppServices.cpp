#include "AppServices.h"
#include "ConflictStore.h"
#include "DemoAlarms.h"
#include "DemoCash.h"
#include "DemoIncidents.h"
#include "DemoInspections.h"
#include "DemoStaff.h"
#include "LogCategories.h"
#include "ServerLink.h"
#include "SyncClient.h"

#include <QStandardPaths>

namespace so {

AppServices::~AppServices()
{
    // Links stop and the last alarm batch is written before the database closes.
    m_reportsDesk.reset();
    m_dashboard.reset();
    m_handoverDesk.reset();
    m_handover.reset();
    m_incidentDesk.reset();
    m_incidents.reset();
    m_cashDesk.reset();
    m_cash.reset();
    m_patrol.reset();
    m_inspections.reset();
    m_alarms.reset();
    m_alarmSystem.reset();
}

QString AppServices::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<StationFiles> StationFiles::read(const QString &configDir)
{
    StationFiles f;
    f.dir = configDir;
    auto station = StationConfig::load(configDir);
    if (!station)
        return Error{station.error()};
    f.station = station.take();
    auto devices = alarms::AlarmSystem::loadDevices(configDir, f.station);
    if (!devices)
        return Error{devices.error()};
    f.devices = devices.take();
    auto templates = checklists::loadTemplates(configDir, f.station);
    if (!templates)
        return Error{templates.error()};
    f.templates = templates.take();
    auto cashConfig = cash::CashConfig::load(configDir);
    if (!cashConfig)
        return Error{cashConfig.error()};
    f.cash = cashConfig.take();
    auto incidentConfig = incidents::IncidentConfig::load(configDir);
    if (!incidentConfig)
        return Error{incidentConfig.error()};
    f.incidents = incidentConfig.take();
    return f;
}

void AppServices::addRecordKinds(RecordKinds &kinds)
{
    // Parents before children: a kind is inserted after the kinds it points at.
    incidents::IncidentService::addRecordKinds(kinds);
    alarms::AlarmActions::addRecordKinds(kinds);
    checklists::InspectionService::addRecordKinds(kinds);
    supervision::HandoverService::addRecordKinds(kinds);
    cash::CashService::addRecordKinds(kinds);
    // Last: a decision names a pair of the kinds above.
    sync::ConflictStore::addRecordKinds(kinds);
}

Result<std::unique_ptr<AppServices>>
AppServices::build(const QString &configDir, const QString &dataDir, std::shared_ptr<Clock> clock)
{
    auto files = StationFiles::read(configDir);
    if (!files)
        return Error{files.error()};
    return build(files.take(), dataDir, std::move(clock));
}

Result<std::unique_ptr<AppServices>> AppServices::build(StationFiles files, const QString &dataDir,
                                                        std::shared_ptr<Clock> clock)
{
    auto core = StationCore::open(std::move(files.station), files.dir, dataDir, std::move(clock));
    if (!core)
        return Error{core.error()};
    std::unique_ptr<AppServices> app(new AppServices);
    app->m_core = core.take();
    addRecordKinds(app->m_core->records());
    // A migration whose caches SQL alone could not fold asks for every fold to be redone once.
    if (Status s = app->m_core->records().refoldIfAsked(app->m_core->db()); !s)
        return fail(QStringLiteral("%1: %2").arg(StationCore::databaseFile(dataDir), s.error()));
    app->m_language = std::make_unique<Language>(nullptr);
    app->m_language->setLanguage(app->m_core->config().defaultLanguage);
    app->m_auth = std::make_unique<AuthService>(*app->m_core);
    app->m_auth->followLanguage(app->m_language.get());
    app->m_station = std::make_unique<StationInfo>(*app->m_core, *app->m_language);
    auto alarmSystem = alarms::AlarmSystem::create(*app->m_core, std::move(files.devices));
    if (!alarmSystem)
        return Error{alarmSystem.error()};
    app->m_alarmSystem = alarmSystem.take();
    // With a station server, one device writes the alarms and the others follow it.
    auto login = sync::ServerLogin::load(dataDir);
    if (!login)
        return Error{login.error()};
    const auto role = alarms::AlarmSystem::roleOf(app->m_alarmSystem->devices(),
                                                  login->configured(), login->name, false);
    if (Status s = app->m_alarmSystem->setRole(role); !s)
        return fail(QStringLiteral("%1: %2").arg(StationCore::databaseFile(dataDir), s.error()));
    if (role == alarms::AlarmSystem::Role::Follower &&
        app->m_alarmSystem->devices().host().isEmpty())
        qCWarning(lcSync) << "devices.json names no host: this device shows the alarms the gateway "
                             "writes; with no gateway "
                             "running, no device alarm arrives";
    app->m_alarms = std::make_unique<alarms::AlarmDesk>(*app->m_core, *app->m_alarmSystem,
                                                        *app->m_auth, *app->m_station);
    app->m_inspections =
        std::make_unique<checklists::InspectionService>(*app->m_core, std::move(files.templates));
    app->m_patrol = std::make_unique<checklists::PatrolDesk>(*app->m_core, *app->m_inspections,
                                                             *app->m_auth, *app->m_station);
    // The door map shows alarms; the alarm feature answers through the core interface.
    app->m_patrol->setAssetAlarms(app->m_alarms.get());
    QObject::connect(app->m_alarms.get(), &alarms::AlarmDesk::summaryChanged, app->m_patrol.get(),
                     &checklists::PatrolDesk::refreshDoors);
    app->m_cash =
        std::make_unique<cash::CashService>(*app->m_core, std::move(files.cash), *app->m_auth);
    app->m_cashDesk =
        std::make_unique<cash::CashDesk>(*app->m_core, *app->m_cash, *app->m_auth, *app->m_station);
    app->m_incidents =
        std::make_unique<incidents::IncidentService>(*app->m_core, std::move(files.incidents));
    app->m_incidentDesk = std::make_unique<incidents::IncidentDesk>(*app->m_core, *app->m_incidents,
                                                                    *app->m_auth, *app->m_station);
    const supervision::Sources sources{*app->m_core, *app->m_inspections, *app->m_cash,
                                       *app->m_incidents};
    app->m_handover = std::make_unique<supervision::HandoverService>(sources, *app->m_auth);
    app->m_handoverDesk = std::make_unique<supervision::HandoverDesk>(
        *app->m_handover, *app->m_auth, *app->m_station);
    app->m_dashboard = std::make_unique<supervision::Dashboard>(sources, *app->m_handover,
                                                                *app->m_auth, *app->m_station);
    // A row of a dashboard list opens its record: an alarm in the history, a case in its page.
    app->m_dashboard->setRecordViews(app->m_alarms->history(), app->m_incidentDesk.get());
    app->m_reportsDesk = std::make_unique<supervision::ReportsDesk>(sources, *app->m_auth);
    app->m_backups = std::make_unique<BackupScheduler>(*app->m_core);
    app->m_ingest = std::make_unique<sync::Ingest>(*app->m_core);
    app->m_kiosk = std::make_unique<KioskDesk>(*app->m_auth);
    app->m_syncDesk = std::make_unique<sync::SyncDesk>(*app->m_core, *app->m_auth, *app->m_station,
                                                       *app->m_ingest);
    // Records from another device: the screens that show them refresh in place.
    QObject::connect(app->m_ingest.get(), &sync::Ingest::recordsArrived, app->m_ingest.get(),
                     [app = app.get()](const QString &kind) { app->routeArrival(kind); });
    app->m_checkpointer = std::make_unique<Checkpointer>(app->m_core->db());
    return app;
}

void AppServices::routeArrival(const QString &kind)
{
    if (kind.startsWith(QLatin1String("incident")))
        m_incidents->recordsArrived();
    else if (kind.startsWith(QLatin1String("follow_up")) ||
             kind.startsWith(QLatin1String("inspection")))
        Q_EMIT m_inspections->recordsArrived();
    else if (kind.startsWith(QLatin1String("handover")))
        Q_EMIT m_handover->changed();
    else if (kind.startsWith(QLatin1String("cash_")))
        Q_EMIT m_cash->changed(QString());
    else if (kind.startsWith(QLatin1String("alarm_")))
        alarmsArrived(*m_core, *m_alarmSystem, kind);
}

void AppServices::alarmsArrived(StationCore &core, alarms::AlarmSystem &system, const QString &kind)
{
    Status s;
    // Normally only a follower takes in alarm events; a host that takes in an earlier host's
    // reloads too, so its engine and alarm_state stay one.
    if (kind == QLatin1String("alarm_event"))
        s = system.engine().reload();
    if (s && kind == QLatin1String("alarm_action") &&
        system.role() != alarms::AlarmSystem::Role::Follower) {
        auto applied = system.actions().applyPending();
        s = applied ? Status() : Status(fail(applied.error()));
    }
    if (s && kind != QLatin1String("alarm_action"))
        s = system.actions().refresh();
    if (!s)
        qCWarning(lcSync) << core.dataDir()
                          << "alarms from another device not taken in:" << s.error();
}

void AppServices::syncAlarms(alarms::AlarmSystem &system, sync::SyncClient &client)
{
    // The host's alarms go right after each committed batch; actions as soon as they are made.
    QObject::connect(&system.actions(), &alarms::AlarmActions::written, &client,
                     &sync::SyncClient::nudge);
    if (system.role() == alarms::AlarmSystem::Role::Follower)
        return;
    QObject::connect(&system.engine(), &alarms::AlarmEngine::committed, &client,
                     &sync::SyncClient::nudge);
    QObject::connect(&system.engine(), &alarms::AlarmEngine::alarmsChanged, &client,
                     &sync::SyncClient::nudge);
    // Actions that arrived while this host was off are answered now (and again 5 s later if
    // that fails).
    (void)system.actions().applyPending();
}

Result<bool> AppServices::startSync()
{
    if (m_sync)
        return true;
    auto login = sync::ServerLogin::load(m_core->dataDir());
    if (!login)
        return Error{login.error()};
    if (!login->configured())
        return false;
    m_sync =
        std::make_unique<sync::SyncClient>(m_core->configDir(), m_core->dataDir(), *login,
                                           &AppServices::addRecordKinds, std::shared_ptr<Clock>());
    // Records from the server: the screens that show them refresh, as after an import.
    QObject::connect(m_sync.get(), &sync::SyncClient::recordsArrived, m_sync.get(),
                     [this](const QString &kind) { routeArrival(kind); });
    // Something made here goes soon (50 ms), not at the next 5 s check.
    sync::SyncClient *client = m_sync.get();
    QObject::connect(m_incidents.get(), &incidents::IncidentService::changed, client,
                     &sync::SyncClient::nudge);
    QObject::connect(m_cash.get(), &cash::CashService::changed, client, &sync::SyncClient::nudge);
    QObject::connect(m_handover.get(), &supervision::HandoverService::changed, client,
                     &sync::SyncClient::nudge);
    QObject::connect(m_inspections.get(), &checklists::InspectionService::inspectionFinalized,
                     client, &sync::SyncClient::nudge);
    QObject::connect(m_inspections.get(), &checklists::InspectionService::followUpsChanged, client,
                     &sync::SyncClient::nudge);
    syncAlarms(*m_alarmSystem, *client);
    m_syncDesk->follow(client);
    m_sync->start();
    return true;
}

Status AppServices::seedDemo()
{
    auto staff = seedDemoStaff(*m_core);
    if (!staff)
        return Error{staff.error()};
    // A tablet that follows the control room shows the host's alarms, never its own.
    auto alarmEvents = m_alarmSystem->role() == alarms::AlarmSystem::Role::Follower
                           ? Result<int>(0)
                           : alarms::seedDemoAlarms(*m_core, m_alarmSystem->engine());
    if (!alarmEvents)
        return Error{alarmEvents.error()};
    auto inspections = checklists::seedDemoInspections(*m_core, *m_inspections);
    if (!inspections)
        return Error{inspections.error()};
    m_patrol->refresh();
    auto cashShifts = cash::seedDemoCash(*m_core, *m_cash);
    if (!cashShifts)
        return Error{cashShifts.error()};
    auto cases = incidents::seedDemoIncidents(*m_core, *m_incidents);
    if (!cases)
        return Error{cases.error()};
    return {};
}

void AppServices::publishToQml()
{
    Language::publish(m_language.get());
    AuthService::publish(m_auth.get());
    StationInfo::publish(m_station.get());
    alarms::AlarmDesk::publish(m_alarms.get());
    checklists::PatrolDesk::publish(m_patrol.get());
    cash::CashDesk::publish(m_cashDesk.get());
    incidents::IncidentDesk::publish(m_incidentDesk.get());
    supervision::HandoverDesk::publish(m_handoverDesk.get());
    supervision::Dashboard::publish(m_dashboard.get());
    supervision::ReportsDesk::publish(m_reportsDesk.get());
    sync::SyncDesk::publish(m_syncDesk.get());
    KioskDesk::publish(m_kiosk.get());
}

} // namespace so
