#include "Ingest.h"
#include "ConflictStore.h"
#include "Database.h"
#include "LogCategories.h"
#include "RecordCodec.h"
#include "StationCore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>

namespace so::sync {

Ingest::Ingest(StationCore &core, QObject *parent) : QObject(parent), m_core(core) {}

Status Ingest::check(const Batch &batch, const QString &source)
{
    if (batch.station != m_core.config().code)
        return fail(
            QStringLiteral(
                "%1: made at station %2; this device belongs to station %3. Nothing was taken in.")
                .arg(source, batch.station, m_core.config().code));
    Database &db = m_core.db();
    QHash<QPair<QString, qint64>, QString> seen;
    for (const SyncRecord &r : batch.records) {
        const RecordKind *kind = m_core.records().find(r.kind);
        if (!kind)
            return fail(QStringLiteral("%1: %2 %3 is of a kind this device does not know; update "
                                       "StationOps here first")
                            .arg(source, r.kind, r.id));
        if (Status s = RecordCodec::check(db, *kind, r); !s)
            return fail(QStringLiteral("%1: %2").arg(source, s.error()));
        // One device number, one record: a number used again under another id is a copied or
        // replayed device, and the file is refused.
        const auto key = qMakePair(r.device, r.deviceSeq);
        if (auto it = seen.constFind(key); it != seen.constEnd() && *it != r.id)
            return fail(QStringLiteral("%1: device %2 number %3 is used by both %4 and %5; the "
                                       "file is not to be trusted")
                            .arg(source, r.device)
                            .arg(r.deviceSeq)
                            .arg(*it, r.id));
        seen.insert(key, r.id);
    }
    // Every photo a record names comes with it or is here already: otherwise this device could
    // not pass the record on.
    PhotoStore photos(m_core);
    for (const SyncRecord &r : batch.records) {
        const RecordKind *kind = m_core.records().find(r.kind);
        if (!kind->photos)
            continue;
        for (const QString &sha : kind->photos(r.body))
            if (!batch.blobs.contains(sha) && photos.path(sha).isEmpty())
                return fail(
                    QStringLiteral(
                        "%1: %2 %3 names photo %4, which is neither in the file nor on this device")
                        .arg(source, r.kind, r.id, sha));
    }
    // Every record a record points at (its foreign keys) comes with it or is here already.
    QHash<QString, QSet<QString>> inBatch; // table -> ids
    QHash<QString, QList<const SyncRecord *>> ofKind;
    for (const SyncRecord &r : batch.records) {
        inBatch[m_core.records().find(r.kind)->table].insert(r.id);
        ofKind[r.kind] << &r;
    }
    for (const RecordKind &k : m_core.records().all()) {
        const QList<const SyncRecord *> records = ofKind.value(k.name);
        if (records.isEmpty())
            continue;
        auto keys =
            db.exec(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"),
                    {k.table});
        if (!keys)
            return fail(QStringLiteral("%1: %2").arg(source, keys.error()));
        QList<std::pair<QString, QString>> references;
        while (keys->next())
            references.append({keys->value(0).toString(), keys->value(1).toString()});
        for (const auto &[table, column] : std::as_const(references)) {
            QHash<QString, QString> wanted; // parent id -> the record that names it
            const QSet<QString> &there = inBatch[table];
            for (const SyncRecord *r : records) {
                const QString parent = r->body.value(column).toString();
                if (!parent.isEmpty() && !there.contains(parent))
                    wanted.insert(parent, r->id);
            }
            if (wanted.isEmpty())
                continue;
            auto heldHere = db.column(
                QStringLiteral("SELECT p.value FROM json_each(?) p JOIN %1 t ON t.id = p.value")
                    .arg(table),
                {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(wanted.keys()))
                                       .toJson(QJsonDocument::Compact))});
            if (!heldHere)
                return fail(QStringLiteral("%1: %2").arg(source, heldHere.error()));
            for (const QString &id : std::as_const(*heldHere))
                wanted.remove(id);
            if (!wanted.isEmpty())
                return fail(QStringLiteral("%1: %2 %3 belongs to %4 %5, which is neither in the "
                                           "file nor on this device; "
                                           "take in the earlier file first")
                                .arg(source, k.name, wanted.cbegin().value(), table,
                                     wanted.cbegin().key()));
        }
    }
    // Against what this device holds: one query per table that numbers its rows by device, over
    // the batch's (device, number) pairs.
    auto tables = db.column(
        QStringLiteral("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
                       "WHERE m.type = 'table' AND c.name = 'device_seq' ORDER BY m.name"));
    if (!tables)
        return fail(QStringLiteral("%1: %2").arg(source, tables.error()));
    // Only a device this one holds something from can clash.
    QSet<QString> known;
    QSet<QString> asked;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QString &device = it.key().first;
        if (asked.contains(device))
            continue;
        asked.insert(device);
        for (const QString &table : std::as_const(*tables)) {
            auto held = db.scalar(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE device_id = ?)").arg(table),
                {device});
            if (!held)
                return fail(QStringLiteral("%1: %2").arg(source, held.error()));
            if (*held) {
                known.insert(device);
                break;
            }
        }
    }
    // The numbers the file uses of each such device, as a range: what this device holds in it
    // is read by the (device_id, device_seq) index, one range scan per table, and compared here.
    QHash<QString, std::pair<qint64, qint64>> range; // device -> lowest, highest number
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (!known.contains(it.key().first))
            continue;
        auto r = range.find(it.key().first);
        if (r == range.end())
            r = range.insert(it.key().first, {it.key().second, it.key().second});
        r->first = std::min(r->first, it.key().second);
        r->second = std::max(r->second, it.key().second);
    }
    for (auto r = range.cbegin(); r != range.cend(); ++r) {
        for (const QString &table : std::as_const(*tables)) {
            auto q = db.exec(QStringLiteral("SELECT device_seq, id FROM %1 WHERE device_id = ? "
                                            "AND device_seq BETWEEN ? AND ?")
                                 .arg(table),
                             {r.key(), r->first, r->second});
            if (!q)
                return fail(QStringLiteral("%1: %2").arg(source, q.error()));
            while (q->next()) {
                const qint64 number = q->value(0).toLongLong();
                const auto inFile = seen.constFind(qMakePair(r.key(), number));
                if (inFile != seen.constEnd() && *inFile != q->value(1).toString())
                    return fail(QStringLiteral("%1: device %2 number %3 is %4 here but %5 in the "
                                               "file; the file is not to be trusted")
                                    .arg(source, r.key())
                                    .arg(number)
                                    .arg(q->value(1).toString(), *inFile));
            }
        }
    }
    return {};
}

