#include "IncidentFold.h"
#include "Database.h"
#include "Timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace so::incidents::IncidentFold {

namespace {

// The columns a FoldEvent is read from, of the timeline table or its alias `t`.
QString eventColumns(const QString &t)
{
    return QStringLiteral("%1.id, coalesce(%1.parent_event_id, ''), %1.kind, %1.from_state, "
                          "%1.to_state, %1.details, %1.created_at")
        .arg(t);
}

FoldEvent eventFrom(const QSqlQuery &q, int first)
{
    return FoldEvent{q.value(first).toString(),      q.value(first + 1).toString(),
                     q.value(first + 2).toString(),  q.value(first + 3).toString(),
                     q.value(first + 4).toString(),  q.value(first + 5).toString(),
                     q.value(first + 6).toLongLong()};
}

QString jsonList(const QStringList &ids)
{
    QJsonArray list;
    for (const QString &id : ids)
        list << id;
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace

Fold of(const QList<FoldEvent> &events, qint64 incidentCreatedAt)
{
    QList<Timeline::Entry> entries;
    entries.reserve(events.size());
    for (const FoldEvent &e : events)
        entries.append({e.id, e.parent, e.kind == QLatin1String("transition")});
    Fold f;
    f.state.changedAt = incidentCreatedAt;
    bool started = false;
    // The intake's "-> new" starts the incident; every later move starts where it stands.
    const Timeline::Walk w = Timeline::walk(entries, [&](qsizetype i) {
        const FoldEvent &e = events[i];
        if (!(started ? e.from == f.state.state : e.from.isEmpty()))
            return false;
        started = true;
        f.state.state = e.to;
        const QJsonObject d = QJsonDocument::fromJson(e.details.toUtf8()).object();
        if (d.contains(QLatin1String("valid")))
            f.state.valid = d.value(QLatin1String("valid")).toVariant().toBool();
        if (d.contains(QLatin1String("at_fault")))
            f.state.atFault = d.value(QLatin1String("at_fault")).toVariant().toBool();
        if (e.to == QLatin1String("resolved"))
            f.state.resolvedAt = e.createdAt;
        f.state.changedAt = e.createdAt;
        return true;
    });
    f.order = w.order;
    for (const auto &[lost, counted] : w.preempted)
        if (counted >= 0)
            f.clashes.append({events[counted].id, events[lost].id});
    for (qsizetype i : w.notApplied)
        f.notApplied.insert(events[i].id);
    if (w.head >= 0)
        f.head = events[w.head].id;
    if (f.state.state.isEmpty())
        f.state.state = QStringLiteral("new");
    return f;
}

Result<Fold> load(Database &db, const QString &incidentId)
{
    auto created =
        db.exec(QStringLiteral("SELECT created_at FROM incident WHERE id=?"), {incidentId});
    if (!created)
        return Error{created.error()};
    if (!created->next())
        return fail(QStringLiteral("incident %1 is not on this device").arg(incidentId));
    const qint64 createdAt = created->value(0).toLongLong();
    created->finish();
    auto q = db.exec(QStringLiteral("SELECT ") + eventColumns(QStringLiteral("incident_event")) +
                         QStringLiteral(" FROM incident_event WHERE incident_id=?"),
                     {incidentId});
    if (!q)
        return Error{q.error()};
    QList<FoldEvent> events;
    while (q->next())
        events << eventFrom(*q, 0);
    return of(events, createdAt);
}

Status rebuild(Database &db, const QStringList &incidentIds,
               QList<std::pair<QString, QString>> *clashes)
{
    // In slices: each slice's timelines in one query, every state written by one statement.
    QSqlQuery upsert(db.connection());
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO incident_current (incident_id, state, valid, at_fault, resolved_at, "
            "changed_at) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT (incident_id) DO UPDATE SET state = excluded.state, "
            "valid = excluded.valid, at_fault = excluded.at_fault, resolved_at = "
            "excluded.resolved_at, "
            "changed_at = excluded.changed_at")))
        return fail(upsert.lastError().text());
    const auto write = [&upsert, clashes](const QString &id, const Fold &f) -> Status {
        if (clashes)
            *clashes << f.clashes;
        const FoldState &s = f.state;
        const QVariantList values{id,           s.state,    int(s.valid), int(s.atFault),
                                  s.resolvedAt, s.changedAt};
        for (int i = 0; i < values.size(); ++i)
            upsert.bindValue(i, values.at(i));
        return upsert.exec() ? Status() : Status(fail(upsert.lastError().text()));
    };
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < incidentIds.size(); from += kSlice) {
        auto q = db.exec(
            QStringLiteral("SELECT i.id, i.created_at, ") + eventColumns(QStringLiteral("e")) +
                QStringLiteral(" FROM json_each(?) p JOIN incident i ON i.id = p.value "
                               "LEFT JOIN incident_event e ON e.incident_id = i.id ORDER BY i.id"),
            {jsonList(incidentIds.mid(from, kSlice))});
        if (!q)
            return fail(q.error());
        QString current;
        qint64 createdAt = 0;
        QList<FoldEvent> events;
        while (q->next()) {
            const QString id = q->value(0).toString();
            if (id != current) {
                if (!current.isEmpty())
                    if (Status s = write(current, of(events, createdAt)); !s)
                        return s;
                current = id;
                createdAt = q->value(1).toLongLong();
                events.clear();
            }
            if (!q->value(2).isNull())
                events << eventFrom(*q, 2);
        }
        if (!current.isEmpty())
            if (Status s = write(current, of(events, createdAt)); !s)
                return s;
    }
    return {};
}

