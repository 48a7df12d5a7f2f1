#include "ConflictStore.h"
#include "Database.h"

#include <QSqlQuery>

namespace so::sync {

Result<QList<HeldFrom>> ConflictStore::heldFrom(const QString &table)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT device_id, COUNT(*), MAX(created_at) FROM %1 GROUP BY device_id")
            .arg(table));
    if (!q)
        return Error{q.error()};
    QList<HeldFrom> out;
    while (q->next())
        out << HeldFrom{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    return out;
}

Result<std::optional<ImportRow>> ConflictStore::lastImport()
{
    auto q = m_db.exec(QStringLiteral("SELECT at, source, records, inserted, conflicts FROM "
                                      "sync_import ORDER BY id DESC LIMIT 1"));
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<ImportRow>();
    return std::optional<ImportRow>(ImportRow{q->value(0).toLongLong(), q->value(1).toString(),
                                              q->value(2).toInt(), q->value(3).toInt(),
                                              q->value(4).toInt()});
}

Result<QList<ConflictEntry>> ConflictStore::select(const QString &where, const QVariantList &binds)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT c.id, c.kind, c.record_id, coalesce(c.other_id, ''), c.reason, "
                       "c.found_at, c.source, "
                       "c.arrived_json, coalesce(d.decision, ''), coalesce(d.decided_by, ''), "
                       "coalesce(d.note, '') "
                       "FROM sync_conflict c LEFT JOIN sync_decision d ON d.conflict_id = c.id ") +
            where,
        binds);
    if (!q)
        return Error{q.error()};
    QList<ConflictEntry> out;
    while (q->next())
        out << ConflictEntry{
            q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString(),   q->value(4).toString(), q->value(5).toLongLong(),
            q->value(6).toString(),   q->value(7).toString(), q->value(8).toString(),
            q->value(9).toString(),   q->value(10).toString()};
    return out;
}

Result<QList<ConflictEntry>> ConflictStore::conflicts()
{
    return select(QStringLiteral("ORDER BY c.found_at DESC, c.id DESC"), {});
}

Result<std::optional<ConflictEntry>> ConflictStore::conflict(qint64 id)
{
    auto one = select(QStringLiteral("WHERE c.id = ?"), {id});
    if (!one)
        return Error{one.error()};
    return one->isEmpty() ? std::optional<ConflictEntry>()
                          : std::optional<ConflictEntry>(one->first());
}

Result<bool> ConflictStore::isOpen(qint64 id)
{
    auto open = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM sync_conflict c WHERE c.id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM sync_decision d WHERE d.conflict_id = c.id)"),
        {id});
    return open ? Result<bool>(*open > 0) : Result<bool>(Error{open.error()});
}

Status ConflictStore::insertDecision(qint64 id, qint64 at, const QString &by,
                                     const QString &decision, const QString &note)
{
    return ok(m_db.exec(QStringLiteral("INSERT INTO sync_decision (conflict_id, decided_at, "
                                       "decided_by, decision, note) VALUES (?,?,?,?,?)"),
                        {id, at, by, decision, note}));
}

} // namespace so::sync
