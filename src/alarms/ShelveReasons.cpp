#include "ShelveReasons.h"

namespace so::alarms {

const QList<ShelveReason> &shelveReasons()
{
    static const QList<ShelveReason> reasons{
        {QStringLiteral("contractor"),
         {QStringLiteral("施工单位正在处理"), QStringLiteral("Contractor working on it")}},
        {QStringLiteral("repair_booked"),
         {QStringLiteral("已知故障，已报修"), QStringLiteral("Known fault, repair booked")}},
        {QStringLiteral("faulty_sensor"),
         {QStringLiteral("传感器故障"), QStringLiteral("Faulty sensor")}},
    };
    return reasons;
}

Names shelveReasonNames(const QString &stored)
{
    const QString s = stored.trimmed();
    for (const ShelveReason &r : shelveReasons())
        if (s == r.key || s == r.text.zh || s == r.text.en)
            return r.text;
    return {s, s};
}

} // namespace so::alarms
