// libFuzzer: arbitrary bytes as a sync batch file (#16). The reader refuses with a message, or
// returns a batch in which every record's hash is right and every photo is what it claims to be;
// a batch it accepts is written out again and read back the same.
#include "Batch.h"

#include <cstdint>
#include <cstdlib>

using namespace so;
using namespace so::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto batch = Batch::parse(bytes, QStringLiteral("fuzz.json"));
    if (!batch) {
        if (batch.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const SyncRecord &r : batch->records)
        if (r.sha256 != r.computeSha256() || r.kind.isEmpty() || r.id.isEmpty() || r.deviceSeq < 0)
            std::abort();
    for (auto it = batch->blobs.cbegin(); it != batch->blobs.cend(); ++it)
        if (it.key() != it->sha256)
            std::abort();
    auto again = Batch::parse(batch->toJson(), QStringLiteral("again.json"));
    if (!again || again->records.size() != batch->records.size() ||
        again->blobs.size() != batch->blobs.size())
        std::abort();
    for (qsizetype i = 0; i < batch->records.size(); ++i)
        if (again->records.at(i).sha256 != batch->records.at(i).sha256)
            std::abort();
    return 0;
}
