#pragma once
// DoorLayout: the doors of one platform side in the order they stand on the platform — an end
// door, then each bank (car) of sliding doors with its emergency door, then the other end door.
#include "StationConfig.h"

#include <QList>

namespace so::checklists {

struct DoorAsset
{
    QString id;     // "D07", "ED2", "END1"
    QString kind;   // sliding, emergency, end
    int bank = 0;   // 1-based car bank; 0 for end doors
    int number = 0; // door number within its kind
};

QList<DoorAsset> doorsOf(const Platform &platform);
// The side with this id, and its platform.
const Platform *platformOfSide(const StationConfig &station, const QString &sideId,
                               const PlatformSide **side = nullptr);
// A door as people say it: "7号门" / "Door 7", "应急门 2" / "Emergency door 2", "端门 1" / "End
// door 1".
Names doorName(const QString &doorId);
// A platform side as people say it: "1号站台 上行" / "Platform 1, up".
Names sideName(const StationConfig &station, const QString &sideId);
// What a follow-up or an inspection is about, by kind: a door ("P1-up/D07"), a platform side,
// an area, or the station; the id itself when config no longer knows it.
Names assetName(const StationConfig &station, const QString &kind, const QString &id);

} // namespace so::checklists
