#pragma once
// An in-memory serial port for the link state machine tests: the test decides when opening
// works, feeds bytes and raises errors. (The real QSerialPort is tested over a pty.)
#include "PortIo.h"

namespace so::alarms {

class MemoryPortIo final : public PortIo
{
    Q_OBJECT
public:
    bool openWorks = true;
    bool writeWorks = true;
    int opens = 0;
    int clears = 0;
    QByteArray stale; // bytes waiting before open; clearInput drops them
    QByteArray written;

    bool open(const SerialSettings &, QString *error) override
    {
        ++opens;
        if (!openWorks) {
            *error = QStringLiteral("memory: no such port");
            return false;
        }
        m_open = true;
        m_buffer = stale;
        return true;
    }
    void close() override { m_open = false; }
    bool isOpen() const override { return m_open; }
    QByteArray readAll() override { return std::exchange(m_buffer, {}); }
    qint64 write(const QByteArray &bytes) override
    {
        if (!writeWorks)
            return -1; // as QSerialPort does when the device refuses the write
        written += bytes;
        return bytes.size();
    }
    void clearInput() override
    {
        ++clears;
        m_buffer.clear();
    }

    void feed(const QByteArray &bytes)
    {
        m_buffer += bytes;
        Q_EMIT readyRead();
    }
    void breakDown(const QString &why) { Q_EMIT failed(why); }

private:
    bool m_open = false;
    QByteArray m_buffer;
};

} // namespace so::alarms
