#include "AppServices.h"
#include "DemoStaff.h"

#include <QStandardPaths>

namespace so {

AppServices::~AppServices() = default;

QString AppServices::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<AppServices>> AppServices::build(const QString &configDir,
                                                        const QString &dataDir,
                                                        std::shared_ptr<Clock> clock)
{
    auto core = StationCore::open(configDir, dataDir, std::move(clock));
    if (!core)
        return Error{core.error()};
    std::unique_ptr<AppServices> app(new AppServices);
    app->m_core = core.take();
    app->m_language = std::make_unique<Language>(nullptr);
    app->m_language->setLanguage(app->m_core->config().defaultLanguage);
    app->m_auth = std::make_unique<AuthService>(*app->m_core);
    app->m_station = std::make_unique<StationInfo>(*app->m_core, *app->m_language);
    return app;
}

Status AppServices::seedDemo()
{
    auto staff = seedDemoStaff(*m_core);
    if (!staff)
        return Error{staff.error()};
    return {};
}

void AppServices::publishToQml()
{
    Language::publish(m_language.get());
    AuthService::publish(m_auth.get());
    StationInfo::publish(m_station.get());
}

} // namespace so
