#include "DevicesConfig.h"
#include "JsonCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace so::alarms {

Result<DevicesConfig> DevicesConfig::load(const QString &configDir,
                                          const QHash<QString, DeviceProfile> &profiles)
{
    DevicesConfig out;
    out.m_profiles = profiles;
    const QString path = QDir(configDir).filePath(fileName());
    if (!QFileInfo::exists(path))
        return out;
    auto root = readJsonObject(path);
    if (!root)
        return Error{root.error()};
    JsonCheck c(path);
    c.whole(*root, QString(), QStringLiteral("schema"), 1, 1);
    // With a station server, the device that reads the serial lines (its enrolled name).
    if (root->contains(QLatin1String("host")))
        out.m_host = c.text(*root, QString(), QStringLiteral("host"), true, 64);
    const QJsonArray links = c.array(*root, QString(), QStringLiteral("links"), true, 0, 64);
    QSet<QString> linkIds, deviceIds, ports;
    for (int i = 0; i < links.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("links"), i);
        const QJsonObject o = c.objectAt(links, QStringLiteral("links"), i);
        LinkConfig l;
        l.id = c.identifier(o, at, QStringLiteral("id"));
        if (!l.id.isEmpty() && linkIds.contains(l.id))
            c.complain(JsonCheck::at(at, QStringLiteral("id")),
                       QStringLiteral("\"%1\" is used twice").arg(l.id));
        linkIds.insert(l.id);
        const auto n = c.bilingual(o, at, QStringLiteral("name"));
        l.name = {n.first, n.second};
        l.profile = c.text(o, at, QStringLiteral("profile"));
        const auto found = profiles.constFind(l.profile);
        const DeviceProfile *profile = found == profiles.constEnd() ? nullptr : &*found;
        if (!l.profile.isEmpty() && !profile)
            c.complain(
                JsonCheck::at(at, QStringLiteral("profile")),
                QStringLiteral("no device profile \"%1\" (known: %2)")
                    .arg(l.profile, QStringList(profiles.keys()).join(QStringLiteral(", "))));
        l.enabled = c.flag(o, at, QStringLiteral("enabled"), true);
        l.serial.port = c.text(o, at, QStringLiteral("port"), true, 300);
        if (!l.serial.port.isEmpty() && ports.contains(l.serial.port))
            c.complain(JsonCheck::at(at, QStringLiteral("port")),
                       QStringLiteral("\"%1\" is already used by another link").arg(l.serial.port));
        ports.insert(l.serial.port);
        static const QList<int> bauds{1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
        l.serial.baud = c.whole(o, at, QStringLiteral("baud"), 1200, 115200, 9600);
        if (!bauds.contains(l.serial.baud))
            c.complain(
                JsonCheck::at(at, QStringLiteral("baud")),
                QStringLiteral(
                    "expected one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, got %1")
                    .arg(l.serial.baud));
        l.serial.dataBits =
            QSerialPort::DataBits(c.whole(o, at, QStringLiteral("dataBits"), 7, 8, 8));
        const QString parity =
            c.oneOf(o, at, QStringLiteral("parity"),
                    {QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd")},
                    QStringLiteral("none"));
        l.serial.parity = parity == QLatin1String("even")  ? QSerialPort::EvenParity
                          : parity == QLatin1String("odd") ? QSerialPort::OddParity
                                                           : QSerialPort::NoParity;
        l.serial.stopBits = c.whole(o, at, QStringLiteral("stopBits"), 1, 2, 1) == 2
                                ? QSerialPort::TwoStop
                                : QSerialPort::OneStop;
        l.heartbeatSeconds = c.whole(o, at, QStringLiteral("heartbeatSeconds"), 0, 3600, 0);
        l.pollMs = c.whole(o, at, QStringLiteral("pollMs"), 100, 60000, 1000);
        l.timeoutMs = c.whole(o, at, QStringLiteral("timeoutMs"), 50, 10000, 500);
        const bool modbus = profile && profile->protocol == QLatin1String("modbus-rtu");
        const QJsonArray devs = c.array(o, at, QStringLiteral("devices"), true, 1, modbus ? 32 : 1);
        for (int j = 0; j < devs.size(); ++j) {
            const QString dat = JsonCheck::at(JsonCheck::at(at, QStringLiteral("devices")), j);
            const QJsonObject d = c.objectAt(devs, JsonCheck::at(at, QStringLiteral("devices")), j);
            DeviceConfig dc;
            dc.id = c.identifier(d, dat, QStringLiteral("id"));
            const auto dn = c.bilingual(d, dat, QStringLiteral("name"));
            dc.name = {dn.first, dn.second};
            dc.area = c.text(d, dat, QStringLiteral("area"), false, 64);
            dc.side = c.text(d, dat, QStringLiteral("side"), false, 64);
            if (modbus)
                dc.unit = c.whole(d, dat, QStringLiteral("unit"), 1, 247);
            if (!dc.id.isEmpty() && deviceIds.contains(dc.id))
                c.complain(JsonCheck::at(dat, QStringLiteral("id")),
                           QStringLiteral("\"%1\" is used twice").arg(dc.id));
            deviceIds.insert(dc.id);
            l.devices << dc;
            out.m_order << dc.id;
            out.m_devices.insert(dc.id, DeviceInfo{dc, l.id, l.profile});
        }
        out.m_links << l;
    }
    if (!c.ok())
        return fail(c.message());
    return out;
}

const DeviceInfo *DevicesConfig::device(const QString &id) const
{
    auto it = m_devices.constFind(id);
    return it == m_devices.constEnd() ? nullptr : &*it;
}

const DeviceProfile *DevicesConfig::profileOf(const QString &deviceId) const
{
    const DeviceInfo *d = device(deviceId);
    if (!d)
        return nullptr;
    auto it = m_profiles.constFind(d->profileType);
    return it == m_profiles.constEnd() ? nullptr : &*it;
}

QList<const DeviceInfo *> DevicesConfig::devices() const
{
    QList<const DeviceInfo *> out;
    for (const QString &id : m_order)
        out << &*m_devices.constFind(id);
    return out;
}

QList<const DeviceInfo *> DevicesConfig::devicesOn(const QString &linkId) const
{
    QList<const DeviceInfo *> out;
    for (const DeviceInfo *d : devices())
        if (d->linkId == linkId)
            out << d;
    return out;
}

} // namespace so::alarms
