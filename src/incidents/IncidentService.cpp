#include "IncidentService.h"
#include "Database.h"
#include "Stamp.h"
#include "StationCore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcIncidents, "stationops.incidents")

namespace so::incidents {

namespace {

Status ok(const Result<QSqlQuery> &r)
{
    return r ? Status() : Status(fail(r.error()));
}

const QStringList &finalStates()
{
    static const QStringList s{QStringLiteral("closed"), QStringLiteral("cancelled")};
    return s;
}

} // namespace

IncidentService::IncidentService(StationCore &core, IncidentConfig config, QObject *parent)
    : QObject(parent), m_core(core), m_config(std::move(config))
{
}

int IncidentService::priorityOf(int impact, int urgency)
{
    // Impact x urgency, each 1 (high) to 3 (low): priority 1 (critical) to 5 (planning).
    return qBound(1, impact + urgency - 1, 5);
}

QString IncidentService::maskName(const QString &name)
{
    if (name.isEmpty())
        return name;
    return name.left(1) + QString(qMax(1, int(name.size()) - 1), QLatin1Char('*'));
}

QString IncidentService::maskContact(const QString &contact)
{
    if (contact.size() <= 4)
        return QString(contact.size(), QLatin1Char('*'));
    const int keep = contact.size() >= 11 ? 3 : 1;
    return contact.left(keep) + QString(contact.size() - keep - 4, QLatin1Char('*')) + contact.right(4);
}

Result<QString> IncidentService::log(const Actor &actor, const NewIncident &n)
{
    if (!actor.can(Permission::LogIncident))
        return fail(tr("Your role may not log incidents."));
    const Category *cat = m_config.category(n.category);
    if (!cat)
        return fail(tr("Pick a category."));
    if (!n.subtype.isEmpty()) {
        bool known = false;
        for (const auto &s : cat->subtypes)
            known |= s.first == n.subtype;
        if (!known)
            return fail(tr("\"%1\" is not a kind of %2.").arg(n.subtype, cat->name.en));
    }
    if (!m_config.hasChannel(n.channel))
        return fail(tr("Pick how it reached us."));
    if (!m_core.config().area(n.location))
        return fail(tr("Pick where it happened."));
    if (n.description.trimmed().isEmpty())
        return fail(tr("Describe what happened."));
    if (n.impact < 1 || n.impact > 3 || n.urgency < 1 || n.urgency > 3)
        return fail(tr("Impact and urgency are 1 to 3."));
    const qint64 now = m_core.clock().nowMs();
    if (n.occurredAt > now + 5 * 60 * 1000)
        return fail(tr("The time is in the future."));
    Database &db = m_core.db();
    Transaction tx(db);
    auto stamp = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(tx.error()));
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    QVariantList b = stamp->binds();
    b << (n.occurredAt > 0 ? n.occurredAt : now) << n.location << n.category << n.subtype << n.channel
      << n.passengerName.trimmed() << n.passengerContact.trimmed() << n.description.trimmed() << n.staffInvolved.trimmed()
      << n.immediateActions.trimmed() << n.impact << n.urgency << priorityOf(n.impact, n.urgency);
    Status s = ok(db.exec(QStringLiteral("INSERT INTO incident(id, device_id, device_seq, created_at, created_by, occurred_at, "
                                         "location, category, subtype, channel, passenger_name, passenger_contact, "
                                         "description, staff_involved, immediate_actions, impact, urgency, priority) "
                                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                          b));
    auto ev = s ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(s.error()));
    if (s && !ev)
        s = fail(ev.error());
    if (s) {
        QVariantList e = ev->binds();
        e << stamp->id << QStringLiteral("transition") << QString() << QStringLiteral("new") << QString()
          << QStringLiteral("{}") << QVariant();
        s = ok(db.exec(QStringLiteral("INSERT INTO incident_event(id, device_id, device_seq, created_at, created_by, incident_id, "
                                      "kind, from_state, to_state, text, details, parent_event_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                       e));
    }
    if (s && !n.fromAlarm.isEmpty())
        s = m_core.links().add(actor.id(), {QStringLiteral("alarm"), n.fromAlarm}, {QStringLiteral("incident"), stamp->id},
                               QStringLiteral("incident")).ok() ? Status() : Status(fail(QStringLiteral("link")));
    // Personal data stays out of the audit trail.
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("incident_logged"), QStringLiteral("incident"), stamp->id, {},
                                  {{QStringLiteral("category"), n.category}, {QStringLiteral("location"), n.location},
                                   {QStringLiteral("priority"), priorityOf(n.impact, n.urgency)}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(stamp->id);
    return stamp->id;
}

Result<QStringList> IncidentService::allowedNext(const Actor &actor, const QString &id)
{
    auto i = incident(actor, id);
    if (!i)
        return Error{i.error()};
    QStringList out;
    if (finalStates().contains(i->state))
        return out;
    for (const TransitionRule &t : m_config.transitions) {
        if (t.from != QLatin1String("*") && t.from != i->state)
            continue;
        if (t.when == QLatin1String("not_valid") && i->valid)
            continue;
        if (t.to == QLatin1String("investigating") && !i->valid)
            continue;
        if ((actor.system || t.roles.contains(actor.role)) && !out.contains(t.to))
            out << t.to;
    }
    return out;
}

Status IncidentService::transition(const Actor &actor, const QString &id, const QString &to, const QString &text,
                                   const QJsonObject &details)
{
    auto allowed = allowedNext(actor, id);
    if (!allowed)
        return fail(allowed.error());
    auto current = incident(actor, id);
    if (!current)
        return fail(current.error());
    if (!allowed->contains(to))
        return fail(tr("From %1 your role may not move it to %2.").arg(current->state, to));
    if (to == QLatin1String("assessed") && !details.contains(QStringLiteral("valid")))
        return fail(tr("Say whether the complaint is valid."));
    if ((to == QLatin1String("assessed") || to == QLatin1String("investigating") || to == QLatin1String("resolution_proposed") ||
         to == QLatin1String("cancelled") || to == QLatin1String("callback_done")) &&
        text.trimmed().isEmpty())
        return fail(tr("Write what was found or agreed."));
    Database &db = m_core.db();
    Transaction tx(db);
    auto last = db.exec(QStringLiteral("SELECT id FROM incident_event WHERE incident_id=? ORDER BY created_at DESC, device_seq DESC LIMIT 1"), {id});
    const QString parent = last && last->next() ? last->value(0).toString() : QString();
    if (last)
        last->finish();
    auto ev = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(tx.error()));
    if (!ev)
        return fail(tr("Not saved: %1").arg(ev.error()));
    QVariantList e = ev->binds();
    e << id << QStringLiteral("transition") << current->state << to << text.trimmed()
      << QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) << (parent.isEmpty() ? QVariant() : QVariant(parent));
    Status s = ok(db.exec(QStringLiteral("INSERT INTO incident_event(id, device_id, device_seq, created_at, created_by, incident_id, "
                                         "kind, from_state, to_state, text, details, parent_event_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                          e));
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("incident_") + to, QStringLiteral("incident"), id,
                                  {{QStringLiteral("state"), current->state}}, {{QStringLiteral("state"), to}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return {};
}

Status IncidentService::addNote(const Actor &actor, const QString &id, const QString &text)
{
    if (!actor.can(Permission::LogIncident))
        return fail(tr("Your role may not log incidents."));
    if (text.trimmed().isEmpty())
        return fail(tr("Write the note first."));
    Database &db = m_core.db();
    Transaction tx(db);
    auto ev = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(tx.error()));
    if (!ev)
        return fail(ev.error());
    QVariantList e = ev->binds();
    e << id << QStringLiteral("note") << QString() << QString() << text.trimmed() << QStringLiteral("{}") << QVariant();
    Status s = ok(db.exec(QStringLiteral("INSERT INTO incident_event(id, device_id, device_seq, created_at, created_by, incident_id, "
                                         "kind, from_state, to_state, text, details, parent_event_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                          e));
    if (s)
        s = tx.commit();
    if (s)
        Q_EMIT changed(id);
    return s;
}

void IncidentService::computeTimers(Incident &i) const
{
    const qint64 now = m_core.clock().nowMs();
    const Category *cat = m_config.category(i.category);
    i.firstResponseDue = i.createdAt + qint64(m_config.firstResponseHours) * 3600 * 1000;
    i.callbackDue = i.resolvedAt > 0 ? i.resolvedAt + qint64(cat ? cat->callbackDays : 3) * 24 * 3600 * 1000 : 0;
    qint64 due = 0;
    if (i.state == QLatin1String("new"))
        due = i.firstResponseDue;
    else if (i.state == QLatin1String("resolved"))
        due = i.callbackDue;
    if (due == 0)
        i.timer.clear();
    else if (now > due)
        i.timer = QStringLiteral("breached");
    else if (now > due - qint64(m_config.warnBeforeHours) * 3600 * 1000)
        i.timer = QStringLiteral("warning");
    else
        i.timer = QStringLiteral("ok");
}

Result<Incident> IncidentService::incident(const Actor &viewer, const QString &id)
{
    auto q = m_core.db().exec(QStringLiteral("SELECT id, occurred_at, created_at, created_by, location, category, subtype, channel, "
                                             "passenger_name, passenger_contact, description, staff_involved, immediate_actions, "
                                             "priority FROM incident WHERE id=?"),
                              {id});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return fail(tr("No such incident."));
    Incident i;
    i.id = q->value(0).toString();
    i.occurredAt = q->value(1).toLongLong();
    i.createdAt = q->value(2).toLongLong();
    i.createdBy = q->value(3).toString();
    i.location = q->value(4).toString();
    i.category = q->value(5).toString();
    i.subtype = q->value(6).toString();
    i.channel = q->value(7).toString();
    const bool unmasked = viewer.can(Permission::ViewPassengerData);
    i.passengerName = unmasked ? q->value(8).toString() : maskName(q->value(8).toString());
    i.passengerContact = unmasked ? q->value(9).toString() : maskContact(q->value(9).toString());
    i.description = q->value(10).toString();
    i.staffInvolved = q->value(11).toString();
    i.immediateActions = q->value(12).toString();
    i.priority = q->value(13).toInt();
    q->finish();
    auto ev = m_core.db().exec(QStringLiteral("SELECT kind, from_state, to_state, text, created_by, created_at, details FROM incident_event "
                                              "WHERE incident_id=? ORDER BY created_at, device_seq"),
                               {id});
    if (!ev)
        return Error{ev.error()};
    i.state = QStringLiteral("new");
    while (ev->next()) {
        TimelineEntry t{ev->value(0).toString(), ev->value(1).toString(), ev->value(2).toString(), ev->value(3).toString(),
                        ev->value(4).toString(), ev->value(5).toLongLong()};
        if (t.kind == QLatin1String("transition")) {
            i.state = t.toState;
            const QJsonObject d = QJsonDocument::fromJson(ev->value(6).toString().toUtf8()).object();
            if (d.contains(QStringLiteral("valid")))
                i.valid = d.value(QStringLiteral("valid")).toBool();
            if (d.contains(QStringLiteral("at_fault")))
                i.atFault = d.value(QStringLiteral("at_fault")).toBool();
            if (t.toState == QLatin1String("resolved"))
                i.resolvedAt = t.at;
        }
        i.timeline << t;
    }
    computeTimers(i);
    return i;
}

Result<QStringList> IncidentService::matchingIds(const QString &text)
{
    const QString term = text.trimmed();
    QStringList ids;
    Result<QSqlQuery> q = fail(QString());
    if (term.size() >= 3) {
        // The trigram index: a quoted phrase, so punctuation in the term is taken literally.
        QString phrase = term;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        q = m_core.db().exec(QStringLiteral("SELECT DISTINCT incident_id FROM incident_fts WHERE incident_fts MATCH ?"),
                             {QLatin1Char('"') + phrase + QLatin1Char('"')});
    } else {
        // One or two characters (电梯, 票) are below what trigrams index: scan the texts.
        QString like = term;
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        q = m_core.db().exec(QStringLiteral("SELECT id FROM incident WHERE description LIKE ? ESCAPE '\\' OR immediate_actions LIKE ? ESCAPE '\\' "
                                            "UNION SELECT incident_id FROM incident_event WHERE text LIKE ? ESCAPE '\\'"),
                             {like, like, like});
    }
    if (!q)
        return Error{q.error()};
    while (q->next())
        ids << q->value(0).toString();
    return ids;
}

Result<QList<Incident>> IncidentService::find(const Actor &viewer, const IncidentFilter &f, int limit)
{
    QString sql = QStringLiteral("SELECT id FROM incident WHERE 1=1");
    QVariantList binds;
    if (!f.category.isEmpty()) {
        sql += QStringLiteral(" AND category=?");
        binds << f.category;
    }
    if (!f.staff.isEmpty()) {
        sql += QStringLiteral(" AND (created_by=? OR staff_involved LIKE ?)");
        binds << f.staff << QLatin1Char('%') + f.staff + QLatin1Char('%');
    }
    if (f.fromUtc > 0) {
        sql += QStringLiteral(" AND occurred_at >= ?");
        binds << f.fromUtc;
    }
    if (f.toUtc > 0) {
        sql += QStringLiteral(" AND occurred_at < ?");
        binds << f.toUtc;
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC");
    auto q = m_core.db().exec(sql, binds);
    if (!q)
        return Error{q.error()};
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    q->finish();
    if (!f.text.trimmed().isEmpty()) {
        auto hits = matchingIds(f.text);
        if (!hits)
            return Error{hits.error()};
        const QSet<QString> keep(hits->begin(), hits->end());
        QStringList kept;
        for (const QString &id : ids)
            if (keep.contains(id))
                kept << id;
        ids = kept;
    }
    QList<Incident> out;
    for (const QString &id : ids) {
        auto i = incident(viewer, id);
        if (!i)
            return Error{i.error()};
        if (!f.state.isEmpty() && i->state != f.state)
            continue;
        out << *i;
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace so::incidents
