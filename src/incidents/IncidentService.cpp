#include "IncidentService.h"
#include "Database.h"
#include "PhotoStore.h"
#include "RecordWrite.h"
#include "Stamp.h"
#include "StationCore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

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
    : QObject(parent), m_core(core), m_config(std::move(config)), m_store(core.db()),
      m_search(core.db(), m_store)
{
}

void IncidentService::addRecordKinds(RecordKinds &kinds)
{
    IncidentStore::addRecordKinds(kinds);
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
    return contact.left(keep) + QString(contact.size() - keep - 4, QLatin1Char('*')) +
           contact.right(4);
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
    static const QStringList linkKinds{QStringLiteral("alarm"), QStringLiteral("inspection"),
                                       QStringLiteral("follow_up")};
    for (const LinkedRecord &l : n.links)
        if (!linkKinds.contains(l.kind) || l.id.isEmpty())
            return fail(
                tr("An incident can point at an alarm, an inspection or a follow-up, not \"%1\".")
                    .arg(l.kind));
    // Every photo is read and checked before anything is written.
    QList<PhotoBytes> photos;
    for (const QString &file : n.photoFiles) {
        auto p = PhotoStore::read(file);
        if (!p)
            return Error{p.error()};
        photos << *p;
    }
    RecordWrite w(m_core, actor.id());
    const Stamp stamp = w.stamp();
    const QString id = stamp.id;
    w.step([&] {
        return m_store.insertIncident(stamp, n, n.occurredAt > 0 ? n.occurredAt : now,
                                      priorityOf(n.impact, n.urgency));
    });
    // The words shown for each linked record are kept with the first timeline entry.
    QJsonArray shown;
    for (const LinkedRecord &l : n.links)
        shown << QJsonObject{{QStringLiteral("kind"), l.kind},
                             {QStringLiteral("id"), l.id},
                             {QStringLiteral("label"), l.label}};
    w.step([&] {
        return insertEvent(
            actor, id, QStringLiteral("transition"), QString(), QStringLiteral("new"), QString(),
            shown.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("links"), shown}});
    });
    for (const LinkedRecord &l : n.links)
        w.step([&] { return linkTo(actor, id, {l.kind, l.id}, QStringLiteral("incident")); });
    PhotoStore photoStore(m_core);
    for (const PhotoBytes &p : photos)
        w.step([&] {
            auto sha = photoStore.store(p, actor.id());
            return sha ? linkPhoto(actor, id, *sha, QStringLiteral("photo"))
                       : Status(fail(sha.error()));
        });
    // Personal data stays out of the audit trail.
    w.audit(QStringLiteral("incident_logged"), QStringLiteral("incident"), id,
            {{QStringLiteral("category"), n.category},
             {QStringLiteral("location"), n.location},
             {QStringLiteral("priority"), priorityOf(n.impact, n.urgency)}});
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return id;
}

Status IncidentService::insertEvent(const Actor &actor, const QString &id, const QString &kind,
                                    const QString &from, const QString &to, const QString &text,
                                    const QJsonObject &details)
{
    // Each entry points at the last one its author saw (the fold's head), so a gap in the
    // timeline shows, and two moves made at once on two devices are seen as such.
    QString parent;
    if (kind != QLatin1String("transition") || !from.isEmpty()) {
        auto head = m_store.head(id);
        if (!head)
            return fail(head.error());
        parent = *head;
    }
    auto ev = makeStamp(m_core.db(), m_core.ids(), m_core.clock(), actor.id());
    if (!ev)
        return fail(ev.error());
    if (Status s = m_store.insertEvent(
            *ev, EventRow{id, kind, from, to, text.trimmed(),
                          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                          parent});
        !s)
        return s;
    // The kept state is the fold's, here as after records arrive.
    return kind == QLatin1String("transition") ? m_store.refold(id) : Status();
}

Status IncidentService::linkTo(const Actor &actor, const QString &id, const RecordRef &other,
                               const QString &relation)
{
    if (m_core.links().add(actor.id(), other, {QStringLiteral("incident"), id}, relation))
        return {};
    return fail(tr("the link to %1 %2").arg(other.kind, other.id));
}

Status IncidentService::linkPhoto(const Actor &actor, const QString &id, const QString &sha,
                                  const QString &relation)
{
    if (m_core.links().add(actor.id(), {QStringLiteral("incident"), id},
                           {QStringLiteral("photo"), sha}, relation))
        return {};
    return fail(tr("the link to photo %1").arg(sha));
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

Status IncidentService::transition(const Actor &actor, const QString &id, const QString &to,
                                   const QString &text, const QJsonObject &details,
                                   const QByteArray &passengerSignature)
{
    auto current = incident(actor, id);
    if (!current)
        return fail(current.error());
    if (!allowedNext(actor, *current).contains(to))
        return fail(tr("From %1 your role may not move it to %2.").arg(current->state, to));
    if (to == QLatin1String("assessed") && !details.contains(QStringLiteral("valid")))
        return fail(tr("Say whether the complaint is valid."));
    if ((to == QLatin1String("assessed") || to == QLatin1String("investigating") ||
         to == QLatin1String("resolution_proposed") || to == QLatin1String("cancelled") ||
         to == QLatin1String("callback_done")) &&
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
            return fail(tr("Get the passenger's signature, or write how they were told and why "
                           "they did not sign."));
        }
    }
    RecordWrite w(m_core, actor.id());
    QJsonObject d = details;
    if (signature)
        w.step([&] {
            auto sha = PhotoStore(m_core).store(*signature, actor.id());
            if (!sha)
                return Status(fail(sha.error()));
            d.insert(QStringLiteral("passenger_signature"), *sha);
            return linkPhoto(actor, id, *sha, QStringLiteral("passenger_signoff"));
        });
    w.step([&] {
        return insertEvent(actor, id, QStringLiteral("transition"), current->state, to, text, d);
    });
    w.audit(QStringLiteral("incident_") + to, QStringLiteral("incident"), id,
            {{QStringLiteral("state"), to}}, {{QStringLiteral("state"), current->state}});
    if (Status s = w.commit(); !s)
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
    RecordWrite w(m_core, actor.id());
    w.step([&] {
        return insertEvent(actor, id, QStringLiteral("note"), QString(), QString(), text, {});
    });
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return {};
}

