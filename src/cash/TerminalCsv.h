#pragma once
// TerminalCsv: the payment terminal's export (CSV, UTF-8, optional BOM) read into sales and
// refunds. Every line is checked first; one bad line and nothing is taken, with each bad line
// named. No database here: CashService writes the rows in one transaction.
#include "CashConfig.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace so::cash {

struct TerminalRow
{
    QString kind; // sale or refund
    QString payment;
    QString reference;
    Money amount;
    qint64 at = 0; // UTC ms
};

class TerminalCsv
{
    Q_DECLARE_TR_FUNCTIONS(TerminalCsv)
public:
    // label names the file in messages.
    static Result<QList<TerminalRow>> parse(const QByteArray &bytes, const QString &label,
                                            const CashConfig &config, const QTimeZone &stationZone);
};

} // namespace so::cash
