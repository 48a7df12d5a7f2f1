#include "Dashboard.h"
#include "AlarmHistoryModel.h"
#include "AlarmStats.h"
#include "AuthService.h"
#include "IncidentDesk.h"
#include "IncidentWords.h"
#include "InspectionService.h"
#include "People.h"
#include "StationCore.h"
#include "StationInfo.h"

#include <QMap>
#include <algorithm>

namespace so::supervision {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

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

double share(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0;
}

// Slots of one round: today's slots whose time is up that a finished inspection covered.
int covered(const checklists::DueEntry &d)
{
    return d.slotsToday - d.missedToday;
}

// A round open now whose slot's grace has not run out; one past its grace is among the missed.
bool openNow(const checklists::DueEntry &d, const QString &status, qint64 now)
{
    return d.status == status && d.dueBy >= now;
}

} // namespace

Dashboard::Dashboard(Sources sources, HandoverService &handover, AuthService &auth,
                     const StationInfo &station, QObject *parent)
    : QObject(parent), m_sources(sources), m_handover(handover), m_auth(auth), m_station(station)
{
    m_drill.follow(&station);
    // "This shift" moves only when a handover is acknowledged; notes being typed change nothing
    // here.
    connect(&m_handover, &HandoverService::shiftStarted, this, [this] {
        if (m_auth.access().viewDashboard)
            refresh();
    });
    // Every figure is worded again in the other language; nothing is read again.
    connect(&station, &StationInfo::nameChanged, this, [this] {
        if (m_read)
            present();
    });
}

void Dashboard::setRecordViews(alarms::AlarmHistoryModel *alarmHistory,
                               incidents::IncidentDesk *incidents)
{
    m_alarmHistory = alarmHistory;
    m_incidentDesk = incidents;
}

QString Dashboard::in(const Names &n) const
{
    return n.in(m_station.language());
}

QString Dashboard::day(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)
        .toTimeZone(m_sources.core.config().timeZone)
        .toString(QStringLiteral("yyyy-MM-dd"));
}

QString Dashboard::shiftLine() const
{
    const QString at = m_station.formatDateTime(m_shiftStart);
    return m_shiftFromHandover
               ? tr("This shift began at %1, when the last handover was acknowledged.").arg(at)
               : tr("No handover acknowledged in the last 24 hours: this shift counts from %1.")
                     .arg(at);
}

void Dashboard::setAlarmWindow(const QString &w)
{
    const QString v = w == QLatin1String("week") ? w : QStringLiteral("shift");
    if (v == m_window)
        return;
    m_window = v;
    if (m_read)
        present();
    else
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
    m_read = s.ok();
    present();
    return s.ok();
}

Status Dashboard::readPatrol()
{
    auto due = m_sources.inspections.due();
    if (!due)
        return Error{due.error()};
    m_due = due.take();
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
    return {};
}

Status Dashboard::readCash()
{
    auto shifts = m_sources.cash.shifts(weekStart(), m_now + 1);
    if (!shifts)
        return Error{shifts.error()};
    m_shifts = shifts.take();
    return {};
}

Status Dashboard::readIncidents()
{
    // Callbacks fall due up to the category's days after resolution, so cases from a while
    // before the week can have a callback in it.
    incidents::IncidentFilter f;
    f.fromUtc = weekStart() - 30 * kDayMs;
    f.toUtc = m_now + 1;
    auto cases =
        m_sources.incidents.find(Actor::systemActor(QStringLiteral("dashboard")), f, 5000, true);
    if (!cases)
        return Error{cases.error()};
    m_cases = cases.take();
    return {};
}

