#pragma once
// IncidentReport: incidents in a date range (CSV, JSON, PDF), and the weekly service report
// (客服周报): counts by category, channel and place, the at-fault ratio, callback compliance,
// open items, and what repeated, with a chart.
#include "InspectionReport.h"

namespace so::incidents {
class IncidentService;
}

namespace so::reports {

Status writeIncidents(StationCore &core, incidents::IncidentService &service, const DateRange &range,
                      const QString &format, const QString &path);
// week: ISO week "2026-W48".
Status writeWeeklyReport(StationCore &core, incidents::IncidentService &service, const QString &week, const QString &path);
// The Monday..Sunday of an ISO week, or an error naming the expected form.
Result<DateRange> isoWeek(const QString &week);

} // namespace so::reports
