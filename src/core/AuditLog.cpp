#include "AuditLog.h"
#include "Database.h"
#include "LogCategories.h"
#include "Stamp.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace so {

namespace {

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The hash covers every column but itself, separated by a unit separator so fields cannot slide.
QString chainHash(qint64 seq, const QString &prev, const QVariantList &fields)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(seq));
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(prev.toUtf8());
    for (const QVariant &f : fields) {
        h.addData(QByteArrayView("\x1f", 1));
        h.addData(f.isNull() ? QByteArrayView("\x00", 1) : QByteArrayView(f.toString().toUtf8()));
    }
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
    auto last = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return Error{last.error()};
    qint64 seq = 1;
    QString prev = genesisHash();
    if (last->next()) {
        seq = last->value(0).toLongLong() + 1;
        prev = last->value(1).toString();
    }
    last->finish();
    const QString b = jsonText(before);
    const QString a = jsonText(after);
    QVariantList fields = stamp->binds();
    fields << action << entityKind << entityId << (b.isEmpty() ? QVariant() : QVariant(b))
           << (a.isEmpty() ? QVariant() : QVariant(a));
    const QString hash = chainHash(seq, prev, fields);
    QVariantList binds{seq};
    binds << fields << prev << hash;
    auto ins = m_db.exec(QStringLiteral("INSERT INTO audit_event(seq, id, device_id, device_seq, "
                                        "created_at, created_by, action, entity_kind, entity_id, "
                                        "before_json, after_json, prev_hash, hash) "
                                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                         binds);
    if (!ins)
        return fail(QStringLiteral("audit: %1").arg(ins.error()));
    qCDebug(lcAudit) << action << entityKind << entityId << "by" << actor;
    return {};
}

Status AuditLog::verify(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT seq, id, device_id, device_seq, created_at, created_by, "
                                    "action, entity_kind, entity_id, before_json, after_json, "
                                    "prev_hash, hash FROM audit_event ORDER BY seq"));
    if (!q)
        return fail(QStringLiteral("audit_event cannot be read: %1").arg(q.error()));
    QString prev = genesisHash();
    qint64 expectSeq = 1;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        const QString id = q->value(1).toString();
        const QString where = QStringLiteral("audit_event seq %1 (id %2)").arg(seq).arg(id);
        if (seq != expectSeq)
            return fail(QStringLiteral("%1: expected seq %2; a row before it was deleted")
                            .arg(where)
                            .arg(expectSeq));
        if (q->value(11).toString() != prev)
            return fail(QStringLiteral("%1: does not follow the row before it (a row was deleted, "
                                       "inserted or altered before it)")
                            .arg(where));
        QVariantList fields;
        for (int i = 1; i <= 10; ++i)
            fields << q->value(i);
        const QString hash = chainHash(seq, prev, fields);
        if (hash != q->value(12).toString())
            return fail(QStringLiteral("%1: its contents do not match its hash (the row was altered)")
                            .arg(where));
        prev = hash;
        ++expectSeq;
    }
    q->finish();
    // Rows cut off the end leave no gap in the chain, but AUTOINCREMENT remembers the highest seq.
    auto highest = db.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name='audit_event'"));
    if (highest && highest->next() && highest->value(0).toLongLong() != expectSeq - 1)
        return fail(QStringLiteral("audit_event seq %1 to %2: deleted from the end of the chain")
                        .arg(expectSeq)
                        .arg(highest->value(0).toLongLong()));
    return {};
}

} // namespace so
