#pragma once
// BarModel: the bars of one dashboard chart, each already worded in the current language with
// its figure, its share of the chart's scale and its tone (the colour it is drawn in). Tapping a
// bar opens the list named by `chart` and `barKey`. A new reading updates bars in place.
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::supervision {

struct Bar
{
    QString key;   // what the list behind it is narrowed to
    QString chart; // which list: patrol, priority, seller, top, category, callbacks
    QString label;
    int count = 0;
    QString valueText;   // "3", "-¥0.50"
    double fraction = 0; // 0..1 of the track; drawing only, never money
    QString tone;        // pass, warning, fail, accent, muted, p1..p4
};

class BarModel : public RowModel<Bar>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read the Dashboard's bars")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        BarKeyRole = Qt::UserRole + 1,
        ChartRole,
        LabelRole,
        CountRole,
        ValueTextRole,
        FractionRole,
        ToneRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;

    void setBars(QList<Bar> bars);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const Bar &b) const override { return b.chart + QLatin1Char('|') + b.key; }
    bool sameRow(const Bar &a, const Bar &b) const override;
};

} // namespace so::supervision
