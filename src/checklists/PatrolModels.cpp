#include "PatrolModels.h"

namespace so::checklists {

void DueModel::setEntries(QList<DueEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
    Q_EMIT countChanged();
}

int DueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueModel::pending() const
{
    int n = 0;
    for (const DueEntry &e : m_rows)
        n += e.status != QLatin1String("done");
    return n;
}

QVariant DueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DueEntry &e = m_rows.at(index.row());
    switch (role) {
    case TemplateIdRole: return e.templateId;
    case NameZhRole: return e.templateName.zh;
    case NameEnRole: return e.templateName.en;
    case TargetKindRole: return e.target.kind;
    case TargetIdRole: return e.target.id;
    case TargetZhRole: return e.target.name.zh;
    case TargetEnRole: return e.target.name.en;
    case StatusRole: return e.status;
    case SlotAtRole: return e.slotAt;
    case DueByRole: return e.dueBy;
    case NextSlotRole: return e.nextSlotAt;
    case LastDoneRole: return e.lastDoneAt;
    case MissedRole: return e.missedToday;
    case DraftIdRole: return e.draftId;
    default: return {};
    }
}

QHash<int, QByteArray> DueModel::roleNames() const
{
    return {{TemplateIdRole, "templateId"}, {NameZhRole, "nameZh"}, {NameEnRole, "nameEn"},
            {TargetKindRole, "targetKind"}, {TargetIdRole, "targetId"}, {TargetZhRole, "targetZh"},
            {TargetEnRole, "targetEn"}, {StatusRole, "status"}, {SlotAtRole, "slotAt"}, {DueByRole, "dueBy"},
            {NextSlotRole, "nextSlotAt"}, {LastDoneRole, "lastDoneAt"}, {MissedRole, "missedToday"},
            {DraftIdRole, "draftId"}};
}

void DoorMapModel::setRows(QList<DoorRow> rows)
{
    bool sameShape = m_rows.size() == rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = m_rows[i].id == rows[i].id;
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DoorRow &a = m_rows[i], &b = rows[i];
        if (a.now != b.now || a.last != b.last || a.followUps != b.followUps || a.alarms != b.alarms) {
            m_rows[i] = b;
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
}

int DoorMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DoorMapModel::banks() const
{
    int b = 0;
    for (const DoorRow &r : m_rows)
        b = qMax(b, r.bank);
    return b;
}

QVariant DoorMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DoorRow &r = m_rows.at(index.row());
    switch (role) {
    case DoorRole: return r.id;
    case KindRole: return r.kind;
    case BankRole: return r.bank;
    case NowRole: return r.now;
    case LastRole: return r.last;
    case FollowUpsRole: return r.followUps;
    case AlarmsRole: return r.alarms;
    default: return {};
    }
}

QHash<int, QByteArray> DoorMapModel::roleNames() const
{
    return {{DoorRole, "door"}, {KindRole, "kind"}, {BankRole, "bank"}, {NowRole, "now"},
            {LastRole, "last"}, {FollowUpsRole, "followUps"}, {AlarmsRole, "alarms"}};
}

void ItemListModel::setRows(QList<ItemRow> rows)
{
    bool sameShape = m_rows.size() == rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = m_rows[i].item == rows[i].item && m_rows[i].asset == rows[i].asset;
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ItemRow &a = m_rows[i], &b = rows[i];
        if (a.answer.value != b.answer.value || a.answer.note != b.answer.note ||
            a.answer.photoSha256 != b.answer.photoSha256 || a.problem != b.problem) {
            m_rows[i] = b;
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ItemRow &r = m_rows.at(index.row());
    const ItemDef &i = *r.item;
    switch (role) {
    case ItemIdRole: return i.id;
    case TypeRole: return itemTypeName(i.type);
    case TextZhRole: return i.text.zh;
    case TextEnRole: return i.text.en;
    case HintZhRole: return i.hint.zh;
    case HintEnRole: return i.hint.en;
    case ValueRole: return r.answer.value;
    case NoteRole: return r.answer.note;
    case PhotoRole: return r.answer.photoSha256;
    case RequiredRole: return i.required;
    case UnitRole: return i.unit;
    case MinRole: return i.min ? QVariant(*i.min) : QVariant();
    case MaxRole: return i.max ? QVariant(*i.max) : QVariant();
    case DecimalsRole: return i.decimals;
    case OptionsRole: {
        QVariantList out;
        for (const ChoiceOption &o : i.options)
            out << QVariantMap{{QStringLiteral("id"), o.id}, {QStringLiteral("zh"), o.text.zh}, {QStringLiteral("en"), o.text.en}};
        return out;
    }
    case ProblemRole: return r.problem;
    case NoteOnFailRole: return i.noteOnFail;
    case PhotoOnFailRole: return i.photoOnFail;
    default: return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"}, {TypeRole, "type"}, {TextZhRole, "textZh"}, {TextEnRole, "textEn"},
            {HintZhRole, "hintZh"}, {HintEnRole, "hintEn"}, {ValueRole, "value"}, {NoteRole, "note"},
            {PhotoRole, "photo"}, {RequiredRole, "required"}, {UnitRole, "unit"}, {MinRole, "min"},
            {MaxRole, "max"}, {DecimalsRole, "decimals"}, {OptionsRole, "options"}, {ProblemRole, "problem"},
            {NoteOnFailRole, "noteOnFail"}, {PhotoOnFailRole, "photoOnFail"}};
}

void FollowUpModel::setRows(QList<FollowUp> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FollowUp &f = m_rows.at(index.row());
    switch (role) {
    case IdRole: return f.id;
    case AssetRole: return f.assetLabel;
    case ProblemRole: return f.problem;
    case PriorityRole: return f.priority;
    case DueAtRole: return f.dueAt;
    case CreatedAtRole: return f.createdAt;
    case ByRole: return f.createdBy;
    case StatusRole: return f.status;
    default: return {};
    }
}

QHash<int, QByteArray> FollowUpModel::roleNames() const
{
    return {{IdRole, "followUpId"}, {AssetRole, "asset"}, {ProblemRole, "problem"}, {PriorityRole, "priority"},
            {DueAtRole, "dueAt"}, {CreatedAtRole, "createdAt"}, {ByRole, "by"}, {StatusRole, "status"}};
}

} // namespace so::checklists
