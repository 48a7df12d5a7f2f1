#pragma once
// ChoiceModel: a short list of things a person picks from by name — a booth, a payment type,
// an incident category, a place — as rows QML lays out as chips or a drop-down. The names
// follow the current language; the key is what goes back to C++.
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>
#include <functional>

namespace so {

struct Choice
{
    QString key;
    Names name;
    QString code; // shown beside the name, smaller, where people need it ("TO-A"); may be ""
};

class ChoiceModel : public RowModel<Choice>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read from a desk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        CodeRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;

    void setChoices(QList<Choice> choices);
    // A first row with the key "" that stands for "any"; its words are read when shown, so
    // they follow the language (`[] { return tr("All categories"); }`).
    void setAny(std::function<QString()> anyText);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The row of a key, or -1: where a drop-down stands for a key chosen elsewhere.
    Q_INVOKABLE int indexOf(const QString &key) const;
    // The key of a row, or "" past the end.
    Q_INVOKABLE QString keyAt(int row) const;
    // The name of a key in the current language ("" when there is no such row).
    QString nameOf(const QString &key) const;

Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const Choice &c) const override { return c.key; }
    bool sameRow(const Choice &a, const Choice &b) const override;

private:
    std::function<QString()> m_any;
    QList<Choice> m_given;
};

} // namespace so
