#include "CountSheet.h"

namespace so::cash {

CountSheet::CountSheet(const CashConfig &config, QObject *parent)
    : RowModel(parent), m_config(config)
{
    clear();
}

QString CountSheet::label(const Denomination &d) const
{
    return d.kind == QLatin1String("coin") ? tr("%1 coin").arg(d.value.format()) : d.value.format();
}

QString CountSheet::lineTotal(const CountLine &l) const
{
    auto t = l.denomination.value.times(l.count);
    return t ? t->format() : QString();
}

QVariant CountSheet::data(const QModelIndex &index, int role) const
{
    const CountLine *l = rowAt(index);
    if (!l)
        return {};
    switch (role) {
    case DenominationRole:
        return l->denomination.id;
    case LabelRole:
        return label(l->denomination);
    case CountRole:
        return l->count;
    case LineTextRole:
        return QStringLiteral("= ") + lineTotal(*l);
    default:
        return {};
    }
}

QHash<int, QByteArray> CountSheet::roleNames() const
{
    return {{DenominationRole, "denomination"},
            {LabelRole, "label"},
            {CountRole, "count"},
            {LineTextRole, "lineText"}};
}

void CountSheet::set(const QString &denomination, int count)
{
    QList<CountLine> next = m_rows;
    for (CountLine &l : next)
        if (l.denomination.id == denomination)
            l.count = qBound(0, count, kMaxCount);
    replaceRows(std::move(next));
    Q_EMIT totalChanged();
}

void CountSheet::add(const QString &denomination, int delta)
{
    for (const CountLine &l : std::as_const(m_rows))
        if (l.denomination.id == denomination) {
            set(denomination, int(qBound(qint64(0), qint64(l.count) + delta, qint64(kMaxCount))));
            return;
        }
}

void CountSheet::clear()
{
    QList<CountLine> rows;
    for (const Denomination &d : m_config.denominations)
        rows << CountLine{d, 0};
    replaceRows(std::move(rows));
    Q_EMIT totalChanged();
}

QHash<QString, int> CountSheet::counts() const
{
    QHash<QString, int> out;
    for (const CountLine &l : m_rows)
        if (l.count > 0)
            out.insert(l.denomination.id, l.count);
    return out;
}

Result<Money> CountSheet::total() const
{
    return countTotal(m_config, counts());
}

QString CountSheet::totalText() const
{
    auto t = total();
    return t ? t->format() : QString();
}

bool CountSheet::empty() const
{
    for (const CountLine &l : m_rows)
        if (l.count > 0)
            return false;
    return true;
}

QStringList CountSheet::summary() const
{
    QStringList out;
    for (const CountLine &l : m_rows)
        if (l.count > 0)
            out << tr("%1 × %2 = %3").arg(label(l.denomination)).arg(l.count).arg(lineTotal(l));
    return out;
}

} // namespace so::cash
