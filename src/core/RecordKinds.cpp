#include "RecordKinds.h"
#include "Database.h"

namespace so {

void RecordKinds::add(RecordKind kind)
{
    for (RecordKind &k : m_kinds) {
        if (k.name == kind.name) {
            k = std::move(kind);
            return;
        }
    }
    m_kinds.append(std::move(kind));
}

const RecordKind *RecordKinds::find(const QString &name) const
{
    const int i = rank(name);
    return i < 0 ? nullptr : &m_kinds.at(i);
}

int RecordKinds::rank(const QString &name) const
{
    for (int i = 0; i < m_kinds.size(); ++i)
        if (m_kinds.at(i).name == name)
            return i;
    return -1;
}

Status noteRuleConflicts(Database &db, qint64 now, const QString &kind, const QString &reason,
                         const QString &pairs, const QVariantList &binds)
{
    // The rule's name is the pair's key beside its ids: one pair may break two rules.
    QVariantList all{now, kind, reason, reason};
    all << binds;
    return ok(db.exec(
        QStringLiteral(
            "INSERT OR IGNORE INTO sync_conflict (found_at, kind, record_id, reason, held_sha256, "
            "arrived_sha256, arrived_json, source, other_id) "
            "SELECT DISTINCT ?, ?, min(p.a, p.b), ?, '', ?, '', '', max(p.a, p.b) FROM (%1) p")
            .arg(pairs),
        all));
}

Status RecordKinds::verify(Database &db) const
{
    for (const RecordKind &k : m_kinds)
        if (k.verify)
            if (Status s = k.verify(db); !s)
                return s;
    return {};
}

Status RecordKinds::refoldAll(Database &db) const
{
    for (const RecordKind &k : m_kinds) {
        if (!k.refold)
            continue;
        auto ids = db.column(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(k.table));
        if (!ids)
            return fail(ids.error());
        if (Status s = k.refold(db, *ids); !s)
            return s;
    }
    return {};
}

Status RecordKinds::refoldIfAsked(Database &db) const
{
    auto asked = db.scalar(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'refold'"));
    if (!asked)
        return fail(asked.error());
    if (*asked == 0)
        return {};
    Transaction tx(db);
    Status s = tx.started() ? refoldAll(db) : Status(fail(tx.error()));
    if (s)
        s = ok(db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'refold'")));
    if (s)
        s = tx.commit();
    return s ? Status()
             : Status(fail(
                   QStringLiteral("the kept states could not be folded again: %1").arg(s.error())));
}

} // namespace so
