#pragma once
// DevicesConfig: config/devices.json — which serial port talks to which device, with what
// settings — checked against the device profiles.
#include "DeviceProfile.h"
#include "Result.h"

#include <QHash>
#include <QSerialPort>

namespace so::alarms {

struct SerialSettings
{
    QString port; // a path, or a name under /dev/serial/by-id
    qint32 baud = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;

    // The port's path: a bare name is looked up under /dev/serial/by-id, which survives
    // re-plugging.
    QString path() const
    {
        return port.contains(QLatin1Char('/')) ? port : QStringLiteral("/dev/serial/by-id/") + port;
    }
};

struct DeviceConfig
{
    QString id; // unique in the station, e.g. "PSD-UP"
    Names name;
    int unit = 0; // Modbus unit id; 0 for line devices
    QString area; // where it stands
    QString side; // a PSD controller's platform side: its door assets are that side's doors
};

struct LinkConfig
{
    QString id;
    QString profile; // profile type
    Names name;
    SerialSettings serial;
    QList<DeviceConfig> devices;
    int heartbeatSeconds = 0; // line: 3 missed heartbeats mean communication loss; 0 = none
    int pollMs = 1000;        // modbus: poll interval
    int timeoutMs = 500;      // modbus: reply timeout
    bool enabled = true;
};

struct DeviceInfo
{
    DeviceConfig config;
    QString linkId;
    QString profileType;
};

class DevicesConfig
{
public:
    static QString fileName() { return QStringLiteral("devices.json"); }
    // Reads DIR/devices.json; a station without the file has no links.
    static Result<DevicesConfig> load(const QString &configDir,
                                      const QHash<QString, DeviceProfile> &profiles);

    const QList<LinkConfig> &links() const { return m_links; }
    // "host": the device (by the name it was enrolled under) that opens the serial links when
    // the station has a server; empty when the file names none.
    const QString &host() const { return m_host; }
    const QHash<QString, DeviceProfile> &profiles() const { return m_profiles; }
    const DeviceInfo *device(const QString &id) const;
    const DeviceProfile *profileOf(const QString &deviceId) const;
    QList<const DeviceInfo *> devices() const;
    QList<const DeviceInfo *> devicesOn(const QString &linkId) const;

private:
    QList<LinkConfig> m_links;
    QString m_host;
    QHash<QString, DeviceProfile> m_profiles;
    QHash<QString, DeviceInfo> m_devices;
    QStringList m_order;
};

} // namespace so::alarms
