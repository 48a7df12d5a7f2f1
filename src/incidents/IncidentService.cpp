#include "IncidentService.h"
#include "IncidentFold.h"
#include "RecordKinds.h"
#include "IncidentSearchIndex.h"
#include "Database.h"
#include "PhotoStore.h"
#include "Stamp.h"
#include "StationCore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QHash>
#include <QSqlQuery>
#include <limits>

Q_LOGGING_CATEGORY(lcIncidents, "stationops.incidents")

namespace so::incidents {

namespace {

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

void IncidentService::addRecordKinds(RecordKinds &kinds)
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
            s = noteRuleConflicts(db, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("incident_event"),
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
        auto alone = db.column(QStringLiteral("SELECT p.value FROM json_each(?) p WHERE NOT EXISTS "
                                              "(SELECT 1 FROM incident_event e WHERE e.incident_id = p.value)"),
                               {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
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
    static const QStringList linkKinds{QStringLiteral("alarm"), QStringLiteral("inspection"), QStringLiteral("follow_up")};
    for (const LinkedRecord &l : n.links)
        if (!linkKinds.contains(l.kind) || l.id.isEmpty())
            return fail(tr("An incident can point at an alarm, an inspection or a follow-up, not \"%1\".").arg(l.kind));
    // Every photo is read and checked before anything is written.
    QList<PhotoBytes> photos;
    for (const QString &file : n.photoFiles) {
        auto p = PhotoStore::read(file);
        if (!p)
            return Error{p.error()};
        photos << *p;
    }
    Database &db = m_core.db();
    Transaction tx(db);
    auto stamp = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(tx.error()));
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    const QString id = stamp->id;
    QVariantList b = stamp->binds();
    b << (n.occurredAt > 0 ? n.occurredAt : now) << n.location << n.category << n.subtype << n.channel
      << n.passengerName.trimmed() << n.passengerContact.trimmed() << n.description.trimmed() << n.staffInvolved.trimmed()
      << n.immediateActions.trimmed() << n.impact << n.urgency << priorityOf(n.impact, n.urgency);
    Status s = ok(db.exec(QStringLiteral("INSERT INTO incident(id, device_id, device_seq, created_at, created_by, occurred_at, "
                                         "location, category, subtype, channel, passenger_name, passenger_contact, "
                                         "description, staff_involved, immediate_actions, impact, urgency, priority) "
                                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                          b));
    // The words shown for each linked record are kept with the first timeline entry.
    QJsonArray shown;
    for (const LinkedRecord &l : n.links)
        shown << QJsonObject{{QStringLiteral("kind"), l.kind}, {QStringLiteral("id"), l.id}, {QStringLiteral("label"), l.label}};
    if (s)
        s = insertEvent(actor, id, QStringLiteral("transition"), QString(), QStringLiteral("new"), QString(),
                        shown.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("links"), shown}});
    for (const LinkedRecord &l : n.links) {
        if (s && !m_core.links().add(actor.id(), {l.kind, l.id}, {QStringLiteral("incident"), id}, QStringLiteral("incident")))
            s = fail(tr("the link to %1 %2").arg(l.kind, l.id));
    }
    PhotoStore store(m_core);
    for (const PhotoBytes &p : photos) {
        auto sha = s ? store.store(p, actor.id()) : Result<QString>(fail(s.error()));
        if (!sha)
            s = fail(sha.error());
        else if (!m_core.links().add(actor.id(), {QStringLiteral("incident"), id}, {QStringLiteral("photo"), *sha}, QStringLiteral("photo")))
            s = fail(tr("the link to photo %1").arg(*sha));
    }
    // Personal data stays out of the audit trail.
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("incident_logged"), QStringLiteral("incident"), id, {},
                                  {{QStringLiteral("category"), n.category}, {QStringLiteral("location"), n.location},
                                   {QStringLiteral("priority"), priorityOf(n.impact, n.urgency)}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return id;
}

Status IncidentService::insertEvent(const Actor &actor, const QString &id, const QString &kind, const QString &from,
                                    const QString &to, const QString &text, const QJsonObject &details)
{
    Database &db = m_core.db();
    // Each entry points at the last one its author saw (the fold's head), so a gap in the
    // timeline shows, and two moves made at once on two devices are seen as such.
    QString parent;
    if (kind != QLatin1String("transition") || !from.isEmpty()) {
        auto fold = IncidentFold::load(db, id);
        if (!fold)
            return fail(fold.error());
        parent = fold->head;
    }
    auto ev = makeStamp(db, m_core.ids(), m_core.clock(), actor.id());
    if (!ev)
        return fail(ev.error());
    QVariantList e = ev->binds();
    e << id << kind << from << to << text.trimmed() << QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))
      << (parent.isEmpty() ? QVariant() : QVariant(parent));
    if (Status s = ok(db.exec(QStringLiteral("INSERT INTO incident_event(id, device_id, device_seq, created_at, created_by, incident_id, "
                                             "kind, from_state, to_state, text, details, parent_event_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                              e));
        !s)
        return s;
    // The kept state is the fold's, here as after records arrive.
    return kind == QLatin1String("transition") ? IncidentFold::rebuild(db, {id}) : Status();
}

Result<QStringList> IncidentService::allowedNext(const Actor &actor, const QString &id)
{
    auto i = incident(actor, id);
    if (!i)
        return Error{i.error()};
    return allowedNext(actor, *i);
}

QStringList IncidentService::allowedNext(const Actor &actor, const Incident &i) const
{
    QStringList out;
    if (finalStates().contains(i.state))
        return out;
    for (const TransitionRule &t : m_config.transitions) {
        if (t.from != QLatin1String("*") && t.from != i.state)
            continue;
        if (t.when == QLatin1String("not_valid") && i.valid)
            continue;
        if (t.to == QLatin1String("investigating") && !i.valid)
            continue;
        if ((actor.system || t.roles.contains(actor.role)) && !out.contains(t.to))
            out << t.to;
    }
    return out;
}

Status IncidentService::transition(const Actor &actor, const QString &id, const QString &to, const QString &text,
                                   const QJsonObject &details, const QByteArray &passengerSignature)
{
    auto current = incident(actor, id);
    if (!current)
        return fail(current.error());
    if (!allowedNext(actor, *current).contains(to))
        return fail(tr("From %1 your role may not move it to %2.").arg(current->state, to));
    if (to == QLatin1String("assessed") && !details.contains(QStringLiteral("valid")))
        return fail(tr("Say whether the complaint is valid."));
    if ((to == QLatin1String("assessed") || to == QLatin1String("investigating") || to == QLatin1String("resolution_proposed") ||
         to == QLatin1String("cancelled") || to == QLatin1String("callback_done")) &&
        text.trimmed().isEmpty())
        return fail(tr("Write what was found or agreed."));
    // Resolving: the passenger signs where possible; otherwise say how they were told.
    std::optional<PhotoBytes> signature;
    if (to == QLatin1String("resolved")) {
        if (!passengerSignature.isEmpty()) {
            auto png = PhotoStore::fromPng(passengerSignature, tr("the passenger's signature"));
            if (!png)
                return fail(png.error());
            signature = *png;
        } else if (text.trimmed().isEmpty()) {
            return fail(tr("Get the passenger's signature, or write how they were told and why they did not sign."));
        }
    }
    Database &db = m_core.db();
    Transaction tx(db);
    if (!tx.started())
        return fail(tr("Not saved: %1").arg(tx.error()));
    QJsonObject d = details;
    Status s;
    if (signature) {
        auto sha = PhotoStore(m_core).store(*signature, actor.id());
        if (!sha)
            s = fail(sha.error());
        else if (!m_core.links().add(actor.id(), {QStringLiteral("incident"), id}, {QStringLiteral("photo"), *sha},
                                     QStringLiteral("passenger_signoff")))
            s = fail(tr("the link to the signature"));
        else
            d.insert(QStringLiteral("passenger_signature"), *sha);
    }
    if (s)
        s = insertEvent(actor, id, QStringLiteral("transition"), current->state, to, text, d);
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
    if (auto i = incident(actor, id); !i)
        return fail(i.error());
    Database &db = m_core.db();
    Transaction tx(db);
    Status s = tx.started() ? insertEvent(actor, id, QStringLiteral("note"), QString(), QString(), text, {}) : Status(fail(tx.error()));
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return s;
}

Result<QString> IncidentService::attachPhoto(const Actor &actor, const QString &id, const QString &file)
{
    if (!actor.can(Permission::LogIncident))
        return fail(tr("Your role may not log incidents."));
    if (auto i = incident(actor, id); !i)
        return Error{i.error()};
    auto photo = PhotoStore::read(file);
    if (!photo)
        return Error{photo.error()};
    Database &db = m_core.db();
    Transaction tx(db);
    auto sha = tx.started() ? PhotoStore(m_core).store(*photo, actor.id()) : Result<QString>(fail(tx.error()));
    Status s = sha ? Status() : Status(fail(sha.error()));
    if (s && !m_core.links().add(actor.id(), {QStringLiteral("incident"), id}, {QStringLiteral("photo"), *sha}, QStringLiteral("photo")))
        s = fail(tr("the link to photo %1").arg(*sha));
    if (s)
        s = insertEvent(actor, id, QStringLiteral("note"), QString(), QString(), QString(),
                        QJsonObject{{QStringLiteral("photo"), *sha}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return *sha;
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

namespace {

const QString kColumns = QStringLiteral(
    "i.id, i.occurred_at, i.created_at, i.created_by, i.location, i.category, i.subtype, i.channel, i.passenger_name, "
    "i.passenger_contact, i.description, i.staff_involved, i.immediate_actions, i.priority, c.state, c.valid, c.at_fault, "
    "c.resolved_at, i.rowid FROM incident i JOIN incident_current c ON c.incident_id = i.id");

Incident fromRow(const QSqlQuery &q, bool unmasked)
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
    i.passengerName = unmasked ? q.value(8).toString() : IncidentService::maskName(q.value(8).toString());
    i.passengerContact = unmasked ? q.value(9).toString() : IncidentService::maskContact(q.value(9).toString());
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

Result<Incident> IncidentService::incident(const Actor &viewer, const QString &id)
{
    auto q = m_core.db().exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE i.id=?"), {id});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return fail(tr("No such incident."));
    QList<Incident> one{fromRow(*q, viewer.can(Permission::ViewPassengerData))};
    q->finish();
    if (Status s = loadTimelines(one); !s)
        return Error{s.error()};
    Incident &i = one.first();
    // Link labels and the signature are in the timeline entries' details, read with the timeline.
    QHash<QString, QString> labels;
    for (const TimelineEntry &t : i.timeline) {
        if (t.details.isEmpty() || t.details == QLatin1String("{}"))
            continue;
        const QJsonObject d = QJsonDocument::fromJson(t.details.toUtf8()).object();
        for (const QJsonValue &l : d.value(QStringLiteral("links")).toArray())
            labels.insert(l[QStringLiteral("kind")].toString() + QLatin1Char('/') + l[QStringLiteral("id")].toString(),
                          l[QStringLiteral("label")].toString());
        if (!d.value(QStringLiteral("passenger_signature")).toString().isEmpty())
            i.passengerSigned = true;
    }
    auto links = m_core.links().linksOf({QStringLiteral("incident"), id});
    if (!links)
        return Error{links.error()};
    for (const Link &l : *links) {
        const RecordRef other = l.from.kind == QLatin1String("incident") && l.from.id == id ? l.to : l.from;
        if (other.kind == QLatin1String("photo")) {
            if (l.relation == QLatin1String("photo"))
                i.photos << other.id;
        } else {
            i.links << LinkedRecord{other.kind, other.id, labels.value(other.kind + QLatin1Char('/') + other.id)};
        }
    }
    return i;
}

Status IncidentService::loadTimelines(QList<Incident> &list)
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
        auto ev = m_core.db().exec(QStringLiteral("SELECT incident_id, kind, from_state, to_state, text, created_by, created_at, "
                                                  "details, id, coalesce(parent_event_id, '') FROM incident_event WHERE incident_id IN (") +
                                       marks + QStringLiteral(") ORDER BY created_at, id"),
                                   ids);
        if (!ev)
            return fail(ev.error());
        QHash<QString, QList<FoldEvent>> folds;
        while (ev->next()) {
            const QString incident = ev->value(0).toString();
            list[at.value(incident)].timeline
                << TimelineEntry{ev->value(1).toString(), ev->value(2).toString(), ev->value(3).toString(),
                                 ev->value(4).toString(), ev->value(5).toString(), ev->value(6).toLongLong(),
                                 ev->value(7).toString()};
            folds[incident] << FoldEvent{ev->value(8).toString(), ev->value(9).toString(), ev->value(1).toString(),
                                         ev->value(2).toString(), ev->value(3).toString(), ev->value(7).toString(),
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
                timeline[timeline.size() - it->size() + k].applied = !f.notApplied.contains(it->at(k).id);
        }
    }
    for (Incident &i : list)
        computeTimers(i);
    return {};
}

QString IncidentService::trigramQuery(const QString &term)
{
    QString t = term.trimmed();
    t.remove(QChar(kSearchBreak)); // the join between fields is never part of a term
    if (t.toUcs4().size() < 3) // characters, not UTF-16 units: 𠮷野 is two
        return {};
    // A quoted phrase, so punctuation in the term is taken literally.
    QString phrase = t;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString IncidentService::wordQuery(const QString &term)
{
    // The same split the index was built with: its words, breaks included, as one phrase.
    QStringList words = splitCjk(term).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString brk{QChar(kSearchBreak)};
    while (!words.isEmpty() && words.first() == brk)
        words.removeFirst();
    while (!words.isEmpty() && words.last() == brk)
        words.removeLast();
    if (words.isEmpty())
        return {};
    // A short Latin word may be the start of a longer one ("ok" finds "okay").
    const bool latinLast = words.last().size() > 1 || words.last().at(0).unicode() < 0x2E80;
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"') + (latinLast ? QStringLiteral("*") : QString());
}

QString IncidentService::whereClause(const IncidentFilter &f, QVariantList &binds, Where what) const
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

Result<QList<Incident>> IncidentService::find(const Actor &viewer, const IncidentFilter &f, int limit, bool withTimeline)
{
    QList<Incident> out;
    if (!f.text.trimmed().isEmpty()) {
        auto found = search(viewer, f, limit);
        if (!found)
            return found;
        out = *found;
    } else {
        QVariantList binds;
        // (occurred_at, rowid) is the order of the incident_time index: no sort, stops at the limit.
        const QString sql = QStringLiteral("SELECT ") + kColumns + whereClause(f, binds, Where::List) +
                            QStringLiteral(" ORDER BY i.occurred_at DESC, i.rowid DESC LIMIT ?");
        binds << limit;
        auto q = m_core.db().exec(sql, binds);
        if (!q)
            return Error{q.error()};
        const bool unmasked = viewer.can(Permission::ViewPassengerData);
        while (q->next())
            out << fromRow(*q, unmasked);
    }
    if (withTimeline) {
        if (Status s = loadTimelines(out); !s)
            return Error{s.error()};
    } else {
        for (Incident &i : out)
            computeTimers(i);
    }
    return out;
}

Result<QList<Incident>> IncidentService::search(const Actor &viewer, const IncidentFilter &f, int limit)
{
    // Three characters or more: the trigram index finds any substring. Shorter terms (电梯, 票,
    // "ok"): the word index, where each Chinese character is a word. Either hands back matching
    // cases newest first, a slice at a time; the other filters are applied to each slice.
    const QString tri = trigramQuery(f.text);
    const QString words = tri.isEmpty() ? wordQuery(f.text) : QString();
    const QString table = tri.isEmpty() ? QStringLiteral("incident_words") : QStringLiteral("incident_fts");
    const QString match = tri.isEmpty() ? words : tri;
    QList<Incident> out;
    if (match.isEmpty())
        return out;
    const bool unmasked = viewer.can(Permission::ViewPassengerData);
    qint64 before = f.beforeLogSeq > 0 ? f.beforeLogSeq : std::numeric_limits<qint64>::max();
    constexpr int kSlice = 400;
    while (out.size() < limit) {
        auto hits = m_core.db().exec(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?").arg(table),
                                     {match, before, kSlice});
        if (!hits)
            return Error{hits.error()};
        QVariantList rowids;
        while (hits->next())
            rowids << hits->value(0).toLongLong();
        hits->finish();
        if (rowids.isEmpty())
            break;
        before = rowids.last().toLongLong();
        QVariantList binds;
        QString marks = QStringLiteral("?,").repeated(rowids.size());
        marks.chop(1);
        const QString sql = QStringLiteral("SELECT ") + kColumns + whereClause(f, binds, Where::Search) +
                            QStringLiteral(" AND i.rowid IN (") + marks + QStringLiteral(") ORDER BY i.rowid DESC");
        auto q = m_core.db().exec(sql, binds + rowids);
        if (!q)
            return Error{q.error()};
        while (q->next() && out.size() < limit)
            out << fromRow(*q, unmasked);
        if (rowids.size() < kSlice)
            break;
    }
    return out;
}

Result<QueueCounts> IncidentService::counts(const IncidentFilter &f)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + kColumns + whereClause(f, binds, Where::Counts) +
                        QStringLiteral(" AND c.state IN ('new', 'resolution_proposed', 'resolved')");
    auto q = m_core.db().exec(sql, binds);
    if (!q)
        return Error{q.error()};
    QueueCounts c;
    while (q->next()) {
        Incident i = fromRow(*q, false);
        computeTimers(i);
        c.fresh += i.state == QLatin1String("new");
        c.approval += i.state == QLatin1String("resolution_proposed");
        c.callbacks += i.state == QLatin1String("resolved");
        c.warning += i.timer == QLatin1String("warning");
        c.breached += i.timer == QLatin1String("breached");
    }
    return c;
}

} // namespace so::incidents
