#include "AlarmStore.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <cstdio>
#include <sqlite3.h>

namespace so::alarms {

namespace {

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

Status execPrepared(QSqlQuery &q)
{
    if (!q.exec())
        return fail(q.lastError().databaseText());
    return {};
}

} // namespace

QSqlQuery &AlarmStore::prepared(QSqlQuery &q, const char *sql)
{
    if (!q.isValid() && q.lastQuery().isEmpty()) {
        q = QSqlQuery(m_db.connection());
        q.prepare(QString::fromLatin1(sql));
    }
    return q;
}

AlarmStore::~AlarmStore()
{
    sqlite3_finalize(m_insertEvent);
    sqlite3_finalize(m_noteArrival);
}

namespace {

// Binds UTF-8 text (or NULL for an empty optional column) without copying twice.
int bindText(sqlite3_stmt *st, int i, const QString &s, bool nullWhenEmpty, QList<QByteArray> &keep)
{
    if (s.isEmpty() && nullWhenEmpty)
        return sqlite3_bind_null(st, i);
    keep << s.toUtf8();
    return sqlite3_bind_text(st, i, keep.last().constData(), int(keep.last().size()),
                             SQLITE_STATIC);
}

} // namespace

Status AlarmStore::insertEvent(const EventRow &r)
{
    sqlite3 *db = m_db.handle();
    if (!m_insertEvent &&
        sqlite3_prepare_v2(
            db,
            "INSERT INTO alarm_event(id, device_id, device_seq, created_at, created_by, alarm_key, "
            "source_device, point, asset, kind, effect, occurrence_id, parent_event_id, priority, "
            "link_id, "
            "link_seq, device_time, receipt_utc, receipt_mono, label, comment, raw, state) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            -1, &m_insertEvent, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_stmt *st = m_insertEvent;
    QList<QByteArray> keep;
    keep.reserve(16);
    bindText(st, 1, r.stamp.id, false, keep);
    bindText(st, 2, r.stamp.deviceId, false, keep);
    sqlite3_bind_int64(st, 3, r.stamp.deviceSeq);
    sqlite3_bind_int64(st, 4, r.stamp.createdAt);
    bindText(st, 5, r.stamp.createdBy, false, keep);
    bindText(st, 6, r.alarmKey, false, keep);
    bindText(st, 7, r.device, false, keep);
    bindText(st, 8, r.point, false, keep);
    bindText(st, 9, r.asset, false, keep);
    bindText(st, 10, r.kind, false, keep);
    bindText(st, 11, r.effect, false, keep);
    bindText(st, 12, r.occurrenceId, true, keep);
    bindText(st, 13, r.parentEventId, true, keep);
    sqlite3_bind_int(st, 14, r.priority);
    bindText(st, 15, r.linkId, true, keep);
    if (r.linkSeq < 0)
        sqlite3_bind_null(st, 16);
    else
        sqlite3_bind_int64(st, 16, r.linkSeq);
    bindText(st, 17, r.deviceTime, true, keep);
    sqlite3_bind_int64(st, 18, r.receiptUtc);
    if (r.receiptMono < 0)
        sqlite3_bind_null(st, 19);
    else
        sqlite3_bind_int64(st, 19, r.receiptMono);
    bindText(st, 20, r.label, true, keep);
    bindText(st, 21, r.comment, true, keep);
    if (r.raw.isNull())
        sqlite3_bind_null(st, 22);
    else
        sqlite3_bind_blob(st, 22, r.raw.constData(), int(r.raw.size()), SQLITE_STATIC);
    if (r.state.isEmpty())
        sqlite3_bind_null(st, 23);
    else
        sqlite3_bind_text(st, 23, r.state.constData(), int(r.state.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(st);
    Status s = rc == SQLITE_DONE ? Status() : Status(fail(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (!s)
        return s;
    // The event travels (sync_arrival is what the outbox and `sync export` read); noted here,
    // not by a trigger, which would make every insert of a flood several times dearer.
    if (!m_noteArrival &&
        sqlite3_prepare_v2(db,
                           "INSERT INTO sync_arrival (kind, record_id) VALUES ('alarm_event', ?)",
                           -1, &m_noteArrival, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_bind_text(m_noteArrival, 1, keep.first().constData(), int(keep.first().size()),
                      SQLITE_STATIC);
    const int noted = sqlite3_step(m_noteArrival);
    sqlite3_reset(m_noteArrival);
    return noted == SQLITE_DONE ? Status() : Status(fail(QString::fromUtf8(sqlite3_errmsg(db))));
}

Status AlarmStore::insertDecodeError(const Stamp &stamp, const DecodeError &e)
{
    QSqlQuery &q = prepared(
        m_insertError, "INSERT INTO decode_error(id, device_id, device_seq, created_at, "
                       "created_by, link_id, link_seq, "
                       "receipt_utc, receipt_mono, reason, raw) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    int i = 0;
    for (const QVariant &v : stamp.binds())
        q.bindValue(i++, v);
    q.bindValue(i++, e.receipt.linkId);
    q.bindValue(i++, e.receipt.linkSeq);
    q.bindValue(i++, e.receipt.utcMs);
    q.bindValue(i++, e.receipt.monoMs);
    q.bindValue(i++, e.reason);
    q.bindValue(i++, e.receipt.raw.isNull() ? QByteArray("") : e.receipt.raw);
    return execPrepared(q);
}

namespace {

// A JSON string, as QJsonDocument would write it: built by hand, since it runs for every event
// of a flood and a QJsonObject per event costs more than the insert.
void appendJsonText(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray AlarmStore::stateJson(const AlarmRecord &r)
{
    // What saveState writes, column by column; a column it leaves NULL is left out.
    QByteArray out;
    out.reserve(320);
    bool first = true;
    auto key = [&](const char *name) {
        out += first ? "{\"" : ",\"";
        first = false;
        out += name;
        out += "\":";
    };
    auto number = [&](const char *name, qint64 v) {
        key(name);
        out += QByteArray::number(v);
    };
    auto text = [&](const char *name, const QString &v, bool always) {
        if (v.isEmpty() && !always)
            return;
        key(name);
        appendJsonText(out, v);
    };
    auto time = [&](const char *name, qint64 v) {
        if (v != 0)
            number(name, v);
    };
    number("priority", r.priority);
    text("text_zh", r.text.zh, true);
    text("text_en", r.text.en, true);
    text("area", r.area, true);
    number("latching", r.latching);
    number("active", r.active);
    number("acked", r.acked);
    text("occurrence_id", r.occurrenceId, false);
    number("occurrences", r.occurrences);
    time("raised_at", r.raisedAt);
    time("cleared_at", r.clearedAt);
    time("acked_at", r.ackedAt);
    text("acked_by", r.ackedBy, false);
    text("ack_comment", r.ackComment, false);
    time("shelved_until", r.shelvedUntil);
    text("shelve_reason", r.shelveReason, false);
    text("shelved_by", r.shelvedBy, false);
    number("suppressed", r.suppressed);
    number("out_of_service", r.outOfService);
    number("chattering", r.chattering);
    text("label", r.label, false);
    text("device_time", r.deviceTime, false);
    number("updated_at", r.updatedAt);
    out += '}';
    return out;
}

Status AlarmStore::saveState(const AlarmRecord &r)
{
    QSqlQuery &q = prepared(
        m_saveState,
        "INSERT OR REPLACE INTO alarm_state(alarm_key, source_device, point, asset, priority, "
        "text_zh, "
        "text_en, area, latching, active, acked, occurrence_id, occurrences, raised_at, "
        "cleared_at, "
        "acked_at, acked_by, ack_comment, shelved_until, shelve_reason, shelved_by, suppressed, "
        "out_of_service, chattering, label, device_time, last_event_id, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QVariantList v{r.key,
                         r.device,
                         r.point,
                         r.asset.isEmpty() ? QStringLiteral("") : r.asset,
                         r.priority,
                         r.text.zh,
                         r.text.en,
                         r.area,
                         int(r.latching),
                         int(r.active),
                         int(r.acked),
                         nullIfEmpty(r.occurrenceId),
                         r.occurrences,
                         nullIfZero(r.raisedAt),
                         nullIfZero(r.clearedAt),
                         nullIfZero(r.ackedAt),
                         nullIfEmpty(r.ackedBy),
                         nullIfEmpty(r.ackComment),
                         nullIfZero(r.shelvedUntil),
                         nullIfEmpty(r.shelveReason),
                         nullIfEmpty(r.shelvedBy),
                         int(r.suppressed),
                         int(r.outOfService),
                         int(r.chattering),
                         nullIfEmpty(r.label),
                         nullIfEmpty(r.deviceTime),
                         nullIfEmpty(r.lastEventId),
                         r.updatedAt};
    for (int i = 0; i < v.size(); ++i)
        q.bindValue(i, v[i]);
    return execPrepared(q);
}

Result<QList<AlarmRecord>> AlarmStore::loadStates()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT alarm_key, source_device, point, asset, priority, text_zh, text_en, area, "
        "latching, "
        "active, acked, occurrence_id, occurrences, raised_at, cleared_at, acked_at, acked_by, "
        "ack_comment, shelved_until, shelve_reason, shelved_by, suppressed, out_of_service, "
        "chattering, "
        "label, device_time, last_event_id, updated_at FROM alarm_state"));
    if (!q)
        return Error{q.error()};
    QList<AlarmRecord> out;
    while (q->next()) {
        AlarmRecord r;
        int i = 0;
        r.key = q->value(i++).toString();
        r.device = q->value(i++).toString();
        r.point = q->value(i++).toString();
        r.asset = q->value(i++).toString();
        r.priority = q->value(i++).toInt();
        r.text.zh = q->value(i++).toString();
        r.text.en = q->value(i++).toString();
        r.area = q->value(i++).toString();
        r.latching = q->value(i++).toBool();
        r.active = q->value(i++).toBool();
        r.acked = q->value(i++).toBool();
        r.occurrenceId = q->value(i++).toString();
        r.occurrences = q->value(i++).toInt();
        r.raisedAt = q->value(i++).toLongLong();
        r.clearedAt = q->value(i++).toLongLong();
        r.ackedAt = q->value(i++).toLongLong();
        r.ackedBy = q->value(i++).toString();
        r.ackComment = q->value(i++).toString();
        r.shelvedUntil = q->value(i++).toLongLong();
        r.shelveReason = q->value(i++).toString();
        r.shelvedBy = q->value(i++).toString();
        r.suppressed = q->value(i++).toBool();
        r.outOfService = q->value(i++).toBool();
        r.chattering = q->value(i++).toBool();
        r.label = q->value(i++).toString();
        r.deviceTime = q->value(i++).toString();
        r.lastEventId = q->value(i++).toString();
        r.updatedAt = q->value(i++).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<HistoryRow>> AlarmStore::history(const HistoryFilter &f, qint64 beforeUtc,
                                              const QString &beforeId, int limit)
{
    QString sql =
        QStringLiteral("SELECT id, alarm_key, source_device, point, asset, kind, effect, priority, "
                       "receipt_utc, created_by, comment, label FROM alarm_event WHERE 1=1");
    QVariantList binds;
    if (!f.device.isEmpty()) {
        sql += QStringLiteral(" AND source_device = ?");
        binds << f.device;
    }
    if (f.priority > 0) {
        sql += QStringLiteral(" AND priority = ?");
        binds << f.priority;
    }
    if (f.fromUtc > 0) {
        sql += QStringLiteral(" AND receipt_utc >= ?");
        binds << f.fromUtc;
    }
    if (f.toUtc > 0) {
        sql += QStringLiteral(" AND receipt_utc < ?");
        binds << f.toUtc;
    }
    if (beforeUtc > 0) {
        // Keyset paging: stable while new rows arrive at the top.
        sql += QStringLiteral(" AND (receipt_utc < ? OR (receipt_utc = ? AND id < ?))");
        binds << beforeUtc << beforeUtc << beforeId;
    }
    sql += QStringLiteral(" ORDER BY receipt_utc DESC, id DESC LIMIT ?");
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return Error{q.error()};
    QList<HistoryRow> out;
    while (q->next()) {
        out << HistoryRow{q->value(0).toString(), q->value(1).toString(),  q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toString(),  q->value(5).toString(),
                          q->value(6).toString(), q->value(7).toInt(),     q->value(8).toLongLong(),
                          q->value(9).toString(), q->value(10).toString(), q->value(11).toString()};
    }
    return out;
}

Result<QList<DecodeErrorRow>> AlarmStore::decodeErrors(const QString &linkId, int limit)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT link_id, link_seq, receipt_utc, reason, raw FROM decode_error "
            "WHERE (? = '' OR link_id = ?) ORDER BY receipt_utc DESC, link_seq DESC LIMIT ?"),
        {linkId, linkId, limit});
    if (!q)
        return Error{q.error()};
    QList<DecodeErrorRow> out;
    while (q->next())
        out << DecodeErrorRow{q->value(0).toString(), q->value(1).toLongLong(),
                              q->value(2).toLongLong(), q->value(3).toString(),
                              q->value(4).toByteArray()};
    return out;
}

Result<qint64> AlarmStore::hasEvents()
{
    auto q = m_db.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM alarm_event)"));
    if (!q || !q->next())
        return fail(q ? QStringLiteral("no count") : q.error());
    return q->value(0).toLongLong();
}

namespace {

// The fold: alarm_state's rows for the alarms `keys` (a SELECT of alarm keys) from their events.
// An alarm's state is that of its last event by the event's own time, then its number: the
// engine's times never go back (AlarmEngine::row), so on the host this is its own order, and
// arrival order never matters. A follower leaves out its own events (history from before it
// followed; meta alarm_role). Read from an index's end (migration 0018), however long the
// history.
QString foldSql(const QString &keys)
{
    return QStringLiteral(
               "SELECT g.k, e.source_device, e.point, e.asset, json_extract(e.state, "
               "'$.priority'), "
               "coalesce(json_extract(e.state, '$.text_zh'), ''), coalesce(json_extract(e.state, "
               "'$.text_en'), ''), "
               "coalesce(json_extract(e.state, '$.area'), ''), json_extract(e.state, "
               "'$.latching'), "
               "json_extract(e.state, '$.active'), json_extract(e.state, '$.acked'), "
               "json_extract(e.state, '$.occurrence_id'), "
               "json_extract(e.state, '$.occurrences'), json_extract(e.state, '$.raised_at'), "
               "json_extract(e.state, '$.cleared_at'), json_extract(e.state, '$.acked_at'), "
               "json_extract(e.state, '$.acked_by'), "
               "json_extract(e.state, '$.ack_comment'), json_extract(e.state, '$.shelved_until'), "
               "json_extract(e.state, '$.shelve_reason'), json_extract(e.state, '$.shelved_by'), "
               "json_extract(e.state, '$.suppressed'), json_extract(e.state, '$.out_of_service'), "
               "json_extract(e.state, '$.chattering'), json_extract(e.state, '$.label'), "
               "json_extract(e.state, '$.device_time'), "
               "e.id, json_extract(e.state, '$.updated_at') "
               "FROM (%1) g JOIN alarm_event e ON e.id = ("
               " SELECT d.id FROM alarm_event d WHERE d.alarm_key = g.k AND d.state IS NOT NULL"
               "  AND NOT (d.device_id = (SELECT value FROM meta WHERE key = 'device_id')"
               "           AND (SELECT value FROM meta WHERE key = 'alarm_role') IS 'follower')"
               " ORDER BY d.created_at DESC, d.device_seq DESC LIMIT 1)")
        .arg(keys);
}

const QString kAllKeys =
    QStringLiteral("SELECT DISTINCT alarm_key AS k FROM alarm_event WHERE state IS NOT NULL");

// alarm_state made again for `keys`: an alarm the fold no longer has goes.
Status refoldKeys(Database &db, const QString &keys, const QVariantList &binds)
{
    QVariantList twice = binds;
    twice += binds;
    Status s = ok(db.exec(
        QStringLiteral(
            "DELETE FROM alarm_state WHERE alarm_key IN (SELECT k FROM (%1)) AND alarm_key NOT IN "
            "(SELECT k FROM (%2))")
            .arg(keys, foldSql(keys)),
        twice));
    if (s)
        s = ok(db.exec(QStringLiteral("INSERT OR REPLACE INTO alarm_state %1").arg(foldSql(keys)),
                       binds));
    return s;
}

// alarm_state equals the fold of the events' states, chattering aside (the host's live measure).
Status verifyAlarmState(Database &db)
{
    static const QString columns =
        QStringLiteral("alarm_key, source_device, point, asset, priority, text_zh, text_en, area, "
                       "latching, active, acked, "
                       "occurrence_id, occurrences, raised_at, cleared_at, acked_at, acked_by, "
                       "ack_comment, shelved_until, "
                       "shelve_reason, shelved_by, suppressed, out_of_service, label, device_time, "
                       "last_event_id, updated_at");
    const QString fold =
        QStringLiteral(
            "WITH fold (alarm_key, source_device, point, asset, priority, text_zh, text_en, area, "
            "latching, active, acked, occurrence_id, occurrences, raised_at, cleared_at, acked_at, "
            "acked_by, ack_comment, shelved_until, shelve_reason, shelved_by, suppressed, "
            "out_of_service, chattering, label, device_time, last_event_id, updated_at) AS (%1) ")
            .arg(foldSql(kAllKeys));
    for (const auto &[from, other] :
         {std::pair{QStringLiteral("alarm_state"), QStringLiteral("fold")},
          std::pair{QStringLiteral("fold"), QStringLiteral("alarm_state")}}) {
        auto q = db.exec(
            fold + QStringLiteral(
                       "SELECT alarm_key FROM (SELECT %1 FROM %2 EXCEPT SELECT %1 FROM %3) LIMIT 1")
                       .arg(columns, from, other));
        if (!q)
            return fail(q.error());
        if (q->next())
            return fail(
                QStringLiteral("alarm_state: alarm %1 is not the state its last event carries")
                    .arg(q->value(0).toString()));
    }
    return {};
}

} // namespace

Status AlarmStore::refoldEvents(Database &db, const QStringList &eventIds)
{
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(eventIds)).toJson(QJsonDocument::Compact));
    return refoldKeys(db,
                      QStringLiteral("SELECT DISTINCT alarm_key AS k FROM alarm_event WHERE id IN "
                                     "(SELECT value FROM json_each(?))"),
                      {json});
}

Status AlarmStore::refoldAll(Database &db)
{
    // Every alarm with a state, and the rows of alarms that have none any more.
    return refoldKeys(db, kAllKeys + QStringLiteral(" UNION SELECT alarm_key FROM alarm_state"),
                      {});
}

Status AlarmStore::verifyFold(Database &db)
{
    return verifyAlarmState(db);
}

Result<QString> AlarmStore::role()
{
    auto was = m_db.column(QStringLiteral("SELECT value FROM meta WHERE key = 'alarm_role'"));
    if (!was)
        return Error{was.error()};
    return was->isEmpty() ? QStringLiteral("standalone") : was->first();
}

Status AlarmStore::setRole(const QString &role)
{
    Status s =
        ok(m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('alarm_role', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {role}));
    // A follower does not send its own history from before it followed.
    if (s && role == QLatin1String("follower"))
        s = ok(m_db.exec(
            QStringLiteral("DELETE FROM sync_arrival WHERE kind = 'alarm_event' AND record_id IN "
                           "(SELECT id FROM alarm_event WHERE device_id = ?)"),
            {m_db.deviceId()}));
    return s;
}

Result<qint64> AlarmStore::lastOwnEventTime()
{
    auto last = m_db.column(QStringLiteral("SELECT created_at FROM alarm_event WHERE device_id = ? "
                                           "ORDER BY device_seq DESC LIMIT 1"),
                            {m_db.deviceId()});
    if (!last)
        return Error{last.error()};
    return last->isEmpty() ? qint64(0) : last->first().toLongLong();
}

Result<std::optional<QString>> AlarmStore::occurrenceOf(const QString &eventId)
{
    auto seen = m_db.column(
        QStringLiteral("SELECT coalesce(occurrence_id, '') FROM alarm_event WHERE id = ?"),
        {eventId});
    if (!seen)
        return Error{seen.error()};
    return seen->isEmpty() ? std::optional<QString>() : std::optional<QString>(seen->first());
}

namespace {

Result<QList<QJsonObject>> jsonRows(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return Error{q.error()};
    QList<QJsonObject> out;
    while (q->next()) {
        QJsonObject o;
        const QSqlRecord rec = q->record();
        for (int i = 0; i < rec.count(); ++i)
            o.insert(rec.fieldName(i), QJsonValue::fromVariant(q->value(i)));
        out << o;
    }
    return out;
}

} // namespace

Result<QList<QJsonObject>> AlarmStore::standingRows(qint64 nowUtc)
{
    return jsonRows(
        m_db,
        QStringLiteral(
            "SELECT alarm_key, priority, text_en, text_zh, active, acked, raised_at AS time, "
            "CASE WHEN active=1 AND acked=0 THEN 'unacknowledged' WHEN active=1 THEN "
            "'acknowledged' "
            "ELSE 'returned_unacknowledged' END AS state FROM alarm_state "
            "WHERE (active=1 OR acked=0) AND suppressed=0 AND out_of_service=0 "
            "AND (shelved_until IS NULL OR shelved_until < ?) ORDER BY acked, priority, raised_at "
            "DESC"),
        {nowUtc});
}

Result<QList<QJsonObject>> AlarmStore::recentEventRows(int limit)
{
    return jsonRows(
        m_db,
        QStringLiteral("SELECT e.alarm_key, e.priority, s.text_en, s.text_zh, e.kind, e.effect, "
                       "e.receipt_utc AS time, "
                       "e.created_by FROM alarm_event e LEFT JOIN alarm_state s USING (alarm_key) "
                       "ORDER BY e.receipt_utc DESC, e.id DESC LIMIT ?"),
        {limit});
}

} // namespace so::alarms
