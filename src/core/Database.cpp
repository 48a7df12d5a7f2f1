#include "Database.h"
#include "Clock.h"
#include "LogCategories.h"
#include "Uuid7.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryFile>
#include <map>
#include <sqlite3.h>

namespace so {

namespace {

QAtomicInt g_connectionCounter;

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// so_split_cjk(text): the SQL side of splitCjk(), used by the incident word index's triggers.
void sqlSplitCjk(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray out = splitCjk(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

// so_bulk_load(): 1 while records from another device are being taken in, so the search
// index triggers stand aside and the ingest rebuilds what it touched in one pass.
void sqlBulkLoad(sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_result_int(ctx, *static_cast<const int *>(sqlite3_user_data(ctx)));
}

// Migration scripts compiled in as resources, by number.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> out;
    const QDir dir(QStringLiteral(":/stationops/migrations"));
    for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(f);
        if (m.hasMatch())
            out.emplace(m.captured(1).toInt(), dir.filePath(f));
    }
    return out;
}

// The database files this process has open, by connection. A file opened and closed outside
// SQLite (the checks below) drops every POSIX lock the process holds on it, so a second
// connection to a file already open here (the sync thread's, the checkpointer's) skips those
// checks: otherwise another process closing last would take the WAL for unused and delete it
// under this one, and what this process wrote after that would be lost.
QMutex g_openMutex;
QHash<QString, QString> g_openFiles; // connection name -> file

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool openInThisProcess(const QString &path)
{
    const QString key = fileKey(path);
    QMutexLocker lock(&g_openMutex);
    for (const QString &f : std::as_const(g_openFiles))
        if (f == key)
            return true;
    return false;
}

// A file is refused before SQLite sees it when its header says it is not an SQLite file or
// when it is shorter than the page count in its header says (a truncated copy).
Status checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(QStringLiteral("%1: is not a StationOps database (not an SQLite file). "
                                   "It was left untouched; move it aside or give another "
                                   "--data-dir.")
                        .arg(path));
    auto be32 = [&](int at) {
        return quint32(quint8(h[at])) << 24 | quint32(quint8(h[at + 1])) << 16 |
               quint32(quint8(h[at + 2])) << 8 | quint32(quint8(h[at + 3]));
    };
    quint32 pageSize = quint32(quint8(h[16])) << 8 | quint8(h[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = be32(28);
    // The in-header size is only valid when the change counter matches version-valid-for.
    if (pages > 0 && be32(24) == be32(92) && qint64(pages) * pageSize > f.size())
        return fail(QStringLiteral("%1: is truncated (%2 bytes, the header says %3). It was left "
                                   "untouched; restore it from a backup.")
                        .arg(path)
                        .arg(f.size())
                        .arg(qint64(pages) * pageSize));
    return {};
}

QString sqlError(const QSqlError &e)
{
    return e.driverText().isEmpty()
               ? e.databaseText()
               : e.databaseText() + QStringLiteral(" (") + e.driverText() + QLatin1Char(')');
}

} // namespace

QString splitCjk(const QString &text)
{
    // What stands between the last character written and the next one.
    enum class Gap { None, Space, Break };
    QString out;
    out.reserve(text.size() * 3);
    Gap gap = Gap::None;
    bool lastCjk = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t point = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            point = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        const QStringView ch = QStringView(text).mid(i, width);
        i += width - 1;
        if (point == kSearchBreak) {
            gap = Gap::Break;
            continue;
        }
        if (QChar::isMark(point))
            continue; // part of the letter before it
        // The index's tokenizer (unicode61) keeps letters, numbers and private-use characters.
        if (!QChar::isLetterOrNumber(point) && QChar::category(point) != QChar::Other_PrivateUse) {
            if (gap != Gap::Break)
                gap = QChar::isSpace(point) ? Gap::Space : Gap::Break;
            continue;
        }
        const bool cjk = isCjk(point);
        if (any && (gap == Gap::Break || (gap == Gap::Space && (cjk || lastCjk))))
            out += QStringLiteral(" \uE000 ");
        else if (any && (gap == Gap::Space || cjk || lastCjk))
            out += QLatin1Char(' ');
        out += ch;
        gap = Gap::None;
        lastCjk = cjk;
        any = true;
    }
    return out;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QMutexLocker lock(&g_openMutex);
    g_openFiles.remove(m_connectionName);
}

int Database::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 const DatabaseOptions &options)
{
    const QFileInfo info(path);
    const QString dirPath = info.absolutePath();
    const bool openHere = openInThisProcess(path);
    if (!options.readOnly && !openHere) {
        if (!QDir().mkpath(dirPath))
            return fail(QStringLiteral("%1: the folder cannot be created").arg(dirPath));
        // Try for real: permission bits say nothing about a read-only mount, or to root.
        QTemporaryFile probe(QDir(dirPath).filePath(QStringLiteral(".write-probe-XXXXXX")));
        if (!probe.open())
            return fail(QStringLiteral("%1: the data folder is read-only; StationOps needs to "
                                       "write its database there. Give a writable --data-dir.")
                            .arg(dirPath));
        QFile existing(path);
        if (info.exists() && !existing.open(QIODevice::ReadWrite))
            return fail(QStringLiteral("%1: the database file is read-only. It was left "
                                       "untouched.")
                            .arg(path));
    } else if (!info.exists()) {
        return fail(QStringLiteral("%1: no such database").arg(path));
    }
    if (Status s = openHere ? Status() : checkHeader(path); !s)
        return Error{s.error()};

    const QString name =
        QStringLiteral("stationops-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(path, name));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    c.setDatabaseName(path);
    if (options.readOnly)
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!c.open())
        return fail(QStringLiteral("%1: cannot be opened: %2").arg(path, sqlError(c.lastError())));
    {
        QMutexLocker lock(&g_openMutex);
        g_openFiles.insert(name, fileKey(path));
    }
    // Functions the schema's triggers call; registered before any migration runs.
    if (sqlite3_create_function_v2(db->handle(), "so_split_cjk", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sqlSplitCjk,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("%1: cannot register so_split_cjk").arg(path));
    if (sqlite3_create_function_v2(db->handle(), "so_bulk_load", 0, SQLITE_UTF8, &db->m_bulkLoad,
                                   &sqlBulkLoad, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("%1: cannot register so_bulk_load").arg(path));

    // user_version is read before anything is written, so a newer file is never touched.
    auto v = db->exec(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return fail(
            QStringLiteral("%1: is not a readable SQLite database: %2").arg(path, v.error()));
    const int version = v->next() ? v->value(0).toInt() : 0;
    // An unfinished statement holds a read transaction, and journal_mode cannot change in one.
    v->finish();
    if (version > latestVersion())
        return fail(QStringLiteral("%1: was written by a newer StationOps (schema %2; this "
                                   "program knows up to %3). Update the program; the file was "
                                   "left untouched.")
                        .arg(path)
                        .arg(version)
                        .arg(latestVersion()));
    if (Status s = db->applyPragmas(options.readOnly); !s)
        return Error{s.error()};
    if (!options.readOnly) {
        const int target = options.migrateTo < 0 ? latestVersion() : options.migrateTo;
        if (Status s = db->migrate(target); !s)
            return Error{s.error()};
    }
    if (db->schemaVersion() >= 1) {
        if (Status s = db->loadDeviceId(); !s)
            return Error{s.error()};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<QStringList> Database::column(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return Error{q.error()};
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<qint64> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return fail(QStringLiteral("no row from: %1").arg(sql));
    return q->value(0).toLongLong();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql)) {
        qCWarning(lcDb) << "prepare failed:" << sql << q.lastError().text();
        return fail(sqlError(q.lastError()));
    }
    for (const QVariant &b : binds) {
        // A null QString is an empty text here; NULL is asked for with an invalid QVariant().
        if (b.metaType() == QMetaType::fromType<QString>() && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec()) {
        qCWarning(lcDb) << "exec failed:" << sql << q.lastError().text();
        return fail(sqlError(q.lastError()));
    }
    return q;
}

Status Database::execScript(const QString &sql)
{
    char *err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return fail(msg);
    }
    return {};
}

Status Database::applyPragmas(bool readOnly)
{
    // An 8 MB page cache (SQLite's default is 2 MB): an alarm flood updates four b-trees of
    // alarm_event per row, and years of records make the indexes deep.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON"),
                        QStringLiteral("PRAGMA busy_timeout=5000"),
                        QStringLiteral("PRAGMA cache_size=-8000")};
    if (!readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode=WAL")
                << QStringLiteral("PRAGMA synchronous=FULL");
    }
    for (const QString &p : pragmas) {
        if (auto r = exec(p); !r)
            return fail(QStringLiteral("%1: %2 failed: %3").arg(m_path, p, r.error()));
    }
    return {};
}

Status Database::migrate(int target)
{
    const auto files = migrationFiles();
    int expected = 1;
    for (const auto &[number, file] : files) {
        if (number != expected++)
            return fail(
                QStringLiteral("migration %1 is out of sequence (a build error)").arg(file));
    }
    int current = schemaVersion();
    for (const auto &[number, file] : files) {
        if (number <= current || number > target)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("migration %1 cannot be read").arg(file));
        QString script = QString::fromUtf8(f.readAll());
        qCInfo(lcDb) << "migrating" << m_path << "to schema" << number;
        // SQLite has no ADD COLUMN IF NOT EXISTS: a column that is there already is not added
        // again, so every migration runs again cleanly on a file put back at an older number.
        static const QRegularExpression addColumn(
            QStringLiteral(R"(ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)[^;]*;)"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto m = addColumn.globalMatch(script); m.hasNext();) {
            const QRegularExpressionMatch add = m.next();
            auto there =
                scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"),
                       {add.captured(1), add.captured(2)});
            if (there && *there > 0)
                script.replace(add.captured(0), QString());
        }
        if (Status s = execScript(QStringLiteral("BEGIN IMMEDIATE")); !s)
            return fail(QStringLiteral("%1: cannot start migration %2: %3")
                            .arg(m_path, QFileInfo(file).fileName(), s.error()));
        Status s = execScript(script);
        if (s)
            s = execScript(QStringLiteral("PRAGMA user_version=%1").arg(number));
        if (s)
            s = execScript(QStringLiteral("COMMIT"));
        if (!s) {
            (void)execScript(QStringLiteral("ROLLBACK"));
            return fail(QStringLiteral("%1: migration %2 failed and was rolled back: %3")
                            .arg(m_path, QFileInfo(file).fileName(), s.error()));
        }
        current = number;
    }
    return {};
}

Status Database::loadDeviceId()
{
    auto r = exec(QStringLiteral("SELECT value FROM meta WHERE key='device_id'"));
    if (!r)
        return fail(QStringLiteral("%1: %2").arg(m_path, r.error()));
    if (r->next()) {
        m_deviceId = r->value(0).toString();
        return {};
    }
    SystemClock clock;
    Uuid7 ids(clock);
    const QString id = ids.next();
    auto ins = exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('device_id', ?)"), {id});
    if (!ins)
        return fail(QStringLiteral("%1: cannot record the device id: %2").arg(m_path, ins.error()));
    m_deviceId = id;
    return {};
}

Result<QString> Database::renewDeviceId()
{
    SystemClock clock;
    Uuid7 ids(clock);
    const QString id = ids.next();
    Transaction tx(*this);
    if (!tx.started())
        return fail(QStringLiteral("%1: %2").arg(m_path, tx.error()));
    Status s =
        ok(exec(QStringLiteral(
                    "INSERT INTO meta(key, value) VALUES('retired_device_ids', ?) ON CONFLICT(key) "
                    "DO UPDATE SET value = value || ',' || excluded.value"),
                {m_deviceId}));
    if (s)
        s = ok(exec(QStringLiteral("UPDATE meta SET value=? WHERE key='device_id'"), {id}));
    if (s)
        s = tx.commit();
    if (!s)
        return fail(QStringLiteral("%1: cannot record a new device id: %2").arg(m_path, s.error()));
    m_deviceId = id;
    return id;
}

Result<qint64> Database::nextDeviceSeq()
{
    return reserveDeviceSeqs(1);
}

Result<qint64> Database::reserveDeviceSeqs(qint64 count)
{
    Q_ASSERT(inTransaction());
    Q_ASSERT(count >= 1);
    auto r = exec(QStringLiteral("INSERT INTO device_counter(device_id, seq) VALUES(?, ?) "
                                 "ON CONFLICT(device_id) DO UPDATE SET seq = seq + ? "
                                 "RETURNING seq"),
                  {m_deviceId, count, count});
    if (!r)
        return Error{r.error()};
    if (!r->next())
        return fail(QStringLiteral("device sequence not returned"));
    const qint64 last = r->value(0).toLongLong();
    r->finish();
    return last - count + 1;
}

Status Database::checkIntegrity()
{
    auto ic = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!ic)
        return fail(QStringLiteral("%1: integrity_check failed: %2").arg(m_path, ic.error()));
    QStringList problems;
    while (ic->next()) {
        const QString line = ic->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return fail(QStringLiteral("%1: integrity_check: %2").arg(m_path, problems.join(u"; ")));
    auto fk = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fail(QStringLiteral("%1: foreign_key_check failed: %2").arg(m_path, fk.error()));
    if (fk->next())
        return fail(QStringLiteral("%1: foreign_key_check: table %2 row %3 points at a missing "
                                   "row in %4")
                        .arg(m_path, fk->value(0).toString(), fk->value(1).toString(),
                             fk->value(2).toString()));
    return {};
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = db.m_depth;
    const QString sql = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (Status s = db.execScript(sql); !s) {
        m_error = s.error();
        qCWarning(lcDb) << "cannot begin transaction:" << m_error;
        return;
    }
    m_started = true;
    ++db.m_depth;
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return fail(m_error.isEmpty() ? QStringLiteral("no transaction") : m_error);
    if (m_done)
        return fail(QStringLiteral("transaction already ended"));
    const QString sql =
        m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    Status s = m_db.execScript(sql);
    if (!s) {
        rollback();
        return fail(QStringLiteral("could not save: %1").arg(s.error()));
    }
    m_done = true;
    --m_db.m_depth;
    return {};
}

void Transaction::rollback()
{
    if (!m_started || m_done)
        return;
    if (m_level == 0)
        (void)m_db.execScript(QStringLiteral("ROLLBACK"));
    else
        (void)m_db.execScript(QStringLiteral("ROLLBACK TO sp%1; RELEASE sp%1").arg(m_level));
    m_done = true;
    --m_db.m_depth;
}

} // namespace so
