#include "PatrolModels.h"
#include "ChecklistTemplate.h"
#include "DoorLayout.h"
#include "StationCore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace so::checklists {

namespace {

constexpr qint64 kHalfDayMs = 12LL * 3600 * 1000;

qint64 nowMs(const StationInfo *station)
{
    return station ? station->core().clock().nowMs() : 0;
}

} // namespace

// ---- DueModel ---------------------------------------------------------------------------

void DueModel::setEntries(QList<DueEntry> entries)
{
    if (replaceRows(std::move(entries)))
        Q_EMIT countChanged();
}

QString DueModel::rowKey(const DueEntry &e) const
{
    return e.templateId + QLatin1Char('|') + e.target.kind + QLatin1Char('|') + e.target.id;
}

bool DueModel::sameRow(const DueEntry &a, const DueEntry &b) const
{
    return a.status == b.status && a.slotAt == b.slotAt && a.dueBy == b.dueBy &&
           a.nextSlotAt == b.nextSlotAt && a.lastDoneAt == b.lastDoneAt &&
           a.missedToday == b.missedToday && a.draftId == b.draftId;
}

int DueModel::pending() const
{
    int n = 0;
    for (const DueEntry &e : m_rows)
        n += e.status != QLatin1String("done");
    return n;
}

QString DueModel::statusText(const DueEntry &e) const
{
    const QString last =
        e.lastDoneAt > 0 ? tr("last done %1").arg(dateTime(e.lastDoneAt)) : tr("never done");
    QString s;
    if (e.status == QLatin1String("overdue")) {
        // A deadline from an earlier day shows its date.
        const QString when =
            nowMs(m_station) - e.dueBy > kHalfDayMs ? dateTime(e.dueBy) : time(e.dueBy);
        s = tr("Overdue since %1").arg(when);
    } else if (e.status == QLatin1String("due")) {
        s = tr("Due by %1").arg(time(e.dueBy));
    } else if (e.status == QLatin1String("in_progress")) {
        s = tr("In progress");
    } else {
        s = e.nextSlotAt > 0 ? tr("Done · next at %1").arg(time(e.nextSlotAt)) : tr("Done");
    }
    s += QStringLiteral(" · ") + last;
    if (e.missedToday > 0)
        s += QStringLiteral(" · ") + tr("%n missed today", "", e.missedToday);
    return s;
}

QVariant DueModel::data(const QModelIndex &index, int role) const
{
    const DueEntry *e = rowAt(index);
    if (!e)
        return {};
    switch (role) {
    case TemplateIdRole:
        return e->templateId;
    case TargetKindRole:
        return e->target.kind;
    case TargetIdRole:
        return e->target.id;
    case NameRole:
        return in(e->templateName);
    case TargetRole:
        return in(e->target.name);
    case StatusRole:
        return e->status;
    case StatusTextRole:
        return statusText(*e);
    case DraftIdRole:
        return e->draftId;
    default:
        return {};
    }
}

QHash<int, QByteArray> DueModel::roleNames() const
{
    return {{TemplateIdRole, "templateId"}, {TargetKindRole, "targetKind"},
            {TargetIdRole, "targetId"},     {NameRole, "name"},
            {TargetRole, "target"},         {StatusRole, "status"},
            {StatusTextRole, "statusText"}, {DraftIdRole, "draftId"}};
}

// ---- DoorMapModel -----------------------------------------------------------------------

void DoorMapModel::setRows(QList<DoorRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool DoorMapModel::sameRow(const DoorRow &a, const DoorRow &b) const
{
    return a.kind == b.kind && a.bank == b.bank && a.now == b.now && a.last == b.last &&
           a.followUps == b.followUps && a.alarms == b.alarms;
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
    const DoorRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case DoorRole:
        return r->id;
    case KindRole:
        return r->kind;
    case BankRole:
        return r->bank;
    case NowRole:
        return r->now;
    case LastRole:
        return r->last;
    case FollowUpsRole:
        return r->followUps;
    case AlarmsRole:
        return r->alarms;
    case LabelRole: {
        const QString n =
            QString::number(QStringView(r->id)
                                .mid(r->id.indexOf(QRegularExpression(QStringLiteral("\\d"))))
                                .toInt());
        if (r->kind == QLatin1String("emergency"))
            return in({QStringLiteral("应急") + n, QStringLiteral("EM") + n});
        if (r->kind == QLatin1String("end"))
            return in({QStringLiteral("端门") + n, QStringLiteral("End ") + n});
        return n;
    }
    case NameRole:
        return in(doorName(r->id));
    default:
        return {};
    }
}

