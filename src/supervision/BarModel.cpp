#include "BarModel.h"

namespace so::supervision {

void BarModel::setBars(QList<Bar> bars)
{
    if (replaceRows(std::move(bars)))
        Q_EMIT countChanged();
}

bool BarModel::sameRow(const Bar &a, const Bar &b) const
{
    return a.label == b.label && a.count == b.count && a.valueText == b.valueText &&
           qFuzzyCompare(1 + a.fraction, 1 + b.fraction) && a.tone == b.tone;
}

QVariant BarModel::data(const QModelIndex &index, int role) const
{
    const Bar *b = rowAt(index);
    if (!b)
        return {};
    switch (role) {
    case BarKeyRole:
        return b->key;
    case ChartRole:
        return b->chart;
    case LabelRole:
        return b->label;
    case CountRole:
        return b->count;
    case ValueTextRole:
        return b->valueText;
    case FractionRole:
        return b->fraction;
    case ToneRole:
        return b->tone;
    default:
        return {};
    }
}

QHash<int, QByteArray> BarModel::roleNames() const
{
    return {{BarKeyRole, "barKey"}, {ChartRole, "chart"},         {LabelRole, "label"},
            {CountRole, "count"},   {ValueTextRole, "valueText"}, {FractionRole, "fraction"},
            {ToneRole, "tone"}};
}

} // namespace so::supervision
