#include "Stamp.h"
#include "Clock.h"
#include "Database.h"
#include "Uuid7.h"

namespace so {

Result<Stamp> makeStamp(Database &db, Uuid7 &ids, const Clock &clock, const QString &actor)
{
    auto seq = db.nextDeviceSeq();
    if (!seq)
        return Error{seq.error()};
    return Stamp{ids.next(), db.deviceId(), *seq, clock.nowMs(), actor};
}

} // namespace so
