#pragma once
// The list models of the patrol screens: what is due, the door map of the open inspection, the
// items being answered, open follow-ups and the week's inspections. Every one updates row by
// row (RowModel), and shows names in the current language.
#include "DueList.h"
#include "Inspection.h"
#include "InspectionStore.h"
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::checklists {

class ChecklistTemplate;

class DueModel : public RowModel<DueEntry>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.due")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pending READ pending NOTIFY countChanged)
public:
    enum Role {
        TemplateIdRole = Qt::UserRole + 1,
        TargetKindRole,
        TargetIdRole,
        NameRole,       // the checklist, in the current language
        TargetRole,     // the platform side or area
        StatusRole,     // overdue, due, in_progress, done
        StatusTextRole, // "Overdue since 09:00 · last done …"
        DraftIdRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setEntries(QList<DueEntry> entries);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Overdue, due or in progress.
    int pending() const;
    const QList<DueEntry> &entries() const { return m_rows; }
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const DueEntry &e) const override;
    bool sameRow(const DueEntry &a, const DueEntry &b) const override;

private:
    QString statusText(const DueEntry &e) const;
};

struct DoorRow
{
    QString id;
    QString kind;
    int bank = 0;
    QString now;  // this inspection: unchecked, partial, pass, fail, na
    QString last; // newest finalized: pass, fail, na or ""
    int followUps = 0;
    int alarms = 0;
};

class DoorMapModel : public RowModel<DoorRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.doors")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int banks READ banks NOTIFY countChanged)
public:
    enum Role {
        DoorRole = Qt::UserRole + 1,
        KindRole,
        BankRole,
        NowRole,
        LastRole,
        FollowUpsRole,
        AlarmsRole,
        LabelRole, // what the tile says: "7", "应急1" / "EM1", "端门1" / "End 1"
        NameRole,  // the door as people say it: "7号门" / "Door 7"
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<DoorRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int banks() const;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const DoorRow &r) const override { return r.id; }
    bool sameRow(const DoorRow &a, const DoorRow &b) const override;
};

struct ItemRow
{
    QString section;
    QString asset;
    const ItemDef *item = nullptr;
    Answer answer;
    bool answered = false;
    QString problem;
};

class ItemListModel : public RowModel<ItemRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.items")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TypeRole,
        TextRole, // the question, in the current language
        HintRole,
        ValueRole,
        NoteRole,
        PhotoRole,
        RequiredRole,
        UnitRole,
        MinRole,
        MaxRole,
        DecimalsRole,
        OptionsRole, // [{id, text, picked}]
        ProblemRole,
        NoteOnFailRole,
        PhotoOnFailRole,
        RangeRole, // "0 to 10 bar" for a number
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<ItemRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    const ItemRow *find(const QString &itemId) const;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const ItemRow &r) const override;
    bool sameRow(const ItemRow &a, const ItemRow &b) const override;
};

// What stops an inspection being finalized, as the finalize dialog lists it: where (a door, or
// "" for the section), the question and what is wrong. A tap opens the door or the section.
struct ProblemRow
{
    QString section;
    QString asset; // a door's id; "" for a section that is not per door
    QString item;
    Names where; // the door as people say it; empty names when there is no door
    Names text;  // the question
    QString message;
};

class ProblemModel : public RowModel<ProblemRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.problems")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        SectionRole = Qt::UserRole + 1,
        AssetRole,
        WhereRole,    // the door in the current language, "" when none
        QuestionRole, // the question in the current language
        MessageRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<ProblemRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const ProblemRow &r) const override;
    bool sameRow(const ProblemRow &a, const ProblemRow &b) const override;
};

// A follow-up as the list shows it: its words already in both languages.
struct FollowUpView
{
    FollowUp followUp;
    Names asset;
    Names problem;
    Names by;
};

class FollowUpModel : public RowModel<FollowUpView>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.followUps")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AssetRole,
        ProblemRole,
        PriorityRole,
        DueAtRole,
        DueTextRole, // "overdue · due 2026-11-27 13:00"
        OverdueRole,
        CreatedAtRole,
        ByRole,
        StatusRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<FollowUpView> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const FollowUpView &r) const override { return r.followUp.id; }
    bool sameRow(const FollowUpView &a, const FollowUpView &b) const override;
};

// A finalized inspection of the last week, for the review list.
struct RecentRow
{
    InspectionRecord record;
    Names name;   // the checklist
    Names target; // the side or area
    Names by;
    bool reviewable = false; // not yet reviewed, and the signed-in person may review
    bool revisable = false;  // sent back to the signed-in person, who wrote it
};

class RecentModel : public RowModel<RecentRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.recent")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TargetRole,
        ByRole,
        FinishedAtRole,
        SummaryRole, // "2026-11-27 09:10 · Li Na · 1 fault · approved"
        SentBackRole,
        ReviewableRole,
        RevisableRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;
    void setRows(QList<RecentRow> rows);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const RecentRow &r) const override { return r.record.id; }
    bool sameRow(const RecentRow &a, const RecentRow &b) const override;
};

} // namespace so::checklists