AlarmLoad Dashboard::load(const alarms::AlarmStats &s, bool week) const
{
    AlarmLoad l;
    l.title = week ? tr("Alarms by priority, last 7 days") : tr("Alarms by priority, this shift");
    l.total = s.total;
    const int average = s.averageHundredths();
    l.rated = average >= 0;
    if (l.rated) {
        l.average = tr("%1 per 10 minutes")
                        .arg(QString::number(average / 100) + QLatin1Char('.') +
                             QStringLiteral("%1").arg(average % 100, 2, 10, QLatin1Char('0')));
        // EEMUA 191: at most 1 per 10 minutes is acceptable, at most 2 manageable.
        if (average <= 100) {
            l.verdict = tr("acceptable");
            l.verdictTone = QStringLiteral("pass");
        } else if (average <= 200) {
            l.verdict = tr("manageable");
            l.verdictTone = QStringLiteral("warning");
        } else {
            l.verdict = tr("over-demanding");
            l.verdictTone = QStringLiteral("fail");
        }
    } else {
        const int minutes = int((s.toUtc - s.fromUtc) / 60000);
        l.average = QStringLiteral("\u2014");
        l.verdict =
            tr("too early to rate: the shift began %n minute(s) ago; a rate needs 10", "", minutes);
        l.verdictTone = QStringLiteral("muted");
    }
    l.peak = s.peak;
    l.floods = tr("%1 (%2% of the time)")
                   .arg(s.floods.size())
                   .arg(QString::number(s.floodPermille() / 10) + QLatin1Char('.') +
                        QString::number(s.floodPermille() % 10));
    l.chattering = int(s.chattering.size());
    l.stale = int(s.stale.size());
    l.from = m_station.formatDateTime(s.fromUtc);
    l.to = m_station.formatDateTime(s.toUtc);
    l.perInterval = s.perInterval;
    l.lastRunning = s.completeIntervals() < s.perInterval.size();
    l.floodAbove = alarms::AlarmStats::kFloodAbove;
    l.ceiling = qMax(alarms::AlarmStats::kFloodAbove + 2, s.peak);
    return l;
}

