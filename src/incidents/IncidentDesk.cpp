#include "IncidentDesk.h"
#include "AuthService.h"
#include "StationCore.h"

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
    QVariantMap m{{QStringLiteral("id"), i.id}, {QStringLiteral("occurredAt"), i.occurredAt},
                  {QStringLiteral("category"), i.category}, {QStringLiteral("categoryZh"), c ? c->name.zh : i.category}, {QStringLiteral("categoryEn"), c ? c->name.en : i.category},
                  {QStringLiteral("locationZh"), a ? a->name.zh : i.location}, {QStringLiteral("locationEn"), a ? a->name.en : i.location},
                  {QStringLiteral("description"), i.description}, {QStringLiteral("state"), i.state},
                  {QStringLiteral("priority"), i.priority}, {QStringLiteral("timer"), i.timer},
                  {QStringLiteral("passengerName"), i.passengerName}, {QStringLiteral("passengerContact"), i.passengerContact},
                  {QStringLiteral("by"), i.createdBy}, {QStringLiteral("callbackDue"), i.callbackDue},
                  {QStringLiteral("firstResponseDue"), i.firstResponseDue}};
    if (withTimeline) {
        QVariantList t;
        for (const TimelineEntry &e : i.timeline)
            t << QVariantMap{{QStringLiteral("kind"), e.kind}, {QStringLiteral("to"), e.toState}, {QStringLiteral("text"), e.text},
                             {QStringLiteral("by"), e.by}, {QStringLiteral("at"), e.at}};
        m.insert(QStringLiteral("timeline"), t);
        m.insert(QStringLiteral("next"), m_service.allowedNext(viewer(), i.id).value());
    }
    return m;
}

void IncidentDesk::prepare(const QVariantMap &fields)
{
    m_prepared = fields;
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
    n.fromAlarm = f.value(QStringLiteral("fromAlarm")).toString();
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

void IncidentDesk::setFilter(const QString &category, int days, bool mine)
{
    m_category = category;
    m_days = qMax(0, days);
    m_mine = mine;
    refresh();
}

void IncidentDesk::refresh()
{
    m_results.clear();
    m_counts.clear();
    if (!m_auth.signedIn()) {
        Q_EMIT resultsChanged();
        return;
    }
    IncidentFilter f;
    f.text = m_lastText;
    f.category = m_category;
    if (m_days > 0)
        f.fromUtc = m_core.clock().nowMs() - qint64(m_days) * 24 * 3600 * 1000;
    if (m_mine)
        f.staff = m_auth.staffNo();
    auto all = m_service.find(viewer(), f, 500);
    int fresh = 0, approval = 0, callbacks = 0, warning = 0, breached = 0;
    if (all) {
        for (const Incident &i : *all) {
            fresh += i.state == QLatin1String("new");
            approval += i.state == QLatin1String("resolution_proposed");
            callbacks += i.state == QLatin1String("resolved");
            breached += i.timer == QLatin1String("breached");
            warning += i.timer == QLatin1String("warning");
            const bool inQueue = m_lastQueue.isEmpty() || (m_lastQueue == QLatin1String("new") && i.state == QLatin1String("new")) ||
                                 (m_lastQueue == QLatin1String("approval") && i.state == QLatin1String("resolution_proposed")) ||
                                 (m_lastQueue == QLatin1String("callbacks") && i.state == QLatin1String("resolved"));
            if (inQueue && m_results.size() < 200)
                m_results << toMap(i, false);
        }
    } else {
        setMessage(all.error());
    }
    m_counts = {{QStringLiteral("new"), fresh}, {QStringLiteral("approval"), approval}, {QStringLiteral("callbacks"), callbacks},
                {QStringLiteral("warning"), warning}, {QStringLiteral("breached"), breached}};
    Q_EMIT resultsChanged();
}

void IncidentDesk::open(const QString &id)
{
    auto i = m_service.incident(viewer(), id);
    m_current = i ? toMap(*i, true) : QVariantMap();
    Q_EMIT currentChanged();
}

bool IncidentDesk::move(const QString &to, const QString &text, bool valid, bool atFault)
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
    const Status s = m_service.transition(*a, id, to, text, details);
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

} // namespace so::incidents
