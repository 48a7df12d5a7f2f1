#include "InspectionStore.h"
#include "Database.h"

#include <QSqlQuery>

namespace so::checklists {

namespace {

FollowUp followUpFrom(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toString();
    f.assetKind = q.value(1).toString();
    f.assetId = q.value(2).toString();
    f.assetLabel = q.value(3).toString();
    f.problem = q.value(4).toString();
    f.priority = q.value(5).toInt();
    f.dueAt = q.value(6).toLongLong();
    f.createdAt = q.value(7).toLongLong();
    f.createdBy = q.value(8).toString();
    f.sourceKind = q.value(9).toString();
    f.sourceId = q.value(10).toString();
    f.status = q.value(11).toString();
    return f;
}

// Answers of a draft or of an inspection: the two tables have the same answer columns.
Result<Answers> readAnswers(Database &db, const QString &table, const QString &keyColumn,
                            const QString &id)
{
    auto a = db.exec(
        QStringLiteral("SELECT section_id, asset, item_id, value, note, photo_sha256, answered_by, "
                       "answered_at FROM %1 WHERE %2=?")
            .arg(table, keyColumn),
        {id});
    if (!a)
        return Error{a.error()};
    Answers out;
    while (a->next())
        out.insert(
            AnswerKey{a->value(0).toString(), a->value(1).toString(), a->value(2).toString()},
            Answer{a->value(3).toString(), a->value(4).toString(), a->value(5).toString(),
                   a->value(6).toString(), a->value(7).toLongLong()});
    return out;
}

const char *kFollowUpColumns =
    "id, asset_kind, asset_id, asset_label, problem, priority, due_at, created_at, "
    "created_by, source_kind, source_id, status";

} // namespace

Status InspectionStore::createDraft(const Draft &d)
{
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO inspection_draft(id, template_id, template_version, target_kind, "
            "target_id, started_by, started_at, updated_at, revision_of, linked_alarm) "
            "VALUES(?,?,?,?,?,?,?,?,?,?)"),
        {d.id, d.templateId, d.templateVersion, d.targetKind, d.targetId, d.startedBy, d.startedAt,
         d.updatedAt, d.revisionOf.isEmpty() ? QVariant() : QVariant(d.revisionOf),
         d.linkedAlarm.isEmpty() ? QVariant() : QVariant(d.linkedAlarm)}));
}

Result<std::optional<Draft>> InspectionStore::draft(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT id, template_id, template_version, target_kind, target_id, started_by, "
            "started_at, updated_at, revision_of, linked_alarm FROM inspection_draft WHERE id=?"),
        {id});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Draft>();
    Draft d{q->value(0).toString(),
            q->value(1).toString(),
            q->value(2).toInt(),
            q->value(3).toString(),
            q->value(4).toString(),
            q->value(5).toString(),
            q->value(6).toLongLong(),
            q->value(7).toLongLong(),
            q->value(8).toString(),
            q->value(9).toString(),
            {}};
    q->finish();
    auto answers = readAnswers(m_db, QStringLiteral("inspection_draft_answer"),
                               QStringLiteral("draft_id"), id);
    if (!answers)
        return Error{answers.error()};
    d.answers = answers.take();
    return std::optional<Draft>(d);
}

Result<QList<Draft>> InspectionStore::drafts()
{
    return loadEach<Draft>(
        m_db, QStringLiteral("SELECT id FROM inspection_draft ORDER BY updated_at DESC"), {},
        [this](const QString &id) { return draft(id); });
}

Status InspectionStore::saveAnswer(const QString &draftId, const AnswerKey &k, const Answer &a,
                                   qint64 now)
{
    Transaction tx(m_db);
    if (!tx.started())
        return fail(tx.error());
    Status s = ok(
        m_db.exec(QStringLiteral(
                      "INSERT OR REPLACE INTO inspection_draft_answer(draft_id, section_id, asset, "
                      "item_id, value, note, photo_sha256, answered_by, answered_at) "
                      "VALUES(?,?,?,?,?,?,?,?,?)"),
                  {draftId, k.section, k.asset, k.item, a.value, a.note, a.photoSha256,
                   a.answeredBy, a.answeredAt}));
    if (s)
        s = ok(m_db.exec(QStringLiteral("UPDATE inspection_draft SET updated_at=? WHERE id=?"),
                         {now, draftId}));
    if (s)
        s = tx.commit();
    return s;
}

Status InspectionStore::deleteDraft(const QString &id)
{
    return ok(m_db.exec(QStringLiteral("DELETE FROM inspection_draft WHERE id=?"), {id}));
}

