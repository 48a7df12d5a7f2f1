#pragma once
// Modbus RTU framing for the read functions 01-04: request building, CRC-16/MODBUS, and reply
// checking that names what is wrong with a reply.
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace so::alarms::modbus {

enum Function : quint8 {
    ReadCoils = 0x01,
    ReadDiscreteInputs = 0x02,
    ReadHoldingRegisters = 0x03,
    ReadInputRegisters = 0x04,
};

// CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF); sent low byte first.
quint16 crc16(QByteArrayView bytes);
QByteArray withCrc(QByteArray frame);
QByteArray readRequest(quint8 unit, Function fn, quint16 start, quint16 count);
// Bytes a normal reply has; an exception reply has 5.
int replyLength(Function fn, quint16 count);
// How many bytes of `rx` make up a complete reply, once enough has arrived to tell; 0 = wait.
int frameLengthSoFar(QByteArrayView rx, Function fn, quint16 count);
// A frame with a good CRC from that unit: the unit is there, whatever it said.
bool fromUnit(QByteArrayView frame, quint8 unit);
// The values (bits as 0/1, or registers) of a complete reply frame, or why it is refused.
Result<QList<quint16>> parseReply(QByteArrayView frame, quint8 unit, Function fn, quint16 count);

} // namespace so::alarms::modbus
