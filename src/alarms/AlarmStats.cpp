#include "AlarmStats.h"

namespace so::alarms {

namespace {

// An activation: a raise that started a new occurrence (repeats of an active alarm are not alarms).
const char *const kActivation =
    "e.kind = 'raise' AND e.effect = 'new_occurrence' AND e.receipt_utc >= ? AND e.receipt_utc < ?";

Result<QList<AlarmCount>> counts(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return Error{q.error()};
    QList<AlarmCount> out;
    while (q->next()) {
        AlarmCount c;
        c.key = q->value(0).toString();
        c.count = q->value(1).toInt();
        c.priority = q->value(2).toInt();
        c.at = q->value(3).toLongLong();
        c.text = Names{q->value(4).toString(), q->value(5).toString()};
        if (c.text.zh.isEmpty())
            c.text = Names{c.key, c.key};
        out << c;
    }
    return out;
}

} // namespace

Result<AlarmStats> alarmStats(Database &db, qint64 fromUtc, qint64 toUtc)
{
    AlarmStats s;
    s.fromUtc = fromUtc;
    s.toUtc = toUtc;
    s.intervals = int((toUtc - fromUtc + AlarmStats::kIntervalMs - 1) / AlarmStats::kIntervalMs);
    const QVariantList range{fromUtc, toUtc};
    const QString where = QString::fromLatin1(kActivation);

    auto q = db.exec(QStringLiteral("SELECT e.priority, COUNT(*) FROM alarm_event e WHERE ") +
                         where + QStringLiteral(" GROUP BY e.priority"),
                     range);
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        const int p = q->value(0).toInt();
        const int n = q->value(1).toInt();
        if (p >= 1 && p <= 4)
            s.byPriority[p - 1] = n;
        s.total += n;
    }
    // Intervals are counted from the window's start, so "this shift" starts its first interval
    // when the shift does.
    q = db.exec(
        QStringLiteral("SELECT (e.receipt_utc - ?) / ?, COUNT(*) FROM alarm_event e WHERE ") +
            where + QStringLiteral(" GROUP BY 1 ORDER BY 1 DESC"),
        QVariantList{fromUtc, AlarmStats::kIntervalMs} + range);
    if (!q)
        return Error{q.error()};
    s.perInterval.fill(0, s.intervals);
    while (q->next()) {
        const int n = q->value(1).toInt();
        const qint64 index = q->value(0).toLongLong();
        if (index >= 0 && index < s.intervals)
            s.perInterval[index] = n;
        s.peak = qMax(s.peak, n);
        if (n > AlarmStats::kFloodAbove)
            s.floods << FloodInterval{fromUtc + q->value(0).toLongLong() * AlarmStats::kIntervalMs,
                                      n};
    }
    const QString names = QStringLiteral(" LEFT JOIN alarm_state s ON s.alarm_key = t.alarm_key ");
    auto top = counts(
        db,
        QStringLiteral(
            "SELECT t.alarm_key, t.n, t.p, t.last, s.text_zh, s.text_en FROM (SELECT e.alarm_key, "
            "COUNT(*) AS n, MIN(e.priority) AS p, MAX(e.receipt_utc) AS last FROM alarm_event e "
            "WHERE ") +
            where + QStringLiteral(" GROUP BY e.alarm_key) t") + names +
            QStringLiteral("ORDER BY t.n DESC, t.alarm_key LIMIT 10"),
        range);
    if (!top)
        return Error{top.error()};
    s.top = top.take();
    // Chattering: an activation with two more of the same alarm in the 60 s before it.
    auto chatter = counts(
        db,
        QStringLiteral(
            "SELECT t.alarm_key, COUNT(*) AS n, MIN(t.priority), MAX(t.receipt_utc), s.text_zh, "
            "s.text_en FROM "
            "(SELECT e.alarm_key, e.priority, e.receipt_utc, LAG(e.receipt_utc, %1) OVER "
            "(PARTITION BY e.alarm_key ORDER BY e.receipt_utc) AS before FROM alarm_event e WHERE ")
                .arg(AlarmStats::kChatterCount - 1) +
            where + QStringLiteral(") t") + names +
            QStringLiteral(
                "WHERE t.before IS NOT NULL AND t.receipt_utc - t.before <= ? GROUP BY t.alarm_key "
                "ORDER BY n DESC, t.alarm_key"),
        range + QVariantList{AlarmStats::kChatterMs});
    if (!chatter)
        return Error{chatter.error()};
    s.chattering = chatter.take();
    auto stale = counts(
        db,
        QStringLiteral(
            "SELECT alarm_key, 1, priority, raised_at, text_zh, text_en FROM alarm_state "
            "WHERE active = 1 AND out_of_service = 0 AND raised_at IS NOT NULL AND raised_at < ? "
            "ORDER BY raised_at"),
        {toUtc - AlarmStats::kStaleMs});
    if (!stale)
        return Error{stale.error()};
    s.stale = stale.take();
    return s;
}

Result<QList<AlarmCount>> activations(Database &db, qint64 fromUtc, qint64 toUtc, int priority,
                                      int limit)
{
    QVariantList binds{fromUtc, toUtc};
    QString sql = QStringLiteral("SELECT e.alarm_key, 1, e.priority, e.receipt_utc, s.text_zh, "
                                 "s.text_en FROM alarm_event e "
                                 "LEFT JOIN alarm_state s ON s.alarm_key = e.alarm_key WHERE ") +
                  QString::fromLatin1(kActivation);
    if (priority > 0) {
        sql += QStringLiteral(" AND e.priority = ?");
        binds << priority;
    }
    sql += QStringLiteral(" ORDER BY e.receipt_utc DESC LIMIT ?");
    binds << limit;
    return counts(db, sql, binds);
}

} // namespace so::alarms