void Dashboard::present()
{
    // Patrol: slots, so that the card's figures and its bars are the same numbers.
    PatrolFigure p;
    for (const checklists::DueEntry &d : m_due) {
        p.done += covered(d);
        p.missed += d.missedToday;
        p.due += openNow(d, QStringLiteral("due"), m_now);
        p.inProgress += openNow(d, QStringLiteral("in_progress"), m_now);
    }
    p.slotCount = p.done + p.missed;
    p.percent = p.slotCount > 0 ? p.done * 100 / p.slotCount : 100;
    p.headline = QStringLiteral("%1%").arg(p.percent);
    p.tone = p.percent >= 95   ? QStringLiteral("pass")
             : p.percent >= 80 ? QStringLiteral("warning")
                               : QStringLiteral("fail");
    p.note = tr("%1 of today's %2 patrol slots so far were done; %3 missed.")
                 .arg(p.done)
                 .arg(p.slotCount)
                 .arg(p.missed);
    m_patrol = p;
    const int patrolScale = p.done + p.missed + p.due + p.inProgress;
    const QString patrol = QStringLiteral("patrol");
    m_patrolBars.setBars({
        Bar{QStringLiteral("done"), patrol, tr("Done"), p.done, QString::number(p.done),
            share(p.done, patrolScale), QStringLiteral("pass")},
        Bar{QStringLiteral("in_progress"), patrol, tr("In progress"), p.inProgress,
            QString::number(p.inProgress), share(p.inProgress, patrolScale),
            QStringLiteral("accent")},
        Bar{QStringLiteral("due"), patrol, tr("Due now"), p.due, QString::number(p.due),
            share(p.due, patrolScale), QStringLiteral("warning")},
        Bar{QStringLiteral("missed"), patrol, tr("Missed"), p.missed, QString::number(p.missed),
            share(p.missed, patrolScale), QStringLiteral("fail")},
    });

    // Alarms.
    m_loadShift = load(m_shiftStats, false);
    m_loadWeek = load(m_weekStats, true);
    const alarms::AlarmStats &stats =
        m_window == QLatin1String("week") ? m_weekStats : m_shiftStats;
    static const char *const kPriority[] = {QT_TR_NOOP("Critical"), QT_TR_NOOP("High"),
                                            QT_TR_NOOP("Medium"), QT_TR_NOOP("Low")};
    QList<Bar> priorities;
    for (int k = 1; k <= 4; ++k) {
        const int n = stats.byPriority.at(k - 1);
        priorities << Bar{QString::number(k),
                          QStringLiteral("priority"),
                          QStringLiteral("P%1 ").arg(k) + tr(kPriority[k - 1]),
                          n,
                          QString::number(n),
                          share(n, stats.total),
                          QStringLiteral("p%1").arg(k)};
    }
    m_priorityBars.setBars(priorities);
    QList<Bar> top;
    const int most = stats.top.isEmpty() ? 0 : stats.top.first().count;
    for (const alarms::AlarmCount &c : stats.top)
        top << Bar{c.key,
                   QStringLiteral("top"),
                   in(c.text),
                   c.count,
                   QString::number(c.count),
                   share(c.count, most),
                   QStringLiteral("p%1").arg(qBound(1, c.priority, 4))};
    m_topBars.setBars(top);

    // Cash: signed-off shifts of the week, per seller.
    struct Tally
    {
        int shifts = 0;
        int errorFree = 0;
        qint64 fen = 0;
    };
    QMap<QString, Tally> bySeller;
    int shifts = 0, exact = 0;
    for (const cash::Shift &s : m_shifts) {
        if (s.status != cash::ShiftStatus::SignedOff)
            continue;
        Tally &t = bySeller[s.seller];
        ++t.shifts;
        t.errorFree += s.variance.isZero();
        t.fen += s.variance.fen();
        ++shifts;
        exact += s.variance.isZero();
    }
    qint64 maxAbs = 0;
    for (const Tally &t : bySeller)
        maxAbs = qMax(maxAbs, qAbs(t.fen));
    People people(m_sources.core.db());
    QList<Bar> sellers;
    for (auto it = bySeller.cbegin(); it != bySeller.cend(); ++it)
        sellers << Bar{it.key(),
                       QStringLiteral("seller"),
                       in(people.of(it.key())),
                       it->shifts,
                       signedMoney(Money::fromFen(it->fen)),
                       maxAbs > 0 ? double(qAbs(it->fen)) / double(maxAbs) : 0,
                       it->fen < 0 ? QStringLiteral("fail") : QStringLiteral("warning")};
    m_sellerBars.setBars(sellers);
    m_cash.headline = shifts > 0 ? tr("%1/%2 exact").arg(exact).arg(shifts) : QString();
    m_cash.note =
        sellers.isEmpty()
            ? tr("No shift signed off in the last 7 days.")
            : tr("Net over (+) or short (−) of signed-off shifts; tap a seller for the shifts.");

    // Incidents of the week by category, and callbacks that fell due in it.
    QMap<QString, int> byCategory;
    QMap<QString, int> callbacks;
    int total = 0;
    for (const incidents::Incident &i : m_cases) {
        if (i.occurredAt >= weekStart() && i.state != QLatin1String("cancelled")) {
            byCategory[i.category] += 1;
            ++total;
        }
        if (i.callbackDue > 0 && i.callbackDue >= weekStart())
            callbacks[callbackStatus(i, m_now)] += 1;
    }
    int mostCases = 0;
    for (int n : byCategory)
        mostCases = qMax(mostCases, n);
    QList<Bar> categories;
    for (const incidents::Category &c : m_sources.incidents.config().categories) {
        const int n = byCategory.value(c.id);
        categories << Bar{c.id,
                          QStringLiteral("category"),
                          in(c.name),
                          n,
                          QString::number(n),
                          share(n, mostCases),
                          QStringLiteral("accent")};
    }
    m_categoryBars.setBars(categories);
    const int onTime = callbacks.value(QStringLiteral("on_time"));
    const int late = callbacks.value(QStringLiteral("late"));
    const int pending = callbacks.value(QStringLiteral("pending"));
    const int all = onTime + late + pending;
    const QString cb = QStringLiteral("callbacks");
    m_callbackBars.setBars({
        Bar{QStringLiteral("on_time"), cb, tr("On time"), onTime, QString::number(onTime),
            share(onTime, all), QStringLiteral("pass")},
        Bar{QStringLiteral("late"), cb, tr("Late or missed"), late, QString::number(late),
            share(late, all), QStringLiteral("fail")},
        Bar{QStringLiteral("pending"), cb, tr("Not yet due"), pending, QString::number(pending),
            share(pending, all), QStringLiteral("muted")},
    });
    m_incidents.total = total;
    m_incidents.percent = onTime + late > 0 ? onTime * 100 / (onTime + late) : -1;
    m_incidents.compliance =
        m_incidents.percent < 0 ? tr("Callbacks within the deadline: none was due yet")
                                : tr("Callbacks within the deadline: %1%").arg(m_incidents.percent);

    if (!m_drillChart.isEmpty())
        m_drill.setDrillRows(drill(m_drillChart, m_drillKey));
    Q_EMIT changed();
}

