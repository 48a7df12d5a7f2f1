#include "AuditLog.h"
#include "Database.h"
#include "LogCategories.h"
#include "Stamp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace so {

namespace {

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void addField(QCryptographicHash &h, const QVariant &f)
{
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(f.isNull() ? QByteArrayView("\x00", 1) : QByteArrayView(f.toString().toUtf8()));
}

// Chain 1 (rows from before migration 15): the hash covers the local seq, the row before it in
// the file, and every column; separated by a unit separator so fields cannot slide.
QString fileChainHash(qint64 seq, const QString &prev, const QVariantList &fields)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(seq));
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(prev.toUtf8());
    for (const QVariant &f : fields)
        addField(h, f);
    return QString::fromLatin1(h.result().toHex());
}

// Chain 2: the device's previous hash, then id, device_id, device_seq, created_at, created_by,
// action, entity_kind, entity_id, before_json, after_json and prev_id. No local number: the row
// hashes the same on every device that holds it.
QString deviceChainHash(const QString &prev, const QVariantList &fields)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData("chain2");
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(prev.toUtf8());
    for (const QVariant &f : fields)
        addField(h, f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

Status AuditLog::record(const QString &actor, const QString &action, const QString &entityKind,
                        const QString &entityId, const QJsonObject &before,
                        const QJsonObject &after)
{
    if (!m_db.inTransaction())
        return fail(QStringLiteral("audit must be written inside the change's transaction"));
    auto stamp = makeStamp(m_db, m_ids, m_clock, actor);
    if (!stamp)
        return Error{stamp.error()};
    // The row before this one on this device's chain.
    auto last = m_db.exec(
        QStringLiteral("SELECT id, hash FROM audit_event WHERE device_id = ? AND chain = 2 "
                       "ORDER BY device_seq DESC LIMIT 1"),
        {stamp->deviceId});
    if (!last)
        return Error{last.error()};
    QVariant prevId;
    QString prev = genesisHash();
    if (last->next()) {
        prevId = last->value(0).toString();
        prev = last->value(1).toString();
    }
    last->finish();
    const QString b = jsonText(before);
    const QString a = jsonText(after);
    QVariantList fields = stamp->binds();
    fields << action << entityKind << entityId << (b.isEmpty() ? QVariant() : QVariant(b))
           << (a.isEmpty() ? QVariant() : QVariant(a)) << prevId;
    const QString hash = deviceChainHash(prev, fields);
    QVariantList binds = fields;
    binds << prev << hash;
    auto ins = m_db.exec(
        QStringLiteral(
            "INSERT INTO audit_event(id, device_id, device_seq, created_at, created_by, "
            "action, entity_kind, entity_id, before_json, after_json, prev_id, prev_hash, "
            "hash, chain) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,2)"),
        binds);
    if (!ins)
        return fail(QStringLiteral("audit: %1").arg(ins.error()));
    qCDebug(lcAudit) << action << entityKind << entityId << "by" << actor;
    return {};
}

Status AuditLog::verify(Database &db)
{
    // A file from before per-device chains (a backup being checked, opened without migrating
    // it) has no chain or prev_id column: every row is then of the file's one chain.
    auto perDevice = db.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM pragma_table_info('audit_event') WHERE name = 'chain'"));
    if (!perDevice)
        return fail(QStringLiteral("audit_event cannot be read: %1").arg(perDevice.error()));
    const bool chains = *perDevice > 0;
    const QString columns =
        QStringLiteral(
            "seq, id, device_id, device_seq, created_at, created_by, action, entity_kind, "
            "entity_id, before_json, after_json, %1, prev_hash, hash")
            .arg(chains ? QStringLiteral("prev_id") : QStringLiteral("NULL"));
    const auto where = [](const QSqlQuery &q) {
        return QStringLiteral("audit_event seq %1 (id %2)")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toString());
    };
    // Chain 1: the rows written before per-device chains, one chain in the file by seq.
    auto q = db.exec(QStringLiteral("SELECT %1 FROM audit_event WHERE %2 ORDER BY seq")
                         .arg(columns, chains ? QStringLiteral("chain = 1") : QStringLiteral("1")));
    if (!q)
        return fail(QStringLiteral("audit_event cannot be read: %1").arg(q.error()));
    QString prev = genesisHash();
    qint64 expectSeq = 1;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        if (seq != expectSeq)
            return fail(QStringLiteral("%1: expected seq %2; a row before it was deleted")
                            .arg(where(*q))
                            .arg(expectSeq));
        if (q->value(12).toString() != prev)
            return fail(QStringLiteral("%1: does not follow the row before it (a row was deleted, "
                                       "inserted or altered before it)")
                            .arg(where(*q)));
        QVariantList fields;
        for (int i = 1; i <= 10; ++i)
            fields << q->value(i);
        const QString hash = fileChainHash(seq, prev, fields);
        if (hash != q->value(13).toString())
            return fail(
                QStringLiteral("%1: its contents do not match its hash (the row was altered)")
                    .arg(where(*q)));
        prev = hash;
        ++expectSeq;
    }
    q->finish();
    // Chain 2: each device's rows in its own order, each naming the one before it.
    auto d =
        db.exec(QStringLiteral("SELECT %1 FROM audit_event WHERE %2 ORDER BY device_id, device_seq")
                    .arg(columns, chains ? QStringLiteral("chain = 2") : QStringLiteral("0")));
    if (!d)
        return fail(QStringLiteral("audit_event cannot be read: %1").arg(d.error()));
    QString device;
    QString prevId;
    while (d->next()) {
        if (d->value(2).toString() != device) {
            device = d->value(2).toString();
            prev = genesisHash();
            prevId.clear();
        }
        if (d->value(11).toString() != prevId || d->value(12).toString() != prev)
            return fail(
                QStringLiteral(
                    "%1: does not follow the row before it on device %2 (a row was deleted, "
                    "inserted or altered before it)")
                    .arg(where(*d), device));
        QVariantList fields;
        for (int i = 1; i <= 11; ++i)
            fields << d->value(i);
        const QString hash = deviceChainHash(prev, fields);
        if (hash != d->value(13).toString())
            return fail(
                QStringLiteral("%1: its contents do not match its hash (the row was altered)")
                    .arg(where(*d)));
        prev = hash;
        prevId = d->value(1).toString();
    }
    d->finish();
    // Rows cut off the end leave no gap in a chain, but AUTOINCREMENT remembers the highest seq;
    // and rows are never deleted, so the local numbers run 1..n without a hole (a device's own
    // last rows deleted under rows taken in later leave one).
    auto highest = db.exec(QStringLiteral(
        "SELECT (SELECT seq FROM sqlite_sequence WHERE name='audit_event'), "
        "(SELECT coalesce(max(seq), 0) FROM audit_event), (SELECT COUNT(*) FROM audit_event)"));
    if (highest && highest->next() && !highest->value(0).isNull() &&
        highest->value(0).toLongLong() != highest->value(1).toLongLong())
        return fail(QStringLiteral("audit_event seq %1 to %2: deleted from the end of the chain")
                        .arg(highest->value(1).toLongLong() + 1)
                        .arg(highest->value(0).toLongLong()));
    if (highest && highest->value(1).toLongLong() != highest->value(2).toLongLong()) {
        auto gap = db.scalar(QStringLiteral(
            "SELECT min(seq) + 1 FROM audit_event a WHERE seq < (SELECT max(seq) FROM audit_event) "
            "AND NOT EXISTS (SELECT 1 FROM audit_event b WHERE b.seq = a.seq + 1)"));
        return fail(
            QStringLiteral(
                "audit_event seq %1: deleted (the rows are numbered 1 to %2 but %3 are left)")
                .arg(gap ? *gap : 0)
                .arg(highest->value(1).toLongLong())
                .arg(highest->value(2).toLongLong()));
    }
    return {};
}

Result<qint64> AuditLog::rowCount(Database &db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event"));
}

} // namespace so
