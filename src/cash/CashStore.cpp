#include "CashStore.h"
#include "NameBook.h"
#include "RecordKinds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace so::cash {

namespace {

Money fen(const QVariant &v)
{
    return Money::fromFen(v.toLongLong());
}

QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// Shifts open at the same time on one booth, or for one seller: a pair (a, b), a opened first
// (by time, then id), b opened before a's count was in. The rule reads only the two shifts and
// a's counts, so it is re-read for the shifts whose records arrived: the pairs they are in are
// listed again, and those that no longer hold (a's count arrived, made before b opened) go,
// settled or not. Every device ends with the same list.
Status noteOpenClashesIn(Database &db, const QStringList &shifts)
{
    const QString ids = jsonList(shifts);
    // A settled pair that no longer holds goes too, with its decision (which stays in the audit
    // trail): decisions are this tablet's own, and the list must be the same on every tablet.
    Status s = ok(db.exec(
        QStringLiteral(
            "DELETE FROM sync_decision WHERE conflict_id IN (SELECT c.id FROM sync_conflict c "
            "JOIN cash_shift x ON x.id = c.record_id JOIN cash_shift y ON y.id = c.other_id "
            "WHERE c.kind = 'cash_shift' AND c.reason IN ('same_booth', 'same_seller') "
            "AND (c.record_id IN (SELECT value FROM json_each(?)) OR c.other_id IN (SELECT value "
            "FROM json_each(?))) "
            "AND CASE WHEN x.created_at < y.created_at OR (x.created_at = y.created_at AND x.id < "
            "y.id) "
            "THEN EXISTS (SELECT 1 FROM cash_close k WHERE k.shift_id = x.id AND k.created_at <= "
            "y.created_at) "
            "ELSE EXISTS (SELECT 1 FROM cash_close k WHERE k.shift_id = y.id AND k.created_at <= "
            "x.created_at) END)"),
        {ids, ids}));
    if (s)
        s = ok(db.exec(QStringLiteral("DELETE FROM sync_conflict WHERE kind = 'cash_shift' AND "
                                      "reason IN ('same_booth', 'same_seller') "
                                      "AND (record_id IN (SELECT value FROM json_each(?)) OR "
                                      "other_id IN (SELECT value FROM json_each(?))) "
                                      "AND NOT EXISTS (SELECT 1 FROM sync_decision d WHERE "
                                      "d.conflict_id = sync_conflict.id)"),
                       {ids, ids}));
    for (const char *column : {"booth", "seller"}) {
        if (!s)
            break;
        const QString c = QLatin1String(column);
        const QString openAt =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM cash_close k WHERE k.shift_id = %1.id AND "
                           "k.created_at <= %2.created_at)");
        const QString pairs =
            QStringLiteral("SELECT x.id AS a, b.id AS b FROM json_each(?) j JOIN cash_shift x ON "
                           "x.id = j.value "
                           "JOIN cash_shift b ON b.%1 = x.%1 AND (b.created_at > x.created_at OR "
                           "(b.created_at = x.created_at AND b.id > x.id)) "
                           "WHERE %2 UNION ALL "
                           "SELECT a.id AS a, x.id AS b FROM json_each(?) j JOIN cash_shift x ON "
                           "x.id = j.value "
                           "JOIN cash_shift a ON a.%1 = x.%1 AND (a.created_at < x.created_at OR "
                           "(a.created_at = x.created_at AND a.id < x.id)) "
                           "WHERE %3")
                .arg(c, openAt.arg(QStringLiteral("x"), QStringLiteral("b")),
                     openAt.arg(QStringLiteral("a"), QStringLiteral("x")));
        s = noteRuleConflicts(db, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("cash_shift"),
                              QStringLiteral("same_%1").arg(c), pairs, {ids, ids});
    }
    return s;
}

// A second count or sign-off of one shift: both are kept, the first counts, the pair is listed.
Status noteSeconds(Database &db, const QString &table, const QString &reason,
                   const QStringList &arrived)
{
    return noteRuleConflicts(
        db, QDateTime::currentMSecsSinceEpoch(), table, reason,
        QStringLiteral(
            "SELECT x.id AS a, o.id AS b FROM json_each(?) j JOIN %1 x ON x.id = j.value "
            "JOIN %1 o ON o.shift_id = x.shift_id AND o.id <> x.id")
            .arg(table),
        {jsonList(arrived)});
}

