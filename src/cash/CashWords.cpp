#include "CashWords.h"

namespace so::cash {

QString CashWords::entryKind(const QString &kind)
{
    if (kind == QLatin1String("sale"))
        return tr("Sale");
    if (kind == QLatin1String("refund"))
        return tr("Refund");
    if (kind == QLatin1String("exchange"))
        return tr("Exchange");
    if (kind == QLatin1String("payout"))
        return tr("Payout");
    if (kind == QLatin1String("drop"))
        return tr("Safe drop");
    if (kind == QLatin1String("no_sale"))
        return tr("Drawer opened");
    if (kind == QLatin1String("void"))
        return tr("Undone");
    if (kind == QLatin1String("adjustment"))
        return tr("Correction");
    return kind;
}

QString CashWords::variance(Money variance)
{
    if (variance.isZero())
        return tr("Exact");
    const QString amount = (variance.isNegative() ? -variance : variance).format();
    return variance.isNegative() ? tr("Short %1").arg(amount) : tr("Over %1").arg(amount);
}

} // namespace so::cash
