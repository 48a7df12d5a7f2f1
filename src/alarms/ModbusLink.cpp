#include "ModbusLink.h"
#include "AlarmLog.h"
#include "AlarmRecord.h"
#include "Clock.h"
#include "PortIo.h"

#include <QMap>

namespace so::alarms {

namespace {

modbus::Function functionFor(const QString &table)
{
    if (table == QLatin1String("coils"))
        return modbus::ReadCoils;
    if (table == QLatin1String("discrete_inputs"))
        return modbus::ReadDiscreteInputs;
    if (table == QLatin1String("holding_registers"))
        return modbus::ReadHoldingRegisters;
    return modbus::ReadInputRegisters;
}

} // namespace

ModbusLink::ModbusLink(LinkConfig config, DeviceProfile profile, const Clock &clock, QObject *parent)
    : ModbusLink(std::move(config), std::move(profile), std::make_unique<SerialPortIo>(), clock, parent)
{
}

ModbusLink::ModbusLink(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
                       const Clock &clock, QObject *parent)
    : SerialWorker(std::move(config), std::move(profile), std::move(port), clock, parent)
{
    plan();
    m_poll.setInterval(this->config().pollMs);
    connect(&m_poll, &QTimer::timeout, this, &ModbusLink::startCycle);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(this->config().timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &ModbusLink::onTimeout);
    m_quietTimer.setSingleShot(true);
    // Long enough for a slow unit's reply to finish arriving before the next request.
    m_quietTimer.setInterval(qMax(50, this->config().timeoutMs / 2));
    connect(&m_quietTimer, &QTimer::timeout, this, [this] {
        if (!m_rx.isEmpty())
            strayBytes(QStringLiteral("reply after its request timed out"));
        m_quiet = false;
        sendNext();
    });
}

void ModbusLink::plan()
{
    // One request per device and table, covering the lowest to the highest address used.
    for (const DeviceConfig &d : config().devices) {
        QMap<QString, QList<ModbusPoint>> byTable;
        for (const ModbusPoint &p : profile().modbus)
            byTable[p.table] << p;
        for (auto it = byTable.begin(); it != byTable.end(); ++it) {
            Request r;
            r.device = d.id;
            r.unit = quint8(d.unit);
            r.fn = functionFor(it.key());
            int lo = 65535, hi = 0;
            for (const ModbusPoint &p : it.value()) {
                lo = qMin(lo, p.address);
                hi = qMax(hi, p.address);
            }
            r.start = quint16(lo);
            r.count = quint16(hi - lo + 1);
            r.points = it.value();
            m_requests << r;
        }
    }
}

void ModbusLink::opened()
{
    m_rx.clear();
    m_current = -1;
    m_quiet = false;
    m_poll.start();
    startCycle();
}

void ModbusLink::closed()
{
    m_poll.stop();
    m_timeout.stop();
    m_quietTimer.stop();
    if (!m_rx.isEmpty())
        strayBytes(QStringLiteral("partial reply when the port closed"));
    m_current = -1;
    m_quiet = false;
}

void ModbusLink::startCycle()
{
    // A cycle still running (slow units) is not interrupted.
    if (m_current >= 0 || m_quiet || (m_next > 0 && m_next < m_requests.size()))
        return;
    m_next = 0;
    sendNext();
}

void ModbusLink::sendNext()
{
    if (!isUp() || m_next >= m_requests.size()) {
        m_current = -1;
        m_next = m_requests.size();
        return;
    }
    m_current = m_next++;
    const Request &r = m_requests[m_current];
    m_rx.clear();
    port().write(modbus::readRequest(r.unit, r.fn, r.start, r.count));
    m_timeout.start();
}

void ModbusLink::bytesArrived(const QByteArray &bytes)
{
    m_rx += bytes;
    if (m_current < 0) {
        // Nothing was asked: a reply that came too late, or noise. Kept once the line is quiet.
        if (!m_quiet)
            strayBytes(QStringLiteral("bytes with no request outstanding"));
        return;
    }
    const Request &r = m_requests[m_current];
    const int length = modbus::frameLengthSoFar(m_rx, r.fn, r.count);
    if (length > 0)
        finishReply(length);
}

void ModbusLink::finishReply(int length)
{
    m_timeout.stop();
    const Request r = m_requests[m_current];
    const QByteArray frame = m_rx.left(length);
    const QByteArray extra = m_rx.mid(length);
    m_rx.clear();
    m_current = -1;
    auto values = modbus::parseReply(frame, r.unit, r.fn, r.count);
    if (!values) {
        report({}, {DecodeError{Receipt{config().id, ++m_seq, clock().nowMs(), clock().monotonicMs(), frame},
                                values.error()}},
               0);
        // A reply that cannot be trusted counts like no reply.
        if (++m_timeouts[r.device] >= kTimeoutsForCommLoss)
            setCommunication(r.device, false);
    } else {
        m_timeouts[r.device] = 0;
        setCommunication(r.device, true);
        evaluate(r, *values, frame);
    }
    if (!extra.isEmpty()) {
        m_rx = extra;
        strayBytes(QStringLiteral("bytes after a complete reply"));
    }
    sendNext();
}

void ModbusLink::onTimeout()
{
    if (m_current < 0)
        return;
    const Request &r = m_requests[m_current];
    const int inARow = ++m_timeouts[r.device];
    qCDebug(lcModbus) << config().id << "unit" << r.unit << "timeout" << inARow;
    if (inARow >= kTimeoutsForCommLoss)
        setCommunication(r.device, false);
    if (!m_rx.isEmpty()) {
        const QString why = QStringLiteral("reply truncated: timed out after %1 bytes").arg(m_rx.size());
        strayBytes(why);
    }
    m_current = -1;
    m_quiet = true;
    m_quietTimer.start();
}

void ModbusLink::strayBytes(const QString &why)
{
    report({}, {DecodeError{Receipt{config().id, ++m_seq, clock().nowMs(), clock().monotonicMs(),
                                    std::exchange(m_rx, {})},
                            why}},
           0);
}

void ModbusLink::evaluate(const Request &r, const QList<quint16> &values, const QByteArray &raw)
{
    QList<DecodedEvent> events;
    const qint64 utc = clock().nowMs();
    const qint64 mono = clock().monotonicMs();
    // The reply takes a number only when it changes something: like a heartbeat, a reply that
    // changes nothing is counted, not stored.
    const qint64 seq = m_seq + 1;
    for (const ModbusPoint &p : r.points) {
        const quint16 v = values.value(p.address - r.start);
        const QString key = AlarmRecord::makeKey(r.device, p.point, QString());
        const auto known = m_known.constFind(key);
        const bool was = known != m_known.constEnd() && *known;
        bool active;
        // Thresholds with hysteresis: an active alarm clears only past the band.
        if (p.high)
            active = was ? int(v) + p.hysteresis >= *p.high : v >= *p.high;
        else if (p.low)
            active = was ? int(v) <= *p.low + p.hysteresis : v <= *p.low;
        else
            active = v != 0;
        // Report changes, and everything on the first reading after start.
        if (known != m_known.constEnd() && *known == active)
            continue;
        m_known.insert(key, active);
        DecodedEvent e;
        e.receipt = Receipt{config().id, seq, utc, mono, raw};
        e.device = r.device;
        e.point = p.point;
        e.kind = active ? EventKind::Raise : EventKind::Clear;
        e.label = QString::number(v);
        events << e;
    }
    if (!events.isEmpty())
        m_seq = seq;
    report(events, {}, events.isEmpty() ? 1 : 0);
}

} // namespace so::alarms