// Repayments beyond what is owed (SYNC.md, rule 4): a seller whose counted repayments add up to
// more than their counted shortages. Totals, not a running balance: tablets' clocks differ by
// seconds, and a repayment stamped a moment before the shortage it repays is no fault. The pair
// listed is the seller's latest repayment (by time, then id) with the repayment before it (or,
// with none, their latest shortage). Re-read for every seller whose ledger rows or sign-offs
// arrived or were made here: pairs that no longer hold go, settled or not, so every device ends
// with the same list. Both repayments stand: the money changed hands.
const QString kOverRepaid = QStringLiteral(
    "WITH l AS (SELECT id, seller, kind, amount_fen, created_at FROM cash_ledger_counted "
    "WHERE seller IN (SELECT value FROM json_each(?)) AND kind IN ('shortage', 'repayment')), "
    "over AS (SELECT seller FROM l GROUP BY seller "
    "HAVING SUM(CASE kind WHEN 'shortage' THEN amount_fen ELSE -amount_fen END) < 0), "
    "latest AS (SELECT o.seller, (SELECT x.id FROM l x WHERE x.seller = o.seller AND x.kind = "
    "'repayment' ORDER BY x.created_at DESC, x.id DESC LIMIT 1) AS id FROM over o) "
    "SELECT coalesce((SELECT p.id FROM l p WHERE p.seller = t.seller AND p.kind = 'repayment' "
    "AND p.id <> t.id ORDER BY p.created_at DESC, p.id DESC LIMIT 1), "
    "(SELECT s.id FROM cash_ledger s WHERE s.seller = t.seller AND s.kind = 'shortage' "
    "ORDER BY s.created_at DESC, s.id DESC LIMIT 1), t.id) AS a, t.id AS b FROM latest t");

Status noteOverRepaidBy(Database &db, const QStringList &sellers)
{
    if (sellers.isEmpty())
        return {};
    const QString list = jsonList(sellers);
    const QString ofThem =
        QStringLiteral("c.reason = 'over_repaid' AND c.record_id IN (SELECT id FROM cash_ledger "
                       "WHERE seller IN (SELECT value FROM json_each(?)))");
    const QString stillHolds =
        QStringLiteral("EXISTS (SELECT 1 FROM (%1) p WHERE min(p.a, p.b) = c.record_id AND "
                       "max(p.a, p.b) = c.other_id)")
            .arg(kOverRepaid);
    Status s = ok(db.exec(QStringLiteral("DELETE FROM sync_decision WHERE conflict_id IN (SELECT "
                                         "c.id FROM sync_conflict c WHERE %1 AND NOT %2)")
                              .arg(ofThem, stillHolds),
                          {list, list}));
    if (s)
        s = ok(db.exec(QStringLiteral("DELETE FROM sync_conflict AS c WHERE %1 AND NOT %2 AND NOT "
                                      "EXISTS (SELECT 1 FROM sync_decision d WHERE "
                                      "d.conflict_id = c.id)")
                           .arg(ofThem, stillHolds),
                       {list, list}));
    if (s)
        s = noteRuleConflicts(db, QDateTime::currentMSecsSinceEpoch(),
                              QStringLiteral("cash_ledger"), QStringLiteral("over_repaid"),
                              kOverRepaid, {list});
    return s;
}

// A booth's or a seller's name, or both: what a person settling a pair recognises.
Names shiftNames(Database &db, const NameBook &names, const QString &shiftId, const QString &reason)
{
    auto q =
        db.exec(QStringLiteral("SELECT booth, seller FROM cash_shift WHERE id = ?"), {shiftId});
    if (!q || !q->next())
        return {};
    const Names booth = names.booth(q->value(0).toString());
    const Names seller = names.staff(q->value(1).toString());
    if (reason == QLatin1String("same_booth"))
        return booth;
    if (reason == QLatin1String("same_seller"))
        return seller;
    return Names{booth.zh + QStringLiteral(" · ") + seller.zh,
                 booth.en + QStringLiteral(" · ") + seller.en};
}

// A second count or sign-off: the first (by time, then id) is the one the shift reads.
std::function<PairView(Database &, const NameBook &, const QString &, const QString &,
                       const QString &)>
describeSecond(const QString &table)
{
    return [table](Database &db, const NameBook &names, const QString &reason, const QString &first,
                   const QString &second) {
        PairView v;
        auto shift =
            db.column(QStringLiteral("SELECT shift_id FROM %1 WHERE id = ?").arg(table), {first});
        if (shift && !shift->isEmpty())
            v.subject = shiftNames(db, names, shift->first(), reason);
        auto counted =
            db.column(QStringLiteral("SELECT id FROM %1_counted WHERE id IN (?, ?)").arg(table),
                      {first, second});
        if (counted && !counted->isEmpty())
            v.inForce = counted->first() == first ? 1 : 2;
        return v;
    };
}

} // namespace

