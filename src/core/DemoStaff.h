#pragma once
// The demo station's staff, added on its first run only (numbers and PINs are in the README).
#include "Result.h"

namespace so {

class StationCore;

// Adds the demo staff when the station is marked demo and has nobody yet. Returns how many.
Result<int> seedDemoStaff(StationCore &core);

} // namespace so
