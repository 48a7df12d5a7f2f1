#include "IncidentDesk.h"
#include "AuthService.h"
#include "PhotoStore.h"
#include "StaffService.h"
#include "StationCore.h"

#include <QUrl>

namespace so::incidents {

IncidentDesk::IncidentDesk(StationCore &core, IncidentService &service, AuthService &auth, QObject *parent)
    : QObject(parent), m_core(core), m_service(service), m_auth(auth)
{
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        // The next person starts from the whole list, not the last one's search.
        m_current.clear();
        m_lastText.clear();
        m_lastQueue.clear();
        m_category.clear();
        m_state.clear();
        m_days = 0;
        m_mine = false;
        Q_EMIT currentChanged();
        refresh();
    });
    connect(&service, &IncidentService::changed, this, [this](const QString &id) {
        refresh();
        if (m_current.value(QStringLiteral("id")).toString() == id)
            open(id);
    });
    m_tick.setInterval(5 * 60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_auth.signedIn())
            refresh();
    });
    m_tick.start();
}

void IncidentDesk::setMessage(const QString &m)
{
    if (m != m_message) {
        m_message = m;
        Q_EMIT messageChanged();
    }
}

Actor IncidentDesk::viewer() const
{
    // A locked or signed-out tablet sees incidents as the least privileged role would.
    return m_auth.actor().value_or(Actor{QString(), Role::Agent, false});
}

QVariantList IncidentDesk::categories() const
{
    QVariantList out;
    for (const Category &c : m_service.config().categories) {
        QVariantList subs;
        for (const auto &s : c.subtypes)
            subs << QVariantMap{{QStringLiteral("id"), s.first}, {QStringLiteral("zh"), s.second.zh}, {QStringLiteral("en"), s.second.en}};
        out << QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("zh"), c.name.zh}, {QStringLiteral("en"), c.name.en},
                           {QStringLiteral("subtypes"), subs}};
    }
    return out;
}

QVariantList IncidentDesk::channels() const
{
    QVariantList out;
    for (const auto &c : m_service.config().channels)
        out << QVariantMap{{QStringLiteral("id"), c.first}, {QStringLiteral("zh"), c.second.zh}, {QStringLiteral("en"), c.second.en}};
    return out;
}

QVariantList IncidentDesk::locations() const
{
    QVariantList out;
    for (const Area &a : m_core.config().areas)
        out << QVariantMap{{QStringLiteral("id"), a.id}, {QStringLiteral("zh"), a.name.zh}, {QStringLiteral("en"), a.name.en}};
    return out;
}

QVariantMap IncidentDesk::toMap(const Incident &i, bool withTimeline) const
{
    const Category *c = m_service.config().category(i.category);
    const Area *a = m_core.config().area(i.location);
    QVariantMap m{{QStringLiteral("id"), i.id}, {QStringLiteral("occurredAt"), i.occurredAt}, {QStringLiteral("logSeq"), i.logSeq},
                  {QStringLiteral("category"), i.category}, {QStringLiteral("categoryZh"), c ? c->name.zh : i.category}, {QStringLiteral("categoryEn"), c ? c->name.en : i.category},
                  {QStringLiteral("locationZh"), a ? a->name.zh : i.location}, {QStringLiteral("locationEn"), a ? a->name.en : i.location},
                  {QStringLiteral("description"), i.description}, {QStringLiteral("state"), i.state},
                  {QStringLiteral("priority"), i.priority}, {QStringLiteral("timer"), i.timer},
                  {QStringLiteral("passengerName"), i.passengerName}, {QStringLiteral("passengerContact"), i.passengerContact},
                  {QStringLiteral("by"), i.createdBy}, {QStringLiteral("callbackDue"), i.callbackDue},
                  {QStringLiteral("firstResponseDue"), i.firstResponseDue}};
    if (withTimeline) {
        // Names, not staff numbers, on the timeline: staff are read once per opened case.
        QHash<QString, QPair<QString, QString>> names;
        if (auto staff = StaffService(m_core).list())
            for (const StaffMember &p : *staff)
                names.insert(p.staffNo, {p.nameZh, p.nameEn});
        QVariantList t;
        for (const TimelineEntry &e : i.timeline) {
            const auto n = names.value(e.by, {e.by, e.by});
            t << QVariantMap{{QStringLiteral("kind"), e.kind}, {QStringLiteral("to"), e.toState}, {QStringLiteral("text"), e.text},
                             {QStringLiteral("by"), e.by}, {QStringLiteral("byZh"), n.first}, {QStringLiteral("byEn"), n.second},
                             {QStringLiteral("at"), e.at}};
        }
        m.insert(QStringLiteral("timeline"), t);
        QVariantList links;
        for (const LinkedRecord &l : i.links)
            links << QVariantMap{{QStringLiteral("kind"), l.kind}, {QStringLiteral("id"), l.id}, {QStringLiteral("label"), l.label}};
        m.insert(QStringLiteral("links"), links);
        QVariantList photos;
        PhotoStore store(m_core);
        for (const QString &sha : i.photos)
            photos << QUrl::fromLocalFile(store.path(sha)).toString();
        m.insert(QStringLiteral("photos"), photos);
        m.insert(QStringLiteral("passengerSigned"), i.passengerSigned);
        m.insert(QStringLiteral("next"), m_service.allowedNext(viewer(), i));
    }
    return m;
}