Result<QStringList> incidentsOfEvents(Database &db, const QStringList &eventIds)
{
    return db.column(QStringLiteral("SELECT DISTINCT e.incident_id FROM json_each(?) p JOIN "
                                    "incident_event e ON e.id = p.value"),
                     {jsonList(eventIds)});
}

Status verify(Database &db)
{
    // One pass over every timeline, incident by incident.
    auto q = db.exec(
        QStringLiteral("SELECT i.id, i.created_at, c.state, c.valid, c.at_fault, c.resolved_at, "
                       "c.changed_at, ") +
        eventColumns(QStringLiteral("e")) +
        QStringLiteral(" FROM incident i LEFT JOIN incident_current c ON c.incident_id = i.id "
                       "LEFT JOIN incident_event e ON e.incident_id = i.id ORDER BY i.id"));
    if (!q)
        return fail(QStringLiteral("incident_current cannot be checked: %1").arg(q.error()));
    QString current;
    qint64 createdAt = 0;
    FoldState cached;
    bool hasCache = false;
    QList<FoldEvent> events;
    const auto check = [&]() -> Status {
        if (current.isEmpty())
            return {};
        const FoldState folded = of(events, createdAt).state;
        if (!hasCache)
            return fail(QStringLiteral(
                            "incident %1: no current state is kept for it (its timeline says '%2')")
                            .arg(current, folded.state));
        if (!(folded == cached))
            return fail(QStringLiteral("incident %1: the kept current state ('%2', changed at %3) "
                                       "is not what its timeline "
                                       "says ('%4', changed at %5)")
                            .arg(current, cached.state)
                            .arg(cached.changedAt)
                            .arg(folded.state)
                            .arg(folded.changedAt));
        return {};
    };
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (id != current) {
            if (Status s = check(); !s)
                return s;
            current = id;
            createdAt = q->value(1).toLongLong();
            hasCache = !q->value(2).isNull();
            cached = FoldState{q->value(2).toString(), q->value(3).toInt() != 0,
                               q->value(4).toInt() != 0, q->value(5).toLongLong(),
                               q->value(6).toLongLong()};
            events.clear();
        }
        if (!q->value(7).isNull())
            events << eventFrom(*q, 7);
    }
    return check();
}

} // namespace so::incidents::IncidentFold
