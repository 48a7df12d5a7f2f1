#pragma once
// AssetAlarms: how many alarms stand on an asset, asked by features that draw assets (the door
// map) and answered by the alarm feature, without either including the other.
#include <QString>

namespace so {

class AssetAlarms
{
public:
    virtual ~AssetAlarms() = default;
    // targetKind "platform-side" with a door asset, or "area" with an empty asset.
    virtual int activeAlarmsAt(const QString &targetKind, const QString &targetId,
                               const QString &asset) const = 0;
};

} // namespace so
