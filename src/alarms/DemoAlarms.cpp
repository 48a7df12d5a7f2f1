#include "DemoAlarms.h"
#include "AlarmEngine.h"
#include "AlarmRecord.h"
#include "StationCore.h"

namespace so::alarms {

namespace {

struct DemoStep
{
    int minutesAgo;
    const char *device;
    const char *point;
    const char *asset;
    EventKind kind;
    const char *ackBy; // acknowledged right after, by this staff number
};

} // namespace

Result<int> seedDemoAlarms(StationCore &core, AlarmEngine &engine)
{
    if (!core.config().demo || engine.devices().links().isEmpty())
        return 0;
    auto count = engine.store().hasEvents();
    if (!count)
        return Error{count.error()};
    if (*count > 0)
        return 0;
    // Oldest first. Minutes before now.
    const QList<DemoStep> steps{
        {3 * 1440 + 200, "PSD-UP", "CLOSE_FAIL", "D15", EventKind::Raise, "1001"},
        {3 * 1440 + 185, "PSD-UP", "CLOSE_FAIL", "D15", EventKind::Clear, nullptr},
        {2 * 1440 + 600, "ESC-1", "COMB_PLATE", "E1", EventKind::Raise, "1002"},
        {2 * 1440 + 590, "ESC-1", "COMB_PLATE", "E1", EventKind::Clear, nullptr},
        {2 * 1440 + 30, "FACP", "FAULT", "Z003", EventKind::Raise, "3001"},
        {2 * 1440 + 10, "FACP", "FAULT", "Z003", EventKind::Clear, nullptr},
        {1440 + 480, "PUMP-1", "TANK_HIGH", "", EventKind::Raise, "1002"},
        {1440 + 300, "PUMP-1", "TANK_HIGH", "", EventKind::Clear, nullptr},
        {1440 + 120, "PSD-UP", "OBSTRUCTION", "D07", EventKind::Raise, "1001"},
        {1440 + 119, "PSD-UP", "OBSTRUCTION", "D07", EventKind::Clear, nullptr},
        {300, "PSD-UP", "ISOLATED", "D19", EventKind::Raise, "3001"},
        {95, "ESC-1", "HANDRAIL_SPEED", "E1", EventKind::Raise, nullptr},
        {80, "ESC-1", "HANDRAIL_SPEED", "E1", EventKind::Clear, nullptr},
        {42, "PSD-UP", "LCB_MANUAL", "D03", EventKind::Raise, "1001"},
        {12, "PUMP-1", "PUMP2_FAULT", "", EventKind::Raise, nullptr},
    };
    const qint64 now = core.clock().nowMs();
    for (const DemoStep &s : steps) {
        DecodedEvent e;
        e.device = QString::fromLatin1(s.device);
        e.point = QString::fromLatin1(s.point);
        e.asset = QString::fromLatin1(s.asset);
        e.kind = s.kind;
        e.receipt.linkId = QStringLiteral("demo-seed");
        e.receipt.utcMs = now - qint64(s.minutesAgo) * 60 * 1000;
        e.receipt.monoMs = -1;
        e.receipt.raw = QByteArrayLiteral("(demo seed)");
        engine.ingest({e}, {});
        if (s.ackBy) {
            const Actor who{QString::fromLatin1(s.ackBy), Role::Agent, false};
            // Acknowledged three minutes after it came in.
            if (Status st =
                    engine.acknowledge(who, {AlarmRecord::makeKey(e.device, e.point, e.asset)},
                                       QString(), e.receipt.utcMs + 3 * 60 * 1000);
                !st)
                return fail(QStringLiteral("demo alarms: %1").arg(st.error()));
        }
    }
    if (Status st = engine.commit(); !st)
        return fail(QStringLiteral("demo alarms: %1").arg(st.error()));
    return int(steps.size());
}

} // namespace so::alarms
