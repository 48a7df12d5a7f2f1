#include "OpenItemModel.h"
#include "StationCore.h"

namespace so::supervision {

void OpenItemModel::setItems(QList<OpenItem> items)
{
    if (replaceRows(std::move(items)))
        Q_EMIT countChanged();
}

qint64 OpenItemModel::now() const
{
    return m_station ? m_station->core().clock().nowMs() : 0;
}

bool OpenItemModel::sameRow(const OpenItem &a, const OpenItem &b) const
{
    // Past due turns with time alone, so it is compared as it reads now.
    const qint64 t = now();
    return a.job == b.job && a.priority == b.priority && a.title.zh == b.title.zh &&
           a.title.en == b.title.en && a.detail.zh == b.detail.zh && a.detail.en == b.detail.en &&
           a.since == b.since && a.due == b.due && a.carriedSince == b.carriedSince &&
           a.overdue(t) == b.overdue(t);
}

QString OpenItemModel::jobTitle(const QString &job)
{
    if (job == QLatin1String("alarms"))
        return tr("Device alarms");
    if (job == QLatin1String("patrol"))
        return tr("Patrols and follow-ups");
    if (job == QLatin1String("cash"))
        return tr("Ticket cash");
    if (job == QLatin1String("incidents"))
        return tr("Passenger service");
    if (job == QLatin1String("notes"))
        return tr("Notes");
    return job;
}

QVariant OpenItemModel::data(const QModelIndex &index, int role) const
{
    const OpenItem *i = rowAt(index);
    if (!i)
        return {};
    const bool overdue = i->overdue(now());
    switch (role) {
    case ItemKeyRole:
        return i->uid();
    case JobRole:
        return jobTitle(i->job);
    case KindRole:
        return i->kind;
    case PriorityRole:
        return i->priority;
    case TitleRole:
        return in(i->title);
    case DetailRole: {
        QStringList parts;
        const QString detail = in(i->detail);
        if (!detail.isEmpty())
            parts << detail;
        if (i->since > 0)
            parts << tr("since %1").arg(dateTime(i->since));
        if (i->due > 0)
            parts << (overdue ? tr("overdue since %1") : tr("due %1")).arg(dateTime(i->due));
        return parts.join(QStringLiteral(" · "));
    }
    case OverdueRole:
        return overdue;
    case CarriedRole:
        return i->carriedSince > 0 ? QStringLiteral("\u21bb ") +
                                         tr("Carried since %1").arg(dateTime(i->carriedSince))
                                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> OpenItemModel::roleNames() const
{
    return {{ItemKeyRole, "itemKey"},   {JobRole, "job"},        {KindRole, "kind"},
            {PriorityRole, "priority"}, {TitleRole, "title"},    {DetailRole, "detail"},
            {OverdueRole, "overdue"},   {CarriedRole, "carried"}};
}

} // namespace so::supervision
