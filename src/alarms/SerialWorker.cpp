#include "SerialWorker.h"
#include "AlarmLog.h"
#include "Clock.h"
#include "PortIo.h"

#include <QFileInfo>

namespace so::alarms {

QString linkStateName(LinkState s)
{
    switch (s) {
    case LinkState::Disabled:
        return QStringLiteral("disabled");
    case LinkState::Opening:
        return QStringLiteral("opening");
    case LinkState::Up:
        return QStringLiteral("up");
    case LinkState::Down:
        return QStringLiteral("down");
    }
    return QString();
}

const QList<int> &SerialWorker::backoffMs()
{
    static const QList<int> steps{500, 1000, 2000, 5000, 10000};
    return steps;
}

SerialWorker::SerialWorker(LinkConfig config, DeviceProfile profile, std::unique_ptr<PortIo> port,
                           const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_profile(std::move(profile)),
      m_port(std::move(port)), m_clock(clock)
{
    m_port->setParent(this);
    m_status.linkId = m_config.id;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SerialWorker::tryOpen);
    connect(m_port.get(), &PortIo::readyRead, this, [this] {
        const QByteArray bytes = m_port->readAll();
        if (!bytes.isEmpty())
            bytesArrived(bytes);
    });
    connect(m_port.get(), &PortIo::failed, this, &SerialWorker::goDown);
}

SerialWorker::~SerialWorker()
{
    m_port->close();
}

void SerialWorker::start()
{
    if (!m_config.enabled) {
        setState(LinkState::Disabled);
        return;
    }
    watchPortFolder();
    tryOpen();
}

void SerialWorker::stop()
{
    m_retry.stop();
    m_port->close();
    closed();
    setState(LinkState::Disabled);
}

void SerialWorker::retryNow()
{
    if (m_status.state == LinkState::Down) {
        m_retry.stop();
        tryOpen();
    }
}

void SerialWorker::watchPortFolder()
{
    const QString dir = QFileInfo(m_config.serial.path()).absolutePath();
    if (m_watcher || !QFileInfo::exists(dir))
        return;
    m_watcher = new QFileSystemWatcher({dir}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (m_status.state == LinkState::Down &&
            (!m_retry.isActive() || m_retry.remainingTime() > 50))
            m_retry.start(50);
    });
}

void SerialWorker::tryOpen()
{
    setState(LinkState::Opening);
    QString error;
    if (!m_port->open(m_config.serial, &error)) {
        goDown(error);
        return;
    }
    // Bytes that waited in the buffer belong to a time nobody was listening.
    m_port->clearInput();
    m_backoffStep = 0;
    qCInfo(lcSerial) << m_config.id << "up on" << m_config.serial.port;
    setState(LinkState::Up);
    opened();
}

void SerialWorker::goDown(const QString &error)
{
    const bool wasUp = m_status.state == LinkState::Up;
    m_port->close();
    closed();
    ++m_status.portErrors;
    const int last = int(backoffMs().size()) - 1;
    const int delay = backoffMs().at(qMin(m_backoffStep, last));
    m_backoffStep = qMin(m_backoffStep + 1, last);
    m_status.retryInMs = delay;
    // One message per failure cycle, not one per retry.
    if (wasUp || m_status.lastError != error)
        qCWarning(lcSerial) << m_config.id << "down:" << error << "- retry in" << delay << "ms";
    setState(LinkState::Down, error);
    for (const DeviceConfig &d : m_config.devices)
        setCommunication(d.id, false);
    m_retry.start(delay);
}

void SerialWorker::report(const QList<DecodedEvent> &events, const QList<DecodeError> &errors,
                          int otherFrames)
{
    const int frames = int(events.size() + errors.size()) + otherFrames;
    if (frames == 0)
        return;
    m_status.frames += frames;
    m_status.decodeErrors += errors.size();
    m_status.lastFrameUtc = m_clock.nowMs();
    if (!events.isEmpty() || !errors.isEmpty())
        Q_EMIT decoded(events, errors);
    Q_EMIT statusChanged(m_status);
}

void SerialWorker::setCommunication(const QString &device, bool ok)
{
    auto it = m_commOk.constFind(device);
    if (it != m_commOk.constEnd() && *it == ok)
        return;
    m_commOk.insert(device, ok);
    Q_EMIT communication(device, ok, m_clock.nowMs(), m_clock.monotonicMs());
}

void SerialWorker::noteError(const QString &error)
{
    if (m_status.lastError == error)
        return;
    qCWarning(lcSerial) << m_config.id << error;
    m_status.lastError = error;
    Q_EMIT statusChanged(m_status);
}

void SerialWorker::setState(LinkState s, const QString &error)
{
    m_status.state = s;
    if (!error.isEmpty())
        m_status.lastError = error;
    if (s != LinkState::Down)
        m_status.retryInMs = 0;
    Q_EMIT statusChanged(m_status);
}

} // namespace so::alarms