QList<DrillRow> Dashboard::incidentRows(const QString &chart, const QString &key) const
{
    QList<DrillRow> out;
    for (const incidents::Incident &i : m_cases) {
        const bool wanted = chart == QLatin1String("category")
                                ? (i.category == key && i.occurredAt >= weekStart() &&
                                   i.state != QLatin1String("cancelled"))
                                : (i.callbackDue > 0 && i.callbackDue >= weekStart() &&
                                   callbackStatus(i, m_now) == key);
        if (!wanted)
            continue;
        const Area *a = m_sources.core.config().area(i.location);
        const Names place = a ? a->name : Names{i.location, i.location};
        DrillRow r;
        r.key = i.id;
        r.priority = i.priority;
        r.title = in(place) + QStringLiteral(" · ") + in(incidents::IncidentWords::state(i.state));
        r.detail = i.description;
        r.at = chart == QLatin1String("category") ? i.occurredAt : i.callbackDue;
        r.kind = QStringLiteral("incident");
        r.recordId = i.id;
        out << r;
    }
    return out;
}

QList<DrillRow> Dashboard::alarmRows(const QString &chart, const QString &key) const
{
    // The figures as last read, so the list is the one behind what is on screen.
    const alarms::AlarmStats &stats =
        m_window == QLatin1String("week") ? m_weekStats : m_shiftStats;
    QList<DrillRow> out;
    auto alarmRow = [&](const alarms::AlarmCount &c, const QString &detail) {
        DrillRow r;
        r.key = c.key + QLatin1Char('|') + QString::number(c.at) + QLatin1Char('|') +
                QString::number(out.size());
        r.priority = c.priority;
        r.title = in(c.text);
        r.detail = detail;
        r.at = c.at;
        r.kind = QStringLiteral("alarm");
        r.recordId = c.key;
        r.device = c.key.section(QLatin1Char('/'), 0, 0);
        return r;
    };
    if (chart == QLatin1String("priority")) {
        auto list =
            alarms::activations(m_sources.core.db(), stats.fromUtc, stats.toUtc, key.toInt(), 500);
        for (const alarms::AlarmCount &c : list ? *list : QList<alarms::AlarmCount>())
            out << alarmRow(c, c.key);
    } else if (chart == QLatin1String("floods")) {
        for (const alarms::FloodInterval &f : stats.floods) {
            DrillRow r;
            r.key = QString::number(f.startUtc);
            r.title = tr("%n alarm(s) in 10 minutes", "", f.count);
            r.at = f.startUtc;
            r.kind = QStringLiteral("flood");
            out << r;
        }
    } else {
        const QList<alarms::AlarmCount> &list = chart == QLatin1String("chattering")
                                                    ? stats.chattering
                                                : chart == QLatin1String("stale") ? stats.stale
                                                                                  : stats.top;
        for (const alarms::AlarmCount &c : list)
            out << alarmRow(c, chart == QLatin1String("stale")
                                   ? c.key
                                   : tr("%1 · %n time(s)", "", c.count).arg(c.key));
    }
    return out;
}

