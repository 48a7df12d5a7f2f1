#pragma once
// IncidentWords: the incident feature's vocabulary. A case's state is named once, here, in both
// languages (handovers keep both); the words of the screens' moves and links follow the
// current language.
#include "StationConfig.h"

#include <QCoreApplication>

namespace so::incidents {

class IncidentWords
{
    Q_DECLARE_TR_FUNCTIONS(IncidentWords)
public:
    // Where a case stands: "待评估" / "Awaiting assessment", … "已结案" / "Closed".
    static Names state(const QString &state);
    // The button that makes a move: "Assess", "Approve the resolution".
    static QString move(const QString &to);
    // What a linked record is: "alarm", "inspection", "follow-up".
    static QString recordKind(const QString &kind);
};

} // namespace so::incidents
