#include "AppServices.h"
#include "Commands.h"
#include "Batch.h"
#include "SyncFile.h"

#include <cstdio>

namespace so {

int runSync(const Invocation &inv)
{
    const QString what = inv.args.value(0);
    const bool exporting = what == QLatin1String("export") && !inv.outPath.isEmpty() && inv.args.size() == 1;
    const bool importing = what == QLatin1String("import") && inv.args.size() == 2;
    if (!exporting && !importing) {
        std::fprintf(stderr, "stationops sync: say which: sync export --out FILE [--since CURSOR], or sync import FILE\n");
        return 2;
    }
    auto since = sync::parseCursor(inv.since);
    if (!since) {
        std::fprintf(stderr, "stationops sync: %s\n", qPrintable(since.error()));
        return 2;
    }
    // The whole station is built, so every feature's record kinds are known.
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops sync: %s\n", qPrintable(services.error()));
        return 1;
    }
    if (exporting) {
        auto out = sync::exportFile((*services)->core(), inv.outPath, *since);
        if (!out) {
            std::fprintf(stderr, "stationops sync export: %s\n", qPrintable(out.error()));
            return 1;
        }
        std::printf("%s: %d records, %d photos\ncursor: %s\n", qPrintable(inv.outPath), out->records, out->photos,
                    qPrintable(sync::cursorText(out->cursor)));
        return 0;
    }
    const QString file = inv.args.value(1);
    auto in = sync::importFile((*services)->ingest(), file);
    if (!in) {
        std::fprintf(stderr, "stationops sync import: %s\n", qPrintable(in.error()));
        return 1;
    }
    std::printf("%s: %d records: %d new, %d already here, %d conflicts%s\n", qPrintable(file), in->records, in->inserted,
                in->duplicates, in->conflicts,
                in->conflicts > 0 ? " (kept apart, for a supervisor to decide)" : "");
    return 0;
}

} // namespace so
