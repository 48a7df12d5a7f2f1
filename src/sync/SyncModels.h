#pragma once
// The device page's lists: what this device holds from which device, and the conflicts.
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::sync {

// Records held here, by the device that made them.
struct OriginRow
{
    QString device;
    bool thisDevice = false;
    qint64 records = 0;
    qint64 latestAt = 0; // UTC ms: the newest record's own time
};

class OriginModel : public RowModel<OriginRow>
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    enum Roles {
        DeviceRole = Qt::UserRole + 1,
        ShortIdRole,
        ThisDeviceRole,
        RecordsRole,
        LatestRole
    };
    using RowModel::RowModel;
    void setRows(QList<OriginRow> rows) { replaceRows(std::move(rows)); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString rowKey(const OriginRow &r) const override { return r.device; }
    bool sameRow(const OriginRow &a, const OriginRow &b) const override
    {
        return a.records == b.records && a.latestAt == b.latestAt && a.thisDevice == b.thisDevice;
    }
};

// A record that arrived with an id held here with another body; or two records that a rule over
// records allows only one of (two versions of one person made on two devices at once).
struct ConflictRow
{
    qint64 id = 0;
    QString kind;   // the record kind
    QString reason; // other_body, same_parent, ...
    QString recordId;
    QString otherId; // the second of a pair; "" for another body
    Names firstBy;   // of a pair: who made each, and when (UTC ms)
    qint64 firstAt = 0;
    Names secondBy;
    qint64 secondAt = 0;
    int inForce = 0; // of a pair: 1 or 2, which one applies now; 0 not known
    Names subject;   // whom the record is about (a person's name), when it names someone
    qint64 foundAt = 0;
    QString source; // the file or server it came from
    // One per field that differs: its name in words, this device's value, the arrived one.
    // Values as a person reads them: a seller's name rather than their number, money in yuan.
    struct Difference
    {
        QString field;
        Names held;
        Names arrived;
        bool operator==(const Difference &o) const
        {
            return field == o.field && held.zh == o.held.zh && held.en == o.held.en &&
                   arrived.zh == o.arrived.zh && arrived.en == o.arrived.en;
        }
    };
    QList<Difference> differences;
    QString decision; // "" while open, "held_right" or "arrived_right"
    Names decidedBy;  // the person's name in both languages
    QString note;
};

class ConflictModel : public RowModel<ConflictRow>
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    enum Roles {
        ConflictIdRole = Qt::UserRole + 1,
        WhatRole,
        RecordRole,
        FoundRole,
        DifferencesRole,
        OpenRole,
        DecisionRole,
        SidesRole,
        FirstChoiceRole,
        SecondChoiceRole,
    };
    using RowModel::RowModel;
    void setRows(QList<ConflictRow> rows) { replaceRows(std::move(rows)); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The kind in words, in the language on show.
    static QString kindWords(const QString &kind);
    // A field of a record in words ("description": 描述 / Description); unknown ones as they are.
    static QString fieldWords(const QString &field);

protected:
    QString rowKey(const ConflictRow &r) const override { return QString::number(r.id); }
    bool sameRow(const ConflictRow &a, const ConflictRow &b) const override
    {
        return a.decision == b.decision && a.note == b.note && a.differences == b.differences &&
               a.decidedBy.zh == b.decidedBy.zh && a.decidedBy.en == b.decidedBy.en &&
               a.inForce == b.inForce && a.firstAt == b.firstAt && a.secondAt == b.secondAt &&
               a.firstBy.zh == b.firstBy.zh && a.secondBy.zh == b.secondBy.zh &&
               a.subject.zh == b.subject.zh;
    }
};

} // namespace so::sync
