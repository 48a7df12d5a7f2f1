#include "DoorLayout.h"

namespace so::checklists {

QList<DoorAsset> doorsOf(const Platform &p)
{
    QList<DoorAsset> out;
    const int banks = (p.doors + p.doorsPerBank - 1) / p.doorsPerBank;
    if (p.endDoors >= 1)
        out << DoorAsset{QStringLiteral("END1"), QStringLiteral("end"), 0, 1};
    int emergency = 0;
    for (int b = 1; b <= banks; ++b) {
        for (int d = (b - 1) * p.doorsPerBank + 1; d <= qMin(p.doors, b * p.doorsPerBank); ++d)
            out << DoorAsset{QStringLiteral("D%1").arg(d, 2, 10, QLatin1Char('0')), QStringLiteral("sliding"), b, d};
        // Emergency doors are spread one per bank from the first, as many as the side has.
        if (emergency < p.emergencyDoors && b <= p.emergencyDoors) {
            ++emergency;
            out << DoorAsset{QStringLiteral("ED%1").arg(emergency), QStringLiteral("emergency"), b, emergency};
        }
    }
    if (p.endDoors >= 2)
        out << DoorAsset{QStringLiteral("END2"), QStringLiteral("end"), 0, 2};
    return out;
}

const Platform *platformOfSide(const StationConfig &station, const QString &sideId, const PlatformSide **side)
{
    for (const Platform &p : station.platforms)
        for (const PlatformSide &s : p.sides)
            if (s.id == sideId) {
                if (side)
                    *side = &s;
                return &p;
            }
    return nullptr;
}

} // namespace so::checklists
