// libFuzzer: arbitrary reply frames through the Modbus RTU reply checks.
#include "ModbusRtu.h"

#include <cstdint>
#include <cstdlib>

using namespace so::alarms;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const auto fn = modbus::Function(1 + data[0] % 4);
    const quint16 count = quint16(1 + data[1] % 125);
    const QByteArray frame(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const int length = modbus::frameLengthSoFar(frame, fn, count);
    if (length < 0 || length > frame.size())
        std::abort();
    auto values = modbus::parseReply(frame, 1, fn, count);
    if (values && values->size() != count)
        std::abort();
    // A frame made valid by its own CRC must parse when it has the expected shape.
    const QByteArray fixed = modbus::withCrc(frame.left(qMax<qsizetype>(0, frame.size() - 2)));
    (void)modbus::parseReply(fixed, 1, fn, count);
    return 0;
}
