#include "CashModels.h"
#include "CashWords.h"

namespace so::cash {

// ---- EntryModel -------------------------------------------------------------------------

void EntryModel::setRows(QList<EntryRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool EntryModel::sameRow(const EntryRow &a, const EntryRow &b) const
{
    return a.voided == b.voided && a.entry.amount == b.entry.amount &&
           a.entry.reason == b.entry.reason && a.payment.zh == b.payment.zh &&
           a.payment.en == b.payment.en;
}

QVariant EntryModel::data(const QModelIndex &index, int role) const
{
    const EntryRow *r = rowAt(index);
    if (!r)
        return {};
    const Entry &e = r->entry;
    switch (role) {
    case EntryIdRole:
        return e.id;
    case TimeRole:
        return time(e.occurredAt);
    case WhatRole: {
        const QString kind = CashWords::entryKind(e.kind);
        // A void, a drop or a payout says what it is; the payment type adds nothing there.
        const bool withPayment =
            e.kind == QLatin1String("sale") || e.kind == QLatin1String("refund");
        return withPayment ? kind + QStringLiteral(" · ") + in(r->payment) : kind;
    }
    case AmountTextRole:
        return e.kind == QLatin1String("no_sale") ? QString() : e.amount.format();
    case NoteRole:
        return r->voided ? tr("undone") : e.reason;
    case VoidedRole:
        return r->voided;
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},       {TimeRole, "time"}, {WhatRole, "what"},
            {AmountTextRole, "amountText"}, {NoteRole, "note"}, {VoidedRole, "voided"}};
}

// ---- SellerModel ------------------------------------------------------------------------

void SellerModel::setRows(QList<SellerRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool SellerModel::sameRow(const SellerRow &a, const SellerRow &b) const
{
    return a.owed == b.owed && a.overages == b.overages && a.streak == b.streak &&
           a.name.zh == b.name.zh && a.name.en == b.name.en;
}

QVariant SellerModel::data(const QModelIndex &index, int role) const
{
    const SellerRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case StaffNoRole:
        return r->staffNo;
    case NameRole:
        return in(r->name);
    case SummaryRole:
        //: Repayments taken on two tablets offline that add up to more than was owed.
        return QStringList{
            r->owed.fen() > 0 ? tr("owes %1").arg(r->owed.format())
            : r->owed.fen() < 0
                ? tr("repaid %1 more than owed").arg(Money::fromFen(-r->owed.fen()).format())
                : tr("owes nothing"),
            tr("overages %1").arg(r->overages.format()),
            tr("%n error-free shift(s) in a row", "", r->streak)}
            .join(QStringLiteral(" · "));
    case OwesRole:
        return r->owed.fen() > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> SellerModel::roleNames() const
{
    return {
        {StaffNoRole, "staffNo"}, {NameRole, "name"}, {SummaryRole, "summary"}, {OwesRole, "owes"}};
}

// ---- ShiftModel -------------------------------------------------------------------------

void ShiftModel::setRows(QList<ShiftRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool ShiftModel::sameRow(const ShiftRow &a, const ShiftRow &b) const
{
    return a.shift.status == b.shift.status && a.shift.variance == b.shift.variance &&
           a.booth.en == b.booth.en && a.seller.en == b.seller.en && a.seller.zh == b.seller.zh;
}

QVariant ShiftModel::data(const QModelIndex &index, int role) const
{
    const ShiftRow *r = rowAt(index);
    if (!r)
        return {};
    const Shift &s = r->shift;
    switch (role) {
    case ShiftIdRole:
        return s.id;
    case TitleRole:
        return QStringList{dateTime(s.openedAt), in(r->booth), in(r->seller)}.join(
            QStringLiteral(" · "));
    case CodesRole:
        return s.booth + QStringLiteral(" · ") + s.seller;
    case OutcomeRole:
        if (s.status == ShiftStatus::Open)
            return tr("Open");
        if (s.status == ShiftStatus::Counted)
            return tr("Counted: %1, waiting for sign-off").arg(CashWords::variance(s.variance));
        return tr("Signed off: %1").arg(CashWords::variance(s.variance));
    case ShortRole:
        return s.status != ShiftStatus::Open && s.variance.isNegative();
    default:
        return {};
    }
}

QHash<int, QByteArray> ShiftModel::roleNames() const
{
    return {{ShiftIdRole, "shiftId"},
            {TitleRole, "title"},
            {CodesRole, "codes"},
            {OutcomeRole, "outcome"},
            {ShortRole, "isShort"}};
}

} // namespace so::cash
