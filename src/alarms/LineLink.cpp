#include "LineLink.h"
#include "AlarmLog.h"
#include "Clock.h"
#include "PortIo.h"

namespace so::alarms {

LineLink::LineLink(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
                   const Clock &clock, QObject *parent)
    : SerialWorker(std::move(config), std::move(profile), std::move(port), clock, parent),
      m_decoder(this->profile(), this->config().id, this->config().devices.constFirst().id)
{
    m_idleFlush.setSingleShot(true);
    m_idleFlush.setInterval(int(LineDecoder::kIdleFlushMs));
    connect(&m_idleFlush, &QTimer::timeout, this, &LineLink::onIdle);
    m_heartbeat.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        qCWarning(lcSerial) << this->config().id << "no frame for"
                            << 3 * this->config().heartbeatSeconds << "s";
        setCommunication(device(), false);
    });
}

void LineLink::opened()
{
    if (config().heartbeatSeconds > 0)
        m_heartbeat.start(config().heartbeatSeconds * 3 * 1000);
    else
        setCommunication(device(), true);
}

void LineLink::closed()
{
    m_heartbeat.stop();
    // A partial line left when the port closed is still a frame that arrived.
    if (m_decoder.hasPartialLine()) {
        LineDecoder::Output out;
        m_decoder.flush(clock().nowMs(), clock().monotonicMs(), out);
        emitOutput(out);
    }
    m_idleFlush.stop();
}

void LineLink::bytesArrived(const QByteArray &bytes)
{
    LineDecoder::Output out;
    m_decoder.feed(bytes, clock().nowMs(), clock().monotonicMs(), out);
    emitOutput(out);
    if (m_decoder.hasPartialLine())
        m_idleFlush.start();
    else
        m_idleFlush.stop();
}

void LineLink::onIdle()
{
    // The timer restarts with every byte, so firing means the line has been quiet long enough
    // (a coarse timer may fire a little early; the partial line is not worth waiting for).
    LineDecoder::Output out;
    m_decoder.flush(clock().nowMs(), clock().monotonicMs(), out);
    emitOutput(out);
}

void LineLink::emitOutput(LineDecoder::Output &out)
{
    const int frames = int(out.events.size() + out.errors.size()) + out.heartbeats;
    if (frames > 0 && config().heartbeatSeconds > 0) {
        m_heartbeat.start(config().heartbeatSeconds * 3 * 1000);
        setCommunication(device(), true);
    }
    report(out.events, out.errors, out.heartbeats);
}

} // namespace so::alarms
