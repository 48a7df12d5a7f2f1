#include "LinkManager.h"
#include "AlarmEngine.h"
#include "AlarmLog.h"
#include "LineLink.h"
#include "ModbusLink.h"
#include "PortIo.h"

namespace so::alarms {

LinkManager::LinkManager(const DevicesConfig &devices, AlarmEngine &engine, const Clock &clock,
                         QObject *parent)
    : QObject(parent), m_devices(devices), m_engine(engine), m_clock(clock)
{
    qRegisterMetaType<so::alarms::LinkStatus>();
    qRegisterMetaType<QList<so::alarms::DecodedEvent>>();
    qRegisterMetaType<QList<so::alarms::DecodeError>>();
    m_thread.setObjectName(QStringLiteral("serial"));
    for (const LinkConfig &l : devices.links()) {
        LinkStatus initial;
        initial.linkId = l.id;
        m_statuses.insert(l.id, initial);
        const DeviceProfile &profile = devices.profiles()[l.profile];
        QObject *worker = nullptr;
        if (profile.protocol == QLatin1String("line")) {
            auto *link = new LineLink(l, profile, std::make_unique<SerialPortIo>(), m_clock);
            connect(link, &LineLink::decoded, &m_engine, &AlarmEngine::ingest);
            connect(link, &LineLink::communication, &m_engine, &AlarmEngine::setCommunication);
            connect(link, &LineLink::statusChanged, this, [this](const LinkStatus &s) {
                m_statuses[s.linkId] = s;
                Q_EMIT statusChanged(s);
            });
            worker = link;
        } else {
            auto *link = new ModbusLink(l, profile, m_clock);
            // The link reports changes only; it starts from what the engine holds, so a start
            // with nothing changed writes nothing.
            QSet<QString> active;
            for (const AlarmRecord &r : m_engine.alarms())
                if (r.active)
                    active.insert(r.key);
            link->setActiveAlarms(active);
            connect(link, &ModbusLink::decoded, &m_engine, &AlarmEngine::ingest);
            connect(link, &ModbusLink::communication, &m_engine, &AlarmEngine::setCommunication);
            connect(link, &ModbusLink::statusChanged, this, [this](const LinkStatus &s) {
                m_statuses[s.linkId] = s;
                Q_EMIT statusChanged(s);
            });
            worker = link;
        }
        worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
        m_links << worker;
    }
}

LinkManager::~LinkManager()
{
    stop();
}

void LinkManager::start()
{
    if (m_started || m_links.isEmpty())
        return;
    m_started = true;
    m_thread.start();
    for (QObject *link : std::as_const(m_links))
        QMetaObject::invokeMethod(link, "start", Qt::QueuedConnection);
}

void LinkManager::stop()
{
    if (!m_started)
        return;
    for (QObject *link : std::as_const(m_links))
        QMetaObject::invokeMethod(link, "stop", Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_links.clear();
    m_started = false;
}

QList<LinkStatus> LinkManager::statuses() const
{
    QList<LinkStatus> out;
    for (const LinkConfig &l : m_devices.links())
        out << m_statuses.value(l.id);
    return out;
}

} // namespace so::alarms
