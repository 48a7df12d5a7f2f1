#pragma once
// CountResult: what the blind count showed once it was stored (or once the shift was signed
// off): expected, counted and the variance, in words, with what sign-off now needs. Nothing
// here is known before the count is submitted.
#include "Money.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace so::cash {

struct CloseResult;

class CountResult
{
    Q_GADGET
    QML_VALUE_TYPE(countResult)
    Q_PROPERTY(bool known MEMBER known CONSTANT)
    Q_PROPERTY(QString expectedText MEMBER expectedText CONSTANT) // "¥514.00"
    Q_PROPERTY(QString countedText MEMBER countedText CONSTANT)
    Q_PROPERTY(QString varianceText MEMBER varianceText CONSTANT) // "Short ¥0.50", "Exact"
    Q_PROPERTY(bool exact MEMBER exact CONSTANT)
    Q_PROPERTY(bool needsReason MEMBER needsReason CONSTANT)
    Q_PROPERTY(bool needsSupervisorDecision MEMBER needsSupervisorDecision CONSTANT)

public:
    bool known = false;
    QString expectedText;
    QString countedText;
    QString varianceText;
    bool exact = false;
    bool needsReason = false;
    bool needsSupervisorDecision = false;

    // Nothing counted yet: every field empty.
    static CountResult of(const CloseResult *result);
    friend bool operator==(const CountResult &a, const CountResult &b);
    friend bool operator!=(const CountResult &a, const CountResult &b) { return !(a == b); }
};

} // namespace so::cash
