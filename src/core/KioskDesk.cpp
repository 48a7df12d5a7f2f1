#include "KioskDesk.h"
#include "AuthService.h"

namespace so {

KioskDesk::KioskDesk(AuthService &auth, QObject *parent) : QObject(parent), m_auth(auth) {}

void KioskDesk::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

DeskOutcome KioskDesk::leave(const QString &staffNo, const QString &pin)
{
    if (!m_active)
        return DeskOutcome::made({});
    auto admin =
        m_auth.confirmWithPin(staffNo, pin, Permission::ManageStaff, QStringLiteral("leave_kiosk"));
    if (!admin)
        return DeskOutcome::of(fail(admin.error()));
    m_released = true;
    Q_EMIT released();
    return DeskOutcome::made(admin->staffNo);
}

} // namespace so
