#pragma once
// LineLink: a serial worker for "line" devices (one ASCII line per event). With a heartbeat
// configured, three missed heartbeats raise communication loss even while the port is open.
#include "LineDecoder.h"
#include "SerialWorker.h"

namespace so::alarms {

class LineLink : public SerialWorker
{
    Q_OBJECT
public:
    LineLink(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
             const Clock &clock, QObject *parent = nullptr);

protected:
    void opened() override;
    void bytesArrived(const QByteArray &bytes) override;
    void closed() override;

private:
    void onIdle();
    void emitOutput(LineDecoder::Output &out);
    const QString &device() const { return config().devices.constFirst().id; }

    LineDecoder m_decoder;
    QTimer m_idleFlush{this}; // parented, so it moves to the serial thread with us
    QTimer m_heartbeat{this}; // parented, so it moves to the serial thread with us
};

} // namespace so::alarms
