#include "CountResult.h"
#include "CashService.h"
#include "CashWords.h"

namespace so::cash {

CountResult CountResult::of(const CloseResult *r)
{
    CountResult out;
    if (!r)
        return out;
    out.known = true;
    out.expectedText = r->expected.format();
    out.countedText = r->counted.format();
    out.varianceText = CashWords::variance(r->variance);
    out.exact = r->variance.isZero();
    out.needsReason = r->needsReason;
    out.needsSupervisorDecision = r->needsSupervisorDecision;
    return out;
}

bool operator==(const CountResult &a, const CountResult &b)
{
    return a.known == b.known && a.expectedText == b.expectedText &&
           a.countedText == b.countedText && a.varianceText == b.varianceText &&
           a.needsReason == b.needsReason && a.needsSupervisorDecision == b.needsSupervisorDecision;
}

} // namespace so::cash
