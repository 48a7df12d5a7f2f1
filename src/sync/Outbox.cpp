#include "Outbox.h"
#include "Database.h"
#include "RecordCodec.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace so::sync::Outbox {

namespace {

bool byOrigin(const SyncRecord &a, const SyncRecord &b)
{
    return a.device != b.device ? a.device < b.device : a.deviceSeq < b.deviceSeq;
}

// Adds the photos the records name to `blobs`, read from this device's photo folder.
Status addPhotos(StationCore &core, const QList<SyncRecord> &records,
                 QMap<QString, PhotoBytes> &blobs)
{
    PhotoStore photos(core);
    for (const SyncRecord &r : records) {
        const RecordKind *kind = core.records().find(r.kind);
        if (!kind || !kind->photos)
            continue;
        for (const QString &sha : kind->photos(r.body)) {
            if (blobs.contains(sha))
                continue;
            const QString file = photos.path(sha);
            QFile in(file);
            if (file.isEmpty() || !in.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("%1 %2 names photo %3, which is missing from %4/photos")
                                .arg(r.kind, r.id, sha, core.dataDir()));
            auto p = PhotoStore::fromBytes(in.readAll(), file);
            if (!p)
                return Error{p.error()};
            blobs.insert(sha, *p);
        }
    }
    return {};
}

} // namespace

Result<Batch> collect(StationCore &core, const Cursor &since, Cursor *next)
{
    Database &db = core.db();
    if (!since.device.isEmpty() && since.device.compare(db.deviceId(), Qt::CaseInsensitive) != 0)
        return fail(
            QStringLiteral("--since: that cursor was printed by device %1; this is device %2. "
                           "Export without --since, or with a cursor this device printed")
                .arg(since.device, db.deviceId()));
    Batch b;
    b.station = core.config().code;
    b.device = db.deviceId();
    b.madeAt = core.clock().nowMs();
    // The end is fixed first, so a record that arrives while the export runs is left for next time.
    auto last = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_arrival"));
    if (!last)
        return Error{last.error()};
    if (next)
        *next = Cursor{db.deviceId(), *last};
    for (const RecordKind &kind : core.records().all()) {
        auto records = RecordCodec::read(db, kind,
                                         QStringLiteral("id IN (SELECT record_id FROM sync_arrival "
                                                        "WHERE kind = ? AND seq > ? AND seq <= ?)"),
                                         {kind.name, since.arrival, *last});
        if (!records)
            return fail(QStringLiteral("%1: %2").arg(kind.name, records.error()));
        if (Status s = addPhotos(core, *records, b.blobs); !s)
            return Error{s.error()};
        b.records << *records;
    }
    std::stable_sort(b.records.begin(), b.records.end(), byOrigin);
    return b;
}

Result<QList<SyncRecord>> pending(StationCore &core, qint64 highWater, int max)
{
    Database &db = core.db();
    for (;;) {
        // The max-th lowest of this device's numbers above the high water, over every kind:
        // each kind is then read only up to it, so no record is made ready and thrown away.
        QStringList numbers;
        QVariantList binds;
        for (const RecordKind &kind : core.records().all()) {
            numbers << QStringLiteral(
                           "SELECT device_seq FROM %1 WHERE device_id = ? AND device_seq > ?")
                           .arg(kind.table);
            binds << db.deviceId() << highWater;
        }
        binds << max;
        auto cut = db.exec(QStringLiteral("SELECT max(device_seq), count(*) FROM (SELECT "
                                          "device_seq FROM (%1) ORDER BY device_seq LIMIT ?)")
                               .arg(numbers.join(QStringLiteral(" UNION ALL "))),
                           binds);
        if (!cut)
            return Error{cut.error()};
        if (!cut->next() || cut->value(1).toLongLong() == 0)
            return QList<SyncRecord>();
        const qint64 upTo = cut->value(0).toLongLong();
        cut->finish();
        QList<SyncRecord> out;
        for (const RecordKind &kind : core.records().all()) {
            // What travels is what sync_arrival notes (chain-1 audit rows, for one, do not).
            auto records = RecordCodec::read(
                db, kind,
                QStringLiteral("device_id = ? AND device_seq > ? AND device_seq <= ? AND id IN "
                               "(SELECT record_id FROM sync_arrival WHERE kind = ?)"),
                {db.deviceId(), highWater, upTo, kind.name}, max);
            if (!records)
                return Error{records.error()};
            out << *records;
        }
        if (!out.isEmpty()) {
            std::sort(out.begin(), out.end(), byOrigin);
            return out;
        }
        // Only rows that stay here (from before they travelled) up to there: look further on.
        highWater = upTo;
    }
}

Result<Batch> pendingBatch(StationCore &core, qint64 highWater, int max)
{
    auto records = pending(core, highWater, max);
    if (!records)
        return Error{records.error()};
    Batch b;
    b.station = core.config().code;
    b.device = core.db().deviceId();
    b.madeAt = core.clock().nowMs();
    b.records = records.take();
    if (Status s = addPhotos(core, b.records, b.blobs); !s)
        return Error{s.error()};
    return b;
}

} // namespace so::sync::Outbox
