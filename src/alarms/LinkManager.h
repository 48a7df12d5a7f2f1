#pragma once
// LinkManager: starts a worker for every configured link on one serial thread and wires it to
// the alarm engine. The GUI thread never touches a port.
#include "DevicesConfig.h"
#include "LinkStatus.h"

#include <QHash>
#include <QObject>
#include <QThread>

namespace so {
class Clock;
}

namespace so::alarms {

class AlarmEngine;

class LinkManager : public QObject
{
    Q_OBJECT
public:
    LinkManager(const DevicesConfig &devices, AlarmEngine &engine, const Clock &clock,
                QObject *parent = nullptr);
    ~LinkManager() override;

    void start();
    void stop();
    QList<LinkStatus> statuses() const;
    const DevicesConfig &devices() const { return m_devices; }

Q_SIGNALS:
    void statusChanged(const so::alarms::LinkStatus &status);

private:
    const DevicesConfig &m_devices;
    AlarmEngine &m_engine;
    const Clock &m_clock;
    QThread m_thread;
    QList<QObject *> m_links;
    QHash<QString, LinkStatus> m_statuses;
    bool m_started = false;
};

} // namespace so::alarms
