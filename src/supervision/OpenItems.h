#pragma once
// OpenItems: everything still open across the four jobs, in the words a handover uses — active,
// shelved, suppressed and out-of-service alarms, open follow-ups, unfinished inspections and
// overdue patrols, cash shifts not signed off and unrepaid
// shortages, incidents awaiting action and callbacks due. Titles are kept in both languages so a
// handover written in one reads in the other.
#include "Result.h"
#include "StationConfig.h"

#include <QJsonObject>
#include <QList>

namespace so {
class StationCore;
}
namespace so::checklists {
class InspectionService;
}
namespace so::cash {
class CashService;
}
namespace so::incidents {
class IncidentService;
}

namespace so::supervision {

struct OpenItem
{
    QString job;      // alarms, patrol, cash, incidents, notes
    QString kind;     // alarm, shelved_alarm, suppressed_alarm, out_of_service, follow_up,
                      // unfinished_inspection, overdue_patrol, open_shift, shortage, incident,
                      // callback, note
    QString key;      // the record's id within its kind
    int priority = 0; // 1 (highest) .. 4 where the record has one; 0 otherwise
    Names title;
    Names detail;
    qint64 since = 0;        // when it became open (UTC ms)
    qint64 due = 0;          // when it is due; 0 when nothing is
    qint64 carriedSince = 0; // the first handover that listed it; 0 when new since the last one

    // One item across handovers: kind and key.
    QString uid() const { return kind + QLatin1Char(':') + key; }
    bool overdue(qint64 nowUtc) const { return due > 0 && due < nowUtc; }
    QJsonObject toJson() const;
    static OpenItem fromJson(const QJsonObject &o);
};

// The four jobs' services the collection reads.
struct Sources
{
    StationCore &core;
    checklists::InspectionService &inspections;
    cash::CashService &cash;
    incidents::IncidentService &incidents;
};

// Every open item now, by job (alarms, patrol, cash, incidents), most urgent first within each.
Result<QList<OpenItem>> collectOpenItems(Sources &sources, qint64 nowUtc);

} // namespace so::supervision
