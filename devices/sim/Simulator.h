#pragma once
// Simulator: plays a scenario on a pseudo-terminal as a line device, or answers Modbus RTU polls
// with Qt's own QModbusRtuSerialServer (bridged through a second pty) while the scenario
// changes its registers.
#include "Pty.h"
#include "Scenario.h"

#include <QModbusRtuSerialServer>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <memory>

namespace so::devsim {

class Simulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString link;
        QList<Step> steps;
        bool modbus = false;
        int unit = 1;
        bool exitWhenDone = false;
    };

    explicit Simulator(Options options, QObject *parent = nullptr);
    bool start(QString *error);

Q_SIGNALS:
    void finished();

private:
    bool openAppSide(QString *error);
    void step();
    void writeToApp(const QByteArray &bytes);
    void pump(int from, int to);

    Options m_o;
    Pty m_app;
    Pty m_server;
    std::unique_ptr<QSocketNotifier> m_appIn;
    std::unique_ptr<QSocketNotifier> m_serverIn;
    std::unique_ptr<QModbusRtuSerialServer> m_modbus;
    QTimer m_timer;
    int m_next = 0;
};

} // namespace so::devsim
