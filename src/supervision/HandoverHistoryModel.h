#pragma once
// HandoverHistoryModel: the earlier handovers, newest first, each a row the screen opens to
// read what it handed over. The one being read is marked.
#include "HandoverStore.h"
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::supervision {

struct HistoryRow
{
    Handover handover; // a summary: no items
    Names by;
    Names ackBy;
};

class HandoverHistoryModel : public RowModel<HistoryRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Handover.history")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        HandoverIdRole = Qt::UserRole + 1,
        WhenRole,   // "2026-11-27 09:00 · 12 items"
        PeopleRole, // "1001 李娜 → 1002 王强", or "1001 李娜 · waiting"
        OpenRole,   // the one being read
    };
    Q_ENUM(Role)
    using RowModel::RowModel;

    void setHistory(QList<HistoryRow> rows);
    void setOpen(const QString &id);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const HistoryRow &r) const override { return r.handover.id; }
    bool sameRow(const HistoryRow &a, const HistoryRow &b) const override;

private:
    QString m_open;
};

} // namespace so::supervision
