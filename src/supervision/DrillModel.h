#pragma once
// DrillModel: the list behind a dashboard figure, each row worded in the current language and
// knowing where its record lives, so tapping it opens that record.
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::supervision {

struct DrillRow
{
    QString key; // unique in the list
    int priority = 0;
    QString title;
    QString detail;
    qint64 at = 0;
    // Where the record opens: an alarm in the alarm history (its device, priority and day), an
    // incident's case, the patrol page, the cash sellers tab.
    QString kind; // alarm, flood, incident, patrol, shift
    QString recordId;
    QString device;
};

class DrillModel : public RowModel<DrillRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Dashboard.drillRows")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        RowKeyRole = Qt::UserRole + 1,
        PriorityRole,
        TitleRole,
        DetailRole,
        WhenRole, // "2026-11-27 09:10" in the station's zone, or ""
    };
    Q_ENUM(Role)
    using RowModel::RowModel;

    void setDrillRows(QList<DrillRow> rows);
    const DrillRow *row(int i) const
    {
        return i >= 0 && i < m_rows.size() ? &m_rows.at(i) : nullptr;
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const DrillRow &r) const override { return r.key; }
    bool sameRow(const DrillRow &a, const DrillRow &b) const override;
};

} // namespace so::supervision
