#pragma once
// AlarmStore: SQL for alarm_event, decode_error and alarm_state. Statements are prepared once:
// this is the hot path of an alarm flood.
#include "AlarmRecord.h"
#include "Result.h"
#include "Stamp.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <optional>

struct sqlite3_stmt;

namespace so {
class Database;
}

namespace so::alarms {

struct EventRow
{
    Stamp stamp;
    QString alarmKey;
    QString device;
    QString point;
    QString asset;
    QString kind;   // raise, clear, reset, ack, shelve, ...
    QString effect; // new_occurrence, duplicate, returned, cleared, latched_kept, ...
    QString occurrenceId;
    QString parentEventId;
    int priority = 3;
    QString linkId;
    qint64 linkSeq = -1;
    QString deviceTime;
    qint64 receiptUtc = 0;
    qint64 receiptMono = -1;
    QString label;
    QString comment;
    QByteArray raw;
    // The alarm's state after this event (JSON with alarm_state's columns), which is what
    // another device folds alarm_state from; empty for a frame that changed no alarm.
    QByteArray state;
};

struct HistoryFilter
{
    QString device;     // empty = all
    int priority = 0;   // 0 = all
    qint64 fromUtc = 0; // inclusive
    qint64 toUtc = 0;   // exclusive; 0 = open
};

struct HistoryRow
{
    QString id;
    QString alarmKey;
    QString device;
    QString point;
    QString asset;
    QString kind;
    QString effect;
    int priority = 3;
    qint64 receiptUtc = 0;
    QString createdBy;
    QString comment;
    QString label;
};

struct DecodeErrorRow
{
    QString linkId;
    qint64 linkSeq = 0;
    qint64 receiptUtc = 0;
    QString reason;
    QByteArray raw;
};

class AlarmStore
{
public:
    explicit AlarmStore(Database &db) : m_db(db) {}
    ~AlarmStore();
    AlarmStore(const AlarmStore &) = delete;
    AlarmStore &operator=(const AlarmStore &) = delete;

    Status insertEvent(const EventRow &row);
    Status insertDecodeError(const Stamp &stamp, const DecodeError &e);
    Status saveState(const AlarmRecord &r);
    // alarm_state's columns of `r` as the JSON an event carries (migration 0018's fold reads it).
    static QByteArray stateJson(const AlarmRecord &r);
    Result<QList<AlarmRecord>> loadStates();
    // Newest first; `beforeUtc`/`beforeId` continue a page (0/"" for the first page).
    Result<QList<HistoryRow>> history(const HistoryFilter &f, qint64 beforeUtc,
                                      const QString &beforeId, int limit);
    Result<QList<DecodeErrorRow>> decodeErrors(const QString &linkId, int limit);
    // The fold (migration 0018): an alarm's state is that of its last event by the event's own
    // time, then its number. Made again for the alarms these events name, or for every alarm.
    static Status refoldEvents(Database &db, const QStringList &eventIds);
    static Status refoldAll(Database &db);
    // alarm_state equals the fold of the events' states, chattering aside.
    static Status verifyFold(Database &db);
    // This device's part in the station's alarms (meta alarm_role): standalone, host, follower.
    Result<QString> role();
    // A follower's own earlier events leave its outbox (caller's transaction).
    Status setRole(const QString &role);
    // The time of this device's newest event, 0 for none.
    Result<qint64> lastOwnEventTime();
    // The occurrence an event belonged to; none when the event is not here.
    Result<std::optional<QString>> occurrenceOf(const QString &eventId);
    // For `stationops alarms`: alarms standing now (active or unacknowledged, not shelved,
    // suppressed or out of service) with their state in words, and the newest events; each row
    // as a JSON object named by column, its time in UTC ms under "time".
    Result<QList<QJsonObject>> standingRows(qint64 nowUtc);
    Result<QList<QJsonObject>> recentEventRows(int limit);
    // 1 when any event is stored, else 0; reads one row, not the table (the demo seed asks at every
    // start).
    Result<qint64> hasEvents();

private:
    QSqlQuery &prepared(QSqlQuery &q, const char *sql);
    Database &m_db;
    // The flood's hot path talks to SQLite directly: UTF-8 binds, no QVariant per column
    // (through QtSql every text is bound as UTF-16 and converted again by SQLite).
    sqlite3_stmt *m_insertEvent = nullptr;
    sqlite3_stmt *m_noteArrival = nullptr;
    QSqlQuery m_insertError;
    QSqlQuery m_saveState;
};

} // namespace so::alarms
