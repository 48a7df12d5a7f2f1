#pragma once
// AlarmWords: the words for alarm states, events, link states and priorities, in the current
// language — one vocabulary for every list, the banner and the handover.
#include "AlarmTypes.h"

#include <QCoreApplication>
#include <QString>

namespace so::alarms {

class AlarmWords
{
    Q_DECLARE_TR_FUNCTIONS(AlarmWords)
public:
    static QString state(AlarmStateKind s);
    // kind: raise, clear, reset, ack, shelve, unshelve, suppress, ...; effect as stored.
    static QString event(const QString &kind, const QString &effect);
    // up, down, opening, disabled
    static QString link(const QString &state);
    static QString priority(int priority);
};

inline QString stateText(AlarmStateKind s)
{
    return AlarmWords::state(s);
}

} // namespace so::alarms
