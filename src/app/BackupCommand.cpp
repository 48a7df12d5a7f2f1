#include "Backup.h"
#include "Commands.h"
#include "Database.h"
#include "StationCore.h"

#include <QFileInfo>
#include <cstdio>

namespace so {

int runBackup(const Invocation &inv)
{
    const QString file = StationCore::databaseFile(inv.dataDir);
    if (inv.verb == QLatin1String("restore")) {
        if (inv.args.size() != 1) {
            std::fprintf(stderr,
                         "stationops restore: give the backup file: stationops restore FILE\n");
            return 2;
        }
        auto kept = Backup::restore(inv.args.first(), inv.dataDir);
        if (!kept) {
            std::fprintf(stderr, "stationops restore: %s\n", qPrintable(kept.error()));
            return 1;
        }
        std::printf(
            "%s: restored from %s%s\n", qPrintable(file), qPrintable(inv.args.first()),
            kept->isEmpty()
                ? ""
                : qPrintable(QStringLiteral("; the previous database is kept as ") + *kept));
        return 0;
    }
    if (inv.outPath.isEmpty()) {
        std::fprintf(stderr, "stationops backup: give --out FILE\n");
        return 2;
    }
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "stationops backup: %s: no database here\n", qPrintable(file));
        return 1;
    }
    // A connection of its own: the app or the gateway may be writing at the same time.
    auto db = Database::open(file);
    if (!db) {
        std::fprintf(stderr, "stationops backup: %s\n", qPrintable(db.error()));
        return 1;
    }
    if (Status s = Backup::write(**db, inv.outPath); !s) {
        std::fprintf(stderr, "stationops backup: %s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("%s: backed up to %s (%.1f MB, checked)\n", qPrintable(file),
                qPrintable(inv.outPath), double(QFileInfo(inv.outPath).size()) / 1e6);
    return 0;
}

} // namespace so
