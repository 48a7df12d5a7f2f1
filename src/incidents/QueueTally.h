#pragma once
// QueueTally: how many cases wait in each queue and how many timers are near or past their
// limit, as Home's card reads them (`Incidents.stationCounts.new`).
#include "IncidentService.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace so::incidents {

class QueueTally
{
    Q_GADGET
    QML_VALUE_TYPE(queueTally)
    // "new" is what Home has always read; it is QueueCounts::fresh.
    Q_PROPERTY(int new READ fresh CONSTANT)
    Q_PROPERTY(int approval READ approval CONSTANT)
    Q_PROPERTY(int callbacks READ callbacks CONSTANT)
    Q_PROPERTY(int warning READ warning CONSTANT)
    Q_PROPERTY(int breached READ breached CONSTANT)

public:
    QueueCounts counts;

    int fresh() const { return counts.fresh; }
    int approval() const { return counts.approval; }
    int callbacks() const { return counts.callbacks; }
    int warning() const { return counts.warning; }
    int breached() const { return counts.breached; }
};

} // namespace so::incidents
