#include "IncidentDesk.h"
#include "AuthService.h"
#include "IncidentWords.h"
#include "PhotoStore.h"
#include "StaffService.h"
#include "StationCore.h"
#include "StationInfo.h"

#include <QJsonDocument>
#include <QUrl>

namespace so::incidents {

IncidentDesk::IncidentDesk(StationCore &core, IncidentService &service, AuthService &auth,
                           const StationInfo &station, QObject *parent)
    : QObject(parent), m_core(core), m_service(service), m_auth(auth), m_station(station)
{
    for (ChoiceModel *m :
         {&m_categories, &m_subtypes, &m_channels, &m_locations, &m_categoryFilter, &m_stateFilter})
        m->follow(&station);
    m_results.follow(&station);
    m_queues.follow(&station);
    m_timeline.follow(&station);
    m_links.follow(&station);
    m_moves.follow(&station);
    m_prefillLinks.follow(&station);
    fillChoices();
    connect(&station, &StationInfo::nameChanged, this, [this] {
        // The case's headline and facts, and why the list is empty, read again.
        show(m_open);
        Q_EMIT resultsChanged();
    });
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        // The next person starts from the whole list, not the last one's search.
        m_lastText.clear();
        m_lastQueue.clear();
        m_category.clear();
        m_state.clear();
        m_days = 0;
        m_mine = false;
        m_shown = kPage;
        show(std::nullopt);
        refresh();
    });
    connect(&service, &IncidentService::changed, this, [this](const QString &id) {
        refresh();
        // An empty id: records arrived from another device, and any case may have moved.
        if (!m_current.id.isEmpty() && (id.isEmpty() || m_current.id == id))
            open(m_current.id);
    });
    m_tick.setInterval(5 * 60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_auth.signedIn())
            refresh();
    });
    m_tick.start();
}

