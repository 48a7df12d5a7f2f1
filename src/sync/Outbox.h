#pragma once
// Outbox: the records that leave this device. For a file, every record held here (its own and
// those it took in from others, so a USB stick can carry a dead tablet's records onward) above
// a cursor; for the station server, this device's own records above the server's high water.
#include "Batch.h"

namespace so {
class StationCore;
}

namespace so::sync::Outbox {

// Records above `since`, ordered by device and device_seq, with the photos they name.
Result<Batch> collect(StationCore &core, const Cursor &since = {});
// This device's own records above `highWater`, in device_seq order, at most `max`.
Result<QList<SyncRecord>> pending(StationCore &core, qint64 highWater, int max);
// The cursor that covers a list of records: per device, the highest device_seq in it.
Cursor cursorOf(const QList<SyncRecord> &records, Cursor start = {});

} // namespace so::sync::Outbox
