#include "Dashboard.h"
#include "AlarmStats.h"
#include "AuthService.h"
#include "InspectionService.h"
#include "People.h"
#include "StationCore.h"

#include <QMap>
#include <algorithm>

namespace so::supervision {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QVariantMap row(const Names &title, const Names &detail, qint64 at, int priority = 0)
{
    return QVariantMap{{QStringLiteral("titleZh"), title.zh}, {QStringLiteral("titleEn"), title.en},
                       {QStringLiteral("detailZh"), detail.zh}, {QStringLiteral("detailEn"), detail.en},
                       {QStringLiteral("at"), at}, {QStringLiteral("priority"), priority}};
}

QVariantList countsList(const QList<alarms::AlarmCount> &list)
{
    QVariantList out;
    for (const alarms::AlarmCount &c : list)
        out << QVariantMap{{QStringLiteral("key"), c.key}, {QStringLiteral("textZh"), c.text.zh},
                           {QStringLiteral("textEn"), c.text.en}, {QStringLiteral("priority"), c.priority},
                           {QStringLiteral("count"), c.count}, {QStringLiteral("at"), c.at}};
    return out;
}

QVariantMap statsMap(const alarms::AlarmStats &s)
{
    QVariantList byPriority;
    for (int n : s.byPriority)
        byPriority << n;
    QVariantList perInterval;
    for (int n : s.perInterval)
        perInterval << n;
    return QVariantMap{{QStringLiteral("from"), s.fromUtc},
                       {QStringLiteral("to"), s.toUtc},
                       {QStringLiteral("total"), s.total},
                       {QStringLiteral("byPriority"), byPriority},
                       {QStringLiteral("average"), s.averageHundredths()},
                       {QStringLiteral("peak"), s.peak},
                       {QStringLiteral("perInterval"), perInterval},
                       {QStringLiteral("floodAbove"), alarms::AlarmStats::kFloodAbove},
                       {QStringLiteral("floods"), int(s.floods.size())},
                       {QStringLiteral("floodPermille"), s.floodPermille()},
                       {QStringLiteral("chattering"), int(s.chattering.size())},
                       {QStringLiteral("stale"), int(s.stale.size())},
                       {QStringLiteral("top"), countsList(s.top)}};
}

// "+¥1.50", "-¥0.20", "±0": over and short at a glance.
QString signedMoney(Money m)
{
    if (m.isZero())
        return QStringLiteral("\u00B10");
    return m.isNegative() ? m.format() : QStringLiteral("+") + m.format();
}

// When the callback was made, from the timeline; 0 when it was not.
qint64 callbackAt(const incidents::Incident &i)
{
    for (const incidents::TimelineEntry &t : i.timeline)
        if (t.toState == QLatin1String("callback_done"))
            return t.at;
    return 0;
}

QString callbackStatus(const incidents::Incident &i, qint64 now)
{
    const qint64 done = callbackAt(i);
    if (done > 0)
        return done <= i.callbackDue ? QStringLiteral("on_time") : QStringLiteral("late");
    return i.callbackDue < now ? QStringLiteral("late") : QStringLiteral("pending");
}

} // namespace

Dashboard::Dashboard(Sources sources, HandoverService &handover, AuthService &auth, QObject *parent)
    : QObject(parent), m_sources(sources), m_handover(handover), m_auth(auth)
{
    // "This shift" moves only when a handover is acknowledged; notes being typed change nothing here.
    connect(&m_handover, &HandoverService::shiftStarted, this, [this] {
        if (m_auth.access().viewDashboard)
            refresh();
    });
}

void Dashboard::setAlarmWindow(const QString &w)
{
    const QString v = w == QLatin1String("week") ? w : QStringLiteral("shift");
    if (v == m_window)
        return;
    m_window = v;
    Q_EMIT changed();
}

qint64 Dashboard::weekStart() const
{
    return m_now - kDays * kDayMs;
}

bool Dashboard::refresh()
{
    auto actor = m_auth.require(Permission::ViewDashboard);
    if (!actor) {
        m_message = actor.error();
        Q_EMIT changed();
        return false;
    }
    m_now = m_sources.core.clock().nowMs();
    auto start = m_handover.shiftStart();
    Status s = start ? Status() : Status(Error{start.error()});
    if (s) {
        m_shiftStart = start->at;
        m_shiftFromHandover = start->fromHandover;
    }
    if (s)
        s = readPatrol();
    if (s)
        s = readAlarms();
    if (s)
        s = readCash();
    if (s)
        s = readIncidents();
    m_message = s ? QString() : tr("The dashboard could not be read: %1").arg(s.error());
    Q_EMIT changed();
    return s.ok();
}

