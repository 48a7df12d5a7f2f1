#pragma once
// CashReport: shifts in a date range as CSV, JSON, or a PDF with each shift's drawer pull and
// each seller's over/short record — booths and people by name, in one language.
#include "InspectionReport.h"

namespace so::cash {
class CashService;
}

namespace so::reports {

// LANGUAGE "zh_CN" or "en"; empty: the station's default language.
Status writeCash(StationCore &core, cash::CashService &service, const DateRange &range,
                 const QString &format, const QString &path, const QString &language = {});
// What the PDF says.
Result<Document> cashDocument(StationCore &core, cash::CashService &service, const DateRange &range,
                              const QString &language);

} // namespace so::reports
