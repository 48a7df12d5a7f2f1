#include "CashService.h"
#include "AuthService.h"
#include "Database.h"
#include "RecordSeal.h"
#include "RecordWrite.h"
#include "StationCore.h"
#include "TerminalCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCash, "stationops.cash")

namespace so::cash {

namespace {

// Kinds that take money out of the drawer when paid in cash.
bool takesOut(const QString &kind)
{
    return kind == QLatin1String("refund") || kind == QLatin1String("payout") ||
           kind == QLatin1String("drop");
}

QString countsJson(const Counts &c)
{
    QJsonObject o;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        if (it.value() != 0)
            o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

void CashService::addRecordKinds(RecordKinds &kinds)
{
    CashStore::addRecordKinds(kinds);
}

Result<Money> expectedDrawer(Money floatAmount, const QList<Entry> &entries,
                             const CashConfig &config)
{
    QSet<QString> voided;
    for (const Entry &e : entries)
        if (e.kind == QLatin1String("void"))
            voided.insert(e.correctsId);
    Money total = floatAmount;
    for (const Entry &e : entries) {
        if (voided.contains(e.id) || e.kind == QLatin1String("void") ||
            e.kind == QLatin1String("no_sale"))
            continue;
        Result<Money> next = total;
        if (e.kind == QLatin1String("adjustment")) {
            next = total.plus(e.amount);
        } else {
            const PaymentType *p = config.payment(e.payment);
            if (!p || !p->drawer)
                continue;
            if (e.kind == QLatin1String("sale"))
                next = total.plus(e.amount);
            else if (takesOut(e.kind))
                next = total.minus(e.amount);
            // An exchange swaps notes for coins: it moves no money.
        }
        if (!next)
            return Error{next.error()};
        total = *next;
    }
    return total;
}

CashService::CashService(StationCore &core, CashConfig config, AuthService &auth, QObject *parent)
    : QObject(parent), m_core(core), m_store(core.db()), m_config(std::move(config)), m_auth(auth)
{
}

Result<QString> CashService::openShift(const Actor &seller, const QString &booth,
                                       const Counts &floatCounts, const QString &confirmerNo,
                                       const QString &confirmerPin)
{
    if (!seller.can(Permission::SellTickets))
        return fail(tr("Your role may not sell tickets."));
    bool known = false;
    for (const Booth &b : m_core.config().booths)
        known |= b.id == booth;
    if (!known)
        return fail(tr("No ticket office %1.").arg(booth));
    auto total = countTotal(m_config, floatCounts);
    if (!total)
        return fail(total.error());
    if (confirmerNo.trimmed() == seller.staffNo)
        return fail(tr("The float is confirmed by a second person."));
    auto confirmer = m_auth.confirmWithPin(confirmerNo, confirmerPin, Permission::ConfirmFloat,
                                           QStringLiteral("float"));
    if (!confirmer)
        return fail(confirmer.error());
    RecordWrite w(m_core, seller.id());
    // Checked inside the transaction, which holds the file's write lock: a shift opened by
    // another process on this file, or taken in from another tablet, counts as open until its
    // count is in. (Two tablets that open one booth offline are a conflict for the supervisor.)
    auto busy = w.ok() ? m_store.openOn(booth, seller.staffNo)
                       : Result<std::pair<QString, QString>>(fail(w.error()));
    if (!busy)
        return fail(tr("Not saved: %1").arg(busy.error()));
    if (!busy->first.isEmpty())
        return fail(tr("Ticket office %1 already has an open shift.").arg(booth));
    if (!busy->second.isEmpty())
        return fail(tr("You already have an open shift."));
    const Stamp stamp = w.stamp();
    w.step([&] {
        return m_store.insertShift(stamp, booth, seller.staffNo, total->fen(),
                                   countsJson(floatCounts), confirmer->staffNo);
    });
    // A shift counted on another tablet with a clock ahead of this one's may still be open by
    // the rule every device reads; listed here as it would be wherever this shift arrives.
    w.step([&] { return m_store.noteOpenClashes({stamp.id}); });
    w.audit(QStringLiteral("cash_shift_opened"), QStringLiteral("cash_shift"), stamp.id,
            {{QStringLiteral("booth"), booth},
             {QStringLiteral("float_fen"), total->fen()},
             {QStringLiteral("confirmed_by"), confirmer->staffNo}});
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(stamp.id);
    return stamp.id;
}

Result<Shift> CashService::ownOpenShift(const Actor &actor, const QString &shiftId)
{
    if (!actor.can(Permission::SellTickets))
        return fail(tr("Your role may not sell tickets."));
    auto s = shift(shiftId);
    if (!s)
        return Error{s.error()};
    if (!s->has_value())
        return fail(tr("No such shift."));
    if ((*s)->seller != actor.staffNo)
        return fail(tr("This is %1's shift.").arg((*s)->seller));
    if ((*s)->status != ShiftStatus::Open)
        return fail(tr("The shift is closed."));
    return **s;
}

Result<QString> CashService::writeEntry(const Actor &actor, EntryWrite row)
{
    RecordWrite w(m_core, actor.id());
    const Stamp stamp = w.stamp();
    if (row.occurredAt <= 0)
        row.occurredAt = stamp.createdAt;
    w.step([&] { return m_store.insertEntry(stamp, row); });
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(row.shiftId);
    return stamp.id;
}

Result<QString> CashService::record(const Actor &actor, const QString &shiftId, const QString &kind,
                                    const QString &payment, Money amount, const QString &reason,
                                    const QString &reference, qint64 occurredAt)
{
    auto sh = ownOpenShift(actor, shiftId);
    if (!sh)
        return Error{sh.error()};
    static const QStringList kinds{QStringLiteral("sale"),     QStringLiteral("refund"),
                                   QStringLiteral("exchange"), QStringLiteral("payout"),
                                   QStringLiteral("drop"),     QStringLiteral("no_sale")};
    if (!kinds.contains(kind))
        return fail(tr("Unknown entry \"%1\".").arg(kind));
    if (!m_config.payment(payment))
        return fail(tr("Unknown payment type \"%1\".").arg(payment));
    if (kind == QLatin1String("no_sale") ? !amount.isZero() : (amount.fen() <= 0))
        return fail(kind == QLatin1String("no_sale") ? tr("A drawer opening has no amount.")
                                                     : tr("Enter an amount above zero."));
    if ((kind == QLatin1String("payout") || kind == QLatin1String("drop") ||
         kind == QLatin1String("no_sale") || kind == QLatin1String("refund")) &&
        reason.trimmed().isEmpty())
        return fail(tr("Give the reason."));
    return writeEntry(actor, EntryWrite{shiftId, kind, payment, amount.fen(), reason.trimmed(),
                                        reference.trimmed(), QString(), occurredAt});
}

Result<QString> CashService::undoLast(const Actor &actor, const QString &shiftId)
{
    auto sh = ownOpenShift(actor, shiftId);
    if (!sh)
        return Error{sh.error()};
    auto list = entries(shiftId);
    if (!list)
        return Error{list.error()};
    QSet<QString> voided;
    for (const Entry &e : *list)
        if (e.kind == QLatin1String("void"))
            voided.insert(e.correctsId);
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        // A supervisor's adjustment is not the seller's to undo (and is not a cash_entry).
        if (it->kind == QLatin1String("void") || it->kind == QLatin1String("adjustment") ||
            voided.contains(it->id))
            continue;
        return writeEntry(actor,
                          EntryWrite{shiftId, QStringLiteral("void"), it->payment, it->amount.fen(),
                                     QStringLiteral("undo"), QString(), it->id, 0});
    }
    return fail(tr("Nothing to undo."));
}

Result<int> CashService::importCsv(const Actor &actor, const QString &shiftId, const QString &path)
{
    auto sh = ownOpenShift(actor, shiftId);
    if (!sh)
        return Error{sh.error()};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot be read (%2)").arg(path, f.errorString()));
    if (f.size() > 5 * 1024 * 1024)
        return fail(tr("%1: larger than 5 MB; is it the right file?").arg(path));
    auto rows = TerminalCsv::parse(f.readAll(), path, m_config, m_core.config().timeZone);
    if (!rows)
        return Error{rows.error()};
    // Every row in one transaction: one refused and none is kept.
    RecordWrite w(m_core, actor.id());
    if (!w.ok())
        return fail(tr("Not saved: %1").arg(w.error()));
    for (const TerminalRow &r : *rows)
        if (auto id = record(actor, shiftId, r.kind, r.payment, r.amount,
                             r.kind == QLatin1String("refund") ? tr("terminal refund") : QString(),
                             r.reference, r.at);
            !id)
            return Error{id.error()};
    w.audit(QStringLiteral("cash_imported"), QStringLiteral("cash_shift"), shiftId,
            {{QStringLiteral("file"), path}, {QStringLiteral("rows"), int(rows->size())}});
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    return int(rows->size());
}

Result<Money> CashService::expectedOf(const QString &shiftId)
{
    auto s = shift(shiftId);
    if (!s || !s->has_value())
        return fail(s ? tr("No such shift.") : s.error());
    auto list = entries(shiftId);
    if (!list)
        return Error{list.error()};
    return expectedDrawer((*s)->floatAmount, *list, m_config);
}

Result<CloseResult> CashService::submitCount(const Actor &actor, const QString &shiftId,
                                             const Counts &counts)
{
    auto sh = ownOpenShift(actor, shiftId);
    if (!sh)
        return Error{sh.error()};
    auto counted = countTotal(m_config, counts);
    if (!counted)
        return fail(counted.error());
    RecordWrite w(m_core, actor.id());
    // Checked again inside the transaction: another process on this file may have counted it.
    auto countedAlready = w.ok() ? m_store.isCounted(shiftId) : Result<bool>(fail(w.error()));
    if (!countedAlready)
        return fail(tr("Not saved: %1").arg(countedAlready.error()));
    if (*countedAlready)
        return fail(tr("The shift is closed."));
    auto expected = expectedOf(shiftId);
    if (!expected)
        return Error{expected.error()};
    auto variance = counted->minus(*expected);
    if (!variance)
        return Error{variance.error()};
    const Stamp stamp = w.stamp();
    w.step([&] {
        return m_store.insertClose(stamp, shiftId, countsJson(counts), counted->fen(),
                                   expected->fen(), variance->fen());
    });
    w.step([&] { return m_store.noteOpenClashes({shiftId}); });
    w.audit(QStringLiteral("cash_counted"), QStringLiteral("cash_shift"), shiftId,
            {{QStringLiteral("counted_fen"), counted->fen()},
             {QStringLiteral("expected_fen"), expected->fen()},
             {QStringLiteral("variance_fen"), variance->fen()}});
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    const qint64 size = variance->fen() < 0 ? -variance->fen() : variance->fen();
    CloseResult r{*expected, *counted, *variance,
                  size > m_config.reasonAbove.fen() && size > m_config.tolerance.fen(),
                  size > m_config.supervisorAbove.fen()};
    Q_EMIT changed(shiftId);
    return r;
}

Result<Shift> CashService::signOff(const Actor &seller, const QString &shiftId,
                                   const QString &supervisorNo, const QString &supervisorPin,
                                   SignoffDecision decision, const QString &sellerReason,
                                   const Counts &recount, const QString &note)
{
    auto s0 = shift(shiftId);
    if (!s0)
        return Error{s0.error()};
    if (!s0->has_value())
        return fail(tr("No such shift."));
    const Shift sh = **s0;
    if (sh.status != ShiftStatus::Counted)
        return fail(sh.status == ShiftStatus::Open ? tr("Count the drawer first.")
                                                   : tr("This shift is signed off already."));
    if (seller.staffNo != sh.seller && !seller.can(Permission::SignOffShift))
        return fail(tr("This is %1's shift.").arg(sh.seller));
    Money variance = sh.variance;
    std::optional<Money> recounted;
    if (decision == SignoffDecision::Recount) {
        auto total = countTotal(m_config, recount);
        if (!total)
            return fail(total.error());
        recounted = *total;
        variance = *total.value().minus(sh.expected);
    }
    const qint64 size = variance.fen() < 0 ? -variance.fen() : variance.fen();
    if (size > m_config.reasonAbove.fen() && size > m_config.tolerance.fen() &&
        sellerReason.trimmed().isEmpty())
        return fail(tr("Say why the drawer is %1 %2.")
                        .arg(variance.isNegative() ? tr("short") : tr("over"),
                             Money::fromFen(size).format()));
    if (size > m_config.supervisorAbove.fen() && decision == SignoffDecision::Accepted)
        return fail(tr("Beyond %1 the supervisor recounts or overrides.")
                        .arg(m_config.supervisorAbove.format()));
    if (decision == SignoffDecision::Override && note.trimmed().isEmpty())
        return fail(tr("An override needs the supervisor's note."));
    if (supervisorNo.trimmed() == sh.seller)
        return fail(tr("A supervisor other than the seller signs off."));
    auto sup = m_auth.confirmWithPin(supervisorNo, supervisorPin, Permission::SignOffShift,
                                     QStringLiteral("cash_signoff"));
    if (!sup)
        return fail(sup.error());
    RecordWrite w(m_core, sup->id());
    // Checked again inside the transaction: the PIN check above takes a moment, and another
    // process on this file may have signed it off meanwhile.
    auto signedAlready = w.ok() ? m_store.isSignedOff(shiftId) : Result<bool>(fail(w.error()));
    if (!signedAlready)
        return fail(tr("Not saved: %1").arg(signedAlready.error()));
    if (*signedAlready)
        return fail(tr("This shift is signed off already."));
    const Stamp stamp = w.stamp();
    SignoffRow row{shiftId, sup->staffNo, decision,       sellerReason.trimmed(),
                   {},      {},           variance.fen(), note.trimmed()};
    if (recounted) {
        row.recountJson = countsJson(recount);
        row.recountFen = recounted->fen();
    }
    w.step([&] { return m_store.insertSignoff(stamp, row); });
    // Overages are kept apart from revenue; shortages are owed by the seller.
    if (!variance.isZero()) {
        const Stamp ledger = w.stamp();
        w.step([&] {
            return m_store.insertLedger(ledger, sh.seller, shiftId,
                                        variance.isNegative() ? QStringLiteral("shortage")
                                                              : QStringLiteral("overage"),
                                        size, sellerReason.trimmed(), stamp.id);
        });
    }
    // The shift as signed off, sealed into the audit trail with the rows the seal covers:
    // `verify` finds any later change, while an entry or a second sign-off from another tablet
    // may still arrive beside them.
    RecordSeal::Sealed seal;
    w.step([&] {
        auto taken = RecordSeal::take(m_core.db(), QStringLiteral("cash_shift"), shiftId);
        if (!taken)
            return Status(fail(taken.error()));
        seal = *taken;
        return Status();
    });
    // A shortage signed off here may settle a repayment another tablet took beyond what was owed.
    w.step([&] { return m_store.noteOverRepaid({sh.seller}); });
    w.audit(QStringLiteral("cash_signed_off"), QStringLiteral("cash_shift"), shiftId,
            {{QStringLiteral("decision"), nameOf(decision)},
             {QStringLiteral("variance_fen"), variance.fen()},
             {QStringLiteral("seller_reason"), sellerReason.trimmed()},
             {QStringLiteral("note"), note.trimmed()},
             {QStringLiteral("seal"), seal.seal},
             {QStringLiteral("rows"), QJsonArray::fromStringList(seal.rows)}});
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    qCInfo(lcCash) << "shift signed off" << shiftId << nameOf(decision) << variance.fen();
    Q_EMIT changed(shiftId);
    auto done = shift(shiftId);
    if (!done || !done->has_value())
        return fail(tr("Not saved."));
    return **done;
}

Result<QString> CashService::adjust(const Actor &supervisor, const QString &shiftId,
                                    Money signedAmount, const QString &reason)
{
    if (!supervisor.can(Permission::CorrectShift))
        return fail(tr("Only a supervisor may correct a shift."));
    if (signedAmount.isZero() || reason.trimmed().isEmpty())
        return fail(tr("A correction needs an amount and a reason."));
    auto sh = shift(shiftId);
    if (!sh || !sh->has_value())
        return fail(sh ? tr("No such shift.") : sh.error());
    RecordWrite w(m_core, supervisor.id());
    const Stamp stamp = w.stamp();
    // Its own record, pointing at the shift: the shift's seal keeps covering what was signed off,
    // and the adjustment is sealed by itself.
    w.step([&] {
        return m_store.insertAdjustment(stamp, shiftId, signedAmount.fen(), reason.trimmed());
    });
    QString seal;
    w.step([&] {
        auto of = RecordSeal::of(m_core.db(), QStringLiteral("cash_adjustment"), stamp.id);
        if (!of)
            return Status(fail(of.error()));
        seal = *of;
        return Status();
    });
    w.audit(QStringLiteral("cash_adjusted"), QStringLiteral("cash_adjustment"), stamp.id,
            {{QStringLiteral("shift_id"), shiftId},
             {QStringLiteral("amount_fen"), signedAmount.fen()},
             {QStringLiteral("reason"), reason.trimmed()},
             {QStringLiteral("seal"), seal}});
    if (Status s = w.commit(); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(shiftId);
    return stamp.id;
}

Status CashService::repay(const Actor &supervisor, const QString &seller, Money amount,
                          const QString &note)
{
    if (!supervisor.can(Permission::SignOffShift))
        return fail(tr("Only a supervisor records a repayment."));
    // What is owed is read inside the write's transaction: the sync thread may take in another
    // tablet's repayment for the same seller a moment before.
    RecordWrite w(m_core, supervisor.id());
    w.step([&]() -> Status {
        auto totals = m_store.ledgerTotals(seller);
        if (!totals)
            return fail(totals.error());
        const Money owed = Money::fromFen(totals->shortages - totals->repaid);
        if (amount.fen() <= 0 || amount > owed)
            return fail(tr("%1 owes %2; a repayment is above zero and at most that.")
                            .arg(seller, owed.format()));
        return {};
    });
    const Stamp stamp = w.stamp();
    w.step([&] {
        return m_store.insertLedger(stamp, seller, QString(), QStringLiteral("repayment"),
                                    amount.fen(), note.trimmed(), QString());
    });
    w.step([&] { return m_store.noteOverRepaid({seller}); });
    w.audit(QStringLiteral("cash_repaid"), QStringLiteral("seller"), seller,
            {{QStringLiteral("amount_fen"), amount.fen()}});
    return w.commit();
}

Result<std::optional<Shift>> CashService::shift(const QString &id)
{
    return m_store.shift(id);
}

Result<std::optional<Shift>> CashService::openShiftOf(const QString &seller)
{
    auto id = m_store.unsignedShiftOf(seller);
    if (!id)
        return Error{id.error()};
    return id->has_value() ? shift(**id) : std::optional<Shift>();
}

Result<QList<Entry>> CashService::entries(const QString &shiftId)
{
    return m_store.entries(shiftId);
}

Result<QList<Shift>> CashService::shifts(qint64 fromUtc, qint64 toUtc)
{
    return m_store.shiftsOpenedBetween(fromUtc, toUtc);
}

Result<int> CashService::shiftCount(qint64 fromUtc, qint64 toUtc)
{
    return m_store.countOpenedBetween(fromUtc, toUtc);
}

Result<QList<Shift>> CashService::unsignedShifts()
{
    return m_store.unsignedShifts();
}

Result<QList<std::pair<QString, Money>>> CashService::sellersOwing()
{
    return m_store.sellersOwing();
}

Result<SellerRecord> CashService::sellerRecord(const QString &seller)
{
    SellerRecord r;
    r.seller = seller;
    auto totals = m_store.ledgerTotals(seller);
    if (!totals)
        return Error{totals.error()};
    r.owed = Money::fromFen(totals->shortages - totals->repaid);
    r.overages = Money::fromFen(totals->overages);
    auto shifts = m_store.shiftsOf(seller);
    if (!shifts)
        return Error{shifts.error()};
    r.shifts = shifts.take();
    bool streakOpen = true;
    for (const Shift &s : r.shifts) {
        if (s.status != ShiftStatus::SignedOff)
            continue;
        if (streakOpen && s.variance.isZero())
            ++r.zeroStreak;
        else
            streakOpen = false;
    }
    return r;
}

} // namespace so::cash
