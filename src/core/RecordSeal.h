#pragma once
// RecordSeal: a SHA-256 over a final record's rows exactly as stored — a finalized inspection
// with its answers, a signed-off cash shift with its entries, count and sign-off. The seal goes
// into the audit row written when the record becomes final (itself hash-chained), so
// `stationops verify` finds a record changed behind the app's back, even with the triggers
// that forbid it dropped.
#include "Result.h"

#include <QString>

namespace so {

class Database;

namespace RecordSeal {

// kind: "inspection", "cash_shift" (as signed off: its entries, count and sign-off) or
// "cash_adjustment" (a supervisor's correction, a record of its own that points at the shift).
Result<QString> of(Database &db, const QString &kind, const QString &id);
// Checks every sealed record against its audit row; the error names the record and the row.
Status verifyAll(Database &db);

} // namespace RecordSeal

} // namespace so
