#pragma once
// A few days of patrols at the demo station, finalized on its first run, with one open
// follow-up on the up-side PSD, so the patrol screens and reports have something to show.
#include "Result.h"

namespace so {
class StationCore;
}

namespace so::checklists {

class InspectionService;

Result<int> seedDemoInspections(StationCore &core, InspectionService &service);
// A small drawn signature, as a PNG; for the seed and tests.
QByteArray demoSignaturePng(const QString &text);

} // namespace so::checklists
