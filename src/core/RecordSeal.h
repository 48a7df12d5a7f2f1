#pragma once
// RecordSeal: a SHA-256 over a final record's rows exactly as stored — a finalized inspection
// with its answers, a signed-off cash shift with its entries, count and sign-off. The seal goes
// into the audit row written when the record becomes final (itself hash-chained), so
// `stationops verify` finds a record changed behind the app's back, even with the triggers
// that forbid it dropped.
#include "Result.h"

#include <QString>
#include <QStringList>

namespace so {

class Database;

namespace RecordSeal {

// kind: "inspection", "cash_shift" (as signed off: its entries, count and sign-off) or
// "cash_adjustment" (a supervisor's correction, a record of its own that points at the shift).
// With `rows`, only the parts' rows of those ids after the record's own row: what a seal taken
// on one tablet covered, while another tablet's later rows for the record (an entry, a second
// sign-off) may arrive after it.
Result<QString> of(Database &db, const QString &kind, const QString &id,
                   const std::optional<QStringList> &rows = {});

struct Sealed
{
    QString seal;
    QStringList rows; // the ids of the rows under the record's own, sorted
};
// Seals the record as it stands here now, naming the rows the seal covers. Both go into the
// audit row that makes the record final.
Result<Sealed> take(Database &db, const QString &kind, const QString &id);
// Checks every sealed record against its audit row; the error names the record and the row.
Status verifyAll(Database &db);

} // namespace RecordSeal

} // namespace so
