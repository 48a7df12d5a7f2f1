#pragma once
// CountSheet: a drawer counted by denomination (a float, a blind count, a supervisor's
// recount). One row per denomination reads "¥100 × [count] = ¥500.00"; the arithmetic is
// Money's, so QML only shows the text and passes taps back.
#include "CashConfig.h"
#include "RowModel.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace so::cash {

struct CountLine
{
    Denomination denomination;
    int count = 0;
};

class CountSheet : public RowModel<CountLine>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Cash.floatSheet, Cash.countSheet or Cash.recountSheet")
    // "¥513.50"; "" when the counts are too large to add up.
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY totalChanged)
    // The denominations counted, one line each: "¥100 × 5 = ¥500.00".
    Q_PROPERTY(QStringList summary READ summary NOTIFY totalChanged)
public:
    enum Role {
        DenominationRole = Qt::UserRole + 1,
        LabelRole, // "¥100", "¥1.00 coin"
        CountRole,
        LineTextRole, // "= ¥500.00"
    };
    Q_ENUM(Role)
    static constexpr int kMaxCount = 100000;

    explicit CountSheet(const CashConfig &config, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sets one denomination's count, kept within 0..kMaxCount.
    Q_INVOKABLE void set(const QString &denomination, int count);
    Q_INVOKABLE void add(const QString &denomination, int delta);
    Q_INVOKABLE void clear();

    QHash<QString, int> counts() const;
    Result<Money> total() const;
    QString totalText() const;
    bool empty() const;
    QStringList summary() const;

Q_SIGNALS:
    void totalChanged();

protected:
    QString rowKey(const CountLine &l) const override { return l.denomination.id; }
    bool sameRow(const CountLine &a, const CountLine &b) const override
    {
        return a.count == b.count;
    }

private:
    QString label(const Denomination &d) const;
    QString lineTotal(const CountLine &l) const;
    const CashConfig &m_config;
};

} // namespace so::cash
