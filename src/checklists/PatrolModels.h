#pragma once
// The list models of the patrol screens: what is due, the door map of the open inspection, the
// items being answered, and open follow-ups.
#include "DueList.h"
#include "Inspection.h"
#include "InspectionStore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace so::checklists {

class DueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.due")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pending READ pending NOTIFY countChanged)
public:
    enum Role { TemplateIdRole = Qt::UserRole + 1, NameZhRole, NameEnRole, TargetKindRole, TargetIdRole,
                TargetZhRole, TargetEnRole, StatusRole, SlotAtRole, DueByRole, NextSlotRole, LastDoneRole,
                MissedRole, DraftIdRole };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;
    void setEntries(QList<DueEntry> entries);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Overdue, due or in progress.
    int pending() const;
    const QList<DueEntry> &entries() const { return m_rows; }
Q_SIGNALS:
    void countChanged();
private:
    QList<DueEntry> m_rows;
};

struct DoorRow
{
    QString id;
    QString kind;
    int bank = 0;
    QString now;        // this inspection: unchecked, partial, pass, fail, na
    QString last;       // newest finalized: pass, fail, na or ""
    int followUps = 0;
    int alarms = 0;
};

class DoorMapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.doors")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int banks READ banks NOTIFY countChanged)
public:
    enum Role { DoorRole = Qt::UserRole + 1, KindRole, BankRole, NowRole, LastRole, FollowUpsRole, AlarmsRole };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;
    void setRows(QList<DoorRow> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int banks() const;
    const QList<DoorRow> &rows() const { return m_rows; }
Q_SIGNALS:
    void countChanged();
private:
    QList<DoorRow> m_rows;
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

class ItemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.items")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { ItemIdRole = Qt::UserRole + 1, TypeRole, TextZhRole, TextEnRole, HintZhRole, HintEnRole, ValueRole,
                NoteRole, PhotoRole, RequiredRole, UnitRole, MinRole, MaxRole, DecimalsRole, OptionsRole,
                ProblemRole, NoteOnFailRole, PhotoOnFailRole };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;
    void setRows(QList<ItemRow> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();
private:
    QList<ItemRow> m_rows;
};

class FollowUpModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Patrol.followUps")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, AssetRole, ProblemRole, PriorityRole, DueAtRole, CreatedAtRole, ByRole, StatusRole };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;
    void setRows(QList<FollowUp> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
Q_SIGNALS:
    void countChanged();
private:
    QList<FollowUp> m_rows;
};

} // namespace so::checklists
