#include "RecordCodec.h"
#include "Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <sqlite3.h>

namespace so::sync {

namespace {

const QStringList kHeader{QStringLiteral("id"), QStringLiteral("device_id"),
                          QStringLiteral("device_seq"), QStringLiteral("created_at"),
                          QStringLiteral("created_by")};
const QString kChildren = QStringLiteral("children");
const QString kBase64 = QStringLiteral("base64");

// A table's columns and their declared types, read once per database file.
using Columns = QHash<QString, QString>;

Result<Columns> columnsOf(Database &db, const QString &table)
{
    thread_local QHash<QString, Columns> known;
    const QString key = db.path() + QChar(0x1f) + table;
    if (auto it = known.constFind(key); it != known.constEnd())
        return *it;
    auto q = db.exec(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?)"), {table});
    if (!q)
        return Error{q.error()};
    Columns c;
    while (q->next())
        c.insert(q->value(0).toString(), q->value(1).toString());
    if (c.isEmpty())
        return fail(QStringLiteral("table %1 is not in this database").arg(table));
    known.insert(key, c);
    return c;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{kBase64, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v, const QString &type)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isObject() && v.toObject().contains(kBase64))
        return QByteArray::fromBase64(v.toObject().value(kBase64).toString().toLatin1());
    if (type == QLatin1String("INTEGER"))
        return v.toInteger();
    if (type == QLatin1String("REAL"))
        return v.toDouble();
    if (v.isDouble())
        return v.toInteger();
    return v.toString();
}

QJsonObject rowObject(const QSqlQuery &q, bool skipHeader, const QStringList &local = {})
{
    const QSqlRecord rec = q.record();
    QJsonObject o;
    for (int i = 0; i < rec.count(); ++i) {
        const QString name = rec.fieldName(i);
        if ((skipHeader && kHeader.contains(name)) || local.contains(name))
            continue;
        o.insert(name, toJson(q.value(i)));
    }
    return o;
}

} // namespace

