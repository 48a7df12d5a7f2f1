// libFuzzer: arbitrary bytes, split into arbitrary reads, through the line decoder of each
// shipped line profile. Every byte must end up in an event, an error or the partial line.
#include "DeviceProfile.h"
#include "LineDecoder.h"

#include <cstdint>
#include <cstdlib>

using namespace so::alarms;

namespace {

const QList<DeviceProfile> &profiles()
{
    static const QList<DeviceProfile> all = [] {
        QList<DeviceProfile> out;
        for (const char *name :
             {"psd-controller", "fire-panel", "escalator", "fire-panel-columns"}) {
            auto p = DeviceProfile::load(
                QStringLiteral(PROFILES_DIR "/%1.json").arg(QLatin1String(name)));
            if (!p)
                std::abort();
            out << p.take();
        }
        return out;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const DeviceProfile &profile = profiles().at(data[0] % profiles().size());
    const int chunk = 1 + data[1] % 64;
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    LineDecoder decoder(profile, QStringLiteral("fuzz"), QStringLiteral("DEV"));
    LineDecoder::Output out;
    for (qsizetype at = 0; at < input.size(); at += chunk)
        decoder.feed(input.mid(at, chunk), at, at, out);
    decoder.flush(0, 0, out);
    for (const DecodedEvent &e : out.events) {
        if (e.kind != EventKind::Reset && !profile.point(e.point))
            std::abort();
        if (e.receipt.raw.size() > LineDecoder::kMaxLine)
            std::abort();
    }
    for (const DecodeError &e : out.errors) {
        if (e.reason.isEmpty() || e.receipt.raw.size() > LineDecoder::kMaxLine)
            std::abort();
    }
    if (decoder.hasPartialLine())
        std::abort();
    return 0;
}
