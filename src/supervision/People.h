#pragma once
// People: "2001 李娜" / "2001 Li Na" — a staff member as handovers and the dashboard name them.
#include "StaffStore.h"
#include "StationConfig.h"

namespace so::supervision {

class People
{
public:
    explicit People(Database &db) : m_store(db) {}
    Names of(const QString &staffNo)
    {
        auto m = m_store.current(staffNo);
        if (!m || !m->has_value())
            return Names{staffNo, staffNo};
        return Names{staffNo + QLatin1Char(' ') + (*m)->nameZh,
                     staffNo + QLatin1Char(' ') + (*m)->nameEn};
    }

private:
    StaffStore m_store;
};

} // namespace so::supervision