void IncidentDesk::prepare(const QVariantMap &fields)
{
    m_prepared = fields;
    // Raised from an alarm the station maps to a category (a PSD obstruction is an entrapment):
    // the category is chosen already. Alarm keys are DEVICE/CODE/ASSET.
    if (!m_prepared.contains(QStringLiteral("category"))) {
        for (const QVariant &v : fields.value(QStringLiteral("links")).toList()) {
            const QVariantMap l = v.toMap();
            if (l.value(QStringLiteral("kind")).toString() != QLatin1String("alarm"))
                continue;
            const QStringList parts = l.value(QStringLiteral("id")).toString().split(QLatin1Char('/'));
            if (const Category *c = parts.size() >= 2 ? m_service.config().categoryForAlarm(parts.at(1)) : nullptr)
                m_prepared.insert(QStringLiteral("category"), c->id);
        }
    }
    Q_EMIT preparedChanged();
}

QString IncidentDesk::log(const QVariantMap &f)
{
    auto a = m_auth.require(Permission::LogIncident);
    if (!a) {
        setMessage(a.error());
        return {};
    }
    NewIncident n;
    n.category = f.value(QStringLiteral("category")).toString();
    n.subtype = f.value(QStringLiteral("subtype")).toString();
    n.channel = f.value(QStringLiteral("channel"), QStringLiteral("in_person")).toString();
    n.location = f.value(QStringLiteral("location")).toString();
    n.description = f.value(QStringLiteral("description")).toString();
    n.passengerName = f.value(QStringLiteral("passengerName")).toString();
    n.passengerContact = f.value(QStringLiteral("passengerContact")).toString();
    n.staffInvolved = f.value(QStringLiteral("staffInvolved")).toString();
    n.immediateActions = f.value(QStringLiteral("immediateActions")).toString();
    n.impact = f.value(QStringLiteral("impact"), 2).toInt();
    n.urgency = f.value(QStringLiteral("urgency"), 2).toInt();
    for (const QVariant &v : f.value(QStringLiteral("links")).toList()) {
        const QVariantMap l = v.toMap();
        n.links << LinkedRecord{l.value(QStringLiteral("kind")).toString(), l.value(QStringLiteral("id")).toString(),
                                l.value(QStringLiteral("label")).toString()};
    }
    for (const QVariant &v : f.value(QStringLiteral("photos")).toList()) {
        const QUrl u(v.toString());
        n.photoFiles << (u.isLocalFile() ? u.toLocalFile() : v.toString());
    }
    // The time is now unless the person says it happened a while ago.
    const int minutesAgo = f.value(QStringLiteral("minutesAgo"), 0).toInt();
    if (minutesAgo > 0)
        n.occurredAt = m_core.clock().nowMs() - qint64(minutesAgo) * 60 * 1000;
    auto id = m_service.log(*a, n);
    setMessage(id ? QString() : id.error());
    if (id && !m_prepared.isEmpty()) {
        m_prepared.clear();
        Q_EMIT preparedChanged();
    }
    return id ? *id : QString();
}

void IncidentDesk::search(const QString &text, const QString &queue)
{
    m_lastText = text;
    m_lastQueue = queue;
    refresh();
}

void IncidentDesk::setFilter(const QString &category, int days, bool mine, const QString &state)
{
    m_category = category;
    m_state = state;
    m_days = qMax(0, days);
    m_mine = mine;
    refresh();
}

IncidentFilter IncidentDesk::listFilter() const
{
    IncidentFilter f;
    f.text = m_lastText;
    f.category = m_category;
    f.state = m_state;
    if (m_days > 0)
        f.fromUtc = m_core.clock().nowMs() - qint64(m_days) * 24 * 3600 * 1000;
    if (m_mine)
        f.staff = m_auth.staffNo();
    static const QHash<QString, QString> queueState{{QStringLiteral("new"), QStringLiteral("new")},
                                                    {QStringLiteral("approval"), QStringLiteral("resolution_proposed")},
                                                    {QStringLiteral("callbacks"), QStringLiteral("resolved")}};
    if (!m_lastQueue.isEmpty())
        f.state = queueState.value(m_lastQueue, m_lastQueue);
    return f;
}

