#pragma once
// CashConfig: config/cash.json — denominations, tolerances, payment types and the ticket-office
// terminal's CSV export format. Every amount is read as text into Money.
#include "Money.h"
#include "StationConfig.h"

#include <QList>

namespace so::cash {

struct Denomination
{
    QString id;
    Money value;
    QString kind; // note | coin
};

struct PaymentType
{
    QString id;
    Names name;
    bool drawer = false; // counts toward the cash drawer
};

struct CashConfig
{
    QList<Denomination> denominations;
    Money tolerance;       // a variance within this is fine
    Money reasonAbove;     // beyond this the seller gives a reason
    Money supervisorAbove; // beyond this a supervisor must recount or override
    QList<PaymentType> paymentTypes;
    QStringList importColumns;
    QString importTimeFormat;

    const PaymentType *payment(const QString &id) const;
    const Denomination *denomination(const QString &id) const;
    static Result<CashConfig> load(const QString &configDir);
};

// counts: denomination id -> how many. The total, or why the counts are refused.
Result<Money> countTotal(const CashConfig &c, const QHash<QString, int> &counts);

} // namespace so::cash
