#pragma once
// InspectionReport: finalized inspections in a date range as CSV (for Excel), JSON, or a PDF a
// person reads — in one language, names for places and people, times in the station's zone.
#include "Document.h"
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

// LANGUAGE "zh_CN" or "en"; empty: the station's default language.
Status writeInspections(StationCore &core, checklists::InspectionService &service,
                        const DateRange &range, const QString &format, const QString &path,
                        const QString &language = {});
// What the PDF says.
Result<Document> inspectionsDocument(StationCore &core, checklists::InspectionService &service,
                                     const DateRange &range, const QString &language);

} // namespace so::reports
