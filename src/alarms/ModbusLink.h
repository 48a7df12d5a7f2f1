#pragma once
// ModbusLink: a serial worker that polls Modbus RTU units with functions 01-04 and turns bits
// and register thresholds into alarm events. One request is outstanding at a time; after a
// timeout the line must go quiet before the next request, so a late reply is never taken for
// the next one (it is kept as a decode error instead). Three timeouts in a row from a unit
// raise its communication-loss alarm; after every reconnect the first poll reads everything.
#include "ModbusRtu.h"
#include "SerialWorker.h"

#include <optional>

namespace so::alarms {

class ModbusLink : public SerialWorker
{
    Q_OBJECT
public:
    static constexpr int kTimeoutsForCommLoss = 3;

    ModbusLink(LinkConfig config, DeviceProfile profile, const Clock &clock, QObject *parent = nullptr);
    ModbusLink(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port, const Clock &clock,
               QObject *parent = nullptr);

protected:
    void opened() override;
    void bytesArrived(const QByteArray &bytes) override;
    void closed() override;

private:
    struct Request
    {
        QString device;
        quint8 unit = 1;
        modbus::Function fn = modbus::ReadCoils;
        quint16 start = 0;
        quint16 count = 1;
        QList<ModbusPoint> points;
    };
    void plan();
    void startCycle();
    void sendNext();
    void onTimeout();
    void finishReply(int length);
    void evaluate(const Request &r, const QList<quint16> &values, const QByteArray &raw);
    void strayBytes(const QString &why);

    QList<Request> m_requests;
    int m_next = 0;
    int m_current = -1;
    bool m_quiet = false;
    QByteArray m_rx;
    QHash<QString, int> m_timeouts;          // device -> timeouts in a row
    QHash<QString, bool> m_known;            // alarm key -> last value seen
    QTimer m_poll{this}; // parented, so it moves to the serial thread with us
    QTimer m_timeout{this}; // parented, so it moves to the serial thread with us
    QTimer m_quietTimer{this}; // parented, so it moves to the serial thread with us
    qint64 m_seq = 0;
};

} // namespace so::alarms
