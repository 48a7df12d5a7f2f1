#include "DemoStaff.h"
#include "StaffService.h"
#include "StaffStore.h"
#include "StationCore.h"

namespace so {

Result<int> seedDemoStaff(StationCore &core)
{
    if (!core.config().demo)
        return 0;
    StaffStore store(core.db());
    auto empty = store.isEmpty();
    if (!empty)
        return Error{empty.error()};
    if (!*empty)
        return 0;
    const QList<NewStaff> people{
        {QStringLiteral("1001"), QStringLiteral("李娜"), QStringLiteral("Li Na"), Role::Agent,
         QStringLiteral("2468")},
        {QStringLiteral("1002"), QStringLiteral("王强"), QStringLiteral("Wang Qiang"), Role::Agent,
         QStringLiteral("1357")},
        {QStringLiteral("2001"), QStringLiteral("张伟"), QStringLiteral("Zhang Wei"), Role::Seller,
         QStringLiteral("3690")},
        {QStringLiteral("2002"), QStringLiteral("刘洋"), QStringLiteral("Liu Yang"), Role::Seller,
         QStringLiteral("4826")},
        {QStringLiteral("3001"), QStringLiteral("陈静"), QStringLiteral("Chen Jing"),
         Role::Supervisor, QStringLiteral("8642")},
        {QStringLiteral("9001"), QStringLiteral("赵敏"), QStringLiteral("Zhao Min"), Role::Admin,
         QStringLiteral("9753")},
    };
    StaffService staff(core);
    const Actor seeder = Actor::systemActor(QStringLiteral("system:demo-seed"));
    for (const NewStaff &p : people) {
        if (Status s = staff.add(seeder, p); !s)
            return fail(QStringLiteral("demo staff %1: %2").arg(p.staffNo, s.error()));
    }
    return int(people.size());
}

} // namespace so
