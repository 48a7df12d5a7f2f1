#pragma once
// Outbox: the records that leave this device. For a file, every record held here (its own and
// those it took in from others, so a USB stick can carry a dead tablet's records onward) that
// came after a cursor; for the station server, this device's own records above the server's
// high water.
#include "Batch.h"

namespace so {
class StationCore;
}

namespace so::sync::Outbox {

// Records that came to this device after `since` (made here or taken in), ordered by device and
// device_seq, with the photos they name; `next` gets the cursor to continue from. A cursor
// another device printed is refused.
Result<Batch> collect(StationCore &core, const Cursor &since = {}, Cursor *next = nullptr);
// This device's own records above `highWater`, in device_seq order, at most `max`.
Result<QList<SyncRecord>> pending(StationCore &core, qint64 highWater, int max);
// The same as a batch for the station server, with the photos they name.
Result<Batch> pendingBatch(StationCore &core, qint64 highWater, int max);

} // namespace so::sync::Outbox