Result<QString> IncidentService::attachPhoto(const Actor &actor, const QString &id,
                                             const QString &file)
{
    if (!actor.can(Permission::LogIncident))
        return fail(tr("Your role may not log incidents."));
    if (auto i = incident(actor, id); !i)
        return Error{i.error()};
    auto photo = PhotoStore::read(file);
    if (!photo)
        return Error{photo.error()};
    RecordWrite w(m_core, actor.id());
    QString sha;
    w.step([&] {
        auto stored = PhotoStore(m_core).store(*photo, actor.id());
        if (!stored)
            return Status(fail(stored.error()));
        sha = *stored;
        return linkPhoto(actor, id, sha, QStringLiteral("photo"));
    });
    w.step([&] {
        return insertEvent(actor, id, QStringLiteral("note"), QString(), QString(), QString(),
                           QJsonObject{{QStringLiteral("photo"), sha}});
    });
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(id);
    return sha;
}

void IncidentService::computeTimers(Incident &i) const
{
    const qint64 now = m_core.clock().nowMs();
    const Category *cat = m_config.category(i.category);
    i.firstResponseDue = i.createdAt + qint64(m_config.firstResponseHours) * 3600 * 1000;
    i.callbackDue = i.resolvedAt > 0
                        ? i.resolvedAt + qint64(cat ? cat->callbackDays : 3) * 24 * 3600 * 1000
                        : 0;
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
    auto found = m_store.byId(id);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return fail(tr("No such incident."));
    QList<Incident> one{**found};
    mask(viewer, one);
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
            labels.insert(l[QStringLiteral("kind")].toString() + QLatin1Char('/') +
                              l[QStringLiteral("id")].toString(),
                          l[QStringLiteral("label")].toString());
        if (!d.value(QStringLiteral("passenger_signature")).toString().isEmpty())
            i.passengerSigned = true;
    }
    auto links = m_core.links().linksOf({QStringLiteral("incident"), id});
    if (!links)
        return Error{links.error()};
    for (const Link &l : *links) {
        const RecordRef other =
            l.from.kind == QLatin1String("incident") && l.from.id == id ? l.to : l.from;
        if (other.kind == QLatin1String("photo")) {
            if (l.relation == QLatin1String("photo"))
                i.photos << other.id;
        } else {
            i.links << LinkedRecord{other.kind, other.id,
                                    labels.value(other.kind + QLatin1Char('/') + other.id)};
        }
    }
    return i;
}

Status IncidentService::loadTimelines(QList<Incident> &list)
{
    if (Status s = m_store.readTimelines(list); !s)
        return s;
    for (Incident &i : list)
        computeTimers(i);
    return {};
}

void IncidentService::mask(const Actor &viewer, QList<Incident> &list)
{
    if (viewer.can(Permission::ViewPassengerData))
        return;
    for (Incident &i : list) {
        i.passengerName = maskName(i.passengerName);
        i.passengerContact = maskContact(i.passengerContact);
    }
}

QString IncidentService::trigramQuery(const QString &term)
{
    return IncidentSearch::trigramQuery(term);
}

QString IncidentService::wordQuery(const QString &term)
{
    return IncidentSearch::wordQuery(term);
}

Result<QList<Incident>> IncidentService::find(const Actor &viewer, const IncidentFilter &f,
                                              int limit, bool withTimeline)
{
    auto found = f.text.trimmed().isEmpty() ? m_store.list(f, limit) : m_search.find(f, limit);
    if (!found)
        return found;
    QList<Incident> out = found.take();
    mask(viewer, out);
    if (withTimeline) {
        if (Status s = loadTimelines(out); !s)
            return Error{s.error()};
    } else {
        for (Incident &i : out)
            computeTimers(i);
    }
    return out;
}

Result<QueueCounts> IncidentService::counts(const IncidentFilter &f)
{
    auto queued = m_store.queued(f);
    if (!queued)
        return Error{queued.error()};
    QueueCounts c;
    for (Incident &i : queued.value()) {
        computeTimers(i);
        c.fresh += i.state == QLatin1String("new");
        c.approval += i.state == QLatin1String("resolution_proposed");
        c.callbacks += i.state == QLatin1String("resolved");
        c.warning += i.timer == QLatin1String("warning");
        c.breached += i.timer == QLatin1String("breached");
    }
    return c;
}

Result<int> IncidentService::countOccurredBetween(qint64 fromUtc, qint64 toUtc)
{
    return m_store.countOccurredBetween(fromUtc, toUtc);
}

} // namespace so::incidents
