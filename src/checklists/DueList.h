#pragma once
// DueList: from each template's schedule, what is due, overdue or done now at each target, and
// how many of today's slots were missed.
#include "ChecklistTemplate.h"
#include "Result.h"

namespace so::checklists {

class InspectionStore;

struct TargetRef
{
    QString kind; // platform-side, area, station
    QString id;
    Names name;
};

QList<TargetRef> targetsFor(const ChecklistTemplate &t, const StationConfig &station);

struct DueEntry
{
    QString templateId;
    Names templateName;
    TargetRef target;
    QString status;    // overdue, due, in_progress, done
    qint64 slotAt = 0; // the slot this entry is about (UTC ms); 0 when none today yet
    qint64 dueBy = 0;
    qint64 nextSlotAt = 0;
    qint64 lastDoneAt = 0;
    int missedToday = 0;
    int slotsToday = 0; // today's slots whose grace has passed; the ones missed are among them
    QString draftId;
};

// `inProgress` maps "template|kind|id" to an open draft id.
Result<QList<DueEntry>> dueList(const QList<ChecklistTemplate> &templates,
                                const StationConfig &station, InspectionStore &store, qint64 nowUtc,
                                const QHash<QString, QString> &inProgress);

// The schedule's slots on one local day, as UTC ms, in order.
QList<qint64> slotsOn(const Schedule &s, const StationConfig &station, const QDate &day);

} // namespace so::checklists
