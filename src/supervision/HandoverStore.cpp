#include "HandoverStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace so::supervision {

Status HandoverStore::insertRecord(const QString &table, const QStringList &columns, const Stamp &s,
                                   const QVariantList &values)
{
    const QString marks = QStringLiteral(",?").repeated(int(columns.size()));
    return ok(m_db.exec(QStringLiteral("INSERT INTO %1(id, device_id, device_seq, created_at, "
                                       "created_by, %2) VALUES(?,?,?,?,?%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks),
                        s.binds() + values));
}

Status HandoverStore::insertHandover(const Stamp &s, const QString &previousId,
                                     const QList<OpenItem> &items)
{
    QJsonArray list;
    for (const OpenItem &i : items)
        list << i.toJson();
    return insertRecord(QStringLiteral("handover"),
                        {QStringLiteral("previous_id"), QStringLiteral("items")}, s,
                        {previousId.isEmpty() ? QVariant() : QVariant(previousId),
                         QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
}

Status HandoverStore::insertNote(const Stamp &s, const QString &handoverId, const QString &text)
{
    return insertRecord(QStringLiteral("handover_note"),
                        {QStringLiteral("handover_id"), QStringLiteral("text")}, s,
                        {handoverId, text});
}

Status HandoverStore::insertClear(const Stamp &s, const QString &noteId, const QString &handoverId)
{
    return insertRecord(QStringLiteral("handover_note_clear"),
                        {QStringLiteral("note_id"), QStringLiteral("handover_id")}, s,
                        {noteId, handoverId});
}

Status HandoverStore::insertAck(const Stamp &s, const QString &handoverId)
{
    return insertRecord(QStringLiteral("handover_ack"), {QStringLiteral("handover_id")}, s,
                        {handoverId});
}

Result<QList<Handover>> HandoverStore::select(const QString &where, const QVariantList &binds,
                                              int limit, bool withItems)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT h.id, h.created_at, h.created_by, h.previous_id, %1, a.created_by, "
            "a.created_at, "
            "json_array_length(h.items) "
            "FROM handover h LEFT JOIN handover_ack a ON a.id = (SELECT f.id FROM handover_ack f "
            "WHERE f.handover_id = h.id ORDER BY f.created_at, f.id LIMIT 1) ")
                .arg(withItems ? QStringLiteral("h.items") : QStringLiteral("'[]'")) +
            where + QStringLiteral(" ORDER BY h.created_at DESC, h.id DESC LIMIT ?"),
        binds + QVariantList{limit});
    if (!q)
        return Error{q.error()};
    QList<Handover> out;
    while (q->next()) {
        Handover h;
        h.id = q->value(0).toString();
        h.at = q->value(1).toLongLong();
        h.by = q->value(2).toString();
        h.previousId = q->value(3).toString();
        const QJsonArray items = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).array();
        for (const QJsonValue &v : items)
            h.items << OpenItem::fromJson(v.toObject());
        h.ackBy = q->value(5).toString();
        h.ackAt = q->value(6).toLongLong();
        h.itemCount = q->value(7).toInt();
        out << h;
    }
    return out;
}

namespace {
// The latest handover is one no later handover follows (each names the one before it), so a
// tablet whose clock runs fast cannot put its handover after one that followed it. Two made from
// the same one on two tablets offline: the later by time, then id.
const QString kLatest =
    QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM handover n WHERE n.previous_id = h.id)");
} // namespace

Result<std::optional<Handover>> HandoverStore::latest()
{
    auto list = select(kLatest, {}, 1);
    if (!list)
        return Error{list.error()};
    return list->isEmpty() ? std::optional<Handover>() : std::optional<Handover>(list->first());
}

Result<std::optional<Handover>> HandoverStore::latestSummary()
{
    auto list = select(kLatest, {}, 1, false);
    if (!list)
        return Error{list.error()};
    return list->isEmpty() ? std::optional<Handover>() : std::optional<Handover>(list->first());
}

Result<std::optional<Handover>> HandoverStore::byId(const QString &id)
{
    auto list = select(QStringLiteral("WHERE h.id = ?"), {id}, 1);
    if (!list)
        return Error{list.error()};
    return list->isEmpty() ? std::optional<Handover>() : std::optional<Handover>(list->first());
}

Result<QList<Handover>> HandoverStore::recent(int limit, bool withItems)
{
    return select(QString(), {}, limit, withItems);
}

Result<QList<HandoverNote>> HandoverStore::notes(const QString &sql)
{
    auto q = m_db.exec(sql);
    if (!q)
        return Error{q.error()};
    QList<HandoverNote> out;
    while (q->next())
        out << HandoverNote{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toLongLong(), q->value(4).toString()};
    return out;
}

Result<QList<HandoverNote>> HandoverStore::openNotes()
{
    return notes(QStringLiteral(
        "SELECT n.id, n.text, n.created_by, n.created_at, n.handover_id FROM handover_note n "
        "WHERE NOT EXISTS (SELECT 1 FROM handover_note_clear c WHERE c.note_id = n.id) "
        "ORDER BY n.created_at, n.id"));
}

Result<QList<HandoverNote>> HandoverStore::drafts()
{
    return notes(QStringLiteral("SELECT id, text, created_by, created_at, '' FROM "
                                "handover_draft_note ORDER BY created_at, id"));
}

Status HandoverStore::addDraft(const QString &id, qint64 at, const QString &by, const QString &text)
{
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO handover_draft_note(id, created_at, created_by, text) VALUES(?,?,?,?)"),
        {id, at, by, text}));
}

Status HandoverStore::removeDraft(const QString &id)
{
    return ok(m_db.exec(QStringLiteral("DELETE FROM handover_draft_note WHERE id = ?"), {id}));
}

Status HandoverStore::removeAllDrafts()
{
    return ok(m_db.exec(QStringLiteral("DELETE FROM handover_draft_note")));
}

Result<bool> HandoverStore::isAcknowledged(const QString &handoverId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM handover_ack WHERE handover_id = ?"),
                         {handoverId});
    return n ? Result<bool>(*n > 0) : Result<bool>(Error{n.error()});
}

Result<qint64> HandoverStore::lastAcknowledged(qint64 nowUtc)
{
    // A second acknowledgement, made on another tablet at the same time, is kept but starts
    // nothing.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT MAX(a.created_at) FROM handover_ack a WHERE a.created_at <= ? AND a.id = "
            "(SELECT f.id FROM handover_ack f WHERE f.handover_id = a.handover_id "
            "ORDER BY f.created_at, f.id LIMIT 1)"),
        {nowUtc});
    if (!q)
        return Error{q.error()};
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace so::supervision
