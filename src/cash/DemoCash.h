#pragma once
// The demo station's last shifts at the ticket offices, on its first run.
#include "Result.h"

namespace so {
class StationCore;
}

namespace so::cash {

class CashService;

Result<int> seedDemoCash(StationCore &core, CashService &service);

} // namespace so::cash