Status Dashboard::readPatrol()
{
    auto due = m_sources.inspections.due();
    if (!due)
        return Error{due.error()};
    m_due = due.take();
    int slotCount = 0, missed = 0;
    QMap<QString, int> status;
    for (const checklists::DueEntry &d : m_due) {
        slotCount += d.slotsToday;
        missed += d.missedToday;
        status[d.status] += 1;
    }
    // Completion: today's slots whose time is up that a finished inspection covered.
    const int percent = slotCount > 0 ? (slotCount - missed) * 100 / slotCount : 100;
    m_patrol = QVariantMap{{QStringLiteral("percent"), percent},
                           {QStringLiteral("slots"), slotCount},
                           {QStringLiteral("missed"), missed},
                           {QStringLiteral("overdue"), status.value(QStringLiteral("overdue"))},
                           {QStringLiteral("due"), status.value(QStringLiteral("due"))},
                           {QStringLiteral("inProgress"), status.value(QStringLiteral("in_progress"))},
                           {QStringLiteral("done"), status.value(QStringLiteral("done"))}};
    return {};
}

Status Dashboard::readAlarms()
{
    auto shift = alarms::alarmStats(m_sources.core.db(), m_shiftStart, m_now);
    if (!shift)
        return Error{shift.error()};
    auto week = alarms::alarmStats(m_sources.core.db(), weekStart(), m_now);
    if (!week)
        return Error{week.error()};
    m_shiftStats = shift.take();
    m_weekStats = week.take();
    m_alarmsShift = statsMap(m_shiftStats);
    m_alarmsWeek = statsMap(m_weekStats);
    return {};
}

Status Dashboard::readCash()
{
    auto shifts = m_sources.cash.shifts(weekStart(), m_now + 1);
    if (!shifts)
        return Error{shifts.error()};
    m_shifts = shifts.take();
    struct Tally
    {
        int shifts = 0;
        int errorFree = 0;
        qint64 fen = 0;
    };
    QMap<QString, Tally> bySeller;
    for (const cash::Shift &s : m_shifts) {
        if (s.status != QLatin1String("signed_off"))
            continue;
        Tally &t = bySeller[s.seller];
        ++t.shifts;
        t.errorFree += s.variance.isZero();
        t.fen += s.variance.fen();
    }
    People people(m_sources.core.db());
    QVariantList sellers;
    qint64 maxAbs = 0;
    for (auto it = bySeller.cbegin(); it != bySeller.cend(); ++it) {
        const Names who = people.of(it.key());
        maxAbs = qMax(maxAbs, qAbs(it->fen));
        sellers << QVariantMap{{QStringLiteral("seller"), it.key()},
                               {QStringLiteral("nameZh"), who.zh},
                               {QStringLiteral("nameEn"), who.en},
                               {QStringLiteral("shifts"), it->shifts},
                               {QStringLiteral("errorFree"), it->errorFree},
                               {QStringLiteral("varianceFen"), it->fen},
                               {QStringLiteral("varianceText"), signedMoney(Money::fromFen(it->fen))}};
    }
    m_cash = QVariantMap{{QStringLiteral("sellers"), sellers}, {QStringLiteral("maxAbsFen"), maxAbs}};
    return {};
}

Status Dashboard::readIncidents()
{
    // Callbacks fall due up to the category's days after resolution, so cases from a while
    // before the week can have a callback in it.
    incidents::IncidentFilter f;
    f.fromUtc = weekStart() - 30 * kDayMs;
    f.toUtc = m_now + 1;
    auto cases = m_sources.incidents.find(Actor::systemActor(QStringLiteral("dashboard")), f, 5000, true);
    if (!cases)
        return Error{cases.error()};
    m_cases = cases.take();
    QMap<QString, int> byCategory;
    int total = 0;
    QMap<QString, int> callbacks;
    for (const incidents::Incident &i : m_cases) {
        if (i.occurredAt >= weekStart() && i.state != QLatin1String("cancelled")) {
            byCategory[i.category] += 1;
            ++total;
        }
        if (i.callbackDue > 0 && i.callbackDue >= weekStart())
            callbacks[callbackStatus(i, m_now)] += 1;
    }
    QVariantList categories;
    for (const incidents::Category &c : m_sources.incidents.config().categories)
        categories << QVariantMap{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("nameZh"), c.name.zh},
                                  {QStringLiteral("nameEn"), c.name.en},
                                  {QStringLiteral("count"), byCategory.value(c.id)}};
    const int onTime = callbacks.value(QStringLiteral("on_time"));
    const int late = callbacks.value(QStringLiteral("late"));
    m_incidents = QVariantMap{{QStringLiteral("categories"), categories},
                              {QStringLiteral("total"), total},
                              {QStringLiteral("callbacks"),
                               QVariantMap{{QStringLiteral("onTime"), onTime},
                                           {QStringLiteral("late"), late},
                                           {QStringLiteral("pending"), callbacks.value(QStringLiteral("pending"))},
                                           {QStringLiteral("percent"), onTime + late > 0 ? onTime * 100 / (onTime + late) : -1}}}};
    return {};
}

