#include "FollowUpFold.h"
#include "Database.h"
#include "Timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace so::checklists::FollowUpFold {

namespace {

// Each follow-up with its entries, one row per entry (or one row with no entry), by follow-up;
// %1 narrows the follow-ups ("" for all of them).
const char kTimelines[] =
    "SELECT f.id, f.created_at, e.id, coalesce(e.parent_event_id, ''), e.kind, e.created_at "
    "FROM follow_up f LEFT JOIN follow_up_event e ON e.follow_up_id = f.id %1 ORDER BY f.id";

QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// Calls `each(id, state)` for every follow-up the query lists, folded.
template <typename Each> Status forEachFold(QSqlQuery &q, Each each)
{
    QString current;
    qint64 createdAt = 0;
    QList<Entry> entries;
    const auto flush = [&]() -> Status {
        return current.isEmpty() ? Status() : each(current, of(entries, createdAt));
    };
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id != current) {
            if (Status s = flush(); !s)
                return s;
            current = id;
            createdAt = q.value(1).toLongLong();
            entries.clear();
        }
        if (!q.value(2).isNull())
            entries.append({q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                            q.value(5).toLongLong()});
    }
    return flush();
}

} // namespace

State of(const QList<Entry> &entries, qint64 followUpCreatedAt)
{
    QList<Timeline::Entry> tree;
    tree.reserve(entries.size());
    for (const Entry &e : entries)
        tree.append({e.id, e.parent, e.kind != QLatin1String("note")});
    State st;
    st.changedAt = followUpCreatedAt;
    const Timeline::Walk w = Timeline::walk(tree, [&](qsizetype i) {
        const Entry &e = entries[i];
        const bool closed = st.status == QLatin1String("closed");
        if (e.kind == QLatin1String("closed") ? closed : !closed)
            return false;
        st.status = e.kind;
        st.changedAt = e.createdAt;
        return true;
    });
    if (w.head >= 0)
        st.head = entries[w.head].id;
    return st;
}

Status rebuild(Database &db, const QStringList &followUpIds)
{
    QSqlQuery upsert(db.connection());
    if (!upsert.prepare(
            QStringLiteral("INSERT INTO follow_up_current (follow_up_id, status, changed_at, "
                           "head_id) VALUES (?,?,?,?) "
                           "ON CONFLICT (follow_up_id) DO UPDATE SET status = excluded.status, "
                           "changed_at = excluded.changed_at, head_id = excluded.head_id")))
        return fail(upsert.lastError().text());
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < followUpIds.size(); from += kSlice) {
        auto q = db.exec(QString::fromLatin1(kTimelines)
                             .arg(QStringLiteral("WHERE f.id IN (SELECT value FROM json_each(?))")),
                         {jsonList(followUpIds.mid(from, kSlice))});
        if (!q)
            return fail(q.error());
        Status s = forEachFold(q.value(), [&upsert](const QString &id, const State &st) -> Status {
            const QVariantList values{id, st.status, st.changedAt, st.head};
            for (int i = 0; i < values.size(); ++i)
                upsert.bindValue(i, values.at(i));
            return upsert.exec() ? Status() : Status(fail(upsert.lastError().text()));
        });
        if (!s)
            return s;
    }
    return {};
}

Result<QStringList> followUpsOfEntries(Database &db, const QStringList &entryIds)
{
    return db.column(QStringLiteral("SELECT DISTINCT e.follow_up_id FROM json_each(?) p JOIN "
                                    "follow_up_event e ON e.id = p.value"),
                     {jsonList(entryIds)});
}

Status verify(Database &db)
{
    QHash<QString, State> kept;
    auto c = db.exec(
        QStringLiteral("SELECT follow_up_id, status, changed_at, head_id FROM follow_up_current"));
    if (!c)
        return fail(QStringLiteral("follow_up_current cannot be checked: %1").arg(c.error()));
    while (c->next())
        kept.insert(c->value(0).toString(), State{c->value(1).toString(), c->value(2).toLongLong(),
                                                  c->value(3).toString()});
    c->finish();
    auto q = db.exec(QString::fromLatin1(kTimelines).arg(QString()));
    if (!q)
        return fail(QStringLiteral("follow_up_current cannot be checked: %1").arg(q.error()));
    return forEachFold(q.value(), [&kept](const QString &id, const State &folded) -> Status {
        // A follow-up with no entry yet is open and has no kept row.
        const auto it = kept.constFind(id);
        const State held = it == kept.constEnd() ? State{} : *it;
        if (it == kept.constEnd() && folded.head.isEmpty())
            return {};
        if (!(held == folded))
            return fail(
                QStringLiteral(
                    "follow-up %1: the kept status ('%2') is not what its timeline says ('%3')")
                    .arg(id, it == kept.constEnd() ? QStringLiteral("none") : held.status,
                         folded.status));
        return {};
    });
}

} // namespace so::checklists::FollowUpFold
