#include "ModbusLink.h"
#include "AlarmLog.h"
#include "AlarmRecord.h"
#include "Clock.h"
#include "ModbusReading.h"
#include "PortIo.h"

namespace so::alarms {

ModbusLink::ModbusLink(LinkConfig config, DeviceProfile profile, const Clock &clock,
                       QObject *parent)
    : ModbusLink(std::move(config), std::move(profile), std::make_unique<SerialPortIo>(), clock,
                 parent)
{
}

ModbusLink::ModbusLink(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
                       const Clock &clock, QObject *parent)
    : SerialWorker(std::move(config), std::move(profile), std::move(port), clock, parent)
{
    const QList<ModbusRequest> plan = planRequests(this->profile());
    for (const DeviceConfig &d : this->config().devices) {
        for (const ModbusRequest &read : plan)
            m_requests << Request{d.id, quint8(d.unit), read};
        // Until told otherwise every point is normal: only a change is worth a row.
        for (const ModbusPoint &p : this->profile().modbus)
            m_known.insert(AlarmRecord::makeKey(d.id, p.point, QString()), false);
    }
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

void ModbusLink::setActiveAlarms(const QSet<QString> &keys)
{
    for (auto it = m_known.begin(); it != m_known.end(); ++it)
        it.value() = keys.contains(it.key());
    for (Request &r : m_requests)
        r.unreadable =
            keys.contains(AlarmRecord::makeKey(r.device, unreadablePoint(), r.read.asset()));
}

QList<ModbusRequest> ModbusLink::requestsOf(const QString &device) const
{
    QList<ModbusRequest> out;
    for (const Request &r : m_requests)
        if (r.device == device)
            out << r.read;
    return out;
}

void ModbusLink::opened()
{
    m_rx.clear();
    m_current = -1;
    m_quiet = false;
    for (Request &r : m_requests)
        r.missed = r.failed = 0;
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
        m_next = int(m_requests.size());
        return;
    }
    m_current = m_next++;
    const Request &r = m_requests[m_current];
    m_rx.clear();
    const QByteArray request = modbus::readRequest(r.unit, r.read.fn, r.read.start, r.read.count);
    const qint64 written = port().write(request);
    if (written != request.size()) {
        // The port took none or only part of the request: no reply can come. It counts as a
        // failed poll now, not after the timeout, and the next request waits for a quiet line.
        const QString why =
            QStringLiteral("the request could not be written to %1").arg(config().serial.port);
        noteError(why);
        failure(m_requests[m_current], false, why);
        m_current = -1;
        m_quiet = true;
        m_quietTimer.start();
        return;
    }
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
    const int length = modbus::frameLengthSoFar(m_rx, r.read.fn, r.read.count);
    if (length > 0)
        finishReply(length);
}

void ModbusLink::finishReply(int length)
{
    m_timeout.stop();
    Request &r = m_requests[m_current];
    const QByteArray frame = m_rx.left(length);
    const QByteArray extra = m_rx.mid(length);
    m_rx.clear();
    m_current = -1;
    auto values = modbus::parseReply(frame, r.unit, r.read.fn, r.read.count);
    if (!values) {
        report({},
               {DecodeError{
                   Receipt{config().id, ++m_seq, clock().nowMs(), clock().monotonicMs(), frame},
                   values.error()}},
               0);
        // A well-formed reply from the unit (an exception, a wrong size) means it is there but
        // will not give these values; anything else counts like no reply.
        failure(r, modbus::fromUnit(frame, r.unit), values.error());
    } else {
        r.missed = r.failed = 0;
        setCommunication(r.device, true);
        setUnreadable(r, false, QString());
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
    Request &r = m_requests[m_current];
    qCDebug(lcModbus) << config().id << "unit" << r.unit << r.read.asset() << "timeout"
                      << r.missed + 1;
    if (!m_rx.isEmpty()) {
        const QString why =
            QStringLiteral("reply truncated: timed out after %1 bytes").arg(m_rx.size());
        strayBytes(why);
    }
    failure(r, false, QStringLiteral("no reply within %1 ms").arg(config().timeoutMs));
    m_current = -1;
    m_quiet = true;
    m_quietTimer.start();
}

void ModbusLink::failure(Request &r, bool answered, const QString &why)
{
    ++r.failed;
    if (answered) {
        r.missed = 0;
        setCommunication(r.device, true);
    } else {
        ++r.missed;
    }
    // Lost: none of the device's requests answered lately. Not readable: the device answers
    // (this request with a refusal, or another one) but this request keeps failing.
    bool allMissed = true, otherAnswered = false;
    for (const Request &q : std::as_const(m_requests)) {
        if (q.device != r.device)
            continue;
        allMissed &= q.missed >= kFailuresInARow;
        otherAnswered |= &q != &r && q.missed == 0;
    }
    if (allMissed)
        setCommunication(r.device, false);
    else if (r.failed >= kFailuresInARow && (answered || otherAnswered))
        setUnreadable(r, true, why);
}

void ModbusLink::setUnreadable(Request &r, bool unreadable, const QString &why)
{
    if (r.unreadable == unreadable)
        return;
    r.unreadable = unreadable;
    QStringList points;
    for (int i : std::as_const(r.read.points))
        points << profile().modbus[i].point;
    qCWarning(lcModbus) << config().id << r.device << (unreadable ? "cannot read" : "reads again")
                        << points << r.read.asset() << why;
    // Made by the link, like communication loss: not a frame, so it takes no number.
    DecodedEvent e;
    e.receipt = Receipt{config().id, -1, clock().nowMs(), clock().monotonicMs(), QByteArray()};
    e.device = r.device;
    e.point = unreadablePoint();
    e.asset = r.read.asset();
    e.kind = unreadable ? EventKind::Raise : EventKind::Clear;
    e.label = why;
    Q_EMIT decoded({e}, {});
}

void ModbusLink::strayBytes(const QString &why)
{
    report({},
           {DecodeError{Receipt{config().id, ++m_seq, clock().nowMs(), clock().monotonicMs(),
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
    for (int i : r.read.points) {
        const ModbusPoint &p = profile().modbus[i];
        const QString key = AlarmRecord::makeKey(r.device, p.point, QString());
        bool &known = m_known[key];
        const ModbusReading reading = readPoint(p, values, r.read.start, known);
        if (reading.active == known)
            continue;
        known = reading.active;
        DecodedEvent e;
        e.receipt = Receipt{config().id, seq, utc, mono, raw};
        e.device = r.device;
        e.point = p.point;
        e.kind = reading.active ? EventKind::Raise : EventKind::Clear;
        e.label = reading.text;
        events << e;
    }
    if (!events.isEmpty())
        m_seq = seq;
    report(events, {}, events.isEmpty() ? 1 : 0);
}

} // namespace so::alarms
