#include "ChoiceModel.h"

namespace so {

void ChoiceModel::setChoices(QList<Choice> choices)
{
    m_given = std::move(choices);
    QList<Choice> rows = m_given;
    if (m_any)
        rows.prepend(Choice{});
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

void ChoiceModel::setAny(std::function<QString()> anyText)
{
    m_any = std::move(anyText);
    setChoices(m_given);
}

bool ChoiceModel::sameRow(const Choice &a, const Choice &b) const
{
    return a.name.zh == b.name.zh && a.name.en == b.name.en && a.code == b.code;
}

QVariant ChoiceModel::data(const QModelIndex &index, int role) const
{
    const Choice *c = rowAt(index);
    if (!c)
        return {};
    switch (role) {
    case KeyRole:
        return c->key;
    case NameRole:
        return c->key.isEmpty() && m_any ? m_any() : in(c->name);
    case CodeRole:
        return c->code;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {CodeRole, "code"}};
}

int ChoiceModel::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return int(i);
    return -1;
}

QString ChoiceModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

QString ChoiceModel::nameOf(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? QString() : data(index(i), NameRole).toString();
}

} // namespace so
