#pragma once
// A few days of passenger-service cases at the demo station, on its first run.
#include "Result.h"

namespace so {
class StationCore;
}

namespace so::incidents {

class IncidentService;

Result<int> seedDemoIncidents(StationCore &core, IncidentService &service);

} // namespace so::incidents
