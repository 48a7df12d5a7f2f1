#include "IncidentStore.h"
#include "IncidentFold.h"
#include "IncidentSearchIndex.h"
#include "RecordKinds.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace so::incidents {

void IncidentStore::addRecordKinds(RecordKinds &kinds)
{
    // Incidents and their timelines travel to the station's other devices. When they arrive,
    // each touched incident's state is folded again from its timeline and its search document
    // written once. An incident's entries arrive with it (they cannot arrive before it), so the
    // incident kind handles only incidents that came with no entry at all.
    // Two moves made at the same time on two tablets are listed on the device page, once.
    const auto refold = [](Database &db, const QStringList &incidents) {
        QList<std::pair<QString, QString>> clashes;
        Status s = IncidentFold::rebuild(db, incidents, &clashes);
        if (s && !clashes.isEmpty()) {
            QJsonArray pairs;
            for (const auto &[counted, lost] : std::as_const(clashes))
                pairs << QJsonArray{counted, lost};
            s = noteRuleConflicts(
                db, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("incident_event"),
                QStringLiteral("same_parent"),
                QStringLiteral("SELECT p.value ->> 0 AS a, p.value ->> 1 AS b FROM json_each(?) p"),
                {QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact))});
        }
        return s ? IncidentSearchIndex::rebuild(db, incidents) : s;
    };
    RecordKind incident;
    incident.name = incident.table = QStringLiteral("incident");
    incident.personal = {QStringLiteral("passenger_name"), QStringLiteral("passenger_contact")};
    incident.refold = [refold](Database &db, const QStringList &ids) {
        auto alone = db.column(
            QStringLiteral("SELECT p.value FROM json_each(?) p WHERE NOT EXISTS "
                           "(SELECT 1 FROM incident_event e WHERE e.incident_id = p.value)"),
            {QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
        return alone ? refold(db, *alone) : Status(fail(alone.error()));
    };
    incident.verify = &IncidentFold::verify;
    incident.caches = {QStringLiteral("incident_current")};
    kinds.add(std::move(incident));
    RecordKind event;
    event.name = event.table = QStringLiteral("incident_event");
    event.refold = [refold](Database &db, const QStringList &ids) {
        auto incidents = IncidentFold::incidentsOfEvents(db, ids);
        return incidents ? refold(db, *incidents) : Status(fail(incidents.error()));
    };
    kinds.add(std::move(event));
}

namespace {

const QString kColumns = QStringLiteral(
    "i.id, i.occurred_at, i.created_at, i.created_by, i.location, i.category, i.subtype, "
    "i.channel, i.passenger_name, "
    "i.passenger_contact, i.description, i.staff_involved, i.immediate_actions, i.priority, "
    "c.state, c.valid, c.at_fault, "
    "c.resolved_at, i.rowid FROM incident i JOIN incident_current c ON c.incident_id = i.id");

Incident fromRow(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.occurredAt = q.value(1).toLongLong();
    i.createdAt = q.value(2).toLongLong();
    i.createdBy = q.value(3).toString();
    i.location = q.value(4).toString();
    i.category = q.value(5).toString();
    i.subtype = q.value(6).toString();
    i.channel = q.value(7).toString();
    i.passengerName = q.value(8).toString();
    i.passengerContact = q.value(9).toString();
    i.description = q.value(10).toString();
    i.staffInvolved = q.value(11).toString();
    i.immediateActions = q.value(12).toString();
    i.priority = q.value(13).toInt();
    i.state = q.value(14).toString();
    i.valid = q.value(15).toBool();
    i.atFault = q.value(16).toBool();
    i.resolvedAt = q.value(17).toLongLong();
    i.logSeq = q.value(18).toLongLong();
    return i;
}

} // namespace

Status IncidentStore::insertIncident(const Stamp &s, const NewIncident &n, qint64 occurredAt,
                                     int priority)
{
    QVariantList b = s.binds();
    b << occurredAt << n.location << n.category << n.subtype << n.channel
      << n.passengerName.trimmed() << n.passengerContact.trimmed() << n.description.trimmed()
      << n.staffInvolved.trimmed() << n.immediateActions.trimmed() << n.impact << n.urgency
      << priority;
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO incident(id, device_id, device_seq, created_at, created_by, occurred_at, "
            "location, category, subtype, channel, passenger_name, passenger_contact, "
            "description, staff_involved, immediate_actions, impact, urgency, priority) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status IncidentStore::insertEvent(const Stamp &s, const EventRow &r)
{
    QVariantList e = s.binds();
    e << r.incidentId << r.kind << r.fromState << r.toState << r.text << r.detailsJson
      << (r.parentEventId.isEmpty() ? QVariant() : QVariant(r.parentEventId));
    return ok(m_db.exec(QStringLiteral("INSERT INTO incident_event(id, device_id, device_seq, "
                                       "created_at, created_by, incident_id, "
                                       "kind, from_state, to_state, text, details, "
                                       "parent_event_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                        e));
}

Result<QString> IncidentStore::head(const QString &incidentId)
{
    auto fold = IncidentFold::load(m_db, incidentId);
    if (!fold)
        return Error{fold.error()};
    return fold->head;
}

Status IncidentStore::refold(const QString &incidentId)
{
    return IncidentFold::rebuild(m_db, {incidentId});
}

Result<QList<Incident>> IncidentStore::select(const QString &tail, const QVariantList &binds)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + tail, binds);
    if (!q)
        return Error{q.error()};
    QList<Incident> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<std::optional<Incident>> IncidentStore::byId(const QString &id)
{
    auto one = select(QStringLiteral(" WHERE i.id=?"), {id});
    if (!one)
        return Error{one.error()};
    return one->isEmpty() ? std::optional<Incident>() : std::optional<Incident>(one->first());
}

Result<QList<Incident>> IncidentStore::list(const IncidentFilter &f, int limit)
{
    QVariantList binds;
    // (occurred_at, rowid) is the order of the incident_time index: no sort, stops at the limit.
    const QString tail = whereClause(f, binds, Where::List) +
                         QStringLiteral(" ORDER BY i.occurred_at DESC, i.rowid DESC LIMIT ?");
    binds << limit;
    return select(tail, binds);
}

Result<QList<Incident>> IncidentStore::withRowids(const IncidentFilter &f,
                                                  const QVariantList &rowids)
{
    QVariantList binds;
    QString marks = QStringLiteral("?,").repeated(rowids.size());
    marks.chop(1);
    const QString tail = whereClause(f, binds, Where::Search) +
                         QStringLiteral(" AND i.rowid IN (") + marks +
                         QStringLiteral(") ORDER BY i.rowid DESC");
    return select(tail, binds + rowids);
}

Result<QList<Incident>> IncidentStore::queued(const IncidentFilter &f)
{
    QVariantList binds;
    const QString tail =
        whereClause(f, binds, Where::Counts) +
        QStringLiteral(" AND c.state IN ('new', 'resolution_proposed', 'resolved')");
    return select(tail, binds);
}

Result<int> IncidentStore::countOccurredBetween(qint64 fromUtc, qint64 toUtc)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM incident WHERE occurred_at >= ? AND occurred_at < ?"),
        {fromUtc, toUtc});
    return n ? Result<int>(int(*n)) : Result<int>(Error{n.error()});
}

Status IncidentStore::readTimelines(QList<Incident> &list)
{
    QHash<QString, qsizetype> at;
    for (qsizetype k = 0; k < list.size(); ++k)
        at.insert(list[k].id, k);
    // In slices, to stay under SQLite's limit on bound values.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < list.size(); from += kSlice) {
        QVariantList ids;
        for (qsizetype k = from; k < qMin(list.size(), from + kSlice); ++k)
            ids << list[k].id;
        QString marks = QStringLiteral("?,").repeated(ids.size());
        marks.chop(1);
        // In the entries' own order (time, then id), whichever device made them and whenever
        // they arrived.
        auto ev = m_db.exec(
            QStringLiteral(
                "SELECT incident_id, kind, from_state, to_state, text, created_by, created_at, "
                "details, id, coalesce(parent_event_id, '') FROM incident_event WHERE incident_id "
                "IN (") +
                marks + QStringLiteral(") ORDER BY created_at, id"),
            ids);
        if (!ev)
            return fail(ev.error());
        QHash<QString, QList<FoldEvent>> folds;
        while (ev->next()) {
            const QString incident = ev->value(0).toString();
            list[at.value(incident)].timeline << TimelineEntry{
                ev->value(1).toString(), ev->value(2).toString(), ev->value(3).toString(),
                ev->value(4).toString(), ev->value(5).toString(), ev->value(6).toLongLong(),
                ev->value(7).toString()};
            folds[incident] << FoldEvent{ev->value(8).toString(),  ev->value(9).toString(),
                                         ev->value(1).toString(),  ev->value(2).toString(),
                                         ev->value(3).toString(),  ev->value(7).toString(),
                                         ev->value(6).toLongLong()};
        }
        // Mark the moves that did not count; there are none unless two devices moved one
        // incident at the same time.
        for (auto it = folds.cbegin(); it != folds.cend(); ++it) {
            const Fold f = IncidentFold::of(*it, 0);
            if (f.notApplied.isEmpty())
                continue;
            QList<TimelineEntry> &timeline = list[at.value(it.key())].timeline;
            for (qsizetype k = 0; k < it->size(); ++k)
                timeline[timeline.size() - it->size() + k].applied =
                    !f.notApplied.contains(it->at(k).id);
        }
    }
    return {};
}

QString IncidentStore::whereClause(const IncidentFilter &f, QVariantList &binds, Where what)
{
    QString sql = QStringLiteral(" WHERE 1=1");
    if (!f.category.isEmpty()) {
        sql += QStringLiteral(" AND i.category=?");
        binds << f.category;
    }
    if (!f.staff.isEmpty()) {
        sql += QStringLiteral(" AND (i.created_by=? OR i.staff_involved LIKE ?)");
        binds << f.staff << QLatin1Char('%') + f.staff + QLatin1Char('%');
    }
    if (f.fromUtc > 0) {
        sql += QStringLiteral(" AND i.occurred_at >= ?");
        binds << f.fromUtc;
    }
    if (f.toUtc > 0) {
        sql += QStringLiteral(" AND i.occurred_at < ?");
        binds << f.toUtc;
    }
    if (what != Where::Counts && !f.state.isEmpty()) {
        sql += QStringLiteral(" AND c.state=?");
        binds << f.state;
    }
    if (what == Where::List && f.beforeOccurredAt > 0) {
        sql += QStringLiteral(" AND (i.occurred_at < ? OR (i.occurred_at = ? AND i.rowid < ?))");
        binds << f.beforeOccurredAt << f.beforeOccurredAt << f.beforeLogSeq;
    }
    return sql;
}

} // namespace so::incidents
