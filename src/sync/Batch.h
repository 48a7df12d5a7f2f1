#pragma once
// Batch: records on their way from one device to others, as one versioned JSON document (a file
// on a USB stick, or one push to the station server). The README describes the format.
#include "PhotoStore.h"
#include "Result.h"
#include "SyncRecord.h"

#include <QList>
#include <QMap>
#include <QString>

namespace so::sync {

struct Batch
{
    static constexpr int kVersion = 1;
    QString station;   // the station's code: a batch never crosses stations
    QString device;    // the device that wrote the batch
    qint64 madeAt = 0; // UTC ms
    QList<SyncRecord> records;
    QMap<QString, PhotoBytes> blobs; // by SHA-256: the photos the records name

    QByteArray toJson() const;
    // Reads and checks a whole batch before anything is written: the format and version, every
    // record's hash, the record count and list hash (so a record taken out shows), every photo's
    // hash. `where` names the file in messages.
    static Result<Batch> parse(const QByteArray &bytes, const QString &where);
};

// Where an export stopped: the exporting device and its last arrival number (sync_arrival).
// Written "DEVICE:NUMBER"; only the same device may continue from it.
struct Cursor
{
    QString device;
    qint64 arrival = 0;
};
QString cursorText(const Cursor &c);
// "" is the start: everything.
Result<Cursor> parseCursor(const QString &text);

} // namespace so::sync
