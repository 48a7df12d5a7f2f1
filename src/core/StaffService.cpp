#include "StaffService.h"
#include "LogCategories.h"
#include "StationCore.h"

#include <QJsonObject>

namespace so {

namespace {

QJsonObject publicView(const StaffMember &m)
{
    // PIN hashes never go into the audit trail.
    return {{QStringLiteral("staff_no"), m.staffNo},    {QStringLiteral("version"), m.version},
            {QStringLiteral("name_zh"), m.nameZh},      {QStringLiteral("name_en"), m.nameEn},
            {QStringLiteral("role"), roleName(m.role)}, {QStringLiteral("active"), m.active}};
}

} // namespace

StaffService::StaffService(StationCore &core) : m_core(core), m_store(core.db()) {}

QString StaffService::problemWithNumber(const QString &staffNo)
{
    if (staffNo.size() < 3 || staffNo.size() > 10)
        return QStringLiteral("a staff number has 3 to 10 digits");
    for (QChar c : staffNo)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QStringLiteral("a staff number has digits only");
    return QString();
}

Status StaffService::appendVersion(const Actor &actor, const StaffMember &next,
                                   const QString &action, const QJsonObject &before,
                                   const QJsonObject &after)
{
    Transaction tx(m_core.db());
    if (!tx.started())
        return fail(tx.error());
    auto stamp = makeStamp(m_core.db(), m_core.ids(), m_core.clock(), actor.id());
    if (!stamp)
        return Error{stamp.error()};
    // `next` still carries the id of the version it follows; one from before versions travelled
    // stays on this tablet, so the new version names no parent (migration 16).
    auto parent = m_store.travellingVersion(next.versionId);
    if (!parent)
        return Error{parent.error()};
    if (Status s = m_store.addVersion(*stamp, next, *parent); !s)
        return s;
    if (Status s = m_core.audit().record(actor.id(), action, QStringLiteral("staff"), next.staffNo,
                                         before, after);
        !s)
        return s;
    return tx.commit();
}

Status StaffService::add(const Actor &actor, const NewStaff &p)
{
    if (!actor.can(Permission::ManageStaff))
        return fail(QStringLiteral("only an admin may add staff"));
    if (QString why = problemWithNumber(p.staffNo); !why.isEmpty())
        return fail(QStringLiteral("staff number: %1").arg(why));
    if (p.nameZh.trimmed().isEmpty() && p.nameEn.trimmed().isEmpty())
        return fail(QStringLiteral("name: give a Chinese or an English name"));
    if (QString why = PinHash::problemWith(p.pin); !why.isEmpty())
        return fail(QStringLiteral("PIN: %1").arg(why));
    auto existing = m_store.current(p.staffNo);
    if (!existing)
        return Error{existing.error()};
    if (existing->has_value())
        return fail(QStringLiteral("staff number %1 is already taken").arg(p.staffNo));
    StaffMember m;
    m.staffNo = p.staffNo;
    m.version = 1;
    m.nameZh = p.nameZh.trimmed().isEmpty() ? p.nameEn.trimmed() : p.nameZh.trimmed();
    m.nameEn = p.nameEn.trimmed().isEmpty() ? p.nameZh.trimmed() : p.nameEn.trimmed();
    m.role = p.role;
    m.pin = PinHash::make(p.pin);
    m.active = true;
    return appendVersion(actor, m, QStringLiteral("staff_added"), {}, publicView(m));
}

Status StaffService::setPin(const Actor &actor, const QString &staffNo, const QString &pin)
{
    if (!actor.can(Permission::ManageStaff) && actor.staffNo != staffNo)
        return fail(QStringLiteral("only an admin may change another person's PIN"));
    if (QString why = PinHash::problemWith(pin); !why.isEmpty())
        return fail(QStringLiteral("PIN: %1").arg(why));
    auto existing = m_store.current(staffNo);
    if (!existing)
        return Error{existing.error()};
    if (!existing->has_value())
        return fail(QStringLiteral("no staff member has number %1").arg(staffNo));
    StaffMember m = **existing;
    const QJsonObject before = publicView(m);
    m.version += 1;
    m.pin = PinHash::make(pin);
    return appendVersion(actor, m, QStringLiteral("staff_pin_changed"), before, publicView(m));
}

Status StaffService::disable(const Actor &actor, const QString &staffNo)
{
    if (!actor.can(Permission::ManageStaff))
        return fail(QStringLiteral("only an admin may disable staff"));
    auto existing = m_store.current(staffNo);
    if (!existing)
        return Error{existing.error()};
    if (!existing->has_value())
        return fail(QStringLiteral("no staff member has number %1").arg(staffNo));
    StaffMember m = **existing;
    if (!m.active)
        return fail(QStringLiteral("staff member %1 is already disabled").arg(staffNo));
    const QJsonObject before = publicView(m);
    m.version += 1;
    m.active = false;
    return appendVersion(actor, m, QStringLiteral("staff_disabled"), before, publicView(m));
}

Status StaffService::settleVersions(const Actor &actor, const QString &versionId)
{
    if (!actor.can(Permission::ManageStaff))
        return fail(QStringLiteral("only an admin may settle two versions of a person"));
    auto chosen = m_store.version(versionId);
    if (!chosen)
        return Error{chosen.error()};
    if (!chosen->has_value())
        return fail(QStringLiteral("no staff version %1 is held here").arg(versionId));
    auto existing = m_store.current((*chosen)->staffNo);
    if (!existing)
        return Error{existing.error()};
    if (!existing->has_value() || (*existing)->versionId == versionId)
        return {};
    StaffMember m = **chosen;
    const QJsonObject before = publicView(**existing);
    m.version = (*existing)->version + 1;
    m.versionId = (*existing)->versionId;
    return appendVersion(actor, m, QStringLiteral("staff_versions_settled"), before, publicView(m));
}

Result<QList<StaffMember>> StaffService::list()
{
    return m_store.list();
}

} // namespace so
