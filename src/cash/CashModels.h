#pragma once
// The list models of the booth screens: the open shift's latest entries, every seller's
// over/short, and the week's shifts. Each updates row by row (RowModel) and shows names in
// the current language: booths and people by name, their codes beside.
#include "CashService.h"
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::cash {

struct EntryRow
{
    Entry entry;
    Names payment;
    bool voided = false; // undone by a later "void" entry
};

class EntryModel : public RowModel<EntryRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Cash.entries")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TimeRole,       // "14:05"
        WhatRole,       // "Sale · QR payment"
        AmountTextRole, // "¥6.00"
        NoteRole,       // "undone", or the reason given
        VoidedRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<EntryRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const EntryRow &r) const override { return r.entry.id; }
    bool sameRow(const EntryRow &a, const EntryRow &b) const override;
};

struct SellerRow
{
    QString staffNo;
    Names name;
    Money owed;
    Money overages;
    int streak = 0;
};

class SellerModel : public RowModel<SellerRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Cash.sellers")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        StaffNoRole = Qt::UserRole + 1,
        NameRole,    // "Zhang Wei"
        SummaryRole, // "owes ¥0.50 · overages ¥0.00 · 2 error-free shifts in a row"
        OwesRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<SellerRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const SellerRow &r) const override { return r.staffNo; }
    bool sameRow(const SellerRow &a, const SellerRow &b) const override;
};

struct ShiftRow
{
    Shift shift;
    Names booth;
    Names seller;
};

class ShiftModel : public RowModel<ShiftRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Cash.recentShifts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        ShiftIdRole = Qt::UserRole + 1,
        TitleRole,   // "2026-11-27 08:00 · Ticket office A · Zhang Wei"
        CodesRole,   // "TO-A · 2001"
        OutcomeRole, // "Short ¥0.50", "Open", "Counted, waiting for sign-off"
        ShortRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<ShiftRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const ShiftRow &r) const override { return r.shift.id; }
    bool sameRow(const ShiftRow &a, const ShiftRow &b) const override;
};

} // namespace so::cash
