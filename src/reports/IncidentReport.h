#pragma once
// IncidentReport: incidents in a date range (CSV, JSON, PDF), and the weekly service report
// (客服周报): counts by category, channel and place, the at-fault ratio, callback compliance,
// open items, and what repeated, with a chart. One language each; passengers masked.
#include "InspectionReport.h"

namespace so::incidents {
class IncidentService;
}

namespace so::reports {

// LANGUAGE "zh_CN" or "en"; empty: the station's default language.
Status writeIncidents(StationCore &core, incidents::IncidentService &service,
                      const DateRange &range, const QString &format, const QString &path,
                      const QString &language = {});
// week: ISO week "2026-W48". PATH ends in .pdf or .csv.
Status writeWeeklyReport(StationCore &core, incidents::IncidentService &service,
                         const QString &week, const QString &path, const QString &language = {});
// What the PDFs say.
Result<Document> incidentsDocument(StationCore &core, incidents::IncidentService &service,
                                   const DateRange &range, const QString &language);
Result<Document> weeklyDocument(StationCore &core, incidents::IncidentService &service,
                                const QString &week, const QString &language);
// The Monday..Sunday of an ISO week, or an error naming the expected form.
Result<DateRange> isoWeek(const QString &week);

} // namespace so::reports
