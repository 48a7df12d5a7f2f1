#pragma once
// StaffStore: SQL for staff versions and sign-in attempts. No rules here.
#include "Permissions.h"
#include "PinHash.h"
#include "Result.h"
#include "Stamp.h"

#include <QList>
#include <optional>

namespace so {

class Database;

struct StaffMember
{
    QString versionId; // the staff_version row this is; the next version names it as its parent
    QString staffNo;
    int version = 0;
    QString nameZh;
    QString nameEn;
    Role role = Role::Agent;
    PinHash pin;
    bool active = true;
};

struct Attempt
{
    qint64 at = 0;
    bool ok = false;
};

class StaffStore
{
public:
    explicit StaffStore(Database &db) : m_db(db) {}

    Result<std::optional<StaffMember>> current(const QString &staffNo);
    // `versionId` when it travels to other devices, else "" (a version from before they did).
    Result<QString> travellingVersion(const QString &versionId);
    // One version as it was written, in force or not.
    Result<std::optional<StaffMember>> version(const QString &versionId);
    Result<QList<StaffMember>> list();
    Result<bool> isEmpty();
    // Appends the next version of the person (version is set by the caller), following the
    // version `parentId` (empty for a new person).
    Status addVersion(const Stamp &stamp, const StaffMember &member, const QString &parentId);

    Status recordAttempt(const QString &staffNo, qint64 at, bool ok);
    // Failed attempts since the person's last success: how many, and the last one's time.
    Result<std::pair<int, qint64>> failuresSinceSuccess(const QString &staffNo);
    // How many of these versions are a person's version in force.
    Result<int> inForce(const QStringList &versionIds);
    // The newest attempts for the person, newest first.
    Result<QList<Attempt>> recentAttempts(const QString &staffNo, int count);

private:
    Database &m_db;
};

} // namespace so
