#pragma once
// A few days of alarms at the demo station, written on its first run so the alarm screens and
// exports have something to show.
#include "Result.h"

namespace so {
class StationCore;
}

namespace so::alarms {

class AlarmEngine;

// Returns how many device events were added (0 when the station is not a demo or has alarms).
Result<int> seedDemoAlarms(StationCore &core, AlarmEngine &engine);

} // namespace so::alarms