Status InspectionStore::insertInspection(const NewInspection &n)
{
    const Draft &d = n.draft;
    QVariantList binds = n.stamp.binds();
    binds << d.templateId << d.templateVersion << n.templateJson << d.targetKind << d.targetId
          << d.startedAt << (d.revisionOf.isEmpty() ? QVariant() : QVariant(d.revisionOf))
          << (d.linkedAlarm.isEmpty() ? QVariant() : QVariant(d.linkedAlarm)) << n.passed
          << n.failed << n.notApplicable << int(d.answers.size()) << n.signaturePng
          << n.signatureSha256;
    Status s = ok(m_db.exec(
        QStringLiteral("INSERT INTO inspection(id, device_id, device_seq, created_at, created_by, "
                       "template_id, template_version, template_json, target_kind, target_id, "
                       "started_at, revision_of, linked_alarm, passed, failed, not_applicable, "
                       "answer_count, signature_png, signature_sha256) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        binds));
    for (auto it = d.answers.cbegin(); s && it != d.answers.cend(); ++it) {
        s = ok(m_db.exec(
            QStringLiteral(
                "INSERT INTO inspection_answer(inspection_id, section_id, asset, item_id, value, "
                "note, photo_sha256, answered_by, answered_at) VALUES(?,?,?,?,?,?,?,?,?)"),
            {n.stamp.id, it.key().section, it.key().asset, it.key().item, it->value, it->note,
             it->photoSha256, it->answeredBy, it->answeredAt}));
    }
    return s;
}

Result<std::optional<InspectionRecord>> InspectionStore::inspection(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT i.id, i.template_id, i.template_version, i.target_kind, i.target_id, "
            "i.created_by, i.started_at, i.created_at, i.revision_of, i.passed, i.failed, "
            "i.not_applicable, r.decision, r.comment FROM inspection i LEFT JOIN "
            "(SELECT inspection_id, decision, comment FROM inspection_review WHERE inspection_id=? "
            "ORDER BY created_at DESC, id DESC LIMIT 1) r ON r.inspection_id = i.id "
            "WHERE i.id=?"),
        {id, id});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<InspectionRecord>();
    return std::optional<InspectionRecord>(InspectionRecord{
        q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString(),
        q->value(4).toString(), q->value(5).toString(), q->value(6).toLongLong(),
        q->value(7).toLongLong(), q->value(8).toString(), q->value(9).toInt(), q->value(10).toInt(),
        q->value(11).toInt(), q->value(12).toString(), q->value(13).toString()});
}

Result<QList<InspectionRecord>> InspectionStore::inspections(qint64 fromUtc, qint64 toUtc,
                                                             int limit)
{
    return loadEach<InspectionRecord>(
        m_db,
        QStringLiteral("SELECT id FROM inspection WHERE created_at >= ? AND created_at < ? "
                       "ORDER BY created_at DESC LIMIT ?"),
        {fromUtc, toUtc, limit}, [this](const QString &id) { return inspection(id); });
}

Result<Answers> InspectionStore::answers(const QString &inspectionId)
{
    return readAnswers(m_db, QStringLiteral("inspection_answer"), QStringLiteral("inspection_id"),
                       inspectionId);
}

Result<QString> InspectionStore::templateJson(const QString &inspectionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT template_json FROM inspection WHERE id=?"),
                       {inspectionId});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return fail(QStringLiteral("no inspection %1").arg(inspectionId));
    return q->value(0).toString();
}

Result<QByteArray> InspectionStore::signaturePng(const QString &inspectionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT signature_png FROM inspection WHERE id=?"),
                       {inspectionId});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return fail(QStringLiteral("no inspection %1").arg(inspectionId));
    return q->value(0).toByteArray();
}

