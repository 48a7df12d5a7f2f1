#include "StaffStore.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace so {

namespace {

const char *kColumns = "staff_no, version, name_zh, name_en, role, pin_hash, pin_salt, "
                       "pin_iterations, active";

// The version's id follows the columns.
StaffMember fromRow(const QSqlQuery &q)
{
    StaffMember m;
    m.versionId = q.value(9).toString();
    m.staffNo = q.value(0).toString();
    m.version = q.value(1).toInt();
    m.nameZh = q.value(2).toString();
    m.nameEn = q.value(3).toString();
    roleFromName(q.value(4).toString(), &m.role);
    m.pin = PinHash{q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()};
    m.active = q.value(8).toBool();
    return m;
}

} // namespace

Result<std::optional<StaffMember>> StaffStore::current(const QString &staffNo)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1, id FROM staff WHERE staff_no = ?").arg(QLatin1String(kColumns)),
        {staffNo});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(fromRow(*q));
}

Result<QString> StaffStore::travellingVersion(const QString &versionId)
{
    if (versionId.isEmpty())
        return QString();
    auto q = m_db.scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM sync_arrival WHERE kind = 'staff_version' AND record_id = ?"),
        {versionId});
    if (!q)
        return Error{q.error()};
    return *q > 0 ? versionId : QString();
}

Result<std::optional<StaffMember>> StaffStore::version(const QString &versionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1, id FROM staff_version WHERE id = ?")
                           .arg(QLatin1String(kColumns)),
                       {versionId});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(fromRow(*q));
}

Result<QList<StaffMember>> StaffStore::list()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1, id FROM staff ORDER BY staff_no").arg(QLatin1String(kColumns)));
    if (!q)
        return Error{q.error()};
    QList<StaffMember> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<bool> StaffStore::isEmpty()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM staff_version"));
    if (!q)
        return Error{q.error()};
    return q->next() && q->value(0).toLongLong() == 0;
}

Status StaffStore::addVersion(const Stamp &stamp, const StaffMember &m, const QString &parentId)
{
    QVariantList binds = stamp.binds();
    binds << m.staffNo << m.version << m.nameZh << m.nameEn << roleName(m.role) << m.pin.hashHex
          << m.pin.saltHex << m.pin.iterations << (m.active ? 1 : 0)
          << (parentId.isEmpty() ? QVariant() : QVariant(parentId));
    auto r = m_db.exec(QStringLiteral("INSERT INTO staff_version(id, device_id, device_seq, "
                                      "created_at, created_by, %1, parent_id) "
                                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(QLatin1String(kColumns)),
                       binds);
    if (!r)
        return Error{r.error()};
    return {};
}

Status StaffStore::recordAttempt(const QString &staffNo, qint64 at, bool ok)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO login_attempt(staff_no, at, ok) VALUES(?,?,?)"),
                       {staffNo, at, ok ? 1 : 0});
    if (!r)
        return Error{r.error()};
    return {};
}

Result<QList<Attempt>> StaffStore::recentAttempts(const QString &staffNo, int count)
{
    auto q = m_db.exec(QStringLiteral("SELECT at, ok FROM login_attempt WHERE staff_no = ? "
                                      "ORDER BY id DESC LIMIT ?"),
                       {staffNo, count});
    if (!q)
        return Error{q.error()};
    QList<Attempt> out;
    while (q->next())
        out << Attempt{q->value(0).toLongLong(), q->value(1).toBool()};
    return out;
}

Result<std::pair<int, qint64>> StaffStore::failuresSinceSuccess(const QString &staffNo)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT COUNT(*), MAX(at) FROM login_attempt WHERE staff_no = ? AND ok = 0 "
                       "AND id > COALESCE((SELECT MAX(id) FROM login_attempt WHERE staff_no = ? "
                       "AND ok = 1), 0)"),
        {staffNo, staffNo});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::pair<int, qint64>{0, 0};
    return std::pair<int, qint64>{q->value(0).toInt(), q->value(1).toLongLong()};
}

Result<int> StaffStore::inForce(const QStringList &versionIds)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM staff WHERE id IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(versionIds)).toJson(QJsonDocument::Compact))});
    return n ? Result<int>(int(*n)) : Result<int>(Error{n.error()});
}

} // namespace so
