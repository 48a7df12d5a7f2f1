#include "DrillModel.h"

namespace so::supervision {

void DrillModel::setDrillRows(QList<DrillRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool DrillModel::sameRow(const DrillRow &a, const DrillRow &b) const
{
    return a.priority == b.priority && a.title == b.title && a.detail == b.detail && a.at == b.at;
}

QVariant DrillModel::data(const QModelIndex &index, int role) const
{
    const DrillRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case RowKeyRole:
        return r->key;
    case PriorityRole:
        return r->priority;
    case TitleRole:
        return r->title;
    case DetailRole:
        return r->detail;
    case WhenRole:
        return r->at > 0 ? dateTime(r->at) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> DrillModel::roleNames() const
{
    return {{RowKeyRole, "rowKey"},
            {PriorityRole, "priority"},
            {TitleRole, "title"},
            {DetailRole, "detail"},
            {WhenRole, "when"}};
}

} // namespace so::supervision
