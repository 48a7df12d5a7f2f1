#pragma once
// SyncFixtures: records as a busy tablet makes them, for tests and benchmarks of sync (#16,
// #17): incidents each with their intake, a note, an assessment and a link, one every 6 s.
#include "Batch.h"

namespace so {
class StationCore;
namespace sync {
class Ingest;
}
} // namespace so

namespace so::test {

// `total` records of `device`, numbered from `firstSeq`, starting at `startMs` (UTC).
sync::Batch busyTablet(const QString &station, const QString &device, int total, qint64 startMs,
                       qint64 firstSeq = 1);
// The same records as this device's own, made while it was offline: numbered after its last,
// written through the ingest (folds and all), and its counter moved past them.
Status madeHereOffline(StationCore &core, sync::Ingest &ingest, int total, qint64 startMs);

} // namespace so::test
