#pragma once
// ModbusLink: a serial worker that polls Modbus RTU units with functions 01-04 and turns bits
// and register thresholds into alarm events. Reads are planned within the protocol's limits
// (ModbusPlan); one request is outstanding at a time; after a timeout the line must go quiet
// before the next request, so a late reply is never taken for the next one (it is kept as a
// decode error instead).
//
// Failures are counted per device and per request. A device whose every request has gone
// unanswered three times in a row raises communication loss. A request the device keeps
// refusing (an exception reply, a reply of the wrong size, or silence while its other requests
// are answered) raises "points not readable" after three tries in a row, naming its points.
// Only changes are reported: the link starts from the alarm states the engine already holds,
// so a start or a reconnect with nothing changed writes nothing.
#include "ModbusPlan.h"
#include "ModbusRtu.h"
#include "SerialWorker.h"

#include <QSet>
#include <optional>

namespace so::alarms {

class ModbusLink : public SerialWorker
{
    Q_OBJECT
public:
    static constexpr int kFailuresInARow = 3;

    ModbusLink(LinkConfig config, DeviceProfile profile, const Clock &clock,
               QObject *parent = nullptr);
    ModbusLink(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
               const Clock &clock, QObject *parent = nullptr);

    // The alarm keys (device/point[/asset]) active now; call before start().
    void setActiveAlarms(const QSet<QString> &keys);
    // What the link polls, in order (for tests and the README's timing).
    QList<ModbusRequest> requestsOf(const QString &device) const;

protected:
    void opened() override;
    void bytesArrived(const QByteArray &bytes) override;
    void closed() override;

private:
    struct Request
    {
        QString device;
        quint8 unit = 1;
        ModbusRequest read;
        int missed = 0; // in a row: no reply the unit can be held to (silence, noise)
        int failed = 0; // in a row: no usable values (missed, or refused)
        bool unreadable = false;
    };
    void startCycle();
    void sendNext();
    void onTimeout();
    void finishReply(int length);
    void failure(Request &r, bool answered, const QString &why);
    void setUnreadable(Request &r, bool unreadable, const QString &why);
    void evaluate(const Request &r, const QList<quint16> &values, const QByteArray &raw);
    void strayBytes(const QString &why);

    QList<Request> m_requests;
    int m_next = 0;
    int m_current = -1;
    bool m_quiet = false;
    QByteArray m_rx;
    QHash<QString, bool> m_known; // alarm key -> active as last reported
    QTimer m_poll{this};          // parented, so it moves to the serial thread with us
    QTimer m_timeout{this};       // parented, so it moves to the serial thread with us
    QTimer m_quietTimer{this};    // parented, so it moves to the serial thread with us
    qint64 m_seq = 0;
};

} // namespace so::alarms
