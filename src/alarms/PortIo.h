#pragma once
// PortIo: what a link needs from a serial port, so the link's state machine can be tested with
// bytes and errors fed from memory. SerialPortIo is the real one.
#include "DevicesConfig.h"

#include <QObject>
#include <QSerialPort>

namespace so::alarms {

class PortIo : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool open(const SerialSettings &settings, QString *error) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual QByteArray readAll() = 0;
    virtual qint64 write(const QByteArray &bytes) = 0;
    // Drops whatever waited in the input buffer before we opened.
    virtual void clearInput() = 0;

Q_SIGNALS:
    void readyRead();
    // A read, write or resource error: the port is of no more use until reopened.
    void failed(const QString &error);
};

class SerialPortIo final : public PortIo
{
    Q_OBJECT
public:
    explicit SerialPortIo(QObject *parent = nullptr);
    bool open(const SerialSettings &settings, QString *error) override;
    void close() override;
    bool isOpen() const override { return m_port.isOpen(); }
    QByteArray readAll() override { return m_port.readAll(); }
    qint64 write(const QByteArray &bytes) override { return m_port.write(bytes); }
    void clearInput() override;

private:
    QSerialPort m_port{this}; // parented, so it moves to the serial thread with us
    QString m_path;           // as configured (a by-id name made a path), for messages
};

} // namespace so::alarms
