#include "CashService.h"
#include "TerminalCsv.h"
#include "RecordSeal.h"
#include "AuthService.h"
#include "Database.h"
#include "NameBook.h"
#include "RecordKinds.h"
#include "StationCore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcCash, "stationops.cash")

namespace so::cash {

namespace {

Money fen(const QVariant &v)
{
    return Money::fromFen(v.toLongLong());
}

// Kinds that take money out of the drawer when paid in cash.
bool takesOut(const QString &kind)
{
    return kind == QLatin1String("refund") || kind == QLatin1String("payout") || kind == QLatin1String("drop");
}

QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// Shifts open at the same time on one booth, or for one seller: a pair (a, b), a opened first
// (by time, then id), b opened before a's count was in. The rule reads only the two shifts and
// a's counts, so it is re-read for the shifts whose records arrived: the pairs they are in are
// listed again, and those that no longer hold (a's count arrived, made before b opened) go,
// settled or not. Every device ends with the same list.
Status noteOpenClashes(Database &db, const QStringList &shifts)
{
    const QString ids = jsonList(shifts);
    // A settled pair that no longer holds goes too, with its decision (which stays in the audit
    // trail): decisions are this tablet's own, and the list must be the same on every tablet.
    Status s = ok(db.exec(QStringLiteral(
        "DELETE FROM sync_decision WHERE conflict_id IN (SELECT c.id FROM sync_conflict c "
        "JOIN cash_shift x ON x.id = c.record_id JOIN cash_shift y ON y.id = c.other_id "
        "WHERE c.kind = 'cash_shift' AND c.reason IN ('same_booth', 'same_seller') "
        "AND (c.record_id IN (SELECT value FROM json_each(?)) OR c.other_id IN (SELECT value FROM json_each(?))) "
        "AND CASE WHEN x.created_at < y.created_at OR (x.created_at = y.created_at AND x.id < y.id) "
        "THEN EXISTS (SELECT 1 FROM cash_close k WHERE k.shift_id = x.id AND k.created_at <= y.created_at) "
        "ELSE EXISTS (SELECT 1 FROM cash_close k WHERE k.shift_id = y.id AND k.created_at <= x.created_at) END)"),
        {ids, ids}));
    if (s)
        s = ok(db.exec(QStringLiteral("DELETE FROM sync_conflict WHERE kind = 'cash_shift' AND reason IN ('same_booth', 'same_seller') "
                                      "AND (record_id IN (SELECT value FROM json_each(?)) OR other_id IN (SELECT value FROM json_each(?))) "
                                      "AND NOT EXISTS (SELECT 1 FROM sync_decision d WHERE d.conflict_id = sync_conflict.id)"),
                       {ids, ids}));
    for (const char *column : {"booth", "seller"}) {
        if (!s)
            break;
        const QString c = QLatin1String(column);
        const QString openAt = QStringLiteral("NOT EXISTS (SELECT 1 FROM cash_close k WHERE k.shift_id = %1.id AND k.created_at <= %2.created_at)");
        const QString pairs =
            QStringLiteral("SELECT x.id AS a, b.id AS b FROM json_each(?) j JOIN cash_shift x ON x.id = j.value "
                           "JOIN cash_shift b ON b.%1 = x.%1 AND (b.created_at > x.created_at OR (b.created_at = x.created_at AND b.id > x.id)) "
                           "WHERE %2 UNION ALL "
                           "SELECT a.id AS a, x.id AS b FROM json_each(?) j JOIN cash_shift x ON x.id = j.value "
                           "JOIN cash_shift a ON a.%1 = x.%1 AND (a.created_at < x.created_at OR (a.created_at = x.created_at AND a.id < x.id)) "
                           "WHERE %3")
                .arg(c, openAt.arg(QStringLiteral("x"), QStringLiteral("b")), openAt.arg(QStringLiteral("a"), QStringLiteral("x")));
        s = noteRuleConflicts(db, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("cash_shift"),
                              QStringLiteral("same_%1").arg(c), pairs, {ids, ids});
    }
    return s;
}

// A second count or sign-off of one shift: both are kept, the first counts, the pair is listed.
Status noteSeconds(Database &db, const QString &table, const QString &reason, const QStringList &arrived)
{
    return noteRuleConflicts(db, QDateTime::currentMSecsSinceEpoch(), table, reason,
                             QStringLiteral("SELECT x.id AS a, o.id AS b FROM json_each(?) j JOIN %1 x ON x.id = j.value "
                                            "JOIN %1 o ON o.shift_id = x.shift_id AND o.id <> x.id")
                                 .arg(table),
                             {jsonList(arrived)});
}

// A booth's or a seller's name, or both: what a person settling a pair recognises.
Names shiftNames(Database &db, const NameBook &names, const QString &shiftId, const QString &reason)
{
    auto q = db.exec(QStringLiteral("SELECT booth, seller FROM cash_shift WHERE id = ?"), {shiftId});
    if (!q || !q->next())
        return {};
    const Names booth = names.booth(q->value(0).toString());
    const Names seller = names.staff(q->value(1).toString());
    if (reason == QLatin1String("same_booth"))
        return booth;
    if (reason == QLatin1String("same_seller"))
        return seller;
    return Names{booth.zh + QStringLiteral(" · ") + seller.zh, booth.en + QStringLiteral(" · ") + seller.en};
}

// A second count or sign-off: the first (by time, then id) is the one the shift reads.
std::function<PairView(Database &, const NameBook &, const QString &, const QString &, const QString &)> describeSecond(const QString &table)
{
    return [table](Database &db, const NameBook &names, const QString &reason, const QString &first, const QString &second) {
        PairView v;
        auto shift = db.column(QStringLiteral("SELECT shift_id FROM %1 WHERE id = ?").arg(table), {first});
        if (shift && !shift->isEmpty())
            v.subject = shiftNames(db, names, shift->first(), reason);
        auto counted = db.column(QStringLiteral("SELECT id FROM %1_counted WHERE id IN (?, ?)").arg(table), {first, second});
        if (counted && !counted->isEmpty())
            v.inForce = counted->first() == first ? 1 : 2;
        return v;
    };
}

} // namespace

void CashService::addRecordKinds(RecordKinds &kinds)
{
    RecordKind shift;
    shift.name = shift.table = QStringLiteral("cash_shift");
    shift.refold = [](Database &db, const QStringList &ids) { return noteOpenClashes(db, ids); };
    // Both shifts stand: each seller counts their own drawer, and the supervisor settles who
    // worked the booth.
    shift.describePair = [](Database &db, const NameBook &names, const QString &reason, const QString &first, const QString &) {
        return PairView{shiftNames(db, names, first, reason), 0};
    };
    kinds.add(shift);
    RecordKind entry;
    entry.name = entry.table = QStringLiteral("cash_entry");
    kinds.add(entry);
    RecordKind close;
    close.name = close.table = QStringLiteral("cash_close");
    close.refold = [](Database &db, const QStringList &ids) {
        Status s = noteSeconds(db, QStringLiteral("cash_close"), QStringLiteral("second_close"), ids);
        auto shifts = s ? db.column(QStringLiteral("SELECT DISTINCT shift_id FROM cash_close WHERE id IN (SELECT value FROM json_each(?))"),
                                    {jsonList(ids)})
                        : Result<QStringList>(fail(s.error()));
        return shifts ? noteOpenClashes(db, *shifts) : Status(fail(shifts.error()));
    };
    close.describePair = describeSecond(close.table);
    kinds.add(close);
    RecordKind signoff;
    signoff.name = signoff.table = QStringLiteral("cash_signoff");
    signoff.refold = [](Database &db, const QStringList &ids) {
        return noteSeconds(db, QStringLiteral("cash_signoff"), QStringLiteral("second_signoff"), ids);
    };
    signoff.describePair = describeSecond(signoff.table);
    kinds.add(signoff);
    for (const char *table : {"cash_ledger", "cash_adjustment"}) {
        RecordKind k;
        k.name = k.table = QString::fromLatin1(table);
        kinds.add(std::move(k));
    }
}

Result<Money> expectedDrawer(Money floatAmount, const QList<Entry> &entries, const CashConfig &config)
{
    QSet<QString> voided;
    for (const Entry &e : entries)
        if (e.kind == QLatin1String("void"))
            voided.insert(e.correctsId);
    Money total = floatAmount;
    for (const Entry &e : entries) {
        if (voided.contains(e.id) || e.kind == QLatin1String("void") || e.kind == QLatin1String("no_sale"))
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
    : QObject(parent), m_core(core), m_config(std::move(config)), m_auth(auth)
{
}

QString CashService::countsJson(const Counts &c) const
{
    QJsonObject o;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        if (it.value() != 0)
            o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QString> CashService::openShift(const Actor &seller, const QString &booth, const Counts &floatCounts,
                                       const QString &confirmerNo, const QString &confirmerPin)
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
    auto confirmer = m_auth.confirmWithPin(confirmerNo, confirmerPin, Permission::ConfirmFloat, QStringLiteral("float"));
    if (!confirmer)
        return fail(confirmer.error());
    Database &db = m_core.db();
    Transaction tx(db);
    if (!tx.started())
        return fail(tr("Not saved: %1").arg(tx.error()));
    // Checked inside the transaction, which holds the file's write lock: a shift opened by
    // another process on this file, or taken in from another tablet, counts as open until its
    // count is in. (Two tablets that open one booth offline are a conflict for the supervisor.)
    auto busy = db.exec(QStringLiteral("SELECT (SELECT id FROM cash_open_shift WHERE booth=? LIMIT 1), "
                                       "(SELECT id FROM cash_open_shift WHERE seller=? LIMIT 1)"),
                        {booth, seller.staffNo});
    if (!busy || !busy->next())
        return fail(tr("Not saved: %1").arg(busy ? QStringLiteral("no answer") : busy.error()));
    if (!busy->value(0).isNull())
        return fail(tr("Ticket office %1 already has an open shift.").arg(booth));
    if (!busy->value(1).isNull())
        return fail(tr("You already have an open shift."));
    busy->finish();
    auto stamp = makeStamp(db, m_core.ids(), m_core.clock(), seller.id());
    if (!stamp)
        return fail(stamp.error());
    QVariantList b = stamp->binds();
    b << booth << seller.staffNo << total->fen() << countsJson(floatCounts) << confirmer->staffNo;
    Status s = ok(db.exec(QStringLiteral("INSERT INTO cash_shift(id, device_id, device_seq, created_at, created_by, booth, "
                                         "seller, float_fen, float_counts, confirmed_by) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                          b));
    // A shift counted on another tablet with a clock ahead of this one's may still be open by
    // the rule every device reads; listed here as it would be wherever this shift arrives.
    if (s)
        s = noteOpenClashes(db, {stamp->id});
    if (s)
        s = m_core.audit().record(seller.id(), QStringLiteral("cash_shift_opened"), QStringLiteral("cash_shift"), stamp->id, {},
                                  {{QStringLiteral("booth"), booth}, {QStringLiteral("float_fen"), total->fen()},
                                   {QStringLiteral("confirmed_by"), confirmer->staffNo}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(stamp->id);
    return stamp->id;
}

Status CashService::insertEntry(const Stamp &stamp, const QString &shiftId, const QString &kind, const QString &payment,
                                qint64 amountFen, const QString &reason, const QString &reference,
                                const QString &correctsId, qint64 occurredAt)
{
    QVariantList b = stamp.binds();
    b << shiftId << kind << payment << amountFen << reason << reference
      << (correctsId.isEmpty() ? QVariant() : QVariant(correctsId)) << occurredAt;
    return ok(m_core.db().exec(QStringLiteral("INSERT INTO cash_entry(id, device_id, device_seq, created_at, created_by, "
                                              "shift_id, kind, payment, amount_fen, reason, reference, corrects_id, "
                                              "occurred_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                               b));
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
    if ((*s)->status != QLatin1String("open"))
        return fail(tr("The shift is closed."));
    return **s;
}

Result<QString> CashService::record(const Actor &actor, const QString &shiftId, const QString &kind,
                                    const QString &payment, Money amount, const QString &reason,
                                    const QString &reference, qint64 occurredAt)
{
    auto sh = ownOpenShift(actor, shiftId);
    if (!sh)
        return Error{sh.error()};
    static const QStringList kinds{QStringLiteral("sale"), QStringLiteral("refund"), QStringLiteral("exchange"),
                                   QStringLiteral("payout"), QStringLiteral("drop"), QStringLiteral("no_sale")};
    if (!kinds.contains(kind))
        return fail(tr("Unknown entry \"%1\".").arg(kind));
    if (!m_config.payment(payment))
        return fail(tr("Unknown payment type \"%1\".").arg(payment));
    if (kind == QLatin1String("no_sale") ? !amount.isZero() : (amount.fen() <= 0))
        return fail(kind == QLatin1String("no_sale") ? tr("A drawer opening has no amount.") : tr("Enter an amount above zero."));
    if ((kind == QLatin1String("payout") || kind == QLatin1String("drop") || kind == QLatin1String("no_sale") ||
         kind == QLatin1String("refund")) && reason.trimmed().isEmpty())
        return fail(tr("Give the reason."));
    Database &db = m_core.db();
    Transaction tx(db);
    auto stamp = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(tx.error()));
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    Status s = insertEntry(*stamp, shiftId, kind, payment, amount.fen(), reason.trimmed(), reference.trimmed(), QString(),
                           occurredAt > 0 ? occurredAt : stamp->createdAt);
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(shiftId);
    return stamp->id;
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
        if (it->kind == QLatin1String("void") || it->kind == QLatin1String("adjustment") || voided.contains(it->id))
            continue;
        Database &db = m_core.db();
        Transaction tx(db);
        auto stamp = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), actor.id()) : Result<Stamp>(fail(tx.error()));
        if (!stamp)
            return fail(tr("Not saved: %1").arg(stamp.error()));
        Status s = insertEntry(*stamp, shiftId, QStringLiteral("void"), it->payment, it->amount.fen(),
                               QStringLiteral("undo"), QString(), it->id, stamp->createdAt);
        if (s)
            s = tx.commit();
        if (!s)
            return fail(tr("Not saved: %1").arg(s.error()));
        Q_EMIT changed(shiftId);
        return stamp->id;
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
    Transaction tx(m_core.db());
    if (!tx.started())
        return fail(tr("Not saved: %1").arg(tx.error()));
    for (const TerminalRow &r : *rows)
        if (auto id = record(actor, shiftId, r.kind, r.payment, r.amount, r.kind == QLatin1String("refund") ? tr("terminal refund") : QString(),
                             r.reference, r.at); !id)
            return Error{id.error()};
    if (Status s = m_core.audit().record(actor.id(), QStringLiteral("cash_imported"), QStringLiteral("cash_shift"), shiftId, {},
                                         {{QStringLiteral("file"), path}, {QStringLiteral("rows"), int(rows->size())}});
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
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

Result<CloseResult> CashService::submitCount(const Actor &actor, const QString &shiftId, const Counts &counts)
{
    auto sh = ownOpenShift(actor, shiftId);
    if (!sh)
        return Error{sh.error()};
    auto counted = countTotal(m_config, counts);
    if (!counted)
        return fail(counted.error());
    Database &db = m_core.db();
    Transaction tx(db);
    if (!tx.started())
        return fail(tr("Not saved: %1").arg(tx.error()));
    // Checked again inside the transaction: another process on this file may have counted it.
    auto countedAlready = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_close WHERE shift_id = ?"), {shiftId});
    if (!countedAlready)
        return fail(tr("Not saved: %1").arg(countedAlready.error()));
    if (*countedAlready > 0)
        return fail(tr("The shift is closed."));
    auto expected = expectedOf(shiftId);
    if (!expected)
        return Error{expected.error()};
    auto variance = counted->minus(*expected);
    if (!variance)
        return Error{variance.error()};
    auto stamp = makeStamp(db, m_core.ids(), m_core.clock(), actor.id());
    if (!stamp)
        return fail(stamp.error());
    QVariantList b = stamp->binds();
    b << shiftId << countsJson(counts) << counted->fen() << expected->fen() << variance->fen();
    Status s = ok(db.exec(QStringLiteral("INSERT INTO cash_close(id, device_id, device_seq, created_at, created_by, shift_id, "
                                         "counts, counted_fen, expected_fen, variance_fen) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                          b));
    if (s)
        s = noteOpenClashes(db, {shiftId});
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("cash_counted"), QStringLiteral("cash_shift"), shiftId, {},
                                  {{QStringLiteral("counted_fen"), counted->fen()}, {QStringLiteral("expected_fen"), expected->fen()},
                                   {QStringLiteral("variance_fen"), variance->fen()}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    const qint64 size = variance->fen() < 0 ? -variance->fen() : variance->fen();
    CloseResult r{*expected, *counted, *variance, size > m_config.reasonAbove.fen() && size > m_config.tolerance.fen(),
                  size > m_config.supervisorAbove.fen()};
    Q_EMIT changed(shiftId);
    return r;
}

Result<Shift> CashService::signOff(const Actor &seller, const QString &shiftId, const QString &supervisorNo,
                                   const QString &supervisorPin, const QString &decision, const QString &sellerReason,
                                   const Counts &recount, const QString &note)
{
    auto s0 = shift(shiftId);
    if (!s0)
        return Error{s0.error()};
    if (!s0->has_value())
        return fail(tr("No such shift."));
    const Shift sh = **s0;
    if (sh.status != QLatin1String("counted"))
        return fail(sh.status == QLatin1String("open") ? tr("Count the drawer first.") : tr("This shift is signed off already."));
    if (seller.staffNo != sh.seller && !seller.can(Permission::SignOffShift))
        return fail(tr("This is %1's shift.").arg(sh.seller));
    if (!QStringList{QStringLiteral("accepted"), QStringLiteral("override"), QStringLiteral("recount")}.contains(decision))
        return fail(tr("Unknown decision."));
    Money variance = sh.variance;
    std::optional<Money> recounted;
    if (decision == QLatin1String("recount")) {
        auto total = countTotal(m_config, recount);
        if (!total)
            return fail(total.error());
        recounted = *total;
        variance = *total.value().minus(sh.expected);
    }
    const qint64 size = variance.fen() < 0 ? -variance.fen() : variance.fen();
    if (size > m_config.reasonAbove.fen() && size > m_config.tolerance.fen() && sellerReason.trimmed().isEmpty())
        return fail(tr("Say why the drawer is %1 %2.").arg(variance.isNegative() ? tr("short") : tr("over"),
                                                          Money::fromFen(size).format()));
    if (size > m_config.supervisorAbove.fen() && decision == QLatin1String("accepted"))
        return fail(tr("Beyond %1 the supervisor recounts or overrides.").arg(m_config.supervisorAbove.format()));
    if (decision == QLatin1String("override") && note.trimmed().isEmpty())
        return fail(tr("An override needs the supervisor's note."));
    if (supervisorNo.trimmed() == sh.seller)
        return fail(tr("A supervisor other than the seller signs off."));
    auto sup = m_auth.confirmWithPin(supervisorNo, supervisorPin, Permission::SignOffShift, QStringLiteral("cash_signoff"));
    if (!sup)
        return fail(sup.error());
    Database &db = m_core.db();
    Transaction tx(db);
    // Checked again inside the transaction: the PIN check above takes a moment, and another
    // process on this file may have signed it off meanwhile.
    auto signedAlready = tx.started() ? db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_signoff WHERE shift_id = ?"), {shiftId})
                                      : Result<qint64>(fail(tx.error()));
    if (!signedAlready)
        return fail(tr("Not saved: %1").arg(signedAlready.error()));
    if (*signedAlready > 0)
        return fail(tr("This shift is signed off already."));
    auto stamp = makeStamp(db, m_core.ids(), m_core.clock(), sup->id());
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    QVariantList b = stamp->binds();
    b << shiftId << sup->staffNo << decision << sellerReason.trimmed()
      << (recounted ? QVariant(countsJson(recount)) : QVariant()) << (recounted ? QVariant(recounted->fen()) : QVariant())
      << variance.fen() << note.trimmed();
    Status s = ok(db.exec(QStringLiteral("INSERT INTO cash_signoff(id, device_id, device_seq, created_at, created_by, shift_id, "
                                         "supervisor, decision, seller_reason, recount, recount_fen, variance_fen, note) "
                                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                          b));
    // Overages are kept apart from revenue; shortages are owed by the seller.
    if (s && !variance.isZero()) {
        auto ls = makeStamp(db, m_core.ids(), m_core.clock(), sup->id());
        if (!ls)
            s = fail(ls.error());
        else {
            QVariantList lb = ls->binds();
            lb << sh.seller << shiftId << (variance.isNegative() ? QStringLiteral("shortage") : QStringLiteral("overage"))
               << size << sellerReason.trimmed() << stamp->id;
            s = ok(db.exec(QStringLiteral("INSERT INTO cash_ledger(id, device_id, device_seq, created_at, created_by, seller, "
                                          "shift_id, kind, amount_fen, note, signoff_id) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                           lb));
        }
    }
    // The shift as signed off, sealed into the audit trail with the rows the seal covers:
    // `verify` finds any later change, while an entry or a second sign-off from another tablet
    // may still arrive beside them.
    auto seal = s ? RecordSeal::take(db, QStringLiteral("cash_shift"), shiftId) : Result<RecordSeal::Sealed>(fail(s.error()));
    if (s && !seal)
        s = fail(seal.error());
    if (s)
        s = m_core.audit().record(sup->id(), QStringLiteral("cash_signed_off"), QStringLiteral("cash_shift"), shiftId, {},
                                  {{QStringLiteral("decision"), decision}, {QStringLiteral("variance_fen"), variance.fen()},
                                   {QStringLiteral("seller_reason"), sellerReason.trimmed()}, {QStringLiteral("note"), note.trimmed()},
                                   {QStringLiteral("seal"), seal->seal}, {QStringLiteral("rows"), QJsonArray::fromStringList(seal->rows)}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    qCInfo(lcCash) << "shift signed off" << shiftId << decision << variance.fen();
    Q_EMIT changed(shiftId);
    auto done = shift(shiftId);
    if (!done || !done->has_value())
        return fail(tr("Not saved."));
    return **done;
}

Result<QString> CashService::adjust(const Actor &supervisor, const QString &shiftId, Money signedAmount, const QString &reason)
{
    if (!supervisor.can(Permission::CorrectShift))
        return fail(tr("Only a supervisor may correct a shift."));
    if (signedAmount.isZero() || reason.trimmed().isEmpty())
        return fail(tr("A correction needs an amount and a reason."));
    auto sh = shift(shiftId);
    if (!sh || !sh->has_value())
        return fail(sh ? tr("No such shift.") : sh.error());
    Database &db = m_core.db();
    Transaction tx(db);
    auto stamp = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), supervisor.id()) : Result<Stamp>(fail(tx.error()));
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    // Its own record, pointing at the shift: the shift's seal keeps covering what was signed off,
    // and the adjustment is sealed by itself.
    QVariantList b = stamp->binds();
    b << shiftId << signedAmount.fen() << reason.trimmed();
    Status s = ok(db.exec(QStringLiteral("INSERT INTO cash_adjustment(id, device_id, device_seq, created_at, created_by, "
                                         "shift_id, amount_fen, reason) VALUES(?,?,?,?,?,?,?,?)"),
                          b));
    auto seal = s ? RecordSeal::of(db, QStringLiteral("cash_adjustment"), stamp->id) : Result<QString>(fail(s.error()));
    if (s && !seal)
        s = fail(seal.error());
    if (s)
        s = m_core.audit().record(supervisor.id(), QStringLiteral("cash_adjusted"), QStringLiteral("cash_adjustment"), stamp->id,
                                  {},
                                  {{QStringLiteral("shift_id"), shiftId},
                                   {QStringLiteral("amount_fen"), signedAmount.fen()},
                                   {QStringLiteral("reason"), reason.trimmed()},
                                   {QStringLiteral("seal"), *seal}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT changed(shiftId);
    return stamp->id;
}

Status CashService::repay(const Actor &supervisor, const QString &seller, Money amount, const QString &note)
{
    if (!supervisor.can(Permission::SignOffShift))
        return fail(tr("Only a supervisor records a repayment."));
    auto rec = sellerRecord(seller);
    if (!rec)
        return fail(rec.error());
    if (amount.fen() <= 0 || amount > rec->owed)
        return fail(tr("%1 owes %2; a repayment is above zero and at most that.").arg(seller, rec->owed.format()));
    Database &db = m_core.db();
    Transaction tx(db);
    auto stamp = tx.started() ? makeStamp(db, m_core.ids(), m_core.clock(), supervisor.id()) : Result<Stamp>(fail(tx.error()));
    if (!stamp)
        return fail(stamp.error());
    QVariantList b = stamp->binds();
    b << seller << QVariant() << QStringLiteral("repayment") << amount.fen() << note.trimmed();
    Status s = ok(db.exec(QStringLiteral("INSERT INTO cash_ledger(id, device_id, device_seq, created_at, created_by, seller, "
                                         "shift_id, kind, amount_fen, note) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                          b));
    if (s)
        s = m_core.audit().record(supervisor.id(), QStringLiteral("cash_repaid"), QStringLiteral("seller"), seller, {},
                                  {{QStringLiteral("amount_fen"), amount.fen()}});
    if (s)
        s = tx.commit();
    return s;
}

Result<std::optional<Shift>> CashService::shift(const QString &id)
{
    auto q = m_core.db().exec(QStringLiteral(
        "SELECT s.id, s.booth, s.seller, s.created_at, s.float_fen, c.counted_fen, c.expected_fen, c.variance_fen, "
        "o.supervisor, o.decision, o.seller_reason, o.variance_fen, o.recount_fen, c.id IS NOT NULL, o.id IS NOT NULL "
        "FROM cash_shift s LEFT JOIN cash_close_counted c ON c.shift_id = s.id "
        "LEFT JOIN cash_signoff_counted o ON o.shift_id = s.id "
        "WHERE s.id = ?"),
        {id});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Shift>();
    Shift s;
    s.id = q->value(0).toString();
    s.booth = q->value(1).toString();
    s.seller = q->value(2).toString();
    s.openedAt = q->value(3).toLongLong();
    s.floatAmount = fen(q->value(4));
    const bool counted = q->value(13).toBool();
    const bool signedOff = q->value(14).toBool();
    s.status = signedOff ? QStringLiteral("signed_off") : counted ? QStringLiteral("counted") : QStringLiteral("open");
    if (counted) {
        s.counted = fen(q->value(5));
        s.expected = fen(q->value(6));
        s.variance = fen(q->value(7));
    }
    if (signedOff) {
        s.supervisor = q->value(8).toString();
        s.decision = q->value(9).toString();
        s.sellerReason = q->value(10).toString();
        s.variance = fen(q->value(11));
        if (!q->value(12).isNull())
            s.counted = fen(q->value(12));
    }
    return std::optional<Shift>(s);
}

Result<std::optional<Shift>> CashService::openShiftOf(const QString &seller)
{
    // Open or counted but not yet signed off: the seller still has work on it.
    auto q = m_core.db().exec(QStringLiteral("SELECT s.id FROM cash_shift s WHERE s.seller=? AND NOT EXISTS "
                                             "(SELECT 1 FROM cash_signoff o WHERE o.shift_id=s.id) "
                                             "ORDER BY s.created_at DESC LIMIT 1"),
                              {seller});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Shift>();
    const QString id = q->value(0).toString();
    q->finish();
    return shift(id);
}

Result<QList<Entry>> CashService::entries(const QString &shiftId)
{
    // The shift's own entries, then the supervisors' adjustments to it (records of their own).
    auto q = m_core.db().exec(QStringLiteral("SELECT id, kind, payment, amount_fen, reason, reference, corrects_id, occurred_at, "
                                             "created_by FROM (SELECT id, kind, payment, amount_fen, reason, reference, "
                                             "corrects_id, occurred_at, created_by, 0 AS later, device_seq, created_at "
                                             "FROM cash_entry WHERE shift_id=? UNION ALL "
                                             "SELECT id, 'adjustment', 'cash', amount_fen, reason, '', NULL, created_at, "
                                             "created_by, 1, device_seq, created_at FROM cash_adjustment WHERE shift_id=?) "
                                             "ORDER BY later, created_at, device_seq, id"),
                              {shiftId, shiftId});
    if (!q)
        return Error{q.error()};
    QList<Entry> out;
    while (q->next())
        out << Entry{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), fen(q->value(3)),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toLongLong(),
                     q->value(8).toString()};
    return out;
}

Result<QList<Shift>> CashService::shiftsWhere(const QString &sql, const QVariantList &binds)
{
    return loadEach<Shift>(m_core.db(), sql, binds, [this](const QString &id) { return shift(id); });
}

Result<QList<Shift>> CashService::shifts(qint64 fromUtc, qint64 toUtc)
{
    return shiftsWhere(QStringLiteral("SELECT id FROM cash_shift WHERE created_at >= ? AND created_at < ? ORDER BY created_at DESC"),
                       {fromUtc, toUtc});
}

Result<QList<Shift>> CashService::unsignedShifts()
{
    return shiftsWhere(QStringLiteral("SELECT id FROM cash_shift c WHERE NOT EXISTS "
                                      "(SELECT 1 FROM cash_signoff s WHERE s.shift_id = c.id) ORDER BY created_at"));
}

Result<QList<std::pair<QString, Money>>> CashService::sellersOwing()
{
    auto q = m_core.db().exec(QStringLiteral(
        "SELECT seller, SUM(CASE kind WHEN 'shortage' THEN amount_fen WHEN 'repayment' THEN -amount_fen ELSE 0 END) AS owed "
        "FROM cash_ledger_counted GROUP BY seller HAVING owed > 0 ORDER BY seller"));
    if (!q)
        return Error{q.error()};
    QList<std::pair<QString, Money>> out;
    while (q->next())
        out.append({q->value(0).toString(), Money::fromFen(q->value(1).toLongLong())});
    return out;
}

Result<SellerRecord> CashService::sellerRecord(const QString &seller)
{
    SellerRecord r;
    r.seller = seller;
    auto q = m_core.db().exec(QStringLiteral("SELECT kind, SUM(amount_fen) FROM cash_ledger_counted WHERE seller=? GROUP BY kind"), {seller});
    if (!q)
        return Error{q.error()};
    qint64 shortage = 0, repaid = 0, over = 0;
    while (q->next()) {
        const QString k = q->value(0).toString();
        const qint64 v = q->value(1).toLongLong();
        (k == QLatin1String("shortage") ? shortage : k == QLatin1String("repayment") ? repaid : over) = v;
    }
    q->finish();
    r.owed = Money::fromFen(shortage - repaid);
    r.overages = Money::fromFen(over);
    auto shifts = shiftsWhere(QStringLiteral("SELECT id FROM cash_shift WHERE seller=? ORDER BY created_at DESC, device_seq DESC"), {seller});
    if (!shifts)
        return Error{shifts.error()};
    r.shifts = shifts.take();
    bool streakOpen = true;
    for (const Shift &s : r.shifts) {
        if (s.status != QLatin1String("signed_off"))
            continue;
        if (streakOpen && s.variance.isZero())
            ++r.zeroStreak;
        else
            streakOpen = false;
    }
    return r;
}

} // namespace so::cash