void CashStore::addRecordKinds(RecordKinds &kinds)
{
    RecordKind shift;
    shift.name = shift.table = QStringLiteral("cash_shift");
    shift.refold = [](Database &db, const QStringList &ids) { return noteOpenClashesIn(db, ids); };
    // Both shifts stand: each seller counts their own drawer, and the supervisor settles who
    // worked the booth.
    shift.describePair = [](Database &db, const NameBook &names, const QString &reason,
                            const QString &first, const QString &) {
        return PairView{shiftNames(db, names, first, reason), 0};
    };
    kinds.add(shift);
    RecordKind entry;
    entry.name = entry.table = QStringLiteral("cash_entry");
    kinds.add(entry);
    RecordKind close;
    close.name = close.table = QStringLiteral("cash_close");
    close.refold = [](Database &db, const QStringList &ids) {
        Status s =
            noteSeconds(db, QStringLiteral("cash_close"), QStringLiteral("second_close"), ids);
        auto shifts = s ? db.column(QStringLiteral("SELECT DISTINCT shift_id FROM cash_close WHERE "
                                                   "id IN (SELECT value FROM json_each(?))"),
                                    {jsonList(ids)})
                        : Result<QStringList>(fail(s.error()));
        return shifts ? noteOpenClashesIn(db, *shifts) : Status(fail(shifts.error()));
    };
    close.describePair = describeSecond(close.table);
    kinds.add(close);
    RecordKind signoff;
    signoff.name = signoff.table = QStringLiteral("cash_signoff");
    signoff.refold = [](Database &db, const QStringList &ids) {
        Status s =
            noteSeconds(db, QStringLiteral("cash_signoff"), QStringLiteral("second_signoff"), ids);
        // A second sign-off that arrived first in time changes which shortage is owed.
        auto sellers =
            s ? db.column(QStringLiteral("SELECT DISTINCT c.seller FROM cash_signoff o JOIN "
                                         "cash_shift c ON c.id = o.shift_id WHERE o.id IN "
                                         "(SELECT value FROM json_each(?))"),
                          {jsonList(ids)})
              : Result<QStringList>(fail(s.error()));
        return sellers ? noteOverRepaidBy(db, *sellers) : Status(fail(sellers.error()));
    };
    signoff.describePair = describeSecond(signoff.table);
    kinds.add(signoff);
    RecordKind ledger;
    ledger.name = ledger.table = QStringLiteral("cash_ledger");
    ledger.refold = [](Database &db, const QStringList &ids) {
        auto sellers = db.column(QStringLiteral("SELECT DISTINCT seller FROM cash_ledger WHERE "
                                                "id IN (SELECT value FROM json_each(?))"),
                                 {jsonList(ids)});
        return sellers ? noteOverRepaidBy(db, *sellers) : Status(fail(sellers.error()));
    };
    // Both repayments stand; the pair names the seller.
    ledger.describePair = [](Database &db, const NameBook &names, const QString &,
                             const QString &first, const QString &) {
        auto seller =
            db.column(QStringLiteral("SELECT seller FROM cash_ledger WHERE id = ?"), {first});
        return PairView{seller && !seller->isEmpty() ? names.staff(seller->first()) : Names{}, 0};
    };
    kinds.add(std::move(ledger));
    RecordKind adjustment;
    adjustment.name = adjustment.table = QStringLiteral("cash_adjustment");
    kinds.add(std::move(adjustment));
}

Status CashStore::noteOverRepaid(const QStringList &sellers)
{
    return noteOverRepaidBy(m_db, sellers);
}

QString nameOf(ShiftStatus status)
{
    switch (status) {
    case ShiftStatus::Open:
        return QStringLiteral("open");
    case ShiftStatus::Counted:
        return QStringLiteral("counted");
    case ShiftStatus::SignedOff:
        break;
    }
    return QStringLiteral("signed_off");
}

QString nameOf(SignoffDecision decision)
{
    switch (decision) {
    case SignoffDecision::Accepted:
        return QStringLiteral("accepted");
    case SignoffDecision::Override:
        return QStringLiteral("override");
    case SignoffDecision::Recount:
        break;
    }
    return QStringLiteral("recount");
}

std::optional<SignoffDecision> signoffDecisionNamed(const QString &name)
{
    for (SignoffDecision d :
         {SignoffDecision::Accepted, SignoffDecision::Override, SignoffDecision::Recount})
        if (nameOf(d) == name)
            return d;
    return std::nullopt;
}

