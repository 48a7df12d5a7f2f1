// libFuzzer: arbitrary bytes as a payment terminal's CSV export. The import takes every line or
// none, and every row it takes is a sale or a refund of a positive amount.
#include "CashConfig.h"
#include "TerminalCsv.h"

#include <cstdint>
#include <cstdlib>

using namespace so;
using namespace so::cash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CashConfig config = CashConfig::load(QStringLiteral(CONFIG_DIR)).value();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rows =
        TerminalCsv::parse(bytes, QStringLiteral("fuzz.csv"), config, QTimeZone("Asia/Shanghai"));
    if (!rows) {
        if (rows.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const TerminalRow &r : *rows)
        if (r.amount.fen() <= 0 ||
            (r.kind != QLatin1String("sale") && r.kind != QLatin1String("refund")) ||
            !config.payment(r.payment))
            std::abort();
    return 0;
}
