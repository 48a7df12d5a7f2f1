#include "Commands.h"
#include "Database.h"
#include "StationCore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <cstdio>

namespace so {

int runAlarms(const Invocation &inv)
{
    const QString file = StationCore::databaseFile(inv.dataDir);
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "stationops alarms: %s: no database here\n", qPrintable(file));
        return 1;
    }
    DatabaseOptions ro;
    ro.readOnly = true;
    auto db = Database::open(file, ro);
    if (!db) {
        std::fprintf(stderr, "stationops alarms: %s\n", qPrintable(db.error()));
        return 1;
    }
    const QString sql = inv.activeOnly
        ? QStringLiteral("SELECT alarm_key, priority, text_en, text_zh, active, acked, raised_at AS time, "
                         "CASE WHEN active=1 AND acked=0 THEN 'unacknowledged' WHEN active=1 THEN 'acknowledged' "
                         "ELSE 'returned_unacknowledged' END AS state FROM alarm_state "
                         "WHERE (active=1 OR acked=0) AND suppressed=0 AND out_of_service=0 "
                         "AND (shelved_until IS NULL OR shelved_until < ?) ORDER BY acked, priority, raised_at DESC")
        : QStringLiteral("SELECT e.alarm_key, e.priority, s.text_en, s.text_zh, e.kind, e.effect, e.receipt_utc AS time, "
                         "e.created_by FROM alarm_event e LEFT JOIN alarm_state s USING (alarm_key) "
                         "ORDER BY e.receipt_utc DESC, e.id DESC LIMIT 500");
    auto q = (*db)->exec(sql, inv.activeOnly ? QVariantList{QDateTime::currentMSecsSinceEpoch()} : QVariantList{});
    if (!q) {
        std::fprintf(stderr, "stationops alarms: %s\n", qPrintable(q.error()));
        return 1;
    }
    QJsonArray rows;
    while (q->next()) {
        QJsonObject o;
        const QSqlRecord rec = q->record();
        for (int i = 0; i < rec.count(); ++i)
            o.insert(rec.fieldName(i), QJsonValue::fromVariant(q->value(i)));
        o.insert(QStringLiteral("time"),
                 QDateTime::fromMSecsSinceEpoch(q->value(QStringLiteral("time")).toLongLong(), Qt::UTC)
                     .toString(Qt::ISODateWithMs));
        rows << o;
    }
    if (inv.json) {
        std::fputs(QJsonDocument(rows).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        std::printf("%s  P%d  %-28s %-16s %s\n", qPrintable(o.value(QStringLiteral("time")).toString()),
                    o.value(QStringLiteral("priority")).toInt(), qPrintable(o.value(QStringLiteral("alarm_key")).toString()),
                    qPrintable(inv.activeOnly ? o.value(QStringLiteral("state")).toString()
                                              : o.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                                                    o.value(QStringLiteral("effect")).toString()),
                    qPrintable(o.value(QStringLiteral("text_en")).toString()));
    }
    if (rows.isEmpty())
        std::printf("no alarms\n");
    return 0;
}

} // namespace so
