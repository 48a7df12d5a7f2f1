#pragma once
// InspectionReport: finalized inspections in a date range as CSV (Excel-friendly UTF-8 with a
// BOM), JSON, or a PDF a person reads — Chinese and English, times in the station's zone.
#include "Result.h"

#include <QDate>

namespace so {
class StationCore;
}

namespace so::checklists {
class InspectionService;
}

namespace so::reports {

struct DateRange
{
    QDate from; // inclusive, station time
    QDate to;   // inclusive
};

Status writeInspections(StationCore &core, checklists::InspectionService &service, const DateRange &range,
                        const QString &format, const QString &path);

} // namespace so::reports
