#pragma once
// SerialWorker: the life of one serial link, shared by line and Modbus links. It lives on the
// serial thread and moves through disabled -> opening -> up -> down (backoff 0.5, 1, 2, 5, 10 s)
// -> opening. Any port error closes the port and goes down; a new port path appearing (a
// re-plugged adapter, a restarted simulator) is tried at once instead of waiting out the backoff.
#include "AlarmTypes.h"
#include "DevicesConfig.h"
#include "LinkStatus.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace so {
class Clock;
}

namespace so::alarms {

class PortIo;

class SerialWorker : public QObject
{
    Q_OBJECT
public:
    static const QList<int> &backoffMs();

    SerialWorker(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
                 const Clock &clock, QObject *parent = nullptr);
    ~SerialWorker() override;

    const LinkStatus &status() const { return m_status; }
    const LinkConfig &config() const { return m_config; }

public Q_SLOTS:
    void start();
    void stop();
    // Skips the rest of the backoff: someone re-plugged the cable and wants it now.
    void retryNow();

Q_SIGNALS:
    void decoded(const QList<so::alarms::DecodedEvent> &events,
                 const QList<so::alarms::DecodeError> &errors);
    void communication(const QString &device, bool ok, qint64 utcMs, qint64 monoMs);
    void statusChanged(const so::alarms::LinkStatus &status);

protected:
    // Called once the port is open and its stale input is gone.
    virtual void opened() = 0;
    virtual void bytesArrived(const QByteArray &bytes) = 0;
    // Called after the port closed on an error or stop.
    virtual void closed() {}

    void goDown(const QString &error);
    // Reports decoded frames (counted in the status) and updates the frame statistics.
    void report(const QList<DecodedEvent> &events, const QList<DecodeError> &errors,
                int otherFrames);
    // Raises or clears the communication-loss alarm of one device, on change only.
    void setCommunication(const QString &device, bool ok);
    // A fault on a port that stays open (a write refused): kept as the link's last error, shown
    // on the devices page, and logged once until it changes.
    void noteError(const QString &error);
    PortIo &port() { return *m_port; }
    const Clock &clock() const { return m_clock; }
    const DeviceProfile &profile() const { return m_profile; }
    bool isUp() const { return m_status.state == LinkState::Up; }

private:
    void tryOpen();
    void setState(LinkState s, const QString &error = {});
    void watchPortFolder();

    LinkConfig m_config;
    DeviceProfile m_profile;
    std::unique_ptr<PortIo> m_port;
    const Clock &m_clock;
    LinkStatus m_status;
    int m_backoffStep = 0;
    QHash<QString, bool> m_commOk;
    QTimer m_retry{this}; // parented, so it moves to the serial thread with us
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace so::alarms
