#pragma once
// StaffService: adds people, changes PINs and disables accounts, with permission checks and
// audit. Used by `stationops staff` and by the demo seed.
#include "Permissions.h"
#include "StaffStore.h"

namespace so {

class StationCore;

struct NewStaff
{
    QString staffNo;
    QString nameZh;
    QString nameEn;
    Role role = Role::Agent;
    QString pin;
};

class StaffService
{
public:
    explicit StaffService(StationCore &core);

    Status add(const Actor &actor, const NewStaff &person);
    Status setPin(const Actor &actor, const QString &staffNo, const QString &pin);
    Status disable(const Actor &actor, const QString &staffNo);
    // Two versions of one person made on two devices at once: the administrator chose
    // `versionId`. When it is not the one in force, its content becomes the next version.
    Status settleVersions(const Actor &actor, const QString &versionId);
    Result<QList<StaffMember>> list();
    // Staff numbers: 3 to 10 digits.
    static QString problemWithNumber(const QString &staffNo);

private:
    Status appendVersion(const Actor &actor, const StaffMember &next, const QString &action,
                         const QJsonObject &before, const QJsonObject &after);
    StationCore &m_core;
    StaffStore m_store;
};

} // namespace so
