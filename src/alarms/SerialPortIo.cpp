#include "AlarmLog.h"
#include "PortIo.h"

#include <QDir>
#include <QFileInfo>

namespace so::alarms {

SerialPortIo::SerialPortIo(QObject *parent) : PortIo(parent)
{
    connect(&m_port, &QSerialPort::readyRead, this, &PortIo::readyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        // Qt 6.4 keeps emitting ReadError at full speed after the far end hangs up (fixed in
        // 6.8), and stays open. Any of these errors means the port is gone: close it at once
        // so the notifier stops, and let the link reopen it later.
        if (e == QSerialPort::ReadError || e == QSerialPort::ResourceError ||
            e == QSerialPort::WriteError) {
            // The system's words ("Inappropriate ioctl for device" after a hang-up) mean little
            // to whoever reads the log; say what happened first and keep them after it.
            const QString why = e == QSerialPort::WriteError
                                    ? QStringLiteral("writing to the device at %1 failed (%2)")
                                    : QStringLiteral("the device at %1 went away (%2)");
            const QString message = why.arg(m_path, m_port.errorString());
            m_port.close();
            Q_EMIT failed(message);
        }
    });
}

bool SerialPortIo::open(const SerialSettings &s, QString *error)
{
    const QString path = s.path();
    m_path = path;
    // QSerialPort takes a device path; resolve symlinks (by-id names, simulator links).
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty()) {
        *error = QStringLiteral("%1: no such port").arg(path);
        return false;
    }
    m_port.setPortName(target);
    if (!m_port.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("%1: %2").arg(path, m_port.errorString());
        m_port.clearError();
        return false;
    }
    if (!m_port.setBaudRate(s.baud) || !m_port.setDataBits(s.dataBits) ||
        !m_port.setParity(s.parity) || !m_port.setStopBits(s.stopBits) ||
        !m_port.setFlowControl(QSerialPort::NoFlowControl)) {
        *error = QStringLiteral("%1: settings refused: %2").arg(path, m_port.errorString());
        m_port.close();
        return false;
    }
    return true;
}

void SerialPortIo::close()
{
    if (m_port.isOpen())
        m_port.close();
}

void SerialPortIo::clearInput()
{
    m_port.clear(QSerialPort::Input);
    m_port.readAll();
}

} // namespace so::alarms
