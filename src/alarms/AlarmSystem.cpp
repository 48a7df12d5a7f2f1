#include "AlarmSystem.h"
#include "StationCore.h"

#include <QDir>

namespace so::alarms {

Result<std::unique_ptr<AlarmSystem>> AlarmSystem::create(StationCore &core)
{
    auto profiles = loadProfiles(builtInProfilesDir());
    if (!profiles)
        return Error{profiles.error()};
    const QString extra = QDir(core.configDir()).filePath(QStringLiteral("profiles"));
    if (QDir(extra).exists()) {
        auto more = loadProfiles(extra);
        if (!more)
            return Error{more.error()};
        for (auto it = more->begin(); it != more->end(); ++it)
            profiles->insert(it.key(), it.value());
    }
    auto devices = DevicesConfig::load(core.configDir(), *profiles);
    if (!devices)
        return Error{devices.error()};
    std::unique_ptr<AlarmSystem> s(new AlarmSystem);
    s->m_devices = devices.take();
    s->m_engine = std::make_unique<AlarmEngine>(core, s->m_devices);
    if (Status r = s->m_engine->restore(); !r)
        return fail(QStringLiteral("alarm states cannot be read: %1").arg(r.error()));
    s->m_links = std::make_unique<LinkManager>(s->m_devices, *s->m_engine, core.clock());
    return s;
}

AlarmSystem::~AlarmSystem()
{
    stop();
}

void AlarmSystem::stop()
{
    if (m_links)
        m_links->stop();
    if (m_engine)
        (void)m_engine->commit();
}

} // namespace so::alarms
