#pragma once
// CashStore: the SQL of booth shifts — the shift, its entries, the blind count, the sign-off,
// the over/short ledger and supervisors' adjustments — and the rules over them that every
// device reads alike (two shifts open at once on one booth or for one seller, a second count
// or sign-off of one shift). Nothing here checks a permission or writes the audit trail.
#include "Database.h"
#include "Money.h"
#include "Stamp.h"

#include <QHash>

#include <optional>

namespace so {
class RecordKinds;
}

namespace so::cash {

using Counts = QHash<QString, int>;

// Where a shift stands: open until its blind count is in, then waiting for a supervisor.
enum class ShiftStatus { Open, Counted, SignedOff };
// How a supervisor signed a shift off: the count accepted, overridden with a note, or recounted.
enum class SignoffDecision { Accepted, Override, Recount };
// As stored and exported: open, counted, signed_off; accepted, override, recount.
QString nameOf(ShiftStatus status);
QString nameOf(SignoffDecision decision);
std::optional<SignoffDecision> signoffDecisionNamed(const QString &name);

struct Shift
{
    QString id;
    QString booth;
    QString seller;
    qint64 openedAt = 0;
    Money floatAmount;
    ShiftStatus status = ShiftStatus::Open;
    // Known only once the blind count is in:
    Money counted;
    Money expected;
    Money variance;
    QString supervisor;
    SignoffDecision decision = SignoffDecision::Accepted; // once signed off
    QString sellerReason;
};

struct Entry
{
    QString id;
    QString kind;
    QString payment;
    Money amount;
    QString reason;
    QString reference;
    QString correctsId;
    qint64 occurredAt = 0;
    QString by;
};

// A cash_entry row as the seller's terminal or drawer made it.
struct EntryWrite
{
    QString shiftId;
    QString kind;
    QString payment;
    qint64 amountFen = 0;
    QString reason;
    QString reference;
    QString correctsId; // "" unless the row voids another
    qint64 occurredAt = 0;
};

struct SignoffRow
{
    QString shiftId;
    QString supervisor;
    SignoffDecision decision = SignoffDecision::Accepted;
    QString sellerReason;
    std::optional<QString> recountJson;
    std::optional<qint64> recountFen;
    qint64 varianceFen = 0;
    QString note;
};

struct LedgerTotals
{
    qint64 shortages = 0;
    qint64 repaid = 0;
    qint64 overages = 0;
};

class CashStore
{
public:
    explicit CashStore(Database &db) : m_db(db) {}

    // The record kinds of cash, with the rules redone when their records arrive.
    static void addRecordKinds(RecordKinds &kinds);
    // Lists (or lets go of) the sellers' repayments beyond what they owe, as arrivals do; run
    // after a repayment or sign-off made here too, so this tablet's list is every tablet's.
    Status noteOverRepaid(const QStringList &sellers);

    // A shift still open (not counted) on `booth`, and one of `seller`: their ids or "".
    Result<std::pair<QString, QString>> openOn(const QString &booth, const QString &seller);
    Result<bool> isCounted(const QString &shiftId);
    Result<bool> isSignedOff(const QString &shiftId);

    Status insertShift(const Stamp &s, const QString &booth, const QString &seller, qint64 floatFen,
                       const QString &countsJson, const QString &confirmedBy);
    Status insertEntry(const Stamp &s, const EntryWrite &row);
    Status insertClose(const Stamp &s, const QString &shiftId, const QString &countsJson,
                       qint64 countedFen, qint64 expectedFen, qint64 varianceFen);
    Status insertSignoff(const Stamp &s, const SignoffRow &row);
    // kind: shortage, overage or repayment; shift and sign-off are "" for a repayment.
    Status insertLedger(const Stamp &s, const QString &seller, const QString &shiftId,
                        const QString &kind, qint64 amountFen, const QString &note,
                        const QString &signoffId);
    Status insertAdjustment(const Stamp &s, const QString &shiftId, qint64 amountFen,
                            const QString &reason);

    // The rule of shifts open at once, re-read for these shifts (inside the caller's transaction).
    Status noteOpenClashes(const QStringList &shiftIds);

    Result<std::optional<Shift>> shift(const QString &id);
    // The newest shift of `seller` not yet signed off.
    Result<std::optional<QString>> unsignedShiftOf(const QString &seller);
    // The shift's entries, then the supervisors' adjustments to it, each in the order made.
    Result<QList<Entry>> entries(const QString &shiftId);
    Result<QList<Shift>> shiftsOpenedBetween(qint64 fromUtc, qint64 toUtc);
    Result<int> countOpenedBetween(qint64 fromUtc, qint64 toUtc);
    Result<QList<Shift>> unsignedShifts();
    Result<QList<Shift>> shiftsOf(const QString &seller);
    Result<QList<std::pair<QString, Money>>> sellersOwing();
    Result<LedgerTotals> ledgerTotals(const QString &seller);

private:
    Result<QList<Shift>> shiftsWhere(const QString &sql, const QVariantList &binds = {});
    Database &m_db;
};

} // namespace so::cash
