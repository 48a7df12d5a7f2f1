#pragma once
// The list models of the incident screens: the case list, the queue chips, one case's
// timeline, facts, links and the moves allowed now. Each updates row by row (RowModel) and
// gives its words in the current language, so QML neither joins nor translates.
#include "IncidentService.h"
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::incidents {

struct CaseRow
{
    Incident incident;
    Names category;
    Names place;
};

class CaseListModel : public RowModel<CaseRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Incidents.results")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        CategoryRole,   // the category's key
        TitleRole,      // "Complaint · Concourse"
        StatusTextRole, // "Awaiting assessment · Overdue"
        SummaryRole,    // "2026-11-27 17:41 · what happened"
        OverdueRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<CaseRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int indexOf(const QString &caseId) const;
    Q_INVOKABLE QString idAt(int row) const;
    const Incident *last() const { return m_rows.isEmpty() ? nullptr : &m_rows.last().incident; }
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const CaseRow &r) const override { return r.incident.id; }
    bool sameRow(const CaseRow &a, const CaseRow &b) const override;
};

// A queue chip: "To assess (2)".
struct QueueRow
{
    QString queue;  // "", new, approval, callbacks
    int count = -1; // -1: not counted (all)
};

class QueueModel : public RowModel<QueueRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Incidents.queues")
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setCounts(const QueueCounts &c);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString rowKey(const QueueRow &r) const override { return r.queue; }
    bool sameRow(const QueueRow &a, const QueueRow &b) const override { return a.count == b.count; }
};

struct TimelineRow
{
    TimelineEntry entry;
    Names who;
    int seq = 0; // its place in the timeline, which only grows
};

class TimelineModel : public RowModel<TimelineRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Incidents.timeline")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        WhenRole = Qt::UserRole + 1, // "2026-11-27 20:41"
        WhoRole,                     // "Chen Jing"
        WhatRole,                    // "→ Assessed", "Note", "Logged"
        TextRole,                    // what they wrote
        ToRole,                      // the state moved to, or ""
        BylineRole,                  // "2026-11-27 20:41 · Chen Jing"
        LineRole,                    // "→ Assessed: valid complaint"
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<TimelineRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // What the entry at `row` says, for a test or a report ("" when there is no such row).
    Q_INVOKABLE QString textAt(int row) const;
    Q_INVOKABLE QString toAt(int row) const;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const TimelineRow &r) const override { return QString::number(r.seq); }
    // "→ Assessed", "Note", "Logged"
    QString what(const TimelineEntry &e) const;
    bool sameRow(const TimelineRow &a, const TimelineRow &b) const override;
};

// One line of what is known about a case: "On-site actions: …".
struct Fact
{
    QString key; // subtype, place, when, channel, passenger, staff, actions, valid, at_fault
    QString label;
    QString value;
};

class FactModel : public RowModel<Fact>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Incidents.facts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<Fact> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The value of a fact, or "" when the case has none.
    Q_INVOKABLE QString valueOf(const QString &key) const;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const Fact &f) const override { return f.key; }
    bool sameRow(const Fact &a, const Fact &b) const override
    {
        return a.label == b.label && a.value == b.value;
    }
};

class LinkListModel : public RowModel<LinkedRecord>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Incidents.links")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        LinkIdRole,
        TextRole, // "Linked: alarm Door obstructed D07"
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<LinkedRecord> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QString kindAt(int row) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE QString labelAt(int row) const;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const LinkedRecord &l) const override
    {
        return l.kind + QLatin1Char('|') + l.id;
    }
    bool sameRow(const LinkedRecord &a, const LinkedRecord &b) const override
    {
        return a.label == b.label;
    }
};

// A move the signed-in person may make now.
struct MoveRow
{
    QString to;
};

class MoveModel : public RowModel<MoveRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Incidents.moves")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        ToRole = Qt::UserRole + 1,
        TextRole,    // "Approve the resolution"
        PrimaryRole, // a step forward, not a cancellation
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setMoves(const QStringList &moves);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool contains(const QString &to) const;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const MoveRow &m) const override { return m.to; }
    bool sameRow(const MoveRow &, const MoveRow &) const override { return true; }
};

} // namespace so::incidents
