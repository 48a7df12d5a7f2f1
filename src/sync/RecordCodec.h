#pragma once
// RecordCodec: a registered kind's rows as SyncRecords and back, generically, column by column,
// so that a feature registers only its table, children and folds.
#include "RecordKinds.h"
#include "SyncRecord.h"

#include <QHash>
#include <QSet>
#include <optional>

struct sqlite3_stmt;

namespace so {
class Database;
}

namespace so::sync {

namespace RecordCodec {

// The records of a kind whose rows match `where` (SQL over the kind's table, may be empty),
// each with its children, by device and device_seq; at most `limit` when it is not negative.
Result<QList<SyncRecord>> read(Database &db, const RecordKind &kind, const QString &where = {},
                               const QVariantList &binds = {}, int limit = -1);
// The record with this id as held here, or no value when this device does not hold it.
Result<std::optional<SyncRecord>> find(Database &db, const RecordKind &kind, const QString &id);
// Checks that every field of the body is a column this device knows.
Status check(Database &db, const RecordKind &kind, const SyncRecord &r);

} // namespace RecordCodec

// RecordWriter: inserts arrived records as they came, inside the caller's transaction, each
// table's statement prepared once for the whole batch.
class RecordWriter
{
public:
    explicit RecordWriter(Database &db) : m_db(db) {}
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;
    // Which of these ids of one kind this device holds already.
    Result<QSet<QString>> held(const RecordKind &kind, const QStringList &ids);
    // The record and its children.
    Status insert(const RecordKind &kind, const SyncRecord &r);

private:
    Status insertRow(const QString &table, const QVariantMap &values);
    // Notes the record in sync_arrival, where no trigger did.
    Status noteArrival(const RecordKind &kind, const SyncRecord &r);
    Database &m_db;
    // Bound straight to SQLite, UTF-8 as it is (QtSql would convert every text to UTF-16 and
    // back): inserting is most of an ingest's time.
    QHash<QString, sqlite3_stmt *> m_statements;
    sqlite3_stmt *m_arrival = nullptr;
    QHash<QString, bool> m_notedByTrigger; // table -> whether a trigger notes its rows
};

} // namespace so::sync