void IncidentDesk::fillChoices()
{
    QList<Choice> categories;
    for (const Category &c : m_service.config().categories)
        categories << Choice{c.id, c.name, {}};
    m_categories.setChoices(categories);
    m_categoryFilter.setAny([] { return tr("All categories"); });
    m_categoryFilter.setChoices(categories);
    QList<Choice> channels;
    for (const auto &c : m_service.config().channels)
        channels << Choice{c.first, c.second, {}};
    m_channels.setChoices(channels);
    QList<Choice> places;
    for (const Area &a : m_core.config().areas)
        places << Choice{a.id, a.name, {}};
    m_locations.setChoices(places);
    QList<Choice> states;
    for (const QString &s : IncidentConfig::states())
        states << Choice{s, IncidentWords::state(s), {}};
    m_stateFilter.setAny([] { return tr("Any status"); });
    m_stateFilter.setChoices(states);
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

Names IncidentDesk::placeOf(const QString &area) const
{
    const Area *a = m_core.config().area(area);
    return a ? a->name : Names{area, area};
}

CaseRow IncidentDesk::rowOf(const Incident &i) const
{
    const Category *c = m_service.config().category(i.category);
    return CaseRow{i, c ? c->name : Names{i.category, i.category}, placeOf(i.location)};
}

void IncidentDesk::showSubtypes(const QString &category)
{
    QList<Choice> subtypes;
    if (const Category *c = m_service.config().category(category))
        for (const auto &s : c->subtypes)
            subtypes << Choice{s.first, s.second, {}};
    m_subtypes.setChoices(subtypes);
}

void IncidentDesk::prepare(const QVariantMap &fields)
{
    m_prefill = IntakePrefill{fields.value(QStringLiteral("category")).toString(),
                              fields.value(QStringLiteral("location")).toString(),
                              fields.value(QStringLiteral("description")).toString(), false};
    QList<LinkedRecord> links;
    for (const QVariant &v : fields.value(QStringLiteral("links")).toList()) {
        const QVariantMap l = v.toMap();
        const LinkedRecord link{l.value(QStringLiteral("kind")).toString(),
                                l.value(QStringLiteral("id")).toString(),
                                l.value(QStringLiteral("label")).toString()};
        links << link;
        // Raised from an alarm the station maps to a category (a PSD obstruction is an
        // entrapment): the category is chosen already. Alarm keys are DEVICE/CODE/ASSET.
        const QStringList parts = link.id.split(QLatin1Char('/'));
        if (m_prefill.category.isEmpty() && link.kind == QLatin1String("alarm") &&
            parts.size() >= 2)
            if (const Category *c = m_service.config().categoryForAlarm(parts.at(1)))
                m_prefill.category = c->id;
    }
    m_prefill.linked = !links.isEmpty();
    m_prefillLinks.setRows(links);
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
    n.links = m_prefillLinks.rows();
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
    if (id)
        prepare({});
    return id ? *id : QString();
}

void IncidentDesk::search(const QString &text, const QString &queue)
{
    m_lastText = text;
    m_lastQueue = queue;
    m_shown = kPage;
    refresh();
}

void IncidentDesk::setFilter(const QString &category, int days, bool mine, const QString &state)
{
    m_category = category;
    m_state = state;
    m_days = qMax(0, days);
    m_mine = mine;
    m_shown = kPage;
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
    static const QHash<QString, QString> queueState{
        {QStringLiteral("new"), QStringLiteral("new")},
        {QStringLiteral("approval"), QStringLiteral("resolution_proposed")},
        {QStringLiteral("callbacks"), QStringLiteral("resolved")}};
    if (!m_lastQueue.isEmpty())
        f.state = queueState.value(m_lastQueue, m_lastQueue);
    return f;
}

void IncidentDesk::refresh()
{
    if (!m_auth.signedIn()) {
        m_hasMore = false;
        m_results.setRows({});
        m_queues.setCounts({});
        Q_EMIT resultsChanged();
        return;
    }
    const IncidentFilter f = listFilter();
    // As many as were shown (a refresh keeps the pages scrolled to), and one more to tell
    // whether there is more to scroll to.
    const int shown = m_shown;
    auto list = m_service.find(viewer(), f, shown + 1);
    if (list) {
        m_hasMore = list->size() > shown;
        QList<CaseRow> rows;
        for (qsizetype k = 0; k < qMin<qsizetype>(shown, list->size()); ++k)
            rows << rowOf(list->at(k));
        m_results.setRows(rows);
    } else {
        setMessage(list.error());
    }
    // The queue chips count under the list's filters; Home counts the whole station.
    auto c = m_service.counts(f);
    // Counts ignore the text and state; unless the list is narrowed otherwise, one query does both.
    const bool narrowed = !f.category.isEmpty() || !f.staff.isEmpty() || f.fromUtc > 0;
    auto all = narrowed ? m_service.counts({}) : c;
    if (c && all) {
        m_queues.setCounts(*c);
        m_stationCounts.counts = *all;
    }
    Q_EMIT resultsChanged();
}

void IncidentDesk::loadMore()
{
    const Incident *last = m_results.last();
    if (!m_hasMore || !last || !m_auth.signedIn())
        return;
    IncidentFilter f = listFilter();
    f.beforeOccurredAt = last->occurredAt;
    f.beforeLogSeq = last->logSeq;
    auto list = m_service.find(viewer(), f, kPage + 1);
    if (!list) {
        setMessage(list.error());
        return;
    }
    m_hasMore = list->size() > kPage;
    m_shown += kPage;
    QList<CaseRow> rows = m_results.rows();
    for (qsizetype k = 0; k < qMin<qsizetype>(kPage, list->size()); ++k)
        rows << rowOf(list->at(k));
    m_results.setRows(rows);
    Q_EMIT resultsChanged();
}

QString IncidentDesk::emptyText() const
{
    if (m_results.rowCount() > 0 || !m_auth.signedIn())
        return {};
    const bool filtered = !m_lastQueue.isEmpty() || !m_category.isEmpty() || !m_state.isEmpty() ||
                          m_days > 0 || m_mine;
    const QString text = m_lastText.trimmed();
    if (!text.isEmpty())
        return filtered ? tr("Nothing matches “%1” with these filters.").arg(text)
                        : tr("Nothing matches “%1”.").arg(text);
    return filtered ? tr("No case matches these filters.") : tr("No cases yet.");
}

void IncidentDesk::open(const QString &id)
{
    auto i = m_service.incident(viewer(), id);
    show(i ? std::optional<Incident>(*i) : std::nullopt);
}

void IncidentDesk::show(const std::optional<Incident> &incident)
{
    m_open = incident;
    IncidentCase c;
    QList<TimelineRow> timeline;
    QList<Fact> facts;
    QStringList moves;
    if (incident) {
        const Incident &i = *incident;
        const QString lang = m_station.language();
        const Category *cat = m_service.config().category(i.category);
        moves = m_service.allowedNext(viewer(), i);
        c.id = i.id;
        c.state = i.state;
        c.stateText = IncidentWords::state(i.state).in(lang);
        c.category = i.category;
        c.title = QStringList{cat ? cat->name.in(lang) : i.category, placeOf(i.location).in(lang),
                              QStringLiteral("P%1").arg(i.priority)}
                      .join(QStringLiteral(" · "));
        c.description = i.description;
        c.priority = i.priority;
        c.occurredAt = i.occurredAt;
        c.passengerName = i.passengerName;
        c.passengerSigned = i.passengerSigned;
        PhotoStore store(m_core);
        for (const QString &sha : i.photos)
            c.photos << QUrl::fromLocalFile(store.path(sha)).toString();
        c.assessing = moves.contains(QStringLiteral("assessed"));
        c.investigating = moves.contains(QStringLiteral("investigating"));
        c.resolving = moves.contains(QStringLiteral("resolved"));
        c.noteHint =
            c.resolving ? tr("How the passenger was told") : tr("What was found or agreed");

        // Names, not staff numbers, on the timeline: staff are read once per opened case.
        QHash<QString, Names> names;
        if (auto staff = StaffService(m_core).list())
            for (const StaffMember &p : *staff)
                names.insert(p.staffNo, {p.nameZh, p.nameEn});
        std::optional<bool> valid;
        std::optional<bool> atFault;
        int seq = 0;
        for (const TimelineEntry &e : i.timeline) {
            timeline << TimelineRow{e, names.value(e.by, Names{e.by, e.by}), seq++};
            // The decisions are the assessment's and the investigation's, as they were recorded.
            const QJsonObject d = QJsonDocument::fromJson(e.details.toUtf8()).object();
            if (d.contains(QStringLiteral("valid")))
                valid = d.value(QStringLiteral("valid")).toBool();
            if (d.contains(QStringLiteral("at_fault")))
                atFault = d.value(QStringLiteral("at_fault")).toBool();
        }

        auto fact = [&](const char *key, const QString &label, const QString &value) {
            if (!value.trimmed().isEmpty())
                facts << Fact{QLatin1String(key), label, value};
        };
        if (cat)
            for (const auto &s : cat->subtypes)
                if (s.first == i.subtype)
                    fact("subtype", tr("Type"), s.second.in(lang));
        fact("when", tr("When"), m_station.formatDateTime(i.occurredAt));
        for (const auto &ch : m_service.config().channels)
            if (ch.first == i.channel)
                fact("channel", tr("Reported"), ch.second.in(lang));
        fact("passenger", tr("Passenger"),
             QStringList{i.passengerName, i.passengerContact}.join(QLatin1Char(' ')).trimmed());
        fact("staff", tr("Staff involved"), i.staffInvolved);
        fact("actions", tr("Done on the spot"), i.immediateActions);
        if (valid)
            fact("valid", tr("Assessment"),
                 *valid ? tr("Valid complaint") : tr("Not a valid complaint"));
        if (atFault)
            fact("at_fault", tr("Investigation"),
                 *atFault ? tr("Station at fault") : tr("Station not at fault"));
    }
    m_current = c;
    m_timeline.setRows(timeline);
    m_facts.setRows(facts);
    m_links.setRows(incident ? incident->links : QList<LinkedRecord>{});
    m_moves.setMoves(moves);
    Q_EMIT currentChanged();
}

bool IncidentDesk::move(const QString &to, const QString &text, bool valid, bool atFault,
                        const QString &signatureDataUrl)
{
    auto a = m_auth.actor();
    if (!a || m_current.id.isEmpty())
        return false;
    QJsonObject details;
    if (to == QLatin1String("assessed"))
        details.insert(QStringLiteral("valid"), valid);
    if (to == QLatin1String("investigating"))
        details.insert(QStringLiteral("at_fault"), atFault);
    const QString prefix = QStringLiteral("data:image/png;base64,");
    const QByteArray signature =
        signatureDataUrl.startsWith(prefix)
            ? QByteArray::fromBase64(signatureDataUrl.mid(prefix.size()).toLatin1())
            : QByteArray();
    const Status s = m_service.transition(*a, m_current.id, to, text, details, signature);
    setMessage(s.error());
    return s.ok();
}

bool IncidentDesk::note(const QString &text)
{
    auto a = m_auth.actor();
    if (!a || m_current.id.isEmpty())
        return false;
    const Status s = m_service.addNote(*a, m_current.id, text);
    setMessage(s.error());
    return s.ok();
}

bool IncidentDesk::attachPhoto(const QUrl &file)
{
    auto a = m_auth.actor();
    if (!a || m_current.id.isEmpty())
        return false;
    auto sha = m_service.attachPhoto(*a, m_current.id,
                                     file.isLocalFile() ? file.toLocalFile() : file.toString());
    setMessage(sha ? QString() : sha.error());
    return sha.ok();
}

} // namespace so::incidents
