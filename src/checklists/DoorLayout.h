#pragma once
// DoorLayout: the doors of one platform side in the order they stand on the platform — an end
// door, then each bank (car) of sliding doors with its emergency door, then the other end door.
#include "StationConfig.h"

#include <QList>

namespace so::checklists {

struct DoorAsset
{
    QString id;      // "D07", "ED2", "END1"
    QString kind;    // sliding, emergency, end
    int bank = 0;    // 1-based car bank; 0 for end doors
    int number = 0;  // door number within its kind
};

QList<DoorAsset> doorsOf(const Platform &platform);
// The side with this id, and its platform.
const Platform *platformOfSide(const StationConfig &station, const QString &sideId, const PlatformSide **side = nullptr);

} // namespace so::checklists
