#include "Simulator.h"

#include <QCoreApplication>
#include <QModbusDataUnitMap>
#include <cstdio>
#include <unistd.h>

namespace so::devsim {

Simulator::Simulator(Options options, QObject *parent) : QObject(parent), m_o(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::step);
}

bool Simulator::openAppSide(QString *error)
{
    m_appIn.reset();
    if (!m_app.open(error) || !m_app.linkTo(m_o.link, error))
        return false;
    m_appIn = std::make_unique<QSocketNotifier>(m_app.master(), QSocketNotifier::Read);
    connect(m_appIn.get(), &QSocketNotifier::activated, this, [this] {
        if (m_o.modbus)
            pump(m_app.master(), m_server.master());
        else
            pump(m_app.master(), -1); // a line device ignores what it is sent
    });
    std::printf("pty %s -> %s\n", qPrintable(m_app.slavePath()), qPrintable(m_o.link));
    std::fflush(stdout);
    return true;
}

bool Simulator::start(QString *error)
{
    if (m_o.modbus) {
        if (!m_server.open(error))
            return false;
        m_modbus = std::make_unique<QModbusRtuSerialServer>();
        QModbusDataUnitMap map;
        map.insert(QModbusDataUnit::Coils, {QModbusDataUnit::Coils, 0, 16});
        map.insert(QModbusDataUnit::DiscreteInputs, {QModbusDataUnit::DiscreteInputs, 0, 16});
        map.insert(QModbusDataUnit::HoldingRegisters, {QModbusDataUnit::HoldingRegisters, 0, 16});
        map.insert(QModbusDataUnit::InputRegisters, {QModbusDataUnit::InputRegisters, 0, 16});
        m_modbus->setMap(map);
        m_modbus->setServerAddress(m_o.unit);
        m_modbus->setConnectionParameter(QModbusDevice::SerialPortNameParameter, m_server.slavePath());
        m_modbus->setConnectionParameter(QModbusDevice::SerialBaudRateParameter, 9600);
        if (!m_modbus->connectDevice()) {
            *error = QStringLiteral("Modbus server: %1").arg(m_modbus->errorString());
            return false;
        }
        m_serverIn = std::make_unique<QSocketNotifier>(m_server.master(), QSocketNotifier::Read);
        connect(m_serverIn.get(), &QSocketNotifier::activated, this,
                [this] { pump(m_server.master(), m_app.isOpen() ? m_app.master() : -1); });
    }
    if (!openAppSide(error))
        return false;
    m_timer.start(0);
    return true;
}

void Simulator::pump(int from, int to)
{
    char buf[4096];
    const ssize_t n = ::read(from, buf, sizeof buf);
    if (n > 0 && to >= 0)
        (void)!::write(to, buf, size_t(n));
}

void Simulator::writeToApp(const QByteArray &bytes)
{
    if (m_app.isOpen())
        (void)!::write(m_app.master(), bytes.constData(), size_t(bytes.size()));
}

void Simulator::step()
{
    while (m_next < m_o.steps.size()) {
        const Step &s = m_o.steps[m_next++];
        switch (s.kind) {
        case Step::Wait:
            m_timer.start(s.ms);
            return;
        case Step::Bytes:
            writeToApp(s.bytes);
            break;
        case Step::Set: {
            static const QHash<QString, QModbusDataUnit::RegisterType> tables{
                {QStringLiteral("co"), QModbusDataUnit::Coils},
                {QStringLiteral("di"), QModbusDataUnit::DiscreteInputs},
                {QStringLiteral("hr"), QModbusDataUnit::HoldingRegisters},
                {QStringLiteral("ir"), QModbusDataUnit::InputRegisters}};
            if (m_modbus)
                m_modbus->setData(tables.value(s.table), quint16(s.address), quint16(s.value));
            break;
        }
        case Step::Hangup: {
            // The far end goes away; the link must notice, and come back when we do.
            m_appIn.reset();
            m_app.close();
            QTimer::singleShot(s.ms, this, [this] {
                QString error;
                if (!openAppSide(&error))
                    std::fprintf(stderr, "stationops-devsim: %s\n", qPrintable(error));
                step();
            });
            return;
        }
        case Step::Repeat:
            m_next = 0;
            m_timer.start(0);
            return;
        }
    }
    if (m_o.exitWhenDone) {
        // Let the last bytes drain before closing.
        QTimer::singleShot(200, this, &Simulator::finished);
    }
}

} // namespace so::devsim