Result<qint64> InspectionStore::lastFinished(const QString &templateId, const QString &targetKind,
                                             const QString &targetId)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT MAX(created_at) FROM inspection WHERE template_id=? AND target_kind=? "
            "AND target_id=?"),
        {templateId, targetKind, targetId});
    if (!q)
        return Error{q.error()};
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<qint64>> InspectionStore::finishedTimes(const QString &templateId,
                                                     const QString &targetKind,
                                                     const QString &targetId, qint64 fromUtc,
                                                     qint64 toUtc)
{
    auto q =
        m_db.exec(QStringLiteral(
                      "SELECT created_at FROM inspection WHERE template_id=? AND target_kind=? AND "
                      "target_id=? AND created_at >= ? AND created_at < ? ORDER BY created_at"),
                  {templateId, targetKind, targetId, fromUtc, toUtc});
    if (!q)
        return Error{q.error()};
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QHash<QString, DoorResult>> InspectionStore::latestDoorResults(const QString &sideId)
{
    // A door's result is "fail" if any item failed in the newest inspection that covered it,
    // else pass or n/a. The side's newest inspections are read newest first, until every door
    // they cover has its result (at most the last 50: a door unpatrolled that long shows none).
    auto list = m_db.exec(QStringLiteral("SELECT id, created_at FROM inspection WHERE "
                                         "target_kind='platform-side' AND target_id=? "
                                         "ORDER BY created_at DESC LIMIT 50"),
                          {sideId});
    if (!list)
        return Error{list.error()};
    QList<std::pair<QString, qint64>> newest;
    while (list->next())
        newest << std::make_pair(list->value(0).toString(), list->value(1).toLongLong());
    list->finish();
    QHash<QString, DoorResult> out;
    for (const auto &[id, at] : newest) {
        auto q = m_db.exec(
            QStringLiteral(
                "SELECT asset, MAX(CASE value WHEN 'fail' THEN 2 WHEN 'pass' THEN 1 ELSE 0 END) "
                "FROM inspection_answer WHERE inspection_id=? AND asset <> '' GROUP BY asset"),
            {id});
        if (!q)
            return Error{q.error()};
        while (q->next()) {
            const QString door = q->value(0).toString();
            if (out.contains(door))
                continue;
            const int worst = q->value(1).toInt();
            out.insert(door, DoorResult{worst == 2   ? QStringLiteral("fail")
                                        : worst == 1 ? QStringLiteral("pass")
                                                     : QStringLiteral("na"),
                                        at});
        }
    }
    return out;
}

Status InspectionStore::insertReview(const Stamp &s, const QString &inspectionId,
                                     const QString &decision, const QString &comment)
{
    QVariantList b = s.binds();
    b << inspectionId << decision << comment;
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO inspection_review(id, device_id, device_seq, created_at, created_by, "
            "inspection_id, decision, comment) VALUES(?,?,?,?,?,?,?,?)"),
        b));
}

Status InspectionStore::insertFollowUp(const Stamp &s, const FollowUp &f, const QString &itemId)
{
    QVariantList b = s.binds();
    b << f.assetKind << f.assetId << f.assetLabel << f.problem << f.priority << f.dueAt
      << f.sourceKind << f.sourceId << itemId;
    return ok(m_db.exec(
        QStringLiteral("INSERT INTO follow_up(id, device_id, device_seq, created_at, created_by, "
                       "asset_kind, asset_id, asset_label, problem, priority, due_at, source_kind, "
                       "source_id, item_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status InspectionStore::insertFollowUpEvent(const Stamp &s, const QString &followUpId,
                                            const QString &kind, const QString &note,
                                            const QString &parentEventId)
{
    QVariantList b = s.binds();
    b << followUpId << kind << note
      << (parentEventId.isEmpty() ? QVariant() : QVariant(parentEventId));
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO follow_up_event(id, device_id, device_seq, created_at, created_by, "
            "follow_up_id, kind, note, parent_event_id) VALUES(?,?,?,?,?,?,?,?,?)"),
        b));
}

Result<QString> InspectionStore::followUpHead(const QString &followUpId)
{
    auto q = m_db.exec(QStringLiteral("SELECT head_id FROM follow_up_current WHERE follow_up_id=?"),
                       {followUpId});
    if (!q)
        return Error{q.error()};
    return q->next() ? q->value(0).toString() : QString();
}

Result<QList<FollowUp>> InspectionStore::openFollowUps(const QString &assetPrefix)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM follow_up_status WHERE status <> 'closed' "
                                 "AND (? = '' OR asset_id LIKE ? || '%') ORDER BY priority, due_at")
                      .arg(QLatin1String(kFollowUpColumns)),
                  {assetPrefix, assetPrefix});
    if (!q)
        return Error{q.error()};
    QList<FollowUp> out;
    while (q->next())
        out << followUpFrom(*q);
    return out;
}

Result<std::optional<FollowUp>> InspectionStore::followUp(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM follow_up_status WHERE id=?")
                           .arg(QLatin1String(kFollowUpColumns)),
                       {id});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<FollowUp>();
    return std::optional<FollowUp>(followUpFrom(*q));
}

Status InspectionStore::setRevisionOf(const QString &draftId, const QString &inspectionId)
{
    return ok(m_db.exec(QStringLiteral("UPDATE inspection_draft SET revision_of=? WHERE id=?"),
                        {inspectionId, draftId}));
}

Result<int> InspectionStore::countBetween(qint64 fromUtc, qint64 toUtc)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM inspection WHERE created_at >= ? AND created_at < ?"),
        {fromUtc, toUtc});
    return n ? Result<int>(int(*n)) : Result<int>(Error{n.error()});
}

} // namespace so::checklists