void IncidentDesk::refresh()
{
    m_results.clear();
    m_counts.clear();
    m_hasMore = false;
    if (!m_auth.signedIn()) {
        Q_EMIT resultsChanged();
        return;
    }
    const IncidentFilter f = listFilter();
    // One more than a page tells whether there is more to scroll to.
    auto list = m_service.find(viewer(), f, kPage + 1);
    if (list) {
        m_hasMore = list->size() > kPage;
        for (qsizetype k = 0; k < qMin<qsizetype>(kPage, list->size()); ++k)
            m_results << toMap(list->at(k), false);
    } else {
        setMessage(list.error());
    }
    // The queue chips count under the list's filters; Home counts the whole station.
    auto c = m_service.counts(f);
    // Counts ignore the text and state; unless the list is narrowed otherwise, one query does both.
    const bool narrowed = !f.category.isEmpty() || !f.staff.isEmpty() || f.fromUtc > 0;
    auto all = narrowed ? m_service.counts({}) : c;
    if (c && all) {
        m_counts = {{QStringLiteral("new"), c->fresh}, {QStringLiteral("approval"), c->approval},
                    {QStringLiteral("callbacks"), c->callbacks}, {QStringLiteral("warning"), c->warning},
                    {QStringLiteral("breached"), c->breached}};
        m_stationCounts = {{QStringLiteral("new"), all->fresh}, {QStringLiteral("approval"), all->approval},
                           {QStringLiteral("callbacks"), all->callbacks}, {QStringLiteral("warning"), all->warning},
                           {QStringLiteral("breached"), all->breached}};
    }
    Q_EMIT resultsChanged();
}

void IncidentDesk::loadMore()
{
    if (!m_hasMore || m_results.isEmpty() || !m_auth.signedIn())
        return;
    IncidentFilter f = listFilter();
    const QVariantMap last = m_results.last().toMap();
    f.beforeOccurredAt = last.value(QStringLiteral("occurredAt")).toLongLong();
    f.beforeLogSeq = last.value(QStringLiteral("logSeq")).toLongLong();
    auto list = m_service.find(viewer(), f, kPage + 1);
    if (!list) {
        setMessage(list.error());
        return;
    }
    m_hasMore = list->size() > kPage;
    for (qsizetype k = 0; k < qMin<qsizetype>(kPage, list->size()); ++k)
        m_results << toMap(list->at(k), false);
    Q_EMIT resultsChanged();
}

void IncidentDesk::open(const QString &id)
{
    auto i = m_service.incident(viewer(), id);
    m_current = i ? toMap(*i, true) : QVariantMap();
    Q_EMIT currentChanged();
}

bool IncidentDesk::move(const QString &to, const QString &text, bool valid, bool atFault, const QString &signatureDataUrl)
{
    auto a = m_auth.actor();
    const QString id = m_current.value(QStringLiteral("id")).toString();
    if (!a || id.isEmpty())
        return false;
    QJsonObject details;
    if (to == QLatin1String("assessed"))
        details.insert(QStringLiteral("valid"), valid);
    if (to == QLatin1String("investigating"))
        details.insert(QStringLiteral("at_fault"), atFault);
    const QString prefix = QStringLiteral("data:image/png;base64,");
    const QByteArray signature = signatureDataUrl.startsWith(prefix)
                                     ? QByteArray::fromBase64(signatureDataUrl.mid(prefix.size()).toLatin1())
                                     : QByteArray();
    const Status s = m_service.transition(*a, id, to, text, details, signature);
    setMessage(s.error());
    return s.ok();
}

bool IncidentDesk::note(const QString &text)
{
    auto a = m_auth.actor();
    const QString id = m_current.value(QStringLiteral("id")).toString();
    if (!a || id.isEmpty())
        return false;
    const Status s = m_service.addNote(*a, id, text);
    setMessage(s.error());
    return s.ok();
}


bool IncidentDesk::attachPhoto(const QUrl &file)
{
    auto a = m_auth.actor();
    const QString id = m_current.value(QStringLiteral("id")).toString();
    if (!a || id.isEmpty())
        return false;
    auto sha = m_service.attachPhoto(*a, id, file.isLocalFile() ? file.toLocalFile() : file.toString());
    setMessage(sha ? QString() : sha.error());
    return sha.ok();
}

} // namespace so::incidents
