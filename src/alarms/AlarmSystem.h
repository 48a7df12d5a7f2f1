#pragma once
// AlarmSystem: the whole pipeline for one station — profiles, devices.json, engine, links — as
// the app and the gateway both build it.
#include "AlarmActions.h"
#include "AlarmEngine.h"
#include "DevicesConfig.h"
#include "LinkManager.h"

#include <memory>

namespace so {
class StationCore;
}

namespace so::alarms {

class AlarmSystem
{
public:
    // Built-in profiles (devices/profiles, compiled in), overridden or extended by
    // CONFIG/profiles/*.json when that folder exists; then CONFIG/devices.json, checked against
    // the profiles and the station's places. Reads files only: callers check it before they
    // open the database, so a bad file leaves the data folder untouched.
    static Result<DevicesConfig> loadDevices(const QString &configDir,
                                             const StationConfig &station);
    static Result<std::unique_ptr<AlarmSystem>> create(StationCore &core, DevicesConfig devices);
    // loadDevices, then create (for tests and tools that already opened the database).
    static Result<std::unique_ptr<AlarmSystem>> create(StationCore &core);
    static QString builtInProfilesDir() { return QStringLiteral(":/stationops/devices/profiles"); }
    ~AlarmSystem();

    AlarmEngine &engine() { return *m_engine; }
    AlarmActions &actions() { return *m_actions; }
    LinkManager &links() { return *m_links; }
    const DevicesConfig &devices() const { return m_devices; }
    // Who writes this station's alarms (SYNC.md, "Alarms across devices"): with no station
    // server every device owns its links, as before; with one, the device devices.json names as
    // host does (the gateway when it names none), and every other device follows.
    enum class Role { Standalone, Host, Follower };
    static Role roleOf(const DevicesConfig &devices, bool serverConfigured,
                       const QString &deviceName, bool isGateway);
    // Kept in meta (alarm_role): a follower's fold leaves out its own events (history from before
    // it followed), which stay on it and no longer travel. A change of role folds alarm_state
    // again and reloads the engine.
    Status setRole(Role role);
    Role role() const { return m_role; }
    // Opens the serial links, except on a follower.
    void start();
    void stop();

private:
    AlarmSystem() = default;
    DevicesConfig m_devices;
    StationCore *m_core = nullptr;
    Role m_role = Role::Standalone;
    std::unique_ptr<AlarmEngine> m_engine;
    std::unique_ptr<AlarmActions> m_actions;
    std::unique_ptr<LinkManager> m_links;
};

} // namespace so::alarms
