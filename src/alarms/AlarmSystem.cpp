#include "AlarmSystem.h"
#include "AlarmLog.h"
#include "Database.h"
#include "StationCore.h"

#include <QDir>
#include <QSet>

namespace so::alarms {

Result<DevicesConfig> AlarmSystem::loadDevices(const QString &configDir,
                                               const StationConfig &station)
{
    auto profiles = loadProfiles(builtInProfilesDir());
    if (!profiles)
        return Error{profiles.error()};
    const QString extra = QDir(configDir).filePath(QStringLiteral("profiles"));
    if (QDir(extra).exists()) {
        auto more = loadProfiles(extra);
        if (!more)
            return Error{more.error()};
        for (auto it = more->begin(); it != more->end(); ++it)
            profiles->insert(it.key(), it.value());
    }
    auto devices = DevicesConfig::load(configDir, *profiles);
    if (!devices)
        return Error{devices.error()};
    // Places named in devices.json must be the station's.
    const QString file = QDir(configDir).filePath(DevicesConfig::fileName());
    for (const DeviceInfo *d : devices->devices()) {
        if (!d->config.area.isEmpty() && !station.area(d->config.area))
            return fail(
                QStringLiteral("%1: device %2: area \"%3\" is not one of the station's areas")
                    .arg(file, d->config.id, d->config.area));
        bool sideKnown = d->config.side.isEmpty();
        for (const Platform &p : station.platforms)
            for (const PlatformSide &s : p.sides)
                sideKnown |= s.id == d->config.side;
        if (!sideKnown)
            return fail(
                QStringLiteral("%1: device %2: side \"%3\" is not a platform side of the station")
                    .arg(file, d->config.id, d->config.side));
    }
    // A profile's point areas must be the station's too, for the profiles this station uses.
    QSet<QString> used;
    for (const LinkConfig &l : devices->links())
        used.insert(l.profile);
    for (const QString &type : std::as_const(used)) {
        const DeviceProfile &p = devices->profiles()[type];
        for (const PointDef &d : p.points)
            if (!d.area.isEmpty() && !station.area(d.area))
                return fail(
                    QStringLiteral(
                        "profile %1: point %2: area \"%3\" is not one of the station's areas "
                        "(used by %4)")
                        .arg(type, d.id, d.area, file));
    }
    return devices;
}

Result<std::unique_ptr<AlarmSystem>> AlarmSystem::create(StationCore &core)
{
    auto devices = loadDevices(core.configDir(), core.config());
    if (!devices)
        return Error{devices.error()};
    return create(core, devices.take());
}

Result<std::unique_ptr<AlarmSystem>> AlarmSystem::create(StationCore &core, DevicesConfig devices)
{
    // Screens and reports name devices through core's book, which cannot read devices.json.
    for (const DeviceInfo *d : devices.devices())
        core.names().addDevice(d->config.id, d->config.name);
    std::unique_ptr<AlarmSystem> s(new AlarmSystem);
    s->m_core = &core;
    s->m_devices = std::move(devices);
    s->m_engine = std::make_unique<AlarmEngine>(core, s->m_devices);
    if (Status r = s->m_engine->restore(); !r)
        return fail(QStringLiteral("alarm states cannot be read: %1").arg(r.error()));
    s->m_links = std::make_unique<LinkManager>(s->m_devices, *s->m_engine, core.clock());
    s->m_actions = std::make_unique<AlarmActions>(core, *s->m_engine);
    return s;
}

AlarmSystem::Role AlarmSystem::roleOf(const DevicesConfig &devices, bool serverConfigured,
                                      const QString &deviceName, bool isGateway)
{
    if (!serverConfigured)
        return Role::Standalone;
    const QString host = devices.host();
    if (host.isEmpty())
        return isGateway ? Role::Host : Role::Follower;
    return host == deviceName ? Role::Host : Role::Follower;
}

Status AlarmSystem::setRole(Role role)
{
    m_role = role;
    m_engine->setFollowing(role == Role::Follower);
    static const char *names[] = {"standalone", "host", "follower"};
    const QString name = QLatin1String(names[int(role)]);
    Database &db = m_core->db();
    AlarmStore &store = m_engine->store();
    auto was = store.role();
    if (!was)
        return fail(was.error());
    const QString before = *was;
    if (before == name)
        return {};
    Transaction tx(db);
    Status s = tx.started() ? Status() : Status(fail(tx.error()));
    if (s)
        s = store.setRole(name);
    if (s)
        s = AlarmStore::refoldAll(db);
    if (s)
        s = tx.commit();
    if (s)
        s = m_engine->restore();
    if (!s)
        return fail(QStringLiteral("the alarms cannot change from %1 to %2: %3")
                        .arg(before, name, s.error()));
    qCInfo(lcAlarms) << "this device's alarms:" << before << "->" << name;
    return {};
}

void AlarmSystem::start()
{
    if (m_role != Role::Follower)
        m_links->start();
}

AlarmSystem::~AlarmSystem()
{
    stop();
}

void AlarmSystem::stop()
{
    if (m_links && m_role != Role::Follower)
        m_links->stop();
    if (m_engine)
        (void)m_engine->commit();
}

} // namespace so::alarms
