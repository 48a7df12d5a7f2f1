#include "TerminalCsv.h"

#include <QDateTime>
#include <QStringDecoder>

namespace so::cash {

namespace {

// One record of the file and the line it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180: fields separated by commas, records by CRLF, LF or a lone CR; a field in double quotes
// may hold commas, line breaks and doubled quotes (""). A UTF-8 BOM before the first field is
// dropped. A quote that is never closed, or text after a closing quote, is an error naming its
// line.
Result<QList<CsvRecord>> readCsv(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<CsvRecord> out;
    CsvRecord rec{1, {}};
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool quoted = false;     // inside "…"
    bool afterQuote = false; // the closing quote of this field has been read
    auto endField = [&] {
        rec.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        out << rec;
        rec = CsvRecord{line + 1, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // LF, CRLF, or a lone CR (old spreadsheet exports) ends a record.
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (afterQuote || !field.trimmed().isEmpty())
                return fail(
                    TerminalCsv::tr("line %1: a quote inside a field that does not start with one; "
                                    "write a quote inside quotes as \"\"")
                        .arg(line));
            field.clear(); // spaces before the opening quote
            quoted = true;
            quoteLine = line;
        } else if (afterQuote) {
            if (!c.isSpace())
                return fail(TerminalCsv::tr(
                                "line %1: text after a closing quote; a field ends at its quote")
                                .arg(line));
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(
            TerminalCsv::tr("line %1: a quote opens a field that never closes").arg(quoteLine));
    if (!field.isEmpty() || !rec.fields.isEmpty() || afterQuote)
        endRecord();
    return out;
}

} // namespace

Result<QList<TerminalRow>> TerminalCsv::parse(const QByteArray &bytes, const QString &label,
                                              const CashConfig &config,
                                              const QTimeZone &stationZone)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return fail(tr("%1: not UTF-8 text; export it from the terminal as UTF-8 CSV").arg(label));
    QList<TerminalRow> rows;
    QStringList errors;
    QStringList header;
    auto records = readCsv(text);
    if (!records)
        return fail(tr("%1: nothing was imported; %2").arg(label, records.error()));
    for (const CsvRecord &rec : *records) {
        const int line = rec.line;
        const QStringList &cells = rec.fields;
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line
        if (header.isEmpty()) {
            for (const QString &c : cells)
                header << c.trimmed();
            for (const QString &need : config.importColumns)
                if (!header.contains(need))
                    return fail(tr("%1:%2: the header has no \"%3\" column")
                                    .arg(label)
                                    .arg(line)
                                    .arg(need));
            continue;
        }
        if (cells.size() != header.size()) {
            errors << tr("line %1: %2 fields, the header has %3")
                          .arg(line)
                          .arg(cells.size())
                          .arg(header.size());
            continue;
        }
        auto cell = [&](const char *name) {
            return cells.value(header.indexOf(QLatin1String(name))).trimmed();
        };
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
    if (rows.isEmpty() && errors.isEmpty())
        return fail(tr("%1: there are no rows below the header; nothing was imported").arg(label));
    if (!errors.isEmpty())
        return fail(tr("%1: nothing was imported; fix these lines:\n%2")
                        .arg(label, errors.join(QLatin1Char('\n'))));
    return rows;
}

} // namespace so::cash
