#include "ConflictStore.h"
#include "Database.h"
#include "RecordKinds.h"
#include "Stamp.h"

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

Status ConflictStore::insertPairDecision(const Stamp &stamp, const ConflictEntry &pair,
                                         const QString &decision, const QString &note)
{
    QVariantList binds = stamp.binds();
    binds << pair.kind << pair.reason << pair.recordId << pair.otherId << decision << note;
    Status s = ok(m_db.exec(
        QStringLiteral("INSERT INTO conflict_decision (id, device_id, device_seq, created_at, "
                       "created_by, kind, reason, first_id, second_id, decision, note) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        binds));
    return s ? applyPairDecisions() : s;
}

Status ConflictStore::applyPairDecisions()
{
    return ok(m_db.exec(QStringLiteral(
        "INSERT OR REPLACE INTO sync_decision (conflict_id, decided_at, decided_by, decision, "
        "note) SELECT c.id, d.created_at, d.created_by, d.decision, d.note FROM sync_conflict c "
        "JOIN conflict_decision d ON d.id = (SELECT x.id FROM conflict_decision x WHERE "
        "x.first_id = c.record_id AND x.second_id = c.other_id AND x.reason = c.reason "
        "ORDER BY x.created_at, x.id LIMIT 1) "
        "WHERE c.other_id <> '' AND NOT EXISTS (SELECT 1 FROM sync_decision o WHERE "
        "o.conflict_id = c.id AND ((o.decided_at = d.created_at AND o.decided_by = d.created_by "
        "AND o.decision = d.decision AND o.note = d.note) "
        // A decision made here before decisions travelled (no record of it) is left as it is.
        "OR NOT EXISTS (SELECT 1 FROM conflict_decision y WHERE y.first_id = c.record_id AND "
        "y.second_id = c.other_id AND y.reason = c.reason AND y.created_at = o.decided_at AND "
        "y.created_by = o.decided_by)))")));
}

void ConflictStore::addRecordKinds(RecordKinds &kinds)
{
    RecordKind decision;
    decision.name = decision.table = QStringLiteral("conflict_decision");
    decision.refold = [](Database &db, const QStringList &) {
        return ConflictStore(db).applyPairDecisions();
    };
    kinds.add(std::move(decision));
}

} // namespace so::sync
