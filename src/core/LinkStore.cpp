#include "LinkStore.h"
#include "Database.h"
#include "Stamp.h"

#include <QHash>

namespace so {

Result<QString> LinkStore::add(const QString &actor, const RecordRef &from, const RecordRef &to,
                               const QString &relation)
{
    auto existing =
        m_db.exec(QStringLiteral("SELECT id FROM links WHERE from_kind=? AND from_id=? "
                                 "AND to_kind=? AND to_id=? AND relation=? ORDER BY id LIMIT 1"),
                  {from.kind, from.id, to.kind, to.id, relation});
    if (!existing)
        return Error{existing.error()};
    if (existing->next())
        return existing->value(0).toString();
    auto stamp = makeStamp(m_db, m_ids, m_clock, actor);
    if (!stamp)
        return Error{stamp.error()};
    QVariantList binds = stamp->binds();
    binds << from.kind << from.id << to.kind << to.id << relation;
    auto ins = m_db.exec(QStringLiteral("INSERT INTO links(id, device_id, device_seq, created_at, "
                                        "created_by, from_kind, from_id, to_kind, to_id, relation) "
                                        "VALUES(?,?,?,?,?,?,?,?,?,?)"),
                         binds);
    if (!ins)
        return Error{ins.error()};
    return stamp->id;
}

Result<QList<Link>> LinkStore::linksOf(const RecordRef &record)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, from_kind, from_id, to_kind, to_id, relation, "
                                 "created_at, created_by FROM links "
                                 "WHERE (from_kind=? AND from_id=?) OR (to_kind=? AND to_id=?) "
                                 "ORDER BY created_at, id"),
                  {record.kind, record.id, record.kind, record.id});
    if (!q)
        return Error{q.error()};
    QList<Link> all;
    while (q->next()) {
        all.append(Link{q->value(0).toString(),
                        {q->value(1).toString(), q->value(2).toString()},
                        {q->value(3).toString(), q->value(4).toString()},
                        q->value(5).toString(),
                        q->value(6).toLongLong(),
                        q->value(7).toString()});
    }
    // The same link made on two devices before they met is two records; it is listed once, as
    // the record with the smaller id (the same choice on every device), the other a duplicate.
    QHash<QString, QString> first;
    for (const Link &l : std::as_const(all)) {
        const QString key =
            QStringList{l.from.kind, l.from.id, l.to.kind, l.to.id, l.relation}.join(QChar(0x1f));
        auto it = first.find(key);
        if (it == first.end() || l.id < *it)
            first.insert(key, l.id);
    }
    QList<Link> out;
    for (const Link &l : std::as_const(all))
        if (first.value(QStringList{l.from.kind, l.from.id, l.to.kind, l.to.id, l.relation}.join(
                QChar(0x1f))) == l.id)
            out.append(l);
    return out;
}

} // namespace so
