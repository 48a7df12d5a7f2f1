#pragma once
// Scenario: a device's script, one step per line:
//   wait MS              pause
//   send TEXT            TEXT + CRLF
//   sendsum TEXT         TEXT + *hh (NMEA checksum) + CRLF
//   text TEXT            TEXT as is (no terminator)
//   raw HEX              bytes as hex, e.g. 00ff0d0a
//   hangup MS            close the pty, wait, come back on a new one
//   set TABLE ADDR VALUE Modbus: set a coil (co), discrete input (di), holding (hr) or input (ir) register
//   repeat               start again from the top
// '#' starts a comment. Errors name the file and line.
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace so::devsim {

struct Step
{
    enum Kind { Wait, Bytes, Hangup, Set, Repeat } kind = Wait;
    int ms = 0;
    QByteArray bytes;
    QString table;
    int address = 0;
    int value = 0;
    int line = 0;
};

Result<QList<Step>> parseScenario(const QByteArray &text, const QString &fileLabel);
Result<QList<Step>> loadScenario(const QString &path);

} // namespace so::devsim
