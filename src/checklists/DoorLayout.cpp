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
            out << DoorAsset{QStringLiteral("D%1").arg(d, 2, 10, QLatin1Char('0')),
                             QStringLiteral("sliding"), b, d};
        // Emergency doors are spread one per bank from the first, as many as the side has.
        if (emergency < p.emergencyDoors && b <= p.emergencyDoors) {
            ++emergency;
            out << DoorAsset{QStringLiteral("ED%1").arg(emergency), QStringLiteral("emergency"), b,
                             emergency};
        }
    }
    if (p.endDoors >= 2)
        out << DoorAsset{QStringLiteral("END2"), QStringLiteral("end"), 0, 2};
    return out;
}

const Platform *platformOfSide(const StationConfig &station, const QString &sideId,
                               const PlatformSide **side)
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

Names doorName(const QString &doorId)
{
    auto number = [&](int from) { return doorId.mid(from).toInt(); };
    if (doorId.startsWith(QLatin1String("END")))
        return {QStringLiteral("端门 %1").arg(number(3)),
                QStringLiteral("End door %1").arg(number(3))};
    if (doorId.startsWith(QLatin1String("ED")))
        return {QStringLiteral("应急门 %1").arg(number(2)),
                QStringLiteral("Emergency door %1").arg(number(2))};
    if (doorId.startsWith(QLatin1Char('D')) && number(1) > 0)
        return {QStringLiteral("%1号门").arg(number(1)), QStringLiteral("Door %1").arg(number(1))};
    return {doorId, doorId};
}

Names sideName(const StationConfig &station, const QString &sideId)
{
    const PlatformSide *side = nullptr;
    if (const Platform *p = platformOfSide(station, sideId, &side))
        return {p->name.zh + QLatin1Char(' ') + side->name.zh,
                p->name.en + QStringLiteral(", ") + side->name.en};
    return {sideId, sideId};
}

Names assetName(const StationConfig &station, const QString &kind, const QString &id)
{
    if (kind == QLatin1String("door")) {
        const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
        const Names side = sideName(station, id.left(slash));
        const Names door = doorName(id.mid(slash + 1));
        return {side.zh + QLatin1Char(' ') + door.zh, side.en + QStringLiteral(", ") + door.en};
    }
    if (kind == QLatin1String("platform-side"))
        return sideName(station, id);
    if (const Area *a = station.area(id))
        return a->name;
    if (kind == QLatin1String("station") || id.isEmpty() || id == station.code)
        return station.name;
    return {id, id};
}

} // namespace so::checklists
