#include "DueList.h"
#include "InspectionStore.h"

#include <algorithm>

namespace so::checklists {

QList<TargetRef> targetsFor(const ChecklistTemplate &t, const StationConfig &station)
{
    QList<TargetRef> out;
    if (t.appliesTo == QLatin1String("platform-side")) {
        for (const Platform &p : station.platforms)
            for (const PlatformSide &s : p.sides)
                out << TargetRef{QStringLiteral("platform-side"), s.id, s.name};
    } else if (t.appliesTo == QLatin1String("area")) {
        for (const QString &a : t.areas)
            if (const Area *area = station.area(a))
                out << TargetRef{QStringLiteral("area"), a, area->name};
    } else {
        out << TargetRef{QStringLiteral("station"), station.code, station.name};
    }
    return out;
}

QList<qint64> slotsOn(const Schedule &s, const StationConfig &station, const QDate &day)
{
    if (!s.months.isEmpty() && !s.months.contains(day.month()))
        return {};
    QList<QTime> times;
    if (s.everyMinutes > 0) {
        // Every N minutes through service hours, from the first train.
        // In minutes of the day, so the last slot never wraps past midnight.
        const int first = station.firstTrain.msecsSinceStartOfDay() / 60000;
        const int last = station.lastTrain.msecsSinceStartOfDay() / 60000;
        for (int m = first; m <= last; m += s.everyMinutes)
            times << QTime(m / 60, m % 60);
    }
    times += s.dailyAt;
    if (s.weekday > 0 && day.dayOfWeek() == s.weekday)
        times << s.weeklyAt;
    std::sort(times.begin(), times.end());
    QList<qint64> out;
    for (const QTime &t : times)
        out << QDateTime(day, t, station.timeZone).toMSecsSinceEpoch();
    return out;
}

Result<QList<DueEntry>> dueList(const QList<ChecklistTemplate> &templates,
                                const StationConfig &station, InspectionStore &store, qint64 nowUtc,
                                const QHash<QString, QString> &inProgress)
{
    QList<DueEntry> out;
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(nowUtc, Qt::UTC).toTimeZone(station.timeZone).date();
    for (const ChecklistTemplate &t : templates) {
        if (!t.schedule)
            continue;
        const Schedule &s = *t.schedule;
        // Weekly checks look back over the week; others over today and yesterday.
        QList<qint64> slotTimes;
        for (int back = (s.weekday > 0 ? 6 : 1); back >= 0; --back)
            slotTimes += slotsOn(s, station, today.addDays(-back));
        slotTimes += slotsOn(s, station, today.addDays(1)).mid(0, 1);
        if (slotTimes.isEmpty())
            continue;
        for (const TargetRef &target : targetsFor(t, station)) {
            DueEntry e;
            e.templateId = t.id;
            e.templateName = t.name;
            e.target = target;
            auto last = store.lastFinished(t.id, target.kind, target.id);
            if (!last)
                return Error{last.error()};
            e.lastDoneAt = *last;
            for (qint64 slot : slotTimes) {
                if (slot <= nowUtc)
                    e.slotAt = slot;
                else if (!e.nextSlotAt)
                    e.nextSlotAt = slot;
            }
            e.dueBy = e.slotAt + qint64(s.graceMinutes) * 60 * 1000;
            const QString key =
                t.id + QLatin1Char('|') + target.kind + QLatin1Char('|') + target.id;
            e.draftId = inProgress.value(key);
            if (!e.draftId.isEmpty())
                e.status = QStringLiteral("in_progress");
            else if (e.slotAt == 0 || e.lastDoneAt >= e.slotAt)
                e.status = QStringLiteral("done");
            else
                e.status = nowUtc > e.dueBy ? QStringLiteral("overdue") : QStringLiteral("due");
            // Missed today: a slot whose grace has passed with nothing finished before the next
            // slot.
            const qint64 dayStart =
                QDateTime(today, QTime(0, 0), station.timeZone).toMSecsSinceEpoch();
            auto done = store.finishedTimes(t.id, target.kind, target.id, dayStart, nowUtc + 1);
            if (!done)
                return Error{done.error()};
            for (int i = 0; i < slotTimes.size(); ++i) {
                const qint64 slot = slotTimes[i];
                const qint64 end = i + 1 < slotTimes.size() ? slotTimes[i + 1] : nowUtc + 1;
                if (slot < dayStart || slot + qint64(s.graceMinutes) * 60 * 1000 >= nowUtc)
                    continue;
                ++e.slotsToday;
                const bool covered = std::any_of(done->begin(), done->end(),
                                                 [&](qint64 d) { return d >= slot && d < end; });
                if (!covered)
                    ++e.missedToday;
            }
            out << e;
        }
    }
    // Overdue first, then due, in progress, done; within each the earliest deadline first.
    auto rank = [](const QString &s) {
        return s == QLatin1String("overdue")       ? 0
               : s == QLatin1String("due")         ? 1
               : s == QLatin1String("in_progress") ? 2
                                                   : 3;
    };
    std::stable_sort(out.begin(), out.end(), [&](const DueEntry &a, const DueEntry &b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        return (a.status == QLatin1String("done") ? a.nextSlotAt : a.dueBy) <
               (b.status == QLatin1String("done") ? b.nextSlotAt : b.dueBy);
    });
    return out;
}

} // namespace so::checklists
