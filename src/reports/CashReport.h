#pragma once
// CashReport: shifts in a date range as CSV, JSON, or a PDF with each shift's drawer pull and
// each seller's over/short record.
#include "InspectionReport.h"

namespace so::cash {
class CashService;
}

namespace so::reports {

Status writeCash(StationCore &core, cash::CashService &service, const DateRange &range, const QString &format,
                 const QString &path);

} // namespace so::reports
