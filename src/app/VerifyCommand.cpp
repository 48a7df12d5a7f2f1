#include "AppServices.h"
#include "AuditLog.h"
#include "Commands.h"
#include "Database.h"
#include "RecordSeal.h"
#include "StationCore.h"

#include <QFileInfo>
#include <cstdio>

namespace so {

Result<QString> verifyDatabase(const QString &file)
{
    DatabaseOptions opts;
    opts.readOnly = true;
    auto db = Database::open(file, opts);
    if (!db)
        return fail(db.error());
    if (Status s = (*db)->checkIntegrity(); !s)
        return fail(s.error());
    if (Status s = AuditLog::verify(**db); !s)
        return fail(QStringLiteral("%1: %2").arg(file, s.error()));
    if (Status s = RecordSeal::verifyAll(**db); !s)
        return fail(QStringLiteral("%1: %2").arg(file, s.error()));
    // Every kept current state is what its records fold to (SYNC.md, rule 5).
    RecordKinds kinds;
    AppServices::addRecordKinds(kinds);
    if (Status s = kinds.verify(**db); !s)
        return fail(QStringLiteral("%1: %2").arg(file, s.error()));
    const auto count = AuditLog::rowCount(**db);
    const qint64 rows = count ? *count : 0;
    return QStringLiteral("%1: ok (schema %2, integrity ok, foreign keys ok, audit chain of %3 "
                          "rows ok, sealed records unchanged, incident and follow-up states "
                          "match their timelines)")
        .arg(file)
        .arg((*db)->schemaVersion())
        .arg(rows);
}

int runVerify(const Invocation &inv)
{
    const QString file = StationCore::databaseFile(inv.dataDir);
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "stationops verify: %s: no database here\n", qPrintable(file));
        return 1;
    }
    const auto verified = verifyDatabase(file);
    if (!verified) {
        std::fprintf(stderr, "stationops verify: %s\n", qPrintable(verified.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(*verified));
    return 0;
}

} // namespace so
