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

} // namespace

Result<Batch> collect(StationCore &core, const Cursor &since)
{
    Batch b;
    b.station = core.config().code;
    b.device = core.db().deviceId();
    b.madeAt = core.clock().nowMs();
    QJsonObject cursor;
    for (auto it = since.cbegin(); it != since.cend(); ++it)
        cursor.insert(it.key(), it.value());
    const QString json = QString::fromUtf8(QJsonDocument(cursor).toJson(QJsonDocument::Compact));
    PhotoStore photos(core);
    for (const RecordKind &kind : core.records().all()) {
        auto records = RecordCodec::read(core.db(), kind,
                                         QStringLiteral("device_seq > coalesce((SELECT value FROM json_each(?) "
                                                        "WHERE key = device_id), 0)"),
                                         {json});
        if (!records)
            return fail(QStringLiteral("%1: %2").arg(kind.name, records.error()));
        for (const SyncRecord &r : *records) {
            if (!kind.photos)
                continue;
            for (const QString &sha : kind.photos(r.body)) {
                if (b.blobs.contains(sha))
                    continue;
                const QString file = photos.path(sha);
                QFile in(file);
                if (file.isEmpty() || !in.open(QIODevice::ReadOnly))
                    return fail(QStringLiteral("%1 %2 names photo %3, which is missing from %4/photos")
                                    .arg(r.kind, r.id, sha, core.dataDir()));
                auto p = PhotoStore::fromBytes(in.readAll(), file);
                if (!p)
                    return Error{p.error()};
                b.blobs.insert(sha, *p);
            }
        }
        b.records << *records;
    }
    std::stable_sort(b.records.begin(), b.records.end(), byOrigin);
    return b;
}

Result<QList<SyncRecord>> pending(StationCore &core, qint64 highWater, int max)
{
    QList<SyncRecord> out;
    for (const RecordKind &kind : core.records().all()) {
        auto records = RecordCodec::read(core.db(), kind, QStringLiteral("device_id = ? AND device_seq > ?"),
                                         {core.db().deviceId(), highWater}, max);
        if (!records)
            return Error{records.error()};
        out << *records;
    }
    std::sort(out.begin(), out.end(), byOrigin);
    if (out.size() > max)
        out.resize(max);
    return out;
}

Cursor cursorOf(const QList<SyncRecord> &records, Cursor start)
{
    for (const SyncRecord &r : records)
        start[r.device] = qMax(start.value(r.device), r.deviceSeq);
    return start;
}

} // namespace so::sync::Outbox