QVariantList Dashboard::incidentRows(const QString &chart, const QString &key)
{
    QVariantList out;
    for (const incidents::Incident &i : m_cases) {
        const bool wanted = chart == QLatin1String("category")
                                ? (i.category == key && i.occurredAt >= weekStart() && i.state != QLatin1String("cancelled"))
                                : (i.callbackDue > 0 && i.callbackDue >= weekStart() && callbackStatus(i, m_now) == key);
        if (!wanted)
            continue;
        const Area *a = m_sources.core.config().area(i.location);
        const Names place = a ? a->name : Names{i.location, i.location};
        const Names state = incidentStateName(i.state);
        out << row(Names{place.zh + QStringLiteral(" · ") + state.zh, place.en + QStringLiteral(" · ") + state.en},
                   Names{i.description, i.description}, chart == QLatin1String("category") ? i.occurredAt : i.callbackDue,
                   i.priority);
    }
    return out;
}

QVariantList Dashboard::drill(const QString &chart, const QString &key)
{
    if (!m_auth.access().viewDashboard)
        return {};
    QVariantList out;
    if (chart == QLatin1String("patrol")) {
        for (const checklists::DueEntry &d : m_due) {
            if (!key.isEmpty() && d.status != key)
                continue;
            out << row(d.templateName, d.target.name, d.status == QLatin1String("done") ? d.lastDoneAt : d.dueBy);
        }
    } else if (chart == QLatin1String("priority") || chart == QLatin1String("floods") || chart == QLatin1String("chattering") ||
               chart == QLatin1String("stale") || chart == QLatin1String("top")) {
        // The figures as last read, so the list is the one behind what is on screen.
        const alarms::AlarmStats *stats = m_window == QLatin1String("week") ? &m_weekStats : &m_shiftStats;
        if (chart == QLatin1String("priority")) {
            auto list = alarms::activations(m_sources.core.db(), stats->fromUtc, stats->toUtc, key.toInt(), 500);
            for (const alarms::AlarmCount &c : list ? *list : QList<alarms::AlarmCount>())
                out << row(c.text, Names{c.key, c.key}, c.at, c.priority);
        } else if (chart == QLatin1String("floods")) {
            for (const alarms::FloodInterval &f : stats->floods)
                out << row(Names{QStringLiteral("%1 条报警 / 10 分钟").arg(f.count), QStringLiteral("%1 alarms in 10 minutes").arg(f.count)},
                           Names{}, f.startUtc);
        } else {
            const QList<alarms::AlarmCount> &list = chart == QLatin1String("chattering") ? stats->chattering
                                                    : chart == QLatin1String("stale")    ? stats->stale
                                                                                         : stats->top;
            for (const alarms::AlarmCount &c : list)
                out << row(c.text,
                           chart == QLatin1String("stale")
                               ? Names{c.key, c.key}
                               : Names{QStringLiteral("%1 · %2 次").arg(c.key).arg(c.count), QStringLiteral("%1 · %2 times").arg(c.key).arg(c.count)},
                           c.at, c.priority);
        }
    } else if (chart == QLatin1String("seller")) {
        People people(m_sources.core.db());
        for (const cash::Shift &s : m_shifts) {
            if ((!key.isEmpty() && s.seller != key) || s.status != QLatin1String("signed_off"))
                continue;
            Names booth{s.booth, s.booth};
            for (const Booth &b : m_sources.core.config().booths)
                if (b.id == s.booth)
                    booth = b.name;
            const QString v = signedMoney(s.variance);
            const Names who = people.of(s.seller);
            out << row(Names{booth.zh + QStringLiteral(" · ") + who.zh, booth.en + QStringLiteral(" · ") + who.en},
                       Names{QStringLiteral("差额 ") + v, QStringLiteral("Variance ") + v}, s.openedAt);
        }
    } else if (chart == QLatin1String("category") || chart == QLatin1String("callbacks")) {
        out = incidentRows(chart, key);
    }
    return out;
}

} // namespace so::supervision