Result<std::pair<QString, QString>> CashStore::openOn(const QString &booth, const QString &seller)
{
    auto busy =
        m_db.exec(QStringLiteral("SELECT (SELECT id FROM cash_open_shift WHERE booth=? LIMIT 1), "
                                 "(SELECT id FROM cash_open_shift WHERE seller=? LIMIT 1)"),
                  {booth, seller});
    if (!busy)
        return Error{busy.error()};
    if (!busy->next())
        return fail(QStringLiteral("no answer"));
    return std::pair{busy->value(0).toString(), busy->value(1).toString()};
}

Result<bool> CashStore::isCounted(const QString &shiftId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_close WHERE shift_id = ?"),
                         {shiftId});
    return n ? Result<bool>(*n > 0) : Result<bool>(Error{n.error()});
}

Result<bool> CashStore::isSignedOff(const QString &shiftId)
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_signoff WHERE shift_id = ?"),
                         {shiftId});
    return n ? Result<bool>(*n > 0) : Result<bool>(Error{n.error()});
}

Status CashStore::insertShift(const Stamp &s, const QString &booth, const QString &seller,
                              qint64 floatFen, const QString &countsJson,
                              const QString &confirmedBy)
{
    QVariantList b = s.binds();
    b << booth << seller << floatFen << countsJson << confirmedBy;
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO cash_shift(id, device_id, device_seq, created_at, created_by, booth, "
            "seller, float_fen, float_counts, confirmed_by) VALUES(?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status CashStore::insertEntry(const Stamp &s, const EntryWrite &r)
{
    QVariantList b = s.binds();
    b << r.shiftId << r.kind << r.payment << r.amountFen << r.reason << r.reference
      << (r.correctsId.isEmpty() ? QVariant() : QVariant(r.correctsId)) << r.occurredAt;
    return ok(m_db.exec(
        QStringLiteral("INSERT INTO cash_entry(id, device_id, device_seq, created_at, created_by, "
                       "shift_id, kind, payment, amount_fen, reason, reference, corrects_id, "
                       "occurred_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status CashStore::insertClose(const Stamp &s, const QString &shiftId, const QString &countsJson,
                              qint64 countedFen, qint64 expectedFen, qint64 varianceFen)
{
    QVariantList b = s.binds();
    b << shiftId << countsJson << countedFen << expectedFen << varianceFen;
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO cash_close(id, device_id, device_seq, created_at, created_by, shift_id, "
            "counts, counted_fen, expected_fen, variance_fen) VALUES(?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status CashStore::insertSignoff(const Stamp &s, const SignoffRow &r)
{
    QVariantList b = s.binds();
    b << r.shiftId << r.supervisor << nameOf(r.decision) << r.sellerReason
      << (r.recountJson ? QVariant(*r.recountJson) : QVariant())
      << (r.recountFen ? QVariant(*r.recountFen) : QVariant()) << r.varianceFen << r.note;
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO cash_signoff(id, device_id, device_seq, created_at, created_by, shift_id, "
            "supervisor, decision, seller_reason, recount, recount_fen, variance_fen, note) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status CashStore::insertLedger(const Stamp &s, const QString &seller, const QString &shiftId,
                               const QString &kind, qint64 amountFen, const QString &note,
                               const QString &signoffId)
{
    auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    QVariantList b = s.binds();
    b << seller << orNull(shiftId) << kind << amountFen << note << orNull(signoffId);
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO cash_ledger(id, device_id, device_seq, created_at, created_by, seller, "
            "shift_id, kind, amount_fen, note, signoff_id) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        b));
}

Status CashStore::insertAdjustment(const Stamp &s, const QString &shiftId, qint64 amountFen,
                                   const QString &reason)
{
    QVariantList b = s.binds();
    b << shiftId << amountFen << reason;
    return ok(m_db.exec(
        QStringLiteral(
            "INSERT INTO cash_adjustment(id, device_id, device_seq, created_at, created_by, "
            "shift_id, amount_fen, reason) VALUES(?,?,?,?,?,?,?,?)"),
        b));
}

Status CashStore::noteOpenClashes(const QStringList &shiftIds)
{
    return noteOpenClashesIn(m_db, shiftIds);
}

Result<std::optional<Shift>> CashStore::shift(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT s.id, s.booth, s.seller, s.created_at, s.float_fen, c.counted_fen, "
                       "c.expected_fen, c.variance_fen, "
                       "o.supervisor, o.decision, o.seller_reason, o.variance_fen, o.recount_fen, "
                       "c.id IS NOT NULL, o.id IS NOT NULL "
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
    s.status = signedOff ? ShiftStatus::SignedOff
               : counted ? ShiftStatus::Counted
                         : ShiftStatus::Open;
    if (counted) {
        s.counted = fen(q->value(5));
        s.expected = fen(q->value(6));
        s.variance = fen(q->value(7));
    }
    if (signedOff) {
        s.supervisor = q->value(8).toString();
        s.decision =
            signoffDecisionNamed(q->value(9).toString()).value_or(SignoffDecision::Accepted);
        s.sellerReason = q->value(10).toString();
        s.variance = fen(q->value(11));
        if (!q->value(12).isNull())
            s.counted = fen(q->value(12));
    }
    return std::optional<Shift>(s);
}

Result<std::optional<QString>> CashStore::unsignedShiftOf(const QString &seller)
{
    // Open or counted but not yet signed off: the seller still has work on it.
    auto ids =
        m_db.column(QStringLiteral("SELECT s.id FROM cash_shift s WHERE s.seller=? AND NOT EXISTS "
                                   "(SELECT 1 FROM cash_signoff o WHERE o.shift_id=s.id) "
                                   "ORDER BY s.created_at DESC LIMIT 1"),
                    {seller});
    if (!ids)
        return Error{ids.error()};
    return ids->isEmpty() ? std::optional<QString>() : std::optional<QString>(ids->first());
}

Result<QList<Entry>> CashStore::entries(const QString &shiftId)
{
    // The shift's own entries, then the supervisors' adjustments to it (records of their own).
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT id, kind, payment, amount_fen, reason, reference, corrects_id, occurred_at, "
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
        out << Entry{q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
                     fen(q->value(3)),       q->value(4).toString(),   q->value(5).toString(),
                     q->value(6).toString(), q->value(7).toLongLong(), q->value(8).toString()};
    return out;
}

Result<QList<Shift>> CashStore::shiftsWhere(const QString &sql, const QVariantList &binds)
{
    return loadEach<Shift>(m_db, sql, binds, [this](const QString &id) { return shift(id); });
}

Result<QList<Shift>> CashStore::shiftsOpenedBetween(qint64 fromUtc, qint64 toUtc)
{
    return shiftsWhere(QStringLiteral("SELECT id FROM cash_shift WHERE created_at >= ? AND "
                                      "created_at < ? ORDER BY created_at DESC"),
                       {fromUtc, toUtc});
}

Result<int> CashStore::countOpenedBetween(qint64 fromUtc, qint64 toUtc)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM cash_shift WHERE created_at >= ? AND created_at < ?"),
        {fromUtc, toUtc});
    return n ? Result<int>(int(*n)) : Result<int>(Error{n.error()});
}

Result<QList<Shift>> CashStore::unsignedShifts()
{
    return shiftsWhere(QStringLiteral(
        "SELECT id FROM cash_shift c WHERE NOT EXISTS "
        "(SELECT 1 FROM cash_signoff s WHERE s.shift_id = c.id) ORDER BY created_at"));
}

Result<QList<Shift>> CashStore::shiftsOf(const QString &seller)
{
    return shiftsWhere(
        QStringLiteral(
            "SELECT id FROM cash_shift WHERE seller=? ORDER BY created_at DESC, device_seq DESC"),
        {seller});
}

Result<QList<std::pair<QString, Money>>> CashStore::sellersOwing()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT seller, SUM(CASE kind WHEN 'shortage' THEN amount_fen WHEN "
                       "'repayment' THEN -amount_fen ELSE 0 END) AS owed "
                       "FROM cash_ledger_counted GROUP BY seller HAVING owed > 0 ORDER BY seller"));
    if (!q)
        return Error{q.error()};
    QList<std::pair<QString, Money>> out;
    while (q->next())
        out.append({q->value(0).toString(), Money::fromFen(q->value(1).toLongLong())});
    return out;
}

Result<LedgerTotals> CashStore::ledgerTotals(const QString &seller)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT kind, SUM(amount_fen) FROM cash_ledger_counted WHERE seller=? GROUP BY kind"),
        {seller});
    if (!q)
        return Error{q.error()};
    LedgerTotals t;
    while (q->next()) {
        const QString k = q->value(0).toString();
        const qint64 v = q->value(1).toLongLong();
        (k == QLatin1String("shortage")    ? t.shortages
         : k == QLatin1String("repayment") ? t.repaid
                                           : t.overages) = v;
    }
    return t;
}

} // namespace so::cash
