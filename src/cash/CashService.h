#pragma once
// CashService: booth shifts from float to sign-off. The expected drawer is never shown before
// the blind count is submitted; a supervisor signs every shift off with their PIN, recounting or
// overriding when the variance is beyond the station's limit; the over/short ledger follows.
#include "CashConfig.h"
#include "CashStore.h"
#include "Permissions.h"
#include "Stamp.h"

#include <QObject>

namespace so {
class AuthService;
class RecordKinds;
class StationCore;
} // namespace so

namespace so::cash {

struct CloseResult
{
    Money expected;
    Money counted;
    Money variance; // counted - expected: positive over, negative short
    bool needsReason = false;
    bool needsSupervisorDecision = false;
};

struct SellerRecord
{
    QString seller;
    Money owed; // shortages less repayments
    Money overages;
    int zeroStreak = 0;  // consecutive signed-off shifts with no variance, newest first
    QList<Shift> shifts; // newest first
};

class CashService : public QObject
{
    Q_OBJECT
public:
    CashService(StationCore &core, CashConfig config, AuthService &auth, QObject *parent = nullptr);

    // Shifts, their entries, counts, sign-offs, the ledger and adjustments travel to the
    // station's other devices. Two shifts open at once on one booth or for one seller, two
    // counts or two sign-offs of one shift are listed for the supervisor as they arrive.
    static void addRecordKinds(RecordKinds &kinds);

    const CashConfig &config() const { return m_config; }

    // The seller opens a booth with a counted float; a second person confirms with their PIN.
    Result<QString> openShift(const Actor &seller, const QString &booth, const Counts &floatCounts,
                              const QString &confirmerNo, const QString &confirmerPin);
    Result<QString> record(const Actor &actor, const QString &shiftId, const QString &kind,
                           const QString &payment, Money amount, const QString &reason = {},
                           const QString &reference = {}, qint64 occurredAt = 0);
    // Cancels the newest entry that is not already cancelled, as a new "void" entry.
    Result<QString> undoLast(const Actor &actor, const QString &shiftId);
    // The terminal's shift export; one bad row and nothing is imported. Errors name the line.
    Result<int> importCsv(const Actor &actor, const QString &shiftId, const QString &path);
    // The blind count. Only after it is stored does anyone learn what was expected.
    Result<CloseResult> submitCount(const Actor &actor, const QString &shiftId,
                                    const Counts &counts);
    // A supervisor signs the shift off with their PIN: accepts, overrides, or recounts.
    Result<Shift> signOff(const Actor &seller, const QString &shiftId, const QString &supervisorNo,
                          const QString &supervisorPin, SignoffDecision decision,
                          const QString &sellerReason, const Counts &recount = {},
                          const QString &note = {});
    // A correction after sign-off: a supervisor's adjustment entry pointing at the shift.
    Result<QString> adjust(const Actor &supervisor, const QString &shiftId, Money signedAmount,
                           const QString &reason);
    Status repay(const Actor &supervisor, const QString &seller, Money amount, const QString &note);

    Result<std::optional<Shift>> shift(const QString &id);
    Result<std::optional<Shift>> openShiftOf(const QString &seller);
    Result<QList<Entry>> entries(const QString &shiftId);
    Result<SellerRecord> sellerRecord(const QString &seller);
    Result<QList<Shift>> shifts(qint64 fromUtc, qint64 toUtc);
    // How many shifts were opened in [fromUtc, toUtc), for the reports page.
    Result<int> shiftCount(qint64 fromUtc, qint64 toUtc);
    // Shifts not yet signed off (open or counted), oldest first.
    Result<QList<Shift>> unsignedShifts();
    // Every seller whose shortages are not yet repaid, with what they owe.
    Result<QList<std::pair<QString, Money>>> sellersOwing();

Q_SIGNALS:
    void changed(const QString &shiftId);

private:
    Result<Money> expectedOf(const QString &shiftId);
    Result<Shift> ownOpenShift(const Actor &actor, const QString &shiftId);
    // One entry row, written and committed, then told.
    Result<QString> writeEntry(const Actor &actor, EntryWrite row);

    StationCore &m_core;
    CashStore m_store;
    CashConfig m_config;
    AuthService &m_auth;
};

// The drawer arithmetic: float + cash sales - cash refunds - payouts - drops + adjustments,
// with voided entries taken out.
Result<Money> expectedDrawer(Money floatAmount, const QList<Entry> &entries,
                             const CashConfig &config);

} // namespace so::cash
