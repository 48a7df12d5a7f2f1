#pragma once
// Database: the one SQLite file of an installation, its pragmas, migrations and transactions.
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

struct sqlite3;

namespace so {

class Clock;

// The word a search phrase cannot cross: U+E000, a private-use character nobody types. The
// incident indexes put it between fields, and splitCjk() where the text itself breaks.
inline constexpr char16_t kSearchBreak = 0xE000;

// Text for a word tokenizer (see the incident word index): every Chinese, Japanese or Korean
// character a word of its own; punctuation, symbols, whitespace next to such a character and
// kSearchBreak become one kSearchBreak word, so a phrase matches only characters that stand
// together in one field; whitespace between Latin words stays a plain space.
QString splitCjk(const QString &text);

struct DatabaseOptions
{
    // Stop migrating at this schema version (tests build older databases with it); -1 = latest.
    int migrateTo = -1;
    // Only read; never migrates nor creates.
    bool readOnly = false;
};

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file. Refuses, without touching it, a file that is not SQLite, is
    // truncated, is newer than this program, or cannot be written.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const DatabaseOptions &options = {});
    // A second connection to the same file, for another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    static int latestVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    QString deviceId() const { return m_deviceId; }
    QSqlDatabase connection() const;
    sqlite3 *handle() const;

    // Runs one statement with positional binds. A null QString binds as '' (NULL is QVariant()).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row as a number, e.g. a COUNT(*); an error if there is no row.
    Result<qint64> scalar(const QString &sql, const QVariantList &binds = {});
    // The first column of every row as text, e.g. the ids a list is made of.
    Result<QStringList> column(const QString &sql, const QVariantList &binds = {});
    // Runs a script of many statements (migrations, fixtures).
    Status execScript(const QString &sql);
    // A restored or copied database is a new device: it gets a new id, and the old one is
    // retired (meta retired_device_ids), never continued, so nothing it makes collides with what
    // the old device made. Returns the new id.
    Result<QString> renewDeviceId();
    // Next gap-free per-device sequence number; call inside a transaction.
    Result<qint64> nextDeviceSeq();
    // Reserves `count` consecutive numbers and returns the first; for batches.
    Result<qint64> reserveDeviceSeqs(qint64 count);
    bool inTransaction() const { return m_depth > 0; }
    // While on, triggers that keep search indexes stand aside (so_bulk_load() in SQL): for
    // taking in many records at once, after which the caller rebuilds what they touched.
    void setBulkLoad(bool on) { m_bulkLoad = on ? 1 : 0; }

    // Checks the file as `stationops verify` does: integrity and foreign keys.
    Status checkIntegrity();

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    Status migrate(int target);
    Status applyPragmas(bool readOnly);
    Status loadDeviceId();

    QString m_path;
    QString m_connectionName;
    QString m_deviceId;
    int m_depth = 0;
    int m_bulkLoad = 0;
};

// The records whose ids `sql` lists, in its order, each read by `load(id)` (a Result of an
// optional record); an id that no longer reads as a record is left out.
template <typename T, typename Load>
Result<QList<T>> loadEach(Database &db, const QString &sql, const QVariantList &binds, Load load)
{
    auto ids = db.column(sql, binds);
    if (!ids)
        return Error{ids.error()};
    QList<T> out;
    for (const QString &id : *ids) {
        auto r = load(id);
        if (!r)
            return Error{r.error()};
        if (r->has_value())
            out << **r;
    }
    return out;
}

// A statement's outcome as a Status, for writes whose rows are not read.
inline Status ok(const Result<QSqlQuery> &r)
{
    return r ? Status() : Status(fail(r.error()));
}

// Transaction: BEGIN IMMEDIATE (or a savepoint when nested); rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_started; }
    const QString &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_started = false;
    bool m_done = false;
    int m_level = 0;
    QString m_error;
};

} // namespace so
