#include "TerminalCsv.h"

#include <QDateTime>
#include <QStringDecoder>

namespace so::cash {

Result<QList<TerminalRow>> TerminalCsv::parse(const QByteArray &bytes, const QString &label, const CashConfig &config,
                                              const QTimeZone &stationZone)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return fail(tr("%1: not UTF-8 text; export it from the terminal as UTF-8 CSV").arg(label));
    QList<TerminalRow> rows;
    QStringList errors;
    QStringList header;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int line = i + 1;
        QString raw = lines.at(i);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (line == 1 && raw.startsWith(QChar(0xFEFF)))
            raw.remove(0, 1);
        if (raw.trimmed().isEmpty())
            continue;
        const QStringList cells = raw.split(QLatin1Char(','));
        if (header.isEmpty()) {
            for (const QString &c : cells)
                header << c.trimmed();
            for (const QString &need : config.importColumns)
                if (!header.contains(need))
                    return fail(tr("%1:%2: the header has no \"%3\" column").arg(label).arg(line).arg(need));
            continue;
        }
        if (cells.size() != header.size()) {
            errors << tr("line %1: %2 fields, the header has %3").arg(line).arg(cells.size()).arg(header.size());
            continue;
        }
        auto cell = [&](const char *name) { return cells.value(header.indexOf(QLatin1String(name))).trimmed(); };
        const QDateTime at = QDateTime::fromString(cell("time"), config.importTimeFormat);
        const QString kind = cell("kind");
        const QString payment = cell("payment");
        auto amount = Money::parse(cell("amount"));
        QStringList why;
        if (!at.isValid())
            why << tr("time \"%1\" is not %2").arg(cell("time"), config.importTimeFormat);
        if (!QStringList{QStringLiteral("sale"), QStringLiteral("refund")}.contains(kind))
            why << tr("kind \"%1\" is not sale or refund").arg(kind);
        if (!config.payment(payment))
            why << tr("payment \"%1\" is unknown").arg(payment);
        if (!amount)
            why << tr("amount: %1").arg(amount.error());
        else if (amount->fen() <= 0)
            why << tr("amount must be above zero");
        if (!why.isEmpty()) {
            errors << tr("line %1: %2").arg(line).arg(why.join(QStringLiteral("; ")));
            continue;
        }
        QDateTime local = at;
        local.setTimeZone(stationZone);
        rows << TerminalRow{kind, payment, cell("reference"), *amount, local.toMSecsSinceEpoch()};
    }
    if (header.isEmpty())
        return fail(tr("%1: the file is empty").arg(label));
    if (!errors.isEmpty())
        return fail(tr("%1: nothing was imported; fix these lines:\n%2").arg(label, errors.join(QLatin1Char('\n'))));
    return rows;
}

} // namespace so::cash