QList<DrillRow> Dashboard::drill(const QString &chart, const QString &key) const
{
    if (!m_auth.access().viewDashboard)
        return {};
    QList<DrillRow> out;
    if (chart == QLatin1String("patrol")) {
        for (const checklists::DueEntry &d : m_due) {
            int n = 1;
            QString what;
            if (key == QLatin1String("done")) {
                n = covered(d);
                what = tr("%n done today", "", n);
            } else if (key == QLatin1String("missed")) {
                n = d.missedToday;
                what = tr("%n missed today", "", n);
            } else if (key == QLatin1String("due") || key == QLatin1String("in_progress")) {
                n = openNow(d, key, m_now) ? 1 : 0;
            }
            if (n <= 0)
                continue;
            DrillRow r;
            r.key =
                d.templateId + QLatin1Char('|') + d.target.kind + QLatin1Char('|') + d.target.id;
            r.title = in(d.templateName);
            r.detail = what.isEmpty() ? in(d.target.name)
                                      : in(d.target.name) + QStringLiteral(" · ") + what;
            r.at = d.status == QLatin1String("done") ? d.lastDoneAt : d.dueBy;
            r.kind = QStringLiteral("patrol");
            out << r;
        }
    } else if (chart == QLatin1String("priority") || chart == QLatin1String("floods") ||
               chart == QLatin1String("chattering") || chart == QLatin1String("stale") ||
               chart == QLatin1String("top")) {
        out = alarmRows(chart, key);
    } else if (chart == QLatin1String("seller")) {
        People people(m_sources.core.db());
        for (const cash::Shift &s : m_shifts) {
            if ((!key.isEmpty() && s.seller != key) || s.status != cash::ShiftStatus::SignedOff)
                continue;
            Names booth{s.booth, s.booth};
            for (const Booth &b : m_sources.core.config().booths)
                if (b.id == s.booth)
                    booth = b.name;
            DrillRow r;
            r.key = s.id;
            r.title = in(booth) + QStringLiteral(" · ") + in(people.of(s.seller));
            r.detail = tr("Variance %1").arg(signedMoney(s.variance));
            r.at = s.openedAt;
            r.kind = QStringLiteral("shift");
            r.recordId = s.id;
            out << r;
        }
    } else if (chart == QLatin1String("category") || chart == QLatin1String("callbacks")) {
        out = incidentRows(chart, key);
    }
    return out;
}

int Dashboard::openList(const QString &title, const QString &chart, const QString &key)
{
    m_drillTitle = title;
    m_drillChart = chart;
    m_drillKey = key;
    m_drill.setDrillRows(drill(chart, key));
    Q_EMIT changed();
    return m_drill.rowCount();
}

Destination Dashboard::open(int row)
{
    const DrillRow *r = m_drill.row(row);
    if (!r || !m_auth.access().viewDashboard)
        return {};
    Destination d;
    d.valid = true;
    if (r->kind == QLatin1String("alarm") || r->kind == QLatin1String("flood")) {
        // The alarm history on that alarm: its device, priority and day (a flood: its day).
        d.page = QStringLiteral("alarms");
        d.tab = 1;
        if (m_alarmHistory) {
            m_alarmHistory->setDevice(r->device);
            m_alarmHistory->setPriority(r->kind == QLatin1String("alarm") ? r->priority : 0);
            m_alarmHistory->setDay(day(r->at));
        }
    } else if (r->kind == QLatin1String("incident")) {
        d.page = QStringLiteral("incidents");
        if (m_incidentDesk)
            m_incidentDesk->open(r->recordId);
    } else if (r->kind == QLatin1String("shift")) {
        d.page = QStringLiteral("cash");
        d.tab = 1; // the sellers and corrections tab
    } else {
        d.page = QStringLiteral("patrol");
    }
    return d;
}

} // namespace so::supervision
