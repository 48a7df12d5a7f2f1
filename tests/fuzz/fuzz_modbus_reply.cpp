// libFuzzer: arbitrary reply frames through the Modbus RTU reply checks, and the values of every
// register reply through each register format, word order, scale, bit and threshold a profile
// can give (tests/fuzz/profiles/modbus-formats.json).
#include "DeviceProfile.h"
#include "ModbusPlan.h"
#include "ModbusReading.h"
#include "ModbusRtu.h"

#include <cstdint>
#include <cstdlib>

using namespace so::alarms;

namespace {

const DeviceProfile &formats()
{
    static const DeviceProfile p = [] {
        auto loaded = DeviceProfile::load(QStringLiteral(FUZZ_PROFILES_DIR "/modbus-formats.json"));
        if (!loaded)
            std::abort();
        // The plan covers every point within the limits, whole.
        for (const ModbusRequest &r : planRequests(*loaded))
            if (r.count > 125)
                std::abort();
        return loaded.take();
    }();
    return p;
}

} // namespace

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
    auto fixedValues = modbus::parseReply(fixed, 1, fn, count);
    if (!values && fixedValues)
        values = std::move(fixedValues);
    if (!values || fn == modbus::ReadCoils || fn == modbus::ReadDiscreteInputs)
        return 0;
    for (const ModbusPoint &p : formats().modbus) {
        if (p.address + p.width() > count)
            continue;
        for (bool was : {false, true}) {
            const ModbusReading r = readPoint(p, *values, 0, was);
            if (r.text.isEmpty() || (p.bit >= 0 && r.micro != (r.active ? 1000000 : 0)))
                std::abort();
        }
    }
    return 0;
}