namespace RecordCodec {

Result<QList<SyncRecord>> read(Database &db, const RecordKind &kind, const QString &where,
                               const QVariantList &binds, int limit)
{
    auto q = db.exec(
        QStringLiteral("SELECT * FROM %1%2 ORDER BY device_id, device_seq LIMIT %3")
            .arg(kind.table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
            .arg(limit),
        binds);
    if (!q)
        return Error{q.error()};
    QList<SyncRecord> out;
    while (q->next()) {
        SyncRecord r;
        r.kind = kind.name;
        r.id = q->value(QStringLiteral("id")).toString();
        r.device = q->value(QStringLiteral("device_id")).toString();
        r.deviceSeq = q->value(QStringLiteral("device_seq")).toLongLong();
        r.createdAt = q->value(QStringLiteral("created_at")).toLongLong();
        r.createdBy = q->value(QStringLiteral("created_by")).toString();
        r.body = rowObject(*q, true, kind.local);
        out << r;
    }
    q->finish();
    for (SyncRecord &r : out) {
        if (!kind.children.isEmpty()) {
            QJsonObject children;
            for (const ChildTable &c : kind.children) {
                auto rows = db.exec(QStringLiteral("SELECT * FROM %1 WHERE %2=? ORDER BY %3")
                                        .arg(c.table, c.parentColumn, c.orderBy),
                                    {r.id});
                if (!rows)
                    return Error{rows.error()};
                QJsonArray list;
                while (rows->next())
                    list << rowObject(*rows, false);
                children.insert(c.table, list);
            }
            r.body.insert(kChildren, children);
        }
        r.sha256 = r.computeSha256();
    }
    return out;
}

Result<std::optional<SyncRecord>> find(Database &db, const RecordKind &kind, const QString &id)
{
    auto found = read(db, kind, QStringLiteral("id=?"), {id});
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<SyncRecord>();
    return std::optional<SyncRecord>(found->first());
}

Status check(Database &db, const RecordKind &kind, const SyncRecord &r)
{
    // Every column, of the type this device stores: a record that would be stored other than it
    // came (a number as text, a missing field given a default) would no longer match its hash.
    const auto fits = [](const QJsonValue &v, const QString &type) {
        if (v.isNull())
            return true;
        if (v.isObject())
            return v.toObject().value(kBase64).isString() &&
                   (type == QLatin1String("BLOB") || type == QLatin1String("ANY"));
        if (type == QLatin1String("INTEGER"))
            return v.isDouble() && v.toDouble() == double(v.toInteger());
        if (type == QLatin1String("REAL"))
            return v.isDouble();
        if (type == QLatin1String("TEXT"))
            return v.isString();
        return true;
    };
    const auto checkRow = [&](const QJsonObject &row, const Columns &columns, const QString &table,
                              bool header) -> Status {
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (header && it.key() == kChildren && !kind.children.isEmpty())
                continue;
            if (!columns.contains(it.key()) ||
                (header && (kHeader.contains(it.key()) || kind.local.contains(it.key()))))
                return fail(QStringLiteral("%1 %2: the field \"%3\" of %4 is not known to this "
                                           "device; update StationOps here first")
                                .arg(r.kind, r.id, it.key(), table));
            if (!fits(it.value(), columns.value(it.key())))
                return fail(
                    QStringLiteral("%1 %2: the field \"%3\" of %4 is not a %5")
                        .arg(r.kind, r.id, it.key(), table, columns.value(it.key()).toLower()));
        }
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            if (!(header && (kHeader.contains(it.key()) || kind.local.contains(it.key()))) &&
                !row.contains(it.key()))
                return fail(QStringLiteral("%1 %2: the field \"%3\" of %4 is missing; the sender's "
                                           "StationOps is older than this one")
                                .arg(r.kind, r.id, it.key(), table));
        return {};
    };
    auto columns = columnsOf(db, kind.table);
    if (!columns)
        return fail(columns.error());
    if (Status s = checkRow(r.body, *columns, kind.table, true); !s)
        return s;
    for (const ChildTable &c : kind.children) {
        auto childColumns = columnsOf(db, c.table);
        if (!childColumns)
            return fail(childColumns.error());
        for (const QJsonValue &row : r.body.value(kChildren).toObject().value(c.table).toArray())
            if (Status s = checkRow(row.toObject(), *childColumns, c.table, false); !s)
                return s;
    }
    return {};
}

} // namespace RecordCodec

