#pragma once
// HandoverPdf: one handover on A4 — who handed over to whom and when, then every item by job in
// both languages, marked where it was carried from an earlier shift.
#include "HandoverStore.h"

namespace so {
class StationCore;
}

namespace so::supervision {

Status writeHandoverPdf(StationCore &core, const Handover &handover, const QString &path);

} // namespace so::supervision
