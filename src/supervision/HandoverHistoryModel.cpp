#include "HandoverHistoryModel.h"

namespace so::supervision {

void HandoverHistoryModel::setHistory(QList<HistoryRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

void HandoverHistoryModel::setOpen(const QString &id)
{
    if (id == m_open)
        return;
    const QString was = m_open;
    m_open = id;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QString &rowId = m_rows.at(i).handover.id;
        if (rowId == was || rowId == id)
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {OpenRole});
    }
}

bool HandoverHistoryModel::sameRow(const HistoryRow &a, const HistoryRow &b) const
{
    return a.handover.at == b.handover.at && a.handover.itemCount == b.handover.itemCount &&
           a.handover.ackBy == b.handover.ackBy && a.by.zh == b.by.zh && a.by.en == b.by.en &&
           a.ackBy.zh == b.ackBy.zh && a.ackBy.en == b.ackBy.en;
}

QVariant HandoverHistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRow *r = rowAt(index);
    if (!r)
        return {};
    const Handover &h = r->handover;
    switch (role) {
    case HandoverIdRole:
        return h.id;
    case WhenRole:
        return dateTime(h.at) + QStringLiteral(" · ") + tr("%n item(s)", "", h.itemCount);
    case PeopleRole:
        return h.acknowledged() ? in(r->by) + QStringLiteral(" \u2192 ") + in(r->ackBy)
                                : in(r->by) + QStringLiteral(" · ") + tr("waiting");
    case OpenRole:
        return !m_open.isEmpty() && h.id == m_open;
    default:
        return {};
    }
}

QHash<int, QByteArray> HandoverHistoryModel::roleNames() const
{
    return {{HandoverIdRole, "handoverId"},
            {WhenRole, "when"},
            {PeopleRole, "people"},
            {OpenRole, "open"}};
}

} // namespace so::supervision