QHash<int, QByteArray> DoorMapModel::roleNames() const
{
    return {{DoorRole, "door"},     {KindRole, "kind"},   {BankRole, "bank"},
            {NowRole, "now"},       {LastRole, "last"},   {FollowUpsRole, "followUps"},
            {AlarmsRole, "alarms"}, {LabelRole, "label"}, {NameRole, "name"}};
}

// ---- ItemListModel ----------------------------------------------------------------------

void ItemListModel::setRows(QList<ItemRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

void ProblemModel::setRows(QList<ProblemRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

QString ProblemModel::rowKey(const ProblemRow &r) const
{
    return r.section + QLatin1Char('|') + r.asset + QLatin1Char('|') + r.item;
}

bool ProblemModel::sameRow(const ProblemRow &a, const ProblemRow &b) const
{
    return a.message == b.message && a.where.zh == b.where.zh && a.where.en == b.where.en &&
           a.text.zh == b.text.zh && a.text.en == b.text.en;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    const ProblemRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case SectionRole:
        return r->section;
    case AssetRole:
        return r->asset;
    case WhereRole:
        return r->asset.isEmpty() ? QString() : in(r->where);
    case QuestionRole:
        return in(r->text);
    case MessageRole:
        return r->message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemModel::roleNames() const
{
    return {{SectionRole, "section"},
            {AssetRole, "asset"},
            {WhereRole, "where"},
            {QuestionRole, "question"},
            {MessageRole, "message"}};
}

QString ItemListModel::rowKey(const ItemRow &r) const
{
    return r.section + QLatin1Char('|') + r.asset + QLatin1Char('|') +
           (r.item ? r.item->id : QString());
}

bool ItemListModel::sameRow(const ItemRow &a, const ItemRow &b) const
{
    return a.item == b.item && a.answer.value == b.answer.value && a.answer.note == b.answer.note &&
           a.answer.photoSha256 == b.answer.photoSha256 && a.problem == b.problem;
}

const ItemRow *ItemListModel::find(const QString &itemId) const
{
    for (const ItemRow &r : m_rows)
        if (r.item && r.item->id == itemId)
            return &r;
    return nullptr;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    const ItemRow *r = rowAt(index);
    if (!r || !r->item)
        return {};
    const ItemDef &i = *r->item;
    switch (role) {
    case ItemIdRole:
        return i.id;
    case TypeRole:
        return itemTypeName(i.type);
    case TextRole:
        return in(i.text);
    case HintRole:
        return in(i.hint);
    case ValueRole:
        return r->answer.value;
    case NoteRole:
        return r->answer.note;
    case PhotoRole:
        return r->answer.photoSha256;
    case RequiredRole:
        return i.required;
    case UnitRole:
        return i.unit;
    case MinRole:
        return i.min ? QVariant(*i.min) : QVariant();
    case MaxRole:
        return i.max ? QVariant(*i.max) : QVariant();
    case DecimalsRole:
        return i.decimals;
    case OptionsRole: {
        const QStringList picked = r->answer.value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QVariantList out;
        for (const ChoiceOption &o : i.options)
            out << QVariantMap{{QStringLiteral("id"), o.id},
                               {QStringLiteral("text"), in(o.text)},
                               {QStringLiteral("picked"), picked.contains(o.id)}};
        return out;
    }
    case ProblemRole:
        return r->problem;
    case NoteOnFailRole:
        return i.noteOnFail;
    case PhotoOnFailRole:
        return i.photoOnFail;
    case RangeRole:
        if (i.type != ItemType::Number)
            return QString();
        return tr("%1 to %2 %3")
            .arg(i.min ? QString::number(*i.min) : QStringLiteral("…"),
                 i.max ? QString::number(*i.max) : QStringLiteral("…"), i.unit)
            .trimmed();
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {TypeRole, "type"},
            {TextRole, "text"},
            {HintRole, "hint"},
            {ValueRole, "value"},
            {NoteRole, "note"},
            {PhotoRole, "photo"},
            {RequiredRole, "required"},
            {UnitRole, "unit"},
            {MinRole, "min"},
            {MaxRole, "max"},
            {DecimalsRole, "decimals"},
            {OptionsRole, "options"},
            {ProblemRole, "problem"},
            {NoteOnFailRole, "noteOnFail"},
            {PhotoOnFailRole, "photoOnFail"},
            {RangeRole, "range"}};
}

// ---- FollowUpModel ----------------------------------------------------------------------

void FollowUpModel::setRows(QList<FollowUpView> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool FollowUpModel::sameRow(const FollowUpView &a, const FollowUpView &b) const
{
    // Overdue turns with time alone, so the due text is compared through it.
    const qint64 now = nowMs(m_station);
    return a.followUp.status == b.followUp.status && a.followUp.priority == b.followUp.priority &&
           a.followUp.dueAt == b.followUp.dueAt &&
           (a.followUp.dueAt < now) == (b.followUp.dueAt < now) && a.asset.zh == b.asset.zh &&
           a.asset.en == b.asset.en;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    const FollowUpView *v = rowAt(index);
    if (!v)
        return {};
    const FollowUp &f = v->followUp;
    const bool overdue = f.dueAt < nowMs(m_station);
    switch (role) {
    case IdRole:
        return f.id;
    case AssetRole:
        return in(v->asset);
    case ProblemRole:
        return in(v->problem);
    case PriorityRole:
        return f.priority;
    case DueAtRole:
        return f.dueAt;
    case DueTextRole:
        return overdue ? tr("Overdue, due %1").arg(dateTime(f.dueAt))
                       : tr("Due %1").arg(dateTime(f.dueAt));
    case OverdueRole:
        return overdue;
    case CreatedAtRole:
        return f.createdAt;
    case ByRole:
        return in(v->by);
    case StatusRole:
        return f.status;
    default:
        return {};
    }
}

QHash<int, QByteArray> FollowUpModel::roleNames() const
{
    return {{IdRole, "followUpId"},     {AssetRole, "asset"},         {ProblemRole, "problem"},
            {PriorityRole, "priority"}, {DueAtRole, "dueAt"},         {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},   {CreatedAtRole, "createdAt"}, {ByRole, "by"},
            {StatusRole, "status"}};
}

// ---- RecentModel ------------------------------------------------------------------------

void RecentModel::setRows(QList<RecentRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool RecentModel::sameRow(const RecentRow &a, const RecentRow &b) const
{
    return a.record.review == b.record.review && a.record.reviewComment == b.record.reviewComment &&
           a.reviewable == b.reviewable && a.revisable == b.revisable && a.target.zh == b.target.zh;
}

QVariant RecentModel::data(const QModelIndex &index, int role) const
{
    const RecentRow *r = rowAt(index);
    if (!r)
        return {};
    const InspectionRecord &i = r->record;
    switch (role) {
    case IdRole:
        return i.id;
    case NameRole:
        return in(r->name);
    case TargetRole:
        return in(r->target);
    case ByRole:
        return in(r->by);
    case FinishedAtRole:
        return i.finishedAt;
    case SummaryRole: {
        QString review;
        if (i.review == QLatin1String("approved"))
            review = tr("approved");
        else if (i.review == QLatin1String("sent_back"))
            review = tr("sent back: %1").arg(i.reviewComment);
        else
            review = tr("awaiting review");
        return QStringList{dateTime(i.finishedAt), in(r->by), tr("%n fault(s)", "", i.failed),
                           review}
            .join(QStringLiteral(" · "));
    }
    case SentBackRole:
        return i.review == QLatin1String("sent_back");
    case ReviewableRole:
        return r->reviewable;
    case RevisableRole:
        return r->revisable;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentModel::roleNames() const
{
    return {{IdRole, "inspectionId"},       {NameRole, "name"},
            {TargetRole, "target"},         {ByRole, "by"},
            {FinishedAtRole, "finishedAt"}, {SummaryRole, "summary"},
            {SentBackRole, "sentBack"},     {ReviewableRole, "reviewable"},
            {RevisableRole, "revisable"}};
}

} // namespace so::checklists