Result<QSet<QString>> RecordWriter::held(const RecordKind &kind, const QStringList &ids)
{
    QJsonArray list;
    for (const QString &id : ids)
        list << id;
    auto q = m_db.exec(QStringLiteral("SELECT t.id FROM json_each(?) p JOIN %1 t ON t.id = p.value")
                           .arg(kind.table),
                       {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    if (!q)
        return Error{q.error()};
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

RecordWriter::~RecordWriter()
{
    for (sqlite3_stmt *st : std::as_const(m_statements))
        sqlite3_finalize(st);
    sqlite3_finalize(m_arrival);
}

Status RecordWriter::noteArrival(const RecordKind &kind, const SyncRecord &r)
{
    // Most kinds' tables note their rows by trigger; a table that takes a flood (alarm_event)
    // has none, since a trigger makes every insert into it several times dearer.
    auto noted = m_notedByTrigger.constFind(kind.table);
    if (noted == m_notedByTrigger.constEnd()) {
        auto n = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE "
                                            "type = 'trigger' AND tbl_name = ? AND "
                                            "sql LIKE '%INSERT%INTO sync_arrival%')"),
                             {kind.table});
        if (!n)
            return fail(n.error());
        noted = m_notedByTrigger.insert(kind.table, *n != 0);
    }
    if (*noted)
        return {};
    sqlite3 *handle = m_db.handle();
    if (!m_arrival &&
        sqlite3_prepare_v2(handle,
                           "INSERT OR IGNORE INTO sync_arrival (kind, record_id) VALUES (?, ?)", -1,
                           &m_arrival, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    const QByteArray kindName = r.kind.toUtf8();
    const QByteArray id = r.id.toUtf8();
    sqlite3_bind_text(m_arrival, 1, kindName.constData(), int(kindName.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_arrival, 2, id.constData(), int(id.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_arrival);
    sqlite3_reset(m_arrival);
    return rc == SQLITE_DONE ? Status() : Status(fail(QString::fromUtf8(sqlite3_errmsg(handle))));
}

Status RecordWriter::insertRow(const QString &table, const QVariantMap &values)
{
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, values.keys().join(QLatin1Char(',')),
                                 QStringLiteral("?,").repeated(values.size()).chopped(1));
    sqlite3 *handle = m_db.handle();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        it = m_statements.insert(sql, st);
    }
    sqlite3_stmt *st = *it;
    sqlite3_reset(st);
    int i = 0;
    for (const QVariant &v : values) {
        ++i;
        int rc = SQLITE_OK;
        if (!v.isValid() || v.isNull()) {
            // As Database::exec: a null text binds as '' (NULL is an invalid QVariant).
            rc = v.metaType() == QMetaType::fromType<QString>()
                     ? sqlite3_bind_text(st, i, "", 0, SQLITE_STATIC)
                     : sqlite3_bind_null(st, i);
        } else if (v.metaType() == QMetaType::fromType<qlonglong>() ||
                   v.metaType() == QMetaType::fromType<int>()) {
            rc = sqlite3_bind_int64(st, i, v.toLongLong());
        } else if (v.metaType() == QMetaType::fromType<double>()) {
            rc = sqlite3_bind_double(st, i, v.toDouble());
        } else if (v.metaType() == QMetaType::fromType<QByteArray>()) {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob64(st, i, b.constData(), sqlite3_uint64(b.size()),
                                     SQLITE_TRANSIENT);
        } else {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text64(st, i, t.constData(), sqlite3_uint64(t.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (rc != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    if (sqlite3_step(st) != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_reset(st);
        return fail(why);
    }
    return {};
}

Status RecordWriter::insert(const RecordKind &kind, const SyncRecord &r)
{
    auto columns = columnsOf(m_db, kind.table);
    if (!columns)
        return fail(columns.error());
    QVariantMap row{{QStringLiteral("id"), r.id},
                    {QStringLiteral("device_id"), r.device},
                    {QStringLiteral("device_seq"), r.deviceSeq},
                    {QStringLiteral("created_at"), r.createdAt},
                    {QStringLiteral("created_by"), r.createdBy}};
    for (auto it = r.body.constBegin(); it != r.body.constEnd(); ++it)
        if (it.key() != kChildren || kind.children.isEmpty())
            row.insert(it.key(), fromJson(it.value(), columns->value(it.key())));
    if (Status s = insertRow(kind.table, row); !s)
        return fail(QStringLiteral("%1 %2: %3").arg(r.kind, r.id, s.error()));
    if (Status s = noteArrival(kind, r); !s)
        return fail(QStringLiteral("%1 %2: %3").arg(r.kind, r.id, s.error()));
    for (const ChildTable &c : kind.children) {
        auto childColumns = columnsOf(m_db, c.table);
        if (!childColumns)
            return fail(childColumns.error());
        for (const QJsonValue &v : r.body.value(kChildren).toObject().value(c.table).toArray()) {
            QVariantMap child;
            const QJsonObject o = v.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                child.insert(it.key(), fromJson(it.value(), childColumns->value(it.key())));
            if (Status s = insertRow(c.table, child); !s)
                return fail(QStringLiteral("%1 %2, %3: %4").arg(r.kind, r.id, c.table, s.error()));
        }
    }
    return {};
}

} // namespace so::sync