Result<IngestOutcome> Ingest::apply(const Batch &batch, const QString &source,
                                    const std::function<Status(Database &)> &alsoInTransaction)
{
    // Where an import's time goes, one debug line at the end (stationops.sync.debug=true).
    QElapsedTimer phase;
    phase.start();
    QStringList laps;
    const auto lap = [&phase, &laps](const QString &what) {
        laps << QStringLiteral("%1 %2 ms").arg(what).arg(phase.restart());
    };
    if (Status s = check(batch, source); !s)
        return Error{s.error()};
    lap(QStringLiteral("check"));
    // Parents before children (the order kinds were registered), each device in its own order.
    const RecordKinds &kinds = m_core.records();
    QList<std::pair<int, const SyncRecord *>> order; // with its kind's rank
    order.reserve(batch.records.size());
    for (const SyncRecord &r : batch.records)
        order.append({kinds.rank(r.kind), &r});
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second->device != b.second->device ? a.second->device < b.second->device
                                                    : a.second->deviceSeq < b.second->deviceSeq;
    });

    Database &db = m_core.db();
    // Statement journals in memory for the import: in a long transaction every insert that fires
    // a trigger first saves the pages it touches, and once that journal has spilled to a file it
    // stays one, so each insert cost several writes to /var/tmp (13,000 records/s; 26,000 with
    // this). Only for the import: elsewhere large sorts keep going to disk, not to RAM. SQLite
    // decides where the journal goes when the write transaction begins, and refuses the change
    // inside one.
    const bool ownTransaction = !db.inTransaction();
    if (ownTransaction)
        (void)db.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    const auto tempBack = qScopeGuard([&db, ownTransaction] {
        if (ownTransaction)
            (void)db.exec(QStringLiteral("PRAGMA temp_store=DEFAULT"));
    });
    Transaction tx(db);
    if (!tx.started())
        return fail(QStringLiteral("%1: nothing was taken in: %2").arg(source, tx.error()));
    IngestOutcome out;
    out.records = int(batch.records.size());
    QHash<QString, QStringList> arrived;
    Status s = ok(db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    // The features' refolds rebuild their indexes once for what arrived (Database::setBulkLoad).
    db.setBulkLoad(true);
    const auto bulkOff = qScopeGuard([&db] { db.setBulkLoad(false); });
    // Photo files are written before the commit; those this import added go again if it fails.
    PhotoStore photos(m_core);
    QStringList newPhotos;
    auto dropNewPhotos = qScopeGuard([&] {
        for (const QString &sha : std::as_const(newPhotos))
            for (const QString &suffix : {QStringLiteral(".jpg"), QStringLiteral(".png")})
                QFile::remove(
                    QDir(m_core.dataDir()).filePath(QStringLiteral("photos/") + sha + suffix));
    });
    for (auto it = batch.blobs.cbegin(); s && it != batch.blobs.cend(); ++it) {
        if (!photos.path(it.key()).isEmpty())
            continue;
        const bool fileThere = QFile::exists(
            QDir(m_core.dataDir()).filePath(QStringLiteral("photos/") + it->sha256 + it->suffix));
        if (auto stored = photos.store(*it, QStringLiteral("sync")); !stored)
            s = fail(stored.error());
        else if (!fileThere)
            newPhotos << it.key();
    }
    // What is held already, one query per kind; only those are read back and compared.
    RecordWriter writer(db);
    QSet<QString> heldIds;
    for (const RecordKind &kind : kinds.all()) {
        QStringList ids;
        for (const SyncRecord &r : batch.records)
            if (r.kind == kind.name)
                ids << r.id;
        if (!s || ids.isEmpty())
            continue;
        auto found = writer.held(kind, ids);
        if (!found)
            s = fail(found.error());
        else
            heldIds.unite(*found);
    }
    lap(QStringLiteral("held ids"));
    // Records held already are read back in one query per kind and compared by their hash.
    QHash<QString, QString> heldSha; // id -> SHA-256 of the body held here
    for (const RecordKind &kind : kinds.all()) {
        QStringList ids;
        for (const SyncRecord &r : batch.records)
            if (r.kind == kind.name && heldIds.contains(r.id))
                ids << r.id;
        constexpr qsizetype kSlice = 2000;
        for (qsizetype from = 0; s && from < ids.size(); from += kSlice) {
            auto held = RecordCodec::read(
                db, kind, QStringLiteral("id IN (SELECT value FROM json_each(?))"),
                {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids.mid(from, kSlice)))
                                       .toJson(QJsonDocument::Compact))},
                int(kSlice));
            if (!held)
                s = fail(held.error());
            else
                for (const SyncRecord &h : std::as_const(*held))
                    heldSha.insert(h.id, h.sha256);
        }
    }
    lap(QStringLiteral("held bodies"));
    for (const auto &[rank, r] : std::as_const(order)) {
        if (!s)
            break;
        const RecordKind &kind = kinds.all().at(rank);
        if (!heldIds.contains(r->id)) {
            s = writer.insert(kind, *r);
            ++out.inserted;
            arrived[r->kind] << r->id;
            // The same id twice in one batch is one record; a second body is a conflict.
            heldIds.insert(r->id);
            heldSha.insert(r->id, r->sha256);
            continue;
        }
        const auto held = heldSha.constFind(r->id);
        if (held == heldSha.constEnd()) {
            s = fail(
                QStringLiteral("%1 %2 was held a moment ago and is not now").arg(r->kind, r->id));
        } else if (*held == r->sha256) {
            ++out.duplicates;
        } else {
            // Listed once: the same conflict arriving again is not a new one.
            auto kept = db.exec(
                QStringLiteral(
                    "INSERT OR IGNORE INTO sync_conflict (found_at, kind, record_id, reason, "
                    "held_sha256, "
                    "arrived_sha256, arrived_json, source) VALUES (?,?,?,'other_body',?,?,?,?)"),
                {m_core.clock().nowMs(), r->kind, r->id, *held, r->sha256,
                 QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact)),
                 source});
            if (!kept) {
                s = fail(kept.error());
            } else if (kept->numRowsAffected() > 0) {
                ++out.conflicts;
                qCWarning(lcSync) << "conflict:" << r->kind << r->id << "arrived from" << source
                                  << "with another body";
            } else {
                ++out.duplicates;
            }
        }
    }
    lap(QStringLiteral("rows"));
    // The folds, once per kind, in the same transaction as the rows they fold.
    for (const RecordKind &kind : kinds.all())
        if (s && kind.refold && arrived.contains(kind.name)) {
            s = kind.refold(db, arrived.value(kind.name));
            lap(QStringLiteral("fold ") + kind.name);
        }
    // A pair found in this import may have been decided on another tablet already.
    if (s && !arrived.isEmpty())
        s = ConflictStore(db).applyPairDecisions();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const SyncRecord &r : batch.records)
        h.addData(r.sha256.toLatin1());
    if (s)
        s = ok(db.exec(QStringLiteral("INSERT INTO sync_import (at, source, batch_sha256, "
                                      "from_device, records, inserted, "
                                      "duplicates, conflicts) VALUES (?,?,?,?,?,?,?,?)"),
                       {m_core.clock().nowMs(), source, QString::fromLatin1(h.result().toHex()),
                        batch.device, out.records, out.inserted, out.duplicates, out.conflicts}));
    if (s && alsoInTransaction)
        s = alsoInTransaction(db);
    if (s)
        s = tx.commit();
    lap(QStringLiteral("commit"));
    qCDebug(lcSync).noquote() << "ingest of" << batch.records.size()
                              << "records:" << laps.join(QStringLiteral(", "));
    if (!s)
        return fail(QStringLiteral("%1: nothing was taken in: %2").arg(source, s.error()));
    dropNewPhotos.dismiss();
    for (const RecordKind &kind : kinds.all()) {
        if (arrived.contains(kind.name)) {
            out.kinds << kind.name;
            Q_EMIT recordsArrived(kind.name);
        }
    }
    Q_EMIT batchTaken();
    return out;
}

} // namespace so::sync
